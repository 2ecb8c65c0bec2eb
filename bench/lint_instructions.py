"""Instructions per round of the rules alone (`lint`) over a corpus, counted by valgrind.

Run: python bench/lint_instructions.py [CORPUS_DIR]   (default ../shared/corpus/docs)
As bench/instructions.py, but every timeline is read before any rule runs (three fresh
copies of each: the warm-up's and two rounds'), so the difference between a run with one
and one with two counted rounds is the rules' share of `check` only: what a change in
checks/ saves, without the reading's cost and noise around it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from instructions import measure  # bench/, this script's folder, is first on sys.path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "docs"
COPIES = 3  # warm-up and two rounds, read in every run so that reading cancels out


def lint_rounds(corpus: Path, rounds: int) -> None:
    """Read COPIES timelines of each document, then lint a warm-up and `rounds` of them."""
    sys.path.insert(0, str(ROOT / "bench"))
    from tree import use_working_tree

    use_working_tree()
    from pmlint.checks import ALL_RULES
    from pmlint.checks.engine import lint
    from pmlint.timeline.document import read_timeline

    paths = sorted(corpus.glob("*.md"))
    copies = [[read_timeline(str(path)) for path in paths] for _ in range(COPIES)]
    for timelines in copies[:rounds + 1]:
        for timeline in timelines:
            lint(timeline, ALL_RULES)


def main() -> None:
    measure(lint_rounds, "lint", __file__, digits=3)


if __name__ == "__main__":
    main()
