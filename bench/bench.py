"""Benchmark: corpus throughput in one process, and cold start of the CLI on one seed.

Run: python bench/bench.py [CORPUS_DIR] [--hostile]   (default ../shared/corpus/docs)
--hostile adds the worst cases under the input limits (10 MiB, 20,000 lines, 5,000 times).
Cold-start figures are for the interpreter running this script; an editable install
(pip install -e) adds its import hook to every start-up, so measure with a regular one.
Targets (issue 11): >= 400 documents/s in one process for `check` (read_timeline and every
rule); a cold `pmlint check` on seed 002 no slower than 150 ms (median). Figures are printed;
nothing is asserted, the numbers are the point.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from tree import use_working_tree  # noqa: E402

use_working_tree()

SEED = ROOT / "fixtures" / "seeds" / "002_7715143f28eb9fdd.txt"


def corpus_throughput(corpus: Path, rounds: int = 3) -> None:
    from pmlint.timeline.document import read_timeline

    paths = sorted(corpus.glob("*.md"))
    if not paths:
        print(f"corpus: no documents in {corpus} (skipped)")
        return
    read_timeline(str(paths[0]))  # imports and regex compilation happen once, outside timing
    rates = []
    events = 0
    for _ in range(rounds):
        start = time.perf_counter()
        events = sum(len(read_timeline(str(p)).events) for p in paths)
        rates.append(len(paths) / (time.perf_counter() - start))
    print(f"timeline, one process: {len(paths)} documents, {events} events; "
          f"best {max(rates):.0f} docs/s, median {statistics.median(rates):.0f} docs/s "
          f"(target >= 400)")


def check_throughput(corpus: Path, rounds: int = 3) -> None:
    from pmlint.checks import ALL_RULES
    from pmlint.checks.engine import lint
    from pmlint.timeline.document import read_timeline

    paths = sorted(corpus.glob("*.md"))
    if not paths:
        return
    lint(read_timeline(str(paths[0])), ALL_RULES)
    rates = []
    findings = 0
    for _ in range(rounds):
        start = time.perf_counter()
        findings = sum(len(lint(read_timeline(str(p)), ALL_RULES)) for p in paths)
        rates.append(len(paths) / (time.perf_counter() - start))
    print(f"check, one process: {len(paths)} documents, {findings} findings; "
          f"best {max(rates):.0f} docs/s, median {statistics.median(rates):.0f} docs/s "
          f"(target >= 400)")


def cold_runs(command: list[str], label: str, runs: int = 7, target_ms: float = 150.0,
              env: dict[str, str] | None = None) -> None:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=False, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, env=env)
        times.append((time.perf_counter() - start) * 1000)
    print(f"{label}: median {statistics.median(times):.0f} ms, best {min(times):.0f} ms "
          f"over {runs} runs (target <= {target_ms:.0f} ms)")


def bytecode_cached_env() -> dict[str, str]:
    """The environment of a cold run that reads pmlint's compiled bytecode, as a regular
    install does (pip compiles it when installing). With PYTHONDONTWRITEBYTECODE set and a
    working tree without __pycache__ (an editable install), every start compiles pmlint's
    sources again: more than half of a cold check's instructions, none of them pmlint's own
    start-up. The bytecode goes to a cache folder of its own; the tree is left as it is."""
    import tempfile

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "pmlint-bench-pycache")
    return env


def converted_runs(exe: list[str]) -> None:
    """Seed 002 as a DOCX and as Google-Docs HTML (built as tests/formats_build.py builds
    them): a cold check reads the document, converts it and maps findings back (issue 14:
    under 1 s)."""
    import tempfile

    sys.path.insert(0, str(ROOT / "tests"))
    from formats_build import to_docx, to_gdocs_html

    markdown = SEED.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        for name, build in (("docx", to_docx), ("html", to_gdocs_html)):
            path = Path(tmp) / f"seed002.{name}"
            path.write_bytes(build(markdown))
            cold_runs([*exe, "check", str(path)], f"cold `pmlint check` on seed 002 as "
                      f"{name.upper()} ({path.stat().st_size:,} bytes)", target_ms=1000)


def hostile_shapes(limit: int) -> dict[str, str]:
    """Worst cases under the input limits: what a hostile or mistaken input costs."""
    filler = "lorem ipsum at 2 and 3 on the 4th, 5 minutes, up 6%, 7 hours, 1.2.3 " * 6
    lines = limit // 19_000
    return {
        "one 10 MiB line of letters": "a" * (limit - 1) + "\n",
        "one 10 MiB line of times (refused)": "12:34 " * (limit // 6),
        "19,000 lines: 4,900 entries, then prose with digits":
            "".join(f"- {i // 60 % 24:02d}:{i % 60:02d} UTC: alert fired\n" for i in range(4900))
            + (filler[: lines - 1] + "\n") * (19_000 - 4900),
        "5 million short lines (refused)": "x\n" * (limit // 2 - 1),
        "a 2,000-column table": ("| 10:00 | " + "x | " * 2000 + "\n") * 500,
        "nested markup": "`" * 300_000 + "\n" + "*" * 300_000 + "\n" + "[" * 300_000 + "\n",
    }


def hostile_runs(exe: list[str]) -> None:
    import tempfile

    from pmlint.timeline.source import MAX_BYTES

    with tempfile.TemporaryDirectory() as tmp:
        for label, text in hostile_shapes(MAX_BYTES - 100).items():
            path = Path(tmp) / "hostile.md"
            path.write_text(text)
            start = time.perf_counter()
            done = subprocess.run([*exe, "check", str(path)], check=False,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            elapsed = time.perf_counter() - start
            print(f"hostile input, {label} ({len(text) / 1024 / 1024:.1f} MiB): "
                  f"{elapsed:.2f} s, exit {done.returncode}")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    corpus = Path(args[0]) if args else ROOT.parent / "shared" / "corpus" / "docs"
    # Start-up figures move by tens of ms with other work on the machine; say how busy it was.
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    corpus_throughput(corpus)
    check_throughput(corpus)
    exe = [sys.executable, "-c", "from pmlint.cli import main; main()"]  # the installed copy
    cold_runs([*exe, "timeline", str(SEED)], "cold `pmlint timeline` on seed 002")
    cold_runs([*exe, "check", str(SEED)], "cold `pmlint check` on seed 002")
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        cached = bytecode_cached_env()
        subprocess.run([*exe, "check", str(SEED)], check=False, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, env=cached)  # writes the bytecode once
        cold_runs([*exe, "check", str(SEED)], "cold `pmlint check` on seed 002, its bytecode "
                  "cached as an installed copy's is", env=cached)
    # the same without the programs stored in timeline/regex-*.bin (timeline/precompiled.py)
    cold_runs([*exe, "check", str(SEED)], "cold `pmlint check` on seed 002, every pattern "
              "compiled (PMLINT_COMPILE_REGEX=1)",
              env={**os.environ, "PMLINT_COMPILE_REGEX": "1"})
    converted_runs(exe)
    if any(corpus.glob("*.md")):
        cold_runs([*exe, "metrics", "--jobs", "2", "--format", "json", str(corpus)],
                  "`pmlint metrics --jobs 2` on the whole corpus, start-up included",
                  runs=3, target_ms=2000)
    cold_runs([sys.executable, "-c", "pass"], "python start-up alone (floor)", target_ms=150)
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    if "--hostile" in sys.argv:
        hostile_runs(exe)


if __name__ == "__main__":
    main()
