"""Structured provenance: rules read what normalisation inferred as data, never the words of
the `assumed` notes, so rewording every note changes no finding."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from pmlint.checks import ALL_RULES
from pmlint.checks.engine import lint
from pmlint.timeline import provenance
from pmlint.timeline.document import timeline_from_text
from pmlint.timeline.normalise import Options
from pmlint.timeline.provenance import Inference, render
from pmlint.timeline.zones import parse_zone_option

ROOT = Path(__file__).resolve().parent.parent


def documents() -> list[tuple[str, str | None]]:
    docs: list[tuple[str, str | None]] = []
    for path in sorted((ROOT / "fixtures" / "rules").glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            if "evidence" not in case:
                docs.append((case["document"], case.get("tz")))
    for path in sorted((ROOT / "fixtures" / "seeds").glob("*.txt")):
        docs.append((path.read_text(encoding="utf-8"), None))
    return docs


def findings() -> list[tuple[int, str, int, int, str]]:
    out = []
    for number, (text, tz) in enumerate(documents()):
        zone = parse_zone_option(tz) if tz else None
        timeline = timeline_from_text(text, "case.md", Options(default_zone=zone))
        out.extend((number, f.rule, f.line, f.column, f.severity)
                   for f in lint(timeline, ALL_RULES))
    return out


def test_rewording_every_note_changes_no_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    before = findings()
    assert before  # the cases do fire
    reworded = {key: f"[{key[0]}/{key[1]}] reworded: {{line}} {{value}}"
                for key in provenance.TEMPLATES}
    monkeypatch.setattr(provenance, "TEMPLATES", reworded)
    after = findings()
    assert after == before


def test_every_inference_renders() -> None:
    for what, how in provenance.TEMPLATES:
        assert render(Inference(what, how, 3, "UTC", "9:00", "8:00", "--tz"))  # type: ignore[arg-type]


def test_events_carry_what_was_inferred() -> None:
    text = ("# Outage\n\nAll times UTC.\n\n## Timeline\n\n- 2024-03-04 23:10 alert fired\n"
            "- 00:20 rolled back\n")
    events = [e for e in timeline_from_text(text, "t.md").events if e.source == "timeline"]
    late = events[1]
    kinds = {(p.what, p.how) for p in late.provenance}
    assert ("date", "carried") in kinds and ("zone", "declared") in kinds
    assert ("day", "backwards") in kinds
    step = next(p for p in late.provenance if p.what == "day")
    assert (step.line, step.days, step.subject) == (7, 1, "00:20")
    assert late.assumed == tuple(dict.fromkeys(render(p) for p in late.provenance))


def test_no_rule_reads_the_notes() -> None:
    """Rules and the shared reading take provenance as data; the notes are for people."""
    sources = [*(ROOT / "checks").glob("*.py"), ROOT / "timeline" / "reading.py",
               ROOT / "timeline" / "incident.py", ROOT / "timeline" / "settled.py"]
    readers = [p.name for p in sources if ".assumed" in p.read_text(encoding="utf-8")]
    assert readers == []


NEXT_MORNING_AFTER_A_RANGE = (
    "# Outage on 3 March 2024\n\nThe queue was down from 11pm until 7am the next morning"
    " (PST).\n")


def test_no_note_names_a_missing_line() -> None:
    """A note whose words cite a line has one: "from the date on line None" tells nothing."""
    texts = [text for text, _ in documents()] + [NEXT_MORNING_AFTER_A_RANGE]
    for text in texts:
        for event in timeline_from_text(text, "case.md").events:
            for note in event.provenance:
                if "{line}" in provenance.TEMPLATES[(note.what, note.how)]:
                    assert note.line is not None, (render(note), text[:80])
