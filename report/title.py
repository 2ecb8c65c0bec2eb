"""The title a reviewer knows an incident by, found in the document's opening lines."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath

GENERIC = frozenset({
    "postmortem", "post-mortem", "post mortem", "postmortem report", "incident report",
    "incident postmortem", "incident post-mortem", "issue summary", "summary",
    "incident summary", "executive summary", "overview", "report", "incident",
    "postmortem document", "root cause analysis", "rca", "timeline", "impact",
    "root cause", "background", "details", "description", "incident details",
})
MAX_TITLE = 120
OPENING_LINES = 12  # a title stands near the top; further down is the body


def document_title(lines: Sequence[str], field_lines: frozenset[int], path: str,
                   heading_lines: frozenset[int] = frozenset()) -> str:
    """A `Title:` field's value is handled by the caller; here: the first heading or short
    opening line, above the header fields, that is not a generic word ("Postmortem",
    "Issue Summary"), else the first generic one, else the file's name.

    `field_lines` are 1-based lines holding a header field ("Duration: ..."), which are
    not titles; `heading_lines` are 1-based lines Markdown reads as headings.
    """
    fallback: str | None = None
    seen = 0
    for number, raw in enumerate(lines, start=1):
        text = _clean(raw)
        if not text or _is_rule(raw):
            continue
        seen += 1
        if seen > OPENING_LINES:
            break
        if number in field_lines and number not in heading_lines:
            break  # the header fields begin: the title, if any, stood above them
        if len(text) > MAX_TITLE and number not in heading_lines:
            continue
        if text.lower().rstrip(":") in GENERIC:
            fallback = fallback or text.rstrip(":")
            continue
        return _shorten(text)
    return fallback or PurePath(path).name


def _clean(line: str) -> str:
    text = line.strip().lstrip("#").strip().strip("*_").strip()
    return " ".join(text.split())


def _is_rule(line: str) -> bool:
    """A setext underline or a thematic break: ===, ---, ***."""
    stripped = line.strip()
    return len(stripped) >= 3 and len(set(stripped)) == 1 and stripped[0] in "=-*_"


def _shorten(text: str) -> str:
    return text if len(text) <= MAX_TITLE else text[:MAX_TITLE - 1].rstrip() + "…"
