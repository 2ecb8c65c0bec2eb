"""One `pmlint check` run: read each document, lint it, collect the results.

Kept out of cli.py so the CLI only wires options to this function and a reporter.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from checks.base import Finding, Rule
from checks.engine import lint
from checks.reporters.common import FileResult
from timeline.document import timeline_from_source
from timeline.normalise import Options
from timeline.source import InputError, read_source

DOCUMENT_SUFFIXES = (".md", ".markdown", ".txt")


def documents(paths: Iterable[str]) -> list[str]:
    """Files as given; directories searched for *.md, *.markdown and *.txt, sorted."""
    found: list[str] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend(str(p) for p in sorted(path.rglob("*"))
                         if p.suffix.lower() in DOCUMENT_SUFFIXES and p.is_file())
        else:
            found.append(given)
    return found


def check_file(path: str, rules: tuple[Rule, ...], options: Options) -> FileResult:
    try:
        source = read_source(path)
    except InputError as error:
        return FileResult(path, (), str(error).removeprefix(f"{path}: "))
    findings: tuple[Finding, ...] = lint(timeline_from_source(source, options), rules)
    return FileResult(path, findings)
