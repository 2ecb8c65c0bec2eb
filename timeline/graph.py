"""The incident as a directed graph of its phases, for `pmlint graph`.

Nodes are the phases the document anchors (start → detection → acknowledgement →
escalation → mitigation → resolution → end), each remembering its event and line; an edge
joins each phase to the next one present, labelled with the time between them. networkx is
imported here only, so `check` never pays for it.
"""

from __future__ import annotations

import json
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from pmlint.timeline.incident import PHASE_ORDER, Incident
from pmlint.timeline.render import format_seconds

if TYPE_CHECKING:
    import networkx as nx


def build(incident: Incident) -> nx.DiGraph:
    import networkx as nx

    graph = nx.DiGraph(path=incident.path)
    present = [p for p in PHASE_ORDER if p in incident.anchors]
    for phase in present:
        anchor = incident.anchors[phase]
        event = anchor.event
        graph.add_node(phase, line=event.line, written=event.written, text=event.text,
                       utc=_utc_text(anchor.minutes, anchor.zoned), disputed=anchor.disputed)
        if incident.source_map is not None:  # a converted document: where in its source
            graph.nodes[phase]["where"] = incident.source_map.short(event.line)
    for a, b in pairwise(present):
        seconds = (incident.anchors[b].minutes - incident.anchors[a].minutes) * 60
        graph.add_edge(a, b, seconds=seconds, label=_edge_label(seconds))
    return graph


def _utc_text(minutes: float, zoned: bool) -> str:
    import datetime as dt

    moment = dt.datetime(1970, 1, 1) + dt.timedelta(minutes=minutes)
    return moment.strftime("%Y-%m-%d %H:%M") + (" UTC" if zoned else "")


def _edge_label(seconds: float) -> str:
    return format_seconds(seconds) if seconds >= 0 else f"{format_seconds(-seconds)} earlier"


def to_mermaid(graph: nx.DiGraph) -> str:
    lines = ["```mermaid", "flowchart LR"]
    for node, data in graph.nodes(data=True):
        mark = " (disputed)" if data["disputed"] else ""
        lines.append(f'    {_id(node)}["{node}<br/>{data["utc"]}{mark}<br/>{_where(data)}"]')
    for a, b, data in graph.edges(data=True):
        lines.append(f'    {_id(a)} -->|"{data["label"]}"| {_id(b)}')
    lines.append("```")
    return "\n".join(lines) + "\n"


def _where(data: dict[str, Any]) -> str:
    return str(data.get("where") or f"line {data['line']}")


def _id(phase: str) -> str:
    """Mermaid reserves `end`; every node id gets a prefix."""
    return f"phase_{phase}"


def to_dot(graph: nx.DiGraph) -> str:
    lines = ["digraph incident {", "    rankdir=LR;"]
    for node, data in graph.nodes(data=True):
        label = f"{node}\\n{data['utc']}\\n{_where(data)}"
        style = ", style=dashed" if data["disputed"] else ""
        lines.append(f'    "{node}" [label="{label}"{style}];')
    for a, b, data in graph.edges(data=True):
        lines.append(f'    "{a}" -> "{b}" [label="{data["label"]}"];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def to_json(graph: nx.DiGraph) -> str:
    payload: dict[str, Any] = {
        "path": graph.graph.get("path"),
        "nodes": [{"phase": n, **d} for n, d in graph.nodes(data=True)],
        "edges": [{"from": a, "to": b, **d} for a, b, d in graph.edges(data=True)],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
