"""tz-ambiguous: a zone abbreviation with several meanings (CST, IST, BST, AST).

IST is India, Ireland or Israel; CST is US Central, China or Cuba. pmlint takes the most
common reading and says which; write an offset to leave no doubt. Once per abbreviation,
and not at all when the document settles it: an entry that quotes the same moment in UTC
("5:32 PM BST ... started at 4:32PM UTC"; a time rendered at once on such a clock, "at
2am BST/1am GMT"), summer dates for a summer time's name (BST
in July is British Summer Time, whether the year is written or not: a date without one
counts when it is summer time in every year), or the reading's name spelled out, and no
other's ("All times are in US Central Standard Time").
Likewise a zone that follows daylight saving ("Eastern time", "PT") in a document that
gives no date at all: it is one of two offsets, and nothing says which (unless the line
gives the same moment at a fixed offset: "10:02 AM PT / 17:02 UTC", or the time is that
rendering of one before it: "3:24 PM Central Standard Time (4:24 PM ET)", or stands in
parentheses that render the times before them: "00:00 UTC (01:00 CET; 4pm Pacific)", or
another time of the document writes the season's own name: "4:30 p.m. EDT" above "5 p.m.
eastern time").

Fails::

    - 14:00 IST: deploy

Passes::

    - 14:00 IST (UTC+05:30): deploy
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pmlint.checks.base import Problem, Rule
from pmlint.checks.context import Context
from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.model import Clock, Event
from pmlint.timeline.provenance import declared_zone_line, zone_inferred
from pmlint.timeline.reading import second_rendering
from pmlint.timeline.zones import (
    REGION_WORDS,
    Zone,
    format_offset,
    on_summer_time,
    summer_every_year,
    yearly_offsets,
)

QUOTE_LINES = 15  # lines under an entry that may quote an alert with its own time
DAY_MINUTES = 24 * 60
LABEL_THEN_OFFSET = LazyPattern(r"(?<![A-Za-z])(?P<label>[A-Z]{2,5})(?![A-Za-z])[ \t,(]*+"
                                r"(?:UTC|GMT)[ \t]*+(?P<sign>[+\-−])[ \t]*+(?P<h>\d{1,2})"
                                r"(?::?(?P<m>\d{2}))?")
OFFSET_BESIDE = LazyPattern(r"[ \t]*+[(\[]?[ \t]*+(?:UTC|GMT)?[ \t]*+[+\-−]\d{1,2}(?::?\d{2})?")


def check(ctx: Context) -> Iterator[Problem]:
    yield from _undated_daylight_zone(ctx)
    reported: set[str] = set()
    for event in ctx.timeline.events:
        zone = event.zone
        if zone is None or not zone.alternatives or zone.label in reported:
            continue
        if _offset_beside(ctx, event):
            continue  # "14:00 IST (UTC+05:30)": the author already wrote the offset
        reported.add(zone.label)
        if _in_its_summer(ctx, zone):
            continue  # "BST" on a July date: British Summer Time, in its season
        if _settled_by_the_document(ctx, zone) or _offset_written_beside_label(ctx, zone) \
                or _rendered_beside(ctx, zone):
            continue  # "5:32 PM BST ... started at 4:32PM UTC": the document shows the offset
        if _among_its_neighbours(ctx, zone):
            continue  # "9:28am CST" beside "3:30 MT" and "10:15 EDT": the US's clocks
        if _spelled_out(ctx, zone):
            continue  # "All times are in US Central Standard Time": the author named it
        line, column = _written_at(ctx, event, zone.label)
        offset = (f"UTC{format_offset(zone.offset_minutes)}" if zone.offset_minutes is not None
                  else "UTC+05:30")
        yield Problem(line, column,
                      f"{zone.label} is ambiguous: read as {zone.meaning}; it can also mean "
                      + " or ".join(zone.alternatives),
                      suggestion=f"write the UTC offset, e.g. {offset}")


def _settled_by_the_document(ctx: Context, zone: Zone) -> bool:
    """Some entry in this zone quotes, in its own lines, a UTC time that is the same moment
    under the reading pmlint took: the document itself shows which zone it meant."""
    if zone.offset_minutes is None or not ctx.timeline.lines:
        return False
    entries = [e for _, e in ctx.analysis.entries]
    for n, event in enumerate(entries):
        if event.zone is None or event.zone.label != zone.label or event.clock is None:
            continue
        stop = entries[n + 1].line if n + 1 < len(entries) else event.line + QUOTE_LINES
        for number in range(event.line, min(stop, event.line + QUOTE_LINES,
                                             len(ctx.timeline.lines) + 1)):
            for expr in ctx.analysis.scanned(number):
                other = expr.zone
                if (expr.clock is None or other is None or other.alternatives
                        or other.offset_minutes is None or other.label == zone.label):
                    continue
                implied = (event.clock.hour * 60 + event.clock.minute
                           - (expr.clock.hour * 60 + expr.clock.minute)
                           + other.offset_minutes) % DAY_MINUTES
                if implied == zone.offset_minutes % DAY_MINUTES:
                    return True
    return False


def _spelled_out(ctx: Context, zone: Zone) -> bool:
    """The document writes the name of the reading pmlint took ("Central Standard Time",
    "India Standard Time"), and of no other reading: the author said which zone the
    abbreviation stands for."""
    def name(meaning: str) -> str:
        return meaning.split(" (", 1)[0].casefold()  # "Central Standard Time (UTC-06:00)"

    text = "\n".join(ctx.timeline.lines).casefold()
    return name(zone.meaning) in text and not any(name(other) in text
                                                  for other in zone.alternatives)


def _among_its_neighbours(ctx: Context, zone: Zone) -> bool:
    """The document also writes a zone that has one meaning and belongs to the same part of
    the world as the reading pmlint took ("CST" beside "MDT" or "Eastern": North America's
    clocks; "BST" beside "CET": Europe's): the author wrote among those clocks."""
    region = zone.region
    if region is None:
        return False
    area = region.split("/")[0]
    for event in ctx.timeline.events:
        other = event.zone
        if other is None or other.alternatives or other.label == zone.label:
            continue
        place = other.region
        if place is not None and place.split("/")[0] == area:
            return True
    return False


def _offset_written_beside_label(ctx: Context, zone: Zone) -> bool:
    """"Timeline (times in BST, UTC+01:00)": the author gave the offset once, and it is the
    reading pmlint took."""
    for line in ctx.timeline.lines:
        if zone.label not in line:
            continue
        for m in LABEL_THEN_OFFSET.finditer(line):
            if m.group("label") != zone.label:
                continue
            minutes = int(m.group("h")) * 60 + int(m.group("m") or 0)
            if (-minutes if m.group("sign") != "+" else minutes) == zone.offset_minutes:
                return True
    return False


def _in_its_summer(ctx: Context, zone: Zone) -> bool:
    """The abbreviation's common reading is a summer time ("BST", British Summer Time) and
    every dated time written with it falls in that summer: the author wrote the season's
    name, which the other readings (Bangladesh, kept all year) give no reason to; a winter
    date leaves the doubt, and tz-dst-mismatch speaks to it."""
    region = zone.daylight_of
    if region is None:
        return False
    written = [e for e in ctx.timeline.events
               if e.zone is not None and e.zone.label == zone.label]
    dated = [e.at for e in written if e.at is not None]
    # "Thursday 9th June at 7:30pm BST", no year: June is summer time in any year
    yearless = [(int(e.local[2:4]), int(e.local[5:7])) for e in written
                if e.at is None and e.local.startswith("--")]
    return bool(dated or yearless) and all(on_summer_time(at, region) for at in dated) \
        and all(summer_every_year(month, day, region) for month, day in yearless)


def _undated_daylight_zone(ctx: Context) -> Iterator[Problem]:
    """"3:00 PM Eastern time" in a document with no date at all: EST or EDT cannot be told,
    so neither can the instant. Once, at the first such time."""
    events = ctx.timeline.events
    if any(e.date is not None or e.local[:1] != "T" for e in events):
        return
    event = next((e for e in events if e.zone is not None and e.zone.iana is not None
                  and e.clock is not None and _observes_dst(e.zone.iana)), None)
    if event is None or event.zone is None or _converted_beside(ctx, event) \
            or _rendering_of_a_time_before(ctx, event) or _in_parentheses_after(ctx, event) \
            or _season_named_elsewhere(ctx, event.zone):
        return
    line, column = _stated_above(ctx, event) or (event.line, event.column)
    yield Problem(line, column,
                  f"{event.zone.label} follows daylight saving, and the document gives no "
                  f"date, so {event.written} may be either of two offsets "
                  f"({_both_offsets(event.zone.iana)})",
                  suggestion="write the date, or the offset")


def _season_named_elsewhere(ctx: Context, zone: Zone) -> bool:
    """Another time of the document writes the season's name of the same clock ("UPDATE 4:30
    p.m. EDT" above "at 5 p.m. eastern time"): the author said which of the two offsets the
    region's clocks were on."""
    if zone.iana is None:
        return False
    return any(e.zone is not None and zone.iana in (e.zone.daylight_of, e.zone.standard_of)
               for e in ctx.timeline.events)


STATEMENT_REACH = 30  # lines above the first time looked through for the zone's statement


def _stated_above(ctx: Context, event: Event) -> tuple[int, int] | None:
    """Where the zone of a time that does not write it was stated, on the nearest line above
    ("Time (Pacific) | Description" over the rows): the statement the fix is made at."""
    if event.zone is None or not zone_inferred(event.provenance):
        return None  # "14:50 PT": written on the time's own line
    words = [w for w in (event.zone.label, REGION_WORDS.get(event.zone.label)) if w]
    pattern = re.compile("|".join(rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])" for w in words),
                         re.IGNORECASE)
    lines = ctx.timeline.lines
    for number in range(min(event.line, len(lines) + 1) - 1,
                        max(0, event.line - 1 - STATEMENT_REACH), -1):
        found = pattern.search(lines[number - 1])
        if found is not None:
            return number, found.start() + 1
    return None


def _rendered_beside(ctx: Context, zone: Zone) -> bool:
    """A time in this zone, anywhere (a summary's too), rendered at once on a clock of one
    offset that is the same moment under pmlint's reading ("at 2am BST/1am GMT", "9:15 AM
    BST (8:15 AM GMT)"): the document shows which zone it meant."""
    lines = ctx.timeline.lines
    if zone.offset_minutes is None:
        return False
    for event in ctx.timeline.events:
        if event.zone is None or event.zone.label != zone.label or event.clock is None \
                or not 0 < event.line <= len(lines):
            continue
        other = second_rendering(lines[event.line - 1], event)
        if other is None or other[0].clock is None or other[1].offset_minutes is None \
                or other[1].alternatives:
            continue
        if _implied_offset(event.clock, other[0].clock, other[1].offset_minutes) \
                == zone.offset_minutes % DAY_MINUTES:
            return True
    return False


def _converted_beside(ctx: Context, event: Event) -> bool:
    """"10:02 AM PT / 17:02 UTC": the line renders the moment at a fixed offset, and the
    difference is one of the zone's two offsets, so the line says which one it is."""
    assert event.zone is not None and event.zone.iana is not None and event.clock is not None
    lines = ctx.timeline.lines
    other = second_rendering(lines[event.line - 1], event) \
        if 0 < event.line <= len(lines) else None
    if other is None or other[0].clock is None or other[1].offset_minutes is None:
        return False
    apart = _implied_offset(event.clock, other[0].clock, other[1].offset_minutes)
    return any(apart == offset % DAY_MINUTES for offset in yearly_offsets(event.zone.iana))


def _rendering_of_a_time_before(ctx: Context, event: Event) -> bool:
    """"3:24PM Central Standard Time (4:24PM ET)": the time is itself the second rendering
    of the time before it, whose zone has one offset, and the difference is one of this
    zone's two offsets, so the line says which one it is."""
    assert event.zone is not None and event.zone.iana is not None and event.clock is not None
    lines = ctx.timeline.lines
    if not 0 < event.line <= len(lines):
        return False
    for other in ctx.timeline.events:
        if other.line != event.line or other.column >= event.column or other.clock is None \
                or other.zone is None or other.zone.offset_minutes is None \
                or other.zone.alternatives:
            continue
        rendering = second_rendering(lines[event.line - 1], other)
        if rendering is None or rendering[1].label != event.zone.label:
            continue
        if _one_of_its_offsets_from(event, other):
            return True
    return False


def _in_parentheses_after(ctx: Context, event: Event) -> bool:
    """"between 00:00 UTC and 06:47 UTC (01:00-07:47 CET; 4pm-10:47pm Pacific)": the time
    stands in parentheses that render the times before them in other zones, and one of those
    has a fixed offset that lies one of this zone's two offsets from it: the line says which."""
    assert event.zone is not None and event.zone.iana is not None and event.clock is not None
    lines = ctx.timeline.lines
    if not 0 < event.line <= len(lines):
        return False
    text = lines[event.line - 1]
    opened = text.rfind("(", 0, event.column - 1)
    if opened < 0 or text.rfind(")", 0, event.column - 1) > opened:
        return False
    for other in ctx.timeline.events:
        if other.line != event.line or other.column - 1 >= opened or other.clock is None \
                or other.zone is None or other.zone.offset_minutes is None \
                or other.zone.alternatives:
            continue
        if _one_of_its_offsets_from(event, other):
            return True
    return False


def _one_of_its_offsets_from(event: Event, other: Event) -> bool:
    """`event`'s clock lies one of its zone's offsets from `other`'s fixed-offset clock: the
    two render one moment, and that offset is the one the zone's label meant."""
    assert event.zone is not None and event.zone.iana is not None and event.clock is not None
    assert other.clock is not None and other.zone is not None
    assert other.zone.offset_minutes is not None
    apart = _implied_offset(event.clock, other.clock, other.zone.offset_minutes)
    return any(apart == offset % DAY_MINUTES for offset in yearly_offsets(event.zone.iana))


def _implied_offset(clock: Clock, rendering: Clock, rendering_offset: int) -> int:
    """The offset (minutes, modulo a day) `clock` is on, if `rendering` is the same moment on
    a clock `rendering_offset` from UTC."""
    return (clock.hour * 60 + clock.minute - (rendering.hour * 60 + rendering.minute)
            + rendering_offset) % DAY_MINUTES


def _observes_dst(iana: str) -> bool:
    return len(yearly_offsets(iana)) > 1


def _both_offsets(iana: str) -> str:
    return " or ".join(f"UTC{format_offset(m)}" for m in yearly_offsets(iana))


def _written_at(ctx: Context, event: Event, label: str) -> tuple[int, int]:
    """Where the abbreviation is written: the entry, or the line that declared it for the
    timeline ("All times in IST"), which is where the author fixes it."""
    line = declared_zone_line(event.provenance, label)
    if line is None or not ctx.timeline.lines:
        return event.line, event.column
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
