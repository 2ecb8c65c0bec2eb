"""DOCX (Word, Google Docs' .docx export) read with python-docx, body order kept.

python-docx rather than mammoth: mammoth's HTML has no way back to the paragraph it came
from, and a finding must name the paragraph, or the table, row and cell, that a person
opens the file at. Paragraphs are counted as python-docx's `document.paragraphs` counts
them (body paragraphs, empty ones included) and tables as `document.tables`, so a locator
is an index into the document as Word and python-docx show it.

Text is taken from the XML, not from `Paragraph.text`, so that a date picker (a content
control), tracked insertions and fields are read as they display; deleted text is not.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pmlint.timeline.locator import Locator, SourceMap
from pmlint.timeline.readers.blocks import Block, Piece, render
from pmlint.timeline.readers.directives import is_directive
from pmlint.timeline.source import InputError, shown

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _TBL, _SDT, _TR, _TC = W + "p", W + "tbl", W + "sdt", W + "tr", W + "tc"
_TEXT = {W + "t": None, W + "tab": "\t", W + "ptab": "\t", W + "cr": "\n",
         W + "noBreakHyphen": "-"}
_SKIP = frozenset({W + "pPr", W + "rPr", W + "del", W + "moveFrom", W + "sdtPr", W + "sdtEndPr",
                   W + "instrText", W + "delText", W + "commentReference",
                   W + "footnoteReference", W + "endnoteReference"})
_DRAWN = frozenset({W + "drawing", W + "pict", W + "object", MC + "AlternateContent"})
CODE_STYLES = ("code", "preformatted", "macro text", "plain text", "source")
MONOSPACE = ("courier", "consolas", "menlo", "monaco", "mono", "lucida console", "inconsolata",
             "fira code", "source code", "cousine")


@dataclass
class _Style:
    heading: int = 0  # level, 0 for none
    list_depth: int | None = None
    code: bool = False
    font: str | None = None
    quote: bool = False  # Word's "Quote" and "Intense Quote"
    continued: bool = False  # "List Continue": more of the list item above, no bullet


@dataclass
class _Walk:
    """State of one pass over the body: counters, style cache and what could not be read."""

    styles: Any  # python-docx CT_Styles, or None
    cache: dict[str | None, _Style] = field(default_factory=dict)
    paragraphs: int = 0
    tables: int = 0
    drawn: int = 0


def read_package(archive: zipfile.ZipFile, path: str) -> tuple[str, SourceMap]:
    """Read the DOCX in `archive` (already checked by readers.archive)."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    try:
        document = Document(io.BytesIO(_bytes_of(archive)))
        styles = document.styles.element
    except (PackageNotFoundError, KeyError, ValueError, etree.LxmlError, zipfile.BadZipFile,
            EOFError, AttributeError) as error:
        raise InputError(f"{shown(path)}: not a readable DOCX ({type(error).__name__}: "
                         f"{' '.join(str(error).split())[:120]})") from None
    walk = _Walk(styles)
    blocks = list(_body(document.element.body, walk))
    notes = []
    if walk.drawn:
        notes.append(f"{walk.drawn} text box{'es' if walk.drawn != 1 else ''} or drawing"
                     f"{'s' if walk.drawn != 1 else ''} not read")
    return render(blocks, "docx", path, notes)


def _bytes_of(archive: zipfile.ZipFile) -> bytes:
    fp = archive.fp
    if isinstance(fp, io.BytesIO):
        return fp.getvalue()
    raise ValueError("the DOCX is not in memory")  # archive.open_zip always gives BytesIO


def _body(body: Any, walk: _Walk) -> Iterator[Block]:
    """The body's blocks. Consecutive code paragraphs make one code block; indented right
    after a list item, it belongs to that item (Word has no other way to nest it)."""
    code: list[Block] = []
    item_depth: int | None = None  # depth of the list item just before, if any
    for element, in_control in _body_children(body):
        if element.tag == _TBL:
            if not in_control:
                walk.tables += 1
            yield from _flush(code, item_depth)
            item_depth = None
            yield _table(element, walk, walk.tables if not in_control else None)
            continue
        if not in_control:
            walk.paragraphs += 1
        number = walk.paragraphs if not in_control else None
        block = _paragraph(element, walk, number)
        if block is None:
            continue
        if block.kind == "code":
            code.append(block)
            continue
        yield from _flush(code, item_depth)
        item_depth = block.level if block.kind == "item" else None
        yield block
    yield from _flush(code, item_depth)


def _flush(code: list[Block], item_depth: int | None) -> Iterator[Block]:
    if code:
        nested = item_depth + 1 if item_depth is not None and code[0].level else 0
        yield Block("code", tuple(p for block in code for p in block.pieces), level=nested)
        code.clear()


def _body_children(body: Any) -> Iterator[tuple[Any, bool]]:
    """Body paragraphs and tables in order; those inside a block content control are
    flagged, since python-docx does not count them."""
    for child in body.iterchildren():
        if child.tag in (_P, _TBL):
            yield child, False
        elif child.tag == _SDT:
            content = child.find(W + "sdtContent")
            if content is not None:
                for inner in content.iter(_P, _TBL):
                    if inner.getparent() is content:
                        yield inner, True


def _paragraph(p: Any, walk: _Walk, number: int | None) -> Block | None:
    text = _text(p, walk)
    if not text.strip():
        return None
    style = _style_of(p, walk)
    kind = "paragraph" if number is not None else "content control"

    def where(part: int | None = None, what: str = kind) -> Locator:
        return Locator(what, paragraph=number, part=part)

    if is_directive(text.replace("\n", " ")):
        return Block("directive", (Piece(text, where()),))
    if style.heading:
        return Block("heading", (Piece(text, where(what="heading")),), level=style.heading)
    lines = text.split("\n")
    many = len(lines) > 1
    if style.code or _all_monospace(p, style):
        return Block("code", tuple(Piece(line, where(n if many else None, "code"))
                                   for n, line in enumerate(lines, 1)),
                     level=1 if _indented(p) else 0)
    pieces = tuple(Piece(line, where(n if many else None,
                                     "list item" if style.list_depth is not None else kind))
                   for n, line in enumerate(lines, 1))
    if style.list_depth is not None:
        return Block("item", pieces, level=style.list_depth, quoted=style.quote,
                     continued=style.continued)
    return Block("paragraph", pieces, quoted=style.quote)


def _table(tbl: Any, walk: _Walk, number: int | None) -> Block:
    rows = []
    header_row = False
    for r, tr in enumerate(_children(tbl, _TR), 1):
        if r == 1:
            header_row = tr.find(f"{W}trPr/{W}tblHeader") is not None
        cells = []
        column = 1
        for tc in _children(tr, _TC):
            paragraphs = [_text(p, walk) for p in tc.iter(_P)]
            where = Locator("cell", table=number, row=r, cell=column)
            cells.append(Piece("\n".join(paragraphs), where))
            column += _grid_span(tc)
        rows.append(tuple(cells))
    return Block("table", rows=tuple(rows), header="row" if header_row else "guess")


def _children(element: Any, tag: str) -> Iterator[Any]:
    """Direct children with `tag`, looking through content controls around rows or cells."""
    for child in element.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag == _SDT:
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from (c for c in content.iterchildren() if c.tag == tag)


def _grid_span(tc: Any) -> int:
    span = tc.find(f"{W}tcPr/{W}gridSpan")
    try:
        return max(1, int(span.get(W + "val"))) if span is not None else 1
    except (TypeError, ValueError):
        return 1


def _text(p: Any, walk: _Walk) -> str:
    """A paragraph's text as Word shows it (iterative: no recursion on deep XML)."""
    out: list[str] = []
    stack = [iter(p.iterchildren())]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag in _DRAWN:
            walk.drawn += 1
            continue
        if tag in _TEXT:
            replacement = _TEXT[tag]
            out.append((child.text or "") if replacement is None else replacement)
            continue
        if tag == W + "br":
            if child.get(W + "type") in (None, "textWrapping"):
                out.append("\n")
            continue
        stack.append(iter(child.iterchildren()))
    return "".join(out)


def _style_of(p: Any, walk: _Walk) -> _Style:
    ppr = p.find(W + "pPr")
    style_id = None
    if ppr is not None:
        pstyle = ppr.find(W + "pStyle")
        style_id = pstyle.get(W + "val") if pstyle is not None else None
    style = _named_style(style_id, walk)
    if ppr is None:
        return style
    outline = ppr.find(W + "outlineLvl")
    num = ppr.find(W + "numPr")
    heading, depth = style.heading, style.list_depth
    if outline is not None and not heading:
        level = _int(outline.get(W + "val"))
        heading = level + 1 if level is not None and level < 6 else 0
    if num is not None:
        num_id = num.find(W + "numId")
        if num_id is not None and num_id.get(W + "val") == "0":
            depth = None
        else:
            ilvl = num.find(W + "ilvl")
            level = _int(ilvl.get(W + "val")) if ilvl is not None else None
            depth = min((depth or 0) + (level or 0), 8)  # "List Bullet 2" at ilvl 1: 2
    return _Style(heading, depth, style.code, style.font, style.quote, style.continued)


def _named_style(style_id: str | None, walk: _Walk) -> _Style:
    """What a paragraph style makes of its paragraphs, following `basedOn` a few steps."""
    if style_id in walk.cache:
        return walk.cache[style_id]
    found = _Style()
    names: list[str] = []
    element = _style_element(walk.styles, style_id)
    for _ in range(6):
        if element is None:
            break
        name_el = element.find(W + "name")
        name = (name_el.get(W + "val") or "") if name_el is not None else ""
        names.append(name.lower())
        ppr = element.find(W + "pPr")
        if ppr is not None:
            if found.list_depth is None and ppr.find(W + "numPr") is not None:
                ilvl = ppr.find(f"{W}numPr/{W}ilvl")
                found.list_depth = (_int(ilvl.get(W + "val")) or 0) if ilvl is not None else 0
            outline = ppr.find(W + "outlineLvl")
            level = _int(outline.get(W + "val")) if outline is not None else None
            if not found.heading and level is not None and level < 6:
                found.heading = level + 1
        fonts = element.find(f"{W}rPr/{W}rFonts")
        if found.font is None and fonts is not None:
            found.font = fonts.get(W + "ascii") or fonts.get(W + "hAnsi")
        based = element.find(W + "basedOn")
        element = _style_element(walk.styles, based.get(W + "val")) if based is not None else None
    first = names[0] if names else (style_id or "").lower()
    if not found.heading:
        found.heading = _heading_level(first)
    if first.startswith("list"):
        # "List Bullet 2" is a list of its own, indented one step: its level is in the name
        digit = first[-1:]
        named = int(digit) - 1 if digit.isdigit() and digit != "0" else 0
        found.list_depth = max(named, found.list_depth or 0)
        found.continued = first.startswith("list continue")
    found.code = any(any(word in name for word in CODE_STYLES) for name in names)
    found.quote = any(name in ("quote", "intense quote", "block text") for name in names)
    walk.cache[style_id] = found
    return found


def _style_element(styles: Any, style_id: str | None) -> Any:
    if styles is None or not style_id:
        return None
    for element in styles.iterchildren(W + "style"):
        if element.get(W + "styleId") == style_id:
            return element
    return None


def _heading_level(name: str) -> int:
    """"heading 2" (Word's own name, whatever the UI language shows), "title"."""
    if name == "title":
        return 1
    if name.startswith("heading"):
        digit = name.removeprefix("heading").strip()
        if digit.isdigit() and 1 <= int(digit) <= 9:
            return min(int(digit), 6)
    return 0


def _all_monospace(p: Any, style: _Style) -> bool:
    """Code typed in a monospace font with no code style: every run with text is mono."""
    fonts = []
    for run in p.iter(W + "r"):
        if not any((t.text or "").strip() for t in run.iter(W + "t")):
            continue
        rfonts = run.find(f"{W}rPr/{W}rFonts")
        font = (rfonts.get(W + "ascii") or rfonts.get(W + "hAnsi")) if rfonts is not None \
            else None
        fonts.append(font or style.font)
    return bool(fonts) and all(f is not None and any(m in f.lower() for m in MONOSPACE)
                               for f in fonts)


def _indented(p: Any) -> bool:
    """Whether the paragraph itself sets a left indent (w:ind w:left or w:start)."""
    ind = p.find(f"{W}pPr/{W}ind")
    if ind is None:
        return False
    return (_int(ind.get(W + "left") or ind.get(W + "start")) or 0) > 0


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
