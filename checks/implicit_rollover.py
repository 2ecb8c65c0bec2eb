"""implicit-rollover: times go backwards with no date, so the reader must guess a new day.

"10:00 PM" then "08:45 AM" with no date: pmlint assumes the next morning, and so must the
reader (in a timeline written newest first, 00:10 then 23:50 is the evening before). Write
the date when a timeline crosses midnight. When flipping AM/PM explains the jump better,
ampm-flip reports it instead; when the stated window gives both dates ("May 9, 22:00 -
May 10, 01:00"), or is written across midnight ("from 10:30 PM to 8:30 AM"), and the entry
falls inside it, the reader has nothing to guess; nor after an entry whose own note says
its day ("23:29 (previous day)"), or one that writes its date, the day before the one the
document dates the incident, when the entry after it is back on the document's day; nor
for "midnight" in words after an evening entry, the only midnight after it; nor when the
same moment is told elsewhere in the document with its day written; nor when the incident's
end is written with its day ("Resolved: 10/08/2024 1:15 AM") and the entry falls on that day
by that end.

Fails::

    - 10:00 PM UTC: rollback
    - 08:45 AM UTC: root cause found

Passes::

    - May 10, 2023 10:00 PM UTC: rollback
    - May 11, 2023 08:45 AM UTC: root cause found
"""

from __future__ import annotations

from collections.abc import Iterator

from pmlint.checks.base import Problem, Rule
from pmlint.checks.context import Context
from pmlint.timeline.model import Event
from pmlint.timeline.provenance import render, rollover


def check(ctx: Context) -> Iterator[Problem]:
    flips = ctx.analysis.flips
    previous: Event | None = None
    for index, event in ctx.analysis.entries:
        before, previous = previous, event
        if index in flips:
            continue
        step = rollover(event.provenance)
        if step is None:
            continue
        if _after_flip(index, ctx) or _inside_dated_window(event, ctx) \
                or _inside_overnight_window(event, ctx) or _after_a_day_note(before) \
                or _back_to_the_documents_day(before, event, ctx) \
                or _midnight_after_the_evening(before, event) \
                or _day_written_elsewhere(event, ctx) \
                or (step.days > 0 and _by_an_end_written_with_its_day(event, ctx)):
            continue
        newest_first = step.days < 0
        note = render(step)
        day = (event.local[:10] if event.local[:4].isdigit()
               else "the previous day" if newest_first else "the next day")
        step = "later" if newest_first else "earlier"
        yield Problem(event.line, event.column,
                      f"{event.written} has no date and is {step} than the entry before it; "
                      f"pmlint assumed {day} ({note})",
                      suggestion=f"write the date: {day} {event.written}"
                      if event.local[:4].isdigit() else "write the date")


def _by_an_end_written_with_its_day(event: Event, ctx: Context) -> bool:
    """The incident's end is written with its day ("Resolved: 10/08/2024 1:15 AM", "until
    1:15 AM EDT on October 8") and the entry rolled onto that day falls by it ("12:20 AM"
    after "11:30 PM"): the reader is told the night ran into that morning."""
    if event.at is None:
        return False
    return any(end.source == "summary" and end.phase in ("end", "resolution")
               and end.clock is not None and end.at is not None and end.date is not None
               and end.date.day is not None
               and not any(note.what == "date" for note in end.provenance)
               and end.local[:10] == event.local[:10] and event.at <= end.at
               for end in ctx.timeline.events)


def _after_a_day_note(before: Event | None) -> bool:
    """The entry before said its own day ("~23:29 (previous day)", then "10:00"): the night
    between them is told, and the entry after it on the document's day leaves nothing to
    guess."""
    return before is not None and any(note.what == "date" and note.how == "day-note"
                                      for note in before.provenance)


def _day_written_elsewhere(event: Event, ctx: Context) -> bool:
    """The same moment is told elsewhere with its day written ("00:09" in a time-only table,
    "Oct 23, 00:09 EDT: git reset" in the account below it): the reader is told the day."""
    if event.at is None:
        return False
    return any(other is not event and other.at is not None and other.at == event.at
               and other.date is not None and other.date.day is not None
               for other in ctx.timeline.events)


EVENING = 18 * 60  # minutes of the day from which an entry is in the evening


def _midnight_after_the_evening(before: Event | None, event: Event) -> bool:
    """"Midnight" written in words after an evening entry ("11:50 PM", then "midnight"): the
    midnight that ends that day, the only one after it; nothing to guess."""
    if before is None or "midnight" not in event.written.lower():
        return False
    evening = _minute_of_day(before)
    return evening is not None and evening >= EVENING and _minute_of_day(event) == 0


def _back_to_the_documents_day(before: Event | None, event: Event, ctx: Context) -> bool:
    """The entry before wrote its own date, the day before the one the document dates the
    incident ("Billing overrun, Nov 3" over "11:40 PM (Nov 2)", then "1:15 AM"): the author
    dated the one entry off the document's day, and the next is back on it."""
    if before is None or before.date is None or event.source != "timeline" \
            or any(note.what == "date" for note in before.provenance) \
            or before.local[:10] == event.local[:10]:
        return False
    day = event.local[:10]
    return any(e.source == "summary" and e.clock is None and e.date is not None
               and e.line < before.line and e.local[:10] == day
               and not any(note.what == "date" for note in e.provenance)
               for e in ctx.timeline.events)


def _inside_dated_window(event: Event, ctx: Context) -> bool:
    """"Duration: May 9, 22:00 - May 10, 01:00" already tells the reader the night crossed
    midnight: an entry rolled into that window leaves nothing to guess."""
    window = ctx.analysis.window
    start, end = window.start, window.end
    if (start is None or end is None or start.date is None or end.date is None
            or start.at is None or end.at is None or event.at is None):
        return False
    return start.at.date() != end.at.date() and start.at <= event.at <= end.at


def _inside_overnight_window(event: Event, ctx: Context) -> bool:
    """"From 10:30 PM to 8:30 AM" says the night crossed midnight as plainly as dates
    would: an entry after midnight and by the window's end leaves nothing to guess."""
    window = ctx.analysis.window
    start, end = window.start, window.end
    if start is None or end is None or start.clock is None or end.clock is None:
        return False
    begins, ends, here = (_minute_of_day(e) for e in (start, end, event))
    if begins is None or ends is None or here is None or ends >= begins:
        return False  # not written as a range across midnight
    return here <= ends


def _minute_of_day(event: Event) -> int | None:
    clock = event.local.partition("T")[2][:5]
    if len(clock) != 5 or not clock.replace(":", "").isdigit():
        return None
    return int(clock[:2]) * 60 + int(clock[3:])


def _after_flip(index: int, ctx: Context) -> bool:
    """The first entry after a flipped run rolls over only because of the wrong reading."""
    n = ctx.analysis.position(index)
    if n == 0:
        return False
    previous = ctx.analysis.entries[n - 1][0]
    if previous not in ctx.analysis.flips:
        return False
    value, before = ctx.analysis.minutes(index), ctx.analysis.minutes(previous)
    return value is not None and before is not None and value >= before


RULE = Rule(code="PM202", name="implicit-rollover", severity="warning",
            summary="Times go backwards with no date, leaving the reader to guess a new day.",
            check=check, doc=__doc__ or "")
