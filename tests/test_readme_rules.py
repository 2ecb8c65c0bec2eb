"""The README's table of rules is the registry's: code, name, severities and summary."""

from __future__ import annotations

import re
from pathlib import Path

from pmlint.checks import ALL_RULES

README = Path(__file__).resolve().parent.parent / "README.md"
ROW = re.compile(r"^\| (PM\d{3}) \| `([a-z-]+)` \| ([a-z/]+) \| (.+) \|$", re.MULTILINE)


def test_the_readme_lists_every_rule_as_registered() -> None:
    listed = {m.group(1): (m.group(2), m.group(3), m.group(4).replace("`", ""))
              for m in ROW.finditer(README.read_text(encoding="utf-8"))}
    registered = {r.code: (r.name, "/".join(r.severities), r.summary) for r in ALL_RULES}
    assert listed == registered
