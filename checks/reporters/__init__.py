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
}


def reporter(name: str) -> Callable[[Report], str]:
    return importlib.import_module(MODULES[name]).render  # type: ignore[no-any-return]


__all__ = ["MODULES", "FileResult", "Report", "reporter"]
