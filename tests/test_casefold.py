"""Case folding (timeline/casefold.py): a case-sensitive pattern over the folded text
matches exactly where the IGNORECASE pattern matches the text itself."""

from __future__ import annotations

import random
import re

import pytest

from pmlint.timeline import grammar
from pmlint.timeline.casefold import fold, fold_keep_m, folded_pattern

ANY_LETTER = re.compile("[a-z]", re.IGNORECASE)


def test_fold_is_what_ignorecase_sees_of_ascii_letters() -> None:
    """Every code point: one character for one, and an ASCII letter exactly when
    IGNORECASE would take the character for that letter (İ, ı, ſ, K included); the date
    grammar's fold also lower-cases Cyrillic capitals."""
    for code in range(0x110000):
        char = chr(code)
        folded, kept = fold(char), fold_keep_m(char)
        assert len(folded) == 1 and len(kept) == 1
        if ANY_LETTER.fullmatch(char):
            assert "a" <= folded <= "z" and re.fullmatch(folded, char, re.IGNORECASE)
            assert kept == ("M" if char == "M" else folded)
        elif 0x400 <= code < 0x430:
            # (the date grammar's fold lower-cases Cyrillic capitals too, for its month names)
            assert folded == char and kept == char.lower() \
                and re.fullmatch(kept, char, re.IGNORECASE)
        else:
            assert folded == char and kept == char
    assert fold("İstanbul ſeptember \u212aELVIN Ärger") == "istanbul september kelvin Ärger"
    assert fold_keep_m("May MAY may") == "May May may"


@pytest.mark.parametrize(("pattern", "keep", "expected"), [
    (r"(?<![A-Za-z])UTC\b", "", r"(?<![a-za-z])utc\b"),
    (r"(?-i:M)ay|may(?![a-z])", "M", r"(?:M)ay|[mM]ay(?![Ma-z])"),
    (r"(?P<mon_d>\d\D\W\S\B)(?P=mon_d)[^-a-m]", "M", r"(?P<mon_d>\d\D\W\S\B)(?P=mon_d)[^M\-a-m]"),
    (r"[AaPp]\.?[Mm]|[ECMP][SD]T", "M", r"[aapp]\.?[Mmm]|[Mecmp][sd]t"),
])
def test_folded_pattern(pattern: str, keep: str, expected: str) -> None:
    assert folded_pattern(pattern, keep) == expected


@pytest.mark.parametrize("pattern", [r"(?-i:A)", r"(?i:a)", r"\p{L}", "[@-`]", "[0-z]"])
def test_folded_pattern_refuses_what_it_cannot_rewrite(pattern: str) -> None:
    with pytest.raises(ValueError):
        folded_pattern(pattern)


TOKENS = (
    "Mar", "MAR", "mar", "March", "may", "May", "MAY", "mAy", "Mon", "mon", "Monday", "TUE",
    "Sept", "ſep", "ſunday", "İ", "ı", "\u212a", "\u212aM", "the", "THE", "first", "fİrst",
    "twenty-first",
    "of", "to", "thru", "until", "UTC", "gmt", "EST", "pdt", "am", "PM", "P.M.", "hours",
    "HRS", "min", "h", "st", "ND", "th", " ", " ", "\t", ",", ".", "-", "/", "–", ":", "(",
    ")", "[", "|", "1", "3", "10", "12", "31", "2021", "1999", "22", "0710", "14:05", "T",
    "Dec", "DECEMBER", "jUNE", "Aug", "x", "a", "Ä", "*", "@", "at", "•", "- ", "Ma", "M",
)


def _spans(m: re.Match[str]) -> tuple[object, ...]:
    return (m.span(), m.lastgroup, tuple(m.span(g) for g in m.re.groupindex))


def test_the_folded_grammar_matches_as_the_ignorecase_grammar() -> None:
    rng = random.Random(11)
    lines = ["".join(rng.choice(TOKENS) for _ in range(rng.randint(1, 10)))
             for _ in range(4000)]
    pairs = ((re.compile(grammar.DATE_PATTERN, re.IGNORECASE), grammar.DATE_RE),
             (re.compile(grammar.NUMERIC_DATE_PATTERN, re.IGNORECASE), grammar.NUMERIC_DATE_RE))
    for line in lines:
        for ignorecase, folded in pairs:
            assert [_spans(m) for m in ignorecase.finditer(line)] == [
                _spans(m) for m in folded.finditer(grammar.fold_line(line))], line


def test_the_folded_extract_patterns_match_as_their_ignorecase_sources() -> None:
    from pmlint.timeline import extract

    rng = random.Random(12)
    pieces = ("All", "ALL", "times", "TİMES", "Timestamps", "are", "İS", "in", "ſhown", "the",
              "Time zone", "TIMEZONE", ":", " ", "\t", "UTC", ">", "> ", "[", "2023-01-04",
              "09:58:12", "Jan", "JAN 5 1", '"time"', '"TİMESTAMP"', '"ts"', " : ", "x", "é")
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(5000)]
    declared = re.compile(extract.DECLARED_ZONE_PATTERN, re.IGNORECASE)
    quoted = re.compile(extract.QUOTED_LOG_PATTERN, re.IGNORECASE)
    for line in lines:
        assert [m.span() for m in declared.finditer(line)] == [
            m.span() for m in extract.DECLARED_ZONE_RE.finditer(fold(line))], line
        a, b = quoted.match(line), extract.QUOTED_LOG_RE.match(fold(line))
        assert (a and a.span()) == (b and b.span()), line


def test_folding_a_text_folds_each_character_in_its_place() -> None:
    """A text is folded as its characters are one by one (the bytes of a UTF-8 encoding are
    folded, not the characters), whatever it mixes: CJK, accents, the four specials, a lone
    surrogate from a JSON escape."""
    rng = random.Random(21)
    alphabet = "aAmMzZ09 .:-\u00e9\u00c9\u0130\u0131\u017f\u212a\u00a0\u3000\u65e5\ud800\U0001f600"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert fold(text) == "".join(fold(c) for c in text), repr(text)
        assert fold_keep_m(text) == "".join(fold_keep_m(c) for c in text), repr(text)


def test_fold_kept_for_the_last_text_answers_only_that_text() -> None:
    """The last text folded is kept (a line is folded by several readers in turn), ASCII or
    not: asked again it gives the same answer, and another text, even an equal one built
    anew, is folded for itself."""
    line = "".join(["Start Time: 10:05 ", "UTC"])
    assert fold(line) == "start time: 10:05 utc"
    assert fold(line) is fold(line)
    assert fold("ſtart İD") == "start id"
    assert fold("".join(["Start Time: 10:05 ", "UTC"])) == "start time: 10:05 utc"
    assert fold("Kelvin \u212a") == "kelvin k"
