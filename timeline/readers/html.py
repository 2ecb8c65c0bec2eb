"""HTML pages: Google Docs exports, Confluence storage format and exports, plain HTML.

Parsed with beautifulsoup4 on Python's own html.parser, which keeps each element's source
line and column (for the locator), reads Confluence's `ac:`/`ri:` elements and CDATA code
bodies as they are, and needs no compiled parser. What each source does that a generic
HTML-to-Markdown converter gets wrong is handled here:

- Google Docs nests headings, list items and cells in `<span class="cN">`, and writes a
  nested list as a flat `<ul class="lst-kix_…-1">` whose class, not its nesting, gives the
  level; a "Title" paragraph is `<p class="title">`.
- Confluence's date lozenge is an empty `<time datetime="2025-09-24"/>`: it is read as its
  date, never dropped (a converter that drops it leaves "Date:" empty). A code or noformat
  macro is code; a status macro is its title; a task list is a list; other macros are read
  through their body. A table with header cells down its first column (page properties)
  is a key-value table, read as "Label: value" lines.
- An HTML comment `<!-- pmlint … -->` is an inline directive, as in Markdown.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field, replace
from typing import Any

from pmlint.timeline.locator import Locator, SourceMap
from pmlint.timeline.readers.blocks import Block, Header, Piece, collapse, render
from pmlint.timeline.readers.directives import is_directive
from pmlint.timeline.source import InputError, shown

MAX_TAGS = 200_000  # a postmortem page holds a few thousand; the tree costs ~1 KB a tag
MAX_DEPTH = 150  # deeper than this, an element's text is read flat
META_CHARSET = re.compile(rb"<meta[^>]{0,300}?charset=[\"']?(?P<name>[A-Za-z0-9_.:-]{1,40})",
                          re.IGNORECASE)
GDOCS_LEVEL = re.compile(r"lst-kix_\w{1,40}-(?P<level>\d)")
# Google Docs styles text by generated classes: ".c9{font-size:9pt;font-family:"Courier New"}"
CSS_RULE = re.compile(r"\.(?P<name>[A-Za-z][\w-]{0,40})\{(?P<body>[^{}]{0,2000})\}")
MONOSPACE = re.compile(r"font-family:[^;}]{0,200}?(?:mono|courier|consolas|menlo|monaco|"
                       r"inconsolata|source code)", re.IGNORECASE)

BLOCK_TAGS = frozenset((
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header",
    "hgroup", "hr", "html", "li", "main", "menu", "nav", "p", "section", "summary", "caption",
    "ac:layout", "ac:layout-section", "ac:layout-cell", "ac:rich-text-body", "ac:task-body",
    "ac:adf-extension", "ac:adf-node", "ac:adf-content",
))
SKIPPED = frozenset((
    "head", "script", "style", "template", "noscript", "svg", "math", "title", "object",
    "iframe", "button", "select", "textarea", "img", "ac:parameter", "ac:placeholder",
    "ac:emoticon", "ac:image", "ac:task-id", "ac:task-status", "ac:task-uuid",
    "ac:adf-attribute", "ac:adf-fallback",
))
HEADINGS = {f"h{n}": n for n in range(1, 7)}
LISTS = ("ul", "ol", "ac:task-list")
CODE_MACROS = ("code", "noformat")
INLINE_MACROS = {"status": "title", "jira": "key", "anchor": None}


@dataclass
class _Sink:
    """Where finished lines of inline text go: a paragraph, a list item, a cell, a heading."""

    kind: str  # paragraph, item, cell, heading
    depth: int = 0
    lines: list[tuple[str, tuple[int, int] | None]] = field(default_factory=list)
    emitted: bool = False  # an item whose first lines are out: the rest continue it


class _Walker:
    def __init__(self, fmt: str, comments: list[tuple[int, int]] | None = None,
                 monospace: frozenset[str] = frozenset()) -> None:
        self.fmt = fmt
        self.monospace = monospace  # CSS classes that set a monospace font
        self.comments = comments or []  # where each <!-- --> starts, in source order
        self.comments_seen = 0
        self.blocks: list[Block] = []
        self.notes: list[str] = []
        self.paragraphs = 0
        self.tables = 0
        self.buffer: list[str] = []
        self.origin: tuple[int, int] | None = None
        self.sinks: list[_Sink] = [_Sink("paragraph")]
        self.flat = 0  # elements read flat because nesting went too deep
        self.quoted = 0  # how many <blockquote> elements enclose the walk

    # -- inline text -------------------------------------------------------------------

    def text(self, value: str, parent: Any, line_break: bool = False) -> None:
        """Inline text; a newline in the source is only whitespace, a <br> (`line_break`)
        starts a new line."""
        if not value:
            return
        if self.origin is None and value.strip():
            self.origin = _position(parent)
        self.buffer.append("\n" if line_break else value.replace("\n", " "))

    def flush(self) -> None:
        """The inline text gathered so far, whitespace collapsed as a browser shows it,
        one line per <br>, handed to the current sink."""
        raw = "".join(self.buffer)
        self.buffer.clear()
        origin, self.origin = self.origin, None
        lines = [collapse(line) for line in raw.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            return
        sink = self.sinks[-1]
        if sink.kind == "paragraph":
            self.paragraph(lines, origin)
        else:
            sink.lines.extend((line, origin) for line in lines)

    # -- blocks ------------------------------------------------------------------------

    def paragraph(self, lines: list[str], origin: tuple[int, int] | None) -> None:
        self.paragraphs += 1
        if len(lines) == 1 and is_directive(lines[0]):
            self.blocks.append(Block("directive", (Piece(lines[0], self.where(
                "paragraph", origin)),)))
            return
        many = len(lines) > 1
        self.blocks.append(Block("paragraph", tuple(
            Piece(line, self.where("paragraph", origin, n if many else None))
            for n, line in enumerate(lines, 1)), quoted=self.quoted > 0))

    def where(self, kind: str, origin: tuple[int, int] | None, part: int | None = None
              ) -> Locator:
        line, column = origin or (None, None)
        return Locator(kind, paragraph=self.paragraphs, part=part, line=line, column=column)

    def walk(self, element: Any, depth: int = 0) -> None:
        for child in element.children:
            self.node(child, element, depth)

    def node(self, child: Any, parent: Any, depth: int) -> None:
        from bs4 import CData, Comment, NavigableString, Tag

        if isinstance(child, Comment):
            self.comment(str(child), parent)
        elif isinstance(child, CData):
            self.text(str(child), parent)
        elif isinstance(child, NavigableString):
            if type(child) is NavigableString:  # not a doctype, declaration or PI
                self.text(str(child), parent)
        elif isinstance(child, Tag):
            self.element(child, depth + 1)

    def element(self, tag: Any, depth: int) -> None:
        name = tag.name
        if name in SKIPPED or (name.startswith("ri:") and name != "ri:user"):
            return
        if depth > MAX_DEPTH:
            self.flat += 1
            self.text(tag.get_text(" "), tag)
            return
        if name == "br":
            self.text("\n", tag, line_break=True)
        elif name == "time":
            self.text(tag.get_text() or tag.get("datetime", ""), tag)
        elif name == "ri:user":
            self.text("@" + (tag.get("ri:username") or "user"), tag)
        elif name in HEADINGS or (name == "p" and "title" in (tag.get("class") or ())):
            self.heading(tag, HEADINGS.get(name, 1), depth)
        elif name in LISTS:
            self.list(tag, depth)
        elif name == "table":
            self.table(tag, depth)
        elif name == "pre":
            self.code(tag.get_text(), tag)
        elif name == "p" and self.monospace and self.typed_as_code(tag):
            self.code(tag.get_text(), tag, join=True)
        elif name == "ac:structured-macro":
            self.macro(tag, depth)
        elif name == "ac:link":
            self.link(tag, depth)
        elif name == "blockquote":
            self.flush()
            self.quoted += 1
            self.walk(tag, depth)
            self.flush()
            self.quoted -= 1
        elif name in BLOCK_TAGS or name == "ac:task" or name.startswith("ac:"):
            self.flush()
            self.walk(tag, depth)
            self.flush()
        else:
            self.walk(tag, depth)

    def comment(self, text: str, parent: Any) -> None:
        index = self.comments_seen
        self.comments_seen += 1
        body = f"<!--{text}-->"
        if not is_directive(body):
            return
        self.flush()
        if self.sinks[-1].kind != "paragraph":
            return  # a directive inside a cell or heading cannot point at a line
        line, column = (self.comments[index] if index < len(self.comments)
                        else _position(parent) or (None, None))
        self.blocks.append(Block("directive", (Piece(body, Locator(
            "comment", line=line, column=column)),)))

    def heading(self, tag: Any, level: int, depth: int) -> None:
        lines = self.collect(_Sink("heading"), tag, depth)
        if not lines:
            return
        if self.sinks[-1].kind != "paragraph":  # a heading inside a cell is its text
            self.sinks[-1].lines.extend(lines)
            return
        self.paragraphs += 1
        text = " ".join(line for line, _ in lines)
        self.blocks.append(Block("heading", (Piece(text, self.where("heading", lines[0][1])),),
                                 level=level))

    def list(self, tag: Any, depth: int) -> None:
        self.flush()
        classes = " ".join(tag.get("class") or ())
        google = GDOCS_LEVEL.search(classes)
        level = int(google.group("level")) if google else self.list_depth()
        for child in tag.children:
            if getattr(child, "name", None) in ("li", "ac:task"):
                self.item(child, level, depth + 1)
            elif getattr(child, "name", None) is not None:
                self.element(child, depth + 1)  # a list nested without an <li>
            elif str(child).strip():
                self.text(str(child), tag)
        self.flush()

    def list_depth(self) -> int:
        return sum(1 for sink in self.sinks if sink.kind == "item")

    def item(self, tag: Any, level: int, depth: int) -> None:
        self.flush()
        sink = _Sink("item", level)
        self.sinks.append(sink)
        for child in tag.children:
            if getattr(child, "name", None) in LISTS:
                self.flush()
                self.emit_item(sink)
                self.list(child, depth)  # nested lists follow the item's own lines
            else:
                self.node(child, tag, depth)
        self.flush()
        self.sinks.pop()
        self.emit_item(sink)

    def emit_item(self, sink: _Sink) -> None:
        if not sink.lines:
            return
        if self.sinks[-1].kind == "cell":
            self.sinks[-1].lines.extend(sink.lines)
            sink.lines.clear()
            return
        self.paragraphs += 1
        many = len(sink.lines) > 1
        self.blocks.append(Block("item", tuple(
            Piece(line, self.where("list item", origin, n if many else None))
            for n, (line, origin) in enumerate(sink.lines, 1)), level=sink.depth,
            quoted=self.quoted > 0, continued=sink.emitted))
        sink.lines.clear()
        sink.emitted = True

    def typed_as_code(self, paragraph: Any) -> bool:
        """A paragraph whose every piece of text is in a monospace class: code typed in
        Courier New, as Google Docs users write logs."""
        from bs4 import NavigableString

        seen = False
        for string in paragraph.find_all(string=True):
            if not isinstance(string, NavigableString) or not string.strip():
                continue
            parent = string.parent
            classes = set(parent.get("class") or ()) if parent is not None else set()
            style = parent.get("style", "") if parent is not None else ""
            if not (classes & self.monospace or MONOSPACE.search(style)):
                return False
            seen = True
        return seen

    def code(self, text: str, tag: Any, join: bool = False) -> None:
        """A code block; `join` continues the code block just before (one paragraph per
        line, as a word processor writes code)."""
        self.flush()
        if join and self.blocks and self.blocks[-1].kind == "code" \
                and self.sinks[-1].kind == "paragraph":
            origin = _position(tag)
            previous = self.blocks.pop()
            self.paragraphs += 1
            line = " ".join(text.split("\n"))
            self.blocks.append(replace(previous, pieces=(*previous.pieces, Piece(
                line, self.where("code", origin)))))
            return
        lines = text.replace("\r\n", "\n").removeprefix("\n").rstrip("\n").split("\n")
        if not any(line.strip() for line in lines):
            return
        nested = 0
        sink = self.sinks[-1]
        if sink.kind == "item" and all(s.kind in ("paragraph", "item") for s in self.sinks):
            self.emit_item(sink)  # the item's lines so far, then its code inside it
            nested = sink.depth + 1
        elif sink.kind != "paragraph":
            origin = _position(tag)
            self.sinks[-1].lines.extend((collapse(line), origin) for line in lines
                                        if line.strip())
            return
        self.paragraphs += 1
        origin = _position(tag)
        many = len(lines) > 1
        self.blocks.append(Block("code", tuple(
            Piece(line, self.where("code", origin, n if many else None))
            for n, line in enumerate(lines, 1)), level=nested, quoted=self.quoted > 0))

    def macro(self, tag: Any, depth: int) -> None:
        name = (tag.get("ac:name") or "").lower()
        if name in CODE_MACROS:
            body = tag.find("ac:plain-text-body")
            if body is not None:
                self.code(body.get_text(), tag)
            return
        if name in INLINE_MACROS:
            parameter = INLINE_MACROS[name]
            for child in tag.find_all("ac:parameter", recursive=False):
                if parameter is not None and child.get("ac:name") == parameter:
                    self.text(child.get_text(), tag)
            return
        bodies = tag.find_all(("ac:rich-text-body", "ac:plain-text-body"), recursive=False)
        for body in bodies:
            if body.name == "ac:plain-text-body":
                self.code(body.get_text(), tag)
            else:
                self.flush()
                self.walk(body, depth)
                self.flush()

    def link(self, tag: Any, depth: int) -> None:
        body = tag.find(("ac:link-body", "ac:plain-text-link-body"), recursive=False)
        if body is not None:
            self.walk(body, depth)
            return
        user = tag.find("ri:user")
        if user is not None:
            self.element(user, depth + 1)
            return
        page = tag.find(("ri:page", "ri:blog-post", "ri:attachment"))
        if page is not None:
            self.text(page.get("ri:content-title") or page.get("ri:filename") or "", tag)

    def table(self, tag: Any, depth: int) -> None:
        self.flush()
        if self.sinks[-1].kind != "paragraph":  # a table in a cell: its text, row by row
            for row in _rows(tag):
                for cell in _cells(row):
                    self.flush()
                    self.walk(cell, depth + 1)
                    self.flush()
            return
        self.tables += 1
        number = self.tables
        rows: list[tuple[Piece, ...]] = []
        kinds: list[list[bool]] = []
        for r, row in enumerate(_rows(tag), 1):
            cells: list[Piece] = []
            kinds.append([])
            column = 1
            for cell in _cells(row):
                lines = self.collect(_Sink("cell"), cell, depth + 1)
                origin = lines[0][1] if lines and lines[0][1] else _position(cell)
                line, col = origin or (None, None)
                cells.append(Piece("\n".join(text for text, _ in lines),
                                   Locator("cell", table=number, row=r, cell=column,
                                           line=line, column=col)))
                kinds[-1].append(cell.name == "th")
                column += _colspan(cell)
            rows.append(tuple(cells))
        self.blocks.append(Block("table", rows=tuple(rows), header=_header(tag, kinds)))

    def collect(self, sink: _Sink, tag: Any, depth: int) -> list[tuple[str, Any]]:
        """The lines of `tag`'s content, gathered apart from the text around it."""
        saved_buffer, saved_origin = self.buffer, self.origin
        self.buffer, self.origin = [], None
        self.sinks.append(sink)
        self.walk(tag, depth)
        self.flush()
        self.sinks.pop()
        self.buffer, self.origin = saved_buffer, saved_origin
        return sink.lines


def read(data: bytes, path: str, fmt: str, charset: str | None = None
         ) -> tuple[str, SourceMap]:
    """An HTML page or Confluence storage-format document, as Markdown and its map.

    `charset` is what a container (an MHTML part) says the page is encoded in."""
    text = _decode(data, path, charset)
    tags = text.count("<")
    if tags > MAX_TAGS:
        raise InputError(f"{shown(path)}: {tags:,} tags, more than the {MAX_TAGS:,} a "
                         "postmortem page holds")
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    walker = _Walker(fmt, _comment_positions(text), _monospace_classes(soup))
    walker.walk(soup.body or soup)
    walker.flush()
    if walker.flat:
        walker.notes.append(f"{walker.flat} element{'s' if walker.flat != 1 else ''} nested "
                            f"deeper than {MAX_DEPTH} levels read as plain text")
    return render(walker.blocks, fmt, path, walker.notes)


def _decode(data: bytes, path: str, charset: str | None = None) -> str:
    """The page's text: a byte-order mark, else the charset its container or <meta>
    declares, else UTF-8, else cp1252. Newlines normalised, so source lines count as
    editors count them."""
    if data.startswith(codecs.BOM_UTF8):
        encodings: tuple[str, ...] = ("utf-8",)
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)
    else:
        nul = data.find(b"\x00")
        if nul >= 0:
            raise InputError(f"{shown(path)}: binary file (NUL byte at offset {nul}), "
                             "not a document")
        declared = META_CHARSET.search(data[:8192])
        encodings = ("utf-8", "cp1252")
        for name in (declared.group("name").decode("ascii") if declared else None, charset):
            if name and _known(name):
                encodings = (name, *encodings)
    for encoding in encodings:
        try:
            text = data.decode(encoding)
            break
        except (UnicodeDecodeError, LookupError):
            continue
    else:
        raise InputError(f"{shown(path)}: not valid text in {', '.join(encodings)}")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _monospace_classes(soup: Any) -> frozenset[str]:
    """The classes an inline <style> gives a monospace font (Google Docs' generated .cN)."""
    names: set[str] = set()
    for style in soup.find_all("style"):
        for rule in CSS_RULE.finditer(style.get_text()[:200_000]):
            if MONOSPACE.search(rule.group("body")):
                names.add(rule.group("name"))
    return frozenset(names)


def _known(encoding: str) -> bool:
    try:
        codecs.lookup(encoding)
    except LookupError:
        return False
    return True


def _comment_positions(text: str) -> list[tuple[int, int]]:
    """Line and column of each `<!--` that a `-->` closes (html.parser keeps none for
    comments). str.find, not a regex, so unclosed comments cannot make it quadratic."""
    found: list[tuple[int, int]] = []
    line, line_start, scanned = 1, 0, 0
    start = text.find("<!--")
    while start >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        line += text.count("\n", scanned, start)
        line_start = text.rfind("\n", 0, start) + 1
        scanned = start
        found.append((line, start - line_start + 1))
        start = text.find("<!--", end + 3)
    return found


def _position(tag: Any) -> tuple[int, int] | None:
    line = getattr(tag, "sourceline", None)
    column = getattr(tag, "sourcepos", None)
    if line is None or column is None:
        return None
    return line, column + 1


def _rows(table: Any) -> list[Any]:
    """The table's own rows, not those of tables nested in its cells."""
    rows = []
    for child in table.children:
        name = getattr(child, "name", None)
        if name == "tr":
            rows.append(child)
        elif name in ("thead", "tbody", "tfoot"):
            rows.extend(c for c in child.children if getattr(c, "name", None) == "tr")
    return rows


def _cells(row: Any) -> list[Any]:
    return [c for c in row.children if getattr(c, "name", None) in ("td", "th")]


def _colspan(cell: Any) -> int:
    try:
        return max(1, min(int(cell.get("colspan", 1)), 1000))
    except (TypeError, ValueError):
        return 1


def _header(table: Any, kinds: list[list[bool]]) -> Header:
    """A first row of header cells (or a <thead>) is the header; header cells down the
    first column with data beside them make a key-value table; otherwise, guess."""
    has_head = any(getattr(c, "name", None) == "thead" for c in table.children)
    if has_head or (kinds and kinds[0] and all(kinds[0])):
        return "row"
    if kinds and all(row and row[0] and not any(row[1:]) and len(row) > 1 for row in kinds):
        return "column"
    return "guess"

