"""`pmlint metrics` as a reviewer reads it: the table, --by, the progress bar, --plot."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pmlint.cli import main
from pmlint.timeline.metrics_table import exact_to_minute, significant

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
METRICS = ("mttd", "mtta", "mtte", "mttm", "mttr")


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def tables(output: str) -> list[list[str]]:
    """The blocks of an output separated by blank lines."""
    return [block.splitlines() for block in output.strip("\n").split("\n\n")]


def test_one_row_per_incident_then_the_aggregate_in_aligned_columns() -> None:
    result = run("metrics", str(SEEDS))
    assert result.exit_code == 0
    incidents, aggregate, count = tables(result.stdout)
    assert incidents[0].split() == ["incident", "start", *METRICS]
    assert [row.split()[0] for row in incidents[1:]] == sorted(str(p) for p in
                                                               SEEDS.glob("*.txt"))
    assert aggregate[0].split()[:2] == ["metric", "count"]
    assert [row.split()[0] for row in aggregate[1:]] == list(METRICS)
    assert count[0].startswith("5 incidents")
    for block in (incidents, aggregate):
        # right-aligned columns end where their header ends, on every row
        ends = [m.end() for m in re.finditer(r"\S+", block[0])][1:]
        for row in block[1:]:
            assert all(e <= len(row) and row[e - 1] != " " for e in ends[:-1]), row


def test_durations_are_rounded_to_what_the_data_supports() -> None:
    data = json.loads(run("metrics", "--format", "json", str(SEEDS)).stdout)
    aggregate = tables(run("metrics", str(SEEDS)).stdout)[1]
    for row in aggregate[1:]:
        name = row.split()[0]
        stats = data["aggregate"][name]
        columns = re.split(r"\s{2,}", row.strip())
        mean, median, p90, most = columns[3:7]
        assert [mean, median, p90] == [significant(stats[k]) for k in ("mean", "median", "p90")]
        assert most == exact_to_minute(stats["max"])
        assert not re.search(r"min \d+ s", mean + median + p90)  # no seconds beside minutes
    assert significant(44 * 86400 + 3600 + 1234) == "44 d 1 h"
    assert significant(500) == "8 min"
    assert significant(30) == "30 s"
    assert exact_to_minute(3 * 86400 + 15 * 3600 + 58 * 60 + 20) == "3 d 15 h 58 min"


def test_the_incident_behind_each_max_is_named() -> None:
    data = json.loads(run("metrics", "--format", "json", str(SEEDS)).stdout)
    aggregate = tables(run("metrics", str(SEEDS)).stdout)[1]
    for row in aggregate[1:]:
        name = row.split()[0]
        valued = [i for i in data["incidents"] if i[f"{name}_seconds"] is not None]
        top = max(valued, key=lambda i: i[f"{name}_seconds"])
        assert row.split()[-1] == top["path"]


def test_markdown_gives_two_tables() -> None:
    shown = run("metrics", "--format", "markdown", str(SEEDS)).stdout
    incidents, aggregate, _ = tables(shown)
    for block in (incidents, aggregate):
        assert all(row.startswith("| ") and row.endswith(" |") for row in block)
        assert len({row.count(" | ") for row in block}) == 1
        assert set(block[1].replace("|", "").split()) <= {"---", "---:"}


def test_by_a_field_groups_and_an_unknown_field_is_an_error() -> None:
    grouped = run("metrics", "--by", "severity", str(SEEDS))
    assert grouped.exit_code == 0
    assert tables(grouped.stdout)[1][0].split()[:2] == ["severity", "metric"]
    wrong = run("metrics", "--by", "sevrity", str(SEEDS))
    assert wrong.exit_code == 2
    assert "did you mean severity?" in wrong.stderr
    assert wrong.stdout == ""
    assert run("metrics", "--by", "nothing-like-it", "--format", "json",
               str(SEEDS)).exit_code == 2


def test_a_long_run_shows_a_progress_bar_on_stderr_and_clears_it(tmp_path: Path) -> None:
    for n in range(5):
        for seed in SEEDS.glob("*.txt"):
            shutil.copy(seed, tmp_path / f"{n}_{seed.name}")
    pid, fd = pty.fork()
    if pid == 0:
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # the table elsewhere: stderr only
        os.execv(sys.executable, [sys.executable, "-m", "pmlint.cli", "metrics",
                                  str(tmp_path)])
    shown = b""
    while select.select([fd], [], [], 60)[0]:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.waitpid(pid, 0)
    text = shown.decode()
    assert "25/25" not in text  # the last step clears the line instead of drawing it
    assert re.search(r"\[#+\.*\] +\d+/25 documents", text)
    assert text.endswith("\r\x1b[K")


@pytest.mark.parametrize("suffix", ["svg", "png"])
def test_plot_draws_a_file_and_replaces_only_its_own(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"metrics.{suffix}"
    result = run("metrics", str(SEEDS), "--plot", str(out))
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data.startswith(b"<?xml" if suffix == "svg" else b"\x89PNG")
    assert b"pmlint metrics --plot" in data
    assert run("metrics", str(SEEDS), "--plot", str(out)).exit_code == 0
    assert out.read_bytes() == data  # the same records, the same bytes
    mine = tmp_path / f"mine.{suffix}"
    mine.write_bytes(b"<svg>my drawing</svg>")
    assert run("metrics", str(SEEDS), "--plot", str(mine)).exit_code == 2
    assert mine.read_bytes() == b"<svg>my drawing</svg>"
    assert run("metrics", str(SEEDS), "--plot", str(tmp_path / "plot.pdf")).exit_code == 2


def test_the_svg_names_every_metric() -> None:
    from pmlint.timeline import metrics_plot

    data = json.loads(run("metrics", "--format", "json", str(SEEDS)).stdout)
    svg = metrics_plot.render(data["incidents"], list(METRICS), "svg").decode()
    for name in METRICS:
        assert f"{name.upper()}" in svg or name.upper() in re.sub(r"<[^>]+>", "", svg)


def test_plot_without_matplotlib_is_one_line_and_exit_2(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib fails
    out = tmp_path / "plot.svg"
    result = run("metrics", str(SEEDS), "--plot", str(out))
    assert result.exit_code == 2
    assert "pip install 'pmlint[plot]'" in result.stderr
    assert not out.exists()
