"""Stated response times ("Time to recovery: 399 minutes", "Resolution time: 2 h") against
the timeline.

Part of duration-mismatch, kept apart because it reads differently: a metric names its own
span (detection, recovery, ...), but postmortems measure it from different starts (the
impact, the first entry, the detection) to different ends (mitigation, restoration,
closing), and pmlint's reading of phases is not sure enough to insist on one. So every pair
of moments is tried, and only a figure that no pair comes near is reported.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from pmlint.checks.base import Problem
from pmlint.checks.context import Context
from pmlint.checks.words import at_line, span
from pmlint.timeline.casefold import fold
from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.model import Event
from pmlint.timeline.reading import same_axis

METRIC_RE = re.compile(
    r"(?<![A-Za-z])(?:(?:mean[ \t]++)?time[ \t]++to[ \t]++(?P<name>detect(?:ion)?|recover(?:y)?"
    r"|resol(?:ve|ution)|restor(?:e|ation)|mitigat(?:e|ion)|acknowledge?(?:ment)?|repair)"
    r"|M?TT(?P<abbr>[DRMA]))(?![A-Za-z])[^:=|\n]{0,12}[ \t]*+"
    # "Time to recovery: 3 hours", and in a sentence, "total time to recovery was 3 hours";
    # in a table, the figure in the next cell ("| Time to detect | 17 minutes |")
    r"(?:[:=]|(?<=[ \t])(?:was|is|of)(?![A-Za-z])|(?<![|])\|(?![|]))[ \t*_]*+",
    re.IGNORECASE,
)
# The same figure named by its end and "time" ("Resolution Time: 4 hours 30 minutes", "Total
# recovery time: 90 min", "| Detection time | 12 minutes |"); a clock after it is no figure
NAMED_TIME_RE = LazyPattern(
    r"(?<![A-Za-z])(?:total[ \t]++)?(?P<name>resolution|recovery|restoration|mitigation"
    r"|detection|acknowledge?ment|repair)[ \t]++time(?![A-Za-z])[ \t*_]*+"
    r"(?:[:=]|(?<![|])\|(?![|]))[ \t*_]*+", re.IGNORECASE)
# What METRIC_RE's spelled-out names need, in the folded line: a cheap search (it skips to
# "time") before the IGNORECASE one, which is tried at every position of the line
TIME_TO = re.compile(r"time[ \t]++to[ \t]")
# "5h 8m", "2 hours 41 minutes": hours and the minutes past them, a figure counted, not rounded
TO_THE_MINUTE = LazyPattern(r"\d[ \t]*+h(?:ours?|rs?)?[ \t,]*+(?:and[ \t]++)?\d{1,2}[ \t]*+m",
                            re.IGNORECASE)
COUNTED_TOLERANCE = 120.0  # seconds: the milestones' own seconds, left off, and one more
KINDS = {"detect": "detection", "recover": "recovery", "resol": "recovery",
         "restor": "recovery", "repair": "recovery", "mitigat": "mitigation",
         "acknowledg": "acknowledgement", "D": "detection", "R": "recovery",
         "M": "mitigation", "A": "acknowledgement"}


def stated_metrics(ctx: Context, tolerance_for: Callable[[float, str, bool], float]
                   ) -> Iterator[Problem]:
    """`tolerance_for(seconds, unit, approximate)` is duration-mismatch's own tolerance."""
    from pmlint.timeline.durations import scan_durations

    heads: list[int] | None = None
    lines = ctx.timeline.lines
    # (folding changes one character for one, never a newline, and no line holds one)
    folded_lines = fold(ctx.analysis.text).split("\n")
    # METRIC_RE needs "time" and "to", or "ttd", "ttr", "ttm", "tta": most lines lack both
    # (and hold neither "time" nor "tt", tested first, without a call); and a ":" or "="
    # after the name, which prose about the time it took to recover lacks
    for number, (line, folded) in enumerate(zip(lines, folded_lines, strict=False), start=1):
        if "time" not in folded and "tt" not in folded:
            continue
        # (NAMED_TIME_RE's names end "...on", "...ry", "...nt" or "...ir" before " time")
        named = NAMED_TIME_RE.search(line) if "on time" in folded or "ry time" in folded \
            or "nt time" in folded or "ir time" in folded else None
        if named is None:
            if ("to" not in folded or "time" not in folded) and not _may_abbreviate(folded):
                continue
            if ":" not in line and "=" not in line and "|" not in line \
                    and " was " not in folded and " is " not in folded and " of " not in folded:
                continue
            if TIME_TO.search(folded) is None and not _may_abbreviate(folded):
                continue  # "time ... to" apart, "at a time to be set": METRIC_RE cannot match
        m = named or METRIC_RE.search(line)
        if m is None or number in ctx.timeline.code_lines:
            continue
        office = counted_in_office_hours(line)
        hours = _office_hours(line) if office else None
        if office and hours is None:
            continue  # counted in office hours it does not give: no span to count them in
        found = scan_durations(line[m.end():], in_duration_field=True)
        if not found:
            continue
        stated = found[0]
        name = m.group("name") or m.group("abbr") or ""
        kind = KINDS[name.upper()] if len(name) == 1 else next(
            v for k, v in KINDS.items() if name.lower().startswith(k))
        if heads is None:
            heads = _heading_lines(ctx)  # once per document, and only if it states a metric
        local = _section_moments(ctx, number, heads)
        if m.group(0).lower().startswith(("mean", "average")) and not local \
                and _sections_with_moments(ctx, heads) > 1:
            continue  # "Mean Time To Repair: 1h 8m" over a log of incidents: their average
        if hours is not None:
            if len(local) < 2:
                continue  # office hours counted over which milestones, pmlint cannot tell
            nearest = _nearest_office_span(local, stated.seconds, hours)
        else:
            nearest = nearest_span(ctx, stated.seconds, local)
        if nearest is None:
            continue
        seconds, start, end = nearest
        tolerance = tolerance_for(stated.seconds, stated.unit, stated.approximate)
        if len(local) >= 2 and not stated.approximate and TO_THE_MINUTE.search(stated.written):
            # "Time to repair: 5h 8m" beside its milestones: counted between them to the
            # minute, not rounded, so 5 h 12 min between them is another figure
            tolerance = min(tolerance, COUNTED_TOLERANCE)
        if abs(seconds - stated.seconds) <= tolerance:
            continue
        if kind == "detection" and len(local) < 2 and _opens_on_detection(ctx):
            continue  # the log opens on the report: the impact's start, where the time to
            # detect is counted from, is not in it, so no pair can check the figure
        column = m.end() + stated.start + 1
        yield Problem(number, column,
                      f'stated time to {kind} "{stated.written}" ({span(stated.seconds)}) fits '
                      f"no start and end in the timeline; the nearest is {span(seconds)}"
                      f"{' of office hours' if hours is not None else ''}, from "
                      f"{at_line(start)} to {at_line(end)}",
                      end_column=column + len(stated.written), related_line=end.line,
                      suggestion=f"check the figure, or the timeline's {kind} entry")


def _opens_on_detection(ctx: Context) -> bool:
    """The timeline's first moment is its detection ("11:27 User reported wrong labels"):
    what happened before anyone noticed is not written down."""
    moments = [(m, e) for m, e in ((ctx.analysis.minutes(i), e)
                                   for i, e in ctx.analysis.entries) if m is not None]
    start = ctx.analysis.window.start
    if start is not None and start.order_minutes is not None:
        moments.append((start.order_minutes, start))
    moments.extend((e.order_minutes, e) for e in ctx.timeline.events
                   if e.field_name is not None and e.clock is not None
                   and e.order_minutes is not None)
    if not moments:
        return False
    first = min(m for m, _ in moments)
    return all(e.phase == "detection" for m, e in moments if m == first)


# "Time to resolve: 5h 09m (during support hours 10:00-17:00)": a figure counted only in
# the hours someone was on duty, not the wall-clock span the entries give
OFFICE_HOURS = LazyPattern(r"(?<![a-z])(?:support|business|working|office|core|staffed)"
                           r"[ \t]++hours(?![a-z])")


def counted_in_office_hours(line: str) -> bool:
    """The line says its length is counted in office hours only (see OFFICE_HOURS)."""
    lowered = line.lower()
    return "hours" in lowered and OFFICE_HOURS.search(lowered) is not None


# "during support hours 10:00-17:00 M-F": the hours of the day counted, and on which days
OFFICE_WINDOW = LazyPattern(r"(?<![0-9])(?P<h1>[01]?\d|2[0-3]):(?P<m1>[0-5]\d)[ \t]*+(?:-|–|to)"
                            r"[ \t]*+(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?![0-9])")
WEEKDAYS_ONLY = LazyPattern(r"(?<![a-z])(?:m-f|mon(?:day)?[ \t]*+(?:-|–|to)[ \t]*+fri(?:day)?"
                            r"|weekdays?|working[ \t]++days?|business[ \t]++days?)(?![a-z])",
                            re.IGNORECASE)


def _office_hours(line: str) -> tuple[int, int, bool] | None:
    """The office hours a line counts its figure in, as the minute of the day they open and
    close and whether only weekdays count ("support hours 10:00-17:00 M-F": 600, 1020,
    True); None when the line gives no hours."""
    m = OFFICE_WINDOW.search(line)
    if m is None:
        return None
    opens = int(m.group("h1")) * 60 + int(m.group("m1"))
    closes = int(m.group("h2")) * 60 + int(m.group("m2"))
    if closes <= opens:
        return None
    return opens, closes, WEEKDAYS_ONLY.search(line) is not None


def _office_seconds(start: str, end: str, hours: tuple[int, int, bool]) -> float | None:
    """The seconds of office hours between two wall-clock readings ("2020-08-07T15:51" to
    "2020-08-14T10:06", hours 10:00-17:00 on weekdays: 29 h 15 min)."""
    import datetime as dt

    try:
        a, b = dt.datetime.fromisoformat(start[:16]), dt.datetime.fromisoformat(end[:16])
    except ValueError:
        return None
    if b <= a or (b - a).days > 366:
        return None
    opens, closes, weekdays = hours
    total = 0.0
    day = a.date()
    while day <= b.date():
        if not weekdays or day.weekday() < 5:
            midnight = dt.datetime.combine(day, dt.time())
            lo = max(a, midnight + dt.timedelta(minutes=opens))
            hi = min(b, midnight + dt.timedelta(minutes=closes))
            total += max(0.0, (hi - lo).total_seconds())
        day += dt.timedelta(days=1)
    return total


def _nearest_office_span(local: list[tuple[float, Event]], seconds: float,
                         hours: tuple[int, int, bool]) -> tuple[float, Event, Event] | None:
    """Of the milestones' pairs, the one whose office hours come nearest the figure."""
    best: tuple[float, Event, Event] | None = None
    for _, start in local:
        for _, end in local:
            if not start.local[:4].isdigit() or not end.local[:4].isdigit() \
                    or not same_axis(start, end):
                continue
            counted = _office_seconds(start.local, end.local, hours)
            if counted is not None and counted > 0 and (
                    best is None or abs(counted - seconds) < abs(best[0] - seconds)):
                best = (counted, start, end)
    return best


def _may_abbreviate(folded: str) -> bool:
    """The folded line may hold "MTTR", "TTD" and the like ("attempt" and "settings" hold
    "tt" but none of these)."""
    return "tt" in folded and ("ttd" in folded or "ttr" in folded or "ttm" in folded
                               or "tta" in folded)


def _heading_lines(ctx: Context) -> list[int]:
    return [n for n, line in enumerate(ctx.timeline.lines, start=1)
            if line.startswith("#") and n not in ctx.timeline.code_lines]


def _section_moments(ctx: Context, line: int, heads: list[int]) -> list[tuple[float, Event]]:
    """The timed summary lines of the section a metric is in ("- First detected 2020-09-21
    18:27", "- Repaired 19:05" above "Time to repair: 38m"): an incident log's own
    milestones, which its figures are measured between. A text with no headings has no
    section of its own: its summary's times are the whole document's, no milestones beside
    the figure ("Time To Detect: 10 min" under a plain-text report's window and timeline)."""
    if not heads:
        return []
    top = max((n for n in heads if n <= line), default=0)
    bottom = min((n for n in heads if n > line), default=len(ctx.timeline.lines) + 1)
    return [(e.order_minutes, e) for e in ctx.timeline.events
            if top <= e.line < bottom and e.source == "summary" and e.clock is not None
            and e.order_minutes is not None]


def _sections_with_moments(ctx: Context, heads: list[int]) -> int:
    timed = {max((n for n in heads if n <= e.line), default=0) for e in ctx.timeline.events
             if e.clock is not None and e.order_minutes is not None}
    return len(timed)


def nearest_span(ctx: Context, seconds: float,
                 local: list[tuple[float, Event]] | None = None
                 ) -> tuple[float, Event, Event] | None:
    """The span between two moments of the timeline (or its stated window, its header
    fields, or `local` moments: the milestones beside the figure) closest to the stated
    figure. Any pair counts: documents name their starts and ends too loosely for pmlint to
    insist on one, so only a figure that no pair comes near is reported. Two or more
    milestones beside the figure ("First detected", "Repaired", "Resolved" over "Time to
    resolve: 35h 36m") are what it is measured between: the log's entries in between, days
    of them, are not."""
    if local is not None and len(local) >= 2:
        moments = list(local)
    else:
        moments = [(m, e) for m, e in ((ctx.analysis.minutes(i), e)
                                       for i, e in ctx.analysis.entries) if m is not None]
        moments.extend(local or ())
        window = ctx.analysis.window
        for event in (window.start, window.end):
            if event is not None and event.order_minutes is not None:
                moments.append((event.order_minutes, event))
        # the header's own moments ("Date/time: 2016-11-07 21:30" opening the outage)
        moments.extend((e.order_minutes, e) for e in ctx.timeline.events
                       if e.field_name is not None and e.clock is not None
                       and e.order_minutes is not None)
    if len(moments) < 2:
        return None
    moments.sort(key=lambda pair: pair[0])
    values = [m for m, _ in moments]
    target = seconds / 60
    best: tuple[float, Event, Event] | None = None
    for a, start in moments:
        k = bisect.bisect_left(values, a + target)
        for b, end in moments[max(0, k - 1):k + 1]:
            if b <= a or not same_axis(start, end):
                continue
            length = (b - a) * 60
            if best is None or abs(length - seconds) < abs(best[0] - seconds):
                best = (length, start, end)
    return best
