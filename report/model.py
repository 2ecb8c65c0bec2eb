"""What the report page shows, as plain frozen data: the templates only lay it out.

Everything here is already in words and pixels (times on the page's clock and in UTC,
durations as "2 h 30 min", positions in the drawing), so the HTML layer decides nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from pmlint.report.charts import CorpusCharts
from pmlint.report.clock import Moment
from pmlint.report.figure_model import Figure


@dataclass(frozen=True)
class FindingView:
    """A finding, with the table row it belongs to (None: it belongs to no entry)."""

    id: str
    severity: str
    rule: str
    code: str
    line: int
    column: int
    message: str
    suggestion: str | None
    row_id: str | None
    related_line: int | None
    related_row_id: str | None
    source: tuple[str, str, str]  # its line as written: before, the flagged part, after
    fixable: str | None = None  # "safe" (pmlint check --fix), "unsafe" (--unsafe-fixes), None


@dataclass(frozen=True)
class FindingRef:
    id: str
    severity: str
    code: str
    rule: str


@dataclass(frozen=True)
class Correction:
    """An entry pmlint reads differently from how it is written."""

    kind: str  # "AM/PM" | "carried day" | "rollover"
    reading: str  # what pmlint reads instead: "10:45 PM", "the day before", "the next day"
    written: Moment  # where the entry stands as written


@dataclass(frozen=True)
class Row:
    """One timestamp in the document: one row of the entry table."""

    id: str
    line: int
    column: int
    written: str
    text: str
    source: str  # timeline | summary
    kind: str  # entry | field | prose
    phase: str
    also: tuple[str, ...]
    moment: Moment  # pmlint's reading (corrected when `correction` is set)
    correction: Correction | None
    assumed: tuple[str, ...]
    anchors: tuple[str, ...]  # the phases this entry anchors
    findings: tuple[FindingRef, ...]


@dataclass(frozen=True)
class AnchorView:
    phase: str
    line: int
    written: str
    row_id: str | None
    moment: Moment


@dataclass(frozen=True)
class MetricCard:
    name: str  # "MTTD"
    title: str  # "Time to detect"
    from_phase: str
    to_phase: str
    value: str | None  # "2 h 30 min"; None when it cannot be computed
    reason: str | None  # why it is None
    disputed: bool
    as_written: str | None  # the value on the entries as written, when disputed
    start: AnchorView | None
    end: AnchorView | None


@dataclass(frozen=True)
class WindowView:
    """The impact window the document states, and the durations it gives."""

    start: AnchorView | None
    end: AnchorView | None
    length: str | None
    durations: tuple[tuple[int, str], ...]  # (line, "3 hours")


@dataclass(frozen=True)
class DocumentView:
    id: str  # prefix of every id in its section: "d1"
    path: str
    title: str
    zone: str  # the page clock: "EST", "as written (no zone stated)"
    zone_meaning: str
    window: WindowView
    cards: tuple[MetricCard, ...]
    figure: Figure
    rows: tuple[Row, ...]
    findings: tuple[FindingView, ...]  # by severity, then position
    counts: tuple[tuple[str, int], ...]  # (severity, count), error first
    date: str | None  # the incident's date on its own clock, for the index


@dataclass(frozen=True)
class IndexRow:
    doc_id: str
    title: str
    path: str
    date: str | None
    counts: tuple[tuple[str, int], ...]
    mttd: str | None
    mttd_disputed: bool
    mttr: str | None
    mttr_disputed: bool


@dataclass(frozen=True)
class Unreadable:
    path: str
    error: str


@dataclass(frozen=True)
class Page:
    """The whole report: one document, or an index, corpus charts and a section each."""

    title: str
    documents: tuple[DocumentView, ...]
    index: tuple[IndexRow, ...]  # empty for a single document
    charts: CorpusCharts | None  # for several documents
    counts: tuple[tuple[str, int], ...]
    unreadable: tuple[Unreadable, ...]
