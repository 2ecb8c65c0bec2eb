"""Atlassian Document Format (ADF): Jira issue descriptions and comments, Confluence Cloud.

Accepted shapes: an ADF document (`{"type": "doc", "version": 1, "content": [...]}`); a
Jira issue as the REST API returns it (`fields.summary`, `fields.description`,
`fields.comment.comments[].body`); a Confluence page with `body.atlas_doc_format.value`
(ADF as a JSON string) or `body.storage.value` (storage format, read by readers.html).

A `date` node is `attrs.timestamp`, epoch milliseconds (a string), meaning a day: it is
written as that UTC date, "2025-09-24". A node type this reader does not know is read as
far as it goes (its content or its text) and named in a note, never a failure.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from pmlint.timeline.locator import Locator, SourceMap
from pmlint.timeline.readers.blocks import Block, Piece, render
from pmlint.timeline.readers.directives import is_directive
from pmlint.timeline.source import InputError, shown

MAX_DEPTH = 100  # deeper than this, a node's text is read flat
CONTAINERS = frozenset(("doc", "panel", "expand", "nestedExpand", "layoutSection",
                        "layoutColumn", "bodiedExtension", "extensionFrame",
                        "multiBodiedExtension", "bodiedSyncBlock", "syncBlock"))
LISTS = frozenset(("bulletList", "orderedList", "taskList", "decisionList"))
ITEMS = frozenset(("listItem", "taskItem", "decisionItem"))
SKIPPED = frozenset(("rule", "mediaSingle", "mediaGroup", "media", "mediaInline", "extension",
                     "blockCard", "embedCard", "placeholder", "inlineExtension", "caption"))
INLINE = frozenset(("text", "hardBreak", "mention", "emoji", "date", "status", "inlineCard"))


@dataclass
class _Walker:
    blocks: list[Block] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    paragraphs: int = 0
    tables: int = 0
    quoted: int = 0  # how many blockquote nodes enclose the walk

    def where(self, kind: str, part: int | None = None) -> Locator:
        return Locator(kind, paragraph=self.paragraphs, part=part)

    def unknown(self, node: Any, path: str) -> None:
        kind = node.get("type") if isinstance(node, dict) else type(node).__name__
        self.notes.append(f"unknown ADF node {str(kind)[:40]!r} at {path} read as far as it goes")

    # -- blocks ------------------------------------------------------------------------

    def block(self, node: Any, path: str, depth: int) -> None:
        if not isinstance(node, dict):
            self.unknown(node, path)
            return
        kind = node.get("type")
        if depth > MAX_DEPTH:
            self.notes.append(f"ADF nested deeper than {MAX_DEPTH} levels at {path}: read flat")
            self.lines(list(_flat_text(node)), "paragraph")
        elif kind in CONTAINERS:
            self.children(node, path, depth)
        elif kind == "blockquote":
            self.quoted += 1
            self.children(node, path, depth)
            self.quoted -= 1
        elif kind == "paragraph":
            self.lines(self.inline(node, path), "paragraph")
        elif kind == "heading":
            text = " ".join(self.inline(node, path))
            if text.strip():
                self.paragraphs += 1
                level = _int(node.get("attrs", {}), "level", 1)
                self.blocks.append(Block("heading", (Piece(text, self.where("heading")),),
                                         level=level))
        elif kind in LISTS:
            self.list(node, path, depth, 0)
        elif kind == "codeBlock":
            self.code(node, path)
        elif kind == "table":
            self.table(node, path, depth)
        elif kind in SKIPPED:
            return
        elif kind in INLINE:
            self.lines(self.inline({"content": [node]}, path), "paragraph")
        else:
            self.unknown(node, path)
            if isinstance(node.get("content"), list):
                self.children(node, path, depth)
            elif isinstance(node.get("text"), str):
                self.lines(node["text"].split("\n"), "paragraph")

    def children(self, node: dict[str, Any], path: str, depth: int) -> None:
        content = node.get("content")
        if not isinstance(content, list):
            return
        for n, child in enumerate(content):
            self.block(child, f"{path}.content[{n}]", depth + 1)

    def lines(self, lines: list[str], kind: str) -> None:
        lines = [line for line in (x.strip() for x in lines) if line]
        if not lines:
            return
        self.paragraphs += 1
        if len(lines) == 1 and is_directive(lines[0]):
            self.blocks.append(Block("directive", (Piece(lines[0], self.where(kind)),)))
            return
        many = len(lines) > 1
        self.blocks.append(Block("paragraph", tuple(
            Piece(line, self.where(kind, n if many else None)) for n, line in enumerate(lines, 1)),
            quoted=self.quoted > 0))

    def list(self, node: dict[str, Any], path: str, depth: int, level: int) -> None:
        for n, item in enumerate(_content(node)):
            where = f"{path}.content[{n}]"
            if not isinstance(item, dict) or item.get("type") not in ITEMS:
                self.block(item, where, depth + 1)
                continue
            lines: list[str] = []
            emitted = False  # after nested content, the item's text continues it
            for m, child in enumerate(_content(item)):
                kind = child.get("type") if isinstance(child, dict) else None
                if kind in LISTS:
                    emitted = self.item(lines, level, emitted) or emitted
                    lines = []
                    self.list(child, f"{where}.content[{m}]", depth + 2, level + 1)
                elif kind in INLINE:
                    lines.extend(self.inline({"content": [child]}, where))
                elif kind == "paragraph":
                    lines.extend(self.inline(child, f"{where}.content[{m}]"))
                elif kind == "codeBlock":  # code inside the item stays inside it
                    emitted = self.item(lines, level, emitted) or emitted
                    lines = []
                    self.code(child, f"{where}.content[{m}]", nested=level + 1)
                    emitted = True
                else:
                    emitted = self.item(lines, level, emitted) or emitted
                    lines = []
                    self.block(child, f"{where}.content[{m}]", depth + 2)
            self.item(lines, level, emitted)

    def item(self, lines: list[str], level: int, continued: bool = False) -> bool:
        """A list item's lines as a block; False when there were none."""
        lines = [line for line in (x.strip() for x in lines) if line]
        if not lines:
            return False
        self.paragraphs += 1
        many = len(lines) > 1
        self.blocks.append(Block("item", tuple(
            Piece(line, self.where("list item", n if many else None))
            for n, line in enumerate(lines, 1)), level=level, quoted=self.quoted > 0,
            continued=continued))
        return True

    def code(self, node: dict[str, Any], path: str, nested: int = 0) -> None:
        text = "".join(c.get("text", "") for c in _content(node)
                       if isinstance(c, dict) and isinstance(c.get("text", ""), str))
        lines = text.split("\n")
        if not any(line.strip() for line in lines):
            return
        self.paragraphs += 1
        many = len(lines) > 1
        self.blocks.append(Block("code", tuple(
            Piece(line, self.where("code", n if many else None))
            for n, line in enumerate(lines, 1)), level=nested, quoted=self.quoted > 0))

    def table(self, node: dict[str, Any], path: str, depth: int) -> None:
        self.tables += 1
        number = self.tables
        rows: list[tuple[Piece, ...]] = []
        kinds: list[list[bool]] = []
        for r, row in enumerate(_content(node), 1):
            cells: list[Piece] = []
            kinds.append([])
            column = 1
            for c, cell in enumerate(_content(row)):
                if not isinstance(cell, dict):
                    continue
                where = f"{path}.content[{r - 1}].content[{c}]"
                text = "\n".join(self.cell_lines(cell, where, depth + 2))
                cells.append(Piece(text, Locator("cell", table=number, row=r, cell=column)))
                kinds[-1].append(cell.get("type") == "tableHeader")
                column += _int(cell.get("attrs", {}), "colspan", 1)
            rows.append(tuple(cells))
        if all(k and all(k) for k in kinds[:1]):
            header = "row"
        elif kinds and all(len(k) > 1 and k[0] and not any(k[1:]) for k in kinds):
            header = "column"
        else:
            header = "guess"
        self.blocks.append(Block("table", rows=tuple(rows), header=header))  # type: ignore[arg-type]

    def cell_lines(self, cell: dict[str, Any], path: str, depth: int) -> list[str]:
        """A cell's blocks, each a line of its text (lists and nested tables flattened)."""
        inner = _Walker(notes=self.notes)
        inner.children(cell, path, depth)
        lines = []
        for block in inner.blocks:
            lines.extend(p.text for p in block.pieces)
            lines.extend(" ".join(p.text.split()) for row in block.rows for p in row)
        return lines

    # -- inline ------------------------------------------------------------------------

    def inline(self, node: dict[str, Any], path: str) -> list[str]:
        """The lines of an inline run (hardBreak starts a new one)."""
        out: list[str] = []
        for n, child in enumerate(_content(node)):
            if not isinstance(child, dict):
                self.unknown(child, f"{path}.content[{n}]")
                continue
            kind = child.get("type")
            attrs = child.get("attrs") if isinstance(child.get("attrs"), dict) else {}
            if kind == "text":
                out.append(str(child.get("text", "")))
            elif kind == "hardBreak":
                out.append("\n")
            elif kind == "date":
                out.append(_date(attrs.get("timestamp"), self.notes, path))
            elif kind == "mention":
                out.append(str(attrs.get("text") or "@user"))
            elif kind in ("emoji", "status"):
                out.append(str(attrs.get("text") or attrs.get("shortName") or ""))
            elif kind == "inlineCard":
                out.append(str(attrs.get("url") or ""))
            elif kind in SKIPPED:
                continue
            else:
                self.unknown(child, f"{path}.content[{n}]")
                if isinstance(child.get("text"), str):
                    out.append(child["text"])
                elif isinstance(child.get("content"), list):
                    out.extend(self.inline(child, f"{path}.content[{n}]"))
        return "".join(out).split("\n")


def read(data: bytes, path: str, _fmt: str) -> tuple[str, SourceMap]:
    """An ADF document, Jira issue or Confluence page (JSON)."""
    try:
        value = json.loads(data)
    except (ValueError, RecursionError) as error:
        raise InputError(f"{shown(path)}: not valid JSON ({' '.join(str(error).split())[:100]})"
                         ) from None
    walker = _Walker()
    storage = _storage(value)
    if storage is not None:
        from pmlint.timeline.readers import html

        text, source_map = html.read(storage.encode("utf-8"), path, "confluence")
        lines = tuple(tuple(replace(s, where=replace(s.where, line=None, column=None))
                            for s in spans) for spans in source_map.lines)
        return text, replace(source_map, lines=lines)
    documents = list(_documents(value, walker.notes))
    if not documents:
        raise InputError(f"{shown(path)}: JSON that holds no Atlassian document (no "
                         "\"type\": \"doc\", Jira issue fields or Confluence page body)")
    for title, level, document, where in documents:
        if title:
            walker.paragraphs += 1
            walker.blocks.append(Block("heading", (Piece(title, walker.where("heading")),),
                                       level=level))
        if isinstance(document, str):
            walker.notes.append(f"{where} is text, not ADF (Jira wiki markup?): read as plain text")
            for line in document.replace("\r\n", "\n").split("\n"):
                walker.lines([line], "paragraph")
        else:
            walker.block(document, where, 0)
    return render(walker.blocks, "adf", path, walker.notes)


def _documents(value: Any, notes: list[str]
               ) -> Iterator[tuple[str | None, int, Any, str]]:
    """(heading, its level, ADF document or text, JSON path) for each document in `value`:
    a Jira issue's summary heads its description, and each comment gets a heading."""
    if not isinstance(value, dict):
        return
    if value.get("type") == "doc":
        yield None, 1, value, "$"
        return
    fields = value.get("fields")
    if isinstance(fields, dict):
        summary = fields.get("summary")
        description = fields.get("description")
        if description is not None:
            yield (str(summary) if summary else None), 1, description, "$.fields.description"
        comments = fields.get("comment", {})
        comments = comments.get("comments", []) if isinstance(comments, dict) else []
        for n, comment in enumerate(comments if isinstance(comments, list) else []):
            if isinstance(comment, dict) and comment.get("body") is not None:
                yield (f"Comment {n + 1}", 2, comment["body"],
                       f"$.fields.comment.comments[{n}].body")
        return
    body = value.get("body")
    if isinstance(body, dict):
        adf = body.get("atlas_doc_format")
        raw = adf.get("value") if isinstance(adf, dict) else None
        if isinstance(raw, str):
            try:
                document = json.loads(raw)
            except (ValueError, RecursionError):
                notes.append("body.atlas_doc_format.value is not JSON")
                return
            title = value.get("title")
            yield (str(title) if title else None), 1, document, "$.body.atlas_doc_format.value"


def _storage(value: Any) -> str | None:
    """A Confluence page's storage-format body, when it has no ADF body."""
    if not isinstance(value, dict) or not isinstance(value.get("body"), dict):
        return None
    body = value["body"]
    if "atlas_doc_format" in body:
        return None
    storage = body.get("storage")
    raw = storage.get("value") if isinstance(storage, dict) else None
    return raw if isinstance(raw, str) else None


def _content(node: Any) -> list[Any]:
    content = node.get("content") if isinstance(node, dict) else None
    return content if isinstance(content, list) else []


def _flat_text(node: Any) -> Iterator[str]:
    """Every text in a subtree, without recursion (for pathologically deep documents)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            if isinstance(current.get("text"), str):
                yield current["text"]
            stack.extend(reversed(_content(current)))


def _date(timestamp: Any, notes: list[str], path: str) -> str:
    """An ADF date (epoch milliseconds, usually a string) as the UTC day it stands for."""
    try:
        millis = int(str(timestamp).strip())
        day = dt.datetime.fromtimestamp(millis / 1000, dt.UTC).date()
    except (ValueError, OverflowError, OSError):
        notes.append(f"date at {path} has no readable timestamp ({str(timestamp)[:30]!r})")
        return ""
    return day.isoformat()


def _int(attrs: Any, key: str, default: int) -> int:
    try:
        return max(1, min(int(attrs.get(key, default)), 1000)) if isinstance(attrs, dict) \
            else default
    except (TypeError, ValueError):
        return default
