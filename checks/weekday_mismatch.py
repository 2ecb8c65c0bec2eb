"""weekday-mismatch: a weekday written beside a date that falls on another day.

Fails::

    Monday, March 15, 2023 at 10:00 UTC: the deploy went out.

Passes::

    Wednesday, March 15, 2023 at 10:00 UTC: the deploy went out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from checks.base import Problem, Rule
from checks.context import Context
from checks.words import end_of

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def check(ctx: Context) -> Iterator[Problem]:
    for event in ctx.timeline.events:
        date = event.date
        if date is None or date.weekday is None or not event.local[:4].isdigit():
            continue
        actual = dt.date.fromisoformat(event.local[:10])
        if actual.weekday() == date.weekday:
            continue
        _, end = end_of(event)
        yield Problem(event.line, event.column,
                      f"{date.written} says {DAYS[date.weekday]}, but "
                      f"{actual:%B} {actual.day}, {actual.year} was a {DAYS[actual.weekday()]}",
                      end_column=end,
                      suggestion=f"{DAYS[actual.weekday()]}, {actual:%B} {actual.day}, "
                                 f"{actual.year}")


RULE = Rule(code="PM103", name="weekday-mismatch", severity="error",
            summary="A weekday that does not match its date.", check=check, doc=__doc__ or "")
