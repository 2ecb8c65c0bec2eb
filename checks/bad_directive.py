"""bad-directive: a pmlint comment that pmlint cannot follow.

A typo in a suppression must not silently turn the gate off (or leave it on): an unknown
command or an unknown rule in `<!-- pmlint ... -->` is an error.

Fails::

    <!-- pmlint disabel ampm-flip -->
    <!-- pmlint disable ampm-flipp -->

Passes::

    <!-- pmlint disable ampm-flip -->
    <!-- pmlint disable-next-line PM102 -->
"""

from __future__ import annotations

from collections.abc import Iterator

from pmlint.checks.base import Problem, Rule
from pmlint.checks.context import Context


def check(ctx: Context) -> Iterator[Problem]:
    if not ctx.analysis.directives:
        return  # no directive: suppression.parse would find none (nor be imported)
    from pmlint.checks import BY_KEY
    from pmlint.checks.suppression import parse

    names = {key: rule.name for key, rule in BY_KEY.items()}
    _, malformed = parse(ctx.timeline.lines, names)
    for bad in malformed:
        yield Problem(bad.line, bad.column, f"bad pmlint directive: {bad.reason}",
                      end_column=bad.end_column,
                      suggestion="see `pmlint rules` for names and codes")


RULE = Rule(code="PM001", name="bad-directive", severity="error",
            summary="A pmlint comment with an unknown command or rule.", check=check,
            doc=__doc__ or "")
