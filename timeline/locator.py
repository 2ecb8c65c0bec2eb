"""Where a place in a converted document is, said so that a person can find it.

A DOCX, an HTML page or an Atlassian document is turned into Markdown-like text that the
rest of pmlint reads; the line numbers of that text mean nothing to the author. The reader
therefore records, for every line of the text, which stretches of it came from where in
the source: the heading path, the paragraph or the table, row and cell, and (for HTML) the
source line and column. A `SourceMap` answers "where is line 14, column 3?" with a
`Locator`, and rewrites pmlint's own "line 14" in messages into that locator's short form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

QUOTE_CHARS = 60  # a quote long enough to search for, short enough to read in one line
# pmlint's own messages and notes name lines as "line 13" or "lines 11, 12 and 16".
LINE_REFERENCE = re.compile(r"\b(?P<word>lines?) (?P<numbers>\d{1,6}(?:(?:, | and )\d{1,6})*)")
_NUMBER = re.compile(r"\d{1,6}")


@dataclass(frozen=True)
class Locator:
    """A place in the source document, stated the way a person looks for it.

    `paragraph` counts the document's paragraphs outside tables in order (headings and list
    items included; in a DOCX, python-docx's `document.paragraphs`); `table`, `row` and
    `cell` count from 1 in document order. `part` is the line within a paragraph that has
    line breaks. `line`/`column` are given only where the source has lines (HTML).
    """

    kind: str  # heading, paragraph, list item, code, cell, comment
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None
    part: int | None = None
    headings: tuple[str, ...] = ()
    quote: str = ""
    line: int | None = None
    column: int | None = None

    @property
    def short(self) -> str:
        """"paragraph 12", "table 1 row 3 cell 2": what a message says instead of a line."""
        if self.table is not None:
            where = f"table {self.table} row {self.row} cell {self.cell}"
        elif self.paragraph is not None:
            where = f"paragraph {self.paragraph}"
        elif self.line is not None:
            where = f"{self.kind} at line {self.line}"
        else:
            where = self.kind
        return where if self.part is None else f"{where} line {self.part}"

    def to_dict(self) -> dict[str, Any]:
        return {"short": self.short, "kind": self.kind, "paragraph": self.paragraph,
                "table": self.table, "row": self.row, "cell": self.cell, "part": self.part,
                "headings": list(self.headings), "quote": self.quote, "line": self.line,
                "column": self.column}


@dataclass(frozen=True)
class Span:
    """A stretch of one text line that came from one place: `text` starts at `start`.

    Readers only substitute characters one for one (a cell's "|" or line break), so a
    column in the line is an offset in `source`, the source's own text of that stretch.
    """

    start: int  # 0-based column in the text line
    source: str  # the source's text of this stretch, as long as the stretch
    where: Locator  # quote not yet filled in


@dataclass(frozen=True)
class SourceMap:
    """Every text line's spans (index 0 is line 1), the source format and reading notes."""

    format: str  # docx, html, confluence, mhtml, adf
    lines: tuple[tuple[Span, ...], ...]
    notes: tuple[str, ...] = ()  # what was read only in part, for one line each on stderr

    def locate(self, line: int, column: int = 1) -> Locator:
        """The place of a 1-based line and column, with a quote starting there.

        A line with no span of its own (a blank, a table's separator, a code fence) is
        placed at the nearest line after it that has one, else before it.
        """
        spans, column = self._spans_near(line, column)
        if not spans:
            return Locator("document")
        offset = column - 1
        span = spans[0]
        for candidate in spans:
            if candidate.start <= offset:
                span = candidate
        inside = min(max(offset - span.start, 0), len(span.source))
        return replace(span.where, quote=quote(span.source, inside))

    def short(self, line: int) -> str:
        return self.locate(line).short

    def rewrite(self, text: str) -> str:
        """pmlint's "line 13" / "lines 11, 12" made into locators: "table 1 row 3 cell 1"."""
        if "line" not in text:
            return text
        return LINE_REFERENCE.sub(self._references, text)

    def _references(self, m: re.Match[str]) -> str:
        return _NUMBER.sub(lambda n: self.short(int(n.group(0))), m.group("numbers"))

    def _spans_near(self, line: int, column: int) -> tuple[tuple[Span, ...], int]:
        count = len(self.lines)
        index = min(max(line - 1, 0), count - 1) if count else -1
        if index < 0:
            return (), column
        if self.lines[index]:
            return self.lines[index], column
        for step in range(index + 1, count):
            if self.lines[step]:
                return self.lines[step], 1
        for step in range(index - 1, -1, -1):
            if self.lines[step]:
                return self.lines[step], 1
        return (), column


def quote(text: str, offset: int) -> str:
    """Up to QUOTE_CHARS characters of `text` from `offset`, to the end of its line, cut at a
    word and marked with "…" when cut: a string a person can search the source for."""
    rest = text[offset:].split("\n", 1)[0].rstrip()
    if not rest.strip():
        rest = text.split("\n", 1)[0].rstrip()
    if len(rest) <= QUOTE_CHARS:
        return rest.strip()
    cut = rest[:QUOTE_CHARS]
    space = cut.rfind(" ")
    if space > QUOTE_CHARS // 2:
        cut = cut[:space]
    return cut.strip() + "…"
