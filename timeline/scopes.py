"""Documents that report several incidents, each with its own header fields.

An incident log or a status history gives every incident its own "Start:" and "End:" (or
"Start time: ... End time: ..."). Comparing one incident's start with another's end, or
one incident's stated duration with another's window, reports inconsistencies the author
never wrote. Such a document is split into regions, each from one start field up to the
next (the lines above the first belong to the first); rules compare summary times and
entries only within a region. A report told twice in one file ("Issue Summary" again
further down) splits the same way, each retelling checked on its own.
"""

from __future__ import annotations

from bisect import bisect_right

from pmlint.timeline.model import Timeline


def start_field_lines(timeline: Timeline) -> list[int]:
    """The lines of start-like header fields ("Start:", "Started at", "Duration: A - B"),
    first line of each section that holds one."""
    seen: set[str | None] = set()
    lines = []
    for event in sorted(timeline.events, key=lambda e: e.line):
        if event.source == "summary" and event.kind == "field" and event.phase == "start" \
                and event.scope not in seen:
            seen.add(event.scope)
            lines.append(event.line)
    return lines


def several_incidents(timeline: Timeline) -> bool:
    """Start fields in more than one section: each reports an incident (or a retelling)."""
    return len(start_field_lines(timeline)) > 1


def region_of(starts: list[int], line: int) -> int:
    """Which incident a line belongs to: the last start field at or above it."""
    return max(0, bisect_right(starts, line) - 1)


def same_incident(timeline: Timeline, line: int, other: int) -> bool:
    """Whether two lines may be compared: always, unless the document reports several
    incidents and the lines lie in different ones."""
    starts = start_field_lines(timeline)
    return len(starts) < 2 or region_of(starts, line) == region_of(starts, other)
