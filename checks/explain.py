"""What `pmlint explain RULE` prints: a rule's documentation as plain text, and its
examples as documents the tests check (each failing example fails, each passing one passes).

A rule's docstring keeps its examples in reST literal blocks (`Fails::` then an indented
block), which SARIF's `help` carries as it is; a person at a terminal gets `Fails:` and
the block.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

from pmlint.checks.base import Rule

_MARKER = re.compile(r"^(Fails|Passes)::[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class Examples:
    fails: str  # a document on which the rule reports
    passes: str  # a document on which it does not


def plain(rule: Rule) -> str:
    """The rule's documentation without reST markers, with its options."""
    text = _MARKER.sub(lambda m: f"{m.group(1)}:", rule.doc.strip())
    options = "".join(f"\n  {k} = {v!r}" for k, v in rule.options.items())
    head = f"{rule.code} {rule.name} (default severity: {rule.severity})\n\n"
    return head + text + (f"\n\nOptions:{options}" if options else "") + "\n"


def examples(rule: Rule) -> Examples:
    """The literal blocks after `Fails::` and `Passes::`, dedented, as documents."""
    found = {}
    for match in _MARKER.finditer(rule.doc):
        rest = rule.doc[match.end():].lstrip("\n")
        block = []
        for line in rest.split("\n"):
            if line.strip() and not line.startswith((" ", "\t")):
                break
            block.append(line)
        found[match.group(1)] = textwrap.dedent("\n".join(block)).strip("\n") + "\n"
    return Examples(found.get("Fails", ""), found.get("Passes", ""))
