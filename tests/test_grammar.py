"""The date grammar (timeline/grammar.py): each order of parts in its table, read through
the lexer, with wordings written for these tests; and what must stay unread."""

from __future__ import annotations

import pytest

from pmlint.timeline.grammar import DATE_RE, ORDERS, day_word, fold_line, two_digit_year
from pmlint.timeline.lexer import scan


def dates(line: str) -> list[tuple[int | None, int | None, int | None, int | None]]:
    """(year, month, day, range end day) of every dated expression on the line."""
    out = []
    for e in scan(line):
        if e.date is None:
            continue
        end = e.range_end.date.day if e.range_end is not None and e.range_end.date else None
        out.append((e.date.year, e.date.month, e.date.day, end))
    return out


DATES = [
    # line, [(year, month, day, end day)]
    ("rollback finished 2019/11/30", [(2019, 11, 30, None)]),
    # a weekday and its ordinal day, the month left to the dates around it
    ("the cache filled up again on Saturday the 21st", [(None, None, 21, None)]),
    # a dotted two-digit year after a padded day and month, a word for "at" before the clock
    ("paged on 09.10.24 at 03:15", [(2024, 10, 9, None)]),
    # a year-less month and day right after a clock with its AM/PM; a fraction is none
    ("the mail server came up at 6:30PM 10/27", [(None, 10, 27, None)]),
    ("at 10:38 a.m. on 10/26 the disk failed", [(None, 10, 26, None)]),
    # a weekday, then its month and day in parentheses
    ("paged on Friday (3/8), again on Sat ( 3/9 )", [(None, 3, 8, None), (None, 3, 9, None)]),
    ("by 3 PM 2/3 of the nodes were back", []),
    # the same after the clock's zone, or after a 24-hour clock and "on"; a fraction stays one
    ("the vault sealed at 11pm CEST on 14/06 and", [(None, 6, 14, None)]),
    ("paged 6am GMT 15/06, again later", [(None, 6, 15, None)]),
    ("failover ran at 21:30 on 14/06", [(None, 6, 14, None)]),
    ("failover ran at 21:30 UTC on 14/06", [(None, 6, 14, None)]),
    ("by 3 PM UTC 2/3 of the nodes were back", []),
    ("by 21:30 2/3 of the nodes were back", []),
    # a two-digit year first, vouched for by a Korean or Japanese weekday after it
    ("화재 22.10.15(토) 발생", [(2022, 10, 15, None)]),
    # a day range before a day-first month and year, joined by a dash or an arrow
    ("cluster drained 21-23/04/2025", [(2025, 4, 21, 23)]),
    ("migration window 21→23/04/2025", [(2025, 4, 21, 23)]),
    ("freeze 21 -> 23 April 2025", [(2025, 4, 21, 23)]),
    ("**09-14 03:10** replica promoted", [(None, 9, 14, None)]),  # a bold year-less stamp
    # month names of other languages, written out or cut to a non-English abbreviation
    ("caída del 14 de febrero de 2025", [(2025, 2, 14, None)]),
    ("**14 feb 08:10**: alertas", [(None, 2, 14, None)]),
    ("- 2 dic 23:40 reinicio", [(None, 12, 2, None)]),
    ("Störung am 7. Oktober 2025", [(2025, 10, 7, None)]),
    ("panne du 9 avril 2025", [(2025, 4, 9, None)]),
    ("incidente 3 de março de 2024", [(2024, 3, 3, None)]),
    ("guasto del 5 maggio del 2024", [(2024, 5, 5, None)]),
    ("we left 3 days ago and set 4 out", []),  # "ago", "set", "out" are English words
    ("Oct-17 06:55 replica lag alarm", [(None, 10, 17, None)]),  # year-less, before a clock
    ("mined at Sep-09-2022 03:14:07 AM +UTC", [(2022, 9, 9, None)]),  # a block explorer's
    ("cutover planned for 2031/Feb/07", [(2031, 2, 7, None)]),
    ("the memo of 2020 June 2 says", [(2020, 6, 2, None)]),
    ("Outage window 27–03–2021, all regions", [(2021, 3, 27, None)]),
    # an ISO date whose dashes a blog editor made typographic; a year range stays unread
    ("• 2024–11–19, 14:05 WAT: disk alarm", [(2024, 11, 19, None)]),
    ("uptime report 2019–2024–05 draft", []),
    # a blog's byline glued to the day it was posted; inside a word a month opens no date
    ("5 min readMar 14, 2023", [(2023, 3, 14, None)]),
    ("Ops notes · 12 min readOct 3, 2019", [(2019, 10, 3, None)]),
    ("the thread re-readMar 14, 2023", []),
    # a formal notice's "the Nth day of <month>"; a count of days is none
    ("signed on the 2nd day of January, 2024 by both", [(2024, 1, 2, None)]),
    ("after the 3rd day of testing in May 2024", []),
    ("ticket opened 02Mar97 by the vendor", [(1997, 3, 2, None)]),
    ("ticket opened 02mar2011", [(2011, 3, 2, None)]),
    ("billing froze on 9june 2022", [(2022, 6, 9, None)]),
    ("patched 30-JUN-19 in prod", [(2019, 6, 30, None)]),
    ("patched 4/Jul/71", [(1971, 7, 4, None)]),
    ("cert renewed Feb 29th '28, as planned", [(2028, 2, 29, None)]),
    ("the freeze began on Friday, June the 13th, 2025", [(2025, 6, 13, None)]),
    ("_11/29/22_", [(2022, 11, 29, None)]),  # emphasis by underscores
    ("cutover on Sept. 3, ’19 went smoothly", [(2019, 9, 3, None)]),
    # a full stop for the comma between the day and its year; no year, no date's stop
    ("keys revoked March 14. 2023 by noon", [(2023, 3, 14, None)]),
    ("Sep. 2. 2022 14:05 vendor paged", [(2022, 9, 2, None)]),
    ("on May 9. 30 hosts rebooted", [(None, 5, 9, None)]),
    ("keys rotated Fri 7th Mar '25, late", [(2025, 3, 7, None)]),  # day first, cut year
    ("the 9th of June ’26 drill", [(2026, 6, 9, None)]),
    ("freeze from Nov 21-24, 2027", [(2027, 11, 21, 24)]),
    ("freeze Oct 2 through 4", [(None, 10, 2, 4)]),
    # "and" or "&" joins a range's days: the second with its ordinal, or a year after it
    ("Between April 9th and 11th the mirrors lagged", [(None, 4, 9, 11)]),
    ("resets on Sep 2 & 3, 2023 by the vendor", [(2023, 9, 2, 3)]),
    ("on May 4 and 6 hosts rebooted", [(None, 5, 4, None)]),
    # a colon after a day range's year ends its label; the year is no clock 20:27
    ("* Nov 21-24, 2027: mirrors flapped", [(2027, 11, 21, 24)]),
    ("- 8 to 11 December 2025: the queue lagged", [(2025, 12, 8, 11)]),
    ("Aug 10 to 22:30 UTC", [(None, 8, 10, None)]),  # minutes after the colon: a clock
    ("from 8 to 11 December 2025 the queue lagged", [(2025, 12, 8, 11)]),
    ("the 2nd to the 5th of April", [(None, 4, 2, 5)]),
    ("Wartung 03.-06.11.2024", [(2024, 11, 3, 6)]),
    ("Wartung 12-14.02.2023", [(2023, 2, 12, 14)]),
    ("Tuesday, April, 9th 2024 was the day", [(2024, 4, 9, None)]),
    ("on June twenty-second, 2021 the disk filled", [(2021, 6, 22, None)]),
    ("on Feb third the cert expired", [(None, 2, 3, None)]),
    ("april 9 2024 the queue stalled", [(2024, 4, 9, None)]),
    ("dated 11.29.1988", [(1988, 11, 29, None)]),
    ("Thursday 14 March 2024 the pager stayed quiet", [(2024, 3, 14, None)]),
    ("the archive dates from 21st Nov 98.", [(1998, 11, 21, None)]),
    ("as of Oct 5, 01, the mirror was live", [(2001, 10, 5, None)]),
    ("Dec 30 99 at 23:00", [(1999, 12, 30, None)]),
    ("28.02. 06:45 first page", [(None, 2, 28, None)]),
    ("from the 2024/02/11 to the 2024/02/13", [(2024, 2, 11, 13)]),
    ("**Sat 3/16** second night of the migration", [(None, 3, 16, None)]),  # a weekday vouches
    ("merged on Friday. 2024-03-04 it shipped", [(2024, 3, 4, None)]),  # a sentence's end
    ("障害は2023年4月7日に発生した", [(2023, 4, 7, None)]),  # year, month, day marked
    ("장애는 2024년 3월 4일에 발생했다", [(2024, 3, 4, None)]),  # the same, written in Korean
    ("復旧は4月9日の夜だった", [(None, 4, 9, None)]),  # month and day marked, no year
    ("令和3年4月9日に公表", [(2021, 4, 9, None)]),  # a Japanese era's year: Reiwa 3 is 2021
    ("平成元年1月8日", [(1989, 1, 8, None)]),  # its first year written 元
    # the Republic of China's year, as Taiwan dates official texts: with its era's name or,
    # three digits, without (113 is 2024)
    ("系統於民國112年6月30日中斷", [(2023, 6, 30, None)]),
    ("本會於113年2月5日公告", [(2024, 2, 5, None)]),
    ("1130年5月5日", []),  # four digits and more: no such year
    ("복구는 4월 9일 밤이었다", [(None, 4, 9, None)]),  # the same in Korean
    # the day of the month alone before its clock, in a news report (its month the report's)
    ("停電は3日夕方から続き、8日14時20分に全面復旧", [(None, None, 8, None)]),
    ("서비스는 22일 오후 3시 10분에 정상화되었다", [(None, None, 22, None)]),
    ("장애는 2일 4시간 동안 이어졌다", []),  # two days and four hours: a length
    ("約3日間にわたり停止", []),  # a length of days, no day of the month
    # blanks between the digits and the characters, as Chinese web text often sets them
    ("故障发生于 2023 年 10 月 23 日下午", [(2023, 10, 23, None)]),
    ("公告 6 月 5 日", [(None, 6, 5, None)]),
    # Indonesian months and a weekday with its word for "date"
    ("Pemeliharaan pada 3 Maret 2021", [(2021, 3, 3, None)]),
    ("hari Kamis tgl 19 Agustus 2021", [(2021, 8, 19, None)]),
    # the era's year in parentheses after the western year
    ("発表日 2021年（令和3年）4月9日（金）", [(2021, 4, 9, None)]),
    ("- 4/7", [(None, 4, 7, None)]),  # a month and day alone over the day's entries
    ("the rebuild ended on 21/07 at 13:43", [(None, 7, 21, None)]),  # after "on", before a clock
    ("- Dec 16th **12:43** first report", [(None, 12, 16, None)]),  # an emphasised clock
    ("restarted on 3/4, 10:05", [(None, 3, 4, None)]),
    # ... before a 12-hour clock on the hour, "at" between; opening the line with "at"; after
    # a US zone's letters or words and "on"
    ("the queue drained on 11/3 at 4pm", [(None, 11, 3, None)]),
    # after the Portuguese or Spanish word for "day", no clock needed
    ("o portal caiu no dia 28/11 à tarde", [(None, 11, 28, None)]),
    ("el día 30/9 se cayó la red", [(None, 9, 30, None)]),
    ("paged again on 2/9 at 7 a.m.", [(None, 2, 9, None)]),
    ("10/14 at 6:05pm the backlog cleared", [(None, 10, 14, None)]),
    ("failover finished 11pm PT on 3/8", [(None, 3, 8, None)]),
    ("rolled back at 6am Central Time on 12/2", [(None, 12, 2, None)]),
    ("18:20 ET on 5/6 the cache warmed", [(None, 5, 6, None)]),
    # a year-less month and day, the weekday's character in parentheses, then its clock
    ("メンテナンス 11/25(土)23:00 開始", [(None, 11, 25, None)]),
    ("11/26（日） 02:30 終了予定", [(None, 11, 26, None)]),
    # a day-first dotted date with a two-digit year, a dash, then its clock
    ("Stand 07.11.23 – 09:40: Wartung beendet", [(2023, 11, 7, None)]),
    ("07.11.23 - 0940 Uhr Beginn", [(2023, 11, 7, None)]),
    ("release 7.11.23 shipped", []),  # a version: no clock after it
    # after any word, two two-digit numbers right before a 24-hour clock
    ("the replica lagged since 11-03 09:14 UTC", [(None, 11, 3, None)]),
    ("job queued 05/09 23:58:10, ran late", [(None, 5, 9, None)]),
    ("pages 3-4 10:00 edits", []),  # one-digit parts after a word: a count's
    ("scored 10-12 9:30 PM", []),  # before a 12-hour clock: not this shape
    ("   * **4/7 (Fri)**", [(None, 4, 7, None)]),
    # a day's number in the story, then its date: no range from the 2nd to the 14th
    ("### Day 2 - 14 Feb 2025", [(2025, 2, 14, None)]),
    ("Phase 3 – 21 June 2023: cutover", [(2023, 6, 21, None)]),
    ("maintenance 2 - 14 Feb 2025", [(2025, 2, 2, 14)]),
    ("# Storage outage (2023-11-04/05)", [(2023, 11, 4, 5)]),  # a night's two days
    ("the 2023/11/04/05 migration", [(2023, 11, 4, 5)]),
    ("restored at 2023-11-04/05:30", [(2023, 11, 4, None)]),  # joined to its clock, no range
    # a year-less dotted day and month, a comma or a word before its clock, a dotted clock
    # with its "Uhr"; two dotted numbers with no "Uhr" stay numbers
    ("- 09.04., 23:50 Uhr: Ausfall", [(None, 4, 9, None)]),
    ("- 10.4. 01.05 Uhr: wieder erreichbar", [(None, 4, 10, None)]),
    ("seit dem 10.04. gegen 06.30 Uhr", [(None, 4, 10, None)]),
    ("moved to Python 3.12. 14.45 seconds faster", []),
]


@pytest.mark.parametrize(("line", "want"), DATES)
def test_date_orders(line: str, want: list) -> None:
    assert dates(line) == want


@pytest.mark.parametrize("line", ["ran 3/16 jobs on Saturday", "Saturday: 3/16 shards done",
                                  "the error ratio was 3/16", "- passed 3/16",
                                  "a ratio of 3/4 at 9am", "on 3/4 of the hosts at 9am",
                                  "scored 2/3 at 5pm", "capacity 4/5 at 6am PT on site",
                                  "no dia 3/4 dos servidores caiu"])
def test_a_fraction_is_no_date_without_a_weekday_right_before_it(line: str) -> None:
    assert dates(line) == []


NOT_DATES = [
    "you may 3 times retry",  # the verb, no year after
    "in march the first outage hit",  # "the" before a day only when a number follows
    "we march 5 miles",
    "upgrade to release 2.4.16 today",  # a version, not a two-digit-year date
    "scaled from 3-5 pods",
    "Jun 5 - 1 PM",  # a day then a clock, not a day range
    "Sep 3 to 1 host",  # a range end before its start is no range
    "on 12 Oct 40 nodes rebooted",  # a count after the date, not a two-digit year
    "Nov 3 25 pods",
    "shipped 12oct to the vendor",  # a year-less compact date needs its clock
    "scaled on 3/4 of the nodes",  # a fraction after "on": no clock follows
    "balance 3/4 at 10:05",  # no "on" before it
    "ship the Oct-17 batch",  # a hyphened month and day needs its clock
    "see Oct-17-2022-notes.md",  # a file's name, not a date
]


@pytest.mark.parametrize("line", NOT_DATES)
def test_not_a_date_or_not_a_range(line: str) -> None:
    for found in dates(line):
        assert found[3] is None, found
    if "may" in line or "march" in line or "release" in line or "3-5 pods" in line:
        assert dates(line) == []
    for year, _, _, _ in dates(line):
        assert year is None


def test_dotted_two_digit_year_only_before_a_clock() -> None:
    assert dates("backup 05.06.19 03:15") == [(2019, 6, 5, None)]
    assert dates("backup 05.06.19 ok") == []


def test_a_list_of_days_after_a_month_is_no_two_digit_year() -> None:
    """"the outages of July 6, 13 and 20", "Sep 2, 16, & 30": the numbers after the first
    day go on a list of days of that month; a two-digit year still ends its sentence or
    meets its clock ("Jan 4, 21 at 09:30", "Nov 30, 19.")."""
    assert dates("the outages of July 6, 13 and 20 looked alike") == [(None, 7, 6, None)]
    assert dates("restarts on Sep 2, 16, & 30 went fine") == [(None, 9, 2, None)]
    assert dates("on Sep 2, 16, 30 and 31") == [(None, 9, 2, None)]
    assert dates("paged Jan 4, 21 at 09:30") == [(2021, 1, 4, None)]
    assert dates("fixed on Nov 30, 19.") == [(2019, 11, 30, None)]
    assert dates("on 12 Aug 17, 19 and 26 the job failed") == [(None, 8, 12, None)]


def test_every_row_is_exercised() -> None:
    rows = set()
    for line, _ in DATES:
        for m in DATE_RE.finditer(fold_line(line)):
            rows.add(m.lastgroup)
    for line in ("[07-19 06:40] paged", "04, 22, 2024", "6/9/22", "09JUN 21:05"):
        rows.update(m.lastgroup for m in DATE_RE.finditer(fold_line(line)))
    assert rows == {o.name for o in ORDERS}


def test_helpers() -> None:
    assert [two_digit_year(t) for t in ("69", "70", "99", "05")] == [2069, 1970, 1999, 2005]
    assert [day_word(w) for w in ("first", "twenty-ninth", "thirtyfirst", "Twelfth")] == [
        1, 29, 31, 12]


# --- clock shapes and the orders of date, clock and zone, read as `pmlint when` reads them ---

READINGS = [
    # text, local wall clock, UTC offset in hours (None: no zone read)
    ("standup moved to 08h45", "2020-01-01T08:45", None),
    ("Tue, Mar 4, 2025 21h30", "2025-03-04T21:30", None),
    ("05.11.2024 07.55", "2024-11-05T07:55", None),
    ("7:02pm Aug 3, 2016", "2016-08-03T19:02", None),
    ("11:48 a.m., March 9, 2019", "2019-03-09T11:48", None),
    ("22:10 April 1, 2021", "2021-04-01T22:10", None),
    ("06:05 Friday, 7 June 2024", "2024-06-07T06:05", None),
    ("21:40 11/30/2023", "2023-11-30T21:40", None),
    ("2024-06-30/23:58", "2024-06-30T23:58", None),
    ("12/24/2023.08:00", "2023-12-24T08:00", None),
    ("14/Mar/2022:17:45:10", "2022-03-14T17:45:10", None),
    ("Oct 12 2019 | 6:15 am PDT", "2019-10-12T06:15", -7),
    ("Sun Mar 01 04:15:00 PST 2020", "2020-03-01T04:15:00", -8),
    ("Sat Jan 04 23:01:59 2020", "2020-01-04T23:01:59", None),
    ("Mon, 17 Feb 2020 09:30:00 +0100", "2020-02-17T09:30:00", 1),
    ("Mon, 17 Feb 2020 09:30:00 -0330", "2020-02-17T09:30:00", -3.5),
    ("3 Jun 2021 18:20 -0500", "2021-06-03T18:20", -5),
    ("GMT 17:25", "2020-01-01T17:25", 0),
    ("04:05 CET (2019-11-12)", "2019-11-12T04:05", 1),
    ("- 0740 - failover began", "2020-01-01T07:40", None),
    ("**2215:** pager went off", "2020-01-01T22:15", None),
    ("Wed, Sep 4, 2024 07h", "2024-09-04T07:00", None),
    ("11.10.19 0815-0940", "2019-10-11T08:15", None),
    ("27 Sep 0605", "2020-09-27T06:05", None),  # leading zero: a clock, not the year 605
    ("09JUN 21:05 gate closed", "2020-06-09T21:05", None),
    ("30sep 6:20", "2020-09-30T06:20", None),
    ("paged at 0745HRS", "2020-01-01T07:45", None),
    ("9:40pm WIB-June 2nd, 2021", "2021-06-02T21:40", 7),  # a hyphen joins zone and date
    ("onboarding T07:30:00+0530", "2020-01-01T07:30:00", 5.5),  # an ISO time without its date
    ("10:00-11:00 maintenance", "2020-01-01T10:00", None),  # a range, not a date after
    ("07:45 CET(*March 9*) rollback", "2020-03-09T07:45", 1),  # a year-less date after it
    ("Mar 2, 2021, 1:00 PM UTC - 4:00 PM UTC", "2021-03-02T13:00", 0),  # a range, not UTC-4
    ("9:00 UTC - 11:30 UTC", "2020-01-01T09:00", 0),
    ("10:35 AM GMT+1: paged", "2020-01-01T10:35", 1),  # the colon after an offset separates
    ("Sep-09-2022 03:14:07 AM +UTC", "2022-09-09T03:14:07", 0),  # a block explorer's stamp
    # the date, then the zone, in one parenthesis after the clock
    ("paged at 6:12 am (3rd March 2025 AEDT)", "2025-03-03T06:12", 11),
    ("paged at 06:12 (3 March 2025, CET) by the probe", "2025-03-03T06:12", 1),
    ("06:12 (2025-03-03 UTC+2) restart", "2025-03-03T06:12", 2),
    # the generic names of Australia's and New Zealand's eastern clocks
    ("3 July 2025 09:15 AET", "2025-07-03T09:15", 10),
    ("3 January 2025 09:15 AET", "2025-01-03T09:15", 11),
    ("9:15 pm NZT, 3 July 2025", "2025-07-03T21:15", 12),
    ("9:15 pm NZT, 3 January 2025", "2025-01-03T21:15", 13),
]


@pytest.mark.parametrize(("text", "local", "offset"), READINGS)
def test_reading(text: str, local: str, offset: float | None) -> None:
    import datetime as dt

    from pmlint.timeline.normalise import Options
    from pmlint.timeline.when import read_expression

    reading = read_expression(text, Options(reference=dt.date(2020, 1, 1)))
    assert reading is not None
    assert reading.start.local == local
    if offset is None:
        assert reading.start.at is None
    else:
        assert reading.start.at is not None
        assert reading.start.at.utcoffset() == dt.timedelta(hours=offset)


WEAK_NOT_CLOCKS = [
    "upgraded to 3.14 last week",  # a version
    "about 12.50 dollars",
    "1625 requests failed",  # a count opening a line, with no separator after it
    "- 2019 - the year we migrated",  # a year-like number is no colon-less time
    "order 0740 shipped",
    "14:00 -1300 rows",  # not an offset: minutes neither 00, 30 nor 45... and no zone
    "the job ran for 7h",  # a duration
    "- 2014 - the year we moved",
    "from 2023-08-01 08:00 UTC to 2023-08-01 14:00 UTC",  # "2023" is the year, not 20:23
    "1200 USD refunded to customers",  # a currency is no zone
    "- 1500 MB of logs lost",
    "0800 IT staff were told",
    "2030  is the year we retire it",  # a year-like number, even before a column gap
    "the fix took 1h30 to roll out",  # one digit before "h": a length, in prose
    "- 2h15 of downtime in total",  # ... even opening an entry, with no separator after it
]


@pytest.mark.parametrize(("line", "hour", "minute"), [
    ("0745\tbatch job starts", 7, 45),  # a tab, as plain-text logs align their times
    ("1310   replica promoted", 13, 10),  # a column gap of spaces
    ("- 0830 BST on-call paged", 8, 30),  # a zone written after it
    ("* 2205 CEST traffic drained", 22, 5),
    ("- 8h12 : premières alertes", 8, 12),  # one digit before "h", French style
    ("* 9h05 - relais redémarré", 9, 5),
])
def test_colonless_clock_opening_a_log_line(line: str, hour: int, minute: int) -> None:
    (expr,) = scan(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (hour, minute)


@pytest.mark.parametrize("line", WEAK_NOT_CLOCKS)
def test_weak_shapes_stay_numbers(line: str) -> None:
    clocks = [e.clock.written for e in scan(line) if e.clock is not None]
    assert clocks in ([], ["14:00"], ["08:00"]), clocks
    for e in scan(line):
        assert e.zone is None or e.zone.label == "UTC"


def test_weak_range_end_after_a_dated_start() -> None:
    (expr,) = scan("11.10.19 0815-0940")
    assert expr.range_end is not None and expr.range_end.clock is not None
    assert (expr.range_end.clock.hour, expr.range_end.clock.minute) == (9, 40)


def test_year_of_an_iso_range_end_is_no_weak_clock() -> None:
    (expr,) = scan("down from 2023-08-01 08:00 UTC to 2023-08-01 14:00 UTC")
    assert expr.range_end is not None and expr.range_end.clock is not None
    assert expr.range_end.clock.written == "14:00"
    assert expr.range_end.date is not None and expr.range_end.date.day == 1


# --- relative expressions in `pmlint when`, against a reference -------------------------------

RELATIVE = [
    # text, reference, local wall clock
    ("yesterday at 6:40pm", "2021-03-01T09:00", "2021-02-28T18:40"),
    ("the day before yesterday", "2021-03-01T09:00", "2021-02-27"),
    ("tomorrow 07:15", "2021-12-31T22:00", "2022-01-01T07:15"),
    ("3 hours ago", "2021-03-01T09:00", "2021-03-01T06:00"),
    ("in 45 minutes", "2021-03-01T09:00", "2021-03-01T09:45"),
    ("ten minutes later", "2021-03-01T09:00", "2021-03-01T09:10"),
    ("two days ago", "2021-03-01", "2021-02-27"),
    ("saturday", "2021-03-03T12:00", "2021-03-06"),  # a Wednesday: the coming Saturday
    ("next thursday at 10:00", "2021-03-03T12:00", "2021-03-11T10:00"),
    ("last wed", "2021-03-03T12:00", "2021-02-24"),
    ("Friday 1 Oct 2021 09:00", "2021-03-03T12:00", "2021-10-01T09:00"),  # a date wins
]


@pytest.mark.parametrize(("text", "reference", "local"), RELATIVE)
def test_relative_against_the_reference(text: str, reference: str, local: str) -> None:
    import datetime as dt

    from pmlint.timeline.normalise import Options
    from pmlint.timeline.when import read_expression

    ref = dt.datetime.fromisoformat(reference) if "T" in reference else \
        dt.date.fromisoformat(reference)
    reading = read_expression(text, Options(reference=ref))
    assert reading is not None
    assert reading.start.local[:len(local)] == local


def test_relative_words_need_a_reference() -> None:
    from pmlint.timeline.when import read_expression

    assert read_expression("3 hours ago") is None


def test_a_numeric_date_needs_a_number_before_a_separator() -> None:
    """lexer._dates skips NUMERIC_DATE_RE on a line without NUMERIC_HINT: every numeric row
    must hold a digit right before one of its separators."""
    import random

    from pmlint.timeline.grammar import NUMERIC_DATE_RE, NUMERIC_HINT

    rng = random.Random(4)
    pieces = ("1", "12", "2023", "6", "-", "/", ".", ",", "–", "—", " ", ", ", "Mon ", "Tue, ",
              "(Wed)", ":", "10:30", "T", "x", "[", "*", "the ")
    for _ in range(20000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        if NUMERIC_DATE_RE.search(fold_line(line)):
            assert NUMERIC_HINT.search(line), line
    for line, _ in DATES:
        if NUMERIC_DATE_RE.search(fold_line(line)):
            assert NUMERIC_HINT.search(line), line


def test_without_a_month_name_the_grammar_reads_the_numeric_rows() -> None:
    """lexer._dates runs DATE_RE on a line without a month name (unless a long s, "ſ", folds
    into one): there it must read exactly what NUMERIC_DATE_RE reads."""
    import random
    import re

    from pmlint.timeline.grammar import NUMERIC_DATE_RE, has_month_name

    def spans(m: re.Match[str]) -> tuple[object, ...]:
        return (m.span(), m.lastgroup, tuple((g, m.span(g)) for g in NUMERIC_DATE_RE.groupindex))

    rng = random.Random(5)
    pieces = ("1", "12", "2023", "6", "-", "/", ".", ",", "–", " ", ", ", "Mon ", "TUE, ",
              "(wed)", ":", "10:30", "T", "x", "[", "*", "the ", "Sat", "fri.", "ſun", "İ")
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) for _ in range(20000)]
    for line in lines + [line for line, _ in DATES]:
        if has_month_name(line.lower()) or "\u017f" in line:
            continue
        folded = fold_line(line)
        assert [spans(m) for m in DATE_RE.finditer(folded)] == [
            spans(m) for m in NUMERIC_DATE_RE.finditer(folded)], line


@pytest.mark.parametrize(("line", "written"), [
    ("the pager went off at 11:05 PM. Then nothing", "11:05 PM"),
    ("the pager went off at 11:05 p.m. Then nothing", "11:05 p.m."),
    ("restored by 7 AM.", "7 AM"),
])
def test_a_sentence_dot_after_am_pm_is_not_part_of_the_time(line: str, written: str) -> None:
    (expr,) = scan(line)
    assert expr.written == written


def test_the_opening_gate_only_skips_words_no_row_opens_with() -> None:
    """DATE_RE is tried only where a number, a whole month's or weekday's name, or "the"
    before a number starts: the same dates as with a gate on any word opening "mon", "dec",
    "the"... ("monitoring", "decided", "therefore")."""
    import re

    from pmlint.timeline import grammar
    from pmlint.timeline.casefold import folded_pattern

    loose = (r"(?<![0-9A-Za-z])(?=" + grammar._NUMBER_OPENS + r"|(?:jan|feb|mar|apr|may|jun"
             r"|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|the))(?:"
             + "|".join(grammar._row_pattern(o) for o in grammar.ORDERS) + ")")
    before = re.compile(folded_pattern(loose, keep="M"))
    texts = ["monitoring since Monday, 3 May 2021 and the 4th of June", "decided Dec 5, 2022",
             "therefore the 3rd of May, then the outage", "Sunday's deploy on Sun 2/4",
             "Mayday: May 10, 2023; marched Mar 3-5, 2015", "wednesday. 2024-01-04 (Thu)",
             "the 13th to the 15th of July", "Sept. 9th, 2019 and september 10 2019"]
    for text in texts:
        line = grammar.fold_line(text)
        assert [(m.span(), m.lastgroup) for m in grammar.DATE_RE.finditer(line)] == [
            (m.span(), m.lastgroup) for m in before.finditer(line)], text


@pytest.mark.parametrize(("line", "day"), [
    ("сбой 10:20-11:25 14.03.2021г. на узле", (2021, 3, 14)),  # Russian's year mark glued on
    ("14.03.2021г, в 10:20 сбой", (2021, 3, 14)),
])
def test_a_dotted_date_with_the_russian_year_mark_glued_on(line: str,
                                                           day: tuple[int, int, int]) -> None:
    found = [e.date for e in scan(line) if e.date is not None and e.date.year is not None]
    assert found and (found[0].year, found[0].month, found[0].day) == day


def test_a_dotted_date_glued_to_a_word_is_no_date() -> None:
    assert not any(e.date is not None for e in scan("build 14.03.2021gamma failed"))


@pytest.mark.parametrize(("line", "weekday"), [
    ("Tuesday, 04.07.2023, 09:15: alert", 1),
    ("- Mittwoch, 05.07.2023, 14:20 Uhr: Dienst gestört", 2),
    ("jeudi 06/07/2023 à 10h05", 3),
    ("- viernes 07/07/2023 a las 9:30", 4),
])
def test_a_weekday_before_a_numeric_date_is_read_with_it(line: str, weekday: int) -> None:
    # the weekday, in English or another language, before a dotted or slashed date is the
    # date's: weekday-mismatch checks it (and it settles a slashed date's order)
    got = [e.date for e in scan(line) if e.date is not None]
    assert len(got) == 1 and got[0].weekday == weekday


def test_another_languages_weekday_away_from_a_number_reads_no_weekday() -> None:
    got = [e.date for e in scan("Montag war ruhig; am 04.07.2023 um 09:15 fiel er aus")
           if e.date is not None]
    assert len(got) == 1 and got[0].weekday is None


@pytest.mark.parametrize(("line", "start", "end"), [
    # each day of a range with its weekday before it, the month and year after the second
    ("During the night of Friday 7 to Saturday 8 June 2024 the batch failed",
     (2024, 6, 7), (2024, 6, 8)),
    ("From Mon 3 to Wed 5 March 2025 the queue lagged", (2025, 3, 3), (2025, 3, 5)),
])
def test_a_day_range_whose_days_have_their_weekdays(line: str, start: tuple[int, int, int],
                                                    end: tuple[int, int, int]) -> None:
    (expr,) = [e for e in scan(line) if e.date is not None]
    assert (expr.date.year, expr.date.month, expr.date.day) == start
    assert expr.range_end is not None and expr.range_end.date is not None
    ended = expr.range_end.date
    assert (ended.year, ended.month, ended.day) == end


def test_a_days_number_in_the_story_before_a_date_starts_no_range() -> None:
    # "Day 1 - 8 Nov 2024": the story's first day, then its date
    (expr,) = [e for e in scan("Day 1 - 8 Nov 2024: the migration") if e.date is not None]
    assert expr.range_end is None and expr.date.day == 8
