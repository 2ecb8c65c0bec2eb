"""duration-mismatch: a stated duration that disagrees with the start and end.

"Lasted for 3 hours" is compared with the span the document itself gives: the range on the same
line if there is one, else the stated impact window (a shorter length that runs from its start
to an entry inside it saying resolved is measured to that), else the timeline from its first
entry (in a log of days of lead-up, from the entry a day or less before the restoration that
says the service broke or halted) to its last resolution (or to a later entry that also says
resolved, or confirms the service well, "All pods healthy.", if the stated length fits that:
"we declared the incident resolved" closes it; or from an entry that says the service broke, or
a restoration, to a later restoration: "down for 13 minutes" from "the search is down" to
"search restored", the cause logged days before; or between any two of its entries, if the
length fits those and the log runs over more than a day: a long log with a lead-up and an
aftermath). Beside a range any wording counts ("MIA for 5 hours, from 10:00 to 12:00", "(5
hours 30 minutes)"); a bound ("at most 16 hours") is wrong only on its side. The unit sets the
tolerance (the written unit is a rounding: "4 days" for 3 d 15 h is honest, "3 hours" for 2 h
30 min is not): 5 s, 1 min, 15 min, 12 h and 3.5 days for seconds to weeks, or 10 % of the
stated value if larger, doubled for "about" a round figure ("about 30 minutes"; not "nearly 12
hours", just under it, by up to a fifth of it and one of its unit; "~27 minutes" was counted
to the minute, and keeps its tolerance); a
length in several units is as exact as its finest ("22 days, 23 hours" to half an hour, "2
hours 46 minutes" to five minutes), and may be cut at it, as a tool prints it ("2 days, 22
hours" for 2 d 22 h 46 min). A duration field with times of its own that are not the
stated window's (a second incident's "Duration: 1 h 46 min (08:00 PM to 09:4+ PM)") measures
its own span: when that cannot be read, it is not held to the window; nor is a length stated
beside a date that is not the window's ("down for 30 hours on June 9th, 2022" below a window on
March 2nd, 2021: another day's outage). In a log of several incidents, a length given right
beside its own incident's start and end fields ("start:", "stop:", "length:") is held to those.
The hour an event fell in ("between the hours of 17:00 and 18:00 ... lasted 30 minutes") holds
it, so only a longer length disagrees with it; a length that another time on its line ends
("began between 20:44 and 20:45 ... lasted 14 minutes, until 20:58") is measured to that time;
and a sum over several incidents ("~10 hours across three separate incidents") is not one span,
nor is each of several parts' lengths ("the API for 14 minutes, the SDKs for 17 minutes") when
two moments of the timeline are that far apart, nor another occasion's length told in
comparison ("when the same silence lasted three days", "a similar failure, lasting nine hours,
hit in 2019") or one before this one ("after the rival app had their 45 minute outage"), or
another party's ("last year a separate carrier had a 20-minute outage"), or one whose line
names months that are not the window's ("fined in March 2024 over its January 2023
outage, a 20-minute disruption"), nor a
length of outages that came and
went within the span ("76 minutes of downtime ... in intervals of 12-24 minutes", "lasted
intermittently for two hours"), unless it is longer than the span. A span measured to a time
given as approximate ("~22:10") holds a length nearer it than the next figure of its unit; one
between clocks read to the minute ("20 seconds" from 01:19 to 01:20) holds a length a minute
either way of their difference. In a log of several incidents, a length is held to its own
incident's record ("start: ...", "stop: ...", "length: 7.5 hours" together), never to another
incident's window. A length given as a field of one record with the start and end fields is
worked out from them, so it is held to its last written digit ("447.25 hours": a quarter hour's
rounding; "210 hours": an hour's) when that is stricter; of a sum in the field ("144 hours - 32
hours maintenance = 112 hours") only the first length is the span's. An overview above a log's
records that lists an incident by day and length ("2022-03-26 (48 hours)") is held to the
records of that day, when no record of any day gives that length.

A stated response time ("Time to recovery: 399 minutes", "TTD: 5 min", "Total resolution
time: 4 hours 30 minutes") is checked with
the same tolerance against every pair of moments in the timeline and its stated window
(or, where its section lists milestones of its own, "First detected ...", "Resolved ...",
every pair of those, and a figure written to the minute, "5h 8m", is counted between them
to two minutes; one counted in office hours the line gives, "during support hours 10:00-17:00
M-F", is counted in those): documents measure such figures from different starts to
different ends, so only a figure that no pair comes near is reported.

A gap a sentence gives after a time ("resumed at 08:00 AM UTC, just over 7 hours later") is
held to the times told in the three lines before it: only one that fits none of them (to
30 minutes, or a quarter of the gap) is reported.

Fails::

    The outage lasted 3 hours, from 09:00 to 11:30 UTC on May 10, 2023.

Passes::

    The outage lasted 2.5 hours, from 09:00 to 11:30 UTC on May 10, 2023.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from pmlint.checks.base import Problem, Rule
from pmlint.checks.context import Context
from pmlint.checks.said_gaps import said_gaps
from pmlint.checks.stated_metrics import counted_in_office_hours, nearest_span, stated_metrics
from pmlint.checks.words import at_line, span
from pmlint.timeline.casefold import fold
from pmlint.timeline.durations import (
    DURATION_RE,
    LENGTH_UNIT,
    UNIT_SECONDS,
    finest_unit,
    may_hold_duration,
)
from pmlint.timeline.extract import FIELD_RE, MONTH_YEAR_RE
from pmlint.timeline.grammar import MONTHS, has_month_name
from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.model import Event, StatedDuration
from pmlint.timeline.normalise import RECOVERY_BOUNDS
from pmlint.timeline.reading import Window, incident_window, restores, same_axis
from pmlint.timeline.records import RECORD_LINES, fits, last_digit, occurrences, record_of, records
from pmlint.timeline.scopes import incident_starts, same_incident

UNIT_TOLERANCE = {"second": 5, "minute": 60, "hour": 15 * 60, "day": 12 * 3600,
                  "week": 84 * 3600}
# a span measured to a time the timeline gives as approximate ("~22:10", "around 18:35"):
# that time was rounded, so a length nearer the span than the next figure of its unit is
# honest ("four hours" for 3 h 35 min to "~22:10"; not for 2 h 30 min, halfway to three)
APPROXIMATE_END_TOLERANCE = {"minute": 5 * 60, "hour": 29 * 60, "day": 12 * 3600,
                             "week": 84 * 3600}
# a length in several units ("1 hour 41 minutes"), by its finest: a few minutes either way
# are the seconds and the moment a clock was read, not a wrong sum
FINEST_TOLERANCE = {"second": 5, "minute": 5 * 60, "hour": 30 * 60, "day": 12 * 3600,
                    "week": 84 * 3600}
WEAK_CUES = ("for", "took", "over", "spanning", "spanned", "at most", "no more than",
             "at least", "no less than", "of downtime")
BOUND_CUES = {"at most": 1, "no more than": 1, "at least": -1, "no less than": -1}
# "over an hour", "more than 3 hours", "less than 2 hours", "under 30 minutes", ">17 minutes":
# a bound, not a length ("just over an hour", "a little over an hour" are lengths, roughly)
QUALIFIED_BOUND = LazyPattern(r"(?<![a-z])(?<!just )(?<!little )(?<!bit )(?<!slightly )"
                              r"(?P<q>over|well[ \t]++over|more[ \t]++than"
                              r"|under|less[ \t]++than|[<>≥≤]=?"
                              # (Chinese "over", "more than"; "less than", "under")
                              r"|超过了?|超過了?|逾|不到|不足|少于|少於)[ \t]*+$")
# what may open a sentence before the length that times its clause: "For 72 hours, ...",
# "For roughly 1.5 hours, ..." (the line in lower case)
OPENING_FOR = LazyPattern(r"(?:for(?:[ \t]++(?:about|approximately|approx\.?|around|roughly"
                          r"|nearly|almost|over|more[ \t]++than|some|~))?)?")
BESIDE_A_RANGE = ("parentheses",)  # "(5 hours 30 minutes)": only a range beside it measures it
OTHER_SPANS = ("detect", "notice", "unnoticed", "respond", "acknowledg", "escalat",
               "investigat", "mitigat", "to fix", "to identify", "to find", "to diagnose",
               # finding the cause, however the sentence puts it: "took us 6 minutes to finally
               # find out the error"
               "find out", "figure out", "figured out", "track down", "tracked down",
               "pinpoint", "to locate", "root cause", "pin down", "pinned down",
               "narrow down", "narrowed down", "to isolate", "to trace", "to spot",
               # the follow-up's length: "after internal audits for two days about the outage"
               "audit", "analys", "analyz", "analyse", "review", "retrospective",
               # an alert's condition: "fires: Prometheus has been unable to scrape for 10
               # minutes" is how long the alert waited, not the outage
               "alert", "alarm", "fires", "fired", "firing", "threshold")
# an entry saying the service broke: where an outage's length may be measured from
# ("stopped serving", "stop responding": the verb's stem takes its ending, which the closing
# look-ahead would otherwise refuse; "the chain starts to stall", "stalled": a halt)
BROKE = LazyPattern(r"(?<![A-Za-z])(?:is[ \t]++down|went[ \t]++down|outage|unavailable|failing"
                    r"|stopp?(?:s|ed)?[ \t]++(?:fulfil|serv|respond|process|work|produc)[a-z]*+"
                    r"|(?:production|processing|traffic)[ \t]++(?:stopped|halted)"
                    r"|halt(?:s|ed)?|crash(?:es|ed)|stall(?:s|ed)?|offline|unreachable)"
                    r"(?![A-Za-z])",
                    re.IGNORECASE)
INCIDENT_WORDS = ("outage", "incident", "downtime", "down", "lasted", "impact", "disruption",
                  "unavailable", "degraded", "affected", "unreachable", "offline", " mia ",
                  # the symptom users had: "returned errors for 25 minutes", "could not log
                  # in for three hours"
                  "error", "failed", "failing", "fails", "failure", "could not", "couldn't",
                  "cannot", "can't", "unable",
                  "not working", "broken", "timed out", "timing out", "timeouts",
                  # a service halted or cut off: "the billing run was stuck for three hours",
                  # "the API hung for 40 minutes", "logins were interrupted for an hour"
                  "stuck", "stall", "hung", "hanging", "frozen", "froze", "unresponsive",
                  "inaccessible", "interrupt", "degradation", "not available",
                  "not reachable", "not accessible", "out of service", "out of order",
                  "out of action", "out of commission",
                  # a halt: "block production stopped for 2.5 hours", "the chain halted for
                  # an hour", "caused payment processing to stop for 40 minutes"
                  "halted", "halt ", "stopped producing", "stopped processing",
                  "stopped serving", "stopped working", "stopped responding",
                  "production to stop", "production stopped", "processing to stop",
                  "processing stopped", "traffic to stop", "traffic stopped",
                  # the errors named by their HTTP status: "returned 503s for two hours"
                  "5xx", "500s", "502s", "503s", "504s", "http 5",
                  # how long bringing the service back took: "it took us 4 hours to restore"
                  "to restore", "to recover", "back online")


def check(ctx: Context) -> Iterator[Problem]:
    yield from _stated_lengths(ctx)
    yield from _listed_lengths(ctx)
    yield from stated_metrics(ctx, lambda seconds, unit, approximate: _tolerance(
        ctx, seconds, unit, approximate))
    yield from said_gaps(ctx)


def _tolerance(ctx: Context, seconds: float, unit: str, approximate: bool,
               finest: str | None = None) -> float:
    """The written unit is a rounding: "4 days" covers 3 d 15 h, "3 hours" not 2 h 30 min.
    A length written in several units is as exact as its finest: "22 days, 23 hours" is
    told to the hour, not to a tenth of three weeks."""
    if finest is not None and finest != unit:
        tolerance = float(FINEST_TOLERANCE[finest])
    else:
        tolerance = max(UNIT_TOLERANCE[unit], ctx.options["relative_tolerance"] * seconds)
    return tolerance * 2 if approximate and _round(seconds, unit) else tolerance


# what a round figure of each unit is a multiple of, in seconds: 5 minutes, half an hour, ...
ROUND_FIGURE = {"second": 5, "minute": 300, "hour": 1800, "day": 43200, "week": 1}


def _round(seconds: float, unit: str) -> bool:
    """"About 30 minutes" rounds, so "about" widens its tolerance; "~27 minutes" was counted
    to the minute, and its "~" owns only to the seconds: the figure keeps the tolerance of
    what it writes."""
    return seconds % ROUND_FIGURE.get(unit, 1) == 0


def _stated_lengths(ctx: Context) -> Iterator[Problem]:
    strong_lines = {d.line for d in ctx.timeline.durations if d.cue not in WEAK_CUES}
    for stated in ctx.timeline.durations:
        line_text = ctx.timeline.lines[stated.line - 1].lower() if ctx.timeline.lines else ""
        if counted_in_office_hours(line_text):
            continue  # "took 6 business hours": not the wall-clock span of the entries
        if not _measured_by_the_lines_range(ctx, stated, line_text):
            continue  # "~17 min of cascade (20:13–20:30), ~1 hour of stall before it"
        if _own_span_in_words(ctx.timeline.lines, stated):
            continue  # "about 40 minutes (from the start of the lab until the revert)": a
            # span of its own, told in words pmlint cannot place
        lines = ctx.timeline.lines
        following = lines[stated.line].lower() if stated.line < len(lines) else ""
        if CUMULATIVE.search(line_text) or CUMULATIVE.search(f"{line_text} {following}"):
            continue  # "~10 hours across three separate incidents": a sum, not one span
        if "+" in line_text or "plus" in line_text:
            end = stated.column - 1 + len(stated.written)
            if ADDED_AFTER.match(line_text, end) is not None or ADDED_BEFORE.search(
                    line_text, max(0, stated.column - 60), stated.column - 1) is not None:
                continue  # "55 minutes major degradation + 27 minutes recovery watch": a
                # part of a sum, not the whole window's length
        if EACH_PART.search(_sentence_of(line_text, stated)) is not None:
            continue  # "individual member sites were down for about 90 seconds during each
            # incident": a part's length, or each of several, not the window's
        if len(_listed_days(ctx, stated.line, line_text)) >= 2:
            continue  # "Total downtime: 38 hours" under two dated occurrences: their sum
        beside = _range_beside(ctx, stated)
        if stated.cue in BESIDE_A_RANGE and beside is None:
            continue
        if slipped_by_its_length(ctx, stated) is not None:
            continue  # "28 minutes from 11:37 am to 12:05 am": ampm-flip's, the end's AM/PM
        if stated.cue == "in total" and not _is_incident_length(stated, line_text, set(), True):
            continue  # "4 hours investigating in total": any clause but one about responding
        if RATE_AFTER.match(line_text, stated.column - 1 + len(stated.written)):
            continue  # "~1 second per check", "3 hours a day": a rate, not a span
        if RATE_BEFORE.search(line_text, max(0, stated.column - 40), stated.column - 1):
            continue  # "hundreds of errors per minute for twelve minutes": how long a rate
            # held, a burst inside the incident, not its length
        if TOOK_TO_NOTICE_AFTER.match(line_text, stated.column - 1 + len(stated.written)):
            continue  # "the 3-hour window it took us to notice the bug": how long finding
            # it out took, not the incident's window
        if UNREAL_BEFORE.search(line_text, max(0, stated.column - 30), stated.column - 1):
            continue  # "a future ~3h outage ends in a clean shutdown": one imagined
        if SUPPLY_HELD.search(line_text, max(0, stated.column - 60), stated.column - 1):
            continue  # "the UPS battery lasted about 30 minutes": how long a reserve held
        if PART_LABEL.fullmatch(line_text, 0, stated.column - 1) is not None:
            continue  # "**Durée investigation** : 1h30" under "**Durée totale** : 3h", "Time
            # to diagnose: 40 min": the label names a part of the response, not the whole
        if OTHER_OCCASION.search(_sentence_of(line_text, stated)) is not None:
            continue  # "none existed on 07-10 either, when the same silence lasted three
            # days": another occasion's length, set beside this one's
        if _not_the_whole_length(_sentence_of(line_text, stated)):
            continue  # "has been down for 33 hours" at a point of the story; "will be
            # read-only for 5 minutes": a plan
        wrapped = _wrapped_from(lines, stated.line)
        if stated.cue in WEAK_CUES and not _is_incident_length(stated, line_text,
                                                                 strong_lines, beside is not None,
                                                                 wrapped):
            continue
        measured = beside or _reference_span(ctx, stated)
        if measured is None:
            continue
        start, end, how = measured
        if not same_axis(start, end):
            continue
        if how not in ("the same sentence", "the range beside it") \
                and _told_between_entries_outside(ctx, stated.line, start, end):
            continue  # "- Outage of ~10 minutes" between the two entries of an earlier
            # maintenance window: that window's length, told in its place in the timeline
        if how == "the same sentence" and _a_sum_within(line_text, stated, start, end):
            continue  # "zwischen 14 und 15 Uhr in Summe 30 Minuten", "a total of 20 minutes
            # between 9 and 11": the outages added up inside a window, not its length
        actual = ((ctx.analysis.minutes(ctx.analysis.index_of(end)) or 0)
                  - (ctx.analysis.minutes(ctx.analysis.index_of(start)) or 0)) * 60
        if actual <= 0:
            continue  # an impossible order is end-before-start's finding, not ours
        if stated.unit == "second" and actual >= SECONDS_WINDOW_MIN:
            # "this outage of transmission lasted for around 20 seconds" inside an hour's
            # window: a step's blip, no length a window of that size could be written as
            continue
        if actual < 60 <= stated.seconds / 60:
            # "the tool read the log at 16:16:03-16:16:05" beside "errors for ~3.5h": a span
            # of seconds is a step's, no impact window an hour-long length could be measured on
            continue
        # ("nearly 12 hours", "almost two hours": just under the figure, no rounding either
        # way to widen the tolerance for)
        just_under = NEARLY_BEFORE.search(line_text, max(0, stated.column - 20),
                                          stated.column - 1) is not None
        tolerance = _tolerance(ctx, stated.seconds, stated.unit,
                               (stated.approximate and not just_under)
                               or _a_headline(lines, stated.line),
                               finest_unit(stated.written))
        if _to_the_minute(start) and _to_the_minute(end):
            # "20 seconds" from 01:19 to 01:20: clocks read to the minute hold a span a
            # minute either way of their difference
            tolerance = max(tolerance, float(MINUTE_READING))
        if (start.approximate or end.approximate) and finest_unit(stated.written) in (
                None, stated.unit):
            tolerance = max(tolerance, APPROXIMATE_END_TOLERANCE.get(stated.unit, 0))
        if how == "the stated window" and _one_record(ctx, stated, start, end):
            tolerance = min(tolerance, last_digit(stated.written, stated.unit))
        if how == "the same sentence" and _counted_from_beside(stated, start, end):
            tolerance = min(tolerance, BESIDE_TOLERANCE)
        bound = BOUND_CUES.get(stated.cue, 0)  # "at most 16 hours": only a longer span is wrong
        qualifier = QUALIFIED_BOUND.search(line_text, max(0, stated.column - 25),
                                           stated.column - 1)
        if not bound and qualifier is not None:
            # "down for over an hour", "for more than 3 hours": a lower bound, only a
            # shorter span is wrong; "for less than 2 hours", "under an hour": an upper one
            bound = -1 if qualifier.group("q")[0] in "omw>≥超逾" else 1
        if not bound and ("多" in stated.written or "+" in stated.written):
            # "9+ hours", "2个多小时", "十多个小时": more than nine, two, ten hours
            bound = -1
        if not bound and INTERMITTENT.search(_sentence_of(line_text, stated)) is not None:
            # "In total, 76 minutes of downtime ... from 15:12 to 22:36 in intervals of 12-24
            # minutes", "the impact lasted intermittently for two hours": the outages added
            # up within the span, or the span itself; only a longer length is wrong
            bound = -1
        # "between the hours of 17:00 and 18:00 ... lasted 30 minutes": the hour holds the
        # event, so only a length longer than it is wrong
        if how == "the same sentence" and actual > stated.seconds and HOURS_BRACKET.search(
                ctx.timeline.lines[start.line - 1], 0, start.column - 1) is not None:
            continue
        if how == "the same sentence" and _other_end_fits(ctx, stated, start, end,
                                                          tolerance):
            continue  # "began between 20:44 and 20:45 ... lasted 14 minutes, until 20:58"
        if abs(actual - stated.seconds) <= tolerance or bound * (actual - stated.seconds) < 0:
            continue
        if just_under and 0 <= stated.seconds - actual <= min(
                stated.seconds * NEARLY_SHORT, UNIT_SECONDS.get(stated.unit, 0)):
            continue  # "down for nearly four hours, from 0000 to about 0330": under the figure,
            # by a fraction of it "nearly" allows
        finest = finest_unit(stated.written)
        if finest is not None and finest != stated.unit \
                and 0 <= actual - stated.seconds < UNIT_SECONDS[finest]:
            # "2 days, 22 hours" for 2 d 22 h 46 min: a length in several units cut at its
            # last one, as a tool prints it, short of the span by less than that unit
            continue
        if how.startswith("the timeline") and (
                _closed_later(ctx, start, end, stated.seconds, tolerance)
                or _milestones_fit(ctx, stated, tolerance)
                or (stated.approximate and _between_return_and_close(ctx, start, end,
                                                                      stated.seconds))):
            continue
        if how not in ("the same sentence", "the range beside it") \
                and _own_times_fit(ctx, stated, tolerance, bound):
            continue  # "At 3:13AM ... a power outage ... over 14 hours, with power returning
            # at 5:29 PM": the length's own sentence gives its span, not a window elsewhere
        if how == "the stated window" and actual > stated.seconds \
                and _restored_inside(ctx, start, end, stated.seconds, tolerance):
            continue  # "a 3.5-hour incident" in a 09:30-18:15 window whose timeline says
            # "13:10 initial incident resolved": measured to that restoration
        if how == "the timeline" and stated.unit in ("day", "week") \
                and _days_of_the_log_fit(ctx, stated.seconds):
            continue  # "over three days" above a log under "Fri 17", "Sat 18" and "Sun 19"
            # headings, whose clock times are all on the last day
        if how.startswith("the timeline") and (actual > DAY_SECONDS or how != "the timeline") \
                and _inner_span_fits(ctx, stated.seconds, tolerance):
            continue  # a long log with a lead-up and an aftermath: the length is between two
            # of its entries ("halted at 18:32 ... restarted at 14:07 the next day"); the
            # halt's measure (a log of days of lead-up) only names the evidence for a length
            # no two entries fit
        if how == "the stated window" and _one_of_a_breakdown(ctx, stated) \
                and _components_told_in_sentences(ctx, stated):
            continue  # "• 1.5% of Redis instances were unhealthy for a total duration of 2
            # hours 24 minutes" beside "• App Engine Flex ... for 1 hour 45 minutes": each
            # item a component's own impact, which may outlast the window
        if how != "the same sentence" and (_one_of_a_breakdown(ctx, stated)
                                           or _one_of_several_parts(ctx, stated, line_text)) \
                and _inner_span_fits(ctx, stated.seconds, tolerance):
            continue  # "- Dark outage: 8 hours" over "- Full outage: 56 hours": each a part's
            # length; so is each of "the API for 14 minutes, the SDKs for 17 minutes"
        said = f"{stated.cue} {stated.written}" if stated.cue in BOUND_CUES else (
            f"{_bound_words(qualifier.group('q'))} {stated.written}" if bound and qualifier
            else stated.written)
        yield Problem(stated.line, stated.column,
                      f'stated duration "{said}" ({span(stated.seconds)}), but '
                      f"{how} runs {span(actual)}: from {at_line(start)} to {at_line(end)}",
                      end_column=stated.column + len(stated.written),
                      related_line=end.line if end.line != stated.line else start.line,
                      suggestion=f"state {span(actual)}, or correct the start or end time")


# a bound written as a sign (">17 minutes"), said in words
SIGN_WORDS = {">": "more than", ">=": "at least", "≥": "at least", "<": "less than",
              "<=": "at most", "≤": "at most"}


def _bound_words(qualifier: str) -> str:
    """The words a message says a bound in: "more than" for ">", as written otherwise."""
    return SIGN_WORDS.get(qualifier, " ".join(qualifier.split()))


MINUTE_READING = 60  # seconds: what a clock written without its seconds leaves unsaid


def _to_the_minute(event: Event) -> bool:
    """The event's clock is written to the minute, without its seconds."""
    return event.clock is not None and event.clock.second is None


def _days_of_the_log_fit(ctx: Context, seconds: float) -> bool:
    """A length in days ("over three days") counts the calendar days the timeline's entries
    are dated on, day headings without a clock time included: from the first to the last,
    both counted or not (Friday to Sunday is "three days" or two)."""
    days = sorted({e.local[:10] for _, e in ctx.analysis.entries if e.local[:4].isdigit()}
                  | {e.local[:10] for e in ctx.timeline.events if e.source == "timeline"
                     and e.clock is None and e.local[:4].isdigit()})
    if len(days) < 2:
        return False
    first, last = (dt.date.fromisoformat(day) for day in (days[0], days[-1]))
    span_days = (last - first).days
    return span_days * DAY_SECONDS <= seconds <= (span_days + 1) * DAY_SECONDS


def _one_of_a_breakdown(ctx: Context, stated: StatedDuration) -> bool:
    """The length is a list item beside another item that states a length of its own ("-
    **Dark outage:** 8 hours", "- **Full outage:** 56 hours"): a breakdown of the incident
    into parts, each measured between its own moments, not each the whole window's."""
    lines = ctx.timeline.lines
    if not 0 < stated.line <= len(lines) or LIST_ITEM.match(lines[stated.line - 1]) is None:
        return False
    return any(n != stated.line for n in _length_items(lines, stated.line))


def _length_items(lines: tuple[str, ...], line: int) -> list[int]:
    """Of `line` and the lines either side of it, those that are list items writing a
    length."""
    return [n for n in (line - 1, line, line + 1)
            if 0 < n <= len(lines) and LIST_ITEM.match(lines[n - 1]) is not None
            and _holds_a_length(lines[n - 1])]


# A list item that opens on a label ("- **Dark outage:** 8 hours", "* Total: 3 h")
LABELLED_ITEM = LazyPattern(r"[ \t]*+(?:[-*+•◦▪]|\d{1,2}[.)])[ \t]++[*_]{0,2}[^.:;\n]{1,40}?"
                            r"[*_]{0,2}[ \t]*+[:：]")


def _components_told_in_sentences(ctx: Context, stated: StatedDuration) -> bool:
    """The breakdown's items are sentences, each about its own component ("• App Engine Flex
    experienced increased error rates for 1 hour 45 minutes"), not labelled parts of the
    incident ("- **Full outage:** 56 hours"): neither this item nor its neighbours with a
    length opens on a label."""
    lines = ctx.timeline.lines
    near = _length_items(lines, stated.line)
    return len(near) >= 2 and all(LABELLED_ITEM.match(lines[n - 1]) is None for n in near)


def _one_of_several_parts(ctx: Context, stated: StatedDuration, line_text: str) -> bool:
    """The length is one of several different lengths its sentence gives ("an outage of the
    API for 14 minutes, the SDKs for 17 minutes and the dashboard for 17 minutes"): one
    part's each, not the whole window's (one length restated, "2 hours (120 minutes)", is
    no breakdown)."""
    sentence = _sentence_of(line_text, stated)
    opening = line_text.find(sentence)
    closing = opening + len(sentence)
    lengths = {d.seconds for d in ctx.timeline.durations
               if d.line == stated.line and opening <= d.column - 1 < closing}
    return len(lengths) >= 2


def _holds_a_length(line: str) -> bool:
    """The line writes a length ("Approximately 56 hours"), cued or not."""
    folded = fold(line)
    return may_hold_duration(folded) and DURATION_RE.search(folded) is not None


def _listed_lengths(ctx: Context) -> Iterator[Problem]:
    """An overview's occurrence ("- 2022-03-26 (48 hours): cooling") whose length no record
    of that day gives (the records of March 26 run 6 and 5 hours), when no record of
    another day gives it either (then the listed day is what is wrong: summary-mismatch)."""
    found = records(ctx.timeline)
    for occurrence in occurrences(ctx.timeline):
        same_day = [r for r in found if r.day == occurrence.day]
        if not same_day or any(fits(occurrence, r) for r in found):
            continue
        told = "; ".join(
            f"{span(r.lengths()[-1])} from {at_line(r.start)} to {at_line(r.end)}"
            for r in same_day if r.end is not None)
        yield Problem(occurrence.line, occurrence.column,
                      f'the overview gives the incident of {occurrence.day} as '
                      f'"{occurrence.written}" ({span(occurrence.seconds)}), but no record of '
                      f"that day runs so long: {told}",
                      end_column=occurrence.column + len(occurrence.written),
                      related_line=same_day[0].start.line,
                      suggestion="give the record's length in the overview, or correct the "
                                 "record")


def _one_record(ctx: Context, stated: StatedDuration, start: Event, end: Event) -> bool:
    """The length is a field of the record that gives the start and end as fields too, a
    few lines together ("start: 2022-11-01T07:16:30", "stop: ...", "length: 7.5 hours"):
    worked out from them, not an estimate of the outage."""
    lines = (stated.line, start.line, end.line)
    return start.kind == end.kind == "field" and max(lines) - min(lines) < RECORD_LINES \
        and any(f.line == stated.line and f.name == "duration" for f in ctx.timeline.fields)


# "across three separate incidents", "in total over all outages", "cumulative", "on two
# occasions": a sum of several spans, which no one start and end measure
CUMULATIVE = LazyPattern(r"(?<![a-z])(?:across|over|in|on|during)[ \t]++(?:the[ \t]++|all"
                         r"[ \t]++)?(?:\w++[ \t]++){0,2}(?:separate[ \t]++|distinct[ \t]++)?"
                         r"(?:incidents|outages|episodes|events|occasions|instances)(?![a-z])"
                         r"|(?<![a-z])cumulative(?![a-z])")
# "nearly", "almost", "just under", "close to" right before a length: just under it, by at
# most this share of it and one of its unit ("nearly four hours" for 3 h 30 min; not for
# 2 h 30 min, nor "nearly 12 hours" for 10 h 20 min)
NEARLY_SHORT = 0.2
# "nearly", "almost", "just under", "close to" right before a length: just under it
NEARLY_BEFORE = LazyPattern(r"(?<![a-z])(?:nearly|almost|just[ \t]++under|close[ \t]++to)"
                            r"[ \t]++$")
# Outages that came and went within the span: "in intervals of 12-24 minutes", "lasted
# intermittently", "collectively", "on and off", "in several waves"
INTERMITTENT = LazyPattern(r"(?<![a-z])(?:in[ \t]++intervals|intermittently|collectively"
                           r"|on[ \t]++and[ \t]++off|off[ \t]++and[ \t]++on|sporadically"
                           r"|in[ \t]++(?:several|multiple|two|three|four)[ \t]++(?:waves|bursts"
                           r"|spells|bouts))(?![a-z])")
# A length said of each part or each occurrence, or as a typical one: "individual sites were
# down for 90 seconds during each incident", "12 minutes each time", "on average 4 minutes"
# Lengths added up: "55 minutes major degradation + 27 minutes recovery watch", "40 min
# outage plus 20 min degraded": each a part of the sum, none the whole window's
ADDED_AFTER = LazyPattern(r"[^.;+\n]{0,40}?(?:\+|(?<![a-z])plus(?![a-z]))[ \t]*+"
                          r"(?:~|about[ \t]++|around[ \t]++|approx\.?[ \t]*+)?\d++(?:[.,]\d++)?"
                          r"[ \t]*+" + LENGTH_UNIT + r"(?![a-z])", re.IGNORECASE)
ADDED_BEFORE = LazyPattern(r"\d[ \t]*+" + LENGTH_UNIT + r"(?![a-z])[^.;+\n]{0,40}?"
                           r"(?:\+|(?<![a-z])plus(?![a-z]))[ \t]*+(?:~|about[ \t]++|around[ \t]++"
                           r"|approx\.?[ \t]*+)?$", re.IGNORECASE)
EACH_PART = LazyPattern(r"(?<![a-z])(?:(?:during|in|for)[ \t]++(?:each|every)[ \t]++(?:incident"
                        r"|outage|episode|event|occurrence|interruption|one)|(?:each|every)"
                        r"[ \t]++time|per[ \t]++(?:incident|outage|site|host|server|node|request"
                        r"|user|customer|occurrence)|individual(?:ly)?|on[ \t]++average|typically"
                        r"|in[ \t]++most[ \t]++cases)(?![a-z])")
# Another occasion's length, told in comparison: "when the same silence lasted three days",
# "the previous outage took 5 hours", "a similar incident ran for two days", "a similar
# disruption, lasting nine hours, occurred in 2014"; or one that came before this one:
# "after the other app had their short 30 minute outage, ours went down"; or another time's
# or another party's: "last year a different provider had a 45-minute outage"
OTHER_OCCASION = LazyPattern(
    r"(?<![a-z])(?:(?:when[ \t]++the[ \t]++same|the[ \t]++(?:previous|prior|earlier|last)|an"
    r"[ \t]++earlier|a[ \t]++(?:prior|previous|similar)|last[ \t]++time)(?![a-z])"
    r"(?:,?[ \t]++[a-z-]++){0,5}?,?[ \t]++(?:had[ \t]++)?(?:lasted|lasting|took|ran"
    r"|was[ \t]++down)(?![a-z])"
    r"|after[ \t]++(?:[\w-]++[ \t]++){1,3}had[ \t]++(?:their|its|a|an)[ \t]++"
    r"(?:[a-z-]++[ \t]++)?\d"
    # ("Last year a different provider had a 45-minute outage", "a separate carrier suffered
    # an outage of two hours": another time's, or another party's)
    r"|(?:last[ \t]++(?:year|month|week)|a[ \t]++(?:different|separate))(?![a-z])"
    r"(?:,?[ \t]++[\w-]++){0,5}?[ \t]++(?:had|suffered|experienced|saw)[ \t]++"
    r"(?:an?|its|their)[ \t]++)")
# A total's label opening its line (or list item): "Total downtime: 64 hours"
TOTAL_LABEL = LazyPattern(r"[ \t]*+(?:[-*+][ \t]++)?[*_]{0,2}total(?![a-z])")
LIST_ITEM = LazyPattern(r"[ \t]*+(?:[-*+•◦▪]|\d{1,3}[.)])[ \t]")


def _listed_days(ctx: Context, line: int, line_text: str) -> set[str]:
    """The days of the list items right above a total ("* Occurrences:", "1. 2021-05-25
    (64 hours)", "2. 2021-11-09 (10 hours)", then "* Total downtime: 74 hours"): the
    occurrences the total adds up, one day each. Empty unless the line opens with "Total"."""
    lines = ctx.timeline.lines
    if not lines or TOTAL_LABEL.match(line_text) is None:
        return set()
    above = set()
    n = line - 1
    if n >= 1 and not lines[n - 1].strip():
        n -= 1  # a blank line between the list and its total
    while n >= 1 and LIST_ITEM.match(lines[n - 1]) is not None:
        above.add(n)
        n -= 1
    return {e.local[:10] for e in ctx.timeline.events if e.line in above and e.clock is None
            and e.date is not None and e.date.day is not None and e.local[:4].isdigit()}


# "between the hours of 17:00 and 18:00": the hour the event fell in, not its span
HOURS_BRACKET = LazyPattern(r"(?<![a-z])between[ \t]++the[ \t]++hours?[ \t]++of[ \t]++"
                            r"[^0-9\n]{0,3}$", re.IGNORECASE)


def _other_end_fits(ctx: Context, stated: StatedDuration, start: Event, end: Event,
                    tolerance: float) -> bool:
    """Another time on the line, not the range's, ends the stated length from the range's
    start ("began between 20:44 and 20:45, and lasted 14 minutes, until 20:58")."""
    first = ctx.analysis.minutes(ctx.analysis.index_of(start))
    if first is None:
        return False
    for e in ctx.timeline.events:
        if e.line != stated.line or e.clock is None or e is start or e is end \
                or e.order_minutes is None or not same_axis(start, e):
            continue
        other = ctx.analysis.minutes(ctx.analysis.index_of(e))
        if other is not None and abs((other - first) * 60 - stated.seconds) <= tolerance:
            return True
    return False


def _own_times_fit(ctx: Context, stated: StatedDuration, tolerance: float, bound: int) -> bool:
    """Two times the length's own sentence gives, the later one after the length ("over
    14 hours, with power returning at 5:29 PM", the sentence before it opening "At 3:13AM"
    on the same line), or the last told before it on its line ("A reboot completed at 23:50.
    During the 5 minutes of downtime, ..."), lie the stated length apart (or, for a bound,
    on its side of it): the length is theirs, whatever window the document states for
    another part of the story."""
    lines = ctx.timeline.lines
    if not lines or not 0 < stated.line <= len(lines):
        return False
    text = lines[stated.line - 1]
    own = [(m, e) for e in ctx.analysis.on_line(stated.line)
           if e.clock is not None and e.order_minutes is not None
           and (m := ctx.analysis.minutes(ctx.analysis.index_of(e))) is not None]
    after = [(m, e) for m, e in own if e.column > stated.column
             and _same_sentence(text, e.column - 1, stated.column - 1)]
    told_before = [(m, e) for m, e in own if e.column < stated.column]
    if len(told_before) >= 2:
        # "At 2:58 AM the server hung. A reboot completed at 3:24 AM. During the 26 minutes
        # of downtime, ...": the length looks back at the last time told before it
        after.append(max(told_before, key=lambda pair: pair[1].column))
    for last, end in after:
        for first, start in own:
            if start is end or not same_axis(start, end) or first >= last:
                continue
            gap = (last - first) * 60
            if abs(gap - stated.seconds) <= tolerance or bound * (gap - stated.seconds) < 0:
                return True
    return False


def _measured_by_the_lines_range(ctx: Context, stated: StatedDuration, line: str) -> bool:
    """With two durations and one range on a line, the range measures one of them: the one
    before it when the range stands in parentheses ("17 min of cascade (20:13–20:30), an
    hour of stall before it"), else the nearer. The other states some other span."""
    others = [d for d in ctx.timeline.durations if d.line == stated.line and d is not stated]
    starts = [e for e in ctx.analysis.on_line(stated.line)
              if e.part == "range-start" and e.clock is not None]
    if not others or len(starts) != 1:
        return True
    at = starts[0].column - 1
    mine = [stated, *others]
    opened = line.rfind("(", 0, at)
    if opened > line.rfind(")", 0, at):
        before = [d for d in mine if d.column - 1 < opened]
        if before:
            return max(before, key=lambda d: d.column) is stated
    return min(mine, key=lambda d: abs(d.column - 1 - at)) is stated


# an entry after the restoration that confirms the service well: "All pods healthy.",
# "services verified stable", "all clear given"
WELL_CONFIRMED = LazyPattern(r"(?<![a-z])(?:confirm(?:s|ed)?|verif(?:y|ies|ied)|healthy"
                             r"|stable|stabili[sz]ed|all[ \t]++clear)(?![a-z])", re.IGNORECASE)


def _closed_later(ctx: Context, start: Event, end: Event, seconds: float,
                  tolerance: float) -> bool:
    """A later entry that also says resolved ("we declared the incident resolved and told
    our users", "hotfix deployed, the leak confirmed fixed"), or that confirms the service
    well ("All pods healthy.", "services verified stable"), ends the span the stated length
    fits: documents measure an outage to the service's return or to the incident's close,
    and either reading is the author's."""
    begin = ctx.analysis.minutes(ctx.analysis.index_of(start))
    after = False
    for _, entry in ctx.analysis.entries:
        if entry is end:
            after = True
            continue
        if not after or not ({"resolution", "end"} & {entry.phase, *entry.also}
                             or WELL_CONFIRMED.search(entry.text) is not None):
            continue
        value = ctx.analysis.minutes(ctx.analysis.index_of(entry))
        if begin is not None and value is not None and same_axis(start, entry) \
                and abs((value - begin) * 60 - seconds) <= tolerance:
            return True
    return False


# "(from start of lab when students were starting containers until the revert)": the
# length's own start and end, in words and with no time written
OWN_SPAN_IN_WORDS = LazyPattern(r"[ \t]*+\([ \t]*+(?:from|between)[ \t]++[^()\d\n]{2,120}?"
                                r"(?<![A-Za-z])(?:until|till|to|and)[ \t]++[^()\d\n]{2,80}\)",
                                re.IGNORECASE)


def _own_span_in_words(lines: tuple[str, ...] | list[str], stated: StatedDuration) -> bool:
    """OWN_SPAN_IN_WORDS right after the length, or at the start of the next line when the
    length ends its line."""
    text = lines[stated.line - 1] if 0 < stated.line <= len(lines) else ""
    end = stated.column - 1 + len(stated.written)
    if OWN_SPAN_IN_WORDS.match(text, end) is not None:
        return True
    return not text[end:].strip() and stated.line < len(lines) \
        and OWN_SPAN_IN_WORDS.match(lines[stated.line]) is not None


def _restored_inside(ctx: Context, start: Event, end: Event, seconds: float,
                     tolerance: float) -> bool:
    """A timeline entry inside the stated window, or a time the account tells, that says the
    incident was resolved (not a step of mitigation) lies the stated length after the
    window's start: the length runs to that restoration ("At 03:22, the switch came back
    online"), the window on to a later close or follow-up ("End 03:25 (mostly)")."""
    begin = ctx.analysis.minutes(ctx.analysis.index_of(start))
    last = ctx.analysis.minutes(ctx.analysis.index_of(end))
    if begin is None or last is None:
        return False
    for index, entry in enumerate(ctx.timeline.events):
        if entry.clock is None or entry.kind == "field":
            continue
        value = ctx.analysis.minutes(index)
        if value is not None and begin < value < last \
                and "resolution" in (entry.phase, *entry.also) \
                and same_axis(start, entry) and abs((value - begin) * 60 - seconds) <= tolerance:
            return True
    return False


def _between_return_and_close(ctx: Context, start: Event, end: Event, seconds: float) -> bool:
    """An approximate length between the span to the timeline's first restoration and the
    span to its last ("about two hours" from 09:15, with "systems recovered" at 10:40 and
    "incident closed" at 11:51): the author measured to some moment between the service's
    return and the incident's close, and rounded. An exact length must fit one of them."""
    begin = ctx.analysis.minutes(ctx.analysis.index_of(start))
    last = ctx.analysis.minutes(ctx.analysis.index_of(end))
    if begin is None or last is None:
        return False
    for _, entry in ctx.analysis.entries:
        if entry is end:
            break
        value = ctx.analysis.minutes(ctx.analysis.index_of(entry))
        if value is not None and value > begin and same_axis(start, entry) \
                and {"resolution", "end"} & {entry.phase, *entry.also}:
            return (value - begin) * 60 <= seconds <= (last - begin) * 60
    return False


def _milestones_fit(ctx: Context, stated: StatedDuration, tolerance: float) -> bool:
    """With no stated window, the length may be measured from a later start than the
    timeline's first entry (a background entry days before, a deploy before the breakage)
    or to an earlier restoration than its last: it fits when some entry that says the
    service broke or came back, or the first entry, lies that far before a restoration
    ("down for 46 minutes" from "requests failing" to "partially restored", "degraded for
    4 hours" from that to "fully restored")."""
    incidents = incident_starts(ctx.timeline)
    moments = []
    for _, entry in ctx.analysis.entries:
        if not same_incident(incidents, entry.line, stated.line):
            continue
        value = ctx.analysis.minutes(ctx.analysis.index_of(entry))
        if value is not None:
            moments.append((entry, value, bool({"resolution", "end"} & {entry.phase,
                                                                         *entry.also})))
    lines = ctx.timeline.lines
    for i, (first, begin, restored) in enumerate(moments):
        # the entry's words, with the lines its item wraps onto
        stop = moments[i + 1][0].line - 1 if i + 1 < len(moments) else first.line + 2
        words = " ".join(lines[first.line - 1:max(first.line, min(stop, first.line + 2))])
        if i and not restored and first.phase != "start" \
                and BROKE.search(words or first.text) is None:
            continue  # (a start the entry's words mark: "all nodes lost connectivity")
        if any(closes and same_axis(first, last) and value > begin
               and abs((value - begin) * 60 - stated.seconds) <= tolerance
               for last, value, closes in moments[i + 1:]):
            return True
    return False


def _wrapped_from(lines: tuple[str, ...], number: int) -> str:
    """The words of line `number - 1` that a wrapped sentence carries onto line `number`
    ("fires: Prometheus" / "has been unable to scrape for 10 minutes"): its last clause,
    when it ends without a stop; "" otherwise."""
    if number < 2 or not lines[number - 1].startswith((" ", "\t")):
        return ""
    previous = lines[number - 2].rstrip().lower()
    if not previous or previous.endswith((".", ";", "!", "?")):
        return ""
    return previous[max(previous.rfind(stop) for stop in (".", ";", ",")) + 1:]


# "per check", "each run", "every night", "a day", "an hour": a length's rate after it
# a reserve that carried the load for a while: "the UPS battery lasted about 30 minutes",
# "the generator ran for 3 hours" (the line in lower case, up to the length); not the
# reserve's own failure ("the generator outage lasted 2 hours")
SUPPLY_HELD = LazyPattern(r"(?<![a-z])(?:batter(?:y|ies)|ups|generators?|fuel|backup[ \t]++power"
                          r"|reserves?)(?![a-z])(?:(?!outage|failure|fault|incident|down)[^.;])"
                          r"{0,25}?(?<![a-z])(?:lasted|held|ran|kept"
                          r"|carried)(?![a-z])[^.;]{0,25}$")
# Right after a length, the clause saying what took it, when that is finding the problem out:
# "(the 3-hour window) it took us to notice", "(two hours) that it took the team to detect"
TOOK_TO_NOTICE_AFTER = LazyPattern(r"[^.;\n]{0,25}?(?<![a-z])took(?![a-z])[^.;\n]{0,25}?"
                                   r"(?<![a-z])to[ \t]++(?:notice|detect|find|spot|realiz"
                                   r"|realis|discover|identify|diagnose|acknowledge)",
                                   re.IGNORECASE)
# An entry that tells only the healthy state the incident broke ("Normal operations (~115
# tx/min)", "All systems operational", "Baseline: p99 40 ms"): where the story stands before
# it, no moment of the incident
BASELINE_STATE = LazyPattern(r"[ \t*_]*+(?:normal[ \t]++operations?|operating[ \t]++normally"
                             r"|all[ \t]++(?:systems|services)[ \t]++(?:normal|operational"
                             r"|healthy|green)|baseline|steady[ \t]++state)(?![a-z])"
                             r"(?![^.;\n]{0,40}?(?<![a-z])(?:again|restored|resumed|back)(?![a-z]))",
                             re.IGNORECASE)
# A length of an event to come or imagined, right before it: "a future ~3h outage", "any
# hypothetical 2-hour outage", "the next 30-minute window"
UNREAL_BEFORE = LazyPattern(r"(?<![a-z])(?:future|hypothetical|imagined|potential|next)[ \t]++"
                            r"(?:[~≈][ \t]*+|(?:about|around|approx\.?)[ \t]++)?$",
                            re.IGNORECASE)
RATE_AFTER = LazyPattern(r"[ \t]*+(?:per|each|every|a[ \t]++(?:day|week|month|night|year)"
                         r"|an[ \t]++hour)(?![a-z])")
# ... and a rate before it, of a length that says how long the rate held ("300 requests per
# second for 10 minutes", "errors at 50/s for about 5 min")
RATE_BEFORE = LazyPattern(r"(?:(?<![a-z])(?:per|a|an|each|every)[ \t]++(?:second|sec|minute|min"
                          r"|hour|hr)|/[ \t]*+(?:s|sec|second|min|minute|h|hr|hour)|(?<![a-z])"
                          r"(?:rps|qps|tps|req/s))(?![a-z])[ \t]++for(?:[ \t]++(?:about"
                          r"|approximately|around|roughly|nearly|almost|over|some|~))?[ \t]*+$")
SECONDS_WINDOW_MIN = 15 * 60  # seconds: a window this long is never stated in seconds
# a length told at a point of the story ("at this point the circuit has been down for 33
# hours", "so far"), or of something planned ("we will have to shut down all servers for
# approx. 5 minutes", "is going to be read-only for 10 minutes"): not the outage's length
SO_FAR_OR_PLANNED = LazyPattern(r"(?<![a-z])(?:has[ \t]++been|have[ \t]++been|at[ \t]++this"
                                r"[ \t]++point|so[ \t]++far|by[ \t]++now|will|going[ \t]++to"
                                r"|plan(?:s|ned)?[ \t]++to)(?![a-z])|'ll(?![a-z])")


ABBREVIATIONS = ("approx", "ca", "est", "e.g", "i.e", "etc", "vs", "no", "appr", "apx")


# a length added up from parts: "in total", "a total of", "in Summe", "insgesamt", "au total",
# "en total", "in totale", "altogether", "combined", "intermittently", "on and off"
SUM_WORDS = LazyPattern(r"(?<![^\W\d_])(?:in[ \t]++total|a[ \t]++total[ \t]++of|in[ \t]++summe"
                        r"|insgesamt|au[ \t]++total|en[ \t]++total|in[ \t]++totale|altogether"
                        r"|combined|intermittent(?:ly)?|on[ \t]++and[ \t]++off)(?![^\W\d_])")
# the word that makes a range a bracket around what happened in it: "between 14 and 15"
BRACKET_BEFORE = LazyPattern(r"(?<![^\W\d_])(?:between|zwischen|entre|tra|fra|mellan|tussen)"
                             r"[ \t]++(?:(?:the|las|los|les|le|den|de|het)[ \t]++)?$")


def _one_leg_of_a_chain(ctx: Context, end: Event) -> bool:
    """The window's end is where another range on its line starts, told right after it: a
    component's status history, leg after leg, whose first leg is no whole span."""
    return any(e.part == "range-start" and e.column > end.column and e.clock is not None
               and end.clock is not None and (e.clock.hour, e.clock.minute)
               == (end.clock.hour, end.clock.minute)
               for e in ctx.analysis.on_line(end.line))


def _told_between_entries_outside(ctx: Context, line: int, start: Event, end: Event) -> bool:
    """The length stands on a timeline line of no time of its own whose neighbouring entries,
    the timed one above it and the one below, both fall before the window's start or both
    after its end: it tells the length of what they bracket, not of the window."""
    if ctx.analysis.on_line(line) or start.order_minutes is None or end.order_minutes is None:
        return False
    entries = [e for e in ctx.timeline.events if e.source == "timeline"
               and e.order_minutes is not None]
    above = next((e for e in reversed(entries) if e.line < line), None)
    below = next((e for e in entries if e.line > line), None)
    if above is None or below is None or above.scope != below.scope:
        return False
    bracket = (above.order_minutes, below.order_minutes)
    assert bracket[0] is not None and bracket[1] is not None
    return max(bracket) < start.order_minutes or min(bracket) > end.order_minutes


def _a_sum_within(line: str, stated: StatedDuration, start: Event, end: Event) -> bool:
    """The length is a sum of outages inside the range its sentence brackets ("In Summe war
    es zwischen 14 und 15 Uhr für 30 Minuten nicht erreichbar"): shorter than the range, a
    bracket ("between"), and said to be added up. (A length longer than its bracket, or a
    range from its start to its end, still measures the range.)"""
    if start.order_minutes is None or end.order_minutes is None \
            or stated.seconds >= (end.order_minutes - start.order_minutes) * 60:
        return False
    opening = start.column - 1
    return BRACKET_BEFORE.search(line, max(0, opening - 12), opening) is not None \
        and SUM_WORDS.search(_sentence_of(line, stated)) is not None


def _sentence_of(line: str, stated: StatedDuration) -> str:
    """The sentence of the line (in lower case) that holds the stated length; a full stop
    after an abbreviation ("approx. 5 minutes") ends none."""
    start = stated.column - 1
    left = line.rfind(";", 0, start)
    stop = line.rfind(". ", 0, start)
    while stop > left:
        word = line[:stop].rsplit(None, 1)[-1] if line[:stop].strip() else ""
        if word.lstrip("(~") not in ABBREVIATIONS:
            left = stop
            break
        stop = line.rfind(". ", 0, stop)
    right = min((i for i in (line.find(". ", start), line.find(";", start)) if i >= 0),
                default=len(line))
    return line[left + 1:right]


HEADLINE_CHARS = 120  # a title or heading; a sentence of prose runs longer or ends in a stop


def _a_headline(lines: tuple[str, ...] | list[str], number: int) -> bool:
    """The length is a title's or a heading's ("How a Missed Renewal Crashed Our Site for 2
    Hours"): a headline rounds, as "about" does. A heading, or a short line with a blank line
    on one side and no closing stop (not a list item or a table's row)."""
    if not 0 < number <= len(lines):
        return False
    text = lines[number - 1].strip()
    if text.startswith("#"):
        return True
    if text[:1] in "-*+|>•" or text[:1].isdigit() or FIELD_RE.match(text) is not None:
        return False  # a list item, a table's row, a quote, a field: the text's own lines
    alone = number == 1 or not lines[number - 2].strip() or number == len(lines) \
        or not lines[number].strip()
    return alone and 0 < len(text) <= HEADLINE_CHARS and text[-1] not in ".!?:;,)"


# a label naming one part of the response, whose length follows it: "Investigation time:",
# "**Durée investigation** :", "Time to diagnose:", "Dauer der Fehlersuche:"
# (the fix's or repair's own length only when the label opens with it: "Fix duration:",
# "Time to fix:"; "Outage until the fix:" is the whole)
PART_LABEL = LazyPattern(
    r"[ \t>*_#|-]*+(?:(?:time[ \t]++(?:to|for)[ \t]++)?(?:fix|fixing|repair\w*|remediat\w*)"
    r"|[^:\n]{0,40}?(?<![^\W\d_])(?:investigat\w*|diagnos\w*|triage|troubleshoot\w*"
    r"|debugging|analysis|analyse|enquête|untersuchung|fehlersuche|investigación|diagnóstico"
    r"|détection|detection|detect|respon[sd]\w*|acknowledg\w*))(?![^\W\d_])[^:\n]{0,30}?"
    r"[*_]*+[ \t]*+:[ \t*_]*+(?:~|about|approx\.?|environ|ca\.)?[ \t]*+", re.IGNORECASE)


def _not_the_whole_length(sentence: str) -> bool:
    return ("been" in sentence or "point" in sentence or "far" in sentence
            or "now" in sentence or "will" in sentence or "'ll" in sentence
            or "going" in sentence or "plan" in sentence) \
        and SO_FAR_OR_PLANNED.search(sentence) is not None


def _is_incident_length(stated: StatedDuration, line: str, strong_lines: set[int],
                        beside_range: bool, wrapped: str = "") -> bool:
    """A weak cue ("for 20 minutes", "took 2 hours") states the incident's length only in a
    clause about the incident (or in the sentence of the range it measures: "MIA for 5
    hours, from 10:00 to 15:00"), not about detecting, responding to or following it up (an
    audit, a review), and not beside a strong cue ("lasted") that already gives the length."""
    if stated.line in strong_lines:
        return False
    start = stated.column - 1
    left = max(line.rfind(stop, 0, start) for stop in (".", ";", ","))
    after = start + len(stated.written)  # past its own "1.5"
    rights = [i for i in (line.find(stop, after) for stop in (".", ";", ",")) if i >= 0]
    right = min(rights) if rights else len(line)
    if right < len(line) and line[right] == "," \
            and OPENING_FOR.fullmatch(line[left + 1:start].strip(" *_-")) is not None:
        # "For 72 hours, the server was down.": the opening phrase times the clause after it
        ends = [i for i in (line.find(stop, right + 1) for stop in (".", ";", ",")) if i >= 0]
        right = min(ends) if ends else len(line)
    clause = line[left + 1:right]
    if left < 0:
        clause = f"{wrapped} {clause}"  # a sentence wrapped onto this line: its start too
    return (beside_range or any(w in clause for w in INCIDENT_WORDS)) and not any(
        w in clause for w in OTHER_SPANS)


BESIDE_TOLERANCE = 2 * 60  # seconds: a length counted from the two times beside it


def _counted_from_beside(stated: StatedDuration, start: Event, end: Event) -> bool:
    """"8:15am - 11:41am (3 hours and 31 minutes)", "10:02 to 13:15 (193 minutes)": a length
    to the minute that no rounding gives (not a multiple of five minutes), right beside a
    range whose ends are to the minute and not approximate, was counted from those two
    times: only a minute or two of counting (the end minute in or out) separates them, not
    the five minutes or tenth of the length a length compared with other lines is given."""
    return not stated.approximate and finest_unit(stated.written) == "minute" \
        and round(stated.seconds / 60) % 5 != 0 \
        and not start.approximate and not end.approximate \
        and start.grain == "minute" and end.grain == "minute"


HALF_DAY_SECONDS = 12 * 3600.0


def slipped_by_its_length(ctx: Context, stated: StatedDuration) -> tuple[Event, Event] | None:
    """The end of the range beside a stated length whose AM/PM slipped, and the range's other
    end: "28 minutes from 11:37 am to 12:05 am" runs 12 h 28 min as written and exactly the
    28 minutes with the other AM/PM of its end at twelve. The stated length, to its minute,
    is the evidence; ampm-flip reports it, not this rule."""
    if stated.approximate or not ctx.timeline.lines:
        return None
    text = ctx.timeline.lines[stated.line - 1]
    same = [e for e in ctx.analysis.on_line(stated.line) if e.clock is not None
            and e.order_minutes is not None
            and _same_sentence(text, e.column - 1, stated.column - 1)]
    starts = [e for e in same if e.part == "range-start"]
    ends = [e for e in same if e.part == "range-end"]
    if len(starts) != 1 or len(ends) != 1 or not same_axis(starts[0], ends[0]):
        return None
    start, end = starts[0], ends[0]
    if start.clock is None or end.clock is None or start.clock.meridiem is None \
            or end.clock.meridiem is None:
        return None  # "(10:30 to 2:30 AM)": a start with its AM/PM left off, not a slip
    actual = ((end.order_minutes or 0.0) - (start.order_minutes or 0.0)) * 60
    if not any(actual + shift > 0 and abs(actual + shift - stated.seconds) <= 60
               for shift in (HALF_DAY_SECONDS, -HALF_DAY_SECONDS)):
        return None
    # either end's other AM/PM gives the length ("11:37 pm to 12:05 am" as well as "11:37 am
    # to 12:05 pm"): the one at twelve is the slip, the hour whose AM/PM writers confuse
    twelve = [e for e in (end, start) if e.clock is not None and e.clock.hour % 12 == 0]
    if len(twelve) != 1:
        return None  # no end at twelve, or both: which one slipped, nothing says
    return (end, start) if twelve[0] is end else (start, end)


def _range_beside(ctx: Context, stated: StatedDuration) -> tuple[Event, Event, str] | None:
    """The range written on the stated duration's line, "from 10:00 to 15:00 (5 hours)"."""
    # (each end on the same axis as the other, a year-less day's or an undated clock's too:
    # "From Oct 7th at 04:47 to Oct 8th at 17:00 (12 hours)", "10:00 to 12:30 (5 hours)")
    same_line = _in_its_sentence(ctx, stated, [e for e in ctx.analysis.on_line(stated.line)
                                               if e.clock is not None
                                               and e.order_minutes is not None])
    starts = [e for e in same_line if e.part == "range-start" and not _recovery_range(ctx, e)]
    ends = [e for e in same_line if e.part == "range-end"]
    slip = ctx.analysis.slip
    if slip is not None and (slip.start in starts or slip.end in ends):
        return None  # a range whose AM/PM or order is wrong measures nothing
    if len(starts) == 1 and len(ends) == 1:
        return starts[0], ends[0], "the same sentence"
    if len(starts) == len(ends) > 1 and ctx.timeline.lines:
        return _range_right_beside(ctx.timeline.lines[stated.line - 1], stated, starts, ends)
    return None


def _recovery_range(ctx: Context, start: Event) -> bool:
    """A range told as the time service came back ("... lasted more than three hours, before
    services resumed between 6pm and 7pm"): it bounds the recovery, not the outage a length
    in its sentence measures."""
    lines = ctx.timeline.lines
    if start.part != "range-start" or not 0 < start.line <= len(lines):
        return False
    before = lines[start.line - 1][max(0, start.column - 61):start.column - 1]
    return RECOVERY_BOUNDS.search(before) is not None


BESIDE_REACH = 12  # characters between a length and the range it is written against


def _range_right_beside(text: str, stated: StatedDuration, starts: list[Event],
                        ends: list[Event]) -> tuple[Event, Event, str] | None:
    """Of a sentence's several ranges, the one written right against the length: "for 70
    minutes from 5:10 pm to 6:20 pm", "17:10-18:20 (70 minutes)". None when none is."""
    length_start = stated.column - 1
    length_end = length_start + len(stated.written)
    for start, end in zip(starts, ends, strict=True):
        if end.column < start.column:
            return None  # the ranges' ends do not pair in order
        after = start.column - 1 - length_end
        before = length_start - (end.column - 1 + len(end.written))
        ahead = 0 <= after <= BESIDE_REACH \
            and _only_joining_words(text[length_end:start.column - 1])
        behind = 0 <= before <= BESIDE_REACH \
            and not text[length_start - before:length_start].strip(" \t(,:")
        if ahead or behind:
            return start, end, "the range beside it"
    return None


def _only_joining_words(between: str) -> bool:
    """"from", "between", "(", ",": what stands between a length and its range after it."""
    return between.strip(" \t(,:").lower() in ("", "from", "between", "lasting from")


# where a sentence ends inside a line: a stop after a word, before a capital ("5th.Most",
# "down. The"), not the dots of "a.m.", "P.M.", "U.S." (whose letters stand alone: "9 A.M.
# EST") nor the dot of "approx. 5"
SENTENCE_STOP = LazyPattern(r"(?<=[A-Za-z0-9]{2})[.!?][\"'”’)]?[ \t]*+(?=[A-Z])")


def _in_its_sentence(ctx: Context, stated: StatedDuration, events: list[Event]
                     ) -> list[Event]:
    """The events (on the length's line) that stand in the length's own sentence: on a
    paragraph written as one line, another sentence's times tell another span ("... from 5
    PM on the 4th to 10:46 on the 5th.Most mail servers retry delivery for 24 hours", "...
    a 1hr 35 minute outage. On Friday the network was down from 8am till 2pm")."""
    if not ctx.timeline.lines or not 0 < stated.line <= len(ctx.timeline.lines):
        return events
    text = ctx.timeline.lines[stated.line - 1]
    return [e for e in events if _same_sentence(text, e.column - 1, stated.column - 1)]


def _same_sentence(text: str, one: int, other: int) -> bool:
    """No sentence ends between the two offsets of the line."""
    low, high = sorted((one, other))
    return SENTENCE_STOP.search(text, low, high) is None


# Only a log running over more than a day has a lead-up or an aftermath of days around
# what a length measures; in a shorter one some pair of a dozen entries fits most lengths.
DAY_SECONDS = 24 * 3600


def _inner_span_fits(ctx: Context, seconds: float, tolerance: float) -> bool:
    """Two of the timeline's moments are the stated length apart. The timeline's first entry
    and last resolution are only pmlint's guess at the span a length measures; when other
    entries fit it, the author may have measured between those (asked only of a log that
    runs over more than a day)."""
    nearest = nearest_span(ctx, seconds)
    return nearest is not None and abs(nearest[0] - seconds) <= tolerance


def _heading_window(ctx: Context, line: int) -> tuple[Event, Event, str] | None:
    """The window written in the nearest top heading (# or ##) above `line` ("## Incident
    1: ... (15:30-18:00 UTC)"), or None: a deeper heading's window is a phase's ("### Phase
    4: Root Cause Identified (~1:15-1:20 PM)")."""
    lines = ctx.timeline.lines
    for number in range(min(line, len(lines)) - 1, 0, -1):
        if not lines[number - 1].lstrip().startswith(("# ", "## ")):
            continue
        own = [e for e in ctx.analysis.on_line(number) if e.clock is not None
               and e.order_minutes is not None]
        starts = [e for e in own if e.part == "range-start"]
        ends = [e for e in own if e.part == "range-end"]
        return (starts[0], ends[0], "the heading's window") if starts and ends else None
    return None


def _window_field_beside(ctx: Context, stated: StatedDuration
                         ) -> tuple[Event, Event, str] | None:
    """A length field right beside a field that writes a window ("Date: May 28, 11:30 -
    May 29, 17:30" over "Duration: ~30 hours"): the length of that window, where a report
    gives several (the outage's, then each severity's, each with its own length)."""
    for number in (stated.line - 1, stated.line + 1):
        own = [e for e in ctx.analysis.on_line(number) if e.clock is not None
               and e.order_minutes is not None and e.source == "summary"]
        starts = [e for e in own if e.part == "range-start"]
        ends = [e for e in own if e.part == "range-end"]
        if len(starts) == 1 and len(ends) == 1:
            if starts[0] is ctx.analysis.window.start:
                return None  # the report's own window: measured as such, below
            return starts[0], ends[0], "the window beside it"
    return None


def _reference_span(ctx: Context, stated: StatedDuration) -> tuple[Event, Event, str] | None:
    same_line = _in_its_sentence(ctx, stated, [e for e in ctx.analysis.on_line(stated.line)
                                               if e.clock is not None
                                               and e.order_minutes is not None])
    starts = [e for e in same_line if (e.part == "range-start" or e.phase == "start")
              and not _recovery_range(ctx, e)]
    ends = [e for e in same_line if e.part == "range-end" or e.phase in ("end", "resolution")]
    if starts and ends:
        return starts[0], ends[-1], "the same sentence"
    if stated.cue == "duration" and (beside := _window_field_beside(ctx, stated)) is not None:
        return beside
    window = ctx.analysis.window
    record = record_of(ctx.timeline, stated) \
        if stated.cue == "duration" and not records(ctx.timeline) else None  # (a log's: below)
    if record is not None and record.end is not None and window.start is not record.start \
            and record.start.order_minutes is not None and record.end.order_minutes is not None \
            and same_axis(record.start, record.end):
        # "Started:", "Finished:", "Duration of incident: 13h 59m" above "Impact: 1h 3m of
        # total outage from 21:26 to 22:24": the length of its own record's fields, not of
        # the narrower impact window the summary writes
        return record.start, record.end, "the start and end fields above it"
    if window.end is None and (told := _start_told_with_it(ctx, stated, same_line)) is not None:
        return told
    if stated.cue == "duration" and window.end is None and window.start is not None \
            and window.start.kind == "field" \
            and (restored := _last_restoration_after(ctx, window.start)) is not None:
        # "Started: 17:38 UTC" and "Duration: 1 hour, 15 minutes", no end field: the length
        # runs from the stated start to the timeline's restoration, not from its first entry
        # (a field's length only: "a period of 2h reduced performance" tells a part)
        return window.start, restored, "the span from the stated start to the restoration"
    window = ctx.analysis.window
    incidents = incident_starts(ctx.timeline)
    if incidents and (window.start is None or not same_incident(incidents, stated.line,
                                                                window.start.line)):
        # an incident log: the document's window is another incident's; this one's own
        # record ("start: ... stop: ... length: 7.5 hours") measures the length it gives,
        # not its updates' words ("the plan is a 24-hour downtime") nor a field elsewhere
        own = incident_window(ctx.timeline, stated.line)
        record = next((r for r in records(ctx.timeline) if r.length is stated), None)
        if own.start is not None and own.end is not None \
                and _one_record(ctx, stated, own.start, own.end):
            window = own
        elif record is not None and record.end is not None and same_axis(record.start,
                                                                           record.end):
            # a planned downtime's record ("start:", "stop:", "length:" under a heading
            # that names maintenance): its own fields measure its length all the same
            window = Window(record.start, record.end)
        elif window.start is not None:
            return None
    headed = _heading_window(ctx, stated.line)
    if headed is not None and window.start is not None \
            and headed[0].line != window.start.line:
        # "## INCIDENT 1: validator updates (15:30-18:00 UTC)" over "Duration: 2 hours 30
        # minutes", the report's window being incident 2's: the heading's window is this one's
        return headed
    own = [e for e in ctx.analysis.on_line(stated.line) if e.clock is not None]
    if stated.cue == "duration" and own and window.start not in own \
            and window.end not in own:
        return None  # "Duration: 1 h 46 min (08:00 PM to 09:4+ PM)": its own span, unread
    # the days the length's own line writes ("At 9:45 PM February 6 2013, ... an 11 minute
    # outage" in a page of several notices): with a clock too, when the day is written
    days = {e.local[:10] for e in ctx.analysis.on_line(stated.line)
            if e.date is not None and e.date.day is not None and e.local[:4].isdigit()
            and (e.clock is None or e.date.month is not None)}
    if not days and ctx.timeline.lines:
        # "Total downtime: 64 hours" under "1. 2021-05-25 (64 hours)": that day's length
        days = _listed_days(ctx, stated.line, ctx.timeline.lines[stated.line - 1].lower())
    # "After 2 hours, service was fully restored": the time to the restoration, which may
    # come after a stated impact window closes ("about 1 hour (19:00 - 20:00) unusable"); it
    # is measured against the timeline's restorations only
    if window.start is not None and window.end is not None and window.start.clock is not None \
            and window.end.clock is not None and stated.cue != "after":
        if days and not days & {window.start.local[:10], window.end.local[:10]}:
            return None  # "down for 32 hours between April 21st and 22nd": another day's
        if not days and _other_months_named(ctx, stated.line, window):
            return None  # "a penalty in December 2024 after its call centre experienced a
            # 90-minute disruption", the window in August: another occasion's length
        if _entry_on_another_day(ctx, stated.line, window):
            return None
        if _one_leg_of_a_chain(ctx, window.end):
            return None  # "Partial outage from 1:27 PM to 2:23 PM, Operational from 2:23 PM
            # to 12:58 PM": a status history's first leg, not the span the length is of
        return window.start, window.end, "the stated window"
    entries = [e for _, e in ctx.analysis.entries
               if same_incident(incidents, e.line, stated.line)]
    while len(entries) > 1 and BASELINE_STATE.match(entries[0].text) is not None:
        entries = entries[1:]  # "14:00 - Normal operations (~115 tx/min)": the state before
    # "config reverted, checkout recovers": a mitigation whose words also say it came back
    resolved = [e for e in entries if e.phase == "resolution" or "resolution" in e.also]
    if entries and resolved and resolved[-1] is not entries[0]:
        broke = _broke_after_a_lead_up(ctx, entries, resolved[-1])
        if broke is not None:
            return broke, resolved[-1], "the timeline from the outage's start"
        return entries[0], resolved[-1], "the timeline"
    return None


def _broke_after_a_lead_up(ctx: Context, entries: list[Event], restored: Event
                           ) -> Event | None:
    """In a log with days of lead-up before the outage ("Jun-09 deploy staking contract", ...
    "Jun-19 02:21 Block production stopped"), the first entry a day or less before the
    restoration whose words say the service broke: where the outage's length runs from."""
    end = ctx.analysis.minutes(ctx.analysis.index_of(restored))
    first = ctx.analysis.minutes(ctx.analysis.index_of(entries[0]))
    if end is None or first is None or end - first <= DAY_SECONDS / 60:
        return None
    found = None
    for entry in entries:
        if entry is restored:
            break
        at = ctx.analysis.minutes(ctx.analysis.index_of(entry))
        if at is not None and 0 < end - at <= DAY_SECONDS / 60 and same_axis(entry, restored) \
                and BROKE.search(entry.text) is not None:
            found = found or entry
    return found


def _other_months_named(ctx: Context, line: int, window: Window) -> bool:
    """The length's line names months with their years ("in December 2024", "its November
    2023 outage"), none of them the stated window's: the length is another occasion's."""
    assert window.start is not None and window.end is not None
    if not ctx.timeline.lines or not 0 < line <= len(ctx.timeline.lines):
        return False
    text = ctx.timeline.lines[line - 1]
    if not has_month_name(text.lower()):
        return False
    named = {f"{m.group('y')}-{MONTHS[m.group('m').lower()[:3]]:02d}"
             for m in MONTH_YEAR_RE.finditer(text)}
    return bool(named) and not named & {window.start.local[:7], window.end.local[:7]}


def _entry_on_another_day(ctx: Context, line: int, window: Window) -> bool:
    """The length is told in a timeline entry dated (by its own date or a day's line above
    it) outside the stated window's days: "12:10am: an 8 minute downtime" under "2019-4-23"
    in a network's status log, the window a notice of 16 February's: another day's story."""
    assert window.start is not None and window.end is not None
    low, high = sorted((window.start.local[:10], window.end.local[:10]))
    if not (low[:4].isdigit() and high[:4].isdigit()):
        return False
    days = {e.local[:10] for e in ctx.analysis.on_line(line) if e.source == "timeline"
            and e.clock is not None and e.local[:4].isdigit()
            and ((e.date is not None and e.date.day is not None)
                 or any(p.what == "date" for p in e.provenance))}
    return bool(days) and all(not low <= day <= high for day in days)


# "at 18:52 UTC the site experienced a 7 minute ...": the time the sentence gives is when
# the failure it measures began
EXPERIENCED = LazyPattern(r"[^.;]{0,60}?\b(?:experienced|suffered|had|saw)[ \t]++(?:an?|one)"
                          r"[ \t]++", re.IGNORECASE)


def _start_told_with_it(ctx: Context, stated: StatedDuration, same_line: list[Event]
                        ) -> tuple[Event, Event, str] | None:
    """"At roughly 18:52 UTC the site experienced a 7 minute cascading failure": the line
    gives the length's start, and the timeline its restoration (the last, after that start);
    the span between them is the one the length tells. Only with no stated end."""
    before = [e for e in same_line if e.column < stated.column]
    if len(same_line) != 1 or len(before) != 1 or not ctx.timeline.lines:
        return None
    start = before[0]
    text = ctx.timeline.lines[stated.line - 1]
    if EXPERIENCED.fullmatch(text, start.column - 1 + len(start.written),
                             stated.column - 1) is None:
        return None
    end = _last_restoration_after(ctx, start)
    if end is None:
        return None
    return start, end, "the span from the start its line gives to the timeline's restoration"


def _last_restoration_after(ctx: Context, start: Event) -> Event | None:
    """The timeline's latest restoration after `start`, on the same axis, if any."""
    restored = [(m, e) for i, e in ctx.analysis.entries if restores(e) and same_axis(e, start)
                and (m := ctx.analysis.minutes(i)) is not None
                and start.order_minutes is not None and m > start.order_minutes]
    if not restored:
        return None
    return max(restored, key=lambda pair: pair[0])[1]


RULE = Rule(code="PM301", name="duration-mismatch", severity="warning",
            summary="A stated duration that disagrees with the start and end.", check=check,
            doc=__doc__ or "", options={"relative_tolerance": 0.10})
