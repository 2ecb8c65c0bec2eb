"""Fuzzing in every CI run: generated and damaged postmortems never crash, hang or vary.

A bounded budget (a few hundred documents per property, a fixed seed so CI is repeatable)
runs here; `bench/fuzz.py` runs the same pieces a million times. Each document goes
through what `pmlint check` does, in process: decode, extract, resolve, every rule, every
reporter. The properties: nothing but a one-line InputError escapes; no document takes
2 s; the same input gives the same findings; every report is well formed.
"""

from __future__ import annotations

import random

from fragments import (
    DAMAGE,
    LAYOUTS,
    SCAFFOLD,
    WORDS,
    assert_reports_well_formed,
    document,
    mutate,
    time_expression,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmlint.checks import ALL_RULES
from pmlint.checks.engine import lint
from pmlint.timeline.document import timeline_from_source
from pmlint.timeline.source import InputError, decode

BUDGET = settings(max_examples=200, deadline=2000, derandomize=True, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FORMATS = ("text", "json", "sarif", "github", "junit")


@st.composite
def lines(draw: st.DrawFn) -> str:
    seed = draw(st.integers(0, 2**32))
    rng = random.Random(seed)
    layout = draw(st.sampled_from(LAYOUTS + SCAFFOLD))
    text = layout.format(t=time_expression(rng), w=draw(st.sampled_from(WORDS)))
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(st.sampled_from(DAMAGE)) + text[cut:]
    return text


documents = st.lists(lines(), min_size=1, max_size=30).map("\n".join)


def _check(data: bytes) -> tuple[tuple[object, ...], ...] | None:
    try:
        timeline = timeline_from_source(decode(data, "fuzz.md"))
    except InputError as error:
        assert "\n" not in str(error)
        return None
    findings = lint(timeline, ALL_RULES)
    for finding in findings:
        assert 1 <= finding.line <= max(len(timeline.lines), 1), finding
        assert finding.column >= 1
    assert_reports_well_formed(findings)
    return tuple((f.rule, f.line, f.column, f.message) for f in findings)


@BUDGET
@given(documents)
def test_generated_documents(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    assert _check(data) == _check(data)


@BUDGET
@given(st.integers(0, 2**32), st.integers(1, 4))
def test_damaged_documents(seed: int, rounds: int) -> None:
    rng = random.Random(seed)
    text = document(rng)
    for _ in range(rounds):
        text = mutate(rng, text)
    _check(text.encode("utf-8", "surrogatepass"))


@BUDGET
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data: bytes) -> None:
    _check(data)
