"""`pmlint timeline --evidence`: the record beside the draft, as text or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from pmlint.timeline.evidence.instants import utc_text
from pmlint.timeline.evidence.match import Reconciliation
from pmlint.timeline.model import Timeline
from pmlint.timeline.render import format_seconds, timeline_to_dict


def _delta(minutes: float) -> str:
    sign = "+" if minutes > 0 else "-" if minutes < 0 else "±"
    return sign + format_seconds(round(abs(minutes) * 60))


def render_text(timelines: Sequence[Timeline], recs: Sequence[Reconciliation]) -> str:
    lines: list[str] = []
    for timeline, rec in zip(timelines, recs, strict=True):
        paired = {id(p.item): p for p in rec.pairs}
        shift = ""
        if rec.shift is not None and rec.shift.minutes:
            shift = f"; the draft's times fit it {_delta(rec.shift.minutes)} off"
        elif rec.shift is None and rec.items:
            shift = "; the draft's times could not be aligned with it"
        lines.append(f"{timeline.path}: record of {len(rec.items)} item"
                     f"{'s' if len(rec.items) != 1 else ''}{shift}")
        shown = _shown(rec)
        for item in shown:
            pair = paired.get(id(item))
            where = (f"line {pair.point.event.line} {pair.verdict} "
                     f"({_delta(pair.residual)})" if pair else "")
            lines.append(f"  {utc_text(item.at):<24} {item.phase or '-':<15} "
                         f"{item.source[:70]:<70} {where}".rstrip())
        if len(shown) < len(rec.items):
            rest = len(rec.items) - len(shown)
            lines.append(f"  ... and {rest} message{'s' if rest != 1 else ''} that match"
                         f"{'es' if rest == 1 else ''} no entry")
    return "\n".join(lines) + "\n"


def _shown(rec: Reconciliation) -> list[Any]:
    """Milestones, and the messages that pair with an entry (not a whole channel)."""
    paired = {id(p.item) for p in rec.pairs}
    return [i for i in rec.items if i.bound == "exact" or i.phase or id(i) in paired]


def render_json(timelines: Sequence[Timeline], recs: Sequence[Reconciliation]) -> str:
    payload = [_one(t, r) for t, r in zip(timelines, recs, strict=True)]
    return json.dumps(payload[0] if len(payload) == 1 else payload, indent=2,
                      ensure_ascii=False) + "\n"


def _one(timeline: Timeline, rec: Reconciliation) -> dict[str, Any]:
    data = timeline_to_dict(timeline)
    paired = {id(p.item): p for p in rec.pairs}
    data["evidence"] = {
        "shift_minutes": rec.shift.minutes if rec.shift is not None else None,
        "items": [{
            "utc": item.at.strftime("%Y-%m-%dT%H:%M:%S.%fZ" if item.at.microsecond
                                    else "%Y-%m-%dT%H:%M:%SZ"),
            "name": item.name, "phase": item.phase, "source": item.source,
            "platform": item.platform, "bound": item.bound, "text": item.text,
            "line": paired[id(item)].point.event.line if id(item) in paired else None,
            "verdict": paired[id(item)].verdict if id(item) in paired else None,
            "delta_seconds": round(paired[id(item)].residual * 60)
            if id(item) in paired else None,
        } for item in _shown(rec)],
        "unpaired_messages": len(rec.items) - len(_shown(rec)),
    }
    return data
