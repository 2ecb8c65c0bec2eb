"""GitLab Code Quality JSON: a list of issues GitLab shows in a merge request's widget.

Paths are relative to the project root (checks.roots), as GitLab expects repository paths;
each issue's fingerprint is its file, rule and the words of its line (as the baseline keys
a finding), numbered when one line has the same finding twice, so the list is stable when
lines move and unique within a report.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import Any

from pmlint.checks.reporters.common import Report

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}
ENGINE = "pmlint"


def render(report: Report) -> str:
    from pmlint.checks.baseline import fingerprint
    from pmlint.checks.roots import root_key

    root = _root(report)
    seen: Counter[str] = Counter()
    issues: list[dict[str, Any]] = []
    for result in report.results:
        path = root_key(result.path, root) if root is not None else result.path
        text = report.lines.get(result.path, ())
        for f in result.findings:
            words = fingerprint(f, text[f.line - 1] if 0 < f.line <= len(text) else "")
            key = f"{path}\0{f.rule}\0{words}"
            seen[key] += 1
            digest = hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest()
            line = f.locator.line if f.locator is not None and f.locator.line else f.line
            where = f"{f.locator.short}: " if f.locator is not None else ""
            issues.append({
                "type": "issue", "engine_name": ENGINE,
                "check_name": f"{f.code} {f.rule}",
                "description": where + f.message
                + (f" (suggestion: {f.suggestion})" if f.suggestion else ""),
                "categories": ["Bug Risk"], "severity": SEVERITIES[f.severity],
                "fingerprint": digest,
                "location": {"path": path, "lines": {"begin": max(1, line or 1)}},
            })
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"


def _root(report: Report) -> Any:
    from pathlib import Path

    return Path(report.root) if report.root is not None else None


def is_output(content: bytes) -> bool:
    """Whether a file holds an earlier report of this format (so it may be replaced)."""
    try:
        data = json.loads(content.decode("utf-8"))
    except (ValueError, RecursionError):
        return False
    return isinstance(data, list) and all(
        isinstance(i, dict) and i.get("engine_name") == ENGINE for i in data)
