"""Cheap tests the rules make before costlier work must never change an answer: a line
summary-mismatch passes over for want of a clock's hour digits holds no clock at that hour
and minute, however the lexer reads a time."""

from __future__ import annotations

import random

from pmlint.checks.summary_mismatch import _hour_digits
from pmlint.timeline.lexer import scan_document_line

TOKENS = ("9:05", "09:05", "21:05", "9:05 PM", "9:05pm", "12:30 AM", "12:30 PM", "00:30 PM",
          "00:30 AM", "0:30", "24:00", "12:00", "noon", "midnight", "at noon", "0930",
          "2130 UTC", "9.05 pm", "10h30", "1:15 a.m.", "오후 2:27", "오전 12:10", "from 10:30 to",
          "11:45 PM", "between 9 and 11:30 am", "3 PM", "T09:30Z", "2024-05-01 23:59",
          "the", "deploy", "-", "(UTC)", "12 noon", "12 midnight", "7:00-7:30 pm")


def test_a_line_without_the_hour_digits_holds_no_clock_at_that_hour() -> None:
    rng = random.Random(11)
    for _ in range(5000):
        line = "- " + " ".join(rng.choice(TOKENS) for _ in range(rng.randint(1, 5)))
        for found in scan_document_line(line):
            for expr in (found, found.range_end):
                clock = expr.clock if expr is not None else None
                if clock is None or clock.placeholder:
                    continue
                digits = _hour_digits(clock)
                assert not digits or any(d in line for d in digits), (line, clock)
