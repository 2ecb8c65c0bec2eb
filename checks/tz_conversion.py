"""tz-conversion: a time given in two zones whose two readings are different instants.

Authors who write for readers in several places give a time twice: "14:40 UTC (09:40 EST)",
"3:00 PM PDT / 22:00 UTC". The second is meant as the same instant, and people convert by hand,
so it is often an hour or a day-part off. pmlint checks a time followed at once by another in
parentheses, after a slash or (on a line that is no table row) a bar, or after words that say
it is the same moment (", or midnight UTC", ", i.e. 08:50 UTC", ", that is 21:30 UTC"), each
with its own zone, the second nothing but a time (and zone), or a range beside a range
("16:00-17:50 UTC / 09:00-10:50 PDT", each end beside its own); and a timeline table with a
time column per zone ("| Time (UTC) | Time (PT) | Event |"). When the two differ by exactly the
hour a standard or daylight label would explain ("14:40 UTC (10:40 EST)" in July), the clock is
right and the label is the slip: a warning naming the label the region used; when it is the
first time's own label that the hour explains ("03:30 CEST (10:30 SGT)" in December), that is
tz-dst-mismatch's finding, not this rule's. A range followed
at once by a range in parentheses with no zone of its own, each end dated or clocked as the
author wrote it, is held to the same length: a conversion moves both ends alike ("02:00 - 04:00
UTC (July 24, 9 PM - July 25, 11 PM)" is a day too long). A front matter's stamp marked as UTC
("date: ...T22:00:00Z") whose date and minute are those the body writes under a zone of its own
("22:00 CEST", the same day) gets a warning: the page's local time marked with a Z, more likely
than two moments hours apart that share their figures. A time in two zones in an update's body,
under its stamp line ("we redeployed at 13:34 UTC (06:34 PM PT)"), is dated by the entry above
it; a date pmlint carried, never written, is trusted only where neither zone changes its clocks
within a day of it. A time with no date known (no year written) is compared only where both
zones are fixed offsets ("02:00 BST (00:01 GMT)" under "4 April").

Fails::

    - 2024-02-07 14:40 UTC (08:40 EST): slow query identified

Passes::

    - 2024-02-07 14:40 UTC (09:40 EST): slow query identified
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from pmlint.checks.base import Problem, Rule
from pmlint.checks.context import Context
from pmlint.checks.words import span
from pmlint.timeline import zones
from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.lexer import scan
from pmlint.timeline.model import Event, TimeExpr
from pmlint.timeline.reading import rendering_after, second_rendering
from pmlint.timeline.zones import ABBREVIATIONS, Zone, clock_in

DAY = 1440


def check(ctx: Context) -> Iterator[Problem]:
    yield from _rendered_range_lengths(ctx)
    yield from _front_matter_wall_clock(ctx)
    yield from _grouped(_pairs_compared(ctx))


SAME_GAP = 3  # lines giving both zones with one and the same gap: a systematic slip


def _grouped(found: list[tuple[int | None, Problem]]) -> Iterator[Problem]:
    """Each wrong rendering once; but a gap repeated on SAME_GAP lines or more ("2:40am
    GMT+1/07:40am PST", then "4:20am GMT+1/09:20am PST", ... each 10 h apart) is one slip made
    throughout, a zone mislabelled or converted with the wrong offset every time: said once,
    at its first line, naming the others. A line whose gap differs from it is its own slip."""
    gaps: dict[int, list[Problem]] = {}
    for off, problem in found:
        if off is not None:
            gaps.setdefault(off, []).append(problem)
    for off, problem in found:
        same = gaps.get(off, []) if off is not None else []
        if len(same) < SAME_GAP:
            yield problem
        elif problem is same[0]:
            lines = sorted({p.line for p in same[1:]} - {problem.line})
            others = "its other times give" if not lines else \
                f"line {lines[0]} gives" if len(lines) == 1 else \
                f"lines {', '.join(map(str, lines))} give"
            yield replace(problem, message=f"{problem.message}; {others} both "
                                           f"zones {span(abs(off) * 60)} apart the same way: "
                                           f"one zone is likely mislabelled, or converted "
                                           f"with the wrong offset, throughout",
                          suggestion="check which zone the times were written in, and "
                                     "correct the other throughout")


# what a line giving a time on a second clock holds (see reading.rendering_after)
RENDERING_HINTS = ("(", "/", "|", " or ", "i.e", "I.e", " is ", " was ", " es ", "soit", "d.")


def _pairs_compared(ctx: Context) -> list[tuple[int | None, Problem]]:
    """Each time given in two zones that disagree, with the gap between the renderings in
    minutes (None for a label slip, which is a warning of its own)."""
    found: list[tuple[int | None, Problem]] = []
    lines = ctx.timeline.lines
    tables = _Tables(lines)
    for event in ctx.timeline.events:
        if event.zone is None or event.clock is None or not 0 < event.line <= len(lines) \
                or (event.at is None and event.zone.offset_minutes is None):
            continue  # (with no date, only a clock on a fixed offset can be converted)
        line = lines[event.line - 1]
        if not any(hint in line for hint in RENDERING_HINTS) or not _zone_stated(event):
            continue  # (a rendering follows a parenthesis, a slash or its words ("..., or
            # midnight UTC"), or sits in a table)
        other = second_rendering(line, event) or _table_rendering(lines, event, tables)
        if other is None:
            continue
        expr, zone = other
        if expr.range_end is not None:
            # "16:00-17:50 UTC / 08:30-10:50 PDT": each end beside its own
            start = _range_start_of(ctx, event)
            pairs = [(event, expr.range_end)] + ([(start, expr)] if start is not None else [])
            for mine, theirs in sorted(pairs, key=lambda pair: pair[0].column):
                found.extend(_compared(mine, theirs, zone))
            continue
        if event.at is not None and event.date is None \
                and not _clocks_steady(event.at, (event.zone, zone)):
            continue  # a carried date a day off would read the other way
        found.extend(_compared(event, expr, zone))
    found.extend(_in_bodies(ctx))
    found.extend(_restated_on_the_twelve_hour_dial(ctx))
    return sorted(found, key=lambda pair: (pair[1].line, pair[1].column))


def _in_bodies(ctx: Context) -> Iterator[tuple[int | None, Problem]]:
    """Times given in two zones on a line pmlint took no time from: the body of an update
    under its stamp line ("Oct 15, 2025 15:01 UTC" over "we redeployed at 13:34 UTC (06:34 PM
    PT)"). Each is dated by the entry above it, so only where neither zone changes its clocks
    within a day of that date: a day earlier or later would read the same."""
    lines = ctx.timeline.lines
    anchor: Event | None = None
    by_line = {e.line: e for e in ctx.timeline.events if e.at is not None and e.date is not None}
    for number, line in enumerate(lines, 1):
        if number in by_line:
            anchor = by_line[number]
        if anchor is None or ctx.analysis.on_line(number) or number in ctx.timeline.code_lines \
                or ("(" not in line and "/" not in line):
            continue
        for expr in scan(line):
            if expr.clock is None or expr.zone is None or expr.range_end is not None \
                    or expr.clock.oddities or (expr.date is not None and expr.date.day):
                continue
            other = rendering_after(line, expr.end, expr.zone)
            if other is None:
                continue
            at = _dated_by(expr, expr.zone, anchor)
            if at is None or not _clocks_steady(at, (expr.zone, other[1])):
                continue
            given = replace(anchor, line=number, column=expr.start + 1, written=expr.written,
                            at=at)
            yield from _compared(given, *other)


def _dated_by(expr: TimeExpr, zone: Zone, anchor: Event) -> dt.datetime | None:
    """`expr`'s clock in `zone` on the day the anchor's instant falls on in that zone."""
    assert anchor.at is not None and expr.clock is not None
    there = clock_in(anchor.at, zone)
    if there is None:
        return None
    return there.replace(hour=expr.clock.hour, minute=expr.clock.minute, second=0)


def _clocks_steady(at: dt.datetime, named: tuple[Zone, ...]) -> bool:
    """No zone named changes its offset within a day either side of `at`."""
    for zone in named:
        shown = [clock_in(at + dt.timedelta(days=d), zone) for d in (-1, 0, 1)]
        if any(s is None for s in shown) or len({s.utcoffset() for s in shown if s}) != 1:
            return False
    return True


# between a range and its rendering in parentheses, and after the rendering
RENDERING_OPENS = re.compile(r"[ \t]*+\([ \t]*+")
RENDERING_CLOSES = re.compile(r"[ \t]*+\)")
LENGTH_SLACK = 60  # minutes: a clock change inside the range moves one end by an hour


def _rendered_range_lengths(ctx: Context) -> Iterator[Problem]:
    """A range and, in parentheses right after it, the same range on another clock (no zone
    of its own: the reader's): the two lengths differ by more than a clock change."""
    events = ctx.timeline.events
    lines = ctx.timeline.lines
    for a, b, c, d in zip(events, events[1:], events[2:], events[3:], strict=False):
        if (a.part, b.part, c.part, d.part) != ("range-start", "range-end", "range-start",
                                                "range-end") \
                or not a.line == b.line == c.line == d.line or not 0 < a.line <= len(lines):
            continue
        line = lines[a.line - 1]
        b_end = b.column - 1 + len(b.written)
        d_end = d.column - 1 + len(d.written)
        if RENDERING_OPENS.fullmatch(line, b_end, c.column - 1) is None \
                or RENDERING_CLOSES.match(line, d_end) is None \
                or line[a.column - 1:d_end].count("(") != 1 \
                or second_rendering(line, b) is not None:
            continue  # a rendering with its own zone: compared end by end below
        values = (a.order_minutes, b.order_minutes, c.order_minutes, d.order_minutes)
        if any(v is None for v in values):
            continue
        first, second = values[1] - values[0], values[3] - values[2]  # type: ignore[operator]
        apart = abs(second - first)
        if apart <= LENGTH_SLACK:
            continue
        days, rest = divmod(apart, DAY)
        if days and min(rest, DAY - rest) <= LENGTH_SLACK:
            # a whole day apart: only the author's own dates on the longer range say so, not
            # a day pmlint carried over midnight
            start, end = (c, d) if second > first else (a, b)
            if start.date is None or end.date is None:
                continue
        yield Problem(c.line, c.column,
                      f"{a.written} - {b.written} runs {span(first * 60)}, but the same range "
                      f"beside it, {c.written} - {d.written}, runs {span(second * 60)}; one "
                      f"of the two is miswritten",
                      end_column=d_end + 1, related_line=a.line, severity="warning",
                      suggestion="write both ranges with the same start and end")


def _range_start_of(ctx: Context, end: Event) -> Event | None:
    """The range start written on the range end's line, before it."""
    return next((e for e in ctx.analysis.on_line(end.line) if e.part == "range-start"
                 and e.column < end.column and e.at is not None and e.clock is not None), None)


def _compared(event: Event, expr: TimeExpr, zone: Zone
              ) -> Iterator[tuple[int | None, Problem]]:
    """A problem if `expr`, in `zone`, is not the moment `event` is, with the gap (None for a
    label slip)."""
    if expr.clock is None:
        return
    written = expr.written if expr.zone is not None else f"{expr.written} ({zone.label})"
    if event.at is None:
        # "02:00 BST (00:01 GMT)" under "4 April", no year: two fixed offsets convert all the
        # same, whatever the day
        yield from _compared_on_fixed_offsets(event, expr, zone, written)
        return
    shown = clock_in(event.at, zone)
    if shown is None:
        return
    said = expr.clock.hour * 60 + expr.clock.minute
    now = shown.hour * 60 + shown.minute
    # nearest, across midnight; half a day apart is later ("8:01 PM" for 8:01 AM)
    off = -((now - said + DAY // 2) % DAY - DAY // 2)
    date = expr.date
    if date is not None and date.year and date.month and date.day:
        # "(2020-06-22 22:45 UTC)": the other clock's day is written, so a day off is too
        try:
            day = dt.date(date.year, date.month, date.day)
        except ValueError:
            return
        off = (day - shown.date()).days * DAY + said - now
    if off == 0:
        return
    twelve = expr.clock.meridiem is not None
    if event.zone is not None and _label_slip(event.at, event.zone, -off) is not None:
        # "CEST 4:00 am / SGT 11:00 am" on a January day: the anchor's own label is the
        # season's slip (CET, an hour less, converts right); tz-dst-mismatch tells it
        return
    partner = _label_slip(event.at, zone, off)
    if partner is not None:
        yield None, Problem(event.line, event.column,
                            f"{written} beside {event.written} is right as a clock, but "
                            f"{zone.label} was not in use on that date: {event.written} is "
                            f"{_clock(now + off, twelve)} {partner}",
                            suggestion=partner, severity="warning")
        return
    right = f"{_clock(now, twelve)} {zone.label}"
    if date is not None:
        right = f"{shown.date().isoformat()} {right}"  # dated as the other rendering is
    yield off, Problem(event.line, event.column,
                       f"{event.written} is {right}, but the line gives {written} beside "
                       f"it ({span(abs(off) * 60)} {'later' if off > 0 else 'earlier'}); "
                       f"one of the two is wrong",
                       suggestion=f"{right}, or correct {event.written}")


# a 12-hour clock with nothing else: "2:14 PM", "9 a.m."
TWELVE_HOUR_ALONE = LazyPattern(r"\d{1,2}(?::\d{2})?[ \t]?[AaPp]\.?[ \t]?[Mm]\.?")


def _restated_on_the_twelve_hour_dial(ctx: Context) -> Iterator[tuple[int | None, Problem]]:
    """A 24-hour time restated at once in parentheses on the 12-hour dial ("14:12 (2:14 PM)
    PDT"), the two a few minutes or hours apart: one of them is wrong. (The same clock told
    twice is one event; see extract._restated_in_twelve_hours.)"""
    lines = ctx.timeline.lines
    by_line: dict[int, list[Event]] = {}
    for event in ctx.timeline.events:
        if event.clock is not None and event.part == "single":
            by_line.setdefault(event.line, []).append(event)
    for number, events in by_line.items():
        line = lines[number - 1] if 0 < number <= len(lines) else ""
        for mine, theirs in pairwise(sorted(events, key=lambda e: e.column)):
            if mine.clock is None or theirs.clock is None or mine.clock.meridiem is not None \
                    or theirs.clock.meridiem is None \
                    or TWELVE_HOUR_ALONE.fullmatch(theirs.written) is None:
                continue  # (a rendering with a zone of its own is `_compared`'s)
            at = line.find(mine.written, mine.column - 1)
            if at < 0 or line[at + len(mine.written):theirs.column - 1].strip() != "(" \
                    or not line[theirs.column - 1 + len(theirs.written):].lstrip().startswith(")"):
                continue
            now = mine.clock.hour * 60 + mine.clock.minute
            said = theirs.clock.hour * 60 + theirs.clock.minute
            off = said - now
            if off == 0:
                continue
            right = _clock(now, True)
            yield off, Problem(mine.line, mine.column,
                               f"{mine.written} is {right}, but the line gives "
                               f"{theirs.written} beside it ({span(abs(off) * 60)} "
                               f"{'later' if off > 0 else 'earlier'}); one of the two is wrong",
                               suggestion=f"{right}, or correct {mine.written}")


def _compared_on_fixed_offsets(event: Event, expr: TimeExpr, zone: Zone, written: str
                               ) -> Iterator[tuple[int | None, Problem]]:
    """`_compared` for an event with no date: only where both zones are fixed offsets."""
    mine = event.zone
    if mine is None or event.clock is None or expr.clock is None \
            or mine.offset_minutes is None or zone.offset_minutes is None:
        return
    now = (event.clock.hour * 60 + event.clock.minute - mine.offset_minutes
           + zone.offset_minutes) % DAY
    said = expr.clock.hour * 60 + expr.clock.minute
    off = -((now - said + DAY // 2) % DAY - DAY // 2)
    if off == 0:
        return
    right = f"{_clock(now, expr.clock.meridiem is not None)} {zone.label}"
    yield off, Problem(event.line, event.column,
                       f"{event.written} is {right}, but the line gives {written} beside "
                       f"it ({span(abs(off) * 60)} {'later' if off > 0 else 'earlier'}); "
                       f"one of the two is wrong",
                       suggestion=f"{right}, or correct {event.written}")


def _clock(minutes: int, twelve_hour: bool) -> str:
    """Minutes after midnight as the author wrote the other rendering: "9:40 PM", "21:40"."""
    hour, minute = divmod(minutes % DAY, 60)
    if not twelve_hour:
        return f"{hour:02d}:{minute:02d}"
    return f"{hour % 12 or 12}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"


STATED = frozenset({"settled", "ambiguous", "section", "declared", "inherited"})


UTC_WRITTEN = re.compile(r"(?:Z|[+]00:?00)['\"]?$", re.IGNORECASE)


def _front_matter_wall_clock(ctx: Context) -> Iterator[Problem]:
    """A front matter's stamp marked as UTC ("date: 2025-05-09T22:00:00Z") whose wall clock,
    date and minute, is the one the body writes under a zone of its own ("22:00 CEST", same
    day): two instants hours apart, and more likely the page's local time marked with a Z
    than two moments that share their figures. Once per front-matter stamp."""
    metadata = ctx.analysis.front_matter
    if not metadata:
        return
    events = [e for e in ctx.timeline.events if e.at is not None and e.clock is not None
              and e.order_minutes is not None and len(e.local) >= 16]
    for stamp in events:
        if stamp.line > metadata or stamp.kind != "field" \
                or UTC_WRITTEN.search(stamp.written.strip()) is None:
            continue
        for body in events:
            if body.line <= metadata or not _zone_stated(body) or body.zone is None \
                    or body.local[:16] != stamp.local[:16]:
                continue
            assert stamp.order_minutes is not None and body.order_minutes is not None
            apart = abs(stamp.order_minutes - body.order_minutes)
            if apart < 30:
                continue
            yield Problem(stamp.line, stamp.column,
                          f"the front matter's {stamp.written.strip()} (UTC) has the wall "
                          f"clock of {body.written} (line {body.line}) in {body.zone.label}, "
                          f"{span(apart * 60)} apart: the front matter may give local time "
                          f"marked as UTC",
                          severity="warning", related_line=body.line,
                          suggestion="give the front matter the instant in UTC, or its "
                                     "offset")
            break


def _zone_stated(event: Event) -> bool:
    """The event's zone is the document's own: written beside it or declared for it, never
    carried from another entry, guessed, or supplied by --tz or a configuration."""
    return all(p.how in STATED for p in event.provenance if p.what == "zone")


HEADER_ZONE = re.compile(r"\((?P<z>[A-Za-z][A-Za-z/_+:\-0-9 ]{0,30})\)")


class _Tables:
    """Each line's table and each table's header zones, read once per document."""

    def __init__(self, lines: tuple[str, ...]) -> None:
        self.lines = lines
        self._tops: list[int] | None = None
        self._heads: dict[int, list[Zone | None]] = {}

    def top(self, index: int) -> int:
        """The first line of the table line `index` is in (0-based)."""
        if self._tops is None:
            self._tops = []
            for i, line in enumerate(self.lines):
                joined = i > 0 and line.lstrip().startswith("|") \
                    and self.lines[i - 1].lstrip().startswith("|")
                self._tops.append(self._tops[i - 1] if joined else i)
        return self._tops[index]

    def zones(self, top: int) -> list[Zone | None]:
        """The zone each header cell names ("Time (PT)"), if any."""
        if top not in self._heads:
            self._heads[top] = [_header_zone(text) for _, _, text in _cells(self.lines[top])]
        return self._heads[top]


def _table_rendering(lines: tuple[str, ...], event: Event, tables: _Tables
                     ) -> tuple[TimeExpr, Zone] | None:
    """A timeline table with a time column per zone ("| Time (UTC) | Time (PT) | Event |"):
    the row's time in another zone's column, nothing but a time."""
    row = lines[event.line - 1]
    if not row.lstrip().startswith("|"):
        return None
    top = tables.top(event.line - 1)
    if top >= event.line - 2:  # the header, its delimiter row, then the rows
        return None
    zoned = tables.zones(top)
    if sum(zone is not None for zone in zoned) < 2:
        return None  # one zone or none named over the columns: nothing to compare
    cells = _cells(row)
    if len(zoned) != len(cells):
        return None
    own = next((k for k, (start, end, _) in enumerate(cells)
                if start <= event.column - 1 < end), None)
    if own is None:
        return None
    for k, zone in enumerate(zoned):
        if k == own or zone is None or event.zone is None or zone.label == event.zone.label:
            continue
        found = scan(cells[k][2])
        if len(found) == 1 and found[0].clock is not None and found[0].date is None \
                and found[0].zone is None and not found[0].clock.oddities \
                and found[0].range_end is None \
                and len(cells[k][2].strip()) == len(found[0].written):
            return found[0], zone
    return None


def _header_zone(head: str) -> Zone | None:
    named = HEADER_ZONE.search(head)
    return zones.parse_zone_option(named.group("z").strip()) if named else None


def _cells(row: str) -> list[tuple[int, int, str]]:
    """A table row's cells: (start, end, text), offsets in the row, outer pipes dropped."""
    bars = [i for i, c in enumerate(row) if c == "|" and (i == 0 or row[i - 1] != "\\")]
    return [(a + 1, b, row[a + 1:b]) for a, b in pairwise(bars)]


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
