"""pmlint's regular expressions, compiled ahead of time, for a cold start.

`re` parses and compiles a pattern in Python: for pmlint's patterns (the date grammar alone
is 10,000 characters) that was two fifths of a cold `pmlint check`, repeated on every run.
What the compiler produces for a pattern, its program (the arguments it hands to
`_sre.compile`), is stored in a file per interpreter, `regex-<tag>-<magic>.bin` beside this
module, written by bench/regex_programs.py. On import (timeline/__init__.py) `re`'s own cache
is filled with the patterns built from them, so `re.compile(source, flags)` returns at once
the pattern it would have compiled.

Nothing but the time changes. A file is used only by the interpreter it was written for
(implementation, version, `_sre`'s MAGIC, CODESIZE, MAXREPEAT and MAXGROUPS must all match),
and a program only for the exact source and flags it was compiled from: a new or edited
pattern, or another interpreter, compiles as before. tests/test_precompiled.py checks that
every stored program is the very one this interpreter compiles, and that a cold check of the
seeds compiles none of pmlint's patterns (when it does, rerun bench/regex_programs.py).
PMLINT_COMPILE_REGEX=1 in the environment skips the stored programs (for comparisons).

The libraries a cold check imports after this module (markdown-it, tomllib, pendulum,
string.Template's) compile their own patterns as it runs: those, recorded from a cold check
of the seeds, are stored too, and found in re's cache alike (a library that changes one
compiles it as before).

Half of pmlint's programs serve only a LazyPattern (lazy.py), compiled on first use, which a
document may well never need. Those are kept as stored until then (`compile_later`, which
LazyPattern calls), not built on import.

The sources themselves are partly rewritten on import: `casefold.folded_pattern` and
`starts.ascii_digits` turn a pattern into another one character by character, in Python
(for the date grammar's 70,000 characters, 12% of a cold check's instructions). Those are
`@rewrite`s: their results for pmlint's own patterns are stored in the same file, keyed by
the function's name and its exact arguments, and returned instead of computed. A new or
edited pattern is a new key, computed as before; tests/test_precompiled.py checks that every
stored result is what the function returns now (an edit to a rewrite's code calls for
bench/regex_programs.py as an edited pattern does).

Run as a script (`python -I timeline/precompiled.py < sources`), it reads marshalled lists
of (source, flags), built on import and left for later, and the rewrites' results, and
writes its interpreter's file name and contents: only the standard library is imported, so
any installed Python can produce its own file.
"""

from __future__ import annotations

import _sre
import functools
import marshal
import os
import re
import sys
import zlib
from collections.abc import Callable
from typing import Any

Program = tuple[Any, ...]  # (source, flags as passed, then _sre.compile's other arguments)
Key = tuple[Any, ...]
RewriteKey = tuple[Any, ...]  # (the rewrite's name, its positional and keyword arguments)

ENVIRONMENT_SWITCH = "PMLINT_COMPILE_REGEX"

# The stored results of the @rewrite functions (filled by prime), and those computed while
# bench/regex_programs.py records what to store (None otherwise).
_REWRITES: dict[RewriteKey, str] = {}
recorded_rewrites: dict[RewriteKey, str] | None = None
REWRITERS: dict[str, Callable[..., str]] = {}  # each @rewrite's own function, by name


def rewrite(function: Callable[..., str]) -> Callable[..., str]:
    """A pure function from a pattern's source (and a few strings) to another source, whose
    results for pmlint's own patterns are stored with their programs (see above)."""
    name = function.__name__
    REWRITERS[name] = function

    @functools.wraps(function)
    def stored_or_computed(*args: str, **kwargs: str) -> str:
        key = (name, args, tuple(sorted(kwargs.items())))
        result = _REWRITES.get(key)
        if result is None:
            result = function(*args, **kwargs)
            if recorded_rewrites is not None:
                recorded_rewrites[key] = result
        return result

    return stored_or_computed


def interpreter_key() -> Key:
    """What a stored program depends on besides its source and flags."""
    return (sys.implementation.name, tuple(sys.version_info[:2]), _sre.MAGIC, _sre.CODESIZE,
            _sre.MAXREPEAT, _sre.MAXGROUPS)


def programs_path() -> str:
    return os.path.join(os.path.dirname(os.path.abspath(__file__)),
                        f"regex-{sys.implementation.cache_tag}-{_sre.MAGIC}.bin")


def program(source: str | bytes, flags: int) -> Program:
    """What re's compiler passes to _sre.compile for `source` and `flags`, read from the
    call itself (the compiler's own code, whatever this interpreter's version of it)."""
    from re import _compiler  # type: ignore[attr-defined]

    calls: list[tuple[Any, ...]] = []

    class _Recording:
        def __getattr__(self, name: str) -> Any:
            return getattr(_sre, name)

        @staticmethod
        def compile(*arguments: Any) -> Any:
            calls.append(arguments)
            return _sre.compile(*arguments)

    real = _compiler._sre
    _compiler._sre = _Recording()
    try:
        _compiler.compile(source, flags)
    finally:
        _compiler._sre = real
    (written, final_flags, code, groups, groupindex, indexgroup), = calls
    assert written == source
    return (source, int(flags), int(final_flags), bytes(memoryview(_code_array(code))),
            int(groups), dict(groupindex), tuple(indexgroup))


def _code_array(code: list[int]) -> Any:
    from array import array

    typecode = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
    return array(typecode, [int(word) for word in code])


def build(entry: Program) -> re.Pattern[Any]:
    """The pattern a stored program stands for."""
    source, _flags, final_flags, code, groups, groupindex, indexgroup = entry
    words = memoryview(code).cast("I" if _sre.CODESIZE == 4 else "L").tolist()
    return _sre.compile(source, final_flags, words, groups, groupindex, indexgroup)


def dump(entries: list[Program], rewrites: dict[RewriteKey, str] | None = None,
         later: list[Program] | None = None) -> bytes:
    """The file's contents: the programs built on import, those of LazyPatterns (`later`)
    and the rewrites' results."""
    return zlib.compress(marshal.dumps((interpreter_key(), entries, later or [], rewrites or {}),
                                       2), 9)  # 2: no references


def load(path: str | None = None) -> list[Program]:
    """This interpreter's stored programs (those built on import, then the LazyPatterns');
    none if its file is missing, unreadable or written by another interpreter."""
    entries, later, _ = _read(path)
    return entries + later


def load_later(path: str | None = None) -> list[Program]:
    """The stored programs left for their LazyPattern's first use."""
    return _read(path)[1]


def load_rewrites(path: str | None = None) -> dict[RewriteKey, str]:
    """The stored results of the @rewrite functions, from the same file."""
    return _read(path)[2]


def _read(path: str | None) -> tuple[list[Program], list[Program], dict[RewriteKey, str]]:
    try:
        with open(path or programs_path(), "rb") as stored:
            key, entries, later, rewrites = marshal.loads(zlib.decompress(stored.read()))
    except (OSError, EOFError, ValueError, TypeError, zlib.error):
        return [], [], {}
    if key != interpreter_key() or not isinstance(rewrites, dict):
        return [], [], {}
    return entries, later, rewrites


# LazyPatterns' stored programs by (source, flags), until `compile_later` builds them
_LATER: dict[tuple[Any, int], Program] = {}


def compile_later(source: str | bytes, flags: int = 0) -> re.Pattern[Any]:
    """re.compile(source, flags), built from its stored program if one was kept for it."""
    entry = _LATER.pop((source, int(flags)), None)
    if entry is not None:
        try:
            pattern = build(entry)
        except (RuntimeError, TypeError, ValueError, OverflowError):  # not a valid program
            pass
        else:
            cache = getattr(re, "_cache", None)
            if isinstance(cache, dict):  # as re.compile leaves it: a second use finds it there
                cache[(type(source), source, int(flags))] = pattern
            return pattern
    return re.compile(source, flags)


def prime() -> int:
    """Fill re's cache with the stored programs' patterns; how many were added."""
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict) or os.environ.get(ENVIRONMENT_SWITCH):
        return 0
    added = 0
    entries, later, rewrites = _read(None)
    _REWRITES.update(rewrites)
    _LATER.update(((entry[0], entry[1]), entry) for entry in later)
    room = len(entries) + len(later) + 256
    if isinstance(getattr(re, "_MAXCACHE", None), int) and room > re._MAXCACHE:
        # re evicts its oldest patterns once its cache holds _MAXCACHE (512): with pmlint's
        # programs and the libraries' own, the first primed would be evicted and compiled
        # again, so the cache is given room for them all
        re._MAXCACHE = room
    for entry in entries:
        key = (type(entry[0]), entry[0], entry[1])
        if key in cache:
            continue
        try:
            cache[key] = build(entry)
        except (RuntimeError, TypeError, ValueError, OverflowError):  # not a valid program
            continue
        added += 1
    return added


if __name__ == "__main__":
    sources, later_sources, rewritten = marshal.load(sys.stdin.buffer)
    data = dump([program(source, flags) for source, flags in sources], rewritten,
                [program(source, flags) for source, flags in later_sources])
    sys.stdout.buffer.write(marshal.dumps((os.path.basename(programs_path()), data), 2))
