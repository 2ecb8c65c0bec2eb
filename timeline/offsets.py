"""Timelines written as offsets from a moment: "T+0", "T+4m", "T+1h05m", "T-10m".

Some teams count from the trigger ("All times are relative to the deploy at 2023-11-30
10:00 UTC", "T0 = 14:00 UTC") and write each entry as an offset. Given that anchor, an offset
is an ordinary time: the anchor's clock (and date) moved on, so every rule reads it as any
other entry. Without an anchor the offsets are left unread: pmlint will not guess T0.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from pmlint.timeline.casefold import fold
from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.model import Clock, DateParts, TimeExpr

# A line that names the moment the offsets count from.
ANCHOR_RE = LazyPattern(r"(?<![A-Za-z])(?:relative[ \t]++to|counted[ \t]++from"
                       r"|T[ \t]*+(?:0|=|\+[ \t]*+0)(?![\d:])|time[ \t]++zero)", re.IGNORECASE)
# ANCHOR_RE's "T0", "T=", "T+0" in the folded line: a search that skips to each "t"
ANCHOR_T = re.compile(r"t(?<![a-z]t)[ \t]*+[0=+]")
# One of these is in every line ANCHOR_RE matches (most lines have none: a cheap first test).
ANCHOR_HINTS = ("elative", "ELATIVE", "ounted", "OUNTED", "T0", "T ", "T=", "T+", "ero", "ERO")


def _may_name_anchor(line: str) -> bool:
    """Whether `line` holds one of ANCHOR_HINTS: substring tests, each a quick scan in C, the
    four opening with "T" only on a line holding one (a search of their alternation stopped
    at every "e" and "o" of the line, and a generator over them ran Python for each)."""
    return ("elative" in line or "ELATIVE" in line or "ounted" in line or "OUNTED" in line
            or "ero" in line or "ERO" in line
            or ("T" in line and ("T0" in line or "T " in line or "T=" in line or "T+" in line)))


def _may_match_anchor(line: str) -> bool:
    """What ANCHOR_RE needs, in the folded line: asked after ANCHOR_HINTS ("T " is in every
    "PST 10:05" too), before its IGNORECASE search, which tries every position."""
    folded = fold(line)
    return "relative" in folded or "counted" in folded or "zero" in folded \
        or ANCHOR_T.search(folded) is not None
# "T+4m", "T+1h05m", "T+1h", "T + 90 min", "T+0:45", "T-10m", "T+0" opening an entry.
OFFSET_RE = LazyPattern(
    r"T[ \t]?(?P<sign>[+\-−])[ \t]?(?:(?P<h>\d{1,3})[ \t]?h(?:rs?|ours?)?(?:[ \t]?(?P<hm>\d{1,2})"
    r"[ \t]?m(?:in(?:utes?|s)?)?)?|(?P<m>\d{1,4})[ \t]?m(?:in(?:utes?|s)?)?|(?P<ch>\d{1,2}):"
    r"(?P<cm>\d{2})|(?P<zero>0))(?![A-Za-z0-9]|:\d)")


def offset_minutes(m: re.Match[str]) -> int:
    """The minutes an OFFSET_RE match stands for, signed."""
    if m.group("zero"):
        total = 0
    elif m.group("h"):
        total = int(m.group("h")) * 60 + int(m.group("hm") or 0)
    elif m.group("m"):
        total = int(m.group("m"))
    else:
        total = int(m.group("ch")) * 60 + int(m.group("cm"))
    return -total if m.group("sign") in "-−" else total


def from_anchor(anchor: TimeExpr, anchor_line: int, m: re.Match[str]) -> TimeExpr | None:
    """The offset at `m` as the time it names: the anchor's clock and date moved on."""
    return _moved_on(anchor, anchor_line, offset_minutes(m), m.start(), m.group(0))


# The head of a table column whose cells count time from the incident's start rather than
# give a clock: "| Elapsed | Event |", "| T+ (mm) |", "| Time since start |", in English and
# the languages drafts come in. Each cell ("00:10", "+00:07:30") is a length, never a clock.
ELAPSED_HEAD = LazyPattern(
    r"(?:(?:time|tempo|tiempo|temps|zeit)[ \t]++)?(?:elapsed|decorrido|transcurrido|écoulé"
    r"|verstrichen|vergangen)(?:[ \t]++(?:time|zeit))?(?:[ \t]*+\([^()]{1,12}\))?"
    r"|(?:verstrichene|vergangene)[ \t]++zeit|t[ \t]*+\+(?:[ \t]*+\([^()]{1,12}\))?"
    r"|offset|relative[ \t]++time|(?:time[ \t]++)?since[ \t]++(?:the[ \t]++)?"
    r"(?:start|beginning|detection|impact|t0)|経過(?:時間)?|经过时间|已用时间", re.IGNORECASE)
# An elapsed cell: "00:10", "0:07:30", "+00:15" (hours, minutes and perhaps seconds).
ELAPSED_CELL = LazyPattern(r"[ \t*_`~]*+(?:T[ \t]?)?\+?[ \t]?(?P<h>\d{1,3}):(?P<m>[0-5]\d)"
                           r"(?::(?P<s>[0-5]\d))?(?![\d:])")


def elapsed_in(cell: str, anchor: tuple[TimeExpr, int] | None) -> TimeExpr | None:
    """The time an elapsed cell names, counted from the anchor (None without one: pmlint will
    not guess T0 from a stated start, which may be when the drill began or when it was
    noticed). Positions are the cell's."""
    m = ELAPSED_CELL.match(cell)
    if m is None or anchor is None:
        return None
    minutes = int(m.group("h")) * 60 + int(m.group("m")) + int(m.group("s") or 0) // 60
    start = m.start("h") - (1 if cell[:m.start("h")].rstrip(" \t").endswith("+") else 0)
    return _moved_on(anchor[0], anchor[1], minutes, start, cell[start:m.end()].strip())


def _moved_on(anchor: TimeExpr, anchor_line: int, minutes: int, start: int, written: str
              ) -> TimeExpr | None:
    """The time `minutes` after the anchor, written as `written` at `start`."""
    clock = anchor.clock
    if clock is None:
        return None
    date = anchor.date
    full = date is not None and None not in (date.year, date.month, date.day)
    base = dt.datetime(date.year, date.month, date.day) if full and date is not None \
        else dt.datetime(2000, 1, 1)  # only the clock matters without a full date
    moment = base + dt.timedelta(hours=clock.hour, minutes=clock.minute + minutes)
    parts = None
    if full:
        parts = DateParts(moment.year, moment.month, moment.day, None, written)
    elif moment.date() != base.date():
        return None  # a day away from an anchor without a date: no day to give it
    notes = [f"date: {written} counted from the anchor on line {anchor_line} ({anchor.written})"]
    if anchor.zone is not None:
        notes.append(f"zone: {anchor.zone.label} from the anchor on line {anchor_line}")
    return TimeExpr(start=start, end=start + len(written), written=written, date=parts,
                    clock=Clock(moment.hour, moment.minute, None, None, written),
                    zone=anchor.zone, zone_written=None, inherited=tuple(notes))


def anchored(exprs: list[TimeExpr], line: str, lead: int, anchor: tuple[TimeExpr, int] | None
             ) -> list[TimeExpr]:
    """The line's expressions, with an offset opening it read against the anchor."""
    if anchor is None or "T" not in line:
        return exprs
    m = OFFSET_RE.match(line, lead)
    if m is None:
        return exprs
    expr = from_anchor(anchor[0], anchor[1], m)
    if expr is None:
        return exprs
    return [expr, *(e for e in exprs if e.start >= expr.end)]


def anchor_in(line: str, exprs: list[TimeExpr]) -> TimeExpr | None:
    """The time a line names as T0, if it names one ("relative to the deploy at 10:00")."""
    if not exprs or not _may_name_anchor(line) or not _may_match_anchor(line) \
            or ANCHOR_RE.search(line) is None:
        return None
    timed = [e for e in exprs if e.clock is not None]
    return replace(timed[0], range_end=None) if timed else None


# An entry written as a step on from the entries above it, in a timeline of clock times:
# "+12 min: on-call confirms", "T+45m - consumers restarted" (counted from the last entry
# with a clock of its own), "12 minutes later: lag back to zero", "Another 5 minutes later"
# (from the entry just above).
RELATIVE_RE = LazyPattern(
    # ("[+6.5 hrs]": a step in brackets, in hours and a decimal part of one)
    r"(?:(?P<plus>\[?T?[ \t]?\+[ \t]?)(?:(?P<h>\d{1,2})(?:\.(?P<hf>\d{1,2}))?[ \t]?h(?:rs?|ours?)?"
    r"(?:[ \t]?(?P<hm>\d{1,2})"
    r"[ \t]?m(?:in(?:utes?|s)?)?)?|(?P<m>\d{1,3})[ \t]?m(?:in(?:utes?|s)?)?)"
    # ("Another 20 minutes later": one more step of the same chain)
    r"|(?:another[ \t]++)?(?P<n>\d{1,3}|an?|one|two|three|four|five|ten|fifteen|twenty|thirty"
    r"|forty|fifty)"
    r"[ \t]++(?P<unit>minutes?|mins?|hours?|hrs?)[ \t]++later)(?![A-Za-z0-9]|:\d)", re.IGNORECASE)
_RELATIVE_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                   "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}


def relative_step(line: str, lead: int) -> tuple[re.Match[str], int, bool] | None:
    """The step a line opening at `lead` writes instead of a time, its minutes, and whether
    it counts from the entry just above ("later") rather than the last one with a clock."""
    m = RELATIVE_RE.match(line, lead)
    if m is None:
        return None
    if m.group("plus"):
        if m.group("h"):
            part = round(float("0." + m.group("hf")) * 60) if m.group("hf") else 0
            return m, int(m.group("h")) * 60 + part + int(m.group("hm") or 0), False
        return m, int(m.group("m")), False
    n = m.group("n").lower()
    amount = int(n) if n.isdigit() else _RELATIVE_WORDS[n]
    return m, amount * (60 if m.group("unit").lower().startswith("h") else 1), True


def stepped(anchor: TimeExpr, anchor_line: int, m: re.Match[str], minutes: int
            ) -> TimeExpr | None:
    """The time a step `minutes` on from the entry on `anchor_line` names."""
    clock = anchor.clock
    if clock is None:
        return None
    date = anchor.date
    full = date is not None and None not in (date.year, date.month, date.day)
    base = dt.datetime(date.year, date.month, date.day) if full and date is not None \
        else dt.datetime(2000, 1, 1)
    moment = base + dt.timedelta(hours=clock.hour, minutes=clock.minute + minutes)
    written = m.group(0)
    if not full and moment.date() != base.date():
        return None  # past midnight from an entry without a date: no day to give it
    parts = DateParts(moment.year, moment.month, moment.day, None, written) if full else None
    notes = [f"date: {written} counted from the entry on line {anchor_line} "
             f"({anchor.written})"]
    if anchor.zone is not None:
        notes.append(f"zone: {anchor.zone.label} from the entry on line {anchor_line}")
    return TimeExpr(start=m.start(), end=m.end(), written=written, date=parts,
                    clock=Clock(moment.hour, moment.minute, None, None, written),
                    zone=anchor.zone, zone_written=anchor.zone_written, inherited=tuple(notes))
