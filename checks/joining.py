"""One question, one finding: a settlement joins the finding that raised the question.

When the record settles what another rule left open (ampm-flip's "did you mean 10:45 PM?",
tz-missing's "no time zone"), that finding says so, instead of a second finding on the
same line. When the record refutes it, the refuted finding is dropped and the refutation
stands on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pmlint.checks.base import Finding, Problem


def join(findings: list[Finding], links: Sequence[tuple[Finding, Problem]]) -> list[Finding]:
    kept = list(findings)
    for finding, problem in links:
        if finding not in kept:
            continue
        target = next((f for f in kept if f is not finding and f.path == finding.path
                       and f.line == finding.line
                       and f.rule in (*problem.joins, *problem.withdraws)), None)
        if target is None:
            continue
        if target.rule in problem.withdraws:
            kept.remove(target)
            continue
        merged = replace(target, message=f"{target.message}; {finding.message}",
                         suggestion=finding.suggestion or target.suggestion)
        kept[kept.index(target)] = merged
        kept.remove(finding)
    return kept
