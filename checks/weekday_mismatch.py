"""weekday-mismatch: a weekday written beside a date that falls on another day.

Fails::

    Monday, March 15, 2023 at 10:00 UTC: the deploy went out.

Passes::

    Wednesday, March 15, 2023 at 10:00 UTC: the deploy went out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from pmlint.checks.base import Problem, Replacement, Rule
from pmlint.checks.context import Context
from pmlint.checks.words import end_of
from pmlint.timeline.model import Event

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def check(ctx: Context) -> Iterator[Problem]:
    said: set[tuple[int, int, str]] = set()  # (line, where the date is written, the date)
    for event in ctx.timeline.events:
        date = event.date
        if date is None or date.weekday is None or not event.local[:4].isdigit():
            continue
        actual = dt.date.fromisoformat(event.local[:10])
        if actual.weekday() == date.weekday:
            continue
        # "from 9:10 to 10:40 on Tuesday, 5 March": both ends carry the one written date
        row = ctx.timeline.lines[event.line - 1] if ctx.timeline.lines else ""
        key = (event.line, row.find(date.written, event.column - 1), date.written)
        if key[1] >= 0 and key in said:
            continue
        said.add(key)
        _, end = end_of(event)
        fix = _weekday_fix(ctx, event, DAYS[date.weekday], DAYS[actual.weekday()])
        message = (f"{date.written} says {DAYS[date.weekday]}, but {actual:%B} {actual.day}, "
                   f"{actual.year} was a {DAYS[actual.weekday()]}")
        yield Problem(event.line, event.column, message, fix=fix, end_column=end,
                      suggestion=f"{DAYS[actual.weekday()]}, {actual:%B} {actual.day}, "
                                 f"{actual.year}")


def _weekday_fix(ctx: Context, event: Event, wrong: str, right: str) -> Replacement | None:
    """Replace the written weekday word ("Monday" or "Mon") with the right one."""
    if not ctx.timeline.lines or event.date is None:
        return None
    row = ctx.timeline.lines[event.line - 1]
    start = row.find(event.date.written, event.column - 1)
    if start < 0:
        return None
    for word in (wrong, wrong[:3]):
        if row.startswith(word, start) or row.lower().startswith(word.lower(), start):
            text = right if len(word) > 3 else right[:3]
            return Replacement(event.line, start + 1, start + 1 + len(word), text)
    return None


RULE = Rule(code="PM103", name="weekday-mismatch", severity="error",
            summary="A weekday that does not match its date.", check=check, doc=__doc__ or "")
