"""tz-ambiguous: a zone abbreviation with several meanings (CST, IST, BST, AST).

IST is India, Ireland or Israel; CST is US Central, China or Cuba. pmlint takes the most
common reading and says which; write an offset to leave no doubt. Once per abbreviation.

Fails::

    - 14:00 IST: deploy

Passes::

    - 14:00 IST (UTC+05:30): deploy
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.base import Problem, Rule
from checks.context import Context


def check(ctx: Context) -> Iterator[Problem]:
    reported: set[str] = set()
    for event in ctx.timeline.events:
        zone = event.zone
        if zone is None or not zone.alternatives or zone.label in reported:
            continue
        reported.add(zone.label)
        yield Problem(event.line, event.column,
                      f"{zone.label} is ambiguous: read as {zone.meaning}; it can also mean "
                      + " or ".join(zone.alternatives),
                      suggestion="write the UTC offset, e.g. UTC+05:30")


RULE = Rule(code="PM106", name="tz-ambiguous", severity="warning",
            summary="A zone abbreviation with several meanings, such as IST or CST.",
            check=check, doc=__doc__ or "")
