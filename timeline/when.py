"""How pmlint reads one expression: the answer to a reviewer's "what did you make of this?"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from pmlint.timeline.extract import Extraction
from pmlint.timeline.lexer import scan
from pmlint.timeline.model import Event, RawEntry
from pmlint.timeline.normalise import Options, resolve
from pmlint.timeline.provenance import Inference


@dataclass(frozen=True)
class Reading:
    text: str
    start: Event
    end: Event | None
    also: tuple[str, ...]  # other expressions in the text, not read

    @property
    def grain(self) -> str:
        return self.start.grain


# Relative expressions, read against --reference by rewriting them as the absolute text they
# stand for ("yesterday at 5pm" -> "2020-02-29 at 5pm") and reading that. Conventions as most
# of the peers' suites have them: a bare or "this" weekday is its next day after the
# reference, "next" one is in the following week, "last" one the latest before the reference.
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                 "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12,
                 "fifteen": 15, "twenty": 20, "thirty": 30, "forty-five": 45, "couple of": 2}
_UNIT_SECONDS = {"second": 1, "sec": 1, "minute": 60, "min": 60, "hour": 3600, "hr": 3600,
                 "day": 86400, "week": 604800}
_DAY_WORDS = {"the day before yesterday": -2, "day before yesterday": -2, "yesterday": -1,
              "today": 0, "tonight": 0, "tomorrow": 1, "the day after tomorrow": 2,
              "day after tomorrow": 2}
RELATIVE_DAY_RE = re.compile(
    r"(?<![A-Za-z])(?P<word>(?:the[ ])?day[ ]before[ ]yesterday|(?:the[ ])?day[ ]after[ ]tomorrow"
    r"|yesterday|today|tonight|tomorrow)(?![A-Za-z])", re.IGNORECASE)
WEEKDAY_RE = re.compile(
    r"(?<![A-Za-z])(?:(?P<dir>last|next|this|coming|past|on)[ ])?"
    r"(?P<wd>mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|t|r|rs)?\.?"
    r"(?![A-Za-z])", re.IGNORECASE)
SPAN_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:(?P<in>in|within)[ ])?(?P<n>\d{1,4}|an?|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty-five|couple[ ]of)[ ]"
    r"(?P<unit>sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week)s?(?![A-Za-z])"
    r"(?:[ ](?P<dir>ago|earlier|before|later|after|from[ ]now|hence))?", re.IGNORECASE)
NOW_RE = re.compile(r"(?<![A-Za-z])(?:just[ ]|right[ ])?now(?![A-Za-z])", re.IGNORECASE)


def _relative(line: str, ref: dt.date | dt.datetime) -> tuple[str, tuple[str, str]] | None:
    """`line` with its relative phrase replaced by the absolute text it means, and a note."""
    base = ref if isinstance(ref, dt.datetime) else dt.datetime.combine(ref, dt.time())
    m = SPAN_RE.search(line)
    if m and (m.group("in") or m.group("dir")):
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else _NUMBER_WORDS[n.replace("  ", " ")]
        unit = m.group("unit").lower()
        unit = "hr" if unit in ("hr", "hour") else unit[:3] if unit.startswith(("sec", "min")) \
            else unit
        delta = dt.timedelta(seconds=count * _UNIT_SECONDS[unit])
        back = (m.group("dir") or "").lower() in ("ago", "earlier", "before")
        moment = base - delta if back else base + delta
        shown = moment.isoformat(timespec="seconds" if unit == "sec" else "minutes")
        if unit in ("day", "week") and not isinstance(ref, dt.datetime):
            shown = moment.date().isoformat()
        return line[:m.start()] + shown + line[m.end():], (m.group(0), shown)
    m = RELATIVE_DAY_RE.search(line)
    if m:
        day = base.date() + dt.timedelta(days=_DAY_WORDS[m.group("word").lower()])
        rest = line[m.end():]
        if m.group("word").lower() == "tonight" and not scan(rest):
            rest = " 21:00" + rest
        return line[:m.start()] + day.isoformat() + rest, (m.group(0), day.isoformat())
    m = WEEKDAY_RE.search(line)
    if m and not scan(line[m.end():m.end() + 4]):  # "Monday 3 May" is a dated weekday
        wanted = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].index(m.group("wd")[:3].lower())
        today = base.date()
        word = (m.group("dir") or "").lower()
        if word == "next":
            day = today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=7 + wanted)
        elif word in ("last", "past"):
            day = today - dt.timedelta(days=(today.weekday() - wanted - 1) % 7 + 1)
        else:
            day = today + dt.timedelta(days=(wanted - today.weekday() - 1) % 7 + 1)
        return line[:m.start()] + day.isoformat() + line[m.end():], (m.group(0), day.isoformat())
    m = NOW_RE.search(line)
    if m and isinstance(ref, dt.datetime):
        now = base.isoformat(timespec="minutes")
        return line[:m.start()] + now + line[m.end():], (m.group(0), now)
    return None


def read_expression(text: str, options: Options = Options()) -> Reading | None:
    """The first time expression in `text` (with its range end), or None; a relative one
    ("yesterday at 5pm", "2 hours ago", "next Friday") against --reference."""
    line = " ".join(text.split())
    plain = _read(line, options)
    if options.reference is None or (plain is not None and plain.start.date is not None):
        return plain  # a written date wins over any relative word beside it
    rewritten = _relative(line, options.reference)
    if rewritten is not None:
        reading = _read(rewritten[0], options)
        if reading is not None:
            phrase, value = rewritten[1]
            note = Inference("date", "reference", subject=phrase, value=value)
            start = replace(reading.start, provenance=(*reading.start.provenance, note),
                            written=reading.start.written.replace(value, phrase, 1))
            return replace(reading, text=line, start=start)
    return plain


def _read(line: str, options: Options) -> Reading | None:
    exprs = scan(line)
    if not exprs:
        return None
    first = exprs[0]
    raws = [RawEntry(line=1, column=first.start + 1, expr=first, text=line, source="summary",
                     kind="prose", part="range-start" if first.range_end else "single")]
    if first.range_end is not None:
        end = first.range_end
        raws.append(RawEntry(line=1, column=end.start + 1, expr=end, text=line,
                             source="summary", kind="prose", part="range-end"))
    ref = options.reference
    ref_date = ref.date() if isinstance(ref, dt.datetime) else ref
    timeline = resolve(Extraction((line,), tuple(raws), (), (), None), "<text>",
                       replace(options, reference=ref_date))
    events = list(timeline.events)
    if isinstance(ref, dt.datetime) and first.date is None and events[0].at is not None:
        events = _not_before(events, ref)
    also = tuple(e.written for e in exprs[1:])
    return Reading(line, events[0], events[1] if len(events) > 1 else None, also)


def _not_before(events: list[Event], ref: dt.datetime) -> list[Event]:
    """A time without a date is its first occurrence at or after the reference."""
    start = events[0]
    assert start.at is not None
    ref_aware = ref if ref.tzinfo is not None else ref.replace(tzinfo=start.at.tzinfo)
    if start.at >= ref_aware:
        return events
    note = Inference("day", "reference", subject=start.written, origin=ref.isoformat(), days=1)
    return [_shift_day(e, note) for e in events]


def _shift_day(event: Event, note: Inference) -> Event:
    at = event.at.add(days=1) if event.at is not None else None
    local = at.strftime("%Y-%m-%dT%H:%M") if at is not None else event.local
    if at is not None and event.clock is not None and event.clock.second is not None:
        local += at.strftime(":%S")
    return replace(event, at=at, local=local, provenance=(*event.provenance, note))


def shown_instant(shown: dict[str, object], event: Event) -> object:
    """What `pmlint when` prints for one end: the instant, the wall clock, or why there is
    neither. A day without its month ("Monday the 22nd") is a day whose month was not given,
    not an invalid time."""
    if shown["at"] or shown["local"]:
        return shown["at"] or shown["local"]
    month_missing = event.date is not None and event.date.month is None \
        and not event.date.oddities and not event.impossible
    return "no month given" if month_missing else "not a valid time"
