"""tz-missing: clock times with no time zone anywhere in the document.

Said once per document. A reader in another zone cannot tell when anything happened.

Fails::

    - 09:00: alert fired
    - 09:30: fixed

Passes::

    All times are UTC.
    - 09:00: alert fired
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.base import Problem, Rule
from checks.context import Context


def check(ctx: Context) -> Iterator[Problem]:
    clocks = [e for e in ctx.timeline.events if e.clock is not None and not e.clock.placeholder]
    if not clocks or any(e.zone is not None and "from --tz" not in " ".join(e.assumed)
                         for e in clocks):
        return
    first = clocks[0]
    yield Problem(first.line, first.column,
                  f"{len(clocks)} clock time{'s' if len(clocks) > 1 else ''} but no time zone "
                  "anywhere in the document",
                  suggestion='state the zone once, e.g. "All times are UTC", or after each time')


RULE = Rule(code="PM104", name="tz-missing", severity="warning",
            summary="Clock times with no time zone anywhere in the document.", check=check,
            doc=__doc__ or "")
