"""One document's section of the report, in words: a pure function of its reading."""

from __future__ import annotations

from collections import Counter

from pmlint.checks.base import SEVERITY_RANK, Finding
from pmlint.report.clock import Moment, PageClock
from pmlint.report.figure import row_id, timeline_figure
from pmlint.report.model import (
    AnchorView,
    Correction,
    DocumentView,
    FindingRef,
    FindingView,
    MetricCard,
    Row,
    WindowView,
)
from pmlint.report.reading import DocumentReading, Placed, axis_kind
from pmlint.report.title import document_title
from pmlint.timeline.incident import Anchor, Metric
from pmlint.timeline.model import Event
from pmlint.timeline.reading import same_axis, stated_window
from pmlint.timeline.render import format_seconds
from pmlint.timeline.structure import line_roles

SEVERITIES = ("error", "warning", "info")
CARD_TITLES = {
    "mttd": ("MTTD", "Time to detect"),
    "mtta": ("MTTA", "Time to acknowledge"),
    "mtte": ("MTTE", "Time to escalate"),
    "mttm": ("MTTM", "Time to mitigate"),
    "mttr": ("MTTR", "Time to resolve"),
}
SOURCE_WIDTH = 220
TITLE_FIELDS = ("title", "incident title", "incident name", "name", "subject")


def document_view(doc: DocumentReading, doc_id: str) -> DocumentView:
    events = doc.timeline.events
    placed = doc.placed
    moments = tuple(_moment(e, p, doc.clock) for e, p in zip(events, placed, strict=True))
    by_event = {id(e): i for i, e in enumerate(events)}
    findings = _findings(doc.findings, events, doc.timeline.lines, doc_id)
    refs: dict[str, list[FindingRef]] = {}
    for f in findings:
        if f.row_id is not None:
            refs.setdefault(f.row_id, []).append(FindingRef(f.id, f.severity, f.code, f.rule))
    anchored: dict[int, list[str]] = {}
    for phase, anchor in doc.incident.anchors.items():
        anchored.setdefault(by_event[id(anchor.event)], []).append(phase)
    rows = tuple(
        Row(row_id(doc_id, i), e.line, e.column, e.written, e.text, e.source, e.kind,
            e.phase, e.also, moments[i], _correction(e, placed[i], doc.clock),
            e.assumed, tuple(anchored.get(i, ())), tuple(refs.get(row_id(doc_id, i), ())))
        for i, e in enumerate(events))

    def anchor_view(anchor: Anchor | None) -> AnchorView | None:
        if anchor is None:
            return None
        i = by_event[id(anchor.event)]
        return AnchorView(anchor.phase, anchor.event.line, anchor.event.written,
                          row_id(doc_id, i), moments[i])

    cards = tuple(_card(m, anchor_view(doc.incident.anchors.get(m.from_phase)),
                        anchor_view(doc.incident.anchors.get(m.to_phase)))
                  for m in doc.incident.metrics)
    counts = Counter(f.severity for f in doc.findings)
    start = doc.incident.anchors.get("start")
    return DocumentView(
        id=doc_id, path=doc.path, title=_title(doc), zone=doc.clock.label,
        zone_meaning=doc.clock.zone.meaning if doc.clock.zone is not None else "",
        window=_window(doc, moments, doc_id), cards=cards,
        figure=timeline_figure(doc, doc_id), rows=rows, findings=findings,
        counts=tuple((s, counts[s]) for s in SEVERITIES),
        date=_date(doc, moments, by_event[id(start.event)] if start else None))


def _moment(event: Event, placed: Placed, clock: PageClock) -> Moment:
    """pmlint's reading of an entry, on the page clock when it is a known instant."""
    if placed.minutes is None or not event.local:
        return Moment(f"not read ({event.written})", "", "", "not a time pmlint can place")
    if event.clock is None:
        iso = event.local if axis_kind(event) == "dated" else ""
        return Moment(event.local, "", iso, "a date without a time of day")
    return _clock_for(event, clock).moment(placed.minutes)


def _clock_for(event: Event, clock: PageClock) -> PageClock:
    if event.at is not None:
        return clock if clock.real else PageClock(event.zone, "dated")
    zone = event.zone if event.zone is not None and event.zone.fixed else None
    if zone is None and event.zone is not None:
        zone = event.zone  # a DST-following zone without a date: shown as written
    return PageClock(zone, axis_kind(event))


def _correction(event: Event, placed: Placed, clock: PageClock) -> Correction | None:
    if placed.written_minutes is None:
        return None
    written = _clock_for(event, clock).moment(placed.written_minutes)
    return Correction(placed.kind, placed.reading, written)


def _findings(findings: tuple[Finding, ...], events: tuple[Event, ...],
              lines: tuple[str, ...], doc_id: str) -> tuple[FindingView, ...]:
    """Each finding with the row of the timestamp it points at; by severity, then place."""
    on_line: dict[int, list[int]] = {}
    for i, e in enumerate(events):
        on_line.setdefault(e.line, []).append(i)

    def row_for(line: int | None, column: int | None) -> str | None:
        if line is None or line not in on_line:
            return None
        candidates = on_line[line]
        before = [i for i in candidates if column is not None and events[i].column <= column]
        return row_id(doc_id, before[-1] if before else candidates[0])

    ordered = sorted(findings, key=lambda f: (-SEVERITY_RANK[f.severity], f.line, f.column,
                                              f.code, f.message))
    return tuple(FindingView(f"{doc_id}-f{n}", f.severity, f.rule, f.code, f.line, f.column,
                             f.message, f.suggestion, row_for(f.line, f.column),
                             f.related_line, row_for(f.related_line, None),
                             _source_line(lines, f.line, f.column, f.end_column),
                             f.fix.applicability if f.fix is not None else None)
                 for n, f in enumerate(ordered, start=1))


def _source_line(lines: tuple[str, ...], line: int, column: int, end_column: int
                 ) -> tuple[str, str, str]:
    """The line a finding points at, split around the part it flags (before, flagged,
    after), cut to a window around that part when the line is long."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    start = max(0, min(column - 1, len(text)))
    end = max(start, min(end_column - 1, len(text)))
    lead = len(text) - len(text.lstrip())
    first = max(lead, min(start, end) - SOURCE_WIDTH // 3) if len(text) > SOURCE_WIDTH else lead
    last = min(len(text), first + SOURCE_WIDTH)
    before = ("…" if first > lead else "") + text[first:start]
    after = text[end:last].rstrip() + ("…" if last < len(text.rstrip()) else "")
    return before, text[start:min(end, last)], after


def _card(metric: Metric, start: AnchorView | None, end: AnchorView | None) -> MetricCard:
    name, title = CARD_TITLES.get(metric.name, (metric.name.upper(), metric.name))
    value = format_seconds(metric.seconds) if metric.seconds is not None else None
    written = (format_seconds(metric.as_written_seconds)
               if metric.disputed and metric.as_written_seconds is not None else None)
    return MetricCard(name, title, metric.from_phase, metric.to_phase, value, metric.reason,
                      metric.disputed, written, start, end)


def _window(doc: DocumentReading, moments: tuple[Moment, ...], doc_id: str) -> WindowView:
    window = stated_window(doc.timeline)
    events = doc.timeline.events
    index = {id(e): i for i, e in enumerate(events)}

    def view(event: Event | None, phase: str) -> AnchorView | None:
        if event is None:
            return None
        i = index[id(event)]
        return AnchorView(phase, event.line, event.written, row_id(doc_id, i), moments[i])

    length = None
    if window.start is not None and window.end is not None \
            and same_axis(window.start, window.end):
        first = doc.placed[index[id(window.start)]].minutes
        last = doc.placed[index[id(window.end)]].minutes
        if first is not None and last is not None:
            length = (format_seconds((last - first) * 60) if last >= first
                      else "the end is before the start")
    durations = tuple((d.line, d.written) for d in doc.timeline.durations)
    return WindowView(view(window.start, "start"), view(window.end, "end"), length, durations)


def _title(doc: DocumentReading) -> str:
    timeline = doc.timeline
    for name in TITLE_FIELDS:
        value = next((f.value.strip() for f in timeline.fields
                      if f.name == name and f.value.strip()), None)
        if value:
            return value
    lines = list(timeline.lines[:200])
    roles = line_roles("\n".join(lines), lines)
    headings = frozenset(n for n, role in enumerate(roles, start=1) if role.role == "heading")
    return document_title(lines, frozenset(f.line for f in timeline.fields), doc.path,
                          headings)


def _date(doc: DocumentReading, moments: tuple[Moment, ...], start: int | None) -> str | None:
    """The incident's date on its own clock: its start, else its first full date."""
    candidates = ([start] if start is not None else []) + list(range(len(moments)))
    for i in candidates:
        event = doc.timeline.events[i]
        if axis_kind(event) == "dated" and moments[i].page[:4].isdigit():
            return moments[i].page[:10]
    return None
