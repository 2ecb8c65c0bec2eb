"""Tests for resolution: from small Markdown documents to instants, with what was assumed."""

from __future__ import annotations

import datetime as dt

import pytest

from pmlint.timeline.document import timeline_from_text
from pmlint.timeline.model import Event, Timeline
from pmlint.timeline.normalise import Options
from pmlint.timeline.when import read_expression
from pmlint.timeline.zones import parse_zone_option


def resolve(text: str, **options: object) -> Timeline:
    return timeline_from_text(text, "pm.md", Options(**options))  # type: ignore[arg-type]


def entries(timeline: Timeline) -> list[Event]:
    return [e for e in timeline.events if e.source == "timeline"]


def noted(event: Event, words: str) -> bool:
    return any(words in note for note in event.assumed)


def iso(event: Event) -> str | None:
    return None if event.at is None else event.at.isoformat()


def utc(event: Event) -> str | None:
    return None if event.utc is None else event.utc.isoformat()


# --- dates --------------------------------------------------------------------------------------

CARRIED = """# Checkout outage

## Timeline

- 2023-05-10 09:00 UTC: deploy started
- 09:30 UTC: alert fired
- 10:15: rolled back
"""


def test_date_carried_forward_across_time_only_bullets() -> None:
    first, second, third = entries(resolve(CARRIED))
    assert (first.local, iso(first)) == ("2023-05-10T09:00", "2023-05-10T09:00:00+00:00")
    assert first.assumed == ()
    assert first.phase == "trigger"

    assert second.local == "2023-05-10T09:30"
    assert iso(second) == "2023-05-10T09:30:00+00:00"
    assert noted(second, "date carried from line 5")
    assert second.phase == "detection"

    assert third.local == "2023-05-10T10:15"
    assert utc(third) == "2023-05-10T10:15:00+00:00"
    assert noted(third, "date carried from line 6")
    assert noted(third, "zone UTC carried from line 6")
    assert third.phase == "mitigation"
    assert {e.source for e in (first, second, third)} == {"timeline"}


ROLLOVER_FROM_SUMMARY = """The outage began on May 10, 2023.

## Timeline

- 11:30 PM UTC: alerts fired
- 11:50 PM: engineer paged
- 12:10 AM: rollback began
"""

ROLLOVER_DATED_FIRST = """## Timeline

- May 10, 2023 11:30 PM UTC: alerts fired
- 11:50 PM: engineer paged
- 12:10 AM: rollback began
"""


def _check_rollover(timeline: Timeline) -> None:
    first, second, third = entries(timeline)
    assert first.local == "2023-05-10T23:30"
    assert second.local == "2023-05-10T23:50"
    assert not noted(second, "next day")
    assert third.local == "2023-05-11T00:10"
    assert iso(third) == "2023-05-11T00:10:00+00:00"
    assert noted(third, "next day assumed")
    assert third.phase == "mitigation"


def test_midnight_rollover_with_date_from_summary() -> None:
    timeline = resolve(ROLLOVER_FROM_SUMMARY)
    _check_rollover(timeline)
    assert noted(entries(timeline)[0], "the incident start")


def test_midnight_rollover_after_a_dated_first_bullet() -> None:
    _check_rollover(resolve(ROLLOVER_DATED_FIRST))


@pytest.mark.parametrize(("start", "end", "rolled"), [
    ("11:00 PM", "1:00 AM", True),  # overnight: the end is the next morning
    ("8:00 PM", "8:00 AM", True),  # 12 hours back: still read as overnight
    ("2:00 PM", "1:00 PM", False),  # an hour back: a mistake for the rules, not a new day
])
def test_undated_end_field_before_its_start_field(start: str, end: str, rolled: bool) -> None:
    text = f"Date: June 1, 2023\nStart Time: {start} UTC\nEnd Time: {end} UTC\n"
    *_, first, last = resolve(text).events
    assert last.at is not None and first.at is not None
    assert (last.at.date() == dt.date(2023, 6, 2)) is rolled
    assert noted(last, "ends the incident, gives no date") is rolled


@pytest.mark.parametrize("first", ["June 2, 2023 00:40", "00:40"])
def test_short_newest_first_timeline_across_midnight(first: str) -> None:
    text = (f"## Timeline\n- {first} UTC: restored\n- 00:10 UTC: rolled back\n"
            "- 23:50 UTC: alert fired\n- 23:20 UTC: deploy\n")
    timeline = resolve(text)
    minutes = [e.order_minutes for e in entries(timeline)]
    assert minutes == sorted(minutes, reverse=True)  # every step goes back in time
    assert minutes[0] - minutes[-1] == 80  # and the whole story is 80 minutes, not a day
    if first.startswith("June"):
        assert [e.local[:10] for e in entries(timeline)] == ["2023-06-02"] * 2 + ["2023-06-01"] * 2


def test_rollover_when_second_entry_is_already_after_midnight() -> None:
    text = """## Timeline

- 2023-05-10 23:50 UTC: engineer paged
- 00:10: rollback began
"""
    _, second = entries(resolve(text))
    assert second.local == "2023-05-11T00:10"
    assert utc(second) == "2023-05-11T00:10:00+00:00"
    assert noted(second, "next day assumed")


NIGHT_IN_PROSE = """# Queue backlog, 9 February 2025

All times are in UTC.

The nightly import job stalled at {late}, and the backlog alarm went off ten minutes later.

Engineers restarted the consumers at {after}{between}. The backlog was drained at {last}.
"""


@pytest.mark.parametrize(("late", "after", "between", "last", "days"), [
    # a story told in paragraphs goes on past midnight: the next day
    ("11:20 PM", "12:05 AM", "", "1:40 AM", ["2025-02-09", "2025-02-10", "2025-02-10"]),
    ("23:35", "00:50", "", "02:15", ["2025-02-09", "2025-02-10", "2025-02-10"]),
    # a large step back on the clock is not a night going on: the same day, for the rules
    ("11:20 PM", "9:00 AM", "", "10:30 AM", ["2025-02-09", "2025-02-09", "2025-02-09"]),
    # a date written in between governs the times after it
    ("23:35", "00:50", " on 9 February", "02:15", ["2025-02-09", "2025-02-09", "2025-02-09"]),
])
def test_prose_story_runs_past_midnight(late: str, after: str, between: str, last: str,
                                        days: list[str]) -> None:
    text = NIGHT_IN_PROSE.format(late=late, after=after, between=between, last=last)
    told = [e for e in resolve(text).events if e.clock is not None]
    assert [e.local[:10] for e in told] == days
    # the first time past midnight says why; the times after it carry its date
    rolled = [noted(e, "next day assumed") for e in told]
    assert rolled == [False, days[1] != days[0], False]


NIGHT_ACROSS_PARTS = """# Ledger service incident

## What happened

On 14 November 2025 at 21:40 UTC the ledger writers began timing out.

## {heading}

{words} 00:55 UTC {rest}
"""


@pytest.mark.parametrize(("heading", "words", "rest", "day"), [
    # a part under its own heading goes on with the evening's story, past midnight
    ("Recovery", "The replica was promoted at", "and writes succeeded again.", "2025-11-15"),
    ("How we fixed it", "By", "the queue was empty.", "2025-11-15"),
    # the words say the time steps back: the same day, whatever the heading
    ("Root cause", "Earlier that day, at", "a schema change went out.", "2025-11-14"),
    ("Root cause", "Before that, around", "a schema change went out.", "2025-11-14"),
])
def test_prose_under_a_new_heading_goes_on_past_midnight(heading: str, words: str, rest: str,
                                                         day: str) -> None:
    text = NIGHT_ACROSS_PARTS.format(heading=heading, words=words, rest=rest)
    told = [e for e in resolve(text).events if e.clock is not None]
    assert [e.local[:10] for e in told] == ["2025-11-14", day]


TWELVE_HOUR_PROSE = """# Search index outage, 21 October 2024

Times below are US Central (CDT).

Indexing stalled at {first}. The on-call engineer joined the bridge at {second} and failed the
cluster over at {third}.{extra}
"""


@pytest.mark.parametrize(("first", "second", "third", "extra", "locals_"), [
    # AM/PM written once, left off the times that follow it closely: the same half of the day
    ("4:05 PM", "4:18", "5:02", "",
     ["2024-10-21T16:05", "2024-10-21T16:18", "2024-10-21T17:02"]),
    ("11:40 AM", "12:10", "1:25", "",
     ["2024-10-21T11:40", "2024-10-21T12:10", "2024-10-21T13:25"]),
    # twelve o'clock after a time just past midnight is still the night's
    ("12:02 AM", "12:09", "12:40", "",
     ["2024-10-21T00:02", "2024-10-21T00:09", "2024-10-21T00:40"]),
    # past midnight, the next day
    ("11:35 PM", "11:52", "12:15", "",
     ["2024-10-21T23:35", "2024-10-21T23:52", "2024-10-22T00:15"]),
    # a leading zero is a 24-hour clock's: not read into the afternoon
    ("4:05 PM", "04:18", "05:02", "",
     ["2024-10-21T16:05", "2024-10-21T04:18", "2024-10-21T05:02"]),
    # prose that writes a 24-hour clock elsewhere keeps every bare time as written
    ("4:05 PM", "4:18", "5:02", " The review met at 17:30.",
     ["2024-10-21T16:05", "2024-10-21T04:18", "2024-10-21T05:02", "2024-10-21T17:30"]),
])
def test_prose_in_twelve_hour_times_leaves_am_pm_off_what_follows(
        first: str, second: str, third: str, extra: str, locals_: list[str]) -> None:
    text = TWELVE_HOUR_PROSE.format(first=first, second=second, third=third, extra=extra)
    told = [e for e in resolve(text).events if e.clock is not None]
    assert [e.local for e in told] == locals_
    continued = locals_[1][11:] != second.zfill(5)
    assert noted(told[1], "read as") == continued


def test_the_next_morning_after_a_night_told_through_is_that_days() -> None:
    text = """# Payments outage, 2 June 2024

All times UTC.

The settlement batch failed at 11:20 PM. Engineers were still working on it at 1:10 AM,
when they paused for the night. The next morning at 9:30 AM the batch was rerun.
Support was told the following morning at 10:00 AM that every payment had settled.
"""
    told = [e for e in resolve(text).events if e.clock is not None]
    assert [e.local for e in told] == ["2024-06-02T23:20", "2024-06-03T01:10",
                                       "2024-06-03T09:30", "2024-06-04T10:00"]


DAY_TOLD_AROUND_THE_TIME = """# Mail relay incident, 5 November 2023

All times CET.

The relay queue backed up at 16:40 and was cleared at 18:05. {told}
"""


@pytest.mark.parametrize(("told", "local"), [
    # the words after a prose time say the next day
    ("Postmaster checks ran again at 08:15 the next day.", "2023-11-06T08:15"),
    ("A second backlog formed at 13:20 the following afternoon.", "2023-11-06T13:20"),
    # the day written after the words that say it is the next
    ("It failed again at 09:50 on the following day, Monday 6 November.", "2023-11-06T09:50"),
    # the night after the day told: its small hours are the next day's
    ("The relays were patched that night at 01:30.", "2023-11-06T01:30"),
    ("Later that same night, around 03:10, the spool was compacted.", "2023-11-06T03:10"),
    # an evening hour of that night is still the day's; a sentence's end parts the words
    ("The relays were patched that night at 22:30.", "2023-11-05T22:30"),
    ("Checks ran again at 19:15. The next day nothing was found.", "2023-11-05T19:15"),
])
def test_the_day_told_around_a_prose_time(told: str, local: str) -> None:
    events = [e for e in resolve(DAY_TOLD_AROUND_THE_TIME.format(told=told)).events
              if e.clock is not None]
    assert events[-1].local == local


@pytest.mark.parametrize(("text", "locals_"), [
    # a weekday of another language in a sentence, joined to its clock by a word for "at"
    # or a comma, steps the day from the date told before it
    ("Le service est tombé le lundi 3 mars 2025 à 22h10. Il est revenu puis mardi à 6h45, "
     "et encore mercredi, 9h30.",
     ["2025-03-03T22:10", "2025-03-04T06:45", "2025-03-05T09:30"]),
    ("De storing begon op vrijdag 7 februari 2025 om 23:05 en was voorbij op zondag om "
     "14:20.", ["2025-02-07T23:05", "2025-02-09T14:20"]),
    # a weekday that is also a common word stays unread in a sentence
    ("A falha começou em 3 de março de 2025 às 22h10; a segunda às 23h00 foi menor.",
     ["2025-03-03T22:10", "2025-03-03T23:00"]),
])
def test_a_foreign_weekday_in_a_sentence_steps_the_day(text: str, locals_: list[str]) -> None:
    told = [e for e in resolve(text).events if e.clock is not None]
    assert [e.local for e in told] == locals_


def test_a_numbered_press_release_dates_its_yesterday_and_this_morning() -> None:
    text = """# Regional transit authority

Press release No. 4/2023 of 12 May 2023

Ticket machines failed across the network from 10 May at 16:20 until yesterday at 18:00.
Card payments work again since this morning at 07:30.
"""
    told = [e for e in resolve(text).events if e.clock is not None]
    assert [e.local for e in told] == ["2023-05-10T16:20", "2023-05-11T18:00",
                                       "2023-05-12T07:30"]
    assert resolve(text).events[0].phase == "other"


@pytest.mark.parametrize(("words", "phase"), [
    # a step forecast to begin has not begun: no onset of the incident
    ("the cable splice was expected to start around 19:30 UTC", "other"),
    ("a second crew is estimated to begin at 19:30 UTC", "other"),
    # one that began is
    ("packet loss started at 19:30 UTC", "start"),
])
def test_a_time_something_is_forecast_to_begin_at_is_no_start(words: str, phase: str) -> None:
    text = f"# Backbone cut\n\nOn 4 March 2025 {words}.\n"
    (event,) = [e for e in resolve(text).events if e.clock is not None]
    assert event.phase == phase


@pytest.mark.parametrize(("words", "phases"), [
    # a window promised or announced is neither the incident's start nor its end
    ("the vendor had said links would be back around 18:00-19:00 UTC, but the splice failed",
     ["other", "other"]),
    ("the portal will be offline from 22:00 to 23:30 UTC for the repair", ["other", "other"]),
    # one told happening is, a denied modal too
    ("the portal would not load from 22:00 to 23:30 UTC", ["start", "end"]),
    ("customers could not pay between 22:00 and 23:30 UTC", ["start", "end"]),
    # Korean and Japanese say the forecast after the times
    (": 오전 10시~11시 사이에 복구가 완료될 예정입니다", ["other", "other"]),
    (": 14時から15時までに復旧する見込みです", ["other", "other"]),
    (": 오전 10시~11시 사이에 접속이 되지 않았다", ["start", "end"]),
    (": 14時から15時まで停止しました", ["start", "end"]),
])
def test_a_forecast_window_marks_no_start_or_end(words: str, phases: list[str]) -> None:
    text = f"# Portal outage\n\nOn 4 March 2025 {words}.\n"
    assert [e.phase for e in resolve(text).events if e.clock is not None] == phases


@pytest.mark.parametrize(("end", "day"), [
    # a time its sentence says came hours after the one before: past midnight, the next day
    ("It drained at 9:05 AM UTC, about 14 hours later.", "2024-02-12"),
    ("Consumers caught up at 09:50 UTC some 15 hours later.", "2024-02-12"),
    # one that comes after the time before on its day stays on it
    ("It drained at 7:05 PM UTC, about 1 hour later.", "2024-02-11"),
])
def test_a_time_said_to_come_hours_later_takes_its_day(end: str, day: str) -> None:
    text = f"# Queue stall\n\nOn 2024-02-11 at 6:40 PM UTC the queue stalled. {end}\n"
    told = [e for e in resolve(text).events if e.clock is not None]
    assert told[-1].local[:10] == day


@pytest.mark.parametrize(("words", "day"), [
    # an update posted in the small hours tells of the evening before it
    ("Since 10:50 PM the old switch has been drained.", "2024-09-14"),
    # a time it forecasts is that day's, after the update
    ("We expect the new switch to be live by 10:50 PM.", "2024-09-15"),
])
def test_an_evening_under_an_update_of_the_small_hours(words: str, day: str) -> None:
    text = f"# Core switch swap\n\nUPDATE: 12:35AM 9/15/2024\n\n{words}\n"
    told = [e for e in resolve(text).events if e.line == 5]
    assert [e.local[:10] for e in told] == [day]


@pytest.mark.parametrize(("night", "day"), [
    # the small hours after a night named by two days fall on the second day
    ("the night of 3-4 March 2024", "2024-03-04"),
    ("the night of 3 March 2024", "2024-03-04"),
])
def test_the_small_hours_after_a_night_of_two_days(night: str, day: str) -> None:
    text = (f"# Flooded hub\n\nStorms on {night} cut the fibre.\n"
            "From 01:15 engineers were on site.\n")
    told = [e for e in resolve(text).events if e.clock is not None]
    assert [e.local[:10] for e in told] == [day]


@pytest.mark.parametrize(("summary", "days"), [
    # the table's first row repeats a moment the summary dated: the rows take that day
    ("Logins failed from 07:20 UTC. The bad config (pushed May 4, 23:40 PDT) broke them.",
     ["2025-05-04", "2025-05-05"]),
    # no such moment: the incident start's day, as before
    ("Logins failed from 07:20 UTC. The bad config broke them.",
     ["2025-05-05", "2025-05-06"]),
])
def test_a_time_only_tables_first_row_restating_a_dated_moment_takes_its_day(
        summary: str, days: list[str]) -> None:
    text = f"""# Login failures
## Review: May 5, 2025

{summary}

## Timeline (all times PDT)

| Time | Event |
|------|-------|
| 23:40 | Config pushed |
| 00:15 | Config rolled back |
"""
    rows = [e for e in resolve(text).events if e.source == "timeline"]
    assert [e.local[:10] for e in rows] == days


@pytest.mark.parametrize(("words", "onset"), [
    # the responders' work beginning is no onset of the incident
    ("the team began work at 19:30 UTC", False),
    ("the database team started an investigation at 19:30 UTC", False),
    ("we began the analysis at 19:30 UTC", False),
    ("the team began testing the fix at 19:30 UTC", False),
    ("support began drafting a customer notice at 19:30 UTC", False),
    # the incident's own onset is, named by a noun or not
    ("the investigation tool started failing at 19:30 UTC", True),
    ("an outage of the queue began at 19:30 UTC", True),
])
def test_the_response_beginning_is_no_onset(words: str, onset: bool) -> None:
    text = f"# Queue outage\n\nOn 4 March 2025 {words}.\n"
    phases = [e.phase for e in resolve(text).events if e.clock is not None]
    assert len(phases) == 1
    assert (phases[0] == "start") is onset


@pytest.mark.parametrize(("sentence", "phase"), [
    # a restoration reported by someone else: the restoration, not a detection
    ("On 4 March 2025 at 14:10 UTC the carrier reported that calls had returned to normal.",
     "resolution"),
    ("We were told by the carrier on 4 March 2025 and notified at about 14:10 UTC that they"
     " had resolved the fault.", "resolution"),
    # a problem reported: still its detection
    ("We were notified on 4 March 2025 at 14:10 UTC that calls were failing.", "detection"),
    ("On 4 March 2025 at 14:10 UTC the carrier reported that calls were dropping.",
     "detection"),
])
def test_a_reported_restoration_is_the_resolution(sentence: str, phase: str) -> None:
    text = f"# Voice outage\n\n{sentence}\n"
    phases = [e.phase for e in resolve(text).events if e.clock is not None]
    assert phases == [phase]


@pytest.mark.parametrize(("sentence", "phase"), [
    # a note on how things stand now, in parentheses, tells nothing of the time's step
    ("On 4 March 2025 a carrier fault (now resolved) was reported at 14:10 UTC.", "detection"),
    ("On 4 March 2025 a carrier fault (since fixed) began at 14:10 UTC.", "start"),
    # a step of its own in the parentheses still counts
    ("On 4 March 2025 a carrier fault was resolved (finally) at 14:10 UTC.", "resolution"),
])
def test_a_status_aside_in_parentheses_marks_no_phase(sentence: str, phase: str) -> None:
    text = f"# Voice outage\n\n{sentence}\n"
    phases = [e.phase for e in resolve(text).events if e.clock is not None]
    assert phases == [phase]


@pytest.mark.parametrize(("words", "phases"), [
    # hours kept every day, said beside the incident, are no step of it
    ("the colo's remote hands keep business hours, which start at 07:30 UTC", ["other"]),
    ("our vendor's hours of operation are 08:00 to 16:00 UTC", ["other", "other"]),
    ("the status desk is staffed from 06:00 to 22:00 UTC", ["other", "other"]),
    # the days a desk keeps its hours, before them: a schedule's, no event at all; "is open"
    # with the hours right after it
    ("call us on 555 0100 (Mon-Fri 8am-8pm UTC)", []),
    ("the support line is open 7am-10pm UTC", ["other", "other"]),
    ("the front office opens at 8 AM UTC and nobody was there", ["other"]),
    # hours kept daily, named right before their parenthesis or as "staffed" hours
    ("traffic spiked during peak hours (12:00 - 2:00 UTC)", ["other", "other"]),
    ("our desk (staffed 8am-6pm UTC) missed the page", ["other", "other"]),
    ("the outage (12:31 - 14:55 UTC) hit checkout", ["start", "end"]),
    # (a schedule's time is no event at all: see test_a_schedules_time_is_no_event)
    ("the cleanup cron fires every night at 03:15 UTC", []),
    # a moment of the incident keeps its step, business hours or not
    ("outside business hours the queue started failing at 03:15 UTC", ["start"]),
    ("the cleanup cron started at 03:15 UTC and locked the table", ["start"]),
    ("customers could not log in from 06:00 to 07:10 UTC", ["start", "end"]),
])
def test_standing_hours_mark_no_step(words: str, phases: list[str]) -> None:
    text = f"# Portal outage\n\nOn 4 March 2025 {words}.\n"
    assert [e.phase for e in resolve(text).events if e.clock is not None] == phases


def test_a_later_section_goes_on_from_the_last_day_of_a_span_of_days() -> None:
    text = """# Billing export post-mortem

## Timeline

### Background

**2 March 2025**
- The nightly export job is moved to the new scheduler.

**3 March - 9 March 2025**
- 04:00 Each night the export writes an empty file; nobody notices.

### The night it surfaced

**11:40 PM** Finance reports an empty ledger.
**11:52 PM** The on-call engineer finds the scheduler misconfigured.
"""
    told = [e for e in resolve(text).events if e.clock is not None]
    # under the span its first day; the next section, after the span, its last
    assert [e.local for e in told] == ["2025-03-03T04:00", "2025-03-09T23:40",
                                       "2025-03-09T23:52"]
    assert noted(told[1], "last day of the span of days")


def test_a_heading_span_of_days_dates_its_own_subsections_from_its_first_day() -> None:
    text = """# Cluster status log

### 14-15 March 2022

#### Switch maintenance

**Notice**: the core switches are rebooted on Monday evening between 21:00 and 23:00.
"""
    told = [e for e in resolve(text).events if e.clock is not None]
    assert [e.local[:10] for e in told] == ["2022-03-14", "2022-03-14"]


@pytest.mark.parametrize(("text", "offset"), [
    # daylight saving time spelled with its S: the daylight clock
    ("# Outage\n\nThe mail relay stopped at 2:15 PM EDST on 9 July 2024.\n", "-04:00"),
    # CDST is US Central's, or South Australia's where the text names the place
    ("# Outage\n\nRouting failed at 9:05am CDST on 8 July 2024.\n", "-05:00"),
    ("# Outage\n\nOur Adelaide exchange lost power at 9:05am CDST on 14 November 2024.\n",
     "+10:30"),
])
def test_daylight_saving_time_written_with_its_s(text: str, offset: str) -> None:
    (event,) = [e for e in resolve(text).events if e.clock is not None]
    assert iso(event) is not None and iso(event).endswith(offset)


@pytest.mark.parametrize(("lead", "local"), [
    ("Warnings had appeared as early as Friday around 17:45.", "2024-06-07T17:45"),
    ("Errors continued as late as Tuesday at 06:10.", "2024-06-11T06:10"),
    ("The status was green as of Wednesday 09:00.", "2024-06-12T09:00"),
])
def test_a_weekday_after_as_early_as_dates_its_clock(lead: str, local: str) -> None:
    text = f"# Portal outage\n\nOn Monday 10 June 2024 at 08:00 the portal failed. {lead}\n"
    told = [e for e in resolve(text).events if e.clock is not None]
    assert told[-1].local == local
    assert not any("around" in note or " at " in note for note in told[-1].assumed)


def test_a_date_called_yesterdays_makes_today_the_day_after() -> None:
    text = """# Two interruptions

Yesterday afternoon (4 March 2025) the booking site was down from 15:10 to 15:40.

What happened this morning at 08:20?

Bookings failed again this morning at 08:20, for ten minutes.
"""
    told = [e for e in resolve(text).events if e.clock is not None]
    assert [e.local for e in told] == ["2025-03-04T15:10", "2025-03-04T15:40",
                                       "2025-03-05T08:20", "2025-03-05T08:20"]


def test_small_step_back_is_not_a_new_day() -> None:
    text = """## Timeline

- 2023-05-10 10:00 UTC: alert fired
- 09:55: engineer paged
- 10:20: fixed
"""
    first, second, third = entries(resolve(text))
    assert first.local == "2023-05-10T10:00"
    assert second.local == "2023-05-10T09:55"
    assert iso(second) == "2023-05-10T09:55:00+00:00"
    assert not noted(second, "next day")
    assert third.local == "2023-05-10T10:20"
    assert third.phase == "resolution"


@pytest.mark.parametrize("text", [
    """The outage began on May 10, 2023.

## Timeline

- 18:00 UTC: service restored
- 15:00: rollback started
- 12:00: engineer paged
- 09:00: alert fired
""",
    """## Timeline

- 2023-05-10 18:00 UTC: service restored
- 15:00: rollback started
- 12:00: engineer paged
- 09:00: alert fired
""",
])
def test_newest_first_timeline_is_not_rolled_forward(text: str) -> None:
    events = entries(resolve(text))
    assert [e.local for e in events] == [
        "2023-05-10T18:00", "2023-05-10T15:00", "2023-05-10T12:00", "2023-05-10T09:00"]
    assert not any(noted(e, "next day") for e in events)
    assert [e.phase for e in events] == ["resolution", "mitigation", "escalation", "detection"]


def test_year_from_another_date_in_the_document() -> None:
    text = """The incident happened on March 3, 2023.

## Timeline

- Mar 4 09:00 UTC: alert fired
"""
    timeline = resolve(text)
    summary = timeline.events[0]
    assert (summary.source, summary.kind, summary.local) == ("summary", "prose", "2023-03-03")
    (event,) = entries(timeline)
    assert event.local == "2023-03-04T09:00"
    assert iso(event) == "2023-03-04T09:00:00+00:00"
    assert noted(event, "year 2023 from line 1")


def test_year_from_the_same_day_written_in_full_elsewhere() -> None:
    """A year-less day in a heading takes the year the text writes that same day with, not
    the first year the page shows (a member's joining date above the post)."""
    text = """# Outage of Saturday 12 October, 01:10 to 02:05

Posted by the ops desk (member since 3 April 2021, 08:12)

All services were unreachable on Saturday 12 October 2024 from 01:10 to 02:05 UTC.
"""
    heading = next(e for e in resolve(text).events if e.line == 1 and e.clock is not None)
    assert heading.local.startswith("2024-10-12T01:10")
    assert noted(heading, "year 2024 from line 5, which writes the same day with it")


def test_a_day_written_with_two_years_lends_neither() -> None:
    text = """# Review of 14 June, 10:00

Reported 9 May 2022.

The 14 June 2023 drill and the 14 June 2024 drill both failed at 10:00 UTC.
"""
    heading = next(e for e in resolve(text).events if e.line == 1 and e.clock is not None)
    assert heading.local.startswith("2022-06-14T10:00")
    assert noted(heading, "year 2022: the one nearest the date on line 3")


def test_no_year_anywhere_and_no_reference() -> None:
    (event,) = entries(resolve("## Timeline\n\n- Mar 4 09:00 UTC: alert fired\n"))
    assert event.local.startswith("--03-04")
    assert event.local == "--03-04T09:00"
    assert event.at is None and event.utc is None
    assert noted(event, "no year")


def test_time_without_date_and_without_reference() -> None:
    (event,) = entries(resolve("## Timeline\n\n- 09:00 UTC: alert fired\n"))
    assert event.local == "T09:00"
    assert event.at is None
    assert noted(event, "no date")


def test_reference_supplies_the_date() -> None:
    timeline = resolve("## Timeline\n\n- 09:00 UTC: alert fired\n", reference=dt.date(2023, 6, 1))
    (event,) = entries(timeline)
    assert event.local == "2023-06-01T09:00"
    assert iso(event) == "2023-06-01T09:00:00+00:00"
    assert noted(event, "from --reference")



@pytest.mark.parametrize(("written", "day"), [
    # the weekday written settles the year the reference only stands in for
    ("Friday the 13th of October", "2023-10-13"),
    ("Sunday, 2 March", "2025-03-02"),
    # a weekday that fits the reference's year keeps it
    ("Monday, 13 October", "2025-10-13"),
    # no weekday: the reference's year
    ("13 October", "2025-10-13"),
])
def test_a_weekday_settles_the_year_a_reference_gives(written: str, day: str) -> None:
    text = f"# Forum outage\n\nThe forum went down on {written} at 20:00 UTC.\n"
    (event,) = [e for e in resolve(text, reference=dt.date(2025, 11, 1)).events if e.clock]
    assert event.local[:10] == day


# --- zones --------------------------------------------------------------------------------------

DECLARED = """{declaration}

## Timeline

- 2023-05-10 09:00: alert fired
- 09:30: engineer paged
"""

@pytest.mark.parametrize("declaration", [
    "All times UTC.",
    "Times are UTC.",
    "Timezone: UTC",
    "The incident began on May 10, 2023. All times in UTC.",
    "All times are UTC.",
    "All times are in UTC.",
    "All times are shown in UTC.",
    "Everything below is in UTC.",
    "Everything is in UTC (there was no DST change).",
    "The timestamps below use UTC.",
    "Times use UTC throughout.",
    "(times UTC)",  # a parenthesis that says only whose clock
    "Report for the on-call rota (all timestamps UTC).",
    "Times given in UTC.",
    # a verb of quoting and the words "local time zone" before the zone named
    "Times are quoted in the local timezone, UTC, as the servers keep it.",
    "All times are stated in the local time zone (UTC).",
    "Timestamps are recorded in UTC.",
    # the future tense of a report written before the timeline under it
    "All times will be given in UTC to match the graphs below.",
    "Timestamps will be in UTC.",
    # a label with a parenthesis holding "all" and the zone only
    "Change window: (all UTC)",
    # the dates named beside the times
    "All times/dates below are in UTC unless noted.",
    "Times and dates are UTC.",
    "All timestamps & dates: UTC",
])
def test_zone_declared_once_applies_to_entries_without_one(declaration: str) -> None:
    timeline = resolve(DECLARED.format(declaration=declaration))
    first, second = entries(timeline)
    assert iso(first) == "2023-05-10T09:00:00+00:00"
    assert noted(first, "zone UTC declared on line 1")
    assert iso(second) == "2023-05-10T09:30:00+00:00"
    assert noted(second, "zone UTC declared on line 1")
    assert timeline.zone is not None and timeline.zone.label == "UTC"


@pytest.mark.parametrize("sentence", [
    "Everything was back to normal by the next morning.",
    "Everything is in order now.",
    "The timestamps below use the team's usual notation.",
    "(times approximate)",
    "Some steps took longer (times vary by region).",
    "All times listed are in the local time zone.",  # which zone, it does not say
    "The times will be reviewed in the retro.",
    "Replicas (all EU) lagged.",  # a parenthesis of "all" and a word that is no zone
])
def test_a_sentence_like_a_declaration_declares_nothing(sentence: str) -> None:
    timeline = resolve(DECLARED.format(declaration=sentence))
    assert timeline.zone is None
    assert all(e.zone is None for e in entries(timeline))


def test_a_later_statement_of_another_zone_holds_for_the_entries_after_it() -> None:
    # a page of two reports, each timeline under a line stating its zone; the first
    # statement does not hold for the whole page
    text = """Deploy freeze log (all times UTC)

- 2023-05-10 09:00: freeze announced
- 2023-05-10 09:30: freeze lifted

Storage report, 2023-02-01, all times are in Pacific Standard Time.

- 2023-02-01 07:15: volume goes read-only
- 2023-02-01 07:50: volume remounted

Quoted from the vendor, see https://status.example.com/?tz=UTC for their page.

- 2023-02-01 08:05: vendor confirms the fix
"""
    first, second, third, fourth, fifth = entries(resolve(text))
    assert iso(first) == "2023-05-10T09:00:00+00:00" and iso(second) == "2023-05-10T09:30:00+00:00"
    assert iso(third) == "2023-02-01T07:15:00-08:00"
    assert noted(third, "zone PST declared on line 6")
    assert iso(fourth) == "2023-02-01T07:50:00-08:00"
    # a link's address that holds "tz=UTC" states nothing
    assert iso(fifth) == "2023-02-01T08:05:00-08:00"


def test_entries_under_a_phase_heading_fall_within_its_hours() -> None:
    # "### 06:00-12:00 UTC: ..." headings over their bullets: each bullet comes after the
    # heading's end on the page but within its hours, on its day; "24:00" ends a day
    text = """## 2024-03-03

### 16:00-24:00 UTC: Recovery begins
- 16:10: validators restart
- 22:40: half of the blocks produced

## 2024-03-04

### 00:00-06:00 UTC: Participation climbs
- 00:20: another operator online
### 06:00-12:00 UTC: Cleanup
- 07:30: protection databases reset
- 11:00: the network finalizes
"""
    bullets = [e for e in entries(resolve(text)) if e.line in (4, 5, 10, 12, 13)]
    assert [iso(e) for e in bullets] == [
        "2024-03-03T16:10:00+00:00", "2024-03-03T22:40:00+00:00", "2024-03-04T00:20:00+00:00",
        "2024-03-04T07:30:00+00:00", "2024-03-04T11:00:00+00:00"]
    assert noted(bullets[3], "falls within the span on line 11")


def test_zone_declared_in_the_timeline_heading() -> None:
    text = "## Timeline (all times UTC)\n\n- 2023-05-10 09:00: alert fired\n"
    (event,) = entries(resolve(text))
    assert iso(event) == "2023-05-10T09:00:00+00:00"
    assert noted(event, "declared for the section")


def test_zone_declared_in_each_day_heading_of_the_timeline() -> None:
    # the log's own heading names no zone; each day's heading says it, for the lines below
    text = """## Timeline

### 2024-11-12 (all times CET)

- 22:40 backup job starts
- 23:55 backup job still running

### 2024-11-13 (all times CET)

- 00:30 storage alarm
"""
    stamps = [utc(e) for e in entries(resolve(text)) if e.clock is not None]
    assert stamps == ["2024-11-12T21:40:00+00:00", "2024-11-12T22:55:00+00:00",
                      "2024-11-12T23:30:00+00:00"]


def test_zone_in_full_width_parentheses_after_the_timeline_heading() -> None:
    # CJK text writes parentheses full width: "时间线（UTC+9）", "Timeline（UTC+9）"
    text = "## Timeline\uff08UTC+9\uff09\n\n- 2025-01-20 08:15: queue backed up\n"
    (event,) = entries(resolve(text))
    assert utc(event) == "2025-01-19T23:15:00+00:00"


@pytest.mark.parametrize("heading", [
    "## 时间线（UTC+8）", "### タイムライン（UTC+8）", "## 타임라인 (UTC+8)",
    "## Zeitverlauf (UTC+8)", "## Chronologie (UTC+8)", "## Cronología (UTC+8)",
    "## Linha do tempo (UTC+8)", "## Tidslinje (UTC+8)", "## Tijdlijn (UTC+8)",
    "## Aikajana (UTC+8)", "## Oś czasu (UTC+8)", "## Zeitlicher Ablauf (UTC+8)",
])
def test_timeline_heading_in_another_language_declares_its_zone(heading: str) -> None:
    # the word "timeline" in Chinese, Japanese, Korean, German, French, Spanish, Portuguese:
    # the zone in its parentheses is that of the rows below, as "## Timeline (UTC+8)" is
    text = f"# 缓存集群故障\n\n{heading}\n\n| 时间 | 事件 |\n|---|---|\n" \
           "| 2025-03-02 21:10 | 缓存命中率下降 |\n| 2025-03-02 21:45 | 回滚配置 |\n"
    stamps = [utc(e) for e in entries(resolve(text))]
    assert stamps == ["2025-03-02T13:10:00+00:00", "2025-03-02T13:45:00+00:00"]


def test_zone_carried_from_the_previous_entry() -> None:
    text = """## Timeline

- 2023-05-10 09:00 PST: alert fired
- 09:30: engineer paged
- 18:00 UTC: fixed
- 18:30: closed
"""
    first, second, third, fourth = entries(resolve(text))
    assert iso(first) == "2023-05-10T09:00:00-08:00"
    assert iso(second) == "2023-05-10T09:30:00-08:00"
    assert utc(second) == "2023-05-10T17:30:00+00:00"
    assert noted(second, "zone PST carried from line 3")
    assert iso(third) == "2023-05-10T18:00:00+00:00"
    assert iso(fourth) == "2023-05-10T18:30:00+00:00"
    assert noted(fourth, "zone UTC carried from line 5")


@pytest.mark.parametrize(("text", "expected"), [
    # a UTC date carried to a Pacific clock: 7:10 PM PDT is the evening before, 10 min later
    ("- 2023-05-10 02:00 UTC: deploy\n- 7:10 PM PDT: alert fired\n",
     "2023-05-10T02:10:00+00:00"),
    # a Pacific date carried to a European clock: 0:59 CET is already the next day there
    ("- Nov 30, 2017 4:23 PM PST: proxy out of memory\n- 0:59 CET: noticed\n",
     "2017-11-30T23:59:00+00:00"),
    # the same zone: nothing to convert
    ("- 2023-05-10 23:50 UTC: deploy\n- 23:55 UTC: alert fired\n",
     "2023-05-10T23:55:00+00:00"),
    # a summer evening labelled with its region's winter zone, then its own clock: 23:40
    # BST is the same evening as written (minutes before 23:30 GMT, which is 00:30 BST),
    # not the next one
    ("- 14 June 2024 23:30 GMT: cut-over begins\n- 23:40 BST: first switch done\n",
     "2024-06-14T22:40:00+00:00"),
    # a time hours before the moment on the date as written is that moment's next day
    ("- 14 June 2024 23:30 GMT: cut-over begins\n- 18:40 BST: first switch done\n",
     "2024-06-15T17:40:00+00:00"),
])
def test_a_date_carried_across_zones_is_that_moments_date(text: str, expected: str) -> None:
    _, second = entries(resolve("## Timeline\n" + text))
    assert utc(second) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no year anywhere: the conversion into Eastern time is past midnight, the next day there
    ("On Friday, Sept 13, between 10:05 and 10:50 PM Pacific (1:05 and 1:50 AM Eastern) "
     "the uploads stalled.\n", ["--09-13T22:05", "--09-13T22:50", "--09-14T01:05",
                                 "--09-14T01:50"]),
    # west of the first zone: the day before there (a rendering that is not the same
    # moment stays an event of its own)
    ("The relay dropped on 2 Feb at 00:20 CET (22:20 GMT) and again at 00:45 CET.\n",
     ["--02-02T00:20", "--02-01T22:20", "--02-02T00:45"]),
    # the same moment in both zones is one event
    ("The relay dropped on 2 Feb at 00:20 CET (23:20 GMT) and again at 00:45 CET.\n",
     ["--02-02T00:20", "--02-02T00:45"]),
    ("The relay dropped on 2 Feb at 14:20 CET (12:20 GMT).\n",
     ["--02-02T14:20", "--02-02T12:20"]),
])
def test_a_year_less_date_reaches_a_conversion_as_its_moments(
        text: str, expected: list[str]) -> None:
    clocks = [e.local for e in resolve(text).events if e.clock is not None]
    assert clocks == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no year: the UTC moment on a Pacific clock is the evening before, and the entries
    # after it, later than that moment, stay on that evening (no night passes)
    ("## Timeline\n\n- March 3 at 02:20 UTC: replica lag alert\n"
     "- At 6:40 PM PST the primary failed over\n- At 6:55 PM PST writes resumed\n",
     ["--03-03T02:20", "--03-02T18:40", "--03-02T18:55"]),
    # an entry earlier than that moment on the Pacific clock is the next day's, as before
    ("## Timeline\n\n- March 3 at 02:20 UTC: replica lag alert\n"
     "- At 1:10 PM PST the primary failed over\n",
     ["--03-03T02:20", "--03-03T13:10"]),
])
def test_a_year_less_moment_is_set_against_the_next_clock_in_its_zone(
        text: str, expected: list[str]) -> None:
    clocks = [e.local for e in resolve(text).events if e.clock is not None]
    assert clocks == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the date after a conversion in parentheses is the first clock's, and the conversion's
    ("The batch was fine on 1 July 2025 at 08:00 UTC.\n\nIt broke at 23:30 UTC "
     "(01:30 CEST) on 4 July, and recovered at 23:55 UTC.\n",
     ["2025-07-01T08:00:00+00:00", "2025-07-04T23:30:00+00:00", "2025-07-04T23:55:00+00:00"]),
    ("Fine on Jan 3, 2025.\n\nA second stall began at 6:10 PM EST (23:10 UTC), Jan 6, and "
     "ended at 6:40 PM EST.\n",
     ["2025-01-06T23:10:00+00:00", "2025-01-06T23:40:00+00:00"]),
    # words in the parentheses are no conversion: their date is not taken
    ("Fine on Jan 3, 2025.\n\nA stall began at 6:10 PM EST (the queue filled), Jan 6 "
     "was quiet.\n", ["2025-01-03T23:10:00+00:00"]),
])
def test_the_date_after_a_conversion_is_the_clocks(text: str, expected: list[str]) -> None:
    moments = [utc(e) for e in resolve(text).events if e.clock is not None]
    assert moments == expected


@pytest.mark.parametrize("told", [
    "On 3 March 2025 the export API was down from 01:30 to 21:10 UTC.",
    "On 3 March 2025 exports failed between 1:30 AM and 9:10 PM UTC.",
])
def test_a_time_told_after_a_stated_window_and_inside_it_is_that_day(told: str) -> None:
    # the times after the window retell moments inside it: no rollover past its end
    text = f"{told}\n\nWe noticed at 01:45 and a fix was live at 20:50.\n"
    later = [e for e in resolve(text).events if e.line == 3]
    assert [utc(e) for e in later] == ["2025-03-03T01:45:00+00:00", "2025-03-03T20:50:00+00:00"]


def test_a_time_told_after_a_window_and_before_its_start_is_still_the_next_day() -> None:
    text = ("The export API was down on 3 March 2025 from 21:30 to 23:10 UTC.\n\n"
            "The backlog cleared at 00:40.\n")
    (later,) = [e for e in resolve(text).events if e.line == 3]
    assert utc(later) == "2025-03-04T00:40:00+00:00"


@pytest.mark.parametrize(("text", "expected"), [
    # the date names the evening the night began on: its small hours are the next day's
    ("On the night of June 9th, 2025, at 2:15 AM UTC the indexer crashed.\n",
     ["2025-06-10T02:15:00+00:00"]),
    ("Maintenance ran overnight of 9 June 2025.\n\nThe indexer crashed at 02:15 UTC and "
     "was back at 03:05 UTC.\n", ["2025-06-10T02:15:00+00:00", "2025-06-10T03:05:00+00:00"]),
    ("Dans la nuit du 9 juin 2025, à 02:15 UTC, l'indexeur est tombé.\n",
     ["2025-06-10T02:15:00+00:00"]),
    # the evening of that night stays on its date, and the small hours after it roll on once
    ("On the night of June 9th, 2025, at 23:40 UTC the indexer crashed; at 00:30 UTC it was "
     "back.\n", ["2025-06-09T23:40:00+00:00", "2025-06-10T00:30:00+00:00"]),
    # an evening, or a weekday's night or evening, named with the date: the same
    ("Late in the evening of Monday, June 9, 2025, the disks filled up. At 2:15 AM UTC the "
     "indexer crashed.\n", ["2025-06-10T02:15:00+00:00"]),
    ("On Monday night, June 9, 2025, the disks filled up.\n\nThe indexer crashed at "
     "02:15 UTC.\n", ["2025-06-10T02:15:00+00:00"]),
    # no night named: the date is the time's own
    ("On June 9th, 2025, at 2:15 AM UTC the indexer crashed.\n",
     ["2025-06-09T02:15:00+00:00"]),
    ("On the morning of June 9th, 2025, the disks filled up. At 2:15 AM UTC the indexer "
     "crashed.\n", ["2025-06-09T02:15:00+00:00"]),
    # "the night into the 10th" names the night that leads into its date
    ("In der Nacht zum 10. Juni 2025 um 02:15 UTC fiel der Indexer aus.\n",
     ["2025-06-10T02:15:00+00:00"]),
])
def test_the_small_hours_of_the_night_of_a_date_are_the_next_day(
        text: str, expected: list[str]) -> None:
    assert [utc(e) for e in resolve(text).events if e.clock is not None] == expected


@pytest.mark.parametrize("heading", ["## Zusammenfassung", "## 概要", "## Résumé", "## 개요"])
def test_a_summary_heading_in_another_language_makes_its_stamped_lines_summary(
        heading: str) -> None:
    text = (f"{heading}\n\n2024-06-03 09:10 UTC - 10:25 UTC: payments failed.\n\n"
            "## Timeline\n\n- 09:10 UTC failing\n- 10:25 UTC fixed\n")
    first = resolve(text).events[0]
    assert first.line == 3 and first.source == "summary"


NOTICES = """# Maintenance notices

## Database upgrade
Announced on 2023-06-12. The upgrade finished on 2023-06-20 at 09:00 UTC.

## Network cut-over
Planned for Saturday, March 9th at 06:00 UTC.

Announced on 2024-02-26: expect ten minutes of packet loss.
"""


def test_a_year_less_date_takes_the_documents_year_its_weekday_names() -> None:
    # the notice precedes the line that writes its year; March 9th is a Saturday in 2024,
    # not in 2023, the year nearest the section above
    (heading,) = [e for e in resolve(NOTICES).events if e.line == 7]
    assert utc(heading) == "2024-03-09T06:00:00+00:00"
    assert noted(heading, "year 2024 from line 9: in it Saturday, March 9th falls on the "
                          "weekday written")


def test_a_weekday_no_year_of_the_document_fits_leaves_the_year_carried() -> None:
    text = NOTICES.replace("Saturday, March 9th", "Monday, March 9th")
    (heading,) = [e for e in resolve(text).events if e.line == 7]
    assert utc(heading) == "2023-03-09T06:00:00+00:00"  # the nearest March 9th to June 20th
    assert not noted(heading, "falls on the weekday written")


@pytest.mark.parametrize("label", ["Timeline UTC:", "## Timeline UTC", "**Timeline UTC**",
                                   "Timeline UTC, March 4:"])
def test_a_timeline_label_followed_by_its_zone_declares_it(label: str) -> None:
    text = f"The sync failed on 2025-03-04.\n\n{label}\n\n- 07:12 alert\n- 07:40 fixed\n"
    last = entries(resolve(text))[-1]
    assert utc(last) == "2025-03-04T07:40:00+00:00"


def test_a_timeline_label_followed_by_other_words_declares_nothing() -> None:
    text = "The sync failed on 2025-03-04.\n\n## Timeline of events\n\n- 07:12 alert\n"
    assert all(e.zone is None for e in entries(resolve(text)))


@pytest.mark.parametrize(("line", "offset"), [
    ("2025年3月4日 北京时间 09:40 同步失败", 8 * 60),
    ("2025年3月4日 日本時間09:40 同期に失敗", 9 * 60),
    ("2025년 3월 4일 한국 시간 09:40 동기화 실패", 9 * 60),
])
def test_a_countrys_clock_named_before_a_cjk_time_is_its_zone(line: str, offset: int) -> None:
    (clocked,) = [e for e in resolve(line + "\n").events if e.clock is not None]
    assert clocked.at is not None and clocked.at.utcoffset().total_seconds() == offset * 60


POSTED_NOTE = """Posted on 12 May 2025

The queue got stuck on Friday, 9 May at 14:20. {told}
"""


@pytest.mark.parametrize(("told", "expected"), [
    ("We rolled back yesterday at 18:05.", "2025-05-11T18:05"),
    ("It drained again this morning at 07:40.", "2025-05-12T07:40"),
    ("A second fix ships tomorrow at 09:00.", "2025-05-13T09:00"),
    ("Hier soir à 18:05 le correctif est parti.", "2025-05-11T18:05"),
    # a sentence opening with the day, its times further on
    ("Yesterday, the queue stalled a second time, between 18:05 and 18:30.",
     "2025-05-11T18:30"),
    # no day named: the date the text gave (another post's day is no day of this one)
    ("We rolled back at 18:05.", "2025-05-09T18:05"),
    ("Yesterday's fix, which shipped at 18:05, held.", "2025-05-09T18:05"),
])
def test_a_day_told_from_the_posting_counts_from_its_date(told: str, expected: str) -> None:
    last = [e for e in resolve(POSTED_NOTE.format(told=told)).events if e.clock][-1]
    assert last.local == expected


FRONT_MATTER_POSTED = """---
title: Checkout outage
date: 2024-09-12T02:15:00Z
---
Yesterday, checkout failed for about an hour, from 16:40 to 17:35 Pacific Time.
"""


def test_yesterday_counts_from_the_posting_stamp_in_the_accounts_zone() -> None:
    # posted 02:15 UTC on the 12th, still the 11th on the Pacific clock the account keeps:
    # "yesterday" is the 10th there
    times = [e.local for e in resolve(FRONT_MATTER_POSTED).events if e.clock]
    assert times[-2:] == ["2024-09-10T16:40", "2024-09-10T17:35"]


def test_a_day_told_without_a_posting_date_is_not_counted_from_any() -> None:
    text = "The queue got stuck on Friday, 9 May 2025 at 14:20. We rolled back " \
           "yesterday at 18:05.\n"
    last = [e for e in resolve(text).events if e.clock][-1]
    assert not noted(last, "counted from the posting date")


HISTORY_STAMPED_BELOW = """## March 2025

Login errors in the EU region
Error rates rose from about 08:05 UTC and fell back by 08:50 UTC.
Mar 12, 09:10 UTC
Slow package downloads
A cache node was replaced; downloads were slow until 17:20 UTC.
Mar 4, 17:45 UTC
"""


def test_an_updates_words_take_the_date_of_the_stamp_that_closes_it() -> None:
    events = resolve(HISTORY_STAMPED_BELOW).events
    told = {e.line: [utc(x) for x in events if x.line == e.line and x.clock] for e in events}
    assert told[4] == ["2025-03-12T08:05:00+00:00", "2025-03-12T08:50:00+00:00"]
    assert told[7] == ["2025-03-04T17:20:00+00:00"]  # not March 12th, the stamp above


# a status page that stamps its updates in Pacific time while the words give UTC (or the
# other way round): an evening stamp is already the next day on the UTC clock
STAMPED_IN_ANOTHER_ZONE = """Queue workers stalled
Incident Report for ExampleQueue

Resolved
Jobs are flowing again and the backlog has drained.
Posted Jul 08, 2025 - 19:05 PDT
Identified
Workers stopped taking jobs between 1:05 AM UTC and 1:35 AM UTC; a restart fixed them.
Posted Jul 08, 2025 - 18:50 PDT
"""


def test_words_above_a_stamp_in_another_zone_take_that_moments_date() -> None:
    events = resolve(STAMPED_IN_ANOTHER_ZONE).events
    told = [utc(e) for e in events if e.line == 8]
    assert told == ["2025-07-09T01:05:00+00:00", "2025-07-09T01:35:00+00:00"]
    assert any(noted(e, "that moment's date in UTC") for e in events if e.line == 8)


def test_a_time_in_an_earlier_zone_above_a_utc_stamp_is_the_evening_before() -> None:
    text = """Checkout errors
Incident Report for ExampleShop

Resolved
Card payments failed for some buyers between 4:40 and 5:15 PM PT; fixed by a config revert.
Posted Mar 04, 2025 - 01:30 UTC
Investigating
We are looking into failed card payments.
Posted Mar 04, 2025 - 00:55 UTC
"""
    events = resolve(text).events
    assert [iso(e) for e in events if e.line == 5] == [
        "2025-03-03T16:40:00-08:00", "2025-03-03T17:15:00-08:00"]


def test_a_time_in_the_stamps_own_zone_keeps_the_stamps_date() -> None:
    text = STAMPED_IN_ANOTHER_ZONE.replace("between 1:05 AM UTC and 1:35 AM UTC",
                                           "between 6:05 PM PDT and 6:35 PM PDT")
    events = resolve(text).events
    assert [iso(e) for e in events if e.line == 8] == [
        "2025-07-08T18:05:00-07:00", "2025-07-08T18:35:00-07:00"]


def test_updates_stamped_first_carry_their_stamp_down() -> None:
    # the stamp opens each update: the words below it are its own day's
    text = """## March 2025

Mar 12, 09:10 UTC
Login errors in the EU region
Error rates rose from about 08:05 UTC and fell back by 08:50 UTC.
Mar 4, 17:45 UTC
Slow package downloads, until 17:20 UTC.
"""
    events = resolve(text).events
    assert [utc(e) for e in events if e.clock] == [
        "2025-03-12T09:10:00+00:00", "2025-03-12T08:05:00+00:00", "2025-03-12T08:50:00+00:00",
        "2025-03-04T17:45:00+00:00", "2025-03-04T17:20:00+00:00"]
    assert not any(noted(e, "which closes its update") for e in events)


def test_a_date_carried_from_a_line_of_two_dates_is_its_last_moments() -> None:
    # the line passes on its last date (March 5th), so the moment it is converted from must be
    # the March 5th one, not the line's first (March 4th, 10 AM Pacific, 18:00 UTC that day)
    text = ("The rollout was paused on March 4th, 2025 at 10 AM Pacific, and at about 9 am "
            "on March 5th it resumed.\n\nThe old nodes retire at roughly 18:00 UTC.\n")
    last = [e for e in resolve(text).events if e.line == 3]
    assert [utc(e) for e in last] == ["2025-03-05T18:00:00+00:00"]


@pytest.mark.parametrize(("field", "expected"), [
    # the start field in two zones: the UTC rows below take the UTC date of the start's moment
    ("**Began:** 2025-11-03 9:40 PM PST (2025-11-04 05:40 UTC)", "2025-11-04T05:41:00+00:00"),
    ("Start time: Nov 3, 2025, 21:40 Pacific (05:40 UTC)", "2025-11-04T05:41:00+00:00"),
    # written in UTC only: nothing to move
    ("**Began:** 2025-11-03 21:40 UTC", "2025-11-03T21:41:00+00:00"),
])
def test_a_start_fields_date_reaches_rows_in_another_zone_as_its_moments(
        field: str, expected: str) -> None:
    clock = "21:41" if expected.startswith("2025-11-03") else "05:41"
    text = f"{field}\n\n## Timeline (UTC)\n\n| Time | Event |\n|---|---|\n| {clock} | paged |\n"
    row = [e for e in resolve(text).events if e.source == "timeline"]
    assert [utc(e) for e in row] == [expected]


def test_literal_est_in_july_stays_fixed_but_et_follows_dst() -> None:
    text = """## Timeline

- 2023-07-04 09:00 EST: alert fired
- 2023-07-04 09:00 ET: engineer paged
- 2023-01-04 09:00 ET: unrelated winter test
"""
    est, et_summer, et_winter = entries(resolve(text))
    assert iso(est) == "2023-07-04T09:00:00-05:00"
    assert utc(est) == "2023-07-04T14:00:00+00:00"
    assert est.zone is not None and est.zone.fixed
    assert iso(et_summer) == "2023-07-04T09:00:00-04:00"
    assert utc(et_summer) == "2023-07-04T13:00:00+00:00"
    assert et_summer.zone is not None and not et_summer.zone.fixed
    assert iso(et_winter) == "2023-01-04T09:00:00-05:00"


DST = """## Timeline

- 2022-03-13 02:30 ET: alert fired
- 2022-11-06 01:30 ET: engineer paged
"""


def test_dst_gap_is_noted() -> None:
    gap, _ = entries(resolve(DST))
    assert gap.local == "2022-03-13T02:30"
    assert noted(gap, "does not exist")


def test_dst_gap_moves_forward() -> None:
    gap, _ = entries(resolve(DST))
    assert iso(gap) == "2022-03-13T03:30:00-04:00"
    assert utc(gap) == "2022-03-13T07:30:00+00:00"
    assert noted(gap, "read as 03:30")


def test_dst_overlap_takes_the_first() -> None:
    _, overlap = entries(resolve(DST))
    assert overlap.local == "2022-11-06T01:30"
    assert noted(overlap, "happens twice")
    assert iso(overlap) == "2022-11-06T01:30:00-04:00"
    assert utc(overlap) == "2022-11-06T05:30:00+00:00"


def test_ambiguous_ist_is_noted() -> None:
    (event,) = entries(resolve("## Timeline\n\n- 2023-05-10 09:00 IST: alert fired\n"))
    assert iso(event) == "2023-05-10T09:00:00+05:30"
    assert noted(event, "can also mean")
    assert noted(event, "Irish Standard Time")


def test_default_zone_used_when_the_document_states_none() -> None:
    text = "## Timeline\n\n- 2023-05-10 09:00: alert fired\n- 09:30: engineer paged\n"
    first, second = entries(resolve(text, default_zone=parse_zone_option("EST")))
    assert iso(first) == "2023-05-10T09:00:00-05:00"
    assert noted(first, "from --tz")
    assert utc(second) == "2023-05-10T14:30:00+00:00"
    assert noted(second, "from --tz")


def test_default_zone_ignored_when_the_document_states_one() -> None:
    text = "## Timeline\n\n- 2023-05-10 09:00 UTC: alert fired\n- 09:30: engineer paged\n"
    first, second = entries(resolve(text, default_zone=parse_zone_option("EST")))
    assert iso(first) == "2023-05-10T09:00:00+00:00"
    assert iso(second) == "2023-05-10T09:30:00+00:00"
    assert not any(noted(e, "--tz") for e in (first, second))


def test_without_any_zone_the_instant_is_unknown() -> None:
    (event,) = entries(resolve("## Timeline\n\n- 2023-05-10 09:00: alert fired\n"))
    assert event.local == "2023-05-10T09:00"
    assert event.at is None
    assert noted(event, "no time zone stated")


# --- numeric dates ------------------------------------------------------------------------------

def test_numeric_date_month_first_by_default() -> None:
    timeline = resolve("## Timeline\n\n- 6/9/22 09:00 UTC: alert fired\n")
    (event,) = entries(timeline)
    assert event.local == "2022-06-09T09:00"
    assert noted(event, "read month-first")
    assert timeline.day_first is None


def test_numeric_date_day_first_when_the_document_says_so() -> None:
    text = "## Timeline\n\n- 6/9/22 09:00 UTC: alert fired\n- 25/9/22 10:00 UTC: fixed\n"
    timeline = resolve(text)
    first, second = entries(timeline)
    assert first.local == "2022-09-06T09:00"
    assert iso(first) == "2022-09-06T09:00:00+00:00"
    assert noted(first, "read day-first")
    assert second.local == "2022-09-25T10:00"
    assert timeline.day_first is True


def test_an_iso_date_opening_an_identifier_settles_the_numeric_dates_order() -> None:
    # "Ref: 2025-11-04_dns-outage": the same day, year first, so 04/11/2025 is 4 November
    for ident, local in (("2025-11-04_dns-outage", "2025-11-04T09:30"),
                         ("2025-04-11_dns-outage", "2025-04-11T09:30")):
        timeline = resolve(f"# DNS outage\n\nRef: {ident}\n\n## Timeline\n\n"
                           "- 04/11/2025 09:30 UTC resolvers time out\n")
        (event,) = entries(timeline)
        assert event.local == local, ident
    # an identifier naming another day settles nothing: month first, the default, noted
    timeline = resolve("# DNS outage\n\nRef: 2025-07-15_dns-outage\n\n## Timeline\n\n"
                       "- 04/11/2025 09:30 UTC resolvers time out\n")
    (event,) = entries(timeline)
    assert event.local == "2025-04-11T09:30" and timeline.day_first is None


def test_numeric_date_day_first_option() -> None:
    timeline = resolve("## Timeline\n\n- 6/9/22 09:00 UTC: alert fired\n", day_first=True)
    (event,) = entries(timeline)
    assert event.local == "2022-09-06T09:00"
    assert not noted(event, "month-first")


# --- clocks -------------------------------------------------------------------------------------

CLOCKS = """## Timeline

- 2023-05-10 12 AM UTC: first
- 2023-05-10 12 PM UTC: second
- 2023-05-10 00:00 AM UTC: third
- 2023-05-10 25:10 UTC: fourth
- 2023-05-10 23:00 UTC: fifth
- 2023-05-10 24:00 UTC: sixth
"""


@pytest.mark.parametrize(("index", "local", "at"), [
    (0, "2023-05-10T00:00", "2023-05-10T00:00:00+00:00"),  # 12 AM
    (1, "2023-05-10T12:00", "2023-05-10T12:00:00+00:00"),  # 12 PM
    (2, "2023-05-10T00:00", "2023-05-10T00:00:00+00:00"),  # 00:00 AM: midnight
    (3, "", None),  # 25:10
    (5, "2023-05-11T00:00", "2023-05-11T00:00:00+00:00"),  # 24:00: midnight ending the 10th
])
def test_clock_resolution(index: int, local: str, at: str | None) -> None:
    event = entries(resolve(CLOCKS))[index]
    assert event.local == local
    assert iso(event) == at


def test_invalid_time_is_noted() -> None:
    event = entries(resolve(CLOCKS))[3]
    assert event.written == "2023-05-10 25:10 UTC"
    assert noted(event, "not a valid time")
    assert event.utc is None


def test_24_00_is_noted() -> None:
    event = entries(resolve(CLOCKS))[5]
    assert noted(event, "24:00 read as midnight")


def test_placeholder_is_not_a_time() -> None:
    (event,) = entries(resolve("## Timeline\n\n- 2023-05-10 HH:mm UTC: deploy\n"))
    assert event.local == ""
    assert event.at is None
    assert noted(event, "placeholder")


# --- read_expression ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "local"), [
    ("noon on 9 March 2022", "2022-03-09T12:00"), ("Midnight, 2 June 2021", "2021-06-02T00:00"),
    ("by about noon on 9 March 2022", "2022-03-09T12:00"),
])
def test_read_expression_noon_opening_the_phrase_is_its_clock(text: str, local: str) -> None:
    reading = read_expression(text)
    assert reading is not None and reading.start.local == local
    assert reading.text == text


def test_read_expression_time_already_passed_is_next_day() -> None:
    reading = read_expression("9:45 PM", Options(reference=dt.datetime(2023, 5, 10, 22, 0),
                                                 default_zone=parse_zone_option("ET")))
    assert reading is not None
    assert reading.start.local == "2023-05-11T21:45"
    assert iso(reading.start) == "2023-05-11T21:45:00-04:00"
    assert noted(reading.start, "next day")
    assert reading.end is None


def test_read_expression_time_still_ahead_is_same_day() -> None:
    reading = read_expression("9:45 PM", Options(reference=dt.datetime(2023, 5, 10, 21, 0),
                                                 default_zone=parse_zone_option("ET")))
    assert reading is not None
    assert iso(reading.start) == "2023-05-10T21:45:00-04:00"
    assert not noted(reading.start, "next day")


def test_read_expression_day_only_date() -> None:
    reading = read_expression("12:45 AM EST on the 11th", Options(reference=dt.date(2023, 5, 10)))
    assert reading is not None
    assert iso(reading.start) == "2023-05-11T00:45:00-05:00"
    assert reading.start.local == "2023-05-11T00:45"
    assert noted(reading.start, "from --reference")


def test_read_expression_range() -> None:
    reading = read_expression("from 9:00 to 11:30 UTC", Options(reference=dt.date(2023, 5, 10)))
    assert reading is not None
    assert iso(reading.start) == "2023-05-10T09:00:00+00:00"
    assert reading.end is not None
    assert iso(reading.end) == "2023-05-10T11:30:00+00:00"


@pytest.mark.parametrize("text", ["", "no time here", "about 40% of requests"])
def test_read_expression_without_an_expression(text: str) -> None:
    assert read_expression(text, Options(reference=dt.date(2023, 5, 10))) is None


@pytest.mark.parametrize("posted", [
    "Published: Tuesday, 14 March 2023",
    "_Last updated on 14 March 2023_",
    "### written on: March 14th, 2023",
    "Stand: 14.03.2023",  # German's "as of" in a report's header
])
def test_the_day_a_report_was_posted_yields_to_the_incident_date(posted: str) -> None:
    text = (f"# Billing API outage\n{posted}\n\nOn Saturday, March 11, billing calls failed.\n\n"
            "## Timeline\n- 9:05 PM UTC: error rate climbs\n- 9:40 PM UTC: rollback done\n")
    timeline = timeline_from_text(text, "x.md", Options())
    entries = [e for e in timeline.events if e.source == "timeline"]
    assert [e.local[:10] for e in entries] == ["2023-03-11", "2023-03-11"]


@pytest.mark.parametrize(("told", "day"), [
    # a day a few days after the posting date: an update written after the date the page
    # kept ("Last updated" left stale), the same year
    ("Addendum (November 5): rotated every key again.", "2024-11-05"),
    # months after it: a day of the year before, which the post tells of
    ("As on December 12, the deploy froze the queue.", "2023-12-12"),
    # on or before it: that year
    ("On October 29 the queue froze.", "2024-10-29"),
])
def test_a_year_less_day_near_after_the_posting_date_keeps_its_year(told: str, day: str
                                                                    ) -> None:
    text = f"# Queue freeze\n_Last updated on 1 November 2024_\n\n{told}\n"
    timeline = timeline_from_text(text, "x.md", Options())
    assert [e.local[:10] for e in timeline.events if e.line == 4] == [day]


def test_a_posted_date_alone_still_dates_the_timeline() -> None:
    text = ("# Billing API outage\nPosted: 14 March 2023\n\n"
            "## Timeline\n- 9:05 PM UTC: error rate climbs\n- 9:40 PM UTC: rollback done\n")
    timeline = timeline_from_text(text, "x.md", Options())
    assert [e.local[:10] for e in timeline.events if e.source == "timeline"] == \
        ["2023-03-14", "2023-03-14"]


@pytest.mark.parametrize(("opening", "day"), [
    # the account says the incident was the day before the report was posted
    ("Yesterday the billing API timed out for most callers.", "2023-03-13"),
    ("Our billing API timed out for most callers yesterday afternoon.", "2023-03-13"),
    # another report's day, or no day said: the posting day stands
    ("As yesterday's update said, the billing API timed out.", "2023-03-14"),
    ("The billing API timed out for most callers.", "2023-03-14"),
    ("> yesterday we were fine", "2023-03-14"),  # a quote is not the author's account
])
def test_yesterday_above_the_timeline_counts_back_from_the_posting_day(opening: str,
                                                                        day: str) -> None:
    text = (f"# Billing API outage\nPosted: 14 March 2023\n\n{opening}\n\n"
            "## Timeline\n- 9:05 PM UTC: error rate climbs\n- 9:40 PM UTC: rollback done\n")
    timeline = timeline_from_text(text, "x.md", Options())
    entries = [e for e in timeline.events if e.source == "timeline"]
    assert [e.local[:10] for e in entries] == [day, day]


def test_yesterday_does_not_move_a_written_incident_date() -> None:
    text = ("# Billing API outage\nPosted: 14 March 2023\nIncident date: 2023-03-10\n\n"
            "Yesterday we finished the review of this incident.\n\n"
            "## Timeline\n- 9:05 PM UTC: error rate climbs\n- 9:40 PM UTC: rollback done\n")
    timeline = timeline_from_text(text, "x.md", Options())
    assert [e.local[:10] for e in timeline.events if e.source == "timeline"] == \
        ["2023-03-10", "2023-03-10"]


@pytest.mark.parametrize(("fields", "want"), [
    # an overnight window: the account's times start on the start's day and roll on
    ("- **Start**: 2024-03-04 22:10 UTC\n- **End**: 2024-03-05 01:30 UTC\n",
     ["2024-03-04T22:15", "2024-03-04T23:40", "2024-03-05T01:20"]),
    ("Began: March 4, 2024 10:10 PM UTC\nEnded: March 5, 2024 1:30 AM UTC\n",
     ["2024-03-04T22:15", "2024-03-04T23:40", "2024-03-05T01:20"]),
    # a window within one day: nothing to choose
    ("- **Start**: 2024-03-05 00:10 UTC\n- **End**: 2024-03-05 23:30 UTC\n",
     ["2024-03-05T22:15", "2024-03-05T23:40", "2024-03-06T01:20"]),
])
def test_the_account_below_a_window_runs_from_the_start_day(fields: str,
                                                           want: list[str]) -> None:
    text = (f"# Queue outage\n\n{fields}\n## What happened\n\n"
            "At 22:15 the consumer lag alert fired. By 23:40 we had rolled back the config.\n"
            "The queue drained, and at 01:20 consumers were healthy again.\n")
    events = timeline_from_text(text, "x.md", Options()).events
    assert [e.local[:16] for e in events if e.kind == "prose"] == want


@pytest.mark.parametrize("title", ["# Primary failover, March 2024",
                                   "# March 2024: primary failover",
                                   "# Primary failover\n\n## March 2024"])
def test_day_only_dates_take_the_month_and_year_a_title_names(title: str) -> None:
    text = (f"{title}\n\n## Timeline (UTC)\n\n- Monday 4th at 09:12 - disk alarm\n"
            "- Monday 4th at 09:30 - replica promoted\n- Tuesday 5th, 09:41 - writes healthy\n")
    events = [e for e in timeline_from_text(text, "x.md", Options()).events if e.clock]
    assert [e.local for e in events] == ["2024-03-04T09:12", "2024-03-04T09:30",
                                         "2024-03-05T09:41"]


def test_a_title_with_a_full_date_gives_no_month_mark() -> None:
    text = ("# Primary failover of 2 March 2024, reviewed April 2024\n\n## Timeline (UTC)\n\n"
            "- 4th 09:12 - disk alarm\n")
    (event,) = [e for e in timeline_from_text(text, "x.md", Options()).events if e.clock]
    assert event.local == "2024-03-04T09:12"  # the month of the title's date, as before


@pytest.mark.parametrize(("declaration", "offset"), [
    ("Times are in Australian Eastern Standard Time (UTC+10).", "+10:00"),
    ("All times: Australian Eastern Daylight Time", "+11:00"),
    ("All times are Australian Eastern Time.", "+10:00"),  # a May date: standard time
    ("Times shown in New Zealand time.", "+12:00"),
    ("Times are Hong Kong Time.", "+08:00"),
    ("All times in Eastern European Summer Time.", "+03:00"),
    ("Times below are Alaska time.", "-08:00"),  # a May date: Alaska's daylight time
    ("Every time is Hawaii Standard Time.", "-10:00"),
    ("Times are in AkDT.", "-08:00"),  # Alaska's abbreviation as US agencies write it
])
def test_spelled_out_zone_names_declare_the_zone(declaration: str, offset: str) -> None:
    text = (f"# Disk full, 6 May 2024\n\n{declaration}\n\n- 14:05 disk alert\n"
            "- 15:02 volume extended\n")
    events = [e for e in timeline_from_text(text, "x.md", Options()).events if e.clock]
    assert {e.at.isoformat()[-6:] for e in events} == {offset}


def test_the_timelines_zone_is_the_one_its_section_states() -> None:
    # "## Timeline (EDT)": the document's clock, shown in its header, is EDT (not "no zone")
    text = ("# NAS outage, 6 May 2024\n\n## Timeline (EDT)\n\n- 09:12 disk alarm\n"
            "- 09:30 pool degraded\n")
    timeline = timeline_from_text(text, "x.md", Options())
    assert timeline.zone is not None and timeline.zone.label == "EDT"
    assert timeline_from_text("# NAS outage\n\n- 09:12 disk alarm\n- 09:30 pool degraded\n",
                              "x.md", Options()).zone is None


@pytest.mark.parametrize(("front", "want"), [
    # a status page's window over midnight: its updates, newest first, are within it
    ("date: 2024-11-20T21:00:00Z\nresolvedWhen: 2024-11-21T03:00:00Z\n",
     ["2024-11-21T02:10", "2024-11-20T23:05", "2024-11-20T21:20"]),
    ("date: 2024-11-20 21:00:00 -0000\nresolved: true\nresolvedWhen: 2024-11-21 03:00:00 -0000\n",
     ["2024-11-21T02:10", "2024-11-20T23:05", "2024-11-20T21:20"]),
    # no resolution stamp: no window, the date line stays the only day
    ("date: 2024-11-20T21:00:00Z\n",
     ["2024-11-20T02:10", "2024-11-20T23:05", "2024-11-20T21:20"]),
])
def test_a_status_page_front_matter_is_the_window_of_its_updates(front: str,
                                                                want: list[str]) -> None:
    text = (f"---\ntitle: Search is unavailable\n{front}---\n\n"
            "**Resolved** - Search answers again since 02:10 UTC, after the index rebuild.\n\n"
            "**Identified** - At 23:05 UTC we found a corrupt shard on two nodes.\n\n"
            "**Investigating** - Queries have failed since 21:20 UTC.\n")
    events = timeline_from_text(text, "x.md", Options()).events
    assert [e.local[:16] for e in events if e.kind == "prose"] == want


@pytest.mark.parametrize(("title", "want"), [
    # the title names the incident's day; the field list's ":date:" is when it was posted
    ("Mail relay outage of 2019-04-02", ["2019-04-02T10:05", "2019-04-02T12:40"]),
    # no day in the title: the posting date is the only one, and is carried
    ("Mail relay outage", ["2019-04-05T10:05", "2019-04-05T12:40"]),
])
def test_a_rest_posts_date_field_is_when_it_was_posted(title: str, want: list[str]) -> None:
    text = (f"{title}\n{'=' * len(title)}\n\n:date: 2019-04-05\n:author: ops team\n\n"
            "Summary\n-------\n\nThe relays stopped accepting mail at 10:05 AM CET and were "
            "fixed at 12:40 PM CET.\n")
    events = timeline_from_text(text, "x.rst", Options()).events
    assert [e.local[:16] for e in events if e.clock is not None] == want


@pytest.mark.parametrize(("title", "want"), [
    # the front matter's title names the incident's day; its "date:" is when it went up
    ("Queue outage of 2022-10-11", ["2022-10-11T07:15", "2022-10-11T08:05"]),
    # a title naming no day: the date field is the only day, and is carried
    ("Queue outage", ["2022-10-13T07:15", "2022-10-13T08:05"]),
])
def test_a_front_matters_title_day_outranks_its_date_field(title: str,
                                                            want: list[str]) -> None:
    text = (f"---\ntitle: \"{title}\"\ndate: 2022-10-13\ntags: [ops]\n---\n\n"
            "Consumers stopped at 07:15 UTC and caught up again by 08:05 UTC.\n")
    events = timeline_from_text(text, "x.md", Options()).events
    assert [e.local[:16] for e in events if e.clock is not None] == want


def test_iso_times_without_a_date_take_the_date_line_and_give_their_offset() -> None:
    text = ("Incident date: 2024-02-09\nTime of start: T22:05:00-0700\n"
            "Time of end: T23:50:00-0700\n\n## Timeline\n- 22:05 error budget burns\n"
            "- 23:50 traffic shifted back\n")
    events = timeline_from_text(text, "x.md", Options()).events
    start = next(e for e in events if e.line == 2)
    assert (start.phase, start.column, start.utc.isoformat()) == \
        ("start", 17, "2024-02-10T05:05:00+00:00")
    assert next(e for e in events if e.line == 3).phase == "end"
    last = events[-1]
    assert last.utc is not None and last.utc.isoformat() == "2024-02-10T06:50:00+00:00"


def test_a_front_matter_date_yields_to_the_incident_date_in_the_body() -> None:
    text = ("---\ntitle: Registry slowdown\ndate: 2022-06-02 09:00:00 +0000\n---\n\n"
            "On Tuesday May 31st, 2022 image pulls were slow from 10:05 to 11:20 UTC.\n\n"
            "## What happened\n\n10:05 pulls time out\n\n11:20 cache node replaced\n")
    timeline = timeline_from_text(text, "x.md", Options())
    assert [e.local[:10] for e in timeline.events if e.source == "timeline"] == \
        ["2022-05-31", "2022-05-31"]


@pytest.mark.parametrize(("text", "end"), [
    ("Saturday, June 1, 2024, from 9:00 PM to Sunday 2:30 AM UTC", "2024-06-02T02:30"),
    ("Saturday, June 1, 2024, from 9:00 AM to Saturday 2:30 PM UTC", "2024-06-01T14:30"),
    ("Saturday, June 1, 2024, from 9:00 AM until Tuesday, 2:30 PM UTC", "2024-06-04T14:30"),
])
def test_a_weekday_before_a_range_end_moves_it_to_that_day(text: str, end: str) -> None:
    events = timeline_from_text(text + "\n", "x.md", Options()).events
    assert [e.local[:16] for e in events if e.part == "range-end"] == [end]


@pytest.mark.parametrize(("text", "end"), [
    # no year: the start's written weekday says how many days on the end's weekday is
    ("- Thursday 9 Oct, 11:30 PM - 2:15 AM (Friday) ET: storage migration\n", "--10-10T02:15"),
    ("- Sat 4 Jan, 23:00 until 03:00 (Monday) UTC: index rebuild\n", "--01-06T03:00"),
    # no year and no weekday for the start: a later day, the next, never hours before it
    ("- 9 Oct, 11:30 PM - 2:15 AM (Friday) ET: storage migration\n", "--10-10T02:15"),
])
def test_a_weekday_after_a_year_less_range_end_puts_it_on_a_later_day(text: str,
                                                                     end: str) -> None:
    events = timeline_from_text("## Maintenance\n\n" + text, "x.md", Options()).events
    assert [e.local[:16] for e in events if e.part == "range-end"] == [end]


@pytest.mark.parametrize(("log", "expected"), [
    # under a year-less date, each entry's weekday steps from the one before it
    ("Fri 22:40 - card auths slow\nSat 09:15 - processor escalated\nSat 11:00 - fixed\n",
     ["--11-14T22:40", "--11-15T09:15", "--11-15T11:00"]),
    # the same weekday again: the same day
    ("Fri 22:40 - card auths slow\nFri 23:55 - processor escalated\n",
     ["--11-14T22:40", "--11-14T23:55"]),
])
def test_year_less_weekday_entries_step_their_days(log: str, expected: list[str]) -> None:
    text = "# Card payments, the 14th of November weekend\n\n## Log (UTC)\n\n" + log
    events = timeline_from_text(text, "x.md", Options()).events
    assert [e.local for e in events if e.source == "timeline"] == expected


@pytest.mark.parametrize(("text", "midnight"), [
    # midnight told after a time later that day: the midnight that ends the day
    ("## Timeline\n\n- 2024-05-03 21:40 UTC: nodes drained\n\n"
     "The vendor answered shortly after midnight UTC.\n", "2024-05-04T00:00"),
    # the day's own midnight, told as the time before it: that day
    ("## Timeline\n\n- 2024-05-03 00:00 UTC: batch started\n\n"
     "The batch had started by midnight UTC, as planned.\n", "2024-05-03T00:00"),
    # a date written between: its midnight
    ("## Timeline\n\n- 2024-05-03 21:40 UTC: nodes drained\n\n"
     "On 2024-05-02 the batch had started at midnight UTC.\n", "2024-05-02T00:00"),
    # in the same sentence as the time before it: "until midnight" ends that day
    ("# Gate outage\n\nOn 3 May 2024 the gates reopened at 1 p.m. UTC and stayed open until"
     " midnight.\n", "2024-05-04T00:00"),
    # told as before the time above it: the day's own midnight
    ("# Backup failure\n\nOn 3 May 2024 at 9 a.m. UTC we found the backup had failed at"
     " midnight.\n", "2024-05-03T00:00"),
])
def test_midnight_told_after_an_evening_ends_that_day(text: str, midnight: str) -> None:
    found = [e.local for e in resolve(text).events
             if e.clock is not None and "midnight" in e.written]
    assert found == [midnight]


def test_a_timeline_title_with_a_date_dates_its_entries() -> None:
    text = ("Due: 2nd March 2024\n\nSummary\n\nThe queue stalled on 28th February 2024, all day."
            "\n\nTimeline of events (28th February 2024)\n\n10:05 AM: queue stalls\n"
            "10:40 AM: queue drained\n")
    events = timeline_from_text(text, "x.md", Options()).events
    assert [e.local[:10] for e in events if e.source == "timeline"] == ["2024-02-28"] * 2


@pytest.mark.parametrize(("text", "second"), [
    ("## Timeline\n- Dec 30, 2023 23:10 UTC: disks fill\n- Jan 2 01:00 UTC: disks cleared\n",
     "2024-01-02"),  # forward across New Year
    ("## Updates\n- Feb 4, 2024 10:00 UTC: resolved\n- Dec 29 09:00 UTC: investigating\n",
     "2023-12-29"),  # newest first, back across New Year
])
def test_a_year_less_date_takes_the_year_nearest_the_date_before_it(text: str, second: str
                                                                     ) -> None:
    events = timeline_from_text(text, "x.md", Options()).events
    assert events[1].local[:10] == second


@pytest.mark.parametrize("background", [
    "On the previous day, 2023-06-01, the certificates were rotated.",
    "The week before (2023-05-26) we had patched the proxies.",
])
def test_a_date_said_to_come_before_the_day_dates_no_entry(background: str) -> None:
    text = ("## 2023-06-02 proxy outage\n\nThe proxies were down from 09:10UTC to 09:40UTC.\n\n"
            f"### What happened\n\n{background}\n\n### Timeline\n\n"
            "* **09:10 UTC** - proxies start refusing connections\n"
            "* **09:40 UTC** - certificates reloaded\n")
    events = timeline_from_text(text, "x.md", Options()).events
    assert [e.local[:10] for e in events if e.line >= 11] == ["2023-06-02"] * 2


@pytest.mark.parametrize("background", [
    "Exactly a week ago, on 26 May, the same proxies had failed.",
    "Three days ago (May 30) we had patched the proxies.",
    "2 weeks ago, on 19 May, a similar fault hit the cache.",
])
def test_a_day_the_story_looks_back_to_dates_no_later_time(background: str) -> None:
    text = (f"# Proxy outage, 2 June 2023\n\nThe proxies failed at 09:10 UTC. {background}\n"
            "They were back at 09:40 UTC.\n")
    events = timeline_from_text(text, "x.md", Options()).events
    assert events[-1].local == "2023-06-02T09:40"
    assert not any("next day" in note for note in events[-1].assumed)
    # with no date of its own, the story's day stays unknown rather than the one recalled
    undated = text.replace(", 2 June 2023", "")
    assert timeline_from_text(undated, "x.md", Options()).events[-1].local == "T09:40"


# --- 12-hour timelines that leave AM/PM off some entries ----------------------------------------

def test_a_time_without_am_pm_continues_the_afternoon_of_a_twelve_hour_timeline() -> None:
    timeline = resolve("## Timeline (UTC), 3 May 2025\n- 10:45 AM: pager fires\n- 11:30: rollback"
                       "\n- 12:10: rollback stuck\n- 1:05 PM: manual fix\n- 3:20: verified\n"
                       "- 4:00 PM: closed\n")
    assert [e.local for e in entries(timeline)] == [
        "2025-05-03T10:45", "2025-05-03T11:30", "2025-05-03T12:10", "2025-05-03T13:05",
        "2025-05-03T15:20", "2025-05-03T16:00"]
    assert noted(entries(timeline)[4], "3:20 read as 3:20 PM: the timeline writes 12-hour times")
    assert not any(noted(e, "next day") for e in entries(timeline))


def test_a_log_with_no_am_pm_and_no_leading_zeros_runs_on_past_noon() -> None:
    # "12:20" then "1:10": a writer of 24-hour times would have written 13:10
    timeline = resolve("## Timeline (UTC), 3 May 2025\n- 10:50: disk alarm\n- 12:20: vendor "
                       "called\n- 1:10: controller swapped\n- 2:45: array rebuilt\n")
    assert [e.local for e in entries(timeline)] == [
        "2025-05-03T10:50", "2025-05-03T12:20", "2025-05-03T13:10", "2025-05-03T14:45"]
    assert noted(entries(timeline)[2], "1:10 read as 1:10 PM: the timeline writes 12-hour times")


@pytest.mark.parametrize("text", [
    # hours past twelve: a 24-hour log, and "1:15" after "23:10" is the next night
    "## Timeline (UTC), 3 May 2025\n- 21:40: alarm\n- 23:10: vendor called\n- 1:15: swapped\n",
    # leading zeros: a 24-hour log that runs into the small hours
    "## Timeline (UTC), 3 May 2025\n- 09:40: alarm\n- 11:10: vendor called\n- 01:15: swapped\n",
])
def test_a_log_without_am_pm_that_writes_24_hour_times_rolls_over(text: str) -> None:
    last = entries(resolve(text))[-1]
    assert last.local.startswith("2025-05-04T01:15")
    assert not noted(last, "12-hour times")


def test_twelve_past_midnight_without_am_pm_after_a_late_evening_entry() -> None:
    timeline = resolve("## Timeline (UTC), 3 May 2025\n- 11:40 PM: disk full\n- 12:15: purge"
                       "\n- 12:50 AM: space back\n")
    assert [e.local for e in entries(timeline)] == [
        "2025-05-03T23:40", "2025-05-04T00:15", "2025-05-04T00:50"]


@pytest.mark.parametrize("text", [
    # a 24-hour timeline: "02:30" after "13:10" is the next night
    "## Timeline (UTC), 3 May 2025\n- 13:10: alert\n- 02:30: retry\n",
    # AM/PM somewhere, but a 24-hour time too: no AM/PM is inferred
    "## Timeline (UTC), 3 May 2025\n- 1:10 PM: alert\n- 18:00: handover\n- 2:30: retry\n",
    # a 12-hour timeline crossing midnight: "1:30" eleven hours before 11 PM's next half-day
    "## Timeline (UTC), 3 May 2025\n- 11:00 PM: alert\n- 1:30: retry\n",
])
def test_no_am_pm_inferred_where_a_new_day_is_the_reading(text: str) -> None:
    last = entries(resolve(text))[-1]
    assert last.local.startswith("2025-05-04T")
    assert not noted(last, "12-hour times")


def test_bare_times_under_a_heading_range_take_its_am_pm() -> None:
    # the heading's PM settles the bullets below it, though they start before its end
    timeline = resolve("## Timeline (UTC), 9 June 2024\n### 9:05-11:40 AM: Triage\n"
                       "- 9:05: pager fires\n- 11:40: cause found\n"
                       "### 2:10-2:45 PM: Rollout\n- 2:12: canary out\n- 2:30: fleet done\n")
    assert [e.local for e in entries(timeline)][-2:] == ["2024-06-09T14:12", "2024-06-09T14:30"]


def test_a_bare_range_end_after_an_afternoon_start_stays_that_afternoon() -> None:
    timeline = resolve("## Timeline (UTC), 9 June 2024\n- 11:50 AM: queue stalls\n"
                       "- 12:40: restart\n- 1:05-1:30: replay of the backlog\n"
                       "- 1:20: lag halves\n- 1:45: clear\n")
    assert [e.local for e in entries(timeline)][-4:] == [
        "2024-06-09T13:05", "2024-06-09T13:30", "2024-06-09T13:20", "2024-06-09T13:45"]


def test_a_bare_range_end_after_a_late_morning_start_is_that_afternoon() -> None:
    # "from 9:50 to 2:05": four hours and a quarter, not sixteen; a range from the evening,
    # or one whose end writes a leading zero, still runs into the next day
    text = "# Scanner outage, 4 March 2025 (CET)\n\nScanning failed from 9:50 to 2:05.\n"
    ends = [e for e in resolve(text).events if e.part == "range-end"]
    assert [e.local for e in ends] == ["2025-03-04T14:05"]
    night = text.replace("9:50", "9:50 PM")
    assert [e.local for e in resolve(night).events if e.part == "range-end"] == [
        "2025-03-05T02:05"]
    padded = text.replace("to 2:05", "to 02:05")
    assert [e.local for e in resolve(padded).events if e.part == "range-end"] == [
        "2025-03-05T02:05"]


@pytest.mark.parametrize(("text", "local"), [
    # a night range heading: "1:15" after it is the small hours, not before its start
    ("## Timeline (UTC), 9 June 2024\n### 10:00-11:30 PM: Failover\n- 10:05: promote\n"
     "- 1:15: replica back\n", "2024-06-10T01:15"),
    # a 24-hour range crossing midnight keeps its end on the next day
    ("## Timeline (UTC), 9 June 2024\n- 21:10 alert\n- 22:40-01:20 reindex\n",
     "2024-06-10T01:20"),
])
def test_a_range_lends_no_afternoon_to_what_falls_outside_it(text: str, local: str) -> None:
    assert entries(resolve(text))[-1].local.startswith(local)


def test_an_unreadable_time_passes_no_day_on() -> None:
    timeline = resolve("## Timeline (UTC), 2024-11-02\n- 21:40 stall\n- 23:15 rebuilt\n"
                       "- 26:05 fenced\n- 00:30 back\n- 15:10pm call\n- 01:05 green\n")
    by_line = {e.line: e.local for e in entries(timeline)}
    assert by_line[5] == "2024-11-03T00:30"  # after 23:15, not after the impossible 26:05
    assert by_line[7] == "2024-11-03T01:05"  # "15:10pm" moved no day on


def test_each_incident_of_a_log_dates_its_entries_from_its_own_start_field() -> None:
    timeline = resolve("# Outages\n\n## Relay\nStart: 2023-08-19 07:10 UTC\nEnd: 2023-08-19 "
                       "08:02 UTC\n\n- 07:10 UTC stalls\n- 08:02 UTC flowing\n\n## Build farm\n"
                       "Start: 2023-06-02 23:30 UTC\nEnd: 2023-06-03 00:45 UTC\n\n"
                       "- 23:30 UTC agents drop\n- 00:45 UTC agents back\n")
    assert [e.local for e in entries(timeline)] == [
        "2023-08-19T07:10", "2023-08-19T08:02", "2023-06-02T23:30", "2023-06-03T00:45"]


@pytest.mark.parametrize(("first", "second"), [
    ("### Thursday", "### Friday"), ("### Day 1", "### Day 2"), ("**Day one**", "**Day two**"),
    ("### Thursday", "### The next morning"),
])
def test_a_day_heading_inside_the_timeline_moves_the_entries_under_it_a_day_on(
        first: str, second: str) -> None:
    timeline = resolve(f"# Array rebuild (2025-05-08, all times UTC)\n\n## Timeline\n\n{first}\n"
                       f"- 21:10 array degraded\n- 23:40 vendor engaged\n\n{second}\n"
                       "- 08:15 controller swapped\n- 11:30 rebuild complete\n")
    assert [e.local for e in entries(timeline)] == [
        "2025-05-08T21:10", "2025-05-08T23:40", "2025-05-09T08:15", "2025-05-09T11:30"]
    assert noted(entries(timeline)[2], "day from the day heading on line 9")
    assert not any(noted(e, "next day assumed") for e in entries(timeline))


def test_a_weekday_heading_moves_to_that_weekday() -> None:
    timeline = resolve("# Array rebuild (2025-05-08, all times UTC)\n\n## Timeline\n\n"
                       "### Thursday\n- 21:10 array degraded\n\n### Monday\n- 09:00 review\n")
    assert [e.local for e in entries(timeline)] == ["2025-05-08T21:10", "2025-05-12T09:00"]


def test_weekday_entries_open_near_the_stated_window() -> None:
    # the summary dates the window from a Monday; the log opens the Sunday before it, runs
    # through the night between Sunday and Monday, and says "~" before some clocks
    timeline = resolve("# Storage array outage\n\nWindow: Mon 2025-03-10 ~02:00 to Mon ~09:30 "
                       "(all times CET)\n\n## Timeline\n\n| When | What |\n|---|---|\n"
                       "| Sun 22:40 | firmware update queued |\n"
                       "| Sun/Mon 02:00 | controller A stops answering |\n"
                       "| Mon ~07:15 | on-call paged |\n| Mon 09:30 | array back |\n")
    events = entries(timeline)
    assert [e.local for e in events] == ["2025-03-09T22:40", "2025-03-10T02:00",
                                         "2025-03-10T07:15", "2025-03-10T09:30"]
    assert noted(events[0], "the Sun just before the date on line 3")


def test_the_timeline_headings_zone_is_the_summarys_when_it_is_the_only_one() -> None:
    timeline = resolve("# Mail queue stuck\n\n## Impact\n\nNo mail went out from 2024-01-09 21:40 "
                       "until 2024-01-10 09:15.\n\n## Timeline (CET)\n\n"
                       "- **2024-01-09 21:40** queue stops draining\n"
                       "- **2024-01-10 09:15** queue drained\n")
    summary = [e for e in timeline.events if e.source == "summary" and e.clock is not None]
    assert [iso(e) for e in summary] == ["2024-01-09T21:40:00+01:00", "2024-01-10T09:15:00+01:00"]
    assert noted(summary[0], "zone CET from line 7, the only zone the document states")


def test_a_zone_written_in_the_text_outranks_the_front_matters_utc_stamps() -> None:
    # the front matter's fields are machine stamps in UTC; the author's updates below say
    # their zone once, in a sentence, and write the rest of their times bare
    text = ("---\ntitle: Storage maintenance\ndate: 2024-06-04T03:00:00.000Z\n"
            "resolvedWhen: 2024-06-04T05:10:00.000Z\n---\n"
            "**Update** at 10:05PM: all arrays done.\n\n"
            "**Update** at 8:40PM: first array upgraded.\n\n"
            "**Notice**: the work starts tonight at 8:00 PM PDT.\n")
    bare = [e for e in resolve(text).events if e.written in ("10:05PM", "8:40PM")]
    assert [e.zone.label if e.zone else None for e in bare] == ["PDT", "PDT"]


def test_front_matter_utc_stamps_still_give_the_zone_when_the_text_writes_none() -> None:
    text = ("---\ntitle: Storage maintenance\ndate: 2024-06-04T03:00:00.000Z\n---\n"
            "**Update** at 05:05: all arrays done.\n\n**Update** at 03:40: first array.\n")
    bare = [e for e in resolve(text).events if e.written in ("05:05", "03:40")]
    assert [e.zone.label if e.zone else None for e in bare] == ["UTC", "UTC"]


REPORT_TITLED = ("Incident report - 12 March 2024\n\n{sentence}\n\n"
                 "10:05 - payment errors climb\n\n11:20 - gateway failed over, payments recover\n")


def test_a_sentence_opening_with_an_earlier_day_dates_the_timeline_not_the_reports_title() -> None:
    timeline = resolve(REPORT_TITLED.format(
        sentence="On 9 March 2024, card payments failed for most shops."))
    first = next(e for e in timeline.events if e.written == "10:05")
    assert first.local == "2024-03-09T10:05"


@pytest.mark.parametrize("sentence", [
    # the day named mid-sentence, or a later day, leaves the title's date to the timeline
    "Card payments failed for most shops, as on 9 March 2024 before the upgrade.",
    "On 14 March 2024, the vendor will ship a patch.",
])
def test_the_reports_title_still_dates_the_timeline_otherwise(sentence: str) -> None:
    timeline = resolve(REPORT_TITLED.format(sentence=sentence))
    first = next(e for e in timeline.events if e.written == "10:05")
    assert first.local == "2024-03-12T10:05"


@pytest.mark.parametrize("item", [
    "- Alert on replica lag. Due Date: Aug 20, 2024",
    "- Alert on replica lag (deadline - 2024-08-20)",
])
def test_an_action_items_deadline_does_not_date_the_timeline(item: str) -> None:
    text = ("Failover report\n\n- 10:05 - failover started\n- 10:40 - traffic back\n\n"
            f"Follow-ups:\n\n{item}\n")
    first = next(e for e in resolve(text).events if e.written == "10:05")
    assert first.local == "T10:05"


def test_a_date_written_after_the_timeline_still_dates_it_when_it_is_no_deadline() -> None:
    text = ("Failover report\n\n- 10:05 - failover started\n- 10:40 - traffic back\n\n"
            "All of this happened on Aug 20, 2024.\n")
    first = next(e for e in resolve(text).events if e.written == "10:05")
    assert first.local == "2024-08-20T10:05"


@pytest.mark.parametrize(("sentence", "local"), [
    ("The vendor said the link came back the previous evening at 9pm.", "2024-10-24T21:00"),
    ("The vendor said the link came back the night before, around 23:10.", "2024-10-24T23:10"),
    ("A patch was published the following morning at 08h30 UTC.", "2024-10-26T08:30"),
    # a hedge before the preposition
    ("The next day, shortly after 07:40, the link flapped again.", "2024-10-26T07:40"),
    ("The previous evening, just before 22:15, a config push went out.", "2024-10-24T22:15"),
    # no day word before the time: the day told
    ("The vendor said the previous deploy at 9pm had caused it.", "2024-10-25T21:00"),
])
def test_a_day_said_right_before_a_prose_time_moves_it_from_the_day_told(
        sentence: str, local: str) -> None:
    text = f"On 25 October 2024 at 10:05 UTC the uplink failed. {sentence}\n"
    last = [e for e in resolve(text).events if e.clock is not None][-1]
    assert last.local == local


def test_a_date_field_takes_no_phase_from_its_section_name() -> None:
    timeline = resolve("Vendor Escalation Summary\n=========================\n\n"
                       "Created: 2024-01-18\nEscalated: 2024-01-19\n")
    phases = {e.line: e.phase for e in timeline.events}
    assert phases == {4: "other", 5: "escalation"}


@pytest.mark.parametrize(("text", "local"), [
    # "the next day at" and "the day before at" in other languages, right before the time
    ("El enlace cayó el 9 de mayo de 2024 a las 23:10. La red volvió al día siguiente a "
     "las 05:30.", "2024-05-10T05:30"),
    ("Il guasto è iniziato il 9 maggio 2024 alle 23:10; il servizio è tornato il giorno "
     "dopo alle 05:30.", "2024-05-10T05:30"),
    ("Am 9. Mai 2024 um 23:10 Uhr fiel der Router aus. Eine Warnung gab es schon am Vortag "
     "um 18:00 Uhr.", "2024-05-08T18:00"),
    # Japanese and Korean, the day word right before the clock
    ("定期点検は2024年5月9日 22時30分に始まり、翌日4時15分に完了しました。", "2024-05-10T04:15"),
    ("장애는 2024년 5월 9일 23시 10분에 발생했고, 전날 18시에 배포가 있었다.", "2024-05-08T18:00"),
])
def test_the_next_or_previous_day_said_in_another_language(text: str, local: str) -> None:
    last = [e for e in resolve(text).events if e.clock is not None][-1]
    assert last.local == local


def test_an_entry_that_says_next_day_is_on_the_next_day() -> None:
    timeline = resolve("# Outage, 2024-03-12 (UTC)\n\n- 21:10 fix verified\n"
                       "- 08:30 the following morning: customers told\n- 09:00 retro\n"
                       "- 07:10 (+1d) review\n")
    assert [e.local for e in entries(timeline)] == [
        "2024-03-12T21:10", "2024-03-13T08:30", "2024-03-13T09:00", "2024-03-14T07:10"]


def test_a_month_and_year_heading_gives_the_year_of_the_dates_under_it() -> None:
    timeline = resolve("# Incident history\n\n## January 2024\n\n**Resolved** - fixed.\n"
                       "Jan 2, 01:10 UTC\n\n**Investigating** - errors.\nDec 31, 23:50 UTC\n\n"
                       "## November 2023\n\n**Resolved** - fixed.\nNov 12, 10:15 UTC\n")
    assert [e.local for e in entries(timeline)] == [
        "2024-01-02T01:10", "2023-12-31T23:50", "2023-11-12T10:15"]
    assert noted(entries(timeline)[0], "year 2024 from the heading on line 3")


def test_a_mail_headers_date_is_when_it_was_sent_not_the_incident_day() -> None:
    text = ("From: sre@example.org\nTo: eng@example.org\nDate: Thu, 14 Nov 2024 08:30:00 +0000\n"
            "Subject: Incident review\n\nOn 12 November 2024 the queue stalled.\n\n"
            "TIMELINE (UTC)\n16:40 - queue stalls\n17:05 - workers restarted\n")
    assert [e.local for e in entries(resolve(text))] == ["2024-11-12T16:40", "2024-11-12T17:05"]


@pytest.mark.parametrize("header", [
    "From: sre@example.org\nSubject: Incident review\nDate: Thu, 14 Nov 2024 08:30:00 GMT\n",
    # a mail archive's page, its header table copied without colons
    "From SRE team <>\nSubject Incident review\nDate Thu, 14 Nov 2024 08:30:00 GMT\n",
])
def test_a_mail_headers_zone_is_not_the_zone_of_the_messages_times(header: str) -> None:
    # the header was stamped by the sender's client or the archive; the times the message
    # tells name no zone of their own
    text = header + "\nOn 12 November 2024 the queue stalled at 16:40, and at 17:05 it ran.\n"
    told = [e for e in resolve(text).events if e.clock is not None and e.line > 3]
    assert [(e.local, e.zone) for e in told] == [("2024-11-12T16:40", None),
                                                  ("2024-11-12T17:05", None)]


def test_a_date_field_in_a_report_header_still_dates_the_incident() -> None:
    text = ("Incident: queue stall\nDate: 12 November 2024\nOwner: sre\n\n"
            "TIMELINE (UTC)\n16:40 - queue stalls\n17:05 - workers restarted\n")
    assert [e.local for e in entries(resolve(text))] == ["2024-11-12T16:40", "2024-11-12T17:05"]


def test_an_incident_platform_export_gives_its_phases_as_fields() -> None:
    timeline = resolve("# Incident #4411\n\nTriggered: 2024-03-05T14:02:11Z\n"
                       "Acknowledged: 2024-03-05T14:06:40Z\nResolved: 2024-03-05T14:55:02Z\n")
    assert [(e.kind, e.phase) for e in timeline.events] == [
        ("field", "detection"), ("field", "acknowledgement"), ("field", "resolution")]


def test_a_date_after_since_is_background_not_the_day_later_times_take() -> None:
    timeline = resolve("# Cluster red\n\n**Date:** 2023-10-17\n**Root cause:** retention job "
                       "failing since 2023-10-03.\n**Detection:** alert at 08:09 UTC.\n")
    (detection,) = [e for e in timeline.events if e.clock is not None]
    assert detection.local == "2023-10-17T08:09"


def test_a_month_and_year_alone_on_a_line_gives_the_year_too() -> None:
    timeline = resolve("Incident History\n\nMarch 2024\n\nSlow checkout\nResolved - fixed.\n"
                       "Mar 14, 16:10 UTC\nInvestigating - slow.\nMar 14, 14:02 UTC\n")
    assert [e.local for e in entries(timeline)] == ["2024-03-14T16:10", "2024-03-14T14:02"]


@pytest.mark.parametrize("marks", [("(next day)", "(next day)"), ("(+1)", "(+1)"),
                                   ("D+1", "D+1"), ("(Sat)", "(Sat)"), ("Jun 14", "")])
def test_day_said_after_the_clock_past_midnight(marks: tuple[str, str]) -> None:
    first, second = marks
    timeline = resolve("Date: Friday 13 June 2025\nAll times UTC.\n\n## Timeline\n"
                       f"- 23:35 backup window opens\n- 00:20 {first} restore fails\n"
                       f"- 02:05 {second} restore rerun succeeds\n")
    days = [e.local[:10] for e in entries(timeline)]
    assert days == ["2025-06-13", "2025-06-14", "2025-06-14"]


def test_a_weekday_entry_just_before_the_header_date_is_that_earlier_day() -> None:
    # the incident is dated by the day it was worst; its first entry names the evening before
    timeline = resolve("Incident date: Thursday 14 March 2024\n\n## Log (UTC)\n"
                       "- Wed 22:50 nightly export overruns\n- Thu 00:30 queue alarms\n"
                       "- Thu 03:10 export killed, queues drain\n")
    assert [e.local for e in entries(timeline)] == [
        "2024-03-13T22:50", "2024-03-14T00:30", "2024-03-14T03:10"]
    assert noted(entries(timeline)[0], "the Wed just before the date on line 1")


def test_weekday_entries_after_an_entry_move_forward_only() -> None:
    # "Mon" after a Friday entry is the Monday after, not the one before
    timeline = resolve("## Log (UTC)\n- Fri 8 Mar 2024 16:00 runners stall\n"
                       "- Mon 09:00 root cause found\n")
    assert entries(timeline)[-1].local == "2024-03-11T09:00"


def test_a_year_heading_gives_its_year_to_every_date_under_it() -> None:
    # newest first within each year: "Feb 3" under "2021" is February 2021, not 2022
    timeline = resolve("# Past incidents\n\n## 2021\n\n- Nov 9, 14:00 UTC: mail queue stuck\n"
                       "- Feb 3, 08:20 UTC: VPN down\n\n## 2020\n\n"
                       "- Dec 30, 23:10 UTC: backup failed\n")
    assert [e.local for e in entries(timeline)] == [
        "2021-11-09T14:00", "2021-02-03T08:20", "2020-12-30T23:10"]
    assert noted(entries(timeline)[1], "year 2021 from the heading on line 3")


def test_a_four_digit_number_heading_that_is_no_year_gives_none() -> None:
    timeline = resolve("# Past incidents\n\n## 4711\n\n- Nov 9, 14:00 UTC: mail queue stuck\n")
    assert entries(timeline)[0].local.startswith("--11-09")


@pytest.mark.parametrize(("title", "year"), [
    ("# Cyber Monday 2022: cart service brownout", "2022"),
    ("# Cart service brownout (2022)", "2022"),
    ("---\ntitle: Cart service brownout, November 2022\n---", "2022"),
    # a page copied as plain text: its first line, short and with no closing stop, is its title
    ("Cart service brownout of November 2022", "2022"),
    ("November 2022 - cart service brownout report", "2022"),
])
def test_a_year_in_the_title_dates_year_less_entries(title: str, year: str) -> None:
    timeline = resolve(f"{title}\n\n## Log (UTC)\n- Nov 28 14:10 carts time out\n"
                       "- Nov 28 15:45 carts back\n")
    assert [e.local[:10] for e in entries(timeline)] == [f"{year}-11-28"] * 2
    assert noted(entries(timeline)[0], f"year {year} from the title on line")


@pytest.mark.parametrize("title", [
    "# Windows Server 2019 hosts lost their domain trust",
    "# Outage 2022 and 2023 retrospective",  # two years: which one is unknown
])
def test_a_title_year_that_names_no_single_year_is_not_used(title: str) -> None:
    timeline = resolve(f"{title}\n\n## Log (UTC)\n- Nov 28 14:10 hosts drop off\n")
    assert entries(timeline)[0].local.startswith("--11-28")


@pytest.mark.parametrize("opening", [
    # a sentence first, not a title: its year is the story's, not the report's
    "In 2019 we moved the carts to a new cluster, and it has been quiet since.",
    "Our cart service has run on the same cluster since the big 2019 migration, with one "
    "brownout this autumn",  # too long for a title line
])
def test_a_plain_first_line_that_is_no_title_gives_no_year(opening: str) -> None:
    timeline = resolve(f"{opening}\n\n## Log (UTC)\n- Nov 28 14:10 carts time out\n")
    assert entries(timeline)[0].local.startswith("--11-28")


@pytest.mark.parametrize(("aside", "year"), [
    # a whole date in words anywhere in the text, an entry's own words too: the nearest year
    ("the host's notice\n  of 28 November 2021 gives the cause.", "2021-"),
    ("ホストの説明\n  （2021年11月28日時点）は以下のとおり。", "2021-"),
    ("the host has not said\n  when the fault began.", "--"),  # no date at all: no year
])
def test_a_year_less_log_takes_the_year_of_a_date_written_in_words(aside: str,
                                                                   year: str) -> None:
    text = (f"Cache outage\n\n## Timeline (UTC)\n- Dec 2 14:10: cache fails\n"
            f"- Dec 2 15:00: fixed; {aside}\n")
    assert all(e.local.startswith(year) for e in entries(resolve(text)))


@pytest.mark.parametrize(("byline", "year"), [
    ("5 min read · Mar 14, 2023", "2022"),  # after the post's day: the year before
    ("Posted on November 30, 2023", "2023"),  # before it: the post's year
    ("Published: 2023-12-01", "2023"),
])
def test_a_year_less_day_in_a_post_is_the_last_one_before_the_post(byline: str,
                                                                   year: str) -> None:
    text = (f"Our cache outage\n\nJane Doe\n{byline}\n\nOn November 28, at 14:10 UTC, the "
            "cache failed.\n\n## Timeline\n\n- 14:10 UTC: cache fails\n- 15:00 UTC: fixed\n")
    assert {e.local[:10] for e in resolve(text).events if e.clock} == {f"{year}-11-28"}


def test_a_story_day_is_no_posting_day() -> None:
    # a whole date in the story, not after a byline's words, leaves a later day in its year
    text = ("Our cache outage\n\nThe cluster was built on Sep 14, 2023 and ran well.\n\n"
            "## Timeline\n\n- Nov 28 14:10 UTC: cache fails\n")
    assert entries(resolve(text))[0].local.startswith("2023-11-28")


@pytest.mark.parametrize(("later", "day"), [
    ("At 8 a.m. on Sunday, mail came back.", "--03-05T08:00"),
    ("By 6 p.m. on Saturday, mail came back.", "--03-04T18:00"),  # the same day
    ("At 8 a.m. on Tuesday, mail came back.", "--03-07T08:00"),
    # more than three days on is the nearer one before: as with a year written
    ("The first warning had come at 8 a.m. on Thursday.", "--03-02T08:00"),
])
def test_a_weekday_after_a_year_less_day_with_its_weekday_counts_from_it(
        later: str, day: str) -> None:
    # no year says what weekday March 4 was, but the text does: Saturday
    text = ("Mail outage notes\n\nThe relay failed at 2 p.m. on Saturday, March 4.\n\n"
            f"{later}\n")
    last = resolve(text).events[-1]
    assert last.local == day


def test_a_weekday_settles_a_numeric_dates_order_in_the_titles_year() -> None:
    # 10 February 2021 was a Wednesday, 2 October 2021 a Saturday: "Sat 2/10" is day-first
    timeline = resolve("# Backup failures (2021)\n\n## Log (UTC)\n- Sat 2/10 02:00 job fails\n"
                       "- Sat 2/10 06:30 job re-run\n")
    assert entries(timeline)[0].local == "2021-10-02T02:00"


def test_times_in_a_status_updates_words_are_not_after_its_stamp() -> None:
    """A status page flattened to text, each stamp ending its update: a time the update's
    words give, dated from that line, happened before the update was posted (the evening
    before a stamp just after midnight), or, carried from an earlier date, on the stamp's
    night."""
    text = ("**Resolved** - Between 22:40 and 23:50 UTC on March 3, 2025, pushes failed; the "
            "incident was closed at 00:10 UTC. Mar 4, 00:12 UTC\n"
            "**Update** - Pushes work again since 23:50 UTC. Mar 4, 00:05 UTC\n")
    by_written = {(e.line, e.written): e.local for e in resolve(text).events}
    assert by_written[(1, "00:10 UTC")] == "2025-03-04T00:10"  # the night after March 3
    assert by_written[(2, "23:50 UTC")] == "2025-03-03T23:50"  # the evening before Mar 4


def test_a_narrative_line_without_a_stamp_keeps_its_carried_date() -> None:
    text = ("On May 2, 2025 around 01:00 UTC the first errors came; by 23:10 UTC every region "
            "was restored.\n")
    by_written = {e.written: e.local for e in resolve(text).events}
    assert by_written["23:10 UTC"] == "2025-05-02T23:10"
def test_a_twelve_hour_log_with_no_am_pm_anywhere_goes_on_past_noon() -> None:
    timeline = resolve("## Timeline (CET), 14 Oct 2024\n- 10:40 cache cold\n- 11:55 paged\n"
                       "- 12:20 failover\n- 2:05 traffic back\n- 4:45 closed\n")
    assert [e.local for e in entries(timeline)] == [
        "2024-10-14T10:40", "2024-10-14T11:55", "2024-10-14T12:20", "2024-10-14T14:05",
        "2024-10-14T16:45"]


@pytest.mark.parametrize("text", [
    # a far step back from the late morning: the next morning, not the evening
    "## Timeline (CET), 14 Oct 2024\n- 9:10 alert\n- 12:30 fix\n- 11:00 audit\n- 8:20 retest\n",
    # a leading zero is a 24-hour clock: "01:05" after "12:20" is after midnight
    "## Timeline (CET), 14 Oct 2024\n- 11:55 paged\n- 12:20 failover\n- 01:05 back\n",
])
def test_no_afternoon_read_into_a_log_without_am_pm_where_a_new_day_is_likelier(
        text: str) -> None:
    assert entries(resolve(text))[-1].local.startswith("2024-10-15T")


def test_front_matter_title_dates_the_incident_over_its_posting_date() -> None:
    timeline = resolve('---\ndate: 2023-11-30 08:00:00\ntitle: "Review: queue stall of 2023-10-02"'
                       '\n---\n## Timeline (UTC)\n\n- 14:10 backlog alert\n- 14:45 consumers '
                       'restarted\n')
    assert [e.local for e in entries(timeline)] == ["2023-10-02T14:10", "2023-10-02T14:45"]



def test_zone_named_in_an_html_table_header_cell() -> None:
    timeline = resolve("# Queue stall, 2021-01-12\n\n<table>\n<tr>\n<th>When (CET)</th>\n"
                       "<th>What</th>\n</tr>\n<tr>\n<td>09:40</td>\n<td>consumers stop</td>\n"
                       "</tr>\n<tr>\n<td>10:05</td>\n<td>broker restarted</td>\n</tr>\n"
                       "</table>\n")
    assert [utc(e) for e in entries(timeline)] == ["2021-01-12T08:40:00+00:00",
                                                    "2021-01-12T09:05:00+00:00"]


def test_dated_entries_without_am_pm_go_on_past_noon() -> None:
    timeline = resolve("## Timeline (UTC)\n- 2022-06-07 10:15 mirror sync stuck\n"
                       "- 2022-06-07 12:05 sync restarted\n- 2022-06-07 2:40 sync stuck again\n"
                       "- 2022-06-07 3:15 disk swapped\n")
    assert [e.local for e in entries(timeline)] == [
        "2022-06-07T10:15", "2022-06-07T12:05", "2022-06-07T14:40", "2022-06-07T15:15"]


def test_dated_entry_with_a_leading_zero_hour_is_not_moved_past_noon() -> None:
    timeline = resolve("## Timeline (UTC)\n- 2022-06-07 10:15 mirror sync stuck\n"
                       "- 2022-06-07 12:05 sync restarted\n- 2022-06-07 02:40 sync stuck again\n")
    assert entries(timeline)[-1].local == "2022-06-07T02:40"


def test_a_date_said_to_be_last_week_does_not_date_the_paragraphs_after_it() -> None:
    timeline = resolve("# Broker outage, June 4th 2024\n\nThe config was first changed last week "
                       "(2024-05-28), with no effect.\n\nAt 21:15 the broker stopped.\n\n"
                       "## Timeline (UTC)\n\n- 2024-06-04 21:15 broker stopped\n")
    prose = next(e for e in timeline.events if e.line == 5)
    assert prose.local == "2024-06-04T21:15"


def test_a_zoneless_time_with_its_utc_rendering_beside_it_is_on_that_offset() -> None:
    # the writer's clock is two hours ahead of UTC; the next zoneless time is on it too
    text = ("# Disk swap on 2024-06-03\n\nAt 08:00 UTC the vendor confirmed the slot.\n\n"
            "At 09:40 (07:40 UTC) the disk filled. At 10:05 we swapped it.\n")
    events = [e for e in resolve(text).events if e.clock is not None]
    assert [iso(e) for e in events] == [
        "2024-06-03T08:00:00+00:00", "2024-06-03T09:40:00+02:00", "2024-06-03T07:40:00+00:00",
        "2024-06-03T10:05:00+02:00"]
    assert noted(events[1], "zone UTC+02:00: the UTC time written beside it on line 5")


def test_a_zoneless_time_with_a_colonless_gmt_rendering_is_on_that_offset() -> None:
    # as news wires write it: "6am (1000 GMT)"
    text = "# Sorting fault, 2011-04-12\n\nBelts stopped at 7am (1100 GMT), ran at 8.30am.\n"
    first = next(e for e in resolve(text).events if e.clock is not None)
    assert iso(first) == "2011-04-12T07:00:00-04:00"


@pytest.mark.parametrize("said", ["local time", "Local", "hrs local time"])
def test_a_time_said_local_with_its_utc_rendering_is_on_that_offset(said: str) -> None:
    # "local time", whose zone the text never names, with its UTC beside it: the local clock
    # is the offset between the two, not an unknown zone
    text = ("# Mirror outage\n\nThe sync job failed at 02:00 UTC on 12 May 2021.\n\n"
            f"At 05:30 {said} (02:30 UTC) the array went read-only.\n")
    events = [e for e in resolve(text).events if e.clock is not None]
    assert iso(events[1]) == "2021-05-12T05:30:00+03:00"
    assert noted(events[1], "zone UTC+03:00: the UTC time written beside it on line 5")


def test_a_zone_after_in_is_the_times_clock() -> None:
    # "in UTC+8", "in PST" after the time (and its date): the clock it is read on
    text = ("# Payout delay\n\nThe job stalled at 20:05 UTC on 3 March 2024, which is 04:05 "
            "on 4 March in UTC+8.\n\nSupport heard of it at 13:10 in PST on 4 March.\n")
    events = [e for e in resolve(text).events if e.clock is not None]
    assert [iso(e) for e in events] == [
        "2024-03-03T20:05:00+00:00", "2024-03-04T04:05:00+08:00", "2024-03-04T13:10:00-08:00"]


def test_a_utc_rendering_no_clock_offset_explains_gives_no_zone() -> None:
    # 1 h 59 min apart: a slip in one of the two, not a zone
    text = "# Disk swap on 2024-06-03\n\nAt 09:40 (07:41 UTC) the disk filled.\n"
    first = next(e for e in resolve(text).events if e.clock is not None)
    assert not noted(first, "written beside it")


RESTATED_AFTER_THE_LOG = """# Warehouse scanners offline, 6 June 2025

Times in CEST.

- 22:10 firmware push starts
- 22:40 scanners stop reporting
- 23:55 rollback begins
- 00:35 scanners back online
{extra}
Scanners were offline from 22:40 to 00:35.
"""


def test_summary_after_the_log_is_read_on_the_day_of_the_entry_it_restates() -> None:
    timeline = resolve(RESTATED_AFTER_THE_LOG.format(extra=""))
    start, end = [e for e in timeline.events if e.source == "summary" and e.clock is not None]
    assert (start.local, end.local) == ("2025-06-06T22:40", "2025-06-07T00:35")
    assert noted(start, "whose time this restates")


def test_a_clock_time_on_two_days_of_the_log_restates_nothing() -> None:
    # the log goes on to a second evening at 22:40: which one the summary means is unknown,
    # so the summary takes the date carried down, as any time-only line does
    text = RESTATED_AFTER_THE_LOG.format(extra="- 7 June 2025 22:40 scanners flap again\n")
    start, _ = [e for e in resolve(text).events if e.source == "summary" and e.clock is not None]
    assert not noted(start, "restates")
    assert start.local == "2025-06-07T22:40"


def test_a_time_on_a_line_that_writes_its_own_date_restates_no_entry_months_away() -> None:
    # a log of two incidents: the April notice names its own day and a window at 22:40,
    # the clock time of an entry of the January incident above; it is April's 22:40
    text = ("# Site notices, 2025\n\n## Timeline\n"
            "- 14 January 2025 22:40 UTC: scanners stop reporting\n"
            "- 15 January 2025 01:10 UTC: scanners back online\n\n"
            "## Planned work\n\n"
            "Network work on Tuesday 8 April 2025, in a window from 22:40 to 02:00 UTC.\n")
    start = next(e for e in resolve(text).events
                 if e.source == "summary" and e.clock is not None and e.line == 9)
    assert not noted(start, "restates")
    assert start.local == "2025-04-08T22:40"


NEWEST_FIRST_OVER_NEW_YEAR = """# Storage recovery log

- 2 April 2025 11:15 UTC: the last damaged files are removed
- 13 July 14:15 UTC: reading lost data now returns zeros
- 11 July 10:30 UTC: the two remaining targets are back
- 6 July 17:00 UTC: four of six targets are back
- {last} 08:30 UTC: six targets go down
"""


def test_a_newest_first_log_goes_back_a_year_rather_than_months_forward() -> None:
    # the update stamped with its year is the latest; "13 July" under it is the July
    # before, not three months after it
    events = [e for e in resolve(NEWEST_FIRST_OVER_NEW_YEAR.format(last="6 July")).events
              if e.clock is not None]
    assert [e.local[:10] for e in events] == [
        "2025-04-02", "2024-07-13", "2024-07-11", "2024-07-06", "2024-07-06"]


def test_a_newest_first_log_takes_a_step_of_days_forward_as_a_slip() -> None:
    # "4 April" under "2 April 2025" is two days on, out of order, not a year back
    text = NEWEST_FIRST_OVER_NEW_YEAR.replace("13 July", "4 April").format(last="6 July")
    events = [e for e in resolve(text).events if e.clock is not None]
    assert events[1].local[:10] == "2025-04-04"


def test_a_sentence_that_writes_its_own_date_restates_no_entry() -> None:
    # the log's 22:40 is on 6 June; a later notice that names its own day and a window
    # starting at 22:40 is on that day, not on the entry's
    text = RESTATED_AFTER_THE_LOG.format(
        extra="\nOn Tuesday 17 June 2025 the scanners went dark again from 22:40 to 23:50.\n")
    windows = [e for e in resolve(text).events if e.line == 10 and e.clock is not None]
    assert [e.local for e in windows] == ["2025-06-17T22:40", "2025-06-17T23:50"]


SPAN_HEADED_LOG = """# Mirror status history

### June 10, 2024 - March 5, 2025

**Closed**: the last stale mirror was rebuilt.
March 5, 2025, 09:00 UTC

**Update**: {month_day}, 16:30 UTC: two mirrors still serve stale indexes.

**Opened**: index sync stopped on all mirrors.
June 10, 08:15 UTC
"""


def test_a_year_less_day_under_a_span_heading_takes_the_span_year() -> None:
    # newest first: "August 18" after "March 5, 2025" is the August inside the heading's
    # span, 2024, though August 2025 is nearer to March 5, 2025
    events = resolve(SPAN_HEADED_LOG.format(month_day="August 18")).events
    assert [e.local for e in events if e.line in (8, 11)] == [
        "2024-08-18T16:30", "2024-06-10T08:15"]
    assert noted(next(e for e in events if e.line == 8), "inside the span of days")


def test_a_year_less_day_outside_the_span_keeps_the_nearest_year() -> None:
    events = resolve(SPAN_HEADED_LOG.format(month_day="April 20")).events
    assert next(e for e in events if e.line == 8).local == "2025-04-20T16:30"


def test_a_front_matter_stamp_lends_its_zone_to_no_body_time() -> None:
    # the publishing tool writes its stamps in UTC; the author's own clock is another thing,
    # here named further down (CET): the only zone the text writes is the morning's times' zone
    text = """---
title: Payment terminals offline
date: 2025-03-14T07:40:02Z
---
Card terminals in all stores went offline this morning at 8:35 AM. They were back at 9:10 AM.

Start of incident: 14/03/2025 08:35 CET
"""
    stamp, first, second, start = resolve(text).events
    assert stamp.zone is not None and stamp.zone.label == "UTC"
    assert first.zone is not None and first.zone.label == "CET"
    assert second.zone is not None and second.zone.label == "CET"
    assert noted(first, "zone CET from line 7")
    assert start.zone is not None and start.zone.label == "CET"


def test_a_section_name_is_read_for_its_phase_once_per_document(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Entries whose words name no phase take their section's: the section's name is
    classified once, however many entries it holds, and each of them gets its phase."""
    from pmlint.timeline import normalise

    read: list[str] = []
    real = normalise.classify_all

    def counting(text: str, lexicon):  # type: ignore[no-untyped-def]
        read.append(text)
        return real(text, lexicon)

    monkeypatch.setattr(normalise, "classify_all", counting)
    timeline = timeline_from_text(
        "## Mitigation steps\n\nMarch 4, 2024 (UTC)\n\n"
        "1. 10:00 UTC drained pool A\n2. 10:05 UTC drained pool B\n3. 10:09 UTC drained pool C\n")
    assert read.count("Mitigation steps") == 1
    assert [e.section for e in timeline.events if e.clock is not None] == ["Mitigation steps"] * 3


def test_a_24_hour_row_a_few_hours_back_under_a_day_heading_stays_on_that_day() -> None:
    # an ops journal's day heading holds the table; a row grouped under another host steps
    # back 3 hours: that day's list out of order, not the next morning
    text = ("# Night shift notes\n\n### 2024-11-19\n\n"
            "| Time | System | Note |\n| --- | --- | --- |\n"
            "| 08:40 | db3 | vacuum started |\n| 15:05 | db3 | vacuum done |\n"
            "| 12:05 | mail | queue flushed |\n| 12:30 | mail | relay restarted |\n")
    times = [e.local[:16] for e in entries(resolve(text))]
    assert times[-2:] == ["2024-11-19T12:05", "2024-11-19T12:30"]


def test_a_24_hour_step_from_late_evening_under_a_day_heading_is_the_next_morning() -> None:
    text = ("# Night shift notes\n\n### 2024-11-19\n\n"
            "| Time | System | Note |\n| --- | --- | --- |\n"
            "| 20:10 | db3 | vacuum started |\n| 23:50 | db3 | vacuum at 90% |\n"
            "| 05:20 | db3 | vacuum done |\n")
    assert entries(resolve(text))[-1].local[:16] == "2024-11-20T05:20"


def test_consecutive_numeric_dates_are_read_the_way_that_makes_them_a_day_apart() -> None:
    from pmlint.timeline.document import timeline_from_text
    text = "## Timeline (UTC)\n- 10/09/2022 22:55 backlog grows\n- 11/09/2022 01:20 drained\n"
    starts = [e.local[:10] for e in timeline_from_text(text, "t.md").events if e.clock]
    assert starts == ["2022-09-10", "2022-09-11"]  # day first: 10 and 11 September


def test_a_twelve_hour_log_without_am_pm_that_ran_overnight_starts_the_evening_before() -> None:
    from pmlint.timeline.document import timeline_from_text
    head = "# Reindex\n\nThe reindex ran overnight from 2025-01-14 (UTC).\n\n## Timeline\n"
    rows = "- 7:15 reindex kicked off\n- 10:50 half the shards done\n- 12:35 throttled\n" \
           "- 2:40 last shard done\n"
    got = [e.local for e in timeline_from_text(head + rows, "t.md").events if e.clock]
    assert got == ["2025-01-14T19:15", "2025-01-14T22:50", "2025-01-15T00:35",
                   "2025-01-15T02:40"]
    # without a word of the night the log is read as before: the morning, past noon
    plain = timeline_from_text(head.replace("ran overnight from", "ran on") + rows, "t.md")
    assert next(e.local for e in plain.events if e.clock) == "2025-01-14T07:15"


def test_a_time_that_opens_a_clause_of_its_own_takes_the_words_after_it() -> None:
    # "..., and at around 4.15PM the portal was back": only "at around" after the clause
    # break, so what happened at the time is told after it; the first time keeps its own
    timeline = resolve("At 9:20 AM UTC on 3 March 2024 customers could not sign in to the "
                       "portal. Engineers spent the morning on the identity provider logs and "
                       "the proxy settings, and at around 4.15PM UTC the portal was back to "
                       "normal.\n")
    phases = [(e.written, e.phase) for e in timeline.events if e.clock is not None]
    assert phases[-1] == ("4.15PM UTC", "resolution")


def test_a_summary_clock_without_am_pm_over_an_afternoon_log_is_that_afternoon() -> None:
    # "2:05" in the heading, the 24-hour timeline from 14:12 to 14:40: the author's 12-hour
    # habit with the PM left off, not a time twelve hours before anything the log tells
    text = ("# Cart service outage - 2024-05-06 2:05 CT\n\n## Timeline (CT)\n\n"
            "- 14:12 - cart requests time out\n- 14:20 - pods restarted\n"
            "- 14:40 - carts load again\n")
    events = timeline_from_text(text, "x.md", Options()).events
    title = next(e for e in events if e.line == 1 and e.clock is not None)
    assert title.local.startswith("2024-05-06T14:05")
    assert any(p.what == "meridiem" and p.how == "afternoon-log" for p in title.provenance)
    # a log in the morning, or a time written with a leading zero, keeps the reading
    morning = text.replace("- 14:", "- 09:")
    title = next(e for e in timeline_from_text(morning, "x.md", Options()).events
                 if e.line == 1 and e.clock is not None)
    assert title.local.startswith("2024-05-06T02:05")
    padded = text.replace("2:05 CT", "02:05 CT")
    title = next(e for e in timeline_from_text(padded, "x.md", Options()).events
                 if e.line == 1 and e.clock is not None)
    assert title.local.startswith("2024-05-06T02:05")


def test_told_yesterday_and_today_are_found_in_any_case_above_the_timeline_only() -> None:
    """The words are looked for in the whole account above the timeline at once, then line
    by line: a capitalised "YESTERDAY" or "THIS MORNING" is found on its own line, and one
    below the first entry is not."""
    from pmlint.timeline.extract import extract
    from pmlint.timeline.normalise import _TODAY, _TODAY_WORDS, _told_yesterday

    above = extract("# Queue outage\n\nA short account.\n\nTHIS MORNING the queue stalled; "
                    "YESTERDAY it drained.\n\n## Timeline\n\n- 10:00 UTC alert fired\n")
    assert _told_yesterday(above.lines, above.entries, 0) == 5
    assert _told_yesterday(above.lines, above.entries, 0, _TODAY, "", _TODAY_WORDS) == 5
    below = extract("# Queue outage\n\n## Timeline\n\n- 10:00 UTC alert fired\n\n"
                    "Yesterday and this morning, below the entries.\n")
    assert _told_yesterday(below.lines, below.entries, 0) is None
    assert _told_yesterday(below.lines, below.entries, 0, _TODAY, "", _TODAY_WORDS) is None


@pytest.mark.parametrize("stamp", [
    # the write-up's own dates and its review, after the incident
    "**Review date:** 2023-03-20 15:00 UTC",
    "Postmortem meeting: March 20, 2023 at 3 PM UTC",
    "- Last edited: 20/03/2023 15:00",
    "| Report written | 2023-03-20 15:00 UTC |",
    # another incident the header cites
    "Previous incident: 2023-02-27 08:15 UTC",
    "| Related outage | 2023-02-27 |",
])
def test_a_header_stamp_of_the_write_up_or_another_incident_does_not_date_the_log(
        stamp: str) -> None:
    table = stamp.startswith("|")
    header = ("| | |\n|---|---|\n| Incident start | 2023-03-11 21:05 UTC |\n" if table
              else "**Date:** 2023-03-11\n")
    text = (f"# Billing API outage\n\n{header}{stamp}\n\n"
            "## Timeline\n21:05 - error rate climbs\n21:40 - rollback done\n")
    timeline = timeline_from_text(text, "x.md", Options())
    entries = [e for e in timeline.events if e.source == "timeline"]
    assert [e.local[:16] for e in entries] == ["2023-03-11T21:05", "2023-03-11T21:40"]


def test_a_labelled_step_in_the_header_still_dates_the_log() -> None:
    """Not every label with a stamp is the write-up's: "Rollback:" is a step of the day."""
    text = ("# Billing API outage\n\n**Rollback:** 2023-03-12 00:40 UTC\n\n"
            "## Timeline\n23:05 - error rate climbs\n23:40 - paged\n")
    timeline = timeline_from_text(text, "x.md", Options())
    entries = [e for e in timeline.events if e.source == "timeline" and e.line > 4]
    assert [e.local[:10] for e in entries] == ["2023-03-12", "2023-03-12"]


@pytest.mark.parametrize(("first", "want_first"), [
    # the first entry's slip: its PM rolled every entry after it to the next day
    ("9:40 PM", "2024-06-03T09:40"),
    # written right: the morning goes on, nothing moves
    ("9:40 AM", "2024-06-03T09:40"),
])
def test_a_first_entry_read_with_its_other_meridiem_stays_on_its_day(
        first: str, want_first: str) -> None:
    from pmlint.timeline.settled import settle
    text = ("# Upgrade outage, 3 June 2024\n\nAll times UTC.\n\n## Timeline\n"
            f"- {first}: upgrade starts\n- 10:05 AM: site down\n- 10:12 AM: on-call paged\n"
            "- 10:30 AM: rollback done\n- 10:41 AM: site back\n")
    timeline = settle(timeline_from_text(text, "x.md", Options()))
    entries = [e.local[:16] for e in timeline.events if e.source == "timeline"]
    assert entries == [want_first, "2024-06-03T10:05", "2024-06-03T10:12",
                       "2024-06-03T10:30", "2024-06-03T10:41"]


def test_a_time_the_account_gave_with_its_date_is_read_on_that_date_again() -> None:
    """"At about 21:10 CET, ..." repeats the start told with its date, not the end's day."""
    text = ("# Sync outage\n\nSync stopped on 3 February 2025 at about 21:10 CET and stayed "
            "down until 07:30 CET on 4 February.\n\nAt about 21:10 CET, the sync queue stopped "
            "draining and its workers crashed.\n")
    timeline = timeline_from_text(text, "x.md", Options())
    later = [e for e in timeline.events if e.line == 5]
    assert [e.local[:16] for e in later] == ["2025-02-03T21:10"]


def test_a_time_given_on_two_dates_is_not_a_restatement() -> None:
    text = ("# Sync outage\n\nSync stopped on 3 February 2025 at 21:10 CET, and again on "
            "4 February 2025 at 21:10 CET.\n\nAt 21:10 CET, the sync queue stopped draining.\n")
    timeline = timeline_from_text(text, "x.md", Options())
    later = [e for e in timeline.events if e.line == 5]
    assert [e.local[:10] for e in later] == ["2025-02-04"]


@pytest.mark.parametrize("cited", ["(eg, October 13th's outage)", "(for example on October 13th)",
                                   "such as October 13th"])
def test_a_day_cited_as_an_example_does_not_date_the_account(cited: str) -> None:
    text = (f"On November 10th, at 3:32 PM PST, the API failed again, like earlier incidents "
            f"{cited}.\n\nAt 3:30 PM, PST, the first alerts fired.\n")
    timeline = timeline_from_text(text, "x.md", Options())
    later = [e for e in timeline.events if e.line == 3]
    assert [e.local[:8] for e in later] == ["--11-10T"]


def _phase_of_its_one_time(sentence: str) -> str:
    """The phase read for the one time of `sentence`, in a document of its own."""
    timeline = resolve(f"# Report\n\n{sentence}\n")
    (event,) = [e for e in timeline.events if e.clock is not None]
    return event.phase


@pytest.mark.parametrize(("sentence", "phase"), [
    # "since" opening a clause (because ...): its verb tells of the time, no span starts
    ("Since the router was still rebooting at 08:40, we waited for it.", "other"),
    ("We called the vendor, since the queue had not drained by 08:40.", "other"),
    # "since" before the time itself starts a span
    ("Payments have been failing since 08:40 UTC.", "start"),
    ("The dashboard has been empty since approximately 08:40.", "start"),
    # a time that opens its sentence is told by the words after it; a "from" or "until"
    # among them marks no start or end of its own
    ("By 14:05 UTC we had confirmations from customers in three regions.", "other"),
    ("At 09:12 UTC traffic was shifted from the old cluster to the new one.", "mitigation"),
    # right before its time, "from" still starts and "until" still ends
    ("The API was unreachable from 14:05 UTC.", "start"),
    ("Writes were rejected until 14:40 UTC.", "end"),
])
def test_a_preposition_marks_only_the_time_right_after_it(sentence: str, phase: str) -> None:
    assert _phase_of_its_one_time(sentence) == phase


@pytest.mark.parametrize(("sentence", "phase"), [
    # the state a fronted phrase names ("back online", "restored") is not what the clause
    # after the comma and its subject tells at the time
    ("Once the primary database was restored, we moved on to the archive nodes at "
     "10:42 UTC.", "other"),
    ("With checkout back online, the team turned to the refund backlog at 10:42 UTC.",
     "other"),
    # the clause after the comma tells a recovery itself: still a resolution
    ("After the rollback finished, we confirmed that checkout had recovered at 10:42 UTC.",
     "resolution"),
    # no subject after the comma: the whole clause tells the time
    ("The queue drained, and the service was restored at 10:42 UTC.", "resolution"),
])
def test_a_time_is_told_by_the_clause_whose_subject_follows_the_comma(sentence: str,
                                                                      phase: str) -> None:
    assert _phase_of_its_one_time(sentence) == phase


@pytest.mark.parametrize(("sentence", "phase"), [
    # a time in parentheses after its date is the date's, told by the words before the date
    ("Last spring we suffered a complete outage of the booking site on 4 April 2024 (9:05 AM "
     "UTC), which lasted two hours.", "start"),
    # or, when the date opens the sentence, by the words after the parenthesis
    ("On 4 April 2024 (9:05 AM UTC), we experienced a network outage across both regions.",
     "start"),
    # a dependency's outage told in a sentence is no start of ours
    ("On 4 April 2024 (9:05 AM UTC), our CDN provider experienced a partial outage.", "other"),
    # a date and its time that tell another step
    ("On 4 April 2024 (9:05 AM UTC), we published the quarterly report.", "other"),
])
def test_a_time_in_parentheses_after_its_date_is_told_by_the_dates_sentence(sentence: str,
                                                                           phase: str) -> None:
    assert _phase_of_its_one_time(sentence) == phase


@pytest.mark.parametrize(("text", "expected"), [
    # a day just before the date written beside it is that month's
    ("Mail was fixed at 09:10 UTC on March 20th. It had been broken since 18:00 UTC on the 19th.",
     "2024-03-19T18:00"),
    # a day far before the date's, near the next month's start, is the next month's
    ("The window opened at 09:10 UTC on March 30th and closed at 18:00 UTC on the 2nd.",
     "2024-04-02T18:00"),
])
def test_a_day_alone_takes_the_nearer_month(text: str, expected: str) -> None:
    timeline = resolve(f"# Report\n\n{text}\n", reference=dt.date(2024, 1, 1))
    last = [e for e in timeline.events if e.clock is not None][-1]
    assert last.local[:16] == expected


DAY_TABLES = """# Database failover

**Report date:** March 6, 2025

All times below are UTC.

#### Day 1 - March 3, 2025

| When | What |
|------|------|
| 20:40 | Disk usage alarm on db-2 |
| 22:15 | Replication lag climbs past 10 minutes |

#### Day 2 - March 4, 2025

| When | What |
|------|------|
| 08:05 | On-call engineer acknowledges the page |
| 08:30 | Failover to db-3 started |
"""


def test_a_numbered_day_heading_dates_the_table_under_it() -> None:
    # "Day 2 - March 4" is March 4 (not "2 - March", a day-first date), and a table under
    # its heading takes that day, not the report's date above it, header rows between
    timeline = resolve(DAY_TABLES)
    rows = [e.local for e in timeline.events if e.clock is not None]
    assert rows == ["2025-03-03T20:40", "2025-03-03T22:15", "2025-03-04T08:05",
                    "2025-03-04T08:30"]


@pytest.mark.parametrize("label", ["The following day (April 9)", "Second day, April 9:",
                                   "Morning after — April 9", "다음 날 (April 9)"])
def test_a_few_words_before_a_day_line_still_date_the_lines_under_it(label: str) -> None:
    # a day line labelled in words ("The following day (April 9)") dates the times under it,
    # not the incident's first day told in the opening sentence
    text = (f"The primary site lost cooling on April 8, 2024 at 21:10 UTC.\n"
            f"{label}\n- 04:20, the last racks came back.\n- 06:05, traffic moved home.\n")
    rows = [e.local for e in resolve(text).events if e.line >= 3]
    assert rows == ["2024-04-09T04:20", "2024-04-09T06:05"]


@pytest.mark.parametrize(("text", "local"), [
    ("### Day 1 - January 23, 2026", "2026-01-23"),
    ("Part 2 - Sep 9 2024", "2024-09-09"),
    # (its abbreviation's stop between: "Reply #7 - Oct. 2, 2019", a forum post's number)
    ("Reply #7 - Oct. 2, 2019, 4:05 p.m.", "2019-10-02"),
    # a day-first date is still one where no day of the month's own follows
    ("Outage on 2 - March - 2024", "2024-03-02"),
    ("the 4th of May 2023, 10:00", "2023-05-04"),
])
def test_a_month_followed_by_its_own_day_is_no_day_first_date(text: str, local: str) -> None:
    reading = read_expression(text)
    assert reading is not None
    assert reading.start.local[:10] == local


STATUS_DAYS = """Sunday 9th March 2025

Saturday 8th March 2025

Storage: volumes slow in AMS

Volume latency is high in Amsterdam.

UPDATE 04:10 UTC: A controller failed; traffic moved to its peer.

UPDATE 05:02 UTC: Latency is back to normal.

Friday 7th March 2025

Network: packet loss on one uplink

UPDATE 19:30 UTC: The uplink was drained.

UPDATE 20:05 UTC: The provider replaced the optic.
"""


def test_the_nearest_of_several_day_lines_dates_the_first_update() -> None:
    # a status history that lists a day with no incident ("Sunday 9th") above the day of
    # the first one: its updates are that day's, not the first day line's
    timeline = resolve(STATUS_DAYS)
    rows = [e.local for e in timeline.events if e.clock is not None]
    assert rows == ["2025-03-08T04:10", "2025-03-08T05:02", "2025-03-07T19:30",
                    "2025-03-07T20:05"]


def test_a_connective_before_the_lead_word_still_opens_an_entry() -> None:
    # "However, by 10:45 AM", "Finally, at 12:00 PM": a story's paragraphs under its
    # timeline heading, each opening with its time after a connective
    text = """# Cache outage

## Timeline (all times CET)

At 08:10 AM the cache cluster stopped answering.

By 08:20 AM the on-call engineer had restarted two nodes.

Then, at 08:40 AM the restarts were found to change nothing.

Eventually at 09:05 AM a full flush was started.

Finally, by 09:30 AM every node answered again.
"""
    timeline = resolve(text, reference=dt.date(2024, 2, 1))
    assert [e.local[-5:] for e in entries(timeline)] == ["08:10", "08:20", "08:40", "09:05",
                                                          "09:30"]


@pytest.mark.parametrize(("text", "local"), [
    ("Der Dienst fiel am 14.6. um 9:05 Uhr aus", "--06-14T09:05"),
    ("Storing op 3.11. om 16:20 verholpen", "--11-03T16:20"),
    ("back on 5.6. at 10:00", "--06-05T10:00"),
])
def test_a_dotted_day_and_month_before_a_word_leading_to_its_clock(text: str,
                                                                   local: str) -> None:
    reading = read_expression(text)
    assert reading is not None
    assert reading.start.local == local


@pytest.mark.parametrize(("resolved", "when", "ends"), [
    ("false", "14:05:00.021", []),
    # resolved, or resolved later than the page was made: a time the author gave
    ("true", "14:05:00.021", ["2025-04-02T14:05"]),
    ("false", "16:20:00.000", ["2025-04-02T16:20"]),
])
def test_a_resolution_time_the_front_matter_says_has_not_come(resolved: str, when: str,
                                                              ends: list[str]) -> None:
    # a status page form fills "resolvedWhen:" in with the page's own creation time; with
    # "resolved: false" beside it, that is no time the incident was resolved
    text = (f"---\ntitle: Storage maintenance overran\ndate: 2025-04-02T14:05:00.000Z\n"
            f"resolved: {resolved}\nresolvedWhen: 2025-04-02T{when}Z\n---\n"
            "Writes to the object store are failing; we are working on it.\n")
    timeline = resolve(text)
    assert [e.local[:16] for e in timeline.events if e.line == 5] == ends


def test_a_month_name_and_day_joined_by_a_slash_before_a_clock() -> None:
    # an IRC or ircd log's "[Feb/21 03:55]": the day of the month, right before its clock
    reading = read_expression("[Sep/14 22:41] *** Notice -- link to hub lost")
    assert reading is not None and reading.start.local == "--09-14T22:41"
    # with no clock after it, "Sep/14" names nothing pmlint reads as a day
    assert read_expression("the Sep/14 budget review") is None


@pytest.mark.parametrize(("text", "local", "zone"), [
    ("Traffic moved to the backup trunk between 0812 ET-0815 ET.", "T08:12", "ET"),
    ("the carrier confirmed the fix at 2140 PT", "T21:40", "PT"),
])
def test_a_colonless_clock_before_a_us_zones_two_letters(text: str, local: str,
                                                        zone: str) -> None:
    reading = read_expression(text)
    assert reading is not None
    assert reading.start.local == local and reading.start.zone is not None
    assert reading.start.zone.label == zone


@pytest.mark.parametrize("text", ["ticket 1232 CTO review", "room 1232 at the PTA office"])
def test_four_digits_before_other_capitals_stay_a_number(text: str) -> None:
    reading = read_expression(text)
    assert reading is None or reading.start.clock is None or reading.start.local != "T12:32"


@pytest.mark.parametrize(("text", "local"), [
    ("Om 21.05 meldde de provider dat alles weer werkte", "T21:05"),
    ("Der Server war um 14.30 wieder erreichbar", "T14:30"),
])
def test_a_dotted_clock_after_a_dutch_or_german_at(text: str, local: str) -> None:
    reading = read_expression(text)
    assert reading is not None and reading.start.local == local


# --- a quoted mail between entries ----------------------------------------------------------

QUOTED_MAIL = """# Payment gateway outage

## March 4, 2024 (all times UTC)

- 09:10: card payments start failing
- 09:40: the provider answers our ticket:

> Dear customer, the change window announced on February 27, 2024 included
> the certificate rotation that caused this.

- 10:05: payments recover
"""


def test_a_date_in_a_quoted_mail_between_entries_does_not_date_the_entries_after_it() -> None:
    *_, last = entries(resolve(QUOTED_MAIL))
    assert iso(last) == "2024-03-04T10:05:00+00:00"


def test_a_quoted_day_heading_over_quoted_entries_still_dates_them() -> None:
    # the whole log quoted (a provider's page cited): its own day line dates its entries
    text = ("# Upstream incident\n\nTheir status page said:\n\n"
            "> February 27, 2024 (all times UTC)\n>\n"
            "> - 09:10: card payments start failing\n> - 10:05: payments recover\n")
    *_, last = entries(resolve(text))
    assert iso(last) == "2024-02-27T10:05:00+00:00"


@pytest.mark.parametrize("heading", ["## 2024-03-04 (all times UTC)",
                                     "### Monday, March 4, 2024 (all times in UTC)"])
def test_a_day_heading_that_declares_the_zone_needs_no_timeline_heading_above(heading: str
                                                                              ) -> None:
    text = f"# Card payments outage\n\n{heading}\n\n- 09:10: payments fail\n- 10:05: recovered\n"
    first, _ = (e for e in entries(resolve(text)) if e.clock is not None)
    assert iso(first) == "2024-03-04T09:10:00+00:00"


def test_a_day_heading_with_a_remark_in_parentheses_declares_no_zone() -> None:
    text = "# Outage\n\n## 2024-03-04 (times approximate)\n\n- 09:10: payments fail\n"
    (first,) = (e for e in entries(resolve(text)) if e.clock is not None)
    assert first.zone is None


def test_a_zone_change_that_runs_forward_as_written_rolls_no_day() -> None:
    # forward on the page, back only once the zones are converted: the same day (the zone's
    # name is the likelier slip), not a day later
    text = ("# Checkout errors on 21 June 2023\n\n- 9:50 AM PT: checkout errors\n"
            "- 10:05 AM ET: paged the payments team\n- 10:30 AM PT: checkout recovered\n")
    assert [e.local for e in entries(resolve(text))] == [
        "2023-06-21T09:50", "2023-06-21T10:05", "2023-06-21T10:30"]


def test_a_zone_change_that_runs_back_as_written_still_crosses_midnight() -> None:
    text = ("# Outage on 2 May 2024\n\n## Timeline\n\n- 11:50 PM PT: deploy\n"
            "- 3:05 AM ET: errors reported from the east coast\n")
    assert [e.local for e in entries(resolve(text))] == [
        "2024-05-02T23:50", "2024-05-03T03:05"]


def test_the_entry_after_a_corrected_am_pm_keeps_the_corrected_day() -> None:
    # "12:15 PM" after "11:50 PM" is 12:15 AM (ampm-flip); the normaliser rolled "12:45 AM"
    # past the wrong reading's noon into the day after; the check reads it on the same day
    from itertools import pairwise

    from pmlint.checks.context import Analysis

    text = ("# Replication lag, 2023-03-11\n\n## Timeline (UTC)\n- 11:30 PM: replica lags\n"
            "- 11:50 PM: DBA paged\n- 12:15 PM: replica rebuilt\n- 12:45 AM: caught up\n")
    timeline = resolve(text)
    analysis = Analysis(timeline)
    found = [analysis.minutes(i) for i, e in enumerate(timeline.events)
             if e.source == "timeline"]
    assert [b - a for a, b in pairwise(found)] == [20.0, 25.0, 30.0]


def test_a_posting_stamp_after_the_incidents_day_dates_none_of_its_times() -> None:
    # the title gives the incident's day; "Posted on ..." two days later is when the report
    # went up: the account's times below keep the title's day
    text = ("# Checkout failures on 11 April 2024\n\nPosted on 13 April 2024 at 16:20\n\n"
            "What happened\n\nAt 08:05 the payment provider began refusing cards.\n\n"
            "At 08:50 we switched to the backup provider.\n")
    assert [e.local for e in resolve(text).events if e.line >= 7] == [
        "2024-04-11T08:05", "2024-04-11T08:50"]


def test_a_posting_stamp_with_no_incident_day_before_it_still_dates_the_times() -> None:
    text = ("# Checkout failures\n\nPosted on 13 April 2024 at 16:20\n\n"
            "At 08:05 the payment provider began refusing cards.\n")
    assert [e.local for e in resolve(text).events if e.line == 5] == ["2024-04-13T08:05"]


def test_a_prose_time_past_midnight_goes_on_from_the_last_time_in_its_own_zone() -> None:
    # a range and its conversion in parentheses, then "until 12:15 a.m. PT": the story goes
    # on from 11:05 p.m. PT into the next day, whatever the ET time told between
    text = ("# Sign-in errors\n\nOn March 9, 2024, sign-ins failed from 10:50 to 11:05 p.m. PT "
            "(1:50 to 2:05 a.m. ET), and some users saw errors until 12:15 a.m. PT "
            "(3:15 a.m. ET).\n")
    events = [e for e in resolve(text).events if e.clock and e.written.endswith("PT")]
    assert [e.local for e in events] == ["2024-03-09T23:05", "2024-03-10T00:15"]


@pytest.mark.parametrize("declaration", [
    "Unless stated otherwise, all times are on 14 March 2023 and in UTC.",
    "Everything below took place on Tuesday, 14 March 2023 (UTC), except where a line says"
    " otherwise.",
])
def test_a_day_declared_for_the_whole_timeline_outlasts_an_entrys_own_day(
        declaration: str) -> None:
    # the entry that names its own day is the exception the declaration allows: the
    # time-only entries after it stay on the declared day, not on the exception's
    text = (f"# Certificate outage\n\n## Timeline\n\n{declaration}\n\n"
            "- 13 March 2023 08:00: the faulty certificate was issued\n"
            "- 09:15: first handshake failures\n- 09:40: certificate replaced\n")
    events = [e for e in timeline_from_text(text, "t.md").events if e.source == "timeline"]
    assert [e.local for e in events] == ["2023-03-13T08:00", "2023-03-14T09:15",
                                         "2023-03-14T09:40"]
    assert "date declared on line 5 for the whole timeline" in events[1].assumed


def test_a_day_written_above_a_timeline_without_declaring_it_is_carried_as_usual() -> None:
    text = ("# Certificate outage\n\n## Timeline (UTC)\n\nThe report was written on 14 March"
            " 2023.\n\n- 13 March 2023 08:00: the faulty certificate was issued\n"
            "- 09:15: first handshake failures\n")
    events = [e for e in timeline_from_text(text, "t.md").events if e.source == "timeline"]
    assert [e.local for e in events] == ["2023-03-13T08:00", "2023-03-13T09:15"]


def test_the_entries_under_a_declared_day_still_roll_past_midnight() -> None:
    text = ("# Certificate outage\n\n## Timeline\n\nAll events happened on 14 March 2023"
            " (UTC) unless noted.\n\n- 23:10: a config push began\n- 23:50: errors rose\n"
            "- 00:20: rolled back\n")
    events = [e for e in timeline_from_text(text, "t.md").events if e.source == "timeline"]
    assert [e.local for e in events] == ["2023-03-14T23:10", "2023-03-14T23:50",
                                         "2023-03-15T00:20"]


@pytest.mark.parametrize("byline", [
    "Posted 12 May 2021, 09:10 · Last updated: 2 June 2021 16:40",
    "By the infra team, 12 May 2021 (updated 2 June 2021)",
])
def test_a_bylines_edit_stamp_lends_the_story_no_day(byline: str) -> None:
    # the page was posted on the 12th and edited weeks later: the story's times that follow
    # are the posting's day, not the edit's
    text = (f"# Power cut in the data hall\n\n{byline}\n\n"
            "The hall lost power at 06:20; the generators took the load at 06:31.\n")
    told = [e.local for e in timeline_from_text(text, "t.md").events
            if e.line == 5 and e.clock is not None]
    assert told == ["2021-05-12T06:20", "2021-05-12T06:31"]


@pytest.mark.parametrize("told", [
    "We restored the backup from March 3 onto a new volume.",
    "Restauration du snapshot du 3 mars sur un nouveau volume.",
])
def test_the_day_a_copy_was_taken_lends_the_story_no_day(told: str) -> None:
    # the copy's day is when it was taken; the times after it stay on the incident's day
    text = (f"# Volume loss on 10 March 2024\n\n## What happened\n\n{told}\n\n"
            "### Recovery (09:30-11:00 UTC)\n\nThe volume was back at 11:00 UTC.\n")
    days = {e.local[:10] for e in timeline_from_text(text, "t.md").events if e.clock}
    assert days == {"2024-03-10"}


@pytest.mark.parametrize(("sentence", "phases"), [
    # the responders' working hours, named right before the range, are not the impact's
    ("Our engineers worked from 5:40 to 9:10 UTC to rebuild the databases.",
     ["other", "other"]),
    ("It took a long effort between 05:40 and 09:10 UTC to rebuild them.", ["other", "other"]),
    ("Die Arbeiten zwischen 5:40 und 9:10 Uhr UTC galten der Datenbank.", ["other", "other"]),
    # a window chosen to spare the users is the work's
    ("The new routers are fitted between 2am and 5am UTC to limit customer impact.",
     ["other", "other"]),
    ("Wir tauschen die Platten von 02:00 bis 04:00 UTC, in order to reduce downtime.",
     ["other", "other"]),
    # a window said to be planned right before its range
    ("The nightly backups scheduled between 01:00 and 03:00 UTC did not run.",
     ["other", "other"]),
    ("La sauvegarde, programmée entre 1 et 3 h UTC, n'a pas tourné.", ["other", "other"]),
    # a plan told ahead, the range its work's
    ("A core switch upgrade is planned for the weekend, from 3:10 to 7:45 UTC.",
     ["other", "other"]),
    # a plan that went wrong: the range is the incident's
    ("We had planned for a switch upgrade that night, but the core switch crashed and "
     "stayed dark from 3:10 to 7:45 UTC.", ["start", "end"]),
    ("The firmware push scheduled for that night went wrong, taking the shops offline from "
     "3:10 to 7:45 UTC.", ["start", "end"]),
    # the same range told of the service is its window
    ("The shops were unreachable from 5:40 to 9:10 UTC.", ["start", "end"]),
    ("Payments did not work from 5:40 to 9:10 UTC.", ["start", "end"]),
])
def test_a_range_of_working_hours_is_not_the_window(sentence: str, phases: list[str]) -> None:
    timeline = resolve(f"# Outage on 3 May 2024\n\n{sentence}\n")
    assert [e.phase for e in timeline.events if e.line == 3] == phases


@pytest.mark.parametrize(("sentence", "phase"), [
    # a time that opens its sentence after "at" is told by the words after it
    ("At 14:05 UTC, the uptime probe paged our on-call engineer.", "escalation"),
    ("At 9:40 AM UTC we were notified by the bank that payouts had stalled.", "detection"),
    ("Around 11:20 UTC the queue workers were restarted one by one.", "mitigation"),
    ("On 3 May 2024 at 16:02 UTC, service was restored for every tenant.", "resolution"),
    # a thing that started well is up again, not the onset of the fault
    ("At 16:30 UTC the replica started successfully after the config fix.", "other"),
    ("At 16:30 UTC the outage started with a burst of 502s.", "start"),
    # a time in the middle of its sentence keeps the words before it
    ("The probes, which had flapped at 14:05 UTC, paged nobody.", "other"),
])
def test_a_time_that_opens_its_sentence_is_told_by_the_words_after(sentence: str,
                                                                    phase: str) -> None:
    timeline = resolve(f"# Outage on 3 May 2024\n\nSome words first.\n\n{sentence}\n")
    assert [e.phase for e in timeline.events if e.line == 5 and e.clock is not None] == [phase]


def test_an_account_right_after_a_window_told_over_two_days_starts_on_its_first_day() -> None:
    text = ("# Rack failure\n\nEverything below happened on Friday 2024-03-08 21:30 UTC "
            "to Saturday 04:10 UTC.\n\nThe first host was lost at 22:05 UTC.\n\n"
            "The second host followed at 22:40 UTC.\n")
    timeline = resolve(text)
    assert [utc(e) for e in timeline.events if e.line in (5, 7)] == [
        "2024-03-08T22:05:00+00:00", "2024-03-08T22:40:00+00:00"]


@pytest.mark.parametrize("recall", [
    "This is the third time this year: the previous two were on 2023-02-14 (04:10 to "
    "06:00) and on 2023-05-02 (19:40 to 20:05).",
    "The last time this happened, on 14 February 2023, the queue was down from 04:10 to "
    "06:00.",
    "A similar outage on February 14, 2023 lasted from 04:10 to 06:00.",
    "La dernière fois, le 14 février 2023, la file était coupée de 04:10 à 06:00.",
    "上次是 2023-02-14 04:10~06:00。",
])
def test_another_incidents_day_recalled_in_passing_dates_nothing_of_this_one(
        recall: str) -> None:
    text = ("# Queue outage (all times UTC)\n\nThis morning at 09:12 the queue stopped "
            f"taking jobs; it was back by 10:03.\n\n{recall}\n\n## Timeline\n\n"
            "- 09:12 jobs pile up\n- 09:15 alert fires\n- 10:03 queue drains, service restored\n")
    timeline = resolve(text)
    recalled = [e for e in timeline.events if e.line == 5 and e.clock is not None]
    assert dt.date(2023, 2, 14) in {day(e) for e in recalled}  # they keep their own days
    assert all(e.phase == "other" for e in recalled)  # neither is this incident's window
    assert [day(e) for e in timeline.events if e.line in (3, 9, 10, 11)] == [None] * 5


def test_a_day_recalled_in_passing_leaves_this_incidents_own_day_alone() -> None:
    text = ("# Queue outage on 2024-06-03 (times in UTC)\n\n"
            "The previous outage was on 2023-02-14.\n\n## Timeline\n\n"
            "- 09:12 jobs pile up\n- 10:03 service restored\n")
    timeline = resolve(text)
    assert [day(e) for e in timeline.events if e.line in (7, 8)] == [dt.date(2024, 6, 3)] * 2


def day(event: Event) -> dt.date | None:
    return event.at.date() if event.at is not None else None


@pytest.mark.parametrize("day", ["March 3", "March 3, 2025"])
def test_a_window_restated_below_an_overnight_watch_is_on_the_day_of_its_entries(
        day: str) -> None:
    # the zone is declared by the Timeline heading and written again on the window's end
    text = (f"# Cache outage\n\nOn {day} the session cache filled up.\n\n"
            "## Timeline (all times CET)\n\n- 22:40 - memory climbs\n"
            "- 22:52 - cache refuses writes, logins fail\n"
            "- 23:20 - memory freed by hand, logins recovered\n"
            "- March 4, 12:30 - watch ends after a quiet morning; incident resolved\n\n"
            "Customers were affected for 28 minutes (22:52 to 23:20 CET).\n")
    timeline = resolve(text)
    restated = [e for e in timeline.events if e.line == 12]
    expected = "2025-03-03" if "2025" in day else "--03-03"
    assert len(restated) == 2 and all(e.local.startswith(expected) for e in restated)


@pytest.mark.parametrize(("sentence", "phases"), [
    # the cause named as another party's incident, then told in its own clause
    ("Logins failed because of an upstream provider outage, which started at 09:10 UTC and "
     "was over at 10:05 UTC.", ["other", "other"]),
    ("It was triggered by a Cloudflare incident that began at 09:10 UTC and that Cloudflare "
     "resolved at 10:05 UTC.", ["other", "other"]),
    # hard-wrapped: the cause on the line above the times
    ("It was triggered by a Cloudflare incident that\nbegan at 09:10 UTC and that Cloudflare "
     "resolved at 10:05 UTC.", ["other", "other"]),
    # our own component's failure, or our own times after the cause's sentence
    ("It was triggered by a database outage that began at 09:10 UTC and was resolved at "
     "10:05 UTC.", ["start", "resolution"]),
    ("It was triggered by a Cloudflare incident. Our login outage began at 09:10 UTC and "
     "service was restored at 10:05 UTC.", ["start", "resolution"]),
])
def test_times_told_of_an_upstream_incident_named_as_the_cause_are_not_this_ones(
        sentence: str, phases: list[str]) -> None:
    timeline = resolve(f"# Login outage on 3 May 2024\n\n{sentence}\n")
    assert [e.phase for e in timeline.events if e.clock is not None] == phases


@pytest.mark.parametrize("deadline", ["Revised deadline: 2024-06-09 17:00 UTC",
                                      "- **Due date:** June 12, 2024",
                                      "Target date - 2024-06-20"])
def test_a_deadline_above_the_account_dates_none_of_its_times(deadline: str) -> None:
    """A day to come (a deadline, a due date) is no day of the incident's steps."""
    text = ("# Export jobs stalled on 2024-06-03 (times in UTC)\n\n"
            f"{deadline}\n\n## What happened\n\n"
            "### Jobs stuck (08:40-09:05 UTC)\n\n- 08:40 jobs pile up\n- 09:05 queue drained\n")
    timeline = resolve(text)
    assert {day(e) for e in timeline.events if e.line >= 7} == {dt.date(2024, 6, 3)}


@pytest.mark.parametrize(("heading", "offset"), [
    ("## 时间线（北京时间）", "+08:00"),  # a place's clock named in the heading, CJK script
    ("## タイムライン（日本時間）", "+09:00"),
    ("## 时间线（CST）", "+08:00"),  # CST in a text in simplified Chinese: China's
    ("## Timeline (CST)", "-06:00"),  # in English, with nothing naming a place: US Central
])
def test_a_timeline_headings_zone_in_cjk_text(heading: str, offset: str) -> None:
    text = f"# 2026-06-13\n\n{heading}\n\n- 14:45 部署检查失败\n- 15:10 服务恢复\n"
    first, _ = entries(resolve(text))
    assert iso(first).endswith(offset)


def test_a_later_time_on_a_line_that_opens_an_account_on_its_own_time_is_that_days() -> None:
    """"On 5 May 2025, 02:10 UTC, ... by that evening (19:30 UTC)": the line opens the
    account on its time, no update's posting stamp that a later time must not follow."""
    text = ("# Queue outage\n\n## Timeline\n\nOn 4 May 2025, the replica started to lag.\n\n"
            "On 5 May 2025, 02:10 UTC, the first alerts fired and the on-call began looking; "
            "by that evening (19:30 UTC) the backlog was gone.\n")
    timeline = resolve(text)
    assert [(e.written, day(e)) for e in timeline.events if e.clock is not None] == [
        ("5 May 2025, 02:10 UTC", dt.date(2025, 5, 5)), ("19:30 UTC", dt.date(2025, 5, 5))]


RESTATED_IN_THE_TIMELINES_ZONE = """# Export stall, 14 Aug 2025

## Timeline (all times PDT)

- 08:40 export workers stop picking up jobs
- 09:25 queue drained, exports flowing

## Analysis

The scheduler's last heartbeat was logged at 15:38 UTC.
The stall between 08:40 and 09:25 matches the scheduler's lease timeout.
The spike at 08:52 is unrelated.
"""


def test_a_bare_clock_retelling_an_entry_takes_the_entrys_zone() -> None:
    """A summary's bare clock that repeats an entry's clock is read in the entry's zone, not
    in the zone of the prose line just before it; a clock the timeline does not hold keeps
    the carried zone."""
    events = resolve(RESTATED_IN_THE_TIMELINES_ZONE).events
    told = [(e.written, e.zone.label if e.zone else None) for e in events if e.line >= 11]
    assert told == [("08:40", "PDT"), ("09:25", "PDT"), ("08:52", "UTC")]


RETOLD_AFTER_THE_NIGHT = """# Queue outage, 3 Sep 2025

## Timeline (UTC)

- 2025-09-03 06:12 broker-2 restarts; queue lag 40 s
- 2025-09-03 10:45 consumers stall, orders stop
- 2025-09-04 02:30 orders flowing again

## Analysis

The lag cleared at 02:30 the next morning.
The restart at 06:12 had recovered cleanly and was no factor, and nothing changed until
02:30 the next day.
"""


def test_a_time_retelling_an_entry_keeps_the_entrys_day() -> None:
    """A summary time that repeats an entry's clock is on the entry's day: no step past
    midnight from the later time told before it, and no "next day" added to the entry's own
    day, which already holds it."""
    events = resolve(RETOLD_AFTER_THE_NIGHT).events
    told = [(e.written, e.local) for e in events if e.line >= 11 and e.clock is not None]
    assert told == [("02:30", "2025-09-04T02:30"), ("06:12", "2025-09-03T06:12"),
                    ("02:30", "2025-09-04T02:30")]


@pytest.mark.parametrize(("posted", "told", "expected"), [
    # a write-up posted in October tells of an April before it, not the nearer April after
    ("2024-10-20T09:00:00Z", "On April 2nd at 09:40 UTC the archive job failed.",
     "2024-04-02T09:40"),
    # a status page's front matter gives its incident's start: its next days stay on the
    # nearer year, past New Year
    ("2023-12-31T22:00:00Z", "Jan 1 at 01:10 UTC: the archive job recovered.",
     "2024-01-01T01:10"),
])
def test_a_year_less_day_under_a_front_matter_date(posted: str, told: str,
                                                   expected: str) -> None:
    text = f"---\ntitle: Archive job failures\ndate: {posted}\n---\n\n{told}\n"
    (event,) = [e for e in resolve(text).events if e.line == 6]
    assert event.local == expected


@pytest.mark.parametrize(("document", "expected"), [
    # a resolved field with its date over a 12-hour log that runs past midnight to it
    ("Resolved: March 2, 2025 03:05 UTC\n\n## Timeline\n\n"
     "- 22:50 replication lag alarm\n- 23:40 primary demoted\n- 01:55 writes accepted again\n"
     "- 03:05 incident closed\n",
     ["2025-03-01T22:50", "2025-03-01T23:40", "2025-03-02T01:55", "2025-03-02T03:05"]),
    # the same in a table, an end field named "Ended", and 12-hour clocks
    ("Ended: 2025-03-02 2:10 AM PST\n\n| Time | Event |\n|---|---|\n"
     "| 8:15 PM | deploy began |\n| 11:05 PM | errors climbed |\n| 1:30 AM | rolled back |\n",
     ["2025-03-01T20:15", "2025-03-01T23:05", "2025-03-02T01:30"]),
    # a moment of the account written with its day, which the log reaches after midnight
    ("Impact ended at 02:40 CET on 3 March 2025, after a night of failovers.\n\n"
     "### Log\n\n21:00 first failover\n\n23:15 second failover\n\n01:10 queue drained\n\n"
     "02:40 traffic normal\n",
     ["2025-03-02T21:00", "2025-03-02T23:15", "2025-03-03T01:10", "2025-03-03T02:40"]),
    # the log never steps back past midnight: it is on the end's day, as written
    ("Resolved: March 2, 2025 23:30 UTC\n\n## Timeline\n\n"
     "- 21:10 alarm\n- 22:00 rollback\n- 23:30 closed\n",
     ["2025-03-02T21:10", "2025-03-02T22:00", "2025-03-02T23:30"]),
    # after the step back the log goes on past the end's clock: not the end's night
    ("Resolved: March 2, 2025 01:00 UTC\n\n## Timeline\n\n"
     "- 22:50 alarm\n- 23:40 demoted\n- 04:30 writes back\n",
     ["2025-03-02T22:50", "2025-03-02T23:40", "2025-03-03T04:30"]),
])
def test_an_overnight_log_dated_only_by_its_end_opens_the_evening_before(
        document: str, expected: list[str]) -> None:
    """A time-only log whose only date is the end field's, running past midnight to that
    end: its evening is the day before the end's, not the end's (which put every entry a
    day late). Only when the log steps back past midnight to a time by the end's clock."""
    events = resolve(document).events
    assert [e.local for e in events if e.source == "timeline"] == expected


@pytest.mark.parametrize(("opening", "day"), [
    # the opening line states the window with its day and clocks: the background's earlier
    # day, told in a sentence that opens on it, dates no entry
    ("Our API was unavailable from 2024-07-09 03:10 to 2024-07-09 04:20 (times in UTC).",
     "2024-07-09"),
    # a title that only dates the report: the sentence's earlier day is the incident's
    ("Fault report, 2024-07-09 (times in UTC)", "2024-06-20"),
])
def test_a_background_day_against_an_opening_window(opening: str, day: str) -> None:
    timeline = resolve(f"{opening}\n\n# Background\n\nOn 2024-06-20 our API moved behind a new "
                       "load balancer.\n\n# Timeline\n\n- 3:10 Health checks fail.\n"
                       "- 3:18 The on-call engineer is paged.\n- 4:20 Traffic recovers.\n")
    assert [e.local[:10] for e in entries(timeline)] == [day] * 3


@pytest.mark.parametrize("title", ["# Login outage: 2048 users affected",
                                   "# 登录故障复盘：共有1987个账户受影响"])
def test_a_count_in_the_title_is_no_year(title: str) -> None:
    timeline = resolve(f"{title}\n\n## Timeline\n\n- Mar 3 10:00 UTC logins fail\n"
                       "- Mar 3 10:40 UTC logins work again\n")
    assert [e.local[:2] for e in entries(timeline)] == ["--", "--"]


def test_a_table_pasted_under_a_list_items_text_takes_its_headers_zone() -> None:
    """A table right under a list item's text, no blank line between: its header's zone
    ("When (CET)") dates its rows, and each row's text is its event's."""
    text = ("# Queue backlog, 2023-11-08\n\n- Effect: delayed e-mails\nWhat happened:\n"
            "| When (CET) | What |\n|---|---|\n| 14:05 | Backlog alarm fired |\n"
            "| 15:20 | Backlog drained, resolved |\n")
    events = entries(resolve(text))
    assert [iso(e) for e in events] == ["2023-11-08T14:05:00+01:00", "2023-11-08T15:20:00+01:00"]
    assert [e.phase for e in events] == ["detection", "resolution"]


@pytest.mark.parametrize(("heading", "offset"), [
    ("## Cronología (hora de Bogotá)", "-05:00"),
    ("## Línea de tiempo (hora Montevideo)", "-03:00"),
    ("## Chronologie (heure de Bruxelles)", None),  # a city no zone is named by: no zone
    ("## Events (Denver time)", "-07:00"),
    ("## Cronología (hora peninsular)", "+01:00"),
    ("## Events (Phoenix)", None),  # a city that is also a word, "time" unsaid: no zone
])
def test_a_places_clock_in_a_timeline_headings_parentheses_is_its_zone(
        heading: str, offset: str | None) -> None:
    text = f"# Caída del portal, 2023-03-02\n\n{heading}\n\n- 08:10 alarma\n- 09:40 resuelto\n"
    first = entries(resolve(text))[0]
    assert (iso(first)[-6:] if first.zone is not None else None) == offset


def test_dates_written_with_non_ascii_hyphens_are_read_and_the_lines_kept_as_written() -> None:
    """U+2010, U+2011 and U+2012 between a date's numbers (word processors and generated
    text write them) are hyphens; the document's lines, which fixes are checked against,
    stay as written."""
    text = ("# Report\n\n**Opened:** 2024\u201111\u201103 16:20 UTC\n\n## Timeline\n\n"
            "- 2024\u201011\u201003 16:20 pager fired\n- 2024\u201211\u201203 17:05 resolved\n")
    timeline = resolve(text)
    assert [iso(e) for e in entries(timeline) if e.line > 6] == ["2024-11-03T16:20:00+00:00",
                                                                 "2024-11-03T17:05:00+00:00"]
    assert iso(next(e for e in timeline.events if e.line == 3)) == "2024-11-03T16:20:00+00:00"
    assert "2024\u201111\u201103" in timeline.lines[2]


@pytest.mark.parametrize(("sentence", "phases"), [
    ("Screenshots and the syslog 00:20-00:30 are attached.", ["other", "other"]),
    ("See the logs from 00:20 to 00:30 in the ticket.", ["other", "other"]),
    ("Capturas de pantalla y registros de 00:20 a 00:30 en el ticket.", ["other", "other"]),
    ("The build farm was down from 00:20 to 00:30.", ["start", "end"]),
])
def test_a_range_after_a_records_name_is_what_the_record_covers(
        sentence: str, phases: list[str]) -> None:
    text = f"# Build farm outage, 2025-10-02\n\n## Notes\n\n{sentence}\n"
    found = [e.phase for e in resolve(text).events if e.clock is not None]
    assert found == phases


ACTION_TABLE = """# Checkout errors

## Timeline (UTC)

| Time | Event |
|---|---|
| 2025-02-11 09:05 | Error rate alert fired |
| 2025-02-11 09:40 | Rollback finished, resolved |

## Follow-up

| Action | Owner | {head} | Notes |
|---|---|---|---|
| Add a canary stage | Platform | Mar 3 | in review |
| Contract tests | Backend | Feb 20 | done |

## Customer updates

**09:12 UTC - First notice (status page):**

Checkout is failing for some customers.
"""


@pytest.mark.parametrize(("head", "day"), [
    ("Target Date", "2025-02-11"), ("Completed", "2025-02-11"), ("Fecha límite", "2025-02-11"),
    ("Reviewed in", "2025-02-20"),  # a column of other days: its last day carries on
])
def test_an_action_items_days_to_come_or_done_date_no_time_after_them(head: str,
                                                                      day: str) -> None:
    events = resolve(ACTION_TABLE.format(head=head)).events
    assert iso(next(e for e in events if e.line == 19))[:10] == day


@pytest.mark.parametrize(("stamp", "year"), [
    ("Last updated on March 2, 2025", "2022"),  # a change: the last year Aug 9 is a Tuesday
    ("Page edited 2025-03-02", "2022"),
    ("Posted on March 2, 2025", "2024"),  # the post's own date: its nearest year
])
def test_a_year_less_weekday_date_under_a_pages_last_change_takes_the_year_it_fits(
        stamp: str, year: str) -> None:
    text = (f"# Queue stall\n\n{stamp}\n\nOn Tuesday, August 9, the queue stalled from 10:02 "
            "to 10:40 UTC.\n")
    event = next(e for e in resolve(text).events if e.clock is not None)
    assert iso(event)[:4] == year


@pytest.mark.parametrize(("key", "day", "zone"), [
    # the page's own date, stamped by the site, over a log of occurrences months from it:
    # no zone of the text's times
    ("date", "2021-01-15", None),
    ("lastmod", "2021-01-15", None),
    ("date", "2022-05-09", "UTC"),  # a status page's date: its incident's, on the same day
    ("incident_start", "2021-01-15", "UTC"),  # the incident's own field
])
def test_a_front_matter_page_date_states_no_zone_for_a_log_away_from_it(
        key: str, day: str, zone: str | None) -> None:
    text = (f"---\ntitle: Portal outages\n{key}: {day}T08:02:00.000Z\n---\n\n"
            "## Occurrences\n\n- 2022-05-09 08:02 portal down\n- 2022-05-09 08:40 portal up\n"
            "- 2022-05-12 14:00 portal down\n- 2022-05-12 14:20 portal up\n")
    first = entries(resolve(text))[0]
    assert (first.zone.label if first.zone is not None else None) == zone


@pytest.mark.parametrize("header", [
    "| Time (2023-03-05) | Event |",
    "| 5 March 2023 | What happened |",
    "| When | Event on March 5, 2023 |",
])
def test_a_day_in_a_table_header_dates_its_rows(header: str) -> None:
    text = (f"# Disk full\n\n{header}\n|---|---|\n| 09:12 | volume at 100% |\n"
            "| 09:40 | volume resized, resolved |\n")
    assert [e.local for e in entries(resolve(text))] == ["2023-03-05T09:12", "2023-03-05T09:40"]


def test_a_header_naming_two_days_dates_no_row() -> None:
    text = ("# Disk full\n\n| Time | 2023-03-05 | 2023-03-06 |\n|---|---|---|\n"
            "| 09:12 | full | ok |\n")
    assert all(not e.local[:1].isdigit() for e in entries(resolve(text)))


@pytest.mark.parametrize(("day", "offset"), [
    ("2013-01-10", "+04:00"),  # Moscow kept UTC+4 all year from 2011 to 2014
    ("2009-06-05", "+04:00"),  # and in the summers before
    ("2009-01-05", "+03:00"),
    ("2021-06-05", "+03:00"),
])
def test_moscow_time_is_moscows_clock_on_the_day(day: str, offset: str) -> None:
    text = f"# Сбой сети\n\n- {day} 10:15 МСК сбой\n- {day} 11:25 MSK восстановлено\n"
    assert [iso(e)[-6:] for e in entries(resolve(text))] == [offset, offset]


def test_the_zone_of_a_wrong_rendering_is_not_carried_to_the_times_after_it() -> None:
    """"02:00 BST (00:01 GMT)": the writer's clock is BST, whatever the rendering says; the
    bare times after it are on BST."""
    text = ("# Broadband outage, 4 April 2023\n\nThe outage began at 02:00 BST (00:01 GMT). "
            "Engineers were paged at 02:20 and service returned at 05:10.\n")
    bare = [e for e in resolve(text).events if e.written in ("02:20", "05:10")]
    assert [iso(e) for e in bare] == ["2023-04-04T02:20:00+01:00", "2023-04-04T05:10:00+01:00"]


PROSE_HOURS = """# Signal irregularity, 14 March 2017

At 0752 the train left the depot. At about 0806 the driver reported a red signal, and
by 0815 the signaller had stopped all trains. Normal running resumed at 0850. About 1500
passengers were delayed; the speed limit was raised at 0930.
"""


def test_a_report_that_tells_its_times_colon_less_in_sentences_is_read_so() -> None:
    """Investigation reports write "At 0752", "at about 0806", "by 0815": read as times where
    the text tells three or more so (amounts after such words stay amounts)."""
    found = [e.local[11:] for e in resolve(PROSE_HOURS).events if e.clock is not None]
    assert found == ["07:52", "08:06", "08:15", "08:50", "09:30"]


def test_one_colon_less_number_after_at_is_no_time_in_a_text_that_tells_none_so() -> None:
    text = "# Capacity\n\nThe pool peaked at 1450 and the cap stays at 2000.\n"
    assert not any(e.clock is not None for e in resolve(text).events)


@pytest.mark.parametrize(("definition", "offset"), [
    ("EST: UTC + 10 hours.", "+10:00"),  # an Australian report's footnote
    ("Times are CST (UTC+8).", "+08:00"),
    ("EST is UTC-5.", "-05:00"),  # the usual offset: nothing to settle
    ("IST (UTC+5.30) throughout.", "+05:30"),  # the half hour after a dot: India's own
    ("EST = GMT + 9.5 here.", "+09:30"),
])
def test_an_abbreviation_the_document_defines_is_read_as_defined(definition: str,
                                                                 offset: str) -> None:
    label = definition.split()[0] if definition[0].isupper() and definition[1].isupper() \
        else definition.split()[2]
    text = (f"# Reverser pin left in, 2017-12-04\n\n{definition}\n\n"
            f"- 01:30 {label} maintenance began\n- 02:45 {label} pin installed\n")
    first = entries(resolve(text))[0]
    assert iso(first)[-6:] == offset


@pytest.mark.parametrize(("sentence", "phase"), [
    # the responders putting a step off: when it was taken, not the impact's end
    ("We postponed moving traffic back to the primary region until 7:40 PM EST.", "other"),
    ("The team deferred the failback until 19:40 UTC.", "other"),
    ("We waited until 19:40 UTC before re-enabling the queue.", "other"),
    # the impact held up until then: its end
    ("Payouts stayed delayed until 7:40 PM EST.", "end"),
    ("The sync service failed for most accounts until 19:40 UTC.", "end"),
])
def test_a_step_put_off_until_a_time_is_no_end(sentence: str, phase: str) -> None:
    (told,) = [e for e in resolve(f"On 4 November 2024:\n\n{sentence}\n").events
               if e.clock is not None]
    assert told.phase == phase


SPAN_THEN_DAY_HEADINGS = """# Storage outage

## Summary

We had a storage outage on October 19 and 20, 2025. It lasted from 11:48 PM PDT on
October 19 to 2:20 PM PDT on October 20.

## Root cause

A race between two cleanup jobs removed the volume's records.

## Timeline

### October 19, 2025

**11:48 PM PDT**: writes start failing

### October 20, 2025

**12:38 AM**: cause identified

**2:20 PM**: all services recovered
"""


def test_a_day_heading_below_a_summarys_span_of_days_dates_its_entries() -> None:
    # "on October 19 and 20" in the summary, then "### October 19, 2025" over the first
    # entry: the heading's day, not the span's last one
    told = [e for e in resolve(SPAN_THEN_DAY_HEADINGS).events
            if e.source == "timeline" and e.clock is not None]
    assert [e.local for e in told] == ["2025-10-19T23:48", "2025-10-20T00:38",
                                       "2025-10-20T14:20"]


def test_a_weekday_ordinal_day_dates_the_times_after_it() -> None:
    # "Thursday the 9th" with no clock names March 9 (the month of the date before it),
    # and the bare times below it are on that day, not on the day first named
    timeline = timeline_from_text(
        "The first alarms came on Tuesday, March 7, 2023 at 08:10 UTC.\n\n"
        "On Thursday the 9th, the errors came back.\n"
        "We rolled back at 16:40 UTC and the errors stopped at 17:05 UTC.\n")
    clocked = [e for e in timeline.events if e.clock is not None]
    assert [e.local for e in clocked] == ["2023-03-07T08:10", "2023-03-09T16:40",
                                          "2023-03-09T17:05"]


@pytest.mark.parametrize(("said", "day"), [
    # a day to come, after the outage's day: the list told after it keeps the outage's day
    ("Settlement will run as usual on Thursday 14 March 2024.", "2024-03-13"),
    ("Clearing is expected to reopen on 14 March 2024.", "2024-03-13"),
    # a day that happened: the list after it is on it
    ("Clearing reopened on 14 March 2024.", "2024-03-14"),
])
def test_a_day_to_come_dates_no_times_after_it(said: str, day: str) -> None:
    timeline = timeline_from_text(
        "# Clearing outage\n\nOn 13 March 2024 the clearing system failed.\n\n"
        f"{said}\n\nWhat happened:\n\n1. At 9.40am the batch stalled.\n"
        "2. At 10:15am the vendor was called.\n")
    clocked = [e for e in timeline.events if e.clock is not None]
    assert [e.local[:10] for e in clocked] == [day, day]


@pytest.mark.parametrize(("below", "day"), [
    # a text with no year: the time told again below with its month and day dates it, and
    # the times after it
    ("At 06:40 CET on March 4th the provider confirmed the attack.", "--03-04"),
    # a month and day below about other things dates nothing
    ("The provider had warned us on March 1st.", ""),
])
def test_a_yearless_day_written_after_the_times(below: str, day: str) -> None:
    timeline = timeline_from_text(
        "# Game servers offline\n\nServers dropped at 06:40 CET. Logins returned at "
        f"09:15 CET.\n\n{below}\n")
    first = timeline.events[0]
    assert first.local == (f"{day}T06:40" if day else "T06:40")
    assert timeline.events[1].local[:len(day)] == day


@pytest.mark.parametrize(("words", "day"), [
    # a time in an update's words, hours after the update below it and before its own stamp:
    # that update's day
    ("The card was swapped overnight and traffic returned at 03:40.", "2024-03-12"),
    # a postmortem posted the next day tells of the day of the updates below it
    ("Postmortem: between 16:20 and 16:50 UTC the router dropped packets.", "2024-03-11"),
])
def test_a_time_in_an_updates_words_between_two_stamps(words: str, day: str) -> None:
    text = ("Core router fault\n\n" + words + "\nPosted Mar 12, 2024 - 18:05 UTC\n"
            "We are seeing packet loss on the core router.\nPosted Mar 11, 2024 - 17:02 UTC\n")
    told = [e for e in timeline_from_text(text).events if e.line == 3]
    assert told and told[0].local[:10] == day


def test_bare_hours_of_an_account_said_to_be_the_evening_are_pm() -> None:
    # a live blog: "tonight" above clocks with no AM/PM, every hour an evening's
    timeline = resolve("March 9, 2024\n\nThe ticket site buckled tonight as the presale "
                       "opened at 7:00 Eastern.\n\nUpdate 7:20: queues are frozen.\n\n"
                       "Update 8:05: sales resumed.\n")
    assert [e.local[11:16] for e in timeline.events if e.clock] == ["19:00", "19:20", "20:05"]
    assert any(p.what == "meridiem" and p.how == "evening"
               for p in timeline.events[1].provenance)


def test_bare_hours_stay_morning_where_the_evening_is_said_after_them_or_one_is_early() -> None:
    after = resolve("March 9, 2024\n\nUpdate 7:20: queues are frozen.\n\n"
                    "Update 8:05: sales resumed; more tickets go on sale tonight.\n")
    assert [e.local[11:16] for e in after.events if e.clock] == ["07:20", "08:05"]
    early = resolve("March 9, 2024\n\nThe ticket site buckled tonight.\n\n"
                    "Update 4:20: queues are frozen.\n\nUpdate 8:05: sales resumed.\n")
    assert [e.local[11:16] for e in early.events if e.clock] == ["04:20", "08:05"]


@pytest.mark.parametrize(("sentence", "local"), [
    ("Claims had to be filed by midnight on 30 April 2024 (BST).", "2024-05-01T00:00"),
    ("The old endpoint answered until midnight on 30 April 2024 BST.", "2024-05-01T00:00"),
    ("At midnight on 30 April 2024 BST the nightly export started.", "2024-04-30T00:00"),
])
def test_a_deadlines_midnight_ends_the_day_written_after_it(sentence: str, local: str) -> None:
    events = timeline_from_text(f"# Claims portal\n\n{sentence}\n", "x.md", Options()).events
    (event,) = [e for e in events if e.clock is not None]
    assert event.local == local


def test_a_timeline_of_dotted_times_with_one_digit_hours() -> None:
    # "- 7.50 ...": British writing drops the hour's leading zero before its dot
    text = """# Booking portal outage, 4 March 2025

## Timeline (GMT)

- 7.50 Booking pages time out
- 8.25 Major incident declared
- 9.05 Cache cluster restarted
- 10.10 Bookings flowing again
"""
    assert [iso(e) for e in entries(resolve(text))] == [
        "2025-03-04T07:50:00+00:00", "2025-03-04T08:25:00+00:00",
        "2025-03-04T09:05:00+00:00", "2025-03-04T10:10:00+00:00"]


@pytest.mark.parametrize(("item", "told"), [
    # a second step told in a clause or sentence of its own, opening with its time
    ("- 09:12 Checkout errors rise; at 09:20 the on-call is paged.", ["09:12", "09:20"]),
    ("- 09:12 Cache flushed, and by 09:31 checkout recovered.", ["09:12", "09:31"]),
    ("- 09:12 Checkout errors rise. At 09:20 the on-call is paged.", ["09:12", "09:20"]),
    ("- 09:12 Cache flushed, and checkout recovered at 09:31.", ["09:12", "09:31"]),
    ("- 09:12 Paged the DBA; the replica was rebuilt by 09:50.", ["09:12", "09:50"]),
    # a time the entry's words expect, or one inside a sentence: the entry's only step
    ("- 09:12 Fix deployed; by 10:00 the queue should be drained.", ["09:12"]),
    ("- 09:12 Fix deployed, and the team will review it at 15:00.", ["09:12"]),
    ("- 09:12 Fix deployed, and we watched it from 09:15.", ["09:12"]),
    ("- 09:12 Rolled back the 08:55 release to stop the errors.", ["09:12"]),
])
def test_an_entrys_second_step_told_with_its_own_time(item: str, told: list[str]) -> None:
    text = f"# Checkout outage on 2025-02-11\n\n## Timeline (UTC)\n\n{item}\n- 11:00 Closed.\n"
    steps = [e for e in entries(resolve(text)) if e.line == 5]
    assert [e.at.strftime("%H:%M") for e in steps if e.at] == told


@pytest.mark.parametrize(("text", "day"), [
    # a restoration told right after its start, earlier on the clock: the night went by
    ("The outage began at 7 pm UTC. Service was restored at 2 am UTC.", "2024-03-06"),
    ("Checkout went down at 18:40 UTC and was fully restored at 03:15 UTC.", "2024-03-06"),
    # a time told after a start that is no end of it: on the day it was given
    ("The outage began at 7 pm UTC. The nightly backup had run at 2 am UTC.", "2024-03-05"),
])
def test_a_restoration_told_after_its_start_goes_past_a_long_night(text: str,
                                                                   day: str) -> None:
    events = [e for e in resolve(f"# Outage on 2024-03-05\n\n{text}\n").events if e.clock]
    assert events[-1].local[:10] == day


@pytest.mark.parametrize(("sentence", "phases"), [
    # one moment known to within a range: its start bound, no window's end
    ("The pipe probably burst sometime between 1:00 am and 3:00 am.", ["start", "other"]),
    ("The link likely failed between 01:10 and 01:40.", ["start", "other"]),
    # a window: its start and its end
    ("The link was down between 01:10 and 01:40.", ["start", "end"]),
])
def test_a_moment_known_to_within_a_range_is_no_window(sentence: str,
                                                       phases: list[str]) -> None:
    events = [e for e in resolve(f"# Outage on 2024-03-05\n\n{sentence}\n").events if e.clock]
    assert [e.phase for e in events] == phases


PARTS_SIDE_BY_SIDE = """# Payments outage

**Date:** 2024-05-14 (times UTC)

## Timeline

### Phase 1: failover (09:00-13:40)

- 09:00 primary database fails
- 11:00 replica promoted
- 13:40 writes fully restored

### Phase 2: customer messages (09:30)

- 09:30 status page updated
- 10:15 merchants emailed
"""


def test_a_part_whose_heading_names_its_hours_keeps_the_day() -> None:
    # "Phase 2 (09:30)" after a part that ran to 13:40: the heading says the parts ran side by
    # side; its 09:30 is that morning, not the next one
    days = [e.local[:10] for e in entries(resolve(PARTS_SIDE_BY_SIDE))]
    assert days == ["2024-05-14"] * 5


def test_a_part_whose_heading_names_other_hours_rolls_on() -> None:
    # the heading's 15:00 is not its entries' hour: 09:30 after 13:40 is the next morning
    text = PARTS_SIDE_BY_SIDE.replace("### Phase 2: customer messages (09:30)",
                                      "### Phase 2: customer messages (15:00)")
    days = [e.local[:10] for e in entries(resolve(text))]
    assert days == ["2024-05-14"] * 3 + ["2024-05-15"] * 2


@pytest.mark.parametrize(("top", "sentence", "day"), [
    # the day named right after the time (and its zone), counted from the posting date
    ("Posted 12 May 2024.", "Service came back at 0615 UTC this morning.", "2024-05-12"),
    ("Posted 12 May 2024.", "The rollback finished at 21:40 UTC last night.", "2024-05-11"),
    # a news post's byline gives the posting date
    ("Dana Reyes, May 12, 2024, Infrastructure", "Mail flowed again at 06:15 UTC today.",
     "2024-05-12"),
    # a sentence break between the time and the word: the word is the next sentence's
    ("Posted 12 May 2024.", "Service came back at 0615 UTC. This morning we wrote it up.",
     "2024-05-10"),
    # a line with a number beside its date is no byline ("Issue 42")
    ("Issue 42, May 12, 2024, Infrastructure", "Mail flowed again at 06:15 UTC today.",
     "2024-05-10"),
])
def test_a_day_named_after_its_time_counts_from_the_posting_date(top: str, sentence: str,
                                                                   day: str) -> None:
    text = (f"# Registrar outage\n\n{top}\n\nThe migration began at 23:00 UTC on Friday, "
            f"May 10. {sentence}\n")
    got = [e for e in resolve(text).events if e.clock is not None]
    assert got[-1].local[:10] == day


DAYS_WITH_REFERENCES = """# Login latency

Users could not log in on Wednesday, March 6 2024, between 02:10 and 04:00 UTC.

## Timeline

Tuesday, March 5 2024

Ticket: OPS-4411

- 21:00 UTC first latency spike
- 21:40 UTC spike gone, ticket closed

Wednesday, March 6 2024

Ticket: OPS-4420

- 02:10 UTC logins fail
- 04:00 UTC logins work again
"""


def test_a_days_heading_dates_its_list_over_a_reference_line() -> None:
    # "Ticket: OPS-4411" only points elsewhere: the day above still heads the entries
    days = [e.local[:10] for e in entries(resolve(DAYS_WITH_REFERENCES))]
    assert days == ["2024-03-05"] * 2 + ["2024-03-06"] * 2


def test_a_sentence_between_a_day_and_the_list_is_no_reference_line() -> None:
    text = DAYS_WITH_REFERENCES.replace("Ticket: OPS-4411",
                                        "Nobody noticed anything wrong that evening.")
    days = [e.local[:10] for e in entries(resolve(text))]
    assert days[:2] == ["2024-03-06"] * 2


def test_a_chinese_time_then_comma_takes_the_step_told_after_it() -> None:
    # "14:40，服务恢复。": the step follows its time and a comma, as Chinese statements list them
    text = ("# 数据库故障说明\n\n"
            "2024年3月5日，数据库出现故障。14:02，监控发现连接打满。14:40，服务恢复。\n")
    got = {e.written: e.phase for e in resolve(text).events if e.clock is not None}
    assert got["14:02"] == "detection" and got["14:40"] == "resolution"


@pytest.mark.parametrize(("posted", "sentence", "days"), [
    ("Opublikowano 5.6.2023", "Wczoraj o 21:10 padł serwer. Dziś o 08:30 wszystko działa.",
     ["2023-06-04", "2023-06-05"]),
    ("Publikováno 5. 6. 2023", "Včera ve 21:10 spadl server. Dnes v 08:30 vše běží.",
     ["2023-06-04", "2023-06-05"]),
    ("Опубликовано 5 июня 2023", "Вчера в 21:10 упал сервер. Сегодня в 08:30 всё работает.",
     ["2023-06-04", "2023-06-05"]),
])
def test_yesterday_and_today_in_slavic_languages_count_from_the_posting(
        posted: str, sentence: str, days: list[str]) -> None:
    got = [e.local[:10] for e in resolve(f"# Outage\n\n{posted}\n\n{sentence}\n").events
           if e.clock is not None]
    assert got == days


@pytest.mark.parametrize("lead", ["次日", "Next day, "])
def test_next_day_said_again_on_the_next_entry_is_the_same_next_day(lead: str) -> None:
    text = (f"# Disk outage\n\n2024-03-05\n\n## Timeline (UTC)\n\n- 23:40 alert\n"
            f"- {lead}00:10 cause found\n- {lead}00:40 resolved\n")
    assert [e.local[:10] for e in entries(resolve(text))] == [
        "2024-03-05", "2024-03-06", "2024-03-06"]


@pytest.mark.parametrize(("opening", "offset"), [
    ("北京时间 2024 年 3 月 5 日，订单服务超时。", "+08:00"),  # the clock named before the date
    ("2024 年 3 月 5 日，订单服务超时。", None),  # no clock named: no zone
])
def test_a_countrys_clock_named_before_a_date_zones_that_days_times(
        opening: str, offset: str | None) -> None:
    text = f"# 服务中断说明\n\n{opening}\n\n## 时间线\n\n- 14:02 告警\n- 14:40 恢复\n"
    got = [e for e in entries(resolve(text)) if e.clock is not None]
    assert [None if e.at is None else iso(e)[-6:] for e in got] == [offset] * 2


def test_a_weekday_in_a_rendering_of_the_clock_before_it_is_that_days_neighbour() -> None:
    # "03:40 (20:40 Sunday PT)": the same instant on the Pacific clock, the evening before;
    # not the Sunday after Monday the 13th
    for year, day in (("", "--08-12"), (", 2018", "2018-08-12")):
        timeline = resolve(f"# Login latency\n\nUsers could not log in on Monday, August 13{year}"
                           " between 03:40 (20:40 Sunday PT) and 11:00 UTC.\n")
        rendering = next(e for e in timeline.events if e.written.startswith("20:40"))
        assert rendering.local == f"{day}T20:40", year
    # a weekday on an entry of its own, no rendering: still the first such day after the date
    timeline = resolve("# Login latency\n\n- Monday, August 13 at 03:40 UTC logins failed\n"
                       "- Sunday 20:40 UTC the fix shipped\n")
    later = next(e for e in timeline.events if e.written.startswith("Sunday"))
    assert later.local == "--08-19T20:40"


def test_a_weekday_in_a_posts_prose_is_the_one_before_the_post_date() -> None:
    # front matter dated Wednesday 12 March 2025: "On Friday ..." told after the fact (two
    # days after a Wednesday, where nearness alone would put it)
    text = ("---\ntitle: Our database filled up\ndate: 2025-03-12 10:00:00\n---\n\n"
            "Last week was rough. On Friday around 11 pm the disk filled and the site "
            "went down.\n")
    (event,) = [e for e in resolve(text).events if e.clock is not None and e.line > 4]
    assert event.local == "2025-03-07T23:00"
    assert noted(event, "the Friday before the post's date on line 3")
    # a weekday to come ("we will migrate on Friday") stays the one after it
    text = text.replace("Last week was rough. On Friday around 11 pm the disk filled and "
                        "the site went down.", "We will migrate the database on Friday at "
                        "11 pm.")
    events = [e for e in resolve(text).events if e.clock is not None and e.line > 4]
    assert [e.local for e in events] in ([], ["2025-03-14T23:00"])


def test_a_prose_time_told_as_earlier_than_the_one_before_it_is_the_evening_before() -> None:
    # "alerts at 00:20; the deploy had gone out earlier, at 23:55": the evening before
    for said in ("the bad deploy had gone out earlier, at 23:55 UTC",
                 "before that, at 23:55 UTC, a config push went out"):
        timeline = resolve(f"# API latency\n\nOn 2022-03-03, alerts fired at 00:20 UTC; {said}.\n")
        late = next(e for e in timeline.events if e.written.startswith("23:55"))
        assert late.local == "2022-03-02T23:55", said
        assert noted(late, "told as earlier than 00:20 UTC")
    # the same clock told as what came next stays on the day
    timeline = resolve("# API latency\n\nOn 2022-03-03, alerts fired at 00:20 UTC and the fix "
                       "shipped at 23:55 UTC.\n")
    late = next(e for e in timeline.events if e.written.startswith("23:55"))
    assert late.local == "2022-03-03T23:55"


def test_a_header_line_of_the_incident_day_and_the_reports_as_of_day_dates_the_summary() -> None:
    text = ("# Störungsbericht Zahlungsportal\n\nVorfall: 11.03.2023 | Stand: 14.03.2023\n\n"
            "Zwischen 21:05 und 21:40 Uhr war das Portal nicht erreichbar.\n")
    clocked = [e.local for e in timeline_from_text(text, "x.md", Options()).events
               if e.clock is not None]
    assert clocked == ["2023-03-11T21:05", "2023-03-11T21:40"]


@pytest.mark.parametrize(("head", "rows"), [
    # a column of the days promised, and a header's "status as of" day
    ("| # | Acción | Fecha compromiso | Estado al 2024-06-30 |",
     ["| 1 | Alertas | 2024-08-15 | En curso |", "| 2 | Runbook | 2024-09-01 | Concluida |"]),
    ("| Azione | Responsabile | Data prevista |",
     ["| Allarmi | Ops | 2024-08-15 |", "| Runbook | SRE | 2024-09-01 |"]),
])
def test_an_action_tables_days_to_come_date_no_time_after_it(head: str, rows: list[str]
                                                               ) -> None:
    table = "\n".join([head, "|" + "---|" * (head.count("|") - 1), *rows])
    text = (f"# Incidente de pagos\n\nEl 2024-05-20 los pagos fallaron de 09:10 a 09:55 UTC.\n\n"
            f"## Acciones\n\n{table}\n\n## Anexo\n\nLa decisión se tomó a las 09:30 UTC.\n")
    last = [e for e in timeline_from_text(text, "x.md", Options()).events
            if e.clock is not None][-1]
    assert last.local == "2024-05-20T09:30"


@pytest.mark.parametrize(("updates", "shifts"), [
    # a live log newest first across midnight: the resolution first, the start last; the
    # update after the first is the day before it
    (["Update 07:50: Search is back, the index was rebuilt.",
      "Update 22:10: Still down, rebuilding the index.",
      "Update 19:30: Search went down after the schema change."], [0, -1, 0]),
    # told forward, the same clocks roll forward into the next day
    (["Update 19:30: Search went down after the schema change.",
      "Update 22:10: Still down, rebuilding the index.",
      "Update 07:50: Search is back, the index was rebuilt."], [0, 0, 1]),
])
def test_a_live_log_told_newest_first_across_midnight_by_its_words(
        updates: list[str], shifts: list[int]) -> None:
    text = "# Search outage\n\n" + "\n".join(updates) + "\n"
    clocked = [e for e in resolve(text).events if e.clock is not None]
    assert [sum(p.days for p in e.provenance if p.what == "day") for e in clocked] == shifts


def test_a_calendar_event_that_runs_until_a_later_day_dates_no_time_after_it() -> None:
    text = ("# Checkout outage, 2024-06-04\n\nCheckout broke at 9:10 a.m. UTC.\n\n"
            "Our summer promotion runs until June 30.\n\nAt 10:05 a.m. UTC the team paged "
            "the database owner.\n")
    last = [e for e in resolve(text).events if e.clock is not None][-1]
    assert last.local == "2024-06-04T10:05"


@pytest.mark.parametrize(("title", "first", "read_year_first"), [
    # the report writes 2023 in full, never 2004: "23-11-04" is 4 November 2023
    ("# Nightly export failures, November 4, 2023", "2023-11-04T08:15:00+00:00", True),
    # it writes 2004 in full: the day first, as before
    ("# Nightly export failures, November 23, 2004", "2004-11-23T08:15:00+00:00", False),
    # no year in full: nothing vouches for either end
    ("# Nightly export failures", "2004-11-23T08:15:00+00:00", False),
])
def test_three_two_digit_numbers_are_read_year_first_when_the_document_writes_that_year(
        title: str, first: str, read_year_first: bool) -> None:
    timeline = resolve(f"{title}\n\nAll times UTC.\n\n- 23-11-04 08:15 first export job fails\n"
                       "- 23-11-04 09:30 exports succeed again\n")
    (start, _) = entries(timeline)
    assert iso(start) == first
    assert noted(start, "read year first") is read_year_first


@pytest.mark.parametrize(("first", "second", "third"), [
    # Swedish and Norwegian: the weekday, "kl." and the clock
    ("Fredag 8/3 kl. 23:40", "Lørdag kl. 07:05", "Søndag kl. 12:30"),
    # Finnish, the weekday in the essive ("on Saturday") before "klo"
    ("Perjantaina 8.3. klo 23.40", "Lauantaina klo 07.05", "Sunnuntaina klo 12.30"),
    # Polish, "o godz." between
    ("Piątek 8.3. o godz. 23:40", "Sobota o godz. 07:05", "Niedziela o godz. 12:30"),
])
def test_a_weekday_of_another_language_before_its_at_word_steps_the_day_on(
        first: str, second: str, third: str) -> None:
    text = (f"# Storage outage, March 2024\n\n{first} – storage array offline\n"
            f"{second} – controller replaced\n{third} – all volumes back\n")
    assert [e.local for e in resolve(text).events if e.clock is not None] == [
        "2024-03-08T23:40", "2024-03-09T07:05", "2024-03-10T12:30"]


@pytest.mark.parametrize(("history", "dated"), [
    # a history's day told as background: the timeline's bare times do not take it
    ("The relay has been running since it launched on 12 June 2019.", False),
    ("Our company was founded in May 2016 and serves 400 schools.", False),
    ("The service, in use ever since it was first released in 2017, failed.", False),
    # the day of the story itself
    ("On 12 June 2019 the relay's queue filled up.", True),
])
def test_a_history_day_told_as_background_dates_no_time_of_the_timeline(
        history: str, dated: bool) -> None:
    text = (f"# Relay outage\n\n{history}\n\n## Timeline (UTC)\n\n"
            "- 09:01 queue full\n- 09:40 drained\n")
    first = entries(resolve(text))[0]
    assert (first.at is not None) is dated


def test_a_history_day_told_as_background_gives_no_year_to_the_story() -> None:
    text = ("# Outage of 14th March\n\nOn 14 March the relay was down for two hours, its first "
            "outage since it launched on 2 September 2019.\n")
    (title, told, _history) = resolve(text).events
    assert title.local == told.local == "--03-14"


@pytest.mark.parametrize(("told", "day"), [
    # the paragraph under the stamp tells an earlier day: the stamp is when it was sent
    ("On Tuesday 18 June the nightly job hung from 01:10 to 03:40 CEST.", "2024-06-18"),
    # it tells no day: the stamp dates what follows
    ("The nightly job hung from 01:10 to 03:40 CEST.", "2024-06-21"),
])
def test_a_lone_stamp_over_an_account_of_an_earlier_day_is_when_it_was_sent(
        told: str, day: str) -> None:
    text = (f"Re: nightly job incident\n2024-06-21 17:45 CEST\n\n{told}\n\n"
            "Steps\n\n- 01:10 CEST queue stalls\n- 03:40 CEST queue drained\n")
    assert [e.local[:10] for e in entries(resolve(text))][-2:] == [day, day]


@pytest.mark.parametrize(("text", "expected"), [
    # the only year written is a later day's (a fix shipped, a report closed): a year-less
    # day above it is the one nearest that day, not the one months after it
    ("# Sync outage\n\nThe sync API failed on December 29th from 14:05 to 15:10 UTC.\n\n"
     "## Follow-up\n\n- shipped the retry budget on January 12, 2024\n", "2023-12-29"),
    ("# Queue backlog\n\nOn Oct 3 the queue stalled at 08:10 UTC and drained by 09:00.\n\n"
     "Report closed 2021-02-01.\n", "2020-10-03"),
    # a numeric day whose order is open decides nothing nearer: its year
    ("# Queue backlog\n\nOn Oct 3 the queue stalled at 08:10 UTC.\n\nReviewed on 02/03/2021.\n",
     "2021-10-03"),
    # the day further on is near in the same year: that year
    ("# Queue backlog\n\nOn May 3 the queue stalled at 08:10 UTC.\n\n"
     "Fix shipped on May 20, 2022.\n", "2022-05-03"),
])
def test_a_year_less_day_takes_the_year_nearest_a_later_whole_day(text: str,
                                                                  expected: str | None) -> None:
    first = resolve(text).events[0]
    assert (first.local[:10] if first.local and first.local[:1] != "-" else None) == expected


def test_a_weekday_named_in_undated_prose_steps_from_the_time_told_before() -> None:
    """No date anywhere: "at 10:40 p.m. ET Friday ... at 3:10 a.m. ET Saturday" is a day on
    from the time before it, 4 h 30 min later, not 19 h 30 min earlier."""
    text = ("# Ticketing outage\n\nSales froze at 10:40 p.m. ET Friday and resumed at 3:10 a.m. "
            "ET Saturday.\n")
    first, second = resolve(text).events
    assert first.order_minutes is not None and second.order_minutes is not None
    assert second.order_minutes - first.order_minutes == 270


@pytest.mark.parametrize(("text", "expected"), [
    # the story already at that day's evening: its midnight is the one that ends the day
    ("# Array failure\n\nThe array went read-only at 9:10pm on Thursday 6 June 2024 and was "
     "back around midnight on Thursday.\n", "2024-06-07T00:00"),
    ("# Array failure\n\n## Timeline\n\n- 6 June 2024 21:10 array read-only\n"
     "- 6 June 2024, midnight: array back online\n", "2024-06-07T00:00"),
    # midnight told first, the day's later times after it: the day's own start
    ("# Array failure\n\nA job ran at midnight on 6 June 2024; at 9:10pm on 6 June 2024 the "
     "array went read-only.\n", "2024-06-06T00:00"),
])
def test_a_midnight_after_that_days_evening_ends_the_day(text: str, expected: str) -> None:
    (midnight,) = [e for e in resolve(text).events if e.clock is not None
                   and "idnight" in e.written]
    assert midnight.local.startswith(expected)


@pytest.mark.parametrize(("sentence", "day"), [
    # a page opening on its posting stamp, clock and all: "yesterday" counts from its day
    ("The file share failed yesterday afternoon at 2:15 PM and came back at 3:40 PM.",
     "2023-09-04"),
    # no day word: the posting's day, times after its stamp
    ("The file share failed at 2:15 PM and came back at 3:40 PM.", "2023-09-05"),
])
def test_yesterday_counts_from_a_posting_stamp_with_its_clock(sentence: str, day: str) -> None:
    text = f"# File share outage\n\nPosted September 5, 2023 at 9:00 AM EDT\n\n{sentence}\n"
    times = [e for e in resolve(text).events if e.line == 5 and e.clock is not None]
    assert [e.local[:10] for e in times] == [day, day]


@pytest.mark.parametrize(("sentence", "start", "end"), [
    # the end alone names the day: the start, no later on the clock, is that day's too
    ("A second outage hit between 12:30 and 1 a.m. Sunday.", "2012-07-15T00:30",
     "2012-07-15T01:00"),
    # a start later on the clock than the end: the evening before the day named
    ("A second outage ran from 11 p.m. to 1 a.m. Sunday.", "2012-07-14T23:00",
     "2012-07-15T01:00"),
])
def test_a_range_whose_end_alone_names_the_weekday(sentence: str, start: str,
                                                   end: str) -> None:
    text = ("# Metro outage\n\nPublished Monday, July 16, 2012\n\nThe control system failed "
            f"at 2:10 p.m. Saturday. {sentence}\n")
    times = [e.local[:16] for e in resolve(text).events if e.clock is not None][1:]
    assert times == [start, end]
