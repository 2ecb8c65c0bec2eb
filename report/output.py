"""Writing the report file through pmlint's one safe writer (`timeline.output_file`): never
over a document of the run or a file that is not a pmlint report, and atomically.

`-o` names the one file pmlint writes. A user who types the path of their postmortem by
mistake must get an error, not an empty draft; a reader who opens the report while it is
written must see the old one or the new one, never half of either.
"""

from __future__ import annotations

from collections.abc import Iterable

from pmlint.report.html import GENERATOR
from pmlint.timeline.discovery import DOCUMENT_SUFFIXES, REPORT_SIGNATURE
from pmlint.timeline.output_file import write_output

SIGNATURE = f'<meta name="generator" content="{GENERATOR}'.encode()
assert SIGNATURE.startswith(REPORT_SIGNATURE)  # discovery skips the pages this writes
PAGES = (".html", ".htm", ".xhtml")  # a report's own names: refused only over a non-report
HEAD_BYTES = 4096


def write_report(path: str, html: str, documents: Iterable[str]) -> None:
    """Raises timeline.source.InputError (exit 2) when the report cannot go there."""
    write_output(path, html, kind="report", replaceable=is_report,
                 documents=documents,
                 document_suffixes=tuple(s for s in DOCUMENT_SUFFIXES if s not in PAGES))


def is_report(content: bytes) -> bool:
    """A file this command wrote: its head carries the generator's signature."""
    return SIGNATURE in content[:HEAD_BYTES]
