"""GitHub Actions workflow commands: `::error file=..,line=..,col=..,title=..::message`."""

from __future__ import annotations

from pmlint.checks.reporters.common import Report, summary

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def render(report: Report) -> str:
    lines: list[str] = []
    for result in report.results:
        if result.error:
            lines.append(f"::error file={_property(result.path)},title=pmlint::"
                         f"{_data(result.error)}")
        for f in result.findings:
            message = f.message + (f" (suggestion: {f.suggestion})" if f.suggestion else "")
            lines.append(
                f"::{COMMANDS[f.severity]} file={_property(f.path)},line={f.line},"
                f"endLine={f.end_line},col={f.column},endColumn={max(f.end_column, f.column)},"
                f"title={_property(f'{f.rule} ({f.code})')}::{_data(message)}")
    s = summary(report.results)
    lines.append(f"pmlint: {s['files']} files checked: {s['errors']} errors, "
                 f"{s['warnings']} warnings, {s['infos']} info")
    return "\n".join(lines) + "\n"


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
