"""Incident anchors and metrics: the numbers a careful reader computes by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pmlint.cli import main
from pmlint.timeline import graph
from pmlint.timeline.document import read_timeline, timeline_from_text
from pmlint.timeline.incident import analyse, to_record

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def seed(prefix: str) -> dict:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return to_record(analyse(read_timeline(str(path))))


def test_seed_001_start_detection_and_resolution() -> None:
    r = seed("001")
    assert r["start"] == r["detected"] == "2023-03-15T09:00:00Z"
    assert r["resolved"] == "2023-03-15T14:30:00Z"
    assert r["mttd_seconds"] == 0
    assert r["mttr_seconds"] == 5.5 * 3600
    assert r["anchors"]["mttr"] == {"from_line": 5, "to_line": 6}
    assert r["missing"]["mtta"] == "no acknowledgement time in the document"


def test_seed_003_mttr_is_disputed_and_computed_on_the_corrected_reading() -> None:
    r = seed("003")
    assert r["start"] == "2023-05-11T02:45:00Z"  # 9:45 PM EST on May 10
    assert r["resolved"] == "2023-05-11T05:15:00Z"  # 12:15 AM EST, read as AM
    assert r["mttr_seconds"] == 2.5 * 3600
    assert "mttr" in r["disputed"]
    assert r["as_written"]["mttr"] == 14.5 * 3600  # 12:15 PM the next day, as written


def test_seed_004_metrics() -> None:
    r = seed("004")
    assert r["start"] == r["detected"] == "2024-08-10T08:00:00Z"
    assert r["mtta_seconds"] == 20 * 60
    assert r["mtte_seconds"] == 60 * 60
    assert r["mttr_seconds"] == 2.5 * 3600
    assert r["mttm_seconds"] is None


def test_seed_002_measures_from_the_stated_start_to_the_last_restore() -> None:
    r = seed("002")
    assert r["start"] == "2022-06-09T23:00:00Z"  # 5 PM mountain on 6/9/22
    assert r["detected"] == "2022-06-10T20:00:00Z"  # the customer reached out
    assert r["resolved"] == "2022-06-12T05:26:00Z"  # the last restore, before the stated end
    assert r["mttd_seconds"] == 21 * 3600


def test_seed_000_has_no_metrics_and_says_why() -> None:
    r = seed("000")
    assert all(r[f"{m}_seconds"] is None for m in ("mttd", "mtta", "mtte", "mttm", "mttr"))
    assert r["missing"]["mttr"] == "no start time in the document"


def test_a_metric_is_never_negative() -> None:
    text = """Start Time: March 15, 2023, 10:00 UTC
End Time: March 15, 2023, 12:00 UTC

## Timeline
- 09:00 UTC: alert fired, issue detected
- 11:00 UTC: service restored
"""
    r = to_record(analyse(timeline_from_text(text)))
    assert r["mttd_seconds"] is None
    assert "is before the start" in r["missing"]["mttd"]
    assert r["mttr_seconds"] == 3600


def test_a_detection_word_before_the_start_the_timeline_marks_is_a_precursor() -> None:
    # the timeline's own "IMPACT BEGINS" comes after an entry with a detection word: that
    # entry tells what led up to it, and the outage is detected by the first alert after
    text = """# Ticket sale overload, 2024-02-02 (UTC)

## Timeline
- 09:58 Fans reported that presale codes had leaked on a forum
- 10:02 IMPACT BEGINS: checkout queue overflows
- 10:05 alert fired: checkout p99 over 30 s
- 10:09 on-call acknowledged
- 10:40 service restored
"""
    r = to_record(analyse(timeline_from_text(text)))
    assert r["detected"] == "2024-02-02T10:05:00Z"
    assert r["mttd_seconds"] == 3 * 60
    # a start stated in the summary is no telling of the timeline's: a detection before it
    # stays, and the metric says why it has no value
    stated = text.replace("## Timeline", "Impact start: 2024-02-02 10:02 UTC\n\n## Timeline")
    r = to_record(analyse(timeline_from_text(stated.replace("IMPACT BEGINS: ", ""))))
    assert r["mttd_seconds"] is None and "is before the start" in r["missing"]["mttd"]


def test_profiles_and_custom_pairs() -> None:
    text = """## Timeline
- 2024-01-05 09:00 UTC: deploy went out
- 09:20 UTC: alert fired
- 10:00 UTC: service restored
"""
    timeline = timeline_from_text(text)
    started = to_record(analyse(timeline, "started"))
    detected = to_record(analyse(timeline, "detected"))
    custom = to_record(analyse(timeline, custom=("detection", "resolution")))
    assert started["mttr_seconds"] == 3600  # from the deploy (the trigger)
    assert detected["mttr_seconds"] == 40 * 60
    assert custom["detection_to_resolution_seconds"] == 40 * 60


def test_graph_mermaid_is_valid_for_github() -> None:
    built = graph.build(analyse(read_timeline(str(next(SEEDS.glob("004_*.txt"))))))
    assert list(built.nodes) == ["start", "detection", "acknowledgement", "escalation",
                                 "resolution", "end"]
    assert built.edges["detection", "acknowledgement"]["seconds"] == 20 * 60
    text = graph.to_mermaid(built)
    assert text.startswith("```mermaid\nflowchart LR\n")
    assert " end[" not in text and "phase_end[" in text  # `end` is reserved in Mermaid
    assert '-->|"20 min"|' in text


@pytest.mark.parametrize("fmt", ["mermaid", "dot", "json"])
def test_graph_command(fmt: str) -> None:
    result = CliRunner().invoke(main, ["graph", "--format", fmt,
                                       str(next(SEEDS.glob("001_*.txt")))])
    assert result.exit_code == 0
    if fmt == "json":
        assert [n["phase"] for n in json.loads(result.output)["nodes"]][:2] == [
            "start", "detection"]


def test_metrics_command_json_shape_and_aggregate(tmp_path: Path) -> None:
    (tmp_path / "broken.md").write_bytes(b"\x00\x01binary")
    result = CliRunner().invoke(main, ["metrics", "--format", "json", str(SEEDS),
                                       str(tmp_path / "broken.md")])
    assert result.exit_code == 2, result.output  # an unreadable input is exit 2 ...
    data = json.loads(result.stdout)
    assert len(data["incidents"]) == 5
    assert set(data["incidents"][0]) >= {
        "path", "start", "detected", "acknowledged", "escalated", "mitigated", "resolved",
        "mttd_seconds", "mtta_seconds", "mtte_seconds", "mttm_seconds", "mttr_seconds",
        "disputed", "missing", "anchors"}
    mttr = data["aggregate"]["mttr"]
    assert mttr["count"] == 4
    assert mttr["median"] == 4 * 3600  # 2.5 h, 2.5 h, 5.5 h, 54.4 h -> (2.5 + 5.5) / 2
    assert "skipped" in result.stderr  # ... after the good documents are measured


def test_metrics_by_field_and_month(tmp_path: Path) -> None:
    for name, sev, day in (("a", "SEV-1", "2024-01-05"), ("b", "SEV-2", "2024-02-05"),
                           ("c", "SEV-1", "2024-02-07")):
        (tmp_path / f"{name}.md").write_text(
            f"Severity: {sev}\n\n## Timeline\n- {day} 09:00 UTC: outage begins\n"
            "- 09:10 UTC: alert fired\n- 10:00 UTC: service restored\n", encoding="utf-8")
    by_sev = json.loads(CliRunner().invoke(
        main, ["metrics", "--format", "json", "--by", "severity", str(tmp_path)]).stdout)
    assert by_sev["aggregate"]["SEV-1"]["mttd"]["count"] == 2
    by_month = json.loads(CliRunner().invoke(
        main, ["metrics", "--format", "json", "--by", "month", str(tmp_path)]).stdout)
    assert set(by_month["aggregate"]) == {"2024-01", "2024-02"}


def test_metrics_jobs_give_the_same_answer() -> None:
    one = CliRunner().invoke(main, ["metrics", "--format", "csv", str(SEEDS)]).output
    two = CliRunner().invoke(main, ["metrics", "--format", "csv", "--jobs", "2",
                                    str(SEEDS)]).output
    assert one == two


def test_a_roundup_of_incidents_is_measured_per_incident(tmp_path: Path) -> None:
    # two incidents under headings that name them, weeks apart: a metric per incident, not
    # one MTTD from the first incident's start to the second's alert
    text = """# Quarterly incident roundup

## Incident A: cache stampede (2024-02-05)
- 10:00 UTC cache misses spike, origin errors begin
- 10:04 UTC alert fires
- 10:40 UTC cache warmed; service restored

## Incident B: certificate expiry (2024-03-11)
- 08:00 UTC certificate expires, TLS handshakes start failing
- 08:30 UTC customers report errors
- 09:00 UTC certificate renewed; service restored
"""
    path = tmp_path / "roundup.md"
    path.write_text(text)
    result = CliRunner().invoke(main, ["metrics", "--format", "json", str(path)])
    incidents = json.loads(result.output)["incidents"]
    assert [i["path"].rsplit("#", 1)[1] for i in incidents] == ["1", "2"]
    assert [i["mttd_seconds"] for i in incidents] == [240, 1800]
    assert [i["mttr_seconds"] for i in incidents] == [2400, 3600]
    # one incident told under several headings stays one
    single = text.replace("## Incident B: certificate expiry (2024-03-11)", "## Follow-up")
    (tmp_path / "single.md").write_text(single)
    result = CliRunner().invoke(main, ["metrics", "--format", "json", str(tmp_path / "single.md")])
    assert len(json.loads(result.output)["incidents"]) == 1


def test_a_start_field_restated_in_another_section_is_one_incident() -> None:
    from pmlint.timeline.scopes import incident_starts

    text = """---
start-time: 2025-01-07T09:15:00Z
---

# Export failures

## Timeline
- 2025-01-07 09:15 UTC exports start failing
- 2025-01-07 10:05 UTC fix deployed; exports succeed

## Impact
- **Duration:** 09:15 UTC to 10:05 UTC on January 7, 2025

## Status updates
- 2025-01-07 10:20 UTC Resolved: this incident has been resolved.
"""
    assert incident_starts(timeline_from_text(text)) == ()
