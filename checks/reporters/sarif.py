"""SARIF 2.1.0 output, for code-scanning tools: every rule described, fixes where known.

Deterministic on purpose: no timestamps, no invocation times, results in a stable order.
Locations are relative to the project root (`originalUriBaseIds` PROJECTROOT: the folder of
the configuration, else the git root), whatever the working directory, and each result
carries a partial fingerprint (its rule and the words of its line, as the baseline keys
it), so a code-scanning tool follows a finding when lines move.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from pmlint.checks.base import Finding, Rule
from pmlint.checks.reporters.common import Report

if TYPE_CHECKING:
    from pmlint.timeline.locator import Locator

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


ROOT_ID = "PROJECTROOT"


def render(report: Report) -> str:
    index = {rule.name: n for n, rule in enumerate(report.rules)}
    artifact = _artifacts(report.root)
    results = [_fingerprinted(_result(f, index), f, report) for r in report.results
               for f in r.findings]
    results = [_rebased(result, artifact) for result in results]
    notifications = [
        {"level": "error", "message": {"text": r.error},
         "locations": [{"physicalLocation": {"artifactLocation": artifact(_uri(r.path))}}]}
        for r in report.results if r.error
    ]
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "pmlint", "version": report.version, "semanticVersion": report.version,
            "informationUri": "https://pypi.org/project/pmlint/",
            "rules": [_rule(rule) for rule in report.rules],
        }},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    if report.root is not None:
        from pathlib import Path

        run["originalUriBaseIds"] = {ROOT_ID: {"uri": Path(report.root).as_uri() + "/"}}
    if notifications:
        run["invocations"] = [{"executionSuccessful": False,
                               "toolExecutionNotifications": notifications}]
    payload = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def _artifacts(root: str | None) -> Any:
    """A function from a location's URI to its artifactLocation: relative to the project
    root (with its uriBaseId) when the file lies under it."""
    from pathlib import Path
    from urllib.parse import quote, unquote

    def locate(uri: str) -> dict[str, Any]:
        if root is None:
            return {"uri": uri}
        path = unquote(uri.removeprefix("file://")) if uri.startswith("file:") else unquote(uri)
        try:
            relative = Path(path).resolve().relative_to(Path(root)).as_posix()
        except (ValueError, OSError):
            return {"uri": uri}
        return {"uri": quote(relative, safe="/"), "uriBaseId": ROOT_ID}
    return locate


def _rebased(node: Any, artifact: Any) -> Any:
    """Every artifactLocation of a result made root-relative."""
    if isinstance(node, dict):
        return {k: (artifact(v["uri"]) if k == "artifactLocation" else _rebased(v, artifact))
                for k, v in node.items()}
    if isinstance(node, list):
        return [_rebased(v, artifact) for v in node]
    return node


def _fingerprinted(result: dict[str, Any], finding: Finding, report: Report
                   ) -> dict[str, Any]:
    from pmlint.checks.baseline import fingerprint

    text = report.lines.get(finding.path, ())
    line = text[finding.line - 1] if 0 < finding.line <= len(text) else ""
    return {**result, "partialFingerprints": {"pmlintLine/v1": fingerprint(finding, line)}}


def _rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.doc.strip().split("\n\n")[1] if "\n\n" in rule.doc
                            else rule.summary},
        "help": {"text": rule.doc.strip()},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["postmortem", "timeline"]},
    }


def _result(finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    region = {"startLine": finding.line, "startColumn": finding.column,
              "endLine": finding.end_line, "endColumn": max(finding.end_column, finding.column)}
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": index[finding.rule],
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message + (f" Suggestion: {finding.suggestion}."
                                               if finding.suggestion else "")},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(finding.path)},
                                            "region": region}}],
    }
    if finding.locator is not None:
        return _in_source(result, finding)
    if finding.related_line is not None:
        result["relatedLocations"] = [{
            "id": 1, "message": {"text": f"line {finding.related_line}"},
            "physicalLocation": {"artifactLocation": {"uri": _uri(finding.path)},
                                 "region": {"startLine": finding.related_line}}}]
    if finding.fix is not None:
        fix = finding.fix
        result["fixes"] = [{
            "description": {"text": finding.suggestion or f"replace with {fix.text}"},
            "artifactChanges": [{
                "artifactLocation": {"uri": _uri(finding.path)},
                "replacements": [{
                    "deletedRegion": {"startLine": e.line, "startColumn": e.column,
                                      "endLine": e.line, "endColumn": e.end_column},
                    "insertedContent": {"text": e.text}} for e in fix.edits()]}],
            # as ruff: "safe" is applied by --fix, "unsafe" only with --unsafe-fixes
            "properties": {"applicability": fix.applicability}}]
    return result


def _in_source(result: dict[str, Any], finding: Finding) -> dict[str, Any]:
    """A converted document's finding: a logical location (the locator) and the quoted
    snippet; a line and column only where the source has them (HTML). No fix: pmlint
    edits only Markdown and text."""
    located = _logical(finding.path, finding.locator)
    result["locations"] = [located]
    if finding.related_locator is not None:
        related = _logical(finding.path, finding.related_locator)
        result["relatedLocations"] = [{"id": 1, **related, "message": {
            "text": finding.related_locator.short}}]
    return result


def _logical(path: str, locator: Locator | None) -> dict[str, Any]:
    """The locator as a logical location. The quote is the region's snippet where the
    source has lines (HTML); a region must have a line or an offset, so for a DOCX or an
    ADF document the quote goes in the location's message and properties instead."""
    assert locator is not None
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(path)}}
    if locator.line is not None:
        physical["region"] = {"startLine": locator.line, "startColumn": locator.column,
                              "snippet": {"text": locator.quote}}
    return {"physicalLocation": physical,
            "logicalLocations": [{
                "name": locator.short, "kind": "element",
                "fullyQualifiedName": " › ".join((*locator.headings, locator.short))}],
            "message": {"text": f'{locator.short}: "{locator.quote}"'},
            "properties": {"quote": locator.quote}}


def _uri(path: str) -> str:
    """A URI reference for the path: relative ones percent-encoded, absolute ones as file:."""
    from pathlib import PurePath
    from urllib.parse import quote

    posix = path.replace("\\", "/").removeprefix("./")
    if PurePath(path).is_absolute():
        return PurePath(path).as_uri()
    return quote(posix, safe="/")
