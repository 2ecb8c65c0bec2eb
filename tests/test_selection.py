"""Selection and severity as users of other linters expect them (issue 12, item 6), and
directives obeyed only where a reader of the rendered page sees them (item 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pmlint.checks import ALL_RULES
from pmlint.checks.selection import expand
from pmlint.cli import main

SEED_003 = (Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
            / "003_1eee0c03998c6125.txt")


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def codes(*args: str) -> list[str]:
    result = run("check", "--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    return [f["code"] for f in json.loads(result.output)["files"][0]["findings"]]


def test_a_code_prefix_selects_its_family() -> None:
    assert set(expand("PM1", ALL_RULES)) == {r.name for r in ALL_RULES if r.code[2] == "1"}
    assert set(expand("pm10", ALL_RULES)) == {r.name for r in ALL_RULES
                                              if r.code.startswith("PM10")}
    assert expand("ALL", ALL_RULES) == tuple(r.name for r in ALL_RULES)
    with pytest.raises(KeyError):
        expand("PM9", ALL_RULES)
    found = codes("--select", "PM1", str(SEED_003))
    assert found and all(c.startswith("PM1") for c in found)
    assert set(codes("--select", "ALL", str(SEED_003))) == set(codes(str(SEED_003)))


def test_extend_select_adds_to_the_selection(tmp_path: Path) -> None:
    (tmp_path / ".pmlint.toml").write_text('select = ["PM105"]\n', encoding="utf-8")
    doc = tmp_path / "pm.md"
    doc.write_bytes(SEED_003.read_bytes())
    assert set(codes(str(doc))) == {"PM105"}
    assert set(codes("--extend-select", "PM102", str(doc))) == {"PM105", "PM102"}
    assert set(codes("--select", "PM302", str(doc))) == {"PM302"}  # --select replaces
    (tmp_path / ".pmlint.toml").write_text('select = ["PM105"]\nextend-select = ["PM3"]\n',
                                           encoding="utf-8")
    assert set(codes(str(doc))) == {"PM105", "PM302"}


def test_per_file_ignores_apply_by_glob(tmp_path: Path) -> None:
    (tmp_path / ".pmlint.toml").write_text('[per-file-ignores]\n"drafts/*.md" = ["PM1"]\n',
                                           encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    for where in ("drafts/a.md", "b.md"):
        (tmp_path / where).write_bytes(SEED_003.read_bytes())
    draft = codes(str(tmp_path / "drafts" / "a.md"))
    assert draft and not any(c.startswith("PM1") for c in draft)
    assert "PM102" in codes(str(tmp_path / "b.md"))


def test_a_bad_per_file_ignore_names_the_rule(tmp_path: Path) -> None:
    (tmp_path / ".pmlint.toml").write_text('[per-file-ignores]\n"*.md" = ["ampm-flipp"]\n',
                                           encoding="utf-8")
    (tmp_path / "a.md").write_bytes(SEED_003.read_bytes())
    result = run("check", str(tmp_path / "a.md"))
    assert result.exit_code == 2
    assert "ampm-flipp" in result.output and "ampm-flip" in result.output


def test_a_configured_severity_holds_for_every_finding(tmp_path: Path) -> None:
    doc = tmp_path / "pm.md"
    # 00:00 AM is read as meant and reported by invalid-time below its default level
    doc.write_text("# Outage\n\n## Timeline (UTC)\n- 2024-03-01 00:00 AM: alert fired\n"
                   "- 2024-03-01 01:00 AM: resolved\n", encoding="utf-8")
    levels = {f["severity"] for f in json.loads(run("check", "--format", "json", str(doc))
                                                .output)["files"][0]["findings"]
              if f["rule"] == "invalid-time"}
    assert levels and "error" not in levels
    (tmp_path / ".pmlint.toml").write_text('[rules.invalid-time]\nseverity = "error"\n',
                                           encoding="utf-8")
    forced = {f["severity"] for f in json.loads(run("check", "--format", "json", str(doc))
                                                .output)["files"][0]["findings"]
              if f["rule"] == "invalid-time"}
    assert forced == {"error"}


def test_rules_lists_every_severity_a_rule_gives() -> None:
    lines = {line.split()[1]: line for line in run("rules").output.splitlines()}
    assert "error/warning/info" in lines["invalid-time"]
    assert "warning/info" in lines["tz-mixed"]
    for rule in ALL_RULES:
        assert "/".join(rule.severities) in lines[rule.name]


def test_select_never_switches_off_bad_directive(tmp_path: Path) -> None:
    doc = tmp_path / "pm.md"
    doc.write_text("<!-- pmlint disabel ampm-flip -->\n" + SEED_003.read_text("utf-8"),
                   encoding="utf-8")
    assert "PM001" in codes("--select", "ampm-flip", str(doc))
    assert "PM001" not in codes("--ignore", "bad-directive", str(doc))


QUOTED = {
    "inline": "Write `<!-- pmlint disable-file -->` to silence a file.\n\n",
    "fenced": "```markdown\n<!-- pmlint disable-file -->\n```\n\n",
    "tilde": "~~~\n<!-- pmlint disable-file -->\n~~~\n\n",
    "indented": "Like this:\n\n    <!-- pmlint disable-file -->\n\n",
}


@pytest.mark.parametrize("shape", sorted(QUOTED))
def test_a_quoted_directive_is_text(tmp_path: Path, shape: str) -> None:
    doc = tmp_path / "pm.md"
    doc.write_text(QUOTED[shape] + SEED_003.read_text("utf-8"), encoding="utf-8")
    found = codes(str(doc))
    assert found.count("PM102") == 3
    assert "PM002" not in found  # nor reported as an unused suppression


def test_a_directive_outside_code_is_still_obeyed(tmp_path: Path) -> None:
    doc = tmp_path / "pm.md"
    doc.write_text("<!-- pmlint disable-file -->\n\n" + SEED_003.read_text("utf-8"),
                   encoding="utf-8")
    assert codes(str(doc)) == []
