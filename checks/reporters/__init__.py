"""Reporters by name: each a pure function from a Report to the text to print.

Modules are imported only when their format is asked for, so a plain `check` pays for the
text reporter alone.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from pmlint.checks.reporters.common import FileResult, Report

MODULES = {
    "text": "pmlint.checks.reporters.text",
    "json": "pmlint.checks.reporters.json_report",
    "sarif": "pmlint.checks.reporters.sarif",
    "github": "pmlint.checks.reporters.github",
    "junit": "pmlint.checks.reporters.junit",
    "gitlab": "pmlint.checks.reporters.gitlab",
    "markdown": "pmlint.checks.reporters.markdown",
}


def reporter(name: str) -> Callable[[Report], str]:
    return importlib.import_module(MODULES[name]).render  # type: ignore[no-any-return]


def is_output(name: str, content: bytes) -> bool:
    """Whether `content` is an earlier report in format `name`: --output-file replaces
    nothing else."""
    import json
    import re

    if name in ("gitlab", "markdown"):
        return importlib.import_module(MODULES[name]).is_output(content)  # type: ignore[no-any-return]
    text = content.decode("utf-8", "replace")
    if name in ("json", "sarif"):
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            return False
        if name == "json":
            return isinstance(data, dict) and data.get("version") == 1 and "files" in data
        runs = data.get("runs") if isinstance(data, dict) else None
        return bool(runs) and isinstance(runs, list) and isinstance(runs[0], dict) and \
            runs[0].get("tool", {}).get("driver", {}).get("name") == "pmlint"
    if name == "junit":
        return '<testsuites name="pmlint"' in text[:4096]
    last = text.rstrip("\n").rpartition("\n")[2]
    if name == "github":
        return last.startswith("pmlint: ")
    return re.match(r"\d++ files? checked: ", last) is not None


__all__ = ["MODULES", "FileResult", "Report", "is_output", "reporter"]
