"""The digit tests run on every line have an ASCII twin ("[0-9]" for "\\d") used on an
ASCII line: on such a line the two find the same matches, and a line with any other
character keeps the Unicode test ("٣", "３" are digits to \\d)."""

from __future__ import annotations

import random

from pmlint.timeline import durations, grammar, lexer

PAIRS = ((lexer.DIGIT_RE, lexer.ASCII_DIGIT_RE),
         (grammar.NUMERIC_HINT, grammar.ASCII_NUMERIC_HINT),
         (durations._LETTER_UNIT, durations._ASCII_LETTER_UNIT))


def test_ascii_twins_match_alike_on_ascii_texts() -> None:
    rng = random.Random(3)
    alphabet = "0123456789 \thmsHMS-/.,:ab\u00e9"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet[:-1]) for _ in range(rng.randint(0, 12)))
        for unicode_pattern, ascii_pattern in PAIRS:
            assert [m.span() for m in ascii_pattern.finditer(text)] == \
                [m.span() for m in unicode_pattern.finditer(text)], repr(text)


def test_other_digits_are_still_read_on_a_line_that_is_not_ascii() -> None:
    assert lexer._may_hold_time("\u0663\u0660 \u0645")  # Arabic-Indic digits
    assert lexer._may_hold_time("\uff11\uff10\uff1a\uff10\uff15")  # full-width "10:05"
    assert not lexer._may_hold_time("no times here")
    assert durations.may_hold_duration("\uff12h outage")
