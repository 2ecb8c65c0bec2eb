"""Shapes met in real postmortems, each pinned by a small self-written document.

Every case here was found by running pmlint over the public corpus (bench/accuracy.py):
the document below has the same shape, not the same text.
"""

from __future__ import annotations

from pmlint.checks import ALL_RULES
from pmlint.checks.engine import lint
from pmlint.timeline.document import timeline_from_text


def entries(text: str) -> list:
    return [e for e in timeline_from_text(text).events if e.source == "timeline"]


def findings(text: str) -> list[tuple[str, int]]:
    return [(f.rule, f.line) for f in lint(timeline_from_text(text), ALL_RULES)]


def test_date_label_with_colon_dates_the_entries_below() -> None:
    text = "## Timeline\n\nMarch 3, 2021:\n- 10:00 - alert fired\n- 10:20 - fixed\n"
    got = entries(text)
    assert got[0].local == "2021-03-03"
    assert got[1].local == "2021-03-03T10:00"


def test_tilde_is_a_range_separator() -> None:
    events = timeline_from_text("**Duration: 30 mins** (14:20 ~ 14:30 UTC).").events
    assert [e.part for e in events] == ["range-start", "range-end"]


def test_outage_duration_label_is_summary_not_timeline() -> None:
    text = """## Issue Summary
- **Outage Duration:** February 6, 2025, from 02:15 AM to 04:45 AM UTC

## Timeline
- **02:15 AM UTC:** alert fired
- **02:20 AM UTC:** on-call acknowledged
- **04:45 AM UTC:** service restored
"""
    got = entries(text)
    assert [e.line for e in got] == [5, 6, 7]
    assert got[0].local == "2025-02-06T02:15"
    assert findings(text) == []


def test_inline_start_and_end_labels_give_the_phase() -> None:
    text = ("- **Duration**: 10 hrs, Start time: Aug 2, 2024 1:00 PM (GMT+03:00), "
            "End time: Aug 2, 2024 11:00 PM (GMT+03:00)\n")
    events = timeline_from_text(text).events
    assert [e.phase for e in events] == ["start", "end"]
    assert findings(text + "\n## Timeline\n- 1:05 PM: alert fired\n- 11:00 PM: restored\n") \
        == []


def test_stray_space_after_colon_and_bare_hours() -> None:
    got = entries("## Timeline\n[ 4: 45 am PST ] - first deploy\n\n[ 8: 14 am PST ] - report\n")
    assert [e.local for e in got] == ["T04:45", "T08:14"]
    assert not [f for f in findings("We saw 45 am and 33 pm in the logs.")
                if f[0] == "invalid-time"]


def test_underscore_emphasis_around_a_time() -> None:
    assert len(entries("## Timeline\n_5:30 PM_ – tuning began\n_5:50 PM_ – complaint\n")) == 2


def test_html_heading_ends_the_timeline() -> None:
    text = """## Timeline
- 9:30 PM EAT: restart
- 9:40 PM EAT: all systems restored

<h3>Root Cause</h3>
At 8:50 PM EAT, a new table was added without an index.
"""
    assert [e.line for e in entries(text)] == [2, 3]
    assert [f for f in findings(text) if f[0] != "missing-phase"] == []


def test_summary_paragraph_opening_with_a_range_is_not_an_entry() -> None:
    text = """# Summary:
\t11:26-am-GMT until 12:45-pm-GMT, the server always responded with status 500.

# Timeline:
\t11:22-am-GMT - settings changed
\t11:26-am-GMT - users complain
"""
    assert [e.line for e in entries(text)] == [5, 6]
    assert not [f for f in findings(text) if f[0] == "out-of-order"]


def test_recap_section_may_start_over() -> None:
    text = """## Timeline
- **00:12:** restarted Apache
- **00:40:** service fully restored

## Resolution and Recovery
- **00:12:** restarted Apache, status returned 500
- **00:18:** began reviewing error logs
"""
    assert not [f for f in findings(text) if f[0] == "out-of-order"]


def test_sub_labels_inside_a_timeline_keep_one_ordering_scope() -> None:
    text = """Timeline:

Detection:

- 2:00 PM (UTC): monitoring alert
- 2:10 PM (UTC): user reports received

Actions Taken:

- 2:05 PM (UTC): investigation started
- 2:30 PM (UTC): fix deployed
"""
    got = findings(text)
    assert ("out-of-order", 6) in got or ("out-of-order", 10) in got


def test_mixed_zones_are_not_out_of_order() -> None:
    text = "## Timeline\n- 4:00 PM EDT - cause found\n- 4:15 PM CAT - fix applied\n"
    got = findings(text)
    assert ("tz-mixed", 3) in got or ("tz-mixed", 2) in got
    assert not [f for f in got if f[0] == "out-of-order"]


def test_date_heading_between_entries_is_a_new_day_not_a_flip() -> None:
    text = """## 15 May 2024

### 19:26
Community confirms the workshop worked.

## 16 May 2024

### 11:00 AM
Engineers agree not to update the configuration.
"""
    assert not [f for f in findings(text) if f[0] == "ampm-flip"]


def test_a_deploy_after_detection_is_not_the_start() -> None:
    from pmlint.timeline.incident import analyse

    text = """## Timeline
10:15 UTC: users report the search is down
10:30 UTC: engineers investigate
11:00 UTC: a hotfix is deployed
"""
    incident = analyse(timeline_from_text(text))
    assert "start" not in incident.anchors


def test_a_time_takes_the_date_written_later_in_its_sentence() -> None:
    text = ("The outage lasted for 1 hour and 45 minutes, starting at 08:30 AM and ending at "
            "10:15 AM UTC on August 19, 2024.\n\n## Timeline\n- 08:30 AM UTC: alert fired\n"
            "- 10:15 AM UTC: service restored\n")
    events = timeline_from_text(text).events
    assert events[0].local == "2024-08-19T08:30"
    assert any("written after this time" in note for note in events[0].assumed)
    assert [f for f in findings(text) if f[0] == "duration-mismatch"] == []


def test_dated_and_undated_times_are_never_compared() -> None:
    """No '8990 days': a time without a date is not measured against a dated one."""
    text = ("Duration: 2 hours, from 9:00 AM to November 3, 2024 11:00 AM UTC.\n\n"
            "## Timeline\n- 9:00 AM UTC: alert\n- 11:00 AM UTC: restored\n")
    assert not [f for f in findings(text) if f[0] in ("duration-mismatch", "summary-mismatch",
                                                       "end-before-start")]
