"""invalid-time: a time or date that cannot exist, or is written in an impossible form.

Flags hours and minutes that do not exist (`25:10`), dates that do not exist (`Feb 30`),
implausible years (`20202`), template placeholders left in (`HH:mm`), and odd forms that
mix the 24-hour clock with AM/PM (`13:20pm`, `00:00 AM`). The odd forms are still read as
the author evidently meant, so they are warnings, one per habit (the first, with the lines
that repeat it); the impossible ones are errors. A placeholder the entry says is unknown on
purpose ("2X:XX (not sure of the exact time)") is only a note, and so is an hour written
with its minute left unknown ("22:XX"): a template leaves the hour blank too ("HH:mm"). A
date whose time is left as a placeholder in a timeline where that is the habit (most of its
dated entries read "2022-06-02 HH:mm") says the time of day is not known: one note. A
value quoted in an inline code span in the prose ("`0001/01/01`") is code's, not the
author's; so is an impossible date in a sentence of prose that tells of a faulty value
("trying to set the certificates to expire on February 30th" in a leap year). A full date
whose year stands years apart from the dates written around it, one digit off theirs ("16
May 2002" between dates of 2022), is a warning that asks whether that year was meant: a
date of long ago may be told on purpose. A wall-clock time the zone skips when its clocks go
forward ("02:30" on the night US Eastern goes from 02:00 to 03:00) exists at no moment: a
warning, with the reading pmlint chose.

Fails::

    - 25:10 UTC: alert fired
    - 13:20pm: rollback started

Passes::

    - 01:10 UTC: alert fired
    - 1:20 PM: rollback started
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from pmlint.checks.base import Problem, Replacement, Rule
from pmlint.checks.context import Context
from pmlint.checks.words import end_of
from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.model import Clock, Event
from pmlint.timeline.provenance import skipped_by_the_clocks

# "2X:XX (not sure of the exact time)": an unknown time the author admits is not a leftover.
UNKNOWN_ON_PURPOSE = LazyPattern(
    r"not sure|unsure|unknown|uncertain|exact time|to be determined|\btbd\b|don't know"
    r"|do not know|not recorded")


def check(ctx: Context) -> Iterator[Problem]:
    odd_forms: dict[str, list[Problem]] = {}  # one habit, one finding: "13:20PM" throughout
    dates: set[tuple[int, str]] = set()
    for problem in _each(ctx, odd_forms):
        if "is not a valid date" in problem.message:
            # "from 16:05 to 16:20 on 31/04/2025": both ends carry the one written date
            if (problem.line, problem.message) in dates:
                continue
            dates.add((problem.line, problem.message))
        yield problem
    yield from _year_slips(ctx)
    yield from _skipped_by_the_clocks(ctx)
    _odd_forms_in_text(ctx, odd_forms)
    for found in odd_forms.values():
        first, rest = found[0], sorted({p.line for p in found[1:]} - {found[0].line})
        fixes = [p.fix for p in found if p.fix is not None]
        if fixes and first.fix is not None:  # the habit is fixed everywhere, or not at all
            first = replace(first, fix=replace(first.fix, also=tuple(fixes[1:])))
        elif first.fix is not None:
            first = replace(first, fix=None)
        if rest:
            lines = ", ".join(str(n) for n in rest)
            first = replace(first, message=f"{first.message}; the same on line"
                                           f"{'s' if len(rest) > 1 else ''} {lines}")
        yield first


def _skipped_by_the_clocks(ctx: Context) -> Iterator[Problem]:
    """A wall-clock time the zone skipped that night ("02:30" on the day US Eastern goes
    from 02:00 to 03:00): no moment has it, so pmlint's reading (the hour after) is a
    guess; one warning per entry, the writer knows which clock was meant."""
    for event in ctx.timeline.events:
        gap = skipped_by_the_clocks(event.provenance)
        if gap is None:
            continue
        yield Problem(event.line, event.column,
                      f"{gap.subject} does not exist on {gap.value} in {gap.origin}: the "
                      f"clocks went forward that night; pmlint read it as {gap.other}",
                      severity="warning",
                      suggestion="write the time with its UTC offset, or in UTC")


def _in_code_span(ctx: Context, event: Event) -> bool:
    """A summary time inside an inline code span ("`DateTime.MinValue` (`0001/01/01
    00:00:00`)"): a value quoted from code or a log, not a time the author states."""
    lines = ctx.timeline.lines
    if event.source != "summary" or not 0 < event.line <= len(lines):
        return False
    row = lines[event.line - 1]
    if "`" not in row:
        return False
    before = row[:max(0, event.column - 1)]
    return before.count("`") % 2 == 1


def _known_hour(written: str) -> int | None:
    """The hour of a placeholder whose hour is written in digits ("22:XX" gives 22), or None
    ("HH:mm", "XX:XX", "2X:XX": the hour is left blank as well)."""
    hour, _, minute = written.strip().partition(":")
    return int(hour) if hour.isdigit() and minute.upper() in ("XX", "??", "--") else None


BLANK_RUN = 3  # dated entries with a blank time that make a habit, not a slip


def _blank_clock_on_a_date(event: Event) -> bool:
    """An entry with a full date and a time left blank, hour and all ("2022-06-02 HH:mm")."""
    clock, date = event.clock, event.date
    return event.kind == "entry" and clock is not None and clock.placeholder \
        and _known_hour(clock.written) is None and date is not None \
        and date.day is not None and date.month is not None


def _dated_blank_habit(ctx: Context) -> frozenset[int]:
    """Lines of entries that give a date and leave the time blank, when that is how the
    timeline is written: at least three such entries, and no fewer than the entries with a
    time. A story told over months by date ("2021-09-10 HH:mm | Traefik v2 went live") does
    not know its times; one blank among timed entries is a slot not filled in."""
    entries = [e for e in ctx.timeline.events if e.kind == "entry" and e.clock is not None]
    blank = [e for e in entries if _blank_clock_on_a_date(e)]
    if len(blank) < BLANK_RUN or 2 * len(blank) < len(entries):
        return frozenset()
    return frozenset(e.line for e in blank)


def _each(ctx: Context, odd_forms: dict[str, list[Problem]]) -> Iterator[Problem]:
    habit = _dated_blank_habit(ctx)
    for event in ctx.timeline.events:
        clock, date = event.clock, event.date
        if (clock is None or not (clock.placeholder or clock.oddities)) \
                and not event.impossible and (date is None or not date.oddities):
            continue  # a well-formed time and date: nothing below to report
        if _in_code_span(ctx, event):
            continue
        if event.part == "range-end" and event.clock is None and event.date is None:
            continue
        _, end = end_of(event)
        if clock is not None and clock.placeholder:
            if event.kind == "prose":
                continue  # "times are written as HH:mm" describes the format, fills no slot
            if UNKNOWN_ON_PURPOSE.search(event.text.lower()):
                yield Problem(event.line, event.column, f"{event.written}: the time is left "
                              "unknown, as the entry says", end_column=end, severity="info",
                              suggestion="write the time if it can be found (logs, chat)")
                continue
            if event.line in habit and _blank_clock_on_a_date(event):
                odd_forms.setdefault("dated-blank", []).append(Problem(
                    event.line, event.column, f"{event.written}: the date is given and the "
                    "time of day left blank; the entry is placed by its date", end_column=end,
                    severity="info", suggestion="write the time if it can be found (logs, chat)"))
                continue
            hour = _known_hour(clock.written)
            if hour is not None and hour <= 23:
                # "22:XX", "23:XX" in a run of entries: the author gives the hour and marks
                # the minute unknown; a template leaves the hour blank too ("HH:mm", "XX:XX")
                yield Problem(event.line, event.column, f"{clock.written}: the minute is left "
                              "unknown", end_column=end, severity="info",
                              suggestion="write the minute if it can be found (logs, chat)")
                continue
            if hour is not None:
                yield Problem(event.line, event.column, f"{clock.written} is not a time: hour "
                              f"{hour} does not exist, and the minute is left unknown",
                              end_column=end, suggestion="write the time the event happened")
                continue
            yield Problem(event.line, event.column, f"{event.written} is a template "
                          "placeholder, not a time", end_column=end,
                          suggestion="write the time the event happened")
            continue
        if clock is not None and _bare_pair_in_prose(event):
            continue  # "the ratio rose to 25:10": a bare pair in running text is not a time
        if clock is not None:
            impossible = any("does not exist" in o for o in clock.oddities)
            for oddity in clock.oddities:
                if "does not exist" in oddity:
                    yield Problem(event.line, event.column,
                                  f"{clock.written} is not a time: {oddity}", end_column=end)
                elif ("with PM" in oddity or "with AM" in oddity) and not impossible:
                    kind = "24-hour" if "24-hour" in oddity else "hour 00"
                    odd_forms.setdefault(kind, []).append(
                        Problem(event.line, event.column, _odd_form(clock.written, oddity),
                                end_column=end, suggestion=_odd_fix(clock), severity="warning",
                                fix=_drop_meridiem(ctx, event)))
        if not event.impossible and (date is None or not date.oddities):
            continue  # nothing below to report (the sentence's words are then not read)
        if _faulty_value_told(event):
            continue  # the bug's impossible value, told as such: not the author's date
        for reason in event.impossible:
            yield Problem(event.line, event.column, f"{event.written} is not a valid date: "
                          f"{reason}", end_column=end,
                          suggestion="write the full date the event happened")
        if date is not None:
            for oddity in date.oddities:
                yield Problem(event.line, event.column,
                              f"{date.written} is not a valid date: {oddity}",
                              end_column=end, suggestion=_year_fix(date.year, oddity))


# "18:40 PM", "13:20pm": a 24-hour clock with a meridiem, however the line is read. The
# match opens at the colon, the hour checked behind it: a pattern opening with a literal is
# searched by skipping ahead to each colon, where one opening with the hour's digits was
# tried at every "1" and "2" of the document. No other lookbehind: the character before the
# hour is checked by _has_odd_24_hour.
ODD_24_HOUR = LazyPattern(r":(?<=(?:1[3-9]|2[0-3]):)[0-5]\d[ ]?[AaPp]\.?[Mm](?![A-Za-z])")
HOUR_DIGITS = 2  # the hour before a match's colon


def _has_odd_24_hour(text: str) -> bool:
    """Whether the line holds an afternoon hour with AM/PM ("18:40 PM"), not the end of a
    longer number ("118:40 pm", "1.18:40 pm")."""
    return any(m.start() == HOUR_DIGITS or text[m.start() - HOUR_DIGITS - 1] not in "0123456789:."
               for m in ODD_24_HOUR.finditer(text))


def _odd_forms_in_text(ctx: Context, odd_forms: dict[str, list[Problem]]) -> None:
    """"Cloudflare lifted the block at 18:40 PM UTC": the habit in the running text of an
    entry, which is read as the entry's words, not as a time of its own. Not in code."""
    # no match can span lines, so one search of the whole document tells whether any line
    # holds the habit: most documents hold none, and their lines are not searched one by one
    lines = ctx.timeline.lines if _has_odd_24_hour(ctx.analysis.text) else ()
    read = {(e.line, e.column) for e in ctx.timeline.events} if lines else set()
    for number, text in enumerate(lines, start=1):
        if number in ctx.timeline.code_lines or not _has_odd_24_hour(text):
            continue
        for expr in ctx.analysis.scanned(number):
            clock = expr.clock
            if clock is None or (number, expr.start + 1) in read \
                    or text[:expr.start].count("`") % 2 == 1:
                continue
            oddity = next((o for o in clock.oddities if "24-hour" in o), None)
            if oddity is None or any("does not exist" in o for o in clock.oddities):
                continue
            start = text.find(clock.written, expr.start)
            column = (start if start >= 0 else expr.start) + 1
            odd_forms.setdefault("24-hour", []).append(
                Problem(number, column, _odd_form(clock.written, oddity),
                        end_column=column + len(clock.written), suggestion=_odd_fix(clock),
                        severity="warning", fix=_drop_meridiem_at(ctx, number, column, clock)))
    for found in odd_forms.values():
        found.sort(key=lambda p: (p.line, p.column))


YEAR_SLIP_MIN_APART = 5  # years between a slipped year and the dates around it
YEAR_SLIP_MIN_DATES = 5  # full dates the document must write for their years to say much


def _year_slips(ctx: Context) -> Iterator[Problem]:
    """A full date whose year is one digit off the year of the full dates before and after
    it, and years apart from every other date written: "16 May 2002" between "3 May 2022"
    and "28 April 2022", in a document of 2021 and 2022."""
    dated = [e for e in ctx.timeline.events if e.date is not None and e.date.year is not None
             and e.date.month is not None and e.date.day is not None
             and not e.date.oddities and not _in_code_span(ctx, e)]
    if len(dated) < YEAR_SLIP_MIN_DATES:
        return
    years = [e.date.year for e in dated if e.date is not None and e.date.year is not None]
    counts = Counter(years)
    for n, event in enumerate(dated):
        year = years[n]
        around = set(years[max(0, n - 1):n] + years[n + 1:n + 2])
        if len(around) != 1:
            continue
        near = around.pop()
        if abs(year - near) < YEAR_SLIP_MIN_APART or not _one_digit_off(year, near) \
                or counts[year] > 1 or any(abs(other - year) < YEAR_SLIP_MIN_APART
                                           for other in counts if other != year):
            continue
        assert event.date is not None
        _, end = end_of(event)
        yield Problem(event.line, event.column,
                      f"{event.date.written}: the year {year} is {abs(near - year)} years from "
                      f"the dates written around it ({near}) and from every other date here; "
                      f"if {near} was meant, the year is mistyped",
                      end_column=end, severity="warning",
                      suggestion=f"write {near} if that is the year the event happened")


def _one_digit_off(year: int, other: int) -> bool:
    a, b = str(year), str(other)
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


# "It was trying to set the certificates to expire on February 30th": the sentence tells of
# a value some system computed, impossible on purpose; the author writes no date of theirs
FAULTY_VALUE = LazyPattern(
    r"leap[ \t-]?(?:year|day)|\b(?:invalid|impossible|non-?existent)\b"
    r"|does(?:n't| not) exist|\b(?:tried|trying|attempted|attempting) to\b")


def _faulty_value_told(event: Event) -> bool:
    """An impossible date in the prose of a sentence that tells of a faulty computed value."""
    return event.kind == "prose" and event.clock is None \
        and FAULTY_VALUE.search(event.text.lower()) is not None


def _bare_pair_in_prose(event: Event) -> bool:
    """Only a timeline entry or field is surely a time; a prose pair needs a zone, a date
    or a meridiem beside it to be judged as one."""
    clock = event.clock
    return (event.kind == "prose" and clock is not None and clock.meridiem is None
            and event.date is None and event.written.strip() == clock.written)


def _odd_form(written: str, oddity: str) -> str:
    if "24-hour" in oddity:
        return f"{written} mixes a 24-hour time with {written[-2:].upper()}"
    return f"{written} has hour 00 with a meridiem; 12-hour clocks have no hour 00"


def _odd_fix(clock: object) -> str:
    from pmlint.timeline.model import Clock

    assert isinstance(clock, Clock)
    hour12 = clock.hour % 12 or 12
    meridiem = "AM" if clock.hour < 12 else "PM"
    return (f"write {hour12}:{clock.minute:02d} {meridiem} or "
            f"{clock.hour:02d}:{clock.minute:02d}")


def _drop_meridiem(ctx: Context, event: Event) -> Replacement | None:
    """"13:20pm" -> "13:20", "00:30 AM" -> "00:30": only where the meridiem agrees with the
    24-hour reading (a 13:20 AM or a 00:30 PM says two things, and a fix would pick one)."""
    return _drop_meridiem_at(ctx, event.line, event.column, event.clock)


def _drop_meridiem_at(ctx: Context, line: int, column: int, clock: Clock | None
                      ) -> Replacement | None:
    if clock is None or clock.meridiem is None or not ctx.timeline.lines:
        return None
    if not ((clock.hour >= 13 and clock.meridiem == "pm")
            or (clock.hour == 0 and clock.meridiem == "am")):
        return None
    written = clock.written
    digits = len(written) - len(written.lstrip("0123456789:."))
    kept = written[:digits].rstrip(".")
    rest = written[digits:].strip().lower().replace(".", "")
    if rest not in ("am", "pm") or ":" not in kept:
        return None
    row = ctx.timeline.lines[line - 1]
    start = row.find(written, column - 1)
    if start < 0:
        return None
    return Replacement(line, start + 1, start + 1 + len(written), kept)


def _year_fix(year: int | None, oddity: str) -> str | None:
    if year is None or "year" not in oddity:
        return None
    text = str(year)
    shorter = [text[:i] + text[i + 1:] for i in range(len(text))] if len(text) > 4 else []
    options = sorted({int(t) for t in shorter if 1970 <= int(t) <= 2199})
    return ("did you mean " + " or ".join(str(o) for o in options) + "?") if options else None


RULE = Rule(code="PM101", name="invalid-time", severity="error",
            summary="A time or date that cannot exist, or an impossible form such as 13:20pm.",
            check=check, lowered=("warning", "info"), doc=__doc__ or "")
