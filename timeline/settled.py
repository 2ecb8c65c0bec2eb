"""The timeline as every command reads it: written instants with the AM/PM corrections
(and the day a corrected entry had passed on to those after it) applied.

check's rules, the phase graph and the metrics reason about these corrected instants
(timeline.reading); `timeline` shows them too, with a note saying what was corrected, so
the four commands agree on every instant.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from pmlint.timeline.model import Event, Timeline
from pmlint.timeline.provenance import Inference
from pmlint.timeline.reading import carried_shifts, find_flips

DAY_MINUTES = 24 * 60


def settle(timeline: Timeline) -> Timeline:
    """`timeline` with each corrected entry moved to its corrected instant."""
    flips = find_flips(timeline)
    shifts = carried_shifts(timeline, flips)
    if not flips and not shifts:
        return timeline
    events = list(timeline.events)
    for index, event in enumerate(events):
        flip = flips.get(index)
        if flip is not None and event.order_minutes is not None:
            note = Inference("meridiem", "corrected", value=flip.corrected,
                             subject=event.written.strip(), origin=flip.reason)
            if flip.silent:  # "1:15" after "12:30 PM" read as midnight: no slip of its own
                note = Inference("meridiem", "after-midnight", value=flip.corrected,
                                 subject=event.written.strip(), other=flip.reason)
            moved = _moved(event, flip.minutes - event.order_minutes, note)
            # the rollover the written meridiem caused, or the PM it carried, is undone
            events[index] = replace(moved, provenance=tuple(
                p for p in moved.provenance if not _next_day_rollover(p)
                and not (flip.silent and p.what == "meridiem" and p.how == "continued")))
        elif index in shifts:
            note = Inference("day", "with-correction")
            moved = _moved(event, shifts[index], note)
            if shifts[index] < 0 and event.rolled_days * DAY_MINUTES == -shifts[index]:
                # the day this entry was rolled on is the one the correction takes back
                moved = replace(moved, provenance=tuple(
                    p for p in moved.provenance if not _next_day_rollover(p)))
            events[index] = moved
    return replace(timeline, events=tuple(events))


def _next_day_rollover(step: Inference) -> bool:
    """A day the normaliser added because the clock went backwards."""
    return step.what == "day" and step.days > 0 and step.how != "reference"


def _moved(event: Event, minutes: float, note: Inference) -> Event:
    delta = dt.timedelta(minutes=minutes)
    return replace(event, at=None if event.at is None else event.at + delta,
                   local=_shift_local(event.local, delta),
                   order_minutes=None if event.order_minutes is None
                   else event.order_minutes + minutes,
                   provenance=(*event.provenance, note))


def _shift_local(local: str, delta: dt.timedelta) -> str:
    """An ISO wall clock moved by `delta`, in the form it had ("--MM-DDTHH:MM" without a
    year, "THH:MM" without a date)."""
    if not local or "T" not in local:
        return local
    date, _, clock = local.partition("T")
    if date.startswith("--"):  # no year: a leap year stands in, so that 02-29 exists
        moved = dt.datetime.fromisoformat(f"2000-{date[2:]}T{clock}") + delta
        return "--" + moved.isoformat(timespec=_spec(clock))[5:]
    if not date:  # no date: the clock wraps around the day
        moved = dt.datetime.fromisoformat(f"2000-01-01T{clock}") + delta
        return "T" + moved.time().isoformat(timespec=_spec(clock))
    moved = dt.datetime.fromisoformat(local) + delta
    return moved.isoformat(timespec=_spec(clock))


def _spec(clock: str) -> str:
    return "seconds" if clock.count(":") >= 2 else "minutes"
