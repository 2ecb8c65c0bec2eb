"""evidence-order: the draft orders two phases the other way round from the record.

With `--evidence`, two phases whose times in the draft are in one order and in the
record in the other, each by at least a minute (acknowledged before the escalation in the
draft, escalated first in the record). Reported at the later of the two entries; when only
one of the two disagrees with the record, evidence-mismatch reports that one instead.

Fails::

    - 09:20 UTC: on-call acknowledged        (record: acknowledged 09:31)
    - 09:30 UTC: escalated to the DB team    (record: escalated 09:19)

Passes::

    - 09:20 UTC: escalated to the DB team    (record: escalated 09:19)
    - 09:30 UTC: on-call acknowledged        (record: acknowledged 09:31)
"""

from __future__ import annotations

from collections.abc import Iterator

from pmlint.checks.base import Problem, Rule
from pmlint.checks.context import Context
from pmlint.checks.words import end_of


def check(ctx: Context) -> Iterator[Problem]:
    rec = ctx.analysis.reconciliation
    if rec is None or rec.shift is None:
        return
    from pmlint.timeline.evidence import describe

    for inversion in rec.inversions:
        first, second = inversion.first, inversion.second
        event = second.point.event
        _, end = end_of(event)
        yield Problem(
            event.line, event.column,
            f"the draft has the {second.phase} ({describe.draft(second)}) after the "
            f"{first.phase} ({describe.draft(first)}); the record has them the other way "
            f"round: {describe.item(second.item, event)}, then "
            f"{describe.item(first.item, first.point.event)}",
            end_column=end, related_line=first.point.event.line,
            suggestion=f"check lines {first.point.event.line} and {event.line} against the "
                       "record")


RULE = Rule(code="PM502", name="evidence-order", severity="warning",
            summary="Two phases in the opposite order from the record (--evidence).",
            check=check, doc=__doc__ or "")
