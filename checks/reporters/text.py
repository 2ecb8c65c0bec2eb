"""Terminal output for a reviewer: compiler-style lines, the suggestion, a summary line."""

from __future__ import annotations

from pmlint.checks.reporters.common import Report, context, position, summary
from pmlint.timeline.printable import printable


def render(report: Report) -> str:
    lines: list[str] = []
    for result in report.results:  # an unreadable file goes on stderr (the CLI's), not here
        for f in result.findings:
            lines.append(f"{f.path}:{position(f)}: {f.severity} {f.rule} {f.message}")
            if f.locator is not None:
                lines.append(f"    at: {context(f.locator)}")
            if f.suggestion:
                lines.append(f"    suggestion: {f.suggestion}")
    s = summary(report.results)
    files = f"{s['files']} file{'s' if s['files'] != 1 else ''} checked"
    parts = [_count(s["errors"], "error"), _count(s["warnings"], "warning"),
             _count(s["infos"], "info")]
    if s["unreadable"]:
        parts.append(f"{s['unreadable']} unreadable")
    if s["failed"]:
        parts.append(f"{s['failed']} failed by a bug in pmlint")
    lines.append(f"{files}: " + ", ".join(parts))
    return "\n".join(printable(line) for line in lines) + "\n"


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 and word != 'info' else ''}"
