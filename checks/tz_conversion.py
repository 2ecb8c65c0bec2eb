"""tz-conversion: a time given in two zones whose two readings are different instants.

Authors who write for readers in several places give a time twice: "14:40 UTC (09:40
EST)", "3:00 PM PDT / 22:00 UTC". The second is meant as the same instant, and people
convert by hand, so it is often an hour or a day-part off. pmlint checks a time followed
at once by another in parentheses or after a slash, each with its own zone, the second
nothing but a time (and zone). When the two differ by exactly the hour a standard or
daylight label would explain ("14:40 UTC (10:40 EST)" in July), the clock is right and the
label is the slip: a warning naming the label the region used.

Fails::

    - 2024-02-07 14:40 UTC (08:40 EST): slow query identified

Passes::

    - 2024-02-07 14:40 UTC (09:40 EST): slow query identified
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from pmlint.checks.base import Problem, Rule
from pmlint.checks.context import Context
from pmlint.checks.words import span
from pmlint.timeline.lexer import scan
from pmlint.timeline.model import Event, TimeExpr
from pmlint.timeline.zones import ABBREVIATIONS, Zone, clock_in

# what may join the two renderings: an opening parenthesis, or a slash
JOIN_RE = re.compile(r"[ \t]*+(?:\(|/[ \t]*+)")
DAY = 1440


def check(ctx: Context) -> Iterator[Problem]:
    lines = ctx.timeline.lines
    for event in ctx.timeline.events:
        if event.at is None or event.zone is None or event.clock is None \
                or not 0 < event.line <= len(lines) or not _zone_stated(event):
            continue
        line = lines[event.line - 1]
        other = _second_rendering(line, event)
        if other is None:
            continue
        expr, zone = other
        assert expr.clock is not None
        shown = clock_in(event.at, zone)
        if shown is None:
            continue
        said = expr.clock.hour * 60 + expr.clock.minute
        now = shown.hour * 60 + shown.minute
        off = (said - now + DAY // 2) % DAY - DAY // 2  # nearest, across midnight
        if off == 0:
            continue
        twelve = expr.clock.meridiem is not None
        partner = _label_slip(event.at, zone, off)
        if partner is not None:
            yield Problem(event.line, event.column,
                          f"{expr.written} beside {event.written} is right as a clock, but "
                          f"{zone.label} was not in use on that date: {event.written} is "
                          f"{_clock(now + off, twelve)} {partner}",
                          suggestion=partner, severity="warning")
            continue
        right = f"{_clock(now, twelve)} {zone.label}"
        yield Problem(event.line, event.column,
                      f"{event.written} is {right}, but the line gives {expr.written} beside "
                      f"it ({span(abs(off) * 60)} {'later' if off > 0 else 'earlier'}); one "
                      f"of the two is wrong",
                      suggestion=f"{right}, or correct {event.written}")


def _clock(minutes: int, twelve_hour: bool) -> str:
    """Minutes after midnight as the author wrote the other rendering: "9:40 PM", "21:40"."""
    hour, minute = divmod(minutes % DAY, 60)
    if not twelve_hour:
        return f"{hour:02d}:{minute:02d}"
    return f"{hour % 12 or 12}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"


STATED = frozenset({"settled", "ambiguous", "section", "declared", "inherited"})


def _zone_stated(event: Event) -> bool:
    """The event's zone is the document's own: written beside it or declared for it, never
    carried from another entry, guessed, or supplied by --tz or a configuration."""
    return all(p.how in STATED for p in event.provenance if p.what == "zone")


def _second_rendering(line: str, event: Event) -> tuple[TimeExpr, Zone] | None:
    """The time right after the event's own, in parentheses or after a slash, with a zone of
    its own and nothing else: "(09:40 EST)", "/ 22:00 UTC"."""
    start = line.find(event.written, max(0, event.column - 1))
    if start < 0:
        return None
    end = start + len(event.written)
    join = JOIN_RE.match(line, end)
    if join is None:
        return None
    rest = line[join.end():join.end() + 40]
    found = scan(rest)
    if not found:
        return None
    expr = found[0]
    if expr.start != 0 or expr.clock is None or expr.zone is None or expr.date is not None \
            or expr.range_end is not None or expr.clock.oddities:
        return None
    if line[join.end() - 1] == "(" and not rest[expr.end:].lstrip().startswith(")"):
        return None  # "(09:40 EST, after the deploy)": a note, not a second rendering
    zone = expr.zone
    assert event.zone is not None
    if zone.label == event.zone.label:
        return None
    return expr, zone


def _label_slip(instant: dt.datetime, zone: Zone, off: int) -> str | None:
    """The label the region's clocks showed, when an hour off is explained by it: "EDT" for
    "10:40 EST" beside 14:40 UTC in July. None otherwise."""
    region = zone.standard_of or zone.daylight_of
    if region is None or abs(off) != 60 or zone.offset_minutes is None:
        return None
    from zoneinfo import ZoneInfo

    actual = instant.astimezone(ZoneInfo(region)).utcoffset()
    if actual is None or actual.total_seconds() / 60 - zone.offset_minutes != off:
        return None
    for label, other in ABBREVIATIONS.items():
        if (other.daylight_of if zone.standard_of else other.standard_of) == region:
            return label
    return None


RULE = Rule(code="PM109", name="tz-conversion", severity="error",
            summary="A time given in two zones whose readings are different instants.",
            check=check, doc=__doc__ or "", lowered=("warning",))
