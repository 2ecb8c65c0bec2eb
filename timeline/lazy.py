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
from typing import Any


class LazyPattern:
    """A regular expression compiled when it is first used."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str | bytes, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[Any] | None = None

    def compiled(self) -> re.Pattern[Any]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:  # search, match, finditer, sub, pattern, ...
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._source!r})"
