"""Reporters: each format's shape, determinism, and SARIF against the official schema."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from pmlint.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
SEED_003 = str(SEEDS / "003_1eee0c03998c6125.txt")
SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(
    encoding="utf-8"))


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env)


def test_sarif_validates_against_the_official_schema() -> None:
    result = run("check", "--format", "sarif", str(SEEDS))
    assert result.exit_code == 1
    sarif = json.loads(result.output)
    jsonschema.validate(sarif, SCHEMA)
    driver = sarif["runs"][0]["tool"]["driver"]
    assert len(driver["rules"]) == 24  # 20, and the four evidence-* rules
    assert {r["id"] for r in driver["rules"]} >= {"PM102", "PM404"}


def test_sarif_carries_fixes_where_a_rule_has_one() -> None:
    sarif = json.loads(run("check", "--format", "sarif", SEED_003).output)
    flips = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "PM102"]
    assert len(flips) == 3
    replacement = flips[0]["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["deletedRegion"] == {"startLine": 14, "startColumn": 3,
                                            "endLine": 14, "endColumn": 11}
    assert replacement["insertedContent"] == {"text": "10:45 PM"}
    assert flips[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 14


def test_sarif_reports_an_unreadable_file_as_a_notification(tmp_path: Path) -> None:
    (tmp_path / "blob.md").write_bytes(b"\x00\x00")
    result = run("check", "--format", "sarif", str(tmp_path / "blob.md"))
    assert result.exit_code == 2
    sarif = json.loads(result.stdout)
    jsonschema.validate(sarif, SCHEMA)
    assert sarif["runs"][0]["invocations"][0]["executionSuccessful"] is False


def test_github_annotations() -> None:
    result = run("check", "--format", "github", SEED_003)
    lines = result.output.splitlines()
    assert lines[2].startswith(
        "::error file=" + SEED_003 + ",line=14,endLine=14,col=3,endColumn=15,"
        "title=ampm-flip (PM102)::10:45 AM EST follows 10:00 PM EST (line 13)")
    assert lines[0].startswith("::warning ")


def test_github_is_picked_automatically_in_actions() -> None:
    result = run("check", SEED_003, env={"GITHUB_ACTIONS": "true"})
    assert result.output.startswith("::warning file=")
    explicit = run("check", "--format", "text", SEED_003, env={"GITHUB_ACTIONS": "true"})
    assert not explicit.output.startswith("::")


def test_github_escapes_properties_and_data(tmp_path: Path) -> None:
    doc = tmp_path / "a,b:c.md"
    doc.write_text("## Timeline\n- 25:10 UTC: alert 100%\n", encoding="utf-8")
    out = run("check", "--format", "github", str(doc)).output
    assert "a%2Cb%3Ac.md" in out


def test_junit_one_case_per_file() -> None:
    result = run("check", "--format", "junit", str(SEEDS))
    root = ET.fromstring(result.output)
    cases = root.findall("./testsuite/testcase")
    assert len(cases) == 5
    failed = [c.get("name") for c in cases if c.find("failure") is not None]
    assert len(failed) == 2  # 002 and 003 have errors
    assert root.get("failures") == "2"


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "junit"])
def test_output_is_byte_for_byte_deterministic(fmt: str) -> None:
    first = run("check", "--format", fmt, str(SEEDS)).output
    assert first == run("check", "--format", fmt, str(SEEDS)).output
    assert "2026" not in first  # no wall clock anywhere
