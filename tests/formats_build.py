"""Build DOCX, Google-Docs-shaped HTML, Confluence storage XHTML and ADF from Markdown.

For the tests (and bench/formats.py): a Markdown postmortem is parsed with markdown-it into
blocks, and each block is written the way that tool writes it: python-docx paragraphs with
Word's heading and list styles, a table with a repeated header row, a date picker content
control for an ISO date field; Google Docs' `<p class="c0"><span class="c1">`, header-less
tables and flat `lst-kix_…-N` lists; Confluence's `<th>` header rows, key-value (page
properties) tables of header fields, `<time datetime>` lozenges and code macros; ADF nodes
with `date` nodes in epoch milliseconds. Directives become what each tool can hold: an HTML
comment in HTML, a paragraph elsewhere. Nothing here is a hand-made binary file.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import html
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt

FORMATS = ("docx", "gdocs.html", "confluence.xhtml", "adf.json")
ISO_FIELD = re.compile(
    r"(?P<label>[A-Za-z][A-Za-z ]{0,30}):[ \t]*(?P<date>\d{4}-\d{2}-\d{2})[ \t]*")
FIELD_LINE = re.compile(r"(?P<label>[A-Za-z][A-Za-z /()-]{0,30}):[ \t]+(?P<value>\S.*)")
BOLD = re.compile(r"\*\*(?P<text>[^*\n]{1,200}?)\*\*")
SPACES = re.compile(r" {2,}")
DIRECTIVE = re.compile(r"<!--[ \t]*(?P<body>pmlint\b[^>\n]*?)[ \t]*-->")


@dataclass
class Md:
    """One block of the Markdown source."""

    kind: str  # heading, paragraph, item, table, code, html
    lines: list[str] = field(default_factory=list)
    level: int = 0  # heading level, list depth
    rows: list[list[str]] = field(default_factory=list)  # table: header row first
    quoted: bool = False  # inside a block quote
    continued: bool = False  # an item's text after the code inside it


def parse(markdown: str) -> list[Md]:
    md = MarkdownIt("commonmark", {"html": True}).enable("table").disable("code")
    tokens = md.parse(markdown)
    blocks: list[Md] = []
    depth = -1
    item: Md | None = None
    table: Md | None = None
    row: list[str] | None = None
    heading = 0
    quotes = 0
    after_code: int | None = None  # depth of the item whose code was the last block
    for token in tokens:
        kind = token.type
        if kind == "blockquote_open":
            quotes += 1
        elif kind == "blockquote_close":
            quotes -= 1
        elif kind in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif kind == "list_item_open":
            item = Md("item", level=depth, quoted=quotes > 0)
            blocks.append(item)
        elif kind == "list_item_close":
            item = None
            after_code = None
        elif kind == "heading_open":
            heading = int(token.tag[1])
        elif kind == "table_open":
            table = Md("table")
            blocks.append(table)
        elif kind == "table_close":
            table = None
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and table is not None and row is not None:
            table.rows.append(row)
        elif kind in ("fence", "code_block"):  # level: 1 + the depth of the item it is in
            blocks.append(Md("code", token.content.rstrip("\n").split("\n"), level=depth + 1))
            after_code = depth if item is not None or after_code is not None else None
            item = None
        elif kind == "html_block":
            blocks.append(Md("html", token.content.rstrip("\n").split("\n")))
        elif kind == "inline":
            text = token.content
            if row is not None and table is not None:
                row.append(text)
            elif heading:
                blocks.append(Md("heading", [" ".join(text.split("\n"))], level=heading))
                heading = 0
            elif item is None and after_code is not None:  # the item goes on below its code
                item = Md("item", text.split("\n"), level=after_code, quoted=quotes > 0,
                          continued=True)
                blocks.append(item)
            elif item is not None and item.kind == "item":
                if item.lines:  # a second paragraph of the item: its own item line
                    item = Md("item", level=depth, quoted=quotes > 0)
                    blocks.append(item)
                item.lines.extend(text.split("\n"))
            else:
                blocks.append(Md("paragraph", text.split("\n"), quoted=quotes > 0))
    return [b for b in blocks if b.lines or b.rows]


LITERAL = contextvars.ContextVar("LITERAL", default=False)


@contextlib.contextmanager
def literal_markup() -> Iterator[None]:
    """Build with Markdown's inline marks kept as typed ("**Start:**"), so that a comparison
    measures the readers alone. pmlint reads "**Jun 28, 2023 6:00 AM** to **…**" otherwise
    than the same words in bold runs (no range across the marks), which is the Markdown
    reading's business, not the readers'."""
    token = LITERAL.set(True)
    try:
        yield
    finally:
        LITERAL.reset(token)


def _runs(text: str) -> list[tuple[str, bool]]:
    """Text split at **bold** marks: (text, bold) runs, the asterisks dropped."""
    if LITERAL.get():
        return [(text, False)]
    runs: list[tuple[str, bool]] = []
    at = 0
    for m in BOLD.finditer(text):
        if m.start() > at:
            runs.append((text[at:m.start()], False))
        runs.append((m.group("text"), True))
        at = m.end()
    if at < len(text) or not runs:
        runs.append((text[at:], False))
    return runs


def plain(text: str) -> str:
    return "".join(t for t, _ in _runs(text))


def _directive(block: Md) -> str | None:
    if block.kind != "html" or len(block.lines) != 1:
        return None
    m = DIRECTIVE.fullmatch(block.lines[0].strip())
    return m.group("body") if m else None


def _field_table(block: Md) -> list[tuple[str, str]] | None:
    """A paragraph of two or more "Label: value" lines, which Confluence and Jira users
    keep in a key-value table."""
    if block.kind != "paragraph" or len(block.lines) < 2:
        return None
    pairs = []
    for line in block.lines:
        m = FIELD_LINE.fullmatch(plain(line).strip())
        if not m or m.group("label").strip() != m.group("label"):
            return None
        pairs.append((m.group("label"), m.group("value").rstrip()))
    return pairs


def escape(text: str) -> str:
    """HTML text as an editor writes it: several spaces kept with no-break spaces."""
    return SPACES.sub(lambda m: "&nbsp;" * (len(m.group(0)) - 1) + " ", html.escape(text))


def _iso_date(value: str) -> str | None:
    value = value.strip()
    return value if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None


# -- DOCX ------------------------------------------------------------------------------------

def to_docx(markdown: str) -> bytes:
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt

    document = Document()
    code_style = document.styles.add_style("Code", WD_STYLE_TYPE.PARAGRAPH)
    code_style.font.name = "Courier New"
    code_style.font.size = Pt(9)

    def add_lines(paragraph: Any, lines: list[str]) -> None:
        for n, line in enumerate(lines):
            if n:
                paragraph.add_run().add_break()
            date_field = ISO_FIELD.fullmatch(plain(line))
            if date_field:  # a date picker, as Word inserts it
                paragraph.add_run(f"{date_field.group('label')}: ")
                control = parse_xml(
                    f'<w:sdt {nsdecls("w")}><w:sdtPr><w:date w:fullDate='
                    f'"{date_field.group("date")}T00:00:00Z"><w:dateFormat w:val="yyyy-MM-dd"/>'
                    f'</w:date></w:sdtPr><w:sdtContent><w:r><w:t>{date_field.group("date")}'
                    "</w:t></w:r></w:sdtContent></w:sdt>")
                paragraph._p.append(control)
                continue
            for text, bold in _runs(line):
                paragraph.add_run(text).bold = bold or None

    for block in parse(markdown):
        directive = _directive(block)
        if directive:
            document.add_paragraph(directive)
        elif block.kind == "heading":
            document.add_heading("", level=min(block.level, 9)).add_run(plain(block.lines[0]))
        elif block.kind == "item":
            kind = "List Continue" if block.continued else "List Bullet"
            style = kind if block.level == 0 else f"{kind} {min(block.level + 1, 3)}"
            add_lines(document.add_paragraph(style=style), block.lines)
        elif block.quoted:
            add_lines(document.add_paragraph(style="Quote"), block.lines)
        elif block.kind == "code":  # code inside a list item: indented below it
            for line in block.lines:
                paragraph = document.add_paragraph(line, style="Code")
                if block.level:
                    paragraph.paragraph_format.left_indent = Pt(36 * block.level)
        elif block.kind == "table":
            width = max(len(r) for r in block.rows)
            table = document.add_table(rows=len(block.rows), cols=width)
            table.style = "Table Grid"
            for r, cells in enumerate(block.rows):
                for c, text in enumerate(cells):
                    cell = table.rows[r].cells[c]
                    for run_text, bold in _runs(text):
                        cell.paragraphs[0].add_run(run_text).bold = bold or None
            header = table.rows[0]._tr.get_or_add_trPr()
            header.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
        elif block.kind == "html":
            add_lines(document.add_paragraph(), block.lines)
        else:
            add_lines(document.add_paragraph(), block.lines)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# -- Google Docs HTML ------------------------------------------------------------------------

def to_gdocs_html(markdown: str) -> bytes:
    """The shape of Google Docs' File > Download > Web page: spans everywhere, no <th>,
    nested lists written flat with the level in the class."""
    body: list[str] = []
    lists = 0
    previous_item = False

    def spans(line: str) -> str:
        return "".join(f'<span class="{"c3" if bold else "c1"}">{escape(text)}</span>'
                       for text, bold in _runs(line))

    for block in parse(markdown):
        if block.kind == "item" and block.continued and body[-1].endswith("</li></ul>"):
            body[-1] = (body[-1].removesuffix("</li></ul>") + '<p class="c0">'
                        + "<br>".join(spans(line) for line in block.lines) + "</p></li></ul>")
            continue
        if block.kind == "item":
            if not previous_item:
                lists += 1
            item = (f'<ul class="c2 lst-kix_list{lists}-{block.level} start">'
                    '<li class="c0 li-bullet-0">'
                    + "<br>".join(spans(line) for line in block.lines) + "</li></ul>")
            body.append(f"<blockquote>{item}</blockquote>" if block.quoted else item)
            previous_item = True
            continue
        previous_item = False
        if _directive(block):
            body.append(block.lines[0].strip())
        elif block.kind == "heading":
            level = block.level
            tag = ('<p class="c5 title" id="h.t">' if level == 1 and not body
                   else f'<h{level} class="c7" id="h.{len(body)}">')
            close = "</p>" if tag.startswith("<p") else f"</h{level}>"
            body.append(tag + spans(block.lines[0]) + close)
        elif block.kind == "code" and block.level and body and body[-1].endswith("</li></ul>"):
            # inside the list item above (Google Docs itself cannot nest code in a list)
            body[-1] = (body[-1].removesuffix("</li></ul>")
                        + f"<pre>{html.escape(chr(10).join(block.lines))}</pre></li></ul>")
            previous_item = True
        elif block.kind == "code":  # monospace paragraphs, one per line
            body.extend(f'<p class="c0"><span class="c9">{html.escape(line)}</span></p>'
                        for line in block.lines)
        elif block.kind == "table":
            rows = "".join(
                '<tr class="c4">' + "".join(
                    f'<td class="c6" colspan="1" rowspan="1"><p class="c0">{spans(cell)}</p></td>'
                    for cell in cells) + "</tr>" for cells in block.rows)
            body.append(f'<table class="c8"><tbody>{rows}</tbody></table>')
        else:
            paragraph = ('<p class="c0">' + "<br>".join(spans(line) for line in block.lines)
                         + "</p>")
            body.append(f"<blockquote>{paragraph}</blockquote>" if block.quoted else paragraph)
    page = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
            '<style type="text/css">.c1{color:#000000;font-weight:400}.c3{font-weight:700}'
            '.c9{font-size:9pt;font-family:"Courier New";color:#000000}'
            '</style></head><body class="c10 doc-content">' + "".join(body) + "</body></html>")
    return page.encode("utf-8")


# -- Confluence storage format ---------------------------------------------------------------

def to_confluence(markdown: str) -> bytes:
    out: list[str] = []
    open_list = False

    def inline(line: str) -> str:
        date_field = ISO_FIELD.fullmatch(plain(line))
        if date_field:
            return (f"{html.escape(date_field.group('label'))}: "
                    f'<time datetime="{date_field.group("date")}" />')
        return "".join(f"<strong>{escape(t)}</strong>" if bold else escape(t)
                       for t, bold in _runs(line))

    blocks = parse(markdown)
    for n, block in enumerate(blocks):
        if block.kind != "item" and open_list and not (block.kind == "code" and block.level):
            out.append("</ul>" * open_list)
            open_list = False
        directive = _directive(block)
        pairs = _field_table(block)
        if directive:
            out.append(f"<p>{html.escape(directive)}</p>")
        elif pairs:
            rows = "".join(
                f"<tr><th><p>{html.escape(label)}</p></th><td><p>"
                + (f'<time datetime="{value}" />' if _iso_date(value) else inline(value))
                + "</p></td></tr>" for label, value in pairs)
            out.append('<ac:structured-macro ac:name="details" ac:schema-version="1">'
                       f"<ac:rich-text-body><table><tbody>{rows}</tbody></table>"
                       "</ac:rich-text-body></ac:structured-macro>")
        elif block.kind == "heading":
            out.append(f"<h{block.level}>{inline(block.lines[0])}</h{block.level}>")
        elif block.kind == "item" and block.continued and out[-1].endswith("</li>"):
            out[-1] = (out[-1].removesuffix("</li>") + "<p>"
                       + "<br />".join(inline(line) for line in block.lines) + "</p></li>")
        elif block.kind == "item":
            # Confluence nests a sub-list inside the <li> before it; written here as nested
            # <ul> elements that open and close with the depth.
            depth = block.level + 1
            if not open_list:
                out.append("<ul>" * depth)
                open_list = depth
            elif depth > open_list:
                out[-1] = out[-1].removesuffix("</li>")
                out.append("<ul>" * (depth - open_list))
                open_list = depth
            elif depth < open_list:
                out.append("</ul></li>" * (open_list - depth))
                open_list = depth
            following = blocks[n + 1] if n + 1 < len(blocks) else None
            nested = following is not None and following.kind == "item" \
                and following.level > block.level
            out.append("<li>" + "<br />".join(inline(line) for line in block.lines)
                       + ("" if nested else "</li>"))
        elif block.kind == "code":
            body = "\n".join(block.lines).replace("]]>", "]]]]><![CDATA[>")
            macro = ('<ac:structured-macro ac:name="code" ac:schema-version="1">'
                     '<ac:parameter ac:name="language">text</ac:parameter>'
                     f"<ac:plain-text-body><![CDATA[{body}]]></ac:plain-text-body>"
                     "</ac:structured-macro>")
            if block.level and open_list and out[-1].endswith("</li>"):
                out[-1] = out[-1].removesuffix("</li>") + macro + "</li>"  # inside the item
            else:
                out.append(macro)
        elif block.kind == "table":
            head = "".join(f"<th><p>{inline(c)}</p></th>" for c in block.rows[0])
            rows = "".join("<tr>" + "".join(f"<td><p>{inline(c)}</p></td>" for c in cells)
                           + "</tr>" for cells in block.rows[1:])
            out.append(f"<table><tbody><tr>{head}</tr>{rows}</tbody></table>")
        else:
            paragraph = "<p>" + "<br />".join(inline(line) for line in block.lines) + "</p>"
            out.append(f"<blockquote>{paragraph}</blockquote>" if block.quoted else paragraph)
    if open_list:
        out.append("</ul>" * open_list)
    return "\n".join(out).encode("utf-8")


# -- ADF -------------------------------------------------------------------------------------

def to_adf(markdown: str) -> bytes:
    def text_nodes(line: str) -> list[dict[str, Any]]:
        date_field = ISO_FIELD.fullmatch(plain(line))
        if date_field:
            return [{"type": "text", "text": f"{date_field.group('label')}: "},
                    _date_node(date_field.group("date"))]
        return [{"type": "text", "text": t, **({"marks": [{"type": "strong"}]} if bold else {})}
                for t, bold in _runs(line) if t]

    def paragraph(lines: list[str]) -> dict[str, Any]:
        content: list[dict[str, Any]] = []
        for n, line in enumerate(lines):
            if n:
                content.append({"type": "hardBreak"})
            content.extend(text_nodes(line))
        return {"type": "paragraph", "content": content}

    doc: list[dict[str, Any]] = []
    stack: list[dict[str, Any]] = []  # open bulletList nodes by depth
    for block in parse(markdown):
        nested_code = block.kind == "code" and block.level > 0 and stack
        if block.kind != "item" and not nested_code:
            stack = []
        directive = _directive(block)
        pairs = _field_table(block)
        if directive:
            doc.append(paragraph([directive]))
        elif pairs:
            rows = [{"type": "tableRow", "content": [
                {"type": "tableHeader", "attrs": {}, "content": [paragraph([label])]},
                {"type": "tableCell", "attrs": {}, "content": [
                    {"type": "paragraph", "content": [_date_node(value)]} if _iso_date(value)
                    else paragraph([value])]}]} for label, value in pairs]
            doc.append({"type": "table", "attrs": {"isNumberColumnEnabled": False},
                        "content": rows})
        elif block.kind == "heading":
            doc.append({"type": "heading", "attrs": {"level": min(block.level, 6)},
                        "content": text_nodes(block.lines[0])})
        elif block.kind == "item" and block.continued and len(stack) > block.level:
            stack[block.level]["content"][-1]["content"].append(paragraph(block.lines))
        elif block.kind == "item":
            item = {"type": "listItem", "content": [paragraph(block.lines)]}
            depth = max(block.level, 0)
            while len(stack) > depth + 1:
                stack.pop()
            if len(stack) == depth + 1:
                stack[-1]["content"].append(item)
            else:
                new_list = {"type": "bulletList", "content": [item]}
                if stack and stack[-1]["content"]:
                    stack[-1]["content"][-1]["content"].append(new_list)
                else:
                    doc.append(new_list)
                stack.append(new_list)
        elif block.kind == "code":
            code = {"type": "codeBlock", "attrs": {},
                    "content": [{"type": "text", "text": "\n".join(block.lines)}]}
            if nested_code:  # inside the list item it was written in
                stack[min(block.level, len(stack)) - 1]["content"][-1]["content"].append(code)
            else:
                doc.append(code)
        elif block.kind == "table":
            rows = [{"type": "tableRow", "content": [
                {"type": "tableHeader" if r == 0 else "tableCell", "attrs": {},
                 "content": [paragraph([cell])]} for cell in cells]}
                for r, cells in enumerate(block.rows)]
            doc.append({"type": "table", "attrs": {}, "content": rows})
        elif block.quoted:
            doc.append({"type": "blockquote", "content": [paragraph(block.lines)]})
        else:
            doc.append(paragraph(block.lines))
    payload = {"type": "doc", "version": 1, "content": doc}
    return json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")


def _date_node(iso: str) -> dict[str, Any]:
    day = dt.datetime.fromisoformat(iso).replace(tzinfo=dt.UTC)
    return {"type": "date", "attrs": {"timestamp": str(int(day.timestamp() * 1000))}}


BUILDERS = {"docx": to_docx, "gdocs.html": to_gdocs_html, "confluence.xhtml": to_confluence,
            "adf.json": to_adf}
