"""Instants as the page shows them: on the page's clock and in UTC.

Every position in the report is in minutes on the timeline's common axis (UTC minutes
since 1970 for dated, zoned entries: `Event.order_minutes`); this module turns such a
number back into words a reviewer reads, the same way for the table, the cards and the
drawing. A page clock is a `Zone` when the document states one; without one, the axis
holds wall-clock minutes and is shown as written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pmlint.timeline.zones import Zone, clock_in

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
STAND_IN_DAY = dt.date(2000, 1, 1)  # the normaliser's first day for times with no date
UTC_ZONE = Zone(label="UTC", offset_minutes=0, meaning="Coordinated Universal Time")


@dataclass(frozen=True)
class Moment:
    """One instant in words: on the page's clock, in UTC, and for `<time datetime>`."""

    page: str  # "2023-05-10 21:45 EST"; the wall clock alone when no zone or date is known
    utc: str  # "2023-05-11 02:45 UTC", or "" when it cannot be known
    iso: str  # "2023-05-11T02:45:00Z", or ""
    unknown: str = ""  # why there is no UTC: "no zone stated", "no date"


@dataclass(frozen=True)
class PageClock:
    """How the page shows instants: a zone, or wall-clock minutes when `zone` is None."""

    zone: Zone | None
    kind: str = "dated"  # dated | year-less | undated: what the axis minutes stand for

    @property
    def label(self) -> str:
        return self.zone.label if self.zone is not None else "as written (no zone stated)"

    @property
    def real(self) -> bool:
        """Axis minutes are real instants (UTC) that a clock can show."""
        return self.zone is not None and self.kind == "dated"

    def wall(self, minutes: float) -> dt.datetime:
        """The page clock's reading of an axis position (naive)."""
        if self.real:
            assert self.zone is not None
            here = clock_in(EPOCH + dt.timedelta(minutes=minutes), self.zone)
            assert here is not None
            return here.replace(tzinfo=None)
        offset = self.zone.offset_minutes if self.zone is not None else None
        naive = EPOCH.replace(tzinfo=None) + dt.timedelta(minutes=minutes)
        return naive + dt.timedelta(minutes=offset or 0)

    def axis(self, wall: dt.datetime) -> float:
        """The axis position of a wall-clock reading on the page clock."""
        if self.real:
            assert self.zone is not None
            aware = _localise(wall, self.zone)
            return (aware - EPOCH).total_seconds() / 60
        offset = self.zone.offset_minutes if self.zone is not None else None
        return (wall - EPOCH.replace(tzinfo=None)).total_seconds() / 60 - (offset or 0)

    def abbreviation(self, minutes: float) -> str:
        """EST, MDT, UTC+01:00: what the zone is called at that instant."""
        if self.zone is None:
            return ""
        if self.zone.fixed or not self.real:
            return self.zone.label
        here = clock_in(EPOCH + dt.timedelta(minutes=minutes), self.zone)
        return (here.tzname() if here is not None else None) or self.zone.label

    def moment(self, minutes: float) -> Moment:
        """An axis position in words."""
        wall = self.wall(minutes)
        if not self.real:
            return Moment(self._wall_text(wall), "", "",
                          "no zone stated" if self.zone is None else "no date")
        at = EPOCH + dt.timedelta(minutes=minutes)
        return Moment(f"{wall:%Y-%m-%d %H:%M} {self.abbreviation(minutes)}",
                      f"{at:%Y-%m-%d %H:%M} UTC", at.strftime("%Y-%m-%dT%H:%M:%SZ"))

    def day(self, wall: dt.datetime) -> str:
        """A date label for the axis: "Wed 10 May 2023", "10 May", "day 2"."""
        if self.kind == "dated":
            return f"{wall:%a} {wall.day} {wall:%b %Y}"
        if self.kind == "year-less":
            return f"{wall.day} {wall:%b}"
        return f"day {(wall.date() - STAND_IN_DAY).days + 1}"

    def short_day(self, wall: dt.datetime) -> str:
        """A date tick: "10 May", or "day 2" without a date."""
        return f"{wall.day} {wall:%b}" if self.kind != "undated" else self.day(wall)

    def _wall_text(self, wall: dt.datetime) -> str:
        zone = f" {self.zone.label}" if self.zone is not None else ""
        if self.kind == "dated":
            return f"{wall:%Y-%m-%d %H:%M}{zone}"
        if self.kind == "year-less":
            return f"{wall:%m-%d %H:%M}{zone} (no year)"
        return f"{self.day(wall)}, {wall:%H:%M}{zone} (no date)"


def utc_minutes_label(minutes: float) -> str:
    """An axis position as a UTC clock reading, for the page's UTC switch."""
    return f"{EPOCH + dt.timedelta(minutes=minutes):%H:%M}"


def utc_day_label(minutes: float) -> str:
    at = EPOCH + dt.timedelta(minutes=minutes)
    return f"{at:%a} {at.day} {at:%b %Y}"


def _localise(wall: dt.datetime, zone: Zone) -> dt.datetime:
    if zone.offset_minutes is not None:
        return wall.replace(tzinfo=dt.timezone(dt.timedelta(minutes=zone.offset_minutes)))
    from zoneinfo import ZoneInfo

    assert zone.iana is not None
    return wall.replace(tzinfo=ZoneInfo(zone.iana))
