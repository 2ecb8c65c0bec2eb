"""From the paths given to --evidence to one sorted record.

Each path is recognised by its content (or by --evidence-format), read by its source's
module, and its items given pmlint's phases from the reader's table, extended by
`[tool.pmlint.evidence.phases.<source>]`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Mapping, Sequence

from pmlint.timeline.evidence import files, sniff
from pmlint.timeline.evidence.model import (
    Evidence,
    EvidenceError,
    EvidenceSettings,
    Reading,
    RecordItem,
    Request,
)
from pmlint.timeline.model import Timeline
from pmlint.timeline.source import shown

MAX_ITEMS = 1_000_000
"""A record with more items than this is not one incident's (and would not fit in memory)."""
WINDOW_MARGIN = dt.timedelta(days=2, hours=14)
"""Messages this far outside the draft's dated times are no evidence of it (two days, and
the widest zone offset for a draft that states none)."""


def window_of(timelines: Sequence[Timeline]) -> tuple[dt.datetime, dt.datetime] | None:
    """The span of the drafts' dated times, widened by WINDOW_MARGIN; None when a draft has
    no dated time (then every message may be its evidence)."""
    spans = []
    for timeline in timelines:
        minutes = [e.order_minutes for e in timeline.events
                   if e.order_minutes is not None and e.local[:1].isdigit()]
        if not minutes:
            return None
        spans.append((min(minutes), max(minutes)))
    if not spans:
        return None
    epoch = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    return (epoch + dt.timedelta(minutes=min(s for s, _ in spans)) - WINDOW_MARGIN,
            epoch + dt.timedelta(minutes=max(e for _, e in spans)) + WINDOW_MARGIN)


def load(request: Request, settings: EvidenceSettings | None = None) -> Evidence:
    """Raises EvidenceError (an InputError) with one line for the user."""
    settings = settings or EvidenceSettings()
    items: list[RecordItem] = []
    metrics = []
    channels = request.channels or settings.channels
    for path in request.paths:
        reading = read_path(path, request.format, channels, settings, request.window)
        items.extend(_mapped(reading, settings.phases))
        metrics.extend(reading.metrics)
        if len(items) > MAX_ITEMS:
            raise EvidenceError(f"{shown(path)}: more than {MAX_ITEMS:,} items in the record")
    items.sort(key=lambda i: (i.at, i.source, i.name))
    return Evidence(tuple(items), tuple(metrics), settings, request.paths)


def read_path(path: str, fmt: str | None, channels: tuple[str, ...],
              settings: EvidenceSettings,
              window: tuple[dt.datetime, dt.datetime] | None = None) -> Reading:
    label = shown(os.path.basename(path.rstrip("/\\")) or path)
    if os.path.isdir(path):
        if fmt not in (None, "slack"):
            raise EvidenceError(f"{shown(path)}: a folder can only be a Slack export")
        if sniff.container(path, b"") != "slack":
            raise EvidenceError(f"{shown(path)}: a folder without channels.json is not a "
                                "Slack export")
        from pmlint.timeline.evidence import slack

        return slack.read(path, channels, window)
    head = _head(path)
    kind = sniff.container(path, head)
    if fmt == "slack" or (fmt is None and kind == "slack"):
        if not head.startswith((sniff.ZIP_MAGIC, sniff.EMPTY_ZIP)):
            raise EvidenceError(f"{shown(path)}: a Slack export is a folder or a zip file")
        from pmlint.timeline.evidence import slack

        return slack.read(path, channels, window)
    data = files.read_bytes(path)
    if fmt is None and path.lower().endswith((".csv", ".tsv")):
        fmt = "csv"  # named as a table: a missing time column is the error to report
    if fmt == "csv" or (fmt is None and kind == "text"):
        from pmlint.timeline.evidence import table

        text = files.decode(data, shown(path))
        if fmt is None:
            sniff.text_format(text, path, settings.csv_columns)
        return table.read(data, label, settings.csv_columns)
    parsed = files.load_json(data, shown(path))
    fmt = fmt or sniff.json_format(parsed, path)
    return _json_reader(fmt)(parsed, label)


def _json_reader(fmt: str):  # type: ignore[no-untyped-def]
    from pmlint.timeline.evidence import firehydrant, incident_io, pagerduty, rootly, statuspage

    return {"pagerduty": pagerduty.read, "incident-io": incident_io.read,
            "firehydrant": firehydrant.read, "rootly": rootly.read,
            "statuspage": statuspage.read}[fmt]


def _head(path: str) -> bytes:
    files.regular_file_size(path)
    try:
        with open(path, "rb") as stream:
            return stream.read(64)
    except OSError as error:
        raise EvidenceError(f"{shown(path)}: cannot read ({error.strerror})") from None


def _mapped(reading: Reading, phases: Mapping[str, Mapping[str, str | None]]
            ) -> list[RecordItem]:
    """The configured phase of each item's name, over the reader's own table."""
    if not reading.items:
        return []
    table = phases.get(reading.items[0].platform)
    if not table:
        return list(reading.items)
    lowered = {k.lower(): v for k, v in table.items()}
    return [dataclasses.replace(i, phase=lowered[i.name.lower()])  # type: ignore[arg-type]
            if i.name.lower() in lowered else i for i in reading.items]
