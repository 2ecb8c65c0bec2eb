"""One document as the report reads it: the timeline, its findings, the incident's anchors
and metrics, the entries pmlint corrects, and the clock the page shows times on.

Everything is taken from what `check` and `metrics` compute (the same Analysis the rules
share, the same `analyse`), so the page cannot disagree with them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from pmlint.checks.base import Finding
from pmlint.checks.context import Analysis
from pmlint.report.clock import UTC_ZONE, PageClock
from pmlint.timeline.incident import Incident, analyse
from pmlint.timeline.model import Event, Timeline
from pmlint.timeline.zones import Zone

DAY = 1440.0


@dataclass(frozen=True)
class Placed:
    """An event's place: where pmlint reads it and, when corrected, where it was written."""

    index: int
    minutes: float | None
    written_minutes: float | None  # set only for a corrected entry
    kind: str = ""  # AM/PM | carried day | rollover
    reading: str = ""


@dataclass(frozen=True)
class DocumentReading:
    path: str
    timeline: Timeline
    findings: tuple[Finding, ...]
    incident: Incident
    placed: tuple[Placed, ...]  # one per event, in document order
    clock: PageClock
    on_axis: frozenset[int]  # events the drawing can place on one axis


def read_document(path: str, timeline: Timeline, findings: Sequence[Finding],
                  profile: str = "started") -> DocumentReading:
    analysis = Analysis(timeline)
    placed = tuple(_place(i, e, analysis) for i, e in enumerate(timeline.events))
    kind, on_axis = _axis(timeline)
    return DocumentReading(path, timeline, tuple(findings), analyse(timeline, profile), placed,
                           _page_clock(timeline, kind, on_axis), on_axis)


def axis_kind(event: Event) -> str:
    """dated | year-less | undated, as `timeline.reading.same_axis` tells them apart."""
    local = event.local
    if local[:1].isdigit():
        return "dated"
    return "year-less" if local.startswith("--") else "undated"


def _place(index: int, event: Event, analysis: Analysis) -> Placed:
    minutes = analysis.minutes(index)
    written = event.order_minutes
    flip = analysis.flips.get(index)
    if flip is not None:
        return Placed(index, minutes, written, "AM/PM", flip.corrected)
    if index in analysis.shifts and written is not None:
        days = round(analysis.shifts[index] / DAY)
        reading = "the day before" if days == -1 else f"{days:+d} days"
        return Placed(index, minutes, written, "carried day", reading)
    if event.rolled_days and event.source == "timeline" and written is not None \
            and event.part != "range-end":
        reading = "the next day" if event.rolled_days == 1 else f"{event.rolled_days:+d} days"
        return Placed(index, minutes, written - event.rolled_days * DAY, "rollover", reading)
    return Placed(index, minutes, None)


def _axis(timeline: Timeline) -> tuple[str, frozenset[int]]:
    """The events one time axis can hold: those with a clock time, of the most common kind
    (dated, year-less, undated) and zoning; with no clock time anywhere, the dates."""
    timed = [(i, e) for i, e in enumerate(timeline.events)
             if e.order_minutes is not None and e.clock is not None]
    if not timed:
        timed = [(i, e) for i, e in enumerate(timeline.events) if e.order_minutes is not None]
    if not timed:
        return "dated", frozenset()

    def key(event: Event) -> tuple[str, bool]:
        return axis_kind(event), _real(event)

    counts = Counter(key(e) for _, e in timed)
    best = max(counts, key=lambda k: (counts[k], k == ("dated", True), k))
    return best[0], frozenset(i for i, e in timed if key(e) == best)


def _real(event: Event) -> bool:
    """Its axis minutes are UTC: a full instant, or a fixed offset without a date."""
    return event.at is not None or (event.zone is not None and event.zone.fixed)


def _page_clock(timeline: Timeline, kind: str, on_axis: frozenset[int]) -> PageClock:
    """The document's zone when it states one; else the zone its entries share; UTC for
    instants in several zones with none declared; no zone for wall-clock times."""
    events = [timeline.events[i] for i in sorted(on_axis)]
    if not any(e.clock is not None for e in events):
        return PageClock(None, kind)  # dates only: nothing to put on a clock
    zones: list[Zone] = [e.zone for e in events if e.zone is not None]
    labels = {z.label for z in zones}
    if not zones or not all(_real(e) for e in events):
        return PageClock(zones[0] if len(labels) == 1 and len(zones) == len(events) else None,
                         kind)
    if timeline.zone is not None:
        return PageClock(timeline.zone, kind)
    return PageClock(zones[0] if len(labels) == 1 else UTC_ZONE, kind)
