"""Reading tests for ways of writing a timeline that earlier readings missed: each in its
own small document, written for the test."""

from __future__ import annotations

import pytest

from pmlint.timeline.document import timeline_from_text
from pmlint.timeline.lexer import scan_document_line
from pmlint.timeline.model import Event


def _entries(text: str) -> list[Event]:
    return [e for e in timeline_from_text(text, "w.md").events if e.source == "timeline"]


def test_a_dated_label_with_a_part_of_the_day_is_an_entry_dated_to_the_day_only() -> None:
    text = ("# Queue backlog in 2025\n\n## Timeline\n\n"
            "**Sunday Apr 6, late evening:** consumers started falling behind.\n\n"
            "**Monday Apr 7 (early morning)** - the backlog paged the on-call.\n\n"
            "**Monday Apr 7, afternoon:** consumers were scaled out and caught up.\n")
    got = _entries(text)
    assert [e.local for e in got] == ["2025-04-06", "2025-04-07", "2025-04-07"]
    assert all(e.clock is None and e.at is None for e in got)  # no clock invented
    assert got[0].text == "consumers started falling behind."
    assert any("part of the day" in note for note in got[1].assumed)


def test_a_status_log_of_lone_stamps_gives_each_update_its_own_status_word() -> None:
    # the status word over each stamp, no blank lines: it labels the update below it
    above = ("# Upload failures\n\nResolved\nFeb 2, 9:40 PM GMT-5\nUploads work again.\n"
             "Monitoring\nFeb 2, 9:05 PM GMT-5\nA bad node was drained.\n"
             "Investigating\nFeb 2, 8:30 PM GMT-5\nUploads are failing for some users.\n")
    got = _entries(above)
    assert [e.local[-5:] for e in got] == ["21:40", "21:05", "20:30"]
    assert [e.text.split(":")[0] for e in got] == ["Resolved", "Monitoring", "Investigating"]
    # the status word under each stamp, in one paragraph: every stamp is still an entry
    below = ("# Upload failures\n\nUpdates\nFeb 2, 9:40 PM GMT-5\nResolved\nUploads work again.\n"
             "Feb 2, 9:05 PM GMT-5\nMonitoring\nA bad node was drained.\n"
             "Feb 2, 8:30 PM GMT-5\nInvestigating\nUploads are failing for some users.\n")
    got = _entries(below)
    assert [e.local[-5:] for e in got] == ["21:40", "21:05", "20:30"]
    assert got[1].text == "Monitoring: A bad node was drained."
    # a word closing the update's paragraph, a blank line, the next stamp: it stays with its own
    closing = ("# Upload failures\n\nFeb 2, 9:40 PM GMT-5\nUploads work again.\nResolved\n\n"
               "Feb 2, 9:05 PM GMT-5\nA bad node was drained.\nMonitoring\n")
    got = _entries(closing)
    assert got[0].text == "Uploads work again. Resolved"


def test_entries_written_as_steps_on_from_a_stamped_entry_are_counted_from_it() -> None:
    text = ("# Cache stampede on 3 July 2024\n\n## Timeline (UTC)\n\n"
            "- 16:50 hit rate collapses\n- +8 min: origin saturated\n"
            "- T+25m - cache warmed by hand\n- 10 minutes later: hit rate normal\n"
            "- 17:40 incident closed\n")
    got = _entries(text)
    assert [e.local for e in got] == ["2024-07-03T16:50", "2024-07-03T16:58",
                                      "2024-07-03T17:15", "2024-07-03T17:25",
                                      "2024-07-03T17:40"]
    assert any("counted from the entry on line 5" in note for note in got[2].assumed)
    assert any("counted from the entry on line 7" in note for note in got[3].assumed)
    # with no entry above that has a clock, a step is not guessed
    alone = "# Cache stampede\n\n## Timeline\n\n- +8 min: origin saturated\n- T+25m: warmed\n"
    assert _entries(alone) == []


def test_a_date_of_eight_digits_before_its_clock_dates_the_entry() -> None:
    text = ("# Build farm\n\n## Timeline\n\n- 20231130 23:50 queue stalls (UTC)\n"
            "- 20231201 00:35 runners replaced\n- 20231201T0110Z builds pass\n\n"
            "Artifact 20231129 and the signed URL ?X-Amz-Date=20231129T101500Z are no dates.\n")
    got = timeline_from_text(text, "w.md").events
    assert [e.local for e in got if e.source == "timeline"] == [
        "2023-11-30T23:50", "2023-12-01T00:35", "2023-12-01T01:10"]
    assert [e.line for e in got if e.source != "timeline"] == []


def test_a_days_number_inside_an_entry_steps_the_day_on() -> None:
    head = "# Index rebuild, 18 September 2025\n\n## Timeline (UTC)\n\n"
    labelled = head + ("- Day 1, 21:30 - rebuild starts\n- Day 1 23:55: half done\n"
                       "- Day 2, 06:40 - rebuild finished\n- Day 2 07:10: traffic back\n")
    assert [e.local[:10] for e in _entries(labelled)] == [
        "2025-09-18", "2025-09-18", "2025-09-19", "2025-09-19"]
    after_plain = head + "- 21:30 rebuild starts\n- 23:55 half done\n- D+1 06:40 finished\n"
    assert [e.local[:10] for e in _entries(after_plain)][-1] == "2025-09-19"


def test_an_entry_that_says_it_steps_back_keeps_the_story_s_day() -> None:
    text = ("# Billing export failure, 2 October 2025\n\n## Timeline (UTC)\n\n"
            "- 08:15 finance reports an empty export\n"
            "- Earlier that morning, 03:00: the export job ran on an empty replica\n"
            "- The previous evening, 22:40 - the replica was detached\n"
            "- 09:05 export rerun, numbers correct\n")
    got = _entries(text)
    assert [e.local for e in got] == ["2025-10-02T08:15", "2025-10-02T03:00",
                                      "2025-10-01T22:40", "2025-10-02T09:05"]
    assert any("steps back" in note for note in got[1].assumed)


def test_a_timeline_paragraph_of_timed_sentences_is_an_entry_for_each() -> None:
    text = ("# Mail delays, 21 January 2025\n\n## Timeline (UTC)\n\n"
            "At 07:12 the outbound queue began to grow. Around 07:30 the on-call was paged. "
            "By approx. 08:05 a stuck relay was restarted, and mail flowed again at 08:20.\n")
    got = _entries(text)
    # (a clause after "and" with its own subject, verb and time is a step of its own)
    assert [e.local[11:16] for e in got] == ["07:12", "07:30", "08:05", "08:20"]
    assert got[1].text == "the on-call was paged."
    assert got[3].text == "mail flowed again"


def test_a_time_inside_a_timed_sentence_stays_in_its_words() -> None:
    text = ("# Mail delays, 21 January 2025\n\n## Timeline (UTC)\n\n"
            "At 07:12 the outbound queue began to grow. Around 07:30 the on-call was paged "
            "about the 07:05 relay deploy.\n")
    got = _entries(text)
    assert [e.local[11:16] for e in got] == ["07:12", "07:30"]
    assert got[1].text.endswith("the 07:05 relay deploy.")


def test_a_status_update_whose_time_and_zone_close_its_line_is_dated_by_them() -> None:
    text = ("# Sign-in errors\n\nSeptember 9, 2025\n\n"
            "**Resolved** - Sign-in works again. 11:50 CEST\n\n"
            "**Identified** - A bad certificate was rotated out (11:20 CEST)\n\n"
            "**Investigating** - Users cannot sign in – 10:55 CEST\n\n"
            "**Update** - We will post again by 12:30 CEST\n")
    got = _entries(text)
    assert [e.local[11:16] for e in got] == ["11:50", "11:20", "10:55"]
    assert got[1].text == "Identified - A bad certificate was rotated out"


def test_a_capital_letter_after_a_clock_is_its_am_or_pm() -> None:
    text = ("# Nightly import, 6 June 2024 (CT)\n\n## Timeline\n\n"
            "- 10:52P import starts\n- 12:05A import stalls\n- 1:40A import finished\n")
    assert [e.local for e in _entries(text)] == ["2024-06-06T22:52", "2024-06-07T00:05",
                                                 "2024-06-07T01:40"]
    assert _entries(text)[1].text == "import stalls"  # the letter is no word of the entry


def test_an_emphasised_midnight_before_its_date_is_read() -> None:
    text = "# Renewal\n\nThe domain had to be renewed by **Midnight** on 3-March-26.\n"
    got = [e for e in timeline_from_text(text, "w.md").events if e.clock]
    assert [e.local for e in got] == ["2026-03-03T00:00"]


def test_a_double_dash_between_a_date_and_its_clock_joins_them() -> None:
    text = ("# Queue outage, 2023\n\n## Timeline (UTC)\n\n"
            "- August 14th -- 23:20 consumers stop\n- August 15th -- 00:45 consumers back\n")
    got = _entries(text)
    assert [e.local for e in got] == ["2023-08-14T23:20", "2023-08-15T00:45"]
    assert got[0].text == "consumers stop"


def test_a_status_log_whose_stamps_close_their_updates() -> None:
    # the status word, its words, then its stamp, blank lines between: each stamp dates the
    # update above it (not the status word below it, which opens the next update)
    text = ("# Build queue delays\n\n**Resolved**\n\nBuilds start on time again.\n\n"
            "Tue 5 Mar 2024, 11:40 GMT\n\n**Monitoring**\n\nExtra runners were added.\n\n"
            "Tue 5 Mar 2024, 11:05 GMT\n\n**Investigating**\n\nBuilds wait in the queue.\n\n"
            "Tue 5 Mar 2024, 10:20 GMT\n")
    got = _entries(text)
    assert [(e.local[-5:], e.text.split(":")[0]) for e in got] == [
        ("11:40", "Resolved"), ("11:05", "Monitoring"), ("10:20", "Investigating")]
    assert got[0].phase == "resolution"


def test_a_plain_timeline_label_closed_by_an_emoji() -> None:
    # "Timeline ⏰" on a line of its own, no blank line before the entries: still the label
    text = ("Postmortem: cache outage on 4 March 2024\nThe cache fell over.\nTimeline 🕒\n"
            "9:00 AM: alerts fire\n9:20 AM: cache restarted\n9:45 AM: hit rate normal\n"
            "Root Cause 🛠️\nA bad eviction setting.\n")
    got = _entries(text)
    assert [e.local[-5:] for e in got] == ["09:00", "09:20", "09:45"]


def test_a_bare_twelve_hour_log_into_the_afternoon_that_its_length_confirms() -> None:
    # no AM/PM anywhere; "9:40" to "2:05" is an afternoon by the stated length ("about 4
    # and a half hours"), not a night; a "•" step under a note with no time stays an entry
    text = ("# Store creation outage, 8 April 2025\n\nDuration: about 4 and a half hours\n\n"
            "Timeline\n•\t9:40 - alerts fire on store creation\n•\t9:52 - investigation begins\n"
            "•\tI first suspected the cache here.\n•\t1:15 - foreign key failures found\n"
            "•\t2:05 - fix applied, stores created again\n")
    got = _entries(text)
    assert [e.local[-5:] for e in got] == ["09:40", "09:52", "13:15", "14:05"]


def test_a_bare_twelve_hour_log_whose_length_says_night_stays_the_next_day() -> None:
    text = ("# Store creation outage, 8 April 2025\n\nDuration: about 16 hours\n\nTimeline\n"
            "- 9:40 - alerts fire\n- 9:52 - investigation begins\n- 1:15 - fix applied\n")
    got = _entries(text)
    assert [e.local for e in got][-1] == "2025-04-09T01:15"


def test_a_date_then_its_clock_in_bold_or_code() -> None:
    # "Mar 4th **14:05**", "Mar 4th `14:20`": one stamp, the date's and the clock's
    text = ("# Cache misses, March 2024\n\n## Timeline (UTC)\n\n- Mar 4th **14:05** first report\n"
            "- Mar 4th `14:20` second report\n- Mar 5th **09:10** fixed\n")
    got = _entries(text)
    assert [e.local for e in got] == ["2024-03-04T14:05", "2024-03-04T14:20", "2024-03-05T09:10"]


def test_a_table_whose_time_cells_are_bold_and_approximate() -> None:
    # "| **~09:30 AEST** | ... |": the row's time after its emphasis and "~"
    text = ("# Cluster upgrade, 16 May 2026\n\n## Timeline (AEST)\n\n| Time | Event |\n|---|---|\n"
            "| **~09:30 AEST** | upgrade begins |\n| **~10:10 AEST** | node NotReady |\n"
            "| **~10:45 AEST** | node Ready again |\n")
    got = _entries(text)
    assert [e.local for e in got] == ["2026-05-16T09:30", "2026-05-16T10:10", "2026-05-16T10:45"]
    assert all(e.approximate for e in got)


def test_rows_written_with_bars_but_no_delimiter_row_are_a_table() -> None:
    # a wiki's table: "||" opens the header, one bar each cell below
    wiki = ("h1. Queue stall on 2 May 2025\n\nh2. Timeline\n\n"
            "||When (CEST)||Event||\n|11:02|consumer lag alert pages the on-call|\n"
            "|11:40|stuck partition reassigned, lag falls|\n")
    got = _entries(wiki)
    assert [e.local for e in got] == ["2025-05-02T11:02", "2025-05-02T11:40"]
    assert got[0].zone is not None and got[0].zone.label == "CEST"
    # reStructuredText's grid table: rows between "+---+" borders, the header over "+===+"
    grid = ("Queue stall\n===========\n\nTimeline (UTC), 2 May 2025\n\n"
            "+-------+------------------------+\n| Time  | What                   |\n"
            "+=======+========================+\n| 09:02 | lag alert fires        |\n"
            "+-------+------------------------+\n| 09:40 | partition reassigned   |\n"
            "+-------+------------------------+\n")
    got = _entries(grid)
    assert [e.local for e in got] == ["2025-05-02T09:02", "2025-05-02T09:40"]
    # a single barred line in prose is no table
    prose = "# Notes\n\nWe ran | 10:05 | by hand.\nThen it worked.\n"
    assert _entries(prose) == []


def test_a_time_column_headed_by_a_zone_name_alone_gives_the_rows_that_zone() -> None:
    text = ("# Queue stall on 2 May 2025\n\n## Timeline\n\n"
            "| CEST | New York | What happened |\n|---|---|---|\n"
            "| 11:02 | 5:02 AM | consumer lag alert pages the on-call |\n"
            "| 11:40 | 5:40 AM | stuck partition reassigned |\n")
    got = _entries(text)
    assert [e.at.in_timezone("UTC").isoformat() for e in got] == [
        "2025-05-02T09:02:00+00:00", "2025-05-02T09:40:00+00:00"]
    # a head that names no zone gives none
    plain = text.replace("| CEST | New York |", "| When | Where |")
    assert all(e.zone is None for e in _entries(plain))


def test_a_zone_field_declares_the_documents_zone() -> None:
    text = ("# Index rebuild\n\nDate: 2025-06-03\n{field}\n\n## Timeline\n\n"
            "- 14:05 rebuild starts\n- 14:50 rebuild done\n")
    for field in ("Zone: CET", "**Zone:** CET", "Owner: infra · Zone: CET"):
        got = _entries(text.format(field=field))
        assert all(e.zone is not None and e.zone.label == "CET" for e in got), field
    # a zone of another kind is not a time zone
    for field in ("Availability zone: eu-west-1a", "Zone: eu-west-1", "DNS zone: EU"):
        assert all(e.zone is None for e in _entries(text.format(field=field))), field


def test_a_hard_wrapped_sentence_gives_the_time_opening_a_line_its_words_above() -> None:
    text = ("# Ledger lag on 4 March 2025\n\n"
            "The ledger fell behind after a schema change, and the on-call was paged at\n"
            "14:12 UTC; writes were fully restored by\n14:58 UTC.\n\n"
            "## Timeline (UTC)\n\n- 14:03 schema change applied\n- 14:12 lag alert pages\n"
            "- 14:58 lag gone, resolved\n")
    prose = [e for e in timeline_from_text(text, "w.md").events if e.source == "summary"
             and e.clock is not None]
    assert [(e.local[-5:], e.phase) for e in prose] == [("14:12", "escalation"),
                                                   ("14:58", "resolution")]
    # the lead word opening the line, in lower case: the sentence goes on from above
    wrapped = text.replace("paged at\n14:12 UTC;", "paged\nat 14:12 UTC;")
    prose = [e for e in timeline_from_text(wrapped, "w.md").events if e.source == "summary"
             and e.clock is not None]
    assert prose[0].phase == "escalation"  # the on-call paged: the page
    # words opening the line in lower case go on with the sentence above
    going_on = text.replace("paged at\n14:12 UTC;", "paged by the\nledger alert at 14:12 UTC;")
    prose = [e for e in timeline_from_text(going_on, "w.md").events if e.source == "summary"
             and e.clock is not None]
    assert prose[0].phase == "escalation"
    # a line of its own under a line that does not lead to it keeps its own words only
    for own in (text.replace("paged at\n14:12 UTC;", "paged\n14:12 UTC came and went;"),
                text.replace("paged at\n14:12 UTC;", "paged.\nAt 14:12 UTC it went;")):
        prose = [e for e in timeline_from_text(own, "w.md").events if e.source == "summary"
                 and e.clock is not None]
        assert prose[0].phase == "other"


def test_a_clock_followed_by_a_word_for_hours_is_a_clock_and_keeps_the_word() -> None:
    text = ("# Mail relay stall on 7 October 2025\n\nAll times CEST.\n\n"
            "- 09.10 Uhr Warteschlange wächst\n- 09.25h relay restarted\n"
            "- 0940 hrs: queue drained\n- 09:55 hrs: incident closed\n")
    got = _entries(text)
    assert [e.local[-5:] for e in got] == ["09:10", "09:25", "09:40", "09:55"]
    assert [e.text for e in got] == ["Warteschlange wächst", "relay restarted",
                                     "queue drained", "incident closed"]
    # a dotted number opening a line with no such word stays a number
    assert _entries("# Notes\n\n- 09.10 percent of requests failed\n") == []


def test_a_sentence_opening_with_by_and_its_time_says_the_state_reached_after_it() -> None:
    text = ("# Feed outage on 5 May 2025\n\n## Summary\n\n"
            "By 16:20 UTC, every feed was back online. As of 16:45 UTC the incident was "
            "resolved.\n\nAt 15:10 UTC, the feed servers were restarted and errors began.\n")
    prose = [e for e in timeline_from_text(text, "w.md").events if e.clock is not None]
    assert [(e.local[-5:], e.phase) for e in prose][:2] == [("16:20", "resolution"),
                                                           ("16:45", "resolution")]
    # "At 15:10, ...": the first clause after an "At" tells the step taken then (the
    # story's later clauses are later steps)
    assert prose[2].phase == "mitigation"


def test_compact_stamps_with_seconds_or_a_colon_less_clock_and_a_hyphened_month_day() -> None:
    # eight digits, "T", six digits of clock; eight digits, a blank, four; "Sep-09 11:20"
    text = ("# Ledger sync, September 2025\n\n## Timeline (UTC)\n\n"
            "- 20250908T224510Z sync job hangs\n- 20250908 2310 - on-call paged\n"
            "- Sep-09 00:40 job restarted by hand\n\n"
            "Build 20250908 1200 servers were patched; tag 20250908T2245 is no clock; "
            "case 123456 closed.\n")
    got = _entries(text)
    assert [e.local for e in got] == ["2025-09-08T22:45:10", "2025-09-08T23:10",
                                      "2025-09-09T00:40"]


def test_a_time_field_over_an_event_field_is_an_entry_with_those_words() -> None:
    text = ("# Mail relay, 3 June 2025\n\n## Timeline (UTC)\n\n"
            "Time: 06:10\nEvent: outbound mail begins failing\n\n"
            "Time: 06:25\nDescription: pager fires for the relay\n\n"
            "Time: 07:05\nAction: delivery restored once the relay was rebuilt\n\n"
            "Time: 07:30\nnothing labelled under this one\n")
    got = _entries(text)
    assert [e.text for e in got[:3]] == ["Event: outbound mail begins failing",
                                         "Description: pager fires for the relay",
                                         "Action: delivery restored once the relay was rebuilt"]
    assert [e.phase for e in got[:3]] == ["start", "detection", "resolution"]
    assert got[3].text == "Time: 07:30"


def test_an_arrow_between_two_times_leads_to_a_second_event_told_by_its_own_words() -> None:
    text = ("# Queue stall, 2 April 2025\n\n## Summary\n\n"
            "Paged at 13:05 UTC -> service restored at 14:10 UTC; the backlog drained later.\n")
    got = [e for e in timeline_from_text(text, "w.md").events if e.clock is not None]
    assert [e.phase for e in got] == ["escalation", "resolution"]
    beside = ("# Queue stall, 2 April 2025\n\n## Summary\n\n"
              "Queue stalled 13:05 UTC → 14:10 UTC, then drained.\n")
    got = [e for e in timeline_from_text(beside, "w.md").events if e.clock is not None]
    assert [e.part for e in got] == ["range-start", "range-end"]  # no words between: a range


def test_a_report_told_as_today_s_takes_no_date_from_a_cause_told_below_its_timeline() -> None:
    body = ("# Checkout errors\n\nThis morning, card payments failed for most shoppers.\n\n"
            "## Timeline (UTC)\n\n- 07:40 errors climb\n- 08:05 on-call paged\n"
            "- 09:10 payments restored\n\n## Root cause\n\n")
    cause = body + "A library bump merged on 11 May 2025 at 18:30 UTC broke the card client.\n"
    got = _entries(cause)
    assert [e.local for e in got] == ["T07:40", "T08:05", "T09:10"]  # the day is not told
    posted = body + "Posted on 14 May 2025.\n"
    assert [e.local[:10] for e in _entries(posted)] == ["2025-05-14"] * 3


def test_a_date_line_with_a_note_in_parentheses_dates_the_entries_below_it() -> None:
    text = ("# Queue stall\n\nBetween 22:10 and 23:40 UTC on Monday, March 3, 2025, the queue "
            "stalled.\n\n## Timeline\n\nTuesday, March 4, 2025 _(times below in UTC)_\n\n"
            "- 09:05 follow-up: consumers redeployed\n- 09:30 backlog cleared\n")
    got = _entries(text)
    assert [e.local for e in got] == ["2025-03-04T09:05", "2025-03-04T09:30"]


def test_a_title_day_range_joined_by_an_arrow_dates_the_entries_from_its_first_day() -> None:
    text = ("# Replica lag (21→22/04/2025)\n\n## Timeline (UTC)\n\n"
            "- 22:40 lag alert\n- 23:55 replica rebuilt\n- 00:30 lag back to zero\n")
    assert [e.local for e in _entries(text)] == ["2025-04-21T22:40", "2025-04-21T23:55",
                                                 "2025-04-22T00:30"]


def test_a_timeline_headings_zone_first_in_parentheses_with_more_after_it() -> None:
    for heading in ("## Timeline (America/Chicago, 2025-02-11; pager times in UTC)",
                    "## Timeline (CST, all times approximate)"):
        text = f"# Ingest stall on 11 Feb 2025\n\n{heading}\n\n- 09:05 lag alert\n- 09:40 cleared\n"
        got = _entries(text)
        assert all(e.zone is not None for e in got), heading
    text = ("# Ingest stall on 11 Feb 2025\n\n## Timeline (ops team, internal)\n\n"
            "- 09:05 lag alert\n")
    assert all(e.zone is None for e in _entries(text))


def test_a_zone_stated_in_a_korean_japanese_or_chinese_sentence() -> None:
    for said, label in (("모든 시각은 UTC입니다.", "UTC"), ("時刻はすべて", None),
                        ("時刻は JST。", "JST"), ("时间均为 UTC+8。", "UTC+08:00")):
        text = f"# 2025-02-11\n\n{said}\n\n## Timeline\n\n- 09:05 lag alert\n- 09:40 cleared\n"
        got = _entries(text)
        assert [e.zone.label if e.zone else None for e in got] == [label, label], said


def test_the_month_a_title_names_settles_numeric_dates_that_only_one_reading_puts_in_it() -> None:
    text = ("# Billing export failure, April 2025\n\n## Timeline\n\n"
            "- 03/04 22:10 export job fails\n- 04/04 08:30 on-call paged\n"
            "- 07/04 12:00 backlog reprocessed, resolved\n")
    assert [e.local[:10] for e in _entries(text)] == ["2025-04-03", "2025-04-04", "2025-04-07"]
    # a title naming March: the month-first reading is the one in it
    march = text.replace("April 2025", "March 2025").replace("/04 ", "/03 ")
    march = march.replace("03/03", "03/06").replace("04/03", "03/07").replace("07/03", "03/10")
    assert [e.local[:10] for e in _entries(march)] == ["2025-03-06", "2025-03-07", "2025-03-10"]


def test_a_day_note_beside_a_time_gives_its_day() -> None:
    text = ("# Cert expiry on 2025-09-25 (UTC)\n\n## Timeline\n\n| Time | Event |\n|---|---|\n"
            "| ~22:50 (the day before) | renewal job fails silently |\n"
            "| 09:40 | users see TLS errors |\n| 10:15 | new certificate installed |\n"
            "| 00:05 (+1d) | follow-up scan clean |\n")
    got = _entries(text)
    assert [e.local for e in got] == ["2025-09-24T22:50", "2025-09-25T09:40",
                                      "2025-09-25T10:15", "2025-09-26T00:05"]
    # the same note in other languages
    for note in ("(día anterior)", "(Vortag)", "(ngày hôm trước)", "(la veille)"):
        other = text.replace("(the day before)", note)
        assert _entries(other)[0].local == "2025-09-24T22:50", note


def test_a_list_items_sentence_wrapped_just_before_a_time_opens_no_entry() -> None:
    text = ("# Shipper stall on 10 July 2025 (UTC)\n\n## Timeline\n\n"
            "- 2025-07-10 17:58 last entries reach the store\n- 2025-07-10 18:00 host reboots\n"
            "\nWhat the logs show:\n\n- offsets were frozen from\n"
            "  17:17 to 17:54 on 2025-07-10, with no write since\n- spool files kept growing\n")
    assert [e.local[-5:] for e in _entries(text)] == ["17:58", "18:00"]
    # an item whose lines are each a stamped step stays a run of entries
    steps = text.replace("- offsets were frozen from\n  17:17 to 17:54 on 2025-07-10, with no "
                         "write since\n", "- 2025-07-10 18:05 shipper restarted\n")
    assert [e.local[-5:] for e in _entries(steps)] == ["17:58", "18:00", "18:05"]


def test_a_table_header_flattened_onto_one_line_gives_its_rows_their_zone() -> None:
    # a web page's "Time (UTC) | Event" table pasted as text: the header row is one line
    for header, zone in (("Time (UTC) Event", "UTC"), ("Timestamp (PDT)\tWhat happened", "PDT"),
                         ("When (UTC+2) Action", "UTC+02:00")):
        text = (f"# Broker failover on 9 May 2025\n\n{header}\n"
                "9:12 PM Replication lag alarm\n9:40 PM Standby promoted\n")
        got = _entries(text)
        assert [e.zone.label if e.zone else None for e in got] == [zone] * 2, header
    # a sentence about a time column declares nothing
    prose = ("# Broker failover on 9 May 2025\n\n"
             "Time (UTC) values in the export were rounded by the dashboard we used then\n"
             "9:12 PM Replication lag alarm\n")
    assert all(e.zone is None for e in _entries(prose))


def test_a_us_region_zone_named_with_us_after_the_region_is_declared() -> None:
    for said in ("Eastern US Time", "Pacific Time (US & Canada)", "Central Time (US)"):
        text = (f"# Login errors, 2 March 2026\n\n## Timeline ({said}):\n\n"
                "- 07:05AM errors begin\n- 07:31AM fix deployed\n")
        got = _entries(text)
        assert all(e.zone is not None and e.zone.iana is not None for e in got), said


def test_a_clock_before_a_date_in_french_german_or_spanish_takes_that_date() -> None:
    # "at 16:09, Monday 4 September" in other languages: the weekday and "on" words included
    for line, day in (("A 09h15, mardi 5 septembre, le serveur tombe.", "09-05"),
                      ("09:15 Uhr am 6. September: Server fällt aus.", "09-06"),
                      ("09:15 el 7 de septiembre: el servidor cae.", "09-07")):
        text = f"# Panne 2023\n\nLes 4 et 8 septembre 2023\n\n{line}\n"
        got = [e for e in timeline_from_text(text, "w.md").events if e.clock is not None]
        assert got and got[0].local == f"2023-{day}T09:15", line


def test_a_date_then_its_clock_after_a_spaced_colon_is_one_stamp() -> None:
    # a blog's updates stacked above the post: "5/24/2020 : 11am - ..."
    text = ("# Mail delays\n\n3/2/2021 : 4pm - Queues are drained.\n\n"
            "3/2/2021 : 9am - Some mailboxes still lag.\n")
    got = _entries(text)
    assert [e.local for e in got] == ["2021-03-02T16:00", "2021-03-02T09:00"]


def test_a_fields_label_above_its_value_is_a_header_field() -> None:
    # a web form copied as text: "Start Date", then its value on a line of its own
    for colon in ("", ":"):
        text = (f"# Planned work notice\n\nStart Date{colon}\n\n14th Mar 2019 9:00am\n\n"
                f"End Date{colon}\n14th Mar 2019 11:30am\n\nStorage upgrade\n\n"
                "UPDATE 9:40am Thursday 14-March-2019: The first array is upgraded.\n")
        timeline = timeline_from_text(text, "w.md")
        fields = [e for e in timeline.events if e.kind == "field"]
        assert [(e.line, e.phase, e.local) for e in fields] == [
            (5, "start", "2019-03-14T09:00"), (8, "end", "2019-03-14T11:30")], colon
        assert [f.value for f in timeline.fields if f.name in ("start date", "end date")] == [
            "14th Mar 2019 9:00am", "14th Mar 2019 11:30am"]
    # a line of words above a stamp alone is no label: the stamp stays an entry
    text = ("# Planned work notice\n\nStorage upgrade\n\n14th Mar 2019 9:00am\n\n"
            "UPDATE 9:40am Thursday 14-March-2019: The first array is upgraded.\n")
    assert [e.line for e in _entries(text)] == [5]


def test_numbered_status_updates_with_their_stamp_after_the_number_are_entries() -> None:
    text = ("# Fibre cut\n\nUpdate 1 (9:05AM PDT): The carrier confirms a cable cut.\n\n"
            "Update 2: No estimate yet.\n\nUpdate 3(11:20PM PDT): Every site is back online.\n\n"
            "UPDATE #4 - 11:50PM PDT: Monitoring.\n")
    got = _entries(text)
    assert [(e.line, e.local) for e in got] == [(3, "T09:05"), (7, "T23:20"), (9, "T23:50")]
    assert got[1].phase == "resolution"
    # "Update 10:48:" is a stamp, no update number
    got = _entries("# Log\n\nUpdate 10:48: service restored.\n\nUpdate 10:52: reboot needed.\n")
    assert [e.local for e in got] == ["T10:48", "T10:52"]


def test_a_run_of_colon_less_hours_with_no_timeline_heading_is_a_log() -> None:
    # a solo developer's notes: "HHMM words", one line carried on, one stamp with a colon
    text = ("# Notes on the login outage\n\n## What I did\n\n"
            "0812 saw the login page hang\n0815 checked the auth logs\n"
            "token cache full, evictions failing\n0816: flushed the cache\n"
            "0821 restarted the auth pods\n0830 logins work again\n")
    assert [e.local for e in _entries(text)] == ["T08:12", "T08:15", "T08:16", "T08:21",
                                                 "T08:30"]
    # four-digit numbers that go back and forth are no hours of a log
    prose = ("# Release notes\n\n0812 items were migrated\n0415 items were skipped\n"
             "0990 items are left\n1200 items in all\n")
    assert _entries(prose) == []


def test_three_items_in_a_row_opening_at_a_time_are_a_timeline_anywhere() -> None:
    items = ("- At 6:02 AM EST on March 3rd, 2021, the nightly export stalled.\n"
             "- At 6:20 AM EST, the on-call engineer was paged.\n"
             "- Around 7:05 AM EST the export was restarted by hand.\n")
    got = _entries(f"# Export stall\n\nWhat happened:\n\n{items}")
    assert [e.line for e in got] == [5, 6, 7]
    # two such sentences are a summary's, and so are three in a section named a summary
    two = "".join(items.splitlines(keepends=True)[:2])
    assert _entries(f"# Export stall\n\nWhat happened:\n\n{two}") == []
    assert _entries(f"# Export stall\n\n## Summary\n\n{items}") == []


def test_a_plain_texts_title_or_rule_ends_the_entry_above_it() -> None:
    # a blog page of several notices: the times below the next notice's title are read
    text = ("[9:40 PM] The database is back online.\n\n[9:05 PM] The database is down.\n\n"
            "= = = = =\n\nThe backup job ran at 02:00 UTC as planned.\n\n"
            "Storage Upgrade Notice\n\nThe upgrade window opens on May 4th @ 10PM UTC.\n")
    got = timeline_from_text(text, "w.md").events
    assert [(e.line, e.source) for e in got] == [(1, "timeline"), (3, "timeline"),
                                                 (7, "summary"), (11, "summary")]
    # the entry's own paragraph below it stays its text
    text = "[9:05 PM]\n\nThe database is down since 21:00.\n"
    assert [(e.line, e.source) for e in timeline_from_text(text, "w.md").events] == [
        (1, "timeline")]


def test_an_e_mails_sent_header_is_a_field_not_an_entry_over_the_message() -> None:
    text = ("From: Support <help@example.org>\nSent: Friday, March 1, 2024 4:15 PM\n"
            "Subject: Ticket outage\n\nTickets could not be filed from 13:05 to 14:20 today.\n")
    got = timeline_from_text(text, "w.md").events
    assert [(e.line, e.source, e.local[-5:]) for e in got] == [
        (2, "summary", "16:15"), (5, "summary", "13:05"), (5, "summary", "14:20")]


def test_a_two_digit_year_first_before_a_cjk_weekday_is_year_month_day() -> None:
    # Korean and Japanese notices: '23.03.04(토) 09:10 - year, month, day, weekday
    text = "# 장애 보고\n\n- 23.03.04(토) 09:10 서버 응답 없음\n- 23.03.04(土) 09:40 복구\n"
    assert [e.local for e in _entries(text)] == ["2023-03-04T09:10", "2023-03-04T09:40"]
    # with no weekday after it, dots stay day first
    assert [e.local for e in _entries("# Log\n\n- 23.03.04 09:10 server down\n")] == [
        "2004-03-23T09:10"]


def test_a_date_marking_an_added_passage_is_not_the_storys_day() -> None:
    text = ("# Login outage on April 29, 2024\n\n"
            "We are still notifying users. **[Update 5/2/24]**: all users have been told.\n\n"
            "## Timeline\n\nThe incident ran from 09:10 to 10:40 am (all times UTC).\n\n"
            "- 09:10 am - logins fail\n- 10:40 am - logins restored\n")
    got = [e for e in timeline_from_text(text, "w.md").events if e.clock is not None]
    assert {e.local[:10] for e in got} == {"2024-04-29"}


def test_a_page_last_updated_on_a_day_still_dates_its_log() -> None:
    # "Last updated <date>" dates the page and its undated log; only a bracketed edit mark
    # ("[Update 5/2/24]") is a passage's own later day
    text = ("# Water main burst\n\nLast updated 14/06/2024.\n\n"
            "* 08:05 crews on site\n* 09:40 valve closed\n")
    assert {e.local[:10] for e in _entries(text)} == {"2024-06-14"}


def test_a_title_naming_a_nights_two_days_iso_style_dates_the_entries_across_midnight() -> None:
    text = ("# Storage array failover (2023-11-04/05)\n\n## Timeline\n\n"
            "- 22:40 UTC: controller A stops answering\n- 23:10 UTC: failover started\n"
            "- 00:25 UTC: volumes back online\n")
    got = _entries(text)
    assert [e.local for e in got] == ["2023-11-04T22:40", "2023-11-04T23:10",
                                      "2023-11-05T00:25"]


def test_a_dated_level_two_heading_opening_the_page_is_its_title_not_a_days_heading() -> None:
    # the page's first line, a date and a name: its title. The prose below keeps its times
    text = ("## 2024-02-11 Queue outage\n\n"
            "Between 09:10 UTC and 10:40 UTC the queue rejected every write.\n")
    got = [e for e in timeline_from_text(text, "w.md").events if e.clock is not None]
    assert [(e.line, e.local) for e in got] == [(3, "2024-02-11T09:10"), (3, "2024-02-11T10:40")]
    # the same heading below the page's title heads a day's entries
    text = "# Queue outages\n\n## 2024-02-11 Queue outage\n\n- 09:10 UTC: writes rejected\n"
    assert [e.local for e in _entries(text)] == ["2024-02-11", "2024-02-11T09:10"]


STATUS_PAGE_WITH_POSTMORTEM = """Delayed webhook delivery
Incident Report for Example Hooks

Postmortem
Between 09:12 and 09:40 UTC webhooks were queued instead of delivered, after a broker
restart left one partition without a leader.
Posted Jun 12, 2023 - 16:05 UTC

Resolved
Deliveries have been normal for an hour. This incident is resolved.
Posted Jun 10, 2023 - 11:02 UTC
Monitoring
A fix is in place and the queue is draining.
Posted Jun 10, 2023 - 09:58 UTC
Investigating
We are looking into delayed webhook deliveries.
Posted Jun 10, 2023 - 09:31 UTC
"""


def test_a_status_pages_postmortem_is_dated_by_the_incidents_updates_not_its_own_post() -> None:
    # the postmortem went up two days later, closed by its own "Posted" stamp; its times are
    # the incident's, on the day of the updates below it
    got = [e for e in timeline_from_text(STATUS_PAGE_WITH_POSTMORTEM, "w.md").events
           if e.line == 5 and e.clock is not None]
    assert [e.local for e in got] == ["2023-06-10T09:12", "2023-06-10T09:40"]


def test_a_time_after_the_newest_update_keeps_the_postmortems_own_day() -> None:
    # the times fall after the newest update's: nothing puts them on that day
    text = STATUS_PAGE_WITH_POSTMORTEM.replace("Between 09:12 and 09:40", "Between 12:12 and 12:40")
    got = [e for e in timeline_from_text(text, "w.md").events
           if e.line == 5 and e.clock is not None]
    assert [e.local[:10] for e in got] == ["2023-06-12", "2023-06-12"]


def test_a_time_told_as_yesterdays_under_a_notes_own_date_is_the_day_before() -> None:
    text = ("12 March 2024\n\n"
            "Yesterday afternoon at 15:40 UTC our mail relay stopped accepting connections. "
            "It was restarted at 16:05 UTC and has been stable since.\n\n"
            "The queue drained by 17:10 UTC yesterday.\n")
    got = [e.local for e in timeline_from_text(text, "w.md").events if e.clock is not None]
    assert got == ["2024-03-11T15:40", "2024-03-11T16:05", "2024-03-11T17:10"]


def test_yesterday_beside_a_time_dated_by_an_entry_shifts_nothing_twice() -> None:
    # under a day heading, the times are that day's; "yesterday's" names a thing, not a day
    text = ("## 12 March 2024 (UTC)\n\n- 15:40 relay stopped\n"
            "- 16:05 yesterday's config restored\n")
    got = [e.local for e in timeline_from_text(text, "w.md").events if e.clock is not None]
    assert got == ["2024-03-12T15:40", "2024-03-12T16:05"]


def test_the_day_of_a_next_update_announced_in_a_status_log_dates_no_update_after_it() -> None:
    # newest first; the announced 09:00 is the top update's time, whose day it would pass on
    text = ("# Hosting outage\n\n## Updates\n\n"
            "2024-05-15 09:00 UTC - Power is back and all hosts are up.\n\n"
            "2024-05-14 18:10 UTC - Generators failed to start; waiting on the site.\n\n"
            "Our next update will be at 09:00UTC Wednesday at the earliest.\n\n"
            "17:30 UTC - The site lost utility power.\n\n"
            "16:55 UTC - We are investigating unreachable hosts.\n")
    got = [e.local for e in _entries(text)]
    assert got[-2:] == ["2024-05-14T17:30", "2024-05-14T16:55"]


def test_a_zone_name_then_a_dash_and_its_abbreviation_in_one_parenthesis_is_the_zone() -> None:
    text = ("# Rack power work\n\nThe work runs from 01:00 to 06:30 on Sunday 7th July 2024 "
            "(UK Time – BST).\n\n## Timeline\n\n- 01:00: racks powered down\n"
            "- 06:10: racks powered up\n")
    got = timeline_from_text(text, "w.md").events
    assert [e.utc.isoformat() if e.utc else None for e in got if e.clock is not None] == [
        "2024-07-07T00:00:00+00:00", "2024-07-07T05:30:00+00:00",
        "2024-07-07T00:00:00+00:00", "2024-07-07T05:10:00+00:00"]
    # the name says which BST: no Bangladesh reading is offered
    assert not any("Bangladesh" in note for e in got for note in e.assumed)
    # an American name beside its summer abbreviation
    text = "# Deploy\n\nAt 14:05 (Pacific Time - PDT) on 3 June 2024 the deploy began.\n"
    (event,) = [e for e in timeline_from_text(text, "w.md").events if e.clock is not None]
    assert event.utc is not None and event.utc.isoformat() == "2024-06-03T21:05:00+00:00"


def test_the_nordic_word_for_oclock_makes_the_hour_after_it_a_clock() -> None:
    text = ("# Driftstörning i fibernätet, 7 maj 2024\n\nStörningen började kl 6 på morgonen "
            "och Kl. 9 var de flesta kunder uppkopplade igen. Klockan 14.20 var allt klart "
            "(svensk tid, CEST).\n")
    got = [e for e in timeline_from_text(text, "w.md").events if e.clock is not None]
    assert [(e.clock.hour, e.clock.minute) for e in got if e.clock] == [(6, 0), (9, 0), (14, 20)]
    # a number after the word that is no hour of the day stays a number
    text = "# Nät\n\nVi bytte kl 25 kablar och kl 2015 års router.\n"
    assert [e for e in timeline_from_text(text, "w.md").events if e.clock is not None] == []


def test_a_parenthesis_giving_the_zone_then_times_declares_it() -> None:
    text = ("# Mail outage\n\nMail bounced from 06:10 to 07:25 on 9 May 2024 (CET times).\n\n"
            "## Timeline\n\n- 06:10 first bounces\n- 07:25 relay restored\n")
    got = _entries(text)
    assert [e.at.in_timezone("UTC").isoformat() for e in got] == [
        "2024-05-09T05:10:00+00:00", "2024-05-09T06:25:00+00:00"]
    # a parenthesis counting times, or naming no zone, declares none
    for aside in ("(three times)", "(local times)"):
        plain = text.replace("(CET times)", aside)
        assert all(e.zone is None for e in _entries(plain)), aside


def test_a_status_log_saved_with_the_age_before_each_posting_stamp() -> None:
    # a page saved from the browser keeps the age it showed before each stamp
    text = ("Payments delayed\n\nIncident Report for Acme Pay\n\n"
            "Payouts are flowing again and the backlog is cleared.\n"
            "Posted over 3 years ago. Mar 4, 2021 - 18:20 PST\n"
            "A stuck batch job was restarted.\n"
            "Posted 3 years ago · Mar 4, 2021 - 17:45 PST\n"
            "We are looking into delayed payouts.\n"
            "Posted about 3 years ago. Mar 4, 2021 - 17:05 PST\n")
    got = _entries(text)
    assert [e.local[11:16] for e in got] == ["18:20", "17:45", "17:05"]
    assert got[0].phase == "resolution"


@pytest.mark.parametrize(("text", "day"), [
    # words over two paragraphs, then "Posted ...": the stamp below is the update's own
    ("Brief outage (12 minutes)\nIncident Report for Acme\nPostmortem\n\n"
     "We think the cache ran out of memory and will resize it.\n\n"
     "Posted Jun 12, 2024 - 09:30 EDT\n\nResolved\n"
     "Between 3:05 PM and 3:17 PM the site returned errors.\n\n"
     "We have opened a ticket with the provider.\n"
     "Posted Jun 10, 2024 - 15:40 EDT\n", "2024-06-10"),
    # a postmortem posted days after the updates below it keeps their day
    ("Slow logins\nIncident Report for Acme\n\n"
     "From 7:10 AM Pacific Time a bad index slowed every login; by 9:25 AM Pacific "
     "Time it was rebuilt.\n\nPosted Jun 14, 2024 - 16:00 PDT\n\n"
     "Logins are fast again.\nPosted Jun 12, 2024 - 09:40 PDT\n"
     "We are rebuilding an index.\nPosted Jun 12, 2024 - 08:15 PDT\n", "2024-06-12"),
])
def test_a_time_in_a_posted_update_takes_the_day_of_the_stamp_that_closes_it(
        text: str, day: str) -> None:
    told = [e for e in timeline_from_text(text, "w.md").events if e.source == "summary"
            and e.clock is not None]
    assert [e.local[:10] for e in told] == [day, day]


def test_updated_in_a_nordic_language_opens_each_update_of_a_paragraph() -> None:
    # one paragraph, each line an update: "Updated at 10:29:" in Norwegian and Icelandic
    text = ("Strømbrudd i datasenteret\n"
            "Kl. 22:40 mistet vi strømmen i datasenteret.\n"
            "Oppdatert kl: 07:15: Alle tjenester var oppe igjen etter en halvtime.\n"
            "Oppdatert kl. 09:50: Leverandøren fant en feil i UPS-anlegget.\n"
            "Uppfært kl. 11:05: Varaaflið var prófað aftur.\n")
    got = _entries(text)
    assert [e.local[-5:] for e in got] == ["07:15", "09:50", "11:05"]


def test_a_verb_of_starting_between_a_date_and_its_clock_keeps_them_one_stamp() -> None:
    # "<date> starting at approximately <time> until <time>": a window opening its line
    for verb in ("starting at approximately", "beginning around", "commencing at"):
        text = ("# Mail outage report, 3 May 2024\n\nTimeline of the event\n\n"
                f"May 3, 2024 {verb} 9:12 PM until 9:58 PM UTC\n")
        got = _entries(text)
        assert [e.local for e in got] == ["2024-05-03T21:12", "2024-05-03T21:58"], verb
    # in prose, the verb inside the stamp still tells the onset
    text = ("# Mail outage report\n\nOn Friday, May 3, 2024, beginning at approximately "
            "9:12 PM UTC, outgoing mail queued.\n")
    got = [e for e in timeline_from_text(text, "w.md").events if e.clock is not None]
    assert [(e.local, e.phase) for e in got] == [("2024-05-03T21:12", "start")]
    # "starting" then words, not a clock: the date stands alone
    assert scan_document_line("May 3, 2024 starting the migration at 9:12 PM")[0].clock is None


def test_a_printed_pages_footer_is_no_moment_of_the_incident() -> None:
    # an export printed from a browser: the page's number and when it was printed
    for footer in ("2 of 3 26.03.2026, 15:37", "Page 1 of 2  17.04.2025, 08:03",
                   "4/17/25, 8:03 AM Page 1 of 2"):
        text = ("# Build cluster outage\n\n## Timeline\n\n- Mar 5, 2026 9:10 PM paged\n\n"
                f"{footer}\n\n- 9:40 PM resolved\n")
        got = _entries(text)
        assert [e.local for e in got] == ["2026-03-05T21:10", "2026-03-05T21:40"], footer
    # an entry that counts nodes is no footer: its stamp is read
    text = ("# Build cluster outage\n\n## Timeline\n\n- Mar 5, 2026 9:10 PM paged\n\n"
            "2 of 3 nodes back 06.03.2026, 01:15 after the reboot\n")
    assert any(e.line == 7 and e.local == "2026-03-06T01:15"
               for e in timeline_from_text(text, "w.md").events)


def test_italian_month_abbreviations_in_a_table_date_each_row() -> None:
    # "set", "ago", "gen" are English words: months only between a day and a year
    text = ("# Guasto al database\n\n## Cronologia\n\n| Data | Ora | Evento |\n|---|---|---|\n"
            "| 3 Set 2024 | 23:50 | allarme sul disco |\n"
            "| 4 Set 2024 | 00:20 | ripristino |\n"
            "| 12 Ott 2024 | 09:00 | revisione |\n"
            "| 2 lug 2025 | 10:15 | verifica |\n")
    assert [e.local for e in _entries(text)] == [
        "2024-09-03T23:50", "2024-09-04T00:20", "2024-10-12T09:00", "2025-07-02T10:15"]


@pytest.mark.parametrize("line", ["- 09:10 we set 2024 as the cutoff", "- 09:10 3 days ago"])
def test_english_words_that_abbreviate_a_month_elsewhere_date_nothing(line: str) -> None:
    text = f"# Outage on 2023-05-02\n\n## Timeline\n\n{line}\n- 09:40 recovered\n"
    assert [e.local for e in _entries(text)] == ["2023-05-02T09:10", "2023-05-02T09:40"]


def test_a_heading_of_on_and_a_month_and_day_dates_the_entries_under_it() -> None:
    text = ("# Replication lag, March 2022\n\n### On 3/8\n\n- 6:40pm ET: DNS began failing\n"
            "- 7:15pm ET: resolvers restarted\n\n**On 3/9:**\n\n- 9:02am ET: lag cleared\n")
    got = [e.local for e in timeline_from_text(text, "w.md").events if e.clock is not None]
    assert got == ["2022-03-08T18:40", "2022-03-08T19:15", "2022-03-09T09:02"]


@pytest.mark.parametrize("line", ["Ratio on 3/8", "We ran on 3/8"])
def test_on_and_a_month_and_day_after_other_words_stay_unread(line: str) -> None:
    assert scan_document_line(line) == []


def test_an_unlabelled_update_told_in_paragraphs_keeps_them_all_over_its_stamp() -> None:
    text = ("Search delays\nIncident Report for Examplecorp\n"
            "Search results are current again and indexing has fully recovered.\n\n"
            "The delay came from a stuck shard migration that blocked the indexer.\n\n"
            "We will publish a review; thanks for your patience.\n"
            "Posted Mar 14, 2024 - 16:10 UTC\n"
            "We have paused the migration and the backlog is draining.\n"
            "Posted Mar 14, 2024 - 15:40 UTC\n"
            "We are investigating delays in search results.\n"
            "Posted Mar 14, 2024 - 15:05 UTC\n")
    entries = _entries(text)
    assert [e.local for e in entries] == [
        "2024-03-14T16:10", "2024-03-14T15:40", "2024-03-14T15:05"]
    assert entries[0].text.startswith("Search results are current again")
    assert entries[0].phase == "resolution"
    assert "Examplecorp" not in entries[0].text  # the title's line is no update's words


def test_the_korean_next_day_before_an_entrys_clock_moves_it_a_day() -> None:
    text = "# 점검 안내\n\n- 2025-03-01 23:40 점검 시작\n- 익일 01:15 점검 완료\n"
    assert [e.local for e in _entries(text)] == ["2025-03-01T23:40", "2025-03-02T01:15"]


@pytest.mark.parametrize("announced", [
    "Next update: 9.30am.",
    "We will post our next update at 21:00.",
    "A further update will be given by 8pm.",
])
def test_the_time_of_the_next_update_announced_is_no_moment_of_the_incident(
        announced: str) -> None:
    text = ("# Campus network outage\n\nUpdate 2: Monday 19 February 2024, 6.30pm\n\n"
            f"Links are stabilising and services are coming back. {announced}\n")
    clocks = [e.local for e in timeline_from_text(text, "w.md").events if e.clock is not None]
    assert clocks == ["2024-02-19T18:30"]


@pytest.mark.parametrize(("line", "local"), [
    ("[Updated: 4/23 10:00] The database is back in service.", "2024-04-23T10:00"),
    ("Posted: 11/3 18:20 - engineers are on site", "2024-11-03T18:20"),
])
def test_a_year_less_month_and_day_after_a_labels_colon_dates_its_clock(line: str,
                                                                       local: str) -> None:
    text = f"# Database trouble in 2024\n\n{line}\n"
    clocked = [e for e in timeline_from_text(text, "w.md").events if e.clock is not None]
    assert [e.local for e in clocked] == [local]


def test_a_days_zone_in_parentheses_before_its_separator_keeps_the_item_an_entry() -> None:
    text = ("# Token leak\n\n## Timeline\n\n- 4 March 2024 (UTC): leaked token reported\n"
            "- 5 March 2024 (UTC+1): token revoked\n- 7 March 2024: customers notified\n")
    entries = _entries(text)
    assert [e.local for e in entries] == ["2024-03-04", "2024-03-05", "2024-03-07"]
    assert [e.text for e in entries][:2] == ["leaked token reported", "token revoked"]
