"""Benchmark: corpus throughput in one process, and cold start of the CLI on one seed.

Run: python bench/bench.py [CORPUS_DIR]   (default ../shared/corpus/docs)
Cold-start figures are for the interpreter running this script; an editable install
(pip install -e) adds its import hook to every start-up, so measure with a regular one.
Targets (issue 2): >= 200 documents/s in one process; a cold `pmlint timeline` on a seed
no slower than 150 ms. Figures are printed; nothing is asserted, the numbers are the point.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = ROOT / "fixtures" / "seeds" / "002_7715143f28eb9fdd.txt"


def corpus_throughput(corpus: Path, rounds: int = 3) -> None:
    from timeline.document import read_timeline

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
          f"(target >= 200)")


def check_throughput(corpus: Path, rounds: int = 3) -> None:
    from checks import ALL_RULES
    from checks.engine import lint
    from timeline.document import read_timeline

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
          f"(target >= 200)")


def cold_runs(command: list[str], label: str, runs: int = 7, target_ms: float = 150.0) -> None:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=False, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    print(f"{label}: median {statistics.median(times):.0f} ms, best {min(times):.0f} ms "
          f"over {runs} runs (target <= {target_ms:.0f} ms)")


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus" / "docs"
    corpus_throughput(corpus)
    check_throughput(corpus)
    exe = [sys.executable, "-c", "import cli; cli.main()"]
    cold_runs([*exe, "timeline", str(SEED)], "cold `pmlint timeline` on seed 002")
    cold_runs([*exe, "check", str(SEED)], "cold `pmlint check` on seed 002")
    if any(corpus.glob("*.md")):
        cold_runs([*exe, "metrics", "--jobs", "2", "--format", "json", str(corpus)],
                  "`pmlint metrics --jobs 2` on the whole corpus, start-up included",
                  runs=3, target_ms=2000)
    cold_runs([sys.executable, "-c", "pass"], "python start-up alone (floor)", target_ms=150)


if __name__ == "__main__":
    main()
