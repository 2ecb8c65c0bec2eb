"""FireHydrant: an incident's `started_at`, its `milestones[]` (`type`, `occurred_at`; marked
deprecated by FireHydrant in favour of lifecycle phases, so both are read) and its
`lifecycle_measurements[]`, the platform's own durations.

FireHydrant measures every duration from Started, and requires Started to come first.
"""

from __future__ import annotations

from typing import Any

from pmlint.timeline.evidence import shapes
from pmlint.timeline.evidence.instants import iso_instant
from pmlint.timeline.evidence.model import EvidenceError, PlatformMetric, Reading, RecordItem
from pmlint.timeline.model import Phase

NAME = "firehydrant"
PHASES: dict[str, Phase | None] = {  # default milestone slugs
    "started": "start",
    "detected": "detection",
    "acknowledged": "acknowledgement",
    "investigating": None,
    "identified": None,
    "mitigated": "mitigation",
    "resolved": "resolution",
    "postmortem_started": None,
    "postmortem_completed": None,
    "retrospective_started": None,
    "retrospective_completed": None,
    "closed": None,
}


def _incidents(data: Any) -> list[Any] | None:
    if isinstance(data, dict) and isinstance(data.get("data"), list):
        data = data["data"]  # a paginated list
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        return [data]
    return None


def recognise(data: Any) -> bool:
    incidents = _incidents(data)
    return bool(incidents) and all(
        isinstance(i, dict) and "attributes" not in i
        and ("milestones" in i or "lifecycle_phases" in i) for i in incidents)  # type: ignore[union-attr]


def read(data: Any, where: str) -> Reading:
    incidents = _incidents(data)
    if not incidents:
        raise EvidenceError(f"{where}: expected a FireHydrant incident (milestones)")
    found: list[RecordItem] = []
    metrics: list[PlatformMetric] = []
    for n, incident in enumerate(incidents, start=1):
        incident = shapes.obj(incident, f"{where}: incident {n}", "an incident")
        group = shapes.text(str(incident.get("number") or "")) or shapes.text(incident.get("id"))
        label = f"{where}: incident {group}" if group else where
        seen: set[tuple[str, object]] = set()
        if incident.get("started_at") is not None:
            at = iso_instant(incident["started_at"], f"{label}: started_at")
            seen.add(("started", at))
            found.append(RecordItem(at, "started", PHASES["started"], "started_at",
                                    f"{label}: started_at", NAME, "exact", group))
        for milestone, milestone_where in _milestones(incident, label):
            slug = shapes.text(milestone.get("type") or milestone.get("slug"))
            if not slug or milestone.get("occurred_at") is None:
                continue
            at = iso_instant(milestone["occurred_at"], f"{milestone_where}: occurred_at")
            if (slug, at) in seen:
                continue  # the same milestone under milestones[] and lifecycle_phases[]
            seen.add((slug, at))
            found.append(RecordItem(at, slug, PHASES.get(slug.lower()), slug,
                                    f"{label}: milestone {slug}", NAME, "exact", group))
        metrics.extend(_measurements(incident, label, group))
    return Reading(tuple(sorted(found, key=lambda i: i.at)), tuple(metrics))


def _milestones(incident: dict[str, Any], label: str) -> list[tuple[dict[str, Any], str]]:
    found = []
    for n, m in enumerate(shapes.items(incident.get("milestones"), label, "milestones"),
                          start=1):
        found.append((shapes.obj(m, f"{label}: milestone {n}", "a milestone"),
                      f"{label}: milestone {n}"))
    for p, phase in enumerate(shapes.items(incident.get("lifecycle_phases"), label,
                                           "lifecycle_phases"), start=1):
        phase = shapes.obj(phase, f"{label}: lifecycle phase {p}", "a lifecycle phase")
        for n, m in enumerate(shapes.items(phase.get("milestones"), label, "milestones"),
                              start=1):
            where = f"{label}: lifecycle phase {p} milestone {n}"
            found.append((shapes.obj(m, where, "a milestone"), where))
    return found


def _slug(value: Any) -> str:
    if isinstance(value, dict):
        return shapes.text(value.get("slug") or value.get("type") or value.get("name"))
    return shapes.text(value)


def _measurements(incident: dict[str, Any], label: str, group: str) -> list[PlatformMetric]:
    found = []
    for n, m in enumerate(shapes.items(incident.get("lifecycle_measurements"), label,
                                       "lifecycle_measurements"), start=1):
        m = shapes.obj(m, f"{label}: lifecycle measurement {n}", "a measurement")
        name = shapes.text(m.get("slug")) or shapes.text(m.get("name")) or f"measurement {n}"
        value = m.get("value")
        seconds = None if isinstance(value, bool) or not isinstance(value, int | float) \
            else float(value)
        found.append(PlatformMetric(name, seconds,
                                    PHASES.get(_slug(m.get("starts_at_milestone")).lower()),
                                    PHASES.get(_slug(m.get("ends_at_milestone")).lower()),
                                    NAME, group))
    return found
