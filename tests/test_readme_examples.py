"""Every `$ pmlint ...` example in the README prints what the README shows, so the manual
cannot drift from the tool.

A line `...` stands for output left out: the parts around it must appear in order (the
README shows the start, the end, or pieces of a longer output). Examples naming a file
that is not in the repository (`postmortem.docx`) are illustrations and are skipped; the
--evidence examples have their own test (test_evidence_readme.py).
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from pmlint.cli import main

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"(?m)^(`{3,4})\n\$ (pmlint [^\n]*)\n(.*?)^\1$", re.DOTALL)


def examples() -> list[tuple[str, str]]:
    found = BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))
    return [(command, shown) for _, command, shown in found
            if "--evidence" not in command
            and all((ROOT / word).exists() for word in shlex.split(command)[2:]
                    if re.search(r"/|\.\w+$", word) and not word.startswith("-"))]


def test_the_readme_examples_are_found() -> None:
    commands = {shlex.split(c)[1] for c, _ in examples()}
    assert commands >= {"check", "metrics", "timeline", "when", "explain", "graph", "config",
                        "rules"}


def _matches(output: str, shown: str) -> bool:
    """`shown` with its "..." lines as gaps of any length."""
    chunks = [re.escape(chunk) for chunk in re.split(r"(?m)^\.\.\.\n", shown)]
    return re.fullmatch(".*?".join(chunks), output, re.DOTALL) is not None


@pytest.mark.parametrize(("command", "shown"), examples(), ids=lambda v: v[:40])
def test_each_example_prints_what_the_readme_shows(command: str, shown: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    result = CliRunner().invoke(main, shlex.split(command)[1:])
    assert result.exit_code in (0, 1), result.output
    assert _matches(result.stdout, shown), result.stdout


def test_the_readme_documents_the_contract_and_every_option() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for needle in ("`-` reads one document from standard input", "### Exit codes",
                   "Precedence", "wins over `pyproject.toml`", "per-file-ignores",
                   "GITHUB_STEP_SUMMARY", "--format gitlab", "pmlint config [PATH]",
                   "originalUriBaseIds", "partialFingerprints", ".gitignore"):
        assert needle in readme, needle
    for name, command in main.commands.items():  # type: ignore[attr-defined]
        for param in command.params:
            for opt in getattr(param, "opts", ()):
                if opt.startswith("--") and opt not in ("--help",):
                    assert opt in readme, f"{name} {opt}"
