"""Which reader a document needs: by its name first, then by what its bytes hold.

Cheap on purpose: it runs for every Markdown file, so it looks at a few leading bytes and
imports nothing. A DOCX or zipped HTML export is a zip whatever it is called; JSON holding
an Atlassian document is ADF whatever it is called; a page holding `ac:`/`ri:` elements is
Confluence storage format. Markdown and text files are sniffed only for the binary and JSON
shapes they could never be, so what pmlint read as Markdown before it still reads so.
"""

from __future__ import annotations

import os
import re
from pathlib import PurePath
from typing import Literal

from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.source import InputError, shown

Format = Literal["markdown", "zip", "html", "confluence", "mhtml", "adf"]

MARKDOWN_SUFFIXES = (".md", ".markdown", ".txt")
DOCUMENT_SUFFIXES = (*MARKDOWN_SUFFIXES, ".docx", ".html", ".htm", ".xhtml", ".mht", ".mhtml",
                     ".doc")
"""Found in a directory by default; `.json` (ADF) only when configured, since most JSON
files beside postmortems are not documents."""
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".xml")
MIME_SUFFIXES = (".mht", ".mhtml", ".doc")  # Confluence's "Word" export is MHTML or HTML
JSON_SUFFIXES = (".json", ".adf")

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc, and other OLE files
_HEAD = 4096
HTML_START = LazyPattern(rb"(?:<\?xml[^>]{0,200}>\s*)?(?:<!--[^>]{0,500}-->\s*)?"
                         rb"<(?:!doctype[ \t\r\n]+html|html|head|body|meta|title|h[1-6]|p|div|"
                         rb"table|ul|ol|ac:|ri:)[\s>/:]", re.IGNORECASE)
MIME_START = LazyPattern(rb"(?:mime-version|content-type|from|subject|date|message-id)"
                         rb"[ \t]*:", re.IGNORECASE)
ATLASSIAN_TAG = re.compile(rb"<(?:ac|ri):[a-z]", re.IGNORECASE)


def sniff(path: str, data: bytes) -> Format:
    """The reader for `data`, read from `path` ("-" for standard input)."""
    if data.startswith(ZIP_MAGIC):
        return "zip"
    if data.startswith(OLE_MAGIC):
        raise InputError(f"{shown(path)}: a Word 97-2003 binary document (or another OLE "
                         "file); pmlint reads .docx: save it as a Word document (.docx)")
    suffix = suffix_of(path).lower() if path != "-" else ""
    head = data[:_HEAD].removeprefix(b"\xef\xbb\xbf").lstrip()
    if suffix == ".docx":
        return "zip"  # not a zip: the zip reader says so
    if suffix in JSON_SUFFIXES or (head[:1] == b"{" and _holds_adf(data)):
        return "adf"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if MIME_START.match(head) and (suffix in MIME_SUFFIXES or b"multipart/" in head.lower()
                                   or b"text/html" in head.lower()):
        return "mhtml"
    if suffix in HTML_SUFFIXES or suffix in MIME_SUFFIXES or HTML_START.match(head):
        return "confluence" if ATLASSIAN_TAG.search(data) else "html"
    return "markdown"


def suffix_of(path: str) -> str:
    """`PurePath(path).suffix`, read off the last name of a plain POSIX path without
    building a path object (half of what sniffing a Markdown file cost); any other path
    (Windows separators, a trailing "/", "." or "..") is PurePath's to read."""
    name = path.rpartition("/")[2]
    if os.sep != "/" or os.altsep is not None or name in ("", ".", ".."):
        return PurePath(path).suffix
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _holds_adf(data: bytes) -> bool:
    """JSON that is an Atlassian document, or a Jira issue or Confluence page holding one."""
    import json

    try:
        value = json.loads(data)
    except (ValueError, RecursionError):
        return False
    if not isinstance(value, dict):
        return False
    if value.get("type") == "doc" and "version" in value:
        return True
    fields = value.get("fields")
    body = value.get("body")
    return (isinstance(fields, dict) and ("description" in fields or "comment" in fields)) \
        or (isinstance(body, dict) and ("atlas_doc_format" in body or "storage" in body))
