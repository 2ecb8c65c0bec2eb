"""The order numeric dates are usually written in where a document's zones are used.

05-02-2022 that nothing in the document settles is still a question for the author, but a
reader can lean on where the author is: times in GMT+1, WAT or CET come from places that
write the day first; times in EST or PT from the United States, which writes the month
first. UTC is used everywhere and says nothing; nor do the offsets of East Asia (year-first
writing) or the Americas west of UTC outside the US (both orders). The lean is reported as
such (date-ambiguous still fires), never taken for a settlement.
"""

from __future__ import annotations

from collections.abc import Iterable

from pmlint.timeline.zones import Zone

# US zones: month first. A zone is American if it is, or is the standard or summer time of,
# one of these.
_US = frozenset(("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
                 "America/Los_Angeles", "America/Anchorage", "America/Adak", "Pacific/Honolulu",
                 "America/Detroit", "America/Boise", "America/Indiana/Indianapolis"))
_US_LABELS = frozenset(("EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT",
                        "HST", "ET", "CT", "MT", "PT"))
# IANA areas whose countries write the day first, almost without exception
_DAY_FIRST_AREAS = ("Europe/", "Africa/", "Australia/", "Atlantic/")
# East of UTC, offsets (hours) where year-first or month-first writing is common: China,
# Japan, Korea, Taiwan, the Philippines
_NO_LEAN_EAST = frozenset((8, 9))


def usual_order(zone: Zone) -> bool | None:
    """True: day first where `zone` is used; False: month first; None: it does not say."""
    names = {zone.iana, zone.standard_of, zone.daylight_of} - {None}
    if zone.label in _US_LABELS or names & _US:
        return False
    if any(n.startswith(_DAY_FIRST_AREAS) for n in names if n):
        return True
    if zone.offset_minutes is None:
        return None
    hours, rest = divmod(zone.offset_minutes, 60)
    if zone.offset_minutes <= 0 or (rest == 0 and hours in _NO_LEAN_EAST):
        return None
    return True


def presumed_order(zones: Iterable[Zone]) -> tuple[bool, str] | None:
    """The order every zone that says anything agrees on, and the first such zone's label."""
    verdict: tuple[bool, str] | None = None
    for zone in zones:
        lean = usual_order(zone)
        if lean is None:
            continue
        if verdict is not None and verdict[0] != lean:
            return None  # EST beside CET: no lean
        verdict = verdict or (lean, zone.label)
    return verdict
