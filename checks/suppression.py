"""Inline suppression in Markdown and text: HTML comments a reader never sees.

    <!-- pmlint disable RULE [RULE...] -->   ...   <!-- pmlint enable RULE -->
    <!-- pmlint disable-next-line RULE -->
    <!-- pmlint disable-file -->

RULE is a name or a code; no rule means every rule. A directive that is malformed or names
an unknown rule is reported by bad-directive; one that suppresses nothing, by
unused-suppression. A comment a reader sees as text (in fenced or indented code, or in an
`inline code` span) is quoted, not said: a README that shows the syntax must not switch the
gate off for itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pmlint.checks.base import Finding, merged_hint
from pmlint.timeline.code_spans import code_spans, inside

DIRECTIVE = re.compile(r"<!--[ \t]*+pmlint\b(?P<body>[^>\n]{0,300}?)-->")
COMMANDS = ("disable", "enable", "disable-next-line", "disable-file")


@dataclass(frozen=True)
class Directive:
    """One `<!-- pmlint disable ... -->` comment, parsed."""

    line: int
    column: int
    end_column: int
    command: str
    rules: tuple[str, ...]  # rule names; empty means every rule


@dataclass(frozen=True)
class Malformed:
    """A directive pmlint could not read, and why."""

    line: int
    column: int
    end_column: int
    reason: str


def parse(lines: Sequence[str], names: dict[str, str]
          ) -> tuple[list[Directive], list[Malformed]]:
    """Directives in the text; `names` maps names and codes to rule names."""
    directives: list[Directive] = []
    malformed: list[Malformed] = []
    if not any("pmlint" in line for line in lines):
        return directives, malformed
    quoted = code_block_lines(lines)
    for number, line in enumerate(lines, start=1):
        if "pmlint" not in line or number in quoted:
            continue
        spans = code_spans(line)
        for m in DIRECTIVE.finditer(line):
            if inside(spans, m.start()):
                continue  # `<!-- pmlint ... -->` in a sentence shows the syntax
            words = m.group("body").replace(",", " ").split()
            start, end = m.start() + 1, m.end() + 1
            if not words or words[0] not in COMMANDS:
                if not words or not _attempted(words[0]):
                    continue  # a comment that mentions pmlint, not a directive
                malformed.append(Malformed(number, start, end, f"unknown directive "
                                           f"{words[0]!r}; use one of {', '.join(COMMANDS)}"))
                continue
            rules: list[str] = []
            for word in words[1:]:
                name = names.get(word) or names.get(word.upper())
                if name is None:
                    malformed.append(Malformed(number, start, end, f"unknown rule {word!r} in "
                                               f"'{words[0]}'{merged_hint(word)}"))
                    break
                rules.append(name)
            else:
                directives.append(Directive(number, start, end, words[0], tuple(rules)))
    return directives, malformed


def code_block_lines(lines: Sequence[str]) -> frozenset[int]:
    """1-based lines inside fenced or indented code blocks, as CommonMark renders them.

    The timeline's own reading turns indented code off (indentation is layout there); a
    directive is judged as a reader of the rendered page sees it, so here it is on.
    """
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True})
    md.core.ruler.disable(["inline", "text_join"], ignoreInvalid=True)
    quoted: set[int] = set()
    for token in md.parse("\n".join(lines)):
        if token.type in ("fence", "code_block") and token.map is not None:
            quoted.update(range(token.map[0] + 1, token.map[1] + 1))
    return frozenset(quoted)


def _attempted(word: str) -> bool:
    """"disabel", "enable-file": close enough to a command to be a typo of one."""
    import difflib

    lower = word.lower()
    return lower.startswith(("disable", "enable")) or bool(
        difflib.get_close_matches(lower, COMMANDS, n=1, cutoff=0.75))


def apply(findings: Sequence[Finding], directives: Sequence[Directive], last_line: int
          ) -> tuple[list[Finding], list[Directive]]:
    """The findings left after suppression, and the directives that suppressed nothing."""
    spans: list[tuple[Directive, int, int]] = []  # directive, first line, last line
    open_at: dict[str, Directive] = {}  # rule name or "*" -> the disable that opened it
    for d in directives:
        keys = d.rules or ("*",)
        if d.command == "disable-file":
            spans.append((d, 1, last_line))
        elif d.command == "disable-next-line":
            spans.append((d, d.line + 1, d.line + 1))
        elif d.command == "disable":
            for key in keys:
                open_at.setdefault(key, d)
        elif d.command == "enable":
            for key in keys if d.rules else list(open_at):
                opened = open_at.pop(key, None)
                if opened is not None:
                    spans.append((opened, opened.line + 1, d.line - 1))
    for opened in dict.fromkeys(open_at.values()):
        spans.append((opened, opened.line + 1, last_line))
    used: set[int] = set()
    kept: list[Finding] = []
    for finding in findings:
        hit = next((d for d, first, last in spans if first <= finding.line <= last
                    and (not d.rules or finding.rule in d.rules)), None)
        if hit is None:
            kept.append(finding)
        else:
            used.add(id(hit))
    unused = [d for d in directives if d.command != "enable" and id(d) not in used]
    return kept, unused
