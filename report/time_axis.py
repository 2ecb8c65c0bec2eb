"""The drawing's time axis: axis minutes to x, and its labelled ticks.

One linear scale over the incident. When entries as written lie far outside it (an AM/PM
slip puts one 12 hours away, a rollover 24 hours), a linear scale over everything would
squeeze the incident into a sliver; then those written readings get a short stub of the
same axis beyond a marked break, so the incident keeps the width and every entry is still
drawn where it was written.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pmlint.report.clock import PageClock, utc_day_label, utc_minutes_label
from pmlint.report.figure_model import AxisBreak, Tick

STEPS = (1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080, 20160, 43200)
MAX_TICKS = 9
STUB = 104.0  # the width of the axis beyond a break
GAP = 16.0  # between a stub and the main axis
BREAK_RATIO = 2.5  # break the axis when written readings would stretch it this much
CHAR = 6.6  # an average glyph at 11-12 px, to keep labels apart


@dataclass(frozen=True)
class Segment:
    low: float  # axis minutes
    high: float
    x1: float
    x2: float

    def x(self, minutes: float) -> float:
        share = (minutes - self.low) / (self.high - self.low)
        return round(self.x1 + share * (self.x2 - self.x1), 1)


@dataclass(frozen=True)
class TimeAxis:
    segments: tuple[Segment, ...]  # left to right; the main one is the widest
    ticks: tuple[Tick, ...]
    breaks: tuple[AxisBreak, ...]

    def __call__(self, minutes: float) -> float:
        """x of an axis position; outside every segment, the nearest segment's edge."""
        for segment in self.segments:
            if segment.low <= minutes <= segment.high:
                return segment.x(minutes)
        nearest = min(self.segments, key=lambda s: min(abs(minutes - s.low),
                                                       abs(minutes - s.high)))
        return nearest.x(min(max(minutes, nearest.low), nearest.high))

    @property
    def main(self) -> Segment:
        return max(self.segments, key=lambda s: s.x2 - s.x1)


def build_axis(settled: Sequence[float], written: Sequence[float], clock: PageClock,
               timed: bool, left: float, right: float) -> TimeAxis:
    """`settled`: where pmlint reads things (entries, anchors); `written`: where corrected
    entries stand as written."""
    minimum = 60.0 if timed else 2880.0
    low, high = padded(settled, minimum)
    before = [w for w in written if w < low]
    after = [w for w in written if w > high]
    full_low, full_high = min([low, *before]), max([high, *after])
    if not (before or after) or (full_high - full_low) <= BREAK_RATIO * (high - low):
        low, high = padded([*settled, *written], minimum)
        segment = Segment(low, high, left, right)
        return TimeAxis((segment,), tuple(_ticks(clock, segment, timed)), ())
    main = Segment(low, high, left + (STUB + GAP if before else 0),
                   right - (STUB + GAP if after else 0))
    segments = [main]
    breaks = []
    ticks = list(_ticks(clock, main, timed))
    for group, side in ((before, "before"), (after, "after")):
        if not group:
            continue
        s_low, s_high = padded(group, minimum=20.0)
        x1, x2 = (left, left + STUB) if side == "before" else (right - STUB, right)
        stub = Segment(s_low, s_high, x1, x2)
        segments.append(stub)
        gap = x2 + GAP / 2 if side == "before" else x1 - GAP / 2
        distance = (main.low - s_high) if side == "before" else (s_low - main.high)
        breaks.append(AxisBreak(gap, x1, x2, _apart(distance, side)))
        ticks.extend(_stub_ticks(clock, stub, group))
    return TimeAxis(tuple(sorted(segments, key=lambda s: s.x1)),
                    tuple(_room_for_days(sorted(ticks, key=lambda t: t.x))), tuple(breaks))


def padded(values: Sequence[float], minimum: float = 60.0) -> tuple[float, float]:
    low, high = min(values), max(values)
    if high - low < minimum:
        middle = (low + high) / 2
        return middle - minimum / 2, middle + minimum / 2
    pad = (high - low) * 0.04
    return low - pad, high + pad


def _apart(minutes: float, side: str) -> str:
    hours = minutes / 60
    amount = f"{hours:.0f} h" if hours >= 2 else f"{minutes:.0f} min"
    return f"≈{amount} {'earlier' if side == 'before' else 'later'}"


def _stub_ticks(clock: PageClock, stub: Segment, group: Sequence[float]) -> list[Tick]:
    """A labelled tick at each written reading beyond a break (close ones share one)."""
    ticks: list[Tick] = []
    for minutes in sorted(set(group)):
        x = stub.x(minutes)
        if ticks and x - ticks[-1].x < 34:
            continue
        wall = clock.wall(minutes)
        ticks.append(Tick(x, f"{wall:%H:%M}", utc_minutes_label(minutes) if clock.real else "",
                          None, None))
    return ticks


def _ticks(clock: PageClock, segment: Segment, timed: bool) -> list[Tick]:
    """Round times on the page clock, with a date label where the axis opens and wherever
    the day changes."""
    low, high = segment.low, segment.high
    step = next((s for s in STEPS if (high - low) / s <= MAX_TICKS), STEPS[-1])
    if not timed:
        step = max(step, 1440)
    first = clock.wall(low)
    midnight = first.replace(hour=0, minute=0, second=0, microsecond=0)
    offset = (first - midnight).total_seconds() / 60
    wall = midnight + dt.timedelta(minutes=math.ceil(offset / step) * step) if step < 1440 \
        else midnight + dt.timedelta(days=1 if offset > 0 else 0)
    ticks: list[Tick] = []
    previous_day: dt.date | None = None
    previous_utc_day = ""
    if step < 1440:  # the day the axis opens on, at its left edge
        previous_day = first.date()
        previous_utc_day = utc_day_label(low) if clock.real else ""
        ticks.append(Tick(segment.x(low), "", "", clock.day(first), previous_utc_day or None,
                          edge=True))
    for _ in range(64):
        minutes = clock.axis(wall)
        if minutes > high:
            break
        if minutes >= low:
            utc_day = utc_day_label(minutes) if clock.real else ""
            if step >= 1440:
                page, day_page, day_utc = clock.short_day(wall), None, None
                utc = " ".join(utc_day.split(" ")[1:3]) if utc_day else ""
            else:
                page = f"{wall:%H:%M}"
                day_page = clock.day(wall) if wall.date() != previous_day else None
                utc = utc_minutes_label(minutes) if clock.real else ""
                day_utc = utc_day if utc_day and utc_day != previous_utc_day else None
            ticks.append(Tick(segment.x(minutes), page, utc, day_page, day_utc,
                              midnight=step < 1440 and wall.hour == 0 and wall.minute == 0))
            previous_day, previous_utc_day = wall.date(), utc_day
        wall = _next_tick(wall, step)
    return _room_for_days(ticks)


def _room_for_days(ticks: list[Tick]) -> list[Tick]:
    """Date labels stand left-aligned at their tick: drop one that would run into the next."""
    kept = list(ticks)
    for attribute in ("day_page", "day_utc"):
        labelled = [n for n, t in enumerate(kept) if getattr(t, attribute)]
        for here, after in itertools.pairwise(labelled):
            text = getattr(kept[here], attribute)
            if kept[here].x + len(text) * CHAR + 14 > kept[after].x:
                kept[here] = replace(kept[here], **{attribute: None})
    return kept


def _next_tick(wall: dt.datetime, step: int) -> dt.datetime:
    if step >= 43200:  # a month
        month = wall.month % 12 + 1
        return wall.replace(year=wall.year + (wall.month == 12), month=month, day=1)
    return wall + dt.timedelta(minutes=step)
