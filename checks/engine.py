"""Run the rules over a timeline: stamp, sort and de-duplicate what they find."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from pmlint.checks.base import Finding, Problem, Rule
from pmlint.checks.context import Analysis, Context
from pmlint.checks.joining import join
from pmlint.timeline.model import Timeline

if TYPE_CHECKING:
    from pmlint.timeline.evidence.model import Evidence


def lint(timeline: Timeline, rules: Iterable[Rule],
         options: Mapping[str, Mapping[str, Any]] | None = None,
         evidence: Evidence | None = None) -> tuple[Finding, ...]:
    """Every finding of `rules` on `timeline`, sorted by position, duplicates dropped.

    `options` maps a rule name to overrides of its declared options; `evidence` is the
    record the evidence-* rules check the draft against.
    """
    rules = tuple(rules)
    analysis = Analysis(timeline, evidence)
    found: dict[tuple[Any, ...], Finding] = {}
    links: list[tuple[Finding, Problem]] = []
    for rule in rules:
        merged = {**rule.options, **((options or {}).get(rule.name, {}))}
        context = Context(timeline, analysis, MappingProxyType(merged))
        for problem in rule.check(context):
            finding = Finding(
                path=timeline.path, rule=rule.name, code=rule.code,
                severity=problem.severity or rule.severity,
                line=problem.line, column=problem.column,
                end_line=problem.end_line or problem.line,
                end_column=problem.end_column or problem.column,
                message=problem.message, suggestion=problem.suggestion,
                related_line=problem.related_line, fix=problem.fix,
            )
            found.setdefault((finding.line, finding.column, finding.rule, finding.message),
                             finding)
            if problem.joins or problem.withdraws:
                links.append((finding, problem))
    merged = join(list(found.values()), links) if links else list(found.values())
    kept = _suppress(timeline, merged, rules)
    return tuple(sorted(kept, key=Finding.sort_key))


def _suppress(timeline: Timeline, findings: list[Finding], rules: tuple[Rule, ...]
              ) -> list[Finding]:
    """Apply <!-- pmlint ... --> directives; report the ones that suppressed nothing."""
    if not any("pmlint" in line for line in timeline.lines):
        return findings
    from pmlint.checks import BY_KEY, suppression

    names = {key: rule.name for key, rule in BY_KEY.items()}
    directives, _ = suppression.parse(timeline.lines, names)
    kept, unused = suppression.apply(findings, directives, len(timeline.lines))
    reporter = next((r for r in rules if r.name == "unused-suppression"), None)
    if reporter is not None:
        for d in unused:
            what = ", ".join(d.rules) if d.rules else "any rule"
            kept.append(Finding(
                path=timeline.path, rule=reporter.name, code=reporter.code,
                severity=reporter.severity, line=d.line, column=d.column, end_line=d.line,
                end_column=d.end_column,
                message=f"'{d.command}' for {what} suppresses nothing",
                suggestion="remove the comment", related_line=None))
    return kept
