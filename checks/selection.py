"""Which rules a name in `select`, `ignore` or `per-file-ignores` means, as other linters
read it: a rule's name, its code, a prefix of codes (`PM1` = PM101-PM108, `PM10` likewise)
or `ALL`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pmlint.checks.base import Rule, merged_hint

ALL = "ALL"
_PREFIX = re.compile(r"PM\d{1,3}+")
ALWAYS_ON = ("bad-directive",)
"""Kept whatever `select` says: a typo in a suppression must never pass unseen. Only an
explicit `ignore` turns it off."""


def expand(key: str, catalogue: Iterable[Rule]) -> tuple[str, ...]:
    """The rule names `key` stands for; KeyError (naming the nearest spelling) for none."""
    rules = tuple(catalogue)
    word = key.strip()
    if word.upper() == ALL:
        return tuple(r.name for r in rules)
    for rule in rules:
        if word == rule.name or word.upper() == rule.code:
            return (rule.name,)
    upper = word.upper()
    if _PREFIX.fullmatch(upper):
        matched = tuple(r.name for r in rules if r.code.startswith(upper))
        if matched:
            return matched
    import difflib

    near = difflib.get_close_matches(word, [*(r.name for r in rules), *(r.code for r in rules),
                                            ALL], n=1)
    hint = merged_hint(word) or (f"; did you mean {near[0]}?" if near else "")
    raise KeyError(f"unknown rule {key!r}{hint} (a rule's name, its code, a code prefix "
                   "such as PM1, or ALL)")


def expand_all(keys: Iterable[str], catalogue: Iterable[Rule]) -> tuple[str, ...]:
    """Every name the keys stand for, in first-mention order, without repeats."""
    rules = tuple(catalogue)
    return tuple(dict.fromkeys(name for key in keys for name in expand(key, rules)))
