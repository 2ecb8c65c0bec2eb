"""Instructions per round of `check` over a corpus, counted by valgrind: steadier than wall
clock on a shared machine (deterministic but for the hash seed, fixed here; about ±0.5%).

Run: python bench/instructions.py [CORPUS_DIR]   (default ../shared/corpus/docs; needs valgrind)
It runs this file twice under cachegrind, with one and with two rounds after a warm-up round,
and prints the difference: the instructions of one round of read_timeline and every rule over
every document, imports and first-use compilation left out. Compare two trees by running each
tree's copy (bench/tree.py imports pmlint from the tree this file sits in).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "docs"


def lint_rounds(corpus: Path, rounds: int) -> None:
    """A warm-up round, then `rounds` more over every document of the corpus."""
    sys.path.insert(0, str(ROOT / "bench"))
    from tree import use_working_tree

    use_working_tree()
    from pmlint.checks import ALL_RULES
    from pmlint.checks.engine import lint
    from pmlint.timeline.document import read_timeline

    paths = sorted(corpus.glob("*.md"))
    for _ in range(rounds + 1):
        for path in paths:
            lint(read_timeline(str(path)), ALL_RULES)


def counted(corpus: Path, rounds: int, script: str = __file__) -> int:
    """Instructions of this interpreter running `script --rounds rounds corpus` (`rounds`
    rounds and the warm-up; bench/lint_instructions.py counts its own rounds with it)."""
    result = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         sys.executable, script, "--rounds", str(rounds), str(corpus)],
        capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"}, check=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", result.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{result.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def measure(rounds_of: Callable[[Path, int], None], what: str, script: str,
            digits: int = 2) -> None:
    """The command line of `script`: run `rounds_of` when called with --rounds (under
    valgrind), else count one and two rounds and print the difference."""
    args = sys.argv[1:]
    if args[:1] == ["--rounds"]:
        rounds_of(Path(args[2]), int(args[1]))
        return
    corpus = Path(args[0]) if args else DEFAULT_CORPUS
    if not any(corpus.glob("*.md")):
        raise SystemExit(f"no documents in {corpus}")
    one, two = counted(corpus, 1, script), counted(corpus, 2, script)
    print(f"one round of {what} over {len(list(corpus.glob('*.md')))} documents: "
          f"{(two - one) / 1e9:.{digits}f} G instructions (tree {ROOT})")


def main() -> None:
    measure(lint_rounds, "check", __file__)


if __name__ == "__main__":
    main()
