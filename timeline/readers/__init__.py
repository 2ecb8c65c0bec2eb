"""Reading documents that are not Markdown: DOCX, HTML, Confluence, MHTML, ADF.

`read_document` is the one entry point: Markdown and text are decoded as always; any other
format is sniffed (readers.sniff), read by its own module, which is imported only then (so
checking Markdown never loads mammoth, bs4, lxml or python-docx), and written as Markdown
with a map back to the source (readers.blocks).
"""

from __future__ import annotations

import importlib
from dataclasses import replace

from pmlint.timeline.readers.sniff import DOCUMENT_SUFFIXES, sniff
from pmlint.timeline.source import SourceText, decode, read_bytes

READERS = {
    "zip": "pmlint.timeline.readers.archive",
    "html": "pmlint.timeline.readers.html",
    "confluence": "pmlint.timeline.readers.html",
    "mhtml": "pmlint.timeline.readers.mhtml",
    "adf": "pmlint.timeline.readers.adf",
}


def read_document(path: str) -> SourceText:
    """The document at `path` ("-" for stdin) as text pmlint parses.

    Raises timeline.source.InputError, with one line for the user, for anything unreadable.
    """
    return document_from_bytes(read_bytes(path), path)


def document_from_bytes(data: bytes, path: str) -> SourceText:
    fmt = sniff(path, data)
    if fmt == "markdown":
        return decode(data, path)
    module = importlib.import_module(READERS[fmt])
    text, source_map = module.read(data, path, fmt)
    return replace(SourceText(path, text, "utf-8"), source_map=source_map)


__all__ = ["DOCUMENT_SUFFIXES", "document_from_bytes", "read_document"]
