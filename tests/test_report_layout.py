"""The report's pure parts: the page clock, the time axis, the drawing's geometry, titles,
corpus charts, and which row a finding belongs to."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pmlint.checks import ALL_RULES
from pmlint.checks.engine import lint
from pmlint.report.charts import corpus_charts
from pmlint.report.clock import EPOCH, PageClock
from pmlint.report.document_view import document_view
from pmlint.report.figure import timeline_figure
from pmlint.report.reading import read_document
from pmlint.report.time_axis import build_axis
from pmlint.report.title import document_title
from pmlint.timeline.document import read_timeline, timeline_from_text
from pmlint.timeline.incident import analyse, to_record
from pmlint.timeline.zones import parse_zone_option

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
OWN = ROOT / "fixtures" / "report"


def minutes(text: str) -> float:
    return (dt.datetime.fromisoformat(text) - EPOCH).total_seconds() / 60


def reading(path: Path):  # type: ignore[no-untyped-def]
    timeline = read_timeline(str(path))
    return read_document(str(path), timeline, lint(timeline, ALL_RULES))


def test_the_page_clock_shows_an_instant_in_its_zone_and_in_utc() -> None:
    est = PageClock(parse_zone_option("EST"))
    shown = est.moment(minutes("2023-05-11T02:45:00+00:00"))
    assert (shown.page, shown.utc, shown.iso) == (
        "2023-05-10 21:45 EST", "2023-05-11 02:45 UTC", "2023-05-11T02:45:00Z")
    denver = PageClock(parse_zone_option("America/Denver"))
    assert denver.moment(minutes("2022-06-10T20:00:00+00:00")).page == "2022-06-10 14:00 MDT"
    assert denver.moment(minutes("2022-12-10T20:00:00+00:00")).page == "2022-12-10 13:00 MST"
    wall = PageClock(None, "undated")
    undated = wall.moment(minutes("2000-01-02T14:05:00+00:00"))
    assert undated.page == "day 2, 14:05 (no date)" and undated.utc == ""


def test_far_written_readings_stand_beyond_a_break() -> None:
    clock = PageClock(parse_zone_option("UTC"))
    settled = [0.0, 60.0, 180.0]
    axis = build_axis(settled, [720.0, 780.0], clock, True, 100.0, 900.0)
    assert len(axis.segments) == 2 and len(axis.breaks) == 1
    xs = [axis(m) for m in (0.0, 60.0, 180.0, 720.0, 780.0)]
    assert xs == sorted(xs)
    assert axis.main.x2 - axis.main.x1 > 600  # the incident keeps the width
    assert axis.breaks[0].note == "≈9 h later"
    near = build_axis(settled, [240.0], clock, True, 100.0, 900.0)
    assert len(near.segments) == 1 and not near.breaks


def test_ticks_fall_on_round_times_of_the_page_clock() -> None:
    clock = PageClock(parse_zone_option("EST"))
    start = minutes("2023-05-11T02:45:00+00:00")
    axis = build_axis([start, start + 180], [], clock, True, 100.0, 900.0)
    labels = [t.page for t in axis.ticks if not t.edge]
    assert labels[0] == "22:00" and "00:00" in labels
    assert all(label.endswith(("00", "30")) for label in labels)
    days = [t.day_page for t in axis.ticks if t.day_page]
    assert days == ["Wed 10 May 2023", "Thu 11 May 2023"]


def test_the_drawing_of_seed_003() -> None:
    doc = reading(SEEDS / "003_1eee0c03998c6125.txt")
    figure = timeline_figure(doc, "d1")
    assert {m.phase for m in figure.markers} == set(doc.incident.anchors)
    assert sorted(a.line for a in figure.arrows) == [14, 15, 16]
    ghosts = {p.line: p.x for p in figure.points if p.ghost}
    entries = {p.line: p.x for p in figure.points if not p.ghost}
    assert all(ghosts[line] > entries[line] for line in (14, 15, 16))  # written 12 h later
    assert figure.breaks and figure.real_time
    bands = {b.kind: b for b in figure.bands}
    assert bands["mttr"].disputed and not bands["mttd"].disputed
    assert bands["impact"].x1 == entries[11]  # the stated start, 21:45, is the detection


def test_a_rollover_is_drawn_where_written_a_day_before() -> None:
    doc = reading(OWN / "overnight-rollover.md")
    rolled = [p for p in doc.placed if p.kind]
    assert [(doc.timeline.events[p.index].line, p.kind) for p in rolled] == [(12, "rollover")]
    assert rolled[0].minutes is not None and rolled[0].written_minutes is not None
    assert rolled[0].minutes - rolled[0].written_minutes == 1440


def test_the_normaliser_records_a_rollover() -> None:
    timeline = timeline_from_text("## Timeline (UTC)\n- 2024-01-01 23:50: alert\n"
                                  "- 00:10: fixed\n- 00:20: closed\n")
    assert [e.rolled_days for e in timeline.events] == [0, 1, 0]


def test_a_finding_on_a_line_without_a_timestamp_belongs_to_no_row() -> None:
    view = document_view(reading(SEEDS / "004_8460bb05d704166c.txt"), "d1")
    rows = {f.rule: f.row_id for f in view.findings}
    assert rows["encoding"] is None
    assert rows["invalid-time"] == next(r.id for r in view.rows if r.line == 7)
    encoding = next(f for f in view.findings if f.rule == "encoding")
    assert encoding.source[1] == "â€”"


def test_findings_are_ordered_by_severity_then_place() -> None:
    view = document_view(reading(SEEDS / "003_1eee0c03998c6125.txt"), "d1")
    assert [(f.severity, f.line) for f in view.findings] == [
        ("error", 14), ("error", 15), ("error", 16), ("warning", 3), ("warning", 3)]


@pytest.mark.parametrize(("lines", "title"), [
    (["# Issue Summary", "", "Duration: 3 hours", "## Timeline"], "Issue Summary"),
    (["", "Postmortem", "", "Postmortem IR-34: Data Purged", "Status  resolved"],
     "Postmortem IR-34: Data Purged"),
    (["CE1002 - Escalation", "=====", "Customer: Keystone"], "CE1002 - Escalation"),
    (["Duration: 2 hours", "Impact: all users"], "pm.md"),
])
def test_the_title_is_the_first_specific_heading_above_the_fields(lines: list[str],
                                                                 title: str) -> None:
    fields = frozenset(n for n, line in enumerate(lines, start=1)
                       if ": " in line and not line.startswith(("#", "Postmortem IR")))
    headings = frozenset(n for n, line in enumerate(lines, start=1) if line.startswith("#"))
    assert document_title(lines, fields, "docs/pm.md", headings) == title


def test_corpus_charts_count_every_incident_once() -> None:
    records = [to_record(analyse(read_timeline(str(p))))
               for p in [*sorted(SEEDS.glob("*.txt")), *sorted(OWN.glob("*.md"))]]
    charts = corpus_charts(records, {}, {})
    for histogram in charts.histograms:
        key = histogram.metric.lower()
        assert sum(b.count for b in histogram.bars) == sum(
            1 for r in records if r[f"{key}_seconds"] is not None)
    trend = charts.trend
    assert trend is not None
    months = [b.label.split(":")[0] for b in trend.bars]
    assert months[0] == "2022-06" and months[-1] == "2024-08" and len(months) == 27
    assert sum(b.count for b in trend.bars) == len(records) - trend.undated
