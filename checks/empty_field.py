"""empty-field: a header field left blank, such as "Duration:" with nothing after it.

A field that heads the lines below it is not blank: an "Impact:" followed by its
paragraph, or a "Duration:" followed by its Start Time and End Time. A field followed
directly by an unrelated field is; so is a copied web form's label alone on its line
straight over the next label ("Duration" over "Detected by ..."), its value line left out.

Fails::

    Root Cause:
    Severity: SEV-2

Passes::

    Duration:
    Start Time: March 15, 2023, 09:00 AM UTC
    End Time: March 15, 2023, 02:30 PM UTC
"""

from __future__ import annotations

from collections.abc import Iterator

from pmlint.checks.base import Problem, Rule
from pmlint.checks.context import Context


def check(ctx: Context) -> Iterator[Problem]:
    for field in ctx.timeline.fields:
        if field.value or field.heads_block:
            continue
        yield Problem(field.line, field.column, f'"{field.label}" is empty',
                      end_column=field.column + len(field.label),
                      suggestion=f"fill in {field.label.lower()} or remove the field")


RULE = Rule(code="PM403", name="empty-field", severity="warning",
            summary="A header field left blank.", check=check, doc=__doc__ or "")
