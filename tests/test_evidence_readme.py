"""The README's worked --evidence example is what pmlint prints, byte for byte."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from pmlint.cli import main

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"```\n\$ (pmlint [^\n]*--evidence[^\n]*)\n(.*?)```", re.DOTALL)


def examples() -> list[tuple[str, str]]:
    return BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def test_the_readme_has_the_three_examples() -> None:
    assert [shlex.split(c)[1] for c, _ in examples()] == ["check", "timeline", "metrics"]


@pytest.mark.parametrize(("command", "shown"), examples(), ids=lambda v: v[:20])
def test_each_example_prints_what_the_readme_shows(command: str, shown: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    output = CliRunner().invoke(main, shlex.split(command)[1:]).stdout
    if shown.startswith("...\n"):  # the README shows the end of the output
        assert output.endswith(shown[len("...\n"):])
    else:
        assert output == shown
