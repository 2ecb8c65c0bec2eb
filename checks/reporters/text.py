"""Terminal output for a reviewer: each finding as a compiler shows it, with its source
line and a caret under the span, the suggestion, and a summary line.

The first line of a finding stays `path:line:column: severity rule message`, which editors
and `grep` follow; the source line and caret come under it, as ruff and rustc show them.
Colour and wrapping are a `Style` the caller decided (checks.reporters.terminal); with
the default style the output is plain and the same bytes on every machine.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from pmlint.checks.base import SEVERITY_RANK, Finding
from pmlint.checks.reporters.common import Report, context, position, summary
from pmlint.checks.reporters.terminal import DEFAULT_WIDTH, Style, cells, paint
from pmlint.timeline.printable import printable

SEVERITY_STYLE = MappingProxyType({"error": ("bold", "red"), "warning": ("bold", "yellow"),
                                   "info": ("bold", "blue")})
INDENT = "    "
NO_LINES: Mapping[str, Sequence[str]] = MappingProxyType({})



PLAIN = Style()


def render(report: Report, lines: Mapping[str, Sequence[str]] = NO_LINES,
           style: Style = PLAIN) -> str:
    """lines: each document's lines as the rules read them, for the source under a finding
    (a document without them gets no source line). An unreadable file goes on stderr (the
    CLI's), not here."""
    lines = lines or report.lines
    out: list[str] = []
    for result in report.results:
        if style.statistics:
            continue
        for f in result.findings:
            out.extend(_finding(f, lines.get(f.path, ()), style))
    if style.statistics:
        out.extend(statistics(report, style))
    if not style.quiet:
        out.append(_summary(report, style))
    return "".join(line + "\n" for line in out)


def _wrap(text: str, width: int, indent: str) -> list[str]:
    """`text` wrapped at word boundaries; textwrap is imported only when a line is too long."""
    import textwrap

    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False)


def _finding(f: Finding, rows: Sequence[str], style: Style) -> list[str]:
    on = style.color
    head = printable(f"{f.path}:{position(f)}:")
    severity, rule, message = f.severity, f.rule, printable(f.message)
    plain = f"{head} {severity} {rule} {message}"
    if style.width is not None and len(plain) > style.width:
        wrapped = _wrap(plain, style.width, INDENT)
    else:
        wrapped = [plain]
    out = _painted(wrapped, [(head, ("bold",)), (severity, SEVERITY_STYLE[severity]),
                             (rule, ("cyan",))], on)
    if f.locator is not None:
        out.append(f"{INDENT}at: {printable(context(f.locator))}")
    elif 0 < f.line <= len(rows):
        out.extend(_source(f, rows, style))
    if f.suggestion:
        flag = ""
        if f.fix is not None:
            flag = "[--fix]" if f.fix.applicability == "safe" else "[--fix --unsafe-fixes]"
        words = f"{INDENT}suggestion: {printable(f.suggestion)}"
        width = style.width
        rows = (_wrap(words, width, INDENT * 2)
                if width is not None and len(words) > width else [words])
        rows[0] = rows[0].replace("suggestion:", paint("suggestion:", "bold", on=on), 1)
        if flag and width is not None and len(rows[-1]) + 1 + len(flag) > width:
            rows.append(INDENT * 2 + paint(flag, "green", on=on))
        elif flag:
            rows[-1] += " " + paint(flag, "green", on=on)
        out.extend(rows)
    return out


def _painted(rows: list[str], words: list[tuple[str, tuple[str, ...]]], on: bool
             ) -> list[str]:
    """Rows wrapped as plain text, with the given words (in order, as whole words) painted
    where the wrapping put them: colour codes must not count toward the width."""
    if not on:
        return rows
    out, index, at = [], 0, 0
    for row in rows:
        pieces, cursor = [], 0
        while index < len(words):
            word, styles = words[index]
            found = row.find(word, max(cursor, at))
            if found < 0:
                break
            pieces += [row[cursor:found], paint(word, *styles, on=True)]
            cursor = found + len(word)
            index += 1
        out.append("".join(pieces) + row[cursor:])
        at = 0
    return out


def _source(f: Finding, rows: Sequence[str], style: Style) -> list[str]:
    """The finding's line with a caret under its span, cut around the span to the width."""
    row = rows[f.line - 1]
    start = min(max(f.column - 1, 0), len(row))
    end = len(row) if f.end_line > f.line else min(max(f.end_column - 1, start), len(row))
    before, span, after = printable(row[:start]), printable(row[start:end]), printable(row[end:])
    gutter = str(f.line)
    room = (style.width or DEFAULT_WIDTH) - len(INDENT) - len(gutter) - 3
    room = max(room, 20)
    if cells(before) + cells(span) > room * 2 // 3:  # keep some context before the span
        keep = max(room // 3, 8)
        before = "…" + _tail(before, keep)
    if cells(before) + cells(span) + cells(after) > room:
        left = max(room - cells(before) - cells(span) - 1, 0)
        after = _head(after, left) + "…"
    if cells(before) + cells(span) > room:  # a span longer than the room: cut it too
        span = _head(span, max(room - cells(before) - 1, 1)) + "…"
    on = style.color
    carets = "^" * max(cells(span), 1)
    bar = paint("|", "blue", "bold", on=on)
    severity = SEVERITY_STYLE[f.severity]
    return [f"{INDENT}{paint(gutter, 'blue', 'bold', on=on)} {bar} {before}"
            f"{paint(span, *severity, on=on)}{after}".rstrip(),
            f"{INDENT}{' ' * len(gutter)} {bar} {' ' * cells(before)}"
            f"{paint(carets, *severity, on=on)}"]


def _head(text: str, width: int) -> str:
    """The longest start of `text` that fits in `width` cells."""
    out = []
    for ch in text:
        if cells("".join(out) + ch) > width:
            break
        out.append(ch)
    return "".join(out)


def _tail(text: str, width: int) -> str:
    return _head(text[::-1], width)[::-1]


def statistics(report: Report, style: Style = PLAIN) -> list[str]:
    """One row per rule that fired: count, code, name, severity, how many --fix fixes."""
    findings = [f for r in report.results for f in r.findings]
    counts = Counter(f.code for f in findings)
    if not counts:
        return []
    by_code = {f.code: f for f in findings}
    worst = {code: max((f.severity for f in findings if f.code == code),
                       key=SEVERITY_RANK.__getitem__) for code in counts}
    safe = Counter(f.code for f in findings if f.fix and f.fix.applicability == "safe")
    unsafe = Counter(f.code for f in findings if f.fix and f.fix.applicability == "unsafe")
    number = max(len(str(n)) for n in counts.values())
    name = max(len(by_code[code].rule) for code in counts)
    rows = []
    for code, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        fixes = []
        if safe[code]:
            fixes.append(f"{safe[code]} fixable with --fix")
        if unsafe[code]:
            fixes.append(f"{unsafe[code]} with --unsafe-fixes")
        severity = worst[code]
        row = (f"{n:>{number}}  {code}  {by_code[code].rule:<{name}}  "
               f"{paint(f'{severity:<7}', *SEVERITY_STYLE[severity], on=style.color)}  "
               + ", ".join(fixes))
        rows.append(row.rstrip())
    return rows


def _summary(report: Report, style: Style) -> str:
    s = summary(report.results)
    files = f"{s['files']} file{'s' if s['files'] != 1 else ''} checked"
    counted = [(_count(s[key], word), word if s[key] else None)
               for key, word in (("errors", "error"), ("warnings", "warning"), ("infos", "info"))]
    if s["unreadable"]:
        counted.append((f"{s['unreadable']} unreadable", None))
    if s["failed"]:
        counted.append((f"{s['failed']} failed by a bug in pmlint", None))
    fixable = sum(1 for r in report.results for f in r.findings
                  if f.fix is not None and f.fix.applicability == "safe")
    plain = f"{files}: " + ", ".join(text for text, _ in counted)
    line = f"{files}: " + ", ".join(
        paint(text, *SEVERITY_STYLE[word], on=style.color) if word else text
        for text, word in counted)
    if fixable:
        end = f"({fixable} fixable with --fix)"
        fits = style.width is None or len(plain) + 1 + len(end) <= style.width
        line += (" " if fits else "\n" + INDENT) + end
    return line


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 and word != 'info' else ''}"
