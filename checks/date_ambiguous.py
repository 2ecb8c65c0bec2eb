"""date-ambiguous: a numeric date such as 6/9/22 that the document does not settle.

6/9/22 is June 9 in the US and 6 September elsewhere. pmlint reads month-first unless
another date in the document settles the order (25/9/22, or a "Jun 9" that only fits one
reading); this rule fires, once, when nothing does.

Fails::

    The purge ran on 6/9/22 at 17:00 UTC.

Passes::

    The purge ran on 6/9/22 (Jun 9, 2022) at 17:00 UTC.
"""

from __future__ import annotations

from collections.abc import Iterator

from pmlint.checks.base import Problem, Rule
from pmlint.checks.context import Context


def check(ctx: Context) -> Iterator[Problem]:
    if ctx.timeline.day_first is not None:
        return
    for event in ctx.timeline.events:
        date = event.date
        if date is None or date.numeric is None:
            continue
        a, b = date.numeric
        if a == b or a > 12 or b > 12:
            continue
        yield Problem(event.line, event.column,
                      f"{date.written} could be month {a} day {b} or day {a} month {b}; "
                      "read month-first",
                      suggestion="write the month as a word or use ISO dates (YYYY-MM-DD)")
        return


RULE = Rule(code="PM108", name="date-ambiguous", severity="warning",
            summary="A numeric date like 6/9/22 that the document does not settle.",
            check=check, doc=__doc__ or "")
