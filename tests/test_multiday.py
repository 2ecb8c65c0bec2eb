"""Multi-day and overnight logs: day changes said inline, stage headings, ranges of days."""

from __future__ import annotations

import pytest

from pmlint.timeline.document import timeline_from_text
from pmlint.timeline.model import Event, Timeline
from pmlint.timeline.normalise import Options


def resolve(text: str) -> Timeline:
    return timeline_from_text(text, "pm.md", Options())


def entries(timeline: Timeline) -> list[Event]:
    return [e for e in timeline.events if e.source == "timeline"]


def utc(event: Event) -> str | None:
    return None if event.utc is None else event.utc.isoformat()


@pytest.mark.parametrize("said", ["on Tuesday at ~07:40", "on Tuesday around 07:40",
                                  "on Tuesday, approximately 07:40", "on Tuesday at 07:40"])
def test_an_approximate_time_after_a_weekday_is_on_that_day(said: str) -> None:
    # a narrative report: the weekday moves the story on a day, "~" or "around" or not
    text = (f"The cache cluster first fell over on Monday, 2024-09-09 at 22:10 UTC.\n\n"
            f"It fell over again {said} and was restarted.\n")
    second = [e for e in resolve(text).events if e.line == 3]
    assert [utc(e) for e in second] == ["2024-09-10T07:40:00+00:00"]


def test_times_after_a_range_of_days_start_on_its_first_day() -> None:
    # "May 6-7": the night's times begin on the 6th, the range's first day, not its last
    text = ("# Replication incidents, May 6-7, 2025\n\n"
            "The second stall ran from 22:40 to 01:15 UTC.\n")
    stall = [utc(e) for e in resolve(text).events if e.line == 3]
    assert stall == ["2025-05-06T22:40:00+00:00", "2025-05-07T01:15:00+00:00"]


PHASE_HEADINGS = """## Timeline

### 2024-03-21

#### Escalation (23:10-23:50 UTC)
- 23:10 UTC: replica lag climbs
- 23:50 UTC: on-call paged
#### Failover (00:20-00:55 UTC)
- 00:20 UTC: primary failed over
- 00:55 UTC: lag back to zero
#### Close (01:40 UTC)
- 01:40 UTC: incident closed
"""


def test_timed_phase_headings_do_not_stop_the_log_rolling_past_midnight() -> None:
    # a stage's heading with its own times is the same log going on, not a recap starting
    # over, and the date it was carried is no date written: the entries after it roll over
    stamps = [utc(e) for e in entries(resolve(PHASE_HEADINGS)) if e.clock is not None]
    assert stamps == ["2024-03-21T23:10:00+00:00", "2024-03-21T23:50:00+00:00",
                      "2024-03-22T00:20:00+00:00", "2024-03-22T00:55:00+00:00",
                      "2024-03-22T01:40:00+00:00"]


NIGHT_TOLD_TWICE = """# Print queue outage, 2024-11-02 (all times UTC)

## What happened

### The spooler
- 21:40 spooler stops taking jobs
- 23:20 spooler restarted, still stuck
- 00:35 spooler healthy

### The badge readers
- {second} badge readers lose their print server
- 01:10 badge readers reconnect
"""


def test_a_section_retelling_the_same_night_starts_on_that_nights_date() -> None:
    # the second section tells the same hours from another side: 21:55 is on the 2nd, not
    # a day after the spooler's story ended
    events = entries(resolve(NIGHT_TOLD_TWICE.format(second="21:55")))
    assert [e.local for e in events[3:]] == ["2024-11-02T21:55", "2024-11-03T01:10"]
    assert any("so this section retells them" in note for note in events[3].assumed)


@pytest.mark.parametrize(("second", "day"), [
    ("09:15", "2024-11-03T09:15"),  # the morning after the night: the story goes on
    ("20:30", "2024-11-03T20:30"),  # well before the night above began: the next evening
])
def test_a_section_outside_the_hours_above_goes_on_from_them(second: str, day: str) -> None:
    events = entries(resolve(NIGHT_TOLD_TWICE.format(second=second)))
    assert events[3].local == day
    assert not any("retells" in note for note in events[3].assumed)


def test_entries_under_a_heading_whose_range_crosses_midnight_start_on_its_first_day() -> None:
    text = ("# Storage array failure, 2024-08-21 (UTC)\n\n## Timeline\n\n"
            "### Detection\n- 22:50 latency alarm\n- 23:20 controller A fails\n\n"
            "### Failover (23:30-00:15 UTC)\n- 23:30 controller B takes over\n"
            "- 23:58 volumes remounted\n- 00:15 rebuild starts\n")
    assert [e.local for e in entries(resolve(text))][2:] == [
        "2024-08-21T23:30", "2024-08-21T23:58", "2024-08-22T00:15"]


def test_entries_under_a_heading_range_after_midnight_keep_the_night_going() -> None:
    text = ("# Storage array failure, 2024-08-21 (UTC)\n\n## Timeline\n\n"
            "### Detection\n- 22:50 latency alarm\n- 23:40 controller A fails\n\n"
            "### Failover (00:10-00:40 UTC)\n- 00:10 controller B takes over\n"
            "- 00:40 volumes remounted\n")
    assert [e.local for e in entries(resolve(text))][2:] == [
        "2024-08-22T00:10", "2024-08-22T00:40"]


def test_a_section_under_its_own_date_does_not_retell_the_one_above() -> None:
    # the second incident has its own dated heading: the same hours, another day
    text = ("# Queue service - two outages (March 2025)\n\n## Incident Timeline\n\n"
            "### March 3, 2025 - Consumer stall\n\n**Duration:** 14:00 to 15:10 UTC\n\n"
            "**Timeline:**\n\n- **14:00 UTC** - consumers stall\n"
            "- **15:10 UTC** - consumers restarted\n\n"
            "### March 6, 2025 - Consumer stall again\n\n**Duration:** 14:20 to 15:00 UTC\n\n"
            "**Timeline:**\n\n- **14:20 UTC** - consumers stall again\n"
            "- **15:00 UTC** - queue drained\n")
    assert [e.local[:10] for e in entries(resolve(text))][-2:] == ["2025-03-06", "2025-03-06"]


def test_a_date_cited_for_comparison_does_not_date_the_entries_below() -> None:
    text = ("# Queue service - two outages (March 2025)\n\n## Incident Timeline\n\n"
            "### March 3, 2025 - Consumer stall\n\n**Timeline:**\n\n"
            "- **09:00 UTC** - consumers stall\n- **09:40 UTC** - consumers restarted\n\n"
            "### March 6, 2025 - Consumer stall again\n\n**Duration:** 14:20 to 15:00 UTC\n\n"
            "**Root causes:**\n\n- Same root cause as March 3: the consumer pool was too small\n\n"
            "**Timeline:**\n\n- **14:20 UTC** - consumers stall again\n"
            "- **15:00 UTC** - queue drained\n")
    assert [e.local[:10] for e in entries(resolve(text))][-2:] == ["2025-03-06", "2025-03-06"]


@pytest.mark.parametrize("marked", [
    "- 9:10 AM (the following day): storage vendor joins\n",
    "**Day 2**\n- 9:10 AM: storage vendor joins\n",
    "\nDay 2\n\n- 9:10 AM: storage vendor joins\n",
    "### Thursday\n- 9:10 AM: storage vendor joins\n",
    "- Next morning, 9:10 AM: storage vendor joins\n",
    "- The following day at 9:10 AM: storage vendor joins\n",
    "- (next day) 9:10 AM: storage vendor joins\n",
    "- The day after, 9:10 AM: storage vendor joins\n"])
def test_a_morning_entry_on_a_marked_day_keeps_its_meridiem(marked: str) -> None:
    # the author says the night passed: a half-day jump to the morning is no AM/PM slip,
    # and the entries after it go on from that morning
    from pmlint.timeline.reading import find_flips
    text = ("## Timeline\n\n"
            "- 7:40 PM: array controller fails over\n"
            "- 8:25 PM: rebuild started, on-call stands down\n"
            + marked +
            "- 9:55 AM: faulty controller swapped\n")
    timeline = resolve(text)
    assert find_flips(timeline) == {}
    minutes = [e.order_minutes for e in entries(timeline)]
    assert minutes == sorted(minutes)
    assert minutes[2] - minutes[1] == 12 * 60 + 45


def test_weekdays_named_in_an_undated_log_move_its_days_on() -> None:
    # no date anywhere: "Sun 00:30" after "Sat 23:40" is fifty minutes on, not a day back;
    # listed newest first, the weekday steps back instead
    rows = ["| Sat 23:10 | agents fail health checks |", "| Sat 23:40 | agents recycled |",
            "| Sun 00:30 | cache volume full |", "| Sun 01:15 | volume cleaned |"]
    for order in (rows, rows[::-1]):
        text = "All times are UTC.\n\n| When | What |\n|---|---|\n" + "\n".join(order) + "\n"
        minutes = [e.order_minutes for e in entries(resolve(text))]
        assert len(minutes) == 4
        assert sorted(minutes) == (minutes if order is rows else minutes[::-1])
        assert max(minutes) - min(minutes) == 125


@pytest.mark.parametrize("newest_first", [True, False])
def test_weekday_stamps_under_a_dated_title_run_the_way_the_list_does(newest_first: bool) -> None:
    # a rolling news log under "Last updated 14/06/2024": each item names a weekday alone.
    # Newest first, "Thu" after "Fri" is the day before, not the Thursday a week on; written
    # oldest first from the same date, the weekdays move forward as before
    items = [("Fri", "18:10"), ("Fri", "09:30"), ("Thu", "22:00"), ("Thu", "08:15"),
             ("Wed", "17:00")]
    days = ["2024-06-14", "2024-06-14", "2024-06-13", "2024-06-13", "2024-06-12"]
    if not newest_first:
        items = [("Fri", "08:05"), ("Fri", "19:40"), ("Sat", "07:00"), ("Sat", "12:45"),
                 ("Sun", "10:20")]
        days = ["2024-06-14", "2024-06-14", "2024-06-15", "2024-06-15", "2024-06-16"]
    text = ("# Water main burst: rolling updates\n\nLast updated 14/06/2024. Times are CEST.\n\n"
            + "".join(f"* {day} {clock} CEST: crews report progress on the repair\n"
                      for day, clock in items))
    assert [e.local[:10] for e in entries(resolve(text))] == days


def test_a_day_column_in_a_timeline_table_moves_the_log_on() -> None:
    # "| Day 2 | 00:40 |": the author says the day; the step back from 23:10 is that day's
    # start, not an assumed rollover, and "Day 3" is a day further on
    text = ("Date: 2024-06-14 (UTC)\n\n## Timeline\n\n| Day | Time | Event |\n|---|---|---|\n"
            "| Day 1 | 22:30 | upgrade starts |\n| Day 1 | 23:10 | pods evicted |\n"
            "| Day 2 | 00:40 | nodes cordoned |\n| Day 3 | 09:00 | review |\n")
    timeline = resolve(text)
    assert [e.local for e in entries(timeline)] == [
        "2024-06-14T22:30", "2024-06-14T23:10", "2024-06-15T00:40", "2024-06-16T09:00"]
    rolled = next(e for e in entries(timeline) if e.line == 9)
    assert [p.how for p in rolled.provenance if p.what == "day"] == ["heading"]


@pytest.mark.parametrize("marked", ["**Day 2**\n\n- 9:10 AM: vendor joins\n",
                                    "Day 2\n\n- 9:10 AM: vendor joins\n",
                                    "- Next morning, 9:10 AM: vendor joins\n"])
def test_a_day_label_among_entries_with_no_timeline_heading(marked: str) -> None:
    # a log with no "Timeline" heading above it: a day label between its entries still
    # moves it on, and the morning entry is no AM/PM slip
    from pmlint.timeline.reading import find_flips
    text = ("# Array failover\n\nAll times are CT.\n\n- 7:40 PM: controller fails over\n"
            "- 8:25 PM: rebuild started\n\n" + marked + "- 9:55 AM: controller swapped\n")
    timeline = resolve(text)
    assert find_flips(timeline) == {}
    minutes = [e.order_minutes for e in entries(timeline)]
    assert minutes == sorted(minutes) and minutes[2] - minutes[1] == 12 * 60 + 45


def test_entries_after_a_span_past_midnight_stay_on_its_start_day() -> None:
    # "23:10 - 00:50 restore ran", then "23:40 checksum": the checksum was taken during the
    # restore, on the day it began, not the next evening
    from pmlint.timeline.document import timeline_from_text
    text = ("## Timeline (UTC)\n\n### 2025-02-11\n\n- 22:55 backup job fails\n"
            "- 23:10 - 00:50 restore from the mirror\n- 23:40 checksum of the first volume\n\n"
            "### 2025-02-12\n\n- 00:50 restore done\n")
    local = {e.line: e.local[:16] for e in timeline_from_text(text, "r.md").events
             if e.source == "timeline"}
    assert local[7] == "2025-02-11T23:40" and local[11] == "2025-02-12T00:50"
