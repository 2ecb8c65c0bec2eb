"""Run the rules over a timeline: stamp, sort and de-duplicate what they find."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from pmlint.checks.base import Finding, Problem, Rule
from pmlint.checks.context import Analysis, Context
from pmlint.checks.joining import join
from pmlint.timeline.model import Timeline

if TYPE_CHECKING:
    from pmlint.timeline.evidence.model import Evidence
    from pmlint.timeline.locator import SourceMap


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
    overrides = options or {}
    # one view for every rule without options (most): a frozen Context costs microseconds
    plain = Context(timeline, analysis, MappingProxyType({}))
    for rule in rules:
        extra = overrides.get(rule.name)  # most rules run with their declared options
        merged = {**rule.options, **extra} if extra else rule.options
        context = Context(timeline, analysis, MappingProxyType(merged)) if merged else plain
        for problem in rule.check(context):
            finding = Finding(
                path=timeline.path, rule=rule.name, code=rule.code,
                severity=rule.severity if rule.forced else problem.severity or rule.severity,
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
    kept = _suppress(timeline, merged, rules) if analysis.directives else merged
    if timeline.source_map is not None:
        kept = [_located(f, timeline.source_map, timeline.lines) for f in kept]
    return tuple(sorted(kept, key=Finding.sort_key))


def _located(finding: Finding, source_map: SourceMap, lines: Sequence[str]) -> Finding:
    """A finding in a converted document: placed in the source, its "line 13" references
    made locators, and no fix (pmlint edits only Markdown and text): what the fix would
    change is kept as `by_hand`, for the author to change in the source."""
    related = finding.related_line
    by_hand = None
    if finding.fix is not None and 0 < finding.fix.line <= len(lines):
        fix = finding.fix
        by_hand = (lines[fix.line - 1][fix.column - 1:fix.end_column - 1], fix.text,
                   fix.applicability)
    return replace(
        finding, message=source_map.rewrite(finding.message),
        suggestion=source_map.rewrite(finding.suggestion) if finding.suggestion else None,
        locator=source_map.locate(finding.line, finding.column),
        related_locator=source_map.locate(related) if related is not None else None, fix=None,
        by_hand=by_hand)


def _suppress(timeline: Timeline, findings: list[Finding], rules: tuple[Rule, ...]
              ) -> list[Finding]:
    """Apply <!-- pmlint ... --> directives; report the ones that suppressed nothing."""
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
