"""Which timeline entry a summary's sentence retells, by the words they share.

A summary says "at 15:16 UTC a wrong block was generated" and the timeline "06:16 wrong
block generated": the same event, told twice at two times. Phases only pair the start, the
detection and the end; the words pair any event. Words are compared by a crude stem
(lowercase, common endings dropped) with the words every incident document uses left out,
so that only what names this event ("block", "generat", "queue", "drain") counts.
"""

from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[a-z]{3,}")
# Words that say nothing of which event a sentence tells: function words, incident
# vocabulary every document shares, months, weekdays and time words.
_COMMON_WORDS = """
the and for was were are has had have been being with from that this then than into onto
our their its his her they them you your not but all any some more most very also only
just when while where which who whom what after before during until till about around
approx approximately roughly nearly over under again once there here out off per via
incident incidents issue issues problem problems outage outages impact impacted team teams
user users customer customers service services system systems time times minute minutes
hour hours day days today yesterday morning evening night afternoon noon midnight
utc gmt est edt pst pdt cst cdt mst mdt bst cet cest ist jst aest
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
began begin begins started start starts ended end ends occurred happened went came
approx local time timeline summary update updates status
"""
COMMON = frozenset(_COMMON_WORDS.split())
ENDINGS = ("ing", "ed", "es", "s", "e")


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """"stopped", "stops", "stopping" -> "stop"; "generated", "generate" -> "generat"."""
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[:-len(ending)]
            break
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]  # "stopp" -> "stop"
    return word


# a link's address, which names a page, not the event: "[8171899](https://...)", "<https://...>"
URL = re.compile(r"(?<![a-z])(?:https?|ftp)://[^\s)>\]]*+", re.IGNORECASE)


def content_words(text: str) -> frozenset[str]:
    """The stems of the words in `text` that could name an event."""
    plain = URL.sub(" ", text.lower()) if "://" in text else text.lower()
    return frozenset(stem(w) for w in WORD.findall(plain) if w not in COMMON)


def clause_of(line: str, column: int, other_columns: tuple[int, ...]) -> str:
    """The words of `line` that go with the time at `column` (1-based): its sentence, cut
    at the other times in that sentence ("at 10:15 the queue stopped; at 11:00 it was
    restored": each time keeps its own clause)."""
    at = column - 1
    start = max(line.rfind(". ", 0, at), line.rfind("; ", 0, at))
    start = 0 if start < 0 else start + 2
    ends = [i for i in (line.find(". ", at), line.find("; ", at)) if i >= 0]
    end = min(ends) if ends else len(line)
    for other in other_columns:
        if start <= other - 1 < at:
            start = other - 1
        elif at < other - 1 < end:
            end = other - 1
    return line[start:end]
