"""Real public sample payloads, each read by its reader (fixtures/evidence/public/README.md
says where each comes from; the source is named again beside each test)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pmlint.timeline.evidence.load import load
from pmlint.timeline.evidence.model import Request

PUBLIC = Path(__file__).resolve().parent.parent / "fixtures" / "evidence" / "public"


def read(name: str, fmt: str | None = None) -> list[tuple[str, str | None, str, str]]:
    evidence = load(Request((str(PUBLIC / name),), fmt))
    return [(i.name, i.phase, i.at.strftime("%Y-%m-%dT%H:%M:%S"), i.bound)
            for i in evidence.items]


def test_pagerduty_log_entries() -> None:
    """PagerDuty/pagerduty-mcp-server tests/test_log_entries.py: the API reference's
    trigger of "The server is on fire." and its acknowledgement five minutes later."""
    assert read("pagerduty-log-entries.json") == [
        ("service_change_log_entry", None, "2015-10-06T21:30:42", "exact"),
        ("trigger_log_entry", "detection", "2015-10-06T21:30:42", "exact"),
        ("acknowledge_log_entry", "acknowledgement", "2015-10-06T21:35:42", "exact"),
    ]


def test_pagerduty_incident() -> None:
    """koyeung/pdcli tests/command/conftest.py: incident PT4KHLK, created (triggered) at
    2015-10-06T21:30:42Z, with its acknowledgements[] and resolved_at."""
    assert read("pagerduty-incident.json") == [
        ("created_at", "detection", "2015-10-06T21:30:42", "exact"),
        ("acknowledgements", "acknowledgement", "2015-10-06T21:38:23", "exact"),
        ("resolved_at", "resolution", "2015-10-06T22:10:00", "exact"),
    ]


def test_incident_io_singer_tap_incident() -> None:
    """incident-io/singer-tap integration/testdata/sync/incidents.json: INC-1 has only
    "Reported at" set (the eleven other timestamps are null), and one update."""
    assert read("incident-io-incidents.json") == [
        ("Reported at", "detection", "2023-10-24T15:10:35", "exact"),
        ("update", None, "2023-10-24T15:10:35", "after"),
    ]


def test_statuspage_python_infrastructure_mock() -> None:
    """pypi/warehouse statuspage_controller.js: the status.python.org mock, its one update
    at 14:22:40.301-06:00 ("identified"), read in UTC."""
    assert read("statuspage-incidents.json") == [
        ("identified", None, "2014-05-14T20:22:40", "after"),
    ]


def test_firehydrant_milestones_and_measurements() -> None:
    """firehydrant/firehydrant-typescript-sdk docs (IncidentEntity, milestones[] with type
    and occurred_at, lifecycle_measurements[]): started_at and the started milestone are one
    item; the platform's own durations come with their milestones."""
    evidence = load(Request((str(PUBLIC / "firehydrant-incident.json"),)))
    assert [(i.name, i.phase) for i in evidence.items] == [
        ("started", "start"), ("detected", "detection"), ("acknowledged", "acknowledgement"),
        ("mitigated", "mitigation"), ("resolved", "resolution")]
    assert [(m.name, m.seconds, m.from_phase, m.to_phase) for m in evidence.metrics] == [
        ("mttd", 420.0, "start", "detection"), ("mttr", 3000.0, "start", "resolution")]


def test_rootly_json_api_incident() -> None:
    """rootlyhq/rootly-java docs/Incident.md: data.attributes with *_at timestamps at an
    offset; acknowledged_at (not set automatically) is null and gives nothing."""
    assert read("rootly-incident.json") == [
        ("started_at", "start", "2024-06-12T16:00:00", "exact"),
        ("detected_at", "detection", "2024-06-12T16:06:00", "exact"),
        ("mitigated_at", "mitigation", "2024-06-12T16:40:00", "exact"),
        ("resolved_at", "resolution", "2024-06-12T17:05:00", "exact"),
    ]


def test_slack_export_as_documented() -> None:
    """Slack's message shape (ts "1361482916.000004" = 2013-02-21 21:41:56 UTC, from Slack's
    2016-05-31 changelog) in the layout of hfaran/slack-export-viewer's test archive; the
    channel_join is not a message anyone wrote."""
    evidence = load(Request((str(PUBLIC / "slack-export"),)))
    assert [(i.at, i.source, i.text) for i in evidence.items] == [
        (dt.datetime(2013, 2, 21, 21, 41, 56, 4, tzinfo=dt.UTC),
         "#general message by spengler", "Hello world")]


@pytest.mark.parametrize(("name", "fmt"), [
    ("pagerduty-log-entries.json", "pagerduty"), ("pagerduty-incident.json", "pagerduty"),
    ("incident-io-incidents.json", "incident-io"), ("statuspage-incidents.json", "statuspage"),
    ("firehydrant-incident.json", "firehydrant"), ("rootly-incident.json", "rootly"),
])
def test_each_sample_is_recognised_by_its_content(name: str, fmt: str) -> None:
    """No flag needed: the sniffer names the same reader --evidence-format would."""
    from pmlint.timeline.evidence import files, sniff

    data = files.load_json((PUBLIC / name).read_bytes(), name)
    assert sniff.json_format(data, name) == fmt
    assert read(name) == read(name, fmt)
