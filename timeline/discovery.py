"""Which documents a run reads: files as named, folders searched for postmortems.

A folder is walked with an explicit stack, not recursion, so a tree thousands of levels
deep costs a list, not the interpreter's stack; symlinked folders are not followed, so a
loop cannot trap the walk; and a folder that cannot be read (listed but not entered,
a name too long) is reported for itself while the rest is still searched. Folders no
postmortem lives in (hidden ones, virtual environments, caches, build output) are skipped.

Inside a git work tree the folder's files are git's own answer (`git ls-files -co
--exclude-standard`: tracked and untracked files, less what .gitignore ignores), so a fresh
clone's `.venv/`, `build/` or generated pages are never read; outside one, or without git,
or when git does not answer in time, the plain walk.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass

from pmlint.timeline.readers.sniff import DOCUMENT_SUFFIXES
from pmlint.timeline.source import shown

__all__ = ["DOCUMENT_SUFFIXES", "Discovery", "discover", "skipped_folder"]
SKIPPED_FOLDERS = frozenset(("node_modules", "venv", "__pycache__", "site-packages"))


@dataclass(frozen=True)
class Discovery:
    """The documents found under the paths given, and the folders not read."""

    documents: tuple[str, ...]  # in a stable order: named files first, as given
    problems: tuple[tuple[str, str], ...]  # (path, one-line reason) for folders not read


def skipped_folder(name: str) -> bool:
    """Hidden folders (.git, .venv, .tox, caches), environments and package metadata."""
    return name.startswith(".") or name in SKIPPED_FOLDERS or name.endswith(".egg-info")


def discover(paths: Iterable[str], suffixes: tuple[str, ...] = DOCUMENT_SUFFIXES) -> Discovery:
    documents: list[str] = []
    problems: list[tuple[str, str]] = []
    for given in paths:
        if given != "-" and _is_folder(given):
            found, failed = _walk(given, suffixes)
            documents.extend(found)
            problems.extend(failed)
        else:
            documents.append(given)
    return Discovery(tuple(documents), tuple(problems))


def _is_folder(path: str) -> bool:
    try:
        return os.path.isdir(path)
    except (OSError, ValueError):  # ValueError: a NUL in the name
        return False


GIT_TIMEOUT = 30.0  # seconds git may take to list a folder before the plain walk is used


def _walk(top: str, suffixes: tuple[str, ...]) -> tuple[list[str], list[tuple[str, str]]]:
    listed = _git_files(top)
    if listed:
        return _from_git(top, listed, suffixes)
    return _plain_walk(top, suffixes)


def _git_files(top: str) -> list[str] | None:
    """The files git sees under `top` (relative to it), or None outside a work tree, without
    git, or when git fails or takes too long."""
    if os.environ.get("PMLINT_NO_GIT"):
        return None
    import subprocess  # here, not at the top: checking named files never needs git

    try:
        # core.fsmonitor off: a repository's own config must not make listing run a program
        done = subprocess.run(["git", "-c", "core.fsmonitor=false", "-C", top, "ls-files",
                               "-co", "--exclude-standard", "-z", "--", "."],
                              capture_output=True, timeout=GIT_TIMEOUT,
                              stdin=subprocess.DEVNULL)
    except (OSError, ValueError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return [name for name in os.fsdecode(done.stdout).split("\0") if name]


def _from_git(top: str, names: list[str], suffixes: tuple[str, ...]
              ) -> tuple[list[str], list[tuple[str, str]]]:
    """The listed documents, and those that cannot be read (a symlink loop), as the walk
    reports them; a file deleted from the work tree or a link to nothing is passed over."""
    found: list[tuple[tuple[str, ...], str]] = []
    problems: list[tuple[str, str]] = []
    for name in names:
        parts = tuple(name.split("/"))
        if any(skipped_folder(part) for part in parts[:-1]):
            continue
        if not parts[-1].lower().endswith(suffixes):
            continue
        path = os.path.join(top, *parts)
        try:
            if not stat.S_ISREG(os.stat(path).st_mode) or _pmlint_report(path):
                continue  # a folder (a submodule), or a report pmlint wrote
        except FileNotFoundError:
            continue  # deleted from the work tree, or a link to nothing
        except OSError as error:
            problems.append((path, _reason(path, error)))
            continue
        except ValueError:
            continue
        found.append((parts, path))
    found.sort()
    return [path for _, path in found], sorted(problems)


def _plain_walk(top: str, suffixes: tuple[str, ...]
                ) -> tuple[list[str], list[tuple[str, str]]]:
    found: list[tuple[tuple[str, ...], str]] = []
    problems: list[tuple[str, str]] = []
    stack: list[tuple[str, tuple[str, ...]]] = [(top, ())]
    while stack:
        folder, parts = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as error:
            problems.append((folder, _reason(folder, error)))
            continue
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    if not skipped_folder(entry.name):
                        stack.append((entry.path, (*parts, entry.name)))
                elif (entry.name.lower().endswith(suffixes) and entry.is_file()
                      and not _pmlint_report(entry.path)):
                    found.append(((*parts, entry.name), entry.path))
            except OSError as error:  # a folder listed but not entered, a dangling link
                problems.append((entry.path, _reason(entry.path, error)))
    found.sort()
    return [path for _, path in found], sorted(problems)


REPORT_SIGNATURE = b'<meta name="generator" content="pmlint'
"""The head of every `pmlint report` page: a report found in a folder is output, not a draft."""
_PAGE_SUFFIXES = (".html", ".htm", ".xhtml")


def _pmlint_report(path: str) -> bool:
    if not path.lower().endswith(_PAGE_SUFFIXES):
        return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False  # reading it as a document will say why
    try:
        return REPORT_SIGNATURE in os.read(fd, 4096)
    except OSError:
        return False
    finally:
        os.close(fd)


def _reason(path: str, error: OSError) -> str:
    what = " ".join((error.strerror or type(error).__name__).split())
    return f"{shown(path)}: cannot read ({what.lower()})"
