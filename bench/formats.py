"""Benchmark: do documents read the same once written as DOCX, Google Docs HTML, Confluence
storage XHTML and ADF? And what does reading each format cost?

Run: python bench/formats.py [CORPUS_DIR] [--count N]   (default ../shared/corpus/docs, 100)
Each document is rebuilt in every format (tests/formats_build.py) and checked; it agrees
when its findings (rule, severity, message with references resolved to the text they point
at) and its events' instants equal the Markdown's. Two routes: "as typed" keeps inline marks
("**Start:**") as text, so only the readers are measured; "realistic" writes them as bold,
as an editor would, so the figure includes how pmlint's Markdown reading treats "**".
The blind test set of issue 11 is never read. Figures are printed; nothing is asserted.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))
from tree import use_working_tree  # noqa: E402

use_working_tree()


def main() -> None:
    from formats_build import BUILDERS, literal_markup
    from test_formats_corpus import HELD_OUT
    from test_formats_equivalence import check_equivalent

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    count = int(sys.argv[sys.argv.index("--count") + 1]) if "--count" in sys.argv else 100
    args = [a for a in args if a != str(count)]
    corpus = Path(args[0]) if args else ROOT.parent / "shared" / "corpus" / "docs"
    paths = sorted(p for p in corpus.glob("*.md")
                   if p.stem.isdigit() and int(p.stem) not in HELD_OUT)[:count]
    if not paths:
        print(f"no corpus at {corpus}")
        return
    texts = {p.stem: p.read_text(encoding="utf-8", errors="replace") for p in paths}
    for route, context in (("as typed", literal_markup), ("realistic", contextlib.nullcontext)):
        agree: Counter[str] = Counter()
        differ: dict[str, list[str]] = {}
        seconds: Counter[str] = Counter()
        for name, markdown in texts.items():
            for fmt in BUILDERS:
                start = time.perf_counter()
                try:
                    with context():
                        check_equivalent(markdown, fmt, None)
                    agree[fmt] += 1
                except AssertionError:
                    differ.setdefault(name, []).append(fmt)
                seconds[fmt] += time.perf_counter() - start
        print(f"{route}: {len(texts)} corpus documents")
        for fmt in BUILDERS:
            print(f"  {fmt:17} {agree[fmt]:4}/{len(texts)} agree; "
                  f"{seconds[fmt] * 1000 / len(texts):5.1f} ms a document (build, read, "
                  "check both, compare)")
        for name, formats in sorted(differ.items()):
            print(f"  differs: {name} ({', '.join(formats)})")


if __name__ == "__main__":
    main()
