"""Tests for timeline.offsets: entries written as offsets from a stated T0."""

from __future__ import annotations

import pytest

from pmlint.timeline import offsets
from pmlint.timeline.document import timeline_from_text
from pmlint.timeline.normalise import Options


def entries(text: str) -> list[tuple[str, str]]:
    timeline = timeline_from_text(text, "pm.md", Options())
    return [(e.written, e.local) for e in timeline.events if e.source == "timeline"]


@pytest.mark.parametrize("anchor", [
    "All times are relative to the failover at 2025-03-09 22:40 UTC.",
    "T0 = 2025-03-09 22:40 UTC (the failover)",
    "Offsets are counted from the failover, 2025-03-09 22:40 UTC.",
])
def test_offsets_are_read_from_the_anchor(anchor: str) -> None:
    text = (f"# Replica lag\n\n{anchor}\n\n## Timeline\n- T-5m: lag alert\n- T+0: failover\n"
            "- T+12 min: reads slow\n- T+1h20m: lag gone\n")
    assert entries(text) == [("T-5m", "2025-03-09T22:35"), ("T+0", "2025-03-09T22:40"),
                             ("T+12 min", "2025-03-09T22:52"), ("T+1h20m", "2025-03-10T00:00")]


def test_a_table_of_offsets() -> None:
    text = ("# Replica lag\n\nT0 = 2025-03-09 22:40 UTC\n\n| When | What |\n|---|---|\n"
            "| T+0 | failover |\n| T+0:45 | lag gone |\n")
    assert entries(text) == [("T+0", "2025-03-09T22:40"), ("T+0:45", "2025-03-09T23:25")]


def test_offsets_without_an_anchor_are_not_read() -> None:
    assert entries("# Replica lag\n\n## Timeline\n- T+0: failover\n- T+12m: reads slow\n") == []


ELAPSED_TABLE = ("| {head} | Event |\n|---|---|\n| 00:00 | primary stopped |\n"
                 "| 00:04 | lag alert |\n| 01:10:30 | writes back |\n")


@pytest.mark.parametrize("head", ["Elapsed", "Time elapsed", "Elapsed (hh:mm)", "T+",
                                  "Since start", "Time since detection", "Tempo decorrido"])
def test_an_elapsed_column_counts_from_the_anchor(head: str) -> None:
    text = ("# Drill\n\nT0 = 2025-05-14 23:30 CEST, primary stopped.\n\n## Timeline\n"
            + ELAPSED_TABLE.format(head=head))
    assert entries(text) == [("00:00", "2025-05-14T23:30"), ("00:04", "2025-05-14T23:34"),
                             ("01:10:30", "2025-05-15T00:40")]


def test_an_elapsed_column_without_an_anchor_is_not_read_as_clocks() -> None:
    text = ("# Drill\n\nHeld on 2025-05-14 from 23:30 CEST.\n\n## Timeline\n"
            + ELAPSED_TABLE.format(head="Elapsed"))
    assert entries(text) == []


def test_a_clock_column_after_the_elapsed_one_gives_the_time() -> None:
    text = ("# Drill\n\nHeld on 2025-05-14.\n\n| Elapsed | Time (UTC) | Event |\n"
            "|---|---|---|\n| 00:00 | 21:30 | primary stopped |\n| 00:04 | 21:34 | alert |\n")
    assert entries(text) == [("21:30", "2025-05-14T21:30"), ("21:34", "2025-05-14T21:34")]


@pytest.mark.parametrize("head", ["Time", "Duration", "Offset (UTC)", "Time (UTC)", "Start"])
def test_other_first_columns_are_not_elapsed(head: str) -> None:
    assert offsets.ELAPSED_HEAD.fullmatch(head.lower()) is None


@pytest.mark.parametrize("line", [
    "All times are relative to the deploy at 10:00 UTC", "RELATIVE TO 10:00", "counted from",
    "T0 = 14:00 UTC", "T+4m consumers restarted", "T=09:00", "T 0", "time zero: 10:00",
    "TIME ZERO 10:00", "10:05 paged", "Tuesday 10:05", "the erosion at 10:05", "", "T", "t+0",
])
def test_the_anchor_hint_is_any_of_its_words(line: str) -> None:
    assert offsets._may_name_anchor(line) == any(h in line for h in offsets.ANCHOR_HINTS)
