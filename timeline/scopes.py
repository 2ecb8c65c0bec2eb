"""Documents that report several incidents, each with its own header fields.

An incident log or a status history gives every incident its own "Start:" and "End:" (or
"Start time: ... End time: ..."). Comparing one incident's start with another's end, or
one incident's stated duration with another's window, reports inconsistencies the author
never wrote. Such a document is split into regions, each from one start field up to the
next (the lines above the first belong to the first); rules compare summary times and
entries only within a region. A report told twice in one file ("Issue Summary" again
further down) splits the same way, each retelling checked on its own. A status log that
records each incident's window under its updates (the heading, the updates newest first,
then "start: ... stop: ...") has each region begin where the start field's section does;
an overview above the first incident that dates several of them is a region of its own.
A file gathering several reports, each under its own title with a timeline of its own,
has a region per report.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import pairwise

from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.model import Event, Timeline
from pmlint.timeline.phases import WHEN_FIELDS

# Fields that say which incident a section is about: its start, its date (or when it
# happened: "Date / Time of Incident:", "Time of the outage:").
DATE_FIELDS = frozenset({"date", "incident date", "date of incident", "outage date"}) \
    | WHEN_FIELDS


@lru_cache(maxsize=1)  # asked by several rules of one document (timelines hash by identity)
def incident_starts(timeline: Timeline) -> tuple[int, ...]:
    """Where each incident of a log begins: the first line, in each section that has one, of
    a field that opens an incident, when the same kind of field (a start: "Start:",
    "Started at", "Duration: A - B"; a date: "Date:") recurs in two or more sections, or a
    start field that lies below timeline entries and above others. Empty for a document
    about one incident. (A second "Duration:" alone splits nothing: a report may repeat its
    length in a later section.)"""
    first: dict[str, dict[str | None, int]] = {"start": {}, "date": {}}
    for event in timeline.events:
        if event.source == "summary" and event.kind == "field":
            kind = "start" if event.phase == "start" else \
                "date" if event.field_name in DATE_FIELDS else None
            if kind is not None:
                first[kind].setdefault(event.scope, event.line)
    most = max(first.values(), key=len)
    starts = set(most.values()) if len(most) > 1 and not _one_start_restated(timeline, most) \
        else set()
    # a start field (or "Time of incident:" with its clock) below a timeline and over a
    # timeline of its own: the next incident (an incident appended to a report, "Earlier
    # incident: ..."), or a report appended to a log of updates, whatever the fields above it
    entries = sorted(e.line for e in timeline.events if e.source == "timeline")
    # (one that gives the instant another start field or an entry above gives restates it)
    for event in timeline.events:
        if event.source == "summary" and event.kind == "field" \
                and (event.phase == "start"
                     or (event.field_name in WHEN_FIELDS and event.clock is not None)) \
                and entries and entries[0] < event.line < entries[-1] \
                and not _restates(timeline, event):
            starts.add(event.line)
    starts.update(_paired_starts(timeline))
    if len(starts) == 1 and entries and min(starts) > entries[0]:
        starts.add(0)  # the report above the appended incident is the first
    if len(starts) > 1:
        return _overview(timeline, tuple(_section_openings(timeline, sorted(starts))))
    return _titled_reports(timeline) or _status_incidents(timeline)


# a line that names a timeline before anything else: "Timeline UTC:", "## Timeline",
# "**Timeline (PDT)**"
_TIMELINE_LABEL = LazyPattern(r"\A[ \t#*_>]*+(?:time[ \t-]?line|chronology)(?![a-z])",
                              re.IGNORECASE)
_FENCE = ("```", "~~~")


def _titled_reports(timeline: Timeline) -> tuple[int, ...]:
    """Several reports in one file, each under its own title ("# Flappy network", "# 40m
    downtime of proteus"), each with a timeline of its own (its "Timeline UTC:" label and
    entries under it): a page gathering an issue tracker's incident reports. Each report
    from its title on; empty unless two titles or more each hold a timeline."""
    lines = timeline.lines
    titles: list[int] = []
    named: set[int] = set()  # titles whose section names a timeline
    fenced = False
    for number, text in enumerate(lines, start=1):
        if text.lstrip().startswith(_FENCE):
            fenced = not fenced
        elif not fenced and text.startswith("# "):
            titles.append(number)
        elif not fenced and titles and _TIMELINE_LABEL.match(text) is not None:
            named.add(titles[-1])
    if len(named) < 2:
        return ()
    owning = {titles[bisect_right(titles, e.line) - 1] for e in timeline.events
              if e.source == "timeline" and e.line > titles[0]}
    reports = sorted(named & owning)
    return tuple(reports) if len(reports) > 1 else ()


def _restates(timeline: Timeline, field: Event) -> bool:
    """Another start field, or an entry above the field, gives the field's very instant."""
    return any(e is not field and e.order_minutes == field.order_minutes and e.line < field.line
               and ((e.kind == "field" and e.phase == "start") or e.source == "timeline")
               for e in timeline.events)


def _one_start_restated(timeline: Timeline, firsts: dict[str | None, int]) -> bool:
    """Start fields of several sections that all give one instant (front matter's
    "start-time: ...T13:37:00Z" and an impact section's "Duration: 13:37 UTC June 9 - ..."):
    the one incident's start restated, not an incident per section."""
    lines = set(firsts.values())
    instants = {e.order_minutes for e in timeline.events
                if e.line in lines and e.source == "summary" and e.kind == "field"
                and e.phase == "start"}
    return len(instants) == 1 and None not in instants


def _overview(timeline: Timeline, starts: tuple[int, ...]) -> tuple[int, ...]:
    """An overview above the log's first incident (a year's "Operational summary" listing
    each outage's date and hours) that dates two or more of the incidents below is about
    them all, no part of the first: a region of its own."""
    if not starts or starts[0] == 0:
        return starts
    days: dict[str, set[int]] = {}
    for event in timeline.events:
        if event.line >= starts[0] and event.date is not None and event.local[:4].isdigit():
            days.setdefault(event.local[:10], set()).add(region_of(starts, event.line))
    named: dict[str, set[int]] = {}
    for event in timeline.events:
        if event.line < starts[0] and event.date is not None and event.date.day is not None \
                and event.local[:10] in days:
            named[event.local[:10]] = days[event.local[:10]]
    # two days or more, of two incidents or more: not one day a report's header repeats
    return (0, *starts) if len(named) > 1 and len(set().union(*named.values())) > 1 \
        else starts


def _section_openings(timeline: Timeline, starts: list[int]) -> list[int]:
    """Each incident from where its own section begins: a status log that records each
    incident's window at the foot of its updates ("start: ... stop: ..." in a comment under
    them, newest first) has the updates above the field, under the same heading. An
    incident then begins at the first line of the heading's section that has a time, when
    that lies below the incident before it. (One incident whose updates went unread, or
    that has none, does not stop the others' from being found: two suffice.)"""
    scope_of = {e.line: e.scope for e in timeline.events
                if e.source == "summary" and e.kind == "field" and e.phase == "start"}
    first: dict[str, int] = {}
    for event in timeline.events:
        if event.scope is not None:
            first.setdefault(event.scope, event.line)
    under_updates = [any(e.source == "timeline" and e.scope == scope_of.get(line)
                         and e.line < line for e in timeline.events)
                     for line in starts if scope_of.get(line) is not None]
    if sum(under_updates) < 2:
        return starts  # not a log whose incidents keep their records under their updates
    moved: list[int] = []
    for line in starts:
        scope = scope_of.get(line)
        top = first.get(scope, line) if scope is not None else line
        moved.append(top if top < line and (not moved or top > moved[-1]) else line)
    return moved


# A status update's label opening an entry's text ("Resolved - ...", "**Update** - ...").
_LABEL = LazyPattern(r"\A[\s*_#>]*+(?:investigating|identified|monitoring|update|updated|resolved"
                    r"|recovering|mitigated|scheduled|in progress|completed|postmortem"
                    r"|post-mortem|verifying)(?![a-z])", re.IGNORECASE)
# The label that closes an incident on a status page.
_CLOSING = LazyPattern(r"\A[\s*_#>]*+(?:resolved|completed|postmortem|post-mortem)(?![a-z])",
                      re.IGNORECASE)


def _status_incidents(timeline: Timeline) -> tuple[int, ...]:
    """A status page listing several incidents newest first (a closing update at the top, or
    most steps going back), each a run of labelled updates
    headed by its closing one ("Resolved", "Completed", "Postmortem"): a closing update
    below another kind opens the next incident, which begins on the line after the last
    entry of the one before. Empty unless most entries are labelled updates listed newest
    first and two incidents are found (oldest first, updates after a "Resolved" are more
    often the same incident reopened)."""
    entries = [e for e in timeline.events if e.source == "timeline" and e.part != "range-end"
               and e.order_minutes is not None]
    if not _mostly_labelled(entries):
        return ()
    closing = [bool(_CLOSING.match(e.text)) for e in entries]
    if not (closing[0] and not closing[-1]) and not _runs_back(entries):
        return ()  # oldest first, a "Resolved" then more updates is one incident reopened
    starts = [before.line + 1 for (before, _), (was, now) in
              zip(pairwise(entries), pairwise(closing), strict=True) if now and not was]
    return (0, *starts) if starts else ()


def _mostly_labelled(entries: list[Event]) -> bool:
    """Four or more of the entries, and three in four, are labelled status updates."""
    labelled = sum(bool(_LABEL.match(e.text)) for e in entries)
    return labelled >= 4 and labelled >= 0.75 * len(entries)


def posted_updates(timeline: Timeline) -> bool:
    """The timeline is a status page's updates, most of them opening with their label
    ("Resolved: ...", "Update - ..."): stamped when each was posted. (A day's heading over
    them, "### June 15-25, 2024", is no update.)"""
    return _mostly_labelled([e for e in timeline.events if e.source == "timeline"
                             and e.part != "range-end" and e.order_minutes is not None
                             and e.text.strip()])


def _runs_back(entries: list[Event]) -> bool:
    """Most steps between entries go back in time: updates listed newest first."""
    steps = [(b.order_minutes or 0.0) - (a.order_minutes or 0.0)
             for a, b in pairwise(entries) if a.order_minutes != b.order_minutes]
    return sum(step < 0 for step in steps) > sum(step > 0 for step in steps)


def _paired_starts(timeline: Timeline) -> set[int]:
    """Start fields that each come with their own end within one section ("Started: ...
    Resolved: ...", then the next incident's "Started: ... Resolved: ..."), as a log of
    incidents under bold labels or list items lists them: when every start is followed by
    an end field before the next start (or the section's end), each opens an incident."""
    fields: dict[str | None, list[tuple[int, bool]]] = {}
    for event in timeline.events:
        if event.source == "summary" and event.kind == "field" and event.part == "single" \
                and event.phase in ("start", "end", "resolution"):
            fields.setdefault(event.scope, []).append((event.line, event.phase == "start"))
    found: set[int] = set()
    for marks in fields.values():
        opens = [n for n, (_, is_start) in enumerate(marks) if is_start]
        if len(opens) < 2:
            continue
        bounds = [*opens, len(marks)]
        if all(any(not is_start for _, is_start in marks[a + 1:b])
               for a, b in pairwise(bounds)):
            found.update(marks[n][0] for n in opens)
    return found


def region_of(starts: tuple[int, ...], line: int) -> int:
    """Which incident a line belongs to: the last start field at or above it."""
    return max(0, bisect_right(starts, line) - 1)


def same_incident(starts: tuple[int, ...], line: int, other: int) -> bool:
    """Whether two lines may be compared, given `incident_starts`: always, unless the
    document reports several incidents and the lines lie in different ones."""
    return not starts or region_of(starts, line) == region_of(starts, other)


# "## Incident 2: Queue backlog (Aug 19)", "### Outage of 3 May": a heading that names one
# incident of a document that tells several
INCIDENT_HEADING = LazyPattern(r"(?<![a-z])(?:incident|outage|event|issue)(?![a-z])",
                               re.IGNORECASE)
PART_MIN_ENTRIES = 2
LOG_MIN_RECORDS = 3


def incident_parts(timeline: Timeline) -> tuple[tuple[Event, ...], ...]:
    """The events of each incident of a document that tells several, for metrics measured
    per incident (a start on one day and a detection weeks later in another incident is no
    MTTD): the regions `incident_starts` finds, three or more, or else sections under
    headings that each name an incident and each hold timeline entries of their own, every
    entry in one of them. Empty for a document of one incident."""
    starts = incident_starts(timeline)
    if len(starts) > 1:
        # a log of records; two starts may be one report and its impact record ("Started
        # at:" below the updates), which the rules keep apart but is one incident to measure
        regions: dict[int, list[Event]] = {}
        for event in timeline.events:
            regions.setdefault(region_of(starts, event.line), []).append(event)
        parts = [tuple(g) for g in regions.values() if any(e.source == "timeline" for e in g)]
        return tuple(parts) if len(parts) >= LOG_MIN_RECORDS else ()
    scoped: dict[str, list[Event]] = {}
    for event in timeline.events:
        if event.scope is not None:
            scoped.setdefault(event.scope, []).append(event)
    parts = [tuple(g) for scope, g in scoped.items()
             if INCIDENT_HEADING.search(scope.rpartition(" (line ")[0] or scope)
             and sum(e.source == "timeline" for e in g) >= PART_MIN_ENTRIES]
    told = sum(len([e for e in part if e.source == "timeline"]) for part in parts)
    if len(parts) < 2 or told != sum(e.source == "timeline" for e in timeline.events):
        return ()
    return tuple(parts)
