"""Discovery made for repositories (issue 12, item 3): git's own answer inside a work tree,
the configuration's exclude on named files with --force-exclude, and `pmlint check .` in a
fresh clone of this project reading only its own Markdown."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pmlint.cli import main
from pmlint.timeline.discovery import discover

ROOT = Path(__file__).resolve().parent.parent
SEED_003 = ROOT / "fixtures" / "seeds" / "003_1eee0c03998c6125.txt"
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _tree(top: Path) -> None:
    for where in ("docs/pm.md", "build/pm.md", ".venv/lib/pm.md", "venv/pm.md",
                  "node_modules/pkg/pm.md", ".cache/pm.md", "pkg.egg-info/pm.md",
                  "notes/local.md"):
        (top / where).parent.mkdir(parents=True, exist_ok=True)
        (top / where).write_bytes(SEED_003.read_bytes())
    (top / ".gitignore").write_text("build/\nnotes/local.md\n")


def _names(top: Path) -> list[str]:
    return [Path(p).relative_to(top).as_posix() for p in discover([str(top)]).documents]


@needs_git
def test_a_work_tree_is_searched_as_git_sees_it(tmp_path: Path) -> None:
    _tree(tmp_path)
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    assert _names(tmp_path) == ["docs/pm.md"]
    assert [Path(p).name for p in discover([str(tmp_path / "docs")]).documents] == ["pm.md"]


def test_outside_a_work_tree_the_walk_skips_environments(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path)
    assert _names(tmp_path) == ["build/pm.md", "docs/pm.md", "notes/local.md"]
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=False, capture_output=True)
    monkeypatch.setenv("PMLINT_NO_GIT", "1")  # as without git: the plain walk
    assert _names(tmp_path) == ["build/pm.md", "docs/pm.md", "notes/local.md"]


def test_force_exclude_applies_exclude_to_named_files(tmp_path: Path) -> None:
    (tmp_path / ".pmlint.toml").write_text('exclude = ["drafts"]\n')
    (tmp_path / "drafts").mkdir()
    draft = tmp_path / "drafts" / "wip.md"
    draft.write_bytes(SEED_003.read_bytes())
    named = CliRunner().invoke(main, ["check", str(draft)])
    assert named.exit_code == 1  # a file named on the command line is checked ...
    forced = CliRunner().invoke(main, ["check", "--force-exclude", str(draft)])
    assert "ampm-flip" not in forced.output  # ... unless --force-exclude says otherwise
    assert CliRunner().invoke(main, ["check", str(tmp_path)]).exit_code == 2  # none found
    # a folder named on the command line is searched even when exclude matches it
    assert CliRunner().invoke(main, ["check", str(tmp_path / "drafts")]).exit_code == 1
    # metrics and report leave it out the same way
    assert CliRunner().invoke(main, ["metrics", str(draft)]).exit_code == 0
    assert CliRunner().invoke(main, ["metrics", "--force-exclude", str(draft)]).exit_code == 2
    page = tmp_path / "page.html"
    assert CliRunner().invoke(main, ["report", "--force-exclude", str(draft), "-o",
                                     str(page)]).exit_code == 2
    assert not page.exists()
    assert CliRunner().invoke(main, ["report", str(draft), "-o", str(page)]).exit_code == 1


@needs_git
def test_check_dot_in_a_fresh_clone_reads_only_the_projects_markdown(tmp_path: Path) -> None:
    if not (ROOT / ".git").exists():
        pytest.skip("this checkout is not a git work tree")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--no-hardlinks", str(ROOT), str(clone)],
                   check=True, capture_output=True)
    # what the README's install leaves behind: a virtual environment and package metadata
    for where in (".venv/lib/python3.11/site-packages/pkg/README.md", "pmlint.egg-info/x.txt",
                  "build/lib/README.md"):
        (clone / where).parent.mkdir(parents=True, exist_ok=True)
        (clone / where).write_text("")
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    done = subprocess.run([sys.executable, "-m", "pmlint.cli", "check", "--format", "json",
                           "."], cwd=clone, capture_output=True, text=True, env=env,
                          timeout=300)
    assert done.returncode in (0, 1), done.stderr
    files = [Path(f["path"]).as_posix() for f in json.loads(done.stdout)["files"]]
    assert files == ["README.md"], files
    assert done.stderr == ""


@needs_git
def test_a_repositorys_fsmonitor_is_never_run_by_discovery(tmp_path: Path) -> None:
    _tree(tmp_path)
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    marker = tmp_path / "ran"
    hook = tmp_path / "hook.sh"
    hook.write_text(f"#!/bin/sh\ntouch {marker}\n")
    hook.chmod(0o755)
    subprocess.run(["git", "-C", str(tmp_path), "config", "core.fsmonitor", str(hook)],
                   check=True)
    assert _names(tmp_path) == ["docs/pm.md"]
    assert not marker.exists()
