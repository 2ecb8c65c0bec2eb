"""Shortcuts in the line readers: the cheap test that spares DURATION_RE most lines passes
every line it matches on, and a table row cut from bar to bar has the cells it had."""

from __future__ import annotations

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
    for _ in range(20000):
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
              "Fri", "friday", "the", "T", "h", "am", "UTC", "x", "%", "\u00a0"]
    rng = random.Random(5)
    dated = 0
    for _ in range(20000):
        line = grammar.fold_line("".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))))
        got = [(m.span(), m.lastgroup) for m in grammar.DATE_RE.finditer(line)]
        assert got == [(m.span(), m.lastgroup) for m in plain.finditer(line)], line
        dated += bool(got)
    assert dated > 300
