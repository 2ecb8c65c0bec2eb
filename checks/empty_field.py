"""empty-field: a header field left blank, such as "Duration:" with nothing after it.

A field that heads the lines below it (an "Impact:" followed by its paragraph) is not
blank; a field followed directly by the next field is.

Fails::

    Duration:
    Start Time: March 15, 2023, 09:00 AM UTC

Passes::

    Duration: 5 hours 30 minutes
    Start Time: March 15, 2023, 09:00 AM UTC
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.base import Problem, Rule
from checks.context import Context


def check(ctx: Context) -> Iterator[Problem]:
    for field in ctx.timeline.fields:
        if field.value or field.heads_block:
            continue
        yield Problem(field.line, field.column, f'"{field.label}" is empty',
                      end_column=field.column + len(field.label),
                      suggestion=f"fill in {field.label.lower()} or remove the field")


RULE = Rule(code="PM403", name="empty-field", severity="warning",
            summary="A header field left blank.", check=check, doc=__doc__ or "")
