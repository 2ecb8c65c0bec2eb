"""Lay out one incident's timeline on a single time axis: a pure function to `Figure`.

Top to bottom: the axis (page clock, with UTC labels for the switch), flags for the phase
anchors (start, detection, acknowledgement, escalation, mitigation, resolution, end), the
stated impact window, one band per metric (start → detection for MTTD, ...), the entries
as written where pmlint corrected them, and every entry where pmlint reads it. A corrected
entry's two places are joined by an arrow.
"""

from __future__ import annotations

from pmlint.report.clock import PageClock
from pmlint.report.figure_model import Arrow, Band, Figure, Lane, Marker, Point
from pmlint.report.reading import DocumentReading
from pmlint.report.time_axis import TimeAxis, build_axis
from pmlint.timeline.incident import Anchor
from pmlint.timeline.model import Event
from pmlint.timeline.reading import stated_window
from pmlint.timeline.render import format_seconds

WIDTH = 960.0
LEFT = 128.0  # lane labels stand before the plot
RIGHT = WIDTH - 28.0
AXIS_Y = 44.0
FLAG_ROW = 19.0
BAND_LANE = 30.0
POINT_LANE = 30.0
TRACK = 6.0  # vertical room per correction arrow, so parallel arrows do not overlap
MAX_TRACKS = 8
CHAR = 6.6  # an average glyph at the figure's 11-12 px font, to keep labels apart
MAX_POINT_ROWS = 7
PHASE_LABELS = {
    "start": "Start", "detection": "Detected", "acknowledgement": "Acknowledged",
    "escalation": "Escalated", "mitigation": "Mitigated", "resolution": "Resolved",
    "end": "Stated end",
}
SHORT = {"start": "start", "detection": "detect", "acknowledgement": "ack",
         "escalation": "escalate", "mitigation": "mitigate", "resolution": "resolve",
         "end": "end"}
BAND_TITLES = {"mttd": "MTTD", "mtta": "MTTA", "mtte": "MTTE", "mttm": "MTTM", "mttr": "MTTR"}


def row_id(doc_id: str, index: int) -> str:
    return f"{doc_id}-e{index}"


def timeline_figure(doc: DocumentReading, doc_id: str) -> Figure:
    events = doc.timeline.events
    axis = sorted(doc.on_axis)
    fid = f"{doc_id}-figure"
    if not axis:
        return Figure(fid, WIDTH, 60.0, LEFT, RIGHT, AXIS_Y, AXIS_Y, AXIS_Y, (), (), (), (), (),
                      (), False, "No timestamps to draw.",
                      empty="Nothing to draw: the document gives no time pmlint could read.")
    placed = {p.index: p for p in doc.placed}
    anchors = {phase: (anchor, _index_of(doc, anchor.event))
               for phase, anchor in doc.incident.anchors.items()}
    anchors = {k: v for k, v in anchors.items() if v[1] in doc.on_axis}
    window = stated_window(doc.timeline)
    window_ends = [_index_of(doc, e) for e in (window.start, window.end) if e is not None]
    window_ends = [i for i in window_ends if i in doc.on_axis]

    settled = [m for i in axis if (m := placed[i].minutes) is not None]
    settled.extend(a.minutes for a, _ in anchors.values())
    written = [m for i in axis if (m := placed[i].written_minutes) is not None]
    clock = doc.clock
    timed = any(events[i].clock is not None for i in axis)
    scale = build_axis(settled, written, clock, timed, LEFT, RIGHT)
    ticks = scale.ticks
    markers, flag_rows = _markers(anchors, scale, clock, doc_id)
    y = AXIS_Y + 8 + flag_rows * FLAG_ROW + 6
    lanes: list[Lane] = []
    bands: list[Band] = []

    if len(window_ends) == 2:
        start, end = (placed[i].minutes for i in window_ends)
        assert start is not None and end is not None
        length = format_seconds((end - start) * 60) if end >= start else "ends before it starts"
        lines = sorted({events[i].line for i in window_ends})
        where = ("lines " if len(lines) > 1 else "line ") + "–".join(str(n) for n in lines)
        lanes.append(Lane(y, BAND_LANE, "Stated impact", where))
        bands.append(Band(*_span(scale, start, end), y + 7, BAND_LANE - 14, "impact",
                          f"stated impact, {length}"))
        y += BAND_LANE
    for metric in doc.incident.metrics:
        first = anchors.get(metric.from_phase)
        second = anchors.get(metric.to_phase)
        if metric.seconds is None or first is None or second is None:
            continue
        name = BAND_TITLES.get(metric.name, metric.name)
        lanes.append(Lane(y, BAND_LANE, name, f"{SHORT[metric.from_phase]} → "
                                              f"{SHORT[metric.to_phase]}"))
        label = f"{name} {format_seconds(metric.seconds)}" + (
            " · disputed" if metric.disputed else "")
        bands.append(Band(*_span(scale, first[0].minutes, second[0].minutes), y + 7,
                          BAND_LANE - 14, metric.name, label, metric.disputed))
        y += BAND_LANE

    corrected = [placed[i] for i in axis if placed[i].written_minutes is not None]
    ghost_y = y + POINT_LANE / 2 + 4
    points: list[Point] = []
    tracks: dict[int, float] = {}
    if corrected:
        lanes.append(Lane(y, POINT_LANE, "As written", "before correction"))
        for p in corrected:
            event = events[p.index]
            assert p.written_minutes is not None
            points.append(Point(scale(p.written_minutes), ghost_y, event.line,
                                str(event.line), f"line {event.line} as written: "
                                f"{event.written} "
                                f"({clock.moment(p.written_minutes).page})",
                                row_id(doc_id, p.index), event.source, ghost=True))
        y += POINT_LANE
        count = min(len(corrected), MAX_TRACKS)
        tracks = {p.index: y + 4 + (n % count) * TRACK for n, p in enumerate(corrected)}
        y += 4 + count * TRACK

    rows = _stack([(scale(placed[i].minutes or 0.0), _label_width(str(events[i].line)), i)
                   for i in axis])
    row_count = max((row for row, _ in rows.values()), default=0) + 1
    lanes.append(Lane(y, POINT_LANE * row_count, "Entries",
                      f"{len(axis)} timestamp{'s' if len(axis) != 1 else ''}"))
    arrows: list[Arrow] = []
    for i in axis:
        event = events[i]
        p = placed[i]
        x = scale(p.minutes or 0.0)
        row, labelled = rows[i]
        py = y + POINT_LANE / 2 + row * POINT_LANE - 2
        moment = clock.moment(p.minutes or 0.0).page
        points.append(Point(x, py, event.line, str(event.line) if labelled else "",
                            f"line {event.line}: {event.written} ({moment}) {event.text}"
                            .strip(), row_id(doc_id, i), event.source))
        if p.written_minutes is not None:
            arrows.append(Arrow(scale(p.written_minutes), ghost_y + 6, x, py - 7, p.kind,
                                event.line, tracks[i]))
    y += POINT_LANE * row_count
    plot_bottom = y + 4

    corrected_count = len(corrected)
    drawn = [placed[i].minutes for i in axis if placed[i].minutes is not None]

    def shown(minutes: float) -> str:
        text = clock.moment(minutes).page
        return text if timed else text.split(" ")[0]

    summary = (f"{len(axis)} timestamp{'s' if len(axis) != 1 else ''} from "
               f"{shown(min(drawn))} to {shown(max(drawn))}"
               + (f"; phase markers: {', '.join(m.label for m in markers)}" if markers else "")
               + (f"; {corrected_count} corrected entr{'y' if corrected_count == 1 else 'ies'}"
                  " drawn where written and where they belong" if corrected_count else "")
               + ".")
    left_out = tuple(sorted({e.line for i, e in enumerate(events)
                             if i not in doc.on_axis and e.clock is not None}))
    return Figure(fid, WIDTH, plot_bottom + 8, LEFT, RIGHT, AXIS_Y, AXIS_Y + 4, plot_bottom,
                  ticks, tuple(lanes), tuple(bands), tuple(markers), tuple(points),
                  tuple(arrows), clock.real, summary, left_out=left_out,
                  axis_spans=tuple((seg.x1, seg.x2) for seg in scale.segments),
                  breaks=scale.breaks)


def _span(scale: TimeAxis, start: float, end: float) -> tuple[float, float]:
    x1, x2 = sorted((scale(start), scale(end)))
    return x1, max(x2, x1 + 3)


def _index_of(doc: DocumentReading, event: Event) -> int:
    return next(i for i, e in enumerate(doc.timeline.events) if e is event)


def _markers(anchors: dict[str, tuple[Anchor, int]], scale: TimeAxis, clock: PageClock,
             doc_id: str) -> tuple[list[Marker], int]:
    """A flag per phase anchor, stacked in rows so no two labels overlap."""
    order = list(PHASE_LABELS)
    items = sorted(anchors.items(), key=lambda kv: (kv[1][0].minutes, order.index(kv[0])))
    row_ends: list[float] = []
    markers: list[Marker] = []
    for phase, (anchor, index) in items:
        x = scale(anchor.minutes)
        label = PHASE_LABELS[phase]
        width = _label_width(label) + 16
        left = x - width if x + width > RIGHT + 20 else x
        row = next((n for n, end in enumerate(row_ends) if end + 6 <= left), len(row_ends))
        if row == len(row_ends):
            row_ends.append(0.0)
        row_ends[row] = left + width
        markers.append(Marker(x, phase, label, AXIS_Y + 8 + row * FLAG_ROW + FLAG_ROW / 2,
                              anchor.event.line, row_id(doc_id, index),
                              clock.moment(anchor.minutes).page, label_end=left < x))
    return markers, len(row_ends)


def _stack(items: list[tuple[float, float, int]]) -> dict[int, tuple[int, bool]]:
    """A row for each labelled point so labels in one row do not overlap (greedy, by x);
    where every row is taken, the point goes in the row that frees first, unlabelled (its
    tooltip and the table still name it)."""
    rows: dict[int, tuple[int, bool]] = {}
    ends: list[float] = []
    for x, width, key in sorted(items):
        left = x - width / 2
        row = next((n for n, end in enumerate(ends) if end + 3 <= left), None)
        if row is None and len(ends) < MAX_POINT_ROWS:
            row = len(ends)
            ends.append(0.0)
        if row is None:
            rows[key] = (min(range(len(ends)), key=lambda n: ends[n]), False)
            continue
        ends[row] = x + width / 2
        rows[key] = (row, True)
    return rows


def _label_width(text: str) -> float:
    return max(len(text) * CHAR + 6, 14.0)
