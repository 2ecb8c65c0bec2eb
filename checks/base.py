"""What a rule is, what it yields, and what the engine makes of it.

A rule is declared once, as a frozen `Rule` in its own module: code, name, default
severity, options with defaults, and the module docstring (explanation plus a failing and
a passing example) as its documentation. `check(ctx)` is a pure generator of `Problem`s;
the engine turns them into `Finding`s, so a rule cannot misstate its own name or level.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from pmlint.checks.context import Context
    from pmlint.timeline.locator import Locator

Severity = Literal["error", "warning", "info"]
# As in ruff: a safe fix keeps the author's meaning (`--fix`); an unsafe one changes what
# the text says more than a typo's worth (EST -> EDT moves every time an hour), so it is
# applied only with `--unsafe-fixes`.
Applicability = Literal["safe", "unsafe"]
SEVERITY_RANK: Mapping[str, int] = MappingProxyType({"info": 1, "warning": 2, "error": 3})
# Rules folded into another, by name and code: a configuration or a directive that still
# names one is told where its findings went, not just that the name is unknown.
MERGED_RULES: Mapping[str, str] = MappingProxyType({"outside-window": "summary-mismatch",
                                                   "PM204": "summary-mismatch"})


def merged_hint(word: str) -> str:
    """"; outside-window is now part of summary-mismatch", or nothing for another word."""
    into = MERGED_RULES.get(word) or MERGED_RULES.get(word.upper())
    return f"; {word} is now part of {into}, name that instead" if into else ""


@dataclass(frozen=True)
class Replacement:
    """A machine-applicable fix: replace line[column-1:end_column-1] with `text`."""

    line: int
    column: int
    end_column: int
    text: str
    applicability: Applicability = "safe"
    # The same fix elsewhere in the document (a habit reported once, at its first use):
    # applied together with this edit, or not at all.
    also: tuple[Replacement, ...] = ()

    def edits(self) -> tuple[Replacement, ...]:
        """Every span this fix replaces, this one first."""
        return (replace(self, also=()), *(e for a in self.also for e in a.edits()))


@dataclass(frozen=True)
class Problem:
    """What a rule found, in its own words. Columns are 1-based; end is exclusive."""

    line: int
    column: int
    message: str
    end_line: int | None = None
    end_column: int | None = None
    suggestion: str | None = None
    related_line: int | None = None
    severity: Severity | None = None  # only to lower the rule's level for a milder case
    fix: Replacement | None = None
    joins: tuple[str, ...] = ()  # rules whose finding on this line this one completes
    withdraws: tuple[str, ...] = ()  # rules whose finding on this line the record refutes


@dataclass(frozen=True)
class Rule:
    """A rule: its names, severity, words and check function."""

    code: str
    name: str
    severity: Severity
    summary: str  # one line, for `pmlint rules`
    check: Callable[[Context], Iterator[Problem]]
    doc: str
    options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    lowered: tuple[Severity, ...] = ()  # milder levels a Problem may ask for (Problem.severity)
    forced: bool = False  # severity set by configuration: every finding gets it

    @property
    def severities(self) -> tuple[Severity, ...]:
        """Every level this rule's findings can have, most severe first."""
        levels = (self.severity,) if self.forced else (self.severity, *self.lowered)
        return tuple(sorted(set(levels), key=lambda s: -SEVERITY_RANK[s]))  # type: ignore[arg-type]


@dataclass(frozen=True)
class Finding:
    """A problem stamped by the engine with the rule that found it."""

    path: str
    rule: str
    code: str
    severity: Severity
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    suggestion: str | None
    related_line: int | None
    fix: Replacement | None = None
    # In a converted document (DOCX, HTML, ADF), `line` is a line of the converted text, and
    # these say where the finding is in the source; None for Markdown and plain text.
    locator: Locator | None = None
    related_locator: Locator | None = None
    # In a converted document, the fix pmlint may not write: (the text as written, the text
    # the fix would put there, its applicability), for the author to make in the source.
    by_hand: tuple[str, str, str] | None = None

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.code, self.message)

    def to_dict(self) -> dict[str, Any]:
        found = {
            "rule": self.rule, "code": self.code, "severity": self.severity,
            "line": self.line, "column": self.column, "end_line": self.end_line,
            "end_column": self.end_column, "message": self.message,
            "suggestion": self.suggestion, "related_line": self.related_line,
        }
        if self.locator is None:
            return found
        # Source lines where the source has them (HTML), else none: a DOCX has no lines.
        line, column = self.locator.line, self.locator.column
        related = self.related_locator
        return {**found, "line": line, "column": column, "end_line": line,
                "end_column": column, "related_line": related.line if related else None,
                "locator": self.locator.to_dict(),
                "related_locator": related.to_dict() if related else None}
