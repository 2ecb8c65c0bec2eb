"""The incident as a directed graph of its phases, for `pmlint graph`.

Nodes are the phases the document anchors (start, detection, acknowledgement, escalation,
mitigation, resolution, end), each remembering its event and line; an edge joins each
phase to the next one in time (the incident's real order: a team may mitigate before it
escalates), labelled with the time between them. Times are shown on the document's own
clock, since the graph is meant to be pasted into the postmortem (`utc` keeps the UTC
reading). networkx is imported here only, so `check` never pays for it.
"""

from __future__ import annotations

import datetime as dt
import json
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from pmlint.timeline.incident import Incident
from pmlint.timeline.model import PHASE_ORDER
from pmlint.timeline.render import format_seconds

if TYPE_CHECKING:
    import networkx as nx

    from pmlint.timeline.zones import Zone


def build(incident: Incident, zone: Zone | None = None) -> nx.DiGraph:
    """zone: the clock to show times on (the document's); None shows UTC."""
    import networkx as nx

    present = [p for p in PHASE_ORDER if p in incident.anchors]
    ordered = sorted(present, key=lambda p: (incident.anchors[p].minutes, PHASE_ORDER.index(p)))
    zoned = any(incident.anchors[p].zoned for p in present)
    graph = nx.DiGraph(path=incident.path, zone=_zone_label(zone) if zoned else None,
                       reordered=ordered != present)
    for phase in ordered:
        anchor = incident.anchors[phase]
        event = anchor.event
        graph.add_node(phase, line=event.line, written=event.written, text=event.text,
                       utc=_utc_text(anchor.minutes, anchor.zoned),
                       time=_local_text(anchor.minutes, anchor.zoned, zone),
                       disputed=anchor.disputed)
        if incident.source_map is not None:  # a converted document: where in its source
            graph.nodes[phase]["where"] = incident.source_map.short(event.line)
    for a, b in pairwise(ordered):
        seconds = (incident.anchors[b].minutes - incident.anchors[a].minutes) * 60
        graph.add_edge(a, b, seconds=seconds, label=_edge_label(seconds))
    return graph


def _moment(minutes: float) -> dt.datetime:
    return dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(minutes=minutes)


def _utc_text(minutes: float, zoned: bool) -> str:
    return _moment(minutes).strftime("%Y-%m-%d %H:%M") + (" UTC" if zoned else "")


def _local_text(minutes: float, zoned: bool, zone: Zone | None) -> str:
    """The instant on the zone's clock, labelled as the zone reads then ("EDT" in July
    for America/New_York); a time with no zone is shown as written, unlabelled."""
    if not zoned:
        return _utc_text(minutes, False)
    if zone is None or (zone.offset_minutes is None and zone.iana is None):
        return _utc_text(minutes, True)
    moment = _moment(minutes)
    if zone.offset_minutes is not None:
        local = moment + dt.timedelta(minutes=zone.offset_minutes)
        return local.strftime("%Y-%m-%d %H:%M") + f" {zone.label}"
    from zoneinfo import ZoneInfo

    local = moment.astimezone(ZoneInfo(zone.iana or "UTC"))
    return local.strftime("%Y-%m-%d %H:%M") + f" {local.tzname() or zone.label}"


def _zone_label(zone: Zone | None) -> str:
    return "UTC" if zone is None or (zone.offset_minutes is None and zone.iana is None) \
        else zone.label


def _edge_label(seconds: float) -> str:
    return format_seconds(seconds) if seconds >= 0 else f"{format_seconds(-seconds)} earlier"


def to_mermaid(graph: nx.DiGraph) -> str:
    lines = ["```mermaid", "flowchart LR"]
    if graph.graph.get("reordered"):
        lines.append("    %% phases in the order the incident ran, not the usual one")
    for node, data in graph.nodes(data=True):
        mark = " (disputed)" if data["disputed"] else ""
        lines.append(f'    {_id(node)}["{node}<br/>{data["time"]}{mark}<br/>{_where(data)}"]')
    for a, b, data in graph.edges(data=True):
        lines.append(f'    {_id(a)} -->|"{data["label"]}"| {_id(b)}')
    lines.append("```")
    return "\n".join(lines) + "\n"


def to_gantt(graph: nx.DiGraph) -> str:
    """A Mermaid gantt chart for a pull-request comment: each phase a milestone, each step
    between phases a bar. Mermaid reads dates without their offset, so the chart is in UTC
    whatever the document's zone, and its title says so."""
    zoned = graph.graph.get("zone") is not None
    clock = "UTC" if zoned else "as written, no zone"
    lines = ["```mermaid", "gantt", f"    title Incident phases (times in {clock})",
             "    dateFormat YYYY-MM-DD HH:mm", "    axisFormat %m-%d %H:%M",
             "    section Phases"]
    for n, (node, data) in enumerate(graph.nodes(data=True), start=1):
        mark = " (disputed)" if data["disputed"] else ""
        lines.append(f"    {node}{mark} :milestone, m{n}, {_gantt_time(data)}, 0m")
    lines.append("    section Steps")
    for n, (a, b, data) in enumerate(graph.edges(data=True), start=1):
        start, end = graph.nodes[a], graph.nodes[b]
        lines.append(f"    {a} to {b} ({data['label']}) :s{n}, {_gantt_time(start)}, "
                     f"{_gantt_time(end)}")
    lines.append("```")
    return "\n".join(lines) + "\n"


def _gantt_time(data: dict[str, Any]) -> str:
    return str(data["utc"]).removesuffix(" UTC")


def _where(data: dict[str, Any]) -> str:
    return str(data.get("where") or f"line {data['line']}")


def _id(phase: str) -> str:
    """Mermaid reserves `end`; every node id gets a prefix."""
    return f"phase_{phase}"


def to_dot(graph: nx.DiGraph) -> str:
    lines = ["digraph incident {", "    rankdir=LR;"]
    for node, data in graph.nodes(data=True):
        label = f"{node}\\n{data['time']}\\n{_where(data)}"
        style = ", style=dashed" if data["disputed"] else ""
        lines.append(f'    "{node}" [label="{label}"{style}];')
    for a, b, data in graph.edges(data=True):
        lines.append(f'    "{a}" -> "{b}" [label="{data["label"]}"];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def to_json(graph: nx.DiGraph) -> str:
    payload: dict[str, Any] = {
        "path": graph.graph.get("path"), "zone": graph.graph.get("zone"),
        "nodes": [{"phase": n, **d} for n, d in graph.nodes(data=True)],
        "edges": [{"from": a, "to": b, **d} for a, b, d in graph.edges(data=True)],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
