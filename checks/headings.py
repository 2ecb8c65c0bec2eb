"""Headings that split a timeline into phases: a window in one is that phase's, not the
incident's. Shared by the rules that take a stated window for the incident's own."""

from __future__ import annotations

from pmlint.checks.context import Context


def heading_depth(text: str) -> int:
    """The number of #s opening a Markdown heading ("### Phase 2" is 3), 0 for no heading."""
    depth = len(text) - len(text.lstrip("#"))
    return depth if 0 < depth <= 6 and text[depth:depth + 1] in (" ", "\t") else 0


def phase_heading(ctx: Context, line: int, dated: bool = False) -> bool:
    """A window in a subheading (### or deeper) whose sibling subheading, the one before or
    after it at the same depth, holds a time too ("### Issue identified (7:30 - 10:30
    UTC)", "### Fix preparation and mitigation (10:30 - 14:00 UTC)", "### Coordinated
    deployment (14:00 UTC)"): the response told one phase a heading, each window a phase's,
    not the incident's start or end. `dated`: a sibling that dates its section without a
    clock counts too ("### The week before: March 3-7" beside "### March 12, 2025")."""
    lines = ctx.timeline.lines
    if not 0 < line <= len(lines):
        return False
    depth = heading_depth(lines[line - 1])
    if depth < 3:
        return False
    told = {e.line for e in ctx.timeline.events
            if e.clock is not None or (dated and e.date is not None)}
    for step in (-1, 1):
        number = line + step
        while 0 < number <= len(lines):
            other = heading_depth(lines[number - 1])
            if 0 < other <= depth:
                if other == depth and number in told:
                    return True
                break
            number += step
    return False
