"""A step labelled by its phase after its time ("09:40 | Recovery: ..."), and a label that
heads another time instead ("Start: 14:17 End-time: 15:07"), which names no step."""

from __future__ import annotations

from pmlint.timeline.document import timeline_from_text


def _phases(text: str) -> list[str]:
    return [e.phase for e in timeline_from_text(text).events]


def test_labels_after_the_time_name_the_step() -> None:
    doc = ("## Timeline\n"
           "| When (UTC) | What |\n|---|---|\n"
           "| 2024-05-06 21:10 | a config push lands on the edge |\n"
           "| 2024-05-07 06:55 | **Discovery:** the night shift sees empty graphs |\n"
           "| 2024-05-07 07:30 | **Recovery:** the previous config is pushed back |\n")
    assert _phases(doc) == ["other", "detection", "resolution"]


def test_a_label_heading_another_time_is_not_the_step() -> None:
    doc = ("## Timeline\n"
           "Window start: 12/Mar/2023 9:05 AM (GMT) End-time: 12/Mar/2023 9:50 AM (GMT)\n")
    assert _phases(doc)[0] != "end"
