"""What each reader makes of its format's own shapes, written here as their tools write them."""

from __future__ import annotations

import io
import json
from email.message import EmailMessage
from pathlib import PurePath

import pytest
from formats_build import to_adf, to_docx

from pmlint.checks import ALL_RULES
from pmlint.checks.engine import lint
from pmlint.timeline.document import timeline_from_source, timeline_from_text
from pmlint.timeline.model import Timeline
from pmlint.timeline.readers import document_from_bytes
from pmlint.timeline.readers.sniff import sniff, suffix_of
from pmlint.timeline.source import InputError

CONFLUENCE_HEADER_TABLE = """\
<ac:structured-macro ac:name="details" ac:schema-version="1" ac:macro-id="0f3c">
<ac:rich-text-body>
<table data-layout="default"><colgroup><col /><col /></colgroup><tbody>
<tr><th><p>Incident date</p></th><td><p><time datetime="2025-09-24" /></p></td></tr>
<tr><th><p>Owner</p></th><td><p><ac:link><ri:user ri:account-id="5b10a2844c20165700ede21g" />
</ac:link></p></td></tr>
<tr><th><p>Status</p></th><td><p><ac:structured-macro ac:name="status" ac:schema-version="1">
<ac:parameter ac:name="title">Resolved</ac:parameter><ac:parameter ac:name="colour">Green
</ac:parameter></ac:structured-macro></p></td></tr>
</tbody></table>
</ac:rich-text-body></ac:structured-macro>
<h2>Timeline (UTC)</h2>
<ul><li><p>09:12 checkout error rate alert fires</p></li>
<li><p>09:20 on-call acknowledges</p></li>
<li><p>10:05 fix deployed, resolved</p></li></ul>
<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status>
<ac:task-body>Add an alert on the queue depth</ac:task-body></ac:task></ac:task-list>
<ac:structured-macro ac:name="code"><ac:parameter ac:name="language">text</ac:parameter>
<ac:plain-text-body><![CDATA[2025-09-24 09:11:58 ERROR pool exhausted <db>]]></ac:plain-text-body>
</ac:structured-macro>
"""


def read(data: bytes, name: str) -> Timeline:
    return timeline_from_source(document_from_bytes(data, name))


def rules(timeline: Timeline) -> list[str]:
    return [f.rule for f in lint(timeline, ALL_RULES)]


# -- Confluence ------------------------------------------------------------------------------

def test_confluence_date_in_a_header_table_is_that_date_not_an_empty_field() -> None:
    timeline = read(CONFLUENCE_HEADER_TABLE.encode(), "page.xhtml")
    assert timeline.format == "confluence"
    assert "empty-field" not in rules(timeline)
    date = next(f for f in timeline.fields if f.name == "incident date")
    assert date.value == "2025-09-24"
    entries = [e for e in timeline.events if e.source == "timeline"]
    assert [e.at.isoformat() for e in entries if e.at] == [
        "2025-09-24T09:12:00+00:00", "2025-09-24T09:20:00+00:00", "2025-09-24T10:05:00+00:00"]
    status = next(f for f in timeline.fields if f.name == "status")
    assert status.value == "Resolved"
    assert next(f for f in timeline.fields if f.name == "owner").value == "@user"


def test_a_converter_that_drops_the_date_widget_would_report_an_empty_field() -> None:
    """The false alarm this reader exists to avoid (research/formats.md §1.2)."""
    timeline = timeline_from_text("Incident date:\n\n## Timeline (UTC)\n- 09:12 alert fires\n")
    assert "empty-field" in rules(timeline)


def test_confluence_date_widget_in_a_paragraph() -> None:
    page = b'<p>Date: <time datetime="2023-05-10" /></p><p>Start: 09:00 UTC</p>'
    timeline = read(page, "page.html")
    assert "empty-field" not in rules(timeline)
    assert next(f for f in timeline.fields if f.name == "date").value == "2023-05-10"


def test_confluence_code_macro_and_task_list() -> None:
    source = document_from_bytes(CONFLUENCE_HEADER_TABLE.encode(), "page.xhtml")
    assert "```\n2025-09-24 09:11:58 ERROR pool exhausted <db>\n```" in source.text
    assert "- Add an alert on the queue depth" in source.text
    timeline = timeline_from_source(source)
    assert all("09:11:58" not in e.written for e in timeline.events)  # code is not read


def test_confluence_paragraph_directive_suppresses() -> None:
    page = (b"<h2>Timeline (UTC)</h2><ul><li>10:00 PM deploy</li></ul>"
            b"<p>pmlint disable-next-line ampm-flip</p><ul><li>10:30 AM alert</li></ul>")
    plain = read(page.replace(b"<p>pmlint disable-next-line ampm-flip</p>", b""), "p.xhtml")
    assert "ampm-flip" in rules(plain)
    assert "ampm-flip" not in rules(read(page, "p.xhtml"))


# -- HTML ------------------------------------------------------------------------------------

def test_html_comment_directive_suppresses() -> None:
    page = (b"<h2>Timeline (UTC)</h2><ul><li>10:00 PM deploy</li>"
            b"<!-- pmlint disable-next-line ampm-flip --><li>10:30 AM alert</li></ul>")
    without = page.replace(b"<!-- pmlint disable-next-line ampm-flip -->", b"")
    assert "ampm-flip" in rules(read(without, "p.html"))
    assert "ampm-flip" not in rules(read(page, "p.html"))
    typo = read(page.replace(b"disable-next-line", b"disabel-next-line"), "p.html")
    assert "bad-directive" in rules(typo)


def test_google_docs_nested_list_level_comes_from_its_class() -> None:
    page = (b'<ul class="c2 lst-kix_x1-0 start"><li class="c0 li-bullet-0"><span>a</span></li>'
            b'</ul><ul class="c2 lst-kix_x1-1 start"><li class="c0 li-bullet-0"><span>b</span>'
            b"</li></ul>")
    assert document_from_bytes(page, "g.html").text == "- a\n  - b\n"


def test_html_whitespace_and_line_breaks() -> None:
    page = b"<p>\n   Status\tresolved\n</p><p>one<br>two  \n three</p>"
    assert document_from_bytes(page, "p.html").text == "Status\tresolved\n\none\ntwo three\n"


def test_html_with_no_body_is_read_as_far_as_it_goes() -> None:
    timeline = read(b"<html><head><title>x</title></head><p>Start: 09:00 UTC</p>", "p.html")
    assert [e.written for e in timeline.events] == ["09:00 UTC"]


def test_mhtml_word_export_from_confluence() -> None:
    message = EmailMessage()
    message["MIME-Version"] = "1.0"
    message.set_content("ignored")
    message.make_mixed()
    message.add_attachment(
        "<html><body><h2>Timeline (UTC)</h2><p>09:00 alert fires</p>"
        "<p>08:00 rollback started</p></body></html>", subtype="html", charset="utf-8",
        cte="quoted-printable")
    data = message.as_bytes()
    assert sniff("export.doc", data) == "mhtml"
    timeline = read(data, "export.doc")
    assert timeline.format == "mhtml"
    assert [e.written for e in timeline.events] == ["09:00", "08:00"]


# -- ADF -------------------------------------------------------------------------------------

def test_adf_date_node_is_the_utc_day() -> None:
    document = {"type": "doc", "version": 1, "content": [{"type": "paragraph", "content": [
        {"type": "text", "text": "Date: "},
        {"type": "date", "attrs": {"timestamp": "1769817600000"}}]}]}
    source = document_from_bytes(json.dumps(document).encode(), "issue.json")
    assert source.text == "Date: 2026-01-31\n"


def test_jira_issue_with_description_and_comments() -> None:
    description = json.loads(to_adf("## Timeline (UTC)\n\n- 09:00 alert fires\n"))
    comment = json.loads(to_adf("Update: 09:45 UTC resolved"))
    issue = {"key": "INC-7", "fields": {"summary": "Checkout down", "description": description,
                                        "comment": {"comments": [{"body": comment}]}}}
    source = document_from_bytes(json.dumps(issue).encode(), "INC-7.json")
    assert source.text.startswith("# Checkout down\n\n## Timeline (UTC)\n\n- 09:00 alert fires")
    assert "## Comment 1\n\nUpdate: 09:45 UTC resolved" in source.text


def test_confluence_cloud_page_with_adf_body_string() -> None:
    body = to_adf("## Timeline (UTC)\n\n- 09:00 alert fires\n").decode()
    page = {"id": "1", "title": "PIR: checkout", "body": {"atlas_doc_format": {
        "value": body, "representation": "atlas_doc_format"}}}
    source = document_from_bytes(json.dumps(page).encode(), "page.json")
    assert source.text.startswith("# PIR: checkout\n\n## Timeline (UTC)")


def test_confluence_page_json_with_storage_body() -> None:
    page = {"title": "PIR", "body": {"storage": {"value": CONFLUENCE_HEADER_TABLE,
                                                 "representation": "storage"}}}
    timeline = read(json.dumps(page).encode(), "page.json")
    assert timeline.format == "confluence"
    assert next(f for f in timeline.fields if f.name == "incident date").value == "2025-09-24"


def test_adf_unknown_node_is_read_as_far_as_it_goes_with_a_note() -> None:
    document = {"type": "doc", "version": 1, "content": [
        {"type": "fancyWidget", "content": [{"type": "paragraph", "content": [
            {"type": "text", "text": "Start: 09:00 UTC"}]}]},
        {"type": "paragraph", "content": [{"type": "sparkle", "text": "10:00 UTC"}]}]}
    source = document_from_bytes(json.dumps(document).encode(), "d.json")
    assert source.text == "Start: 09:00 UTC\n\n10:00 UTC\n"
    assert source.source_map is not None
    assert source.source_map.notes == (
        "unknown ADF node 'fancyWidget' at $.content[0] read as far as it goes",
        "unknown ADF node 'sparkle' at $.content[1].content[0] read as far as it goes")


# -- DOCX ------------------------------------------------------------------------------------

def test_docx_code_paragraphs_are_code_and_directive_paragraphs_suppress() -> None:
    markdown = ("## Timeline (UTC)\n\n- 10:00 PM deploy\n\n"
                "<!-- pmlint disable-next-line ampm-flip -->\n- 10:30 AM alert\n\n"
                "```\n2024-01-01 03:00:00 ERROR\n```\n")
    source = document_from_bytes(to_docx(markdown), "d.docx")
    assert "<!-- pmlint disable-next-line ampm-flip -->\n- 10:30 AM alert" in source.text
    assert "```\n2024-01-01 03:00:00 ERROR\n```" in source.text
    timeline = timeline_from_source(source)
    assert "ampm-flip" not in rules(timeline)
    assert [e.written for e in timeline.events] == ["10:00 PM", "10:30 AM"]


def test_docx_monospace_font_without_a_code_style_is_code() -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("Timeline (UTC)")
    document.add_paragraph("09:00 alert fires")
    run = document.add_paragraph().add_run("12:00:01 ERROR disk full")
    run.font.name = "Consolas"
    out = io.BytesIO()
    document.save(out)
    source = document_from_bytes(out.getvalue(), "d.docx")
    assert source.text.endswith("```\n12:00:01 ERROR disk full\n```\n")


def test_docx_heading_by_outline_level_and_table_without_header_row() -> None:
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    heading = document.add_paragraph("Timeline")
    heading._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="1"/>'))
    table = document.add_table(rows=2, cols=2)
    for r, (time, text) in enumerate([("09:00 UTC", "alert"), ("09:10 UTC", "ack")]):
        table.rows[r].cells[0].text = time
        table.rows[r].cells[1].text = text
    out = io.BytesIO()
    document.save(out)
    source = document_from_bytes(out.getvalue(), "d.docx")
    assert source.text == ("## Timeline\n\n|  |  |\n| --- | --- |\n| 09:00 UTC | alert |\n"
                           "| 09:10 UTC | ack |\n")


# -- sniffing and the document model -----------------------------------------------------------

@pytest.mark.parametrize(("name", "data", "expected"), [
    ("notes.md", b"# Postmortem\n", "markdown"),
    ("notes.txt", b"<html><body>x</body></html>", "markdown"),  # as it always was
    ("notes.txt", b'{"type": "doc", "version": 1, "content": []}', "adf"),
    ("export", b'{"fields": {"description": null}}', "adf"),
    ("draft.md", b"PK\x03\x04rest", "zip"),
    ("page.html", b"<p>x</p>", "html"),
    ("page.html", b'<p>x</p><ac:structured-macro ac:name="info"/>', "confluence"),
    ("-", b"<!DOCTYPE html><html><body>x</body></html>", "html"),
    ("-", b"# Postmortem", "markdown"),
    ("page.mht", b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n", "mhtml"),
])
def test_sniff(name: str, data: bytes, expected: str) -> None:
    assert sniff(name, data) == expected


def test_word_97_doc_is_refused_with_advice() -> None:
    with pytest.raises(InputError, match="save it as a Word document"):
        sniff("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)


def test_format_tells_markdown_from_converted_documents() -> None:
    """--fix edits Markdown and text only: Timeline.format says which a document is."""
    assert timeline_from_text("- 09:00 UTC alert").format == "markdown"
    converted = read(to_docx("- 09:00 UTC alert"), "d.docx")
    assert converted.format == "docx"
    assert all(f.fix is None for f in lint(converted, ALL_RULES))


@pytest.mark.parametrize("path", [
    "postmortem.md", "notes/Outage.MD", "trailing.", "two..dots.md", ".hidden", "...md",
    "dir/.", "dir/..", "export.html/", "archive.tar.gz", "/abs/page.htm", "README",
    "dir.d/plain", "double//slash.docx", "", ".", "..", "~/.cfg.json", "with space/a b.txt",
])
def test_the_suffix_sniffing_reads_is_the_one_pathlib_reads(path: str) -> None:
    assert suffix_of(path) == PurePath(path).suffix
