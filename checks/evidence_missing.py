"""evidence-missing: a milestone in the record that the draft never mentions.

With `--evidence`, a phase the record stamps (an escalation, an acknowledgement, a
mitigation) that no entry or field of the draft mentions. Reported once per phase, at the
timeline, as information: a draft may leave a step out on purpose. For detection and
resolution, missing-phase's finding (if it runs) says so instead of a second line.

Fails::

    ## Timeline (UTC)
    - 09:05: alert fired
    - 10:40: service restored          (the record also has an escalation at 09:30)

Passes::

    ## Timeline (UTC)
    - 09:05: alert fired
    - 09:30: escalated to the database team
    - 10:40: service restored
"""

from __future__ import annotations

from collections.abc import Iterator

from pmlint.checks.base import Problem, Rule
from pmlint.checks.context import Context

ARTICLE = {"acknowledgement": "an", "escalation": "an"}


def check(ctx: Context) -> Iterator[Problem]:
    rec = ctx.analysis.reconciliation
    if rec is None or not rec.missing:
        return
    from pmlint.checks import missing_phase
    from pmlint.timeline.evidence import describe

    entries = [e for e in ctx.timeline.events if e.source == "timeline"]
    if entries:
        line, column = missing_phase._where(ctx, entries[0].line, entries[0].column)
    elif ctx.timeline.events:
        line, column = ctx.timeline.events[0].line, ctx.timeline.events[0].column
    else:
        line, column = 1, 1
    for phase, items in rec.missing:
        more = f" and {len(items) - 1} more" if len(items) > 1 else ""
        article = ARTICLE.get(phase, "a")
        joins = ("missing-phase",) if phase in ("detection", "resolution") else ()
        yield Problem(line, column,
                      f"the record has {article} {phase} ({describe.item(items[0])}{more}) that "
                      "the draft never mentions",
                      suggestion=f"add the {phase} to the timeline, or say why it is left out",
                      joins=joins)


RULE = Rule(code="PM503", name="evidence-missing", severity="info",
            summary="A milestone in the record the draft never mentions (--evidence).",
            check=check, doc=__doc__ or "")
