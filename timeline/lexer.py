"""Find time expressions in one line of text.

A line is scanned for clock times and dates with small, linear regexes; a clock then
claims the date written just before it ("Jun 10 2022 at 2:00 pm"), the zone just after
it ("9:45 PM EST", "10:30 AM (UTC+1)") and a date after that ("12:45 AM EST on the
11th"). Two expressions joined by "to", "until", a dash or "between ... and" form a
range, and the two ends lend each other what only one of them wrote (meridiem, zone,
date). Nothing here knows about other lines: carrying a date or zone forward is the
normaliser's job.

What must stay unparsed ("about 40%", "4-24 hours", "0.1%", versions, IP addresses,
IP:port) is excluded by the shapes themselves: a clock needs a colon and two minute
digits, or a meridiem; nothing preceded by a dot or colon is a clock.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Container, Iterator
from dataclasses import replace
from itertools import islice

from pmlint.timeline import calendars, grammar, zones
from pmlint.timeline.casefold import fold
from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.model import Clock, DateParts, TimeExpr
from pmlint.timeline.source import MAX_TIMES
from pmlint.timeline.starts import ascii_digits, has_ascii_digit, matches_at
from pmlint.timeline.zones import Zone

MONTHS = grammar.MONTHS
WEEKDAYS = grammar.WEEKDAYS
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")

_MERIDIEM_AHEAD = r"(?=[ -]?[AaPp]\.?[ ]?[Mm](?![A-Za-z])|[ -]?[AP]M(?=[A-Z][a-z]{2}))"
# The zone abbreviations that make four digits before them a clock ("1925 BST", "0830 CEST");
# the two-letter regions (ET, PT) and the ones that are also words (CAT, ART) are left out.
_MILITARY_ZONES = "|".join(sorted(
    (a for a in zones.ABBREVIATIONS if len(a) >= 3 and a.isalpha() and a.isupper()
     and a not in ("ZULU", "CAT", "ART", "PET", "COT", "AST", "GST")),
    key=lambda a: (-len(a), a)))
# The shapes of a clock time, one row each: (name, pattern, weak). A weak shape ("19.10",
# "1625") is also an ordinary number, so it is a clock only where its place says so: right
# after a date, or opening an entry (see _weak_clock_kept). Groups are named <row>_h, _m, _s.
CLOCK_SHAPES: tuple[tuple[str, str, bool], ...] = (
    # 14:05, 14:05:09, 14:05:09.123
    ("colon", r"(?P<colon_h>\d{1,2}):(?P<colon_m>\d{2})(?::(?P<colon_s>\d{2})(?:[.,]\d{1,6})?)?"
              r"(?![\d]|\.\d|:\d)", False),
    # 9.45 PM
    ("dotmer", r"(?P<dotmer_h>\d{1,2})\.(?P<dotmer_m>\d{2})" + _MERIDIEM_AHEAD, False),
    # 4: 45 am, a stray space after the colon
    ("spaced", r"(?P<spaced_h>\d{1,2}):[ ](?P<spaced_m>\d{2})" + _MERIDIEM_AHEAD, False),
    # 5 PM
    ("bare", r"(?P<bare_h>1[0-2]|0?[1-9])" + _MERIDIEM_AHEAD, False),
    # 0945 UTC, 1400hrs, "Update 1925 BST": a zone's abbreviation makes the number a clock
    # (so does a US zone's two letters after a blank, "switched over between 1232 CT", where
    # the number is no year: "the 2030 ET roadmap")
    # ("At 1923 hours", "by 0640 hours": the word "hours" after it, as police, rail and
    # military reports write the time of day, only after "at", "by", "until" or "since",
    # not after a count's words: "about 1200 hours of work")
    # ("* 1008 (AEST) - ...": the zone in parentheses after it, as a list's first line
    # declares it for the rest)
    ("military", r"(?P<military_h>[01]\d|2[0-3])(?P<military_m>[0-5]\d)"
                 r"(?=[ ]?(?:[Hh][Rr][Ss]?|\(?(?:UTC|GMT|" + _MILITARY_ZONES + r")(?=\))|UTC|GMT|Z|"
                 + _MILITARY_ZONES + r")(?![A-Za-z])"
                 r"|(?<!19\d\d)(?<!20\d\d)[ ][ECMP]T(?![A-Za-z])"
                 # ("1457z", "at 0810z on May 17": Zulu's letter glued on in lower case)
                 r"|z(?![A-Za-z\d])"
                 r"|(?:(?<=[Aa]t \d{4})|(?<=[Bb]y \d{4})|(?<=until \d{4})|(?<=since \d{4})"
                 r"|(?<=at approximately \d{4})|(?<=at about \d{4})|(?<=at around \d{4}))"
                 r"[ ]hours(?![A-Za-z])"
                 r"(?![ ](?:of|per|each|every|a[ ](?:year|month|week|day))(?![A-Za-z])))",
     False),
    # 20240304T100500Z: hours, minutes and seconds with no colons, only after a date's "T"
    # (eight digits after a blank or a mark, or an ISO date: not "?X-Amz-Date=2024...T1015")
    ("hms", r"(?:(?<=(?<![^ \t*_`(\[|>])\d{8}T)|(?<=\d{4}-\d\d-\d\dT))"
            r"(?P<hms_h>[01]\d|2[0-3])(?P<hms_m>[0-5]\d)(?P<hms_s>[0-5]\d)(?![\d.,/]|:\d)", False),
    # 2025-04-08 09-24-10: a file name's stamp, its clock's parts joined by hyphens, only
    # after an ISO date and a blank or an underscore
    ("dashed", r"(?<=\d{4}-\d\d-\d\d[ _])(?P<dashed_h>[01]\d|2[0-3])-(?P<dashed_m>[0-5]\d)"
               r"-(?P<dashed_s>[0-5]\d)(?![\d-])", False),
    # 19h00, 10h11 (French and Portuguese style), 13H22 (as South African and West African
    # notices write it, the letter in capitals)
    ("hsep", r"(?P<hsep_h>[01]\d|2[0-3])[hH](?P<hsep_m>[0-5]\d)(?![\dA-Za-z])", False),
    # 14u00, 09u30: the Flemish way, the hour's mark "u" (uur) between hour and minutes (a
    # one-digit hour, "1u30", is as often a length)
    ("usep", r"(?P<usep_h>[01]\d|2[0-3])u(?P<usep_m>[0-5]\d)(?![\dA-Za-z])", False),
    # 8h12: one digit before the "h" is as often a length ("a 1h30 outage"), so only where
    # its place makes it a clock
    ("hsep1", r"(?P<hsep1_h>\d)[hH](?P<hsep1_m>[0-5]\d)(?![\dA-Za-z])", True),
    # 16 h 30, 14h 32: the French typographic norm spaces the "h" (a no-break space, often);
    # as a length reads the same ("une coupure de 2 h 30"), only where its place makes it a clock
    ("hspace", r"(?P<hspace_h>[01]?\d|2[0-3])(?:[ \u00a0\u202f]h[ \u00a0\u202f]?|h[ \u00a0\u202f])"
               r"(?P<hspace_m>[0-5]\d)(?![\dA-Za-z])", True),
    # 11時52分, 22时35分, 11点36分: Japanese and Chinese write the hour and the minute with
    # their words (Chinese also says the hour with 点/點, "point", where a minute follows)
    # ("13 時 39 分", "14 时 30 分": with the blanks Chinese and Japanese web text often sets
    # between digits and characters)
    ("kanji", r"(?P<kanji_h>[01]?\d|2[0-3])[ ]?[時时点點][ ]?(?P<kanji_m>[0-5]?\d)[ ]?分", False),
    # 23시 50분, 2시20분: Korean, the hour with 시 and the minute with 분 (a blank or two
    # between: "15시  55분")
    # ("11시 20경", "3시 40께": the minute's 분 left out before "about")
    ("hangul", r"(?P<hangul_h>[01]?\d|2[0-3])시[ ]{0,2}(?P<hangul_m>[0-5]?\d)(?:분|(?=[경께쯤]))",
     False),
    # 오전 2시: the hour alone, not "2시간" (two hours); "2시 반", "2시반": half past it
    ("hangulh", r"(?P<hangulh_h>[01]?\d|2[0-3])시(?:[ ]?(?P<hangulh_half>반))?"
                r"(?![간\d]|[ ]{1,2}\d)", False),
    # 15時 (頃): the hour alone, not "15時間" (fifteen hours); "8時半", "14时半": half past it
    ("kanjih", r"(?P<kanjih_h>[01]?\d|2[0-3])[ ]?[時时](?P<kanjih_half>半)?(?![間间\d]|[ ]\d)",
     False),
    # 晚上 8 点, 下午3点, 8点钟: the Chinese hour alone with 点 ("point"); as often a count
    # ("以下3点": three points), so only after a word for a part of the day or before 钟
    # ("o'clock"), or with "half" or a quarter after it ("9点半", "8点一刻", "8点三刻"), or
    # "about" ("9点左右", "10点多", "8点许"); not with its minutes after it
    ("dianh", r"(?P<dianh_h>[01]?\d|2[0-3])[ ]?[点點](?:(?P<dianh_half>半)|(?P<dianh_q>[一三]刻))?"
              r"(?![\d半分刻]|[ ]\d)", True),
    # HH:MM, --:--, a template left in
    ("placeholder", r"(?P<placeholder_h>HH|--|XX|\dX|\d{1,2}):"
                    r"(?P<placeholder_m>[Mm][Mm]|--|\?\?|XX)(?![A-Za-z-])", False),
    # "14.30-tiden", "ved 10-tiden": the Nordic "about" glued to the hour with a hyphen
    ("tiden", r"(?P<tiden_h>[01]?\d|2[0-3])(?:[.:](?P<tiden_m>[0-5]\d))?-tiden(?![^\W\d_])",
     False),
    # 19.10 after a date ("at 11.35.": a full stop may end the sentence after it)
    # "lúc 16g45", "từ 16 giờ 45 phút": Vietnamese writes the hour with "g" or "giờ" (hour)
    # and may say "phút" (minute) after; "2 giờ 30 phút" is as often a length, so only after
    # a Vietnamese "at", "from", "until" or "about"
    ("gio", r"(?P<gio_h>[01]?\d|2[0-3])(?:g|[ ]giờ[ ]?)(?P<gio_m>[0-5]\d)(?:[ ]phút)?"
            r"(?![\dA-Za-z])", True),
    # 11.45.09 with its seconds, as Indonesian, German and Nordic texts write it; as often a
    # version or a date ("14.05.30"), so only where the words around it make it a clock
    ("dot3", r"(?P<dot3_h>[01]?\d|2[0-3])\.(?P<dot3_m>[0-5]\d)\.(?P<dot3_s>[0-5]\d)(?![\d]|\.\d)",
     True),
    ("dot24", r"(?P<dot24_h>[01]?\d|2[0-3])\.(?P<dot24_m>[0-5]\d)(?![\d]|\.\d|[,:]\d)", True),
    # "alle 4,30", "a las 4,30 horas": Italian and Spanish news write the minutes after a
    # decimal comma; as often a number ("4,30 euro", "12,50 requests"), so only where the
    # words before it make it a clock (see `_said_to_be_a_clock`), never after a date alone
    ("comma24", r"(?P<comma24_h>[01]?\d|2[0-3]),(?P<comma24_m>[0-5]\d)(?![\d]|,\d|[.:]\d)",
     True),
    # 1625, 0233: colon-less 24-hour time
    # (a stop or a comma after it ends the sentence or the clause: "by 1602.", "at 0900,")
    ("colonless", r"(?P<colonless_h>[01]\d|2[0-3])(?P<colonless_m>[0-5]\d)"
                  r"(?![\d/]|[.,]\d|:\d)", True),
    # "à 13 heures", "vers 7 heures 30": the French hour in words, a clock only after a French
    # "at" or "towards" ("une panne de 3 heures" is a length)
    # ("8 heures du soir": the evening's, 20:00)
    ("heures", r"(?P<heures_h>[01]?\d|2[0-3])[ \u00a0]heures?(?:[ \u00a0](?P<heures_m>[0-5]\d)"
               r"(?!\d))?(?![A-Za-zà-ÿ])(?:[ \u00a0](?:du[ \u00a0]matin"
               r"|(?P<heures_pm>du[ \u00a0]soir|de[ \u00a0]l['’]apr[eè]s-midi)))?", True),
    # "kl 20", "kl. 6", "klockan 14", "Kl 9": the Nordic word for o'clock before the hour
    # alone (its minutes after a dot, "kl 20.15", are the dotted row's)
    # (and Polish "godz. 14", "od godz. 22", the word for hour before it)
    ("klhour", r"(?:(?<=kl[ ])|(?<=Kl[ ])|(?<=kl\.[ ])|(?<=Kl\.[ ])|(?<=[Kk]lockan[ ])"
               r"|(?<=[Kk]lokka[ ])|(?<=[Kk]lokken[ ])|(?<=[Kk]lo[ ])|(?<=[Kk]ello[ ])"
               r"|(?<=godz\.[ ])|(?<=godz[ ])|(?<=godzinie[ ])|(?<=godziną[ ])"
               # (not "2 godziny 15 minut": two hours, a length)
               r"|(?<=godziny[ ])(?<!\d[ ]godziny[ ])"
               # (and Arabic "الساعة", the hour: "الساعة 11 ليلاً"; Persian "ساعت", "ساعت ۶
               # عصر", not after a number: "۲ ساعت ۵ دقیقه" is a length)
               r"|(?<=الساعة[ ])|(?<=ساعت[ ])(?<!\d[ ]ساعت[ ]))"
               r"(?P<klhour_h>[01]?\d|2[0-3])"
               r"(?![\d:.,h]\d|\d)",
     False),
    # "alle 15", "dalle 10 alle 15", "alle ore 11", "circa le 10", "verso le 9", "entro le
    # 18": the Italian hour alone after its article ("at the"), which makes a number the hour
    # of day (its minutes after a colon, a dot or
    # a comma are those rows'); not a count, "alle 3 richieste" being rare beside "alle 15"
    # (and the Spanish "a las 19", "desde las 19 hasta las 21", before a word that goes on
    # with the time, not "a las 19 regiones")
    ("allehour", r"(?:(?<=[Aa]lle[ ])|(?<=[Aa]lle[ ]ore[ ])|(?<=circa[ ]le[ ])"
                 r"|(?<=verso[ ]le[ ])|(?<=entro[ ]le[ ])"
                 # ("dopo le 16", "prima delle 9"; not "dopo le 3 ore di attesa", a length)
                 r"|(?:(?<=[Dd]opo[ ]le[ ])|(?<=[Pp]rima[ ]delle[ ]))"
                 r"(?!\d{1,2}[ ](?:ore|minuti|giorni|settimane)(?![^\W\d_]))"
                 r"|(?:(?<=[ (][Aa][ ]las[ ])|(?<=^[Aa][ ]las[ ])|(?<=[Dd]esde[ ]las[ ])"
                 r"|(?<=[Hh]asta[ ]las[ ])|(?<=[Hh]acia[ ]las[ ])|(?<=[Ss]obre[ ]las[ ])"
                 # ("a partir de las 9", the hour an outage ran from; "a las 23\"", the hour
                 # closing a quoted statement)
                 r"|(?<=[Pp]artir[ ]de[ ]las[ ]))"
                 r"(?=\d{1,2}(?:[ \t]*+(?:[.,;:)\"”»]|[-–—][ \t]|$)|[ \t]++(?:y|a|hasta|de[ \t]la"
                 r"|del|horas?|hs?|en|cuando|se|el|la|los|las)(?![^\W\d_]))))"
                 # (not a count: "Alle 1 200 betroffenen", a thousands group after a blank;
                 # "Alle 3 Kunden", German's "all" before a noun)
                 r"(?P<allehour_h>[01]?\d|2[0-3])(?![\d:.,h]\d|\d|[ ]?%|[ ]?[/-][ ]?\d"
                 r"|[ \u00a0\u202f]\d{3}(?!\d)|[ ][A-ZÄÖÜ][a-zäöüß])"
                 # ("alle 14 e 30", "alle 11 e mezza", "verso le 9 e un quarto": its minutes
                 # said after "and", as Italian speaks them)
                 r"(?:[ ]e[ ](?:(?P<allehour_m>[0-5]\d)(?!\d)|(?P<allehour_half>mezz[ao])"
                 r"|(?P<allehour_q>un[ ]quarto|tre[ ]quarti))(?![^\W\d_]))?",
     False),
    # "rond 16 uur", "om 8 uur", "vanaf 20 uur", "tot 19 uur": the Dutch hour alone before
    # its word, after a word that makes it the hour of day ("3 uur lang", "duurde 3 uur",
    # "na 3 uur", "tot 3 uur vertraging": how long)
    ("uurhour", r"(?:(?<=[Oo]m[ ])|(?<=[Rr]ond[ ])|(?<=[Tt]ot[ ])|(?<=[Vv]anaf[ ])"
                r"|(?<=[Oo]mstreeks[ ])|(?<=[Tt]egen[ ])|(?<=[Ss]inds[ ]))"
                r"(?P<uurhour_h>[01]?\d|2[0-3])(?=[ ]uur(?![A-Za-z])"
                r"(?![ ](?:lang|vertraging|wachttijd|per)(?![A-Za-z])))",
     False),
    # 19h after a date; "21 Uhr", "gegen 5 Uhr": the German hour alone before its "o'clock"
    # (and the Hungarian hour with its case ending: "18 órától", "05 óráig", "10 órakor")
    # ("às 14 horas", "a las 9 horas": the Portuguese and Spanish hour before its word, after
    # the article that makes it the hour of day; "durante 14 horas" is a length)
    ("hour_h", r"(?P<hour_h_h>[01]?\d|2[0-3])(?:h(?![\dA-Za-z])|(?=[ ]?Uhr(?![A-Za-zäöü]))"
               r"|(?=[ ]horas(?![^\W\d_]))"
               r"|(?=[ ]ór(?:ától|áig|akor)(?![^\W\d_]))"
               # "vers 16 h", "entre 2 et 4 h": the French typographic norm spaces the "h"
               r"|[ \u00a0\u202f]h(?![\dA-Za-z]|[ \u00a0\u202f]\d))",
     True),
)
WEAK_SHAPES = frozenset(name for name, _, weak in CLOCK_SHAPES if weak)
CLOCK_RE = re.compile(
    r"(?=[\dHX-])"  # every shape opens with a digit or a placeholder: a cheap first test
    # after "T", a year ("2024.14:15", "2023:06:36:02"), an ISO date and a slash, or the
    # number of a list item written without its space ("10.12:30 PM")
    r"(?:(?<=\dT)|(?<=(?<![0-9A-Za-z])T(?=\d\d:))|(?<=\d{4}[/:.])|(?<=\d{4}-\d\d-\d\d/)|(?<=^\d\.)|(?<=^\d\d\.)"
    # ("AM10:00", "PM3:00": AM or PM glued before the clock, as Japanese notices write it)
    r"|(?<=(?<![A-Za-z])[AP]M)(?=\d{1,2}:\d\d)"
    # ("2am BST/1am GMT", "10am PT/1pm ET": the same moment on another zone's clock, after
    # the first one's zone and a slash)
    r"|(?<=(?<![A-Za-z])[A-Z]T/)|(?<=(?<![A-Za-z])[A-Z]{2}T/)|(?<=(?<![A-Za-z])[A-Z]{3}T/)"
    r"|(?<=(?<![A-Za-z])UTC/)|(?<=(?<![A-Za-z])GMT/)"
    r"|(?<![0-9A-Za-z:./\\+−]))"
    r"(?<!UTC-)(?<!GMT-)(?<!utc-)"  # "UTC+06:00" is no clock
    r"(?<!\bT-)(?<!\bT−)"  # "T-0:30": an offset before the moment counted from, no clock
    r"(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern, _ in CLOCK_SHAPES) + ")"
    # "a.m." keeps its last dot; "AM." ends a sentence with the dot
    # ("8:30amPT", "10:15AMEST": a zone's abbreviation glued to the meridiem)
    # ("AM10:00-PM3:00": a meridiem glued to a digit after it is the next clock's)
    r"(?:[ -]?(?P<mer>[AaPp])(?:\.[ ]?[Mm](?![A-Za-z])\.?|[ ]?[Mm](?:(?![A-Za-z0-9])"
    r"|(?=(?:[ECMP]T|UTC|GMT|[A-Z]{1,3}[SD]T)(?![A-Za-z]))"
    # ("3 PMResolved after an hour": a status page's label glued to a capital AM or PM when
    # its text is copied)
    r"|(?<=[AP]M)(?=[A-Z][a-z]{2})))"
    # "2:06p", "10:06a", "12:17A": one letter right after a colon time, as some logs write it
    # ("05:04 p - traction lost", "12:04 a: first train": a space before it, a separator
    # after it, as a hand-typed log's entries open)
    r"|(?P<mer1>[apAP])(?![A-Za-z0-9])"
    r"|(?<=:\d\d)[ ](?P<mer1s>[apAP])\.?(?=[ \t]++[-–—|][ \t]|:[ \t]))?"
)
# Where a clock may start: a digit or a placeholder's first character, after none of the
# characters CLOCK_RE's lookbehinds refuse in every row (a digit, a letter but the "T" of
# "2024-03-05T10:00", "\", "+", "−"). See `_clock_matches`. A row's first digit is followed
# by what some row has next (a second digit at most, then ":", ".", "h", "X" or a meridiem's
# letter; or three more digits), a placeholder's first character by itself ("HH", "XX",
# "--"): the other numbers of a line ("2024-03-05", "3 servers") and its dashes are not tried.
# The character is matched by a set first, then told apart by lookbehinds: a pattern opening
# with a set is searched by skipping to its characters, not tried at every position. The
# character before it is looked at first: a number's second and later digits (most of the
# set's characters on a line) are passed over by that one look, not after the others.
CLOCK_STARTS = re.compile(r"[\dHX-](?:(?<![0-9A-SU-Za-z\\+−][\dHX-])"
                          r"|(?<=(?<![A-Za-z])[AP]M\d)(?=\d?:\d\d))"
                          r"(?:(?<=\d)(?=\d?(?:[:.,hHX時时点點시]|u\d\d|[ -]?[AaPp]|[ ]?U|[ ]ó"
                          r"|[ ][時时点點]|[ \u00a0\u202f]h(?:[ \u00a0\u202f]?\d|(?![A-Za-z]))"
                          r"|[ ]uur|g\d|[ ]giờ"
                          r"|[ \u00a0]heure|[ ]horas|-tiden)|\d{3}"
                          r"|\d-\d\d-\d\d(?![\d-]))|(?<=H)(?=H)|(?<=X)(?=X)|(?<=-)(?=-)"
                          # "kl 9", "klockan 14": the hour after the Nordic word for o'clock
                          r"|(?<=[Kk]l[ ]\d)|(?<=[Kk]l\.[ ]\d)|(?<=[Kk]lockan[ ]\d)"
                          r"|(?<=[Kk]lokka[ ]\d)|(?<=[Kk]lokken[ ]\d)|(?<=[Kk]lo[ ]\d)"
                          r"|(?<=[Kk]ello[ ]\d)"
                          # "alle 15", "alle ore 11": the Italian hour after its article
                          r"|(?<=[Aa]lle[ ]\d)|(?<=[Aa]lle[ ]ore[ ]\d)|(?<=circa[ ]le[ ]\d)"
                          r"|(?<=verso[ ]le[ ]\d)|(?<=entro[ ]le[ ]\d)"
                          r"|(?<=[Dd]opo[ ]le[ ]\d)|(?<=[Pp]rima[ ]delle[ ]\d)"
                          # "a las 19" (Spanish), "godz. 14" (Polish)
                          r"|(?<=las[ ]\d)|(?<=godz\.[ ]\d)|(?<=godz[ ]\d)|(?<=godzinie[ ]\d)"
                          r"|(?<=godziną[ ]\d)|(?<=godziny[ ]\d)|(?<=الساعة[ ]\d)"
                          r"|(?<=ساعت[ ]\d))")
# Both for an ASCII line, where a digit is 0-9 (starts.ascii_digits): the same matches
ASCII_CLOCK_RE = re.compile(ascii_digits(CLOCK_RE.pattern))
ASCII_CLOCK_STARTS = re.compile(ascii_digits(CLOCK_STARTS.pattern))
# A weak clock opening an entry: only markup before it, a separator after it.
WEAK_LEAD_RE = LazyPattern(r"[ \t]*+(?:[-*+•>#][ \t]++)?(?:\*\*|__)?\[?")
WEAK_TAIL_RE = LazyPattern(r"(?:\*\*|__|\])?(?:[ \t]*+(?:[-–—:|)]|UTC|GMT|Z)(?![A-Za-z])"
                           # "- 14.20 Uhr Bereitschaft informiert", "- 14.35h node replaced":
                           # the word for hours after it makes the number a clock (Dutch "uur")
                           r"|[ \t]?(?:hrs?|hs|h|uhr|Uhr|uur|u\.?)(?![A-Za-z])"
                           r"|:)")
# "kl 20.15", "klockan 06.30": the Nordic word for o'clock right before a dotted number
KL_BEFORE = LazyPattern(r"(?<![A-Za-z])(?:[Kk]l\.?|[Kk]lockan|[Kk]lokka|[Kk]lokken|[Kk]ello"
                        # (Indonesian and Malay "pukul", Turkish "saat": "pukul 23.59 WIB",
                        # "saat 14.30'da")
                        r"|[Kk]lo|[Pp]ukul|[Ss]aat|[Ss]aatiyle"
                        # (Thai "เวลา", time: "เวลา 14.20 น.")
                        r"|เวลา"
                        # (Polish "godz.", "godzinie", "godziną", "godziny": "o godz. 14.40",
                        # "przed godziną 19.00", "do godziny 4.00")
                        r"|godz\.?|godzinie|godziną|(?<!\d[ ])godziny)[ ]$")
# Indonesian's and Malay's "jam" (hour) before a dotted clock, which its zone, its part of
# the day or the clause's end follows: "jam 22.30 WIB", "jam 12.00 malam" (not "traffic jam
# 10.30 km")
JAM_BEFORE = LazyPattern(r"(?<![A-Za-z])[Jj]am[ ]$")
# "by midnight on 31 January", "until midnight, 1 February": a deadline's midnight, which ends
# the day written after it
MIDNIGHT_DEADLINE_BEFORE = LazyPattern(r"(?<![A-Za-z])(?:by|until|till|before)[ \t]++$",
                                       re.IGNORECASE)
# a date's year right before a time: "2019-08-04 11.45.09", "04.08.2019 11.45.09"
YEAR_JUST_BEFORE = LazyPattern(r"(?<!\d)(?:19|20)\d\d(?:-\d\d?-\d\d?)?[ \tT]$")
# a zone's abbreviation right after a time: "11.45.09 WIB", "11.45.09 UTC"
ZONE_AFTER_A_BLANK = LazyPattern(r"[ \t]++(?:UTC|GMT|WIB|WITA|WIT|[A-Z]{1,4}T)(?![A-Za-z])")
JAM_TAIL = LazyPattern(r"[ \t]*+(?:(?:WIB|WITA|WIT|MYT|malam|pagi|siang|sore)(?![A-Za-z])"
                       r"|[,;)]|\.(?!\d)|$)")
# "10.30 Uhr", "13.00 uur": the German or Dutch word for o'clock right after a dotted number
# (and Dutch and Flemish "u", "14.00u:", "14.23 u.": uur's mark)
# (and Thai "น." (nalika, o'clock): "14.20 น.")
UHR_AFTER = LazyPattern(r"[ \t]?(?:Uhr|uur|u(?:\.|(?=[ \t]*+[:\-–—]|[ \t]*+$))|น\.)"
                        r"(?![A-Za-zäöü])")
# "a las 10.00 horas", "sobre las 2.08 horas", "às 14.30 horas": Spanish and Portuguese give
# a clock as "the hours", the article before it, the word after it
LAS_BEFORE = LazyPattern(r"(?<![^\W\d_])(?:las|às|as)[ \t]++$", re.IGNORECASE)
HORAS_AFTER = LazyPattern(r"[ \t]?(?:horas|hrs?\.?|h\.?)(?![^\W\d_])", re.IGNORECASE)
# "alle 4.30", "dalle 10,30", "verso le 9.15", "ore 15.30": the Italian words that put a
# clock after them (its hour in one digit too, its minutes after a dot or a comma)
IT_AT_BEFORE = LazyPattern(r"(?<![^\W\d_])(?:(?:alle|dalle|verso[ \t]++le|entro[ \t]++le"
                           r"|intorno[ \t]++alle|attorno[ \t]++alle|fino[ \t]++alle"
                           # ("dopo le 16.30", "prima delle 9.15": after, before)
                           r"|dopo[ \t]++le|prima[ \t]++delle)"
                           r"(?:[ \t]++ore)?|ore)[ \t]++$", re.IGNORECASE)
# "at 20.55", "Update 20.55:", "around approx. 12.30", "until 09.50": English words that put
# a clock after them, a dotted one too when its hour has two digits
# (and their Dutch and German "at": "Om 16.10 tweette", "um 14.30")
EN_AT_BEFORE = LazyPattern(r"(?<![A-Za-z])(?:at|around|about|approx\.?|approximately|by|until"
                           r"|till|since|from|update|updated|om|um|rond|gegen)[ \t]*+"
                           r"(?:(?:approx\.?|approximately|about|around|roughly|circa)[ \t]*+"
                           r"|~[ \t]*+)?$", re.IGNORECASE)
# "at 8H20", "at about 9h05": the English "at" alone, which puts a clock after it (not
# "about 1h30" nor "by 2h30", as often a length)
EN_JUST_AT_BEFORE = LazyPattern(r"(?<![A-Za-z])at[ \t]++(?:(?:approx\.?|approximately|about"
                                r"|around|roughly|circa)[ \t]++|~[ \t]*+)?$", re.IGNORECASE)
# "as of 11.30", "after 21.02", "before 09.45": words that put a time or an amount after
# them, a dotted time only when no unit of time or amount follows ("after 12.50 seconds")
EN_AS_OF_BEFORE = LazyPattern(r"(?<![A-Za-z])(?:as[ \t]++of|after|before)[ \t]++$",
                              re.IGNORECASE)
LENGTH_AFTER = LazyPattern(r"[ \t]*+(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|days?"
                           r"|weeks?|months?|years?|releases?|versions?)(?![A-Za-z])",
                           re.IGNORECASE)
# "At 9.15 the major incident was declared", "shortly after 8.05": British and Irish writing
# gives the hour in one digit before its dot; as often a decimal or a version ("by 2.30
# points", "from 1.10 to 1.12"), so only after "at", "around", "about", "after" or "before"
# (or with a zone after it: "9.15 BST")
EN_ONE_DIGIT_AT_BEFORE = LazyPattern(r"(?<![A-Za-z])(?:at|around|about|approx\.?|approximately"
                                     r"|after|before)[ \t]++(?:(?:approx\.?|approximately|about"
                                     r"|around|roughly|circa)[ \t]++)?$", re.IGNORECASE)
# "from 9.30 to 11.15", "9.40-10.05": a range whose end has a two-digit hour (versions run
# "from 1.10 to 1.12")
ONE_DIGIT_RANGE_AFTER = LazyPattern(r"[ \t]*+(?:-|–|—|to|until|till|and)[ \t]*+(?:1\d|2[0-3])"
                                    r"\.[0-5]\d(?![\d.,])", re.IGNORECASE)
RATE_AFTER = LazyPattern(r"[ \t]*+(?:per|each|a|an|x)(?![A-Za-z])", re.IGNORECASE)
# "at 12.30 USD", "at 10.50%", "by 12.30 per cent": an amount, not a clock
AMOUNT_AFTER = LazyPattern(r"[ \t]*+(?:%|per[ \t]?cent|percent|pro[cs]ent|prosenttia"
                           r"|kr(?:oner|onor)?|sek|nok|dkk|[€$£¥]|usd|eur|gbp|chf"
                           r"|dollars?|euros?|pounds?|cents?|bucks|francs?|yen|points?|units?"
                           r"|x(?![a-z])|ms|kb|mb|gb|tb|k(?![a-z])|m(?![a-z])|million|thousand"
                           r"|times)", re.IGNORECASE)
# "kella 16.30" (Estonian), "ve 13.15", "kolem 9.40" (Czech), "u 16.30", "oko 7.15"
# (Croatian, Serbian, Bosnian), "ob 16.30" (Slovenian), "στις 16.30" (Greek), "в 16.30"
# (Russian, Ukrainian), "la ora 16.30" (Romanian): words that say "at" or "around" the hour
# before a dotted clock (not "do" or "od", as often an amount's bounds)
AT_HOUR_BEFORE = LazyPattern(r"(?<![^\W\d_])(?:kella|kell|ve|v|kolem|okolo|u|oko|ob|okoli"
                             r"|στις|γύρω[ \t]++στις|в|около|la[ \t]++ora|ora)[ \t]++$",
                             re.IGNORECASE)
# "vid 17.30", "ved 09.55", "fra 08.10", "från 8.10", "efter 10.30", "innan 9.00", "ca. 08.40",
# "noin 9.40", "ennen 10.00", "omstreeks 14.15", "vanaf 8.30", "tot 11.00": the Nordic, Finnish
# and Dutch words for "at", "around", "from", "after", "before" and "until" before a dotted
# clock (an amount after it, "til 12.50 kr", "ca. 3.50 procent", is no clock)
NORDIC_AT_BEFORE = LazyPattern(r"(?<![^\W\d_])(?:vid|ved|rundt|runt|fra|frå|från|efter|etter"
                               r"|innan|inden|før|för|ca\.?|cirka|omkring|noin|ennen|jälkeen"
                               r"|omstreeks|sinds|vanaf|tot|till|til)[ \t]++$", re.IGNORECASE)
# "à 9h12", "vers 8h30", "dès 7h05", "entre 8h30 ...": French words that put a clock after them
# ("à partir de 8h30", "aux alentours de 9h15": "from", "around", a clock after them)
# "por volta de 9h30", "a partir de 7h50", "até 9h05", "desde 6h": Portuguese words that put
# a time of day after them with no article ("cerca de 2h", "durante 2h" are lengths)
PT_AT_BEFORE = LazyPattern(r"(?<![^\W\d_])(?:por[ \t]++volta[ \t]++de|a[ \t]++partir[ \t]++de"
                           r"|desde|até)[ \t]++$", re.IGNORECASE)
FRENCH_AT_BEFORE = LazyPattern(r"(?<![A-Za-zà-ÿ])(?:à|vers|dès|avant|après|jusqu['’]à|entre"
                               r"|à[ \t]++partir[ \t]++de|aux[ \t]++alentours[ \t]++de)"
                               r"[ \t]++$", re.IGNORECASE)
# "antes das 22h", "às 19h", "pelas 8h11", "a las 21h", "sobre las 9h" (Portuguese and
# Spanish say the hour with its article), "lúc 19h", "đến 19h tối" (Vietnamese "at",
# "until", "from", "about"): the words that make an hour alone a clock in those languages
HOUR_ARTICLE_BEFORE = LazyPattern(r"(?<![^\W\d_])(?:às|das|pelas|até[ \t]++(?:às|as)"
                                  r"|a[ \t]++las|desde[ \t]++las|hasta[ \t]++las"
                                  # ("entre las 9.15 y las 10.40", "entre as 8h e as 10h")
                                  r"|entre[ \t]++(?:las|as)|y[ \t]++las|e[ \t]++(?:as|às)"
                                  r"|sobre[ \t]++las|hacia[ \t]++las|lúc|đến|từ|vào|khoảng"
                                  # ("alrededor de las 16.08", "pasadas las 9.30")
                                  r"|de[ \t]++las|pasadas[ \t]++las)"
                                  r"[ \t]++$", re.IGNORECASE)
# "à 21h", "vers 5h", "dès 6h", "jusqu'à 18h", "entre 5h et 7h": the words that make an
# hour alone a clock (not "après", "avant" or "depuis", which as often take a length)
FRENCH_HOUR_BEFORE = LazyPattern(r"(?:(?<![A-Za-zà-ÿ])(?:à|vers|dès|jusqu['’]à|entre"
                                 r"|à[ \t]++partir[ \t]++de|aux[ \t]++alentours[ \t]++de)"
                                 r"|(?<![A-Za-zà-ÿ])entre[ \t]++(?:[01]?\d|2[0-3])h?[ \t]++et)"
                                 r"[ \t]++$", re.IGNORECASE)
SENTENCE_A_BEFORE = LazyPattern(r"(?:^|[.!?»:][ \t]++)A[ \t]++$")
# "depuis 8 h ce matin", "depuis 9h30 du matin", "depuis 21 h hier": the French "since" makes
# an hour a clock only with the day's word after it ("depuis 2h" is as often "for two hours")
DEPUIS_BEFORE = LazyPattern(r"(?<![A-Za-zà-ÿ])depuis[ \t]++$", re.IGNORECASE)
FRENCH_DAY_AFTER = LazyPattern(r"[ \t\u00a0]*+,?[ \t]*+(?:du[ \t]++(?:matin|soir)"
                               r"|de[ \t]++l['’]après-midi|ce[ \t]++(?:matin|soir|jour)"
                               r"|cet[ \t]++après-midi|cette[ \t]++nuit|(?:dans[ \t]++)?la"
                               r"[ \t]++nuit|hier|aujourd['’]hui|(?:lundi|mardi|mercredi|jeudi"
                               r"|vendredi|samedi|dimanche))(?![A-Za-zà-ÿ])", re.IGNORECASE)


def _since_that_day(line: str, m: re.Match[str]) -> bool:
    """"depuis 8 h ce matin": the French "since" before, the day's word after."""
    return DEPUIS_BEFORE.search(line, max(0, m.start() - 10), m.start()) is not None \
        and FRENCH_DAY_AFTER.match(line, m.end()) is not None
# "de 3h20 à 9h45", "from about 3h20 until about 9h45": two "h" clocks joined as a range,
# each a clock by the other (a length is no range's end)
H_CLOCK_RANGE_AFTER = LazyPattern(r"[ \t]*+(?:à|au|until|till|to|[-–])[ \t]*+(?:about[ \t]++"
                                  r"|environ[ \t]++|vers[ \t]++)?"
                                  r"(?:\d{1,2}[hH][0-5]\d(?![\dA-Za-z])"
                                  # ("de 8h30 à minuit": the French midnight or noon)
                                  r"|(?:minuit|midi)(?![A-Za-zà-ÿ]))")
H_CLOCK_RANGE_BEFORE = LazyPattern(r"(?<![\dA-Za-z])\d{1,2}[hH][0-5]\d[ \t]*+(?:à|au|until|till|to"
                                   r"|[-–])[ \t]*+(?:about[ \t]++|environ[ \t]++|vers[ \t]++)?$")
# "14 h 05 à 15 h 10": the French "to" and a number after a range's start
FRENCH_RANGE_TO = LazyPattern(r"[ \t\u00a0]*+(?:à|au)[ \t\u00a0]++\d")
# Korean writes AM and PM as words before the clock: 오전 (morning), 오후 (afternoon)
KO_MERIDIEM = {"오전": "am", "오후": "pm",
               # and Japanese (午前, 午後) and Chinese (上午, 下午) the same way
               "午前": "am", "午後": "pm", "上午": "am", "下午": "pm",
               # the parts of the day they also say: dawn and morning (새벽, 아침, 凌晨, 早上,
               # 清晨), noon and daytime (中午, 낮: "中午12点" is noon, "낮 2시" 14:00),
               # evening (저녁, 晚上, 傍晚), and night (밤, 夜里, 深夜), whose 12 is midnight
               # and whose small hours are the morning's ("夜里2点" is 02:00)
               "새벽": "am", "아침": "am", "凌晨": "am", "早上": "am", "清晨": "am",
               "中午": "pm", "낮": "pm", "저녁": "pm", "晚上": "pm", "傍晚": "pm",
               "晚間": "pm", "晚间": "pm",
               # 晚 alone, and "that evening" (当晚, 當晚), "tonight" (今晚), "last night"
               # (昨晚): the evening's hours ("晚8点05分", "当晚11点20分")
               "晚": "pm", "当晚": "pm", "當晚": "pm", "今晚": "pm", "昨晚": "pm",
               "밤": "night", "夜里": "night", "深夜": "night", "夜间": "night", "夜間": "night"}
# "夜间八时许", "晚上八点", "下午三点半", "十一时二十分": the hour in Chinese numerals, a clock
# only after a word for a part of the day or with its minutes, "half", "about" or "o'clock"
# after it ("一时无法访问" is "for a while"; "三点建议", three points)
CN_CLOCK_RE = LazyPattern(
    r"(?P<part>凌晨|早上|清晨|上午|中午|下午|傍晚|晚上|夜间|夜間|夜里|深夜|午前|午後|当晚|當晚"
    r"|今晚|昨晚|晚)?"
    r"(?P<h>二十[一二三]?|十[一二]?|[一二三四五六七八九两])(?:[时時](?![间間代候刻])|[点點])"
    r"(?:(?P<m>[一二三四五]?十[一二三四五六七八九]?|零?[一二三四五六七八九])分"
    r"|(?P<half>半)|(?P<quarter>[一三]刻)|(?P<about>许|許|左右|钟|鐘|整|多))?")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
DIGIT_RE = re.compile(r"\d")
# The same test for an ASCII line, where a digit is 0-9: \d looks each character up in
# Unicode's tables, a range is two comparisons (half the time over the corpus's lines).
ASCII_DIGIT_RE = re.compile(r"[0-9]")
ZONE_WORD_RE = LazyPattern(r"[A-Z]{2,5}(?![A-Za-z])")  # "BST", "CEST": a zone's first test
DAY_WORD_RE = re.compile("|".join(grammar.DAY_WORD_HINTS))
# A bare "noon"/"midnight" is a clock only where a preposition or a zone makes it one.
NOON_RE = LazyPattern(
    r"(?:(?<![A-Za-z])(?P<pre>at|around|by|until|till|after|before|from|to|between|~"
    # ("approximately noon", "by about midday": hedged; "about" only after another word)
    r"|approximately|approx\.|roughly|circa)[ \t]++"
    r"(?:(?:approximately|approx\.|about|around|roughly|circa|just|exactly|precisely)[ \t]++)?"
    # "by **Midnight** on 20-October-25": the word emphasised
    r"(?P<open>\*\*|__|[*_])?"
    # "@ noon", "@midnight": the "at" of notes and chat (not a handle, "@midnight-crew")
    r"|(?<![\w.+\-])(?P<pre_at>@)[ \t]*+(?=(?:12[ \t]++)?(?:noon|midday|midnight)(?![\w-]))"
    # "Weds, noon: ...": a weekday's noon as an entry's stamp (not its midnight, which may
    # be the night into the next day)
    r"|(?<![A-Za-z])(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)"
    r"(?:day|sday|nesday|rsday|urday)?\.?,?[ \t]++(?=(?:12[ \t]++)?(?:noon|midday))"
    # "6 June 2024, midnight: array back", "Tue 4 June, noon -": the word as a date's clock,
    # after its day or year and a comma or a blank, before the entry's separator
    r"|(?<=\d)(?P<pre_date>,?[ \t]++)(?=(?:noon|midday|midnight)[ \t]*+[:\-–—|])"
    # "- Midnight: cron starts", "**12 noon** - traffic peaks": the word opening an entry
    r"|^[ \t]*+(?P<item>[-*+•][ \t]++(?:\*\*|__)?|\*\*|__)?)"
    r"(?P<word>(?:12[ \t]++)?(?:noon|midday|midnight))(?(open)(?P=open))(?![A-Za-z])"
    # (opening a line, only as an entry's stamp: before a separator, or before the entry's
    # words in a list item or after bold; "Midnight deploys are risky" is a sentence)
    # ("- **Midnight (SAST):** paged": a zone in parentheses may come between)
    r"(?(pre)|(?(pre_at)|(?(pre_date)|(?(item)"
    # ("- Midnight 6 June 2024 - rebuild starts": the date after it, the entry's stamp)
    r"(?=(?:[ \t]*+\([A-Za-z]{2,5}\))?(?:\*\*|__)?[ \t]*+[:\-–—|]|[ \t]++[A-Za-z\d])"
    r"|(?=(?:[ \t]*+\([A-Za-z]{2,5}\))?[ \t]*+[:\-–—|])))))",
    re.IGNORECASE,
)

# "alle 4,30 ... a mezzogiorno", "à midi", "vers minuit", "a medianoche", "um Mitternacht":
# noon's and midnight's words in Italian, French, Spanish, Portuguese and German, a clock
# after a word that puts a time after it ("après midi" is the afternoon; "Mittag" is vague)
FOREIGN_NOON_RE = LazyPattern(
    r"(?<![^\W\d_])(?:à|vers|dès|avant|jusqu['’]à|a|al|alle|verso|entro|dopo|prima[ \t]++di"
    r"|intorno[ \t]++a|attorno[ \t]++a|fino[ \t]++a|um|gegen|bis|ab|seit|a[ \t]++la|hasta"
    r"|desde|sobre|hacia|ao|às|até|pelo|por[ \t]++volta[ \t]++d[oa]|antes[ \t]++d[ea]l?"
    # a range's start ("zwischen Mitternacht und 3 Uhr", "entre minuit et 2h", "tra la
    # mezzanotte e le 2", "de minuit à 2h"); Dutch ("om middernacht", "tussen middernacht en")
    r"|zwischen|entre|tra|fra|de|om|rond|tot|vanaf|tussen)"
    r"[ \t]++(?:(?:el|il|lo|o|la)[ \t]++)?(?P<word>mezzogiorno|mezzanotte|midi|minuit"
    r"|mediod[ií]a|medianoche|mitternacht|meio-dia|meia-noite|middernacht)(?![^\W\d_])",
    re.IGNORECASE)
_FOREIGN_MIDNIGHTS = ("mezzanotte", "minuit", "medianoche", "mitternacht", "meia-noite",
                      "middernacht")
# "at ten o'clock", "gegen zehn Uhr", "um elf Uhr": the hour in words before the word for
# o'clock (German "Uhr" is the hour of day, never a length, which is "Stunden")
_HOUR_WORDS = {word: hour for hour, words in enumerate((
    (), ("one", "eins", "ein"), ("two", "zwei"), ("three", "drei"), ("four", "vier"),
    ("five", "fünf"), ("six", "sechs"), ("seven", "sieben"), ("eight", "acht"),
    ("nine", "neun"), ("ten", "zehn"), ("eleven", "elf"), ("twelve", "zwölf")))
    for word in words}
# ("at 8 o'clock", "by 10 o’clock": the hour in digits before the English word, as the
# 24-hour clock's writers say it too, "around 13 o'clock UTC"; in digits before "Uhr" it is
# the "hour_h" row's)
WORD_HOUR_RE = LazyPattern(r"(?<![^\W\d_])(?:(?P<word>" + "|".join(_HOUR_WORDS) + r")[ \t]++"
                           r"(?:o['’][ \t]?clock|uhr)|(?<![\d.,:])(?P<digits>1\d|2[0-3]|0?\d)"
                           r"[ \t]*+o['’][ \t]?clock)(?![^\W\d_])", re.IGNORECASE)

# an hour alone after a word that puts a time after it, the part of the day right after it:
# "at 6 this morning", "until 2 in the afternoon", "around 10 last night", "by 11 tonight"
BARE_HOUR_DAY_PART = LazyPattern(
    r"(?<![^\W\d_])(?:at|around|about|by|from|until|till|to|since|before|after|approximately"
    r"|~)[ \t]++(?P<h>1[0-2]|0?[1-9])(?=[ \t]++(?:(?:in|during)[ \t]++the[ \t]++(?:morning"
    r"|afternoon|evening|night)|at[ \t]++night|(?:this|that|last)[ \t]++(?:morning|afternoon"
    r"|evening|night)|tonight)(?![A-Za-z]))", re.IGNORECASE)

DAY_ONLY_RE = LazyPattern(r"(?:the[ \t]++)?(?P<d>\d{1,2})(?:st|nd|rd|th)(?![\w])", re.IGNORECASE)

# "in" before a zone after a time: "04:32 on July 26 in UTC+8"
IN_ZONE_RE = LazyPattern(r"[ \t]++in(?=[ \t]++[A-Z])")
_ZONE_ABBR_ANY_CASE = {"UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT"}
ZONE_AFTER_RE = re.compile(
    # ("12:33:42 PM +UTC": a block explorer's stamp writes the zone after a plus)
    r"[ \t]*+(?P<open>\([ \t]*+)?(?:-|\+(?=UTC|GMT))?"
    r"(?:"
    # "UTC - 4:00 PM UTC", "UTC - 11:30 UTC" end a range, not UTC-4: no meridiem or second
    # UTC after an offset
    # ("UTC+5.30", "GMT+5h30", "UTC+9.5": a half hour written as India and Australia do)
    r"(?P<base>UTC|GMT|Z)(?:[ ]?(?P<sign>[+\-−])[ ]?(?P<oh>\d{1,2})"
    + zones.offset_minutes_pattern("om", "ohalf") + "?"
    # "UTC - 2024-03-04 15:40 UTC": a date that ends a range, not UTC-20:24; but
    # "2:40am GMT+1/07:40am PST" gives the time again after a slash
    r"(?!:?\d)(?![-.]\d)(?!/\d(?!\d?:\d\d))"
    # ("UTC - 9 May 2025 01:00": the day of the date that ends a range, not UTC-9)
    r"(?![ \t]*+(?:(?:[AaPp]\.?[ ]?[Mm]|UTC|GMT)(?![A-Za-z])"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*+\.?[ \t,]++\d)))?"
    r"(?![A-Za-z0-9])"
    r"|(?P<iana>[A-Z][A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?)"
    # ("9PM EDT/6PM PDT": the time again in another zone after the slash; "3:00pm US EST",
    # "9pm U.S. ET": the country before the US clock's name)
    r"|(?:U\.?S\.?[ ](?=[A-Za-z]{2,4}(?![A-Za-z0-9])))?"
    r"(?P<abbr>[A-Za-z]{2,5})(?![A-Za-z0-9]|/(?!\d))"
    # Moscow time as Russian writes it, in Cyrillic capitals: "16:35 (МСК)"
    r"|(?P<cyrillic>МСК)(?![А-Яа-яЁё])"
    r")"
    r"(?(open)[ \t]*+\))",
    re.IGNORECASE,
)
# "(local time, Berlin)", "(local time in Oslo)": the city after the words that say so
# ("6 p.m. local time in Berlin": "in" the city after "local time" read before it)
CITY_AFTER_RE = re.compile(r"(?P<in>(?<=[Tt]ime)[ \t]++in(?=[ \t]))?"
                           r"[ \t]++(?P<open>\([ \t]*+(?:[Ll]ocal[ \t]++time[ \t]*+,?[ \t]*+"
                           r"(?:in[ \t]++)?)?)?(?P<two>(?P<one>[A-Z][A-Za-z]{2,19})"
                           r"(?:[ _][A-Z][a-z]{2,15})?)(?![A-Za-z])")
# "11h47 (heure française)", "20:00 (hora Santiago)", "14:00 horário de Brasília", "11:32
# horas del centro": a place's clock named the French, Spanish or Portuguese way, by a city,
# by the country's adjective, or by Mexico's name for its central clock
LOCAL_CLOCK_AFTER_RE = LazyPattern(
    r"[ \t]*+(?P<open>\([ \t]*+)?(?:[Hh]eure|[Hh]oras?|[Hh]or[áa]rio|[Tt]iempo)[ \t]++"
    # ("horas del centro de México", "hora de la Ciudad de México")
    r"(?:(?:de|del)[ \t]++(?:la[ \t]++)?(?:[Cc]iudad[ \t]++de[ \t]++)?|d['’][ \t]*+)?"
    r"(?P<place>[A-Za-zÀ-ÿ]{3,20}(?:[ ][A-Z][a-zà-ÿ]{2,15})?)"
    r"(?![A-Za-zÀ-ÿ])")
# A city is a zone only where a separator follows: "18:19 Denver - rollback", not "10:00 Sydney
# paged the on-call" (a name).
CITY_TAIL_RE = LazyPattern(r"[ \t]*+(?:[-–—:|,;)]|$|(?:local[ \t]++)?time(?![A-Za-z]))")
CITY_SAYS_TIME = LazyPattern(r"[ \t]*+(?:[Ll]ocal[ \t]++)?[Tt]ime(?![A-Za-z])")
CITY_TIME_CLOSE = LazyPattern(r"[ \t]*+(?:(?:[Ll]ocal[ \t]++)?[Tt]ime[ \t]*+)?\)")
ZONE_PAIR_RE = re.compile(r"[ \t]*+(?P<open>\([ \t]*+)?(?P<a>[A-Z]{2,4})[ \t]*+/[ \t]*+"
                          r"(?P<b>[A-Z]{2,5})(?![A-Za-z])(?(open)[ \t]*+\))")
ZONE_SLASH_OFFSET_RE = LazyPattern(r"[ \t]*+(?P<open>\([ \t]*+)?(?P<a>[A-Z]{2,5})[ \t]*+/[ \t]*+"
                                   r"(?:UTC|GMT)[ \t]*+"
                                   r"(?P<sign>[+\-−])(?P<oh>\d{1,2})(?::?(?P<om>[0-5]\d))?"
                                   r"(?![\d:])(?(open)[ \t]*+\))")
BARE_OFFSET_RE = re.compile(
    r"(?:[ ]?(?P<s1>\+)|(?P<sp>[ ])?(?P<s2>[-−]))(?P<oh>\d{2})(?P<colon>:)?(?P<om>\d{2})(?![\d:])")
HOURS_OFFSET_RE = LazyPattern(r"[ ](?P<sign>[+\-−])(?P<oh>\d{2})(?=$|[ \t)\]])")
COMMA_THEN_ZONE_RE = re.compile(r"[ \t]*+,[ \t]*+")
# what may follow a zone written after a comma: the clause's end or its date
COMMA_ZONE_TAIL = LazyPattern(r"[ \t]*+(?:$|[.,;:)\]]|[-–—][ \t]|(?:on|and|to|until|till|time)"
                              r"(?![A-Za-z]))")
# An offset in parentheses after a zone's name: "CET (+0200)", "IST (UTC+5:30)", "(GMT-4)"
PAREN_OFFSET_RE = LazyPattern(r"[ \t]*+\((?:UTC|GMT)?[ \t]*+(?P<sign>[+\-−])(?P<oh>\d{1,2})"
                              + zones.offset_minutes_pattern("om", "ohalf") + r"?\)")
ZONE_NAME_AFTER_RE = re.compile(r"[ \t]*+(?P<open>\([ \t]*+)?")
CLOSE_PAREN = re.compile(r"[ \t*_]*+\)")  # "(*April 5*)": emphasis inside the parentheses
MIDNIGHT_NOTE_RE = re.compile(r"[ \t]*+\((?P<word>midnight|noon|midday)\)", re.IGNORECASE)
# "~23:29 (previous day)", "(D-1)", "(+1d)", and the day before in other languages: the day
# the time falls on, told beside it
DAY_NOTE_RE = LazyPattern(
    r"[ \t]*+\((?:(?P<prev>(?:the[ \t]++)?(?:previous|prior|preceding)[ \t]++day"
    r"|(?:the[ \t]++)?day[ \t]++before|d[ \t]?-[ \t]?1|-1[ \t]?d(?:ay)?|ngày[ \t]++hôm[ \t]++trước"
    r"|d[íi]a[ \t]++anterior|(?:la[ \t]++)?veille|vortag|前日|전날)"
    # (a next day's note in words, "(next day)", is the entry's text's: NEXT_DAY_SAID reads it)
    r"|(?P<next>d[ \t]?\+[ \t]?1|\+1[ \t]?d(?:ay)?))\)", re.IGNORECASE)

# Possessive runs of blanks (*+): between two optional words, a greedy run could be split
# every way before a fullmatch fails, which costs time growing with a power of its length.
# A weekday, and perhaps a day of the month, opening an entry before its clock, the month
# left to the entries around it: "- Fri 23:30", "| Sat 00:20 |", "### Saturday 16:51",
# "Sun 17th, 22:15",
# "**Tuesday the 5th at 09:00**", or after "on", "since", "between"...: "on Friday at 23:30".
WEEKDAY_LEAD_RE = LazyPattern(
    r"(?:^[ \t]*+(?:[-*+•>|][ \t]*+|\#{1,6}[ \t]++)?(?:\*\*|__)?"
    r"|(?<![A-Za-z])(?:on|since|between|and|from|until|till|by|before|after|through"
    # "issues starting as early as Saturday around 10:00am", "as of Tuesday 08:00"
    r"|as[ \t]++(?:early|late)[ \t]++as|as[ \t]++of"
    # "service was restored Monday by around 11:00 a.m.": after a verb in the past
    r"|[a-z]++(?<=[a-z]ed)"
    # "UPDATE Tuesday 01:40p: ...": after a status update's word opening the line
    r"|^[ \t]*+(?:\*\*|__)?update[ds]?"
    r"(?:\*\*|__)?(?:[ \t]*+[:\-–—])?)[ \t]++"
    # "the last good run was Friday 20:05": a weekday's full name right before its clock,
    # after any word but one that makes it a standing slot ("our Friday 16:00 freeze",
    # "the Wednesday 10:00 call", "every Monday 09:00")
    r"|(?<=[ \t(])(?<!\bthe[ \t])(?<!\bour[ \t])(?<!\ba[ \t])(?<!\ban[ \t])"
    r"(?<!\bevery[ \t])(?<!\beach[ \t])(?<!\btheir[ \t])(?<!\byour[ \t])(?<!\bweekly[ \t])"
    # ("next Monday 9.15", "last Friday 20:05", "this Tuesday 10:00": relative days, read
    # as such elsewhere)
    r"(?<!\bnext[ \t])(?<!\blast[ \t])(?<!\bthis[ \t])(?<!\bcoming[ \t])"
    # ("power went out Sunday at 9:10 p.m.", "back Monday around 11:00": its "at", a hedge)
    r"(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day[ \t]*+,?[ \t]*+"
    r"(?:(?:at|around|about)[ \t]++)?$))"
    # "Fri→Sat 03:15", "Fri/Sat 03:15": in the night between the two days, on the second
    r"(?:(?P<night>mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?[ \t]*+(?:→|->|/)[ \t]*+)?"
    r"(?P<wd>mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|rs|s|t)?\.?"
    r"(?:[ \t]++(?:the[ \t]++)?(?P<d>\d{1,2})(?:st|nd|rd|th))?"
    # "Tuesday morning 09:15", "Sat night, 23:40": the part of that day
    r"(?:[ \t]++(?:morning|afternoon|evening|night))?"
    r"[ \t]*+,?[ \t]*+(?:(?:at|@|by)[ \t]++)?"
    # "on Sunday at ~10:55", "on Monday around 09:00": an approximate time on that day
    r"(?:(?:approximately|approx\.?|about|around|roughly|circa|~|≈)[ \t]*+)?$", re.IGNORECASE)
# the words between a leading weekday and its clock, left out of the date as written
LEAD_CLOCK_WORDS = frozenset(("at", "by", "approximately", "approx", "approx.", "about",
                              "around", "roughly", "circa"))
# A day of the month as an ordinal opening an entry before its clock, the month left to the
# entries around it: "- 11th 21:50 - alerts fire", "| 31st 1:15 AM |", "12th, 02:10".
ORDINAL_LEAD_RE = LazyPattern(
    r"^[ \t]*+(?:[-*+•>|][ \t]*+)?(?:\*\*|__)?(?P<d>\d{1,2})(?:st|nd|rd|th)(?:\*\*|__)?"
    r"[ \t]*+,?[ \t]*+(?:(?:at|@)[ \t]++)?$", re.IGNORECASE)
# A weekday right after a clock, alone or closing a parenthesis: "00:10 (Thu)",
# "00:10 Thursday: ...", not "09:00 Mon-Fri" or "10:00 Sunday's deploy".
WEEKDAY_AFTER_RE = LazyPattern(
    r"(?P<wd>mon|tue|wed|thu|fri|sat|sun)(?P<rest>day|sday|nesday|rsday|urday|rs|s|t)?\.?"
    r"(?P<close>[ \t]*+[)\]])?(?![A-Za-z0-9'’/-])", re.IGNORECASE)
# A weekday in a field of its own after a clock: "10:30 - Tuesday - ...", "08:00 — Wed — ...",
# "09:00 | Monday | ..." (a Day column after the Time column), "08:30 [Wed] ...": a dash, bar
# or bracket before it, and one after it (or a colon, a comma, the line's end), not
# "10:30 - Monday-Friday" or "10:30 - Monday morning we ...".
WEEKDAY_FIELD_RE = LazyPattern(
    r"[ \t]*+(?:[-–—|]|(?P<open>\[))[ \t]*+"
    r"(?P<wd>mon|tue|wed|thu|fri|sat|sun)(?P<rest>day|sday|nesday|rsday|urday|rs|s|t)?\.?"
    r"(?(open)[ \t]*+\]|(?=[ \t]*+(?:[|:,]|[-–—](?![A-Za-z0-9])|$)))", re.IGNORECASE)
# A clock right after a weekday ("Saturday 01:00", "Sat at 1am"): the weekday opens that time.
CLOCK_NEXT_RE = LazyPattern(r"[ \t]*+,?[ \t]*+(?:at[ \t]++)?\d{1,2}(?::\d{2}|[ \t]?[ap]\.?m)",
                            re.IGNORECASE)
# Words between a clock and its zone: "09:00 hrs IST", "09:00h CET", "09:00 Uhr MEZ" (German
# "o'clock"), "09:00 local time (Berlin)", "09:00 local, UTC+2"; and a plus that says "from
# then on" ("17:55+ UTC / 10:55+ PDT": the zone still the clock's, not an offset).
HOURS_OR_LOCAL_RE = LazyPattern(
    r"(?:\+(?=[ \t]))?"
    r"(?:[ \t]*+(?:hrs?|hours|horas|hs|h|uhr|uur|u\.?(?=[ \t]*+[:\-–—]|[ \t]*+$|[ \t]))"
    r"(?![^\W\d_]))?"
    r"(?:[ \t]*+local(?:[ \t]++time)?(?![A-Za-z])(?:[ \t]*+,)?)?", re.IGNORECASE)
# "8 a.m. AT", "9:30 PM AT.": Atlantic time's generic letters after a 12-hour clock (not
# "AT&T", nor "AT THE LATEST" in a line of capitals)
ATLANTIC_AFTER = LazyPattern(r"[ ](?P<z>AT|NT)(?![A-Za-z0-9&'’])(?![ \t]++[A-Z]{2})")
# The part of the day after an hour in Spanish, Portuguese and Italian: "a las 5 de la tarde",
# "às 5 horas da tarde", "alle 9 di sera", "a las 8 de la mañana"
DAYPART_AFTER = LazyPattern(
    r"[ \t]++(?:de[ \t]++la|da|do|del|di|della)[ \t]++"
    r"(?:(?P<pm>tarde|noche|noite|pomeriggio|sera)|mañana|manhã|madrugada|mattina|mattino)"
    r"(?![^\W\d_])", re.IGNORECASE)
_AFTERNOONS = frozenset(("tarde", "pomeriggio"))  # after noon whatever the hour
# The part of the day after a clock in Arabic: "11:00 مساءً" (evening), "2:30 ظهراً" (midday),
# "4 عصراً" (afternoon), "11 ليلاً" (night), "9:30 صباحاً" (morning), and the letters a page's
# stamp writes for PM and AM ("12:54 ص")
# (and Persian's and Hebrew's: "۹:۳۰ شب", "ساعت ۶ عصر", "4:15 אחה״צ", "8:00 בערב", "9:30 בלילה")
AR_DAYPART_AFTER = LazyPattern(r"[ \t]++(?:(?P<afternoon>مساء|عصر|ظهر|م(?![^\W\d_])"
                               r"|بعد[ ]?از[ ]?ظهر|אחה[\"״]צ|אחר[ ]הצהריים|בערב|בצהריים)"
                               r"|(?P<night>ليل|شب|בלילה)"
                               r"|صباح|فجر|ص(?![^\W\d_])|صبح|بامداد|בבוקר)[اًء]{0,3}(?![^\W\d_])")
# The word for hours alone after a clock ("14:05 hrs", "14.20 Uhr", "15:00hs"), no zone after
# (a letter of any script ends no hours word: "10:35Hätäkeskus...", a title glued to it)
HOURS_WORD_RE = LazyPattern(r"[ \t]?(?:hrs?|hs|h|uhr|uur|u\.?(?=[ \t]*+[:\-–—]|[ \t]*+$))"
                            r"(?![^\W\d_])", re.IGNORECASE)
# "20:30 hours", as the 24-hour clock is read aloud: after a two-digit hour only ("2:30 hours"
# may be a length); Spanish's and Portuguese's "10:00 horas" too
HOURS_SPELLED_RE = re.compile(r"[ \t]h(?:ours|oras)(?![A-Za-z])", re.IGNORECASE)
# The weekdays' last character in Korean (월요일...), Japanese (月曜日...) and Chinese (周一...)
CJK_WEEKDAYS = {**{c: i for i, c in enumerate("월화수목금토일")},
                **{c: i for i, c in enumerate("月火水木金土日")},
                **{c: i for i, c in enumerate("一二三四五六")}, "天": 6}
_WEEKDAY_WORDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY_WORD = re.compile("|".join(_WEEKDAY_WORDS))  # any of them, in one C search
# a verb of starting that may stand between a date and its clock (extract.py gives it back to
# the time's phase)
STARTING_VERB = r"(?:starting|beginning|commencing|started|began)(?:[ \t]++(?:at|from))?"
# the parts of the day that may stand between a country's clock and the time: "北京时间下午3点",
# "(台灣時間)下午3時" (DATE_THEN_CLOCK_GAP, CJK_CLOCK_BEFORE)
_CLOCK_NAMED_DAY_PARTS = "上午|下午|午前|午後|凌晨|早上|中午|晚上|晚間|晚间|傍晚|深夜|오전|오후"
DATE_THEN_CLOCK_GAP = re.compile(
    # "12 Sept 2024 (Thu) 09:00", "2024-09-12 Thu 09:00": the date's weekday written after it
    r"(?:[ \t]*+(?P<wdtok>(?P<wdopen>\()?(?P<wd>mon|tue|wed|thu|fri|sat|sun)"
    r"(?:day|sday|nesday|rsday|urday|rs|s|t)?\.?(?(wdopen)\))"
    # "2021.05.24(월) 23시 50분", "2021年5月24日(月) 23時50分", "(周一)": a weekday in Korean,
    # Japanese or Chinese, in parentheses
    r"|\((?P<cjkwd>[월화수목금토일月火水木金土日](?=요일|曜|\))|(?:周|週|星期)[一二三四五六日天])"
    r"(?:요일|曜日?)?\))?"
    # ("Mar 14, 2024 · 16:42 UTC": a status page's middle dot or bullet between the two;
    # "--": "November 4th -- 16:30")
    # (": ", "5/24/2020 : 11am": a date, then its clock after a colon, as a label and value)
    r"[ \t]*+,?[ \t]*+(?:at|from|between|@|--|-|–|—|\||·|•|:(?=[ \t])"
    # a verb of starting between the two: "August 27, 2020 starting at approximately 4:03 PM",
    # "on 3 May 2024, beginning around 09:10"
    r"|" + STARTING_VERB +
    # the same "at" in Portuguese, Spanish, French, German, Dutch, Italian, Polish, Czech:
    # words that stand between a date and its clock in no English sentence
    # (and Korean's morning and afternoon words, "2025년 10월 3일 오전 2:27", Japanese's and
    # Chinese's, "2025年3月4日 午後1:10", "下午 1:10")
    r"|às|a[ \t]++las|à|um|om|alle|o|ve|v|오전|오후|午前|午後|上午|下午"
    # Danish, Norwegian and Swedish "kl." (klokken, klockan), Finnish "klo" (kello): "22.
    # april 2023 kl. 14:00", "22.4.2023 klo 14.00"
    r"|kl(?:\.|ockan|okken)?|klo|kello"
    # Indonesian and Malay "pukul" (at ... o'clock): "Sabtu, 31 Mei 2020 pukul 23.59"; and
    # Turkish "saat" (hour), after "günü" (on the day) perhaps: "5 Şubat 2024 saat 09.10'da"
    r"|pukul|(?:günü[ \t]++)?saat|günü"
    # Vietnamese "lúc" (at): "ngày 15/3/2024 lúc 16h30"
    r"|lúc"
    # Romanian "la ora" (at the hour), or "la" alone: "3 martie 2023, la ora 09:20"
    r"|la[ \t]++ora|la|ora"
    # Persian "ساعت" and Arabic "الساعة" (the hour): "1403/11/02 ساعت 09:10"
    r"|ساعت|الساعة"
    # and Polish "o godz." (at the hour of): "9 marca 2024 o godz. 09:10", after the "r."
    # (year) Polish writes after a year: "25 grudnia 2021 r. o godz. 18:00", "r., 18:00"
    r"|(?:r\.,?[ \t]*+)?(?:o[ \t]++godz\.?|godz\.?|o)|r\.,?"
    # ("(5日)4:24": a day in parentheses before its clock)
    r"|[)）]"
    # Russian and Ukrainian: the year's mark "г." or "года" (року), then "в" or "о" (at):
    # "15 сентября 2025 г. в 14:30", "3 березня 2024 року о 09:15"
    r"|(?:(?:г\.|года|року),?[ \t]*+)?(?:в|о|около)|(?:г\.|года|року),?"
    # (and their other parts of the day: "3월 5일 저녁 7시", "5月3日晚上9点15分")
    r"|새벽|아침|저녁|밤|낮|凌晨|早上|清晨|中午|晚上|傍晚|夜里|深夜|当晚|晚間|晚间|夜間|夜间|晚"
    # (and a country's clock named between the two, "2025年5月1日(台灣時間)下午3時": the
    # clock's zone, which CJK_CLOCK_BEFORE gives it)
    r"|[(（]?(?:" + "|".join(sorted((n for n in zones.NATIONAL_CLOCKS if n[0] >= "\u3000"
                                     and " " not in n), key=lambda n: (-len(n), n)))
    + r")[)）]?[ \t]*+(?:" + _CLOCK_NAMED_DAY_PARTS + r")?"
    r")?[ \t]*+"
    # "28 Feb 2017 (~1738)": an approximate clock in parentheses after its date
    r"(?:\(?[ \t]*+(?:approximately|approx\.?|about|around|roughly|circa|ca\.|~))?[ \t]*+"
    # "Dec 16th **12:43**", "Dec 17th `21:44`": the clock emphasised after its date
    r"(?:(?:[*_]{1,2}|`)[ \t]*+)?"
    r"|T|[/.:]"
    # "2022.03.28. 23:30", "28.03.2022. 23:30": a date closed by its dot, then its clock
    r"|\.[ \t]++)",
    re.IGNORECASE,
)
# between a clock (and its zone) and a date after it: ", ", " on ", " (", or a hyphen before a
# month's name ("2:16am ICT-May 31st, 2017"); "on" in French, German and Spanish too ("16h09
# le 28 août", "16:09 Uhr am 28. August", "16:09 el 28 de agosto"); and the part of the day
# the date is told with ("9:08 am PST the morning of March 3rd", "on the evening of May 4",
# "in the evening of March 3"); Italian's and Spanish's "of the" ("alle 4,30 del 12 marzo",
# "a las 10.00 horas del 3 de marzo"),
# or the words that say it is the next day's ("10:38 on the following day, 9 January")
CLOCK_THEN_DATE_GAP = re.compile(r"[ \t]*+(?:,|-(?=[A-Za-z]))?[ \t]*+"
                                 r"(?:(?P<on>(?:(?:on|in)[ \t]++)?the[ \t]++(?:morning|afternoon"
                                 r"|evening|night)[ \t]++of[ \t]++"
                                 # "10:38 on the following day, Tuesday 9 January"
                                 r"|(?:on[ \t]++)?the[ \t]++(?:following|next)[ \t]++day"
                                 r"(?:[ \t]*+,)?[ \t]++"
                                 # "22:20 late on August 18", "9:30 in the evening on May 3"
                                 r"|(?:(?:late|early)[ \t]++|in[ \t]++the[ \t]++(?:morning"
                                 r"|afternoon|evening|night)[ \t]++)on[ \t]++"
                                 # "13.05 uur op 4 maart", "às 13h05 do dia 4 de março"
                                 r"|(?:d[eo]|no|del|el)[ \t]++d[ií]a[ \t]++"
                                 # Vietnamese "ngày" (on the day): "16h30 ngày 15/3/2024"
                                 r"|(?:on|le|am|el|del|op|de|ngày)[ \t]++)"
                                 r"|(?P<paren>\([ \t*_]*+))?",
                                 re.IGNORECASE)
# ("(UTC: Sep 13, 2019 1:00:00 AM)": in parentheses, the zone as a label with its colon)
# ("UTC 时间 06:02", "UTC時間06:02": with the Chinese or Japanese word for "time" between)
# ("KST 14:15", "[JST] 18:30", "CEST 4:00 am": the zones of one reading each, as Asian and
# European notices write them before the clock; not IST or AST, which name several)
ZONE_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?P<open>[(\[])?(?P<abbr>UTC|GMT|[ECMP][SD]T|KST|JST"
                            r"|HKT|SGT|CES?T|EES?T|WES?T|BST|MSK|AE[SD]T|AC[SD]T|AWST|NZ[SD]T"
                            r"|SAST|AK[SD]T)"
                            r"(?(open)(?::[ \t]*+|[ \t]++|\][ \t]*+)"
                            r"|(?:[ \t]*+(?:时间|時間)[ \t]*+|[ \t]++))$")
# a Chinese, Japanese or Korean name of a country's clock right before the time: the names
# zones.NATIONAL_CLOCKS lists in those scripts, the longest first, blanks as written
CJK_CLOCK_BEFORE = LazyPattern(r"(?P<name>" + "|".join(
    r"[ \t]++".join(map(re.escape, name.split()))
    for name in sorted((n for n in zones.NATIONAL_CLOCKS if n[0] >= "\u3000"),
                       key=lambda n: (-len(n), n))) + r")[)）]?[ \t]*+(?:[:：][ \t]*+)?"
    # ("北京时间下午3点", "(台灣時間)下午3時": the part of the day between)
    r"(?:(?:" + _CLOCK_NAMED_DAY_PARTS + r")[ \t]*+)?$")
# an offset written before the stamp it zones: "UTC-5 2025-11-27 09:25", "GMT+2, 10:00"
OFFSET_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?P<base>UTC|GMT)[ \t]?(?P<sign>[+\-\u2212])"
                              r"(?P<h>\d{1,2})" + zones.offset_minutes_pattern("m", "mhalf")
                              + r"?,?[ \t]++$")
# an article right before a clock used as an attribute ("a 9 p.m. update", "the 08:00 UTC
# deploy"), and the noun after it, up to three words before "on" and its date
ARTICLE_BEFORE = LazyPattern(r"(?<![A-Za-z])(?:a|an|the)[ \t]++$", re.IGNORECASE)
NOUN_BEFORE_ON = LazyPattern(r"(?:[ \t]++(?!on(?![A-Za-z]))[A-Za-z][A-Za-z-]{1,19}){1,3}"
                             r"(?=[ \t]++on[ \t])", re.IGNORECASE)
YEAR_AFTER_RE = re.compile(r"[ \t]++(?P<y>(?:19|20)\d{2})(?![\d:])")
RANGE_GAP = re.compile(
    # "14:05_14:40": two clocks joined by an underscore alone, as a dash
    r"(?P<under>_)|"
    # "**23:05 UTC** to **00:30 UTC**": each end emphasised on its own, the gap between the
    # closing and the opening marks
    r"(?:\*{1,2}|_{1,2})?"
    # "17時49分頃から19時00分頃まで", "15시 30분경부터": the start's "about" in Japanese,
    # Chinese or Korean, after it
    r"(?:[ \t]*+(?:頃|ごろ|前後|左右|쯤|경))?"
    # "from 2:00 in the morning to 8:30 in the evening", "de 02:00 du matin à 20:30", "von
    # 02:00 Uhr morgens bis 20:30 Uhr": the start's part of the day, before the joining word
    r"(?:[ \t]++(?:in[ \t]++the[ \t]++(?:morning|afternoon|evening)|at[ \t]++night"
    # ("from 7 this morning until 2 in the afternoon")
    r"|(?:this|that)[ \t]++(?:morning|afternoon|evening)|last[ \t]++night"
    r"|du[ \t]++(?:matin|soir)|de[ \t]++l['’]apr[eè]s-midi|de[ \t]++la[ \t]++(?:nuit|mañana|tarde"
    r"|noche)|da[ \t]++(?:manhã|tarde|noite)|morgens|früh|vormittags|nachmittags|abends"
    r"|nachts)(?![^\W\d_]),?)?"
    # ("11:00〜12:00": Japanese writes the wave dash, or its full-width tilde)
    # ("22:00 .. 05:00": two dots, as ranges are written in code)
    r"[ \t]*+(?:(?P<dash>-{1,2}>?|–|—|~|～|〜|→|\.\.(?!\.))"
    # ("between 21:49 PDT on July 10, 2019, and 16:08 PDT on July 11": a comma before "and"
    # closes the first end's date)
    # ("between 08:00 UTC and until 13:20 UTC": "and" doubled by "until")
    # ("from 9:00 upto 11 am", as Indian English writes it)
    r"|(?P<comma>,[ \t]*+)?(?P<word>to|until|till|upto|up[ \t]++to|through[ \t]++to|through|thru"
    # ("starting around 12:30 and lasting until 13:20": the verb of its lasting between)
    r"|and(?:[ \t]++(?:(?:lasting|lasted|continuing|continued|running|ran)[ \t]++)?"
    r"(?:until|till|up[ \t]++to))?"
    r"|&)"
    r"(?:[ \t]++the)?"
    # "de 14h05 à 15h10", "von 10:00 bis 12:30", "de 10:00 a 12:00", "das 9h às 11h", "entre
    # 9h et 10h30", "zwischen 8 und 9 Uhr", "van 10:00 tot 12:00", "dalle 10:00 alle 12:00",
    # "od 10:00 do 12:00", "с 14:00 до 15:30", "между 9:00 и 10:30": the other languages'
    # words for "to" and "and"
    # ("14:00から15:30まで", "14:00부터 15:30까지", "14:00至15:30": Japanese, Korean, Chinese;
    # "오후 4시에서 5시로", "10시에서 11시 사이": Korean's "from" after the first time too)
    # (Vietnamese "từ 16h30 đến 18h00")
    # (Romanian "de la ora 10:05 la ora 11:50")
    # ("de 12h30 jusqu'à 13h20", "aux alentours de 12h30 et jusqu'à 13h20": French "until")
    r"|(?P<foreign>(?:et[ \t]++)?jusqu['’](?:à|au)"
    r"|bis|à|au|a|às|as|até|hasta|al|et|und|y|e|tot|alle|alla|do|до|и|і|đến"
    r"|la[ \t]++ora|la"
    r"|から|부터|에서|至|到)"
    r"(?:[ \t]++(?:las|la|les|los|lo|le|as|às))?)"
    r"[ \t]*+(?:\*{1,2}|_{1,2})?"
    r"(?:approximately|approx\.?|about|around|roughly|~)?[ \t]*+"
    # "오전 2:27 ~ 오전 4:03", "午後1:10～午後3:00": the end's own morning or afternoon word
    r"(?:(?:오전|오후|午前|午後|上午|下午|새벽|아침|저녁|밤|낮|凌晨|早上|清晨|中午|晚上|傍晚|夜里"
    r"|深夜|晚間|晚间)[ \t]*+"
    # ("AM10:00～PM3:00": the end's AM or PM glued before its clock)
    r"|(?-i:AM|PM))?"
    # "from 12:00 am to Friday 6:00 am": the end's weekday, its date the next such day
    r"(?:(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\.?,?[ \t]++)?",
    re.IGNORECASE,
)
APPROX_BEFORE = re.compile(
    r"(?:approximately|approx\.?|about|around|roughly|circa|nearly|almost|~|≈)[ \t]*+$",
    re.IGNORECASE,
)
# the last characters of APPROX_BEFORE's words, "approximately" to "≈" (lower case)
_APPROX_ENDS = "yx.tda~≈"


def _approx_before(line: str, start: int) -> bool:
    """APPROX_BEFORE's search of the 16 characters before `start`, made only when the last
    of them but blanks can end one of its words (its IGNORECASE search is tried at each)."""
    lo = max(0, start - 16)
    last = line[lo:start].rstrip(" \t")[-1:]
    return last != "" and last.lower() in _APPROX_ENDS \
        and APPROX_BEFORE.search(line, lo, start) is not None


def _approx_inside(line: str, start: int, end: int) -> bool:
    """APPROX_INSIDE's search between a date and its clock, made when the text there, folded,
    holds one of its words (its IGNORECASE search tries every position)."""
    between = line[start:end]
    between = between.lower() if between.isascii() else fold(between)
    return ("~" in between or "approx" in between or "about" in between or "around" in between
            or "roughly" in between or "circa" in between) \
        and APPROX_INSIDE.search(line, start, end) is not None


# "10:05 (approx.)", "10:05ish", "10:05 UTC, roughly": the mark written after the time
APPROX_AFTER = re.compile(r"(?:-?ish|[ \t]*+[(,]?[ \t]*+(?:approx\.?|approximately|roughly"
                          r"|estimated)(?![A-Za-z])\)?)", re.IGNORECASE)
APPROX_INSIDE = re.compile(r"approximately|approx|about|around|roughly|circa|~", re.IGNORECASE)
BETWEEN_INSIDE = LazyPattern(r"(?<![A-Za-z])between(?![A-Za-z])", re.IGNORECASE)
BETWEEN_BEFORE = LazyPattern(r"between[ \t]++(?:the[ \t]++hours?[ \t]++of[ \t]++)?"
                             # ("between as early as 08:00 and 13:20", a hedged start)
                             r"(?:as[ \t]++early[ \t]++as[ \t]++)?"
                             r"(?:approximately|about|around|roughly|circa|~)?[ \t]*+$"
                             r"|between$", re.IGNORECASE)
# "changed from 15:06 to 15:04", "rescheduled the window from Friday to Monday": a value
# corrected or moved, its old and new values, not a span from one to the other ("delayed
# from 21:00 to 10:45" tells how long something waited: a span)
CHANGED_FROM = LazyPattern(r"(?<![A-Za-z])(?:chang|correct|mov|reschedul|amend|adjust|revis"
                           r"|postpon|shift|brought[ \t]++forward|pushed[ \t]++back"
                           r"|pulled[ \t]++in)[a-z]{0,3}(?![A-Za-z])[^.;!?\n]{0,30}?"
                           r"(?<![A-Za-z])from[ \t]*+$", re.IGNORECASE)
CHANGE_WORDS = ("chang", "correct", "mov", "reschedul", "amend", "adjust", "revis", "postpon",
                "shift", "forward", "back", "pulled")
# An ordered list item's marker ("1. ", "12) ", "> 3. ", "- 1. "): the item's number, never
# a day ("1. Apr 5, 2021 3:53 AM" is item 1 on April 5th, not "1 Apr").
ORDERED_MARKER_RE = re.compile(r"[ \t]*+(?:>[ \t]*+){0,3}(?:[-*+][ \t]++)?"
                               r"(?:\d{1,3}[.)]|([*_]{1,2})\d{1,3}[.)]\1)[ \t]++")


def scan_document_line(line: str, hour_log: bool = False, spaced_log: bool = False,
                       prose_hours: bool = False) -> list[TimeExpr]:
    """`scan` for a line of a Markdown document, where a line opening with "1. " or "3) " is
    an ordered list item: its marker is blanked (columns stay those of `line`). A phrase read
    alone (`pmlint when "7. April"`) keeps the German day. `hour_log`: the line is one of a
    run of lines opening with colon-less times (see `scan`); `spaced_log`: one of a timeline's
    run of lines opening with a dotted or colon-less time and a word ("10.45 paged");
    `prose_hours`: the document tells its times colon-less in sentences ("At 1441 the
    controller ...", see `writes_prose_hours`)."""
    marker = ORDERED_MARKER_RE.match(line) if _opens_with_a_number(line) else None
    if marker is not None and not _is_a_dotted_day(line, marker):
        line = " " * marker.end() + line[marker.end():]
    return scan(line, hour_log, spaced_log, prose_hours)


# After a "22." that opens a line, a month's name or number and a year: "22. april 2023 kl.
# 14:00", "1. März 2024, 09:12 Uhr", "28. 3. 2022 23:30"
_MONTH_THEN_YEAR = re.compile(r"(?:(?P<month>[^\W\d_]{3,10})\.?,?[ \t]++|[0-9]{1,2}\.[ ]?)"
                              r"(?:19|20)[0-9]{2}(?![0-9])")


def _is_a_dotted_day(line: str, marker: re.Match[str]) -> bool:
    """Whether an ordered list item's marker ("22. ") is the day of a date written day first
    with its dot, as German, Czech and the Nordic languages write it: a month's name or number
    and a year follow ("22. april 2023", "28. 3. 2022"). An item's number stands before a
    month and its day ("1. Apr 5, 2021")."""
    number = line[:marker.end()].rstrip(" \t")
    if not number.endswith(".") or not 1 <= int(number.lstrip(" \t>-*+_")[:-1] or 0) <= 31:
        return False
    after = _MONTH_THEN_YEAR.match(line, marker.end())
    return after is not None and (after.group("month") is None
                                  or grammar.is_month_name(after.group("month")))


def _opens_with_a_number(line: str) -> bool:
    """Cheap test before ORDERED_MARKER_RE: only blanks and the marks of quotes, bullets and
    emphasis stand before an item's number, so the first other character is a digit."""
    return line.lstrip(" \t>-*+_")[:1].isdigit()


FULL_WIDTH_CLOCK_COLON = re.compile(r"(?<=\d)：(?=[0-5]\d)")
# "今(10)日", "昨（18）日": "today (the 10th)", "yesterday (the 18th)", as Taiwanese news and
# notices write the day; read as "10日" (its day of the month), the columns kept
# (only right before its clock, where the grammar reads a day of the month alone: "cjk_day")
CJK_TOLD_DAY = re.compile(r"[今昨前明][(（]([0-9]{1,2})[)）]日"
                          r"(?=[ \t]?(?:午前|午後|上午|下午|凌晨|早上|清晨|中午|傍晚|晚上|晚間|晚间"
                          r"|夜間|夜间|夜里|深夜|晚)?[ \t]?[0-9]{1,2}(?:[時时点點]|:[0-5][0-9]))")


def _told_day(m: re.Match[str]) -> str:
    return f"  {m.group(1)}日 "


# "10 :21 :14", "08 :05": French typography's blank before a colon, between a clock's parts;
# read as "10:21:14", right-aligned in the same columns (`_compact_clock`)
SPACED_COLON_CLOCK = re.compile(r"(?<![\d:])([01]?\d|2[0-3])[ \u00a0\u202f]:([0-5]\d)"
                                r"(?:[ \u00a0\u202f]:([0-5]\d))?(?![\d:])")


def _read_rewritten(line: str, pattern: re.Pattern[str],
                    rewrite: Callable[[re.Match[str]], str], flags: tuple[bool, bool, bool]
                    ) -> list[TimeExpr] | None:
    """`scan` of `line` with each match of `pattern` rewritten in its own columns (blanks
    before what is read), each expression as the author wrote it; None if nothing matched."""
    opens: dict[int, int] = {}  # where a rewritten text starts -> where its match started

    def one(m: re.Match[str]) -> str:
        text = rewrite(m)
        opens[m.start() + len(text) - len(text.lstrip())] = m.start()
        return text

    rewritten = pattern.sub(one, line)
    if not opens:
        return None
    return [_as_written(e, line, opens) for e in scan(rewritten, *flags)]


def _as_written(expr: TimeExpr, line: str, opens: dict[int, int]) -> TimeExpr:
    """`expr`, read from a line rewritten in the same columns, as the author wrote it in
    `line`: from where its rewritten start (`opens`' keys) opens there, its range's end too."""
    start = opens.get(expr.start, expr.start)
    end = None if expr.range_end is None else _as_written(expr.range_end, line, opens)
    return replace(expr, start=start, written=line[start:expr.end], range_end=end)


def _compact_clock(m: re.Match[str]) -> str:
    clock = ":".join(part for part in m.groups() if part is not None)
    return clock.rjust(m.end() - m.start())


# "kl.15.18", "Kl.9", "godz.14:30": the Nordic "o'clock" or the Polish "hour" glued to the
# clock by its abbreviation's dot, as hurried posts type it; read as "kl 15.18" (the dot
# becomes a blank, the columns stay)
GLUED_CLOCK_WORD = re.compile(r"(?<![^\W\d_])([Kk]l|godz)\.(?=\d{1,2}(?:[.:]\d\d)?(?!\d|[.:]\d))")


def scan(line: str, hour_log: bool = False, spaced_log: bool = False,
         prose_hours: bool = False) -> list[TimeExpr]:
    """Every time expression in `line`, ranges folded into their start expression. In an
    `hour_log` (lines opening "1845 - ...", "1930 - ...", "2015 - ...") a 19xx or 20xx
    opening the line is a time too, not a year. In a `spaced_log` a dotted or colon-less
    time opening the line needs no separator after it ("10.45 paged")."""
    if "：" in line:  # "14：02": a full-width colon between the hour and the minutes, as
        line = FULL_WIDTH_CLOCK_COLON.sub(":", line)  # Chinese and Japanese type it
    if "l." in line or "z." in line:
        line = GLUED_CLOCK_WORD.sub(r"\1 ", line)
    flags = (hour_log, spaced_log, prose_hours)
    if (" :" in line or "\u00a0:" in line or "\u202f:" in line) \
            and (read := _read_rewritten(line, SPACED_COLON_CLOCK, _compact_clock, flags)) \
            is not None:
        return read
    if "日" in line and ("(" in line or "（" in line) \
            and (read := _read_rewritten(line, CJK_TOLD_DAY, _told_day, flags)) is not None:
        return read
    if not _may_hold_time(line):
        return []
    clocks, weak = _clocks(line, hour_log, spaced_log, prose_hours)
    if len(clocks) > MAX_TIMES:  # the document will be refused: skip the costlier passes
        return _combine(line, clocks, [], weak)
    dates = _dates(line)
    if ("20" in line or "19" in line) and (compact := _compact_dates(line)):
        dates = sorted(dates + compact, key=lambda item: item[0])
    exprs = _combine(line, clocks, dates, weak)
    if "T" in line:
        exprs = _broken_iso_dates(line, exprs)
    if "_" in line or "." in line:
        # ("7:05pm_7:30pm": an underscore between two times joins a range, no name)
        paired = {e.end for e in exprs} & {e.start - 1 for e in exprs}
        exprs = [e for e in exprs if e.end in paired or e.start - 1 in paired
                 or not _in_a_name(line, e.start, e.end)]
    if "/" in line and exprs:
        exprs = [e for e in exprs if not _in_a_path(line, e.start, e.end)]
    return _ranges(line, exprs)


_TOKEN_BREAKS = " \t\"'()<>[]"


def _in_a_path(line: str, start: int, end: int) -> bool:
    """The time is a part of a path or a web address, slashes on both sides of it in one
    unbroken run of characters ("/assets/blog/2025-10-24-october-report/cover.png",
    "https://status.example.com/2024/03/01/outage"), right after a slash ("notes/2025-11-03")
    unless a wiki sub-page's title opens the line with it ("Incidents/2019-06-24 wdqs"), or
    anywhere in a web address after its scheme ("https://example.com/s/k3x/2016-07-28%2019.28.43.mp4",
    "...?from=2024-03-05T10:00"): a name, no moment."""
    opening = max(line.rfind(c, 0, start) for c in _TOKEN_BREAKS) + 1
    before = line[opening:start]
    if "/" not in before:
        return False
    if "://" in before:
        return True
    if before.endswith("/") and line[start:start + 4].isdigit() \
            and _word_then_slash(before) and not _sub_page_title(line, opening, before):
        return True  # "see notes/2025-11-03 for details"; not a title "Incidents/2019-06-24 x"
    closing = min((i for i in (line.find(c, end) for c in _TOKEN_BREAKS) if i >= 0),
                  default=len(line))
    return "/" in line[end:closing]


def _word_then_slash(before: str) -> bool:
    """`before` ends with a word's letter and a slash ("notes/"), not an ISO interval's
    "Z/" after a clock's digit ("2024-06-30T23:00Z/")."""
    return before[-2:-1].isalpha() and not (before[-2] == "Z" and before[-3:-2].isdigit())


def _sub_page_title(line: str, opening: int, before: str) -> bool:
    """The date's token opens the line with a capitalised word and a slash, as a wiki's
    sub-page title does: "Incidents/2019-06-24 wdqs"."""
    return before[:1].isupper() and before[:-1].isalpha() \
        and not line[:opening].strip(" \t#*_")


# a file's extension right after a date or time: "alert_watcher_2026-07-16.log"
FILE_EXTENSION = LazyPattern(r"\.(?:log|txt|tar|tgz|gz|zip|json|csv|md|ya?ml|sql|bak|dump"
                             r"|png|jpe?g|pdf|html?|xml|out|err)(?![A-Za-z0-9])", re.IGNORECASE)


def _in_a_name(line: str, start: int, end: int) -> bool:
    """The time is part of a name: an identifier that joins it with an underscore to a
    letter or digit ("circuit_breaker_force_close_15:15", "backup_2024-03-01_0230"), or a
    file's name that it ends before the extension ("alert_watcher_2026-07-16.log")."""
    return (start >= 2 and line[start - 1] == "_" and line[start - 2].isalnum()) \
        or (line[end:end + 1] == "_" and line[end + 1:end + 2].isalnum()) \
        or (line[end:end + 1] == "." and FILE_EXTENSION.match(line, end) is not None)


# An ISO stamp's date with a digit too many, glued by its "T" to the clock read after it:
# "2021-03-097T16:00:00Z" (the 14 characters before the "T", searched from their end)
BROKEN_ISO = LazyPattern(r"(?<![0-9-])(?P<y>[0-9]{4,5})-(?P<m>[0-9]{1,3})-(?P<d>[0-9]{1,4})$")


def _broken_iso_dates(line: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """A clock right after an ISO date pmlint could not read ("2021-03-097T16:00Z") is not
    a time of whatever day came before: the stamp is read whole, its date marked impossible
    (invalid-time says so), so no day is carried onto it silently."""
    out: list[TimeExpr] = []
    for expr in exprs:
        if expr.date is None and expr.clock is not None and expr.start >= 9 \
                and line[expr.start - 1] == "T":
            m = BROKEN_ISO.search(line, max(0, expr.start - 15), expr.start - 1)
            if m is not None and (len(m.group("y")) > 4 or len(m.group("m")) > 2
                                  or len(m.group("d")) > 2):
                written = m.group(0)
                part, value = ("day", m.group("d")) if len(m.group("d")) > 2 else \
                    ("month", m.group("m")) if len(m.group("m")) > 2 else ("year", m.group("y"))
                expr = replace(expr, start=m.start(), written=line[m.start():expr.end],
                               date=DateParts(None, None, None, None, written, oddities=(
                                   f"its {part} {value} has a digit too many",)))
        out.append(expr)
    return out


def _may_hold_time(line: str) -> bool:
    """Cheap prefilter: every expression holds a digit, the words noon/midnight, an ordinal
    day in words ("March third"), an hour in words before o'clock ("ten o'clock", "zehn
    Uhr"), or a template's "HH:mm" placeholder."""
    if has_ascii_digit(line) if line.isascii() else DIGIT_RE.search(line) is not None:
        return True
    lower = line.lower()
    return ("noon" in lower or "midnight" in lower or "midday" in lower
            or _names_a_foreign_noon(lower) or "HH:" in line
            or _may_hold_a_chinese_hour(line) or "--:--" in line or "XX:XX" in line
            or (("clock" in lower or "uhr" in lower) and WORD_HOUR_RE.search(line) is not None)
            or (grammar.has_month_name(lower) and DAY_WORD_RE.search(lower) is not None))


def _may_hold_a_chinese_hour(line: str) -> bool:
    """Whether the line holds a character CN_CLOCK_RE's hours end with (时, 点, 時, 點)."""
    return not line.isascii() and ("时" in line or "点" in line or "時" in line or "點" in line)


def _chinese_number(text: str) -> int:
    """二十三 → 23, 十一 → 11, 十 → 10, 零五 → 5, 八 → 8."""
    if "十" in text:
        tens, _, units = text.partition("十")
        return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)
    return sum(_CN_DIGITS[c] * 10 ** i for i, c in enumerate(reversed(text)))


def _chinese_numeral_clocks(line: str) -> list[tuple[int, int, Clock]]:
    """The clocks CN_CLOCK_RE reads on a line, each with the half of the day its part-of-day
    word gives it."""
    found = []
    for m in CN_CLOCK_RE.finditer(line):
        part = m.group("part")
        if part is None and m.group("m") is None and m.group("half") is None \
                and m.group("quarter") is None and m.group("about") is None:
            continue
        hour = _chinese_number(m.group("h"))
        minute = 30 if m.group("half") else _chinese_number(m.group("m")) if m.group("m") \
            else (15 if m.group("quarter")[0] == "一" else 45) if m.group("quarter") else 0
        if hour > 23 or minute > 59:
            continue
        start = m.start("h")
        clock = Clock(hour, minute, None, None, line[start:m.end()])
        if part is not None and 1 <= hour <= 12:
            clock = _with_meridiem(clock, KO_MERIDIEM[part])
        found.append((start, m.end(), clock))
    return found


def _names_a_foreign_noon(lower: str) -> bool:
    """Whether a lower-cased line holds one of FOREIGN_NOON_RE's words."""
    return ("mezz" in lower or "midi" in lower or "minuit" in lower or "mediod" in lower
            or "medianoche" in lower or "mitternacht" in lower or "meio-dia" in lower
            or "meia-noite" in lower or "middernacht" in lower)


# --- clocks -------------------------------------------------------------------------------

def _clocks(line: str, hour_log: bool = False, spaced_log: bool = False,
            prose_hours: bool = False) -> tuple[list[tuple[int, int, Clock]], frozenset[int]]:
    """The clocks on the line, and the starts of the weak ones that still need a date."""
    found: list[tuple[int, int, Clock]] = []
    weak: set[int] = set()
    # the words for a part of the day are looked for once a line, not once a clock: the
    # Korean, Japanese and Chinese ones are none of an ASCII line's; the English ones, few
    # lines hold (None: not looked for yet)
    cjk = not line.isascii()
    day_part: bool | None = None
    # Past MAX_TIMES the document is refused, so a hostile line is not read to its end.
    for m in islice(_clock_matches(line), MAX_TIMES + 1):
        clock = _clock_from_match(m)
        if clock is None:
            continue
        if clock.hour == clock.minute == 20 and clock.meridiem is None \
                and TWENTY_TWENTY_IDIOM.match(line, m.end()) is not None:
            continue  # "with 20:20 hindsight", "20:20 vision": a saying, no time of day
        if clock.meridiem is None and HOURS_LATER_AFTER.match(line, m.end()) is not None:
            continue  # "05:35 horas más tarde", "2:30 hours later": a length, counted on
        if clock.meridiem is None and ":" in clock.written and _told_as_a_length(line, m):
            continue  # "dauerte 3:15 Stunden", "lasted 2:30 hours": a length, no time
        if clock.meridiem is None and 0 <= clock.hour <= 12:
            # a part of the day after a clock opening its line counts too ("9:15 on the
            # evening of March 3, the pager fired"); the words before one need room
            # ("午前0時54分" is 00:54 as said, "午後0時" noon: hour 0 only after such a word)
            said = _day_word_before(line, m.start()) if cjk and m.start() >= 1 else None
            if said is None and m.start() >= 2:
                said = _latin_meridiem_before(line, m.start(), cjk)
            if said is None and clock.hour:
                if day_part is None:
                    day_part = _names_a_day_part(line)
                if day_part:
                    said = _day_part_around(line, m.start(), m.end(), clock.hour)
            if said is not None:
                clock = _with_meridiem(clock, said)  # "오후 2:27": 14:27; "밤 12시": 00:00
        if m.lastgroup == "gio":
            if HOUR_ARTICLE_BEFORE.search(line, max(0, m.start() - 20), m.start()) is None:
                continue  # "kéo dài 2 giờ 30 phút": how long, not when
        elif m.lastgroup in ("comma24", "dot3"):
            if not _said_to_be_a_clock(line, m):
                continue  # "4,30 euro", "on May 3, 12,50 requests": a number; "07.11.23 -
                # 0940 Uhr": a date, which no range with the clock after it makes a clock
        elif m.lastgroup in WEAK_SHAPES and not _opens_entry(line, m, hour_log, spaced_log) \
                and not _said_to_be_a_clock(line, m) \
                and not (prose_hours and _told_hour(line, m)):
            weak.add(m.start())
        found.append((m.start(), _trim_end(line, m.start(), m.end()), clock))
    clocks = len(found)
    folded = fold(line)  # NOON_RE needs one of its words: most lines have none
    if "noon" in folded or "mid" in folded:
        for m in NOON_RE.finditer(line):
            word = m.group("word").lower()
            hour = 0 if word.endswith("midnight") else 12
            found.append((m.start("word"), m.end() if m.group("open") else m.end("word"),
                          Clock(hour, 0, None, None, m.group("word"))))
    if _may_hold_a_chinese_hour(line):
        found.extend(_chinese_numeral_clocks(line))
    if "clock" in folded or "uhr" in folded:
        for m in WORD_HOUR_RE.finditer(line):
            if _a_title(line, m):
                continue  # "BBC One's One O'Clock News": a programme's name
            said = m.group("word")
            hour = _HOUR_WORDS[said.lower()] if said else int(m.group("digits"))
            clock = Clock(hour, 0, None, None, m.group(0))
            if _names_a_day_part(line) \
                    and (part := _day_part_around(line, m.start(), m.end(), hour)) is not None:
                clock = _with_meridiem(clock, part)  # "eight o'clock in the evening": 20:00
            found.append((m.start(), m.end(), clock))
    if ("morning" in folded or "afternoon" in folded or "evening" in folded
            or "night" in folded):
        taken = {f[0] for f in found}
        for m in BARE_HOUR_DAY_PART.finditer(line):
            # "at 6 this morning", "until 2 in the afternoon", "around 10 last night": an
            # hour alone, the part of the day after it giving its half
            hour = int(m.group("h"))
            after = DAY_PART_AFTER.match(line, m.end("h"))  # (the lookahead's words: its own
            # part of the day, not one told before it, "from 7 this morning until 2 ...")
            said = None if after is None else (after.group("part") or after.group("tonight"))
            meridiem, hours = _DAY_PARTS[said.lower()] if said else ("", ())
            part = meridiem if hour in hours else None
            if part is not None and m.start("h") not in taken:
                found.append((m.start("h"), m.end("h"),
                              _with_meridiem(Clock(hour, 0, None, None, m.group("h")), part)))
    if _names_a_foreign_noon(folded):
        for m in FOREIGN_NOON_RE.finditer(line):
            word = m.group("word").lower()
            hour = 0 if word in _FOREIGN_MIDNIGHTS else 12
            found.append((m.start("word"), m.end("word"),
                          Clock(hour, 0, None, None, m.group("word"))))
    if len(found) > clocks:
        # the clocks came in the line's order (matches never overlap); the words, after them
        found.sort(key=lambda item: item[0])
    if "past" in folded or "quarter" in folded or "min" in folded or "twenty" in folded:
        found = [_counted_from_the_hour(line, *item) for item in found]
    return found, frozenset(weak)


# a capitalised word after a title-case "O'Clock" ("The One O'Clock News", "Six O'Clock
# Show"): a name, unless a weekday or a month
TITLE_AFTER = LazyPattern(r"[ \t]++(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                          r"|(?:jan|febr)uary|march|april|may|june|july|august|september"
                          r"|october|november|december)(?-i:[A-Z][a-z]++)", re.IGNORECASE)


def _a_title(line: str, m: re.Match[str]) -> bool:
    """The hour is a name's: "O'Clock" written in title case, a capitalised word after it."""
    written = m.group(0)
    return ("O'Clock" in written or "O’Clock" in written) \
        and TITLE_AFTER.match(line, m.end()) is not None


# "a quarter past 3pm", "half past 14:00", "20 minutes to 2pm", "twenty after 3pm", "10 past
# 9": a clock told from the whole hour it is counted from. "After", "before" and "to" count
# only with "minutes" or a minute's word ("rose to 50 after 3pm" counts requests).
COUNTED_FROM_HOUR = LazyPattern(
    r"(?<![\w-])(?:(?P<quarter>(?:a[ \t]++)?quarter)[ \t]++(?P<qrel>past|after|to|before|of|til)"
    r"|(?P<half>half)[ \t]++past"
    r"|(?P<n>[1-5]?[0-9])[ \t]++(?:(?P<mins>min(?:ute)?s?)[ \t]++(?P<mrel>past|after|to|before"
    r"|til)|past)"
    r"|(?P<word>five|ten|twenty|twenty-five)[ \t]++(?:min(?:ute)?s?[ \t]++)?"
    r"(?P<wrel>past|after|to|before|til))l?[ \t]++$", re.IGNORECASE)
_MINUTE_WORDS = {"five": 5, "ten": 10, "twenty": 20, "twenty-five": 25}


def _counted_from_the_hour(line: str, start: int, end: int,
                           clock: Clock) -> tuple[int, int, Clock]:
    """The clock a whole hour's clock stands for with the minutes counted from it before
    it ("a quarter to 3pm" is 14:45), and where that expression starts; else as found."""
    if clock.minute or clock.second or start < 5:
        return start, end, clock
    m = COUNTED_FROM_HOUR.search(line, max(0, start - 30), start)
    if m is None:
        return start, end, clock
    if m["quarter"]:
        minutes, rel = 15, m["qrel"]
    elif m["half"]:
        minutes, rel = 30, "past"
    elif m["word"]:
        minutes, rel = _MINUTE_WORDS[m["word"].lower()], m["wrel"]
    else:
        minutes, rel = int(m["n"]), m["mrel"] or "past"
    if not 0 < minutes < 60:
        return start, end, clock
    earlier = rel.lower() in ("to", "before", "of", "til")
    told = clock.hour * 60 + (-minutes if earlier else minutes)
    if not 0 <= told < 24 * 60:
        return start, end, clock  # "a quarter to midnight": the day before, unsaid
    meridiem = clock.meridiem if clock.meridiem is None \
        or (told >= 12 * 60) == (clock.meridiem == "pm") else None
    return m.start(), end, replace(clock, hour=told // 60, minute=told % 60, meridiem=meridiem,
                                   written=line[m.start():end])


def _clock_matches(line: str) -> Iterator[re.Match[str]]:
    """CLOCK_RE.finditer(line), CLOCK_RE tried only where CLOCK_STARTS says a clock may start
    (starts.py): the first digit of each number, not every character of the line."""
    # map calls Match.start in C: a generator expression ran a Python frame for each start
    if line.isascii():
        return matches_at(ASCII_CLOCK_RE, map(re.Match.start, ASCII_CLOCK_STARTS.finditer(line)),
                          line)
    return matches_at(CLOCK_RE, map(re.Match.start, CLOCK_STARTS.finditer(line)), line)


def _opens_entry(line: str, m: re.Match[str], hour_log: bool = False,
                 spaced_log: bool = False) -> bool:
    """A colon-less or dotted clock that opens the line, with a separator after it:
    "- 1625 - paged", "**0233:** rollback", "09.15 | failover"; in a `spaced_log` a space
    and a word do ("- 10.45 delays start")."""
    if m.lastgroup == "hour_h" or (m.lastgroup == "dot24" and len(m.group("dot24_h")) != 2
                                   and not spaced_log):
        return False  # ("- 8.05 alerts fire" only in a run of such lines under a timeline)
    if m.lastgroup == "colonless" and m.group("colonless_h") in ("19", "20") and not hour_log:
        return False  # "- 2019 - we migrated": a year, more likely than 20:19
    lead = WEAK_LEAD_RE.match(line)
    if lead is None or lead.end() != m.start():
        return False
    end = m.end()
    if WEAK_TAIL_RE.match(line, end) is not None:
        return True
    # "0745<TAB>batch starts", "0812  job fails": a column gap, as plain-text logs align
    # their times; "- 0830 BST on-call paged": a zone written after it
    if spaced_log and line[end:end + 1] == " " and line[end + 1:end + 2].isalpha():
        return True
    return line.startswith(("\t", "  "), end) or (
        line[end:end + 1] == " " and ZONE_WORD_RE.match(line, end + 1) is not None
        and _zone_after(line, end)[0] is not None)


def _one_digit_dotted_clock(line: str, m: re.Match[str]) -> bool:
    """"At 9.15", "shortly after 8.05", "9.15 BST": a dotted time with a one-digit hour, in
    English, where the word before it puts a time after it or a zone follows it, and nothing
    after it makes the number an amount, a length or a rate."""
    if ZONE_AFTER_A_BLANK.match(line, m.end()) is not None \
            or ONE_DIGIT_RANGE_AFTER.match(line, m.end()) is not None:
        return True
    return EN_ONE_DIGIT_AT_BEFORE.search(line, max(0, m.start() - 28), m.start()) is not None \
        and _no_amount_after(line, m.end()) and RATE_AFTER.match(line, m.end()) is None


def _no_amount_after(line: str, end: int) -> bool:
    """Nothing right after a dotted number makes it an amount or a length ("12.50 kr",
    "1.25 seconds")."""
    return AMOUNT_AFTER.match(line, end) is None and LENGTH_AFTER.match(line, end) is None


def _said_to_be_a_clock(line: str, m: re.Match[str]) -> bool:
    """A dotted or one-digit "h" number the words around it make a clock wherever it stands:
    "gegen 10.30 Uhr", "7.30 Uhr" (German "o'clock" after it), "à 9h12", "vers 8h30" (a
    French "at" or "towards" before it; "une panne de 1h30" stays a length), "desde las
    11.00" (the Spanish or Portuguese article of the hour before it)."""
    if m.lastgroup == "comma24":
        # "alle 4,30", "a las 4,30 horas": only the Italian or Spanish words make it a clock
        return _after_italian_at(line, m) or _spanish_hours(line, m)
    if m.lastgroup == "dot3":
        # "pukul 11.45.09 WIB", "um 14.05.30 Uhr", "at 11.45.09 UTC": a word that puts a time
        # before it, or its zone or "Uhr" after it
        return KL_BEFORE.search(line, max(0, m.start() - 10), m.start()) is not None \
            or JAM_BEFORE.search(line, max(0, m.start() - 4), m.start()) is not None \
            or EN_AT_BEFORE.search(line, max(0, m.start() - 20), m.start()) is not None \
            or AT_HOUR_BEFORE.search(line, max(0, m.start() - 16), m.start()) is not None \
            or UHR_AFTER.match(line, m.end()) is not None \
            or ZONE_AFTER_A_BLANK.match(line, m.end()) is not None \
            or YEAR_JUST_BEFORE.search(line, max(0, m.start() - 12), m.start()) is not None
    if m.lastgroup == "dot24":
        # "gegen 10.30 Uhr"; "Update 20.55:", "at approx. 12.30", "until 09.50": a word that
        # puts a time after it, and nothing after it that makes the number an amount
        return _after_italian_at(line, m) or UHR_AFTER.match(line, m.end()) is not None \
            or KL_BEFORE.search(line, max(0, m.start() - 10), m.start()) is not None \
            or (JAM_BEFORE.search(line, max(0, m.start() - 4), m.start()) is not None
                and JAM_TAIL.match(line, m.end()) is not None) \
            or _spanish_hours(line, m) \
            or (HOUR_ARTICLE_BEFORE.search(line, max(0, m.start() - 20), m.start()) is not None
                and AMOUNT_AFTER.match(line, m.end()) is None) \
            or (len(m.group("dot24_h")) == 1 and _one_digit_dotted_clock(line, m)) \
            or (NORDIC_AT_BEFORE.search(line, max(0, m.start() - 12), m.start()) is not None
                and _no_amount_after(line, m.end())) \
            or (len(m.group("dot24_h")) == 2
                and AT_HOUR_BEFORE.search(line, max(0, m.start() - 16), m.start()) is not None
                and AMOUNT_AFTER.match(line, m.end()) is None) \
            or (
            len(m.group("dot24_h")) == 2
            and EN_AT_BEFORE.search(line, max(0, m.start() - 20), m.start()) is not None
            and AMOUNT_AFTER.match(line, m.end()) is None) or (
            len(m.group("dot24_h")) == 2
            and EN_AS_OF_BEFORE.search(line, max(0, m.start() - 8), m.start()) is not None
            and AMOUNT_AFTER.match(line, m.end()) is None
            and LENGTH_AFTER.match(line, m.end()) is None)
    if m.lastgroup == "hsep1":
        # "à 9h12"; "às 9h05", "até às 1h30": the French "at", or the Portuguese article;
        # "arrived at 8H20": the English "at" (a length is "for 1h30", "about 1h30")
        return FRENCH_AT_BEFORE.search(line[max(0, m.start() - 20):m.start()]) is not None \
            or _since_that_day(line, m) \
            or HOUR_ARTICLE_BEFORE.search(line, max(0, m.start() - 20), m.start()) is not None \
            or PT_AT_BEFORE.search(line, max(0, m.start() - 20), m.start()) is not None \
            or EN_JUST_AT_BEFORE.search(line, max(0, m.start() - 20), m.start()) is not None \
            or H_CLOCK_RANGE_AFTER.match(line, m.end()) is not None \
            or H_CLOCK_RANGE_BEFORE.search(line, max(0, m.start() - 24), m.start()) is not None
    if m.lastgroup == "hspace":
        # "à 16 h 30", "vers 9 h 15"; "de 14 h 05 à 15 h 10": a range's start, its end after "à"
        return FRENCH_AT_BEFORE.search(line[max(0, m.start() - 20):m.start()]) is not None \
            or FRENCH_RANGE_TO.match(line, m.end()) is not None or _since_that_day(line, m)
    if m.lastgroup == "colonless":
        return _colonless_range(line, m.start(), m.end())
    if m.lastgroup == "dianh":
        return _day_word_before(line, m.start()) is not None \
            or m.group("dianh_half") is not None or m.group("dianh_q") is not None \
            or line.startswith(_CN_HOUR_AFTER, m.end())
    if m.lastgroup == "heures":
        # ("A 6 heures du matin, ...": a sentence's "À" written without its accent)
        return FRENCH_HOUR_BEFORE.search(line, max(0, m.start() - 20), m.start()) is not None \
            or SENTENCE_A_BEFORE.search(line, max(0, m.start() - 6), m.start()) is not None
    if m.lastgroup == "hour_h" and _french_hour_range_start(line, m):
        return True  # "de 16 h à 19 h", "de 20h à 1h du matin": a range's start
    if m.lastgroup == "hour_h" and not m.group("hour_h").endswith("h"):
        if line.startswith(" horas", m.end()):
            # "às 14 horas", "por volta das 14 horas"; "durante 14 horas" is how long
            return HOUR_ARTICLE_BEFORE.search(line, max(0, m.start() - 20),
                                              m.start()) is not None
        return True  # "gegen 21 Uhr", "von 14 bis 16 Uhr": "Uhr" says it is the hour of day
    if m.lastgroup == "hour_h":
        # "À 21h, Orange a indiqué", "vers 5h", "entre 5h et 7h": the hour alone, where a
        # French "at", "towards", "from", "until" or "between" puts it ("après 2h de panne",
        # "depuis 2h": how long, not when)
        after = line[m.end():m.end() + 2].lstrip(" \t")
        if after[:1].isdigit():
            return False  # "à 14h 32": its minutes follow after a space, no hour alone
        if line.startswith((" de ", "\tde ", " d'", " d’"), m.end()):
            return False  # "2 à 3 h de panne", "4h d'attente": a length
        return FRENCH_HOUR_BEFORE.search(line[max(0, m.start() - 20):m.start()]) is not None \
            or _since_that_day(line, m) \
            or ((HOUR_ARTICLE_BEFORE.search(line, max(0, m.start() - 20), m.start()) is not None
                 or PT_AT_BEFORE.search(line, max(0, m.start() - 20), m.start()) is not None)
                and not line.startswith((" de ", " de\t"), m.end()))  # "das 2h de fila": a length
    return False


# "de 16 h à 19 h": the French "from" before an hour alone, "to" and another hour after it
FRENCH_FROM_BEFORE = LazyPattern(r"(?<![A-Za-zà-ÿ])de[ \t]++$", re.IGNORECASE)
FRENCH_HOUR_TO_AFTER = LazyPattern(r"[ \t\u00a0]*+(?:à|au)[ \t\u00a0]++(?:[01]?\d|2[0-3])"
                                   r"(?:[ \t\u00a0]?h(?:[ \t\u00a0]?[0-5]\d)?|h[0-5]\d)"
                                   r"(?![\dA-Za-z])(?P<length>[ \t\u00a0]*+d(?:e[ \t]|['’]))?")


def _french_hour_range_start(line: str, m: re.Match[str]) -> bool:
    """An hour alone after the French "de", another after "à" ("de 16 h à 19 h", "de 20h à
    1h du matin", "de 14 h à 16 h 30"): a range's start and end; not a length's bounds, which
    "de" or "d'" follows ("de 2 h à 3 h de retard")."""
    if FRENCH_FROM_BEFORE.search(line, max(0, m.start() - 6), m.start()) is None:
        return False
    to = FRENCH_HOUR_TO_AFTER.match(line, m.end())
    return to is not None and to.group("length") is None


def _after_italian_at(line: str, m: re.Match[str]) -> bool:
    """"alle 4,30", "verso le 9.15": an Italian "at" before, no amount after."""
    return IT_AT_BEFORE.search(line, max(0, m.start() - 22), m.start()) is not None \
        and AMOUNT_AFTER.match(line, m.end()) is None


def _spanish_hours(line: str, m: re.Match[str]) -> bool:
    """"a las 10.00 horas", "às 14.30 horas": the article before, "horas" after."""
    return HORAS_AFTER.match(line, m.end()) is not None \
        and LAS_BEFORE.search(line, max(0, m.start() - 6), m.start()) is not None


# "from 0233 to 0239", "between 1625 and 1710": two colon-less clocks as a range's ends, after
# "from" or "between"; neither may be a year ("from 1998 to 2004")
_HHMM = r"(?:0\d|1[0-8]|2[1-3])[0-5]\d"  # a colon-less clock that is no year of 19xx or 20xx


def _from_range(hhmm: str, lead: str = "") -> LazyPattern:
    """"from A to B", "between A and B" of two colon-less clocks shaped `hhmm`, `lead` between
    the word and A."""
    return LazyPattern(r"(?<![A-Za-z])(?:from|between)[ \t]++" + lead + r"(?P<a>" + hhmm
                       + r")[ \t]*+(?:to|until|till|and|-|–|—)[ \t]*+"
                       r"(?P<b>" + hhmm + r")(?![\d:.,/])", re.IGNORECASE)


COLONLESS_RANGE = _from_range(_HHMM)
# "between the hours of 1900 and 2100 UTC", "from 2000 to 2230 hrs": the same with any hour,
# 19 and 20 too, where a zone or "hrs" after the end says these are no years
_ANY_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"  # any hour's colon-less clock, 19xx and 20xx too
ZONED_FROM_RANGE = _from_range(_ANY_HHMM, r"(?:the[ \t]++hours[ \t]++of[ \t]++)?")
_COLONLESS_REACH = 20  # "between 1625 and " before the end's digits
# The same range with no "from" before it ("outage 1203 to 1420 UTC", "0900-1130 GMT",
# "(1700 - 1900 UTC)"): a zone or "hrs" after its end must say these are times of day, so
# 19 and 20 are hours too
ZONED_COLONLESS_RANGE = LazyPattern(r"(?<![\w.:/-])(?P<a>" + _ANY_HHMM + r")[ \t]*+"
                                    r"(?:to|until|till|-|–|—)[ \t]*+"
                                    r"(?P<b>" + _ANY_HHMM + r")(?![\d:.,/])",
                                    re.IGNORECASE)


# "At 1441", "at about 0805", "by 1540": a colon-less time after a word that puts one after
# it, as investigation reports write their times; not an amount ("at 1200 feet", "about
# 1500 users") nor a year's figure in a sentence ("by 2019")
PROSE_HOUR = LazyPattern(r"(?<![A-Za-z])(?:[Aa]t|[Aa]bout|[Aa]pproximately|[Aa]round|[Bb]y|[Uu]ntil"
                         r"|[Ss]ince)[ \t]++(?:(?:about|approximately|around)[ \t]++)?"
                         r"(?P<h>[01]\d|2[0-3])[0-5]\d(?![\d:/%]|[.,]\d|,[ \t]*+\d"
                         r"|[ \t]*+(?:hours?|hrs?|m|ms"
                         r"|km|ft|feet|foot|metres?|meters?|kg|lbs?|rpm|kts?|knots|mph|nm|users"
                         r"|requests|people|customers|errors|items|[A-Z]{2,5}[ \t]++(?:users"
                         r"|customers))(?![A-Za-z]))")
# the same, found in a whole text at once: a colon-less time after a blank (the search skips
# to each blank), then the words before it looked at (PROSE_HOUR_WORD_BEFORE)
PROSE_HOURS_IN_TEXT = LazyPattern(r"[ \t](?:[01]\d|2[0-3])[0-5]\d(?![\d:/%]|[.,]\d|,[ \t]*+\d)")
PROSE_HOUR_WORD_BEFORE = LazyPattern(r"(?<![A-Za-z])(?:[Aa]t|[Aa]bout|[Aa]pproximately|[Aa]round"
                                     r"|[Bb]y|[Uu]ntil|[Ss]ince)(?:[ \t]++(?:about|approximately"
                                     r"|around))?[ \t]*+$")
PROSE_HOURS_NEEDED = 3  # times told so in a text, two no year could be, to read them all so


def writes_prose_hours(text: str) -> bool:
    """Whether the text tells its times colon-less in sentences ("At 1441 the controller
    ...", "at about 0805"): three or more such times, two of them no year could be (not
    19xx or 20xx), so that "at 1945" is read as a time there too."""
    told = not_years = 0
    for m in PROSE_HOURS_IN_TEXT.finditer(text):
        if PROSE_HOUR_WORD_BEFORE.search(text, max(0, m.start() - 24), m.start()) is None:
            continue
        told += 1
        not_years += m.group(0)[1:3] not in ("19", "20")
        if told >= PROSE_HOURS_NEEDED and not_years >= 2:
            return True
    return False


def _told_hour(line: str, m: re.Match[str]) -> bool:
    """In a text that `writes_prose_hours`, a colon-less number told as such a time."""
    if m.lastgroup != "colonless":
        return False
    found = PROSE_HOUR.search(line, max(0, m.start() - 24), min(len(line), m.end() + 16))
    return found is not None and found.start("h") == m.start()


def _colonless_range(line: str, start: int, end: int) -> bool:
    """The colon-less number is an end of a COLONLESS_RANGE: a clock, though alone it is
    read only where it opens an entry."""
    # ("between the hours of 1900": the hours' words may come between)
    low = line[max(0, start - _COLONLESS_REACH - 14):start].lower()
    if "from" not in low and "between" not in low:
        zoned = ZONED_COLONLESS_RANGE.search(line, max(0, start - _COLONLESS_REACH), end + 20)
        return zoned is not None and start in (zoned.start("a"), zoned.start("b")) \
            and MILITARY_AFTER.match(line, zoned.end()) is not None
    found = COLONLESS_RANGE.search(line, max(0, start - _COLONLESS_REACH), end + 20)
    if found is None or start not in (found.start("a"), found.start("b")):
        zoned = ZONED_FROM_RANGE.search(line, max(0, start - _COLONLESS_REACH - 14), end + 20)
        return zoned is not None and start in (zoned.start("a"), zoned.start("b")) \
            and MILITARY_AFTER.match(line, zoned.end()) is not None
    # a quantity's range reads the same ("from 1200 to 1450 requests"): a clock's leading
    # zero ("0233") or a zone or "hrs" after the end says these are times of day
    return found.group("a")[0] == "0" or found.group("b")[0] == "0" \
        or MILITARY_AFTER.match(line, found.end()) is not None


# "2340 CET", "1015 hrs", "0447Z": what makes a colon-less number a clock when it follows
MILITARY_AFTER = LazyPattern(r"[ ]?(?:[Hh][Rr][Ss]?|h|UTC|GMT|Z|[A-Z]{2,4}T|CET|CEST)"
                             r"(?![A-Za-z])")


def _trim_end(line: str, start: int, end: int) -> int:
    while end > start and line[end - 1] in " \t":
        end -= 1
    return end


def _shape_of(m: re.Match[str]) -> str:
    if m.group("colon") is not None:
        return "colon"  # "10:05 PM": most clocks with a meridiem, tried before each row
    return next(name for name, _, _ in CLOCK_SHAPES if m.group(name) is not None)


# each shape's groups of its hour, its minute (None: the hour alone) and its second (None:
# a shape without one), named once
_CLOCK_GROUPS = {name: (f"{name}_h", None if name in ("bare", "hour_h", "kanjih", "hangulh",
                                                       "klhour", "dianh", "uurhour")
                        else f"{name}_m",
                        f"{name}_s" if name in ("colon", "hms", "dashed", "dot3") else None)
                 for name, _, _ in CLOCK_SHAPES}


# the shapes that may say "half past" with a word after the hour, and its group
_HALF_GROUPS = {"kanjih": "kanjih_half", "hangulh": "hangulh_half", "dianh": "dianh_half",
                "allehour": "allehour_half"}
# the words after a Chinese hour with 点 that make it the hour of the day: "o'clock" (钟),
# "about" (左右, 许, 前后), "a little past" (多), "sharp" (整)
_CN_HOUR_AFTER = ("钟", "鐘", "左右", "许", "許", "前后", "前後", "多", "整")


# the hours word and "later" after a clock-shaped length: "05:35 horas más tarde" (Spanish),
# "2:30 hours later", "1:15 Stunden später", "3:10 heures plus tard", "2:05 ore dopo"
HOURS_LATER_AFTER = LazyPattern(
    r"[ \t]*+(?:hours?|hrs?|horas?|heures?|stunden|ore|uur)[ \t]++"
    r"(?:later|afterwards|after|más[ \t]++tarde|después|depois|mais[ \t]++tarde"
    r"|plus[ \t]++tard|après|später|danach|dopo|più[ \t]++tardi|later)(?![^\W\d_])",
    re.IGNORECASE)
# What follows a German "Am" (on, at the), which after a bare number reads as "5 AM": a day's
# number and its dot ("Am 18. Juni") or a capitalised word that is no zone's ("Am Ende",
# "Am Montag"), not "5 Am Eastern", "5 Am EST" in a title's capitals
GERMAN_AM_AFTER = LazyPattern(r"[ \t]++(?:\d{1,2}\.(?!\d)|(?!(?:Eastern|Pacific|Central"
                              r"|Mountain|Local|[A-Z]{1,4}T)(?![a-z]))[A-ZÄÖÜ][a-zäöüß]++)")
# A clock-shaped length: "3:15 Stunden", "1:30 Std.", "2:45 ore" (the hours word of a
# language whose clock says another: "Uhr", "alle ore 11"), or "2:30 hours" with a one-digit
# hour after a word that asks for a length ("lasted 2:30 hours", "for about 1:45 hrs"; the
# clock read aloud is "20:30 hours", "at 0900 hours")
LENGTH_UNIT_AFTER = LazyPattern(r"[ \t]?(?:(?P<foreign>stunden|std\.?|ore|godzin[ay]?)"
                                r"|hours?|hrs?)(?![^\W\d_])", re.IGNORECASE)
LENGTH_CUE_BEFORE = LazyPattern(
    r"(?<![^\W\d_])(?:lasted|lasting|lasts|took|taking|for|of|over|nearly|almost|totall?ing)"
    r"(?:[ \t]++(?:about|around|roughly|approximately|approx\.|nearly|almost|over|just))?"
    r"[ \t]*+~?$", re.IGNORECASE)


def _told_as_a_length(line: str, m: re.Match[str]) -> bool:
    """Whether the colon clock at `m` is hours and minutes of a length (LENGTH_UNIT_AFTER)."""
    unit = LENGTH_UNIT_AFTER.match(line, m.end())
    if unit is None:
        return False
    if unit.group("foreign") is not None:
        return True
    return m.group(0)[1:2] == ":" and \
        LENGTH_CUE_BEFORE.search(line, max(0, m.start() - 40), m.start()) is not None


# what follows "20:20" in the saying about perfect sight: "20:20 hindsight", "20:20 vision"
TWENTY_TWENTY_IDIOM = LazyPattern(r"[ \t]*+(?:hindsight|vision|eyesight)(?![a-z])",
                                  re.IGNORECASE)


def _clock_from_match(m: re.Match[str]) -> Clock | None:
    written = m.group(0).rstrip()
    mer, mer1 = m.group("mer", "mer1")
    if mer1 is None:
        mer1 = m.group("mer1s")  # "05:04 p - ..."
    if mer is None and mer1 is None:  # most clocks: 24-hour ones
        meridiem, shape = None, m.lastgroup
    else:
        mer_letter = (mer or mer1).lower()
        meridiem = "am" if mer_letter == "a" else "pm" if mer_letter == "p" else None
        shape = _shape_of(m)
    if mer1 is not None and shape != "colon":
        return None  # "1625p": a letter after a colon-less number makes no clock of it
    if shape == "placeholder":
        return Clock(0, 0, None, meridiem, written, ("placeholder",), placeholder=True)
    if shape == "bare" and meridiem is None:
        return None
    if shape == "bare" and written.endswith("Am") and GERMAN_AM_AFTER.match(m.string, m.end()):
        return None  # "dauerte 5 Am Ende", "Ausfall Nr. 3 Am 18. Juni": German "on", no AM
    if shape in WEAK_SHAPES and meridiem is not None:
        return None  # "10.42 am" is read by the "dotmer" row; "1625 pm" is no clock
    hour_group, minute_group, second_group = _CLOCK_GROUPS[shape]
    hour = int(m.group(hour_group))
    if shape == "heures" and m.group("heures_pm") is not None and hour < 12:
        hour += 12  # "8 heures du soir"
    minute_text = m.group(minute_group) if minute_group is not None else None
    minute = int(minute_text) if minute_text is not None else 0  # "à 13 heures": on the hour
    if shape in _HALF_GROUPS and m.group(_HALF_GROUPS[shape]) is not None:
        minute = 30  # "午前8時半", "2시 반": half past the hour
    elif shape == "dianh" and m.group("dianh_q") is not None:
        minute = 15 if m.group("dianh_q").startswith("一") else 45  # "8点一刻", "8点三刻"
    elif shape == "allehour" and m.group("allehour_q") is not None:
        minute = 15 if m.group("allehour_q").startswith("un") else 45  # "e un quarto"
    second = m.group(second_group) if second_group is not None else None
    second = int(second) if second is not None else None
    oddities: list[str] = []
    if minute > 59:
        oddities.append(f"minute {minute:02d} does not exist")
    if second == 60 and minute == 59:
        second = 59  # a leap second, "23:59:60": real, and ordered as the second before it
    elif second is not None and second > 59:
        oddities.append(f"second {second:02d} does not exist")
    if meridiem is None:
        if hour > 24 or (hour == 24 and (minute or second)):
            oddities.append(f"hour {hour} does not exist")
        return Clock(hour, minute, second, None, written, tuple(oddities))
    if hour == 0:
        oddities.append(f"{written}: hour 00 with {meridiem.upper()} (read as midnight)"
                        if meridiem == "am" else f"{written}: hour 00 with PM")
        hour24 = 0 if meridiem == "am" else 12
    elif hour > 12:
        oddities.append(f"{written}: 24-hour time with {meridiem.upper()}")
        hour24 = hour
        if hour > 23:
            oddities.append(f"hour {hour} does not exist")
    else:
        hour24 = hour % 12 + (12 if meridiem == "pm" else 0)
    return Clock(hour24, minute, second, meridiem, written, tuple(oddities))


# --- dates --------------------------------------------------------------------------------

# "December 28th and 30th, 2025", "May 3 and 4 2024": a second day of the same month, then
# the year the two days share
SHARED_YEAR_AFTER = LazyPattern(r"(?:[ \t]*+,)?[ \t]++(?:and|&)[ \t]++(?:[0-3]?\d)(?:st|nd|rd|th)?"
                                r"(?:[ \t]*+,)?[ \t]++(?P<y>(?:19|20)\d{2})(?![\d:])")


def _dates(line: str) -> list[tuple[int, int, DateParts]]:
    """Every date on the line, read by the grammar's one generated pattern (grammar.py).

    A day range sharing its month ("March 3-5", "07.-10.08.2018") is returned as its start
    date; its end is in `_RANGE_ENDS`, keyed by the range's span, for `_combine`."""
    spans: list[tuple[int, int, DateParts]] = []
    lower = line.lower()
    named = grammar.has_month_name(lower)
    foreign = grammar.foreign_month(lower)  # "29 dic 19:00", "3 de março de 2024"
    hint = grammar.ASCII_NUMERIC_HINT if line.isascii() else grammar.NUMERIC_HINT
    if not named and not foreign and hint.search(line) is None:
        return spans
    if not foreign and not named:
        foreign = grammar.foreign_weekday_date(lower)  # "Dienstag, 04.07.2023"
    regex = grammar.DATE_RE_FOREIGN if foreign else \
        grammar.NUMERIC_DATE_RE if not named and "\u017f" in line else grammar.DATE_RE
    folded = grammar.fold_line(line)
    found = regex.finditer(folded) if regex is not grammar.DATE_RE else \
        grammar.date_matches(folded, named)
    for m in islice(found, MAX_TIMES + 1):
        got = grammar.read_date(m, line)
        if got.numeric is not None and min(got.numeric) > 12:
            continue  # "VLANs 20/50/70": neither number can be a month, so this is no date
        if got.row == "md_alone" \
                and line[:m.start()].strip(" \t*+#>•-[(_").lower() not in ("", "on"):
            continue  # "ratio 11/25": a month and day stand alone only under list marks
            # (or after "On": "### On 1/25" heads that day's entries)
        if got.numeric is not None and _hyphen_clock_after_iso_date(line, m.start(), m.end()):
            continue  # "2024-12-04 11-43-07": a file-name-style time after its date, no date
        if got.numeric is not None and got.year is None \
                and FRACTION_AFTER.match(line, m.end()) is not None:
            continue  # "9/12 (75%)", "3/4 of the nodes", "11/12 replicas": a count of a whole
        if _impossible_parts(got) >= 2 and not any(c.isalpha() for c in m.group(0)):
            continue  # "reference number: 1111.16.09", "id 2024.13.45": an identifier
        start, end = m.start(), _trim_end(line, m.start(), m.end())
        written = line[start:end].rstrip(" \t,./-")
        year = got.year
        if year is None and got.numeric is None and got.month is not None \
                and got.day is not None and ("and" in line[end:end + 6]
                                             or "&" in line[end:end + 4]):
            shared = SHARED_YEAR_AFTER.match(line, end)
            if shared is not None:  # "December 28th and 30th, 2025": the year is both days'
                year = int(shared.group("y"))
        parts = _date(written, year, got.month, got.day, got.weekday, numeric=got.numeric)
        if parts.weekday is None and parts.month is not None \
                and (said := WEEKDAY_SAID_AFTER.match(line, end)) is not None:
            # "On 20th October the payments system went down - so lucky it was a Friday"
            parts = replace(parts, weekday=grammar.weekday_number(said.group("wd")),
                            weekday_apart=True)
        if got.end_day is not None:
            d2 = m.start(f"{got.row}_d2")
            if got.end_day > got.day:
                end_parts = _date(line[d2:end], got.year, got.month, got.end_day, None)
                spans.append((start, end, replace(parts, range_end=(d2, end, end_parts))))
                continue
        spans.append((start, end, parts))
    return spans


def _impossible_parts(got: grammar.DateMatch) -> int:
    """How many of a date's year, month and day no calendar has: one is a slip worth a
    finding ("2202-03-04", "31.02.2024"); two, numbers that were never a date."""
    return ((got.year is not None and not 1900 <= got.year <= 2199)
            + (got.month is not None and not 1 <= got.month <= 12)
            + (not 1 <= got.day <= 31))


# The weekday a sentence gives its date apart from it: "..., which was a Friday", "so lucky
# it was a Friday", "(a Sunday)", the weekday closing its clause (not "a Friday deploy")
WEEKDAY_SAID_AFTER = LazyPattern(
    r"(?:[^.;!?\n]{0,100}?(?<![a-z])(?:it|which|that)[ \t]++(?:was|fell[ \t]++on)[ \t]++"
    r"|[ \t]*+[,(][ \t]*+)a[ \t]++(?P<wd>monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)(?=[ \t]*+(?:[,.;:)!?–—-]|$|and[ \t]|but[ \t]))", re.IGNORECASE)


# what makes a year-less "9/12" a count of a whole, no day: a share in percent after it, "of"
# and what it counts, or the counted things themselves
FRACTION_AFTER = LazyPattern(
    r"[ \t]*+(?:\([ \t]*+~?[0-9]{1,3}(?:[.,][0-9]{1,2})?[ \t]*+%|[0-9]{0,3}%"
    r"|of[ \t]++(?:the|our|all|its|their)[ \t]"
    r"|(?:nodes?|hosts?|servers?|replicas?|sites?|pods?|instances?|shards?"
    r"|workers?|clusters?|regions?|zones?|tests?|checks?|jobs?|disks?|drives?|machines?"
    r"|brokers?|members?|voters?|peers?|endpoints?|services?|customers?|users?|requests?)"
    r"(?![A-Za-z]))", re.IGNORECASE)


# "20240304 10:05", "20240304T100500Z", "20240304 1040": a date written as eight digits,
# only right before its clock, after a blank or a mark (alone, eight digits are an id, a
# build number, a count; "X-Amz-Date=20240605T181316Z" is part of an address). Four digits
# after a blank are its colon-less clock ("20240304 1040") only before a separator or a zone.
# The year's first digit is matched before the look at the character ahead of it, so that the
# search skips to each "1" and "2" (opening with the look, it was tried at every position).
COMPACT_DATE_RE = LazyPattern(r"(?P<y>(?:1(?<![^ \t*_`(\[|>]1)9|2(?<![^ \t*_`(\[|>]2)0)\d{2})"
                              r"(?P<m>0[1-9]|1[0-2])"
                              r"(?P<d>0[1-9]|[12]\d|3[01])(?=[ _]\d{1,2}:\d{2}|T\d{4}"
                              r"|[ ](?:[01]\d|2[0-3])[0-5]\d(?:[ \t]*+[-–—:|]|[ \t]++[A-Za-z]"
                              r"|[ \t]*+$))")


def _compact_dates(line: str) -> list[tuple[int, int, DateParts]]:
    """The eight-digit dates on the line that a clock follows."""
    return [(m.start(), m.end(), _date(m.group(0), int(m.group("y")), int(m.group("m")),
                                       int(m.group("d")), None))
            for m in COMPACT_DATE_RE.finditer(line)]


# "2024-12-04 11-43-07", "2025-12-05_10-20-00": an ISO date, one space, "T" or "_", then
# hour, minute and second joined by hyphens, as in a file name. The second group reads as a
# month-day-year date to the grammar; it is a clock written without colons.
ISO_DATE_BEFORE_RE = LazyPattern(r"\d{4}-\d{2}-\d{2}[ T_]~?$")
HYPHEN_CLOCK_RE = LazyPattern(r"(?P<h>\d{1,2})-(?P<m>\d{2})-(?P<s>\d{2})(?![\d-])")


def _hyphen_clock_after_iso_date(line: str, start: int, end: int) -> bool:
    """A numeric date match that is really an hour-minute-second clock after an ISO date."""
    m = HYPHEN_CLOCK_RE.match(line, start)
    if m is None or m.end() < end - 1:
        return False
    if int(m["h"]) > 23 or int(m["m"]) > 59 or int(m["s"]) > 59:
        return False
    return ISO_DATE_BEFORE_RE.search(line[max(0, start - 12):start]) is not None


def _date(written: str, year: int | None, month: int | None, day: int, weekday: int | None,
          numeric: tuple[int, int] | None = None) -> DateParts:
    if year in calendars.SOLAR_HIJRI_YEARS and month is not None and numeric is None \
            and _year_first_digits(written) and 1 <= month <= 12 \
            and 1 <= day <= calendars.solar_hijri_days_in_month(year, month):
        # "1404/08/27", "۱۴۰۳/۱۱/۰۲": an Iranian date, year first, in the Solar Hijri calendar
        return DateParts(*calendars.solar_hijri_to_gregorian(year, month, day), weekday,
                         written, calendar="Solar Hijri")
    oddities: list[str] = []
    if year is not None and not 1900 <= year <= 2199:
        oddities.append(f"year {year} is not plausible")
    if month is None:  # "6日 13時": the day of a month the dates around it name
        if not 1 <= day <= 31:
            oddities.append(f"day {day} does not exist")
    elif not 1 <= month <= 12:
        oddities.append(f"month {month} does not exist")
    elif not 1 <= day <= days_in_month(year, month):
        name = MONTH_NAMES[month]
        oddities.append(f"{name} {day} does not exist"
                        + (f" in {year}" if month == 2 and day == 29 and year else ""))
    return DateParts(year, month, day, weekday, written, numeric, tuple(oddities))


def _year_first_digits(written: str) -> bool:
    """A date written all in digits, year first ("1404/08/27", "۱۴۰۳/۱۱/۰۲"): the only way
    the Solar Hijri calendar is read; a month named in letters ("2 Jan 1430") is Gregorian."""
    text = written.strip(" \t*_`([")
    return text[:4].isdigit() and not any(ch.isalpha() for ch in text)


def days_in_month(year: int | None, month: int) -> int:
    """Days in `month`; a month with no year may hold February 29."""
    if month == 2:
        if year is None:
            return 29
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


# --- combining ----------------------------------------------------------------------------

def _is_a_dates_year(line: str, c_start: int, dates: list[tuple[int, int, DateParts]]) -> bool:
    """Four digits that a date on the line reads as its year and that could be one
    (1990-2039: "August 16, 2024 UTC"), not a colon-less clock ("16 Aug 1430 UTC")."""
    digits = line[c_start:c_start + 4]
    return (digits.isdigit() and 1990 <= int(digits) <= 2039
            and any(d0 <= c_start < d1 and parts.year == int(digits)
                    for d0, d1, parts in dates))


# The same moment written in two zones, the clocks and the zones each joined by a slash, the
# meridiem written once: "2:20/1:20 PM EST/CST", "14:20/13:20 CET/GMT"
DUAL_RENDERING = LazyPattern(r"/[ \t]?(?P<h>[0-2]?\d)(?::(?P<m>[0-5]\d))?(?:[ \t]?(?P<mer>[AaPp])"
                             r"\.?[ \t]?[Mm]\.?)?[ \t]++(?P<a>[A-Z]{2,4})[ \t]*+/[ \t]*+"
                             r"(?P<b>[A-Z]{2,4})(?![A-Za-z])")


def _dual_rendering(line: str, pos: int, clock: Clock
                    ) -> tuple[Clock, Zone, str, int, tuple[str, ...]] | None:
    """The first of two renderings of one moment ("2:20/1:20 PM EST/CST"): its zone is the
    first of the pair and its meridiem the one the second clock has, when the two clocks lie
    as far apart as their zones; when they lie as far apart the other way the labels were
    swapped ("7:30/6:30 pm CST/EST"), and the first clock is in the second zone. Otherwise
    the renderings disagree, and neither is guessed."""
    m = DUAL_RENDERING.match(line, pos)
    if m is None:
        return None
    first, second = zones.ABBREVIATIONS.get(m.group("a")), zones.ABBREVIATIONS.get(m.group("b"))
    if first is None or second is None or first.offset_minutes is None \
            or second.offset_minutes is None or m.group("a") == m.group("b"):
        return None
    hour, minute = int(m.group("h")), int(m.group("m") or 0)
    meridiem = (m.group("mer") or "").lower()
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    elif hour > 23:
        return None
    other = hour * 60 + minute
    written = clock.hour * 60 + clock.minute
    readings = (written, written + 720) if meridiem and clock.hour < 12 else (written,)
    apart = first.offset_minutes - second.offset_minutes
    for zone, shift in ((first, apart), (second, -apart)):
        moment = (other + shift) % 1440
        if moment in readings:
            told = (f"meridiem from the second rendering {m.group(0)[1:].strip()}",) \
                if meridiem else ()
            if zone is second:
                told += (f"zone {zone.label}: the pair's labels read as swapped, the two clocks "
                         f"lying {abs(apart) // 60} h apart the other way",)
            read = replace(clock, hour=moment // 60,
                           meridiem=("am" if moment < 720 else "pm") if meridiem else None)
            return read, zone, zone.label, m.end(), told
    return None


def _combine(line: str, clocks: list[tuple[int, int, Clock]],
             dates: list[tuple[int, int, DateParts]], weak: frozenset[int] = frozenset()
             ) -> list[TimeExpr]:
    """Attach to each clock the date before it, the zone and a date after it."""
    exprs: list[TimeExpr] = []
    used_dates: set[int] = set()
    date_index = 0
    for c_start, c_end, clock in clocks:
        if exprs and c_start < exprs[-1].end:
            continue
        if c_start in weak and any(d0 <= c_start < d1 for d0, d1, _ in dates):
            # the "2026" of 2026-01-28: no clock, and no taker of the date before it
            # ("2026-01-20 - 2026-01-28", a range of days)
            continue
        start = c_start
        date: DateParts | None = None
        # the last unused date ending before this clock, if only a connector lies between
        while date_index < len(dates) and dates[date_index][1] <= c_start:
            date_index += 1
        j = date_index - 1
        if j >= 0 and j not in used_dates and (not exprs or dates[j][0] >= exprs[-1].end):
            d_start, d_end, parts = dates[j]
            gap = DATE_THEN_CLOCK_GAP.fullmatch(line, d_end, c_start)
            if gap and c_start in weak and "(" in gap.group(0) \
                    and not line.startswith(")", c_end):
                gap = None  # "on 28 Feb 2017 (~2000 users)": a count, not "(~1738)"
            if gap:
                date, start = parts, d_start
                used_dates.add(j)
                if gap.group("wd") and parts.weekday is None:
                    date = replace(parts, weekday=WEEKDAYS[gap.group("wd").lower()],
                                   written=line[d_start:gap.end("wdtok")])
                elif gap.group("cjkwd") and parts.weekday is None:
                    date = replace(parts, weekday=CJK_WEEKDAYS[gap.group("cjkwd")[-1]],
                                   written=line[d_start:gap.end("wdtok")])
        if date is None and c_start and _may_name_weekday(line, c_start):
            lead = WEEKDAY_LEAD_RE.search(line, 0, c_start)
            if lead is not None:
                day = int(lead.group("d")) if lead.group("d") else None
                if day is None or 1 <= day <= 31:
                    start = lead.start("night" if lead.group("night") else "wd")
                    # the weekday as written, without the "at" or "around" before its clock
                    # ("Wednesday at 06:40", "Saturday around 10:00am")
                    written = _without_clock_words(line[start:lead.end()])
                    date = DateParts(None, None, day, WEEKDAYS[lead.group("wd").lower()],
                                     written)
        if date is None and 0 < c_start <= FOREIGN_WEEKDAY_REACH \
                and (found := _foreign_weekday_lead(line, c_start)) is not None:
            start, date = found  # "Samedi 18h : ...", "- Domingo, 12:30", "Sonntag um 14:05"
        if date is None and c_start > 4 and not line[c_start - 1].isalnum() \
                and (found := _foreign_weekday_told(line, c_start)) is not None:
            start, date = found  # "... und am Donnerstag um 7 Uhr", "seit Mittwoch, 23.30 Uhr"
        if date is None and 4 <= c_start <= 16 and line.lstrip(" \t>-*+_|•")[:1].isdigit():
            lead = ORDINAL_LEAD_RE.search(line, 0, c_start)
            if lead is not None and 1 <= int(lead.group("d")) <= 31:
                start = lead.start("d")
                date = DateParts(None, None, int(lead.group("d")), None,
                                 line[start:lead.end()].rstrip(" \t,@*_"))
        if c_start in weak and date is None and not _ends_a_clock_range(line, exprs, c_start):
            continue  # "19.10", "1625" with no date before them and not opening an entry
        if _is_a_dates_year(line, c_start, dates):
            continue  # "on August 16, 2024 UTC": the date's year, not the clock 20:24 UTC
        end = c_end
        zone, zone_written, end = _zone_after(line, end, clock.second is not None)
        local_end = 0
        if zone is None and (skip := HOURS_OR_LOCAL_RE.match(line, end)) and skip.end() > end:
            # "09:00 hrs IST", "09:00h CET", "09:00 local time (Berlin)"
            zone, zone_written, after = _zone_after(line, skip.end())
            if zone is not None:
                end = after
            elif "local" in line[end:skip.end()].lower():
                local_end = skip.end()  # "10 a.m. local time on Nov. 14": the date may follow
            elif (hours := HOURS_WORD_RE.match(line, end)) is not None or (
                    clock.written[:2].isdigit()
                    and (hours := HOURS_SPELLED_RE.match(line, end)) is not None):
                end = hours.end()  # "14:05 hrs: paged", "14.20 Uhr": the clock's own word
                # ("20:30 hours on 31st July": spelled out after a two-digit hour)
        if zone is None and clock.meridiem is not None \
                and (line.startswith(" AT", end) or line.startswith(" NT", end)) \
                and (atlantic := ATLANTIC_AFTER.match(line, end)) is not None:
            # "8 a.m. AT", "2 p.m. NT": Canada's Atlantic and Newfoundland time, as its press
            # writes them after ET, CT, PT
            zone_written = atlantic.group("z")
            zone = zones.from_iana("America/Halifax" if zone_written == "AT"
                                   else "America/St_Johns")
            end = atlantic.end()
        if clock.meridiem is None and clock.hour < 12 and zone is None \
                and (part := DAYPART_AFTER.match(line, end)) is not None:
            # "a las 5 de la tarde", "às 10 horas da noite": the afternoon's and evening's hours
            # (not "a las 2 de la noche", the small hours; "da manhã" as written)
            pm = part.group("pm")
            if pm and clock.hour >= (1 if pm.lower() in _AFTERNOONS else 6):
                clock = replace(clock, hour=clock.hour + 12)
            end = part.end()
        if clock.meridiem is None and clock.hour <= 12 and zone is None \
                and not line.isascii() and (part := AR_DAYPART_AFTER.match(line, end)) is not None:
            # "11:00 مساءً": the evening's hour (not "2 ليلاً", the small hours of the night);
            # "12:54 ص": the first hour of the morning
            if clock.hour == 12:
                if not part.group("afternoon"):
                    clock = replace(clock, hour=0)
            elif part.group("afternoon") or (part.group("night") and clock.hour >= 6):
                clock = replace(clock, hour=clock.hour + 12)
            end = part.end()
        inherited: tuple[str, ...] = ()
        if zone is None and clock.meridiem is None and line.startswith("/", end) \
                and (dual := _dual_rendering(line, end, clock)) is not None:
            clock, zone, zone_written, end, inherited = dual  # "2:20/1:20 PM EST/CST"
        if zone is None:  # "UTC 05:13"
            before = ZONE_BEFORE_RE.search(line, max(0, start - 9), start)
            if before is not None:
                zone = zones.ABBREVIATIONS[before.group("abbr")]
                zone_written = before.group("abbr")
                # ("[KST] 11:30": the bracketed label is the stamp's, "(UTC: ..." opens a note)
                start = before.start() if before.group("open") == "[" else before.start("abbr")
            elif start >= 4 and not line.isascii() and (clock_name := CJK_CLOCK_BEFORE.search(
                    line, max(0, start - 12), start)) is not None:
                # "北京时间 16:30", "日本時間14時": a country's clock named before the time
                zone = zones.from_national_clock(clock_name.group("name"))
                zone_written = clock_name.group("name")
                start = clock_name.start()
            elif c_start > start and not line.isascii() \
                    and (clock_name := CJK_CLOCK_BEFORE.search(line, max(start, c_start - 12),
                                                               c_start)) is not None:
                # "2025年5月1日(台灣時間)下午3時": the clock named between the date and the time
                zone = zones.from_national_clock(clock_name.group("name"))
                zone_written = clock_name.group("name")
            elif (offset := OFFSET_BEFORE_RE.search(line, max(0, start - 14), start)) \
                    is not None and (zoned := zones.from_offset(
                        offset.group("sign"), int(offset.group("h")),
                        zones.offset_minutes(offset, "m", "mhalf"), offset.group("base"))) \
                    is not None:
                zone, zone_written, start = zoned, line[offset.start():offset.end()].rstrip(
                    " \t,"), offset.start()  # "UTC-5 2025-11-27 09:25"
        note = MIDNIGHT_NOTE_RE.match(line, end)
        if note:
            end = note.end()
        if date is None:
            date, end = _date_after(line, end, dates, used_dates, zone is not None)
            if date is None and local_end:
                date, after = _date_after(line, local_end, dates, used_dates, False)
                if date is not None:
                    end = after
            if date is None and start >= 2 and dates \
                    and ARTICLE_BEFORE.search(line, max(0, start - 5), start) is not None \
                    and (noun := NOUN_BEFORE_ON.match(line, end)) is not None:
                # "in a 9 p.m. status note on Tuesday, March 5": the clock an attribute of
                # the noun after it, whose date is the clock's (the clock's span unchanged)
                date, _ = _date_after(line, noun.end(), dates, used_dates, zone is not None)
            if zone is None:  # "2:00 PM, June 5 (UTC)"
                zone, zone_written, end = _zone_after(line, end)
                if zone is not None and line.count("(", start, end) > line.count(")", start, end) \
                        and (close := CLOSE_PAREN.match(line, end)) is not None:
                    end = close.end()  # "9:34 pm (24th February NZT)": its parenthesis
            elif date is None and "(" in line[end:end + 3]:
                date = _date_after_conversion(line, end, clocks, dates, used_dates)
            elif date is None and "/" in line[end:end + 3]:
                date = _date_after_slashed_rendering(line, end, clocks, dates, used_dates)
        elif date.year is None and date.month is not None:
            year = YEAR_AFTER_RE.match(line, end)  # "Wed Aug 05 12:00:00 EDT 2015"
            if year is not None:
                date = replace(date, year=int(year.group("y")))
                end = year.end()
        shift = 0
        if date is None and "(" in line[end:end + 3] \
                and (day_note := DAY_NOTE_RE.match(line, end)) is not None:
            shift, end = (-1 if day_note.group("prev") else 1), day_note.end()
        elif date is not None and start == c_start and clock.hour == 0 \
                and clock.written.lower().endswith("midnight") \
                and MIDNIGHT_DEADLINE_BEFORE.search(line, max(0, start - 12), start) is not None:
            shift = 1  # "by midnight on 31 January": the end of that day, 1 February 00:00
        approx = bool(_approx_before(line, start)
                      or (start < c_start and _approx_inside(line, start, c_start))
                      or APPROX_AFTER.match(line, end))
        exprs.append(TimeExpr(start, end, line[start:end], date, clock, zone, zone_written,
                              approx, inherited=inherited, day_shift=shift))
    clock_spans = [(e.start, e.end) for e in exprs]  # sorted, not overlapping
    k = 0
    for j, (d_start, d_end, parts) in enumerate(dates):
        while k < len(clock_spans) and clock_spans[k][1] <= d_start:
            k += 1
        inside = k < len(clock_spans) and clock_spans[k][0] <= d_start
        if j in used_dates or inside:
            continue
        approx = _approx_before(line, d_start)
        range_end = None
        if parts.range_end is not None:
            e_start, e_end, e_parts = parts.range_end
            range_end = TimeExpr(e_start, e_end, line[e_start:e_end], e_parts, None, None, None,
                                 approx, inherited=("month from the range start",))
            parts = replace(parts, range_end=None)
        zone = zone_written = None
        if d_start >= 4 and not line.isascii() and (clock_name := CJK_CLOCK_BEFORE.search(
                line, max(0, d_start - 8), d_start)) is not None:
            # "北京时间 2024 年 3 月 5 日，...": a country's clock named before the date gives
            # the zone of the times the text tells that day
            zone = zones.from_national_clock(clock_name.group("name"))
            zone_written = clock_name.group("name")
            d_start = clock_name.start()
        exprs.append(TimeExpr(d_start, d_end, line[d_start:d_end], parts, None, zone,
                              zone_written, approx, range_end))
    exprs.sort(key=lambda e: e.start)
    return exprs


# Words that may stand between such a weekday and its clock: "à", "a las", "um", "om", "alle";
# the Nordic and Finnish "o'clock" ("tisdag kl. 09:15", "tiistaina klo 9.15") and the Polish
# "at the hour" ("we wtorek o godz. 15:30")
FOREIGN_AT = frozenset(("à", "a", "las", "às", "um", "om", "alle", "ore", "vers", "gegen",
                        "kl", "kl.", "klo", "klockan", "klokken", "klokka", "kello", "o",
                        "godz", "godz.", "v", "ve"))
FOREIGN_WEEKDAY_REACH = 40  # characters before a clock a leading weekday may take


def _foreign_weekday_lead(line: str, c_start: int) -> tuple[int, DateParts] | None:
    """A weekday of another language opening the line right before its clock, with perhaps
    its day of the month and a word for "at": "Samedi 18h", "Dimanche 31 à 12h",
    "Sonntag, 14:05", "domingo a las 12:30". The month is left to the entries around it.
    With the weekday's start on the line."""
    head = line[:c_start]
    body = head.lstrip(" \t>-*+_|•")
    words = body.replace(",", " ").replace("*", " ").replace("_", " ").split()
    if not words or words[0].lower() not in grammar.FOREIGN_WEEKDAYS:
        return None
    day = None
    rest = words[1:]
    if rest and rest[0].isdigit() and len(rest[0]) <= 2:
        day = int(rest[0])
        if not 1 <= day <= 31:
            return None
        rest = rest[1:]
    if any(w.lower() not in FOREIGN_AT for w in rest):
        return None
    weekday = grammar.FOREIGN_WEEKDAYS[words[0].lower()]
    written = body.rstrip(" \t,*_")
    while (cut := written.rpartition(" "))[0] and cut[2].lower() in FOREIGN_AT:
        written = cut[0].rstrip(" \t,*_")  # "Tisdag kl.": the weekday, not its "at"
    return c_start - len(body), DateParts(None, None, day, weekday, written)


# weekdays of another language that are also common words in a sentence ("minggu", a week;
# "segunda", second; "quinta", fifth): named with a clock only where they open the line
_WEEKDAY_ALSO_A_WORD = frozenset(("minggu", "quarta", "quinta", "segunda", "sexta", "terca",
                                  "terça"))


def _foreign_weekday_told(line: str, c_start: int) -> tuple[int, DateParts] | None:
    """A weekday of another language in a sentence, joined to the clock right after it by a
    comma or a word for "at": "und am Donnerstag um 7 Uhr", "seit Mittwoch, 23.30 Uhr",
    "puis vendredi à 9h". The month is left to the dates around it. With the weekday's start."""
    head = line[max(0, c_start - FOREIGN_WEEKDAY_REACH):c_start]
    words = head.replace(",", " , ").split()
    joined = False
    while words and (words[-1] == "," or words[-1].lower() in FOREIGN_AT):
        joined = True
        words.pop()
    if not joined or not words:
        return None
    name = words[-1].strip("*_").lower()
    if name not in grammar.FOREIGN_WEEKDAYS or not name.isalpha() or len(name) < 4 \
            or name in _WEEKDAY_ALSO_A_WORD:
        return None
    at = head.rfind(words[-1]) + max(0, c_start - FOREIGN_WEEKDAY_REACH)
    if at > 0 and line[at - 1].isalnum():
        return None
    return at, DateParts(None, None, None, grammar.FOREIGN_WEEKDAYS[name],
                         line[at:at + len(words[-1])].strip("*_"))


def _without_clock_words(text: str) -> str:
    """A leading weekday as written, without the words before its clock ("Saturday
    around" is "Saturday")."""
    text = text.rstrip(" \t,@~≈")
    while True:
        head, _, last = text.rpartition(" ")
        if not head or last.lower() not in LEAD_CLOCK_WORDS:
            return text
        text = head.rstrip(" \t,@~≈")


def _may_name_weekday(line: str, c_start: int) -> bool:
    """Cheap test before WEEKDAY_LEAD_RE: a weekday's first three letters lie in the
    30 characters before the clock."""
    before = line[max(0, c_start - 30):c_start].lower()
    return _WEEKDAY_WORD.search(before) is not None


def _ends_a_clock_range(line: str, exprs: list[TimeExpr], start: int) -> bool:
    """A weak clock is the end of a range whose start was read: "04.04.16 1930-2000"."""
    if not exprs or exprs[-1].clock is None:
        return False
    gap = RANGE_GAP.fullmatch(line, exprs[-1].end, start)
    return gap is not None and not (gap.group("word") or "").startswith("and")


# a zone in parentheses with the words that say the times are on it: "(based on PST)",
# "(PST based)", "（日本時間、以下同様）" (Japan time, the same below), "(UTC, same below)"
ZONE_SAID_IN_PARENTHESES = LazyPattern(
    r"[ \t]*+[(（][ \t]*+(?:(?:based[ \t]++on|according[ \t]++to)[ \t]++"
    r"(?P<zone>[^()（）,，、\n]{2,30}?)"
    r"|(?P<zone2>[^()（）,，、\n]{2,20}?)[ \t]*+(?:[,，、][ \t]*+)?"
    r"(?:以下同様|以下同じ|以下同|以下、同様|same[ \t]++below|hereafter|throughout|based))"
    r"[ \t]*+[)）]", re.IGNORECASE)
# an ISO 8601 clock glued to its date by "T", ending where a zone may follow: "2023-08-18T00:43"
ISO_T_CLOCK_BEFORE = LazyPattern(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")


def _zone_after(line: str, pos: int, with_seconds: bool = False
                ) -> tuple[Zone | None, str | None, int]:
    """The zone written right after position `pos`, if any."""
    if not _may_open_a_zone(line, pos):
        return None, None, pos
    if not line.isascii():
        if line.startswith(("頃", "ごろ", "前後"), pos):
            # "8時頃 (日本時間)", "14時ごろ（JST）": about that time, then its zone
            skip = pos + (1 if line[pos] == "頃" else 2)
            zone, written, end = _zone_after(line, skip, with_seconds)
            if zone is not None:
                return zone, written, end
            return None, None, pos
        if "（" in line[pos:pos + 3]:
            # "10:45（JST）": full-width parentheses, as Japanese and Chinese type them (one
            # character for one: the positions stay the line's)
            return _zone_after(line.translate(FULL_WIDTH_PARENS), pos, with_seconds)
    said = ZONE_SAID_IN_PARENTHESES.match(line, pos) \
        if "(" in line[pos:pos + 3] or "（" in line[pos:pos + 3] else None
    if said is not None:
        # "(based on PST)", "（日本時間、以下同様）", "(UTC, same below)": the zone, with words
        # that say the times are on it
        inner = f" ({(said.group('zone') or said.group('zone2')).strip()})"
        zone, _, end = _zone_after(inner, 0)
        if zone is not None and end == len(inner):
            return zone, line[pos:said.end()].strip(), said.end()
    if line[pos:pos + 1] == "z" and pos and line[pos - 1].isdigit() \
            and not line[pos + 1:pos + 2].isalnum():
        # "1330z", "13:30z": Zulu time's letter glued to the clock, in lower case
        return zones.ABBREVIATIONS["Z"], "z", pos + 1
    m = BARE_OFFSET_RE.match(line, pos)
    if m is None and with_seconds:
        # "15:43:28 +07", as journalctl and coredumpctl print it: hours alone, after seconds
        short = HOURS_OFFSET_RE.match(line, pos)
        if short is not None and int(short.group("oh")) <= 14:
            zone = zones.from_offset(short.group("sign"), int(short.group("oh")), 0, "")
            if zone is not None:
                return zone, short.group(0).strip(), short.end()
    # "-05:00" is an offset only after an ISO-style clock with seconds, or one glued by "T"
    # to its date ("2023-08-18T00:43-04:00"): "13:30-13:45" is a range; "16:10 -0400" (a
    # space, then four digits) is an RFC 2822 offset, and so is "00:43-0400" (four digits
    # glued on: a range's end is written as its start is, with its colon)
    if m and (m.group("s1") or (int(m.group("oh")) <= 14 and (
            (with_seconds and not m.group("sp"))
            or (not m.group("colon") and m.group("om") in ("00", "30", "45")
                and (m.group("sp") or line[pos - 3:pos - 2] == ":"))
            or (not m.group("sp") and ISO_T_CLOCK_BEFORE.search(line, max(0, pos - 16), pos)
                is not None)))):
        zone = zones.from_offset(m.group("s1") or m.group("s2"), int(m.group("oh")),
                                 int(m.group("om")), "")
        if zone is not None:
            return zone, m.group(0).strip(), m.end()
    m = ZONE_SLASH_OFFSET_RE.match(line, pos) if "/" in line[pos:pos + 12] else None
    if m is not None and zones.parse_zone_option(m.group("a")) is not None:
        # "PST/UTC-08:00", "CET/UTC+1", "(CET / GMT+1)": a zone's name and, after the slash,
        # its offset, which says which clock (as "CET (UTC+1)" does)
        zone = zones.from_offset(m.group("sign"), int(m.group("oh")), int(m.group("om") or 0),
                                 "UTC")
        if zone is not None:
            return zone, m.group(0).strip(), m.end()
    m = ZONE_PAIR_RE.match(line, pos)  # "PST/PDT"
    if m:
        zone = zones.from_pair(m.group("a"), m.group("b"))
        if zone is not None:
            return zone, m.group(0).strip(), m.end()
    into = IN_ZONE_RE.match(line, pos) if line[pos:pos + 4].lstrip(" \t")[:2] == "in" else None
    m = ZONE_AFTER_RE.match(line, into.end()) if into is not None else None
    if m is not None and not m.group("open") and not m.group("iana") \
            and m.group(0).strip().isupper() and (zone := _zone_from_match(m)) is not None:
        # "04:32 on July 26 in UTC+8", "at 13:05 in PST": the clock the time is read on,
        # after "in" (a name in capitals: "at 10:00 in Oslo" is a place)
        return zone, line[pos:m.end()].strip(), m.end()
    m = ZONE_AFTER_RE.match(line, pos)
    if m:
        zone = _zone_from_match(m)
        if zone is not None:
            end = _trim_end(line, pos, m.end())
            offset = PAREN_OFFSET_RE.match(line, end) if "(" in line[end:end + 3] else None
            if offset is not None:
                # "10:00 CET (+0200)", "CET (UTC+2)": the author's offset says which clock
                given = zones.from_offset(offset.group("sign"), int(offset.group("oh")),
                                          zones.offset_minutes(offset, "om", "ohalf"), "UTC")
                if given is not None:
                    return given, line[pos:offset.end()].strip(), offset.end()
            return zone, m.group(0).strip(), end
    comma = COMMA_THEN_ZONE_RE.match(line, pos)
    if comma and line.rfind("(", 0, pos) > line.rfind(")", 0, pos):
        # "(9:00 AM - 11:00 AM, UTC)": the zone closes the parenthesis the times are in
        m = ZONE_AFTER_RE.match(line, comma.end())
        zone = _zone_from_match(m) if m else None
        if m and zone is not None and line[m.end():m.end() + 1] == ")":
            return zone, line[pos:m.end()].strip(), m.end()
    elif comma and line[comma.end():comma.end() + 1].isupper():
        # "1:19 pm, PDT on 6/21/2020", "at 14:05, UTC.": the zone after a comma, in capitals,
        # its clause ending there ("at 10:00, CAT engineers ..." is a team's name)
        m = ZONE_AFTER_RE.match(line, comma.end())
        zone = _zone_from_match(m) if m and not m.group("open") \
            and m.group(0).strip().isupper() else None
        if m and zone is not None and COMMA_ZONE_TAIL.match(line, m.end()) is not None:
            return zone, line[pos:m.end()].strip(), m.end()
    m = ZONE_NAME_AFTER_RE.match(line, pos)
    if m is not None:
        name = zones.NAME_RE.match(line, m.end())
        if name:
            end = _closed(line, name.end(), m.group("open"))
            if end is None and m.group("open"):
                return _name_then_abbreviation(line, pos, name, m.group("open"))
            if end is None:
                return None, None, pos
            return zones.from_name(name), line[pos:end].strip(), end
    m = LOCAL_CLOCK_AFTER_RE.match(line, pos) if _local_clock_word_at(line, pos) else None
    if m is not None and (zone := zones.from_local_clock(m.group("place"))) is not None:
        end = _closed(line, m.end(), m.group("open"))
        if end is None:
            return None, None, pos
        return zone, line[pos:end].strip(), end
    lowered = line[pos:pos + 40].lower()
    m = zones.NATIONAL_CLOCK_RE.match(line, pos) \
        if "ti" in lowered or "zeit" in lowered or "ora" in lowered or "czas" in lowered \
        or "aika" in lowered or "по " in lowered or "за " in lowered or "моск" in lowered \
        or "時" in lowered or "时" in lowered or "시간" in lowered or "giờ" in lowered \
        or "توقيت" in lowered or "وقت" in lowered or "שעון" in lowered \
        or "tsi" in lowered else None  # ("TSİ" lowers to "tsi" and a combining dot)
    if m is not None and (zone := zones.from_national_clock(m.group("name"))) is not None:
        end = _closed(line, m.end(), m.group("open"))  # "kl. 14.00 svensk tid", "(ora italiana)"
        if end is not None:
            return zone, line[pos:end].strip(), end
    m = CITY_AFTER_RE.match(line, pos)  # "18:19 Denver", "09:00 (New York)"
    if m is not None:
        for group in ("two", "one"):
            if m.group(group) and (m.group("open") or m.group("in")
                                   or CITY_TAIL_RE.match(line, m.end(group))) \
                    and (zone := zones.from_city(m.group(group))) is not None:
                end = m.end(group)
                if zones.is_word_city(m.group(group)) and not m.group("in") and not (
                        "ocal" in (m.group("open") or "") or CITY_SAYS_TIME.match(line, end)):
                    continue  # "15:11 Midway - ...", "09:00 West - ...": a word, not a zone
                if m.group("open"):
                    close = CITY_TIME_CLOSE.match(line, end)  # "(Kigali)", "(Kigali time)"
                    if close is None:
                        return None, None, pos
                    end = close.end()
                return zone, line[pos:end].strip(), end
    return None, None, pos


NAME_DASH_RE = re.compile(r"[ \t]*+[–—-][ \t]*+")


def _name_then_abbreviation(line: str, pos: int, name: re.Match[str], opened: str
                            ) -> tuple[Zone | None, str | None, int]:
    """"00:00 (UK Time – BST)", "(Eastern Time - EDT)": a zone's name, a dash and its
    abbreviation in one parenthesis. The abbreviation is the clock meant; the name settles
    what it stands for ("BST" is British Summer Time beside "UK Time", not Bangladesh's)."""
    dash = NAME_DASH_RE.match(line, name.end())
    m = ZONE_AFTER_RE.match(line, dash.end()) if dash is not None else None
    zone = _zone_from_match(m) if m is not None else None
    end = _closed(line, m.end(), opened) if m is not None else None
    if zone is None or end is None:
        return None, None, pos
    named = zones.from_name(name)
    if named.iana is not None and named.iana in (zone.iana, zone.daylight_of, zone.standard_of):
        zone = replace(zone, alternatives=())
    return zone, line[pos:end].strip(), end


def _closed(line: str, end: int, opened: str | None) -> int | None:
    """Where a zone written from `end` on ends: past its closing parenthesis when it opened
    one ("(UTC+2)", "(heure de Paris)"), None when that parenthesis never closes."""
    if not opened:
        return end
    close = CLOSE_PAREN.match(line, end)
    return close.end() if close is not None else None


def _local_clock_word_at(line: str, pos: int) -> bool:
    """Cheap test before LOCAL_CLOCK_AFTER_RE: past blanks and a parenthesis, "heure" or
    "hora"/"horário" opens (a look at the place, not the whole line once per time)."""
    end = len(line)
    while pos < end and line[pos] in " \t":
        pos += 1
    if line[pos:pos + 1] == "(":
        pos += 1
        while pos < end and line[pos] in " \t":
            pos += 1
    return line.startswith(("hor", "Hor", "heure", "Heure", "tiempo", "Tiempo"), pos)


# full-width parentheses, as Japanese and Chinese type them, to ASCII ones: one character for
# one, so positions in the line stay where they were
FULL_WIDTH_PARENS = str.maketrans("\uff08\uff09", "()")


def _may_open_a_zone(line: str, pos: int) -> bool:
    """Cheap test before the zone patterns of `_zone_after`: past blanks, each opens with a
    sign, a parenthesis, a comma or a letter; most clocks are followed by none ("10:05:",
    "**10:05**", "| 10:05 |")."""
    end = len(line)
    while pos < end and line[pos] in " \t":
        pos += 1
    return pos < end and (line[pos].isalpha() or line[pos] in "+-−(,（")


def _zone_from_match(m: re.Match[str]) -> Zone | None:
    if m.group("base"):
        base = m.group("base")
        if base == "z" or (base.upper() != "Z" and not (base.isupper() or base.islower())):
            return None
        if m.group("sign"):
            return zones.from_offset(m.group("sign"), int(m.group("oh")),
                                     zones.offset_minutes(m, "om", "ohalf"), base.upper())
        return zones.ABBREVIATIONS[base.upper()]
    if m.group("iana"):
        return zones.from_iana(m.group("iana"))
    if m.group("cyrillic"):
        return zones.ABBREVIATIONS["MSK"]
    abbr = m.group("abbr")
    upper = abbr.upper()
    if upper not in zones.ABBREVIATIONS or upper == "Z":
        return None
    if abbr != upper and upper not in _ZONE_ABBR_ANY_CASE and not _capped_abbreviation(abbr):
        return None
    return zones.ABBREVIATIONS[upper]


def _capped_abbreviation(abbr: str) -> bool:
    """A long abbreviation in mixed case whose head and "ST"/"DT" tail are capitals, as the
    US government writes Alaska's clock ("AkST", "AkDT"): no word is spelled that way."""
    return len(abbr) >= 4 and abbr[0].isupper() and abbr[-2:] in ("ST", "DT")


_MERIDIEM_ENDS = ("am", "pm", "a.m.", "p.m.")


# the opening of a clock's conversion into another zone: "(", perhaps "~" or "i.e."
CONVERSION_OPEN = re.compile(r"[ \t]*+\((?:[ \t]*+(?:~|i\.e\.,?|ca\.))?[ \t]*+")
CONVERSION_REACH = 40  # characters a conversion in parentheses may take


def _date_after_conversion(line: str, pos: int, clocks: list[tuple[int, int, Clock]],
                           dates: list[tuple[int, int, DateParts]], used: set[int]
                           ) -> DateParts | None:
    """The date after a zoned clock's conversion into another zone, which is the clock's:
    "14:00 UTC (16:00 CEST) on 9 March", "10:30 p.m. PT (1:30 a.m. ET), April 8". The
    conversion itself reads its day from this moment."""
    opening = CONVERSION_OPEN.match(line, pos)
    if opening is None or not any(start == opening.end() for start, _, _ in clocks):
        return None
    close = line.find(")", opening.end(), opening.end() + CONVERSION_REACH)
    if close < 0 or "(" in line[opening.end():close]:
        return None
    date, _ = _date_after(line, close + 1, dates, used, True)
    return date


SLASH_BETWEEN = re.compile(r"[ \t]*+/[ \t]*+")


def _date_after_slashed_rendering(line: str, pos: int, clocks: list[tuple[int, int, Clock]],
                                  dates: list[tuple[int, int, DateParts]], used: set[int]
                                  ) -> DateParts | None:
    """The date after a zoned clock's rendering on another zone's clock, joined by a slash,
    which is the clock's too: "2am BST/1am GMT on Sunday 30th October", "10:02 AM PT / 17:02
    UTC on March 3, 2024". The rendering reads its day from this moment, as one in
    parentheses does."""
    slash = SLASH_BETWEEN.match(line, pos)
    if slash is None:
        return None
    rendering = next((end for start, end, _ in clocks if start == slash.end()), None)
    if rendering is None:
        return None
    zone, _, after = _zone_after(line, rendering)
    if zone is None:
        return None
    date, _ = _date_after(line, after, dates, used, True)
    return date


def _zone_closes_the_parenthesis(line: str, pos: int) -> bool:
    """Whether a zone written at `pos` (after a comma, perhaps) closes a parenthesis."""
    zone, _, after = _zone_after(line, pos)
    return zone is not None and CLOSE_PAREN.match(line, after) is not None


def _date_after(line: str, pos: int, dates: list[tuple[int, int, DateParts]],
                used: set[int], zoned: bool) -> tuple[DateParts | None, int]:
    """A date written after a clock: "12:45 AM EST on the 11th", "17:41 UTC on 2023-07-19",
    "10:06am Dec 11, 2014", "00:15 CET (2012-07-05)"."""
    gap = CLOCK_THEN_DATE_GAP.match(line, pos)
    assert gap is not None  # the pattern can match the empty string
    at = gap.end()
    has_on = gap.group("on") is not None
    paren = gap.group("paren") is not None
    j = bisect.bisect_left(dates, (at,), key=lambda d: (d[0],)) if dates else 0
    if j < len(dates) and dates[j][0] == at and j not in used:
        parts = dates[j][2]
        full = parts.year is not None and parts.month is not None and parts.range_end is None
        end = dates[j][1]
        if paren:  # "00:15 CET (2012-07-05)", "23:00 UTC (April 5)"
            close = CLOSE_PAREN.match(line, end)
            if parts.month is not None and parts.day is not None and parts.range_end is None:
                if close is not None:
                    used.add(j)
                    return parts, close.end()
                if not zoned and _zone_closes_the_parenthesis(line, end):
                    # "9:34 pm (24th February NZT)": the clock's date, then its zone, which
                    # the caller reads from here
                    used.add(j)
                    return parts, end
        elif has_on or (gap.end() > pos and (zoned or full or (
                parts.numeric is None and parts.month is not None and parts.day is not None
                and parts.range_end is None) or (  # "00:10 Apr 11: mitigated"
                parts.numeric is not None and parts.day is not None
                and line[max(0, pos - 4):pos].lower().endswith(_MERIDIEM_ENDS)))):
            # ("6:30PM 10/27": a month and day after a clock with its AM/PM)
            used.add(j)
            return parts, end
    weekday = WEEKDAY_AFTER_RE.match(line, at) if gap.end() > pos else None
    if weekday is not None and not weekday.group("close") \
            and CLOCK_NEXT_RE.match(line, weekday.end()) is not None:
        weekday = None  # "8:00pm EST, Saturday 01:00 UTC": the weekday is the next time's
    if weekday is not None and not weekday.group("close") and not weekday.group("rest") \
            and weekday.group("wd").isupper():
        weekday = None  # "10:00 AM SAT": capitals after a clock spell a zone, not Saturday
    if weekday is not None and (not paren or weekday.group("close")):
        # "00:10 (Thu) mitigated", "00:10 Thursday: mitigated": the entry's day, by name
        written = weekday.group("wd") + (weekday.group("rest") or "")
        return DateParts(None, None, None, WEEKDAYS[weekday.group("wd").lower()], written), \
            weekday.end()
    if paren:
        return None, pos
    field = WEEKDAY_FIELD_RE.match(line, pos) if not has_on else None
    if field is not None:
        # "10:30 - Tuesday - cleanup", "09:00 | Monday | alert": the entry's day, by name
        written = field.group("wd") + (field.group("rest") or "")
        return DateParts(None, None, None, WEEKDAYS[field.group("wd").lower()], written), \
            field.end()
    if has_on:
        m = DAY_ONLY_RE.match(line, at)
        if m:
            day = int(m.group("d"))
            oddities = () if 1 <= day <= 31 else (f"day {day} does not exist",)
            return DateParts(None, None, day, None, m.group(0), None, oddities), m.end()
    return None, pos


# --- ranges -------------------------------------------------------------------------------

# between a time and the same moment rendered on another clock right after it: "10:00 UTC
# (11:00 CET)", "3:00 PM PDT / 22:00 UTC"
RENDERING_JOIN = LazyPattern(r"[ \t]*+(?:\(|/[ \t]*+)")


# A range's start written as a bare hour, the end's AM, PM, "Uhr" or "h" serving both: "from
# 2 to 4 pm", "between 9 and 11am", "2-4 pm", "von 14 bis 16 Uhr", "entre 2 et 4 h" (the 16
# characters before
# the end, searched from their end)
BARE_HOUR_START = LazyPattern(
    r"(?<![\w:.,/'’#№])(?P<h>[012]?[0-9])(?:\.(?P<m>[0-5][0-9]))?[ \t]*+"
    r"(?P<gap>-|–|—|to|until|till|and|bis|und|à|a|y"
    r"|et)[ \t]*+$", re.IGNORECASE)
_HEDGES = (" about", " around", " approximately", " approx.", " roughly", " ~", "~")
BARE_END = re.compile(r"[0-9]{1,2}(?![0-9:.h])")  # "5pm", "5 p.m.", "16 Uhr": no minutes


def _bare_hour_starts(line: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """`exprs` with a bare hour before a clock that names its half of the day or its "Uhr"
    ("from 2 to 4 pm") read as that range's start: a word between them only after the
    range's opening word ("from", "between", "von"), a dash also without one."""
    out: list[TimeExpr] = []
    for expr in exprs:
        clock = expr.clock
        # ("from 11 to 12:30 UTC", "between 9 and 10:15": a 24-hour end with its minutes
        # lends its clock's day to a bare hour after the range's opening word, below)
        minutes_written = clock is not None and not clock.meridiem and ":" in clock.written
        # ("9-10 am on Feb 12, 2025": the date after the end's clock is the range's)
        if clock is not None and expr.range_end is None \
                and (expr.date is None or line.startswith(clock.written, expr.start)) \
                and (clock.meridiem or expr.written.lower().endswith(("uhr", "h"))
                     or clock.written.endswith("h") or minutes_written) \
                and (not out or out[-1].end < expr.start - 2):
            lo = max(0, expr.start - 16)
            m = BARE_HOUR_START.search(line, lo, expr.start)
            hour = int(m.group("h")) if m is not None else -1
            # the range's opening word: "from", "between", or another language's (FROM_BEFORE)
            # ("from about 8 to 11 p.m.", "between around 5 and 7pm": the start hedged)
            head = line[max(0, m.start() - 24):m.start()].rstrip().lower() if m else ""
            hedged = head.endswith(_HEDGES)
            if hedged:
                head = head[:head.rfind(" ") + 1].rstrip() if " " in head else ""
            led = m is not None and (
                head.endswith(("from", "between"))
                or (not hedged
                    and FROM_BEFORE.search(line, max(0, m.start() - 20), m.start()) is not None))
            fits = 1 <= hour <= 12 if clock.meridiem else 0 <= hour <= 24
            if minutes_written and not (led and m is not None and m.group("m") is None
                                        and (hour, 0) < (clock.hour, clock.minute)):
                fits = False  # only "from 11 to 12:30", the hour before the end's, is read
            # ("Update #4 - 11:50PM": a dash with no opening word joins only two bare hours,
            # "3-5pm", not a number and a clock with its minutes)
            bare_end = BARE_END.match(expr.written) is not None
            # ("10-10:30 AM", "2–3:30 pm": a dash that touches both, the hour not past the
            # end's, joins a bare hour to a clock with its minutes too)
            tight = m is not None and m.group(0) == m.group("h") + m.group("gap") \
                and hour <= (clock.hour % 12 or 12 if clock.meridiem else clock.hour)
            # ("between 2.30 and 7pm", "von 22.15 bis 23 Uhr": a dotted start, its minutes
            # written, only after the range's opening word)
            dotted = m is not None and m.group("m") is not None
            if m is not None and fits and (led or (not dotted and m.group("gap") in "-–—"
                                                   and (bare_end or tight))) \
                    and (not out or out[-1].end <= m.start()):
                written = m.group("h") + (f".{m.group('m')}" if dotted else "")
                minute = int(m.group("m")) if dotted else 0
                out.append(replace(expr, start=m.start(), end=m.start() + len(written),
                                   written=written, zone=None, zone_written=None,
                                   clock=Clock(hour, minute, None, None, written), inherited=(),
                                   approximate=hedged))
        out.append(expr)
    return out


def _ranges(line: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """Fold "A to B", "A - B", "between A and B" into A with `range_end` B."""
    exprs = _bare_hour_starts(line, exprs)
    out: list[TimeExpr] = []
    i = 0
    while i < len(exprs):
        first = exprs[i]
        if i + 1 < len(exprs):
            second = exprs[i + 1]
            if second.start == first.end + 1 and line[first.end] == "/" \
                    and first.range_end is None and _iso_interval_ends(first, second):
                out.append(_join(first, second))  # "2026-02-20T17:45:00/2026-02-23T17:45:00"
                i += 2
                continue
            gap = RANGE_GAP.fullmatch(line, first.end, second.start)
            if gap and first.range_end is None and _joinable(line, first, second, gap):
                if gap.group("wd") and second.date is None and second.clock is not None:
                    second = replace(second, date=DateParts(
                        None, None, None, WEEKDAYS[gap.group("wd").lower()[:3]], gap.group("wd")))
                out.append(_join(first, second))
                i += 2
                continue
            if first.range_end is None and first.clock is not None \
                    and (after := _renderings_then_end(line, exprs, i)) is not None:
                # "from 9:00 AM PT (12:00 PM ET) to 10:30 AM PT": the start's renderings in
                # another zone stand between it and its end; they stay times of their own
                k, second = after
                out.append(_join(first, second))
                out.extend(exprs[i + 1:k])
                i = k + 1
                continue
        out.append(first)
        i += 1
    return out


RENDERINGS_OPEN = re.compile(r"[ \t]*+[(\[][ \t]*+")
# what may stand between the renderings in their parenthesis: "/", ",", "or", "|", blanks
RENDERINGS_BETWEEN = re.compile(r"[ \t]*+(?:[/,;|]|or)?[ \t]*+", re.IGNORECASE)
RENDERINGS_REACH = 80  # the parenthesis closes within this many characters of its opening


def _renderings_then_end(line: str, exprs: list[TimeExpr], i: int
                         ) -> tuple[int, TimeExpr] | None:
    """After the clock `exprs[i]`, a parenthesis of its renderings in other zones and
    nothing else ("(20:40 Sunday PT / 09:10 IST)"), then a range's joining word and the
    end: the end's index and the end. The words joining them are RANGE_GAP's."""
    first = exprs[i]
    opened = RENDERINGS_OPEN.match(line, first.end)
    if opened is None or i + 2 >= len(exprs) or exprs[i + 1].start != opened.end():
        return None
    k, at = i + 1, opened.end()
    while k < len(exprs) and exprs[k].clock is not None and exprs[k].range_end is None \
            and exprs[k].end - opened.start() <= RENDERINGS_REACH \
            and RENDERINGS_BETWEEN.fullmatch(line, at, exprs[k].start) is not None:
        at = exprs[k].end
        k += 1
    if k == i + 1 or k >= len(exprs):
        return None
    closer = "]" if line[opened.start():opened.end()].strip(" \t") == "[" else ")"
    closed = line.find(closer, at, at + 3)
    if closed < 0 or line[at:closed].strip(" \t"):
        return None
    second = exprs[k]
    gap = RANGE_GAP.fullmatch(line, closed + 1, second.start)
    if gap is None or gap.group("under") or not _joinable(line, first, second, gap):
        return None
    return k, second


def _iso_interval_ends(first: TimeExpr, second: TimeExpr) -> bool:
    """Two stamps joined by a slash, each with its year, day and clock: an ISO 8601
    interval's start and end (a slash between clocks alone is two renderings of one time,
    "2:20/1:20 PM EST/CST")."""
    return all(e.date is not None and e.date.year is not None and e.date.day is not None
               and e.clock is not None for e in (first, second))


def _joinable(line: str, first: TimeExpr, second: TimeExpr, gap: re.Match[str]) -> bool:
    if (first.clock is None) != (second.clock is None):
        return False
    if gap.group("under") and first.clock is None:
        return False  # "2024-03-01_2024-03-05": a file name's stamps more likely than a range
    before = line[max(0, first.start - 50):first.start]
    if before.rstrip().lower().endswith("from") and _changed_from(before):
        return False  # "the time was changed from 15:06 to 15:04": a correction, no span
    word = (gap.group("word") or "").lower()
    if word.startswith("and") and word != "and" \
            and STARTING_BEFORE.search(line, max(0, first.start - 30), first.start):
        return True  # "starting around 12:30 and lasting until 13:20"
    if word.startswith("and"):
        word = "and"  # ("and until": a range only after "between", as "and" alone)
    if gap.group("comma") and word != "and" \
            and FROM_EN_BEFORE.search(line, max(0, first.start - 20), first.start) is None:
        return False  # "at 14:10, to the database team": a comma closes the first time
        # (not after "from": "From June 2, 2025, 11pm UTC, to June 3, 1am UTC", the commas
        # setting off the start's parts)
    foreign = (gap.group("foreign") or "").lower()
    if foreign:
        return _foreign_range(line, first.start, foreign)
    if word in ("and", "&"):  # "between 1 AM & 5 AM"
        return bool(BETWEEN_BEFORE.search(line, max(0, first.start - 40), first.start)
                    or BETWEEN_INSIDE.search(first.written))
    return True


# a start said before a range's first end whose end "and ... until" gives
STARTING_BEFORE = LazyPattern(r"(?<![A-Za-z])(?:from|starting|beginning|since|started|began)"
                              r"(?:[ \t]++(?:at|around|about|approximately|roughly|~)){0,2}"
                              r"[ \t]*+$", re.IGNORECASE)
# the English "from" right before a range's first end (an "about" between)
FROM_EN_BEFORE = LazyPattern(r"(?<![A-Za-z])from[ \t]++(?:(?:about|around|approximately|roughly"
                             r"|~)[ \t]*+)?$", re.IGNORECASE)
# the word that opens a range before its first end, in the languages whose "to" or "and"
# RANGE_GAP knows: "de", "du", "von", "desde", "das", "dalle", "с", "від", "từ"; "entre",
# "zwischen", "между"
FROM_BEFORE = LazyPattern(r"(?<![^\W\d_])(?:de|du|des|von|vom|desde|das|dos|entre|zwischen"
                          r"|van|dalle|dalla|dal|od|tra|fra|с|со|з|із|від|между|між|từ)"
                          r"[ \t]++(?:(?:l['’]|la[ \t]++|las[ \t]++|les[ \t]++|le[ \t]++"
                          # (Portuguese: "entre as 8h e as 10h", "das 9h às 11h")
                          r"|as[ \t]++|às[ \t]++|la[ \t]++ora[ \t]++)?"
                          r"[ \t]*+)?$", re.IGNORECASE)
BETWEEN_FOREIGN = frozenset({"et", "und", "y", "e", "и", "і"})
CJK_RANGE_WORDS = frozenset({"から", "부터", "에서", "至", "到"})  # they need no opening word
BETWEEN_OPENERS = frozenset({"entre", "zwischen", "tra", "fra", "между", "між"})


def _foreign_range(line: str, start: int, word: str) -> bool:
    """"de 14h05 à 15h10", "von 10:00 bis 12:30", "entre 9h et 10h30": a word of another
    language joins two times only after its "from" or "between" before the first ("à 14h05
    à Paris" is no range); "et", "und", "y" and "e" only after "entre" or "zwischen"."""
    if word in CJK_RANGE_WORDS:
        return True  # a postposition after the first time: "14:00から", "14:00부터"
    found = FROM_BEFORE.search(line, max(0, start - 20), start)
    if found is None:
        return False
    opener = found.group(0).split()[0].lower()
    return (opener in BETWEEN_OPENERS) == (word in BETWEEN_FOREIGN) or (
        opener in BETWEEN_OPENERS and word in ("à", "a", "bis"))


def _changed_from(before: str) -> bool:
    """CHANGED_FROM's search of the words before a "from", made when they hold a word it
    needs (its search is tried at every position)."""
    lowered = before.lower()
    return any(word in lowered for word in CHANGE_WORDS) \
        and CHANGED_FROM.search(before) is not None


def join_range(first: TimeExpr, second: TimeExpr) -> TimeExpr:
    """`first` as a range to `second`, each end lending the other what only it wrote."""
    return _join(first, second)


def _days_written_apart(first: DateParts | None, second: DateParts | None) -> bool:
    """Both ends of a range write their day, and not the same one ("on the 4th" ... "on the
    5th", "Mon 23:10" ... "Tue 1:05"): an end's AM or PM is its own day's, lent to neither."""
    if first is None or second is None:
        return False
    return (first.day, first.month, first.weekday) != (second.day, second.month, second.weekday)


def _join(first: TimeExpr, second: TimeExpr) -> TimeExpr:
    start_inherits: list[str] = []
    end_inherits: list[str] = []
    c1, c2 = first.clock, second.clock
    if c1 is not None and c2 is not None and _days_written_apart(first.date, second.date):
        pass  # "from about 5 PM on the 4th to 10:46 on the 5th": another day's half of it
    elif c1 is not None and c2 is not None:
        if c1.meridiem and not c2.meridiem and c2.hour <= 12 and not c2.placeholder:
            moved = _with_meridiem(c2, c1.meridiem)
            if (moved.hour, moved.minute) >= (c1.hour, c1.minute):
                c2 = moved
                end_inherits.append(f"{c1.meridiem.upper()} from the range start")
        elif c2.meridiem and not c1.meridiem and c1.hour <= 12 and not c1.placeholder \
                and not c2.oddities:  # "01:35 and 15:00 PM": a 24-hour end lends no PM
            moved = _with_meridiem(c1, c2.meridiem)
            if (moved.hour, moved.minute) <= (c2.hour, c2.minute):
                c1 = moved
                start_inherits.append(f"{c2.meridiem.upper()} from the range end")
    zone1, zone1_written = first.zone, first.zone_written
    if zone1 is None and second.zone is not None:
        zone1, zone1_written = second.zone, second.zone_written
        start_inherits.append(f"zone {second.zone.label} from the range end")
    date1 = first.date
    if date1 is None and second.date is not None and second.date.month is not None:
        date1 = second.date
        start_inherits.append(f"date {second.date.written} from the range end")
    elif date1 is None and second.date is not None and second.date.weekday is not None \
            and second.date.day is None and second.date.month is None \
            and c1 is not None and c2 is not None \
            and (c1.hour, c1.minute) <= (c2.hour, c2.minute):
        # "between 12:30 and 1 a.m. Sunday": the end's weekday is the start's too, the start
        # no later on the clock ("from 23:00 to 01:00 Sunday" starts the evening before)
        date1 = second.date
        start_inherits.append(f"date {second.date.written} from the range end")
    end = replace(second, clock=c2, inherited=tuple(end_inherits))
    return replace(first, clock=c1, zone=zone1, zone_written=zone1_written, date=date1,
                   range_end=end, inherited=tuple(start_inherits))


def _day_word_before(line: str, start: int) -> str | None:
    """The meridiem a Korean, Japanese or Chinese word for a part of the day right before a
    clock gives it ("오후 2:27", "밤 12시", "凌晨3点"), "night" for the night's words."""
    before = line[max(0, start - 6):start].rstrip()
    for hedge in _CJK_HEDGES:  # "晚間約9時", "오후 약 3시": about that hour
        if before.endswith(hedge):
            before = before[:-len(hedge)].rstrip()
            break
    return KO_MERIDIEM.get(before[-2:]) or KO_MERIDIEM.get(before[-1:])


# "about" between a part of the day and its hour, the longest first
_CJK_HEDGES = ("大約", "大约", "大概", "約", "约", "약")


def _latin_meridiem_before(line: str, start: int, cjk: bool) -> str | None:
    """"am" or "pm" for AM or PM written before the clock, glued ("AM10:00", "PM3:00", as
    Japanese and Korean notices write it), or one blank before it on a line of theirs ("PM
    11:20 復旧"); in capitals, and no word's end ("RPM3:00")."""
    at = start - 1 if line[start - 1] == " " and cjk else start
    if at < 2 or line[at - 2:at] not in ("AM", "PM") or (at > 2 and line[at - 3].isalpha()):
        return None
    return "am" if line[at - 2] == "A" else "pm"


# "in the evening at 9:30", "that night, at 12:36", "at 9:30 in the evening", "2:10 last
# night": an English part of the day right before or after a clock that writes no AM or PM
DAY_PART_BEFORE = LazyPattern(
    r"(?<![A-Za-z])(?:in|during|on|this|that|the|late|early|last|tomorrow|yesterday)"
    r"[ \t]++(?:the[ \t]++)?(?:morning|afternoon|evening|night)[ \t]*+,?[ \t]*+"
    r"(?:(?:at|around|about|by|from|until|shortly[ \t]++after|just[ \t]++after)[ \t]++)?$"
    r"|(?<![A-Za-z])(?:tonight|overnight)[ \t]*+,?[ \t]*+(?:(?:at|around|about|by)[ \t]++)?$",
    re.IGNORECASE)
DAY_PART_AFTER = LazyPattern(
    r"[ \t]*+,?[ \t]*+(?:(?:in|during)[ \t]++the|this|that|at|last|on[ \t]++the)"
    r"[ \t]++(?P<part>morning|afternoon|evening|night)(?![A-Za-z])"
    r"|[ \t]*+,?[ \t]*+(?P<tonight>tonight)(?![A-Za-z])", re.IGNORECASE)
# each part's meridiem, and the hours (as written, 1 to 12) it holds: "in the morning at
# 12:30" or "in the evening at 2:00" is no such time, and gets no meridiem from it
_DAY_PARTS: dict[str, tuple[str, Container[int]]] = {
    "morning": ("am", range(1, 12)), "afternoon": ("pm", (12, *range(1, 7))),
    "evening": ("pm", range(4, 12)), "night": ("night", range(1, 13)),
    "tonight": ("night", range(6, 13)), "overnight": ("night", range(1, 13))}


# Indonesian's, Malay's and Filipino's parts of the day after a clock ("jam 10 malam", "pukul
# 3 sore", "10:00 ng gabi", "4:30 ng hapon"), and Hindi's before it ("रात 10 बजे", "दोपहर 2:30
# बजे", "शाम 6 बजे", "सुबह 9 बजे"): each part's meridiem and hours, as the English ones'
FOREIGN_DAY_PART_AFTER = LazyPattern(
    r"[ \t]*+(?:(?:wib|wita|wit|myt|pht)[ \t]++)?(?P<part>malam|sore|siang|pagi|ng[ \t]++gabi"
    r"|ng[ \t]++hapon|ng[ \t]++umaga|ng[ \t]++tanghali)(?![^\W\d_])", re.IGNORECASE)
FOREIGN_DAY_PART_BEFORE = LazyPattern(r"(?<![^\W\d_])(?P<part>रात|दोपहर|शाम|सुबह)"
                                      r"[ \t]*+(?:को[ \t]*+)?$")
_FOREIGN_DAY_PARTS: dict[str, tuple[str, Container[int]]] = {
    "malam": ("night", range(1, 13)), "ng gabi": ("night", range(1, 13)),
    "sore": ("pm", range(1, 8)), "ng hapon": ("pm", (12, *range(1, 7))),
    "siang": ("pm", (12, 1, 2, 3)), "ng tanghali": ("pm", (12, 1)),
    "pagi": ("am", range(1, 12)), "ng umaga": ("am", range(1, 12)),
    "रात": ("night", range(1, 13)), "दोपहर": ("pm", (12, *range(1, 6))),
    "शाम": ("pm", range(4, 12)), "सुबह": ("am", range(1, 12))}
_FOREIGN_DAY_PART_WORDS = ("malam", "sore", "siang", "pagi", "ng gabi", "ng hapon", "ng umaga",
                           "ng tanghali", "रात", "दोपहर", "शाम", "सुबह")


def _names_a_day_part(line: str) -> bool:
    """Whether the line holds one of the words `_day_part_around` reads (DAY_PART_BEFORE's
    and DAY_PART_AFTER's each hold one, or the other languages' own): tested once a line,
    before any clock's search."""
    lower = line.lower()
    return "night" in lower or "morning" in lower or "evening" in lower \
        or "afternoon" in lower or any(word in lower for word in _FOREIGN_DAY_PART_WORDS)


def _day_part_around(line: str, start: int, end: int, hour: int) -> str | None:
    """The meridiem an English part of the day right beside a clock gives it ("at 9:30 in
    the evening": PM; "during the night, at 12:36": the small hours), where the hour fits the
    part (an afternoon from 12 to 6, an evening from 4 to 11, a morning from 1 to 11). Asked
    only of a line `_names_a_day_part`."""
    part = None
    found = DAY_PART_BEFORE.search(line, max(0, start - 45), start)
    if found is not None:
        words = found.group(0).lower()
        part = next(p for p in ("morning", "afternoon", "evening", "tonight", "overnight",
                                "night") if p in words)
    elif (after := DAY_PART_AFTER.match(line, _trim_end(line, start, end))) is not None:
        part = (after.group("part") or after.group("tonight")).lower()
    if part is None:
        foreign = FOREIGN_DAY_PART_AFTER.match(line, _trim_end(line, start, end)) \
            or FOREIGN_DAY_PART_BEFORE.search(line, max(0, start - 12), start)
        if foreign is None:
            return None
        meridiem, hours = _FOREIGN_DAY_PARTS[" ".join(foreign.group("part").lower().split())]
        return meridiem if hour in hours else None
    meridiem, hours = _DAY_PARTS[part]
    return meridiem if hour in hours else None


# A meridiem opening a line: the one a paragraph's line ended its clock before ("... as of
# June 24 at 6:00" over "PM. Compute nodes ...": the editor wrapped between them)
WRAPPED_MERIDIEM = LazyPattern(r"[ \t]*+(?P<m>[AaPp])\.?[Mm]\.?(?![A-Za-z])")


def wrapped_meridiem(clock: Clock, next_line: str) -> Clock | None:
    """`clock` (ending its line, with no AM or PM) with the meridiem that opens the next line
    of its paragraph, or None where that line opens with none."""
    if clock.meridiem is not None or not 1 <= clock.hour <= 12:
        return None
    m = WRAPPED_MERIDIEM.match(next_line)
    return None if m is None else _with_meridiem(clock, m.group("m").lower() + "m")


def wrapped_zone(next_line: str) -> tuple[Zone, str] | None:
    """The zone that opens the next line of a paragraph whose line ends on a clock without
    one ("... completed at 10:12 AM" over "MT, with service ..."): the clock's, wrapped by
    the editor. Its abbreviation or offset only, then a mark or a blank (not a word)."""
    text = next_line.lstrip(" \t")
    if not text[:1].isupper():
        return None
    zone, written, end = _zone_after(" " + text, 0)  # (the blank a zone follows its clock by)
    if zone is None or written is None or text[end - 1:end].isalnum():
        return None
    return zone, written


def _with_meridiem(clock: Clock, meridiem: str) -> Clock:
    if meridiem == "night":  # 9 to 11 in the evening, 12 at midnight, 1 to 5 in the morning
        meridiem = "pm" if 6 <= clock.hour <= 11 else "am"
    hour = clock.hour % 12 + (12 if meridiem == "pm" else 0)
    return replace(clock, hour=hour, meridiem=meridiem)  # type: ignore[arg-type]
