"""Rule cases as data: fixtures/rules/<rule-name>.toml, one parametrised test.

Each case is a small document and the findings one rule must report on it (line, column,
words of the message); an empty list means the rule must stay silent. Only the rule under
test runs, so a case shows exactly what that rule does.

The evidence-* rules' cases carry the record too: `[[case.evidence]]` tables, each a file
(`name` and `content`) or a Slack export folder (`name` and a `[case.evidence.files]`
table of paths and contents), read through the same sniffing and readers as --evidence;
`evidence_config` is a `[tool.pmlint.evidence]` table for the case.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

import pytest

from pmlint.checks import ALL_RULES, get
from pmlint.checks.engine import lint
from pmlint.timeline.document import timeline_from_text
from pmlint.timeline.normalise import Options
from pmlint.timeline.zones import parse_zone_option

CASES_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "rules"


def load_cases() -> list[Any]:
    params = []
    for path in sorted(CASES_DIR.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data["case"]:
            params.append(pytest.param(path.stem, case, id=f"{path.stem}-{case['name']}"))
    return params


def case_evidence(case: dict[str, Any], directory: Path) -> Any:
    """The case's record, written to files and read as `--evidence` would read them."""
    if "evidence" not in case:
        return None
    from pmlint.checks.config import _evidence
    from pmlint.timeline.evidence.load import load
    from pmlint.timeline.evidence.model import Request

    paths = []
    for given in case["evidence"]:
        path = directory / given["name"]
        if "files" in given:
            for relative, content in given["files"].items():
                (path / relative).parent.mkdir(parents=True, exist_ok=True)
                (path / relative).write_text(content, encoding="utf-8")
        else:
            path.write_text(given["content"], encoding="utf-8")
        paths.append(str(path))
    settings = _evidence(case["evidence_config"], "case: ") if "evidence_config" in case \
        else None
    return load(Request(tuple(paths), case.get("evidence_format")), settings)


@pytest.mark.parametrize(("rule_name", "case"), load_cases())
def test_rule_case(rule_name: str, case: dict[str, Any], tmp_path: Path) -> None:
    rule = get(rule_name)
    tz = parse_zone_option(case["tz"]) if "tz" in case else None
    reference = dt.date.fromisoformat(case["reference"]) if "reference" in case else None
    timeline = timeline_from_text(case["document"], "case.md",
                                  Options(default_zone=tz, reference=reference))
    findings = lint(timeline, [rule], {rule.name: case.get("options", {})},
                    case_evidence(case, tmp_path))
    got = [(f.line, f.column) for f in findings]
    expected = [(f["line"], f["column"]) for f in case.get("findings", [])]
    assert got == expected, "\n".join(f.message for f in findings)
    for finding, wanted in zip(findings, case.get("findings", []), strict=True):
        for words in wanted.get("message", []):
            assert words in finding.message, finding.message
        if "suggestion" in wanted:
            assert finding.suggestion == wanted["suggestion"]
        if "severity" in wanted:
            assert finding.severity == wanted["severity"]
        if "fixable" in wanted:  # whether --fix may mend it: only where one reading is sure
            assert (finding.fix is not None) == wanted["fixable"], finding.message
    for finding in findings:  # `pmlint rules` lists every severity a rule can give
        assert finding.severity in rule.severities, (rule.name, finding.severity)


def test_every_rule_has_a_firing_and_a_silent_case() -> None:
    by_rule: dict[str, list[dict[str, Any]]] = {}
    for path in CASES_DIR.glob("*.toml"):
        by_rule[path.stem] = tomllib.loads(path.read_text(encoding="utf-8"))["case"]
    for rule in ALL_RULES:
        cases = by_rule.get(rule.name, [])
        assert any(c.get("findings") for c in cases), f"{rule.name}: no case where it fires"
        assert any(not c.get("findings") for c in cases), f"{rule.name}: no silent case"


def test_every_rule_runs_on_every_case_document(tmp_path: Path) -> None:
    """A case shows one rule; every other rule must still get through its document (a rule
    that crashes on another rule's case is a bug no single-rule case would show)."""
    for number, param in enumerate(load_cases()):
        _, case = param.values
        timeline = timeline_from_text(case["document"], "case.md")
        directory = tmp_path / str(number)
        directory.mkdir()
        for finding in lint(timeline, ALL_RULES, evidence=case_evidence(case, directory)):
            assert finding.line >= 1 and finding.column >= 1, finding
            assert finding.severity in get(finding.rule).severities, finding
