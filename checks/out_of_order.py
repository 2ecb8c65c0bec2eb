"""out-of-order: an entry out of place in a timeline that runs forward (or newest first).

Entries are compared with the one before them in the same section and zone (a recap
section may start over; mixed zones are tz-mixed's business). The entry reported is the
one out of place: when the previous entry is the odd one (it is
later than both its neighbours), that one. A timeline written newest first, as status pages
list updates, is checked the same way, mirrored; one that goes both ways about as often is
left to the reader. A log of incidents (or days) listed newest first under dated headings,
each told oldest first, steps back into each block on purpose; so may the step from one
incident to the next in a log of several (a status page's) when the two overlap in time; a
section that clearly runs
the other way from the rest (an earlier incident told oldest first below a status log) is
read its own way. In a log whose steps run days or months apart (incidents, or days,
listed one way), that order says nothing of how one day's entries are told: when the steps
shorter than a day go both ways about as often (one incident's updates newest first, the
next one's oldest first), a step back within a day is not judged against the log's order;
nor, where there are too few such steps to tell, is a lone same-day step between two entries
that each write their date (an incident and its all-clear). A history of days listed newest
first under day lines steps back a calendar day as written, whatever the clock says, and
lists a day's incidents newest first too; a status page's "Posted ..." stamps run newest
first however few; and its own stamp under the title (the incident's start) heads updates
listed newest first from the resolution, no step of them.
An entry
whose words look back ("the payload had already run") is placed after a later one on
purpose, and so is a list item indented under the entry before it (a detail of that
entry) or a line of that item's own paragraphs that opens with a time (a window the item
quotes: "restored from the backup which ran from:", then "Nov 20 23:46 to Nov 22 03:48"),
and so is the first entry under a label line of its own that names another
strand, not a stage of the story ("**Customer communications:**", not "Actions Taken:"),
as a heading would. A range that reaches over the entry before it ("17:46-17:53: URL
submitted" after "17:48: alarm acknowledged") holds that time, and entries told after a
first/last pair ("11:54: first message", "12:13: final message") may fall inside the
pair's bounds: neither is a step back. Two entries less than
a minute apart, one of them marked approximate
("~11:31:38"), are in no telling order. AM/PM corrections (see ampm-flip) are applied first.
Too few timed entries show no direction; one step each way, the larger back, is a forward
timeline with its last entry slipped when that entry is the resolution (the end of the
story), and left to the reader otherwise (a cause told last looks back); in a chronology
of dated rows, most with a date and no time, the days running forward, two timed rows of one
day are judged by it.

A slip is one entry out of place: the entries either side of it are in order with each
other. When the entries after a step back carry on from it instead (the timeline starts
over earlier and runs on from there), the section may tell a second strand after the
first (another team's actions, another service) or hold a block pasted out of place;
that is reported as a warning that says so, not as an error that fails a build; unless
the two entries each write their date and the clock runs on from the one before by minutes
or hours while the date jumps back whole days ("2023-09-14 09:20", then "2023-09-04 09:31"
and on): that date was mistyped, an error. So is a
step back between entries on different days when one of those days is pmlint's own choice
(a rollover past midnight, a date taken from a line far off), or between an entry whose day
pmlint chose and one whose day is written below it (a row rolled into the next day, whose
own heading follows): the slip may be in that choice rather than in the document. And so
is a step back of a quarter hour or less when one of the two times is marked approximate
("14:15 (approx.)"), and a step back into another group of a list that sorts its dated
items under items of no time of their own ("- Before the ticket", "- After the failover"):
each group may be told from its own start. So is a slip in a section whose note says an
entry is out of chronological order ("This is why this event seems out of chronological
order"): the author knows, and may say why. A step back to or from a time the zone skipped
when its clocks went forward ("02:30" that night) is not judged: no moment has that time,
and invalid-time says so.

Fails::

    - 2021-12-13 14:00: alert fired
    - 2021-12-13 15:50: scanning started
    - 2021-12-13 14:30: management contacted
    - 2021-12-13 16:10: resolved

Passes::

    - 2021-12-13 14:30: management contacted
    - 2021-12-13 15:50: scanning started
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import replace
from itertools import accumulate, pairwise

from pmlint.checks.base import Problem, Rule
from pmlint.checks.context import Context
from pmlint.checks.end_before_start import resolved_dated_before_opening
from pmlint.checks.words import at_line, span
from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.model import PHASE_ORDER, Event
from pmlint.timeline.normalise import heading_names_the_hour
from pmlint.timeline.phases import field_phase
from pmlint.timeline.provenance import (
    Inference,
    day_assumed,
    render,
    skipped_by_the_clocks,
    stepped_back,
)
from pmlint.timeline.reading import DAY, same_axis
from pmlint.timeline.scopes import incident_starts, region_of, same_incident

MOSTLY_FORWARD = 0.75
APPROXIMATE_SLACK = 1.0  # minutes: stamps marked "~" or "about" are no closer than this
# minutes: an approximate time this close out of order is a warning, not an error
APPROXIMATE_ORDER = 15.0
# Words that tell the reader an entry looks back: it sits after a later one on purpose.
LOOKING_BACK = LazyPattern(
    r"\b(?:had (?:already|previously|earlier|been)|previously|beforehand|in retrospect"
    r"|in hindsight|as it turned out|it turned out|we later learned|later analysis"
    r"|retroactive(?:ly)?|looking back|(?:was|were) later (?:found|determined|discovered"
    r"|identified|traced)|it later (?:emerged|turned out)"
    r"|(?:found|discovered|identified|noticed|determined|traced) later"
    r"|later (?:found|discovered|identified|noticed|determined|traced)"
    # "At 5:38 PM, prior to the outage, ...", "(before the incident began)": a step of the
    # lead-up, told after the outage's first sign
    r"|(?:prior to|before|ahead of|leading up to|in the run-up to) the (?:outage|incident"
    r"|impact|disruption|downtime|failure|event|problem|issue)s?(?! (?:was|were|had been|is)"
    r" (?:resolved|fixed|over|mitigated)))\b")


# "Postmortem - Read details", "**Post-mortem**: published": a status update's label
POSTMORTEM_NOTICE = LazyPattern(r"[\s*_#>]*+post-?mortem(?![a-z])[\s*_]*+[-:–—]",
                                re.IGNORECASE)


def check(ctx: Context) -> Iterator[Problem]:
    for problem in _steps_back(ctx):
        noted = _order_noted(ctx, problem.line) if problem.severity is None else None
        if noted is None:
            yield problem
            continue
        # "This is why this event seems out of chronological order": the author knows and
        # says why; worth a look, no failed build
        yield replace(problem, severity="warning",
                      message=f"{problem.message}; the section notes an entry out of "
                              f"chronological order (line {noted})",
                      suggestion="if the note explains this entry, nothing to do; if not, "
                                 "move the entry to its place")


def _steps_back(ctx: Context) -> Iterator[Problem]:
    entries = ctx.analysis.entries
    # an impossible time ("15:38pm") is invalid-time's finding; its reading orders nothing
    values = [None if e.clock is not None and _impossible(e) else ctx.analysis.minutes(i)
              for i, e in entries]
    # a status page's "Postmortem" notice is posted days after the incident it heads (or
    # follows): when the write-up was published, no moment of the incident's order
    values = [None if POSTMORTEM_NOTICE.match(e.text) else v
              for v, (_, e) in zip(values, entries, strict=True)]
    # a date and time alone on the text's first line, later than every entry below it
    # ("2013年12月24日 5:14 PM" over a notice of the 23rd): when the post went up
    if _posting_stamp_atop(ctx, entries, values):
        values = [None, *values[1:]]
    # an update quoted on its own ("> Monitoring - ... / > Nov 18, 14:42 UTC") in a text
    # whose log is not quoted: cited where the story needs it, not a step of the log's order
    quoted = [_quoted(ctx, e) for _, e in entries]
    values = [None if quoted[n] and not (n and quoted[n - 1])
              and not (n + 1 < len(quoted) and quoted[n + 1]) else v
              for n, v in enumerate(values)]
    if all(b >= a for a, b in pairwise(values) if a is not None and b is not None):
        # every entry is at or after the one before it: no step back for a forward reading
        # to report, and no step forward for a newest-first one, which then is never read
        return
    # a log of incidents (or of days) newest first, each block told oldest first: the step
    # back into each block is the log's order, not a slip
    cut = _reversed_blocks(ctx, entries, values)
    cut |= _overlapping_incidents(ctx, entries, values)
    cut |= _labelled_strands(ctx, entries)
    cut |= _spanning_ranges(ctx, entries, values)
    cut |= _bracketed(entries, values)
    cut |= _grouped_rows(ctx, entries)
    cut |= _posted_updates(ctx, entries, values)
    cut |= _start_stamp_above_updates(entries, values)
    cut |= _completion_stamps(ctx, entries)
    cut |= _headed_parts(entries)
    # a status log's resolution dated before the update below it that opened its incident:
    # end-before-start's finding, not a step out of the log's order
    cut |= frozenset(n for n, _, _ in resolved_dated_before_opening(ctx))
    nested = _nested(ctx, entries)
    groups = _group_steps(ctx, entries)
    written = frozenset(e.line for e in ctx.timeline.events if e.date is not None)
    opening = next((e for v, (_, e) in zip(values, entries, strict=True) if v is not None),
                   None)
    closing = next((e for v, (_, e) in zip(reversed(values), reversed(entries), strict=True)
                    if v is not None), None)
    overall = _direction(values, cut, resolved_first=opening is not None
                         and opening.phase == "resolution",
                         resolved_last=closing is not None and closing is not opening
                         and closing.phase == "resolution")
    if overall is None:
        overall = _dated_rows_direction(ctx)
    # a section that clearly runs the other way (a status log listed newest first, an
    # earlier incident told oldest first below it) is read its own way
    own: dict[str | None, str] = {}
    for scope in dict.fromkeys(e.scope for _, e in entries):
        masked = [v if e.scope == scope else None for v, (_, e) in zip(values, entries,
                                                                        strict=True)]
        way = _direction(masked, cut, at_least=3) or _unanimous(masked, cut)
        if way is not None and way != overall and (overall is not None or len(
                {e.scope for _, e in entries}) > 1):
            own[scope] = way
            yield from _run(entries, masked, way, cut, nested, _short_way(masked, cut),
                            written, groups)
    rest = [None if e.scope in own else v for v, (_, e) in zip(values, entries, strict=True)]
    way = _direction(rest, cut) if own else overall
    if way is not None:
        yield from _run(entries, rest, way, cut, nested, _short_way(rest, cut), written,
                        groups)


# "### Phase 3: Rollback (COMPLETED 2026-07-02 14:33 UTC)", "Step B - done 10:12": the time a
# piece of work was finished, written after its name
COMPLETION_BEFORE = LazyPattern(r"(?<![a-z])(?:completed|complete|done|finished)[ \t]*+"
                                r"(?:(?:at|on)[ \t]++)?[:\-–—]?[ \t]*+\Z", re.IGNORECASE)


def _completion_stamps(ctx: Context, entries: list[tuple[int, Event]]) -> frozenset[int]:
    """Positions of entries that, like the entry before them, stamp when a named piece of work
    was completed: a plan's steps, listed in the plan's order, may run side by side and
    finish in any order, so the step back between two says nothing of the log's order."""
    lines = ctx.timeline.lines

    def stamp(event: Event) -> bool:
        if not 0 < event.line <= len(lines) or event.column < 2:
            return False
        head = lines[event.line - 1][max(0, event.column - 32):event.column - 1]
        return COMPLETION_BEFORE.search(head) is not None

    marked = [stamp(e) for _, e in entries]
    return frozenset(n for n in range(1, len(entries)) if marked[n] and marked[n - 1])


def _headed_parts(entries: list[tuple[int, Event]]) -> frozenset[int]:
    """Positions of entries that open a part of the log under a heading naming their own
    time ("### Phase 4: Finality stalls (09:03 UTC)" after a part that ran to 13:40): the
    parts run side by side, as their headings say, so the step back into one is no slip."""
    return frozenset(
        n for n in range(1, len(entries))
        if (event := entries[n][1]).section != entries[n - 1][1].section
        and event.clock is not None
        and heading_names_the_hour(event.section, event.clock.hour * 60 + event.clock.minute))


def _quoted(ctx: Context, event: Event) -> bool:
    """The entry's line is in a blockquote ("> ...")."""
    lines = ctx.timeline.lines
    return 0 < event.line <= len(lines) and lines[event.line - 1].lstrip().startswith(">")


def _dated_rows_direction(ctx: Context) -> str | None:
    """"forward" when the timeline's entries, those that give a date and no time among them
    ("| 2025-03-10 | v1.1 released |"), step forward from day to day at least twice and
    never back: a dated chronology, in which two timed entries of one day may be judged
    though they are too few to show a direction themselves."""
    # each on its own wall clock's date: a row in UTC+8 before 08:00 is the day before in UTC
    days = [e.local[:10] for e in ctx.timeline.events
            if e.source == "timeline" and e.kind == "entry" and e.part != "range-end"
            and e.date is not None and e.date.day is not None and e.local[:1].isdigit()]
    steps = [b > a for a, b in pairwise(days) if b != a]
    return "forward" if len(steps) >= 2 and all(steps) else None


# A line that only names what the entries below it are about, as a heading would:
# "**Customer communications:**", "__Database team__", "Communications:"
STRAND_LABEL = LazyPattern(
    r"[ \t]*+(?:(?:\*\*|__)[^*_\n]{2,60}(?:\*\*|__)[ \t]*+:?|[A-Z][A-Za-z /&()-]{2,40}:)[ \t]*+")


# A label that names a stage of the same story ("Detection:", "Actions Taken:", "Day 2"):
# the entries under it go on from those above, in one order
STAGE_WORD = LazyPattern(
    r"detect|investigat|action|mitigat|resol|recover|respon|escalat|triage|diagnos|fix"
    r"|remediat|restor|identif|monitor|impact|trigger|cause|follow|phase|step|stage|day"
    r"|morning|afternoon|evening|night|update|timeline|outage|incident|start|end")


def _labelled_strands(ctx: Context, entries: list[tuple[int, Event]]) -> frozenset[int]:
    """Positions of entries whose list opens under a label line of its own, between them and
    the entry before ("**Customer communications:**" after the last entry of the outage):
    the label starts another strand told from its own beginning, as a heading would, so the
    step into it says nothing of the order."""
    lines = ctx.timeline.lines
    if not lines:
        return frozenset()
    found = set()
    for n in range(1, len(entries)):
        before, now = entries[n - 1][1].line, entries[n][1].line
        for line in range(before + 1, now):
            text = lines[line - 1]
            if text.strip() and STRAND_LABEL.fullmatch(text) and not any(
                    ch.isdigit() for ch in text) and not STAGE_WORD.search(text.lower()):
                found.add(n)
                break
    return frozenset(found)


# A table column that sorts its rows into groups: "| Service | Time | Event |"
GROUP_COLUMN = LazyPattern(r"(?:component|service|system|team|area|region|owner|source|host"
                           r"|app|application|cluster|stream|track|workstream|customer"
                           # a table of alerts or checks, each row its own: "| Alert | Time |"
                           r"|alert|alarm|monitor|check|metric|rule)s?(?:[ \t]++name)?",
                           re.IGNORECASE)


def _grouped_rows(ctx: Context, entries: list[tuple[int, Event]]) -> frozenset[int]:
    """Positions of table rows that open a new group of a table grouped by a named column
    ("| db | 10:00 |", "| db | 10:20 |", then "| web | 09:55 |" under "| Component | Time |"),
    each group told from its own start and its values never met again below: the step
    into a new group says nothing of the order."""
    from pmlint.timeline.extract import _cells, _is_separator_row

    lines = ctx.timeline.lines
    found: set[int] = set()
    groups: dict[int, tuple[int, list[str]]] = {}  # a header's line -> its group column, keys
    for n in range(1, len(entries)):
        before, now = entries[n - 1][1], entries[n][1]
        if before.block != now.block or not lines or "|" not in lines[now.line - 1]:
            continue
        header = _table_header(lines, now.line, _is_separator_row)
        if header is None:
            continue
        if header not in groups:
            names = [text for _, text in _cells(lines[header - 1])]
            column = next((k for k, name in enumerate(names)
                           if GROUP_COLUMN.fullmatch(name.strip(" *_`")) is not None), None)
            groups[header] = (column if column is not None else -1, [])
        column, seen = groups[header]
        if column < 0:
            continue
        mine, theirs = (_cell_at(lines[e.line - 1], column, _cells) for e in (now, before))
        if mine and theirs and mine != theirs and mine not in seen:
            seen.append(theirs)
            found.add(n)
    return frozenset(found)


# "Posted Nov 17, 2017 - 16:24 KST": the stamp a status page puts under each update
POSTED_STAMP = LazyPattern(r"[\s*_>-]*+posted(?![a-z])", re.IGNORECASE)


def _posted_updates(ctx: Context, entries: list[tuple[int, Event]],
                    values: list[float | None]) -> frozenset[int]:
    """Positions of status-page update stamps ("Posted ... 12:58 KST") right after another
    such stamp that is later: a status page lists its updates newest first, so the step back
    is the page's order, however few the updates."""
    lines = ctx.timeline.lines
    if not lines:
        return frozenset()
    return frozenset(
        n for n in range(1, len(entries))
        if values[n] is not None and values[n - 1] is not None
        and values[n] < values[n - 1]  # type: ignore[operator]
        and POSTED_STAMP.match(lines[entries[n][1].line - 1])
        and POSTED_STAMP.match(lines[entries[n - 1][1].line - 1]))


def _posting_stamp_atop(ctx: Context, entries: list[tuple[int, Event]],
                        values: list[float | None]) -> bool:
    """The first entry is a date with its time alone on the text's first line, and later
    than every other entry: the post's own stamp above the notice, not its story's first
    step (a status log's stamps each head an update, and are not alone atop the text)."""
    lines = ctx.timeline.lines
    if len(entries) < 2 or values[0] is None or not lines:
        return False
    first = entries[0][1]
    if first.date is None or first.date.day is None or first.clock is None \
            or any(line.strip() for line in lines[:first.line - 1]):
        return False
    rest = lines[first.line - 1].replace(first.written, "", 1)
    known = [v for v in values[1:] if v is not None]
    return not any(c.isalnum() for c in rest) and bool(known) \
        and values[0] > max(known)  # type: ignore[operator]


def _start_stamp_above_updates(entries: list[tuple[int, Event]],
                               values: list[float | None]) -> frozenset[int]:
    """The step from a status page's own stamp under its title (when the incident began,
    "Apr 17 at 01:57am") into its updates listed newest first from the resolution ("Resolved
    / Apr 17 at 08:58am", "Updated / 03:35am", ...): the stamp heads the list, it is no
    step of it. Only where the stamp is the earliest time, the update below it the latest
    and a restoration, or the list ends on the stamp's own moment (the opening update the
    stamp repeats: "Mar 30 at 05:41pm" atop, then 06:14pm, 05:53pm, 05:41pm), and every
    update after that steps back."""
    known = [v for v in values if v is not None]
    if len(known) < 3 or len(known) != len(values):
        return frozenset()
    first, top = known[0], known[1]
    if entries[1][1].phase != "resolution" and known[-1] != first:
        return frozenset()
    if first > min(known) or top < max(known) or top <= first \
            or any(b > a for a, b in pairwise(known[1:])):
        return frozenset()
    return frozenset({1})


def _table_header(lines: tuple[str, ...], number: int,
                  is_separator: Callable[[str], bool]) -> int | None:
    """The line number of the header row of the table holding line `number`."""
    k = number - 1
    while k > 0 and "|" in lines[k - 1]:
        if is_separator(lines[k - 1]):
            return k - 1 if k > 1 else None
        k -= 1
    return None


def _cell_at(line: str, column: int,
             cells: Callable[[str], list[tuple[int, str]]]) -> str:
    """The text of a row's cell `column`, "" when the row has fewer."""
    found = cells(line)
    return found[column][1].strip(" *_`").lower() if column < len(found) else ""


def _spanning_ranges(ctx: Context, entries: list[tuple[int, Event]],
                     values: list[float | None]) -> frozenset[int]:
    """Positions of entries that are a range reaching over the entry before them ("17:48:45
    alarm acknowledged", then "17:46-17:53 URL found and submitted"): a stretch of work
    told where it ends, or as one step, holds the time above it; it is in no order with it."""
    events = ctx.timeline.events
    found = set()
    for n in range(1, len(entries)):
        i, event = entries[n]
        now, before = values[n], values[n - 1]
        if event.part != "range-start" or now is None or before is None or now >= before:
            continue
        end = events[i + 1] if i + 1 < len(events) else None
        if end is None or end.part != "range-end" or end.order_minutes is None \
                or event.order_minutes is None:
            continue
        length = end.order_minutes - event.order_minutes
        if 0 < length < DAY and (before <= now + length or sum(
                1 for v in values[:n] if v is not None and now <= v <= now + length) >= 2):
            # (or one holding two or more of the entries above it: "On July 28th between
            # 9:38 - 10:35 UTC, payments failed" below the updates of 09:44 and 10:03, the
            # window told again, as a postmortem's opening does)
            found.add(n)
    # an entry inside the span of a range just above it ("2025-09-02 01:00 ~ 2025-09-05
    # 19:59", then "2025-09-04 22:26 ~ 22:53" in a log listed newest first): inside the
    # stretch, it is in no order with the range's start
    for n in range(1, len(entries)):
        i, previous = entries[n - 1]
        now, start = values[n], values[n - 1]
        end = events[i + 1] if i + 1 < len(events) else None
        if previous.part != "range-start" or now is None or start is None \
                or previous.order_minutes is None or end is None \
                or end.part != "range-end" or end.order_minutes is None:
            continue
        length = end.order_minutes - previous.order_minutes
        if 0 < length <= 14 * DAY and start <= now <= start + length:
            found.add(n)
    return frozenset(found)


# "First error logged" ... "Last error logged": the bounds of a stream of events, told as a
# pair before the events that happened inside it
BRACKET_OPEN = LazyPattern(r"\b(?:first|earliest|initial)\b")
BRACKET_CLOSE = LazyPattern(r"\b(?:last|final|latest)\b")


def _bracketed(entries: list[tuple[int, Event]], values: list[float | None]) -> frozenset[int]:
    """Positions of entries that fall inside a first/last pair listed just before them
    ("11:54 first chaos message received", "12:13 final chaos message received (17
    total)", then "11:57 first customer order failed"): the pair gives the bounds of a
    stream, and what follows is told inside it, not after it."""
    found = set()
    for n in range(2, len(entries)):
        first, last, now = values[n - 2], values[n - 1], values[n]
        if first is None or last is None or now is None or not first <= now < last:
            continue
        opening, closing = entries[n - 2][1].text.lower(), entries[n - 1][1].text.lower()
        if BRACKET_OPEN.search(opening) and BRACKET_CLOSE.search(closing) \
                and not BRACKET_CLOSE.search(opening):
            found.add(n)
    return frozenset(found)


def _overlapping_incidents(ctx: Context, entries: list[tuple[int, Event]],
                           values: list[float | None]) -> set[int]:
    """Positions where a log of several incidents (a status page's, or one with a start
    field for each) passes from one incident to the next while the two overlap in time: the
    step from the last-listed update of one to the first-listed of the next goes one way,
    the step between their first-listed updates the other ("Billing errors", updates from
    23:37 to 19:44 the next day, listed newest first above "Model outage", 10:04 to 12:12).
    Such a step says nothing of the order, nor does one into an incident opened by its
    field whose entries share a stretch of time with those above (a post-incident report
    with its own timeline, after the live updates it retells); one where both steps agree
    (an incident listed out of its place) is judged as any other."""
    incidents = incident_starts(ctx.timeline)
    if not incidents:
        return set()
    spans = _region_spans(incidents, entries, values)
    field_lines = {e.line for e in ctx.timeline.events if e.kind == "field"}
    cut: set[int] = set()
    head: int | None = None  # the first entry with a reading in the current incident
    for n in range(len(entries)):
        if n and not same_incident(incidents, entries[n - 1][1].line, entries[n][1].line):
            now, last = values[n], values[n - 1]
            first = values[head] if head is not None else None
            if now is not None and last is not None and first is not None \
                    and now != last and (now - last) * (now - first) <= 0:
                cut.add(n)  # (two first-listed updates at the same minute: no step either)
            elif incidents[region_of(incidents, entries[n][1].line)] in field_lines \
                    and _overlap(spans.get(region_of(incidents, entries[n - 1][1].line)),
                                 spans.get(region_of(incidents, entries[n][1].line))):
                # an incident opened by its field ("Time of Incident: ...") whose entries
                # share a stretch of time with those above: a report retelling the updates
                # above it ("Post Incident Report" after the live log). (A status history's
                # notices overlap as a rule, and are listed by when each closed.)
                cut.add(n)
            head = None
        if head is None and values[n] is not None:
            head = n
    return cut


def _region_spans(incidents: tuple[int, ...], entries: list[tuple[int, Event]],
                  values: list[float | None]) -> dict[int, tuple[float, float]]:
    """The earliest and latest reading of each incident's entries, by region."""
    spans: dict[int, tuple[float, float]] = {}
    for (_, event), value in zip(entries, values, strict=True):
        if value is not None:
            region = region_of(incidents, event.line)
            low, high = spans.get(region, (value, value))
            spans[region] = (min(low, value), max(high, value))
    return spans


def _overlap(one: tuple[float, float] | None, other: tuple[float, float] | None) -> bool:
    """Whether two spans of readings share a stretch of time (more than an instant)."""
    return one is not None and other is not None \
        and max(one[0], other[0]) < min(one[1], other[1])


def _direction(values: list[float | None], cut: frozenset[int], at_least: int = 2,
               resolved_first: bool = False, resolved_last: bool = False) -> str | None:
    """Which way the entries run, "forward" or "newest first", when it is clear enough to
    judge a few entries against it (at most a quarter of the steps go the other way);
    None when it is not, or when there are not `at_least` steps."""
    steps = [(b - a) for n, (a, b) in enumerate(pairwise(values), start=1)
             if a is not None and b is not None and n not in cut]
    if len(steps) < at_least:
        return None
    return _way(steps, resolved_first, resolved_last)


# fewer steps shorter than a day than this, and the log's order judges them as it stands
SHORT_STEPS = 3


def _short_way(values: list[float | None], cut: frozenset[int]) -> str | None:
    """The way the steps shorter than a day run ("forward", "newest first"), None when they
    go both ways about as often, "few" when there are too few of them to say."""
    steps = [(b - a) for n, (a, b) in enumerate(pairwise(values), start=1)
             if a is not None and b is not None and n not in cut and a != b
             and abs(b - a) < DAY]
    if len(steps) < SHORT_STEPS:
        return "few"
    return _way(steps, resolved_first=True)  # a tie that travels back: newest first


def _way(steps: list[float], resolved_first: bool, resolved_last: bool = False) -> str | None:
    """"forward" or "newest first" when at most a quarter of the steps go the other way."""
    allowed = max(1.0, (1 - MOSTLY_FORWARD) * len(steps))
    backwards = sum(s < 0 for s in steps)
    forwards = sum(s > 0 for s in steps)
    # as many steps back as forward (three entries, one of them misplaced): a timeline that
    # travels forward overall runs forward, as most do; one that travels back overall may
    # as well be a forward one whose last entry looks back ("13:58 (found later): the
    # change that caused it"), so it runs newest first only when it opens with its
    # resolution, as a status page lists its updates ("Resolved", then what came before)
    net = sum(steps)
    if backwards == forwards and resolved_first:
        # a log that opens with its restoration, as a status page does, one step each way:
        # newest first, whatever the steps' sizes say (a slipped "11:55 p.m." at its foot
        # makes the forward step the larger)
        return "newest first" if forwards <= allowed else None
    if backwards == forwards and resolved_last and backwards <= allowed:
        # one step each way, the larger back, the last entry the resolution: a forward
        # timeline that ends with it, its time slipped back ("18:10 alarms", "19:00
        # failover", "08:30 service restored"); a look back is told as a cause, not as the
        # end of the story
        return "forward"
    if (backwards < forwards or (backwards == forwards and net > 0)) and backwards <= allowed:
        return "forward"
    if (forwards < backwards or (backwards == forwards and net < 0 and resolved_first)) \
            and forwards <= allowed:
        return "newest first"
    return None


def _unanimous(values: list[float | None], cut: frozenset[int]) -> str | None:
    """The way two or more steps all go, if they all go one way."""
    steps = [(b - a) for n, (a, b) in enumerate(pairwise(values), start=1)
             if a is not None and b is not None and n not in cut and a != b]
    if len(steps) < 2:
        return None
    if all(step > 0 for step in steps):
        return "forward"
    if all(step < 0 for step in steps):
        return "newest first"
    return None


def _run(entries: list[tuple[int, Event]], values: list[float | None], way: str,
         cut: frozenset[int], nested: frozenset[int] = frozenset(),
         short: str | None = "few", written: frozenset[int] = frozenset(),
         groups: dict[int, str] | None = None) -> Iterator[Problem]:
    if way == "forward":
        yield from _against(entries, values, "forward", cut, nested, short, written, groups)
    else:
        # newest first, as a status page lists its updates: an entry later than the one
        # above it is out of place the same way, mirrored
        yield from _against(entries, [None if v is None else -v for v in values],
                            "newest first", cut, nested, short, written, groups)


def _against(entries: list[tuple[int, Event]], values: list[float | None], direction: str,
             cut: frozenset[int] = frozenset(), nested: frozenset[int] = frozenset(),
             short: str | None = "few", written: frozenset[int] = frozenset(),
             groups: dict[int, str] | None = None) -> Iterator[Problem]:
    """Each entry that breaks a run going the one way (values ascending in the document).
    `short` is the way the log's steps shorter than a day run (see _short_way): a step back
    within a day is judged against the log's order only where they agree with it. `groups`:
    the steps that cross into another group of a list (see _group_steps), with its label."""
    reported: set[int] = set()
    steps = [abs(b - a) for a, b in pairwise(values) if a is not None and b is not None]
    # a log of days or incidents listed newest first, days or months apart ("### 1:00 PM,
    # 20-Dec-18: AC failure" above "### 10:02 AM, 13-Apr-17: UPS failure"), with too few
    # steps within a day to tell which way its incidents' own updates run
    log_of_days = direction == "newest first" and sum(step >= DAY for step in steps) >= 3
    for n in range(1, len(entries)):
        now, before = values[n], values[n - 1]
        if now is None or before is None or now >= before or n in cut:
            continue
        if short != "few" and short != direction and before - now < DAY:
            continue  # a day's entries told both ways in a log ordered by days or incidents
        if log_of_days and short == "few" and before - now < DAY \
                and entries[n - 1][1].line in written \
                and entries[n][1].line in written:
            # "10:02 AM, 13-Apr-17: UPS failure", then "11:22 AM, 13-Apr-17: Cluster back up":
            # one incident and its all-clear, each dated, told in their own order
            continue
        if not _comparable(entries[n - 1][1], entries[n][1]):
            continue
        if _same_minute(entries[n - 1][1], entries[n][1], before, now):
            continue  # "17:55:08", then "17:55": a time to the minute spans that minute
        if (entries[n - 1][1].approximate or entries[n][1].approximate) \
                and before - now < APPROXIMATE_SLACK:
            continue  # "~11:31:38" then "~11:31:36": "about" a time says nothing of seconds
        if _yearless(entries[n - 1][1]) and _yearless(entries[n][1]) \
                and abs(now - before) > YEARLESS_APART:
            # "Feb 04" then "Dec 04" with no year anywhere: likely a year apart; so is "May 13"
            # then "Oct 15" in a history listed newest first (October of the year before)
            continue
        if _told_ahead_in_entry(entries, values, n):
            # "- 14:02 Queue grows. By 14:20 it holds 9,000 jobs.", then "- 14:05 Pager
            # fires": the entry told ahead of its own time; the next one follows its lead
            continue
        if n in nested:
            # a detail listed under its entry ("  - 09:10 first timeouts", a chat line quoted
            # under "10:07 chat:"): the step back is the detail's, the entry is not odd
            continue
        if stepped_back(entries[n][1].provenance):
            continue  # "Earlier that morning, 06:20: ...": told out of order on purpose
        if skipped_by_the_clocks(entries[n - 1][1].provenance) \
                or skipped_by_the_clocks(entries[n][1].provenance):
            continue  # "02:30" on the night the clocks skip from 02:00 to 03:00: no moment
            # has it, the order rests on pmlint's reading of it (invalid-time says so)
        if _listed_by_label(entries[n - 1][1], entries[n][1], direction):
            continue  # "Detected: 10:05", then "Impact started: 09:50": the labels' order
        blamed = n
        if _previous_is_odd(values, n):
            blamed = n - 1  # the previous entry sticks out past both its neighbours
        elif direction == "forward" and LOOKING_BACK.search(entries[n][1].text.lower()):
            continue  # "the payload had already run": placed after on purpose
        after = values[n + 1] if n + 1 < len(values) and n + 1 not in cut else None
        restart = blamed == n and after is not None and after < before
        if blamed in reported:
            continue
        reported.add(blamed)
        event = entries[blamed][1]
        other = entries[n][1] if blamed == n - 1 else entries[n - 1][1]
        ahead = (blamed == n - 1) == (direction == "forward")
        relation = "later than" if ahead else "earlier than"
        said = (f"{event.written} is {relation} {at_line(other)} by "
                f"{span(abs(now - before) * 60)}")
        slip = _day_slip(entries[n - 1][1], entries[n][1], before, now) \
            if restart and direction == "forward" else None
        if slip is not None:
            # "### 2021-06-28 14:09", then "### 2021-06-11 14:15", "14:24", "17:05": the clock
            # runs on by minutes while the written date jumps back whole days
            days, ahead_by = slip
            back = "a year" if days in (365, 366) else f"{days} day{'s' if days > 1 else ''}"
            yield Problem(event.line, event.column,
                          f"{said}; with the date of {at_line(other)} it would follow it by "
                          f"{span(ahead_by * 60)}, and the entries after it carry on from it: "
                          f"its date looks mistyped ({back} back)",
                          related_line=other.line,
                          suggestion="correct the date of this entry and of those after it")
            continue
        if restart:
            # the next entry carries on from this one, not from the one before: a second
            # strand told after the first, or a block out of place; which, the reader knows
            yield Problem(event.line, event.column,
                          f"{said}, and the entries after it carry on from it: the timeline "
                          f"starts over here, as if a second strand or a block out of place "
                          f"were told after the first",
                          related_line=other.line, severity="warning",
                          suggestion="if the section is meant to run in time order, move "
                                     "these entries to their place; if it tells a second "
                                     "strand, give it its own heading")
            continue
        ordered = f"{said}, in a timeline that otherwise runs {direction}"
        label = groups.get(n) if groups else None
        if label is not None:
            # "- Before anyone noticed" / "  - ...", then "- After the fix" / "  - ...": each
            # group may be told from its own start; whether it should run on, the author knows
            yield Problem(event.line, event.column,
                          f"{ordered}; the step back goes into another group of the list "
                          f"(\"{label}\"), which may be told from its own start",
                          related_line=other.line, severity="warning",
                          suggestion="if the groups are meant to run in time order, move the "
                                     "entry to its place; if not, say what orders them")
            continue
        hedge = _hedge(event, other, abs(now - before), written)
        if hedge is not None:
            why, suggestion = hedge
            yield Problem(event.line, event.column, f"{ordered}; {why}",
                          related_line=other.line, severity="warning", suggestion=suggestion)
            continue
        yield Problem(event.line, event.column, ordered, related_line=other.line,
                      suggestion="move the entry to its place, or correct its time")


# "seems out of chronological order", "not listed in time order", "shown out of order"
ORDER_NOTED = LazyPattern(
    r"out[ \t-]++of[ \t-]++(?:chronological|time|date)[ \t-]++order"
    r"|(?:not|n't)[ \t]++(?:(?:listed|shown|sorted|given|told)[ \t]++)?in[ \t]++"
    r"(?:chronological|time|date)[ \t]++order|non-?chronological"
    r"|(?:listed|shown|appears?|seems?|placed|sorted|told)[ \t]++out[ \t]++of[ \t]++order",
    re.IGNORECASE)
NOTE_REACH = 200  # lines either side of an entry looked through for its section's note


def _order_noted(ctx: Context, number: int) -> int | None:
    """The line of a note in the section of line `number` (between the headings around it)
    that says an entry is out of chronological order ("This is why this event seems out of
    chronological order with other events"), or None."""
    lines = ctx.timeline.lines
    if not 0 < number <= len(lines):
        return None
    first = number
    while first > 1 and number - first < NOTE_REACH \
            and not lines[first - 1].lstrip().startswith("#"):
        first -= 1
    last = number
    while last < len(lines) and last - number < NOTE_REACH \
            and not lines[last].lstrip().startswith("#"):
        last += 1
    text = [lines[n - 1].lstrip(" \t>") for n in range(first, last + 1)]
    found = ORDER_NOTED.search(" ".join(text))
    if found is None:
        return None
    starts = list(accumulate((len(line) + 1 for line in text[:-1]), initial=0))
    return first + bisect_right(starts, found.start()) - 1


DAY_SLIP_CLOCK = 6 * 60  # minutes: how far on the clock may run past the entry before it


def _told_ahead_in_entry(entries: list[tuple[int, Event]], values: list[float | None],
                         n: int) -> bool:
    """Entry n-1 is a later time told on the line of entry n-2, after its lead time, and
    entry n is at or after that lead: the step back is from the look-ahead, not the log."""
    if n < 2:
        return False
    lead, ahead = entries[n - 2][1], entries[n - 1][1]
    led, now = values[n - 2], values[n]
    return ahead.line == lead.line and ahead.column > lead.column \
        and led is not None and now is not None and led <= now


def _day_slip(previous: Event, event: Event, before: float, now: float
              ) -> tuple[int, float] | None:
    """A step back of whole days, both entries writing their date, where the clock runs on
    from the previous entry by minutes or hours (under DAY_SLIP_CLOCK): the days back and
    the minutes it runs on, or None. A date typed wrong, not a second strand of the story."""
    if previous.date is None or event.date is None or previous.date.day is None \
            or event.date.day is None or before - now < DAY:
        return None
    ahead_by = (now - before) % DAY
    if not 0 < ahead_by <= DAY_SLIP_CLOCK:
        return None
    return round((before - now + ahead_by) / DAY), ahead_by


PHASE_RANK = {phase: n for n, phase in enumerate(PHASE_ORDER)}


def _listed_by_label(before: Event, after: Event, direction: str) -> bool:
    """Two entries that each open with the label of an incident's step ("Detected: 10:05",
    then "Impact started: 09:50"): a list of key moments in the order of its labels, a
    template's, whose times run in the order of the steps they name; no slip in the telling."""
    first, second = _step_label(before), _step_label(after)
    if first is None or second is None or first == second:
        return False
    earlier_step = PHASE_RANK[second] < PHASE_RANK[first]
    return earlier_step if direction == "forward" else not earlier_step


def _step_label(event: Event) -> str | None:
    """The step an entry's opening label names ("Impact started:", "**Mitigated:**")."""
    label, colon, _ = event.text.partition(":")
    if not colon or len(label) > 40:
        return None
    phase = field_phase(" ".join(label.strip(" *_").lower().split()))
    return phase if phase in PHASE_RANK else None


def _hedge(event: Event, other: Event, apart: float, written: frozenset[int] = frozenset()
           ) -> tuple[str, str] | None:
    """Why a step back `apart` minutes between two entries is worth a look rather than a
    failed build, and what to do, or None: the slip may be pmlint's or the author said the
    time was rough."""
    mine, theirs = day_assumed(event.provenance), day_assumed(other.provenance)
    assumed = mine or theirs
    if assumed is not None and (event.local[:10] != other.local[:10]
                                or _written_apart(event, other, mine, theirs, written)):
        # the step back goes across a day pmlint chose, not one written; or one entry's day
        # is chosen and the other's written below it: "20:45", then "16:11" rolled to the
        # next day, then that day's own heading and "16:00" (unrolled, no step back at all)
        return (f"the order rests on a day pmlint assumed ({render(assumed)})",
                "write the entries' dates, or move the entry to its place")
    if (event.approximate or other.approximate) and apart <= APPROXIMATE_ORDER:
        # "10:05 (approx.)" a few minutes before the entry above it
        return ("one of the two times is marked approximate",
                "move the entry to its place, or give its exact time")
    return None


def _written_apart(event: Event, other: Event, mine: Inference | None,
                   theirs: Inference | None, written: frozenset[int]) -> bool:
    """One of the two entries' days is pmlint's choice, the other's comes from a date
    written after that entry (a day's heading further down), not carried from it."""
    if (mine is None) == (theirs is None):
        return False
    chosen, kept = (event, other) if mine is not None else (other, event)
    source = next((p.line for p in kept.provenance if p.what == "date" and p.how == "carried"),
                  kept.line)
    return source > chosen.line and source in written


# Two dates with no year this far apart: a year turned between them as likely as not (a
# slip of the day or the month moves a date days or a month, not a season)
YEARLESS_APART = 91 * 1440.0
# one block stepping back this far is a log of separate incidents, not a mistyped day
LONE_BLOCK_STEP = 7 * DAY


def _reversed_blocks(ctx: Context, entries: list[tuple[int, Event]],
                     values: list[float | None]) -> frozenset[int]:
    """Positions of entries that open a dated block in a log of blocks listed newest first,
    each told oldest first ("## 2024-05-12: search down", its entries, then "## 2024-04-28:
    login failures", ...); empty when the blocks do not all step back.

    A block opens with a date written for it: a date line or dated heading just above the
    entry, or a date on the entry's own line where a new list begins. Every step into a block
    must go back, at least a day (a week when there is only one, unless the block before it
    closes on its resolution: that story is told, and the next is another incident's), while
    the steps inside blocks mostly go forward; a single block dated before its neighbours is
    still a slip.
    """
    if len(entries) < 4:
        return frozenset()
    first, last = entries[0][1].line, entries[-1][1].line
    dated_lines = sorted(e.line for e in ctx.timeline.events
                         if e.clock is None and e.date is not None and e.date.day is not None
                         and (e.source == "timeline" or first < e.line < last))
    opens: list[int] = []
    day_lines: set[int] = set()  # blocks opened by a day line: the calendar day steps back
    for n in range(1, len(entries)):
        before, now = entries[n - 1][1], entries[n][1]
        between = any(before.line < line < now.line for line in dated_lines)
        if between or (now.date is not None and now.date.day is not None
                       and now.block != before.block):
            opens.append(n)
            if between and _earlier_day(now, before):
                day_lines.add(n)
    if not opens:
        return frozenset()
    into = [values[n] - values[n - 1] for n in opens  # type: ignore[operator]
            if values[n] is not None and values[n - 1] is not None]
    # ("Thursday 9th June 2022", its evening's updates, below Friday's morning ones: less
    # than a day back on the clock, but a day back as written)
    if len(into) != len(opens) or any(step > -DAY and n not in day_lines
                                      for n, step in zip(opens, into, strict=True)):
        return frozenset()
    if len(into) == 1 and into[0] > -LONE_BLOCK_STEP \
            and entries[opens[0] - 1][1].phase not in ("resolution", "end"):
        return frozenset()
    inside = [b - a for n, (a, b) in enumerate(pairwise(values), start=1)
              if a is not None and b is not None and n not in opens]
    if sum(step > 0 for step in inside) <= sum(step < 0 for step in inside):
        return frozenset()
    return frozenset(opens) | _incidents_of_a_day(ctx, entries, values, day_lines)


def _incidents_of_a_day(ctx: Context, entries: list[tuple[int, Event]],
                        values: list[float | None], day_lines: set[int]) -> frozenset[int]:
    """In a history of days listed newest first under day lines, a step back within one
    day after a line of words between the entries ("Infrastructure: a hypervisor is down",
    opening the day's earlier incident): the day's incidents are listed newest first too."""
    lines = ctx.timeline.lines
    if not day_lines or not lines:
        return frozenset()
    entry_lines = {e.line for _, e in entries}
    found = set()
    for n in range(1, len(entries)):
        before, now = entries[n - 1][1], entries[n][1]
        step_back = values[n] is not None and values[n - 1] is not None \
            and values[n] < values[n - 1]  # type: ignore[operator]
        if step_back and now.local[:10] == before.local[:10] and now.local[:1].isdigit() \
                and any(lines[k - 1].strip() and k not in entry_lines
                        for k in range(before.line + 1, now.line)):
            found.add(n)
    return frozenset(found)


def _earlier_day(now: Event, before: Event) -> bool:
    """`now` falls on a calendar day before `before`'s (both dated)."""
    return now.local[:1].isdigit() and before.local[:1].isdigit() \
        and now.local[:10] < before.local[:10]


def _same_minute(a: Event, b: Event, a_minutes: float, b_minutes: float) -> bool:
    """Two entries in the same clock minute, one of them written to the minute only."""
    if a.clock is None or b.clock is None or math.floor(a_minutes) != math.floor(b_minutes):
        return False
    return a.clock.second is None or b.clock.second is None


def _yearless(event: Event) -> bool:
    """A date with its month and day but no year known ("--12-04T19:30")."""
    return event.local.startswith("--")


def _impossible(event: Event) -> bool:
    """A clock time that cannot exist as written: "15:38pm", "25:10", "14:75" (not "00:15
    AM", which every reader takes for a quarter past midnight)."""
    clock = event.clock
    return clock is not None and any("does not exist" in odd or "24-hour time with" in odd
                                     for odd in clock.oddities)


def _comparable(a: Event, b: Event) -> bool:
    """Same section, same offset: a recap section may restart, mixed zones are tz-mixed's."""
    if a.scope != b.scope or not same_axis(a, b):
        return False
    if a.at is not None and b.at is not None:
        return a.at.utcoffset() == b.at.utcoffset()
    if a.zone is not None and b.zone is not None:
        return a.zone.label == b.zone.label
    return True


# A list item: its indentation and its marker ("  - ", "    * ", "   1. ").
LIST_ITEM = LazyPattern(r"([ \t]*+)(?:[-*+•]|\d{1,3}[.)])[ \t]")


def _nested(ctx: Context, entries: list[tuple[int, Event]]) -> frozenset[int]:
    """Positions of entries that are list items indented under the entry before them: a
    detail of that entry ("  - 09:10 first timeouts", under "- 09:35 incident declared"),
    which may reach back before it on purpose."""
    lines = ctx.timeline.lines
    if not lines:
        return frozenset()

    def indent(event: Event) -> int | None:
        if event.kind != "entry" or not 0 < event.line <= len(lines):
            return None
        m = LIST_ITEM.match(lines[event.line - 1])
        return None if m is None else len(m.group(1).expandtabs(4))

    def body(event: Event) -> int | None:
        """The indentation of a line that is no list item of its own but a paragraph of
        the item above it ("    Monday Nov 20 23:46 to Wednesday Nov 22 03:48" under
        "  - 2023-12-18 15:30 - Home directories restored from the backup which ran
        from:"): what it dates is told within that item, not an entry of the story."""
        if event.kind != "entry" or not 0 < event.line <= len(lines):
            return None
        text = lines[event.line - 1]
        if LIST_ITEM.match(text) is not None:
            return None
        width = len(text) - len(text.lstrip(" \t"))
        return len(text[:width].expandtabs(4)) if width else None

    def introduced(event: Event) -> bool:
        """A bare time or range on a line of its own (no words of an event after it) that
        the line above introduces with a colon ("...the backup, which ran from:"): the
        sentence's object, which survives a rebuild that flattens the indentation."""
        if event.kind != "entry" or event.text.strip(" \t.*_") or not 1 < event.line <= len(lines):
            return False
        for k in range(event.line - 2, max(-1, event.line - 5), -1):
            above = lines[k].strip().rstrip("*_ \t")
            if above:
                return above.endswith(":") and len(above.split()) >= 4
        return False

    found = set()
    indents = [indent(event) for _, event in entries]  # each entry is a parent, then a child
    for n in range(1, len(entries)):
        parent = indents[n - 1]
        mine = indents[n]
        if mine is None:
            mine = body(entries[n][1])
        if (mine is not None and parent is not None and mine > parent) \
                or introduced(entries[n][1]):
            found.add(n)
    return frozenset(found)


def _group_steps(ctx: Context, entries: list[tuple[int, Event]]) -> dict[int, str]:
    """Positions of entries that step into another group of a list whose entries are
    items nested under items of no time of their own ("- Before anyone noticed", then its
    dated items; "- After the fix", then its own), with the group's label: the list sorts
    what it tells into groups (by stage, by kind of evidence), each of which may start
    over."""
    lines = ctx.timeline.lines
    if not lines:
        return {}
    timed = {e.line for e in ctx.timeline.events}
    found: dict[int, str] = {}
    for n in range(1, len(entries)):
        before, now = entries[n - 1][1], entries[n][1]
        if now.kind != "entry" or before.kind != "entry" \
                or not 0 < before.line < now.line <= len(lines):
            continue
        items = [LIST_ITEM.match(lines[e.line - 1]) for e in (before, now)]
        if items[0] is None or items[1] is None:
            continue
        depth = len(items[1].group(1).expandtabs(4))
        if not depth or len(items[0].group(1).expandtabs(4)) != depth:
            continue
        for number in range(before.line + 1, now.line):
            item = LIST_ITEM.match(lines[number - 1])
            if item is not None and number not in timed \
                    and len(item.group(1).expandtabs(4)) < depth:
                found[n] = lines[number - 1][item.end():].strip(" \t*_:")
                break
    return found


def _previous_is_odd(values: list[float | None], n: int) -> bool:
    """Entry n-1 sticks out: n fits after n-2, and n-1 is also later than n+1. The first
    entry sticks out so where the entries after it run on past it, in order ("22:40" over
    "22:06", "22:07", ... "23:15": one row mistyped or out of place, not a second strand;
    a first entry later than all the rest may be a headline, and is not singled out)."""
    if n == 1:
        return _first_is_odd(values)
    before2, previous, now = (values[n - 2] if n >= 2 else None), values[n - 1], values[n]
    if before2 is None or previous is None or now is None or before2 > now:
        return False
    after = values[n + 1] if n + 1 < len(values) else None
    return after is None or previous > after


def _first_is_odd(values: list[float | None]) -> bool:
    """The first entry falls inside the run of those after it, which go forward from the
    second on (see `_previous_is_odd`)."""
    first = values[0]
    rest = [v for v in values[1:] if v is not None]
    if first is None or len(rest) < 3 or any(b < a for a, b in pairwise(rest)):
        return False
    return rest[1] < first < rest[-1]


RULE = Rule(code="PM201", name="out-of-order", severity="error",
            summary="An entry out of place in a timeline that runs forward, or newest first.",
            check=check, lowered=("warning",), doc=__doc__ or "")
