"""Writing a file pmlint was asked to write, without ever costing the user a document.

`pmlint check --write-baseline *.md` once replaced a postmortem with JSON: the shell's glob
made the first document the baseline's path. So every file pmlint writes goes through
`write_output`, which refuses a path that is one of the run's documents or would be found
as one, refuses to replace a file that is not a previous output of the same kind, and
writes atomically (a temporary file in the same folder, then a rename), so a run that fails
half-way leaves the old file whole.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable, Iterable
from pathlib import Path

from pmlint.timeline.source import InputError, read_file, real, shown

MAX_EXISTING_BYTES = 64 * 1024 * 1024  # an existing output is read to check what it is


def write_output(path: str, data: str | bytes, *, kind: str,
                 replaceable: Callable[[bytes], bool],
                 documents: Iterable[str] = (),
                 document_suffixes: tuple[str, ...] = ()) -> None:
    """Write `data` to `path`, or raise InputError (exit 2) saying why not.

    kind: what is written, for messages ("baseline"). replaceable: whether an existing
    file's bytes are a previous output of this kind. documents: the run's documents, never
    to be written over. document_suffixes: names that discovery would read as documents.
    """
    where = f"{kind} {shown(path)}"
    target = Path(path)
    if path.lower().endswith(document_suffixes) and document_suffixes:
        raise InputError(f"{where}: a {target.suffix} file is read as a postmortem; write the "
                         f"{kind} to a file with another extension")
    destination = real(path)
    if destination in {real(d) for d in documents if d != "-"}:
        raise InputError(f"{where}: is one of the documents being checked; refusing to "
                         "write over it")
    folder = destination.parent
    if not folder.is_dir():
        raise InputError(f"{where}: the folder {shown(str(target.parent))} does not exist")
    _check_existing(path, where, kind, replaceable)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    _replace_atomically(destination, payload, where)


def _check_existing(path: str, where: str, kind: str,
                    replaceable: Callable[[bytes], bool]) -> None:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return
    except OSError as error:
        raise InputError(f"{where}: cannot check the existing file ({error.strerror})") from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{where}: exists and is not a regular file")
    try:
        existing = read_file(path, MAX_EXISTING_BYTES)
    except InputError:
        existing = b""
        refuse = True
    else:
        refuse = not replaceable(existing)
    if refuse:
        raise InputError(f"{where}: exists and is not a pmlint {kind}; refusing to replace it "
                         "(remove it first if it really should go)")


def _replace_atomically(destination: Path, payload: bytes, where: str) -> None:
    import tempfile  # with shutil and random behind it: only when a file is written

    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{destination.name}.",
                                             suffix=".pmlint-tmp", dir=destination.parent)
    except OSError as error:
        raise InputError(f"{where}: cannot write in its folder ({error.strerror})") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, destination)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise InputError(f"{where}: cannot write ({error.strerror})") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def append_output(path: str, data: str, *, kind: str, documents: Iterable[str] = (),
                  limit: int = MAX_EXISTING_BYTES) -> None:
    """Append `data` to the file at `path` (created if missing), or raise InputError.

    For a file another tool owns and expects appended to, such as GitHub's step summary:
    never a document of the run, never a link, a FIFO or a device, never past `limit`.
    """
    where = f"{kind} {shown(path)}"
    destination = real(path)
    if destination in {real(d) for d in documents if d != "-"}:
        raise InputError(f"{where}: is one of the documents being checked; refusing to "
                         "write to it")
    flags = (os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
             | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        fd = os.open(path, flags, 0o666)
    except OSError as error:
        raise InputError(f"{where}: cannot open ({error.strerror})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{where}: exists and is not a regular file")
        payload = data.encode("utf-8")
        if info.st_size + len(payload) > limit:
            raise InputError(f"{where}: would grow past {limit:,} bytes; not written")
        while payload:
            payload = payload[os.write(fd, payload):]
    except OSError as error:
        raise InputError(f"{where}: cannot write ({error.strerror})") from None
    finally:
        os.close(fd)
