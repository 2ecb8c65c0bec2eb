"""weekday-mismatch: a weekday written beside a date that falls on another day.

When the date has no year of its own, no date with a year lies within two months of it,
and the weekday fits it in the year before or after the one pmlint took from elsewhere in
the document, either may be wrong: the finding is a warning that says so, with no fix.

The weekday may be written before the date or in parentheses after it ("October 5, 2025
(Saturday)"), or told apart in its sentence ("On 20th October ... it was a Friday", "March 3,
2024, which was a Sunday": a warning, with no fix); the same slip written again is one
finding ("also on line 26"), and --fix mends every copy.

When the weekday is right for another date of the same month that the document writes
elsewhere (with no other weekday of its own), and no other line writes the date as given, the
day's number is the likelier slip ("Sunday, Dec 12th" in a report titled 2024-12-01, a
Sunday); so it may be where that other date is the very next or previous day, even if the
date as given is written too ("Started Oct 01", "Resolved Oct 02", "on Tue, Oct 2"): the
finding says so and offers both readings, with no fix.

When two dates or more are wrong and every weekday written beside a date is off by the same
days ("Wednesday, February 9 ... Thursday, February 10" in 2017, each named a day early),
the dates may have slipped together as likely as the weekdays: the finding offers both,
with no fix. One weekday right beside its date says the dates hold.

In a document that writes no year at all, a date cannot be checked against a calendar, but
one date named with two weekdays ("Monday, November 8" and later "Wednesday, November 8")
cannot be right twice: a warning at the weekday fewer lines give (the first, on a tie).

A weekday alone after such a date ("Wednesday, 8 May", a Thursday, then "Thursday, 12pm") is
read a day on from the weekday written, the author's next day: the slip is reported once, on
the date's line, and not again (nor as an entry out of order) on the weekday's.

Fails::

    Monday, March 15, 2023 at 10:00 UTC: the deploy went out.

Passes::

    Wednesday, March 15, 2023 at 10:00 UTC: the deploy went out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace

from pmlint.checks.base import Problem, Replacement, Rule
from pmlint.checks.context import Context
from pmlint.checks.words import end_of
from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.model import DateParts, Event

# the part of the day between a weekday and its date ("Friday night 25 August")
NIGHT_OF = re.compile(r"(?<![a-z])night(?![a-z])", re.IGNORECASE)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def check(ctx: Context) -> Iterator[Problem]:
    yield from _one_date_two_weekdays(ctx)
    said: set[tuple[int, int, str]] = set()  # (line, where the date is written, the date)
    # the same wrong weekday for the same day, written again ("Sunday, May 13th" in the
    # header and over the day's entries): one slip, reported where first written
    repeated: dict[tuple[dt.date, int], list[tuple[Event, str, Replacement | None, str]]] = {}
    for event in ctx.timeline.events:
        date = event.date
        if date is None or date.weekday is None or not event.local[:4].isdigit():
            continue
        actual = _day_written(event)
        if actual.weekday() == date.weekday or _fits_as_written(date):
            continue
        if date.month is None and date.day is None and any(
                p.what == "date" and p.how == "weekday" for p in event.provenance):
            continue  # "Thursday" after "Wednesday, 8 May" (a Thursday): placed a day on from
            # the weekday the line above writes, whose slip is reported there
        if any(p.what == "day" and p.how == "overnight-range" for p in event.provenance):
            continue  # "from 20:22 until Saturday 9 April 08:15": the weekday and date are
            # the end's, the start the evening before them
        if _ends_a_weekday_range(ctx, event):
            continue  # "Monday-Friday October 16-20": Friday is the 20th, the range's end
        if (actual.weekday() - date.weekday) % 7 == 1 and NIGHT_OF.search(date.written):
            continue  # "Friday night, 26 August": the night of Friday into the Saturday dated
        if (actual.weekday() - date.weekday) % 7 == 1 and event.part == "range-end" and any(
                p.what == "day" and p.how == "range-end" for p in event.provenance):
            continue  # "from 23:00 to 01:00 on Saturday": the night the range runs over
        # "from 9:10 to 10:40 on Tuesday, 5 March": both ends carry the one written date
        row = ctx.timeline.lines[event.line - 1] if ctx.timeline.lines else ""
        key = (event.line, row.find(date.written, event.column - 1), date.written)
        if key[1] >= 0 and key in said:
            continue
        said.add(key)
        _, end = end_of(event)
        other_year = _year_it_fits(actual, date.weekday) \
            if date.year is None and not _dated_near(ctx, actual) else None
        if other_year is not None:
            yield Problem(event.line, event.column,
                          f"{_shown(date.written)} says {DAYS[date.weekday]}, but {actual:%B} "
                          f"{actual.day}, {actual.year} (the year is not written; pmlint took "
                          f"{actual.year} {_year_source(ctx, event)}) was a "
                          f"{DAYS[actual.weekday()]}; in "
                          f"{other_year} it is a {DAYS[date.weekday]}",
                          end_column=end, severity="warning",
                          suggestion="write the year, or correct the weekday")
            continue
        if date.weekday_apart:
            # "On 20th October ... so lucky it was a Friday" (2020: a Tuesday): the weekday
            # told apart in the sentence; the words are the author's, a warning with no fix
            yield Problem(event.line, event.column,
                          f"{_shown(date.written)}: the sentence says it was a "
                          f"{DAYS[date.weekday]}, but {actual:%B} {actual.day}, {actual.year} "
                          f"was a {DAYS[actual.weekday()]}",
                          end_column=end, severity="warning",
                          suggestion="correct the date or the weekday")
            continue
        flipped = _other_order_fits(date, actual)
        if flipped is not None:
            # "Friday 03-08-2024" read day-first (as the document's other dates settle it):
            # 3 August was a Saturday, but 8 March a Friday; the weekday or the order slipped
            order = "day-first" if actual.day == date.numeric[0] else "month-first"  # type: ignore[index]
            yield Problem(event.line, event.column,
                          f"{_shown(date.written)} says {DAYS[date.weekday]}, but read "
                          f"{order}, as the document's dates are, it is {actual:%B} "
                          f"{actual.day}, {actual.year}, a {DAYS[actual.weekday()]}; read the "
                          f"other way, {flipped:%B} {flipped.day}, {flipped.year} is a "
                          f"{DAYS[date.weekday]}",
                          end_column=end, severity="warning",
                          suggestion="write the month's name, or correct the weekday")
            continue
        message = (f"{_shown(date.written)} says {DAYS[date.weekday]}, but {actual:%B} "
                   f"{actual.day}, {actual.year} was a {DAYS[actual.weekday()]}")
        slipped = _year_slipped(ctx, event, actual, date.weekday) \
            if date.year is not None else None
        if slipped is not None:
            # "Tuesday January 31st 2022 - Tuesday February 7th 2023": in the year the
            # document's other dates are in, the day is the weekday written; which slipped,
            # the year or the weekday, the reader knows: both readings, no fix
            yield _either_slipped(event, end, date.weekday, actual, slipped,
                                  f"{message}; the document's other dates are in "
                                  f"{slipped.year}, where {slipped:%B} {slipped.day} is a "
                                  f"{DAYS[date.weekday]}, so the year may be what slipped")
            continue
        other = _other_date_it_fits(ctx, event, actual, date.weekday)
        if other is not None:
            day, line = other
            yield _either_slipped(event, end, date.weekday, actual, day,
                                  f"{message}; the document's other dates give {day:%B} "
                                  f"{day.day}, {day.year} (line {line}), a "
                                  f"{DAYS[date.weekday]}, so the day's number may be what "
                                  f"slipped")
            continue
        fix = _weekday_fix(ctx, event, DAYS[date.weekday], DAYS[actual.weekday()])
        repeated.setdefault((actual, date.weekday), []).append((event, message, fix, end))
    shift = _one_shift(ctx, repeated)
    for (actual, weekday), said_again in repeated.items():
        event, message, fix, end = said_again[0]
        lines = list(dict.fromkeys(e.line for e, *_ in said_again[1:] if e.line != event.line))
        if lines:
            message += (f"; also on line{'s' if len(lines) > 1 else ''} "
                        + ", ".join(map(str, lines)))
        suggestion = f"{DAYS[actual.weekday()]}, {actual:%B} {actual.day}, {actual.year}"
        if shift:
            # "Wednesday, February 9 ... through Thursday, February 10" (2017: a Thursday and
            # a Friday): each weekday a day before its date, so the dates, kept a day apart,
            # may be what slipped as likely as the weekdays; both readings, no fix
            moved = actual + dt.timedelta(days=shift)
            apart = "" if abs(shift) == 1 else f"{abs(shift)} days "
            message += (f"; each weekday written beside a date names the day {apart}"
                        f"{'after' if shift > 0 else 'before'} it, so the dates may be what "
                        f"slipped ({DAYS[weekday]} was {moved:%B} {moved.day})")
            yield Problem(event.line, event.column, message, end_column=end,
                          suggestion=f"{suggestion}, or {DAYS[weekday]}, {moved:%B} "
                                     f"{moved.day}, {moved.year}")
            continue
        others = tuple(f for _, _, f, _ in said_again[1:] if f is not None)
        if fix is not None and others:
            fix = replace(fix, also=others)
        yield Problem(event.line, event.column, message, fix=fix, end_column=end,
                      suggestion=suggestion)


def _either_slipped(event: Event, end: int, weekday: int, actual: dt.date, fits: dt.date,
                    message: str) -> Problem:
    """The finding for a weekday that fits another reading of its date (`fits`) as well as
    the written date fits another weekday: both readings offered, no fix."""
    return Problem(event.line, event.column, message, end_column=end,
                   suggestion=f"{DAYS[weekday]}, {fits:%B} {fits.day}, {fits.year}, or "
                              f"{DAYS[actual.weekday()]}, {actual:%B} {actual.day}, "
                              f"{actual.year}")


def _year_slipped(ctx: Context, event: Event, actual: dt.date, weekday: int
                  ) -> dt.date | None:
    """The same month and day a year either side of the written one, where it is the weekday
    written, when another date of the document writes that year and none writes the year
    taken; None otherwise."""
    years = {e.date.year for e in ctx.timeline.events
             if e is not event and e.date is not None and e.date.year is not None}
    if actual.year in years:
        return None
    for year in (actual.year - 1, actual.year + 1):
        try:
            moved = actual.replace(year=year)
        except ValueError:  # February 29th
            continue
        if moved.weekday() == weekday and year in years:
            return moved
    return None


def _one_shift(ctx: Context,
               wrong: dict[tuple[dt.date, int], list[tuple[Event, str, Replacement | None, str]]]
               ) -> int:
    """The days every weekday written beside a date in the document stands from it (-3 to 3),
    when two dates or more are wrong alike and none is right; else 0. One shift for all says
    the dates may have slipped together, as likely as each weekday on its own."""
    if len(wrong) < 2:
        return 0
    shifts = {(weekday - actual.weekday() + 3) % 7 - 3 for actual, weekday in wrong}
    if len(shifts) != 1:
        return 0
    for event in ctx.timeline.events:
        date = event.date
        if date is not None and date.weekday is not None and event.local[:4].isdigit() \
                and _day_written(event).weekday() == date.weekday:
            return 0  # a weekday right beside its date: the dates hold, the others slipped
    return shifts.pop()


def _other_order_fits(date: DateParts, actual: dt.date) -> dt.date | None:
    """A numeric date ("03-08-2024") whose other reading of day and month falls on the
    weekday written beside it: that other date, else None."""
    if date.numeric is None:
        return None
    a, b = date.numeric
    if a == b or a > 12 or b > 12:
        return None
    month, day = (a, b) if actual.month == b else (b, a)
    try:
        other = dt.date(actual.year, month, day)
    except ValueError:
        return None
    return other if other.weekday() == date.weekday else None


_WEEKDAY_STEMS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _one_date_two_weekdays(ctx: Context) -> Iterator[Problem]:
    """Year-less dates with their month and day written in words, where one date is given
    two weekdays. Only in a document with no year anywhere: with a year, each date is
    checked against the calendar below."""
    from pmlint.timeline.lexer import scan_document_line

    if any(e.local[:4].isdigit() for e in ctx.timeline.events):
        return
    seen: dict[tuple[int, int], list[tuple[int, int, DateParts]]] = {}
    for number, text in enumerate(ctx.timeline.lines, start=1):
        lower = text.lower()
        if not any(stem in lower for stem in _WEEKDAY_STEMS):
            continue
        for expr in scan_document_line(text):
            date = expr.date
            if date is None or date.weekday is None or date.year is not None \
                    or date.month is None or date.day is None or date.numeric is not None:
                continue
            seen.setdefault((date.month, date.day), []).append((number, expr.start, date))
    for said in seen.values():
        weekdays = [date.weekday for _, _, date in said]
        if len(set(weekdays)) < 2:
            continue
        counts = {w: weekdays.count(w) for w in weekdays}
        line, start, date = min(said, key=lambda s: (counts[s[2].weekday], s[0], s[1]))
        other_line, _, other = next(s for s in said if s[2].weekday != date.weekday)
        yield Problem(line, start + 1,
                      f"{date.written} says {DAYS[date.weekday]}, but line {other_line} calls "
                      f"the same date a {DAYS[other.weekday]} ({other.written}); with no year "
                      f"written, pmlint cannot tell which weekday is right",
                      end_column=start + 1 + len(date.written), severity="warning",
                      related_line=other_line,
                      suggestion="write the year, and one weekday for the date")


NEAR_DAYS = 60


def _dated_near(ctx: Context, day: dt.date) -> bool:
    """A date with its year written lies within two months of `day`: the year pmlint gave
    `day` is the document's own, and the weekday is what disagrees."""
    for event in ctx.timeline.events:
        if event.date is not None and event.date.year is not None \
                and event.local[:4].isdigit() and len(event.local) >= 10:
            try:
                written = _day_written(event)
            except ValueError:
                continue
            if abs((written - day).days) <= NEAR_DAYS:
                return True
    return False


def _day_written(event: Event) -> dt.date:
    """The day the event's words write: its date, but for a deadline's midnight ("by midnight
    Friday 1 February") or one told after that day's evening ("failed at 4.39pm on Monday
    ... back around midnight on Monday"), which pmlint places at the end of that day, the
    next day's start."""
    day = dt.date.fromisoformat(event.local[:10])
    if any(p.what == "date" and p.how in ("midnight-ends", "midnight-after")
           for p in event.provenance):
        day -= dt.timedelta(days=1)
    return day


def _other_date_it_fits(ctx: Context, event: Event, actual: dt.date,
                        weekday: int) -> tuple[dt.date, int] | None:
    """A date of `actual`'s month, written with its day on another line, that falls on
    `weekday` (and says no other weekday): the day's number may be the slip. A day next to
    `actual` counts even where another line writes `actual` itself ("Started Oct 01",
    "resolved Oct 02", then "on Tue, Oct 2": either may have slipped, so no repair is made
    for the author); one further off only where none does."""
    found: tuple[dt.date, int] | None = None
    written = False
    for other in ctx.timeline.events:
        if other.line == event.line or other.date is None or other.date.day is None \
                or not other.local[:4].isdigit() or len(other.local) < 10:
            continue
        try:
            day = _day_written(other)
        except ValueError:
            continue
        written = written or day == actual
        if (day.year, day.month) == (actual.year, actual.month) and day.weekday() == weekday \
                and other.date.weekday in (None, weekday) \
                and (found is None or abs(day - actual) < abs(found[0] - actual)):
            # (not "Monday, May 14th" beside "Sunday, May 13th" in 2023: both weekdays
            # slipped the same way, which says nothing of the day's number)
            found = (day, other.line)
    if found is not None and written and abs(found[0] - actual) > dt.timedelta(days=1):
        return None
    return found


def _year_it_fits(actual: dt.date, weekday: int) -> int | None:
    """The year before or after `actual`'s in which its month and day fall on `weekday`."""
    for year in (actual.year - 1, actual.year + 1):
        try:
            if actual.replace(year=year).weekday() == weekday:
                return year
        except ValueError:  # February 29
            continue
    return None


# "Monday-", "Mon to ", "Monday through ": a weekday that opens a range of weekdays
WEEKDAY_RANGE_OPENS = LazyPattern(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?[ \t]*+"
                                  r"(?:[-–—]|to|through|thru|until)[ \t]*+$", re.IGNORECASE)


def _ends_a_weekday_range(ctx: Context, event: Event) -> bool:
    """The weekday closes a range of weekdays written before a range of dates ("Monday-Friday
    October 16-20, 2023"): it is the last date's weekday, and it is."""
    date = event.date
    if event.part != "range-start" or date is None or not ctx.timeline.lines:
        return False
    row = ctx.timeline.lines[event.line - 1]
    at = row.find(date.written, max(0, event.column - 1))
    if at < 0 or WEEKDAY_RANGE_OPENS.search(row, max(0, at - 16), at) is None:
        return False
    end = next((e for e in ctx.analysis.on_line(event.line)
                if e.part == "range-end" and e.column > event.column), None)
    return end is not None and end.local[:4].isdigit() \
        and dt.date.fromisoformat(end.local[:10]).weekday() == date.weekday


def _year_source(ctx: Context, event: Event) -> str:
    """Where the unwritten year came from, in the words a reviewer checks it by: a line that
    took its own date from --reference is followed back to it."""
    by_line = {e.line: e for e in reversed(ctx.timeline.events)}
    through: int | None = None  # the first line the year was carried from
    current, seen = event, set[int]()
    while True:
        step = next((p for p in current.provenance if p.what == "year"), None) or next(
            (p for p in current.provenance if p.what == "date"), None)
        if step is not None and step.how == "reference" and step.line is None:
            return "from --reference" + (f", through line {through}" if through else "")
        if step is None or step.line is None or step.line in seen or step.line not in by_line:
            return f"from line {through}" if through else "from the document"
        seen.add(step.line)
        through = through or step.line
        current = by_line[step.line]


def _fits_as_written(date: DateParts) -> bool:
    """The weekday fits the date as written, with its month named and its year: the event
    took another day from it ("Between 07:05am and 12:43am UTC on Wednesday, January 25":
    the start read as the evening before), and the weekday is the written date's."""
    if date.numeric is not None or None in (date.year, date.month, date.day):
        return False
    try:
        written = dt.date(date.year, date.month, date.day)  # type: ignore[arg-type]
    except ValueError:
        return False  # "Feb 30": invalid-time's
    return written.weekday() == date.weekday


def _shown(written: str) -> str:
    """A date as quoted in a message: a weekday in parentheses whose words go on ("October
    5, 2025 (Saturday morning ...)") is shown with its parenthesis closed."""
    return written + " …)" if "(" in written and not written.endswith(")") else written


def _weekday_fix(ctx: Context, event: Event, wrong: str, right: str) -> Replacement | None:
    """Replace the written weekday word ("Monday" or "Mon") with the right one, before the
    date or in parentheses after it ("October 5, 2025 (Saturday)")."""
    if not ctx.timeline.lines or event.date is None:
        return None
    row = ctx.timeline.lines[event.line - 1]
    written = event.date.written
    start = row.find(written, event.column - 1)
    if start < 0:
        return None
    lower = written.lower()
    for at in dict.fromkeys((0, lower.rfind("(") + 1)):
        for word in (wrong, wrong[:3]):
            if lower.startswith(word.lower(), at):
                text = right if len(word) > 3 else right[:3]
                return Replacement(event.line, start + at + 1, start + at + 1 + len(word), text)
    return None


RULE = Rule(code="PM103", name="weekday-mismatch", severity="error",
            summary="A weekday that does not match its date.", check=check,
            lowered=("warning",), doc=__doc__ or "")
