"""`pmlint check --fix`, `--diff` and `--unsafe-fixes`: what is written, and what is not.

The promise is about bytes: a fixed file differs from the original only inside the fixed
spans, whatever its encoding, byte-order mark or line endings; a second --fix changes
nothing; --diff writes nothing; a converted draft is never written.
"""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from pmlint.checks import ALL_RULES
from pmlint.checks.base import Replacement
from pmlint.checks.fix_run import fix_results, write
from pmlint.checks.fixes import FixError, apply, plan
from pmlint.checks.run import Settings, check_paths
from pmlint.cli import main
from pmlint.timeline.source import decode

ROOT = Path(__file__).resolve().parent.parent
SEED_003 = ROOT / "fixtures" / "seeds" / "003_1eee0c03998c6125.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "docs"
BLIND = {153, 159, 165, 171, 177, 183, 189, 195, 201, 207, 213, 219, 225, 231, 237, 243, 249,
         255, 261, 267, 313, 314, 315, 316, 332, 333, 341, 351, 352, 353, 355, 356, 359, 360,
         373, 374, 375, 393, 394, 400}


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def fixable(path: Path, unsafe: bool = True) -> list[tuple[str, int]]:
    """The findings of `path` that still carry a fix (safe ones only unless `unsafe`)."""
    results = check_paths([str(path)], ALL_RULES, Settings()).results
    return [(f.rule, f.line) for r in results for f in r.findings
            if f.fix is not None and (unsafe or f.fix.applicability == "safe")]


def passes(path: Path, unsafe: bool) -> tuple[tuple[Replacement, ...], ...]:
    results = check_paths([str(path)], ALL_RULES, Settings()).results
    [outcome] = fix_results(results, ALL_RULES, Settings(), unsafe)
    return outcome.passes


def assert_only_spans_changed(before: str, after: str,
                              passes: tuple[tuple[Replacement, ...], ...]) -> None:
    """`after` is `before` with each pass's spans replaced and nothing else: replayed here
    on plain strings, independently of the byte splicing under test."""
    lines = before.split("\n")
    for edits in passes:
        for edit in sorted(edits, key=lambda e: (e.line, e.column), reverse=True):
            row = lines[edit.line - 1]
            assert edit.end_column - 1 <= len(row)
            lines[edit.line - 1] = (row[:edit.column - 1] + edit.text
                                    + row[edit.end_column - 1:])
    assert "\n".join(lines) == after


def test_seed_003_is_fixed_and_a_second_fix_changes_nothing(tmp_path: Path) -> None:
    doc = tmp_path / "003.txt"
    doc.write_bytes(SEED_003.read_bytes())
    before = doc.read_text()
    edits = passes(doc, unsafe=False)
    result = run("check", "--fix", str(doc))
    after = doc.read_text()
    assert "10:45 PM EST" in after and "11:15 PM EST" in after and "12:15 AM EST" in after
    assert_only_spans_changed(before, after, edits)
    assert "ampm-flip" not in result.output  # what remains is reported, the flips are gone
    assert "tz-dst-mismatch" in result.output
    assert "1 more fix available with --unsafe-fixes" in result.stderr
    assert fixable(doc, unsafe=False) == []
    fixed = doc.read_bytes()
    again = run("check", "--fix", str(doc))
    assert doc.read_bytes() == fixed
    assert "applied" not in again.stderr


def test_unsafe_fixes_relabel_the_zone_everywhere(tmp_path: Path) -> None:
    doc = tmp_path / "003.txt"
    doc.write_bytes(SEED_003.read_bytes())
    before = doc.read_text()
    edits = passes(doc, unsafe=True)
    result = run("check", "--fix", "--unsafe-fixes", str(doc))
    after = doc.read_text()
    assert " EST" not in after and after.count(" EDT") == before.count(" EST")
    assert_only_spans_changed(before, after, edits)
    assert fixable(doc) == []
    assert result.exit_code == 0  # one warning is left, below --fail-on error


VARIANTS = {
    "utf-8 LF": lambda t: t.encode(),
    "utf-8 CRLF": lambda t: t.replace("\n", "\r\n").encode(),
    "utf-8 BOM CRLF": lambda t: codecs.BOM_UTF8 + t.replace("\n", "\r\n").encode(),
    "cp1252 CRLF": lambda t: t.replace("\n", "\r\n").encode("cp1252"),
    "utf-16-le BOM CRLF": lambda t: codecs.BOM_UTF16_LE + t.replace("\n", "\r\n")
    .encode("utf-16-le"),
    "utf-16-be BOM": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "mixed endings, no final newline": lambda t: _mixed(t).encode(),
}


def _mixed(text: str) -> str:
    """CRLF, CR and LF in turn, and no newline at the end (a CR before an empty line
    would make a CRLF of it, one line ending instead of two)."""
    rows = text.rstrip("\n").split("\n")
    ends = ["\r\n", "\r", "\n"]
    return "".join(row + (ends[i % 3] if rows[i + 1] else "\n")
                   for i, row in enumerate(rows[:-1])) + rows[-1]


def replay(text: str, passes: tuple[tuple[Replacement, ...], ...]) -> str:
    lines = text.split("\n")
    for edits in passes:
        for edit in sorted(edits, key=lambda e: (e.line, e.column), reverse=True):
            row = lines[edit.line - 1]
            lines[edit.line - 1] = (row[:edit.column - 1] + edit.text
                                    + row[edit.end_column - 1:])
    return "\n".join(lines)


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_encoding_bom_and_line_endings_survive(tmp_path: Path, variant: str) -> None:
    """The same document in another encoding, with a BOM, CRLF or lone CR: the fixed file
    is exactly the original's bytes with the fixed spans re-encoded, nothing else."""
    text = SEED_003.read_text() + "Café – résumé, “quoted”: all kept\n"
    text = text.replace("- 9:50 PM EST", "- 13:50pm")  # an odd form to fix in an entry
    encode = VARIANTS[variant]
    text = text.rstrip("\n") if "no final newline" in variant else text
    doc = tmp_path / "pm.md"
    doc.write_bytes(encode(text))
    steps = passes(doc, unsafe=True)
    assert run("check", "--fix", "--unsafe-fixes", str(doc)).exit_code == 0
    fixed = replay(text, steps)
    assert "- 13:50:" in fixed and "10:45 PM EDT" in fixed and "Café – résumé" in fixed
    assert doc.read_bytes() == encode(fixed)
    assert fixable(doc) == []


def test_diff_prints_the_fixes_and_writes_nothing(tmp_path: Path) -> None:
    doc = tmp_path / "003.txt"
    doc.write_bytes(SEED_003.read_bytes())
    before = doc.read_bytes()
    result = run("check", "--diff", str(doc))
    assert doc.read_bytes() == before
    assert result.exit_code == 1
    minus = [line for line in result.stdout.splitlines() if line.startswith("-- ")]
    plus = [line for line in result.stdout.splitlines() if line.startswith("+- ")]
    assert [line[:15] for line in minus] == ["-- 10:45 AM EST", "-- 11:15 AM EST",
                                             "-- 12:15 PM EST"]
    assert [line[:15] for line in plus] == ["+- 10:45 PM EST", "+- 11:15 PM EST",
                                            "+- 12:15 AM EST"]
    assert result.stdout.startswith(f"--- a/{str(doc).lstrip('/')}\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["003.txt"]


def test_diff_of_a_clean_document_is_empty_and_exit_0(tmp_path: Path) -> None:
    doc = tmp_path / "ok.md"
    doc.write_text("# Outage\n\nMarch 5, 2024 (UTC)\n\n- 10:00: alert\n- 10:30: resolved\n")
    result = run("check", "--diff", str(doc))
    assert (result.exit_code, result.stdout) == (0, "")


def test_a_file_changed_since_it_was_read_is_not_written(tmp_path: Path) -> None:
    doc = tmp_path / "003.txt"
    doc.write_bytes(SEED_003.read_bytes())
    results = check_paths([str(doc)], ALL_RULES, Settings()).results
    [outcome] = fix_results(results, ALL_RULES, Settings(), unsafe=False)
    assert outcome.changed
    doc.write_bytes(SEED_003.read_bytes() + b"\nedited meanwhile\n")
    edited = doc.read_bytes()
    assert "changed since it was read" in (write(outcome) or "")
    assert doc.read_bytes() == edited
    assert sorted(p.name for p in tmp_path.iterdir()) == ["003.txt"]


def test_the_write_is_atomic_and_keeps_the_mode(tmp_path: Path) -> None:
    doc = tmp_path / "003.txt"
    doc.write_bytes(SEED_003.read_bytes())
    os.chmod(doc, 0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(doc)
    assert run("check", "--fix", str(link)).exit_code == 0  # warnings are left
    assert link.is_symlink() and "10:45 PM EST" in doc.read_text()
    assert (doc.stat().st_mode & 0o777) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["003.txt", "link.txt"]


def test_apply_refuses_a_span_that_is_not_where_it_was_read() -> None:
    data = b"- 10:45 AM: x\r\n"
    with pytest.raises(FixError):
        apply(data, "utf-8", ["- 10:45 AM: y", ""], [Replacement(1, 3, 11, "10:45 PM")])
    with pytest.raises(FixError):
        apply(data, "utf-8", ["- 10:45 AM: x", ""], [Replacement(1, 3, 40, "10:45 PM")])
    with pytest.raises(FixError):  # cp1252 cannot hold it
        apply(data, "cp1252", ["- 10:45 AM: x", ""], [Replacement(1, 3, 11, "10:45 ☃")])
    assert apply(data, "utf-8", ["- 10:45 AM: x", ""],
                 [Replacement(1, 3, 11, "10:45 PM")]) == b"- 10:45 PM: x\r\n"


def test_overlapping_fixes_are_applied_one_at_a_time() -> None:
    from pmlint.checks.base import Finding

    def finding(column: int, end: int, text: str) -> Finding:
        return Finding("p", "r", "PM1", "error", 1, column, 1, end, "m", None, None,
                       Replacement(1, column, end, text))

    chosen = plan([finding(3, 8, "a"), finding(5, 9, "b"), finding(9, 10, "c")], unsafe=False)
    assert [e.text for e in chosen.edits] == ["a", "c"]


def test_converted_documents_are_never_fixed(tmp_path: Path) -> None:
    from formats_build import to_docx  # tests/formats_build.py

    doc = tmp_path / "003.docx"
    doc.write_bytes(to_docx(SEED_003.read_text()))
    before = doc.read_bytes()
    result = run("check", "--fix", "--unsafe-fixes", str(doc))
    assert doc.read_bytes() == before
    assert "ampm-flip" in result.output
    assert "does not write it" in result.stderr  # it says so, on stderr
    shown = run("check", "--diff", str(doc)).stdout  # the changes to make by hand, located
    assert "not a Markdown or text file" in shown
    assert "'10:45 AM' -> '10:45 PM' (ampm-flip)" in shown
    assert "'EST' -> 'EDT' (tz-dst-mismatch, changes what the time says)" in shown
    assert "---" not in shown and doc.read_bytes() == before  # no diff: nothing is written
    markdown = tmp_path / "003.md"
    markdown.write_text(SEED_003.read_text())
    assert "not a Markdown or text file" not in run("check", "--diff", str(markdown)).stdout


def test_sarif_says_which_findings_are_fixable_and_how_safely() -> None:
    result = run("check", "--format", "sarif", str(SEED_003))
    results = json.loads(result.stdout)["runs"][0]["results"]
    applicability = {r["ruleId"]: [f["properties"]["applicability"] for f in r.get("fixes", [])]
                     for r in results}
    assert applicability["PM102"] == ["safe"] and applicability["PM105"] == ["unsafe"]
    [dst] = [r for r in results if r["ruleId"] == "PM105"]
    replaced = dst["fixes"][0]["artifactChanges"][0]["replacements"]
    assert len(replaced) == 8  # every EST the document writes, in one fix


@pytest.mark.parametrize("option", ["--evidence", "--baseline", "--write-baseline"])
def test_fix_refuses_what_it_cannot_honour(tmp_path: Path, option: str) -> None:
    other = tmp_path / "other.json"
    other.write_text("{}")
    result = run("check", "--fix", option, str(other), str(SEED_003))
    assert result.exit_code == 2


def test_unsafe_fixes_alone_is_a_usage_error() -> None:
    assert run("check", "--unsafe-fixes", str(SEED_003)).exit_code == 2
    assert run("check", "--fix", "--diff", str(SEED_003)).exit_code == 2
    assert run("check", "--fix", "-").exit_code == 2


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not beside the project")
def test_the_corpus_is_left_with_no_fixable_finding(tmp_path: Path) -> None:
    copied = []
    for doc in sorted(CORPUS.iterdir()):
        if doc.stem.isdigit() and int(doc.stem) not in BLIND and doc.is_file():
            target = tmp_path / doc.name
            target.write_bytes(doc.read_bytes())
            copied.append(target)
    results = check_paths([str(tmp_path)], ALL_RULES, Settings()).results
    with_fixes = {r.path for r in results for f in r.findings if f.fix is not None}
    assert with_fixes, "the corpus has fixable findings to try"
    outcomes = {o.path: o for o in fix_results(results, ALL_RULES, Settings(), unsafe=True)}
    originals = {path: decode(Path(path).read_bytes()).text for path in with_fixes}
    assert run("check", "--fix", "--unsafe-fixes", str(tmp_path)).exit_code in (0, 1)
    for path in with_fixes:
        assert fixable(Path(path)) == [], path
        after = decode(Path(path).read_bytes()).text
        assert_only_spans_changed(originals[path], after, outcomes[path].passes)
    untouched = [p for p in copied if str(p) not in with_fixes]
    assert all(p.read_bytes() == (CORPUS / p.name).read_bytes() for p in untouched)



def test_a_file_edited_between_the_check_and_the_fix_is_left_alone(tmp_path: Path) -> None:
    doc = tmp_path / "003.txt"
    doc.write_bytes(SEED_003.read_bytes())
    run_ = check_paths([str(doc)], ALL_RULES, Settings())
    doc.write_bytes(SEED_003.read_bytes().replace(b"Issue Summary", b"Summary"))
    [outcome] = fix_results(run_.results, ALL_RULES, Settings(), False, run_.lines)
    assert not outcome.changed and "changed since it was checked" in (outcome.problem or "")


ENDINGS = ("\n", "\r\n", "\r")
CODECS = {"utf-8": ("utf-8", b""), "utf-8-sig": ("utf-8", codecs.BOM_UTF8),
          "utf-16": ("utf-16-le", codecs.BOM_UTF16_LE), "cp1252": ("cp1252", b"")}


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.text(alphabet="ab:1 é—\t", min_size=0, max_size=12), min_size=1,
                     max_size=6),
       endings=st.lists(st.sampled_from(ENDINGS), min_size=6, max_size=6),
       encoding=st.sampled_from(sorted(CODECS)), data=st.data())
def test_apply_changes_exactly_the_spans(rows: list[str], endings: list[str], encoding: str,
                                         data: st.DataObject) -> None:
    """Any text, any line endings and encoding: the result is the original with the spans
    replaced, built here independently, byte for byte."""
    # a CR right before an empty line is read as a CRLF: keep the endings unambiguous
    ends = [("\n" if e == "\r" and i + 1 < len(rows) and rows[i + 1] == "" else e)
            for i, e in enumerate(endings[:len(rows) - 1])]
    codec, bom = CODECS[encoding]
    original = bom + "".join(r + e for r, e in zip(rows, ends, strict=False)).encode(codec) \
        + rows[-1].encode(codec)
    edits, expected = [], list(rows)
    for number, row in enumerate(rows, start=1):
        if row and data.draw(st.booleans()):
            start = data.draw(st.integers(0, len(row)))
            end = data.draw(st.integers(start, len(row)))
            text = data.draw(st.text(alphabet="xyz–", max_size=4))
            edits.append(Replacement(number, start + 1, end + 1, text))
            expected[number - 1] = row[:start] + text + row[end:]
    fixed = apply(original, encoding, rows, edits)
    assert fixed == bom + "".join(r + e for r, e in zip(expected, ends, strict=False)
                                  ).encode(codec) + expected[-1].encode(codec)


def test_fixes_stop_after_a_bounded_number_of_passes(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A fix that kept revealing another would loop: the passes are bounded, what was done
    is written, and the run says so."""
    from pmlint.checks import fix_run
    from pmlint.checks.base import Finding

    real_lint = fix_run._lint

    def endless(path, source, *args):  # type: ignore[no-untyped-def]
        row = source.text.split("\n")[0]
        more = Finding(path, "r", "PM999", "warning", 1, 1, 1, 1, "again", None, None,
                       Replacement(1, len(row) + 1, len(row) + 1, "x"))
        return (*real_lint(path, source, *args), more)

    monkeypatch.setattr(fix_run, "_lint", endless)
    monkeypatch.setattr(fix_run, "MAX_PASSES", 3)
    doc = tmp_path / "003.txt"
    doc.write_bytes(SEED_003.read_bytes())
    result = run("check", "--fix", str(doc))
    assert "stopped after 3 passes" in result.stderr
    text = doc.read_text()
    assert text.startswith("# Issue Summaryxx\n") and "10:45 PM EST" in text


def test_no_note_when_the_last_pass_leaves_nothing(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from pmlint.checks import fix_run

    monkeypatch.setattr(fix_run, "MAX_PASSES", 1)
    doc = tmp_path / "003.txt"
    doc.write_bytes(SEED_003.read_bytes())
    result = run("check", "--fix", str(doc))
    assert "stopped" not in result.stderr and "10:45 PM EST" in doc.read_text()


def test_quiet_fix_says_nothing_but_the_findings_left(tmp_path: Path) -> None:
    doc = tmp_path / "003.txt"
    doc.write_bytes(SEED_003.read_bytes())
    result = run("check", "--fix", "--quiet", str(doc))
    assert result.stderr == "" and "checked" not in result.stdout
    assert result.stdout.startswith(f"{doc}:3:52: warning tz-dst-mismatch")


@pytest.mark.parametrize(("draft_text", "mended"), [
    # one finding for the slip, where first written; --fix mends every copy of it
    ("**Window:** Monday, 9 October 2025, 22:05 CEST\n\n## Timeline\n"
     "Monday, 9 October 2025\n- 22:05 replication lag alarm\n",
     ["**Window:** Thursday, 9 October 2025", "\nThursday, 9 October 2025"]),
    # "March 4, 2025 (Monday)": the weekday after the date, its part of the day after it
    ("# Disk full on March 4, 2025 (Monday evening)\n\n## Timeline\n"
     "Date: 4 March 2025 (Mon)\n- 18:05 UTC disk alarm\n",
     ["March 4, 2025 (Tuesday evening)", "4 March 2025 (Tue)"]),
])
def test_a_wrong_weekday_is_fixed_in_every_place_it_is_written(
        tmp_path: Path, draft_text: str, mended: list[str]) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(draft_text, encoding="utf-8")
    assert fixable(draft, unsafe=False) == [("weekday-mismatch", 1)]
    result = run("check", "--fix", str(draft))
    assert result.exit_code == 0, result.output
    text = draft.read_text(encoding="utf-8")
    assert all(part in text for part in mended), text


def test_no_repair_when_the_weekday_fits_a_neighbouring_day_the_document_writes(
        tmp_path: Path) -> None:
    # "Tue, Oct 2" between "Started: 2024-10-01" and "Resolved: 2024-10-02": the weekday or
    # the day's number slipped, and only the author knows which
    draft = tmp_path / "draft.md"
    draft.write_text("Started: 2024-10-01 13:45 UTC\nResolved: 2024-10-02 14:52 UTC\n\n"
                     "A malformed message arrived shortly before 8:00 AM ET on Tue, Oct 2.\n",
                     encoding="utf-8")
    assert fixable(draft, unsafe=True) == []
