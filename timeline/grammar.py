"""The date grammar: components, and the orders and separators they may come in.

A date is written as a sequence of components (weekday, day, month as a name or a number,
year, an ordinal day in words) joined by separators. `ORDERS` lists the sequences pmlint
reads, one row each; `DATE_RE` is generated from the table as one alternation, every run
possessive or bounded, so that a line is scanned once for every order and the scan stays
linear. A new order of known parts is a new row, not a new regex.

Each row names its parts with the keys of `PARTS` (a component, captured under the row's
prefix) or of `SEPARATORS` (not captured), a `sep` part captures a separator that a later
`same` part must repeat ("2023-01-04", not "2023-01/04"). A row also says what may not
stand right before it (`before`) and right after it (`after`): these guards keep versions,
paths, ranges of numbers and IP addresses out ("4-24 hours", "10.0.0.1", "/2018/10/19/").

Rows are tried in order at each position, the first that matches wins: longer and more
specific orders come first. `read_date` turns a match into its parts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pmlint.timeline.casefold import fold_keep_m, folded_pattern
from pmlint.timeline.frozen import quick_init
from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.starts import ascii_digits

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
# Weekdays in French, Spanish, Portuguese, German, Dutch, Italian, the Nordic languages,
# Finnish (as named and in the essive, "tiistaina": on Tuesday), Polish, Czech, Russian and
# Ukrainian (as named and after "в"/"у": "в пятницу", on Friday) and
# Indonesian: opening an entry
# before its clock as "Saturday 18h" does in English, or a date ("lundi 28 août")
FOREIGN_WEEKDAYS = {
    word: day
    for day, names in enumerate((
        "lundi lunes segunda segunda-feira montag maandag lunedì lunedi"
        " mandag måndag senin maanantai maanantaina poniedziałek pondělí понедельник"
        " понеділок",
        "mardi martes terça terca terça-feira terca-feira dienstag dinsdag martedì martedi"
        " tirsdag tisdag selasa tiistai tiistaina wtorek úterý вторник вівторок",
        "mercredi miércoles miercoles quarta quarta-feira mittwoch woensdag mercoledì mercoledi"
        " onsdag rabu keskiviikko keskiviikkona środa środę středa středu среда среду середа"
        " середу",
        "jeudi jueves quinta quinta-feira donnerstag donderdag giovedì giovedi torsdag kamis"
        " torstai torstaina czwartek čtvrtek четверг четвер",
        "vendredi viernes sexta sexta-feira freitag vrijdag venerdì venerdi fredag jumat"
        " perjantai perjantaina piątek pátek пятница пятницу пʼятниця пʼятницю п'ятниця"
        " п'ятницю",
        "samedi sábado sabado samstag sonnabend zaterdag lørdag lördag sabtu lauantai"
        " lauantaina sobota sobotę sobotu суббота субботу субота суботу",
        "dimanche domingo sonntag zondag domenica søndag söndag minggu sunnuntai sunnuntaina"
        " niedziela niedzielę neděle neděli воскресенье неділя неділю",
    ))
    for word in names.split()
} | {  # the weekday's character a Japanese or Korean date gives in parentheses: "(火)", "(화)"
    char: day for day, pair in enumerate(("月월", "火화", "水수", "木목", "金금", "土토", "日일"))
    for char in pair
} | {  # and a Chinese one's word: "（周三）", "(星期三)", "（礼拜天）"
    f"{lead}{number}": day
    for lead in ("周", "週", "星期", "礼拜", "禮拜")
    for day, numbers in enumerate(("一", "二", "三", "四", "五", "六", "日天"))
    for number in numbers
}
_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")

# "may", "mar" and "march" in lower case are verbs, unless a day and a year follow.
_VERB_MONTH_DATE = r"(?=\.?[ \t]?\d{1,2}(?:st|nd|rd|th)?,?[ \t]?(?:19|20)\d{2}(?!\d))"
# Month names of other languages, written out (Spanish, Portuguese, French, German, Italian,
# Dutch, the Nordic names English and German do not share: maj, marts, augusti, desember,
# Finnish in the nominative and the partitive, Polish and Czech in the genitive a date
# writes: "14. joulukuuta", "9 marca", "14. března", Turkish ("5 Şubat 2024"; its capital Ş and
# its dotless ı as the folded line has them), and Russian and
# Ukrainian in Cyrillic: "15 сентября", "3 березня", "4 листопада", Romanian and Hungarian
# ("14 ianuarie 2020", "08 iul. 2020", "3 március 2024"), and Ukrainian's
# nominative and short forms a byline writes: "04 Лют 2024"), and their
# abbreviations that are no English word ("29 dic", "3 abr.", "12 okt", "21 ott");
# "ago", "set", "gen" (Italian's and Spanish's) count only between a day and a year
# (YEARED_MONTH_ABBREVIATIONS), "out" never
FOREIGN_MONTH_NAMES: dict[str, int] = {
    name: number
    for number, names in enumerate((
        "enero ene janeiro janvier janv januar jänner gennaio januari stycznia ledna ocak"
        " января январь янв січня січень січ ianuarie ian január",
        "febrero fevereiro fev février févr fevrier februar febbraio februari lutego února şubat"
        " Şubat februarie febr február"
        " февраля февраль фев лютого лютий лют",
        "marzo março märz maerz mars maart marts marca března maret mart"
        " марта март березня березень бер martie március márc",
        "abril abr avril avr aprile kwietnia dubna nisan"
        " апреля апрель апр квітня квітень квіт aprilie április ápr",
        "mayo maio mai maggio mag mei maj maja května mayıs mayis"
        " мая май травня травень трав május máj",
        "junio junho juin juni giugno giu czerwca června haziran"
        " июня июнь червня червень черв iunie iun június jún",
        "julio julho juillet juil juli luglio lug lipca července temmuz"
        " июля июль липня липень лип iulie iul július júl",
        "agosto août augustus augusti agustus sierpnia srpna ağustos"
        " августа август авг серпня серпень серп augusztus",
        "septiembre setiembre setembro septembre settembre września září eylül"
        " сентября сентябрь сент сен вересня вересень вер septembrie szeptember szept",
        "octubre outubro octobre oktober okt ottobre ott października října ekim"
        " октября октябрь окт жовтня жовтень жовт octombrie október",
        "noviembre novembro novembre listopada listopadu kasım kasim"
        " ноября ноябрь нояб ноя листопада листопад лист noiembrie",
        "diciembre dic dezembro dez décembre déc dezember dicembre desember grudnia prosince"
        " aralık aralik"
        " декабря декабрь дек грудня грудень груд decembrie",
    ), start=1)
    for name in names.split()
} | {
    # Finnish, in the nominative and in the partitive a date writes ("14. joulukuuta 2018")
    f"{name}{ending}": number
    for number, name in enumerate(("tammikuu", "helmikuu", "maaliskuu", "huhtikuu",
                                   "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu",
                                   "lokakuu", "marraskuu", "joulukuu"), start=1)
    for ending in ("", "ta")
}
# "3 set 2024", "21 ago 2025", "5 gen. 2024": English words, a month only before a year
YEARED_MONTH_ABBREVIATIONS = {"gen": 1, "ago": 8, "set": 9}
_YEAR_AFTER = r"(?=\.?[ \t]++(?:19|20)\d{2}(?!\d))"
_FOREIGN_MONTH = "|".join(sorted(FOREIGN_MONTH_NAMES, key=len, reverse=True)) \
    + "|(?:" + "|".join(YEARED_MONTH_ABBREVIATIONS) + ")" + _YEAR_AFTER
# "Feburary" and "Febuary" are misspelt often enough to be read as what they mean; so are
# the long names with two letters swapped or one dropped ("Janaury", "Septmber", "Decmeber")
MONTH_NAME = (
    r"(?:jan(?:uary|aury|uray)?|feb(?:ruary|urary|uary)?|(?-i:M)(?:ar(?:ch)?|ay)"  # "March"
    r"|(?-i:m)(?:ar(?:ch)?|ay)" + _VERB_MONTH_DATE
    + r"|(?<=\d)(?-i:m)(?:ar(?:ch)?|ay)|apr(?:il)?|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember|mber|emeber)?)?|oct(?:ober|ber)?"
    r"|nov(?:ember|mber|emeber)?|dec(?:ember|mber|meber|emeber)?)"
)
_DAY_WORD = ("(?:" + "|".join(f"(?:twenty|thirty)-?{u}" for u in ("first",))
             + "|twenty-?(?:" + "|".join(_UNITS[1:]) + ")"
             + "|" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + ")")

# Words that make a line worth scanning though it holds no digit ("March third").
DAY_WORD_HINTS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth", "tenth", "eleventh", "twelfth", "teenth", "tieth")

# After a two-digit year written with blanks ("Aug 9, 96"): the sentence's end or its
# clock; not a comma that goes on with another number or "and" ("October 21, 28, and
# 29-30", "March 3, 10 and 17": a list of days of the month, no year)
_AFTER_YY = (r"(?=$|,(?![ \t]*+(?:\d|and[ \t]|or[ \t]|&))|[;)\]|]|\.(?!\d)"
             r"|[ \t]++(?:at[ \t]|@|\d{1,2}:\d{2}))")

# Components: each is captured as <row>_<name>.
PARTS = {
    "wd": (r"(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|t|r|rs)?"
           r"(?![a-z])"),
    "d": r"\d{1,2}",  # a day
    "dord": r"\d{1,2}(?:st|nd|rd|th)?",  # a day, maybe with its ordinal suffix
    "dword": _DAY_WORD,  # "third", "twenty-first"
    "d2": r"\d{1,2}(?:st|nd|rd|th)?",  # the end of a day range
    "dsuf": r"\d{1,2}(?:st|nd|rd|th)",  # a day with its ordinal suffix, never without
    "mon": MONTH_NAME + r"(?![a-z])",
    "m": r"\d{1,2}",  # a month number
    "y": r"\d{4,5}",  # an ISO year, checked for plausibility later
    "y4": r"(?:19|20)\d{2}",
    # 平成17年: Japan's era and the year in it (元 for its first); 民國113年: the Republic of
    # China's, as Taiwan dates its official texts
    "era": "平成|令和|昭和|民國|民国",
    "eray": r"\d{1,3}|元",
    # 114年11月19日: the Republic of China's year without its era's name, three digits
    "rocy": r"1[0-4]\d",
    "yy": r"\d{2}",  # a two-digit year
    "ay": r"\d{4}|\d{2}",  # a numeric date's year
    "a": r"\d{1,2}",  # the two numbers of a numeric date, order settled later
    "b": r"\d{1,2}",
}
SEPARATORS = {
    # after a weekday: "Mon, ", "Tue. "; a full name's dot ends a sentence ("on Friday. 2024-")
    # (Indonesian's "date" between a weekday and its date: "Sabtu tgl 31 Mei 2020")
    "wdsep": r"(?:(?<!day)\.)?,?[ \t]++(?:(?:tgl\.?|tanggal)[ \t]++)?",
    "wdsep_opt": r"(?:(?<!day)\.)?,?[ \t]*+",
    "paren_open": r",?[ \t]*+\([ \t]*+",
    "paren_close": r"[ \t]*+\)",
    "sp": r"[ \t]*+",
    "sp1": r"[ \t]++",
    "dot": r"\.?",
    "hyphen": "-",
    "hyphen_or_slash": "[-/]",
    # ("March 31st. 2014": a full stop after an ordinal day before its year)
    # ("July 29. 2024 02:17": a full stop for the comma, before a year only)
    "comma": (r"[ \t]*+(?:,|(?<=st|nd|rd|th)\.(?=[ \t])"
              r"|(?<=\d)\.(?=[ \t]++(?:19|20)\d{2}(?!\d)))?[ \t]*+"),
    "commasp": r"(?:,[ \t]*+|[ \t]++)",
    # "3rd of May", "3 May", "3-May"; "29 de diciembre", "3. März"
    # "3 May", "3rd of May", "the 14th day of April" (a formal notice's way)
    "dmy": r"\.?(?:[ \t]++(?:day[ \t]++)?(?:of|de)[ \t]++|[ \t/.-]++)",
    "the": r"(?:the[ \t]++)?",
    "ord": r"(?:st|nd|rd|th)?",
    # ("12→13 Sep", "12->13/09/2026": an arrow joins a range's days as a dash does)
    "dash": r"[ \t]*+(?:->|-|–|—|→|to|through|thru|until|till)[ \t]*+",
    "ddash": r"\.?[ \t]*+(?:->|-|–|—|→)[ \t]*+",
    # ("between February 15th and 18th", "July 15 & 16, 2014": "and" joins a range's days
    # when the second has its ordinal or a year follows it; "March 3 and 5 servers" is none)
    "dash_or_slash": (r"(?:[ \t]*+(?:->|-|–|—|→|to|through|thru|until|till)[ \t]*+"
                      r"|/(?=\d{1,2}(?:st|nd|rd|th))"
                      r"|[ \t]++(?:and|&)[ \t]++(?=\d{1,2}(?:st|nd|rd|th)(?![A-Za-z\d])"
                      r"|\d{1,2},?[ \t]++(?:19|20)\d\d(?!\d)))"),
    "ymd": r"[ \t]*+[/.-]?[ \t]*+",
    "slash": "/",
    # ("2023 年 10 月 23 日": the blanks Chinese web text often sets between digits and
    # characters)
    "nen": "[ \t]?年[ \t]?",
    # 2018年(平成30)12月7日, 2018年（平成30年）12月7日: the era's year in parentheses after
    # the western one, as Japanese official notices write it
    "eraparen": (r"[ \t]*+[(（][ \t]*+(?:平成|令和|昭和)?[ \t]*+(?:[0-9]{1,2}|元)[ \t]*+年?"
                 r"[ \t]*+[)）][ \t]*+"),
    "tsuki": "[ \t]?月[ \t]?",
    # ("12月18号": Chinese also marks the day with 号/號, "number")
    "nichi": "[ \t]?[日号號]",
    "nyeon": "년[ \t]*+",  # 2025년 10월 3일: the same, as written in Korean
    "wol": "월[ \t]*+",
    "il": "일",
}
_SEP_CHOICES = {
    "sep_iso": r"[-/.–]",  # "2023–07–04": a blog editor's typographic dashes
    "sep_num": r"[/\-–]",
}


@dataclass(frozen=True)
class Order:
    """One row of the date grammar: a sequence of parts and its guards."""

    name: str
    parts: tuple[str, ...]
    before: str = ""  # a negative lookbehind's class, or a full lookaround
    after: str = ""
    optional_from: int | None = None  # parts from this index on may be left out together
    short_after: str = ""  # a lookahead that must hold where the optional tail is left out


# A month name followed by a day of its own and then its year or the line's end
# ("January 23, 2026", "March 5 2024", "June 10", "Dec. 16, 2008"): not the end of a date
# written day first ("#3 - Dec. 16, 2008": a post's number, then its date)
_MONTH_ITS_OWN_DAY = (r"(?!\.?[ \t]*+\d{1,2}(?:st|nd|rd|th)?"
                      r"(?:,?[ \t]++(?:19|20)\d{2}(?!\d)|[ \t]*+(?![^\n])))")

# a colon after a day range ends a label ("June 24-26, 2021: ..."), unless a clock's minutes follow
_AFTER_RANGE = (r"(?![\dA-Za-z]|:\d|[ \t]*+(?:[AaPp]\.?[ ]?[Mm]|UTC|GMT|[ECMP][SD]T|h(?:ours?|rs?)?"
                r"|min(?:utes?)?)(?![A-Za-z]))")
# "_7/6/23_": an underscore after a date is Markdown emphasis, not a word going on
# the zones a clock may write between it and a year-less date after it ("3am BST on 20/04"),
# by their length (a lookbehind's alternatives are of one width)
_ZONE3 = "(?:UTC|GMT|BST|EDT|EST|CDT|CST|MDT|MST|PDT|PST|CET|EET|WET|IST|JST|KST|SGT|HKT)"
_ZONE4 = "(?:CEST|EEST|WEST|AEST|AEDT|ACST|AWST|NZST|NZDT)"
_AFTER_NUMERIC = r"(?:(?=[/:.]\d{1,2}:\d{2})|(?![^\W_]|[/\-–]|[:.]\d))"
ORDERS: tuple[Order, ...] = (
    # 2023-01-04, 2023/01/04, 2023.01.04, 2023–01–04 (and a log's 2023/01/04 11:34:02)
    # (a weekday may come before, or in parentheses after: "Tuesday, 2023-01-04 (Tue)")
    # (and an ISO 8601 interval's end, after the slash that follows the start's clock:
    # "2026-02-20T17:45:00/2026-02-23T17:45:00"; another slash before a date is a path's)
    Order("iso", ("wdopt", "y", "sep_iso", "m", "same", "d", "wdparen"),
          # ("Incidents/2019-06-24 wdqs": a wiki's sub-page title, the date its name)
          r"(?:(?<![0-9A-Za-z./–-])|(?<=:\d\d/)|(?<=\dZ/)|(?<=[A-Za-z]/))",
          r"(?![\d]|[-–]\d|\.\d|/(?!\d{1,2}:\d{2})\w)"),
    # 2024-12-19/20: a night's two days, the second after a slash (as ISO 8601 writes an
    # interval "2024-12-19/20")
    Order("iso_range", ("y", "sep_iso", "m", "same", "d", "slash", "d2"),
          r"(?<![0-9A-Za-z./–-])", r"(?![\w/:.-])"),
    # 2012/Aug/10, 2018 March 18
    Order("ymd_name", ("y4", "ymd", "mon", "dot", "ymd", "dord"), r"(?<![0-9A-Za-z./-])",
          r"(?![\d:A-Za-z])"),
    # '22.10.15(토), 22.10.15(土): a two-digit year first, as Korean and Japanese notices
    # write it, vouched for by the weekday in parentheses after it
    Order("yy_dotted_cjk", ("yy", "sep_dot", "m", "same", "d"), r"(?<![0-9A-Za-z./:-])",
          r"(?=[ \t]?\((?:[월화수목금토일](?:요일)?|[月火水木金土日](?:曜日?)?)\))"),
    # 20.04.22 at 09:10, "20.04.22, um 09:10": a two-digit year after a zero-padded day and
    # month, with a word for "at" before the clock ("1.2.22 at 09:10" may be a version)
    Order("dotted_yy_at", ("d", "sep_dot", "m", "same", "yy"),
          r"(?<![0-9A-Za-z./:-])(?<!version )(?<!release )(?=\d\d\.\d\d\.\d\d(?!\d))",
          r"(?=(?:,?[ ](?:at|um|à|kl\.?|klo|kello|om|alle|às)|,)[ ]\d{1,2}[.:]\d{2})"),
    # 24.02.2022 (day first: dots are European); "28. 3. 2022", "28.03.2022." as Czech,
    # Slovak, Croatian, Serbian and Hungarian write it, a dot after the year too
    # ("23.12.2019г.": Russian's mark of the year glued on)
    # (a weekday may come before: "Tuesday, 04.07.2023", "Dienstag, 04.07.2023")
    Order("dotted", ("wdopt", "a", "sep_dot_sp", "b", "same", "dotted_year"),
          r"(?<![0-9A-Za-z./:-])",
          r"(?=г\.?(?![^\W\d_])|(?![^\W_]|[/-]|\.[\w.]|:\d))"),
    # 6/9/22, 24-02-2022, 24–02–2022 (order settled by the document)
    Order("numeric", ("wdopt", "a", "sep_num", "b", "same", "ay", "wdparen"),
          r"(?<![0-9A-Za-z./:-])", _AFTER_NUMERIC),
    # 03, 14, 2024
    Order("commas", ("a", "commaonly", "b", "commaonly", "y4"), r"(?<![0-9A-Za-z.,/:-])",
          r"(?!\d)"),
    # [03-26 23:04]: a year-less numeric date only right before a clock (opening the line,
    # its list item, its bold or a parenthesis: "| **07-04 21:20** | ...", "(13/09 00h36)"),
    # a 12-hour one too, dotted or on the hour ("13/07 4.50 pm", "12/07 9pm")
    # (and as a range's end after its start's clock: "2025-09-05 20:40 ~ 09-16 14:00"; with
    # "at" before the clock: "4/25 at 4:00pm")
    # ("1. 08-03 14:04: ...", "12. 08-04 09:46": opening a numbered list's item too, whose
    # marker the lexer blanks)
    Order("md_clock", ("a", "sep_md", "b"),
          r"(?:(?<=\[)|(?<=\()|^|(?<=^[-*+•] )|(?<=^\*\*)|(?<=^__)|(?<=^[-*+•] \*\*)"
          r"|(?<=^[ ]{3})|(?<=^[ ]{4})"
          r"|(?<=^\| )|(?<=\d ~ )|(?<=\d ～ )|(?<=\d 〜 )|(?<=\d - )|(?<=\d – )|(?<=\d to ))",
          # ("09/03 - 08:06": a dash between the two, as a table's cell may join them)
          r"(?=(?:[ ]at|[ ][-–])?[ T]~?(?:\d{1,2}[:h]\d{2}(?!\d)"
          r"|\d{1,2}(?:\.\d{2})?[ ]?[AaPp]\.?[Mm](?![A-Za-z])))"),
    # "it ended on 21/07 at 13:43", "on 3/4, 10:05": a year-less numeric date after "on",
    # right before its clock; after the same word in French, Spanish, Italian, Portuguese,
    # Dutch, German and the Scandinavian languages ("le 22/04 à 08h21", "el 3/4 a las 10:05",
    # "den 22/4 kl. 08.21"), with their "at"
    # (and after a label's colon: "Updated: 4/23 10:00", "[Posted: 11/3 18:20]")
    Order("md_on_clock", ("a", "sep_md", "b"),
          r"(?:(?<=[ \t(]on )|(?<=^on )|(?<=[ \t(](?:le|el|il|em|op|am|de) )|(?<=[A-Za-z]: )"
          r"|(?<=^(?:le|el|il|em|op|am|de) )|(?<=[ \t(](?:den|dia) )|(?<=^(?:den|dia) ))",
          r"(?=(?:,?[ \t]++(?:at|@|à|a[ \t]las|alle|às|om|um|kl\.?|klo)|,)?[ \t]*+~?"
          r"\d{1,2}(?:(?:[:.]|h(?=\d{2}))\d{2}(?!\d)"
          # (or a 12-hour clock on the hour: "on 6/12 at 9am", "on 3/4 at 11 p.m.")
          r"|[ ]?[AaPp]\.?[Mm](?![A-Za-z])))"),
    # "no dia 27/11", "do dia 26/11", "el día 3/4": a year-less numeric date after the
    # Portuguese or Spanish word for "day", which says a date follows, clock or not
    Order("md_day_word", ("a", "sep_slash", "b"),
          r"(?:(?<=[ \t(]dia )|(?<=^dia )|(?<=[ \t(]día )|(?<=^día ))",
          r"(?![\d/]|\.\d|[ \t]++(?:dos|das|del)[ \t])"),  # ("3/4 dos servidores": a share)
    # "SKYGOLD opened 08-07 20:05", "restarted 11/03 09:14": after any word, a year-less
    # numeric date of two two-digit numbers right before a 24-hour clock (one-digit parts
    # after a word are a count's more often: "pages 3-4 10:00")
    Order("md_word_clock", ("a", "sep_md", "b"),
          r"(?<=[A-Za-z,] )(?=\d\d[-/]\d\d )",
          r"(?=[ ]\d{2}:\d{2}(?::\d{2})?(?![\d:.]|[ ]?[AaPp]\.?[Mm](?![A-Za-z])))"),
    # "7/18(月)22:30", "7/19（火） 13:00": a year-less month and day with the weekday's
    # character in parentheses, right before its clock, as Japanese notices write them
    Order("md_cjkwd_clock", ("a", "sep_slash", "b", "cjkwdreq"), r"(?<![0-9A-Za-z./:-])",
          r"(?=[ \t]?\d{1,2}:\d{2})"),
    # "6:30PM 10/27", "10:38 AM on 10/26": a year-less numeric date right after a clock
    # with its AM/PM (its day; "3 PM 2/3 of the nodes" is a fraction: only a slash date
    # whose day or month could not be a count's)
    # (and after the clock's zone, "3am BST on 20/04", "8am BST 21/04"; after a 24-hour
    # clock with "on", "15:00 on 20/04", "15:00 UTC on 20/04"; after a US zone's letters or
    # words and "on", "9am ET on 6/12", "9am Eastern Time on 6/12")
    Order("clock_md", ("a", "sep_slash", "b"),
          r"(?:(?<=[AaPp][Mm] )|(?<=[AaPp][Mm] on )|(?<=[AaPp]\.[Mm]\. )"
          r"|(?<=[AaPp]\.[Mm]\. on )"
          r"|(?<=[AaPp][Mm] " + _ZONE3 + r" )|(?<=[AaPp][Mm] " + _ZONE3 + r" on )"
          r"|(?<=[AaPp][Mm] " + _ZONE4 + r" )|(?<=[AaPp][Mm] " + _ZONE4 + r" on )"
          r"|(?<=[AaPp][Mm] [ECMP]T on )|(?<=\d:\d\d [ECMP]T on )"
          + "".join(rf"|(?<={meridiem} {name} Time on )"
                    for meridiem in (r"[AaPp][Mm]", r"[AaPp]\.[Mm]\.")
                    for name in ("Eastern", "Central", "Mountain", "Pacific")) +
          r"|(?<=\d:\d\d on )|(?<=\d:\d\d " + _ZONE3 + r" on )"
          r"|(?<=\d:\d\d " + _ZONE4 + r" on ))",
          r"(?![\d/]|\.\d|[ \t]++of(?![a-z]))"),
    # "* 11/25" alone on its line over a day's entries (the lexer keeps it only where
    # nothing but list or heading marks come before it: "ratio 11/25" is no date)
    Order("md_alone", ("a", "sep_slash", "b"), r"(?<![0-9A-Za-z./:-])",
          r"(?=[ \t]*+(?:[(（][^)）\n]{1,10}[)）][ \t]*+)?[:：]?[ \t]*+[*_]{0,2}[ \t]*+$)"),
    # 2021年11月25日: year, month and day marked as written in Japanese and Chinese
    Order("cjk", ("y4", "nen", "m", "tsuki", "d", "nichi", "cjkwd"), r"(?<![0-9])", r""),
    Order("ko", ("y4", "nyeon", "m", "wol", "d", "il", "cjkwd"), r"(?<![0-9])", r""),
    Order("cjk_era_paren", ("y4", "nen", "eraparen", "m", "tsuki", "d", "nichi", "cjkwd"),
          r"(?<![0-9])", r""),
    # 12月10日, 10월 3일: the same without the year (a notice's dates under its own year)
    Order("era_cjk", ("era", "eray", "nen", "m", "tsuki", "d", "nichi"), r"", r""),
    Order("roc_cjk", ("rocy", "nen", "m", "tsuki", "d", "nichi", "cjkwd"), r"(?<![0-9])", r""),
    Order("cjk_md", ("m", "tsuki", "d", "nichi"), r"(?<![0-9年])", r""),
    Order("ko_md", ("m", "wol", "d", "il"), r"(?<![0-9년])", r""),
    # 6日13時39分, (5日)4:24, 19일 10시 32분: the day of the month alone before its clock (a
    # news report's day, its month and year those of the dates around it)
    # ("28日上午10点30分", "18号晚上9点": Chinese puts its part of the day between)
    Order("cjk_day", ("d", "nichi"), r"(?<![0-9年月])",
          r"(?=[)）]?[ \t]?(?:午前|午後|上午|下午|凌晨|早上|清晨|中午|傍晚|晚上|晚间|晚間|夜间"
          r"|夜間|夜里|深夜|晚)?[ \t]?[0-9]{1,2}(?:[時时点點]|:[0-5][0-9]))"),
    Order("ko_day", ("d", "il"), r"(?<![0-9년월])",
          # (not "2일 4시간": two days and four hours, a length)
          r"(?=[ \t]?(?:오전|오후)?[ \t]?[0-9]{1,2}(?:시(?!간)|:[0-5][0-9]))"),
    # Thursday 2/1, Fri 2/2: a weekday vouches for a year-less month and day
    Order("wd_md", ("wd", "wdsep", "a", "sep_slash", "b"), r"(?<![0-9A-Za-z])",
          r"(?![\d/]|\.\d)"),
    # Saturday (31/01), Tue (2/4): the same, the day and month in parentheses after it
    Order("wd_paren_md", ("wd", "paren_open", "a", "sep_slash", "b", "paren_close"),
          r"(?<![0-9A-Za-z])", r""),
    # 15Sep94, 28Nov2016, 14april 2015
    Order("compact", ("d", "mon", "y_or_yy"), r"(?<![0-9A-Za-z.:/])",
          r"(?![\d:A-Za-z])"),
    # 03APR 11:40: a year-less compact date only right before a clock
    Order("compact_clock", ("d", "mon"), r"(?<![0-9A-Za-z.:/])",
          r"(?=[ \t]++\d{1,2}:\d{2})"),
    # 21-APR-16, 3/Feb/82: a two-digit year needs the same separator both sides
    Order("dmy_yy", ("dord", "sep_name_nosp", "mon", "same", "yy"), r"(?<![0-9A-Za-z.:/])",
          r"(?![\d:A-Za-z])"),
    # 3 Aug 96, Aug 9, 96: a two-digit year after blanks ends the sentence or meets its clock
    # ("on 3 Aug 10 servers failed" is no year)
    Order("dmy_yy_sp", ("dord", "sp1", "mon", "dot", "sp1", "yy"), r"(?<![0-9A-Za-z.:/])",
          _AFTER_YY),
    Order("mdy_yy", ("mon", "dot", "sp", "dord", "commasp", "yy"), r"(?<![0-9A-Za-z])",
          _AFTER_YY),
    # Aug-05-2021: month name, day and year joined by hyphens, as block explorers write them
    Order("mon_d_y", ("mon", "hyphen", "d", "hyphen", "y4"), r"(?<![0-9A-Za-z-])",
          r"(?![\d:A-Za-z-])"),
    # Mar-04 14:05: a year-less month name and day joined by a hyphen (or a slash, as an IRC
    # server's log writes "[Feb/21 03:55]"), only right before a clock
    Order("mon_d_clock", ("mon", "hyphen_or_slash", "d"), r"(?<![0-9A-Za-z-])",
          r"(?=[ T]~?\d{1,2}:\d{2})"),
    # 17.03. 10:30: a year-less dotted day and month only right before a clock, or a word
    # leading to it ("am 22.3. um 7:47 Uhr", "22.3. gegen 14:50", "on 5.6. at 10:00"), a
    # comma between ("12.03., 01:10 Uhr"); a dotted clock only with its "Uhr" ("12.3. 14.45
    # Uhr": "3.12. 14.45" may be two numbers)
    # (and spaced, as Czech and Slovak write it, with their "v", "ve", "o" (at): "25. 3. v
    # 14:05", "dne 3. 11. ve 22:40")
    # (a dotted clock after the word for "at" too: "28.11. klo 22.00", "3.5. kl. 14.20")
    Order("dm_dot_clock", ("d", "sep_dot_sp", "m", "same"),
          r"(?<![0-9A-Za-z.:/])(?<!version )(?<!release )",
          r"(?=,?[ ]?(?<=[ ,])(?:(?:um|gegen|ab|at|om|kl\.?|klo|kello|klockan|klokken|à|v|ve"
          r"|o(?:[ ]godz\.?)?|godz\.?)"
          r"[ ]++\d{1,2}[.:]\d{2}(?![\d.]\d)"
          r"|\d{1,2}:\d{2}|\d{1,2}\.\d{2}[ ]?[Uu]hr(?![A-Za-z])))"),
    # March 3-5, 2015; Aug 10 to 22
    # (and "Oct. 5/6th": a night's two days, the second with its ordinal)
    Order("md_range", ("wdopt", "mon", "dot", "sp", "dord", "dash_or_slash", "d2", "comma",
                       "y4"),
          r"(?<![0-9A-Za-z])", _AFTER_RANGE, optional_from=7),
    # 3-5 March 2015, 13th to the 15th of July; not "Day 1 - 8 Nov 2024", a day's number
    # in the story, then its date
    # ("the night of Friday 7 to Saturday 8 June 2024": each day with its weekday before it)
    Order("dm_range", ("wdskip", "the", "dord", "dash", "wdskip", "the", "d2", "dmy", "mon", "dot",
                       "ymdsep", "y4"),
          # (not after "Day", but after a weekday's name: "Friday 7 to Saturday 8 June")
          r"(?<![0-9A-Za-z.:/])(?<!^day )(?<![^a-z]day )(?<!phase )(?<!step )(?<!part )",
          _AFTER_RANGE, optional_from=10),
    # 07.-10.08.2018, 15-17.01.2018
    Order("dotted_range", ("d", "ddash", "d2", "sep_dot", "m", "same", "ay"),
          r"(?<![0-9A-Za-z.:/])", r"(?![\w/:.-])"),
    # 12-13/09/2026, 12→13/09/2026: a day range before a day-first numeric month and year
    Order("slashed_range", ("d", "ddash", "d2", "sep_slash", "m", "same", "ay"),
          r"(?<![0-9A-Za-z.:/])", r"(?![\w/:.-])"),
    # November 5th '24, Nov 5 ’24: a year cut to two digits behind an apostrophe
    Order("mdy_apos", ("wdopt", "mon", "dot", "mdsep", "day_any", "apos_yy"),
          r"(?<![0-9A-Za-z])", r"(?![\d'’])"),
    # 5th November '24, Tue 5 Nov ’24: the day first, the year cut behind an apostrophe
    Order("dapos", ("wdopt", "the", "dord", "dmy", "mon", "dot", "apos_yy"),
          r"(?<![0-9A-Za-z.:/])", r"(?![\d'’])"),
    # Monday, March 6th 2016; Sunday, March, 6th 2016; May eighth, 2010; May the 4th, 2020
    # ("3 min readJun 2, 2020": a blog's byline glued to the day it was posted)
    Order("mdy", ("wdopt", "mon", "dot", "mdsep", "the_digit", "day_any", "comma", "y",
                  "wdparen"),
          r"(?:(?<![0-9A-Za-z])|(?<=min read))", r"(?!\d)", optional_from=6),
    # Monday 3 May 2021, the 3rd of May
    # ("Day 1 - January 23, 2026": a month followed by its own day is that day's month, not
    # the end of a day-first date "1 - January")
    Order("dmy", ("wdopt", "the", "dord", "dmy", "mon", "dot", "ymdsep", "y", "wdparen"),
          r"(?<![0-9A-Za-z.:/])", r"(?!\d)", optional_from=6, short_after=_MONTH_ITS_OWN_DAY),
    # Monday the 22nd, Sun 17th: a day named by its weekday and ordinal, its month left to
    # the dates around it (a month after it is the row above's); no bare "the 3rd", which
    # is as often an attempt's or a version's
    Order("wd_day", ("wd", "wdsep", "the", "dsuf"), r"(?<![0-9A-Za-z])",
          r"(?![0-9A-Za-z])(?![ \t]*+,?[ \t]*+(?:of[ \t]++)?" + MONTH_NAME + ")"),
)

# Parts built from choices (a separator to be repeated, an optional weekday).
_COMPOSED = {
    "sep_dot": r"(?P<{row}_sep>\.)",
    "sep_dot_sp": r"(?P<{row}_sep>\.[ ]?)",
    "sep_md": r"(?P<{row}_sep>[/-])",
    "sep_slash": r"(?P<{row}_sep>/)",
    "sep_name_nosp": r"(?P<{row}_sep>[-/.])",
    "commaonly": r",[ ]?",
    # ("Friday night 25 August 2003", "Tuesday morning, 19 August": the part of the day
    # between the weekday and its date)
    "wdopt": (r"(?:(?P<{row}_wd>" + PARTS["wd"] + r")" + SEPARATORS["wdsep"]
              + r"(?:(?:morning|afternoon|evening|night),?[ \t]++)?)?"),
    "y_or_yy": r"(?:[ \t]?(?P<{row}_y>(?:19|20)\d{2})(?!\d)|(?P<{row}_yy>\d{2}))",
    # a two-digit year after dots only right before a clock: "1.2.16" is a version
    "dotted_year": (r"(?P<{row}_ay>\d{4}|\d{2}(?=[ ]\d{1,2}(?:[.:]\d{2}|\d{2}|[ ]?-)"
                    r"|[ ][-–—][ ]\d{1,2}(?:[.:]\d{2}|\d{2}[ ]Uhr)))"),
    "day_any": (r"(?:(?P<{row}_dord>\d{1,2}(?:st|nd|rd|th)?)(?!\d|:\d|[A-Za-z])"
                r"|(?P<{row}_dword>" + _DAY_WORD + r")(?![A-Za-z]))"),
    "mdsep": r",?[ \t]*+",
    # a weekday before a day of a range, not kept: "Friday 7 to Saturday 8 June"
    "wdskip": r"(?:" + PARTS["wd"] + r",?[ \t]++)?",
    # "May the 4th": only before a number ("in March the first outage" names no day)
    "the_digit": r"(?:the[ \t]++(?=\d))?",
    "apos_yy": r",?[ \t]*+['’](?P<{row}_yy>\d{2})",
    # ("October 5, 2025 (Saturday morning discovery)": its part of the day may follow)
    "wdparen": (r"(?:[ \t]*+\((?P<{row}_wd2>" + PARTS["wd"] + r")(?:\.?\)"
                r"|(?=[ \t]++(?:morning|afternoon|evening|night)(?![a-z]))))?"),
    # "2024年5月23日(火)", "2024년 5월 23일 (목요일)": the weekday's character in parentheses
    "cjkwd": (r"(?:[ \t]*+[(（](?P<{row}_wd2>[月火水木金土日월화수목금토일]"
              r"|(?:周|週|星期|礼拜|禮拜)[一二三四五六日天])(?:曜日?|요일)?[)）])?"),
    "cjkwdreq": (r"[ \t]*+[(（](?P<{row}_wd2>[月火水木金土日월화수목금토일])(?:曜日?|요일)?"
                 r"[)）]"),
    # ("29 de diciembre de 2025", "3 de março de 2024", "5 maggio del 2024")
    "ymdsep": r"(?:[ \t]++de(?:l)?[ \t]++|[ \t/.,-]++)",
}
# A year after a month name. A colon after it is a separator ("May 10, 2023: deploy")
# when the year is a plausible 19xx/20xx one; otherwise "Jun 13 1430:" is not year 1430.
# A log's "06/Nov/2023:06:36:02" joins the year to its clock with a colon.
# "1 Dec 0710": four digits with a leading zero are a colon-less clock, not the year 710.
# "Wednesday 11th May 1000 – 1715": a range of colon-less clocks, not the year 1000.
# "2 Jan 1430", "Feb 9 1924 UTC": four digits that make a clock and a year before
# computing's time (1960) are a colon-less clock; "Feb 7 2506 UTC": four digits before UTC,
# GMT, Z or "hrs" are a clock unless a year of computing's time ("Feb 7 2025 UTC").
_HHMM_ZONE = r"[ \t]?(?:UTC|GMT|Z|[Hh][Rr][Ss]?)(?![A-Za-z])"
_NAMED_YEAR = (r"(?!(?:1[0-8]|19)[0-5]\d(?!\d))"
               r"(?:(?:19|20)\d{2}(?!\d|:\d(?!\d:\d{2}))"
               r"|[1-9]\d{3,4}(?![\d:]|[ \t]*+[-–—][ \t]*+[0-2]\d[0-5]\d(?!\d)|"
               + _HHMM_ZONE + r"))")


def _part(row: str, part: str, seps: list[str], month: str) -> str:
    if part in _SEP_CHOICES:
        seps.append(f"{row}_sep")
        return f"(?P<{row}_sep>{_SEP_CHOICES[part]})"
    if part.startswith("sep_"):
        seps.append(f"{row}_sep")
        return _COMPOSED[part].replace("{row}", row)
    if part == "same":
        return f"(?P={seps[-1]})"
    if part in _COMPOSED:
        return _COMPOSED[part].replace("{row}", row)
    if part in SEPARATORS:
        return SEPARATORS[part]
    if part == "y" and row in ("mdy", "dmy"):
        return f"(?P<{row}_y>{_NAMED_YEAR})"
    if part == "dord" and row == "dmy":
        # (and the Swedish ordinal's colon, "18:e april", "1:a maj")
        return f"(?P<{row}_dord>\\d{{1,2}}(?:st|nd|rd|th|:[ae](?![a-z]))?)(?!\\d)"
    return f"(?P<{row}_{part}>{month if part == 'mon' else PARTS[part]})"


def _named(order: Order) -> bool:
    return "mon" in order.parts


def _row_pattern(order: Order, month: str = PARTS["mon"]) -> str:
    """One row's pattern; `month` is the month part's (English names, or more)."""
    seps: list[str] = []
    body = [_part(order.name, p, seps, month) for p in order.parts]
    if order.optional_from is not None:
        head = "".join(body[:order.optional_from])
        tail = "".join(body[order.optional_from:])
        # the tail is taken whole or not at all
        core = head + f"(?:{tail}|{order.short_after})"
    else:
        core = "".join(body)
    return f"(?P<{order.name}>{order.before}{core}{order.after})"


# Every order starts a word or a number: one check before the rows spares trying each row
# inside words. The rows with a month name are only tried on a line that holds one.
# A row's leading number is followed by a separator (-/., blanks, a dash) or a letter (an
# ordinal's "th", a month's name, "to"): a number followed by anything else ("10:00",
# "(3)", "42%") starts no date, and no row is tried there (a fifth of the grammar's time).
# A blank after the number is a separator only before what a row has there: a month's name
# ("3 May", "2018 March 18"), "of", a dash, an arrow or a range's word ("3 - 5 May", "3 to 5
# May"), a slash or a dot ("5 / Nov"); "5 minutes" and "3 servers" open no date.
_AFTER_A_BLANK = (r"[-–—→/.年月日]|of|to|th|until|till|jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
                  r"|nov|dec")
_NUMBER_OPENS = (r"\d++(?:[-–—→/.,A-Za-z年년月월日일号號]|:[ae](?![a-z])|[ \t]++(?:"
                 + _AFTER_A_BLANK + "))")  # (":e": the Swedish ordinal, "18:e april")
# A row opens with a number, a month's or a weekday's name as a whole word (the parts "mon",
# "wd": not "monitoring", "decided"), or "the" before a day's number ("the 3rd of May").
_MONTH_WORD = (r"(?:jan(?:uary|aury|uray)?|feb(?:ruary|urary|uary)?|mar(?:ch)?|may|apr(?:il)?"
               r"|june?|july?|aug(?:ust)?|sep(?:t(?:ember|mber|emeber)?)?|oct(?:ober|ber)?"
               r"|nov(?:ember|mber|emeber)?|dec(?:ember|mber|meber|emeber)?)(?![a-z])")
_ERA_OPENS = r"(?:平成|令和|昭和|民國|民国)(?:\d|元)"
_OPENS = (_NUMBER_OPENS + "|" + _MONTH_WORD + "|" + PARTS["wd"] + r"|the[ \t]++\d|"
          + _ERA_OPENS)
# ("3 min readJun 2, 2020": a blog's byline glued to the day it was posted; the row "mdy")
_START = r"(?:(?<![0-9A-Za-z])|(?<=min read))(?=" + _OPENS + r")(?:"
# The grammar is written for re.IGNORECASE (DATE_PATTERN); it is compiled case-sensitively
# for a line folded by `fold_line`, which matches exactly the same (casefold.py) and costs a
# third of the time to compile and half to run. A match's text is read from the line itself.
DATE_PATTERN = _START + "|".join(_row_pattern(o) for o in ORDERS) + ")"
NUMERIC_DATE_PATTERN = (
    r"(?<![0-9A-Za-z])(?=" + _NUMBER_OPENS + r"|mon|tue|wed|thu|fri|sat|sun|" + _ERA_OPENS
    + r")(?:"
    + "|".join(_row_pattern(o) for o in ORDERS if not _named(o)) + ")")
DATE_RE = re.compile(folded_pattern(DATE_PATTERN, keep="M"))
# Where a DATE_RE match may start (starts.py): a digit or a letter some row's opening word
# begins with, no letter or digit before it, and the grammar's opening test passing there
# (read by a lookbehind over that character). Opening with a set, the search skips to those
# characters; DATE_RE, opening with lookbehinds, was tried at every position of the line.
DATE_STARTS = re.compile(folded_pattern(r"[\dadfjmnostw平令昭民]"
                                        r"(?:(?<![0-9A-Za-z].)|(?<=min read.))"
                                        r"(?<=(?="
                                        + _OPENS + r").)", keep="M"))
# DATE_RE with only the rows that can open with the character where it is tried: at a digit
# (0-9) no row opening with a month's or a weekday's name or an era; at a letter only those
# and the rows opening with an optional weekday or "the". The rows keep their order, so the
# first that matches is the one DATE_RE's alternation takes (`date_matches`).
_NAMED_FIRST = ("mon", "wd")
DATE_AT_A_DIGIT = LazyPattern(folded_pattern(_START + "|".join(
    _row_pattern(o) for o in ORDERS if o.parts[0] not in (*_NAMED_FIRST, "era")) + ")", keep="M"))
DATE_AT_A_LETTER = LazyPattern(folded_pattern(_START + "|".join(
    _row_pattern(o) for o in ORDERS if o.parts[0] in (*_NAMED_FIRST, "wdopt", "the")) + ")",
    keep="M"))
# The same grammar with the month names of other languages too ("29 dic", "3 de março de
# 2024", "12. März"), run only on a line that holds one as a word (`foreign_month`): their
# seventy names would make every row's month and every word's opening test dearer.
_FOREIGN_NUMBER_OPENS = (r"\d++(?:[-–—→/.,A-Za-z年년月월日일号號]|:[ae](?![a-z])|[ \t]++(?:"
                         + _AFTER_A_BLANK
                         + r"|de[ \t]" + "".join(sorted({f"|{n[:3]}" for n in FOREIGN_MONTH_NAMES}))
                         + "))")
# (their weekdays too, before such a date: "lundi 28 août", "Montag, 28. August")
_FOREIGN_WEEKDAY = ("(?:" + "|".join(sorted(FOREIGN_WEEKDAYS, key=len, reverse=True))
                    + r")(?![a-zà-ÿ])")
_ANY_WEEKDAY = f"(?:{PARTS['wd']}|{_FOREIGN_WEEKDAY})"
DATE_PATTERN_FOREIGN = (
    r"(?<![0-9A-Za-z])(?=" + _FOREIGN_NUMBER_OPENS + r"|(?:" + _FOREIGN_MONTH + r")(?![a-z])|"
    + _MONTH_WORD + "|" + _ANY_WEEKDAY + r"|the[ \t]++\d|" + _ERA_OPENS + r")(?:"
    + "|".join(_row_pattern(o, f"(?:{_FOREIGN_MONTH})(?![a-z])|{PARTS['mon']}")
               .replace(PARTS["wd"], _ANY_WEEKDAY) for o in ORDERS) + ")")
DATE_RE_FOREIGN = LazyPattern(folded_pattern(DATE_PATTERN_FOREIGN, keep="M"))
# On a line without a month name DATE_RE reads just what the numeric rows alone would (the
# named rows need one): NUMERIC_DATE_RE is only wanted where folding makes a month name
# that lower-casing does not ("ſep"), so it is compiled then.
NUMERIC_DATE_RE = LazyPattern(folded_pattern(NUMERIC_DATE_PATTERN, keep="M"))
fold_line = fold_keep_m  # the text DATE_RE and NUMERIC_DATE_RE are run on
# Every numeric order holds a number right before its separator ("2023-", "24.", "6/", "03,"):
# a line without one is not searched (tests/test_grammar.py checks the rows still agree).
# (or an ordinal's suffix, which a weekday's day may have alone: "Monday the 22nd")
NUMERIC_HINT = re.compile(r"\d(?:[-/.,–→年년月월日일号號]|[ ][年月日]|(?:st|nd|rd|th)(?![A-Za-z]))")
# the same test for an ASCII line (lexer.py)
ASCII_NUMERIC_HINT = re.compile(r"[0-9](?:[-/.,]|(?:st|nd|rd|th)(?![A-Za-z]))")


# (another language's month only as a whole word: "ene" and "mai" are inside "scene" and
# "email", which would send many a line to the named rows)
_FOREIGN_MONTH_WORD = re.compile(
    "(?=[" + "".join(sorted({n[0] for n in FOREIGN_MONTH_NAMES})) + r"])(?<![a-zà-ÿа-яёіїєґ])(?:"
    + _FOREIGN_MONTH + r")(?![a-zà-ÿа-яёіїєґ])")
# The same word after the character before it, a set that the search skips to (the pattern
# above, opening with looks, is tried at every position), the names grouped by their first
# letter (seventy alternatives, each tried in turn, cost more than the skipping saves); a
# name opening the line is `_FOREIGN_MONTH_WORD.match`'s.
_BY_FIRST_LETTER: dict[str, list[str]] = {}
for _name in sorted(FOREIGN_MONTH_NAMES, key=len, reverse=True):
    _BY_FIRST_LETTER.setdefault(_name[0], []).append(_name[1:])
_FOREIGN_MONTH_AFTER = re.compile(r"[^a-zà-ÿа-яёіїєґ](?:" + "|".join(
    f"{first}(?:{'|'.join(rests)})" for first, rests in _BY_FIRST_LETTER.items())
    + r")(?![a-zà-ÿа-яёіїєґ])")


# DATE_STARTS at a digit only: on a line where no word can open a date (no month's or
# weekday's first letters, no "the" before a number, no era), the only starts there are.
# DATE_STARTS tries the lookbehinds at each of its letters, a third of a line's characters;
# this one at each digit (a fifth of DATE_STARTS's time on the corpus's lines).
DIGIT_DATE_STARTS = re.compile(folded_pattern(r"\d(?<![0-9A-Za-z].)(?<=(?="
                                              + _NUMBER_OPENS + r").)", keep="M"))
ASCII_DIGIT_DATE_STARTS = re.compile(ascii_digits(DIGIT_DATE_STARTS.pattern))
_THE_NUMBER = re.compile(r"the[ \t]++\d")


def _date_starts(folded: str, named: bool) -> Iterator[int]:
    """Where DATE_STARTS matches in `folded`: at digits alone on a line where no word can
    open a date. A word opening one (_OPENS) is a month's name (`named`: the line may hold
    one), a weekday's, "the" before a number or an era: looked for as substrings (memchr-
    quick), in an `or` chain (a generator over the words cost as much as the search spared)."""
    if not named:
        low = folded.replace("M", "m") if "M" in folded else folded
        if not ("mon" in low or "tue" in low or "wed" in low or "thu" in low or "fri" in low
                or "sat" in low or "sun" in low
                or ("the" in low and _THE_NUMBER.search(low) is not None)
                or (not low.isascii() and ("平成" in low or "令和" in low or "昭和" in low
                                           or "民國" in low or "民国" in low))):
            digits = ASCII_DIGIT_DATE_STARTS if low.isascii() else DIGIT_DATE_STARTS
            return map(re.Match.start, digits.finditer(folded))
    return map(re.Match.start, DATE_STARTS.finditer(folded))


def date_matches(folded: str, named: bool = True) -> Iterator[re.Match[str]]:
    """What `DATE_RE.finditer(folded)` finds, DATE_RE tried only where DATE_STARTS says a
    date may start (starts.py), and with only the rows that can open with the character
    there (DATE_AT_A_DIGIT, DATE_AT_A_LETTER; at any other character, all of them).
    `named` False: the folded line holds no English month's name (has_month_name)."""
    end = 0
    for start in _date_starts(folded, named):
        if start >= end:
            c = folded[start]
            regex = DATE_AT_A_DIGIT if "0" <= c <= "9" else \
                DATE_AT_A_LETTER if "a" <= c <= "z" or c == "M" else DATE_RE
            m = regex.match(folded, start)
            if m is not None:
                end = m.end()
                yield m


def weekday_number(name: str) -> int:
    """The weekday (Monday 0) a written name gives: "Tue", "Tuesday", "mardi", "Dienstag"."""
    lower = name.lower()
    return FOREIGN_WEEKDAYS[lower] if lower in FOREIGN_WEEKDAYS else WEEKDAYS[lower[:3]]


def month_number(name: str) -> int:
    """The month a written name gives: "Dec", "December", "diciembre", "dic", "März"."""
    lower = name.lower().rstrip(".")
    return FOREIGN_MONTH_NAMES.get(lower) or YEARED_MONTH_ABBREVIATIONS.get(lower) \
        or MONTHS[lower[:3]]


ENGLISH_MONTH_WORDS = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec"))


def is_month_name(word: str) -> bool:
    """Whether one word names a month, in English or another language ("april", "März",
    "sept.", "janv")."""
    lower = word.lower().rstrip(".")
    return lower in ENGLISH_MONTH_WORDS or lower in FOREIGN_MONTH_NAMES


def has_month_name(lower: str) -> bool:
    """Whether the lower-cased line may hold an English month name (and so a named date)."""
    # twelve substring tests (memchr-quick) take half the time of one search of their
    # alternation, which tries the set of first letters at each position
    return ("jan" in lower or "feb" in lower or "mar" in lower or "apr" in lower
            or "may" in lower or "jun" in lower or "jul" in lower or "aug" in lower
            or "sep" in lower or "oct" in lower or "nov" in lower or "dec" in lower)


# Every date with another language's month writes its day first, then a blank (or ". " or
# " de "): "29 dic", "12. März", "3 de março". A line without that shape is not searched.
_DAY_BEFORE_A_WORD = re.compile(r"\d(?:\.|:[ae])?[ \t]++(?:de[ \t]++)?[a-zà-ÿа-яёіїєґ]")
# the same for an ASCII line: a digit is 0-9 (a range, where \d looks each character up)
_ASCII_DAY_BEFORE_A_WORD = re.compile(r"[0-9](?:\.|:[ae])?[ \t]++(?:de[ \t]++)?[a-z]")


# Each byte but a-z's, as a blank: an ASCII line's bytes so translated split into its runs
# of letters, of which an ASCII month name is one as a word (`foreign_month`)
_RUNS_TABLE = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))
_ASCII_FOREIGN_MONTHS = frozenset(name.encode() for name in FOREIGN_MONTH_NAMES
                                  if name.isascii())


def foreign_month(lower: str) -> bool:
    """Whether the lower-cased line holds a month name of another language as a word, after
    a day's number. On an ASCII line a name is a word where it is a whole run of letters:
    looked up among the line's runs (half the time of the names' search), before the day."""
    if ("set" in lower or "ago" in lower or "gen" in lower) \
            and _YEARED_ABBREVIATION.search(lower) is not None:
        return True
    if lower.isascii():
        return not _ASCII_FOREIGN_MONTHS.isdisjoint(
            lower.encode().translate(_RUNS_TABLE).split()) \
            and _ASCII_DAY_BEFORE_A_WORD.search(lower) is not None
    return _DAY_BEFORE_A_WORD.search(lower) is not None \
        and (_FOREIGN_MONTH_AFTER.search(lower) is not None
             or _FOREIGN_MONTH_WORD.match(lower) is not None)


# "3 set 2024", "21 ago. 2025": a day, one of YEARED_MONTH_ABBREVIATIONS, a year
_YEARED_ABBREVIATION = re.compile(
    r"[0-9][ \t]++(?:set|ago|gen)\.?[ \t]++(?:19|20)[0-9]{2}(?![0-9])")


# Another language's weekday before a numeric date: "Dienstag, 03.07.2023", "mardi 03/07/2023"
_ASCII_FOREIGN_WEEKDAYS = frozenset(name.encode() for name in FOREIGN_WEEKDAYS
                                    if name.isascii() and name.isalpha())
_FOREIGN_WEEKDAY_BEFORE_A_NUMBER = LazyPattern(
    r"(?<![a-zà-ÿ])" + _FOREIGN_WEEKDAY + r",?[ \t]++\d")


def foreign_weekday_date(lower: str) -> bool:
    """Whether the lower-cased line names another language's weekday right before a number
    (as a date after it): the line is read with the other languages' grammar, whose rows take
    those weekdays. An ASCII line must hold one as a whole run of letters first."""
    if lower.isascii() and _ASCII_FOREIGN_WEEKDAYS.isdisjoint(
            lower.encode().translate(_RUNS_TABLE).split()):
        return False
    return _FOREIGN_WEEKDAY_BEFORE_A_NUMBER.search(lower) is not None


@quick_init
@dataclass(frozen=True, slots=True, init=False)
class DateMatch:
    """The parts of one date the grammar read."""

    row: str
    year: int | None
    month: int | None  # None: a day of the month alone ("6日" before its clock)
    day: int
    weekday: int | None
    numeric: tuple[int, int] | None  # month-first unless forced; the document may swap
    end_day: int | None  # a day range: "March 3-5"


def two_digit_year(text: str) -> int:
    """A two-digit year: 70-99 are 1970-1999, the rest this century."""
    value = int(text)
    return value + (1900 if value >= 70 else 2000)


def _day(g: dict[str, str], row: str) -> int | None:
    for name in ("d", "dord", "a", "dsuf"):
        text = g.get(name)
        if text:
            return int(text.rstrip("stndrhSTNDRH:ae"))
    word = g.get("dword")
    if word:
        return day_word(word)
    return None


def day_word(word: str) -> int:
    w = word.lower().replace("-", "")
    if w in ORDINAL_WORDS:
        return ORDINAL_WORDS[w]
    for tens, base in (("twenty", 20), ("thirty", 30)):
        if w.startswith(tens):
            return base + ORDINAL_WORDS[w[len(tens):]]
    raise ValueError(word)


def _row_groups(regex: re.Pattern[str], row: str) -> tuple[tuple[int, str], ...]:
    """The groups a row's parts are captured in, by number, each with its part's name
    ("mdy_mon" as "mon"): only those are read, not the grammar's hundred (names sharing the
    prefix are other rows', unset in its match). Numbers index Match.regs, every group's
    span in one tuple (a span asked for by name was a call each).

    Kept by the pattern's identity: hashing a compiled pattern hashes its whole program,
    10 µs for the date grammar, on every date read."""
    known = _ROW_GROUPS.get((id(regex), row))
    if known is not None and known[0] is regex:
        return known[1]
    groups = tuple((number, name[len(row) + 1:]) for name, number in regex.groupindex.items()
                   if name.startswith(f"{row}_"))
    if len(_ROW_GROUPS) >= 64:
        _ROW_GROUPS.clear()
    _ROW_GROUPS[(id(regex), row)] = (regex, groups)
    return groups


_ROW_GROUPS: dict[tuple[int, str], tuple[re.Pattern[str], tuple[tuple[int, str], ...]]] = {}


# The year before each Japanese era's first (平成元年 is 1989)
ERA_STARTS = {"平成": 1988, "令和": 2018, "昭和": 1925, "民國": 1911, "民国": 1911}


def read_date(m: re.Match[str], line: str | None = None) -> DateMatch:
    """The parts of a DATE_RE match on `fold_line(line)`, read from `line` (or from the
    text matched, when it is not given)."""
    row = m.lastgroup
    assert row is not None
    source = m.string if line is None else line
    g: dict[str, str] = {}  # the row's parts by their names ("mon", "d"): those it matched
    spans = m.regs
    for number, part in _row_groups(m.re, row):
        start, end = spans[number]
        if start >= 0:
            g[part] = source[start:end]
    get = g.get

    wd = get("wd") or get("wd2")
    weekday = weekday_number(wd) if wd else None
    year: int | None = None
    if get("y"):
        year = int(get("y"))
    elif get("y4"):
        year = int(get("y4"))
    elif get("yy"):
        year = two_digit_year(get("yy"))
    elif get("ay"):
        text = get("ay")
        year = int(text) if len(text) == 4 else two_digit_year(text)
    elif get("rocy"):
        year = int(get("rocy")) + ERA_STARTS["民國"]
    elif get("era"):
        year = ERA_STARTS[get("era")] + (1 if get("eray") == "元" else int(get("eray")))
    end_day = int(get("d2").rstrip("stndrhSTNDRH")) if get("d2") else None
    if row in ("numeric", "commas", "md_clock", "md_on_clock", "md_word_clock", "wd_md",
               "wd_paren_md", "md_alone", "clock_md", "md_cjkwd_clock", "md_day_word"):
        a, b = int(get("a")), int(get("b"))
        month, day = (b, a) if a > 12 >= b else (a, b)
        return DateMatch(row, year, month, day, weekday, (a, b), None)
    if row == "dotted":
        a, b = int(get("a")), int(get("b"))
        if b > 12 >= a:  # "10.31.1974": the numbers force month-first
            return DateMatch(row, year, a, b, weekday, None, None)
        return DateMatch(row, year, b, a, weekday, None, None)
    if row in ("cjk_day", "ko_day"):
        return DateMatch(row, None, None, int(get("d")), None, None, None)
    if row == "wd_day":
        return DateMatch(row, None, None, _day(g, row) or 0, weekday, None, None)
    month = month_number(get("mon")) if get("mon") else int(get("m"))
    day = _day(g, row)
    assert day is not None
    return DateMatch(row, year, month, day, weekday, None, end_day)
