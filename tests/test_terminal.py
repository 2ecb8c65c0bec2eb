"""`pmlint check` as a person sees it on a terminal: run under a pseudo-terminal (pty),
so colour detection and the width are the real ones, and in a pipe, as CI sees it."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from click.testing import CliRunner

from pmlint.checks.reporters.terminal import cells, wants_color, width_for
from pmlint.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED_003 = ROOT / "fixtures" / "seeds" / "003_1eee0c03998c6125.txt"
# as a user in the project types it: the wrapping then does not depend on where the clone is
SEED_003_HERE = str(SEED_003.relative_to(ROOT))
SGR = re.compile(r"\x1b\[[0-9;]*m")
BASE_ENV = {k: v for k, v in os.environ.items()
            if k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES", "TERM", "CI")}


def on_pty(*args: str, env: dict[str, str] | None = None, columns: int = 80) -> str:
    """Output of `pmlint ARGS` with stdout (and stderr) on a pseudo-terminal this wide."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: its terminal is the pty
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, "-m", "pmlint.cli", *args],
                  {**BASE_ENV, "TERM": "xterm-256color", **(env or {})})
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    chunks = []
    while True:
        ready, _, _ = select.select([fd], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.waitpid(pid, 0)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def in_pipe(*args: str, env: dict[str, str] | None = None) -> str:
    return subprocess.run([sys.executable, "-m", "pmlint.cli", *args], capture_output=True,
                          text=True, env={**BASE_ENV, **(env or {})}, check=False).stdout


def test_a_terminal_gets_colour_and_the_caret_under_the_span() -> None:
    shown = on_pty("check", SEED_003_HERE)
    assert SGR.search(shown)
    plain = SGR.sub("", shown)
    lines = plain.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("    14 | "))
    source, caret = lines[at], lines[at + 1]
    start = caret.index("^")
    assert source[start:start + caret.count("^")] == "10:45 AM EST"
    assert "\x1b[1;31merror\x1b[0m" in shown  # the severity in bold red


@pytest.mark.parametrize(("args", "env", "coloured"), [
    ((), {"NO_COLOR": "1"}, False),
    (("--color", "never"), {}, False),
    (("--color", "always"), {"NO_COLOR": "1"}, True),  # the flag outranks the environment
    ((), {"TERM": "dumb"}, False),
])
def test_colour_on_a_terminal_follows_the_flag_and_the_environment(
        args: tuple[str, ...], env: dict[str, str], coloured: bool) -> None:
    shown = on_pty("check", *args, SEED_003_HERE, env=env)
    assert bool(SGR.search(shown)) is coloured
    assert "10:45 AM EST follows" in " ".join(SGR.sub("", shown).split())  # wrapped anywhere


@pytest.mark.parametrize(("args", "env", "coloured"), [
    ((), {}, False),
    ((), {"FORCE_COLOR": "1"}, True),
    ((), {"FORCE_COLOR": "0"}, False),
    (("--color", "always"), {}, True),
])
def test_a_pipe_is_plain_unless_colour_is_forced(args: tuple[str, ...], env: dict[str, str],
                                                 coloured: bool) -> None:
    shown = in_pipe("check", *args, str(SEED_003), env=env)
    assert bool(SGR.search(shown)) is coloured
    assert shown.count("\n") > 10


def test_long_messages_wrap_to_the_terminal_width() -> None:
    relative = str(SEED_003.relative_to(ROOT))  # as a user in the project types it
    shown = SGR.sub("", on_pty("check", relative, columns=60))
    assert max(cells(line) for line in shown.splitlines()) <= 60
    assert "did you mean 10:45 PM?" in " ".join(shown.split())
    piped = in_pipe("check", str(SEED_003))  # a pipe: one line per finding, as grep wants
    assert any(len(line) > 100 and line.startswith(str(SEED_003)) for line in piped.splitlines())


def test_escape_sequences_in_a_document_are_shown_escaped(tmp_path: Path) -> None:
    doc = tmp_path / "pm.md"
    doc.write_text("# Outage on March 5, 2024 (UTC)\n\n- 9:00 PM: alert\n- 9:15 PM: paged\n"
                   "- 9:20 AM: \x1b]52;c;ZXZpbA==\x07 \x1b[2J back \u202e\n"
                   "- 9:40 PM: restored\n")
    shown = on_pty("check", "--color", "always", str(doc))
    assert not re.search(r"\x1b(?!\[[0-9;]*m)", shown)  # only pmlint's own colours
    plain = SGR.sub("", shown)
    assert "5 | - 9:20 AM: \\x1b]52;c;ZXZpbA==\\x07 \\x1b[2J back \\u202e" in plain
    assert "\u202e" not in shown and "\x07" not in shown


def test_quiet_leaves_the_findings_only() -> None:
    result = CliRunner().invoke(main, ["check", "--quiet", str(SEED_003)])
    assert result.exit_code == 1
    assert "checked" not in result.stdout
    assert result.stdout.count("suggestion:") == 5


def test_statistics_counts_per_rule() -> None:
    result = CliRunner().invoke(main, ["check", "--statistics", str(ROOT / "fixtures" / "seeds")])
    rows = result.stdout.splitlines()
    assert rows[0].split()[:4] == ["3", "PM102", "ampm-flip", "error"]
    assert "3 fixable with --fix" in rows[0]
    assert "suggestion:" not in result.stdout
    counts = sum(int(row.split()[0]) for row in rows[:-1])
    assert rows[-1].startswith("5 files checked")
    summary = rows[-1].split(": ", 1)[1]
    assert counts == sum(int(n) for n in re.findall(r"(\d+) (?:error|warning|info)", summary))


def test_quiet_and_statistics_are_for_the_text_format() -> None:
    result = CliRunner().invoke(main, ["check", "--statistics", "--format", "json",
                                       str(SEED_003)])
    assert result.exit_code == 2


@pytest.mark.parametrize(("flag", "env", "tty", "expected"), [
    ("auto", {}, True, True), ("auto", {}, False, False),
    ("auto", {"NO_COLOR": "1"}, True, False), ("auto", {"NO_COLOR": ""}, True, True),
    ("auto", {"FORCE_COLOR": "1"}, False, True), ("auto", {"FORCE_COLOR": "false"}, False, False),
    ("auto", {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False, False),
    ("never", {"FORCE_COLOR": "1"}, True, False), ("always", {"NO_COLOR": "1"}, False, True),
])
def test_colour_decision(flag: str, env: dict[str, str], tty: bool, expected: bool) -> None:
    assert wants_color(flag, env, tty) is expected


def test_width_decision() -> None:
    assert width_for({}, False, None) is None
    assert width_for({}, True, 120) == 120
    assert width_for({"COLUMNS": "70"}, False, None) == 70
    assert width_for({}, True, 10) == 40  # never narrower than a readable column
