"""JSON output: `{"version": 1, "files": [...], "summary": {...}}`."""

from __future__ import annotations

import json
from typing import Any

from pmlint.checks.reporters.common import Report, summary


def render(report: Report) -> str:
    payload: dict[str, Any] = {
        "version": 1,
        "files": [
            {"path": r.path, "findings": [f.to_dict() for f in r.findings],
             **({"error": r.error} if r.error else {})}
            for r in report.results
        ],
        "summary": summary(report.results),
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
