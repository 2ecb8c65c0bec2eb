"""Reading tests for ways of writing a timeline that earlier readings missed: each in its
own small document, written for the test."""

from __future__ import annotations

from pmlint.timeline.document import timeline_from_text
from pmlint.timeline.model import Event


def _entries(text: str) -> list[Event]:
    return [e for e in timeline_from_text(text, "w.md").events if e.source == "timeline"]


def test_a_dated_label_with_a_part_of_the_day_is_an_entry_dated_to_the_day_only() -> None:
    text = ("# Queue backlog in 2025\n\n## Timeline\n\n"
            "**Sunday Apr 6, late evening:** consumers started falling behind.\n\n"
            "**Monday Apr 7 (early morning)** - the backlog paged the on-call.\n\n"
            "**Monday Apr 7, afternoon:** consumers were scaled out and caught up.\n")
    got = _entries(text)
    assert [e.local for e in got] == ["2025-04-06", "2025-04-07", "2025-04-07"]
    assert all(e.clock is None and e.at is None for e in got)  # no clock invented
    assert got[0].text == "consumers started falling behind."
    assert any("part of the day" in note for note in got[1].assumed)
