"""Time-zone names as people write them in postmortems, and what each one means.

pendulum only knows IANA names, so abbreviations are ours. A *literal* abbreviation
(EST) means its literal offset all year round: EST in July is still UTC-5, and a rule
flags the mismatch. A *generic* name (ET, Eastern, "mountain") follows daylight saving
in its IANA zone. Ambiguous abbreviations (CST, IST, BST) have a default reading and
alternatives; the normaliser records which reading it took.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from functools import lru_cache

from pmlint.timeline.lazy import LazyPattern


@dataclass(frozen=True)
class Zone:
    """One reading of a zone as written: a fixed offset or a DST-following IANA zone."""

    label: str  # canonical label shown to users: "EST", "UTC+01:00", "America/Denver"
    offset_minutes: int | None = None  # fixed offset east of UTC
    iana: str | None = None  # DST-following zone
    standard_of: str | None = None  # IANA zone this literal abbreviation is the winter time of
    daylight_of: str | None = None  # IANA zone this literal abbreviation is the summer time of
    alternatives: tuple[str, ...] = ()  # other readings of an ambiguous abbreviation
    meaning: str = ""  # human words for the assumption log

    @property
    def fixed(self) -> bool:
        return self.offset_minutes is not None

    @property
    def region(self) -> str | None:
        """The IANA zone whose clocks this one names, whichever season it names: "EST" and
        "Eastern" both America/New_York; None for a fixed offset."""
        return self.iana or self.standard_of or self.daylight_of


def _fixed(label: str, hours: float, meaning: str, **kw: object) -> Zone:
    return Zone(label=label, offset_minutes=round(hours * 60), meaning=meaning, **kw)  # type: ignore[arg-type]


def _generic(label: str, iana: str, meaning: str) -> Zone:
    return Zone(label=label, iana=iana, meaning=meaning)


_NY, _CHI = "America/New_York", "America/Chicago"
# Canada's clocks as its French press writes them: "heure normale" (standard, HN_) or "heure
# avancée" (daylight, HA_) of the East, Centre, Rockies (Rocheuses), Pacific, Atlantic and
# Newfoundland (Terre-Neuve): the region's letter, its name, clock, standard offset and the
# English abbreviations
_CANADIAN_REGIONS = (
    ("E", "de l'Est", "America/New_York", -5, "EST", "EDT"),
    ("C", "du Centre", "America/Winnipeg", -6, "CST", "CDT"),
    ("R", "des Rocheuses", "America/Edmonton", -7, "MST", "MDT"),
    ("P", "du Pacifique", "America/Vancouver", -8, "PST", "PDT"),
    ("A", "de l'Atlantique", "America/Halifax", -4, "AST", "ADT"),
    ("T", "de Terre-Neuve", "America/St_Johns", -3.5, "NST", "NDT"),
)
_DEN, _LA = "America/Denver", "America/Los_Angeles"

def _canadian_french() -> list[tuple[str, Zone]]:
    """HNE, HAE, HNC, ...: each region's standard and daylight clock."""
    found = []
    for letter, region, iana, hours, standard, daylight in _CANADIAN_REGIONS:
        for kind, shift, english, key in (("normale", 0, standard, "standard_of"),
                                          ("avancée", 1, daylight, "daylight_of")):
            name = f"H{'N' if shift == 0 else 'A'}{letter}"
            total = round((hours + shift) * 60)
            offset = f"-{-total // 60:02d}:{-total % 60:02d}"  # (every one west of UTC)
            found.append((name, _fixed(name, hours + shift,
                                       f"heure {kind} {region}, {english} (UTC{offset})",
                                       **{key: iana})))
    return found


# Upper-cased abbreviation -> reading. Ambiguous entries list their alternatives.
ABBREVIATIONS: dict[str, Zone] = {
    "UTC": _fixed("UTC", 0, "Coordinated Universal Time"),
    "GMT": _fixed("GMT", 0, "Greenwich Mean Time (UTC+00:00)"),
    "Z": _fixed("UTC", 0, "Zulu time (UTC)"),
    "ZULU": _fixed("UTC", 0, "Zulu time (UTC)"),
    "EST": _fixed("EST", -5, "Eastern Standard Time (UTC-05:00)", standard_of=_NY),
    "EDT": _fixed("EDT", -4, "Eastern Daylight Time (UTC-04:00)", daylight_of=_NY),
    "CST": _fixed(
        "CST", -6, "Central Standard Time (UTC-06:00)", standard_of=_CHI,
        alternatives=("China Standard Time (UTC+08:00)", "Cuba Standard Time (UTC-05:00)"),
    ),
    "CDT": _fixed("CDT", -5, "Central Daylight Time (UTC-05:00)", daylight_of=_CHI),
    "MST": _fixed("MST", -7, "Mountain Standard Time (UTC-07:00)", standard_of=_DEN),
    "MDT": _fixed("MDT", -6, "Mountain Daylight Time (UTC-06:00)", daylight_of=_DEN),
    "PST": _fixed("PST", -8, "Pacific Standard Time (UTC-08:00)", standard_of=_LA),
    "PDT": _fixed("PDT", -7, "Pacific Daylight Time (UTC-07:00)", daylight_of=_LA),
    "AKST": _fixed("AKST", -9, "Alaska Standard Time (UTC-09:00)", standard_of="America/Anchorage"),
    "AKDT": _fixed("AKDT", -8, "Alaska Daylight Time (UTC-08:00)", daylight_of="America/Anchorage"),
    "HST": _fixed("HST", -10, "Hawaii Standard Time (UTC-10:00)"),
    "AST": _fixed(
        "AST", -4, "Atlantic Standard Time (UTC-04:00)", standard_of="America/Halifax",
        alternatives=("Arabia Standard Time (UTC+03:00)",),
    ),
    "ADT": _fixed("ADT", -3, "Atlantic Daylight Time (UTC-03:00)", daylight_of="America/Halifax"),
    "BST": _fixed(
        "BST", 1, "British Summer Time (UTC+01:00)", daylight_of="Europe/London",
        alternatives=("Bangladesh Standard Time (UTC+06:00)",),
    ),
    "IST": _fixed(
        "IST", 5.5, "India Standard Time (UTC+05:30)",
        alternatives=("Irish Standard Time (UTC+01:00)", "Israel Standard Time (UTC+02:00)"),
    ),
    "WET": _fixed("WET", 0, "Western European Time (UTC+00:00)", standard_of="Europe/Lisbon"),
    "WEST": _fixed("WEST", 1, "Western European Summer Time (UTC+01:00)",
                   daylight_of="Europe/Lisbon"),
    "CET": _fixed("CET", 1, "Central European Time (UTC+01:00)", standard_of="Europe/Paris"),
    "CEST": _fixed("CEST", 2, "Central European Summer Time (UTC+02:00)",
                   daylight_of="Europe/Paris"),
    "EET": _fixed("EET", 2, "Eastern European Time (UTC+02:00)", standard_of="Europe/Athens"),
    "EEST": _fixed("EEST", 3, "Eastern European Summer Time (UTC+03:00)",
                   daylight_of="Europe/Athens"),
    # Moscow's clock, whatever its offset was on the day: UTC+3 now, UTC+4 from 2011 to 2014
    # and in the summers before (what "МСК" and "по московскому времени" both mean)
    "MSK": _generic("MSK", "Europe/Moscow", "Moscow Time (Europe/Moscow)"),
    "WAT": _fixed("WAT", 1, "West Africa Time (UTC+01:00)"),
    "CAT": _fixed("CAT", 2, "Central Africa Time (UTC+02:00)"),
    "EAT": _fixed("EAT", 3, "East Africa Time (UTC+03:00)"),
    "SAST": _fixed("SAST", 2, "South Africa Standard Time (UTC+02:00)"),
    "GST": _fixed("GST", 4, "Gulf Standard Time (UTC+04:00)"),
    "PKT": _fixed("PKT", 5, "Pakistan Standard Time (UTC+05:00)"),
    "ICT": _fixed("ICT", 7, "Indochina Time (UTC+07:00)"),
    "WIB": _fixed("WIB", 7, "Western Indonesia Time (UTC+07:00)"),
    "SGT": _fixed("SGT", 8, "Singapore Time (UTC+08:00)"),
    "HKT": _fixed("HKT", 8, "Hong Kong Time (UTC+08:00)"),
    "PHT": _fixed("PHT", 8, "Philippine Time (UTC+08:00)"),
    "AWST": _fixed("AWST", 8, "Australian Western Standard Time (UTC+08:00)"),
    "JST": _fixed("JST", 9, "Japan Standard Time (UTC+09:00)"),
    "KST": _fixed("KST", 9, "Korea Standard Time (UTC+09:00)"),
    "ACST": _fixed("ACST", 9.5, "Australian Central Standard Time (UTC+09:30)",
                   standard_of="Australia/Adelaide"),
    "AEST": _fixed("AEST", 10, "Australian Eastern Standard Time (UTC+10:00)",
                   standard_of="Australia/Sydney"),
    "AEDT": _fixed("AEDT", 11, "Australian Eastern Daylight Time (UTC+11:00)",
                   daylight_of="Australia/Sydney"),
    "NZST": _fixed("NZST", 12, "New Zealand Standard Time (UTC+12:00)",
                   standard_of="Pacific/Auckland"),
    "NZDT": _fixed("NZDT", 13, "New Zealand Daylight Time (UTC+13:00)",
                   daylight_of="Pacific/Auckland"),
    "BRT": _fixed("BRT", -3, "Brasília Time (UTC-03:00)"),
    "ART": _fixed("ART", -3, "Argentina Time (UTC-03:00)"),
    # further zones teams write their timelines in (upper case only, as every abbreviation)
    "MEZ": _fixed("MEZ", 1, "Mitteleuropäische Zeit, CET (UTC+01:00)",
                  standard_of="Europe/Berlin"),
    "MESZ": _fixed("MESZ", 2, "Mitteleuropäische Sommerzeit, CEST (UTC+02:00)",
                   daylight_of="Europe/Berlin"),
    "IDT": _fixed("IDT", 3, "Israel Daylight Time (UTC+03:00)", daylight_of="Asia/Jerusalem"),
    "TRT": _fixed("TRT", 3, "Turkey Time (UTC+03:00)"),
    "NPT": _fixed("NPT", 5.75, "Nepal Time (UTC+05:45)"),
    "MYT": _fixed("MYT", 8, "Malaysia Time (UTC+08:00)"),
    "ACDT": _fixed("ACDT", 10.5, "Australian Central Daylight Time (UTC+10:30)",
                   daylight_of="Australia/Adelaide"),
    "COT": _fixed("COT", -5, "Colombia Time (UTC-05:00)"),
    "PET": _fixed("PET", -5, "Peru Time (UTC-05:00)"),
    "CLT": _fixed("CLT", -4, "Chile Standard Time (UTC-04:00)", standard_of="America/Santiago"),
    "CLST": _fixed("CLST", -3, "Chile Summer Time (UTC-03:00)",
                   daylight_of="America/Santiago"),
    # Daylight saving time spelled with its S ("Central Daylight Saving Time"): the daylight
    # clock; "CDST" is also South Australia's (ACDT), settled by the places a text names
    "EDST": _fixed("EDST", -4, "Eastern Daylight Saving Time (UTC-04:00)", daylight_of=_NY),
    "CDST": _fixed("CDST", -5, "Central Daylight Saving Time (UTC-05:00)", daylight_of=_CHI,
                   alternatives=("Australian Central Daylight Time (UTC+10:30)",)),
    "MDST": _fixed("MDST", -6, "Mountain Daylight Saving Time (UTC-06:00)", daylight_of=_DEN),
    "PDST": _fixed("PDST", -7, "Pacific Daylight Saving Time (UTC-07:00)", daylight_of=_LA),
    "AEDST": _fixed("AEDST", 11, "Australian Eastern Daylight Saving Time (UTC+11:00)",
                    daylight_of="Australia/Sydney"),
    "ACDST": _fixed("ACDST", 10.5, "Australian Central Daylight Saving Time (UTC+10:30)",
                    daylight_of="Australia/Adelaide"),
    # Newfoundland's clock, North America's half hour
    "NST": _fixed("NST", -3.5, "Newfoundland Standard Time (UTC-03:30)",
                  standard_of="America/St_Johns"),
    "NDT": _fixed("NDT", -2.5, "Newfoundland Daylight Time (UTC-02:30)",
                  daylight_of="America/St_Johns"),
    **dict(_canadian_french()),
    # Generic names: follow daylight saving.
    "ET": _generic("ET", _NY, "US Eastern time (EST/EDT by date)"),
    "CT": _generic("CT", _CHI, "US Central time (CST/CDT by date)"),
    "MT": _generic("MT", _DEN, "US Mountain time (MST/MDT by date)"),
    "PT": _generic("PT", _LA, "US Pacific time (PST/PDT by date)"),
    # the grid operators' "prevailing time" (ERCOT's and SPP's Central, PJM's Eastern): the
    # wall clock, standard or daylight by date
    "CPT": _generic("CPT", _CHI, "US Central Prevailing Time (CST/CDT by date)"),
    "EPT": _generic("EPT", _NY, "US Eastern Prevailing Time (EST/EDT by date)"),
    "AET": _generic("AET", "Australia/Sydney", "Australian Eastern time (AEST/AEDT by date)"),
    "NZT": _generic("NZT", "Pacific/Auckland", "New Zealand time (NZST/NZDT by date)"),
}

# Read when written, never offered as the name of an offset ("EDT (UTC-04:00)", not CLT)
READ_ONLY_NAMES = frozenset(("MEZ", "MESZ", "IDT", "TRT", "NPT", "MYT", "ACDT", "COT", "PET",
                             "CLT", "CLST", "EDST", "CDST", "MDST", "PDST", "AEDST", "ACDST",
                             "NST", "NDT", "CPT", "EPT",
                             *(name for name, _ in _canadian_french())))

# How a document settles an ambiguous abbreviation: a place or nationality it mentions.
# Each reading is (words that point to it, the zone). The default reading needs no words.
_SETTLING_WORDS: dict[str, tuple[tuple[str, Zone], ...]] = {
    "IST": (
        # a rupee amount or India's own offset written elsewhere in the text settles it too
        ("india|indian|bangalore|bengaluru|mumbai|delhi|kolkata|chennai|hyderabad|pune"
         "|₹|rupees?|inr|(?:utc|gmt)? ?\\+ ?0?5:?30(?![0-9])",
         _fixed("IST", 5.5, "India Standard Time (UTC+05:30)")),
        ("ireland|irish|dublin|cork", _fixed("IST", 1, "Irish Standard Time (UTC+01:00)")),
        ("israel|israeli|tel aviv|jerusalem|haifa",
         _fixed("IST", 2, "Israel Standard Time (UTC+02:00)")),
    ),
    "CST": (
        # (a text in simplified Chinese, whose word for "time" is 时间, or naming its cities)
        ("china|chinese|beijing|shanghai|shenzhen|hangzhou|guangzhou|taipei"
         "|时间|中国|北京|上海|深圳|杭州|广州|台北|臺北|台湾|臺灣",
         _fixed("CST", 8, "China Standard Time (UTC+08:00)")),
        ("cuba|cuban|havana", _fixed("CST", -5, "Cuba Standard Time (UTC-05:00)")),
        ("chicago|dallas|houston|austin|texas|minneapolis|central time|saskatchewan"
         "|saskatoon|winnipeg|mexico city|guatemala|costa rica|honduras|el salvador",
         _fixed("CST", -6, "Central Standard Time (UTC-06:00)", standard_of=_CHI)),
    ),
    "BST": (
        ("bangladesh|dhaka", _fixed("BST", 6, "Bangladesh Standard Time (UTC+06:00)")),
        ("london|britain|british|uk office|england|manchester|edinburgh",
         _fixed("BST", 1, "British Summer Time (UTC+01:00)", daylight_of="Europe/London")),
    ),
    "CDST": (
        ("adelaide|south australia|darwin|northern territory|australia|australian",
         _fixed("CDST", 10.5, "Australian Central Daylight Time (UTC+10:30)",
                daylight_of="Australia/Adelaide")),
        ("chicago|dallas|houston|austin|texas|minneapolis|central time|winnipeg",
         _fixed("CDST", -5, "Central Daylight Saving Time (UTC-05:00)", daylight_of=_CHI)),
    ),
    "AST": (
        ("saudi|riyadh|arabia|kuwait|qatar|bahrain|iraq|baghdad",
         _fixed("AST", 3, "Arabia Standard Time (UTC+03:00)")),
        ("halifax|nova scotia|puerto rico|atlantic",
         _fixed("AST", -4, "Atlantic Standard Time (UTC-04:00)", standard_of="America/Halifax")),
    ),
}
# Abbreviations with one reading almost everywhere, read so without a word of warning, but
# another where the document's words point only to another country: "PST" is Pakistan's or
# the Philippines' in a text about Karachi or Manila ("repaired at 2 AM PST", PTA's words).
# The usual reading's own words are listed too: a text naming both settles nothing.
_RARE_READING_WORDS: dict[str, tuple[tuple[str, Zone | None], ...]] = {
    "PST": (
        ("pakistan|pakistani|karachi|lahore|islamabad|rawalpindi|peshawar|faisalabad|multan"
         "|quetta|pta|pkr", _fixed("PST", 5, "Pakistan Standard Time (UTC+05:00)")),
        ("philippines|philippine|filipino|manila|cebu|davao|quezon city",
         _fixed("PST", 8, "Philippine Standard Time (UTC+08:00)")),
        ("california|seattle|san francisco|los angeles|portland|oregon|vancouver"
         "|silicon valley|pacific", None),
    ),
}


def _word_patterns(table: dict[str, tuple[tuple[str, Zone | None], ...]]
                   ) -> dict[str, tuple[tuple[LazyPattern, Zone | None], ...]]:
    """Each reading's words as one pattern of whole words, compiled when a document writes
    the abbreviation (timeline/lazy.py)."""
    return {label: tuple((LazyPattern(rf"(?<![a-z])(?:{words})(?![a-z])"), zone)
                         for words, zone in readings)
            for label, readings in table.items()}


RARE_READING_WORDS = _word_patterns(_RARE_READING_WORDS)
SETTLING_WORDS: dict[str, tuple[tuple[LazyPattern, Zone], ...]] = \
    _word_patterns(_SETTLING_WORDS)  # type: ignore[arg-type, assignment]

# Spelled-out names, matched case-insensitively; all are generic (follow DST) unless they
# say "standard" or "daylight", which map to the literal abbreviation.
_REGIONS = {
    "eastern": ("ET", "EST", "EDT"),
    "central": ("CT", "CST", "CDT"),
    "mountain": ("MT", "MST", "MDT"),
    "pacific": ("PT", "PST", "PDT"),
}
# The word that names each US region's clock, by its generic label ("PT": "pacific")
REGION_WORDS = {generic: name for name, (generic, _, _) in _REGIONS.items()}
_UK = _generic("Europe/London", "Europe/London", "UK time (GMT/BST by date)")
# Australia's National Electricity Market keeps AEST all year: no daylight clock to slip to
_NEM = _fixed("AEST", 10, "NEM time: Australian Eastern Standard Time all year (UTC+10:00)")

# A region's two abbreviations written as a pair ("PST/PDT"): its clock, whichever applies.
_PAIRS: dict[frozenset[str], str] = {
    frozenset(("PST", "PDT")): "PT", frozenset(("EST", "EDT")): "ET",
    frozenset(("CST", "CDT")): "CT", frozenset(("MST", "MDT")): "MT",
}
_PAIRS_IANA: dict[frozenset[str], str] = {
    frozenset(("GMT", "BST")): "Europe/London", frozenset(("CET", "CEST")): "Europe/Paris",
    frozenset(("EET", "EEST")): "Europe/Helsinki", frozenset(("WET", "WEST")): "Europe/Lisbon",
    frozenset(("AEST", "AEDT")): "Australia/Sydney",
    frozenset(("NZST", "NZDT")): "Pacific/Auckland",
    frozenset(("MEZ", "MESZ")): "Europe/Berlin", frozenset(("ACST", "ACDT")): "Australia/Adelaide",
    frozenset(("CLT", "CLST")): "America/Santiago",
    frozenset(("AST", "ADT")): "America/Halifax", frozenset(("NST", "NDT")): "America/St_Johns",
    frozenset(("HNE", "HAE")): _NY, frozenset(("HNP", "HAP")): "America/Vancouver",
}


def from_pair(first: str, second: str) -> Zone | None:
    """The zone a pair of one region's standard and daylight abbreviations names."""
    key = frozenset((first.upper(), second.upper()))
    if key in _PAIRS:
        return ABBREVIATIONS[_PAIRS[key]]
    if key == frozenset(("GMT", "BST")):
        return _UK
    if key in _PAIRS_IANA:
        return from_iana(_PAIRS_IANA[key])
    a, b = ABBREVIATIONS.get(first.upper()), ABBREVIATIONS.get(second.upper())
    if a is not None and b is not None and a.offset_minutes is not None \
            and a.offset_minutes == b.offset_minutes and not a.alternatives \
            and not b.alternatives and a.region is None and b.region is None:
        return a  # "(UTC / GMT)": two names of one fixed clock
    return None

# Deliberately no nested quantifiers: every alternative is a fixed word sequence.
LONG_NAMES: dict[str, str] = {
    "west africa": "WAT", "east africa": "EAT", "central africa": "CAT",
    "south africa": "SAST", "central european": "CET", "central european summer": "CEST",
    "eastern european": "EET", "western european": "WET", "greenwich mean": "GMT",
    "coordinated universal": "UTC", "india": "IST", "indian": "IST", "japan": "JST",
    "singapore": "SGT", "china": "CST-CN", "moscow": "MSK", "british summer": "BST",
    "eastern european summer": "EEST", "western european summer": "WEST",
    "hong kong": "HKT", "korea": "KST", "korean": "KST", "pakistan": "PKT",
    "philippine": "PHT", "philippines": "PHT",
    "australian eastern": "AEST", "australian eastern daylight": "AEDT",
    "australian central": "ACST", "australian central daylight": "ACDT",
    "australian western": "AWST", "new zealand": "NZST", "new zealand daylight": "NZDT",
    "alaska": "AKST", "alaska daylight": "AKDT", "hawaii": "HST", "hawaiian": "HST",
    "atlantic": "AST", "atlantic daylight": "ADT", "newfoundland": "NST", "nz": "NZST",
    "nz daylight": "NZDT",
    "newfoundland daylight": "NDT",
}
# Spelled out without "standard" or "daylight", a region's clock is the one its season
# gives ("Australian Eastern Time", "New Zealand time"), not one of its two offsets.
_LONG_REGIONS = {"australian eastern": "Australia/Sydney",
                 "australian central": "Australia/Adelaide", "new zealand": "Pacific/Auckland",
                 "alaska": "America/Anchorage", "hawaii": "Pacific/Honolulu",
                 "hawaiian": "Pacific/Honolulu", "atlantic": "America/Halifax",
                 "nz": "Pacific/Auckland",
                 "newfoundland": "America/St_Johns"}
NAME_RE = re.compile(
    r"(?P<long>west|east|central|south)[ ]+african?[ ]+(?:standard[ ]+)?time(?![A-Za-z])"
    r"|(?P<long2>central european(?: summer)?|eastern european(?: summer)?"
    r"|western european(?: summer)?|greenwich mean"
    r"|coordinated universal|indian?|japan|singapore|china|moscow|british summer"
    r"|hong kong|korean?|pakistan|philippines?|australian (?:eastern|central|western)"
    r"|new zealand|nz|alaska|hawaii(?:an)?|atlantic|newfoundland)[ ]+"
    r"(?P<kind2>(?:standard|daylight)[ ]+)?time"
    r"(?![A-Za-z])"
    # "Eastern US Time", "Eastern Time (US & Canada)" (as calendar software writes it)
    r"|(?:US[ /]?)?(?P<region>eastern|central|mountain|pacific)(?:[ ]+US)?"
    r"(?:[ ]+(?P<kind>standard|daylight))?(?:[ ]+time(?:[ ]+\(US(?:[ ]+&[ ]+canada)?\))?)?"
    r"(?![A-Za-z])"
    r"|(?P<uk>uk|london|british)[ ]+time(?![A-Za-z])"
    # "13:22:13 (NEM time)": Australia's National Electricity Market keeps AEST all year
    r"|(?P<nem>nem)[ ]+time(?![A-Za-z])"
    # "12:48 Uhr mitteleuropäischer Zeit", "(Mitteleuropäische Sommerzeit)": German names
    r"|(?P<de>mittel|ost|west)europäische[nrs]?[ ]+(?P<de_summer>sommer)?zeit(?![A-Za-zäöü])",
    re.IGNORECASE,
)
# The German names' regions and their clocks: (standard, summer)
_GERMAN_REGIONS = {"mittel": ("CET", "CEST"), "ost": ("EET", "EEST"), "west": ("WET", "WEST")}


def from_name(match: re.Match[str]) -> Zone:
    """The reading of a spelled-out zone name matched by NAME_RE."""
    if match.group("uk"):
        return _UK
    if match.group("nem"):
        return _NEM
    if match.group("de"):
        standard, summer = _GERMAN_REGIONS[match.group("de").lower()]
        zone = ABBREVIATIONS[summer if match.group("de_summer") else standard]
        return Zone(zone.label, zone.offset_minutes, zone.iana, zone.standard_of,
                    zone.daylight_of, (), zone.meaning)  # spelled out: no ambiguity
    long_name = match.group("long") or match.group("long2")
    if long_name:
        key = " ".join(match.group(0).lower().split())
        key = key.removesuffix(" time").removesuffix(" standard").replace("african", "africa")
        if key in _LONG_REGIONS and not match.group("kind2"):
            zone = from_iana(_LONG_REGIONS[key])
            if zone is not None:
                return zone
        abbreviation = LONG_NAMES.get(key, "UTC")
        if abbreviation == "CST-CN":
            return _fixed("CST", 8, "China Standard Time (UTC+08:00)")
        zone = ABBREVIATIONS[abbreviation]
        return Zone(zone.label, zone.offset_minutes, zone.iana, zone.standard_of,
                    zone.daylight_of, (), zone.meaning)  # spelled out: no ambiguity
    generic, standard, daylight = _REGIONS[match.group("region").lower()]
    kind = (match.group("kind") or "").lower()
    abbreviation = standard if kind == "standard" else daylight if kind == "daylight" else generic
    zone = ABBREVIATIONS[abbreviation]
    # "Central Standard Time" says which CST it is: no China or Cuba reading
    return zone if not zone.alternatives else Zone(
        zone.label, zone.offset_minutes, zone.iana, zone.standard_of, zone.daylight_of, (),
        zone.meaning)


def from_offset(sign: str, hours: int, minutes: int, written_base: str = "UTC") -> Zone | None:
    """A fixed offset such as UTC+1, GMT-05:00 or +0200; None beyond the offsets clocks use
    (UTC-12:00 to UTC+14:00), so "GMT+25" is not a zone."""
    if hours > 14 or minutes > 59 or (sign in "-−" and hours * 60 + minutes > 12 * 60):
        return None
    total = hours * 60 + minutes
    if sign in "-−":
        total = -total
    label = "UTC" if total == 0 else "UTC" + format_offset(total)
    return Zone(label=label, offset_minutes=total, meaning=f"{written_base} offset {label}")


def offset_minutes_pattern(minutes: str, half: str, signs: str = "+\\-−") -> str:
    """The minutes of an offset after its hours, as a pattern with the two groups named:
    "+05:30", "+0530", and the ways writers in India, Nepal and Australia put them, "+5.30",
    "+5h30", "+9.5" (a half hour as a decimal). The dotted, "h" and decimal forms only right
    after the sign and hours (a character of `signs` before the hour's digits), so "UTC - 10.30"
    (a range's end) keeps its clock."""
    attached = rf"(?:(?<=[{signs}]\d)|(?<=[{signs}]\d\d))"
    return (rf"(?:(?::|{attached}[.h](?=[0-5]\d(?!\d)))?(?P<{minutes}>\d{{2}})"
            rf"|{attached}\.(?P<{half}>5|75)(?!\d))")


def offset_minutes(found: re.Match[str], minutes: str, half: str) -> int:
    """The minutes `offset_minutes_pattern`'s groups read: "30" of "+5.30", 30 of "+5.5"."""
    if found.group(minutes):
        return int(found.group(minutes))
    return {"5": 30, "75": 45}.get(found.group(half) or "", 0)


def format_offset(total_minutes: int) -> str:
    sign = "+" if total_minutes >= 0 else "-"
    hours, minutes = divmod(abs(total_minutes), 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


@lru_cache(maxsize=256)
def from_iana(name: str) -> Zone | None:
    """An IANA zone name such as Europe/Berlin, or None if it is not one.

    The name is looked up among tzdata's keys before anything is opened: a name such as
    America/Argentina is a folder of zones, and a document must never lead pmlint to open a
    path of its choosing.
    """
    if name not in iana_keys():
        return None
    return _generic(name, name, f"IANA zone {name}")


@functools.cache
def iana_keys() -> frozenset[str]:
    """Every IANA zone key, from the tzdata package's own list (read once, when needed)."""
    from importlib.resources import files

    try:
        listing = files("tzdata").joinpath("zones").read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError):  # no tzdata package: ask the system's database
        from zoneinfo import available_timezones

        return frozenset(available_timezones())
    return frozenset(listing.split())


_CITY_AREAS = ("America/", "Europe/", "Asia/", "Africa/", "Australia/", "Pacific/",
               "Atlantic/", "Indian/")


# Cities people name a clock by that are no zone's own name: each to the zone it keeps
# ("Beijing time" is China's, "Seattle time" Pacific).
CITY_ALIASES = {
    "beijing": "Asia/Shanghai", "peking": "Asia/Shanghai", "shenzhen": "Asia/Shanghai",
    "hangzhou": "Asia/Shanghai", "guangzhou": "Asia/Shanghai",
    "delhi": "Asia/Kolkata", "new delhi": "Asia/Kolkata", "mumbai": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata", "bengaluru": "Asia/Kolkata", "hyderabad": "Asia/Kolkata",
    "chennai": "Asia/Kolkata", "pune": "Asia/Kolkata",
    "san francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles",
    "silicon valley": "America/Los_Angeles",
    "munich": "Europe/Berlin", "frankfurt": "Europe/Berlin",
    "brasília": "America/Sao_Paulo", "brasilia": "America/Sao_Paulo",
    "rio de janeiro": "America/Sao_Paulo", "osaka": "Asia/Tokyo", "hanoi": "Asia/Ho_Chi_Minh",
    "st petersburg": "Europe/Moscow", "barcelona": "Europe/Madrid",
}  # not cities that are also first names ("Austin", "Dallas", "Milan"): "10:05 Austin - ..."

# A country that keeps one clock, named in English for it ("18:17 (Vietnam time)", "09:00
# Japan time"): a zone only where "time" is said with it, as WORD_CITIES are ("10:05 Japan
# - ..." may start a sentence about the country)
COUNTRY_CLOCKS = {
    "vietnam": "Asia/Ho_Chi_Minh", "viet nam": "Asia/Ho_Chi_Minh",
    "thailand": "Asia/Bangkok", "india": "Asia/Kolkata", "japan": "Asia/Tokyo",
    "korea": "Asia/Seoul", "south korea": "Asia/Seoul", "china": "Asia/Shanghai",
    "taiwan": "Asia/Taipei", "philippines": "Asia/Manila", "malaysia": "Asia/Kuala_Lumpur",
    "pakistan": "Asia/Karachi", "bangladesh": "Asia/Dhaka", "nepal": "Asia/Kathmandu",
    "sri lanka": "Asia/Colombo", "israel": "Asia/Jerusalem", "turkey": "Europe/Istanbul",
    "türkiye": "Europe/Istanbul", "egypt": "Africa/Cairo", "nigeria": "Africa/Lagos",
    "kenya": "Africa/Nairobi", "south africa": "Africa/Johannesburg",
    "germany": "Europe/Berlin", "france": "Europe/Paris", "italy": "Europe/Rome",
    "netherlands": "Europe/Amsterdam", "belgium": "Europe/Brussels", "poland": "Europe/Warsaw",
    "sweden": "Europe/Stockholm", "norway": "Europe/Oslo", "denmark": "Europe/Copenhagen",
    "finland": "Europe/Helsinki", "ireland": "Europe/Dublin", "switzerland": "Europe/Zurich",
    "austria": "Europe/Vienna", "greece": "Europe/Athens", "romania": "Europe/Bucharest",
    "hungary": "Europe/Budapest", "ukraine": "Europe/Kyiv", "czechia": "Europe/Prague",
    "uk": "Europe/London", "britain": "Europe/London", "great britain": "Europe/London",
    # and by the country's adjective: "German local time", "Dutch time", "Israeli time"
    "vietnamese": "Asia/Ho_Chi_Minh", "thai": "Asia/Bangkok", "indian": "Asia/Kolkata",
    "japanese": "Asia/Tokyo", "korean": "Asia/Seoul", "chinese": "Asia/Shanghai",
    "taiwanese": "Asia/Taipei", "philippine": "Asia/Manila", "malaysian": "Asia/Kuala_Lumpur",
    "pakistani": "Asia/Karachi", "israeli": "Asia/Jerusalem", "turkish": "Europe/Istanbul",
    "egyptian": "Africa/Cairo", "nigerian": "Africa/Lagos", "kenyan": "Africa/Nairobi",
    "german": "Europe/Berlin", "french": "Europe/Paris", "italian": "Europe/Rome",
    "dutch": "Europe/Amsterdam", "belgian": "Europe/Brussels", "polish": "Europe/Warsaw",
    "swedish": "Europe/Stockholm", "norwegian": "Europe/Oslo", "danish": "Europe/Copenhagen",
    "finnish": "Europe/Helsinki", "irish": "Europe/Dublin", "swiss": "Europe/Zurich",
    "austrian": "Europe/Vienna", "greek": "Europe/Athens", "romanian": "Europe/Bucharest",
    "hungarian": "Europe/Budapest", "ukrainian": "Europe/Kyiv", "czech": "Europe/Prague",
    "british": "Europe/London",
}


@functools.cache
def _cities() -> dict[str, str]:
    """A zone's city, lower-cased, to its key: "denver" -> America/Denver,
    "new york" -> America/New_York (only Area/City keys, never a folder or a link's area),
    and the cities of CITY_ALIASES."""
    found: dict[str, str] = {}
    for key in sorted(iana_keys()):
        if key.startswith(_CITY_AREAS) and key.count("/") == 1:
            found.setdefault(key.split("/")[1].replace("_", " ").lower(), key)
    for city, key in (*CITY_ALIASES.items(), *COUNTRY_CLOCKS.items()):
        if key in found.values():
            found.setdefault(city, key)
    return found


# Zone cities that are also everyday words or given names: "15:11 Midway - the rollback
# stalled", "09:00 West - failover", "10:05 Victoria - paged the DBA" name no zone. Such a
# city names a clock only when the author says so: "(Victoria time)", "(local time, Darwin)".
WORD_CITIES = frozenset({
    "act", "north", "south", "west", "midway", "wake", "resolute", "christmas", "easter",
    "virgin", "oral", "victoria", "regina", "sofia", "stanley", "darwin", "dawson", "santiago",
    "phoenix", "jersey", "chatham", "nome", "creston", "currie", "lindeman", "knox in",
})


def offsets_over_a_year(zone: Zone) -> tuple[int | None, int | None]:
    """The zone's UTC offsets in minutes in mid-January and mid-July 2024: two zones that
    agree on both keep one clock (Europe/Amsterdam, Europe/Berlin)."""
    if zone.iana is None:
        return zone.offset_minutes, zone.offset_minutes
    from zoneinfo import ZoneInfo

    info = ZoneInfo(zone.iana)
    found = []
    for month in (1, 7):
        offset = dt.datetime(2024, month, 15, 12, tzinfo=info).utcoffset()
        found.append(None if offset is None else int(offset.total_seconds() // 60))
    return found[0], found[1]


def is_word_city(name: str) -> bool:
    """Whether `name` is one of WORD_CITIES (a zone only where "time" is said with it)."""
    said = " ".join(name.replace("_", " ").split()).lower()
    return said in WORD_CITIES or said in COUNTRY_CLOCKS


def from_city(name: str) -> Zone | None:
    """The zone a city names after a time ("18:19 Denver"), or None; its accents as written
    or left off ("Bogotá" is America/Bogota's, "Zürich" Europe/Zurich's)."""
    said = " ".join(name.replace("_", " ").split()).lower()
    key = _cities().get(said)
    if key is None and not said.isascii():
        import unicodedata

        key = _cities().get("".join(c for c in unicodedata.normalize("NFKD", said)
                                    if not unicodedata.combining(c)))
    return from_iana(key) if key is not None else None


# A country's clock named by its adjective or its name in French, Spanish or Portuguese
# ("heure française", "hora peninsular", "hora de Chile"): one zone for each, the countries
# that keep one clock only.
LOCAL_CLOCKS = {
    "française": "Europe/Paris", "francaise": "Europe/Paris", "france": "Europe/Paris",
    "francia": "Europe/Paris", "belge": "Europe/Brussels", "belgique": "Europe/Brussels",
    "suisse": "Europe/Zurich", "luxembourgeoise": "Europe/Luxembourg",
    "peninsular": "Europe/Madrid", "española": "Europe/Madrid", "espanola": "Europe/Madrid",
    "españa": "Europe/Madrid", "espana": "Europe/Madrid", "chilena": "America/Santiago",
    "chile": "America/Santiago", "argentina": "America/Argentina/Buenos_Aires",
    "colombiana": "America/Bogota", "colombia": "America/Bogota", "peruana": "America/Lima",
    "perú": "America/Lima", "peru": "America/Lima", "uruguaya": "America/Montevideo",
    "uruguay": "America/Montevideo", "venezolana": "America/Caracas",
    "portuguesa": "Europe/Lisbon", "portugal": "Europe/Lisbon",
    # Mexico's "tiempo del centro", "hora del centro": the clock of its capital
    "centro": "America/Mexico_City", "méxico": "America/Mexico_City",
    "mexico": "America/Mexico_City", "cdmx": "America/Mexico_City",
}


# A country's clock named by its adjective in the Germanic, Nordic, Italian, Polish and
# Finnish way ("svensk tid", "Nederlandse tijd", "ora italiana", "czasu polskiego"), as
# written after a time or in a statement of the document's zone: one zone for each.
NATIONAL_CLOCKS = {
    "svensk tid": "Europe/Stockholm", "dansk tid": "Europe/Copenhagen",
    "norsk tid": "Europe/Oslo", "nederlandse tijd": "Europe/Amsterdam",
    "belgische tijd": "Europe/Brussels", "deutscher zeit": "Europe/Berlin",
    "deutsche zeit": "Europe/Berlin", "österreichischer zeit": "Europe/Vienna",
    "österreichische zeit": "Europe/Vienna", "schweizer zeit": "Europe/Zurich",
    "ora italiana": "Europe/Rome", "ora locale italiana": "Europe/Rome",
    "czasu polskiego": "Europe/Warsaw",
    "polskiego czasu": "Europe/Warsaw", "czas polski": "Europe/Warsaw",
    "suomen aikaa": "Europe/Helsinki", "suomen aika": "Europe/Helsinki",
    "по московскому времени": "Europe/Moscow", "по москве": "Europe/Moscow",
    "по мск": "Europe/Moscow", "türkiye saatiyle": "Europe/Istanbul",
    "türkiye saati": "Europe/Istanbul",
    # Turkish "Türkiye Saati İle" abbreviated, after the clock ("14:05 TSİ'de")
    "tsi": "Europe/Istanbul",
    "московского времени": "Europe/Moscow", "за київським часом": "Europe/Kyiv",
    "по киеву": "Europe/Kyiv",
    # Chinese, Japanese and Korean, written before the clock as often as after it
    "北京时间": "Asia/Shanghai", "北京時間": "Asia/Shanghai", "日本時間": "Asia/Tokyo",
    "日本时间": "Asia/Tokyo", "台北時間": "Asia/Taipei", "台灣時間": "Asia/Taipei",
    "台湾时间": "Asia/Taipei", "香港時間": "Asia/Hong_Kong", "香港时间": "Asia/Hong_Kong",
    "한국 시간": "Asia/Seoul", "한국시간": "Asia/Seoul",
    # Vietnamese, "giờ" (hour) before the country's or the capital's name
    "giờ việt nam": "Asia/Ho_Chi_Minh", "giờ hà nội": "Asia/Ho_Chi_Minh",
    # Arabic "by the timing of" a city or country; Persian "by the time of"; Hebrew "the
    # clock of Israel"
    "بتوقيت القاهرة": "Africa/Cairo", "بتوقيت مصر": "Africa/Cairo",
    "بتوقيت مكة المكرمة": "Asia/Riyadh", "بتوقيت مكة": "Asia/Riyadh",
    "بتوقيت الرياض": "Asia/Riyadh", "بتوقيت السعودية": "Asia/Riyadh",
    "بتوقيت دبي": "Asia/Dubai", "بتوقيت الإمارات": "Asia/Dubai",
    "بتوقيت أبوظبي": "Asia/Dubai", "بتوقيت الدوحة": "Asia/Qatar", "بتوقيت الكويت": "Asia/Kuwait",
    "بتوقيت عمان": "Asia/Amman", "بتوقيت بيروت": "Asia/Beirut", "بتوقيت بغداد": "Asia/Baghdad",
    "بتوقيت المغرب": "Africa/Casablanca", "بتوقيت الجزائر": "Africa/Algiers",
    "بتوقيت تونس": "Africa/Tunis", "بتوقيت غرينتش": "Etc/GMT", "بتوقيت جرينتش": "Etc/GMT",
    "بتوقيت utc": "Etc/UTC", "بتوقيت gmt": "Etc/GMT", "بالتوقيت العالمي المنسق": "Etc/UTC",
    "بالتوقيت العالمي": "Etc/UTC",
    "به وقت تهران": "Asia/Tehran", "به وقت ایران": "Asia/Tehran",
    "به وقت شرق آمریکا": "America/New_York", "به وقت غرب آمریکا": "America/Los_Angeles",
    "به وقت گرینویچ": "Etc/GMT", "به وقت جهانی": "Etc/UTC",
    "שעון ישראל": "Asia/Jerusalem",
}
NATIONAL_CLOCK_RE = LazyPattern(  # NATIONAL_CLOCKS' names, the longest first, blanks as written
    r"[ \t]*+(?P<open>\([ \t]*+)?(?P<name>" + "|".join(
        r"[ \t]++".join(map(re.escape, name.split()))
        for name in sorted(NATIONAL_CLOCKS, key=len, reverse=True))
    # (a letter after the name makes it part of another word, but for a CJK name, which
    # runs on into the sentence's next word: "日本時間です")
    + r")(?:(?<=[\u3400-\u9fff\uac00-\ud7af])|(?![^\W\d_]))",
    re.IGNORECASE)


def from_national_clock(name: str) -> Zone | None:
    """The zone of a country's clock named as NATIONAL_CLOCKS lists ("svensk tid")."""
    # ("TSİ": Turkish's dotted capital lower-cases to "i" and a combining dot)
    key = NATIONAL_CLOCKS.get(" ".join(name.lower().replace("i\u0307", "i").split()))
    return from_iana(key) if key is not None else None


def from_local_clock(name: str) -> Zone | None:
    """The zone of a place's clock named after "heure", "hora" or "horário": a country's
    adjective or name (LOCAL_CLOCKS) or a city ("heure de Paris"), or None ("hora local")."""
    key = LOCAL_CLOCKS.get(name.lower())
    return from_iana(key) if key is not None else from_city(name)


OFFSET_OPTION = LazyPattern(r"(?:UTC|GMT)?\s*+([+-])\s?(\d{1,2})(?::?(\d{2}))?")


def parse_zone_option(text: str) -> Zone | None:
    """A zone given on the command line or in config: abbreviation, offset or IANA name."""
    text = text.strip()
    upper = text.upper()
    if upper in ABBREVIATIONS:
        return ABBREVIATIONS[upper]
    if upper == "МСК":  # Moscow time as Russian writes it, in Cyrillic
        return ABBREVIATIONS["MSK"]
    match = OFFSET_OPTION.fullmatch(upper)
    if match:
        return from_offset(match.group(1), int(match.group(2)), int(match.group(3) or 0))
    named = NAME_RE.fullmatch(text)
    if named:
        return from_name(named)
    national = from_national_clock(text)
    if national is not None:
        return national
    return from_iana(text)


def on_summer_time(instant: dt.datetime, iana: str) -> bool:
    """Whether the clocks of `iana` ran on summer (daylight saving) time at `instant`."""
    from zoneinfo import ZoneInfo

    return bool(dt.datetime.fromtimestamp(instant.timestamp(), ZoneInfo(iana)).dst())


SUMMER_YEARS = range(2000, 2031)  # the years a date without one is held against


def summer_every_year(month: int, day: int, iana: str) -> bool:
    """Whether the clocks of `iana` run on summer time all day on this month and day in each
    year of SUMMER_YEARS: a date written without its year ("9th June") is in summer whatever
    the year was."""
    from zoneinfo import ZoneInfo

    info = ZoneInfo(iana)
    for year in SUMMER_YEARS:
        try:
            first = dt.datetime(year, month, day, tzinfo=info)
        except ValueError:  # 29 February in a year without it
            continue
        if not first.dst() or not (first + dt.timedelta(hours=23, minutes=59)).dst():
            return False
    return True


@lru_cache(maxsize=256)
def yearly_offsets(iana: str) -> tuple[int, ...]:
    """The zone's UTC offsets in January and July, in minutes, in order (one if it keeps no
    daylight saving time)."""
    from zoneinfo import ZoneInfo

    info = ZoneInfo(iana)
    found = {int(offset.total_seconds() // 60)
             for month in (1, 7)
             if (offset := dt.datetime(2024, month, 15, 12, tzinfo=info).utcoffset()) is not None}
    return tuple(sorted(found))


def zone_offsets(zone: Zone) -> tuple[int, ...]:
    """Every offset a zone as written may stand for: its fixed one, or its region's winter and
    summer ones; none for a zone with neither."""
    if zone.offset_minutes is not None:
        return (zone.offset_minutes,)
    return yearly_offsets(zone.iana) if zone.iana is not None else ()


def clock_in(instant: dt.datetime, zone: Zone) -> dt.datetime | None:
    """`instant` (aware) as the zone's clocks show it; None for a zone with neither an offset
    nor a name."""
    if zone.offset_minutes is not None:
        return instant.astimezone(dt.timezone(dt.timedelta(minutes=zone.offset_minutes)))
    if zone.iana is not None:
        from zoneinfo import ZoneInfo

        return instant.astimezone(ZoneInfo(zone.iana))
    return None
