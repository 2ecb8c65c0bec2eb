"""The Markdown structure of a document, reduced to one role per line.

markdown-it-py does the reading (CommonMark plus tables), so headings, list items,
table rows and code blocks are recognised the way GitHub renders them; we keep only
what the extractor needs: each line's role, the heading level, and which block (list,
table, paragraph) it belongs to. Indented code
blocks are turned off: in postmortems indentation is layout (a timeline indented under its
heading), while real code and logs are fenced.
"""

from __future__ import annotations

import re
import types
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from pmlint.timeline.frozen import quick_init
from pmlint.timeline.lazy import LazyPattern

Role = Literal["blank", "text", "heading", "item", "row", "code", "html"]


@quick_init
@dataclass(frozen=True, slots=True, init=False)
class LineRole:
    """What one line is in the document's Markdown structure."""

    role: Role
    level: int = 0  # heading level (1-6)
    item_end: int = 0  # for an item's lines: the line index after the item
    block: int = 0  # id of the enclosing list, table or paragraph
    header_row: bool = False  # a table's header row


# Every line starts as one of these two (frozen: one instance serves them all).
_BLANK_ROLE, _TEXT_ROLE = LineRole("blank"), LineRole("text")


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


def split_cells(row: str) -> list[str]:
    """markdown-it's escapedSplit of a table row: with no escaped pipe ("\\|") in it, each
    "|" separates two cells, which is str.split's answer (found in C, where the rule's own
    loop looked at every character of every row in Python); with one, the rule's own."""
    from markdown_it.rules_block.table import escapedSplit

    return escapedSplit(row) if "\\|" in row else row.split("|")


def _cells_split_in_c(rule):  # type: ignore[no-untyped-def]
    """markdown-it's table rule, the same code, with `split_cells` for its escapedSplit: a
    copy of the function over its module's names, so markdown-it itself is left as it is.
    A rule that calls no escapedSplit (another markdown-it) is returned as it is."""
    code = getattr(rule, "__code__", None)
    if code is None or "escapedSplit" not in code.co_names:
        return rule
    return types.FunctionType(code, {**rule.__globals__, "escapedSplit": split_cells},
                              rule.__name__, rule.__defaults__, rule.__closure__)


def _gated_lheading(rule):  # type: ignore[no-untyped-def]
    """A setext heading needs an underline, a line of "-" or "=" alone (after the blanks and
    ">" of its containers). In a document without one the rule looks ahead from every
    paragraph and fails; it is not called, and leaves what failing leaves: parentType."""
    def gated(state, start: int, end: int, silent: bool) -> bool:  # type: ignore[no-untyped-def]
        if not state.env.get("underlines", True):
            state.parentType = "paragraph"
            return False
        return rule(state, start, end, silent)  # type: ignore[no-any-return]
    return gated


# a line of "-" or "=" alone, after the newline before it (see _has_underline)
def _gated_normalize(rule):  # type: ignore[no-untyped-def]
    """Newlines and NULs are normalised only in a text holding a carriage return or a NUL:
    in any other the rule's substitutions give the text back as it was, after matching
    every newline and replacing it by itself."""
    def gated(state) -> None:  # type: ignore[no-untyped-def]
        if "\r" in state.src or "\0" in state.src:
            rule(state)
    return gated


_UNDERLINE = re.compile(r"\n[ \t>]*+(?:-++|=++)[ \t]*+(?=\n|\Z)")


def _has_underline(text: str) -> bool:
    """Whether some line of `text` is an underline. The pattern opens with the newline before
    the line, in a text that starts with one: the search skips ahead to each newline, where
    "^" in MULTILINE mode was tried at every position of the text."""
    return _UNDERLINE.search("\n" + text) is not None


@lru_cache(maxsize=1)
def _parser():  # type: ignore[no-untyped-def]
    from markdown_it import MarkdownIt

    # Only block structure and line maps are read: inline parsing (emphasis, links) is
    # skipped, which is most of markdown-it's work on a large document.
    md = MarkdownIt("commonmark", {"html": True}).enable("table").disable("code")
    md.core.ruler.disable(["inline", "text_join"], ignoreInvalid=True)
    for rule in list(md.core.ruler.__rules__):
        if rule.name == "normalize":
            md.core.ruler.at(rule.name, _gated_normalize(rule.fn), {"alt": rule.alt})
    ruler = md.block.ruler
    for rule in list(ruler.__rules__):
        if rule.name in _FIRST_CHARACTERS:
            ruler.at(rule.name, _gated(rule.fn, _FIRST_CHARACTERS[rule.name]), {"alt": rule.alt})
        elif rule.name == "table":
            ruler.at(rule.name, _gated_table(_cells_split_in_c(rule.fn)), {"alt": rule.alt})
        elif rule.name == "lheading":
            ruler.at(rule.name, _gated_lheading(rule.fn), {"alt": rule.alt})
    return md


# A fence opening a block of Markdown ("```md", "~~~ markdown"), and any fence's opening
_MARKDOWN_FENCE = LazyPattern(r"(?m)^ {0,3}(?:`{3,}|~{3,})[ \t]*+(?:md|markdown)?[ \t]*+$",
                              re.IGNORECASE)
_FENCE_LINE = re.compile(r" {0,3}(?P<fence>`{3,}|~{3,})(?P<info>[^\n]*)")
# In a fence with no info string, what only the document's own Markdown holds: a section's
# heading ("## Timeline"), or a list item opening with a clock ("- _18:17_ - error seen").
_SECTION_HEADING = re.compile(r" {0,3}#{2,6}[ \t]++[A-Za-z]")
_TIMED_ITEM = re.compile(r" {0,3}(?:[-*+]|\d{1,2}[.)])[ \t]++[*_~]{0,2}\d{1,2}:\d{2}(?!\d)")


# A heading naming a timeline ("## Timeline", "### Chronology of the drill")
_TIMELINE_HEADING = LazyPattern(r" {0,3}#{1,6}[ \t]++[^\n]{0,40}?(?:time[ \t-]?line|chronolog)",
                                re.IGNORECASE)
# A line opening with its clock, at the margin ("20:50:02  docker stop ...")
_CLOCK_LED = LazyPattern(r"\d{1,2}:\d{2}(?::\d{2})?[ \t]")


def _own_markdown(lines: list[str], start: int, fence: str) -> bool:
    """Whether the block a fence with no info string opens on line `start` is the author's
    own text (a template's stray fences around sections): a section heading inside, or a list
    whose items open with clocks (two or more, and no other line but blanks and fences). A
    log, a command or a sample of code has neither. So is a block that is all a timeline
    section holds, right under its heading, whose lines at the margin all open with a clock
    (three or more; indented lines under them are their output): the timeline, set in a
    fixed font."""
    timed = 0
    led = 0
    other = False
    margin_other = False
    for line in lines[start + 1:]:
        m = _FENCE_LINE.match(line)
        if m is not None and m.group("fence")[0] == fence[0] \
                and len(m.group("fence")) >= len(fence) and not m.group("info").strip():
            break
        if _SECTION_HEADING.match(line):
            return True
        if _CLOCK_LED.match(line):
            led += 1
        elif line.strip() and not line[:1].isspace():
            margin_other = True
        if _TIMED_ITEM.match(line):
            timed += 1
        elif line.strip() and m is None:
            other = True
    if timed >= 2 and not other:
        return True
    return led >= 3 and not margin_other and _under_a_timeline_heading(lines, start)


def _under_a_timeline_heading(lines: list[str], start: int) -> bool:
    """The nearest line above `start` with words on it is a heading naming a timeline."""
    above = next((line for line in reversed(lines[:start]) if line.strip()), "")
    return _TIMELINE_HEADING.match(above) is not None


def _markdown_fences_opened(lines: list[str]) -> list[int] | None:
    """The lines of fences around blocks marked as Markdown ("```md" ... "```"), opening and
    closing, or None if there are none. A course template's "```md" left around each section
    wraps the author's own words, timeline and all: they are the document, not a sample of
    code. So does a fence with no info string around a section heading or a list of timed
    items (`_own_markdown`), and a "```md" left inside it. Other fences are skipped to their
    closing, as CommonMark reads them."""
    found: list[int] = []
    closing: tuple[str, int, bool] | None = None  # the fence's character, length, Markdown
    opened = 0
    clocks: list[int] = []  # the document's clocks, counted once when a template asks
    for index, line in enumerate(lines):
        m = _FENCE_LINE.match(line)
        if m is None:
            continue
        fence = m.group("fence")
        if closing is not None:
            if fence[0] == closing[0] and len(fence) >= closing[1] and not m.group("info").strip():
                if closing[2] and _blank_template(lines, opened, index, clocks):
                    del found[found.index(opened):]  # a sample to copy, quoted: code
                elif closing[2]:
                    found.append(index)
                closing = None
            elif closing[2] and m.group("info").strip().lower() in ("md", "markdown"):
                found.append(index)  # a template's "```md" left inside the author's text
            continue
        if fence[0] == "`" and "`" in m.group("info"):
            continue  # "```js`": no fence
        info = m.group("info").strip().lower()
        markdown = info in ("md", "markdown") or (not info and _own_markdown(lines, index, fence))
        closing = (fence[0], len(fence), markdown)
        if markdown:
            found.append(index)
            opened = index
    return found or None


# a template's blanks: "YYYY-MM-DD", "HH:MM", "[Incident Title]"; and a clock written out
TEMPLATE_BLANK = re.compile(r"YYYY-MM-DD|\b[Hh][Hh]:[Mm][Mm]\b|\[[A-Z][^\]\n]{2,40}\]")
REAL_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")
TEMPLATE_OUTSIDE_CLOCKS = 3  # clocks outside the block that make the document a filled one


def _blank_template(lines: list[str], opened: int, closed: int, clocks: list[int]) -> bool:
    """A Markdown block that is a blank template quoted in a filled-in report ("Copy this
    skeleton:", then "## Timeline", "- HH:MM - Event 1"): blanks in it, no clock of its
    own, and clocks written outside it. A sample to copy, not the document's own words.
    (`clocks` holds the document's count of clocks once counted: each block costs its own
    lines, the document is read once.)"""
    inside = "\n".join(lines[opened + 1:closed])
    if len(TEMPLATE_BLANK.findall(inside)) < 2 or REAL_CLOCK.search(inside) is not None:
        return False
    if not clocks:
        clocks.append(sum(len(REAL_CLOCK.findall(line)) for line in lines if ":" in line))
    return clocks[0] >= TEMPLATE_OUTSIDE_CLOCKS  # (none inside: all of them outside)


def line_roles(text: str, lines: list[str]) -> list[LineRole]:
    """One LineRole per line of `text` (already split into `lines`). The fences of a block
    marked as Markdown are read as blank lines, and the block as the document's own lines."""
    if "`" in text or "~" in text:
        # (a fence is three marks: the multi-line search, tried at every position of the
        # document, only where some line may open one)
        fences = _markdown_fences_opened(lines) if ("```" in text or "~~~" in text) \
            and _MARKDOWN_FENCE.search(text) else None
        if fences is not None:
            lines = list(lines)
            for index in fences:
                lines[index] = ""
            text = "\n".join(lines)
        pasted = _pasted_backticks(lines) if "```" in text else ()
        if pasted:
            lines = list(lines)
            for opening, closing in pasted:
                if closing is None:
                    lines[opening] = lines[opening].replace("`", "'", 3)
                else:  # the pasted span is code: a fence from its first line to its last
                    lines[opening] = lines[closing] = "```"
            text = "\n".join(lines)
    roles = _simple_roles(text, lines)
    if roles is None and "\r" not in text and "\0" not in text:
        roles = _pieced_roles(text, lines)
    if roles is None:
        roles = _markdown_it_roles(text, lines)
    if "|" in text:
        _margin_tables_in_items(lines, roles)
        _bare_pipe_rows(lines, roles)
    if "<!--" in text:
        _comments_unread(lines, roles)
    if not text.isascii() and any(mark in text for mark in _TITLE_MARKS):
        _marked_titles(lines, roles)
    return roles


# A plain-text section title as Japanese and Korean notices mark it: a black square or a
# triangle before it ("■お客さまへのご案内", "▼ 원인"), or the whole line in lenticular
# brackets ("【通信障害に関するご返金のお知らせ】"). It ends the section above as a heading does.
_TITLE_MARKS = ("■", "□", "◆", "◇", "▼", "▽", "▶", "◎", "【")
_MARKED_TITLE = re.compile(r"[ \t]*+(?:[■□◆◇▼▽▶◎][^\n]{1,80}+|【[^【】\n]{1,60}】[ \t]*+)")
_MARKED_TITLE_ROLE = LineRole("heading", level=3)


def _marked_titles(lines: list[str], roles: list[LineRole]) -> None:
    """Lines of text that are such titles become headings (level 3: a section's)."""
    for i, line in enumerate(lines):
        if roles[i].role == "text" and _MARKED_TITLE.fullmatch(line) is not None:
            roles[i] = _MARKED_TITLE_ROLE


# a backtick fence's opening line; its closing line: the backticks alone
_BACKTICK_OPENING = LazyPattern(r" {0,3}```(?P<info>[^`\n]*+)")
_BACKTICK_CLOSING = LazyPattern(r" {0,3}```+[ \t]*+")


def _pasted_backticks(lines: list[str]) -> tuple[tuple[int, int | None], ...]:
    """Lines that open a backtick fence whose words are a message's, not a language's
    name ("```ERROR pool exhausted, retrying", as a chat's code span is pasted), when no
    line below closes a fence: markdown-it would make the rest of the document code. Each
    with the line whose end the closing backticks are glued to ("retry in 5s```"), the
    span's last, or None: then the line is a paragraph's."""
    found: list[tuple[int, int | None]] = []
    last_closing = max((n for n, line in enumerate(lines)
                        if "```" in line and _BACKTICK_CLOSING.fullmatch(line)), default=-1)
    after = -1
    for n, line in enumerate(lines):
        if n <= after or "```" not in line or n <= last_closing:
            continue
        m = _BACKTICK_OPENING.match(line)
        if m is None or len(m.group("info").split()) < 2:
            continue
        glued = next((k for k in range(n + 1, min(len(lines), n + _PASTE_REACH))
                      if lines[k].rstrip().endswith("```")), None)
        found.append((n, glued))
        after = glued if glued is not None else n
    return tuple(found)


_PASTE_REACH = 200  # lines a pasted code span may run before the line its backticks close


def _comments_unread(lines: list[str], roles: list[LineRole]) -> None:
    """An HTML comment that is a block of its own ("<!--" opening its line, read as HTML) is
    not rendered: a template's guidance and its example timeline ("<!-- Example: ... 09:09
    DOWNTIME START ... -->"), a stamp commented out. Its lines are read as blank. A comment
    of records ("start: 2021-11-09T01:20:00", "stop: ...", "length: 10 hours"), a status
    log's own data kept out of sight, is read: the author's statement, in fields. (pmlint's
    own directives, `<!-- pmlint disable ... -->`, are read from the text by suppression.)"""
    i = 0
    while i < len(lines):
        if roles[i].role == "html" and lines[i].lstrip(" \t").startswith("<!--"):
            j = i
            while j < len(lines) and "-->" not in (lines[j][lines[j].index("<!--") + 4:]
                                                   if j == i else lines[j]):
                j += 1
            if j < len(lines) and lines[j].rstrip().endswith("-->") \
                    and not _records(lines[i:j + 1]):
                for k in range(i, j + 1):
                    roles[k] = _BLANK_ROLE
                i = j + 1
                continue
        i += 1


RECORD_FIELD = re.compile(r"[ \t]*+[A-Za-z_][A-Za-z_ -]{0,30}:[ \t]*+\S")


def _records(comment: list[str]) -> bool:
    """Whether a comment's lines are mostly fields of a record ("start: ...", "stop: ...")."""
    inner = [line.replace("<!--", "").replace("-->", "").strip() for line in comment]
    inner = [line for line in inner if line]
    fields = sum(1 for line in inner if RECORD_FIELD.match(line))
    return fields >= 2 and fields * 5 >= len(inner) * 3


# A table's delimiter row, of two columns or more ("|---|:--:|", "--- | ---")
_DELIMITER_ROW = LazyPattern(r"[ \t]{0,3}\|?[ \t]*+:?-++:?[ \t]*+"
                             r"(?:\|[ \t]*+:?-++:?[ \t]*+)++\|?[ \t]*+")


def _margin_tables_in_items(lines: list[str], roles: list[LineRole]) -> None:
    """A table written at the margin right under a list item's text, with no blank line
    between ("- Impact: ..." / "Full timeline:" / "| Time (UTC) | Event |" / "|---|---|"),
    is a table: Markdown reads its lines as the item's lazy text, as a table cannot open in
    a lazy line, but the header over its delimiter row says what they are, and the same
    table after a blank line is read as one. The item ends above it; lines of the item
    after its rows are a paragraph."""
    block = max((role.block for role in roles), default=0)
    i = 1
    while i + 1 < len(lines):
        role = roles[i]
        if not (role.role == "item" and lines[i][:1] == "|" and roles[i - 1] == role
                and roles[i + 1] == role and _DELIMITER_ROW.fullmatch(lines[i + 1])):
            i += 1
            continue
        head = i
        while head > 0 and roles[head - 1] == role:
            head -= 1
        above = LineRole("item", item_end=i, block=role.block)
        for j in range(head, i):
            roles[j] = above
        block += 1
        roles[i] = LineRole("row", block=block, header_row=True)
        roles[i + 1] = _TEXT_ROLE
        end = i + 2
        while end < len(roles) and roles[end] == role and "|" in lines[end]:
            roles[end] = LineRole("row", block=block)
            end += 1
        if end < len(roles) and roles[end] == role:
            block += 1
            rest = LineRole("text", block=block)
            while end < len(roles) and roles[end] == role:
                roles[end] = rest
                end += 1
        while end < len(roles) and roles[end].role == "blank" \
                and roles[end].item_end == role.item_end:
            roles[end] = _BLANK_ROLE  # the blank lines below were the item's
            end += 1
        i = end


# A row written with bars that Markdown does not read as a table, as it has no delimiter
# row: a wiki's "||Time||Event||" over "|09:12|alert|", a reStructuredText grid table's
# "| 13:02 | ... |" between "+----+" borders, a Markdown table that lost its "|---|" line.
_BARE_ROW = re.compile(r"[ \t]{0,3}\|[^|]*+\|")
_GRID_BORDER = re.compile(r"[ \t]{0,3}\+(?:[-=:]++\+)++[ \t]*+")
_HEADER_BORDER = re.compile(r"[ \t]{0,3}\+(?:=++\+)++[ \t]*+")


def _bare_pipe_rows(lines: list[str], roles: list[LineRole]) -> None:
    """Paragraph lines that are all rows written with bars (two or more), and a grid table's
    borders between them, are a table's rows (the borders blank lines). The first row is
    the header when it holds no digit, opens with "||" or sits over a "+====+" border."""
    block = max((role.block for role in roles), default=0)
    i = 0
    while i < len(lines):
        if roles[i].role != "text" or not (_BARE_ROW.match(lines[i])
                                           or _GRID_BORDER.fullmatch(lines[i])):
            i += 1
            continue
        end = i
        while end < len(lines) and roles[end].role == "text" and (
                _BARE_ROW.match(lines[end]) or _GRID_BORDER.fullmatch(lines[end])):
            end += 1
        rows = [j for j in range(i, end) if not _GRID_BORDER.fullmatch(lines[j])]
        if len(rows) >= 2:
            block += 1
            first = rows[0]
            header = (lines[first].lstrip().startswith("||")
                      or not any(map(str.isdigit, lines[first]))
                      or (first + 1 < end and _HEADER_BORDER.fullmatch(lines[first + 1])
                          is not None))
            for j in range(i, end):
                border = _GRID_BORDER.fullmatch(lines[j]) is not None
                roles[j] = _BLANK_ROLE if border else LineRole(
                    "row", block=block, header_row=header and j == first)
        i = end


def _markdown_it_roles(text: str, lines: list[str]) -> list[LineRole]:
    """The roles markdown-it gives the whole document."""
    roles = _initial_roles(lines)
    block = _parse_into(text, roles, 0, len(roles), 0)
    _front_matter(lines, roles, block)
    return roles


def _initial_roles(lines: list[str]) -> list[LineRole]:
    return [_BLANK_ROLE if not line.strip() else _TEXT_ROLE for line in lines]


# "<START OF OUTAGE>", "<END OF IMPACT>": a marker in capitals an author sets between entries,
# which markdown-it takes for a tag with attributes, opening an HTML block that swallows the
# lines under it up to a blank line. It is a paragraph's line: its "<" is hidden from
# markdown-it (one character for one, so lines and columns stay where they were).
_MARKER = r"/?[A-Z][A-Z0-9_-]*+(?:[ \t]++[A-Z0-9_-]++)++[ \t]*+>[ \t]*+"  # past its "<"
_MARKER_LINE = LazyPattern(r"(?m)^([ \t]{0,3})<(?=" + _MARKER + "$)")
_MARKER_LINE_ALONE = LazyPattern(_MARKER)


def _parse_into(text: str, roles: list[LineRole], offset: int, end: int, block: int) -> int:
    """Read `text` (lines offset..end of the document) with markdown-it and set those lines'
    roles; blocks are numbered on from `block`. Returns the last block's number, or -1 when
    a code block or HTML block is still open at the end of `text` (it may run on below)."""
    if "<" in text:
        text = _MARKER_LINE.sub("\\1\u2039", text)
    underlines = "\r" in text or _has_underline(text)
    tokens = _parser().parse(text, {"underlines": underlines})
    source = text  # ("text" names a paragraph's role below)
    lines: list[str] | None = None  # split only for a table's rows, which few documents have
    list_depth = 0
    table = block
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
        first, last = token.map[0] + offset, min(token.map[1] + offset, end)
        if kind in ("fence", "code_block", "html_block"):
            if last >= end and end < len(roles):
                return -1
            role = LineRole("code" if kind != "html_block" else "html")
            for i in range(first, last):
                roles[i] = role
        elif kind == "heading_open":
            heading = LineRole("heading", level=int(token.tag[1]))  # frozen: lines share it
            for i in range(first, last):
                roles[i] = heading
        elif kind == "table_open":
            block += 1
            table = block
        elif kind == "tr_open":
            if lines is None:
                lines = source.split("\n")
            if "|" not in lines[first - offset]:
                # a line with no pipe right under a table ("Timeline", then "17:03 The
                # restart ..."): Markdown takes it for a row of one cell, but it was written
                # as a line of text (a page pasted without the blank line after its table)
                if roles[first - 1].role != "text" or roles[first - 1].block == table:
                    block += 1
                roles[first] = LineRole("text", block=block)
                continue
            for i in range(first, last):
                roles[i] = LineRole("row", block=table, header_row=in_thead)
        elif kind == "list_item_open":
            item = LineRole("item", item_end=token.map[1] + offset, block=block)
            blank = None  # made for the first blank line in the item, if it has one
            for i in range(first, last):
                if roles[i].role in ("text", "item"):
                    roles[i] = item
                elif roles[i].role == "blank":
                    blank = blank or LineRole("blank", item_end=item.item_end, block=block)
                    roles[i] = blank
        elif kind == "paragraph_open" and list_depth == 0:
            block += 1
            text = LineRole("text", block=block)
            for i in range(first, last):
                if roles[i].role == "text":
                    roles[i] = text
    return block


# A plain document (a pasted text, a Google Doc's export) holds only paragraphs, "# headings",
# one-line "- items" and "1. items", and rules ("---", "***"; "---" under a paragraph makes
# it a heading): its roles are read without markdown-it, which takes most of the time to
# import and run on such a document. Any line that might be anything else (a quote, a fence,
# a table, a nested item, an item's continuation, HTML, an "===" underline) sends the whole
# document to markdown-it. tests/test_structure.py checks that both readings agree on
# generated documents of every kind.
_ORDERED = re.compile(r"\d{1,9}[.)](?:[ \t]|$)")
_NUMBERED_ITEM = re.compile(r"\d{1,9}[.)] (?=[^ \t])")  # at the margin, one space, then text
_HEADING = re.compile(r"(#{1,6})(?:[ \t]|$)")
# a rule ("***"), a setext underline ("---") or a table's delimiter row (":--|--") holds
# nothing else: a line with any other character is none of them
_CONTENT = re.compile(r"[^ \t*_\-=:|]")
_RULE_LINE = re.compile(r"(?:\*{3,}|_{3,}|-{3,})[ \t]*+")  # at the margin, one character
_BLANK, _PLAIN, _HEADING_LINE, _ITEM, _NUMBERED, _RULE, _FENCE, _CODE, _HTML, _NESTED = range(10)
_CODE_ROLE = LineRole("code")
_HTML_ROLE = LineRole("html")


def _kind(line: str) -> int | None:
    """The line's kind in a plain document; None if it may be more than that."""
    stripped = line.lstrip(" \t")
    if not stripped:
        return _BLANK
    if not line.strip():
        return None  # blank to Python, not to Markdown ("\xa0", "\x0c")
    first = stripped[0]
    if first.isdigit():
        if not _ORDERED.match(stripped):
            return _PLAIN  # "10:05 paged", "3 servers"
        item = _NUMBERED_ITEM.match(line)  # at the margin, one space, then a paragraph's text
        return _NUMBERED if item is not None and _kind(line[item.end():]) == _PLAIN else None
    if first in "*-+" and stripped[1:2] in ("", " ", "\t"):  # a list item's marker
        if line[0] == first and line[1:2] == " " and line[2:3] not in ("", " ", "\t") \
                and _kind(line[2:]) == _PLAIN:
            return _ITEM  # at the margin, one space, then a paragraph's text
        return _nested_kind(line, stripped)
    if first == "#":
        if not _HEADING.match(stripped):
            return _PLAIN  # "#hashtag", "####### x"
        return _HEADING_LINE if line[0] == "#" else None
    if first in "*_-+:|":
        if _CONTENT.search(stripped):
            return _PLAIN  # "**Start:** 10:00"
        return _RULE if _RULE_LINE.fullmatch(line) else None
    if first in "`~":  # a fence opens with three backticks or tildes ("`kubectl`", "~10:05")
        return _PLAIN if not stripped.startswith(first * 3) else _fence_kind(line, stripped)
    if first == "[":  # "[10:05] paged", "[x] done": no link reference definition
        return _PLAIN if _no_reference(stripped) else None
    if first == "<":  # "<b>10:05</b> paged", "<10 ms p99": a paragraph's, if no HTML block
        return None if _opens_html(stripped) else _PLAIN
    if first in "><=":
        return None
    return _PLAIN


def _nested_kind(line: str, stripped: str) -> int | None:
    """A bulleted item indented by spaces ("  - step"), one space after its bullet, then a
    paragraph's text: an item nested in the item above if its indent is that item's text's
    column (`_nested_roles` checks), else markdown-it's. None for any other item line."""
    if line[0] != " " or line[:len(line) - len(stripped)].strip(" ") or stripped[1:2] != " " \
            or stripped[2:3] in ("", " ", "\t") or _kind(stripped[2:]) != _PLAIN:
        return None
    return _NESTED


def _opens_html(stripped: str) -> bool:
    """Whether a line (past its indent) may open an HTML block, by markdown-it's own start
    patterns (rules_block/html_block.py). A line that opens none is a paragraph's text
    wherever it stands; one that opens a block of the last kind ("<br>" alone) may still be
    a paragraph's, which it cannot interrupt, so it is left to markdown-it."""
    from markdown_it.rules_block.html_block import HTML_SEQUENCES

    if _MARKER_LINE_ALONE.fullmatch(stripped, 1) is not None:
        return False  # "<START OF OUTAGE>": an author's marker, no tag
    return any(seq[0].search(stripped) for seq in HTML_SEQUENCES)


def _fence_kind(line: str, stripped: str) -> int | None:
    """A fence's opening line ("```", "~~~ log"), or a paragraph's line that only looks like
    one ("```x`": a backtick fence's info holds no backtick). An indented one is left to
    markdown-it."""
    indent = line[:len(line) - len(stripped)]
    if len(indent) > 3 or "\t" in indent:
        return None
    if stripped[0] == "`" and "`" in stripped.lstrip("`"):
        return _PLAIN
    return _FENCE


def _fence_end(lines: list[str], start: int) -> int | None:
    """The line closing the fence opened on line `start`, as markdown-it finds it: the same
    character, at least as many times, and nothing but blanks after; None if none does."""
    opening = lines[start].lstrip(" ")
    marker = opening[0]
    length = len(opening) - len(opening.lstrip(marker))
    for j in range(start + 1, len(lines)):
        stripped = lines[j].lstrip(" \t")
        rest = stripped.lstrip(marker)
        if len(stripped) - len(rest) >= length and not rest.strip(" \t"):
            return j
    return None


def _no_reference(stripped: str) -> bool:
    """A line opening with "[" that its own text shows to be no link reference definition
    ("[label]: url"), read as markdown-it's reference rule reads it: its label closes on the
    line with no colon right after, or another "[" comes first. A label that may close on a
    line below, or holds a backslash, is left to markdown-it."""
    close = stripped.find("]")
    reopen = stripped.find("[", 1)
    if "\\" in stripped[:close if close >= 0 else len(stripped)]:
        return False
    if reopen >= 0 and (close < 0 or reopen < close):
        return True
    return close >= 0 and stripped[close + 1:close + 2] != ":"


def _simple_roles(text: str, lines: list[str]) -> list[LineRole] | None:
    """The roles markdown-it gives a plain document, or None if the document is not one."""
    if "\r" in text or "\0" in text:
        return None
    kinds = _plain_kinds(lines)
    if kinds is None:
        return None
    # markdown-it's lines: a last line of nothing or blanks alone is not one of them
    count = len(lines) - 1 if not lines[-1].strip(" \t") else len(lines)
    read = _plain_roles(lines, kinds, count, 0, 0)
    if read is None:
        return None
    roles, block = read
    _front_matter(lines, roles, block)
    return roles


def _plain_kinds(lines: list[str]) -> list[int] | None:
    """Each line's kind, or None as soon as one line is more than plain. A fence's lines,
    to its closing one, are code, whatever they hold; a fence left open is markdown-it's."""
    kinds: list[int] = []
    i = 0
    while i < len(lines):
        kind = _kind(lines[i])
        if kind is None:
            return None
        kinds.append(kind)
        if kind == _FENCE:
            end = _fence_end(lines, i)
            if end is None:
                return None
            kinds.extend([_CODE] * (end - i))
            i = end
        i += 1
    return kinds


def _plain_roles(lines: list[str], kinds: list[int], count: int, offset: int, block: int
                 ) -> tuple[list[LineRole], int] | None:
    """The roles of plain `lines` (lines offset.. of the document; the first `count` are
    markdown-it's lines), blocks numbered on from `block`, and the last block's number; None
    if an item is followed by more than its text and blank lines, or another list begins."""
    roles = [_BLANK_ROLE if kind == _BLANK else _TEXT_ROLE for kind in kinds]
    i = 0
    while i < count:
        kind = kinds[i]
        if kind == _BLANK:
            i += 1
        elif kind == _HEADING_LINE:
            roles[i] = LineRole("heading", level=len(lines[i]) - len(lines[i].lstrip("#")))
            i += 1
        elif kind == _RULE:
            i += 1  # a thematic break: no block; markdown-it's roles leave it "text"
        elif kind in (_FENCE, _CODE):
            roles[i] = _CODE_ROLE  # a fenced block, its fences included: no block number
            i += 1
        elif kind == _HTML:
            roles[i] = _HTML_ROLE  # an HTML block opening a piece (_html_kinds): no block
            i += 1
        elif kind == _NESTED and _indent(lines[i]) > 3:
            return None  # no item: a paragraph's line, markdown-it's to read
        elif kind == _PLAIN:
            block += 1
            first = i
            text = LineRole("text", block=block)  # frozen: the paragraph's lines share it
            # a heading, a rule, a bulleted item or one numbered 1 ends it; "2. x" goes on
            # with it (an ordered list breaks into a paragraph only at 1)
            while i < count and (kinds[i] == _PLAIN or (kinds[i] == _NUMBERED
                                                        and not _numbered_one(lines[i]))):
                roles[i] = text
                i += 1
            if i < count and kinds[i] == _RULE and lines[i][0] == "-":
                if any("|" in lines[j] for j in range(first, i)):
                    return None  # perhaps a table's header over its delimiter row
                heading = LineRole("heading", level=2)  # "Title" over "---": the lines and
                for j in range(first, i + 1):  # the underline are one heading, no paragraph
                    roles[j] = heading
                block -= 1
                i += 1
        else:
            block += 1  # a list of one-line items, each followed by blanks or the next
            marker = _marker(lines[i], kind)
            base = _indent(lines[i])  # 1-3 for a list indented as a whole ("  - step")
            while True:
                after = i + 1
                while after < count and (kinds[after] == _PLAIN or (
                        kinds[after] == _NESTED and _indent(lines[after]) > base)):
                    after += 1  # the item's text goes on, indented or not ("lazy"), and the
                    # items nested in it
                if after < count and kinds[after] not in (_BLANK, _ITEM, _NUMBERED, _NESTED,
                                                          _RULE, _HEADING_LINE):
                    return None  # a fence under the item's text: markdown-it's (a rule or a
                    # heading at the margin ends the list, and is read as it is anywhere)
                end = after
                while end < count and kinds[end] == _BLANK:
                    end += 1
                item = LineRole("item", item_end=end + offset, block=block)
                for j in range(i, after):
                    roles[j] = item
                if _NESTED in kinds[i:after] and not _nested_roles(
                        lines, kinds, roles, i, after, end, offset):
                    return None
                if end > after:  # the blank lines after the item are the item's
                    blank = LineRole("blank", item_end=end + offset, block=block)
                    for j in range(after, min(end, len(roles))):
                        roles[j] = blank
                i = end
                if i >= count or not _sibling(lines[i], kinds[i], base):
                    if i < count and (lines[i][:1] in (" ", "\t") or (
                            base and kinds[i] in (_ITEM, _NUMBERED))):
                        return None  # indented below an item (its continuation), or an
                        # item less indented than an indented list's: markdown-it's
                    break
                if _marker(lines[i], kinds[i]) != marker:
                    return None  # another list begins: markdown-it's to read
    return roles, block


def _nested_roles(lines: list[str], kinds: list[int], roles: list[LineRole], top: int,
                  after: int, end: int, offset: int) -> bool:
    """The roles of the items nested under the item on line `top` (its lines run to `after`,
    its blank lines to `end`), as markdown-it gives them: each line is its innermost item's,
    and an item runs to the next item as far or less indented, or to `end`. Each nested item
    stands at its parent's text column, under a sibling with the same bullet; False for any
    other shape (markdown-it's to read)."""
    first = lines[top]
    # the open items, outermost first: (indent, bullet, first line)
    open_items: list[tuple[int, str, int]] = [(_indent(first), "", top)]
    columns = [_text_column(first, kinds[top])]  # the text column of each open item
    starts: list[tuple[int, int]] = []  # (first line, line after) of each nested item
    for j in range(top + 1, after):
        if kinds[j] != _NESTED:
            continue  # text going on in the innermost item
        line = lines[j]
        indent = len(line) - len(line.lstrip(" "))
        if indent != columns[-1]:  # not a child of the innermost item: a sibling of one
            while len(open_items) > 1 and open_items[-1][0] > indent:
                starts.append((open_items.pop()[2], j))
                columns.pop()
            if len(open_items) == 1 or open_items[-1][0] != indent \
                    or open_items[-1][1] != line[indent]:
                return False  # between two columns, or another bullet: another list
            starts.append((open_items.pop()[2], j))
            columns.pop()
        open_items.append((indent, line[indent], j))
        columns.append(indent + 2)
    starts.extend((opened[2], end) for opened in open_items[1:])
    for start, stop in sorted(starts):
        item = LineRole("item", item_end=stop + offset, block=roles[top].block)
        j = start
        while j < after and (j == start or kinds[j] != _NESTED):
            roles[j] = item
            j += 1
    return True


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _text_column(line: str, kind: int) -> int:
    """Where an item's text starts: one space after its bullet or number."""
    if kind == _NUMBERED:
        return _NUMBERED_ITEM.match(line).end()  # type: ignore[union-attr]
    return _indent(line) + 2


def _sibling(line: str, kind: int, base: int) -> bool:
    """The line is an item of the list whose items stand `base` spaces in."""
    return kind in (_ITEM, _NUMBERED) if base == 0 else kind == _NESTED and _indent(line) == base


def _numbered_one(line: str) -> bool:
    """A numbered item's number is 1 ("1.", "01)"): only such an item starts a list under a
    paragraph's line."""
    return int(line[:len(line) - len(line.lstrip("0123456789"))]) == 1


def _marker(line: str, kind: int) -> str:
    """What an item's list is known by: its bullet ("-", "*", "+"), or a number's "." or
    ")"; an item with another starts a new list."""
    if kind == _NESTED:
        return line[_indent(line)]
    return line[0] if kind == _ITEM else line[len(line) - len(line.lstrip("0123456789"))]


# Most documents that are not plain are plain in most places: a table or a numbered list
# among paragraphs. Such a document is read in pieces, each starting after a blank line on a
# line at the margin that is no list item: there every block above has ended (a paragraph,
# quote, table or HTML block ends at a blank line; a list at a line less indented than its
# items, unless an item follows), so the pieces are read alone as they would be together.
# Plain pieces are read without markdown-it; the runs of other pieces go to markdown-it. A
# fence or an HTML block that a blank line does not end ("```", "<pre>", "<!--") may still be
# open at the end of a run: then the run is read again with the rest of the document.
# tests/test_structure.py checks that the two readings agree.

# the end of a line, a blank line, and the start of a margin line that is no list item (the
# leading newline lets the search skip ahead to each newline; a blank first line is no cut)
_PIECE_START = LazyPattern(r"\n[ \t]*+\n(?![ \t\n]|(?:[-+*]|\d{1,9}[.)])(?:[ \t\n]|$))")


def _piece_starts(text: str) -> list[int]:
    """The lines (from 0) a piece of `text` starts on, the first line first."""
    starts = [0]
    line = 0
    pos = 0
    for m in _PIECE_START.finditer(text):
        line += text.count("\n", pos, m.end())
        pos = m.end()
        if pos < len(text):
            starts.append(line)
    return starts


def _pieced_roles(text: str, lines: list[str]) -> list[LineRole] | None:
    """The roles of a document read in pieces (see above); None for a document of one
    piece."""
    starts = _piece_starts(text)
    if len(starts) == 1:
        return None
    roles = _initial_roles(lines)
    ends = [*starts[1:], len(lines)]
    block = 0
    run: int | None = None  # the first line of pieces left to markdown-it
    for start, end in zip(starts, ends, strict=True):
        piece = lines[start:end]
        kinds = _plain_kinds(piece)
        if kinds is None and piece[0][:1] == "<":
            kinds = _html_kinds(piece)
        if kinds is not None and run is not None:
            block, to_the_end = _parse_run(lines, roles, run, start, block)
            run = None
            if to_the_end:
                break
        count = end - start if end < len(lines) or piece[-1].strip(" \t") else end - start - 1
        read = _plain_roles(piece, kinds, count, start, block) if kinds is not None else None
        if read is None:
            run = start if run is None else run
            continue
        roles[start:end], block = read
    if run is not None:
        block, _ = _parse_run(lines, roles, run, len(lines), block)
    _front_matter(lines, roles, block)
    return roles


def _html_kinds(piece: list[str]) -> list[int] | None:
    """The kinds of a piece that opens with an HTML block ("<details>", "<!-- note -->",
    "<br>" alone) and goes on plain below it, or None. Such pieces (a quarter of those that
    went to markdown-it) are read as markdown-it reads them: the block's lines are HTML, and
    the lines after it start afresh, as after a blank line."""
    if len(piece) > 1 and piece[1].lstrip(" \t")[:1] in ("|", "-", ":"):
        return None  # perhaps a table's header over its delimiter row: markdown-it's
    end = _html_block_end(piece)
    if end == 0:  # "<3 thanks", "<b>10:05</b> paged": a paragraph's first line
        rest = _plain_kinds(piece[1:])
        return None if rest is None else [_PLAIN, *rest]
    if end is None:
        return None
    rest = _plain_kinds(piece[end:])
    return None if rest is None else [_HTML] * end + rest


def _html_block_end(piece: list[str]) -> int | None:
    """The index after the HTML block opening `piece`, found with markdown-it's own start
    and end patterns (rules_block/html_block.py): a block of the last two kinds ends before
    a blank line, any other after the line holding its end ("-->"). 0 if the first line
    opens none; None if its end is not in the piece."""
    from markdown_it.rules_block.html_block import HTML_SEQUENCES

    first = piece[0]
    opening = next((seq for seq in HTML_SEQUENCES if seq[0].search(first)), None)
    if opening is None:
        return 0
    closing = opening[1]
    if closing.search(first):
        return 1
    for j in range(1, len(piece)):
        text = piece[j].lstrip(" \t")
        if closing.search(text):
            return j + 1 if text else j
    return len(piece) if closing.search("") else None  # the document's end ends it


def _parse_run(lines: list[str], roles: list[LineRole], start: int, end: int, block: int
               ) -> tuple[int, bool]:
    """Lines start..end read by markdown-it; if a fence or an HTML block is still open at
    `end`, lines start.. to the end of the document instead. The last block's number, and
    whether the rest of the document was read."""
    if end < len(lines):
        last = _parse_into("\n".join(lines[start:end]) + "\n", roles, start, end, block)
        if last >= 0:
            return last, False
        roles[start:] = _initial_roles(lines[start:])  # what the open block's run had set
    return _parse_into("\n".join(lines[start:]), roles, start, len(lines), block), True


FRONT_MATTER_LINES = 80  # a YAML header longer than this is not looked for


def front_matter_end(lines: list[str]) -> int | None:
    """The index of the line closing a YAML or TOML front matter, if the document opens
    with one."""
    if not lines or lines[0].strip() not in ("---", "+++"):
        return None
    ends = ("---", "...") if lines[0].strip() == "---" else ("+++",)  # YAML, or TOML
    return next((i for i in range(1, min(len(lines), FRONT_MATTER_LINES))
                 if lines[i].strip() in ends), None)


def front_matter_lines(lines: Sequence[str]) -> int:
    """How many lines, from the first, a front matter takes with its fences (0: none).
    Lines 1..this (1-based) are a static site's metadata, not the author's prose."""
    close = front_matter_end(list(lines[:FRONT_MATTER_LINES]))
    return 0 if close is None else close + 1


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
