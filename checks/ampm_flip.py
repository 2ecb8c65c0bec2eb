"""ampm-flip: a 12-hour time whose AM/PM is evidently wrong.

An entry is flagged when reading it with the other meridiem restores the timeline's order
(10:45 AM right after 10:00 PM, where 10:45 PM lands 45 minutes later) or puts it inside
the window the summary states, and the next entry agrees. A last entry that reads as the
next morning ("6:40 PM", then "8:15 AM" at the end) is a warning that says so, unless the
window settles it: nothing after it says which reading is the slip. One finding per wrong
entry, with the corrected time as the suggestion. An entry with a written date is corrected only
when it stands about 12 hours out of order on that date and the other reading puts it in
order between its neighbours: a date makes a forward jump of half a day deliberate. In a
log listed newest first, as status pages list updates, such an entry is read from the bottom
up, against the update below it; and a resolution ("Resolved", 06:45 AM) listed above the
update that opened its incident on the same date ("Investigating", 09:57 AM), yet earlier,
is a flip of whichever of the two the other AM/PM alone puts in order (none when either
would). A
summary range whose end would run past midnight ("from ~11 AM to 12:30 AM") over a
timeline that ends at the other reading (12:30 PM) is a flip of that end; so is a range
half a day off the length its own sentence states to the minute ("down for 28 minutes,
from 11:37 am to 12:05 am"), where the other AM/PM of its end at twelve gives exactly that
length (with no end at twelve, which one slipped nothing says). A log on the
24-hour clock that slips into the 12-hour clock after noon ("12:00", "01:16", "01:47", then
"14:03") has each entry of that stretch flagged, twelve hours on, when the stretch lies between
two afternoon entries it then runs on from and into. A time in the
summary or the prose at an entry's very minute with the other AM/PM ("By 11:49 PM" over
"11:49 AM: push") is a warning, when two such times tell it or the one lies far outside the
timeline; a round minute (:00, :15, :30, :45) is no evidence. Times the prose tells on the
lines between two entries that run on past an entry's other AM/PM ("about 06:30am" and
"08:30am" mid-sentence between "01:00am" and "1:30pm") say it was written as meant. A
summary window's start told again elsewhere at its minute with the other AM/PM, which puts
it after the window's end that day ("from 5:45 AM to 7:00 AM", then "at approximately 5:45
PM ... occurred"), is a warning; so is its end told again before its start. So is a time in
the summary or the prose with its AM/PM left off ("at 4:20 UTC") in a document that writes
every other time with one, at the minute of that day's afternoon time it evidently tells
("4:20pm UTC - 5:39pm UTC").

Fails::

    The outage lasted from 9:45 PM to 11:30 PM EST on May 10, 2023.
    - 9:45 PM EST: alert
    - 10:00 PM EST: rollback
    - 10:45 AM EST: escalated

Passes::

    - 9:45 PM EST: alert
    - 10:00 PM EST: rollback
    - 10:45 PM EST: escalated
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from pmlint.checks.base import Problem, Replacement, Rule
from pmlint.checks.context import Context
from pmlint.checks.duration_mismatch import slipped_by_its_length
from pmlint.checks.said_gaps import GAP_SLACK, said_gap
from pmlint.checks.words import end_of, span
from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.model import Event
from pmlint.timeline.reading import same_axis


def check(ctx: Context) -> Iterator[Problem]:
    events = ctx.timeline.events
    entries = ctx.analysis.entries
    positions = {index: n for n, (index, _) in enumerate(entries)}
    # in a log listed newest first, an entry is set against the one below it
    step, relation = (1, "is listed above") if ctx.analysis.newest_first else (-1, "follows")
    for index, flip in sorted(ctx.analysis.flips.items()):
        if flip.silent:
            continue  # read anew with another entry's correction: no slip of its own
        event = events[index]
        n = positions[index]
        neighbour = n + step
        previous = entries[neighbour][1] if 0 <= neighbour < len(entries) else None
        if flip.against is not None:
            # judged against one update of its own incident (a status log's resolution
            # and the update below it that opened the incident)
            previous = events[flip.against]
            apart = (event.order_minutes or 0.0) - (previous.order_minutes or 0.0)
            before = (f"{event.written} is listed "
                      f"{'above' if previous.line > event.line else 'below'} "
                      f"{previous.written} (line {previous.line}), {span(abs(apart) * 60)} "
                      f"{'before' if apart < 0 else 'after'} it")
        elif previous is None:
            before = f"{event.written} is out of place"
        else:
            earlier = ctx.analysis.flips.get(entries[neighbour][0])
            shown = (f"{previous.written}, read as {earlier.corrected}" if earlier
                     else previous.written)
            before = f"{event.written} {relation} {shown} (line {previous.line})"
        _, end = end_of(event)
        if flip.tentative:
            # a warning that says both readings: the first entry in the evening and the rest
            # the next morning as written, or the last entry the next morning as written
            first = previous is None and n + 1 < len(entries)
            other = entries[n + 1][1] if first else previous
            gap = "" if other is None or other.order_minutes is None \
                or event.order_minutes is None \
                else f", {span(abs(event.order_minutes - other.order_minutes) * 60)} " \
                     f"{'after it' if first else 'later'}"
            said = (f"as written the entries after it are the next morning{gap}, and no entry "
                    "before it says which") if first else \
                (f"as written it is the next morning{gap}, and no entry after it says which")
            yield Problem(event.line, event.column,
                          f"{before}; did you mean {flip.corrected}? That reading {flip.reason}; "
                          f"{said}",
                          end_column=end, suggestion=flip.corrected, severity="warning",
                          related_line=other.line if other is not None else None)
            continue
        fix = _swap_meridiem(ctx, event, flip.corrected)
        yield Problem(event.line, event.column,
                      f"{before}; did you mean {flip.corrected}? That reading {flip.reason}",
                      end_column=end, suggestion=flip.corrected, fix=fix,
                      related_line=previous.line if previous is not None else None)
    yield from _slipped_range(ctx)
    yield from _slipped_by_its_length(ctx)
    yield from _retold_with_the_other_meridiem(ctx)
    yield from _narrative_slip(ctx)
    yield from _bound_restated_across_the_window(ctx)
    yield from _meridiem_left_off(ctx)


HALF_DAY = 12 * 60.0
TWELVE_HOUR_TIMES = 3  # times written with AM/PM that make a document's clock the 12-hour one


def _meridiem_left_off(ctx: Context) -> Iterator[Problem]:
    """A time in the summary or the prose with its AM/PM left off ("On September 26 at 4:20
    UTC ...") in a document that writes every other time with one, at the very minute of
    a PM time of that day ("4:20pm UTC - 5:39pm UTC"): read as written it is the morning,
    half a day from the time it evidently tells. Only a minute no one rounds to, or the
    minute of the summary window's own start or end, is evidence enough."""
    clocks = [e for e in ctx.timeline.events if e.clock is not None
              and e.order_minutes is not None]
    if sum(e.clock is not None and e.clock.meridiem is not None
           for e in clocks) < TWELVE_HOUR_TIMES:
        return
    bare = [e for e in clocks if e.clock is not None and e.clock.meridiem is None]
    if any(e.clock is not None and (not 1 <= e.clock.hour <= 12
                                    or e.clock.written.lstrip("~*_ ([")[:1] == "0")
           for e in bare):
        return  # a time on the 24-hour clock: the document writes both
    afternoon: dict[tuple[int, int, str], Event] = {}
    for e in clocks:
        if e.clock is not None and e.clock.meridiem is not None and 13 <= e.clock.hour <= 23:
            afternoon.setdefault((e.clock.hour, e.clock.minute, e.local[:10]), e)
    window = ctx.analysis.window
    for event in bare:
        clock = event.clock
        assert clock is not None
        if event.source == "timeline" or clock.hour == 12 or event.part != "single":
            continue  # an entry is set against its neighbours; "12:40" is noon either way;
            # "(10:30 to 2:30 AM)": a range's start takes its half of the day from its end
        if event.local[11:13].isdigit() and int(event.local[11:13]) != clock.hour:
            continue  # "4 o'clock" after "3pm": read as 16:00 already, the half of the day
            # the document's other times give it
        told = afternoon.get((clock.hour + 12, clock.minute, event.local[:10]))
        if told is None or not same_axis(told, event) \
                or (clock.minute % 15 == 0 and told not in (window.start, window.end)):
            continue
        _, end = end_of(event)
        meant = f"{clock.written} PM"
        yield Problem(event.line, event.column,
                      f"{clock.written} has no AM/PM in a document that writes every other "
                      f"time with one, so it reads as the morning, half a day before "
                      f"{told.clock.written if told.clock else told.written} (line "
                      f"{told.line}), which it evidently tells; did you mean {meant}?",
                      end_column=end, severity="warning", related_line=told.line,
                      suggestion=f"write {meant}")


def _narrative_slip(ctx: Context) -> Iterator[Problem]:
    """An account told in sentences ("At 10:12 AM the on-call engineer was paged. At 10:31 PM
    we rolled back. At 10:45 AM checkout recovered."), not in timeline entries: a time
    between two others of its section that lies outside them as written, and between them
    with the other AM/PM, is a warning. Prose need not tell things in order, so it is not
    an error; and only where all three write AM/PM and the outer two run forward, and not
    where they write days of a month no line names ("8일 오후 4시", "9일 오전 7시 40분"),
    which their clocks alone cannot order; a byline's stamp ("Posted at 10:05 AM, Jun 16,
    2020") is no step of the account."""
    told: dict[str | None, list[Event]] = {}
    lines = ctx.timeline.lines
    for event in ctx.timeline.events:
        clock = event.clock
        if event.source != "summary" or event.kind != "prose" or clock is None \
                or clock.meridiem is None or event.order_minutes is None \
                or event.part in ("range-start", "range-end"):
            continue
        if lines and BYLINE_STAMP.match(lines[event.line - 1]) is not None:
            continue  # "Posted at 10:05 AM, Jun 16, 2020": when the article went up
        told.setdefault(event.section, []).append(event)
    for events in told.values():
        for before, event, after in zip(events, events[1:], events[2:], strict=False):
            if not (same_axis(before, event) and same_axis(event, after)):
                continue
            low, now, high = before.order_minutes, event.order_minutes, after.order_minutes
            assert low is not None and now is not None and high is not None
            if not 0 < high - low < HALF_DAY or low <= now <= high:
                continue
            other = now - HALF_DAY if now > high else now + HALF_DAY
            if not low <= other <= high:
                continue
            said = said_gap(ctx.timeline.lines, event)
            gap = said[0] if said is not None else None
            if gap is not None and abs((other - low) - gap) > max(gap / 4, GAP_SLACK):
                continue  # "resumed at 08:00 AM UTC, just over 7 hours later": the other
                # AM/PM, 26 minutes on, fits the gap the sentence gives no better
            if _days_told_apart(before, event, after):
                continue  # "8일 오후 4시" ... "9일 오전 7시 40분" with no month known: the
                # days the three write differ, which their clocks alone cannot order
            corrected = _other_meridiem(event)
            if corrected == event.written:
                continue  # (no other AM/PM to offer in the words written)
            _, end = end_of(event)
            yield Problem(event.line, event.column,
                          f"{event.written} is told between {before.written} (line "
                          f"{before.line}) and {after.written} (line {after.line}), but lies "
                          f"{span(abs(now - (high if now > high else low)) * 60)} outside "
                          f"them; as {corrected} it falls between: did you mean {corrected}?",
                          end_column=end, severity="warning", related_line=before.line,
                          suggestion=corrected)


# a byline's stamp opening its line: "Posted at 10:05 AM, Jun 16, 2020", "Updated 3:09 p.m.",
# "Published: 9:40 AM EDT"
BYLINE_STAMP = LazyPattern(r"[ \t*_]*+(?:posted|published|updated|last[ \t]++updated)"
                           r"(?:[ \t]++(?:at|on))?[ \t:]", re.IGNORECASE)


def _days_told_apart(*events: Event) -> bool:
    """Some of the events write a day of the month ("8일", "the 9th") that the others do not
    share, while no day was resolved from it (no month known): clocks alone do not order
    them."""
    days = {e.date.day for e in events if e.date is not None and e.date.day is not None}
    unresolved = any(not e.local[:1].isdigit() for e in events)
    return unresolved and (len(days) > 1 or (len(days) == 1 and any(
        e.date is None or e.date.day is None for e in events)))


def _bound_restated_across_the_window(ctx: Context) -> Iterator[Problem]:
    """The summary's window ("from 5:45 AM to 7:00 AM UTC") and, elsewhere in it, its start
    told again at the same minute with the other AM/PM ("at approximately 5:45 PM UTC, an
    unusual condition occurred"), which lies after the window's end on the window's own day
    (or its end told again before its start): the retelling has the wrong AM/PM. A warning:
    the window's side is the one its own range keeps in order."""
    events = [e for e in ctx.timeline.events if e.source == "summary"
              and e.order_minutes is not None and e.clock is not None]
    windows = [(a, b) for a, b in pairwise(events)
               if a.part == "range-start" and b.part == "range-end" and a.line == b.line
               and same_axis(a, b) and a.order_minutes is not None
               and b.order_minutes is not None and a.order_minutes < b.order_minutes]
    told: set[int] = set()
    for start, end in windows:
        for event in events:
            clock = event.clock
            if event.line == start.line or id(event) in told or clock is None \
                    or clock.meridiem is None or event.part != "single" \
                    or not same_axis(event, start):
                continue
            assert event.order_minutes is not None
            if event.phase == "start":
                bound, beyond = start, event.order_minutes > (end.order_minutes or 0.0)
            elif event.phase in ("end", "resolution"):
                bound, beyond = end, event.order_minutes < (start.order_minutes or 0.0)
            else:
                continue
            mine = bound.clock
            if not beyond or mine is None or mine.meridiem is None \
                    or mine.meridiem == clock.meridiem or mine.minute != clock.minute \
                    or mine.hour % 12 != clock.hour % 12 or event.local[:10] != bound.local[:10]:
                continue
            told.add(id(event))
            swapped = _swapped(clock.written) or clock.written
            where = "after its end" if bound is start else "before its start"
            _, column_end = end_of(event)
            yield Problem(event.line, event.column,
                          f"{clock.written} tells the {event.phase} again with the other "
                          f"AM/PM: the window on line {start.line} runs from "
                          f"{_clock_of(start)} to {_clock_of(end)}, and {clock.written} lies "
                          f"{where}; did you mean {swapped}?",
                          end_column=column_end, severity="warning", related_line=start.line,
                          suggestion=_other_meridiem(event), fix=_swap_meridiem(ctx, event))


def _clock_of(event: Event) -> str:
    """The clock as written, without the date words before it: "5:45 AM"."""
    return event.clock.written if event.clock is not None else event.written


FAR_OUTSIDE = 6 * 60.0  # minutes beyond the timeline's span that a lone retelling must lie


def _retold_with_the_other_meridiem(ctx: Context) -> Iterator[Problem]:
    """A time in the summary or the prose at the very minute of a timeline entry, with the
    other AM/PM ("By 11:49 PM the package was pushed" over "11:49 AM: configuration push"),
    or over a timeline on the 24-hour clock ("2:10 PM" over "02:10"): the prose retells the
    entry half a day away. Only a minute no one rounds to (not :00, :15, :30, :45), and only
    when two such times tell it, or the one lies far outside the timeline while the entry
    lies inside it; which of the two is wrong is not said."""
    for event, entry in retold_half_a_day_away(ctx):
        _, end = end_of(event)
        yield Problem(event.line, event.column,
                      f"{event.written} is the minute of the entry {entry.written} (line "
                      f"{entry.line}) with the other AM/PM, half a day away; one of the two "
                      "has the wrong AM/PM",
                      end_column=end, severity="warning", related_line=entry.line,
                      suggestion="give the prose and the timeline the same AM/PM")


def retold_half_a_day_away(ctx: Context) -> list[tuple[Event, Event]]:
    """The (prose time, entry) pairs `_retold_with_the_other_meridiem` reports: summary-
    mismatch leaves them to this rule."""
    entries = ctx.analysis.entries
    if len(entries) < 3:
        return []
    by_clock: dict[tuple[int, int], list[Event]] = {}
    # a timeline on the 24-hour clock ("02:10", "14:35") says its half of the day as surely
    # as an AM/PM does
    day_clock = any(e.clock is not None and e.clock.meridiem is None
                    and (e.clock.hour >= 13 or e.written.lstrip("~*_ ([")[:1] == "0")
                    for _, e in entries)
    for _, entry in entries:
        clock = entry.clock
        if clock is not None and (clock.meridiem is not None or day_clock) \
                and clock.hour % 12 != 0:
            by_clock.setdefault((clock.hour, clock.minute), []).append(entry)
    found: list[tuple[Event, Event]] = []
    for event in ctx.timeline.events:
        clock = event.clock
        if event.source != "summary" or clock is None or clock.meridiem is None \
                or clock.hour % 12 == 0 or clock.minute % 15 == 0 \
                or (clock.hour, clock.minute) in by_clock:
            continue
        mirrored = by_clock.get(((clock.hour + 12) % 24, clock.minute))
        if mirrored:
            found.append((event, mirrored[0]))
    if not found:
        return []
    values = [m for i, _ in entries if (m := ctx.analysis.minutes(i)) is not None]
    return [(event, entry) for event, entry in found
            if len(found) >= 2 or _far_outside(ctx, event, entry, values)]


def _far_outside(ctx: Context, event: Event, entry: Event, values: list[float]) -> bool:
    """The prose time lies far outside the timeline's span, on its axis, and the entry it
    mirrors inside it."""
    if event.order_minutes is None or entry.order_minutes is None or not values \
            or not same_axis(event, entry):
        return False
    low, high = min(values), max(values)
    return not low - FAR_OUTSIDE <= event.order_minutes <= high + FAR_OUTSIDE


def _slipped_range(ctx: Context) -> Iterator[Problem]:
    """"From ~11 AM to 12:30 AM" over a timeline that ends at 12:30 PM: read as written, the
    range runs past midnight into the next day, far beyond every entry."""
    slip = ctx.analysis.slip
    if slip is None or slip.kind != "meridiem" or slip.corrected is None:
        return
    end, start, last = slip.end, slip.start, slip.last
    rolled = (end.order_minutes or 0.0) - (start.order_minutes or 0.0)
    _, column_end = end_of(end)
    yield Problem(end.line, end.column,
                  f"the range from {start.clock.written if start.clock else start.written} to "
                  f"{end.written} runs {span(rolled * 60)}, "
                  f"past midnight, but the timeline ends at {last.written} (line {last.line}); "
                  f"did you mean {slip.corrected}?",
                  end_column=column_end, suggestion=slip.corrected,
                  fix=_swap_meridiem(ctx, end), related_line=last.line)


def _slipped_by_its_length(ctx: Context) -> Iterator[Problem]:
    """"This lasted 28 minutes, from 11:37 am to 12:05 am": as written the range runs 12 h
    28 min; with the end's other AM/PM, exactly the length the sentence states."""
    flipped = {id(ctx.timeline.events[index]) for index in ctx.analysis.flips}
    for stated in ctx.timeline.durations:
        found = slipped_by_its_length(ctx, stated)
        if found is None or id(found[0]) in flipped:
            continue
        event, other = found
        start, end = sorted((event, other), key=lambda e: e.part != "range-start")
        assert event.clock is not None and start.clock is not None and end.clock is not None
        corrected = _swapped(event.clock.written) or event.clock.written
        _, column_end = end_of(event)
        yield Problem(event.line, event.column,
                      f"the range from {start.clock.written} to {end.clock.written} runs "
                      f"{span(abs((end.order_minutes or 0.0) - (start.order_minutes or 0.0)) * 60)}"
                      f" as written, but the sentence states {stated.written}; did you mean "
                      f"{corrected}? That reading gives the {stated.written} stated",
                      end_column=column_end, suggestion=corrected,
                      fix=_swap_meridiem(ctx, event))


def _other_meridiem(event: Event) -> str:
    """The time as written with the other AM/PM: "10:31 PM PT" -> "10:31 AM PT"."""
    clock = event.clock
    swapped = _swapped(clock.written) if clock is not None else None
    if clock is None or swapped is None:
        return event.written
    return event.written.replace(clock.written, swapped, 1)


def _swapped(written: str) -> str | None:
    """A clock as written with its AM/PM letter swapped, in the author's own style
    ("10:45 AM" -> "10:45 PM", "9.10p.m." -> "9.10a.m."); None without one."""
    for i in range(len(written) - 1, -1, -1):
        if written[i] in "aApP":
            return written[:i] + {"a": "p", "p": "a", "A": "P", "P": "A"}[written[i]] \
                + written[i + 1:]
    return None


def _swap_meridiem(ctx: Context, event: Event, corrected: str = "") -> Replacement | None:
    """"10:45 AM" -> "10:45 PM" where it is written, in the author's own style; a 24-hour
    log's "01:16" slipped into the 12-hour clock -> "13:16"."""
    clock = event.clock
    if clock is None or not ctx.timeline.lines:
        return None
    row = ctx.timeline.lines[event.line - 1]
    start = row.find(clock.written, event.column - 1)
    if start < 0:
        return None
    swapped = _swapped(clock.written)
    if swapped is None and clock.meridiem is None and corrected[:1].isdigit():
        swapped = corrected
    if swapped is None:
        return None
    return Replacement(event.line, start + 1, start + 1 + len(clock.written), swapped)


RULE = Rule(code="PM102", name="ampm-flip", severity="error",
            summary="A 12-hour time whose AM/PM is evidently wrong.", check=check,
            lowered=("warning",), doc=__doc__ or "")
