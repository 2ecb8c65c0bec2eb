"""Place every time expression in the document's structure.

A line whose content *starts* with a timestamp is a timeline entry, whatever its form: a
bullet, a numbered item, a table row, a heading, a bare line followed by its text (tool
exports). A `Name: value` line with a known field name is a header field. Any other time
is summary prose. Times inside an entry's own text ("since ~15:10") are not events, and
code blocks are not read at all.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from pmlint.timeline import zones
from pmlint.timeline.casefold import fold, folded_pattern
from pmlint.timeline.durations import INCIDENT_LINE, DurationMatch, scan_durations
from pmlint.timeline.grammar import MONTHS, WEEKDAYS, has_month_name
from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.lexer import (
    FULL_WIDTH_PARENS,
    RENDERING_JOIN,
    STARTING_VERB,
    _zone_after,
    join_range,
    scan,
    scan_document_line,
    wrapped_meridiem,
    wrapped_zone,
    writes_prose_hours,
)
from pmlint.timeline.model import DateParts, Field, RawEntry, StatedDuration, TimeExpr
from pmlint.timeline.offsets import (
    ELAPSED_HEAD,
    OFFSET_RE,
    anchor_in,
    anchored,
    elapsed_in,
    relative_step,
    stepped,
)
from pmlint.timeline.phases import FIELD_PHASES, NOUN_STEP_FIELDS
from pmlint.timeline.source import MAX_TIMES, InputError
from pmlint.timeline.starts import has_ascii_digit
from pmlint.timeline.structure import LineRole, front_matter_end, line_roles
from pmlint.timeline.zones import Zone


@dataclass(frozen=True)
class Extraction:
    """Everything `extract` read from a document, before normalising."""

    lines: tuple[str, ...]
    entries: tuple[RawEntry, ...]
    fields: tuple[Field, ...]
    durations: tuple[StatedDuration, ...]
    declared_zone: tuple[Zone, int] | None  # ("All times UTC", line)
    code_lines: frozenset[int] = frozenset()  # 1-based lines of fenced code blocks
    unknown_zone: tuple[str, int, int] | None = None  # "All times in UC/Pacific"
    # "### Tuesday", "**Day 2**" inside a timeline: (line, weekday or None, day number or None)
    day_marks: tuple[tuple[int, int | None, int | None], ...] = ()
    # "## January 2024" over year-less dates: (line, year, month)
    year_marks: tuple[tuple[int, int, int], ...] = ()
    # a later statement of another zone ("2019-11-23 (all times Central Standard Time)" after
    # "(all times UTC)" above): (zone, line), each for the entries after it
    later_declared: tuple[tuple[Zone, int], ...] = ()
    # a stamp alone over an account of an earlier day ("Sat Mar 15 08:00:00 UTC 2025" over
    # "On Tue Mar 4th ..."): when the mail or post went out, as a mail header's "Date:" tells
    posted_lines: frozenset[int] = frozenset()


# Runs of blanks are possessive (*+, ++) throughout: each is followed by a mark or the end,
# so giving some back never helps a match, and a failing fullmatch cannot try every split.
LEAD_RE = re.compile(
    r"[ \t]*+(?:>[ \t]*+){0,3}(?:[-*+•—–][ \t]++|-(?=\d)|\d{1,3}[.)][ \t]*+"
    # ("o 2006-04-07 11.30 AM": the small "o" a word processor's second-level bullet pastes
    # as, right before a number)
    r"|o[ \t]++(?=\d))?(?:#{1,6}[ \t]++)?"
    r"(?:([*_]{1,2})\d{1,3}[.)]\1[ \t]++)?"  # an emphasised item number: "**1.** Apr 5, 3:53 AM"
    # status emoji and arrows before a stamp: "## 🟡 → 🔵 2022-10-07 22:08 UTC"
    r"(?:[\u2190-\u21ff\u2b00-\u2bff\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]++[ \t]*+){0,4}"
    # ("<2024-03-04 Mon 14:05>": an Org-mode stamp's angle bracket)
    r"(?:\[[ xX]\][ \t]++)?[*_`\[(<]{0,4}[ \t]*+(?:[•·▪◦‣●○][ \t]++)?"  # "**•\t00:05 PDT:**"
)
# One or two: "At approximately 10:58", "At around 11:30", "By about noon", "Shortly after
# 10:05", "Circa 10:20", "@10:40"; not "From 00:00 to 13:15", which states a window. A
# story's connective may come first ("However, by 10:45 AM", "Finally, at 12:00 PM").
LEAD_WORD_RE = re.compile(
    r"(?:(?:however|finally|then|later|eventually|subsequently|meanwhile|afterwards?"
    r"|ultimately),?[ \t]++)?"
    r"(?:(?:at|on|by|around|approx\.?|approximately|about|roughly|circa|ca\.|c\.|sometime"
    r"|after|before|(?:shortly|just|right|soon)[ \t]++"
    r"(?:after|before)"
    # the same in French, German, Dutch, Spanish, Italian, Portuguese, the Nordic languages
    # and Polish: "À 09h14, ...", "Um 09:14 ...", "Om 09:14 ...", "Kl 09.14 bryts ..."
    r"|à|vers|um|gegen|om|rond|omstreeks|a[ \t]++las|alle|às|kl\.?|klo|klockan|klokken"
    r"|godz\.?|o[ \t]++godz\.?)[ \t]++|@[ \t]*+"
    # ("kl.15.18", "godz.14:30": the abbreviation glued to the clock, see GLUED_CLOCK_WORD)
    r"|(?:kl|godz)\.(?=\d)){1,2}", re.IGNORECASE)
NOTE_LINES = 4  # lines of words an entry of a log copied as text may have under it
OFFSET_THEN_PAREN = re.compile(r"[ \t]*+[(\[][ \t]*+")  # "T+0:04 (", its moment after it
RUN_OF_TIMED_OPENINGS = 3  # items or paragraphs opening "At 09:15, ..." that make a timeline
# "Incident 2: image uploads", "**Incident 2:**", "Incident #2 - uploads", "(2) Upload outage":
# a line numbering one of several incidents in a file
INCIDENT_NUMBER_RE = re.compile(
    r"[ \t]*+(?:[*_]{1,2})?(?:\((?P<p>[1-9])\)(?:[ \t]++[A-Za-z]|[ \t]*+$)"
    r"|incident[ \t]++#?(?P<w>[1-9])(?!\d|[.:/]\d)[ \t]*+(?:[*_]{1,2}[ \t]*+)?(?:[:\-–—]|$))",
    re.IGNORECASE)
# "on 12/03/2024, 14:10 -", "On 2024-05-03 at 08:15,": a date in digits and a clock after "on"
ON_STAMP_RE = re.compile(r"on[ \t]++\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?[ \t]++(?:at[ \t]++)?"
                         r"\d{1,2}[:.]\d{2}", re.IGNORECASE)
SEPARATOR_RE = re.compile(r"[*_`\])]{0,4}[ \t]*+(?:[:\-–—|,.>，：、]|=>|->)?[ \t]*+[*_`]{0,4}"
                          r"[ \t]*+")
FIELD_RE = re.compile(
    r"[ \t]*+(?:[-*+•—–][ \t]++)?(?:[*_]{1,2})?"
    # ("Incident end / verified resolved": two names of one field, each as long as one)
    r"(?P<label>[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ_ /-]{0,30}?"
    r"(?:(?<=[ ])/[ ][A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ_ -]{0,30}?)?)"
    r"(?:[ \t]*+\((?P<paren>[^()\n]{1,30})\))?(?:[*_]{1,2})?"
    r"(?:[ \t]*+:(?:[*_]{1,2})?[ \t]*+|\t[ \t]*+)(?P<value>.*)"
)
# "- Impact start — 14:05 UTC": a known field's name, then a dash instead of the colon
DASH_FIELD_RE = re.compile(
    r"[ \t]*+(?:[-*+•][ \t]++)?(?:[*_]{1,2})?(?P<label>[A-Za-z][A-Za-z ]{1,30}?)(?P<paren>)"
    r"(?:[*_]{1,2})?[ \t]++[—–][ \t]++(?P<value>.*)"
)
_BULLET_GLYPHS = frozenset("•◦▪‣·●○")  # "●"/"○": as PDFs and Google Docs paste them
# A word processor's bullet glyph, or the "o" its second level pastes as, then a number
GLYPH_ITEM = LazyPattern(r"[ \t]*+(?:[•◦▪‣·●○]|o(?=[ \t]))[ \t]++\d")
# Emoji and pictographs closing a label or title ("Timeline ⏰", "Root Cause and Resolution 🛠️")
TRAILING_SYMBOLS = LazyPattern(r"(?<![\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\U0001f000-\U0001faff"
                               r"\ufe0f\u200d \t])[ \t]*+[\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf"
                               r"\U0001f000-\U0001faff\ufe0f\u200d][\u2190-\u21ff\u2300-\u23ff"
                               r"\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d \t]*+$")
# one of those symbols: the last character TRAILING_SYMBOLS can match, blanks left aside
_SYMBOL = LazyPattern(r"[\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]")


def _without_trailing_symbols(line: str) -> str:
    """TRAILING_SYMBOLS.sub("", line), tried only when the line's last character other than a
    blank is a symbol (the pattern, anchored at the end, was tried from every position)."""
    if _SYMBOL.match(line.rstrip(" \t")[-1:]) is None:
        return line
    return TRAILING_SYMBOLS.sub("", line)


# (the letters of Latin-1 too: "**Línea de tiempo del incidente**:", "Chronologie des événements:")
LABEL_RE = re.compile(r"[ \t]*+(?:[*_]{1,2})?"
                      r"(?P<label>[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ &/'(),-]{0,60}?)"
                      r"[ \t]*+(?:[*_]{1,2})?[ \t]*+:?[ \t]*+(?:[*_]{1,2})?[ \t]*+")
# Written for IGNORECASE, compiled for a folded line (casefold.py): only its span is read.
# Every phrasing opens with "all", "time", "tz", "zone" or "everything": that first letter is looked
# for before the lookbehind, which the search otherwise tries at every position of the line.
DECLARED_ZONE_PATTERN = (
    r"(?=[atez])(?<![A-Za-z])(?:all[ \t]++(?:events|entries)"
    r"(?:[ \t]++(?:below|above|here|listed|in[ \t]++(?:this|the|our)[ \t]++[a-z][a-z-]{2,12}))?"
    r"(?:[ \t]++(?:are|will[ \t]++be)(?![A-Za-z])|[*_]{0,2}[ \t]*+:)"
    # ("All timestamps/dates are in CET", "All times and dates are UTC": the dates too)
    r"|all[ \t]++(?:timestamps?|times?)(?:[ \t]*+(?:/|and|&)[ \t]*+dates?)?(?![A-Za-z])"
    # ("All times listed in this report are in ...": two of them)
    r"(?:[ \t]++(?:below|above|here|shown|listed|given|quoted|recorded"
    r"|in[ \t]++(?:this|the|our)[ \t]++[a-z][a-z-]{2,12})){0,2}"
    # ("All times will be given in UTC+2", "Timestamps will be in UTC": as they are)
    r"(?:[ \t]++(?:are|is|will[ \t]++be)|[*_]{0,2}[ \t]*+:)?"
    # ("The times quoted below are in CET", "Times referred to in this document are ...",
    # "Timestamps in this review refer to UTC", "(all references to) time in this report is")
    r"|(?:timestamps?|times?)(?:[ \t]*+(?:/|and|&)[ \t]*+dates?)?[ \t]++"
    r"(?:(?:below|above|here|shown|listed|given|quoted|recorded|referred[ \t]++to|mentioned"
    r"|in[ \t]++(?:this|the|our)[ \t]++[a-z][a-z-]{2,12})[ \t]++){0,2}"
    r"(?:are|is|in|uses?|will[ \t]++be|refers?[ \t]++to)(?![A-Za-z])"
    # "(times Eastern)", "(all times ET)": a parenthesis that says only whose clock
    r"|(?<=\()(?:all[ \t]++)?(?:timestamps?|times)(?=[ \t]++[a-z])"
    # "Schedule: (All CEST)": the parenthesis holds "all" and a zone's short name only
    r"|(?<=\()all(?=[ \t]++[a-z]{2,5}[ \t]*+\))"
    # "Everything below is in IST"
    # (a bare "everything is" only before "in": "everything is OK" declares nothing)
    r"|everything(?:[ \t]++(?:below|above|here|in[ \t]++(?:this|the|our)[ \t]++[a-z][a-z-]{2,12})"
    r"[ \t]++(?:is|are)(?![A-Za-z])|[ \t]++(?:is|are)(?=[ \t]++in[ \t]))"
    r"|all(?=[ \t]++in[ \t])"
    # "Zone: UTC", "Date: 2025-03-19 · Zone: CET" (a field; not "Availability zone: b")
    r"|(?<![A-Za-z][ \t])zone[*_]{0,2}[ \t]*+:"
    r"|(?:time[ \t]*+zone|timezone|tz|(?:all[ \t]++)?(?:timestamps?|times))"
    r"(?:[ \t]++used(?:[ \t]++(?:throughout|here|below))?)?[*_]{0,2}[ \t]*+"
    r"(?:is(?![A-Za-z])|[:|\-–—]))"
    r"[ \t]*+(?:[*_]{1,2}[ \t]*+)?"
    # "all times are approximate and in CEST"
    r"(?:(?:approximate|approximately|estimated|rough)[ \t]*+(?:,[ \t]*+|and[ \t]++))?"
    # "times are quoted in the local timezone, Europe/London"
    r"(?:(?:shown|listed|given|reported|expressed|written|quoted|stated|displayed|presented"
    r"|recorded|noted|logged|documented)[ \t]++)?(?:in(?:[ \t]++|$)|based[ \t]++on[ \t]++)?"
    r"(?:the[ \t]++)?"
)
DECLARED_ZONE_RE = re.compile(folded_pattern(DECLARED_ZONE_PATTERN))
_URL_RE = LazyPattern(r"[a-z][a-z0-9+.-]{0,20}://[^\s)\]>]*+", re.IGNORECASE)
# its phrasings without "time" or "tz": "all in CET", "(all CET)"
ALL_IN = LazyPattern(r"all[ \t]++in[ \t]|\(all[ \t]")
# What a declaration names when it is not a zone we know: an IANA-like name or an
# abbreviation in capitals ("UC/Pacific", "PTS"), not a word such as "approximate".
ZONE_LIKE_RE = LazyPattern(r"[A-Za-z_]{2,20}/[A-Za-z_/]{2,30}|[A-Z]{2,5}(?![A-Za-z])")
# "Timeline" in the other languages postmortems are written in: Japanese, Chinese, Korean,
# German, French, Spanish and Portuguese ("## タイムライン（JST）", "### Zeitverlauf (MESZ)")
TIMELINE_WORD = re.compile(r"time[ \t-]?line|chronolog(?:y|ie)|sequence of events|タイムライン"
                           r"|時系列|経緯|経過|时间线|時間線|时间轴|時間軸|事件经过|타임라인"
                           # Chinese "the handling", "the failure's course" (处理过程, 故障经过)
                           r"|处理过程|處理過程|处理经过|處理經過|故障经过|故障經過|事件經過"
                           r"|zeitverlauf|zeitleiste"
                           r"|cronolog[ií]a|l[ií]nea[ \t]de[ \t]tiempo|linha[ \t]do[ \t]tempo"
                           # Danish, Norwegian and Swedish, Dutch, Finnish, Polish, and German's
                           # "Zeitlicher Ablauf", Russian and Ukrainian
                           r"|tidslinje|tijdlijn|aikajana|oś[ \t]czasu|zeitlicher[ \t]ablauf"
                           r"|хронологи[яи]|хронологія|таймлайн|ход[ \t]событий",
                           re.IGNORECASE)
TIMELINE_WORD_ASCII = re.compile(r"time[ \t-]?line|chronolog(?:y|ie)|sequence of events"
                                 r"|zeitverlauf|zeitleiste|cronologia|linea[ \t]de[ \t]tiempo"
                                 r"|linha[ \t]do[ \t]tempo|tidslinje|tijdlijn|aikajana"
                                 r"|zeitlicher[ \t]ablauf")
# what its words in other scripts hold: a line with none of them (nor the Latin words
# _names_timeline tests for) is not searched
TIMELINE_HINTS_CJK = ("タイムライン", "時系列", "経緯", "経過", "事件经过", "时间线", "時間線",
                      "时间轴", "時間軸", "타임라인", "过程", "過程", "经过", "經過",
                      "хронолог", "Хронолог", "ХРОНОЛОГ", "аймлайн", "АЙМЛАЙН", "событий")
# The names a plain-text write-up gives its sections, as a label alone over their fields:
# "Impact:", "Resolution:", "Incident details:"
SECTION_LABEL = LazyPattern(r"(?:incident[ \t]++)?(?:impact|resolution|details|summary|overview"
                            r"|information|background|analysis|investigation|remediation"
                            r"|context|metadata)")
SECTION_END_WORDS = LazyPattern(
    r"root[ \t]++cause|corrective|prevent|lessons|action[ \t]++items|follow[ \t-]?up|"
    r"conclusion|what[ \t]++went|impact|summary|remediation|next[ \t]++steps|appendix"
    r"|observations|findings|details|analysis|background|discussion",
    re.IGNORECASE,
)
INLINE_CODE = re.compile(r"`[^`\n]*+`")  # an inline code span: quoted text, no claim
AUTHOR_LINE = re.compile(r"[ \t]*+[^\s@]++@\S++(?:[ \t]++Edited)?[ \t]*+")
HTML_HEADING = re.compile(r"[ \t]*+<h([1-6])(?:[ \t][^>]{0,200})?>", re.IGNORECASE)
INLINE_FIELD = re.compile(r"(?P<label>[A-Za-z][A-Za-z -]{1,25}?)[ \t]*+[*_]{0,2}:[*_]{0,2}[ \t]*+$")
# "| Time (GMT +1) |": an offset after UTC or GMT, a space before it, is part of the zone
TABLE_ZONE = LazyPattern(
    # "| 時刻 (JST 2026-05-28) |": a time column named in Japanese or Chinese
    r"(?:time|date|when|start|end|時刻|時間|日時|时间|時间)[^|]{0,20}?(?:\(|[ \t]in[ \t]++)"
    r"(?P<zone>[A-Za-z][A-Za-z/_+:\-0-9]{1,30}"
    r"(?:(?<=UTC|GMT)[ \t][+\-][ \t]?\d{1,2}(?::?\d{2})?)?)",
    re.IGNORECASE)
CHAT_WORDS = LazyPattern(r"(?<![A-Za-z])(?:chat|slack|transcript|conversation|irc|messages)"
                         r"(?![A-Za-z])", re.IGNORECASE)
# (and the other languages' headings for one: "Zusammenfassung", "Résumé", "Resumen", "概要")
SUMMARY_WORDS = re.compile(r"summary|overview|abstract|tl;?dr|" + "|".join(
    _FOREIGN_SUMMARY := ("zusammenfassung", "überblick", "résumé", "synthèse", "resumen",
                         "resumo", "samenvatting", "sommario", "riepilogo", "podsumowanie",
                         "резюме", "обзор", "概要", "要約", "サマリー", "概述", "摘要", "개요",
                         "요약")), re.IGNORECASE)


def _says_summary(text: str) -> bool:
    """SUMMARY_WORDS' search of `text`: its words looked for as substrings of the text folded
    as IGNORECASE sees it (casefold.py; the IGNORECASE search tried every position)."""
    folded = fold(text)
    return ("summary" in folded or "overview" in folded or "abstract" in folded
            or "tldr" in folded or "tl;dr" in folded
            or ((not folded.isascii() or "zusammen" in folded or "resum" in folded
                 or "samenvat" in folded or "sommario" in folded or "riepilogo" in folded
                 or "podsum" in folded)
                and any(word in folded.lower() for word in _FOREIGN_SUMMARY)))


def _names_chat(text: str) -> bool:
    """CHAT_WORDS' search of `text`, made only when the folded text holds one of its words
    (most headings and labels hold none)."""
    folded = fold(text)
    return ("chat" in folded or "slack" in folded or "transcript" in folded
            or "conversation" in folded or "irc" in folded or "messages" in folded) \
        and CHAT_WORDS.search(text) is not None
# A heading that tells of trouble ("Slack Outage Monday January 4, 2021", "Messages delayed",
# "Customers may have trouble connecting to Slack"): the chat product is what failed
CHAT_TROUBLE = LazyPattern(r"(?<![a-z])(?:incidents?|outages?|impact|disruptions?|down(?:time)?"
                           r"|trouble|unavailable|unavailability|degraded|degradation"
                           r"|delay(?:s|ed)?|errors?|failures?|failing|issues?|problems?"
                           r"|unable|interruptions?|中断|故障|障害|宕机|停止|无法|無法)(?![a-z])",
                           re.IGNORECASE)
# ... unless it says the section quotes the chat: "Slack transcript", "IRC log during the
# outage", "messages posted during the incident", "#incident-42 channel"
CHAT_QUOTED = LazyPattern(r"(?<![a-z])(?:transcripts?|logs?|excerpts?|threads?|conversations?"
                          r"|history|channel|messages[ \t]++(?:from|in|during|between|exchanged"
                          r"|posted|sent))(?![a-z])|#[a-z]", re.IGNORECASE)


def _chat_is_the_subject(text: str) -> bool:
    """A heading naming a chat product or chat words that tells of that product failing
    ("# Slack Outage Monday January 4, 2021"), not of a chat quoted below."""
    return CHAT_TROUBLE.search(text) is not None and CHAT_QUOTED.search(text) is None


# A label, title or lead-in over Start/End fields that names a planned window ("The
# maintenance window was scheduled for:", "Scheduled downtimes", "[8 May] Cluster Maintenance
# Shutdown"), unless it names the incident too ("Outage during planned maintenance")
PLANNED_WINDOW = LazyPattern(r"(?<![a-z])(?:maintenance|scheduled|planned)(?![a-z])",
                             re.IGNORECASE)
INCIDENT_NOUN = LazyPattern(r"(?<![a-z])(?:incident|outage|impact|disruption)s?(?![a-z])",
                            re.IGNORECASE)
FORM_LINES = 8  # how far from a field the other fields of its form are looked for
LEAD_IN_LINES = 4  # how far above a field its lead-in may be (other fields between)
# A section told after the incident: another occurrence, or the work that prevents one
AFTERMATH_WORDS = LazyPattern(r"(?<![A-Za-z])(?:recurrences?|prevent(?:ion|ive|ative)"
                              r"|action[ \t]items?|recommend(?:ed|ations?)|next[ \t]steps"
                              r"|follow[ \t-]?ups?|improvements?|remediation[ \t]items?"
                              # the other languages' recommendations, next steps, follow-ups,
                              # improvements, corrective actions
                              r"|recomendaci(?:ón|ones)|acciones[ \t]recomendadas"
                              r"|próximos[ \t]pas{1,2}os|mejoras|empfehlungen|nächste[ \t]schritte"
                              r"|recommandations?|prochaines[ \t]étapes|actions[ \t]correctives"
                              r"|recomendações|melhorias"
                              # the corrective actions and action plans of Spanish,
                              # Portuguese, Italian, French and German reports
                              r"|acciones[ \t]correctivas|acciones[ \t]de[ \t]mejora"
                              r"|ações[ \t]corretivas|ações[ \t]de[ \t]melhoria"
                              r"|azioni[ \t]correttive|azioni[ \t]di[ \t]miglioramento"
                              r"|mesures[ \t]correctives|plan[ \t]d['’]action"
                              r"|plan[ \t]de[ \t]acción|plano[ \t]de[ \t]ação"
                              r"|(?:korrektur|gegen|abhilfe)?maßnahmen)(?![A-Za-zÀ-ÿ])",
                              re.IGNORECASE)
# the folded substrings one of AFTERMATH_WORDS' words holds
_AFTERMATH_HINTS = ("recurrence", "prevent", "action", "recommend", "next", "follow",
                    "improvement", "remediation", "recomenda", "ximos", "mejoras",
                    "empfehlung", "chste", "recommand", "prochaines", "melhorias",
                    "acciones", "ações", "azioni", "mesures", "maßnahmen", "plan")


def _may_name_aftermath(line: str) -> bool:
    """Whether the folded line holds a word AFTERMATH_WORDS needs (its IGNORECASE search,
    opening with a lookbehind, is tried at every position of each heading)."""
    folded = fold(line)
    return any(hint in folded for hint in _AFTERMATH_HINTS)


# A heading over quoted records: "### Failure Evidence (Security Log, HOST, 08:44-09:12)"
LOG_WORDS = LazyPattern(r"(?<![A-Za-z])(?:logs?|evidence|excerpts?|output|traces?|captures?"
                        r"|dumps?)(?![A-Za-z])", re.IGNORECASE)
# Words before a time that make it one spoken of, not the moment a heading is stamped with.
TIME_SPOKEN_OF = LazyPattern(
    r"(?<![a-z])(?:by|until|till|before|after|from|since|between|eta|expected|scheduled|planned"
    r"|next[ \t]++update)[ \t:]*+[*_]{0,2}[ \t]*+$", re.IGNORECASE)
HEADING_REACH = 40  # lines under a stamped heading looked through for times of their own
# What may follow the stamp that closes a heading: emphasis, a parenthesis, a full stop.
STAMP_TAIL = LazyPattern(r"[ \t*_).\]]*+")
# Month names in dates of other languages (Spanish, Portuguese, French, German, Italian,
# Dutch, Polish in both its cases), for headings that name only a day (see
# `_day_heading_in_english`).
FOREIGN_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate((
        "enero janeiro janvier januar jänner gennaio januari stycznia styczeń",
        "febrero fevereiro février fevrier februar febbraio februari lutego luty",
        "marzo março marco mars märz maerz maart marca marzec",
        "abril avril aprile kwietnia kwiecień",
        "mayo maio mai maggio mei maja maj",
        "junio junho juin juni giugno czerwca czerwiec",
        "julio julho juillet juli luglio lipca lipiec",
        "agosto août aout augustus sierpnia sierpień",
        "septiembre setiembre setembro septembre settembre września wrzesień",
        "octubre outubro octobre oktober ottobre października październik",
        "noviembre novembro novembre listopada listopad",
        "diciembre dezembro décembre decembre dezember dicembre grudnia grudzień",
    ), start=1)
    for name in names.split()
}
MONTH_ABBREVIATIONS = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                       "Oct", "Nov", "Dec")
FOREIGN_DAY_HEADING = LazyPattern(
    r"#{1,6}[ \t]++[*_]{0,2}(?P<d>\d{1,2})\.?[ \t]++(?:de[ \t]++)?"
    r"(?P<mon>" + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True)) + r")"
    r"(?:[ \t]++(?:de[ \t]++)?(?P<y>(?:19|20)\d{2}))?[*_]{0,2}[ \t]*+:?[ \t]*+",
    re.IGNORECASE)
# The fence of a Mermaid diagram, and the rows of its timeline that are no period of their
# own: the diagram's type, title, accessibility notes, sections, a period's further events
MERMAID_TIMELINE_OPENS = re.compile(r"[ \t]*+(?:```|~~~)[ \t]*+mermaid[ \t]*+$", re.IGNORECASE)
MERMAID_NON_ENTRY = re.compile(r"[ \t]*+(?::|(?:timeline|title|section|acc(?:Title|Descr))"
                               r"(?![A-Za-z])|%%|$)", re.IGNORECASE)
MERMAID_HEADING = re.compile(r"[ \t]*+(?:title|section)[ \t]", re.IGNORECASE)
# A status update's fenced container opening (statuskit): "::: update Resolved | <stamp>"
UPDATE_BOX_RE = LazyPattern(r"[ \t]*+:::[ \t]*+update[ \t]++(?P<label>[^|\n]{0,60}+)\|[ \t]*+",
                            re.IGNORECASE)
# A status page's update heading its text: "**Update 23:35:**", "**Resolved - 00:20**"; an
# issue's follow-up stamped alone on its line ("EDIT 04.01.2022 at 10:59 UTC:").
STATUS_WORD_RE = re.compile(
    r"(?P<word>(?:(?:initial|final|first|last|status)[ \t]++)?"
    r"(?:updated?|resolved|monitoring|investigating|identified|mitigated|scheduled|message"
    r"|report|recovering|recovered|verifying|completed|edit"
    # "update" in German, French, Spanish, Portuguese, Italian, the Nordic languages,
    # Polish, Czech and Finnish: "Aktualizacja 10:05:", "Uppdatering kl. 10.05:"
    r"|aktualisierung|mise[ \t]à[ \t]jour|mise[ \t]a[ \t]jour|actualizaci[oó]n"
    r"|atualiza[cç][aã]o|aggiornamento|uppdatering|opdatering|oppdatering|aktualizacja"
    r"|aktualizace|päivitys"
    # and "updated": "Aktualisiert um 10:05", "Uppdaterat kl. 10.05", "Uppfært kl. 10:29"
    r"|aktualisiert|mis[ \t]à[ \t]jour|actualizado|atualizado|aggiornato|uppdaterat"
    r"|uppdaterad|oppdatert|opdateret|uppfært|päivitetty|zaktualizowano|bijgewerkt))"
    # a numbered update: "Update 3 (11:15AM PST):", "UPDATE #4 - 23:50"
    r"(?:[ \t]*+#?\d{1,2}(?![\d:.]))?"
    r"[*_]{0,2}[ \t]*+(?:(?:at|on|@|[-–—:·•]|kl[.:]?|klo|um|à|om|o|godz\.)[ \t]*+)?\(?"
    r"(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
    r"[a-z]*+\.?[ \t,])", re.IGNORECASE)
# An update's label in bold opening its line: "**Notice**: ...", "__Update__ - ..."
BOLD_LABEL = LazyPattern(r"[ \t]*+(?:\*\*|__)[A-Za-z][A-Za-z -]{0,24}?(?:\*\*|__)[ \t]*+[:\-–—]"
                         r"|[ \t]*+(?:\*\*|__)[A-Za-z][A-Za-z -]{0,24}?:(?:\*\*|__)")
# A status update's label opening its line with no time ("**Resolved** - This incident has
# been resolved.", its emphasis lost in a Word copy): a status page's export puts the stamp
# on the line below.
_STATUS_LABELS = (r"(?:investigating|identified|monitoring|update|updated|resolved?|recovering"
                  r"|notice|notification|clarification"
                  r"|mitigated|scheduled|in progress|completed|post-?mortem|verifying)")
STATUS_LABEL_RE = LazyPattern(  # quoted too: "> Resolved - ...", a provider's page cited
    r"[ \t]*+(?:>[ \t]*+){0,3}[*_]{0,2}" + _STATUS_LABELS + r"[ \t]?[*_]{0,2}[ \t]*+[-–—:]",
    re.IGNORECASE)
# A status word alone on its line, over the update's text ("**Resolved**").
STATUS_ALONE_RE = LazyPattern(
    r"[ \t]*+[*_#]{0,4}[ \t]*+" + _STATUS_LABELS + r"[ \t]?[*_]{0,2}[ \t]*+", re.IGNORECASE)
# A front matter's stamp of the page itself, not of the incident: "published:", "updated:",
# "first_seen:", "scraped_at:", "date_clipped:", "source_published_at:".
PAGE_STAMP_RE = LazyPattern(
    r"[ \t]*+(?:[A-Za-z]++[_-])?(?:date_?)?(?:published|updated|modified|lastmod"
    r"|last_?modified|first_?seen|last_?seen|scraped|clipped|fetched|crawled|archived"
    r"|retrieved|saved)(?:_?(?:at|on|date))?"
    r"[ \t]*+[:=]", re.IGNORECASE)
# A word that makes the time after it one the sentence speaks of, not the update's stamp.
TIME_SAID_BEFORE = LazyPattern(
    r"(?<![a-z])(?:by|until|till|before|after|at|on|from|to|around|about|since|between|and"
    r"|approximately|eta|expected|scheduled|next[ \t]++update)[ \t:]*+$", re.IGNORECASE)
# How far above its stamp a status update's label may open (its text runs over paragraphs).
UPDATE_REACH = 24
UPDATE_TEXT = 600  # characters of an update's words kept for its phase and its text
TITLE_WIDTH = 60  # a title's line ("Incident Report for Discord"), short and unstopped


def _title_line(line: str) -> bool:
    """A short line that closes no sentence: a page's title or subtitle, no update's words."""
    text = line.strip(" \t*_")
    return 0 < len(text) <= TITLE_WIDTH and text[-1] not in ".!?:;,)"
# How far apart two updates of a log, each over its text, may open their paragraphs
UPDATE_PARAGRAPH_REACH = 8
_SENTENCE_WORDS = 4  # a line of this many words or more is a sentence, not a footer
_LONE_STAMP_WIDTH = 60  # no stamp alone on its line is longer ("January 12, 2023 · 18:54 UTC")
# "Posted Mar 14, 2024 - 16:10 UTC" under a status update: the stamp an export gives it;
# a page saved from the browser keeps the age shown before it ("Posted about 2 years ago.
# Feb 11, 2016 - 12:54 CET", "Posted 3 days ago · Mar 14, 2024 - 16:10 UTC")
POSTED_RE = LazyPattern(r"[ \t]*+[*_]{0,2}(?:posted|published|updated)(?:[ \t]++on)?[*_]{0,2}"
                        r"[ \t]*+(?:(?:about|over|almost|nearly|less[ \t]++than)[ \t]++)?"
                        r"(?:(?:an?|[0-9]{1,3})[ \t]++(?:second|minute|hour|day|week|month|year)s?"
                        r"[ \t]++ago[ \t]*+[.,·|]?[ \t]*+)?[:\-–—]?[ \t]*+", re.IGNORECASE)
# A heading that names a month and its year, as status histories group their incidents.
_MONTH_NAME = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
               r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
MONTH_YEAR_RE = LazyPattern(
    r"(?P<m>" + _MONTH_NAME + r")\.?,?[ \t]++(?P<y>(?:19|20)\d{2})", re.IGNORECASE)
# A field's value that names a month, or a span of months, and the year only ("Date:
# September 2021", "Period: September - October 2021"): the year of the year-less dates below.
MONTH_SPAN_YEAR_RE = LazyPattern(
    r"(?:(?:" + _MONTH_NAME + r")\.?[ \t]*+(?:[-–—]|to|through|and)[ \t]*+)?"
    r"(?P<m>" + _MONTH_NAME + r")\.?,?[ \t]++(?P<y>(?:19|20)\d{2})", re.IGNORECASE)
# A heading that names only a day of a timeline running over several.
DAY_MARK_RE = LazyPattern(
    r"(?:day[ \t]++(?P<n>\d{1,2}|one|two|three|four|five|six|seven)"
    r"|(?P<wd>mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?"
    r"|(?:the[ \t]++)?(?:next|following|second|third)[ \t]++(?:day|morning|evening|night))")
# A day said before an entry's time: "Next morning, 10:45 AM: ...", "The following day at
# 09:10 - ...", "(next day) 09:15 ...": the entry is a day on from the one before it.
DAY_LEAD_RE = LazyPattern(r"\(?(?:the[ \t]++)?(?:(?:next|following)[ \t]++(?:day|morning)"
                          r"|day[ \t]++after"
                          # the same in Japanese (翌, 翌日, 翌朝), Chinese (次日, 隔天, 第二天)
                          # and Korean (다음 날): "| 翌 00:20 | 復旧確認 |"
                          r"|翌(?:日|朝)?|次日|隔天|第二天|다음[ \t]?날|익일|이튿날)"
                          r"\)?[ \t]*+,?[ \t]*+(?=(?:at[ \t]++|@[ \t]*+)?\d)",
                          re.IGNORECASE)
# A zone in parentheses after an entry's date alone: "- 2 June 2024 (UTC): customers notified"
DAY_ZONE_PAREN = LazyPattern(r"[ \t]*+\((?P<z>[A-Za-z]{2,5}(?:[ \t]*+[+\-−][ \t]*+\d{1,2}"
                             r"(?::?\d{2})?)?)\)")
# A part of the day after an entry's date and before its separator: "**Tuesday Jan 31, late
# evening:** ...", "- Mon 6 Nov (morning) - ...": the entry is dated, its time of day only told
DAY_PART_RE = LazyPattern(r"[ \t]*+(?:,[ \t]*+|\([ \t]*+|[ \t])(?:(?:early|late|mid)[ \t-]?)?"
                          r"(?:morning|afternoon|evening|night|overnight|midday|lunchtime)"
                          r"(?![A-Za-z])\)?", re.IGNORECASE)
# A day's number said before an entry's time: "Day 2, 09:15 - ...", "Day 1 22:10:", "D+1
# 09:15", "+1d 09:15", "D2 10:00": the entry is that many days on from the timeline's first
# day.
DAY_NUMBER_LEAD_RE = LazyPattern(r"(?:[Dd]ay[ \t]*+(?P<n>\d{1,2})"
                                 r"|(?:D|(?<![^ \t*_(\[])(?=\+\d{1,2}d))\+(?P<plus>\d{1,2})d?"
                                 r"|D(?P<d>\d{1,2}))[ \t]*+[,:\-–—]?[ \t]*+"
                                 r"(?=(?:at[ \t]++|@[ \t]*+)?\d{1,2}[:.h]?\d{2}(?!\d))")
# A heading that names a part of the story told in parts: "### Phase 3: restarts", "#### Stage
# 2 - rollback", "### Part II"
PART_HEADING = LazyPattern(r"[ \t]*+#{1,6}[ \t]++(?:[*_]{1,2})?(?:phase|stage|step|part|wave"
                           r"|round)[ \t]++(?:\d{1,2}|[ivx]{1,4}|[a-e])(?![\w])", re.IGNORECASE)
# A step back said before an entry's time, or on a label line of its own over it: "Earlier
# that morning, 06:20: ...", "**The previous evening, 21:10:** ...": told out of order on
# purpose, the same day as the entry before it ("same") or the day before it ("before").
_STEP_BACK = (r"(?:(?P<same>earlier[ \t]++(?:that|the[ \t]++same|this)[ \t]++(?:day|morning"
              r"|afternoon|evening|night)|earlier[ \t]++that[ \t]++day|earlier[ \t]++on)"
              r"|(?P<before>(?:the[ \t]++)?(?:previous|prior)[ \t]++(?:day|evening|night|afternoon"
              r"|morning)|the[ \t]++(?:day|evening|night)[ \t]++before))")
STEP_BACK_LEAD_RE = LazyPattern(_STEP_BACK + r"[ \t]*+[,:\-–—]?[ \t]*+"
                                r"(?=(?:at[ \t]++|@[ \t]*+)?\d)", re.IGNORECASE)
STEP_BACK_LABEL_RE = LazyPattern(_STEP_BACK + r"(?:[ \t]*+\.{3}|…)?")
# "; at 10:07", ", and by 10:50", " then around 11:05": a clause of its own opening with a
# time, in an entry's words
# (a run of blanks is entered at its first one only: the search stays linear in the line)
_ABOUT_THEN_TIME = (r"[ \t]++(?:(?:approx\.?|approximately|about|around|roughly)[ \t]++"
                    r"|~[ \t]*+)?$")
CLAUSE_LEAD_BEFORE = LazyPattern(r"(?:;|,?(?<![ \t])[ \t]++(?:and|then|and[ \t]++then))[ \t]++"
                                 r"(?:then[ \t]++)?(?:at|by|around|shortly[ \t]++after"
                                 r"|just[ \t]++after)" + _ABOUT_THEN_TIME
                                 # (a Chinese or Japanese clause opening with its time: "，06:40
                                 # 恢复", "；于 06:40 恢复")
                                 + r"|[，；、][ \t]*+(?:于[ \t]*+)?$", re.IGNORECASE)
# ", and the all-clear came at 1:40 PM", "; traffic was healthy again by 10:50": a clause of its
# own whose subject and verb come before its time (a few words, none of them a plan's)
CLAUSE_TOLD_BEFORE = LazyPattern(r"(?:;|,[ \t]*+(?:and|then|and[ \t]++then)|(?<![ \t,])[ \t]++and"
                                 r"[ \t]++then)[ \t]++(?P<words>(?:[A-Za-z'’-]++[ \t]++){1,6}?)"
                                 r"(?:at|by|around)" + _ABOUT_THEN_TIME, re.IGNORECASE)
# the words of a plan, in a clause with its own time
_PLAN_WORDS = r"will|would|should|expect(?:s|ed)?|eta|plan(?:s|ned)?|scheduled|estimated"
# words that make such a clause's time no step of the entry's: a plan ("will review it at
# 15:00"), a span's bound ("from", "until"), a look back ("it had last succeeded at 02:00"), a
# habit ("normally runs at 03:00")
ASIDE_WORDS = LazyPattern(r"(?<![a-z])(?:" + _PLAN_WORDS
                          + r"|next|until|before|since|from|had|last"
                          r"|previously|earlier|originally|usually|normally|typically|every"
                          r"|each|daily|nightly)(?![a-z])", re.IGNORECASE)
# what the clause after such a time tells of the future: "by 11:00 we will", "by 15:00 is
# expected", "at 16:00 the team plans to ..."
FUTURE_AFTER = LazyPattern(r"[^.;!?\n]{0,60}?(?<![a-z])(?:" + _PLAN_WORDS
                           + r"|hope[sd]?|aim(?:s|ed)?|target(?:s|ed)?)(?![a-z])",
                           re.IGNORECASE)
# The end of a sentence and the blanks after it ("... fired. By 14:20 ..."), not of a
# shortened word ("approx. 14:20", "ca. 14:20", "e.g. 14:20")
SENTENCE_STOP = LazyPattern(r"(?<!approx)(?<!\bca)(?<!\bc)(?<!\be\.g)(?<!\bi\.e)(?<!\bvs)"
                            r"(?<!\betc)[.!?][ \t]++(?=[A-Z0-9@~])"
                            # (a CJK full stop needs no blank after it: "处理。09:01,监控到")
                            r"|[。！？][ \t]*+(?=[0-9])")
# A label's closing emphasis, then its parentheses: "**Timeline** (all times UTC)"
PAREN_AFTER_EMPHASIS = LazyPattern(r"(\*\*|__)[ \t]*+(\([^()\n]{1,40}\))[ \t]*+$")
EMPHASIS_ONLY = LazyPattern(r"[ \t]*+(?:\*\*|__)[^*_]{1,30}(?:\*\*|__)[ \t:]*+")
WEEKDAY_NAMES = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# Spaces copied from web pages and editors, each read as a plain space (one for one, so
# columns stay): no-break spaces ("14:10\xa0UTC"), the narrow one before AM/PM that locale
# formatting writes ("10:00\u202fAM"), thin and other fixed-width spaces, zero-width spaces.
ODD_SPACE = LazyPattern(  # each made a plain space (a regex, not str.translate: ten times faster)
    "[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f"
    "\u205f\u2060\u3000\ufeff]")
SETEXT_UNDERLINE = LazyPattern(r"[ \t]{0,3}(?:=++|-++)[ \t]*+")
CAMEL_JOINT = re.compile(r"(?<=[a-z])(?=[A-Z])")
# A log quoted outside the timeline ("> 2023-01-04 09:58:12 ERROR ...") or a record's time
# field ('{"time": "2023-01-04T09:57:00Z"'): what the systems said, not what the author claims.
# (IGNORECASE, compiled for a folded line as DECLARED_ZONE_RE is: only whether it matches counts)
QUOTED_LOG_PATTERN = (
    r"[ \t]*+>[ \t>]*+(?:\[|\d{4}-\d\d-\d\d|\d{1,2}:\d\d:\d\d|[A-Z][a-z]{2}[ \t]++\d{1,2}[ \t]++\d)"
    r"|.{0,200}?\"(?:time|timestamp|ts|date|datetime|created_at|updated_at|@timestamp)\"[ \t]*+:"
    # a system log's line, quoted bare: "Sep 06 17:02:34 web-1 nginx[812]: ...", its stamp,
    # host and process with its id
    r"|[ \t]*+(?:[A-Z][a-z]{2}[ \t]++\d{1,2}|\d{4}-\d\d-\d\d[T \t])[ \t]*+\d\d:\d\d:\d\d"
    r"[^ \t]{0,16}[ \t]++[\w.-]{1,64}[ \t]++[\w./@-]{1,64}\[\d{1,10}\]:"
    # a network device's log line: "9:07: %ETHCNTR-3-LOOP_BACK_DETECTED: ...", "*Mar 1
    # 00:03:12.345: %LINK-3-UPDOWN: ...", its facility, severity and mnemonic after the stamp
    r"|[ \t]*+[^%\n]{1,40}?%[A-Z][A-Z0-9_]{1,30}-\d-[A-Z][A-Z0-9_]{1,40}:")
QUOTED_LOG_RE = re.compile(folded_pattern(QUOTED_LOG_PATTERN))
SPAN_START_HEAD = LazyPattern(r"(?:start|started|begin|began|from)(?:[ \t]++(?:time|at|date))?"
                              r"(?:[ \t]*+\([^()]{1,20}\))?")
SPAN_END_HEAD = LazyPattern(r"(?:end|ended|until|to|resolved|finish|finished)"
                            r"(?:[ \t]++(?:time|at|date))?(?:[ \t]*+\([^()]{1,20}\))?")
# "| Workflow | Cron (ET) | Actual (ET) |": a column of times of day each job is due at
SCHEDULE_HEAD = LazyPattern(r"(?:cron|schedule|scheduled(?:[ \t]++(?:time|at|for))?|runs[ \t]++at"
                            r"|due(?:[ \t]++at)?)(?:[ \t]*+\([^()]{1,20}\))?")
# A column of an action item's days, to come or of its doing: "Target Date", "Due",
# "Deadline", "ETA", "Completed", "Fecha límite", "Fecha compromiso", "Frist", "Échéance"
# (no day of the incident)
PLAN_HEAD = LazyPattern(r"(?:target|due|deadline|eta|planned|expected|completion|completed"
                        r"|done|closed)(?:[ \t]++(?:date|by|on|for|day))?|date[ \t]++(?:completed"
                        r"|done|closed)|by[ \t]++when|when[ \t]++due"
                        # (Spanish's "fecha compromiso", the day promised; Portuguese's and
                        # Italian's planned day, "data prevista", "data di scadenza")
                        r"|fecha[ \t]++(?:l[ií]mite|objetivo|prevista|compromiso|comprometida"
                        r"|de[ \t]++compromiso|de[ \t]++entrega)|data[ \t]++(?:prevista|limite"
                        r"|alvo|di[ \t]++scadenza)|frist|f[äa]llig(?:keit)?"
                        r"|[ée]ch[ée]ance|date[ \t]++(?:cible|pr[ée]vue)|termin"
                        r"|prazo|scadenza|deadline[ \t]++date")
# A database column's name as a table head: "created_at", "`offer_count`"
COLUMN_NAME = LazyPattern(r"`?+[a-z][a-z0-9]*+(?:_[a-z0-9]++)++`?+")
# "Date (2021)", "Date, 2021": a date column whose header gives the year
TABLE_YEAR = LazyPattern(r"^(?:date|day|when)[ \t]*+[(,][ \t]*+((?:19|20)\d{2})[ \t]*+\)?$",
                         re.IGNORECASE)
LINE_BREAK_TAG = re.compile(r"<br[ \t]*+/?>", re.IGNORECASE)
# HTML tags, entities and emoji shortcodes, replaced by spaces so that columns stay exact.
# A timestamp carried by a tag: `<time datetime="2021-07-28T08:23:45+01:00">`, a static site's
# `{{< track "2023-08-13 15:23:10" >}}`, a component's `<Update date="2022-04-21T11:34:00Z">`.
STAMP_IN_TAG = LazyPattern(
    r"(?:(?:datetime|track)[ \t]*+=?|(?<![A-Za-z_-])(?:date|time|timestamp)[ \t]*+=)"
    r"[ \t]*+[\"'](?P<v>[^\"'<>\n]{1,60})[\"']", re.IGNORECASE)
# ":fire:": an emoji code opens with a colon and a lower-case letter; most colons in a
# postmortem are a clock's ("10:05") or a label's ("Impact: "), and need no masking
EMOJI_OPEN = re.compile(r":[a-z]")
# a link's or image's target ("](images/Screenshot%202024-03-05%20at%2014.26.03.png)") is an
# address, not words: its percent-encoded spaces made "2014.26.03" of "%20" and "14.26.03"
# (a tag opens with a letter, "/", "!" or "?": "<2024-03-04 Mon 14:05>", an Org-mode stamp
# in angle brackets, and "< 200 ms >" are words, not markup)
_TAG_MASK = (r"\{\{<[^<>\n]{0,300}>\}\}|<[A-Za-z/!?][^<>\n]{0,299}>"
             # (an emoji's shortcode stands apart: ":c3:" in "MD5:c3:27:ea" or a MAC address
             # is a group of hex digits)
             r"|&(?:[A-Za-z]{2,8}|#\d{1,6});|(?<![0-9A-Za-z]):[a-z][a-z0-9_+-]{0,40}:")
MARKUP_MASK = re.compile(_TAG_MASK + r"|(?<=\]\()[^()\s]{1,300}(?=\)|[ \t]++\")")
# MARKUP_MASK for a line without "](", where no link's address stands: the same matches, and
# opening with a set of four characters, its search skips to them (the link's branch, opening
# with a lookbehind, made the search try every position)
TAG_MASK = re.compile(_TAG_MASK)
TIMELINE_PAREN = LazyPattern(r"(?:time[ \t-]?line|chronology)[ \t]*+"
                             r"\((?P<z>[A-Za-z][A-Za-z/_ +:\-0-9,.]{0,30})\)", re.IGNORECASE)
# "Timeline, Sydney time:", "Timeline - UTC": a zone after the word and a separator, or
# after a blank alone ("Timeline UTC:", "## Timeline UTC")
TIMELINE_THEN = LazyPattern(r"(?:time[ \t-]?line|chronology)(?:[ \t]*+[,:\-–—][ \t]*+"
                            r"|[ \t]++)", re.IGNORECASE)
# "Timeline (PST)": a zone in parentheses that ends a heading or label
# ("时间线（北京时间）", "タイムライン（日本時間）": a place's clock named in CJK script too)
PAREN_AT_END = re.compile(r"\((?P<z>[A-Za-zÀ-ÖØ-öø-ÿА-ЯЁа-яё\u3040-\u30ff\u4e00-\u9fff"
                          r"\uac00-\ud7af][A-Za-zÀ-ÖØ-öø-ÿА-ЯЁа-яё\u3040-\u30ff\u4e00-\u9fff"
                          r"\uac00-\ud7af/_ +:\-0-9,.]"
                          r"{0,30})\)[ \t:]*+$")
# "Timeline (Europe/Athens, 2026-09-13; log stamps UTC+3h)": a zone first in the parentheses
PAREN_FIRST_ZONE = LazyPattern(r"\((?P<z>[A-Za-z][A-Za-z/_+\-]{1,30})[ \t]*+[,;][^()\n]{1,100}\)"
                               r"[ \t:*_]*+$")
# "# DNS outage (2024-02-10, UTC)": a zone after a comma, closing the title's parenthesis
TITLE_PAREN_ZONE = LazyPattern(r"\([^()]{4,60},[ \t]*+(?P<z>[A-Za-z][A-Za-z/_+:\-0-9]{1,30})\)$")
LEADING_MARKS = frozenset("*_`>#|-–—:")  # stripped, with blanks, from the start of a text
TRAILING_MARKS = frozenset("*_`|")  # and these from its end
# Every character str.isspace() holds (tests/test_extract.py checks the list), for str.strip
BLANKS = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
          "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_LEADING_STRIPPED = BLANKS + "".join(sorted(LEADING_MARKS))
_TRAILING_STRIPPED = BLANKS + "".join(sorted(TRAILING_MARKS))

TIME_FIELDS = frozenset(FIELD_PHASES)
# "(1)", "(2)": a part's number alone on its line, over that part's entries
NUMBER_MARK_ALONE = LazyPattern(r"\([1-9]\)")
# a list item's bullet: "- ", "* ", "+ ", "1. ", "2) "
LIST_BULLET = LazyPattern(r"[ \t]*+(?:[-*+•]|\d{1,3}[.)])[ \t]++\S")
_WORDS_ABOVE_LINES = 8  # an update's title and words above its closing stamp, at most
# The first column of a timeline table: "| Time (UTC) | Event |", "| Date | What happened |"
TABLE_COLUMN_HEADS = frozenset(("time", "date", "when", "timestamp", "date and time",
                                "date/time", "datetime", "time stamp"))
PROSE_WINDOW = 400  # characters of context kept as a prose mention's text
# A label that stamps the page itself, above its updates: "Posted:", "Published:", "Last
# updated:"; or the write-up and its review, after the incident: "Review date:", "Postmortem
# meeting:", "Report written:", "Last edited:"; or another incident it cites: "Previous
# incident:"; or a forum user card's "Joined:", an action item's "Due Date:" (read as a
# field, not as a step of the incident's timeline)
PAGE_STAMP_LABEL = re.compile(r"(?:first[ \t]++|originally[ \t]++|last[ \t]++)?"
                              r"(?:posted|published|updated|last[ \t]++update|edited|modified"
                              r"|revised)(?:[ \t]++(?:on|at))?"
                              r"|(?:date[ \t]++of[ \t]++(?:the[ \t]++)?|next[ \t]++)?"
                              r"(?:post[ \t-]?mortem[ \t]++|pir[ \t]++|retrospective[ \t]++"
                              r"|retro[ \t]++|incident[ \t]++)?(?:review|meeting)"
                              r"(?:[ \t]++(?:date|held|on|at|scheduled))?"
                              r"|(?:date[ \t]++of[ \t]++(?:this[ \t]++)?)?report"
                              r"(?:[ \t]++(?:date|written|drafted|completed|published))?"
                              r"|(?:document|report|postmortem|post-mortem)[ \t]++"
                              r"(?:created|written|date)"
                              r"|(?:previous|prior|last|related|similar|earlier)[ \t]++"
                              r"(?:incident|outage)s?"
                              # a forum post's user card ("Joined: Thu Apr 09, 2009 11:44
                              # am"), and an action item's deadline ("Due Date: Aug 20")
                              r"|joined|member[ \t]++since|registered|last[ \t]++(?:visit"
                              r"|active|login|seen)|due(?:[ \t]++(?:date|by|on))?"
                              # ("New deadline:", "Revised deadline:", "User deadline:")
                              r"|(?:(?:new|revised|original|updated|current|final|initial"
                              r"|extended|adjusted|user|customer|client)[ \t]++)?deadline"
                              r"|target[ \t]++date", re.IGNORECASE)
# when the write-up was generated, under its timeline too: "Report generated on:", "Rapport
# généré le :", "Bericht erstellt am:", "Informe generado el:"
GENERATED_LABEL = LazyPattern(r"(?:(?:report|page|document|summary)[ \t]++)?generated"
                              r"(?:[ \t]++(?:on|at))?|rapport[ \t]++généré(?:[ \t]++le)?"
                              r"|bericht[ \t]++erstellt(?:[ \t]++am)?"
                              r"|informe[ \t]++generado(?:[ \t]++el)?", re.IGNORECASE)
# ... and in the languages drafts are written in: "Zeitraum:", "Dauer:", "Durée :",
# "Periodo:", "Duración:" (a period from its start to its end, or its length)
SPAN_LABEL = re.compile(r"duration|window|period|time ?frame|outage time|incident time"
                        r"|(?:outage|incident|impact|disruption) length|^length|^downtime"
                        r"|zeitraum|^dauer|ausfallzeit|^durée|^période|^periodo|^período"
                        r"|^duración|^duração",
                        re.IGNORECASE)


# A label naming the incident's window, over a range alone on the next line ("Impact
# period:" / "2024-03-09 09:53 – 14:45 UTC"; "■発生期間", "障害期間", "影響期間")
WINDOW_LABEL = LazyPattern(r"(?:outage|impact|incident|disruption|downtime)[ \t]++(?:window"
                           r"|period|time[ \t]*+frame|timeframe)|(?:発生|障害|影響|停止|故障)期間"
                           r"|(?:故障|影响|中断)时间段|(?:장애|영향)[ \t]?기간", re.IGNORECASE)


def _names_span(text: str) -> bool:
    """SPAN_LABEL's search of `text`, made when the folded text holds a word it needs (its
    IGNORECASE search is tried at every position of each label)."""
    folded = fold(text)
    return ("duration" in folded or "window" in folded or "period" in folded
            or "time" in folded or "length" in folded or "zeit" in folded or "dauer" in folded
            or "dur" in folded or "riod" in folded or "ríod" in folded
            ) and SPAN_LABEL.search(text) is not None

# A total under the start and end fields ("Total: 43 minutos"), whose value may be the span
TOTAL_FIELDS = frozenset({"total", "total time", "tempo total", "tiempo total", "durata totale",
                          "temps total"})
TOTAL_BELOW_LINES = 3  # the lines above a total that its start and end fields may stand on


def _plans_window(text: str) -> bool:
    """PLANNED_WINDOW's search of `text`, made when the folded text holds one of its words."""
    folded = fold(text)
    return ("maintenance" in folded or "scheduled" in folded or "planned" in folded) \
        and PLANNED_WINDOW.search(text) is not None


# A field naming the impact, whose value may be its length ("Impact: 90 minutes") or words
IMPACT_FIELDS = frozenset({"impact", "total impact", "customer impact", "user impact",
                           "impact time", "service impact"})


# "144 hours - 32 hours maintenance = 112 hours": lengths joined by a sign, a sum worked out
SUM_SIGN = LazyPattern(r"(?:\A|[ \t])[-+−=][ \t]")


def _before_a_sum(value: str, found: list[DurationMatch]) -> list[DurationMatch]:
    """A duration field's lengths up to the first that a sign joins to the one before it
    ("length: 144 hours - 32 hours scheduled maintenance = 112 hours"): the terms and the
    result of a sum are not the span's length, the first is."""
    for n, (before, after) in enumerate(pairwise(found), start=1):
        if SUM_SIGN.search(value, before.end, after.start) is not None:
            return found[:n]
    return found


def _opens_with_a_length(value: str) -> bool:
    """Whether a field's value is a length first ("~1h30m", "about 90 minutes (all users)"),
    not words about who was affected ("all users for 2 hours")."""
    found = scan_durations(value, in_duration_field=True)
    return bool(found) and value[:found[0].start].strip(" \t*_~≈").lower() in (
        "", "about", "approximately", "approx.", "around", "roughly", "approx", "ca.")


# A span label for a period kept after the fix or around the work, not the incident's
# own: "Monitoring window: 14 days", "Observation period", "Soak period", "Grace period"
WATCH_LABEL = LazyPattern(r"monitor|observ|watch|soak|bake|burn-?in|canary|evaluat|review"
                          r"|trial|freeze|retention|grace|cool-?down")
# A label that names how long something took, not when it happened ("Time to resolve",
# "TTR", "MTTD", "Resolved in", "Total downtime"): a bare "01:35" after it is an elapsed
# time written as hours and minutes, no clock reading
ELAPSED_LABEL = re.compile(
    r"(?:mean )?time (?:to|taken|spent)(?: [a-z]++){1,3}|mtt[a-z]|tt[a-z]|elapsed(?: time)?"
    r"|total (?:time|downtime)|downtime|(?:resolved|fixed|recovered|restored|mitigated"
    r"|detected|acknowledged|acked) (?:in|after|within)")
OTHER_FIELDS = frozenset((
    "duration", "status", "severity", "priority", "impact", "root cause", "trigger",
    "detection method", "resolution", "owner", "commander", "incident commander",
    "summary", "customer", "authors", "author", "services affected", "affected services",
))


# The hyphens that are not U+002D: U+2010 hyphen, U+2011 non-breaking, U+2012 figure dash
HYPHENS = str.maketrans("\u2010\u2011\u2012", "---")


def extract(text: str) -> Extraction:
    """Every entry, field, summary mention and stated duration in `text`.

    Raises InputError (with no path) for a document holding more than MAX_TIMES times.
    """
    lines = text.split("\n")
    read = lines
    if "\u2010" in text or "\u2011" in text or "\u2012" in text:
        # "2025‑05‑18 07:42" with a non-breaking hyphen (as word processors and generated
        # text write it): read as a hyphen; the lines themselves are kept as written
        text = text.translate(HYPHENS)
        read = text.split("\n")
    read, emptied = _rejoined_rows(read) if "|" in text else (read, frozenset())
    if emptied:
        # the rows' roles are read with the emptied lines left out, so that the rows stand
        # together as a table; an emptied line is then a blank one between them
        kept = [line for k, line in enumerate(read) if k not in emptied]
        compact = iter(line_roles("\n".join(kept), kept))
        roles = [LineRole("blank") if k in emptied else next(compact) for k in range(len(read))]
    else:
        roles = line_roles(text, read)
    walker = _Walker([_walkers_line(line, role) for line, role in zip(read, roles, strict=True)],
                     roles)
    walker.front_matter_end = front_matter_end(lines) or 0
    walker.footer_start = page_footer_start(read)
    walker.run()
    code = frozenset(i + 1 for i, role in enumerate(roles) if role.role == "code")
    return Extraction(tuple(lines), tuple(walker.entries), tuple(walker.fields),
                      tuple(walker.durations), walker.declared, code, walker.unknown_zone,
                      tuple(walker.day_marks), tuple(walker.year_marks),
                      tuple(walker.later_declared), frozenset(walker.posted_lines))


# The marks of a web page's footer: "Powered by ...", "Copyright © 2007-", "© 2024 Acme",
# "All rights reserved", "版权所有", a Chinese site's licence number ("京ICP备07017567号")
FOOTER_WORDS = LazyPattern(r"(?<![A-Za-z])(?:powered[ \t]++by|copyright[ \t]*+(?:©|\(c\)"
                           r"|\d{4})|all[ \t]++rights[ \t]++reserved)(?![A-Za-z])|©[ \t]*+\d{4}"
                           r"|版权所有|ICP备", re.IGNORECASE)
_FOOTER_REACH = 8  # the last lines with words a footer may take
_FORM_REACH = 4  # the label/value pairs of a form looked through for a time field's


def page_footer_start(lines: list[str]) -> int:
    """The index of the first line of a web page's footer copied with the text: the first of
    the last few lines that holds a footer's mark and no digit of a clock, when every line
    after it is short; len(lines) where there is none."""
    seen = 0
    start = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        text = lines[i].strip()
        if not text:
            continue
        if len(text) > 120 or seen == _FOOTER_REACH:
            break
        seen += 1
        if ":" not in text and FOOTER_WORDS.search(text) is not None:
            start = i
    # the short lines right above it with no blank between ("UTC+1, 2025-02-03 08:14" over
    # "Powered by ..."; "Forum index | Mobile"): the footer's too, but a sentence or an item
    while 0 < start < len(lines) and _footer_line(lines[start - 1]):
        start -= 1
    return start


def _footer_line(line: str) -> bool:
    """A line a footer may hold above its mark: a few words, no sentence's full stop, no
    list item, table row or heading."""
    text = line.strip()
    return bool(text) and len(text) <= 60 and len(text.split()) <= 6 \
        and not text.endswith((".", "!", "?")) and text[:1] not in "-*+#|>•" \
        and not text[:1].isdigit()


# A backslash before the punctuation a time or its list can hold: a Markdown escape ("\\~",
# "\\-", "1\\.", "\\[03-26 23:04\\]"), the character itself meant. (A quote's escape is left:
# it is no part of a time, and a blank there would show in an entry's words; so is a table
# cell's escaped bar, "a\\|b", which `_cells` keeps inside its cell.)
MARKDOWN_ESCAPE = re.compile(r"\\(?=[-~.\[\]()*_#+:>])")


def _walkers_line(line: str, role: LineRole) -> str:
    """The walker's own copy of a line, in which it masks markup: odd spaces are plain ones,
    and outside code a Markdown escape's backslash is a blank ("May 29 2025, \\~17:30 UTC",
    as editors that export Markdown write a tilde: the clock's date is the one before it).
    Columns stay the line's."""
    if not line.isascii():
        line = ODD_SPACE.sub(" ", line)
    return MARKDOWN_ESCAPE.sub(" ", line) if "\\" in line and role.role != "code" else line


# A table copied from a web page with each cell on a line of its own: "| 12:33 |" over
# "Service disruption detected |", the row's first cell, then the rest of the row.
# A column of a line laid out in columns: words up to a gap of three blanks or a tab.
COLUMN_RE = re.compile(r"[^ \t](?:[^ \t]|[ \t]{1,2}(?=[^ \t]))*+")
CELL_ALONE_RE = re.compile(r"[ \t]{0,3}\|[^|\n]++\|[ \t]*+")
ROW_REST_RE = re.compile(r"[ \t]{0,3}[^|\s][^|\n]*+\|[ \t]*+")
SPLIT_ROWS_MIN = 2  # rows split alike before the lines are read as such


def _rejoined_rows(lines: list[str]) -> tuple[list[str], frozenset[int]]:
    """`lines` with each split row put back on its first line, and the lines emptied so
    (every line keeps its number), when two or more rows are split alike; else `lines`."""
    pairs = [i for i in range(len(lines) - 1)
             if CELL_ALONE_RE.fullmatch(lines[i]) and ROW_REST_RE.fullmatch(lines[i + 1])]
    if len(pairs) < SPLIT_ROWS_MIN:
        return lines, frozenset()
    joined = list(lines)
    for i in pairs:
        joined[i] = lines[i].rstrip() + " " + lines[i + 1].strip()
        joined[i + 1] = ""
    return joined, frozenset(i + 1 for i in pairs)


class _Walker:
    """One pass over the lines; the state is where we are in the document."""

    def __init__(self, lines: list[str], roles: list[LineRole]) -> None:
        self.lines = lines
        self.roles = roles
        self.entries: list[RawEntry] = []
        self.fields: list[Field] = []
        self.durations: list[StatedDuration] = []
        self.declared: tuple[Zone, int] | None = None
        self.later_declared: list[tuple[Zone, int]] = []
        self.day_marks: list[tuple[int, int | None, int | None]] = []
        self.hour_log_lines = _hour_log_lines(self.lines)
        self.prose_hours = writes_prose_hours("\n".join(self.lines))
        self.spaced_log_lines = _spaced_log_lines(self.lines)
        self.year_marks: list[tuple[int, int, int]] = []
        self.anchor: tuple[TimeExpr, int] | None = None  # T0 of a timeline of offsets
        self.unknown_zone: tuple[str, int, int] | None = None  # (as written, line, column)
        self.section: str | None = None  # nearest heading or label: phase context
        # (form, number) of the lines numbering incidents told in one file ("Incident 2:")
        self.incident_labels: set[tuple[str, int]] = set()
        self.scope: str | None = None  # nearest heading or label outside a timeline: ordering
        self.section_level = 0
        self.section_zone: Zone | None = None
        self.in_timeline = False
        self.timeline_asked = False  # the timeline's label was a question (see `_label`)
        self.body_until = -1  # lines before this index are an entry's own text
        self.body_owner: int | None = None  # entry index whose text is still being collected
        self.status_words_below = False  # its text is the words under "Update: 4:20pm"
        self.body_line = 0  # the line of the entry whose text this is
        self.prev_line_entry = False
        self.breaks: list[int] = []  # ends of the <br> tags on the current line
        self.stamps: list[int] = []  # starts of the timestamps tags carry on the current line
        self.stamp_opens = False  # the current line ends with the opening tag that stamps it
        self.code_timeline = False  # inside a code block that holds the timeline's entries
        self.mermaid_timeline = False  # that block is a Mermaid timeline diagram
        self.section_entries = 0  # timeline entries since the section's heading
        # the line and clock (minutes) of the last entry that said "next day" before its time
        self.day_lead_at: tuple[int, int | None] | None = None
        self.heading_entries = 0  # timeline entries since the last heading of any level
        self.part_heading = False  # that heading names a part of the story (a time, "Phase 2")
        self.section_code_entries = False  # a code block held some of the section's entries
        self.front_matter_end = 0  # lines before this index are a front matter's fields
        self.footer_start = len(lines)  # lines from this index on are the page's footer
        self.in_chat = False  # under a heading naming a chat log or transcript
        self.in_summary = False  # under "Summary": a sentence may start with a time
        self.aftermath_level = 0  # level of the "Recurrence"/"Prevention" heading we are under
        self.block_counter = 0
        self.last_block_key: tuple[str, int] | None = None
        self._current = 0
        self._cleaned: dict[int, str] = {}  # line -> its text without markup, computed once
        self.table_zones: dict[int, Zone | None] = {}  # table block -> zone its header names
        self.table_years: dict[int, int] = {}  # table block -> year its header names
        self.table_zone_columns: dict[int, int] = {}  # table block -> its "Zone" column
        self.table_days: dict[int, str] = {}  # table block -> its last "Day 2" cell
        self.table_spans: dict[int, tuple[int, int]] = {}  # table block -> start, end columns
        self.plan_columns: dict[int, frozenset[int]] = {}  # table block -> "Target Date" columns
        self.schedule_tables: set[int] = set()  # "| Job | Cron (ET) |": times of day, no events
        # "| Created (UTC) | Created (EDT) |": table block -> the zone each column's head names
        self.column_zones: dict[int, tuple[int, dict[int, Zone]]] = {}
        # "| Elapsed | Event |": table block -> whether a clock column follows the elapsed one
        self.elapsed_tables: dict[int, bool] = {}
        self.key_value_tables: set[int] = set()  # "| Field | Value |": header fields, no rows
        self.tables_seen: set[int] = set()  # blocks whose first row was judged
        # "| Start | End | Duration |" over one row: table block -> each column's field name
        self.field_tables: dict[int, list[tuple[str, str] | None]] = {}
        self._scans: list[list[TimeExpr] | None] = [None] * len(lines)
        self.entry_lines: set[int] = set()  # lines (from 0) that hold a timeline entry
        self.entry_day = 1  # the day number the entries' own labels reached ("Day 2, 09:15")
        self.labels_lead: bool | None = None  # a status log's words stand over its stamps
        self.stamps_close: bool | None = None  # a status log's stamps close its updates
        self._apart: dict[int, bool] = {}  # lines whose times stand in order and apart
        self._posted_alone: set[int] | None = None  # lines that are a "Posted" stamp alone
        self._closing: set[int] | None = None  # lone stamps that close their updates
        self.times_read = 0
        self.posted_lines: set[int] = set()  # see Extraction.posted_lines
        self._record_lines: set[int] | None = None  # lines of `date:"..."` record stamps
        # the open entry's text is prose whose times are read: "paragraph" for a paragraph of
        # a timeline told in prose (its wrapped lines), "day" for a day's account under its
        # date (all its paragraphs)
        self.prose_body = ""
        self._body_parts: list[str] = []  # the open entry's words so far
        self._body_told = False  # the open entry's words tell their own times

    def scan_line(self, i: int) -> list[TimeExpr]:
        """Each line is lexed once, however often the walker looks at it."""
        found = self._scans[i]
        if found is None:
            line = self.lines[i]
            english = _day_heading_in_english(line)
            found = scan_document_line(english or line, i in self.hour_log_lines,
                                       i in self.spaced_log_lines, self.prose_hours)
            if english is not None:  # the author's words, not the English stand-in
                end = len(line.rstrip(" \t*_:"))
                found = [replace(e, end=end, written=line[e.start:end],
                                 date=e.date and replace(e.date, written=line[e.start:end]))
                         for e in found]
            if found and i + 1 < len(self.lines) and self.roles[i].role == "text" \
                    and self.roles[i + 1] == self.roles[i]:
                found = self._meridiem_wrapped(line, found, self.lines[i + 1])
            if len(found) > 1 and ("(" in line or "/" in line):
                found = _renderings_folded(line, found)
            if found and "day" in line:
                found = _dated_by_the_weekday_opening(line, found)
            anchor = anchor_in(line, found) if found else None
            if anchor is not None:
                self.anchor = (anchor, i + 1)  # "relative to the deploy at 10:00 UTC"
            elif self.anchor is not None and "T" in line:
                lead = LEAD_RE.match(line)
                found = anchored(found, line, lead.end() if lead else 0, self.anchor)
            self._scans[i] = found
            self.times_read += len(found)
            if self.times_read > MAX_TIMES:
                raise InputError(f"more than {MAX_TIMES:,} times (line {i + 1}); pmlint reads "
                                 "postmortems, not logs")
        return found

    @staticmethod
    def _meridiem_wrapped(line: str, found: list[TimeExpr], next_line: str) -> list[TimeExpr]:
        """A paragraph's line that ends on a clock whose AM or PM the editor wrapped onto the
        next line ("... available as of June 24 at 6:00" over "PM. Compute nodes ..."), or
        its zone ("... completed at 10:12 AM" over "MT, with ..."): the clock takes it."""
        last = found[-1]
        if last.clock is None or last.range_end is not None \
                or line[last.end:].strip(" \t*_") or last.zone is not None:
            return found
        clock = wrapped_meridiem(last.clock, next_line)
        if clock is None:
            # "... first completed at 10:12 AM" over "MT, with service ...": its zone wrapped
            zone = wrapped_zone(next_line) if last.clock.meridiem is not None \
                or last.clock.written.count(":") else None
            return found if zone is None else [*found[:-1], replace(
                last, zone=zone[0], zone_written=zone[1])]
        return [*found[:-1], replace(last, clock=clock)]

    # -- driving ----------------------------------------------------------------------------

    def run(self) -> None:
        for i, line in enumerate(self.lines):
            if i >= self.footer_start:
                # "GMT+8, 2024-11-14 19:16" between "Archiver | ..." and "Powered by ...":
                # when the site rendered the page, no time of the incident nor its zone
                self.prev_line_entry = False
                continue
            if i < self.front_matter_end and line.lstrip().startswith("#"):
                # a comment in the front matter ("# Full date: 2019-03-29 17:26:09", a
                # template's example left in): the site's notes, never rendered or meant
                self.prev_line_entry = False
                continue
            role = self.roles[i]
            if role.role == "code":
                if self._code_timeline_line(i, line):
                    role = LineRole("text", block=-i - 1)
                else:
                    self.prev_line_entry = False
                    continue
            if role.role == "blank":  # blanks only: no markup to mask, nothing to read
                self.prev_line_entry = False
                continue
            html_heading = HTML_HEADING.match(line) if role.role == "html" else None
            self.breaks = [m.end() for m in LINE_BREAK_TAG.finditer(line)] if "<br" in line else []
            self.stamps = tag_stamps(line) if "<" in line else []
            # '<Update date="...">' ends its line: the update's words follow on the next ones
            self.stamp_opens = bool(self.stamps) and line.rstrip().endswith(">") \
                and not line.rstrip().endswith(("/>", "}}"))
            header_cell = role.role == "html" and "<th" in line.lower()
            line = self.lines[i] = mask_markup(line)
            if header_cell and self.declared is None:
                self._html_header_zone(i, line)
            if i < self.front_matter_end and self.lines[0].strip() == "+++":
                line = self.lines[i] = _toml_pair(line)
            if html_heading:
                role = LineRole("heading", level=int(html_heading.group(1)))
            elif role.role == "html":
                role = LineRole("text", block=-i)
            self._current = i
            self.scan_line(i)  # first, so that a line of nothing but times is refused early
            kv_line = self._key_value_line(i, line, role) if role.role == "row" else None
            if role.role == "row" and not role.header_row and role.block in self.field_tables:
                self._field_row(i, line, self.field_tables[role.block])
                self.prev_line_entry = False
                continue
            self._durations(i, kv_line or line)
            self._declared_zone(i, line, role)
            if role.role == "heading":
                self._heading(i, line, role)
                continue
            if role.role == "row":
                if kv_line is not None:
                    field = _field(kv_line)
                    if field and self._field(i, kv_line, field):
                        self.prev_line_entry = False
                        continue
                    if not role.header_row and not self.in_timeline \
                            and role.block in self.key_value_tables \
                            and any(e.clock is not None for e in self.scan_line(i)):
                        # "| Triggering change | 2023-03-07 16:55 - script rolled out |": a
                        # fact of the record the table lists, told with its time; not a row
                        # of the timeline (whose order a record's fields need not keep)
                        for found in self.scan_line(i):
                            self._prose(i, kv_line, found)
                        self.prev_line_entry = False
                        continue
                if role.header_row:
                    self._table_header(line, role)
                    self._field_table_header(i, line, role)
                    if self._pairs_in_a_header(line):
                        for found in self.scan_line(i):  # told as the rows below it are
                            self._prose(i, line, found)
                    elif len(days := [found for found in self.scan_line(i)
                                      if found.clock is None and found.date is not None
                                      and found.date.day is not None]) == 1:
                        # "| Time (2022-04-20) | Event |", "| 5 March 2023 | What |": the
                        # day of the rows below, as a date line over them would be
                        self._prose(i, line, days[0])
                elif not _is_separator_row(line):
                    self._row(i, line, role)
                continue
            self._text_line(i, line, role)

    def _pairs_in_a_header(self, line: str) -> bool:
        """A fact box copied as a table of label and value pairs side by side, its first
        row in the header's place ("| Incident ID | INC-7 | Start | 2025-07-21 16:58 |"):
        the row is data, a time field with its time, as the rows below it are. Outside a
        timeline, four columns or more, every other cell a short label with no time (a
        field's name), one of them a time field whose value holds a time."""
        if self.in_timeline:
            return False
        cells = _cells(line)
        if len(cells) < 4 or len(cells) % 2:
            return False
        labels = [_clean(cell) for _, cell in cells[::2]]
        values = [cell for _, cell in cells[1::2]]
        if not all(label and len(label.split()) <= 4 and not scan(label) for label in labels):
            return False
        names = [_field_name(label) for label in labels]
        return any(name in TIME_FIELDS and scan(value) for name, value in zip(names, values,
                                                                                strict=True))

    def _opens_with_time(self, j: int) -> bool:
        exprs = self.scan_line(j)
        lead = LEAD_RE.match(self.lines[j])
        return bool(exprs) and exprs[0].start <= (lead.end() if lead else 0) + 1

    def _code_timeline_line(self, i: int, line: str) -> bool:
        """A Timeline section whose entries were put in a code block (for the fixed-width
        look): the block's timestamp-led lines are its entries, read until the first line
        that opens with no time. A log quoted in a section that has entries stays a log."""
        if self.code_timeline:
            if self._opens_with_time(i):
                return True
            if self.mermaid_timeline and MERMAID_NON_ENTRY.match(line):
                # "title ...", "section 11 Feb 2024" read as lines of text (a date there is
                # the rows' day); ": a second event at that time" and the rest, as code
                return MERMAID_HEADING.match(line) is not None
            self.code_timeline = self.mermaid_timeline = False
            return False
        if MERMAID_TIMELINE_OPENS.match(line) and i + 1 < len(self.lines) \
                and self.lines[i + 1].strip().lower() == "timeline":
            # a Mermaid timeline diagram: "timeline", then "08:53 : pager fired" rows (and
            # titles, sections and ": another event" rows between them), wherever it stands
            self.code_timeline = self.mermaid_timeline = True
            return False
        if not self.in_timeline or (i and self.roles[i - 1].role == "code") or (
                self.section_entries and not (self.section_code_entries and self.part_heading
                                              and not self.heading_entries)):
            # only a block that opens the section's entries, or one that opens a part's (a
            # "### Phase 3" under it) where the section's entries were put in code blocks
            return False
        led = 0
        for j in range(i + 1, min(len(self.lines), i + 4)):
            if self.roles[j].role != "code" or not self._opens_with_time(j):
                break
            led += 1
        self.code_timeline = led >= 3
        self.section_code_entries |= self.code_timeline
        return False  # the fence line itself

    # -- line kinds -------------------------------------------------------------------------

    def _heading(self, i: int, line: str, role: LineRole) -> None:
        if i > 0 and self.roles[i - 1].role == "heading" and SETEXT_UNDERLINE.fullmatch(line):
            return  # the underline of the heading above: that line said it all
        self.heading_entries = 0
        self.part_heading = False
        if role.level <= self.aftermath_level:
            self.aftermath_level = 0
        if role.level >= 2 and _may_name_aftermath(line) and AFTERMATH_WORDS.search(line):
            self.aftermath_level = role.level
        exprs = self.scan_line(i)
        # "### Phase 3: restarts (08:45 + 09:44 UTC)", "### Stage 2": a part of the story
        self.part_heading = any(e.clock is not None for e in exprs) \
            or PART_HEADING.match(line) is not None
        lead = LEAD_RE.match(line)
        content_start = lead.end() if lead else 0
        # "### Resolved — 14 March 2024, 16:10 UTC": a status update's heading
        status = STATUS_WORD_RE.match(line, content_start) if exprs else None
        if status is not None:
            content_start = status.end()
        first = exprs[0] if exprs else None
        if first is not None and role.level >= 2 and first.start <= content_start + 1 \
                and not (first.clock is None and role.level == 2 and self._first_line(i)):
            # ("## 2025-07-30/31 Storage outage" opening the page: its title, not a day's
            # heading over entries)
            if ")" in line:
                # "### 03-10-2021 (All times CEST)": a day's heading that declares the zone
                # of the entries below it; "## Monday 4 March 2024 (UTC)" too, the zone alone
                # (a day's heading with no "Timeline" above it, too, when it says so)
                declared = self._zone_in(line) if self.in_timeline or _declaration(
                    line) is not None else None
                if declared is None:
                    paren = PAREN_AT_END.search(_clean(line))
                    declared = _paren_zone(paren.group("z")) if paren is not None else None
                if declared is not None:
                    self.section_zone = declared
            rest = _rest(line, first)
            word = status.group("word") if status is not None else None
            if word is not None and rest:
                rest = f"{word}: {rest}"
            self._add_entry(i, first, rest or word or "", "timeline", "entry",
                            ("heading", role.level))
            self.prose_body = "day" if _a_day_alone(first) else ""
            if not rest and self._updates_below(i):
                # "### October 16-October 20, 2023" over "**Notice**: ..." and its stamp
                # "October 16, 14:30 PT": a day's heading over a status log's updates, each
                # with its words and stamp, none of them the heading's text
                self._open_body(i, needs_text=False, until=i + 1)
                return
            self._open_body(i, needs_text=not rest)
            if word is not None and not rest:
                self._body_parts.append(f"{word}:")
            return
        stamp = _stamp_ending(line, exprs, content_start) if role.level >= 2 else None
        if stamp is not None and not self._timed_lines_below(i):
            # "### Service restored — 14:05 UTC", "## Back up as of 22 Aug 2022 @ 1028 PDT": a
            # status update's heading that gives its stamp last
            self._add_entry(i, stamp, _clean(line[content_start:stamp.start]).rstrip(" -–—:@,"),
                            "timeline", "entry", ("heading", role.level))
            self._open_body(i, needs_text=False)
            return
        self._close_body()
        text = _clean(line)
        if not self._month_year(i, text) and len(text) == 4 and text.isdigit() \
                and text[:2] in ("19", "20"):
            # "## 2023": a status history's year, the year of the dates below it
            self.year_marks.append((i + 1, int(text), 0))
        elif role.level == 1 and not self.year_marks and not exprs \
                and ("19" in text or "20" in text) and has_month_name(fold(text)) \
                and (title := MONTH_YEAR_RE.search(text)) is not None:
            # "# Primary failover, March 2024": the title's month and year, those of the
            # dates below that leave them out ("Monday 4th at 09:12")
            self.year_marks.append((i + 1, int(title.group("y")),
                                    MONTHS[title.group("m").lower()[:3]]))
        paren = PAREN_AT_END.search(text) if text.endswith(")") else None
        heading_zone = _paren_zone(paren.group("z")) if paren is not None else None
        if heading_zone is not None and self._day_mark(i, text[:paren.start()].rstrip()):
            self.section_zone = heading_zone  # "### Day 2 (UTC)": a day on, in that zone
            return
        if self._day_mark(i, text):
            return  # "### Tuesday", "### Day 2": the timeline goes on, a day later
        phase_of_the_log = False
        if role.level <= self.section_level or not self.in_timeline or role.level == 1 \
                or SECTION_END_WORDS.search(text):
            self.in_timeline = _names_timeline(text)
            self.section_entries = 0
            self.section_code_entries = False
            self.section_level = role.level if self.in_timeline else 0
            # "## Cluster status (all times UTC)": a heading that says so declares the zone of
            # its section, whether or not it names a timeline
            self.section_zone = self._zone_in(line) if self.in_timeline or _declaration(
                line) is not None else None
            if self.section_zone is None:
                # "## Monday 4 March 2024 (UTC)", "## Day 1 (PT)": a zone alone in the
                # heading's closing parentheses is its section's zone, as "(all times UTC)"
                self.section_zone = heading_zone
        else:
            # "#### Phase 2: Restart (00:30-00:35 UTC)": a stage of the log below, timed, is
            # the same story going on (past midnight too), not a recap that starts over
            phase_of_the_log = any(e.clock is not None for e in exprs)
        self.section = text
        if not phase_of_the_log:
            self.scope = f"{text} (line {i + 1})"  # a second "Timeline" heading is another story
        self.in_summary = _says_summary(text) and not self.in_timeline
        self.in_chat = _names_chat(text) and not self.in_timeline and not _chat_is_the_subject(text)
        for expr in exprs:
            if _records_span(line, expr) and not self.in_timeline:
                continue  # the span the quoted records cover, not the incident's window
            if role.level == 1 and _numbers_the_title(line, expr):
                continue  # "# 0006 — DiskPressure, ...": the report's number, no 00:06
            self._prose(i, line, expr)

    def _key_value_line(self, i: int, line: str, role: LineRole) -> str | None:
        """A row of a two-column key/value table ("| Start | 2024-03-05 14:02 UTC |") as the
        field line it stands for ("  Start : 2024-03-05 14:02 UTC  ", same columns), or None.

        Outside a timeline, a table of two columns whose header does not name a time column
        ("| Field | Value |", "| | |") holds header fields: a row whose first cell is a field
        name we know is read as that field. A header row is one too when it is itself such
        a pair with a time in its value ("| Start | 14:02 |" on the table's first line), and
        so is a table with no header row whose first row pairs such a name with its value.
        """
        if self.in_timeline:
            return None
        first_row = role.block not in self.tables_seen
        self.tables_seen.add(role.block)
        cells = _cells(line)
        if len(cells) != 2:
            return None
        key = _field_name(_clean(cells[0][1]))
        if role.header_row:
            heads = [_field_name(_clean(cell)) for _, cell in cells]
            pair = key in TIME_FIELDS and bool(scan(cells[1][1]))  # "| Start | 14:02 |"
            if scan(cells[0][1]):
                return None  # "| 14:02 | Alert fired |": a timeline without a header
            if not pair and any(h.split(" (")[0] in TABLE_COLUMN_HEADS or TABLE_ZONE.search(h)
                                for h in heads):
                return None  # "| Time (UTC) | Event |", "| Event | Time |": a timeline
            self.key_value_tables.add(role.block)
            if not pair:
                return None
        elif role.block not in self.key_value_tables:
            if not first_row or not cells[0][1] or scan(cells[0][1]) \
                    or (key not in TIME_FIELDS and key not in OTHER_FIELDS):
                return None
            # "| Incident Date | 10 Mar 2026 |" first, no header row above it: a page's fact
            # box copied as a table of label and value, as "| Field | Value |" heads one
            self.key_value_tables.add(role.block)
        if not cells[0][1] or scan(cells[0][1]):
            return None  # a time in the first column: a timeline row
        chars = list(line)
        if line.lstrip().startswith("|"):
            chars[line.index("|")] = " "
        chars[line.rindex("|", 0, cells[1][0])] = ":"
        tail = line.rstrip()
        if tail.endswith("|") and not tail.endswith("\\|") and len(tail) - 1 >= cells[1][0]:
            chars[len(tail) - 1] = " "
        return "".join(chars)

    def _table_header(self, line: str, role: LineRole) -> None:
        """"| Date and Time in CET | Event |" or "| Time (UTC) |": the rows' zone."""
        zone = None
        for _, cell in _cells(line):
            m = TABLE_ZONE.search(cell)
            if m:
                zone = zones.parse_zone_option(m.group("zone"))
                if zone is None:  # "Time (local, Berlin)", "Time (Sydney)"
                    at = m.start("zone")
                    zone = _local_zone(cell, at) or (
                        _local_zone(cell, at - 1) if cell[at - 1] == "(" else None)
                if zone is not None:
                    break
        if zone is None:
            zone = _zone_named_column(line) or _first_head_paren_zone(line)
        self.table_zones[role.block] = zone
        # "| Date | Time | Zone | Event |": each row's zone in a column of its own
        for index, (_, cell) in enumerate(_cells(line)):
            if ZONE_COLUMN.fullmatch(_clean(cell).strip(" *_:")):
                self.table_zone_columns[role.block] = index
                break
        # "| Day | Date (2021) | Time (PT) |": the year the rows' dates leave out
        for _, cell in _cells(line):
            year = TABLE_YEAR.search(cell)
            if year is not None:
                self.table_years[role.block] = int(year.group(1))
                break
        # "| Event | Start | End |": each row is a range, from its start cell to its end cell
        heads = [" ".join(_clean(cell).lower().split()) for _, cell in _cells(line)]
        starts = [k for k, h in enumerate(heads) if SPAN_START_HEAD.fullmatch(h)]
        ends = [k for k, h in enumerate(heads) if SPAN_END_HEAD.fullmatch(h)]
        if len(starts) == 1 and len(ends) == 1 and starts[0] < ends[0]:
            self.table_spans[role.block] = (starts[0], ends[0])
        planned = frozenset(k for k, h in enumerate(heads) if PLAN_HEAD.fullmatch(h.strip(" *_:")))
        if planned and len(planned) < len(heads) and not self.in_timeline:
            self.plan_columns[role.block] = planned
        named = {index: zone for index, (_, cell) in enumerate(_cells(line))
                 if (paren := PAREN_AT_END.search(_clean(cell))) is not None
                 and (zone := _paren_zone(paren.group("z"))) is not None}
        if named:
            self.column_zones[role.block] = (self._current + 1, named)
        if heads and ELAPSED_HEAD.fullmatch(heads[0]):
            # "| Elapsed | Event |", "| T+ | Time (UTC) | Event |": the first column counts
            # from T0; a clock column after it gives the rows' times
            self.elapsed_tables[role.block] = any(
                h.split(" (")[0] in TABLE_COLUMN_HEADS or TABLE_ZONE.search(h)
                for h in heads[1:])
        if not self.in_timeline and len(heads) > 1 \
                and not any(word in heads[0] for word in ("time", "date", "when", "day")) \
                and any(SCHEDULE_HEAD.fullmatch(h) for h in heads[1:]):
            # "| Workflow | Cron (ET) | Actual (ET) | Late by |": each row is a job and the
            # times of day it is due and ran at, not a moment of the incident
            self.schedule_tables.add(role.block)
        if not self.in_timeline and len(heads) > 2 and _names_targets_and_actuals(heads):
            # "| Measure | Target | Actual | Met? |": how the response did against its
            # targets, "13 min (15:28 to 15:41)" the span a measure took, no statement of
            # the incident's own start or end (its lengths are still read)
            self.schedule_tables.add(role.block)
        if not self.in_timeline and sum(bool(COLUMN_NAME.fullmatch(h)) for h in heads) >= 2:
            # "| canonical_name | created_at | offer_count |": a query's result pasted in,
            # its times a column of records, not moments of the incident
            self.schedule_tables.add(role.block)

    def _field_table_header(self, i: int, line: str, role: LineRole) -> None:
        """A header row of field names over a single row of values, outside a timeline
        ("| Incident start | Incident end | Duration |"): the row holds header fields, one per
        column, as "Incident start: …" lines would. A table with more rows lists spans, and
        a column named Time or Date makes it a timeline; both keep their reading."""
        if self.in_timeline or role.block in self.key_value_tables:
            return
        cells = _cells(line)
        if len(cells) < 2 or any(scan(cell) for _, cell in cells):
            return
        heads: list[tuple[str, str] | None] = []
        for _, cell in cells:
            label = _clean(cell)
            name = _field_name(label)
            if name not in TIME_FIELDS and name not in OTHER_FIELDS and label \
                    and len(name.split()) <= 4 and _names_span(name):
                name = "duration"
            if label and name not in TIME_FIELDS and name not in OTHER_FIELDS:
                return  # "| Event | Start | End |": a column that is no field
            heads.append((name, label) if label else None)
        if sum(h is not None and h[0] in TIME_FIELDS for h in heads) < 1:
            return
        rows = 0
        for j in range(i + 1, len(self.lines)):
            if _is_separator_row(self.lines[j]):
                continue  # "|---|---|", which the structure reader leaves as text
            if self.roles[j].role != "row" or self.roles[j].block != role.block:
                break
            rows += 1
        if rows == 1:
            self.field_tables[role.block] = heads

    def _field_row(self, i: int, line: str, heads: list[tuple[str, str] | None]) -> None:
        """The value row under `_field_table_header`'s heads: a header field per cell."""
        cells = _cells(line)
        ends = [start for start, _ in cells[1:]] + [len(line) + 1]
        exprs = self.scan_line(i)
        for (start, value), end, head in zip(cells, ends, heads, strict=False):
            if head is None or not value:
                continue
            name, label = head
            self.fields.append(Field(i + 1, start + 1, name, label, value, start + 1, False))
            if name == "duration":
                for d in scan_durations(value, in_duration_field=True):
                    self._add_duration(i, start + d.start, d)
            if name not in TIME_FIELDS:
                continue
            for expr in (e for e in exprs if start <= e.start < end):
                self._add_entry(i, expr, f"{label}: {value}"[:PROSE_WINDOW], "summary", "field",
                                ("field", i), field_name=name)

    def _row(self, i: int, line: str, role: LineRole) -> None:
        if role.block in self.schedule_tables:
            self.prev_line_entry = False
            return
        cells = _cells(line)
        if role.block in self.table_spans and self._span_row(i, line, role, cells):
            return
        clocked = self.elapsed_tables.get(role.block)
        if clocked:
            cells = cells[1:]  # the clock column after the elapsed one gives the time
        elif clocked is not None:
            self._elapsed_row(i, line, cells)
            return
        expr: TimeExpr | None = None
        used = 0
        # a time in a third column (after, say, an owner and an amount) marks a record table
        # outside a Timeline section, not a chronology
        found_first: list[TimeExpr] = []
        for index, (start, cell) in enumerate(cells[:3 if self.in_timeline else 2]):
            found = scan(cell)
            if index == 0:
                found_first = found
            if self.anchor is not None and "T" in cell:  # "| T+4m | hit rate drops |"
                found = anchored(found, cell, len(cell) - len(cell.lstrip()), self.anchor)
            # ("| **~09:30 AEST** | ...": the time after its cell's emphasis and "~")
            lead = len(cell) - len(cell.lstrip(" \t*_`~"))
            next_day = DAY_LEAD_RE.match(cell, lead) if expr is None else None
            if next_day is not None:
                lead = next_day.end()  # "| 翌 00:20 |", "| next day 00:20 |": a day on
            if not found or found[0].start > max(2, lead):
                if expr is not None or index >= 2:
                    break
                continue
            piece = _shift(found[0], start, line)
            if expr is None:
                expr = piece
                if next_day is not None:
                    self.day_marks.append((i + 1, None, None))
            elif expr.clock is None and piece.clock is not None and piece.date is None:
                expr = replace(piece, start=expr.start, written=line[expr.start:piece.end],
                               date=expr.date)
            elif expr.date is None and expr.clock is not None and expr.range_end is None \
                    and piece.clock is None and piece.date is not None \
                    and piece.range_end is None:
                # "| 22:50 | Jun 3, 2024 | ... |": the row's date in the column after its time
                expr = replace(expr, end=piece.end, written=line[expr.start:piece.end],
                               date=piece.date)
            else:
                break
            used = index + 1
        if expr is None and cells and "+" in cells[0][1] and self.in_timeline \
                and (step := self._relative_entry(cells[0][1])) is not None:
            # "| [+2 hrs] | root cause found |" under a row with its own time: a step on
            expr, used = _shift(step, cells[0][0], line), 1
        named = self.column_zones.get(role.block, (0, {}))
        if expr is None:
            self.prev_line_entry = False
            planned = self.plan_columns.get(role.block, frozenset())
            for found in self.scan_line(i):  # a record table's times are still said
                if planned and _column_of(cells, found.start) in planned:
                    continue  # "| Add contract tests | Backend | Dec 10 |" under "Target
                    # Date": a day to come, which no time after it takes
                self._prose(i, line, _column_zone(found, cells, named))
            return
        if self.table_zones.get(role.block) is None:
            expr = _column_zone(expr, cells, named)  # (a zone the table gives stays its own)
        if self._table_day(i, role.block, cells[:used]) is None and used < len(cells) \
                and expr.date is None and self._table_day(i, role.block, cells[used:used + 1],
                                                          weekday_only=True) is not None:
            used += 1  # "| 10:30 | Tuesday | cleanup |": a Day column after the Time column
        text = " | ".join(c for _, c in cells[used:] if c)
        year = self.table_years.get(role.block)
        if year is not None and expr.date is not None and expr.date.year is None \
                and expr.date.month is not None and expr.date.numeric is None:
            note = f"date: the year {year} from the column header"
            expr = replace(expr, date=replace(expr.date, year=year),
                           inherited=(*expr.inherited, note))
        table_zone = self.table_zones.get(role.block)
        column = self.table_zone_columns.get(role.block)
        if column is not None and column < len(cells) and expr.zone is None:
            # the row's own zone cell ("| 14:05 | UTC | ..."): the row's zone, not its words
            written = _clean(cells[column][1]).strip(" *_")
            own = zones.parse_zone_option(written)
            if own is not None:
                expr = replace(expr, zone=own, zone_written=written)
                text = " | ".join(c for k, (_, c) in enumerate(cells)
                                  if k >= used and k != column and c)
        stamps = [expr]
        if used == 1 and found_first:  # "| 01:26, 07:49 | restarts |"
            stamps.extend(_shift(again, cells[0][0], line)
                          for again in _more_stamps(cells[0][1], found_first[0], found_first))
        saved = self.section_zone
        if table_zone is not None and expr.zone is None:
            self.section_zone = table_zone
        for stamp in stamps:
            self._add_entry(i, stamp, _clean(text), "timeline", "entry", ("row", role.block))
        self.section_zone = saved

    def _elapsed_row(self, i: int, line: str, cells: list[tuple[int, str]]) -> None:
        """A row of an elapsed-time table ("| 00:10 | replica promoted |"): its time counted
        from the document's T0 ("T0 = 14:00 UTC"); with none, the row is left unread, as
        "T+4m" entries are."""
        self.prev_line_entry = False
        if not cells:
            return
        expr = elapsed_in(cells[0][1], self.anchor)
        if expr is None:
            return
        text = " | ".join(c for _, c in cells[1:] if c)
        self._add_entry(i, _shift(expr, cells[0][0], line), _clean(text), "timeline", "entry",
                        ("row", self.roles[i].block))

    def _table_day(self, i: int, block: int, cells: list[tuple[int, str]],
                   weekday_only: bool = False) -> str | None:
        """A column before the time that names the row's day ("| Day 2 | 00:40 | ... |",
        "| Sat | 02:10 |"), or a weekday alone in the column after it (`weekday_only`):
        where it changes from the row above, the log is a day on. The day's text, if any."""
        for _, cell in cells:
            text = _clean(cell).rstrip(" :*_").lower()
            m = DAY_MARK_RE.fullmatch(text) if len(text) <= 24 else None
            if m is None or (weekday_only and m.group("wd") is None):
                continue
            before = self.table_days.get(block)
            self.table_days[block] = text
            if before is not None and before != text:
                self.day_marks.append((i + 1, *_day_named(m)))
            return text
        return None

    def _span_row(self, i: int, line: str, role: LineRole, cells: list[tuple[int, str]]
                  ) -> bool:
        """A row of a table with Start and End columns: one range entry."""
        first, last = self.table_spans[role.block]
        if last >= len(cells):
            return False
        found = [scan(cells[k][1]) for k in (first, last)]
        if not found[0] or not found[1] or found[0][0].range_end is not None:
            return False
        start = _shift(found[0][0], cells[first][0], line)
        end = _shift(found[1][0], cells[last][0], line)
        if (start.clock is None) != (end.clock is None):
            return False
        dated = _row_date(cells, (first, last)) if start.date is None else None
        if dated is not None:
            day = dated[1]
            # "| 2025-02-11 | 14:05 | 15:20 |": the row's date column dates its start (and,
            # through the range, its end)
            start = replace(start, date=day, inherited=(*start.inherited,
                                                        "date: from the row's date column"))
        expr = join_range(start, end)
        taken = (first, last, dated[0]) if dated is not None else (first, last)
        text = " | ".join(c for k, (_, c) in enumerate(cells) if k not in taken and c)
        table_zone = self.table_zones.get(role.block)
        saved = self.section_zone
        if table_zone is not None and expr.zone is None:
            self.section_zone = table_zone
        self._add_entry(i, expr, _clean(text), "timeline", "entry", ("row", role.block))
        self.section_zone = saved
        return True

    def _value_below_its_label(self, i: int, line: str) -> bool:
        """A form's field as a web page lays it out and a copy keeps it: the label alone on
        its line ("Start Date", "**End time:**", or a template's heading "## Date"), its
        value alone on the next, a blank line between or not ("11th Apr 2017 10:30am"). The
        value is the field's, a header time as "Start Date: 11th Apr 2017 10:30am" would be,
        not an entry of the timeline."""
        if self.in_timeline and not self.in_summary:
            return False
        expr = self.scan_line(i)[0]
        end = expr.range_end.end if expr.range_end is not None else expr.end
        rest = line[end:].translate(FULL_WIDTH_PARENS).strip(" \t*_.|")
        if rest.startswith("(") and rest.endswith(")") and len(rest) <= 40 \
                and rest.count("(") == 1:
            rest = ""  # "2024年5月23日 7時07分(24時間表記)": a note on how the value is written
        if rest in ("頃", "ごろ", "左右"):
            rest = ""  # "14時45分頃": about that time
        if rest in ("~", "～", "〜", "-", "–", "—"):
            rest = ""  # "2021/06/27 20:00 ~": from that time on, the end not yet known
        if line[:expr.start].strip(" \t*_-+•>|") or rest:
            return False
        j = i - 1
        if j >= 0 and not self.lines[j].strip():
            j -= 1
        if j < 0 or self.roles[j].role not in ("text", "heading") or self.scan_line(j) \
                or (STATUS_ALONE_RE.fullmatch(self.lines[j].rstrip(" \t:"))
                    and not self._among_labelled_values(j, i)):
            # "Resolved" over "Feb 2, 9:40 PM": a status page's update label (but "Started"
            # over its time, then "Resolved" over its own: a form's fields)
            return False
        # ("## Date" over "2020-01-07": a report template's heading is the field's label)
        # ("■発生期間", "【障害期間】": a Japanese notice's ornament marks the label)
        label = _clean(self.lines[j]).rstrip(" :").lstrip("■□●○◯◆◇▼▶◎・【").rstrip("】")
        name = _field_name(label)
        if not 1 <= len(name.split()) <= 4 or (
                name not in TIME_FIELDS and not self._among_labelled_values(j, i)
                and not (expr.range_end is not None and WINDOW_LABEL.search(label))
                and not (self.lines[j].rstrip(" \t*_").endswith(":")
                         and TIME_LABEL_WORD.search(label) is not None)):
            # ("Resolved alert:" over "10/08/2023 3:00 am": a label, its colon and its words
            # naming a moment, over its value)
            return False
        self.fields[:] = [f for f in self.fields if f.line != j + 1 or f.value]  # "Start:"
        value = line[expr.start:end]
        self.fields.append(Field(j + 1, self.lines[j].find(label[:1]) + 1, name, label, value,
                                 expr.start + 1, False))
        self._add_entry(i, expr, f"{label}: {value}"[:PROSE_WINDOW], "summary", "field",
                        ("field", i), field_name=name)
        self._blank_label_above(j)
        return True

    def _blank_label_above(self, j: int) -> None:
        """In a form's run of labels each over its value ("Resolved" / "Jan 18, 07:00 PM" /
        "Duration" / "Detected by X" / "Jan 23, 11:19 PM"), a time field's or a length's
        label straight over the next label, its value line left out, is a field left
        blank, as "Duration:" with nothing after it is."""
        k = j - 1
        if k < 1 or self.roles[k].role != "text" or self.roles[k - 1].role != "text" \
                or self.scan_line(k) or not self._clock_alone(k - 1):
            return
        label = _clean(self.lines[k]).rstrip(" :")
        name = _field_name(label)
        if not 1 <= len(name.split()) <= 3 or any(f.line == k + 1 for f in self.fields):
            return
        if name not in TIME_FIELDS and not (_names_span(name) and not _names_timeline(name)):
            return
        column = self.lines[k].find(label[:1]) + 1
        self.fields.append(Field(k + 1, column, name if name in TIME_FIELDS else "duration",
                                 label, "", column + len(label), False))

    def _among_labelled_values(self, label: int, value: int) -> bool:
        """The pair of lines is in a run of labels each over its value, one of them a time
        field's label alone over its time alone ("Event Started" / "2020-05-14 12:37" /
        "Report Published" / "2020-05-14 11:37"; "Started" / "Jan 23, 11:04 PM" /
        "Duration" / "3d 22h" / "Detected by X" / "Jan 23, 11:04 PM"): a form's fields,
        whatever this label names, not a timeline's entries. (Short words over a time next
        to no time field's are a status log's updates, each over its stamp.)"""
        starts = [(label - 2, -2), (value + 1, 2)]
        if self._a_bare_label(label - 1):
            starts.append((label - 3, -2))  # "Duration" left blank just above: the run goes on
        for start, step in starts:
            k = start
            for _ in range(_FORM_REACH):
                if self._a_label_over_a_time(k):
                    return True
                if not self._a_label_over_a_value(k):
                    break
                k += step
        return False

    def _a_bare_label(self, j: int) -> bool:
        """A few words without a time alone on their line, no sentence ("Duration", not
        "Uploads work again."), right over another label and under a lone time (the value
        of the label before it)."""
        if not 1 <= j < len(self.lines) or self.roles[j].role != "text" or self.scan_line(j):
            return False
        text = self.lines[j].strip()
        return 1 <= len(text.split()) <= 4 and not text.endswith((".", "!", "?", ";", ",")) \
            and self._clock_alone(j - 1)

    def _a_label_over_a_value(self, j: int) -> bool:
        """A few words without a time alone on their line over a short line (a form's label
        over a value that is no time: "Duration" / "3d 22h")."""
        if not 0 <= j < len(self.lines) - 1 or self.roles[j].role != "text" \
                or self.roles[j + 1].role != "text" or self.scan_line(j):
            return False
        return len(self.lines[j].split()) <= 4 and len(self.lines[j + 1].split()) <= 4

    def _a_label_over_a_time(self, j: int) -> bool:
        if not 0 <= j < len(self.lines) - 1 or self.roles[j].role != "text" \
                or self.roles[j + 1].role != "text" or self.scan_line(j):
            return False
        text = _clean(self.lines[j]).rstrip(" :")
        found = self.scan_line(j + 1)
        return _field_name(text) in TIME_FIELDS \
            and len(found) == 1 and not self.lines[j + 1][:found[0].start].strip(" \t*_") \
            and not self.lines[j + 1][found[0].end:].strip(" \t*_.|")

    def _text_line(self, i: int, line: str, role: LineRole) -> None:
        if len(line) <= 24 and line[-4:].isdigit() and self._month_year(i, _clean(line)):
            return  # "March 2024" alone on its line, as a status history's month
        if self.stamps and not self.in_summary and self._stamped_entry(i, line):
            return
        if not self.in_timeline and (self.in_chat or _quoted_log(line)):
            # a quoted log or record, or a chat transcript, outside the timeline: what was
            # said at the time, evidence, neither a summary claim nor an entry
            return
        if ("   " in line or "\t" in line) and role.role == "text" and self._field_columns(i, line):
            return
        if _quote_attribution(line):
            return  # "On Tue, 4 Jun 2024 at 11:02, Sam wrote:": when a quoted mail was written
        if " of " in line and _print_footer(line):
            return  # "2 of 3 26.03.2026, 15:37": a printed page's number and when it was printed
        field = _field(line)
        if field is None and not self.in_timeline and role.role == "text":
            field = _spaced_field(line, self.scan_line(i))
        if field is not None and self.body_owner is not None and i < self.body_until \
                and self.in_timeline and not self.scan_line(i):
            # "- **09:15 AM:**" over "  - **Detection:** monitoring flagged ...": the
            # entry's own words under its stamp, not a header field of the document
            self._collect_body(line)
            return
        if field is not None:
            self._field_month_year(i, field.group("value"))
        if field and self._field(i, line, field):
            return
        if field and role.role == "text" and self._inline_time_fields(i, line):
            return
        if field is None and role.role == "text" and len(self.scan_line(i)) == 1 \
                and self._value_below_its_label(i, line):
            return
        exprs = self.scan_line(i)
        if not exprs and (self.in_timeline or self.section_entries) \
                and ("+" in line or "later" in line):
            step = self._relative_entry(line)
            if step is not None:
                exprs = [step]  # "+12 min: on-call confirms", "12 minutes later: ..."
        if len(exprs) == 1 and "\u00b7" in line and self._stamp_and_length(i, line, exprs[0]):
            return
        if i < self.front_matter_end and PAGE_STAMP_RE.match(line):
            # "published: 2026-09-03T17:11:47Z", "first_seen: ...": when the page was posted,
            # edited or archived; no entry of the incident's timeline
            for expr in exprs:
                self._prose(i, line, expr)
            return
        if not exprs:
            self._line_without_times(i, line, role)
            return
        if field and self._labelled_entry(i, line, field, exprs, role):
            return
        # a status word and stamp alone over the update's words: on a paragraph's line only
        # (a key-events list's "- Resolved 2023-09-20 19:18" is a field without its colon)
        content_start, status = self._content_start(
            line, exprs if role.role == "text" else []) if exprs else (0, None)
        first = exprs[0] if exprs else None
        starts_line = first is not None and first.start <= content_start
        # a line after a hard break ("\\" at the end of the line before) starts afresh
        paragraph_continues = (role.role == "text" and i > 0 and self.roles[i - 1].role == "text"
                               and self.roles[i - 1].block == role.block
                               and not self.lines[i - 1].rstrip().endswith("\\")) \
            or self._item_wraps_to_a_time(i, role)
        if paragraph_continues and status is not None and status.group(0)[:1].isupper() \
                and _stamp_alone_after(line, status, exprs):
            # "Resolved May 18 at 10:18pm BST" under an incident's title in a status history:
            # a capitalised status word and its stamp alone, no sentence wrapped onto a time
            paragraph_continues = False
        if self._posted_update(i, line, first):
            self.prev_line_entry = False
            return
        if exprs and (box := UPDATE_BOX_RE.match(line)) is not None \
                and self._update_box(i, line, box, exprs):
            return
        if (stamp := self._stamp_ending_update(line, exprs)) is not None:
            # "**Update** - We are rolling back. Aug 27, 17:58 UTC": a status page copied as
            # text, each update's stamp after its words on the same line
            self._add_entry(i, stamp, _clean(line[:stamp.start]).rstrip(" \t([–—-"),
                            "timeline", "entry", ("line", 0))
            for expr in exprs:
                if expr is not stamp:
                    self._prose(i, line, expr)  # times the update's words give
            self.prev_line_entry = False
            return
        if role.role == "item" and self.in_timeline and not starts_line \
                and (stamp := _stamp_ending_step(line, exprs)) is not None:
            # "- Cache cluster restarted — 14:31", "1. Alerts fire (14:05 UTC)": a timeline's
            # step whose time closes it, as the steps around it are written
            lead = LEAD_RE.match(line)
            words = _clean(line[lead.end() if lead else 0:stamp.start]).rstrip(" \t-–—,:(@|")
            self._add_entry(i, stamp, words, "timeline", "entry", ("item", role.block))
            self.prev_line_entry = True
            return
        if not starts_line and len(self.breaks) >= 3 and exprs \
                and self._timeline_between_breaks(i, line, exprs):
            self.prev_line_entry = True
            return
        if starts_line and first is not None and i > 0 and not _rest(line, first) \
                and not self.prev_line_entry \
                and (above := self._update_above(i, first,
                                                 alone=self._stamps_close_updates())) is not None:
            # "**Resolved** - all clear." over "Sep 16, 09:25 PM GMT+3": the stamp below
            # the update it dates (its text may run over several paragraphs)
            self._add_entry(i, first, above, "timeline", "entry", ("line", 0))
            self.prev_line_entry = False
            return
        if starts_line and first is not None and self._is_entry(line, first, role,
                                                                 paragraph_continues):
            block_key = ("item", role.block) if role.role == "item" else ("line", 0)
            if self.breaks and self._entries_between_breaks(i, line, exprs, block_key):
                self.prev_line_entry = True
                return
            # (an item opening with a day alone tells that day's account: see prose_body)
            if (role.role == "text" or (role.role == "item" and first.clock is not None)) \
                    and len(exprs) > 1 \
                    and self._timed_sentences(i, line, exprs, block_key):
                self.prev_line_entry = True
                return
            rest = _rest(line, first)
            if first.clock is None and first.range_end is None \
                    and (part := DAY_PART_RE.match(line, first.end)) is not None:
                # "Jan 31, late evening: ...": a day only; the part of the day is no clock
                told = " ".join(part.group(0).strip(" \t,()").split())
                first = replace(first, inherited=(*first.inherited, f"date only: {told} "
                                                  "names a part of the day, no clock"))
                sep = SEPARATOR_RE.match(line, part.end())
                rest = _clean(line[sep.end() if sep else part.end():])
            if status is not None:
                rest = f"{status.group('word')}: {rest}" if rest else status.group("word")
            lead = LEAD_RE.match(line)
            if DAY_LEAD_RE.match(line, lead.end() if lead else 0) is not None:
                at = first.clock.hour * 60 + first.clock.minute if first.clock else None
                said = self.day_lead_at
                if said is None or at is None or said[1] is None or at < said[1] \
                        or not self.entries or self.entries[-1].line != said[0]:
                    self.day_marks.append((i + 1, None, None))  # "Next morning, 10:45 AM"
                # (else "次日00:10", then "次日00:40": the same next day, said again)
                self.day_lead_at = (i + 1, at)
            elif (self.in_timeline or self.section_entries) and (back := STEP_BACK_LEAD_RE.match(
                    line, lead.end() if lead else 0)) is not None:
                # "Earlier that morning, 06:20: ...": weekday -1 marks a step back
                self.day_marks.append((i + 1, -1, 0 if back.group("same") else -1))
            elif (self.in_timeline or self.section_entries) and (day := DAY_NUMBER_LEAD_RE.match(
                    line, lead.end() if lead else 0)) is not None:
                number = int(day.group("n") or day.group("d") or 0) if not day.group("plus") \
                    else int(day.group("plus")) + 1
                # "Day 2, 09:15": a day on from the "Day 1" entries above (or from the plain
                # entries before the first such label); a mark for each day stepped
                if number > self.entry_day:
                    self.day_marks.extend([(i + 1, None, None)] * (number - self.entry_day))
                self.entry_day = max(self.entry_day, number)
            more = _more_stamps(line, first, exprs)
            again = more[-1] if more else None
            if again is not None:
                rest = _rest(line, again)  # "**11:50** and **11:57** - two requests"
            label = None if rest or status is not None else self._status_above_stamp(i)
            if (not rest or _updated_stamp_after(line, first, exprs)) and label is None \
                    and again is None and self._byline_stamp(i, first):
                # "30/09/2020 06:27" between a news article's title and its paragraphs: when
                # the page was posted, read as the prose's; the paragraphs tell their own times
                self._prose(i, line, first)
                self.prev_line_entry = False
                return
            if not rest and label is None and again is None \
                    and (words := self._own_items_words(i)):
                # "- resolved" / "  Normal operations have been restored." / "  2025-10-20
                # 12:14 UTC": the stamp closing a list item is that item's, not the next's
                self._add_entry(i, first, words, "timeline", "entry", block_key)
                self.prev_line_entry = False
                return
            self._add_entry(i, first, label or rest, "timeline", "entry", block_key)
            for again in more:
                self._add_entry(i, again, label or rest, "timeline", "entry", block_key)
            # a Timeline told in paragraphs, each opening on its time behind a lead word
            told = role.role == "text" and self.in_timeline and self._opens_timed(i)
            day = _a_day_alone(first)
            # The times after the entry's own are read as the account's, not dropped as the
            # entry's words: all of them in a timeline told in paragraphs ("At 02:00 AM UTC
            # we received an email ... This was done at 02:09 AM UTC.") or a day's account
            # after its date ("2016-01-27: stopped at 09:07, back up at 09:46": its first
            # clock the entry's, see `_clock_told_after`); elsewhere those that write their
            # own day ("8月20日 14時52分以降 ... 25日07時45分に復帰", "22:10 alert; recovered
            # at 01:05 on Mar 4")
            every = (day and again is None) or told
            told_to = self.entries[-1].expr.end
            for expr in exprs:
                if expr.clock is not None and expr.start >= told_to and (
                        every or (expr.date is not None and expr.date.day is not None)):
                    self._prose(i, line, expr)
            if role.role == "item":
                self._open_body(i, needs_text=not rest, until=role.item_end)
            else:
                self._open_body(i, needs_text=not rest)
            self.prose_body = "day" if day else "paragraph" if told else ""
            if label is not None:
                self._body_parts.append(f"{label}:")  # "Monitoring: a fix is out ..."
            self.prev_line_entry = True
            return
        self.prev_line_entry = False
        if self.body_owner is not None and not self._body_parts and _time_label_alone(line):
            # a stamp alone under "**Start Date of Incident:**", then "**Resolution Date of
            # Incident:**": the next field's label, not the stamp's words
            self._close_body()
        self._close_body_past_a_blank(i)  # past the entry's text: the account's own paragraph
        if self.body_owner is not None:
            self._collect_body(line)
        if i < self.body_until and not self._own_time_below_entry(i, role) \
                and not _day_alone_after_an_item(line, exprs, role):
            if (self.prose_body == "day" and role.role in ("text", "item")) or (
                    self.prose_body == "paragraph" and role.role == "text"
                    and self.body_line < i
                    and all(self.lines[j].strip() for j in range(self.body_line, i))):
                for expr in exprs:  # the paragraph's wrapped lines (or a day's account under
                    # its date): its sentences' times
                    if expr.clock is not None:
                        self._prose(i, line, expr)
            elif not line.lstrip().startswith(">"):  # a quoted alert's time is evidence
                told = self._update_telling_its_times(role)
                bare = told and self._stamped_by_a_bare_clock()
                for expr in exprs:
                    if told and expr.clock is not None and (expr.zone is not None or bare) \
                            and not _foretold(_sentence_of(line, expr)):
                        self._prose(i, line, expr)
                        self._stamp_words_end(i, line, expr)
                    elif _placed_alone(expr):
                        self._prose(i, line, expr, within_entry=True)
            return  # an entry's own text: its times tell no step of their own
        if exprs and "later" in line:  # and the steps told on from them, in their place
            exprs = sorted([*exprs, *_steps_later_in_prose(line, exprs, i + 1)],
                           key=lambda e: e.start)
        for expr in exprs:
            self._prose(i, line, expr)

    def _update_telling_its_times(self, role: LineRole) -> bool:
        """The words under a stamp alone on its line, outside a Timeline section, are a
        status update's paragraph ("Dec 18 at 05:00pm UTC" over "Today at 7am CST, we
        experienced a partial outage ... Full service was restored at 8am CST"): its
        clocks that write their own zone are the account's moments, read as prose (its bare
        clocks stay unread: the stamp's day and zone may not be theirs). So are its list's
        ("What happened:" over "* At 10:02am PT: pages fired")."""
        return self.body_owner is not None and not self.in_timeline \
            and role.role in ("text", "item")

    def _stamped_by_a_bare_clock(self) -> bool:
        """The update's stamp is a status word and a clock alone, no day or zone ("Update:
        4:20pm"): a bare clock in its words ("approximately 4:30pm the issue was resolved")
        is read as its stamp is, with no day or zone of the stamp's to miss. (Under a clock
        alone, "[9:05 PM]", the words may still be telling its moment: "down since 21:00".)"""
        return self.body_owner is not None and self.status_words_below

    def _stamp_words_end(self, i: int, line: str, expr: TimeExpr) -> None:
        """The update's words from the first time they tell on are that time's: the stamp
        (when the update was posted) keeps only the words before it ("Today at"), and no
        phase of the account's."""
        if self.body_owner is None or self._body_told:
            return
        self._body_told = True
        parts = self._body_parts[:-1] if self._body_parts else []
        kept = " ".join([*parts, _clean(line[:expr.start])]).strip()[:300]
        owner = self.entries[self.body_owner]
        self.entries[self.body_owner] = replace(owner, text=kept)

    def _own_time_below_entry(self, i: int, role: LineRole) -> bool:
        """Line `i`, inside an entry's text, tells a time of its own: a paragraph of its own
        below the entry, or a line right under a stamp that opens with its clock."""
        return self._paragraph_of_its_own(i) or self._tells_its_own_time(i, role)

    def _tells_its_own_time(self, i: int, role: LineRole) -> bool:
        """A paragraph's line right under a stamp, outside a Timeline section, that opens
        with its own clock behind a lead word ("2007/10/30 - Mail server outage" over "At
        about 1:30AM this morning, the server crashed"; a ticket's posting stamp over "At
        approximately 06:32 on 6 June, an outage was detected"): the words the stamp heads,
        and a time of the incident told in them, which is read as the prose's time."""
        return role.role == "text" and not self.in_timeline and bool(self.entries) \
            and self.entries[-1].line == i and self._opens_timed(i)  # right under it

    def _line_without_times(self, i: int, line: str, role: LineRole) -> None:
        """The rest of `_text_line` for a line that holds no time (most lines of a
        document): what such a line can be, a label, a day's mark or an entry's words; the
        readings of a stamp and its update, all of which need a time, are not tried."""
        self.prev_line_entry = False
        if (self.in_timeline or self.section_entries) \
                and (EMPHASIS_ONLY.fullmatch(line) or role.role == "text") \
                and self._day_mark(i, _clean(line)):
            return  # "**Day 2**", "__Tuesday:__", a plain "Day 2" on a line of its own
        if self._incident_label(i, line):
            return  # "Incident 2: image uploads", "(2) Upload outage": the next incident
        if _names_timeline(line) and self._label(line, []):
            return  # a second "Timeline" (a retelling, a copy) opens a scope of its own
        if self.in_timeline and PART_LABEL.fullmatch(line) is not None:
            self._label(line, [])  # "AMS3:" under the last entry of "LON1:": the next part's
            return
        if (((self.in_timeline and self.section_level == 7) or i < self.body_until)
                and (title := LABEL_RE.fullmatch(line)) is not None
                and self._plain_title(title.group("label").strip())) \
                or self._next_question(i, line):
            # "Root Cause" standing alone ends a plain-text timeline, and the last entry's text
            self._label(line, [])
            self._close_body()
            self.body_until = 0
            return
        if self.body_owner is not None and self._status_over_stamp(i) is not None:
            return  # "Monitoring" over the next update's lone stamp: that update's label
        if self.body_owner is not None and not self._body_parts and _time_label_alone(line):
            self._close_body()  # the next field's label (see `_text_line`)
        if self.body_owner is not None:
            self._collect_body(line)
        if i < self.body_until:
            return  # an entry's own text
        self._label(line, [])

    def _content_start(self, line: str, exprs: list[TimeExpr] = ()  # type: ignore[assignment]
                       ) -> tuple[int, re.Match[str] | None]:
        """Where a line's content starts past its marks, lead words ("At around") and a
        status word: an entry's time stands there. Read only on a line holding a time."""
        lead = LEAD_RE.match(line)
        content_start = lead.end() if lead else 0
        day = DAY_LEAD_RE.match(line, content_start) \
            if self.in_timeline or self.section_entries else None
        if day is not None:
            content_start = day.end()
        elif self.in_timeline or self.section_entries:
            number = DAY_NUMBER_LEAD_RE.match(line, content_start) \
                or STEP_BACK_LEAD_RE.match(line, content_start)
            if number is not None:
                # "Day 2, 09:15 - ...", "D+1 09:15", "Earlier that morning, 06:20: ..."
                content_start = number.end()
        word = LEAD_WORD_RE.match(line, content_start)
        if word and (self.in_timeline or self._on_stamp_log(line, content_start)
                     or self._in_a_run_of_timed_openings()
                     or self._in_a_run_of_dated_openings()):
            content_start = word.end()
        status = STATUS_WORD_RE.match(line, content_start)
        if status and (self.in_timeline or line[:content_start].rstrip().endswith(("*", "_"))
                       or _stamp_alone_after(line, status, exprs)
                       or (not status.group("word").lower().startswith("last")
                           and self._on_status_log())):
            # "**Update 23:35:** we are investigating", "*Update* - (4:27 PM PST) ...", and
            # "UPDATE 03.11.2023 at 14:10 UTC:" alone on its line over the update's words
            content_start = status.end()
        else:
            status = None
        if line[content_start:content_start + 1] in ("~",):
            content_start += 1
        if line.startswith("T", content_start) and exprs \
                and (offset := OFFSET_RE.match(line, content_start)) is not None \
                and (opened := OFFSET_THEN_PAREN.match(line, offset.end())) is not None \
                and exprs[0].start == opened.end() and exprs[0].clock is not None \
                and exprs[0].date is not None:
            # "T+0:04 (2025-03-13 14:04:00 UTC)": the offset, and the moment it names written
            # out after it; the entry stands at that moment
            content_start = opened.end()
        return content_start, status

    def _on_status_log(self) -> bool:
        """A run of updates, each line opening with its status word and stamp ("UPDATE 10:48:
        service restored." then "UPDATE 10:52: another reboot needed."): the paragraph next
        to this one, above or below, opens the same way, so both are the log's entries. A
        page's "Last updated ..." stamp is no update of the log, and list items ("- Resolved
        2024-08-07 12:10" under "- Key events") are a list of milestones, no paragraphs."""
        index = self._current
        if self.roles[index].role == "item":
            return False
        return any(self._opens_an_update(j)
                   for j in (*self._next_lines(index), *self._next_paragraphs(index)))

    def _next_lines(self, index: int) -> Iterator[int]:
        """The nearest line with words above and below line `index`, within two lines."""
        for step in (-1, 1):
            j = index + step
            while 0 <= j < len(self.lines) and not self.lines[j].strip():
                j += step
            if 0 <= j < len(self.lines) and abs(j - index) <= 2:
                yield j

    def _next_paragraphs(self, index: int) -> Iterator[int]:
        """The first lines of the paragraphs above and below the one line `index` opens
        ("Update 5:20pm. Everybody is safe." over a line of its text, then "Update 7:20am"
        over its own), within UPDATE_PARAGRAPH_REACH lines."""
        lines, reach = self.lines, UPDATE_PARAGRAPH_REACH
        j = index + 1
        while j < len(lines) and lines[j].strip() and j - index <= reach:
            j += 1
        while j < len(lines) and not lines[j].strip() and j - index <= reach:
            j += 1
        if j < len(lines) and j - index <= reach and j > index + 1:
            yield j
        j = index - 1
        while j >= 0 and not lines[j].strip() and index - j <= reach:
            j -= 1
        while j > 0 and lines[j - 1].strip() and index - j <= reach:
            j -= 1
        if j >= 0 and index - j <= reach and lines[j].strip() and j < index - 1:
            yield j

    def _opens_an_update(self, j: int) -> bool:
        """Line `j` opens with a status word and a stamp, not a page's "Last updated"."""
        other = self.lines[j]
        lead = LEAD_RE.match(other)
        found = STATUS_WORD_RE.match(other, lead.end() if lead else 0)
        return found is not None and not found.group("word").lower().startswith("last")

    def _in_a_run_of_timed_openings(self) -> bool:
        """Three or more list items or paragraphs in a row, each opening "At 8:15 AM MST,
        ...", "By 10:30, ...", "Around 11:00 ...": a timeline told one step an item, its
        entries wherever it stands (under "Description of Incident:"), not a summary's
        sentences (in a section named a summary they stay those)."""
        if self.in_summary:
            return False
        index = self._current
        run = 1
        for step in (-1, 1):
            j = index
            for _ in range(2):
                j += step
                while 0 <= j < len(self.lines) and not self.lines[j].strip() \
                        and abs(j - index) <= 6:
                    j += step
                if not (0 <= j < len(self.lines)) or not self._opens_timed(j):
                    break
                run += 1
        return run >= RUN_OF_TIMED_OPENINGS

    def _in_a_run_of_dated_openings(self) -> bool:
        """Three or more lines in a row, each opening with a full date alone and a comma,
        behind "on" or no lead word ("on 27/09/2023, the site was down ...", "15/09/2023, 8
        mins of downtime"): a log of days, one an occurrence, its entries. The indented lines
        that wrap an entry's words stand between them."""
        if self.in_summary or not self._opens_dated(self._current):
            return False
        index = self._current
        run = 1
        for step in (-1, 1):
            j, found = index, 0
            while found < 2:
                j += step
                while 0 <= j < len(self.lines) and abs(j - index) <= 8 and (
                        not self.lines[j].strip() or self.lines[j][:1] in (" ", "\t")):
                    j += step  # a blank line, or an indented one wrapping the entry above
                if 0 <= j + step < len(self.lines) and 0 <= j < len(self.lines) \
                        and not self._opens_dated(j) and self._opens_dated(j + step):
                    j += step  # one line of an entry's words wrapped without its indent
                if not (0 <= j < len(self.lines)) or abs(j - index) > 8 \
                        or not self._opens_dated(j):
                    break
                found += 1
            run += found
        return run >= RUN_OF_TIMED_OPENINGS

    def _opens_dated(self, j: int) -> bool:
        """Line `j` opens, behind "on" or nothing, with a date that writes its year, month
        and day and no clock, a comma after it ("on 27/09/2023, ...")."""
        other = self.lines[j]
        if other[:1] in (" ", "\t"):
            return False
        lead = LEAD_RE.match(other)
        at = lead.end() if lead else 0
        if other[at:at + 3].lower() == "on ":
            at += 3
        exprs = self.scan_line(j)
        if not exprs or exprs[0].start != at or exprs[0].clock is not None \
                or exprs[0].range_end is not None:
            return False
        date = exprs[0].date
        return date is not None and None not in (date.year, date.month, date.day) \
            and other[exprs[0].end:exprs[0].end + 1] == ","

    def _opens_timed(self, j: int) -> bool:
        """Line `j` opens with a lead word and a clock right after it ("- At 09:15, ...")."""
        other = self.lines[j]
        lead = LEAD_RE.match(other)
        word = LEAD_WORD_RE.match(other, lead.end() if lead else 0)
        if word is None:
            return False
        exprs = self.scan_line(j)
        return bool(exprs) and exprs[0].start <= word.end() + 1 and exprs[0].clock is not None

    def _on_stamp_log(self, line: str, start: int) -> bool:
        """A log whose every line opens "on 12/03/2024, 14:10 - ..." or "On 21/08/2023 at
        09:05, ...": the line and the next or previous one, each a date in digits and a
        clock after "on", are the log's entries, not sentences."""
        if ON_STAMP_RE.match(line, start) is None:
            return False
        index = self._current
        for j in (index - 1, index + 1):
            if 0 <= j < len(self.lines):
                other = self.lines[j]
                lead = LEAD_RE.match(other)
                if ON_STAMP_RE.match(other, lead.end() if lead else 0) is not None:
                    return True
        return False

    def _posted_update(self, i: int, line: str, first: TimeExpr | None) -> bool:
        """A status page's export: the update's label ("**Resolved**"), its text, then
        "Posted Mar 14, 2024 - 16:10 UTC" (or the label and text on one line above it)."""
        if first is None or first.clock is None or i < 1 or self.prev_line_entry:
            return False
        posted = POSTED_RE.match(line)
        if posted is None and len(line) <= _LONE_STAMP_WIDTH and self._lone_stamp(i) \
                and i in self._closing_lone_stamps():
            # "The issue has been resolved ..." then "January 12, 2023 · 18:54 UTC": a
            # status page copied without its labels, each stamp under its update's words
            self._add_entry(i, first, self._words_since_the_stamp_above(i), "timeline",
                            "entry", ("line", 0))
            return True
        if posted is None or first.start > posted.end():
            return False
        above = self.lines[i - 1]
        if self._heads_the_words_below(i):
            # "Updated on Monday, July 9 at 6:10 pm" over its own words
            self._add_entry(i, first, "", "timeline", "entry", ("line", 0))
            self._open_body(i, needs_text=True)
            return True
        if STATUS_LABEL_RE.match(above):
            text = _clean(above)
        elif i >= 2 and above.strip() and STATUS_ALONE_RE.fullmatch(self.lines[i - 2]):
            text = f"{_clean(self.lines[i - 2])}: {_clean(above)}"
        else:
            found = self._update_above(i, first, alone=True)
            if found is None:
                found = self._unlabelled_update_above(i)
            if found is None:
                return False
            text = found
        self._add_entry(i, first, text, "timeline", "entry", ("line", 0))
        return True

    def _heads_the_words_below(self, i: int) -> bool:
        """A stamp alone on its line, a blank line (or a heading) above it and the update's
        words right below it, no blank line between ("Updated on Monday, July 9 at 6:10 pm"
        over "The email system has been restored."): it heads those words, as a news page's
        dated updates are laid out, rather than closing the words above it, as a status
        page's "Posted" stamps do (they stand a blank line below their update, or run on
        with no blank lines at all)."""
        if i + 1 >= len(self.lines) or (i > 0 and self.lines[i - 1].strip()
                                        and self.roles[i - 1].role != "heading"):
            return False
        exprs = self.scan_line(i)
        if len(exprs) != 1 or self.lines[i][exprs[0].end:].strip(" \t*_.:)"):
            return False
        below = self.lines[i + 1]
        opens = self.scan_line(i + 1)
        return bool(below.strip()) and self.roles[i + 1].role == "text" \
            and not (opens and not below[:opens[0].start].strip(" \t>*_-|")) \
            and STATUS_LABEL_RE.match(below) is None \
            and STATUS_ALONE_RE.fullmatch(below) is None and POSTED_RE.match(below) is None

    def _unlabelled_update_above(self, i: int) -> str | None:
        """The words above a "Posted May 01, 2022 - 19:38 UTC" line alone, in a page of two
        or more such lines: a status page copied without its status labels, each update's
        text over its stamp. The text is every paragraph back to the stamp, entry or
        heading above, or to a title's line (short, no closing stop: "Incident Report for
        X"), the last paragraph nearest: an update told in several ("Traffic is fully
        restored." / "The underlying issue was ..." / "We'll be following up ..."). None
        when the line just above is a stamp, an entry or a heading, or no words come within
        UPDATE_REACH lines."""
        if self._posted_alone is None:
            self._posted_alone = {j for j, text in enumerate(self.lines)
                                  if (posted := POSTED_RE.match(text)) is not None
                                  and self._stamp_alone(j, posted.end())}
        if len(self._posted_alone) < 2 or i not in self._posted_alone:
            return None
        parts: list[str] = []
        for j in range(i - 1, max(-1, i - 1 - UPDATE_REACH), -1):
            above = self.lines[j]
            if not above.strip():
                continue
            if j in self._posted_alone or j in self.entry_lines \
                    or above.lstrip().startswith("#") \
                    or (parts and _title_line(above)):
                break
            parts.append(_clean(above))
        return " ".join(reversed(parts))[:UPDATE_TEXT] if parts else None

    def _stamp_and_length(self, i: int, line: str, stamp: TimeExpr) -> bool:
        """"2023-01-12 17:38 UTC · 1 hour, 15 minutes" alone on its line: a status page's
        header for the incident, when it began and how long it lasted, not an update."""
        if stamp.clock is None or stamp.date is None or stamp.date.day is None \
                or stamp.range_end is not None or line[:stamp.start].strip(" \t*_") \
                or not line[stamp.end:].lstrip(" \t").startswith("\u00b7"):
            return False
        rest = line[stamp.end:].lstrip(" \t")[1:]
        lengths = scan_durations(rest, in_duration_field=True)
        if len(lengths) != 1 or rest[:lengths[0].start].strip() \
                or rest[lengths[0].end:].strip(" \t*_."):
            return False
        column = stamp.end + (len(line) - stamp.end - len(rest))
        self._add_duration(i, column + lengths[0].start, lengths[0])
        self.fields.append(Field(i + 1, stamp.start + 1, "started", "Started",
                                 line[stamp.start:stamp.end], stamp.start + 1, False))
        self._add_entry(i, stamp, f"Started: {_clean(line)}"[:PROSE_WINDOW], "summary", "field",
                        ("field", i), field_name="started")
        return True

    def _own_items_words(self, i: int) -> str:
        """The words of the list item whose last line is the stamp alone on line `i`, an
        indented line under the item's bullet, the next line a bullet as deep, a blank
        line or the end ("- monitoring" / "  Service is being restored." / "  2025-10-20
        12:06 UTC" / "- resolved"): a status list rendered from a page, each update's
        stamp after its words. "" when the stamp is not such an item's last line, or the
        item's lines above it tell a time."""
        line = self.lines[i]
        indent = _blanks_before(line)
        if indent == 0 or LIST_BULLET.match(line) is not None:
            return ""
        below = self.lines[i + 1] if i + 1 < len(self.lines) else ""
        if below.strip() and (LIST_BULLET.match(below) is None
                              or _blanks_before(below) >= indent):
            return ""
        for k in range(i - 1, max(-1, i - 1 - _WORDS_ABOVE_LINES), -1):
            text = self.lines[k]
            if not text.strip() or self.scan_line(k):
                return ""
            if LIST_BULLET.match(text) is not None:
                if _blanks_before(text) >= indent or k == i - 1:
                    return ""
                return " ".join(_clean(self.lines[j]) for j in range(k, i))[:PROSE_WINDOW]
            if _blanks_before(text) != indent:
                return ""
        return ""

    def _closing_lone_stamps(self) -> set[int]:
        """The lines of a page whose updates each end on a lone stamp ("January 12, 2023 ·
        18:54 UTC"), no status word or "Posted" anywhere: two or more such stamps, words (no time)
        right above each, and none below the last but a footer ("← Back"). A news page's
        stamps over their words have words below the last. Asked once per document."""
        if self._closing is None:
            self._closing = set()
            lone = [j for j, text in enumerate(self.lines)
                    if len(text) <= _LONE_STAMP_WIDTH and self.roles[j].role == "text"
                    and has_ascii_digit(text) and POSTED_RE.match(text) is None
                    and self._lone_stamp(j)]
            if len(lone) >= 2 and all(self._words_just_above(j) for j in lone) \
                    and not self._words_below(lone[-1]) \
                    and not any(STATUS_LABEL_RE.match(text) or STATUS_ALONE_RE.fullmatch(text)
                                for text in self.lines[:lone[-1]]):
                self._closing = set(lone)  # (a page with status words is read by them)
        return self._closing

    def _words_just_above(self, j: int) -> bool:
        """The nearest line above `j` with anything on it is a sentence's words, no time."""
        for k in range(j - 1, max(-1, j - 1 - UPDATE_REACH), -1):
            text = self.lines[k]
            if text.strip():
                return self.roles[k].role == "text" and not self.scan_line(k) \
                    and len(text.split()) >= _SENTENCE_WORDS
        return False

    def _words_below(self, j: int) -> bool:
        """A sentence's words stand below line `j`, before the next heading or the end (a
        page's link back, "← Back to all incidents", is none)."""
        for k in range(j + 1, len(self.lines)):
            if self.roles[k].role == "heading":
                return False
            words = self.lines[k].split()
            if self.roles[k].role == "text" and len(words) >= _SENTENCE_WORDS \
                    and words[0] not in ("\u2190", "<", "\u00ab") \
                    and (len(words) >= 2 * _SENTENCE_WORDS or words[-1][-1:] in ".!?:"):
                return True
        return False

    def _words_since_the_stamp_above(self, i: int) -> str:
        """The update's words over its lone stamp on line `i`: every line back to the stamp
        above (a heading, a time or a field, "Duration: 1 hour", stops it too), or, over the
        page's first stamp, the paragraph right above it (the title stands higher)."""
        parts: list[str] = []
        first = i == min(self._closing_lone_stamps())
        for k in range(i - 1, max(-1, i - 1 - UPDATE_REACH), -1):
            if self.roles[k].role == "heading" or self.scan_line(k) \
                    or _field(self.lines[k]) is not None:
                break
            if self.lines[k].strip():
                parts.append(_clean(self.lines[k]))
            elif first and parts:
                break
        return " ".join(reversed(parts))[:300]

    def _stamp_alone(self, j: int, at: int) -> bool:
        """Line `j` holds one stamp, with a day and a clock, starting at `at` and closing
        the line."""
        exprs = self.scan_line(j)
        if len(exprs) != 1:
            return False
        expr = exprs[0]
        return expr.start <= at + 1 and expr.clock is not None and expr.date is not None \
            and expr.date.day is not None and expr.range_end is None \
            and not self.lines[j][expr.end:].strip(" \t*_.)")

    def _update_box(self, i: int, line: str, box: re.Match[str], exprs: list[TimeExpr]
                    ) -> bool:
        """"::: update Resolved | 2023-10-09T08:10:00.000Z", then the update's text, then
        ":::": a status page's update in a fenced container (statuskit), its label and stamp
        on the opening line. The stamp needs a date and a clock and ends the line."""
        stamp = exprs[-1]
        if stamp.start < box.end() or stamp.clock is None or stamp.date is None \
                or stamp.range_end is not None or line[stamp.end:].strip():
            return False
        label = _clean(box.group("label")) or "Update"
        self._add_entry(i, stamp, "", "timeline", "entry", ("line", 0))
        close = next((j for j in range(i + 1, min(len(self.lines), i + 200))
                      if self.lines[j].strip() == ":::"), None)
        self._open_body(i, needs_text=True, until=close)
        self._body_parts.append(f"{label}:")
        self.prev_line_entry = False
        return True

    def _stamp_ending_update(self, line: str, exprs: list[TimeExpr]) -> TimeExpr | None:
        """The stamp closing a status update's line: the label opens it ("**Resolved** -",
        "Update:"), a date with a day and a time of day ends it, or a time with its zone
        ("**Resolved** - Fixed. 15:10 UTC", "Monitoring - a fix is out (14:40 UTC)")."""
        if len(exprs) < 1 or not STATUS_LABEL_RE.match(line):
            return None
        last = exprs[-1]
        end = last.range_end.end if last.range_end is not None else last.end
        if last.range_end is not None or last.clock is None \
                or (last.date is None and last.zone is None) \
                or (last.date is not None and last.date.day is None) \
                or line[end:].strip(" \t*_)]."):
            return None
        label = STATUS_LABEL_RE.match(line)
        if label is not None and not line[label.end():last.start].strip(" \t*_(["):
            return None  # "Resolved - Aug 27, 19:44 UTC": the stamp is the update's opening
        if TIME_SAID_BEFORE.search(line, max(0, last.start - 16), last.start):
            return None  # "we will update again by Aug 27, 19:00 UTC": a time it speaks of
        return last

    def _update_above(self, i: int, first: TimeExpr, alone: bool = False) -> str | None:
        """The status update a stamp on line `i` dates, when its label opens a line above:
        "**Resolved** - On May 3 ..." then more paragraphs, then " May  3, 19:20 UTC"; or
        "## Update", a blank line, the text, a blank line, "Posted May 3, 2024 - 19:20 UTC"
        (`alone`: a "Posted" stamp, under whose update a label on a line of its own counts,
        as exports of update pages give it). A bare stamp with a label right below it, and a
        blank line above, heads that update below instead.
        The text is the label's line (and the first line after a lone label). None when a
        line on the way up is another stamp, a dated line or a heading of something else,
        or no label comes within UPDATE_REACH lines. A stamp with a day and a time only."""
        if first.clock is None or first.date is None or first.date.day is None \
                or self._heads_the_words_below(i):
            return None
        below = self.lines[i + 1] if i + 1 < len(self.lines) else ""
        heads_below = not alone and bool(STATUS_LABEL_RE.match(below)
                                         or STATUS_ALONE_RE.fullmatch(below))
        after = ""
        for j in range(i - 1, max(-1, i - 1 - UPDATE_REACH), -1):
            above = self.lines[j]
            if not above.strip():
                if heads_below:
                    return None  # "May 17, 15:10 UTC" over "**Identified** - ...": its own
                continue
            if STATUS_LABEL_RE.match(above):
                return _clean(above)
            if alone and STATUS_ALONE_RE.fullmatch(above):
                return f"{_clean(above)}: {after}" if after else _clean(above)
            opens = self.scan_line(j)
            if j in self.entry_lines or POSTED_RE.match(above) \
                    or above.lstrip().startswith("#") \
                    or (opens and not above[:opens[0].start].strip(" \t>*_-|")):
                return None  # another update's stamp, or a heading of something else
            after = _clean(above)
        return None

    def _relative_entry(self, line: str) -> TimeExpr | None:
        """The time of a line opening with a step on from the entries above ("+12 min:",
        "T+45m -", "12 minutes later:"): the last entry with a clock of its own moved on by
        the step ("later": the entry just above). None with no such entry near above."""
        lead = LEAD_RE.match(line)
        found = relative_step(line, lead.end() if lead else 0)
        if found is None:
            return None
        m, minutes, from_last = found
        for entry in reversed(self.entries[-40:]):
            stepped_on = any(" counted from the entry " in note for note in entry.expr.inherited)
            if ((entry.source != "timeline" or entry.kind != "entry")
                    and not (from_last and stepped_on)) or entry.part == "range-end":
                continue  # (a step read as the summary's is still the chain's last link)
            if self._current + 1 - entry.line > 60 or entry.expr.clock is None:
                return None
            if from_last or not stepped_on:
                return stepped(entry.expr, entry.line, m, minutes)
        return None

    def _stamps_close_updates(self) -> bool:
        """A status log whose every update is its status word alone, its words, then its stamp
        alone ("**Resolved**", "Starts are back to normal.", "Wed 13 Dec 2023, 16:21 GMT"),
        blank lines between: the log's first status word comes before its first lone stamp,
        with words between them. Each stamp then dates the update above it, not the status
        word below it. Asked once per document."""
        if self.stamps_close is None:
            self.stamps_close = False
            word_line = next((j for j, text in enumerate(self.lines)
                              if STATUS_ALONE_RE.fullmatch(text)), None)
            if word_line is not None and not any(self._lone_stamp(k) for k in range(word_line)):
                for k in range(word_line + 1, min(len(self.lines), word_line + UPDATE_REACH)):
                    if STATUS_ALONE_RE.fullmatch(self.lines[k]):
                        break  # another status word first: words do not close on a stamp
                    if self._lone_stamp(k):
                        self.stamps_close = any(
                            self.lines[j].strip() and not self.scan_line(j)
                            for j in range(word_line + 1, k))
                        break
        return self.stamps_close

    def _status_above_stamp(self, i: int) -> str | None:
        """The status word a lone stamp on line `i` is labelled with, when it stands alone
        just above (a blank line between or none): "Monitoring" over "Jan 5, 3:25 AM GMT+8"
        over the update's words. Where the log's first stamp has none above it, a word
        closing the paragraph of the update before ("... back to normal." then "Resolved")
        labels that one; a word opening its paragraph labels the stamp below it anyway."""
        found = self._label_over(i)
        if found is None:
            if self.labels_lead is None:
                self.labels_lead = False
            return None
        label, opens_paragraph = found
        if self.labels_lead is None:
            self.labels_lead = opens_paragraph  # the log's first stamp sets its layout
        return label if opens_paragraph or self.labels_lead else None

    def _label_over(self, i: int) -> tuple[str, bool] | None:
        """A status word alone just above line `i`, and whether it opens its paragraph."""
        for j in (i - 1, i - 2):
            if j < 0:
                return None
            if not self.lines[j].strip():
                continue
            if STATUS_ALONE_RE.fullmatch(self.lines[j]) is None:
                return None
            return _clean(self.lines[j]), (j == 0 or not self.lines[j - 1].strip()
                                           or self.roles[j - 1].role == "heading")
        return None

    def _lone_stamp(self, k: int) -> bool:
        """Line `k` holds a day and a time and nothing else: "Jan 5, 4:10 AM GMT+8"."""
        if not self._clock_alone(k):
            return False
        date = self.scan_line(k)[0].date
        return date is not None and date.day is not None

    def _status_over_stamp(self, i: int) -> str | None:
        """The status word on line `i`, when it labels the lone stamp just below it."""
        for k in (i + 1, i + 2):
            if k >= len(self.lines):
                return None
            if not self.lines[k].strip():
                continue
            if not self._lone_stamp(k) or (found := self._label_over(k)) is None:
                return None
            return found[0] if found[1] or self.labels_lead else None
        return None

    def _stamped_entry(self, i: int, line: str) -> bool:
        """"**Resolved**: all clear. {{< track "2023-08-13 17:30:00" >}}": a status update
        stamped by a tag is a timeline entry, whatever label opens it."""
        stamped = next((e for e in self.scan_line(i) if e.start in self.stamps), None)
        if stamped is None:
            return False
        text = _clean(line[:stamped.start] + line[stamped.end:])
        if not text and not self.stamp_opens:
            text = self._words_above_stamp(i)
        self._add_entry(i, stamped, text, "timeline", "entry", ("stamp", 0))
        if not text and self.stamp_opens:  # '<Update date="...">' over the update's lines
            self._open_body(i, needs_text=True)
        self.prev_line_entry = True
        return True

    def _words_above_stamp(self, i: int) -> str:
        """A shortcode's stamp alone on its line closes the update written just above it
        ("**Arch builds available**:", "Arch is available.", then `{{< track "..." >}}`): the
        lines up to the blank line before them are that update's words."""
        j = i - 1
        while j >= 0 and self.lines[j].strip() and not self.scan_line(j) \
                and self.roles[j].role != "heading" and i - j <= _WORDS_ABOVE_LINES:
            j -= 1
        if j >= 0 and self.lines[j].strip():
            return ""  # another stamp, a heading or a long run above: no update of its own
        return _clean(" ".join(self.lines[j + 1:i]))[:PROSE_WINDOW]

    def _entries_between_breaks(self, i: int, line: str, exprs: list[TimeExpr],
                                block_key: tuple[str, int]) -> bool:
        """"10:00 - lost a node<br>10:20 - failover<br>10:45 - recovered": an entry for
        each piece that opens with a time, when more than the first does."""
        bounds = [0, *self.breaks, len(line)]
        openers: list[tuple[TimeExpr, int]] = []
        for start, end in pairwise(bounds):
            lead = LEAD_RE.match(line, start)
            at = lead.end() if lead else start
            found = next((e for e in exprs if start <= e.start < end), None)
            if found is not None and found.start <= at:
                openers.append((found, end))
        if len(openers) < 2:
            return False
        for expr, end in openers:
            after = expr.range_end.end if expr.range_end is not None else expr.end
            sep = SEPARATOR_RE.match(line, after, end)
            self._add_entry(i, expr, _clean(line[sep.end() if sep else after:end]), "timeline",
                            "entry", block_key)
        return True

    def _timeline_between_breaks(self, i: int, line: str, exprs: list[TimeExpr]) -> bool:
        """A whole report on one physical line, its paragraphs joined by <br> (an HTML
        export): after a piece that says "Timeline" and nothing else, each piece that opens
        with a clock ("<strong>0208 UTC 2014-12-03 -</strong> Subversion slows") is an
        entry, when three or more do; pieces whose time is bracketed when most entries' are
        not, or the other way round (a chat's lines quoted under an entry, "[Dec-3 5:50 PM]
        Tony: ..."), are the entry's own text, and their times, as the other pieces' times,
        are prose."""
        bounds = [0, *self.breaks, len(line)]
        labelled = False
        openers: list[tuple[TimeExpr, int, bool]] = []
        for start, end in pairwise(bounds):
            if not labelled:
                labelled = TIMELINE_WORD.fullmatch(_clean(line[start:end]).strip(" \t*_:#.")) \
                    is not None
                continue
            lead = LEAD_RE.match(line, start)
            at = lead.end() if lead else start
            found = next((e for e in exprs if start <= e.start < end), None)
            if found is not None and found.clock is not None and found.start <= at:
                openers.append((found, end, line[start:found.start].rstrip().endswith("[")))
        bracketed = sum(o[2] for o in openers) * 2 > len(openers)
        openers = [o for o in openers if o[2] == bracketed]
        if len(openers) < 3:
            return False
        for expr, end, _ in openers:
            after = expr.range_end.end if expr.range_end is not None else expr.end
            sep = SEPARATOR_RE.match(line, after, end)
            self._add_entry(i, expr, _clean(line[sep.end() if sep else after:end]), "timeline",
                            "entry", ("line", 0))
        taken = {id(expr) for expr, _, _ in openers}
        for expr in exprs:
            if id(expr) not in taken:
                self._prose(i, line, expr)
        return True

    def _timed_sentences(self, i: int, line: str, exprs: list[TimeExpr],
                         block_key: tuple[str, int]) -> bool:
        """"At 14:05 alerts fired. By 14:20 we had paged the DB team. At 14:55 ...": a
        timeline's paragraph or item of sentences that each open with a time is an entry for
        each, when more than the first does; so is a clause after a semicolon, "and" or
        "then" that opens with "at" or "by" and its time, unless it tells what will be. A time
        inside a sentence stays in its words."""
        openers: list[tuple[TimeExpr, int]] = [(exprs[0], 0)]  # each with its sentence's start
        spoken: dict[int, tuple[int, int]] = {}  # a clause's words told before its time
        for expr in exprs[1:]:
            if expr.clock is None or expr.start <= openers[-1][0].end:
                continue
            # (to one past the time's start: a stop right before it looks ahead at its digit)
            stops = list(SENTENCE_STOP.finditer(line, max(openers[-1][0].end, expr.start - 40),
                                                expr.start + 1))
            if not stops:
                clause = CLAUSE_LEAD_BEFORE.search(line, max(openers[-1][0].end,
                                                              expr.start - 48), expr.start)
                if clause is not None and FUTURE_AFTER.match(line, expr.end) is None:
                    # "10:00 errors climb; at 10:07 the on-call is paged", "10:30 config
                    # reverted, and by 10:50 traffic was healthy": a clause for each step
                    openers.append((expr, clause.start()))
                    continue
                told = CLAUSE_TOLD_BEFORE.search(line, max(openers[-1][0].end,
                                                           expr.start - 64), expr.start)
                if told is not None and FUTURE_AFTER.match(line, expr.end) is None \
                        and ASIDE_WORDS.search(told.group("words")) is None:
                    # "..., and the all-clear came at 1:40 PM": the clause's step, its words
                    # before its time
                    openers.append((expr, told.start()))
                    spoken[id(expr)] = (told.start("words"), told.end("words"))
                continue
            stop = stops[-1]  # the last sentence end before the time
            word = LEAD_WORD_RE.match(line, stop.end(), expr.start)
            if (word.end() if word else stop.end()) == expr.start:
                openers.append((expr, stop.start() + 1))
        if len(openers) < 2:
            return False
        for n, (expr, _) in enumerate(openers):
            end = openers[n + 1][1] if n + 1 < len(openers) else len(line)
            after = expr.range_end.end if expr.range_end is not None else expr.end
            sep = SEPARATOR_RE.match(line, after, end)
            words = line[sep.end() if sep else after:end]
            if id(expr) in spoken:
                first, last = spoken[id(expr)]
                words = f"{line[first:last].rstrip()}{words}"
            self._add_entry(i, expr, _clean(words), "timeline", "entry", block_key)
        return True

    def _under_bound_fields(self, i: int) -> bool:
        """Whether a start or an end field stands on one of the few lines above line `i`: a
        "Total:" under "Início:" and "Término:" is their span's length, one in a year's
        report ("Total: 122 hours" of downtime) sums many."""
        return any(i - TOTAL_BELOW_LINES <= f.line - 1 < i
                   and FIELD_PHASES.get(f.name) in ("start", "end", "resolution")
                   for f in self.fields[-4:])

    def _labelled_entry(self, i: int, line: str, m: re.Match[str], exprs: list[TimeExpr],
                        role: LineRole) -> bool:
        """"**Issue Detected:** May 10, 08:00 AM - text" or "**Detection (8:00 PM)**: text".

        Under a summary heading, or with a label that names a span ("Outage Duration",
        "Impact window"), the line states the incident's window: summary, not timeline.
        """
        label = m.group("label").strip()
        if len(label.split()) > 5 or self.in_summary or _names_span(label):
            return False
        if PAGE_STAMP_LABEL.fullmatch(label) and not self.in_timeline:
            return False  # "Posted: September 17, 2019 at 7:43 am": when the page went up
        first = exprs[0]
        if first.clock is None:
            return False  # "Time Period: 2024-01-10 to 2024-01-15" describes, it is no entry
        value_start = m.start("value")
        lead = LEAD_RE.match(line, value_start)
        in_value = first.start <= (lead.end() if lead else value_start) and \
            first.start >= value_start
        in_paren = m.group("paren") is not None and m.start("paren") <= first.start < m.end(
            "paren")
        if not (in_value or in_paren):
            return False
        if _todo_list_below(self.lines, i):
            return True  # "**For the go/no-go call (at 06:30 KST):**" over "- [ ]" boxes:
            # the time the tasks are due, a plan, no step taken
        rest = _rest(line, first) if in_value else _clean(m.group("value"))
        text = f"{label}: {rest}" if rest else label
        block_key = ("item", role.block) if role.role == "item" else ("line", 0)
        # the label, as the words before the time: "Detected:" names the step's phase
        self._add_entry(i, first, text, "timeline", "entry", block_key, context=f"{label}:")
        # "Update: 4:20pm" alone over the update's words, a bare clock: those words are its
        # text, and their bare clocks the account's (see `_stamped_by_a_bare_clock`)
        words_below = not rest and first.date is None and first.zone is None \
            and STATUS_ALONE_RE.fullmatch(label) is not None
        self._open_body(i, needs_text=words_below,
                        until=role.item_end if role.role == "item" else None)
        if words_below:
            self._body_parts.append(f"{label}:")
            self.status_words_below = True
        self.prev_line_entry = True
        return True

    def _item_wraps_to_a_time(self, i: int, role: LineRole) -> bool:
        """A list item's line wrapped just before a time ("- Tail offsets frozen at" over
        "  17:17-17:54 on 07-10, not one write since boot"): the item's sentence goes on, no
        new entry opens with that time."""
        if role.role != "item" or i == 0 or self.roles[i - 1] != role:
            return False
        words = self.lines[i - 1].split()
        return bool(words) and words[-1].lower().strip("*_,") in _LEADS_TO_A_TIME

    def _first_line(self, i: int) -> bool:
        """Whether line i is the document's first line of text (after any front matter)."""
        return not any(line.strip() for line in self.lines[self.front_matter_end:i])

    def _sentence_wraps_to_a_time(self) -> bool:
        """Whether the line above, in the same paragraph, ends with a word a time follows
        ("at", "around", Dutch "rond", German "gegen"): a hard-wrapped sentence goes on with
        the time opening this line, even under an entry of the paragraph's first line."""
        words = self.lines[self._current - 1].split() if self._current > 0 else []
        return bool(words) and words[-1].lower().strip("*_,~") in _WRAP_LEADS

    def _is_entry(self, line: str, first: TimeExpr, role: LineRole, continues: bool) -> bool:
        if self.in_summary and role.role == "text":
            return False  # "11:26 until 12:45, the server ..." opens a summary sentence
        if self.in_summary and role.role == "item" and first.range_end is not None:
            # "three periods of impact:" over "1. 11:48 PM - 2:40 AM: DynamoDB errors", "2.
            # 5:30 AM - 2:09 PM: NLB errors": each item one part's window, told side by side
            return False
        if role.role == "text" and not self.in_timeline and _cjk_comma_after(line, first.end):
            # "2025年11月23日 11点36分 (UTC时间)，Cloudflare发生中断。": a sentence opening
            # with its time, as "On 23 November at 11:36 UTC, ..." does in English
            return False
        if continues and role.role == "item":
            return False  # an item's sentence wrapped just before its time (see above)
        if continues and role.role == "text" and line[first.end:].lstrip(" \t*_")[:1].isalpha() \
                and self._sentence_wraps_to_a_time():
            # "... was unreachable around" / "13:00 for a few minutes": the time the sentence
            # goes on with, words right after it (a log's "08:20: ..." under a line cut off
            # after "at" is the log going on)
            return False
        if continues and not self.prev_line_entry and not self._previous_is_label() \
                and not self._previous_is_date_line() and not self._previous_is_broken_entry() \
                and not ((first.date is not None or _separated(line, first)
                          or (self.in_timeline and self._times_open_the_next_lines()))
                         and self._log_after_a_sentence()) \
                and not self._log_resumes_after_a_note() \
                and not self._lone_stamp_over_status() \
                and not self._lone_clock_over_words() \
                and not (first.clock is None and self._in_a_run_of_dated_openings()) \
                and not (self.in_timeline and line.lstrip()[:1] in _BULLET_GLYPHS) \
                and not self._glyph_items_of_times():
            # ("•\t2:20 - fix found" under a "•" note with no time, pasted from a word
            # processor: a bullet opens its own line in a timeline, it wraps no sentence;
            # anywhere, so do lines of such bullets each opening with a time)
            return False  # a wrapped sentence that happens to start with a time
        if first.clock is None:
            # a date alone starts an entry only with a separator after it (past a part of the
            # day: "Jan 31, late evening:")
            part = DAY_PART_RE.match(line, first.end)
            if part is None:
                # "- 2 June 2024 (UTC): customers notified": the day's zone in parentheses
                # before the separator
                zoned = DAY_ZONE_PAREN.match(line, first.end)
                if zoned is not None and _paren_zone(zoned.group("z")) is not None:
                    part = zoned
            after = line[part.end():part.end() + 6].lstrip(" *_") if part \
                else line[first.end:first.end + 8].lstrip(" \t*_")  # ("**July 19** —")
            if after[:1] in ("-", "–", "—") and not self.in_timeline \
                    and not line[first.end:].strip(" \t*_-–—"):
                # "• 23 July, 2015 -" among a post's byline items ("• Photon -", "• Tags :"):
                # the day it was posted, no entry with words of its own
                return False
            return after[:1] in (":", "-", "–", "—", "|") \
                or (after[:1] == "," and self._in_a_run_of_dated_openings())
        return True

    def _lone_stamp_over_status(self) -> bool:
        """A lone stamp with a status word alone on the line below ("Jan 5, 3:25 PM GMT+8"
        over "Monitoring"), inside a paragraph: a status log copied without blank lines,
        each update its stamp, its status and its words; not a wrapped sentence."""
        index = self._current
        return index + 1 < len(self.lines) and self._lone_stamp(index) \
            and STATUS_ALONE_RE.fullmatch(self.lines[index + 1]) is not None

    def _glyph_items_of_times(self) -> bool:
        """The line and the one above or below it are items of a list pasted from a word
        processor, each opening with its bullet glyph and a number ("• 09:10 ...", "o
        2006-04-07 11.30 AM"): each line its own item, not a sentence wrapped."""
        index = self._current
        if GLYPH_ITEM.match(self.lines[index]) is None:
            return False
        return any(0 <= n < len(self.lines) and GLYPH_ITEM.match(self.lines[n]) is not None
                   for n in (index - 1, index + 1))

    def _lone_clock_over_words(self) -> bool:
        """A time alone on its line right under a finished sentence, its words on the lines
        below, and another time alone a few lines on ("All times are CEST." over "12:10",
        "The change was applied.", "12:20", "Engineers were paged."): a page copied as text,
        each event's time its own line; not a sentence wrapped onto a time, which leaves
        words on the time's line or ends the line above unfinished."""
        index = self._current
        if index < 1 or index + 1 >= len(self.lines) or not self._clock_alone(index):
            return False
        previous = self.lines[index - 1].rstrip(" \t*_")
        following = self.lines[index + 1].lstrip(" \t*_")
        if not previous.endswith((".", "!", "?", ":")) or not following[:1].isupper() \
                or self._opens_with_time(index + 1):
            return False
        block = self.roles[index].block
        for k in range(index + 2, min(len(self.lines), index + 2 + NOTE_LINES)):
            if self.roles[k].block != block:
                return False
            if self._clock_alone(k):
                return True
        return False

    def _clock_alone(self, k: int) -> bool:
        """Line `k` holds a time of day (with its day or not) and nothing else: "12:10",
        "**9:45 PM EST**", "Jan 5, 4:10 AM GMT+8"."""
        exprs = self.scan_line(k)
        return bool(exprs) and exprs[0].clock is not None \
            and not _rest(self.lines[k], exprs[0]) \
            and not self.lines[k][:exprs[0].start].strip(" \t*_")

    def _log_after_a_sentence(self) -> bool:
        """A run of lines opening with times right below a finished sentence that opens with
        none, no blank line between (a web page copied as text): "All times below are in
        UTC." over "2019-02-04 02:45: ...", "2019-02-04 02:50: ...": with a date, the log's
        first entry, not a sentence wrapped onto a line that starts with a time."""
        index = self._current
        if index < 1 or index + 1 >= len(self.lines):
            return False
        previous = self.lines[index - 1].rstrip(" \t*_")
        return previous.endswith((".", "!", "?")) and not self._opens_with_time(index - 1) \
            and self._opens_with_stamp(index + 1)

    def _times_open_the_next_lines(self) -> bool:
        """The two lines below this one open with times too: in a timeline's section, a
        run of "14:28 restart begins" lines under the sentence that introduces them ("The
        following is taken from the chat log."), no blank line between, is a log; a
        sentence wrapped onto a time does not go on opening each line with one."""
        index = self._current
        return index + 2 < len(self.lines) and self._opens_with_time(index + 1) \
            and self._opens_with_time(index + 2)

    def _opens_with_stamp(self, j: int) -> bool:
        """Line `j` opens with a time, behind its marks or a status word ("UPDATE 7 May
        19:27 UTC - ..."): a log's line."""
        if self._opens_with_time(j):
            return True
        exprs = self.scan_line(j)
        lead = LEAD_RE.match(self.lines[j])
        status = STATUS_WORD_RE.match(self.lines[j], lead.end() if lead else 0)
        return bool(exprs) and status is not None and exprs[0].start <= status.end() + 1

    def _log_resumes_after_a_note(self) -> bool:
        """A finished sentence or a note in parentheses on a line of its own between a log's
        entries, no blank line around it ("15:06 line tripped", "(The lines above are near
        Cleveland.)", "15:08 power swings"): a remark on the entries above; the log goes on
        below it, its lines no sentence wrapped onto a time."""
        index = self._current
        note = self.lines[index - 1].rstrip(" \t*_") if index >= 2 else ""
        finished = note.endswith((".", "!", "?", ")"))
        # a few lines of the entry's own words under it ("14:45 UTC: Issue Identification",
        # "The on-call engineer received alerts ...", "Logs were analysed ..."), the last a
        # finished sentence, or this line opening as the entry above does ("4:30 pm - ..."
        # over its wrapped words, then "5:00 pm - ..."): the log goes on below them
        for above in range(index - 1, max(0, index - 1 - NOTE_LINES), -1):
            if not self.lines[above].strip() or self._opens_with_time(above):
                return False  # (a blank line ends the entry's words: another paragraph)
            if (above - 1) in self.entry_lines:
                return finished or self._opens_alike(above - 1, index)
        return False

    def _opens_alike(self, one: int, other: int) -> bool:
        """Lines `one` and `other` open with a time written the same way, to the mark after
        it: "4:30 pm - The server ..." and "5:00 pm - We updated ...", indent and all."""
        first, second = self.scan_line(one), self.scan_line(other)
        if not first or not second:
            return False
        a, b = self.lines[one], self.lines[other]
        return _shape(_opening(a, first[0].end)) == _shape(_opening(b, second[0].end))

    def _previous_is_broken_entry(self) -> bool:
        """The line above opens with a time-shaped figure pmlint could not read ("10.30 AMM:
        Debugging begins") and the line above it is an entry: one entry of a run is
        misspelled; the lines below it are still the run's entries."""
        index = self._current - 1
        return index >= 1 and (index - 1) in self.entry_lines \
            and TIME_SHAPED.match(self.lines[index]) is not None and not self.scan_line(index)

    def _previous_is_date_line(self) -> bool:
        """A day written alone just above, no blank line between, over a run of lines that
        open with times ("Sat 2 March 2024", then "18:40  disk fails", "18:52  degraded"):
        the day heads the log below it, as a heading would; the times are its entries (a
        lone entry too, when the paragraph ends after it)."""
        index = self._current - 1
        if index < 0:
            return False
        below = index + 2  # the line after this one: another time, or the paragraph's end
        if below < len(self.lines) and not self._opens_with_time(below) \
                and self.roles[below].role == "text" \
                and self.roles[below].block == self.roles[index].block:
            return False
        exprs = self.scan_line(index)
        if len(exprs) != 1:
            return False
        day = exprs[0]
        if day.clock is not None or day.date is None or day.date.day is None \
                or day.range_end is not None:
            return False
        line = self.lines[index]
        rest = (line[:day.start] + " " + line[day.end:]).strip(" \t*_#:-–—()[]|.,")
        return len(rest.split()) <= 2  # "Day 1 - Sat 2 March", not a sentence with a date

    def _previous_is_label(self) -> bool:
        """"Timeline:" or a bare "Timeline" just above: the lines below are its entries."""
        index = self._current - 1
        if index < 0:
            return False
        previous = self.lines[index].strip().rstrip("*_ ")
        if not previous.isascii():
            previous = _without_trailing_symbols(previous).rstrip("*_ ")  # "Timeline ⏰"
            previous = previous.translate(FULL_WIDTH_PARENS)
        if NUMBER_MARK_ALONE.fullmatch(previous):
            return True  # "(1)" over the first incident's entries: a part's number, a label
        if previous.endswith(")") and "(" in previous:  # a column header: "Time (EAT)"
            previous = previous[:previous.rindex("(")].rstrip()
        # "**Progress** (for the shop)", "[Course of events]", "【経過】": the label in its
        # emphasis or its brackets
        previous = previous.rstrip("*_ ]】」』")
        return previous.endswith(":") or (
            len(previous.split()) <= 6 and previous[-1:].isalpha() and not self.scan_line(index))

    def _field(self, i: int, line: str, m: re.Match[str]) -> bool:
        if '"' in line and self._record_stamp(i, line):
            return True
        label = m.group("label").strip()
        name = _field_name(label)
        if ELAPSED_LABEL.fullmatch(name):
            exprs = [e for e in self.scan_line(i) if e.start >= m.start("value")]
            if exprs and all(_bare_clock(e) for e in exprs):
                return True  # "Time to resolve: 01:35": how long it took, no instant
        if name not in TIME_FIELDS and name not in OTHER_FIELDS and len(name.split()) <= 4 \
                and _names_span(name) and not WATCH_LABEL.search(name) \
                and not _names_timeline(name):
            # "Outage Duration", "Impact window": the incident's span ("Incident timeline:"
            # is the label over its entries)
            name = "duration"
        if name == "duration":
            exprs = [e for e in self.scan_line(i) if e.start >= m.start("value")]
            if exprs and all(_bare_clock(e) and e.range_end is None for e in exprs):
                self.fields.append(Field(i + 1, m.start("label") + 1, name, label,
                                         m.group("value").strip(), m.start("value") + 1,
                                         False))
                for d in scan_durations(line[m.start("value"):], in_duration_field=True) \
                        or _clock_shaped_length(line, m.start("value")):
                    self._add_duration(i, m.start("value") + d.start, d)  # "2:30 hours"
                return True  # "Duration: 01:35:00": a length, no instant
        if (name in IMPACT_FIELDS or (name in TOTAL_FIELDS and self._under_bound_fields(i))) \
                and _opens_with_a_length(m.group("value")):
            # "Impact: 90 minutes", "Total impact: ~1h30m", "Total: 43 minutos": its length
            name = "duration"
        if name not in TIME_FIELDS and name not in OTHER_FIELDS:
            if (not self.in_timeline and PAGE_STAMP_LABEL.fullmatch(label) is not None) \
                    or GENERATED_LABEL.fullmatch(label) is not None:
                # "Review date: 2024-02-14", "| Report written | ... |", "Previous incident:":
                # the write-up's own dates or another incident's, told beside the facts
                for expr in self.scan_line(i):
                    if expr.start >= m.start("value"):
                        self._prose(i, line, expr)
                return True
            if not self._unnamed_milestone(i, line, m):
                return False
            # "First deteceted: 2024-07-25 12:10" above "Incident declared: ...": a milestone
            # of a list of them whose label the lexicon lacks; its time is the summary's, as
            # its neighbours' are, not an entry of the log below
            for expr in self.scan_line(i):
                if expr.start >= m.start("value"):
                    self._prose(i, line, expr)
            return True
        if name in TIME_FIELDS and m.group("paren") and not any(
                e.start >= m.start("value") for e in self.scan_line(i)) and any(
                m.start("paren") <= e.start < m.end("paren") and e.clock is not None
                for e in self.scan_line(i)):
            # "Resolved (Mar 4, 15:10 UTC): This incident has been resolved.": a status
            # update stamped in its label's parentheses, not a field without a time
            return False
        if name in TIME_FIELDS:
            first = next((e for e in self.scan_line(i) if e.start >= m.start("value")), None)
            if first is not None and _SENTENCE_END.search(line, m.start("value"), first.start):
                # "**Resolved**: The issues have been resolved. At 05:29 this morning, a
                # file system crashed.": a status update's words, whose times are told in
                # its sentences, not the moment the label names
                return False
        if name in NOUN_STEP_FIELDS and not self.in_summary:
            stamps = [e for e in self.scan_line(i) if e.start >= m.start("value")]
            if stamps and stamps[0].range_end is None and _rest(line, stamps[0]):
                # "**Issue Detected:** May 10, 08:00 AM - text": a step told with its words
                return False
        if name in TIME_FIELDS and self.in_timeline and not self.in_summary:
            stamps = [e for e in self.scan_line(i) if e.start >= m.start("value")]
            if stamps and stamps[0].range_end is None and _rest(line, stamps[0]):
                # "**Detected:** May 10, 08:00 AM - alerts fired" under "Timeline:": a step
                # of the timeline, labelled by its phase, not a header field
                return False
            if stamps and stamps[0].range_end is None and stamps[0].clock is not None \
                    and FIELD_PHASES[name] not in ("start", "end", "other") \
                    and (name in NOUN_STEP_FIELDS or self._in_a_run_of_labelled_times(i)):
                # "Issue detected: 14:12", "Rollback started: 14:40", "Service restored:
                # 15:02" under "Timeline": the steps of the timeline, each labelled
                return False
        value = m.group("value").strip()
        if name not in TIME_FIELDS and name != "duration":
            first = next((e for e in self.scan_line(i) if e.start >= m.start("value")), None)
            lead = LEAD_RE.match(line, m.start("value"))
            if first is not None and lead is not None and first.start <= lead.end():
                if name != "impact" or first.range_end is None:
                    return False  # "Resolution: 04:30 AM - text" is a labelled timeline entry
                name = "duration"  # "Impact: 13:00–15:30 UTC": the window of the impact
        value_column = m.start("value") + 1
        heads = not value and (self._heads_block(i, heading_span=_names_span(name))
                               or self._section_label_over_fields(i, name))
        self.fields.append(Field(i + 1, m.start("label") + 1, name, label, value,
                                 value_column, heads))
        self._close_body_if_outside(i)
        if name == "duration" and value:
            for d in _before_a_sum(line[m.start("value"):],
                                   scan_durations(line[m.start("value"):],
                                                  in_duration_field=True)):
                self._add_duration(i, m.start("value") + d.start, d)
        elif name == "duration" and i + 1 < len(self.lines):
            # "Outage Length:" alone on its line, "3 Hours 21 Minutes - Down Notification to
            # Up Notification" on the next: the label's value, written below it
            below = self.lines[i + 1]
            indent = len(below) - len(below.lstrip())
            if _opens_with_a_length(below.strip()):
                for d in _before_a_sum(below[indent:],
                                       scan_durations(below[indent:], in_duration_field=True)):
                    self._add_duration(i + 1, indent + d.start, d)
        exprs = [e for e in self.scan_line(i) if e.start >= m.start("value")]
        paren_zone = zones.parse_zone_option(m.group("paren")) if m.group("paren") else None
        ranged = name == "duration" and any(e.range_end is not None for e in exprs)
        if i < self.front_matter_end and name == "resolved at" \
                and self._placeholder_resolution(value):
            return True  # "resolved: false", "resolvedWhen:" the page's own creation time
        if name in TIME_FIELDS or ranged:
            source = "timeline" if self.in_timeline and name in ("time", "when") else "summary"
            previous_end = m.start("value")
            field_text = f"{label}: {value}"[:PROSE_WINDOW]
            kind = "field"
            if source == "timeline" and len(exprs) == 1 and not _rest(line, exprs[0]) \
                    and (told := _told_below(self.lines, i)) is not None:
                # "Time: 14:05" over "Event: cache flushed": an entry, told on the next line
                field_text, kind = told, "entry"
            planned = self._planned_window(i)
            for expr in exprs:
                if i < self.front_matter_end:
                    # a status page's metadata ("resolvedWhen:") records when the page was
                    # updated: within minutes of the event, not a claim to the minute
                    expr = replace(expr, approximate=True)
                if paren_zone is not None and expr.zone is None:
                    expr = replace(expr, zone=paren_zone, zone_written=m.group("paren"),
                                   inherited=(*expr.inherited,
                                              f"zone {paren_zone.label} from the field name"))
                # "Start time: X, End time: Y": each time takes the label written before it
                inline = INLINE_FIELD.search(line, previous_end, expr.start)
                own = " ".join(inline.group("label").lower().split()) if inline else name
                previous_end = expr.range_end.end if expr.range_end else expr.end
                if own not in TIME_FIELDS and inline is not None and expr is not exprs[0]:
                    # "Detection: 14:20 UTC. Resolution: 15:30 UTC.": a later label that
                    # names no time field is no part of the first; its words say the phase
                    self._prose(i, line, expr)
                    continue
                own = own if own in TIME_FIELDS else name
                self._add_entry(i, expr, field_text, source, kind, ("field", i),
                                field_name=own, planned=planned)
        else:
            for expr in exprs:
                self._prose(i, line, expr)
        return True

    def _placeholder_resolution(self, value: str) -> bool:
        """The front matter says the incident is not resolved ("resolved: false") and gives
        "resolvedWhen:" the minute of its own "date:": a status page form's placeholder (the
        page's creation time), no time the incident was resolved."""
        head = [self.lines[k] for k in range(min(self.front_matter_end, len(self.lines)))]
        stamp = STAMP_TO_THE_MINUTE.match(value.strip())
        return stamp is not None and any(NOT_RESOLVED.fullmatch(text) for text in head) \
            and any((m := DATE_FIELD_STAMP.match(text)) is not None
                    and m.group("stamp") == stamp.group(0) for text in head)

    def _unnamed_milestone(self, i: int, line: str, m: re.Match[str]) -> bool:
        """Outside a timeline, a label of one to three words and a stamp with nothing after
        it, next to a field the lexicon names with a time of its own ("Incident declared:
        2024-07-25 14:54"): one more milestone of that list, in words of the author's."""
        if self.in_timeline and not self.in_summary:
            return False
        if not 1 <= len(m.group("label").split()) <= 3:
            return False
        stamps = [e for e in self.scan_line(i) if e.start >= m.start("value")]
        if len(stamps) != 1 or stamps[0].clock is None or _rest(line, stamps[0]):
            return False
        if self._in_a_record_form(i):
            return True
        for j in (i - 1, i + 1):
            if not 0 <= j < len(self.lines):
                continue
            other = _field(self.lines[j])
            if other is None or FIELD_PHASES.get(_field_name(other.group("label").strip()),
                                                 "other") == "other":
                continue
            if any(e.start >= other.start("value") and e.clock is not None
                   for e in self.scan_line(j)):
                return True
        return False

    def _in_a_record_form(self, i: int) -> bool:
        """Line `i` is one of a block of `Name: value` lines, with no blank line between, whose
        names open with the same word as its own, one of them holding neither a time nor a
        date ("Ticket Number: 20240311_2", "Ticket State: CLOSED" around "Ticket Opened:
        2024-03-11 09:02"): a record's form, whose times are its own bookkeeping told beside
        the facts, not steps of the incident."""
        if i < self.front_matter_end:
            return False  # a page's front matter: its update list is the incident's log
        own = _field(self.lines[i])
        if own is None:
            return False
        word = own.group("label").split()[0].lower()
        lo = hi = i
        while lo > self.front_matter_end and lo - 1 > i - FORM_LINES \
                and _field(self.lines[lo - 1]) is not None:
            lo -= 1
        while hi + 1 < len(self.lines) and hi + 1 < i + FORM_LINES \
                and _field(self.lines[hi + 1]) is not None:
            hi += 1
        if hi - lo < 2:
            return False
        for j in range(lo, hi + 1):
            other = _field(self.lines[j])
            if j != i and other is not None and other.group("value").strip() \
                    and other.group("label").split()[0].lower() == word \
                    and not self.scan_line(j):
                return True
        return False

    def _field_columns(self, i: int, line: str) -> bool:
        """A ticket's header laid out in columns, fields side by side with wide gaps
        ("Ticket Opened: 20080207 17:13 UTC      Problem Start: 20080212 06:00 UTC"): each
        column is read as a field of its own (its times as prose when its name is no time
        field's), not the first field with the rest as its value. Two or more columns must
        hold a time, and one must be named as a time field."""
        columns: list[tuple[int, int]] = []
        for m in COLUMN_RE.finditer(line):
            if columns and line[columns[-1][0]:columns[-1][1]].rstrip("*_").endswith(":"):
                columns[-1] = (columns[-1][0], m.end())  # "Problem End:   20080213 18:30"
            else:
                columns.append((m.start(), m.end()))
        if len(columns) < 2 or not all(FIELD_RE.fullmatch(line, a, b) for a, b in columns):
            return False
        exprs = self.scan_line(i)
        timed = [[e for e in exprs if a <= e.start < b and e.clock is not None]
                 for a, b in columns]
        named = [_field_name(FIELD_RE.fullmatch(line, a, b).group("label").strip())
                 for a, b in columns]
        if sum(bool(t) for t in timed) < 2 or not any(
                name in TIME_FIELDS for name, t in zip(named, timed, strict=True) if t):
            return False
        self._read_columns(i, line, columns, exprs)
        return True

    def _read_columns(self, i: int, line: str, columns: list[tuple[int, int]],
                      exprs: list[TimeExpr]) -> None:
        """Each column of line `i` read as a line of its own, its place kept: a field, or
        its times as prose."""
        whole = self.lines[i]
        for a, b in columns:
            alone = " " * a + line[a:b] + " " * (len(line) - b)
            self.lines[i] = alone
            self._scans[i] = [e for e in exprs if a <= e.start < b]
            try:
                m = FIELD_RE.fullmatch(alone)
                if m is None or not self._field(i, alone, m):
                    for expr in self._scans[i]:
                        self._prose(i, alone, expr)
            finally:
                self.lines[i] = whole
                self._scans[i] = exprs
        self.prev_line_entry = False

    def _inline_time_fields(self, i: int, line: str) -> bool:
        """Time fields run together on a line behind other words ("Network Operations
        Center: Type: Issue State: Solved Start Time: 22-3-2014 18:45:47 End Time: 22-3-2014
        22:26:28"): when every time on the line, two or more, comes right after a label
        ending in a time field's name, each is read as that field."""
        exprs = self.scan_line(i)
        if len(exprs) < 2 or any(e.clock is None for e in exprs):
            return False
        columns: list[tuple[int, int]] = []
        previous_end = 0
        for expr in exprs:
            m = INLINE_FIELD.search(line, previous_end, expr.start)
            if m is None:
                return False
            words = m.group("label").split()
            at = next((k for k in range(len(words))
                       if _field_name(" ".join(words[k:])) in TIME_FIELDS), None)
            if at is None:
                return False
            start = m.start("label") + len(" ".join(words[:at])) + (1 if at else 0)
            columns.append((start, expr.range_end.end if expr.range_end else expr.end))
            previous_end = columns[-1][1]
        self._read_columns(i, line, columns, exprs)
        return True

    def _in_a_run_of_labelled_times(self, i: int) -> bool:
        """The line above or below is a label and a time too ("Rollback started: 14:40")."""
        for j in (i - 1, i + 1):
            if not 0 <= j < len(self.lines) or not self.lines[j].strip():
                continue
            other = _field(self.lines[j])
            if other is None:
                continue
            lead = LEAD_RE.match(self.lines[j], other.start("value"))
            at = lead.end() if lead else other.start("value")
            if any(other.start("value") <= e.start <= at and e.clock is not None
                   for e in self.scan_line(j)):
                return True
        return False

    def _record_stamp(self, i: int, line: str) -> bool:
        """A status log kept as data records (a script's or JSON's objects): `date:"29/10/2013
        - 14:20",` over `update:"We are back!"`. In a document with three or more such
        stamps, each is an entry, its text the record's update (or title) below it."""
        m = RECORD_STAMP.fullmatch(line)
        if m is None:
            return False
        if self._record_lines is None:
            self._record_lines = {j for j, text in enumerate(self.lines)
                                  if '"' in text and self._stamps_a_record(j, text)}
        if len(self._record_lines) < 3 or i not in self._record_lines:
            return False
        expr = next(e for e in self.scan_line(i)
                    if m.start("value") <= e.start < m.end("value") and e.clock is not None)
        found: dict[str, str] = {}
        for j in range(i + 1, min(len(self.lines), i + 13)):
            if j in self._record_lines:
                break
            text = RECORD_TEXT.match(self.lines[j])
            if text is not None:
                found.setdefault(text.group("key").lower(), text.group("text"))
        said = next((found[k] for k in RECORD_TEXT_KEYS if k in found), "")
        self._close_body()
        self._add_entry(i, expr, _clean(said), "timeline", "entry", ("record", 0))
        self.prev_line_entry = False
        return True

    def _stamps_a_record(self, j: int, text: str) -> bool:
        m = RECORD_STAMP.fullmatch(text)
        return m is not None and any(m.start("value") <= e.start < m.end("value")
                                     and e.clock is not None for e in self.scan_line(j))

    def _month_year(self, i: int, text: str) -> bool:
        """A heading or line naming only a month and its year ("January 2024"), recorded
        as the year of the year-less dates below it."""
        month_year = MONTH_YEAR_RE.fullmatch(text) if len(text) <= 20 else None
        if month_year is None:
            return False
        year = int(month_year.group("y"))
        self.year_marks.append((i + 1, year, MONTHS[month_year.group("m").lower()[:3]]))
        return True

    def _field_month_year(self, i: int, value: str) -> None:
        """A field that dates the report by its month and year only ("Date: September
        2021", "Retrospective Period: September - October 2021"): the year of the year-less
        dates below it, as a "September 2021" line of its own gives it."""
        text = _clean(value).rstrip(" .")
        if not 7 <= len(text) <= 40 or not text[-4:].isdigit():
            return
        m = MONTH_SPAN_YEAR_RE.fullmatch(text)
        if m is not None:
            self.year_marks.append((i + 1, int(m.group("y")), MONTHS[m.group("m").lower()[:3]]))

    def _day_mark(self, i: int, text: str) -> bool:
        """A heading or label inside a timeline that names only a day: "Tuesday", "Day 2",
        "The next morning". It starts no new story; the entries under it are a day on."""
        if not (self.in_timeline or self.section_entries) or len(text) > 24:
            return False  # in a timeline, or among a section's entries with no such heading
        m = DAY_MARK_RE.fullmatch(text.rstrip(" :*_").lower())
        if m is None:
            back = STEP_BACK_LABEL_RE.fullmatch(text.rstrip(" :,*_").lower())
            if back is None:
                return False
            # "Earlier that morning:" over the entries it steps back to
            self.day_marks.append((i + 1, -1, 0 if back.group("same") else -1))
            self._close_body()
            return True
        self.day_marks.append((i + 1, *_day_named(m)))
        self._close_body()
        return True

    def _incident_label(self, i: int, line: str) -> bool:
        """A line numbering one of several incidents told in one file ("Incident 1: login
        service", "**Incident 2:**", "(2) Upload outage", a bare "(2)"), with timed entries
        just below:
        each incident is a scope of its own (its entries are not ordered against the other's).
        Only in a series: "1" needs a "2" of the same form further down, "2" a "1" above."""
        head = line.lstrip(" \t*_")[:1]  # "(" or "incident" opens the number's form
        m = INCIDENT_NUMBER_RE.match(line) if head in "(iI" or not head.isascii() else None
        if m is None:
            return False
        form = "paren" if m.group("p") else "word"
        number = int(m.group("p") or m.group("w"))
        if number == 1:
            following = (INCIDENT_NUMBER_RE.match(text) for text in self.lines[i + 1:])
            if not any(f is not None and int(f.group("p") or f.group("w")) == 2
                       and ("paren" if f.group("p") else "word") == form for f in following):
                return False
        elif (form, number - 1) not in self.incident_labels:
            return False
        if not any(self.lines[j].strip() and self._opens_with_time(j)
                   for j in range(i + 1, min(len(self.lines), i + 5))):
            return False
        self.incident_labels.add((form, number))
        self.scope = f"{_clean(line)} (line {i + 1})"
        self._close_body()
        return True

    def _label(self, line: str, exprs: list[TimeExpr]) -> bool:
        """A short line such as "Timeline:" or "Issue Detection:" names a sub-section."""
        if exprs:
            return False
        if self.in_timeline and (part := PART_LABEL.fullmatch(line)) is not None:
            # "LON1:", "AMS3:", "eu-west-1:" over entries of their own: each site's or part's
            # story, which may start again from the morning (a scope of its own, not a day on)
            self.section = part.group("code")
            self.scope = f"{self.section} (line {self._current + 1})"
            self._close_body()
            return True
        if line.rstrip().endswith(")"):
            # "**Timeline of Events** (Time in Central Time)", or the same with the
            # parentheses in a "<small>" tag (masked to blanks): the parentheses are the
            # label's, as in "**Timeline (UTC)**"
            line = PAREN_AFTER_EMPHASIS.sub(r" \2\1", line)
        if not line.isascii():
            line = _without_trailing_symbols(line)  # "Timeline ⏰", "Root Cause 🛠️": the word
        bare = line.rstrip()
        core = bare.rstrip("*_")
        if core.endswith(".") and not core.endswith(".."):
            line = core[:-1] + bare[len(core):]  # "**Corrected timeline (BST).**": a full stop
        asked = core.endswith("?") and not core.endswith("??")
        if asked:
            # "What was the timeline of the incident?" ... "What was the root cause?": a report
            # laid out as questions and answers names its timeline by asking, and the question
            # after it opens the next section, whatever it asks. Other questions (a template's
            # prompts, "How was the issue detected?") name no section.
            if not (_names_timeline(core) or (self.in_timeline and self.timeline_asked)):
                return False
            line = core[:-1] + ":" + bare[len(core):]
        if not line.rstrip().rstrip("*_").endswith(":") and not (
                self.in_timeline and self.section_level == 7) and not _names_timeline(line):
            return False  # a label ends with a colon, names a timeline or is a plain title
        m = LABEL_RE.fullmatch(line) if _NOT_IN_A_LABEL.search(line) is None else None
        if m is not None and len(m.group("label").split()) <= 7:
            text = m.group("label").strip()
        elif m is None and (text := _timeline_title_in_its_script(line)):
            pass  # "経緯", "タイムライン（JST）" alone on a plain line: a title in its own script
        else:
            return False
        if not line.rstrip().rstrip("*_").endswith(":") and not _names_timeline(text) \
                and not (self.in_timeline and self.section_level == 7 and self._plain_title(text)):
            return False
        if _names_timeline(text):
            self.in_timeline = True
            self.timeline_asked = asked
            self.section_entries = 0
            self.section_code_entries = False
            self.section_level = 7
            self.section_zone = self._zone_in(line)
        elif self.in_timeline and self.section_level == 7 and (
                asked or SECTION_END_WORDS.search(text)):
            self.in_timeline = False
            self.section_zone = None
        self.section = text
        if not self.in_timeline or _names_timeline(text):
            # "Detection:" inside a timeline is a sub-label, not a new scope
            self.scope = f"{text} (line {self._current + 1})"
        self.in_summary = _says_summary(text) and not self.in_timeline
        self._close_body()
        return True

    def _planned_window(self, i: int) -> bool:
        """The field on line `i` is one of a planned window's: its label or heading, or the
        line that leads into its block of fields (ending with a colon, or a title), names
        planned maintenance and not the incident."""
        if self.section and _plans_window(self.section):
            return INCIDENT_NOUN.search(self.section) is None
        for j in range(i - 1, max(-1, i - 1 - LEAD_IN_LINES), -1):
            text = self.lines[j].strip()
            if not text or _field(self.lines[j]) is not None:
                continue  # a blank line, or another field of the block
            core = text.rstrip("*_ \t")
            titled = core.endswith(":") or text.startswith(("#", "**", "__"))
            return titled and _plans_window(text) \
                and INCIDENT_NOUN.search(text) is None
        return False

    def _next_question(self, i: int, line: str) -> bool:
        """The next question of a report laid out as questions and answers, whose timeline
        a question named ("What was the timeline?" ... "Why did it fail?"): a short question
        standing alone after a blank line opens the next section."""
        if not (self.in_timeline and self.section_level == 7 and self.timeline_asked):
            return False
        core = line.strip().rstrip("*_")
        return core.endswith("?") and core[:1].isupper() and len(core.split()) <= 7 \
            and (i == 0 or not self.lines[i - 1].strip()) \
            and _NOT_IN_A_LABEL.search(core[:-1]) is None

    def _plain_title(self, text: str) -> bool:
        """A plain-text document's section title: a short line after a blank one, without a
        sentence's end ("Root Cause", "Lessons learned"), naming a section after the
        timeline."""
        i = self._current
        alone = i == 0 or not self.lines[i - 1].strip()  # a blank line above it
        if not alone and text[:1].isupper() and self.entries \
                and self.entries[-1].line == i and self.entries[-1].source == "timeline":
            # "7:58 PM: traffic back" over "Root Cause and Resolution", no blank line between:
            # a title that opens with a section's words, right under the timeline's last
            # entry, ends the timeline (the prose below it is no entry)
            m = SECTION_END_WORDS.search(text)
            alone = m is not None and m.start() == 0
        return alone and len(text.split()) <= 6 and text[-1:] not in ".!?,;" \
            and SECTION_END_WORDS.search(text) is not None

    # -- helpers ----------------------------------------------------------------------------

    def _times_before(self, i: int, start: int) -> list[TimeExpr]:
        """The times on line `i` that end by `start`. Of a line whose times stand in order
        and apart (as the lexer gives them), the last such one only, found by halving: a line
        of thousands of times costs each a look, not the whole line."""
        exprs = self.scan_line(i)
        apart = self._apart.get(i)
        if apart is None:
            apart = self._apart[i] = all(a.end <= b.start
                                         for a, b in itertools.pairwise(exprs))
        if not apart:
            return [e for e in exprs if e.end <= start]
        k = bisect.bisect_right(exprs, start, key=lambda e: e.end)
        return [exprs[k - 1]] if k else []

    def _prose(self, i: int, line: str, expr: TimeExpr, within_entry: bool = False) -> None:
        """A time in running text; its text is the sentence around it (bounded, so a huge
        line with many times costs linear time, not the line once per time). One told
        `within_entry`, in a timeline entry's own words, marks no phase: the entry tells
        the step, and the time is no claim of a summary to hold the timeline to. A time
        in a sentence announcing work for a day ahead is none of the incident's."""
        if _announced_for_a_day_ahead(line, expr) or _planned_for(line, expr) \
                or _recurring(line, expr) or _next_update_at(line, expr):
            return
        context = line[max(0, expr.start - 80):expr.start]
        if expr.date is not None and expr.clock is not None \
                and (verb := _STARTING_INSIDE.search(line, expr.start, expr.end)) is not None:
            # "On Oct 15, starting at approximately 20:00 UTC": the verb the stamp took in
            # between its date and clock still tells the onset
            context = f"{context} {verb.group(0)}"
        before = self._times_before(i, expr.start)
        if before and _listed_after(line, before[-1], expr) and _recurring(line, before[-1]):
            return  # ("Monday to Friday, 10 AM to 1 PM and 3 PM to 4 PM": the schedule's too)
        previous = max((e.end for e in before), default=-1)
        own = line[max(previous, expr.start - 80):expr.start] if previous >= 0 else None
        if not before and (_only_leads(line[:expr.start])
                           or _goes_on(line[:expr.start])):
            # for the phase only: the context stays the line's own (dating reads it too)
            lead = self._wrapped_lead(i, 80 - expr.start, line[:expr.start])
            own = lead + context if lead else None
        opening = context if not before else line[previous:expr.start]
        own_after = False
        date = max(before, key=lambda e: e.end) if before else None
        if date is not None and date.clock is None \
                and _DATE_THEN_PAREN.fullmatch(line, date.end, expr.start) is not None:
            # "on June 28, 2023 (11:25 AM)": the time of the date right before it, told by the
            # date's words; when the date opens the sentence ("On 31st January 2023 (10am GMT
            # + 1), we experienced a server outage"), by the words after the parenthesis
            context = line[max(0, date.start - DATE_CONTEXT):expr.start]
            own, before = None, []
            close = _PAREN_CLOSE.match(line, expr.end)
            if close is not None \
                    and _sentence_so_far(line[:date.start]).strip(" \t*_>-").lower() == "on":
                own, own_after = _up_to_the_break(line, close.end(), self.scan_line(i)), True
        elif (own is None or _SENTENCE_END.search(opening)) and _STATE_LEAD.fullmatch(
                _sentence_so_far(opening).strip(" \t*_>-")) is not None:
            # "By 10:40 service was restored.": the time opens its sentence with "by", the
            # state reached then told after it ("At 10:40, ..." may tell the whole story)
            skip = len(line) - len(line[expr.end:].lstrip(" \t,"))
            own, before, own_after = _up_to_the_break(line, skip, self.scan_line(i)), [], True
        elif _opens_with_at(line, expr, date):
            # "At 2pm we were notified that ...", "At 14:05 UTC, monitoring detected errors",
            # "On 3 May at 09:10, ...": the time opens its sentence with "at"; the words
            # after it, to the next break, tell what happened then
            skip = len(line) - len(line[expr.end:].lstrip(" \t,"))
            own, before, own_after = _up_to_the_break(line, skip, self.scan_line(i)), [], True
        elif not line.isascii() and _CJK_STEP_AFTER.match(line, expr.end) is not None:
            # "25日07時45分に復帰しました", "10时30分恢复正常", "03시 10분에 복구": Japanese,
            # Chinese and Korean tell the step after its time, up to the clause's end
            own, before, own_after = _cjk_words_after(line, expr.end, self.scan_line(i)), \
                [], True
        elif (own is None or not before) and _VERB_FINAL_LEAD.search(
                line, max(0, expr.start - 30), expr.start) is not None:
            # "Der Dienst war um 10:35 Uhr wiederhergestellt", "De dienst was om 10:35 hersteld",
            # "Tjänsten var återställd kl. 10.35" aside: German, Dutch and the Nordic languages
            # put the participle that tells the step after the time
            skip = len(line) - len(line[expr.end:].lstrip(" \t,"))
            own, before, own_after = (f"{line[max(0, expr.start - 30):expr.start]} "
                                      f"{_up_to_the_break(line, skip, self.scan_line(i))}"), \
                [], True
        elif (verb := _REPORTED_AT_BEFORE.search(line, max(0, expr.start - 60), expr.start)) \
                is not None and (that := _THAT_AFTER.match(line, expr.end)) is not None:
            # "We were notified at approximately 3:45 PM that they had resolved the issue":
            # what was reported then is the step, told in the "that" clause after the time
            told = _up_to_the_break(line, that.end(), self.scan_line(i))
            own = f" {verb.group('verb')} that{told}"
            before, own_after = [], True
        elif (led := _led_by_its_clause(line, expr, opening, self.scan_line(i))) is not None:
            # "... to debug, fix the issue and test it and at around 2.30PM PST the website
            # was fully operational again": after a clause break, only "at" (or "by", "at
            # around") before the time; the words after it tell what happened then
            own, before, own_after = led, [], True
        own_only = False
        if own is not None and before:
            last = max(before, key=lambda e: e.end)
            if last.clock is not None and expr.start - last.end <= 200 \
                    and not _SENTENCE_END.search(line, last.end, expr.start) \
                    and _opens_a_clause(line, last.start):
                # "at 2:26 the users alerted our team, which began debugging at 2:30": the
                # earlier time opens its clause, whose words after it are its own; the later
                # time has only the words after the last break before it ("began
                # debugging"), or with none, the word right before it ("until")
                own, own_only = _after_the_break(own), True
                if _CLAUSE_LEAD.fullmatch(own.strip()) is not None or not own.strip():
                    # ", and by 13:06 all traffic had been restored": this time opens a
                    # clause too, whose words follow it (up to the next break or time)
                    own, own_after = _up_to_the_break(line, expr.end, self.scan_line(i)), True
        if len(line) <= PROSE_WINDOW:
            text = self._cleaned.get(i) or self._cleaned.setdefault(i, _clean(line))
        else:
            text = _clean(line[max(0, expr.start - PROSE_WINDOW // 2):expr.end + PROSE_WINDOW // 2])
        self._add_entry(i, expr, text, "summary", "prose", ("prose", i), context=context,
                        own_context=own, own_only=own_only, own_after=own_after,
                        planned=within_entry or _records_span(line, expr)
                        or (expr.range_end is not None and _range_set_aside(line, expr))
                        or _told_of_the_upstream_incident(self._paragraph_before(i, expr)))

    def _paragraph_before(self, i: int, expr: TimeExpr) -> str:
        """The text of line i's paragraph before `expr`, its hard-wrapped lines above joined
        by blanks, up to UPSTREAM_REACH characters."""
        before = self.lines[i][:expr.start]
        role = self.roles[i]
        j = i
        while len(before) < UPSTREAM_REACH and j > 0 and role.role == "text" \
                and role.block != 0 and self.roles[j - 1] == role:
            j -= 1
            before = f"{self.lines[j].rstrip()} {before}"
        return before[-UPSTREAM_REACH:]

    def _wrapped_lead(self, i: int, room: int, own: str) -> str:
        """The words that lead to a time near the start of line i, when the paragraph is
        hard-wrapped before it ("Engineers were alerted at" / "10:05 UTC and ...", "... were
        restored" / "at 10:40 UTC", "... and escalated to the" / "network team at 08:15"): the
        above line's text after its last time, up to `room` characters, with a space, when
        it ends with a word that a time follows ("at", "by", "until") or the line's `own`
        words go on with its sentence; else "" (a line of its own)."""
        role = self.roles[i]
        if i == 0 or role.role != "text" or role.block == 0 or self.roles[i - 1] != role:
            return ""
        above = self.lines[i - 1].rstrip()
        tail = above[max((e.end for e in self.scan_line(i - 1)), default=0):]
        words = tail.split()
        if not words:
            return ""
        if any(map(str.isalpha, own)):
            if tail.rstrip()[-1] in ".!?:;" or not _goes_on(own):
                return ""  # "At 9:17 ...": a sentence of its own
        elif words[-1].lower().strip("*_,~") not in _LEADS_TO_A_TIME:
            return ""
        return tail[-room:] + " "

    def _add_entry(self, i: int, expr: TimeExpr, text: str, source: str, kind: str,
                   block_key: tuple[str, int], field_name: str | None = None,
                   context: str = "", own_context: str | None = None,
                   own_only: bool = False, planned: bool = False,
                   own_after: bool = False) -> None:
        self.section_entries += source == "timeline"
        self.heading_entries += source == "timeline"
        if source == "timeline" and kind == "entry" and expr.clock is None:
            expr = self._clock_told_after(i, expr) or expr
        if block_key != self.last_block_key or kind != "entry":
            self.block_counter += 1
            self.last_block_key = block_key
        block = self.block_counter
        base = dict(text=text, source=source, kind=kind, field_name=field_name,
                    section=self.section, scope=self.scope, context=context,
                    own_context=own_context, own_only=own_only, own_after=own_after,
                    section_zone=self.section_zone,
                    block=block)
        if kind == "prose" and self.aftermath_level:
            base["aftermath"] = True
        if planned:
            base["aside"] = True
        part = "range-start" if expr.range_end is not None else "single"
        if source == "timeline":
            self.entry_lines.add(i)
        self.entries.append(RawEntry(line=i + 1, column=expr.start + 1, expr=expr,
                                     part=part, **base))  # type: ignore[arg-type]
        if expr.range_end is not None:
            end = expr.range_end
            base["context"] = f"{context} {expr.written} to "
            self.entries.append(RawEntry(line=i + 1, column=end.start + 1, expr=end,
                                         part="range-end", **base))  # type: ignore[arg-type]

    def _byline_stamp(self, i: int, stamp: TimeExpr) -> bool:
        """A day and a time alone on a line under the title, the document's first time and
        its only line that opens with one ("30/09/2020 06:27" between a news article's title
        and its paragraphs): when the page was posted, over an account whose own times are
        told in its sentences, not a status update's stamp over its words. Or its day alone
        on a line, then its time alone on the next ("8. srpna 2025", "17:40"), after the
        title's own dates or other such stamps."""
        dated = stamp.date is not None and stamp.date.day is not None
        if dated and stamp.clock is not None and not self.in_timeline and i <= BYLINE_LINES \
                and not any(e.expr.clock is not None for e in self.entries) \
                and self._earlier_day_told_below(i, stamp):
            self.posted_lines.add(i + 1)
            return True  # "Sat Mar 15 08:00:00 UTC 2025" over "On Tue Mar 4th the mirror was
            # offline ...": a mail's or a post's date, over an account of an earlier day
        if stamp.clock is None or self.in_timeline or i > BYLINE_LINES \
                or (dated and self.entries) \
                or (not dated and not self._under_a_day(i)) \
                or any(e.expr.clock is not None and (e.source == "timeline"
                                                     or not self._time_alone_on_line(e.line - 1))
                       for e in self.entries) \
                or sum(1 for j in range(i) if self.lines[j].strip()
                       and not self._time_alone_on_line(j)) > BYLINE_REACH:
            return False
        told: list[int] = []  # the times of day of the clocks alone opening the lines below
        for j in range(i + 1, len(self.lines)):
            exprs = self.scan_line(j)
            if exprs and self.roles[j].role != "code":
                opening, _ = self._content_start(self.lines[j], exprs)
                if exprs[0].start <= opening and not self._time_alone_on_line(j, day_only=True) \
                        and not (self._time_alone_on_line(j) and self._under_a_day(j)):
                    # a line that opens with a time (after its marks, lead words and status
                    # word: "UPDATE 9:40am ..."): a log's entry, unless another byline's
                    clock = exprs[0].clock
                    if exprs[0].date is not None or clock is None:
                        return False
                    told.append(clock.hour * 60 + clock.minute)
        # a log of clocks alone below ("09:15 AM: ...", "12:09 PM: ..."), every one of them
        # before the stamp's time of day: the account of that day, posted after it ended, the
        # stamp its posting (a log's first entry comes before the ones it leads)
        return not told or (len(told) >= BYLINE_LOG_ENTRIES and max(told) < (
            stamp.clock.hour * 60 + stamp.clock.minute))

    def _earlier_day_told_below(self, i: int, stamp: TimeExpr) -> bool:
        """The paragraph right below a stamp (past blank lines) tells a day of its own, with
        its month, earlier than the stamp's: the story of a day before the stamp's."""
        assert stamp.date is not None
        j = i + 1
        while j < len(self.lines) and not self.lines[j].strip():
            j += 1
        if j >= len(self.lines) or self.roles[j].role != "text":
            return False
        mine = stamp.date
        for expr in self.scan_line(j):
            told = expr.date
            if told is None or told.month is None or told.day is None or mine.month is None:
                continue
            if told.year is not None and mine.year is not None and told.year != mine.year:
                return told.year < mine.year
            return (told.month, told.day) < (mine.month, mine.day or 0)
        return False

    def _time_alone_on_line(self, j: int, day_only: bool = False) -> bool:
        """A line that holds one time and nothing else ("17:40"), or a day's date and nothing
        else ("8. srpna 2025", "June 3, 2024"): a byline's stamp, or a heading of days."""
        exprs = self.scan_line(j)
        if len(exprs) != 1 or (day_only and (exprs[0].clock is not None
                                             or exprs[0].date is None
                                             or exprs[0].date.day is None)):
            return False
        line = self.lines[j]
        return not line[:exprs[0].start].strip(" \t*_#>-•") \
            and not line[exprs[0].end:].strip(" \t*_.,")

    def _under_a_day(self, i: int) -> bool:
        """The nearest line above with words holds a day's date alone: "8. srpna 2025" over
        "17:40", a byline's day over its time."""
        above = next((j for j in range(i - 1, -1, -1) if self.lines[j].strip()), None)
        return above is not None and self._time_alone_on_line(above, day_only=True)

    def _clock_told_after(self, i: int, expr: TimeExpr) -> TimeExpr | None:
        """An entry keyed by its date whose time its words tell ("| 3 August - outage |
        Errors began around 20:50 ... |", "- 4 March 2024: alerts fired at 14:20"): the
        first clock after the date, on that date, is the entry's time. None when the date
        is not a day's, or no clock without a date of its own follows on the line."""
        date = expr.date
        if date is None or date.day is None or date.range_end is not None \
                or expr.range_end is not None:
            return None
        told = next((e for e in self.scan_line(i) if e.start >= expr.end), None)
        if told is None or told.clock is None or told.date is not None:
            return None
        note = f"date {date.written} written at the line's start"
        return replace(told, date=date, inherited=(*told.inherited, note))

    def _updates_below(self, i: int) -> bool:
        """Under the heading on line `i`, the first line with words opens with a label in
        bold ("**Notice**: ...", "**Resolve**: ...") or a status word's label ("Resolved:")
        and a line before the next heading
        holds a stamp of its own, a day and a time: a status log's updates."""
        first = next((j for j in range(i + 1, min(len(self.lines), i + 4))
                      if self.lines[j].strip()), None)
        if first is None or (BOLD_LABEL.match(self.lines[first]) is None
                             and STATUS_LABEL_RE.match(self.lines[first]) is None):
            return False  # (a status word's label plain too: a Word or HTML copy's "Resolved:")
        for j in range(first, min(len(self.lines), i + UPDATE_REACH)):
            if self.roles[j].role == "heading":
                return False
            if any(e.clock is not None and e.date is not None and e.date.day is not None
                   for e in self.scan_line(j)):
                return True
        return False

    def _open_body(self, i: int, *, needs_text: bool, until: int | None = None) -> None:
        self.status_words_below = False
        self.body_owner = len(self.entries) - 1 if needs_text else None
        self.body_line = i
        self._body_parts = []
        self._body_told = False
        if until is not None:
            self.body_until = until
        else:
            self.body_until = self._next_boundary(i)

    def _paragraph_of_its_own(self, i: int) -> bool:
        """Line `i` is plain text a blank line below an entry that has its own words: a
        paragraph of its own ("The team restarted apache2 at 10:00 AM."), or a list's item
        ("What happened:" over "* At 10:02am PT: pages fired"), whose time is told in prose,
        not part of the entry above."""
        return self.body_owner is None and self.roles[i].role in ("text", "item") \
            and self.roles[self.body_line].role == "text" \
            and any(not self.lines[j].strip() for j in range(self.body_line + 1, i))

    def _next_boundary(self, i: int) -> int:
        """The line where an entry's text ends: the next heading or timestamp-led line, or
        a plain text's break past the entry's first paragraph: a rule of "= = =" or "***",
        or a title standing alone between blank lines ("Node 15 Arizona Data Loss")."""
        first_text = True
        for j in range(i + 1, min(len(self.lines), i + 200)):
            role = self.roles[j]
            if role.role == "heading":
                return j
            if role.role == "text" and self.lines[j].strip():
                if _plain_rule(self.lines[j]) or (not first_text
                                                  and _plain_break(self.lines, j)):
                    return j
                if not first_text and not self.in_timeline and not self.lines[j - 1].strip() \
                        and self._opens_timed(j):
                    # a paragraph of the account below the stamp's words that opens on its
                    # own time, wrapped or not ("At 05:00 UTC 2016-05-16 an update took the"
                    # / "mirror service down."): the account's, not the stamp's text
                    return j
                first_text = False
            if role.role in ("item", "text", "row"):
                exprs = self.scan_line(j)
                lead = LEAD_RE.match(self.lines[j])
                if exprs and exprs[0].start <= (lead.end() if lead else 0):
                    return j
                if exprs and (self.in_timeline or self.section_entries) and (
                        back := STEP_BACK_LEAD_RE.match(self.lines[j], lead.end() if lead else 0)
                ) is not None and exprs[0].start <= back.end():
                    return j  # "The previous evening, 21:10: ...": the next entry
        return min(len(self.lines), i + 200)

    def _collect_body(self, line: str) -> None:
        if self.body_owner is None or self._body_told:
            return
        if AUTHOR_LINE.fullmatch(line):
            return
        text = _clean(line)
        if not text:
            return
        if not self._body_parts and self.entries[self.body_owner].text == "" \
                and STATUS_ALONE_RE.fullmatch(line):
            text += ":"  # "Monitoring" under the update's stamp, over its words
        self._body_parts.append(text)
        owner = self.entries[self.body_owner]
        joined = " ".join(self._body_parts)[:300]
        self.entries[self.body_owner] = replace(owner, text=joined)
        if owner.expr.range_end is not None and self.body_owner + 1 < len(self.entries):
            end = self.entries[self.body_owner + 1]
            self.entries[self.body_owner + 1] = replace(end, text=joined)

    def _close_body(self) -> None:
        self.status_words_below = False
        self.body_owner = None
        self.body_until = -1

    def _close_body_past_a_blank(self, i: int) -> None:
        """A paragraph past the entry's text (`_next_boundary`) that opens on its own clock
        behind a lead word, a blank line above it, is the account's own telling, not more of
        the entry's words ("Kl 09.14 bryts ..." below a post's stamp and its first
        paragraph); a line wrapped onto the boundary is not."""
        if self.body_owner is not None and 0 <= self.body_until <= i and i > 0 \
                and not self.lines[i - 1].strip() and self._opens_timed(i):
            self._close_body()

    def _close_body_if_outside(self, i: int) -> None:
        if i >= self.body_until:
            self._close_body()

    def _timed_lines_below(self, i: int) -> bool:
        """Whether the section under heading `i` has lines with times of their own ("###
        Incident on 2020-08-04 17:13" over "- Fault detected 2020-08-04 18:13"): the heading
        names what the lines tell, not one status update whose text follows. Looked for up to
        the next heading, within HEADING_REACH lines."""
        for j in range(i + 1, min(len(self.lines), i + 1 + HEADING_REACH)):
            role = self.roles[j].role
            if role == "heading":
                return False
            if role != "code" and any(e.clock is not None for e in self.scan_line(j)):
                return True
        return False

    def _section_label_over_fields(self, i: int, name: str) -> bool:
        """"Impact:" alone opening its paragraph over "Root cause: ..." and "Users affected:
        ...": a plain-text write-up's section title over the fields it groups, not a field
        left blank (one inside a header block, or naming a value, is still blank)."""
        if SECTION_LABEL.fullmatch(name) is None or (
                i > 0 and self.roles[i - 1].role not in ("blank", "heading")):
            return False
        below = self.lines[i + 1:i + 3]
        return len(below) == 2 and all(
            (m := _field(text)) is not None and m.group("value").strip() for text in below)

    def _heads_block(self, i: int, heading_span: bool = False) -> bool:
        """Whether an empty field introduces the lines below it (then it is not blank)."""
        known_fields = False
        for j in range(i + 1, min(len(self.lines), i + 4)):
            if self.roles[j].role == "blank":
                continue
            if self.roles[j].role == "heading":
                return False
            nxt = _field(self.lines[j])
            if nxt:
                name = _field_name(nxt.group("label").strip())
                if name in TIME_FIELDS or name in OTHER_FIELDS:
                    # "Duration:" above "Start Time: ..." and "End Time: ..." heads them,
                    # and "Timeframe:" over "Date:", "Time of Start:", "End Time:"
                    if heading_span and FIELD_PHASES.get(name) in ("start", "end"):
                        return True
                    known_fields = True
                    continue
            return not known_fields
        return False

    def _durations(self, i: int, line: str) -> None:
        if self.aftermath_level and INCIDENT_LINE.search(line) is None:
            return  # "## Recommended actions": "keep monitoring for 24 h", a plan's length
            # (one that speaks of the outage, "were unavailable for 3 hours", is its length)
        # the folded line holds "uration" wherever the lower-cased one opens with "duration"
        # (folding is lower-casing but for letters no English word has): looked for first
        if "uration" in fold(line) and line.lstrip().lower().startswith(
                ("duration", "- duration", "* duration", "**duration")) \
                and _field(line) is not None:
            return  # handled with the field, so its tolerance cue is "duration"
        spans = [m.span() for m in INLINE_CODE.finditer(line)] if "`" in line else []
        for d in scan_durations(line):
            if any(a <= d.start < b for a, b in spans):
                continue  # "`Back-off pulling image (x44 over 171m)`": a log's words quoted
            self._add_duration(i, d.start, d)

    def _add_duration(self, i: int, column0: int, d: DurationMatch) -> None:
        if any(s.line == i + 1 and s.column == column0 + 1 for s in self.durations[-3:]):
            return  # "Impact duration: 2 hours": read as the field's and as the line's
        self.durations.append(StatedDuration(i + 1, column0 + 1, d.written, d.seconds, d.unit,
                                             d.approximate, d.cue))

    def _declared_zone(self, i: int, line: str, role: LineRole) -> None:
        if role.role == "heading" and role.level != 1:
            return  # a section's heading declares for its section (see `_heading`)
        if self.declared is not None:
            if role.role != "heading":
                self._later_declaration(i, line)
            return
        m = _declaration(line)
        if m is not None and _of_a_picture(line, m.start()):
            return  # "(screenshots include timestamps in UTC+2)": the pictures' zone
        zone = self._declared_in(line, m)
        if zone is None and m is None and role.role == "text" and "(" in line \
                and len(line) <= COLUMN_HEADS_LENGTH:
            zone = _column_heads_zone(line)
        if role.role == "heading":
            # the title: "# DNS outage (2024-02-10, all times UTC)", "# ... (2024-02-10, UTC)"
            zone = zone if m else self._title_zone(line)
            if zone is not None:
                self.declared = (zone, i + 1)
            return
        if zone is None and m and not line[m.end():].strip(" \t*_:") and i + 1 < len(self.lines):
            # "All times are in" / "UTC.": the zone wrapped onto the next line
            following = self.lines[i + 1].lstrip(" \t*_(")
            zone = _zone_or_local_after(following, 0)  # ("Bucharest.": a city's clock)
        if zone is not None and (m or role.role == "text"):
            self.declared = (zone, i + 1)
        elif m and self.unknown_zone is None:
            word = ZONE_LIKE_RE.match(line, m.end())
            if word:  # "All times in UC/Pacific": a zone meant, but not one we know
                self.unknown_zone = (word.group(0), i + 1, word.start() + 1)

    def _later_declaration(self, i: int, line: str) -> None:
        """A second statement of the document's zone that names another one: a page of
        several reports, each timeline under its own "(all times CST)", or a log appendix "in
        UTC" after a timeline in Pacific time. It holds for the entries after it. A link's
        address is no statement ("...&tz=UTC%2B01%3A00")."""
        if "://" in line:
            line = _URL_RE.sub(" ", line)
        m = _declaration(line)
        zone = self._declared_in(line, m) if m and not _of_a_picture(line, m.start()) else None
        if zone is None:
            return
        assert self.declared is not None
        last = self.later_declared[-1][0] if self.later_declared else self.declared[0]
        if zone.label != last.label:
            self.later_declared.append((zone, i + 1))

    def _html_header_zone(self, i: int, line: str) -> None:
        """An HTML table's header cell naming the rows' zone, "<th>Time (EST)</th>": the
        zone the document's times are in (its rows are lines of their own, no one table)."""
        m = TABLE_ZONE.match(line.strip(" \t*_"))
        zone = zones.parse_zone_option(m.group("zone")) if m else None
        if zone is not None:
            self.declared = (zone, i + 1)

    def _title_zone(self, line: str) -> Zone | None:
        """A zone closing the title's parenthesis beside its date: "(2024-02-10, UTC)",
        "Queue outage, 2024-06-11 (UTC)"."""
        text = line.rstrip(" \t#*_")
        paren = TITLE_PAREN_ZONE.search(text) or PAREN_AT_END.search(text)
        if paren is None or not any(e.date is not None for e in self.scan_line(self._current)):
            return None
        return zones.parse_zone_option(paren.group("z").strip())

    def _zone_in(self, line: str) -> Zone | None:
        """The zone a heading or sentence declares: "(all times UTC)", "Timeline (PST)"."""
        return self._declared_in(line, _declaration(line))

    def _declared_in(self, line: str, m: re.Match[str] | None) -> Zone | None:
        """`_zone_in`, given the line's `_declaration`."""
        if "\uff08" in line:  # "Timeline（UTC+8）": full-width parentheses, as CJK text writes
            line = line.translate(FULL_WIDTH_PARENS)
        if m:
            zone = _zone_or_local_after(line, m.end())
            if zone is not None:
                return zone
            again = DECLARED_ZONE_RE.search(fold(line), m.end()) if m.end() > m.start() else None
            if again is not None:  # "**Time zone:** all times are British Summer Time"
                zone = _zone_or_local_after(line, again.end())
                if zone is not None:
                    return zone
        if "times)" in line and (said := ZONE_THEN_TIMES.search(line)) is not None \
                and (zone := _paren_zone(said.group("z"))) is not None:
            return zone  # "(GMT +1 times)", "(UTC times)": the zone, then that the times are in it
        if not _names_timeline(line):
            return None  # each phrasing below names the timeline
        paren = PAREN_AT_END.search(line.rstrip()) if ")" in line else None
        if paren:
            zone = _paren_zone(paren.group("z"))
            if zone is not None or not any(c in paren.group("z") for c in ",."):
                return zone  # "(approx.)", "(Mon, day 2)": no zone there; look further on
        # "Timeline (UTC) All Times Approximate": the zone right after the word
        after = TIMELINE_PAREN.search(line) if ")" in line else None
        if after is not None and (zone := _paren_zone(after.group("z"))) is not None:
            return zone
        closing = TITLE_PAREN_ZONE.search(line.rstrip(" \t#*_:")) if ")" in line else None
        if closing is not None and any(map(str.isdigit, closing.group(0))):
            # "## Timeline (2024-12-31 to 2025-01-01, UTC)": the days, then the zone
            return zones.parse_zone_option(closing.group("z"))
        first = PAREN_FIRST_ZONE.search(line.rstrip()) if ")" in line else None
        if first is not None:
            # "## Timeline (Europe/Athens, 2026-09-13; log stamps UTC+3h)": the zone first
            zone = _paren_zone(first.group("z"))
            if zone is not None:
                return zone
        said = TIMELINE_THEN.search(line)
        if said is not None:  # "Timeline, Sydney time:", "Timeline - UTC"
            zone, _, _ = _zone_after(line, said.end())
            return zone or _local_zone(line, said.end())
        return None


# "... to 23:50 hours on 1st August 2014 (GMT +1 times)": a parenthesis that gives the zone,
# then says the times are in it
ZONE_THEN_TIMES = LazyPattern(r"\((?P<z>[^()\n]{2,24}?)[ \t]++times\)", re.IGNORECASE)
# "(UTC timezone)", "(CET time)", "(PST time zone)": the zone, then words that name it one
ZONE_WORDS_AFTER = (("time", "zone"), ("timezone",), ("time",), ("zone",))
# Words before the zone in a heading's parentheses that say the times are in it: "(in UTC)",
# "(times in PDT)", "(all in CET)" (longest first)
ZONE_WORDS_BEFORE = (("all", "times", "in"), ("all", "times", "are"), ("times", "in"),
                     ("times", "are"), ("all", "in"), ("in",))


# A date written beside the zone in a heading's parentheses: "(UTC, 2026-06-20)"
PAREN_DATE = LazyPattern(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}")


def _opening(line: str, end: int) -> str:
    """The line to the end of its time and the marks after it ("4:30 pm - ")."""
    stop = end
    while stop < len(line) and stop - end < 4 and not line[stop].isalnum():
        stop += 1
    return line[:stop]


def _shape(text: str) -> str:
    """`text` with each run of digits one "9": the way a time is written, not its value."""
    return re.sub(r"[0-9]++", "9", text)


def _day_alone_after_an_item(line: str, exprs: list[TimeExpr], role: LineRole) -> bool:
    """A whole date alone on a line that is not indented, right under a list item ("- 22:05
    lag alarm" over "Tuesday, 10 October 2025"): the next day's date line, which Markdown
    folds into the item above as its text's last line."""
    if role.role != "item" or not exprs or line[:1] in (" ", "\t", ">") \
            or (line[:1] in "-*+" and line[1:2] in (" ", "\t")) or line[:1] in _BULLET_GLYPHS \
            or (line[:1].isdigit() and line.lstrip("0123456789")[:1] in ".)"):
        return False
    first = exprs[0]
    date = first.date
    return len(exprs) == 1 and first.clock is None and date is not None \
        and date.month is not None and date.day is not None and first.range_end is None \
        and not (line[:first.start] + line[first.end:]).strip(" \t*_:#")


def _paren_zone(text: str) -> Zone | None:
    """The zone a heading's parentheses give: "(PST)", or "(UTC timezone)" with the words
    that say it is one, or "(UTC, 2026-06-20)" with the day the entries below are on."""
    if PAREN_DATE.search(text) is not None:
        for part in PAREN_DATE.sub(" ", text).replace(";", ",").split(","):
            if part.strip():
                zone = _paren_zone(part.strip())
                if zone is not None:
                    return zone
        return None
    zone = zones.parse_zone_option(text)
    if zone is None:
        words = text.split()
        for lead in ZONE_WORDS_BEFORE:
            if len(words) > len(lead) and tuple(w.lower() for w in words[:len(lead)]) == lead:
                return _paren_zone(" ".join(words[len(lead):]))
        for tail in ZONE_WORDS_AFTER:
            if len(words) > len(tail) and tuple(w.lower() for w in words[-len(tail):]) == tail:
                zone = zones.parse_zone_option(" ".join(words[:-len(tail)]))
                break
    if zone is None and "," in text:
        days, _, last = text.rpartition(",")
        if any(map(str.isdigit, days)):  # "(March 7-8, UTC)": the days, then the zone
            zone = zones.parse_zone_option(last.strip())
    if zone is None and "," in text:
        # "(CET, UTC+2)": a zone's name and its offset; the offset says which clock it was.
        # "(Eastern Time, EST)": a region and its abbreviation; the abbreviation says which
        # of the region's two clocks the author meant (and tz-dst-mismatch, if the season
        # disagrees)
        parts = [part.strip() for part in text.split(",")]
        named = [zones.parse_zone_option(part) for part in parts]
        if len(named) == 2 and named.count(None) == 1:
            # "(PYT, UTC-3)": an abbreviation pmlint does not know, explained by its offset
            known = next(z for z in named if z is not None)
            unknown = parts[named.index(None)]
            if known.label[:4] in ("UTC+", "UTC-") and 2 <= len(unknown) <= 5 \
                    and unknown.isalpha() and unknown.isupper():
                return known
        if len(named) == 2 and None not in named:
            fixed = [z for z in named if z is not None and z.label[:4] in ("UTC+", "UTC-")]
            seasonal = [z for z in named if z is not None and (z.standard_of or z.daylight_of)]
            zone = fixed[0] if fixed else seasonal[0] if len(seasonal) == 1 else named[0]
    if zone is None and text[:1].isalpha():
        # "(Lima time)", "(hora Lima)", "(hora de Madrid)", "(heure de Paris)", "(hora
        # peninsular)": a place's clock, named as a clock is named after a time
        said = f" ({text.strip()})"
        place, _, end = _zone_after(said, 0)
        if place is not None and end == len(said):
            zone = place
    return zone


# A declaration's zone said as the local time of a place: "local time (London)", "Berlin
# time", "local (UTC+2)", "local time in Sydney", "local to Paris", "Tokyo local time".
def _zone_or_local_after(line: str, pos: int) -> Zone | None:
    """The zone a statement names from `pos`: a zone, or "local time (Madrid)"; a zone in
    a link's text or in emphasis, "[Pacific Time](https://...)", "_Eastern Time_", too."""
    opened = ZONE_MARKUP_OPEN.match(line, pos)
    if opened is not None and opened.end() > pos:
        pos = opened.end()
    zone, _, _ = _zone_after(line, pos)
    return zone if zone is not None else _local_zone(line, pos)


# What opens a link's text or an emphasis around a declared zone: "[", "**", "_", "`"
ZONE_MARKUP_OPEN = LazyPattern(r"[ \t]*+(?:\[[*_`]{0,2}|[*_`]{1,2})")
DECLARED_LOCAL = LazyPattern(
    r"(?:local(?:[ \t]++time(?:[ \t]*+zone)?|[ \t]++timezone)?(?:[ \t]++(?:in|at|to|for|of))?"
    r"[ \t]*+[(,:\-–—]?[ \t]*+"
    # "heure de Paris", "hora de Madrid", "(horário) de Brasília": a city's local time
    r"|(?:heure|hora|hor[áa]rio)?[ \t]*+(?:de|d')[ \t]*+)?"
    r"(?:the[ \t]++)?")
DECLARED_CITY = LazyPattern(
    r"[(]?[ \t]*+(?P<city>[A-ZÀ-Ö][A-Za-zà-ÿ]{2,19}(?:[ _][A-Z][a-zà-ÿ]{2,15})?)"
    r"(?![A-Za-zà-ÿ/])"
    r"(?P<tail>(?:[ \t]++local)?[ \t]++time(?:[ \t]*+zone)?(?![A-Za-z])|[ \t]*+[).,;(]"
    r"|[ \t]*+$)")


def _local_zone(line: str, pos: int) -> Zone | None:
    """The zone a declaration names as a place's local time, read from `pos` (after "All
    times are"): a city needs "time" after it, or "local" before it, or to close the line or
    a parenthesis; a zone after "local" is read as one ("local time (UTC+2)")."""
    local = DECLARED_LOCAL.match(line, pos)
    start = local.end() if local else pos
    said = fold(line[pos:start])
    said_local = start > pos and ("local" in said or "hor" in said or "heure" in said
                                  or said.lstrip().startswith(("de ", "d'")))
    if said_local:
        zone, _, _ = _zone_after(line, start)
        if zone is not None:
            return zone
    city = DECLARED_CITY.match(line, start)
    if city is not None and city.group("tail").strip(" \t") == "," \
            and (listed := _listed_cities_zone(line, city.start("city"))) is not None:
        return listed  # "Edinburgh, London.", "Amsterdam, Berlin, Bern, Rome": a tool's label
    if city is None or not (said_local or "time" in city.group("tail")
                            or city.group(0).startswith("(")
                            or city.group("tail").strip(" \t") in ("", ".", ";")):
        return None  # ("All times listed are in Bucharest.": the city closes the sentence)
    return zones.from_city(city.group("city"))


CITY_LIST = LazyPattern(r"[A-ZÀ-Ö][A-Za-zà-ÿ]{2,19}(?:[ _][A-Z][a-zà-ÿ]{2,15})?"
                        r"(?:,[ \t]*+[A-ZÀ-Ö][A-Za-zà-ÿ]{2,19}(?:[ _][A-Z][a-zà-ÿ]{2,15})?){1,7}"
                        r"[ \t]*+[.)]?[ \t]*+$")


def _listed_cities_zone(line: str, start: int) -> Zone | None:
    """A zone named by the cities that keep it, as calendar and on-call tools label zones
    ("Edinburgh, London", "Chennai, Kolkata, Mumbai, New Delhi"), closing the line: the zone
    of each city pmlint knows, when they agree."""
    listed = CITY_LIST.match(line, start)
    if listed is None:
        return None
    found = [zone for name in listed.group(0).rstrip(" \t.)").split(",")
             if (zone := zones.from_city(name.strip())) is not None]
    if not found:
        return None
    # (Amsterdam's, Berlin's and Rome's keys are three, their clocks one: the same offsets
    # in winter and in summer)
    keep = {zones.offsets_over_a_year(zone) for zone in found}
    return found[0] if len(keep) == 1 else None


TOML_PAIR = LazyPattern(r"[ \t]*+[A-Za-z_][A-Za-z0-9_-]{0,40}[ \t]*+(=)")


# A data record's stamp, `date:"29/10/2013 - 14:20",` (a script's object, a JSON field),
# and the record's text fields, in the order their words are taken.
RECORD_STAMP = re.compile(r'[ \t]*+"?(?:date|time|timestamp|datetime|posted|created)"?[ \t]*+:'
                          r'[ \t]*+"(?P<value>[^"\n]{4,40})"[ \t]*+,?[ \t]*+(?://[^\n]*+)?',
                          re.IGNORECASE)
RECORD_TEXT = re.compile(r'[ \t]*+"?(?P<key>update|message|desc|description|text|body|title)"?'
                         r'[ \t]*+:[ \t]*+"(?P<text>[^"\n]{1,300})', re.IGNORECASE)
RECORD_TEXT_KEYS = ("update", "message", "text", "body", "desc", "description", "title")


# A line opening with what looks like a clock time ("10.30 AMM:", "7:0.15 PM:"), read or not.
TIME_SHAPED = re.compile(r"[ \t]*+(?:[-*+•][ \t]++)?\d{1,2}[.:h]\d{1,2}(?![\d:])")


# A preposition that leads a clause-opening time ("At 2:26 the users ...", "by 12:05 ...").
_CLAUSE_LEAD = re.compile(r"(?:at|by|around|about|approximately|as[ \t]++of|from|on)[ \t]*+\Z",
                          re.IGNORECASE)
# Where a clause of its own starts between two times of one sentence.
_CLAUSE_BREAK = re.compile(r"[,;(]|(?<![A-Za-z])(?:which|who|whom|that|then|and|but|while"
                           r"|whereupon)(?![A-Za-z])", re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?][ \t]")
# a report made at the time, its "that" clause after it: "we were notified at 3:45 PM that"
_REPORTED_AT_BEFORE = re.compile(
    r"(?<![A-Za-z])(?P<verb>(?:we[ \t]++(?:were|got|had[ \t]++been)[ \t]++)?notified"
    r"|reported|confirmed|announced|told[ \t]++us)[ \t]++(?:(?:at|around|about"
    r"|approximately|shortly[ \t]++after|just[ \t]++after|by|~)[ \t]*+){0,2}$", re.IGNORECASE)
_THAT_AFTER = re.compile(r"[ \t]*+,?[ \t]*+that(?![A-Za-z])", re.IGNORECASE)
# a verb that reports what its "that" clause tells, right before the "that"
_REPORTED_BEFORE = re.compile(r"(?<![A-Za-z])(?:reported|reports|notified|confirmed|confirms"
                              r"|announced|said|says|told[ \t]++(?:us|them|the[ \t]++team))"
                              r"[ \t]*+$", re.IGNORECASE)


_STATE_LEAD = re.compile(r"(?:by|as[ \t]++of)\Z", re.IGNORECASE)
# ("Today at 7am CST, we ...", "Yesterday around 22:10": a day's word may lead)
_AT_LEAD = re.compile(r"(?:(?:(?:earlier[ \t]++)?today|yesterday|last[ \t]++night"
                      r"|(?:early[ \t]++|late[ \t]++)?this[ \t]++(?:morning|afternoon|evening))"
                      r",?[ \t]++)?"
                      r"(?:at|around|about|approximately"
                      # the other languages' "at" ("A las 9:05 se produjo una falla", "Às 14h o
                      # sistema caiu", "Vers 9h15 le service", "Um 12:48 Uhr fiel", "Alle 9:05")
                      r"|a[ \t]++las?|alrededor[ \t]++de[ \t]++las?|hacia[ \t]++las?"
                      r"|sobre[ \t]++las?|às|por[ \t]++volta[ \t]++d(?:as?|e)|à|vers|alle"
                      r"|verso[ \t]++le|um|gegen|om|omstreeks|rond)"
                      r"(?:[ \t]++(?:around|about|approximately|roughly))?\Z", re.IGNORECASE)
# a label of a word or two and its colon opening the sentence ("Conclusion:", "Final note:")
_LABEL_OPENING = LazyPattern(r"[A-Z][a-z]{2,20}(?:[ \t][a-z]{2,20})?[*_]{0,2}:[*_]{0,2}[ \t]++")
# a German, Dutch or Nordic auxiliary and the word for "at" right before the time: the
# participle that tells what happened comes after it ("war um 10:35 Uhr wiederhergestellt")
_VERB_FINAL_LEAD = LazyPattern(r"(?<![^\W\d_])(?:war|wurde|ist|sind|waren|wurden|hat|haben"
                               r"|was|werd|werden|zijn|heeft|hebben|var|blev|är|er|ble|har)"
                               r"[ \t]++(?:(?:um|om|gegen|rond|omstreeks|kl\.?|klockan|klokken)"
                               r"[ \t]++)?(?:ca\.?[ \t]++)?$", re.IGNORECASE)
DATE_CONTEXT = 160  # characters before a date that may tell what happened on it
# "June 28, 2023 (11:25 AM)": a date, then the opening of the parenthesis its time is in
# a verb of starting the lexer took in between a date and its clock
_STARTING_INSIDE = re.compile(r"(?<![A-Za-z])" + STARTING_VERB + r"(?![A-Za-z])",
                              re.IGNORECASE)
_DATE_THEN_PAREN = re.compile(r"(?<![ \t])[ \t]*+\([ \t]*+(?:at[ \t]++|around[ \t]++|~[ \t]*+)?")
_PAREN_CLOSE = re.compile(r"[^()\n]{0,40}?\)[ \t,]*+")


_SPAN_GOES_ON = re.compile(r"(?<![ \t,])[ \t,]*+(?:until|till|to|through|thru|and|[-–—])(?![a-z])",
                           re.IGNORECASE)


def _opens_with_at(line: str, expr: TimeExpr, date: TimeExpr | None) -> bool:
    """The time opens its sentence after "at" (or "around"), alone or after a date that
    opens it ("On 3 May 2024 at 09:10"). Only the 80 characters before each are read: a
    longer sentence so far opens with other words."""
    if _SPAN_GOES_ON.match(line, expr.end) is not None:
        return False  # "On August 10th from 9:00am until ...": the span's start, no step
    head = _sentence_so_far(line[max(0, expr.start - 80):expr.start]).strip(" \t*_>-")
    if head[:1].islower():
        return False  # "... was paged" / "at 14:12 UTC;": the sentence goes on from above
    if (labelled := _LABEL_OPENING.match(head)) is not None:
        head = head[labelled.end():]  # "Conclusion: approximately 4:30pm the issue ..."
    if not head and expr.written.lower().endswith("later"):
        return True  # "13 minutes later, the on-call engineer acknowledged the page"
    if _AT_LEAD.fullmatch(head) is not None or (head.lower() == "on" and expr.date is not None
                                                and expr.clock is not None):
        return True  # ("On 3 May 2024 at 16:02 UTC, ...": the date and time read as one)
    if date is None or date.clock is not None or date.end > expr.start:
        return False
    lead = _sentence_so_far(line[max(0, date.start - 80):date.start]).strip(" \t*_>-")
    return lead.lower() in ("", "on") \
        and _AT_LEAD.fullmatch(line[date.end:expr.start].strip(" \t,*_")) is not None


# "13 minutes later, the on-call engineer acknowledged": a step on from the sentence before,
# opening its own sentence (its number is offsets.relative_step's to read)
STEP_LATER = LazyPattern(r"(?<=[.!?][ \t])[ \t]*+(?:about[ \t]++|some[ \t]++|roughly[ \t]++)?"
                         r"(?=\w{1,10}[ \t]++(?:minutes?|mins?|hours?|hrs?)[ \t]++later"
                         r"(?:,|[ \t]++(?!than(?![a-z]))[a-z]))",
                         re.IGNORECASE)


def _steps_later_in_prose(line: str, exprs: list[TimeExpr], number: int) -> list[TimeExpr]:
    """The moments of sentences that open on a step later than the time in the sentence
    just before them, on line `number` ("At 10:05 UTC the alert fired. 13 minutes later,
    the on-call engineer acknowledged."), counted from that time (its day and zone too)."""
    steps: list[TimeExpr] = []
    for opening in STEP_LATER.finditer(line):
        found = relative_step(line, opening.end())
        before = [e for e in exprs if e.end <= opening.start() and e.clock is not None]
        if found is None or not before:
            continue
        anchor = before[-1].range_end or before[-1]
        if anchor.clock is None or _SENTENCE_END.search(line, anchor.end,
                                                        opening.start() - 2) is not None:
            continue  # no time in the sentence just before the step
        m, minutes, _ = found
        step = stepped(anchor, number, m, minutes)
        if step is not None:
            steps.append(step)
    return steps


def _sentence_so_far(context: str) -> str:
    """The words of the sentence before a time: `context` after its last sentence end."""
    cut = 0
    for m in _SENTENCE_END.finditer(context):
        cut = m.end()
    return context[cut:]


def _goes_on(text: str) -> bool:
    """Whether words before a time, opening their line, go on with a sentence begun above:
    their first letter is in lower case ("network team at 08:15"), and no sentence ends
    among them."""
    first = next(filter(str.isalpha, text), "")  # the first letter, the rest not looked at
    return first.islower() and _SENTENCE_END.search(text) is None


def _only_leads(text: str) -> bool:
    """Whether the words before a time on its line are none, or only words such as "at"."""
    return all(word.lower() in _LEADS_TO_A_TIME for word in text.strip(" \t*_>-").split())


# The last word of a hard-wrapped line whose sentence goes on with the time opening the next
_LEADS_TO_A_TIME = frozenset({"at", "by", "until", "till", "around", "about", "approximately",
                              "approx.", "circa", "since", "before", "after", "from", "~"})
# The same in the other languages postmortems are written in (Dutch, German, French,
# Spanish, Portuguese, Italian): "rond", "om", "um", "gegen", "vers", "a las", "às", "alle"
_WRAP_LEADS = _LEADS_TO_A_TIME | frozenset({
    "om", "rond", "omstreeks", "tot", "vanaf", "um", "gegen", "bis", "ab", "seit", "vers",
    "à", "dès", "depuis", "jusqu'à", "las", "às", "alle", "dalle", "verso"})
SENTENCE_REACH = 200  # characters either side of a range looked through for its sentence
# "where we thought the incident was resolved", "appeared to recover", "a false recovery":
# the words tell of a recovery that was not one
FALSE_RECOVERY = LazyPattern(
    r"(?<![a-z])(?:(?:thought|believed|assumed|appeared|seemed|looked)[ \t]++(?:[a-z']++[ \t]++)"
    r"{0,4}?(?:resolved|recovered|recover|fixed|restored|over|healthy|back)"
    r"|false[ \t]++(?:recovery|resolution|all[ \t-]++clear))(?![a-z])", re.IGNORECASE)


# "will be performing maintenance", "is scheduled for", "scheduled maintenance for", "an
# upcoming maintenance window": work announced ahead, not narrated
# "instead of the maintenance window (2:00-4:00 UTC)", "outside our backup window
# (01:00-03:00)", "rather than in the nightly slot": the window something should have kept
# to, named by its noun right before the range, is not the incident's
OTHER_WINDOW = LazyPattern(r"(?<![a-z])(?:instead[ \t]++of|rather[ \t]++than"
                           r"|outside(?:[ \t]++of)?)(?:[ \t]++(?:in|during))?"
                           r"(?:[ \t]++(?:the|its|our|their|a|an))?(?:[ \t]++[a-z\-]++){0,3}?"
                           r"[ \t]++(?:window|slot|hours)[ \t]*+\(?[ \t]*+$", re.IGNORECASE)
OTHER_WINDOW_REACH = 80  # characters before a range its window's noun may take
# "we worked between 04:30 and 08:30 to bring the sites back", "a huge effort from 4 to
# 8", "un énorme travail entre 4h 30 et 8h 30", "die Arbeiten zwischen 4 und 8 Uhr": the
# responders' working hours, named right before the range, not the impact's window
WORK_WINDOW = LazyPattern(r"(?<![a-z])(?:efforts?|travail|arbeiten"
                          r"|(?:we|team|engineers|staff)(?:[ \t]++[a-z]++){0,2}?[ \t]++worked)"
                          r"(?:[ \t]++[a-z\-]++){0,3}?[ \t]++(?:between|from|entre|de|zwischen"
                          r"|von|desde)[ \t]*+$", re.IGNORECASE)
WORK_WINDOW_REACH = 60  # characters before a range its work's words may take
# "la sauvegarde, programmée entre 2 et 4 h", "backups scheduled between 01:00 and 03:00",
# "Wartung geplant von 2 bis 4 Uhr": a window said to be planned, right before its range
PLANNED_RIGHT_BEFORE = LazyPattern(r"(?<![^\W\d_])(?:programm[ée]e?s?|pr[ée]vue?s?|planifi[ée]e?s?"
                                   r"|geplant|programad[oa]s?|previst[oa]s?|scheduled|planned)"
                                   r"(?:[ \t]++(?:for|pour|para|per|f[üu]r))?[ \t]++"
                                   r"(?:entre|de|zwischen|von|between|from|desde|tra|dalle)?"
                                   r"[ \t]*+$", re.IGNORECASE)
# "... staged and completed between 3am and 6am in order to minimise impact", "from 01:00
# to 03:00 to limit disruption": a window chosen to spare the users, the work's, not the
# impact's
SPARING = LazyPattern(r"(?<![ \t,])[ \t,]*+(?:[a-z]++[ \t]++){0,2}?to[ \t]++"
                      r"(?:minimi[sz]e|reduce|limit|lessen|avoid)[ \t]++"
                      r"(?:the[ \t]++|any[ \t]++)?(?:[a-z]++[ \t]++)?"
                      r"(?:impact|disruption|downtime|interruption|outage)", re.IGNORECASE)
# "the previous two were on 2020-06-24 (3:20 to 8:30)", "the last time, on March 3, from
# 2 to 4 pm", "a similar outage on 4 May", "la dernière fois, le 3 mars", "das letzte Mal
# am 3. März", "前2次分别发生在 2020-06-24 3:20~8:30", "前回 (3月5日 10:00~11:30)": another
# incident recalled in passing, right before its day or window, which are that incident's
RECALLED_BEFORE = LazyPattern(
    r"(?<![a-z])(?:previous|prior|earlier|last)[ \t]++(?:(?:one|two|three|four|five|few"
    r"|several|[0-9]{1,2})[ \t]++)?(?:ones?|times?|occurrences?|incidents?|outages?"
    r"|were|was|happened|occurred|took[ \t]++place)(?![a-z])[^.;!?\n]{0,80}$"
    r"|(?<![a-z])(?:similar[ \t]++(?:incidents?|outages?|failures?)"
    r"|derni[èe]re[ \t]++fois|(?:incidents?|pannes?)[ \t]++pr[ée]c[ée]dente?s?"
    r"|(?:letzte|vorige)[ns]?[ \t]++mal|[úu]ltima[ \t]++vez|vez[ \t]++anterior)(?![a-z])"
    r"[^.;!?\n]{0,80}$"
    r"|(?:前[0-9一二两三四五六七八九十几]{1,2}次|上一?次|前々?回|지난번)[^。.!?\n]{0,60}$",
    re.IGNORECASE)
RECALLED_REACH = 100  # characters before a day or window its recalling words may take
_RECALL_WORDS = ("previous", "prior", "earlier", "last", "similar", "fois", "dent", "mal",
                 "vez", "次", "前回", "前々回", "지난번")


def recalls_another_incident(before: str) -> bool:
    """Whether the words right before a day or window recall another, earlier incident
    ("the previous two were on"): its times date and bound nothing of this one."""
    tail = before[-RECALLED_REACH:]
    folded = fold(tail)  # the words first: the IGNORECASE search tries each position
    return any(word in folded for word in _RECALL_WORDS) \
        and RECALLED_BEFORE.search(folded) is not None


ANNOUNCED = LazyPattern(r"(?<![a-z])(?:will|shall|upcoming|(?:is|are)[ \t]++(?:scheduled|planned)"
                        r"|(?:scheduled|planned)(?:[ \t]++[a-z]++){0,3}?[ \t]++for)(?![a-z])",
                        re.IGNORECASE)


# "The event was triggered by an AWS outage that ... started at 5:00 PM CT ... and was
# marked as resolved by AWS at 11:55 PM CT", "due to a third-party DNS incident which began
# at 14:02": the cause named as another party's incident, then told in a clause of its own
UPSTREAM_CAUSE = LazyPattern(
    r"(?<![a-z])(?:(?:triggered|caused|brought[ \t]++on|precipitated)[ \t]++by|due[ \t]++to"
    r"|because[ \t]++of|result(?:ed)?[ \t]++(?:of|from)|stemm(?:ed|ing)[ \t]++from)"
    r"[ \t]++(?:an?|the)[ \t]++((?:[^ \t]++[ \t]++){0,4}?)(?:outage|incident|disruption"
    r"|degradation)s?[ \t,]++(?:that|which)(?![a-z])", re.IGNORECASE)
UPSTREAM_REACH = 400  # characters before a time its sentence's cause may be told in
UPSTREAM_WORDS = frozenset(("upstream", "third-party", "third", "provider", "provider's",
                            "providers'", "vendor", "vendor's", "supplier", "supplier's",
                            "partner", "partner's", "carrier", "carrier's", "cloud", "isp"))


def _told_of_the_upstream_incident(text: str) -> bool:
    """Whether a time after `text` (its paragraph up to the time) is in the sentence that
    tells of another party's incident named as the cause ("... triggered by an AWS outage
    that started at approximately 5:00 PM CT ... and was marked as resolved by AWS at 11:55
    PM CT"): that incident's start or end, not this one's. The party is named (a
    capitalised word) or called upstream, a provider, a vendor."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text)]
    before = text[starts[-1]:] if starts else text
    folded = fold(before)  # the cause's words first: the IGNORECASE search tries each position
    if not ("by" in folded or "due" in folded or "because" in folded or "result" in folded
            or "stemm" in folded):
        return False
    cause = UPSTREAM_CAUSE.search(before)
    if cause is None:
        return False
    party = cause.group(1).split()
    return any(word[:1].isupper() or word.lower().strip(",") in UPSTREAM_WORDS
               for word in party)


def _range_set_aside(line: str, expr: TimeExpr) -> bool:
    """A range in running text whose sentence says it is not the incident's window: planned
    maintenance announced ahead ("will be performing network maintenance from 4am to 12pm";
    a past outage's "maintenance window (10:30 to 2:30 AM)" is left to the rules), a false
    recovery ("between 22:20 and 22:24, where we thought the incident was resolved"), the
    responders' working hours ("a huge effort between 4:30 and 8:30"), a window chosen to
    spare the users ("between 3am and 6am in order to minimise impact"), another incident's
    recalled in passing ("the previous one was on May 3 (2:00-4:00)"), or the window
    something should have kept to ("instead of the maintenance window (2:00-4:00
    UTC)")."""
    end = expr.range_end.end if expr.range_end is not None else expr.end
    sentence = _sentence_of(line, expr)
    folded = fold(sentence)  # FALSE_RECOVERY's words first: its IGNORECASE search tries each
    # position of the sentence
    if ("instead" in folded or "rather" in folded or "outside" in folded) \
            and OTHER_WINDOW.search(line, max(0, expr.start - OTHER_WINDOW_REACH),
                                    expr.start) is not None:
        return True
    if ("effort" in folded or "travail" in folded or "arbeiten" in folded
            or "worked" in folded) and WORK_WINDOW.search(
                line, max(0, expr.start - WORK_WINDOW_REACH), expr.start) is not None:
        return True
    if ("programm" in folded or "vu" in folded or "planifi" in folded or "geplant" in folded
            or "programad" in folded or "previst" in folded or "scheduled" in folded
            or "planned" in folded) and PLANNED_RIGHT_BEFORE.search(
                line, max(0, expr.start - WORK_WINDOW_REACH), expr.start) is not None:
        return True
    if ("minimi" in folded or "reduce" in folded or "limit" in folded or "lessen" in folded
            or "avoid" in folded) and SPARING.match(line, end) is not None:
        return True
    if ("thought" in folded or "believed" in folded or "assumed" in folded
            or "appeared" in folded or "seemed" in folded or "looked" in folded
            or "false" in folded) and FALSE_RECOVERY.search(sentence):
        return True
    if recalls_another_incident(line[max(0, expr.start - RECALLED_REACH):expr.start]):
        return True  # "the previous two were on 2020-06-24 (3:20 to 8:30)"
    return _plans_window(sentence) and ANNOUNCED.search(sentence) is not None \
        and INCIDENT_NOUN.search(sentence) is None and UNPLANNED.search(sentence) is None


# "had planned an upgrade overnight but the network crashed at 4 a.m.", "the scheduled
# change failed", "did not go to plan": the plan went wrong, and its window is the incident's
UNPLANNED = LazyPattern(r"(?<![a-z])(?:crash(?:ed|es)?|fail(?:ed|ure)|broke|went[ \t]++wrong"
                        r"|unexpected(?:ly)?|(?:go|went)[ \t]++(?:to|as)[ \t]++plan(?:ned)?)"
                        r"(?![a-z])", re.IGNORECASE)


# "tomorrow evening", "tonight", "next Tuesday", "this weekend": a day still to come
DAY_AHEAD = LazyPattern(r"(?<![a-z])(?:tomorrow|tonight|(?:next|this[ \t]++coming|this)[ \t]++"
                        r"(?:week(?:end)?|month|monday|tuesday|wednesday|thursday|friday"
                        r"|saturday|sunday))(?![a-z])", re.IGNORECASE)


# "will probably be back by 19:00 UTC", "we expect recovery by 14:00", "ETA 15:30 UTC"
FORETOLD = LazyPattern(r"(?<![a-z])(?:will|shall|expect\w*+|eta|estimated|anticipated"
                       r"|should|hope\w*+|next[ \t]++update)(?![a-z])", re.IGNORECASE)


def _foretold(sentence: str) -> bool:
    """Whether the sentence tells what is to come (a forecast, the next update's time)."""
    return FORETOLD.search(sentence) is not None


# "This issue will be closed at 1:30 PM", "we will post an update by 15:00": what is to be
# done at the time, right before it
WILL_AT = LazyPattern(r"(?:(?<![a-z'])(?:will|shall)|(?<=[a-z])'ll)(?:[ \t]++[a-z]++){1,4}?[ \t]++"
                      r"(?:at|by|around|before|after)[ \t]++(?:about[ \t]++|approximately[ \t]++"
                      r"|around[ \t]++)?$", re.IGNORECASE)
WILL_REACH = 60  # characters before a time its "will ... at" may stand in
# "ci.example.org remains down until 5th of July", "the portal stays read-only until 18:00":
# what is expected to hold until then, told in the present (not "remained down until")
REMAINS_UNTIL = LazyPattern(r"(?<![a-z])(?:remains?|stays?)(?:[ \t]++[a-z-]++){0,3}?[ \t]++until"
                            r"[ \t]++(?:(?:about|around|approximately|the)[ \t]++)?$",
                            re.IGNORECASE)


def _planned_for(line: str, expr: TimeExpr) -> bool:
    """Whether the time is when something will be done ("will be closed at 1:30 PM"): a
    plan told in an update, no moment of what happened. A sentence that names the incident
    ("the outage will end at 06:00") keeps its time, a forecast the rules weigh."""
    before = line[max(0, expr.start - WILL_REACH):expr.start]
    planned = (("will" in before or "shall" in before or "'ll" in before or "Will" in before)
               and WILL_AT.search(before) is not None) \
        or ("until" in before and REMAINS_UNTIL.search(before) is not None)
    return planned and INCIDENT_NOUN.search(_sentence_of(line, expr)) is None


# "runs every day at 06:00", "each night from 01:00", "daily 08:00", "nightly at 23:30",
# "every 2 hours from 00:15", "Thursdays 8AM - 10AM": a schedule's time, right before it
RECURRING_BEFORE = LazyPattern(
    r"(?<![a-z])(?:(?:every|each)[ \t]++(?:other[ \t]++)?(?:day|night|morning|evening|afternoon"
    r"|hour|weekday|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|[0-9]{1,3}[ \t]*+(?:minutes?|mins?|hours?|hrs?|h|m))|daily|nightly|weekly"
    # "(Thursdays 8AM - 10AM CET)", "on weekdays from 9:00": a weekday said in the plural
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun|week)days|weekends)"
    # ("every Tuesday morning at about 5.00am": the part of the day, a hedge)
    r"[ \t,]*+(?:(?:morning|afternoon|evening|night)[ \t,]*+)?"
    r"(?:(?:at|from|around|about|approximately|approx\.|starting|between|~)[ \t]*+){0,3}$",
    re.IGNORECASE)
# "fires at 04:15 daily", "at 02:00 UTC every night", "(06:00, every day)": the same, after it
# "at 2pm on the third Thursday of every month", "at 09:00 on the 1st of each month"
RECURRING_AFTER = LazyPattern(
    r"[ \t,]*+(?:daily|nightly|every[ \t]++(?:day|night|morning|evening|weekday|hour)"
    r"|each[ \t]++(?:day|night|morning|evening)|on[ \t]++(?:the[ \t]++)?[a-z0-9]{1,8}"
    r"(?:[ \t]++[a-z]{3,9})?[ \t]++of[ \t]++(?:every|each)[ \t]++(?:month|week|year|quarter))"
    r"(?![a-z])", re.IGNORECASE)
RECURRING_REACH = 40  # characters before a time its schedule's words may stand in
# "Monday to Friday, 8 AM to 5 PM", "Mon-Fri 09:00-17:00", "Monday through Friday from 10:00":
# a span of weekdays before the weekday the time is read with, the hours of every such day
_SPAN_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?"
_SPAN_JOIN = r"[ \t]*+(?:to|through|thru|till|until|-|–|—"
WEEKDAY_SPAN_BEFORE = LazyPattern(r"(?<![a-z])" + _SPAN_WEEKDAY + _SPAN_JOIN + r"|&|and)[ \t]*+$",
                                  re.IGNORECASE)
WEEKDAY_SPAN_REACH = 20
# the whole span before a time read with no weekday ("Mon-Fri 09:00-17:00")
WEEKDAY_SPAN_AHEAD = LazyPattern(r"(?<![a-z])" + _SPAN_WEEKDAY + _SPAN_JOIN + r")[ \t]*+"
                                 + _SPAN_WEEKDAY + r"[ \t,]*+(?:(?:from|between|at)[ \t]++)?$",
                                 re.IGNORECASE)


def _recurring(line: str, expr: TimeExpr) -> bool:
    """Whether the time is a schedule's ("the report job runs every day at 06:00", "a
    CronJob, daily 08:00", "fires at 04:15 daily"): when something recurs, no moment of the
    incident, nor a day to carry; so are the hours of a span of weekdays ("Monday to Friday,
    8 AM to 5 PM"). A time with its own date ("daily at 06:00 since 2024-05-01") is left to
    be read."""
    if expr.date is not None:
        date = expr.date
        return date.weekday is not None and date.day is None and date.month is None \
            and date.year is None and WEEKDAY_SPAN_BEFORE.search(
                line, max(0, expr.start - WEEKDAY_SPAN_REACH), expr.start) is not None
    if WEEKDAY_SPAN_AHEAD.search(line, max(0, expr.start - RECURRING_REACH),
                                 expr.start) is not None:
        return True
    end = expr.range_end.end if expr.range_end is not None else expr.end
    folded = fold(line[max(0, expr.start - RECURRING_REACH):end + RECURRING_REACH])
    if not ("every" in folded or "each" in folded or "daily" in folded or "nightly" in folded
            or "weekly" in folded or "days" in folded or "weekends" in folded):
        return False
    return RECURRING_BEFORE.search(line, max(0, expr.start - RECURRING_REACH),
                                   expr.start) is not None \
        or RECURRING_AFTER.match(line, end) is not None


LISTED_ON = LazyPattern(r"[ \t]*+,?[ \t]*+(?:and|&)?[ \t]*+")


def _listed_after(line: str, previous: TimeExpr, expr: TimeExpr) -> bool:
    """Whether the time is listed right after the one before it, with only a comma or an
    "and" between ("10 AM to 1 PM and 3 PM to 4 PM")."""
    end = previous.range_end.end if previous.range_end is not None else previous.end
    return end <= expr.start and LISTED_ON.fullmatch(line, end, expr.start) is not None


# "On Friday, the networks were down ...", "Last Tuesday the portal ...", "Sunday's outage
# began ...", "Saturday night, the grid ...": a weekday that opens the sentence (after its
# start, up to the time), its possessive or its part of the day after it
_A_WEEKDAY = r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
WEEKDAY_OPENING = LazyPattern(r"[ \t*_>\"“(-]*+(?:(?:on|last|this[ \t]++past)[ \t]++)?"
                              + _A_WEEKDAY + r"(?:['’]s)?(?:[ \t]++(?:morning|afternoon"
                              r"|evening|night)(?:['’]s)?)?(?![a-z])[^0-9]*+$", re.IGNORECASE)
# "The outage on Sunday began at 9:10 p.m.": "on" a weekday inside the sentence, before its
# first time (not "on Sundays", a habit)
WEEKDAY_INSIDE = LazyPattern(r"(?<![a-z])on[ \t]++" + _A_WEEKDAY + r"(?![a-z'’])[^0-9]*+$",
                             re.IGNORECASE)


def _dated_by_the_weekday_opening(line: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """A clock with no date in a sentence that opens on a weekday ("On Friday, the networks
    were down during the peak hours from 8am till 2:30pm"): the time is that day's, as "on
    Friday at 8am" is (the weekday's day is the normaliser's to find); so does one said "on"
    inside it before the time ("The outage on Sunday began at 9:10 p.m."). Only the
    sentence's first time, with no digit between the weekday and it."""
    out: list[TimeExpr] = []
    previous_end = 0
    for expr in found:
        if expr.date is None and expr.clock is not None:
            starts = [m.end() for m in _SENTENCE_END.finditer(line, previous_end, expr.start)]
            opening = starts[-1] if starts else previous_end if previous_end == 0 else -1
            m = None if opening < 0 else WEEKDAY_OPENING.match(line, opening, expr.start) \
                or WEEKDAY_INSIDE.search(line, opening, expr.start)
            if m is not None:
                day = m.group("day")
                expr = replace(expr, date=DateParts(None, None, None,
                                                    WEEKDAYS[day[:3].lower()], day))
        out.append(expr)
        previous_end = expr.range_end.end if expr.range_end is not None else expr.end
    return out


def _sentence_of(line: str, expr: TimeExpr) -> str:
    """The sentence of `line` the time (or range) stands in, SENTENCE_REACH characters at
    most either side of it."""
    end = expr.range_end.end if expr.range_end is not None else expr.end
    starts = [m.end() for m in _SENTENCE_END.finditer(line, max(0, expr.start - SENTENCE_REACH),
                                                      expr.start)]
    after = _SENTENCE_END.search(line, end, end + SENTENCE_REACH)
    return line[starts[-1] if starts else max(0, expr.start - SENTENCE_REACH):
                after.start() if after else end + SENTENCE_REACH]


# "Next update: 9.30am", "next update at 16:00", "We will provide a further update by 18:00":
# the time of the update to come, announced in this one, no moment of the incident
NEXT_UPDATE_AT = LazyPattern(
    r"(?<![a-z])(?:next[ \t]++(?:status[ \t]++)?update|(?:further|another|new)[ \t]++update"
    r"|update[ \t]++(?:again|next))[ \t]*+(?:(?:will|should)[ \t]++be[ \t]++(?:posted|given"
    r"|provided|shared|issued)?[ \t]*+)?(?:at|by|around|before|no[ \t]++later[ \t]++than|due"
    r"|expected|planned|scheduled|is[ \t]++at|in)?[ \t]*+[:\-–—]?[ \t]*+(?:approx\.?"
    r"|approximately|about|around|~)?[ \t]*+$", re.IGNORECASE)


def _next_update_at(line: str, expr: TimeExpr) -> bool:
    """The time is that of the next update, announced ("Next update: 9.30am")."""
    return "pdate" in line and NEXT_UPDATE_AT.search(line, max(0, expr.start - 60),
                                                     expr.start) is not None


def _announced_for_a_day_ahead(line: str, expr: TimeExpr) -> bool:
    """Whether the time stands in a sentence that announces work for a day still to come
    ("This work will be done between 20:00 and 00:00 EDT tomorrow evening", "we will post
    an update tonight at 21:00"), naming no incident: no event of this one, nor a day to
    carry to the times after it."""
    folded = fold(line[max(0, expr.start - SENTENCE_REACH):expr.end + SENTENCE_REACH])
    if not ("tomorrow" in folded or "tonight" in folded or "next" in folded
            or "this" in folded) or not ("will" in folded or "shall" in folded):
        return False
    sentence = _sentence_of(line, expr)
    return DAY_AHEAD.search(sentence) is not None and ANNOUNCED.search(sentence) is not None \
        and INCIDENT_NOUN.search(sentence) is None


def _numbers_the_title(line: str, expr: TimeExpr) -> bool:
    """A title that opens with four digits, no colon, no zone or date with them ("# 0006 —
    DiskPressure", "# 0042: Disk pressure"): the report's number in a series."""
    clock = expr.clock
    lead = LEAD_RE.match(line)
    return clock is not None and expr.date is None and expr.zone is None \
        and expr.range_end is None and len(clock.written) == 4 and clock.written.isdigit() \
        and expr.start <= (lead.end() if lead else 0)


def _opens_a_clause(line: str, start: int) -> bool:
    """The time at `start` opens its sentence or clause, a preposition at most before it
    ("At 6:19 PM, ...", "; by 12:05 ..."): the words after it tell what happened at it."""
    head = line[max(0, start - 40):start].rstrip(" \t*_~")
    lead = _CLAUSE_LEAD.search(head[-16:])
    if lead is not None:
        head = head[:len(head) - 16 + lead.start()] if len(head) > 16 else head[:lead.start()]
        head = head.rstrip(" \t*_~")
    if head[-1:].isalpha() and lead is not None and head.split()[-1].lower() == "and":
        return True  # "... and by 12:20 PM all content was served"
    return not head.strip(" \t>*_-#") or head[-1:] in (".", "!", "?", ";", ":", ",")


# "at", "by", "at around", "by about": all a clause holds before a time that opens it
_LED_TIME = re.compile(r"(?:at|by)(?:[ \t]++(?:around|about|approximately|roughly))?",
                       re.IGNORECASE)


def _led_by_its_clause(line: str, expr: TimeExpr, opening: str,
                       exprs: list[TimeExpr]) -> str | None:
    """The words after a time that opens a clause of its own in running text ("..., and at
    around 2.30PM the website was fully operational again"): `opening`, the words before the
    time, ends with a clause break and "at" or "by"; None otherwise, or with no words after
    it up to the next break ("At 10:40, we ...")."""
    if expr.range_end is not None:
        return None
    cut = -1
    for m in _CLAUSE_BREAK.finditer(opening):
        cut = m.end()
    if cut < 0 or _LED_TIME.fullmatch(opening[cut:].strip()) is None:
        return None
    after = _up_to_the_break(line, expr.end, exprs)
    return after if after.strip() else None


def _after_the_break(own: str) -> str:
    """The words after the last clause break in `own`, or with none, its last word."""
    cut = -1
    for m in _CLAUSE_BREAK.finditer(own):
        cut = m.end()
    if cut >= 0:
        return own[cut:]
    words = own.split()
    return f" {words[-1]} " if words else own


# a time, then (after a particle: "に", "から", "에") the step's words in Japanese, Chinese or
# Korean script
# (a comma may stand between: "14:02，发现连接打满。", "14:10、影響を確認": the time, then its
# step, as a Chinese or Japanese statement lists them)
_CJK_STEP_AFTER = LazyPattern(r"(?<![ \t])[ \t]*+(?:頃|ごろ|ころ|前後|左右)?"
                             r"(?:には|に|から|まで|より|에는|에|부터|까지)?(?:[，、][ \t]*+)?"
                             r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_CJK_COMMA_AFTER = LazyPattern(r"[ \t]*+(?:頃|ごろ|ころ|前後|左右)?[，、][ \t]*+")
_CJK_BREAK = LazyPattern(r"[、。，；;,.!?！？]")


def _cjk_words_after(line: str, end: int, exprs: list[TimeExpr]) -> str:
    """The words after the time ending at `end`, up to the clause's end ("、", "。") or the
    next time (at most 40 characters)."""
    comma = _CJK_COMMA_AFTER.match(line, end)
    if comma is not None:
        end = comma.end()  # "14:02，发现连接打满。": the step is the clause after the comma
    after = _before_the_next_time(line, end, exprs, 40)
    cut = _CJK_BREAK.search(after)
    return f" {after[:cut.start()] if cut is not None else after} "


def _before_the_next_time(line: str, end: int, exprs: list[TimeExpr], reach: int) -> str:
    """The text after `end`, up to the next time on the line or `reach` characters (the
    line's times in order, the next found by halving)."""
    k = bisect.bisect_left(exprs, end, key=lambda e: e.start)
    stop = min(exprs[k].start if k < len(exprs) else len(line), end + reach, len(line))
    return line[end:stop]


PAREN_AFTER = LazyPattern(r"[ \t]*+\(([^()\n]{1,40})\)")


def _a_time_alone(text: str, zoned: bool = True) -> bool:
    """Whether `text` is nothing but a time and its zone ("11:00 CET", "3:00 AM PDT"), or
    (not `zoned`) a 12-hour time alone ("3:40 PM")."""
    found = scan(text.strip())
    return len(found) == 1 and found[0].clock is not None \
        and (found[0].zone is not None if zoned else found[0].clock.meridiem is not None) \
        and found[0].start == 0 and found[0].end == len(text.strip())


def _up_to_the_break(line: str, end: int, exprs: list[TimeExpr]) -> str:
    """The words after the time ending at `end`, up to the next clause break, sentence's end or
    time (at most 80 characters). A rendering of the time on another clock right after it
    ("at 10:00 UTC (11:00 CET) the API failed") is skipped: the words after it are the time's."""
    rendering = PAREN_AFTER.match(line, end)
    if rendering is not None and _a_time_alone(rendering.group(1)):
        end = rendering.end()
    elif rendering is not None and _a_time_alone(rendering.group(1), zoned=False):
        # "at 15:40 (3:40 PM) PDT it recovered": the clock restated on the 12-hour dial, and
        # the zone both share after it
        end = rendering.end()
        zone, _, after_zone = _zone_after(line, end)
        if zone is not None:
            end = after_zone
    after = _before_the_next_time(line, end, exprs, 80)
    cut = _CLAUSE_BREAK.search(after)
    if cut is not None and cut.group(0).lower() == "that" \
            and _REPORTED_BEFORE.search(after, 0, cut.start()) is not None:
        # "the service desk reported that access has returned to normal": what was reported
        # is the step told, up to the break after it
        cut = _CLAUSE_BREAK.search(after, cut.end())
    after = after[:cut.start()] if cut is not None else after
    full = after.find(". ")
    return f" {(after[:full] if full >= 0 else after).rstrip(' .!?')} "


def _toml_pair(line: str) -> str:
    """A TOML front matter's `date = 2019-05-10T08:17:31Z` as the field line it stands for,
    `date : 2019-...` (same columns), with the value's quotes blanked."""
    m = TOML_PAIR.match(line)
    if m is None:
        return line
    value = line[m.end():].replace('"', " ").replace("'", " ")
    return f"{line[:m.start(1)]}:{value}"


# What a line needs before the costlier patterns are tried on it (most lines lack it):
# FIELD_RE's separator is a colon or a tab; QUOTED_LOG_RE opens with ">" or holds a quote;
# LABEL_RE allows only these characters.
# a site's or a part's code alone with its colon inside a timeline: letters and digits in
# one token ("LON1:", "**SFO2**:", "eu-west-1:"), not a day's or a step's number ("Day2:")
PART_LABEL = LazyPattern(r"[ \t]*+(?:[*_]{1,2})?(?P<code>(?!(?:day|week|night|phase|step|stage"
                         r"|part|round|wave|update|incident)-?\d)(?=[A-Za-z0-9-]{2,16}[*_:])"
                         r"(?=[A-Za-z-]*[0-9])[A-Za-z]+(?:-?[A-Za-z0-9]+)*+)"
                         r"(?:[*_]{1,2})?[ \t]*+:(?:[*_]{1,2})?[ \t]*+", re.IGNORECASE)
_NOT_IN_A_LABEL = re.compile(r"[^A-Za-zÀ-ÖØ-öø-ÿ \t&/'(),\-*_:]")


def _field(line: str) -> re.Match[str] | None:
    """FIELD_RE's fullmatch of `line`; or DASH_FIELD_RE's, for a name that is a field's."""
    if (":" in line or "\t" in line) and _opens_with_a_word(line):
        found = FIELD_RE.fullmatch(line)
        if found is not None:
            return found
    if ("—" in line or "–" in line) and _opens_with_a_word(line):
        m = DASH_FIELD_RE.fullmatch(line)
        if m is not None and FIELD_PHASES.get(m.group("label").strip().lower(),
                                              "other") != "other":
            return m
    return None


# a length field's value written as a clock with its seconds: "Incident Duration: 1:48:32"
CLOCK_SHAPED_LENGTH = LazyPattern(r"[ \t]*+(?P<h>\d{1,3}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)[ \t]*+$")


def _clock_shaped_length(line: str, start: int) -> list[DurationMatch]:
    """The hours, minutes and seconds a length field's value gives ("Duration: 1:48:32"),
    as the only thing in it; none for "Duration: 12:30", minutes and seconds as often."""
    m = CLOCK_SHAPED_LENGTH.match(line, start)
    if m is None:
        return []
    hours, minutes, seconds = int(m.group("h")), int(m.group("m")), int(m.group("s"))
    return [DurationMatch(m.start("h") - start, m.end("s") - start, line[m.start("h"):m.end("s")],
                          hours * 3600 + minutes * 60 + seconds,
                          "hour" if hours else "minute", False, "duration")]


# A label's words that name a moment ("Resolution Date of Incident:", "End time:")
TIME_LABEL_WORD = LazyPattern(r"(?<![a-z])(?:date|time|start|end|resolution|resolved|detected"
                              r"|detection)(?![a-z])", re.IGNORECASE)


TASK_BOX = LazyPattern(r"[ \t]*+(?:[-*+]|\d{1,3}[.)])[ \t]++\[([ xX])\]")


def _todo_list_below(lines: list[str], i: int) -> bool:
    """The list right below line `i` (a blank line between allowed) is a to-do list: its
    items are task boxes, none ticked. A time over it says when the tasks are due."""
    j = i + 1
    if j < len(lines) and not lines[j].strip():
        j += 1
    boxes = 0
    while j < len(lines) and lines[j].strip():
        box = TASK_BOX.match(lines[j])
        if box is not None:
            if box.group(1) != " ":
                return False  # a ticked box: work done, whose times may be events
            boxes += 1
        elif boxes == 0:
            return False  # not a list of boxes
        elif not lines[j][:1].isspace():
            break  # the list has ended (an indented line goes on its item)
        j += 1
    return boxes > 0


# A mail client's line over the message it quotes: "On Tue, 4 Jun 2024 at 11:02, Sam <s@x.org>
# wrote:", "Le 4 juin 2024 à 11:02, Sam a écrit :", "Am 04.06.2024 um 11:02 schrieb Sam:",
# "El 4 jun 2024, a las 11:02, Sam escribió:", "Op 4 jun. 2024 om 11:02 schreef Sam:"
QUOTE_ATTRIBUTION = LazyPattern(
    r"[ \t>]*+(?:on|le|am|el|op|il|em|den|på)[ \t][^\n]{4,160}?(?:wrote|writes|a[ \t]++écrit"
    r"|schrieb[^\n]{0,60}|escribió|schreef[^\n]{0,60}|ha[ \t]++scritto|escreveu|skrev"
    r"[^\n]{0,60})[ \t]*+:[ \t]*+", re.IGNORECASE)


# a browser's or a tool's printed page footer: the page's number of the pages, and the
# moment it was printed, alone on its line ("2 of 3 26.03.2026, 15:37", "Page 1 of 2
# 17.04.2025, 08:03", "4/17/25, 8:03 AM Page 1 of 2")
PRINT_FOOTER = LazyPattern(
    r"[ \t]*+(?:(?:page[ \t]++)?\d{1,3}[ \t]++of[ \t]++\d{1,3}[ \t]++"
    r"(?P<after>[\d./-]{6,10},?[ \t]++\d{1,2}:\d{2}(?:[ \t]*+[AaPp][Mm])?)"
    r"|(?P<before>[\d./-]{6,10},?[ \t]++\d{1,2}:\d{2}(?:[ \t]*+[AaPp][Mm])?)[ \t]++"
    r"(?:page[ \t]++)?\d{1,3}[ \t]++of[ \t]++\d{1,3})[ \t]*+", re.IGNORECASE)


def _print_footer(line: str) -> bool:
    """The line is a printed page's footer: its number, and a date and clock of printing."""
    return len(line) <= 60 and PRINT_FOOTER.fullmatch(line) is not None


def _quote_attribution(line: str) -> bool:
    """A mail's attribution line over a quote: its time is when the quoted message was
    written, no step of the incident's."""
    return len(line) <= 240 and line.rstrip().endswith(":") \
        and QUOTE_ATTRIBUTION.fullmatch(line.rstrip()) is not None


def _time_label_alone(line: str) -> bool:
    """A label alone on its line, ending with a colon, that names a moment."""
    core = line.strip().strip("*_").rstrip()
    if not core.endswith(":") or _NOT_IN_A_LABEL.search(line) is not None:
        return False
    m = LABEL_RE.fullmatch(line)
    return m is not None and len(m.group("label").split()) <= 7 \
        and TIME_LABEL_WORD.search(m.group("label")) is not None


def _plain_break(lines: list[str], j: int) -> bool:
    """Line `j` breaks a plain text: a rule ("= = = = =", "***", "-----") or a title, a short
    line with no closing stop between blank lines (or the text's ends)."""
    text = lines[j].strip()
    if _plain_rule(text):
        return True
    if j == 0 or lines[j - 1].strip() or (j + 1 < len(lines) and lines[j + 1].strip()):
        return False
    words = text.split()
    return 1 < len(words) <= TITLE_WORDS and text[-1] not in ".!?:;,)\"'" \
        and text[0].isupper() and not text.startswith(("[", "("))


TITLE_WORDS = 10  # at most, in a plain text's title line
COLUMN_HEADS_LENGTH = 64  # at most, a flattened table header's line ("Time (UTC)  Event")


def _plain_rule(line: str) -> bool:
    """A plain text's rule between parts: "= = = = =", "***", "-----", "~~~"."""
    text = line.strip()
    return len(text) >= 3 and not text.strip("=-*_~ ")


def _column_heads_zone(line: str) -> Zone | None:
    """A table's header row flattened onto one line, as a web page's table is copied: "Time
    (UTC) Event", "Timestamp (PDT)<tab>Description". The time column's zone is the rows'. Only
    a line of column names: a word or two after the zone, no sentence."""
    text = line.strip(" \t*_|")
    m = TABLE_ZONE.match(text)
    if m is None:
        return None
    rest = text[m.end():].lstrip(")").replace("|", " ").split()
    if not 1 <= len(rest) <= 4 or not all(w.strip("/&").isalpha() for w in rest):
        return None
    return zones.parse_zone_option(m.group("zone"))


# a column head of a few words ending in a parenthesis: "Thời gian (UTC)", "Hora (UTC-3)"
HEAD_PAREN = LazyPattern(r"[^()|]{1,30}?[ \t]*+\((?P<inside>[^()|]{1,30})\)")


def _first_head_paren_zone(line: str) -> Zone | None:
    """The zone the first column's head gives in parentheses, in any language ("| Thời
    gian (UTC) | Sự kiện |", "| Uhrzeit (MEZ) |"): the time column's, so the rows'."""
    cells = _cells(line)
    if not cells:
        return None
    m = HEAD_PAREN.fullmatch(_clean(cells[0][1]).strip(" *_"))
    return _paren_zone(m.group("inside").strip()) if m is not None else None


# "Incident Start Date (UTC) 2021-02-08T18:51", "Incident Duration 1:48:32": a table of
# fields pasted flat, a blank where the cell ended; the label names a moment or a length
SPACED_FIELD_RE = LazyPattern(r"[ \t]*+(?P<label>[A-Z][A-Za-z]*+(?:[ ][A-Za-z]++){0,4}?)"
                              r"(?:[ ]\((?P<paren>[^()\n]{1,30})\))?[ \t]++(?P<value>\d.*)")
SPACED_FIELD_REACH = 80  # characters: a pasted field's line, not a sentence's
_LENGTH_LABEL = LazyPattern(r"(?<![a-z])(?:duration|downtime|length)(?![a-z])", re.IGNORECASE)


def _spaced_field(line: str, exprs: list[TimeExpr]) -> re.Match[str] | None:
    """SPACED_FIELD_RE's fullmatch of a short line whose label of two words or more names a
    moment ("Impact End Date (UTC)") and whose value is one timestamp and nothing else, or
    whose label names a length ("Incident Duration") and whose value is one."""
    if len(line) > SPACED_FIELD_REACH or not line.lstrip(" \t")[:1].isupper():
        return None
    m = SPACED_FIELD_RE.fullmatch(line.rstrip())
    if m is None:
        return None
    label = m.group("label")
    if _LENGTH_LABEL.search(label) is not None:
        value = m.group("value")
        return m if CLOCK_SHAPED_LENGTH.match(value) or any(
            d.start == 0 and not value[d.end:].strip()
            for d in scan_durations(value, in_duration_field=True)) else None
    if " " not in label or TIME_LABEL_WORD.search(label) is None:
        return None
    own = [e for e in exprs if e.start >= m.start("value")]
    return m if len(own) == 1 and own[0].start == m.start("value") \
        and not line[own[0].end:].strip() else None


def _opens_with_a_word(line: str) -> bool:
    """Cheap test before FIELD_RE: a field's label starts with a letter, after blanks, a
    bullet and its blanks, and emphasis ("- **Start:**"); "10:00 paged" is no field."""
    head = line.lstrip(" \t")
    if head[:1] in ("-", "*", "+", "•", "—", "–") and head[1:2] in (" ", "\t"):
        head = head[1:].lstrip(" \t")
    return head.lstrip("*_")[:1].isalpha()


def _quoted_log(line: str) -> bool:
    """Whether QUOTED_LOG_RE matches at the start of `line`."""
    return (">" in line or '"' in line or "]:" in line or "%" in line) \
        and QUOTED_LOG_RE.match(fold(line)) is not None


# What a zone stated for pictures is stated for: "the screenshots show times in UTC+2",
# "graphs below are in CET", "Grafana's dashboards use local time"
PICTURE_WORD = LazyPattern(r"(?<![a-z])(?:screen[ \t-]?+shots?|images?|pictures?|graphs?"
                           r"|charts?|figures?|plots?|dashboards?|grafana|diagrams?)(?![a-z])",
                           re.IGNORECASE)
SENTENCE_BREAK = re.compile(r"[.;!?][ \t]|[(\[]")


def _of_a_picture(line: str, start: int) -> bool:
    """Whether the words before a zone's statement on `line`, in its clause, name pictures
    (screenshots, graphs, a dashboard): the zone their times are shown in, which the
    author's own times need not share."""
    clause = line[:start]
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(clause)]
    return PICTURE_WORD.search(clause, breaks[-1] if breaks else 0) is not None


def _declaration(line: str) -> re.Match[str] | None:
    """DECLARED_ZONE_RE's search of `line`. Every phrasing it reads holds "time", "tz",
    "zone" or "everything", or is "all in ...", "all events ..." or "all entries ..."
    ("call", "small" and "all of" are not), so a line without any (folded as IGNORECASE
    sees it) is not searched: most lines. Then the
    phrasings of other languages (FOREIGN_DECLARATION), on a line holding one of their
    words."""
    folded = fold(line)
    if "time" not in folded and "tz" not in folded and "everything" not in folded \
            and "zone" not in folded and (
            "all" not in folded or (ALL_IN.search(folded) is None and "all events" not in folded
                                    and "all entries" not in folded)):
        found = None
    else:
        found = DECLARED_ZONE_RE.search(folded)
    if found is None and _may_hold_foreign_words(folded):
        found = FOREIGN_DECLARATION.search(folded)
    return found


# "Alle Zeiten in MESZ", "Zeitzone: UTC", "Toutes les heures en UTC", "Heures en heure de
# Paris", "Todas las horas en hora de Madrid", "Horário de Brasília (UTC-3)", "Fuso horário:
# UTC": the same declarations in German, French, Spanish and Portuguese (folded: lower case)
FOREIGN_WORDS = re.compile(r"zeit|heure|hor[aá]|fuseau|fuso|tz ?=|tij[dz]|tider|tids|orari"
                           r"|godzin|strefa|aikavy|ajat"  # one C search a line
                           r"|시각|시간|時刻|時間|时间|时区|時區")
FOREIGN_DECLARATION = LazyPattern(
    r"(?<![a-zà-ÿ])(?:(?:alle[ \t]++)?(?:uhr)?zeiten[ \t]++(?:sind[ \t]++)?in"
    # "(alle Zeiten MEZ)", "Zeitangaben in UTC": the zone right after the words
    r"|alle[ \t]++(?:uhr)?zeiten(?=[ \t]++[a-z]{2,5}(?![a-zà-ÿ]))|zeitangaben[ \t]++(?:in)?"
    # ("Heures indiquées en CET", "Horaires exprimés en heure française": the participle
    # of "given" between)
    r"|zeitzone[ \t]*+:|(?:toutes[ \t]++les[ \t]++|tous[ \t]++les[ \t]++)?(?:heures|horaires)"
    r"[ \t]++(?:sont[ \t]++)?(?:(?:exprim|indiqu|donn|affich)[ée]e?s[ \t]++)?(?:en|à)"
    r"|fuseau[ \t]++horaire[ \t]*+:|(?:todas[ \t]++las[ \t]++)?horas[ \t]++"
    r"(?:est[áa]n[ \t]++)?en|zona[ \t]++horaria[ \t]*+:|(?:todos[ \t]++os[ \t]++)?"
    r"hor[áa]rios[ \t]++(?:est[ãa]o[ \t]++)?em|fuso[ \t]++hor[áa]rio[ \t]*+:"
    r"|hor[áa]rio(?=[ \t]++de[ \t])|tz[ \t]*+="
    # Dutch, Danish, Norwegian, Swedish, Italian, Polish and Finnish: "Alle tijden zijn in
    # CET", "Alle tider er (i) CET", "Alla tider är i UTC", "Tutti gli orari sono in CET",
    # "Wszystkie godziny podane są w CET", "Kaikki ajat ovat UTC", "Tidszone: CET"
    r"|(?:alle[ \t]++)?tij(?:den|dstippen)[ \t]++(?:zijn[ \t]++)?(?:weergegeven[ \t]++)?in"
    r"|tijdzone[ \t]*+:|all[ae][ \t]++tider[ \t]++(?:er|är)[ \t]++(?:angi(?:vet|tt|vna)[ \t]++)?i"
    r"|all[ae][ \t]++tider[ \t]++(?:er|är)(?=[ \t]++[a-z]{2,5}(?![a-zà-ÿ]))"
    r"|tids?(?:zone|sone|zon)[ \t]*+:|(?:tutti[ \t]++gli[ \t]++)?orari[ \t]++(?:sono[ \t]++)?"
    r"(?:espressi[ \t]++|indicati[ \t]++)?in|fuso[ \t]++orario[ \t]*+:"
    r"|(?:wszystkie[ \t]++)?godziny[ \t]++(?:(?:s[aą]|podane|podano)[ \t]++){0,2}w"
    r"|strefa[ \t]++czasowa[ \t]*+:|aikavyöhyke[ \t]*+:"
    r"|kaikki[ \t]++ajat[ \t]++(?:ovat[ \t]++)?(?=[a-z]{2,5}(?![a-zà-ÿ]))"
    # Korean, Japanese and Chinese: "시각은 KST다" (times are KST), "時刻は JST", "时间均为 UTC+8"
    r"|(?:모든[ \t]*+)?(?:시각|시간대|시간)[ \t]*+(?:은|는|:|：)"
    # ("※時刻はすべて日本時間です", "本文中の時刻は全てJSTです": "all" after the subject)
    r"|(?:すべての)?(?:時刻|時間)[ \t]*+(?:は|:|：)(?:すべて|全て)?"
    r"|(?:时间|時間|时区|時區)[ \t]*+(?:均为|为|為|:|：))"
    r"[ \t]*+")


def _may_hold_foreign_words(folded: str) -> bool:
    """FOREIGN_WORDS' search of a folded line; on an ASCII line (most) its ASCII words are
    looked for as substrings, quicker than the alternation's search."""
    if not folded.isascii():
        return FOREIGN_WORDS.search(folded) is not None
    return ("zeit" in folded or "heure" in folded or "hora" in folded or "fuseau" in folded
            or "fuso" in folded or "tz=" in folded or "tz =" in folded or "tij" in folded
            or "tider" in folded or "tids" in folded or "orari" in folded or "godzin" in folded
            or "strefa" in folded or "ajat" in folded)


def _day_named(m: re.Match[str]) -> tuple[int | None, int | None]:
    """The weekday (0 = Monday) and the day number a DAY_MARK_RE match names, if any."""
    weekday = WEEKDAY_NAMES.get(m.group("wd")[:3]) if m.group("wd") else None
    number = m.group("n")
    day = (int(number) if number.isdigit() else NUMBER_WORDS.get(number)) if number else None
    return weekday, day


def _records_span(line: str, expr: TimeExpr) -> bool:
    """A range of clock times in the parentheses after the name of a log ("### Failure
    Evidence (Security Log, HOST, 08:44-09:12)" over quoted records, "- Error log:
    `/var/log/nginx/error.log` (22:09 - 22:40 UTC)"): the span the log covers, not the
    incident's window."""
    if expr.range_end is None or expr.clock is None or expr.date is not None:
        return False
    before = line[:expr.start]
    opened = before.rfind("(")
    return opened >= 0 and ")" not in before[opened:] and LOG_WORDS.search(before) is not None


def _blanks_before(line: str) -> int:
    """How deep `line` is indented: its spaces and tabs before the first character."""
    return len(line) - len(line.lstrip(" \t"))


def _timeline_title_in_its_script(line: str) -> str:
    """A plain line that is a timeline's title in a script LABEL_RE's letters lack
    ("経緯", "时间线：", "**タイムライン（JST）**"): its words, or "" when it is not one."""
    text = line.strip().strip("*_#:： \t")
    if text.isascii() or len(text) > CJK_TITLE_CHARS or any(c.isdigit() for c in text) \
            or not _names_timeline(text):
        return ""
    return text


def _names_timeline(text: str) -> bool:
    """TIMELINE_WORD's search of `text`, after a cheap look for the words it holds. The
    walker asks of one line several times in turn (a label, a zone, the line itself): the
    last answer is kept for the same string."""
    global _last_named
    if _last_named[0] is text:
        return _last_named[1]
    folded = fold(text)
    # each of TIMELINE_WORD's words holds one of these: a line with none is not searched
    # (substring tests: a generator over them cost more than all the rest of this function)
    if ("time" not in folded or "line" not in folded) and "chronolog" not in folded \
            and "sequence" not in folded and "zeit" not in folded and "cronolog" not in folded \
            and "tiempo" not in folded and "tempo" not in folded and "tidslinj" not in folded \
            and "tijdlijn" not in folded and "aikajana" not in folded \
            and (folded.isascii() or ("czasu" not in folded
                                      and not any(word in folded for word in TIMELINE_HINTS_CJK))):
        named = False  # "downtime" and "times" are no timeline
    else:
        # (an ASCII text, folded, by TIMELINE_WORD's ASCII words case-sensitively: a search
        # that skips to their first letters, where the IGNORECASE one tried every position)
        named = (TIMELINE_WORD_ASCII.search(folded) if folded.isascii()
                 else TIMELINE_WORD.search(text)) is not None
    _last_named = (text, named)
    return named


_last_named = ("", False)


def mask_markup(line: str) -> str:
    """`line` with inline HTML, entities and :emoji: replaced by spaces of the same width;
    a timestamp a tag carries (`<time datetime="...">`, `{{< track "..." >}}`) is kept."""
    if "<" not in line and "&" not in line and "](" not in line and (
            ":" not in line or EMOJI_OPEN.search(line) is None):
        return line
    return (MARKUP_MASK if "](" in line else TAG_MASK).sub(_mask, line)


def _mask(m: re.Match[str]) -> str:
    tag = m.group(0)
    if tag[0] in "<{" and ("=" in tag or "track" in tag):
        stamp = STAMP_IN_TAG.search(tag) if _may_stamp(tag) else None
        if stamp is not None:
            return (" " * stamp.start("v") + stamp.group("v")
                    + " " * (len(tag) - stamp.end("v")))
    return " " * len(tag)


def _may_stamp(tag: str) -> bool:
    """Whether STAMP_IN_TAG may match in `tag`: a quote and one of its attribute's words
    (its IGNORECASE search is tried at every position; most tags, links and spans, lack them)."""
    if '"' not in tag and "'" not in tag:
        return False
    folded = fold(tag)
    return "date" in folded or "time" in folded or "track" in folded


def tag_stamps(line: str) -> list[int]:
    """Where the timestamps carried by tags start in `line` (see mask_markup)."""
    if "=" not in line and "track" not in line:
        return []  # every stamp but a shortcode's ("{{< track ... >}}") is an attribute
    starts = []
    for m in (MARKUP_MASK if "](" in line else TAG_MASK).finditer(line):
        if m.group(0)[0] in "<{":
            stamp = STAMP_IN_TAG.search(m.group(0)) if _may_stamp(m.group(0)) else None
            if stamp is not None:
                starts.append(m.start() + stamp.start("v"))
    return starts


def _bare_clock(expr: TimeExpr) -> bool:
    """A clock reading with nothing else: no date, no zone, no am/pm ("01:35", "0:45:10")."""
    return expr.clock is not None and expr.date is None and expr.zone is None \
        and expr.clock.meridiem is None and not expr.clock.placeholder


NOT_RESOLVED = re.compile(r"[ \t]*+resolved[ \t]*+:[ \t]*+(?:false|no)[ \t]*+", re.IGNORECASE)
_STAMP_TO_THE_MINUTE = r"['\"]?\d{4}-\d\d-\d\d[T ]\d\d:\d\d"  # a front matter's stamp
STAMP_TO_THE_MINUTE = re.compile(_STAMP_TO_THE_MINUTE)
DATE_FIELD_STAMP = re.compile(rf"[ \t]*+date[ \t]*+:[ \t]*+(?P<stamp>{_STAMP_TO_THE_MINUTE})",
                              re.IGNORECASE)


_TARGET_HEADS = ("target", "goal", "objective", "sla", "slo", "expected")
_ACTUAL_HEADS = ("actual", "measured", "observed", "achieved", "result")


def _names_targets_and_actuals(heads: list[str]) -> bool:
    """A table's heads name a target column and an actual one ("| Measure | Target (SEV-1) |
    Actual | Met? |"): a scorecard of the response."""
    first = [h.split(" (")[0].strip(" *_:?") for h in heads]
    return any(h in _TARGET_HEADS for h in first) and any(h in _ACTUAL_HEADS for h in first)


def _field_name(label: str) -> str:
    """"Start Time", "start_time", "startTime" and "resolvedWhen" (a status page's front
    matter) read as the same words: "start time", "resolved at"; "Actual End Time" (beside
    an estimated one) as "end time"."""
    if CAMEL_JOINT.search(label):
        label = CAMEL_JOINT.sub(" ", label)
    name = " ".join(label.lower().replace("_", " ").split())
    if name.endswith(" when") and name != "when":
        name = name[:-5] + " at"
    if " / " in name and name not in FIELD_PHASES:
        # "Incident end / verified resolved", "Detected / acknowledged": one field named two
        # ways; the first name the lexicon knows
        for alternative in name.split(" / "):
            if (known := _field_name(alternative)) in FIELD_PHASES:
                return known
    if name.startswith("actual ") and name[7:] in FIELD_PHASES:
        name = name[7:]  # "Actual Start Time", "Actual Clear Time": the field as it happened
    elif name not in FIELD_PHASES and 3 <= len(words := name.split()) <= 5:
        # "Non-compliance start date", "Customer impact end time", "Issue identified date":
        # what started or ended said before a field of two words or more the lexicon has
        # (not "Planned start time", "Estimated end time": a plan, no moment that happened)
        for cut in (1, 2):
            rest = " ".join(words[cut:])
            if len(words) - cut >= 2 and rest in FIELD_PHASES \
                    and not PLAN_WORDS.intersection(words[:cut]):
                return rest
    return name


# words that make a field's moment a plan or a record's, not the incident's
PLAN_WORDS = frozenset(("planned", "scheduled", "estimated", "expected", "next", "target",
                        "original", "originally", "projected", "anticipated", "proposed",
                        "previous", "last", "review", "report", "est.", "eta", "tentative"))


# a time said to be local, closing its parenthesis: "(00:00 local time)", "(09:15 local)",
# "(10h15 heure locale)", "(14:30 hora local)", "(14:30 Ortszeit)"
LOCAL_RENDERING_AFTER = LazyPattern(r"[ \t]*+(?:local(?:[ \t]++time)?|heure[ \t]++locale"
                                    r"|hora[ \t]++local|ortszeit|lokale[ \t]++zeit)[ \t]*+\)",
                                    re.IGNORECASE)


def _renderings_folded(line: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """A time given again at once on another clock, in parentheses or after a slash ("at
    10:00 UTC (11:00 CET) the API failed", "3:00 PM PDT / 22:00 UTC"), is one moment told
    twice, not two events: the rendering is dropped (tz-conversion holds the two to each
    other). A range beside a range likewise; a rendering that is more than a time and its
    zone ("(11:00 CET, after the deploy)") or whose clock is odd stays a time of its own."""
    kept = [found[0]]
    for mine, theirs in pairwise(found):
        restated = _restated_in_twelve_hours(line, mine, theirs)
        if restated is not None:
            # "14:12 (2:12 PM) PDT": the same clock in the other format, the zone after both
            if kept and kept[-1] is mine and restated is not mine:
                kept[-1] = restated
            continue
        if not _renders(line, mine, theirs):
            kept.append(theirs)
    return kept


# after a parenthesis holding a clock's 12-hour restatement: its close and a zone's start
TWELVE_HOUR_CLOSE = LazyPattern(r"[ \t]*+\)")


def _restated_in_twelve_hours(line: str, mine: TimeExpr, theirs: TimeExpr) -> TimeExpr | None:
    """`mine`, a 24-hour clock with no zone, restated at once in parentheses on the 12-hour
    clock ("14:12 (2:12 PM)"), the same hour and minute: `mine`, with the zone written after
    the parenthesis if any ("14:12 (2:12 PM) PDT"). None where `theirs` is no such restatement
    or tells another minute (a slip, left as two times for the rules)."""
    if mine.clock is None or theirs.clock is None or mine.clock.meridiem is not None \
            or theirs.clock.meridiem is None or mine.zone is not None or theirs.zone is not None \
            or mine.range_end is not None or theirs.range_end is not None \
            or line[mine.end:theirs.start].strip() != "(" \
            or (mine.clock.hour, mine.clock.minute) != (theirs.clock.hour, theirs.clock.minute):
        return None
    close = TWELVE_HOUR_CLOSE.match(line, theirs.end)
    if close is None:
        return None
    zone, written, _ = _zone_after(line, close.end())
    if zone is None:
        return mine
    return replace(mine, zone=zone, zone_written=written)


def _renders(line: str, mine: TimeExpr, theirs: TimeExpr) -> bool:
    """Whether `theirs` is `mine` rendered on another clock right after it."""
    if theirs.zone is None and mine.zone is not None and mine.clock is not None \
            and theirs.clock is not None and theirs.range_end is None \
            and mine.range_end is None and line[mine.end:theirs.start].strip() == "(" \
            and LOCAL_RENDERING_AFTER.match(line, theirs.end) is not None:
        return True  # "23:00:09 UTC (00:00 local time)": the same moment on the author's
        # clock, whose zone the reader does not need
    if mine.clock is None or mine.zone is None or theirs.clock is None or theirs.zone is None \
            or theirs.zone.label == mine.zone.label or theirs.clock.oddities \
            or (mine.range_end is None) != (theirs.range_end is None):
        return False
    join = RENDERING_JOIN.match(line, mine.range_end.end if mine.range_end else mine.end)
    if join is None or join.end() != theirs.start:
        return False
    end = theirs.range_end.end if theirs.range_end else theirs.end
    if "(" in join.group(0) and not line[end:end + 8].lstrip().startswith(")"):
        return False
    # the two clocks must be one moment on some reading of each zone: a rendering that
    # matches neither ("9:10 AM CST (12:10 PM ET)") stays an event the rules can point at
    apart = (mine.clock.hour - theirs.clock.hour) * 60 + mine.clock.minute - theirs.clock.minute
    return any((apart - a + b) % 1440 == 0 for a in zones.zone_offsets(mine.zone)
               for b in zones.zone_offsets(theirs.zone))


def _day_heading_in_english(line: str) -> str | None:
    """A heading that is only a day and its month in another language ("### 12 kwiecień",
    "## 3. März 2024", "### 15 de marzo de 2024", "### 15 juin"), with the month's English
    name in its place and the columns kept: the day over the entries below it. Only a whole
    heading is read so, where no English word can be meant."""
    if not line.startswith("#") or not any(map(str.isdigit, line[:12])):
        return None
    m = FOREIGN_DAY_HEADING.fullmatch(line)
    if m is None:
        return None
    month = FOREIGN_MONTHS[m.group("mon").lower()]
    year = m.group("y") or ""
    english = f"{m.group('d')} {MONTH_ABBREVIATIONS[month]} {year}".rstrip()
    start, end = m.start("d"), m.end("y") if year else m.end("mon")
    if len(english) > end - start:
        return None
    return line[:start] + english.ljust(end - start) + line[end:]


def _stamp_ending(line: str, exprs: list[TimeExpr], content_start: int) -> TimeExpr | None:
    """The one time a heading gives, when it closes the heading after a few words and tells a
    moment: a clock with its date or zone, not a range ("Phase 2 (00:30-00:35 UTC)")."""
    if len(exprs) != 1:
        return None
    expr = exprs[0]
    if (expr.clock is None or expr.range_end is not None
            or (expr.date is None and expr.zone is None) or expr.clock.placeholder):
        return None
    if STAMP_TAIL.fullmatch(line, expr.end) is None:
        return None
    if TIME_SPOKEN_OF.search(line, max(0, expr.start - 24), expr.start):
        return None  # "## Next update by 18:00 UTC", "## Maintenance until 02:00 UTC"
    words = _clean(line[content_start:expr.start])
    if words.endswith((":", "(")):
        # "## Time: 00:50:10 UTC": a field written as a heading, not an update; "## Resolution
        # (2025-12-25 12:48)": a section's title, its time an aside
        return None
    return expr if 1 <= len(words.split()) <= 12 else None


def _separated(line: str, first: TimeExpr) -> bool:
    """A separator follows the time ("19:27 UTC - disks replaced", "21:05: array rebuilt"):
    a log's stamp and its words, no sentence going on with the time."""
    after = line[first.end:first.end + 3].lstrip(" \t*_")
    return after[:1] in (":", "-", "–", "—", "|")


def _stamp_alone_after(line: str, status: re.Match[str], exprs: list[TimeExpr]) -> bool:
    """A status word and one stamp make up the whole line ("Update 2023-11-03 14:10 UTC:",
    "RESOLVED on 03.11.2023 at 15:05 UTC"): the stamp of the update written below it."""
    if len(exprs) != 1 or exprs[0].start > status.end() + 1 or exprs[0].range_end is not None:
        return False
    word = status.group("word").lower()
    if word.endswith("updated") or word.startswith("last"):
        return False  # "Last updated: 2023-11-04 09:00": when the page was edited
    return not line[exprs[0].end:].strip(" \t*_:.)]")


# "Event: cache flushed" under "Time: 14:05": the words of the entry stamped just above
TOLD_FIELD_RE = LazyPattern(
    r"[ \t]*+(?:[-*+•][ \t]++)?[*_]{0,2}(?:event|description|what[ \t]++happened|action"
    r"|activity|details?)[*_]{0,2}[ \t]*+[:：][*_]{0,2}[ \t]*+(?P<text>\S.*)", re.IGNORECASE)


def _told_below(lines: list[str], i: int) -> str | None:
    """The words a "Time:" field's entry is given on the line right below it, as "Event:",
    "Description:" or "Action:" (None if that line is anything else)."""
    if i + 1 >= len(lines):
        return None
    m = TOLD_FIELD_RE.fullmatch(lines[i + 1])
    return _clean(lines[i + 1])[:PROSE_WINDOW] if m is not None else None


CJK_TITLE_CHARS = 20  # a title in Chinese, Japanese or Korean alone on its line, at most
BYLINE_LOG_ENTRIES = 2  # clocks alone in a log below a byline, to tell its times are earlier
BYLINE_REACH = 5  # lines with words above a byline's stamp: a title, a standfirst, an author
BYLINE_LINES = 40  # lines above a byline's stamp, blank and date lines too (a bound on the work)


def _a_day_alone(expr: TimeExpr) -> bool:
    """A stamp that names one day and no time ("### 4 March 2024", "2016-02-03:"): the words
    under it may be that day's account, whose times are read as prose."""
    return expr.clock is None and expr.range_end is None and expr.date is not None \
        and expr.date.day is not None and expr.date.range_end is None


def _rest(line: str, expr: TimeExpr) -> str:
    end = expr.range_end.end if expr.range_end is not None else expr.end
    if expr.clock is None and (zoned := DAY_ZONE_PAREN.match(line, end)) is not None \
            and _paren_zone(zoned.group("z")) is not None:
        end = zoned.end()  # "2 June 2024 (UTC): customers notified": the day's zone
    sep = SEPARATOR_RE.match(line, end)
    rest = _clean(line[sep.end() if sep else end:])
    if not rest or not (rest[0].isdigit() or rest[0] in "(|/"):
        return rest
    if rest[0] in "|/":
        return "" if _rendering_only(rest[1:].lstrip(" \t")) else rest
    joined = line[end:sep.end()] if sep else ""
    return "" if ("|" in joined or "/" in joined or rest[0] == "(") \
        and _rendering_only(rest) else rest


def _rendering_only(rest: str) -> bool:
    """`rest` is only the time before it told on another zone's clock ("10:24 PT" after a
    bar or a slash, "(15:40 CET)"): a stamp line in two zones holds no words of its own."""
    paren = rest[0] == "("
    body = rest[1:].lstrip(" \t") if paren else rest
    found = scan(body)
    if len(found) != 1 or found[0].start != 0 or found[0].clock is None \
            or found[0].zone is None:
        return False
    return body[found[0].end:].strip(" \t*_") == (")" if paren else "")


def _clean(text: str) -> str:
    text = _strip_marks(text)
    text = text.replace("**", "").replace("__", "")
    return " ".join(text.split()).rstrip("\\ ")  # "\\": a Markdown hard break


def _strip_marks(text: str) -> str:
    """`text` without the blanks and Markdown marks around it: one strip of each end by the
    set of both (a character loop cost more than the rest of `_clean`; a regex anchored at
    the end would rescan a long run of blanks from each of its characters)."""
    return text.lstrip(_LEADING_STRIPPED).rstrip(_TRAILING_STRIPPED)



# A line opening with a colon-less time and a separator: "1845 - paged", "0930\tfailover".
HOUR_LINE = LazyPattern(r"^[ \t]*+(?:[-*+•][ \t]++)?(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)"
                       r"(?:[ \t]*+[-–—:|][ \t]|\t|[ \t]{2})")
# The same lines found in the whole document at once, each after its newline (the text
# searched starts with one, and the search skips ahead to each newline): a run needs three.
HOUR_LINES_IN_TEXT = LazyPattern(r"\n[ \t]*+(?:[-*+•][ \t]++)?(?:[01]\d|2[0-3])[0-5]\d"
                                 r"(?:[ \t]*+[-–—:|][ \t]|\t|[ \t]{2})")


def _hour_log_lines(lines: list[str]) -> frozenset[int]:
    """The lines of runs (three or more lines, blank lines between allowed) that each open
    with a colon-less time, at least two of them one no year could be ("1845", "2130"): in
    such a run "1930" and "2015" are times too."""
    if len(HOUR_LINES_IN_TEXT.findall("\n" + "\n".join(lines))) < 3:
        return frozenset()  # no run can be: most documents, told in one C search
    runs: list[list[tuple[int, str]]] = [[]]
    match = HOUR_LINE.match
    for i, line in enumerate(lines):
        head = line.lstrip(" \t-*+•")
        if not head:
            continue
        m = match(line) if head[:4].isdigit() else None  # four digits first: a cheap test
        if m is None:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append((i, m.group("h")))
    found: set[int] = set()
    for run in runs:
        if len(run) >= 3 and sum(h not in ("19", "20") for _, h in run) >= 2:
            found.update(i for i, _ in run)
    return frozenset(found)


# A line opening with a dotted or colon-less time, a space and a word: "- 10.45 paged"
# (searched over the whole document at once: most documents hold none). It opens with the
# newline before the line (the text searched starts with one): the search skips ahead to
# each newline, where "^" was tested at every position of the document.
SPACED_LINE = LazyPattern(r"\n[ \t]*+(?:[-*+•][ \t]++)?(?P<h>[01]\d|2[0-3]|[1-9](?=\.))\.?"
                          r"(?P<m>[0-5]\d)"
                          r"[ ][^\W\d_]")


def _spaced_log_lines(lines: list[str]) -> frozenset[int]:
    """The lines of runs (three or more, blank lines between allowed) right under a line
    naming a timeline ("## Timeline (CET)") that each open with a dotted or colon-less time
    and a word, the times mostly running forward: "- 10.45 delays start", "- 10.52 paged".
    Elsewhere such a number with no separator after it is no time ("10.12 Scope", a
    section's number). A colon-less run needs two hours no year could be ("1845")."""
    text = "\n" + "\n".join(lines)  # each line after a newline, the first one too
    found: set[int] = set()
    run: list[tuple[int, re.Match[str]]] = []
    line, at = 0, 0
    for m in SPACED_LINE.finditer(text):
        line += text.count("\n", at, m.start())  # the newlines before the line's own
        at = m.start()
        if run and _breaks_a_run(lines, run[-1][0] + 1, line):
            if _spaced_run(lines, run):
                found.update(k for k, _ in run)
            run = []
        run.append((line, m))
    if _spaced_run(lines, run):
        found.update(k for k, _ in run)
    return frozenset(found)


def _breaks_a_run(lines: list[str], start: int, end: int) -> bool:
    """Whether the lines between two of a run's ends it: more than one line of text, or a
    heading. One line is the entry above carried on ("0735 deploying to prod" over "build
    failed as expected."), or an entry written another way ("0711: deploy failed")."""
    text = [k for k in range(start, end) if lines[k].strip()]
    if any(lines[k].lstrip().startswith("#") for k in text):
        return True
    return sum(HOUR_LINE.match(lines[k]) is None for k in text) > 1


def _spaced_run(lines: list[str], run: list[tuple[int, re.Match[str]]]) -> bool:
    """Whether `run` (see _spaced_log_lines) is a timeline's entries: under a line naming a
    timeline, or, anywhere, four or more colon-less times that no year could be, each later
    than the one before ("0710 banner deployed", "0713 restarted", ...: a log's hours)."""
    if len(run) < 3:
        return False
    above = run[0][0] - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    if above < 0 or not _names_timeline(lines[above]):
        minutes = [int(m.group("h")) * 60 + int(m.group("m")) for _, m in run]
        return len(run) >= 4 and all("." not in m.group(0) and m.group("h") not in ("19", "20")
                                     for _, m in run) \
            and all(b > a for a, b in pairwise(minutes))
    if not all("." in m.group(0) for _, m in run) and \
            sum(m.group("h") not in ("19", "20") for _, m in run) < 2:
        return False  # "2015 we launched", "2018 we migrated": years
    minutes = [int(m.group("h")) * 60 + int(m.group("m")) for _, m in run]
    forward = sum(b > a for a, b in pairwise(minutes))
    return forward >= 2 * (len(minutes) - 1 - forward) and forward >= 2


# "- Ultimo aggiornamento:", "| Updated", "· Zuletzt aktualisiert": a page's second stamp, when
# it was last changed, after the one it was posted at
UPDATED_BETWEEN = re.compile(r"[ \t]*+[-–—|•·,/]?[ \t]*+(?:(?:last|ultimo|zuletzt|dernière"
                             r"|última|ultima)[ \t]++)?(?:updated|update|modified|edited"
                             r"|aggiornamento|aggiornato|aktualisiert|mis[ \t]++à[ \t]++jour"
                             r"|mise[ \t]++à[ \t]++jour|actualizado|actualización|atualizado"
                             r"|atualização|bijgewerkt|zaktualizowano|aktualizováno)"
                             r"(?:[ \t]++(?:on|at|le|am|il|el|em|op))?[ \t]*+:?[ \t]*+",
                             re.IGNORECASE)


def _updated_stamp_after(line: str, first: TimeExpr, exprs: list[TimeExpr]) -> bool:
    """"Venerdì 29 Aprile 2011, 11:26 - Ultimo aggiornamento: 28 Maggio, 17:32": the line
    is a page's posting stamp and its last update's, and nothing else."""
    if len(exprs) != 2 or exprs[0] is not first or exprs[1].clock is None:
        return False
    second = exprs[1]
    return UPDATED_BETWEEN.fullmatch(line, first.end, second.start) is not None \
        and not line[second.end:].strip(" \t*_.,)")


def _more_stamps(text: str, first: TimeExpr, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """The times right after an entry's stamp, joined to it by "and", "&" or commas
    ("**11:50** and **11:57** - two requests", "| 01:26, 07:49 | restarts twice |", "20:11,
    20:15 and 20:40: restarts"): the entry happened at each. Only clocks alone after a clock
    alone."""
    if len(exprs) < 2 or exprs[0] is not first or first.clock is None \
            or first.range_end is not None:
        return []
    more: list[TimeExpr] = []
    before = first
    for again in exprs[1:]:
        if again.clock is None or again.date is not None or again.range_end is not None \
                or again.start - before.end > 12 \
                or text[before.end:again.start].strip(" \t*_") not in _STAMPS_JOINED:
            break
        more.append(again)
        before = again
    return more


_STAMPS_JOINED = (",", "and", "&", ", and", ",and")


def _row_date(cells: list[tuple[int, str]], skip: tuple[int, ...]
              ) -> tuple[int, DateParts] | None:
    """The date a table row states in a cell of its own ("| 2025-02-11 | 14:05 | 15:20 |"),
    with that cell's index, if exactly one other cell is a date and nothing else."""
    days = []
    for k, (_, cell) in enumerate(cells):
        if k in skip:
            continue
        found = scan(cell)
        if len(found) == 1 and found[0].clock is None and found[0].date is not None \
                and found[0].range_end is None and found[0].date.day is not None \
                and len(_clean(cell)) <= len(found[0].written) + 2:
            days.append((k, found[0].date))
    return days[0] if len(days) == 1 else None

# a column that holds each row's zone: "Zone", "Time zone", "Timezone", "TZ"
ZONE_COLUMN = LazyPattern(r"(?:time[ \t]?)?zone|tz", re.IGNORECASE)


# what may stand between a step's words and the time that closes it: a dash, a comma, a
# colon, "@" or an opening parenthesis ("Cache restarted — 14:31", "Alerts fire (14:05)")
_STEP_TIME_GAP = LazyPattern(r"[\w.)\]*_`'’\"][ \t]*+(?:[-–—,:|@]|\()[ \t]*+[*_`]{0,2}$")
_STEP_AT_GAP = LazyPattern(r"[\w.)\]*_`'’\"][ \t]++(?:at|on)[ \t]++[*_`]{0,2}$")
# (right after the time: a search starts only where a run of blanks and marks begins)
_STEP_TIME_END = LazyPattern(r"(?<![ \t*_`])[ \t*_`]*+\)?[ \t*_`]*+\.?[ \t]*+$")


def _stamp_ending_step(line: str, exprs: list[TimeExpr]) -> TimeExpr | None:
    """The one time of a list item that closes it, after the step's words and a dash, a
    comma or an opening parenthesis, or after "at" when it writes its own date; None for a
    time the words speak of ("finished by 14:05", "at 14:05"), more than one time, or words
    after the time."""
    if len(exprs) != 1 or exprs[0].clock is None or exprs[0].range_end is not None:
        return None
    stamp = exprs[0]
    if _STEP_TIME_END.fullmatch(line, stamp.end) is None:
        return None
    if _STEP_TIME_GAP.search(line, max(0, stamp.start - 12), stamp.start) is None and not (
            stamp.date is not None and stamp.date.day is not None
            and _STEP_AT_GAP.search(line, max(0, stamp.start - 12), stamp.start) is not None):
        # ("- Attacker deployed the contract at 2021-02-13 5:37 AM +UTC": "at" before a time
        # that writes its own date is the step's stamp, not a time the words speak of)
        return None
    words = _clean(line[:stamp.start])
    if sum(map(str.isalpha, words)) < 3:
        return None
    field = line.rfind(" | ", 0, stamp.start)
    if field >= 0 and ":" in line[field:stamp.start]:
        return None  # "... is failing. | Violation started: Aug 20, 2025 at 5:02PM": a field
        # of a pasted alert's record, its fields apart by bars, no step of the timeline
    return stamp


def _zone_named_column(line: str) -> Zone | None:
    """"| UTC | Pacific | What |": a time column headed by its zone's name alone. A row's
    entry is read from its first time cell, under the first such head (another gives the
    same moments in another zone), so that head's zone is the rows'."""
    for _, cell in _cells(line)[:3]:
        written = _clean(cell).strip(" *_:")
        if 2 <= len(written) <= 24 and written[0].isalpha():
            zone = zones.parse_zone_option(written)
            if zone is not None:
                return zone
    return None


def _cjk_comma_after(line: str, end: int) -> bool:
    """The ideographic comma right after a time (past a zone in parentheses): the time opens
    a sentence of Chinese or Japanese prose, no entry with its separator."""
    rest = line[end:end + 24].lstrip(" \t")
    if rest[:1] in ("(", "（"):
        close = min((j for j in (rest.find(")"), rest.find("）")) if j > 0), default=-1)
        if close < 0:
            return False
        rest = rest[close + 1:].lstrip(" \t")
    return rest[:1] in ("，", "、")


def _column_of(cells: list[tuple[int, str]], position: int) -> int:
    """The index of the cell of `cells` (each its start and text) holding `position`."""
    return max((k for k, (start, _) in enumerate(cells) if start <= position), default=0)


def _cells(line: str) -> list[tuple[int, str]]:
    """A table row's cells as (offset of the cell's first character, stripped text)."""
    cells: list[tuple[int, str]] = []
    body = line.rstrip()
    start = 0
    stripped = body.lstrip()
    if stripped.startswith("|"):
        start = body.index("|") + 1
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    if start > len(body):
        return cells
    pos = start
    i = body.find("|", start)  # from bar to bar, not character by character
    while i != -1:
        if i == 0 or body[i - 1] != "\\":
            cells.append(_cell(body, pos, i))
            pos = i + 1
        i = body.find("|", i + 1)
    cells.append(_cell(body, pos, len(body)))
    return cells


def _cell(body: str, start: int, end: int) -> tuple[int, str]:
    raw = body[start:end]
    return start + len(raw) - len(raw.lstrip()), raw.strip()


def _column_zone(expr: TimeExpr, cells: list[tuple[int, str]],
                 named: tuple[int, dict[int, Zone]]) -> TimeExpr:
    """A record table's time with no zone of its own, in a column whose head names one
    ("| Created (UTC) | Created (EDT) |"): that zone, as the head (on line `named[0]`)
    gives it."""
    head, zones_of = named
    if expr.zone is not None or expr.clock is None or not zones_of:
        return expr
    column = sum(1 for start, _ in cells[1:] if start <= expr.start)
    zone = zones_of.get(column)
    if zone is None:
        return expr
    return replace(expr, zone=zone, inherited=(
        *expr.inherited, f"zone {zone.label} from its column's head on line {head}"))


def _placed_alone(expr: TimeExpr) -> bool:
    """A clock with its month and day written ("On August 11, 2024, at 20:00 CET", "19:10
    on Sunday, July 8", "11.08.2024 20:00 CET - 13.08.2024 01:00 CET"): inside an entry's
    own words it needs nothing from the entry, whose day and zone may not be its, to be
    placed (a year left out is the document's), and is read as the prose's time. A bare
    clock there ("restored at 10:00AM" under a stamp in UTC) is left unread."""
    date = expr.date
    return expr.clock is not None and date is not None \
        and date.month is not None and date.day is not None


def _shift(expr: TimeExpr, offset: int, line: str) -> TimeExpr:
    end = replace(expr.range_end, start=expr.range_end.start + offset,
                  end=expr.range_end.end + offset) if expr.range_end else None
    return replace(expr, start=expr.start + offset, end=expr.end + offset, range_end=end)


def _is_separator_row(line: str) -> bool:
    """Only "|", "-", ":" and blanks between the line's outer blanks ("|---|:--|"): the
    characters stripped away leave nothing (a set of each line's characters cost more)."""
    return not line.strip().strip("|-: \t")
