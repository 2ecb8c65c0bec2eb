"""Reporters by name: each a pure function from a Report to the text to print."""

from __future__ import annotations

from collections.abc import Callable

from checks.reporters import github, json_report, junit, sarif, text
from checks.reporters.common import FileResult, Report

REPORTERS: dict[str, Callable[[Report], str]] = {
    "text": text.render,
    "json": json_report.render,
    "sarif": sarif.render,
    "github": github.render,
    "junit": junit.render,
}

__all__ = ["REPORTERS", "FileResult", "Report"]
