"""The data pmlint works on: what was written, where, and what it resolved to.

Three layers, each a frozen dataclass: `TimeExpr` (a time expression as lexed from one
line), `RawEntry` (an expression placed in the document's structure: a timeline entry,
a header field, summary prose) and `Event` (a RawEntry resolved to an instant, with the
steps beyond the line that got it there, its
`provenance`). Columns and lines are 1-based.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from pmlint.timeline.frozen import quick_init

if TYPE_CHECKING:
    import pendulum

    from pmlint.timeline.locator import SourceMap
    from pmlint.timeline.provenance import Inference
    from pmlint.timeline.zones import Zone

Phase = Literal[
    "start", "trigger", "detection", "acknowledgement", "escalation",
    "mitigation", "resolution", "end", "other",
]
PHASES: tuple[Phase, ...] = (
    "start", "trigger", "detection", "acknowledgement", "escalation",
    "mitigation", "resolution", "end", "other",
)
# The phases an incident's metrics are anchored on, in the order they happen (incident.py);
# here, so that a rule ordering them does not import the metrics to read it
PHASE_ORDER = ("start", "detection", "acknowledgement", "escalation", "mitigation",
               "resolution", "end")
Source = Literal["timeline", "summary"]
Kind = Literal["entry", "field", "prose"]
Part = Literal["single", "range-start", "range-end"]


@quick_init
@dataclass(frozen=True, slots=True, init=False)
class Clock:
    """A wall-clock time as written. `hour` is already on the 24-hour clock."""

    hour: int
    minute: int
    second: int | None
    meridiem: Literal["am", "pm"] | None
    written: str
    oddities: tuple[str, ...] = ()  # "13:20pm", "00:00 AM", "hour 25": for invalid-time
    placeholder: bool = False  # a template's "HH:mm" left in


@quick_init
@dataclass(frozen=True, slots=True, init=False)
class DateParts:
    """A calendar date as written; any part may be missing ("Jun 13", "on the 11th")."""

    year: int | None
    month: int | None
    day: int | None
    weekday: int | None  # 0 = Monday, as written beside the date
    written: str
    numeric: tuple[int, int] | None = None  # (first, second) of 6/9/22, for day-first logic
    oddities: tuple[str, ...] = ()  # "year 20202", "Feb 30"
    # a day range sharing the month ("March 3-5"): the end's span in the line, and its date
    range_end: tuple[int, int, DateParts] | None = field(default=None, compare=False)
    # the weekday told apart from the date in its sentence ("On 20th October ... it was a
    # Friday"), not written beside it
    weekday_apart: bool = False
    # the calendar the date was written in, where not the Gregorian one ("Solar Hijri":
    # "1404/08/27" is 2025-11-18); year, month and day are the Gregorian date's
    calendar: str = ""


@quick_init
@dataclass(frozen=True, slots=True, init=False)
class TimeExpr:
    """One time expression on one line: a date, a clock time and a zone, any may be absent."""

    start: int  # 0-based offset in the line
    end: int
    written: str
    date: DateParts | None
    clock: Clock | None
    zone: Zone | None
    zone_written: str | None = None
    approximate: bool = False
    range_end: TimeExpr | None = None  # "from 9:00 to 11:30": the 11:30
    inherited: tuple[str, ...] = ()  # what a range end borrowed from its start ("pm", "date")
    day_shift: int = 0  # "23:29 (previous day)": -1; "00:10 (next day)": +1

    @property
    def grain(self) -> str:
        if self.clock is None:
            return "day"
        return "second" if self.clock.second is not None else "minute"


@quick_init
@dataclass(frozen=True, eq=False, slots=True, init=False)
class RawEntry:
    """A time expression in its place in the document, before resolution."""

    line: int
    column: int
    expr: TimeExpr
    text: str  # the event's words (for a field: the field name and value)
    source: Source
    kind: Kind
    part: Part = "single"
    field_name: str | None = None  # normalised header field name ("start time")
    section: str | None = None  # nearest heading or label above
    scope: str | None = None  # the heading-level section, for ordering comparisons
    context: str = ""  # words just before the expression, for prose phase
    own_context: str | None = None  # words since the previous time on the line, if any
    own_only: bool = False  # own_context alone says the phase (the earlier time's clause)
    own_after: bool = False  # own_context is the words after the time ("By 10:40 it was up")
    section_zone: Zone | None = None  # "Timeline (all times UTC)"
    block: int = 0  # which list/table/run of entries this belongs to
    aftermath: bool = False  # under "Recurrence", "Prevention": told after this incident
    # a window its words set aside as not the incident's: a planned maintenance ("maintenance
    # scheduled for: Start: ..."), a false recovery ("between 22:20 and 22:24, where we
    # thought it was resolved"); or a time told within a timeline entry's own words, whose
    # step the entry tells
    aside: bool = False


@dataclass(frozen=True, eq=False)
class Field:
    """A header field such as `Start Time:`, kept even when its value holds no time."""

    line: int
    column: int
    name: str  # normalised: lower-case, single spaces
    label: str  # as written
    value: str
    value_column: int
    heads_block: bool  # empty on its line but followed by content it introduces


@dataclass(frozen=True, eq=False)
class StatedDuration:
    """A duration the author stated ("lasted for 3 hours", "Duration: 30 mins")."""

    line: int
    column: int
    written: str
    seconds: int
    unit: str  # the largest unit written: second, minute, hour, day, week
    approximate: bool
    cue: str  # the word that marks it as the incident's duration ("lasted", "duration")


@quick_init
@dataclass(frozen=True, eq=False, slots=True, init=False)
class Event:
    """A resolved timestamp: the instant (if knowable) and how it was reached."""

    line: int
    column: int
    written: str
    text: str
    source: Source
    kind: Kind
    part: Part
    phase: Phase
    field_name: str | None
    section: str | None
    local: str  # ISO 8601 wall clock; "--MM-DDTHH:MM" without a year, "THH:MM" without a date
    at: pendulum.DateTime | None  # aware instant when date and zone are known
    zone: Zone | None
    grain: str  # day | hour | minute | second
    clock: Clock | None
    date: DateParts | None  # the date as written on the line (not carried)
    order_minutes: float | None  # minutes on a common axis (UTC when zoned), for ordering
    approximate: bool = False
    block: int = 0
    also: tuple[Phase, ...] = ()  # further phases the entry's words mention
    scope: str | None = None  # the heading-level section the entry belongs to
    impossible: tuple[str, ...] = ()  # found in resolving: "the 31st" in a June carried here
    rolled_days: int = 0  # days a rollover moved this time-only entry (next day: 1)
    provenance: tuple[Inference, ...] = ()  # every step beyond what the line writes

    @property
    def assumed(self) -> tuple[str, ...]:
        """The provenance as notes for people; rules read `provenance`, never these words."""
        from pmlint.timeline.provenance import notes

        return notes(self.provenance)

    @property
    def utc(self) -> pendulum.DateTime | None:
        return None if self.at is None else self.at.in_timezone("UTC")


@dataclass(frozen=True, eq=False)
class Timeline:
    """Everything pmlint read from one document."""

    path: str
    zone: Zone | None  # the document's declared or dominant zone
    events: tuple[Event, ...]
    durations: tuple[StatedDuration, ...]
    fields: tuple[Field, ...]
    lines: tuple[str, ...] = field(repr=False, default=())
    day_first: bool | None = None  # how numeric dates were read; None = not settled
    date_order_zone: str | None = None  # day_first only leans on where this zone is used
    code_lines: frozenset[int] = frozenset()  # 1-based lines inside code blocks: quoted, not said
    declared_zone: tuple[Zone, int] | None = None  # "All times UTC" and its line
    # later statements of other zones, each for the entries after it: (zone, line)
    later_declared: tuple[tuple[Zone, int], ...] = ()
    unknown_zone: tuple[str, int, int] | None = None  # declared, not a zone: (word, line, col)
    # Set when the document was a DOCX, HTML or Atlassian document read as Markdown text:
    # `lines` are then that text's, and the map says where each came from in the source.
    source_map: SourceMap | None = None

    @property
    def format(self) -> str:
        """"markdown" (Markdown or plain text: the only kind pmlint may edit) or the
        converted source's format: docx, html, confluence, mhtml, adf."""
        return "markdown" if self.source_map is None else self.source_map.format


def declared_at(first: tuple[Zone, int], later: tuple[tuple[Zone, int], ...], line: int
                ) -> tuple[Zone, int]:
    """The zone statement in force at a line: the last one above it, or the document's
    first wherever it stands ("All times UTC" at the foot of a page holds for all of it)."""
    found = first
    for declared in later:
        if declared[1] > line:
            break
        found = declared
    return found
