"""--evidence from the command line: check, timeline and metrics; configuration; the
format override; deterministic output; and a plain check that never loads any of it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from pmlint.cli import EVIDENCE_FORMATS, main

ROOT = Path(__file__).resolve().parent.parent
DRAFT = """# Checkout errors

## Timeline (all times UTC)
- 2024-03-05 14:20: alert fired for checkout errors
- 14:25: on-call acknowledged the page
- 14:35: rolled back the checkout deploy
- 14:50: service restored
"""
LOG = {"log_entries": [
    {"id": "Q1", "type": "trigger_log_entry", "created_at": "2024-03-05T14:02:00Z"},
    {"id": "Q2", "type": "acknowledge_log_entry", "created_at": "2024-03-05T14:24:00Z"},
    {"id": "Q3", "type": "assign_log_entry", "created_at": "2024-03-05T14:30:00Z"},
    {"id": "Q4", "type": "resolve_log_entry", "created_at": "2024-03-05T14:51:00Z"}]}


def setup(tmp: Path, config: str | None = None) -> tuple[Path, Path]:
    draft = tmp / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    log = tmp / "pagerduty.json"
    log.write_text(json.dumps(LOG), encoding="utf-8")
    if config is not None:
        (tmp / ".pmlint.toml").write_text(config, encoding="utf-8")
    return draft, log


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args))


def test_check_reports_the_mismatch_at_the_draft_line_naming_the_record(tmp_path: Path
                                                                       ) -> None:
    draft, log = setup(tmp_path)
    result = run("check", str(draft), "--evidence", str(log), "--fail-on", "warning")
    assert result.exit_code == 1
    assert (f"{draft}:4:3: warning evidence-mismatch the detection time 2024-03-05 14:20 is "
            "18 min later than the record: pagerduty.json: trigger_log_entry Q1 at "
            "2024-03-05 14:02 UTC") in result.stdout
    assert run("check", str(draft), "--evidence", str(log)).exit_code == 0  # a warning


def test_output_is_the_same_bytes_every_time(tmp_path: Path) -> None:
    draft, log = setup(tmp_path)
    for fmt in ("text", "json", "sarif"):
        first = run("check", "--format", fmt, str(draft), "--evidence", str(log))
        second = run("check", "--format", fmt, str(draft), "--evidence", str(log))
        assert first.stdout == second.stdout


def test_the_configuration_extends_a_phase_map_and_sets_tolerances(tmp_path: Path) -> None:
    """assign_log_entry means nothing by default; a team that escalates by assigning says
    so. A 20-minute detection tolerance silences the 18-minute difference."""
    config = ('[evidence]\ntolerance-minutes = { detection = 20 }\n'
              '[evidence.phases.pagerduty]\nassign_log_entry = "escalation"\n')
    draft, log = setup(tmp_path, config)
    result = run("check", str(draft), "--evidence", str(log), "--fail-on", "info")
    assert "evidence-mismatch" not in result.stdout
    assert ("info evidence-missing the record has an escalation (pagerduty.json: "
            "assign_log_entry Q3 at 2024-03-05 14:30 UTC) that the draft never mentions"
            ) in result.stdout


def test_a_bad_evidence_configuration_names_the_culprit(tmp_path: Path) -> None:
    draft, log = setup(tmp_path, '[evidence.phases.pagerduty]\ntrigger_log_entry = "detect"\n')
    result = run("check", str(draft), "--evidence", str(log))
    assert result.exit_code == 2
    assert "unknown phase 'detect'; did you mean 'detection'?" in result.stderr
    setup(tmp_path, '[evidence]\ntolerance = 5\n')
    result = run("check", str(draft), "--evidence", str(log))
    assert result.exit_code == 2
    assert "unknown key 'tolerance' in [evidence]; did you mean 'tolerance-minutes'?" \
        in result.stderr


def test_csv_with_configured_columns_semicolons_and_epoch_seconds(tmp_path: Path) -> None:
    config = '[evidence.csv]\ntime = "When"\nphase = "Milestone"\ntext = "Note"\n'
    draft, _ = setup(tmp_path, config)
    table = tmp_path / "record.txt"
    table.write_text("When;Milestone;Note\n1709647320;Detected;pager\n"
                     "2024-03-05T14:51:00+00:00;resolved at;all clear\n", encoding="utf-8")
    result = run("check", str(draft), "--evidence", str(table), "--fail-on", "warning")
    assert "the detection time 2024-03-05 14:20 is 18 min later than the record: " \
           "record.txt: line 2 (Detected) at 2024-03-05 14:02 UTC" in result.stdout
    assert "resolution" not in result.stdout


def test_the_format_flag_overrides_the_guess(tmp_path: Path) -> None:
    draft, log = setup(tmp_path)
    result = run("check", str(draft), "--evidence", str(log), "--evidence-format",
                 "statuspage")
    assert result.exit_code == 2
    assert "expected Statuspage incidents" in result.stderr


def test_timeline_shows_the_record_beside_the_draft(tmp_path: Path) -> None:
    draft, log = setup(tmp_path)
    text = run("timeline", str(draft), "--evidence", str(log)).stdout
    assert "record of 4 items" in text
    assert "pagerduty.json: trigger_log_entry Q1" in text and "line 4 mismatch (+18 min)" in text
    data = json.loads(run("timeline", "--format", "json", str(draft), "--evidence",
                          str(log)).stdout)
    first = data["evidence"]["items"][0]
    assert (first["utc"], first["phase"], first["line"], first["verdict"],
            first["delta_seconds"]) == ("2024-03-05T14:02:00Z", "detection", 4, "mismatch", 1080)


def test_metrics_show_the_platforms_own_figures_under_its_anchors(tmp_path: Path) -> None:
    """PagerDuty measures from the trigger: MTTA is trigger -> first ack, MTTR trigger ->
    resolve; pmlint's side is the draft's detection -> acknowledgement/resolution."""
    draft, log = setup(tmp_path)
    text = run("metrics", str(draft), "--evidence", str(log)).stdout
    assert "pagerduty, measured from the trigger" in text
    assert "mtta               detection → acknowledgement" in text
    data = json.loads(run("metrics", "--format", "json", str(draft), "--evidence",
                          str(log)).stdout)
    rows = {r["name"]: r for r in data["incidents"][0]["evidence"]}
    assert (rows["mtta"]["pmlint_seconds"], rows["mtta"]["record_seconds"]) == (300, 1320)
    assert (rows["mttr"]["pmlint_seconds"], rows["mttr"]["record_seconds"]) == (1800, 2940)


def test_firehydrant_metrics_are_measured_from_started(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("## Timeline (UTC)\n- 2024-03-05 13:55: impact started, checkout down\n"
                     "- 14:02: alert fired\n- 14:45: service restored\n", encoding="utf-8")
    sample = ROOT / "fixtures" / "evidence" / "public" / "firehydrant-incident.json"
    data = json.loads(run("metrics", "--format", "json", str(draft), "--evidence",
                          str(sample)).stdout)
    rows = {r["name"]: r for r in data["incidents"][0]["evidence"]}
    assert rows["mttd"]["profile"] == "from Started"
    assert (rows["mttd"]["pmlint_seconds"], rows["mttd"]["record_seconds"]) == (420, 420)
    assert (rows["mttr"]["pmlint_seconds"], rows["mttr"]["record_seconds"]) == (3000, 3000)


def test_the_cli_knows_every_evidence_format() -> None:
    from pmlint.timeline.evidence.model import FORMATS

    assert EVIDENCE_FORMATS == FORMATS


def test_a_plain_check_loads_no_evidence_code() -> None:
    """Evidence code loads lazily, only when --evidence is given: cold checks stay fast."""
    code = ("import sys\nfrom pmlint import cli\n"
            "from click.testing import CliRunner\n"
            "CliRunner().invoke(cli.main, ['check', 'fixtures/seeds'])\n"
            "print(sorted(m for m in sys.modules if m.startswith('pmlint.timeline.evidence')"
            " or m == 'ijson' or m.startswith('ijson.')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "[]"
