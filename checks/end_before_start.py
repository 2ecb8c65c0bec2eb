"""end-before-start: an end before its start.

Checks a stated range ("from 11:00 PM to 1:00 AM" with dates that contradict it; "from 5:00
pm to 3:00 pm" over a timeline that runs from 3 to 5 that afternoon, which is written end
first, not an outage of 22 hours), header fields (End Time before Start Time), and a
start-like field ("Started", "Start Time") that lies after the stated end of the impact (not
the window of planned work a sentence names, "after last night's planned maintenance (22:00
to 02:30)", which the incident may follow; not a window in a subheading beside a sibling
subheading that dates or times its own section, one phase's period ("### The week before:
March 3-7" beside "### March 12, 2025"), nor a range of whole days told among the timeline's
entries ("**March 3-7**" over what happened those days); not a sentence's "ended at 06:40"
beside an end
field that comes after the start: it may tell of something else; not "Resolution time:
00:55", bare, when the start plus 55 minutes is an entry of the timeline: that field gives
how long it took; not an end field that names a later weekday, "Resolved: Tuesday 09:10"
after "Started: Monday 14:20"; "~14:00" is about 14:00, a few minutes either way), and a
summary sentence that ends before it starts ("began at 14:30 and ended at 13:45") where the
timeline rules out reading it across midnight (said within summary-mismatch's finding when
that rule already reports the line: one slip, one finding), or whose start and end each
write their date, the end the earlier ("started failing on 2023-09-04 at 11:00 PM and was
fixed on 2023-09-04 at 1:15 AM": no reading across midnight mends a written date); two
sentences a few lines apart (or on one line), each writing its full date, that tell a
detection and then a
resolution dated more than an hour before it ("detected ... on 2020-04-30 09:13 UTC", "We
resolved this issue on 2020-04-29 10:16 UTC") get a warning: a date typed wrong, unless the
second tells of another issue. Two ends
joined by an arrow ("2024-05-15 → 2024-04-17") may tell of a value changed rather than a
span: two dates so joined, the second earlier, are a date moved ("due date pulled in"), not
a range; two times so joined give a warning that says so. A status page's front matter whose
"resolvedWhen:" comes more than an hour before its "date:" gets a warning: one of the two
was left from another page or mistyped. So does a status log's resolution ("Resolved", Feb
16) dated a day or more before the update listed right below it that opened its incident
("Investigating", Apr 15), with no heading between them (a heading starts another incident's
updates); out-of-order leaves that step to it. A window dated once whose 24-hour end is
earlier on the clock than its start by less than six hours ("November 4th -- 16:30 to 15:00
UTC") gets a warning: read across midnight it runs most of a day, more likely written end
first.

Fails::

    Start Time: March 15, 2023, 14:30 UTC
    End Time: March 15, 2023, 09:00 UTC

Passes::

    Start Time: March 15, 2023, 09:00 UTC
    End Time: March 15, 2023, 14:30 UTC
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from pmlint.checks.base import Problem, Rule
from pmlint.checks.context import Context
from pmlint.checks.headings import phase_heading
from pmlint.checks.words import at_line, instant, span
from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.model import Event
from pmlint.timeline.phases import field_phase
from pmlint.timeline.provenance import rollover
from pmlint.timeline.reading import DAY, WINDOW_SLACK, Slip, same_axis, timeline_entries
from pmlint.timeline.scopes import incident_starts, same_incident

APPROXIMATE_SLACK = 10  # minutes: "~14:00" or "about 14:00" against the other end


def check(ctx: Context) -> Iterator[Problem]:
    events = [e for e in ctx.timeline.events if e.order_minutes is not None]
    summary = [e for e in events if e.source == "summary"]
    reported: set[int] = set()
    # explicit ranges on one line
    for first, second in pairwise(events):
        if first.part == "range-start" and second.part == "range-end" and \
                first.line == second.line and _later(first, second):
            reported.add(id(first))
            if _arrowed(ctx, first, second):
                # "deadline 2024-05-15 → 2024-04-17": an arrow also marks a value changed
                if first.clock is None and second.clock is None:
                    continue  # two dates: a date moved, not a span written backwards
                found = _problem(first, second, "the range ends before it starts")
                yield replace(found, severity="warning",
                              message=f"{found.message}; read as a range because of the "
                                      f"arrow between them, which may instead mark the "
                                      f"first time changed to the second")
                continue
            yield _problem(first, second, "the range ends before it starts")
    slip = ctx.analysis.slip
    for first, second in pairwise(events):
        if first.part == "range-start" and second.part == "range-end" \
                and first.line == second.line and id(first) not in reported \
                and (slip is None or slip.start is not first) \
                and _dated_window_end_first(first, second):
            reported.add(id(first))
            yield _window_end_first(first, second)
    if slip is not None and slip.kind == "end-first" and id(slip.start) not in reported:
        reported.add(id(slip.start))
        found = _end_first(slip)
        if _arrowed(ctx, slip.start, slip.end):
            found = replace(found, severity="warning",
                            message=f"{found.message}; read as a range because of the arrow "
                                    f"between them, which may instead mark the first time "
                                    f"changed to the second")
        yield found
    yield from _front_matter_resolved_before(ctx)
    yield from _resolved_dated_before_opening(ctx)
    yield from _short_log_resolved_first(ctx)
    for start, end, last in _prose_pairs(ctx, summary):
        if id(start) not in reported:
            reported.add(id(start))
            yield _sentence_problem(start, end, last)
    for start, end in _dated_prose_pairs(summary):
        if id(start) not in reported:
            reported.add(id(start))
            yield _problem(start, end, "the sentence dates its end before its start")
    if not incident_starts(ctx.timeline):
        for start, end in _dated_told_pairs(summary, ctx.timeline.lines):
            if id(start) not in reported:
                reported.add(id(start))
                assert start.at is not None and end.at is not None
                yield Problem(end.line, end.column,
                              f"the {end.phase} {end.written} is dated "
                              f"{span((start.at - end.at).total_seconds())} before the "
                              f"{start.phase} {start.written} (line {start.line}) told "
                              f"{'before' if start.line == end.line else 'above'} "
                              f"it: one of the two dates is likely typed wrong",
                              severity="warning", related_line=start.line,
                              suggestion="correct the date of one of the two")
    # a field's own name counts too: a planned window's "Start:"/"End:" (no phase of the
    # incident's, see RawEntry.aside) must still end after it starts
    starts = [e for e in summary if _field_is(e, ("start",)) and e.part == "single"]
    # (a range's start is checked against its own end)
    # the incident's stated end: an end or resolution field, or a stated range's end; with
    # neither, a sentence's "ended at", which may tell of something else ("the load test
    # ended at 09:00"), so what rests on it is a warning
    ends = [e for e in summary if _field_is(e, ("end", "resolution"))
            or (e.phase == "end" and e.part == "range-end"
                and not (starts and _maintenance_window(ctx, e))
                # "### Pre-incident: week of March 3-7" beside "### March 12": a phase's
                and not phase_heading(ctx, e.line, dated=True)
                and not _days_told_among_entries(ctx, e))]
    told = [e for e in summary if e.phase == "end" and e.kind != "field"
            and e.part == "single"]
    incidents = incident_starts(ctx.timeline)
    marks = [e.order_minutes for _, e in ctx.analysis.entries
             if e.order_minutes is not None] if starts else []
    for start in starts:
        if id(start) in reported:
            continue
        own = [end for end in ends if end is not start
               and same_incident(incidents, start.line, end.line)]
        hedged = not own
        if hedged:
            own = [end for end in told if same_incident(incidents, start.line, end.line)]
        group = _own_ends(start, own)
        if not group:
            continue
        nearest = _nearest(group)
        if not _later(start, nearest) or _elapsed(start, nearest, marks) \
                or _other_weekday(start, nearest):
            continue
        later_than = [end for end in group if _later(start, end)
                      and not _elapsed(start, end, marks) and not _other_weekday(start, end)]
        clocked = [end for end in later_than if end.clock is not None]
        end = (clocked or later_than)[0]  # the first stated end, timed if one is
        reported.add(id(start))
        found = _problem(start, end, "the start lies after the stated end")
        if hedged:
            found = replace(found, severity="warning",
                            message=f"{found.message}; that end is a sentence's, which may "
                                    f"tell of something else than the incident")
        yield found


def _own_ends(start: Event, ends: list[Event]) -> list[Event]:
    """The ends a start field is measured against: those after it, nearest first (its "End:"
    on the next line), else those before it, nearest first. A page of several notices, each
    with its own "Start:" and "End:", holds other notices' ends too; a start is not late
    against another notice's end ("Start: Jul 9, 8am" / "End: Jul 10, 8pm", then the May
    notice's "8am-8pm" below it): the nearest end decides whether the start is late."""
    after = [e for e in ends if (e.line, e.column) > (start.line, start.column)]
    before = [e for e in ends if (e.line, e.column) < (start.line, start.column)]
    return after or before[::-1]


def _nearest(group: list[Event]) -> Event:
    """The first end of the group, a timed one among those on its line."""
    nearest = [e for e in group if e.line == group[0].line]
    return next((e for e in nearest if e.clock is not None), nearest[0])


# "Started: Monday 14:20", "Resolved: Tuesday 09:10": the weekday a field names
WEEKDAY_WORD = LazyPattern(r"(?<![a-z])(mon|tue|wed|thu|fri|sat|sun)(?:[a-z]{0,6})(?![a-z])")


def _days_told_among_entries(ctx: Context, end: Event) -> bool:
    """A range of whole days told in prose in a section that holds timeline entries ("**March
    3-7**" over "- traffic grew each day"): a period of the story the timeline tells, the
    days before the incident as often as not, not the incident's stated window."""
    if end.kind != "prose" or end.clock is not None or end.section is None:
        return False
    return any(e.source == "timeline" and e.kind == "entry" and e.section == end.section
               for e in ctx.timeline.events)


def _other_weekday(start: Event, end: Event) -> bool:
    """The end field names another weekday than the start and neither gives a date: the
    end is that later day, not the start's ("Started: Monday 14:20", "Resolved: Tuesday
    09:10"), so its clock says nothing of the order."""
    if (start.date is not None and start.date.day is not None) \
            or (end.date is not None and end.date.day is not None):
        return False
    said = [WEEKDAY_WORD.search(e.text.lower()) for e in (start, end)]
    if said[0] is None or said[1] is None:
        return False
    return said[0].group(1) != said[1].group(1)


def _elapsed(start: Event, end: Event, marks: list[float]) -> bool:
    """"Start: 10:05", then "Resolution time: 00:55" with no date, zone or am/pm of its own,
    over a timeline that resolves at 11:00: the field gives how long it took, not a clock
    reading before the start. Read so only when the start plus that span lands on an entry
    of the timeline (within two minutes)."""
    clock = end.clock
    zone_written = end.zone is not None and not any(note.what == "zone"
                                                    for note in end.provenance)
    if end.kind != "field" or not (end.field_name or "").endswith(" time") \
            or end.date is not None or clock is None or clock.meridiem is not None \
            or zone_written or start.order_minutes is None:
        return False
    landing = start.order_minutes + clock.hour * 60 + clock.minute + (clock.second or 0) / 60
    return any(abs(landing - mark) <= 2 for mark in marks)


# A status page's front matter key for when the incident was resolved (cState and the like)
RESOLVED_WHEN = LazyPattern(r"[ \t]*+[\"']?resolved_?when[\"']?[ \t]*+[:=]", re.IGNORECASE)
FRONT_MATTER_SLACK = 60  # minutes a resolution may precede the date (clocks set by hand)


def _front_matter_resolved_before(ctx: Context) -> Iterator[Problem]:
    """A status page's front matter whose resolution ("resolvedWhen: 2022-08-14 12:00") comes
    before its date ("date: 2022-09-09 11:45"), the day the incident's page opens with."""
    lines = ctx.timeline.lines
    metadata = ctx.analysis.front_matter
    if not metadata:
        return
    fields = [e for e in ctx.timeline.events if e.kind == "field" and e.line <= metadata
              and e.clock is not None and e.order_minutes is not None
              and e.local[:4].isdigit()]
    dated = next((e for e in fields if e.field_name == "date"), None)
    resolved = next((e for e in fields if RESOLVED_WHEN.match(lines[e.line - 1])), None)
    if dated is None or resolved is None or not same_axis(dated, resolved):
        return
    assert dated.order_minutes is not None and resolved.order_minutes is not None
    apart = dated.order_minutes - resolved.order_minutes
    if apart <= FRONT_MATTER_SLACK:
        return
    yield Problem(resolved.line, resolved.column,
                  f"the front matter resolves the incident at {resolved.written}, "
                  f"{span(apart * 60)} before its date {dated.written} (line {dated.line}); "
                  f"one of the two is wrong (a value left from another page?)",
                  end_column=resolved.column + len(resolved.written),
                  related_line=dated.line, severity="warning",
                  suggestion="give the time the incident was resolved, after its date")


def resolved_dated_before_opening(ctx: Context) -> list[tuple[int, Event, Event]]:
    """In a status log listed newest first, each update that restores service ("Resolved -
    This incident has been resolved.") stands above the update that opened its incident
    ("Investigating - events are down"). One dated an earlier day than that opening update
    (Feb 16 over Apr 15) resolves the incident before it began: a date copied from another
    incident, or mistyped. The position of the opening update among the timeline's entries,
    the resolution and the opening update."""
    return ctx.analysis.once(resolved_dated_before_opening,
                             lambda: _resolutions_before_openings(ctx))


def _resolutions_before_openings(ctx: Context) -> list[tuple[int, Event, Event]]:
    from pmlint.timeline.reading import one_block, restores

    entries = ctx.analysis.entries
    if not ctx.analysis.newest_first:
        return []
    found = []
    for n in range(1, len(entries)):
        (i, upper), (j, lower) = entries[n - 1], entries[n]
        if not restores(upper) or restores(lower) or lower.phase == "end" \
                or not one_block(ctx.timeline.lines, upper.line, lower.line) \
                or upper.date is None or lower.date is None \
                or upper.date.day is None or lower.date.day is None \
                or (upper.date.year, upper.date.month, upper.date.day) == (
                    lower.date.year, lower.date.month, lower.date.day):
            continue
        a, b = ctx.analysis.minutes(i), ctx.analysis.minutes(j)
        if a is not None and b is not None and same_axis(upper, lower) and b - a >= DAY:
            found.append((n, upper, lower))
    return found


def _resolved_dated_before_opening(ctx: Context) -> Iterator[Problem]:
    for _, upper, lower in resolved_dated_before_opening(ctx):
        gap = ((lower.order_minutes or 0.0) - (upper.order_minutes or 0.0)) * 60
        yield Problem(upper.line, upper.column,
                      f"the update that resolves the incident, {upper.written}, is dated "
                      f"{span(gap)} before the update below it that opened the incident, "
                      f"{lower.written} (line {lower.line}): a resolution before its own "
                      f"start (a date copied from another incident, or mistyped?)",
                      related_line=lower.line, severity="warning",
                      suggestion="correct the resolution's date, or the opening update's")


# out-of-order weighs which way a timeline runs from this many entries; a shorter one shows
# its way only by its phases
SHORT_LOG = 4


def _short_log_resolved_first(ctx: Context) -> Iterator[Problem]:
    """A timeline of two or three entries that lists its start first and, below it, a
    resolution timed before it ("14:00 outage began", "13:20 service restored", both dated
    March 10): listed start first, the log runs forward, so the resolution cannot come
    first. Too few entries for out-of-order to weigh the log's way; a log listed newest
    first names its resolution first."""
    entries = [e for _, e in timeline_entries(ctx.timeline)]
    if not 2 <= len(entries) < SHORT_LOG or len({e.block for e in entries}) > 1:
        return
    start = next((e for e in entries if e.phase == "start"), None)
    if start is None:
        return
    end = next((e for e in entries if e.line > start.line
                and (e.phase in ("resolution", "end") or "resolution" in e.also)), None)
    if end is None or end.rolled_days or not _later(start, end):
        return
    gap = ((start.order_minutes or 0) - (end.order_minutes or 0)) * 60
    yield Problem(end.line, end.column,
                  f"the resolution {at_line(end)}, {instant(end)}, is {span(gap)} before the "
                  f"start {at_line(start)}, {instant(start)}, listed above it",
                  related_line=start.line,
                  suggestion="correct the start or the end so the start comes first")


def _field_is(event: Event, phases: tuple[str, ...]) -> bool:
    """A header field of one of `phases`, by its phase or by its name."""
    return event.kind == "field" and (
        event.phase in phases or (event.phase == "other" and event.field_name is not None
                                  and field_phase(event.field_name) in phases))


def _prose_pairs(ctx: Context, summary: list[Event]
                 ) -> Iterator[tuple[Event, Event, Event]]:
    """"It began at 14:30 UTC and ended at 13:45 UTC": a summary sentence whose end is
    earlier than its start on the same day, where the timeline rules out the overnight
    reading (it begins near the start and ends long before the next day's 13:45); with the
    timeline's last entry."""
    entries = [e for _, e in ctx.analysis.entries if e.order_minutes is not None]
    if len(entries) < 2:
        return
    first = min(e.order_minutes or 0.0 for e in entries)
    latest = max(entries, key=lambda e: e.order_minutes or 0.0)
    last = latest.order_minutes or 0.0
    for start, end in pairwise(summary):
        if start.line != end.line or start.kind != "prose" or end.kind != "prose" \
                or start.phase != "start" or end.phase not in ("end", "resolution") \
                or start.part != "single" or end.part != "single" \
                or start.clock is None or end.clock is None or end.date is not None \
                or rollover(end.provenance) is not None or not same_axis(start, end):
            continue
        assert start.order_minutes is not None and end.order_minutes is not None
        if end.order_minutes >= start.order_minutes:
            continue
        overnight = end.order_minutes + DAY
        if abs(start.order_minutes - first) <= WINDOW_SLACK \
                and overnight - last > 4 * WINDOW_SLACK:
            yield start, end, latest


def _dated_prose_pairs(summary: list[Event]) -> Iterator[tuple[Event, Event]]:
    """"It started failing on 2023-09-04 at 11:00 PM and was fixed on 2023-09-04 at 1:15
    AM": a summary sentence whose start and end each write their date, the end the earlier;
    no reading across midnight can mend a date written (the end's day slipped, or the
    start's)."""
    for start, end in pairwise(summary):
        if start.line == end.line and start.kind == "prose" and end.kind == "prose" \
                and start.phase == "start" and end.phase in ("end", "resolution") \
                and start.part == "single" and end.part == "single" \
                and start.date is not None and end.date is not None \
                and start.date.year is not None and end.date.year is not None \
                and start.clock is not None and end.clock is not None \
                and start.at is not None and end.at is not None \
                and same_axis(start, end) and _later(start, end):
            yield start, end


TOLD_PAIR_REACH = 6  # lines between a detection told and the resolution told after it
TOLD_PAIR_SLACK = 60.0  # minutes a resolution may seem to come before: a zone slip, no date's


def _dated_told_pairs(summary: list[Event], lines: tuple[str, ...]
                      ) -> Iterator[tuple[Event, Event]]:
    """"Our monitoring detected connectivity issues on 2020-04-30 09:13 UTC" then, a few
    lines below with nothing dated between, "We resolved this issue on 2020-04-29 10:16
    UTC": two sentences that each write their full date, the end the earlier by more than
    an hour; a date typed wrong (a warning: the second sentence might tell of another
    issue)."""
    for start, end in pairwise(summary):
        if (start.line < end.line <= start.line + TOLD_PAIR_REACH
                or (start.line == end.line and _sentences_apart(start, end, lines))) \
                and start.kind == "prose" and end.kind == "prose" \
                and start.phase in ("start", "detection") and end.phase in ("end", "resolution") \
                and start.part == "single" and end.part == "single" \
                and all(e.date is not None and e.date.year is not None and e.date.day is not None
                        and e.clock is not None and e.at is not None
                        and not any(p.what == "date" for p in e.provenance)
                        for e in (start, end)) \
                and start.at is not None and end.at is not None \
                and (start.at - end.at).total_seconds() > TOLD_PAIR_SLACK * 60:
            yield start, end


def _sentences_apart(start: Event, end: Event, lines: tuple[str, ...]) -> bool:
    """Two times of one line told in sentences of their own ("Errors started 2023-03-04
    18:10 UTC. The fix was live at 2023-03-04 09:40 UTC."): a sentence stop between them."""
    if not 0 < start.line <= len(lines):
        return False
    first, second = start.column - 1 + len(start.written), end.column - 1
    return first < second and SENTENCE_STOP.search(lines[start.line - 1], first, second) \
        is not None


# a window of planned or scheduled work, in the languages drafts are written in
MAINTENANCE = LazyPattern(r"(?<![a-z])(?:maintenance|scheduled[ \t]++work|planned[ \t]++work"
                          r"|wartung|onderhoud|underhåll|vedlikehold|vedligehold"
                          r"|manutenzione|mantenimiento|manutenção)", re.IGNORECASE)
SENTENCE_STOP = LazyPattern(r"[.!?;][ \t]")


def _maintenance_window(ctx: Context, end: Event) -> bool:
    """A range told in prose, in a sentence that names planned or scheduled work ("following
    the scheduled maintenance performed last night (30 May, 21:00 → 31 May, 04:38)"): the
    work's window, which the incident a "Start:" field dates may follow; not the incident's
    stated end."""
    if end.kind == "field" or not 0 < end.line <= len(ctx.timeline.lines):
        return False
    line = ctx.timeline.lines[end.line - 1]
    at = end.column - 1
    begin = max((m.end() for m in SENTENCE_STOP.finditer(line, 0, at)), default=0)
    stop = SENTENCE_STOP.search(line, at)
    return MAINTENANCE.search(line, begin, stop.start() if stop else len(line)) is not None


def _sentence_problem(start: Event, end: Event, last: Event) -> Problem:
    overnight = ((end.order_minutes or 0.0) + DAY - (start.order_minutes or 0.0)) * 60
    return Problem(start.line, start.column,
                   f"the summary's end, {end.written}, is before its start, {start.written}; "
                   f"read across midnight it would last {span(overnight)}, long past the "
                   f"timeline's last entry, {last.written} (line {last.line})",
                   related_line=last.line,
                   suggestion="correct the start or the end so the start comes first",
                   joins=("summary-mismatch",))  # one slip, one finding: said there if found


def _end_first(slip: Slip) -> Problem:
    """"From 5:00 pm to 3:00 pm" over a timeline that runs from 3 to 5 that afternoon: not
    an outage of 22 hours across midnight, a range written end first."""
    start, end, first, last = slip.start, slip.end, slip.first, slip.last
    said_start = start.clock.written if start.clock is not None else start.written
    said_end = end.clock.written if end.clock is not None else end.written
    overnight = ((end.order_minutes or 0.0) - (start.order_minutes or 0.0)) * 60
    return Problem(start.line, start.column,
                   f"the range ends before it starts: {said_start} to {said_end}, while "
                   f"the timeline runs from {first.written} (line {first.line}) to "
                   f"{last.written} (line {last.line}) the same day; read across midnight it "
                   f"would last {span(overnight)}",
                   related_line=first.line,
                   suggestion=f"from {said_end} to {said_start}")


# an arrow between the two ends of a range: "14:00 → 15:30", "2024-05-15 -> 2024-04-17"
ARROW = LazyPattern(r"→|->|=>|⟶|➔")


def _arrowed(ctx: Context, first: Event, second: Event) -> bool:
    """The two ends of a range on one line are joined by an arrow, not by "to" or a dash:
    the arrow marks a change of value ("deadline 05-15 → 04-17", moved earlier) as often
    as a span of time."""
    lines = ctx.timeline.lines
    if not 0 < first.line <= len(lines):
        return False
    text = lines[first.line - 1]
    begin = first.column - 1 + len(first.written)
    end = second.column - 1
    if not 0 <= begin <= end <= len(text) or end - begin > 16:
        return False  # the end's zone may stand before the arrow: "14:00 UTC → 13:30 UTC"
    return ARROW.search(text, begin, end) is not None


# a window read across midnight this long is one written end first more likely than a day
END_FIRST_SPAN = 18 * 60  # minutes


def _dated_window_end_first(start: Event, end: Event) -> bool:
    """A window dated once ("November 4th -- 16:30 to 15:00 UTC"), both clocks on the
    24-hour dial, whose end is earlier on the clock than its start by less than a quarter of
    a day: read across midnight it runs most of a day; more likely written end first."""
    if start.date is None or end.date is not None or start.clock is None or end.clock is None \
            or start.clock.meridiem is not None or end.clock.meridiem is not None \
            or start.order_minutes is None or end.order_minutes is None:
        return False
    step = rollover(end.provenance)
    if step is None or step.how != "range-end":
        return False
    return end.order_minutes - start.order_minutes >= END_FIRST_SPAN


def _window_end_first(start: Event, end: Event) -> Problem:
    assert start.order_minutes is not None and end.order_minutes is not None
    assert start.clock is not None and end.clock is not None
    long = (end.order_minutes - start.order_minutes) * 60
    short = DAY * 60 - long
    a, b = start.clock.written, end.clock.written
    return Problem(start.line, start.column,
                   f"the window {a} to {b} (line {start.line}), dated once, ends before it "
                   f"starts on the clock: read across midnight it runs {span(long)}; written "
                   f"end first, {b} to {a} would be {span(short)}",
                   severity="warning", related_line=end.line,
                   suggestion="give the window start first, or date its end if it ran "
                              "into the next day")


def _later(a: Event, b: Event) -> bool:
    """a is after b, beyond the precision both were written with ("~14:00" is about 14:00:
    a few minutes either side of it are no later or earlier)."""
    assert a.order_minutes is not None and b.order_minutes is not None
    if not same_axis(a, b):
        return False
    if a.clock is None or b.clock is None:
        return a.local[:10] > b.local[:10] and a.local[:4].isdigit() and b.local[:4].isdigit()
    slack = APPROXIMATE_SLACK if a.approximate or b.approximate else 1
    return a.order_minutes - b.order_minutes >= slack


def _problem(start: Event, end: Event, what: str) -> Problem:
    gap = ((start.order_minutes or 0) - (end.order_minutes or 0)) * 60
    return Problem(start.line, start.column,
                   f"{what}: {at_line(start)} is {instant(start)}, {span(gap)} after the end "
                   f"{at_line(end)}, {instant(end)}",
                   related_line=end.line,
                   suggestion="correct the start or the end so the start comes first")


RULE = Rule(code="PM203", name="end-before-start", severity="error",
            summary="An end before its start: a range, header fields, or a late 'Started'.",
            check=check, lowered=("warning",), doc=__doc__ or "")
