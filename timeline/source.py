"""Reading a user's document safely: bounded size, known encodings, no binaries.

Postmortems arrive from editors on every platform, so the text may be UTF-8 with or
without a BOM, UTF-16 from Windows tools, or cp1252 from older ones. Whatever goes
wrong, the user gets one line naming the file and the problem, never a traceback.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from pmlint.timeline.locator import SourceMap

MAX_BYTES = 10 * 1024 * 1024
"""Documents larger than this are refused: no postmortem is this big, and we hold it in memory."""
MAX_LINES = 20_000
"""Nor this long: cost is linear in lines, and 20,000 lines is a log, not a postmortem."""
MAX_TIMES = 5_000
"""Nor holding more times than this (counted as read), for the same reason."""

_SNIFF_CHARS = 8192  # how many decoded characters the control-character check looks at
_CHUNK = 1024 * 1024  # read size for streams, so a short read never ends input early


class InputError(Exception):
    """A document pmlint cannot read; the message is one line for the user (exit code 2)."""


@dataclass(frozen=True)
class SourceText:
    """A decoded document, with what the rest of pmlint needs to report on it."""

    path: str  # as given by the user ("-" for stdin)
    text: str  # decoded, newlines normalised to "\n", BOM removed
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "cp1252"
    # A DOCX, HTML or Atlassian document read as Markdown: where each line came from.
    source_map: SourceMap | None = None


def real(path: str) -> Path:
    """The absolute path with symlinks followed, as far as they go: a symlink loop is left
    as it is rather than raising (Path.resolve raises RuntimeError on one)."""
    return Path(os.path.realpath(path))


def shown(path: str) -> str:
    """The path as it can appear in a one-line message (newlines etc. escaped)."""
    from pmlint.timeline.printable import printable

    return printable(path) if path else repr(path)


def _too_large(path: str, size: int) -> InputError:
    return InputError(f"{shown(path)}: {size:,} bytes is larger than the {MAX_BYTES:,}-byte limit")


def _os_error(path: str, err: OSError) -> InputError:
    """Turn an OSError into the one-line message the user sees."""
    where = shown(path)
    if isinstance(err, FileNotFoundError | NotADirectoryError):
        return InputError(f"{where}: no such file")
    if isinstance(err, IsADirectoryError):
        return InputError(f"{where}: is a directory, expected a file")
    if isinstance(err, PermissionError):
        return InputError(f"{where}: permission denied")
    reason = " ".join((err.strerror or type(err).__name__).split())
    return InputError(f"{where}: cannot read ({reason})")


# C0/DEL/C1 control characters that do not occur in prose (Unicode category Cc, less the
# white space a text may hold: tab, newline, carriage return, form feed, vertical tab).
BINARY_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# The same characters as bytes, for an ASCII text (the C1 ones are not ASCII)
ASCII_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f])


def _controls(sample: str) -> int:
    """How many BINARY_CONTROL characters `sample` holds. An ASCII text is counted as bytes
    (deleting them is a table lookup a byte; the pattern's search tests its set at every
    character), any other as its UTF-8 bytes when it holds no C1 control, else with the
    pattern."""
    if sample.isascii():
        data = sample.encode("ascii")
        return len(data) - len(data.translate(None, ASCII_CONTROL_BYTES))
    data = sample.encode("utf-8", "surrogatepass")
    if b"\xc2" not in data:
        # no C1 control (U+0080-U+009F are 0xC2 and a byte): the C0 ones and DEL counted as
        # bytes, which no other character's UTF-8 bytes (0x80 and above) can be
        return len(data) - len(data.translate(None, ASCII_CONTROL_BYTES))
    return len(BINARY_CONTROL.findall(sample))  # one C-level pass, not a Python loop


def _finish(text: str, encoding: str, path: str) -> SourceText:
    """Apply the checks shared by every encoding, then normalise newlines."""
    sample = text[:_SNIFF_CHARS]
    controls = _controls(sample)
    if controls * 10 > len(sample):
        raise InputError(
            f"{shown(path)}: binary file ({controls} control characters in the first "
            f"{len(sample)}), not a document"
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.count("\n") + (not text.endswith("\n"))
    if lines > MAX_LINES:
        raise InputError(f"{shown(path)}: {lines:,} lines is more than the {MAX_LINES:,}-line "
                         "limit; pmlint reads postmortems, not logs")
    return SourceText(path=path, text=text, encoding=encoding)


def _refuse_nul(data: bytes, path: str) -> None:
    """A NUL byte never occurs in UTF-8 or cp1252 prose, so it marks a binary file."""
    offset = data.find(b"\x00")
    if offset >= 0:
        raise InputError(
            f"{shown(path)}: binary file (NUL byte at offset {offset}), not a document"
        )


_WIDE_SAMPLE = 4096  # bytes looked at to recognise UTF-16/32 written without a BOM


def _unmarked_wide(data: bytes) -> str | None:
    """"utf-16-le" and the like for text in a wide encoding written without a byte-order
    mark (some Windows tools and PowerShell redirections do), recognised by where its NUL
    bytes fall: the high bytes of Latin text are zero. None when the pattern is not there."""
    sample = data[:_WIDE_SAMPLE]
    if b"\x00" not in sample or len(sample) < 4:
        return None
    def zero_share(start: int, step: int) -> float:
        column = sample[start::step]
        return column.count(0) / max(1, len(column))
    if len(data) % 4 == 0:
        quarters = [zero_share(i, 4) for i in range(4)]
        if quarters[2] >= 0.9 and quarters[3] >= 0.99 and quarters[0] < 0.5:
            return "utf-32-le"
        if quarters[0] >= 0.99 and quarters[1] >= 0.9 and quarters[3] < 0.5:
            return "utf-32-be"
    even, odd = zero_share(0, 2), zero_share(1, 2)
    if odd >= 0.3 and even < 0.05:
        return "utf-16-le"
    if even >= 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes, path: str = "<bytes>") -> SourceText:
    """Decode a document's bytes, trying BOMs first, then UTF-8, then cp1252.

    A byte-order mark is a declaration, so a document that has one but does not decode in
    the declared encoding is refused rather than read as cp1252 mojibake.
    """
    if len(data) > MAX_BYTES:
        raise _too_large(path, len(data))
    if not data:  # an empty document is read, and reported by no-timeline, not refused
        return SourceText(path=path, text="", encoding="utf-8")

    if data.startswith(codecs.BOM_UTF8):
        _refuse_nul(data, path)
        try:
            text = data[len(codecs.BOM_UTF8) :].decode("utf-8")
        except UnicodeDecodeError as err:
            raise InputError(
                f"{shown(path)}: starts with a UTF-8 byte-order mark but is not valid UTF-8 "
                f"(byte 0x{data[err.start + 3]:02X} at offset {err.start + 3})"
            ) from None
        return _finish(text, "utf-8-sig", path)

    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # UTF-16 legitimately contains NUL bytes, so only the decoded-text check applies.
        try:
            text = data.decode("utf-16")  # reads the BOM for byte order and strips it
        except UnicodeDecodeError as err:
            raise InputError(
                f"{shown(path)}: starts with a UTF-16 byte-order mark but is not valid UTF-16 "
                f"({err.reason} at offset {err.start})"
            ) from None
        return _finish(text, "utf-16", path)

    unmarked = _unmarked_wide(data)
    if unmarked is not None:
        try:
            return _finish(data.decode(unmarked), unmarked, path)
        except UnicodeDecodeError as err:
            raise InputError(
                f"{shown(path)}: reads as {unmarked.upper()} without a byte-order mark but is "
                f"not valid {unmarked.upper()} ({err.reason} at offset {err.start})"
            ) from None
    _refuse_nul(data, path)
    try:
        return _finish(data.decode("utf-8"), "utf-8", path)
    except UnicodeDecodeError:
        pass
    try:
        return _finish(data.decode("cp1252"), "cp1252", path)
    except UnicodeDecodeError:
        raise InputError(f"{shown(path)}: not valid text in UTF-8, UTF-16 or cp1252") from None


def _read_bounded(stream: BinaryIO | _Descriptor, limit: int = MAX_BYTES) -> bytes:
    """Read at most limit + 1 bytes, looping because streams may return short reads."""
    chunks: list[bytes] = []
    remaining = limit + 1
    while remaining > 0:
        chunk = stream.read(min(remaining, _CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _read_stdin() -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("-: standard input is not available")
    try:
        data = _read_bounded(stream)
    except OSError as err:
        raise _os_error("-", err) from None
    if len(data) > MAX_BYTES:
        raise InputError(f"-: standard input is larger than the {MAX_BYTES:,}-byte limit")
    return data


def read_source(path: str) -> SourceText:
    """Read and decode the document at path ("-" for stdin), refusing anything unsafe to lint."""
    return decode(read_bytes(path), path)


def read_bytes(path: str) -> bytes:
    """The bytes of a document ("-" for stdin), at most MAX_BYTES of them (see read_file)."""
    if path == "-":
        return _read_stdin()
    return read_file(path, MAX_BYTES)


_KINDS = ((stat.S_ISDIR, "is a directory, expected a file"),
          (stat.S_ISFIFO, "is a FIFO, not a regular file; pass its content on standard input "
                          "with -"),
          (stat.S_ISCHR, "is a device, not a regular file"),
          (stat.S_ISBLK, "is a device, not a regular file"),
          (stat.S_ISSOCK, "is a socket, not a regular file"))


def read_file(path: str, limit: int, what: str = "") -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them, or InputError.

    Every file pmlint reads (documents, configuration, baselines, evidence) comes through
    here. The file is opened without blocking and checked with fstat before a byte is read,
    so a FIFO cannot hang the run and /dev/zero cannot fill the memory; the read itself is
    bounded too, for a file that grows meanwhile. `what` names the file's role in messages
    ("baseline ").
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as err:
        raise _os_error(f"{what}{shown(path)}", err) from None
    try:
        info = os.fstat(fd)
        for test, reason in _KINDS:
            if test(info.st_mode):
                raise InputError(f"{what}{shown(path)}: {reason}")
        if info.st_size > limit:
            raise InputError(f"{what}{shown(path)}: {info.st_size:,} bytes is larger than the "
                             f"{limit:,}-byte limit")
        data = _read_bounded(_Descriptor(fd), limit)
    except OSError as err:
        raise _os_error(f"{what}{shown(path)}", err) from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise InputError(f"{what}{shown(path)}: larger than the {limit:,}-byte limit")
    return data


class _Descriptor:
    """An open file descriptor read by os.read: what `_read_bounded` needs of a stream,
    without the buffered file object os.fdopen builds (and closes) for every document."""

    __slots__ = ("fd",)

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def read(self, size: int) -> bytes:
        return os.read(self.fd, size)
