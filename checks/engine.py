"""Run the rules over a timeline: stamp, sort and de-duplicate what they find."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from checks.base import Finding, Rule
from checks.context import Analysis, Context
from timeline.model import Timeline


def lint(timeline: Timeline, rules: Iterable[Rule],
         options: Mapping[str, Mapping[str, Any]] | None = None) -> tuple[Finding, ...]:
    """Every finding of `rules` on `timeline`, sorted by position, duplicates dropped.

    `options` maps a rule name to overrides of its declared options.
    """
    analysis = Analysis(timeline)
    found: dict[tuple[Any, ...], Finding] = {}
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
    return tuple(sorted(found.values(), key=Finding.sort_key))
