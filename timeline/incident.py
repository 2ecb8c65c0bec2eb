"""An incident's key moments and durations (MTTD, MTTA, MTTE, MTTM, MTTR), with their anchors.

Which event anchors each phase is decided here, explicitly:

- start: the stated impact start (summary range, Start Time field, a start-like summary
  time); else the first timeline entry that marks the start ("OUTAGE BEGINS"); else the
  first trigger entry (the deploy or change that began it).
- detection, acknowledgement, escalation, mitigation: the earliest event whose words mark
  that phase (acknowledgement only at or after detection).
- resolution: the last restoring timeline entry at or before the stated end (an hour's
  slack); with no such entry, the stated end; with no stated end, the last restoring entry.
- end: the stated end of the impact.

A metric is never negative and never invented: a missing anchor or an impossible order
gives null with the reason. A metric resting on an AM/PM-corrected entry is computed on the
corrected reading and listed as disputed, with the as-written value beside it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from pmlint.timeline.model import Event, Timeline
from pmlint.timeline.reading import (
    Flip,
    carried_shifts,
    find_flips,
    restores,
    same_axis,
    stated_window,
)
from pmlint.timeline.scopes import incident_parts

if TYPE_CHECKING:
    from pmlint.timeline.locator import SourceMap

METRICS: Mapping[str, tuple[str, str]] = {
    "mttd": ("start", "detection"),
    "mtta": ("detection", "acknowledgement"),
    "mtte": ("detection", "escalation"),
    "mttm": ("start", "mitigation"),
    "mttr": ("start", "resolution"),
}
PROFILES: Mapping[str, Mapping[str, tuple[str, str]]] = {
    "started": METRICS,
    "detected": {**METRICS, "mttr": ("detection", "resolution")},
}
RESOLUTION_SLACK = 60.0
PRECURSOR_REACH = 1440.0  # minutes after a told start a detection may come, past a precursor


@dataclass(frozen=True)
class Anchor:
    """The event a phase rests on, and its instant (minutes on the common axis)."""

    phase: str
    event: Event
    minutes: float
    as_written: float  # the instant before any AM/PM correction
    disputed: bool
    zoned: bool


@dataclass(frozen=True)
class Metric:
    name: str
    seconds: float | None
    from_phase: str
    to_phase: str
    from_line: int | None = None
    to_line: int | None = None
    reason: str | None = None  # why it is null
    disputed: bool = False
    as_written_seconds: float | None = None


@dataclass(frozen=True)
class Incident:
    path: str
    anchors: Mapping[str, Anchor]
    metrics: tuple[Metric, ...]
    fields: Mapping[str, str] = field(default_factory=dict)
    source_map: SourceMap | None = None  # a converted document's way back to its source


def analyse(timeline: Timeline, profile: str = "started",
            custom: tuple[str, str] | None = None) -> Incident:
    """The incident's anchors and metrics under a profile (or a custom from→to pair)."""
    flips = find_flips(timeline)
    anchors = find_anchors(timeline, flips)
    definitions = dict(PROFILES[profile])
    if custom is not None:
        definitions = {f"{custom[0]}_to_{custom[1]}": custom}
    metrics = tuple(_metric(name, a, b, anchors) for name, (a, b) in definitions.items())
    fields = {f.name: f.value for f in timeline.fields if f.value}
    return Incident(timeline.path, anchors, metrics, fields, timeline.source_map)


def analyse_each(timeline: Timeline, profile: str = "started",
                 custom: tuple[str, str] | None = None) -> tuple[Incident, ...]:
    """Each incident a document tells (scopes.incident_parts), analysed on its own events
    and named "path#N"; the document as one incident when it tells one."""
    parts = incident_parts(timeline)
    if not parts:
        return (analyse(timeline, profile, custom),)
    return tuple(analyse(replace(timeline, events=part, path=f"{timeline.path}#{n}"),
                         profile, custom) for n, part in enumerate(parts, start=1))


def find_anchors(timeline: Timeline, flips: Mapping[int, Flip]) -> dict[str, Anchor]:
    events = timeline.events
    index = {id(e): i for i, e in enumerate(events)}
    shifts = carried_shifts(timeline, flips)

    def value(event: Event) -> float:
        i = index[id(event)]
        flip = flips.get(i)
        return flip.minutes if flip else (event.order_minutes or 0.0) + shifts.get(i, 0.0)

    def anchor(phase: str, event: Event | None) -> Anchor | None:
        if event is None or event.order_minutes is None:
            return None
        disputed = index[id(event)] in flips or index[id(event)] in shifts
        return Anchor(phase, event, value(event), event.order_minutes, disputed,
                      event.at is not None)

    timed = [e for e in events if e.order_minutes is not None and e.clock is not None]
    window = stated_window(timeline)
    entries = [e for e in timed if e.source == "timeline"]
    found: dict[str, Anchor | None] = {}
    trigger = _first(entries, "trigger", value)
    first_detection = _first(timed, "detection", value)
    if trigger is not None and first_detection is not None \
            and value(trigger) > value(first_detection):
        trigger = None  # a deploy after detection is a fix, not the start
    told_start = _first(entries, "start", value)
    found["start"] = anchor("start", window.start or told_start or trigger)
    for phase in ("detection", "escalation", "mitigation"):
        found[phase] = anchor(phase, _first(timed, phase, value))
    if window.start is None and told_start is not None and _detection_before(found):
        # the timeline itself marks the start ("OUTAGE BEGINS") after an entry with a
        # detection word ("News reports that a sonnet was discovered"): a precursor it tells,
        # not the outage detected; the first detection from the start on is
        # (within a day of it: in a log of incidents months apart it is another one's)
        after = [e for e in timed if _marks(e, "detection")
                 and value(told_start) <= value(e) <= value(told_start) + PRECURSOR_REACH]
        if after:
            found["detection"] = anchor("detection", min(after, key=value))
    detection = found["detection"]
    acks = [e for e in timed if _marks(e, "acknowledgement")
            and (detection is None or value(e) >= detection.minutes)]
    found["acknowledgement"] = anchor("acknowledgement",
                                      min(acks, key=value) if acks else None)
    restoring = [e for e in entries if restores(e)]
    end = window.end
    if end is not None and end.order_minutes is not None:
        before = [e for e in restoring if value(e) <= end.order_minutes + RESOLUTION_SLACK]
        found["resolution"] = anchor("resolution", max(before, key=value) if before else end)
    else:
        found["resolution"] = anchor("resolution",
                                     max(restoring, key=value) if restoring else None)
    found["end"] = anchor("end", end)
    return {k: v for k, v in found.items() if v is not None}


def _detection_before(found: Mapping[str, Anchor | None]) -> bool:
    """The first detection anchored before the start."""
    start, detection = found.get("start"), found.get("detection")
    return start is not None and detection is not None and detection.minutes < start.minutes


def _marks(event: Event, phase: str) -> bool:
    return event.phase == phase or phase in event.also


def _first(events: list[Event], phase: str, value: Any) -> Event | None:
    marked = [e for e in events if _marks(e, phase)]
    return min(marked, key=value) if marked else None


def _metric(name: str, a: str, b: str, anchors: Mapping[str, Anchor]) -> Metric:
    first, second = anchors.get(a), anchors.get(b)
    if first is None or second is None:
        missing = a if first is None else b
        return Metric(name, None, a, b, reason=f"no {missing} time in the document")
    lines = {"from_line": first.event.line, "to_line": second.event.line}
    if not same_axis(first.event, second.event):
        return Metric(name, None, a, b, **lines,
                      reason=f"the {a} and {b} times do not both have a known date")
    if first.zoned != second.zoned:
        return Metric(name, None, a, b, **lines,
                      reason=f"the {a} and {b} times are not in the same known zone")
    seconds = (second.minutes - first.minutes) * 60
    if seconds < 0:
        return Metric(name, None, a, b, **lines,
                      reason=f"the {b} (line {second.event.line}) is before the {a} "
                             f"(line {first.event.line})")
    disputed = first.disputed or second.disputed
    written = (second.as_written - first.as_written) * 60 if disputed else None
    return Metric(name, seconds, a, b, **lines, disputed=disputed, as_written_seconds=written)


def to_record(incident: Incident) -> dict[str, Any]:
    """The JSON shape of one incident: instants in UTC, metrics in seconds, reasons."""
    record: dict[str, Any] = {"path": incident.path}
    names = {"start": "start", "detection": "detected", "acknowledgement": "acknowledged",
             "escalation": "escalated", "mitigation": "mitigated", "resolution": "resolved"}
    for phase, key in names.items():
        anchor = incident.anchors.get(phase)
        record[key] = _utc(anchor)
    record.update({f"{m.name}_seconds": m.seconds for m in incident.metrics})
    record["disputed"] = [m.name for m in incident.metrics if m.disputed]
    record["as_written"] = {m.name: m.as_written_seconds for m in incident.metrics
                            if m.disputed}
    record["missing"] = {m.name: m.reason for m in incident.metrics if m.seconds is None}
    record["anchors"] = {m.name: {"from_line": m.from_line, "to_line": m.to_line}
                         for m in incident.metrics if m.from_line is not None}
    source_map = incident.source_map
    if source_map is not None:  # lines of the converted text mean nothing to the author
        record["missing"] = {k: v and source_map.rewrite(v) for k, v in record["missing"].items()}
        record["anchors"] = {k: {"from": source_map.short(v["from_line"]),
                                 "to": source_map.short(v["to_line"])}
                             for k, v in record["anchors"].items()}
    return record


def _utc(anchor: Anchor | None) -> str | None:
    if anchor is None:
        return None
    event = anchor.event
    if event.at is None:
        return event.local or None
    if not anchor.disputed:
        return event.at.in_timezone("UTC").strftime("%Y-%m-%dT%H:%M:%SZ")
    import datetime as dt

    moment = dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(minutes=anchor.minutes)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
