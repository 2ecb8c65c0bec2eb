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

from collections.abc import Iterator

from checks.base import Problem, Rule
from checks.context import Context


def check(ctx: Context) -> Iterator[Problem]:
    events = ctx.timeline.events
    entries = [e for e in events if e.source == "timeline"]
    if not entries:
        return
    first = entries[0]
    if not any(e.phase == "detection" or "detection" in e.also for e in events):
        yield Problem(first.line, first.column,
                      "no detection time: no entry or field says when the incident was detected",
                      suggestion='add an entry such as "09:05 UTC: alert fired" or a '
                                 '"Detected:" field')
    if ctx.analysis.is_open:
        return
    if not any(e.phase in ("resolution", "end") or {"resolution", "end"} & set(e.also)
               for e in events):
        yield Problem(first.line, first.column,
                      "no resolution time: no entry or field says when the incident was "
                      "resolved",
                      suggestion='add an entry such as "11:30 UTC: service restored" or an '
                                 '"End Time:" field; for an open incident, "Status: In Progress"')


RULE = Rule(code="PM401", name="missing-phase", severity="info",
            summary="No detection time or no resolution time anywhere.", check=check,
            doc=__doc__ or "")
