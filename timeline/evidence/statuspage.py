"""Statuspage (`/api/v2/incidents.json`): each incident's `started_at`, `monitoring_at`,
`resolved_at` and `incident_updates[]` (`status`, `created_at`, `body`).

A status page is public communication, posted at or after what it announces: apart from
the author-set `started_at`, every item is bounded "after".
"""

from __future__ import annotations

from typing import Any

from pmlint.timeline.evidence import shapes
from pmlint.timeline.evidence.instants import iso_instant
from pmlint.timeline.evidence.model import EvidenceError, Reading, RecordItem
from pmlint.timeline.model import Phase

NAME = "statuspage"
PHASES: dict[str, Phase | None] = {
    "started_at": "start",
    "monitoring_at": "mitigation",
    "resolved_at": "resolution",
    "investigating": "detection",
    "identified": None,
    "monitoring": "mitigation",
    "resolved": "resolution",
    "postmortem": None,
}


def _incidents(data: Any) -> list[Any] | None:
    if isinstance(data, dict):
        if isinstance(data.get("incidents"), list):
            return data["incidents"]
        if isinstance(data.get("incident"), dict):
            return [data["incident"]]
        if "incident_updates" in data:
            return [data]
    if isinstance(data, list):
        return data
    return None


def recognise(data: Any) -> bool:
    incidents = _incidents(data)
    return bool(incidents) and all(isinstance(i, dict) and "incident_updates" in i
                                   for i in incidents)  # type: ignore[union-attr]


def read(data: Any, where: str) -> Reading:
    incidents = _incidents(data)
    if incidents is None:
        raise EvidenceError(f"{where}: expected Statuspage incidents (incident_updates)")
    found: list[RecordItem] = []
    for n, incident in enumerate(incidents, start=1):
        incident = shapes.obj(incident, f"{where}: incident {n}", "an incident")
        group = shapes.text(incident.get("id")) or str(n)
        title = shapes.text(incident.get("name"))
        label = f"{where}: incident {group}"
        for stamp in ("started_at", "monitoring_at", "resolved_at"):
            if incident.get(stamp) is None:
                continue
            at = iso_instant(incident[stamp], f"{label}: {stamp}")
            found.append(RecordItem(at, stamp, PHASES[stamp], title, f"{label}: {stamp}", NAME,
                                    "exact" if stamp == "started_at" else "after", group))
        for u, update in enumerate(shapes.items(incident.get("incident_updates"), label,
                                                "incident_updates"), start=1):
            update_where = f"{label}: update {u}"
            update = shapes.obj(update, update_where, "an update")
            status = shapes.text(update.get("status"))
            at = iso_instant(update.get("created_at"), f"{update_where}: created_at")
            found.append(RecordItem(at, status or "update", PHASES.get(status.lower()),
                                    shapes.text(update.get("body")),
                                    f"{label}: update ({status or 'no status'})", NAME,
                                    "after", group))
    return Reading(tuple(sorted(found, key=lambda i: i.at)))
