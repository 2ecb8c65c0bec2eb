"""unused-suppression: a pmlint disable comment that suppresses nothing.

Reported by the engine after suppression is applied (a rule cannot know what the others
found), so a stale suppression does not hide the next real problem on that line.

Fails::

    <!-- pmlint disable-next-line ampm-flip -->
    - 10:45 PM UTC: rollback

Passes::

    - 9:45 PM UTC: alert
    - 10:00 PM UTC: rollback
    <!-- pmlint disable-next-line ampm-flip -->
    - 10:45 AM UTC: escalated
    - 11:00 PM UTC: resolved
"""

from __future__ import annotations

from collections.abc import Iterator

from pmlint.checks.base import Problem, Rule
from pmlint.checks.context import Context


def check(ctx: Context) -> Iterator[Problem]:
    """The engine reports this rule's findings; as a rule it reads nothing by itself."""
    return iter(())


RULE = Rule(code="PM002", name="unused-suppression", severity="info",
            summary="A pmlint disable comment that suppresses nothing.", check=check,
            doc=__doc__ or "")
