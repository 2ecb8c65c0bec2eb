"""What every reporter receives: the results of a run, the rules, and the failure threshold."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from pmlint.checks.base import SEVERITY_RANK, Finding, Rule


@dataclass(frozen=True)
class FileResult:
    path: str
    findings: tuple[Finding, ...]
    error: str | None = None  # the file could not be read, or (internal) pmlint failed on it
    internal: bool = False  # the error is a bug in pmlint: the run exits 3


@dataclass(frozen=True)
class Report:
    results: tuple[FileResult, ...]
    rules: tuple[Rule, ...]
    fail_on: str = "error"
    version: str = "0.1.0"

    def failing(self, finding: Finding) -> bool:
        return SEVERITY_RANK[finding.severity] >= SEVERITY_RANK.get(self.fail_on, 99)


def summary(results: Sequence[FileResult]) -> dict[str, int]:
    counts = Counter(f.severity for r in results for f in r.findings)
    return {"files": len(results), "errors": counts["error"], "warnings": counts["warning"],
            "infos": counts["info"],
            "unreadable": sum(1 for r in results if r.error and not r.internal),
            "failed": sum(1 for r in results if r.internal)}
