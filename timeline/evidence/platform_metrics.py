"""The platform's own MTTx beside pmlint's, each under the platform's anchors.

PagerDuty measures from the trigger, FireHydrant and Rootly from Started, a status page
only from start to resolution; incident.io's duration metrics are the team's own and are
shown as the platform reports them. pmlint's side is the draft's anchors under the same
from→to definitions, so the two columns measure the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass

from pmlint.timeline.evidence.model import Evidence, RecordItem
from pmlint.timeline.model import Timeline

FROM_START = {"mttd": ("start", "detection"), "mtta": ("start", "acknowledgement"),
              "mttm": ("start", "mitigation"), "mttr": ("start", "resolution")}
PROFILES: Mapping[str, tuple[str, Mapping[str, tuple[str, str]]]] = {
    "pagerduty": ("from the trigger", {"mtta": ("detection", "acknowledgement"),
                                       "mttr": ("detection", "resolution")}),
    "firehydrant": ("from Started", FROM_START),
    "rootly": ("from started_at", FROM_START),
    "statuspage": ("from started_at", {"duration": ("start", "resolution")}),
    "incident-io": ("as the team defines them", {}),
}


@dataclass(frozen=True)
class Row:
    platform: str
    profile: str
    name: str
    from_phase: str | None
    to_phase: str | None
    pmlint_seconds: float | None
    record_seconds: float | None
    reason: str | None = None  # why a side is missing


def compare(timeline: Timeline, evidence: Evidence) -> tuple[Row, ...]:
    from pmlint.timeline.incident import analyse

    rows: list[Row] = []
    platforms = sorted({i.platform for i in evidence.items}
                       | {m.platform for m in evidence.metrics})
    for platform in platforms:
        if platform not in PROFILES:
            continue
        label, definitions = PROFILES[platform]
        items = [i for i in evidence.items if i.platform == platform and i.bound == "exact"]
        reported = [m for m in evidence.metrics if m.platform == platform]
        for name, (a, b) in definitions.items():
            own = next((m for m in reported if (m.from_phase, m.to_phase) == (a, b)
                        and m.seconds is not None), None)
            record = own.seconds if own is not None else _span(items, a, b)
            metric = analyse(timeline, custom=(a, b)).metrics[0]
            rows.append(Row(platform, label, name, a, b, metric.seconds, record,
                            metric.reason if metric.seconds is None else None))
        for m in reported:
            if m.from_phase is None or m.to_phase is None:
                rows.append(Row(platform, label, m.name, None, None, None, m.seconds,
                                "the platform does not say what it measures from and to"))
    return tuple(rows)


def _span(items: Sequence[RecordItem], a: str, b: str) -> float | None:
    starts = [i.at for i in items if i.phase == a]
    ends = [i.at for i in items if i.phase == b]
    if not starts or not ends:
        return None
    end = max(ends) if b == "resolution" else min(ends)
    seconds = (end - min(starts)).total_seconds()
    return seconds if seconds >= 0 else None


def to_records(rows: Sequence[Row]) -> list[dict[str, object]]:
    return [asdict(r) for r in rows]


def render_text(path: str, rows: Sequence[Row]) -> str:
    from pmlint.timeline.render import format_seconds

    def shown(seconds: float | None) -> str:
        return "-" if seconds is None else format_seconds(seconds)

    lines = []
    for platform in dict.fromkeys(r.platform for r in rows):
        own = [r for r in rows if r.platform == platform]
        lines.append(f"{path}: {platform}, measured {own[0].profile}")
        lines.append(f"  {'metric':<18} {'from → to':<34} {'pmlint':>14} {'record':>14} "
                     f"{'difference':>14}")
        for r in own:
            span = f"{r.from_phase} → {r.to_phase}" if r.from_phase else "(the platform's)"
            diff = "-"
            if r.pmlint_seconds is not None and r.record_seconds is not None:
                delta = r.pmlint_seconds - r.record_seconds
                diff = ("+" if delta > 0 else "-" if delta < 0 else "") + format_seconds(
                    abs(delta))
            lines.append(f"  {r.name[:18]:<18} {span:<34} {shown(r.pmlint_seconds):>14} "
                         f"{shown(r.record_seconds):>14} {diff:>14}")
    return "\n".join(lines) + ("\n" if lines else "")


def render_records(records: Sequence[Mapping[str, object]]) -> str:
    """The comparison tables of `metrics --evidence`, one per document, from its records."""
    out = []
    for record in records:
        rows = [Row(**r) for r in record.get("evidence", ())]  # type: ignore[arg-type, attr-defined]
        if rows:
            out.append(render_text(str(record["path"]), rows))
    return ("\n" + "\n".join(out)) if out else ""
