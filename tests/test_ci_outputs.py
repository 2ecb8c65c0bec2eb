"""More CI targets (issue 12, item 7): several formats in one run, each to stdout or a
file; GitLab Code Quality; the GitHub job summary with every finding."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from pmlint.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
SEED_003 = SEEDS / "003_1eee0c03998c6125.txt"
SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env)


def test_annotations_and_a_sarif_file_in_one_run(tmp_path: Path) -> None:
    sarif = tmp_path / "pmlint.sarif"
    result = run("check", "--format", "github", "--format", f"sarif:{sarif}", str(SEED_003))
    assert result.exit_code == 1
    assert result.stdout.count("::error ") == 3
    data = json.loads(sarif.read_text("utf-8"))
    jsonschema.validate(data, SCHEMA)
    alone = json.loads(run("check", "--format", "sarif", str(SEED_003)).stdout)
    assert data == alone  # the same report as a run of its own


def test_output_file_takes_the_format_without_a_file(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = run("check", "--format", "json", "--output-file", str(out), str(SEED_003))
    assert result.exit_code == 1
    assert json.loads(out.read_text("utf-8"))["summary"]["errors"] == 3
    assert "ampm-flip" not in result.stdout
    again = run("check", "--format", "json", "--output-file", str(out), str(SEED_003))
    assert again.exit_code == 1  # an earlier report is replaced


@pytest.mark.parametrize("bad", [["--format", "nope"], ["--format", "json:"],
                                 ["--format", "json", "--format", "sarif"]])
def test_impossible_format_requests_are_usage_errors(bad: list[str]) -> None:
    result = run("check", *bad, str(SEED_003))
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_gitlab_code_quality(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = run("check", "--format", "gitlab", "fixtures/seeds")
    assert result.exit_code == 1
    issues = json.loads(result.stdout)
    assert issues and all(set(i) >= {"description", "check_name", "fingerprint", "severity",
                                      "location"} for i in issues)
    assert {i["severity"] for i in issues} <= {"info", "minor", "major", "critical", "blocker"}
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    assert all(i["location"]["path"].startswith("fixtures/seeds/") for i in issues)
    assert all(isinstance(i["location"]["lines"]["begin"], int) for i in issues)
    flips = [i for i in issues if i["check_name"] == "PM102 ampm-flip"
             and i["location"]["path"].endswith("003_1eee0c03998c6125.txt")]
    assert [i["location"]["lines"]["begin"] for i in flips] == [14, 15, 16]
    assert all(i["severity"] == "major" for i in flips)
    monkeypatch.chdir(SEEDS)  # from another folder: the same paths and fingerprints
    assert json.loads(run("check", "--format", "gitlab", ".").stdout) == issues


def test_the_github_job_summary_lists_every_finding(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("## earlier step\n")
    docs = tmp_path / "docs"
    docs.mkdir()
    for n in range(6):  # 18 errors: more than GitHub shows as annotations
        (docs / f"pm{n}.md").write_bytes(SEED_003.read_bytes())
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    result = run("check", str(docs), env=env)
    assert result.exit_code == 1
    assert result.stdout.count("::error ") == 18  # github is the default in Actions
    text = summary.read_text("utf-8")
    assert text.startswith("## earlier step\n")  # appended, never replaced
    assert text.count("| error | ampm-flip (PM102) |") == 18
    assert "6 files checked: 18 errors, 12 warnings, 0 info" in text


def test_the_job_summary_escapes_document_text(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    doc = tmp_path / "a|b<script>.md"
    doc.write_bytes(SEED_003.read_bytes())
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    assert run("check", str(doc), env=env).exit_code == 1
    text = summary.read_text("utf-8")
    assert "<script>" not in text and "a\\|b&lt;script&gt;.md" in text
    for row in (line for line in text.splitlines() if line.startswith("| ")):
        assert row.replace("\\|", "").count("|") == 5  # four cells, never more


def test_no_job_summary_without_the_github_format(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    assert run("check", "--format", "json", str(SEED_003), env=env).exit_code == 1
    assert not summary.exists()
