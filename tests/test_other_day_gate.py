"""summary-mismatch looks for a sentence about another day only in a text holding one of
OTHER_DAY's words: the answer is the pattern's own on every phrasing."""

from __future__ import annotations

import random

from pmlint.checks.summary_mismatch import OTHER_DAY, _other_day

WORDS = ("the", "a", "one", "two", "3", "previous", "prior", "preceding", "day", "night",
         "days", "week", "before", "earlier", "that", "yesterday", "last", "at", "10:05", "we")


def test_the_word_gate_answers_as_the_pattern() -> None:
    rng = random.Random(5)
    for _ in range(20000):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 6)))
        assert _other_day(text) == (OTHER_DAY.search(text) is not None), text
    assert _other_day("the previous day, from 22:00 until 22:15")
    assert _other_day("two days earlier the cache filled")
    assert not _other_day("at 10:05 the deploy began")
