"""summary-mismatch: a summary or header time that disagrees with the timeline.

A title that dates the incident ("Outage on August 10, 2024") and a header field that
gives another day ("Incident Date: August 16, 2024") disagree the same way, as do a
sentence that dates the incident ("the outage that occurred on January 15, 2022") and a
stated window on another day ("from 11:20 to 15:42 on Monday, February 14"), a summary
section that opens on a day more than a week from its timeline's ("On Oct 10, 2017, ..."
over entries dated 2017-05-09: a day or two before may be the cause, told before its
report), and a
sentence's window ("began at 08:40 and ended at 12:20") beside Start and End fields of
the same day that differ at both ends by half an hour or more; so does a
stated window dated a day, a month or a year away from a timeline that writes its own
dates and meets the window's times of day there. A stated end that writes its own date, whole
days after the timeline's last restoration at that very time of day, disagrees on the day;
so does a header's time given to the second that another line dates a day away.

In a document with no timeline, a summary sentence and a sentence of the account below it
that tell one step in nearly the same words ("At approximately 6:20 pm all aspects of the
system were restored" under Summary, the same at 6:10 pm under Recovery), minutes or hours
apart, disagree the same way.

The summary says when the incident was detected and resolved; so does the timeline. When
both state the same moment and they differ (by more than a minute, or fifteen for an
"approximately", and less than half a day), one of
them is wrong. AM/PM corrections are applied to the timeline first. A summary end at one
of the timeline's restorations, at its closing, or at a later entry confirming the recovery
agrees; one at the same time of day under another zone name is left to tz-mixed. A
sentence under the Timeline heading is the timeline's own telling, not a summary; one
about another day ("the previous evening, from 21:40 to 21:52") tells another episode, and
a window in a subheading beside sibling subheadings with times of their own ("### Fix
preparation (10:30 - 14:00 UTC)") is one phase's; so is each of two windows a line tells
("from 9:36 to 10:39, then from about 11:30 to 11:55") one episode's, where the timeline
has an entry at its time. A window told below the whole timeline, under a heading that names
neither the incident nor its impact ("## Open questions") and in words that do not either, is
one step's note ("the backup job also paused 08:40-08:55"), not the incident's window; so is
one below it under a heading that explains the cause ("## Root Cause": "GC pauses from 14:08
to 14:11"), the cause's evidence. A
labelled line in a breakdown by part ("### Lambda" with "- **Resolution**: restored at 4:40
AM", beside "### Load balancers" with a Resolution of its own) is that part's, and so is a
range listed under the summary inside a window stated just above it ("in three periods:"
over "2. 5:30 AM - 2:09 PM: replicas lagged").

Any other event the summary tells is paired with the one timeline entry that tells it in
the same words ("at 15:16 UTC a wrong block was generated" and "06:16 wrong block
generated"; common words left out): at another time, one of the two is wrong; at the very
time of day on a date a day, a month or a year away, one of the dates slipped. A sentence
that writes no date, whose day pmlint could only carry from an earlier line, a day the
timeline never reaches (a window above dated a month before it), is held to its time of
day. Not what was due, planned or expected ("was due to be updated at 3:00 PM"), not when
two entries tell it as well, and not the same wall clock under another zone. A time said
"by" ("restored by 16:30") is a bound: a moment up to 15 minutes before it keeps it. An end
a timeline row's span reaches ("10:24-10:31 | recovers") agrees with that row; one that a
restoration precedes by five minutes at most is that restoration's, a later one an
aftermath's (unless the failure started again between them). A window on a line labelled
with the report's own making ("Analysis date:", "Report generated:") is not the incident's;
nor is one in a field naming no phase ("Date/Time: 19:05-20:45") between the timeline's
entries, the hours of the stage it heads.

In an incident log whose headings give each incident's time ("### Incident on 2020-08-25
11:26") over milestones of their own, a heading whose time none of its milestones has
disagrees with them, when three headings or more, at least twice as many, give one of theirs.
So does an incident's date field that its own timeline never gives, where three incidents
or more of the log, at least twice as many, have theirs in their timelines.

A summary's detection later than the timeline's, when the timeline's is only an alert going
off and a later entry at the summary's very minute tells a person taking it up, is told as
information: which moment detected it is the author's to say.

In a status log listed newest first, the last restoration is the first one listed. A
recovery dated inside the window the summary states ("most services recovered by 16:36")
is a part's; an impact end a status update states in its own words, before that update
or the first one after it that reports the recovery (labelled "Resolved", or its stamp alone
on its line over its words), agrees: updates are posted after the fact; so does one that
ends before the status log's first update (a three-minute outage, the first "Investigating"
posted five minutes after it ended). So does a record's end kept under the updates
("stop: ..." at an incident's foot), and a start or detection a status update's words give
before its own stamp ("first reported around 11:30 today" in the update posted at 12:30).
An overview above a log's
records that lists an incident by day and length ("2022-02-08 (53.5 hours)") on a day when
no record of that length starts, one record of another day having it, dates it wrongly (or
the record does); a record whose start its own updates tell half an hour or more away ("The
problem started around 06:00.") disagrees with them.

A summary start that no timeline entry tells as the outage beginning, with an entry
minutes before it (under an hour) telling the failure users met ("users report 500
errors", "health check failures"), not a precursor ("latency rising", "high load"), has
the impact begin too late; so has one minutes after a detection that names no precursor
("monitoring alerted us to the chaos"), where no entry sits at the start's own minute; a
window told below the timeline (a log's excerpt) is no summary. A stated start at the very
minute of an entry earlier than the one the timeline marks as the start counts from that
entry and agrees.

A front matter's stamp is not compared with an entry whose zone pmlint only borrowed from
the front matter (a status page's "resolvedWhen:" in UTC over a timeline that states no zone,
perhaps in its author's own hours): the hours between them may be that author's offset.

A status page's front matter resolved at the very second of its date, over updates that
tell of an incident that lasted, gives the posting as the resolution; one dated a day or more
before the first of updates that lie within a day, resolved at an update's time, gives
another day's start.

The stated window is also held to the timeline as a whole (checks/stated_window.py): a
detection an hour or more before the stated start (`early_detection_minutes`), or a last
restoration finished long before or after the stated end (more than half a day,
`early_restore_minutes`, and a quarter of the window), means the summary or the timeline is
wrong. A detection inside another window the summary states, or near an earlier occurrence
the start's line gives, is that window's; a detection at the start's very wall clock under
another zone is tz-mixed's. A summary that gives several windows ("from 16:35 to 17:02, and
again from 21:14 to 22:47") over a timeline that ends (or starts) with one of them is not
held to the others. A timeline that tells the outage over ("22:32 - outage ends") and later
closes the incident formally ("02:30 - incident formally declared as resolved") has either
end: the summary's is compared with the nearer.

Fails::

    The outage was resolved at 12:45 AM EST on May 11, 2023.
    - 12:15 AM EST: the issue was resolved

Passes::

    The outage was resolved at 12:15 AM EST on May 11, 2023.
    - 12:15 AM EST: the issue was resolved
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import pairwise

from pmlint.checks.ampm_flip import retold_half_a_day_away
from pmlint.checks.base import Problem, Rule
from pmlint.checks.context import Context
from pmlint.checks.duration_mismatch import CUMULATIVE, INTERMITTENT, LIST_ITEM
from pmlint.checks.headings import heading_depth, part_breakdown_field, phase_heading
from pmlint.checks.words import span
from pmlint.timeline.casefold import fold
from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.model import Clock, Event
from pmlint.timeline.phases import classify, start_by_symptom
from pmlint.timeline.reading import (
    newest_first,
    numbered_parts,
    restores,
    same_axis,
    zone_unknown_between,
)
from pmlint.timeline.scopes import incident_starts, posted_updates, region_of, same_incident

MAX_APART = 12 * 60.0
CLOSING_MINUTES = 5.0  # a resolution told this close before the last restoration closes too
DAY_MINUTES = 24 * 60.0
BODY_LINES = 12  # lines after the last entry that may still be its text
INCIDENT_DATE_FIELDS = ("incident date", "date of incident", "start date", "start",
                        "start time", "started", "outage date")
# "System Outage on August 10": an incident word somewhere before an "on" that ends the lead.
# Two patterns, not `word.*on$`, whose backtracking costs quadratic time on repeated words.
TITLE_INCIDENT = LazyPattern(r"\b(?:outage|incident|downtime|disruption|degradation|failure"
                             r"|interruption)s?\b", re.IGNORECASE)
TITLE_ON = re.compile(r"\bon[ \t]++$", re.IGNORECASE)
PHASE_WORDS = {"start": "start", "detection": "detection", "resolution": "resolution",
               "end": "resolution"}


# A sentence about another day than the incident's: its times are another episode's
OTHER_DAY = LazyPattern(
    r"(?:the|a)[ \t]++(?:previous|prior|preceding)[ \t]++(?:day|night|evening|morning|week)"
    r"|the[ \t]++(?:day|night|evening|week)[ \t]++before|(?:a|one|two|three|\d{1,2})[ \t]++"
    r"days?[ \t]++(?:earlier|before)|earlier[ \t]++that[ \t]++week|\byesterday\b"
    r"|\blast[ \t]++week\b")
# Every phrasing of OTHER_DAY holds one of these words: a text with none is not searched
# (the pattern opens with "the", "a" and digits, tried at each of them in a long text)
OTHER_DAY_WORDS = ("previous", "prior", "preceding", "before", "earlier", "yesterday", "last")


def _other_day(lower: str) -> bool:
    """OTHER_DAY's search of the lower-cased `lower`, after a look for its words."""
    return any(word in lower for word in OTHER_DAY_WORDS) and OTHER_DAY.search(lower) is not None


def check(ctx: Context) -> Iterator[Problem]:
    yield from _listed_days(ctx)
    yield from _record_start_against_its_updates(ctx)
    found = list(_by_dates_and_phases(ctx))
    yield from found
    # (one finding a line: a stated end compared with the timeline already says it)
    yield from (p for p in _failing_after_the_end(ctx) if all(f.line != p.line for f in found))
    yield from _same_words_another_time(ctx, {p.line for p in found})
    yield from _summary_retold_in_the_account(ctx, {p.line for p in found})
    if window_day_reported(ctx):
        return  # (a window dated a day or a month away: its distance from the timeline is that)
    from pmlint.checks.stated_window import entries_outside  # (it reads this module's helpers)

    told = {frozenset((p.line, p.related_line)) for p in found}
    dated = frozenset(n for p in found for n in (p.line, p.related_line) if n is not None)
    # (a stated start and the detection already compared, moment by moment: one finding)
    yield from (p for p in entries_outside(ctx, dated)
                if frozenset((p.line, p.related_line)) not in told)


def _listed_days(ctx: Context) -> Iterator[Problem]:
    """An overview's occurrence ("- 2022-02-08 (53.5 hours)") dated a day on which no
    record of that length starts, when one record of another day has that length (the
    53.5-hour downtime that began 2022-02-28): the listed day, or that record's, is wrong."""
    from pmlint.timeline.records import fits, occurrences, records

    found = records(ctx.timeline)
    for occurrence in occurrences(ctx.timeline):
        if any(fits(occurrence, r) for r in found if r.day == occurrence.day):
            continue
        others = [r for r in found if r.day != occurrence.day and fits(occurrence, r)]
        if len(others) != 1:
            continue
        other = others[0]
        column = occurrence.column - 1
        line = ctx.timeline.lines[occurrence.line - 1]
        day_column = line.find(occurrence.day) + 1
        yield Problem(occurrence.line, day_column or column + 1,
                      f"the overview lists an incident of {occurrence.written} on "
                      f"{occurrence.day}, but the record of an incident that long starts on "
                      f"{other.day} ({other.start.written}, line {other.start.line})",
                      end_column=(day_column or column + 1) + len(occurrence.day),
                      related_line=other.start.line, severity="warning",
                      suggestion="give the day the incident began in the overview, or "
                                 "correct the record")


RECORD_APART = 30.0  # minutes a record's start and its updates' telling may differ by


def _record_start_against_its_updates(ctx: Context) -> Iterator[Problem]:
    """A log's record of an incident ("start: 2024-05-31T07:00:00") whose start its own
    updates tell otherwise ("The problem started around 06:00."), half an hour or more
    apart: a start the updates say the problem began at, in the past tense (not a plan, "will
    be shut down from 9 pm"), within a day of the record's. A planned downtime's record is
    its plan, and is not held to it."""
    from pmlint.timeline.extract import ANNOUNCED
    from pmlint.timeline.records import records

    found = records(ctx.timeline)
    incidents = incident_starts(ctx.timeline)
    lines = ctx.timeline.lines
    for record in found:
        start = record.start
        if start.phase != "start" or start.at is None:
            continue
        for event in ctx.timeline.events:
            if event.source != "summary" or event.kind != "prose" or event.phase != "start" \
                    or event.clock is None or event.at is None or event.line >= start.line \
                    or not same_incident(incidents, event.line, start.line):
                continue
            apart = (event.at - start.at).total_seconds() / 60
            if not RECORD_APART <= abs(apart) <= DAY_MINUTES:
                continue
            row = lines[event.line - 1] if lines else ""
            opened = max(row.rfind(". ", 0, event.column - 1), 0)
            closed = row.find(". ", event.column - 1)
            sentence = row[opened:closed if closed >= 0 else len(row)]
            if ANNOUNCED.search(sentence) is not None or not STARTED.search(sentence):
                continue
            yield Problem(start.line, start.column,
                          f"the record gives the start as {start.written}, but the update "
                          f"on line {event.line} tells it at {event.written}, "
                          f"{span(abs(apart) * 60)} apart",
                          end_column=start.column + len(start.written),
                          related_line=event.line, severity="warning",
                          suggestion="give the same start in the record and the update")
            break


# "the problem started around 06:00", "the outage began at", "BeeGFS hung": told as begun
# "first detected by our monitoring", "initially noticed", "originally reported": the summary
# says its detection was the earliest
FIRST_SAID = LazyPattern(r"(?<![a-z])(?:first|initially|originally)[ \t]++"
                         r"(?:[a-z]++[ \t]++){0,2}(?:detect|notic|spott|observ|report|alert)",
                         re.IGNORECASE)


def _first_said(ctx: Context, event: Event) -> bool:
    """The words before the summary's detection say it was the first."""
    lines = ctx.timeline.lines
    if not lines or event.line > len(lines):
        return False
    return FIRST_SAID.search(lines[event.line - 1], 0, max(0, event.column - 1)) is not None


STARTED = LazyPattern(r"(?<![a-z])(?:started|began|begun|hung|crashed|went[ \t]++down"
                      r"|terminated|failed)(?![a-z])", re.IGNORECASE)


# "Maintenance window 30 Sep 23:00 - 1 Oct 01:00", "scheduled from 22:00 to 02:00": a window
# planned for the work, right before its range
PLANNED_WINDOW_BEFORE = LazyPattern(r"(?<![a-z])(?:maintenance(?:[ \t]++window)?|scheduled|planned"
                                    r"|change[ \t]++window)[ \t:,-]*+(?:(?:for|from|between"
                                    r"|window|is)[ \t:]++)*+$", re.IGNORECASE)


WINDOW_START_SLACK = 120.0  # minutes


def _finished_within_its_planned_window(ctx: Context, end: Event, value: float) -> bool:
    """The summary's end closes a range its words call a planned window ("Maintenance
    Window 23:00 CET - 01:00 CET"), and the timeline's end falls inside that range: the work
    finished early, as planned work may; no slip of either."""
    if end.part != "range-end" or not ctx.timeline.lines or end.order_minutes is None:
        return False
    start = next((e for e in ctx.analysis.on_line(end.line) if e.part == "range-start"
                  and e.column < end.column and e.order_minutes is not None), None)
    # (from a little before its start: "23:00 CET" written for a summer evening is an hour
    # behind the clocks of the "23:41 GMT+2" that closed the work; tz-dst-mismatch says so)
    if start is None or start.order_minutes is None \
            or not start.order_minutes - WINDOW_START_SLACK <= value <= end.order_minutes:
        return False
    line = ctx.timeline.lines[end.line - 1]
    before = line[max(0, start.column - 1 - 40):start.column - 1]
    return PLANNED_WINDOW_BEFORE.search(before) is not None


def _ends_before_its_start(ctx: Context, end: Event) -> bool:
    """The range this end closes, written on its line, starts after it."""
    return any(e.part == "range-start" and e.column < end.column and e.order_minutes is not None
               and end.order_minutes is not None and e.order_minutes > end.order_minutes
               and same_axis(e, end) for e in ctx.analysis.on_line(end.line))


def _by_dates_and_phases(ctx: Context) -> Iterator[Problem]:
    from pmlint.timeline.extract import _names_timeline

    yield from _title_date(ctx)
    yield from _title_days_before_the_timeline(ctx)
    fields = list(_field_date(ctx))
    said = {p.line for p in fields}  # a start field's year slip, said once
    yield from (p for p in _window_date(ctx) if p.line not in said)
    occurred = list(_occurred_date(ctx))
    yield from occurred
    # (a sentence dating the incident off the log: one finding where both read it)
    yield from (p for p in _sentence_day_off_the_log(ctx)
                if all((f.line, f.column) != (p.line, p.column) for f in occurred))
    yield from _two_windows(ctx)
    yield from _window_end_day(ctx)
    yield from fields
    yield from _same_second_another_day(ctx)
    yield from _front_matter_start_days_before(ctx)
    yield from _impact_before_start(ctx)
    yield from _heading_off_its_milestones(ctx)
    yield from _log_date_off_its_entries(ctx)
    as_posted = list(_resolved_as_posted(ctx))
    yield from as_posted
    incidents = incident_starts(ctx.timeline)  # an incident log: compare within one
    by_region: dict[int, dict[str, list[tuple[int, Event]]]] = {}
    slip = ctx.analysis.slip
    slipped = {id(slip.start), id(slip.end)} if slip is not None else set()
    local_clock: list[tuple[Event, str, Problem]] = []
    for event in ctx.timeline.events:
        if event.source != "summary" or event.clock is None or event.order_minutes is None \
                or event.phase not in ("start", "detection", "resolution", "end"):
            continue
        if id(event) in slipped or any(p.line == event.line for p in as_posted):
            continue  # a range whose AM/PM or order is wrong: ampm-flip or end-before-start
        if event.part == "range-end" and _ends_before_its_start(ctx, event):
            continue  # "9:30 AM - 12:30 AM" the same day: end-before-start's error says it
        region = region_of(incidents, event.line) if incidents else 0
        if region not in by_region:
            by_region[region] = _counterparts(ctx, incidents, event.line)
        counterpart = by_region[region]
        entries = counterpart["all"]
        if not counterpart[event.phase]:
            continue
        if event.kind == "prose" and event.section and _names_timeline(event.section):
            continue  # a sentence of the timeline's own telling ("noticed it at 9:05 AM")
        if event.kind == "prose" and any(e.source == "timeline" and e.kind == "entry"
                                         for e in ctx.analysis.on_line(event.line)):
            continue  # a later time on an entry's own line: the entry's telling too
        if _partial(ctx, event):
            continue  # "most services recovered by 16:36; Actions was degraded until 18:03"
        if event.kind == "prose" and part_breakdown_field(ctx, event.line):
            continue  # "### Lambda" / "- **Resolution**: restored at 4:40 AM" beside "###
            # Load balancers" with its own Resolution: that part's, not the incident's
        if event.phase in ("resolution", "end") and _a_later_stage_after(ctx, event):
            continue  # "hard-down ~3h49m (03:43→09:33) + degraded recovery tail ~2.5h": the
            # end of the first stage, the line going on to the one after it
        if _a_stages_window(ctx, event):
            continue  # "### Detection and Response" / "Date/Time: 19:05-20:45" between the
            # timeline's tables: that stage's hours, not the incident's window
        if event.phase in ("resolution", "end") and event.part == "single" and any(
                e.part == "range-end" and e.column > event.column
                and e.order_minutes is not None and e.order_minutes > event.order_minutes
                for e in ctx.analysis.on_line(event.line)):
            continue  # "(1:23 PM initial, 4:07-4:50 PM second occurrence)": the range ends it
        if event.phase in ("start", "detection") and any(
                e.source == "summary" and e.phase == event.phase and e.column < event.column
                and e.clock is not None and e.order_minutes is not None
                and e.order_minutes < event.order_minutes
                for e in ctx.analysis.on_line(event.line)):
            continue  # "Detection: an uptime alert at 12:05; webhook alerts at 12:53, 14:32":
            # one line listing several, the first told is when it began or was noticed
        if event.phase == "detection" and _ending_said_before(ctx, event):
            continue  # "Nagios alert ~20:20 UTC -> recovery ~00:20 UTC": the end, no detection
        if event.phase in ("resolution", "end") and _inside_a_window_above(ctx, event):
            continue  # "between 14:07 and 23:15 ... These recovered by 20:40": a part's
        if event.part in ("range-start", "range-end") and _healthy_window(ctx, event):
            continue  # "the cache functioned normally from ~16:26 to ~20:04": not the outage
        if event.part in ("range-start", "range-end") and _a_moment_within(ctx, event):
            continue  # "By 16:18-16:19 the pool was full": when it happened, give or take
        if event.part in ("range-start", "range-end") and _a_pictures_window(ctx, event):
            continue  # "_Uptime from 12:00pm to 04:00pm (the charts ...)_": a chart's axis
        if event.part in ("range-start", "range-end") and phase_heading(ctx, event.line):
            continue  # "### Fix preparation (10:30 - 14:00 UTC)": one phase's window
        if event.part in ("range-start", "range-end") and _nested_under_the_window(ctx, event):
            continue  # "* Date: A - B" over "  * SEV-2 ...", "    * Date: C - D": a part's
        if event.part in ("range-start", "range-end") and _a_steps_window_below(ctx, event):
            continue  # "## Open questions" below the timeline: "two jobs ran 16:09-16:10"
        if event.kind == "prose" and event.section and _below_the_timeline(ctx, event) \
                and AFTERMATH_HEADING.search(event.section) is not None:
            continue  # "## Post-incident verification" / "job 6 recovered at 02:35": a check
            # made after the incident, no telling of its end
        if event.part in ("range-start", "range-end") and event.kind == "prose" \
                and event.section and _below_the_timeline(ctx, event) \
                and CAUSE_HEADING.search(event.section) is not None:
            continue  # "## Root Cause" / "a burst of I/O errors at 09:31-09:33": the cause's
            # evidence, a window within the incident, not its start and end
        if event.kind == "prose" and _other_day(event.text.lower()):
            continue  # "the previous day, from 22:00 until 22:15": another episode's times
        index, entry = counterpart[event.phase][0]
        value = ctx.analysis.minutes(index)
        if value is None or not same_axis(event, entry):
            continue
        if event.phase in ("resolution", "end") and event.order_minutes is not None:
            # "22:32 - Outage ends" then "02:30 - Incident formally declared as resolved": a
            # summary's end may be the outage's or the incident's close; the nearer is meant
            index, entry, value = _outage_end_before_a_formal_close(
                ctx, entries, index, entry, value, event.order_minutes)
        if zone_unknown_between(event, entry, ctx.analysis.front_matter):
            continue  # "resolvedWhen: 2023-01-20T12:46:02Z" over "7:40 AM" in a text that
            # states no zone: the hours between them may be the author's offset
        apart = event.order_minutes - value
        if event.part in ("range-start", "range-end") and apart != 0 and any(
                e is not event and e.part == event.part and e.order_minutes is not None
                and abs(e.order_minutes - value) <= 1.0 and same_axis(e, entry)
                for e in ctx.analysis.on_line(event.line)):
            continue  # "from 16:35 to 17:02 UTC, and again from 21:14 to 22:47 UTC" over a
            # timeline of the first period: the one it tells is another of the windows given
        if event.phase == "start" and apart != 0 and any(
                e is not event and e.source == "summary" and e.phase == "start"
                and e.order_minutes is not None and abs(e.order_minutes - value) <= 1.0
                and same_axis(e, entry) for e in ctx.analysis.on_line(event.line)):
            continue  # "The first indications of trouble occurred at 04:14 ... We will assume
            # the event began at this point (06:26)": the summary gives the timeline's start too
        if event.phase == "start" and apart < 0 and start_by_symptom(entry.text):
            continue  # a symptom after the stated start: an earlier one may be unrecognised
        if event.phase == "start" and apart < 0 and _opens_the_timeline(ctx, event, value):
            continue  # the stated start is when the timeline's first entry happened
        if event.phase == "start" and apart < 0 and _at_an_earlier_entry(ctx, event, entries):
            continue  # "47 minutes (09:12 to 09:59)" over "09:12: provider latency rises"
            # and "09:16: restart loop begins": the summary counts from an entry it names
        if event.phase == "detection" and any(
                abs((ctx.analysis.minutes(i) or -1e9) - event.order_minutes) < 1.0
                and same_axis(e, event)
                and (apart < 0 or ALERTED.search(e.text) or entry.phase not in (
                    "detection", "acknowledgement", "escalation"))
                for i, e in entries):
            # an earlier entry at that very minute is the detection the summary means; so is
            # a later one that tells an alert ("20:20: watch-cache check CRITICAL fires") or
            # any, when the entry compared tells another step and only mentions detecting
            # ("Ansible ... detects lock contention but does not abort")
            continue
        if event.phase == "detection" and apart < 0 and _first_said(ctx, event) and any(
                e is not entry and e.source == "timeline" and same_axis(e, event)
                and (at := ctx.analysis.minutes(i)) is not None
                and event.order_minutes <= at < value for i, e in entries):
            continue  # "first detected ... at 8 AM" over "8:30 AM the provider advised" and
            # "9:30 AM we detected packet loss": the timeline's detection is a later symptom's
        if event.phase == "detection" and apart > 0 and _retells_a_report(ctx, event, entries):
            continue  # "error reported by one user ... at 14:54" over "14:54 user reports
            # ErrImagePull": that report, a later one than the detection, not the detection
        if _meridiem_left_off(event, entry):
            # "from 9:45 to 11:30 that evening" over 11:30 PM: read in the nearer half-day
            apart = min((apart, apart - DAY_MINUTES / 2, apart + DAY_MINUTES / 2), key=abs)
        if abs(abs(apart) - DAY_MINUTES / 2) < 1.0 and event.clock.meridiem is not None \
                and any(told is event for told, _ in retold_half_a_day_away(ctx)):
            continue  # "2:10 PM" over the entry "02:10": ampm-flip's, the AM/PM that slipped
        tolerance = 1.0 + (15.0 if event.approximate or entry.approximate
                           or _window_of_an_approximate_length(ctx, event) else 0.0)
        if not tolerance < abs(apart) <= MAX_APART or _said_in_timeline(ctx, event):
            continue
        if event.phase in ("resolution", "end") and any(
                abs(event.order_minutes - (ctx.analysis.minutes(i) or 0)) <= tolerance
                for i, e in entries if e.phase == "end" or restores(e) or _mitigated(e)):
            # the timeline's closing of the incident, an earlier restoration, or the entry
            # saying the impact was mitigated ("16:11 - Reverts deployed, issue mitigated")
            continue
        if 0 < apart <= BOUND_MINUTES and _by_the_time(ctx, event):
            continue  # "recovered by 14:30" over "14:22 service restored": a bound it kept
        if event.phase in ("resolution", "end") and _a_rows_span_reaches(ctx, event, entry,
                                                                         tolerance):
            continue  # "all by 18:51" over the row "18:47:45-18:50:47 | catch-up recovers":
            # the restoration took the row's span, and the summary gives its end
        if event.phase in ("resolution", "end") and _mitigating_after(ctx, entries, value):
            continue  # "00:32 Security fix deployed", then "00:35 First hotfix attempt": the
            # work goes on past the restoration compared, so it is not the end told
        if event.phase in ("resolution", "end") and apart > 0 \
                and _finished_within_its_planned_window(ctx, event, value):
            continue  # "Maintenance window 23:00 - 01:00" over "23:41 work complete": the
            # work done inside the window planned for it, early
        if _names_a_milestone(ctx, event, entries, value):
            continue  # "until 13:22" over "13:22: read-only mode ends", "13:41: alerts clear"
        if _one_of_several_windows(ctx, event, entries, tolerance):
            continue  # "from 9:36 to 10:39, then from about 11:30 to 11:55": two episodes
        if event.phase in ("resolution", "end") and 0 < -apart <= CLOSING_MINUTES and any(
                (e.phase == "resolution" or "resolution" in e.also) and same_axis(e, event)
                and (v := ctx.analysis.minutes(i)) is not None
                and value - CLOSING_MINUTES <= v <= event.order_minutes for i, e in entries):
            # "ending at 15:37" between "15:36: issue discovered and resolved" and "15:39:
            # site back to normal": the end falls in the timeline's closing minutes
            continue
        if event.phase in ("resolution", "end") and apart < 0 \
                and _restored_just_before(ctx, event, entry, entries, value):
            # "15:28 - 15:42" over "15:38 services returning to normal, CI queue backed up"
            # and "16:00 queue drained": the summary ends with the restoration it counts,
            # told minutes before its end; the later one is an aftermath's (not when the
            # failure came back between them: "14:09 workers began crashing again")
            continue
        if event.phase == "end" and event.kind == "field" and 0 < apart <= CLOSING_MINUTES \
                and all((ctx.analysis.minutes(i) or 0) <= value for i, _ in entries):
            # "End Date: 12:15pm" over the last update, "12:10pm: access restored": the
            # notice closed minutes after the restoration it reported last
            continue
        if event.phase in ("resolution", "end") and _at_a_closing_step(ctx, event, value,
                                                                       tolerance):
            continue  # "16:30: all systems confirmed stable", after the 15:45 restoration
        if event.phase in ("resolution", "end") and apart < 0 \
                and _posted_after(ctx, event, entries):
            continue  # impact over at 14:04, the status update saying so posted at 14:22
        if apart < 0 and event.kind in ("prose", "field") and _in_an_update(ctx, event) and (
                event.phase not in ("resolution", "end") or posted_updates(ctx.timeline)):
            # "first reported around 11:30 today" in the update posted at 12:30; "restored at
            # 13:10 UTC" in a status page's Monitoring update, its Resolved posted hours later
            # when the watch ended
            continue
        if event.part == "range-end" and _retells_an_entrys_range(ctx, event):
            continue  # "sometime between 14:30 and 15:00" over the entry "~14:30-15:00 - ..."
        if event.phase in ("resolution", "end") and _retells_a_step(ctx, event, entries):
            continue  # "fixed and successfully reversed at 10:35", the 10:35 rollback entry
        if _zone_label_only(event, entry) or (event.phase in ("resolution", "end")
                                              and _restored_under_an_odd_zone(event, entries)):
            # (or a restoration at the summary's wall clock, the one entry of the timeline
            # under another zone name: "1:00 PM WAT" in the summary, the WAT timeline closing
            # with "01:00 PM UTC: full restoration"; tz-mixed names that entry)
            continue  # the same wall clock under two zone names: tz-mixed speaks
        flip = ctx.analysis.flips.get(index)
        if flip is not None and flip.tentative and entry.order_minutes is not None \
                and abs(event.order_minutes - entry.order_minutes) <= tolerance:
            continue  # the summary agrees with the entry as written; ampm-flip gives both readings
        shown = f"{flip.corrected} (as corrected from {entry.written})" if flip else entry.written
        local = None if flip else _zone_apart(event, entry, apart)
        if local is not None and not _start_shifted_alike(ctx, event, apart, entries):
            local = None  # "between 08:00 and 10:20" over 5:10-5:20: the start is no shift
        if local is not None:
            # "resolved at 1:16 pm" over "19:17 - purchases succeed" under "All times are in
            # UTC": the summary's own clock, six hours behind, is the likelier reading
            local_clock.append((event, local, Problem(
                          event.line, event.column,
                          f"the summary gives the {PHASE_WORDS[event.phase]} as "
                          f"{event.written}, the timeline as {shown} (line {entry.line}), "
                          f"{span(abs(apart) * 60)} apart; {event.written} has no zone of its "
                          f"own, and read at UTC{local} (a local clock?) it is the timeline's "
                          f"time",
                          end_column=event.column + len(event.written), related_line=entry.line,
                          suggestion="write the summary time's zone, or give the same time in "
                                     "the summary and the timeline")))
            continue
        later = next((e for i, e in entries if apart > 0 and event.phase == "detection"
                      and same_axis(e, event) and e.line != entry.line
                      and abs((ctx.analysis.minutes(i) or -1e9) - event.order_minutes) < 1.0),
                     None) if _only_alerted(entry.text) else None
        # "Detected: 12:00" over "11:20 job failed and alerted the channel" and "12:00 SN on
        # the scene": the timeline's detection is an alert, the summary may count it from when
        # a person took it up, a step the timeline tells at that very minute; which moment
        # detected it is the author's to say, so the finding says so, as information ("18:10
        # on-call detected the stall" says it was detected then: a warning)
        yield Problem(event.line, event.column,
                      f"the summary gives the {PHASE_WORDS[event.phase]} as {event.written}, "
                      f"the timeline as {shown} (line {entry.line}), {span(abs(apart) * 60)} "
                      f"apart{_duration_note(ctx, event, value)}" + (
                          f"; the timeline tells a later step at that very minute (line "
                          f"{later.line}), which may be the detection the summary means"
                          if later is not None else ""),
                      end_column=event.column + len(event.written), related_line=entry.line,
                      severity="info" if later is not None else None,
                      suggestion="give the same time in the summary and the timeline")
    yield from _one_per_window(local_clock)


def _a_stages_window(ctx: Context, event: Event) -> bool:
    """A range in a field that names no phase ("Date/Time:", "When:"), with timeline entries
    above it and below it: the hours of the stage it heads, not the incident's window."""
    from pmlint.timeline.phases import field_phase

    if event.kind != "field" or event.part not in ("range-start", "range-end") \
            or field_phase(event.field_name or "") not in (None, "other"):
        return False
    lines = [e.line for e in ctx.timeline.events if e.source == "timeline"]
    return bool(lines) and min(lines) < event.line < max(lines)


BOUND_MINUTES = 15.0  # how long before a time said "by" a moment keeps the bound, as told
# "by 18:51", "all by ~14:30", "fully by about 9 AM": a bound, the moment at or before it
BY_BEFORE = LazyPattern(r"(?<![a-z])by[ \t]++(?:about[ \t]++|around[ \t]++|approximately[ \t]++"
                        r"|roughly[ \t]++|~[ \t]*+)?$", re.IGNORECASE)


def _by_the_time(ctx: Context, event: Event) -> bool:
    """The summary gives its time as a bound, "by" right before it ("all recovered by
    18:51"): a moment of the timeline shortly before it keeps it."""
    lines = ctx.timeline.lines
    if not 0 < event.line <= len(lines) or event.kind == "field":
        return False
    before = lines[event.line - 1][max(0, event.column - 24):max(0, event.column - 1)]
    return BY_BEFORE.search(before) is not None


def _a_rows_span_reaches(ctx: Context, event: Event, entry: Event, tolerance: float) -> bool:
    """The entry opens a range on its row whose end is the summary's time."""
    assert event.order_minutes is not None
    return entry.part == "range-start" and any(
        e.part == "range-end" and e.source == entry.source and same_axis(e, event)
        and e.order_minutes is not None
        and abs(event.order_minutes - e.order_minutes) <= tolerance
        for e in ctx.analysis.on_line(entry.line))


def _restored_just_before(ctx: Context, event: Event, entry: Event,
                          entries: list[tuple[int, Event]], value: float) -> bool:
    """Another entry restores the service at most CLOSING_MINUTES before the summary's end,
    and the failure does not start again between it and `entry` (at `value`)."""
    assert event.order_minutes is not None
    return any(restores(e) and same_axis(e, event) and e.line != entry.line
               and (v := ctx.analysis.minutes(i)) is not None
               and event.order_minutes - CLOSING_MINUTES <= v <= event.order_minutes
               and not _relapse_between(ctx, entries, v, value)
               for i, e in entries)


def _relapse_between(ctx: Context, entries: list[tuple[int, Event]], after: float,
                     before: float) -> bool:
    """An entry after `after` and before `before` tells the failure starting (again)."""
    return any(after < (ctx.analysis.minutes(i) or after) < before
               and (e.phase == "start" or "start" in e.also or _tells_the_failure(e.text))
               for i, e in entries)


# "issue mitigated", "impact was mitigated", "errors fully mitigated": the impact over, said
# as done (not "mitigation started", "began mitigating")
MITIGATED = LazyPattern(r"(?<![a-z])(?:issue|incident|impact|outage|problem|errors?|failures?"
                        r"|disruption|degradation)[ \t]++(?:(?:was|were|is|has[ \t]++been"
                        r"|have[ \t]++been|now|fully|largely)[ \t]++){0,2}mitigated(?![a-z])",
                        re.IGNORECASE)


def _mitigated(event: Event) -> bool:
    """An entry of the mitigation that says the impact was mitigated: for a summary that
    gives the end of the impact, that entry ends it, however much later the incident was
    closed."""
    return event.phase == "mitigation" and MITIGATED.search(event.text) is not None


def _one_per_window(found: list[tuple[Event, str, Problem]]) -> Iterator[Problem]:
    """Summary times read under another clock, each once; but a window whose two ends are
    shifted alike is said once, at its end: one clock for the whole window."""
    ends = {(event.line, local) for event, local, _ in found if event.part == "range-end"}
    for event, local, problem in found:
        if event.part != "range-start" or (event.line, local) not in ends:
            yield problem


# "reported by one user", "a report from a customer", "users reported": a report someone
# made, which the summary may retell without saying it was the first
REPORT_BY = LazyPattern(r"(?<![a-z])(?:reported[ \t]++by|reports?[ \t]++(?:from|by)"
                        r"|(?:users?|customers?|clients?)[ \t]++(?:reported|reports))(?![a-z])",
                        re.IGNORECASE)


def _retells_a_report(ctx: Context, event: Event, entries: list[tuple[int, Event]]) -> bool:
    """The summary's detection is a report someone made, in words before its time on its
    line, and the timeline tells a report at that very minute: the summary retells that
    later report, not when the incident was detected."""
    text = ctx.timeline.lines[event.line - 1][:event.column - 1] \
        if 0 < event.line <= len(ctx.timeline.lines) else ""
    clause = re.split(r"[.;!?]\s", text)[-1]
    if REPORT_BY.search(clause) is None:
        return False
    return any(abs((ctx.analysis.minutes(i) or -1e9) - (event.order_minutes or 0)) < 1.0
               and same_axis(e, event) and "detection" in (e.phase, *e.also)
               and REPORT_WORD.search(e.text) is not None for i, e in entries)


REPORT_WORD = LazyPattern(r"(?<![a-z])report", re.IGNORECASE)


# Words by which a person or a check says it found the problem, not only that an alert went
DETECTED_SAID = LazyPattern(r"(?<![a-z])(?:detect|notic|discover|spott|identif|found|saw"
                            r"|diagnos|determin)", re.IGNORECASE)


def _only_alerted(text: str) -> bool:
    """The entry tells an alert going off ("Asklepian terminated with exit 1 and alerted the
    channel") and no one finding the problem ("on-call detected the stall")."""
    return ALERTED.search(text) is not None and DETECTED_SAID.search(text) is None


# An entry that tells an alert or a notice: a detection the summary may mean
ALERTED = LazyPattern(r"(?<![a-z])(?:alert(?:s|ed)?|alarms?|fire[sd]?|firing|paged|pages"
                      r"|notic(?:e|es|ed)|caught|critical|warnings?)(?![a-z])", re.IGNORECASE)


# Words that say users already met the failure, not a precursor ("high load", "slow"):
# "health check failures", "503 errors", "site is not responding", "users unable to log in"
IMPACT_WORDS = LazyPattern(
    r"(?<![a-z0-9])(?:fail(?:s|ed|ing|ures?)?|errors?|5\d\d|down|unreachable|unavailable"
    r"|not[ \t]++(?:responding|reachable|accessible|loading)|inaccessible|unable"
    r"|can(?:not|'t)[ \t]++(?:access|reach|log|connect)|timing[ \t]++out|timeouts?)(?![a-z])",
    re.IGNORECASE)
# Words of a precursor or a partial degradation, not the outage itself: "came under high
# load ... with client connection failures", "an increase in handshake failures", "alerts
# indicating high server load"
PRECURSOR_WORDS = LazyPattern(
    r"(?<![a-z])(?:high[ \t]++(?:[a-z]++[ \t]++)?(?:load|cpu|memory|latency|response)"
    r"|latency|slow|increas"
    r"|elevated|spike|rising|intermittent|some[ \t]++users|degrad)", re.IGNORECASE)
# What PRECURSOR_WORDS, WINDOW_WORDS and PICTURE_WORDS need in the folded text, looked for
# before their IGNORECASE searches, which try every position of a sentence
_PRECURSOR_HINTS = ("high", "latency", "slow", "increas", "elevated", "spike", "rising",
                    "intermittent", "some", "degrad")
_WINDOW_HINTS = ("outage", "incident", "impact", "down", "disruption", "service", "user",
                 "customer", "unavailable", "degraded")
_FORECAST_HINTS = ("will", "would", "due", "expect", "estimat", "scheduled", "planned", "should")
_PICTURE_HINTS = ("chart", "graph", "fig", "screenshot", "diagram", "plot", "pictured",
                  "above", "below")


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether the folded text (casefold.fold, as IGNORECASE sees it) holds one of `words`."""
    folded = fold(text)
    return any(word in folded for word in words)
FIVE_XX = re.compile(r"5\d\d")  # IMPACT_WORDS' "503" (a search that skips to each "5")


def _may_tell_impact(text: str) -> bool:
    """Whether the folded text holds a word IMPACT_WORDS needs (or a 5 of "503"): its
    IGNORECASE search, opening with a lookbehind, is tried at every position."""
    folded = fold(text)
    return ("fail" in folded or "error" in folded or "down" in folded or "unreach" in folded
            or "unavail" in folded or "not " in folded or "not\t" in folded
            or "inaccess" in folded or "unable" in folded or "cannot" in folded
            or "can't" in folded or "timing" in folded or "timeout" in folded
            or ("5" in folded and FIVE_XX.search(folded) is not None))


EARLY_IMPACT = 60.0  # minutes; from an hour before the start, stated_window speaks


def _impact_before_start(ctx: Context) -> Iterator[Problem]:
    """"Between 22:20 UTC and 06:14 UTC" over "22:10: monitoring detected API health check
    failures" and "22:11: dashboard returning 503 errors", where no entry says the outage
    began: the timeline's first entry that tells the failure users met, minutes before the
    stated start (or a status page's front matter date), says the impact began earlier than
    the summary has it. A detection of a
    precursor ("alert on high response times") before the full outage is no such entry."""
    start = ctx.analysis.window.start
    if start is None or start.phase != "start":
        start = _front_matter_start(ctx)
    if start is None or start.clock is None or start.order_minutes is None:
        return
    incidents = incident_starts(ctx.timeline)
    entries = [(i, e) for i, e in ctx.analysis.entries
               if not incidents or same_incident(incidents, e.line, start.line)]
    if any(e.phase == "start" for _, e in entries):
        return  # the timeline says when the outage began: compared above
    timed = [(value, e) for i, e in entries
             if (value := ctx.analysis.minutes(i)) is not None and same_axis(e, start)]
    if not timed or start.line > min(e.line for _, e in timed):
        return  # a window told below the timeline (a log's excerpt, a scan's range)
    first_value = min(value for value, _ in timed)
    # a detection counts where no entry sits at the stated start's minute: a start at an
    # entry's time ("2:02 AM: server crashes") counts from that step, the earlier detection
    # ("1:50 AM: engineer noticed files missing") a precursor's
    at_start = any(abs(value - start.order_minutes) < 1.0 for value, _ in timed)
    told = [(value, e) for value, e in timed if e.phase in ("detection", "other")
            and (_tells_the_failure(e.text) or (not at_start and _detects_no_precursor(e)))]
    if not told:
        return
    value, entry = min(told, key=lambda pair: pair[0])
    apart = start.order_minutes - value
    tolerance = 1.0 + (15.0 if start.approximate or entry.approximate else 0.0)
    if not tolerance < apart < EARLY_IMPACT or value > first_value + EARLY_IMPACT:
        return
    if any(restores(e) and value < v < start.order_minutes - 1.0 for v, e in timed):
        return  # "a second wave from 11:40" after "11:25: service restored": another episode
    told_how = "tells the failure" if _tells_the_failure(entry.text) else "detects it"
    yield Problem(start.line, start.column,
                  f"the summary gives the start as {start.written}, but the timeline {told_how} "
                  f"{span(apart * 60)} earlier: {entry.written} (line {entry.line})",
                  end_column=start.column + len(start.written), related_line=entry.line,
                  severity="warning",
                  suggestion="give the start as the first failure's time, or say what the "
                             "earlier entry was")


def _front_matter_start(ctx: Context) -> Event | None:
    """A status page's front matter that gives the incident's resolution ("resolvedWhen:")
    gives its start in "date:": the page opens with the incident."""
    pair = _front_matter_pair(ctx)
    return pair[0] if pair is not None else None


def _front_matter_pair(ctx: Context, dated: bool = False) -> tuple[Event, Event] | None:
    """A status page's front matter's "date:" field and its resolution field ("resolvedWhen:"),
    each with its time (`dated`: and its year written), or None without both."""
    metadata = ctx.analysis.front_matter
    if not metadata:
        return None  # no front matter: no field of one
    fields = [e for e in ctx.timeline.events if e.kind == "field" and e.line <= metadata
              and e.clock is not None and e.order_minutes is not None
              and (not dated or e.local[:4].isdigit())]
    posted = next((e for e in fields if e.field_name == "date"), None)
    resolved = next((e for e in fields if e.phase in ("resolution", "end")), None)
    return (posted, resolved) if posted is not None and resolved is not None else None


# "customers still reporting failed uploads", "errors again", "the failures persisted",
# "outage recurred": the failure told as going on (not "still investigating", not "no longer")
STILL_FAILING = LazyPattern(
    r"(?<![a-z])(?:still|again|continu(?:e|es|ed|ing)|persist(?:s|ed|ing)?|recurr(?:ed|ing|ence)"
    r"|re-?occurred|came[ \t]++back)(?![a-z])", re.IGNORECASE)
NO_LONGER = LazyPattern(r"(?<![a-z])(?:no[ \t]++longer|not[ \t]++(?:\w++[ \t]++)?(?:still|again)"
                        r"|no[ \t]++(?:more|new|further))(?![a-z])", re.IGNORECASE)
def _still_failing(text: str) -> bool:
    """A word of going on with a failure word a few words after it ("still reporting failed
    uploads", "errors continued"), or before it ("failing again"); not "the status page was
    still green" beside "portal down"."""
    for m in STILL_FAILING.finditer(text):
        if IMPACT_WORDS.search(text, m.end(), m.end() + 40) is not None \
                or IMPACT_WORDS.search(text, max(0, m.start() - 25), m.start()) is not None:
            return True
    return False


AFTER_THE_END = 15.0  # minutes after the stated end that an entry telling the failure must be


def _failing_after_the_end(ctx: Context) -> Iterator[Problem]:
    """"Uploads failed from 09:00 to 10:30 UTC" over "10:30 uploads succeed again", "11:45
    customers still reporting failed uploads", "12:10 uploads fully restored": an entry well
    after the stated end tells the failure still going on, and a later one restores it; the
    stated end agrees with the first recovery only. The impact lasted past the stated end."""
    window = ctx.analysis.window
    end = window.end
    if end is None or end.clock is None or end.order_minutes is None or end.source != "summary":
        return
    if _a_later_stage_after(ctx, end):
        return  # "Later that day ... down for another hour": the window says it is the first
    incidents = incident_starts(ctx.timeline)
    timed = [(value, e) for i, e in ctx.analysis.entries
             if (not incidents or same_incident(incidents, e.line, end.line)) and same_axis(e, end)
             and (value := ctx.analysis.minutes(i)) is not None]
    if not timed or end.line > min(e.line for _, e in timed):
        return  # a window told below the timeline
    e = end.order_minutes
    for value, entry in sorted(timed, key=lambda pair: pair[0]):
        if value - e <= AFTER_THE_END or value - e > DAY_MINUTES / 2:
            continue
        text = entry.text
        if restores(entry) or NO_LONGER.search(text) is not None or not _still_failing(text):
            continue
        later = [(v, r) for v, r in timed if v > value and restores(r)]
        if not later:
            return
        _, restored = max(later, key=lambda pair: pair[0])
        yield Problem(end.line, end.column,
                      f"the summary gives the end as {end.written}, but the timeline tells "
                      f"the failure still going on {span((value - e) * 60)} later "
                      f"({entry.written}, line {entry.line}) and restored at "
                      f"{restored.written} (line {restored.line})",
                      end_column=end.column + len(end.written), related_line=entry.line,
                      severity="warning",
                      suggestion="give the end as the last restoration's time, or say the "
                                 "window is the first episode's")
        return


def _zone_apart(event: Event, entry: Event, apart: float) -> str | None:
    """The UTC offset at which a summary time that writes no zone of its own would be the
    timeline's time: a 12-hour time ("1:16 pm") a whole number of hours, to a minute or two,
    from a 24-hour entry ("19:17"), not both on the hour (a coincidence then), is likelier
    the author's own clock beside a timeline kept in UTC than a wrong time; so is a 24-hour
    time at the entry's very minute ("12:37" over "19:37"). None otherwise."""
    from pmlint.timeline.zones import format_offset

    if event.zone is None or event.zone.offset_minutes is None \
            or not any(p.what == "zone" for p in event.provenance):
        return None  # the zone is written beside the time: no other clock is meant
    if event.clock is None or entry.clock is None or entry.clock.meridiem is not None \
            or event.clock.minute == entry.clock.minute == 0:
        return None
    hours = round(apart / 60)
    # a 24-hour summary time ("between 10:34 and 12:37" over "19:37") only at the very minute
    # (an entry's seconds, "15:24:10", are no minute's drift: "9:24" spans that minute)
    drift = 2 if event.clock.meridiem is not None else 0
    if hours == 0 or abs(apart - hours * 60) >= drift + 1:
        return None
    offset = event.zone.offset_minutes + hours * 60
    return format_offset(offset) if -12 * 60 <= offset <= 14 * 60 else None


def _range_start_before(ctx: Context, event: Event) -> Event | None:
    """The start of the range whose end `event` is: the last range start before it on its
    line ("between 10:34 and 12:37")."""
    return next((e for e in reversed(ctx.analysis.on_line(event.line))
                 if e.part == "range-start" and e.column < event.column), None)


def _start_shifted_alike(ctx: Context, event: Event, apart: float,
                         entries: list[tuple[int, Event]]) -> bool:
    """A window's end read under another clock: its start, shifted by as many hours, is a
    timeline entry's time too ("between 10:34 and 12:37" over entries 17:34 ... 19:37). A
    time that ends no window passes."""
    start = _range_start_before(ctx, event)
    if event.part != "range-end" or start is None or start.order_minutes is None:
        return True
    shifted = start.order_minutes - round(apart / 60) * 60
    return any(abs(value - shifted) <= 2 for i, _ in entries
               if (value := ctx.analysis.minutes(i)) is not None)


def _meridiem_left_off(event: Event, entry: Event) -> bool:
    """A summary time written without AM/PM ("11:30") beside a 12-hour timeline entry: either
    half of the day is what the author may have meant."""
    clock, other = event.clock, entry.clock
    return clock is not None and other is not None and clock.meridiem is None \
        and other.meridiem is not None and 1 <= clock.hour <= 12


def _counterparts(ctx: Context, incidents: tuple[int, ...], line: int
                  ) -> dict[str, list[tuple[int, Event]]]:
    """The timeline entries a summary time on `line` is compared with: the first start and
    detection, the last restoration (with none, the timeline's own end marker, "incident
    closed"), among the entries of the same incident."""
    entries = [(i, e) for i, e in ctx.analysis.entries
               if not incidents or same_incident(incidents, e.line, line)]
    if not incidents and (parts := numbered_parts(entries)):
        entries = _the_windows_part(ctx, parts)
    starts = [(i, e) for i, e in entries if e.phase == "start"]
    detections = [(i, e) for i, e in entries if e.phase == "detection" or "detection" in e.also]
    resolutions = [(i, e) for i, e in entries if restores(e)] or \
        [(i, e) for i, e in entries if e.phase == "end"]
    # a status log: its first start listed is the last made (without incidents, all the
    # entries are this one's, as the shared analysis reads them)
    if newest_first(entries) if incidents else ctx.analysis.newest_first:
        starts, detections = starts[::-1], detections[::-1]
    # the last restoration in time: a status log lists its updates newest first
    timed = [(i, e) for i, e in resolutions if ctx.analysis.minutes(i) is not None]
    last = [max(timed, key=lambda pair: ctx.analysis.minutes(pair[0]) or 0.0)] if timed \
        else resolutions[-1:]
    return {"start": starts[:1], "detection": detections[:1], "resolution": last,
            "end": last, "all": entries}


# an entry that closes the incident formally, after the service is back: "Incident formally
# declared as resolved", "incident closed", "marked as resolved"
FORMAL_CLOSE = LazyPattern(r"(?<![a-z])(?:formally|officially|declared[ \t]++(?:as[ \t]++)?"
                           r"(?:resolved|closed)|marked[ \t]++(?:as[ \t]++)?(?:resolved|closed)"
                           r"|incident[ \t]++(?:is[ \t]++|was[ \t]++)?closed|closed[ \t]++the"
                           r"[ \t]++incident)(?![a-z])", re.IGNORECASE)


# an entry telling the outage itself over: "Outage to Billing area of Control Panel ends",
# "impact ended", "the downtime is over"
OUTAGE_ENDS = LazyPattern(r"(?<![a-z])(?:outage|impact|downtime|disruption|degradation)(?![a-z])"
                          r"[^.;\n]{0,60}?(?<![a-z])(?:ends|ended|is[ \t]++over|was[ \t]++over"
                          r"|stops|stopped)(?![a-z])", re.IGNORECASE)


def _outage_end_before_a_formal_close(ctx: Context, entries: list[tuple[int, Event]],
                                      index: int, entry: Event, value: float, said: float
                                      ) -> tuple[int, Event, float]:
    """For the last restoration `entry`, when it closes the incident formally: the latest
    earlier entry that tells the outage over, if the summary's time `said` is nearer it.
    Otherwise `entry` itself."""
    if FORMAL_CLOSE.search(entry.text) is None:
        return index, entry, value
    earlier = [(i, e, v) for i, e in entries
               if e is not entry and (e.phase == "end" or OUTAGE_ENDS.search(e.text))
               and FORMAL_CLOSE.search(e.text) is None and same_axis(e, entry)
               and (v := ctx.analysis.minutes(i)) is not None and v < value]
    if not earlier:
        return index, entry, value
    i, e, v = max(earlier, key=lambda found: found[2])
    return (i, e, v) if abs(said - v) < abs(said - value) else (index, entry, value)


def _the_windows_part(ctx: Context, parts: list[list[tuple[int, Event]]]
                      ) -> list[tuple[int, Event]]:
    """Of a log's numbered parts ("(1)", "(2)" over entries of their own), the one with an
    entry inside the stated window; none (nothing to compare) unless exactly one has."""
    window = ctx.analysis.window
    low = window.start.order_minutes if window.start is not None else None
    high = window.end.order_minutes if window.end is not None else None
    if low is None or high is None:
        return []
    inside = [part for part in parts if any(
        low <= (ctx.analysis.minutes(i) or -1e9) <= high for i, _ in part)]
    return inside[0] if len(inside) == 1 else []


# Words that say the incident ended, right before a prose time: the sentence claims the end
# ("was resolved at 9:09"), whatever entry shares its minute
ENDED_WORDS = LazyPattern(r"(?<![a-z])(?:resolved|restored|recovered|ended|over|back[ \t]++"
                          r"(?:up|online|to[ \t]++normal))(?![a-z])", re.IGNORECASE)
ENDED_REACH = 40  # characters before the time looked through for them


# Words right before a window that say something worked through it: "functioned normally
# from 16:26 to 20:04", "was working again from 16:26 to 20:04", "stayed healthy between"
HEALTHY = LazyPattern(r"(?<![a-z])(?:(?:function|work|operat|perform|behav)(?:ed|ing)"
                      r"[ \t]++(?:\w++[ \t]++)?(?:normally|fine|again|as[ \t]++expected)"
                      r"|(?:stayed|remained|was|were)[ \t]++(?:healthy|stable))"
                      r"[^.;\n]{0,24}$", re.IGNORECASE)


HEADED_LOG = 3  # headings, each over milestones of its own, that make a log's convention


def _heading_off_its_milestones(ctx: Context) -> Iterator[Problem]:
    """An incident log whose headings date each incident to the minute ("### Incident on
    2020-08-25 11:26") over milestones of its own ("First detected 2020-08-25 11:01",
    "Incident declared 2020-08-25 11:26", "Resolved ..."): where every other heading's time
    is one of its milestones' (three or more of them, and at least twice as many as the
    others), a heading whose time none of its milestones has ("Incident on 2020-08-04 17:13"
    over 13:30, 18:13, 11:04 the next day and 16:16) disagrees with them: one was copied from
    another incident, or mistyped."""
    lines = ctx.timeline.lines
    timed: dict[int, list[Event]] = {}
    for e in ctx.timeline.events:
        if e.clock is not None and e.order_minutes is not None and e.source == "summary":
            timed.setdefault(e.line, []).append(e)
    if sum(1 for n in timed if 0 < n <= len(lines) and lines[n - 1].startswith("#")) \
            < HEADED_LOG:
        return  # fewer timed headings than a log's convention needs (the lines not read)
    heads = [(n, heading_depth(lines[n - 1])) for n in range(1, len(lines) + 1)
             if lines[n - 1].startswith("#") and n not in ctx.timeline.code_lines]
    heads = [(n, depth) for n, depth in heads if depth]
    if len(heads) < HEADED_LOG:
        return
    agree: list[Event] = []
    disagree: list[tuple[Event, list[Event]]] = []
    for k, (number, depth) in enumerate(heads):
        own = timed.get(number, [])
        if len(own) != 1 or own[0].date is None or own[0].date.written not in own[0].written:
            continue  # a heading that dates its incident to the minute, once
        bottom = next((n for n, d in heads[k + 1:] if d <= depth), len(lines) + 1)
        milestones = [e for n in range(number + 1, bottom) for e in timed.get(n, ())
                      if same_axis(e, own[0])]
        if len(milestones) < 2:
            continue
        if any(abs((e.order_minutes or 0) - (own[0].order_minutes or 0)) < 1.0
               for e in milestones):
            agree.append(own[0])
        else:
            disagree.append((own[0], milestones))
    if len(agree) < HEADED_LOG or len(agree) < 2 * len(disagree):
        return
    for head, milestones in disagree:
        near = min(milestones, key=lambda e: abs((e.order_minutes or 0)
                                                 - (head.order_minutes or 0)))
        apart = abs((near.order_minutes or 0) - (head.order_minutes or 0))
        yield Problem(head.line, head.column,
                      f"the heading gives the incident as {head.written}, a time none of its "
                      f"milestones has (the nearest, {near.written} on line {near.line}, is "
                      f"{span(apart * 60)} apart), where each of the log's other "
                      f"{len(agree)} headings gives one of its own milestones' times",
                      end_column=head.column + len(head.written), related_line=near.line,
                      suggestion="give the heading the time of the milestone it names")


def _log_date_off_its_entries(ctx: Context) -> Iterator[Problem]:
    """A log of incidents, each with a date field ("**Date:** 2019/11/21") over a timeline of
    its own: where three incidents or more, at least twice as many as the rest, have their
    date among their timeline's days (its entries', and the days it dates them under), an
    incident whose date its timeline never gives ("Date: 26/11/2019" over entries under
    "2019-01-01 (all times UTC)") disagrees with it: one of the dates is wrong."""
    incidents = incident_starts(ctx.timeline)
    if len(incidents) < HEADED_LOG:
        return
    fields: dict[int, Event] = {}
    days: dict[int, set[str]] = {}
    for e in ctx.timeline.events:
        region = region_of(incidents, e.line)
        if e.kind == "field" and e.clock is None and e.field_name == "date" \
                and e.date is not None and e.date.written in e.written \
                and e.local[:4].isdigit():
            fields.setdefault(region, e)  # the first date field of the incident
        elif e.local[:4].isdigit() and e.kind != "field" and (
                e.source == "timeline" or e.clock is None):
            # an entry's day, or a day the log dates its entries under ("2019-01-09 (all
            # times UTC)" over an untimed item)
            days.setdefault(region, set()).add(e.local[:10])
    agree, disagree = 0, []
    for region, field in fields.items():
        own = days.get(region)
        if not own:
            continue
        if field.local[:10] in own:
            agree += 1
        else:
            disagree.append((field, own))
    if agree < HEADED_LOG or agree < 2 * len(disagree):
        return
    for field, own in disagree:
        first = min((e for e in ctx.timeline.events if e.kind != "field"
                     and (e.source == "timeline" or e.clock is None)
                     and e.local[:10] in own
                     and region_of(incidents, e.line) == region_of(incidents, field.line)),
                    key=lambda e: e.line)
        yield Problem(field.line, field.column,
                      f"the date field gives {field.local[:10]}, but this incident's "
                      f"timeline is dated {', '.join(sorted(own))} (from line {first.line}), "
                      f"where each of the log's other {agree} incidents has its date in its "
                      f"timeline",
                      end_column=field.column + len(field.written), related_line=first.line,
                      suggestion="give the incident and its timeline the same date")


def _nested_under_the_window(ctx: Context, event: Event) -> bool:
    """A window written in a list item nested deeper than the item that gives the report's
    own window ("* Date: May 28 11:30 - May 29 17:30" over "  * SEV-2 - degraded reads" and
    "    * Date: May 28 20:30 - May 29 15:30"): a breakdown's part, one severity's or one
    phase's, not the incident's start or end."""
    window = ctx.analysis.window.start
    lines = ctx.timeline.lines
    if window is None or window.line == event.line or not 0 < event.line <= len(lines) \
            or not 0 < window.line <= len(lines) or window.line > event.line:
        return False
    own, outer = lines[event.line - 1], lines[window.line - 1]
    if LIST_ITEM.match(own) is None or LIST_ITEM.match(outer) is None:
        return False
    return len(own) - len(own.lstrip()) > len(outer) - len(outer.lstrip())


# A heading over the incident's own window, below the timeline or not: "## Impact",
# "## Duration", "## Resolution"; other headings there hold notes on single steps
WINDOW_HEADING = LazyPattern(
    r"(?<![a-z])(?:summary|overview|impact|duration|outage|incident|downtime|disruption"
    r"|resolution|recovery|what[ \t]++happened|root[ \t]++cause|tl;?dr)(?![a-z])", re.IGNORECASE)
# Words that make a sentence's window the incident's, whatever its heading
WINDOW_WORDS = LazyPattern(
    r"(?<![a-z])(?:outage|incident|impact|downtime|disruption|service|users?|customers?"
    r"|unavailable|down|degraded)(?![a-z])", re.IGNORECASE)


def _a_steps_window_below(ctx: Context, event: Event) -> bool:
    """A window told in prose below every entry of the timeline, under a heading of its own
    that names neither the incident nor its impact ("## Open questions", "## 要確認"), in a
    sentence that does not either ("two panes were closed at 16:09-16:10"): a note on one
    step, not the incident's start or end."""
    if event.kind != "prose" or (_holds_any(event.text, _WINDOW_HINTS)
                                 and WINDOW_WORDS.search(event.text) is not None):
        return False
    entries = [e.line for e in ctx.timeline.events if e.source == "timeline"]
    if not entries or event.line <= max(entries):
        return False
    lines = ctx.timeline.lines
    for number in range(min(event.line, len(lines)), max(entries), -1):
        if heading_depth(lines[number - 1]):
            return WINDOW_HEADING.search(lines[number - 1]) is None
    return False


# A section of the checks and the work after the incident: "Post-incident verification",
# "Action items", "Preventive measures", "Next steps" (not "Lessons learned", which may
# retell the outage: "it stayed red until 08:15")
AFTERMATH_HEADING = LazyPattern(
    r"(?<![a-z])(?:post[ \t-]?incident|verification|action[ \t]++items?|prevent(?:ion|ive)"
    r"|next[ \t]++steps|corrective)(?![a-z])", re.IGNORECASE)


# A section that explains the cause: "## Root Cause (Hypothesis)", "### Contributing factors"
CAUSE_HEADING = LazyPattern(r"(?<![a-z])(?:root[ \t-]++causes?|causes?|contributing[ \t]++factors?"
                            r"|hypothes[ie]s|trigger(?:ing[ \t]++event)?)(?![a-z])",
                            re.IGNORECASE)


def _below_the_timeline(ctx: Context, event: Event) -> bool:
    """The event's line is below every timeline entry."""
    entries = [e.line for e in ctx.timeline.events if e.source == "timeline"]
    return bool(entries) and event.line > max(entries)


NEAR_THE_END = 0.2  # a milestone this share of the incident before its restoration, or closer
NOT_AN_END = frozenset(("start", "trigger", "detection", "acknowledgement", "escalation",
                        "mitigation"))


def _names_a_milestone(ctx: Context, event: Event, entries: list[tuple[int, Event]],
                       value: float) -> bool:
    """The summary's time is, to the minute, a timeline entry's within the incident: a
    window's end at a step up to the last restoration ("from 21:33 until 13:22" over "13:22:
    read-only mode ends" and "13:41: alerts clear"), a time of prose that retells a step
    without claiming the end ("turned to the dedicated workers at 8:13"), a start at an entry
    that starts something ("a second wave from 11:40" over "11:40: a new wave begins") or
    tells the failure users met ("red since 23:05" over "23:05: the first nightly fails"; not
    an alert's entry that names the failures it saw, the detection).
    Which milestone counts is the author's to choose; the times agree. Not an entry after
    the restoration (the postmortem meeting), one that finds or reports the problem ("stayed
    red until 08:15" over "08:15: someone notices the red board") or one after an earlier
    restoration ("14:09: workers began crashing again" after "14:05: workers healthy"); not
    a window that covers a sliver of the incident ("failed between 13:04 and 13:08" over a
    failover, errors until 14:25) or an end far from the restoration ("End: 12:04" at the
    rollback, "12:56: errors back to normal" in a three-hour incident); not a sentence that
    says the incident ended then ("was resolved at 9:09")."""
    ending = event.phase in ("resolution", "end")
    if ending and not _ends_a_window_of_the_incident(ctx, event, value):
        return False
    timed = [v for i, _ in entries if (v := ctx.analysis.minutes(i)) is not None]
    if ending and timed and value - event.order_minutes \
            > max(CLOSING_MINUTES, (value - min(timed)) * NEAR_THE_END):
        return False  # "End: 12:04" at the rollback, errors gone at 12:56: another story
    for i, e in entries:
        minutes = ctx.analysis.minutes(i)
        if minutes is None or abs(minutes - event.order_minutes) >= 1.0 \
                or not same_axis(e, event):
            continue
        if ending and minutes <= value + 1.0 and e.phase not in NOT_AN_END \
                and not _restored_before(ctx, entries, minutes):
            return True
        if event.phase == "start" and (e.phase == "start" or "start" in e.also or (
                e.phase == "other" and _tells_the_failure(e.text))):
            return True
    return False


def _mitigating_after(ctx: Context, entries: list[tuple[int, Event]], value: float) -> bool:
    """An entry after the timeline's last restoration (at `value`) is a mitigation: the
    restoration was not the last step against the fault (a relapse whose recovery pmlint did
    not read, or a restoration misread), so the end cannot be compared."""
    return any(e.phase == "mitigation" and (v := ctx.analysis.minutes(i)) is not None
               and v > value + 1.0 for i, e in entries)


def _detects_no_precursor(event: Event) -> bool:
    """A detection that names no precursor ("9:45 AM: monitoring alerted us to the chaos";
    not "alert on high response times"): what it detected had begun by then."""
    return event.phase == "detection" and not _names_a_precursor(event.text)


def _names_a_precursor(text: str) -> bool:
    """The words tell a precursor or a partial degradation ("latency rising", "high server
    load"), not the outage itself."""
    return _holds_any(text, _PRECURSOR_HINTS) and PRECURSOR_WORDS.search(text) is not None


# an entry that opens with a step someone took down, after its speaker's name: "cmjohnson:
# shutting down db2 for a few minutes to move it", "We powered off rack 4", "Taking lb-3 down"
STEP_TAKEN_DOWN = LazyPattern(
    r"[ \t]*+(?:[\w.-]{1,30}:[ \t]*+)?(?:(?:we|i|ops|the[ \t]++team)[ \t]++)?"
    r"(?:(?:shutting|powering|turning|shut|powered|turned)[ \t]++(?:down|off)"
    r"|(?:taking|took|bringing|brought)[ \t]++(?:[\w.-]++[ \t]++){0,2}?(?:down|offline))"
    r"(?![a-z])", re.IGNORECASE)


def _tells_the_failure(text: str) -> bool:
    """The entry tells the failure users met ("the first nightly fails", "503 errors"), not a
    precursor ("latency rising"), nor a step someone took ("ops: shutting down db2 to move
    it", whose failure may follow): a summary may count the impact from it."""
    return _may_tell_impact(text) and IMPACT_WORDS.search(text) is not None \
        and not _names_a_precursor(text) and STEP_TAKEN_DOWN.match(text) is None


def _restored_before(ctx: Context, entries: list[tuple[int, Event]], minutes: float) -> bool:
    """An entry restores the service before `minutes`: a milestone after it is a relapse's."""
    return any(restores(e) and (v := ctx.analysis.minutes(i)) is not None
               and v < minutes - 1.0 for i, e in entries)


def _ends_a_window_of_the_incident(ctx: Context, event: Event, value: float) -> bool:
    """A window's end whose window spans half the incident or more, from its own start to the
    timeline's restoration at `value`; a single time not said to end the incident."""
    start = _range_start_before(ctx, event) if event.part == "range-end" else None
    if start is not None and start.order_minutes is not None:
        return event.order_minutes - start.order_minutes \
            >= (value - start.order_minutes) / 2
    said = event.text.find(event.written)
    return said < 0 or not ENDED_WORDS.search(event.text, max(0, said - ENDED_REACH), said)


def _one_of_several_windows(ctx: Context, event: Event, entries: list[tuple[int, Event]],
                            tolerance: float) -> bool:
    """A window's end or start where the summary's line tells two windows or more ("every
    service unreachable from 9:36 to 10:39, then from about 11:30 to 11:55"), at the time of
    a timeline entry: the line tells each episode, the timeline tells this one there, and
    neither episode's end is the other's."""
    if event.part not in ("range-start", "range-end") or event.order_minutes is None:
        return False
    windows = sum(1 for e in ctx.analysis.on_line(event.line) if e.part == "range-end")
    return windows >= 2 and any(
        (value := ctx.analysis.minutes(i)) is not None and same_axis(e, event)
        and abs(event.order_minutes - value) <= tolerance for i, e in entries)


# Words that say a line is about a picture: a caption tells what a chart shows
PICTURE_WORDS = LazyPattern(r"(?<![a-z])(?:charts?|graphs?|figure|fig\.|screenshots?|diagrams?"
                            r"|plots?|pictured|(?:shown|see)[ \t]++(?:above|below))(?![a-z])",
                            re.IGNORECASE)


def _a_pictures_window(ctx: Context, event: Event) -> bool:
    """A window in a caption: its line, or the line above it, an image ("![uptime](...)")
    or words about a chart ("Uptime from 12:00pm to 04:00pm. (The charts for the other
    regions are the same)"): the span a picture shows, chosen to frame the outage, not the
    incident's start or end."""
    lines = ctx.timeline.lines
    if not 0 < event.line <= len(lines):
        return False
    text = lines[event.line - 1]
    above = lines[event.line - 2] if event.line >= 2 else ""
    return (_holds_any(text, _PICTURE_HINTS) and PICTURE_WORDS.search(text) is not None) \
        or "![" in text or "![" in above \
        or "<img" in above


def _healthy_window(ctx: Context, event: Event) -> bool:
    """A window of prose that something worked through ("the watch cache functioned
    normally from ~16:26 to ~20:04"): a healthy interval, not the incident's start or end."""
    if event.kind != "prose":
        return False
    start = event if event.part == "range-start" else _range_start_before(ctx, event)
    if start is None:
        return False
    lines = ctx.timeline.lines
    if not 0 < start.line <= len(lines):
        return False
    before = lines[start.line - 1][:max(0, start.column - 1)].rstrip("~ \t")
    return HEALTHY.search(before[-60:]) is not None


def _a_moment_within(ctx: Context, event: Event) -> bool:
    """A range after "by" ("By 16:18-16:19 PgBouncer was full"): a moment known to within a
    minute or two, no window with an end."""
    start = event if event.part == "range-start" else _range_start_before(ctx, event)
    if start is None or not 0 < start.line <= len(ctx.timeline.lines):
        return False
    before = ctx.timeline.lines[start.line - 1][:max(0, start.column - 1)].rstrip(" \t~*_")
    return before[-3:].lower() == " by" or before.lower() == "by"


def _retells_an_entrys_range(ctx: Context, event: Event) -> bool:
    """"Sometime between about 14:30 and 15:00 there was a major outage" over the entry
    "~14:30-15:00 - the API goes down": an approximate range of the summary that is an
    approximate entry's own, told again (the window the start is known within), is not an
    end of the incident. Written exactly ("from 12:00 to 12:30 AM"), it claims the window."""
    start = _range_start_before(ctx, event)
    if start is None or start.order_minutes is None or event.order_minutes is None \
            or not (start.approximate or event.approximate):
        return False
    for first, second in pairwise(ctx.timeline.events):
        if first.source == "timeline" and first.part == "range-start" \
                and second.part == "range-end" and second.line == first.line \
                and (first.approximate or second.approximate) \
                and first.order_minutes is not None and second.order_minutes is not None \
                and same_axis(first, start) \
                and abs(first.order_minutes - start.order_minutes) < 1.0 \
                and abs(second.order_minutes - event.order_minutes) < 1.0:
            return True
    return False


# A person named by a capitalised name who "came online" ("After a shower, Vincent (see
# title above) came online", "Priya, back from lunch, came online"); not "the API came online"
NAMED_ONLINE = LazyPattern(r"(?:\A|[.;!?,][ \t]++)[A-Z][a-z]++(?:[ \t]*+\([^()\n]{0,60}\)"
                           r"|,[^,.;\n]{0,40},)?[ \t]++(?:came|comes)[ \t]++online(?![a-z])")


def _retells_a_step(ctx: Context, event: Event, entries: list[tuple[int, Event]]) -> bool:
    """A sentence of prose whose one time is, to the minute, a timeline entry's that mitigates
    (a rollback, a failover) or tells a step of no phase, and does not restore: the prose
    retells that step in its own words ("fixed and successfully reversed at 10:35 am" over
    "10:35: successful rollback"), not a second end."""
    if event.kind != "prose" or event.part in ("range-start", "range-end"):
        return False  # a window's end ("failed between 13:04 and 13:08") claims the window
    said = event.text.find(event.written)
    if said > 0 and ENDED_WORDS.search(event.text, max(0, said - ENDED_REACH), said):
        return False  # "the incident was resolved at 9:09": a claim of the end, not a step
    # a step of no phase counts too ("12:50: the bad package was withdrawn" beside "fixed it
    # by 12:50"), for prose that tells a fix; not for a window's end ("lasted until 06:00",
    # the 06:00 entry a meeting)
    steps = ("mitigation", "other") if event.phase == "resolution" else ("mitigation",)
    if said > 0 and any(m.end() > said - ENDED_REACH
                        for m in NAMED_ONLINE.finditer(event.text, 0, said)):
        # "Vincent came online at 18:25" over "18:25: error discovered by the on-call
        # manager": a person joining at a detection or a page, not the service back
        steps += ("detection", "acknowledgement", "escalation")
    return any(e.phase in steps and not restores(e) and same_axis(event, e)
               and (value := ctx.analysis.minutes(i)) is not None
               and abs(value - event.order_minutes) < 1.0 for i, e in entries)


def _posted_after(ctx: Context, event: Event, entries: list[tuple[int, Event]]) -> bool:
    """A status log's updates are posted after the fact: a summary end (the impact's, from
    the telemetry) before the update that reports the recovery, with no update between
    them, agrees with it."""
    later = [(value, entry) for index, entry in entries
             if (value := ctx.analysis.minutes(index)) is not None
             and event.order_minutes is not None and value >= event.order_minutes
             and same_axis(event, entry)]
    if not later or not (_in_an_update(ctx, event) or _restoration_told_at(ctx, event)
                         or _below_its_updates(event, entries)
                         or _under_an_updates_stamp(ctx, event)):
        return False
    first_value, first = min(later, key=lambda pair: pair[0])
    if len(later) == sum(1 for _, entry in entries if same_axis(event, entry)) \
            and STATUS_UPDATE.match(first.text) is not None and _in_an_update(ctx, event):
        return True  # the whole status log was posted after the impact it tells had ended
        # ("a partial outage between 6:15 PM and 6:18 PM", its first update at 6:23 PM)
    if _below_its_updates(event, entries) and any(
            event.order_minutes <= (notice.order_minutes or 0) < first_value  # type: ignore[operator]
            for notice in _notices_between(ctx, event, entries)):
        return False  # "Notice: the scheduler does not respond", posted between them
    return (RECOVERY_UPDATE.match(first.text) is not None or _lone_stamp(ctx, first)) and (
        restores(first) or first.phase in ("resolution", "end")
        # "Monitoring: ...": a status page's state once a fix is in and being watched
        or MONITORING_UPDATE.match(first.text) is not None)


MONITORING_UPDATE = LazyPattern(r"[ \t*_#>]*+monitoring(?![a-z])", re.IGNORECASE)


def _lone_stamp(ctx: Context, entry: Event) -> bool:
    """The entry's stamp stands alone on its line over the update's words ("03:00 AM PST
    December 25th, 2022" over "The stats delay is resolved."): when the update was posted."""
    lines = ctx.timeline.lines
    if not 0 < entry.line <= len(lines):
        return False
    return not lines[entry.line - 1].replace(entry.written, "", 1).strip(" \t*_•·-–—|>")


def _notices_between(ctx: Context, event: Event, entries: list[tuple[int, Event]]
                     ) -> list[Event]:
    """The stamps, on lines of their own, of the incident's updates that are no timeline
    entries (a notice whose label is no status word: "**Notice**: ...", then its stamp),
    among the incident's updates above the record `event`."""
    top = min(entry.line for _, entry in entries)
    lines = ctx.timeline.lines
    return [e for e in ctx.timeline.events
            if e.source == "summary" and e.kind == "prose" and top < e.line < event.line
            and e.clock is not None and e.date is not None and e.order_minutes is not None
            and same_axis(e, event) and lines
            and STAMP_ALONE.fullmatch(lines[e.line - 1].replace(e.written, "", 1))]


# what is left of a stamp's line without the stamp: markup only ("<br><span ...></span>")
STAMP_ALONE = LazyPattern(r"(?:[ \t*_>]|<[^<>\n]{0,80}>)*+")


def _below_its_updates(event: Event, entries: list[tuple[int, Event]]) -> bool:
    """The summary's time is a record kept under the incident's updates, below them all
    ("start: ... stop: ..." at the foot of a status log's incident): written when the updates
    were, the window it gives is the impact's, which the updates were posted after."""
    return event.kind == "field" and bool(entries) \
        and all(entry.line < event.line for _, entry in entries)


def _restoration_told_at(ctx: Context, event: Event) -> bool:
    """The document tells, in a line of its own, of a restoration at the summary's very
    minute ("resolvedWhen: 09:30" and "09:30: Performance issues resolved" in the report):
    the impact's end, which the status update reporting it was posted after."""
    return any(other is not event and other.line != event.line and other.clock is not None
               and same_axis(event, other)
               and other.order_minutes is not None and event.order_minutes is not None
               and abs(other.order_minutes - event.order_minutes) < 1.0
               and (restores(other) or other.phase == "end"
                    or (other.kind == "prose" and classify(other.text)
                        in ("resolution", "end")))
               for other in ctx.timeline.events)


def _in_an_update(ctx: Context, event: Event) -> bool:
    """The summary's time is written in a status update's own words: on the line its stamp
    ends, or above a stamp that stands apart from the update's text ("## Resolved", the
    text, "Posted ..."); not a report's summary above a list of updates."""
    below = [e for _, e in ctx.analysis.entries if e.line >= event.line]
    if not below:
        return False
    own = min(below, key=lambda e: e.line)
    if own.line == event.line:
        return True
    lines = ctx.timeline.lines
    stamp_line = lines[own.line - 1] if lines else ""
    if any(lines[n - 1].lstrip().startswith("#") for n in range(event.line + 1, own.line)) \
            or any(e.kind == "field" and event.line < e.line < own.line
                   for e in ctx.timeline.events):
        return False  # a heading or header fields between: a report's summary, not an update
    return own.line - event.line <= UPDATE_LINES and own.text[:24] not in stamp_line


UPDATE_LINES = 24  # how far above its stamp a status update's words may run


def _under_an_updates_stamp(ctx: Context, event: Event) -> bool:
    """The summary's time is written below the last status update's label and stamp, with
    no heading or field between ("10. resolved Jul 21, 06:26 PM UTC" / "This incident has
    been resolved." / "11. postmortem Jul 25, 02:57 PM UTC" / "... from 9:00 AM to 11:22 AM
    PDT"): words of the log's updates, which were posted after the impact they tell."""
    above = [e for _, e in ctx.analysis.entries if e.line < event.line]
    if not above:
        return False
    own = max(above, key=lambda e: e.line)
    if event.line - own.line > UPDATE_LINES or STATUS_UPDATE.match(own.text) is None \
            or len(own.text.split()) > 2:
        return False  # (the label alone is the entry's text: its words are below it)
    lines = ctx.timeline.lines
    return not any(lines[n - 1].lstrip().startswith("#") for n in range(own.line + 1, event.line)
                   if 0 < n <= len(lines)) \
        and not any(e.kind == "field" and own.line < e.line < event.line
                    for e in ctx.timeline.events)


# A status page's update that may report a recovery, its label opening the entry's text.
RECOVERY_UPDATE = LazyPattern(r"\A[ \t*_#>]*+(?:resolved|monitoring|update|updated|completed"
                            r"|recovering|mitigated|identified)(?![a-z])", re.IGNORECASE)


# Any status page update, labelled by its state: it tells of what happened before it
STATUS_UPDATE = LazyPattern(r"\A[ \t*_#>]*+(?:resolved|monitoring|update|updated|completed"
                            r"|recovering|mitigated|identified|investigating|in[ \t]progress)"
                            r"(?![a-z])", re.IGNORECASE)


# An entry after the restoration that confirms it or closes the incident, or tells the users
# so ("We updated the users that everything is running").
CLOSING_STEP = LazyPattern(r"(?<![a-z])(?:confirm(?:s|ed|ing)?|verif(?:y|ies|ied|ying)"
                           r"|stable|stabili[sz]ed|declared|all[ \t]++clear|closed?|closing"
                           r"|healthy|normal|running|notified|informed|announced|updated)"
                           r"(?![a-z])", re.IGNORECASE)


def _at_a_closing_step(ctx: Context, event: Event, restored: float, tolerance: float
                       ) -> bool:
    """The summary's end is the time of a timeline entry after the restoration that confirms
    it or closes the incident ("all systems confirmed stable"): the summary counts the
    incident over when the timeline's last word on it was said. A later entry of other
    business (a postmortem meeting) is no such step."""
    assert event.order_minutes is not None
    for index, entry in ctx.analysis.entries:
        value = ctx.analysis.minutes(index)
        if value is not None and value > restored and same_axis(event, entry) \
                and abs(event.order_minutes - value) <= tolerance \
                and CLOSING_STEP.search(entry.text):
            return True
    return False


def _partial(ctx: Context, event: Event) -> bool:
    """A paragraph that gives several recoveries (one per service: "most services recovered
    by 16:36 UTC; Actions was degraded until 18:03; Copilot recovered by 21:02") or several
    starts: only its last recovery, and its first start, is the incident's; the others are
    steps of it."""
    if event.kind != "prose" or event.order_minutes is None:
        return False
    ending = event.phase in ("resolution", "end")
    lines = ctx.timeline.lines
    peers = [e.order_minutes for e in ctx.timeline.events
             if e is not event and _one_paragraph(lines, e.line, event.line)
             and e.source == "summary" and e.kind == "prose" and e.order_minutes is not None
             and e.clock is not None and same_axis(e, event)  # (a date alone: no time of day)
             and ((e.phase in ("resolution", "end")) if ending else e.phase == event.phase)]
    if not peers:
        return False
    return event.order_minutes < max(peers) if ending else (
        event.phase == "start" and event.order_minutes > min(peers))


# After an end, the line going on to a later stage: "+ degraded recovery tail ~2.5h", "then
# partial service until noon", "followed by two hours of reduced capacity"
LATER_STAGE_AFTER = LazyPattern(r"[^.;\n]{0,20}?(?:\+|(?<![a-z])(?:then|followed[ \t]++by|plus)"
                                r"(?![a-z]))[^.;\n]{0,40}?(?<![a-z])(?:degraded|partial|reduced"
                                r"|recovery[ \t]++tail|tail|slow(?:ness|ed)?|limited)(?![a-z])",
                                re.IGNORECASE)


# a later episode told after an end: "Later that day, ... it was down for another hour", "a
# second outage followed", "the problem recurred"
LATER_EPISODE_AFTER = LazyPattern(
    r"(?<![a-z])(?:later[ \t]++(?:that|the[ \t]++same)[ \t]++(?:day|night|evening|morning"
    r"|afternoon)|(?:another|a[ \t]++second|a[ \t]++further)[ \t]++(?:outage|hour|incident"
    r"|disruption|episode|interruption)|down[ \t]++again|recurred|re-?occurred"
    r"|happened[ \t]++again)(?![a-z])", re.IGNORECASE)
LATER_EPISODE_REACH = 160  # characters after the end in which a later episode is told


def _a_later_stage_after(ctx: Context, event: Event) -> bool:
    """The line goes on, right after this end, to a later stage of a lesser impact, or to a
    later episode ("Later that day ... down for another hour"): the end is the first stage's
    or episode's, not the incident's (the timeline may tell the other)."""
    lines = ctx.timeline.lines
    if not 0 < event.line <= len(lines):
        return False
    line = lines[event.line - 1]
    at = line.find(event.written, max(0, event.column - 1))
    if at < 0:
        return False
    after = at + len(event.written)
    return LATER_STAGE_AFTER.match(line, after) is not None or LATER_EPISODE_AFTER.search(
        line, after, after + LATER_EPISODE_REACH) is not None


# A word of the ending right before a time: "recovery ~00:20 UTC", "resolved at 14:05"
ENDING_BEFORE = LazyPattern(r"(?<![a-z])(?:recover(?:y|ed)|resol(?:ved|ution)|restor(?:ed|ation)"
                            r"|fixed)(?![a-z])[^.;,\n]{0,12}$", re.IGNORECASE)


def _ending_said_before(ctx: Context, event: Event) -> bool:
    """The words right before a time the summary gives as a detection say the incident
    ended then ("Nagios alert ~20:20 UTC -> recovery ~00:20 UTC"): the sentence's
    detection word is another time's."""
    lines = ctx.timeline.lines
    if not 0 < event.line <= len(lines):
        return False
    before = lines[event.line - 1][:max(0, event.column - 1)]
    return ENDING_BEFORE.search(before[-40:]) is not None


WINDOW_REACH = 12  # lines below a stated window that may list its parts' recoveries


def _inside_a_window_above(ctx: Context, event: Event) -> bool:
    """A recovery in prose dated strictly inside a window stated a few lines above ("On
    October 29th between 14:07 UTC and 23:15 UTC, several services were degraded:" then, in
    a bullet, "These recovered by 20:40 UTC"), with no heading between: one part's recovery,
    not the incident's end; so is a range's end there ("in three periods:" over "2. 5:30 AM -
    2:09 PM: replicas lagged"), one part's window."""
    if event.kind != "prose" or event.order_minutes is None:
        return False
    events = ctx.timeline.events
    for first, second in pairwise(events):
        if first.part == "range-start" and second.part == "range-end" \
                and first.line == second.line and first.source == "summary" \
                and 0 < event.line - first.line <= WINDOW_REACH \
                and first.order_minutes is not None and second.order_minutes is not None \
                and same_axis(first, event) \
                and first.order_minutes < event.order_minutes < second.order_minutes \
                and not any(ctx.timeline.lines[n - 1].lstrip().startswith("#")
                            for n in range(first.line + 1, event.line + 1)):
            return True  # (in the window's own section: under another heading, a claim)
    return False


def _one_paragraph(lines: tuple[str, ...], a: int, b: int) -> bool:
    """Lines a and b lie in one run of lines with no blank line between them."""
    low, high = min(a, b), max(a, b)
    if not lines or high > len(lines) or high - low > 12:
        return a == b
    return all(lines[n - 1].strip() for n in range(low, high + 1))


def _restored_under_an_odd_zone(event: Event, entries: list[tuple[int, Event]]) -> bool:
    """A restoration at the summary's wall clock whose zone is not the timeline's own while
    the summary's is: the entry's zone name is the slip, which tz-mixed reports."""
    labels = Counter(e.zone.label for _, e in entries if e.zone is not None)
    if event.zone is None or not labels or labels.most_common(1)[0][0] != event.zone.label:
        return False
    return any(_zone_label_only(event, e) and e.zone is not None
               and labels[e.zone.label] == 1 for _, e in entries
               if e.phase == "end" or restores(e))


def _zone_label_only(event: Event, entry: Event) -> bool:
    """"6:30 PM (Kigali time)" in the summary, "6:30 PM (UTC)" in the timeline: the same time
    of day under two zone names. Which name is wrong cannot be told from the times; the
    zone checks (tz-mixed) say the zones disagree."""
    a, b = event.clock, entry.clock
    if a is None or b is None or (a.hour, a.minute) != (b.hour, b.minute):
        return False
    if (event.zone is None) != (entry.zone is None):
        # "12:35A on September 10" in the summary with no zone, the entry's "12:35A" given a
        # zone carried from another line: the same wall clock, apart only by pmlint's guess
        return True
    return event.zone is not None and entry.zone is not None \
        and event.zone.label != entry.zone.label


# what may stand between a length and the window it gives: "Approximately 6 hours, from
# 11:20 UTC to 17:30 UTC", "about 2 hours (09:10-11:05)"
LENGTH_TO_WINDOW = LazyPattern(r"[ \t]*+[,:(—–-]?[ \t]*+(?:from|between)?[ \t]*+$",
                               re.IGNORECASE)


def _window_of_an_approximate_length(ctx: Context, event: Event) -> bool:
    """The event is an end of a window written right after an approximate length
    ("Approximately 6 hours, from 11:20 UTC to 17:30 UTC"): the hedge is the window's too,
    its ends rounded ("17:30" for the restoration the timeline logs at 17:28)."""
    if event.part not in ("range-start", "range-end") or not ctx.timeline.lines:
        return False
    text = ctx.timeline.lines[event.line - 1]
    starts = [e for e in ctx.timeline.events if e.line == event.line
              and e.part == "range-start" and e.column <= event.column]
    if not starts:
        return False
    opening = max(starts, key=lambda e: e.column)
    return any(d.line == event.line and d.approximate and d.column < opening.column
               and LENGTH_TO_WINDOW.fullmatch(text, d.column - 1 + len(d.written),
                                              opening.column - 1) is not None
               for d in ctx.timeline.durations)


def _opens_the_timeline(ctx: Context, event: Event, start_value: float) -> bool:
    """"Start: 10:00 AM" over a timeline whose first entry is at 10:00 ("issue detected")
    and whose later entry reads as a start: the summary dates the first thing that
    happened, which the timeline does not contradict."""
    assert event.order_minutes is not None
    for index, entry in ctx.analysis.entries:
        value = ctx.analysis.minutes(index)
        if value is None or not same_axis(event, entry):
            continue
        # at the first entry, or a round figure just before it ("from 15:00" over 15:05)
        return value < start_value and value - _ROUNDING <= event.order_minutes <= value + 1.0
    return False


_ROUNDING = 15.0  # minutes a stated start may be rounded down from the first entry


def _at_an_earlier_entry(ctx: Context, event: Event, entries: list[tuple[int, Event]]) -> bool:
    """The stated start falls at the very minute of a timeline entry (not a restoration)
    before the one the timeline marks as the start: the summary dates the impact from that
    entry, which the timeline does not contradict."""
    assert event.order_minutes is not None
    return any(abs(value - event.order_minutes) < 1.0 and same_axis(event, e)
               and e.phase != "resolution" and not restores(e)
               for i, e in entries if (value := ctx.analysis.minutes(i)) is not None)


# "was due to be updated", "will take another 4 hours", "expected by": not what happened
FORECAST = LazyPattern(r"(?<![A-Za-z])(?:will|would|due[ \t]++to[ \t]++be|expect(?:ed|s)?"
                       r"|estimat(?:e|ed|es)|scheduled|planned|should)(?![A-Za-z])",
                       re.IGNORECASE)
# A summary clause and an entry that share this many words (stems, common words left out)
# tell the same event, when no other entry shares as many and the clause has few more.
SHARED_WORDS = 2
# words a summary sentence and an entry at its very time of day on another date share to be
# one moment told twice, however many more words either holds
SLIP_WORDS = 3


# "will", "should", "expected to", "shortly": what an entry says is still to come
STILL_TO_COME = LazyPattern(r"(?<![a-z])(?:will|shall|should|(?:is|are)[ \t]++expected[ \t]++to"
                            r"|expect[ \t]++(?:it|them|the)|soon|shortly)(?![a-z])",
                            re.IGNORECASE)


def _still_to_come(text: str) -> str:
    """The entry's words from what it says is still to come ("Power has been restored and
    services will be back online shortly": "will be back online shortly"), or ""."""
    found = STILL_TO_COME.search(text) if ("will" in text or "sh" in text or "expect" in text
                                           or "soon" in text) else None
    return "" if found is None else text[found.start():]


ALL_WORDS = re.compile(r"[a-z][a-z'-]*+")
# the words around a time that say only when: no part of what happened then
WHEN_WORDS = frozenset(("at", "approximately", "around", "about", "roughly", "by", "am",
                        "pm", "a", "p", "m", "on", "the", "utc", "gmt"))
SAME_CLAUSE = 0.8  # the share of their words two clauses must have in common to tell one step
CLAUSE_WORDS_MIN = 4
RETOLD_APART_MAX = 6 * 60.0  # minutes: further apart, two tellings are likely two steps


def _clause_words(clause: str) -> frozenset[str]:
    return frozenset(w for w in ALL_WORDS.findall(clause.lower()) if w not in WHEN_WORDS)


def _clock_columns(events: tuple[Event, ...]) -> dict[int, list[int]]:
    """Line -> the columns of the clock times written on it."""
    columns: dict[int, list[int]] = {}
    for e in events:
        if e.clock is not None:
            columns.setdefault(e.line, []).append(e.column)
    return columns


def _clause_of_event(lines: tuple[str, ...], event: Event,
                     columns: dict[int, list[int]]) -> str:
    """The words of the event's line that go with its time, cut at the other times there."""
    from pmlint.timeline.retold import clause_of

    return clause_of(lines[event.line - 1], event.column,
                     tuple(c for c in columns.get(event.line, ()) if c != event.column))


def _summary_retold_in_the_account(ctx: Context, reported: set[int]) -> Iterator[Problem]:
    """A document with no timeline, whose summary tells a step in the same words as a
    sentence of the account below it, at another time ("At approximately 6:20 pm all
    aspects of the system were restored" in the summary, "At approximately 6:10 pm all
    aspects of the system were restored" under Recovery): one of the two is wrong. The
    clauses must share nearly all their words (not "restored for most users" and "restored
    for all users"), and the times lie within hours of each other."""
    events = ctx.timeline.events
    if any(e.source == "timeline" for e in events) or not ctx.timeline.lines:
        return
    prose = [e for e in events if e.kind == "prose" and e.part == "single" and e.clock is not None
             and e.order_minutes is not None and e.phase != "other"]
    summary: list[Event] = []
    account: list[Event] = []
    for e in prose:
        (summary if e.section and "summary" in fold(e.section) else account).append(e)
    if not summary or not account:
        return
    columns = _clock_columns(events)
    lines = ctx.timeline.lines
    for told in summary:
        if told.line in reported:
            continue
        clause = _clause_of_event(lines, told, columns)
        mine = _clause_words(clause)
        if len(mine) < CLAUSE_WORDS_MIN:
            continue
        for other in account:
            if other.phase != told.phase or not same_axis(told, other):
                continue
            apart = abs((told.order_minutes or 0) - (other.order_minutes or 0))
            if not 1 < apart <= RETOLD_APART_MAX:
                continue
            theirs = _clause_words(_clause_of_event(lines, other, columns))
            if len(theirs) < CLAUSE_WORDS_MIN \
                    or len(mine & theirs) < SAME_CLAUSE * len(mine | theirs):
                continue
            reported.add(told.line)
            yield Problem(told.line, told.column,
                          f"the summary tells {_told(clause, told.written)!r} at "
                          f"{told.written}, line {other.line} at {other.written}, "
                          f"{span(apart * 60)} apart; one of the two is wrong",
                          end_column=told.column + len(told.written), related_line=other.line,
                          severity="warning", suggestion="give the step one time")
            break


def _same_words_another_time(ctx: Context, reported: set[int]) -> Iterator[Problem]:
    """A summary sentence that retells one timeline entry in its words ("at 15:16 UTC a
    wrong block was generated" and "06:16 wrong block generated") at another time: one of
    the two is wrong, whatever phase the event is."""
    from pmlint.timeline.extract import _names_timeline
    from pmlint.timeline.retold import content_words

    entries = [(i, e) for i, e in ctx.analysis.entries if e.order_minutes is not None]
    if not entries or not ctx.timeline.lines:
        return
    candidates = [e for e in ctx.timeline.events
                  if e.source == "summary" and e.kind == "prose" and e.clock is not None
                  and e.order_minutes is not None and e.part not in ("range-start", "range-end")]
    if not candidates:
        return  # a range's words tell a span: its ends are the phases' to pair
    incidents = incident_starts(ctx.timeline)
    # each entry's words, and a word -> the entries (by position) whose text holds it: read
    # when a summary sentence first has words enough to retell one (most have not)
    words: dict[int, frozenset[str]] = {}
    to_come: dict[int, frozenset[str]] = {}
    holding: dict[str, list[int]] = {}
    clocks_on = _clock_columns(ctx.timeline.events)
    for event in candidates:
        if event.line in reported:
            continue
        clause = _clause_of_event(ctx.timeline.lines, event, clocks_on)
        said = content_words(clause)
        if len(said) < SHARED_WORDS:
            continue
        if not words:
            words = {id(e): content_words(e.text) for _, e in entries}
            to_come = {id(e): content_words(rest) - content_words(e.text[:len(e.text) - len(rest)])
                       for _, e in entries if (rest := _still_to_come(e.text))}
            for n, (_, e) in enumerate(entries):
                for word in words[id(e)]:
                    holding.setdefault(word, []).append(n)
        if not _some_entry_shares(said, holding):
            continue  # no entry tells it in its words: nothing to pair (the cheap test first)
        if (event.section and _names_timeline(event.section)) or _in_an_update(ctx, event):
            continue  # the timeline's own telling, or a status update's own words
        if _other_day(clause.lower()) or (_holds_any(clause, _FORECAST_HINTS)
                                          and FORECAST.search(clause) is not None):
            continue  # another day's, or what was due or expected rather than what happened
        tolerance = 1.0 + (15.0 if event.approximate else 0.0)
        by_clock = _day_unknown(event, entries) and not _dated_by_a_day_line(ctx, event)
        scored = []
        slips = []
        for index, entry in entries:
            if (incidents and not same_incident(incidents, entry.line, event.line)) \
                    or not same_axis(event, entry):
                continue
            value = ctx.analysis.minutes(index)
            if value is None:
                continue
            if by_clock:
                # the sentence writes no date and the one carried to it is none of the
                # timeline's days: the time of day is all it says, read on the entry's day
                value = event.order_minutes - _clock_apart(event.order_minutes - value)
            if abs(value - event.order_minutes) <= tolerance:
                break  # an entry at the summary's own time: the sentence may retell that one
            told = words[id(entry)]
            shared = said & told
            if shared & to_come.get(id(entry), frozenset()):
                continue  # "services will be back online shortly": what the summary says
                # happened, the entry said was still to come
            if len(shared) >= SHARED_WORDS and 2 * len(shared) >= len(said) \
                    and 3 * len(shared) >= len(told):
                scored.append((len(shared), index, entry, value))
            if len(shared) >= SLIP_WORDS and (slip := _date_slipped(event, entry)):
                slips.append((slip, entry))
        else:
            if len(slips) == 1 and not _said_in_timeline(ctx, event):
                # "On Saturday, December 17th, 2022 at roughly 12:43 UTC we received our
                # first report" over "Dec 16th 12:43 First report": one moment, two dates
                slip, entry = slips[0]
                reported.add(event.line)
                yield Problem(event.line, event.column,
                              f"the summary puts {_told(clause, event.written)!r} at "
                              f"{event.written}, the timeline (line {entry.line}) at "
                              f"{entry.written}: the same time of day, {slip} apart; one of "
                              f"the dates slipped",
                              end_column=event.column + len(event.written),
                              related_line=entry.line, suggestion="give the moment one date")
                continue
            scored.sort(key=lambda item: -item[0])
            if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
                continue  # no entry, or two, tell it: nothing to pair
            _, index, entry, value = scored[0]
            apart = event.order_minutes - value
            if _meridiem_left_off(event, entry):
                # "we restarted the server at 7:19" over "7:19 PM restarted the server"
                apart = min((apart, apart - DAY_MINUTES / 2, apart + DAY_MINUTES / 2), key=abs)
                if abs(apart) <= tolerance:
                    continue
            if abs(apart) > MAX_APART or _said_in_timeline(ctx, event):
                continue  # days apart: whose day is right is stated_window's to say
            if 0 < apart <= BOUND_MINUTES and _by_the_time(ctx, event):
                continue  # "all recovered by 18:51" over "18:47:45 catch-up recovers": kept
            if apart < 0 and STATUS_UPDATE.match(entry.text):
                continue  # a status update, posted after what it tells
            if entry.clock is not None and (entry.clock.hour, entry.clock.minute) == (
                    event.clock.hour, event.clock.minute):
                continue  # the same wall clock read in two zones: tz-mixed or tz-missing speak
            reported.add(event.line)
            local = _zone_apart(event, entry, apart)
            if local is not None:
                hint = f"; read at UTC{local} (a local clock?) the summary's time is the timeline's"
            elif abs(apart) >= 60 and abs(apart - round(apart / 60) * 60) < 1:
                hint = "; a whole number of hours: one of the two may be in another zone"
            else:
                hint = ""
            yield Problem(event.line, event.column,
                          f"the summary puts {_told(clause, event.written)!r} at "
                          f"{event.written}, the timeline (line {entry.line}) at "
                          f"{entry.written}, {span(abs(apart) * 60)} apart{hint}",
                          end_column=event.column + len(event.written), related_line=entry.line,
                          suggestion="give the same time in the summary and the timeline")


def _day_unknown(event: Event, entries: list[tuple[int, Event]]) -> bool:
    """Whether a summary time's day is only carried to it from an earlier line (its own line
    writes no date) and lies more than a day from every day the timeline's entries give
    ("deployed at 10:04" below a window dated a month before the timeline): its day is then
    unknown, and only its time of day can be compared."""
    if event.date is not None or event.clock is None or not event.local[:4].isdigit():
        return False
    days = {e.local[:10] for _, e in entries if e.local[:4].isdigit()}
    if not days:
        return False
    carried = date.fromisoformat(event.local[:10])
    return all(abs((carried - date.fromisoformat(day)).days) > 1 for day in days)


def _dated_by_a_day_line(ctx: Context, event: Event) -> bool:
    """The summary time's date is carried, line to line, from a line that writes a day and
    no clock ("__10-Aug-2020: Cluster inaccessible__" over "At 10:10 PM: all services were
    restored"): a page of incidents, each under its own day, tells this one's day; it is
    known, and not the day of another incident's timeline."""
    by_line: dict[int, list[Event]] = {}
    for other in ctx.timeline.events:
        by_line.setdefault(other.line, []).append(other)
    current, hops = event, 0
    while hops < DAY_LINE_HOPS:
        source = next((n.line for n in current.provenance
                       if n.what == "date" and n.how == "carried" and n.line), None)
        if source is None or source == current.line or source not in by_line:
            return False
        here = by_line[source]
        if all(e.clock is None and e.date is not None and e.date.day is not None for e in here):
            return True
        current, hops = here[0], hops + 1
    return False


DAY_LINE_HOPS = 12  # lines a date may be carried through, one to the next, from its day line


def _clock_apart(minutes: float) -> float:
    """A difference in minutes brought within half a day either way: two times of day."""
    return (minutes + DAY_MINUTES / 2) % DAY_MINUTES - DAY_MINUTES / 2


def _date_slipped(event: Event, entry: Event) -> str | None:
    """How far apart the dates of two times are ("1 day", "1 month"), when both write their
    own date and the same time of day to the minute: the moment told twice, one date wrong.
    None otherwise."""
    if event.clock is None or entry.clock is None or event.date is None or entry.date is None \
            or (event.clock.hour, event.clock.minute) != (entry.clock.hour, entry.clock.minute) \
            or event.date.written not in event.written or entry.date.written not in entry.written \
            or not event.local[:4].isdigit() or not entry.local[:4].isdigit() \
            or event.local[:10] == entry.local[:10]:
        return None
    return _how_far(event.local[:10], entry.local[:10])


def _some_entry_shares(said: frozenset[str], holding: dict[str, list[int]]) -> bool:
    """Whether some entry's text holds SHARED_WORDS of the words `said`."""
    counts: dict[int, int] = {}
    for word in said:
        for n in holding.get(word, ()):
            counts[n] = counts.get(n, 0) + 1
            if counts[n] >= SHARED_WORDS:
                return True
    return False


# "[8171899](https://...)": a Markdown link, told by its words alone
_LINK = LazyPattern(r"\[([^\[\]\n]{0,200})\]\([^()\s]{0,500}\)")


def _told(clause: str, written: str) -> str:
    """What a clause tells, without its time or its links' addresses: "a wrong block was
    generated"."""
    plain = _LINK.sub(r"\1", clause.replace(written, " ")) if "](" in clause else \
        clause.replace(written, " ")
    words = " ".join(plain.replace("**", "").split()).strip(" ,.;:")
    for lead in ("on ", "at ", "by ", "around ", "about ", "approximately "):
        if words.lower().startswith(lead):
            words = words[len(lead):].strip(" ,.;:")
    return words if len(words) <= 60 else words[:57].rstrip() + "..."


def _hour_digits(clock: Clock) -> tuple[str, ...]:
    """The digits one of which a clock at `clock`'s hour writes: its hour on the 24-hour or
    the 12-hour clock ("13" or "1"; hour 12 read from "00 PM" too); none for midnight and
    noon, which may be written in words. A line with neither holds no such clock, and is not
    read."""
    hour = clock.hour
    if clock.minute == 0 and hour in (0, 12):
        return ()
    return (str(hour), str(hour % 12 or 12), "0") if hour == 12 else \
        (str(hour), str(hour % 12 or 12))


def _said_in_timeline(ctx: Context, event: Event) -> bool:
    """The summary's time is written in the words of a timeline entry or the lines under it
    ("12:30 PM: Resolution ... complete recovery by 1:30 PM"; "**Update** - full recovery
    began at 23:58 UTC. Aug 27, 00:25 UTC"): the timeline agrees. An entry's own time does
    not count: a summary ending at the time of the postmortem meeting still disagrees; nor,
    for a start, does a section's below the timeline, under a heading of its own, that tells
    a response at that time ("## Response" / "After receiving a page at 14:15 UTC")."""
    clock = event.clock
    own = {e.line: e.column for _, e in ctx.analysis.entries}
    if clock is None or not own or not ctx.timeline.lines:
        return False
    last = min(len(ctx.timeline.lines), max(own) + BODY_LINES)
    # below the timeline, under a heading of its own, a section retells its own step: one
    # that says when the incident was found or taken up is no start
    below = next((number for number in range(max(own) + 1, last + 1)
                  if ctx.timeline.lines[number - 1].startswith("#")), last + 1)
    minute = f"{clock.minute:02d}"  # every way of writing the time holds its minute's digits
    hours = _hour_digits(clock)
    for number in range(min(own), last + 1):
        if number == event.line or number in ctx.timeline.code_lines:
            continue
        text = ctx.timeline.lines[number - 1]
        if minute not in text or (hours and not any(h in text for h in hours)):
            continue
        for found in ctx.analysis.scanned(number):
            if found.start + 1 == own.get(number):
                continue  # the entry's own time
            for expr in (found, found.range_end):  # "from 18:40 to 19:12 UTC": either end
                other = expr.clock if expr is not None else None
                if other is not None and expr is not None \
                        and (other.hour, other.minute) == (clock.hour, clock.minute) \
                        and (expr.zone is None or event.zone is None
                             or expr.zone.label == event.zone.label) \
                        and not (number >= below and event.phase == "start"
                                 and _tells_a_response(ctx, number, expr.start)):
                    return True
    return False


def _tells_a_response(ctx: Context, line: int, start: int) -> bool:
    """The time at `start` of the line is told as the problem found or taken up ("After
    receiving a page at 14:15 UTC"), not as the outage beginning."""
    return any(e.column == start + 1 and e.phase in ("detection", "acknowledgement",
                                                      "escalation")
               for e in ctx.analysis.on_line(line))


def _title_date(ctx: Context) -> Iterator[Problem]:
    """"System Outage on August 10, 2024" over "Incident Date: August 16, 2024"."""
    events = ctx.timeline.events
    field = next((e for e in events if e.kind == "field" and e.field_name in
                  INCIDENT_DATE_FIELDS and e.date is not None and e.date.year), None)
    if field is None or not ctx.timeline.lines:
        return
    title_line = _first_text_line(ctx.timeline.lines)
    for event in events:
        if event.line != title_line or event.date is None or not event.date.year:
            continue
        lead = ctx.timeline.lines[event.line - 1][:event.column - 1]
        on = TITLE_ON.search(lead)
        if on is None or not TITLE_INCIDENT.search(lead, 0, on.start()):
            continue
        if event.local[:10] != field.local[:10]:
            yield Problem(event.line, event.column,
                          f"the title dates the incident {event.written}, the "
                          f"{field.field_name} field {field.written} (line {field.line})",
                          related_line=field.line,
                          suggestion="give the incident one date")
        return


# a title that names a postmortem or an incident ("Post-mortem for cluster beta-3 2018-12-04")
TITLE_NAMES_AN_INCIDENT = LazyPattern(r"\b(?:post[ \t-]?mortem|post[ \t-]?incident|rca|incident"
                                      r"|outage|downtime|disruption|degradation|failure"
                                      r"|interruption)s?\b", re.IGNORECASE)
# how many days before its timeline a title's date must be to be no day of the incident (the
# day before may be the cause's, told before the entries that write their dates)
TITLE_DAYS_BEFORE = 2


def _first_text_line(lines: tuple[str, ...] | list[str]) -> int | None:
    """The number of the document's first line that is not blank: where its title stands."""
    return next((n for n, line in enumerate(lines, start=1) if line.strip()), None)


def _a_title(lines: tuple[str, ...] | list[str], number: int) -> bool:
    """Line `number` is a heading: "# ..." or underlined with "===" or "---"."""
    if lines[number - 1].lstrip().startswith("#"):
        return True
    below = lines[number].strip() if number < len(lines) else ""
    return len(below) >= 3 and set(below) <= {"="} | {"-"} and len(set(below)) == 1


def _title_days_before_the_timeline(ctx: Context) -> Iterator[Problem]:
    """"title: Post-mortem for cluster beta-3 2018-12-04" over a timeline whose entries write
    their own dates, the first 2019-01-30: a title dated days before anything it tells, no
    day of this incident (a template's or an earlier report's date). A title dated after the
    timeline may be when it was written, and says nothing wrong."""
    lines = ctx.timeline.lines
    if not lines or incident_starts(ctx.timeline):
        return
    front = ctx.analysis.front_matter
    title_line = next((n for n in range(2, front + 1)
                       if lines[n - 1].lstrip().lower().startswith("title:")), None) \
        if front else None
    if title_line is None:
        title_line = _first_text_line(lines)
        if title_line is not None and not _a_title(lines, title_line):
            return  # "Incident date: 2023-11-03": a field, held to the timeline elsewhere
    if title_line is None or TITLE_NAMES_AN_INCIDENT.search(lines[title_line - 1]) is None:
        return
    first, _ = _timeline_dated_span(ctx)
    if first is None:
        return
    for event in ctx.timeline.events:
        if event.line != title_line or event.date is None or not event.date.year \
                or event.date.day is None or not event.local[:4].isdigit():
            continue
        day = event.local[:10]
        gap = (date.fromisoformat(first.local[:10]) - date.fromisoformat(day)).days
        if gap < TITLE_DAYS_BEFORE or any(e.line != title_line and e.local[:10] == day
                                          for e in ctx.timeline.events):
            return
        yield Problem(event.line, event.column,
                      f"the title dates the incident {event.written}, {gap} days before the "
                      f"timeline's first entry, {first.written} (line {first.line})",
                      related_line=first.line,
                      suggestion="correct the title's date, or the timeline's")
        return


# "the outage that occurred on January 15, 2022", "the incident, which happened on ...": a
# sentence that dates the incident itself
# "occurred on", "took place on", and the incident as met: "experienced by our customers on",
# "suffered on" (a few words between the verb and its "on")
OCCURRED_ON = LazyPattern(r"\b(?:occurred|happened|took[ \t]++place|experienced|suffered)"
                          r"(?:[ \t]++(?!on\b)[\w'-]++){0,4}[ \t]++on[ \t]++$", re.IGNORECASE)


def _occurred_date(ctx: Context) -> Iterator[Problem]:
    """"The incident that occurred on January 15, 2022" above "From 11:20 to 15:42 on
    Monday, February 14": two dates the document gives the one incident, the stated window's
    outside the day the sentence names. A document of one incident only, the date written
    in full (its year too) and the window's date written on the window's line."""
    window = ctx.analysis.window
    start, end = window.start, window.end
    told = "the stated window"
    if start is None:
        # no window stated: the timeline's own dates ("October 28th, 2018 from 7:18 AM until
        # 7:28 AM SGT" under "Event Timeline"), when its first entry writes its date in full
        start, end = _timeline_dated_span(ctx)
        told = "the timeline"
    if start is None or start.clock is None or not start.local[:4].isdigit() \
            or start.date is None or start.date.day is None or incident_starts(ctx.timeline):
        return
    last = end.local[:10] if end is not None and end.local[:4].isdigit() else start.local[:10]
    if last < start.local[:10]:
        return  # a window that ends before it starts says no day: end-before-start tells it
    lines = ctx.timeline.lines
    for event in ctx.timeline.events:
        if event.source != "summary" or event.kind != "prose" or event.clock is not None \
                or event.date is None or not event.date.year or event.date.day is None \
                or not 0 < event.line <= len(lines) or event.line == start.line:
            continue
        lead = lines[event.line - 1][:event.column - 1]
        occurred = OCCURRED_ON.search(lead[-40:]) is not None \
            and TITLE_INCIDENT.search(lines[event.line - 1]) is not None
        if not occurred and not (_summary_opens_on(event, lead)
                                 and _weeks_away(event.local[:10], start.local[:10], last)):
            continue
        if not start.local[:10] <= event.local[:10] <= last:
            yield Problem(event.line, event.column,
                          f"the document dates the incident {event.written}, {told} "
                          f"{start.local[:10]} ({start.written}, line {start.line})",
                          end_column=event.column + len(event.written),
                          related_line=start.line,
                          suggestion="give the incident one date")
        return


def _weeks_away(day: str, first: str, last: str) -> bool:
    """The day lies more than a week from the days first..last: a month or a year slipped,
    not a cause a day or two before the first entry ("On February 9th two users submitted a
    request" over a timeline that opens with their report past midnight)."""
    told = date.fromisoformat(day)
    return told < date.fromisoformat(first) - timedelta(days=7) \
        or told > date.fromisoformat(last) + timedelta(days=7)


# "On Oct 10, 2017, some user pods were not starting": the sentence that opens a summary
# section with the day it tells of
SUMMARY_OPENS_ON = re.compile(r"[ \t>*_-]*+on[ \t]++(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                              r",?[ \t]++)?", re.IGNORECASE)
SUMMARY_HEADING = LazyPattern(r"summary|overview|what[ \t]++happened|description", re.IGNORECASE)


# "Summary: on May 2nd ...", "**Overview:** On ...": the line labelled as the summary
SUMMARY_LABEL = LazyPattern(r"[ \t>*_-]*+(?:summary|overview|what[ \t]++happened|description)"
                            r"[*_]*+[ \t]*+:[ \t*_]*+", re.IGNORECASE)


def _summary_opens_on(event: Event, lead: str) -> bool:
    """The date opens the line's sentence, "On <date>, ...", under a heading that names the
    summary, or after the line's own label ("Summary: on <date>, ..."): the day the summary
    tells the incident happened."""
    if SUMMARY_OPENS_ON.fullmatch(lead) is not None:
        return event.section is not None and SUMMARY_HEADING.search(event.section) is not None
    label = SUMMARY_LABEL.match(lead)
    return label is not None and SUMMARY_OPENS_ON.fullmatch(lead, label.end()) is not None


def _timeline_dated_span(ctx: Context) -> tuple[Event | None, Event | None]:
    """The timeline's first and last entries, when the first writes its own date with its
    year (not carried from a line above) and every entry has a date: the days the timeline
    itself gives the incident."""
    entries = [e for e in ctx.timeline.events if e.source == "timeline" and e.clock is not None]
    if not entries or any(not e.local[:4].isdigit() for e in entries):
        return None, None
    first = min(entries, key=lambda e: e.local)
    if first.date is None or not first.date.year or first.date.day is None \
            or any(p.what == "date" for p in first.provenance) \
            or first.date.written not in first.written:
        return None, None
    return first, max(entries, key=lambda e: e.local)


# "On May 14, 2024 our build farm was unavailable": a sentence that opens with the day the
# incident happened, and says what failed
ON_DAY_OPENS = LazyPattern(r"^[ \t>*_-]*+on[ \t]++(?:[a-z]++,?[ \t]++)?$", re.IGNORECASE)
IMPACT_SAID = LazyPattern(r"\b(?:unavailable|outage|down|failed|failing|failures?|errors?"
                          r"|degraded|disrupted|unreachable|offline|broken|could[ \t]++not"
                          r"|couldn't|unable)\b", re.IGNORECASE)


def _sentence_day_off_the_log(ctx: Context) -> Iterator[Problem]:
    """"On May 14, 2024 our build farm was unavailable ..." over a timeline whose entries
    each write their own date, all of them on May 15: the sentence dates the incident on a
    day its timeline never reaches. One incident only, the sentence's date written in full
    and nothing else dated on its line; said once. A day, a month or a year off: a date
    further off tells another day's story."""
    if incident_starts(ctx.timeline):
        return
    dated = [e for e in ctx.timeline.events if e.source == "timeline" and e.clock is not None
             and e.date is not None and e.date.year and e.local[:4].isdigit()
             and not any(p.what == "date" for p in e.provenance)]
    entries = [e for e in ctx.timeline.events if e.source == "timeline" and e.clock is not None]
    if len(dated) < 2 or len(dated) != len(entries):
        return
    days = sorted({e.local[:10] for e in dated})
    if len(days) > 2:
        return
    lines = ctx.timeline.lines
    for event in ctx.timeline.events:
        if event.source != "summary" or event.kind != "prose" or event.clock is not None \
                or event.date is None or not event.date.year or event.date.day is None \
                or not event.local[:4].isdigit() or not 0 < event.line <= len(lines):
            continue
        line = lines[event.line - 1]
        if ON_DAY_OPENS.search(line[:event.column - 1]) is None \
                or IMPACT_SAID.search(line, event.column - 1 + len(event.written)) is None \
                or len([e for e in ctx.analysis.on_line(event.line) if e.date]) > 1:
            continue
        if event.local[:10] not in days:
            nearest = days[0] if event.local[:10] < days[0] else days[-1]
            apart = _how_far(event.local[:10], nearest)
            if apart is None:
                return  # days apart: another day's story, not a slip
            side = "before" if event.local[:10] < nearest else "after"
            yield Problem(event.line, event.column,
                          f"the summary dates the incident {event.written}, {apart} {side} "
                          f"the timeline, whose entries are all dated "
                          f"{' and '.join(days)} (line {dated[0].line})",
                          end_column=event.column + len(event.written),
                          related_line=dated[0].line, suggestion="give the incident one date")
        return


TWO_WINDOWS_APART = 30  # minutes each end of two stated windows may differ by


def _two_windows(ctx: Context) -> Iterator[Problem]:
    """"Incident began at 08:40 and ended at 12:20" over "Incident Start: 08:00" / "Incident
    End: 10:22", the same day: two windows for the one incident, both ends apart. Only in a
    document of one incident, the sentence's start and end on one line, the fields' start
    and end their own lines, all four dated the same day."""
    if incident_starts(ctx.timeline):
        return
    events = [e for e in ctx.timeline.events if e.source == "summary" and e.clock is not None
              and e.order_minutes is not None and e.local[:4].isdigit()]
    told = next(((a, b) for a, b in pairwise(events) if a.kind == "prose" and b.kind == "prose"
                 and a.line == b.line and a.phase == "start" and b.phase in ("end", "resolution")),
                None)
    field_start = next((e for e in events if e.kind == "field" and e.phase == "start"), None)
    field_end = next((e for e in events if e.kind == "field"
                      and e.phase in ("end", "resolution")), None)
    if told is None or field_start is None or field_end is None \
            or field_start.line == field_end.line:
        return
    start, end = told
    if len({e.local[:10] for e in (start, end, field_start, field_end)}) != 1 \
            or not same_axis(start, field_start) or not same_axis(end, field_end):
        return
    assert start.order_minutes is not None and field_start.order_minutes is not None
    assert end.order_minutes is not None and field_end.order_minutes is not None
    if abs(start.order_minutes - field_start.order_minutes) < TWO_WINDOWS_APART \
            or abs(end.order_minutes - field_end.order_minutes) < TWO_WINDOWS_APART:
        return
    yield Problem(start.line, start.column,
                  f"the document gives the incident two windows: {start.written} to "
                  f"{end.written} (line {start.line}), and {field_start.written} to "
                  f"{field_end.written} (lines {field_start.line} and {field_end.line})",
                  related_line=field_start.line,
                  suggestion="give the incident one start and one end")


MOVED_WINDOW_SLACK = 30.0  # minutes around the timeline a moved window's other end may fall


def _window_date(ctx: Context) -> Iterator[Problem]:
    """"From 09:10 to 10:05 UTC on March 12, 2024" over a timeline dated March 13 at those
    very times: the window's date is a day (or a month, or a year) away from the timeline's.
    Only when the timeline writes its own dates, lies wholly outside the stated window, and
    fits it once the window takes the timeline's date (both ends at entries' times, or one
    at an entry's and the window within the timeline's span)."""
    import datetime as dt

    window = ctx.analysis.window
    start, end = window.start, window.end
    if start is None or end is None or start.clock is None or end.clock is None \
            or start.order_minutes is None or end.order_minutes is None \
            or not (start.local[:4].isdigit() and end.local[:4].isdigit()):
        return
    dated = [(ctx.analysis.minutes(i), e) for i, e in ctx.analysis.entries
             if e.date is not None and e.date.day is not None and e.local[:4].isdigit()]
    values = [(m, e) for m, e in dated if m is not None and same_axis(e, start)]
    if len(values) < 2:
        return
    days = {e.local[:10] for _, e in values}
    if start.local[:10] in days or end.local[:10] in days:
        return
    s, e_ = start.order_minutes, end.order_minutes
    if any(s - MAX_APART <= m <= e_ + MAX_APART for m, _ in values):
        return  # near the window: the times disagree, which the checks above judge
    first = min(values, key=lambda t: t[0])[1]
    if _how_far(start.local[:10], first.local[:10]) is None:
        return  # not a slip of one part of the date
    moved = (dt.date.fromisoformat(first.local[:10])
             - dt.date.fromisoformat(start.local[:10])).days * DAY_MINUTES
    low, high = min(m for m, _ in values), max(m for m, _ in values)
    met = [any(abs(m - (t + moved)) <= 5 for m, _ in values) for t in (s, e_)]
    if not (all(met) or (any(met) and low - MOVED_WINDOW_SLACK <= s + moved
                         and e_ + moved <= high + MOVED_WINDOW_SLACK)):
        # the timeline's times do not meet the window's: another story (one end may fall
        # between the updates, "17:40" before a status log's first post at 17:46, the other
        # meeting one)
        return
    dated_at = next((ev for ev in (start, end) if ev.date is not None and ev.date.day
                     and ev.date.written in ev.written), start)  # where the date is written
    yield Problem(dated_at.line, dated_at.column,
                  f"the stated window is dated {start.local[:10]}, the timeline "
                  f"{first.local[:10]} (line {first.line}), with "
                  f"{'the same' if all(met) else 'about the same'} times of day: "
                  f"{_how_far(start.local[:10], first.local[:10])} apart",
                  end_column=dated_at.column + len(dated_at.written), related_line=first.line,
                  suggestion="give the summary and the timeline the same date")


def _window_end_day(ctx: Context) -> Iterator[Problem]:
    """"Between 22:00 UTC on 3 March and 04:00 UTC on 4 March" over a timeline that opens at
    22:00 on 3 March and is restored at 04:00 on 5 March: one end of the window is dated a
    whole number of days before the timeline's moment, at the very time of day, while the
    other end meets the timeline."""
    after = end_dated_days_after(ctx)
    if after is not None:
        end, last, days = after
        carried = "" if last.date is not None and last.date.day is not None \
            else ", no change of day written in the timeline"
        yield _days_apart(end, last, days, "that very time of day", carried,
                          f"date the end {last.local[:10]}, or write the timeline's change "
                          f"of day")
        return
    window = ctx.analysis.window
    start, end = window.start, window.end
    if start is None or end is None or start.clock is None or end.clock is None \
            or start.order_minutes is None or end.order_minutes is None \
            or not (start.local[:4].isdigit() and end.local[:4].isdigit()) \
            or end.date is None or not same_axis(start, end) \
            or end.order_minutes <= start.order_minutes:
        return  # the end must write its own date (a carried one is no slip of the author's);
        # a window that ends before it starts is end-before-start's finding
    entries = [(ctx.analysis.minutes(i), e) for i, e in ctx.analysis.entries
               if e.local[:4].isdigit() and same_axis(e, start)]
    values = [m for m, _ in entries if m is not None]
    restored = [(m, e) for m, e in entries if m is not None and restores(e)]
    if len(values) < 2 or not restored:
        return
    if abs(min(values) - start.order_minutes) > 5:
        return  # the start does not meet the timeline's first entry: another story
    value, last = max(restored, key=lambda pair: pair[0])  # the latest, however listed
    days = round((value - end.order_minutes) / DAY_MINUTES)
    if days <= 0 or abs(value - end.order_minutes - days * DAY_MINUTES) > 5:
        return  # (an end days after the restoration is stated_window's finding)
    yield _days_apart(end, last, abs(days), "that time of day", "",
                      f"date the end {last.local[:10]}")


def window_day_reported(ctx: Context) -> bool:
    """This rule reports the stated window's date against the timeline's (a day, a month, a
    year away at the same times of day): stated_window leaves that window's end to it."""
    return next(_window_date(ctx), None) is not None \
        or next(_window_end_day(ctx), None) is not None


def _days_apart(end: Event, last: Event, days: int, when: str, carried: str,
                suggestion: str) -> Problem:
    """The stated end dated `days` whole days away from the timeline's restoration `last`
    at the same time of day."""
    apart = f"{days} day{'s' if days > 1 else ''}"
    return Problem(end.line, end.column,
                   f"the stated end, {end.written}, is {end.local[:10]}, but the timeline's "
                   f"restoration at {when} is {last.local[:10]} (line {last.line}{carried}): "
                   f"{apart} apart",
                   end_column=end.column + len(end.written), related_line=last.line,
                   suggestion=suggestion)


def end_dated_days_after(ctx: Context) -> tuple[Event, Event, int] | None:
    """See `_end_dated_days_after`: found once, here and in stated_window."""
    return ctx.analysis.once(end_dated_days_after, lambda: _end_dated_days_after(ctx))


def _end_dated_days_after(ctx: Context) -> tuple[Event, Event, int] | None:
    """"From 15 Feb at 00:25 to 16 Feb at 15:36" over a timeline that opens at 00:25 and is
    restored at 15:36 with no day between: the stated end, which writes its own date, is a
    whole number of days after the timeline's last restoration at that very time of day (to
    the minute), while the stated start meets a timeline entry. The end's date slipped, or
    the timeline left out its change of day; either way the summary and the timeline
    disagree on the day. The end, the restoration and the days between; None otherwise.
    (stated_window leaves such an end to this check: one finding is enough.)"""
    window = ctx.analysis.window
    start, end = window.start, window.end
    if start is None or end is None or start.clock is None or end.clock is None \
            or start.order_minutes is None or end.order_minutes is None \
            or end.date is None or end.date.day is None or end.date.written not in end.written \
            or not same_axis(start, end) or end.order_minutes <= start.order_minutes:
        return None
    entries = [(ctx.analysis.minutes(i), e) for i, e in ctx.analysis.entries
               if same_axis(e, start)]
    values = [m for m, _ in entries if m is not None]
    restored = [(m, e) for m, e in entries if m is not None and restores(e)]
    if len(values) < 2 or not restored \
            or not any(abs(m - start.order_minutes) <= 1.0 for m in values):
        return None  # the start meets no entry: the window may be another story's
    value, last = max(restored, key=lambda pair: pair[0])
    days = round((end.order_minutes - value) / DAY_MINUTES)
    if days < 1 or abs(end.order_minutes - value - days * DAY_MINUTES) > 1.0 \
            or any(m > value + 1.0 for m in values):
        return None  # not the restoration's time of day, or the timeline goes on after it
    return end, last, days


_COMPACT_DAYS = 3  # a timeline within this many days of its first date is one incident's


def _field_date(ctx: Context) -> Iterator[Problem]:
    """"date: 2019-05-10" over updates all stamped 2018-05-10: a header date whose year or
    month slipped, the day of the month the same. Only when the timeline writes its own
    dates, all within a few days, none on the header's date; a day off may be a report
    written the morning after, so only a year or month slip is said."""
    import datetime as dt

    field = next((e for e in ctx.timeline.events if e.kind == "field" and e.date is not None
                  and e.date.year and e.field_name in (*INCIDENT_DATE_FIELDS, "date")
                  and e.local[:4].isdigit()), None)
    if field is None:
        return
    dated = sorted((e for _, e in ctx.analysis.entries if e.date is not None and e.date.year
                    and e.date.day is not None and e.local[:4].isdigit()),
                   key=lambda e: e.local)
    if len(dated) < 2:
        return
    days = sorted({dt.date.fromisoformat(e.local[:10]) for e in dated})
    if (days[-1] - days[0]).days > _COMPACT_DAYS or field.local[:10] in {d.isoformat()
                                                                         for d in days}:
        return
    first = dated[0]
    how = _how_far(field.local[:10], first.local[:10])
    if how is None or how == "1 day":
        meant = _dated_before_by_a_slip(dt.date.fromisoformat(field.local[:10]), days)
        if meant is not None:
            how = _how_far(field.local[:10], meant.isoformat())
            yield Problem(field.line, field.column,
                          f"the {field.field_name} field gives {field.local[:10]}, {how} "
                          f"before the timeline's first entry, {first.local[:10]} (line "
                          f"{first.line}); a report is not dated before its incident: "
                          f"{meant.isoformat()} may be meant",
                          end_column=field.column + len(field.written),
                          related_line=first.line,
                          suggestion="give the header and the timeline the same date")
        return
    yield Problem(field.line, field.column,
                  f"the {field.field_name} field gives {field.local[:10]}, the timeline "
                  f"{first.local[:10]} (line {first.line}): {how} apart",
                  end_column=field.column + len(field.written), related_line=first.line,
                  suggestion="give the header and the timeline the same date")


def _dated_before_by_a_slip(day: date, days: list[date]) -> date | None:
    """A header date weeks or months before a timeline whose days are `days`, which with
    its month or its year moved to the timeline's falls on one of those days or in the few
    days after (when the report was written up): "Date: 2020-01-07" over entries of 5 and 6
    February 2020. The date a report gives cannot come before the incident it reports, so
    one part of it slipped; the date it would be, or None."""
    if day >= days[0]:
        return None  # a date after the incident may be the day the report was written
    last = days[-1] + timedelta(days=_COMPACT_DAYS)
    for year, month in {(d.year, d.month) for d in (days[0], last)}:
        if (year, month) == (day.year, day.month) or (year != day.year and month != day.month):
            continue  # only one part of the date slips
        try:
            meant = date(year, month, day.day)
        except ValueError:
            continue
        if days[0] <= meant <= last:
            return meant
    return None


SAME_SECOND_DAYS = 31  # days apart that a header's second and an entry's still tell one moment


def _same_second_another_day(ctx: Context) -> Iterator[Problem]:
    """"Date: December 15, 2022" and "Time: 00:50:10 UTC" over a row stamped "16/12/2022
    00:50:10": a header's time (a field, or a time under a date of its own just above it)
    given to the second (not a whole minute), which another line gives to the very second on
    a date a day, a month or a year away, tells of one moment: one of the dates slipped; so
    does a timeline entry's second days away within a month ("resolvedWhen: 2025-07-11
    19:37:37" over the Resolved update stamped "2025-07-13 19:37:37"), but not another
    header field's (a "resolvedWhen" a tool set five days after "date", to the second). Said
    once, at the header's date; not when another line gives that second on its own date."""
    events = ctx.timeline.events
    by_second: dict[tuple[int, int, int], list[Event]] = {}
    for other in events:  # the times that write their own date, by their second
        found = other.clock
        if found is not None and found.second and other.local[:4].isdigit() \
                and other.date is not None and other.date.written in other.written:
            by_second.setdefault((found.hour, found.minute, found.second), []).append(other)
    for number, event in enumerate(events):
        clock = event.clock
        if event.source != "summary" or clock is None or not clock.second \
                or not event.local[:4].isdigit() \
                or (clock.hour, clock.minute, clock.second) not in by_second:
            continue
        dated = event if event.kind == "field" and event.date is not None \
            and event.date.written in event.written \
            else next((e for e in reversed(events[max(0, number - 8):number])
                       if event.line - 2 <= e.line < event.line and e.clock is None
                       and e.local[:10] == event.local[:10]), None)
        if dated is None:
            continue  # not a header's moment: a row among rows says nothing of the others
        same = [other for other in by_second[(clock.hour, clock.minute, clock.second)]
                if other.line != event.line and same_axis(event, other)]
        if any(other.local[:10] == event.local[:10] for other in same):
            continue  # another line gives that second on the header's date: it agrees
        for other in same:
            if other.source == "timeline" and any(
                    e.source == "summary" and e.line != event.line
                    and e.local[:10] == other.local[:10] for e in same):
                continue  # the start field gives that entry's second on its date: a header
                # whole days after it, to the second, is a tool's default ("resolvedWhen")
            how = _how_far(event.local[:10], other.local[:10],
                           SAME_SECOND_DAYS if other.source == "timeline" else 1)
            if how is None:
                # (two header fields days apart to the second, "date:" and "resolvedWhen:"
                # a tool set five days on, are no one moment)
                continue
            lines = f"line {event.line}" if dated is event else \
                f"line {event.line}, its date on line {dated.line}"
            told = event.written if dated is event and event.local[:10] in event.written \
                else f"{event.local[:10]} at {event.written}"
            yield Problem(dated.line, dated.column,
                          f"the summary gives {told} "
                          f"({lines}), line {other.line} gives that very second on "
                          f"{other.local[:10]}: {how} apart, one of the dates slipped",
                          end_column=dated.column + len(dated.written),
                          related_line=other.line,
                          suggestion="give the moment one date")
            return


# A status update's label opening its line: "*Investigating* - ...", "*Mitigating -* ...".
STATUS_LINE = LazyPattern(r"[ \t]*+[*_]{0,2}[\ufeff\u200b]?(?:investigating|identified"
                          r"|monitoring|mitigating|mitigated|update|updated|resolved"
                          r"|recovering|verifying)[*_]{0,2}[ \t]*+[-–—:]", re.IGNORECASE)


def _front_matter_start_days_before(ctx: Context) -> Iterator[Problem]:
    """A status page's front matter ("date: 2023-08-08 13:04:07", "resolvedWhen: 2023-08-13
    17:30:00") whose resolution is the very time of an update, over updates that all lie
    within a day, while its date is a day or more before the first of them: the start is
    another day's (copied from an older page, or a part of it slipped), since an incident's
    page opens with the incident. Within a day the date may be the impact's start, told
    before the first update was posted."""
    pair = _front_matter_pair(ctx, dated=True)
    if pair is None or not same_axis(*pair):
        return
    posted, resolved = pair
    metadata = ctx.analysis.front_matter
    assert posted.order_minutes is not None and resolved.order_minutes is not None
    # by the moment alone: two updates stamped alike ("## 2025-01-22T08:00:00" twice) are
    # no order of their own, and an event has none to break the tie with
    updates = sorted(((value, entry) for index, entry in ctx.analysis.entries
                      if (value := ctx.analysis.minutes(index)) is not None
                      and same_axis(entry, posted) and entry.line > metadata),
                     key=lambda pair: pair[0])
    if len(updates) < 2 or updates[-1][0] - updates[0][0] > DAY_MINUTES \
            or not any(abs(value - resolved.order_minutes) < 1.0 for value, _ in updates):
        return  # no compact set of updates the resolution meets: nothing to measure against
    first_value, first = updates[0]
    if first_value - posted.order_minutes < DAY_MINUTES:
        return
    yield Problem(posted.line, posted.column,
                  f"the front matter dates the start {posted.written}, "
                  f"{span((first_value - posted.order_minutes) * 60)} before the first update "
                  f"({first.written}, line {first.line}), while its resolution "
                  f"{resolved.written} is an update's time: the start looks like another day's",
                  end_column=posted.column + len(posted.written), related_line=first.line,
                  suggestion="give the date the incident began")


def _resolved_as_posted(ctx: Context) -> Iterator[Problem]:
    """A status page's front matter whose "resolvedWhen:" is its "date:" to the second (the
    post was created already marked resolved) over a body of updates that tell of an
    incident that lasted: the front matter's resolution time is the posting, not the end.
    A single update under such a front matter is silent: a blip posted once it was over."""
    pair = _front_matter_pair(ctx)
    if pair is None or not same_axis(*pair):
        return
    posted, resolved = pair
    metadata = ctx.analysis.front_matter
    assert posted.order_minutes is not None and resolved.order_minutes is not None
    if abs(resolved.order_minutes - posted.order_minutes) >= 1.0:
        return
    values = sorted(m for m in (ctx.analysis.minutes(i) for i, _ in ctx.analysis.entries)
                    if m is not None)
    if len(values) >= 2 and values[-1] - values[0] >= 5.0:
        lasted = f"the updates below it span {span((values[-1] - values[0]) * 60)}"
    else:
        updates = sum(1 for line in ctx.timeline.lines[metadata:] if STATUS_LINE.match(line))
        if updates < 2:
            return
        lasted = f"{updates} status updates below it tell of an incident that lasted"
    yield Problem(resolved.line, resolved.column,
                  f"the front matter marks the incident resolved at {resolved.written}, the "
                  f"moment of its date (line {posted.line}): the post was created already "
                  f"resolved, while {lasted}",
                  end_column=resolved.column + len(resolved.written), related_line=posted.line,
                  suggestion="give the time the incident was resolved")


def _how_far(a: str, b: str, days: int = 1) -> str | None:
    """How two ISO dates differ when one part of the date slipped: "1 day", "2 months",
    "1 year"; None when they differ otherwise (a window three days off is another story).
    Up to `days` days apart counts too, where the times themselves tell one moment (the
    same second on both lines: "…-11 19:37:37" and "…-13 19:37:37")."""
    import datetime as dt

    ya, ma, da = (int(x) for x in a.split("-"))
    yb, mb, db = (int(x) for x in b.split("-"))
    if (ma, da) == (mb, db):
        return f"{abs(yb - ya)} year{'s' if abs(yb - ya) > 1 else ''}"
    if ya == yb and da == db:
        return f"{abs(mb - ma)} month{'s' if abs(mb - ma) > 1 else ''}"
    apart = abs((dt.date(yb, mb, db) - dt.date(ya, ma, da)).days)
    if apart <= days:
        return f"{apart} day{'s' if apart > 1 else ''}"
    return None


def _duration_note(ctx: Context, event: Event, timeline_value: float) -> str:
    """With the timeline's time, what the stated duration on the same line becomes."""
    if event.phase not in ("resolution", "end"):
        return ""
    stated = next((d for d in ctx.timeline.durations if d.line == event.line), None)
    start = ctx.analysis.window.start
    if stated is None or start is None or start.order_minutes is None:
        return ""
    actual = (timeline_value - start.order_minutes) * 60
    if actual <= 0 or abs(actual - stated.seconds) < 60:
        return ""
    said = ctx.timeline.lines[event.line - 1].lower() if ctx.timeline.lines else ""
    if INTERMITTENT.search(said) is not None or CUMULATIVE.search(said) is not None:
        return ""  # "76 minutes of downtime ... in intervals": a sum, not the window's length
    return (f"; with the timeline's time the incident lasted {span(actual)}, not the stated "
            f"\"{stated.written}\"")


RULE = Rule(code="PM302", name="summary-mismatch", severity="warning",
            summary="A summary or header time that disagrees with the timeline.", check=check,
            lowered=("info",), doc=__doc__ or "",
            options={"early_detection_minutes": 60, "early_restore_minutes": 720})
