"""tz-ambiguous: a zone abbreviation with several meanings (CST, IST, BST, AST).

IST is India, Ireland or Israel; CST is US Central, China or Cuba. pmlint takes the most
common reading and says which; write an offset to leave no doubt. Once per abbreviation.

Fails::

    - 14:00 IST: deploy

Passes::

    - 14:00 IST (UTC+05:30): deploy
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.base import Problem, Rule
from checks.context import Context
from timeline.model import Event
from timeline.zones import format_offset

OFFSET_BESIDE = re.compile(r"[ \t]*[(\[]?[ \t]*(?:UTC|GMT)?[ \t]*[+\-−]\d{1,2}(?::?\d{2})?")


def check(ctx: Context) -> Iterator[Problem]:
    reported: set[str] = set()
    for event in ctx.timeline.events:
        zone = event.zone
        if zone is None or not zone.alternatives or zone.label in reported:
            continue
        if _offset_beside(ctx, event):
            continue  # "14:00 IST (UTC+05:30)": the author already wrote the offset
        reported.add(zone.label)
        line, column = _written_at(ctx, event, zone.label)
        offset = (f"UTC{format_offset(zone.offset_minutes)}" if zone.offset_minutes is not None
                  else "UTC+05:30")
        yield Problem(line, column,
                      f"{zone.label} is ambiguous: read as {zone.meaning}; it can also mean "
                      + " or ".join(zone.alternatives),
                      suggestion=f"write the UTC offset, e.g. {offset}")


def _written_at(ctx: Context, event: Event, label: str) -> tuple[int, int]:
    """Where the abbreviation is written: the entry, or the line that declared it for the
    timeline ("All times in IST"), which is where the author fixes it."""
    declared = next((note for note in event.assumed
                     if note.startswith(f"zone {label} declared on line ")), None)
    if declared is None or not ctx.timeline.lines:
        return event.line, event.column
    line = int(declared.rsplit(" ", 1)[1])
    found = ctx.timeline.lines[line - 1].find(label) if line <= len(ctx.timeline.lines) else -1
    return line, found + 1 if found >= 0 else 1


def _offset_beside(ctx: Context, event: Event) -> bool:
    if not ctx.timeline.lines:
        return False
    row = ctx.timeline.lines[event.line - 1]
    after = row[event.column - 1 + len(event.written):][:24]
    return bool(OFFSET_BESIDE.match(after))


RULE = Rule(code="PM106", name="tz-ambiguous", severity="warning",
            summary="A zone abbreviation with several meanings, such as IST or CST.",
            check=check, doc=__doc__ or "")
