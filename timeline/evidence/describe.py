"""How findings name the record: the item, its time on the draft's clock and in UTC."""

from __future__ import annotations

import datetime as dt

from pmlint.timeline.evidence.match import Pair, on_axis, record_time
from pmlint.timeline.evidence.model import RecordItem
from pmlint.timeline.model import Event
from pmlint.timeline.render import format_seconds
from pmlint.timeline.zones import ABBREVIATIONS, READ_ONLY_NAMES, format_offset

QUOTE = 60


def item(record: RecordItem, event: Event | None = None) -> str:
    """"pagerduty.json: trigger_log_entry Q1 at 21:32 EDT (01:32 UTC)", a message quoted."""
    said = ""
    if record.bound == "after" and record.text:
        text = record.text if len(record.text) <= QUOTE else record.text[:QUOTE - 1] + "…"
        said = f' ("{text}")'
    return f"{record.source} at {record_time(record, event)}{said}"


def gap(minutes: float) -> str:
    return format_seconds(round(abs(minutes) * 60))


def draft(pair: Pair) -> str:
    event = pair.point.event
    return f"{event.written} (line {event.line})"


def offset(minutes: float) -> str:
    return f"UTC{format_offset(round(minutes))}"


def zone_names(offset_minutes: float, day: dt.date | None) -> str:
    """The abbreviations that mean this offset on that day (EDT for -04:00 in May), if any
    of them is unambiguous: "EDT (UTC-04:00)", else just the offset."""
    names = []
    for name, zone in ABBREVIATIONS.items():
        if zone.offset_minutes != round(offset_minutes) or zone.alternatives or len(name) < 3 \
                or name in READ_ONLY_NAMES:
            continue
        region = zone.daylight_of or zone.standard_of
        if region and day is not None:
            from zoneinfo import ZoneInfo

            noon = dt.datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo(region))
            if bool(noon.dst()) != bool(zone.daylight_of):
                continue
        names.append(name)
    shown = offset(offset_minutes)
    return f"{names[0]} ({shown})" if len(names) == 1 else shown


def local_day(minutes: float) -> dt.date:
    return on_axis(minutes).date()
