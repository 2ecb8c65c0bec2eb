"""pre-commit hook and GitHub Action: the files other tools read, exercised offline."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SEED_003 = ROOT / "fixtures" / "seeds" / "003_1eee0c03998c6125.txt"
CLEAN = "## Timeline\n- 2024-01-05 09:05 UTC: alert fired\n- 09:40 UTC: service restored\n"


def test_hook_manifest_is_valid_for_pre_commit() -> None:
    clientlib = pytest.importorskip("pre_commit.clientlib")
    hooks = clientlib.load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))
    assert [h["id"] for h in hooks] == ["pmlint"]
    assert hooks[0]["entry"] == "pmlint check --force-exclude"
    assert hooks[0]["language"] == "python"
    assert set(hooks[0]["types_or"]) == {"markdown", "plain-text"}


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_runs_the_hook_in_a_repository(tmp_path: Path) -> None:
    """The manifest's hook, run by pre-commit itself with this checkout (no network)."""
    pytest.importorskip("pre_commit")
    hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())[0]
    # same hook, but run from this checkout instead of a fresh virtualenv from PyPI
    hook.update(language="system", entry=hook["entry"].replace(
        "pmlint check", f"{sys.executable} -m pmlint.cli check"))
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / ".pre-commit-config.yaml").write_text(
        yaml.safe_dump({"repos": [{"repo": "local", "hooks": [hook]}]}))
    (repo / "postmortems").mkdir()
    (repo / "postmortems" / "good.md").write_text(CLEAN)
    (repo / "requirements.txt").write_text("")  # not a postmortem: never linted
    (repo / "notes.md").write_bytes(SEED_003.read_bytes())  # nor is this, by its name
    (repo / "postmortems" / "drafts").mkdir()  # excluded: pre-commit names it, all the same
    (repo / "postmortems" / "drafts" / "wip.md").write_bytes(SEED_003.read_bytes())
    (repo / ".pmlint.toml").write_text('exclude = ["postmortems/drafts"]\n')
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "HOME": str(tmp_path),
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    env.pop("GITHUB_ACTIONS", None)
    git(repo, "init", "-q")
    git(repo, "add", ".")
    precommit = [sys.executable, "-m", "pre_commit", "run", "--all-files"]
    ok = subprocess.run(precommit, cwd=repo, env=env, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "pmlint" in ok.stdout and "Passed" in ok.stdout
    shutil.copy(SEED_003, repo / "postmortems" / "incident.txt")
    git(repo, "add", ".")
    bad = subprocess.run(precommit, cwd=repo, env=env, capture_output=True, text=True)
    assert bad.returncode == 1
    assert "ampm-flip" in bad.stdout and "Failed" in bad.stdout


def test_action_is_a_composite_that_runs_the_github_format() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    assert set(action["inputs"]) >= {"paths", "fail-on", "changed-only", "version"}
    script = "\n".join(step.get("run", "") for step in action["runs"]["steps"])
    assert "--format github" in script
    assert "pip install" in script
    assert all(step.get("shell") == "bash" for step in action["runs"]["steps"] if "run" in step)


def test_the_install_adds_one_import_name() -> None:
    """The wheel maps timeline/, checks/ and cli.py into `pmlint`: nothing else reaches
    site-packages, so pmlint cannot collide with another project's `cli` or `checks`."""
    import sysconfig
    from importlib.metadata import distributions

    # site-packages only: a build leaves pmlint.egg-info in the tree, with the tree's layout
    found = [d for d in distributions(path=[sysconfig.get_paths()["purelib"]])
             if d.metadata["Name"] == "pmlint"]
    if not found:
        pytest.skip("pmlint is not installed in this environment")
    direct = json.loads(found[0].read_text("direct_url.json") or "{}")
    if direct.get("dir_info", {}).get("editable"):
        pytest.skip("an editable install maps the tree with an import hook, not files")
    files = found[0].files or []
    tops = {f.parts[0] for f in files if not f.parts[0].endswith(".dist-info")
            and f.parts[0] not in ("..", "__pycache__") and f.suffix == ".py"}
    assert tops == {"pmlint"}
