"""PagerDuty: an incident (`created_at`, `acknowledgements[].at`, `resolved_at`) and its
log entries (`type`, `created_at`), as the REST API returns them.

The pager's own record is the event itself ("exact"); an annotation is a note written
after what it describes.
"""

from __future__ import annotations

from typing import Any

from pmlint.timeline.evidence import shapes
from pmlint.timeline.evidence.instants import iso_instant
from pmlint.timeline.evidence.model import Reading, RecordItem
from pmlint.timeline.model import Phase

NAME = "pagerduty"
PHASES: dict[str, Phase | None] = {
    "trigger_log_entry": "detection",
    "acknowledge_log_entry": "acknowledgement",
    "escalate_log_entry": "escalation",
    "resolve_log_entry": "resolution",
    "assign_log_entry": None,
    "notify_log_entry": None,
    "annotate_log_entry": None,
    "unacknowledge_log_entry": None,
    "snooze_log_entry": None,
    "urgency_change_log_entry": None,
    "priority_change_log_entry": None,
    "responder_request_log_entry": None,
    "reach_trigger_limit_log_entry": None,
    # the incident object's own fields
    "created_at": "detection",
    "acknowledgements": "acknowledgement",
    "resolved_at": "resolution",
}
NOTES = frozenset({"annotate_log_entry"})


def recognise(data: Any) -> bool:
    if isinstance(data, dict):
        if isinstance(data.get("log_entries"), list):
            return True
        incident = data.get("incident", data)
        return isinstance(incident, dict) and (
            "acknowledgements" in incident or "first_trigger_log_entry" in incident
            or (incident.get("type") == "incident" and "incident_number" in incident))
    return isinstance(data, list) and bool(data) and all(
        isinstance(e, dict) and str(e.get("type", "")).endswith("_log_entry") for e in data)


def read(data: Any, where: str) -> Reading:
    found: list[RecordItem] = []
    if isinstance(data, list):
        entries = data
    else:
        data = shapes.obj(data, where, "a PagerDuty incident or log")
        entries = shapes.items(data.get("log_entries"), where, "log_entries")
        incident = data.get("incident", data if "log_entries" not in data else None)
        if incident is not None:
            found.extend(_incident(shapes.obj(incident, where, "an incident"), where))
    for number, entry in enumerate(entries, start=1):
        found.extend(_entry(shapes.obj(entry, f"{where}: log entry {number}", "a log entry"),
                            f"{where}: log entry {number}", where))
    return Reading(tuple(sorted(found, key=lambda i: i.at)))


def _entry(entry: dict[str, Any], at_where: str, where: str) -> list[RecordItem]:
    kind = shapes.text(entry.get("type"))
    if not kind:
        return []
    at = iso_instant(entry.get("created_at"), f"{at_where}: created_at")
    ident = shapes.text(entry.get("id"))
    incident = entry.get("incident")
    group = shapes.text(incident.get("id")) if isinstance(incident, dict) else ""
    summary = shapes.text(entry.get("summary")) or shapes.text(entry.get("channel", {}).get(
        "summary") if isinstance(entry.get("channel"), dict) else None)
    return [RecordItem(at=at, name=kind, phase=PHASES.get(kind), text=summary,
                       source=f"{where}: {kind}" + (f" {ident}" if ident else ""),
                       platform=NAME, bound="after" if kind in NOTES else "exact",
                       group=group)]


def _incident(incident: dict[str, Any], where: str) -> list[RecordItem]:
    ident = shapes.text(incident.get("id")) or shapes.text(incident.get("incident_number"))
    title = shapes.text(incident.get("title")) or shapes.text(incident.get("summary"))
    label = f"{where}: incident {ident}".rstrip()
    found = []
    if incident.get("created_at") is not None:
        found.append(RecordItem(iso_instant(incident["created_at"], f"{where}: created_at"),
                                "created_at", PHASES["created_at"], title,
                                f"{label} created_at", NAME, "exact", ident))
    for n, ack in enumerate(shapes.items(incident.get("acknowledgements"), where,
                                         "acknowledgements"), start=1):
        ack = shapes.obj(ack, f"{where}: acknowledgement {n}", "an acknowledgement")
        who = ack.get("acknowledger")
        by = shapes.name(who)
        found.append(RecordItem(iso_instant(ack.get("at"), f"{where}: acknowledgement {n}: at"),
                                "acknowledgements", PHASES["acknowledgements"],
                                f"acknowledged by {by}".strip(),
                                f"{label} acknowledgement" + (f" by {by}" if by else ""),
                                NAME, "exact", ident))
    if incident.get("resolved_at") is not None:
        found.append(RecordItem(iso_instant(incident["resolved_at"], f"{where}: resolved_at"),
                                "resolved_at", PHASES["resolved_at"], title,
                                f"{label} resolved_at", NAME, "exact", ident))
    return found
