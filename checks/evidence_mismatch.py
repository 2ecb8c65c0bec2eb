"""evidence-mismatch: a written time that differs from the record's by more than a tolerance.

With `--evidence`, each phase the record stamps (the pager's trigger, acknowledgement,
escalation and resolve, a platform's "Impact started at" or "Fixed at") is compared with
the draft's time for that phase; each timeline entry is compared with the chat messages
that share its words. A milestone must agree within the phase's tolerance (5 minutes by
default, `[tool.pmlint.evidence] tolerance-minutes`); a message is written at or after
what it reports, so an entry is only flagged when the messages reporting it were all
posted before the draft's time. The message names both times and the record's item.

Fails::

    ## Timeline (UTC)
    - 2024-03-05 14:20: alert fired            (pager trigger at 14:02)

Passes::

    ## Timeline (UTC)
    - 2024-03-05 14:03: alert fired            (pager trigger at 14:02)
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

    ordered = {id(p) for inversion in rec.inversions for p in (inversion.first,
                                                               inversion.second)}
    seen: set[int] = set()
    for pair in rec.pairs:
        event = pair.point.event
        if pair.verdict != "mismatch" or id(pair) in ordered or event.line in seen:
            continue
        seen.add(event.line)
        later = "later" if pair.residual > 0 else "earlier"
        shifted = ""
        if rec.shift.minutes and not rec.shift.zoned:
            shifted = f", reading the draft's times at {describe.offset(rec.shift.minutes)}"
        elif rec.shift.minutes:
            shifted = (f", beyond the {describe.gap(rec.shift.minutes)} by which every time "
                       "is off")
        if pair.via == "phase":
            what = (f"the {pair.phase} time {event.written} is {describe.gap(pair.residual)} "
                    f"{later} than the record{shifted}: {describe.item(pair.item, event)}")
            suggestion = "give the record's time, or say in the entry why it differs"
        else:
            words = ", ".join(pair.shared[:4])
            what = (f"{event.written} is {describe.gap(pair.residual)} later than the message "
                    f"that reports it{shifted}: {describe.item(pair.item, event)}; shared "
                    f"words: {words}")
            suggestion = "an event cannot follow the message that reports it: check the time"
        _, end = end_of(event)
        yield Problem(event.line, event.column, what, end_column=end, suggestion=suggestion)


RULE = Rule(code="PM501", name="evidence-mismatch", severity="warning",
            summary="A written time that differs from the record (--evidence).", check=check,
            doc=__doc__ or "")
