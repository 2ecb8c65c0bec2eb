"""Timeline entries far outside the stated impact window: part of summary-mismatch.

Reviewers call a detection hours before the stated start, or a last restoration days from
the stated end, what it is: the summary and the timeline disagree. The comparison is kept
here, apart from the summary's other checks, because it reasons about the window as a whole.

The summary or header states when the impact began and ended. A detection entry well
before that start, or a last restoration entry days before that end, means one of them
is wrong. Small differences are compared moment by moment (summary_mismatch); here, an
hour or more before the start, and restoration finished long before the stated end (more
than half a day and a quarter of the window: within half a day, the stated end is compared
with the last restoration there, and one finding is enough; an end dated whole days
after the restoration at its very time of day is a day reported there too). So is a last
restoration more than that after the stated end, on a day the timeline writes ("June 20,
10:30 PM", then "2:00 AM: resolved", over a window ending June 20, 2:00 AM), unless the
window's date is reported; a day pmlint assumed past midnight may be its
own slip, not the author's; so may be a window written with no date that ends whole days
after the restoration at about its hour. A stated start with
no date of its own ("from around 6pm") more than 12 hours after the detection is read as
the evening before. A timeline that opens with a detection at the start's very wall-clock
time under another zone ("from 14:00 UTC" over "14:00 GMT+01:00") has a zone written
wrong on one side, which tz-mixed reports. A detection inside another window the summary
states (a report of two incidents gives a window for each) is that window's, and so is a
last restoration inside it; one near an
earlier occurrence the start's own line gives ("1:23 PM initial, 4:07-4:50 PM second") is
that occurrence's. A last restoration long before the stated end is no contradiction when
another line tells a step that runs up to that end (the repair went on after the service
came back).
"""

from __future__ import annotations

from collections.abc import Iterator

from pmlint.checks.base import Problem
from pmlint.checks.context import Context
from pmlint.checks.summary_mismatch import end_dated_days_after, window_day_reported
from pmlint.checks.words import at_line, instant, span
from pmlint.timeline.model import Event
from pmlint.timeline.reading import restores, same_axis, zone_unknown_between
from pmlint.timeline.scopes import incident_starts, same_incident

DAY = 24 * 60.0
ABOUT_ITS_HOUR = 60.0  # an undated window's end this near the restoration's time of day
RESTORED = ("restor", "recovered", "back online", "back to normal", "fully operational",
            "resolved", "solved", "fixed")


def _comparable(ctx: Context, a: Event, b: Event) -> bool:
    """Two times on one axis, neither a front matter's stamp against a time whose zone was
    only borrowed from it."""
    return same_axis(a, b) and not zone_unknown_between(a, b, ctx.analysis.front_matter)


def entries_outside(ctx: Context, dated: frozenset[int] = frozenset()) -> Iterator[Problem]:
    """`dated`: lines whose date summary-mismatch's other checks already dispute ("the
    document dates the incident March 3, the stated window March 7"); a day or more between
    such a line's window and the timeline is that date's report, not another."""
    window = ctx.analysis.window
    start, end = window.start, window.end
    s = start.order_minutes if start is not None and start.clock is not None else None
    e = end.order_minutes if end is not None and end.clock is not None else None
    if start is not None and end is not None and not same_axis(start, end):
        s = e = None
    if s is not None and e is not None and e < s:
        return  # a window that ends before it starts measures nothing (end-before-start)
    entries = ctx.analysis.entries
    anchor = start or end
    incidents = incident_starts(ctx.timeline)
    if anchor is not None and incidents:
        # an incident log: the window is one incident's, measured against its entries only
        entries = [(i, ev) for i, ev in entries
                   if same_incident(incidents, ev.line, anchor.line)]
    if s is not None and start is not None:
        early = ctx.options["early_detection_minutes"]
        for index, event in entries:
            if event.phase != "detection" and "detection" not in event.also:
                continue
            value = ctx.analysis.minutes(index)
            if (start.date is None and (start.local[:1].isdigit() or start.local[:2] == "--")
                    and value is not None
                    and DAY / 2 < s - value < DAY):
                break  # "from around 6pm", its date carried from elsewhere: the evening before
            if event.local == start.local and event is entries[0][1] and event.at is not None \
                    and start.at is not None and event.at.utcoffset() != start.at.utcoffset():
                break  # the start's very wall clock under another zone: tz-mixed's finding
            if value is not None and _in_another_window(ctx, value, start, early):
                break  # "Second incident (23:15-02:43)", "First incident (15:30-18:00)"
            if value is not None and _near_an_earlier_occurrence(ctx, value, start, early):
                break  # "~40 min (1:23 PM initial, 4:07-4:50 PM second occurrence)"
            if value is not None and _comparable(ctx, event, start) and s - value >= early \
                    and not (start.line in dated and s - value >= DAY / 2):
                yield Problem(event.line, event.column,
                              f"{event.written} is a detection {span((s - value) * 60)} before "
                              f"the stated start {at_line(start)}",
                              related_line=start.line,
                              suggestion="correct the stated start or the entry's time")
            break  # only the first detection
    if e is not None and end is not None and end_dated_days_after(ctx) is None \
            and end.line not in dated:
        # (an end dated whole days after the restoration, at its very time of day, is a
        # date summary-mismatch reports)
        restored = [(i, ev) for i, ev in entries
                    if restores(ev) and any(w in ev.text.lower() for w in RESTORED)]
        if not restored:
            return
        # the latest restoration by time, not the last listed (a status log lists newest first)
        timed = [(value, i, ev) for i, ev in restored
                 if (value := ctx.analysis.minutes(i)) is not None]
        if not timed:
            return
        _, index, last = max(timed, key=lambda found: found[0])
        value = ctx.analysis.minutes(index)
        length = (e - s) if s is not None else 0
        threshold = max(ctx.options["early_restore_minutes"], 0.25 * length)
        if value is not None and s is not None and _comparable(ctx, last, end) \
                and value - e > threshold and end.line < last.line \
                and _day_written(entries, last) and not window_day_reported(ctx) \
                and not _restored_at_the_end(ctx, entries, e, threshold) \
                and not (start is not None and _in_another_window(ctx, value, start, 0)):
            # (a summary that states two windows, "from 15:10 to 15:35, and from 09:10 to
            # 13:50" the next day: a restoration inside the second is the second's)
            # restoration finished long after the stated end ("June 19, 7:00 AM - June 20,
            # 2:00 AM" over "June 21 02:00: issue resolved"): within half a day,
            # summary-mismatch compares the two
            yield _off_the_end(last, end, value - e, "after",
                               "if the impact lasted until then, correct the stated end; "
                               "otherwise correct the entry's date or time")
        if value is not None and _comparable(ctx, last, end) and e - value > threshold \
                and not _undated_a_day_off(start, end, e - value, threshold) \
                and not _same_wall_clock_hours_apart(last, end, e - value) \
                and not _a_step_runs_to_the_end(ctx, end, e):
            yield _off_the_end(last, end, e - value, "before",
                               "if restoration was complete then, correct the stated end; "
                               "otherwise add the later restoration entries")


def _a_step_runs_to_the_end(ctx: Context, end: Event, e: float) -> bool:
    """Another line tells a step that runs up to the stated end ("09:00 - Sunday 03:45
    Repairing machines & services" under a window "through to Sunday 03:45am"): the window
    closes with that work, after the service came back; no restoration is contradicted."""
    return any(ev.part == "range-end" and ev.line != end.line and ev.order_minutes is not None
               and abs(ev.order_minutes - e) <= 1.0 and _comparable(ctx, ev, end)
               for ev in ctx.timeline.events)


def _undated_a_day_off(start: Event | None, end: Event, before: float,
                       threshold: float) -> bool:
    """A window written with no date ("overnight (8 PM - 11:30 AM UTC)") that pmlint dated,
    ending whole days after the restoration at about its time: the day is pmlint's guess,
    and a day earlier the window fits; no contradiction the author wrote."""
    if end.date is not None or (start is not None and start.date is not None):
        return False
    days = round(before / DAY)
    return days >= 1 and abs(before - days * DAY) <= min(threshold, ABOUT_ITS_HOUR)


def _same_wall_clock_hours_apart(last: Event, end: Event, minutes: float) -> bool:
    """The restoration and the stated end at the same wall clock ("12:40A" both), hours but
    not whole days apart: one side took its zone or day from another line (a schedule's "CST"
    carried onto the timeline), not a window the author got wrong."""
    return last.clock is not None and end.clock is not None \
        and (last.clock.hour, last.clock.minute) == (end.clock.hour, end.clock.minute) \
        and round(minutes) % DAY != 0


def _off_the_end(last: Event, end: Event, minutes: float, side: str, suggestion: str
                 ) -> Problem:
    """The last restoration entry, `minutes` `side` ("after", "before") the stated end."""
    return Problem(last.line, last.column,
                   f"the last restoration entry, {at_line(last)} at {instant(last)}, "
                   f"is {span(minutes * 60)} {side} the stated end "
                   f"{at_line(end)}, {instant(end)}",
                   related_line=end.line, suggestion=suggestion)


def _restored_at_the_end(ctx: Context, entries: list[tuple[int, Event]], end: float,
                         threshold: float) -> bool:
    """Some restoration entry agrees with the stated end ("18:15 full recovery confirmed"):
    a later one belongs to a later episode (a follow-up the next day, resolved at 23:30)."""
    return any(restores(event) and (value := ctx.analysis.minutes(index)) is not None
               and abs(value - end) <= threshold for index, event in entries)


def _day_written(entries: list[tuple[int, Event]], last: Event) -> bool:
    """The restoration's day is the author's: it, or a timeline entry above it, writes a
    date ("June 20, 2024, 10:30 PM", then "2:00 AM"). A day pmlint carried from the stated
    window or assumed past midnight may be its own slip, not the author's."""
    return any(event.date is not None and event.date.day is not None
               for _, event in entries if event.line <= last.line)


def _in_another_window(ctx: Context, value: float, start: Event, early: float) -> bool:
    """The detection falls in another window the summary states (a report of two incidents
    lists both: "Second incident (23:15-02:43 UTC)", "First incident (15:30-18:00 UTC)"):
    measured against the first-listed window only, it would look early. The window told
    again at the same clock time on another date is no other window: a date slipped."""
    events = ctx.timeline.events
    for i, first in enumerate(events[:-1]):
        second = events[i + 1]
        if first is start or first.source != "summary" or first.part != "range-start" \
                or second.part != "range-end" or second.line != first.line \
                or first.clock is None or second.clock is None \
                or first.order_minutes is None or second.order_minutes is None \
                or not _comparable(ctx, first, start):
            continue
        if start.clock is not None and (first.clock.hour, first.clock.minute) == (
                start.clock.hour, start.clock.minute):
            continue  # the same window told again, on another date: one of them slipped
        if first.order_minutes - early < value <= second.order_minutes:
            return True
    return False


def _near_an_earlier_occurrence(ctx: Context, value: float, start: Event, early: float
                                ) -> bool:
    """The line that states the start also gives an earlier time, an earlier occurrence of
    the incident ("Duration: ~40 min (1:23 PM initial, 4:07-4:50 PM second occurrence)"),
    and the detection lies within the early margin of it: the window is the second
    occurrence's, not the whole incident's."""
    return any(other.line == start.line and other is not start and other.clock is not None
               and other.order_minutes is not None and start.order_minutes is not None
               and other.order_minutes < start.order_minutes and _comparable(ctx, other, start)
               and value > other.order_minutes - early
               for other in ctx.timeline.events)
