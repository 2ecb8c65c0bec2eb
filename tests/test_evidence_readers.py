"""Readers' finer points: Slack threads, bots and zipped folders; Rootly's events; a file
of many incidents narrowed to the draft's."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from pmlint.checks.context import Analysis
from pmlint.timeline.document import timeline_from_text
from pmlint.timeline.evidence.load import load
from pmlint.timeline.evidence.model import Request


def test_slack_replies_bots_and_an_export_zipped_with_its_folder(tmp_path: Path) -> None:
    messages = [
        {"type": "message", "user": "U1", "text": "db is down", "ts": "1709647380.000100",
         "thread_ts": "1709647380.000100", "reply_count": 1},
        {"type": "message", "user": "U2", "text": "on it", "ts": "1709647400.000200",
         "thread_ts": "1709647380.000100"},
        {"type": "message", "subtype": "bot_message", "username": "PagerDuty",
         "bot_id": "B1", "text": "Triggered #42", "ts": "1709647390.000300"},
        {"type": "message", "subtype": "channel_purpose", "user": "U1", "text": "set it",
         "ts": "1709647395.000400"},
        {"type": "message", "user": "U1", "text": "", "ts": "1709647396.000500",
         "files": [{"id": "F1"}]},
    ]
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("Acme Slack export/channels.json", json.dumps([{"id": "C1", "name": "inc-db"}]))
        z.writestr("Acme Slack export/inc-db/2024-03-05.json", json.dumps(messages))
    items = load(Request((str(archive),))).items
    assert [(i.source, i.text) for i in items] == [
        ("#inc-db message by U1", "db is down"),
        ("#inc-db message by PagerDuty", "Triggered #42"),
        ("#inc-db reply by U2", "on it")]


def test_rootly_incident_events_are_notes(tmp_path: Path) -> None:
    path = tmp_path / "events.json"
    path.write_text(json.dumps({"data": [{"id": "e1", "type": "incident_events", "attributes": {
        "event": "Rolled back the release", "visibility": "internal",
        "occurred_at": "2024-06-12T09:30:00.000-07:00", "created_at": "2024-06-12T09:31:00Z",
        "updated_at": "2024-06-12T09:31:00Z"}}]}))
    (item,) = load(Request((str(path),))).items
    assert (item.name, item.phase, item.bound, item.text, item.at.isoformat()) == (
        "event", None, "after", "Rolled back the release", "2024-06-12T16:30:00+00:00")


def test_a_status_page_of_many_incidents_is_narrowed_to_the_drafts(tmp_path: Path) -> None:
    def incident(ident: str, day: str) -> dict[str, object]:
        return {"id": ident, "name": ident, "started_at": f"{day}T14:00:00Z",
                "resolved_at": f"{day}T15:00:00Z",
                "incident_updates": [{"status": "resolved", "body": "fixed",
                                      "created_at": f"{day}T15:00:00Z"}]}
    path = tmp_path / "incidents.json"
    path.write_text(json.dumps({"incidents": [incident("old", "2024-01-02"),
                                              incident("ours", "2024-03-05")]}))
    draft = timeline_from_text("## Timeline (UTC)\n- 2024-03-05 14:00: checkout went down\n"
                               "- 14:58: service restored\n", "d.md")
    rec = Analysis(draft, load(Request((str(path),)))).reconciliation
    assert rec is not None and rec.group == "ours"
    assert {i.group for i in rec.items} == {"ours"}
    assert [(p.point.event.line, p.verdict) for p in rec.pairs if p.via == "phase"] == [
        (2, "agrees")]
