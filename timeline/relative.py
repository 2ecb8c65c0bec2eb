"""Relative time expressions ("2 hours ago", "next Friday", "2 days after tomorrow"), rewritten
as the absolute text they stand for against a reference, for `pmlint when` to read.

Conventions as most of the peers' suites have them: a bare or "this" weekday is its next day
after the reference, a "next" one is in the following week ("Friday after next" and "the
following Friday" too), a "last" one the latest before the reference. An amount of time
("3 hours", "1d 2hr 5min", "3mo") counts from the reference, or from the day a relative phrase
after it names ("2 days after next Friday"); "next"/"last" with a unit steps one of it ("next
hour", "last month"), and "next"/"last weekday" steps over the weekend.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from pmlint.timeline.lexer import scan

# the line rewritten, and the phrase that was replaced with the value it stands for
Rewrite = tuple[str, tuple[str, str]]

_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                 "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12,
                 "fifteen": 15, "twenty": 20, "thirty": 30, "forty-five": 45, "couple of": 2}
_NUMBER = (r"\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen"
           r"|twenty|thirty|forty-five|couple[ ]of")
# a unit's spellings; the one-letter ones only glued to digits ("1h", "3w", "2d")
_UNIT = (r"sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|w(?:ee)?ks?|weeks?"
         r"|mo(?:nth)?s?|mon|qtrs?|quarters?|y(?:ea)?rs?|years?")
_TERM = (rf"(?:\d{{1,4}}(?:[ ]more)?[ ]?(?:{_UNIT}|[hdwy])|(?:{_NUMBER})(?:[ ]more)?[ ](?:{_UNIT}))"
         r"(?![A-Za-z])")
TERM_RE = re.compile(rf"(?<![A-Za-z0-9])(?:(?P<n>\d{{1,4}})(?:[ ]more)?[ ]?(?P<unit>{_UNIT}|[hdwy])"
                     rf"|(?P<word>{_NUMBER})(?:[ ]more)?[ ](?P<wunit>{_UNIT}))(?![A-Za-z])",
                     re.IGNORECASE)
SPAN_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:(?P<in>in|within|after)[ ])?"
    r"(?:(?:about|around|approximately|roughly)[ ])?~?"
    rf"(?P<terms>{_TERM}(?:,?[ ](?:and[ ])?{_TERM})*)"
    r"(?:[ ](?P<dir>ago|earlier|before|later|after|from[ ]now|hence|out|from))?", re.IGNORECASE)
PLUS_RE = re.compile(rf"[ ]?(?P<sign>[+-])[ ]?(?P<terms>{_TERM}(?:[ ]{_TERM})*)$", re.IGNORECASE)
STEP_RE = re.compile(
    r"(?<![A-Za-z])(?P<dir>next|last|past|previous|coming)[ ]?"
    r"(?:(?P<n>\d{1,3}|two|three|four|five|six|seven|ten)[ ])?"
    r"(?P<unit>hour|day|week|month|qtr|quarter|year|weekday)s?(?![A-Za-z])", re.IGNORECASE)

_DAY_WORDS = {"the day before yesterday": -2, "day before yesterday": -2, "yesterday": -1,
              "today": 0, "tonight": 0, "tomorrow": 1, "the day after tomorrow": 2,
              "day after tomorrow": 2}
RELATIVE_DAY_RE = re.compile(
    r"(?<![A-Za-z])(?P<word>(?:the[ ])?day[ ]before[ ]yesterday|(?:the[ ])?day[ ]after[ ]tomorrow"
    r"|yesterday|today|tonight|tomorrow)(?![A-Za-z])", re.IGNORECASE)
# "tomorrow after 4pm", "tomorrow before 4pm": the day's clock, a bound said of it
_BOUND_BEFORE_CLOCK = re.compile(r"[ ](?:after|before|by)(?=[ ]\d)", re.IGNORECASE)
WEEKDAY_RE = re.compile(
    r"(?<![A-Za-z])(?:(?P<dir>last|next|this|coming|past|on|the[ ]following|following)[ ])?"
    r"(?P<wd>mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|t|r|rs)?\.?"
    r"(?P<after_next>[ ]after[ ]next)?(?![A-Za-z])", re.IGNORECASE)
NOW_RE = re.compile(r"(?<![A-Za-z])(?:just[ ]|right[ ])?now(?![A-Za-z])", re.IGNORECASE)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


# A relative phrase is a few words; a longer text is read as written, without rewriting, so
# that a hostile one ("1 day after 1 day after ...", thousands long) costs no more than that
MAX_PHRASE_CHARS = 200
MAX_ANCHORS = 4  # phrases counted from phrases ("2 days after next Friday"), at most nested


def rewrite(line: str, ref: dt.date | dt.datetime, depth: int = 0) -> Rewrite | None:
    """`line` with its relative phrase replaced by the absolute text it means, and the
    phrase with that text; None when it holds none (or is longer than a phrase can be)."""
    if len(line) > MAX_PHRASE_CHARS or depth > MAX_ANCHORS:
        return None
    base = ref if isinstance(ref, dt.datetime) else dt.datetime.combine(ref, dt.time())
    timed = isinstance(ref, dt.datetime)
    m = PLUS_RE.search(line)
    if m:  # "now + 40minutes", "next tuesday +10 days"
        anchor = _anchor(line[:m.start()].rstrip(), ref, depth, at_end=True)
        if anchor is not None:
            phrase_start, moment, anchor_timed = anchor
            sign = -1 if m["sign"] == "-" else 1
            return _replaced(line, phrase_start, m.end(),
                             _shift(moment, m["terms"], sign), anchor_timed)
    m = SPAN_RE.search(line)
    if m and (m["in"] or m["dir"]):
        word = (m["dir"] or "").lower()
        sign = -1 if word in ("ago", "earlier", "before") else 1
        if word in ("after", "before", "from"):
            anchor = _anchor(line[m.end():].lstrip(), ref, depth, at_end=False)
            if anchor is not None:  # "2 days after next Friday", "2 day before yesterday"
                length, moment, anchor_timed = anchor
                end = len(line) - len(line[m.end():].lstrip()) + length
                return _replaced(line, m.start(), end, _shift(moment, m["terms"], sign),
                                 anchor_timed)
        moment = _shift(base, m["terms"], sign)
        units = [_unit(t["unit"] or t["wunit"]) for t in TERM_RE.finditer(m["terms"])]
        seconds = "sec" in units
        days_only = all(unit in ("day", "week", "month", "quarter", "year") for unit in units)
        shown = moment.isoformat(timespec="seconds" if seconds else "minutes")
        if days_only and not timed:
            shown = moment.date().isoformat()
        return line[:m.start()] + shown + line[m.end():], (m.group(0), shown)
    m = STEP_RE.search(line)
    if m:
        moment = _stepped(base, m)
        shown = moment.isoformat(timespec="minutes") if timed else moment.date().isoformat()
        return line[:m.start()] + shown + line[m.end():], (m.group(0), shown)
    m = RELATIVE_DAY_RE.search(line)
    if m:
        day = base.date() + dt.timedelta(days=_DAY_WORDS[m["word"].lower()])
        rest = _BOUND_BEFORE_CLOCK.sub("", line[m.end():], count=1)
        if m["word"].lower() == "tonight" and not scan(rest):
            rest = " 21:00" + rest
        return line[:m.start()] + day.isoformat() + rest, (m.group(0), day.isoformat())
    m = WEEKDAY_RE.search(line)
    if m and not scan(line[m.end():m.end() + 4]):  # "Monday 3 May" is a dated weekday
        day = _weekday(base.date(), m)
        return line[:m.start()] + day.isoformat() + line[m.end():], (m.group(0), day.isoformat())
    m = NOW_RE.search(line)
    if m and timed:
        now = base.isoformat(timespec="minutes")
        return line[:m.start()] + now + line[m.end():], (m.group(0), now)
    return None


def _replaced(line: str, start: int, end: int, moment: dt.datetime, timed: bool) -> Rewrite:
    shown = moment.isoformat(timespec="minutes") if timed else moment.date().isoformat()
    return line[:start] + shown + line[end:], (line[start:end], shown)


def _anchor(text: str, ref: dt.date | dt.datetime, depth: int,
            at_end: bool) -> tuple[int, dt.datetime, bool] | None:
    """The moment a relative phrase at the start of `text` (at its end, with `at_end`)
    names, where that phrase is, and whether it is a time of day: (the phrase's length, or
    its start with `at_end`; the moment; timed)."""
    got = rewrite(text, ref, depth + 1)
    if got is None:
        return None
    _, (phrase, value) = got
    at = text.rfind(phrase) if at_end else text.find(phrase)
    if at < 0 or (at_end and at + len(phrase) != len(text)) or (not at_end and at != 0):
        return None
    moment = dt.datetime.fromisoformat(value)
    timed = "T" in value
    return (at if at_end else len(phrase)), moment, timed


def _unit(written: str) -> str:
    unit = written.lower()
    if unit in ("h", "hr", "hrs", "hour", "hours"):
        return "hour"
    if unit == "d" or unit.startswith("day"):
        return "day"
    if unit == "w" or unit.startswith(("wk", "week")):
        return "week"
    if unit.startswith(("mo", "mon")):
        return "month"
    if unit.startswith(("qtr", "quarter")):
        return "quarter"
    if unit == "y" or unit.startswith(("yr", "year")):
        return "year"
    return "sec" if unit.startswith("sec") else "min"


_SECONDS = {"sec": 1, "min": 60, "hour": 3600, "day": 86400, "week": 604800}
_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def _shift(moment: dt.datetime, terms: str, sign: int) -> dt.datetime:
    """`moment` moved by every amount in `terms` ("1d, 2hr, and 5min"), forward or back."""
    for t in TERM_RE.finditer(terms):
        n = (t["n"] or t["word"]).lower()
        count = int(n) if n.isdigit() else _NUMBER_WORDS[n]
        unit = _unit(t["unit"] or t["wunit"])
        if unit in _MONTHS:
            moment = _add_months(moment, sign * count * _MONTHS[unit])
        else:
            moment += sign * dt.timedelta(seconds=count * _SECONDS[unit])
    return moment


def _add_months(moment: dt.datetime, months: int) -> dt.datetime:
    """The same day `months` later, or that month's last day where it has fewer days."""
    index = moment.year * 12 + moment.month - 1 + months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def _stepped(base: dt.datetime, m: re.Match[str]) -> dt.datetime:
    """"next hour", "last month", "past 2 days", "next weekday": the reference stepped."""
    sign = 1 if m["dir"].lower() in ("next", "coming") else -1
    unit = m["unit"].lower()
    if unit == "weekday":  # the nearest working day after (before) the reference
        day = base + sign * dt.timedelta(days=1)
        while day.weekday() >= 5:
            day += sign * dt.timedelta(days=1)
        return day
    n = m["n"].lower() if m["n"] else "1"
    count = sign * (int(n) if n.isdigit() else _NUMBER_WORDS[n])
    unit = _unit(unit)
    if unit in _MONTHS:
        return _add_months(base, count * _MONTHS[unit])
    return base + dt.timedelta(seconds=count * _SECONDS[unit])


def _weekday(today: dt.date, m: re.Match[str]) -> dt.date:
    wanted = _WEEKDAYS.index(m["wd"][:3].lower())
    word = (m["dir"] or "").lower()
    if word in ("next", "the following", "following") or m["after_next"]:
        return today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=7 + wanted)
    if word in ("last", "past"):
        return today - dt.timedelta(days=(today.weekday() - wanted - 1) % 7 + 1)
    return today + dt.timedelta(days=(wanted - today.weekday() - 1) % 7 + 1)
