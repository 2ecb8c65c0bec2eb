"""A log's records of its incidents, and an overview that lists them by date and length.

A status log may keep, for each incident, a record of fields a few lines together
("start: 2022-03-26T03:00:00", "stop: 2022-03-26T08:00:00", "length: 5.0 hours"), and above
the incidents an overview listing each one by the day it began and how long it lasted
("- 2022-03-26 (5 hours): file-system hang"). An occurrence listed there is the record of
that day and length: rules compare the two (a listed length no record of that day has, a
listed day no record of that length starts on).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pmlint.timeline.durations import UNIT_SECONDS, scan_durations
from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.model import Event, StatedDuration, Timeline
from pmlint.timeline.phases import FIELD_PHASES

RECORD_LINES = 6  # how many lines one record's start, end and length fields may span
# a length's unit is a rounding: "3 hours" is honest to 15 minutes
UNIT_ROUNDING = {"second": 5, "minute": 60, "hour": 15 * 60, "day": 12 * 3600,
                 "week": 84 * 3600}


@dataclass(frozen=True)
class Record:
    """One incident's record: its start field, and the end and length fields below it."""

    start: Event
    end: Event | None
    length: StatedDuration | None

    @property
    def day(self) -> str:
        return self.start.local[:10]

    def lengths(self) -> list[float]:
        """The lengths the record gives, in seconds: its length field's, its window's."""
        found = [float(self.length.seconds)] if self.length is not None else []
        if self.end is not None and self.start.at is not None and self.end.at is not None:
            found.append((self.end.at - self.start.at).total_seconds())
        return found


@dataclass(frozen=True)
class Occurrence:
    """An overview's line listing one incident: its day and length ("2022-03-26 (5 hours)")."""

    line: int
    column: int  # 1-based, of the length
    day: str
    written: str
    seconds: int
    unit: str


@lru_cache(maxsize=1)  # asked by two rules of one document (timelines hash by identity)
def records(timeline: Timeline) -> tuple[Record, ...]:
    """Every record of the document, a start field with an end or a length field within a few
    lines below it; empty unless there are two (a log)."""
    found = _records(timeline, True)
    return found if len(found) > 1 else ()


def record_of(timeline: Timeline, length: StatedDuration) -> Record | None:
    """The record whose length field `length` is ("Started: ...", "Finished: ...",
    "Duration of incident: 13h 59m"), in a log or a report of one incident."""
    return next((r for r in _records(timeline, False) if r.length is length), None)


@lru_cache(maxsize=2)
def _records(timeline: Timeline, zoned: bool) -> tuple[Record, ...]:
    """The records, of fields whose instants are known (`zoned`) or of any with a clock."""
    fields = [e for e in timeline.events if e.source == "summary" and e.kind == "field"
              and (e.at is not None or not zoned) and e.clock is not None]
    length_lines = {f.line for f in timeline.fields if f.name == "duration"}
    found: list[Record] = []
    for start in fields:
        if FIELD_PHASES.get(start.field_name or "") != "start":
            continue
        end = next((e for e in fields if start.line < e.line < start.line + RECORD_LINES
                    and FIELD_PHASES.get(e.field_name or "") in ("end", "resolution")), None)
        length = next((d for d in timeline.durations if d.line in length_lines
                       and start.line < d.line < start.line + RECORD_LINES), None)
        if end is not None and length is not None:
            found.append(Record(start, end, length))
    return tuple(found)


# "  - 2022-03-26 (5 hours): ...", "  1. 2024-06-17 -- 2024-06-18 (32.0 hours)"
OCCURRENCE = LazyPattern(r"[ \t]*+(?:[-*+]|\d{1,3}\.)[ \t]++(?P<day>\d{4}-\d{2}-\d{2})"
                         r"(?:[ \t]*+(?:--|-|–)[ \t]*+\d{4}-\d{2}-\d{2})?[ \t]*+"
                         r"\((?P<length>[^()\n]{1,40})\)")


def occurrences(timeline: Timeline) -> list[Occurrence]:
    """The overview's occurrences above a log's first record, each a listed day with a length
    alone in its parentheses (not "(up to 14 days)", "(~500 hours)", "(112 hours;
    excluding the maintenance)", which are no one incident's length)."""
    found_records = records(timeline)
    if not found_records:
        return []
    first = min(r.start.line for r in found_records)
    found: list[Occurrence] = []
    for number, line in enumerate(timeline.lines[:first - 1], start=1):
        m = OCCURRENCE.match(line)
        if m is None:
            continue
        text = m.group("length")
        lengths = scan_durations(text, in_duration_field=True)
        if len(lengths) != 1 or lengths[0].approximate or text[:lengths[0].start].strip() \
                or text[lengths[0].end:].strip():
            continue
        length = lengths[0]
        found.append(Occurrence(number, m.start("length") + length.start + 1, m.group("day"),
                                length.written, length.seconds, length.unit))
    return found


LENGTH_NUMBER = LazyPattern(r"\d++(?:[.,](?P<decimals>\d++))?")


def last_digit(written: str, unit: str) -> float:
    """How far a length worked out from times may stray, in seconds: its last written digit
    ("447.25 hours": a hundredth of an hour; "210 hours", "65.0 hours": an hour, a zero
    after the point being a format's, no measure), at least the unit's rounding."""
    m = LENGTH_NUMBER.search(written)
    decimals = len((m.group("decimals") or "").rstrip("0")) if m is not None else 0
    return max(UNIT_ROUNDING[unit], UNIT_SECONDS[unit] / 10 ** decimals)


def fits(occurrence: Occurrence, record: Record) -> bool:
    """The record gives the occurrence's length, less than one of the occurrence's last
    digits off ("8 hours" is a record of 7 h 55 min, not one of 9 hours)."""
    tolerance = last_digit(occurrence.written, occurrence.unit)
    return any(abs(length - occurrence.seconds) < tolerance for length in record.lengths())
