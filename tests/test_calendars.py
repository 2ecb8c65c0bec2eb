"""Dates in another calendar: the Solar Hijri dates of Iranian tickets and notices."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from pmlint.timeline.calendars import solar_hijri_days_in_month, solar_hijri_to_gregorian
from pmlint.timeline.document import timeline_from_text


@pytest.mark.parametrize(("hijri", "gregorian"), [
    ((1403, 1, 1), (2024, 3, 20)),  # Nowruz 1403
    ((1404, 1, 1), (2025, 3, 21)),  # Nowruz 1404
    ((1404, 8, 27), (2025, 11, 18)),  # 27 Aban 1404
    ((1403, 11, 14), (2025, 2, 2)),  # 14 Bahman 1403
    ((1399, 12, 30), (2021, 3, 20)),  # the last day of a leap year
    ((1357, 11, 22), (1979, 2, 11)),
])
def test_a_solar_hijri_date_converts_to_its_gregorian_day(
        hijri: tuple[int, int, int], gregorian: tuple[int, int, int]) -> None:
    assert solar_hijri_to_gregorian(*hijri) == gregorian


def test_the_days_of_the_solar_hijri_months() -> None:
    assert [solar_hijri_days_in_month(1402, m) for m in range(1, 13)] == [31] * 6 + [30] * 5 + [29]
    assert solar_hijri_days_in_month(1399, 12) == 30  # a leap year's Esfand
    # every day of a year follows the day before it
    days = [dt.date(*solar_hijri_to_gregorian(1403, m, d)) for m in range(1, 13)
            for d in range(1, solar_hijri_days_in_month(1403, m) + 1)]
    assert all((b - a).days == 1 for a, b in itertools.pairwise(days))


def test_a_year_first_iranian_date_is_read_in_its_calendar_with_a_note() -> None:
    text = ("# قطعی سرویس\n\n- ۱۴۰۴/۰۸/۲۷ ساعت ۱۰:۰۰ قطع سرویس\n"
            "- 1404/08/27 ساعت 10:45 سرویس برقرار شد\n")
    timeline = timeline_from_text(text, "fa.md")
    events = [e for e in timeline.events if e.clock is not None]
    assert [e.local for e in events] == ["2025-11-18T10:00", "2025-11-18T10:45"]
    assert all(any("read in the Solar Hijri calendar: 2025-11-18" in a for a in e.assumed)
               for e in events)



@pytest.mark.parametrize("line", [
    "- 4 Mar 1415 failover began",  # a named month: Gregorian, and 1415 is its clock
    "- Mar 4 1415 failover began",
])
def test_a_month_in_letters_is_never_read_in_the_solar_hijri_calendar(line: str) -> None:
    text = f"# Failover drill 2024\n\n{line}\n- 4 Mar 1530 failover done\n"
    events = [e for e in timeline_from_text(text, "drill.md").events if e.clock is not None]
    assert [e.local for e in events] == ["2024-03-04T14:15", "2024-03-04T15:30"]
    assert not any("Solar Hijri" in a for e in events for a in e.assumed)


@pytest.mark.parametrize(("written", "local"), [
    ("17 Sep 1205", "2021-09-17T12:05"),  # 1205 makes a clock, and no year of computing's time
    ("Sep 17 1948", "2021-09-17T19:48"),
    ("17 Sep 1975", "1975-09-17"),  # a year: 19:75 is no clock
])
def test_four_digits_after_a_day_that_make_a_clock_before_1960_are_the_clock(
        written: str, local: str) -> None:
    text = f"Incident review, September 2021\n\n- {written} the queue stalled\n"
    events = timeline_from_text(text, "t.txt").events
    assert events and events[0].local.startswith(local)
