"""no-timeline: the document has no timeline to check. Said once.

No line starts with a timestamp: no timestamped bullets, table rows or headings. Times in
prose are read, but a postmortem's timeline is what reviewers and pmlint check. A status
page whose front matter stamps when the incident was posted and resolved is its record.
A timeline of offsets ("T+0:15") that never says when T0 was is one pmlint cannot place:
said so, pointing at its first line.

Fails::

    We deployed in the morning and rolled back after lunch.

Passes::

    ## Timeline
    - 09:00 UTC: deploy went out
"""

from __future__ import annotations

from collections.abc import Iterator

from pmlint.checks.base import Problem, Rule
from pmlint.checks.context import Context
from pmlint.timeline.offsets import OFFSET_RE
from pmlint.timeline.structure import front_matter_lines


def check(ctx: Context) -> Iterator[Problem]:
    if any(e.source == "timeline" for e in ctx.timeline.events):
        return
    if not any(line.strip() for line in ctx.timeline.lines):
        yield Problem(1, 1, "no timeline: the document is empty",
                      suggestion="write the postmortem, or leave the file out of the run")
        return
    if _status_page_record(ctx):
        return
    offsets = _offset_lines(ctx.timeline.lines)
    if len(offsets) >= 3:
        # "**T+0:15** - ...": a timeline of offsets, counted from a moment it never gives
        yield Problem(offsets[0], 1,
                      f"no timeline pmlint can place: {len(offsets)} lines start with an offset "
                      f"(T+...) but the document never gives the moment they count from",
                      suggestion="state T0, e.g. \"All times are relative to T0 = 14:00 UTC "
                                 "on 2024-05-03\"")
        return
    mentions = len(ctx.timeline.events)
    found = f"; {mentions} time{'s' if mentions != 1 else ''} found in prose" if mentions else ""
    yield Problem(1, 1, f"no timeline: no line starts with a timestamp{found}",
                  suggestion="add a Timeline section with one timestamped line per event")


def _offset_lines(lines: tuple[str, ...] | list[str]) -> list[int]:
    """Lines that open with an offset ("- T+0:15 ...", "**Day 1 - T+5:00** - ..."), 1-based."""
    found = []
    for number, line in enumerate(lines, start=1):
        head = line[:30]
        if "T" in head and OFFSET_RE.search(head) is not None:
            found.append(number)
    return found


def _status_page_record(ctx: Context) -> bool:
    """A status page's front matter that stamps when the incident was posted and when it was
    resolved ("date:", "resolvedWhen:") is that incident's whole timeline."""
    metadata = front_matter_lines(ctx.timeline.lines)
    stamped = [e for e in ctx.timeline.events if e.kind == "field" and e.line <= metadata
               and e.clock is not None]
    return any(e.phase in ("resolution", "end") for e in stamped) and \
        any(e.phase not in ("resolution", "end") for e in stamped)


RULE = Rule(code="PM402", name="no-timeline", severity="warning",
            summary="The document has no timeline to check.", check=check, doc=__doc__ or "")
