"""Resolve every extracted time expression to an instant, saying what was assumed.

The document is read in order, as a person reads it. A time without a date takes the date
of the previous timeline entry (or, for the first entry, the incident's start date from
the summary); a time earlier than the entry before it rolls over to the next day; a date
without a year takes the year of the document's other dates; a time without a zone takes
the zone the document declares, or the one last written. Nothing is resolved against the
wall clock: where the document and the options say nothing, the value stays unknown.
Every such step is recorded in the event's `provenance` (see provenance.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from zoneinfo import ZoneInfo

from pmlint.timeline import grammar, zones
from pmlint.timeline.casefold import fold
from pmlint.timeline.date_order import language_order, presumed_order
from pmlint.timeline.durations import gap_said_after
from pmlint.timeline.extract import (
    LEAD_RE,
    LEAD_WORD_RE,
    POSTED_RE,
    Extraction,
    recalls_another_incident,
)
from pmlint.timeline.lazy import LazyPattern, import_pendulum
from pmlint.timeline.lexer import MONTH_NAMES, days_in_month, scan_document_line
from pmlint.timeline.model import (
    Clock,
    DateParts,
    Event,
    Phase,
    RawEntry,
    StatedDuration,
    TimeExpr,
    Timeline,
    declared_at,
)
from pmlint.timeline.phases import LEXICON, classify_all, field_phase, responder_online
from pmlint.timeline.provenance import Inference, inherited
from pmlint.timeline.structure import front_matter_lines
from pmlint.timeline.zones import ABBREVIATIONS, Zone, clock_in, format_offset, from_offset

ROLLOVER_MIN_BACKWARDS = dt.timedelta(hours=2)  # a smaller step back is out of order, not a new day
# a story told in prose goes on past midnight only by a short step on the clock
PROSE_ROLLOVER_MAX_STEP = dt.timedelta(hours=6)
# a section retelling the hours of the one above may start a little before it did
_RETOLD_SLACK = dt.timedelta(minutes=30)
BARE_NOON_MAX_STEP = dt.timedelta(hours=4)  # "12:16", then "1:52": past noon, not past midnight
OVERNIGHT_FIELD_MIN_BACKWARDS = dt.timedelta(hours=12)  # an end field this far before its start
_SYNTHETIC_YEAR = 2000  # a leap year, used only to order year-less dates; never reported

PROSE_START = ("occurred", "occurring", "began", "begun", "beginning", "started", "starting",
               "from", "since", "commenced", "kicked off",
               # the base and present forms: "will begin at 8:30", "Start 8:30 AM, end 11:00"
               "begin", "begins", "start", "starts", "commence", "commences")
# "expected to begin", "estimated to start": what is forecast to begin has not begun
_FORECAST_WORDS = frozenset(("expected", "estimated", "anticipated", "hoped", "forecast",
                             "predicted", "projected"))
# the prepositions among PROSE_START and PROSE_END
_PREPOSITIONS = frozenset({"from", "since", "until", "till", "through"})
PROSE_END = ("until", "till", "ended", "ending", "ends", "through", "lasted until",
             "concluded", "end", "finished", "finishes", "finish", "finishing")


@dataclass(frozen=True)
class Options:
    """What the user told us, in place of what the document does not say."""

    default_zone: Zone | None = None  # --tz: for times with no zone in the document
    zone_source: str = "--tz"  # where default_zone came from, for the assumption log
    zone_aliases: Mapping[str, Zone] = field(default_factory=dict)  # "IST" -> configured reading
    reference: dt.date | dt.datetime | None = None  # --reference: year / date anchor
    day_first: bool | None = None  # numeric dates: None = decide from the document
    lexicon: tuple[tuple[Phase, tuple[str, ...]], ...] = LEXICON


@dataclass
class _Carry:
    """What the next time-only line inherits."""

    date: dt.date | None = None  # full date
    partial: tuple[int, int] | None = None  # (month, day) when the year is unknown
    date_line: int = 0
    # a day recalled from another incident ("the previous two were on 2020-06-24 (3:20 to
    # 8:30)"): its line, and the date, partial date and date line carried before it, which
    # the lines after it carry again
    recalled: tuple[int, dt.date | None, tuple[int, int] | None, int] | None = None
    written_date_line: int = 0  # the last line that wrote a date, or a timeline entry
    date_heading: tuple[int, dt.date] | None = None  # a date alone ("__18-June-2025__")
    written_years: dict[int, int] = field(default_factory=dict)  # years written in full
    start_date: tuple[dt.date | None, tuple[int, int] | None, int] | None = None
    start_date_from_field: bool = False
    start_date_published: bool = False  # start_date is when the report was posted
    # the moment written with start_date, in its own zone: "Date: Feb 15 7:00 PM MST
    # (Feb 16 03:00 UTC)" dates a UTC timeline from 7 PM MST, not from the last reading
    start_moment: dt.datetime | None = None
    start_date_titled: bool = False  # start_date is the title's ("Fault Report - 30 Nov")
    # the summary told the incident's start, with its clock, on the title's day ("an outage
    # from 2015-05-29 01:00" under "GitLab.com outage on 2015-05-29"): the title's day is the
    # incident's, not the report's
    title_day_started: bool = False
    start_date_alone: bool = False  # start_date stands on a line of its own
    zone: Zone | None = None
    zone_line: int = 0
    zone_beside: bool = False  # the carried zone came from a UTC time written beside a clock
    previous: Event | None = None  # the previous timeline entry
    previous_naive: dt.datetime | None = None
    # the previous time told in a summary's prose, and its wall clock: a story told in
    # paragraphs ("at 11:50 PM a rollback began", then "it finished at 12:20 AM") goes on
    prose_previous: tuple[Event, dt.datetime] | None = None
    # the same, by zone (a range's end too): "from 11:20 to 11:31 p.m. PT (2:20 to 2:31 a.m.
    # ET) ... until 12:40 a.m. PT" goes on from the last time told in PT, not the ET one
    prose_by_zone: dict[str, tuple[Event, dt.datetime]] = field(default_factory=dict)
    day_shift: int = 0  # days added by rollovers when no date is known at all
    order_zone: str | None = None  # numeric dates read in the order usual where this zone is
    timeline_dated: bool = False  # the timeline has written a date of its own
    ahead: list[tuple[dt.date, int] | None] = field(default_factory=list)  # next written date
    # in a document that writes no year: the next month and day written, and its line
    yearless_ahead: list[tuple[tuple[int, int], int, Clock | None] | None] = field(
        default_factory=list)
    # a line of an update whose stamp closes it, on a line of its own below: the stamp's
    # month, day, year (if written) and line
    closing_stamps: dict[int, tuple[int, int, int | None, int]] = field(default_factory=dict)
    position: int = 0
    entries: tuple[RawEntry, ...] = ()
    # a day of the month written alone while no month is known ("11th 21:50"), and the days
    # added by then: a later one ("12th 02:10") counts on from it
    ordinal_day: tuple[int, int] | None = None
    # position -> ("am" or "pm", the line saying so): a 12-hour log without AM/PM that the
    # document says ran overnight
    night_halves: dict[int, tuple[str, int]] = field(default_factory=dict)
    evening_said: int | None = None  # the line saying a bare 12-hour account is the evening's
    range_start: tuple[Event, dt.datetime | None] | None = None
    # a span of days a timeline line gives without clocks ("### June 1, 2023 - April 3,
    # 2024" over a status log's updates): its first and last day, and its line
    date_span: tuple[dt.date, dt.date, int] | None = None
    start_field: tuple[Event, dt.datetime] | None = None  # "Start Time: 11:00 PM"
    # a status page's front matter "date:" when the same front matter gives when it was
    # resolved ("resolvedWhen:"): the window's start, as a start field would be
    page_start: tuple[Event, dt.datetime] | None = None
    end_field: tuple[Event, dt.datetime] | None = None  # "End: 2024-03-05 01:30", its scope's
    rolled_end_line: int = 0  # an undated end field read as the next morning, on this line
    instants: dict[int, dt.datetime] = field(default_factory=dict)  # line -> a dated instant
    # line -> the date written there after "the night of": its small hours are the next day
    nights_of: dict[int, tuple[dt.date | None, tuple[int, int] | None]] = field(
        default_factory=dict)
    # line -> a year-less moment, its wall clock and zone on the synthetic year's calendar
    yearless: dict[int, dt.datetime] = field(default_factory=dict)
    stamps: dict[int, dt.datetime] = field(default_factory=dict)  # line -> its entry's instant
    # (hour, minute) -> the first entry's line at that clock time, every date it is on, and
    # the labels of the zones it is read in
    clocks: dict[tuple[int, int], tuple[int, set[dt.date], set[str]]] = field(
        default_factory=dict)
    # (hour, minute) -> the zone of the first entry at that clock time
    clock_zones: dict[tuple[int, int], Zone] = field(default_factory=dict)
    # the same for entries whose day has no year: (month, day) for each date
    yearless_clocks: dict[tuple[int, int], tuple[int, set[tuple[int, int]], set[str]]] = field(
        default_factory=dict)
    # the same for the account's times written with their date ("on 16 November 2025 at
    # 18:00 CET"), with the zone label written beside each
    told_clocks: dict[tuple[int, int], tuple[int, set[tuple[dt.date, str | None]]]] = field(
        default_factory=dict)
    date_alone: bool = False  # the carried date stands on a line of its own ("March 7, 2023")
    front_matter_lines: int = 0  # lines 1..this are a front matter's metadata
    twelve_hour: bool = False  # the timeline writes 12-hour times, some without AM/PM
    bare_twelve_hour: bool = False  # 12-hour times, none with AM/PM ("12:16", then "1:52")
    twelve_hour_prose: bool = False  # the summary's prose writes 12-hour times
    bare_afternoon: bool = False  # "10:37", then "1:10", "2:21" within a stated "4 hours"
    # the minutes of the day a timeline of 24-hour afternoon clocks runs over ("13:31" to
    # "13:51"), and its first line: a summary's "1:21" without AM/PM is that afternoon's
    afternoon_log: tuple[int, int, int] | None = None
    twenty_four_hour: bool = False  # no AM/PM anywhere, some time only a 24-hour clock has
    day_marks: tuple[tuple[int, int | None, int | None], ...] = ()  # "### Tuesday"
    year_marks: tuple[tuple[int, int, int], ...] = ()  # "## January 2024"; month 0: "## 2023"
    title_year: tuple[int, int] | None = None  # (line, year): "# Black Friday 2023 outage"
    # (line, date): the first whole date the text writes anywhere, with no entry or title
    # giving a year ("the cause, as found on 2018年7月3日" in a quoted notice)
    text_date: tuple[int, dt.date] | None = None
    # the day of the first year written (its month named or its order fixed), when whole
    first_year_day: dt.date | None = None
    # (month, day) -> (line, year): a day the document writes in full, its month named
    restated: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    # the section the last entry is in: (scope, its first entry's and latest moment, line)
    scope_span: tuple[str | None, dt.datetime, dt.datetime, int] | None = None
    # a timeline span ("09:10 - 11:40", "22:37 - 02:01"): its start, end and line
    timeline_span: tuple[dt.datetime, dt.datetime, int] | None = None
    # "Unless otherwise noted all events happened on 2019-10-21": the day every time-only
    # entry of that section is on, whatever day an entry of its own said (line, section)
    declared_day: tuple[dt.date, int, str | None] | None = None
    # "**September 9th - November 17th**": a span of days as a date line, its last day, the
    # line, its section and its first day; the times of a later section go on from its end
    day_span: tuple[dt.date, int, str | None, dt.date | None] | None = None
    line: int = 0  # the line of the entry being resolved
    newest_first: bool = False  # the entry being resolved is in a block listed newest first
    sent_lines: frozenset[int] = frozenset()  # a mail header's "Date:": when it was sent
    # a post's own date, alone on its first line ("Friday, July 26, 2013"), and that line
    posted_alone: tuple[dt.date, int] | None = None
    # the lines that write the day the report was posted ("3 min read · Jun 2, 2020",
    # "Posted on March 3, 2021"), each with that day: no day of its story comes after it
    posting_days: dict[int, dt.date] = field(default_factory=dict)
    lines: tuple[str, ...] = ()
    told_yesterday: int | None = None  # line of "Yesterday, ..." above the timeline
    told_today: int | None = None  # line of "Earlier today, ..." above the timeline
    # the phases each text mentions: a range's two ends share their text, the entries of a
    # section its name, so each is classified once per document
    mentions: dict[str, tuple[Phase, ...]] = field(default_factory=dict)

    def mentioned(self, text: str, options: Options) -> tuple[Phase, ...]:
        """phases.classify_all of `text`, read once per document."""
        known = self.mentions.get(text)
        if known is None:
            known = self.mentions[text] = classify_all(text, options.lexicon)
        return known

    def phase_of(self, text: str, options: Options) -> Phase:
        """phases.classify of `text`, read once per document."""
        found = self.mentioned(text, options)
        return found[0] if found else "other"


def resolve(extraction: Extraction, path: str, options: Options = Options()) -> Timeline:
    """The document's timeline: each entry resolved, in document order."""
    entries = extraction.entries
    # (not a history's day told as background: "since it launched on 1 June 2018")
    years = [(e.line, e.expr.date.year) for e in entries
             if e.expr.date is not None and e.expr.date.year and not e.expr.date.oddities
             and not (e.source == "summary" and e.kind != "field" and _looked_back_to(e.context))]
    front_matter = front_matter_lines(extraction.lines)
    title_year = None if years else _title_year(extraction.lines, front_matter)
    hint = years[0][1] if years else title_year[1] if title_year else \
        options.reference.year if options.reference is not None else None
    day_first = _day_first(entries, options.day_first, hint,
                           frozenset(m for _, _, m in extraction.year_marks if m),
                           extraction.lines)
    presumed = None if day_first is not None else presumed_order(_stated_zones(extraction))
    if presumed is None and day_first is None and _has_numeric_date(entries):
        presumed = language_order(extraction.lines)  # "08/09/2025" in a Spanish ops log
    if presumed is not None:
        day_first = presumed[0]
    # (a mail header's "Date:" is in the zone the sender's client or the archive wrote it in,
    # which says nothing of the zone of the times in the message)
    sent = mail_header_dates(extraction.lines)
    stated = [(e.line, e.expr.zone) for e in entries
              if e.expr.zone is not None and e.expr.zone_written and e.line not in sent]
    # a status page's front matter stamps its fields in UTC by format ("date:
    # 2025-11-17T22:30:00.000Z"); a zone the author writes in the text below is the one the
    # text's own times are in ("starting tomorrow at 9:30 AM AEDT")
    written = [(line, zone) for line, zone in stated if line > front_matter]
    if written and len(written) < len(stated):
        stated = written
    # (a page's own date in its front matter, "date: 2020-02-20T14:17:12.701Z", over a log of
    # dated occurrences that runs over weeks or lies away from it, is when the site's software
    # stamped the page: it says nothing of the zone of the times in the text; a status
    # page's date is its incident's start, in the zone its updates are stamped in)
    if front_matter and _a_log_away_from_its_page_date(entries, front_matter):
        stated = [(line, zone) for line, zone in stated if line > front_matter
                  or PAGE_DATE_KEY.match(extraction.lines[line - 1]) is None]
    only_zone = stated[0] if len({z.label for _, z in stated}) == 1 else None
    if not stated and extraction.declared_zone is None:
        only_zone = _only_section_zone(extraction) or _only_region_named(extraction)
    twelve_hour = _twelve_hour(entries)
    descending = _descending_blocks(entries, twelve_hour)
    settled = _settled_zones(extraction, options)
    carry = _Carry()
    carry.order_zone = presumed[1] if presumed is not None else None
    carry.front_matter_lines = front_matter
    carry.sent_lines = sent | extraction.posted_lines
    carry.lines = extraction.lines
    carry.written_years = _written_years(entries)
    carry.posted_alone = _posted_alone(extraction.lines, entries, front_matter)
    carry.posting_days = _posting_days(entries, carry.posted_alone,
                                       _byline(extraction.lines, entries, front_matter))
    carry.told_yesterday = _told_yesterday(extraction.lines, entries, front_matter)
    carry.told_today = _told_yesterday(extraction.lines, entries, front_matter, _TODAY, "",
                                      _TODAY_WORDS)
    carry.ahead = _dates_ahead(entries, day_first)
    if not any(carry.ahead):
        carry.yearless_ahead = _month_days_ahead(entries)
    carry.closing_stamps = _closing_stamps(entries, extraction.lines) \
        or _posted_closing_stamps(entries, extraction.lines)
    carry.entries = entries
    carry.night_halves = _night_halves(entries, extraction.lines)
    carry.evening_said = None if carry.night_halves else _evening_said(entries, extraction.lines)
    carry.twelve_hour = twelve_hour
    carry.twelve_hour_prose = _twelve_hour_prose(entries)
    carry.bare_twelve_hour = not twelve_hour and _bare_twelve_hour(entries)
    carry.bare_afternoon = not twelve_hour and _bare_afternoon(entries, extraction.durations)
    carry.afternoon_log = None if twelve_hour else _afternoon_log(entries)
    carry.twenty_four_hour = _twenty_four_hour(entries)
    carry.day_marks = extraction.day_marks
    carry.year_marks = extraction.year_marks
    carry.title_year = title_year
    if not years and title_year is None and any(
            e.expr.date is not None and e.expr.date.year is None for e in entries):
        carry.text_date = _first_whole_date(extraction.lines)
    carry.restated = _restated_days(entries)
    carry.first_year_day = _first_year_day(entries, years[0]) if years else None
    events: list[Event] = []
    for position, raw in enumerate(entries):
        carry.position = position
        carry.line = raw.line
        event = _resolve_entry(raw, carry, extraction, options, day_first, years, only_zone,
                               descending, settled)
        events.append(event)
    zone = extraction.declared_zone[0] if extraction.declared_zone else _dominant_zone(stated)
    if zone is None:
        # "## Timeline (EDT)", a table's "Time (CEST)": the zone the entries were read in,
        # stated for their section rather than for the document or on their lines
        zone = _dominant_zone([(e.line, e.zone) for e in events
                               if e.source == "timeline" and e.zone is not None])
    return Timeline(path=path, zone=zone, events=tuple(events),
                    durations=extraction.durations, fields=extraction.fields,
                    lines=extraction.lines, day_first=day_first,
                    date_order_zone=carry.order_zone,
                    code_lines=extraction.code_lines, declared_zone=extraction.declared_zone,
                    later_declared=extraction.later_declared,
                    unknown_zone=extraction.unknown_zone)


def _only_section_zone(extraction: Extraction) -> tuple[int, Zone] | None:
    """"## Timeline (CET)" when no entry and no statement writes a zone: the one zone the
    document states, for the summary's times above the timeline too ("until 13:06")."""
    by_label = {e.section_zone.label: e for e in extraction.entries
                if e.section_zone is not None}
    if len(by_label) != 1:
        return None
    (entry,) = by_label.values()
    zone = entry.section_zone
    assert zone is not None
    word = re.compile(rf"(?<![A-Za-z]){re.escape(zone.label)}(?![A-Za-z])")
    line = next((n for n in range(entry.line, 0, -1)
                 if word.search(extraction.lines[n - 1])), entry.line)
    return line, zone


# A US region's clock named in prose with no time beside it: "an outage that began this
# morning Eastern time", "we are on Pacific Time"
REGION_NAMED = LazyPattern(r"(?<![a-z])(?P<region>" + "|".join(zones.REGION_WORDS.values())
                           + r")[ \t]++time(?![a-z])", re.IGNORECASE)


def _only_region_named(extraction: Extraction) -> tuple[int, Zone] | None:
    """The one US region whose time the prose names ("an outage that began this morning
    Eastern time") when no time, statement or heading writes a zone: the author's clock,
    said once in words, for every time of the document."""
    named: dict[str, int] = {}
    for number, line in enumerate(extraction.lines, start=1):
        if number in extraction.code_lines or "time" not in line.lower():
            continue
        for m in REGION_NAMED.finditer(line):
            named.setdefault(m.group("region").lower(), number)
    if len(named) != 1:
        return None
    ((region, line),) = named.items()
    zone = zones.parse_zone_option(region)
    return (line, zone) if zone is not None else None


# --- one entry ------------------------------------------------------------------------------

# "the previous night around", "the night before at", "the next morning at", "the following
# day, at": words right before a time in a sentence that put it a day from the one told
DAY_SAID_BEFORE = LazyPattern(
    r"(?<![A-Za-z])(?P<phrase>the[ \t]++(?P<back>previous|prior|preceding)[ \t]++(?:night"
    r"|evening|day|afternoon|morning)|the[ \t]++(?P<b2>night|evening|day)[ \t]++before"
    r"|the[ \t]++(?:next|following)[ \t]++(?:night|evening|day|afternoon|morning)"
    # German, French, Spanish, Italian and Portuguese: "am nächsten Tag um", "le lendemain
    # à", "al día siguiente a las", "il giorno dopo alle", "no dia seguinte às"; "am Vortag",
    # "la veille", "el día anterior", "il giorno prima", "no dia anterior"
    r"|am[ \t]++(?:nächsten|folgenden)[ \t]++(?:tag|morgen|abend)|le[ \t]++lendemain"
    r"|(?:al|el)[ \t]++día[ \t]++siguiente|il[ \t]++giorno[ \t]++(?:dopo|successivo)"
    r"|no[ \t]++dia[ \t]++seguinte"
    # Japanese, Chinese and Korean, right before the clock: "翌日2時に", "익일 06:30",
    # "次日凌晨"; "前日23時", "전날 23시"
    r"|翌日|翌朝|翌|次日|第二天|隔天|익일|다음[ \t]?날|이튿날"
    r"|(?P<b3>am[ \t]++vortag|la[ \t]++veille|el[ \t]++día[ \t]++anterior"
    r"|il[ \t]++giorno[ \t]++prima|no[ \t]++dia[ \t]++anterior|前日|前一天|전날|전일))"
    # (a hedge before the word: "The next day, just after 14:00", "shortly before 09:00")
    r"[ \t,]*+(?:(?:just|shortly|right|sometime|soon|slightly|roughly|a[ \t]++little)[ \t]++)?"
    r"(?:(?:at|around|about|approximately|by|from|after|before|until|~|um|gegen"
    r"|à|vers|a[ \t]++las|alle|verso[ \t]++le|às|por[ \t]++volta[ \t]++das)[ \t]++)?"
    r"(?:about[ \t]++|around[ \t]++)?\Z", re.IGNORECASE)


_CJK_DAY_WORDS = ("翌", "次日", "第二天", "隔天", "익일", "다음", "이튿", "前日", "前一天", "전날",
                  "전일")


def _day_said_before(context: str) -> tuple[int, str] | None:
    """Days the words right before a prose time move it ("the previous night around" -1,
    "the next morning at" +1), with those words; None without any."""
    tail = context[-48:]
    lower = tail.lower()
    if not ("previous" in lower or "prior" in lower or "preceding" in lower
            or "before" in lower or "next" in lower or "following" in lower
            or (not lower.isascii() and ("nächsten" in lower or "día" in lower))
            or "folgenden" in lower or "lendemain" in lower or "giorno" in lower
            or "dia " in lower or "vortag" in lower or "veille" in lower
            or (not lower.isascii() and any(word in lower for word in _CJK_DAY_WORDS))):
        return None
    m = DAY_SAID_BEFORE.search(tail)
    if m is None:
        return None
    return (-1 if m.group("back") or m.group("b2") or m.group("b3") else 1), m.group("phrase")


SMALL_HOURS_END = 5  # the hours of a night told through, before the next morning
# "at 09:00 the next day", "at 7:30 AM the following morning": the words right after a
# prose time that put it a day on from the one told
DAY_SAID_AFTER = LazyPattern(r"[ \t]*+(?P<phrase>(?:on[ \t]++)?the[ \t]++(?:next|following)"
                             r"[ \t]++(?:day|morning|afternoon|evening))(?![A-Za-z])",
                             re.IGNORECASE)
# "that night at 00:00", "later that same night, around 2 AM": the night after the day told
NIGHT_SAID_BEFORE = LazyPattern(
    r"(?<![A-Za-z])(?P<phrase>(?:later[ \t]++)?(?:that|the[ \t]++same)[ \t]++(?:same[ \t]++)?"
    r"night)[ \t,]*+(?:(?:at|around|about|approximately|by|from|after|until|~)[ \t]++)?"
    r"(?:about[ \t]++|around[ \t]++)?\Z", re.IGNORECASE)


def _day_said_after(raw: RawEntry, carry: _Carry) -> tuple[int, str] | None:
    """One day on, with the words, when the words right after a prose time say the next day
    ("the cluster was rebalanced at 09:00 the next day"); None otherwise."""
    if not 0 < raw.line <= len(carry.lines):
        return None
    line = carry.lines[raw.line - 1]
    at = raw.column - 1
    if not line.startswith(raw.expr.written, at):
        return None
    m = DAY_SAID_AFTER.match(line, at + len(raw.expr.written))
    return None if m is None else (1, m.group("phrase"))


def _night_said_before(raw: RawEntry, carried_from: int | None, carry: _Carry
                       ) -> tuple[int, str] | None:
    """One day on, with the words, for a time in the small hours that the words before it
    put in the night after the day told ("moved every customer that night at 00:00"); none
    when the story was already past that midnight (the day carried is the night's)."""
    clock = raw.expr.clock
    if clock is None or clock.hour >= SMALL_HOURS_END or "night" not in raw.context[-40:].lower():
        return None
    m = NIGHT_SAID_BEFORE.search(raw.context[-48:])
    if m is None or _small_hours_before(carried_from, carry):
        return None
    return 1, m.group("phrase")


def _small_hours_before(line: int | None, carry: _Carry) -> bool:
    """The time the day was carried from (on `line`) is in the small hours: "the next
    morning" after it is that same day's."""
    for event, naive in (carry.prose_previous or (None, None),
                         (carry.previous, carry.previous_naive)):
        if event is not None and naive is not None and event.line == line:
            return naive.hour < SMALL_HOURS_END
    return False


def _days_on(date: dt.date | None, partial: tuple[int, int] | None, days: int
             ) -> tuple[dt.date | None, tuple[int, int] | None, str]:
    """The date, or the year-less month and day, `days` on, and how a note writes it ("2024-
    02-01", "--02-01"); a year-less day is counted in a leap year, whose calendar holds every
    month-day."""
    if date is not None:
        date += dt.timedelta(days=days)
        return date, partial, date.isoformat()
    assert partial is not None
    moved = dt.date(2000, *partial) + dt.timedelta(days=days)
    return None, (moved.month, moved.day), f"--{moved.month:02d}-{moved.day:02d}"


def _resolve_entry(raw: RawEntry, carry: _Carry, ex: Extraction, options: Options,
                   day_first: bool | None, years: list[tuple[int, int]],
                   only_zone: tuple[int, Zone] | None, descending: set[int],
                   settled: Mapping[str, tuple[Zone, str]]) -> Event:
    expr = raw.expr
    if _cjk_day_without_a_month(expr, carry, options):
        # "24日午前7時26分" where no date names a month: the day dates nothing, and read as
        # a day it would hold the times around it to one day; read as the time alone
        expr = replace(expr, date=None)
    if carry.recalled is not None and raw.line != carry.recalled[0]:
        _, carry.date, carry.partial, carry.date_line = carry.recalled
        carry.recalled = None
    notes: list[Inference] = [inherited(note) for note in expr.inherited]
    clock = expr.clock
    invalid = _invalid_reasons(expr)

    # the date
    parts = _range_start_year(expr, raw.line, notes)
    carry.newest_first = raw.source == "timeline" and raw.block in descending
    date, partial = _written_date(parts, day_first, years, options, notes, carry)
    carried_from: int | None = None  # the line a carried date was written on
    if expr.date is not None and expr.day_shift > 0 and clock is not None \
            and raw.part == "single" and (date is not None or partial is not None):
        # "by midnight on 31 January": the deadline's midnight ends the day written (a
        # range's end, "from 10pm until midnight on 31 January", has the range's own reading)
        date, partial, value = _days_on(date, partial, expr.day_shift)
        notes.append(Inference("date", "midnight-ends", raw.line, value=value,
                               subject=expr.written))
    if expr.date is None and clock is not None:
        date, partial, carried_from = _carried_date(raw, carry, options, notes)
        if expr.day_shift and date is not None and not _same_day_note(expr, carry):
            # "~23:29 (previous day)", "00:10 (+1d)": the day the note gives, from the day
            # carried (an entry after one with the same note is on that same day)
            date += dt.timedelta(days=expr.day_shift)
            notes.append(Inference("date", "day-note", carried_from, value=date.isoformat(),
                                   subject=expr.written))
        elif raw.kind == "prose" and (date is not None or partial is not None) \
                and not expr.day_shift and not _restated(notes) \
                and (said := _day_said_before(raw.context)
                                            or _day_said_after(raw, carry)
                                            or _night_said_before(raw, carried_from, carry)
                                            ) is not None:
            # "restored the previous night around 9pm", "the next morning at 08:10": the
            # day the words before the time give, from the day carried
            if said[0] == 1 and _small_hours_before(carried_from, carry) \
                    and said[1].lower().endswith("morning"):
                # "at 12:40 AM ...; the next morning at 9:00": the morning after the night
                # the story was told through, whose small hours were already that day's
                said = (0, said[1])
            date, partial, value = _days_on(date, partial, said[0])
            # a date from the range start was carried from that start's line
            dated_by = carried_from if carried_from is not None else next(
                (note.line for note in reversed(notes) if note.what == "date"), None)
            notes.append(Inference("date", "day-note", dated_by, value=value,
                                   subject=said[1]))
    elif _weekday_alone(expr.date) and clock is not None:
        # "to Friday 6:00 am": the range start's date, moved on to the weekday written
        date, partial, carried_from = _carried_date(raw, carry, options, notes)
        if date is not None and expr.date is not None and expr.date.weekday is not None:
            # from the weekday the line the date came from writes, where it writes one: after
            # "Wednesday, 8 May" (a Thursday that year), "Thursday" is the author's next day,
            # not the same day hours earlier (weekday-mismatch reports the slip once)
            told = _weekday_told(carry, carried_from, (date.month, date.day))
            ahead = (expr.date.weekday - (told if told is not None else date.weekday())) % 7
            before = (ahead > 3 and carried_from is not None and (
                carry.previous is None or carried_from != carry.previous.line)) or (
                ahead == 6 and _renders_the_clock_before(raw))
            posted = ahead > 0 and not before and raw.block not in descending \
                and _told_before_its_posting(raw, carry, carried_from)
            back = ahead > 0 and not before and (raw.block in descending or posted)
            if before or back:
                # the first entry after a header's date ("Date: Wednesday, 3 January", then
                # "Tue 23:40"): the nearest such weekday, here the day before; in a list
                # written newest first ("Sat 0900", then "Fri 1600") the weekday steps back
                ahead -= 7
            if ahead:
                date += dt.timedelta(days=ahead)
                how = "weekday-before" if before else "weekday-posted" if posted else \
                    "weekday-back" if back else \
                    "weekday" if carried_from is not None else "weekday-range"
                notes.append(Inference("date", how, carried_from, value=date.isoformat(),
                                       subject=expr.date.written))
        elif date is None and partial is not None and expr.date is not None \
                and expr.date.weekday is not None \
                and (stepped := _weekday_stepped_from(raw, carry, carried_from,
                                                      descending)) is not None:
            # "By 9:30 p.m. on Friday, July 21", then "At 5 p.m. on Saturday": no year says
            # what day July 21 was, but the text did; Saturday is the day after ("Monday 14
            # Apr, 10pm - 1 am (Tuesday)": the range's end, the day after its start)
            told_on, told, back = stepped
            ahead = (expr.date.weekday - told) % 7
            # ("The council met Thursday, June 8. ... at 9 a.m. Wednesday": the nearest such
            # weekday, the day before, as with a year written)
            before = not back and ((ahead > 3 and told_on is not None and (
                carry.previous is None or told_on != carry.previous.line))
                or (ahead == 6 and _renders_the_clock_before(raw)))
            if ahead and (back or before):
                ahead -= 7
            if ahead:
                _, partial, value = _days_on(None, partial, ahead)
                notes.append(Inference("date", "weekday-before" if before else "weekday",
                                       told_on, value=value, subject=expr.date.written))
        elif date is None and partial is None:
            _weekday_step(expr, carry, notes, newest_first=raw.block in descending,
                          prose=raw.source == "summary")
    impossible: tuple[str, ...] = ()
    if expr.date is not None and expr.date.month is None and expr.date.day is not None:
        date, partial, reason = _day_only(expr.date, carry, options, notes)
        if reason:  # "on the 31st" after a June date
            invalid.append(f"not a valid date: {reason}")
            impossible = (reason,)

    # the zone
    zone = _zone(raw, carry, ex, options, only_zone, notes, settled)
    # (a weekday alone, "on Monday at 6:30 AM Pacific" after "9:30 AM Eastern", names the day
    # on this line's own clock, wherever the other zone's clocks were: it is not moved)
    weekday_said = _weekday_alone(expr.date)
    # (a date written after this time, on a line below that writes a clock in its own zone)
    dated_from = carried_from if carried_from is not None else next(
        (n.line for n in notes if n.what == "date" and n.how == "written-after"
         and n.line is not None and n.line > raw.line), None)
    if dated_from is not None and date is not None and zone is not None and not weekday_said:
        moment = carry.start_moment if any(
            n.what == "date" and n.how == "incident-start" for n in notes) \
            else carry.instants.get(dated_from)
        if moment is None and dated_from > raw.line:
            moment = _moment_written_below(carry, dated_from, date)
        if moment is not None and any(n.how == "posted-yesterday" for n in notes):
            moment -= dt.timedelta(days=1)  # the day before the posting, in its own zone
        date = _date_where_the_clock_is(date, zone, moment, notes, clock=clock)
    elif carried_from is not None and partial is not None and zone is not None \
            and not weekday_said:
        # "May 7, 11:20 p.m. PT (2:20 a.m. ET)": with no year the offsets are those of a
        # year like any other; the date moves only where the clocks are hours apart
        moved = _date_where_the_clock_is(dt.date(_SYNTHETIC_YEAR, *partial), zone,
                                         carry.yearless.get(carried_from), notes,
                                         yearless=True)
        partial = (moved.month, moved.day)

    if expr.date is not None and expr.date.day is not None and raw.line not in carry.nights_of \
            and (_night_of_before(ex.lines, raw.line, expr.start)
                 or _weekdays_night(expr.date, date)):
        carry.nights_of[raw.line] = (date, partial)  # "the night of March 3rd"
    if clock is not None and clock.hour < NIGHT_OF_SMALL_HOURS and not invalid \
            and (date is not None or partial is not None) and carry.nights_of:
        date, partial = _morning_after_the_night_of(raw, expr, carried_from, date, partial,
                                                    carry, notes)

    # the wall clock, with rollover
    naive: dt.datetime | None = None
    rolled_days = 0
    if clock is not None and not invalid:
        hour, next_day = clock.hour, False
        if hour == 24:
            hour, next_day = 0, True
            notes.append(Inference("reading", "midnight-24"))
        night = carry.night_halves.get(carry.position)
        if night is not None:
            # "9:40", "11:55", "1:20", "8:30" in a log the document says ran overnight
            hour = hour % 12 + (12 if night[0] == "pm" else 0)
            notes.append(Inference("meridiem", "night", night[1], subject=clock.written,
                                   value=f"{hour % 12 or 12}:{clock.minute:02d} "
                                         f"{night[0].upper()}"))
        elif carry.evening_said is not None and clock.meridiem is None and 1 <= hour <= 11:
            # "8:40 Central", "Update 8:44:" under "a power outage ... tonight"
            hour += 12
            notes.append(Inference("meridiem", "evening", carry.evening_said,
                                   subject=clock.written,
                                   value=f"{hour - 12}:{clock.minute:02d} PM"))
        base = date or (dt.date(_SYNTHETIC_YEAR, *partial) if partial else
                        dt.date(_SYNTHETIC_YEAR, 1, 1) + dt.timedelta(days=carry.day_shift))
        naive = dt.datetime(base.year, base.month, base.day, hour, clock.minute,
                            clock.second or 0) + dt.timedelta(days=int(next_day))
        before_rollover = naive
        naive = _rollover(raw, naive, expr, carry, notes, descending, zone, options)
        rolled_days = (naive - before_rollover).days
        naive = _overnight_start(naive, expr, notes)
        naive = _overnight_end_field(raw, naive, expr, carry, notes)
        naive = _account_within_the_window(raw, naive, zone, carried_from, carry, notes)
        if carried_from == raw.line and zone is not None:
            naive = _nearest_on_its_line(raw, naive, expr, zone, carry, notes)
        if expr.date is None and rolled_days == 0:
            naive = _told_as_earlier(raw, naive, carry, notes)
        elif expr.date is not None and not expr.day_shift and clock.hour == 0 \
                and clock.written.lower().endswith("midnight"):
            naive = _midnight_ending_the_day(raw, naive, carry, notes)
    elif clock is None and (date or partial) and not invalid:
        base = date or dt.date(_SYNTHETIC_YEAR, *partial)  # type: ignore[misc]
        naive = dt.datetime(base.year, base.month, base.day)

    if naive is not None and date is not None:
        date = naive.date()
    elif naive is not None and partial is not None:
        partial = (naive.month, naive.day)

    at = None
    if naive is not None and date is not None and zone is not None and clock is not None:
        previous = carry.previous
        after = previous.at if previous is not None and raw.kind == "entry" \
            and previous.kind == "entry" and previous.source == "timeline" else None
        at = _instant(naive, zone, notes, after)
    local = _local(naive, date, partial, clock, invalid)
    if invalid:
        notes.extend(Inference("invalid", "reason", value=reason) for reason in invalid)

    mentioned: tuple[Phase, ...] = ()
    if raw.kind == "entry":
        mentioned = carry.mentioned(raw.text, options)
    phase = _phase(raw, options, mentioned, carry)
    also = tuple(p for p in mentioned if p != phase)
    event = Event(
        line=raw.line, column=raw.column, written=expr.written, text=raw.text,
        source=raw.source, kind=raw.kind, part=raw.part, phase=phase,
        field_name=raw.field_name, section=raw.section, local=local, at=at, zone=zone,
        grain=expr.grain, provenance=_distinct(notes), clock=clock, date=expr.date,
        order_minutes=_order_minutes(naive, at, zone), approximate=expr.approximate,
        block=raw.block, also=also, scope=raw.scope, impossible=impossible,
        rolled_days=rolled_days,
    )
    _remember(raw, event, naive, date, partial, zone, carry)
    return event


def _invalid_reasons(expr: TimeExpr) -> list[str]:
    reasons: list[str] = []
    if expr.clock is not None:
        if expr.clock.placeholder:
            reasons.append(f"{expr.clock.written} is a template placeholder, not a time")
        reasons.extend(f"not a valid time: {o}" for o in expr.clock.oddities
                       if "does not exist" in o)
    if expr.date is not None:
        reasons.extend(f"not a valid date: {o}" for o in expr.date.oddities)
    return reasons


def _range_start_year(expr: TimeExpr, line: int, notes: list[Inference]) -> DateParts | None:
    """A range's start written without a year takes the year of its end, or the year before
    when its month and day come after the end's and the span is then short: "from Dec 31 to
    Jan 2, 2024" starts on 31 December 2023, not 2024; "from Mar 28 to Jan 3, 2025" keeps
    2025, written end first. Months by name only: a numeric date's order is not read yet."""
    parts, end = expr.date, expr.range_end
    if parts is None or parts.year is not None or parts.month is None or parts.day is None \
            or parts.numeric is not None or end is None or end.date is None:
        return parts
    last = end.date
    if last.year is None or last.month is None or last.day is None or last.numeric is not None:
        return parts
    year = last.year
    if (parts.month, parts.day) > (last.month, last.day):
        try:
            apart = dt.date(last.year, last.month, last.day) - dt.date(last.year - 1, parts.month,
                                                                          parts.day)
        except ValueError:
            return parts
        if apart.days > NEW_YEAR_SPAN_DAYS:
            return parts  # "from Mar 28 to Jan 3, 2025": written end first, not a 9-month span
        year -= 1
    notes.append(Inference("year", "range-end", line, str(year)))
    return replace(parts, year=year)


NEW_YEAR_SPAN_DAYS = 92  # a range read across New Year spans at most about a quarter


DOTTED_DATE = LazyPattern(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})")


# "24-02-15", "25/07/02": two digits, a month's, two digits; the year may be either end's
YY_EITHER_END = LazyPattern(r"(?P<a>\d{2})(?P<sep>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<z>\d{2})")


def _year_first(parts: DateParts, carry: _Carry) -> tuple[dt.date, int] | None:
    """A numeric date of three two-digit numbers written year first ("24-02-15 10:19" in a
    report of "Feb 15, 2024"), as logs and some templates write it: its first number is a
    year the document writes in full elsewhere, its last read as a year is one it never
    writes. The date, and the line of the full year that vouches for it."""
    shape = YY_EITHER_END.fullmatch(parts.written)
    if shape is None or parts.year is None or parts.year in carry.written_years:
        return None
    year = grammar.two_digit_year(shape.group("a"))
    line = carry.written_years.get(year)
    if line is None:
        return None
    try:
        return dt.date(year, int(shape.group("m")), int(shape.group("z"))), line
    except ValueError:
        return None


def _written_years(entries: Sequence[RawEntry]) -> dict[int, int]:
    """Each year a date of the document writes in four digits, with its first line."""
    found: dict[int, int] = {}
    for e in entries:
        date = e.expr.date
        if date is not None and date.year is not None and not date.oddities \
                and str(date.year) in date.written:
            found.setdefault(date.year, e.line)
    return found


def _written_date(parts: DateParts | None, day_first: bool | None, years: list[tuple[int, int]],
                  options: Options, notes: list[Inference], carry: _Carry
                  ) -> tuple[dt.date | None, tuple[int, int] | None]:
    if parts is None or parts.month is None or parts.day is None or parts.oddities:
        return None, None
    month, day = parts.month, parts.day
    if parts.calendar and parts.year is not None:
        notes.append(Inference("reading", "calendar", subject=parts.written, origin=parts.calendar,
                               value=f"{parts.year:04d}-{month:02d}-{day:02d}"))
    if parts.numeric is not None and (year_first := _year_first(parts, carry)) is not None:
        date, line = year_first
        notes.append(Inference("reading", "year-first", line=line, subject=parts.written,
                               value=str(date.year)))
        return date, None
    if parts.numeric is not None:
        a, b = parts.numeric
        if a <= 12 and b <= 12 and a != b:
            if carry.order_zone is not None:
                how = "day-first-by-zone" if day_first else "month-first-by-zone"
                notes.append(Inference("reading", how, subject=parts.written,
                                       origin=carry.order_zone))
            elif day_first:
                notes.append(Inference("reading", "day-first", subject=parts.written))
            elif day_first is None:
                notes.append(Inference("reading", "month-first", subject=parts.written))
            if day_first:
                month, day = b, a
    elif day_first is False and month != day and month <= 12 and day <= 12 \
            and DOTTED_DATE.fullmatch(parts.written) is not None:
        # "8.12.2022" over "8/12/2022" in a document that writes the month first (by its
        # dates or its US zone): the dots follow the slashes, not the European convention
        month, day = day, month
        how = "month-first-by-zone" if carry.order_zone is not None else "month-first"
        notes.append(Inference("reading", how, subject=parts.written, origin=carry.order_zone))
    year = parts.year
    if year is None:
        year = _year_for(carry, years, options, notes, parts, (month, day))
        if year is not None and parts.weekday is not None:
            year = _year_its_weekday_names(year, (month, day), parts, years, notes)
    if year is None:
        return None, (month, day)
    try:
        return dt.date(year, month, day), None
    except ValueError:
        return None, None


# a page's stamp of its last change, not of its posting: "Last modified on June 17, 2024",
# "Updated: 2023-02-01", "edited", "revised"
CHANGED_STAMP = LazyPattern(r"(?<![a-z])(?:modified|updated|edited|revised|last[ \t]++change[ds]?)"
                            r"(?![a-z])", re.IGNORECASE)
WEEKDAY_CYCLE = 28  # years: every date falls on every weekday within them


def _year_before_a_change(carry: _Carry, line: int, year: int, month_day: tuple[int, int],
                          parts: DateParts) -> int | None:
    """For a year-less date with its weekday, dated by a page's stamp of its last change (no
    bound but an upper one) to a year in which the weekday does not fit: the last year on or
    before it in which it does. None otherwise (a post's own date keeps its nearest year, and
    a weekday that fits none is weekday-mismatch's)."""
    weekday = parts.weekday
    if weekday is None or not 0 < line <= len(carry.lines) \
            or CHANGED_STAMP.search(carry.lines[line - 1]) is None:
        return None
    if _falls_on(year, month_day, weekday):
        return None
    return next((y for y in range(year - 1, year - WEEKDAY_CYCLE, -1)
                 if _falls_on(y, month_day, weekday)), None)


def _falls_on(year: int, month_day: tuple[int, int], weekday: int) -> bool:
    """Whether the day `month_day` of `year` exists and is `weekday` (0 = Monday)."""
    try:
        return dt.date(year, *month_day).weekday() == weekday
    except ValueError:
        return False


def _year_its_weekday_names(year: int, month_day: tuple[int, int], parts: DateParts,
                            years: list[tuple[int, int]], notes: list[Inference]) -> int:
    """A year-less date with its weekday ("Sunday, June 26th"), given a year in which it
    falls on another day, while the year before or after it, which the document also
    writes, has it on the weekday written: a page of several years' notices, the date under
    a heading that precedes its own year. That year, with a note; else `year`."""
    weekday = parts.weekday
    assert weekday is not None
    if _falls_on(year, month_day, weekday):
        return year
    written = {y: line for line, y in reversed(years)}  # each year's first line
    others = [y for y in (year - 1, year + 1)
              if y in written and _falls_on(y, month_day, weekday)]
    if len(others) != 1:
        return year
    if notes and notes[-1].what == "year":
        notes.pop()
    notes.append(Inference("year", "weekday", written[others[0]], str(others[0]),
                           subject=parts.written))
    return others[0]


def _year_for(carry: _Carry, years: list[tuple[int, int]], options: Options, notes: list[Inference],
              parts: DateParts, month_day: tuple[int, int] | None = None) -> int | None:
    marks = [m for m in carry.year_marks if m[0] < carry.line]
    if marks and month_day is not None and (carry.date is None or carry.date_line < marks[-1][0]
                                            or not marks[-1][2]):
        # under "## January 2024": that month's year, or the nearest to it
        line, year, month = marks[-1]
        if month:  # "## January 2024"; a year alone ("## 2023") holds for all its dates
            year = _nearest_year(dt.date(year, month, 15), month_day)
        notes.append(Inference("year", "heading", line, str(year)))
        return year
    span = carry.date_span
    if carry.date is not None and span is not None and month_day is not None \
            and span[0] <= carry.date <= span[1]:
        # under "### June 1, 2023 - April 3, 2024", after "April 3, 2024": "July 13" is the
        # July inside the span, 2023, not the nearer July of 2024
        inside = [year for year in (carry.date.year, carry.date.year - 1, carry.date.year + 1)
                  if _within(year, month_day, span[0], span[1])]
        if len(inside) == 1:
            notes.append(Inference("year", "span", span[2], str(inside[0])))
            return inside[0]
    posted = carry.posting_days.get(carry.date_line) if carry.date is not None else \
        carry.posting_days.get(years[0][0]) if years else None
    if posted is not None and month_day is not None and carry.date in (None, posted):
        # "August 13" in a post dated June 2, 2020: the last August 13 before it, 2019; a
        # day a few days after it ("Update (March 30)" under "Last updated: March 27") is
        # the same year's, an update written after the date the page kept
        soon_after = 0 < _days_after(posted.year, month_day, posted) <= POSTED_AHEAD
        year = posted.year - (month_day > (posted.month, posted.day) and not soon_after)
        line = carry.date_line if carry.date else years[0][0]
        earlier = _year_before_a_change(carry, line, year, month_day, parts)
        if earlier is not None:
            # "Thursday, October 4" on a page "Last modified on June 17, 2024": a change,
            # which may come years after the story; the last year the weekday fits
            notes.append(Inference("year", "changed", line, str(earlier),
                                   subject=parts.written))
            return earlier
        notes.append(Inference("year", "posted-soon-after" if soon_after else "posted",
                               line, str(year)))
        return year
    if carry.date is not None:
        year = _nearest_year(carry.date, month_day) if month_day else carry.date.year
        if carry.newest_first and month_day is not None and carry.previous is not None \
                and carry.previous.line == carry.date_line:
            # the date carried is the entry's above, not a date told in some text between
            year = _year_going_back(carry.date, month_day, year)
        if month_day is not None and 0 < carry.date_line <= carry.front_matter_lines \
                and _days_after(year, month_day, carry.date) > FRONT_MATTER_AHEAD:
            # "On March 29th" in a page whose front matter dates it 2022-10-13: the account
            # tells what came before the page, the March of that year, not the nearer one
            # half a year after it (a status page's start in the front matter is followed by
            # its incident's days, a day or two on, which stay on the nearer year)
            year -= 1
            notes.append(Inference("year", "posted", carry.date_line, str(year)))
            return year
        how = "carried" if year == carry.date.year else "nearest"
        notes.append(Inference("year", how, carry.date_line, str(year)))
        return year
    if month_day is not None and month_day in carry.restated:
        # "samedi 28 octobre" in a title, "samedi 28 octobre 2017" in the text: the year the
        # same day is written with, not the first year the page shows (a poster's
        # "Inscription : 2 avril 2010" above the text)
        line, year = carry.restated[month_day]
        notes.append(Inference("year", "restated", line, str(year)))
        return year
    if years:
        line, year = years[0]
        if month_day is not None and carry.first_year_day is not None and line > carry.line:
            # "On November 30th" above "[DONE, shipped Feb 3rd, 2025]": the November nearest
            # the day written further on, 2024, not one after the fix it led to
            year = _nearest_year(carry.first_year_day, month_day)
            notes.append(Inference("year", "nearest", line, str(year)))
            return year
        notes.append(Inference("year", "document", line, str(year)))
        return year
    if carry.title_year is not None:
        line, year = carry.title_year
        notes.append(Inference("year", "title", line, str(year)))
        return year
    if carry.text_date is not None:
        line, written = carry.text_date
        year = _nearest_year(written, month_day) if month_day else written.year
        notes.append(Inference("year", "nearest", line, str(year)))
        return year
    if options.reference is not None:
        year = options.reference.year
        if month_day is not None and parts.weekday is not None \
                and not _falls_on(year, month_day, parts.weekday) \
                and month_day <= (options.reference.month, options.reference.day):
            # "Friday the 13th of October" checked with --reference 2025-11-01: the author's
            # weekday settles the year the reference only stands in for, the last one on or
            # before it in which the day falls on that weekday (2023); a day after the
            # reference in its year keeps that year, as other parsers read it ("Mon, Nov 13"
            # against 2018-03-07), and weekday-mismatch judges the weekday
            fits = next((y for y in range(year - 1, year - WEEKDAY_CYCLE, -1)
                         if _falls_on(y, month_day, parts.weekday)), None)
            if fits is not None:
                notes.append(Inference("year", "reference-weekday", value=str(fits),
                                       subject=parts.written))
                return fits
        notes.append(Inference("year", "reference", value=str(year)))
        return year
    notes.append(Inference("year", "none", subject=parts.written))
    return None


# A year standing alone in a title ("Black Friday 2023 checkout outage", "(2023)"), not part
# of a date ("2023-11-24", "11/24/2023") or a product's name ("Windows Server 2019"); a year
# of computing's time, since 1960 ("Feb 9 1924 UTC" is a day and a colon-less clock).
TITLE_YEAR = LazyPattern(
    r"(?<![\d./:-])(?<!server )(?<!studio )(?<!office )(?<!edition )(?<!windows )"
    r"(?<!exchange )(?<!sql )(?<!version )(?<!v)((?:19[6-9]|20\d)\d)"
    r"(?![\d./-]|[ \t]*+[-–/][ \t]*+\d)"
    # (a count: "共有1957个客户" (1,957 customers), "2048 users affected")
    r"(?![ \t]*+(?:个|個|名|人|件|台|家|位|次|户|戸|万|萬|千|元|円|%|(?:customers?|users?"
    r"|servers?|requests?|hosts?|nodes?|sites?|accounts?|errors?|machines?)(?![a-z])))",
    re.IGNORECASE)
TITLE_LINE = LazyPattern(r"(?:#[ \t]++|title:[ \t]*+)(?P<title>[^\n]{1,200})", re.IGNORECASE)


def _restated_days(entries: tuple[RawEntry, ...]) -> dict[tuple[int, int], tuple[int, int]]:
    """The days the document writes in full with a named month ("28 octobre 2017",
    "March 5, 2024"), each with the one year it is written with: a year-less writing of the
    same day elsewhere is that day. A day written with two years names neither."""
    found: dict[tuple[int, int], tuple[int, int]] = {}
    clashing: set[tuple[int, int]] = set()
    for e in entries:
        date = e.expr.date
        if date is None or not date.year or date.month is None or date.day is None \
                or date.numeric is not None or date.oddities:
            continue
        key = (date.month, date.day)
        if key in found and found[key][1] != date.year:
            clashing.add(key)
        found.setdefault(key, (e.line, date.year))
    return {key: value for key, value in found.items() if key not in clashing}


def _title_year(lines: tuple[str, ...], front_matter: int) -> tuple[int, int] | None:
    """The year a document's title names, for year-less dates when no date in the
    document has one: its first "# " heading, or its front matter's title, or in a text
    with neither (a page copied as plain text) its first line when that reads as a title:
    short, with no sentence's closing stop ("July 2017 IT service disruption summary")."""
    for n, line in enumerate(lines[:max(12, front_matter + 6)], start=1):
        m = TITLE_LINE.match(line)
        if m is None or (line.startswith("title") and n > front_matter):
            continue
        return _one_year(n, m.group("title"))
    first = next(((n, line.strip())
                  for n, line in enumerate(lines[front_matter:], start=front_matter + 1)
                  if line.strip()), None)
    if first is None or len(first[1]) > PLAIN_TITLE_CHARS or first[1][-1] in ".:;,!?" \
            or not first[1][0].isalnum():
        return None
    return _one_year(*first)


PLAIN_TITLE_CHARS = 90  # a page's title line; a sentence or a paragraph runs longer


def _one_year(line: int, title: str) -> tuple[int, int] | None:
    years = {int(y.group(1)) for y in TITLE_YEAR.finditer(title)}
    return (line, years.pop()) if len(years) == 1 else None


_A_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


def _first_whole_date(lines: tuple[str, ...]) -> tuple[int, dt.date] | None:
    """The first date with its year, month and day that any line writes in words ("3 July
    2018", "2018年7月3日"), entry or not."""
    for number, line in enumerate(lines, start=1):
        if _A_YEAR.search(line) is None:
            continue
        for expr in scan_document_line(line):
            # (in words: not a log's "2019/03/07 21:07:55", quoted from another day)
            # (nor a history's day told as background: "since it launched on 1 June 2018")
            if expr.date is not None and any(c.isalpha() for c in expr.date.written) \
                    and (whole := _whole_date(expr.date)) is not None \
                    and not _looked_back_to(line[:expr.start]):
                return number, whole
    return None


def _whole_date(parts: DateParts | None) -> dt.date | None:
    """The day a date writes whole (year, month, day) and unambiguously (no numeric order
    to settle), if it exists."""
    if parts is None or parts.year is None or parts.month is None or parts.day is None \
            or parts.numeric is not None or parts.oddities:
        return None
    try:
        return dt.date(parts.year, parts.month, parts.day)
    except ValueError:
        return None


def _within(year: int, month_day: tuple[int, int], first: dt.date, last: dt.date) -> bool:
    try:
        return first <= dt.date(year, *month_day) <= last
    except ValueError:
        return False


FRONT_MATTER_AHEAD = 31  # days after a front matter's date a year-less day may still lie
POSTED_AHEAD = 14  # days after a posting date a year-less day may still lie, in its year


def _days_after(year: int, month_day: tuple[int, int], date: dt.date) -> int:
    """Days from `date` to the month and day in `year` (0 when that day does not exist)."""
    try:
        return (dt.date(year, *month_day) - date).days
    except ValueError:
        return 0


def _first_year_day(entries: tuple[RawEntry, ...], first: tuple[int, int]) -> dt.date | None:
    """The whole day of the entry that writes the document's first year (`first`: its line
    and year), where its month is named or its order fixed; None for a year alone or a
    numeric day whose order is still open."""
    line, year = first
    for e in entries:
        parts = e.expr.date
        if e.line == line and parts is not None and parts.year == year:
            if parts.month is None or parts.day is None or parts.numeric is not None:
                return None
            with contextlib.suppress(ValueError):
                return dt.date(year, parts.month, parts.day)
            return None
    return None


def _nearest_year(near: dt.date, month_day: tuple[int, int]) -> int:
    """The year that puts a year-less "Dec 04" nearest the date before it: the year before
    under a "Feb 04" in a list written newest first, the next one after a "Dec 30"."""
    month, day = month_day
    best, best_days = near.year, None
    for year in (near.year, near.year - 1, near.year + 1):
        try:
            days = abs((dt.date(year, month, day) - near).days)
        except ValueError:
            continue
        if best_days is None or days < best_days:
            best, best_days = year, days
    return best


NEWEST_FIRST_SLIP_DAYS = 31  # a step forward this small in a newest-first list is a slip


def _year_going_back(above: dt.date, month_day: tuple[int, int], nearest: int) -> int:
    """In a list written newest first, the year of a year-less "July 13" under "April 3,
    2024": the one that keeps the list going back (2023), when the nearest year would put
    it more than a month after the entry above; a few days after it is a slip in the order,
    not a year gone by."""
    month, day = month_day
    try:
        ahead = (dt.date(nearest, month, day) - above).days
        dt.date(nearest - 1, month, day)
    except ValueError:
        return nearest
    return nearest - 1 if ahead > NEWEST_FIRST_SLIP_DAYS else nearest


def _cjk_day_without_a_month(expr: TimeExpr, carry: _Carry, options: Options) -> bool:
    """A day of the month written alone before a CJK clock ("6日13時39分") in a document
    that has named no month yet (no date, no month heading, no --reference)."""
    parts = expr.date
    return parts is not None and parts.month is None and parts.day is not None \
        and expr.clock is not None and parts.written.endswith(("日", "일")) \
        and carry.date is None and carry.partial is None and options.reference is None \
        and not any(m[0] < carry.line and m[2] for m in carry.year_marks)


def _day_only(parts: DateParts, carry: _Carry, options: Options, notes: list[Inference]
              ) -> tuple[dt.date | None, tuple[int, int] | None, str | None]:
    """"on the 11th": month and year from the date before it, or from --reference.

    The third value says why the day cannot exist in the month it takes ("on the 31st"
    after a June date); the date is checked before it is built.
    """
    day = parts.day or 1
    anchor, anchor_line = carry.date, f"line {carry.date_line}"
    found = Inference("month", "with-year", carry.date_line, subject=parts.written)
    marks = [m for m in carry.year_marks if m[0] < carry.line and m[2]]
    if anchor is None and carry.partial is None and marks:
        # "Monday 4th at 09:12" under "# Primary failover, March 2024" or "## March 2024"
        line, year, month = marks[-1]
        anchor, anchor_line = dt.date(year, month, 1), f"line {line}"
        found = Inference("month", "with-year", line, subject=parts.written)
    elif anchor is None and carry.partial is None and options.reference is not None:
        ref = options.reference
        anchor, anchor_line = (ref.date() if isinstance(ref, dt.datetime) else ref), "--reference"
        found = Inference("month", "reference", subject=parts.written)
    if anchor is not None:
        month, year = anchor.month, anchor.year
        if day < anchor.day and not _weekday_in(parts, year, month) \
                and days_in_month(year, month) - anchor.day + day < anchor.day - day:
            # "on the 2nd" after Jan 30 is in February; "Sun 17th" after Monday the 18th,
            # a Sunday in the same month, is the day before; "on the 4th" beside May 5th is
            # the day before too, nearer than June 4th
            month += 1
            if month == 13:
                month, year = 1, year + 1
        notes.append(found)
        if day > days_in_month(year, month):
            return None, None, _no_such_day(parts, month, year, anchor_line)
        return dt.date(year, month, day), None, None
    if carry.partial is not None:
        month = carry.partial[0]
        notes.append(Inference("month", "carried", carry.date_line, subject=parts.written))
        if day > days_in_month(None, month):
            return None, None, _no_such_day(parts, month, None, f"line {carry.date_line}")
        return None, (month, day), None
    notes.append(Inference("month", "none", subject=parts.written))
    if parts.day is not None and parts.month is None and parts.weekday is None:
        # "11th 21:50", then "12th 02:10" with no month known: the days still count on, a
        # day later (or the 1st after the 30th), so the log runs forward
        if carry.ordinal_day is not None:
            was, shift = carry.ordinal_day
            step = (parts.day - was) % 31 if parts.day < was else parts.day - was
            if step <= 7:
                carry.day_shift = shift + step
        carry.ordinal_day = (parts.day, carry.day_shift)
    return None, None, None


def _weekday_in(parts: DateParts, year: int, month: int) -> bool:
    """Whether the day written with a weekday ("Sun 17th") falls on it in `month`."""
    if parts.weekday is None or parts.day is None or parts.day > days_in_month(year, month):
        return False
    return dt.date(year, month, parts.day).weekday() == parts.weekday


def _no_such_day(parts: DateParts, month: int, year: int | None, source: str) -> str:
    in_year = f" {year}" if year is not None else ""
    return (f"{parts.written} would be {MONTH_NAMES[month]} {parts.day}"
            f"{in_year} (the month from {source}), which does not exist")


# a clock, its zone, then an opening parenthesis, right before a time: "03:40 (20:40 Sunday PT
# / 09:10 IST)", "at 1:05 AM UTC (Tuesday 6:05 PM PDT)": the time renders that clock in
# another zone, so its weekday is that instant's day there, a day either side of it
RENDERING_PAREN_BEFORE = re.compile(
    r"\d(?:[ \t]*+[AaPp]\.?[Mm]\.?)?(?:[ \t]++[A-Za-z]{2,5}|[ \t]*+[+-]\d{1,2}(?::?\d\d)?)?"
    r"[ \t]*+[(\[][ \t]*+$")


def _renders_the_clock_before(raw: RawEntry) -> bool:
    """The time opens a parenthesis right after another clock: a rendering of it."""
    return RENDERING_PAREN_BEFORE.search(raw.context[-24:]) is not None


def _weekday_stepped_from(raw: RawEntry, carry: _Carry, carried_from: int | None,
                          descending: set[int]) -> tuple[int | None, int, bool] | None:
    """The weekday a year-less date's next weekday steps from: the one written with the
    month and day on the line the date came from ("Friday, July 21"), or else the weekday
    alone of the entry before, whose date this one carries ("Saturday 13:00", then "Sunday
    14:20" under "June 30th"). Its line, the weekday, and whether it steps back (a log
    listed newest first, for the entry's weekday only)."""
    told_on = carried_from if carried_from is not None else _range_start_line(raw, carry)
    told = _weekday_told(carry, told_on)
    if told is not None:
        return told_on, told, False
    previous = carry.previous
    if previous is not None and carried_from == previous.line \
            and _weekday_alone(previous.date) and previous.date is not None \
            and previous.date.weekday is not None:
        return carried_from, previous.date.weekday, raw.block in descending
    return None


def _weekday_step(expr: TimeExpr, carry: _Carry, notes: list[Inference],
                  newest_first: bool = False, prose: bool = False) -> None:
    """In a log with no date at all, an entry that names a weekday other than the one the
    entry before it named ("Sat 23:40", then "Sun 00:30") is that many days on (in a log
    listed newest first, that many days back): the days without a date move with it. In a
    summary's `prose`, the time told before it is that entry ("broke at 9:15 p.m. Sunday and
    came back at 4 a.m. Monday")."""
    previous = carry.prose_previous[0] if prose and carry.prose_previous is not None \
        else carry.previous
    if previous is None or not _weekday_alone(previous.date) or expr.date is None \
            or expr.date.weekday is None or previous.date is None \
            or previous.date.weekday is None:
        return
    ahead = (expr.date.weekday - previous.date.weekday) % 7
    if ahead and newest_first:
        ahead -= 7
    if ahead:
        carry.day_shift += ahead
        notes.append(Inference("day", "weekday", previous.line, subject=expr.date.written,
                               other=previous.date.written, days=ahead))


def _range_start_line(raw: RawEntry, carry: _Carry) -> int | None:
    """The line of the range start a range's end takes its date from."""
    if raw.part == "range-end" and carry.range_start is not None:
        return carry.range_start[0].line
    return None


def _weekday_told(carry: _Carry, line: int | None,
                  month_day: tuple[int, int] | None = None) -> int | None:
    """The weekday written with the month and day on `line` ("Friday, July 21"); with
    `month_day`, only with that month and day (the date carried, not one moved on since)."""
    if line is None:
        return None
    return next((e.expr.date.weekday for e in carry.entries
                 if e.line == line and e.expr.date is not None
                 and e.expr.date.weekday is not None and e.expr.date.month is not None
                 and e.expr.date.day is not None and not e.expr.date.oddities
                 and (month_day is None
                      or (e.expr.date.month, e.expr.date.day) == month_day)), None)


def _heads_block(raw: RawEntry, carry: _Carry) -> bool:
    """A date on a line of its own right above the entry: at most a blank line between, or
    a table's header and rule rows ("### Day 1 - January 23, 2026", then "| Time | Event |")."""
    if not carry.date_alone or raw.line <= carry.date_line:
        return False
    if raw.line - carry.date_line <= _DATE_ABOVE_LINES:
        return True
    between = [carry.lines[i].strip() for i in range(carry.date_line, raw.line - 1)]
    rows = [text for text in between if text]
    return len(between) <= _DATE_ABOVE_LINES + 2 and len(rows) <= 2 \
        and (all(text.startswith("|") for text in rows)
             or all(REFERENCE_LINE.fullmatch(text) is not None for text in rows))


# A line that only points elsewhere, between a day's heading and its entries: "Incident:
# https://status.example.com/incidents/3j1", "Ticket: OPS-1234", "**Issue:** #4521"
REFERENCE_LINE = LazyPattern(
    r"(?:[*_]{1,2})?[A-Za-z][A-Za-z /-]{0,30}(?:[*_]{1,2})?:(?:[*_]{1,2})?[ \t]++"
    r"(?:<?https?://[^\s>]++>?|\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)|[A-Z][A-Z0-9]{1,9}-\d{1,7}"
    r"|#\d{1,7})")


def _a_later_day_line(carry: _Carry) -> bool:
    """Day lines in a row before the first entry ("Saturday 11th June 2022", then "Friday
    10th June 2022", then a notice's updates): a status page's history of days, the nearest
    one above the entries theirs, not the first one the page wrote."""
    start = carry.start_date
    return start is not None and carry.start_date_alone and carry.date_alone \
        and carry.date is not None and carry.date_line > start[2]


def _weekday_alone(parts: DateParts | None) -> bool:
    return parts is not None and parts.weekday is not None and parts.day is None \
        and parts.month is None and parts.year is None


def _span_left_behind(raw: RawEntry, carry: _Carry) -> tuple[dt.date, int] | None:
    """The last day of a span of days written as the latest date ("**September 9th -
    November 17th**" closing a "### Pre-history"), and its line, for a time-only entry of a
    later section ("### Tonight's events", "**12:30 AM** ..."): the story has left the span,
    which ran up to that day; its first day dates only the times told under it."""
    span = carry.day_span
    if span is None or carry.date is None or carry.date != span[3] \
            or carry.date_line < span[1] or raw.section == span[2] or span[0] <= carry.date \
            or (carry.date_line > span[1] and carry.previous is not None
                and carry.previous.section != span[2]):
        return None
    if carry.date_line > span[1] and 0 < carry.date_line <= len(carry.lines) \
            and carry.lines[carry.date_line - 1].lstrip().startswith("#"):
        return None  # "### October 19, 2025" over the entries, below the span: their day
    return span[0], span[1]


def _carried_date(raw: RawEntry, carry: _Carry, options: Options, notes: list[Inference]
                  ) -> tuple[dt.date | None, tuple[int, int] | None, int | None]:
    """The date a time-only entry takes, and the line it was carried from (if it was)."""
    declared = carry.declared_day
    if declared is not None and raw.source == "timeline" and raw.section == declared[2] \
            and raw.part != "range-end" and (
                carry.previous is None or carry.previous.line < declared[1]
                or (carry.previous.date is not None and carry.previous.date.day is not None)):
        # the first entry, or the one after an entry that named its own day (the exception
        # the declaration allows); the entries after it carry (and roll past midnight) as
        # usual
        notes.append(Inference("date", "declared", declared[1]))
        return declared[0], None, declared[1]
    told = _day_told_from_posting(raw, carry, notes)
    if told is not None:
        return told[0], None, told[1]
    closing = carry.closing_stamps.get(raw.line) if raw.kind == "prose" else None
    if closing is not None and _day_told_in_its_update(raw, carry, closing[3]):
        closing = None  # the update wrote its day before this time: carried, as in any text
    if closing is not None and not (carry.date_line == raw.line and carry.recalled is None
                                    and (carry.date is not None or carry.partial is not None)):
        # (a day its own line writes before the time dates it: "On April 1, at 10:46 AM")
        # "Increased 503 rates ..." / "... starting at ~13:03 UTC" / "Jan 25, 13:44 UTC": a
        # status history lists each update's title and words above its stamp
        month, day, year, line = closing
        marks = [m for m in carry.year_marks if m[0] < raw.line]
        if year is None and marks:  # under "## March 2025"
            _, mark_year, mark_month = marks[-1]
            year = _nearest_year(dt.date(mark_year, mark_month, 15), (month, day)) \
                if mark_month else mark_year
        if year is None and carry.date is not None:
            year = _nearest_year(carry.date, (month, day))
        if year is None:
            notes.append(Inference("date", "closing-stamp", line))
            return None, (month, day), line
        with contextlib.suppress(ValueError):
            stamped = dt.date(year, month, day)
            # (a postmortem posted days after the updates below it tells their day's times)
            below, below_line = _incidents_day_below_its_posting(raw, (stamped, line), carry)
            if below_line != line:
                notes.append(Inference("date", "written-after", below_line, below.isoformat()))
                return below, None, below_line
            notes.append(Inference("date", "closing-stamp", line))
            return stamped, None, line
    posted = carry.posted_alone
    if raw.kind == "prose" and posted is not None and raw.line > posted[1] \
            and carry.date is not None and posted[0] - carry.date == dt.timedelta(days=1) \
            and _told_as_today(carry.lines[raw.line - 1], raw.expr):
        # "the evening of Thursday, July 25 ... 7:33p ET", then "7:20a ET today" in a post
        # dated July 26: "today" is the post's day, not the night before just told (a log
        # of many days' notes says "today" of each note's own day)
        notes.append(Inference("date", "carried", posted[1]))
        return posted[0], None, posted[1]
    if raw.part == "range-end" and carry.range_start is not None:
        start_event, start_naive = carry.range_start
        if start_naive is not None and start_event.local[:1] != "T":
            notes.append(Inference("date", "range-start", start_event.line))
            if start_event.local.startswith("--"):
                return None, (start_naive.month, start_naive.day), None
            return start_naive.date(), None, None
    source = None
    # a date on a line of its own right above the entries dates them, whatever the title,
    # a report date or the front matter said before it
    heads_block = _heads_block(raw, carry)
    # an incident log: the first entry of a section whose own Start field came before it
    field = carry.start_field
    next_incident = (raw.source == "timeline" and carry.previous is not None
                     and field is not None and field[0].scope == raw.scope
                     and carry.previous.scope != raw.scope and not heads_block
                     and field[0].local[:1] != "T")
    if raw.source == "timeline" and carry.previous is None and carry.start_date is not None \
            and not carry.timeline_dated and not heads_block \
            and not _a_later_day_line(carry):
        date, partial, line = carry.start_date
        if date is not None and carry.start_date_published and carry.told_yesterday:
            # "Yesterday esm.sh deployed breaking changes" in a post dated Jan 16: the
            # entries' day is the 15th, the day before the report was posted
            date = date - dt.timedelta(days=1)
            notes.append(Inference("date", "posted-yesterday", carry.told_yesterday,
                                   date.isoformat(), other=str(line)))
            return date, None, line
        restated = _first_entry_restated(raw, carry, date)
        if restated is not None:
            # "## Investigation: Oct 23" over a summary's "commit ac6660b (Oct 22, 22:13
            # EDT)", then a time-only table opening "22:13 | Commit ...": the row repeats the
            # summary's moment, whose day the text wrote, not the report's day
            notes.append(Inference("date", "restated", restated[0]))
            return restated[1], None, restated[0]
        source = (date, partial, line, "the incident start")
    elif next_incident and field is not None:
        start_event, start_naive = field
        partial_start = (start_naive.month, start_naive.day)
        source = (None, partial_start, start_event.line, "the incident start") \
            if start_event.local.startswith("--") else \
            (start_naive.date(), None, start_event.line, "the incident start")
    elif (restated := _restated_entry(raw, carry) or _restated_mention(raw, carry)) \
            is not None:
        line, day = restated
        notes.append(Inference("date", "restated", line))
        return (day, None, line) if isinstance(day, dt.date) else (None, day, line)
    elif (span := _span_left_behind(raw, carry)) is not None:
        notes.append(Inference("date", "span-end", span[1]))
        return span[0], None, span[1]
    elif (evening := _evening_before_its_end(raw, carry)) is not None:
        notes.append(Inference("date", "evening-before-end", carry.date_line,
                               evening.isoformat()))
        return evening, None, carry.date_line
    elif carry.date is not None or carry.partial is not None:
        source = (carry.date, carry.partial, carry.date_line, "")
    if source is not None:
        date, partial, line, why = source
        if date is not None and not why and _yesterday_beside(raw, carry):
            # "November 10th, 2008." over "Yesterday at approximately 13:25 EST ...": the
            # day before the note's date; the times after it carry on from that day
            date -= dt.timedelta(days=1)
            notes.append(Inference("date", "posted-yesterday", raw.line, date.isoformat(),
                                   other=str(line)))
            return date, None, line
        notes.append(Inference("date", "incident-start" if why else "carried", line))
        return date, partial, line
    upcoming = carry.ahead[carry.position] if carry.position < len(carry.ahead) else None
    if upcoming is not None and carry.told_today is not None \
            and _after_the_story(carry, upcoming[1]):
        upcoming = None  # "Earlier today, ...": a date told after the timeline is another day's
    if upcoming is not None:
        date, line = _incidents_day_below_its_posting(raw, upcoming, carry)
        notes.append(Inference("date", "written-after", line, date.isoformat()))
        return date, None, None
    yearless = carry.yearless_ahead[carry.position] \
        if carry.position < len(carry.yearless_ahead) else None
    if yearless is not None and options.reference is None \
            and (yearless[1] == raw.line or _restates_the_clock(raw, yearless[2])):
        # "02:05 ..." above "At 02:05 GMT June 2nd, CCP became aware ...", in a text that
        # writes no year: the time told again with its month and day ("10:00 hours of July
        # 2nd": on its own line too); a date below about other things dates nothing
        (month, day), line, _ = yearless
        notes.append(Inference("date", "written-after", line, f"--{month:02d}-{day:02d}"))
        return None, (month, day), None
    if options.reference is not None:
        ref = options.reference
        ref_date = ref.date() if isinstance(ref, dt.datetime) else ref
        notes.append(Inference("date", "reference", value=ref_date.isoformat()))
        return ref_date, None, None
    notes.append(Inference("date", "none"))
    return None, None, None


# "Posted Mar 08, 2019 - 14:29 UTC": the stamp a status page closes each update with
POSTED_LINE = LazyPattern(r"[ \t>*_]*+posted(?![a-z])", re.IGNORECASE)


def _day_told_in_its_update(raw: RawEntry, carry: _Carry, stamp_line: int) -> bool:
    """The update that the stamp on `stamp_line` closes wrote a day on a line above this
    time ("At approximately 7:30 UTC on 2019-07-12 ...", then "mitigated at 9:30 UTC"): its
    times go on from that day, not from the stamp's (a postmortem posted days after)."""
    line = carry.date_line
    own = carry.closing_stamps.get(line) if line is not None and line < raw.line else None
    return own is not None and own[3] == stamp_line and carry.recalled is None \
        and (carry.date is not None or carry.partial is not None)


def _incidents_day_below_its_posting(raw: RawEntry, upcoming: tuple[dt.date, int],
                                     carry: _Carry) -> tuple[dt.date, int]:
    """The date after a time with none, or the day of the incident's updates below it: a
    status page's postmortem ("During 15:47 - 15:50 UTC we saw ...") closed by its own
    "Posted Mar 08" stamp, over the updates of March 7 it follows up. The postmortem is
    posted days later; its times are those of the incident, the newest update's day, when
    they fall before that update's own time."""
    date, line = upcoming
    if raw.expr.clock is None or not POSTED_LINE.match(carry.lines[line - 1]):
        return upcoming
    below = [e for e in carry.entries if e.line > line and e.source == "timeline"
             and e.expr.date is not None and e.expr.clock is not None]
    if not below or not POSTED_LINE.match(carry.lines[below[0].line - 1]):
        return upcoming
    parts, clock = below[0].expr.date, below[0].expr.clock
    if parts is None or clock is None or parts.year is None or parts.month is None \
            or parts.day is None or parts.numeric is not None:
        return upcoming
    with contextlib.suppress(ValueError):
        day = dt.date(parts.year, parts.month, parts.day)
        if day < date and (raw.expr.clock.hour, raw.expr.clock.minute) <= (clock.hour,
                                                                           clock.minute) \
                and not _between_updates(raw.expr.clock, date, line, day, clock, carry):
            return day, below[0].line
    return upcoming


def _between_updates(mine: Clock, date: dt.date, line: int, below_day: dt.date,
                     below: Clock, carry: _Carry) -> bool:
    """Whether a time told in an update's words falls, on that update's own day, before the
    update's stamp and within half a day after the update below it: "traffic returned to the
    primary path at 03:40" under "Posted Mar 12 - 08:05", over "Posted Mar 11 - 21:30". A
    postmortem posted a day later tells of times a day or more after the last update."""
    stamp = next((e.expr.clock for e in carry.entries
                  if e.line == line and e.expr.clock is not None), None)
    if stamp is None:
        return False
    at = dt.datetime.combine(date, dt.time(mine.hour % 24, mine.minute))
    posted = dt.datetime.combine(date, dt.time(stamp.hour % 24, stamp.minute))
    last = dt.datetime.combine(below_day, dt.time(below.hour % 24, below.minute))
    return last < at <= posted and at - last <= dt.timedelta(hours=12)


def _same_day_note(expr: TimeExpr, carry: _Carry) -> bool:
    """The entry before said the same day note ("00:20 (next day)", then "02:05 (next
    day)"): both are on the day it gave, and the date carried from it is that day."""
    previous = carry.previous
    return previous is not None and any(
        note.what == "date" and note.how == "day-note" for note in previous.provenance) \
        and ("(" in previous.written) and previous.written.rsplit("(", 1)[1].lower() \
        == expr.written.rsplit("(", 1)[1].lower()


def _evening_before_its_end(raw: RawEntry, carry: _Carry) -> dt.date | None:
    """The day before the carried date, for a time-only log's first entry whose only date is
    a summary's moment written with its day ("Resolved: 10/08/2024 1:15 AM", "down until
    12:55 AM on June 7" over "9:40 PM ...", "11:30 PM ...", "12:20 AM ...", "1:15 AM ..."):
    the log runs overnight into that morning, so it opens the evening before. Only when the
    first entry is later on the clock than that moment, and the log steps back past midnight
    before writing any date and then, still climbing, reaches that very clock (or, for an end
    field, stays by it); in that moment's zone, if the log names one."""
    expr = raw.expr
    clock = expr.clock
    if raw.source != "timeline" or carry.previous is not None or carry.timeline_dated \
            or clock is None or expr.date is not None or carry.date is None:
        return None
    told = next((e for e in carry.entries if e.line == carry.date_line
                 and e.source == "summary" and e.expr.clock is not None
                 and e.expr.date is not None and e.expr.date.day is not None), None)
    if told is None or told.expr.clock is None or (
            expr.zone is not None and told.expr.zone is not None
            and expr.zone.label != told.expr.zone.label):
        return None
    is_end = told.kind == "field" and bool(told.field_name) \
        and field_phase(told.field_name or "") in ("end", "resolution")
    moment = told.expr.clock.hour % 24 * 60 + told.expr.clock.minute
    latest = clock.hour % 24 * 60 + clock.minute
    if latest <= moment:
        return None
    evening = carry.date - dt.timedelta(days=1)
    stepped = False
    for e in carry.entries[carry.position + 1:]:
        if e.source != "timeline" or e.scope != raw.scope or e.part == "range-end" \
                or e.expr.clock is None:
            continue
        if e.expr.date is not None:
            return None
        here = e.expr.clock.hour % 24 * 60 + e.expr.clock.minute
        if here < latest and stepped:
            return None  # a second step back: another night, or out of order
        if here < latest and is_end and here <= moment:
            return evening
        stepped = stepped or here < latest
        if stepped and here >= moment:
            return evening if here == moment else None
        latest = here
    return None


def _restated_entry(raw: RawEntry, carry: _Carry
                    ) -> tuple[int, dt.date | tuple[int, int]] | None:
    """A summary time after the timeline that repeats an entry's clock time ("Total outage:
    9:40pm-12:30am" below a log from 9:00pm to 12:30am the next day): the entry's line and
    date, so the summary is read on the day of the entry it restates, not on the day the
    log ended. None unless every entry at that clock time is on one date (a multi-day log
    with 09:00 each day restates nothing for sure) and the time names no other zone. In a
    document that writes no year, the day is the entry's month and day."""
    expr = raw.expr
    clock = expr.clock
    if raw.source != "summary" or raw.part == "range-end" or clock is None \
            or carry.previous is None:
        return None
    if carry.date is not None and carry.date_line == raw.line:
        return None  # a date its own sentence writes dates it ("on Monday March 14 ...
    # between 22:00 and 23:00 ... from 21:00 to 05:00"), not an entry's day at that clock
    found: tuple[int, set[dt.date], set[str]] | tuple[int, set[tuple[int, int]], set[str]] \
        | None = carry.clocks.get((clock.hour, clock.minute)) \
        or carry.yearless_clocks.get((clock.hour, clock.minute))
    if found is None or len(found[1]) != 1:
        return None
    if expr.zone is not None and expr.zone.label not in found[2] \
            and (carry.zone is None or expr.zone.label != carry.zone.label):
        return None  # the time names another zone than the entry's (or the one carried)
    line, (day,) = found[0], found[1]
    return line, day


def _restated_mention(raw: RawEntry, carry: _Carry) -> tuple[int, dt.date] | None:
    """A time of the account with no date of its own ("At around 18:00 CET, the API ...")
    that repeats a clock time the account gave before with its date written ("on 16
    November 2025 at approximately 18:00 CET ... until 08:00 CET on 17 November"): the
    line and date it was given with, not the date written last. None unless that clock
    time was given on one date only, in the same zone, and the line writes no date."""
    expr = raw.expr
    clock = expr.clock
    if raw.source != "summary" or raw.part == "range-end" or clock is None \
            or expr.date is not None or carry.date is None or carry.date_line == raw.line:
        return None
    told = _told_on_one_day(carry, clock, expr.zone)
    if told is None or told[1] == carry.date:
        return None
    return told


def _told_on_one_day(carry: _Carry, clock: Clock, zone: Zone | None
                     ) -> tuple[int, dt.date] | None:
    """The line and day the account told this clock time with its day written, when it told
    it on one day only and in `zone`, if both name one."""
    found = carry.told_clocks.get((clock.hour, clock.minute))
    if found is None or len(found[1]) != 1:
        return None
    line, ((day, label),) = found[0], found[1]
    if zone is not None and label is not None and zone.label != label:
        return None
    return line, day


def _first_entry_restated(raw: RawEntry, carry: _Carry, start: dt.date | None
                          ) -> tuple[int, dt.date] | None:
    """The line and day of a moment the account told with its day written, whose clock a
    time-only timeline's first entry repeats, when that day is next to the incident start's
    day taken from a line without that clock (a heading's or a field's date): the entry's
    day. None unless the clock was told on one day only, in the entry's zone if both name
    one."""
    clock = raw.expr.clock
    if clock is None or raw.expr.date is not None or start is None:
        return None
    told = _told_on_one_day(carry, clock, raw.expr.zone or raw.section_zone)
    if told is None or told[1] == start or abs((told[1] - start).days) > 1:
        return None
    return told


DAY_MINUTES = 24 * 60


# "8:45 AM local time", "09:10 local": the writer's own clock, named only as local
SAID_LOCAL = LazyPattern(r"[ \t]*+(?:hrs?[ \t]++)?\(?local(?:[ \t]++time)?\)?(?![A-Za-z])",
                         re.IGNORECASE)


def _zone_restated(raw: RawEntry, carry: _Carry) -> tuple[int, Zone] | None:
    """A summary's bare clock that repeats the clock of timeline entries all on one date
    and in one zone: the first entry's line and its zone. A range's end goes with its
    start's reading."""
    clock = raw.expr.clock
    if raw.source != "summary" or clock is None:
        return None
    if raw.part == "range-end":
        start = carry.range_start[0] if carry.range_start is not None else None
        note = next((p for p in start.provenance if p.what == "zone"), None) \
            if start is not None and start.line == raw.line else None
        if note is None or note.how != "restated" or start is None or start.zone is None:
            return None
        return note.line or raw.line, start.zone
    key = (clock.hour, clock.minute)
    found = carry.clocks.get(key)
    zone = carry.clock_zones.get(key)
    if found is None or zone is None or len(found[1]) != 1 or len(found[2]) != 1:
        return None
    return found[0], zone


def _zone(raw: RawEntry, carry: _Carry, ex: Extraction, options: Options,
          only_zone: tuple[int, Zone] | None, notes: list[Inference],
          settled: Mapping[str, tuple[Zone, str]]) -> Zone | None:
    """The zone the event's clock is read in: the one written beside it, else the one
    `_zone_taken` finds. A clock said to be "local time" is not read in UTC taken from
    elsewhere: UTC is nobody's local clock the text names, so its zone stays unknown."""
    zone = _zone_taken(raw, carry, ex, options, only_zone, notes, settled)
    expr = raw.expr
    if zone is None or raw.expr.zone is not None or expr.clock is None \
            or zone.offset_minutes != 0 or not notes \
            or notes[-1].what != "zone" or notes[-1].how not in ("carried", "declared", "only",
                                                                 "section"):
        return zone
    line = carry.lines[raw.line - 1] if raw.line <= len(carry.lines) else ""
    if "local" not in line[expr.end:expr.end + 16].lower() \
            or SAID_LOCAL.match(line, expr.end) is None:
        return zone
    taken = notes.pop()
    notes.append(Inference("zone", "local-unnamed", taken.line, zone.label,
                           subject=expr.written, origin=taken.origin))
    return None


def _zone_taken(raw: RawEntry, carry: _Carry, ex: Extraction, options: Options,
                only_zone: tuple[int, Zone] | None, notes: list[Inference],
                settled: Mapping[str, tuple[Zone, str]]) -> Zone | None:
    expr = raw.expr
    if expr.zone is not None and expr.zone.label in settled and (
            expr.zone.alternatives or expr.zone_written):
        # also a date alone under a zone ("Date (IST): 2026-07-16"), so it is not reported
        zone, why = settled[expr.zone.label]
        notes.append(Inference("zone", "settled", value=zone.meaning, subject=expr.zone.label,
                               origin=why))
        return zone
    if expr.clock is None:
        return expr.zone  # a date alone needs no zone
    if expr.zone is not None:
        if expr.zone.alternatives:
            notes.append(Inference("zone", "ambiguous", value=expr.zone.meaning,
                                   subject=expr.zone.label,
                                   other=" or ".join(expr.zone.alternatives)))
        return expr.zone
    beside = _utc_beside(ex.lines, raw)
    if beside is not None:
        # "At 17:03 (15:03 UTC)": the writer's own clock, two hours ahead of UTC; the times
        # after it without a zone are read on that clock too, as after a written zone
        notes.append(Inference("zone", "beside", raw.line, beside.label))
        carry.zone, carry.zone_line, carry.zone_beside = beside, raw.line, True
        return beside
    labelled = _zone_label(ex.lines, raw)
    if labelled is not None:
        # "• PST: November 15, 2023, 1:00 PM to ...", then "• GMT: ...": the same window on
        # each clock, each line under its zone's name
        notes.append(Inference("zone", "label", raw.line, labelled.label))
        return labelled
    if raw.section_zone is not None:
        notes.append(Inference("zone", "section", value=raw.section_zone.label,
                               origin=raw.section or ""))
        return _settled(raw.section_zone, settled, notes)
    if ex.declared_zone is not None:
        zone, line = declared_at(ex.declared_zone, ex.later_declared, raw.line)
        notes.append(Inference("zone", "declared", line, zone.label))
        return _settled(zone, settled, notes)
    if carry.zone is not None:
        restated = _zone_restated(raw, carry)
        if restated is not None and restated[1].label != carry.zone.label:
            # "Live logs (19:09-19:12)" below a line in UTC, retelling the 19:09 entry of
            # a timeline in AEST: the entry's clock, not the zone of the prose just before
            notes.append(Inference("zone", "restated", restated[0], restated[1].label))
            return restated[1]
        notes.append(Inference("zone", "carried", carry.zone_line, carry.zone.label))
        return carry.zone
    if only_zone is not None:
        line, zone = only_zone
        notes.append(Inference("zone", "only", line, zone.label))
        return zone
    if options.default_zone is not None:
        how = "tz" if options.zone_source == "--tz" else "configured"
        notes.append(Inference("zone", how, value=options.default_zone.label,
                               origin=options.zone_source))
        return options.default_zone
    if expr.clock is not None:
        notes.append(Inference("zone", "none"))
    return None


# "(15:03 UTC)" right after a time with no zone: the same moment in UTC
# (after the words that say it is the writer's clock too: "16:15 local time (14:15 UTC)")
UTC_AFTER = LazyPattern(r"(?:[ \t]*+(?:hrs?[ \t]++)?local(?:[ \t]++time)?)?"
                        r"[ \t]*+\([ \t]*+(?P<h>\d{1,2})[:.h]?(?P<m>\d{2})[ \t]*+(?:UTC|GMT|Z)"
                        r"[ \t]*+\)", re.IGNORECASE)


def _utc_beside(lines: tuple[str, ...], raw: RawEntry) -> Zone | None:
    """The offset a zoneless time's own UTC rendering beside it gives ("17:03 (15:03
    UTC)" is UTC+02:00, "6am (1000 GMT)" UTC-04:00), if it gives one a clock uses (whole
    quarter hours, -12 h to +14 h)."""
    expr = raw.expr
    clock = expr.clock
    if clock is None or expr.range_end is not None or not 0 < raw.line <= len(lines):
        return None
    line = lines[raw.line - 1]
    at = line.find(expr.written)
    if at < 0:
        return None
    m = UTC_AFTER.match(line, at + len(expr.written))
    if m is None or int(m.group("h")) > 23 or int(m.group("m")) > 59:
        return None
    offset = (clock.hour * 60 + clock.minute - int(m.group("h")) * 60 - int(m.group("m"))) % 1440
    if offset > 14 * 60:
        offset -= 1440
    if offset % 15 or offset < -12 * 60:
        return None
    hours, minutes = divmod(abs(offset), 60)
    return from_offset("-" if offset < 0 else "+", hours, minutes)


# a zone's name as the label a line opens with: "• PST: November 15, 1:00 PM to ...",
# "**UTC+2**: 14:05 - 16:40"
ZONE_LABEL = LazyPattern(r"[ \t>*+•\-]*+(?:[*_]{1,2})?(?P<zone>(?:UTC|GMT)[+\-\u2212]\d{1,2}"
                         r"(?::?\d{2})?|[A-Z]{2,5})(?:[*_]{1,2})?[ \t]*+:(?=[ \t])")


def _zone_label(lines: tuple[str, ...], raw: RawEntry) -> Zone | None:
    """The zone a line's label names, when the time is on that line after it."""
    if not 0 < raw.line <= len(lines):
        return None
    m = ZONE_LABEL.match(lines[raw.line - 1])
    if m is None or m.end() > raw.column - 1:
        return None
    return zones.parse_zone_option(m.group("zone").replace("\u2212", "-"))


def _rollover(raw: RawEntry, naive: dt.datetime, expr: TimeExpr, carry: _Carry,
              notes: list[Inference], descending: set[int], zone: Zone | None,
              options: Options | None = None) -> dt.datetime:
    """A time-only entry earlier than the one before it starts a new day."""
    if raw.part == "range-end" and carry.range_start is not None:
        start_event, start_naive = carry.range_start
        if (expr.date is None or _undated_weekday_end(expr, start_event)) \
                and start_naive is not None and naive < start_naive:
            afternoon = _range_end_afternoon(naive, expr, start_event, start_naive)
            if afternoon is not None:
                notes.append(Inference("meridiem", "continued", start_event.line,
                                       subject=expr.written, other=start_event.written,
                                       value=_twelve_hour_text(afternoon)))
                return afternoon
            notes.append(Inference("day", "range-end", days=1))
            return naive + dt.timedelta(days=1)
        return naive
    afternoon = _dated_afternoon(raw, naive, expr, carry)
    if afternoon is not None:
        # "2015-02-27 12:39", then "2015-02-27 1:50": the afternoon, AM/PM left off
        assert carry.previous is not None
        notes.append(Inference("meridiem", "continued", carry.previous.line,
                               subject=expr.written, other=carry.previous.written,
                               value=_twelve_hour_text(afternoon)))
        return afternoon
    if raw.source == "summary":
        afternoon = _afternoon_of_the_log(naive, expr, carry)
        if afternoon is not None:
            assert carry.afternoon_log is not None
            notes.append(Inference("meridiem", "afternoon-log", carry.afternoon_log[2],
                                   subject=expr.written, value=_twelve_hour_text(afternoon)))
            return afternoon
        continued = _prose_meridiem_continued(raw, naive, expr, carry, zone)
        if continued is not None:
            notes.append(Inference("meridiem", "continued", continued[1].line,
                                   subject=expr.written, other=continued[1].written,
                                   value=_twelve_hour_text(continued[0])))
            return continued[0]
        within = _within_told_window(raw, naive, expr, carry, notes)
        if within is not None:
            return within
        before = _told_before_its_update(raw, naive, expr, carry, notes)
        if before is not None:
            return before
        later = _later_by_its_gap(raw, naive, expr, carry, notes)
        if later is not None:
            return later
        midnight = _midnight_after_the_evening(raw, naive, expr, carry, notes)
        if midnight is not None:
            return midnight
        return _prose_past_midnight(raw, naive, expr, carry, notes, zone, options)
    if raw.source != "timeline" or expr.date is not None or carry.previous is None \
            or _mixed_clock(expr):
        return naive
    converted = _on_this_clock(carry.previous, zone, carry.yearless.get(carry.previous.line))
    previous = converted or carry.previous_naive
    if previous is None or carry.previous.clock is None:
        return naive
    if converted is not None and carry.previous_naive is not None \
            and carry.previous_naive <= naive < converted:
        # "10:05 AM PT", then "10:20 AM ET": forward as written, back only once the zones are
        # converted; the zone's name may be the slip (tz-mixed says so), and a day gone by
        # between two entries a quarter hour apart on the page is the least likely reading
        return naive
    if carry.previous.scope != raw.scope:
        # a new section that starts earlier restarts the story: a recap, same day; when the
        # section above ran past midnight and this one starts within its hours, it retells
        # those hours ("### Missed blocks" 22:10 to 01:15, then "### Peers" from 22:05)
        span = carry.scope_span
        if span is not None and span[0] == carry.previous.scope and naive > span[2] \
                and carry.written_date_line <= carry.previous.line:  # no date written since
            again = dt.datetime.combine(span[1].date(), naive.time())
            if span[1] - _RETOLD_SLACK <= again <= span[2] and again.date() != naive.date():
                notes.append(Inference("day", "retold", span[3], subject=expr.written,
                                       value=again.date().isoformat()))
                return again
        return naive
    if carry.written_date_line > carry.previous.line:
        return naive  # a date written since the previous entry governs: the story restarts
    within = _within_timeline_span(raw, naive, expr, carry, notes)
    if within is not None:
        return within
    if raw.block in descending:
        if naive - previous >= ROLLOVER_MIN_BACKWARDS:
            days = (naive - previous).days + 1
            notes.append(Inference("day", "newest-first", carry.previous.line,
                                   subject=expr.written, other=carry.previous.written,
                                   days=-days))
            if carry.date is None and carry.partial is None:
                carry.day_shift -= days
            return naive - dt.timedelta(days=days)
        return naive
    spanned = _within_the_range_before(naive, expr, previous, carry)
    if spanned is not None:
        if spanned != naive:
            notes.append(Inference("meridiem", "continued", carry.previous.line,
                                   subject=expr.written, other=carry.previous.written,
                                   value=_twelve_hour_text(spanned)))
        return spanned
    later = _twelve_hours_on(naive, expr, carry) or _past_noon(naive, previous, expr, carry)
    marked = _day_heading(raw, naive, carry, notes)
    if marked is not None:
        return marked
    if NEXT_DAY_SAID.match(raw.text) and carry.previous_naive is not None:
        # "8:30 AM next day: comms sent", "07:10 (+1d) paged": the entry says the day moved;
        # after an entry that said so too, and later on the clock, it is that same next day
        # ("00:10 (next day)", then "01:00 (next day)")
        again = naive >= previous and any(
            note.what == "day" and note.how == "said" for note in carry.previous.provenance)
        day = carry.previous_naive.date() + dt.timedelta(days=0 if again else 1)
        notes.append(Inference("day", "said", carry.previous.line, subject=expr.written))
        if carry.date is None and carry.partial is None:
            carry.day_shift += 1
        return dt.datetime(day.year, day.month, day.day, naive.hour, naive.minute, naive.second)
    if previous - naive >= ROLLOVER_MIN_BACKWARDS and later is not None \
            and dt.timedelta(0) <= later - previous < ROLLOVER_MIN_BACKWARDS * 6:
        # "1:10 PM", then "2:30": the afternoon goes on, AM/PM left off, not a new day
        notes.append(Inference("meridiem", "continued", carry.previous.line,
                               subject=expr.written, other=carry.previous.written,
                               value=_twelve_hour_text(later)))
        return later
    heading = carry.date_heading
    if previous - naive >= ROLLOVER_MIN_BACKWARDS and heading is not None \
            and expr.clock is not None \
            and (expr.clock.meridiem is not None or carry.twenty_four_hour) \
            and heading[0] < carry.previous.line and previous.date() == heading[1] \
            and previous - naive <= dt.timedelta(days=1) - _OUT_OF_PLACE_GAP:
        # under a date line ("__18-June-2025__"), "2:45 PM" then "12:45 PM", or "13:00" then
        # "10:49" in a 24-hour log: not 21-odd hours on, the next day, but that day's list out
        # of order (out-of-order's to judge); a time with no AM/PM in a log whose clock could
        # be 12-hour ("8:20" after "11:00") keeps the next-morning reading
        return naive
    if previous - naive >= ROLLOVER_MIN_BACKWARDS and heading is not None \
            and carry.twenty_four_hour and expr.clock is not None and expr.clock.meridiem is None \
            and heading[0] < carry.previous.line and previous.date() == heading[1] \
            and _same_day_out_of_place(raw, naive, previous, carry):
        return naive  # that day's list out of order: the times below or the next day's
    # heading say so (out-of-order's to judge)
    if ROLLOVER_MIN_BACKWARDS <= previous - naive < dt.timedelta(hours=12) \
            and raw.section != carry.previous.section \
            and heading_names_the_hour(raw.section, naive.hour * 60 + naive.minute):
        # "### Phase 4: Finality stalls (09:03 UTC)" over "| 09:03 | ... |", after a part that
        # ran to 13:40: the part's own time, told by its heading, the same day; not 19 hours
        # on ("#### Failover (00:20 UTC)" after 23:50 is the night going on, half an hour on)
        return naive
    if previous - naive >= ROLLOVER_MIN_BACKWARDS:
        days = (previous - naive).days + 1
        back = next((p for p in carry.previous.provenance
                     if p.what == "day" and p.how == "stepped-back" and p.days < 0), None)
        # after "The previous evening, 21:10: ...", "10:30" returns to the story's day
        notes.append(Inference("day", "resumed" if back is not None and days == -back.days
                               else "backwards", carry.previous.line, subject=expr.written,
                               other=carry.previous.written, days=days))
        if carry.date is None and carry.partial is None:
            carry.day_shift += days
        return naive + dt.timedelta(days=days)
    return naive


RANGE_MORNING = 8  # the hour from which a range's start runs into the afternoon
HEADING_HOUR_SLACK = 5  # minutes either side of the time or span a part's heading names


def heading_names_the_hour(section: str | None, at: int) -> bool:
    """The heading an entry stands under names a time of day (or a span of them, "(07:48-
    08:47 UTC)") at which, or within which, the entry's clock (`at`, minutes into the day)
    falls."""
    if not section or not any(ch.isdigit() for ch in section):
        return False
    named = [e.clock.hour * 60 + e.clock.minute for e in scan_document_line(section)
             if e.clock is not None and e.date is None]
    if not named:
        return False
    return min(named) - HEADING_HOUR_SLACK <= at <= max(named) + HEADING_HOUR_SLACK


def _undated_weekday_end(expr: TimeExpr, start: Event) -> bool:
    """A range's end that names only a weekday, in a document with no date to place it on
    ("from 11 PM to 1 AM Sunday", "23:30 until 00:45 UTC on Tuesday"): the weekday is the
    end's own day, so an end earlier on the clock is the next morning (or the afternoon),
    as for an end with no date at all. With the start dated ("Date: Saturday, 2 March 2024",
    then "from 23:00 to 01:00 on Saturday night"), a weekday that is the start's own day or
    the next names the night the range runs over, and the end is the next morning too. Not
    when the start names that same weekday ("from Sunday 23:00 to Sunday 01:00" is written
    wrong). A year-less start that writes its weekday has the end moved to the weekday named
    (`_weekday_told`); one that writes none ("14 Apr, 10pm - 1 am (Tuesday)") has its end on
    a later day, the next as for an end with no date: never the start's own day, hours
    before it."""
    if not _weekday_alone(expr.date):
        return False
    assert expr.date is not None
    said = start.date.weekday if start.date is not None else None
    if start.local[:2] == "--":
        return said is None
    if said is not None and said == expr.date.weekday:
        return False
    if start.local[:1].isdigit():
        weekday = dt.date.fromisoformat(start.local[:10]).weekday()
        return expr.date.weekday in (weekday, (weekday + 1) % 7)
    return True


def _range_end_afternoon(naive: dt.datetime, expr: TimeExpr, start: Event,
                         start_naive: dt.datetime) -> dt.datetime | None:
    """A range's end without AM/PM after a start read in the afternoon from a 12-hour
    clock ("1:19-1:20" after "12:08", its start 1:19 PM), or after a start in the late
    morning ("from 10:45 to 1:15": two and a half hours, not fourteen and a half): the same
    day's afternoon, twelve hours on, when that lands at or after the start, rather than the
    small hours of the next day. None for a 24-hour clock's end ("01:20", "13:19-1:20") or a
    start before the late morning."""
    clock = expr.clock
    if clock is None or clock.meridiem is not None or clock.oddities \
            or not 1 <= clock.hour <= 11 or clock.written.startswith("0") \
            or start.clock is None or start_naive.hour < RANGE_MORNING \
            or (start.clock.meridiem is None and start.clock.hour > 12):
        return None
    later = naive + dt.timedelta(hours=12)
    return later if start_naive <= later < start_naive + ROLLOVER_MIN_BACKWARDS * 6 else None


def _within_the_range_before(naive: dt.datetime, expr: TimeExpr, previous: dt.datetime,
                             carry: _Carry) -> dt.datetime | None:
    """A time without AM/PM right after a range that gives one ("### 1:42-1:59 PM: Client
    releases", then "- 1:44: ..."; "### 9:05-11:40 AM", then "- 9:05"): the entries under a
    range told with its AM/PM fall within it, so the half of the day that puts the time
    inside the range is the one meant, though it is earlier than the range's end; so under
    a range without AM/PM of a 12-hour log ("4:48-4:56", then "4:53"). None when neither
    half does, or the range or the time is a 24-hour clock's."""
    last, start = carry.previous, carry.range_start
    clock = expr.clock
    if last is None or last.part != "range-end" or last.clock is None \
            or not (last.clock.meridiem or (carry.twelve_hour and 1 <= last.clock.hour <= 12)) \
            or start is None or start[1] is None \
            or start[0].line != last.line or carry.previous_naive is None or clock is None \
            or clock.meridiem is not None or clock.oddities or not 1 <= clock.hour <= 12 \
            or clock.written.startswith("0"):
        return None
    floor = previous - (carry.previous_naive - start[1])
    if not dt.timedelta(0) <= previous - floor < dt.timedelta(hours=12):
        return None
    for reading in (naive, naive + dt.timedelta(hours=12)):
        if floor <= reading <= previous:
            return reading
    return None


def _same_day_out_of_place(raw: RawEntry, naive: dt.datetime, previous: dt.datetime,
                           carry: _Carry) -> bool:
    """Under a date line in a 24-hour log, a row that steps back more than a few hours
    ("21:45", then "09:20") is that day's list out of order, not the next morning, when what
    follows says so: the row below goes on from the one above it, not from this one ("22:10":
    a lone row out of place), or the next day's own date line comes after rows that would
    then run past its first time ("### Wednesday 5 March", "08:00"); or the row above is the
    lone one out of place, this row going on from the row before it ("17:20", "23:26-23:48",
    "17:22")."""
    entries = carry.entries
    back = previous - naive
    rolled = naive.date() + dt.timedelta(days=1)
    if _next_day_listed_above(rolled, carry):
        return True
    last = carry.previous
    assert last is not None
    before = [e for e in entries[:carry.position]
              if e.line < last.line and e.source == "timeline" and e.expr.clock is not None
              and e.part != "range-end"]
    if before and before[-1].scope == raw.scope and before[-1].expr.date is None \
            and (carry.date_heading is None or carry.date_heading[0] < before[-1].line):
        earlier = carry.stamps.get(before[-1].line)
        if earlier is not None \
                and dt.timedelta(0) <= naive - earlier.replace(tzinfo=None) < back:
            return True
    after = [e for e in entries[carry.position + 1:]
             if e.line > raw.line and e.source == "timeline" and e.expr.clock is not None
             and e.part != "range-end"]
    if not after or after[0].scope != raw.scope:
        return False
    upcoming = carry.ahead[carry.position + 1] if carry.position + 1 < len(entries) else None
    first = after[0]
    if first.expr.date is None and not (upcoming is not None and upcoming[1] <= first.line) \
            and not any(raw.line < m[0] <= first.line for m in carry.day_marks):
        below = previous.replace(hour=first.expr.clock.hour % 24, minute=first.expr.clock.minute)
        if dt.timedelta(0) <= below - previous < back:
            return True  # "21:45", "09:20", "22:10": one row out of place
    if upcoming is None or upcoming[0] != rolled:
        return False
    # the rows from here to the next day's date line, read on that next day, against the
    # first time under it
    latest = naive.time()
    for e in after:
        if e.line >= upcoming[1]:
            clock = e.expr.clock
            return (clock.hour % 24, clock.minute) < (latest.hour, latest.minute)
        if e.expr.date is not None:
            return False
        clock = e.expr.clock
        latest = max(latest, dt.time(clock.hour % 24, clock.minute))
    return False


def _next_day_listed_above(rolled: dt.date, carry: _Carry) -> bool:
    """A history of days listed newest first ("Thursday 9th June 2022" above "Wednesday 8th
    June 2022"): the next day's updates are under its own line above this day's, not here."""
    told = carry.restated.get((rolled.month, rolled.day))
    return told is not None and told[1] == rolled.year and carry.date_heading is not None \
        and told[0] < carry.date_heading[0]


def _told_before(raw: RawEntry, expr: TimeExpr, carry: _Carry, zone: Zone | None
                 ) -> tuple[Event, dt.datetime] | None:
    """The time a summary's prose told before this one, when this one goes on its story: a
    single time in the same zone, with no date written between. A heading between does not
    restart the story ("## Recovery" under an evening's start goes on into its night): what
    a new part retells lies hours before on the clock, not just past midnight."""
    told = carry.prose_previous
    if zone is not None and (by_zone := carry.prose_by_zone.get(zone.label)) is not None \
            and (told is None or by_zone[0].line >= told[0].line):
        told = by_zone
    if told is None or raw.kind != "prose" or raw.part != "single" or expr.date is not None \
            or expr.clock is None or _mixed_clock(expr):
        return None
    previous = told[0]
    if carry.date_line > previous.line \
            or (previous.zone is None) != (zone is None) \
            or (zone is not None and previous.zone is not None
                and previous.zone.label != zone.label):
        return None
    return told


def _prose_meridiem_continued(raw: RawEntry, naive: dt.datetime, expr: TimeExpr,
                              carry: _Carry, zone: Zone | None) -> tuple[Event, dt.datetime] | None:
    """Prose told in 12-hour times leaves AM/PM off the times that follow one that wrote it
    ("paged at 2:10 PM and acknowledged at 2:25"; "at 12:07 AM ..., paged at 12:11"): the
    time is in the half of the day that follows the one told before closely, when its
    literal reading does not (hours back, or twelve on). The time and the one it follows;
    None where the prose writes a 24-hour clock anywhere, or the hour has a leading zero."""
    clock = expr.clock
    if not carry.twelve_hour_prose or clock is None or clock.meridiem is not None \
            or clock.oddities or not 1 <= clock.hour <= 12 or clock.written.startswith("0") \
            or not clock.written[:1].isdigit():
        return None  # "noon", "midnight": the words say the half of the day
    told = _told_before(raw, expr, carry, zone)
    if told is None:
        return None
    previous_naive = told[1]
    if dt.timedelta(0) <= naive - previous_naive <= PROSE_ROLLOVER_MAX_STEP:
        return None
    for other in (naive + HALF_DAY, naive - HALF_DAY):
        if dt.timedelta(0) <= other - previous_naive <= PROSE_ROLLOVER_MAX_STEP:
            return other, told[0]
    return None


def _twelve_hour_prose(entries: tuple[RawEntry, ...]) -> bool:
    """The summary's prose writes 12-hour times: some with AM/PM, and none without one that
    only a 24-hour clock has ("13:05", "00:40", "09:15")."""
    # (a word, "midnight" or "noon", says its own half of the day, and shows neither clock)
    return _writes_twelve_hour([e.expr.clock for e in entries
                                if e.source == "summary" and e.kind == "prose" and e.expr.clock
                                and e.expr.clock.written[:1].isdigit()])


def _restated(notes: list[Inference]) -> bool:
    """The time's date is that of the timeline entry whose clock it repeats: the entry's
    day already says which day it is ("until 01:21 the next day" retelling the 01:21 row)."""
    return any(note.what == "date" and note.how == "restated" for note in notes)


def _midnight_after_the_evening(raw: RawEntry, naive: dt.datetime, expr: TimeExpr,
                                carry: _Carry, notes: list[Inference]) -> dt.datetime | None:
    """"Midnight" in the prose, its day carried from a time told just before it later that
    day ("19:07: instances starting", then "AWS replied just after midnight UTC"): the
    midnight that ends that day, the story going on, not the one hours before the time."""
    clock = expr.clock
    if clock is None or expr.date is not None or raw.part != "single" \
            or not clock.written.lower().endswith("midnight") or naive.time() != dt.time(0):
        return None
    told = [(carry.previous, carry.previous_naive)]
    if carry.prose_previous is not None:
        told.append(carry.prose_previous)
    if EARLIER_TOLD.search(raw.context[-60:]) is not None:
        return None  # "the backup had failed at midnight": told as before the time above
    # (on the same line too: "reopened at 1 p.m. and stayed open until midnight")
    before = [(event, at) for event, at in told
              if event is not None and at is not None
              and (event.line, event.column) < (raw.line, raw.column)]
    if not before:
        return None
    event, at = max(before, key=lambda pair: (pair[0].line, pair[0].column))
    if carry.date_line > event.line or at.date() != naive.date() or at <= naive \
            or event.scope != raw.scope:
        return None
    notes.append(Inference("day", "backwards", event.line, subject=expr.written,
                           other=event.written, days=1))
    return naive + dt.timedelta(days=1)


def _prose_past_midnight(raw: RawEntry, naive: dt.datetime, expr: TimeExpr, carry: _Carry,
                         notes: list[Inference], zone: Zone | None,
                         options: Options | None = None) -> dt.datetime:
    """A time told in a summary's prose after a late one of the same section, a short way
    past midnight on the clock ("the rollback began at 11:50 PM", then "it finished at 12:20
    AM"), with no date written between: the story goes on into the next day. A larger step
    back, a date written since, or another zone leaves the time on the day it was given; so
    does a time that repeats an entry's, read on that entry's day ("NFS recovered at
    05:03:24", the entry's, told after a time of the next night)."""
    if _restated(notes) or any(note.what == "date" and note.how == "from-posting"
                               for note in notes):
        return naive  # ("yesterday morning around 10:30" under a post stamped 8:00: the
        # day the words give, not a day after the stamp)
    told = _told_before(raw, expr, carry, zone)
    if told is None or STEP_BACK_SAID.search(raw.context[-60:]) is not None:
        return naive  # ("Earlier that day, at 02:00": a step back the words say is one)
    previous, previous_naive = told
    if previous_naive - naive < ROLLOVER_MIN_BACKWARDS \
            or _inside_the_range_it_ends(previous, naive, carry):
        return naive
    again = dt.datetime.combine(previous_naive.date(), naive.time())
    if again < previous_naive:
        again += dt.timedelta(days=1)
    if again - previous_naive > PROSE_ROLLOVER_MAX_STEP \
            and not _night_passed_by_the_next_entry(raw, naive, carry) \
            and not _restored_after_its_start(raw, previous, carry, options):
        return naive
    days = (again.date() - naive.date()).days
    notes.append(Inference("day", "backwards", previous.line, subject=expr.written,
                           other=previous.written, days=days))
    return again


def _restored_after_its_start(raw: RawEntry, previous: Event, carry: _Carry,
                              options: Options | None) -> bool:
    """A restoration told right after the start it ends, earlier on the clock ("The outage
    began at 7 pm UTC. Service was restored at 2 am UTC."): the night went by, however long
    it was; an end does not come before its start."""
    return options is not None and previous.phase == "start" and raw.kind == "prose" \
        and raw.part == "single" and _phase(raw, options, (), carry) in ("resolution", "end")


def _night_passed_by_the_next_entry(raw: RawEntry, naive: dt.datetime, carry: _Carry) -> bool:
    """A longer step back in prose ("all workers were stable by 18:00", then "the European
    team went to bed ... at 03:26 a backup completed") is the night passing too when the
    timeline's next entry, of the same section and with no date of its own, runs on from
    this time but falls before the timeline's entry above it ("At 10:45", then "At 09:21"):
    only a day gone by puts that entry in order."""
    above = carry.previous_naive
    if above is None or carry.previous is None or carry.previous.scope != raw.scope \
            or naive >= above:
        return False
    for e in carry.entries[carry.position + 1:]:
        if e.source != "timeline" or e.part == "range-end" or e.expr.clock is None:
            continue
        if e.scope != raw.scope or e.expr.date is not None or e.expr.zone != raw.expr.zone:
            return False
        clock = e.expr.clock
        here = dt.time(clock.hour % 24, clock.minute)
        return naive.time() < here < above.time() and above.date() == naive.date()
    return False


# "the night of March 3rd", "la nuit du 3 mars", "in der Nacht vom 3. März", "la noche del 3
# de marzo", "de nacht van 3 maart": a date that names the night after it ("Nacht zum" and
# "the night before" name the night that leads into theirs, and are not read here)
NIGHT_OF_BEFORE = LazyPattern(
    r"(?<![^\W\d_])(?:(?:night|overnight)[ \t]++of(?:[ \t]++the)?|nuit[ \t]++du"
    # ("late on the evening of Friday, March 3", "late on Friday, March 3": the small hours
    # after it are the next day's too)
    r"|(?:late[ \t]++(?:on[ \t]++|in[ \t]++)?)?(?:the[ \t]++)?evening[ \t]++of(?:[ \t]++the)?"
    r"|late[ \t]++on"
    r"|nacht[ \t]++vom|noche[ \t]++del|nacht[ \t]++van)[ \t]++"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]++)?$", re.IGNORECASE)
# "Wednesday night, July 16", "Friday evening, March 3": a date written with its weekday's
# night or evening
NIGHT_IN_DATE = LazyPattern(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day[ \t]++(?:night|evening)"
                            r"(?![a-z])", re.IGNORECASE)
NIGHT_OF_SMALL_HOURS = 6  # the hours after midnight that belong to the night before


def _weekdays_night(parts: DateParts, date: dt.date | None) -> bool:
    """"On Wednesday night, July 16" on a Wednesday: the date names the evening the night
    began on. ("Wednesday night, 12 September" on a Thursday dates the night by the morning
    its small hours fell on.)"""
    return date is not None and parts.weekday == date.weekday() \
        and NIGHT_IN_DATE.search(parts.written) is not None


def _morning_after_the_night_of(raw: RawEntry, expr: TimeExpr, carried_from: int | None,
                                date: dt.date | None, partial: tuple[int, int] | None,
                                carry: _Carry, notes: list[Inference]
                                ) -> tuple[dt.date | None, tuple[int, int] | None]:
    """A time in the small hours on "the night of March 3rd" is March 4th's: the date names
    the evening the night began on. The date is the expression's own, or carried from the
    line that wrote it so (by the first time to carry it: the times after carry on from
    that one's day)."""
    if expr.date is not None:
        if carry.nights_of.get(raw.line) != (date, partial):
            return date, partial
        line = raw.line
    elif carried_from is None or carry.nights_of.get(carried_from) != (date, partial):
        return date, partial
    else:
        line = carried_from
    notes.append(Inference("day", "night-of", line, subject=expr.written, days=1))
    if date is not None:
        return date + dt.timedelta(days=1), None
    assert partial is not None
    moved = dt.date(_SYNTHETIC_YEAR, *partial) + dt.timedelta(days=1)
    return None, (moved.month, moved.day)


def _night_of_before(lines: Sequence[str], line: int, start: int) -> bool:
    """The words right before position `start` of `line` (1-based) name a date's night."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    window = text[max(0, start - 40):start].lower()
    return ("night" in window or "nuit" in window or "nacht" in window or "noche" in window
            or "evening" in window or "late on" in window) \
        and NIGHT_OF_BEFORE.search(text, max(0, start - 40), start) is not None


def _inside_the_range_it_ends(previous: Event, naive: dt.datetime, carry: _Carry) -> bool:
    """`previous` ends a range ("down from 02:00 to 20:30") and `naive` lies within it ("we
    saw it at 02:07"): a moment of the window told again, not the next day's."""
    start = carry.range_start
    return previous.part == "range-end" and start is not None and start[1] is not None \
        and start[0].line == previous.line and start[0].column < previous.column \
        and start[1] <= naive


def _day_heading(raw: RawEntry, naive: dt.datetime, carry: _Carry,
                 notes: list[Inference]) -> dt.datetime | None:
    """The entry's day when a day heading ("### Tuesday", "**Day 2**") lies between it and
    the entry before: the weekday named, or the next day; None without one."""
    assert carry.previous is not None
    # a mark on the entry's own line is a day said before its time ("Next morning, 10:45")
    marks = [m for m in carry.day_marks if carry.previous.line < m[0] <= raw.line]
    if not marks or carry.previous_naive is None:
        return None
    line, weekday, number = marks[-1]
    before = carry.previous_naive.date()
    if weekday == -1:  # "Earlier that morning, 06:20": the entry steps back on purpose
        days = number or 0
        day = before + dt.timedelta(days=days)
        notes.append(Inference("day", "stepped-back", line, days=days,
                               value="the same day as" if days == 0 else "the day before",
                               other=carry.previous.written))
        if carry.date is None and carry.partial is None:
            carry.day_shift += days
        return dt.datetime(day.year, day.month, day.day, naive.hour, naive.minute, naive.second)
    days = len(marks)
    if weekday is not None and carry.date is not None:
        days = (weekday - before.weekday()) % 7 or 7
    day = before + dt.timedelta(days=days)
    notes.append(Inference("day", "heading", line, days=days))
    if carry.date is None and carry.partial is None:
        carry.day_shift += days
    return dt.datetime(day.year, day.month, day.day, naive.hour, naive.minute, naive.second)


def _midnight_ending_the_day(raw: RawEntry, naive: dt.datetime, carry: _Carry,
                             notes: list[Inference]) -> dt.datetime:
    """"Failed at 4.39pm on Monday ... recovered around midnight on Monday": the story has
    already reached that day's afternoon, so its midnight is the one that ends the day, not
    the one 16 hours before the failure. Moved a day on, with a note, when the time told
    before it (in the summary's prose, or the entry above) is later the same day."""
    if raw.source == "summary" and carry.prose_previous is not None:
        before = carry.prose_previous[1]
    elif carry.previous is not None and carry.previous_naive is not None:
        before = carry.previous_naive
    else:
        return naive
    if before.date() != naive.date() or before <= naive:
        return naive
    moved = naive + dt.timedelta(days=1)
    notes.append(Inference("date", "midnight-after", value=moved.date().isoformat(),
                           subject=raw.expr.written, other=f"{before:%H:%M}"))
    return moved


def _twelve_hour(entries: tuple[RawEntry, ...]) -> bool:
    """The timeline writes 12-hour times: some with AM/PM, and no time without one that only
    a 24-hour clock has ("13:05", "00:40", "09:15"). (With no AM/PM anywhere, see
    `_bare_twelve_hour`.)"""
    return _writes_twelve_hour([e.expr.clock for e in entries
                                if e.source == "timeline" and e.expr.clock])


def _writes_twelve_hour(clocks: Sequence[Clock]) -> bool:
    """Some of the clocks have AM/PM, and none without one is a time only a 24-hour clock
    has ("13:05", "00:40", "09:15")."""
    return any(c.meridiem for c in clocks) and not any(
        c.meridiem is None and (c.hour == 0 or c.hour > 12 or c.written.startswith("0"))
        for c in clocks)


# Words saying the incident ran through a night: a 12-hour log without AM/PM starts the
# evening before
OVERNIGHT_RE = re.compile(r"(?<![A-Za-z])(?:over[ -]?night|(?:through|during|in)[ \t]++"
                          r"the[ \t]++night|night[ \t]++(?:of|shift|window))(?![A-Za-z])",
                          re.IGNORECASE)


# Words saying an account's hours are the evening's: "tonight", "this evening", "Sunday
# evening", "on the evening of"
EVENING_RE = re.compile(r"(?<![A-Za-z])(?:tonight|this[ \t]++evening|(?:mon|tues|wednes|thurs"
                        r"|fri|satur|sun)day[ \t]++evening|the[ \t]++evening[ \t]++of)"
                        r"(?![A-Za-z])", re.IGNORECASE)
EVENING_HOURS = range(5, 12)  # the hours an evening's clock shows, written without AM/PM


def _evening_said(entries: tuple[RawEntry, ...], lines: list[str] | tuple[str, ...]
                  ) -> int | None:
    """The line that says the account is of an evening ("a power outage at the Super Dome
    tonight"), at or above its first time, when every time is a 12-hour clock's evening
    hour without AM/PM ("8:40", "8:44", "9:10": none with a leading zero, none after 11, none
    before 5): those hours are the evening's, not the morning's. None otherwise."""
    clocks = [e.expr.clock for e in entries if e.expr.clock is not None]
    if len(clocks) < 2 or any(c.meridiem or c.oddities or c.placeholder
                              or c.hour not in EVENING_HOURS or c.written.startswith("0")
                              or not c.written[:1].isdigit() for c in clocks):
        return None
    first = min(e.line for e in entries if e.expr.clock is not None)
    return next((n + 1 for n, text in enumerate(lines[:first]) if EVENING_RE.search(text)), None)


def _night_halves(entries: tuple[RawEntry, ...], lines: list[str] | tuple[str, ...]
                  ) -> dict[int, tuple[str, int]]:
    """A timeline of 12-hour times with no AM/PM anywhere ("9:40", "11:55", "1:20", "8:30")
    in a document that says it ran overnight: its first time is the evening's, and the
    clock turning past twelve once ("11:55", then "1:20") is the small hours. Each
    timeline entry's half of the day, by position, with the line that says overnight; empty
    when the log does not read as one night (no turn, or more than one, an evening start
    before 6, a time only a 24-hour clock has, a date written on an entry)."""
    timed = [(n, e) for n, e in enumerate(entries)
             if e.source == "timeline" and e.expr.clock is not None]
    if len(timed) < 3:
        return {}
    clocks = [e.expr.clock for _, e in timed]
    if any(c.meridiem or c.oddities or not 1 <= c.hour <= 12 or c.written.startswith("0")
           or c.placeholder for c in clocks if c is not None) \
            or any(e.expr.date is not None for _, e in timed):
        return {}
    first = clocks[0]
    assert first is not None
    if not 6 <= first.hour <= 11:
        return {}
    said = next((n + 1 for n, text in enumerate(lines) if OVERNIGHT_RE.search(text)), None)
    if said is None:
        return {}
    halves: dict[int, tuple[str, int]] = {}
    half, turns, before = "pm", 0, -1
    for (n, _), clock in zip(timed, clocks, strict=True):
        assert clock is not None
        value = clock.hour % 12 * 60 + clock.minute
        if value < before:
            half, turns = "am", turns + 1
        before = value
        halves[n] = (half, said)
    return halves if turns == 1 else {}


def _twenty_four_hour(entries: tuple[RawEntry, ...]) -> bool:
    """The timeline writes a 24-hour clock: no AM/PM anywhere, and some time that only a
    24-hour clock has ("13:00", "00:40", "08:14")."""
    clocks = [e.expr.clock for e in entries if e.source == "timeline" and e.expr.clock]
    return not any(c.meridiem for c in clocks) and any(
        c.hour == 0 or c.hour > 12 or c.written.startswith("0") for c in clocks)


def _bare_twelve_hour(entries: tuple[RawEntry, ...]) -> bool:
    """The timeline writes a 12-hour clock with no AM/PM anywhere: every hour 1 to 12, none
    with a leading zero, one at 12 and one written with a single digit ("11:54", "12:16",
    "1:52"): a 24-hour log past noon would write 13:52."""
    clocks = [e.expr.clock for e in entries if e.source == "timeline" and e.expr.clock]
    if not clocks or any(c.meridiem or c.oddities or not 1 <= c.hour <= 12
                         or c.written.startswith("0") for c in clocks):
        return False
    return any(c.hour == 12 for c in clocks) and any(
        c.written[1:2] in (":", ".") for c in clocks)


def _bare_afternoon(entries: tuple[RawEntry, ...], durations: Sequence[StatedDuration]) -> bool:
    """A timeline of hours 1 to 12 with no AM/PM anywhere, running from the morning into
    small hours ("10:30", "10:37", "1:10", "2:21"), whose stated length fits the afternoon
    reading (3 h 51 min: "approximately 4 hours") and not a night and a day: the small hours
    are the afternoon's."""
    opening = next((n for n, e in enumerate(entries) if e.source == "timeline"), None)
    if opening is None:
        return False
    # the timeline's clocks, and those of the steps told right after it ("2:20 - fixed" below
    # a step with no time, read as the account's): the clock the log ends at
    clocks = [e.expr.clock for e in entries[opening:opening + 40] if e.expr.clock
              and e.expr.date is None and e.part != "range-end"]
    if len(clocks) < 3 or any(c.meridiem or c.oddities or not 1 <= c.hour <= 12
                              or c.written.startswith("0") for c in clocks):
        return False
    first, last = clocks[0], clocks[-1]
    if not (8 <= first.hour <= 11 and 1 <= last.hour <= 7):
        return False
    afternoon = (last.hour + 12 - first.hour) * 60 + last.minute - first.minute
    stated = [d.seconds / 60 for d in durations if d.unit in ("hour", "minute")]
    return any(abs(minutes - afternoon) <= max(30.0, 0.25 * minutes) for minutes in stated)


AFTERNOON_REACH = 90  # minutes around an afternoon log a summary's time may fall
AFTERNOON_MIN_LOG = 3


def _afternoon_log(entries: tuple[RawEntry, ...]) -> tuple[int, int, int] | None:
    """The span of a timeline written in 24-hour clocks that all fall in one afternoon
    ("13:31" ... "13:51"), as minutes of the day, and its first line; None otherwise."""
    clocks = [(e.line, e.expr.clock) for e in entries
              if e.source == "timeline" and e.expr.clock is not None]
    if len(clocks) < AFTERNOON_MIN_LOG or any(
            c.meridiem is not None or c.oddities or not 12 <= c.hour <= 23 for _, c in clocks):
        return None
    if not any(c.hour >= 13 for _, c in clocks):
        return None
    minutes = [c.hour * 60 + c.minute for _, c in clocks]
    return min(minutes), max(minutes), clocks[0][0]


def _afternoon_of_the_log(naive: dt.datetime, expr: TimeExpr,
                          carry: _Carry) -> dt.datetime | None:
    """A summary's clock without AM/PM and with a single-digit hour ("1:21:31 MT"), over a
    timeline whose 24-hour clocks all fall in one afternoon ("13:31" to "13:51"): twelve hours
    on it falls by that afternoon, as written it is hours before anything the timeline tells
    (the author's 12-hour habit, the meridiem left off)."""
    clock, log = expr.clock, carry.afternoon_log
    if log is None or clock is None or clock.meridiem is not None or clock.oddities \
            or not 1 <= clock.hour <= 11 or clock.written.startswith("0") \
            or _mixed_clock(expr):
        return None
    as_written = clock.hour * 60 + clock.minute
    later = as_written + 12 * 60
    if not log[0] - AFTERNOON_REACH <= later <= log[1] + AFTERNOON_REACH \
            or as_written > log[0] - 3 * 60:
        return None
    return naive + dt.timedelta(hours=12)


def _past_noon(naive: dt.datetime, previous: dt.datetime, expr: TimeExpr,
               carry: _Carry) -> dt.datetime | None:
    """In a 12-hour timeline with no AM/PM anywhere, a small hour soon after a late-morning
    or afternoon entry is the afternoon ("12:16", then "1:52" is 13:52), not the next day's
    small hours; a later time that far back ("11:00", then "9:30") stays a new day."""
    clock = expr.clock
    if not (carry.bare_twelve_hour or carry.bare_afternoon) or clock is None \
            or clock.meridiem is not None or not 1 <= clock.hour <= 11 \
            or previous.hour < (11 if carry.bare_twelve_hour else 8):
        return None
    later = naive + dt.timedelta(hours=12)
    return later if dt.timedelta(0) <= later - previous <= BARE_NOON_MAX_STEP else None


def _dated_afternoon(raw: RawEntry, naive: dt.datetime, expr: TimeExpr,
                     carry: _Carry) -> dt.datetime | None:
    """A dated entry whose single-digit hour without AM/PM, on the same day as the entry
    before at 11:00 or later, would go hours back but twelve hours on follows it closely
    ("2015-02-27 12:39", then "2015-02-27 1:50", "2015-02-27 4:50"): the afternoon. A
    leading zero ("01:50") is a 24-hour clock's, and stays out of order; so is any hour in a
    timeline that writes "22:36" or "19:01" without AM/PM."""
    clock, previous = expr.clock, carry.previous_naive
    if raw.source != "timeline" or expr.date is None or clock is None or previous is None \
            or carry.twenty_four_hour \
            or carry.previous is None or carry.previous.clock is None \
            or clock.meridiem is not None or clock.oddities or not 1 <= clock.hour <= 11 \
            or clock.written[1:2] not in (":", ".") or carry.previous.clock.meridiem \
            or previous.hour < 11 or previous.date() != naive.date() \
            or previous - naive < ROLLOVER_MIN_BACKWARDS or _mixed_clock(expr):
        return None
    later = naive + dt.timedelta(hours=12)
    return later if dt.timedelta(0) <= later - previous <= BARE_NOON_MAX_STEP else None


def _twelve_hours_on(naive: dt.datetime, expr: TimeExpr, carry: _Carry) -> dt.datetime | None:
    """A time without AM/PM in a 12-hour timeline, twelve hours on ("2:30" after "1:10 PM"
    is 2:30 PM; "12:10" after "11:55 PM" is ten past midnight), or None."""
    clock = expr.clock
    if not carry.twelve_hour or clock is None or clock.meridiem is not None \
            or not 1 <= clock.hour <= 12 or clock.oddities:
        return None
    return naive + dt.timedelta(hours=12)


def _twelve_hour_text(value: dt.datetime) -> str:
    return f"{value.hour % 12 or 12}:{value.minute:02d} {'PM' if value.hour >= 12 else 'AM'}"


def _on_this_clock(previous: Event, zone: Zone | None,
                   yearless: dt.datetime | None = None) -> dt.datetime | None:
    """The previous entry's moment on this entry's wall clock, when their zones differ. With
    no year written, its moment in a year like any other (`yearless`): "May 28 at 05:03am
    UTC", then "9:50PM PST", is the evening before on the Pacific clock, whatever the year."""
    moment = previous.at if previous.at is not None else yearless
    if moment is None or zone is None or previous.zone is None \
            or previous.zone.label == zone.label:
        return None
    here = clock_in(dt.datetime.fromtimestamp(moment.timestamp(), dt.UTC), zone)
    return None if here is None else here.replace(tzinfo=None)


def _moment_written_below(carry: _Carry, line: int, date: dt.date) -> dt.datetime | None:
    """The moment a line below this time writes, in its own zone, on the date carried from
    it: a status update's closing stamp ("Posted Mar 03, 2025 - 19:39 PST") is read after
    the words above it, and "runners were down from 2:10 AM UTC" took its date. None where
    that line writes no clock or no zone of its own."""
    stamp = next((e.expr for e in carry.entries if e.line == line and e.expr.clock is not None
                  and e.expr.zone is not None), None)
    if stamp is None or stamp.clock is None or stamp.zone is None or stamp.clock.oddities \
            or stamp.clock.hour >= 24:
        return None
    naive = dt.datetime.combine(date, dt.time(stamp.clock.hour, stamp.clock.minute))
    return _instant(naive, stamp.zone, [])


def _date_where_the_clock_is(date: dt.date, zone: Zone, instant: dt.datetime | None,
                             notes: list[Inference], yearless: bool = False,
                             clock: Clock | None = None) -> dt.date:
    """A date carried from a line in another zone is that moment's date in this one: after
    "Nov 30, 4:23 PM PST", "0:59 CET" is on December 1, where Europe's clocks already were.
    `instant` is the moment written on the line the date came from; `yearless` when its
    year is the synthetic one, and the note names the month and day only. Unless the
    entry's `clock` on the date as written falls after that moment, or just before it
    (within ROLLOVER_MIN_BACKWARDS), and nearer it than on the other date: "30 September
    23:00 CET" (a summer date, an hour behind its region's clocks), then "23:01 GMT+2", is
    the same evening as the author writes it, not the next one."""
    if instant is None:
        return date
    here = clock_in(instant, zone)
    if here is None or here.utcoffset() == instant.utcoffset() or here.date() == date:
        return date
    if clock is not None and not clock.oddities and clock.hour < 24:
        there = here.replace(tzinfo=None)
        at = dt.time(clock.hour, clock.minute, clock.second or 0)
        as_written = dt.datetime.combine(date, at) - there
        moved = dt.datetime.combine(here.date(), at) - there
        if as_written >= -ROLLOVER_MIN_BACKWARDS and abs(as_written) < abs(moved):
            return date
    value = f"--{here.month:02d}-{here.day:02d}" if yearless else here.date().isoformat()
    notes.append(Inference("date", "other-zone", value=value, origin=zone.label))
    return here.date()


HALF_DAY = dt.timedelta(hours=12)


# a time told as earlier than the one before it: "had gone out earlier, at 23:55", "before
# that, at 23:40", "latency had started earlier at 22:50"
_STEP_BACK_WORDS = r"earlier|before[ \t]++that|prior[ \t]++to[ \t]++that"
EARLIER_TOLD = LazyPattern(r"(?<![a-z])(?:" + _STEP_BACK_WORDS
                           + r"|the[ \t]++(?:previous|prior)[ \t]++(?:evening|night)|had[ \t]++"
                           r"(?:already[ \t]++)?(?:been|gone|started|begun|failed|happened"
                           r"|shipped|deployed))(?![a-z])[^.;!?]{0,30}$", re.IGNORECASE)

# the words before a time saying it steps back ("Earlier that day, at 02:00", "before that,
# around 01:10"), without the pluperfect EARLIER_TOLD also reads ("service had been restored
# by 01:30" may well go on past midnight)
STEP_BACK_SAID = LazyPattern(r"(?<![a-z])(?:" + _STEP_BACK_WORDS + r")(?![a-z])[^.;!?]{0,30}$",
                             re.IGNORECASE)


def _told_as_earlier(raw: RawEntry, naive: dt.datetime, carry: _Carry,
                     notes: list[Inference]) -> dt.datetime:
    """A prose time that the words say came earlier than the time told just before it, on
    the same day carried, but more than half a day after it on the clock: "Alerts fired at
    00:20 UTC; the bad deploy had gone out earlier, at 23:55" is the evening before."""
    if raw.kind != "prose" or carry.prose_previous is None:
        return naive
    previous, before = carry.prose_previous
    if previous.line != raw.line or EARLIER_TOLD.search(raw.context[-60:]) is None:
        return naive
    if before.date() != naive.date() or naive - before <= HALF_DAY:
        return naive
    notes.append(Inference("day", "told-earlier", previous.line, subject=raw.expr.written,
                           other=previous.written, days=-1))
    return naive - dt.timedelta(days=1)


def _nearest_on_its_line(raw: RawEntry, naive: dt.datetime, expr: TimeExpr, zone: Zone,
                         carry: _Carry, notes: list[Inference]) -> dt.datetime:
    """A time in the words of a status update whose stamp ends the same line, dated from that
    line, tells of what happened before the update was posted (or soon after it, what it
    expects): "**Update** - full recovery began at 23:58 UTC. Aug 27, 00:25 UTC" is the
    evening before; "from 21:55 to 23:58 UTC on August 26 ... resolved at 00:26 UTC. Aug
    27, 00:26 UTC" the night after its date. Never a day later than the stamp."""
    reference = carry.stamps.get(raw.line)
    if raw.source != "summary" or raw.kind != "prose" or raw.part != "single" \
            or expr.date is not None or expr.clock is None or reference is None:
        return naive
    line = carry.lines[raw.line - 1] if 0 < raw.line <= len(carry.lines) else ""
    lead = LEAD_RE.match(line)
    if LEAD_WORD_RE.match(line, lead.end() if lead else 0) is not None:
        # "On 23 April 2026, 1AM SAST, our alerts fired ... that evening (8PM SAST)": the
        # line opens an account on its own time, no update's posting stamp
        return naive
    here = clock_in(reference, zone)
    if here is None:
        return naive
    stamp = here.replace(tzinfo=None)
    apart = naive - stamp
    days = -1 if apart > HALF_DAY else \
        1 if apart < -HALF_DAY and naive + dt.timedelta(days=1) <= stamp else 0
    if days:
        notes.append(Inference("day", "same-line", raw.line, subject=expr.written,
                               days=days))
    return naive + dt.timedelta(days=days)


def _overnight_start(naive: dt.datetime, expr: TimeExpr, notes: list[Inference]) -> dt.datetime:
    """"from 11:00 PM to 1:00 AM on March 15": the date is the end's, the start is the
    evening before."""
    end = expr.range_end
    if end is None or end.clock is None or expr.clock is None or not any(
            note.startswith("date ") and note.endswith("from the range end")
            for note in expr.inherited):
        return naive
    if (end.clock.hour, end.clock.minute) < (expr.clock.hour, expr.clock.minute):
        notes.append(Inference("day", "overnight-range", days=-1))
        return naive - dt.timedelta(days=1)
    return naive


def _overnight_end_field(raw: RawEntry, naive: dt.datetime, expr: TimeExpr, carry: _Carry,
                         notes: list[Inference]) -> dt.datetime:
    """"Start Time: 11:00 PM" then "End Time: 1:00 AM" (or "Resolved: 1:00 AM"), neither
    giving the end a date: the end is the next morning, as every reader takes it. Only a
    step back of 12 hours or more is read so; a shorter one may be a real mistake, left for
    the rules to judge."""
    start = carry.start_field
    if start is None or raw.kind != "field" or expr.date is not None or not raw.field_name:
        return naive
    event, start_naive = start
    phase = field_phase(raw.field_name)
    if phase in ("end", "resolution", "mitigation") and naive < start_naive:
        # "Start: 11:30 AM", then "End: 1:15": the afternoon, as for a range's end
        afternoon = _range_end_afternoon(naive, expr, event, start_naive)
        if afternoon is not None:
            notes.append(Inference("meridiem", "continued", event.line, subject=expr.written,
                                   other=event.written, value=_twelve_hour_text(afternoon)))
            return afternoon
    if phase in ("end", "resolution", "mitigation") \
            and start_naive - naive >= OVERNIGHT_FIELD_MIN_BACKWARDS:
        notes.append(Inference("day", "overnight-end-field", event.line, subject=expr.written,
                               other=event.written, days=1))
        carry.rolled_end_line = raw.line
        return naive + dt.timedelta(days=1)
    # "Detected: 23:55" below "Impact end: 00:20", read as the next morning: the date it
    # carries is that morning's, but a field between the start and that end is the
    # evening's, as every reader takes it
    if phase != "start" and carry.rolled_end_line and any(
            note.what == "date" and note.how == "carried" and note.line == carry.rolled_end_line
            for note in notes) and naive - start_naive >= OVERNIGHT_FIELD_MIN_BACKWARDS:
        notes.append(Inference("day", "overnight-field-evening", event.line,
                               subject=expr.written, other=event.written, days=-1))
        return naive - dt.timedelta(days=1)
    return naive


def _instant(naive: dt.datetime, zone: Zone, notes: list[Inference],  # type: ignore[no-untyped-def]
             after: dt.datetime | None = None):
    """The moment `naive` names in `zone`. In the hour the clocks went back, the first of
    its two moments, or the second where the entry before (`after`) is already past the
    first and not past the second: "01:40 batch starts", "01:55 clocks go back", "01:10
    batch starts again" is the 01:10 after the change."""
    pendulum = import_pendulum()
    if zone.offset_minutes is not None:
        # the zone pendulum would make of datetime.timezone(offset) (UTC itself for +00:00),
        # taken directly: the same instant, without building and converting a tzinfo
        offset = zone.offset_minutes
        tz = pendulum.UTC if offset == 0 else pendulum.timezone(offset * 60)
        # what pendulum.instance(naive, tz) makes of a naive time in a fixed zone (fold 0,
        # the wall clock kept), built directly: instance() first converts it through the zone
        return pendulum.DateTime(naive.year, naive.month, naive.day, naive.hour, naive.minute,
                                 naive.second, naive.microsecond, tzinfo=tz)
    assert zone.iana is not None
    info = ZoneInfo(zone.iana)
    first = naive.replace(tzinfo=info, fold=0)
    second = naive.replace(tzinfo=info, fold=1)
    if first.utcoffset() != second.utcoffset():
        round_trip = first.astimezone(dt.UTC).astimezone(info)
        if round_trip.replace(tzinfo=None) != naive:
            moved = first.astimezone(dt.UTC).astimezone(info)  # forward across the gap
            notes.append(Inference("reading", "dst-gap", value=f"{naive:%Y-%m-%d}",
                                   subject=f"{naive:%H:%M}", origin=zone.label,
                                   other=f"{moved:%H:%M} {_offset_text(moved)}"))
            return pendulum.instance(moved).in_timezone(zone.iana)
        if after is not None and first < after <= second:
            notes.append(Inference("reading", "dst-overlap-second", value=f"{naive:%Y-%m-%d}",
                                   subject=f"{naive:%H:%M}", origin=zone.label,
                                   other=_offset_text(second)))
            return pendulum.instance(second).in_timezone(zone.iana)
        notes.append(Inference("reading", "dst-overlap", value=f"{naive:%Y-%m-%d}",
                               subject=f"{naive:%H:%M}", origin=zone.label,
                               other=_offset_text(first)))
    return pendulum.instance(first).in_timezone(zone.iana)


def _offset_text(value: dt.datetime) -> str:
    offset = value.utcoffset() or dt.timedelta(0)
    return "UTC" + format_offset(int(offset.total_seconds() // 60))


def _local(naive: dt.datetime | None, date: dt.date | None, partial: tuple[int, int] | None,
           clock: Clock | None, invalid: list[str]) -> str:
    if invalid or naive is None:
        if clock is not None and not invalid and not clock.placeholder:
            return f"T{clock.hour % 24:02d}:{clock.minute:02d}"
        return ""
    # formatted by hand, as strftime would (its %Y pads no year before 1000: kept for those)
    if date is not None and clock is not None and naive.year >= 1000:
        # the usual case, in one call: isoformat writes the same digits
        return naive.isoformat(timespec="minutes" if clock.second is None else "seconds")
    time_part = ""
    if clock is not None:
        time_part = f"T{naive.hour:02d}:{naive.minute:02d}" + (
            f":{naive.second:02d}" if clock.second is not None else "")
    if date is not None:
        if naive.year < 1000:
            return f"{naive:%Y-%m-%d}{time_part}"
        return f"{naive.year}-{naive.month:02d}-{naive.day:02d}{time_part}"
    if partial is not None:
        return f"--{naive.month:02d}-{naive.day:02d}{time_part}"
    return time_part


_EPOCH = dt.datetime(1970, 1, 1)


def _order_minutes(naive: dt.datetime | None, at: object, zone: Zone | None) -> float | None:
    if naive is None:
        return None
    minutes = (naive - _EPOCH).total_seconds() / 60
    if zone is not None and zone.offset_minutes is not None:
        minutes -= zone.offset_minutes
    elif at is not None:
        minutes = at.timestamp() / 60  # type: ignore[attr-defined]
    return minutes


def _step_label_phase(label: str) -> Phase | None:
    """The phase a timeline step's label names ("Detected:" over "alerts fired", "Started:"
    over "load rose"), as the same word names a header field's; None for any other label."""
    head, colon, _ = label.rpartition(":")
    if not colon:
        return None
    named = field_phase(head.strip(" *_").lower())
    return named if named not in (None, "other") else None  # type: ignore[return-value]


# the nouns a step's label names its phase by, beside the header fields' words ("Detected:")
_STEP_NOUNS: dict[str, Phase] = {"discovery": "detection", "detection": "detection",
                                 "recovery": "resolution", "resolution": "resolution",
                                 "mitigation": "mitigation"}
_LABEL_WORDS = 3  # a label is a short name ("Impact start"), not a clause


def _leading_label_phase(text: str) -> Phase | None:
    """The phase an entry's words name by a label of their own after the time ("Recovery:
    scrape timeout raised", "**Discovery:** a user sees no metrics"): the author's step."""
    head, colon, rest = text.partition(":")
    label = head.strip(" *_").lower()
    if not colon or not label or len(label.split()) > _LABEL_WORDS \
            or rest.lstrip(" *_")[:1].isdigit():
        return None  # "End-time: 06/May/2022 3:07 PM" after a start: a field of its own
    named = _STEP_NOUNS.get(label) or field_phase(label)
    return named if named not in (None, "other") else None  # type: ignore[return-value]


# "would be restored around", "is expected to last", "will be down", "estimated": the words
# of a window forecast or announced, right before its times ("would not load" told an outage;
# "the reboot scheduled time of 2:30 AM to 8:30 AM" may be the outage's window)
FORECAST_BEFORE = LazyPattern(r"(?<![a-z])(?:would|will|expect(?:ed|s)?|estimated|anticipated"
                              r"|forecast|hop(?:e|ed|es|ing))(?![a-z])"
                              r"(?![ \t]++not(?![a-z]))(?:[ \t]++[a-z'-]++){0,4}[ \t]*+$")


def _forecast_window(context: str) -> bool:
    """The words of the sentence before a range forecast or plan it."""
    clause = context[-80:].lower()
    for stop in (". ", "; ", "! ", "? "):
        if stop in clause:
            clause = clause.rsplit(stop, 1)[1]
    return ("ould" in clause or "will" in clause or "expect" in clause or "estimat" in clause
            or "anticipat" in clause or "forecast" in clause or "hop" in clause) \
        and FORECAST_BEFORE.search(clause) is not None


# the words of hours that stand every day rather than a moment of the incident: "business
# hours begin at 08:00", "the DC's daytime availability begins at 9 AM", "the help desk opens at
# 9 AM", "is staffed from 08:00 to 18:00", "the backup runs nightly at 02:00"
_HOURS_KINDS = frozenset(("business", "office", "opening", "working", "support", "operating",
                          "daytime", "normal", "regular", "staffed", "service"))
_HOURS_NOUNS = frozenset(("hours", "availability"))
_SCHEDULE_VERBS = frozenset(("begin", "begins", "start", "starts", "run", "runs", "end", "ends",
                             "open", "opens", "close", "closes", "is", "are"))
_SCHEDULE_PREPOSITIONS = frozenset(("at", "from", "between", "until", "till", "around", "by"))
_HABITUAL_LAST = frozenset(("opens", "closes", "daily", "nightly"))
_HABITUAL_UNITS = frozenset(("day", "night", "morning", "evening", "afternoon", "weekday",
                             "hour"))
_HOURS_FILLER = 4  # "availability for the datacenter begins": words between noun and verb


# the days a desk keeps its hours on: "mon-fri", "monday to friday", "weekdays", "daily"
WEEK_SPAN = LazyPattern(r"(?:mon|monday|sun|sunday|sat|saturday)[ \t]*+(?:-|–|to|through|thru)"
                        r"[ \t]*+(?:fri|friday|sat|saturday|sun|sunday)|weekdays|daily|7[ \t]days"
                        r"|24/7")


def _standing_hours(context: str) -> bool:
    """The clause right before a prose time tells hours kept every day (a desk's business
    hours, a job's nightly run), not a moment of the incident: no phase."""
    clause = context[-100:].lower()
    opened = clause.rsplit("(", 1)
    if len(opened) == 2 and not opened[1].strip():
        # "during peak hours (12:00 - 2:00 EST)", "the work-day (10am-5pm)": hours kept
        # daily, named right before the parenthesis that gives them
        named = opened[0].split()[-2:]
        if (len(named) == 2 and named[1] in _HOURS_NOUNS
                and named[0] in (*_HOURS_KINDS, "peak", "off-peak")) \
                or named[-1:] in (["work-day"], ["workday"], ["working-day"]):
            return True
    for stop in (". ", "; ", "! ", "? ", "(", "\n"):
        if stop in clause:
            clause = clause.rsplit(stop, 1)[1]
    _head, comma, last = clause.rpartition(", ")
    if comma and not last.startswith(("which ", "that ")):
        clause = last  # "hours, which start at" goes on; "outside business hours, at" stops
    words = [w.strip("*_,'\u2019") for w in clause.split()]
    if not words:
        return False
    preposition = words.pop() if words[-1] in _SCHEDULE_PREPOSITIONS else None
    if not words:
        return False
    if preposition is None and words[-1] in ("staffed", "work-day", "workday", "weekdays"):
        return True  # "our desk (staffed 8am-6pm)", "work-day 10am-5pm": hours kept daily
    if WEEK_SPAN.fullmatch(words[-1]) is not None or (
            len(words) >= 2 and WEEK_SPAN.fullmatch(" ".join(words[-3:])) is not None):
        return True  # "(Mon-Fri 8am-8pm Sydney time)", "Monday to Friday, 9:00-17:00"
    if len(words) >= 2 and words[-2] in ("is", "are") and words[-1] in ("open", "staffed"):
        return True  # "the helpline is open 7am-10pm daily"
    if words[-1] in _HABITUAL_LAST and preposition is not None:
        return True  # "the help desk opens at 9 AM", "the backup runs nightly at 02:00"
    if len(words) >= 2 and preposition is not None and (
            (words[-2] in ("every", "each") and words[-1] in _HABITUAL_UNITS)
            or (words[-2] in ("is", "are") and words[-1] in ("open", "staffed"))):
        return True  # "every night at 02:00", "is staffed from 08:00"
    if words[-1] in _HOURS_NOUNS and preposition in ("from", "between") and len(words) >= 2:
        return words[-2] in _HOURS_KINDS  # "business hours from 9:00 to 17:00"
    if words[-1] not in _SCHEDULE_VERBS:
        return False
    for k in range(len(words) - 2, max(0, len(words) - 3 - _HOURS_FILLER), -1):
        if words[k] in _HOURS_NOUNS and (words[k - 1] in _HOURS_KINDS or (
                k + 2 < len(words) and words[k + 1] == "of"
                and words[k + 2] in ("operation", "business", "service"))):
            return True  # "business hours begin at", "hours of operation are"
    return False


# the words that make a window a forecast when they follow its times, as Korean and Japanese
# put them: "오후 8시~9시쯤 복구될 것이라고 밝혔지만", "20時から21時に復旧する見込み"
_FORECAST_AFTER = ("것이라고", "것으로", "예정", "예상", "전망", "見込み", "見込", "予定", "見通し",
                   "予想")
_CLAUSE_ENDS = (",", "\uff0c", "\u3002", ". ", "!", "?", ";")


def _forecast_said_after(lines: tuple[str, ...], raw: RawEntry) -> bool:
    """The words after a range's start, to the clause's end, forecast it (non-ASCII only)."""
    if not 0 < raw.line <= len(lines):
        return False
    rest = lines[raw.line - 1][raw.column - 1:raw.column + 59]
    if rest.isascii():
        return False
    for end in _CLAUSE_ENDS:
        rest = rest.split(end, 1)[0]
    return any(word in rest for word in _FORECAST_AFTER)


def _phase(raw: RawEntry, options: Options, mentioned: tuple[Phase, ...], carry: _Carry
           ) -> Phase:
    """The event's phase: its field, its place in a range, or the words it mentions."""
    if raw.kind == "field" and raw.field_name:
        named = field_phase(raw.field_name)
        if raw.aside and named in (None, "other", "start", "end"):
            return "other"  # "The maintenance window was scheduled for: Start ... End ...":
            # the provider's planned window, not the incident's
        if raw.field_name == "duration" or (raw.part != "single" and named in (None, "other")):
            return "start" if raw.part == "range-start" else "end"
        if named not in (None, "other"):
            return named  # type: ignore[return-value]
        if named == "other" and raw.field_name in _DATED_ONLY_FIELDS:
            return "other"  # "Created: ..." under "Customer Escalation Summary": no escalation
    if raw.kind == "prose":
        if raw.aftermath or raw.aside:
            # "Recurrence #2": "deployed at 14:25-14:35 UTC" is not this end; nor is a
            # range the sentence calls planned maintenance or a false recovery
            return "other"
        if raw.part != "range-end" and _standing_hours(raw.context):
            return "other"  # "Business hours begin at 08:00": hours kept daily, no step
        if raw.part != "single" and 0 < raw.line <= len(carry.lines) \
                and REPORT_MADE_LABEL.match(carry.lines[raw.line - 1]) is not None:
            # "Analysis date: 2026-08-10 (ran ~18:45-19:10 IST)", "Report generated: 09:00 -
            # 09:20": when the report itself was made, not the incident's window
            return "other"
        if raw.part == "range-start" and RECORD_BEFORE.search(raw.context[-40:]) is not None:
            return "other"  # "journal 01:40-01:50", "logs from 10:00-10:30": what a record
            # covers, kept as evidence, not the incident's window (its end follows it)
        if raw.part != "single" and ONSET_BOUNDS.search(raw.context[-60:]) is not None:
            # "offline since 06:45-07:00 this morning": when it began, known to within the
            # range, not a window from one to the other
            return "start" if raw.part == "range-start" else "other"
        if raw.part != "single" and RECOVERY_BOUNDS.search(raw.context[-60:]) is not None:
            # "services progressively resumed between 6pm and 7pm": when it came back, known
            # to within the range, not a window from the outage's start to its end
            return "other" if raw.part == "range-start" else "resolution"
        if (raw.part == "range-start" and (_forecast_window(raw.context)
                                           or _forecast_said_after(carry.lines, raw))) or (
                raw.part == "range-end" and carry.range_start is not None
                and carry.range_start[0].line == raw.line
                and carry.range_start[0].phase == "other"):
            # "had said service would be restored around 8-9 pm, but ...": a window promised
            # or planned, neither the incident's start nor its end
            return "other"
        if raw.part == "range-start":
            return "start"
        if raw.part == "range-end":
            return "end"
        if raw.own_context is not None:
            own = _prose_phase(raw.own_context, options, carry, raw.own_after)
            if own == "resolution" and responder_online(raw.context):
                own = "other"  # "After a page at 05:10, Porter came online at 05:15": no fix
            if own != "other" or raw.own_only:
                return own  # "started at 16:50 and ends at 18:30": 18:30 has its own words
        return _prose_phase(raw.context, options, carry)
    if raw.part == "range-end":
        return "other"
    labelled = _step_label_phase(raw.context) if raw.kind == "entry" else None
    if labelled is not None:
        return labelled  # "Started: load rose", a step of the timeline named by its phase
    labelled = _leading_label_phase(raw.text) if raw.kind == "entry" else None
    if labelled is not None:
        return labelled  # "12:48 | **Recovery:** the PVC is free again", labelled after the time
    phase = mentioned[0] if mentioned else "other"
    if phase == "other" and raw.section:
        phase = carry.phase_of(raw.section, options)
        if phase in ("resolution", "mitigation") and raw.kind == "entry":
            return "other"  # a "Resolution" section holds steps, not only the fix
    return phase


# a record named right before a range: "journal 01:40-01:50", "(logs from 10:00 to 10:30)",
# "pcap 14:02-14:09", "registros de 01:40 a 01:50", "Protokoll 9:00-9:30"
RECORD_BEFORE = LazyPattern(
    r"(?<![^\W\d_])(?:journal|journals|journalctl|syslog|logs?|log[ \t]++excerpts?|traces?"
    r"|captures?|pcaps?|dumps?|screenshots?|graphs?|charts?|dashboards?|recordings?"
    r"|transcripts?|registros?|bit[aá]cora|capturas?|journaux|protokoll|protokolle)"
    r"(?:[ \t]++(?:from|of|for|covering|between|de|del|entre|von|du|des))?[ \t:]*+$",
    re.IGNORECASE)


# a line labelled with the report's own making: "Analysis date:", "Report generated:",
# "Postmortem written:", "Prepared on:"
REPORT_MADE_LABEL = LazyPattern(
    r"[ \t>*_#-]*+(?:(?:analysis|report|document|write-?up|post-?mortem|review)[ \t]++"
    r"(?:date|time|run|generated|prepared|written|compiled|published|posted|updated|created)"
    r"|(?:generated|prepared|compiled|published|posted|written|last[ \t]++updated)"
    r"(?:[ \t]++(?:on|at))?)[ \t*_]*+:", re.IGNORECASE)


# "since" right before a prose range: the onset, known to within the range ("down since
# 06:45-07:00"), not a window
# (a range's end is read after its start's stand-in: "since  06:45 to ")
ONSET_BOUNDS = LazyPattern(r"(?<![a-z])since[ \t]++(?:about[ \t]++|around[ \t]++|roughly[ \t]++"
                           r"|approximately[ \t]++|~[ \t]*+)?"
                           r"(?:[0-9][0-9:.]{0,7}(?:[ \t]?[ap]\.?m\.?)?[ \t]++to[ \t]++)?$"
                           # ("burst sometime between 2:00 am and 4:00 am", "probably failed
                           # between 01:00 and 03:00": one moment, known to within the range)
                           r"|(?<![a-z])(?:some[ \t]?time|at[ \t]++some[ \t]++point|probably"
                           r"|likely|possibly)(?:[ \t]++[a-z]++){0,2}?[ \t]++between[ \t]++"
                           r"(?:[0-9][0-9:.]{0,7}(?:[ \t]?[ap]\.?m\.?)?[ \t]++(?:and|to)[ \t]++)?$",
                           re.IGNORECASE)


# a recovery verb and "between" right before a prose range: when service came back, known to
# within the range ("gradually restored between 17:00 and 17:40"), not the outage's window
# (a range's end is read after its start's stand-in: "resumed between  6pm and ")
RECOVERY_BOUNDS = LazyPattern(
    r"(?<![a-z])(?:restored|resumed|recovered|reconnected|returned|came[ \t]++back"
    r"|back[ \t]++(?:online|up))(?:[ \t]++(?:online|to[ \t]++normal|gradually|progressively"
    r"|slowly|fully|in[ \t]++stages))?[ \t]++between[ \t]++(?:about[ \t]++|around[ \t]++"
    r"|roughly[ \t]++|approximately[ \t]++|~[ \t]*+)?"
    r"(?:[0-9][0-9:.]{0,7}(?:[ \t]?[ap]\.?m\.?)?[ \t]++(?:and|to)[ \t]++)?$",
    re.IGNORECASE)


# Words right after an entry's time that say it is on the next day.
NEXT_DAY_SAID = LazyPattern(r"[(\[]?[ \t]*+(?:(?:the[ \t]++)?(?:next|following)[ \t]++"
                           r"(?:day|morning)|\+[ \t]?1[ \t]?d(?:ay)?|d(?:ay)?[ \t]?\+[ \t]?1"
                           r"|\+1(?=[ \t]*+[)\]])"
                           # the same in French, German, Dutch, Spanish, Italian, Portuguese,
                           # the Nordic languages and Polish: "(le lendemain)", "(am nächsten
                           # Tag)", "(volgende dag)", "(día siguiente)", "(giorno dopo)"
                           r"|(?:le[ \t]++)?lendemain"
                           r"|(?:am[ \t]++)?(?:nächsten|folgenden)[ \t]++tag"
                           r"|(?:am[ \t]++)?folgetag|(?:de[ \t]++)?volgende[ \t]++dag"
                           r"|(?:el[ \t]++)?d[ií]a[ \t]++siguiente|(?:il[ \t]++)?giorno[ \t]++"
                           r"(?:dopo|successivo|seguente)|(?:o[ \t]++)?dia[ \t]++seguinte"
                           r"|(?:nästa|næste|neste|följande|påfølgende)[ \t]++dag"
                           r"|następnego[ \t]++dnia)(?![a-zà-ÿ0-9])", re.IGNORECASE)
# Fields that only date the document or the incident: their section's name is no phase.
_DATED_ONLY_FIELDS = frozenset({"created", "created at", "date", "incident date",
                                "date of incident", "reported on"})
INLINE_LABEL = re.compile(r"([A-Za-z][A-Za-z -]{0,25}?)[ \t]*+[*_]{0,2}:[*_]{0,2}[ \t]*+$")


ABBREVIATION_DOT = LazyPattern(r"(?<![^\W\d_])(?:kl|ca|approx|appr|godz|no|nr|vs|resp)\.(?= )",
                              re.IGNORECASE)


# a note in parentheses on how things stand now, added to a sentence about the start: "An
# outage (now resolved) was reported", "errors (since fixed) appeared", "(resolved)"
STATUS_ASIDE = LazyPattern(r"\([ \t]*+(?:(?:now|since|since[ \t]++been|has[ \t]++been"
                           r"|now[ \t]++fully)[ \t]++)?(?:resolved|fixed|restored|mitigated"
                           r"|over)[ \t]*+\)", re.IGNORECASE)


def _prose_phase(context: str, options: Options, carry: _Carry, after: bool = False) -> Phase:
    """The phase of a time in running text: "Start time: X" inline, else the clause's words
    (`after`: the words follow the time, whose "from" or "until" are another's: "By 08:23 we
    had confirmations from around the world")."""
    tail = context[-40:]
    label = INLINE_LABEL.search(tail) if ":" in tail else None  # the label's colon
    if label:
        named = field_phase(" ".join(label.group(1).lower().split()))
        if named not in (None, "other"):
            return named  # type: ignore[return-value]
    # the dot of an abbreviation before the time ends no sentence: "kl. 10.35", "ca. 10:35",
    # "approx. 10:35", "godz. 18:00"
    clause = ABBREVIATION_DOT.sub(" ", context) if ". " in context else context
    if "(" in clause:
        clause = STATUS_ASIDE.sub(" ", clause)  # "An outage (now resolved) was reported at"
    # an arrow between two times ("alert ~20:20 → recovery ~00:20") leads from one event to
    # the next: the time after it is told by the words after it
    for stop in (". ", "; ", "! ", "? ", "→", " -> ", " => "):
        if stop in clause:
            clause = clause.rsplit(stop, 1)[1]
    subject = None if after else max(SUBJECT_AFTER_COMMA.finditer(clause),
                                     key=re.Match.start, default=None)
    if subject is not None and len(clause[subject.end():].split()) >= 2:
        # "With shared workers back online, we turned our attention to ... at 8:13 AM": the
        # time is the clause's whose subject follows the comma; the phrase before it tells
        # the state the step began from, not what happened then
        clause = clause[subject.start() + 1:]
    last = clause.split()[-1:]
    if last and last[0].lower() in ("until", "till", "since") \
            and _WELL_STATES.intersection(w.strip(",") for w in clause.lower().split()[-5:-1]):
        # "The API was healthy until 14:10": the well state ended, the fault began then;
        # "error rates have been flat since 16:10": it holds again from then
        return "start" if last[0].lower() != "since" else "resolution"
    if last and last[0].lower() in ("until", "till") \
            and not _held_until(" ".join(clause.lower().split()[-11:-1])):
        # "the service stopped responding to 40% of users until 03:00": the time right after
        # "until" ends what the clause tells, whatever verb opens it
        return "end"
    # "the issue was noticed and then resolved by Aaron at 10:00": of two verbs joined by
    # "and", the one next to the time says what happened at it
    joined = COORDINATED.split(clause)
    if len(joined) > 1 and not NOUN_PHRASE.match(joined[-1]):
        nearest = carry.phase_of(joined[-1], options)
        if nearest != "other":
            return nearest
    phase = carry.phase_of(clause, options)
    if phase != "other":
        return phase
    words = clause.lower().split()
    for k in range(len(words) - 1, max(-1, len(words) - 9), -1):
        word = words[k].strip(",")
        if after and word in _PREPOSITIONS:
            continue  # a preposition marks the time it stands before, none told before it
        if word in PROSE_START:
            if _response_work_after(words, k):
                continue  # "the team began debugging the issue at 2:30": the response's work
            if k + 1 < len(words) and words[k + 1].strip(",.") in _STARTED_WELL:
                continue  # "At 5:28 PM, web-01 started successfully": up again, no onset
            if k >= 2 and words[k - 1] == "to" and words[k - 2] in _FORECAST_WORDS:
                # "the repair job expected to begin about 8pm": a forecast of the response's
                # next step, no onset of the incident
                return "other"
            if word in ("from", "since") and any("," in w for w in words[k:]):
                # "Priya, back from lunch, came online at", "Since only two files were
                # changed, at 4:56 PM": a clause of its own, not the time's "from"
                continue
            if word == "since" and _CLAUSE_VERBS.intersection(words[k + 1:]):
                # "since my link was still down at 12:20 I phoned them": "since" opens a
                # clause (because), whose verb tells of the time; "since 00:02" starts a span
                continue
            return "start"
        if word in PROSE_END:
            if word in ("until", "till") and _held_until(" ".join(words[max(0, k - 10):k])):
                # "the team didn't start looking into it until 11:00": when something began
                return "other"
            return "end"
    return "other"


# What responders begin doing ("began debugging", "started investigating"): no start of the
# incident's impact
# a service said to be well before "until" or "since" ("healthy until 14:10", "flat since
# 16:10"): its trouble starts, or is over, at the time
_WELL_STATES = frozenset({"healthy", "fine", "normal", "normally", "stable", "flat", "green",
                          "nominal", "smoothly", "operational"})
# the finite verbs of a clause "since" may open ("since the link was still down at 12:20"):
# a reason or a state told at the time, not the start of a span
_CLAUSE_VERBS = frozenset({"was", "were", "is", "are", "had", "has", "have", "did", "does",
                           "could", "would", "remained", "stayed", "kept"})
# a thing that started well ("web-01 started successfully", "the daemon starts normally"):
# back up, not the onset of a fault
_STARTED_WELL = frozenset({"successfully", "fine", "normally", "properly", "correctly", "cleanly",
                           "again"})
_RESPONSE_WORK = frozenset({"debugging", "investigating", "troubleshooting", "diagnosing",
                            "analysing", "analyzing", "reviewing", "looking", "working",
                            "work", "triage", "triaging", "testing", "validating",
                            "verifying", "preparing", "planning", "drafting", "writing",
                            "coordinating"})
# the response's work named as a noun after an article: "began an investigation at"
_RESPONSE_NOUNS = frozenset({"investigation", "analysis", "triage", "review", "diagnosis"})


def _response_work_after(words: list[str], k: int) -> bool:
    """The words after a start verb name the responders' work, not the incident's onset."""
    following = words[k + 1:k + 3]
    if following and following[0].strip(",") in _RESPONSE_WORK:
        return True  # "began debugging the issue at", "started work on a fix at"
    return len(following) == 2 and following[0] in ("an", "the", "our", "their") \
        and following[1].strip(",.") in _RESPONSE_NOUNS  # "began an investigation at"


# A negation before "until": "didn't ... until X", "was not ... until X", "nobody ... until"
_NEGATED = LazyPattern(r"(?<![a-z])(?:not|never|nobody|no one|none)(?![a-z])|n[’']t(?![a-z])")
# The responders putting a step off before "until": "we delayed moving the hosts back until
# X", "the team postponed the failover until X", "we waited until X": when the step was taken
# ("payments were delayed until X" is the impact's end: no responder puts it off)
_DEFERRED = LazyPattern(r"(?<![a-z])(?:we|i|they|the[ \t]team|our[ \t]team|on-?call)"
                        r"[ \t]++(?:[a-z]++[ \t]++)??(?:delayed|postponed|deferred|held[ \t]off"
                        r"|put[ \t]off|waited)(?![a-z])")


def _held_until(before: str) -> bool:
    """The (lower-cased) words before "until" hold it back: a negation ("didn't start ...
    until 11:00") or the responders putting a step off ("we delayed the move back until
    09:45"): the time is when something began or was done, not an end."""
    return _NEGATED.search(before) is not None or (
        ("delay" in before or "post" in before or "defer" in before or "held" in before
         or "put" in before or "wait" in before) and _DEFERRED.search(before) is not None)


# ", we turned our attention to": a comma, then the subject of the clause the time is told in
SUBJECT_AFTER_COMMA = LazyPattern(r",[ \t]++(?:we|i|they|the[ \t]++team|our[ \t]++(?:team"
                                  r"|engineers?|on-?call(?:[ \t]++engineer)?))[ \t]++",
                                  re.IGNORECASE)


# "noticed and then resolved at", "was discovered shortly thereafter and remedied at"
COORDINATED = LazyPattern(r"(?<![ \t])[ \t]++and(?:[ \t]++then)?[ \t]++|,[ \t]*+then[ \t]++")


# "a maintenance update and a reboot notification": two nouns joined, not two verbs
NOUN_PHRASE = LazyPattern(r"(?:a|an|the|this|that|its|their|our|his|her)[ \t]", re.IGNORECASE)


_DATE_ABOVE_LINES = 2  # the date line, perhaps a blank line, then the first entry
# "Posted: Monday, November 7, 2022", "## **posted** : 9th of November", "Last updated on":
# the day the report was written, which is seldom the day of the incident
_PUBLISHED = LazyPattern(r"(?:posted|published|written|updated|modified|authored|report date|"
                        # other languages' "published"
                        r"opublikowano|publikováno|zveřejněno|veröffentlicht|publié|publicado"
                        r"|pubblicato|опубликовано|"
                        r"date of (?:this )?report|edited|revised|review(?:ed)?(?: date)?"
                        r"|meeting(?: date)?"
                        # German's "as of" in a report's header ("Stand: 13.08.2026"), and
                        # its "last changed" ("zuletzt geändert")
                        r"|(?<![a-z])stand|zuletzt[ \t]++geändert"
                        # and the others' "status as of" ("Estado al 2026-09-15", "État au")
                        r"|status[ \t]++as[ \t]++of|estado[ \t]++al?|état[ \t]++au"
                        r"|stato[ \t]++al|situação[ \t]++em"
                        # "Press release of 19.01.2010", "Pressemeldung vom 19.01.2010", with
                        # perhaps the release's number ("Press release No. 12/2021 of")
                        r"|(?:press release|presse(?:meldung|mitteilung)|communiqué)"
                        r"(?:[ \t]++(?:nr|no|n°|nº|#)\.?[ \t]*+\d++(?:[/.\-]\d++)?)?"
                        r"(?:[ \t]++(?:of|from|dated|vom|du))?"
                        r")[^A-Za-z0-9]{0,12}(?:on|at)?[^A-Za-z0-9]{0,4}$",
                        re.IGNORECASE)


# (a mail archive's page shows the header as a table, copied without colons: "From Ops
# <...>", "Subject Network incident", "Date Mon, 06 Jul 2009 07:46:17 GMT")
_MAIL_HEADER = LazyPattern(r"(?:from|to|cc|subject|sent|reply-to)[ \t]*+:"
                           r"|(?-i:From|Subject)[ \t]++\S", re.IGNORECASE)
_MAIL_DATE = LazyPattern(r"(?:date|sent)[ \t]*+:"
                         r"|(?-i:Date[ \t]++(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)),", re.IGNORECASE)


def mail_header_dates(lines: tuple[str, ...]) -> frozenset[int]:
    """Lines of a "Date:" in a mail's header block (beside "From:" and "Subject:"), near
    the top: when the message was sent, as a posting date is, not the incident's day."""
    found = set()
    for i, line in enumerate(lines[:12]):
        if _MAIL_DATE.match(line.lstrip(" *_")):
            near = lines[max(0, i - 3):i] + lines[i + 1:i + 4]
            if sum(1 for other in near if _MAIL_HEADER.match(other.lstrip(" *_"))) >= 2:
                found.add(i + 1)
    return frozenset(found)


def _posted_alone(lines: tuple[str, ...], entries: Sequence[RawEntry], front_matter: int
                  ) -> tuple[dt.date, int] | None:
    """A full date alone on the first line of the text ("Friday, July 26, 2013" over a blog
    post): the day the post was written, the day its "today" means."""
    first = next((n for n in range(front_matter + 1, len(lines) + 1)
                  if lines[n - 1].strip()), None)
    if first is None:
        return None
    raw = next((e for e in entries if e.line == first), None)
    parts = raw.expr.date if raw is not None else None
    if raw is None or parts is None or raw.expr.clock is not None or parts.year is None \
            or parts.month is None or parts.day is None:
        return None
    rest = lines[first - 1].replace(raw.expr.written, "", 1)
    if any(c.isalnum() for c in rest):
        return None
    try:
        return dt.date(parts.year, parts.month, parts.day), first
    except ValueError:
        return None


BYLINE_LINES = 4  # the text's first lines, title included, a byline stands among
BYLINE_WORDS = 8  # words beside the date on a byline: a name, a section


def _byline(lines: tuple[str, ...], entries: Sequence[RawEntry], front_matter: int
            ) -> tuple[dt.date, int] | None:
    """A news post's byline among the text's first lines: a whole date, no clock, beside a
    few words and no number, set off by a comma or a bar ("Kevin Murphy, January 17, 2022,
    Registrars", "By J. Doe | 3 May 2024"): the day the post was written."""
    firsts = [n for n in range(front_matter + 1, len(lines) + 1) if lines[n - 1].strip()]
    for n in firsts[:BYLINE_LINES]:
        raw = next((e for e in entries if e.line == n), None)
        if raw is None:
            continue
        day = _whole_date(raw.expr.date)
        if day is None or raw.expr.clock is not None:
            return None
        text = lines[n - 1]
        rest = text[:raw.expr.start] + text[raw.expr.end:]
        beside = (text[:raw.expr.start].rstrip()[-1:] + text[raw.expr.end:].lstrip()[:1])
        if any(c.isdigit() for c in rest) or len(rest.split()) > BYLINE_WORDS \
                or not any(c in beside for c in ",|·•—") or ":" in rest:
            return None
        return day, n
    return None


def _posting_days(entries: Sequence[RawEntry], alone: tuple[dt.date, int] | None,
                  byline: tuple[dt.date, int] | None = None) -> dict[int, dt.date]:
    """The days the report says it was posted on, by line: a whole date and no clock, after
    "Posted", "Published" or a blog's "min read", alone on the text's first line, or on its
    byline."""
    found = {alone[1]: alone[0]} if alone is not None else {}
    if byline is not None:
        found[byline[1]] = byline[0]
    for index, e in enumerate(entries):
        if e.expr.clock is not None and index == 0 and e.line not in found \
                and e.expr.range_end is None and (day := _whole_date(e.expr.date)) is not None \
                and _publication_date(e):
            # "Posted January 12, 2019 at 8:00 AM CST" opening the page: its day is the
            # posting's, clock and all (a status log's later stamps each date an update)
            found[e.line] = day
        if e.expr.clock is None and e.line not in found \
                and (day := _whole_date(e.expr.date)) is not None:
            if _publication_date(e):
                found[e.line] = day
            elif e.kind == "prose" and YESTERDAYS_DATE.search(e.context[-40:]) is not None:
                # "Gestern Mittag (21.09.2017)", "Yesterday (March 3, 2024)": the report was
                # written the day after the date it calls yesterday's
                found[e.line] = day + dt.timedelta(days=1)
    return found


# a date called yesterday's right before it: "Gestern Mittag (", "yesterday afternoon, on"
YESTERDAYS_DATE = LazyPattern(
    r"(?<![^\W\d_])(?:yesterday|gestern|hier|ayer|gisteren|ieri)(?:[ \t,]++[^\W\d_]++){0,2}"
    r"[ \t,]*+\(?[ \t]*+$", re.IGNORECASE)


def _told_as_today(line: str, expr: TimeExpr) -> bool:
    """The time is said to be today's, right beside it: "7:20a ET today", "today at 9:02"."""
    after = line[expr.end:].lstrip().lower()
    before = line[:expr.start].rstrip(" ,").lower()
    return (after.startswith("today") and not after[5:6].isalpha()) \
        or before.endswith((" today", " today at")) or before in ("today", "today at")


# "Yesterday, esm.sh deployed ...", "yesterday between 9 and 10": the incident's day told from
# the day the report is written; not "yesterday's update" (another report's day)
_YESTERDAY = LazyPattern(r"(?<![A-Za-z])yesterday(?![A-Za-z'’])", re.IGNORECASE)


# "Earlier today, we experienced ...", "This morning the API failed": the incident's day
# is the day the report is written
_TODAY = LazyPattern(r"(?<![A-Za-z])(?:earlier[ \t]++today|this[ \t]++morning)(?![A-Za-z])",
                     re.IGNORECASE)
_TODAY_WORDS = ("today", "morning")  # one of them is in every match of _TODAY


# "Yesterday at approximately 13:25", "hier soir à 20 h 30", "gestern um 14:10", and after
# the time: "7.25pm yesterday"
YESTERDAY_BEFORE = LazyPattern(
    r"(?<![A-Za-z])(?:yesterday|hier|gestern|ayer|gisteren|ieri)(?:[ \t,]++(?:morning|afternoon"
    r"|evening|night|soir|matin|apr[eè]s-midi|abend|morgen|nachmittag|at|um|à|a|las|om"
    r"|around|about|approximately|approx\.|shortly|before|after|from|~)(?![A-Za-z]))*+"
    r"[ \t,]*+$",
    re.IGNORECASE)
# a sentence that opens with the day, the time further on in it: "Yesterday, we had a period
# of about 2h from 11:45 to 13:56" (not "Yesterday's update", another post's day; no Dutch
# "Hier", "here")
SENTENCE_OF_YESTERDAY = LazyPattern(
    r"(?:^|[.!?][ \t]++)[ \t*_>•-]*+(?P<day>yesterday|gestern|ayer|ieri|gisteren)"
    r"(?![A-Za-z'’])[^.!?]*+$", re.IGNORECASE)
YESTERDAY_AFTER = LazyPattern(r"[ \t,]*+(?:[A-Z]{2,5}[ \t]++)?(?:yesterday|hier|gestern)"
                              r"(?![A-Za-z'’])", re.IGNORECASE)


# a day named from the day a post is written, right before its time: "yesterday (Monday)
# at 21:00", "since this morning at 08:00", "tomorrow from 1:00 AM", "dem gestrigen Montag um
# 21 Uhr", "seit heute Morgen um 8 Uhr", "hier soir à 20 h", "ce matin à 8 h"
DAY_FROM_POSTING = LazyPattern(
    r"(?<![^\W\d_])(?:(?P<back>yesterday|last[ \t]++night|hier|gestern|gestrigen|ayer|gisteren"
    r"|ieri|wczoraj|včera|вчера|вчора)|(?P<now>today|this[ \t]++(?:morning|afternoon|evening)"
    r"|tonight|heute|ce[ \t]++matin|aujourd['’]hui|ce[ \t]++soir|hoy|vandaag|oggi|dzisiaj|dziś"
    r"|dnes|сегодня|сьогодні)|(?P<on>tomorrow|demain))"
    r"(?:[ \t,]*+\([^()\n]{1,20}\))?(?:[ \t,]++[^\W\d_]++){0,4}[ \t,]*+$", re.IGNORECASE)
# the same day named right after the time (and its zone): "0615 UTC this morning", "at 23:10
# last night", "um 8:15 Uhr heute"
DAY_FROM_POSTING_AFTER = LazyPattern(
    r"[ \t,]*+(?:(?-i:[A-Z]{2,5})[ \t]++)?(?:(?P<back>yesterday|last[ \t]++night|gestern"
    r"|wczoraj|včera|вчера|вчора)|(?P<now>(?:earlier[ \t]++)?today|this[ \t]++(?:morning"
    r"|afternoon|evening)|tonight|heute|aujourd['’]hui|ce[ \t]++(?:matin|soir)|hoy|vandaag|oggi"
    r"|dzisiaj|dziś|dnes|сегодня|сьогодні)|(?P<on>tomorrow|demain))"
    r"(?![^\W\d_]|['’])", re.IGNORECASE)
_DAY_FROM_POSTING_WORDS = ("yesterday", "last night", "hier", "gestern", "gestrig", "ayer",
                           "gisteren", "ieri", "today", "this ", "tonight", "heute", "ce ",
                           "aujourd", "hoy", "vandaag", "oggi", "tomorrow", "demain",
                           # Polish, Czech, Russian, Ukrainian
                           "wczoraj", "včera", "вчера", "вчора", "dzisiaj", "dziś", "dnes",
                           "сегодня", "сьогодні")


def _day_told_from_posting(raw: RawEntry, carry: _Carry, notes: list[Inference]
                           ) -> tuple[dt.date, int] | None:
    """A time of a dated post's prose told as yesterday's, today's or tomorrow's ("Press
    release of 19.01.2010 ... yesterday (Monday) at 21:00 ... since this morning at 08:00"):
    that day counted from the posting day on the nearest line above, whatever date the text
    gave in between. With the posting's line; None where no such word stands right before
    the time or the post gives no posting day above it."""
    if raw.kind != "prose" or raw.source != "summary" or not carry.posting_days:
        return None
    above = [line for line in carry.posting_days if line < raw.line]
    if not above:
        return None
    text = carry.lines[raw.line - 1]
    before = text[max(0, raw.expr.start - 160):raw.expr.start]
    lowered = text[max(0, raw.expr.start - 160):raw.expr.end + 40].lower()
    if not any(word in lowered for word in _DAY_FROM_POSTING_WORDS):
        return None
    m = DAY_FROM_POSTING.search(before, max(0, len(before) - 48)) \
        or DAY_FROM_POSTING_AFTER.match(text, raw.expr.end)
    if m is not None:
        days = -1 if m.group("back") else 1 if m.group("on") else 0
        subject = m.group(0)
    elif (opening := SENTENCE_OF_YESTERDAY.search(before)) is not None:
        days, subject = -1, opening.group("day")  # "Yesterday, the queue stalled ... at 18:05"
    else:
        return None
    line = max(above)
    posted = carry.posting_days[line]
    if carry.date_alone and carry.date is not None and carry.date_line > line:
        # a log of notes, each under a date on a line of its own: "today" is the note's
        line, posted = carry.date_line, carry.date
    day = posted + dt.timedelta(days=days)
    notes.append(Inference("date", "from-posting", line, day.isoformat(),
                           subject=" ".join(subject.split()).rstrip(" ,")))
    return day, line


def _yesterday_beside(raw: RawEntry, carry: _Carry) -> bool:
    """The time is told as yesterday's, and the date it would carry is the dateline's: a
    date written alone above (a note's own date), not one carried from an entry already on
    yesterday's day."""
    # (or the front matter's "date:", when the page was posted, clock and all)
    dateline = carry.date_alone or 0 < carry.date_line <= carry.front_matter_lines
    if not dateline or carry.written_date_line != carry.date_line or raw.expr.date is not None:
        return False
    line = carry.lines[raw.line - 1]
    return (YESTERDAY_BEFORE.search(line, max(0, raw.expr.start - 48), raw.expr.start)
            is not None or YESTERDAY_AFTER.match(line, raw.expr.end) is not None
            or SENTENCE_OF_YESTERDAY.search(line, max(0, raw.expr.start - 160), raw.expr.start)
            is not None)


def _told_yesterday(lines: tuple[str, ...], entries: Sequence[RawEntry], front_matter: int,
                    pattern: LazyPattern = _YESTERDAY, word: str = "esterday",
                    folded: tuple[str, ...] = ()) -> int | None:
    """The line of the first "yesterday" (or `pattern`, its `word`) in the account above the
    timeline's first entry (none in the front matter, a quote or a code block), if any.
    `folded`: words one of which every match holds, looked for in the line as IGNORECASE
    sees it (casefold.fold) before the pattern's search."""
    first = next((e.line for e in entries if e.source == "timeline"), None)
    if first is None:
        return None
    # the words looked for in the whole account at once, in C: most documents hold none, and
    # their lines are not each lowered and folded (the same letters, line by line or joined)
    above = "\n".join(lines[front_matter:first - 1])
    if word not in above.lower() or (folded and not any(map(fold(above).__contains__, folded))):
        return None
    for n in range(front_matter + 1, first):
        line = lines[n - 1]
        if word in line.lower() and not line.lstrip().startswith((">", "`", "    ")) \
                and (not folded or any(map(fold(line).__contains__, folded))) \
                and pattern.search(line) is not None:
            return n
    return None


def _after_the_story(carry: _Carry, line: int) -> bool:
    """A report told as today's ("Earlier today, ..."): a date written on `line`, below the
    timeline's last entry and not the report's own posting date, dates something else (the
    deploy days before that caused it), not the day the report tells of."""
    last = max((e.line for e in carry.entries if e.source == "timeline"), default=0)
    if not last or line <= last:
        return False
    return not any(e.line == line and _publication_date(e) for e in carry.entries)


def _posted_after_the_incident(raw: RawEntry, date: dt.date, carry: _Carry) -> bool:
    """A summary's stamp that says when the report was posted ("Published: March 5, 2024"),
    days after the incident's own day the document gave before it (a title's, a field's):
    no day for the account's times below it. Not where the account speaks of "yesterday" or
    "today", which count from the posting."""
    start = carry.start_date
    if raw.source != "summary" or raw.kind == "entry" or start is None or start[0] is None \
            or date <= start[0] or carry.told_yesterday is not None \
            or carry.told_today is not None:
        return False
    if not carry.start_date_published:
        return _publication_date(raw) or _rest_date_field(raw, carry)
    # a front matter's "title: Storage outage 2021-03-06" over its "date: 2021-03-08": the
    # title names the incident's day, the date field when the page went up
    return raw.kind == "field" and raw.field_name == "date" \
        and raw.line <= carry.front_matter_lines and 0 < start[2] <= carry.front_matter_lines \
        and _TITLE_KEY.match(carry.lines[start[2] - 1].lstrip()) is not None


def _rest_date_field(raw: RawEntry, carry: _Carry) -> bool:
    """":date: 2016-12-19" in a reStructuredText post's field list (Pelican's, a docinfo):
    when the post went up, as a front matter's "date:" is."""
    line = carry.lines[raw.line - 1] if 0 < raw.line <= len(carry.lines) else ""
    field = REST_DATE_FIELD.match(line) if line.lstrip().startswith(":") else None
    return field is not None and raw.expr.start >= field.end()


def _publication_date(raw: RawEntry) -> bool:
    """The words just before the date say it is when the report was posted."""
    before = raw.context[-40:]
    folded = fold(before)  # the words _PUBLISHED needs first: its IGNORECASE search tries each
    # position of the text before every date
    if folded.rstrip(" \t·•|-—").endswith("min read"):
        return True  # "3 min read · Jun 2, 2020": a blog's byline
    return ("posted" in folded or "published" in folded or "written" in folded
            or "updated" in folded or "modified" in folded or "authored" in folded
            or "report" in folded or "edited" in folded or "revised" in folded
            or "review" in folded or "meeting" in folded or "press" in folded
            or "communiqu" in folded or "publi" in folded or "zveřejněno" in folded
            or "ffentlicht" in folded or "публиковано" in folded or "stand" in folded
            or "zuletzt" in folded or "status" in folded or "estado" in folded
            or "état" in folded or "stato" in folded or "situação" in folded) \
        and _PUBLISHED.search(before) is not None
# a reStructuredText post's metadata field for its date (Pelican's, Sphinx's docinfo)
REST_DATE_FIELD = LazyPattern(r"[ \t]*+:(?:date|published|modified|updated):[ \t]*+",
                              re.IGNORECASE)
# words that set a date before the incident's day: "the previous day", "the week before",
# "until last week (2019-03-20)"
# a date in brackets that marks when a passage was added or changed: "**[Update 3/10/23]**",
# "(edited 2024-05-02)" ("Last updated 14/06/2024" dates the page, and stays the day)
EDIT_MARK = LazyPattern(r"(?:[\[(]|\*\*|__)[ \t]*+(?:update[ds]?|edit(?:ed)?|addendum|added)"
                        r"[ \t]*+(?:on[ \t]++)?[*_]{0,2}$", re.IGNORECASE)
# a copy and the day it was taken: "snapshot VPS du 4 novembre", "the backup from March 3",
# "Sicherung vom 3. März", "copia de seguridad del 4 de noviembre", "the dump of 2024-01-04"
ARTEFACT_OF = LazyPattern(
    r"(?<![^\W\d_])(?:snapshots?|backups?|back-ups?|dumps?|images?|copy|copie|sauvegardes?"
    r"|instantanés?|sicherung|kopie|respaldo|copia(?:[ \t]++de[ \t]++seguridad)?|exports?"
    r"|restore[ \t]++point)(?:[ \t]++[^\W\d_]++){0,2}?[ \t]++(?:of|from|dated|taken[ \t]++on|du"
    r"|de|vom|von|del|dal|van|z)(?:[ \t]++(?:the|le|la|el))?[ \t]*+$", re.IGNORECASE)
# a byline's posting stamp, then its edit's: "dinsdag, 31. december 2013 - 21:15 Update:
# 03-07-2014 0:45", "Posted 12 May 2021 · Last updated: 2 June 2021", "3. März 2022,
# aktualisiert am"; a year written before the edit's word on the same line
BYLINE_EDIT = LazyPattern(r"(?:19|20)[0-9][0-9](?![0-9])[^\n]{0,40}?(?<![a-z])(?:update[ds]?"
                          r"|edited|last[ \t]++(?:updated|modified|edited|changed)|modified"
                          r"|aktualisiert|bijgewerkt|mis[ \t]++à[ \t]++jour|actualizado"
                          r"|atualizado|aggiornato|zaktualizowano)[ \t]*+:?[ \t]*+"
                          r"(?:on|am|le|op|el|em|il)?[ \t]*+$", re.IGNORECASE)
_BEFORE_THE_DAY = LazyPattern(r"(?:previous|prior|preceding)[ \t]++(?:day|night|evening|week"
                              r"|morning|afternoon)|(?:day|night|week)[ \t]++before"
                              r"|earlier[ \t]++that[ \t]++(?:day|week)"
                              r"|(?<![a-z])(?:ever[ \t]++)?since[ \t]++(?:the[ \t]++)?$"
                              # "has run since it launched on 3 March 2015", "founded in": a
                              # history's day, told as background
                              r"|(?<![a-z])since[ \t]++(?:[\w-]++[ \t]++){0,3}?(?:launched"
                              r"|(?:started|began)[ \t]++operating|opened|went[ \t]++live"
                              r"|was[ \t]++(?:first[ \t]++)?(?:released|launched|set[ \t]++up))"
                              r"[ \t]++(?:on|in)[ \t]++(?:the[ \t]++)?$"
                              r"|(?<![a-z])(?:founded|established)[ \t]++(?:on|in)[ \t]++$"
                              r"|(?<![a-z])last[ \t]++(?:week|weekend|month)[ \t]*+[,(]?[ \t]*+$"
                              # "same root cause as October 21": a date cited for comparison
                              r"|(?<![a-z])(?:as|like|unlike|than)[ \t]++(?:on[ \t]++|in[ \t]++"
                              r"|of[ \t]++)?(?:the[ \t]++)?$"
                              # "(eg, October 13th service issue)": a day cited as an example
                              r"|(?<![a-z])(?:e\.?g\.?|for[ \t]++(?:example|instance)"
                              r"|such[ \t]++as)[ \t,:]*+(?:the[ \t]++|on[ \t]++)?$"
                              # "Exactly a week ago, on 21 January", "two days ago (May 3)": a
                              # day the story looks back to
                              r"|(?<![a-z])(?:an?|one|two|three|four|five|six|seven|few|several"
                              r"|[0-9]{1,2})[ \t]++(?:days?|weeks?|months?|years?)[ \t]++ago"
                              r"[ \t]*+[,(]?[ \t]*+(?:on[ \t]++|in[ \t]++)?$"
                              # "Previous incident: 2024-01-28": another incident's day
                              r"|(?<![a-z])(?:previous|prior|last|earlier|related|similar)"
                              r"[ \t]++(?:incident|outage)s?[ \t*_|:]*+$",
                              re.IGNORECASE)
_EARLIER_DAY_WORDS = ("previous", "prior", "preceding", "before", "earlier", "since", "last",
                      "founded", "established",
                      "related", "similar", "e.g", "eg,", "eg ", "example", "instance", "such",
                      "ago")


def _may_tell_an_earlier_day(text: str) -> bool:
    """Whether the folded text holds a word _BEFORE_THE_DAY needs, or one of its closing
    "as", "like", "than" among its last three words (its IGNORECASE search tries every
    position of the text before each date)."""
    folded = fold(text)
    return any(word in folded for word in _EARLIER_DAY_WORDS) \
        or any(token.endswith(("as", "like", "than")) for token in folded.split()[-3:])


_TIMELINE_TITLE = LazyPattern(r"time[ \t-]?line|chronology|sequence of events", re.IGNORECASE)
_TITLE_KEY = LazyPattern(r"[\"']?(?:title|heading|subtitle)[\"']?[ \t]*+[:=]", re.IGNORECASE)
# ("Day 2 - ", "Part 3:": a label may number itself)
_LABEL_ONLY = re.compile(r"[\W_]*+(?:[A-Za-z]{1,12}(?:[ \t]++\d{1,2}(?!\d))?[\W_]*+)?")
# "Next day (October 16)", "Following day, October 16:", "사고 다음날 (10월 16일)": a label
# of two or three words, in any script, on a line below the title ("# Billing export failure,
# 2 October 2025" names the report)
_DAY_LABEL_WORDS = LazyPattern(r"(?<![\W_])[\W_]*+[^\W\d_]{1,12}+"
                               r"(?:[ \t]++[^\W\d_]{1,12}+){1,2}[\W_]*+")
PAREN_NOTE_RE = LazyPattern(r"[ \t*_,:]*+\([^()\n]{1,100}+\)[ \t*_.:]*+")


def _titles_earlier_day(raw: RawEntry, date: dt.date | None, carry: _Carry) -> bool:
    """A front matter's title giving a whole date before the posting date read already."""
    written = raw.expr.date
    return (date is not None and written is not None and written.year is not None
            and written.month is not None and written.day is not None
            and carry.start_date is not None and carry.start_date_published
            and carry.start_date[0] is not None and date < carry.start_date[0]
            and _TITLE_KEY.match(raw.text.lstrip()) is not None)


# "On 18th November 2015, some customers complained": a sentence that opens with its day
OPENS_ON_ITS_DAY = LazyPattern(r"(?:\A|[.!?:][ \t]++)[ \t*_]*+on[ \t]++(?:the[ \t]++)?\Z",
                               re.IGNORECASE)


def _first_line_with_words(carry: _Carry) -> int:
    """The number of the first line after any front matter that holds words: a title."""
    for number in range(carry.front_matter_lines + 1, len(carry.lines) + 1):
        if carry.lines[number - 1].strip(" \t#*_=-"):
            return number
    return 0


def _tells_the_day_before_the_title(raw: RawEntry, date: dt.date | None, carry: _Carry) -> bool:
    """A sentence opening with a whole date before the one the title gives ("[Final Update]
    Fault Report - 30 November 2015", then "On 18th November 2015, some customers
    complained"): the title dates the report, the sentence the incident."""
    written = raw.expr.date
    return (carry.start_date_titled and not carry.title_day_started
            and carry.start_date is not None and date is not None
            and carry.start_date[0] is not None and date < carry.start_date[0]
            and raw.kind == "prose" and written is not None and written.year is not None
            and written.day is not None and OPENS_ON_ITS_DAY.search(raw.context) is not None)


# "Unless otherwise noted, all events happened on", "All times below are on", "Every entry
# took place on": the day of a whole timeline, declared once above it (an entry that gives
# its own day is the noted exception, and the entries after it stay on the declared day)
DECLARED_DAY_BEFORE = LazyPattern(
    r"(?<![a-z])(?:(?:all|every)[ \t]++(?:(?:of[ \t]++)?the[ \t]++)?(?:events?|times?"
    r"|entries|entry|timestamps?|steps?)|everything)"
    r"(?:[ \t]++(?:below|listed|here|that[ \t]++follows?))?"
    r"(?:[ \t]++(?:are|were|is|was))?[ \t]++(?:happened|occurred|took[ \t]++place|fall|fell"
    r"|are|were|is|was)[ \t]++on[ \t]++(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]++)?$",
    re.IGNORECASE)
# "our next update will be at", "we will provide a further update by", "ETA", "estimated
# resolution": a time announced ahead in an update, not one that happened
NEXT_UPDATE_BEFORE = LazyPattern(
    r"(?<![a-z])(?:next[ \t]++update|(?:will|shall)[ \t]++(?:next[ \t]++)?(?:update|provide"
    r"|post|share|follow[ \t]++up)|further[ \t]++updates?|eta|estimated|expect(?:ed|s)?)"
    r"(?![a-z])[^.;!?\n]{0,60}$", re.IGNORECASE)


def _quoted_amid_entries(raw: RawEntry, carry: _Carry) -> bool:
    """Whether `raw` is on a quoted line (">") after a timeline entry written unquoted."""
    previous = carry.previous
    return previous is not None and raw.line > previous.line \
        and carry.lines[raw.line - 1].lstrip(" \t").startswith(">") \
        and not carry.lines[previous.line - 1].lstrip(" \t").startswith(">")


def _not_the_storys_day(raw: RawEntry) -> bool:
    """A summary's date that marks when the text was edited or a copy was taken, not a day
    of the story: the times after it do not take it."""
    context = raw.context
    if raw.expr.clock is None and (EDIT_MARK.search(context[-24:]) is not None
                                   # "**[Update 3/10/23]**: ...": when the text was added
                                   or ARTEFACT_OF.search(context[-60:]) is not None):
        return True  # ("restaure snapshot VPS du 4 novembre": when the copy was taken)
    # "31. december 2013 - 21:15 Update: 03-07-2014 0:45": the page's edit after its
    # posting stamp on the byline; the story keeps the posting's day
    return BYLINE_EDIT.search(context[-80:]) is not None


def _recalled_day(raw: RawEntry, carry: _Carry) -> bool:
    """A summary's day (or a time on it) right after words that recall another incident
    ("the previous two were on 2020-06-24"), or a time on the line of such a day."""
    if raw.source != "summary" or raw.kind == "field":
        return False
    if raw.expr.date is None:
        return carry.recalled is not None and carry.recalled[0] == raw.line \
            and carry.date_line == raw.line
    return recalls_another_incident(raw.context)


def _remember(raw: RawEntry, event: Event, naive: dt.datetime | None, date: dt.date | None,
              partial: tuple[int, int] | None, zone: Zone | None, carry: _Carry) -> None:
    if (date is not None or partial is not None) and raw.source == "summary" \
            and raw.kind != "field" and _looked_back_to(raw.context):
        return  # "On the previous day, 2024-10-08, we rotated keys": background, not the day
    if date is not None and raw.source == "summary" and raw.kind != "field" \
            and _not_the_storys_day(raw):
        return  # an edit's day, or the day a copy was taken
    if (date is not None or partial is not None) and raw.source == "summary" \
            and raw.kind != "field" and carry.previous is not None \
            and raw.line > carry.previous.line \
            and NEXT_UPDATE_BEFORE.search(raw.context[-80:]) is not None:
        return  # "Our next update will be at 14:30UTC Wednesday 12th" in a status log: a
        # time to come, whose day the updates after it do not take
    if date is not None and raw.source == "summary" and raw.kind != "field" \
            and raw.expr.clock is None and carry.date is not None and date > carry.date \
            and DAY_TO_COME_BEFORE.search(raw.context[-100:]) is not None:
        return  # "The platform will be available as normal on Tuesday 20th September" after
        # the outage's day: a day to come, which the times told after it do not take
    if (date is not None or partial is not None) and raw.source == "summary" \
            and DEADLINE_BEFORE.search(raw.context[-24:]) is not None:
        return  # "New deadline: 2026-06-20 14:00 KST", "Due date: Aug 20": a day to come,
        # which the times after it do not take
    if (date is not None or partial is not None) and raw.source == "summary" \
            and raw.kind != "field" and _quoted_amid_entries(raw, carry):
        return  # a mail quoted between entries ("> maintenance on October 30 2013"): its
        # dates are the sender's story, the entries after it keep their own day
    if date is not None and raw.source == "summary" and raw.expr.clock is None \
            and raw.expr.range_end is None \
            and DECLARED_DAY_BEFORE.search(raw.context[-80:]) is not None:
        carry.declared_day = (date, raw.line, raw.section)
    # an impossible time ("28:58") on a carried date passes nothing on: the entry after it
    # follows the last entry that could be read
    unread = event.clock is not None and naive is None and raw.expr.date is None
    if raw.part == "range-end" and raw.expr.clock is None and carry.range_start is not None \
            and carry.range_start[0].clock is None and carry.range_start[0].line == raw.line:
        # "August 18-19, 2025": the times after a range of days start on its first day
        unread = True
        if date is not None and not carry.lines[raw.line - 1].lstrip().startswith("#"):
            # (a heading's span, "### March 14-15, 2022" over "#### Brief network outage",
            # dates the sections under it, which are its own, not later)
            carry.day_span = (date, raw.line, raw.section, carry.date)
    if raw.part == "range-end" and raw.source == "summary" and raw.expr.date is None \
            and carry.previous is not None and carry.range_start is not None \
            and carry.range_start[0].line == raw.line:
        # "#### Escalation (23:50-00:20 UTC)" between entries: the entries under it begin at
        # its start, on the start's day, and roll past midnight from there
        unread = True
    span = _timeline_span(raw, naive, carry)
    if span is not None:
        # "22:37 - 02:01 worked with support": the entry after it may fall within the span
        carry.timeline_span = span
    if date is not None and _posted_after_the_incident(raw, date, carry):
        # "# Outage on March 3, 2024", then "Published: March 5, 2024 - 10:00": when the
        # report went up; the account's times below it keep the incident's day
        unread = True
    if (date is not None or partial is not None) and not unread \
            and _recalled_day(raw, carry):
        # another incident's day recalled in passing: the times after it on its line take it,
        # nothing else does
        if carry.recalled is None:
            carry.recalled = (raw.line, carry.date, carry.partial, carry.date_line)
        carry.date, carry.partial, carry.date_line = date, partial, raw.line
    elif (date is not None or partial is not None) and not unread:
        carry.recalled = None
        carry.date, carry.partial, carry.date_line = date, partial, raw.line
        if raw.expr.date is not None or raw.source == "timeline":
            # a timed heading between entries ("#### Failover (00:20 UTC)") only passes on the
            # date it was given: the next entry still rolls past midnight from the one before
            carry.written_date_line = raw.line
        # "March 7, 2023", "**Date: 2023-03-07**": the date and at most a label
        rest = raw.text.replace(raw.expr.written, " ", 1)
        carry.date_alone = raw.expr.clock is None and raw.kind != "entry" and (
            _LABEL_ONLY.fullmatch(rest) is not None
            or (_DAY_LABEL_WORDS.fullmatch(rest) is not None
                and raw.line > _first_line_with_words(carry))
            # "Wednesday, January 25, 2023 _(all times below are UTC)_": a note in parentheses
            or PAREN_NOTE_RE.fullmatch(rest) is not None
            # "Timeline of events (20th December 2023)": a timeline's title dating it
            or (len(rest.split()) <= 5 and _TIMELINE_TITLE.search(rest) is not None))
        if date is not None and (carry.date_alone or (
                # "### 📅 08/09/2025" read as an entry with no words of its own: a day line
                raw.kind == "entry" and raw.expr.clock is None
                and raw.part == "single" and _LABEL_ONLY.fullmatch(raw.text) is not None)):
            carry.date_heading = (raw.line, date)
        if raw.source == "timeline" and raw.expr.date is not None:
            carry.timeline_dated = True
        # the front matter's "date:" is when the page was posted, as "Posted:" is; a full
        # date in its "title:" before that day names the incident's ("title: Outage of
        # 03-09-2020" below "date: 2020-06-17")
        published = raw.source == "summary" and (
            (raw.line <= carry.front_matter_lines and not _titles_earlier_day(raw, date, carry))
            or _publication_date(raw) or raw.line in carry.sent_lines
            or _rest_date_field(raw, carry))
        if raw.source == "summary" and raw.part != "range-end" \
                and event.phase in ("start", "other", "trigger", "detection") \
                and (carry.start_date is None or (raw.kind == "field"
                                                  and not carry.start_date_from_field)
                     or (carry.start_date_published and not published)
                     or _tells_the_day_before_the_title(raw, date, carry)):
            # a field ("Incident Date:") outranks a date in the title or a sentence; a field
            # of the body outranks the front matter's metadata ("date:" when it was posted);
            # any date outranks the day the report was posted ("Posted: November 7, 2022")
            carry.start_date = (date, partial, raw.line)
            carry.start_moment = _plain_datetime(event.at, zone) \
                if event.at is not None and raw.expr.clock is not None else None
            carry.start_date_from_field = raw.kind == "field" and \
                raw.line > carry.front_matter_lines
            carry.start_date_published = published
            carry.start_date_titled = raw.line == _first_line_with_words(carry)
            carry.start_date_alone = carry.date_alone
        if raw.source == "summary" and event.phase == "start" and raw.expr.clock is not None \
                and carry.start_date_titled and carry.start_date is not None \
                and date is not None and date == carry.start_date[0]:
            carry.title_day_started = True
    if zone is not None and raw.expr.zone is not None and not (
            carry.zone_beside and carry.zone_line == raw.line) \
            and raw.line > carry.front_matter_lines and raw.line not in carry.sent_lines \
            and not _renders_the_time_before(carry.lines, raw):
        # (the "(15:03 UTC)" after "17:03" renders that time; the writer's clock goes on; a
        # front matter's "date: 2025-01-08T06:02:18Z" is the publishing tool's UTC, not the
        # zone of the author's "this morning at 7:02 AM"; so is a mail header's "Date:", in
        # the zone the sender's client or the archive wrote it in)
        carry.zone, carry.zone_line, carry.zone_beside = zone, raw.line, False
    if raw.part == "range-end" and raw.source == "timeline" and raw.expr.clock is None \
            and date is not None and carry.range_start is not None \
            and carry.range_start[0].line == raw.line and carry.range_start[0].clock is None \
            and carry.range_start[1] is not None and carry.range_start[1].date() <= date:
        carry.date_span = (carry.range_start[1].date(), date, raw.line)
    if raw.part == "range-start":
        carry.range_start = (event, naive)
    if event.at is None and partial is not None and naive is not None and zone is not None \
            and raw.expr.clock is not None:
        aware = _yearless_moment(naive, zone)
        kept = carry.yearless.get(raw.line)
        if aware is not None and (kept is None or (
                carry.date_line == raw.line and carry.partial == partial
                == (aware.month, aware.day) != (kept.month, kept.day))):
            # the moment whose month and day the next lines carry, as for a dated one below
            carry.yearless[raw.line] = aware
        if raw.source == "timeline" and raw.part != "range-end":
            kept_yearless = carry.yearless_clocks.setdefault(
                (naive.hour, naive.minute), (raw.line, set(), set()))
            kept_yearless[1].add(partial)
            kept_yearless[2].add(zone.label)
    if event.at is not None:
        at = _plain_datetime(event.at, zone)
        kept = carry.instants.get(raw.line)
        if kept is None or (carry.date_line == raw.line and carry.date == date == at.date()
                            and kept.date() != date):
            # the moment whose date the next lines carry: "00:30 UTC / 17:30 PDT" passes on
            # the 17th, PDT's date, so the moment kept is the PDT reading, or the next line's
            # "00:45 UTC" would take the 17th as a UTC date and fall a day behind
            carry.instants[raw.line] = at
        if raw.source == "summary" and raw.expr.clock is not None and raw.expr.date is not None \
                and raw.expr.date.day is not None and not any(
                    note.what == "date" for note in event.provenance) \
                and raw.line > carry.front_matter_lines and not _publication_date(raw):
            # (not "originally posted at 11:03am PST March 8": the page's stamp, no moment
            # of the account a later time could repeat)
            carry.told_clocks.setdefault((raw.expr.clock.hour, raw.expr.clock.minute),
                                         (raw.line, set()))[1].add(
                (at.date(), raw.expr.zone.label if raw.expr.zone is not None else None))
        if raw.source == "timeline" and raw.part != "range-end" \
                and raw.line not in carry.stamps:
            carry.stamps[raw.line] = at
            kept = carry.clocks.setdefault((at.hour, at.minute), (raw.line, set(), set()))
            kept[1].add(at.date())
            if event.zone is not None:
                kept[2].add(event.zone.label)
                carry.clock_zones.setdefault((at.hour, at.minute), event.zone)
    if (raw.kind == "field" and raw.field_name and naive is not None
            and field_phase(raw.field_name) == "start"
            and (carry.start_field is None or carry.start_field[0].scope != raw.scope)):
        # the first start field, or, in an incident log, the one of this incident's section
        carry.start_field = (event, naive)
    in_front_matter = raw.line <= carry.front_matter_lines
    if (raw.kind == "field" and raw.field_name == "date" and naive is not None
            and in_front_matter and event.clock is not None and carry.page_start is None):
        carry.page_start = (event, naive)
    if (raw.kind == "field" and raw.field_name and naive is not None
            and field_phase(raw.field_name) in ("end", "resolution")
            and ((carry.start_field is not None and carry.start_field[0].scope == raw.scope)
                 or (carry.page_start is not None and in_front_matter))
            and (carry.end_field is None or carry.end_field[0].scope != raw.scope)):
        carry.end_field = (event, naive)
    if raw.source == "summary" and raw.kind == "prose" and raw.part == "single" \
            and event.clock is not None and naive is not None and not _mixed_clock(raw.expr):
        carry.prose_previous = (event, naive)
    if raw.source == "summary" and raw.kind == "prose" and raw.part in ("single", "range-end") \
            and event.clock is not None and event.zone is not None and naive is not None \
            and not _mixed_clock(raw.expr):
        carry.prose_by_zone[event.zone.label] = (event, naive)
    if raw.source == "timeline" and event.clock is not None and naive is not None \
            and not _mixed_clock(raw.expr):
        carry.previous, carry.previous_naive = event, naive
        span = carry.scope_span
        if span is None or span[0] != event.scope:
            carry.scope_span = (event.scope, naive, naive, raw.line)
        elif naive > span[2]:
            carry.scope_span = (span[0], span[1], naive, span[3])



def _timeline_span(raw: RawEntry, naive: dt.datetime | None, carry: _Carry
                    ) -> tuple[dt.datetime, dt.datetime, int] | None:
    """A timeline entry's span ("09:10 - 11:40", or "22:37 - 02:01" whose end, written
    without a date, fell on the day after its start), or a window told in running text ("on
    Saturday 08:03am through to Sunday 03:45am"), as (start, end, line); None for any other
    entry."""
    if raw.part != "range-end" or naive is None or carry.range_start is None or not (
            (raw.source == "timeline" and raw.expr.date is None)
            or (raw.source == "summary" and raw.kind == "prose")):
        return None
    event, start = carry.range_start
    if event.line != raw.line or start is None or naive <= start \
            or raw.expr.clock is None or event.clock is None:
        return None  # ("the night of 16-17 July": days, whose hours the span does not say)
    return start, naive, raw.line


def _later_by_its_gap(raw: RawEntry, naive: dt.datetime, expr: TimeExpr, carry: _Carry,
                      notes: list[Inference]) -> dt.datetime | None:
    """"On 2022-08-08 at 7:34 PM UTC the chain halted. It resumed at 8:00 AM UTC, about 12
    hours later.": a time its sentence says came some hours after the time told before it,
    which on that time's day would come before it, is on a later day (the next, or as many
    as put it after). Whether the gap said fits is duration-mismatch's to weigh."""
    told = carry.prose_previous
    if raw.kind != "prose" or expr.date is not None or told is None \
            or not 0 < raw.line <= len(carry.lines) or raw.line - told[0].line > 3:
        return None
    previous = told[1]
    if naive >= previous or gap_said_after(carry.lines[raw.line - 1], expr.end) is None:
        return None
    days = (previous - naive).days + 1
    again = naive + dt.timedelta(days=days)
    notes.append(Inference("day", "later-by-its-gap", told[0].line, subject=expr.written,
                           other=told[0].written, value=again.date().isoformat()))
    return again


UPDATE_SMALL_HOURS = 6  # an update stamped before this hour may tell of the evening before
UPDATE_EVENING = 18  # from this hour a time under such an update is that evening's
UPDATE_REACH_LINES = 12  # lines under an update's stamp that are its words


def _told_before_its_update(raw: RawEntry, naive: dt.datetime, expr: TimeExpr, carry: _Carry,
                            notes: list[Inference]) -> dt.datetime | None:
    """"UPDATE: 12:10AM 4/19/97" over "As of 11:45PM, the technicians began the cutover":
    an update posted in the small hours tells what happened before it, so an evening time
    in its words, dated from its stamp, fell the evening before (not 23 hours after the
    update was posted). Not a time it forecasts ("we expect to finish by 11:45PM")."""
    previous = carry.previous
    stamp = carry.previous_naive
    if raw.kind != "prose" or expr.date is not None or previous is None or stamp is None \
            or previous.source != "timeline" or previous.clock is None \
            or carry.date_line != previous.line \
            or not previous.line < raw.line <= previous.line + UPDATE_REACH_LINES \
            or stamp.hour >= UPDATE_SMALL_HOURS or naive.hour < UPDATE_EVENING \
            or naive.date() != stamp.date() or _forecast_window(raw.context) \
            or PROSPECT_BEFORE.search(raw.context[-60:].lower()) is not None:
        return None
    again = naive - dt.timedelta(days=1)
    notes.append(Inference("day", "before-its-update", previous.line, subject=expr.written,
                           other=previous.written, value=again.date().isoformat()))
    return again


def _told_before_its_posting(raw: RawEntry, carry: _Carry, carried_from: int | None) -> bool:
    """A weekday in a post's prose whose date is the post's own (its front matter's "date:",
    a "Posted on" line): "On Saturday at around 10 pm I received an alert" in a post of
    Thursday 25 April is the Saturday before it, told after the fact; not one to come."""
    if raw.kind != "prose" or carried_from is None or not (
            0 < carried_from <= carry.front_matter_lines or carried_from in carry.posting_days):
        return False
    return PROSPECT_BEFORE.search(raw.context[-60:]) is None


# "will", "expect", "by", "until", "estimated": a time to come, under an update
PROSPECT_BEFORE = LazyPattern(r"(?<![a-z])(?:will|would|expect(?:ed|s)?|estimated|eta|by|until"
                              r"|till|plan(?:ned|s)?|scheduled|next)(?![a-z])[^.;]{0,40}$")


def _within_told_window(raw: RawEntry, naive: dt.datetime, expr: TimeExpr, carry: _Carry,
                        notes: list[Inference]) -> dt.datetime | None:
    """"... occurred on Saturday 2015-09-05 08:03am through to Sunday 03:45am", then "08:03
    switch rebooted": a time of the account right after a window told over two days, which
    took the end's date, falls within the window on its first day: it happened then (not
    the morning after the window closed)."""
    span = carry.timeline_span
    if span is None or expr.date is not None or carry.date_line != span[2] \
            or span[1].date() <= span[0].date():
        return None
    start, end, line = span
    again = dt.datetime.combine(start.date(), naive.time())
    if again == naive or not start <= again <= end:
        return None
    notes.append(Inference("day", "within-span", line, subject=expr.written,
                           value=again.date().isoformat()))
    return again


def _within_timeline_span(raw: RawEntry, naive: dt.datetime, expr: TimeExpr, carry: _Carry,
                           notes: list[Inference]) -> dt.datetime | None:
    """"22:37 - 02:01 worked with support", then "22:59 status page updated": an entry right
    after a span that ran past midnight, whose time falls within the span on its first day,
    happened during it (not the next evening); one a little before the span's start is a step
    back on that day, as it would be after any entry. After a span within one day, an entry
    within it happened during it too (not the next day)."""
    span = carry.timeline_span
    if span is None or carry.previous is None or carry.previous.line != span[2] \
            or carry.previous.part != "range-end":
        return None
    start, end, line = span
    again = dt.datetime.combine(start.date(), naive.time())
    if end.date() == start.date():
        # "### 06:00-14:30 UTC: Cleanup", then "- 07:46: ...": an entry within a span of the
        # day (a phase's heading, a long step) happened during it, not the next morning
        if not start <= naive < end or NEXT_DAY_SAID.match(raw.text):
            return None
    elif again == naive or not start - ROLLOVER_MIN_BACKWARDS < again <= end:
        return None
    notes.append(Inference("day", "within-span" if again.date() != end.date()
                           else "within-day-span", line, subject=expr.written,
                           value=again.date().isoformat()))
    return again

def _account_within_the_window(raw: RawEntry, naive: dt.datetime, zone: Zone | None,
                               carried_from: int | None, carry: _Carry,
                               notes: list[Inference]) -> dt.datetime:
    """"Start: 2024-03-04 22:10", "End: 2024-03-05 01:30", then "At 22:15 the alert fired":
    a time of the account below that carries the end's date would fall after the end; on
    the start's date it falls within the window, as the author told it. Only the account's
    words (not a timeline, which carries dates its own way), only a date taken from the end
    field itself, and only where the start's day puts the time inside the window. A status
    page's front matter ("date: 2023-07-04T13:00Z", "resolvedWhen: 2023-07-05T09:00Z") is
    such a window, its updates' "At 21h30 UTC" on the day it opened."""
    end = carry.end_field
    start = carry.start_field
    if end is not None and end[0].line <= carry.front_matter_lines and (
            start is None or start[0].line > carry.front_matter_lines):
        start = carry.page_start
    if start is None or end is None or raw.source != "summary" or raw.kind != "prose" \
            or carried_from != end[0].line or zone is None \
            or not _same_clock(start[0].zone, zone) or not _same_clock(end[0].zone, zone):
        return naive
    (start_event, start_naive), end_naive = start, end[1]
    if start_naive.date() >= end_naive.date() or naive <= end_naive:
        return naive
    again = dt.datetime.combine(start_naive.date(), naive.time())
    if not start_naive <= again <= end_naive:
        return naive
    notes.append(Inference("day", "within-window", start_event.line, subject=raw.expr.written,
                           value=again.date().isoformat(), other=str(end[0].line)))
    return again


def _same_clock(written: Zone | None, zone: Zone) -> bool:
    """The same zone, or the same fixed offset however named ("Z" in a front matter, "UTC"
    in the text below it)."""
    return written == zone or (written is not None and written.offset_minutes is not None
                               and written.offset_minutes == zone.offset_minutes)


def _yearless_moment(naive: dt.datetime, zone: Zone) -> dt.datetime | None:
    """A year-less wall clock (on the synthetic year's calendar) in its zone, aware, or None
    for a zone with neither an offset nor a name."""
    if zone.offset_minutes is not None:
        return naive.replace(tzinfo=dt.timezone(dt.timedelta(minutes=zone.offset_minutes)))
    if zone.iana is not None:
        return naive.replace(tzinfo=ZoneInfo(zone.iana))
    return None


def _plain_datetime(at: dt.datetime, zone: Zone | None) -> dt.datetime:
    """`at` (pendulum's) as a plain datetime with the same zone, which compares and does
    arithmetic without pendulum's code. In a fixed zone its fields are copied: the wall clock
    is the same, and no timestamp is computed and converted back through the zone."""
    if zone is not None and zone.offset_minutes is not None:
        return dt.datetime(at.year, at.month, at.day, at.hour, at.minute, at.second,
                           at.microsecond, at.tzinfo)
    return dt.datetime.fromtimestamp(at.timestamp(), at.tzinfo)


def _distinct(notes: list[Inference]) -> tuple[Inference, ...]:
    """The notes without repeats, in order: most entries have none or one, which need no
    hashing (an Inference hashes all its fields in Python)."""
    return tuple(notes) if len(notes) < 2 else tuple(dict.fromkeys(notes))


def _mixed_clock(expr: TimeExpr) -> bool:
    """"14:34pm": a 24-hour time with AM/PM, which half of the day it meant is unknown (see
    invalid-time); it neither starts a new day nor is the entry the next one follows."""
    return expr.clock is not None and any("24-hour time with" in odd
                                          for odd in expr.clock.oddities)


# --- document-wide decisions -------------------------------------------------------------------

def _settled(zone: Zone, settled: Mapping[str, tuple[Zone, str]],
             notes: list[Inference]) -> Zone:
    """A declared or section zone ("All times CST", "Timeline (IST)") as the document
    settles it, when it is an ambiguous abbreviation the document settles."""
    if not zone.alternatives or zone.label not in settled:
        return zone
    reading, why = settled[zone.label]
    notes.append(Inference("zone", "settled", value=reading.meaning, subject=zone.label,
                           origin=why))
    return reading


def _settled_zones(ex: Extraction, options: Options) -> dict[str, tuple[Zone, str]]:
    """Ambiguous abbreviations the configuration or the document itself settles: on the
    entries, in a zone statement or in a section's heading."""
    from pmlint.timeline.zones import RARE_READING_WORDS, SETTLING_WORDS

    used = {e.expr.zone.label for e in ex.entries
            if e.expr.zone is not None and e.expr.zone.alternatives}
    used |= {e.section_zone.label for e in ex.entries
             if e.section_zone is not None and e.section_zone.alternatives}
    if ex.declared_zone is not None and ex.declared_zone[0].alternatives:
        used.add(ex.declared_zone[0].label)
    settled: dict[str, tuple[Zone, str]] = {}
    text = None
    for label in used:
        if label in options.zone_aliases:
            settled[label] = (options.zone_aliases[label], "set in the configuration")
            continue
        converted = _settled_by_a_conversion(ex.lines, label)
        if converted is not None:
            settled[label] = converted
            continue
        text = text if text is not None else "\n".join(ex.lines).lower()
        hits = [(found, zone) for pattern, zone in SETTLING_WORDS.get(label, ())
                if (found := pattern.search(text)) is not None]
        if len(hits) == 1:  # one reading, and only one, is pointed to
            found, zone = hits[0]
            settled[label] = (zone, f"the document mentions \"{found.group(0)}\"")
    rare = {e.expr.zone.label for e in ex.entries if e.expr.zone is not None
            and e.expr.zone_written and e.expr.zone.label in RARE_READING_WORDS}
    for label in sorted(rare - settled.keys()):
        text = text if text is not None else "\n".join(ex.lines).lower()
        pointed = [(found, zone) for pattern, zone in RARE_READING_WORDS[label]
                   if (found := pattern.search(text)) is not None]
        if len(pointed) == 1 and pointed[0][1] is not None:
            found, zone = pointed[0]  # type: ignore[assignment]
            settled[label] = (zone, f"the document mentions \"{found.group(0)}\"")
    written = {e.expr.zone.label for e in ex.entries if e.expr.zone is not None
               and e.expr.zone_written and e.expr.zone.offset_minutes is not None
               and e.expr.zone.label.isalpha() and e.expr.zone.label.isupper()}
    whole = "\n".join(ex.lines) if written - settled.keys() else ""
    for label in sorted(written - settled.keys()):
        defined = _offset_defined(whole, label)
        if defined is not None:
            settled[label] = defined
    return settled


def _offset_defined(text: str, label: str) -> tuple[Zone, str] | None:
    """The offset the document's `text` itself gives an abbreviation it writes, where that is
    not the abbreviation's usual one ("EST: UTC + 10 hours" in an Australian report, "CST =
    UTC+8"): the author's own clock, as a glossary or a footnote states it."""
    usual = ABBREVIATIONS.get(label)
    if label not in text:
        return None
    m = None
    at = text.find(label)
    while at >= 0 and m is None:  # (each place the label is written: a match anchored there)
        if not (at and text[at - 1].isalpha()) \
                and not text[at + len(label):at + len(label) + 1].isalpha():
            m = OFFSET_DEFINED.match(text, at + len(label))
        at = text.find(label, at + 1)
    if m is None:
        return None
    sign = "-" if m.group("sign") in "-−" else "+"
    zone = from_offset(sign, int(m.group("h")), zones.offset_minutes(m, "m", "mhalf"))
    if zone is None or (usual is not None and usual.offset_minutes == zone.offset_minutes):
        return None
    return (replace(zone, label=label, meaning=zone.label),
            f"the document defines {label} as {zone.label}")


# after an abbreviation, the offset it is said to be: "EST: UTC + 10 hours", "EST = GMT+10",
# "EST is UTC+10", "EST (UTC+10)"
OFFSET_DEFINED = LazyPattern(
    r"[ \t]*+(?::|=|is|means|\(|[-–—])[ \t]*+(?:UTC|GMT"
    r"|[Uu]niversal[ \t]++[Cc]o-?ordinated[ \t]++[Tt]ime)[ \t]*+(?P<sign>[+\-−])[ \t]*+"
    # ("IST (UTC+5.30)", "ACST = UTC + 9.5": the half hour as India and Australia write it)
    r"(?P<h>\d{1,2})" + zones.offset_minutes_pattern("m", "mhalf", "+\\-−\\s")
    + r"?(?![\d:]|\.\d)")


def _settled_by_a_conversion(lines: Sequence[str], label: str) -> tuple[Zone, str] | None:
    """The reading of an ambiguous abbreviation that the author's own conversion beside it
    gives, when it is not the usual one: "9am-4pm CST (1am-8am UTC)" is China's CST, UTC+8
    (nine in the morning is one at night in UTC only there). Each time in the label followed
    at once, in parentheses or after a slash, by the same moment on a fixed clock tells the
    offset; one reading, and only one, must fit every such pair."""
    from pmlint.timeline.lexer import RENDERING_JOIN, scan_document_line
    from pmlint.timeline.zones import ABBREVIATIONS, SETTLING_WORDS

    usual = ABBREVIATIONS.get(label)
    if usual is None or usual.offset_minutes is None:
        return None
    readings = {usual.offset_minutes % DAY_MINUTES: usual}
    for _, zone in SETTLING_WORDS.get(label, ()):
        if zone.offset_minutes is not None:
            readings.setdefault(zone.offset_minutes % DAY_MINUTES, zone)
    taken: dict[int, tuple[Zone, str]] = {}
    for number, line in enumerate(lines, 1):
        if label not in line:
            continue
        exprs = scan_document_line(line)
        for mine, theirs in pairwise(exprs):
            if mine.clock is None or mine.zone is None or mine.zone.label != label \
                    or theirs.clock is None or theirs.zone is None \
                    or theirs.zone.alternatives or theirs.zone.offset_minutes is None:
                continue
            end = mine.range_end.end if mine.range_end is not None else mine.end
            join = RENDERING_JOIN.match(line, end)
            if join is None or join.end() != theirs.start:
                continue
            offset = (mine.clock.hour * 60 + mine.clock.minute - theirs.clock.hour * 60
                      - theirs.clock.minute + theirs.zone.offset_minutes) % DAY_MINUTES
            if offset not in readings:
                return None  # a slip of the author's, or a reading we do not know: unsettled
            given = theirs.written.strip()
            if theirs.zone.label not in given:  # a range's start: its zone is after its end
                given = f"{given} {theirs.zone.label}"
            taken.setdefault(offset, (readings[offset],
                                      f"line {number} gives {mine.written.strip()} as {given}"))
    if len(taken) != 1:
        return None
    (offset, found), = taken.items()
    return None if offset == usual.offset_minutes % DAY_MINUTES else found


# a zoned time right before a parenthesis or a slash: "02:00 BST (", "3:00 PM PDT / "
ZONED_TIME_THEN_JOIN = LazyPattern(r"\d(?:[ \t]*+[AaPp]\.?[Mm]\.?)?[ \t]*+(?:[A-Z]{2,5}"
                                   r"|(?:UTC|GMT)[+\-−]\d{1,2}(?::?\d{2})?)[ \t]*+[(/][ \t]*+$")


def _renders_the_time_before(lines: Sequence[str], raw: RawEntry) -> bool:
    """The time is another zone's rendering of the zoned time right before it ("02:00 BST
    (00:01 GMT)", right or wrong): the writer's clock is the first, and the times after it
    without a zone are on that one, not on the rendering's."""
    if not 0 < raw.line <= len(lines):
        return False
    line = lines[raw.line - 1]
    return ZONED_TIME_THEN_JOIN.search(line, max(0, raw.expr.start - 24),
                                       raw.expr.start) is not None


# a front matter's key for the page's own date: "date:", "published:", "lastmod:", "created:"
PAGE_DATE_KEY = LazyPattern(r"[ \t]*+(?:date|published|pubdate|publishdate|lastmod|modified"
                            r"|updated|created|created_at|updated_at|published_at)[ \t]*+:",
                            re.IGNORECASE)


PAGE_LOG_DAYS = 7  # a page whose dated entries run over more days than this is a log


def _a_log_away_from_its_page_date(entries: Sequence[RawEntry], front_matter: int) -> bool:
    """The text below the front matter dates its entries over more than a week, or none of
    them within a week of the front matter's own dates: a page listing occurrences, not
    one incident's record."""
    def day(parts: DateParts | None) -> dt.date | None:
        if parts is None or None in (parts.year, parts.month, parts.day):
            return None
        try:
            return dt.date(parts.year, parts.month, parts.day)  # type: ignore[arg-type]
        except ValueError:
            return None

    page = [d for e in entries if e.line <= front_matter and (d := day(e.expr.date))]
    text = [d for e in entries if e.line > front_matter and (d := day(e.expr.date))]
    if not page or not text:
        return False
    return (max(text) - min(text)).days > PAGE_LOG_DAYS or all(
        abs((d - p).days) > PAGE_LOG_DAYS for d in text for p in page)


def _stated_zones(extraction: Extraction) -> list[Zone]:
    """The zones the document writes, on its entries and in a zone statement."""
    found = [e.expr.zone for e in extraction.entries
             if e.expr.zone is not None and e.expr.zone_written]
    if extraction.declared_zone is not None:
        found.append(extraction.declared_zone[0])
    return found


def _day_first(entries: tuple[RawEntry, ...], forced: bool | None, year: int | None = None,
               months: frozenset[int] = frozenset(), lines: tuple[str, ...] = ()
               ) -> bool | None:
    """Whether 6/9/22 is 6 September: settled by a date that only works one way (a weekday
    fits one reading: "Thu 12/7" in a document of 2023 is 7 December), or by the month the
    title or a heading names ("Meltdown of May 2024" over "06/05", "10/05": day-first)."""
    if forced is not None:
        return forced
    votes = Counter()
    weekday_votes = 0
    named: set[tuple[int, int]] = set()
    for e in entries:
        parts = e.expr.date
        if parts is None:
            continue
        if parts.numeric is None and parts.month and parts.day \
                and DOTTED_DATE.fullmatch(parts.written) is None:
            # (a dotted "8.12.2022" read day first is a convention, not a month written
            # out: it settles nothing about "8/12/2022")
            named.add((parts.month, parts.day))
        elif parts.numeric is not None:
            a, b = parts.numeric
            if a > 12 >= b:
                votes["day"] += 1
            elif b > 12 >= a:
                votes["month"] += 1
            elif parts.weekday is not None and (parts.year or year) is not None:
                # "Tuesday 6/9/22": the weekday fits one reading only
                fits = {order for order, (m, d) in (("month", (a, b)), ("day", (b, a)))
                        if _weekday_of(parts.year or year, m, d) == parts.weekday}  # type: ignore[arg-type]
                if len(fits) == 1:
                    votes[fits.pop()] += 1
                    weekday_votes += 1
    if weekday_votes and weekday_votes == votes.total():
        # "# 2024-08-03 Proxy down" over "Friday 03-08-2024": the date written out says
        # which reading the author meant; a weekday alone may be the slip
        written = _same_as_a_written_date(entries, named)
        if written is not None:
            return written
    if votes["day"] and not votes["month"]:
        return True
    if votes["month"] and not votes["day"]:
        return False
    found = _same_as_a_written_date(entries, named)
    if found is not None:
        return found
    in_names = _iso_days_in_names(lines)
    if in_names:
        found = _same_as_a_written_date(entries, in_names - named)
        if found is not None:
            return found
    by_month = _day_first_by_named_month(entries, months)
    if by_month is not None:
        return by_month
    by_weekday = _day_first_by_weekday_day(entries, lines, year)
    if by_weekday is not None:
        return by_weekday
    run = _day_first_by_run(entries, year)
    if run is not None:
        return run
    overnight = _day_first_by_day_lines(entries, year)
    if overnight is not None:
        return overnight
    return _day_first_by_nearness(entries, named)


def _same_as_a_written_date(entries: tuple[RawEntry, ...], named: set[tuple[int, int]]
                            ) -> bool | None:
    """Day first (True) or month first (False) where a numeric date is, in one reading
    only, a day the document writes out elsewhere ("2024-08-03" over "03-08-2024")."""
    for e in entries:
        parts = e.expr.date
        if parts is not None and parts.numeric is not None:
            a, b = parts.numeric
            if (a, b) in named and (b, a) not in named:
                return False
            if (b, a) in named and (a, b) not in named:
                return True
    return None


# an ISO date that opens a name, an underscore after it: "Incident ID: 2026-03-08_db-wal"
ISO_DAY_IN_A_NAME = LazyPattern(r"(?<![\w.-])(?:19|20)\d\d-(?P<m>[01]\d)-(?P<d>[0-3]\d)_")


def _iso_days_in_names(lines: tuple[str, ...]) -> set[tuple[int, int]]:
    """The (month, day) of each ISO date an identifier opens with ("2026-03-08_db-wal"): no
    moment of the story, but the day the author names, year first, so no doubt its order."""
    found: set[tuple[int, int]] = set()
    for line in lines:
        if "_" in line and "-" in line:
            for m in ISO_DAY_IN_A_NAME.finditer(line):
                if _exists(int(m.group("m")), int(m.group("d"))):
                    found.add((int(m.group("m")), int(m.group("d"))))
    return found


# "On Monday the 9th", "Tue, 3rd": a weekday with a day of the month and no month
WEEKDAY_DAY = LazyPattern(
    r"(?<![A-Za-z])(?P<wd>mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?"
    r"[ \t]++(?:the[ \t]++)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)(?![A-Za-z0-9])", re.IGNORECASE)


def _day_first_by_weekday_day(entries: tuple[RawEntry, ...], lines: tuple[str, ...],
                              year: int | None) -> bool | None:
    """"On Monday the 9th" in a document dated "03-09-2020": the weekday falls on the 9th in
    one reading only (9 March 2020 was a Monday, 3 September a Thursday). Settled when every
    such mention that meets one of the dates fits the same reading."""
    ambiguous = [(e.expr.date.year or year, a, b) for e in entries
                 if e.expr.date is not None and e.expr.date.numeric is not None
                 for a, b in (e.expr.date.numeric,) if a != b and a <= 12 and b <= 12]
    if not ambiguous or not any(ambiguous_year for ambiguous_year, _, _ in ambiguous):
        return None
    verdicts: set[bool] = set()
    for line in lines:
        if "th" not in line and "st" not in line and "nd" not in line and "rd" not in line:
            continue
        folded = fold(line)  # a weekday's name first: WEEKDAY_DAY's IGNORECASE search tries
        # every position of the line
        if not any(name in folded for name in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")):
            continue
        for m in WEEKDAY_DAY.finditer(line):
            weekday, day = grammar.WEEKDAYS[m.group("wd").lower()], int(m.group("d"))
            for when, a, b in ambiguous:
                if when is None:
                    continue
                for order, (month, of_month) in ((False, (a, b)), (True, (b, a))):
                    if of_month == day and _weekday_of(when, month, of_month) == weekday:
                        verdicts.add(order)
    return verdicts.pop() if len(verdicts) == 1 else None


def _ambiguous_numeric(entries: tuple[RawEntry, ...]) -> Iterator[tuple[int, int]]:
    """The two numbers of each numeric date that reads as a date either way (6/9/22; not
    6/6/22, not 25/9/22)."""
    for e in entries:
        parts = e.expr.date
        if parts is not None and parts.numeric is not None:
            a, b = parts.numeric
            if a != b and a <= 12 and b <= 12:
                yield a, b


def _day_first_by_named_month(entries: tuple[RawEntry, ...], months: frozenset[int]
                              ) -> bool | None:
    """The reading that puts every numeric date in a month the document names with its year
    ("# Outage of May 2024", "## March 2025"), when only that reading does for all of them."""
    if not months:
        return None
    verdicts: set[bool] = set()
    for a, b in _ambiguous_numeric(entries):
        fits = {order for order, month in ((False, a), (True, b)) if month in months}
        if len(fits) != 1:
            return None  # both readings, or neither, in a named month: nothing settled
        verdicts |= fits
    return verdicts.pop() if len(verdicts) == 1 else None


def _day_first_by_run(entries: tuple[RawEntry, ...], year: int | None) -> bool | None:
    """"03/11/2024 23:25", then "04/11/2024 00:05": two numeric dates with clocks, one after
    the other, that only one reading makes a day apart, and then hours apart across midnight
    (3 and 4 November, 40 min apart, not March and April): that reading. Every such pair must
    agree. A next-day entry a day on ("03/04 09:20", "04/04 10:00: postmortem review") may as
    well be a month on, and settles nothing."""
    verdicts: set[bool] = set()
    previous: tuple[int, int, int | None, int] | None = None
    for e in entries:
        parts, clock = e.expr.date, e.expr.clock
        if parts is None or parts.numeric is None or clock is None:
            previous = None
            continue
        a, b = parts.numeric
        here = (a, b, parts.year or year, clock.hour * 60 + clock.minute)
        if previous is not None and here[:2] != previous[:2] and here[2] is not None \
                and here[2] == previous[2] and here[3] + 1440 - previous[3] <= _RUN_GAP_MINUTES:
            month_first = _days_apart(here[2], previous[0], previous[1], a, b)
            day_first = _days_apart(here[2], previous[1], previous[0], b, a)
            if (month_first == 1) != (day_first == 1):
                verdicts.add(day_first == 1)
        previous = here
    return verdicts.pop() if len(verdicts) == 1 else None


_RUN_GAP_MINUTES = 12 * 60  # across midnight, two entries this close are one night's story


def _day_first_by_day_lines(entries: tuple[RawEntry, ...], year: int | None) -> bool | None:
    """"3/11/2024" over "22:00 queue grows", "23:30 ...", then "3/12/2024" over "01:00
    queue drained": numeric dates heading time-only entries, the last time under one and the
    first under the next hours apart across midnight, which only one reading makes a day
    apart (11 and 12 March, not 3 November and 3 December). Every such pair must agree."""
    verdicts: set[bool] = set()
    day: tuple[int, int, int] | None = None  # the numeric date heading the entries below
    last: int | None = None  # the last clock under it, in minutes of the day
    pending: tuple[tuple[int, int, int], int] | None = None  # the day before and its last clock
    for e in entries:
        parts, clock = e.expr.date, e.expr.clock
        when = parts.year or year if parts is not None else None
        if parts is not None and clock is None and parts.numeric is not None \
                and when is not None:
            here = (parts.numeric[0], parts.numeric[1], when)
            if day is not None and last is not None and day != here and day[2] == when:
                pending = (day, last)
            else:
                pending = None
            day, last = here, None
        elif parts is None and clock is not None and day is not None:
            minutes = clock.hour * 60 + clock.minute
            if pending is not None and last is None:
                (a1, b1, y), before = pending
                a2, b2, _ = day
                if minutes + 1440 - before <= _RUN_GAP_MINUTES:
                    month_first = _days_apart(y, a1, b1, a2, b2)
                    day_first = _days_apart(y, b1, a1, b2, a2)
                    if (month_first == 1) != (day_first == 1):
                        verdicts.add(day_first == 1)
                pending = None
            last = minutes
        elif parts is not None:
            day, last, pending = None, None, None
    return verdicts.pop() if len(verdicts) == 1 else None


def _days_apart(year: int, month1: int, day1: int, month2: int, day2: int) -> int | None:
    """|days| from the first date to the second in `year`, None if either cannot exist."""
    try:
        return abs((dt.date(year, month2, day2) - dt.date(year, month1, day1)).days)
    except ValueError:
        return None


def _has_numeric_date(entries: tuple[RawEntry, ...]) -> bool:
    """Some entry writes its date in digits alone: only then can the prose's language matter
    (reading every word of a document costs more than the rest of its date order)."""
    return any(e.expr.date is not None and e.expr.date.numeric is not None for e in entries)


_NEAR_DAYS, _FAR_DAYS = 7, 20


def _day_first_by_nearness(entries: tuple[RawEntry, ...], named: set[tuple[int, int]]
                           ) -> bool | None:
    """9/10 beside a written 2018-09-12: only the month-first reading lies within a week of
    a date that is not in doubt, the other a month away; every numeric date must agree."""
    if not named:
        return None
    anchors = [dt.date(2000, m, d) for m, d in named if _exists(m, d)]
    verdicts: set[bool] = set()
    for a, b in _ambiguous_numeric(entries):
        month_first = _distance(anchors, a, b)
        day_first = _distance(anchors, b, a)
        if month_first <= _NEAR_DAYS and day_first >= _FAR_DAYS:
            verdicts.add(False)
        elif day_first <= _NEAR_DAYS and month_first >= _FAR_DAYS:
            verdicts.add(True)
        else:
            return None
    return verdicts.pop() if len(verdicts) == 1 else None


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def _exists(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= days_in_month(2000, month)


def _distance(anchors: list[dt.date], month: int, day: int) -> int:
    """Days from (month, day) to the nearest anchor, across a year's end too."""
    if not anchors or not _exists(month, day):
        return 1000
    here = dt.date(2000, month, day)
    return min(min(abs((here - x).days), 366 - abs((here - x).days)) for x in anchors)


# what is to come, in the sentence before a date: "will be available as normal on", "is
# expected to reopen on", "are scheduled for", "plan to migrate on"
DAY_TO_COME_BEFORE = LazyPattern(r"(?<![a-z])(?:will|shall|(?:is|are)[ \t]++(?:expected"
                                 r"|scheduled|planned|due)|going[ \t]++to"
                                 r"|plan(?:s|ned)?[ \t]++to"
                                 # ("The spring sale runs until April 2": an event of the
                                 # calendar that goes on past the incident's day)
                                 r"|(?:runs|lasts|continues|goes[ \t]++on)[ \t]++(?:until|till"
                                 r"|through))(?![a-z])[^.;!?\n]{0,80}\Z",
                                 re.IGNORECASE)
# an action item's deadline: "Due Date: Aug 20, 2024", "due by 2024-08-20", "Deadline -"
DEADLINE_BEFORE = LazyPattern(r"(?<![a-z])(?:due(?:[ \t]++(?:date|by|on))?|deadline"
                              r"|target[ \t]++date)[ \t*_]*+[:\-–]?[ \t*_]*+\Z", re.IGNORECASE)


def _closing_stamps(entries: tuple[RawEntry, ...], lines: Sequence[str]
                    ) -> dict[int, tuple[int, int, int | None, int]]:
    """A status history that writes each update's stamp below its words: paragraphs (runs
    of lines between blank lines and headings) that open with words and close on a line
    holding only a stamp ("Jan 25, 13:44 UTC", "Jan 26, 13:09-16:50 UTC"), each update a
    title, its words, then its stamp. Each line of words maps to the stamp closing it: its
    month, day, year if written, and line. Empty unless two stamps or more close such
    paragraphs and no paragraph opens with a stamp and goes on in words (updates stamped
    first)."""
    by_line: dict[int, list[RawEntry]] = {}
    for e in entries:
        by_line.setdefault(e.line, []).append(e)
    stamps: dict[int, tuple[int, int, int | None]] = {}
    for line, found in by_line.items():
        first = found[0].expr
        date = first.date
        if date is None or date.month is None or date.day is None or first.clock is None \
                or date.numeric is not None or not 0 < line <= len(lines):
            continue
        text = lines[line - 1]
        end = max(e.expr.end for e in found)
        if text[:first.start].strip(" \t*_") == "" and text[end:].strip(" \t*_.") == "":
            stamps[line] = (date.month, date.day, date.year)
    if len(stamps) < 2:
        return {}
    closing: dict[int, tuple[int, int, int | None, int]] = {}
    closed = 0
    block: list[int] = []
    for number in range(1, len(lines) + 2):
        text = lines[number - 1] if number <= len(lines) else ""
        if text.strip() and not text.lstrip().startswith("#"):
            block.append(number)
            continue
        if block and any(n in stamps for n in block):
            if block[0] in stamps and block[-1] not in stamps:
                return {}  # an update stamped first
            if block[0] not in stamps and block[-1] in stamps:
                pending: list[int] = []
                for n in block:
                    if n in stamps:
                        closed += 1
                        closing.update({p: (*stamps[n], n) for p in pending})
                        pending = []
                    else:
                        pending.append(n)
        block = []
    return closing if closed >= 2 else {}


def _posted_closing_stamps(entries: tuple[RawEntry, ...], lines: Sequence[str]
                           ) -> dict[int, tuple[int, int, int | None, int]]:
    """A status page's updates, each closed by its "Posted Apr 02, 2024 - 11:00 EDT" line
    under words that may run over paragraphs ("Resolved", "From 10:46 AM to 11:00 AM we
    experienced ...", a blank line, more words): each line of words between two such stamps
    maps to the stamp closing it, as in _closing_stamps. Empty unless two stamps or more
    close updates, and every line that holds a stamp is such a line (a log that stamps its
    updates first writes its words after a stamp, with no stamp below them)."""
    stamps: dict[int, tuple[int, int, int | None]] = {}
    for e in entries:
        date, clock = e.expr.date, e.expr.clock
        if e.line in stamps or date is None or date.month is None or date.day is None \
                or clock is None or date.numeric is not None or not 0 < e.line <= len(lines):
            continue
        text = lines[e.line - 1]
        # the label, with any "on" or the age the page showed ("Posted about 2 years ago.")
        posted = POSTED_RE.match(text) if POSTED_LINE.match(text) else None
        if posted is None or text[posted.end():e.expr.start].strip(" \t*_:.·,-–—"):
            continue
        stamps[e.line] = (date.month, date.day, date.year)
    if len(stamps) < 2 or any(n not in stamps for n in {e.line for e in entries
                                                         if e.source == "timeline"}):
        return {}
    closing: dict[int, tuple[int, int, int | None, int]] = {}
    previous = 0
    for n in sorted(stamps):
        if n - previous - 1 > _POSTED_UPDATE_LINES:
            previous = n
            continue  # a page's own text above its first update, not the update's words
        closing.update({k: (*stamps[n], n) for k in range(previous + 1, n)
                        if lines[k - 1].strip()})
        previous = n
    return closing


_POSTED_UPDATE_LINES = 40  # lines of words above a "Posted" stamp that may be its update's


def _step_date(entry: RawEntry) -> DateParts | None:
    """The date an entry writes, if it may date the steps told before it: not an action
    item's deadline ("Due Date: Aug 20, 2024") nor another incident's day recalled ("the
    previous two were on 2020-06-24")."""
    if entry.aftermath or DEADLINE_BEFORE.search(entry.context[-24:]):
        return None
    if entry.source == "summary" and entry.kind != "field" and entry.expr.date is not None \
            and (recalls_another_incident(entry.context) or _looked_back_to(entry.context)):
        return None  # ("The site failed at 09:10. A week ago, on 26 May, ...": no 26 May)
    return entry.expr.date


def _looked_back_to(context: str) -> bool:
    """Whether the words before a summary's date say the story looks back to it ("On the
    previous day, 2024-10-08", "Exactly a week ago, on 21 January"): background, no day of
    the story."""
    return _may_tell_an_earlier_day(context[-60:]) \
        and _BEFORE_THE_DAY.search(context[-60:]) is not None


def _dates_ahead(entries: tuple[RawEntry, ...], day_first: bool | None
                 ) -> list[tuple[dt.date, int] | None]:
    """For each entry, the first full date written at or after it ("starting at 08:30 and
    ending at 10:15 UTC on August 19, 2024": the 08:30 takes August 19); an action item's
    deadline, or a date in the follow-up's sections, is none."""
    ahead: list[tuple[dt.date, int] | None] = [None] * len(entries)
    upcoming: tuple[dt.date, int] | None = None
    for n in range(len(entries) - 1, -1, -1):
        parts = _step_date(entries[n])
        if parts is not None and parts.year and parts.month and parts.day \
                and not parts.oddities:
            month, day = parts.month, parts.day
            if parts.numeric is not None and day_first and parts.numeric[0] <= 12:
                month, day = parts.numeric[1], parts.numeric[0]
            with contextlib.suppress(ValueError):  # an impossible date is not carried
                upcoming = (dt.date(parts.year, month, day), entries[n].line)
        ahead[n] = upcoming
    return ahead


def _month_days_ahead(entries: tuple[RawEntry, ...]
                      ) -> list[tuple[tuple[int, int], int, Clock | None] | None]:
    """`_dates_ahead` for a document that writes no year: for each entry, the first month and
    day written at or after it by name ("June 2nd"; a numeric one's order is not settled
    here), not an action item's deadline nor another incident's day."""
    ahead: list[tuple[tuple[int, int], int, Clock | None] | None] = [None] * len(entries)
    upcoming: tuple[tuple[int, int], int, Clock | None] | None = None
    for n in range(len(entries) - 1, -1, -1):
        parts = _step_date(entries[n])
        if parts is not None and parts.month and parts.day and parts.numeric is None \
                and not parts.oddities:
            upcoming = ((parts.month, parts.day), entries[n].line, entries[n].expr.clock)
        ahead[n] = upcoming
    return ahead


def _restates_the_clock(raw: RawEntry, clock: Clock | None) -> bool:
    """Whether `raw`'s clock is the one written again with a date below it (hour, minute)."""
    mine = raw.expr.clock
    return mine is not None and clock is not None \
        and (mine.hour, mine.minute) == (clock.hour, clock.minute)


_WRAP_MINUTES = 20 * 60  # a same-day step this long is read as a short one across midnight
# under a date line, a step back that would put the entry this long after the one before,
# on the next day, is that day's list out of order instead
_OUT_OF_PLACE_GAP = dt.timedelta(minutes=_WRAP_MINUTES)


def _descending_blocks(entries: tuple[RawEntry, ...], twelve_hour: bool = False) -> set[int]:
    """Blocks of timeline entries written newest first. In a 12-hour timeline a time without
    AM/PM ("2:30") could be either half of the day, and says nothing of the direction."""
    steps: dict[int, list[int]] = {}
    previous: dict[int, tuple[tuple[int, int], int]] = {}
    day_of: dict[int, tuple[int, int]] = {}  # a dated entry's day carries to the next ones
    # "Fri 1600", "Thu 1330", "Wed 1530": entries that name a weekday alone count their days
    # by the nearest step between weekdays, so a list whose days run back reads as one
    weekday_of: dict[int, tuple[int, int]] = {}  # block: (last weekday named, day count)
    for e in entries:
        if e.source != "timeline" or e.part == "range-end" or e.expr.clock is None:
            continue
        if twelve_hour and e.expr.clock.meridiem is None and e.expr.date is None:
            continue
        if e.expr.date is not None and e.expr.date.month and e.expr.date.day:
            day_of[e.block] = (e.expr.date.month, e.expr.date.day)
        elif _weekday_alone(e.expr.date) and e.block not in day_of:
            named = e.expr.date.weekday  # type: ignore[union-attr]
            last, count = weekday_of.get(e.block, (named, 0))
            weekday_of[e.block] = (named, count + (named - last + 3) % 7 - 3)
        key = day_of.get(e.block) or (0, weekday_of.get(e.block, (0, 0))[1])
        value = (key[0] * 31 + key[1]) * 1440 + e.expr.clock.hour * 60 + e.expr.clock.minute
        prev = previous.get(e.block)
        if prev is not None:
            step = value - prev[1]
            if prev[0] == key and abs(step) >= _WRAP_MINUTES:
                step = -step  # 00:10 then 23:50 on one day: 20 minutes earlier, across midnight
            steps.setdefault(e.block, []).append((step > 0) - (step < 0))
        previous[e.block] = (key, value)
    found = {block for block, s in steps.items()
             if s.count(-1) >= 2 and s.count(-1) > 2 * s.count(1)}
    found |= _told_from_the_end(entries, steps, found)
    # a page of short lists (a status log's incidents, one list each) whose lists run newest
    # first: a list of two entries, the second earlier, is told the same way, not across
    # midnight into the next day ("11:40 AM purged", "9:05 AM disk full")
    every = [step for s in steps.values() for step in s]
    if found and every.count(-1) >= 3 and every.count(-1) > 2 * every.count(1):
        found |= {block for block, s in steps.items() if s == [-1]}
    return found


def _told_from_the_end(entries: tuple[RawEntry, ...], steps: dict[int, list[int]],
                       found: set[int]) -> set[int]:
    """Blocks of clocks with no day written, stepping both ways, that open with the
    resolution and close with the start ("Update 09:15: back", "Update 23:30: still down",
    "Update 18:00: went offline"): a live log told newest first across midnight, its words
    say so where its few clocks cannot."""
    mixed = {block for block, s in steps.items() if block not in found and -1 in s and 1 in s}
    if not mixed:
        return set()
    timed_in: dict[int, list[RawEntry]] = {}
    for e in entries:
        if e.block in mixed and e.source == "timeline" and e.part != "range-end" \
                and e.expr.clock is not None:
            timed_in.setdefault(e.block, []).append(e)
    told: set[int] = set()
    for block, timed in timed_in.items():
        if any(e.expr.date is not None for e in timed):
            continue  # a day written: the days are the log's own, a step back on it a slip
        first, last = classify_all(timed[0].text), classify_all(timed[-1].text)
        if first[:1] == ("resolution",) and last[:1] in (("start",), ("trigger",)) \
                and "resolution" not in last:
            told.add(block)
    return told


def _dominant_zone(stated: list[tuple[int, Zone]]) -> Zone | None:
    if not stated:
        return None
    counts = Counter(z.label for _, z in stated)
    label = counts.most_common(1)[0][0]
    return next(z for _, z in stated if z.label == label)
