"""missing-phase: no detection time, or no resolution time, anywhere in the document.

MTTD and MTTR cannot be computed without them. Phases are recognised from the words of
each entry (a lexicon), so this is a hint for the reviewer, reported as info. An open
incident ("Status: In Progress") is not missing its resolution. A document with no
timeline at all gets no-timeline instead.

Fails::

    ## Timeline
    - 09:00 UTC: deploy went out
    - 09:20 UTC: rollback started

Passes::

    ## Timeline
    - 09:05 UTC: alert fired
    - 09:40 UTC: service restored
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pmlint.checks.base import Problem, Rule
from pmlint.checks.context import Context


def check(ctx: Context) -> Iterator[Problem]:
    events = ctx.timeline.events
    entries = [e for e in events if e.source == "timeline"]
    if not entries:
        return
    line, column = _where(ctx, entries[0].line, entries[0].column)
    if not any(e.phase == "detection" or "detection" in e.also for e in events):
        yield Problem(line, column,
                      "no detection time: no entry or field says when the incident was detected",
                      suggestion='add an entry such as "09:05 UTC: alert fired" or a '
                                 '"Detected:" field')
    if ctx.analysis.is_open:
        return
    if not any(e.phase in ("resolution", "end") or {"resolution", "end"} & set(e.also)
               for e in events):
        yield Problem(line, column,
                      "no resolution time: no entry or field says when the incident was "
                      "resolved",
                      suggestion='add an entry such as "11:30 UTC: service restored" or an '
                                 '"End Time:" field; for an open incident, "Status: In Progress"')


TIMELINE_HEADING = re.compile(r"time[ \t-]?line|chronology|sequence of events", re.IGNORECASE)


def _where(ctx: Context, line: int, column: int) -> tuple[int, int]:
    """The timeline's heading, a few lines above its first entry, if there is one: the
    finding is about the timeline as a whole."""
    lines = ctx.timeline.lines
    for number in range(line - 1, max(0, line - 6), -1):
        if number <= len(lines) and TIMELINE_HEADING.search(lines[number - 1]):
            return number, 1
    return line, column


RULE = Rule(code="PM401", name="missing-phase", severity="info",
            summary="No detection time or no resolution time anywhere.", check=check,
            doc=__doc__ or "")
