"""Every Markdown document in the repository, rebuilt as DOCX, Google-Docs HTML, Confluence
storage XHTML and ADF, gives the same findings and the same timeline as the Markdown.

The documents: the seeds, every rule case in fixtures/rules/*.toml, and the format
fixtures in fixtures/formats/ (written to vary the shapes: a timeline as a table with its
zone in the header, a heading per time, nested lists, header fields that Confluence and
Jira users keep in a key-value table with a date widget, code holding log lines, a
suppression). "Same" is exact: rule, severity, message and suggestion, where each "line N"
of the Markdown message and each locator of the converted one are both replaced by the text
they point at; and every event's instant (or wall-clock reading) in order.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from formats_build import BUILDERS

from pmlint.checks import ALL_RULES
from pmlint.checks.base import Finding
from pmlint.checks.engine import lint
from pmlint.timeline.document import timeline_from_source, timeline_from_text
from pmlint.timeline.model import Timeline
from pmlint.timeline.normalise import Options
from pmlint.timeline.readers import document_from_bytes
from pmlint.timeline.zones import parse_zone_option

ROOT = Path(__file__).resolve().parent.parent
MD_REFERENCE = re.compile(r"\blines? (?P<numbers>\d+(?:(?:, | and )\d+)*)")
LOCATOR_REFERENCE = re.compile(r"(?:paragraph \d+|table \d+ row \d+ cell \d+)(?: line \d+)?")


def documents() -> list[Any]:
    found = []
    for path in sorted((ROOT / "fixtures" / "seeds").glob("*.txt")):
        found.append((path.stem, path.read_text(encoding="utf-8"), None))
    for path in sorted((ROOT / "fixtures" / "formats").glob("*.md")):
        found.append((f"formats/{path.stem}", path.read_text(encoding="utf-8"), None))
    for path in sorted((ROOT / "fixtures" / "rules").glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            if case["document"].lstrip("\n").startswith(("---\n", "+++\n")):
                continue  # a static site's front matter: no Word or wiki page has one
            found.append((f"{path.stem}/{case['name']}", case["document"], case.get("tz")))
    return found


DOCUMENTS = documents()


def key(line: str) -> str:
    """A line's words without markup: what both a "line N" and a locator point at."""
    return "⟨" + re.sub(r"[^0-9a-z]", "", line.lower())[:40] + "⟩"


def markdown_view(finding: Finding, lines: Sequence[str]) -> tuple[str, ...]:
    def numbers(m: re.Match[str]) -> str:
        return re.sub(r"\d+", lambda n: key(lines[int(n.group(0)) - 1]), m.group("numbers"))

    related = key(lines[finding.related_line - 1]) if finding.related_line else None
    return (finding.rule, finding.severity, MD_REFERENCE.sub(numbers, finding.message),
            MD_REFERENCE.sub(numbers, finding.suggestion or ""), str(related))


def converted_view(finding: Finding, timeline: Timeline) -> tuple[str, ...]:
    assert timeline.source_map is not None
    where: dict[str, str] = {}
    for index, spans in enumerate(timeline.source_map.lines):
        for span in spans:
            where.setdefault(span.where.short, timeline.lines[index])

    def place(m: re.Match[str]) -> str:
        return key(where[m.group(0)])

    related = finding.related_locator
    return (finding.rule, finding.severity, LOCATOR_REFERENCE.sub(place, finding.message),
            LOCATOR_REFERENCE.sub(place, finding.suggestion or ""),
            str(key(where[related.short]) if related else None))


def instants(timeline: Timeline) -> list[tuple[str, str, str]]:
    return [(e.written, e.source, e.at.isoformat() if e.at is not None else e.local)
            for e in timeline.events]


def check_equivalent(markdown: str, fmt: str, tz: str | None) -> None:
    options = Options(default_zone=parse_zone_option(tz) if tz else None)
    original = timeline_from_text(markdown, "case.md", options)
    expected = [markdown_view(f, original.lines) for f in lint(original, ALL_RULES)]
    source = document_from_bytes(BUILDERS[fmt](markdown), f"case.{fmt}")
    converted = timeline_from_source(source, options)
    got = [converted_view(f, converted) for f in lint(converted, ALL_RULES)]
    assert got == expected, f"converted text:\n{source.text}"
    assert instants(converted) == instants(original), f"converted text:\n{source.text}"


@pytest.mark.parametrize("fmt", list(BUILDERS))
@pytest.mark.parametrize(("name", "markdown", "tz"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_same_findings_and_instants(name: str, markdown: str, tz: str | None, fmt: str) -> None:
    check_equivalent(markdown, fmt, tz)


def test_enough_documents_with_findings() -> None:
    """The comparison means something only if the documents have findings to compare."""
    with_findings = [name for name, markdown, tz in DOCUMENTS
                     if lint(timeline_from_text(markdown, "case.md", Options(
                         default_zone=parse_zone_option(tz) if tz else None)), ALL_RULES)]
    assert len(DOCUMENTS) >= 30
    assert len(with_findings) >= 30
