"""tz-mixed: one timeline written in several time zones.

Flags a timeline whose entries use different UTC offsets (a reader must convert to follow
it), unless each section of entries keeps to one zone that every entry names (the team's
timeline, then a provider's report quoted under its own heading); a declaration ("All
times Pacific") that the entries contradict by naming another zone (reported at the
declaration, or at the first odd entry when most entries keep to it); a summary whose times
the timeline repeats on the wall clock under another zone ("from 14:00 to 15:30 UTC" over
"14:00 GMT+01:00", "15:30 GMT+01:00": the same moments cannot be an hour apart, one label
is wrong); and, as a milder note, a summary or header in one zone next to a timeline in
another (a time in prose only when it does not name its own zone, "at 06:45 UTC" reads as
written, unless an entry shows its very wall clock under the other zone; and only when,
converted, it does not fall within the timeline, give or take an hour: where it does, the
reader's conversion agrees with the entries; and not when the two are one clock written
two ways, "CET" over "UTC+1" in winter). A status page's "Posted <date> - <time> <zone>" stamp
under an update is on the page's own clock, not the report's: it mixes nothing, and a page
whose only timeline is such stamps has no timeline for its report's times to differ from.

Fails::

    - 09:00 UTC: alert fired
    - 02:10 PDT: rollback

Passes::

    - 09:00 UTC: alert fired
    - 09:10 UTC: rollback
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from pmlint.checks.base import Problem, Rule
from pmlint.checks.context import Context
from pmlint.checks.out_of_order import POSTED_STAMP
from pmlint.checks.tz_dst_mismatch import other_season
from pmlint.timeline.model import Event, declared_at
from pmlint.timeline.provenance import zone_inferred
from pmlint.timeline.reading import same_axis, second_rendering
from pmlint.timeline.zones import Zone, clock_in


def check(ctx: Context) -> Iterator[Problem]:
    events = [e for e in ctx.timeline.events if e.zone is not None and e.clock is not None
              and (e.at is not None or e.zone.offset_minutes is not None)]
    entries = [e for e in events if e.source == "timeline"]
    # "• PST: Nov 15, 1:00 PM to Nov 16, 7:00 AM" over "• GMT: Nov 15, 9:00 PM to ...": the
    # same moments given on each clock, a translation, no mix
    # (to the minute: "04:10:18+0000 (00:10 EDT)" writes its seconds on one clock only)
    # (with no year written, "3am GMT Thursday 12th March" and "2pm AEDT Thursday 12th of
    # March" are one moment by their order on the timeline's axis)
    given = Counter((moment, _offset(e)) for e in entries
                    if (moment := _moment(e)) is not None)
    moments = Counter(at for at, _ in given)
    entries = [e for e in entries if (moment := _moment(e)) is None or moments[moment] < 2]
    # "15:10 EDT (19:10 UTC) Power restored" among UTC entries: the entry gives its moment
    # on the others' clock too, the reader converts nothing
    labels = {e.zone.label for e in entries if e.zone is not None}
    entries = [e for e in entries if not _rendered_on_an_entrys_clock(e, ctx.timeline.lines,
                                                                      labels)]
    # "Posted Feb 25, 2021 - 12:00 PST" under each update: the status page stamps it on the
    # page's own clock, whatever zone the report's timeline is written in
    stamps = {e.line for e in entries if 0 < e.line <= len(ctx.timeline.lines)
              and POSTED_STAMP.match(ctx.timeline.lines[e.line - 1])}
    if stamps and any(e.line not in stamps for e in entries):
        entries = [e for e in entries if e.line not in stamps]
    posted_only = bool(stamps) and all(e.line in stamps for e in entries)
    declared = ctx.timeline.declared_zone
    if declared is not None:
        later = ctx.timeline.later_declared
        contrary = [e for e in entries if _written_zone(e)
                    and not _agrees(e, declared_at(declared, later, e.line)[0])]
        if contrary:
            first = contrary[0]
            zone, line = declared_at(declared, later, first.line)
            column = (ctx.timeline.lines[line - 1].find(zone.label) + 1
                      if ctx.timeline.lines else 0) or 1
            many = len(contrary) > 1
            related = first.line
            if len(contrary) * 2 < len(entries):
                # most entries keep to the declaration: the odd entry is where to look ("-
                # 6:30 PM (UTC): resolved" under "Timeline (in Kigali time)")
                line, column, related = first.line, first.column, line
            yield Problem(line, column,
                          f"the document declares its times in {zone.label}, but "
                          f"{len(contrary)} timeline entr{'ies are' if many else 'y is'} "
                          f"written in {first.zone.label} (first: {first.written}, line "
                          f"{first.line})",
                          related_line=related,
                          suggestion=f"correct the declaration, or write the entries in "
                                     f"{zone.label}")
            return
    offsets = Counter(_offset(e) for e in entries)
    if len(offsets) > 1:
        regions = [key for key in offsets if isinstance(key, str)]
        offsets = Counter(_offset(e, regions) for e in entries)
    if len(offsets) > 1 and _sections_each_in_one_zone(entries):
        return  # the team's timeline in UTC, a vendor's quoted report below it in PDT
    if len(offsets) > 1:
        main = offsets.most_common(1)[0][0]
        odd = next(e for e in entries if _offset(e, regions) != main)
        first_main = next(e for e in entries if _offset(e, regions) == main)
        yield Problem(odd.line, odd.column,
                      f"the timeline mixes zones: {odd.written} is in {odd.zone.label}, while "
                      f"{offsets[main]} entr{'ies are' if offsets[main] > 1 else 'y is'} in "
                      f"{first_main.zone.label}",
                      related_line=first_main.line,
                      suggestion=f"write every entry in {first_main.zone.label}")
        return
    if not entries or posted_only:
        return  # (a page whose only stamps are its posts' has no timeline of the author's)
    timeline_offset = _offset(entries[0])
    # a front matter's stamps ("date: 2021-11-10T23:32:32Z") are the publishing tool's, in
    # UTC whatever zone the author writes in: no mix of the author's
    metadata = ctx.analysis.front_matter
    timeline_moments = {_minute(e.at) for e in entries if e.at is not None}
    foreign = [e for e in events if e.source == "summary" and e.line > metadata
               and _offset(e) != timeline_offset and not _converted(e, events, timeline_offset)
               and not _same_clock(e, entries[0])
               # "Finished at: 2025-06-02T21:05:41+0000" and "23:05 CEST - finished": a
               # machine's stamp to the second, an entry's moment to the minute on another
               # clock (a field written to the minute, the author's, keeps its note)
               and not (e.at is not None and e.clock is not None and e.clock.second is not None
                        and _minute(e.at) in timeline_moments)
               # the document's zone's offset of the other season: tz-dst-mismatch speaks
               and other_season(e, ctx.timeline.zone) is None]
    repeat = _repeated(foreign, entries)
    if repeat is not None:
        stated, entry = repeat
        yield Problem(entry.line, entry.column,
                      f"{entry.written} repeats the summary's {stated.written} (line "
                      f"{stated.line}) on the wall clock, but in {entry.zone.label} rather "
                      f"than {stated.zone.label}: the same moment cannot be both, one of the "
                      f"zones is wrong",
                      related_line=stated.line,
                      suggestion="correct the zone of the summary or of the timeline")
        return
    # (a time that writes its own zone, "at 06:45 UTC", reads as written: nothing to convert
    # by guesswork; a field, the incident's record, keeps its note, and so does a time whose
    # wall clock an entry repeats under its other zone: one of the two labels is wrong)
    summary = next((e for e in foreign if not _fits(e, entries, events)
                    and (e.field_name is not None or not _written_zone(e)
                         or any(x.local == e.local for x in entries))), None)
    if summary is not None:
        yield Problem(summary.line, summary.column,
                      f"the summary gives {summary.written} in {summary.zone.label}, the "
                      f"timeline is in {entries[0].zone.label}",
                      related_line=entries[0].line, severity="info",
                      suggestion="use one zone in the summary and the timeline, or give both")


def _rendered_on_an_entrys_clock(event: Event, lines: tuple[str, ...] | list[str],
                                 labels: set[str]) -> bool:
    """The entry's time is followed at once by the same moment in a zone other entries are
    written in ("15:10 EDT (19:10 UTC)")."""
    if not 0 < event.line <= len(lines) or event.zone is None:
        return False
    line = lines[event.line - 1]
    if "(" not in line and "/" not in line:
        return False
    rendering = second_rendering(line, event)
    return rendering is not None and rendering[1].label in labels - {event.zone.label}


SLACK = 60.0  # minutes either side of the timeline a converted summary time may fall


def _fits(event: Event, entries: list[Event], events: list[Event]) -> bool:
    """A time in prose that, converted, falls within the timeline (give or take an hour):
    the reader's conversion agrees with the entries, and a note on the two zones adds
    nothing. A header field ("Started:") is the incident's record and keeps its note."""
    if event.field_name is not None:
        return False  # "Started: Jun 13 02:58 pm UTC": the incident's own fields, in their zone
    if event.order_minutes is None or any(
            other is not event and other.line == event.line and _offset(other) != _offset(event)
            for other in events):
        return False  # "18:00 UTC (3:00 PM EDT)": the summary's own conversion is in question
    values = [e.order_minutes for e in entries
              if e.order_minutes is not None and same_axis(e, event)]
    return bool(values) and min(values) - SLACK <= event.order_minutes <= max(values) + SLACK


def _sections_each_in_one_zone(entries: list[Event]) -> bool:
    """Several sections of entries, each entry naming its zone or under a statement of one
    ("2019-11-23 (all times CST)"), and each section keeping to one: separate timelines
    (the team's own, a provider's status report quoted under its own heading, the reports
    of a page of incidents), each readable as written, not one timeline that switches zones."""
    zones: dict[str | int | None, set[int | str]] = {}
    for event in entries:
        section = _zone_said(event)
        if section is False:
            return False
        zones.setdefault(section, set()).add(_offset(event))
    return len(zones) > 1 and all(len(found) == 1 for found in zones.values())


def _zone_said(event: Event) -> str | int | bool | None:
    """Where the entry's zone was said: its section when the entry names it, the line of the
    statement it is under ("(all times UTC)"); False when it was said nowhere near it."""
    if _written_zone(event):
        return event.scope
    return next((p.line for p in event.provenance
                 if p.what == "zone" and p.how == "declared" and p.line is not None), False)


def _repeated(foreign: list[Event], entries: list[Event]) -> tuple[Event, Event] | None:
    """Every summary time in the other zone (at least one) is also a timeline entry's wall
    clock, in the timeline's zone, and the timeline opens at one of them: the summary and
    the timeline wrote the same times, and labelled them with different zones. The first
    such pair (summary time, entry)."""
    pairs = []
    for stated in foreign:
        if stated.clock is None or stated.zone is None:
            return None
        entry = next((e for e in entries if e.local == stated.local and e.zone is not None
                      and e.at is not None and stated.at is not None
                      and e.at.utcoffset() != stated.at.utcoffset()), None)
        if entry is None:
            return None
        pairs.append((stated, entry))
    if not any(entry is entries[0] for _, entry in pairs):
        return None  # the timeline does not open at a summary time: a coincidence of clocks
    return min(pairs, key=lambda p: p[1].line)


def _same_clock(event: Event, entry: Event) -> bool:
    """"11:31 CET" over a timeline in "UTC+1", in January: a region's name and a fixed
    offset that show the same clock at that moment are one zone written two ways."""
    fixed = [e for e in (event, entry) if e.zone is not None and not e.zone.region]
    return bool(fixed) and event.at is not None and entry.at is not None \
        and event.at.utcoffset() == entry.at.utcoffset()


def _written_zone(event: Event) -> bool:
    """The entry names its own zone, rather than inheriting one."""
    return event.zone is not None and not zone_inferred(event.provenance)


def _agrees(event: Event, declared: Zone) -> bool:
    """Same zone, same region (EST under "Eastern"), or the same offset at that instant."""
    zone = event.zone
    assert zone is not None
    if zone.label == declared.label or (declared.iana is not None and declared.iana in (
            zone.iana, zone.standard_of, zone.daylight_of)):
        return True
    region = declared.standard_of or declared.daylight_of
    if region is not None and event.at is not None and region in (
            zone.iana, zone.standard_of, zone.daylight_of) \
            and event.at.utcoffset() == _region_offset(region, event.at):
        return True  # "All times CET", then "03:10 CEST" once the clocks went forward
    if event.at is None:
        return (zone.offset_minutes is None or declared.offset_minutes is None
                or zone.offset_minutes == declared.offset_minutes)
    return event.at.utcoffset() == _offset_at(declared, event)


def _offset_at(zone: Zone, event: Event) -> dt.timedelta | None:
    if event.at is None:
        return None
    here = clock_in(dt.datetime.fromtimestamp(event.at.timestamp(), dt.UTC), zone)
    return None if here is None else here.utcoffset()


def _moment(event: Event) -> dt.datetime | float | None:
    """The moment an entry gives, to the minute: its instant, or with no year written its
    place on the timeline's axis (minutes), which a conversion shares."""
    if event.at is not None:
        return _minute(event.at)
    return None if event.order_minutes is None else float(int(event.order_minutes))


def _minute(at: dt.datetime) -> dt.datetime:
    """The instant to its minute, the finest grain both clocks of a conversion write."""
    return at.replace(second=0, microsecond=0)


def _converted(event: Event, events: list[Event], offset: int | str) -> bool:
    """"18:00 UTC (2:00 PM EDT)": the same moment given on the same line in the timeline's
    zone too, which is the conversion the reader needs, not a mix."""
    return event.order_minutes is not None and any(
        other is not event and other.line == event.line and _offset(other) == offset
        and other.order_minutes == event.order_minutes for other in events)


def _region_offset(region: str, at: dt.datetime) -> dt.timedelta | None:
    """The UTC offset the region's clocks show at the instant `at`."""
    from zoneinfo import ZoneInfo

    return at.astimezone(ZoneInfo(region)).utcoffset()


def _offset(event: Event, regions: list[str] | None = None) -> int | str:
    """The zone's region, or its UTC offset in minutes (from the instant, or from a fixed
    zone when no date is known). A region is one zone whatever its offset that day, and
    whichever of its names is written: ET, EST and EDT are all US Eastern (a wrong label
    for the date is tz-dst-mismatch's finding, not a mix). With `regions` (those other
    entries are in), a fixed zone that shows a region's clock at that instant counts as the
    region: "09:30 GMT" beside entries in UK time, in January."""
    zone = event.zone
    region = zone and zone.region
    if region:
        return _one_name(region)
    if regions and event.at is not None:
        for candidate in regions:
            if _region_offset(candidate, event.at) == event.at.utcoffset():
                return candidate
    if event.at is None:
        assert event.zone is not None and event.zone.offset_minutes is not None
        return event.zone.offset_minutes
    offset = event.at.utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


@lru_cache(maxsize=64)
def _one_name(region: str) -> str:
    """One name for the regions whose clocks read the same all year, the first of pmlint's
    own zone abbreviations' regions that does: "US/Eastern" (as written) and
    "America/New_York" (ET, EST, EDT) are one zone."""
    from pmlint.timeline.zones import ABBREVIATIONS

    known = sorted({name for zone in ABBREVIATIONS.values()
                    for name in (zone.iana, zone.standard_of, zone.daylight_of) if name})
    mine = _year_of_offsets(region)
    return next((name for name in known if _year_of_offsets(name) == mine), region) \
        if mine else region


@lru_cache(maxsize=128)
def _year_of_offsets(region: str) -> tuple[dt.timedelta | None, ...]:
    """The region's UTC offset on the 1st and the 15th of each month of a year: equal for
    two names of one zone, and for zones that keep the same clock (DST on the same days)."""
    from zoneinfo import ZoneInfo

    try:
        zone = ZoneInfo(region)
    except (KeyError, ValueError, OSError):
        return ()
    return tuple(dt.datetime(2024, month, day, 12, tzinfo=dt.UTC).astimezone(zone).utcoffset()
                 for month in range(1, 13) for day in (1, 15))


RULE = Rule(code="PM107", name="tz-mixed", severity="warning",
            summary="Time zones mixed in one timeline.", check=check, lowered=("info",),
            doc=__doc__ or "")
