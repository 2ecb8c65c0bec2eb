"""Tests for timeline.lexer.scan: what one line's time expressions are, and what is not one."""

from __future__ import annotations

import pytest

from pmlint.timeline.lexer import scan, scan_document_line
from pmlint.timeline.model import TimeExpr
from pmlint.timeline.zones import parse_zone_option


def only(line: str) -> TimeExpr:
    """The single expression on `line`; fails if there is not exactly one."""
    found = scan(line)
    assert len(found) == 1, [e.written for e in found]
    return found[0]


# --- clocks ----------------------------------------------------------------------------------

CLOCKS = [
    # line, hour, minute, second, meridiem, clock.written, start
    ("9:45pm", 21, 45, None, "pm", "9:45pm", 0),
    ("9.45 PM", 21, 45, None, "pm", "9.45 PM", 0),
    ("9:45 P.M.", 21, 45, None, "pm", "9:45 P.M.", 0),
    ("09:45:30", 9, 45, 30, None, "09:45:30", 0),
    ("5 PM", 17, 0, None, "pm", "5 PM", 0),
    ("0945 UTC", 9, 45, None, None, "0945", 0),
    ("14:00hrs", 14, 0, None, None, "14:00", 0),
    ("at noon", 12, 0, None, None, "noon", 3),
    ("paged at midnight", 0, 0, None, None, "midnight", 9),
    ("12 AM", 0, 0, None, "am", "12 AM", 0),
    ("12 PM", 12, 0, None, "pm", "12 PM", 0),
    ("12:30 AM", 0, 30, None, "am", "12:30 AM", 0),
    ("Alert fired at 9:45pm", 21, 45, None, "pm", "9:45pm", 15),
    # the Nordic "kl." and the Polish "godz." glued to the clock by their dot
    ("Uppdatering: kl.06.55 nätet är nere", 6, 55, None, None, "06.55", 16),
    ("Kl.21 var allt igång", 21, 0, None, None, "21", 3),
    ("awaria od godz.7:40", 7, 40, None, None, "7:40", 15),
]


@pytest.mark.parametrize(("line", "hour", "minute", "second", "meridiem", "written", "start"),
                         CLOCKS)
def test_clock(line: str, hour: int, minute: int, second: int | None, meridiem: str | None,
               written: str, start: int) -> None:
    expr = only(line)
    clock = expr.clock
    assert clock is not None
    assert (clock.hour, clock.minute, clock.second, clock.meridiem) == (
        hour, minute, second, meridiem)
    assert clock.written == written
    assert clock.oddities == ()
    assert not clock.placeholder
    assert expr.start == start
    assert expr.date is None


@pytest.mark.parametrize("line", ["version 1.2. at 10.15 shipped", "17.10. 06.45"])
def test_a_dotted_pair_before_a_dotted_number_without_at_is_no_date(line: str) -> None:
    assert [e.written for e in scan(line) if e.date is not None] == []


@pytest.mark.parametrize("line", ["see kl.15.18.22 in the log", "Vol.12 of the notes",
                                  "akl.15 is no clock"])
def test_a_dot_glued_number_after_other_words_is_no_clock(line: str) -> None:
    assert [e.written for e in scan(line) if e.clock is not None] == []


def test_a_word_glued_to_a_clock_is_no_hours_mark_in_any_script() -> None:
    # "10:35Hätäkeskus...": a video's length glued to its title, whose "H" opens a word
    assert only("10:35Hälytys tuli myöhään").written == "10:35"
    assert only("09:40h Störung behoben").written == "09:40h"


def test_military_time_takes_its_zone() -> None:
    expr = only("0945 UTC")
    assert expr.zone is not None and expr.zone.label == "UTC"
    assert expr.written == "0945 UTC"



@pytest.mark.parametrize(("line", "hour", "minute", "zone"), [
    ("Status note 2140 CEST, 3 Jun 2024: queue drained", 21, 40, "CEST"),
    ("engineers rejoined at 0715 EDT", 7, 15, "EDT"),
])
def test_colonless_clock_before_a_zone_abbreviation(line: str, hour: int, minute: int,
                                                    zone: str) -> None:
    found = [e for e in scan(line) if e.clock is not None]
    assert len(found) == 1
    clock = found[0].clock
    assert clock is not None and (clock.hour, clock.minute) == (hour, minute)
    assert found[0].zone is not None and found[0].zone.label == zone


@pytest.mark.parametrize("line", ["a 1500 EUR credit was issued", "the 2030 ET roadmap",
                                  "ticket 1234 CAT-5 cabling"])
def test_four_digits_before_a_word_that_is_no_zone_are_no_clock(line: str) -> None:
    assert [e for e in scan(line) if e.clock is not None] == []

@pytest.mark.parametrize("line", ["noon", "the noon meeting", "midnight deploys are risky",
                                  "   midnight) read on the stamp's day",
                                  # a weekday's noon in a sentence; a weekday's midnight
                                  "Thursday noon the vendor called back",
                                  "Fri, midnight: batch starts"])
def test_bare_noon_or_midnight_is_not_a_clock(line: str) -> None:
    assert scan(line) == []


@pytest.mark.parametrize(("line", "hour"), [
    ("- 12 midnight errors spike", 0), ("- Midnight: cron starts", 0),
    ("Midnight - cron starts", 0),
    ("**12 noon** - traffic peaks", 12), ("* noon lunch traffic peaks", 12),
    # the stamp's zone in parentheses before the separator
    ("- **Noon (CET):** failover drill begins", 12), ("Midnight (UTC) - batch starts", 0),
    # a weekday's noon as the entry's stamp
    ("Thurs, noon: mirrors back in sync", 12), ("Saturday midday - DNS cut over", 12),
    # its date after it, then the entry's words
    ("- Midnight 3 May 2025 - index rebuild begins", 0), ("* Noon 2025-05-03: traffic peaks", 12),
])
def test_noon_or_midnight_opening_an_entry_is_its_clock(line: str, hour: int) -> None:
    (expr,) = scan(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (hour, 0)


@pytest.mark.parametrize(("line", "hour"), [
    ("traffic was flowing again by roughly midday", 12),
    ("the backlog cleared at about noon", 12),
    ("approximately midnight the batch stalled", 0),
])
def test_a_hedged_noon_or_midnight_is_still_a_clock(line: str, hour: int) -> None:
    (expr,) = scan(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (hour, 0)


ODD_CLOCKS = [
    # line, hour (24-h), minute, meridiem, substring of an oddity
    ("00:00 AM", 0, 0, "am", "hour 00 with AM"),
    ("13:20pm", 13, 20, "pm", "24-hour time with PM"),
    ("25:10", 25, 10, None, "hour 25 does not exist"),
]


@pytest.mark.parametrize(("line", "hour", "minute", "meridiem", "oddity"), ODD_CLOCKS)
def test_odd_clock_is_parsed_with_an_oddity(line: str, hour: int, minute: int,
                                            meridiem: str | None, oddity: str) -> None:
    clock = only(line).clock
    assert clock is not None
    assert (clock.hour, clock.minute, clock.meridiem) == (hour, minute, meridiem)
    assert any(oddity in o for o in clock.oddities), clock.oddities


def test_valid_clocks_have_no_does_not_exist_oddity() -> None:
    # "00:00 AM" is odd but real (midnight); only 25:10 must say "does not exist"
    assert not any("does not exist" in o for o in only("00:00 AM").clock.oddities)
    assert not any("does not exist" in o for o in only("13:20pm").clock.oddities)


@pytest.mark.parametrize(("line", "start", "written"), [
    ("HH:mm", 0, "HH:mm"),
    ("- HH:mm - text", 2, "HH:mm"),
    ("HH:MM UTC", 0, "HH:MM"),
])
def test_placeholder(line: str, start: int, written: str) -> None:
    expr = only(line)
    assert expr.clock is not None
    assert expr.clock.placeholder is True
    assert expr.clock.written == written
    assert expr.start == start


def test_hyphenated_meridiem_and_zone() -> None:
    expr = only("11:26-am-GMT")
    assert expr.clock is not None
    assert (expr.clock.hour, expr.clock.minute, expr.clock.meridiem) == (11, 26, "am")
    assert expr.zone is not None
    assert (expr.zone.label, expr.zone.offset_minutes) == ("GMT", 0)
    assert expr.zone_written == "-GMT"
    assert expr.written == "11:26-am-GMT"


# --- dates -----------------------------------------------------------------------------------

DATES = [
    # line, year, month, day, weekday, date.written, start
    ("2023-03-15", 2023, 3, 15, None, "2023-03-15", 0),
    ("March 15, 2023", 2023, 3, 15, None, "March 15, 2023", 0),
    ("15 March 2023", 2023, 3, 15, None, "15 March 2023", 0),
    ("Jun 13", None, 6, 13, None, "Jun 13", 0),
    ("the 10th of May 2023", 2023, 5, 10, None, "the 10th of May 2023", 0),
    ("06/May/2022", 2022, 5, 6, None, "06/May/2022", 0),
    ("Monday, March 15, 2023", 2023, 3, 15, 0, "Monday, March 15, 2023", 0),
    ("It started on Jun 13", None, 6, 13, None, "Jun 13", 14),
    # a colon after the year is the entry's separator, not the end of a clock
    ("May 10, 2023: deploy", 2023, 5, 10, None, "May 10, 2023", 0),
    ("10 May 2023: deploy", 2023, 5, 10, None, "10 May 2023", 0),
    # a full stop after an ordinal day, then the year
    ("Posted on April 2nd. 2019", 2019, 4, 2, None, "April 2nd. 2019", 10),
    # a year of computing's time before a zone stays a year
    ("Jul 4 2023 UTC", 2023, 7, 4, None, "Jul 4 2023", 0),
]


@pytest.mark.parametrize(("line", "ymd", "hm"), [
    # four digits after a month and day, then a zone or "hrs": a colon-less clock
    ("- Mar 3 1712 UTC: rollback starts", (None, 3, 3), (17, 12)),
    ("- 3 Mar 1945 GMT: pages resume", (None, 3, 3), (19, 45)),
    ("Mar 3, 1130Z first alert", (None, 3, 3), (11, 30)),
    ("At 0645z on Mar 3 the relay restarted", (None, 3, 3), (6, 45)),
    ("on Mar 3 1555 hrs the queue drained", (None, 3, 3), (15, 55)),
    ("- Sep 14th. 0815 UTC: paged", (None, 9, 14), (8, 15)),
])
def test_four_digits_before_a_zone_after_a_day_are_its_clock(
        line: str, ymd: tuple[int | None, int, int], hm: tuple[int, int]) -> None:
    expr = only(line)
    assert expr.date is not None and expr.clock is not None
    assert (expr.date.year, expr.date.month, expr.date.day) == ymd
    assert (expr.clock.hour, expr.clock.minute) == hm
    assert expr.date.oddities == ()


@pytest.mark.parametrize(("line", "year", "month", "day", "weekday", "written", "start"), DATES)
def test_date(line: str, year: int | None, month: int, day: int, weekday: int | None,
              written: str, start: int) -> None:
    expr = only(line)
    date = expr.date
    assert date is not None
    assert (date.year, date.month, date.day, date.weekday) == (year, month, day, weekday)
    assert date.written == written
    assert date.oddities == ()
    assert date.numeric is None
    assert expr.start == start
    assert expr.clock is None


@pytest.mark.parametrize(("line", "numeric", "month", "day"), [
    ("6/9/22", (6, 9), 6, 9),  # month-first until the document says otherwise
    ("25/9/22", (25, 9), 9, 25),  # only day-first works
])
def test_numeric_date(line: str, numeric: tuple[int, int], month: int, day: int) -> None:
    date = only(line).date
    assert date is not None
    assert date.numeric == numeric
    assert (date.year, date.month, date.day) == (2022, month, day)
    assert date.written == line


@pytest.mark.parametrize("line", [
    "VLANs 30/40/60 and 20/50/70 lost their gateway",
    "ports 25/80/443 were blocked",
])
def test_numbers_that_cannot_hold_a_month_are_no_date(line: str) -> None:
    assert all(expr.date is None for expr in scan(line))


@pytest.mark.parametrize(("line", "oddity"), [
    ("Feb 30, 2023", "February 30 does not exist"),
    ("March 15, 20202", "year 20202"),
    ("20202-01-05", "year 20202"),
])
def test_odd_date(line: str, oddity: str) -> None:
    date = only(line).date
    assert date is not None
    assert any(oddity in o for o in date.oddities), date.oddities


def test_day_only_date_after_a_clock() -> None:
    expr = only("It was 9:45 PM on the 11th")
    assert expr.start == 7
    assert expr.written == "9:45 PM on the 11th"
    assert expr.clock is not None and expr.clock.hour == 21
    date = expr.date
    assert date is not None
    assert (date.year, date.month, date.day) == (None, None, 11)
    assert date.written == "the 11th"


@pytest.mark.parametrize(("line", "month", "day", "start"), [
    ("1. Apr 5, 2021 3:53 AM: paged", 4, 5, 3),
    ("3) Jun 9, 2022 18:10 UTC: rolled back", 6, 9, 3),
    ("  12. Dec 17, 2022 13:13 UTC-8: failover", 12, 17, 6),
    ("> 2. Sep 30, 2020 09:00: vendor called", 9, 30, 5),
    ("- 7. Jan 2 2023 10:00 - nested item", 1, 2, 5),
])
def test_ordered_list_marker_is_never_a_day(line: str, month: int, day: int,
                                            start: int) -> None:
    (expr,) = scan_document_line(line)
    assert expr.date is not None
    assert (expr.date.month, expr.date.day) == (month, day)
    assert expr.start == start


@pytest.mark.parametrize(("line", "ymd", "hm"), [
    # a day written first with its dot opens the line: a month's name and a year follow
    ("19. oktober 2022 kl. 21:47 - tjenesten svarer ikke", (2022, 10, 19), (21, 47)),
    ("- 3. März 2021, 06:15 Uhr: Datenbank voll", (2021, 3, 3), (6, 15)),
    ("* 30. november 2023 kl. 08.05 tjenesten er tilbake", (2023, 11, 30), (8, 5)),
])
def test_a_dotted_day_opening_a_line_is_the_day(line: str, ymd: tuple[int, int, int],
                                                 hm: tuple[int, int]) -> None:
    expr = scan_document_line(line)[0]
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == hm
    assert expr.date is not None
    assert (expr.date.year, expr.date.month, expr.date.day) == ymd


@pytest.mark.parametrize(("line", "ymd", "hm"), [
    # Danish, Norwegian and Swedish "kl." and Finnish "klo" between a date and its clock
    ("Nedetid fra 4. juni 2024 kl. 09:10", (2024, 6, 4), (9, 10)),
    ("Avbrottet började 2023-11-02 kl 23.40", (2023, 11, 2), (23, 40)),
    ("Katko alkoi 12.1.2024 klo 7.55", (2024, 1, 12), (7, 55)),
    # a year-less day and month after the word for "on", then the language's "at"
    ("Le service est revenu le 14/03 à 16h20.", (None, 3, 14), (16, 20)),
    ("La caída empezó el 21/09 a las 03:30", (None, 9, 21), (3, 30)),
    ("Il disservizio è iniziato il 18/05 alle 11:02", (None, 5, 18), (11, 2)),
    ("De storing begon op 30/6 om 22:15", (None, 6, 30), (22, 15)),
    ("Larmet gick den 27/8 kl. 05.50", (None, 8, 27), (5, 50)),
    # a year-less dotted day and month, then the word for "at" and a dotted clock
    ("Yhteys katkesi 9.2. klo 23.10", (None, 2, 9), (23, 10)),
    ("Nettet var nede 17.10. kl. 06.45", (None, 10, 17), (6, 45)),
    # Swedish ordinals ("18:e", "1:a") and the Nordic month names English and German lack
    ("Driftstoppet varade från 14:e augusti 2023 kl 22.10", (2023, 8, 14), (22, 10)),
    ("Tjänsten var nere den 1:a maj 2024 kl. 06:40", (2024, 5, 1), (6, 40)),
    ("Nedbruddet startede 5. marts 2022 kl. 10:00", (2022, 3, 5), (10, 0)),
    ("Tjenesten kom tilbake 31. desember 2021 kl. 23:58", (2021, 12, 31), (23, 58)),
    # Polish and Czech months in the genitive a date writes, with Polish "r." (year) and
    # "o godz." (at the hour of), and Czech "v" (at)
    ("Awaria rozpoczęła się 14 lutego 2023 r. o godz. 06:20.", (2023, 2, 14), (6, 20)),
    ("Serwis wrócił 2 października 2022, 17:45", (2022, 10, 2), (17, 45)),
    ("Výpadek trval od 3. června 2021 v 22:10", (2021, 6, 3), (22, 10)),
    # a year-less day and month, each closed by its dot and spaced, then Czech "v" or "ve"
    ("Služba spadla 25. 3. v 14:05", (None, 3, 25), (14, 5)),
    ("Obnoveno dne 3. 11. ve 22:40", (None, 11, 3), (22, 40)),
    ("Výpadek 3. listopadu 2021 ve 22:10", (2021, 11, 3), (22, 10)),
    ("Služby obnoveny 28. listopadu 2020 v 8:05", (2020, 11, 28), (8, 5)),
    # Russian and Ukrainian months in the genitive a date writes, with the year's mark ("г.",
    # "года", "року") and the word for "at" ("в", "о")
    ("Сбой начался 4 февраля 2024 г. в 03:25 по Москве", (2024, 2, 4), (3, 25)),
    ("Платежи не проходили с 19 ноября 2022 года, 21:40", (2022, 11, 19), (21, 40)),
    ("- 7 июля 2023 16:02 — откатили релиз", (2023, 7, 7), (16, 2)),
    ("Сервіс відновлено 30 серпня 2021 року о 11:15", (2021, 8, 30), (11, 15)),
])
def test_a_date_and_its_clock_in_another_language(
        line: str, ymd: tuple[int | None, int, int], hm: tuple[int, int]) -> None:
    expr = next(e for e in scan_document_line(line) if e.clock is not None)
    assert expr.date is not None
    assert (expr.date.year, expr.date.month, expr.date.day) == ymd
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == hm


@pytest.mark.parametrize(("line", "ymd", "hm"), [
    # a numeric date closed by its own dot, as Hungarian, Czech, Slovak, Croatian and Serbian
    # write it, then its clock; and the same date ending a sentence
    ("A szolgáltatás 2023.09.14. 02:10-kor leállt", (2023, 9, 14), (2, 10)),
    ("Výpadek začal 7. 11. 2023 v 18:45", (2023, 11, 7), (18, 45)),
    ("- 05.06.2024. 22:30 server ne odgovara", (2024, 6, 5), (22, 30)),
    ("We migrated the cluster on 19.08.2021.", (2021, 8, 19), None),
])
def test_a_date_closed_by_its_dot(line: str, ymd: tuple[int, int, int],
                                  hm: tuple[int, int] | None) -> None:
    expr = scan_document_line(line)[0]
    assert expr.date is not None
    assert (expr.date.year, expr.date.month, expr.date.day) == ymd
    assert (None if expr.clock is None else (expr.clock.hour, expr.clock.minute)) == hm


@pytest.mark.parametrize("line", ["upgraded to 2.10.2020.4 overnight", "hosts 10.20.2019.5 up",
                                  "release 1.2.2016.rc1"])
def test_dotted_numbers_that_go_on_are_no_date(line: str) -> None:
    assert all(e.date is None for e in scan_document_line(line))


@pytest.mark.parametrize(("line", "hm"), [
    ("The replica caught up at roughly 16.25.", (16, 25)),
    ("Paged the on-call @ noon, rolled back @midnight", (12, 0)),
])
def test_a_dotted_clock_ending_a_sentence_and_noon_after_an_at_sign(
        line: str, hm: tuple[int, int]) -> None:
    expr = scan(line)[0]
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == hm


def test_an_address_or_a_handle_holds_no_noon() -> None:
    assert scan("mail ops@noon.example or ping @midnight-crew") == []
    assert [e.date for e in scan("Am 11.03. war alles gut")] == []  # a year-less date, no clock


def test_a_clock_before_a_month_is_no_swedish_ordinal() -> None:
    (expr,) = scan_document_line("Larmet kom 18:45 april-kvällen")
    assert expr.date is None and expr.clock is not None and expr.clock.hour == 18


@pytest.mark.parametrize(("line", "md", "hm"), [
    # a weekday with its day and month in parentheses after it
    ("Wednesday (31/01) 09:40 – the queue backs up", (1, 31), (9, 40)),
    ("- Thu (2/1), 11:05 PM: failover", (2, 1), (23, 5)),
])
def test_a_weekday_then_its_day_and_month_in_parentheses(
        line: str, md: tuple[int, int], hm: tuple[int, int]) -> None:
    expr = scan_document_line(line)[0]
    assert expr.date is not None and expr.date.weekday is not None
    assert (expr.date.month, expr.date.day) == md
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == hm


@pytest.mark.parametrize(("line", "start", "end", "md"), [
    # an hour alone before a dash that touches a clock with minutes and AM/PM: a range
    ("Checkout was slow 10-10:30 AM", (10, 0), (10, 30), None),
    ("Errors spiked 3–4:15 pm PT", (15, 0), (16, 15), None),
    # the day written after the range's end is the range's: its start stays
    ("Rehearsal booked 2-3 pm on Tuesday 4 March 2025", (14, 0), (15, 0), (3, 4)),
    ("the vendor window, from 7 to 9 am on Mar 4, 2025, ran over", (7, 0), (9, 0), (3, 4)),
])
def test_a_bare_hour_starts_the_range_of_the_clock_after_it(
        line: str, start: tuple[int, int], end: tuple[int, int],
        md: tuple[int, int] | None) -> None:
    (expr,) = scan(line)
    assert expr.clock is not None and expr.range_end is not None
    assert (expr.clock.hour, expr.clock.minute) == start
    if md is not None:
        assert expr.date is not None and (expr.date.month, expr.date.day) == md
    assert expr.range_end.clock is not None
    assert (expr.range_end.clock.hour, expr.range_end.clock.minute) == end


@pytest.mark.parametrize("line", ["Update 4 - 11:50PM: fixed", "step 7-3:30 pm rerun",
                                  "Update 4 - 11:50PM on Mar 4, 2025: fixed"])
def test_a_number_apart_from_or_past_the_clock_starts_no_range(line: str) -> None:
    (expr,) = scan(line)
    assert expr.range_end is None


@pytest.mark.parametrize(("line", "hm", "written"), [
    # the Dutch and Flemish hour's mark "u" (uur): after a dotted clock, or between hour
    # and minutes
    ("09.35u: eerste meldingen van klanten", (9, 35), "09.35u"),
    ("Om 21u15 werd de router herstart", (21, 15), "21u15"),
])
def test_the_dutch_hour_mark(line: str, hm: tuple[int, int], written: str) -> None:
    expr = scan_document_line(line)[0]
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == hm
    assert expr.written == written


@pytest.mark.parametrize("line", ["de migratie duurde 1u30 in totaal", "menu met 12u opties"])
def test_a_length_or_a_count_with_u_is_no_clock(line: str) -> None:
    assert scan_document_line(line) == []


@pytest.mark.parametrize("line", [
    "Between as early as 08:00 UTC and 13:20 UTC on 29 Jul 2022, customers saw errors",
    "Between 08:00 UTC and until 13:20 UTC on 29 Jul 2022, customers saw errors",
])
def test_a_between_range_with_a_hedged_start_or_a_doubled_and(line: str) -> None:
    (expr,) = [e for e in scan(line) if e.clock is not None]
    assert expr.range_end is not None and expr.range_end.clock is not None
    assert (expr.range_end.clock.hour, expr.range_end.clock.minute) == (13, 20)


def test_and_until_without_between_is_no_range() -> None:
    assert all(e.range_end is None for e in scan("paged at 08:00 and until 13:20 we waited"))


def test_between_two_times_joined_by_an_ampersand_is_a_range() -> None:
    (expr,) = scan("Payments were refused between 2 PM & 3:30 PM on 4th of May 2022.")
    assert expr.range_end is not None and expr.date is not None and expr.date.day == 4
    assert expr.range_end.clock is not None and expr.range_end.clock.hour == 15
    assert len(scan("we restarted it at 10:00 & at 11:00")) == 2  # two moments, no span


@pytest.mark.parametrize(("line", "hm"), [
    ("网关在9点半开始报错", (9, 30)),  # half past
    ("上午8点一刻完成切换", (8, 15)),  # a quarter past
    ("八点三刻恢复", (8, 45)),  # three quarters past, in Chinese numerals
    ("晚上十点多用户反馈", (22, 0)),  # a little past ten in the evening
    ("机房于7点左右断电", (7, 0)),  # about seven
])
def test_the_chinese_hour_with_half_a_quarter_or_about(line: str, hm: tuple[int, int]
                                                        ) -> None:
    (expr,) = scan(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == hm


@pytest.mark.parametrize("line", ["以下3点需要注意", "共有5点原因", "得了3点分"])
def test_a_chinese_count_of_points_is_no_clock(line: str) -> None:
    assert [e for e in scan(line) if e.clock is not None] == []


@pytest.mark.parametrize(("line", "month", "day"), [
    ("12月18号上午8点机房断电", 12, 18),  # the day marked with 号
    ("28日上午10点30分恢复", None, 28),  # the day alone, a part of the day before the clock
    ("18號晚上9點15分", None, 18),
])
def test_a_chinese_day_before_its_clock(line: str, month: int | None, day: int) -> None:
    (expr,) = scan(line)
    assert expr.date is not None and (expr.date.month, expr.date.day) == (month, day)
    assert expr.clock is not None


@pytest.mark.parametrize(("line", "hms"), [
    ("listrik padam pukul 10.12.41 WIB", (10, 12, 41)),  # Indonesian "at", its zone after
    ("Die Störung begann um 21.03.15 Uhr", (21, 3, 15)),
    ("alarm raised at 07.58.02 UTC", (7, 58, 2)),
    ("04.08.2019 11.45.09 Server neu gestartet", (11, 45, 9)),  # right after a date's year
])
def test_a_dotted_clock_with_its_seconds(line: str, hms: tuple[int, int, int]) -> None:
    (expr,) = scan(line)
    assert expr.clock is not None
    assert (expr.clock.hour, expr.clock.minute, expr.clock.second) == hms


@pytest.mark.parametrize(("line", "hm"), [
    ("Mạng bị gián đoạn lúc 21g05 tối qua", (21, 5)),  # "g" for the hour, after "at"
    ("Dịch vụ khôi phục vào 7 giờ 40 phút sáng", (7, 40)),  # "giờ" and "phút", after "at"
])
def test_the_vietnamese_hour_and_minute(line: str, hm: tuple[int, int]) -> None:
    (expr,) = scan(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == hm


@pytest.mark.parametrize("line", ["Sự cố kéo dài 3 giờ 15 phút", "băng tần 5g45 mới"])
def test_a_vietnamese_length_or_a_band_is_no_clock(line: str) -> None:
    assert [e for e in scan(line) if e.clock is not None] == []


@pytest.mark.parametrize(("line", "hm"), [
    ("오전 9시 35경 결제 장애가 시작됐다", (9, 35)),  # the minute's 분 left out before 경
    ("오후 2시 10께 복구되었다", (14, 10)),
])
def test_a_korean_minute_without_its_unit_before_about(line: str, hm: tuple[int, int]) -> None:
    expr = next(e for e in scan(line) if e.clock is not None)
    assert (expr.clock.hour, expr.clock.minute) == hm


@pytest.mark.parametrize("line", [
    "サーバー停止 14時20分頃 (日本時間)",  # "about", then the zone
    "復旧 9時ごろ（JST）",  # full-width parentheses
    "障害発生 2024年5月1日 09:05（JST）",
])
def test_a_japanese_time_keeps_its_zone_after_about_or_full_width_parentheses(line: str) -> None:
    expr = next(e for e in scan(line) if e.clock is not None)
    assert expr.zone is not None and expr.zone.offset_minutes in (540, None) \
        and expr.zone.label in ("JST", "Asia/Tokyo")


@pytest.mark.parametrize(("line", "ymd"), [
    ("Häiriö alkoi 3. toukokuuta 2021 klo 9.40", (2021, 5, 3)),  # the partitive
    ("Katko 21. marraskuuta 2023", (2023, 11, 21)),
    ("Tiedote, heinäkuu 2022: 4. heinäkuuta 2022", (2022, 7, 4)),
])
def test_finnish_month_names(line: str, ymd: tuple[int, int, int]) -> None:
    dated = [e.date for e in scan(line) if e.date is not None and e.date.day is not None]
    assert dated and (dated[-1].year, dated[-1].month, dated[-1].day) == ymd


@pytest.mark.parametrize(("line", "hm"), [
    ("Strømmen kom tilbake ved 10.40 i går", (10, 40)),  # Norwegian "at"
    ("Tjänsten låg nere från 13.10 till 13.55", (13, 10)),  # Swedish "from"
    ("Palvelu palautui noin 9.40 aamulla", (9, 40)),  # Finnish "about"
    ("De storing duurde vanaf 7.50 tot de middag", (7, 50)),  # Dutch "from"
])
def test_a_dotted_clock_after_a_nordic_finnish_or_dutch_preposition(
        line: str, hm: tuple[int, int]) -> None:
    expr = scan(line)[0]
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == hm


@pytest.mark.parametrize("line", ["Prisen steg til 12.50 kr per måned",
                                  "Andelen var ca. 3.50 procent"])
def test_a_nordic_amount_after_a_preposition_is_no_clock(line: str) -> None:
    assert [e for e in scan(line) if e.clock is not None] == []


@pytest.mark.parametrize(("line", "hm"), [
    ("09:10 p - signal power lost on the east line", (21, 10)),
    ("12:20 a: first train through the tunnel", (0, 20)),
    ("11:45 P. - crews on site", (23, 45)),
])
def test_a_logs_lone_meridiem_letter_after_a_space(line: str, hm: tuple[int, int]) -> None:
    expr = scan(line)[0]
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == hm


@pytest.mark.parametrize("line", ["At 10:30 a customer called the desk",
                                  "By 10:30 a fix was out - finally"])
def test_an_article_after_a_clock_is_no_meridiem(line: str) -> None:
    expr = scan(line)[0]
    assert expr.clock is not None and expr.clock.meridiem is None and expr.clock.hour == 10


@pytest.mark.parametrize(("line", "hm"), [
    ("The call centre lost its phones at 7.45 this morning", (7, 45)),  # after "at"
    ("Shortly after 6.20 the payroll system went dark", (6, 20)),  # after "after"
    ("Lines reopened 8.50 GMT", (8, 50)),  # a zone after it
    ("Ticket machines failed from 6.40 to 10.05", (6, 40)),  # a range's start
])
def test_a_dotted_clock_with_a_one_digit_hour(line: str, hm: tuple[int, int]) -> None:
    expr = scan(line)[0]
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == hm


@pytest.mark.parametrize("line", ["Shares fell by 2.30 points", "upgraded from 1.10 to 1.12",
                                  "tickets sold at 3.50 each", "the job ran at 1.25 seconds",
                                  "moved to 2.15 in March"])
def test_a_one_digit_dotted_decimal_or_version_is_no_clock(line: str) -> None:
    assert [e for e in scan(line) if e.clock is not None] == []


@pytest.mark.parametrize(("line", "hour"), [
    ("The switchboard failed at 7 o'clock", 7),
    ("All lines were back by 11 o’clock", 11),
    ("It rang at 9 o'clock in the evening", 21),  # its part of the day after it
    # the 24-hour clock's hour, as its writers say it in English
    ("The backup job hung at 22 o'clock CET", 22),
    ("it broke around 13 o'clock UTC", 13),
])
def test_an_hour_in_digits_before_o_clock(line: str, hour: int) -> None:
    (expr,) = scan(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (hour, 0)


def test_no_hour_past_23_before_o_clock() -> None:
    assert scan("the queue was full at 24 o'clock") == []


@pytest.mark.parametrize(("line", "hm"), [
    ("O sistema caiu por volta de 8h40 e voltou mais tarde", (8, 40)),
    ("Instabilidade a partir de 6h15 nos pagamentos", (6, 15)),
    ("O acesso ficou suspenso até 7h", (7, 0)),
])
def test_a_portuguese_hour_after_around_from_or_until(line: str, hm: tuple[int, int]) -> None:
    expr = scan(line)[0]
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == hm


@pytest.mark.parametrize(("line", "hm"), [
    ("Il server è ripartito alle 16 e 40", (16, 40)),  # minutes after "e"
    ("Il servizio è tornato verso le 10 e mezza", (10, 30)),  # half past
    ("Guasto iniziato alle 7 e un quarto", (7, 15)),  # a quarter past
    ("Rientro previsto entro le 18 e tre quarti", (18, 45)),  # three quarters past
])
def test_the_italian_hour_and_its_minutes_after_and(line: str, hm: tuple[int, int]) -> None:
    (expr,) = scan(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == hm


def test_an_italian_hour_before_and_a_count_keeps_its_hour() -> None:
    # "alle 16 e 4 tecnici": the hour, then a count of people, not four minutes past
    (expr,) = scan("Intervento alle 16 e 4 tecnici in sala")
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (16, 0)


@pytest.mark.parametrize("line", ["A fila chegou a cerca de 2h30 de espera",
                                  "houve atraso de até 3h de fila"])
def test_a_portuguese_length_is_no_clock(line: str) -> None:
    assert [e for e in scan(line) if e.clock is not None] == []


@pytest.mark.parametrize("line", ["upgraded the agent to 10.12.41 overnight",
                                  "build 21.03.15 failed its tests"])
def test_a_dotted_number_of_three_parts_alone_is_no_clock(line: str) -> None:
    assert [e for e in scan(line) if e.clock is not None] == []


def test_a_comma_after_the_first_ends_date_still_joins_a_between_range() -> None:
    (expr,) = scan("Jobs stalled between 23:05 CET on 1 March 2024, and 00:40 CET on 2 March 2024.")
    assert expr.range_end is not None and expr.range_end.date is not None
    assert expr.range_end.date.day == 2
    assert len(scan("we paged at 10:00, and at 11:00 the vendor")) == 2  # no "between"
    assert len(scan("paged at 10:00, to 11:00 nobody answered")) == 2  # only "and" after a comma


@pytest.mark.parametrize(("line", "end_hour"), [
    ("The portal was offline from 6:15 in the morning to 9:40 in the evening.", 21),
    ("Le portail était hors ligne de 06:15 du matin à 21:40.", 21),
    ("Das Portal war von 06:15 Uhr morgens bis 21:40 Uhr offline.", 21),
    ("El portal estuvo caído de 06:15 de la mañana a 21:40.", 21),
])
def test_a_range_start_with_its_part_of_the_day_is_a_range(line: str, end_hour: int) -> None:
    (expr,) = [e for e in scan(line) if e.clock is not None]
    assert expr.clock is not None and expr.clock.hour == 6
    assert expr.range_end is not None and expr.range_end.clock is not None
    assert expr.range_end.clock.hour == end_hour


@pytest.mark.parametrize("line", [
    "09:10から10:25まで決済が失敗しました",
    "2024년 6월 3일 09:10부터 10:25까지 결제 장애",
    "09:10至10:25支付失败",
    "결제 장애는 09:10에서 10:25 사이에 발생했다",  # Korean's "from" after the first time
])
def test_a_cjk_postposition_joins_two_times_into_a_range(line: str) -> None:
    (expr,) = scan(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (9, 10)
    assert expr.range_end is not None and expr.range_end.clock is not None
    assert (expr.range_end.clock.hour, expr.range_end.clock.minute) == (10, 25)


@pytest.mark.parametrize(("line", "hour", "minute"), [
    ("服务于 14 时 30 分恢复", 14, 30),
    ("障害は 9 時 05 分に発生", 9, 5),
    ("19 时起开始回滚", 19, 0),
])
def test_a_cjk_clock_with_blanks_between_its_digits_and_characters(
        line: str, hour: int, minute: int) -> None:
    (expr,) = scan(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (hour, minute)


def test_the_korean_afternoon_word_before_a_range_holds_for_its_end() -> None:
    # "오후 3시에서 4시로" (moved from 3 PM to 4 PM): the end is the afternoon's too
    (expr,) = scan("점검 시간이 오후 3시에서 4시로 변경되었습니다")
    assert expr.clock is not None and expr.clock.hour == 15
    assert expr.range_end is not None and expr.range_end.clock is not None
    assert expr.range_end.clock.hour == 16


@pytest.mark.parametrize("line", ["- 09:15z: pager fired", "At 09:15z the pager fired"])
def test_zulu_in_lower_case_glued_to_a_clock_is_utc(line: str) -> None:
    (expr,) = scan(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (9, 15)
    assert expr.zone is not None and expr.zone.label == "UTC"


@pytest.mark.parametrize(("line", "local"), [
    # a wiki's sub-page title: its name, a slash, the date
    ("Incidents/2024-03-02 cache stampede", (2024, 3, 2, None)),
    # a table cell's day and month, a dash, then the clock
    ("12/06 - 23:50", (None, 12, 6, 23)),
    ("3/14 – 9:05 PM", (None, 3, 14, 21)),
])
def test_a_date_after_a_name_and_slash_or_before_a_dash_and_clock(
        line: str, local: tuple[int | None, int, int, int | None]) -> None:
    (expr,) = scan(line)
    assert expr.date is not None
    assert (expr.date.year, expr.date.month, expr.date.day) == local[:3]
    assert (expr.clock.hour if expr.clock is not None else None) == local[3]


@pytest.mark.parametrize("line", [
    "logs in /var/log/2024-03-02/app.log", "https://wiki.example.org/Incidents/2024-03-02 x",
    "see docs/incidents/2024-03-02.md",
])
def test_a_date_inside_a_path_or_address_is_no_date(line: str) -> None:
    assert scan(line) == []


def test_two_dots_between_two_stamps_make_a_range() -> None:
    (expr,) = scan("maintenance 12 Oct 23:00 .. 13 Oct 01:30 UTC")
    assert expr.range_end is not None and expr.range_end.clock is not None
    assert expr.range_end.date is not None and expr.range_end.date.day == 13


@pytest.mark.parametrize(("line", "end", "renderings"), [
    # the start's renderings in other zones in a parenthesis between it and its end
    ("down from 9:00 AM PT (12:00 PM ET) to 10:30 AM PT", "10:30 AM PT", ["12:00 PM ET"]),
    ("between 03:40 (20:40 Sunday PT / 09:10 IST) and 11:00 UTC", "11:00 UTC",
     ["20:40 Sunday PT", "09:10 IST"]),
    ("from 17:05 UTC [10:05 PDT] until 18:20 UTC", "18:20 UTC", ["10:05 PDT"]),
])
def test_a_range_whose_start_is_rendered_in_other_zones_before_its_end(
        line: str, end: str, renderings: list[str]) -> None:
    first, *rest = scan(line)
    assert first.range_end is not None and first.range_end.written == end
    assert [e.written for e in rest] == renderings
    assert first.zone is not None  # the end's zone, where the start wrote none


@pytest.mark.parametrize("line", [
    "at 14:10 (see the 14:20 graph) and 14:30",  # words in the parenthesis: no renderings
    "paged at 9:00 AM PT (12:00 PM ET), to the on-call",  # no end after it
    "between 9:00 (10:00 CET) and the next deploy",
])
def test_a_parenthesis_after_a_clock_joins_no_range_without_renderings_and_an_end(
        line: str) -> None:
    assert all(e.range_end is None for e in scan(line))


@pytest.mark.parametrize(("line", "hours"), [
    ("A karbantartás 22 órától 04 óráig tart", [22, 4]),  # Hungarian: from 22 until 04
    ("Az újraindítás 06 órakor történt", [6]),
    ("Huoltokatko alkoi klo 7 ja päättyi kello 9", [7, 9]),  # Finnish "klo", "kello"
])
def test_an_hour_alone_before_its_word_for_oclock(line: str, hours: list[int]) -> None:
    assert [e.clock.hour for e in scan(line) if e.clock is not None] == hours


def test_a_hungarian_length_in_hours_is_no_time() -> None:
    assert scan("A javítás 3 óra alatt készült el") == []


@pytest.mark.parametrize("line", ["Der Dienst fiel am 07.11.23 um 14:25 aus",
                                  "Incident opened 07.11.23 at 14:25", "07.11.23, 14:25 paged"])
def test_a_dotted_date_with_a_two_digit_year_before_at_and_a_clock(line: str) -> None:
    (expr,) = scan(line)
    assert expr.date is not None and (expr.date.year, expr.date.month, expr.date.day) \
        == (2023, 11, 7)


@pytest.mark.parametrize("line", ["We shipped release 07.11.23 at 14:25",
                                  "Client 7.11.23 at 14:25 crashed"])
def test_a_version_before_at_and_a_clock_is_no_date(line: str) -> None:
    assert all(e.date is None for e in scan(line))


def test_a_part_of_the_day_between_two_separate_times_joins_nothing() -> None:
    assert len(scan("We paged at 6:15 in the morning, then again at 9:40.")) == 2


@pytest.mark.parametrize("line", ["- 21:05 (МСК): узел недоступен", "Восстановлено в 23:40 МСК."])
def test_moscow_time_in_cyrillic(line: str) -> None:
    expr = next(e for e in scan_document_line(line) if e.clock is not None)
    assert expr.zone is not None and expr.zone.iana == "Europe/Moscow"  # (its offset by date)


def test_a_cyrillic_word_that_opens_with_msk_is_no_zone() -> None:
    expr = next(e for e in scan_document_line("в 21:05 МСКВ-2 недоступен") if e.clock)
    assert expr.zone is None


@pytest.mark.parametrize(("line", "iana"), [
    ("Larmet kom kl. 14.05 svensk tid", "Europe/Stockholm"),
    ("um 09:10 Uhr deutscher Zeit fiel der Dienst aus", "Europe/Berlin"),
    ("- 21:40 (ora italiana) allarme", "Europe/Rome"),
    ("o godz. 18:00 czasu polskiego", "Europe/Warsaw"),
    # a one-clock country's English name with "time"; Vietnamese "giờ" (hour) before it
    ("Service came back at 18:17 (Vietnam time).", "Asia/Ho_Chi_Minh"),
    ("- 09:05 Thailand time: rollback started", "Asia/Bangkok"),
    ("the link dropped at 21:40 Sri Lanka time", "Asia/Colombo"),
    ("đến 16:40 giờ Việt Nam thì ổn định", "Asia/Ho_Chi_Minh"),
    # the country's adjective, "local" before "time" said too
    ("the batch restarted at 01:30 German local time", "Europe/Berlin"),
    ("- 23:10 (Dutch time): alerts fire", "Europe/Amsterdam"),
    ("the rollback finished at 14:05 Israeli time", "Asia/Jerusalem"),
    # Arabic "by the timing of" a city, Persian "by the time of", Hebrew "the clock of"
    ("عادت الخدمة الساعة 22:40 بتوقيت القاهرة", "Africa/Cairo"),
    ("بدأ العطل 16:00 بالتوقيت العالمي المنسق", "Etc/UTC"),
    ("قطعی از 10:00 به وقت تهران", "Asia/Tehran"),
    ("اصلاحات ساعت 10 صبح به وقت شرق آمریکا اعمال شد", "America/New_York"),
    ("התקלה החלה ב-10:00 שעון ישראל", "Asia/Jerusalem"),
])
def test_a_countrys_clock_named_after_a_time(line: str, iana: str) -> None:
    expr = next(e for e in scan_document_line(line) if e.clock is not None)
    assert expr.zone is not None and expr.zone.iana == iana


def test_a_word_like_a_countrys_clock_is_no_zone() -> None:
    expr = next(e for e in scan_document_line("14:05 svenskt tidsschema") if e.clock)
    assert expr.zone is None
    # a country's name without "time" after a clock is the sentence's subject, no zone
    for line in ("- 10:05 Japan - regulators asked for a report", "at 10:05 India: paged",
                 "10:05 (Germany) region failed over", "at 10:05 German engineers joined"):
        expr = next(e for e in scan_document_line(line) if e.clock)
        assert expr.zone is None, line


def test_a_fraction_after_the_word_for_on_stays_no_date() -> None:
    assert [e.date for e in scan_document_line("il 3/4 dei nodi alle 11:02")] == [None]
    assert [e.date for e in scan_document_line("op 2/3 van de servers")] == []
    # a fraction before "at" and its clock is no month and day either
    assert [e.date for e in scan_document_line("a ratio of 3/4 at 9am")] == [None]
    assert [e.date for e in scan_document_line("on 3/4 of the hosts at 9am")] == [None]


def test_a_day_without_the_list_marks_is_still_a_day() -> None:
    (expr,) = scan_document_line("4 Apr 2021 10:00: paged")  # no dot: the day, not an item
    assert expr.date is not None and expr.date.day == 4
    (expr,) = scan_document_line("On 1. Apr 2021 we migrated")  # not at an item's start
    assert expr.date is not None and expr.date.day == 1
    assert only("7. April 2018").date is not None  # a phrase alone: the German day


def test_verb_may_is_not_a_month() -> None:
    assert scan("we may 2 times") == []


# --- zones -----------------------------------------------------------------------------------

ZONES = [
    # line, zone label, fixed offset, iana, has alternatives, zone_written
    ("9:45 PM EST", "EST", -300, None, False, "EST"),
    ("9:45 PM EDT", "EDT", -240, None, False, "EDT"),
    ("9:45 PM ET", "ET", None, "America/New_York", False, "ET"),
    ("9:45 PM Eastern", "ET", None, "America/New_York", False, "Eastern"),
    ("9:45 pm mountain", "MT", None, "America/Denver", False, "mountain"),
    ("9:45 PM PST", "PST", -480, None, False, "PST"),
    ("9:45 PM CST", "CST", -360, None, True, "CST"),
    ("9:45 PM IST", "IST", 330, None, True, "IST"),
    ("9:45 PM BST", "BST", 60, None, True, "BST"),
    ("09:45 CET", "CET", 60, None, False, "CET"),
    ("09:45 JST", "JST", 540, None, False, "JST"),
    ("09:45 AEST", "AEST", 600, None, False, "AEST"),
    ("09:45 EAT", "EAT", 180, None, False, "EAT"),
    ("09:45 SGT", "SGT", 480, None, False, "SGT"),
    ("09:45 TRT", "TRT", 180, None, False, "TRT"),
    ("09:45 NPT", "NPT", 345, None, False, "NPT"),
    ("09:45 MESZ", "MESZ", 120, None, False, "MESZ"),
    ("09:45 COT", "COT", -300, None, False, "COT"),
    ("09:45 CLST", "CLST", -180, None, False, "CLST"),
    ("09:45 ACDT", "ACDT", 630, None, False, "ACDT"),
    ("09:45 UTC+1", "UTC+01:00", 60, None, False, "UTC+1"),
    ("09:45 GMT-05:00", "UTC-05:00", -300, None, False, "GMT-05:00"),
    ("10:30 AM (UTC+1)", "UTC+01:00", 60, None, False, "(UTC+1)"),
    ("12:00+0200", "UTC+02:00", 120, None, False, "+0200"),
    ("12:00 Europe/Berlin", "Europe/Berlin", None, "Europe/Berlin", False, "Europe/Berlin"),
    ("2023-03-15T12:00:00Z", "UTC", 0, None, False, "Z"),
    ("1:10pm-PST", "PST", -480, None, False, "-PST"),
]


@pytest.mark.parametrize(("line", "label", "offset", "iana", "ambiguous", "written"), ZONES)
def test_zone(line: str, label: str, offset: int | None, iana: str | None, ambiguous: bool,
              written: str) -> None:
    expr = only(line)
    zone = expr.zone
    assert zone is not None
    assert zone.label == label
    assert zone.offset_minutes == offset
    assert zone.iana == iana
    assert zone.fixed is (offset is not None)
    assert bool(zone.alternatives) is ambiguous
    assert expr.zone_written == written
    assert expr.end == len(line)  # the zone is part of the expression
    assert expr.clock is not None


@pytest.mark.parametrize("name", ["EST", "ET", "PST", "IST", "CET"])
def test_lexed_abbreviation_is_the_option_zone(name: str) -> None:
    assert only(f"09:45 {name}").zone == parse_zone_option(name)


def test_iso_time_with_z_keeps_its_date_and_seconds() -> None:
    expr = only("2023-03-15T12:00:00Z")
    assert expr.date is not None
    assert (expr.date.year, expr.date.month, expr.date.day) == (2023, 3, 15)
    assert expr.clock is not None
    assert (expr.clock.hour, expr.clock.minute, expr.clock.second) == (12, 0, 0)
    assert expr.grain == "second"


# --- date, clock and zone together -----------------------------------------------------------

COMBINED = [
    # line, start, written, (y, m, d), (h, min), meridiem, zone label
    ("Jun 10 2022 at 2:00 pm MDT", 0, "Jun 10 2022 at 2:00 pm MDT", (2022, 6, 10), (14, 0),
     "pm", "MDT"),
    ("March 15, 2023, 09:00 AM UTC", 0, "March 15, 2023, 09:00 AM UTC", (2023, 3, 15), (9, 0),
     "am", "UTC"),
    ("2019-11-29 12:00", 0, "2019-11-29 12:00", (2019, 11, 29), (12, 0), None, None),
    ("12:45 AM EST on the 11th", 0, "12:45 AM EST on the 11th", (None, None, 11), (0, 45),
     "am", "EST"),
    ("17:41 UTC on 2023-07-19", 0, "17:41 UTC on 2023-07-19", (2023, 7, 19), (17, 41), None,
     "UTC"),
    ("Rolled back on Jun 10 2022 at 2:00 pm MDT.", 15, "Jun 10 2022 at 2:00 pm MDT",
     (2022, 6, 10), (14, 0), "pm", "MDT"),
    # a year-less month/day with "at" and a clock on the hour, or after a US zone and "on"
    ("Paged again on 11/3 at 4pm PT.", 15, "11/3 at 4pm PT", (None, 11, 3), (16, 0), "pm",
     "PT"),
    ("10/14 at 6:05pm the backlog cleared", 0, "10/14 at 6:05pm", (None, 10, 14), (18, 5),
     "pm", None),
    ("Rolled back at 6am ET on 12/2.", 15, "6am ET on 12/2", (None, 12, 2), (6, 0), "am",
     "ET"),
    ("It failed over at 11 p.m. Central Time on 3/8", 18, "11 p.m. Central Time on 3/8",
     (None, 3, 8), (23, 0), "pm", "CT"),
    # the zone as a label before the stamp, with its colon
    ("Cutover window (GMT: Mar 2, 2022 11:30 PM)", 16, "GMT: Mar 2, 2022 11:30 PM",
     (2022, 3, 2), (23, 30), "pm", "GMT"),
    # "local time" between a clock and its date: the date is still the clock's
    ("Registration reopened at 7 p.m. local time on March 3, 2021.", 25,
     "7 p.m. local time on March 3, 2021", (2021, 3, 3), (19, 0), "pm", None),
    ("the depot restarted 06:40 local time, 2 May 2019", 20, "06:40 local time, 2 May 2019",
     (2019, 5, 2), (6, 40), None, None),
    # a few words between a clock and its date: "late on", "in the evening on", Dutch "op",
    # Portuguese "do dia", Spanish "del día"
    ("the mirror fell over at 23:10 late on June 2, 2021", 24, "23:10 late on June 2, 2021",
     (2021, 6, 2), (23, 10), None, None),
    ("paging stopped at 8:15 in the evening on 4 May 2020", 18,
     "8:15 in the evening on 4 May 2020", (2020, 5, 4), (20, 15), "pm", None),
    ("de router viel om 09.40 uur op 7 juni 2022 uit", 18, "09.40 uur op 7 juni 2022",
     (2022, 6, 7), (9, 40), None, None),
    ("o serviço voltou às 17h20 do dia 9 de abril de 2023", 20,
     "17h20 do dia 9 de abril de 2023", (2023, 4, 9), (17, 20), None, None),
    ("el corte terminó a las 11:05 del día 3 de enero de 2022", 23,
     "11:05 del día 3 de enero de 2022", (2022, 1, 3), (11, 5), None, None),
]


@pytest.mark.parametrize(("line", "start", "written", "ymd", "hm", "meridiem", "zone"), COMBINED)
def test_combined(line: str, start: int, written: str, ymd: tuple[int | None, ...],
                  hm: tuple[int, int], meridiem: str | None, zone: str | None) -> None:
    expr = only(line)
    assert expr.start == start
    assert expr.written == written
    assert expr.date is not None
    assert (expr.date.year, expr.date.month, expr.date.day) == ymd
    assert expr.clock is not None
    assert (expr.clock.hour, expr.clock.minute) == hm
    assert expr.clock.meridiem == meridiem
    assert (expr.zone.label if expr.zone else None) == zone
    assert expr.range_end is None


# --- ranges ----------------------------------------------------------------------------------

def test_range_start_inherits_zone_from_end() -> None:
    line = "from 09:00 AM to 11:30 AM (UTC+1)"
    expr = only(line)
    assert (expr.start, expr.written) == (5, "09:00 AM")
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (9, 0)
    assert expr.zone is not None and expr.zone.offset_minutes == 60
    assert any("zone UTC+01:00 from the range end" in n for n in expr.inherited)
    end = expr.range_end
    assert end is not None
    assert (end.start, end.written) == (17, "11:30 AM (UTC+1)")
    assert end.clock is not None and (end.clock.hour, end.clock.minute) == (11, 30)
    assert end.zone is not None and end.zone.offset_minutes == 60


def test_range_end_inherits_meridiem() -> None:
    expr = only("from 1:10pm PST until 1:19 PST")
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (13, 10)
    assert expr.zone is not None and expr.zone.label == "PST"
    end = expr.range_end
    assert end is not None
    assert end.clock is not None
    assert (end.clock.hour, end.clock.minute, end.clock.meridiem) == (13, 19, "pm")
    assert end.zone is not None and end.zone.label == "PST"
    assert any("PM from the range start" in n for n in end.inherited)
    assert end.start == 22


def test_between_and_lends_zone_and_date_to_the_start() -> None:
    expr = only("between 12:17 and 12:30 UTC on 2023-07-20")
    assert (expr.start, expr.written) == (8, "12:17")
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (12, 17)
    assert expr.zone is not None and expr.zone.label == "UTC"
    assert expr.date is not None
    assert (expr.date.year, expr.date.month, expr.date.day) == (2023, 7, 20)
    end = expr.range_end
    assert end is not None
    assert end.written == "12:30 UTC on 2023-07-20"
    assert end.clock is not None and (end.clock.hour, end.clock.minute) == (12, 30)
    assert end.date is not None and end.date.day == 20


def test_dash_range_approximate() -> None:
    expr = only("~13:30-13:45")
    assert (expr.start, expr.written) == (1, "13:30")
    assert expr.approximate is True
    assert expr.zone is None  # "-13" is not an offset
    end = expr.range_end
    assert end is not None
    assert (end.start, end.written) == (7, "13:45")
    assert end.clock is not None and (end.clock.hour, end.clock.minute) == (13, 45)
    assert end.zone is None


@pytest.mark.parametrize(("text", "approximate"), [
    ("21:40 (approx.) first reports", True),
    ("21:40ish first reports", True),
    ("21:40 UTC, roughly: first reports", True),
    ("21:40 approximately, first reports", True),
    ("21:40 first reports, approximately 30 of them", False),
    ("21:40 estimate sent to customers", False),
])
def test_an_approximate_mark_after_the_time(text: str, approximate: bool) -> None:
    assert only(text).approximate is approximate


@pytest.mark.parametrize(("text", "hour", "meridiem"), [
    ("3:17p pager fired", 15, "pm"),
    ("11:52a rollback done", 11, "am"),
    ("12:05p lunch-time deploy", 12, "pm"),
    ("3:17 pager fired", 3, None),  # no letter, no meridiem
])
def test_a_one_letter_meridiem_after_a_colon_time(text: str, hour: int,
                                                  meridiem: str | None) -> None:
    clock = only(text).clock
    assert clock is not None and (clock.hour, clock.meridiem) == (hour, meridiem)


def test_a_range_of_colon_less_times_after_a_day_is_no_year() -> None:
    expr = only("Maintenance: Thursday 14th March 1030 – 1145")
    assert expr.date is not None and expr.date.year is None
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (10, 30)
    assert expr.range_end is not None and expr.range_end.clock is not None
    assert (expr.range_end.clock.hour, expr.range_end.clock.minute) == (11, 45)


def test_a_weekday_before_the_next_time_is_that_times() -> None:
    # "9:30pm CET, Sunday 04:30 JST": Sunday is the Tokyo time's day, not the CET time's
    first, *_ = scan("from Saturday 9:30pm CET (1:30pm PDT, Sunday 04:30 JST)")
    second = next(e for e in scan("from Saturday 9:30pm CET (1:30pm PDT, Sunday 04:30 JST)")
                  if e.written.startswith("1:30"))
    assert first.date is not None and first.date.weekday == 5
    assert second.date is None or second.date.weekday is None


@pytest.mark.parametrize("line", ["- 00:10 Thursday: mitigated", "- 00:10 Thu: mitigated",
                                  "- 00:10 (THU) mitigated", "- 00:10 thu. mitigated"])
def test_a_weekday_after_a_time_is_its_day(line: str) -> None:
    (expr,) = scan(line)
    assert expr.date is not None and expr.date.weekday == 3


@pytest.mark.parametrize("line", ["from 8:00 AM to 9:30 AM SAT the site was down",
                                  "- 14:00 WED clocks: cron fires"])
def test_capitals_after_a_time_spell_no_weekday(line: str) -> None:
    # "SAT" after a South African's clock is the zone they write, not Saturday
    found = scan(line)
    assert found and all(e.date is None for e in found)
    assert all(e.range_end is None or e.range_end.date is None for e in found)


def test_range_with_full_dates_on_both_ends() -> None:
    expr = only("Jun 9, 2022, 11:00 pm UTC to Jun 13, 2022, 1:44 pm UTC")
    assert expr.written == "Jun 9, 2022, 11:00 pm UTC"
    assert expr.date is not None and (expr.date.month, expr.date.day) == (6, 9)
    assert expr.clock is not None and expr.clock.hour == 23
    assert expr.inherited == ()
    end = expr.range_end
    assert end is not None
    assert (end.start, end.written) == (29, "Jun 13, 2022, 1:44 pm UTC")
    assert end.date is not None and (end.date.year, end.date.month, end.date.day) == (2022, 6, 13)
    assert end.clock is not None and (end.clock.hour, end.clock.minute) == (13, 44)
    assert end.zone is not None and end.zone.label == "UTC"


@pytest.mark.parametrize("line", ["paged at 09:00 and fixed at 10:00", "09:00 and 10:00"])
def test_and_without_between_is_not_a_range(line: str) -> None:
    found = scan(line)
    assert [e.written for e in found] == ["09:00", "10:00"]
    assert all(e.range_end is None for e in found)


@pytest.mark.parametrize("line", [
    "The start of this incident was corrected from 14:20 UTC to 14:12 UTC.",
    "we have adjusted the posted window from 9:40 PM to 9:05 PM",
    "Maintenance rescheduled from 23:00 to 21:00.",
    "the cut-over was brought forward from 2024-05-06 to 2024-05-04",
])
def test_a_value_changed_from_one_time_to_another_is_no_range(line: str) -> None:
    found = scan(line)
    assert len(found) == 2 and all(e.range_end is None for e in found)


@pytest.mark.parametrize(("line", "want"), [
    ("The API was down from 0412 to 0447 on 3 May.", ((4, 12), (4, 47))),
    ("logins failed between 2305 and 2340 CET", ((23, 5), (23, 40))),
    ("From 0950-1015 the queue backed up", ((9, 50), (10, 15))),
    ("between 1625 and 1710Z", ((16, 25), (17, 10))),  # the zone makes them clocks
    ("the feed dropped out from 0932z to 1015z", ((9, 32), (10, 15))),  # Zulu in lower case
    # with a zone or "hrs" after the end, an hour of 19 or 20 is no year
    ("settlement lagged from 2015 to 2140 UTC", ((20, 15), (21, 40))),
    ("between the hours of 1930 and 2045 hrs the portal refused logins", ((19, 30), (20, 45))),
])
def test_colon_less_clocks_as_the_ends_of_a_range(line: str, want: tuple) -> None:
    found = [e for e in scan(line) if e.clock is not None]
    assert len(found) == 1 and found[0].range_end is not None
    end = found[0].range_end.clock
    assert found[0].clock is not None and end is not None
    assert ((found[0].clock.hour, found[0].clock.minute), (end.hour, end.minute)) == want


@pytest.mark.parametrize("line", [
    "We ran the old cluster from 1998 to 2004.",  # years
    "the parts were made between 1955 and 2010",  # years, no zone after them
    "prices rose from 1200 to 1450 units",  # 1200 alone is no clock, and 1450 neither
    "in 0412 to 0447 cases",  # no "from" or "between" before them
])
def test_numbers_that_are_not_a_colon_less_range(line: str) -> None:
    assert [e for e in scan(line) if e.clock is not None] == []


@pytest.mark.parametrize("line", [
    "We changed nothing. From 14:20 to 14:55 UTC the queue was down.",
    "the queue stalled from 14:20 to 14:55 while we moved traffic",
    "Exports were delayed from Jun 4, 9:00 PM to Jun 5, 10:45 AM UTC.",
])
def test_a_change_word_elsewhere_leaves_the_range(line: str) -> None:
    found = scan(line)
    assert len(found) == 1 and found[0].range_end is not None


@pytest.mark.parametrize("line", [
    "the queue stalled from **21:40 CET** until **01:15 CET** overnight",
    "Impact: _9:50 PM_ - _12:20 AM_ (no dates given)",
])
def test_range_whose_ends_are_each_emphasised(line: str) -> None:
    found = scan(line)
    assert len(found) == 1 and found[0].range_end is not None


def test_emphasised_clock_then_an_emphasised_word_is_no_range() -> None:
    found = scan("**14:10** - **Rollback** started, done by 14:30")
    assert [e.range_end for e in found] == [None, None]


@pytest.mark.parametrize("line", [
    "- 05/11/2023 às 07:45 - fila de mensagens parada",
    "- 05/11/2023 a las 07:45 - cola detenida",
    "- 05.11.2023 um 07:45 - Warteschlange steht",
])
def test_a_date_and_its_clock_joined_by_another_languages_at(line: str) -> None:
    found = scan(line)
    assert len(found) == 1
    assert found[0].date is not None and found[0].clock is not None


def test_a_date_then_an_english_word_then_a_clock_stay_apart() -> None:
    found = scan("- 05/11/2023 was calm; 07:45 the queue stopped")
    assert [e.clock is not None for e in found] == [False, True]


def test_hours_alone_offset_after_a_clock_with_seconds() -> None:
    expr = only("Mar 03 2025 22:05:41 -03")
    assert expr.zone is not None and expr.zone.offset_minutes == -180


@pytest.mark.parametrize(("line", "offset"), [
    ("2024-02-09T17:05-05:00 replica lag alert", -300),  # ISO 8601, glued by "T" to its date
    ("2024-02-09T17:05+0530 paged", 330),
    ("At 17:05-0500 the replica lagged", -300),  # four digits glued on: no range's end
])
def test_an_offset_glued_to_a_clock_without_seconds(line: str, offset: int) -> None:
    expr = only(line)
    assert expr.range_end is None and expr.zone is not None
    assert expr.zone.offset_minutes == offset


@pytest.mark.parametrize(("line", "offset"), [
    ("the gateway timed out at 16:50 UTC+5.30 for most merchants", 330),
    ("Kathmandu office lost VPN, 08:05 GMT+5.45", 345),
    ("rollback done 7pm UTC+5h30", 330),
    ("UTC+5.30 2025-11-27 09:25 paging started", 330),  # the offset written before the stamp
])
def test_a_half_hour_offset_written_with_a_dot_or_h(line: str, offset: int) -> None:
    expr = only(line)
    assert expr.zone is not None and expr.zone.offset_minutes == offset


def test_a_dotted_clock_after_a_spaced_dash_stays_a_range_end() -> None:
    expr = only("window 09:00 UTC - 10.30 UTC")
    assert expr.range_end is not None and expr.zone is not None
    assert expr.zone.offset_minutes == 0


@pytest.mark.parametrize("line", ["17:05-19:00 replica lag", "2024-02-09 17:05-19:00 lag"])
def test_a_clock_range_is_no_offset(line: str) -> None:
    expr = only(line)
    assert expr.range_end is not None and expr.zone is None


def test_hours_alone_after_a_clock_without_seconds_is_no_offset() -> None:
    expr = only("at 22:05 -03 nodes were left")
    assert expr.zone is None


@pytest.mark.parametrize(("line", "offset"), [
    ("2024-07-04 10:00 CET (+0200) nodes drained", 120),  # the author's offset, not CET's
    ("09:40 IST (UTC+5:30) payments fail", 330),  # it settles which IST, too
    ("18:05 EST (GMT-4) rollback", -240),
    ("18:05 PST (UTC-8) rollback", -480),
    # the half hour written with a dot, an "h" or as a decimal, as India, Nepal and Australia do
    ("11:15 IST (GMT+5.30) card swipes declined", 330),
    ("03:40 ACST (UTC+9.5) link down", 570),
])
def test_an_offset_in_parentheses_after_a_zone_name_gives_the_clock(line: str,
                                                                     offset: int) -> None:
    expr = only(line)
    assert expr.zone is not None and expr.zone.offset_minutes == offset

# --- not time expressions ----------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "about 40%",
    "4-24 hours",
    "1-7 days",
    "version 2.1.0",
    "v1.2.33",
    "IP 10.12.5.36",
    "10.12.5.36:10254",
    "0.1%",
    "~1,500 out of 1.5M",
    "RF=3",
    "24 vCPUs, 128GB RAM",
    "we may 2 times",
    "CVE-2024-12345",
    "3:1 ratio",
    "http://host:8080/path",
    'path = "2018/10/19/update-on-incident"',
    "https://blog.example.com/2018/10/19/outage",
    "Timeline (times in BST, UTC+06:00)",
    "all times are UTC-05:00",
    "offset +05:30 from the server clock",
])
def test_not_a_time(line: str) -> None:
    assert scan(line) == []


def test_zone_after_a_comma_closes_the_parenthesis() -> None:
    (expr,) = scan("Duration: 2 hours (9:00 AM - 11:00 AM, UTC)")
    assert expr.range_end is not None and expr.range_end.zone is not None
    assert expr.range_end.zone.label == "UTC"


@pytest.mark.parametrize("line", [
    "at 9:00 AM, UTC was not yet in use",  # no parenthesis: a comma ends the clause
    "(at 9:00 AM, UTC time and more words)",  # the zone does not close the parenthesis
])
def test_zone_after_a_comma_only_inside_a_closing_parenthesis(line: str) -> None:
    (expr,) = scan(line)
    assert expr.zone is None


@pytest.mark.parametrize(("line", "weekday", "day"), [
    ("- Sat 01:10 - cron retried", 5, None),
    ("| Thurs 7:45 PM | failover |", 3, None),
    ("* Wednesday the 3rd at 10:00: review", 2, 3),
    ("we rolled back on Tuesday at 18:05", 1, None),
    ("- Friday night, 23:40 - replicas drift", 4, None),  # the part of the day
    ("- Sunday morning 07:05: backups verified", 6, None),
])
def test_weekday_opening_an_entry_dates_its_clock(line: str, weekday: int, day: int | None
                                                  ) -> None:
    (expr,) = scan(line)
    assert expr.date is not None and expr.clock is not None
    assert (expr.date.weekday, expr.date.day, expr.date.month) == (weekday, day, None)


@pytest.mark.parametrize("line", ["The Friday deploy at 16:00 failed", "Sunday's job ran 03:00"])
def test_weekday_inside_a_sentence_is_not_a_date(line: str) -> None:
    (expr,) = scan(line)
    assert expr.date is None


@pytest.mark.parametrize("line", ["db failover 06:40 → 07:15 UTC",
                                  "db failover 06:40 -> 07:15 UTC"])
def test_arrow_between_two_clocks_is_a_range(line: str) -> None:
    (expr,) = scan(line)
    assert expr.range_end is not None and expr.range_end.clock is not None
    assert (expr.range_end.clock.hour, expr.range_end.clock.minute) == (7, 15)
    assert expr.zone is not None and expr.zone.label == "UTC"  # from the range end


def test_arrow_after_a_clock_to_words_is_no_range() -> None:
    (expr,) = scan("- 06:40 -> paged the database team")
    assert expr.range_end is None


@pytest.mark.parametrize(("line", "end"), [("* 08:12_08:47 replica lag above 30s", (8, 47)),
                                           ("| 7:05pm_7:30pm | cache cold |", (19, 30))])
def test_underscore_between_two_clocks_is_a_range(line: str, end: tuple[int, int]) -> None:
    (expr,) = scan(line)
    assert expr.range_end is not None and expr.range_end.clock is not None
    assert (expr.range_end.clock.hour, expr.range_end.clock.minute) == end


@pytest.mark.parametrize(("line", "weekday"), [("- 06:15 - Thursday - failover drill", 3),
                                               ("- 06:15 — Thu — failover drill", 3),
                                               ("* 23:05 [Sat] replica rebuilt", 5),
                                               ("- 06:15 - Friday: failover drill", 4)])
def test_weekday_in_a_field_after_the_clock_dates_it(line: str, weekday: int) -> None:
    (expr,) = scan(line)
    assert expr.date is not None and expr.date.weekday == weekday


@pytest.mark.parametrize("line", ["- 06:15 - Monday-Friday jobs paused",
                                  "- 06:15 - Sunday night's batch was replayed"])
def test_weekday_opening_the_words_after_a_clock_is_no_date(line: str) -> None:
    (expr,) = scan(line)
    assert expr.date is None


@pytest.mark.parametrize(("line", "day"), [("- 27th 23:45 - disk alarm", 27),
                                           ("| 2nd 7:05 AM | rollback |", 2),
                                           ("**21st** 18:30 queue drained", 21)])
def test_ordinal_day_opening_an_entry_dates_its_clock(line: str, day: int) -> None:
    (expr,) = scan(line)
    assert expr.date is not None and expr.clock is not None
    assert (expr.date.day, expr.date.month) == (day, None)


def test_ordinal_inside_a_sentence_is_no_day() -> None:
    (expr,) = scan("The 4th retry at 18:30 finally passed")
    assert expr.date is None


@pytest.mark.parametrize(("line", "start"), [
    ("down between the hour of 2:05 AM and 17:20PM", (2, 5)),
    ("down between the hour of 02:05 and 17:20 PM", (2, 5)),  # the end lends no PM
])
def test_between_the_hour_of_and_a_24_hour_end_with_pm(line: str, start: tuple[int, int]
                                                       ) -> None:
    (expr,) = scan(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == start
    assert expr.range_end is not None and expr.range_end.clock is not None
    assert (expr.range_end.clock.hour, expr.range_end.clock.minute) == (17, 20)


def test_underscore_between_two_dates_is_no_range() -> None:
    found = scan("backup_2023-05-02_2023-05-09.tar")
    assert all(e.range_end is None for e in found)


@pytest.mark.parametrize(("line", "label"), [
    ("- 14:20 hrs IST: vendor call", "IST"),
    ("- 14:20h CET: vendor call", "CET"),
    ("- 14:20 Uhr (MESZ): Anruf beim Anbieter", "MESZ"),  # German "o'clock" before its zone
    ("- 14:20 local time (Lisbon): vendor call", "Europe/Lisbon"),
    ("- 14:20 local, UTC-3: vendor call", "UTC-03:00"),
])
def test_zone_after_hours_or_local_words(line: str, label: str) -> None:
    (expr,) = scan(line)
    assert expr.zone is not None and expr.zone.label == label


@pytest.mark.parametrize(("line", "label"), [
    # the country before the US clock's name: the clock's zone, not a word after it
    ("- 11:45am US CST: carrier call", "CST"),
    ("- 6:10 p.m. U.S. PT: rollback", "PT"),
    ("- 18:10 (U.S. PDT): rollback", "PDT"),
])
def test_a_zone_after_the_country_it_is_in(line: str, label: str) -> None:
    (expr,) = scan(line)
    assert expr.zone is not None and expr.zone.label == label


@pytest.mark.parametrize("line", ["- 11:45am US time: carrier call",
                                  "- 11:45am us and them: carrier call"])
def test_the_country_before_a_word_that_is_no_zone_names_none(line: str) -> None:
    (expr,) = scan(line)
    assert expr.zone is None


def test_local_alone_names_no_zone() -> None:
    (expr,) = scan("- 14:20 local: vendor call")
    assert expr.zone is None


@pytest.mark.parametrize(("line", "written"), [
    ("the switch was reset after Tue 03:15 by the on-call", ["Tue 03:15"]),
    ("observed from the bastion since Wed 08:10", ["Wed 08:10"]),
])
def test_a_weekday_after_a_linking_word_dates_its_clock(line: str, written: list[str]) -> None:
    exprs = scan(line)
    assert [e.written for e in exprs] == written
    assert all(e.date is not None and e.date.weekday is not None for e in exprs)


@pytest.mark.parametrize("line", ["Febuary 14, 2024 at 06:20 PM", "Feburary 14th, 2024 06:20 PM"])
def test_a_commonly_misspelt_february_is_february(line: str) -> None:
    date = only(line).date
    assert date is not None
    assert (date.year, date.month, date.day) == (2024, 2, 14)


@pytest.mark.parametrize(("line", "month"), [
    ("Mail was restored on Friday 4th Decmeber 2015 at 16:40", 12),
    ("the 16th Janaury 2016 outage, 09:10", 1),
    ("Septmber 3, 2021 10:00 - VPN down", 9),
    ("Novmber 2, 2020 at 14:00", 11),
])
def test_a_long_month_name_with_a_letter_dropped_or_swapped_is_that_month(line: str,
                                                                         month: int) -> None:
    date = scan(line)[0].date
    assert date is not None and date.month == month


def test_new_zone_words_in_lower_case_are_words() -> None:
    (expr,) = scan("moved the cot at 10:00 pet food arrived")
    assert expr.zone is None


@pytest.mark.parametrize("line", ["Billing stalled on March 3, 2025 UTC for most tenants.",
                                  "The relay failed on 9 June 2031 GMT, ahead of the release.",
                                  "From Oct 2 2022 UTC onward the mirror lagged."])
def test_year_of_a_date_before_a_zone_is_no_colonless_clock(line: str) -> None:
    (expr,) = scan(line)  # the date alone: "2025 UTC" is its year, not 20:25 UTC
    assert expr.clock is None and expr.date is not None and expr.date.year is not None


def test_colonless_clock_after_a_yearless_date_stays_a_clock() -> None:
    clocks = [e.clock for e in scan("Pager fired 4 Feb 1415 UTC for the queue") if e.clock]
    assert [(c.hour, c.minute) for c in clocks] == [(14, 15)]


def test_an_approximate_colonless_clock_in_parentheses_after_its_date():
    # "3 Jun 2019 (~0915)": the date's clock, marked approximate, in the parentheses
    found = only("Window: 3 Jun 2019 (~0915) until the next morning")
    assert found.clock is not None and (found.clock.hour, found.clock.minute) == (9, 15)
    assert found.date is not None and found.date.day == 3 and found.approximate
    # a count in the parentheses stays a count: nothing closes the clock there
    for line in ("on 3 Jun 2019 (~1500 users)", "3 Jun 2019 (1500 requests)"):
        assert all(e.clock is None for e in scan(line)), line


@pytest.mark.parametrize(("line", "hour"), [
    ("2024년 3월 4일 오후 2:05 장애 발생", 14), ("오전 11:40 복구 완료", 11),
    ("오후 12:10 점검", 12), ("2:05 장애 발생", 2),
])
def test_korean_morning_and_afternoon_words_before_the_clock(line: str, hour: int) -> None:
    expr = scan(line)[0]
    assert expr.clock is not None and expr.clock.hour == hour



@pytest.mark.parametrize(("line", "start", "end"), [
    ("점검 2024년 5월 9일 오후 11:20 ~ 오전 12:45 종료", (23, 20), (0, 45)),
    ("2024年5月9日 午前9:05～午前10:30 停止", (9, 5), (10, 30)),
    ("2024年5月9日 上午 11:10 - 下午 2:40 中断", (11, 10), (14, 40)),
])
def test_a_range_whose_end_has_its_own_morning_or_afternoon_word(
        line: str, start: tuple[int, int], end: tuple[int, int]) -> None:
    expr = only(line)
    assert expr.clock is not None and expr.range_end is not None
    assert expr.range_end.clock is not None
    assert (expr.clock.hour, expr.clock.minute) == start
    assert (expr.range_end.clock.hour, expr.range_end.clock.minute) == end


@pytest.mark.parametrize("text", ["## Load test (17/10 14h05 CET)",
                                  "## Load test (17/10 14:05 CET)"])
def test_a_year_less_day_and_month_in_parentheses_before_its_clock_is_a_date(text: str) -> None:
    # a heading's parenthesis dating its block: the day and month, then an "h" or ":" clock
    (expr,) = scan(text)
    assert expr.date is not None and (expr.date.numeric or expr.date.day) is not None
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (14, 5)
    assert expr.written.startswith("17/10")


@pytest.mark.parametrize(("line", "hour", "minute", "zone"), [
    # the German word for o'clock after a dotted number makes it a clock anywhere on the line
    ("Der Router fiel gegen 9.40 Uhr aus", 9, 40, None),
    ("3.05 Uhr", 3, 5, None),
    # and the Dutch word for it
    ("De eerste klachten kwamen rond 8.15 uur binnen", 8, 15, None),
    ("pas om 22.40 uur was de verbinding hersteld", 22, 40, None),
    # a French "at" or "towards" before a one-digit hour written with "h"
    ("le lien est tombé à 7h25 ce matin", 7, 25, None),
    ("retour à la normale vers 8h50", 8, 50, None),
    # and before an hour written alone with "h"
    ("la messagerie a redémarré vers 22h, après le correctif", 22, 0, None),
    ("Dès 6h, les premiers abonnés ont signalé la coupure", 6, 0, None),
    # the Portuguese and Spanish hour with its article, the Vietnamese "at" or "until"
    ("o sistema voltou ao normal por volta das 23h", 23, 0, None),
    ("la red se restableció a las 21h", 21, 0, None),
    # a dotted clock as Spanish and Portuguese notices write it: the article, then "horas"
    ("el servicio cayó sobre las 3.07 horas de la madrugada", 3, 7, None),
    ("A las 17.45 horas se restableció la conexión", 17, 45, None),
    ("o acesso voltou às 9.20 horas", 9, 20, None),
    ("mạng được khôi phục lúc 20h tối", 20, 0, None),
    # a place's clock named in French, Spanish or Portuguese after the time
    ("la base est repartie à 07h40 (heure de Paris)", 7, 40, "Europe/Paris"),
    ("el enlace cayó a las 21:05 (hora peninsular)", 21, 5, "Europe/Madrid"),
    ("incidente aberto às 14:20 horário de Brasília", 14, 20, "America/Sao_Paulo"),
    ("le service a repris à 18h10 heure française", 18, 10, "Europe/Paris"),
    ("caída a las 22:15 (hora de Chile)", 22, 15, "America/Santiago"),
    # Mexico's central clock, named for the centre or the capital
    ("la banca en línea volvió a las 16:45 hora del centro", 16, 45, "America/Mexico_City"),
    ("pagos rechazados desde las 07:05 horas del centro de México", 7, 5,
     "America/Mexico_City"),
    ("reinicio a las 23:10 (hora de la Ciudad de México)", 23, 10, "America/Mexico_City"),
    # a zone's German name after the clock and its "Uhr", spelled out in the sentence
    ("Die Datenbank war ab 06:15 Uhr mitteleuropäischer Zeit wieder erreichbar", 6, 15, "CET"),
    ("Wartungsende um 23:40 Uhr (Mitteleuropäische Sommerzeit)", 23, 40, "CEST"),
    ("Der Spiegel lief bis 02:05 osteuropäischer Zeit", 2, 5, "EET"),
    # the French typographic norm spaces the "h" (no-break spaces too); its minutes after a
    # space are its minutes, not a second number
    ("le serveur est retombé à 4h 15", 4, 15, None),
    # the German hour alone before its "Uhr" ("o'clock")
    ("Gegen 21 Uhr fiel das Rechenzentrum aus", 21, 0, None),
    ("seit 6 Uhr morgens laufen die Dienste wieder", 6, 0, None),
    ("coupure constatée à 16\u202fh\u202f30 par l'astreinte", 16, 30, None),
    ("vers 9 h 05 le trafic reprend", 9, 5, None),
    # the hour alone with its spaced "h", where a French "at" or "towards" puts it
    ("le trafic reprend vers 17 h comme prévu", 17, 0, None),
    ("alerte reçue à 3\u00a0h cette nuit", 3, 0, None),
    # "from" and "around" in their French phrases put a one-digit clock or an hour after them
    ("les guichets rouvrent à partir de 7h45 demain", 7, 45, None),
    ("la liaison est tombée aux alentours de 22h", 22, 0, None),
    ("les paiements refusés de 9h40 à midi", 9, 40, None),
    # "depuis" (since) with the day's word after the hour: a clock, not a length
    ("la messagerie est coupée depuis 7h20 ce matin", 7, 20, None),
    ("le site est inaccessible depuis 6 h hier", 6, 0, None),
    ("les terminaux ne répondent plus depuis 5 h 40 du matin", 5, 40, None),
])
def test_clocks_and_zones_written_the_german_french_spanish_way(
        line: str, hour: int, minute: int, zone: str | None) -> None:
    expr = only(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (hour, minute)
    assert (expr.zone.label if expr.zone is not None else None) == zone


@pytest.mark.parametrize("line", [
    "une coupure de 1h30 sur le lien",  # a length, not a clock
    "le service est revenu après 3h de coupure",  # an hour alone after "après": a length
    "le lien est coupé depuis 4h",  # "depuis": as often "for 4 hours" as "since 4 o'clock"
    "le lien est coupé depuis 4h30",  # and with its minutes, no day's word after it
    "le lien est coupé depuis 4 h de suite",
    "une interruption de 2 h 30 hier soir",  # a length written the typographic way
    "il a fallu 5 h pour tout remettre",  # an hour alone with no French "at": a length
    "un retard de 1 à 2 h de traitement",  # a length after "à" with "de" after it
    "le lot a pris 2 à 3h d'attente",  # the same, glued
    "Die 2 Uhrwerke im Serverraum standen still",  # a word that opens with "Uhr"
    "Version 3.20 veröffentlicht",  # a version number
    "versie 4.10 uitgerold naar alle klanten",  # a Dutch version number, no "uur" after it
    "la migración duró 2.30 horas en total",  # a length in hours, no article before it
    "el informe de la hora de inicio 21:05",  # "hora de" without a place: no zone
    "um 21:05 Uhr zur besten Sendezeit",  # a word ending in "zeit" is no zone's name
])
def test_no_german_or_french_clock_or_zone_where_none_is_meant(line: str) -> None:
    assert all(e.zone is None for e in scan(line))
    assert not any(e.clock is not None
                   and e.written.startswith(("1h30", "3.20", "4.10", "3h", "4h", "5 h", "2 h",
                                             "2.30"))
                   for e in scan(line))


@pytest.mark.parametrize("line", ["09:30〜11:45、回線が断続的に切れる", "09:30 〜 11:45 回線断"])
def test_range_joined_by_a_japanese_wave_dash(line: str) -> None:
    expr = only(line)
    assert expr.range_end is not None and expr.range_end.clock is not None
    assert (expr.range_end.clock.hour, expr.range_end.clock.minute) == (11, 45)


@pytest.mark.parametrize(("line", "hour", "minute"), [
    ("サーバは8時05分に停止した", 8, 5),  # Japanese hour and minute words
    ("数据库在下午2时40分恢复", 14, 40),  # Chinese, with its afternoon word before it
    ("障害は17時頃に解消", 17, 0),  # the hour alone, "around 17 o'clock"
    ("网关在晚上9点15分重启", 21, 15),  # Chinese, the hour said with 点, in the evening
    ("晚8点05分 网关告警", 20, 5),  # 晚 alone: the evening
    ("当晚11点20分修复上线", 23, 20),  # "that evening"
    ("故障在晚11時15分排除", 23, 15),  # traditional 時 after 晚
    ("DB 장애는 14시 05분에 복구", 14, 5),  # Korean hour and minute words
    ("캐시 서버 오후 3시 재시작", 15, 0),  # Korean, the hour alone after its afternoon word
    ("새벽 3시 20분 서버 다운", 3, 20),  # Korean dawn: the morning's hours
    ("저녁 7시 복구", 19, 0),  # Korean evening
    ("밤 11시 30분 점검 시작", 23, 30),  # Korean night, before midnight
    ("夜里2点15分数据库宕机", 2, 15),  # Chinese night: its small hours are the morning's
    ("凌晨3点20分告警", 3, 20),  # Chinese small hours
    # the Chinese hour alone with 点, after a part of the day or before 钟 ("o'clock")
    ("傍晚 6 点网站恢复访问", 18, 0),
    ("上午10点开始排查", 10, 0),
    ("接口在9点钟恢复", 9, 0),
    # Traditional Chinese evening (晚間), and "about" between the part of the day and its hour
    ("系統於晚間8時40分恢復", 20, 40),
    ("交易平台晚間約9時中斷", 21, 0),
    ("결제 서비스는 오후 약 4시 재개", 16, 0),
])
def test_clock_written_with_japanese_or_chinese_hour_words(line: str, hour: int,
                                                            minute: int) -> None:
    expr = only(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (hour, minute)


def test_hours_of_a_length_are_no_clock() -> None:
    assert scan("切り戻しに6時間かかった") == []  # "it took six hours"
    assert scan("복구에 3시간 걸림") == []  # Korean: "recovery took three hours"
    assert scan("得了3点") == []  # Chinese: "scored 3 points", no minute after it
    assert scan("总结以下4点改进措施") == []  # "the following 4 points": a count
    assert scan("下午讨论了2点问题") == []  # a part of the day, but not right before the count
    assert scan("o atraso das 2h de fila irritou os clientes") == []  # "the 2h of queueing"
    assert scan("une panne de 19h") == []  # French: "an outage of 19 hours"


@pytest.mark.parametrize(("line", "weekday", "hour"), [
    ("2022.03.15(화) 09시 40분 라우터 교체", 1, 9),  # Korean weekday in parentheses
    ("2022年3月15日(火) 09時40分 ルータ交換", 1, 9),  # Japanese
    ("2022年3月15日(周二) 09:40 更换路由器", 1, 9),  # Chinese
])
def test_a_cjk_weekday_between_date_and_clock_is_the_dates(line: str, weekday: int,
                                                          hour: int) -> None:
    expr = only(line)
    assert expr.date is not None and expr.date.weekday == weekday
    assert expr.clock is not None and expr.clock.hour == hour


def test_a_file_names_hyphenated_stamp_after_an_iso_date() -> None:
    expr = only("# Incident 2024-11-02 17-05-33")
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (17, 5)
    # "17-05-2024" is a second date, no clock
    assert all(e.clock is None for e in scan("built 2024-11-02 17-05-2024"))


@pytest.mark.parametrize(("line", "month", "day", "hour", "minute"), [
    ("3月8日 09:40 ルータ交換", 3, 8, 9, 40),  # Japanese month and day, no year
    ("3月8日9時40分にルータ交換", 3, 8, 9, 40),
    ("3월 8일 오전 9:40 라우터 교체", 3, 8, 9, 40),  # Korean, its morning word before the clock
])
def test_year_less_cjk_date_before_its_clock(line: str, month: int, day: int, hour: int,
                                             minute: int) -> None:
    expr = only(line)
    assert expr.date is not None and (expr.date.year, expr.date.month, expr.date.day) == (
        None, month, day)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (hour, minute)


def test_a_full_cjk_date_is_not_read_from_its_month_on() -> None:
    expr = only("2024年3月8日 09:40 ルータ交換")
    assert expr.date is not None and expr.date.year == 2024


@pytest.mark.parametrize(("line", "weekday", "hour"), [
    ("Vendredi 21h : coupure du lien", 4, 21),  # French, "21h" a clock after its weekday
    ("- Martes, 09:40 reinicio del nodo", 1, 9),  # Spanish, a list item
    ("Donnerstag um 14:05 Uhr Neustart", 3, 14),  # German, "um" for "at"
    ("domenica alle 07:15 ripristino", 6, 7),  # Italian
])
def test_a_weekday_of_another_language_opens_an_entry_before_its_clock(
        line: str, weekday: int, hour: int) -> None:
    expr = only(line)
    assert expr.date is not None and expr.date.weekday == weekday
    assert expr.clock is not None and expr.clock.hour == hour


def test_a_word_that_is_no_weekday_makes_no_clock_of_a_bare_hour() -> None:
    assert scan("Le service 21h") == []  # "21h" alone, no date nor weekday before it
    assert all(e.date is None for e in scan("Vendredi soir tard, 21:00"))  # words between


@pytest.mark.parametrize(("line", "hour"), [
    ("2024년 3월 5일 저녁 7시 서버 점검", 19),  # a Korean evening word between date and clock
    ("2024年5月3日晚上9点15分 网关重启", 21),  # Chinese
    ("2024年5月3日晚9点15分 网关重启", 21),  # Chinese, 晚 alone
])
def test_a_part_of_the_day_between_date_and_clock_joins_them(line: str, hour: int) -> None:
    expr = only(line)
    assert expr.date is not None and expr.date.day is not None
    assert expr.clock is not None and expr.clock.hour == hour


@pytest.mark.parametrize(("line", "year"), [
    ("Outages on March 4th and 6th, 2023 took the wiki down twice.", 2023),
    ("The mirror was stale on Oct 9 and 10 2022 after the sync job broke.", 2022),
    ("We lost the cache on June 2 & 3, 2021.", 2021),
])
def test_a_second_day_of_the_month_then_the_year_both_days_share(line: str, year: int) -> None:
    """"December 28th and 30th, 2025": the year after the second day is the first's too."""
    dates = [e.date for e in scan(line) if e.date is not None]
    assert dates and dates[0].year == year


def test_a_second_day_without_a_year_leaves_the_first_without_one() -> None:
    """"March 4th and 6th, at 10:00": no year written, none taken from a clock."""
    dates = [e.date for e in scan("Outages on March 4th and 6th, at 10:00 the wiki fell over.")
             if e.date is not None]
    assert dates and dates[0].year is None


# --- one moment written in two zones -----------------------------------------------------------

@pytest.mark.parametrize(("line", "hour", "zone"), [
    # the meridiem written once, after the second clock; the first zone is the first clock's
    ("at about 11:05/8:05 AM EDT/PDT the load balancer dropped", 11, "EDT"),
    ("Paged 9:40/10:40 PM CST/EST", 21, "CST"),
    # 24-hour clocks need no meridiem
    ("- 14:20/13:20 CET/GMT: rollback", 14, "CET"),
    # the labels swapped: the clocks lie as far apart the other way
    ("By 4:10/3:10 pm CST/EST the link was back", 16, "EST"),
])
def test_a_moment_in_two_zones_reads_the_first(line: str, hour: int, zone: str) -> None:
    expr = scan(line)[0]
    assert expr.clock is not None and expr.clock.hour == hour
    assert expr.zone is not None and expr.zone.label == zone
    assert "/" in expr.written


def test_two_renderings_that_disagree_are_not_guessed() -> None:
    """2:20 and 4:20 PM are not an hour apart, as EST and CST are: no zone, no meridiem."""
    expr = scan("at 2:20/4:20 PM EST/CST the alerts fired")[0]
    assert expr.clock is not None and expr.clock.meridiem is None
    assert expr.zone is None

@pytest.mark.parametrize(("line", "hour", "minute"), [
    ("Power to the rack was lost at 07H55 and restored at 09H10.", 7, 55),
    ("Time of outage: 21H05", 21, 5),
])
def test_hour_letter_written_in_capitals(line: str, hour: int, minute: int) -> None:
    """'07H55', the "h" clock as South African and West African notices write it."""
    expr = scan(line)[0]
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (hour, minute)


@pytest.mark.parametrize("line", ["the 2H2O ratio", "a PT1H30M retry window", "model X12H45B"])
def test_capital_h_inside_a_word_is_no_clock(line: str) -> None:
    assert not any(e.clock is not None for e in scan(line))


@pytest.mark.parametrize(("line", "month", "day"), [
    ("the backup job hung at 2:40 am EST the night of November 8th", 11, 8),
    ("power returned around 18:05 UTC on the evening of June 21", 6, 21),
    ("the replica caught up at 23:40 in the night of October 2", 10, 2),
])
def test_date_told_with_its_part_of_the_day_after_a_clock(line: str, month: int,
                                                          day: int) -> None:
    """'the morning of March 3rd' after a clock is that clock's date."""
    expr = scan(line)[0]
    assert expr.date is not None and (expr.date.month, expr.date.day) == (month, day)


def test_part_of_the_day_without_of_is_no_date_gap() -> None:
    expr = scan("we paged at 07:15 UTC the morning team lead, Jan 4 was quiet")[0]
    assert expr.date is None


@pytest.mark.parametrize(("line", "end_hour"), [
    # each end writes its own day: the start's PM is not the end's
    ("the backlog grew from 9 PM on the 11th to 7:20 on the 12th", 7),
    ("queues stalled from Mon 11:40 PM until Tue 1:05", 1),
    # the same day, or none written: the end takes the start's PM as before
    ("the backlog grew from 2 PM to 4:20 on the 12th", 16),
    ("queues stalled from 1 PM until 3:05", 15),
])
def test_range_end_takes_the_start_meridiem_only_on_the_same_day(line: str, end_hour: int) -> None:
    expr = next(e for e in scan(line) if e.range_end is not None)
    assert expr.range_end is not None and expr.range_end.clock is not None
    assert expr.range_end.clock.hour == end_hour


@pytest.mark.parametrize(("line", "clock"), [
    ("am 3. Mai 2024 ca. 14:30 fiel der Dienst aus", (14, 30)),
    ("the outage of 3 May 2024 ca. 09:10 UTC", (9, 10)),
])
def test_a_word_between_a_date_and_its_clock(line: str, clock: tuple[int, int]) -> None:
    """"ca." (circa) between a date and its clock: the two are one moment."""
    found = scan(line)
    assert len(found) == 1
    assert found[0].date is not None and found[0].clock is not None
    assert (found[0].clock.hour, found[0].clock.minute) == clock


def test_a_step_begun_later_is_no_clock_of_the_date() -> None:
    found = scan("On 3 May 2024 the migration began; at 14:05 it failed")
    assert len(found) == 2


@pytest.mark.parametrize(("line", "start", "end"), [
    # the other languages' "from ... to" and "between ... and", with their articles
    ("Coupure du réseau de 22h40 à 23h55 pour tous les abonnés", (22, 40), (23, 55)),
    ("la messagerie était indisponible entre 9h15 et 10h", (9, 15), (10, 0)),
    ("Wartungsfenster von 01:00 bis 03:30 Uhr verlängert", (1, 0), (3, 30)),
    ("Ausfall zwischen 07:10 und 07:45 im Rechenzentrum", (7, 10), (7, 45)),
    ("servicio caído desde las 18:20 hasta las 19:05", (18, 20), (19, 5)),
    ("intermitencias entre las 11:00 y las 11:40", (11, 0), (11, 40)),
    ("de 14 h 05 à 15 h 10 la plateforme ne répondait plus", (14, 5), (15, 10)),
    ("Storing bij de mailservers van 08:40 tot 09:25", (8, 40), (9, 25)),
    ("rete non raggiungibile dalle 17:05 alle 18:10", (17, 5), (18, 10)),
    ("accessi lenti tra le 09:00 e le 09:45", (9, 0), (9, 45)),
    ("przerwa od 02:00 do 04:30", (2, 0), (4, 30)),
])
def test_ranges_written_in_other_languages(line: str, start: tuple[int, int],
                                           end: tuple[int, int]) -> None:
    expr = only(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == start
    assert expr.range_end is not None and expr.range_end.clock is not None
    assert (expr.range_end.clock.hour, expr.range_end.clock.minute) == end


@pytest.mark.parametrize("line", [
    # no "from" or "between" before the first time: two times, no span
    "publié à 14:05 à Paris, corrigé à 14:30",
    "Update 10:00 und 12:00 Uhr folgen",
    "the job at 10:00 a 12:00 one failed",
])
def test_no_range_without_the_languages_from(line: str) -> None:
    assert all(e.range_end is None for e in scan(line))


@pytest.mark.parametrize(("line", "hour"), [
    # an English part of the day beside a clock without AM or PM gives it its half of the day
    ("the pager went off in the evening at 8:50", 20),
    ("Late that night, at 12:05, the replica fell behind", 0),
    ("backups resumed at 10:20 that evening", 22),
    ("the batch finished at 3:40 during the night", 3),
    ("This afternoon at 1:15 the queue drained", 13),
    ("in the morning at 9:10 the team met", 9),
    # the part after a clock that opens the line
    ("10:40 that night the standby took over", 22),
    ("7:05 in the evening: rollback complete", 19),
    # a part the hour cannot be in gives nothing; a 24-hour clock keeps its hour
    ("in the morning at 12:30 nothing had changed", 12),
    ("at 19:45 in the evening the fix shipped", 19),
    ("the night shift started at 7:00", 7),
])
def test_a_part_of_the_day_beside_a_clock(line: str, hour: int) -> None:
    expr = only(line)
    assert expr.clock is not None and expr.clock.hour == hour


@pytest.mark.parametrize(("line", "written"), [
    ("Update 20.55: cooling has resumed", "20.55"),
    ("The power came back at approx. 12.30 and nodes booted", "12.30"),
    ("Operations resumed again at 09.50", "09.50"),
    # Finnish "kello"/"klo" (o'clock)
    ("Vika korjattiin kello 07.25 mennessä", "07.25"),
    ("Katko alkoi klo 21.05", "21.05"),
    # Indonesian and Malay "pukul", Turkish "saat" (at, o'clock)
    ("Listrik padam sejak pukul 8.15 pagi", "8.15"),
    ("Sistem kembali normal pukul 17.40 WIB", "17.40 WIB"),
    ("Kesinti saat 14.30'da başladı", "14.30"),
    ("Elektrik türkiye saatiyle 10.00'da kesildi", "10.00"),  # Turkish "by the clock"
    ("ระบบกลับมาใช้งานได้เวลา 14.20 น.", "14.20"),  # Thai "time", then its "o'clock" mark
    ("เครือข่ายล่ม 09.05 น. ทั้งวิทยาเขต", "09.05"),
    # "as of", "after" and "before" put a time after them too
    ("As of 08.45 today all mirrors are in sync", "08.45"),
    ("Shortly after 22.10 the builds went green", "22.10"),
    ("Nothing was queued before 06.15", "06.15"),
])
def test_a_dotted_clock_after_a_word_that_puts_a_time_after_it(line: str, written: str) -> None:
    assert [e.written for e in scan(line)] == [written]


@pytest.mark.parametrize(("line", "hour", "minute"), [
    # Italian and Spanish news give the minutes after a decimal comma, or a dot with a
    # one-digit hour, after the words that put a clock after them
    ("Il sito è tornato online verso le 9,05", 9, 5),
    ("La rete è caduta alle 3.40 di notte", 3, 40),
    ("dalle ore 22,15 nessun pagamento è passato", 22, 15),
    ("el servicio volvió a las 6,45 horas", 6, 45),
    # and noon's and midnight's words after such a word
    ("Le service est revenu vers midi", 12, 0),
    ("Der Dienst lief erst gegen Mitternacht wieder", 0, 0),
    ("i pagamenti sono ripresi intorno a mezzanotte", 0, 0),
    ("la web se restableció hacia el mediodía", 12, 0),
    # Dutch midnight, after its "at" and "around"
    ("De kassa's werkten weer rond middernacht", 0, 0),
])
def test_italian_and_spanish_clocks_and_foreign_noon_words(line: str, hour: int,
                                                           minute: int) -> None:
    expr = only(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (hour, minute)


@pytest.mark.parametrize(("line", "end"), [
    # midnight's word opening a range: "between midnight and 3", "from midnight to 2"
    ("Die Kassen fielen zwischen Mitternacht und 3 Uhr aus", (3, 0)),
    ("aucune commande entre minuit et 2h30", (2, 30)),
    ("les paiements ont échoué de minuit à 1h15", (1, 15)),
])
def test_a_range_from_a_foreign_midnight(line: str, end: tuple[int, int]) -> None:
    expr = only(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (0, 0)
    assert expr.range_end is not None and expr.range_end.clock is not None
    assert (expr.range_end.clock.hour, expr.range_end.clock.minute) == end


@pytest.mark.parametrize(("line", "hour", "minute"), [
    # Portuguese and Spanish: the hour before "horas", and a one-digit "9h05", after the
    # article that makes it the hour of day
    ("o sistema voltou por volta das 16 horas", 16, 0),
    ("el corte empezó a las 7 horas de la mañana", 7, 0),
    ("a fila só foi esvaziada até às 2h45", 2, 45),
])
def test_portuguese_and_spanish_hours_after_their_article(line: str, hour: int,
                                                          minute: int) -> None:
    expr = only(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (hour, minute)


@pytest.mark.parametrize(("line", "hour", "minute"), [
    # the hour in Chinese numerals, after a part of the day or with its minutes or "about"
    ("机房深夜十一时许断电", 23, 0),
    ("傍晚六点左右网站恢复", 18, 0),
    ("服务于九时十五分全部恢复", 9, 15),
    ("上午十点半重启完成", 10, 30),
    ("午後九時に復旧した", 21, 0),
])
def test_an_hour_in_chinese_numerals(line: str, hour: int, minute: int) -> None:
    expr = only(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (hour, minute)


@pytest.mark.parametrize(("line", "hour", "minute"), [
    # AM or PM in capitals before the clock, glued ("PM3:00") or, on a CJK line, one blank
    # before it, as Japanese and Korean notices write it
    ("(6/2 PM4:15) 障害を検知", 16, 15),
    ("AM0:40 サーバー停止", 0, 40),
    ("PM 9:05 서비스 복구", 21, 5),
])
def test_am_or_pm_before_the_clock(line: str, hour: int, minute: int) -> None:
    found = [e for e in scan(line) if e.clock is not None]
    assert found and (found[0].clock.hour, found[0].clock.minute) == (hour, minute)


@pytest.mark.parametrize("line", ["メンテナンス AM9:30～PM2:15 実施", "점검 AM9:30-PM2:15"])
def test_a_range_each_end_with_am_or_pm_glued_before_it(line: str) -> None:
    expr = only(line)
    assert expr.clock is not None and expr.range_end is not None
    assert expr.range_end.clock is not None
    assert ((expr.clock.hour, expr.clock.minute),
            (expr.range_end.clock.hour, expr.range_end.clock.minute)) == ((9, 30), (14, 15))


@pytest.mark.parametrize("line", ["the fan ran at RPM3:00 speed", "PM 9:05 standup moved"])
def test_am_or_pm_before_the_clock_only_as_its_half_of_the_day(line: str) -> None:
    assert all(e.clock is None or e.clock.hour < 12 for e in scan(line))


@pytest.mark.parametrize(("line", "hour", "minute"), [
    # "HHMM hours", as police, rail and military reports give the time of day, after "at",
    # "by", "until" or "since"
    ("At 0642 hours the signal failed", 6, 42),
    ("trains were held until 2215 hours.", 22, 15),
    ("at approximately 1758 hours a second fault", 17, 58),
])
def test_four_digits_and_the_word_hours_after_at(line: str, hour: int, minute: int) -> None:
    expr = only(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (hour, minute)


@pytest.mark.parametrize("line", ["the migration took 1200 hours of work",
                                  "budgeted at 1500 hours per year",
                                  "about 1800 hours in total"])
def test_four_digits_and_hours_as_an_amount_are_no_clock(line: str) -> None:
    assert all(e.clock is None for e in scan(line))


@pytest.mark.parametrize(("line", "start", "end"), [
    # hour 0 after the word for morning or afternoon: 00:xx as said, or noon; a range's
    # start keeps its own, not the end's
    ("午前0時10分から午前3時まで停止", (0, 10), (3, 0)),
    ("午前0時5分頃から午後6時40分頃まで接続不可", (0, 5), (18, 40)),
    ("오전 0시 20분부터 오후 1시까지 장애", (0, 20), (13, 0)),
    ("午後0時15分に再起動", (12, 15), None),
])
def test_hour_zero_after_a_cjk_half_of_the_day(line: str, start: tuple[int, int],
                                               end: tuple[int, int] | None) -> None:
    expr = only(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == start
    if end is not None:
        assert expr.range_end is not None and expr.range_end.clock is not None
        assert (expr.range_end.clock.hour, expr.range_end.clock.minute) == end


@pytest.mark.parametrize("line", ["服务一时无法访问", "我们提出三点改进", "共持续十小时",
                                  "一時的に停止した"])
def test_chinese_numerals_that_are_no_hour(line: str) -> None:
    assert all(e.clock is None for e in scan(line))


@pytest.mark.parametrize("line", ["o backup levou 16 horas", "durante 7 horas sin servicio",
                                  "uma fila de 2h45 de espera"])
def test_hours_as_a_length_are_no_clock(line: str) -> None:
    assert all(e.clock is None for e in scan(line))


@pytest.mark.parametrize("line", [
    # a decimal comma is a number's without those words, or with an amount after it
    "il biglietto costava 4,30 euro",
    "On May 3, 12,50 requests failed",
    "the ratio rose to 3,45 overnight",
    "alle 2,50 euro al mese",
    # and "après midi" is the afternoon, MIDI a file format
    "l'après midi a été calme",
    "exported to MIDI and back",
])
def test_a_comma_number_or_a_noon_word_alone_is_no_clock(line: str) -> None:
    assert all(e.clock is None for e in scan(line))


@pytest.mark.parametrize("line", [
    "Prices rose at 12.30 USD per unit",
    "Growth at 10.50% a month",
    "Release 10.20 shipped",
    # or a length or a version after them
    "After 12.50 seconds the request timed out",
    "Before 11.20 releases the flag was off",
])
def test_a_dotted_number_that_is_an_amount_or_a_version_is_no_clock(line: str) -> None:
    assert scan(line) == []


@pytest.mark.parametrize(("line", "start", "end"), [
    ("the queue stalled from 9 to 11am", (9, 0), (11, 0)),
    ("logins failed between 1 and 3:30 PM EST", (13, 0), (15, 30)),
    ("maintenance window 10-11 pm", (22, 0), (23, 0)),
    ("read-only from 10 to 12 pm", (10, 0), (12, 0)),  # noon ends it: the morning's 10
    ("Wartung von 8 bis 10 Uhr", (8, 0), (10, 0)),
    # a dotted start, its minutes written, after the range's opening word
    ("the store was read-only between 1.45 and 4 pm", (13, 45), (16, 0)),
    ("Die Anmeldung war von 21.40 bis 23 Uhr gestört", (21, 40), (23, 0)),
    # the French hour's "h" after the end serves both, spaced or glued
    ("la base était bloquée entre 3 et 5 h du matin", (3, 0), (5, 0)),
    ("paiements refusés de 13 à 15 h", (13, 0), (15, 0)),
    ("portail indisponible entre 9 et 11h", (9, 0), (11, 0)),
    # noon opening "between ... and"
    ("checkout failed between noon and 2:15pm", (12, 0), (14, 15)),
    # a 24-hour end with its minutes, after the range's opening word
    ("the importer was stuck from 11 to 12:40 UTC", (11, 0), (12, 40)),
    ("card payments failed between 7 and 7:25", (7, 0), (7, 25)),
])
def test_a_bare_hour_opens_a_range_whose_end_names_its_half_of_the_day(
        line: str, start: tuple[int, int], end: tuple[int, int]) -> None:
    (expr,) = scan(line)
    assert expr.clock is not None and expr.range_end is not None
    assert expr.range_end.clock is not None
    got_end = (expr.range_end.clock.hour, expr.range_end.clock.minute)
    assert (expr.clock.hour, expr.clock.minute) == start
    assert got_end == end


@pytest.mark.parametrize("line", [
    "we scaled the pool to 4 pm traffic",  # no range word before the number
    "retried 3 times and 4 pm came",  # "and" with no "between"
    "build v2-4pm",  # part of a word
    "on 2 to 4 pm slots, see the rota",  # "to" with no "from" before the number
    "UPDATE #4 - 11:50PM PDT: monitoring",  # an update's number, then its stamp
    "Update 4 - 11:50PM PDT: monitoring",  # a dash alone joins only two bare hours
    "release 2.30 - 7pm deploy",  # a dotted number and a dash, no range word
    "prices between 1.50 and 2 euros at 4 pm",  # the number's end is no clock
    # a 24-hour end: only after "from" or "between", and an hour before the end's
    "rollout 3 to 10:00 UTC canary",
    "from 14 to 10:30 UTC the queue shrank",
    "between 2.30 and 10:15",
])
def test_a_number_before_a_clock_is_no_range_start_without_a_range_word(line: str) -> None:
    assert all(e.range_end is None for e in scan(line))


@pytest.mark.parametrize(("line", "label"), [
    ("the cutover starts at 9PM EDT/6PM PDT tonight", "EDT"),
    ("planned for 10 AM CEST/9 AM BST", "CEST"),
])
def test_a_zone_before_a_slash_and_the_time_again_in_another_zone_is_its_zone(
        line: str, label: str) -> None:
    first = scan(line)[0]
    assert first.zone is not None and first.zone.label == label


@pytest.mark.parametrize(("line", "minutes", "written"), [
    ("The export stalled at GMT+2 2024-05-01 10:00 and nobody noticed.", 120, "GMT+2"),
    ("Started: UTC-4, 2023-10-30 18:45 (first customer ticket)", -240, "UTC-4"),
    ("first page went out UTC+05:30 21 Mar 2024 02:10", 330, "UTC+05:30"),
])
def test_an_offset_before_a_dated_stamp_is_its_zone(line: str, minutes: int,
                                                    written: str) -> None:
    (expr,) = scan(line)
    assert expr.zone is not None and expr.zone.offset_minutes == minutes
    assert expr.zone_written == written and expr.written.startswith(written)


def test_an_offset_far_before_a_stamp_is_not_its_zone() -> None:
    (expr,) = scan("UTC+2 is where the team sits; the deploy ran 2024-05-01 10:00")
    assert expr.zone is None


@pytest.mark.parametrize(("line", "first", "second"), [
    ("- 24/11 7.15pm: pager fired for the billing queue", 24, 11),
    ("(22/03 11am) rollback of the edge config", 22, 3),
    ("| 05/06 6.30 am | database restarted |", 5, 6),
])
def test_a_year_less_numeric_date_before_a_twelve_hour_clock_is_its_date(
        line: str, first: int, second: int) -> None:
    expr = scan(line)[0]
    assert expr.date is not None and expr.clock is not None
    assert {expr.date.month, expr.date.day} == {first, second}


@pytest.mark.parametrize("line", ["we scaled to 1/2 3.5 ms later", "ratio 3/4 5pm crowd"])
def test_a_fraction_before_a_number_is_no_date(line: str) -> None:
    assert all(e.date is None for e in scan(line))


def test_a_pair_of_zone_names_after_a_slash_stays_one_zone() -> None:
    first = scan("09:00 PST/PDT deploy")[0]
    assert first.zone is not None and first.zone_written == "PST/PDT"


@pytest.mark.parametrize(("line", "written", "offset"), [
    # one clock by two names in parentheses: a name and its offset, or two names of UTC
    ("restarted at 21:40 (CET / UTC+1) after the fix", "(CET / UTC+1)", 60),
    ("restarted at 21:40 (EET/GMT+2)", "(EET/GMT+2)", 120),
    ("restarted at 21:40 (GMT / UTC) after the fix", "(GMT / UTC)", 0),
])
def test_a_zone_named_twice_in_parentheses_is_one_zone(line: str, written: str,
                                                       offset: int) -> None:
    first = scan(line)[0]
    assert first.zone is not None and first.zone_written == written
    assert first.zone.offset_minutes == offset


@pytest.mark.parametrize(("line", "written", "label"), [
    # a zone after a comma, in capitals, its clause ending there or going on to its date
    ("the gateway dropped calls from 4:02 pm, EDT on 9/14/2022", "4:02 pm, EDT on 9/14/2022",
     "EDT"),
    ("Backups stopped at 23:40, CET.", "23:40, CET", "CET"),
])
def test_a_zone_after_a_comma_is_the_times(line: str, written: str, label: str) -> None:
    first = scan(line)[0]
    assert first.written == written and first.zone is not None and first.zone.label == label


@pytest.mark.parametrize("line", ["At 10:00, CAT engineers joined the call.",
                                  "By 11:30, EST customers were reporting errors."])
def test_a_capitalised_word_after_a_comma_that_goes_on_is_no_zone(line: str) -> None:
    assert scan(line)[0].zone is None


@pytest.mark.parametrize(("line", "weekday"), [
    # a weekday after a verb in the past, its clock after "by around"
    ("Power was restored Friday by around 6:30 p.m. EST", 4),
    ("The vendor replied Thursday at about 09:10 UTC", 3),
    # after a status update's word opening the line
    ("UPDATE Wednesday 08:15p: the array is rebuilt", 2),
    ("**Update** - Saturday 14:05: backups verified", 5),
])
def test_a_weekday_before_its_clock_after_a_verb_or_a_status_word(line: str,
                                                                   weekday: int) -> None:
    first = scan(line)[0]
    assert first.date is not None and first.date.weekday == weekday


@pytest.mark.parametrize("line", ["The Wed 10:00 call was skipped.",
                                  "Our Friday 16:00 deploy freeze held."])
def test_a_weekday_naming_a_meeting_is_no_lead(line: str) -> None:
    assert scan(line)[0].date is None


def test_two_names_of_different_clocks_are_no_pair() -> None:
    first = scan("restarted at 21:40 (GMT / EST) after the fix")[0]
    assert first.zone_written != "(GMT / EST)"


@pytest.mark.parametrize(("line", "hour", "minute"), [
    ("Le site est revenu à 18 heures.", 18, 0),
    ("Les premières alertes sont arrivées vers 6 heures 45", 6, 45),
    ("Coupure jusqu'à 23 heures", 23, 0),
    ("A 5 heures du matin, la base ne répondait plus", 5, 0),  # "À" without its accent
    ("Retour à la normale vers 9 heures du soir", 21, 0),
])
def test_a_french_hour_in_words_after_at_or_towards_is_a_clock(line: str, hour: int,
                                                                 minute: int) -> None:
    (expr,) = scan(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (hour, minute)


@pytest.mark.parametrize(("line", "hour", "minute"), [
    # the part of the day after the hour, in Spanish, Portuguese and Italian
    ("La web dejó de responder a las 4 de la tarde.", 16, 0),
    ("O portal voltou às 9 horas da noite.", 21, 0),
    ("La piattaforma è tornata online alle 8 di sera", 20, 0),
    ("el pago falló a las 6:45 de la tarde", 18, 45),
    # the morning's, the small hours and a 24-hour hour as written
    ("O portal caiu às 7 horas da manhã.", 7, 0),
    ("La caída empezó a las 3 de la noche", 3, 0),
    ("Volvió a las 19 de la tarde", 19, 0),
    ("a las 4 de la madrugada", 4, 0),
])
def test_an_iberian_or_italian_part_of_the_day_after_the_hour(line: str, hour: int,
                                                             minute: int) -> None:
    (expr,) = [e for e in scan(line) if e.clock is not None]
    assert (expr.clock.hour, expr.clock.minute) == (hour, minute)


@pytest.mark.parametrize("line", ["une coupure de 3 heures", "pendant 12 heures 30 minutes",
                                  "après 2 heures de panne"])
def test_a_french_number_of_hours_is_no_clock(line: str) -> None:
    assert [e for e in scan(line) if e.clock is not None] == []


@pytest.mark.parametrize(("line", "start", "end"), [
    # Russian and Ukrainian ranges: "с ... до ..." (from ... to), "між ... і ..." (between)
    ("Сайт не открывался с 22:05 до 23:50", (22, 5), (23, 50)),
    ("Оплата не працювала з 9:30 до 10:10", (9, 30), (10, 10)),
    ("Сбой длился между 01:00 и 01:45", (1, 0), (1, 45)),
])
def test_a_range_in_russian_or_ukrainian(line: str, start: tuple[int, int],
                                         end: tuple[int, int]) -> None:
    expr = scan_document_line(line)[0]
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == start
    ended = expr.range_end
    assert ended is not None and ended.clock is not None
    assert (ended.clock.hour, ended.clock.minute) == end


def test_a_russian_preposition_alone_joins_no_range() -> None:
    # "до" (until) with no "с" (from) before the first time: two moments, as "to" would not be
    # after "at" ("в 22:05 ... до 23:50" is a moment, then a deadline)
    exprs = scan_document_line("Алерт в 22:05; ждали до 23:50")
    assert [e.range_end for e in exprs] == [None, None]


@pytest.mark.parametrize(("line", "ends"), [
    # a colon-less range with no "from" before it, its end followed by a zone or "hrs": a
    # window of times of day
    ("Search cluster degraded 0815 to 1040 GMT", ((8, 15), (10, 40))),
    ("Maintenance overran: 2245-2359 CET", ((22, 45), (23, 59))),
    ("VPN flaps 1305 - 1330 hrs", ((13, 5), (13, 30))),
    # the hours of 19 and 20, which alone could be years: the zone says they are clocks
    ("Backups paused (1945 - 2030 UTC) while disks moved", ((19, 45), (20, 30))),
    ("Window 2015-2100 GMT for the switch swap", ((20, 15), (21, 0))),
])
def test_a_zoned_colonless_range_without_from(line: str,
                                              ends: tuple[tuple[int, int], ...]) -> None:
    expr = scan_document_line(line)[0]
    assert expr.clock is not None and expr.range_end is not None
    assert expr.range_end.clock is not None
    assert ((expr.clock.hour, expr.clock.minute),
            (expr.range_end.clock.hour, expr.range_end.clock.minute)) == ends


@pytest.mark.parametrize("line", ["we served 1200-1450 users", "rows 0815 to 1040 moved",
                                  "ports 1203 to 1420 were closed",
                                  "records from 1990-2010 were archived"])
def test_a_colonless_range_of_amounts_is_no_window(line: str) -> None:
    assert [e for e in scan_document_line(line) if e.clock is not None] == []


@pytest.mark.parametrize(("line", "start", "end"), [
    # an ISO 8601 interval: two full stamps joined by a slash
    ("period: 2025-11-02T22:10:00/2025-11-03T01:40:00 (3.5 hours)",
     (2025, 11, 2, 22, 10), (2025, 11, 3, 1, 40)),
    ("window 2024-06-30T23:00Z/2024-07-01T00:30Z", (2024, 6, 30, 23, 0), (2024, 7, 1, 0, 30)),
])
def test_an_iso_interval_written_with_a_slash(line: str, start: tuple[int, ...],
                                              end: tuple[int, ...]) -> None:
    expr = scan_document_line(line)[0]
    ended = expr.range_end
    assert expr.date is not None and expr.clock is not None
    assert ended is not None and ended.date is not None and ended.clock is not None
    assert (expr.date.year, expr.date.month, expr.date.day, expr.clock.hour,
            expr.clock.minute) == start
    assert (ended.date.year, ended.date.month, ended.date.day, ended.clock.hour,
            ended.clock.minute) == end


@pytest.mark.parametrize("line", ["archive at https://status.example.org/2025-11-03/report",
                                  "see notes/2025-11-03 for details"])
def test_a_date_after_a_paths_slash_is_no_interval_end(line: str) -> None:
    assert scan_document_line(line) == []


@pytest.mark.parametrize(("line", "hm", "zone"), [
    # a zone's abbreviation glued to the meridiem
    ("Payments failed from 4:10pmET onwards", (16, 10), "ET"),
    ("cutover done 11:45AMCST", (11, 45), "CST"),
    ("status page updated 7:02amUTC", (7, 2), "UTC"),
])
def test_a_zone_glued_to_the_meridiem(line: str, hm: tuple[int, int], zone: str) -> None:
    expr = scan_document_line(line)[0]
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == hm
    assert expr.zone is not None and expr.zone_written == zone


def test_a_korean_clock_with_two_blanks_before_its_minutes() -> None:
    expr = scan_document_line("  * 2023년 3월 2일 09시  07분 - 결제 장애 인지")[0]
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (9, 7)


@pytest.mark.parametrize(("line", "iana"), [
    # Moscow's and Kyiv's clocks named in words after the time
    ("Сбой начался в 09:15 по московскому времени", "Europe/Moscow"),
    ("Оплата восстановлена в 12:40 по Москве", "Europe/Moscow"),
    ("Збій почався о 09:15 за київським часом", "Europe/Kyiv"),
    ("Сервер упал в 21:05 по МСК", "Europe/Moscow"),  # the abbreviation after "по"
    ("Erişim 21:40 Türkiye saatiyle geri geldi", "Europe/Istanbul"),
])
def test_a_russian_or_ukrainian_national_clock(line: str, iana: str) -> None:
    expr = scan_document_line(line)[0]
    assert expr.zone is not None and expr.zone.iana == iana


@pytest.mark.parametrize(("line", "end"), [
    # a range's end written month-day and clock, its year the start's
    ("#### 2024-11-29 23:10 ~ 11-30 02:45 (UTC)", (2024, 11, 30, 2, 45)),
    ("Outage: 2023-12-31 22:00 - 01-01 00:30 CET", (2023, 1, 1, 0, 30)),
])
def test_a_range_end_written_month_day_and_clock(line: str, end: tuple[int, ...]) -> None:
    expr = next(e for e in scan_document_line(line) if e.range_end is not None)
    ended = expr.range_end
    assert ended is not None and ended.date is not None and ended.clock is not None
    assert (ended.date.month, ended.date.day, ended.clock.hour, ended.clock.minute) == end[1:]


@pytest.mark.parametrize(("line", "month_day"), [
    # a year-less month-day date opening a numbered list's item, right before its clock
    ("1. 11-02 07:15: resolver pool drained", (11, 2)),
    ("14. 03-30 23:50 - last node rejoined", (3, 30)),
])
def test_a_year_less_date_opening_a_numbered_item(line: str, month_day: tuple[int, int]
                                                   ) -> None:
    (expr,) = scan_document_line(line)
    assert expr.date is not None and (expr.date.month, expr.date.day) == month_day


def test_a_numbered_items_count_before_a_time_is_no_date() -> None:
    (expr,) = scan_document_line("3. 20 15:30 retries")  # no month-day shape
    assert expr.date is None


def test_hours_spelled_after_a_two_digit_clock_keeps_the_date_after_it() -> None:
    (expr,) = scan("the link dropped at 21:15 hours on 2nd March 2023")
    assert expr.date is not None and (expr.date.day, expr.date.month) == (2, 3)
    # after a one-digit hour it may be a length: the date is not joined
    assert all(e.date is None or e.clock is None for e in scan("it took 2:30 hours on 2nd March"))


@pytest.mark.parametrize(("line", "start", "end"), [
    # "through to" joins a range as "through" does
    ("payments queued from 07:40am through to 09:05am", (7, 40), (9, 5)),
    ("Tuesday 2023-03-07 22:10 through to Wednesday 01:30", (22, 10), (1, 30)),
    # the start's "about" after it, before the range's word: 頃 / ごろ (Japanese), 左右
    # (Chinese), 경 (Korean)
    ("決済APIは9時05分頃から11時40分頃まで応答しませんでした", (9, 5), (11, 40)),
    ("ログイン障害 21:10ごろ から 22:35ごろ", (21, 10), (22, 35)),
    ("결제 장애가 9시 5분경부터 11시 40분까지 이어졌습니다", (9, 5), (11, 40)),
])
def test_more_range_words_join_a_range(line: str, start: tuple[int, int],
                                       end: tuple[int, int]) -> None:
    (expr,) = scan(line)
    assert expr.clock is not None and expr.range_end is not None
    assert expr.range_end.clock is not None
    assert (expr.clock.hour, expr.clock.minute) == start
    assert (expr.range_end.clock.hour, expr.range_end.clock.minute) == end


@pytest.mark.parametrize("line", [
    "restarted it with the flag drain_queue_before_09:30 set",
    "the nightly job wrote db_dump_2025-02-11_0300.sql.gz",
    "see gateway-errors-2025-02-11.log on the bastion",
    "snapshot_2025-02-11 was restored",
])
def test_a_time_inside_a_name_is_no_time(line: str) -> None:
    """An identifier or a file's name that holds a date or a time names a thing."""
    assert scan(line) == []


@pytest.mark.parametrize(("line", "written"), [
    ("_14:05_ alert fired", "14:05"),  # emphasis, not a name
    ("Fixed at 14:05. The queue drained", "14:05"),  # a full stop, no extension
    ("- 2025-02-11 09:30_ deploy", "2025-02-11 09:30"),  # emphasis closed after it
])
def test_a_time_beside_an_underscore_or_a_full_stop_is_still_read(line: str,
                                                                  written: str) -> None:
    assert [e.written for e in scan(line)] == [written]


@pytest.mark.parametrize(("line", "written"), [
    # a date or time inside a path or a web address is part of its name, no moment
    ("cover: /static/posts/2024-11-02-november-outage/cover.jpg", []),
    ("see https://blog.example.org/2024-03-05-march-incident/ for the report", []),
    ("Details: https://status.example.net/history/2024/11/02/api", []),
    ("<img src=\"/img/2024-11-02-14-05-dashboard/p95.png\">", []),
    # anywhere after a web address's scheme: a file's name, a query's bound
    ("Video: https://media.example.com/v/q7w/2023-05-14%2021.17.40.webm?raw=1.", []),
    ("graph: https://grafana.example.net/d/api?from=2024-03-05T10:00:00Z&to=now", []),
    # slashes that join times or a date and its time stay times
    ("paged 09:40 UTC / 10:40 CET", ["09:40 UTC", "10:40 CET"]),
    ("read /var/log/app.log at 10:40 UTC", ["10:40 UTC"]),
    ("cutover 2024-11-02/14:05", ["2024-11-02/14:05"]),
])
def test_a_time_inside_a_path_is_no_time(line: str, written: list[str]) -> None:
    assert [e.written for e in scan(line)] == written


@pytest.mark.parametrize(("line", "clock"), [
    # a one-digit hour before "h" or "H" after the English "at": a clock, as South African
    # notices write it ("at 7H45") and French-trained authors in English ("at 9h05")
    ("The technician was on site at 7H45 and power was back by 08H30", (7, 45)),
    ("Replication caught up at about 9h05", (9, 5)),
    # Portuguese "pelas" and Spanish "sobre las" (at about) take the hour with its article
    ("O serviço voltou pelas 8h11 de hoje", (8, 11)),
    ("El servicio volvió sobre las 9h40", (9, 40)),
    # "alrededor de las", "cerca de las", "pasadas las": about or after the hour, its article
    ("El metro se detuvo alrededor de las 7.15 de la mañana", (7, 15)),
    ("La red volvió pasadas las 9.30 del lunes", (9, 30)),
    # elsewhere a one-digit "h" number is as often a length
    ("a 2H15 interruption of the payroll run", None),
    ("the backlog took about 1h40 to drain", None),
])
def test_a_one_digit_hour_before_h_after_at(line: str, clock: tuple[int, int] | None) -> None:
    found = [(e.clock.hour, e.clock.minute) for e in scan(line) if e.clock is not None]
    assert (found[:1] or [None])[0] == clock


@pytest.mark.parametrize(("line", "start", "end"), [
    # two ISO dates joined by a dash: a range of days, the first kept
    ("- **2025-11-03 - 2025-11-09** — checkout intermittently slow", "2025-11-03", "2025-11-09"),
    ("Affected period: 2025-11-03 – 2025-11-09", "2025-11-03", "2025-11-09"),
])
def test_a_range_of_iso_days_keeps_its_first(line: str, start: str, end: str) -> None:
    found = scan(line)
    assert [(e.written, e.range_end.written if e.range_end else None) for e in found] == [
        (start, end)]


@pytest.mark.parametrize(("text", "clocks"), [
    ("With 20:20 hindsight the paging policy was too lax.", []),
    ("Our 20:20 vision of the rollout missed one region.", []),
    ("The alert fired at 20:20 and hindsight helped nobody.", [(20, 20)]),
    ("At 20:20 UTC the queue froze.", [(20, 20)]),
])
def test_the_saying_about_perfect_sight_is_no_clock(text: str, clocks: list[tuple[int, int]]
                                                    ) -> None:
    """"20:20 hindsight" and "20:20 vision" are a saying, not twenty past eight in the
    evening; "20:20" followed by other words is still a time."""
    found = [(e.clock.hour, e.clock.minute) for e in scan(text) if e.clock is not None]
    assert found == clocks


@pytest.mark.parametrize(("text", "weekday"), [
    ("The last clean export was Friday 20:05 UTC.", 4),
    ("Billing batch Tuesday 07:30 never started.", 1),
    ("The last clean export was Fri 20:05 UTC.", None),  # a short name needs its lead word
    ("Fridays 20:05 is the batch slot.", None),
])
def test_a_weekdays_full_name_right_before_a_clock_dates_it(text: str, weekday: int | None
                                                            ) -> None:
    """"was Friday 20:05": a weekday's full name right before a clock is that day's time,
    whatever word comes before it (a short name, "Fri", needs "on", a bullet or the line's
    start, as before)."""
    found = [e for e in scan(text) if e.clock is not None]
    assert len(found) == 1
    assert (found[0].date.weekday if found[0].date is not None else None) == weekday


@pytest.mark.parametrize("line", ["Every Monday 09:00 the report job runs.",
                                  "Their Thursday 18:00 release train was cancelled."])
def test_a_weekday_after_a_word_of_a_standing_slot_is_no_lead(line: str) -> None:
    assert scan(line)[0].date is None


@pytest.mark.parametrize(("text", "clocks"), [
    ("La señal volvió 05:35 horas más tarde.", []),
    ("Service came back 2:30 hours later.", []),
    ("Der Dienst lief 1:15 Stunden später wieder.", []),
    ("At 05:35 hours the link dropped; it came back later.", [(5, 35)]),
])
def test_a_clock_shaped_length_counted_on_is_no_clock(text: str, clocks: list[tuple[int, int]]
                                                      ) -> None:
    """"05:35 horas más tarde": five hours and thirty-five minutes after, a length, not the
    time of day 05:35; "At 05:35 hours" is still that time."""
    found = [(e.clock.hour, e.clock.minute) for e in scan(text) if e.clock is not None]
    assert found == clocks


@pytest.mark.parametrize(("text", "clocks"), [
    # the Italian hour alone after its article: a clock, and two of them a range
    ("Il portale è rimasto irraggiungibile dalle 10 alle 15.", [(10, 15)]),
    ("Il servizio è tornato disponibile alle ore 11 di martedì.", [(11, None)]),
    ("Alle 18 il guasto era risolto.", [(18, None)]),
    ("Il sito è tornato raggiungibile verso le 9, dopo il riavvio.", [(9, None)]),
    ("Fuori servizio da circa le 10 a circa le 15.", [(10, None), (15, None)]),
    # a share or a count after it is no hour
    ("Il traffico è sceso alle 15% del normale.", []),
    ("Ricevuto 20 richieste e 12 errori.", []),
    # the Spanish hour after "a partir de las", and before a quote's closing mark
    ("La red cayó a partir de las 7, según el operador.", [(7, None)]),
    ('El banco dijo que "el servicio volvió a las 22".', [(22, None)]),
    # German's "all" before a count or a noun is no Italian "at the"
    ("Alle 2 300 Buchungen wurden storniert.", []),
    ("Alle 4 Standorte waren betroffen.", []),
])
def test_the_italian_hour_alone_after_its_article(text: str,
                                                  clocks: list[tuple[int, int | None]]) -> None:
    found = [(e.clock.hour, e.range_end.clock.hour if e.range_end and e.range_end.clock
              else None) for e in scan(text) if e.clock is not None]
    assert found == clocks


@pytest.mark.parametrize(("line", "ends"), [
    ("Le site était coupé de 2h15 à 6h40.", ((2, 15), (6, 40))),
    ("down from about 4h05 until about 8h50, then fine", ((4, 5), (8, 50))),
])
def test_two_one_digit_h_clocks_joined_as_a_range(line: str,
                                                 ends: tuple[tuple[int, int], ...]) -> None:
    expr = only(line)
    assert expr.clock is not None and expr.range_end is not None
    assert expr.range_end.clock is not None
    assert ((expr.clock.hour, expr.clock.minute),
            (expr.range_end.clock.hour, expr.range_end.clock.minute)) == ends


@pytest.mark.parametrize("line", ["a 1h30 outage", "the restore took 2h15 in all"])
def test_a_lone_one_digit_h_length_is_no_clock(line: str) -> None:
    assert not any(e.clock is not None for e in scan_document_line(line))


@pytest.mark.parametrize(("line", "label"), [
    ("On May 3, 2023 at 9:40 AM (based on EST) the relay failed", "EST"),
    ("2024年1月9日 21:10（日本時間、以下同様）に障害が発生", "Asia/Tokyo"),
    ("Started at 14:05 (UTC, same below) on the API", "UTC"),
])
def test_a_zone_in_parentheses_with_words_saying_the_times_are_on_it(line: str,
                                                                    label: str) -> None:
    expr = next(e for e in scan_document_line(line) if e.clock is not None)
    assert expr.zone is not None and expr.zone.label == label


def test_words_in_parentheses_that_name_no_zone_give_none() -> None:
    expr = next(e for e in scan_document_line("at 9:40 AM (based on the logs) it failed")
                if e.clock is not None)
    assert expr.zone is None


@pytest.mark.parametrize(("line", "hour", "minute"), [
    # a part of the day after the clock (Indonesian, Malay, Filipino) or before it (Hindi)
    ("Layanan terganggu sejak jam 10:30 malam", 22, 30),
    ("Gangguan pulih pukul 3.15 sore", 15, 15),
    ("Nagsimula ang brownout bandang 9:00 ng gabi", 21, 0),
    ("Bumalik ang kuryente 4:30 ng hapon", 16, 30),
    ("सर्वर रात 11:15 बजे ठीक हुआ", 23, 15),
    ("बुकिंग दोपहर 1:40 बजे शुरू हुई", 13, 40),
    ("Akses pulih jam 12.00 malam", 0, 0),
    ("Server mati jam 22.30 WIB", 22, 30),
])
def test_a_part_of_the_day_in_other_languages_sets_the_half(line: str, hour: int,
                                                            minute: int) -> None:
    expr = only(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (hour, minute)


def test_jam_before_a_number_that_is_no_clock() -> None:
    assert not any(e.clock is not None
                   for e in scan_document_line("a traffic jam 10.30 km long on the A4"))


@pytest.mark.parametrize(("line", "renderings"), [
    # the same moment on another zone's clock after a slash, glued or spaced: both clocks
    # are read, and the date after them is the first's
    ("rolled out at 10am PT/1pm ET on March 3, 2024", ["10am PT", "1pm ET"]),
    ("from 14:00 UTC / 15:00 CET on 3 March 2024", ["14:00 UTC", "15:00 CET"]),
    ("at 2am BST/1am GMT on Sunday 30th October 2022", ["2am BST", "1am GMT"]),
])
def test_a_zoned_clock_rendered_after_a_slash_shares_the_date_after_it(
        line: str, renderings: list[str]) -> None:
    found = scan_document_line(line)
    assert [e.written[:len(r)] for e, r in zip(found, renderings, strict=True)] == renderings
    assert found[0].date is not None and found[0].date.day in (3, 30)


def test_a_slash_after_words_or_a_protocol_opens_no_clock() -> None:
    assert [e.written for e in scan_document_line("HTTP/1.10 errors, TCP/80 at 10:00")] \
        == ["10:00"]


@pytest.mark.parametrize(("line", "start", "end"), [
    # an hour alone after the French "from", another after "to": a range
    ("Le réseau a été coupé de 15 h à 18 h samedi.", (15, 0), (18, 0)),
    ("Service interrompu de 22h à 2h du matin", (22, 0), (2, 0)),
    ("Maintenance de 13 h à 14 h 45", (13, 0), (14, 45)),
])
def test_a_french_range_from_an_hour_alone(line: str, start: tuple[int, int],
                                           end: tuple[int, int]) -> None:
    (expr,) = scan_document_line(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == start
    assert expr.range_end is not None and expr.range_end.clock is not None
    assert (expr.range_end.clock.hour, expr.range_end.clock.minute) == end


@pytest.mark.parametrize("line", ["une panne de 16 h au total", "un retard de 2 h à 3 h de plus"])
def test_a_french_length_of_hours_is_no_range(line: str) -> None:
    assert scan_document_line(line) == []


@pytest.mark.parametrize(("line", "written"), [
    # a dotted time after the Spanish or Portuguese article of the hour
    ("El portal estuvo caído desde las 10.05 hasta las 12.40.", ["10.05"]),
    ("La red volvió a funcionar a las 18.20 según la empresa.", ["18.20"]),
    ("O sistema voltou pelas 9.30 da manhã.", ["9.30 da manhã"]),
    # an amount after the same words stays one
    ("Cada usuario pagó a las 11.00 euros de más.", []),
])
def test_a_dotted_time_after_the_article_of_the_hour(line: str, written: list[str]) -> None:
    assert [e.written for e in scan_document_line(line)] == written


@pytest.mark.parametrize(("line", "ymd"), [
    # Ukrainian months: the genitive of November, the nominative and short forms, and a
    # capital first letter as a byline or a title writes it
    ("Збій тривав до 3 листопада 2023", (2023, 11, 3)),
    ("Оновлено: 09:12 17 Бер 2024", (2024, 3, 17)),
    ("Звіт від 5 Жовтня 2022 року", (2022, 10, 5)),
    ("Отчёт от 12 Декабря 2021", (2021, 12, 12)),
])
def test_a_cyrillic_month_in_any_case_and_form(line: str, ymd: tuple[int, int, int]) -> None:
    dated = [e for e in scan_document_line(line) if e.date is not None]
    assert [(e.date.year, e.date.month, e.date.day) for e in dated] == [ymd]


@pytest.mark.parametrize(("line", "start", "end"), [
    # Portuguese "between ... and ..." with the article of the hour on each side
    ("O sistema ficou fora do ar entre as 7h e as 9h desta manhã.", "7h", "9h"),
    ("A rede caiu entre 14h e às 15h30.", "14h", "15h30"),
])
def test_a_portuguese_range_with_the_hours_article(line: str, start: str, end: str) -> None:
    (expr,) = scan_document_line(line)
    assert expr.written == start
    assert expr.range_end is not None and expr.range_end.written == end


def test_two_portuguese_times_apart_stay_two() -> None:
    # "as 7h" and "as 9h" joined by no "entre": two times, no range
    assert [e.range_end for e in scan_document_line("Caiu às 7h e voltou às 9h.")] \
        == [None, None]


@pytest.mark.parametrize(("line", "written", "day", "weekday"), [
    # a weekday and an ordinal day with no month and no clock: a day the dates around name
    ("On Thursday the 9th the second wave began.", "Thursday the 9th", 9, 3),
    ("Sun, 17th: queue drained overnight", "Sun, 17th", 17, 6),
])
def test_a_weekday_and_its_ordinal_day_alone(line: str, written: str, day: int,
                                             weekday: int) -> None:
    (expr,) = scan_document_line(line)
    assert expr.written == written and expr.clock is None
    assert expr.date is not None and expr.date.month is None
    assert (expr.date.day, expr.date.weekday) == (day, weekday)


@pytest.mark.parametrize("line", [
    "The 3rd retry succeeded on its own.",  # an ordinal without its weekday is a count
    "Friday's 2nd deploy went out clean.",  # a weekday's possessive names no day
])
def test_an_ordinal_without_its_weekday_is_no_day(line: str) -> None:
    assert scan_document_line(line) == []


def test_a_weekday_ordinal_before_its_month_keeps_the_month() -> None:
    (expr,) = scan_document_line("Tuesday 14th of March the rollback ran.")
    assert expr.date is not None and (expr.date.month, expr.date.day) == (3, 14)


@pytest.mark.parametrize(("line", "hm"), [
    # the hour with its word for "half" after it: half past, not on the hour
    ("サーバーは午後3時半に再起動しました", (15, 30)),
    ("10时半恢复", (10, 30)),
    ("오전 11시 반에 복구되었습니다", (11, 30)),
])
def test_half_past_in_japanese_chinese_and_korean(line: str, hm: tuple[int, int]) -> None:
    (expr,) = scan_document_line(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == hm


def test_an_hour_without_half_stays_on_the_hour() -> None:
    (expr,) = scan_document_line("午後3時ごろ再起動しました")
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (15, 0)


@pytest.mark.parametrize("line", [
    # hours and minutes of a length, written as a clock is
    "Die Störung hielt 2:40 Stunden an.",
    "Der Ausfall dauerte etwa 1:20 Std. insgesamt",
    "La manutenzione è durata 4:10 ore.",
    "Recovery took about 1:50 hours end to end.",
    "We were degraded for 2:05 hrs.",
    # a German "Am" (on, at the) after a bare number, no AM
    "Die Wiederherstellung dauerte 4 Am Abend lief alles.",
    "Störung Nr. 2 Am 14. März traf alle Kunden.",
])
def test_a_length_or_a_german_am_is_no_clock(line: str) -> None:
    assert [e.clock for e in scan_document_line(line) if e.clock is not None] == []


@pytest.mark.parametrize(("line", "hm"), [
    ("The batch job started at 20:30 hours.", (20, 30)),  # the clock read aloud
    ("At 2:40 hours the failover began.", (2, 40)),  # no word asks for a length
    ("Die Störung begann um 2:40 Uhr.", (2, 40)),  # German's clock word
    ("Paged at 6 Am Eastern", (6, 0)),  # a title's capitals, then a zone's name
])
def test_a_clock_before_an_hours_word_or_a_capital_am_stays(line: str,
                                                            hm: tuple[int, int]) -> None:
    (expr,) = [e for e in scan_document_line(line) if e.clock is not None]
    assert (expr.clock.hour, expr.clock.minute) == hm


@pytest.mark.parametrize("line", [
    # numbers shaped like a date with two parts no calendar has: an identifier, no date
    "Change ticket number: 1187.14.22 was raised for the rollback.",
    "Build 2023.14.37 shipped the bad config.",
])
def test_a_date_shape_with_two_impossible_parts_is_no_date(line: str) -> None:
    assert [e for e in scan_document_line(line) if e.date is not None] == []


@pytest.mark.parametrize(("line", "oddity"), [
    # one impossible part is a slip in a real date: kept, for invalid-time to report
    ("The failover ran on 2023-14-03 at 10:00 UTC.", "month 14 does not exist"),
    ("Paged on 2203-04-11 at 02:15 UTC.", "year 2203 is not plausible"),
])
def test_a_date_with_one_impossible_part_is_kept(line: str, oddity: str) -> None:
    (expr,) = scan_document_line(line)
    assert expr.date is not None and oddity in expr.date.oddities


@pytest.mark.parametrize(("line", "hm", "zone"), [
    # a colon-less 24-hour time with its zone in parentheses, as a list's first line gives it
    ("* 0712 (UTC) - replication lag alarm fires", (7, 12), "UTC"),
    ("- 2245 (BST) - failover to the standby", (22, 45), "BST"),
])
def test_a_colonless_time_with_its_zone_in_parentheses(line: str, hm: tuple[int, int],
                                                      zone: str) -> None:
    (expr,) = scan_document_line(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == hm
    assert expr.zone is not None and expr.zone_written.strip("()") == zone


@pytest.mark.parametrize("line", [
    "Ticket 0712 (UTCX) was opened.",  # no zone's name
    "Room 2245 (B) is the war room.",
])
def test_a_number_before_a_parenthesis_without_a_zone_is_no_time(line: str) -> None:
    assert [e for e in scan_document_line(line) if e.clock is not None] == []


@pytest.mark.parametrize(("line", "hm"), [
    # the Nordic "about" glued to the hour
    ("Tjenesten var tilbake ved 16.45-tiden.", (16, 45)),
    ("Rundt 9-tiden meldte kundene feil.", (9, 0)),
    # the Spanish hour alone after "a las", "desde las"
    ("El sistema cayó a las 18 y volvió a las 20.", (18, 0)),
    ("Sin servicio desde las 7 hasta las 9 de la mañana.", (7, 0)),
    # the Polish hour after "godz."
    ("Awaria trwała od godz. 13 do godz. 15.", (13, 0)),
    # and after its other cases, "godziną", "godziny"; a dotted clock after any of them
    ("Bankomaty działały już przed godziną 8 rano.", (8, 0)),
    ("Przerwa potrwa do godziny 6 w sobotę.", (6, 0)),
    ("Sieć padła o godz. 21.35 w całym mieście.", (21, 35)),
    ("Usługi wróciły po godzinie 17.20.", (17, 20)),
    # the Italian "after" and "before" the hour
    ("Il sito è tornato raggiungibile dopo le 15.", (15, 0)),
    ("Sportelli chiusi fino a prima delle 10.20 di mattina.", (10, 20)),
    # the hour in words before the word for o'clock
    ("The phones came back at about nine o'clock.", (9, 0)),
    ("Gegen elf Uhr lief der Shop wieder.", (11, 0)),
])
def test_an_hour_alone_after_its_word_in_other_languages(line: str, hm: tuple[int, int]) -> None:
    first = next(e for e in scan_document_line(line) if e.clock is not None)
    assert (first.clock.hour, first.clock.minute) == hm


@pytest.mark.parametrize(("line", "hm"), [
    # the part of the day after a clock in Arabic, and the hour alone after "الساعة"
    ("انقطعت الخدمة عند الساعة 10:15 مساءً", (22, 15)),
    ("عادت الشبكة في الساعة 3 عصراً", (15, 0)),
    ("توقفت الأنظمة الساعة 1 ظهراً", (13, 0)),
    ("بدأ العطل الساعة 10 ليلاً", (22, 0)),
    ("استمر حتى الساعة 3 ليلاً", (3, 0)),  # the small hours of the night
    ("فتحت الفروع الساعة 8:45 صباحاً", (8, 45)),
    ("نشر في 12:20 ص", (0, 20)),  # a page's stamp: the letter for AM
    ("آخر تحديث 7:05 م", (19, 5)),  # and for PM
    # Persian's and Hebrew's words for the night, the afternoon, the evening and the morning
    ("قطعی از ساعت ۹:۳۰ شب شروع شد", (21, 30)),
    ("سرویس ساعت 4:20 بامداد برگشت", (4, 20)),
    ("ההתראה הראשונה הגיעה ב-11:20 בלילה", (23, 20)),
    ("השירות חזר ב-4:15 אחה״צ", (16, 15)),
    ("8:00 בערב התחילה התקלה", (20, 0)),
    ("2:10 בלילה השרת נפל", (2, 10)),  # the small hours
    # Persian's hour alone after "ساعت" (the hour), its part of the day after it
    ("سرویس از ساعت ۶ عصر در دسترس نبود", (18, 0)),
    ("ساعت ۳ بامداد قطع شد", (3, 0)),
])
def test_the_part_of_the_day_after_an_arabic_clock(line: str, hm: tuple[int, int]) -> None:
    first = next(e for e in scan_document_line(line) if e.clock is not None)
    assert (first.clock.hour, first.clock.minute) == hm


def test_a_persian_length_in_hours_is_no_time() -> None:
    assert scan_document_line("به مدت ۲ ساعت ۵ دقیقه قطع بود") == []  # 2 hours 5 minutes


@pytest.mark.parametrize("line", [
    "Afectó a las 17 provincias del norte.",  # a count after "a las"
    "Tiden var knapp, 14 dager.",  # no hour glued to "tiden"
    "Zgłoszono 14 awarii.",  # a count without "godz."
    "Naprawa trwała 2 godziny 15 minut.",  # two hours and fifteen minutes: a length
    "Im Lager standen zehn Uhren und zwei Uhrwerke.",  # clocks, counted
    "Il servizio è ripartito dopo le 4 ore di blocco.",  # after the four hours: a length
])
def test_a_count_after_the_same_words_is_no_hour(line: str) -> None:
    assert [e for e in scan_document_line(line) if e.clock is not None] == []


@pytest.mark.parametrize(("line", "start", "end"), [
    # a status page's label glued to the range's capital PM when its text is copied
    ("Jun 3, 2021, 4:12 - 5 PMCompleted in under an hour", (16, 12), (17, 0)),
    ("9:40 - 10:05 PMResolved", (21, 40), (22, 5)),
])
def test_a_label_glued_to_a_capital_meridiem(line: str, start: tuple[int, int],
                                             end: tuple[int, int]) -> None:
    expr = next(e for e in scan_document_line(line) if e.clock is not None)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == start
    assert expr.range_end is not None and expr.range_end.clock is not None
    assert (expr.range_end.clock.hour, expr.range_end.clock.minute) == end


@pytest.mark.parametrize("line", ["We racked 8 AMDs and 4 Intels", "5 AMPs were replaced"])
def test_a_capital_am_in_a_word_is_no_meridiem(line: str) -> None:
    assert [e for e in scan_document_line(line) if e.clock is not None] == []


@pytest.mark.parametrize(("line", "hour"), [
    # the Dutch hour alone before "uur", after a word that makes it the hour of day
    ("Pas rond 18 uur werkte het betaalplatform weer.", 18),
    ("De eerste meldingen kwamen om 9 uur binnen.", 9),
    ("Vanaf 21 uur lag ook de app eruit.", 21),
])
def test_a_dutch_hour_before_uur_after_at_or_around(line: str, hour: int) -> None:
    (expr,) = [e for e in scan(line) if e.clock is not None]
    assert (expr.clock.hour, expr.clock.minute) == (hour, 0)


@pytest.mark.parametrize("line", ["De storing duurde 4 uur.", "Klanten wachtten tot 3 uur lang.",
                                  "tot 2 uur vertraging op het spoor", "na 5 uur was alles terug"])
def test_a_dutch_number_of_hours_is_no_clock(line: str) -> None:
    assert [e for e in scan(line) if e.clock is not None] == []


@pytest.mark.parametrize(("line", "hm"), [
    # a dotted clock after the word for "at" or "around" the hour in Estonian, Czech,
    # Croatian, Slovenian, Greek, Russian and Romanian
    ("Teenus taastus kella 18.45 paiku.", (18, 45)),
    ("Výpadek začal ve 14.05 a trval hodinu.", (14, 5)),
    ("Sustav je proradio oko 21.10.", (21, 10)),
    ("Storitev je spet delovala ob 10.40.", (10, 40)),
    ("Η υπηρεσία επανήλθε στις 23.15.", (23, 15)),
    ("Сервис восстановили в 12.20.", (12, 20)),
    ("Serviciul a revenit la ora 17.35.", (17, 35)),
])
def test_a_dotted_clock_after_a_word_for_at_the_hour(line: str, hm: tuple[int, int]) -> None:
    (expr,) = [e for e in scan(line) if e.clock is not None]
    assert (expr.clock.hour, expr.clock.minute) == hm


@pytest.mark.parametrize("line", ["Podíl vzrostl v 12.50 % případů.",
                                  "Cena je u 10.50 EUR.", "Verze 14.05 vyšla včera."])
def test_a_dotted_amount_after_such_a_word_is_no_clock(line: str) -> None:
    assert [e for e in scan(line) if e.clock is not None] == []


@pytest.mark.parametrize("line", ["UTC 时间 06:02 起错误率上升", "UTC时间06:02 告警",
                                  "UTC時間 06:02 障害発生"])
def test_a_zone_named_with_the_word_for_time_before_the_clock(line: str) -> None:
    expr = only(line)
    assert expr.zone is not None and expr.zone.label == "UTC"
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (6, 2)


@pytest.mark.parametrize("line", ["- 14：02 告警", "2024年3月5日 14：02 发现故障"])
def test_a_full_width_colon_between_hour_and_minutes(line: str) -> None:
    expr = only(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == (14, 2)


def test_a_full_width_colon_after_a_word_is_no_clock() -> None:
    assert all(e.clock is None for e in scan("处理过程：共3台服务器"))


# --- a clock told from its hour ----------------------------------------------------------------

@pytest.mark.parametrize(("line", "hour", "minute", "written"), [
    ("the pager went off at a quarter past 4pm", 16, 15, "a quarter past 4pm"),
    ("rollback finished at quarter to 11pm", 22, 45, "quarter to 11pm"),
    ("traffic drained by half past 19:00", 19, 30, "half past 19:00"),
    ("paged 25 minutes past 2 AM", 2, 25, "25 minutes past 2 AM"),
    ("freeze began ten minutes before 6pm", 17, 50, "ten minutes before 6pm"),
    ("the job stalled at 10 past 1pm", 13, 10, "10 past 1pm"),
    ("quarter to 12pm: status page updated", 11, 45, "quarter to 12pm"),
])
def test_minutes_counted_from_a_whole_hour_move_the_clock(
        line: str, hour: int, minute: int, written: str) -> None:
    clock = only(line).clock
    assert clock is not None
    assert (clock.hour, clock.minute, clock.written) == (hour, minute, written)


@pytest.mark.parametrize(("line", "hour", "minute"), [
    ("error rate rose to 50 after 3pm", 15, 0),  # a count, not minutes after the hour
    ("ten minutes before 14:05 the disk filled", 14, 5),  # counted from a minute: as written
    ("we had a quarter of the fleet down by 4pm", 16, 0),
])
def test_a_number_before_a_clock_that_counts_no_minutes_leaves_it(
        line: str, hour: int, minute: int) -> None:
    clock = only(line).clock
    assert clock is not None and (clock.hour, clock.minute) == (hour, minute)


@pytest.mark.parametrize(("line", "zone", "written"), [
    ("the hotfix went out at KST 09:30 as planned", "KST", "KST 09:30"),
    ("サーバーは [JST] 18:30 に復旧しました", "JST", "[JST] 18:30"),
    ("the EU shards restarted at CEST 4:00 am", "CEST", "CEST 4:00 am"),
    ("AEDT 09:15 payments recovered", "AEDT", "AEDT 09:15"),
])
def test_a_zone_of_one_reading_written_before_its_clock(line: str, zone: str,
                                                        written: str) -> None:
    expr = only(line)
    assert expr.zone is not None and expr.zone_written == zone
    assert expr.written == written


def test_a_zone_of_several_readings_before_a_clock_is_left_to_the_document() -> None:
    assert only("IST 14:05 the link dropped").zone is None  # India, Israel or Ireland


@pytest.mark.parametrize(("line", "hm", "zone"), [
    # a country's clock named between the date and its time, bracketed or not
    ("系統於2025年5月1日(台灣時間)下午3時中斷", (15, 0), "Asia/Taipei"),
    ("2025年5月1日 日本時間 午後3時に停止", (15, 0), "Asia/Tokyo"),
    # the evening's word between them ("晚間"), and the clock named before the part of day
    ("服務於2025年5月1日晚間9時15分恢復", (21, 15), None),
    ("北京时间下午3点服务恢复", (15, 0), "Asia/Shanghai"),
])
def test_cjk_words_between_a_date_and_its_clock(line: str, hm: tuple[int, int],
                                                zone: str | None) -> None:
    (expr,) = [e for e in scan(line) if e.clock is not None]
    assert (expr.clock.hour, expr.clock.minute) == hm
    assert (expr.zone.iana if expr.zone is not None else None) == zone


@pytest.mark.parametrize(("line", "day", "hm", "written"), [
    # "today (the 10th)", "yesterday (the 18th)": the day as Taiwanese news writes it
    ("服務今(10)日上午9時50分恢復", 10, (9, 50), "今(10)日上午9時50分"),
    ("網站昨（18）日晚間7時28分中斷", 18, (19, 28), "昨（18）日晚間7時28分"),
])
def test_a_day_told_as_today_or_yesterday_with_its_number(line: str, day: int,
                                                          hm: tuple[int, int],
                                                          written: str) -> None:
    (expr,) = scan(line)
    assert expr.date is not None and expr.date.day == day
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == hm
    assert expr.written == written and line[expr.start:expr.end] == written


@pytest.mark.parametrize("line", ["le ratio était de 3 : 45", "score 2 :1 final",
                                  "voir la section 12 :7"])
def test_a_blank_before_a_colon_between_other_numbers_is_no_clock(line: str) -> None:
    assert [e.written for e in scan(line) if e.clock is not None] == []


@pytest.mark.parametrize(("line", "ymd", "hm", "zone"), [
    # Turkish: a month's name (its capital Ş, its dotless ı), "saat" or "günü" before the
    # clock, and the zone "TSİ" (Türkiye Saati İle) after it
    ("Kesinti 9 Şubat 2024 saat 07.45'te başladı", (2024, 2, 9), (7, 45), None),
    ("Sistemler 21 Kasım 2023 günü 16:20 TSİ'de düzeldi", (2023, 11, 21), (16, 20),
     "Europe/Istanbul"),
    ("Erişim 3 Mayıs 2022, 11:05'e kadar kesildi", (2022, 5, 3), (11, 5), None),
])
def test_a_turkish_date_clock_and_zone(line: str, ymd: tuple[int, int, int],
                                       hm: tuple[int, int], zone: str | None) -> None:
    (expr,) = scan(line)
    assert expr.date is not None and (expr.date.year, expr.date.month, expr.date.day) == ymd
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == hm
    assert (expr.zone.iana if expr.zone is not None else None) == zone


@pytest.mark.parametrize(("line", "ymd", "hm", "end_hm"), [
    # Vietnamese: "ngày" (on the day) between a clock and its date, "lúc" (at) between a
    # date and its clock, and "từ ... đến ..." (from ... to) round a range
    ("Hệ thống gián đoạn lúc 09h15 ngày 14/2/2025", (2025, 2, 14), (9, 15), None),
    ("Sự cố xảy ra ngày 21/10/2024 lúc 22:40", (2024, 10, 21), (22, 40), None),
    ("Dịch vụ bị ảnh hưởng từ 07h05 đến 08h50 ngày 23/11/2023", (2023, 11, 23), (7, 5), (8, 50)),
])
def test_a_vietnamese_date_clock_and_range(line: str, ymd: tuple[int, int, int],
                                           hm: tuple[int, int],
                                           end_hm: tuple[int, int] | None) -> None:
    (expr,) = scan(line)
    assert expr.date is not None and (expr.date.year, expr.date.month, expr.date.day) == ymd
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == hm
    end = expr.range_end.clock if expr.range_end is not None else None
    assert (None if end is None else (end.hour, end.minute)) == end_hm


@pytest.mark.parametrize(("line", "offset"), [
    # Newfoundland's half-hour clock, by abbreviation, by name, and as Canada's press writes
    # it after a meridiem ("NT", beside ET, CT, AT)
    ("The exchange went dark at 7:50 a.m. NST on 12 February 2024", -210),
    ("Lines were back by 4:05 p.m. NDT on 9 August 2023", -150),
    ("Cell service resumed at 11 a.m. NT on Aug. 9, 2023", -150),
    ("Calls failed from 3 p.m. Newfoundland time on Feb. 12, 2024", -210),
    ("Power returned at 5:40 p.m. Atlantic time on Feb. 12, 2024", -240),
    # Canada's clocks in French: "heure normale" and "heure avancée" of the East
    ("Le réseau est tombé à 9 h 30 HNE le 3 janvier 2024", -300),
    ("Le service est revenu à 16 h 10 HAE le 4 juillet 2024", -240),
])
def test_canadian_clocks(line: str, offset: int) -> None:
    (expr,) = [e for e in scan(line) if e.clock is not None]
    assert expr.zone is not None
    assert offset_on_its_day(expr) == offset


@pytest.mark.parametrize(("line", "offset"), [
    # the grid operators' prevailing time: the wall clock, by date
    ("The breaker tripped at 1:23 p.m. CPT on 7 July 2016", -300),
    ("Load shed ended at 19:40 CPT on 2 February 2021", -360),
    ("The market system failed at 09:15 EPT on 4 July 2024", -240),
    ("Prices were capped from 6 p.m. EPT on 24 December 2022", -300),
])
def test_prevailing_time(line: str, offset: int) -> None:
    (expr,) = [e for e in scan(line) if e.clock is not None]
    assert expr.zone is not None
    assert offset_on_its_day(expr) == offset


def offset_on_its_day(expr: TimeExpr) -> int:
    """The zone's offset in minutes on the expression's own day."""
    import datetime as dt
    from zoneinfo import ZoneInfo
    zone = expr.zone
    assert zone is not None and expr.date is not None
    if zone.offset_minutes is not None:
        return zone.offset_minutes
    iana = zone.iana or zone.standard_of or zone.daylight_of
    assert iana is not None
    assert expr.date.year and expr.date.month and expr.date.day
    day = dt.datetime(expr.date.year, expr.date.month, expr.date.day, 12, tzinfo=ZoneInfo(iana))
    offset = day.utcoffset()
    assert offset is not None
    return int(offset.total_seconds() // 60)


def test_nt_after_a_clock_without_a_meridiem_is_no_zone() -> None:
    (expr,) = [e for e in scan("at 10:00 NT servers were patched") if e.clock is not None]
    assert expr.zone is None


@pytest.mark.parametrize(("line", "start", "end"), [
    # a range's bare start hedged after its opening word: still the range's start
    ("Texting failed from around 4 to 6 p.m. ET", (16, 0), (18, 0)),
    ("the link flapped between about 9 and 11am", (9, 0), (11, 0)),
    ("Uploads stalled from ~7 to 9 pm", (19, 0), (21, 0)),
])
def test_a_hedged_bare_hour_opening_a_range(line: str, start: tuple[int, int],
                                            end: tuple[int, int]) -> None:
    (expr,) = scan(line)
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == start
    assert expr.approximate
    assert expr.range_end is not None and expr.range_end.clock is not None
    assert (expr.range_end.clock.hour, expr.range_end.clock.minute) == end


def test_a_hedged_bare_number_with_no_opening_word_is_no_range_start() -> None:
    (expr,) = scan("we saw about 8 to 11 p.m. retries")
    assert expr.range_end is None


@pytest.mark.parametrize(("line", "hours"), [
    # an hour alone after a word that puts a time after it, the part of the day after it
    ("The gateway dropped around 10 last night", [22]),
    ("Tills were offline from 7 this morning until 2 in the afternoon", [7, 14]),
    ("Engineers expect a fix by 11 tonight", [23]),
    ("Alarms sounded at 5 in the morning", [5]),
    # no such word before it, or an hour the part of the day cannot hold: no clock
    ("We had 6 this morning and 4 last night", []),
    ("a backlog at 11 this afternoon", []),
])
def test_a_bare_hour_with_its_part_of_the_day(line: str, hours: list[int]) -> None:
    found = []
    for expr in scan(line):
        for end in (expr, expr.range_end):
            if end is not None and end.clock is not None:
                found.append(end.clock.hour)
    assert found == hours


@pytest.mark.parametrize(("line", "hour"), [
    # noon or midnight as a date's clock, after its day or year, before the entry's separator
    ("- 14 March 2025, midnight: batch window opens", 0),
    ("- Fri 3 May 2024 noon - traffic peaks", 12),
])
def test_noon_or_midnight_after_a_date_opening_an_entry(line: str, hour: int) -> None:
    (expr,) = scan(line)
    assert expr.date is not None and expr.date.day is not None
    assert expr.clock is not None and expr.clock.hour == hour


def test_a_count_before_midnight_is_no_date_clock() -> None:
    assert all(e.clock is None for e in scan("we ran 3 midnight deploys"))


@pytest.mark.parametrize(("line", "ymd", "hm", "end_hm"), [
    # Romanian month names, "la ora" (at the hour) and "de la ... la ..." (from ... to)
    ("Pe 17 noiembrie 2022, la ora 06:40, rețeaua a căzut", (2022, 11, 17), (6, 40), None),
    ("Incidentul din 21 iul. 2021 la 23:05 a afectat plățile", (2021, 7, 21), (23, 5), None),
    ("Serviciul a lipsit de la ora 13:10 la ora 14:25", None, (13, 10), (14, 25)),
    # Hungarian, the year first, and the day first
    ("A rendszer 2023. október 9. 15:20 óta nem elérhető", (2023, 10, 9), (15, 20), None),
    ("Az áramszünet 12 június 2024 07:45-kor kezdődött", (2024, 6, 12), (7, 45), None),
])
def test_romanian_and_hungarian_dates(line: str, ymd: tuple[int, int, int] | None,
                                      hm: tuple[int, int],
                                      end_hm: tuple[int, int] | None) -> None:
    (expr,) = [e for e in scan(line) if e.clock is not None]
    date = expr.date
    assert (None if date is None else (date.year, date.month, date.day)) == ymd
    assert expr.clock is not None and (expr.clock.hour, expr.clock.minute) == hm
    end = expr.range_end.clock if expr.range_end is not None else None
    assert (None if end is None else (end.hour, end.minute)) == end_hm


@pytest.mark.parametrize(("line", "end"), [
    # "upto", "up to" between two clocks after "from": a range's end
    ("the batch ran from 8:15 upto 10:40 am", (10, 40)),
    ("settlement stalled from 13:05 up to 13:50", (13, 50)),
])
def test_upto_joins_a_range(line: str, end: tuple[int, int]) -> None:
    (expr,) = scan(line)
    assert expr.range_end is not None and expr.range_end.clock is not None
    assert (expr.range_end.clock.hour, expr.range_end.clock.minute) == end


def test_nz_time_after_a_clock() -> None:
    (expr,) = scan("links came back at 9.40pm NZ time on 3 May 2024")
    assert expr.zone is not None and expr.zone.iana == "Pacific/Auckland"


@pytest.mark.parametrize(("line", "written"), [
    # a programme's name: "O'Clock" in title case, a capitalised word after it
    ("Bulletins moved to the reserve studio for the Six O'Clock News.", []),
    ("The Nine O’Clock Show ran from tape.", []),
    # an hour all the same: lower case, or a weekday after it
    ("The feed was back by six o'clock News crews said.", ["six o'clock"]),
    ("At Ten O'Clock Monday the feed died.", ["Ten O'Clock Monday"]),
])
def test_a_programme_named_with_oclock_is_no_time(line: str, written: list[str]) -> None:
    assert [e.written for e in scan(line)] == written


@pytest.mark.parametrize(("line", "end"), [
    # after "from", commas may set off the start's parts and the "to" after them
    ("From June 2, 2025, 11pm UTC, to June 3, 1am UTC, writes failed.", (1, 0)),
    ("from 9 May 2024, 22:40 CEST, until 10 May 2024, 00:15 CEST", (0, 15)),
    ("from about 23:00 UTC, to 01:30 UTC", (1, 30)),
    # elsewhere a comma closes the first time: the "to" starts other words
    ("paged at 14:10, to 15:00 nobody answered", None),
    # a start, then "and ... until" its end: one range
    ("errors began at 09:10 and lasted until 09:55 UTC", (9, 55)),
    ("the outage, starting around 14:05 and lasting until 15:20, hit checkout", (15, 20)),
    ("from 22:10 and continuing until 23:00 UTC the queue grew", (23, 0)),
    # French "jusqu'à" after "de", with "et" or not
    ("les paiements ont échoué de 12h10 jusqu'à 13h05", (13, 5)),
    ("aux alentours de 12h10 et jusqu'à 13h05, aucune carte ne passait", (13, 5)),
    # without a start said before it, "and until" joins nothing
    ("we paged at 12:30 and until 13:20 nobody answered", None),
])
def test_the_words_that_join_a_ranges_ends(line: str, end: tuple[int, int] | None) -> None:
    first = scan(line)[0]
    got = first.range_end.clock if first.range_end is not None else None
    assert (None if got is None else (got.hour, got.minute)) == end


@pytest.mark.parametrize(("line", "ymd"), [
    # a clock used as an attribute of the noun after it: the noun's date is the clock's
    ("In a 9 p.m. status note on Tuesday, March 5, 2024, the port said", (2024, 3, 5)),
    ("the 08:00 UTC deploy on 4 March 2024 failed", (2024, 3, 4)),
    ("an 11:30 PT maintenance window on 2024-06-02 ran long", (2024, 6, 2)),
    # no article, or no date after "on": the clock alone
    ("we paged at 9 p.m. the team on call on 5 March 2024", None),
    ("the 10:00 deploy on node-3 failed", None),
])
def test_a_clock_as_an_attribute_takes_its_nouns_date(line: str,
                                                      ymd: tuple[int, int, int] | None) -> None:
    first = next(e for e in scan(line) if e.clock is not None)
    got = first.date
    assert (None if got is None else (got.year, got.month, got.day)) == ymd


@pytest.mark.parametrize(("line", "offset"), [
    # "local time in" a city after the clock: that city's clock
    ("The terminal closed at 6 p.m. local time in Berlin on 3 May 2024", 120),
    ("at 18:00 local time in Sydney on 3 May 2024, the site went dark", 600),
    # "in" a place that is no city names no clock
    ("at 6 p.m. local time in Production on 3 May 2024", None),
])
def test_local_time_in_a_city(line: str, offset: int | None) -> None:
    (expr,) = [e for e in scan(line) if e.clock is not None]
    if offset is None:
        assert expr.zone is None
        return
    assert expr.zone is not None
    assert offset_on_its_day(expr) == offset
