"""What every reporter receives: the results of a run, the rules, and the failure threshold."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pmlint.checks.base import SEVERITY_RANK, Finding, Rule

if TYPE_CHECKING:
    from pmlint.timeline.locator import Locator


@dataclass(frozen=True)
class FileResult:
    """One document's findings, or why it was not checked."""

    path: str
    findings: tuple[Finding, ...]
    error: str | None = None  # the file could not be read, or (internal) pmlint failed on it
    internal: bool = False  # the error is a bug in pmlint: the run exits 3


@dataclass(frozen=True)
class Report:
    """What a reporter prints: every file's results and the rules run."""

    results: tuple[FileResult, ...]
    rules: tuple[Rule, ...]
    fail_on: str = "error"
    version: str = "0.1.0"
    root: str | None = None  # the project root paths are relative to (checks.roots)
    lines: Mapping[str, Sequence[str]] = field(default_factory=dict)  # each file's lines

    def failing(self, finding: Finding) -> bool:
        return SEVERITY_RANK[finding.severity] >= SEVERITY_RANK.get(self.fail_on, 99)


def summary(results: Sequence[FileResult]) -> dict[str, int]:
    counts = Counter(f.severity for r in results for f in r.findings)
    return {"files": len(results), "errors": counts["error"], "warnings": counts["warning"],
            "infos": counts["info"],
            "unreadable": sum(1 for r in results if r.error and not r.internal),
            "failed": sum(1 for r in results if r.internal)}


def position(finding: Finding) -> str:
    """"14:3" (line and column) in Markdown; in a converted document the locator a person
    follows, "table 1 row 3 cell 1", since its line numbers are not the source's."""
    if finding.locator is None:
        return f"{finding.line}:{finding.column}"
    return finding.locator.short


def context(locator: Locator) -> str:
    """The rest of a locator, for a line of its own: heading path, quote, source line."""
    path = " › ".join(locator.headings)
    text = f'{path}: "{locator.quote}"' if path else f'"{locator.quote}"'
    if locator.line is not None:
        text += f" (source line {locator.line}, column {locator.column})"
    return text
