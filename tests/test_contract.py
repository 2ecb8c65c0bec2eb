"""One failure contract for every command (issue 12, item 4): 0 clean, 1 findings at
--fail-on, 2 usage or input error, 3 a bug; input errors one line each on stderr; the good
files still reported beside an unreadable one; a closed pipe ends quietly; a FIFO named
explicitly never hangs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pmlint.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED_003 = ROOT / "fixtures" / "seeds" / "003_1eee0c03998c6125.txt"
PMLINT = [sys.executable, "-m", "pmlint.cli"]

# each command as it reads several documents, with an output it must still give for a good one
COMMANDS = {
    "check": (["check"], "ampm-flip"),
    "timeline": (["timeline"], "9 events"),
    "metrics": (["metrics"], "mttr"),
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("bad", ["missing", "binary", "dangling-link"])
def test_good_files_are_reported_beside_an_unreadable_one(tmp_path: Path, command: str,
                                                          bad: str) -> None:
    good = tmp_path / "good.md"
    good.write_bytes(SEED_003.read_bytes())
    unreadable = tmp_path / "bad.md"
    if bad == "binary":
        unreadable.write_bytes(b"\x00\x01\x02" * 50)
    elif bad == "dangling-link":
        os.symlink(tmp_path / "nowhere", unreadable)
    args, expected = COMMANDS[command]
    for order in ([unreadable, good], [good, unreadable]):
        result = CliRunner().invoke(main, [*args, *map(str, order)])
        assert result.exit_code == 2, (order, result.output)
        assert expected in result.stdout
        errors = [line for line in result.stderr.splitlines() if "bad.md" in line]
        assert len(errors) == 1 and errors[0].startswith("pmlint: "), result.stderr
        assert "bad.md" not in result.stdout
        assert "Traceback" not in result.output


@pytest.mark.parametrize("args", [["check"], ["timeline"], ["metrics"], ["graph"],
                                  ["report", "-o", "{out}"]])
def test_a_fifo_named_explicitly_is_refused_at_once(tmp_path: Path, args: list[str]) -> None:
    fifo = tmp_path / "pm.md"
    os.mkfifo(fifo)
    argv = [a.replace("{out}", str(tmp_path / "r.html")) for a in args]
    done = subprocess.run([*PMLINT, *argv, str(fifo)], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2
    assert "FIFO" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("argv", [["explain", "PM101"], ["rules"],
                                  ["check", str(SEED_003), str(SEED_003)]])
def test_a_closed_pipe_ends_quietly(argv: list[str]) -> None:
    reader, writer = os.pipe()
    os.close(reader)  # the reader has gone, as `| head -1` goes after one line
    try:
        done = subprocess.run([*PMLINT, *argv], stdout=writer, stderr=subprocess.PIPE,
                              text=True, timeout=60)
    finally:
        os.close(writer)
    assert done.stderr == ""
    assert done.returncode == (1 if argv[0] == "check" else 0)  # the command's own code


def test_check_puts_input_errors_on_stderr(tmp_path: Path) -> None:
    blob = tmp_path / "blob.md"
    blob.write_bytes(b"\x00" * 40)
    result = CliRunner().invoke(main, ["check", str(blob), str(SEED_003)])
    assert result.exit_code == 2
    assert "blob.md" not in result.stdout
    assert result.stderr.count("blob.md") == 1
