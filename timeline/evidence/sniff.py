"""Which source an evidence path is, from its content: a Slack export folder or zip,
`log_entries`, `incident_timestamp_values`, `milestones`, a JSON:API `data.attributes`,
`incident_updates`, or a CSV header. `--evidence-format` overrides the guess.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from pmlint.timeline.evidence import firehydrant, incident_io, pagerduty, rootly, statuspage, table
from pmlint.timeline.evidence.model import EvidenceError
from pmlint.timeline.source import shown

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP = b"PK\x05\x06"
JSON_RECOGNISERS = (  # the order matters: the most specific keys first
    ("pagerduty", pagerduty.recognise),
    ("incident-io", incident_io.recognise),
    ("statuspage", statuspage.recognise),
    ("rootly", rootly.recognise),
    ("firehydrant", firehydrant.recognise),
)
EXPECTED = ("a Slack export (folder or zip with channels.json), a PagerDuty incident or "
            "log_entries, an incident.io incident, a FireHydrant incident, a Rootly JSON:API "
            "document, Statuspage incidents, or a CSV with a time column")


def container(path: str, head: bytes) -> str | None:
    """"slack" for an export folder or zip, "json" or "text" for a file, None if unknown."""
    if os.path.isdir(path):
        return "slack" if os.path.isfile(os.path.join(path, "channels.json")) else None
    if head.startswith((ZIP_MAGIC, EMPTY_ZIP)):
        return "slack"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in (b"{", b"["):
        return "json"
    return "text"


def json_format(data: Any, path: str) -> str:
    for name, recognise in JSON_RECOGNISERS:
        if recognise(data):
            return name
    raise EvidenceError(f"{shown(path)}: JSON of no known shape; expected {EXPECTED} "
                        "(or say which with --evidence-format)")


def text_format(text: str, path: str, csv_columns: Mapping[str, str]) -> str:
    if table.recognise(text, csv_columns):
        return "csv"
    raise EvidenceError(f"{shown(path)}: not evidence pmlint can read; expected {EXPECTED}")
