"""bench/inject.py --corpus DIR: anomalies written into real postmortems, in new phrasings.

bench/accuracy.py mutates an entry in the form it already has (flips "PM" to "AM"). Here
the entry's time is rewritten in another style as it is injected ("10:45 PM" becomes
"10:45am", "22:45" becomes "10:45 a.m."), and a stated duration is added in one of many
wordings, so the real document's layout is kept and the anomaly's phrasing varies.

Classes: ampm-flip, out-of-order, invalid-time (entry rewrites) and duration-mismatch (a
sentence after the first summary time). Documents of the blind split and of the held-out
repositories (shared/corpus/manifest.tsv) are never read, nor those of the second
held-out split (bench/blind2).
"""

from __future__ import annotations

import random
from pathlib import Path

from inject import Tally, errors_of, findings_of, lines_covered
from inject_words import clock_text, duration_text

from pmlint.timeline.document import timeline_from_text
from pmlint.timeline.model import Event

BENCH = Path(__file__).resolve().parent
# the held-out splits, by file name only (their labels are never read here)
HELD_OUT_SPLITS = ("blind", "blind2")
HELD_OUT = ("ethereum/pm", "ucsf-wynton", "prysmaticlabs", "gitpod-io",
            "apache/infrastructure-website")
CORPUS_CLASSES = ("ampm-flip", "out-of-order", "invalid-time", "duration-mismatch")


def usable_documents(corpus: Path) -> list[Path]:
    """The corpus's documents minus both held-out splits and the held-out repositories."""
    blind = {label.stem for split in HELD_OUT_SPLITS for label in (BENCH / split).glob("*.toml")}
    manifest = corpus.parent / "manifest.tsv"
    held: set[str] = set()
    if manifest.exists():
        for row in manifest.read_text(encoding="utf-8").splitlines()[1:]:
            cells = row.split("\t")
            if len(cells) > 2 and any(name in cells[2] for name in HELD_OUT):
                held.add(cells[0])
    return [p for p in sorted(corpus.glob("*.md"))
            if p.stem.isdigit() and p.stem not in blind and p.stem not in held]


def _entries(text: str) -> list[Event]:
    timeline = timeline_from_text(text, "<corpus>")
    return [e for e in timeline.events if e.source == "timeline" and e.clock is not None
            and e.part == "single" and e.at is not None and e.date is None]


def _replace(text: str, line: int, old: str, new: str) -> str | None:
    rows = text.split("\n")
    if old not in rows[line - 1]:
        return None
    rows[line - 1] = rows[line - 1].replace(old, new, 1)
    return "\n".join(rows)


def inject(text: str, cls: str, rng: random.Random) -> tuple[str, tuple[int, ...]] | None:
    """The document with one anomaly of `cls`, and the lines it may be reported on."""
    found = _entries(text)
    if cls == "duration-mismatch":
        return _stated_duration(text, found, rng)
    candidates = [(p, e, n) for p, e, n in zip(found, found[1:], found[2:], strict=False)
                  if p.at <= e.at <= n.at and (n.at - p.at).total_seconds() <= 4 * 3600
                  and p.line < e.line < n.line]
    if not candidates:
        return None
    prev, entry, _ = rng.choice(candidates)
    clock = entry.clock
    assert clock is not None
    minute = clock.hour * 60 + clock.minute
    if cls == "ampm-flip":
        if clock.meridiem is None:
            return None
        style = rng.choice(("12", "12lower", "12dots"))
        new = clock_text(minute, style, meridiem_flip=True)
    elif cls == "out-of-order":
        assert prev.clock is not None
        back = prev.clock.hour * 60 + prev.clock.minute - rng.randint(5, 40)
        if back < 0:
            return None
        style = rng.choice(("12", "12lower", "12dots") if clock.meridiem else ("24", "24h"))
        new = clock_text(back, style)
        changed = _replace(text, entry.line, clock.written, new)
        return (changed, (prev.line, entry.line)) if changed else None
    else:  # invalid-time
        style = rng.choice(("12", "12lower") if clock.meridiem else ("24", "24h"))
        written = clock_text(minute, style)
        hour = clock.hour
        bad = (f"{13 + hour % 10}:{clock.minute:02d}{written[-2:]}" if clock.meridiem
               else f"{25 + hour % 5}:{clock.minute:02d}")
        new = bad if rng.random() < 0.5 or clock.meridiem else f"{hour:02d}:{60 + hour % 30}"
    changed = _replace(text, entry.line, clock.written, new)
    return (changed, (entry.line,)) if changed else None


def _stated_duration(text: str, found: list[Event], rng: random.Random
                     ) -> tuple[str, tuple[int, ...]] | None:
    """A wrong stated length, after the timeline's last line: its span is first entry to
    last resolution, so the duration is that span plus a margin no rounding covers."""
    resolved = [e for e in found if e.phase == "resolution"]
    if len(found) < 3 or not resolved:
        return None
    span = int((resolved[-1].at - found[0].at).total_seconds() // 60)
    if not 10 <= span <= 24 * 60:
        return None
    wrong = span + max(45, span // 2) * rng.choice((1, 2))
    sentence, _ = duration_text(wrong, rng)
    rows = text.split("\n")
    at = resolved[-1].line
    rows.insert(at, "")
    rows.insert(at + 1, sentence)
    return "\n".join(rows), (at + 2,)


def run_corpus(corpus: Path, classes: list[str], seed: int, per_class: int) -> dict[str, Tally]:
    docs = usable_documents(corpus)
    clean: list[tuple[str, str]] = []
    false_alarms = 0
    for path in docs:
        text = path.read_bytes().decode("utf-8", errors="replace").replace("\r\n", "\n")
        if errors_of(findings_of(text)):
            false_alarms += 1  # the corpus's own errors are accuracy.py's business
            continue
        clean.append((path.stem, text))
    print(f"corpus documents used: {len(docs)} ({len(clean)} with no error finding)")
    results: dict[str, Tally] = {}
    for cls in classes:
        if cls not in CORPUS_CLASSES:
            continue
        tally = Tally()
        for doc_id, text in clean:
            if tally.cases >= per_class:
                break
            rng = random.Random(f"{seed}-{cls}-{doc_id}")
            made = inject(text, cls, rng)
            if made is None:
                continue
            changed, lines = made
            before = errors_of(findings_of(text))
            after = findings_of(changed)
            hit = any(f.rule == cls and set(lines_covered(f)) & set(lines) for f in after)
            others = {(r, ln) for r, ln in errors_of(after) - before
                      if not (r == cls and ln in lines)}
            tally.cases += 1
            tally.found += hit
            tally.collateral += bool(others)
            rows = changed.split("\n")
            where = "; ".join(f"{ln}: {rows[ln - 1].strip()[:120]}" for ln in lines)
            if not hit:
                got = "; ".join(f"{f.rule}@{f.line}" for f in after
                                if f.severity == "error") or "no error finding"
                tally.misses.append(f"[{doc_id}] want {cls} at {where}; got {got}")
            if others:
                tally.collateral_samples.append(
                    f"[{doc_id}] {', '.join(f'{r}@{ln}' for r, ln in sorted(others))} "
                    f"after {where}")
        results[cls] = tally
    print(f"(documents with an error finding before injection, skipped: {false_alarms})")
    return results

