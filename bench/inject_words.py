"""Ways of writing a date, a clock time, a zone and a duration, for bench/inject.py.

Each function takes the value and a random generator and returns one of many wordings, so
a generated postmortem states its times the way different authors do, not the way the
corpus happens to.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def number_word(n: int) -> str:
    """1..99 in words: "twenty-one"."""
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + (f"-{ONES[ones]}" if ones else "")


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@dataclass(frozen=True)
class Zone:
    """A zone a document may write, with its summer and winter names and offsets."""

    summer: str  # EDT
    winter: str  # EST
    summer_offset: int  # minutes east of UTC
    winter_offset: int
    iana: str
    spoken: str  # "Eastern Time"

    def name(self, day: dt.date) -> str:
        return self.summer if self.is_summer(day) else self.winter

    def other_name(self, day: dt.date) -> str:
        return self.winter if self.is_summer(day) else self.summer

    def offset(self, day: dt.date) -> int:
        return self.summer_offset if self.is_summer(day) else self.winter_offset

    @staticmethod
    def is_summer(day: dt.date) -> bool:
        return 4 <= day.month <= 9  # well inside DST in the US and the EU


UTC = Zone("UTC", "UTC", 0, 0, "UTC", "UTC")
ZONES = (
    UTC,
    Zone("EDT", "EST", -240, -300, "America/New_York", "Eastern Time"),
    Zone("PDT", "PST", -420, -480, "America/Los_Angeles", "Pacific Time"),
    Zone("CEST", "CET", 120, 60, "Europe/Berlin", "Central European Time"),
    Zone("MDT", "MST", -360, -420, "America/Denver", "Mountain Time"),
)


def offset_text(minutes: int, rng: random.Random) -> str:
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return rng.choice((
        f"UTC{sign}{hours}" if not mins else f"UTC{sign}{hours}:{mins:02d}",
        f"(UTC{sign}{hours:02d}:{mins:02d})",
        f"GMT{sign}{hours:02d}:{mins:02d}",
    ))


def date_text(day: dt.date, style: str, weekday: int | None = None) -> str:
    """A date in one of many written forms; `weekday` overrides the true one (for the
    weekday-mismatch class)."""
    wd = WEEKDAYS[day.weekday() if weekday is None else weekday]
    month = MONTHS[day.month - 1]
    forms = {
        "mdy": f"{month} {day.day}, {day.year}",
        "dmy": f"{day.day} {month} {day.year}",
        "iso": day.isoformat(),
        "mdy-short": f"{month[:3]} {day.day}, {day.year}",
        "dmy-short": f"{day.day} {month[:3]} {day.year}",
        "ord": f"{month} {ordinal(day.day)}, {day.year}",
        "the-ord": f"the {ordinal(day.day)} of {month} {day.year}",
        "wd-mdy": f"{wd}, {month} {day.day}, {day.year}",
        "wd-dmy": f"{wd[:3]} {day.day} {month[:3]} {day.year}",
        "wd-iso": f"{day.isoformat()} ({wd})",
    }
    return forms[style]


DATE_STYLES = ("mdy", "dmy", "iso", "mdy-short", "dmy-short", "ord", "the-ord", "wd-mdy",
               "wd-dmy", "wd-iso")
WEEKDAY_STYLES = ("wd-mdy", "wd-dmy", "wd-iso")


def clock_text(minutes: int, style: str, *, meridiem_flip: bool = False) -> str:
    """A clock time, minutes since midnight, in 24 h or 12 h style; `meridiem_flip` writes
    the other AM/PM (for the ampm-flip class)."""
    hour, minute = divmod(minutes % 1440, 60)
    if style == "24":
        return f"{hour:02d}:{minute:02d}"
    if style == "24h":
        return f"{hour}:{minute:02d}"  # 24 h without the leading zero: 9:05, 14:05
    pm = hour >= 12
    if meridiem_flip:
        pm = not pm
    h12 = hour % 12 or 12
    am_pm = {"12": ("AM", "PM"), "12lower": ("am", "pm"), "12dots": ("a.m.", "p.m.")}[style]
    space = "" if style == "12lower" else " "
    return f"{h12}:{minute:02d}{space}{am_pm[pm]}"


CLOCK_STYLES = ("24", "24h", "12", "12lower", "12dots")


def duration_text(minutes: int, rng: random.Random) -> tuple[str, str]:
    """A sentence stating the incident's length, and the words for the length alone."""
    words = _length_words(minutes, rng)
    sentence = rng.choice((
        "The outage lasted {}.",
        "In total the incident lasted {}.",
        "Users were affected for {}.",
        "The service was down for {}.",
        "Total downtime: {}.",
        "Duration: {}",
        "Customers saw errors for {} in total.",
        "The impact lasted {} ({} of degraded service).",
        "Checkout was MIA for {}.",
        "The API was unreachable for {}.",
        "The disruption spanned {}.",
    ))
    if sentence.count("{}") == 2:
        return sentence.format(words, _length_words(minutes, rng, plain=True)), words
    if "outage lasted" in sentence and rng.random() < 0.3:
        adjective = f"{minutes}-minute"
        return f"It was a {adjective} outage.", adjective
    return sentence.format(words), words


def _length_words(minutes: int, rng: random.Random, *, plain: bool = False) -> str:
    hours, mins = divmod(minutes, 60)
    forms = [f"{minutes} minutes"]
    if not plain and minutes < 100:
        forms.append(f"{number_word(minutes)} minutes")
    if hours and not mins:
        forms += [f"{hours} hour{'s' if hours > 1 else ''}",
                  f"{number_word(hours)} hour{'s' if hours > 1 else ''}"]
    if hours and mins == 30:
        forms += [f"{hours}.5 hours", f"{hours} and a half hours"]
    if hours and mins:
        forms += [f"{hours} hour{'s' if hours > 1 else ''} {mins} minutes",
                  f"{hours} h {mins} min", f"{hours}h{mins:02d}m"]
    return rng.choice(forms)
