"""Tests for timeline.extract: where each time expression sits in the document's structure."""

from __future__ import annotations

import pytest

from pmlint.checks import get
from pmlint.checks.engine import lint
from pmlint.timeline.document import timeline_from_text
from pmlint.timeline.extract import Extraction, extract
from pmlint.timeline.model import Event, Field, RawEntry, Timeline
from pmlint.timeline.normalise import Options


def resolve(text: str) -> Timeline:
    return timeline_from_text(text, "pm.md", Options())


def timeline_entries(extraction: Extraction) -> list[RawEntry]:
    return [e for e in extraction.entries if e.source == "timeline" and e.kind == "entry"]


def field(extraction: Extraction, name: str) -> Field:
    (found,) = [f for f in extraction.fields if f.name == name]
    return found


def iso(event: Event) -> str | None:
    return None if event.at is None else event.at.isoformat()


# --- one entry per line form --------------------------------------------------------------------

LINE_FORMS = [
    # line, column of the expression (1-based), expression as written, entry text
    ("- 9:45 PM EST: text", 3, "9:45 PM EST", "text"),
    ("* 13:40 - text", 3, "13:40", "text"),
    ("- **09:00 AM**: text", 5, "09:00 AM", "text"),
    ("1. **May 14, 2021 00:52 (UTC)** text", 6, "May 14, 2021 00:52 (UTC)", "text"),
    ("<p>16:15 GMT+1: text</p>", 4, "16:15 GMT+1", "text"),
    ("- May 10, 2023: text", 3, "May 10, 2023", "text"),
    # colon-less and dotted clocks opening an entry, a list number glued to its time
    ("- 0415 - text", 3, "0415", "text"),
    ("* **1750:** text", 5, "1750", "text"),
    ("- 08.20 | text", 3, "08.20", "text"),
    ("7.11:05 PM: text", 3, "11:05 PM", "text"),
    ("- 2021-10-05/04:50 - text", 3, "2021-10-05/04:50", "text"),
    ("- Fri Oct 01 16:20:01 PDT 2021 - text", 3, "Fri Oct 01 16:20:01 PDT 2021", "text"),
    ("-4:10pm: text", 2, "4:10pm", "text"),  # a dash glued to its time
    # an emphasised item number before the stamp: the number is the item's, not a day
    ("**3.** Jun 2, 2020 10:15 PM UTC: text", 8, "Jun 2, 2020 10:15 PM UTC", "text"),
    ("__12)__ 08:05 - text", 9, "08:05", "text"),
    ("*2.* 2019-07-01 14:00 text", 6, "2019-07-01 14:00", "text"),
    # a word that says about when, before the time
    ("- Shortly after 14:10: text", 17, "14:10", "text"),
    ("- Circa 14:25 - text", 9, "14:25", "text"),
    ("- @14:40 text", 4, "14:40", "text"),
    ("- Just before 09:15: text", 15, "09:15", "text"),
]


@pytest.mark.parametrize(("line", "column", "written", "text"), LINE_FORMS)
def test_entry_line_forms(line: str, column: int, written: str, text: str) -> None:
    extraction = extract(f"## Timeline\n\n{line}\n")
    assert len(extraction.entries) == 1
    (entry,) = timeline_entries(extraction)
    assert entry.line == 3
    assert entry.column == column
    assert entry.expr.written == written
    assert entry.text == text
    assert entry.section == "Timeline"
    assert entry.part == "single"


def test_numbered_entry_resolves_with_its_parenthesised_zone() -> None:
    text = """## Timeline

1. **May 14, 2021 00:52 (UTC)** text
2. **May 14, 2021 01:10 (UTC)** more text
"""
    first, second = resolve(text).events
    assert iso(first) == "2021-05-14T00:52:00+00:00"
    assert (second.line, second.column, second.text) == (4, 6, "more text")
    assert iso(second) == "2021-05-14T01:10:00+00:00"
    assert first.block == second.block  # one list


def test_html_wrapped_entries() -> None:
    text = """## Timeline

<p>16:15 GMT+1: alert fired</p>
<p>16:30 GMT+1: engineer paged</p>
"""
    extraction = extract(text)
    first, second = timeline_entries(extraction)
    assert (first.line, first.column, first.text) == (3, 4, "alert fired")
    assert (second.line, second.column, second.text) == (4, 4, "engineer paged")
    assert first.expr.zone is not None and first.expr.zone.offset_minutes == 60


def test_labelled_entry() -> None:
    text = """# Report

**Issue Detected:** May 10, 2023, 08:00 AM - text
"""
    (entry,) = extract(text).entries
    assert (entry.line, entry.column) == (3, 21)
    assert entry.expr.written == "May 10, 2023, 08:00 AM"
    assert entry.text == "Issue Detected: text"
    assert (entry.source, entry.kind) == ("timeline", "entry")
    (event,) = resolve(text).events
    assert event.local == "2023-05-10T08:00"
    assert event.phase == "detection"


# --- tables -------------------------------------------------------------------------------------

def test_table_with_a_time_column() -> None:
    text = """The outage began on 2023-05-10. All times UTC.

## Timeline

| Time | Event |
|------|-------|
| 09:00 | Alert fired |
| 09:30 | Engineer paged |
"""
    extraction = extract(text)
    first, second = timeline_entries(extraction)
    assert (first.line, first.column, first.expr.written, first.text) == (
        7, 3, "09:00", "Alert fired")
    assert (second.line, second.column, second.text) == (8, 3, "Engineer paged")
    assert first.block == second.block
    events = [e for e in resolve(text).events if e.source == "timeline"]
    assert [iso(e) for e in events] == ["2023-05-10T09:00:00+00:00", "2023-05-10T09:30:00+00:00"]
    assert [e.phase for e in events] == ["detection", "escalation"]


def test_table_with_separate_date_and_time_columns() -> None:
    text = """## Timeline

| Date | Time | Event |
|------|------|-------|
| 2023-05-10 | 09:00 UTC | Alert fired |
| 2023-05-11 | 09:30 UTC | Engineer paged |
"""
    first, second = timeline_entries(extract(text))
    assert first.column == 3
    assert first.expr.written == "2023-05-10 | 09:00 UTC"
    assert first.text == "Alert fired"
    assert first.expr.date is not None and first.expr.clock is not None
    assert second.text == "Engineer paged"
    events = resolve(text).events
    assert [e.local for e in events] == ["2023-05-10T09:00", "2023-05-11T09:30"]
    assert iso(events[1]) == "2023-05-11T09:30:00+00:00"


@pytest.mark.parametrize("text", [
    # a table keyed by each row's date, the time told in the row's words
    """All times UTC.

| Incident | What happened |
|---|---|
| 4 March 2024 - login outage | Errors began around 14:20; the fix went out at 15:05. |
| 12 March 2024 - slow search | Latency rose from 09:10 and recovered by 09:55. |
""",
    # bullets opening with their date, the time in their sentence
    """All times UTC.

- March 4, 2024: errors began around 14:20; the fix went out at 15:05.
- March 12, 2024 — latency rose from 09:10 and recovered by 09:55.
""",
])
def test_an_entry_keyed_by_its_date_takes_the_first_time_its_words_tell(text: str) -> None:
    events = [e for e in resolve(text).events if e.source == "timeline"]
    assert [iso(e) for e in events] == ["2024-03-04T14:20:00+00:00",
                                        "2024-03-12T09:10:00+00:00"]
    assert [e.written for e in events] == ["14:20", "09:10"]


@pytest.mark.parametrize("text", [
    # no clock in the words: the entry stays a day
    "- March 4, 2024: errors began after the deploy and lasted all afternoon.\n",
    # the clock in the words has a date of its own: not this entry's time
    "- March 4, 2024: deploy shipped; the rollback followed on March 5, 2024 at 09:00.\n",
    # a span of days keeps its days
    "- March 4-6, 2024: intermittent errors, worst around 14:20 each day.\n",
])
def test_an_entry_keyed_by_its_date_keeps_its_day_without_a_time_of_its_own(text: str) -> None:
    first = next(e for e in resolve(text).events if e.source == "timeline")
    assert first.local == "2024-03-04"
    assert first.clock is None


# --- headings and tool exports --------------------------------------------------------------------

def test_timestamp_headings_take_the_paragraph_below() -> None:
    text = """## Timeline

### 2018-01-17 17:14

The database failed over; replication lag was 20 minutes by 17:40.

### 2018-01-17 18:02

Traffic was restored.
"""
    extraction = extract(text)
    assert len(extraction.entries) == 2  # the 17:40 inside the paragraph is not an event
    first, second = extraction.entries
    assert (first.line, first.column, first.expr.written) == (3, 5, "2018-01-17 17:14")
    assert first.text == "The database failed over; replication lag was 20 minutes by 17:40."
    assert (second.line, second.text) == (7, "Traffic was restored.")
    events = resolve(text).events
    assert [e.local for e in events] == ["2018-01-17T17:14", "2018-01-17T18:02"]
    assert events[1].phase == "resolution"
    assert not any(e.written == "17:40" for e in events)


def test_a_stamp_alone_under_a_label_does_not_take_the_next_label_as_its_words() -> None:
    """"**First Failure Date:**", a stamp alone, "**Service Restoration Date:**", a stamp:
    the second label names the next stamp; it is not the first stamp's text."""
    text = """**First Failure Date:**

2024-11-03 22:10 UTC

**Service Restoration Date:**

2024-11-04 01:45 UTC
"""
    first, second = extract(text).entries
    # (each label, its colon and its words naming a moment, is its stamp's field)
    assert (first.line, first.text) == (3, "First Failure Date: 2024-11-03 22:10 UTC")
    assert (second.line, second.text) == (7, "Service Restoration Date: 2024-11-04 01:45 UTC")
    # a stamp with its words below still takes them
    below = extract("## Timeline\n\n**2024-11-03 22:10 UTC**\n\nCache cluster lost quorum.\n")
    assert below.entries[0].text == "Cache cluster lost quorum."


def test_tool_export_skips_the_author_line() -> None:
    text = """## Timeline

Jun 10 2022 at 2:00 pm MDT

jane.doe@example.com

Alert fired for the checkout service.

Jun 10 2022 at 2:20 pm MDT

john@example.com Edited

Rolled back the deploy.
"""
    first, second = extract(text).entries
    assert (first.line, first.column) == (3, 1)
    assert first.expr.written == "Jun 10 2022 at 2:00 pm MDT"
    assert first.text == "Alert fired for the checkout service."
    assert (second.line, second.text) == (9, "Rolled back the deploy.")
    events = resolve(text).events
    assert iso(events[0]) == "2022-06-10T14:00:00-06:00"
    assert [e.phase for e in events] == ["detection", "mitigation"]


# --- header fields and summary prose --------------------------------------------------------------

HEADER = """# Incident report

Start Time: 2023-05-10 09:00 UTC
End Time: 2023-05-10 11:30 UTC
Started at: May 10, 2023 09:00 UTC
Started\tJun 13, 2022 02:58 pm UTC
Detected: 2023-05-10 09:05 UTC
Resolved: 2023-05-10 11:30 UTC
Duration: 2 hours 30 minutes
"""


@pytest.mark.parametrize(("name", "line", "value_column", "utc", "phase"), [
    ("start time", 3, 13, "2023-05-10T09:00:00+00:00", "start"),
    ("end time", 4, 11, "2023-05-10T11:30:00+00:00", "end"),
    ("started at", 5, 13, "2023-05-10T09:00:00+00:00", "start"),
    ("started", 6, 9, "2022-06-13T14:58:00+00:00", "start"),
    ("detected", 7, 11, "2023-05-10T09:05:00+00:00", "detection"),
    ("resolved", 8, 11, "2023-05-10T11:30:00+00:00", "resolution"),
])
def test_header_field(name: str, line: int, value_column: int, utc: str, phase: str) -> None:
    extraction = extract(HEADER)
    found = field(extraction, name)
    assert (found.line, found.column, found.value_column) == (line, 1, value_column)
    assert found.heads_block is False
    (event,) = [e for e in resolve(HEADER).events if e.field_name == name]
    assert (event.line, event.column) == (line, value_column)
    assert (event.source, event.kind) == ("summary", "field")
    assert event.utc is not None and event.utc.isoformat() == utc
    assert event.phase == phase


@pytest.mark.parametrize(("fields", "phases"), [
    # a known field's name, a dash instead of the colon
    ("- Impact start — 2024-03-04 14:05 UTC\n- Impact end — 2024-03-04 15:40 UTC\n",
     ["start", "end"]),
    # a name with a slash over a range: the stated window
    ("Date/Time: 2024-03-04 14:05 UTC - 2024-03-04 15:40 UTC\n", ["start", "end"]),
    # the names drafts use in other languages, accents and a space before the colon too
    ("Début : 2024-03-04 14:05 UTC\nFin : 2024-03-04 15:40 UTC\n", ["start", "end"]),
    ("Beginn: 2024-03-04 14:05 UTC\nEnde: 2024-03-04 15:40 UTC\n", ["start", "end"]),
    ("Onset: 2024-03-04 14:05 UTC\nRecovered: 2024-03-04 15:40 UTC\n", ["start", "resolution"]),
    # when it happened, named with what happened: a field, its start or end unsaid
    ("Date / Time of the Disruption: 2024-03-04 14:05 UTC\n", ["other"]),
    ("Time of Failure: 2024-03-04 14:05 UTC\n", ["other"]),
    ("Outage date and time: 2024-03-04 14:05 UTC - 2024-03-04 15:40 UTC\n", ["start", "end"]),
    # a carrier's fault report: "Actual" before the field, "Clear Time" for the recovery
    ("Actual Start Time: 2024-03-04 14:05 UTC\nActual Clear Time: 2024-03-04 15:40 UTC\n",
     ["start", "resolution"]),
    # an estimate is no recovery
    ("Actual Start Time: 2024-03-04 14:05 UTC\nEstimated Clear Time: 2024-03-04 18:00 UTC\n",
     ["start", "other"]),
    # what started or ended, said before a field of two words or more: a compliance report's
    # "Non-compliance start date", a carrier's "Customer impact end time"; a plan's is none
    ("Mis-issuance start date: 2024-03-04 14:05 UTC\nMis-issuance identified date: "
     "2024-03-04 15:00 UTC\nMis-issuance end date: 2024-03-05 09:40 UTC\n",
     ["start", "detection", "end"]),
    ("Customer impact start time: 2024-03-04 14:05 UTC\n", ["start"]),
])
def test_more_ways_of_writing_the_windows_fields(fields: str, phases: list[str]) -> None:
    events = resolve("# Incident report\n\n" + fields).events
    assert [(e.source, e.phase) for e in events if e.clock] == [("summary", p) for p in phases]


def test_a_planned_end_before_a_known_field_name_is_no_end() -> None:
    events = resolve("# Incident report\n\nImpact start time: 2024-03-04 14:05 UTC\n"
                     "Planned maintenance end time: 2024-03-04 18:00 UTC\n").events
    assert [e.phase for e in events if e.clock][1] != "end"


def test_a_phase_named_step_with_words_under_a_timeline_label_is_an_entry() -> None:
    # "**Detected:** stamp - words" under "Timeline:" is a step of the timeline, its phase
    # the one its label names, not a header field (which left the document no timeline)
    text = ("# Pool exhaustion\n\n**Timeline:**\n"
            "* **Started:** May 10, 2023, 07:40 AM UTC - connections climb\n"
            "* **Detected:** May 10, 2023, 08:00 AM UTC - latency alert\n"
            "* **Resolved:** May 10, 2023, 09:10 AM UTC - pool resized\n")
    events = [e for e in resolve(text).events if e.clock]
    assert [(e.source, e.phase) for e in events] == [
        ("timeline", "start"), ("timeline", "detection"), ("timeline", "resolution")]


def test_a_status_update_stamped_in_its_labels_parentheses_is_an_entry() -> None:
    # "Resolved (Mar 4, 15:10 UTC): words" is an update like the ones below it, not a
    # "Resolved" field whose value holds no time (which dropped the update's stamp)
    text = ("# Elevated errors\n\nResolved (Jun 2, 09:40 UTC): Error rates are normal.\n\n"
            "Identified (Jun 2, 09:05 UTC): A bad cache node was found.\n")
    events = [e for e in resolve(text).events if e.clock]
    assert [(e.local[-5:], e.source, e.phase) for e in events] == [
        ("09:40", "timeline", "resolution"), ("09:05", "timeline", "detection")]


@pytest.mark.parametrize("dot", ["·", "•"])
def test_a_status_update_whose_label_date_and_clock_are_joined_by_dots(dot: str) -> None:
    # "Resolved · Jun 2, 2024 · 09:40 UTC": one stamp (not a date, then a clock of its own)
    # of an update, as a hosted status page lists them, newest first
    text = (f"# Elevated errors\n\n**Resolved** {dot} Jun 2, 2024 {dot} 09:40 UTC\n"
            "Error rates are normal.\n\n"
            f"**Identified** {dot} Jun 2, 2024 {dot} 09:05 UTC\nA bad cache node was found.\n")
    events = resolve(text).events
    assert [(e.local, e.source) for e in events] == [
        ("2024-06-02T09:40", "timeline"), ("2024-06-02T09:05", "timeline")]
    assert events[0].phase == "resolution"


@pytest.mark.parametrize(("head", "utc"), [
    ("Uhrzeit (MEZ)", "2024-01-15T08:30:00+00:00"),
    ("Hora (UTC-3)", "2024-01-15T12:30:00+00:00"),
    ("Heure (UTC)", "2024-01-15T09:30:00+00:00"),
])
def test_a_time_column_named_in_any_language_gives_its_zone_in_parentheses(
        head: str, utc: str) -> None:
    text = f"""# 2024-01-15

| {head} | Ereignis |
|---|---|
| 09:30 | Alarm |
| 10:10 | Behoben |
"""
    first = next(e for e in resolve(text).events if e.source == "timeline")
    assert first.at is not None and first.at.in_timezone("UTC").isoformat() == utc


def test_a_first_column_head_in_parentheses_that_is_no_zone_gives_none() -> None:
    text = """# 2024-01-15

| Kosten (USD) | Ereignis |
|---|---|
| 09:30 | Alarm |
"""
    first = next(e for e in resolve(text).events if e.source == "timeline")
    assert first.zone is None


def test_a_table_with_a_zone_column_gives_each_row_its_zone() -> None:
    # "| Date | Time | Zone | Event |": the Zone cell is the row's zone (the document
    # states its zones; no tz-missing), and not part of what happened
    text = ("# Checkout latency\n\n| Date | Time | Time zone | Event |\n|---|---|---|---|\n"
            "| 2024-03-04 | 09:05 | PST | alerts fire |\n"
            "| 2024-03-04 | 12:20 | EST | east team takes over |\n"
            "| 2024-03-04 | 12:40 | nowhere | rollback |\n")
    events = resolve(text).events
    assert [(e.local, e.zone.label if e.zone else None) for e in events][:2] == [
        ("2024-03-04T09:05", "PST"), ("2024-03-04T12:20", "EST")]
    assert events[0].text == "alerts fire"
    assert events[2].text == "nowhere | rollback"  # no zone: the cell stays words


@pytest.mark.parametrize("steps", [
    "1. Disk alarm on db-2 (09:12)\n2. Replica promoted (09:30 UTC)\n3. Writes healthy (09:41)\n",
    "- Disk alarm on db-2 — 09:12\n- Replica promoted - 09:30 UTC\n- Writes healthy, 09:41\n",
])
def test_timeline_steps_whose_time_closes_the_item_are_entries(steps: str) -> None:
    # a timeline written words first, the time last, is a timeline (no "no timeline")
    text = f"# Primary failover, 6 May 2024\n\n## Timeline (UTC)\n\n{steps}"
    entries = [e for e in resolve(text).events if e.source == "timeline"]
    assert [(e.local[-5:], e.text) for e in entries] == [
        ("09:12", "Disk alarm on db-2"), ("09:30", "Replica promoted"),
        ("09:41", "Writes healthy")]


def test_a_time_a_step_speaks_of_is_not_its_stamp() -> None:
    text = ("# Primary failover, 6 May 2024\n\n## Timeline (UTC)\n\n- 09:12 disk alarm\n"
            "- Vendor promised a fix by 11:00\n- Rollback planned (ETA 11:30)\n"
            "- 09:41 writes healthy\n")
    entries = [e for e in resolve(text).events if e.source == "timeline"]
    assert [e.local[-5:] for e in entries] == ["09:12", "09:41"]


def test_a_stamp_in_angle_brackets_is_no_html_tag() -> None:
    # an Org-mode stamp "<2024-05-06 Mon 09:12>" opens its entry; only a tag (a letter, "/",
    # "!" or "?" after "<") is markup to mask
    text = ("# Primary failover\n\n## Timeline (UTC)\n\n"
            "- <2024-05-06 Mon 09:12> disk alarm on <b>db-2</b>\n"
            "- <2024-05-06 Mon 09:41> writes healthy\n")
    entries = [e for e in resolve(text).events if e.source == "timeline"]
    assert [(e.local, e.text) for e in entries] == [
        ("2024-05-06T09:12", "disk alarm on db-2"), ("2024-05-06T09:41", "writes healthy")]


def test_a_field_with_its_zone_in_parentheses_stays_a_field() -> None:
    text = "# Elevated errors\n\nResolved (UTC): 2024-06-02 09:40\n"
    (event,) = [e for e in resolve(text).events if e.clock]
    assert (event.kind, event.at.isoformat()) == ("field", "2024-06-02T09:40:00+00:00")


def test_a_phase_named_field_with_only_its_stamp_stays_a_field() -> None:
    text = ("# Pool exhaustion\n\nStarted: May 10, 2023, 07:40 AM UTC\n"
            "Resolved: May 10, 2023, 09:10 AM UTC\n")
    assert {e.kind for e in resolve(text).events if e.clock} == {"field"}


def test_tab_separated_field_value() -> None:
    found = field(extract(HEADER), "started")
    assert found.label == "Started"
    assert found.value == "Jun 13, 2022 02:58 pm UTC"


def test_duration_field() -> None:
    extraction = extract(HEADER)
    assert field(extraction, "duration").value == "2 hours 30 minutes"
    (duration,) = extraction.durations
    assert (duration.line, duration.column) == (9, 11)
    assert duration.seconds == 9000
    assert duration.unit == "hour"
    assert duration.cue == "duration"
    assert not any(e.field_name == "duration" for e in extraction.entries)


KEY_VALUE_TABLE = """# Incident report

| Field | Value |
|---|---|
| **Start** | 2023-05-10 09:00 UTC |
| Detected | 2023-05-10 09:05 UTC |
| End | 2023-05-10 11:30 UTC |
| Duration | 2 h 30 min |
| Severity | SEV2 |

## Timeline

- 09:05 UTC: alert fired
"""


def test_key_value_table_holds_header_fields() -> None:
    extraction = extract(KEY_VALUE_TABLE)
    assert [e.line for e in timeline_entries(extraction)] == [13]
    start, end = field(extraction, "start"), field(extraction, "end")
    assert (start.line, start.value, start.value_column) == (5, "2023-05-10 09:00 UTC", 15)
    assert (end.line, end.value) == (7, "2023-05-10 11:30 UTC")
    (duration,) = extraction.durations
    assert (duration.line, duration.seconds, duration.cue) == (8, 9000, "duration")
    events = {e.field_name: e for e in resolve(KEY_VALUE_TABLE).events if e.kind == "field"}
    assert (events["start"].source, events["start"].phase) == ("summary", "start")
    assert events["detected"].phase == "detection"
    assert events["end"].utc is not None
    assert events["end"].utc.isoformat() == "2023-05-10T11:30:00+00:00"


@pytest.mark.parametrize("text", [
    "| Started at | 2023-05-10 09:00 UTC |\n|---|---|\n| Resolved | 2023-05-10 10:00 UTC |\n",
    "Started at | 2023-05-10 09:00 UTC\n---|---\nResolved | 2023-05-10 10:00 UTC\n",  # no bars
])
def test_key_value_table_whose_first_row_is_a_pair(text: str) -> None:
    extraction = extract(text)
    assert timeline_entries(extraction) == []
    assert field(extraction, "started at").line == 1
    assert field(extraction, "resolved").line == 3


def test_fact_box_table_with_no_header_row_holds_fields() -> None:
    # a page's fact box copied as pipes, with no header row: the first row pairs a field's
    # name with its value, and so does every row below
    extraction = extract("| Reported on | 2022-11-04 |\n| Started at | 2022-11-04 06:10 UTC |\n"
                         "| Impact | search was slow |\n")
    assert timeline_entries(extraction) == []
    assert field(extraction, "started at").line == 2


def test_table_with_no_header_row_opening_with_a_time_stays_a_timeline() -> None:
    extraction = extract("| 06:10 UTC | Started at the edge |\n| 06:40 UTC | Resolved |\n")
    assert [e.line for e in timeline_entries(extraction)] == [1, 2]


@pytest.mark.parametrize("text", [
    # a time column and an event column, outside any Timeline heading
    "## What happened\n\n| Time (UTC) | Event |\n|---|---|\n| 09:00 | Start |\n"
    "| 09:30 | Detected by a customer |\n",
    # a two-column table under a Timeline heading: its rows are entries, whatever they say
    "## Timeline\n\n| Step | When |\n|---|---|\n| Detected | 09:00 UTC |\n"
    "| Resolved | 09:30 UTC |\n",
    # an event column first, a time column second
    "| Event | Time |\n|---|---|\n| Detected | 09:00 UTC |\n| Resolved | 09:30 UTC |\n",
])
def test_timeline_tables_stay_timelines(text: str) -> None:
    extraction = extract(text)
    assert len(timeline_entries(extraction)) == 2
    assert extraction.fields == ()


SIDEWAYS_TABLE = """# Queue outage

| Impact start | Impact end | Detected | Outage duration |
| --- | --- | --- | --- |
| 2022-11-02 07:40 UTC | 2022-11-02 09:05 UTC | 2022-11-02 07:52 UTC | 85 min |

## Timeline

- 07:40 UTC: queue stalls
"""


def test_field_names_over_one_row_are_header_fields() -> None:
    extraction = extract(SIDEWAYS_TABLE)
    assert [e.line for e in timeline_entries(extraction)] == [9]
    start, end = field(extraction, "impact start"), field(extraction, "impact end")
    assert (start.line, start.value, start.value_column) == (5, "2022-11-02 07:40 UTC", 3)
    assert (end.line, end.value_column) == (5, 26)
    (duration,) = extraction.durations
    assert (duration.line, duration.seconds, duration.cue) == (5, 85 * 60, "duration")
    phases = {e.field_name: e.phase for e in resolve(SIDEWAYS_TABLE).events if e.kind == "field"}
    assert phases == {"impact start": "start", "impact end": "end", "detected": "detection"}


@pytest.mark.parametrize("text", [
    # several rows under Start / End: a list of spans, each row read as before
    "| Start | End |\n|---|---|\n| 2022-11-02 07:40 UTC | 2022-11-02 09:05 UTC |\n"
    "| 2022-11-03 07:40 UTC | 2022-11-03 08:05 UTC |\n",
    # a column that names no field: an event table
    "| Start | What happened |\n|---|---|\n| 2022-11-02 07:40 UTC | queue stalls |\n",
])
def test_tables_that_are_not_one_row_of_fields(text: str) -> None:
    assert extract(text).fields == ()


SUMMARY = """# Summary

The outage occurred on the 10th of May 2023, at approximately 9:45 PM EST and lasted for \
3 hours until it was resolved at 12:45 AM EST on the 11th.
"""


def test_summary_prose() -> None:
    timeline = resolve(SUMMARY)
    start, end = timeline.events
    assert {(e.source, e.kind) for e in (start, end)} == {("summary", "prose")}
    assert start.phase == "start"
    assert start.written == "the 10th of May 2023, at approximately 9:45 PM EST"
    assert (start.line, start.column) == (3, 24)
    assert iso(start) == "2023-05-10T21:45:00-05:00"
    assert end.phase == "resolution"
    assert end.written == "12:45 AM EST on the 11th"
    assert iso(end) == "2023-05-11T00:45:00-05:00"
    assert end.utc is not None and end.utc.isoformat() == "2023-05-11T05:45:00+00:00"
    (duration,) = timeline.durations
    assert duration.seconds == 10800
    assert duration.cue == "lasted for"
    assert duration.written == "3 hours"


# --- what is not read ---------------------------------------------------------------------------

def test_fenced_code_block_is_not_read() -> None:
    text = """## Timeline

- 09:00 UTC: alert fired

```
2023-05-10 09:01:02 ERROR connection refused
10:15 retry scheduled
```

- 09:30 UTC: engineer paged
"""
    extraction = extract(text)
    assert [(e.line, e.expr.written) for e in extraction.entries] == [
        (3, "09:00 UTC"), (10, "09:30 UTC")]
    assert all(e.source == "timeline" for e in extraction.entries)


def test_empty_field_before_a_field_does_not_head_a_block() -> None:
    text = """# Report

Duration:
Start Time: 2023-05-10 09:00 UTC

Impact:
Checkout was unavailable for most customers.

Root Cause:
Severity: SEV-2
"""
    extraction = extract(text)
    duration = field(extraction, "duration")  # heads its Start Time: not blank
    assert (duration.line, duration.value, duration.heads_block) == (3, "", True)
    impact = field(extraction, "impact")
    assert (impact.line, impact.value, impact.heads_block) == (6, "", True)
    cause = field(extraction, "root cause")  # followed by an unrelated field: blank
    assert (cause.line, cause.value, cause.heads_block) == (9, "", False)
    assert field(extraction, "start time").value == "2023-05-10 09:00 UTC"
    assert extraction.durations == ()


@pytest.mark.parametrize("threshold", ["queue delays over 10 minutes",
                                       "a latency of over 3 seconds",
                                       "build times over 20 minutes"])
def test_a_threshold_on_a_measured_wait_is_no_length(threshold: str) -> None:
    """A status page's summary: "between 08:10 and 09:40 UTC, 2% of jobs saw queue delays over
    10 minutes". The duration bounds the wait, not the incident; the outage's length is a
    stated one only where a cue says so ("the outage lasted over 1 hour")."""
    text = f"From 08:10 to 09:40 UTC on June 3, 2024, 2% of jobs saw {threshold}.\n"
    assert extract(text).durations == ()
    kept = extract("From 08:10 to 09:40 UTC on June 3, 2024, the outage lasted over 1 hour.\n")
    assert [d.written for d in kept.durations] == ["1 hour"]


@pytest.mark.parametrize("header", ["Time (EAT)", "Time", "Time:"])
def test_plain_text_columns_under_a_column_header(header: str) -> None:
    text = f"Timeline\n{header}\n10:00 AM        Monitoring alerts fired.\n" \
           "12:30 PM        All services restored.\n"
    entries = timeline_entries(extract(text))
    assert [(e.line, e.text) for e in entries] == [
        (3, "Monitoring alerts fired."), (4, "All services restored.")]


# --- zone statements -------------------------------------------------------------------------

ZONE_STATEMENTS = [
    # document, label of the declared zone, and its line
    ("Every time below is EST/EDT.\nAll times EST/EDT\n- 08:00 a\n", "ET", 1),
    ("Note: all times CET/CEST\n- 08:00 a\n", "Europe/Paris", 1),
    ("All timestamps are in UTC\n- 08:00 a\n", "UTC", 1),
    ("All times shown are GMT\n- 08:00 a\n", "GMT", 1),
    ("Timestamps are in\nUTC.\n\n- 08:00 a\n", "UTC", 1),
    ("Times are GMT + 2\n- 08:00 a\n", "UTC+02:00", 1),
    ("**Time zone:** EET\n- 08:00 a\n", "EET", 1),
    ("| Owner | Ana |\n| Timezone | UTC |\n\n- 08:00 a\n", "UTC", 2),
    ("All times: **PT**\n- 08:00 a\n", "PT", 1),
    ("TZ - Asia/Singapore\n- 08:00 a\n", "Asia/Singapore", 1),
    ("Timestamps below are local time (Madrid).\n- 08:00 a\n", "Europe/Madrid", 1),
    ("Times in this summary are Chicago time\n- 08:00 a\n", "America/Chicago", 1),
    ("**Timezone:** all times are in Moscow time\n- 08:00 a\n", "MSK", 1),
    ("Note: all times are British Summer Time.\n- 08:00 a\n", "BST", 1),
    # words between the statement and its zone: how exact the times are, where it holds
    ("All times are estimated and in EET.\n- 08:00 a\n", "EET", 1),
    ("Times are rough, in UTC\n- 08:00 a\n", "UTC", 1),
    ("Timezone used here: Eastern European Time\n- 08:00 a\n", "EET", 1),
    # the zone as a link's text or in emphasis; "listed" between "all times" and "are"
    ("All times listed are in [Central Time](https://example.org/tz?c=chi)\n- 08:00 a\n",
     "CT", 1),
    ("All times given are in _Eastern Time_.\n- 08:00 a\n", "ET", 1),
    ("Times are in [**UTC**](https://example.org/utc).\n- 08:00 a\n", "UTC", 1),
]


@pytest.mark.parametrize(("document", "label", "line"), ZONE_STATEMENTS)
def test_zone_statement(document: str, label: str, line: int) -> None:
    declared = extract(document).declared_zone
    assert declared is not None
    assert (declared[0].label, declared[1]) == (label, line)


@pytest.mark.parametrize("document", [
    "We fixed it all in 10 minutes.\n- 08:00 a\n",
    "All times are in\nthe runbook.\n- 08:00 a\n",
    "All times are approximate and rounded.\n- 08:00 a\n",
])
def test_no_zone_statement(document: str) -> None:
    assert extract(document).declared_zone is None


@pytest.mark.parametrize("heading", ["## Timeline (all in MST)",
                                     "## Timeline (MST), every time rounded to 5 minutes"])
def test_timeline_heading_says_all_in_a_zone(heading: str) -> None:
    timeline = resolve(f"The report was written at 9:00 PDT.\n\n{heading}\n- 08:00 a\n- 09:00 b\n")
    entries = [e for e in timeline.events if e.source == "timeline"]
    assert [e.zone.label if e.zone else None for e in entries] == ["MST", "MST"]


# --- entry layouts -------------------------------------------------------------------------------

def test_entries_joined_by_line_break_tags() -> None:
    ex = extract("## Timeline\n\n14:02 UTC: disk alarm<br/>14:09 UTC: volume grown<BR>"
                 "14:30 UTC: alarm cleared\n")
    entries = timeline_entries(ex)
    assert [(e.expr.written, e.text) for e in entries] == [
        ("14:02 UTC", "disk alarm"), ("14:09 UTC", "volume grown"),
        ("14:30 UTC", "alarm cleared")]
    assert [e.column for e in entries] == [1, 27, 54]


def test_a_line_break_tag_inside_one_entry_keeps_it_whole() -> None:
    ex = extract("## Timeline\n\n- 14:02 UTC: disk alarm<br>paged the owner\n")
    assert [e.text for e in timeline_entries(ex)] == ["disk alarm paged the owner"]


def test_a_report_exported_as_one_html_line_has_its_timeline_pieces_as_entries() -> None:
    # the whole report on one physical line, paragraphs joined by <br />: after the piece
    # that says "Timeline", each piece opening with a time is an entry; the chat lines
    # quoted under one of them (bracketed stamps) are that entry's words
    line = ("<p><b>Overview</b><br /> The archive mirror went read-only on 9 May.<br />"
            "<b>Timeline</b><br />"
            "<b>0915 UTC 2025-05-09 -</b> sync job stalls<br />"
            "<b>0950 UTC 2025-05-09 -</b> on-call paged<br />"
            "&nbsp; &nbsp; [May-9 11:52 AM] Kim: is the mirror up?<br />"
            "<b>1120 UTC 2025-05-09 -</b> disk swapped<br />"
            "<b>1305 UTC 2025-05-09 -</b> mirror writable again</p>\n")
    ex = extract("# Mirror outage\n\n" + line)
    assert [(e.expr.written, e.text) for e in timeline_entries(ex)] == [
        ("0915 UTC 2025-05-09", "sync job stalls"), ("0950 UTC 2025-05-09", "on-call paged"),
        ("1120 UTC 2025-05-09", "disk swapped"), ("1305 UTC 2025-05-09", "mirror writable again")]


@pytest.mark.parametrize("label", ["Notice", "Notification", "Clarification", "Resolve"])
def test_a_status_update_under_more_labels_is_dated_by_the_stamp_below(label: str) -> None:
    text = (f"# Status history\n\n**{label}**: the build cache is read-only for the\n"
            "duration of the disk swap.\n<br><span>June 3, 10:20 UTC</span>\n")
    entries = timeline_entries(extract(text))
    assert [(e.line, e.expr.written, e.text[:len(label)]) for e in entries] == [
        (5, "June 3, 10:20 UTC", label)]


def test_entries_after_hard_line_breaks() -> None:
    ex = extract("Sequence of events\\\\\n07:15 UTC replica lag grew\\\\\n"
                 "07:40 UTC primary restarted\\\\\n08:05 UTC lag back to zero\n")
    assert [(e.line, e.text) for e in timeline_entries(ex)] == [
        (2, "replica lag grew"), (3, "primary restarted"), (4, "lag back to zero")]


def test_status_page_updates() -> None:
    ex = extract("# Elevated latency\n\n**Investigating 18:02:** errors on checkout.\n\n"
                 "**Update - 18:40** the fix is deploying.\n\n**Resolved 19:05:** all clear.\n")
    assert [(e.expr.written, e.text) for e in timeline_entries(ex)] == [
        ("18:02", "Investigating: errors on checkout."),
        ("18:40", "Update: the fix is deploying."), ("19:05", "Resolved: all clear.")]


@pytest.mark.parametrize("line", [
    "*Monitoring* - (11:02 AM EDT) Error rates are falling.",
    "_Update_: 11:02 AM EDT Error rates are falling.",
])
def test_status_updates_in_single_emphasis_are_entries(line: str) -> None:
    (entry,) = timeline_entries(extract(f"# Webhook delays\n\n{line}\n"))
    assert entry.expr.written == "11:02 AM EDT"
    assert entry.text.endswith("Error rates are falling.")


def test_status_page_front_matter() -> None:
    ex = extract("---\ntitle: Elevated latency\ndate: 2022-11-30T18:02:00Z\n"
                 "resolvedWhen: 2022-11-30T19:05:00Z\n---\n\nErrors on checkout.\n")
    assert [(f.name, f.line) for f in ex.fields] == [("date", 3), ("resolved at", 4)]
    timeline = resolve("---\ndate: 2022-11-30T18:02:00Z\nresolvedWhen: 2022-11-30T19:05:00Z\n"
                       "---\n")
    assert [e.phase for e in timeline.events] == ["other", "resolution"]


def test_times_carried_by_tags_stamp_their_lines() -> None:
    ex = extract('*Degraded* - queue lag. {{< track "2022-03-01 06:10:00" >}}\n\n'
                 '*Resolved* - lag gone. {{< track "2022-03-01 07:02:30" >}}\n\n'
                 'Posted <time datetime="2022-03-01T07:30:00Z">this morning</time>\n')
    assert [(e.line, e.expr.written, e.text) for e in timeline_entries(ex)] == [
        (1, "2022-03-01 06:10:00", "Degraded* - queue lag."),
        (3, "2022-03-01 07:02:30", "Resolved* - lag gone."),
        (5, "2022-03-01T07:30:00Z", "Posted this morning")]


def test_a_shortcode_stamp_alone_below_its_update_takes_the_words_above() -> None:
    # a status page's update written first, its title and words, then the stamp that closes
    # it on a line of its own; a stamp right under another one's line has no words of its own
    ex = extract('**Mirror sync restored**:\nAll mirrors are current again.\n'
                 '{{< track "2021-04-09 16:45:00" >}}\n\n'
                 '**Mirror sync stalled**:\nThe mirrors stopped syncing.\n'
                 '{{< track "2021-04-09 14:05:00" >}}\n'
                 '{{< track "2021-04-09 14:00:00" >}}\n')
    assert [(e.line, e.expr.written, e.text) for e in timeline_entries(ex)] == [
        (3, "2021-04-09 16:45:00", "Mirror sync restored: All mirrors are current again."),
        (7, "2021-04-09 14:05:00", "Mirror sync stalled: The mirrors stopped syncing."),
        (8, "2021-04-09 14:00:00", "")]


def test_a_component_stamped_by_its_date_attribute_takes_the_lines_inside_it() -> None:
    ex = extract('<StatusNote date="2023-10-02T08:15:00Z">\n  Replication lag on the\n'
                 '  reporting replica.\n</StatusNote>\n\n'
                 '<StatusNote time="2023-10-02T09:40:00Z">Lag cleared.</StatusNote>\n\n'
                 '<img alt="date" src="lag.png">\n')
    assert [(e.line, e.expr.written, e.text) for e in timeline_entries(ex)] == [
        (1, "2023-10-02T08:15:00Z", "Replication lag on the reporting replica."),
        (6, "2023-10-02T09:40:00Z", "Lag cleared.")]


@pytest.mark.parametrize("target", [
    "images/Screenshot%202024-03-05%20at%2014.26.03.png",  # percent-encoded spaces
    "https://cdn.example.com/Screen_Shot_2021-06-08_at_11.08.11_AM.png",
    "https://ci.example.com/logs/2024-03-05T23:15:00Z",
    'pics/2023-10-14%2005.26.03%20-%20leak.png "the leak, drawn"',  # a target with a title
])
def test_a_link_or_image_target_is_an_address_not_words(target: str) -> None:
    text = (f"# Outage on 4 March 2024\n\n![graph]({target}) by the on-call\n\n"
            "## Timeline (UTC)\n\n- 10:05 alert\n- 10:20 rollback\n")
    events = resolve(text).events
    assert [e.line for e in events] == [1, 7, 8]
    assert all(e.local.startswith("2024-03-04") for e in events)


def test_a_tag_without_a_stamp_is_still_masked() -> None:
    ex = extract('{{< figure "12:30" >}} and <span title="14:00">x</span>\n')
    assert ex.entries == ()


CITY_ZONES = [
    ("- 07:45 Denver - rollback started\n", "America/Denver"),
    ("- 07:45 (Lisbon) rollback started\n", "Europe/Lisbon"),
    ("- 07:45 Los Angeles: rollback started\n", "America/Los_Angeles"),
    ("- 07:45 Sydney paged the on-call\n", None),  # a name, not a zone
    ("- 07:45 (Nairobi time): rollback started\n", "Africa/Nairobi"),
    ("- 07:45 (Lima Time) rollback started\n", "America/Lima"),
    ("- 07:45 (local time, Oslo) rollback started\n", "Europe/Oslo"),
    ("- 07:45 (local time in Madrid): rollback started\n", "Europe/Madrid"),
    # zone cities that are everyday words or given names: a zone only where "time" is said
    ("- 15:11 Midway – the rollback stalled\n", None),
    ("- 09:00 West - failover to the second region\n", None),
    ("- 10:05 Victoria - paged the database on-call\n", None),
    ("- 10:05 Christmas: freeze lifted\n", None),
    ("- 10:05 (Darwin time) rollback started\n", "Australia/Darwin"),
    ("- 10:05 (local time, Darwin) rollback started\n", "Australia/Darwin"),
    ("- 10:05 Regina time: rollback started\n", "America/Regina"),
]


@pytest.mark.parametrize(("document", "zone"), CITY_ZONES)
def test_a_city_after_a_time_names_its_zone(document: str, zone: str | None) -> None:
    (entry,) = timeline_entries(extract("## Timeline\n" + document))
    assert (entry.expr.zone.label if entry.expr.zone else None) == zone


# --- dates near entries ----------------------------------------------------------------------

@pytest.mark.parametrize(("above", "day"), [
    ("Sunday, 12 May 2024", "2024-05-12"),  # a date line right above the entries dates them
    ("**On: 2024-05-12**", "2024-05-12"),
    ("We had patched the fleet on 2024-05-12 as planned.", "2024-05-20"),  # a sentence: not
])
def test_a_date_line_above_the_entries_outranks_the_report_date(above: str, day: str) -> None:
    timeline = resolve(f"# Queue outage\n\nReport date: 2024-05-20\n\n## Timeline\n\n{above}\n\n"
                       "- 06:10 UTC consumers stalled\n- 06:40 UTC consumers restarted\n")
    entries = [e for e in timeline.events if e.source == "timeline"]
    assert [e.local[:10] for e in entries] == [day, day]


def test_quoted_logs_outside_the_timeline_are_evidence() -> None:
    ex = extract("## Timeline\n\n- 14:00 UTC cache evicted\n- 14:30 UTC cache warm\n\n"
                 "## Root cause\n\n> 2022-08-02 13:59:58 WARN heap at 97%\n"
                 "> [13:59:59] OOM killer invoked\n\n"
                 'The record: {"ts": "2022-08-02T13:59:00Z", "level": "warn"}\n\n'
                 "> We restarted the cache at 14:10 UTC.\n")
    assert [(e.line, e.source) for e in ex.entries] == [(3, "timeline"), (4, "timeline"),
                                                        (13, "summary")]


@pytest.mark.parametrize(("logged", "stamp"), [
    ("Mar 14 02:51:09 worker-07.prod kafka-consumer[2210]: poll timeout, rebalancing",
     "Mar 14 02:51:09"),
    ("2025-03-14T02:51:09.120Z worker-07.prod kafka-consumer[2210]: poll timeout",
     "2025-03-14T02:51:09.120Z"),
    # a network device's line: facility, severity and mnemonic after the stamp
    ("2:51: %SPANTREE-2-BLOCK_PVID_LOCAL: Blocking GigabitEthernet1/0/7 on VLAN0020", "2:51:"),
])
def test_a_system_logs_lines_quoted_bare_outside_the_timeline_are_evidence(
        logged: str, stamp: str) -> None:
    # a syslog line (its stamp, host and process with its id) under the prose that quotes
    # it, with no quote mark or code fence: what the machine said, no entry
    ex = extract("## Timeline\n\n- 2025-03-14 03:05 UTC queue stalled\n"
                 "- 2025-03-14 03:40 UTC workers restarted\n\n## What the hosts logged\n\n"
                 f"{logged}\nNothing else was logged.\n")
    assert [(e.line, e.source) for e in ex.entries] == [(3, "timeline"), (4, "timeline")]
    # a line of the author's own, opening with a time and words, stays an entry
    ex = extract("## Timeline\n\n- 2025-03-14 03:05 UTC queue stalled\n\n## Later\n\n"
                 f"{stamp} worker-07 was rebuilt [by hand]: it came back at 100%\n")
    assert [e.line for e in ex.entries if e.source == "timeline"] == [3, 7]


def test_an_observations_title_ends_a_plain_text_timeline() -> None:
    text = ("Timeline (UTC)\n- 2025-03-14 03:05: queue stalled\n- 2025-03-14 03:40: workers "
            "restarted\nObservations\nThe brokers logged this:\n"
            "Mar 14 02:51:09 broker-2 kafka[91]: lag rising\n")
    assert [e.line for e in extract(text).entries] == [2, 3]


def test_a_quoted_log_inside_the_timeline_is_still_read() -> None:
    ex = extract("## Timeline\n\n> 2022-08-02 13:59:58 heap at 97%\n"
                 "> 2022-08-02 14:05:00 cache restarted\n")
    assert [e.line for e in timeline_entries(ex)] == [3, 4]


def test_start_and_end_columns_make_each_row_a_range() -> None:
    ex = extract("## Timeline\n\n| What | Began (UTC) | Ended (UTC) | Owner |\n|---|---|---|---|\n"
                 "| Packet loss | 2024-02-09 03:10 | 03:55 | net |\n"
                 "| Reroute | 04:05 | 2024-02-09 04:20 | net |\n")
    entries = timeline_entries(ex)
    assert [(e.part, e.expr.written, e.text) for e in entries] == [
        ("range-start", "2024-02-09 03:10", "Packet loss | net"),
        ("range-end", "03:55", "Packet loss | net"),
        ("range-start", "04:05", "Reroute | net"),
        ("range-end", "2024-02-09 04:20", "Reroute | net")]
    timeline = resolve("## Timeline\n\n| What | Began (UTC) | Ended (UTC) |\n|---|---|---|\n"
                       "| Packet loss | 2024-02-09 03:10 | 03:55 |\n")
    assert [e.local for e in timeline.events] == ["2024-02-09T03:10", "2024-02-09T03:55"]
    assert all(e.zone is not None and e.zone.label == "UTC" for e in timeline.events)


def test_bullet_glyph_inside_bold() -> None:
    ex = extract("## Timeline\n\n**•\t06:12 EDT:** page\n**·  06:30 EDT:** fix\n")
    assert [(e.expr.written, e.text) for e in timeline_entries(ex)] == [
        ("06:12 EDT", "page"), ("06:30 EDT", "fix")]


def test_a_chat_transcript_is_neither_summary_nor_timeline() -> None:
    document = ("# Login failures\n\nLogins failed from 09:10 to 09:50 UTC.\n\n## Timeline\n\n"
                "- 09:10 UTC errors began\n- 09:50 UTC errors stopped\n\n"
                "## Appendix B: Slack transcript\n\n"
                "carol [9:12 AM] anyone else seeing 401s?\n"
                "dave [9:14 AM] yes, rolling back\n\n## Follow-ups\n\nReview at 15:00 UTC.\n")
    lines = [(e.line, e.source) for e in extract(document).entries]
    assert (13, "summary") not in lines and (14, "summary") not in lines
    assert lines[-1] == (17, "summary")  # the next section is read again


@pytest.mark.parametrize("heading", [
    "# Microsoft Teams chat outage, 3 May 2024",
    "# Messages delayed for EU workspaces",
    "## Users had trouble loading IRC channels",
    "# Slack 中断 2024 年 5 月 3 日",
])
def test_a_heading_telling_a_chat_product_failing_is_no_chat_transcript(heading: str) -> None:
    document = (f"{heading}\n\nStarting around 6:10 a.m. PDT on May 3, 2024, sign-ins failed.\n\n"
                "May 3, 9:40 AM PDT\nResolved: sign-ins work again.\n")
    found = [(e.line, e.expr.written) for e in extract(document).entries]
    assert (3, "6:10 a.m. PDT on May 3, 2024") in found and (5, "May 3, 9:40 AM PDT") in found


@pytest.mark.parametrize("heading", ["## Slack transcript during the outage",
                                     "## IRC log of the incident",
                                     "## Messages posted during the outage"])
def test_a_heading_quoting_a_chat_still_keeps_it_out_even_when_it_names_the_outage(
        heading: str) -> None:
    document = (f"# Login failures\n\n## Timeline\n\n- 09:10 UTC errors began\n\n{heading}\n\n"
                "carol [9:12 AM] anyone else seeing 401s?\n")
    assert 9 not in [e.line for e in extract(document).entries]


def test_a_retelling_under_a_second_plain_text_timeline_label_is_its_own_scope() -> None:
    document = ("Outage notes, first pass\n\nTimeline\n21:05 UTC queue full\n21:40 UTC drained\n\n"
                "Outage notes, as reviewed\n\nTimeline\n20:55 UTC queue full\n21:35 UTC drained\n")
    scopes = [e.scope for e in timeline_entries(extract(document))]
    assert scopes == ["Timeline (line 3)"] * 2 + ["Timeline (line 9)"] * 2
    assert not [e for e in resolve(document).events if e.rolled_days]


def test_status_update_headings_with_at() -> None:
    ex = extract("# Runner outage\n\n**Update at 2023-02-14 16:05 UTC**\n\nRunners are back.\n\n"
                 "**Initial Message at 2023-02-14 15:20 UTC**\n\nRunners are failing.\n")
    assert [(e.line, e.expr.written) for e in timeline_entries(ex)] == [
        (3, "2023-02-14 16:05 UTC"), (7, "2023-02-14 15:20 UTC")]


def test_a_date_field_in_the_body_outranks_the_front_matter() -> None:
    timeline = resolve("---\ntitle: Queue outage\ndate: 2024-05-20T08:00:00Z\n---\n\n"
                       "**Date:** 2024-05-12\n\nSome words about the outage.\n\n## Timeline\n\n"
                       "- 06:10 UTC consumers stalled\n- 06:40 UTC consumers restarted\n")
    entries = [e for e in timeline.events if e.source == "timeline"]
    assert [e.local[:10] for e in entries] == ["2024-05-12", "2024-05-12"]


PLAIN_TEXT_SECTIONS = """Timeline (all times UTC)

09:10: cache nodes restart
09:55: hit rate recovers

Lessons Learned

At 09:10, nobody had drained the nodes first.
"""


def test_a_plain_title_standing_alone_ends_a_plain_text_timeline() -> None:
    extraction = extract(PLAIN_TEXT_SECTIONS)
    assert [e.line for e in timeline_entries(extraction)] == [3, 4]
    assert [e.source for e in extraction.entries if e.line == 8] == ["summary"]


def test_a_title_inside_a_sentence_does_not_end_the_timeline() -> None:
    text = PLAIN_TEXT_SECTIONS.replace("\nLessons Learned\n", "\nlessons learned, the team said.\n")
    assert [e.line for e in timeline_entries(extract(text))] == [3, 4, 8]


CODE_BLOCK_TIMELINE = """# Indexer stall

## Timeline

Times are UTC.

```text
2024-09-03 02:10 indexer lag alert
2024-09-03 02:25 on-call paged
2024-09-03 03:05 shard rebalanced
```

## Logs

```
2024-09-03 02:09:58 WARN lag=900s
2024-09-03 02:10:03 WARN lag=905s
2024-09-03 02:10:09 WARN lag=911s
```
"""


def test_a_code_block_that_holds_a_timeline_sections_entries_is_read() -> None:
    extraction = extract(CODE_BLOCK_TIMELINE)
    assert [e.line for e in timeline_entries(extraction)] == [8, 9, 10]


@pytest.mark.parametrize("label", ["**Outage timeline**:", "Incident Timeline:",
                                   "**Cronología del incidente**:", "__Línea de tiempo__:"])
def test_a_code_block_under_a_longer_or_accented_timeline_label_is_read(label: str) -> None:
    # a label that names the timeline in more words ("Outage timeline", not a field naming
    # the incident's span) or in accented letters heads the block of entries below it
    text = ("# Indexer stall\n\nThe indexer stalled on 2024-09-03.\n\n" + label + "\n\n```\n"
            "02:10 - indexer lag alert\n02:25 - on-call paged\n03:05 - shard rebalanced\n```\n")
    assert [e.line for e in timeline_entries(extract(text))] == [8, 9, 10]


def test_a_log_in_a_code_block_after_the_entries_stays_a_log() -> None:
    text = CODE_BLOCK_TIMELINE.replace("## Logs\n", "Log excerpt:\n")
    assert [e.line for e in timeline_entries(extract(text))] == [8, 9, 10]


def test_a_table_of_records_with_a_late_time_column_is_no_chronology() -> None:
    text = ("## Affected accounts\n\n| Account | Refund | Charged at |\n|---|---|---|\n"
            "| acct-17 | 12.00 | 2023-04-02 10:15 UTC |\n"
            "| acct-09 | 3.50 | 2023-04-02 09:40 UTC |\n")
    extraction = extract(text)
    assert timeline_entries(extraction) == []
    assert [e.line for e in extraction.entries] == [5, 6]  # still said, as summary mentions
    in_timeline = text.replace("## Affected accounts", "## Timeline")
    assert [e.line for e in timeline_entries(extract(in_timeline))] == [5, 6]


@pytest.mark.parametrize("heading", ["## 🔴 2024-03-01 09:12 UTC",
                                     "## 🟡 → 🟢 2024-03-01 09:12 UTC",
                                     "### ⚠️ 2024-03-01 09:12 UTC"])
def test_status_emoji_before_a_stamped_heading(heading: str) -> None:
    (entry,) = timeline_entries(extract(f"{heading}\n\nQueue is draining again.\n"))
    assert entry.expr.written == "2024-03-01 09:12 UTC"
    assert entry.text == "Queue is draining again."


def test_a_plain_title_with_its_text_right_below_ends_the_timeline_too() -> None:
    text = PLAIN_TEXT_SECTIONS.replace("Lessons Learned\n\n", "\tLessons Learned\n")
    extraction = extract(text)
    assert [e.line for e in timeline_entries(extraction)] == [3, 4]


STATUS_EXPORT = (  # a Markdown hard break (two blanks) ends each label line
    "## Past incidents\n\n**Resolved** - Webhooks are delivered again.  \nMar 09, 04:12 PM UTC\n"
    "\n**Investigating** - Webhook deliveries are delayed.  \nMar 09, 03:05 PM UTC\n")


def test_a_status_pages_export_puts_the_stamp_below_its_update() -> None:
    entries = timeline_entries(extract(STATUS_EXPORT))
    assert [(e.line, e.expr.written, e.text) for e in entries] == [
        (4, "Mar 09, 04:12 PM UTC", "Resolved - Webhooks are delivered again."),
        (7, "Mar 09, 03:05 PM UTC", "Investigating - Webhook deliveries are delayed.")]


@pytest.mark.parametrize("head", ["Date (2021)", "Date, 2021"])
def test_a_date_column_whose_header_gives_the_year(head: str) -> None:
    text = (f"## Timeline\n\n| Day | {head} | Time (UTC) | Event |\n|---|---|---|---|\n"
            "| Mon | Nov 1 | 04:33 | first report |\n| Mon | Nov 1 | 05:10 | wallet frozen |\n")
    events = resolve(text).events
    assert [e.utc.isoformat() if e.utc else None for e in events] == [
        "2021-11-01T04:33:00+00:00", "2021-11-01T05:10:00+00:00"]
    assert "date: the year 2021 from the column header" in events[0].assumed


def test_a_date_column_after_the_time_column_dates_the_row() -> None:
    text = """## Timeline

| Time (UTC) | Day | Event |
|---|---|---|
| 23:40 | 12 Aug 2023 | Disk alarm on the primary |
| 00:15 | 13 Aug 2023 | Failover finished |
"""
    first, _ = timeline_entries(extract(text))
    assert first.expr.written == "23:40 | 12 Aug 2023"
    assert first.text == "Disk alarm on the primary"
    events = resolve(text).events
    assert [e.local for e in events] == ["2023-08-12T23:40", "2023-08-13T00:15"]
    assert not any(note.startswith("next day") for e in events for note in e.assumed)


def test_a_date_column_dates_a_row_of_start_and_end_columns() -> None:
    text = """# Outages this quarter

| Day | From (UTC) | Until (UTC) | What |
|---|---|---|---|
| 2024-09-30 | 16:00 | 16:45 | Billing export failed |
| 2024-08-14 | 02:10 | 05:30 | Storage array degraded |
"""
    entries = timeline_entries(extract(text))
    assert [(e.part, e.text) for e in entries] == [
        ("range-start", "Billing export failed"), ("range-end", "Billing export failed"),
        ("range-start", "Storage array degraded"), ("range-end", "Storage array degraded")]
    assert [e.local for e in resolve(text).events] == [
        "2024-09-30T16:00", "2024-09-30T16:45", "2024-08-14T02:10", "2024-08-14T05:30"]


def test_a_status_page_export_with_posted_stamps_under_each_update() -> None:
    text = """# Slow dashboards

**Resolved**
Dashboards load in under a second again.
Posted Nov 02, 2023 - 18:25 UTC

**Identified**
A missing index on the reports table.
Posted Nov 02, 2023 - 17:40 UTC

Follow-up work is tracked in the issue.
Posted by the platform team
"""
    entries = timeline_entries(extract(text))
    assert [(e.line, e.text) for e in entries] == [
        (5, "Resolved: Dashboards load in under a second again."),
        (9, "Identified: A missing index on the reports table.")]
    assert [e.local for e in resolve(text).events] == ["2023-11-02T18:25", "2023-11-02T17:40"]


def test_a_posted_update_that_writes_its_day_dates_its_own_times() -> None:
    # the postmortem, posted days later, writes the incident's day first: its times go on
    # from that day, those after the first update's stamp below it too
    text = """# Slow reports

**Postmortem**
Around 04:10 UTC on 2023-11-02 the report workers ran out of memory.
We added workers at 05:20 UTC, and by 06:45 UTC the backlog was gone.
Posted Nov 06, 2023 - 10:00 UTC

**Investigating**
Reports are delayed; we are looking into it.
Posted Nov 02, 2023 - 04:30 UTC
"""
    prose = [e.local for e in resolve(text).events if e.kind == "prose" and e.clock]
    assert prose == ["2023-11-02T04:10", "2023-11-02T05:20", "2023-11-02T06:45"]


def test_update_pages_with_heading_labels_and_paragraphs_before_each_posted_stamp() -> None:
    """An incident page saved as Markdown: "## Monitoring", a blank line, the update's text
    (one paragraph or several, a list), a blank line, then its "Posted" stamp."""
    text = """# Search outage

## Resolved

From 09:02 to 10:47 UTC search returned empty pages for a tenth of queries.

Follow-ups:
- alert on empty result rates

Posted Apr 08, 2025 - 10:55 UTC

## Monitoring

Reindexing finished; results look complete.

Posted Apr 08, 2025 - 10:47 UTC
"""
    entries = timeline_entries(extract(text))
    assert [(e.line, e.text) for e in entries] == [
        (10, "Resolved: From 09:02 to 10:47 UTC search returned empty pages for a tenth of "
             "queries."),
        (16, "Monitoring: Reindexing finished; results look complete.")]


def test_a_stamp_under_an_update_of_several_paragraphs_dates_it() -> None:
    text = """**Resolved** - Between 02:10 and 04:40 UTC on March 2, 2025, logins failed.

The expired certificate was replaced and a renewal check added.
 Mar  2, 04:52 UTC

**Investigating** - Logins are failing for some users.
 Mar  2, 02:31 UTC
"""
    entries = timeline_entries(extract(text))
    assert [e.line for e in entries] == [4, 7]
    assert entries[0].text.startswith("Resolved - Between 02:10")


def test_a_stamp_over_its_update_is_not_taken_for_the_one_above() -> None:
    """A feed's items: each stamp heads the update on the line below it; the update above,
    past a blank line, is the previous stamp's."""
    text = """Apr 9, 16:02 UTC
**Resolved** - Exports finish again.

Apr 9, 15:40 UTC
**Identified** - A stuck export worker.
"""
    entries = timeline_entries(extract(text))
    assert [(e.line, e.text) for e in entries] == [
        (1, "Resolved - Exports finish again."), (4, "Identified - A stuck export worker.")]


def test_a_stamp_under_unlabelled_paragraphs_is_no_update() -> None:
    text = "We moved the queue.\n\nThe old hosts were retired.\n Mar  2, 04:52 UTC\n"
    assert timeline_entries(extract(text)) == []


def test_lone_stamps_under_unlabelled_updates_date_the_words_above_them() -> None:
    # a status page copied without its labels: each update's words, then its stamp alone,
    # newest first; nothing below the last stamp but the page's link back
    text = """Search is slow

Indexing caught up and search latency is back to its usual level.

4 March 2025 · 11:20 UTC

Engineers traced the slowness to a stuck indexing job and are restarting it.

Each query is still answered, only slowly.

4 March 2025 · 10:05 UTC

← Back to all incidents
"""
    entries = timeline_entries(extract(text))
    assert [(e.line, e.text[:28]) for e in entries] == [
        (5, "Indexing caught up and searc"), (11, "Engineers traced the slownes")]


def test_lone_stamps_over_their_words_still_head_them() -> None:
    # a news page's updates, each stamp over its words: the last stamp has words below it
    text = """Search is slow

The search team is looking at reports of slow queries.

4 March 2025 · 10:05 UTC

Engineers traced the slowness to a stuck indexing job and are restarting it.

4 March 2025 · 11:20 UTC

Indexing caught up and search latency is back to its usual level.
"""
    entries = timeline_entries(extract(text))
    assert [(e.line, e.text[:12]) for e in entries] == [(5, "Engineers tr"), (9, "Indexing cau")]


@pytest.mark.parametrize("label", ["**Report generated on:**", "Generated at:",
                                   "_Bericht erstellt am:_", "**Rapport généré le :**"])
def test_when_the_write_up_was_generated_is_no_entry_of_its_timeline(label: str) -> None:
    # the stamp of the tool or person that produced the write-up, even under its timeline
    text = ("# Cache outage\n\n## Timeline\n\n- 2025-06-02 10:05 UTC: misses climb\n"
            f"- 2025-06-02 10:40 UTC: cache warmed\n\n{label} 2025-06-03 08:00 UTC\n")
    assert [e.line for e in timeline_entries(extract(text))] == [5, 6]


@pytest.mark.parametrize("footer", [
    "Forum index | Mobile | Contact\nUTC+1, 2025-02-03 08:14\nPowered by BoardKit 4",
    "Server time: 2025-02-03 08:14 UTC+1\n© 2025 Example Networks Ltd",
])
def test_a_web_pages_footer_stamp_is_no_time_of_the_incident(footer: str) -> None:
    # the stamp a site renders at the foot of the copied page: no entry, and no zone
    text = ("# Broadband outage\n\nThe line went dead on 12 January 2025 at 21:40. The "
            "engineer restored it the next morning at 09:15.\n\n" + footer + "\n")
    extraction = extract(text)
    assert [e.line for e in extraction.entries] == [3, 3]
    assert all(e.expr.zone is None for e in extraction.entries)


def test_a_last_entry_beside_a_copyright_line_is_still_read() -> None:
    text = ("## Timeline\n\n- 21:40 UTC: line dead\n- 22:05 UTC: copyright notice page "
            "restored\n\nCopyright © 2025 Example Networks\n")
    assert [e.line for e in timeline_entries(extract(text))] == [3, 4]


def test_a_front_matters_page_stamps_are_no_entries() -> None:
    """An archived incident page: when it was published, edited and first archived says
    nothing about when the incident's updates happened."""
    text = """---
title: Slow builds
published: 2025-04-08T10:55:12Z
updated: 2025-04-14T08:00:03Z
first_seen: 2025-05-01T00:00:00Z
---

## Resolved

Builds are fast again.

Posted Apr 08, 2025 - 10:55 UTC
"""
    entries = timeline_entries(extract(text))
    assert [e.line for e in entries] == [12]


@pytest.mark.parametrize("key", ["source_published_at", "page-updated", "original_date_published"])
def test_a_front_matters_page_stamp_under_a_prefixed_key_is_no_entry(key: str) -> None:
    text = f"---\ntitle: Slow builds\n{key}: 2025-04-20T00:00:00Z\n---\n\n## Timeline\n\n" \
           "- 2025-04-08 10:02 UTC builds slow\n- 2025-04-08 10:40 UTC builds fast again\n"
    assert [e.line for e in timeline_entries(extract(text))] == [8, 9]


def test_a_status_page_copied_as_text_with_each_stamp_ending_its_update() -> None:
    text = """Sep 4, 2025
[Search slow](/incidents/x9)
**Resolved** - Search latency was high from 10:02 to 10:40 UTC. Sep 4, 10:58 UTC
**Update** - A reindex job is being paused. Sep 4, 10:21 UTC
**Investigating** - Search is slow for some users. Sep 4, 10:09 UTC
"""
    entries = timeline_entries(extract(text))
    assert [(e.line, e.expr.written, e.text) for e in entries] == [
        (3, "Sep 4, 10:58 UTC", "Resolved - Search latency was high from 10:02 to 10:40 UTC."),
        (4, "Sep 4, 10:21 UTC", "Update - A reindex job is being paused."),
        (5, "Sep 4, 10:09 UTC", "Investigating - Search is slow for some users.")]
    # the times in an update's words are what it says, not further entries
    on_line = [e for e in extract(text).entries if e.line == 3]
    assert (on_line[0].expr.written, on_line[0].source) == ("Sep 4, 10:58 UTC", "timeline")
    assert len(on_line) > 1 and all(e.source == "summary" for e in on_line[1:])


@pytest.mark.parametrize("words", ["we expect a fix by 16:00 UTC and will write again then",
                                   "the next update follows by Oct 2, 16:00 UTC",
                                   "maintenance is scheduled until Oct 2, 16:00 UTC"])
def test_a_label_with_a_time_its_words_speak_of_is_no_stamped_update(words: str) -> None:
    assert timeline_entries(extract(f"**Update** - {words}\n")) == []


def test_a_providers_status_updates_quoted_in_a_blockquote() -> None:
    """A write-up citing its provider's status page: the updates, quoted, keep their stamps
    on the line below each."""
    text = """Our CDN's status page said:

> ## Edge errors in Frankfurt
> Resolved - Error rates are back to normal.
> Feb 3, 14:55 UTC
> Identified - A faulty route was announced by one of our edge sites.
> Feb 3, 14:20 UTC
"""
    entries = timeline_entries(extract(text))
    assert [(e.line, e.expr.written) for e in entries] == [
        (5, "Feb 3, 14:55 UTC"), (7, "Feb 3, 14:20 UTC")]
    assert entries[1].text.startswith("Identified - A faulty route")


def test_a_posted_byline_without_a_status_update_above_is_no_entry() -> None:
    text = "# How we lost the build cache\n\nPosted Nov 02, 2023 - 18:25 UTC\n\nIt began...\n"
    assert timeline_entries(extract(text)) == []


def test_status_update_headings_with_the_stamp_after_the_status_word() -> None:
    text = """# Queue delays

### Resolved — 2 November 2023, 18:25 UTC
Queues are empty again.

### Investigating - Nov 2, 2023 16:50 UTC
Jobs wait up to an hour.
"""
    entries = timeline_entries(extract(text))
    assert [(e.line, e.text) for e in entries] == [
        (3, "Resolved: Queues are empty again."),
        (6, "Investigating: Jobs wait up to an hour.")]


def test_an_impact_field_giving_a_range_states_the_window() -> None:
    text = ("# Webhook outage\n\nImpact: 08:10–09:55 UTC on 2025-01-20 (1h45m).\n"
            "Impact: all webhook consumers\n\n## Timeline\n- 08:10 UTC queue stalls\n"
            "- 09:55 UTC queue drains\n")
    timeline = resolve(text)
    summary = [(e.line, e.phase, e.local) for e in timeline.events if e.source == "summary"]
    assert summary == [(3, "start", "2025-01-20T08:10"), (3, "end", "2025-01-20T09:55")]
    assert [e.line for e in timeline.events if e.source == "timeline"] == [7, 8]


def test_a_setext_timeline_heading_declares_its_zone() -> None:
    text = ("Cache outage\n============\n\nDate: 8 October 2024\n\n"
            "Timeline (all times CET)\n------------------------\n\n"
            "10:02 - cache node evicted\n10:21 - cache warm again\n")
    events = [e for e in resolve(text).events if e.source == "timeline"]
    assert [e.zone.label if e.zone else None for e in events] == ["CET", "CET"]
    assert [iso(e) for e in events] == ["2024-10-08T10:02:00+01:00", "2024-10-08T10:21:00+01:00"]


@pytest.mark.parametrize("title", [
    "# Disk full on db-3 (2025-01-14, all times UTC)",
    "# Disk full on db-3 (2025-01-14, UTC)",
    "# Disk full on db-3, 14 Jan 2025 (times in UTC)",
    "# Disk full on db-3, 2025-01-14 (UTC)",
])
def test_a_zone_in_the_title_declares_it_for_the_document(title: str) -> None:
    timeline = resolve(f"{title}\n\nThe disk filled at 09:40.\n\n## Timeline\n"
                       "- 09:40 writes fail\n- 10:05 space freed\n")
    assert timeline.declared_zone is not None and timeline.declared_zone[0].label == "UTC"
    assert all(e.zone is not None and e.zone.label == "UTC" for e in timeline.events
               if e.clock is not None)


@pytest.mark.parametrize(("declaration", "offset"), [
    ("Alle Zeiten in MESZ.", 120),  # German
    ("Datum: 12.03.2024 (alle Zeiten MEZ)", 60),  # German, no "in": a winter date
    ("Zeitangaben in UTC.", 0),  # German
    ("Zeitzone: UTC", 0),
    ("Toutes les heures sont en heure de Paris.", 120),  # French, a city's local time
    ("Todas las horas en hora de Madrid.", 120),  # Spanish
    ("Horário de Brasília (UTC-3)", -180),  # Portuguese, a capital that names no zone
    ("TZ=UTC", 0),
    ("Alle tidspunkter er i CEST.", None),  # Danish/Norwegian: not "tider", left unread
    ("Alle tider er CEST.", 120),  # Danish and Norwegian, no "i"
    ("Alla tider anges i UTC.", None),  # Swedish with a verb not listed: left unread
    ("Alla tider är i UTC.", 0),  # Swedish
    ("Alle tijden zijn weergegeven in CEST.", 120),  # Dutch
    ("Tutti gli orari sono espressi in UTC.", 0),  # Italian
    ("Wszystkie godziny są podane w UTC.", 0),  # Polish
    ("Aikavyöhyke: UTC", 0),  # Finnish
    ("Alle tider er i norsk tid.", 120),  # a country's clock by its adjective: Oslo, in June
    ("Alle tijden zijn in Nederlandse tijd.", 120),
    ("Tutti gli orari sono in ora italiana.", 120),
    # French with the participle of "given", and "horaires"; Italian "local Italian time"
    ("Heures données en UTC.", 0),
    ("Les horaires sont indiqués en heure française.", 120),
    ("Orari indicati in ora locale italiana.", 120),
    ("All times are Beijing time.", 480),  # a city people name a clock by
    ("Times below use the Dublin timezone.", 60),  # a city's zone, "timezone" after it
    ("All times are in the Chicago time zone.", -300),
    ("Times in this document are US Eastern.", -240),
    # the document named with "the" or "our" ("in the write-up", "in our report")
    ("All times in the writeup are in CEST.", 120),
    ("Every timestamp in our report is UTC.", 0),
    ("All timestamps in our review are UTC.", 0),
    # the events or entries themselves said to be in a zone
    ("All events are recorded in [CEST](https://example.org/cest) time.", 120),
    ("All entries below are in UTC.", 0),
    ("All events: UTC", 0),
    # two qualifiers between "times" and the zone, as an incident tool's export writes
    ("All times listed in this report are in Pacific Time (US & Canada).", -420),
    # "based on" the zone, "refer to" it; the times "referred to" or "quoted below"
    ("All references to time in this report are based on AEST.", 600),
    ("Times referred to in this review are based on Central Time.", -300),
    ("Timestamps in this write-up refer to UTC.", 0),
    ("The times quoted below are in IST.", 330),
    # a city closing the statement, no "time" after it
    ("All timestamps are in Helsinki.", 180),
    # the zone wrapped onto the next line: a name, a city
    ("All times listed in this report are in\nMountain Time (US & Canada).", -360),
    ("All times listed in this report are in\nLisbon.", 60),
    # a tool's zone label: the cities that keep the zone, one of them known (or several
    # keys with one clock)
    ("All times listed in this report are in\nEdinburgh, London.", 60),
    ("All times are in Chennai, Kolkata, Mumbai, New Delhi.", 330),
    ("Times below are in Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.", 120),
    # cities that keep different clocks name no one zone
    ("Our offices are in London, Berlin.", None),
    # Japanese: "all" after the subject, a country's clock running on into the sentence
    ("※時刻はすべて日本時間です。", 540),
    ("本文中の時刻は全てJSTです。", 540),
])
def test_more_ways_of_declaring_the_documents_zone(declaration: str, offset: int | None
                                                  ) -> None:
    text = (f"# Outage on 12 June 2024\n\n{declaration}\n\n## Timeline\n\n"
            "- 10:05 alert\n- 10:40 recovered\n")
    entries = [e for e in resolve(text).events if e.source == "timeline"]
    if offset is None:
        assert all(e.zone is None for e in entries)
        return
    assert [e.at.utcoffset().total_seconds() // 60 for e in entries if e.at] == [offset] * 2


@pytest.mark.parametrize("line", ["Alle tider er nede.", "Tutti gli orari sono cambiati.",
                                  "Les horaires sont affichés en vitrine.",
                                  "Godziny w biurze: 9-17",
                                  "All events are documented in the incident tracker.",
                                  "All entries are in Jira.",
                                  "All times in the queue are now normal.",
                                  "Recovery time is based on the size of the backup.",
                                  "Times quoted below refer to the graphs.",
                                  "All events happened on 12 June.",
                                  "All times listed in this report are in\nthe appendix."])
def test_words_about_times_that_state_no_zone(line: str) -> None:
    text = f"# Outage on 12 June 2024\n\n{line}\n\n## Timeline\n\n- 10:05 alert\n"
    assert resolve(text).declared_zone is None


def test_a_city_that_is_also_a_first_name_is_no_zone() -> None:
    text = "# Outage on 12 June 2024\n\n## Timeline\n\n- 10:05 Austin - restarted the pods\n"
    assert all(e.zone is None for e in resolve(text).events if e.clock)


def test_a_title_parenthesis_without_a_date_declares_no_zone() -> None:
    timeline = resolve("# Disk full on db-3 (ops, EMEA)\n\n## Timeline\n- 09:40 writes fail\n")
    assert timeline.declared_zone is None
    timeline = resolve("# Disk full on db-3 (UTC)\n\n## Timeline\n- 09:40 writes fail\n")
    assert timeline.declared_zone is None


def test_a_log_of_colon_less_times_reads_1930_and_2015_as_times() -> None:
    text = ("Timeline (UTC), 3 June 2023\n\n1845 - replica lag alert\n1930 - failover\n"
            "2015 - lag cleared\n2210 - all green\n")
    assert [e.local[-5:] for e in resolve(text).events if e.source == "timeline"] == [
        "18:45", "19:30", "20:15", "22:10"]


def test_years_opening_a_list_of_milestones_stay_years() -> None:
    text = ("# History\n\n- 2019 - first data centre\n- 2020 - second region\n"
            "- 2021 - multi-cloud\n")
    assert [e for e in resolve(text).events if e.source == "timeline"] == []


@pytest.mark.parametrize("first, second, third", [
    ("09.05", "09.20", "10.40"),  # dotted, as many European logs write a time
    ("0905", "0920", "1040"),  # colon-less
])
def test_a_timeline_of_times_followed_only_by_a_space_reads_them(
        first: str, second: str, third: str) -> None:
    text = (f"# Printer queue stalled, 2 May 2024\n\n### Timeline (CEST)\n\n"
            f"* {first} jobs stop printing\n* {second} helpdesk tickets pile up\n\n"
            f"* {third} spooler restarted\n")
    assert [e.local[-5:] for e in resolve(text).events if e.source == "timeline"] == [
        "09:05", "09:20", "10:40"]


@pytest.mark.parametrize("text", [
    # numbered clauses under a heading that is no timeline
    "# Policy\n\n## Scope\n\n10.10 Incidents are logged\n10.11 Owners review them\n"
    "10.12 Records are kept\n",
    # a timeline of milestones by year
    "# History\n\n## Timeline\n\n- 2015 launch\n- 2017 second region\n- 2019 multi-cloud\n",
    # versions running back, newest first
    "# Releases\n\n## Timeline\n\n- 10.45 adds export\n- 10.44 fixes login\n"
    "- 10.43 first beta\n",
])
def test_numbers_followed_by_a_space_stay_numbers_outside_such_a_log(text: str) -> None:
    assert [e for e in resolve(text).events if e.source == "timeline"] == []


@pytest.mark.parametrize(("heading", "offset"), [
    ("## Day 1 (UTC)", "+00:00"),  # a day label, the zone alone in its parentheses
    ("### Thursday 6 June 2024 (CEST)", "+02:00"),  # a dated heading
    ("## 2024-06-06 (PT)", "-07:00"),
])
def test_a_zone_alone_in_a_day_headings_parentheses_is_its_entries_zone(
        heading: str, offset: str) -> None:
    text = (f"# Backup failure, 6 June 2024\n\n{heading}\n\n- 9:10 PM backup job fails\n"
            f"- 9:40 PM storage team paged\n")
    entries = [e for e in resolve(text).events if e.source == "timeline" and e.clock]
    assert [e.at.isoformat()[-6:] for e in entries if e.at] == [offset, offset]


@pytest.mark.parametrize(("heading", "offset"), [
    ("## Timeline (CET, UTC+2)", "+02:00"),  # a name and its offset: the offset says the clock
    ("## Timeline (PST, UTC-8)", "-08:00"),
    ("## Timeline (EST, Eastern)", "-05:00"),  # two names, no offset: the first
    # an abbreviation pmlint does not know, explained by the offset beside it
    ("## Timeline (BOT, UTC-4)", "-04:00"),
    ("Timeline of events (UTC+6:30, MMT)", "+06:30"),
])
def test_a_zone_named_with_its_offset_in_a_timeline_heading(heading: str, offset: str) -> None:
    text = (f"# Cache outage\n\n{heading}\n\n- 2024-07-04 10:00 cache misses\n"
            f"- 2024-07-04 10:30 cache warmed\n")
    entries = [e for e in resolve(text).events if e.source == "timeline" and e.at]
    assert {e.at.isoformat()[-6:] for e in entries} == {offset}


@pytest.mark.parametrize("notes", ["## Notes (SRE)", "## Timeline (SRE, ops)",
                                   "## Timeline (see ticket, UTC-4 office)"])
def test_a_word_in_a_headings_parentheses_is_no_zone(notes: str) -> None:
    text = (f"# Backup failure, 6 June 2024\n\n{notes}\n\n- 9:10 PM backup job fails\n"
            "- 9:40 PM storage team paged\n")
    assert all(e.zone is None for e in resolve(text).events if e.clock)


def test_spaces_copied_from_web_pages_read_as_plain_spaces() -> None:
    text = ("# Disk full, 2024-03-05 (UTC)\n\n## Timeline\n- 2024-03-05\xa014:02 writes fail\n"
            "- 14:10\xa0UTC paged\n- 2:55\u202fPM space freed, resolved\n")
    timeline = resolve(text)
    events = [e for e in timeline.events if e.source == "timeline"]
    assert [e.local for e in events] == [
        "2024-03-05T14:02", "2024-03-05T14:10", "2024-03-05T14:55"]
    assert events[1].text == "paged" and events[2].text == "space freed, resolved"
    assert timeline.lines[4] == "- 14:10\xa0UTC paged"  # the document's own text is kept


def test_a_zero_width_space_inside_a_status_label_keeps_the_label() -> None:
    text = ("# History\n\n**Resolved\u200b** - All good.\nMar 14, 2024 - 16:10 UTC\n\n"
            "**Identified\u200b**\nA stuck consumer.\nPosted Mar 14, 2024 - 15:05 UTC\n")
    entries = timeline_entries(extract(text))
    assert [(e.line, e.text) for e in entries] == [
        (4, "Resolved - All good."), (8, "Identified: A stuck consumer.")]


def test_bold_timeline_label_with_a_full_stop_names_its_zone() -> None:
    text = """# Build farm stall, 2025-07-20

**Revised timeline (CEST).**

| Time | Event |
|---|---|
| 07-19 22:10 | queue starts to back up |
| 07-20 ~06:40 | first stuck build noticed |
| 07:05 | scheduler restarted |
"""
    events = [e for e in resolve(text).events if e.source == "timeline"]
    assert [iso(e) for e in events] == ["2025-07-19T22:10:00+02:00", "2025-07-20T06:40:00+02:00",
                                        "2025-07-20T07:05:00+02:00"]


@pytest.mark.parametrize("lead", ["At approximately", "At around", "At about", "By about"])
def test_a_timeline_paragraph_may_open_with_two_lead_words(lead: str) -> None:
    text = (f"## Timeline\n\nAt 09:12 UTC the nightly import started.\n\n"
            f"{lead} 09:40 UTC the import stalled on a lock.\n")
    assert [e.expr.written for e in timeline_entries(extract(text))] == ["09:12 UTC", "09:40 UTC"]


MILESTONES = """# Incident on 2024-05-02: image registry full

- **Milestones**
  - First detected: 2024-05-02 08:05
  - Incident declared: 2024-05-02 08:40
  - Repaired: 2024-05-02 11:15
  - Resolved: 2024-05-03 16:00

- **What happened** (all times UTC):
  - 2024-05-02 08:05 Pager fired for registry disk usage
  - 2024-05-02 08:40 Incident declared in the channel
  - 2024-05-02 11:15 Old layers pruned, pushes work again
  - 2024-05-03 16:00 Retention policy shipped
"""


def test_declared_and_repaired_milestones_are_header_fields() -> None:
    # a list of milestones above the log: "Incident declared" and "Repaired" are fields like
    # "First detected" and "Resolved", not the first entries of a log that then starts over
    extraction = extract(MILESTONES)
    assert [e.line for e in timeline_entries(extraction)] == [10, 11, 12, 13]
    phases = {e.field_name: e.phase for e in resolve(MILESTONES).events if e.kind == "field"}
    assert phases == {"first detected": "detection", "incident declared": "escalation",
                      "repaired": "mitigation", "resolved": "resolution"}


def test_dated_log_lines_right_below_a_sentence_are_entries() -> None:
    # a report copied from a web page: no blank line between the prose and its log
    found = timeline_entries(extract(
        "Storage incident, 11 March 2022\n"
        "Replication lagged for most of the morning. Times are UTC.\n"
        "2022-03-11 07:40: lag alarm on the eu replica set\n"
        "2022-03-11 07:52: writes throttled\n"
        "2022-03-11 08:30: replica resynced\n"))
    assert [e.line for e in found] == [3, 4, 5]


def test_undated_times_opening_lines_of_a_paragraph_stay_prose() -> None:
    # without a date the lines may be sentences of the paragraph (the rule stays narrow)
    found = timeline_entries(extract(
        "We saw the lag grow.\n"
        "07:40 was when the replica fell behind.\n"
        "07:52 writes were throttled by the operator.\n"))
    assert found == []


# a day written alone on the line above a run of time-led lines, no blank line between
DAY_OVER_LOG = """# Cache cluster incident

All times UTC.

{day}
21:05 eviction storm starts on cache-3
21:12 {second}
{after}"""


@pytest.mark.parametrize(("day", "second", "after", "entries"), [
    ("Friday 8 November 2024", "paging fires", "21:40 node drained\n", 3),
    ("Day 1: 8 Nov 2024", "paging fires", "", 2),
    ("**2024-11-08**", "paging fires", "", 2),
    # a sentence that merely holds a date: the lines below may be its wrapped text
    ("We saw this first on 8 November 2024 when", "nobody noticed", "it recurred.\n", 0),
])
def test_day_line_over_a_log_heads_its_entries(day: str, second: str, after: str,
                                              entries: int) -> None:
    timeline = timeline_from_text(DAY_OVER_LOG.format(day=day, second=second, after=after),
                                  "pm.md")
    found = [e for e in timeline.events if e.source == "timeline" and e.clock is not None]
    assert len(found) == entries
    assert all(e.local.startswith("2024-11-08T21:") for e in found)


def test_a_comment_in_the_front_matter_is_not_read() -> None:
    text = """---
title: Search cluster degraded
# Example: date: 2020-01-01 00:00:00 (left in from the site's template)
date: 2025-02-11 09:20:00
# {{< track "2020-01-01 00:00:00" >}}
---
{{< track "2025-02-11 09:20:00" >}} - Searches are slow; we are looking into it.

{{< track "2025-02-11 10:05:00" >}} - Fixed: a shard was rebalanced.
"""
    timeline = timeline_from_text(text, "status.md")
    assert [e.line for e in timeline.events] == [4, 7, 9]
    assert all(e.local.startswith("2025-02-11") for e in timeline.events)


@pytest.mark.parametrize(("label", "phase"), [
    ("Start of event", "start"),
    ("Beginning of the outage", "start"),
    ("Disruption began", "start"),
    ("Service interruption start", "start"),
    ("End of event", "end"),
    ("Degradation ended", "end"),
    ("Finish of the downtime", "end"),
])
def test_start_and_end_fields_named_by_their_event(label: str, phase: str) -> None:
    # a start or end word with the noun of what happened, however the author names it,
    # is a header field of the incident, not the first entry of its timeline
    events = resolve(f"Reason for outage\n\n{label}: 2024-03-07 02:14 CET\n\n"
                     "Chronology:\n02:14  loss detected\n04:41  traffic restored\n").events
    (found,) = [e for e in events if e.line == 3]
    assert (found.kind, found.source, found.phase) == ("field", "summary", phase)


def test_a_start_word_with_another_noun_is_no_field() -> None:
    events = resolve("Reason for outage\n\nStart of backup: 2024-03-07 02:14 CET\n\n"
                     "Chronology:\n02:14  loss detected\n04:41  traffic restored\n").events
    assert all(not (e.line == 3 and e.kind == "field") for e in events)


@pytest.mark.parametrize(("heading", "local"), [
    ("### 3. März 2024", "2024-03-03T10:05"),
    ("### 3 de março de 2024", "2024-03-03T10:05"),
    ("### 3 marca 2024", "2024-03-03T10:05"),
])
def test_a_day_heading_in_another_language_dates_the_entries_below(heading: str,
                                                                  local: str) -> None:
    text = f"## Timeline\n\n{heading}\n\n- 10:05 UTC: disk full\n- 10:40 UTC: disk cleaned\n"
    events = [e for e in resolve(text).events if e.source == "timeline" and e.clock]
    assert events[0].local == local
    heading_events = [e for e in resolve(text).events if e.line == 3]
    assert heading_events and heading_events[0].written == heading.lstrip("# ")


def test_a_foreign_month_in_running_text_is_read_as_its_date() -> None:
    # (since session 10 the grammar knows month names of other languages everywhere)
    events = resolve("## Timeline\n\nEl 3 de marzo de 2024 falló el disco.\n").events
    assert [e.local for e in events if e.date is not None] == ["2024-03-03"]
    # an English word that is a month's abbreviation elsewhere stays a word
    events = resolve("## Timeline\n\nWe set 4 out of 5 nodes to drain.\n").events
    assert all(e.date is None for e in events)


def test_a_stamped_heading_over_timed_lines_names_them() -> None:
    # "### Outage of 2021-11-02 09:40" over its own key events: the heading names the
    # section, it is not one status update whose text follows, and the events stay read
    text = ("# Reliability report\n\n### Outage of 2021-11-02 09:40\n\n"
            "- Impact begins 2021-11-02 09:40\n- Noticed by support 2021-11-02 10:05\n"
            "- Fixed 2021-11-02 11:30\n\n### Database failover — 2021-11-09 14:05 UTC\n\n"
            "The primary was replaced; no data was lost.\n")
    events = resolve(text).events
    assert [e.line for e in events if e.clock is not None] == [3, 5, 6, 7, 9]
    heading, *_, update = [e for e in events if e.clock is not None]
    assert heading.kind != "entry" and update.kind == "entry"


def test_data_record_stamps_are_entries_with_the_records_words():
    # a status log kept as a script's objects, one field a line: each `date:"..."` stamp is
    # an entry, its text the record's update (its title when it has none)
    records = [("2022-11-02 07:50", 'title:"Login errors"'),
               ("2022-11-02 08:10", 'update:"Session store restarted"'),
               ("2022-11-02 08:30", 'update:"Logins work again"')]
    text = "log = [\n" + "".join(
        f'  {{\n    date:"{stamp}",\n    level:2,\n    {said},\n  }},\n'
        for stamp, said in records) + "]\n"
    found = [(e.line, e.text, e.source) for e in extract(text).entries]
    assert found == [(3, "Login errors", "timeline"), (8, "Session store restarted", "timeline"),
                     (13, "Logins work again", "timeline")]
    two = text[:text.index('  {\n    date:"2022-11-02 08:30"')]
    assert [e.source for e in extract(two).entries] == ["summary", "summary"]


def test_plain_title_after_a_blank_line_ends_the_last_entrys_text():
    # bullets the Markdown reader does not take for a list ("•" and a tab), a blank line,
    # then "Root Cause" alone: the section's prose is no longer the last entry's text, and
    # its times are read
    text = ("Incident log (all times UTC)\n"
            "•\t07:10: deploy of the billing worker\n"
            "•\t07:25: invoices stop going out\n"
            "•\t08:05: worker rolled back, invoices flowing\n"
            "\n"
            "Root Cause\n"
            "At 07:10 UTC a worker build with a bad queue name was deployed.\n")
    entries = extract(text).entries
    assert entries[2].text == "worker rolled back, invoices flowing"
    assert [(e.line, e.source) for e in entries[3:]] == [(7, "summary")]


def test_a_day_said_before_an_entrys_time_leaves_it_a_timeline_entry() -> None:
    # "Next morning, 08:10 - ...": an entry of the log, a day on, not a line of prose
    from pmlint.timeline.document import timeline_from_text
    text = ("## Timeline\n\n- 21:05 - queue stalls\n- 22:40 - consumers restarted\n"
            "- Next morning, 08:10 - backlog found still growing\n- 08:45 - consumer fixed\n")
    events = [e for e in timeline_from_text(text, "d.md").events if e.line == 5]
    assert [(e.source, e.written) for e in events] == [("timeline", "08:10")]
    minutes = [e.order_minutes for e in timeline_from_text(text, "d.md").events]
    assert minutes == sorted(minutes)


def test_a_status_word_and_stamp_alone_on_a_line_stamp_the_update_below() -> None:
    text = ("# Print server outage\n\nLast updated 2024-03-13 09:00 CET\n\n"
            "UPDATE 12.03.2024 at 15:55 CET:\nThe spooler was restarted on the standby host.\n\n"
            "Update 2024-03-12 15:20 CET\nJobs pile up in every queue.\n")
    got = {e.line: e.source for e in resolve(text).events}
    assert got[5] == "timeline" and got[8] == "timeline"
    assert got[3] == "summary"  # when the page was edited
    listed = ("# Print server outage\n\n- **Key events**\n  - First seen: 2024-03-12 15:20\n"
              "  - Resolved 2024-03-12 16:40\n\nThe spooler was restarted.\n")
    # a key-events list item: a field without its colon, no update's stamp
    assert {e.line: e.source for e in resolve(listed).events}.get(5) != "timeline"


@pytest.mark.parametrize("marked", ["翌 00:20", "翌日 00:20", "次日 00:20", "다음 날 00:20",
                                    "next day 00:20"])
def test_a_next_day_word_before_a_rows_time_moves_it_a_day(marked: str) -> None:
    text = ("# DB failover 2024-05-10\n\n## Timeline (UTC)\n\n| time | event |\n|---|---|\n"
            f"| 22:10 | replica alarm |\n| 23:40 | failover |\n| {marked} | recovered |\n")
    row = next(e for e in resolve(text).events if e.line == 9)
    assert row.local == "2024-05-11T00:20"
    assert not [p for p in row.provenance if p.what == "day" and p.how == "backwards"]


def test_a_pages_posted_stamp_above_its_updates_is_no_step() -> None:
    # "Posted: ..." heads a notice whose updates run newest first below it: the page's
    # stamp, not the first step of a timeline that would then run forward
    text = ("Water main break: Elm Street\n\nPosted: March 4, 2022 at 6:15 am\n\n"
            "11:40 a.m. Update: Water service has been restored.\n\n"
            "8:20 a.m. Update: Crews are excavating the broken main.\n")
    got = {e.line: e.source for e in resolve(text).events if e.clock is not None}
    assert got == {3: "summary", 5: "timeline", 7: "timeline"}
    logged = text.replace("Water main break: Elm Street", "## Timeline")
    # under a Timeline heading the author listed it among the steps
    assert {e.line: e.source for e in resolve(logged).events if e.clock is not None}[3] \
        == "timeline"


def test_a_cjk_sentence_that_opens_with_its_time_is_prose() -> None:
    # "On 3 May 2024 at 09:20 (Beijing time), the payment gateway went down. ...": Chinese
    # needs no "on"; the ideographic comma after the time says a sentence goes on
    text = ("# 支付网关故障\n\n2024年5月3日 9点20分 (北京时间)，支付网关中断。我们随后排查。\n\n"
            "## 时间线\n\n- 09:20：支付失败率上升\n- 09:45：回滚发布\n")
    got = {e.line: e.source for e in resolve(text).events if e.clock is not None}
    assert got == {3: "summary", 7: "timeline", 8: "timeline"}


def test_a_mermaid_timeline_diagrams_periods_are_entries() -> None:
    text = ("# Cache cluster outage\n\nAll times UTC.\n\n```mermaid\ntimeline\n"
            "    title Cache cluster outage\n    section 11 Feb 2024\n"
            "    21:14 : evictions spike\n          : hit rate halves\n"
            "    21:30 : nodes resized\n    22:02 : hit rate back to normal\n```\n")
    got = [(e.line, e.source, e.local) for e in resolve(text).events if e.clock is not None]
    assert got == [(9, "timeline", "2024-02-11T21:14"), (11, "timeline", "2024-02-11T21:30"),
                   (12, "timeline", "2024-02-11T22:02")]
    flow = text.replace("```mermaid\ntimeline", "```mermaid\nflowchart LR")
    # another diagram type: its times are a drawing's labels, no entries
    assert not [e for e in resolve(flow).events if e.source == "timeline"]


def test_plain_status_words_opening_paragraph_after_paragraph_are_a_log_of_updates() -> None:
    # no Timeline heading, no emphasis: the run of "Resolved 07:02 - ..." paragraphs is the log
    text = ("# VPN gateway notice, 4 June 2021 (times BST)\n\n"
            "We are looking into dropped tunnels.\n\n"
            "Investigating 06:40 - tunnels drop after about a minute.\n\n"
            "Identified 06:52 - a firmware push reset the keepalive timers.\n\n"
            "Resolved 07:02 - timers restored, tunnels stable.\n")
    got = {e.line: e.source for e in resolve(text).events if e.clock is not None}
    assert got == {5: "timeline", 7: "timeline", 9: "timeline"}
    lone = ("# VPN gateway notice, 4 June 2021 (times BST)\n\n"
            "We are looking into dropped tunnels.\n\n"
            "Resolved 07:02 - timers restored, tunnels stable.\n\nThanks for your patience.\n")
    # one such paragraph alone is a sentence of the notice, not a log
    assert {e.line: e.source for e in resolve(lone).events if e.clock is not None} \
        == {5: "summary"}


@pytest.mark.parametrize("field", ["**Review period:** March - April 2023", "Date: March 2023",
                                   "Report month: Mar. 2023"])
def test_a_month_and_year_field_gives_the_year_of_year_less_dates(field: str) -> None:
    # a report dated by its month only: its "Mar 30" and "Apr 2" are that year's
    from pmlint.timeline.document import timeline_from_text
    text = (f"{field}\n\n## Timeline\n\n- Mar 30 22:15 UTC - backups start failing\n"
            "- Apr 2 08:40 UTC - failing backups noticed\n")
    found = [e.local for e in timeline_from_text(text, "m.md").events if e.source == "timeline"]
    assert found == ["2023-03-30T22:15", "2023-04-02T08:40"]


@pytest.mark.parametrize("heading", ["## Timeline (2024-11-30 to 2024-12-01, UTC)",
                                     "## Timeline (Nov 30 - Dec 1, UTC)",
                                     "### Timeline (30 Nov-1 Dec 2024, UTC)"])
def test_a_zone_after_the_days_in_a_timeline_headings_parentheses(heading: str) -> None:
    # the heading gives the log's days, then its zone: the entries below are in that zone
    from pmlint.timeline.document import timeline_from_text
    text = (f"# Ledger outage\n\n{heading}\n\n- Nov 30 2024 23:20 - ledger writes stall\n"
            "- Dec 1 2024 00:05 - writer restarted\n")
    found = [e.utc for e in timeline_from_text(text, "z.md").events if e.source == "timeline"]
    assert [u.isoformat() if u else None for u in found] == [
        "2024-11-30T23:20:00+00:00", "2024-12-01T00:05:00+00:00"]


def test_a_query_result_pasted_as_a_table_holds_no_entries() -> None:
    # an appendix's query output: column names as heads, a timestamp column of records
    text = """## Timeline (UTC)

- 2025-03-02 09:10 exports start failing
- 2025-03-02 10:40 fix deployed

## Appendix

| job_name | started_at | row_count |
|---|---|---|
| nightly-export | 2025-02-27 23:00 | 0 |
| weekly-rollup | 2025-02-20 02:00 | 1204 |
"""
    entries = timeline_entries(extract(text))
    assert [e.line for e in entries] == [3, 4]
    # the same rows under heads a person writes are a timeline's
    plain = text.replace("| job_name | started_at | row_count |", "| Job | Time | Rows |")
    assert [e.line for e in timeline_entries(extract(plain))] == [3, 4, 10, 11]


def test_phase_labels_nested_under_a_stamp_are_the_entrys_words() -> None:
    # a stamp alone on its item, its story in labelled sub-items below: "Detection:" and
    # "Resolution:" are what the entry says, not header fields of the document
    text = """## Timeline

- **2024-06-03 14:05 UTC:**
  - **Detection:** disk latency alarm on the primary
- **2024-06-03 14:30 UTC:**
  - **Mitigation:** replica promoted
- **2024-06-03 14:50 UTC:**
  - **Resolution:** writes succeed again on the new primary
"""
    events = [e for e in resolve(text).events if e.source == "timeline"]
    assert [(e.line, e.phase) for e in events] == [(3, "detection"), (5, "mitigation"),
                                                   (7, "resolution")]
    assert events[0].text.startswith("Detection: disk latency alarm")


@pytest.mark.parametrize("text", [
    "## Timeline\n\n- **09:14** and **09:31** - the nightly job fails, then fails again\n",
    "## Timeline\n\n| Time | Event |\n|---|---|\n| 09:14, 09:31 | the nightly job fails twice |\n",
])
def test_an_entry_stamped_with_two_times_is_an_entry_at_each(text: str) -> None:
    entries = timeline_entries(extract(text))
    assert [(e.expr.clock.hour, e.expr.clock.minute) for e in entries
            if e.expr.clock is not None] == [(9, 14), (9, 31)]
    assert entries[0].text == entries[1].text and entries[0].text.startswith("the nightly job")


def test_a_second_time_in_an_entrys_words_is_not_a_second_stamp() -> None:
    text = "## Timeline\n\n- 09:14 - the job fails; it had last succeeded at 02:00\n"
    assert len(timeline_entries(extract(text))) == 1


DAYS_HEADING_OVER_UPDATES = """# Lab cluster notices, 2025

### March 3-7, 2025

**Heads-up**: The GPU nodes are drained for firmware work.
<br><small>Mar 3, 09:00 UTC</small>

**Heads-up**: Two GPU nodes stay down a day longer.
<br><small>Mar 6, 17:30 UTC</small>
"""


def test_a_days_heading_over_a_status_logs_updates_leaves_each_its_own_stamp() -> None:
    # the heading names the days the notices cover; each notice's words and its stamp in a
    # tag are the notice's own, not the heading's text swallowing the stamps
    events = resolve(DAYS_HEADING_OVER_UPDATES).events
    stamps = [(e.line, e.local) for e in events if e.clock is not None]
    assert stamps == [(6, "2025-03-03T09:00"), (9, "2025-03-06T17:30")]
    assert all(e.text == "" for e in events if e.line == 3)


@pytest.mark.parametrize("note", ["(Both feeders sit in the north substation.)",
                                  "These two alarms came from the same rack."])
def test_a_log_of_bare_times_goes_on_after_a_note_between_its_lines(note: str) -> None:
    # a pasted operator log with no blank lines: a remark on the lines above, on a line of
    # its own, does not turn the lines below it into wrapped sentences
    text = ("Sequence (times approximate, UTC):\n\n"
            "09:12 feeder 4 trips\n09:15 feeder 7 trips\n" + note + "\n"
            "09:31 load shed begins\n09:44 feeders restored\n")
    found = [(e.line, e.text) for e in resolve(text).events if e.source == "timeline"]
    assert found == [(3, "feeder 4 trips"), (4, "feeder 7 trips"), (6, "load shed begins"),
                     (7, "feeders restored")]


def test_a_sentence_wrapped_onto_a_time_after_a_finished_one_stays_prose() -> None:
    # two sentences of a paragraph, the second wrapped so that its line opens with a time:
    # no log stands above the finished sentence, so nothing below it is an entry
    text = ("The queue backed up overnight. Workers were restarted at\n"
            "the usual hour. Nobody was paged.\n"
            "06:10 was when the first batch finally drained, well after the window.\n")
    assert [e for e in resolve(text).events if e.source == "timeline"] == []


@pytest.mark.parametrize("opening", ["", "Update: ", "UPDATE "])
def test_a_log_right_under_a_finished_sentence_with_no_blank_line(opening: str) -> None:
    # a page copied as text with no blank lines: a sentence, then lines that each open with
    # a time (behind a status word or not) and a separator before their words, no date
    text = ("Power to hall B failed this evening and the storage cluster went down with it.\n"
            f"{opening}22:40 CET - generator started, hall B on backup power.\n"
            f"{opening}23:15 CET - storage nodes booting.\n"
            f"{opening}00:05 CET - all volumes online again.\n")
    found = [(e.line, e.clock is not None) for e in resolve(text).events
             if e.source == "timeline"]
    assert found == [(2, True), (3, True), (4, True)]


def test_a_time_going_on_with_a_sentence_under_a_finished_one_stays_prose() -> None:
    # a time with words right after it, no separator: the sentence goes on
    text = ("The queue backed up overnight. Nobody was paged.\n"
            "06:10 UTC was when the first batch finally drained.\n"
            "07:00 UTC was when the rest followed.\n")
    assert [e for e in resolve(text).events if e.source == "timeline"] == []


@pytest.mark.parametrize("stamp", ["{}", "**{} UTC**"])
def test_times_alone_on_their_lines_over_their_words_with_no_blank_line(stamp: str) -> None:
    # a page copied as text: each event's time on a line of its own, its words on the lines
    # below, no blank lines anywhere; the times are the log's entries with those words
    times = [stamp.format(t) for t in ("07:05", "07:18", "07:50")]
    text = ("The cache fleet lost its config on Tuesday, May 6, 2025. Times are UTC.\n"
            f"{times[0]}\nA bad template was pushed to every cache node.\n"
            f"{times[1]}\nOn-call was paged by the error-rate alert.\nThey rolled back.\n"
            f"{times[2]}\nHit rates were back to normal.\n")
    found = [(e.line, e.text.split(" | ")[-1][:10]) for e in resolve(text).events
             if e.source == "timeline"]
    assert found == [(2, "A bad temp"), (4, "On-call wa"), (7, "Hit rates ")]


def test_a_time_alone_on_a_line_in_a_wrapped_sentence_stays_prose() -> None:
    # the line above the time is unfinished, or only one time stands alone: a sentence
    # wrapped so that a time fell on a line by itself, no log
    text = ("The cache fleet lost its config on Tuesday, May 6, 2025. The rollback ended at\n"
            "07:50\nAnd hit rates were back to normal after that. It is done.\n"
            "We changed the deploy checks.\n")
    assert [e for e in resolve(text).events if e.source == "timeline"] == []
    text = ("The cache fleet lost its config on Tuesday, May 6, 2025. Times are UTC.\n"
            "07:50\nHit rates were back to normal after that.\nWe changed the deploy checks.\n")
    assert [e for e in resolve(text).events if e.source == "timeline"] == []


def test_a_status_update_stamped_with_a_weekday_is_its_own_entry() -> None:
    # "UPDATE Wednesday 08:15p:" under "UPDATE 06:40p:": the later day's update, not words
    # of the one above it
    text = ("# Storage migration\n\nThe migration starts Monday, March 6, 2023.\n\n"
            "UPDATE 06:40p: volumes are copying.\n"
            "UPDATE Wednesday 08:15p: the array is rebuilt.\n")
    found = [(e.line, e.local) for e in resolve(text).events if e.source == "timeline"]
    assert found == [(5, "2023-03-06T18:40"), (6, "2023-03-08T20:15")]


def test_one_posted_byline_over_a_paragraph_is_no_status_update() -> None:
    # a blog post's byline: one "Posted" stamp is when the article went up, not an update of
    # a status page whose labels were lost (that takes two or more such stamps)
    text = ("Our database move went badly.\n"
            "Posted Feb 02, 2024 - 09:30 UTC\n\n"
            "We moved the primary at night and the replicas lagged for hours.\n")
    assert [e for e in resolve(text).events if e.source == "timeline"] == []


def test_a_status_history_stamp_under_a_long_incident_title_is_an_entry() -> None:
    # a status history copied as text, no blank lines: each incident's title, then its status
    # word and stamp alone. A title of many words does not make the stamp a wrapped sentence
    text = ("Past incidents\n"
            "Nightly export to the reporting warehouse is failing\n"
            "Resolved Jun 12 at 07:40am BST\n"
            "The export ran again after the credentials were rotated.\n"
            "Search results on the public help centre are stale\n"
            "Resolved Jun 09 at 11:05pm BST\n"
            "The index was rebuilt.\n")
    found = [(e.line, e.local) for e in resolve(text).events if e.source == "timeline"]
    assert found == [(3, "--06-12T07:40"), (6, "--06-09T23:05")]


def test_a_lowercase_status_word_wrapped_onto_a_stamp_stays_in_its_sentence() -> None:
    # the same words in a sentence wrapped just before them stay the sentence's
    text = ("After the credentials for the nightly export were rotated the failure was\n"
            "resolved Jun 12 at 07:40am BST and the warehouse caught up.\n")
    assert [e for e in resolve(text).events if e.source == "timeline"] == []


def test_a_table_copied_with_each_row_split_after_its_first_cell() -> None:
    # a web page's table pasted as text: every row's time cell on one line, the rest of the
    # row on the next. The rows are read as the table's, each on its time cell's line
    text = ("## Timeline (all times UTC, 2025-02-11)\n\n"
            "| When |\nWhat happened |\n"
            "| 03:05 |\nReplica lag alert fires |\n"
            "| 03:22 |\nPrimary failed over to the standby |\n"
            "| 04:10 |\nLag back under one second |\n")
    found = [(e.line, e.local, e.text) for e in resolve(text).events if e.source == "timeline"]
    assert found == [(5, "2025-02-11T03:05", "Replica lag alert fires"),
                     (7, "2025-02-11T03:22", "Primary failed over to the standby"),
                     (9, "2025-02-11T04:10", "Lag back under one second")]


def test_one_lone_cell_over_a_line_ending_in_a_bar_is_left_as_written() -> None:
    # a single such pair is no table split row by row: the text is read as it stands
    text = "Status:\n| degraded |\nsee the note |\n\n- 10:00 UTC 2025-02-11: paged\n"
    found = [(e.line, e.text) for e in resolve(text).events if e.source == "timeline"]
    assert found == [(5, "paged")]


def test_a_posts_date_among_its_byline_bullets_is_no_entry() -> None:
    # a blog post pasted with its byline: "• 4 March, 2019 -", "• Ops team -", "• Tags :".
    # The date is when the post went up, no entry whose text is the whole post below, and
    # the times told in the post are read
    text = ("Storage outage report\n\n  • 4 March, 2019 -\n  • Ops team -\n  • Tags :\n\n"
            "The object store in Frankfurt was unreachable from 07:10 UTC to 08:45 UTC on "
            "Saturday, 2nd March.\n")
    events = resolve(text).events
    assert [e for e in events if e.source == "timeline"] == []
    assert [(e.line, e.local) for e in events if e.clock is not None] == [
        (7, "2019-03-02T07:10"), (7, "2019-03-02T08:45")]


def test_a_dated_line_with_words_after_its_dash_is_still_an_entry() -> None:
    text = "Vendor follow-up\n\n• 4 March, 2019 - vendor confirms the faulty switch\n"
    assert [e.text for e in resolve(text).events if e.source == "timeline"] == [
        "vendor confirms the faulty switch"]


def test_a_ticket_header_laid_out_in_columns_gives_each_field_its_time() -> None:
    # a NOC ticket's header with two fields a line, wide gaps between them (the second
    # field's value after a gap of its own): each time belongs to its own column
    text = ("Ref: NET-4471                  State: CLOSED\n"
            "Raised:  2019-06-03 22:41 UTC     Fault Start:    2019-06-03 21:58 UTC\n"
            "Updated: 2019-06-04 01:15 UTC     Fault End:      2019-06-04 00:52 UTC\n\n"
            "History:\n2019-06-03 22:45 circuit reported down by the carrier\n")
    timeline = resolve(text)
    assert [(e.line, e.local) for e in timeline.events if e.line in (2, 3)] == [
        (2, "2019-06-03T22:41"), (2, "2019-06-03T21:58"),
        (3, "2019-06-04T01:15"), (3, "2019-06-04T00:52")]
    assert [(e.line, e.phase) for e in timeline.events if e.phase in ("start", "end")] == [
        (2, "start"), (3, "end")]


def test_a_field_whose_value_holds_wide_gaps_is_one_field() -> None:
    # one field, its value spaced out: no second column holds a time of its own
    text = "Start time:   2019-06-03 21:58 UTC   (carrier fault)\n\n- 22:45 UTC paged\n"
    starts = [e for e in resolve(text).events if e.phase == "start"]
    assert [(e.line, e.local) for e in starts] == [(1, "2019-06-03T21:58")]


def test_the_blanks_stripped_around_a_text_are_every_character_isspace_holds() -> None:
    """_strip_marks strips BLANKS with str.strip: the list must be str.isspace()'s, all of it,
    and the strip must agree with a loop over the characters."""
    from pmlint.timeline.extract import BLANKS, LEADING_MARKS, TRAILING_MARKS, _strip_marks

    assert "".join(chr(c) for c in range(0x110000) if chr(c).isspace()) == BLANKS

    def looped(text: str) -> str:
        start, end = 0, len(text)
        while start < end and (text[start].isspace() or text[start] in LEADING_MARKS):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in TRAILING_MARKS):
            end -= 1
        return text[start:end]

    for text in ("", "  ", "\u3000**Rollback** — done\u00a0_ ", "> - `x` |", "—:#: a b :#—",
                 "*\t*\u2028* word *\x1c*", "|||", "##"):
        assert _strip_marks(text) == looped(text)


@pytest.mark.parametrize("lines, found", [
    (["* 0710 | pager fired", "", "* 0955 | rollback", "* 2040 | green"], {0, 2, 3}),
    (["0710 | pager fired", "1955 | rollback"], set()),  # two lines make no run
    (["  0710\tpager", "text between", "1955\trollback", "2040\tgreen"], set()),  # broken run
    (["- 1940 - start", "- 2019 - move", "- 2020 - merge"], set()),  # years, mostly
])
def test_runs_of_colon_less_times_are_found_whatever_the_whole_text_search_says(
        lines: list[str], found: set[int]) -> None:
    from pmlint.timeline.extract import _hour_log_lines

    assert _hour_log_lines(lines) == found


# --- a paragraph of its own below a plain-text entry ------------------------------------------

def test_a_paragraph_below_a_plain_text_entry_tells_its_own_time() -> None:
    """A blank line below an entry that has its own words, then a paragraph with a time in
    it: that paragraph is prose of its own, and its time is read, not swallowed as the
    entry's text."""
    timeline = resolve(
        "Timeline\n\n"
        "2024-03-07 14:02 UTC - The nightly export job was paused.\n\n"
        "The replica caught up with the primary at 14:31 UTC and exports went on.\n\n"
        "2024-03-07 14:50 UTC - Exports finished.\n")
    told = [(e.line, e.source) for e in timeline.events]
    assert (5, "summary") in told
    assert [e.line for e in timeline.events if e.source == "timeline"] == [3, 7]


def test_a_list_below_a_status_update_tells_its_own_times() -> None:
    """Under an update's stamp, a blank line, then a list of what happened ("* At 09:12 UTC:
    ..."): the account's times, read as prose, however few its items."""
    timeline = resolve(
        "# Queue status history\n\n"
        "Resolved Jun 4 at 09:55 UTC\n\n"
        "Publishing works again.\n\n"
        "How it unfolded:\n"
        "* At 09:12 UTC: consumers stopped acknowledging.\n"
        "* By 09:40: the broker was restarted.\n\n"
        "Investigating Jun 4 at 09:20 UTC\n\n"
        "Messages are delayed.\n")
    told = [(e.line, e.source, e.written) for e in timeline.events]
    assert (8, "summary", "09:12 UTC") in told
    assert [e.line for e in timeline.events if e.source == "timeline"] == [3, 11]


def test_a_line_that_continues_an_entry_keeps_its_time_in_the_entry() -> None:
    """The entry's own text, wrapped onto the next line with no blank line between, is
    still the entry's: a time there is not read as an event of its own."""
    timeline = resolve(
        "Timeline\n\n"
        "2024-03-07 14:02 UTC - The nightly export job was paused until the\n"
        "replica caught up, which it did at 14:31 UTC.\n\n"
        "2024-03-07 14:50 UTC - Exports finished.\n")
    assert [e.line for e in timeline.events] == [3, 6]

def test_a_period_field_in_another_language_is_the_summary_window() -> None:
    """"Dauer:", "Zeitraum:", "Duración:" name the incident's period as "Duration:" does: a
    header field (its times the summary's), not a timeline entry above the log."""
    for label in ("Dauer", "Zeitraum", "Duración", "Durée", "Periodo"):
        timeline = timeline_from_text(f"**{label}:** 03.02.2025, 06:10 – 03.02.2025, 08:45\n"
                                      "\n## 03.02.2025, 08:45 – behoben\n", "t.md")
        first = [e for e in timeline.events if e.line == 1]
        assert [e.source for e in first] == ["summary", "summary"], label
        assert [e.phase for e in first] == ["start", "end"], label


def test_a_bold_label_then_its_parentheses_opens_the_timeline_with_their_zone() -> None:
    """"**Timeline** (times in Pacific)", or the parentheses in small print ("<small>(...)
    </small>"), is the label "**Timeline (times in Pacific)**": it opens the timeline, whose
    zone the parentheses give."""
    for label in ("**Chronology** (times in Pacific)",
                  "**Chronology** <small>(times in Pacific)</small>"):
        timeline = timeline_from_text(f"{label}\n\n- 2024-01-09 08:15: disk filled up\n",
                                      "t.md")
        entry = next(e for e in timeline.events if e.line == 3)
        assert entry.section == "Chronology (times in Pacific)", label
        assert entry.zone is not None and entry.zone.label == "PT", label


def test_a_zone_stated_for_pictures_is_not_the_documents() -> None:
    """"The graphs below show times in CET" says in what zone the pictures are drawn, not
    the zone of the author's own times; "All times in this report are CET" is that zone."""
    below = "\n\n## Timeline\n- 2024-03-01 10:00: alert fired\n"
    for said, label in (("Our Grafana graphs below show times in CET.", None),
                        ("(the screenshot shows timestamps in UTC+1)", None),
                        ("All times in this report are CET.", "CET")):
        timeline = timeline_from_text(said + below, "t.md")
        entry = next(e for e in timeline.events if e.line == 4)
        assert (entry.zone.label if entry.zone is not None else None) == label, said

def test_a_time_told_right_under_a_stamp_line_is_read() -> None:
    """A dated headline over its report, whose first line opens with its own clock behind a
    lead word: that line's time is the incident's, read as prose, not lost as the words of
    the stamp above it."""
    text = ("2019/03/12 - Library catalogue unavailable\n"
            "At around 4:10AM this morning, the catalogue database stopped responding.\n"
            "Staff restarted it after the nightly index job was killed.\n")
    events = resolve(text).events
    told = [e for e in events if e.clock is not None]
    assert [(e.line, e.local, e.source) for e in told] == [(2, "2019-03-12T04:10", "summary")]


def test_a_timed_line_further_down_an_entrys_words_stays_its_words() -> None:
    """Only the line right under the stamp: a later paragraph of the stamp's words that opens
    "At 09:20" is still those words (under a stamp with its clock: a day alone over its
    words heads that day's account, whose times are read)."""
    text = ("2019/03/12 08:00 - Library catalogue unavailable\n"
            "The catalogue database stopped responding overnight.\n"
            "At 09:20 staff restarted it.\n")
    events = resolve(text).events
    assert [e.line for e in events if e.clock is not None] == [1]


@pytest.mark.parametrize(("labels", "note"), [
    (("発生日時", "復旧日時"), "(24時間表記)"),  # Japanese: when it happened, when it recovered
    (("발생 일시", "복구 일시"), ""),  # Korean
    (("Start time", "Resolved at"), " (local time)"),  # a note on how the value is written
])
def test_a_value_below_its_label_is_the_labels_field(labels: tuple[str, str],
                                                       note: str) -> None:
    text = (f"# 障害報告\n\n{labels[0]}\n2024年6月11日 9時05分{note}\n{labels[1]}\n"
            f"2024年6月11日 9時48分{note}\n\n・サーバA:2024年6月11日 9時05分 ~ 9時20分\n"
            "・サーバB:2024年6月11日 9時06分 ~ 9時48分\n")
    timeline = timeline_from_text(text, "x.md", Options())
    fields = [(e.line, e.phase, e.local) for e in timeline.events if e.kind == "field"]
    assert fields == [(4, "start", "2024-06-11T09:05"), (6, "resolution", "2024-06-11T09:48")]
    # the list below them is read, not taken for the words of an entry above it
    assert sorted({e.line for e in timeline.events if e.line > 6}) == [8, 9]


def test_any_label_over_its_value_beside_a_time_fields_is_a_field() -> None:
    """"Notice Posted" / "2021-03-02 08:15" beside "Outage Began" / "2021-03-02 07:50": a
    form's fields, each value its own label's, not an entry whose words are the next label."""
    text = ("# Cooling failure\n\nOutage Began\n2021-03-02 07:50\nNotice Posted\n"
            "2021-03-02 08:15\nPage Revised\n2021-03-04 10:00\nOutage Ended\n"
            "2021-03-02 11:30\n\nA chiller tripped.\n")
    events = timeline_from_text(text, "x.md", Options()).events
    assert [(e.line, e.kind, e.source) for e in events] == [
        (4, "field", "summary"), (6, "field", "summary"), (8, "field", "summary"),
        (10, "field", "summary")]
    # with no time field's label among them, words over times stay a log's updates
    text = "# Cooling failure\n\nChiller tripped\n2021-03-02 07:50\nNotice sent\n" \
        "2021-03-02 08:15\n"
    events = timeline_from_text(text, "x.md", Options()).events
    assert [e.kind for e in events] == ["entry", "entry"]


def test_a_status_word_over_its_value_in_a_run_of_form_fields_is_a_field() -> None:
    """"Began" / time, "Length" / "2h 10m", "Resolved" / time, "Reported by ops" / time: a
    status aggregator's fact box, one label over each value; "Resolved" there is a field,
    not a status log's update whose words are the next labels."""
    text = ("# Mail relay incident\n\nBegan\nMar 3, 2022, 08:15 PM UTC\nLength\n2h 10m\n"
            "Resolved\nMar 3, 2022, 10:25 PM UTC\nReported by ops\nMar 3, 2022, 08:15 PM UTC\n"
            "\nUpdates\n\n1. investigating Mar 3, 2022, 08:20 PM UTC\n")
    events = timeline_from_text(text, "x.md", Options()).events
    assert [(e.line, e.kind, e.source) for e in events if e.line <= 10] == [
        (4, "field", "summary"), (8, "field", "summary"), (10, "field", "summary")]
    # a status log's "Resolved" over its stamp and its words stays an update
    text = ("# Mail relay incident\n\nResolved\nMar 3, 2022, 10:25 PM UTC\n"
            "This incident has been resolved.\nInvestigating\nMar 3, 2022, 08:20 PM UTC\n"
            "We are looking into delayed mail.\n")
    events = timeline_from_text(text, "x.md", Options()).events
    assert [e.kind for e in events] == ["entry", "entry"]


@pytest.mark.parametrize("label", ["Service restored at:", "**Outage start time:**",
                                   "Date of detection:"])
def test_a_label_with_its_colon_naming_a_moment_over_its_value_is_a_field(label: str) -> None:
    # a web form copied as text: "Service restored at:" alone, its stamp alone below; the
    # stamp is the label's, not a timeline's first entry (a label naming no moment is not
    # the stamp's field)
    text = (f"Campus network outage\n\nAffected: wireless\n{label}\n"
            "2022-11-04 02:10 am\n\nA switch failed at 9:40 PM.\n")
    events = timeline_from_text(text, "x.md", Options()).events
    assert [(e.line, e.kind, e.source) for e in events if e.line == 5] == [
        (5, "field", "summary")]
    text = text.replace(label, "Wireless team notes:")
    events = timeline_from_text(text, "x.md", Options()).events
    assert [e.kind for e in events if e.line == 5] != ["field"]


def test_words_after_a_value_below_a_label_make_it_no_field() -> None:
    text = "# Report\n\nStart time\n2024-06-11 09:05 the deploy went out, and errors rose\n"
    timeline = timeline_from_text(text, "x.md", Options())
    assert [e.kind for e in timeline.events] != ["field"]


def test_wrapped_paragraphs_below_a_stamp_that_open_on_their_time_are_read() -> None:
    """A mail's date line heads its words, but the paragraphs below that each open on their
    own time ("At 05:00 UTC ...", wrapped over two lines) tell the account's times."""
    text = ("Sat Apr 16 09:09:20 UTC 2016\nSam Admin <sam at example.org>\n\nHi,\n\n"
            "At 05:00 UTC 2016-05-16 an update took the\nmirror service down.\n\n"
            "By 08:11 UTC 2016-05-16 I rolled back\nthe update.\n")
    timeline = timeline_from_text(text, "x.md", Options())
    told = [(e.line, e.local[:16]) for e in timeline.events if e.line > 3]
    assert told == [(6, "2016-05-16T05:00"), (9, "2016-05-16T08:11")]


@pytest.mark.parametrize(("pushed", "lines"), [
    # a bare clock inside the words: the stamp's day and zone may not be its, left unread
    ("at 05:00", [1, 9]),
    # a clock that writes its zone: a moment of the account, read
    ("at 05:00 UTC", [1, 6, 9]),
])
def test_a_wrapped_paragraph_with_a_time_inside_stays_the_stamps_words(
        pushed: str, lines: list[int]) -> None:
    # a thread of mails, each stamp alone over its words, which do not open on a time
    text = ("Sat Apr 16 09:09:20 UTC 2016\nSam Admin <sam at example.org>\n\nHi,\n\n"
            f"The update we pushed {pushed} took the\nmirror service down.\n\n"
            "Sat Apr 16 11:30:00 UTC 2016\nSam Admin <sam at example.org>\n\n"
            "The mirrors are back.\n")
    timeline = timeline_from_text(text, "x.md", Options())
    assert [e.line for e in timeline.events] == lines


def test_a_single_mails_stamp_leaves_its_words_their_times() -> None:
    # one mail alone, its stamp the document's only line that opens with a time: when it
    # was sent; the time its words tell is the incident's (see the byline's class)
    text = ("Sat Apr 16 09:09:20 UTC 2016\nSam Admin <sam at example.org>\n\nHi,\n\n"
            "The update we pushed at 05:00 UTC took the\nmirror service down.\n")
    timeline = timeline_from_text(text, "x.md", Options())
    assert [(e.line, e.source) for e in timeline.events] == [(1, "summary"), (6, "summary")]


def test_diary_headings_of_a_weekday_and_a_clock_are_entries_on_those_days() -> None:
    # "### Saturday 10:05" over a paragraph: an entry, its day the next such weekday
    text = ("# Home internet outage - 3rd March 2023 at 18:10\n\n"
            "### Friday 18:10\n\nThe line dropped during a call.\n\n"
            "### Saturday 10:05\n\nA technician rang back.\n\n"
            "#### Mon 14:20\n\nThe cabinet card was replaced and the line came back.\n")
    events = [e for e in resolve(text).events if e.source == "timeline"]
    assert [(e.written, e.local) for e in events] == [
        ("Friday 18:10", "2023-03-03T18:10"), ("Saturday 10:05", "2023-03-04T10:05"),
        ("Mon 14:20", "2023-03-06T14:20")]


def test_a_heading_that_only_names_a_weekday_and_its_plans_is_no_entry() -> None:
    # a weekday in a heading's words, its clock far on, is no diary stamp
    text = "# Notes\n\n### Plans for Friday, then a call at 18:10\n\nWords.\n"
    assert not [e for e in resolve(text).events if e.source == "timeline"]


def test_a_paragraph_entry_outside_a_timeline_section_splits_at_each_timed_sentence() -> None:
    # no "Timeline" heading: paragraphs opening with their times are the log, and a later
    # sentence of one that opens with a time is an entry of its own
    text = ("Reason for outage, 2 May 2024\n\n"
            "At 10:02 UTC the message queue stopped accepting writes. Producers backed off.\n\n"
            "At 10:15 UTC on-call was paged. At 10:40 UTC the broker was restarted and "
            "writes resumed.\n\nAt 11:30 UTC the backlog had drained.\n")
    events = [e for e in resolve(text).events if e.source == "timeline"]
    assert [(e.line, e.written) for e in events] == [
        (3, "10:02 UTC"), (5, "10:15 UTC"), (5, "10:40 UTC"), (7, "11:30 UTC")]


def test_a_time_inside_a_sentence_of_a_paragraph_entry_stays_in_its_words() -> None:
    text = ("Reason for outage, 2 May 2024\n\n"
            "At 10:02 UTC the queue stopped, and it stayed down until 10:40 UTC.\n\n"
            "At 10:15 UTC on-call was paged.\n\nAt 11:30 UTC the backlog had drained.\n")
    events = [e for e in resolve(text).events if e.source == "timeline"]
    assert [(e.line, e.written) for e in events] == [
        (3, "10:02 UTC"), (5, "10:15 UTC"), (7, "11:30 UTC")]


@pytest.mark.parametrize("card", ["Joined: Mon Mar 11, 2019 8:15 pm",
                                  "Member since: 11 March 2019, 20:15"])
def test_a_forum_posts_user_card_is_no_step_of_the_timeline(card: str) -> None:
    text = (f"Re: mail outage\n\nPost by admin\n{card}\n\n"
            "- 10:05 - mail queue stuck\n- 10:30 - relay restarted\n- 10:45 - mail flowing\n")
    timeline = [e for e in resolve(text).events if e.source == "timeline"]
    assert [e.written for e in timeline] == ["10:05", "10:30", "10:45"]


@pytest.mark.parametrize(("line", "dated"), [
    ("Wednesday 4 June 2025", True),  # the next day's date line, folded into the item above
    ("**June 4, 2025**", True),
    ("  June 4, 2025", False),  # indented: the item's own text goes on
    ("June 4, 2025 was a busy day", False),  # a sentence, not a date line
])
def test_a_date_alone_right_under_a_list_item(line: str, dated: bool) -> None:
    text = (f"## Timeline\n\nTuesday 3 June 2025\n- 23:40 UTC queue backs up\n{line}\n"
            "- 00:20 UTC queue drained\n")
    days = [e.local for e in resolve(text).events if e.line == 5]
    assert bool(days) == dated


@pytest.mark.parametrize(("gap", "entry"), [
    # two finished sentences of the entry's own words under it: the log goes on below them
    ("The pager went off twice.\nNobody was on shift yet.", True),
    # wrapped words that end with no stop, the next line opening as the entry above did
    ("and the pager went off twice while nobody", True),
])
def test_a_plain_text_log_goes_on_below_its_entries_words(gap: str, entry: bool) -> None:
    text = ("Incident notes\n\nTimeline:\n\n09:10 UTC: Alerts fire\nQueue depth doubled.\n"
            f"09:40 UTC: Paged the owner\n{gap}\n10:05 UTC: Restarted the consumer\n")
    last = [e for e in resolve(text).events if e.written.startswith("10:05")]
    assert [e.source for e in last] == (["timeline"] if entry else ["summary"])


def test_an_entrys_words_do_not_reach_over_a_blank_line() -> None:
    # a notice's stamp under its words, in another incident below a dated heading: the
    # heading's entry lies past blank lines, so the stamp is no log line going on from it
    text = ("## Network notices\n\n### March 14-15, 2022\n\n#### Brief network outage\n\n"
            "**Noticed**: switches are serviced tonight.\nMarch 11, 10:15 PT\n")
    stamp = [e for e in resolve(text).events if e.written.startswith("March 11")]
    assert [e.source for e in stamp] == ["summary"]


@pytest.mark.parametrize("wrapped", [
    "**14:30** - The portal was down again today from about\n14:05 until a cache was cleared.\n",
    "**14:30** - Die Anmeldung war heute gegen\n14:05 kurz nicht erreichbar.\n",
])
def test_a_time_opening_a_line_after_a_lead_word_above_continues_the_entry(wrapped: str
                                                                            ) -> None:
    # a paragraph hard-wrapped so that a time mid-sentence opens a line, under an entry of
    # the paragraph's first line: the line above ends with a word a time follows ("about",
    # German "gegen"), so the time is the sentence's, no entry of its own
    text = f"## Timeline (UTC)\n\n**2024-05-02 09:00** - First alert.\n\n{wrapped}"
    found = [e.line for e in resolve(text).events if e.source == "timeline"]
    assert found == [3, 5]


def test_a_time_opening_a_line_under_an_entry_ending_with_other_words_is_an_entry() -> None:
    # a log written without blank lines: the line above ends with a word no time follows
    text = ("## Timeline (UTC)\n\n**2024-05-02 09:00** - First alert\n"
            "09:05 - Engineer online\n09:20 - Cache cleared\n")
    found = [e.line for e in resolve(text).events if e.source == "timeline"]
    assert found == [3, 4, 5]
    # an entry cut off after "at", then the log's next line in the same shape: an entry
    text = ("Timeline (UTC)\n07:02: I tried to reach the database at\n"
            "07:04: The connection timed out.\n07:30: I restored the backup.\n")
    found = [e.line for e in resolve(text).events if e.source == "timeline"]
    assert found == [2, 3, 4]


@pytest.mark.parametrize(("first", "second"), [
    ("Aktualizacja 10:05: przyczyna zidentyfikowana.", "Aktualizacja 10:40: awaria usunięta."),
    ("Uppdatering kl. 10.05: felet är hittat.", "Uppdatering kl. 10.40: felet är åtgärdat."),
    ("Aggiornamento 10:05 - causa trovata.", "Aggiornamento 10:40 - servizio ripristinato."),
    ("Mise à jour 10h05 : cause identifiée.", "Mise à jour 10h40 : service rétabli."),
])
def test_a_status_log_of_updates_in_another_language(first: str, second: str) -> None:
    # "Update 10:05: ..." in Polish, Swedish, Italian and French: each update an entry
    text = f"# Awaria / Driftstörning, 2023-03-14\n\n{first}\n\n{second}\n"
    events = [e for e in resolve(text).events if e.clock is not None]
    assert [(e.source, e.local[11:]) for e in events] == [("timeline", "10:05"),
                                                          ("timeline", "10:40")]
    assert events[-1].phase == "resolution"


def test_a_paragraph_opening_on_its_clock_behind_a_foreign_at_is_its_own_telling() -> None:
    # below a post's stamp, whose text it would otherwise be: "Kl 08.50 ...", "Um 09:20 Uhr"
    text = ("# Driftstörning i växeln\n\n12 mars 2021 - 16:05\n\n"
            "Här är vår genomgång av störningen.\n\nVad hände?\n\n"
            "Kl 08.50 tappade växeln kontakten med operatören.\n\n"
            "Um 09:20 Uhr war alles wieder in Ordnung.\n")
    timeline = resolve(text)
    assert [e.local[11:] for e in timeline.events if e.line > 3] == ["08:50", "09:20"]
    # the post's stamp alone under its title, no other line opening with a time: when the
    # post went up, not an entry whose words the paragraphs would be
    stamp = next(e for e in timeline.events if e.line == 3)
    assert stamp.source == "summary" and "tappade" not in stamp.text


def test_a_templates_commented_example_is_not_read() -> None:
    text = ("# Queue outage\n\n## Summary\n<!--\nSay what broke and for how long.\n\n"
            "Example: the API was down for 45 minutes after a bad deploy.\n-->\n"
            "The export queue stalled for two hours.\n\n## Timeline\n<!--\n"
            "List the events, e.g.\n2020-02-03\n    10:00 deploy starts\n"
            "    10:45 rollback done\n-->\n\n| 12.05.23 | Event |\n|---|---|\n"
            "| 08:10 | queue stops draining |\n| 10:12 | workers restarted, queue drains |\n")
    timeline = resolve(text)
    assert [e.line for e in timeline.events if e.clock is not None] == [21, 22]
    assert [d.written for d in timeline.durations] == ["two hours"]


def test_a_comment_of_records_is_still_read() -> None:
    # a status log's data kept out of sight: the author's own statement, in fields
    text = ("# Compute nodes down\n\nNodes went down overnight.\n\n<!--\n"
            "start: 2021-11-09T01:20:00\nstop: 2021-11-09T11:00:00\nlength: 10 hours\n-->\n")
    assert [e.line for e in resolve(text).events if e.clock is not None] == [6, 7]


@pytest.mark.parametrize("title", ["# 0042 — Disk pressure on the build nodes",
                                   "# 0117: Certificate expiry"])
def test_a_titles_report_number_is_no_clock(title: str) -> None:
    text = f"{title}\n\n## Timeline (UTC)\n- 2024-03-01 09:10 disk alert\n"
    assert [e.line for e in resolve(text).events if e.clock is not None] == [4]


def test_a_title_that_opens_with_its_time_and_zone_keeps_it() -> None:
    text = "# 1430 UTC: payments outage\n\n## Timeline\n- 2024-03-01 14:30 UTC alert\n"
    assert 1 in [e.line for e in resolve(text).events if e.clock is not None]


def test_a_timeline_told_in_paragraphs_keeps_the_times_of_its_sentences() -> None:
    # "At 02:00 ... This was confirmed at 02:09": the later sentence's time, on the line or
    # on a wrapped line of the paragraph, is read too, as the account's (not dropped)
    text = ("# Bridge outage, 2024-06-01\n\n## Timeline\n\n"
            "At 01:40 UTC a partner emailed us about failed transfers. We confirmed them\n"
            "ten minutes later, at 01:52 UTC.\n\n"
            "At 02:30 UTC the bridge was paused. It was resumed at 03:05 UTC.\n")
    timeline = resolve(text)
    assert [(e.line, e.local[11:], e.source) for e in timeline.events if e.clock] == [
        (5, "01:40", "timeline"), (6, "01:52", "summary"),
        (8, "02:30", "timeline"), (8, "03:05", "summary")]  # summary: the account's prose


def test_a_list_items_inner_time_stays_its_words() -> None:
    text = ("# Bridge outage, 2024-06-01\n\n## Timeline\n\n"
            "- 02:30 UTC bridge paused (planned to resume at 03:00 UTC)\n")
    assert [e.local[11:] for e in resolve(text).events if e.clock] == ["02:30"]


QUESTIONS_AND_ANSWERS = """Outage report OR-17

What went on?

The print service was down.

What is the incident timeline?

Begin: 2023/11/21 13:10 - Printers in two buildings stopped answering

2023/11/21 13:25 - The service desk took the first call.

Ended: 2023/11/21 14:00 - Printing resumed.

Why did it fail?

2023/11/20 17:00 - A driver update had been pushed the evening before.
"""


def test_a_question_naming_the_timeline_opens_it_and_the_next_question_closes_it() -> None:
    # a report laid out as questions and answers: "... timeline?" names the timeline
    # section, whose labelled "Begin:"/"Ended:" steps are its entries (not header fields), and
    # "Why did it fail?" is the next section
    events = [e for e in resolve(QUESTIONS_AND_ANSWERS).events if e.clock]
    assert [(e.line, e.source, e.phase) for e in events if e.line < 17] == [
        (9, "timeline", "start"), (11, "timeline", "detection"), (13, "timeline", "end")]
    assert len({e.scope for e in events if e.line < 17}) == 1
    assert [e.scope for e in events if e.line == 17] != [events[0].scope]


def test_a_template_prompt_asked_inside_a_timeline_names_no_section() -> None:
    # "Who was paged?" left in from a template, between the entries of a "Timeline:" that
    # was not itself asked: the entries stay one timeline, and the prompt lends no phase
    text = ("Incident notes\n\nTimeline:\n  09:40 AM: queue depth alarm\n"
            "  Who was paged?\n  09:55 AM: storage team joined the investigation\n"
            "  How was it fixed?\n  10:30 AM: consumers scaled out, backlog drained\n")
    events = [e for e in resolve(text).events if e.clock]
    assert len({e.scope for e in events}) == 1
    assert [e.phase for e in events][:2] == ["detection", "other"]


@pytest.mark.parametrize(("document", "window"), [
    # an editor's Markdown export escapes a tilde or a dash: the escaped character is meant,
    # so the clock after "\~" keeps the date before it and "\-" joins a range
    ("# Relay outage\n\n* When: Jan 9 2024, 13:10 UTC - Jan 9 2024, \\~14:20 UTC\n",
     [("2024-01-09T13:10", "start"), ("2024-01-09T14:20", "end")]),
    ("# Relay outage, 2024-01-09\n\nThe relay was down 09:10 \\- 09:40 UTC.\n",
     [("2024-01-09T09:10", "start"), ("2024-01-09T09:40", "end")]),
])
def test_a_markdown_escape_inside_a_stamp_is_the_character_it_escapes(
        document: str, window: list[tuple[str, str]]) -> None:
    assert [(e.local, e.phase) for e in resolve(document).events if e.clock] == window


def test_an_escaped_tilde_before_a_length_marks_it_approximate() -> None:
    durations = extract("# Relay outage\n\nImpact lasted \\~2 hours.\n").durations
    assert [(d.seconds, d.approximate) for d in durations] == [(7200, True)]


@pytest.mark.parametrize(("document", "hour"), [
    # a paragraph's line ends on a clock, and the editor wrapped its AM or PM onto the next
    ("# Backup failure\n\nThe nightly backup finally completed on May 3 at 11:40\n"
     "p.m., three hours late.\n", 23),
    ("# Backup failure\n\nThe restore job was started on May 3 at 4:05\nPM by hand.\n", 16),
    # a list item's next line, or a clock with its zone, takes nothing from the line below
    ("# Backup failure\n\nThe nightly backup completed on May 3 at 11:40 UTC\n"
     "PM reviews will follow.\n", 11),
])
def test_a_meridiem_wrapped_onto_the_next_line_of_a_paragraph(document: str,
                                                              hour: int) -> None:
    events = [e for e in resolve(document).events if e.clock]
    assert [e.clock.hour for e in events if e.clock] == [hour]


@pytest.mark.parametrize(("document", "zone"), [
    # a paragraph's line ends on a clock, and the editor wrapped its zone onto the next
    ("# Cache outage\n\nOn May 3, 2024 the first fix was completed at 10:12 AM\n"
     "CT, and traffic recovered.\n", "CT"),
    ("# Cache outage\n\nOn May 3, 2024 the purge was confirmed at 14:05\n"
     "UTC. Traffic recovered soon after.\n", "UTC"),
    # a word in capitals opening the next line is no zone
    ("# Cache outage\n\nOn May 3, 2024 the first fix was completed at 10:12 AM\n"
     "Most users saw no errors.\n", None),
])
def test_a_zone_wrapped_onto_the_next_line_of_a_paragraph(document: str,
                                                          zone: str | None) -> None:
    (event,) = [e for e in resolve(document).events if e.clock]
    assert (event.zone.label if event.zone else None) == zone


def test_a_timeline_tables_rows_written_as_steps_from_its_first_row() -> None:
    # "| [+2 hrs] | ... |" under a row with its own date and time: each a step on from it,
    # in hours with a decimal part too
    text = ("# Ledger halt\n\n## Timeline (UTC)\n\n| Time | Event |\n| --- | --- |\n"
            "| 2024-02-10 21:00 UTC | ledger writes halt |\n"
            "| [+1.5 hrs] | snapshot restored |\n| +4 hrs | writes resume |\n")
    events = [e for e in resolve(text).events if e.clock and e.source == "timeline"]
    assert [e.local for e in events] == ["2024-02-10T21:00", "2024-02-10T22:30",
                                         "2024-02-11T01:00"]


def test_an_escaped_bar_stays_inside_its_table_cell() -> None:
    # "a\|b" in a cell is one cell's text, not a column break: the Markdown-escape reading
    # of stamps leaves it alone
    text = ("# Grep outage\n\n## Timeline (UTC)\n\n| Time | Event | Owner |\n|---|---|---|\n"
            "| 2024-05-02 10:05 | ran grep a\\|b on the logs | ops |\n")
    events = [e for e in resolve(text).events if e.clock]
    assert [e.text for e in events] == ["ran grep a\\|b on the logs | ops"]


@pytest.mark.parametrize("document", [
    # a day's heading over its account in paragraphs
    "# Mail relay outages\n\n## History (UTC)\n\n### 12 August 2023\n\n"
    "The relay queue backed up around 14:20; we drained it at 14:45 and mail\n"
    "flowed again by 15:05.\n",
    # a day alone on a line, its account on the lines under it
    "# Mail relay outages\n\nAll times UTC.\n\n2023-08-12:\n"
    "The relay queue backed up around 14:20; we drained it at 14:45 and mail\n"
    "flowed again by 15:05.\n",
    # a day at the line's start and its account after it: the first time is the entry's
    "# Mail relay outages\n\nAll times UTC.\n\n"
    "- 2023-08-12: the relay queue backed up around 14:20; we drained it at 14:45 and mail "
    "flowed again by 15:05.\n",
])
def test_the_times_of_a_days_account_under_its_date_are_read(document: str) -> None:
    # a log of days, each a date with no clock over (or before) the words that tell it:
    # the clock times in those words are that day's, read as its account
    clocks = [(e.local, e.zone.label) for e in resolve(document).events if e.clock]
    assert clocks == [("2023-08-12T14:20", "UTC"), ("2023-08-12T14:45", "UTC"),
                      ("2023-08-12T15:05", "UTC")]


def test_a_stamp_with_its_clock_keeps_its_words_times_unread() -> None:
    # "10:00 deploy started, finished at 10:20" under entries of their own: a step told
    # ahead of the entries after it; only a day without a clock has its account read
    text = ("# Deploy\n\n## Timeline (UTC)\n\n- 2023-08-12 10:00 deploy started, finished at"
            " 10:20\n- 2023-08-12 10:05 errors rose\n")
    assert [e.local for e in resolve(text).events if e.clock] == ["2023-08-12T10:00",
                                                                  "2023-08-12T10:05"]


@pytest.mark.parametrize(("document", "expected"), [
    # a Japanese notice: its heading dates it, its sentences give the day of the month alone
    ("# 配信サーバー障害のお知らせ(2024年7月8日)\n\n"
     "配信サーバーは7日22時10分頃から接続できない状態となり、8日1時5分に復旧しました。\n",
     ["2024-07-07T22:10", "2024-07-08T01:05"]),
    # the day in parentheses before its clock
    ("# 停電のお知らせ 2024年7月8日\n\n- (7日)23:40 停電発生\n- (8日)0:15 全面復旧\n",
     ["2024-07-07T23:40", "2024-07-08T00:15"]),
    # Korean, the day with 일 before the hour with 시
    ("# 2024년 7월 8일 장애 보고\n\n접속 장애가 7일 오후 11시 40분에 시작되어 8일 오전 0시 15분에"
     " 복구되었습니다.\n", ["2024-07-07T23:40", "2024-07-08T00:15"]),
])
def test_a_day_of_the_month_alone_before_a_cjk_clock_takes_the_documents_month(
        document: str, expected: list[str]) -> None:
    # "6日13時39分": a news report names the day and leaves its month and year to the dates
    # around it; without the day the time took the heading's date (a day off)
    assert [e.local for e in resolve(document).events if e.clock] == expected


def test_a_bylines_stamp_alone_under_the_title_leaves_the_article_its_times() -> None:
    # a news article: its posting stamp alone on a line, then paragraphs that tell their own
    # times; the stamp is when the page went up, no entry whose words the paragraphs are
    text = ("# Fibre cut leaves the valley offline\n\n25/03/2024 18:05\n\n"
            "Customers lost service at 13:40 when a digger cut the trunk line. Technicians\n"
            "spliced it by 16:10.\n\nA second, smaller cut was repaired at 17:20.\n")
    events = resolve(text).events
    assert [(e.line, e.local, e.source) for e in events if e.clock] == [
        (3, "2024-03-25T18:05", "summary"), (5, "2024-03-25T13:40", "summary"),
        (6, "2024-03-25T16:10", "summary"), (8, "2024-03-25T17:20", "summary")]


@pytest.mark.parametrize(("byline", "stamps"), [
    # its day alone on a line, then its time alone on the next (twice: posted and updated)
    ("12 March 2025\n19:05\n\n12 March 2025\n16:30",
     [(4, "2025-03-12T19:05"), (7, "2025-03-12T16:30")]),
    # the posting stamp and the last update's on one line
    ("Wednesday 12 March 2025, 19:05 - Last updated: 14 March, 08:12",
     [(3, "2025-03-12T19:05")]),
])
def test_a_bylines_stamps_leave_the_article_its_times(byline: str,
                                                      stamps: list[tuple[int, str]]) -> None:
    # a news page's byline block under the title: when the page went up, no log; the
    # paragraphs below tell the outage's own times
    text = (f"Fibre cut leaves the valley offline\n\n{byline}\n\n"
            "Customers lost service after 13:40 when a digger cut the trunk line.\n"
            "Technicians spliced it around 15.50, the operator said.\n")
    last = 3 + byline.count("\n")
    events = resolve(text).events
    assert [(e.line, e.local, e.source) for e in events if e.clock] == [
        *((line, local, "summary") for line, local in stamps),
        (last + 2, "2025-03-12T13:40", "summary"), (last + 3, "2025-03-12T15:50", "summary")]


def test_a_stamp_above_the_title_later_than_the_log_below_is_its_posting() -> None:
    # a write-up posted the evening of the incident: its stamp first, then the title, then a
    # log of clocks alone, every one before the stamp's time; the stamp is the posting, not
    # the log's first entry (read as one, it would make each morning entry "follow" 6:20 PM)
    text = ("March 14, 2024 · 6:20 PM\n\nWhat happened to card payments this morning\n\n"
            "Some card payments failed at the start of trading.\n\n"
            "8:05 AM - Card declines rise at two acquirers.\n"
            "8:40 AM - Traffic moved to the backup processor.\n"
            "11:55 AM - All acquirers healthy again.\n")
    events = resolve(text).events
    assert [(e.line, e.local, e.source) for e in events if e.clock] == [
        (1, "2024-03-14T18:20", "summary"), (7, "2024-03-14T08:05", "timeline"),
        (8, "2024-03-14T08:40", "timeline"), (9, "2024-03-14T11:55", "timeline")]


@pytest.mark.parametrize("title", ["时间线", "**タイムライン**", "経緯：", "타임라인"])
def test_a_timeline_title_in_its_own_script_alone_on_a_plain_line(title: str) -> None:
    # a notice's update stamp above the account, then the timeline under a plain title in
    # Chinese, Japanese or Korean: the title opens the timeline, whose entries are its own
    # and not a second strand told after the update
    text = (f"Notice\n\n2021-06-09 10:05 update\n\nService is back to normal.\n\n{title}\n\n"
            "2021-06-08\n21:40 API errors rise\n23:15 database failed over\n"
            "23:50 errors stop\n")
    timeline = timeline_from_text(text, "notice.md", Options())
    entries = [e.line for e in timeline.events if e.source == "timeline"]
    assert entries[-3:] == [10, 11, 12]
    assert not lint(timeline, [get("out-of-order")])


def test_a_stamp_above_a_log_it_comes_before_stays_its_first_entry() -> None:
    text = ("2024-03-14 07:50\n\nCard payments degraded\n\n"
            "8:05 AM - Card declines rise at two acquirers.\n"
            "8:40 AM - Traffic moved to the backup processor.\n")
    events = resolve(text).events
    assert [(e.line, e.source) for e in events if e.clock] == [
        (1, "timeline"), (5, "timeline"), (6, "timeline")]


def test_a_stamp_closing_a_list_item_is_that_items() -> None:
    # a status list as a page renders it: each item its status, its words, then its stamp;
    # the stamp takes its own item's words, not the next item's
    text = ("# Queue backlog\n\n## Updates\n\n- identified\n  The consumer pool was undersized.\n"
            "  2024-02-07 10:12 UTC\n- monitoring\n  Consumers scaled out; the backlog drains.\n"
            "  2024-02-07 10:40 UTC\n- resolved\n  The backlog is gone.\n  2024-02-07 11:05 UTC\n")
    entries = [(e.line, e.text) for e in extract(text).entries]
    assert entries == [
        (7, "identified The consumer pool was undersized."),
        (10, "monitoring Consumers scaled out; the backlog drains."),
        (13, "resolved The backlog is gone.")]
    # a stamp with more of its item below it does not close the item
    heads = "## Updates\n\n- resolved\n  2024-02-07 11:05 UTC\n  The backlog is gone.\n"
    assert "resolved" not in [e.text for e in extract(heads).entries]


def test_a_stamp_alone_over_each_update_stays_the_updates_entry() -> None:
    text = ("# Fibre cut\n\n12/03/2024 13:50\n\nWe are investigating reports of an outage.\n\n"
            "12/03/2024 16:15\n\nService was restored at 16:10.\n")
    entries = [(e.line, e.source) for e in resolve(text).events if e.source == "timeline"]
    assert entries == [(3, "timeline"), (7, "timeline")]


def test_a_time_with_its_whole_date_in_an_updates_words_is_read() -> None:
    """Inside the words a status stamp heads, a time that writes its own date is read (as
    prose); a bare clock there is not, its day and zone being the update's only by guess."""
    text = ("Payment gateway incident 07/07/24 - 08/07/24\nResolved\nJul 9 at 3:40pm CEST\n"
            "A certificate expired on the payment gateway.\n"
            "It began on 2024-07-07 at 21:10 CEST; payments were back by 06:30.\n")
    timeline = timeline_from_text(text, "pm.md", Options())
    assert [(e.line, e.written) for e in timeline.events if e.line > 3] == [
        (5, "2024-07-07 at 21:10 CEST")]


@pytest.mark.parametrize("heading", ["Follow-up", "Next steps", "Monitoring improvements",
                                     "Recomendaciones",
                                     "Nächste Schritte", "Prochaines étapes"])
def test_times_under_a_follow_up_heading_are_told_after_the_incident(heading: str) -> None:
    """A section that plans what comes after the incident tells no step of it: its times
    mark no phase, its lengths are no length of the incident."""
    text = ("# Cache outage\n\nThe outage started at 09:00 UTC on 2025-04-14 and was resolved "
            f"at 09:40 UTC.\n\n## {heading}\n\nThe failover drill starts at 14:00 UTC on "
            "2025-05-02 and will be resolved within 30 minutes.\n")
    timeline = timeline_from_text(text, "pm.md", Options())
    assert [(e.line, e.phase) for e in timeline.events] == [
        (3, "start"), (3, "resolution"), (7, "other")]
    assert timeline.durations == ()


def test_a_stamp_over_its_own_words_heads_them() -> None:
    """A news page's dated updates: each stamp alone, a blank line above it and its words
    right below it, newest first. Each stamp dates the words below it."""
    text = ("Library network outage (March 2025)\n\n"
            "Updated on Tuesday, March 4 at 9:15 am\n"
            "Wi-Fi in all library buildings is working again.\n\n"
            "Updated on Tuesday, March 4 at 7:40 am\n"
            "Engineers replaced the failed controller at 07:20 on March 4; access points are "
            "coming back one by one.\n\n"
            "Updated on Monday, March 3 at 11:05 pm\n"
            "Wi-Fi in the library buildings is down. We are investigating.\n")
    timeline = timeline_from_text(text, "pm.md", Options())
    entries = [(e.line, e.text[:24]) for e in timeline.events if e.source == "timeline"]
    assert entries == [(3, "Wi-Fi in all library bui"), (6, "Engineers replaced the f"),
                       (9, "Wi-Fi in the library bui")]
    assert timeline.events[0].phase == "resolution"
    told = [e for e in timeline.events if e.line == 7]
    assert [(e.written, e.phase) for e in told] == [("07:20 on March 4", "other")]


def test_a_posted_stamp_still_closes_the_update_above_it() -> None:
    text = ("Resolved\n\nThe queue is draining normally.\n\n"
            "Posted Mar 04, 2025 - 09:15 UTC\n\n"
            "Investigating\n\nJobs are stuck in the queue.\n\n"
            "Posted Mar 04, 2025 - 08:40 UTC\n")
    timeline = timeline_from_text(text, "pm.md", Options())
    assert [(e.line, e.text[:12]) for e in timeline.events if e.source == "timeline"] == [
        (5, "Resolved: Th"), (11, "Investigatin")]


def test_a_record_tables_column_head_gives_its_times_their_zone() -> None:
    """"| Opened (UTC) | Opened (PST) |": each column's times are in the zone its head
    names, not the zone carried from the prose above."""
    text = ("# Ticket backlog\n\nThe queue stalled from 09:10 to 09:40 PST on 2025-01-14.\n\n"
            "| Ticket | Owner | Opened (UTC) | Opened (PST) |\n|---|---|---|---|\n"
            "| 4411 | ana | 2025-01-14 17:12 | 2025-01-14 09:12 |\n\n"
            "| Opened (UTC) | Ticket |\n|---|---|\n| 2025-01-14 17:30 | 4412 |\n")
    timeline = timeline_from_text(text, "pm.md", Options())
    rows = [(e.written, str(e.utc)) for e in timeline.events if e.line in (7, 11)]
    assert rows == [("2025-01-14 17:12", "2025-01-14 17:12:00+00:00"),
                    ("2025-01-14 09:12", "2025-01-14 17:12:00+00:00"),
                    ("2025-01-14 17:30", "2025-01-14 17:30:00+00:00")]


@pytest.mark.parametrize(("line", "written", "phase"), [
    ("- 2025-03-03 22:10 UTC: payments start failing; recovered at 01:05 UTC on March 4",
     "01:05 UTC on March 4", "resolution"),
    ("3月3日 22時10分頃から決済が失敗し、4日01時05分に復旧しました。", "4日01時05分", "resolution"),
    ("3月3日 22时10分开始支付失败，4日01时05分恢复正常。", "4日01时05分", "resolution"),
])
def test_a_later_time_with_its_own_day_on_an_entrys_line_is_read(line: str, written: str,
                                                                 phase: str) -> None:
    """The entry's line tells a second step with its own day ("recovered at 01:05 on March
    4", "4日01時05分に復旧"): read, its step told by its own words (after the time, in
    Japanese and Chinese)."""
    timeline = timeline_from_text(f"# Payments outage 2025\n\n{line}\n", "pm.md", Options())
    later = [(e.written, e.phase) for e in timeline.events if e.line == 3][1:]
    assert later == [(written, phase)]


@pytest.mark.parametrize(("sentence", "kept"), [
    ("On 9 May 2025 at 06:40 UTC (08:40 CEST) the login service went down.",
     [("9 May 2025 at 06:40 UTC", "start")]),
    ("Logins failed from 1:15 AM PDT / 08:15 UTC, and at 2:02 AM PDT (09:02 UTC) they worked "
     "again.", [("1:15 AM PDT", "start"), ("2:02 AM PDT", "resolution")]),
    ("Between 06:40-07:10 UTC (08:40-09:10 CEST) logins failed.",
     [("06:40", "start"), ("07:10 UTC", "end")]),
    # on the author's own clock, said to be local: the moment is the first's
    ("Logins went down at 22:00:09 UTC (23:00 local time) for all users.",
     [("22:00:09 UTC", "start")]),
    ("Logins worked again at 07:10 UTC (09:10 hora local).", [("07:10 UTC", "resolution")]),
])
def test_a_time_rendered_on_a_second_clock_is_one_moment(
        sentence: str, kept: list[tuple[str, str]]) -> None:
    """A time given again at once in another zone, in parentheses or after a slash, is one
    moment told twice: one event, whose step the words after the rendering tell."""
    timeline = resolve(f"# Login outage\n\n{sentence}\n")
    assert [(e.written, e.phase) for e in timeline.events if e.clock is not None] == kept


def test_a_parenthesis_that_says_more_than_a_time_stays_a_time_of_its_own() -> None:
    """"(08:55 CEST, after the rollback)" is a note with a moment of its own, not a
    rendering."""
    timeline = resolve("# Login outage\n\nLogins failed at 06:40 UTC (08:55 CEST, after the "
                       "rollback, they worked).\n")
    assert [e.written for e in timeline.events if e.clock is not None] == ["06:40 UTC",
                                                                           "08:55 CEST"]


@pytest.mark.parametrize("sentence", [
    "The switch swap will be carried out tomorrow between 22:00 and 23:30 CET.",
    "We will post the next update tonight at 21:00 UTC.",
    "Index rebuilds will run next Sunday from 02:00 to 04:00.",
])
def test_a_time_announced_for_a_day_ahead_is_no_event(sentence: str) -> None:
    """Work announced for a day still to come is none of the incident's moments, and lends
    no day to the times after it."""
    text = (f"# Storage incident, 4 March 2025\n\nAt 14:05 CET the storage cluster failed. "
            f"{sentence}\n\n- 15:20 CET: storage restored\n")
    timeline = resolve(text)
    assert [(e.written, e.local) for e in timeline.events if e.clock is not None] == [
        ("14:05 CET", "2025-03-04T14:05"), ("15:20 CET", "2025-03-04T15:20")]


def test_a_time_the_incident_sentence_says_will_come_stays() -> None:
    """"The outage will end tomorrow at 06:00": a sentence that names the incident keeps its
    time (a forecast the rules weigh), only work announced ahead is dropped."""
    timeline = resolve("# Storage incident, 4 March 2025\n\nAt 14:05 CET the storage cluster "
                       "failed. We expect the outage will end tomorrow at 06:00 CET.\n")
    assert [e.written for e in timeline.events if e.clock is not None] == ["14:05 CET",
                                                                           "06:00 CET"]


STATUS_PAGE = """# Elevated API errors

Mar 6 at 04:30pm UTC

Earlier today at 9:12am EST our API began to time out for most requests.
The API was fully restored at 10:05am EST, after we failed over the primary database.

Mar 6 at 02:10pm UTC

We are investigating elevated error rates.
"""


def test_an_updates_paragraph_tells_its_own_zoned_times() -> None:
    """A status update's paragraph under its stamp tells the account's moments in a zone of
    its own: they are read, with their steps; the stamp is when it was posted."""
    timeline = resolve(STATUS_PAGE)
    assert [(e.line, e.written, e.phase) for e in timeline.events] == [
        (3, "Mar 6 at 04:30pm UTC", "other"), (5, "9:12am EST", "start"),
        (6, "10:05am EST", "resolution"), (8, "Mar 6 at 02:10pm UTC", "acknowledgement")]


@pytest.mark.parametrize("paragraph", [
    "Our API is timing out. We expect it to be restored by 10:05am EST.",
    "Our API is timing out; the next update will follow at 10:05am EST.",
    "Our API is timing out since the failover, and was slow again at 10:05 this morning.",
])
def test_an_updates_forecast_and_bare_clocks_stay_unread(paragraph: str) -> None:
    text = STATUS_PAGE.replace(
        "Earlier today at 9:12am EST our API began to time out for most requests.\nThe API was "
        "fully restored at 10:05am EST, after we failed over the primary database.", paragraph)
    timeline = resolve(text)
    assert [e.line for e in timeline.events] == [3, 7]


@pytest.mark.parametrize("opening", ["**March 3**", "__March 3__", "*March 3*", "March 3"])
def test_a_dated_bullet_in_emphasis_before_a_dash_is_an_entry(opening: str) -> None:
    """"- **March 3** — Rollback planned": a day alone, its emphasis closed before the dash
    that separates it from the words, opens a timeline entry as the bare day does."""
    text = (f"# Cache drift\n\n## Timeline (UTC)\n\n- {opening} — Rollback planned\n"
            "- March 4, 09:10 — Rollback done\n")
    timeline = resolve(text)
    assert [(e.line, e.source) for e in timeline.events] == [(5, "timeline"), (6, "timeline")]


@pytest.mark.parametrize(("sentence", "kept"), [
    ("This ticket will be closed at 16:30 UTC if no errors recur.", []),
    ("We'll post the next update by 15:00 UTC.", []),
    ("The replicas will be rebuilt around 02:00 UTC.", []),
    ("The replicas stay read-only until 18:00 UTC.", []),
    # told as done: read
    ("The replicas were rebuilt at 02:00 UTC.", ["02:00 UTC"]),
    ("The replicas stayed read-only until 18:00 UTC.", ["18:00 UTC"]),
    ("We said we would rebuild the replicas; that work finished at 02:00 UTC.", ["02:00 UTC"]),
])
def test_a_time_something_will_be_done_at_is_no_event(sentence: str, kept: list[str]) -> None:
    """"will be closed at 16:30": a plan told in an update, no moment of what happened."""
    assert _times_after_the_first(f"At 13:05 UTC replica lag rose. {sentence}") == kept


def _times_after_the_first(paragraph: str) -> list[str]:
    """The clock times read in a dated report's one paragraph, after its first."""
    timeline = resolve(f"# Incident report, 2 June 2025\n\n{paragraph}\n")
    return [e.written for e in timeline.events if e.clock is not None][1:]


@pytest.mark.parametrize(("sentence", "kept"), [
    ("The sync task is scheduled every night at 01:30 UTC.", []),
    ("Its CronJob (billing export, daily 04:00) kept failing.", []),
    ("The importer fires at 03:10 UTC each morning.", []),
    ("Snapshots are taken every 6 hours from 00:20 UTC.", []),
    ("The cleanup ran nightly from 22:00 to 23:00 UTC.", []),
    ("Invoices go out at 09:00 UTC on the first Monday of each month.", []),
    # a weekday said in the plural, or weekdays and weekends
    ("Upgrades only run in our window (Tuesdays 06:00 - 08:00 UTC).", []),
    ("Deploys are frozen on weekends from 18:00 UTC.", []),
    ("On Mondays at 07:00 UTC the index is rebuilt.", []),
    # the part of the day and a hedge between the recurrence and its time
    ("The cache is flushed every Sunday night at around 23:30 UTC.", []),
    ("The reports job runs every weekday morning at about 06:15 UTC.", []),
    # the hours of a span of weekdays, and the ranges listed after them
    ("The help line answers Monday to Friday, 8 AM to 6 PM UTC.", []),
    ("Support is staffed Mon-Fri 09:00-17:00 UTC.", []),
    ("Our desk opens Tuesday through Thursday, 9 AM to 11 AM and 2 PM to 4 PM UTC.", []),
    # a moment of the incident: read
    ("The nightly sync failed at 01:30 UTC.", ["01:30 UTC"]),
    ("On Friday, 8 AM UTC, the help line went down.", ["Friday, 8 AM UTC"]),
    ("It failed at 2 PM and 4 PM UTC.", ["2 PM", "4 PM UTC"]),
    ("Every alert after 02:15 UTC went to the old rota.", ["02:15 UTC"]),
    ("The daily export ran late, at 04:40 UTC.", ["04:40 UTC"]),
    ("Two days later, at 04:40 UTC, it failed again.", ["04:40 UTC"]),
])
def test_a_schedules_time_is_no_event(sentence: str, kept: list[str]) -> None:
    """"runs every night at 01:30", "daily 04:00": when something recurs, no moment of the
    incident (nor a day to roll past midnight)."""
    assert _times_after_the_first(f"At 13:05 UTC exports stalled. {sentence}") == kept


@pytest.mark.parametrize(("window", "utc"), [
    # the range's end opens on its day: "UTC - 9 May" is no UTC-9
    ("Window: 8 May 2025 21:00 UTC - 9 May 2025 01:00 UTC",
     ["2025-05-08T21:00:00+00:00", "2025-05-09T01:00:00+00:00"]),
    ("Down from Oct 3 2024 22:40 GMT - 4 Oct 2024 02:10 GMT",
     ["2024-10-03T22:40:00+00:00", "2024-10-04T02:10:00+00:00"]),
    # a spaced offset is still one when no date follows it
    ("Down since Oct 3 2024 22:40 GMT - 4, for an hour",
     ["2024-10-04T02:40:00+00:00"]),
])
def test_a_range_whose_end_opens_on_its_day_after_a_zone(window: str, utc: list[str]) -> None:
    events = resolve(f"# Storage outage\n\n{window}\n").events
    assert [e.utc.isoformat() for e in events if e.clock and e.utc] == utc


@pytest.mark.parametrize(("sentence", "days"), [
    # a sentence that opens on a weekday dates the times it tells
    ("On Monday, the VPN dropped for everyone from 9:10 till 9:50 UTC.",
     ["2025-03-03", "2025-03-03"]),
    ("Last Tuesday the build farm stalled at 16:20 UTC.", ["2025-03-04"]),
    # its possessive, its part of the day; "on" the weekday inside the sentence
    ("Monday's VPN drop began at 9:10 UTC.", ["2025-03-03"]),
    ("Tuesday evening, the build farm stalled at 19:20 UTC.", ["2025-03-04"]),
    ("The build farm on Tuesday stalled at 16:20 UTC.", ["2025-03-04"]),
    ("Power went out Tuesday at 16:20 UTC.", ["2025-03-04"]),
    # a weekday that does not open the sentence, or a number between, says nothing so sure
    ("The VPN, which we patch on Mondays, dropped at 9:10 UTC.", ["2025-03-05"]),
    ("On Monday, after 3 retries, the VPN dropped at 9:10 UTC.", ["2025-03-05"]),
    ("The vendor said Monday that the VPN dropped at 9:10 UTC.", ["2025-03-05"]),
])
def test_a_sentence_opening_on_a_weekday_dates_its_times(sentence: str,
                                                          days: list[str]) -> None:
    text = f"# VPN drops\n\nPosted Wednesday, 5 March 2025.\n\n{sentence}\n"
    events = resolve(text).events
    assert [e.local[:10] for e in events if e.clock is not None] == days


@pytest.mark.parametrize(("below", "kept"), [
    # unticked task boxes: the label's time is when they are due
    ("- [ ] rollback rehearsed\n- [ ] customers told", []),
    ("* [ ] rollback rehearsed\n  on staging first\n* [ ] customers told", []),
    ("1. [ ] rollback rehearsed\n2. [ ] customers told", []),
    # ticked boxes, or plain items: what was done then, an entry
    ("- [x] rollback rehearsed\n- [ ] customers told", ["09:40 UTC"]),
    ("- rollback rehearsed\n- customers told", ["09:40 UTC"]),
])
def test_a_time_over_a_to_do_list_is_when_it_is_due(below: str, kept: list[str]) -> None:
    """"**Go/no-go call (at 09:40 UTC):**" over "- [ ]" boxes: a checkpoint planned, no
    step of the incident (nor one to put the timeline out of order)."""
    text = (f"# Queue outage, 2 June 2025\n\n## Timeline\n\n- 08:10 UTC queue stalled\n\n"
            f"**Go/no-go call (at 09:40 UTC):**\n{below}\n")
    assert [e.written for e in resolve(text).events if e.clock is not None][1:] == kept


@pytest.mark.parametrize(("stamp", "kept"), [
    # a bare stamp: its words' bare clocks share its (missing) day and zone
    ("Update: 6:10pm", ["6:10pm", "6:45pm"]),
    ("**Update**: 6:10pm", ["6:10pm", "6:45pm"]),
    # a stamp with its day and zone: a bare clock in its words may not share them
    ("Update: March 3, 6:10pm UTC", ["March 3, 6:10pm UTC"]),
])
def test_a_bare_clock_in_a_bare_updates_words_is_read(stamp: str, kept: list[str]) -> None:
    """"Update: 4:20pm" over its words, then "Final note: around 4:30pm the issue was
    resolved" with no blank between: the words are the update's text and the later clock
    an event of the account, not dropped as the stamp's words."""
    text = (f"# Mail relay outage\n\nThe relays stopped accepting mail.\n{stamp}\n"
            "We are still working with the host to get the relays back online.\n"
            "Final note: around 6:45pm the relays were restored.\n")
    events = [e for e in resolve(text).events if e.clock is not None]
    assert [e.written for e in events] == kept
    assert events[0].phase == "other"
    if len(kept) > 1:
        assert events[0].text.startswith("Update: We are")
        assert events[1].phase == "resolution"


@pytest.mark.parametrize(("paragraph", "kept"), [
    # a sentence opening on a step later than the time of the sentence before it
    ("At 14:40 UTC the disk filled. Ten minutes later, on-call acknowledged the page.",
     [("14:40 UTC", "2025-06-02T14:40:00+00:00"),
      ("Ten minutes later", "2025-06-02T14:50:00+00:00")]),
    ("Writes failed from 21:35 UTC. 2 hours later the replica was promoted.",
     [("21:35 UTC", "2025-06-02T21:35:00+00:00"),
      ("2 hours later", "2025-06-02T23:35:00+00:00")]),
    # past midnight from a time with no day of its own on the line: not counted
    ("Writes failed from 23:50 UTC. 2 hours later the replica was promoted.",
     [("23:50 UTC", "2025-06-02T23:50:00+00:00")]),
    # later than a plan, or a sentence with no time before it: no step
    ("At 14:40 UTC the disk filled. Ten minutes later than planned, the fix shipped.",
     [("14:40 UTC", "2025-06-02T14:40:00+00:00")]),
    ("At 14:40 UTC the disk filled. Nobody noticed. Ten minutes later, a page went out.",
     [("14:40 UTC", "2025-06-02T14:40:00+00:00")]),
])
def test_a_sentence_opening_on_a_step_later_is_counted_from_the_time_before(
        paragraph: str, kept: list[tuple[str, str]]) -> None:
    """"13 minutes later, the on-call engineer acknowledged": the moment told as a step on
    from the time in the sentence before it, on its day and in its zone."""
    timeline = resolve(f"# Storage outage, 2 June 2025\n\n{paragraph}\n")
    assert [(e.written, e.utc.isoformat() if e.utc else None)
            for e in timeline.events if e.clock is not None] == kept


def test_a_fact_box_of_label_and_value_pairs_side_by_side_reads_its_first_row() -> None:
    """A fact box copied as a table of four columns, label and value twice over: Markdown
    makes its first row the header, but it holds data like the rows below ("| Ticket |
    OPS-88 | Began | 2025-02-11 06:40 |"): its time field is read too. A header of column
    names ("| Time | Event | Owner | Notes |") gives no entry."""
    facts = resolve("# Queue stall\n\n| Ticket | OPS-88 | Began | 2025-02-11 06:40 UTC |\n"
                    "|---|---|---|---|\n| Severity | 2 | Ended | 2025-02-11 07:25 UTC |\n")
    assert [(e.line, e.local, e.phase) for e in facts.events if e.clock is not None] == [
        (3, "2025-02-11T06:40", "start"), (5, "2025-02-11T07:25", "end")]
    heads = resolve("# Queue stall, 2025-02-11\n\n## Timeline\n\n| Time | Event | Owner | Notes |\n"
                    "|---|---|---|---|\n| 06:40 UTC | queue stalls | ops | |\n")
    assert [e.line for e in heads.events if e.clock is not None] == [7]


def test_lines_opening_on_times_under_the_sentence_that_introduces_them_are_entries() -> None:
    """In a timeline's section, "Copied from the on-call channel." and, with no blank line
    between, "06:40 queue stalls", "06:52 ...", "07:25 ...": a log under its introduction,
    each line an entry, not a sentence wrapped onto a time. A single time-led line under a
    sentence stays the sentence's."""
    log = resolve("# Queue stall, 2025-02-11\n\nTimeline\nCopied from the on-call channel.\n"
                  "06:40 consumers stop acknowledging\n06:52 broker restarted by hand\n"
                  "07:25 backlog cleared\n")
    assert [(e.line, e.source) for e in log.events if e.clock is not None] == [
        (5, "timeline"), (6, "timeline"), (7, "timeline")]
    wrapped = resolve("# Queue stall, 2025-02-11\n\nTimeline\nThe broker was restarted at\n"
                      "06:52 by the on-call engineer, who then watched it.\n")
    assert [e.source for e in wrapped.events if e.clock is not None] == ["summary"]


@pytest.mark.parametrize("stamp", ["09:12 UTC | 10:12 CET", "09:12 UTC / 10:12 CET",
                                   "09:12 UTC (10:12 CET)"])
def test_a_stamp_line_in_two_zones_takes_the_words_below_it(stamp: str) -> None:
    """A status history's stamp line giving the time in two zones and nothing else, its
    update's words on the line below: the entry's words are those, not the rendering."""
    timeline = resolve(f"# Login outage, 2025-06-02\n\n## Updates\n{stamp}\n"
                       "We are investigating failed logins.\n09:40 UTC | 10:40 CET\n"
                       "Logins have been fully restored.\n")
    entries = [(e.text, e.phase) for e in timeline.events if e.source == "timeline"]
    assert entries == [("We are investigating failed logins.", "acknowledgement"),
                       ("Logins have been fully restored.", "resolution")]


def test_a_24_hour_time_restated_on_the_12_hour_dial_is_one_event_with_the_zone_after() -> None:
    """"At 15:40 (3:40 PM) PDT it recovered": one moment told twice, the zone after both, its
    step the words after the restatement."""
    timeline = resolve("# Registry outage, 2016-10-03\n\nAt 15:40 (3:40 PM) PDT it recovered.\n")
    found = [(e.written, e.phase, e.zone.label if e.zone else None)
             for e in timeline.events if e.clock is not None]
    assert found == [("15:40", "resolution", "PDT")]


@pytest.mark.parametrize(("line", "kind"), [
    ("Impact Start Date (UTC) 2023-08-14T07:05", "field"),  # a table pasted flat
    ("Resolution Time 2023-08-14 08:45 UTC", "field"),
    ("Start time 2023-08-14 07:05 was chosen for the cut-over.", "prose"),  # words after it
    ("Resolved 2023-08-14 08:45 UTC", "entry"),  # one word: a milestone, not a label
    ("Last updated 2023-08-14 08:45 UTC", "prose"),  # no moment of the incident named
])
def test_a_field_pasted_without_its_colon(line: str, kind: str) -> None:
    events = timeline_from_text(f"# Outage\n\n{line}\n", "t.md").events
    assert [e.kind for e in events if e.clock is not None] == [kind]


def test_a_statement_wrapped_after_two_qualifiers_outranks_a_zone_told_in_passing() -> None:
    # an incident tool's export: the statement wraps before its zone; a vendor's reply in
    # London time further down is no zone of the timeline's
    text = ("# Outage on 12 June 2024\n\n*All times listed in this report are in\n"
            "Mountain Time (US & Canada).\n\nThe vendor answered at 10AM UK time.\n\n"
            "## Timeline\n\n- 10:05 alert\n- 10:40 recovered\n")
    entries = [e for e in resolve(text).events if e.source == "timeline"]
    assert [e.at.utcoffset().total_seconds() // 60 for e in entries if e.at] == [-360, -360]


@pytest.mark.parametrize("line", [
    "On Wed, 12 Mar 2025 at 08:41, Ana Ruiz <ana@example.org> wrote:",
    "On 12/03/2025 08:41, Ana Ruiz wrote:",
    "Le 12 mars 2025 à 08:41, Ana Ruiz a écrit :",
    "Am 12.03.2025 um 08:41 schrieb Ana Ruiz:",
])
def test_a_mail_quote_attribution_tells_no_time_of_the_incident(line: str) -> None:
    # when the quoted message was written: no step, and no clock for tz-missing to count
    text = f"Re: mirror sync stalled\n\n{line}\n> The mirror stopped syncing overnight.\n"
    assert [e for e in resolve(text).events if e.clock is not None] == []


def test_a_sentence_opening_with_on_and_a_time_is_still_read() -> None:
    text = "Re: mirror sync stalled\n\nOn 12 March 2025 at 08:41 UTC the mirror stopped.\n"
    assert [e.written for e in resolve(text).events if e.clock] == ["12 March 2025 at 08:41 UTC"]


PARTS_IN_CODE_BLOCKS = """# Cache cluster outage

**Date:** 2024-09-03 (all times UTC)

## Timeline

### Phase 1: the resize

```
21:02:10  node-a resized
21:04:40  node-b resized
21:07:05  node-c resized
```

### Phase 2: misses climb

| Time | Event |
|---|---|
| 21:10 | hit rate falls to 40% |
| 21:30 | paged |

### Phase 3: recovery (21:40-22:05)

```
21:41:00  cache warmed on node-a
21:52:30  cache warmed on node-b
22:04:10  hit rate back to normal
```

### Logs

```
21:40:58 WARN warm start
21:41:02 WARN warm start
21:41:09 WARN warm start
```
"""


def test_each_parts_code_block_of_a_timeline_told_in_code_blocks_is_read() -> None:
    # the section's entries were put in code blocks, one a part ("### Phase 3"): each part's
    # block holds its entries; the block under "### Logs", a part of no story, stays a log
    lines = [e.line for e in timeline_entries(extract(PARTS_IN_CODE_BLOCKS))]
    assert lines == [10, 11, 12, 19, 20, 25, 26, 27]


def test_a_parts_code_block_after_entries_in_a_list_stays_a_log() -> None:
    # the section's first entries are a table, not a code block: a block below is quoted
    text = PARTS_IN_CODE_BLOCKS.replace(
        "```\n21:02:10  node-a resized\n21:04:40  node-b resized\n21:07:05  node-c resized\n```",
        "- 21:02 node-a resized\n- 21:04 node-b resized\n- 21:07 node-c resized")
    assert [e.line for e in timeline_entries(extract(text))] == [9, 10, 11, 17, 18]


def test_another_step_later_goes_on_from_the_step_above() -> None:
    text = ("# Queue stall on 2024-03-05\n\n## Timeline (UTC)\n\n- 10:02 queue stalls\n"
            "- Twenty minutes later: disk swapped\n- Another ten minutes later: backlog gone\n")
    got = timeline_entries(extract(text))
    assert [(e.line, e.expr.clock.hour, e.expr.clock.minute) for e in got
            if e.expr.clock is not None] == [(5, 10, 2), (6, 10, 22), (7, 10, 32)]


@pytest.mark.parametrize("comma", ["，", ","])
def test_a_chinese_paragraph_of_timed_clauses_is_an_entry_for_each(comma: str) -> None:
    # "处理过程" paragraphs: each sentence opens with its time right after the full stop, the
    # step after a comma
    text = ("# 数据库故障说明\n\n## 处理过程\n\n"
            f"3月5日 14:02{comma}监控发现连接数打满。14:10{comma}确认影响全部用户。"
            f"14:40{comma}服务恢复正常。\n")
    got = timeline_entries(extract(text))
    assert [(e.expr.clock.hour, e.expr.clock.minute) for e in got if e.expr.clock] == [
        (14, 2), (14, 10), (14, 40)]


def test_a_flattened_log_splits_at_a_time_right_after_a_full_stop() -> None:
    text = ("# Web outage on 2022-04-13\n\n## Timeline\n\n"
            "12:00pm EAT: pages time out. 12:06pm EAT: one backend answers. "
            "12:12pm EAT: nginx restarted, resolved.\n")
    got = timeline_entries(extract(text))
    assert [e.expr.written for e in got] == ["12:00pm EAT", "12:06pm EAT", "12:12pm EAT"]


def test_a_chinese_clause_opening_with_its_time_after_a_comma_is_an_entry() -> None:
    text = "# 服务中断说明\n\n## 时间线\n\nUTC 时间 06:02 起错误率上升，06:40 服务恢复。\n"
    got = timeline_entries(extract(text))
    assert [(e.expr.written, e.text) for e in got] == [("UTC 时间 06:02", "起错误率上升"),
                                                      ("06:40", "服务恢复。")]


@pytest.mark.parametrize(("line", "clocks"), [
    ("- 06:05, 06:31 and 07:12 - the scheduler crashed each time", ["06:05", "06:31", "07:12"]),
    ("- 06:05, 06:31, and 07:12: the scheduler crashed", ["06:05", "06:31", "07:12"]),
    ("| 06:05, 06:31 & 07:12 | the scheduler crashed |", ["06:05", "06:31", "07:12"]),
    ("- 06:05 and 06:31 - the scheduler crashed", ["06:05", "06:31"]),
])
def test_a_stamp_listing_several_clocks_is_an_entry_at_each(line: str, clocks: list[str]) -> None:
    head = "| Time | Event |\n|---|---|\n" if line.startswith("|") else ""
    text = f"# Scheduler crash on 2024-05-02\n\nAll times UTC.\n\n## Timeline\n\n{head}{line}\n"
    events = [e for e in resolve(text).events if e.source == "timeline"]
    assert [e.local[11:16] for e in events] == clocks
    assert {e.text for e in events} == {e.text for e in events[:1]}


@pytest.mark.parametrize(("heads", "read"), [
    # a scorecard of the response: target and actual columns, the spans measures took
    ("| Measure | Target | Actual | Met? |", False),
    ("| Metric | SLO (SEV-2) | Observed | Notes |", False),
    # a table of steps and how long each took tells the incident's own moments
    ("| Step | Took | Window | Notes |", True),
])
def test_a_scorecard_of_targets_and_actuals_tells_no_moment_of_the_incident(
        heads: str, read: bool) -> None:
    text = ("# Wrong-recipient email, 9 September 2026\n\nAll times ET.\n\n## Response\n\n"
            f"{heads}\n|---|---|---|---|\n"
            "| Acknowledge | 15 min | 26 min (15:02 to 15:28) | late |\n")
    lines = {e.line for e in resolve(text).events if e.clock is not None}
    assert (9 in lines) is read


@pytest.mark.parametrize("line", [
    "  • 2048 MD5:9e:41:07:3b:c2:18:55:af:06:12:d4:70:9b:33:21:4c (RSA)",
    "- gateway MAC aa:3f:10:45:be:07:30:1c",
])
def test_colon_joined_hex_groups_are_no_clocks(line: str) -> None:
    text = f"# Host key rotation\n\nThe new fingerprints:\n\n{line}\n"
    assert [e.written for e in resolve(text).events if e.clock is not None] == []


def test_an_emoji_shortcode_standing_apart_is_still_masked() -> None:
    text = "## Timeline (UTC)\n\n- 2024-02-03 10:05 :fire: paged :rotating_light::eyes: team\n"
    (event,) = [e for e in resolve(text).events if e.source == "timeline"]
    assert "fire" not in event.text and "paged" in event.text
