"""A Markdown summary of every finding: GitHub Actions' job summary, where a run's findings
are all listed (GitHub shows only 10 annotations per severity per step), or any page that
renders Markdown.

Document text is escaped so that it cannot break the table or add markup: pipes, angle
brackets, backticks and other Markdown punctuation are escaped and control characters
shown as escapes.
"""

from __future__ import annotations

from pmlint.checks.reporters.common import Report, position, summary
from pmlint.timeline.printable import printable

HEADING = "### pmlint"
MAX_BYTES = 900_000  # GitHub refuses a step summary over 1 MiB


def render(report: Report) -> str:
    s = summary(report.results)
    head = [HEADING, "",
            f"{s['files']} file{'s' if s['files'] != 1 else ''} checked: {s['errors']} "
            f"error{'s' if s['errors'] != 1 else ''}, {s['warnings']} warning"
            f"{'s' if s['warnings'] != 1 else ''}, {s['infos']} info"
            + (f", {s['unreadable']} unreadable" if s["unreadable"] else "")
            + (f", {s['failed']} failed by a bug in pmlint" if s["failed"] else ""), ""]
    rows = [f"| {r.path and _cell(r.path)} | | unreadable | {_cell(r.error)} |"
            for r in report.results if r.error]
    rows += [f"| {_cell(f'{f.path}:{position(f)}')} | {f.severity} | "
             f"{_cell(f'{f.rule} ({f.code})')} | {_cell(f.message)} |"
             for r in report.results for f in r.findings]
    if not rows:
        return "\n".join(head) + "\n"
    lines = [*head, "| where | severity | rule | message |", "|---|---|---|---|"]
    size = sum(len(line) + 1 for line in lines)
    for n, row in enumerate(rows):
        if size + len(row.encode()) + 1 > MAX_BYTES:
            lines.append("")
            lines.append(f"... and {len(rows) - n} more (see the full output of the step)")
            break
        lines.append(row)
        size += len(row.encode()) + 1
    return "\n".join(lines) + "\n"


_ESCAPED = str.maketrans({c: f"\\{c}" for c in "\\`*_[]|#!~"} | {"<": "&lt;", ">": "&gt;",
                                                                   "&": "&amp;"})


def _cell(text: str | None) -> str:
    return printable(" ".join((text or "").split())).translate(_ESCAPED)


def is_output(content: bytes) -> bool:
    """Whether a file holds an earlier summary of this format (so it may be replaced)."""
    return content.startswith(HEADING.encode() + b"\n")
