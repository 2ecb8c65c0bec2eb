"""The Markdown structure of a document, reduced to one role per line.

markdown-it-py does the reading (CommonMark plus tables), so headings, list items,
table rows and code blocks are recognised the way GitHub renders them; we keep only
what the extractor needs: each line's role, the heading level, and which block (list,
table, paragraph) it belongs to. Indented code
blocks are turned off: in postmortems indentation is layout (a timeline indented under its
heading), while real code and logs are fenced.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

Role = Literal["blank", "text", "heading", "item", "row", "code", "html"]


@dataclass(frozen=True)
class LineRole:
    role: Role
    level: int = 0  # heading level (1-6)
    item_end: int = 0  # for an item's lines: the line index after the item
    block: int = 0  # id of the enclosing list, table or paragraph
    header_row: bool = False  # a table's header row


# The characters a block rule needs first on its line (after the indent); on any other line
# the rule returns False before looking further, so it is not called there at all. Every line
# that opens or continues a paragraph would otherwise try each rule in turn.
_FIRST_CHARACTERS = {"fence": "~`", "blockquote": ">", "hr": "*-_", "list": "*-+0123456789",
                     "reference": "[", "html_block": "<", "heading": "#"}


def _gated(rule, first: str):  # type: ignore[no-untyped-def]
    def gated(state, start: int, end: int, silent: bool) -> bool:  # type: ignore[no-untyped-def]
        pos = state.bMarks[start] + state.tShift[start]
        if pos < len(state.src) and state.src[pos] not in first:
            return False
        return rule(state, start, end, silent)  # type: ignore[no-any-return]
    return gated


def _gated_table(rule):  # type: ignore[no-untyped-def]
    """A table needs a delimiter row ("|---|", "--- | ---", ":--") right below its header."""
    def gated(state, start: int, end: int, silent: bool) -> bool:  # type: ignore[no-untyped-def]
        if start + 2 <= end:
            pos = state.bMarks[start + 1] + state.tShift[start + 1]
            if pos < state.eMarks[start + 1] and state.src[pos] not in "|-:":
                return False
        return rule(state, start, end, silent)  # type: ignore[no-any-return]
    return gated


@lru_cache(maxsize=1)
def _parser():  # type: ignore[no-untyped-def]
    from markdown_it import MarkdownIt

    # Only block structure and line maps are read: inline parsing (emphasis, links) is
    # skipped, which is most of markdown-it's work on a large document.
    md = MarkdownIt("commonmark", {"html": True}).enable("table").disable("code")
    md.core.ruler.disable(["inline", "text_join"], ignoreInvalid=True)
    ruler = md.block.ruler
    for rule in list(ruler.__rules__):
        if rule.name in _FIRST_CHARACTERS:
            ruler.at(rule.name, _gated(rule.fn, _FIRST_CHARACTERS[rule.name]), {"alt": rule.alt})
        elif rule.name == "table":
            ruler.at(rule.name, _gated_table(rule.fn), {"alt": rule.alt})
    return md


def line_roles(text: str, lines: list[str]) -> list[LineRole]:
    """One LineRole per line of `text` (already split into `lines`)."""
    roles: list[LineRole] = [
        LineRole("blank" if not line.strip() else "text") for line in lines
    ]
    tokens = _parser().parse(text)
    block = 0
    list_depth = 0
    in_thead = False
    for token in tokens:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            if list_depth == 0:
                block += 1
            list_depth += 1
            continue
        if kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
            continue
        if kind == "thead_open":
            in_thead = True
        elif kind == "thead_close":
            in_thead = False
        if token.map is None:
            continue
        first, last = token.map
        if kind in ("fence", "code_block"):
            for i in range(first, min(last, len(roles))):
                roles[i] = LineRole("code")
        elif kind == "html_block":
            for i in range(first, min(last, len(roles))):
                roles[i] = LineRole("html")
        elif kind == "heading_open":
            level = int(token.tag[1])
            for i in range(first, min(last, len(roles))):
                roles[i] = LineRole("heading", level=level)
        elif kind == "table_open":
            block += 1
        elif kind == "tr_open":
            for i in range(first, min(last, len(roles))):
                roles[i] = LineRole("row", block=block, header_row=in_thead)
        elif kind == "list_item_open":
            for i in range(first, min(last, len(roles))):
                if roles[i].role in ("text", "blank", "item"):
                    roles[i] = LineRole(
                        "item" if roles[i].role != "blank" else "blank",
                        item_end=last, block=block,
                    )
        elif kind == "paragraph_open" and list_depth == 0:
            block += 1
            for i in range(first, min(last, len(roles))):
                if roles[i].role == "text":
                    roles[i] = LineRole("text", block=block)
    _front_matter(lines, roles, block)
    return roles


FRONT_MATTER_LINES = 80  # a YAML header longer than this is not looked for


def front_matter_end(lines: list[str]) -> int | None:
    """The index of the line closing a YAML or TOML front matter, if the document opens
    with one."""
    if not lines or lines[0].strip() not in ("---", "+++"):
        return None
    ends = ("---", "...") if lines[0].strip() == "---" else ("+++",)  # YAML, or TOML
    return next((i for i in range(1, min(len(lines), FRONT_MATTER_LINES))
                 if lines[i].strip() in ends), None)


def _front_matter(lines: list[str], roles: list[LineRole], block: int) -> None:
    """A front matter ("---" / "date: ..." / "---") is a list of fields: not the setext
    heading or rule Markdown would make of it."""
    close = front_matter_end(lines)
    if close is None:
        return
    roles[0] = roles[close] = LineRole("blank")
    for i in range(1, close):
        block += 1
        roles[i] = LineRole("text" if lines[i].strip() else "blank", block=block)
