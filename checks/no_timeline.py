"""no-timeline: the document has no timeline to check. Said once.

No line starts with a timestamp: no timestamped bullets, table rows or headings. Times in
prose are read, but a postmortem's timeline is what reviewers and pmlint check. A status
page whose front matter stamps when the incident was posted and resolved is its record.

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
    mentions = len(ctx.timeline.events)
    found = f"; {mentions} time{'s' if mentions != 1 else ''} found in prose" if mentions else ""
    yield Problem(1, 1, f"no timeline: no line starts with a timestamp{found}",
                  suggestion="add a Timeline section with one timestamped line per event")


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
