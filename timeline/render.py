"""Timeline output: pure functions from a Timeline to text, JSON or CSV."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from pmlint.timeline.model import Event, Timeline
from pmlint.timeline.printable import printable, spreadsheet_safe

if TYPE_CHECKING:
    from pmlint.timeline.locator import SourceMap


def event_to_dict(event: Event, source_map: SourceMap | None = None) -> dict[str, Any]:
    """An event as JSON; in a converted document (`source_map`) with its locator, and its
    notes naming places in the source rather than lines of the converted text."""
    found = _event_dict(event)
    if source_map is None:
        return found
    locator = source_map.locate(event.line, event.column)
    return {**found, "line": locator.line, "column": locator.column,
            "assumed": [source_map.rewrite(note) for note in event.assumed],
            "locator": locator.to_dict()}


def _event_dict(event: Event) -> dict[str, Any]:
    utc = event.utc
    return {
        "line": event.line,
        "column": event.column,
        "written": event.written,
        "text": event.text,
        "local": event.local or None,
        "at": event.at.isoformat() if event.at is not None else None,
        "utc": utc.strftime("%Y-%m-%dT%H:%M:%SZ") if utc is not None else None,
        "zone": event.zone.label if event.zone is not None else None,
        "grain": event.grain,
        "phase": event.phase,
        "also": list(event.also),
        "source": event.source,
        "kind": event.kind,
        "part": event.part,
        "field": event.field_name,
        "assumed": list(event.assumed),
    }


def timeline_to_dict(timeline: Timeline) -> dict[str, Any]:
    return {
        "path": timeline.path,
        "zone": timeline.zone.label if timeline.zone is not None else None,
        "events": [event_to_dict(e, timeline.source_map) for e in timeline.events],
        "durations": [
            {"line": d.line, "column": d.column, "written": d.written, "seconds": d.seconds,
             "approximate": d.approximate, "cue": d.cue,
             **_duration_place(d.line, d.column, timeline.source_map)}
            for d in timeline.durations
        ],
    }


def _duration_place(line: int, column: int, source_map: SourceMap | None) -> dict[str, Any]:
    if source_map is None:
        return {}
    locator = source_map.locate(line, column)
    return {"line": locator.line, "column": locator.column, "locator": locator.to_dict()}


def render_json(timelines: list[Timeline]) -> str:
    import json  # here, not on import: the rules read format_seconds from this module

    payload: Any = timeline_to_dict(timelines[0]) if len(timelines) == 1 else [
        timeline_to_dict(t) for t in timelines]
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


CSV_COLUMNS = ("path", "line", "column", "local", "at", "utc", "zone", "phase", "source",
               "kind", "written", "text", "assumed")


def render_csv(timelines: list[Timeline]) -> str:
    """One row per event; a `locator` column is added when a document was converted."""
    import csv

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    columns = CSV_COLUMNS
    if any(t.source_map is not None for t in timelines):
        columns = (*CSV_COLUMNS, "locator")
    writer.writerow(columns)
    for timeline in timelines:
        for event in timeline.events:
            row = event_to_dict(event, timeline.source_map)
            row["path"] = timeline.path
            row["assumed"] = "; ".join(row["assumed"])
            row["locator"] = row["locator"]["short"] if "locator" in row else None
            writer.writerow(["" if row[c] is None else spreadsheet_safe(row[c])
                             for c in columns])
    return out.getvalue()


def render_text(timelines: list[Timeline]) -> str:
    parts = [_text_one(t) for t in timelines]
    return "\n".join(parts)


def _text_one(timeline: Timeline) -> str:
    zone = timeline.zone.label if timeline.zone is not None else "no zone stated"
    count = len(timeline.events)
    lines = [f"{timeline.path}: {count} event{'s' if count != 1 else ''} ({zone})"]
    if not timeline.events:
        lines.append("  no timestamps found")
    width = max((len(_when(e)) for e in timeline.events), default=0)
    source_map = timeline.source_map
    places = 8  # "line:col" fits; a converted document's locators are wider
    if source_map is not None:
        places = max((len(source_map.short(e.line)) for e in timeline.events), default=8)
    for event in timeline.events:
        where = f"{event.line}:{event.column}"
        notes = event.assumed
        if source_map is not None:  # a converted document: its place in the source
            where = source_map.short(event.line)
            notes = tuple(source_map.rewrite(note) for note in notes)
        what = event.text if event.kind == "entry" else event.written
        if event.kind == "entry" and event.text:
            what = f"{event.written} | {event.text}"
        lines.append(f"  {where:>{places}}  {_when(event):<{width}}  {event.phase:<15} "
                     f"{event.source:<8}  {_shorten(what, 90)}")
        for note in notes:
            lines.append(f"  {'':>{places}}  assumed: {note}")
    for d in timeline.durations:
        where = f"{d.line}:{d.column}" if source_map is None else source_map.short(d.line)
        lines.append(f"  {where}  stated duration \"{d.written}\" = "
                     f"{format_seconds(d.seconds)}")
    return "\n".join(printable(line) for line in lines) + "\n"


def _when(event: Event) -> str:
    if event.at is not None:
        offset = event.at.strftime("%z")
        return f"{event.local.replace('T', ' ')} {offset[:3]}:{offset[3:]}"
    if not event.local:
        return f"?? ({event.written})"
    if event.clock is None:
        return event.local
    zone = f" {event.zone.label}" if event.zone is not None else " (no zone)"
    return event.local.replace("T", " ").strip() + zone


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 3] + "..."


def format_seconds(seconds: int | float) -> str:
    """3 d 14 h 44 min: the unit a reviewer reads, not raw seconds."""
    seconds = round(seconds)
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    parts = []
    if days:
        parts.append(f"{days} d")
    if hours:
        parts.append(f"{hours} h")
    if minutes:
        parts.append(f"{minutes} min")
    if secs or not parts:
        parts.append(f"{secs} s")
    return sign + " ".join(parts)
