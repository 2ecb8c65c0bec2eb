"""Reading evidence safely: every file with a size bound, a zip by its uncompressed size too.

An export is someone else's file: it may be truncated, huge, a zip bomb, a FIFO or JSON of
the wrong shape. Each failure becomes one EvidenceError line naming the file.
"""

from __future__ import annotations

import json
import os
import stat
import struct
import zipfile
from collections.abc import Iterator
from typing import IO, Any

from pmlint.timeline.evidence.model import EvidenceError
from pmlint.timeline.source import InputError, read_file, shown

MAX_JSON_BYTES = 64 * 1024 * 1024
"""A platform export (one incident, its log, its updates) is far smaller than this."""
MAX_EXPORT_BYTES = 1024 * 1024 * 1024
"""A Slack export is streamed; beyond this many uncompressed bytes it is refused (time)."""
MAX_ZIP_ENTRIES = 500_000
MAX_ZIP_DIRECTORY = 64 * 1024 * 1024
"""The central directory is read whole by zipfile: its size is checked first."""
_CHUNK = 1024 * 1024


def regular_file_size(path: str) -> int:
    """The size of a regular file; anything else (missing, a FIFO, a device) is refused."""
    try:
        info = os.stat(path)
    except OSError as error:
        raise EvidenceError(f"{shown(path)}: {_reason(error)}") from None
    if not stat.S_ISREG(info.st_mode):
        raise EvidenceError(f"{shown(path)}: not a regular file")
    return info.st_size


def read_bytes(path: str, limit: int | None = None) -> bytes:
    """A whole file, refused beyond `limit` bytes, through the one bounded reader every file
    pmlint reads goes through (opened without blocking, checked with fstat)."""
    limit = MAX_JSON_BYTES if limit is None else limit
    try:
        data = read_file(path, limit)
    except InputError as error:
        raise EvidenceError(str(error)) from None
    if not data.strip():
        raise EvidenceError(f"{shown(path)}: empty file")
    return data


def decode(data: bytes, where: str) -> str:
    if b"\x00" in data[:8192]:
        raise EvidenceError(f"{where}: binary file, not JSON or CSV")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise EvidenceError(f"{where}: not UTF-8 (byte 0x{data[error.start]:02X} at offset "
                            f"{error.start})") from None


def load_json(data: bytes, where: str) -> Any:
    """Parsed JSON, or one line saying why not (bad syntax, too deeply nested)."""
    text = decode(data, where)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise EvidenceError(f"{where}: not valid JSON ({error.msg} at line {error.lineno}, "
                            f"column {error.colno})") from None
    except RecursionError:
        raise EvidenceError(f"{where}: JSON nested too deeply to be an export") from None
    except ValueError as error:  # e.g. an integer with too many digits
        raise EvidenceError(f"{where}: not valid JSON ({error})") from None


def _reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError | NotADirectoryError):
        return "no such file"
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    return "cannot read (" + " ".join((error.strerror or type(error).__name__).split()) + ")"


# --- zip ------------------------------------------------------------------------------------

_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"


def zip_directory(path: str) -> tuple[int, int]:
    """(entries, central directory bytes) from the end records, read before zipfile reads
    the whole directory into memory. A zip with no end record is truncated."""
    size = regular_file_size(path)
    tail = min(size, 22 + 65535 + 20)
    try:
        with open(path, "rb") as stream:
            stream.seek(size - tail)
            data = stream.read(tail)
            at = data.rfind(_EOCD)
            if at < 0 or len(data) - at < 22:
                raise EvidenceError(f"{shown(path)}: not a complete zip file (no end of central "
                                    "directory: truncated?)")
            _, _, _, _, entries, directory, _, _ = struct.unpack("<4sHHHHIIH", data[at:at + 22])
            if entries == 0xFFFF or directory == 0xFFFFFFFF:
                locator = data.rfind(_ZIP64_LOCATOR, 0, at)
                if locator < 0:
                    raise EvidenceError(f"{shown(path)}: damaged zip64 file")
                _, _, offset, _ = struct.unpack("<4sIQI", data[locator:locator + 20])
                stream.seek(offset)
                record = stream.read(56)
                if len(record) < 56 or not record.startswith(_ZIP64_EOCD):
                    raise EvidenceError(f"{shown(path)}: damaged zip64 file")
                entries, directory = struct.unpack("<QQ", record[32:48])
    except OSError as error:
        raise EvidenceError(f"{shown(path)}: {_reason(error)}") from None
    return entries, directory


def open_zip(path: str) -> zipfile.ZipFile:
    entries, directory = zip_directory(path)
    if entries > MAX_ZIP_ENTRIES or directory > MAX_ZIP_DIRECTORY:
        raise EvidenceError(f"{shown(path)}: {entries:,} files in the zip, more than the "
                            f"{MAX_ZIP_ENTRIES:,} an export is allowed")
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise EvidenceError(f"{shown(path)}: not a readable zip file ({error})") from None


class Budget:
    """Uncompressed bytes still allowed for one export, shared by all its members."""

    def __init__(self, where: str, limit: int | None = None) -> None:
        limit = MAX_EXPORT_BYTES if limit is None else limit
        self.where = where
        self.left = limit
        self.limit = limit

    def spend(self, count: int) -> None:
        self.left -= count
        if self.left < 0:
            raise EvidenceError(f"{self.where}: more than {self.limit:,} bytes uncompressed, "
                                "larger than an incident's export can be")


class Metered:
    """A byte stream that charges a Budget as it is read (zip members and folder files)."""

    def __init__(self, raw: IO[bytes], budget: Budget) -> None:
        self.raw = raw
        self.budget = budget

    def read(self, size: int = -1) -> bytes:
        if size == 0:
            return b""
        data = self.raw.read(_CHUNK if size is None or size < 0 else min(size, _CHUNK))
        self.budget.spend(len(data))
        return data

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self.raw.close()


def zip_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: Budget) -> Metered:
    """A member's bytes, metered; its declared size is charged first, so a bomb that says
    what it holds is refused before a byte is inflated (and zipfile stops at that size)."""
    if info.file_size > budget.left:
        budget.spend(info.file_size)
    try:
        return Metered(archive.open(info), budget)
    except (zipfile.BadZipFile, OSError, NotImplementedError, RuntimeError, ValueError) as error:
        raise EvidenceError(f"{budget.where}: {info.filename}: cannot be read ({error})") from None


def folder_files(folder: str) -> Iterator[str]:
    """Regular files directly inside a folder, sorted (no FIFOs, no sub-folders)."""
    try:
        names = sorted(os.listdir(folder))
    except OSError as error:
        raise EvidenceError(f"{shown(folder)}: {_reason(error)}") from None
    for name in names:
        path = os.path.join(folder, name)
        try:
            if stat.S_ISREG(os.stat(path).st_mode):
                yield path
        except OSError:
            continue
