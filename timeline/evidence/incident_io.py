"""incident.io (API v2): an incident's `incident_timestamp_values[]`, its `updates[]` and its
`duration_metrics[]`. A file may hold one incident ({"incident": ...}), a list of them
({"incidents": [...]}, or a bare list as the Singer tap writes it).

Timestamps are the platform's record of each moment ("exact"); updates are messages
written at or after what they report.
"""

from __future__ import annotations

from typing import Any

from pmlint.timeline.evidence import shapes
from pmlint.timeline.evidence.instants import iso_instant
from pmlint.timeline.evidence.model import EvidenceError, PlatformMetric, Reading, RecordItem
from pmlint.timeline.model import Phase

NAME = "incident-io"
PHASES: dict[str, Phase | None] = {  # default timestamp names, lower-cased
    "impact started at": "start",
    "reported at": "detection",
    "accepted at": "acknowledgement",
    "identified at": None,  # the cause was found: pmlint has no diagnosis phase
    "fixed at": "mitigation",  # first move to Monitoring
    "resolved at": "resolution",
    "closed at": None,
    "declined at": None,
    "merged at": None,
    "canceled at": None,
    "cancelled at": None,
    "documented at": None,
    "reviewed at": None,
}


def _incidents(data: Any) -> list[Any] | None:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        if isinstance(data.get("incidents"), list):
            return data["incidents"]
        if isinstance(data.get("incident"), dict):
            return [data["incident"]]
        if "incident_timestamp_values" in data:
            return [data]
    return None


def recognise(data: Any) -> bool:
    incidents = _incidents(data)
    return bool(incidents) and all(isinstance(i, dict) and "incident_timestamp_values" in i
                                   for i in incidents)  # type: ignore[union-attr]


def read(data: Any, where: str) -> Reading:
    incidents = _incidents(data)
    if incidents is None:
        raise EvidenceError(f"{where}: expected an incident.io incident "
                                   "(incident_timestamp_values)")
    found: list[RecordItem] = []
    metrics: list[PlatformMetric] = []
    for n, incident in enumerate(incidents, start=1):
        incident = shapes.obj(incident, f"{where}: incident {n}", "an incident")
        group = shapes.text(incident.get("reference")) or shapes.text(incident.get("id"))
        label = f"{where}: {group}" if group else where
        found.extend(_timestamps(incident, label, group))
        found.extend(_updates(incident, label, group))
        metrics.extend(_metrics(incident, label, group))
    return Reading(tuple(sorted(found, key=lambda i: i.at)), tuple(metrics))


def _timestamps(incident: dict[str, Any], label: str, group: str) -> list[RecordItem]:
    found = []
    values = shapes.items(incident.get("incident_timestamp_values"), label,
                          "incident_timestamp_values")
    for n, entry in enumerate(values, start=1):
        where = f"{label}: incident_timestamp_values {n}"
        entry = shapes.obj(entry, where, "a timestamp value")
        stamp = shapes.obj(entry.get("incident_timestamp"), where, "incident_timestamp")
        name = shapes.text(stamp.get("name"))
        value = entry.get("value")
        if not name or value is None:
            continue  # a timestamp not (yet) set
        value = shapes.obj(value, where, "value")
        if value.get("value") is None:
            continue
        at = iso_instant(value["value"], f"{where}: value")
        found.append(RecordItem(at, name, PHASES.get(name.lower()), name,
                                f"{label}: {name!r}", NAME, "exact", group))
    return found


def _updates(incident: dict[str, Any], label: str, group: str) -> list[RecordItem]:
    found = []
    for n, update in enumerate(shapes.items(incident.get("updates"), label, "updates"),
                               start=1):
        where = f"{label}: update {n}"
        update = shapes.obj(update, where, "an update")
        status = shapes.name(update.get("new_incident_status"))
        words = " ".join(filter(None, (status, shapes.text(update.get("message")))))
        at = iso_instant(update.get("created_at"), f"{where}: created_at")
        found.append(RecordItem(at, "update", None, words,
                                f"{label}: update" + (f" ({status})" if status else ""),
                                NAME, "after", group))
    return found


def _metrics(incident: dict[str, Any], label: str, group: str) -> list[PlatformMetric]:
    found = []
    for n, metric in enumerate(shapes.items(incident.get("duration_metrics"), label,
                                            "duration_metrics"), start=1):
        metric = shapes.obj(metric, f"{label}: duration metric {n}", "a duration metric")
        name = shapes.name(metric.get("duration_metric")) or f"metric {n}"
        seconds = metric.get("value_seconds")
        if isinstance(seconds, bool) or not isinstance(seconds, int | float):
            seconds = None
        found.append(PlatformMetric(name, seconds, None, None, NAME, group))
    return found
