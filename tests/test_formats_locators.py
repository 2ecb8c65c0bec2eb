"""Locators lead a person to the right place in the source document.

A DOCX is opened with python-docx at the paragraph, or the table, row and cell, that a
finding or an event names, and the quoted text must be there. In HTML the source line and
column must hold the element the quote came from.
"""

from __future__ import annotations

import io
import tomllib
from pathlib import Path

import pytest
from formats_build import to_docx, to_gdocs_html

from pmlint.checks import ALL_RULES
from pmlint.checks.engine import lint
from pmlint.timeline.document import timeline_from_source
from pmlint.timeline.locator import Locator
from pmlint.timeline.readers import document_from_bytes

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted([*(ROOT / "fixtures" / "seeds").glob("*.txt"),
                  *(ROOT / "fixtures" / "formats").glob("*.md")])


def docx_text_at(document: object, locator: Locator) -> str:
    """The text python-docx shows at the locator: `Paragraph.text`, or a cell's paragraphs,
    plus what a date picker (content control) shows, which python-docx leaves out."""
    if locator.table is not None:
        table = document.tables[locator.table - 1]  # type: ignore[attr-defined]
        cell = table.rows[locator.row - 1].cells[locator.cell - 1]
        return "\n".join(shown(p) for p in cell.paragraphs)
    assert locator.paragraph is not None, locator
    return shown(document.paragraphs[locator.paragraph - 1])  # type: ignore[attr-defined]


def shown(paragraph: object) -> str:
    element = paragraph._p  # type: ignore[attr-defined]
    if not element.xpath(".//w:sdt"):
        return str(paragraph.text)  # type: ignore[attr-defined]
    return "".join("\n" if node.tag.endswith("}br") else node.text or ""
                   for node in element.xpath(".//w:t | .//w:br"))


def unquoted(locator: Locator) -> str:
    return locator.quote.removesuffix("…")


@pytest.mark.parametrize("path", SOURCES, ids=[p.stem for p in SOURCES])
def test_docx_findings_and_events_point_at_their_text(path: Path) -> None:
    from docx import Document

    data = to_docx(path.read_text(encoding="utf-8"))
    document = Document(io.BytesIO(data))
    timeline = timeline_from_source(document_from_bytes(data, "draft.docx"))
    findings = lint(timeline, ALL_RULES)
    assert timeline.events, "nothing to locate"
    assert timeline.source_map is not None
    places = [f.locator for f in findings] + [f.related_locator for f in findings] + [
        timeline.source_map.locate(e.line, e.column) for e in timeline.events]
    for locator in places:
        if locator is None:
            continue
        assert unquoted(locator), locator
        text = docx_text_at(document, locator)
        if locator.part is not None:  # a line of a paragraph with line breaks
            text = text.split("\n")[locator.part - 1]
        assert unquoted(locator) in text, (locator, text)


def test_docx_event_quote_starts_at_the_time() -> None:
    """The quote starts where the time is written, so a search finds the very spot."""
    data = to_docx("# Outage\n\n## Timeline\n\n- 10:00 UTC: alert fired\n"
                   "- 10:30 UTC: a very long description of what the on-call engineer did "
                   "next, long enough to be cut\n")
    timeline = timeline_from_source(document_from_bytes(data, "d.docx"))
    assert timeline.source_map is not None
    quotes = [timeline.source_map.locate(e.line, e.column).quote for e in timeline.events]
    assert quotes[0] == "10:00 UTC: alert fired"
    assert quotes[1].startswith("10:30 UTC: a very long") and quotes[1].endswith("…")
    assert len(quotes[1]) <= 61


def test_docx_locator_names_heading_path_paragraph_and_cell() -> None:
    markdown = ("# Checkout outage\n\n## Timeline\n\n### Day one\n\n"
                "| Time | Event |\n|---|---|\n| 09:00 UTC | deploy |\n| 09:30 PM UTC | alert |\n")
    data = to_docx(markdown)
    timeline = timeline_from_source(document_from_bytes(data, "d.docx"))
    flip = next(f for f in lint(timeline, ALL_RULES) if f.rule == "ampm-flip")
    assert flip.locator is not None
    assert (flip.locator.table, flip.locator.row, flip.locator.cell) == (1, 3, 1)
    assert flip.locator.headings == ("Checkout outage", "Timeline", "Day one")
    assert flip.locator.short == "table 1 row 3 cell 1"
    assert "(table 1 row 2 cell 1)" in flip.message


def test_html_locator_gives_the_source_line_and_column() -> None:
    page = to_gdocs_html("# Outage\n\n## Timeline\n\n- 10:00 UTC: alert fired\n"
                         "- 10:30 PM UTC: rolled back\n").decode()
    page = page.replace("<li", "\n   <li")  # put each item on a line of its own
    timeline = timeline_from_source(document_from_bytes(page.encode(), "p.html"))
    flip = next(f for f in lint(timeline, ALL_RULES) if f.rule == "ampm-flip")
    assert flip.locator is not None and flip.locator.line is not None
    line = page.split("\n")[flip.locator.line - 1]
    assert flip.locator.column is not None
    assert line[flip.locator.column - 1:].startswith("<span")
    assert "10:30 PM UTC" in line


@pytest.mark.parametrize("path", sorted((ROOT / "fixtures" / "rules").glob("*.toml")),
                         ids=lambda path: path.stem)
def test_rule_case_locators_quote_the_docx(path: Path) -> None:
    """Over every rule case with findings: every finding's quote is in the DOCX (one rule's
    cases a test, so that a parallel run spreads them)."""
    from docx import Document

    checked = expected = 0
    for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
        # (a case that needs a record, "evidence", finds nothing without it here)
        expected += len(case.get("findings", [])) if "evidence" not in case else 0
        data = to_docx(case["document"])
        document = Document(io.BytesIO(data))
        timeline = timeline_from_source(document_from_bytes(data, "case.docx"))
        for finding in lint(timeline, ALL_RULES):
            assert finding.locator is not None
            text = docx_text_at(document, finding.locator)
            if finding.locator.part is not None:
                text = text.split("\n")[finding.locator.part - 1]
            assert unquoted(finding.locator) in text, (case["name"], finding.locator)
            checked += 1
    assert checked or not expected


def test_a_heading_entry_is_placed_under_its_parents_not_its_sibling() -> None:
    path = ROOT / "fixtures" / "formats" / "headings-per-time.md"
    timeline = timeline_from_source(document_from_bytes(
        to_docx(path.read_text(encoding="utf-8")), "d.docx"))
    flip = next(f for f in lint(timeline, ALL_RULES) if f.rule == "ampm-flip")
    assert flip.locator is not None
    assert flip.locator.headings == ("Incident 2291: login outage", "Timeline (EST)")
    assert flip.locator.kind == "heading" and flip.locator.quote == "10:15 PM"
