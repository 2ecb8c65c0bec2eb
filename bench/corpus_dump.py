"""Collateral check: every corpus document's timeline and findings, one file each, and a hash.

Run: python bench/corpus_dump.py OUT_DIR [CORPUS_DIR]   (default ../shared/corpus/docs)
Writes OUT_DIR/NNN.txt (`pmlint timeline --format json` then `pmlint check --format json`) for
each document outside the held-out split bench/blind2, and prints one sha256 over them all.
Two trees whose hashes agree read the corpus alike (a speed-up must leave it unchanged);
`diff -r` of two dumps shows what a change did, document by document.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from tree import use_working_tree  # noqa: E402

use_working_tree()

from click.testing import CliRunner  # noqa: E402

from pmlint.cli import main  # noqa: E402


def dump(out: Path, corpus: Path) -> str:
    held_out = {p.stem for p in (ROOT / "bench" / "blind2").glob("*.toml")}
    out.mkdir(parents=True, exist_ok=True)
    runner = CliRunner()
    digest = hashlib.sha256()
    for path in sorted(corpus.glob("*.md")):
        if path.stem in held_out:
            continue
        text = "\n".join(runner.invoke(main, [command, "--format", "json", str(path)]).output
                         for command in ("timeline", "check"))
        (out / f"{path.stem}.txt").write_text(text, encoding="utf-8")
        digest.update(text.encode())
    return digest.hexdigest()


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    corpus = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT.parent / "shared" / "corpus" / "docs"
    print(dump(Path(sys.argv[1]), corpus))
