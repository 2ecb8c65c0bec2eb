"""Zip containers: a DOCX, or Google Docs' zipped HTML export; bounded before anything opens.

A zip states each member's uncompressed size, and Python's zipfile never inflates a member
beyond the size it states (it stops there and checks the CRC), so adding up the stated sizes
bounds what reading can cost: a zip bomb is refused before one byte is inflated.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence

from pmlint.timeline.locator import SourceMap
from pmlint.timeline.source import MAX_BYTES, InputError, shown

MAX_MEMBERS = 2_000
MAX_UNZIPPED = 8 * MAX_BYTES  # every member together, as stated in the zip
MAX_MEMBER = 4 * MAX_BYTES  # any one member (word/document.xml is the big one)


def open_zip(data: bytes, path: str) -> zipfile.ZipFile:
    """The zip in `data`, after its stated sizes are checked; InputError when damaged."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as error:
        raise InputError(f"{shown(path)}: not a readable zip ({_reason(error)}): a damaged "
                         "or truncated file") from None
    if len(members) > MAX_MEMBERS:
        raise InputError(f"{shown(path)}: a zip of {len(members):,} files, more than the "
                         f"{MAX_MEMBERS:,} a document holds")
    total = sum(m.file_size for m in members)
    biggest = max(members, key=lambda m: m.file_size, default=None)
    if total > MAX_UNZIPPED or (biggest is not None and biggest.file_size > MAX_MEMBER):
        raise InputError(f"{shown(path)}: unzips to {total:,} bytes, more than the "
                         f"{MAX_UNZIPPED:,}-byte limit (a zip bomb, or not a postmortem)")
    return archive


def member(archive: zipfile.ZipFile, name: str, path: str) -> bytes:
    """One member's bytes; InputError when it is damaged."""
    try:
        return archive.read(name)
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError, OSError,
            NotImplementedError, RuntimeError) as error:
        raise InputError(f"{shown(path)}: cannot unzip {name} ({_reason(error)}): a damaged "
                         "or truncated file") from None


def read(data: bytes, path: str, _fmt: str) -> tuple[str, SourceMap]:
    """A DOCX, or a zipped HTML export (one .html page and its images)."""
    archive = open_zip(data, path)
    names = archive.namelist()
    if "word/document.xml" in names:
        from pmlint.timeline.readers import docx

        return docx.read_package(archive, path)
    pages = [n for n in names if n.lower().endswith((".html", ".htm", ".xhtml"))
             and not n.startswith("__MACOSX/")]
    if len(pages) == 1:
        from pmlint.timeline.readers import html

        return html.read(member(archive, pages[0], path), path, "html")
    raise InputError(f"{shown(path)}: a zip that is neither a DOCX nor a zipped HTML page "
                     f"({_listing(names)})")


def _listing(names: Sequence[str]) -> str:
    if "mimetype" in names:
        return "an OpenDocument file? save it as .docx"
    if not names:
        return "it is empty"
    shown_names = ", ".join(names[:3])
    return f"it holds {shown_names}" + (", ..." if len(names) > 3 else "")


def _reason(error: BaseException) -> str:
    text = " ".join(str(error).split())[:120]
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
