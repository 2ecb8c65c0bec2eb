"""Rootly (JSON:API): an incident's `data.attributes` timestamps (`started_at`, `detected_at`,
`acknowledged_at`, `mitigated_at`, `resolved_at`, ...) and incident events (`event`,
`occurred_at`).

Rootly measures from `started_at`; detected_at and acknowledged_at are set by hand, not
automatically, so they may be missing. Events are notes ("after" what they describe).
"""

from __future__ import annotations

from typing import Any

from pmlint.timeline.evidence import shapes
from pmlint.timeline.evidence.instants import iso_instant
from pmlint.timeline.evidence.model import EvidenceError, Reading, RecordItem
from pmlint.timeline.model import Phase

NAME = "rootly"
PHASES: dict[str, Phase | None] = {
    "started_at": "start",
    "detected_at": "detection",
    "acknowledged_at": "acknowledgement",
    "mitigated_at": "mitigation",
    "resolved_at": "resolution",
    "in_triage_at": None,
    "cancelled_at": None,
}
STAMPS = tuple(PHASES)


def _resources(data: Any) -> list[Any] | None:
    if not isinstance(data, dict) or "data" not in data:
        return None
    resources = data["data"]
    if isinstance(resources, dict):
        return [resources]
    return resources if isinstance(resources, list) else None


def recognise(data: Any) -> bool:
    resources = _resources(data)
    return bool(resources) and all(isinstance(r, dict) and isinstance(r.get("attributes"), dict)
                                   for r in resources)  # type: ignore[union-attr]


def read(data: Any, where: str) -> Reading:
    resources = _resources(data)
    if resources is None:
        raise EvidenceError(f"{where}: expected a JSON:API document (data.attributes)")
    found: list[RecordItem] = []
    for n, resource in enumerate(resources, start=1):
        resource_where = f"{where}: data {n}"
        resource = shapes.obj(resource, resource_where, "a resource")
        attributes = shapes.obj(resource.get("attributes"), resource_where, "attributes")
        kind = shapes.text(resource.get("type"))
        ident = shapes.text(str(attributes.get("sequential_id") or "")) or shapes.text(
            resource.get("id"))
        if "event" in attributes and "occurred_at" in attributes:
            at = iso_instant(attributes["occurred_at"], f"{resource_where}: occurred_at")
            found.append(RecordItem(at, "event", None, shapes.text(attributes.get("event")),
                                    f"{where}: event {ident}".rstrip(), NAME, "after", ""))
            continue
        label = f"{where}: {kind or 'incident'} {ident}".rstrip()
        for stamp in STAMPS:
            if attributes.get(stamp) is None:
                continue
            at = iso_instant(attributes[stamp], f"{resource_where}: {stamp}")
            found.append(RecordItem(at, stamp, PHASES[stamp], stamp, f"{label}: {stamp}",
                                    NAME, "exact", ident))
    return Reading(tuple(sorted(found, key=lambda i: i.at)))
