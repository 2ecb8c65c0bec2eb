"""tz-dst-mismatch: a standard-time zone on a summer date, or a daylight zone in winter.

EST is UTC-5 all year, but US Eastern clocks read EDT (UTC-4) from March to November, so
"9:45 PM EST" in May is either an hour off or the wrong label. pmlint reads the label
literally; this rule says so once per zone, where the label is first written for those
dates: a heading that declares it ("Timeline (all times PST)") above the entries, else the
first entry that writes it (not a time that only inherits it). A front matter's "date:"
stamp, when only the body's statement zones it, is not held to that statement. Times that
only inherit the label from a time elsewhere (the one zone a page of notices writes, in
one notice), with no time on those dates writing it and no statement for them, are not
held to it either: the label is pmlint's reading there, not the author's. A standard
label is not held to summer either where the document names a place that keeps it all year
(Arizona's MST) or says in a sentence that it means its own offset ("MST is UTC -7").
The instant of the change itself is right under either label ("at 2am BST/1am GMT" the
clocks went back; "2:00 AM EST" when they went forward).

A numeric offset written on a time of a document kept in a zone that changes its clocks
("2023-10-27T13:45:00-08:00" in a log in PT) is held to that zone too: the offset of the
other season on that date (PST's UTC-08:00 on a PDT day) is either an hour off or the
wrong offset, said once per offset.

Fails::

    - May 10, 2023 9:45 PM EST: alert fired

Passes::

    - May 10, 2023 9:45 PM EDT: alert fired
    - Jan 10, 2023 9:45 PM EST: alert fired
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from zoneinfo import ZoneInfo

from pmlint.checks.base import Problem, Replacement, Rule
from pmlint.checks.context import Context
from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.model import Event
from pmlint.timeline.provenance import declared_zone_line, zone_from_tz_option, zone_inferred
from pmlint.timeline.zones import ABBREVIATIONS, Zone, format_offset, on_summer_time


def check(ctx: Context) -> Iterator[Problem]:
    seen: dict[str, list[int]] = {}
    first: dict[str, tuple[object, str, str]] = {}
    events_labelled: dict[str, list[Event]] = {}
    metadata = ctx.analysis.front_matter
    steady: dict[str, bool] = {}  # a label -> the document names a place it is kept all year
    for index, event in enumerate(ctx.timeline.events):
        zone = event.zone
        if zone is None or not (zone.standard_of or zone.daylight_of):
            continue
        if zone_from_tz_option(event.provenance):
            continue
        if event.line <= metadata and zone_inferred(event.provenance):
            continue  # a page's "date:" stamp, zoned only by the body's statement
        region = zone.standard_of or zone.daylight_of
        assert region is not None
        if event.at is not None:
            local = dt.datetime.fromisoformat(event.local[:16])
            at = event.at
            corrected = ctx.analysis.minutes(index)
            if corrected is not None and event.order_minutes is not None \
                    and corrected != event.order_minutes:
                # read as ampm-flip corrects it ("11:45 PM", then "12:10 PM": 00:10 the next
                # morning, before the clocks went forward at 02:00), and the day a corrected
                # entry passed on to those after it
                moved = dt.timedelta(minutes=corrected - event.order_minutes)
                at, local = at + moved, local + moved
            # What the region's clocks read at the labelled instant: in the repeated hour at
            # fall-back both labels are right, and the wall-clock reading alone cannot say so.
            in_dst: bool | None = on_summer_time(at, region)
            if in_dst != on_summer_time(at - dt.timedelta(minutes=1), region):
                continue  # "at 2am BST/1am GMT" the clocks went back: the change itself
        else:
            local, in_dst = _any_year(event.local, region)
            if local is None or in_dst is None:
                continue
        if zone.standard_of and in_dst:
            if zone.label not in steady:
                steady[zone.label] = _kept_all_year(ctx, zone.label)
            if steady[zone.label]:
                continue  # "MST" for Arizona, "AEST" for Brisbane: no summer time there
            right = _partner(region, daylight=True)
        elif zone.daylight_of and not in_dst:
            right = _partner(region, daylight=False)
        else:
            continue
        lines = seen.setdefault(zone.label, [])
        events_labelled.setdefault(zone.label, []).append(event)
        if not lines or lines[-1] != event.line:  # events come in line order
            lines.append(event.line)
        if zone.label not in first:
            day = local.date().isoformat() if event.at is not None \
                else f"{local:%B} {local.day} (in any year)"
            first[zone.label] = (event, right, day)
    yield from _other_season_offsets(ctx)
    for label, (event, right, day) in first.items():
        lines = seen[label]
        written = next((e for e in events_labelled[label] if not zone_inferred(e.provenance)),
                       None)
        declared = _declared(ctx, label, event.line)
        if written is None and declared is None and not any(
                _stated_for(e) for e in events_labelled[label]):
            # no time on these dates writes the label, and nothing states it for them: it
            # reached them from a time elsewhere (the one zone written in one notice of a
            # page of notices), which is pmlint's reading, not the author's statement
            continue
        anchor = written if written is not None else event
        line, column = declared if written is None and declared is not None \
            else _declared(ctx, label, anchor.line) or _stated_below(ctx, anchor, label) \
            or (anchor.line, anchor.column)
        heading = _declaring_most(ctx, events_labelled[label], label)
        if heading is not None and heading[0] != line:
            line, column = heading  # "## Timeline (EST)" over most of the times: fixed there
        if line != event.line:
            lines = [line, *(n for n in lines if n != line)]
        fix = _relabel(ctx, events_labelled[label], label, right.split(" ")[0])
        more = (f"; also on line{'s' if len(lines) > 2 else ''} "
                + ", ".join(str(n) for n in lines[1:])) if len(lines) > 1 else ""
        zone = event.zone  # type: ignore[attr-defined]
        yield Problem(line, column,
                      f"{label} (UTC{format_offset(zone.offset_minutes)}) on {day}, when that "
                      f"region's clocks read {right}{more}",
                      suggestion=f"write {right}, or the generic name, if the times are local "
                                 "wall-clock times", fix=fix)


def _other_season_offsets(ctx: Context) -> Iterator[Problem]:
    """Numeric offsets written on times of a document kept in a zone that changes its clocks
    (PT) that are that zone's offset of the other season on their dates: once per offset,
    where first written."""
    home = ctx.timeline.zone
    first: dict[int, tuple[Event, str, str]] = {}
    lines: dict[int, list[int]] = {}
    for event in ctx.timeline.events:
        found = other_season(event, home)
        if found is None:
            continue
        offset = event.zone.offset_minutes  # type: ignore[union-attr]
        first.setdefault(offset, (event, *found))
        seen = lines.setdefault(offset, [])
        if not seen or seen[-1] != event.line:
            seen.append(event.line)
    for offset, (event, season, right) in first.items():
        more = lines[offset][1:]
        also = (f"; also on line{'s' if len(more) > 1 else ''} "
                + ", ".join(str(n) for n in more)) if more else ""
        yield Problem(event.line, event.column,
                      f"UTC{format_offset(offset)} ({season}) on {event.local[:10]}, when "
                      f"the document's {home.label} clocks read {right}{also}",  # type: ignore[union-attr]
                      end_column=event.column + len(event.written),
                      suggestion=f"write {right.split(' ')[0]}, if the time is the "
                                 f"{home.label} wall clock")  # type: ignore[union-attr]


def other_season(event: Event, home: Zone | None) -> tuple[str, str] | None:
    """A numeric offset written on `event` ("2023-10-27T13:45:00-08:00") in a document kept
    in `home`, a zone that changes its clocks (PT), that is not what its clocks read at that
    wall-clock time but what they read in the other season (PST's UTC-08:00 on a PDT day):
    the season's name for the offset written ("PST") and what the clocks read ("UTC-07:00
    (PDT)"). None otherwise, and in the hour read twice at the change."""
    zone = event.zone
    if home is None or home.iana is None or zone is None or zone.offset_minutes is None \
            or zone.standard_of or zone.daylight_of or zone.iana is not None \
            or zone_inferred(event.provenance) or event.at is None or event.clock is None:
        return None
    try:
        wall = dt.datetime.fromisoformat(event.local[:16])
    except ValueError:
        return None
    region = ZoneInfo(home.iana)
    readings = {int((wall.replace(tzinfo=region, fold=fold).utcoffset() or dt.timedelta())
                    .total_seconds() // 60) for fold in (0, 1)}
    if zone.offset_minutes in readings or len(readings) != 1:
        return None
    seasons = {int((moment.utcoffset() or dt.timedelta()).total_seconds() // 60):
               moment.tzname() or "" for moment in (
                   dt.datetime(wall.year, 1, 15, 12, tzinfo=region),
                   dt.datetime(wall.year, 7, 15, 12, tzinfo=region))}
    if len(seasons) != 2 or zone.offset_minutes not in seasons:
        return None
    now = readings.pop()
    return seasons[zone.offset_minutes], f"UTC{format_offset(now)} ({seasons.get(now, '')})"


def _stated_for(event: Event) -> bool:
    """The event's zone was stated for it: written beside it, or by its section's heading
    or the document's statement ("All times PST"), not carried from another time."""
    return any(p.what == "zone" and p.how in ("section", "declared", "beside")
               for p in event.provenance) or not zone_inferred(event.provenance)


# Places that keep a standard time all year, where a region sharing its name changes
# clocks: "10:00 MST" in July is right in Arizona, "AEST" in January in Brisbane (and in
# the Australian electricity market's reports, kept in its market time). Named
# places only (not "Phoenix" alone, a common project name, nor "Regina", a given name):
# Phoenix as a place is "in Phoenix", or a site there ("our Phoenix datacenter").
_STEADY_PLACES = {
    "MST": r"arizona|tucson|scottsdale|tempe|phoenix,[ \t]*+(?:az|arizona)|america/phoenix"
           r"|phoenix(?=[ \t]++(?:data[ \t]?cent(?:er|re)s?|dcs?|facility|office|location|site"
           r"|metro|area|colo(?:cation)?)(?![A-Za-z]))|(?<=in[ \t])phoenix"
           r"|yukon|whitehorse|america/whitehorse",
    # (and the National Electricity Market, whose market time is AEST all year)
    "AEST": r"queensland|brisbane|gold[ \t]++coast|cairns|townsville|australia/brisbane"
            r"|national[ \t]++electricity[ \t]++market|nem[ \t]++time",
    "CST": r"saskatchewan|saskatoon|america/regina|mexico[ \t]++city|guadalajara|monterrey"
           r"|guatemala|costa[ \t]++rica|honduras|el[ \t]++salvador|america/mexico_city",
    "ACST": r"northern[ \t]++territory|alice[ \t]++springs|australia/darwin",
    "EST": r"panama|jamaica|canc[uú]n|quintana[ \t]++roo|america/cancun",
}
_STEADY_RES = {label: re.compile(rf"(?<![A-Za-z]){words}(?![A-Za-z])", re.IGNORECASE)
               for label, words in _STEADY_PLACES.items()}


def _kept_all_year(ctx: Context, label: str) -> bool:
    """The document names a place where `label` is the clock all year, or says in a sentence
    what offset it means ("MST is UTC -7. So the times correlate."): the label is the author's
    deliberate one. (Searched in the joined lines: no place name spans a line, and a newline
    is no letter to the lookarounds.)"""
    pattern = _STEADY_RES.get(label)
    if pattern is not None and pattern.search(ctx.analysis.text) is not None:
        return True
    zone = ABBREVIATIONS.get(label)
    return zone is not None and zone.offset_minutes is not None and label in ctx.analysis.text \
        and _offset_said(ctx.analysis.text, label, zone.offset_minutes)


# "MST is UTC-7", "MST = GMT -07:00", "MST means UTC−7": a label said, in a sentence, to be
# an offset (a gloss in parentheses, "EST (UTC-5)", repeats the label's reading and is no
# such statement)
OFFSET_SAID = LazyPattern(r"(?<![A-Za-z])(?P<label>[A-Z]{2,5})(?:[ \t]++(?:is|was|means|equals)"
                          r"[ \t]++|[ \t]*+=[ \t]*+)(?:UTC|GMT)[ \t]*+(?P<sign>[-−–+])[ \t]*+"
                          r"(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?(?![\d:])")


def _offset_said(text: str, label: str, minutes: int) -> bool:
    """Whether the text says in a sentence that `label` is its own literal offset."""
    for m in OFFSET_SAID.finditer(text):
        if m.group("label") == label:
            said = int(m.group("h")) * 60 + int(m.group("m") or 0)
            if (-said if m.group("sign") != "+" else said) == minutes:
                return True
    return False


DECLARES = re.compile(r"\btimes?\b|time[ -]?line", re.IGNORECASE)


def _stated_below(ctx: Context, event: Event, label: str) -> tuple[int, int] | None:
    """Where the label is written, for a time above it that took it as the document's one
    zone ("On April 8 at 12:29" over "## Timeline (Eastern Time, EST)"): the fix is made
    there."""
    line = declared_zone_line(event.provenance, label, ("only", "declared"))
    if line is None or not 0 < line <= len(ctx.timeline.lines):
        return None
    found = _label_word(label).search(ctx.timeline.lines[line - 1])
    return (line, found.start() + 1) if found else None


def _declaring_most(ctx: Context, events: list[Event], label: str) -> tuple[int, int] | None:
    """The line that states the label for its section or the document ("## Timeline (EST)"),
    when more of the mislabelled times take it from there than write it themselves: that
    statement is where the author would correct it."""
    written = sum(1 for e in events if not zone_inferred(e.provenance))
    lines: list[int] = []
    for event in events:
        if not any(p.what == "zone" and p.how in ("section", "declared") and p.value == label
                   for p in event.provenance):
            continue
        # (a section's statement is its heading's: the nearest line above that states it)
        stated = declared_zone_line(event.provenance, label, ("declared",)) or next(
            iter(_declared(ctx, label, event.line) or ()), None)
        if stated is not None:
            lines.append(stated)
    if not lines:
        return None
    top = max(set(lines), key=lambda n: (lines.count(n), -n))
    if lines.count(top) <= written or not 0 < top <= len(ctx.timeline.lines):
        return None
    found = _label_word(label).search(ctx.timeline.lines[top - 1])
    return (top, found.start() + 1) if found else None


def _label_word(label: str) -> re.Pattern[str]:
    """The zone's label as a word of a line ("EST", not the "EST" of "ESTIMATE")."""
    return re.compile(rf"(?<![A-Za-z]){re.escape(label)}(?![A-Za-z])")


def _declared(ctx: Context, label: str, before: int) -> tuple[int, int] | None:
    """The nearest line above `before` that declares the zone for the times below it ("##
    Timeline (all times PST)", "Times are in PST"): where the label was first written."""
    word = _label_word(label)
    lines = ctx.timeline.lines
    for number in range(min(before, len(lines) + 1) - 1, 0, -1):
        text = lines[number - 1]
        found = word.search(text)
        if found and DECLARES.search(text) and not any(
                e.clock is not None for e in ctx.analysis.on_line(number)):
            return number, found.start() + 1
    return None


_YEARS = range(2007, 2036)  # the US rules since 2007; the EU's are older


def _any_year(local: str, region: str) -> tuple[dt.datetime | None, bool | None]:
    """A year-less "--08-10T09:00": summer or winter time in every year alike (August is
    summer time every year; a date near a change is not), else None."""
    if not local.startswith("--") or len(local) < 13:
        return None, None
    try:
        month, day = int(local[2:4]), int(local[5:7])
        hour, minute = int(local[8:10]), int(local[11:13])
    except ValueError:
        return None, None
    readings = set()
    sample = None
    zone = ZoneInfo(region)
    for year in _YEARS:
        try:
            moment = dt.datetime(year, month, day, hour, minute, tzinfo=zone)
        except ValueError:
            continue
        sample = sample or moment.replace(tzinfo=None)
        readings.add(bool(moment.dst()))
    return sample, (readings.pop() if len(readings) == 1 else None)


def _relabel(ctx: Context, events: list[Event], label: str, right: str
             ) -> Replacement | None:
    """EST -> EDT wherever an event of this run writes the label itself: unsafe, since it
    moves every such time by the zones' difference (ruff's --unsafe-fixes)."""
    if not right.isalpha() or not ctx.timeline.lines:
        return None
    edits: list[Replacement] = []
    for event in events:
        row = ctx.timeline.lines[event.line - 1]
        start = event.column - 1
        at = row.find(label, start, start + len(event.written))
        before = row[at - 1] if at > 0 else " "
        after = row[at + len(label)] if at + len(label) < len(row) else " "
        if at < 0 or before.isalpha() or after.isalpha():
            continue
        edit = Replacement(event.line, at + 1, at + 1 + len(label), right, "unsafe")
        if edit not in edits:
            edits.append(edit)
    if not edits:
        return None
    return replace(edits[0], also=tuple(edits[1:]))


def _partner(region: str, daylight: bool) -> str:
    for abbreviation, zone in ABBREVIATIONS.items():
        if (zone.daylight_of if daylight else zone.standard_of) == region:
            offset = format_offset(zone.offset_minutes or 0)
            return f"{abbreviation} (UTC{offset})"
    return "daylight time" if daylight else "standard time"


RULE = Rule(code="PM105", name="tz-dst-mismatch", severity="warning",
            summary="EST on a summer date, EDT in winter, and the like.", check=check,
            doc=__doc__ or "")
