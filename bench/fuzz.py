"""The long fuzzing run: a million generated and damaged postmortems through `pmlint check`.

Run: python bench/fuzz.py [--inputs N] [--jobs J] [--seed S]      (default 1,000,000, 2, 0)

Each input is a document built from tests/fragments.py (layouts, time shapes, zones,
ranges, words, damage; mostly 1-5 lines, some up to 80) and then mutated 0-3 times (cut,
repeat, splice, flip), or raw random bytes. Each goes through what `pmlint check` does in
process: decode, extract, resolve, every rule; every tenth also through every reporter.
Printed: inputs run, inputs per second, crashes (anything but a one-line InputError) with
the first few documents that caused them, and the slowest inputs with their times. The
target is no crash and no input slower than 2 s of CPU time. Deterministic for a given seed.

Figures on 2026-12-01 (commit 6935fba, `nice -n 19 python bench/fuzz.py --jobs 2`, beside
other work on a 2-core machine):

  1,000,000 inputs in 2,429 s (412/s, 2 jobs, seeds 0..999999)
  crashes: 0
  inputs slower than 2.0 s: 0
  slowest (CPU seconds, seed): 0.404 (11453), 0.295 (724251), 0.280 (559513), 0.279 (830302)
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))
from tree import use_working_tree  # noqa: E402

use_working_tree()

from fragments import assert_reports_well_formed, document, mutate  # noqa: E402

from pmlint.checks import ALL_RULES  # noqa: E402
from pmlint.checks.engine import lint  # noqa: E402
from pmlint.timeline.document import timeline_from_source  # noqa: E402
from pmlint.timeline.source import InputError, decode  # noqa: E402

SLOW = 2.0


def make(seed: int) -> bytes:
    rng = random.Random(seed)
    if rng.random() < 0.05:
        return rng.randbytes(rng.randrange(0, 3000))
    size = rng.random()  # mostly short inputs, so a million run in tens of minutes
    text = document(rng, rng.randrange(1, 6) if size < 0.7 else rng.randrange(6, 25)
                    if size < 0.95 else rng.randrange(25, 80))
    for _ in range(rng.randrange(4)):
        text = mutate(rng, text)
    return text.encode("utf-8", "surrogatepass")


def check(data: bytes, report_too: bool = True) -> None:
    try:
        timeline = timeline_from_source(decode(data, "fuzz.md"))
    except InputError as error:
        if "\n" in str(error):
            raise AssertionError("an input error of more than one line") from None
        return
    findings = lint(timeline, ALL_RULES)
    if not report_too:
        return
    assert_reports_well_formed(findings)


def work(span: tuple[int, int]) -> tuple[int, list[tuple[float, int]], list[tuple[int, str]]]:
    """Run seeds in [start, stop): (count, the 5 slowest (seconds, seed), crashes)."""
    start, stop = span
    slowest: list[tuple[float, int]] = []
    crashes: list[tuple[int, str]] = []
    for seed in range(start, stop):
        data = make(seed)
        began = time.process_time()  # CPU time: a run niced beside other work stays honest
        try:
            check(data, report_too=seed % 10 == 0)  # reporters cost twice the rest
        except Exception:
            crashes.append((seed, traceback.format_exc(limit=3)))
        elapsed = time.process_time() - began
        if len(slowest) < 5 or elapsed > slowest[-1][0]:
            slowest = sorted([*slowest, (elapsed, seed)], reverse=True)[:5]
    return stop - start, slowest, crashes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=1_000_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    step = 2000
    spans = [(s, min(s + step, args.seed + args.inputs))
             for s in range(args.seed, args.seed + args.inputs, step)]
    began = time.perf_counter()
    done = 0
    slowest: list[tuple[float, int]] = []
    crashes: list[tuple[int, str]] = []
    with multiprocessing.Pool(args.jobs) as pool:
        for count, slow, crashed in pool.imap_unordered(work, spans):
            done += count
            slowest = sorted([*slowest, *slow], reverse=True)[:10]
            crashes.extend(crashed)
            if done % 50_000 < step:
                rate = done / (time.perf_counter() - began)
                print(f"{done:,} inputs, {rate:,.0f}/s, {len(crashes)} crashes, slowest "
                      f"{slowest[0][0]:.3f} s", flush=True)
    elapsed = time.perf_counter() - began
    print(f"\n{done:,} inputs in {elapsed:,.0f} s ({done / elapsed:,.0f}/s, {args.jobs} jobs, "
          f"seeds {args.seed}..{args.seed + args.inputs - 1})")
    print(f"crashes: {len(crashes)}")
    for seed, trace in sorted(crashes)[:5]:
        print(f"--- seed {seed}: {make(seed)[:300]!r}\n{trace}")
    print(f"inputs slower than {SLOW} s: {sum(1 for t, _ in slowest if t > SLOW)}")
    print("slowest (seconds, seed): " + ", ".join(f"{t:.3f} ({s})" for t, s in slowest))


if __name__ == "__main__":
    main()
