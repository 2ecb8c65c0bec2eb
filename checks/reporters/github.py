"""GitHub Actions workflow commands: `::error file=..,line=..,col=..,title=..::message`."""

from __future__ import annotations

from pmlint.checks.base import Finding
from pmlint.checks.reporters.common import Report, context, summary

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def render(report: Report) -> str:
    lines: list[str] = []
    for result in report.results:
        if result.error:
            lines.append(f"::error file={_property(result.path)},title=pmlint::"
                         f"{_data(result.error)}")
        for f in result.findings:
            message = f.message + (f" (suggestion: {f.suggestion})" if f.suggestion else "")
            if f.locator is not None:
                lines.append(_located(f, message))
                continue
            lines.append(
                f"::{COMMANDS[f.severity]} file={_property(f.path)},line={f.line},"
                f"endLine={f.end_line},col={f.column},endColumn={max(f.end_column, f.column)},"
                f"title={_property(f'{f.rule} ({f.code})')}::{_data(message)}")
    s = summary(report.results)
    lines.append(f"pmlint: {s['files']} files checked: {s['errors']} errors, "
                 f"{s['warnings']} warnings, {s['infos']} info")
    return "\n".join(lines) + "\n"


def _located(f: Finding, message: str) -> str:
    """A converted document's finding: at its source line where it has one (HTML), else
    on the file, the locator leading the message."""
    loc = f.locator
    assert loc is not None
    where = (f",line={loc.line},endLine={loc.line},col={loc.column},endColumn={loc.column}"
             if loc.line is not None else "")
    return (f"::{COMMANDS[f.severity]} file={_property(f.path)}{where},"
            f"title={_property(f'{f.rule} ({f.code})')}::"
            f"{_data(f'{loc.short}: {context(loc)}: {message}')}")


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
