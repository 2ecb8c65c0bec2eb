"""The order numeric dates are usually written in where a document's zones are used, or
by the readers of the language it is written in.

05-02-2022 that nothing in the document settles is still a question for the author, but a
reader can lean on where the author is: times in GMT+1, WAT or CET come from places that
write the day first; times in EST or PT from the United States, which writes the month
first. UTC is used everywhere and says nothing; nor do the offsets of East Asia (year-first
writing) or the Americas west of UTC outside the US (both orders). The lean is reported as
such (date-ambiguous still fires), never taken for a settlement. With no zone that leans,
the prose's language does: an operations log in Spanish, French or German writes 08/09/2025
for 8 September.
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


# Words of running prose that mark a document written in a language whose readers write the
# day first: Spanish, Portuguese, French, German, Italian, Dutch, Polish (all of them across
# Europe and Latin America), Arabic, Turkish, Indonesian, Vietnamese, Russian. Words that
# are also English ("in", "is", "a", "die") are left out; so are those the languages share
# with each other only where it does not matter.
_WORDS_OF: dict[str, str] = {
    "Spanish": "el los las del que por para con una es fue se al lo como pero también está "
               "están hay",
    "Portuguese": "os da dos das em não uma foi ao na nas pelo pela também está estão",
    "French": "le les des du et est une pour dans avec sur pas été au aux nous sont",
    "German": "der das und ist nicht mit dem ein eine wurde auf für von zu im wir sind auch",
    "Italian": "il gli di della che per sono stato nel alla dei delle anche è",
    "Dutch": "het een niet voor zijn werd wij ook naar",
    "Polish": "się nie że jest dla został była oraz",
    # and beyond Europe's: Arabic, Turkish, Indonesian and Malay, Vietnamese, Russian
    "Arabic": "في من على إلى عن هذا هذه التي الذي مع تم كان كانت أن",
    "Turkish": "ve bir bu için ile olarak olan gibi daha çok sonra",
    "Indonesian": "dan yang di ini untuk dengan tidak pada dari akan telah sudah",
    "Vietnamese": "và của là có được trong cho các những không đã này",
    "Russian": "и в на не что с по это был была были для от как",
}
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}  # word -> the languages it marks
for _language, _words in _WORDS_OF.items():
    for _word in _words.split():
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _language)
_ENGLISH_WORDS = frozenset(("the", "and", "of", "to", "was", "were", "we", "our", "for", "with",
                            "this", "that", "from", "by", "be", "has", "have", "it", "are",
                            "not"))
_STRIP = "*_`~#>|()[]{}.,;:!?¿¡\"'«»“”‘’"
_LANGUAGE_MIN_WORDS = 12  # fewer marks of the language than this say nothing


def language_order(lines: Iterable[str]) -> tuple[bool, str] | None:
    """(True, language) when the document's prose is in a language whose readers write the
    day first (a Spanish ops log's '08/09/2025' is 8 September): its words outnumber English
    ones more than two to one. None for English, mixed or too little prose."""
    counts = dict.fromkeys(_WORDS_OF, 0)
    english = foreign = 0
    for line in lines:
        for token in line.lower().split():
            word = token.strip(_STRIP)
            if word in _ENGLISH_WORDS:
                english += 1
            elif word in _LANGUAGES_OF:
                foreign += 1
                for language in _LANGUAGES_OF[word]:
                    counts[language] += 1
    if foreign < _LANGUAGE_MIN_WORDS or foreign <= 2 * english:
        return None
    return True, max(counts, key=counts.__getitem__)
