"""evidence-settles: the record settles a question the draft leaves open.

With `--evidence`, the record's unambiguous times can say what prose cannot: which
reading of a 12-hour time is meant (the 10:45 entry matches the 22:45 message), which
day a time without a date falls on, which zone the times are in. A draft with no zone at
all whose times all match the record at one offset gets that offset as a suggestion; a
zoned draft whose times are all off by the same amount (EST written for EDT) is told the
zone that fits. Where another finding raised the question (ampm-flip, tz-missing,
tz-dst-mismatch, tz-ambiguous, implicit-rollover), that finding says the record settles
it, instead of a second finding on the line; where the record refutes ampm-flip's
reading, that finding is withdrawn and this one, as information, says why.

Fails::

    ## Timeline
    - 2023-05-10 9:45 PM: alert fired           (pager trigger 2023-05-11 01:45 UTC)
    - 10:45 AM: escalated to the DB team        (escalation 2023-05-11 02:45 UTC)

Passes::

    ## Timeline (EDT)
    - 2023-05-10 9:45 PM: alert fired
    - 10:45 PM: escalated to the DB team
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pmlint.checks.base import Problem, Rule
from pmlint.checks.context import Context
from pmlint.checks.words import end_of

if TYPE_CHECKING:
    from pmlint.timeline.evidence.match import Pair, Reconciliation

ZONE_QUESTIONS = ("tz-dst-mismatch", "tz-ambiguous", "tz-mixed")
DAY_QUESTIONS = ("implicit-rollover", "out-of-order")


def check(ctx: Context) -> Iterator[Problem]:
    rec = ctx.analysis.reconciliation
    if rec is None or rec.shift is None:
        return
    yield from _shift(ctx, rec)
    seen: set[int] = set()
    for pair in rec.pairs:
        line = pair.point.event.line
        if line in seen or pair.verdict not in ("ampm", "day", "confirms-flip",
                                                "refutes-flip"):
            continue
        seen.add(line)
        yield _settled(ctx, pair)


def _settled(ctx: Context, pair: Pair) -> Problem:
    from pmlint.timeline.evidence import describe

    event = pair.point.event
    _, end = end_of(event)
    record = describe.item(pair.item, event)
    clock = event.clock
    assert clock is not None
    other = _other_meridiem(event.written if clock.meridiem is None else clock.written,
                            clock.hour, clock.minute, clock.second, clock.meridiem)
    if pair.verdict == "confirms-flip":
        return Problem(event.line, event.column,
                       f"the record settles the AM/PM: {event.written} matches {record} "
                       f"only as {other}", end_column=end, suggestion=other,
                       joins=("ampm-flip",))
    if pair.verdict == "refutes-flip":
        return Problem(event.line, event.column,
                       f"the record has {event.written} as written: {record}; the "
                       f"{other} reading the timeline's order suggests matches nothing",
                       end_column=end, severity="info", withdraws=("ampm-flip",))
    if pair.verdict == "ampm":
        return Problem(event.line, event.column,
                       f"the record settles the AM/PM: {event.written} matches {record} "
                       f"only as {other}", end_column=end, suggestion=other,
                       joins=("ampm-flip",))
    day = describe.local_day(pair.point.minutes - pair.residual + _day_part(pair.residual)
                             ) if event.at is None else _record_day(pair)
    flip = ctx.analysis.flips.get(pair.point.index)
    written = f"{event.written}, read as {flip.corrected}," if flip else event.written
    return Problem(event.line, event.column,
                   f"the record puts {written} on {day}, not on the day the draft "
                   f"leaves it to be assumed: {record}", end_column=end,
                   suggestion=f"write the date: {day}", joins=DAY_QUESTIONS)


def _day_part(residual: float) -> float:
    return round(residual / 1440.0) * 1440.0


def _record_day(pair: Pair) -> str:
    from pmlint.timeline.zones import clock_in

    zone = pair.point.event.zone
    moment = clock_in(pair.item.at, zone) if zone is not None else None
    return (moment or pair.item.at).strftime("%Y-%m-%d")


def _other_meridiem(written: str, hour: int, minute: int, second: int | None,
                    meridiem: str | None) -> str:
    hour12 = hour % 12 or 12
    seconds = f":{second:02d}" if second is not None else ""
    other = "AM" if meridiem == "pm" else "PM"
    return f"{hour12}:{minute:02d}{seconds} {other}"


def _shift(ctx: Context, rec: Reconciliation) -> Iterator[Problem]:
    """The draft's times are all off by one amount: the zone (or the date) is settled."""
    from pmlint.timeline.evidence import describe

    shift = rec.shift
    assert shift is not None
    fitted = [p for p in rec.pairs if p.verdict in ("agrees", "confirms-flip")]
    if not fitted or (shift.zoned and shift.minutes == 0):
        return
    first = min((p.point for p in fitted), key=lambda p: (p.event.line, p.event.column))
    count = f"all {len(fitted)} times the record has" if shift.support == shift.total \
        else f"{shift.support} of the {shift.total} times the record has"
    if not shift.zoned:
        if shift.support != shift.total:
            return  # "whose times all match": a partial fit is no settlement
        offset = shift.minutes % 1440.0
        offset = offset - 1440.0 if offset >= 840.0 else offset
        day = describe.local_day(first.minutes) if shift.axis == "dated" else \
            describe.local_day(first.minutes - (shift.minutes - offset))
        names = describe.zone_names(offset, day)
        dated = "" if shift.axis == "dated" else f", on {day}"
        clocks = [e for e in ctx.timeline.events if e.clock is not None
                  and not e.clock.placeholder]
        where = clocks[0] if clocks else first.event
        yield Problem(where.line, where.column,
                      f"the record settles the zone: {count} match it at {names}{dated}",
                      suggestion=f'state the zone: "All times {names}"'
                                 + (f" and the date, {day}" if dated else ""),
                      joins=("tz-missing",))
        return
    event = first.event
    if shift.minutes % 1440.0 == 0:
        days = round(shift.minutes / 1440.0)
        yield Problem(event.line, event.column,
                      f"{count} are {abs(days)} day{'s' if abs(days) != 1 else ''} "
                      f"{'later' if days > 0 else 'earlier'} in the draft than in the record: "
                      "the dates are off, not the times", suggestion="check the dates")
        return
    zone = event.zone
    assert zone is not None
    anchor = next((e for e in ctx.timeline.events if e.zone is not None
                   and e.zone.label == zone.label and e.at is not None), event)
    written = zone.offset_minutes
    right = describe.zone_names(written + shift.minutes, describe.local_day(
        first.minutes + (written or 0))) if written is not None else None
    later = "later" if shift.minutes > 0 else "earlier"
    fits = f": the record fits {right}, not {zone.label} as written" if right else ""
    yield Problem(anchor.line, anchor.column,
                  f"the record settles the zone: {count} are {describe.gap(shift.minutes)} "
                  f"{later} in the draft than in the record{fits}",
                  suggestion=f"write {right}" if right else "check the zone",
                  joins=ZONE_QUESTIONS)


RULE = Rule(code="PM504", name="evidence-settles", severity="warning",
            summary="The record settles an AM/PM, day or zone question (--evidence).",
            check=check, lowered=("info",), doc=__doc__ or "")
