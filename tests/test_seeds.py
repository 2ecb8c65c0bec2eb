"""The five seed postmortems: each timeline matches its hand-checked expectation file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pmlint.timeline.document import read_timeline
from pmlint.timeline.render import event_to_dict

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
KEYS = ("line", "column", "written", "local", "utc", "phase", "source")


def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def test_all_five_seeds_are_bundled() -> None:
    assert len(seed_paths()) == 5


@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name[:3])
def test_seed_timeline_matches_expectation(path: Path) -> None:
    expected = json.loads(path.with_suffix(".timeline.json").read_text(encoding="utf-8"))
    timeline = read_timeline(str(path))
    events = [{k: event_to_dict(e)[k] for k in KEYS} for e in timeline.events]
    durations = [{"line": d.line, "written": d.written, "seconds": d.seconds}
                 for d in timeline.durations]
    assert events == expected["events"]
    assert durations == expected["durations"]


def test_seed_003_reads_the_evening_and_rolls_into_the_next_day() -> None:
    """The hand reading: 9:45 PM EST on May 10, the 10:45 AM entry lands on May 11."""
    timeline = read_timeline(str(SEEDS / "003_1eee0c03998c6125.txt"))
    entries = [e for e in timeline.events if e.source == "timeline"]
    assert entries[0].at is not None
    assert entries[0].at.isoformat() == "2023-05-10T21:45:00-05:00"
    assert entries[3].local == "2023-05-11T10:45"
    assert any("next day assumed" in note for note in entries[3].assumed)


def test_seed_002_mountain_time_and_utc_agree_on_the_purge() -> None:
    """"5 PM mountain on 6/9/22" and "Jun 9, 2022, 11:00 pm UTC" are the same instant."""
    timeline = read_timeline(str(SEEDS / "002_7715143f28eb9fdd.txt"))
    purge = [e for e in timeline.events if e.written in ("5 PM mountain on 6/9/22",
                                                          "Jun 9, 2022, 11:00 pm UTC")]
    assert len(purge) >= 2  # the Scope line says it again, inside its field's words
    assert len({e.utc for e in purge}) == 1


@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name[:3])
def test_seed_findings_match_expectation(path: Path) -> None:
    """What a careful reviewer flags in each seed, exactly: no more, no fewer."""
    from pmlint.checks import ALL_RULES
    from pmlint.checks.engine import lint

    expected = json.loads(path.with_suffix(".findings.json").read_text(encoding="utf-8"))
    findings = lint(read_timeline(str(path)), ALL_RULES)
    got = [{"rule": f.rule, "severity": f.severity, "line": f.line, "column": f.column,
            "related_line": f.related_line, "suggestion": f.suggestion} for f in findings]
    assert got == expected
