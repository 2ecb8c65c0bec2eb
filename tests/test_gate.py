"""The CI gate: configuration, inline suppression, baseline, --changed-only."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from pmlint.cli import main

SEED_003 = Path(__file__).resolve().parent.parent / "fixtures" / "seeds" / \
    "003_1eee0c03998c6125.txt"
FLIP = """The outage ran from 9:45 PM to 11:40 PM UTC on May 10, 2023.

## Timeline
- 9:45 PM UTC: alert fired
- 10:00 PM UTC: rollback attempted
- 10:45 AM UTC: escalated
- 11:30 PM UTC: service restored
"""


def run(*args: str, cwd: Path | None = None):
    return CliRunner().invoke(main, list(args))


def rules_found(result) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    data = json.loads(result.stdout)
    return [(f["rule"], f["line"]) for file in data["files"] for f in file["findings"]]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    shutil.copy(SEED_003, tmp_path / "docs" / "pm.md")
    return tmp_path


# --- configuration ---------------------------------------------------------------------------

def test_pyproject_config_is_found_by_walking_up(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.pmlint]\nignore = ["tz-dst-mismatch"]\n\n[tool.pmlint.rules.ampm-flip]\n'
        'severity = "warning"\n', encoding="utf-8")
    result = run("check", "--format", "json", str(project / "docs" / "pm.md"))
    assert result.exit_code == 0  # the flips are warnings now
    found = rules_found(result)
    assert ("tz-dst-mismatch", 3) not in found
    assert ("ampm-flip", 14) in found


def test_dot_pmlint_toml_wins_over_a_pyproject_further_up(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.pmlint]\nselect = ["encoding"]\n',
                                            encoding="utf-8")
    (project / "docs" / ".pmlint.toml").write_text('select = ["ampm-flip"]\n',
                                                    encoding="utf-8")
    found = rules_found(run("check", "--format", "json", str(project / "docs")))
    assert {rule for rule, _ in found} == {"ampm-flip"}


def test_cli_overrides_config(project: Path) -> None:
    (project / ".pmlint.toml").write_text('ignore = ["ampm-flip"]\n', encoding="utf-8")
    found = rules_found(run("check", "--format", "json", "--select", "ampm-flip,PM105",
                            str(project / "docs")))
    assert {rule for rule, _ in found} == {"tz-dst-mismatch"}  # ignore still applies


@pytest.mark.parametrize(("config", "message"), [
    ('ignor = ["ampm-flip"]\n', "unknown key 'ignor'; did you mean 'ignore'?"),
    ('ignore = ["ampm-flipp"]\n', "unknown rule 'ampm-flipp' in ignore; did you mean "
                                  "'ampm-flip'?"),
    ('ignore = ["outside-window"]\n', "unknown rule 'outside-window' in ignore; "
                                      "outside-window is now part of summary-mismatch"),
    ('[rules.duration-mismatch]\ntolerance = 1\n',
     "unknown option 'tolerance' for rule duration-mismatch; did you mean "
     "'relative_tolerance'?"),
    ('[rules.ampm-flip]\nseverity = "eror"\n', "did you mean 'error'?"),
    ('default-timezone = "Mars/Base"\n', "unknown time zone 'Mars/Base'"),
    ('[phases]\ndetections = ["pager"]\n', "unknown phase 'detections'; did you mean "
                                            "'detection'?"),
])
def test_config_errors_name_the_culprit(project: Path, config: str, message: str) -> None:
    (project / ".pmlint.toml").write_text(config, encoding="utf-8")
    result = run("check", str(project / "docs"))
    assert result.exit_code == 2
    assert message in result.stderr


def test_config_options_and_lexicon_and_timezone(project: Path) -> None:
    doc = project / "docs" / "plain.md"
    doc.write_text("## Timeline\n- 2024-01-05 09:00: pager went off\n- 09:30: all quiet\n",
                   encoding="utf-8")
    (project / ".pmlint.toml").write_text(
        'default-timezone = "UTC"\n[phases]\nresolution = ["all quiet"]\n',
        encoding="utf-8")
    result = run("check", "--format", "json", str(doc))
    assert rules_found(result) == []  # no tz-missing, no missing resolution
    (project / ".pmlint.toml").unlink()
    found = rules_found(run("check", "--format", "json", "--fail-on", "never", str(doc)))
    assert ("tz-missing", 2) in found
    assert ("missing-phase", 1) in found


def test_exclude_globs(project: Path) -> None:
    (project / "docs" / "drafts").mkdir()
    shutil.copy(SEED_003, project / "docs" / "drafts" / "wip.md")
    (project / ".pmlint.toml").write_text('exclude = ["docs/drafts/**"]\n', encoding="utf-8")
    data = json.loads(run("check", "--format", "json", str(project / "docs")).stdout)
    assert [Path(f["path"]).name for f in data["files"]] == ["pm.md"]


def test_unknown_rule_on_the_command_line_is_a_usage_error(project: Path) -> None:
    result = run("check", "--ignore", "ampmflip", str(project))
    assert result.exit_code == 2
    assert "did you mean ampm-flip" in result.output


# --- inline suppression ----------------------------------------------------------------------

def lint_text(tmp_path: Path, text: str) -> list[tuple[str, int]]:
    doc = tmp_path / "doc.md"
    doc.write_text(text, encoding="utf-8")
    return rules_found(run("check", "--format", "json", "--fail-on", "never", str(doc)))


def test_disable_next_line(tmp_path: Path) -> None:
    assert ("ampm-flip", 6) in lint_text(tmp_path, FLIP)
    text = FLIP.replace("- 10:45 AM", "<!-- pmlint disable-next-line ampm-flip -->\n- 10:45 AM")
    assert [r for r in lint_text(tmp_path, text) if r[0] == "ampm-flip"] == []


def test_disable_enable_range_and_codes(tmp_path: Path) -> None:
    text = FLIP.replace("## Timeline\n", "## Timeline\n<!-- pmlint disable PM102 -->\n") \
        .replace("- 11:30 PM", "<!-- pmlint enable PM102 -->\n- 11:30 PM")
    assert [r for r in lint_text(tmp_path, text) if r[0] == "ampm-flip"] == []


def test_disable_file_for_every_rule(tmp_path: Path) -> None:
    assert lint_text(tmp_path, "<!-- pmlint disable-file -->\n" + FLIP) == []


def test_unused_suppression_is_reported_as_info(tmp_path: Path) -> None:
    text = "<!-- pmlint disable-next-line encoding -->\n" + FLIP
    assert ("unused-suppression", 1) in lint_text(tmp_path, text)


def test_malformed_directive_is_an_error(tmp_path: Path) -> None:
    doc = tmp_path / "doc.md"
    doc.write_text("<!-- pmlint disabel ampm-flip -->\n<!-- pmlint disable nosuchrule -->\n"
                   + FLIP, encoding="utf-8")
    result = run("check", "--format", "json", str(doc))
    assert result.exit_code == 1
    assert [r for r in rules_found(result) if r[0] == "bad-directive"] == [
        ("bad-directive", 1), ("bad-directive", 2)]


# --- baseline --------------------------------------------------------------------------------

def test_baseline_reports_only_new_findings(project: Path) -> None:
    docs = project / "docs"
    baseline = project / "baseline.json"
    written = run("check", "--write-baseline", str(baseline), str(docs))
    assert written.exit_code == 0
    assert json.loads(baseline.read_text())["findings"]
    again = run("check", "--baseline", str(baseline), str(docs))
    assert again.exit_code == 0
    assert "0 errors, 0 warnings" in again.stdout
    # lines shift above the old findings, and a new problem appears: only it is reported
    text = (docs / "pm.md").read_text(encoding="utf-8")
    (docs / "pm.md").write_text("Intro line.\n\n" + text.replace(
        "- 9:50 PM EST:", "- 25:50 PM EST:"), encoding="utf-8")
    result = run("check", "--format", "json", "--baseline", str(baseline), str(docs))
    assert rules_found(result) == [("invalid-time", 14)]


def test_a_broken_baseline_is_an_input_error(project: Path) -> None:
    (project / "b.json").write_text("{}", encoding="utf-8")
    result = run("check", "--baseline", str(project / "b.json"), str(project / "docs"))
    assert result.exit_code == 2
    assert "not a pmlint baseline" in result.stderr


# --- --changed-only --------------------------------------------------------------------------

def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@e",
                        "PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": str(cwd)})


def test_changed_only_checks_files_changed_since_a_ref(project: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(SEED_003, project / "docs" / "old.md")
    git(project, "init", "-q", "-b", "main")
    git(project, "add", ".")
    git(project, "commit", "-q", "-m", "archive")
    (project / "docs" / "new.md").write_text(FLIP, encoding="utf-8")
    monkeypatch.chdir(project)
    data = json.loads(run("check", "--format", "json", "--changed-only", "HEAD",
                          "docs").stdout)
    assert [Path(f["path"]).name for f in data["files"]] == ["new.md"]


def test_changed_only_outside_git_is_an_input_error(project: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    result = run("check", "--changed-only", "HEAD", "docs")
    assert result.exit_code == 2
    assert "--changed-only HEAD" in result.stderr


# --- ambiguous zones ------------------------------------------------------------------------

IST_DOC = "## Timeline\n- 2024-03-05 14:00 IST: deploy\n- 14:20 IST: alert fired\n" \
          "- 14:30 IST: service restored\n"


def test_an_ambiguous_zone_unsettled_is_reported(tmp_path: Path) -> None:
    assert ("tz-ambiguous", 2) in lint_text(tmp_path, IST_DOC)


def test_the_document_settles_an_ambiguous_zone(tmp_path: Path) -> None:
    doc = tmp_path / "doc.md"
    doc.write_text("Our Dublin team ran the incident.\n\n" + IST_DOC, encoding="utf-8")
    data = json.loads(run("timeline", "--format", "json", str(doc)).stdout)
    assert data["events"][0]["at"] == "2024-03-05T14:00:00+01:00"
    assert "the document mentions \"dublin\"" in data["events"][0]["assumed"][0]
    assert ("tz-ambiguous", 4) not in lint_text(tmp_path, doc.read_text())


def test_the_configuration_settles_an_ambiguous_zone(tmp_path: Path) -> None:
    (tmp_path / ".pmlint.toml").write_text('[zones]\nIST = "UTC+02:00"\n', encoding="utf-8")
    found = lint_text(tmp_path, IST_DOC)
    assert not [f for f in found if f[0] == "tz-ambiguous"]
