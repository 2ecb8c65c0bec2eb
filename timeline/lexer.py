"""Find time expressions in one line of text.

A line is scanned for clock times and dates with small, linear regexes; a clock then
claims the date written just before it ("Jun 10 2022 at 2:00 pm"), the zone just after
it ("9:45 PM EST", "10:30 AM (UTC+1)") and a date after that ("12:45 AM EST on the
11th"). Two expressions joined by "to", "until", a dash or "between ... and" form a
range, and the two ends lend each other what only one of them wrote (meridiem, zone,
date). Nothing here knows about other lines: carrying a date or zone forward is the
normaliser's job.

What must stay unparsed ("about 40%", "4-24 hours", "0.1%", versions, IP addresses,
IP:port) is excluded by the shapes themselves: a clock needs a colon and two minute
digits, or a meridiem; nothing preceded by a dot or colon is a clock.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from itertools import islice

from pmlint.timeline import grammar, zones
from pmlint.timeline.model import Clock, DateParts, TimeExpr
from pmlint.timeline.source import MAX_TIMES
from pmlint.timeline.zones import Zone

MONTHS = grammar.MONTHS
WEEKDAYS = grammar.WEEKDAYS
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")

CLOCK_RE = re.compile(
    r"(?:(?<=\dT)|(?<![0-9A-Za-z:./\\+−]))(?<!UTC-)(?<!GMT-)(?<!utc-)"  # "UTC+06:00" is no clock
    r"(?:"
    r"(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2})(?:[.,]\d{1,6})?)?(?![\d]|\.\d|:\d)"
    r"|(?P<dh>\d{1,2})\.(?P<dm>\d{2})(?=[ -]?[AaPp]\.?[ ]?[Mm](?![A-Za-z]))"
    r"|(?P<sh>\d{1,2}):[ ](?P<sm>\d{2})(?=[ -]?[AaPp]\.?[ ]?[Mm](?![A-Za-z]))"
    r"|(?P<bh>1[0-2]|0?[1-9])(?=[ -]?[AaPp]\.?[ ]?[Mm](?![A-Za-z]))"
    r"|(?P<mh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=[ ]?(?:hrs?|UTC|GMT|Z)(?![A-Za-z]))"
    r"|(?P<ph>HH|--|XX|\dX|\d{1,2}):(?P<pm>[Mm][Mm]|--|\?\?|XX)(?![A-Za-z-])"
    r")"
    r"(?:[ -]?(?P<mer>[AaPp])\.?[ ]?[Mm](?![A-Za-z])\.?)?"
)
DIGIT_RE = re.compile(r"\d")
DAY_WORD_RE = re.compile("|".join(grammar.DAY_WORD_HINTS))
# A bare "noon"/"midnight" is a clock only where a preposition or a zone makes it one.
NOON_RE = re.compile(
    r"(?<![A-Za-z])(?P<pre>at|around|by|until|till|after|before|from|to|~)[ \t]++"
    r"(?P<word>noon|midday|midnight)(?![A-Za-z])",
    re.IGNORECASE,
)

DAY_ONLY_RE = re.compile(r"(?:the[ \t]++)?(?P<d>\d{1,2})(?:st|nd|rd|th)(?![\w])", re.IGNORECASE)

_ZONE_ABBR_ANY_CASE = {"UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT"}
ZONE_AFTER_RE = re.compile(
    r"[ \t]*+(?P<open>\([ \t]*+)?-?"
    r"(?:"
    r"(?P<base>UTC|GMT|Z)(?:[ ]?(?P<sign>[+\-−])[ ]?(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?)?"
    r"(?![A-Za-z0-9])"
    r"|(?P<iana>[A-Z][A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?)"
    r"|(?P<abbr>[A-Za-z]{2,5})(?![A-Za-z0-9/])"
    r")"
    r"(?(open)[ \t]*+\))",
    re.IGNORECASE,
)
BARE_OFFSET_RE = re.compile(r"(?:[ ]?(?P<s1>\+)|(?P<s2>[-−]))(?P<oh>\d{2}):?(?P<om>\d{2})(?!\d)")
COMMA_THEN_ZONE_RE = re.compile(r"[ \t]*+,[ \t]*+")
ZONE_NAME_AFTER_RE = re.compile(r"[ \t]*+(?P<open>\([ \t]*+)?")
CLOSE_PAREN = re.compile(r"[ \t]*+\)")
MIDNIGHT_NOTE_RE = re.compile(r"[ \t]*+\((?P<word>midnight|noon|midday)\)", re.IGNORECASE)

# Possessive runs of blanks (*+): between two optional words, a greedy run could be split
# every way before a fullmatch fails, which costs time growing with a power of its length.
DATE_THEN_CLOCK_GAP = re.compile(
    r"(?:[ \t]*+,?[ \t]*+(?:at|from|between|@|-|–|—)?[ \t]*+"
    r"(?:approximately|approx\.?|about|around|roughly|circa|~)?[ \t]*+|T)",
    re.IGNORECASE,
)
CLOCK_THEN_DATE_GAP = re.compile(r"[ \t]*+,?[ \t]*+(?P<on>on[ \t]++)?", re.IGNORECASE)
RANGE_GAP = re.compile(
    r"[ \t]*+(?:(?P<dash>-{1,2}|–|—|~)|(?P<word>to|until|till|through|thru|and))[ \t]*+"
    r"(?:approximately|approx\.?|about|around|roughly|~)?[ \t]*+",
    re.IGNORECASE,
)
APPROX_BEFORE = re.compile(
    r"(?:approximately|approx\.?|about|around|roughly|circa|nearly|almost|~|≈)[ \t]*+$",
    re.IGNORECASE,
)
APPROX_INSIDE = re.compile(r"approximately|approx|about|around|roughly|circa|~", re.IGNORECASE)
BETWEEN_INSIDE = re.compile(r"(?<![A-Za-z])between(?![A-Za-z])", re.IGNORECASE)
BETWEEN_BEFORE = re.compile(r"between[ \t]++(?:the[ \t]++hours[ \t]++of[ \t]++)?"
                            r"(?:approximately|about|around|~)?[ \t]*+$|between$", re.IGNORECASE)


def scan(line: str) -> list[TimeExpr]:
    """Every time expression in `line`, ranges folded into their start expression."""
    if not _may_hold_time(line):
        return []
    clocks = _clocks(line)
    if len(clocks) > MAX_TIMES:  # the document will be refused: skip the costlier passes
        return _combine(line, clocks, [])
    dates = _dates(line)
    exprs = _combine(line, clocks, dates)
    return _ranges(line, exprs)


def _may_hold_time(line: str) -> bool:
    """Cheap prefilter: every expression holds a digit, the words noon/midnight, an ordinal
    day in words ("March third"), or a template's "HH:mm" placeholder."""
    if DIGIT_RE.search(line):
        return True
    lower = line.lower()
    return ("noon" in lower or "midnight" in lower or "midday" in lower
            or "HH:" in line or "--:--" in line or "XX:XX" in line
            or (grammar.has_month_name(lower) and DAY_WORD_RE.search(lower) is not None))


# --- clocks -------------------------------------------------------------------------------

def _clocks(line: str) -> list[tuple[int, int, Clock]]:
    found: list[tuple[int, int, Clock]] = []
    # Past MAX_TIMES the document is refused, so a hostile line is not read to its end.
    for m in islice(CLOCK_RE.finditer(line), MAX_TIMES + 1):
        clock = _clock_from_match(m)
        if clock is not None:
            found.append((m.start(), _trim_end(line, m.start(), m.end()), clock))
    for m in NOON_RE.finditer(line):
        word = m.group("word").lower()
        hour = 0 if word == "midnight" else 12
        found.append((m.start("word"), m.end("word"),
                      Clock(hour, 0, None, None, m.group("word"))))
    found.sort(key=lambda item: item[0])
    return found


def _trim_end(line: str, start: int, end: int) -> int:
    while end > start and line[end - 1] in " \t":
        end -= 1
    return end


def _clock_from_match(m: re.Match[str]) -> Clock | None:
    written = m.group(0).rstrip()
    mer_letter = (m.group("mer") or "").lower()
    meridiem = "am" if mer_letter == "a" else "pm" if mer_letter == "p" else None
    if m.group("ph"):
        return Clock(0, 0, None, meridiem, written, ("placeholder",), placeholder=True)
    if m.group("h") is not None:
        hour, minute = int(m.group("h")), int(m.group("m"))
        second = int(m.group("s")) if m.group("s") is not None else None
    elif m.group("sh") is not None:  # "4: 45 am", a stray space after the colon
        hour, minute, second = int(m.group("sh")), int(m.group("sm")), None
    elif m.group("dh") is not None:
        hour, minute, second = int(m.group("dh")), int(m.group("dm")), None
    elif m.group("bh") is not None:
        if meridiem is None:
            return None
        hour, minute, second = int(m.group("bh")), 0, None
    else:
        hour, minute, second = int(m.group("mh")), int(m.group("mm")), None
    oddities: list[str] = []
    if minute > 59:
        oddities.append(f"minute {minute:02d} does not exist")
    if second is not None and second > 59:
        oddities.append(f"second {second:02d} does not exist")
    if meridiem is None:
        if hour > 24 or (hour == 24 and (minute or second)):
            oddities.append(f"hour {hour} does not exist")
        return Clock(hour, minute, second, None, written, tuple(oddities))
    if hour == 0:
        oddities.append(f"{written}: hour 00 with {meridiem.upper()} (read as midnight)"
                        if meridiem == "am" else f"{written}: hour 00 with PM")
        hour24 = 0 if meridiem == "am" else 12
    elif hour > 12:
        oddities.append(f"{written}: 24-hour time with {meridiem.upper()}")
        hour24 = hour
        if hour > 23:
            oddities.append(f"hour {hour} does not exist")
    else:
        hour24 = hour % 12 + (12 if meridiem == "pm" else 0)
    return Clock(hour24, minute, second, meridiem, written, tuple(oddities))


# --- dates --------------------------------------------------------------------------------

def _dates(line: str) -> list[tuple[int, int, DateParts]]:
    """Every date on the line, read by the grammar's one generated pattern (grammar.py).

    A day range sharing its month ("March 3-5", "07.-10.08.2018") is returned as its start
    date; its end is in `_RANGE_ENDS`, keyed by the range's span, for `_combine`."""
    spans: list[tuple[int, int, DateParts]] = []
    named = grammar.has_month_name(line.lower())
    regex = grammar.DATE_RE if named else grammar.NUMERIC_DATE_RE
    for m in islice(regex.finditer(line), MAX_TIMES + 1):
        got = grammar.read_date(m)
        start, end = m.start(), _trim_end(line, m.start(), m.end())
        written = line[start:end].rstrip(" \t,./-")
        parts = _date(written, got.year, got.month, got.day, got.weekday, numeric=got.numeric)
        if got.end_day is not None:
            d2 = m.start(f"{got.row}_d2")
            if got.end_day > got.day:
                end_parts = _date(line[d2:end], got.year, got.month, got.end_day, None)
                spans.append((start, end, replace(parts, range_end=(d2, end, end_parts))))
                continue
        spans.append((start, end, parts))
    return spans


def _date(written: str, year: int | None, month: int, day: int, weekday: int | None,
          numeric: tuple[int, int] | None = None) -> DateParts:
    oddities: list[str] = []
    if year is not None and not 1900 <= year <= 2199:
        oddities.append(f"year {year} is not plausible")
    if not 1 <= month <= 12:
        oddities.append(f"month {month} does not exist")
    elif not 1 <= day <= days_in_month(year, month):
        name = MONTH_NAMES[month]
        oddities.append(f"{name} {day} does not exist"
                        + (f" in {year}" if month == 2 and day == 29 and year else ""))
    return DateParts(year, month, day, weekday, written, numeric, tuple(oddities))


def days_in_month(year: int | None, month: int) -> int:
    """Days in `month`; a month with no year may hold February 29."""
    if month == 2:
        if year is None:
            return 29
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


# --- combining ----------------------------------------------------------------------------

def _combine(line: str, clocks: list[tuple[int, int, Clock]],
             dates: list[tuple[int, int, DateParts]]) -> list[TimeExpr]:
    """Attach to each clock the date before it, the zone and a date after it."""
    exprs: list[TimeExpr] = []
    used_dates: set[int] = set()
    date_index = 0
    for c_start, c_end, clock in clocks:
        if exprs and c_start < exprs[-1].end:
            continue
        start = c_start
        date: DateParts | None = None
        # the last unused date ending before this clock, if only a connector lies between
        while date_index < len(dates) and dates[date_index][1] <= c_start:
            date_index += 1
        j = date_index - 1
        if j >= 0 and j not in used_dates and (not exprs or dates[j][0] >= exprs[-1].end):
            d_start, d_end, parts = dates[j]
            if DATE_THEN_CLOCK_GAP.fullmatch(line, d_end, c_start):
                date, start = parts, d_start
                used_dates.add(j)
        end = c_end
        zone, zone_written, end = _zone_after(line, end, clock.second is not None)
        note = MIDNIGHT_NOTE_RE.match(line, end)
        if note:
            end = note.end()
        if date is None:
            date, end = _date_after(line, end, dates, used_dates, zone is not None)
            if zone is None:  # "2:00 PM, June 5 (UTC)"
                zone, zone_written, end = _zone_after(line, end)
        approx = bool(APPROX_BEFORE.search(line, max(0, start - 16), start)
                      or APPROX_INSIDE.search(line, start, c_start))
        exprs.append(TimeExpr(start, end, line[start:end], date, clock, zone, zone_written,
                              approx))
    clock_spans = [(e.start, e.end) for e in exprs]  # sorted, not overlapping
    k = 0
    for j, (d_start, d_end, parts) in enumerate(dates):
        while k < len(clock_spans) and clock_spans[k][1] <= d_start:
            k += 1
        inside = k < len(clock_spans) and clock_spans[k][0] <= d_start
        if j in used_dates or inside:
            continue
        approx = bool(APPROX_BEFORE.search(line, max(0, d_start - 16), d_start))
        range_end = None
        if parts.range_end is not None:
            e_start, e_end, e_parts = parts.range_end
            range_end = TimeExpr(e_start, e_end, line[e_start:e_end], e_parts, None, None, None,
                                 approx, inherited=("month from the range start",))
            parts = replace(parts, range_end=None)
        exprs.append(TimeExpr(d_start, d_end, line[d_start:d_end], parts, None, None, None,
                              approx, range_end))
    exprs.sort(key=lambda e: e.start)
    return exprs


def _zone_after(line: str, pos: int, with_seconds: bool = False
                ) -> tuple[Zone | None, str | None, int]:
    """The zone written right after position `pos`, if any."""
    m = BARE_OFFSET_RE.match(line, pos)
    # "-05:00" is an offset only after an ISO-style clock with seconds: "13:30-13:45" is a range.
    if m and (m.group("s1") or (with_seconds and int(m.group("oh")) <= 14)):
        zone = zones.from_offset(m.group("s1") or m.group("s2"), int(m.group("oh")),
                                 int(m.group("om")), "")
        if zone is not None:
            return zone, m.group(0).strip(), m.end()
    m = ZONE_AFTER_RE.match(line, pos)
    if m:
        zone = _zone_from_match(m)
        if zone is not None:
            return zone, m.group(0).strip(), _trim_end(line, pos, m.end())
    comma = COMMA_THEN_ZONE_RE.match(line, pos)
    if comma and line.rfind("(", 0, pos) > line.rfind(")", 0, pos):
        # "(9:00 AM - 11:00 AM, UTC)": the zone closes the parenthesis the times are in
        m = ZONE_AFTER_RE.match(line, comma.end())
        zone = _zone_from_match(m) if m else None
        if m and zone is not None and line[m.end():m.end() + 1] == ")":
            return zone, line[pos:m.end()].strip(), m.end()
    m = ZONE_NAME_AFTER_RE.match(line, pos)
    if m is not None:
        name = zones.NAME_RE.match(line, m.end())
        if name:
            end = name.end()
            if m.group("open"):
                close = CLOSE_PAREN.match(line, end)
                if close is None:
                    return None, None, pos
                end = close.end()
            return zones.from_name(name), line[pos:end].strip(), end
    return None, None, pos


def _zone_from_match(m: re.Match[str]) -> Zone | None:
    if m.group("base"):
        base = m.group("base")
        if base == "z" or (base.upper() != "Z" and not (base.isupper() or base.islower())):
            return None
        if m.group("sign"):
            return zones.from_offset(m.group("sign"), int(m.group("oh")), int(m.group("om") or 0),
                                     base.upper())
        return zones.ABBREVIATIONS[base.upper()]
    if m.group("iana"):
        return zones.from_iana(m.group("iana"))
    abbr = m.group("abbr")
    upper = abbr.upper()
    if upper not in zones.ABBREVIATIONS or upper == "Z":
        return None
    if abbr != upper and upper not in _ZONE_ABBR_ANY_CASE:
        return None
    return zones.ABBREVIATIONS[upper]


def _date_after(line: str, pos: int, dates: list[tuple[int, int, DateParts]],
                used: set[int], zoned: bool) -> tuple[DateParts | None, int]:
    """A date written after a clock: "12:45 AM EST on the 11th", "17:41 UTC on 2023-07-19"."""
    gap = CLOCK_THEN_DATE_GAP.match(line, pos)
    assert gap is not None  # the pattern can match the empty string
    at = gap.end()
    has_on = gap.group("on") is not None
    j = bisect.bisect_left(dates, (at,), key=lambda d: (d[0],))
    if j < len(dates) and dates[j][0] == at and j not in used and (
            has_on or (gap.end() > pos and zoned)):
        used.add(j)
        return dates[j][2], dates[j][1]
    if has_on:
        m = DAY_ONLY_RE.match(line, at)
        if m:
            day = int(m.group("d"))
            oddities = () if 1 <= day <= 31 else (f"day {day} does not exist",)
            return DateParts(None, None, day, None, m.group(0), None, oddities), m.end()
    return None, pos


# --- ranges -------------------------------------------------------------------------------

def _ranges(line: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """Fold "A to B", "A - B", "between A and B" into A with `range_end` B."""
    out: list[TimeExpr] = []
    i = 0
    while i < len(exprs):
        first = exprs[i]
        if i + 1 < len(exprs):
            second = exprs[i + 1]
            gap = RANGE_GAP.fullmatch(line, first.end, second.start)
            if gap and first.range_end is None and _joinable(line, first, second, gap):
                out.append(_join(first, second))
                i += 2
                continue
        out.append(first)
        i += 1
    return out


def _joinable(line: str, first: TimeExpr, second: TimeExpr, gap: re.Match[str]) -> bool:
    if (first.clock is None) != (second.clock is None):
        return False
    word = (gap.group("word") or "").lower()
    if word == "and":
        return bool(BETWEEN_BEFORE.search(line, max(0, first.start - 40), first.start)
                    or BETWEEN_INSIDE.search(first.written))
    return True


def _join(first: TimeExpr, second: TimeExpr) -> TimeExpr:
    start_inherits: list[str] = []
    end_inherits: list[str] = []
    c1, c2 = first.clock, second.clock
    if c1 is not None and c2 is not None:
        if c1.meridiem and not c2.meridiem and c2.hour <= 12 and not c2.placeholder:
            moved = _with_meridiem(c2, c1.meridiem)
            if (moved.hour, moved.minute) >= (c1.hour, c1.minute):
                c2 = moved
                end_inherits.append(f"{c1.meridiem.upper()} from the range start")
        elif c2.meridiem and not c1.meridiem and c1.hour <= 12 and not c1.placeholder:
            moved = _with_meridiem(c1, c2.meridiem)
            if (moved.hour, moved.minute) <= (c2.hour, c2.minute):
                c1 = moved
                start_inherits.append(f"{c2.meridiem.upper()} from the range end")
    zone1, zone1_written = first.zone, first.zone_written
    if zone1 is None and second.zone is not None:
        zone1, zone1_written = second.zone, second.zone_written
        start_inherits.append(f"zone {second.zone.label} from the range end")
    date1 = first.date
    if date1 is None and second.date is not None and second.date.month is not None:
        date1 = second.date
        start_inherits.append(f"date {second.date.written} from the range end")
    end = replace(second, clock=c2, inherited=tuple(end_inherits))
    return replace(first, clock=c1, zone=zone1, zone_written=zone1_written, date=date1,
                   range_end=end, inherited=tuple(start_inherits))


def _with_meridiem(clock: Clock, meridiem: str) -> Clock:
    hour = clock.hour % 12 + (12 if meridiem == "pm" else 0)
    return replace(clock, hour=hour, meridiem=meridiem)  # type: ignore[arg-type]
