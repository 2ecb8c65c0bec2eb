"""The rule registry: every rule module registered once, declared completely."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from pmlint.checks import ALL_RULES, BY_KEY, get

CHECKS = Path(__file__).resolve().parent.parent / "checks"
NOT_RULES = {"__init__", "base", "config", "context", "engine", "run", "suppression", "words",
             "baseline", "baseline_error", "changed", "stated_metrics", "said_gaps", "joining",
             "fixes",
             "fix_run", "explain", "selection", "configured", "config_view", "roots", "cached",
             "stated_window", "headings"}  # (stated_window: part of summary-mismatch)


def test_every_rule_module_is_registered() -> None:
    modules = {p.stem for p in CHECKS.glob("*.py")} - NOT_RULES
    registered = {rule.name.replace("-", "_") for rule in ALL_RULES}
    assert modules == registered


def test_codes_and_names_are_unique() -> None:
    assert len({r.code for r in ALL_RULES}) == len(ALL_RULES)
    assert len({r.name for r in ALL_RULES}) == len(ALL_RULES)
    assert len(BY_KEY) == 2 * len(ALL_RULES)


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_rule_is_documented_with_examples(rule: object) -> None:
    module = importlib.import_module("pmlint.checks." + rule.name.replace("-", "_"))  # type: ignore[attr-defined]
    assert module.RULE is rule
    assert rule.doc.startswith(rule.name + ":")  # type: ignore[attr-defined]
    assert "Fails::" in rule.doc and "Passes::" in rule.doc  # type: ignore[attr-defined]
    assert rule.severity in ("error", "warning", "info")  # type: ignore[attr-defined]


def test_get_by_name_code_and_a_near_miss() -> None:
    assert get("ampm-flip") is get("PM102") is get("pm102")
    with pytest.raises(KeyError, match="did you mean ampm-flip"):
        get("ampmflip")


def test_check_path_imports_nothing_heavy() -> None:
    """A pre-commit gate must start fast: no pandas or networkx on the check path, and
    nothing of `report` (its code, Jinja2 and its templates, playwright)."""
    code = ("import sys\nfrom pmlint import cli\n"
            "from click.testing import CliRunner\n"
            "CliRunner().invoke(cli.main, ['check', 'fixtures/seeds'])\n"
            "CliRunner().invoke(cli.main, ['check', '--diff', '--statistics', '--color', "
            "'always', 'fixtures/seeds'])\n"
            "CliRunner().invoke(cli.main, ['check', '--statistics', 'fixtures/seeds'])\n"
            "print(sorted(m for m in ('pandas', 'networkx', 'numpy', 'matplotlib', 'jinja2', "
            "'markupsafe', 'playwright', 'pmlint.report', 'pmlint.timeline.metrics_plot', "
            "'PIL') if m in sys.modules))")
    root = CHECKS.parent
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_merged_rule_names_where_it_went() -> None:
    with pytest.raises(KeyError, match="outside-window is now part of summary-mismatch"):
        get("outside-window")
    with pytest.raises(KeyError, match="PM204 is now part of summary-mismatch"):
        get("PM204")
