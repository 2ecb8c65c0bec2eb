"""The classes built for every time a document holds are not declared frozen (a frozen
dataclass's __init__ costs seven times a plain one: timeline/model.py), yet nothing may
change one once built: a LineRole serves every line of its paragraph, a TimeExpr every
reader of its line. Here every rule case's document and every seed is read and checked by
every rule with a second assignment to any field of theirs refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pmlint.checks import ALL_RULES
from pmlint.checks.engine import lint
from pmlint.timeline.document import read_timeline, timeline_from_text
from pmlint.timeline.grammar import DateMatch
from pmlint.timeline.model import Clock, DateParts, Event, RawEntry, TimeExpr
from pmlint.timeline.provenance import Inference
from pmlint.timeline.structure import LineRole
from tests.test_rule_cases import load_cases

UNFROZEN = (Clock, DateParts, TimeExpr, RawEntry, Event, LineRole, Inference, DateMatch)
SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def _set_once(self: Any, name: str, value: Any) -> None:
    if name in self.__dict__:
        raise AttributeError(f"{type(self).__name__}.{name} assigned after construction")
    object.__setattr__(self, name, value)


@pytest.fixture
def refused(monkeypatch: pytest.MonkeyPatch) -> None:
    for cls in UNFROZEN:
        monkeypatch.setattr(cls, "__setattr__", _set_once)


def test_the_guard_refuses_a_second_assignment(refused: None) -> None:
    clock = Clock(10, 5, None, None, "10:05")
    with pytest.raises(AttributeError):
        clock.hour = 11


def test_nothing_changes_a_built_value(refused: None) -> None:
    for param in load_cases():
        _, case = param.values
        lint(timeline_from_text(case["document"], "case.md"), ALL_RULES)
    for seed in sorted(SEEDS.glob("*.txt")):
        lint(read_timeline(str(seed)), ALL_RULES)


def test_values_compare_and_hash_as_frozen_ones_did() -> None:
    """Equal values are equal and hash alike (sets and dict keys of them behave as before);
    an Event or a RawEntry is itself alone."""
    assert Clock(10, 5, None, None, "10:05") == Clock(10, 5, None, None, "10:05")
    assert len({Clock(10, 5, None, None, "10:05"), Clock(10, 5, None, None, "10:05")}) == 1
    assert hash(LineRole("text", block=3)) == hash(LineRole("text", block=3))
    assert len({Inference("zone", "declared"), Inference("zone", "declared")}) == 1
    expr = TimeExpr(0, 5, "10:05", None, Clock(10, 5, None, None, "10:05"), None)
    assert hash(expr) == hash(TimeExpr(0, 5, "10:05", None, Clock(10, 5, None, None, "10:05"),
                                       None))
    entry = RawEntry(1, 1, expr, "paged", "timeline", "entry")
    assert entry != RawEntry(1, 1, expr, "paged", "timeline", "entry")
