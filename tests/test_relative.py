"""`pmlint when` on relative phrases: amounts in any spelling, phrases counted from a day
another phrase names, steps of a unit, and working days (timeline.relative)."""

from __future__ import annotations

import datetime as dt

import pytest

from pmlint.timeline.normalise import Options
from pmlint.timeline.when import read_expression

REFERENCE = dt.datetime(2024, 5, 8, 10, 20)  # a Wednesday


@pytest.mark.parametrize(("text", "local"), [
    # amounts glued, abbreviated, hedged, or several in one phrase
    ("the canary went out 4h ago", "2024-05-08T06:20"),
    ("deploy 2hrs ago", "2024-05-08T08:20"),
    ("retry in 90mins", "2024-05-08T11:50"),
    ("in roughly ~3 hours", "2024-05-08T13:20"),
    ("in 3 more minutes", "2024-05-08T10:23"),
    ("in 2d 3h 10min", "2024-05-10T13:30"),
    ("in 1 day, 2 hrs and 5 mins", "2024-05-09T12:25"),
    ("after an hour", "2024-05-08T11:20"),
    ("2 wks later", "2024-05-22T10:20"),
    ("6mo ago", "2023-11-08"),
    ("in 1 quarter", "2024-08-08"),
    ("1 month ago", "2024-04-08"),
    # counted from a day another phrase names
    ("3 days after tomorrow", "2024-05-12"),
    ("4 days before yesterday", "2024-05-03"),
    ("1 day after next Monday", "2024-05-14"),
    ("next monday + 2 days", "2024-05-15"),
    ("now + 15mins", "2024-05-08T10:35"),
    # one step of a unit, and working days
    ("next hour", "2024-05-08T11:20"),
    ("previous day", "2024-05-07T10:20"),
    ("lastyear", "2023-05-08"),
    ("past 3 days", "2024-05-05"),
    ("next weekday", "2024-05-09"),
    # "after next", "the following"
    ("tuesday after next", "2024-05-14"),
    ("on the following Thursday", "2024-05-16"),
    # a bound said of the day's clock
    ("tomorrow before 9am", "2024-05-09T09:00"),
])
def test_relative_phrases(text: str, local: str) -> None:
    reading = read_expression(text, Options(reference=REFERENCE))
    assert reading is not None, text
    assert reading.start.local[:len(local)] == local


@pytest.mark.parametrize(("reference", "text", "local"), [
    (dt.datetime(2024, 5, 10, 9, 0), "next weekday", "2024-05-13"),  # Friday: to Monday
    (dt.datetime(2024, 5, 13, 9, 0), "last weekday", "2024-05-10"),  # Monday: back to Friday
    (dt.datetime(2024, 1, 31, 9, 0), "in 1 month", "2024-02-29"),  # the month's last day
])
def test_working_days_and_months_of_other_lengths(
        reference: dt.datetime, text: str, local: str) -> None:
    reading = read_expression(text, Options(reference=reference))
    assert reading is not None and reading.start.local[:len(local)] == local


@pytest.mark.parametrize("text", ["4 servers", "3 hours", "next steps", "the day"])
def test_words_that_count_but_are_no_time_stay_unread(text: str) -> None:
    assert read_expression(text, Options(reference=REFERENCE)) is None


@pytest.mark.parametrize("text", [
    "1 day after " * 3000 + "tomorrow",  # phrases counted from phrases, nested deep
    "now" + " + 2 days" * 3000,  # a long sum
])
def test_a_hostile_relative_phrase_is_answered_quickly_without_a_crash(text: str) -> None:
    import time

    started = time.perf_counter()
    read_expression(text, Options(reference=REFERENCE))  # any answer, no RecursionError
    assert time.perf_counter() - started < 2.0
