"""The structure every reader produces, and the one writer that turns it into Markdown.

Readers of DOCX, HTML and Atlassian documents only say what the document holds: headings,
paragraphs, list items, code, tables, pmlint directives, each piece of text with its
`Locator`. `render` writes the Markdown that the existing pipeline parses and, for every
line it writes, the spans that map it back to the source. Keeping the writer in one place
means every format is read the same way, and the mapping is exact by construction: text is
copied, never re-escaped; the only substitutions are one character for one ("|" in a cell,
a line break inside a cell or heading), so a column in the Markdown is an offset in the
source's own text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from pmlint.timeline.locator import Locator, SourceMap, Span
from pmlint.timeline.source import MAX_LINES, InputError, shown

Kind = Literal["heading", "paragraph", "item", "code", "directive", "table"]
Header = Literal["row", "column", "guess"]

# Characters that would end or split a Markdown line; each becomes one space.
_LINE_BREAKERS = dict.fromkeys(map(ord, "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"), " ")
_CONTROLS = {c: " " for c in (*range(0, 9), *range(14, 32), 127)}
_CELL = {ord("|"): "¦", ord("\n"): " ", ord("\t"): " "}
HEADING_CHARS = 80  # a heading in a locator's path is cut to this
# What HTML collapses; a no-break space (&nbsp;, how editors keep several spaces) is kept.
WHITESPACE = re.compile(r"[ \t\n\r\f\v]+")
SPACES = str.maketrans(dict.fromkeys("\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                                     "\u2008\u2009\u200a\u202f\u205f\u3000", " "))


@dataclass(frozen=True)
class Piece:
    """Text from one place in the source. Only a heading or a cell may hold line breaks."""

    text: str
    where: Locator


@dataclass(frozen=True)
class Block:
    """One block of the document. `pieces` are its lines (one for a heading); a table has
    `rows` of cells instead. `header` says how a table marks its header: a first row of
    header cells, a first column of them (a key-value table), or nothing (guess)."""

    kind: Kind
    pieces: tuple[Piece, ...] = ()
    level: int = 0  # heading level 1-6; list depth from 0; code: 1 + depth of its item
    rows: tuple[tuple[Piece, ...], ...] = ()
    header: Header = "guess"
    quoted: bool = False  # inside a block quote ("> " in Markdown)
    continued: bool = False  # an item's text after its nested code or list: no new bullet


def render(blocks: Iterable[Block], fmt: str, path: str, notes: Sequence[str] = ()
           ) -> tuple[str, SourceMap]:
    """The Markdown text of `blocks` and its map back to the source.

    Raises InputError when the document holds no text, or more lines than a postmortem.
    """
    writer = _Writer()
    for block in blocks:
        writer.add(block)
    if not any(line.strip() for line in writer.lines):
        raise InputError(f"{shown(path)}: no text in this {fmt.upper()} document")
    if len(writer.lines) > MAX_LINES:
        raise InputError(f"{shown(path)}: {len(writer.lines):,} lines once converted, more "
                         f"than the {MAX_LINES:,}-line limit; pmlint reads postmortems, not logs")
    text = "\n".join(writer.lines) + "\n"
    return text, SourceMap(fmt, tuple(writer.spans), tuple(dict.fromkeys(notes)))


def collapse(text: str) -> str:
    """Whitespace as a browser shows it: each run one space, except a run of tabs alone,
    which stays one tab ("Status<TAB>resolved" is how exported header fields look); each
    no-break or typographic space stays, as a plain space."""
    return WHITESPACE.sub(_one_space, text).strip(" ").translate(SPACES)


def _one_space(m: re.Match[str]) -> str:
    return "\t" if set(m.group(0)) == {"\t"} else " "


def clean(text: str) -> str:
    """Control characters that would split or garble a line, each made one space."""
    return text.translate(_LINE_BREAKERS).translate(_CONTROLS)


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.spans: list[tuple[Span, ...]] = []
        self.headings: list[tuple[int, str]] = []
        self.previous: Kind | None = None
        self.quote = ""

    def emit(self, line: str, spans: tuple[Span, ...] = ()) -> None:
        self.lines.append(line)
        self.spans.append(spans)

    def span(self, start: int, piece: Piece) -> Span:
        path = tuple(text for _, text in self.headings)
        return Span(start, piece.text, replace(piece.where, headings=path))

    def add(self, block: Block) -> None:
        if block.kind == "table" and not block.rows:
            return
        if block.kind != "table" and not any(p.text.strip() for p in block.pieces):
            return
        joined = block.kind == "item" and self.previous == "item" and not block.continued
        if self.lines and self.previous != "directive" and not joined:
            self.emit("")
        self.quote = "> " if block.quoted and block.kind != "table" else ""
        getattr(self, f"_{block.kind}")(block)
        self.previous = block.kind

    def emit_text(self, lead: str, piece: Piece) -> None:
        """One line of a block: its lead ("- ", "## "), then the piece's text."""
        lead = self.quote + lead
        self.emit(lead + clean(piece.text).replace("\n", " "), (self.span(len(lead), piece),))

    def _heading(self, block: Block) -> None:
        piece = block.pieces[0]
        level = min(max(block.level, 1), 6)
        while self.headings and self.headings[-1][0] >= level:
            self.headings.pop()  # a heading's path is the headings above it, not its siblings
        self.emit_text("#" * level + " ", replace(piece, text=piece.text.replace("\t", " ")))
        self.headings.append((level, " ".join(piece.text.split())[:HEADING_CHARS]))

    def _paragraph(self, block: Block) -> None:
        for piece in block.pieces:
            self.emit_text("", piece)

    def _item(self, block: Block) -> None:
        indent = "  " * max(block.level, 0)
        for n, piece in enumerate(block.pieces):
            self.emit_text(indent + ("- " if n == 0 and not block.continued else "  "), piece)

    def _code(self, block: Block) -> None:
        """A fenced block; `level` n > 0 nests it in the list item at depth n - 1."""
        longest = max((_backtick_run(p.text) for p in block.pieces), default=0)
        indent = "  " * max(block.level, 0)
        fence = self.quote + indent + "`" * max(3, longest + 1)
        self.emit(fence)
        for piece in block.pieces:
            self.emit_text(indent, piece)
        self.emit(fence)

    def _directive(self, block: Block) -> None:
        piece = block.pieces[0]
        body = clean(piece.text).replace("\n", " ").strip()
        if body.startswith("<!--"):
            self.emit(body, (self.span(0, piece),))
        else:
            self.emit(f"<!-- {body.replace('-->', '-- >')} -->", (self.span(5, piece),))

    def _table(self, block: Block) -> None:
        rows = [row for row in block.rows if row]
        if not rows:
            return
        if block.header == "column" and all(len(row) == 2 for row in rows):
            self._fields(rows)
            return
        width = max(len(row) for row in rows)
        header = block.header == "row" or (block.header == "guess" and _looks_like_header(rows))
        if header:
            self._row(rows[0], width)
            rows = rows[1:]
        else:  # Markdown needs a header row: an empty one keeps the first row as data
            self.emit("|" + "  |" * width)
        self.emit("|" + " --- |" * width)
        for row in rows:
            self._row(row, width)

    def _row(self, row: Sequence[Piece], width: int) -> None:
        line = "|"
        spans: list[Span] = []
        for n in range(width):
            piece = row[n] if n < len(row) else None
            text = piece.text.strip() if piece is not None else ""
            line += " "
            if piece is not None and text:
                spans.append(self.span(len(line), replace(piece, text=text)))
                line += clean(text).translate(_CELL)
            line += " |"
        self.emit(line, tuple(spans))

    def _fields(self, rows: Sequence[Sequence[Piece]]) -> None:
        """A key-value table (header cells down its first column) read as "Label: value"
        lines, the form the extractor knows for header fields."""
        for label_piece, value_piece in rows:
            label = clean(label_piece.text.strip()).replace("\n", " ")
            value = value_piece.text.strip()
            line = label if label.endswith(":") else label + ":"
            spans = [self.span(0, replace(label_piece, text=label_piece.text.strip()))]
            if value:
                line += " "
                spans.append(self.span(len(line), replace(value_piece, text=value)))
                line += clean(value).replace("\n", " ")
            self.emit(line, tuple(spans))


def _backtick_run(text: str) -> int:
    longest = run = 0
    for ch in text:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    return longest


def _looks_like_header(rows: Sequence[Sequence[Piece]]) -> bool:
    """A table that does not mark its header (Google Docs, Word): the first row is the
    header when it holds no time, or names a time column with its zone (and perhaps the
    day, "Time (UTC, 2026-06-20)"), or when its first cell is an empty corner above a column
    of labels ("|  | November 26 | November 27 |")."""
    from pmlint.timeline.extract import TABLE_ZONE
    from pmlint.timeline.lexer import scan

    first = rows[0]
    if not any(scan(" ".join(cell.text.split())) for cell in first):
        return True
    if any(TABLE_ZONE.match(" ".join(cell.text.split())) for cell in first):
        return True  # "| 時刻 (JST 2026-05-28) | Event |": a time column's head, dated
    corner = not first[0].text.strip()
    return corner and len(rows) > 1 and all(row and row[0].text.strip() for row in rows[1:])
