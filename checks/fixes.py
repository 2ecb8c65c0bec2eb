"""Applying fixes to a document's bytes, touching nothing but the fixed spans.

A fix is a `Replacement` on the decoded text (line, 1-based code-point columns). A user's
file is more than that text: a byte-order mark, CRLF line endings, cp1252 or UTF-16 bytes.
So fixes are never applied by re-encoding the text (that would rewrite line endings and
could change other bytes): each span is located in the original bytes, checked to decode
to exactly what the rule saw, and only those bytes are replaced. Pure functions, no I/O.
"""

from __future__ import annotations

import codecs
import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pmlint.checks.base import Finding, Replacement

_NEWLINE = re.compile(r"\r\n|\r|\n")  # the line ends timeline.source normalises, no others


class FixError(Exception):
    """The bytes do not hold what the rules read: the file cannot be fixed safely."""


@dataclass(frozen=True)
class Plan:
    """The fixes to apply to one document in one pass, and the fixable findings held back."""

    edits: tuple[Replacement, ...]
    findings: tuple[Finding, ...]  # the findings these edits fix
    unsafe_skipped: int  # fixable only with --unsafe-fixes


def plan(findings: Iterable[Finding], unsafe: bool) -> Plan:
    """Non-overlapping edits, in document order; of two overlapping, the first found wins
    (the other is met again when the document is checked after this pass)."""
    edits: list[Replacement] = []
    fixed: list[Finding] = []
    skipped = 0
    for finding in sorted(findings, key=Finding.sort_key):
        fix = finding.fix
        if fix is None or finding.locator is not None:
            continue
        if fix.applicability == "unsafe" and not unsafe:
            skipped += 1
            continue
        spans = fix.edits()
        if any("\n" in e.text or "\r" in e.text or e.end_column < e.column for e in spans):
            continue
        if all(e in edits for e in spans):  # two rules proposing the same edit: one edit
            fixed.append(finding)
            continue
        if any(_overlap(e, other) for e in spans for other in edits) or any(
                _overlap(a, b) for i, a in enumerate(spans) for b in spans[i + 1:]):
            continue
        edits.extend(spans)
        fixed.append(finding)
    edits.sort(key=lambda r: (r.line, r.column))
    return Plan(tuple(edits), tuple(fixed), skipped)


def _overlap(a: Replacement, b: Replacement) -> bool:
    if a.line != b.line:
        return False
    if a.column == a.end_column or b.column == b.end_column:  # insertions: same point clashes
        return a.column == b.column or b.column < a.column < b.end_column \
            or a.column < b.column < a.end_column
    return a.column < b.end_column and b.column < a.end_column


def codec_of(data: bytes, encoding: str) -> tuple[str, int]:
    """The codec that turns the body back into bytes, and the length of the byte-order mark,
    for an encoding as timeline.source.decode names it."""
    if encoding == "utf-8-sig":
        return "utf-8", len(codecs.BOM_UTF8)
    if encoding == "utf-16":
        return ("utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"), 2
    return encoding, 0


def apply(data: bytes, encoding: str, lines: Sequence[str],
          edits: Sequence[Replacement]) -> bytes:
    """`data` with each edit's span replaced, every other byte as it was.

    lines: the document's lines as the rules read them (newlines normalised). Raises
    FixError when the bytes do not decode to those lines, when a span is not where the edit
    says, or when the new text cannot be written in the file's encoding.
    """
    codec, bom = codec_of(data, encoding)
    try:
        body = data[bom:].decode(codec)
    except UnicodeDecodeError:
        raise FixError("its bytes no longer decode as they did") from None
    starts = _line_starts(body)
    if body.replace("\r\n", "\n").replace("\r", "\n").split("\n") != list(lines):
        raise FixError("it is not the text that was checked")
    pieces: list[bytes] = [data[:bom]]
    done_chars, done_bytes = 0, bom
    for edit in sorted(edits, key=lambda r: (r.line, r.column)):
        if not 1 <= edit.line <= len(lines):
            raise FixError(f"line {edit.line} is not in the document")
        row = lines[edit.line - 1]
        if not 1 <= edit.column <= edit.end_column <= len(row) + 1:
            raise FixError(f"line {edit.line}: columns {edit.column}-{edit.end_column} are "
                           "not on the line")
        first = starts[edit.line - 1] + edit.column - 1
        last = starts[edit.line - 1] + edit.end_column - 1
        if first < done_chars:
            raise FixError(f"line {edit.line}: overlapping fixes")
        try:
            between = body[done_chars:first].encode(codec)
            old = body[first:last].encode(codec)
            new = edit.text.encode(codec)
        except UnicodeEncodeError:
            raise FixError(f"line {edit.line}: {edit.text!r} cannot be written in "
                           f"{encoding}") from None
        start = done_bytes + len(between)
        if data[start:start + len(old)] != old or old.decode(codec) != \
                row[edit.column - 1:edit.end_column - 1]:
            raise FixError(f"line {edit.line}: the fixed span is not where it was read")
        pieces += [data[done_bytes:start], new]
        done_chars, done_bytes = last, start + len(old)
    pieces.append(data[done_bytes:])
    return b"".join(pieces)


def _line_starts(body: str) -> list[int]:
    """Offset in `body` of each line's first character (line ends as written)."""
    return [0, *(m.end() for m in _NEWLINE.finditer(body))]


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff of two texts (newlines normalised), as `git diff` would show it."""
    diff = difflib.unified_diff(_with_ends(before), _with_ends(after),
                                fromfile=f"a/{_relative(path)}",
                                tofile=f"b/{_relative(path)}")
    out = []
    for line in diff:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def _with_ends(text: str) -> list[str]:
    """Lines with their "\n" (str.splitlines would also split at form feeds and U+2028)."""
    rows = [row + "\n" for row in text.split("\n")]
    rows[-1] = rows[-1][:-1]
    return rows if rows[-1] else rows[:-1]


def _relative(path: str) -> str:
    return path.removeprefix("./").lstrip("/")
