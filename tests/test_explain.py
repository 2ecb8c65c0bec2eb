"""`pmlint explain`: plain text, and examples that behave as printed."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from pmlint.checks import ALL_RULES
from pmlint.checks.base import Rule
from pmlint.checks.engine import lint
from pmlint.checks.explain import examples
from pmlint.cli import main
from pmlint.timeline.document import timeline_from_text

# Their examples note the record in parentheses ("(pager trigger at 14:02)"): without
# --evidence there is nothing to compare with, so they are shown, not run.
NEEDS_A_RECORD = {"evidence-mismatch", "evidence-order", "evidence-missing", "evidence-settles"}
RUNNABLE = [r for r in ALL_RULES if r.name not in NEEDS_A_RECORD]


def found_by(rule: Rule, document: str) -> list[str]:
    timeline = timeline_from_text(document, "example.md")
    return [f.message for f in lint(timeline, ALL_RULES) if f.rule == rule.name]


@pytest.mark.parametrize("rule", RUNNABLE, ids=lambda r: r.name)
def test_the_failing_example_fails(rule: Rule) -> None:
    document = examples(rule).fails
    assert document.strip()
    assert found_by(rule, document), document


@pytest.mark.parametrize("rule", RUNNABLE, ids=lambda r: r.name)
def test_the_passing_example_passes(rule: Rule) -> None:
    document = examples(rule).passes
    assert document.strip()
    assert found_by(rule, document) == [], document


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_explain_prints_plain_text(rule: Rule) -> None:
    result = CliRunner().invoke(main, ["explain", rule.code])
    assert result.exit_code == 0
    assert "::" not in result.stdout
    lines = result.stdout.splitlines()
    assert lines[0] == f"{rule.code} {rule.name} (default severity: {rule.severity})"
    assert "Fails:" in lines and "Passes:" in lines
    shown = examples(rule)
    for line in (shown.fails + shown.passes).splitlines():  # each example as printed
        assert ("    " + line).rstrip() in lines


def test_explain_of_an_unknown_rule_is_exit_2() -> None:
    result = CliRunner().invoke(main, ["explain", "ampm-flp"])
    assert result.exit_code == 2
    assert "ampm-flip" in result.stderr
