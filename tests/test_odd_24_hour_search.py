"""invalid-time's search for "18:40 PM" in running text opens at the colon, the hour checked
behind it: it finds what a search opening at the hour's digits finds."""

from __future__ import annotations

import random
import re

from pmlint.checks.invalid_time import _has_odd_24_hour

AT_THE_HOUR = re.compile(r"(?:1[3-9]|2[0-3]):[0-5]\d[ ]?[AaPp]\.?[Mm](?![A-Za-z])")


def _at_the_hour(text: str) -> bool:
    return any(m.start() == 0 or text[m.start() - 1] not in "0123456789:."
               for m in AT_THE_HOUR.finditer(text))


def test_the_colon_first_search_agrees_with_the_hour_first_one() -> None:
    rng = random.Random(7)
    alphabet = "0123456789::.  aApPmMx"
    for _ in range(30000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert _has_odd_24_hour(text) == _at_the_hour(text), repr(text)
    assert _has_odd_24_hour("lifted at 18:40 PM UTC")
    assert _has_odd_24_hour("13:20pm")
    assert not _has_odd_24_hour("118:40 pm and 1.18:40 pm")
    assert not _has_odd_24_hour("12:40 PM")
