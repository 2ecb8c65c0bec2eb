"""Writing the report file: never over a file that is not a pmlint report, and atomically.

`-o` names the one file pmlint writes. A user who types the path of their postmortem by
mistake must get an error, not an empty draft; a reader who opens the report while it is
written must see the old one or the new one, never half of either.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from pmlint.report.html import GENERATOR

SIGNATURE = f'<meta name="generator" content="{GENERATOR}'.encode()
HEAD_BYTES = 4096


class OutputError(Exception):
    """The report cannot be written where asked: one line for stderr."""


def write_report(path: str, html: str) -> None:
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(f"{path}: no such folder: {folder}")
    if target.is_dir():
        raise OutputError(f"{path} is a folder; give a file name such as {target / 'report.html'}")
    if (target.exists() or target.is_symlink()) and not is_report(target):
        raise OutputError(f"refusing to overwrite {path}: it is not a pmlint report")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                             dir=folder)
    except OSError as error:
        raise OutputError(f"{path}: cannot write in {folder}: {error.strerror}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(html)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write: {error.strerror}") from None


def is_report(path: Path) -> bool:
    """A file this command wrote: its head carries the generator's signature."""
    try:
        with path.open("rb") as existing:
            return SIGNATURE in existing.read(HEAD_BYTES)
    except OSError:
        return False


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
