"""DURATION_RE and DECLARED_ZONE_RE look for the first character of a match before their
opening lookbehind: they find what the patterns without that look find."""

from __future__ import annotations

import random
import re

from pmlint.timeline import durations, extract
from pmlint.timeline.casefold import fold

DURATION_WORDS = ("2", "30", "2.5", "1:45", "h", "hrs", "hours", "minutes", "min", "m", "s",
                  "an", "a", "half", "one", "two", "three", "seven", "eleven", "twenty-one",
                  "forty five", "and", "long", "days", "week", "for", "-", ",", ":", "x", "the",
                  # words sharing a number word's first letters, or its first two
                  "thirteen", "fifteen", "fourteen", "sixty", "eighty", "nine", "ten", "then",
                  "team", "service", "often", "hal")
ZONE_WORDS = ("all", "times", "timestamps", "time", "zone", "timezone", "tz", "everything",
              "below", "are", "is", "in", "utc", "(", ")", ":", "-", "used", "the", "x", "AT")


def _without_lookahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without its opening lookahead: a set ("(?=[atez])") or an alternation
    of a word's first letters ("(?=\\d|a|one|t(?:hr|w)|...)"), up to its closing parenthesis."""
    source = pattern.pattern
    assert source.startswith("(?=")
    depth = 0
    for end, char in enumerate(source):
        if source[end - 1:end] == "\\" or char not in "()":
            continue
        depth += 1 if char == "(" else -1
        if depth == 0:
            break
    return re.compile(source[end + 1:], pattern.flags)


def _texts(words: tuple[str, ...], seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(words) + rng.choice(("", " ", "  ")) for _ in range(8))
            for _ in range(6000)]


def test_durations_are_found_as_without_the_lookahead() -> None:
    plain = _without_lookahead(durations.DURATION_RE)
    for text in _texts(DURATION_WORDS, 1):
        folded = fold(text)
        assert [(m.span(), m.groups()) for m in durations.DURATION_RE.finditer(folded)] == \
            [(m.span(), m.groups()) for m in plain.finditer(folded)], text


def test_zone_declarations_are_found_as_without_the_lookahead() -> None:
    plain = _without_lookahead(extract.DECLARED_ZONE_RE)
    for text in _texts(ZONE_WORDS, 2):
        folded = fold(text)
        assert [m.span() for m in extract.DECLARED_ZONE_RE.finditer(folded)] == \
            [m.span() for m in plain.finditer(folded)], text


def test_durations_are_found_as_with_the_number_words_in_one_list() -> None:
    """DURATION_RE tries its number words grouped by first letter (durations._WORD_NUM):
    the same durations, amounts and parts as with _WORDS, the words in one list."""
    from pmlint.timeline.casefold import folded_pattern

    listed = re.compile(durations.DURATION_RE.pattern.replace(
        durations._WORD_NUM, folded_pattern(durations._WORDS)))
    assert listed.pattern != durations.DURATION_RE.pattern
    words = (*DURATION_WORDS, "twenty", "thirty-one", "forty five", "fourteen", "four",
             "seventy", "seventeen", "eighty", "eighteen", "eight", "nine",
             "ninety-nine", "nineteen", "twelve", "ten", "an hour", "half a")
    for text in _texts(words, 3):
        folded = fold(text)
        assert [(m.span(), m.groups()) for m in durations.DURATION_RE.finditer(folded)] == \
            [(m.span(), m.groups()) for m in listed.finditer(folded)], text
