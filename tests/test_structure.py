"""Line roles (timeline/structure.py): a plain document read without markdown-it gets the
roles markdown-it would give it, and a document that is not plain is left to markdown-it."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pmlint.timeline import structure

ROOT = Path(__file__).resolve().parent.parent
# Lines of every kind: plain ones the shortcut reads, and ones that send a document to
# markdown-it (a quote, a fence, a table, an ordered or nested item, a rule, HTML).
LINES = (
    "", "", "", "  ", "\t", "Plain words 10:00", "  indented words", "\tTabbed words",
    "**Start:** 14:02 UTC", "__Impact__: none", "*emphasis* and more", "-dash words",
    "+plus words", ":colon words", "| a | b |", "#hashtag", "####### seven", "2024-03-05 x",
    "10.5% of users", "# Title", "## Timeline", "###### Six", "#", "- item 10:00",
    "- **bold** item", "* star item", "+ plus item", "- ", "-", "-  two spaces", "- - nested",
    "  - indented item", "1. first", "2) second", "> quote", "```", "~~~", "---", "***",
    "___", "===", "--- | ---", ":--|--:", "<div>", "<!-- c -->", "[ref]: http://x",
    "- [ ] task", "- # heading", "\xa0", "\x0c", "Title\xa0", "x | y",
    "[10:05] paged", "[x] done", "[a [b] c", "[label] : x", "[label]:x", "[open label",
    "[a\\]]: x", "- [10:05] item", "`kubectl` rollout", "``x`` y", "~10:05 started", "~~gone~~",
    "- `code` item", "1. [x] numbered", "```log", "~~~~", "````", "```x`", "  ```", "<div>",
)


def _markdown_it_roles(text: str) -> list[structure.LineRole]:
    return structure._markdown_it_roles(text, text.split("\n"))


def _documents(seed: int, count: int, plain_only: bool) -> list[str]:
    rng = random.Random(seed)
    # a fence's opening line is read plain only with its closing line below: not a plain line
    plain = [line for line in LINES if structure._kind(line) not in (None, structure._FENCE)]
    pool = plain if plain_only else list(LINES)
    return ["\n".join(rng.choice(pool) for _ in range(rng.randint(0, 14)))
            + rng.choice(("", "\n", "\n\n")) for _ in range(count)]


@pytest.mark.parametrize("plain_only", [True, False])
def test_the_shortcut_agrees_with_markdown_it(plain_only: bool) -> None:
    read = 0
    for text in _documents(7 if plain_only else 8, 3000, plain_only):
        lines = text.split("\n")
        simple = structure._simple_roles(text, lines)
        if simple is not None:
            read += 1
            assert simple == _markdown_it_roles(text), repr(text)
    assert read > (1000 if plain_only else 20)


def test_the_shortcut_agrees_with_markdown_it_on_fenced_blocks() -> None:
    """Plain lines and fences of every kind, in any order: the fences that close are read
    without markdown-it, with its roles."""
    rng = random.Random(12)
    fences = ["```", "```log", "~~~", "~~~~", "````", "  ```", "```x`", "~~~ x"]
    pool = [line for line in LINES if structure._kind(line) is not None] + fences * 3
    read = 0
    for _ in range(3000):
        text = "\n".join(rng.choice(pool) for _ in range(rng.randint(0, 14)))
        simple = structure._simple_roles(text, text.split("\n"))
        if simple is not None:
            read += 1
            assert simple == _markdown_it_roles(text), repr(text)
    assert read > 200


def test_the_shortcut_agrees_on_the_fixtures() -> None:
    for path in sorted((ROOT / "fixtures").rglob("*")):
        if path.suffix in (".md", ".txt"):
            text = path.read_text(encoding="utf-8")
            simple = structure._simple_roles(text, text.split("\n"))
            assert simple is None or simple == _markdown_it_roles(text), path


def test_a_plain_document_is_read_without_markdown_it() -> None:
    text = "Postmortem\n\n# Timeline\n\n**Start:** 10:00\n10:05 paged\n\n- rollback 10:20\n"
    assert structure._simple_roles(text, text.split("\n")) is not None
    for text in ("> quote", "1.  two spaces", "| a |\n|---|", "Title\n====", "| a |\n---",
                 "- item\n\n  more"):
        assert structure._simple_roles(text, text.split("\n")) is None, text


@pytest.mark.parametrize("text", [
    "- item\n  more", "- item\nlazy line\n\n- next\n  more\nText\n", "1. a\nb\n2. c\n\nEnd\n",
    "Intro\n2. may go on with the paragraph\n3. and on\n", "Intro\n1. starts a list\n2. b\n",
    "Intro\n01) starts one too\n", "- a\n    deeper text\n\tand a tab\n",
])
def test_an_items_text_going_on_and_numbers_under_a_paragraph(text: str) -> None:
    """An item's text goes on below it, indented or not; under a paragraph's line a list
    numbered from 1 starts, any other number goes on with the paragraph."""
    assert structure._simple_roles(text, text.split("\n")) is not None, text
    assert structure._simple_roles(text, text.split("\n")) == _markdown_it_roles(text), text


@pytest.mark.parametrize("text", [
    "1. paged\n2. acked\n\n3. rolled back\n", "Steps:\n\n1. first\n10. tenth\n",
    "Summary\n---\nText\n", "A\nB\n---\n", "***\n___\n---\n", "Text\n***\nMore\n",
    "# Title\n---\n", "---\ntitle: x\n---\n", "- a\n\n---\n\n1) b\n",
])
def test_numbered_items_and_rules_are_read_as_markdown_it_reads_them(text: str) -> None:
    assert structure._simple_roles(text, text.split("\n")) == _markdown_it_roles(text), text


@pytest.mark.parametrize("text", [
    "[10:05] paged\n[10:20] rolled back\n", "[x] done\n\n[ ] open\n", "- [10:05] a\n- [b] c\n",
    "`kubectl` rolled out\n", "~10:05 paged\n~~struck~~\n", "Intro\n[a [b] c\n",
])
def test_brackets_and_backticks_that_open_no_block_are_plain(text: str) -> None:
    """"[10:05]" is no link reference definition and "`x`" no fence: the plain reading
    takes them, with markdown-it's roles."""
    assert structure._simple_roles(text, text.split("\n")) is not None, text
    assert structure._simple_roles(text, text.split("\n")) == _markdown_it_roles(text), text


@pytest.mark.parametrize("text", [
    "Intro\n```\n> quoted\n| a |\n# not a heading\n```\nAfter\n",
    "~~~~\n~~~\n```\n~~~~~  \nText\n", "```log\n10:05 paged\n\n- x\n  ```\n\n1. y\n",
    "- a\n\n```\n<div>\n```\n", "```x`\nwords\n", "Words\n```\n``\n````\n---\n",
])
def test_a_closed_fence_is_read_without_markdown_it(text: str) -> None:
    """A fence's lines are code up to its closing line, whatever they hold."""
    assert structure._simple_roles(text, text.split("\n")) is not None, text
    assert structure._simple_roles(text, text.split("\n")) == _markdown_it_roles(text), text


@pytest.mark.parametrize("text", ["```\nopen to the end\n", "    ```\nx\n    ```\n",
                                  "\t~~~\nx\n~~~\n", "- ```\nx\n```\n"])
def test_an_open_or_indented_fence_is_left_to_markdown_it(text: str) -> None:
    assert structure._simple_roles(text, text.split("\n")) is None, text


def _plain_parser():  # type: ignore[no-untyped-def]
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True}).enable("table").disable("code")
    md.core.ruler.disable(["inline", "text_join"], ignoreInvalid=True)
    return md


def _tokens(tokens: list) -> list[tuple[object, ...]]:  # type: ignore[type-arg]
    return [(t.type, t.map, t.level, t.nesting, t.markup) for t in tokens]


def test_the_gated_rules_parse_as_markdown_it_does() -> None:
    """structure._parser() skips block rules that cannot match (a line's first character,
    no underline in the document); the tokens are those of markdown-it left alone."""
    plain, gated = _plain_parser(), structure._parser()
    texts = _documents(9, 3000, plain_only=False)
    texts += [path.read_text(encoding="utf-8") for path in sorted((ROOT / "fixtures").rglob("*"))
              if path.suffix in (".md", ".txt")]
    texts += ["> Title\n> ---\n", "- a\n  b\n  ===\n", "Title\r\n---\r\n", "x\n\t---\n"]
    for text in texts:
        underlines = "\r" in text or structure._has_underline(text)
        assert _tokens(gated.parse(text, {"underlines": underlines})) == _tokens(
            plain.parse(text)), repr(text)


# Lines that open a block a blank line does not end, or end one, or sit inside one: a piece
# boundary must never fall inside such a block.
SPANNING = (
    "```", "```python", "~~~", "~~~~", "  ```", "   ~~~", "    ```", "```x```", "<pre>", "</pre>",
    "<!--", "-->", "<script>", "</script>", "<div>", "</div>", "- ```", "1. ```", "> ```",
    "- item", "  continued", "    deeper", "1. one", "2. two", "10) ten", "* star",
)


def _mixed_documents(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    pool = list(LINES) + list(SPANNING) + ["", "", "Words at the margin 10:00"] * 4
    return ["\n".join(rng.choice(pool) for _ in range(rng.randint(1, 30)))
            + rng.choice(("", "\n", "\n\n", "\n  ")) for _ in range(count)]


def test_a_document_read_in_pieces_gets_the_roles_of_one_read_whole() -> None:
    pieced = 0
    texts = _mixed_documents(10, 4000) + _documents(11, 2000, plain_only=False)
    texts += [path.read_text(encoding="utf-8") for path in sorted((ROOT / "fixtures").rglob("*"))
              if path.suffix in (".md", ".txt")]
    for text in texts:
        lines = text.split("\n")
        roles = structure._pieced_roles(text, lines)
        if roles is not None:
            pieced += 1
            assert roles == _markdown_it_roles(text), repr(text)
    assert pieced > 1500


def test_pieces_start_after_a_blank_line_at_the_margin_and_not_at_an_item() -> None:
    text = "Intro\n\n| a |\n|---|\n\nAfter\n\n- one\n\n- two\n\n  more\n\n2. x\n\nEnd\n"
    assert structure._piece_starts(text) == [0, 2, 5, 15]


def test_an_open_fence_is_read_with_the_rest_of_the_document() -> None:
    """A fence still open where a piece would end (no closing fence) runs on below the blank
    line: its run is read again with the rest of the document, and the lines below are
    code; the pieces above it keep their reading."""
    text = "# Log\n\nIntro 09:55\n\n```\n10:00 start\n\nNot a paragraph 10:05\n\nNor this\n"
    lines = text.split("\n")
    roles = structure._pieced_roles(text, lines)
    assert roles == _markdown_it_roles(text)
    assert [r.role for r in roles][4:10] == ["code"] * 6
    assert roles[2] == structure.LineRole("text", block=1)


def test_an_underline_is_found_on_any_line_as_with_a_multiline_search() -> None:
    """_has_underline searches from each newline; it finds what "^...$" in MULTILINE mode
    finds, on the first and the last line too."""
    import re

    multiline = re.compile(r"^[ \t>]*+(?:-++|=++)[ \t]*+$", re.MULTILINE)
    texts = ["---", "x\n---", "x\n---\n", "> ===\ny", "x\n - \n", "x\n--x\n", "", "\n", "a\n\n==="]
    texts += _documents(4, 2000, plain_only=False)
    for text in texts:
        assert structure._has_underline(text) == (multiline.search(text) is not None), repr(text)


def test_newlines_and_nuls_are_still_normalised_where_a_text_holds_them() -> None:
    """markdown-it's normalize rule runs only on a text holding "\\r" or "\\0" (elsewhere it
    gives the text back as it was): there the tokens are those of markdown-it left alone."""
    plain, gated = _plain_parser(), structure._parser()
    for text in ("x\0y\r\nz\r\n\r\n# t\r", "a\rb\n\n- c\0\n", "plain\n\ntext\n", "\0"):
        assert [(t.type, t.map, t.content) for t in gated.parse(text, {"underlines": True})] == \
            [(t.type, t.map, t.content) for t in plain.parse(text)], repr(text)


def test_a_block_fenced_as_markdown_is_read_as_the_documents_own() -> None:
    # a course template's "```md" around each section: the author's words, not code; a
    # fence of another language stays code, and a "```md" inside it opens nothing
    text = ("## Timeline\n\n```md\nAll times are UTC.\n\n- _18:17_ - error first seen\n"
            "- _18:21_ - service back\n```\n\n```bash\n```md\n14:05 not an entry\n```\n")
    lines = text.split("\n")
    roles = [r.role for r in structure.line_roles(text, lines)]
    assert roles[2] == roles[7] == "blank"  # the fences themselves
    assert roles[5] == roles[6] == "item"
    assert roles[10] == roles[11] == "code"


# Lines of HTML and lines that only open with "<": a piece opening with one is read without
# markdown-it when the block it opens ends in the piece and plain lines follow it.
HTML_LINES = (
    "<details>", "</details>", "<summary>Timeline</summary>", "<br>", "<br/>", "<hr />",
    "<img src=\"x.png\" alt=\"graph\">", "<!-- pmlint: ignore -->", "<!--", "-->", "note -->",
    "<pre>", "</pre>", "<script>x</script>", "<?php ?>", "<!DOCTYPE html>", "<![CDATA[ x ]]>",
    "<b>10:05</b> paged", "<3 thanks", "<10 ms p99", "<span>12:00</span>", "< 5% errors",
    "<table>", "<tr><td>10:00</td><td>start</td></tr>", "</table>", "<a href='x'>", "<x-y>",
    "<div> | start | end |", "<div> | time", "<b>Time</b> | Event", "|---|---|", "--- | ---",
)


def test_a_piece_opening_with_html_is_read_as_markdown_it_reads_it() -> None:
    rng = random.Random(21)
    pool = list(HTML_LINES) * 2 + list(LINES) + ["", "", "", "Words at the margin 10:00"] * 4
    read = 0
    for _ in range(6000):
        text = "Intro\n\n" + "\n".join(rng.choice(pool) for _ in range(rng.randint(1, 16)))
        text += rng.choice(("", "\n", "\n\n", "\n  "))
        lines = text.split("\n")
        starts = structure._piece_starts(text)
        ends = [*starts[1:], len(lines)]
        if any(lines[start].startswith("<") and structure._plain_kinds(lines[start:end]) is None
               and structure._html_kinds(lines[start:end]) is not None
               for start, end in zip(starts, ends, strict=True)):
            read += 1
        roles = structure._pieced_roles(text, lines)
        if roles is not None:  # None: one piece, "Intro" and blank lines
            assert roles == _markdown_it_roles(text), repr(text)
    assert read > 1000


# Items nested by indentation, and lines around them: a list whose nested items each stand
# at their parent's text column is read without markdown-it, with markdown-it's roles.
NESTED_LINES = (
    "- top 10:00", "* star top", "1. numbered top", "10. ten", "  - child 10:05", "  * star child",
    "  + plus child", "   - under a number", "    - grandchild", "    * other grandchild",
    "      - great-grandchild", "     - odd indent", " - one space", "   - three",
    "  -  two spaces", "  - ", "  - - double", "  - # heading", "  1. numbered child",
    "  text going on",
    "lazy text", "    deeper text", "---", "***", "___", "# Heading", "  ---", "  ```", "",
)


def test_nested_items_are_read_as_markdown_it_reads_them() -> None:
    rng = random.Random(33)
    pool = list(NESTED_LINES) * 3 + list(LINES) + ["", "Words at the margin 10:00"] * 3
    read = 0
    for _ in range(8000):
        text = "\n".join(rng.choice(pool) for _ in range(rng.randint(1, 14)))
        text += rng.choice(("", "\n", "\n\n", "\n  "))
        lines = text.split("\n")
        simple = structure._simple_roles(text, lines)
        if simple is not None:
            read += any(structure._kind(line) == structure._NESTED for line in lines)
            assert simple == _markdown_it_roles(text), repr(text)
    assert read > 200
    for text in ("- item\n  more\n---", "- a\n  - b\n    - c\n  - d\n- e\n",
                 "Intro\n  - a\n    - b\n\n  - c\n# End\n"):
        lines = text.split("\n")
        assert structure._simple_roles(text, lines) == _markdown_it_roles(text), text


def test_a_line_opening_with_a_bracket_but_no_html_block_is_a_paragraphs() -> None:
    """"<b>10:05</b> paged", "<10 ms": text, at a piece's start, under a paragraph's line or
    an item's, as markdown-it reads it; "<div>", "<br>" alone and "<!--" are still its."""
    rng = random.Random(44)
    pool = list(HTML_LINES) * 2 + list(NESTED_LINES) + list(LINES) + ["", "Words 10:00"] * 3
    read = 0
    for _ in range(8000):
        text = "\n".join(rng.choice(pool) for _ in range(rng.randint(1, 14)))
        text += rng.choice(("", "\n", "\n\n", "\n  "))
        lines = text.split("\n")
        for roles in (structure._simple_roles(text, lines), structure._pieced_roles(text, lines)):
            if roles is not None:
                read += any(line.lstrip(" \t").startswith("<") for line in lines)
                assert roles == _markdown_it_roles(text), repr(text)
    assert read > 300
    assert structure._kind("<b>10:05</b> paged") == structure._PLAIN
    assert structure._kind("<div>") is None


def test_a_bare_fence_around_a_section_or_a_timed_list_is_the_documents_own() -> None:
    # stray template fences with no info string: a four-backtick block wrapping a section
    # heading (and a "```md" left inside it), a tilde block holding only clocked list items;
    # a bare fence around a log, or a list of items with other lines, stays code
    text = ("````\n\n### Chronology\n\n```md\n- 09:02 - pager fires\n- 09:40 - cache flushed\n"
            "````\n\n~~~\n* 10:01 deploy starts\n* 10:07 latency climbs\n~~~\n\n"
            "```\n2024-05-01 10:03:11 WARN pool exhausted\n- 10:04 retry\n```\n\n"
            "```\n- 11:00 step one\n- 11:05 step two\nexit 0\n```\n")
    lines = text.split("\n")
    roles = [r.role for r in structure.line_roles(text, lines)]
    assert roles[0] == roles[4] == roles[7] == "blank"  # the fences, outer and inner
    assert roles[2] == "heading"
    assert roles[5] == roles[6] == "item"
    assert roles[9] == roles[12] == "blank" and roles[10] == roles[11] == "item"
    assert roles[15] == roles[16] == "code"
    assert roles[20] == roles[21] == roles[22] == "code"


def test_table_cells_are_split_as_markdown_its_own_rule_splits_them() -> None:
    """The table rule's cells are split by str.split when no pipe is escaped: the same cells
    as markdown-it's escapedSplit, for rows with and without backslashes."""
    from markdown_it.rules_block.table import escapedSplit

    rows = ["| 09:12 | alert fired |", "a|b", "|", "||", "", "no pipe", "| a \\| b | c |",
            "\\|", "a\\\\|b", "| path C:\\temp | x |", "ends with \\", "\\\\\\|x|y"]
    rng = random.Random(7)
    rows += ["".join(rng.choice("|\\ a") for _ in range(rng.randrange(12))) for _ in range(500)]
    for row in rows:
        assert structure.split_cells(row) == escapedSplit(row), row


def test_a_table_with_an_escaped_pipe_is_read_as_markdown_it_reads_it() -> None:
    text = "| Time | Event |\n|---|---|\n| 10:05 | a \\| b |\n| 10:07 | c |\n"
    lines = text.split("\n")
    assert structure.line_roles(text, lines) == structure._markdown_it_roles(text, lines)
    roles = structure.line_roles(text, lines)
    assert [roles[k].role for k in (0, 2, 3)] == ["row"] * 3  # the escaped pipe splits no cell


def test_a_line_without_a_pipe_under_a_table_is_text_not_a_row() -> None:
    """Markdown continues a table with any line until a blank one ("| a | b |" rows, then
    "Log" and "09:12 pool drained"): a page pasted without that blank line wrote those as
    lines of text, and they are read so, one paragraph; a line with a pipe stays a row."""
    text = ("| Owner | ops |\n|---|---|\n| Start | 09:00 |\nLog\n09:12 pool drained\n"
            "09:30 pool refilled\n\nAfter.\n")
    roles = structure.line_roles(text, text.split("\n"))
    assert [r.role for r in roles[:7]] == ["row", "text", "row", "text", "text", "text",
                                           "blank"]
    assert roles[3].block == roles[4].block == roles[5].block != roles[2].block
    assert roles[7].block not in (roles[3].block, roles[2].block)


def test_a_table_at_the_margin_under_an_items_text_is_a_table() -> None:
    """A table pasted at the margin right under a list item's text, no blank line between,
    is Markdown's lazy text of the item; its header over a delimiter row says it is a table,
    read as the same table after a blank line is. The item ends above it."""
    text = ("- Scope: two regions\nEvents below:\n| When (UTC) | What |\n| :-- | --- |\n"
            "| 07:10 | disk full |\n| 07:40 | disk freed |\n\nAfter.\n")
    roles = structure.line_roles(text, text.split("\n"))
    assert [r.role for r in roles[:7]] == ["item", "item", "row", "text", "row", "row", "blank"]
    assert roles[0].item_end == roles[1].item_end == 2
    assert roles[2].header_row and not roles[4].header_row
    assert roles[2].block == roles[4].block == roles[5].block != roles[0].block
    assert roles[7].role == "text"


@pytest.mark.parametrize("text", [
    # rows with no delimiter row under their first: the item's text, as Markdown reads it
    "- Scope: two regions\n| 07:10 | disk full |\n| 07:40 | disk freed |\n",
    # the table indented into the item: markdown-it's own table, inside the item
    "- Scope: two regions\n  | When | What |\n  |---|---|\n  | 07:10 | disk full |\n",
])
def test_rows_under_an_item_without_a_margin_header_are_left_as_markdown_reads_them(
        text: str) -> None:
    roles = structure.line_roles(text, text.split("\n"))
    assert roles[1].role == ("item" if "---" not in text else "row")
    assert roles[0].item_end == (4 if "---" in text else 3)


@pytest.mark.parametrize("marker", ["<START OF OUTAGE>", "<END OF IMPACT>",
                                    "  <BEGIN_WINDOW MAIN>"])
def test_a_marker_in_capitals_between_brackets_is_a_line_of_text(marker: str) -> None:
    # markdown-it would take "<START OF OUTAGE>" for a tag with attributes, opening an HTML
    # block that swallows the date and entries under it
    text = f"09:00 - deploy started\n\n{marker}\n2022-09-14\n08:10 - alert fires\n"
    roles = structure.line_roles(text, text.split("\n"))
    assert [r.role for r in roles[2:5]] == ["text", "text", "text"]


def test_an_html_tag_alone_still_opens_an_html_block() -> None:
    text = "09:00 - deploy started\n\n<DIV CLASS=note>\n08:10 - alert fires\n"
    roles = structure.line_roles(text, text.split("\n"))
    assert [r.role for r in roles[2:4]] == ["html", "html"]


def test_pasted_backticks_that_never_close_a_fence_end_at_their_glued_close() -> None:
    # a chat's code span pasted with its words after the backticks and its closing ones glued
    # to a later line's end: code up to that line, and the entries under it still read
    text = ("09:01 AM Ana: pool errors seen\n```ERROR pool exhausted, retrying\n"
            "retry in 5s```\n09:10 AM Ben: restarted the pool\n")
    roles = structure.line_roles(text, text.split("\n"))
    assert [r.role for r in roles[:4]] == ["text", "code", "code", "text"]
    # with no closing backticks at all: a paragraph's line
    text = "09:01 AM Ana: seen\n```ERROR pool exhausted, retrying\n09:10 AM Ben: restarted\n"
    roles = structure.line_roles(text, text.split("\n"))
    assert [r.role for r in roles[:3]] == ["text"] * 3


def test_a_fence_named_by_its_language_or_closed_below_stays_code() -> None:
    for text in ("09:01 AM seen\n\n```log\n09:05 AM raw line\n",
                 "09:01 AM seen\n\n```log output here\n09:05 AM raw line\n```\n"):
        roles = structure.line_roles(text, text.split("\n"))
        assert roles[3].role == "code", text


@pytest.mark.parametrize(("line", "role"), [
    ("■お客さまへのご案内", "heading"),
    ("▼ 장애 원인", "heading"),
    ("【通信障害に関するお知らせ】", "heading"),
    ("【重要】本日10時より全サービスを停止します。", "text"),  # a tag opening a sentence
    ("・タイムライン", "text"),
])
def test_a_title_marked_the_japanese_or_korean_way_is_a_heading(line: str, role: str) -> None:
    lines = ["障害報告", "", line, "本文です。"]
    assert structure.line_roles("\n".join(lines), lines)[2].role == role
