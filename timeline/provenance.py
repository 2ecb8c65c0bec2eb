"""What normalisation inferred for an event, as data, and the notes rendered from it.

Every step normalise.py takes beyond what the line says (a date carried from an earlier
line, a zone declared for the document, a day added because the clock went backwards) is an
`Inference`: what was inferred, how, from which line (or which option), and the values
involved. Rules read these fields; the words of the `assumed` notes people see are rendered
here, from the templates below, so rewording a note cannot change a finding.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pmlint.timeline.frozen import quick_init

What = Literal[
    "date",      # a calendar date the line does not write
    "month",     # the month (and maybe year) of "on the 11th"
    "year",      # the year of a date written without one
    "zone",      # the time zone of a time written without one, or the reading of an abbreviation
    "meridiem",  # AM/PM or a date borrowed inside a range, as the lexer recorded it
    "day",       # a day added or taken away: a rollover
    "reading",   # how an ambiguous form was read: day-first, 24:00, a DST gap or overlap
    "invalid",   # why no instant could be given
]


@quick_init
@dataclass(frozen=True, slots=True, init=False)
class Inference:
    """One step of resolution beyond what the line writes."""

    what: What
    how: str  # the way it was inferred; the keys of TEMPLATES list them per `what`
    line: int | None = None  # the line the value came from, when it came from a line
    value: str = ""  # what was inferred: a zone label, an ISO date, a year
    subject: str = ""  # the expression as written that the inference is about
    other: str = ""  # the expression it was compared with (the previous entry's time)
    origin: str = ""  # a source that is not a line: "--tz", "--reference", a section title
    days: int = 0  # for `day`: days added (negative: taken away)


TEMPLATES: dict[tuple[str, str], str] = {
    # date
    ("date", "range-start"): "date from the range start on line {line}",
    ("date", "carried"): "date carried from line {line}",
    ("date", "evening-before-end"): ("date {value}: the evening before line {line}'s day, as the"
                                     " log runs past midnight to that time"),
    ("date", "span-end"): "date carried from the last day of the span of days on line {line}",
    ("date", "declared"): "date declared on line {line} for the whole timeline",
    ("date", "restated"): "date of the entry on line {line}, whose time this restates",
    ("date", "incident-start"): "date carried from line {line} (the incident start)",
    ("date", "closing-stamp"): "date from the stamp on line {line}, which closes its update",
    ("date", "from-posting"): "{value}: \"{subject}\", counted from the posting date on "
                              "line {line}",
    ("date", "written-after"): "date {value} from line {line}, written after this time",
    ("date", "posted-yesterday"): ("date {value}: the day before the report's date on line {other},"
                                   " as line {line} says \"yesterday\""),
    ("date", "reference"): "date {value} from --reference",
    ("date", "none"): "no date: none written before this line and no --reference",
    ("date", "weekday"): "{value}: the first {subject} after the date on line {line}",
    ("date", "weekday-range"): "{value}: the first {subject} from the range start",
    ("date", "weekday-before"): "{value}: the {subject} just before the date on line {line}",
    ("date", "weekday-back"): ("{value}: the {subject} before the entry on line {line}, the"
                               " list running newest first"),
    ("date", "weekday-posted"): ("{value}: the {subject} before the post's date on line"
                                 " {line}, told after the fact"),
    ("date", "day-note"): '{value}: the day "{subject}" says, from the date on line {line}',
    ("date", "other-zone"): "read as {value}: that moment's date in {origin}",
    ("date", "midnight-after"): ("{value}: \"{subject}\" is the midnight that ends the day,"
                                 " the story already at {other} on it"),
    ("date", "midnight-ends"): ("{value}: \"{subject}\" is a deadline's midnight, at the end of"
                                " the day written"),
    # month, year
    ("month", "with-year"): "month and year of {subject} from line {line}",
    ("month", "reference"): "month and year of {subject} from --reference",
    ("month", "carried"): "month of {subject} from line {line}",
    ("month", "none"): "no month for {subject}",
    ("year", "carried"): "year {value} from line {line}",
    ("year", "range-end"): "year {value} from the range's end on line {line}",
    ("year", "document"): "year {value} from line {line}",
    ("year", "restated"): "year {value} from line {line}, which writes the same day with it",
    ("year", "nearest"): "year {value}: the one nearest the date on line {line}",
    ("year", "reference"): "year {value} from --reference",
    ("year", "reference-weekday"): ("year {value}: the last year on or before --reference's in"
                                    " which {subject} falls on the weekday written"),
    ("year", "heading"): "year {value} from the heading on line {line}",
    ("year", "span"): "year {value}: the one inside the span of days on line {line}",
    ("year", "title"): "year {value} from the title on line {line}",
    ("year", "posted-soon-after"): ("year {value}: the post's date on line {line}, a few days"
                                    " before this day"),
    ("year", "posted"): ("year {value}: the last such day on or before the post's date on"
                         " line {line}"),
    ("year", "weekday"): "year {value} from line {line}: in it {subject} falls on the weekday "
                         "written",
    ("year", "changed"): ("year {value}: the last year on or before the page's last change"
                          " (line {line}) in which {subject} falls on the weekday written"),
    ("year", "none"): "no year for {subject}: none in the document and no --reference",
    # zone
    ("zone", "settled"): "{subject} read as {value}: {origin}",
    ("zone", "ambiguous"): "{subject} read as {value}; it can also mean {other}",
    ("zone", "section"): "zone {value} declared for the section \"{origin}\"",
    ("zone", "declared"): "zone {value} declared on line {line}",
    ("zone", "carried"): "zone {value} carried from line {line}",
    ("zone", "restated"): "zone {value} of the entry on line {line}, whose time this restates",
    ("zone", "beside"): "zone {value}: the UTC time written beside it on line {line}",
    ("zone", "label"): "zone {value}: the label line {line} opens with",
    ("zone", "only"): "zone {value} from line {line}, the only zone the document states",
    ("zone", "tz"): "zone {value} from {origin}",
    ("zone", "configured"): "zone {value} from {origin}",
    ("zone", "none"): "no time zone stated",
    ("zone", "local-unnamed"): "no zone: {subject} is said to be local time, which the "
                               "document does not name ({value} elsewhere is no one's local "
                               "clock)",
    # day
    ("day", "range-end"): "next day assumed: the range ends before it starts otherwise",
    ("day", "heading"): "day from the day heading on line {line}",
    ("day", "retold"): "{value}: {subject} falls within the hours the section from line "
                       "{line} tells, so this section retells them",
    ("day", "within-span"): "{value}: {subject} falls within the span on line {line}, "
                            "which ran past midnight",
    ("day", "within-day-span"): "{value}: {subject} falls within the span on line {line}",
    ("day", "later-by-its-gap"): ("{value}: {subject} is said to come hours after {other} "
                                  "(line {line}), so on a later day"),
    ("day", "before-its-update"): ("{value}: {subject} is told under the update posted at "
                                   "{other} (line {line}), in the small hours: the evening "
                                   "before"),
    ("day", "within-window"): ("{value}: {subject} falls within the window from line {line} "
                               "to line {other} on the start's day"),
    ("day", "said"): "next day: the entry says so after {subject}",
    ("day", "resumed"): "back to the story's day: {subject} follows the step back to "
                        "{other} on line {line}",
    ("day", "stepped-back"): "{value} {other}: line {line} says the story steps back to "
                             "an earlier time",
    ("day", "weekday"): "{subject} names another weekday than {other} on line {line}",
    ("day", "newest-first"): "previous day assumed: the timeline runs newest first and "
                             "{subject} is later than {other} on line {line}",
    ("day", "night-of"): "next day assumed: {subject} is in the small hours of the night "
                         "named by the date on line {line}",
    ("day", "backwards"): "next day assumed: {subject} is earlier than {other} on line {line}",
    ("day", "same-line"): "day of the update stamped on line {line}: not after it was posted",
    ("day", "told-earlier"): "the day before: {subject} is told as earlier than {other} on "
                             "line {line}",
    ("day", "overnight-range"): "previous day assumed: the range crosses midnight and its "
                                "date is written at the end",
    ("day", "overnight-end-field"): "next day assumed: {subject} ends the incident, gives no "
                                    "date, and is earlier than the start {other} on line {line}",
    ("day", "overnight-field-evening"): "the start's day assumed: {subject} gives no date and "
                                        "lies after the start {other} on line {line}, before "
                                        "the end read as the next morning",
    ("day", "reference"): "next day: {subject} had already passed at the reference {origin}",
    ("day", "with-correction"): "day corrected with the AM/PM correction of an entry before it",
    # reading
    ("reading", "day-first"): "{subject} read day-first, as the document writes dates",
    ("reading", "month-first"): "{subject} read month-first; the document does not settle "
                                "the order",
    ("reading", "day-first-by-zone"): "{subject} read day-first, as dates are usually written "
                                      "where {origin} is used; nothing in the document settles "
                                      "the order",
    ("reading", "month-first-by-zone"): "{subject} read month-first, as dates are usually "
                                        "written where {origin} is used; nothing in the "
                                        "document settles the order",
    ("reading", "year-first"): "{subject} read year first: {value} is written in full on "
                               "line {line}, the other end's year nowhere",
    ("reading", "calendar"): "{subject} read in the {origin} calendar: {value}",
    ("reading", "midnight-24"): "24:00 read as midnight at the end of the day",
    ("reading", "dst-gap"): "{subject} does not exist on {value} in {origin} (clocks went "
                            "forward); read as {other}",
    ("reading", "dst-overlap"): "{subject} happens twice on {value} in {origin} (clocks went "
                                "back); took the first, {other}",
    ("reading", "dst-overlap-second"): "{subject} happens twice on {value} in {origin} (clocks "
                                       "went back); took the second, {other}, as the entry "
                                       "before is past the first",
    # as the lexer recorded them: a range end borrowing its start's "pm" or date
    ("meridiem", "inherited"): "{value}",
    ("meridiem", "corrected"): "AM/PM corrected: {subject} read as {value} ({origin})",
    ("meridiem", "night"): "{subject} read as {value}: a 12-hour log without AM/PM, in a "
                           "document that says on line {line} that it ran overnight",
    ("meridiem", "evening"): "{subject} read as {value}: no AM/PM, and line {line} says it "
                             "was the evening",
    ("meridiem", "continued"): "{subject} read as {value}: the timeline writes 12-hour times, "
                               "and it follows {other} on line {line}",
    ("meridiem", "after-midnight"): "{subject} read as {value}: it follows {other}, read "
                                    "as midnight",
    ("meridiem", "afternoon-log"): "{subject} read as {value}: no AM/PM, and the timeline from "
                                   "line {line} runs that afternoon",
    ("zone", "inherited"): "{value}",
    ("date", "inherited"): "{value}",
    ("invalid", "reason"): "{value}",
}


def inherited(note: str) -> Inference:
    """What the lexer or extractor recorded a time borrowing from beside it ("PM from the
    range start", "zone UTC from the field name"), as an inference. Those records are still
    words; their first word says what was borrowed."""
    what = note.split(" ", 1)[0].lower().rstrip(":")
    kind: What = "zone" if what == "zone" else "date" if what == "date" else "meridiem"
    return Inference(kind, "inherited", value=note)


def render(inference: Inference) -> str:
    """The note a person reads for one inference."""
    return TEMPLATES[(inference.what, inference.how)].format(
        line=inference.line, value=inference.value, subject=inference.subject,
        other=inference.other, origin=inference.origin, days=inference.days)


def notes(provenance: tuple[Inference, ...]) -> tuple[str, ...]:
    """The rendered notes, each once, in the order the steps were taken."""
    return tuple(dict.fromkeys(render(p) for p in provenance))


def zone_from_tz_option(provenance: tuple[Inference, ...]) -> bool:
    """The event's zone came from --tz, not from the document."""
    return any(p.what == "zone" and p.how == "tz" for p in provenance)


def zone_inferred(provenance: tuple[Inference, ...]) -> bool:
    """The event's zone was not written beside it (taken from elsewhere, or none stated)."""
    return any(p.what == "zone" and p.how not in ("settled", "ambiguous") for p in provenance)


def declared_zone_line(provenance: tuple[Inference, ...], label: str,
                       hows: tuple[str, ...] = ("declared",)) -> int | None:
    """The line that declared the event's zone for the document ("All times in IST"), or,
    with `hows`, stated it in another way ("only": the one zone the document writes)."""
    return next((p.line for p in provenance
                 if p.what == "zone" and p.how in hows and p.value == label), None)


# The day steps resolution takes because the clock went backwards (forwards, newest first).
_ROLLOVERS = ("range-end", "newest-first", "backwards", "overnight-range", "overnight-end-field",
              "overnight-field-evening")


def rollover(provenance: tuple[Inference, ...]) -> Inference | None:
    """The day step resolution took because the clock went backwards (or forwards, in a
    newest-first timeline), if it took one."""
    return next((p for p in provenance if p.what == "day" and p.how in _ROLLOVERS), None)


# Days pmlint worked out rather than read: a rollover, a newest-first step back, a section
# read as retelling another's hours, a date taken from a line far off or from after the time.
_DAYS_ASSUMED = {("day", how) for how in (*_ROLLOVERS, "retold", "within-span",
                                          "within-day-span", "within-window",
                                          "with-correction", "reference", "same-line")} | {
    ("date", how) for how in ("incident-start", "posted-yesterday", "written-after", "weekday",
                              "weekday-range", "weekday-before", "weekday-back",
                              "weekday-posted", "day-note",
                              "other-zone", "reference", "span-end", "evening-before-end",
                              "midnight-ends")}


def day_assumed(provenance: tuple[Inference, ...]) -> Inference | None:
    """The step, if any, by which resolution chose the event's day itself: what a finding
    that compares the event's day with another's rests on, beyond the text."""
    return next((p for p in provenance if (p.what, p.how) in _DAYS_ASSUMED), None)


def day_marked(provenance: tuple[Inference, ...]) -> bool:
    """Whether the author marked the event's day as a day on from the entry before: the
    entry says so ("10:45 AM (next day)") or a day heading stands between ("**Day 2**")."""
    return any(p.what == "day" and p.how in ("said", "heading", "weekday", "stepped-back",
                                             "resumed") for p in provenance)


def stepped_back(provenance: tuple[Inference, ...]) -> bool:
    """Whether the author said the entry steps back to an earlier time ("Earlier that
    morning, 06:20"): told out of order on purpose."""
    return any(p.what == "day" and p.how == "stepped-back" for p in provenance)


def skipped_by_the_clocks(provenance: tuple[Inference, ...]) -> Inference | None:
    """The note that the time does not exist in its zone that day (the clocks went forward
    past it: "02:30" on the night of the change), with pmlint's reading; None otherwise."""
    return next((p for p in provenance if p.what == "reading" and p.how == "dst-gap"), None)
