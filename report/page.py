"""The whole report from the documents' readings: a pure function to `Page`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from pmlint.report.charts import corpus_charts
from pmlint.report.document_view import SEVERITIES, document_view
from pmlint.report.model import DocumentView, IndexRow, Page, Unreadable
from pmlint.report.reading import DocumentReading
from pmlint.timeline.incident import to_record


def build_page(readings: Sequence[DocumentReading], unreadable: Sequence[Unreadable] = ()
               ) -> Page:
    """One document: its section alone. Several: an index, corpus charts, a section each."""
    documents = tuple(document_view(r, f"d{n}") for n, r in enumerate(readings, start=1))
    totals = Counter(f.severity for r in readings for f in r.findings)
    counts = tuple((s, totals[s]) for s in SEVERITIES)
    if len(documents) == 1 and not unreadable:
        return Page(documents[0].title, documents, (), None, counts, ())
    records = [to_record(r.incident) for r in readings]
    charts = None
    if records:
        from pmlint.timeline import corpus

        charts = corpus_charts(records, corpus.aggregate(records), corpus.coverage(records))
    index = tuple(_index_row(d, r) for d, r in zip(documents, readings, strict=True))
    noun = "incident" if len(documents) == 1 else "incidents"
    return Page(f"{len(documents)} {noun}", documents, index, charts, counts,
                tuple(unreadable))


def _index_row(view: DocumentView, reading: DocumentReading) -> IndexRow:
    metrics = {m.name: m for m in reading.incident.metrics}
    cards = {c.name.lower(): c for c in view.cards}

    def value(name: str) -> tuple[str | None, bool]:
        card = cards.get(name)
        metric = metrics.get(name)
        if card is None or metric is None:
            return None, False
        return card.value, metric.disputed

    mttd, mttd_disputed = value("mttd")
    mttr, mttr_disputed = value("mttr")
    return IndexRow(view.id, view.title, view.path, view.date, view.counts, mttd,
                    mttd_disputed, mttr, mttr_disputed)
