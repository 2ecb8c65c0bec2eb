"""Location-independent paths (issue 12, item 5): baseline keys, --changed-only and SARIF
mean the same files from any working directory."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from pmlint.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED_003 = ROOT / "fixtures" / "seeds" / "003_1eee0c03998c6125.txt"
SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / ".pmlint.toml").write_text('ignore = ["tz-missing"]\n')
    (tmp_path / "postmortems" / "2024").mkdir(parents=True)
    (tmp_path / "postmortems" / "2024" / "pm.md").write_bytes(SEED_003.read_bytes())
    return tmp_path


def test_a_baseline_matches_from_any_working_directory(project: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    assert run("check", "--write-baseline", "baseline.json", "postmortems").exit_code == 0
    keys = {e["path"] for e in json.loads((project / "baseline.json").read_text())["findings"]}
    assert keys == {"postmortems/2024/pm.md"}  # relative to the configuration's folder
    for where, target in ((project, "postmortems"), (project / "postmortems", "2024"),
                          (project / "postmortems" / "2024", "pm.md")):
        monkeypatch.chdir(where)
        baseline = str(project / "baseline.json")
        result = run("check", "--baseline", baseline, target)
        assert result.exit_code == 0, (where, result.output)
        assert "0 errors, 0 warnings" in result.output


def test_a_baseline_of_given_paths_still_matches_where_it_was_written(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project / "postmortems")
    old = {"version": 1, "findings": []}
    written = json.loads(run("check", "--write-baseline", "b.json", "2024").exit_code == 0
                         and (project / "postmortems" / "b.json").read_text())
    for entry in written["findings"]:  # as a baseline of the paths as given was written
        old["findings"].append({**entry, "path": "2024/pm.md"})
    (project / "postmortems" / "b.json").write_text(json.dumps(old))
    assert run("check", "--baseline", "b.json", "2024").exit_code == 0


@needs_git
def test_changed_only_asks_the_repository_that_holds_the_paths(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "repo"
    (repo / "docs").mkdir(parents=True)
    (repo / "docs" / "old.md").write_bytes(SEED_003.read_bytes())

    def git(*args: str) -> None:
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                       cwd=repo, check=True, capture_output=True)
    git("init", "-q")
    git("add", ".")
    git("commit", "-qm", "first")
    (repo / "docs" / "new.md").write_bytes(SEED_003.read_bytes())
    elsewhere = tmp_path / "elsewhere"  # not a repository at all
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = run("check", "--format", "json", "--changed-only", "HEAD", str(repo / "docs"))
    assert result.exit_code == 1, result.output
    assert [Path(f["path"]).name for f in json.loads(result.stdout)["files"]] == ["new.md"]


def test_sarif_locations_are_root_relative_with_fingerprints(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outputs = []
    for where, target in ((project, "postmortems/2024/pm.md"),
                          (project / "postmortems" / "2024", "pm.md")):
        monkeypatch.chdir(where)
        result = run("check", "--format", "sarif", target)
        sarif = json.loads(result.stdout)
        jsonschema.validate(sarif, SCHEMA)
        outputs.append(sarif)
    assert outputs[0] == outputs[1]  # the same document from two folders: the same SARIF
    run_ = outputs[0]["runs"][0]
    assert run_["originalUriBaseIds"]["PROJECTROOT"]["uri"] == project.resolve().as_uri() + "/"
    for result in run_["results"]:
        location = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert location == {"uri": "postmortems/2024/pm.md", "uriBaseId": "PROJECTROOT"}
        assert set(result["partialFingerprints"]) == {"pmlintLine/v1"}
    prints = [r["partialFingerprints"]["pmlintLine/v1"] for r in run_["results"]]
    assert len(set(prints)) == len(prints)
