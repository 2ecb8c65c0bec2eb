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


def _label_of(line: str) -> str | None:
    """The label a bullet or line opens with ("- **Resolution**: ...", "Resolution: ..."),
    lower-cased, or None."""
    text = line.strip().lstrip("-*+• \t").strip()
    head, colon, _ = text.partition(":")
    if not colon or len(head) > 40:
        return None
    label = head.strip(" *_").lower()
    return label if label and len(label.split()) <= 3 else None


def part_breakdown_field(ctx: Context, line: int) -> bool:
    """A labelled line ("- **Resolution**: manual restoration at 4:40 AM") in a subheading's
    section whose sibling subheading's section holds a line with the same label ("###
    Network Load Balancer" and "### Lambda Event Processing", each with its Root Cause,
    Impact and Resolution): a breakdown by part, each label that part's, not the
    incident's."""
    lines = ctx.timeline.lines
    if not 0 < line <= len(lines):
        return False
    label = _label_of(lines[line - 1])
    if label is None:
        return False
    heading = next((n for n in range(line - 1, 0, -1) if heading_depth(lines[n - 1])), None)
    if heading is None:
        return False
    depth = heading_depth(lines[heading - 1])
    if depth < 2:
        return False
    siblings = [n for n in _sibling_headings(lines, heading, depth) if n != heading]
    for sibling in siblings:
        for number in range(sibling + 1, len(lines) + 1):
            if heading_depth(lines[number - 1]):
                break
            if _label_of(lines[number - 1]) == label:
                return True
    return False


def _sibling_headings(lines: tuple[str, ...], heading: int, depth: int) -> list[int]:
    """The headings at `depth` under the same parent as line `heading` (1-based)."""
    found = [heading]
    for step in (-1, 1):
        number = heading + step
        while 0 < number <= len(lines):
            other = heading_depth(lines[number - 1])
            if 0 < other < depth:
                break
            if other == depth:
                found.append(number)
            number += step
    return found
