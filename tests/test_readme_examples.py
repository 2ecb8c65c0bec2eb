"""Every `$ pmlint ...` example in the README prints what the README shows.

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
    assert commands >= {"check", "metrics", "timeline", "when", "explain", "graph"}


@pytest.mark.parametrize(("command", "shown"), examples(), ids=lambda v: v[:40])
def test_each_example_prints_what_the_readme_shows(command: str, shown: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    output = CliRunner().invoke(main, shlex.split(command)[1:]).stdout
    pieces = shown.split("...\n")
    if len(pieces) == 1:
        assert output == shown
        return
    assert output.startswith(pieces[0]) and output.endswith(pieces[-1])
    at = len(pieces[0])
    for piece in pieces[1:-1]:
        found = output.find(piece, at)
        assert found >= 0, piece
        at = found + len(piece)
