"""Findings output: pure functions from results to text or JSON, no I/O, no clock."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from checks.base import Finding


@dataclass(frozen=True)
class FileResult:
    path: str
    findings: tuple[Finding, ...]
    error: str | None = None  # the file could not be read


def summary(results: Sequence[FileResult]) -> dict[str, int]:
    counts = Counter(f.severity for r in results for f in r.findings)
    return {"files": len(results), "errors": counts["error"], "warnings": counts["warning"],
            "infos": counts["info"], "unreadable": sum(1 for r in results if r.error)}


def render_json(results: Sequence[FileResult]) -> str:
    payload: dict[str, Any] = {
        "version": 1,
        "files": [
            {"path": r.path, "findings": [f.to_dict() for f in r.findings],
             **({"error": r.error} if r.error else {})}
            for r in results
        ],
        "summary": summary(results),
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def render_text(results: Sequence[FileResult]) -> str:
    lines: list[str] = []
    for result in results:
        if result.error:
            lines.append(f"{result.path}: error: {result.error}")
        for f in result.findings:
            lines.append(f"{f.path}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}")
            if f.suggestion:
                lines.append(f"    suggestion: {f.suggestion}")
    lines.append(_summary_line(results))
    return "\n".join(lines) + "\n"


def _summary_line(results: Sequence[FileResult]) -> str:
    s = summary(results)
    files = f"{s['files']} file{'s' if s['files'] != 1 else ''} checked"
    parts = [_count(s["errors"], "error"), _count(s["warnings"], "warning"),
             _count(s["infos"], "info")]
    if s["unreadable"]:
        parts.append(f"{s['unreadable']} unreadable")
    return f"{files}: " + ", ".join(parts)


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 and word != 'info' else ''}"
