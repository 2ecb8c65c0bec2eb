"""The order numeric dates are usually written in where a document's zones are used.

05-02-2022 that nothing in the document settles is still a question for the author, but a
reader can lean on where the author is: times in GMT+1, WAT or CET come from places that
write the day first; times in EST or PT from the United States, which writes the month
first. UTC is used everywhere and says nothing; nor do the offsets of East Asia (year-first
writing) or the Americas west of UTC outside the US (both orders). The lean is reported as
such (date-ambiguous still fires), never taken for a settlement.

The language a document is written in does settle it: Spanish and Portuguese are written
day-first wherever they are spoken ("el 01/03/2025 a las 14:10" is 1 March).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

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


# Words that mark running text as Spanish or Portuguese, and words that mark it as English
# (none is a word of the other side; "a", "no", "e" and "de" of names are left out)
_ES_PT_WORDS = frozenset((
    "el", "los", "las", "del", "por", "con", "una", "fue", "pero", "como", "más", "también",
    "cuando", "que", "se", "la", "y", "en", "para", "está", "esta", "su", "sus", "sin",
    "hasta", "desde", "os", "do", "da", "dos", "das", "não", "uma", "foi", "em", "na", "ao",
    "aos", "às", "mais", "também", "quando", "sem", "até", "são", "muy", "hubo", "servicio",
    "serviço", "com", "pela", "pelo", "pelos", "nos", "nas"))
_EN_WORDS = frozenset(("the", "and", "of", "to", "was", "is", "in", "for", "with", "on", "at",
                       "were", "we", "this", "that", "by", "from", "it", "be", "our"))
_WORD = re.compile(r"[^\W\d_]++")
_READ_WORDS = 4000  # words looked at: enough to tell, linear in any case
_ENOUGH = 12  # Spanish or Portuguese words needed, at three times the English ones


def written_day_first(lines: Sequence[str]) -> bool:
    """The document's running text is Spanish or Portuguese, written day-first."""
    ours = theirs = seen = 0
    for line in lines:
        for word in _WORD.findall(line.lower()):
            seen += 1
            if word in _ES_PT_WORDS:
                ours += 1
            elif word in _EN_WORDS:
                theirs += 1
        if seen >= _READ_WORDS:
            break
    return ours >= _ENOUGH and ours >= 3 * theirs
