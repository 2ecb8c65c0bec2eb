"""Durations the author stated: "lasted for 3 hours", "Duration: 30 mins", "4 days".

Only durations with a cue that makes them the incident's length are taken ("lasted",
"duration", "for about", "outage of", "three-hour period", "20 minutes of downtime"): "6
hours before detection" or an action plan's "(4-24 hours)" are not the incident's duration.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pmlint.timeline.casefold import fold, folded_pattern
from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.starts import has_ascii_digit

WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50,
    "sixty": 60, "ninety": 90, "half an": 0.5, "half a": 0.5, "a half": 0.5,
    "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "seventy": 70, "eighty": 80,
}
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
for _tens in _TENS:  # "twenty-one", "forty five"
    for _one in _ONES:
        WORD_NUMBERS[f"{_tens}-{_one}"] = WORD_NUMBERS[_tens] + WORD_NUMBERS[_one]
# The numbers people spell out before a unit in the other languages drafts are written in
# (German, French, Spanish, Portuguese, Italian, Dutch): "etwa drei Stunden", "pendant deux
# heures", "durante dos horas". Articles that mean "one" ("eine Stunde", "une heure") too.
FOREIGN_NUMBERS = {
    **dict.fromkeys(("ein", "eine", "einer", "einen", "un", "une", "una", "uno", "um", "uma",
                     "een"), 1),
    **dict.fromkeys(("zwei", "deux", "dos", "dois", "duas", "due", "twee"), 2),
    **dict.fromkeys(("drei", "trois", "tres", "três", "tre", "drie"), 3),
    **dict.fromkeys(("vier", "quatre", "cuatro", "quatro", "quattro"), 4),
    **dict.fromkeys(("fünf", "cinq", "cinco", "cinque", "vijf"), 5),
    **dict.fromkeys(("sechs", "seis", "sei", "zes"), 6),
    **dict.fromkeys(("sieben", "sept", "siete", "sete", "sette", "zeven"), 7),
    **dict.fromkeys(("acht", "huit", "ocho", "oito", "otto"), 8),
    **dict.fromkeys(("neun", "neuf", "nueve", "nove", "negen"), 9),
    **dict.fromkeys(("zehn", "dix", "diez", "dez", "dieci", "tien"), 10),
    **dict.fromkeys(("zwölf", "douze", "doce", "doze", "dodici", "twaalf"), 12),
    **dict.fromkeys(("zwanzig", "vingt", "veinte", "vinte", "venti", "twintig"), 20),
    **dict.fromkeys(("dreißig", "trente", "treinta", "trinta", "trenta", "dertig"), 30),
    **dict.fromkeys(("vierzig", "quarante", "cuarenta", "quarenta", "quaranta", "veertig"), 40),
}
WORD_NUMBERS.update(FOREIGN_NUMBERS)
UNIT_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
_UNIT_ALIASES = {
    "s": "second", "sec": "second", "secs": "second", "second": "second", "seconds": "second",
    "m": "minute", "min": "minute", "mins": "minute", "minute": "minute", "minutes": "minute",
    "h": "hour", "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour",
    "d": "day", "day": "day", "days": "day", "week": "week", "weeks": "week",
    # the units in the other languages drafts are written in (French, German, Spanish,
    # Portuguese, Italian, Dutch, Polish)
    **dict.fromkeys(("seconde", "secondes", "sekunde", "sekunden", "segundo", "segundos",
                     "secondo", "secondi", "seconden", "sekund", "sekundy"), "second"),
    **dict.fromkeys(("minuten", "minuto", "minutos", "minuti", "minut", "minuty", "minutter",
                     "minuter"), "minute"),
    **dict.fromkeys(("heure", "heures", "stunde", "stunden", "std", "hora", "horas", "ora",
                     "ore", "uur", "godzina", "godziny", "godzin", "timer", "timmar", "timme"),
                    "hour"),
    **dict.fromkeys(("jour", "jours", "tag", "tage", "tagen", "día", "días", "dia", "dias",
                     "giorno", "giorni", "dag", "dagen", "dager", "dagar", "dage", "dni",
                     "dzień"), "day"),
    # Russian and Ukrainian
    **dict.fromkeys(("секунд", "секунды", "секунду", "сек"), "second"),
    **dict.fromkeys(("минут", "минуты", "минуту", "мин", "хвилин", "хвилини", "хвилину"),
                    "minute"),
    **dict.fromkeys(("часов", "часа", "час", "годин", "години", "годину"), "hour"),
    **dict.fromkeys(("дней", "дня", "день", "суток", "сутки", "днів", "дні"), "day"),
    # Korean and Japanese, written right after the number ("86분", "2時間")
    **dict.fromkeys(("초", "秒"), "second"), **dict.fromkeys(("분", "分"), "minute"),
    **dict.fromkeys(("시간", "時間"), "hour"),
    # Chinese, simplified and traditional ("87分钟", "2小時")
    **dict.fromkeys(("分钟", "分鐘"), "minute"), **dict.fromkeys(("小时", "小時"), "hour"),
}
# A compound ("twenty-one") before its first word ("twenty"); a longer word before its prefix
# ("fourteen" before "four"); each alternative is tried in turn, no backtracking into them.
# The other languages' numbers come first, longest first: no word before them may match the
# opening of one ("a" of "acht") and leave it unread.
_FOREIGN_WORDS = "|".join(sorted(FOREIGN_NUMBERS, key=lambda w: (-len(w), w)))
_WORDS = (r"(?>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ -]"
          r"(?:one|two|three|four|five|six|seven|eight|nine)(?![a-z])"
          rf"|{_FOREIGN_WORDS}"
          r"|half an?|a half(?=[ -]hour(?![s]))|thirteen|fourteen|fifteen|sixteen|seventeen"
          r"|eighteen|nineteen"
          r"|seventy|eighty|an?|one|two|three|four|five|six|seven|eight|nine|ten"
          r"|eleven|twelve|twenty|thirty|forty|fifty|sixty|ninety)")
# a decimal point or, as much of Europe writes it, a decimal comma: "2.5 hours", "2,5 hours"
# ("9+ hours", "90+ min": the amount and more, a lower bound)
_NUM = rf"(?:\d{{1,4}}(?:[.,]\d{{1,2}})?(?:\+(?=[ \t]?[^\W\d_]))?|{_WORDS})"
# the other languages' units, each before any of its prefixes ("minuten" before "minute",
# "stunden" before "stunde"): an alternative is tried whole, in turn
_FOREIGN_UNIT = (r"secondes?|seconden|sekunden?|sekundy|sekund|segundos?|second[io]|minuten"
                 r"|minut[oi]s?|minuty|minutter|minuter|minut|heures?|stunden?|std|horas?|uur|ore"
                 r"|ora|godzin[ay]?|timmar|timme|timer"
                 r"|jours?|tagen?|tage|días?|dias?|giorn[oi]|dagen|dager|dagar|dage|dag|dni|dzień"
                 # Russian and Ukrainian, each form before its prefixes
                 r"|секунды|секунду|секунд|сек|минуты|минуту|минут|мин|хвилини|хвилину|хвилин"
                 r"|часов|часа|час|години|годину|годин|дней|дня|день|суток|сутки|днів|дні"
                 r"|시간|분|초|時間|小时|小時|分钟|分鐘|分|秒")
_UNIT = rf"(?:{_FOREIGN_UNIT}|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|[hms])"
LENGTH_UNIT = _UNIT  # the words a length's unit is written in, for the rules' own patterns
_FULL_UNIT = rf"(?:{_FOREIGN_UNIT}|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)"
# The same words for DURATION_RE grouped by their first letter, in the same order within a
# letter (only one letter's words can match at a position: the first that matches is the one
# _WORDS takes). DURATION_RE tries them at most words' starts: a letter's group passed over
# in one test costs less than each of thirty-five words.
_ONES_AFTER = "(?:one|two|three|four|five|six|seven|eight|nine)(?![a-z])"
_WORD_GROUPS: dict[str, list[str]] = {}
for _word in [f"{_tens}[ -]{_ONES_AFTER}" for _tens in _TENS] + _WORDS.split(")(?![a-z])")[
        1].removeprefix("|").removesuffix(")").split("|"):
    _WORD_GROUPS.setdefault(_word[0], []).append(_word[1:])
_WORD_NUM = "(?>" + "|".join(f"{first}(?:{'|'.join(rests)})"
                             for first, rests in _WORD_GROUPS.items()) + ")"
# A word people put between the number and its unit: "72 grueling hours", "three long days"
_ADJ = (r"(?:long|full|whole|straight|solid|consecutive|grueling|gruelling|agonizing"
        r"|agonising|painful|excruciating|tense|stressful|hectic|frantic)")
# Chinese counts its hours and minutes with its own numerals and a measure word: "两小时", "2个
# 多小时" (more than two hours), "一个半小时" (an hour and a half), "十多个小时", "半小时",
# "三十分钟" (digits without the measure word are _PART's: "2小时")
_CN_NUM = r"(?:[一二两兩三四五六七八九]?十[一二三四五六七八九]?|[一二两兩三四五六七八九])"
_CN_PART = (rf"(?:(?:\d{{1,4}}|{_CN_NUM})(?:多?[个個][半多]?|多)|{_CN_NUM}|半[个個]?)"
            r"(?:小时|小時|分钟|分鐘)")
CN_PART_RE = re.compile(rf"(?P<num>\d{{1,4}}|{_CN_NUM})?(?P<more>多)?(?:[个個])?(?P<half>半)?"
                        rf"(?P<more2>多)?(?:[个個])?(?P<unit>小时|小時|分钟|分鐘)")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2, "兩": 2}


def _chinese_count(text: str) -> int:
    """二十三 → 23, 十一 → 11, 十 → 10, 两 → 2, 12 → 12."""
    if text.isdigit():
        return int(text)
    tens, ten, units = text.partition("十")
    if not ten:
        return _CN_DIGITS[text]
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)


def _chinese_measure(amount: str) -> tuple[int, str] | None:
    """The seconds and unit of a Chinese length (`_CN_PART`), None for any other."""
    m = CN_PART_RE.fullmatch(amount)
    if m is None:
        return None
    unit = _UNIT_ALIASES[m.group("unit")]
    value = (_chinese_count(m.group("num")) if m.group("num") else 0) \
        + (0.5 if m.group("half") else 0)
    return round(value * UNIT_SECONDS[unit]), unit


# Digits take any unit ("2h", "30 mins", "9+ hours": nine and more); a word number takes a
# spelled-out unit only, so the "a" and "m" of "12:45 AM" are never "a minute".
_PART = (rf"(?:\d{{1,4}}(?:[.,]\d{{1,2}})?(?:\+?[ \t]?{_UNIT}|-{_FULL_UNIT}"
         rf"|[ \t]++{_ADJ}[ \t]++{_FULL_UNIT}"
         rf"|[ \t]++and[ \t]++a[ \t]++half[ \t]++{_FULL_UNIT})"
         # ("five-and-a-half hours": the words joined by hyphens)
         rf"|{_WORD_NUM}(?:[ \t]++and[ \t]++a[ \t]++half[ \t]++|-and-a-half[ \t-])"
         rf"{_FULL_UNIT}"
         rf"|{_WORD_NUM}[ \t-](?:{_ADJ}[ \t]++)?{_FULL_UNIT}"
         rf"|{_CN_PART})"
         r"(?![A-Za-zа-яёіїє])")  # (a unit's word ends there: "3 секции" is no "3 сек")
# "2:30 hours", "1:45 hrs", "3:15 Stunden": hours and minutes written as a clock reads them;
# "1h30", "2 h 30" (French): the minutes after the "h", no unit of their own
_CLOCK_HOURS = (r"\d{1,2}:[0-5]\d[ \t]?(?:hours?|hrs?|h|stunden|std|ore|godzin[ay]?)(?![A-Za-z])"
                r"|\d{1,2}[ \t]?h[ \t]?[0-5]\d(?![\d:])"
                r"(?:[ \t]?(?:minutes?|mins?|min|m)(?![A-Za-z]))?")
# "2d 1h 29m", "3d 4h": a bare "d" is a day only as the lead of hours that follow it (alone,
# "2d" is as often a dimension or "2nd"), so it is taken only with an hours part after it
_DAYS_LEAD = (r"\d{1,3}[ \t]?d(?![A-Za-z])[ \t]*+,?[ \t]*+"
              r"(?=\d{1,2}[ \t]?(?:h|hrs?|hours?)(?![A-Za-z]))")
# DURATION_RE runs on lines that may hold a duration: it is compiled case-sensitively for
# the line folded (casefold.py), which matches as IGNORECASE would, in half the time. An
# amount opens with a digit or a number word's first letters ("an", "five", "half", "one",
# "seven", "ten", "eight", "nine"): that is looked for before the lookbehind, which the search
# otherwise tries, then every number word, at every position of the line. Two or three
# letters, not one: "the", "to", "for", "service" and "team" open no number's word, and most
# words opening with those first letters were tried against every amount.
_AMOUNT_OPENS = (r"(?=\d|a|one|t(?:hr|hir|w|en)|f(?:ou|ort|iv|if)|s(?:ix|ev)|ei|el|nin|hal|"
                 # (Chinese numerals and "half")
                 r"[一二两兩三四五六七八九十半]|"
                 # (and the other languages' numbers' openings)
                 + "|".join(sorted({w[:2] for w in FOREIGN_NUMBERS})) + ")")
# Japanese, Chinese and Korean glue a number to the word before it ("合計90分", "約2時間",
# "총90분"): a letter of theirs may stand right before an amount
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_NOT_AFTER = rf"(?<!(?![{_CJK}])[\w.,:-])"
DURATION_RE = re.compile(folded_pattern(
    rf"{_AMOUNT_OPENS}{_NOT_AFTER}(?P<amount>{_CLOCK_HOURS}"
    rf"|(?:{_DAYS_LEAD})?{_PART}(?:(?:[ \t]*+,?[ \t]*+(?:and[ \t]++)?|:){_PART}){{0,2}}"
    # ("dos horas y media", "duas horas e meia", "deux heures et demie", "due ore e mezza")
    rf"(?:[ \t]++(?:and[ \t]++a[ \t]++half|y[ \t]++media|e[ \t]++meia|et[ \t]++demie"
    rf"|e[ \t]++mezza))?)"))
# DURATION_RE's search: the character before an amount (none of "\w.,:-", or a CJK letter)
# first, on the folded line with a blank put before it. Opening with looks, DURATION_RE is
# tried at every position of a line; opening with a set, the search skips to each blank or
# mark, about one character in five (`duration_matches`).
_DURATION_AFTER = re.compile(
    rf"(?:[^\w.,:-]|[{_CJK}])" + DURATION_RE.pattern.replace(_NOT_AFTER, "", 1))


def duration_matches(folded: str) -> Iterator[re.Match[str]]:
    """What `DURATION_RE.finditer(folded)` finds: each amount is found after the character
    before it, then matched by DURATION_RE itself. An amount ends with a letter (its unit),
    so the next one never starts right where one ends, and the searches agree."""
    padded = " " + folded  # an amount opening the line has a blank before it
    search, match = _DURATION_AFTER.search, DURATION_RE.match
    at = 0
    while (found := search(padded, at)) is not None:
        m = match(folded, found.start())  # the amount starts one after the blank's place
        if m is None:  # cannot be: the same pattern after the same character
            return
        yield m
        at = found.end()
# (a bare "d" only right after digits: "2d", "2 d", never the "d" of "and")
PART_RE = re.compile(rf"(?P<num>{_NUM})[ \t-]?(?:{_ADJ}[ \t]++)?"
                     rf"(?P<unit>{_UNIT}|(?:(?<=\d)|(?<=\d[ \t]))d)(?![A-Za-zа-яёіїє])",
                     re.IGNORECASE)
CUE_BEFORE = re.compile(
    # ("it took us 3 hours to restore service": who it took does not change the length)
    r"(?P<cue>lasted for|lasting for|lasted|lasting|lasts"
    # "Impact duration was 4 hours", "the duration of the outage was 2 h" ("impacted during 4
    # hours": "for" as writers of other first languages say it)
    r"|duration(?:[ \t]++of[ \t]++(?:the[ \t]++)?(?:outage|incident|impact|downtime))?"
    r"[ \t]++(?:was|is|of)|duration|for|during|"
    # the other languages' "for", "during", "lasted" and "duration"
    r"pendant|durant|dur[ée]e|a[ \t]++dur[ée]|während|für|dauerte|dauer|durante|por|durou"
    r"|duró|durata|[èe][ \t]++durat[oa]|gedurende|duurde|duur|przez|trwała|trwał"
    # (Norwegian, Swedish and Danish "lasted": "varte i nærmere tre timer", "varade i 2 timmar")
    r"|varte(?:[ \t]++i)?|varade(?:[ \t]++i)?|varede(?:[ \t]++i)?"
    # (Russian and Ukrainian: "в течение", "на протяжении", "длился", "продолжался", "протягом")
    r"|в[ \t]++течение|на[ \t]++протяжении|длил(?:ся|ась|ось|ись)|продолжал(?:ся|ась|ось|ись)"
    r"|протягом|тривав|тривала|тривало"
    # (Korean's and Japanese's "total": "총 9시간", "計90分")
    r"|총|합계|計|合計"
    # (Chinese "lasted", "took", "as long as", "in total": "持续近87分钟", "歷時約2小時")
    r"|持续了?|持續了?|历时|歷時|长达|長達|共计|共計|耗时|耗時"
    # (its "duration" as a label: "故障时长：90分钟", "影响时长为 40 分钟")
    r"|时长(?:为|為)?|時長(?:为|為)?"
    # (the service down that long: "前后中断了 95 分钟", "不可用 59 分钟", "宕机了2小时")
    r"|中断了?|中斷了?|不可用|无法使用|無法使用|宕机了?|當機了?|停机了?|停機了?"
    # (and "over", "more than": "抢修超过了9小时", a lower bound)
    r"|超过了?|超過了?"
    # and their "outage of": "une coupure de 2 h 30", "ein Ausfall von 40 Minuten"
    # (a whole word: "Gesamtausfall von 13 Minuten", a total outage, sums several)
    # (and their "for a duration of": "soit une durée de 25 minutes", "con una duración de")
    r"|(?<![^\W\d_])(?:(?:coupure|panne|interruption|indisponibilité|durée)[ \t]++d['e]"
    r"|(?:duración|duração)[ \t]++de|durata[ \t]++di|dauer[ \t]++von"
    r"|(?:ausfall|störung)[ \t]++von"
    r"|(?:caída|interrupción|interrupção|queda|indisponibilidad|indisponibilidade)[ \t]++de"
    r"|(?:interruzione|disservizio)[ \t]++di|(?:storing|onderbreking)[ \t]++van)|"
    r"took(?:[ \t]++(?:us|them|the[ \t]++team|our[ \t]++team|engineers|engineering))?|outage of|"
    # ("the downtime was 20 minutes", "Total outage was 3 hours": the outage's length said)
    r"(?:downtime|outage)[ \t]++(?:was|is)|"
    # ("Total outage: 3 hours", "Total disruption time - 40 minutes": a label's total)
    r"total[ \t]++(?:outage|disruption|impact|interruption)(?:[ \t]++(?:time|duration"
    r"|length))?(?=[ \t]*+[:\-–—])|"
    # ("The total outage window was 3 hours", "our impact window was 45 minutes")
    r"(?:outage|impact|incident|downtime|disruption)[ \t]++(?:window|period)[ \t]++(?:was|is)|"
    r"downtime of|downtime|total of|at most|no more than|at least|no less than|"
    r"period of|in total|spanning|spanned|over)"
    # ("**Total downtime:** 40 minutes", "**Duration**: 45 min": the label emphasised)
    r"[ \t:：\-–—*_]*+(?:(?:a[ \t]++)?(?:total[ \t]++of|period[ \t]++of)[ \t]++)?"
    # (a hedge, or two stacked: "about roughly 15 minutes")
    r"(?:(?:about|approximately|approx\.?|around|roughly|nearly|almost|over|just[ \t]++over|"
    r"just[ \t]++under|(?:a[ \t]++(?:little|bit)|slightly)[ \t]++(?:over|under|more[ \t]++than"
    r"|less[ \t]++than)|under|more[ \t]++than|less[ \t]++than|well[ \t]++over|~"
    r"|environ|près[ \t]++de|plus[ \t]++de|moins[ \t]++de|etwa|ca\.|circa|rund|knapp|über"
    r"|mehr[ \t]++als|cerca[ \t]++de|aproximadamente|unos|unas|más[ \t]++de|mais[ \t]++de"
    r"|menos[ \t]++de|oltre|quasi|ongeveer|ruim|bijna|około|ponad|около|более|почти|примерно"
    r"|nærmere|nesten|næsten|nästan|omkring|ungefär|cirka|drøyt|knappt"
    r"|близько|понад|약|約|约|大约|大約|将近|將近|近|了|达|達)[ \t]*+){0,2}$",
    re.IGNORECASE,
)
# "The first DNS outage was", "the second outage is", "each downtime was": one of several
ONE_OF_SEVERAL = LazyPattern(r"(?<![a-z])(?:first|second|third|fourth|fifth|last|final|other"
                             r"|each|one|another|latter|former|shorter|longer|later|earlier)"
                             r"(?:[ \t]++[a-z0-9-]++){0,2}?[ \t]*+$", re.IGNORECASE)
# "a 7 minute cascading failure", "a 40-minute total network outage": a length naming the
# outage with a word or two between that say what kind of one it was
_KIND_OF_OUTAGE = (r"(?:(?:total|complete|full|partial|cascading|global|major|minor|brief"
                   r"|unplanned|unexpected|service|system|site|website|network|api|database"
                   r"|dns|power|platform|cluster)[ \t]++){0,2}")
CUE_AFTER = re.compile(r"[ \t]*+(?:long[ \t]++)?" + _KIND_OF_OUTAGE
                       + r"(?P<cue>period|outage|downtime|disruption|window|incident|failure"
                       r"|interruption|blackout)(?![A-Za-z])"
                       # ("the 5-minute failure rate": a measure's window, no outage's length)
                       r"(?![ \t]++(?:rates?|counts?|thresholds?|alerts?|budgets?|metrics?)"
                       r"(?![A-Za-z]))", re.IGNORECASE)
# "resulting in 1 hour and 5 minutes service downtime", "2 hours of downtime for users": the
# outage named right after an unhyphenated length (not "of planned downtime", not a budget
# "per month")
DOWNTIME_AFTER = re.compile(r"[ \t]++(?:of[ \t]++)?(?:(?:service|system|site|website|total"
                            r"|complete|full|unplanned)[ \t]++)?(?:downtime|outage)(?![A-Za-z])"
                            r"(?![ \t]++(?:per|a|each|every)[ \t])", re.IGNORECASE)
# "experienced a 7 minute cascading failure", "a roughly 50 minute incident": after "a" (and
# a hedge), the length is the failure's; not "a 30 minute incident review", a meeting's
ARTICLE_BEFORE = LazyPattern(r"(?<![A-Za-z])an?[ \t]++(?:(?:roughly|approximately|approx\."
                             r"|about|around|nearly|almost|estimated|~)[ \t]*+)?$",
                             re.IGNORECASE)
FAILURE_AFTER = LazyPattern(r"[ \t]++" + _KIND_OF_OUTAGE
                            + r"(?:failure|disruption|interruption|outage|downtime|blackout"
                            r"|incident"
                            r"(?![ \t]++(?:review|call|bridge|meeting|retro|retrospective"
                            r"|response|report|channel|drill|exercise|commander)))(?![A-Za-z])",
                            re.IGNORECASE)
# "errors within a 1-minute window", "the peak 5-minute window": a window to count in, no
# length of the incident
SAMPLE_BEFORE = LazyPattern(r"(?<![a-z])(?:within|in|inside|per|peak|rolling|sliding|any)"
                            r"[ \t]++(?:(?:a|an|the|one|each|its|that|this)[ \t]++)?$",
                            re.IGNORECASE)
# "over ~2 days (Feb 10-12)", "3 days (12-15 March)": the length of the dates written right
# after it, told of in their own words, not held to the incident's window
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
OWN_DATES_AFTER = LazyPattern(
    rf"[ \t]*+\([ \t]*+(?:{_MONTH}[ \t]++{_DAY}[ \t]*+(?:[-–—]|to)[ \t]*+(?:{_MONTH}[ \t]++)?{_DAY}"
    rf"|{_DAY}[ \t]*+(?:[-–—]|to)[ \t]*+{_DAY}[ \t]++{_MONTH})[ \t]*+\)", re.IGNORECASE)
# "what was planned as a 5min outage", "a maintenance scheduled for 30 minutes", "we
# estimated 10 minutes of downtime": a plan's length, not the length the incident had
PLAN_BEFORE = LazyPattern(r"(?<![A-Za-z])(?:planned|scheduled|expected|estimated|anticipated"
                          r"|intended|supposed|meant|budgeted|projected)(?![A-Za-z])"
                          r"(?P<between>[^.;,!?()\n]{0,48}+)$", re.IGNORECASE)
# words between a plan and a length that turn to what happened instead ("was scheduled for
# an hour but lasted 3 hours")
PLAN_TURNED = LazyPattern(r"(?<![A-Za-z])(?:but|however|instead|yet|though|although|while"
                          r"|whereas|actually|lasted|lasting|took|ended|turned|became"
                          r"|was[ \t]++down|went)(?![A-Za-z])", re.IGNORECASE)
# "After 2.5 hours, service was restored": a sentence that opens with the time elapsed and
# says the service came back tells the length from the start to the restoration (not "...
# and after 5 minutes service was restored": counted from the step before, not the start)
ELAPSED_LEAD = LazyPattern(r"(?:^|[.!?][ \t]++|[*_(>][ \t]*+)after[ \t]++(?:(?:about"
                           r"|approximately|approx\.?|around|roughly|nearly|almost|some|over"
                           r"|~)[ \t]*+)?$", re.IGNORECASE)
# "leading to nearly three hours in which clinicians could not chart", "causing 40 minutes
# during which no mail went out", "meaning two hours without access": a length that is what
# the failure brought about, told by the clause after it (not "leading to 3 hours of work")
CONSEQUENCE_BEFORE = LazyPattern(r"(?<![A-Za-z])(?:lead(?:ing|s)?|led|result(?:ing|ed|s)?"
                                 r"[ \t]++in|caus(?:ing|ed|es)|mean(?:ing|t|s)?)[ \t]++"
                                 r"(?:to[ \t]++)?(?:(?:about|approximately|around|roughly|nearly"
                                 r"|almost|over|more[ \t]++than|~)[ \t]*+)?$", re.IGNORECASE)
UNAVAILABLE_AFTER = LazyPattern(r"[ \t]++(?:(?:in|during)[ \t]++which|without|with[ \t]++no)"
                                r"(?![A-Za-z])", re.IGNORECASE)
RESTORED_AFTER = LazyPattern(r"(?![ \t]++of[ \t])[ \t]*+,?[^.;!?\n]{0,60}?(?<![A-Za-z])"
                             r"(?:restored|recovered|resolved|back[ \t]++(?:to[ \t]++normal|up"
                             r"|online)|came[ \t]++back|returned[ \t]++to[ \t]++normal"
                             r"|fully[ \t]++operational)(?![A-Za-z])", re.IGNORECASE)
# "95% annual uptime corresponds to approx. 18 days of downtime": a budget worked out from
# an availability figure, not this incident's length
UPTIME_BEFORE = LazyPattern(r"\d%[ \t]*+(?:[a-z]++[ \t]++){0,2}(?:uptime|availability|sla|slo)"
                            r"(?![a-z])", re.IGNORECASE)
# "de 14h05 à 15h10", "von 10h30 bis": the other languages' "to" and a number after a length
# make it a range's start
RANGE_WORD_AFTER = LazyPattern(r"[ \t]++(?:à|au|a|bis|hasta|até|tot|alle|do)[ \t]++"
                               # ("de 16h45 à minuit", "von 18h30 bis Mitternacht")
                               r"(?:\d|minuit|midi|mitternacht|mittag|medianoche|mediod[ií]a"
                               r"|meia-noite|meio-dia|mezzanotte|mezzogiorno|middernacht)",
                               re.IGNORECASE)
RATE_BEFORE = re.compile(r"(?<![A-Za-z])(?:per|every|each)[ \t]++$", re.IGNORECASE)
# "a 5-minute rolling window", "Window: rolling 5 minutes", "a trailing 30-day period": the
# span a measure is taken over, no length of the incident
# "buffer > 70% for 15 minutes", "error rate above 2% for 5 minutes": how long a measure
# must hold past a threshold (an alert's condition), no length of the incident
THRESHOLD_HELD_BEFORE = LazyPattern(r"(?:[<>≥≤]=?|(?<![a-z])(?:above|below|exceeds?|exceeding)"
                                    r")[ \t]*+~?\d[\d.,]*+[ \t]*+(?:%|[a-z]{1,3}(?![a-z]))?"
                                    r"[ \t]*+$", re.IGNORECASE)
MEASURE_SPAN_AFTER = LazyPattern(r"[ \t]++(?:rolling|sliding|trailing|moving)(?![a-z])",
                                 re.IGNORECASE)
MEASURE_SPAN_BEFORE = LazyPattern(r"(?<![a-z])(?:rolling|sliding|trailing|moving)"
                                  r"[ \t]++(?:(?:window|period)[ \t]++of[ \t]++)?$",
                                  re.IGNORECASE)
# an objective's words on the line ("SLO 1: success rate >= 99.5% (28-day window)", "over 28
# days that gives us an error budget of 3.6 hours"): a window or a period there is the one
# the objective is counted over
OBJECTIVE_LINE = LazyPattern(r"(?<![a-z])(?:sl[aio]s?|error[ \t]++budgets?)(?![a-z])",
                             re.IGNORECASE)
OBJECTIVE_SPAN_CUES = ("window", "period", "over", "duration")
# (Japanese's "over" and Korean's "for", after the length: "約2時間にわたり", "90분 동안";
# Korean's "for" glued to the minutes, "5시간 14분간", and "took", "2시간 30분 소요")
IN_TOTAL = re.compile(r"[ \t]*+in[ \t]++total(?![A-Za-z])"
                      r"|間?(?:にわたり|にわたって|にわたる|に渡り|に渡って)|[ \t]*+동안"
                      r"|(?<=[분초])간(?![가-힣])|[ \t]*+(?:가량[ \t]*+)?소요",
                      re.IGNORECASE)
# "(5 hours 30 minutes)" after a range: the parentheses give the range's length
IN_PARENTHESES_BEFORE = re.compile(r"\([ \t]*+(?:about|approximately|approx\.?|around|roughly|"
                                   r"nearly|almost|~)?[ \t]*+$", re.IGNORECASE)
# a parenthesised length measures the range just before it: a clock time stands there
CLOCK_BEFORE = LazyPattern(r"\d(?::\d\d|[ \t]?+[ap]\.?m\.?)(?![\w])", re.IGNORECASE)
# "Temporary outage (4 minutes)", "API downtime (about 2 hours)": a parenthesised length
# right after the word for the outage it measures
OUTAGE_BEFORE_PARENTHESES = LazyPattern(r"(?<![a-z])(?:outage|downtime|disruption|interruption"
                                        r"|blackout|unavailability)[ \t]*+$", re.IGNORECASE)
BOUNDS = ("at most", "no more than", "at least", "no less than")
# a bound ("at most 2 hours") is the incident's length only on a line about the incident
INCIDENT_LINE = LazyPattern(r"(?<![a-z])(?:outage|incident|downtime|down|degraded|impact(?:ed)?|"
                            r"unavailable|disruption|disrupted|affected|offline)(?![a-z])",
                            re.IGNORECASE)
# "start delays over 5 minutes", "latency of over 2 seconds": "over" sets a threshold on a
# measured wait, not the incident's length
MEASURED_BEFORE = re.compile(r"(?<![a-z])(?:delays?|latenc(?:y|ies)|lags?|waits?|timeouts?"
                             r"|(?:response|load|queue|wait|processing|run|build)[ \t]++times?)"
                             r"[ \t]++(?:of[ \t]++)?$", re.IGNORECASE)
# "had been appearing in error logs for 13 days": how long something showed in the logs,
# a sign seen before the incident, not the incident's length
LOGGED_BEFORE = re.compile(r"(?<![a-z])(?:(?:in|into|to)[ \t]++"
                           r"(?:the[ \t]++|our[ \t]++|its[ \t]++)?(?:[a-z]++[ \t]++)?logs?"
                           r"|(?:were|was|got|being)[ \t]++logged)[ \t]++$", re.IGNORECASE)
# a mean of parts before "duration": "Average Wave Duration", "median step duration"
AVERAGED_BEFORE = re.compile(r"(?<![a-z])(?:average|avg\.?|mean|median|typical|per)"
                             r"(?:[ \t]++[a-z-]++)?[ \t]++$", re.IGNORECASE)
# a record kept, its keeping period after "for": "retained for", "are kept for", "stored for"
KEPT_BEFORE = re.compile(r"(?<![a-z])(?:retained|kept|stored|archived|preserved|cached"
                         r"|valid|retention)[ \t]++(?:only[ \t]++)?$", re.IGNORECASE)
# a wait in a queue before "for": "stuck in the lobby queue for", "placed them in a queue
# for", "on hold for": how long someone queued, not how long the outage lasted ("customers
# waited for 3 hours" may well be the outage's length, and is left to count)
WAITED_BEFORE = re.compile(r"(?<![a-z])(?:(?:in|into)[ \t]++(?:a|the|an|their|our)?[ \t]*+"
                           r"(?:[a-z-]++[ \t]++)?(?:queues?|lobby|line|waiting[ \t]++room)"
                           r"|on[ \t]++hold|queued)[ \t]++$", re.IGNORECASE)
# "Five patch images over ~34 minutes", "12 retries over an hour": attempts counted over a
# span, the attempts' span, not the incident's length
COUNTED_BEFORE = LazyPattern(r"(?<![a-z0-9,])(?:\d{1,3}(?:,\d{3})++|\d{1,4}|two|three|four|five"
                             r"|six|seven|eight|nine|ten|eleven|twelve|several|multiple|many"
                             r"|a[ \t]++few)[ \t]++(?:[\"“]?[a-z-]++[\"”]?[ \t]++){1,4}$",
                             re.IGNORECASE)
# "The database rebuild lasted 2 hours", "the resync took 23 hours": a step of the response
# or a job named as what lasted, whose length is its own, not the incident's
# (not a failover, a restart, a rollback, a deploy, an upgrade or a migration: the service may
# be down for all of its length)
ACTIVITY_LASTED = LazyPattern(r"(?<![a-z])(?:rebuild|restore|resync|re-sync|reindex|re-index"
                              r"|backup|investigation|call|meeting|bridge|job|build|scan"
                              r"|test(?:s|ing)?|repair|rebalanc(?:e|ing)|compaction|sync"
                              r"|import|export|transfer|download|upload)s?"
                              r"(?:[ \t]++itself)?[ \t]++(?:lasted|took|ran)"
                              r"(?:[ \t]++for)?[ \t]*+$", re.IGNORECASE)
AND_A_HALF = re.compile(r"and[ \t-]++a[ \t-]++half|(?<![a-z])(?:y[ \t]++media|e[ \t]++meia"
                        r"|et[ \t]++demie|e[ \t]++mezza)$", re.IGNORECASE)
# "5 and a half hours": the half before the unit
N_AND_A_HALF = re.compile(rf"(?P<num>\d{{1,4}}|{_WORDS})(?:[ \t]++and[ \t]++a[ \t]++half[ \t]++"
                          rf"|-and-a-half[ \t-])(?P<unit>{_FULL_UNIT})", re.IGNORECASE)
CLOCK_HOURS = re.compile(r"(?P<h>\d{1,2})(?::|[ \t]?h[ \t]?)(?P<m>[0-5]\d)")
APPROX = re.compile(r"(?:about|approximately|approx|around|roughly|nearly|almost|over|~"
                    r"|environ|près|etwa|ca\.|circa|rund|knapp|cerca|aproximadamente|unos|unas"
                    r"|quasi|ongeveer|około|около|примерно|почти|близько|약|約|约|大约|大約|近|将近"
                    r"|將近)", re.IGNORECASE)


# Every part of a duration ends in a unit: a spelled one, or an "h", "m" or "s" right after
# its number (with a blank between at most). A folded line without any is not searched.
_LETTER_UNIT = re.compile(r"\d[ \t]?[hms]")
_ASCII_LETTER_UNIT = re.compile(r"[0-9][ \t]?[hms]")  # the same for an ASCII line: a digit is 0-9


# Each spelled unit's opening (the other languages' too), after the blank or hyphen that
# follows a number's word: the one place a unit stands in a length without digits
_ASCII_UNIT_AFTER_A_BREAK = re.compile(r"[ \t-](?:se[ckg]|min|hour|hr|day|week|heure|stund|std"
                                       r"|hor|uur|or[ea]|godzin|jour|tag|dia|giorn|dag|dni)")


def may_hold_duration(folded: str) -> bool:
    """Whether DURATION_RE can match the folded line; most lines (clock times, dates,
    figures) have a number but no unit after it."""
    if "sec" in folded or "min" in folded or "hour" in folded or "hr" in folded \
            or "day" in folded or "week" in folded:
        # on an ASCII line without a digit ("through", "admin", "today" passed the words),
        # a length is a number's word and a unit after a blank or a hyphen ("an hour")
        return not folded.isascii() or has_ascii_digit(folded) \
            or _ASCII_UNIT_AFTER_A_BREAK.search(folded) is not None
    if folded.isascii():  # a length needs a number: most lines without one are passed over
        if not has_ascii_digit(folded):
            # "dauerte etwa drei Stunden": another language's unit after a number's word
            return _foreign_unit_word(folded) \
                and _ASCII_UNIT_AFTER_A_BREAK.search(folded) is not None
        return _ASCII_LETTER_UNIT.search(folded) is not None or _foreign_unit_word(folded)
    return _LETTER_UNIT.search(folded) is not None or _foreign_unit_word(folded)


def _foreign_unit_word(folded: str) -> bool:
    """Whether the folded line holds a word of one of the other languages' units (folded:
    "stund", "std"), the short ones after a blank, as a unit stands after its number ("3
    ore", "2 Tage"), so that English words holding them ("more", "storage", "outage") do not
    open the gate. (A chain of tests: a generator over a tuple cost a twentieth of a round.)"""
    return ("heure" in folded or "stund" in folded or " std" in folded or "hora" in folded
            or " uur" in folded or " ore" in folded or " ora" in folded or "jour" in folded
            or " tag" in folded or " dia" in folded or "día" in folded or "giorn" in folded
            or " dag" in folded or " dni" in folded or "godzin" in folded or "dzień" in folded
            or "segund" in folded or "sekund" in folded or " tim" in folded
            or "minutt" in folded or "minuter" in folded
            or (not folded.isascii() and (
                "мин" in folded or "час" in folded or "сек" in folded or "дн" in folded
                or "сутк" in folded or "хвилин" in folded or "годин" in folded
                or "분" in folded or "시간" in folded or "초" in folded or "分" in folded
                or "時間" in folded or "秒" in folded or "小时" in folded or "小時" in folded
                or "分钟" in folded or "分鐘" in folded)))


# A duration is kept only with a cue: a word before it (CUE_BEFORE), "in total" after it, a
# word after a hyphenated one ("three-hour outage", CUE_AFTER), a duration field, or the
# parentheses after a range. A folded line holding none of these words (or no ")") keeps
# none of its durations, and is not searched.
_CUE_WORDS = ("last", "duration", "for", "took", "outage", "downtime", "total", "most", "more",
              "least", "less", "period", "spann", "over", "disruption", "window", "incident",
              "blackout",
              "after", "failure", "interruption", "which", "without", "with no",
              # the other languages' cues (CUE_BEFORE)
              "pendant", "durant", "dur", "während", "für", "dauer", "por", "gedurende",
              "duur", "przez", "trwa", "coupure", "panne", "indisponib", "ausfall", "störung",
              "caída", "interrup", "interruz", "queda", "disservizio", "storing", "onderbreking",
              "varte", "varade", "varede",
              "течение", "протяжении", "длил", "продолжал", "протягом", "трива",
              "총", "합계", "計", "わた", "渡", "동안", "분간", "초간", "소요",
              "持续", "持續", "历时", "歷時", "长达", "長達", "共计", "共計", "耗时", "耗時",
              "超过", "超過", "时长", "時長", "中断", "中斷", "不可用", "无法使用", "無法使用",
              "宕机", "當機", "停机", "停機")


def _may_plan(folded: str) -> bool:
    """Whether the folded line holds a word PLAN_BEFORE needs (its IGNORECASE search is tried
    at every position of the 64 characters before each length)."""
    return ("planned" in folded or "scheduled" in folded or "expected" in folded
            or "estimated" in folded or "anticipated" in folded or "intended" in folded
            or "supposed" in folded or "meant" in folded or "budgeted" in folded
            or "projected" in folded)


def may_hold_cue(folded: str) -> bool:
    """Whether a duration on the folded line may have a cue (see _CUE_WORDS)."""
    return ")" in folded or any(word in folded for word in _CUE_WORDS)


@dataclass(frozen=True)
class DurationMatch:
    """A stated duration found on a line, in seconds, with the cue that marked it."""

    start: int
    end: int
    written: str
    seconds: int
    unit: str
    approximate: bool
    cue: str


# "3 hours a day", "20 minutes an hour": a unit's count per day or hour, joined to the
# amount before it as if it were a further part ("a day" after "and" is one: "a week and a day")
RATE_TAIL = LazyPattern(r"(?<![A-Za-z])an?[ \t]++(?:day|week|month|night|year|hour)\Z",
                        re.IGNORECASE)


def _per_unit_tail(written: str) -> bool:
    """The amount ends in "a day" or "an hour" after a whole amount of its own, no "and"
    joining them ("a week and a day") and no fraction of it before ("half an hour")."""
    m = RATE_TAIL.search(written)
    if m is None or m.start() == 0:
        return False
    head = written[:m.start()]
    return head[-1:] in (" ", "\t") \
        and not head.rstrip().lower().endswith(("and", "half", "quarter", "third"))


def scan_durations(line: str, *, in_duration_field: bool = False) -> list[DurationMatch]:
    """Durations on `line` that a cue marks as the incident's length."""
    folded = fold(line)
    if not may_hold_duration(folded) or not (in_duration_field or may_hold_cue(folded)):
        return []
    found: list[DurationMatch] = []
    for m in duration_matches(folded):
        written = line[m.start():m.end()]  # the match's text, as the line writes it
        if line[m.end():m.end() + 1] in ("-",) or _is_numeric_range(line, m.start()):
            continue
        if RANGE_WORD_AFTER.match(line, m.end()):
            continue  # "une panne de 14h05 à 15h10": a range's start, no length
        if RATE_BEFORE.search(line, max(0, m.start() - 8), m.start()):
            continue  # "2 errors per 10-minute period", "every 5 minutes": a rate's unit
        if written[-1:] in "ryhtRYHT" and _per_unit_tail(written):
            continue  # "3 hours a day", "20 minutes an hour": a rate, not 1 d 3 h
        if _ordinal_second(written, line, m.end()):
            continue  # "a second outage condition had occurred": the second of two
        if OWN_DATES_AFTER.match(line, m.end()) \
                or UPTIME_BEFORE.search(line, max(0, m.start() - 80), m.start()):
            continue  # "over ~2 days (Feb 10-12)"; "99% uptime is about 4 days of downtime"
        plan = PLAN_BEFORE.search(line, max(0, m.start() - 64), m.start()) \
            if _may_plan(folded) else None
        if plan is not None and PLAN_TURNED.search(plan.group("between")) is None:
            continue  # "what was planned as a 5min outage": the plan's length
        before = CUE_BEFORE.search(line, max(0, m.start() - 40), m.start())
        after = CUE_AFTER.match(line, m.end())
        hyphenated = "-" in written
        total = IN_TOTAL.match(line, m.end()) is not None  # "for 2 hours in total"
        if before and before.group("cue").lower() in BOUNDS \
                and not INCIDENT_LINE.search(line):
            continue  # "we expect maintenance to last no more than 1 hour"
        if before and before.group("cue").lower() == "over" \
                and MEASURED_BEFORE.search(line, max(0, before.start() - 30), before.start()):
            continue  # "delays over 5 minutes": a threshold on the wait, not a length
        if before and before.group("cue").lower() == "for" \
                and LOGGED_BEFORE.search(line, max(0, before.start() - 30), before.start()):
            continue  # "appearing in error logs for 13 days": the logs' record of a sign
        if before and before.group("cue").lower().startswith("duration") \
                and AVERAGED_BEFORE.search(line, max(0, before.start() - 24), before.start()):
            continue  # "Average Wave Duration ~5.7 minutes", "median step duration: 6 min":
            # a mean of parts, no length of the incident
        if before and before.group("cue").lower() == "for" \
                and WAITED_BEFORE.search(line, max(0, before.start() - 40), before.start()):
            continue  # "stuck in the lobby queue for five minutes", "on hold for 20 minutes":
            # a wait in a queue, not the incident's length
        if before and before.group("cue").lower() == "for" \
                and KEPT_BEFORE.search(line, max(0, before.start() - 24), before.start()):
            continue  # "Incident data retained for 90 days", "logs are kept for 30 days": how
            # long a record is kept, no length of the incident
        if before and before.group("cue").lower() == "for" and THRESHOLD_HELD_BEFORE.search(
                line, max(0, before.start() - 24), before.start()) is not None:
            continue  # "p95 latency > 800 ms for 10 minutes": an alert's condition
        if before and before.group("cue").lower() == "over" \
                and COUNTED_BEFORE.search(line, max(0, before.start() - 40), before.start()):
            continue  # "Five patch images over ~34 minutes": the attempts' span
        if before and before.group("cue").lower() in ("lasted", "lasted for", "took") \
                and ACTIVITY_LASTED.search(line, max(0, before.start() - 40), before.end()):
            continue  # "The database rebuild lasted 2 hours": the rebuild's own length
        if before and before.group("cue").lower() in ("lasted", "lasted for", "lasting",
                                                       "lasting for", "lasts") \
                and HELD_OUT_UNTIL.match(line, m.end()):
            continue  # "the batteries lasted 2 hours before shutting down": an endurance
        if before and before.group("cue").lower()[-4:] in (" was", " is") \
                and ONE_OF_SEVERAL.search(line, max(0, before.start() - 40), before.start()):
            continue  # "The first DNS outage was about 7 minutes": one of several outages
        if before and before.group("cue").lower().startswith("duration") \
                and _attribute_in_parentheses(line, before.start()):
            continue  # "(commit f14d575, duration 2 m)": a build's or a job's own length
        if before and not (total and before.group("cue").lower() in ("for", "over")):
            cue = before.group("cue").lower()
            if cue.startswith("took"):
                cue = "took"  # "took us", "took the team": the same cue as "took"
        elif total:
            cue = "in total"
        elif after and hyphenated:
            cue = after.group("cue").lower()
            if cue == "window" and SAMPLE_BEFORE.search(line, max(0, m.start() - 16),
                                                        m.start()):
                continue
        elif not hyphenated and (DOWNTIME_AFTER.match(line, m.end()) is not None or (
                FAILURE_AFTER.match(line, m.end()) is not None
                and ARTICLE_BEFORE.search(line, max(0, m.start() - 20), m.start()))):
            cue = "of downtime"
        elif in_duration_field:
            cue = "duration"
        elif not hyphenated and UNAVAILABLE_AFTER.match(line, m.end()) is not None \
                and CONSEQUENCE_BEFORE.search(line, max(0, m.start() - 32), m.start()):
            cue = "in which"  # "leading to nearly three hours in which no one could log in"
        elif ELAPSED_LEAD.search(line, max(0, m.start() - 24), m.start()) is not None \
                and RESTORED_AFTER.match(line, m.end()) is not None \
                and sum(1 for _ in duration_matches(folded)) == 1:
            # "After 2.5 hours, service was restored." (not beside another length: "began to
            # recover about one hour after ... After 2 hours, fully restored" tells stages
            # the timeline may not list)
            cue = "after"
        elif (opening := IN_PARENTHESES_BEFORE.search(line, max(0, m.start() - 16),
                                                        m.start())) is not None \
                and line[m.end():m.end() + 1] == ")" \
                and CLOCK_BEFORE.search(line, max(0, opening.start() - 40), opening.start()):
            cue = "parentheses"
        elif (opening := IN_PARENTHESES_BEFORE.search(line, max(0, m.start() - 16),
                                                        m.start())) is not None \
                and line[m.end():m.end() + 1] == ")" \
                and OUTAGE_BEFORE_PARENTHESES.search(line, max(0, opening.start() - 24),
                                                     opening.start()):
            cue = "outage of"  # "Temporary outage (4 minutes)": the outage's own length
        else:
            continue
        if MEASURE_SPAN_AFTER.match(line, m.end()) is not None or MEASURE_SPAN_BEFORE.search(
                line, max(0, m.start() - 24), m.start()) is not None:
            continue  # "Window: 5-minute rolling window": what a measure is taken over
        if cue in OBJECTIVE_SPAN_CUES and OBJECTIVE_LINE.search(line) is not None:
            continue  # "SLO 2: p95 <= 500 ms (28-day window)": the objective's period
        if _rule_sentence(line, m.start(), m.end()):
            continue  # "if the queue is stuck for 15 minutes, the pager fires"
        amount = line[m.start("amount"):m.end("amount")]
        if MILLIONS.fullmatch(amount):
            continue  # "a filesystem total of 991M", "70M files": a count, not minutes
        seconds, unit = _measure(amount)
        if seconds <= 0:
            continue
        prefix = line[max(0, m.start() - 25):m.start()]
        found.append(DurationMatch(m.start(), m.end(), written, seconds, unit,
                                   bool(APPROX.search(prefix)), cue))
    return found


# A length in a rule's words rather than the incident's: a condition ("if the queue is stuck
# for 15 minutes, the pager fires", "약관상 월 30분 동안 접속이 안 되면 보상") or a definition
# ("Downtime means the service is unavailable for 5 consecutive minutes", "장애는 1분 동안
# 요청이 실패함을 의미한다"). A Korean "means" over a past verb ("중단되었음을 의미") tells
# the event.
CONDITION_LEAD = LazyPattern(r"(?<![a-z])(?:if|whenever|unless|in[ \t]++case|in[ \t]++the"
                             r"[ \t]++event)(?![a-z])", re.IGNORECASE)
DEFINITION_LEAD = LazyPattern(r"[ \t*_>#-]*+(?!(?:this|that|which|it|these|those)[ \t])"
                              r"(?:(?:an?|the)[ \t]++)?[a-z]++(?:[ \t]++[a-z]++)?[ \t]++"
                              r"(?:means|(?:is|are)[ \t]++defined[ \t]++as|counts[ \t]++as"
                              r"|refers[ \t]++to)(?![a-z])", re.IGNORECASE)
KOREAN_CONDITION = LazyPattern(r"(?:[되하이지가나오우리르해]면|경우)(?![가-힣])|약관|정의")
KOREAN_PAST = "었았였했"  # the past tense's syllables
SENTENCE_STOPS = (". ", "! ", "? ", ";", "。")


def _rule_sentence(line: str, start: int, end: int) -> bool:
    """The length at `start`..`end` stands in a sentence that states a condition or a
    definition, not what happened."""
    opens = max(line.rfind(stop, 0, start) for stop in SENTENCE_STOPS)
    opens = 0 if opens < 0 else opens + 1
    closes = min((at for stop in SENTENCE_STOPS if (at := line.find(stop, end)) >= 0),
                 default=len(line))
    if CONDITION_LEAD.search(line, opens, start) is not None \
            or DEFINITION_LEAD.match(line, opens) is not None:
        return True
    if line.isascii():
        return False
    sentence = line[opens:closes]
    return KOREAN_CONDITION.search(sentence) is not None or (
        "의미" in sentence and not any(c in sentence for c in KOREAN_PAST))


def _attribute_in_parentheses(line: str, cue: int) -> bool:
    """The cue stands in an open parenthesis after another attribute of the thing it follows
    ("`web-7f2` (commit a1b2c3, duration 2 m)", "(job #88; duration: 55 s)"): the length is
    that thing's, unless the parenthesis speaks of the outage ("(impact: EU users, duration
    2 h)")."""
    opening = line.rfind("(", max(0, cue - 80), cue)
    if opening < 0 or ")" in line[opening:cue]:
        return False
    attributes = line[opening + 1:cue]
    return ("," in attributes or ";" in attributes) and INCIDENT_LINE.search(attributes) is None


# "a second outage condition", "a second failure": the ordinal, not a length of one second;
# that length is followed by a word of time or of linking ("a second later", "for a second or
# two", "a second of lag") or by nothing
ORDINAL_SECOND_AFTER = LazyPattern(
    r"[ \t]++(?!(?:later|after|before|ago|earlier|or|and|of|to|in|per|each|apart|long|for"
    r"|until|than|delay|pause|wait|timeout|lag)(?![a-z]))[a-z]", re.IGNORECASE)


def _ordinal_second(written: str, line: str, end: int) -> bool:
    """"a second outage": "a second" before a word that makes it the ordinal."""
    return written.lower().split() == ["a", "second"] \
        and ORDINAL_SECOND_AFTER.match(line, end) is not None


# "lasted approximately 2 hours before shutting the servers down", "lasted 40 minutes before
# it ran out": how long something held up before it gave way, not how long the outage was
HELD_OUT_UNTIL = LazyPattern(
    r"[ \t,]*+before[ \t]++(?:(?:it|they|the|its|their|being)[ \t]++)?(?:[a-z]++[ \t]++){0,2}?"
    r"(?:shut(?:ting)?[ \t]++down|shutting|fail(?:ed|ing)?|ran[ \t]++out|running[ \t]++out"
    r"|died|dying|gave[ \t]++out|giving[ \t]++out|crash(?:ed|ing)?|went[ \t]++down"
    r"|going[ \t]++down|exhaust(?:ed|ing)?|depleted|drained|expir(?:ed|ing))(?![a-z])",
    re.IGNORECASE)


# A number and a capital M alone: millions (or megabytes), as "991M" and "70M files" are;
# minutes are written "m", "min" or "mins", or as one part of "1H30M"
MILLIONS = re.compile(r"\d{1,4}(?:\.\d{1,2})?[ \t]?M")


def _is_numeric_range(line: str, start: int) -> bool:
    """"4-24 hours", "0-4 hours", "1~2분": the first number and dash (or tilde) stand just
    before."""
    i = start - 1
    if i < 0 or line[i] not in "-–~～〜":
        return False
    return i > 0 and line[i - 1].isdigit()


def finest_unit(written: str) -> str | None:
    """The smallest unit a written length names ("22 days, 23 hours": hour); None for a
    shape without parts ("2:30 hours")."""
    units = [_UNIT_ALIASES[part.group("unit").lower()] for part in PART_RE.finditer(written)]
    if not units and not written.isascii():
        units = [_UNIT_ALIASES[m.group("unit")] for m in CN_PART_RE.finditer(written)]
    return min(units, key=UNIT_SECONDS.__getitem__) if units else None


def _measure(amount: str) -> tuple[int, str]:
    if not amount.isascii() and (chinese := _chinese_measure(amount)) is not None:
        return chinese  # "2个多小时", "一个半小时"
    clock = CLOCK_HOURS.match(amount)
    if clock is not None:  # "2:30 hours"
        return int(clock.group("h")) * 3600 + int(clock.group("m")) * 60, "hour"
    half = N_AND_A_HALF.fullmatch(amount)
    if half is not None:
        unit = _UNIT_ALIASES[half.group("unit").lower()]
        num = half.group("num").lower()
        value = WORD_NUMBERS[num] if num in WORD_NUMBERS else int(num)
        return round((value + 0.5) * UNIT_SECONDS[unit]), unit
    total = 0.0
    largest = "second"
    for part in PART_RE.finditer(amount):
        num = part.group("num").lower()
        num = num if num in WORD_NUMBERS else num.replace(" ", "-")
        value = WORD_NUMBERS[num] if num in WORD_NUMBERS \
            else float(num.replace(",", ".").rstrip("+"))
        unit = _UNIT_ALIASES[part.group("unit").lower()]
        total += value * UNIT_SECONDS[unit]
        if UNIT_SECONDS[unit] > UNIT_SECONDS[largest]:
            largest = unit
    if AND_A_HALF.search(amount):
        total += UNIT_SECONDS[largest] / 2
    return round(total), largest


# "08:00 AM UTC, just over 7 hours later": the gap the sentence gives from the time before
GAP_LATER = LazyPattern(r"[ \t,(]*+(?P<hedge>(?:(?:just|about|around|roughly|nearly|almost|some"
                        r"|over|under|approximately|less[ \t]++than|more[ \t]++than|within|~)"
                        r"[ \t]*+){0,2})(?P<n>\d{1,3}(?:\.\d)?|an?|one|two"
                        r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]++"
                        r"(?P<unit>hours?|hrs?|minutes?|mins?)[ \t]++later(?![a-z])",
                        re.IGNORECASE)


# "2.30pm (approximately five hours after the initial failure)": the gap the sentence gives
# from the incident's first moment, not from the time told just before
GAP_AFTER_FIRST = LazyPattern(r"[ \t,(]*+(?:(?:just|about|around|roughly|nearly|almost|some"
                              r"|over|under|approximately|~)[ \t]*+){0,2}"
                              r"(?P<n>\d{1,3}(?:\.\d)?|an?|one|two|three|four|five|six|seven"
                              r"|eight|nine|ten|eleven|twelve)[ \t]++"
                              r"(?P<unit>hours?|hrs?|minutes?|mins?)[ \t]++after[ \t]++the[ \t]++"
                              r"(?:initial|first|original|start[ \t]++of[ \t]++the"
                              r"|onset[ \t]++of[ \t]++the|beginning[ \t]++of[ \t]++the)"
                              r"(?![a-z])", re.IGNORECASE)


def gap_from_the_first_said_after(line: str, end: int) -> float | None:
    """The minutes "N hours after the initial failure" right after position `end` of `line`
    says the time came after the incident's first moment; None where it says nothing."""
    return _gap_minutes(GAP_AFTER_FIRST.match(line, end))


def gap_said_after(line: str, end: int) -> float | None:
    """The minutes "N hours later" right after position `end` of `line` (a time's end)
    says the time came after the one told before it; None where it says nothing."""
    return _gap_minutes(GAP_LATER.match(line, end))


def gap_and_bound_said_after(line: str, end: int) -> tuple[float, str | None] | None:
    """The minutes "N hours later" right after `end` says, and whether they are a bound:
    "over" ("over two hours later", "more than an hour later"), "under" ("less than two
    hours later", "within 30 minutes later"), or None (a figure, hedged or not: "just over 7
    hours later"). None where the line says no such gap."""
    found = GAP_LATER.match(line, end)
    minutes = _gap_minutes(found)
    if found is None or minutes is None:
        return None
    hedge = " ".join(found.group("hedge").lower().split())
    if any(word in hedge for word in ("just", "about", "around", "nearly", "almost", "roughly",
                                      "approximately")):
        return minutes, None
    if "over" in hedge or "more than" in hedge:
        return minutes, "over"
    if "under" in hedge or "less than" in hedge or "within" in hedge:
        return minutes, "under"
    return minutes, None


def _gap_minutes(found: re.Match[str] | None) -> float | None:
    """The minutes a gap's amount and unit (GAP_LATER's, GAP_AFTER_FIRST's groups) make."""
    if found is None:
        return None
    n = found.group("n").lower()
    amount = float(WORD_NUMBERS.get(n, n))
    return amount * 60 if found.group("unit").lower().startswith("h") else amount
