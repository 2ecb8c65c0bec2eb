"""The timeline as a careful reader settles it: the stated impact window, and entries whose
AM/PM is evidently wrong with their corrected reading.

Rules and metrics both read these, so one settled reading serves both: ampm-flip reports
a flip, and ordering rules and MTTR reason about the corrected instant.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import Literal

from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.lexer import RENDERING_JOIN, scan
from pmlint.timeline.model import Clock, DateParts, Event, TimeExpr, Timeline
from pmlint.timeline.provenance import day_marked, rollover
from pmlint.timeline.scopes import incident_starts, region_of
from pmlint.timeline.zones import Zone

DAY = 1440.0
FLIP_MIN_JUMP = 8 * 60.0  # a written reading this far from the previous entry is suspect
FLIP_MAX_GAP = 4 * 60.0  # the flipped reading must land this close after it
BACKWARDS_SLACK = 120.0  # as in the normaliser: a step back under two hours is not a new day
WINDOW_SLACK = 60.0


@dataclass(frozen=True)
class Flip:
    """An entry whose meridiem is evidently wrong, and the reading that fixes it."""

    index: int  # in timeline.events
    minutes: float  # corrected instant on the common axis
    corrected: str  # "10:45 PM"
    reason: str  # "restores the order" | "puts it inside the summary's window"
    # the last entry, read as the next morning, with nothing after it to say which reading
    # is the slip ("6:40 PM", then "8:15 AM"): a guess, not a certainty
    tentative: bool = False
    # the one entry the slip is judged against, when it is not the entry before it (a
    # status log's update that opened the incident, under the resolution that precedes it)
    against: int | None = None
    # minutes the entries after it move with the correction, when not worked out from its
    # own day: "9:45 PM", then "10:00 AM" rolled to the next day; 9:45 PM read as 9:45 AM
    # on its own day takes the entries after it back the day its PM had added
    after_shift: float | None = None
    # a reading that follows from another entry's correction, no slip of its own: "1:15"
    # read with the PM of a "12:30 PM" that was midnight's
    silent: bool = False


@dataclass(frozen=True)
class Window:
    """The impact window the document states: from its summary, fields or a range."""

    start: Event | None
    end: Event | None


def same_axis(a: Event, b: Event) -> bool:
    """Whether two instants can be compared: both with a full date, both year-less, or both
    without a date (their order_minutes then use the same stand-in)."""
    def kind(event: Event) -> str:
        local = event.local
        if local[:1].isdigit():
            return "dated"
        return "year-less" if local.startswith("--") else "undated" if local else "unknown"
    return kind(a) == kind(b) != "unknown"


def zone_unknown_between(a: Event, b: Event, front_matter: int) -> bool:
    """One of the two is a front matter's stamp (lines 1..`front_matter`), the other a time
    of the text whose zone pmlint took from the front matter, the only one the document
    states (a status page's "resolvedWhen: 2023-01-20T12:46:02Z" over "7:46 AM", which may
    be its author's own clock): how far apart they are is not known, the hours between them
    may be the author's offset."""
    if not front_matter:
        return False
    for stamp, told in ((a, b), (b, a)):
        if stamp.line <= front_matter < told.line and any(
                p.what == "zone" and p.how in ("only", "carried") and p.line is not None
                and p.line <= front_matter for p in told.provenance):
            return True
    return False


def restores(event: Event) -> bool:
    """An entry that restores service: a resolution, or a mitigation or a deploy whose words
    also say resolved ("restarted apache; the page was back", "the new certificate deployed,
    and customers able to access the site"). An administrative marker ("incident set to
    resolved") or an escalation "for resolution" restores nothing."""
    return event.phase == "resolution" or (
        event.phase in ("mitigation", "trigger") and "resolution" in event.also)


@dataclass(frozen=True)
class Slip:
    """A summary range the normaliser had to carry past midnight (its end is earlier on the
    clock than its start) which the timeline contradicts: its end's AM/PM is wrong ("from
    ~11 AM to 12:30 AM", the timeline 1.5 h long: 12:30 PM), or it is written end first
    ("from 5:00 pm to 3:00 pm", the timeline one afternoon from 3 to 5)."""

    kind: Literal["meridiem", "end-first"]
    start: Event
    end: Event
    corrected: str | None  # "12:30 PM", for a meridiem slip
    minutes: float | None  # the corrected end on the common axis, for a meridiem slip
    first: Event  # the timeline's first and last entries, which contradict the range
    last: Event
    shift: float = 0.0  # minutes the whole range moves: a day, when its date is the end's


def stated_window(timeline: Timeline) -> Window:
    """The impact window: the summary's first range, else Start/End fields, else the first
    start-like and end-like summary times. A range the timeline shows to be slipped (see
    `window_slip`) is read as corrected, or, written end first, not read at all."""
    window = _written_window(timeline)
    slip = window_slip(timeline, window)
    if slip is None:
        return window
    if slip.kind == "end-first" or slip.minutes is None:
        return Window(None, None)
    start = slip.start
    if slip.shift and start.order_minutes is not None:
        start = _moved(start, start.order_minutes + slip.shift)  # on the end's written date
    return Window(start, _moved(slip.end, slip.minutes))


def window_slip(timeline: Timeline, window: Window | None = None) -> Slip | None:
    """The stated window's range, when the timeline shows it slipped (see `Slip`)."""
    window = window or _written_window(timeline)
    start, end = window.start, window.end
    if (start is None or end is None or start.part != "range-start" or end.part != "range-end"
            or start.line != end.line or end.clock is None or start.order_minutes is None
            or end.order_minutes is None):
        return None
    # the normaliser carried the range across midnight: its end to the next day ("from
    # 11 AM to 12:30 AM"), or, the date written at the end, its start to the day before
    step = rollover(end.provenance) if end.date is None else rollover(start.provenance)
    if step is None or step.how not in ("range-end", "overnight-range"):
        return None
    entries = [e for _, e in timeline_entries(timeline) if same_axis(e, start)
               and e.order_minutes is not None]
    if len(entries) < 2:
        return None
    values = [e.order_minutes for e in entries if e.order_minutes is not None]
    first = entries[values.index(min(values))]
    last = entries[values.index(max(values))]
    t_min, t_max = min(values), max(values)
    # "between 07:05am and 12:43am UTC on January 25": the date is the end's, and the start
    # was taken to the evening before; the entries may carry either day, so the range is
    # also tried as written, both ends on the end's day
    shifts = (0.0, DAY) if step.how == "overnight-range" else (0.0,)
    for shift in shifts if end.clock.meridiem is not None else ():
        s, rolled = start.order_minutes + shift, end.order_minutes + shift
        written = rolled - DAY  # the end on the start's day, as written
        flipped = written + DAY / 2 if end.clock.meridiem == "am" else written - DAY / 2
        if s < flipped < rolled and _ends_the_timeline(flipped, t_max, end.clock.hour) \
                and t_min >= s - 4 * WINDOW_SLACK and rolled - t_max >= 4 * WINDOW_SLACK:
            clock = end.clock
            other = "PM" if clock.meridiem == "am" else "AM"
            seconds = f":{clock.second:02d}" if clock.second is not None else ""
            return Slip("meridiem", start, end,
                        f"{clock.hour % 12 or 12}:{clock.minute:02d}{seconds} {other}",
                        flipped, first, last, shift)
    s, rolled = start.order_minutes, end.order_minutes
    written = rolled - DAY
    if written < s and abs(t_min - written) <= WINDOW_SLACK \
            and abs(t_max - s) <= WINDOW_SLACK:
        return Slip("end-first", start, end, None, None, first, last)
    return None


def _ends_the_timeline(flipped: float, t_max: float, hour: int) -> bool:
    """The range's end, its AM/PM swapped, meets the timeline's last entry (within an hour);
    "12:43 AM" for 12:43 PM, the slip everyone makes with the twelfth hour, may also fall a
    few hours after it (the all-clear given some time after the last entry)."""
    if hour % 12 == 0:
        return t_max - WINDOW_SLACK <= flipped <= t_max + 4 * WINDOW_SLACK
    return abs(t_max - flipped) <= WINDOW_SLACK


def _moved(event: Event, minutes: float) -> Event:
    """The event read `minutes` on the common axis instead, its instant moved with it."""
    delta = minutes - (event.order_minutes or 0.0)
    at = event.at.add(minutes=int(delta)) if event.at is not None else None
    local = event.local
    if at is not None:
        local = at.strftime("%Y-%m-%dT%H:%M") + (
            at.strftime(":%S") if event.clock is not None and event.clock.second is not None
            else "")
    return replace(event, order_minutes=minutes, at=at, local=local)


@lru_cache(maxsize=1)  # read for the stated window and again for its slip (by identity)
def _written_window(timeline: Timeline) -> Window:
    """The impact window as written (see `stated_window`); in an incident log, the first
    incident's."""
    incidents = incident_starts(timeline)
    return _window_among(timeline, 0 if not incidents else incidents[1])


def incident_window(timeline: Timeline, line: int) -> Window:
    """In an incident log, the window recorded for the incident `line` belongs to: of its
    start fields ("start:", "Started:", planned ones too), the one nearest the line, if it
    is the incident's start, with the first end field below it ("stop:", "End:"). A log's
    record of each incident ("start: ... stop: ... length: ...") is read so; its prose is
    not. Empty outside an incident log or with no such pair."""
    from pmlint.timeline.phases import FIELD_PHASES

    incidents = incident_starts(timeline)
    if not incidents:
        return Window(None, None)
    at = bisect_right(incidents, line) - 1
    first = incidents[at] if at >= 0 else 0
    below = incidents[at + 1] if at + 1 < len(incidents) else None
    fields = [e for e in timeline.events
              if e.source == "summary" and e.kind == "field" and first <= e.line
              and (below is None or e.line < below)]
    starts = [e for e in fields if FIELD_PHASES.get(e.field_name or "") == "start"]
    if not starts:
        return Window(None, None)
    start = min(starts, key=lambda e: abs(e.line - line))
    if start.phase != "start" or start.clock is None or start.order_minutes is None:
        return Window(None, None)
    end = next((e for e in fields if e.line > start.line and e.phase in ("end", "resolution")
                and e.clock is not None and e.order_minutes is not None), None)
    return Window(start, end)


def _window_among(timeline: Timeline, below: int) -> Window:
    """The window written on the lines above `below` (0: in the whole document)."""
    events = [e for e in timeline.events
              if e.source == "summary" and e.order_minutes is not None
              and (not below or e.line < below)]
    start = next((e for e in events if e.kind == "field" and e.phase == "start"
                  and e.clock is not None), None)
    end = next((e for e in events if e.kind == "field" and e.phase in ("end", "resolution")
                and e.clock is not None), None)
    for i, e in enumerate(events):
        if e.part == "range-start" and e.clock is not None and i + 1 < len(events):
            after = events[i + 1]
            if after.part == "range-end" and after.clock is not None \
                    and after.phase != "other" and (
                    e.phase == "start" or (e.kind == "prose" and e.phase != "other")) \
                    and not _told_after(e, after) \
                    and not _days_before_the_fields(e, after, start, end) \
                    and not _after_a_stated_start(e, events[:i]):
                return Window(e, after)
    if start is None:
        start = next((e for e in events if e.phase == "start" and e.clock is not None), None)
    if end is None:
        end = next((e for e in events if e.phase in ("end", "resolution")
                    and e.clock is not None), None)
        if end is not None and end.kind == "prose":
            end = _last_stage_told(events, end)
    return Window(start, end)


def _last_stage_told(events: list[Event], first: Event) -> Event:
    """Of the ends a summary tells in the sentences that follow its first (by a few lines),
    the latest: "By 8:31am the frontend was back up ... New mail was no longer delayed
    starting at 10:28am, but 5 million messages took until 8am on 11/4 to finish sending"
    ends at the last stage, not the first component's recovery."""
    later = [e for e in events if e.kind == "prose" and e.phase in ("end", "resolution")
             and e.clock is not None and first.line <= e.line <= first.line + STAGES_REACH
             and e.order_minutes is not None and first.order_minutes is not None
             and same_axis(e, first)]
    return max(later, key=lambda e: e.order_minutes or 0.0, default=first)


STAGES_REACH = 3  # lines below the first end a summary's later stages are told in


def _after_a_stated_start(range_start: Event, before: list[Event]) -> bool:
    """A prose range that opens after the incident's start, said on an earlier line of the
    summary ("starting at 19:42 CEST, an attack ..." above "Between 20:15 and 20:28,
    platform checks were performed"): a later step's window, not the impact's. (A range
    whose start is itself a field's, "Start: ...", is the window; so is one a day or more
    after that start: another episode's.)"""
    if range_start.kind != "prose" or range_start.order_minutes is None:
        return False
    return any(e.phase == "start" and e.part == "single" and e.clock is not None
               and e.line < range_start.line and e.order_minutes is not None
               and range_start.order_minutes - DAY < e.order_minutes < range_start.order_minutes
               and same_axis(e, range_start)
               for e in before)


def _days_before_the_fields(range_start: Event, range_end: Event, start: Event | None,
                            end: Event | None) -> bool:
    """A range in the summary dated, start and end, days before the Start and End fields'
    incident ("the alert had been muted since last week's maintenance (2025-08-27
    22:00-23:30 UTC)"): background, not the impact window the fields give. (A range that
    runs up to the fields' start, "from Jun 9 to Jun 13" over "Started: Jun 13", is the
    impact the fields' record opened on.)"""
    if start is None or end is None or start.at is None or range_start.at is None \
            or range_end.at is None or range_start.date is None \
            or range_start.date.day is None:
        return False
    return (start.at - range_start.at).total_seconds() >= 2 * 86400 \
        and (start.at - range_end.at).total_seconds() >= 86400


def _told_after(start: Event, end: Event) -> bool:
    """A range in a "Recurrence" or "Prevention" section's text: the normaliser gave both
    ends no phase ("deployed at 14:25-14:35 UTC" in "Recurrence #2"), as it gives every
    other prose range a start and an end."""
    return start.kind == "prose" and start.phase == "other" and end.phase == "other"


def timeline_entries(timeline: Timeline) -> list[tuple[int, Event]]:
    """Timeline entries with a clock, in document order, with their event index."""
    return [(i, e) for i, e in enumerate(timeline.events)
            if e.source == "timeline" and e.clock is not None and e.part != "range-end"
            and e.order_minutes is not None]


def find_flips(timeline: Timeline, window: Window | None = None) -> dict[int, Flip]:
    """Entries whose other meridiem restores the order or fits the stated window."""
    entries = timeline_entries(timeline)
    # a date written between two entries ("_7/6/23_" on a line of its own) starts a new day,
    # however it was classed: a jump of half a day across it is no AM/PM slip
    first = entries[0][1].line if entries else 0
    last = entries[-1][1].line if entries else 0
    dated_lines = [e.line for e in timeline.events
                   if e.clock is None and e.date is not None and e.date.day is not None
                   and (e.source == "timeline" or first < e.line < last)]
    # "7:30AM to 8:00PM: debugging": the entry lasts until its range's end, and the next
    # entry follows that end, not the start
    ends = {i - 1: e.order_minutes for i, e in enumerate(timeline.events)
            if e.part == "range-end" and e.order_minutes is not None and i > 0
            and timeline.events[i - 1].part == "range-start"
            and timeline.events[i - 1].source == "timeline"}
    window = window or stated_window(timeline)
    if newest_first(entries):
        # a status log lists updates newest first: read it from the bottom up, and correct
        # only entries that write their own date (the normaliser carries days forward); on
        # a page of several incidents, each incident's updates on their own, against no
        # stated window (its incidents overlap in time: one's update above another's says
        # nothing of either's AM or PM)
        incidents = _incident_runs(timeline, entries)
        flips = {}
        for run in incidents:
            flips.update(_find_flips(run[::-1], window if len(incidents) == 1
                                     else Window(None, None), [], dated_only=True))
        return {**_resolved_before_opened(entries, flips, timeline.lines), **flips}
    parts = numbered_parts(entries)
    if parts:
        # "(1)" and "(2)", or "Incident 1" and "Incident 2", over entries of their own: each
        # part is read on its own, and against no stated window (which part it is, the
        # summary may not say): half a day between two parts is no AM/PM slip
        found: dict[int, Flip] = {}
        for part in parts:
            found.update(_blame_the_one_before(
                part, _find_flips(part, Window(None, None), dated_lines, ends)))
        return found
    # the times the prose tells between two entries ("- Early morning, about 06:30am CEST,
    # investigation started"): where they run on past an entry's other AM/PM, the author's
    # own order says the entry was written as meant
    told = [(e.line, e.order_minutes) for e in timeline.events
            if e.source != "timeline" and e.clock is not None and e.order_minutes is not None
            and first < e.line < last]
    flips = _find_flips(entries, window, dated_lines, ends, told=told)
    flips.update(_afternoon_on_a_twelve_hour_clock(entries, dated_lines))
    return _noon_written_for_midnight(entries, flips) or _blame_the_one_before(entries, flips)


def _incident_runs(timeline: Timeline, entries: list[tuple[int, Event]]
                   ) -> list[list[tuple[int, Event]]]:
    """The entries of each incident `incident_starts` finds, in the document's order (all
    of them in one run for a document of one incident)."""
    starts = incident_starts(timeline)
    if len(starts) < 2:
        return [entries]
    runs: dict[int, list[tuple[int, Event]]] = {}
    for index, event in entries:
        runs.setdefault(region_of(starts, event.line), []).append((index, event))
    return list(runs.values())


AFTERNOON_RUN_MAX = 8  # entries a slip into the 12-hour clock may last


def _afternoon_on_a_twelve_hour_clock(entries: list[tuple[int, Event]],
                                      dated_lines: list[int]) -> dict[int, Flip]:
    """A log on the 24-hour clock that slips into the 12-hour clock for a stretch after
    noon: "12:00", then "01:16", "01:47", "01:56", then "14:03". As written the stretch is
    the next day's small hours, half a day after the entry before it and half a day before
    the one after it (or, on a written date, hours back before it); twelve hours on, it
    runs on between them. Only a stretch with an
    afternoon entry on each side, no date written or day marked from the one to the other,
    and no AM/PM anywhere in the log."""
    clocks = [e.clock for _, e in entries]
    if any(c is None or c.meridiem is not None for c in clocks) \
            or not any(c is not None and c.hour >= 13 for c in clocks):
        return {}
    found: dict[int, Flip] = {}
    n = 0
    while n < len(entries) - 2:
        before = entries[n][1]
        run_end = n + 1
        while run_end < len(entries) and run_end - n <= AFTERNOON_RUN_MAX \
                and _small_hour(entries[run_end][1]):
            run_end += 1
        if run_end == n + 1 or run_end >= len(entries):
            n = run_end
            continue
        run, after = entries[n + 1:run_end], entries[run_end][1]
        flips = _afternoon_run(before, run, after, dated_lines)
        found.update(flips)
        n = run_end
    return found


def _small_hour(event: Event) -> bool:
    clock = event.clock
    return clock is not None and 1 <= clock.hour <= 11 and event.date is None \
        and not clock.oddities and event.order_minutes is not None


def _afternoon_run(before: Event, run: list[tuple[int, Event]], after: Event,
                   dated_lines: list[int]) -> dict[int, Flip]:
    """The stretch's entries read twelve hours on, when that reading runs on from the entry
    before to the one after and the written one jumps half a day twice; empty otherwise."""
    first, last = before.clock, after.clock
    if first is None or last is None or first.hour < 12 or last.hour < 13 \
            or before.order_minutes is None or after.order_minutes is None \
            or after.date is not None or first.oddities or last.oddities \
            or any(before.line < line < after.line for line in dated_lines) \
            or any(day_marked(e.provenance) for _, e in run) or day_marked(after.provenance):
        return {}
    written = [e.order_minutes for _, e in run]
    start, end = before.order_minutes, after.order_minutes
    if written[0] is None or written[-1] is None or end - written[-1] < FLIP_MIN_JUMP \
            or start - BACKWARDS_SLACK <= written[0] < start + FLIP_MIN_JUMP:
        return {}  # as written, neither half a day on nor back before the entry before
    later: list[float] = []
    previous = start
    for value in written:
        assert value is not None
        moved = _nearest_after(value + DAY / 2, previous)
        if not 0 <= moved - previous <= FLIP_MAX_GAP:
            return {}
        later.append(moved)
        previous = moved
    end_moved = _nearest_after(end, previous)
    if not 0 <= end_moved - previous <= FLIP_MAX_GAP:
        return {}
    shift = end_moved - end  # the entries after the stretch go back the day it added
    as_written = ("is the next day's small hours, half a day on" if written[0] > start
                  else f"comes hours before {before.written}")
    reason = (f"keeps the 24-hour clock in order between {before.written} (line "
              f"{before.line}) and {after.written} (line {after.line}); as written it "
              f"{as_written}")
    flips: dict[int, Flip] = {}
    for (index, event), moved in zip(run, later, strict=True):
        clock = event.clock
        assert clock is not None
        digits = len(clock.written) - len(clock.written.lstrip("0123456789"))
        corrected = f"{clock.hour + 12}{clock.written[digits:]}"
        flips[index] = Flip(index, moved, corrected, reason, after_shift=shift or None)
    return flips


# the scope of a numbered part of a log of several incidents: "(2) Upload outage (line 9)",
# "Incident 2: login service (line 30)"
NUMBERED_PART = LazyPattern(r"(?:\([1-9]\)|incident[ \t]++#?[1-9](?![0-9]))", re.IGNORECASE)


def numbered_parts(entries: list[tuple[int, Event]]) -> list[list[tuple[int, Event]]]:
    """The entries of each numbered part, when every entry lies under one of two or more
    numbered parts' labels; empty otherwise."""
    parts: dict[str, list[tuple[int, Event]]] = {}
    for index, event in entries:
        if event.scope is None or NUMBERED_PART.match(event.scope) is None:
            return []
        parts.setdefault(event.scope, []).append((index, event))
    return list(parts.values()) if len(parts) > 1 else []


def _resolved_before_opened(entries: list[tuple[int, Event]], flips: Mapping[int, Flip],
                            lines: tuple[str, ...]) -> dict[int, Flip]:
    """In a status log listed newest first, an update that restores service ("Resolved -
    This incident has been resolved.", Sep 03, 06:45 AM) earlier on the same written date
    than the update listed right below it, which opened the incident ("Investigating",
    Sep 03, 09:57 AM): a resolution cannot come before its own start, and when the other
    AM/PM of exactly one of the two puts the resolution after the opening, on that date,
    that one is the slip. Either may be: "06:45 AM" meant 06:45 PM, or "10:27 PM" under a
    "09:33 PM" resolution meant 10:27 AM."""
    found: dict[int, Flip] = {}
    for (i, upper), (j, lower) in pairwise(entries):
        if i in flips or j in flips or not restores(upper) or restores(lower) \
                or upper.date is None or lower.date is None or upper.date.day is None \
                or _other_written_day(upper, lower) \
                or not one_block(lines, upper.line, lower.line) \
                or _impossible_hour(upper.clock) or _impossible_hour(lower.clock):
            continue
        a, b = upper.order_minutes, lower.order_minutes
        if a is None or b is None or a >= b:
            continue
        fixes = []
        for index, event, value in ((i, upper, a), (j, lower, b)):
            clock = event.clock
            if clock is None or clock.meridiem is None or clock.oddities:
                continue
            flipped = value + (DAY / 2 if clock.meridiem == "am" else -DAY / 2)
            if (flipped >= b if event is upper else flipped <= a):
                hour12 = clock.hour % 12 or 12
                other = "PM" if clock.meridiem == "am" else "AM"
                seconds = f":{clock.second:02d}" if clock.second is not None else ""
                reason = ("puts the resolution after the update that opened the incident, "
                          "on the date both give")
                fixes.append(Flip(index, flipped,
                                  f"{hour12}:{clock.minute:02d}{seconds} {other}", reason,
                                  against=j if event is upper else i))
        if len(fixes) == 1:
            found[fixes[0].index] = fixes[0]
    return found


# A heading line ("#### January 29, 2024", or a setext underline): what follows it is
# another incident's (or day's) block
BLOCK_HEADING = LazyPattern(r"[ \t]{0,3}+(?:#{1,6}[ \t]|-{3,}[ \t]*+$|={3,}[ \t]*+$)")


def one_block(lines: tuple[str, ...], first: int, second: int) -> bool:
    """No heading stands between lines `first` and `second` (1-based): the two belong to one
    block, one incident's updates, not two incidents' listed one after the other."""
    return not any(BLOCK_HEADING.match(lines[n - 1]) for n in range(first + 1, second)
                   if 0 < n <= len(lines))


def _impossible_hour(clock: Clock | None) -> bool:
    """"13:49 AM", "00:42 AM": a 24-hour hour its AM contradicts orders nothing ("17:43 PM"
    is 17:43 either way)."""
    return clock is not None and bool(clock.oddities) and clock.meridiem == "am"


def newest_first(entries: list[tuple[int, Event]]) -> bool:
    """Most steps between entries go back in time: a log listed newest first."""
    values = [e.order_minutes for _, e in entries]
    steps = [b - a for a, b in pairwise(values)
             if a is not None and b is not None]
    back = sum(step < 0 for step in steps)
    return back >= 2 and back > sum(step > 0 for step in steps)


def carried_shifts(timeline: Timeline, flips: Mapping[int, Flip]) -> dict[int, float]:
    """Corrections for the entries after a flipped one that carried its day.

    The normaliser rolls 09:34 AM after 09:11 PM to the next day, and the entries after it
    carry that day; once 09:34 AM is read as 9:34 PM, they move back with it, up to the
    next written date.
    """
    dated_lines = [e.line for e in timeline.events
                   if e.source == "timeline" and e.clock is None and e.date is not None]
    shifts: dict[int, float] = {}
    shift = 0.0
    previous_line = 0
    corrected: float | None = None  # the entry just before, flipped: its corrected minutes
    for index, event in timeline_entries(timeline):
        if event.date is not None or any(previous_line < line < event.line
                                         for line in dated_lines):
            shift = 0.0  # a written date ends what was carried
            corrected = None
        previous_line = event.line
        flip = flips.get(index)
        clock = event.clock
        if flip is not None and flip.after_shift is not None:
            shift = flip.after_shift
            corrected = None
        elif flip is not None and clock is not None and event.order_minutes is not None:
            meridiem = DAY / 2 if clock.meridiem == "am" else -DAY / 2
            shift = round((flip.minutes - event.order_minutes - meridiem) / DAY) * DAY
            corrected = flip.minutes
        else:
            if not shift and corrected is not None and event.order_minutes is not None \
                    and rollover(event.provenance) is not None \
                    and corrected <= event.order_minutes - DAY:
                # "11:45 PM", "12:10 PM" (12:10 AM meant), "12:40 AM": the day the last one
                # rolled over to was the wrong reading's; after 12:10 AM it is that same day
                shift = -DAY
            corrected = None
            if shift:
                shifts[index] = shift
    return shifts


def _flipped_suffix(entries: list[tuple[int, Event]], flips: Mapping[int, Flip]) -> int | None:
    """The position from which every entry to the end was flipped, two or more; else None."""
    flipped = [n for n, (i, _) in enumerate(entries) if i in flips]
    if len(flipped) < 2 or flipped != list(range(flipped[0], len(entries))):
        return None
    return flipped[0]


def _noon_written_for_midnight(entries: list[tuple[int, Event]], flips: dict[int, Flip]
                               ) -> dict[int, Flip]:
    """"12PM", "12:30pm", "1:15", then "2am", "3am", "4am" to the end: the night's schedule
    opened with noon's "12 PM" written for midnight, the commonest AM/PM slip, and the
    entries after it are right as written. Every entry from some point to the end flipped
    AM to PM, and right before them a run opened by a "12:xx PM" whose other entries are
    "12:xx PM" too or carry its PM unwritten ("1:15"): each such "12:xx PM" is the slip,
    12:xx AM, and an entry that only carried its PM is read with AM, silently. Empty
    unless that reading runs in order from the entry before the run into the flipped ones as
    written, each step within the gap a flip may close."""
    start = _flipped_suffix(entries, flips)
    if start is None or any(entries[n][1].clock.meridiem != "am"  # type: ignore[union-attr]
                            for n in range(start, len(entries))):
        return {}
    first = start
    while first > 0 and _noon_or_its_pm(entries[first - 1][1]):
        first -= 1
    while first < start and not _at_noon(entries[first][1]):
        first += 1  # the run opens with its "12 PM"
    if first == start:
        return {}
    moved = [(index, event, event.order_minutes + DAY / 2)  # type: ignore[operator]
             for index, event in entries[first:start]]
    before = entries[first - 1][1].order_minutes if first > 0 else None
    steps = [before, *(minutes for _, _, minutes in moved), entries[start][1].order_minutes]
    if any(a is not None and b is not None and not 0 <= b - a <= FLIP_MAX_GAP
           for a, b in pairwise(steps)):
        return {}
    found: dict[int, Flip] = {}
    after = entries[start][1]
    noon = entries[first][1]
    for index, event, minutes in moved:
        clock = event.clock
        assert clock is not None
        seconds = f":{clock.second:02d}" if clock.second is not None else ""
        if clock.meridiem is None:  # its PM was carried: no slip of its own
            found[index] = Flip(index, minutes, f"{clock.hour}:{clock.minute:02d}{seconds} AM",
                                f"{noon.written.strip()} (line {noon.line})", silent=True)
            continue
        found[index] = Flip(
            index, minutes, f"12:{clock.minute:02d}{seconds} AM",
            f"puts it {'at' if clock.minute == 0 else 'after'} midnight, and the entries "
            f"after it, from {after.written.strip()} on line {after.line}, run on from it as "
            "written")
        noon = event
    last = found[entries[start - 1][0]]
    found[last.index] = replace(last, after_shift=0.0)
    return found


def _at_noon(event: Event) -> bool:
    clock = event.clock
    return clock is not None and clock.meridiem == "pm" and clock.hour == 12 \
        and event.date is None and not clock.oddities and event.order_minutes is not None


def _noon_or_its_pm(event: Event) -> bool:
    """A "12:xx PM" entry, or one whose PM was carried from the 12-hour times before it."""
    clock = event.clock
    if _at_noon(event):
        return True
    return clock is not None and clock.meridiem is None and 1 <= clock.hour <= 11 \
        and event.date is None and not clock.oddities and event.order_minutes is not None \
        and any(note.what == "meridiem" and note.how == "continued"
                and note.value.endswith("PM") for note in event.provenance)


def _blame_the_one_before(entries: list[tuple[int, Event]], flips: dict[int, Flip]
                          ) -> dict[int, Flip]:
    """When every entry from some point to the end was flipped, the wrong one is more
    likely the single entry just before them: 2:17 AM, then 2:20 PM, 2:22 PM, ... ."""
    start = _flipped_suffix(entries, flips)
    if start is None or start == 0:
        return flips
    k = start - 1
    index, event = entries[k]
    clock = event.clock
    if clock is None or clock.meridiem is None or event.date is not None or clock.oddities \
            or event.order_minutes is None:
        return flips
    after = entries[k + 1][1].order_minutes
    assert after is not None
    candidate = _nearest_after(event.order_minutes + (DAY / 2 if clock.meridiem == "am"
                                                      else -DAY / 2), after - FLIP_MAX_GAP)
    before = entries[k - 1][1].order_minutes if k > 0 else None
    fits = 0 <= after - candidate <= FLIP_MAX_GAP and (
        before is None or 0 <= candidate - before <= FLIP_MAX_GAP)
    if not fits:
        return flips
    hour12 = clock.hour % 12 or 12
    other = "PM" if clock.meridiem == "am" else "AM"
    seconds = f":{clock.second:02d}" if clock.second is not None else ""
    # the entries after it were rolled to the next day because of its written PM: read
    # with its other meridiem it stays on its own day, and they go back the days they took
    rolled = entries[k + 1][1].rolled_days - event.rolled_days
    days = round((candidate - (event.order_minutes - DAY / 2)) / DAY)
    after_shift = None
    if clock.meridiem == "pm" and rolled > 0 and days == rolled \
            and (before is None or candidate - days * DAY >= before):
        candidate, after_shift = candidate - days * DAY, -days * DAY
    # the first entry, in the afternoon or evening, and the rest the next morning as written
    # ("3:00 p.m. the train failed", "4:00 a.m. repairs went on", "6:20 a.m. restored"): a
    # night passing as well as "3:00 AM" mistyped, and no entry before it says which
    overnight = k == 0 and clock.meridiem == "pm" and rolled > 0 and all(
        e.clock is not None and e.clock.meridiem == "am" for _, e in entries[1:])
    return {index: Flip(index, candidate, f"{hour12}:{clock.minute:02d}{seconds} {other}",
                        "fits the entries around it, which all agree",
                        after_shift=after_shift, tentative=overnight)}


def _find_flips(entries: list[tuple[int, Event]], window: Window,
                dated_lines: list[int], ends: Mapping[int, float] | None = None,
                dated_only: bool = False,
                told: Sequence[tuple[int, float]] = ()) -> dict[int, Flip]:
    flips: dict[int, Flip] = {}
    previous_line = 0
    w_start = window.start.order_minutes if window.start else None
    w_end = window.end.order_minutes if window.end else None
    previous: float | None = None
    for position, (index, event) in enumerate(entries):
        value = event.order_minutes
        assert value is not None
        clock = event.clock
        assert clock is not None
        # a day the author marked starts a new day as a written date does: the entry says
        # so ("10:45 AM (next day)") or a day heading stands above it ("**Day 2**",
        # "### Wednesday"), and a jump of half a day to it is the night passing
        new_day = any(previous_line < line < event.line for line in dated_lines) \
            or day_marked(event.provenance)
        line_before, previous_line = previous_line, event.line
        dated = None if previous is None or new_day else _dated_flip(
            entries, position, previous, (w_start, w_end))
        if dated is not None:
            flips[index] = dated
            previous = dated.minutes
            continue
        if previous is None or clock.meridiem is None or event.date is not None \
                or clock.oddities or new_day or dated_only:
            previous = value
            continue
        written = value  # the normaliser's reading, days and all: one axis for every rule
        flipped = _nearest_after(value + (DAY / 2 if clock.meridiem == "am" else -DAY / 2),
                                 previous)
        gap_written, gap_flipped = written - previous, flipped - previous
        reason = None
        inside_w = _inside(written, w_start, w_end)
        if inside_w is True and _noon_hour_slip_in_both(clock, window):
            inside_w = None  # the window's end is the same "12:30 AM", so it settles nothing
        inside_f = _inside(flipped, w_start, w_end)
        if inside_f is True and inside_w is False and gap_flipped >= -BACKWARDS_SLACK:
            reason = "puts it inside the window the summary states"
        elif inside_w is not True and gap_written >= FLIP_MIN_JUMP \
                and 0 <= gap_flipped <= FLIP_MAX_GAP \
                and _next_agrees(entries, position, flipped, written) \
                and (event.rolled_days > 0 or _next_comes_back(entries, position, written)
                     or _same_slip_as_before(entries, position, flips)) \
                and not _part_of_day_agrees(event) \
                and not any(line_before < line < event.line and flipped < minutes < written
                            for line, minutes in told):
            reason = "restores the order of the timeline"
        if reason is None:
            previous = value
            end = (ends or {}).get(index)
            if end is not None and 0 <= end - value < DAY:
                previous = end  # a range entry: the next one follows its end
            continue
        hour12 = clock.hour % 12 or 12
        other = "PM" if clock.meridiem == "am" else "AM"
        seconds = f":{clock.second:02d}" if clock.second is not None else ""
        # a last entry read on the next day has nothing after it to say which reading is the
        # slip: "6:40 PM rebuild started", then "8:15 AM caught up" is the next morning as
        # well as 8:15 PM mistyped
        guess = reason.startswith("restores") and event.rolled_days > 0 \
            and position + 1 >= len(entries)
        flips[index] = Flip(index, flipped, f"{hour12}:{clock.minute:02d}{seconds} {other}",
                            reason, tentative=guess)
        previous = flipped
    return flips


def _noon_hour_slip_in_both(clock: Clock, window: Window) -> bool:
    """The entry and the window's end are both written in the hour after midnight with AM
    ("from 10:40 AM to 12:15 AM", "12:15 AM: back to normal"): the one slip that writes half
    past noon as 12:30 AM, made in both places, so the window cannot tell which was meant."""
    end = window.end.clock if window.end is not None else None
    return (clock.meridiem == "am" and clock.hour == 0 and end is not None
            and end.meridiem == "am" and end.hour == 0)


def _dated_flip(entries: list[tuple[int, Event]], position: int, previous: float,
                window: tuple[float | None, float | None]) -> Flip | None:
    """An entry with its date written, about 12 hours out of order on that date, which the
    other AM/PM puts in order: "2022-06-02 09:40 AM" between 08:25 PM and 10:05 PM that
    day. A date makes a forward jump deliberate, so only a step the order contradicts (back
    from the entry before, or past the entry after) is corrected, and the corrected reading
    must land in order with both neighbours."""
    index, event = entries[position]
    clock = event.clock
    value = event.order_minutes
    if event.date is None or clock is None or clock.meridiem is None or clock.oddities \
            or value is None:
        return None
    flipped = value + (DAY / 2 if clock.meridiem == "am" else -DAY / 2)
    nxt = None
    if position + 1 < len(entries):
        nxt = entries[position + 1][1].order_minutes
    written_wrong = value - previous < -BACKWARDS_SLACK or (
        nxt is not None and nxt < value - BACKWARDS_SLACK)
    # the next entry must follow the corrected reading closely, unless it is dated another
    # day (a status log's next incident, weeks later): then only in order
    next_day = position + 1 < len(entries) and _other_written_day(event,
                                                                   entries[position + 1][1])
    fits = 0 <= flipped - previous <= FLIP_MAX_GAP and (
        nxt is None or 0 <= nxt - flipped <= FLIP_MAX_GAP
        or (next_day and nxt - flipped >= FLIP_MAX_GAP))
    if not (written_wrong and fits):
        return None
    if _inside(value, *window) is True and _inside(flipped, *window) is False:
        return None
    hour12 = clock.hour % 12 or 12
    other = "PM" if clock.meridiem == "am" else "AM"
    seconds = f":{clock.second:02d}" if clock.second is not None else ""
    return Flip(index, flipped, f"{hour12}:{clock.minute:02d}{seconds} {other}",
                "puts it in order on the date it gives")


def _other_written_day(event: Event, other: Event) -> bool:
    """Both entries write their date, and the dates differ."""
    a, b = event.date, other.date
    return a is not None and b is not None and a.day is not None and b.day is not None \
        and (a.year, a.month, a.day) != (b.year, b.month, b.day)


def _nearest_after(value: float, previous: float) -> float:
    """`value` moved by whole days to the first reading not far before `previous`."""
    floor = previous - BACKWARDS_SLACK
    return value + math.ceil((floor - value) / DAY) * DAY


def _inside(value: float, start: float | None, end: float | None) -> bool | None:
    if start is None or end is None or end < start:
        return None
    return start - WINDOW_SLACK <= value <= end + WINDOW_SLACK


PM_WORDS = LazyPattern(r"(?<![a-z])(?:evening|tonight|night|afternoon)(?![a-z])")
AM_WORDS = LazyPattern(r"(?<![a-z])(?:morning|overnight)(?![a-z])")


def _part_of_day_agrees(event: Event) -> bool:
    """The entry's words name the part of the day its AM/PM says ("9:05 PM: evening health
    check"): the text settles the meridiem, whatever the order suggests."""
    clock = event.clock
    if clock is None or clock.meridiem is None:
        return False
    words = PM_WORDS if clock.meridiem == "pm" else AM_WORDS
    return words.search(event.text.lower()) is not None


def _same_slip_as_before(entries: list[tuple[int, Event]], position: int,
                         flips: Mapping[int, Flip]) -> bool:
    """The entry before was corrected, and this one writes the same meridiem: a run of the
    same slip ("12:00 PM", then "12:15 AM", "12:25 AM", "12:40 AM" for the half hour after
    noon), each entry of it in order once read the other way."""
    if position == 0:
        return False
    index, event = entries[position - 1]
    clock, mine = event.clock, entries[position][1].clock
    return index in flips and clock is not None and mine is not None \
        and clock.meridiem is not None and clock.meridiem == mine.meridiem


def _next_comes_back(entries: list[tuple[int, Event]], position: int, written: float) -> bool:
    """A forward jump of half a day on the same day ("9:00 AM", then "9:30 PM") is odd only
    if the next entry, as written, comes back before it: when the entries after it carry on
    from it, the gap is the story's (a morning deploy, an evening outage), not a slip. The
    last entry has nothing after it to come back: in a story that already runs over half a
    day or more, a last step of half a day is in keeping with it and stays as written
    ("9:00 AM: rebuild done", then "9:30 PM: final checks", after a night of entries)."""
    if position + 1 >= len(entries):
        told = [e.order_minutes for _, e in entries[:position] if e.order_minutes is not None]
        return not told or max(told) - min(told) < FLIP_MIN_JUMP
    nxt = entries[position + 1][1]
    if nxt.order_minutes is None:
        return True
    as_written = nxt.order_minutes - nxt.rolled_days * DAY  # before any day the reader added
    return as_written < written - BACKWARDS_SLACK


def _next_agrees(entries: list[tuple[int, Event]], position: int, flipped: float,
                 written: float) -> bool:
    """The next entry must fit the flipped reading at least as well (itself flipped or not)."""
    if position + 1 >= len(entries):
        return True
    _, nxt = entries[position + 1]
    if nxt.order_minutes is None or nxt.clock is None:
        return True
    if nxt.date is not None:
        return nxt.order_minutes >= flipped - BACKWARDS_SLACK
    candidates = [nxt.order_minutes]
    if nxt.clock.meridiem is not None:
        candidates.append(nxt.order_minutes + DAY / 2)
        candidates.append(nxt.order_minutes - DAY / 2)
    best_after_flip = min(_nearest_after(c, flipped) - flipped for c in candidates)
    return best_after_flip <= FLIP_MAX_GAP


def full_date(date: DateParts) -> bool:
    """A date with its year, month and day, in an order that needs no settling ("2020-06-22",
    "June 22, 2020"; not "06/07/2020"), and no oddity."""
    return date.year is not None and date.month is not None and date.day is not None \
        and date.numeric is None and not date.oddities and date.range_end is None


def _named_day_after(expr: TimeExpr) -> bool:
    """The rendering's date is a named month's day written after its clock and zone ("1am
    GMT on Sunday 30th October"): the day both renderings are told on, not a day of its own."""
    date = expr.date
    return date is not None and date.month is not None and date.day is not None \
        and date.numeric is None and not date.oddities and date.range_end is None \
        and expr.clock is not None and expr.written.startswith(expr.clock.written)


RENDERING_BAR = LazyPattern(r"[ \t]*+\|[ \t]*+")
# the other clock's time said in words after the first's: ", or", ", i.e.", ", that is",
# ", which is", "(eso es", "soit", "d. h."
RENDERING_WORDS = LazyPattern(r",?[ \t]*+(?:or|i\.[ \t]?e\.,?|that[ \t]++is,?"
                              r"|which[ \t]++(?:is|was)|eso[ \t]++es|es[ \t]++decir|soit"
                              r"|d\.[ \t]?h\.)[ \t]++",
                              re.IGNORECASE)
NOON_WORD = LazyPattern(r"(?:12[ \t]++)?(?:noon|midday|midnight)(?![A-Za-z])", re.IGNORECASE)


def second_rendering(line: str, event: Event) -> tuple[TimeExpr, Zone] | None:
    """The time right after the event's own, in parentheses, after a slash or a bar, with a
    zone of its own and nothing else: "(09:40 EST)", "/ 22:00 UTC", "| 3:40 PM PT", or with
    its whole date too, as the other clock's day may differ: "(2020-06-22 22:45 UTC)"."""
    start = line.find(event.written, max(0, event.column - 1))
    if start < 0:
        return None
    assert event.zone is not None
    return rendering_after(line, start + len(event.written), event.zone,
                           range_end=event.part == "range-end")


def rendering_after(line: str, end: int, zone: Zone, range_end: bool = False
                    ) -> tuple[TimeExpr, Zone] | None:
    """`second_rendering` for a time in `zone` that ends at offset `end` of the line, whether
    or not pmlint took it for an entry (a time in an update's body is none)."""
    join = RENDERING_JOIN.match(line, end)
    if join is None and not line.lstrip().startswith("|"):
        # "Oct 14, 2025 21:01 UTC | Oct 14, 2025 2:01 PM PT": a bar between the two, on a
        # stamp line that is no table row (a row's cells are `_table_rendering`'s)
        join = RENDERING_BAR.match(line, end)
    if join is None:
        # "4:00 p.m. PST, or midnight UTC", "09:00 CET, i.e. 08:00 UTC", "12:20 UTC, eso
        # es 13:20 CET": the other clock said in words
        join = RENDERING_WORDS.match(line, end)
    if join is None:
        return None
    rest = line[join.end():join.end() + 40]
    found = scan(rest)
    if not found and NOON_WORD.match(rest) is not None:
        # "midnight UTC", "noon PT": the word is a clock where the join puts a time after
        # it, as "at" does
        found = [replace(e, start=e.start - 3, end=e.end - 3) for e in scan(f"at {rest}")]
    if not found:
        return None
    expr = found[0]
    if expr.start != 0 or expr.clock is None or expr.zone is None or expr.clock.oddities \
            or (expr.date is not None and not full_date(expr.date)
                and not _named_day_after(expr)):
        return None
    if expr.range_end is not None and (not range_end or expr.range_end.clock is None):
        return None  # a range beside a range: "16:00-17:50 UTC / 08:30-10:50 PDT" only
    last = expr.range_end.end if expr.range_end is not None else expr.end
    if line[join.end() - 1] == "(" and not rest[last:].lstrip().startswith(")"):
        return None  # "(09:40 EST, after the deploy)": a note, not a second rendering
    if expr.zone.label == zone.label:
        return None
    return expr, expr.zone
