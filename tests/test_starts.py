"""timeline/starts.py: a pattern tried only where CLOCK_STARTS says a clock may start finds
what a search over every position finds."""

from __future__ import annotations

import random

from pmlint.timeline import lexer
from pmlint.timeline.starts import ascii_digits

SHAPES = ("09:41", "9.41 pm", "0941 UTC", "19h30", "HH:MM", "--:--", "2024-05-06T07:08:09",
          "UTC-04:00", "T-0:30", "v1.2.3", "10.0.0.1:8080", "\\12:00", "+12:00", "−12:00",
          "2024.14:15", "1.12:30 PM", "abc12:00", "T12:00", "ISO 2024-05-06/07:08")


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    alphabet = "0123456789:.-/TtHXxMmAPap +−\\UCG,()"
    texts = [" ".join(rng.choice(SHAPES) for _ in range(rng.randint(1, 4)))
             for _ in range(count)]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24)))
              for _ in range(count)]
    return texts


def test_clock_matches_are_those_of_a_full_search() -> None:
    for text in _texts(5, 20000):
        full = [(m.span(), m.lastgroup, m.groups()) for m in lexer.CLOCK_RE.finditer(text)]
        tried = [(m.span(), m.lastgroup, m.groups()) for m in lexer._clock_matches(text)]
        assert tried == full, repr(text)


def test_numbers_and_dashes_that_open_no_clock_are_not_tried_and_nothing_is_lost() -> None:
    """A number that no row can go on from ("3 servers", the "05" of "2024-03-05") and a
    lone dash are no starts; every clock a full search finds is still found, whatever
    follows a digit (an "h", an "X", a meridiem's letter after a blank or a dash)."""
    assert lexer.CLOCK_STARTS.search("3 servers, 2024-03-05 - done") is not None  # "2024"
    assert [m.start() for m in lexer.CLOCK_STARTS.finditer("3 servers - 05-06")] == []
    rng = random.Random(11)
    alphabet = "0123456789:.-hHXxAaPpMm T+\\"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 16)))
        full = [(m.span(), m.lastgroup, m.groups()) for m in lexer.CLOCK_RE.finditer(text)]
        tried = [(m.span(), m.lastgroup, m.groups()) for m in lexer._clock_matches(text)]
        assert tried == full, repr(text)


def test_ascii_digits_rewrites_only_the_digit_escape() -> None:
    assert ascii_digits(r"\d{2}[\d.][^\d]\\d[]\d]") == r"[0-9]{2}[0-9.][^0-9]\\d[]0-9]"
    assert ascii_digits(lexer.CLOCK_RE.pattern) == lexer.ASCII_CLOCK_RE.pattern


def test_an_ascii_line_finds_the_clocks_the_unicode_pattern_finds() -> None:
    """_clock_matches reads an ASCII line with the ASCII twins, any other line with
    CLOCK_RE itself; both find what CLOCK_RE's full search finds."""
    rng = random.Random(12)
    alphabet = "0123456789:.-hHXxAaPpMm T+\\(),UTCG"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 20)))
        for line in (text, text + " \u00e9"):
            full = [(m.span(), m.lastgroup, m.groups()) for m in lexer.CLOCK_RE.finditer(line)]
            tried = [(m.span(), m.lastgroup, m.groups()) for m in lexer._clock_matches(line)]
            assert tried == full, repr(line)
    assert [m.group(0) for m in lexer._clock_matches("\uff11\uff10:05 and 10:05")] == \
        [m.group(0) for m in lexer.CLOCK_RE.finditer("\uff11\uff10:05 and 10:05")]


def test_clock_starts_opening_with_a_set_finds_what_the_alternation_found() -> None:
    """CLOCK_STARTS matches its character with a set, then tells digit, "H", "X" and "-"
    apart by lookbehinds (so that its search skips ahead): the same starts as the plain
    alternation of the four, ASCII twin included."""
    import re

    before = (r"(?:\d(?=\d?(?:[:.,hHX時时点點시]|[ -]?[AaPp]|[ ]?U|[ ][時时点點]|[ ]horas"
              r"|[ \u00a0\u202f]h(?:[ \u00a0\u202f]?\d|(?![A-Za-z])))"
              r"|\d{3}|\d-\d\d-\d\d(?![\d-]))"
              r"|H(?=H)|X(?=X)|-(?=-))(?<![0-9A-SU-Za-z\\+−][\dHX-])")
    pairs = ((re.compile(before), lexer.CLOCK_STARTS),
             (re.compile(ascii_digits(before)), lexer.ASCII_CLOCK_STARTS))
    rng = random.Random(13)
    alphabet = "0123456789٣:.-hHXxAaPpMm T+\\−時时点點시/ \u00a0U"
    for text in _texts(14, 4000) + ["".join(rng.choice(alphabet) for _ in range(24))
                                    for _ in range(20000)]:
        for plain, fast in pairs:
            assert [m.span() for m in fast.finditer(text)] == \
                [m.span() for m in plain.finditer(text)], repr(text)


def test_compact_dates_are_found_as_with_the_look_before_the_year() -> None:
    """COMPACT_DATE_RE matches the year's first digit before its look at the character ahead
    (so that its search skips to each "1" and "2"): the same dates as the look first."""
    import re

    former = re.compile(r"(?<![^ \t*_`(\[|>])" + lexer.COMPACT_DATE_RE.pattern.replace(
        r"(?:1(?<![^ \t*_`(\[|>]1)9|2(?<![^ \t*_`(\[|>]2)0)", "(?:19|20)", 1))
    assert former.pattern != lexer.COMPACT_DATE_RE.pattern
    rng = random.Random(15)
    pieces = ("2024", "1999", "0304", "1231", "19", "20", "12", " ", "_", "T", "1040", "10:05",
              "x", "=", "(", "*", "|", "-", "Z", " UTC", "\t")
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        assert [(m.span(), m.groups()) for m in lexer.COMPACT_DATE_RE.finditer(text)] == \
            [(m.span(), m.groups()) for m in former.finditer(text)], repr(text)
