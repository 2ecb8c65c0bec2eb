"""Inline suppression written where HTML comments cannot be: a paragraph of its own.

In a DOCX, a Google Doc or a Confluence page an author cannot write `<!-- ... -->`, so a
paragraph that reads `pmlint disable-next-line ampm-flip` is the same directive. A
paragraph that only mentions pmlint ("pmlint found two errors") stays text; a near miss
("pmlint disabel ampm-flip") is kept as a directive so that bad-directive reports it.
"""

from __future__ import annotations

import re

PARAGRAPH_DIRECTIVE = re.compile(
    r"[ \t]*pmlint[ \t]+(?:dis|en)ab?l?e?[a-z-]{0,20}(?:[ \t][^\n]{0,300})?", re.IGNORECASE)
COMMENT_DIRECTIVE = re.compile(r"[ \t]*<!--[ \t]*pmlint\b[^\n]{0,300}-->[ \t]*")


def is_directive(text: str) -> bool:
    """Whether a whole paragraph is a pmlint directive, plain or as an HTML comment."""
    return bool(PARAGRAPH_DIRECTIVE.fullmatch(text) or COMMENT_DIRECTIVE.fullmatch(text))
