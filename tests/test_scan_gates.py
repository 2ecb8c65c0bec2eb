"""Shortcuts in the line readers: the cheap test that spares DURATION_RE most lines passes
every line it matches on, and a table row cut from bar to bar has the cells it had."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def test_a_line_is_searched_for_durations_wherever_one_can_be() -> None:
    """durations.may_hold_duration spares DURATION_RE the lines without a unit; it must
    pass every line DURATION_RE matches on, however the parts are spelled or joined."""
    import random

    from pmlint.timeline import durations
    from pmlint.timeline.casefold import fold

    pieces = ["3", "12", "1.5", "forty-five", "an", "half an", "HALF A", " ", "\t", "-", ",",
              "and", "a", "half", "long", "Grueling", "h", "M", "s", "S", "hr", "hrs", "mins",
              "MINUTE", "secs", "ſec", "days", "Week", "x", "10:00", "UTC", "down"]
    rng = random.Random(11)
    matched = 0
    for _ in range(30000):  # enough lines that several hundred hold a duration
        folded = fold("".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))))
        if durations.DURATION_RE.search(folded):
            matched += 1
            assert durations.may_hold_duration(folded), folded
    assert matched > 500
    assert not durations.may_hold_duration(fold("Deploy 42 at 10:00 UTC, 3 of 5 nodes"))


@pytest.mark.parametrize(("row", "cells"), [
    ("| 10:02 | paged \\| acked |  ", [(2, "10:02"), (10, "paged \\| acked")]),
    ("a|b", [(0, "a"), (2, "b")]),
    ("  | x |", [(4, "x")]),
    ("| | |", [(2, ""), (4, "")]),
    ("|", []),
    ("no bars", [(0, "no bars")]),
])
def test_a_row_is_cut_at_its_unescaped_bars(row: str, cells: list[tuple[int, str]]) -> None:
    from pmlint.timeline.extract import _cells

    assert _cells(row) == cells


def test_the_date_grammar_tries_its_rows_after_every_number_that_can_open_a_date() -> None:
    """grammar._NUMBER_OPENS spares the date rows the numbers no row can start with ("10:00",
    "(3)"); with the plain test (any number) the grammar must read the same dates."""
    import random
    import re

    from pmlint.timeline import grammar
    from pmlint.timeline.casefold import folded_pattern

    plain = re.compile(folded_pattern(
        grammar.DATE_PATTERN.replace(f"(?={grammar._NUMBER_OPENS}|", r"(?=\d|", 1), keep="M"))
    assert plain.pattern != grammar.DATE_RE.pattern
    pieces = ["7", "31", "2024", "09", "99", " ", "\t", "-", "–", "—", "/", ".", ",", ":", "(",
              ")", "'", "’", "th", "rd", "of", "to", "Apr", "april", "Sept", "may", "MAY",
              "Fri", "friday", "the", "T", "h", "am", "UTC", "x", "%", "\u00a0", " through ",
              " thru ", " until ", " till ", " Nov", " minutes", "  ", "年"]
    rng = random.Random(5)
    dated = 0
    for _ in range(20000):
        line = grammar.fold_line("".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))))
        got = [(m.span(), m.lastgroup) for m in grammar.DATE_RE.finditer(line)]
        assert got == [(m.span(), m.lastgroup) for m in plain.finditer(line)], line
        dated += bool(got)
    assert dated > 300
    # a number, blanks, then each thing a row may have there
    for text in ("on 5 of May 2021", "3 - 5 May 2015", "3 to 5 May", "13 through 15 July",
                 "3 thru 5 May", "3 until 5 May", "3 till 5 May", "2018 March 18",
                 "2018 / Aug / 10", "2018 . Aug . 10", "3 Aug 96", "5 November '24",
                 "07 – 10.08.2018", "7 — 9 June", "3\tMay 2021", "4 jan 2022", "4 Feb 2022",
                 "4 apr 2022", "4 jun 2022", "4 jul 2022", "4 sep 2022", "4 oct 2022",
                 "4 dec 2022", "1 Mar 2022"):
        line = grammar.fold_line(text)
        got = [(m.span(), m.lastgroup) for m in grammar.DATE_RE.finditer(line)]
        assert got and got == [(m.span(), m.lastgroup) for m in plain.finditer(line)], text
    assert not list(grammar.DATE_RE.finditer(grammar.fold_line("5 minutes, 3 servers")))


def _random_lines(pieces: list[str], seed: int, count: int = 20000) -> list[str]:
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) for _ in range(count)]


def _gate_passes_every_match(matches: Callable[[str], object], gate: Callable[[str], bool],
                             pieces: list[str], seed: int) -> int:
    """How many random lines `matches` accepts; the gate must pass each of them."""
    matched = 0
    for line in _random_lines(pieces, seed):
        if matches(line):
            matched += 1
            assert gate(line), line
    return matched


def test_an_ordered_marker_is_looked_for_wherever_one_can_be() -> None:
    """lexer._opens_with_a_number spares ORDERED_MARKER_RE the lines that open with words;
    it must pass every line the pattern matches."""
    from pmlint.timeline import lexer

    pieces = [" ", "\t", ">", "-", "*", "+", "_", "__", "**", "1", "12", "305", "7.", "3)", ".",
              ")", "x", "Apr", "٣", "²"]
    matched = _gate_passes_every_match(lexer.ORDERED_MARKER_RE.match, lexer._opens_with_a_number,
                                       pieces, 12)
    assert matched > 200
    assert not lexer._opens_with_a_number("- **Start:** 1. April")


def test_markup_is_masked_wherever_a_mask_can_apply() -> None:
    """extract.mask_markup leaves a line alone unless it holds "<", "&" or a colon before a
    lower-case letter; a line it leaves alone has nothing MARKUP_MASK would replace."""
    from pmlint.timeline import extract

    pieces = [":", "fire", "Fire", "_", "+1", "10", "05", " ", "<b>", "<", ">", "&amp;", "&",
              ";", "{{<", ">}}", "x", "UTC", "-", "é"]
    masked = 0
    for line in _random_lines(pieces, 13):
        if extract.MARKUP_MASK.search(line):
            masked += 1
        else:
            assert extract.mask_markup(line) == line
        assert extract.mask_markup(line) == extract.MARKUP_MASK.sub(extract._mask, line), line
    assert masked > 500
    assert extract.mask_markup("10:05 :fire: Impact: none") == "10:05        Impact: none"


def test_a_zone_declaration_is_looked_for_wherever_one_can_be() -> None:
    """extract._declaration skips lines without "time", "tz" or "all in"; it must find every
    declaration DECLARED_ZONE_RE finds on the folded line."""
    from pmlint.timeline import extract
    from pmlint.timeline.casefold import fold

    pieces = ["all", "ALL", "call", " ", "\t", "in", "times", "Time", "zone", "tz", "TZ", "are",
              "is", ":", "UTC", "the", "shown", "x", "**", "Everything", "everything ", "below ",
              "use", "uses"]
    found = 0
    for line in _random_lines(pieces, 14):
        expected = extract.DECLARED_ZONE_RE.search(fold(line))
        got = extract._declaration(line)
        assert (got and got.span()) == (expected and expected.span()), line
        found += expected is not None
    assert found > 300
    assert extract._declaration("All in UTC unless noted") is not None


def test_symptom_words_are_searched_wherever_they_can_be() -> None:
    """phases.classify_all searches SYMPTOMS and SYMPTOM_ENDS only in a text holding one of
    their words; each match must hold one."""
    from pmlint.timeline import phases

    pieces = [" ", "errors ", "error rate ", "latency ", "5xx ", "503s", "alerts ", "queue ",
              "first ", "began ", "start ", "to ", "rise", "rising", "spiked", "have ", "all ",
              "stopped", "cleared", "back ", "returned ", "normal", "baseline", "no ", "more ",
              "timeouts ", "restart", "x", "-", "."]
    rising = ending = 0
    for text in _random_lines(pieces, 15, 40000):
        runs = set(phases._LETTERS.findall(text))
        if phases.SYMPTOMS.search(text):
            rising += 1
            assert not phases._SYMPTOM_WORDS.isdisjoint(runs), text
        if phases.SYMPTOM_ENDS.search(text):
            ending += 1
            assert not phases._ENDING_WORDS.isdisjoint(runs), text
    assert rising > 200 and ending > 200


def test_a_timeline_is_named_wherever_the_words_say_so() -> None:
    """extract._names_timeline looks for TIMELINE_WORD only where "time" and "line",
    "chronology" or "sequence" stand; it must say yes wherever the pattern matches."""
    from pmlint.timeline import extract

    pieces = ["Time", "time", "TIME", "line", "Line", " ", "-", "\t", "down", "s", "Chronology",
              "sequence", " of ", "events", "x", "**"]
    named = 0
    for text in _random_lines(pieces, 16):
        expected = extract.TIMELINE_WORD.search(text) is not None
        assert extract._names_timeline(text) == expected, text
        named += expected
    assert named > 1000


def test_a_field_is_looked_for_wherever_one_can_be() -> None:
    """extract._opens_with_a_word spares FIELD_RE the lines that cannot open with a label;
    it must pass every line FIELD_RE matches."""
    from pmlint.timeline import extract

    pieces = [" ", "\t", "-", "*", "**", "_", "+", "•", "—", "–", "Start", "end time", "(UTC)",
              ":", "10", ":00", "x", "é", "1."]
    matched = _gate_passes_every_match(extract.FIELD_RE.fullmatch, extract._opens_with_a_word,
                                       pieces, 17)
    assert matched > 500
    assert not extract._opens_with_a_word("- **10:00:** paged")


def test_a_zone_is_looked_for_wherever_one_can_follow(monkeypatch: pytest.MonkeyPatch) -> None:
    """lexer._may_open_a_zone spares `_zone_after` its patterns where no zone can start; what
    `_zone_after` reads must be what it reads without the test."""
    from pmlint.timeline import lexer

    pieces = ["10:05", " ", "\t", "UTC", "utc", "Z", "+05:30", "-0400", " -", "−", "(", ")",
              ",", "PST/PDT", "Europe/Berlin", "Pacific Time", "Denver", "New York", "CET", ":",
              "*", "|", "x", "\u00a0", "ſ", "Kigali", "time", " - "]
    lines = _random_lines(pieces, 18, 4000)
    gated = [[lexer._zone_after(line, pos) for pos in range(len(line) + 1)] for line in lines]
    monkeypatch.setattr(lexer, "_may_open_a_zone", lambda line, pos: True)
    found = 0
    for line, got in zip(lines, gated, strict=True):
        assert got == [lexer._zone_after(line, pos) for pos in range(len(line) + 1)], line
        found += sum(zone is not None for zone, _, _ in got)
    assert found > 2000


def test_a_line_is_searched_for_mojibake_wherever_a_damaged_run_can_open() -> None:
    """encoding.MOJIBAKE_LEADS spares MOJIBAKE the lines with none of the characters a
    damaged run opens with; every match MOJIBAKE finds must open with one of them."""
    import random

    from pmlint.checks import encoding

    pieces = ["Â", "Ã", "Ä", "Å", "â", "€", "ï", "»", "¿", "\ufffd", "©", "\u0099", "\u2122",
              "—", "’", "é", "a", "Z", " ", "\t", "\"", "x", "😀", "À"]
    rng = random.Random(7)
    matched = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        for m in encoding.MOJIBAKE.finditer(text):
            matched += 1
            assert encoding.MOJIBAKE_LEADS.match(text, m.start()), text
        if encoding.MOJIBAKE.search(text):
            assert encoding.MOJIBAKE_LEADS.search(text), text
    assert matched > 500
    assert encoding.MOJIBAKE_LEADS.search("an em dash — and ’quotes’ 😀") is None


def test_a_line_is_searched_for_a_stated_metric_only_with_its_colon_or_equals() -> None:
    """stated_metrics searches METRIC_RE only on a line holding ":" or "=": every match
    holds one after the metric's name."""
    import random

    from pmlint.checks.stated_metrics import METRIC_RE

    pieces = ["Time", "time", " ", "\t", "to", "TO", "Recovery", "resolve", "MTTR", "TTD",
              "tta", "mean", "(", "minutes", ":", "=", "**", "-", "45m", "x"]
    rng = random.Random(5)
    matched = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        if METRIC_RE.search(text):
            matched += 1
            assert ":" in text or "=" in text, text
    assert matched > 300


def test_the_date_grammar_is_tried_where_date_starts_says_a_date_may_start() -> None:
    """lexer._dates tries DATE_RE only at grammar.DATE_STARTS's matches (starts.py), with only
    the rows that can open with the character there (grammar.date_matches): that must find
    every date, row and part DATE_RE's own search finds, on lines of any words and numbers."""
    import random
    import re
    from collections.abc import Iterable

    from pmlint.timeline import grammar

    def read(matches: Iterable[re.Match[str]]) -> list[object]:
        return [(m.span(), m.lastgroup, {k: v for k, v in m.groupdict().items() if v})
                for m in matches]

    pieces = ["4", "30", "1999", "2024", "٣", " ", "\t", "-", "/", ".", ",", "(", "[", "of",
              "to", "the", "The", "Jan", "june", "MARCH", "Mayday", "May", "mon", "Tuesday",
              "wed", "sat", "sun", "dec", "oct.", "nov", "aug", "sept", "feb", "ſep", "平成",
              "令和元", "年", "月", "日", "th", "nd", "a", "w", "day", "x", "until", "thru", "  ",
              "10:00", "T", "'24", "on "]
    rng = random.Random(17)
    dated = 0
    for _ in range(20000):
        line = grammar.fold_line("".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))))
        got = read(grammar.date_matches(line))
        assert got == read(grammar.DATE_RE.finditer(line)), line
        dated += bool(got)
    assert dated > 250


def test_a_foreign_month_is_found_as_the_whole_word_search_found_it() -> None:
    """grammar.foreign_month looks for another language's month after the character before
    it (and at the line's start): the same answer as a search for the name as a word."""
    import random

    from pmlint.timeline import grammar

    pieces = ["3", "12.", " ", "\t", "de ", "dic", "dicembre", "mai", "email", "mais", "ene",
              "scene", "märz", "marzo", "août", "déc", "juil", "okt", "mei", "x", "-", "(",
              "é", "ſ", "e", "juni", "janv.", "a"]
    rng = random.Random(19)
    found = 0
    for _ in range(20000):
        lower = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        expected = grammar._DAY_BEFORE_A_WORD.search(lower) is not None \
            and grammar._FOREIGN_MONTH_WORD.search(lower) is not None
        assert grammar.foreign_month(lower) == expected, lower
        found += expected
    assert found > 100


def test_the_dates_of_a_line_without_a_month_name_are_found_from_its_digits() -> None:
    """grammar.date_matches(folded, named=False), for a line has_month_name clears, looks for
    starts at digits alone when no weekday, "the" before a number or era is written: the
    same starts as DATE_STARTS, and the same dates as DATE_RE's own search."""
    import random

    from pmlint.timeline import grammar

    pieces = ["4", "30", "1999", "2024", "٣", " ", "\t", "-", "/", ".", ",", "(", "of", "to",
              "the", "The ", "THE ", "mon", "Monday", "wed", "frİ", "frı", "sat", "sun", "thu",
              "平成", "令和元", "年", "月", "th", "nd", "3rd", "a", "x", "until", "10:00", "T",
              "'24", "M", "İ", "K"]
    rng = random.Random(23)
    tried = 0
    for _ in range(20000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        if grammar.has_month_name(line.lower()):
            continue
        folded = grammar.fold_line(line)
        assert list(grammar._date_starts(folded, False)) == \
            [m.start() for m in grammar.DATE_STARTS.finditer(folded)], line
        assert [m.span() for m in grammar.date_matches(folded, False)] == \
            [m.span() for m in grammar.DATE_RE.finditer(folded)], line
        tried += 1
    assert tried > 10000


def test_durations_are_found_after_the_character_before_them() -> None:
    """durations.duration_matches finds an amount after the character before it (a set the
    search skips to), then matches DURATION_RE there: what DURATION_RE.finditer finds."""
    import random

    from pmlint.timeline import durations
    from pmlint.timeline.casefold import fold

    words = ("2", "30", "2.5", "1:45", "3d", "h", "hrs", "hours", "minutes", "m", "s", "d",
             "an", "a", "half", "one", "seven", "twenty-one", "forty five", "and", "long",
             "days", "for", "-", ",", ":", ".", "(", "x", "é", "_", "the")
    rng = random.Random(29)
    for _ in range(20000):
        folded = fold("".join(rng.choice(words) + rng.choice(("", " ", "  "))
                              for _ in range(10)))
        assert [(m.span(), m.groups()) for m in durations.duration_matches(folded)] == \
            [(m.span(), m.groups()) for m in durations.DURATION_RE.finditer(folded)], folded
