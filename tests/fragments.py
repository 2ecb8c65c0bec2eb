"""Pieces of postmortems, well and badly formed, for fuzzing (tests/test_fuzz.py, bench/fuzz.py).

A document is a sequence of lines; a line is a layout (bullet, table row, heading, field,
prose) around time expressions built from parts (dates, clocks, meridiems, zones, offsets,
ranges) and words, with the damage fuzzing should bring: control characters, mojibake,
long runs of one character, odd Unicode, suppression comments, code fences.
"""

from __future__ import annotations

import random

DATES = ("2023-05-10", "May 10, 2023", "10 May 2023", "Jun 9", "6/9/22", "09.06.2022",
         "Saturday, 05-24-2020", "Feb 30, 2023", "20202-01-01", "the 31st", "on the 11th",
         "Jun 13 2022", "2024-02-29", "2023-02-29", "Wed Aug 05", "15Sep94", "March 3rd")
CLOCKS = ("9:45", "09:45", "21:45", "12:00", "00:00", "24:00", "25:10", "13:20", "9:61",
          "1625", "10.42", "7", "12:45:30", "HH:mm", "2X:XX", "14:??", "--:--", "noon",
          "midnight", "4: 45")
MERIDIEMS = ("", " AM", " PM", "am", "pm", " a.m.", " p.m.", "PM")
ZONES = ("", " UTC", " EST", " EDT", " PST", " PDT", " IST", " CST", " BST", " GMT+3",
         " UTC+1", " (UTC+01:00)", " -0400", " +05:30", " America/New_York",
         " America/Argentina", " Etc", " Europe/Berlin", " Z", " CET", " GMT+25", " UC/Pacific")
JOINERS = (" to ", " - ", "–", " until ", " and ", " through ", "~")
WORDS = ("deploy started", "alert fired", "on-call paged", "escalated to DB team",
         "rollback complete", "service restored", "incident resolved", "root cause found",
         "monitoring", "customers reported errors", "lasted 3 hours", "for about 45 minutes",
         "the outage lasted 2.5 hours", "MTTR: 1h", "Time to recovery: 399 minutes",
         "was not restored", "had already run", "ratio 25:10", "version 1.2.3", "10.0.0.1:8080")
LAYOUTS = ("- {t}: {w}", "* **{t}** {w}", "1. {t} - {w}", "| {t} | {w} |", "### {t}",
           "{t} {w}", "**Start Time:** {t}", "End Time: {t}", "Detected: {t}",
           "Duration: {w}", "The incident began at {t} and {w}.", "> {t} {w}",
           "<h3>{t}</h3>", "Status: Resolved", "Incident Date: {t}", "Summary: {w} at {t}")
SCAFFOLD = ("# Incident postmortem", "## Summary", "## Timeline", "## Timeline (all times UTC)",
            "All times are Pacific.", "| Time (UTC) | Event |", "|---|---|", "```", "",
            "<!-- pmlint disable-next-line ampm-flip -->", "<!-- pmlint disable-file -->",
            "<!-- pmlint bogus -->", "`<!-- pmlint disable-file -->`", "## Root cause",
            "Timeline:", "    indented 10:00 line")
DAMAGE = ("\x1b]52;c;ZXZpbA==\x07", "\x1b[2J", "\x0c", "\x00", "\ufffd", "â€”", "Ã©", "\u202e",
          "\u2028", "\r", "\t", "é", "🎉", "\udcff", "`" * 40, " " * 300, "1" * 200, ":" * 100,
          "-" * 200, "|" * 100, "<" * 100, "*" * 100, "[" * 50, "Jan " * 50, "1:" * 100)


def time_expression(rng: random.Random) -> str:
    clock = rng.choice(CLOCKS) + rng.choice(MERIDIEMS) + rng.choice(ZONES)
    shape = rng.randrange(6)
    if shape == 0:
        return clock
    if shape == 1:
        return f"{rng.choice(DATES)} {clock}"
    if shape == 2:
        return f"{clock} {rng.choice(DATES)}"
    if shape == 3:
        return f"{clock}{rng.choice(JOINERS)}{rng.choice(CLOCKS)}{rng.choice(MERIDIEMS)}"
    if shape == 4:
        return rng.choice(DATES)
    return f"{rng.choice(DATES)}, {clock}{rng.choice(JOINERS)}{rng.choice(DATES)} " \
           f"{rng.choice(CLOCKS)}"


def line(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(SCAFFOLD)
    text = rng.choice(LAYOUTS).format(t=time_expression(rng), w=rng.choice(WORDS))
    if roll > 0.9:
        cut = rng.randrange(len(text) + 1)
        text = text[:cut] + rng.choice(DAMAGE) + text[cut:]
    return text


def document(rng: random.Random, lines: int | None = None) -> str:
    count = lines if lines is not None else rng.randrange(1, 40)
    return "\n".join(line(rng) for _ in range(count)) + rng.choice(("\n", "", "\r\n"))


def mutate(rng: random.Random, text: str) -> str:
    """Byte-level damage to a whole document: cut, duplicate, splice or flip."""
    if not text:
        return rng.choice(DAMAGE)
    a, b = sorted(rng.randrange(len(text) + 1) for _ in range(2))
    kind = rng.randrange(5)
    if kind == 0:
        return text[:a] + text[b:]
    if kind == 1:
        return text[:b] + text[a:b] * rng.randrange(2, 6) + text[b:]
    if kind == 2:
        return text[:a] + rng.choice(DAMAGE) * rng.randrange(1, 30) + text[a:]
    if kind == 3:
        return text[:a] + chr(rng.randrange(0x20, 0x3000)) + text[a + 1:]
    return text[a:] + text[:a]


FORMATS = ("text", "json", "sarif", "github", "junit")


def assert_reports_well_formed(findings: tuple) -> None:  # type: ignore[type-arg]
    """Every reporter's output for these findings parses, and text output holds no escape
    sequence: what the CI fuzz budget and bench/fuzz.py both require of every input."""
    import json
    from xml.etree import ElementTree as ET

    from pmlint.checks import ALL_RULES
    from pmlint.checks.reporters import Report, reporter
    from pmlint.checks.reporters.common import FileResult

    report = Report((FileResult("fuzz.md", findings),), ALL_RULES)
    for name in FORMATS:
        output = reporter(name)(report)
        if name in ("json", "sarif"):
            json.loads(output)
        elif name == "junit":
            ET.fromstring(output.encode("utf-8"))
        elif name == "text" and ("\x1b" in output or "\x07" in output):
            raise AssertionError("an escape sequence in text output")
