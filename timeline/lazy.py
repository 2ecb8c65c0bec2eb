"""Patterns compiled on their first use, not on import.

A cold `pmlint check` compiles every module-level pattern it imports, though many serve
only some documents (a table's header, a chat transcript, a mis-decoded text, an HTML
file). Those are held as `LazyPattern`s: written and called like compiled patterns
(`NOON_RE.finditer(line)`), compiled the first time one is used. Patterns that every
document needs stay plain `re.compile`s: a lazy one costs a lookup on every call.
tests/test_regex_linear.py compiles and times these like every other pattern.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from pmlint.timeline import precompiled


class LazyPattern:
    """A regular expression compiled when it is first used."""

    # the pattern's methods, bound on first use, so that later calls skip __getattr__
    __slots__ = ("_compiled", "_flags", "_source", "finditer", "fullmatch", "match", "search",
                 "split", "sub")

    def __init__(self, source: str | bytes, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[Any] | None = None

    def compiled(self) -> re.Pattern[Any]:
        if self._compiled is None:
            # its stored program, if any, is built now (precompiled.py), not on import
            self._compiled = precompiled.compile_later(self._source, self._flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:  # search, match, finditer, sub, pattern, ...
        compiled = self.compiled()
        for method in ("finditer", "fullmatch", "match", "search", "split", "sub"):
            object.__setattr__(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._source!r})"


def import_pendulum():  # type: ignore[no-untyped-def]
    """pendulum, with its dateutil.parser loaded on first use rather than on import.

    pendulum's parsing module imports dateutil's parser (and with it dateutil.tz) for
    pendulum.parse, which pmlint never calls; that is a third of pendulum's import time on
    every cold `pmlint check`. The parser module is registered with importlib's LazyLoader:
    it is the same module, executed the first time anything reads an attribute of it.
    """
    if "pendulum" not in sys.modules and "dateutil.parser" not in sys.modules:
        _defer_module("dateutil.parser")
    import pendulum

    return pendulum


def _defer_module(name: str) -> None:
    import importlib.util

    try:
        spec = importlib.util.find_spec(name)
    except ModuleNotFoundError:  # its package is missing: the import itself will say so
        return
    if spec is None or spec.loader is None:
        return
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    setattr(sys.modules[parent], child, module)  # what an import does for a submodule
