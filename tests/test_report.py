"""`pmlint report` without a browser: what the page holds, that it agrees with `check` and
`timeline`, that document text cannot become markup, and how the file is written."""

from __future__ import annotations

import json
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from pmlint.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
OWN = sorted((ROOT / "fixtures" / "report").glob("*.md"))
SEED_003 = ROOT / "fixtures" / "seeds" / "003_1eee0c03998c6125.txt"
SEED_001 = ROOT / "fixtures" / "seeds" / "001_baa614d61c17ea97.txt"
HOSTILE = ROOT / "fixtures" / "report" / "hostile-markup.md"


def run(*args: str | Path):
    return CliRunner().invoke(main, [str(a) for a in args])


def report(tmp_path: Path, *args: str | Path, name: str = "report.html") -> tuple[str, object]:
    out = tmp_path / name
    result = run("report", *args, "-o", out)
    assert result.exit_code in (0, 1), result.output
    return out.read_text(encoding="utf-8"), result


class Tags(HTMLParser):
    """Every start tag with its attributes, and the page's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    return tags


def ids(html: str) -> set[str]:
    return {a["id"] for _, a in parse(html).tags if a.get("id")}


@pytest.fixture(scope="module")
def seed_pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("seed-reports")
    return {seed.name: report(folder, seed, name=f"{seed.stem}.html")[0] for seed in SEEDS}


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_every_finding_of_check_is_on_the_page(seed: Path, seed_pages: dict[str, str]
                                               ) -> None:
    page = parse(seed_pages[seed.name])
    text = " ".join(" ".join(page.text).split())
    checked = json.loads(run("check", "--format", "json", seed).output)["files"][0]
    assert checked["findings"] or seed.name.startswith("001")
    for finding in checked["findings"]:
        assert " ".join(finding["message"].split()) in text
        if finding["suggestion"]:
            assert " ".join(finding["suggestion"].split()) in text
    shown = [a for tag, a in page.tags if tag == "li" and "finding" in (a.get("class") or "")]
    assert len(shown) == len(checked["findings"])


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_every_timestamp_is_a_row_with_timelines_instant(seed: Path,
                                                        seed_pages: dict[str, str]) -> None:
    html = seed_pages[seed.name]
    events = json.loads(run("timeline", "--format", "json", seed).output)["events"]
    rows = [a for tag, a in parse(html).tags if tag == "tr" and (a.get("id") or "").startswith(
        "d1-e")]
    assert len(rows) == len(events)
    for n, event in enumerate(events):
        row = re.search(rf'<tr id="d1-e{n}".*?</tr>', html, re.S)
        assert row is not None
        assert f"{event['line']}:{event['column']}" in row.group(0)
        if event["utc"] and "corrected" not in row.group(0):
            utc = event["utc"].replace("T", " ")[:16] + " UTC"
            assert utc in row.group(0)


def test_seed_003_page_in_detail(seed_pages: dict[str, str]) -> None:
    html = seed_pages[SEED_003.name]
    assert "<h1 id=\"d1-title\">Issue Summary</h1>" in html
    assert "EST" in html and "Eastern Standard Time" in html
    # the cards: the disputed MTTR with its as-written value, and the lines it rests on
    card = re.search(r'<section class="card mttr".*?</section>', html, re.S)
    assert card is not None
    assert "2 h 30 min" in card.group(0) and "as written: 14 h 30 min" in card.group(0)
    assert "line 3" in card.group(0) and "line 16" in card.group(0)
    # the three AM/PM corrections: written where written, joined to where they belong
    assert html.count('data-kind="as-written"') == 3
    assert len(re.findall(r'<path class="arrow" data-line="(14|15|16)"', html)) == 3
    assert "AM/PM corrected: 10:45 PM" in html
    # the ampm-flip on line 14 is anchored to line 14's row, and the row links back
    finding = re.search(r'<li class="finding sev-error" id="(d1-f\d+)">.*?</li>', html, re.S)
    assert finding is not None and 'href="#d1-e5"' in finding.group(0)
    assert f'href="#{finding.group(1)}"' in html


def test_the_drawing_marks_each_phase_the_incident_has(seed_pages: dict[str, str]) -> None:
    from pmlint.timeline.document import read_timeline
    from pmlint.timeline.incident import analyse

    for seed in SEEDS:
        phases = set(analyse(read_timeline(str(seed))).anchors)
        drawn = set(re.findall(r'<g class="marker ph-\w+" data-phase="(\w+)"',
                               seed_pages[seed.name]))
        assert drawn == phases, seed.name
    assert drawn  # the last seed has phases at all


def test_document_text_never_becomes_markup(tmp_path: Path) -> None:
    html, _ = report(tmp_path, HOSTILE)
    page = parse(html)
    names = {tag for tag, _ in page.tags}
    assert not names & {"script", "iframe", "img", "object", "embed", "link", "base"}
    for tag, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "src" not in attrs
        href = attrs.get("href")
        assert href is None or href.startswith("#"), href
    assert "Checkout &lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt; &amp; payments" in html
    assert "<script" not in html.lower()


def test_control_and_bidi_characters_are_shown_escaped(tmp_path: Path) -> None:
    doc = tmp_path / "pm.md"
    doc.write_text("# Outage \u202eevil\n\n## Timeline (UTC)\n"
                   "- 2024-01-01 10:00: alert \x1b[31mred\u202e fired\n"
                   "- 2024-01-01 11:00: resolved\n", encoding="utf-8")
    html, _ = report(tmp_path, doc)
    assert "\u202e" not in html and "\x1b" not in html
    assert "Outage \\u202eevil" in html and "\\x1b[31mred" in html


def test_the_page_is_self_contained(seed_pages: dict[str, str]) -> None:
    for html in seed_pages.values():
        assert "default-src 'none'" in html
        assert not re.search(r"(?:src|href)=\"(?!#)", html)
        assert "url(http" not in html and "@import" not in html
        assert "<script" not in html


def test_report_of_a_folder_has_an_index_and_corpus_charts(tmp_path: Path) -> None:
    folder = tmp_path / "ten"
    folder.mkdir()
    for doc in [*SEEDS, *OWN]:
        shutil.copy(doc, folder / doc.name)
    html, result = report(tmp_path, folder)
    assert result.exit_code == 1  # seed 003's errors
    index = re.search(r'<table class="index">.*?</table>', html, re.S)
    assert index is not None
    assert len(re.findall(r'<tr>\s*<td><a href="#d\d+">', index.group(0))) == 10
    for n in range(1, 11):
        assert f'<article class="document" id="d{n}"' in html
    assert len(re.findall(r'<figure class="chart" data-metric="(mttd|mtta|mtte|mttm|mttr)"',
                          html)) == 5
    assert 'data-chart="trend"' in html
    every_id = re.findall(r'\sid="([^"]+)"', html)
    assert len(every_id) == len(set(every_id))  # ten documents, no id twice
    linked = set(re.findall(r'href="#([^"]+)"', html)) | set(re.findall(r"url\(#([^)]+)\)",
                                                                        html))
    assert linked and linked <= set(every_id)  # no link leads nowhere
    assert "2022-06" in html and "2024-08" in html  # the months the seeds and ours span


def test_the_report_is_deterministic(tmp_path: Path) -> None:
    first, _ = report(tmp_path, SEED_003, name="a.html")
    second, _ = report(tmp_path, SEED_003, name="b.html")
    assert first == second
    folder_a, _ = report(tmp_path, ROOT / "fixtures" / "seeds", name="c.html")
    folder_b, _ = report(tmp_path, ROOT / "fixtures" / "seeds", name="d.html")
    assert folder_a == folder_b


def test_exit_codes_follow_check(tmp_path: Path) -> None:
    assert run("report", SEED_003, "-o", tmp_path / "a.html").exit_code == 1
    assert run("report", SEED_003, "-o", tmp_path / "b.html", "--fail-on", "never"
               ).exit_code == 0
    assert run("report", SEED_001, "-o", tmp_path / "c.html").exit_code == 0
    assert run("report", SEED_001, "-o", tmp_path / "d.html", "--fail-on", "info"
               ).exit_code == 0


def test_options_are_those_of_check(tmp_path: Path) -> None:
    html, _ = report(tmp_path, SEED_003, "--select", "ampm-flip", name="sel.html")
    assert html.count('<li class="finding') == 3
    html, _ = report(tmp_path, SEED_003, "--ignore", "PM102,PM105", name="ign.html")
    assert html.count('<li class="finding') == 1
    doc = tmp_path / "pm.md"
    doc.write_text("## Timeline\n- 09:00 - alert fired\n- 09:30 - fixed\n", encoding="utf-8")
    html, _ = report(tmp_path, doc, "--tz", "Europe/Berlin", "--reference", "2024-07-01",
                     name="tz.html")
    assert "2024-07-01 09:00 CEST" in html and "2024-07-01 07:00 UTC" in html
    config = tmp_path / ".pmlint.toml"
    config.write_text('ignore = ["tz-missing"]\n', encoding="utf-8")
    html, _ = report(tmp_path, doc, "--config", config, name="cfg.html")
    assert "tz-missing" not in html
    html, _ = report(tmp_path, SEED_003, "--profile", "detected", name="prof.html")
    card = re.search(r'<section class="card mttr".*?</section>', html, re.S)
    assert card is not None and "2 h 30 min" in card.group(0)  # 21:45 to 00:15: as started
    assert "detect → resolve" in html and "aria-label=\"anchors: detection to resolution\"" \
        in card.group(0)


@pytest.mark.parametrize("args, message", [
    (["missing.md"], "missing.md"),
    (["--tz", "Mars/Olympus"], "unknown time zone"),
    (["--select", "ampm-flipp"], "did you mean ampm-flip"),
    (["--reference", "yesterday"], "not an ISO date"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, args: list[str], message: str
                                         ) -> None:
    paths = [] if args[0] == "missing.md" else [str(SEED_003)]
    result = run("report", *paths, *(str(tmp_path / a) if a == "missing.md" else a
                                     for a in args), "-o", tmp_path / "r.html")
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "r.html").exists()


def test_no_documents_in_a_folder_is_exit_2(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("report", empty, "-o", tmp_path / "r.html")
    assert result.exit_code == 2
    assert "no documents found" in result.output
    assert not (tmp_path / "r.html").exists()


def test_an_unreadable_document_among_others_is_listed_and_exit_2(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(SEED_001, folder / "good.txt")
    (folder / "bad.md").write_bytes(b"\x00\x01\x02 binary")
    result = run("report", folder, "-o", tmp_path / "r.html")
    assert result.exit_code == 2
    assert "bad.md" in result.output
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Not read:" in html and "bad.md" in html


def test_a_bug_in_pmlint_spares_the_other_documents_and_exits_3(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pmlint.checks import run as check_run

    real_lint = check_run.lint

    def broken_on_003(timeline, *args, **kwargs):  # type: ignore[no-untyped-def]
        if timeline.path.endswith("003_1eee0c03998c6125.txt"):
            raise ZeroDivisionError("division by zero")
        return real_lint(timeline, *args, **kwargs)

    monkeypatch.setattr(check_run, "lint", broken_on_003)
    monkeypatch.delenv("PMLINT_TRACEBACK", raising=False)
    result = run("report", SEED_001, SEED_003, "-o", tmp_path / "r.html")
    assert result.exit_code == 3
    assert "internal error in pmlint (ZeroDivisionError: division by zero)" in result.output
    assert "Traceback" not in result.output
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Not read:" in html and SEED_001.name in html
    result = run("report", SEED_003, "-o", tmp_path / "alone.html")
    assert result.exit_code == 3 and not (tmp_path / "alone.html").exists()


def test_it_never_overwrites_a_document_or_a_file_that_is_not_a_report(tmp_path: Path
                                                                       ) -> None:
    draft = tmp_path / "postmortem.md"
    shutil.copy(SEED_003, draft)
    page = tmp_path / "index.html"
    page.write_text("<!DOCTYPE html><title>our status page</title>\n", encoding="utf-8")
    before = draft.read_bytes(), page.read_bytes()
    for target, message in ((draft, "read as a postmortem"),
                            (page, "is not a pmlint report; refusing to replace it")):
        result = run("report", draft, "-o", target)
        assert result.exit_code == 2 and message in result.output
        assert len(result.output.strip().splitlines()) == 1
    assert (draft.read_bytes(), page.read_bytes()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.html", "postmortem.md"]


def test_it_overwrites_its_own_report(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    assert run("report", SEED_001, "-o", out).exit_code == 0
    first = out.read_text(encoding="utf-8")
    assert run("report", SEED_003, "-o", out, "--fail-on", "never").exit_code == 0
    assert out.read_text(encoding="utf-8") != first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]


def test_a_missing_output_folder_or_a_folder_as_output_is_exit_2(tmp_path: Path) -> None:
    result = run("report", SEED_001, "-o", tmp_path / "nowhere" / "r.html")
    assert result.exit_code == 2 and "does not exist" in result.output
    result = run("report", SEED_001, "-o", tmp_path)
    assert result.exit_code == 2 and "not a regular file" in result.output


def test_the_write_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pmlint.timeline import output_file

    out = tmp_path / "r.html"
    assert run("report", SEED_001, "-o", out).exit_code == 0
    before = out.read_bytes()

    def interrupted(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output_file.os, "replace", interrupted)
    result = run("report", SEED_003, "-o", out)
    assert result.exit_code == 2 and "No space left on device" in result.output
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]


def test_the_written_file_is_readable_like_any_new_file(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    mask = os.umask(0o022)
    try:
        assert run("report", SEED_001, "-o", out).exit_code == 0
    finally:
        os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o644


EXAMPLE = ROOT / "fixtures" / "evidence" / "example"


def test_the_report_checks_the_draft_against_the_record(tmp_path: Path) -> None:
    """--evidence works for report as for check: the record's findings are on the page."""
    plain, _ = report(tmp_path, EXAMPLE / "draft.md", name="plain.html")
    page, _ = report(tmp_path, EXAMPLE / "draft.md", "--evidence", EXAMPLE / "pagerduty.json",
                     "--evidence", EXAMPLE / "slack", name="record.html")
    assert "evidence-mismatch" not in plain and "evidence-missing" not in plain
    assert "evidence-mismatch" in page and "evidence-missing" in page


def test_an_unreadable_record_writes_no_report(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = run("report", EXAMPLE / "draft.md", "--evidence", tmp_path / "nothing.json",
                 "-o", out)
    assert result.exit_code == 2 and "nothing.json" in result.output
    assert not out.exists()


def test_each_fixable_finding_says_so(tmp_path: Path) -> None:
    """Seed 003: three AM/PM flips --fix changes, one zone label only --unsafe-fixes does."""
    html, _ = report(tmp_path, SEED_003)
    items = re.findall(r'<li class="finding sev-\w+" id="[^"]+">.*?</li>', html, re.S)
    said = [re.search(r'<p class="fixable">.*?<code>(.*?)</code>', item, re.S)
            for item in items]
    rules = [re.search(r'<span class="rule">(.*?)</span>', item).group(1) for item in items]
    fixes = {rule: m.group(1) if m else None for rule, m in zip(rules, said, strict=True)}
    assert fixes == {"ampm-flip": "pmlint check --fix",
                     "tz-dst-mismatch": "pmlint check --fix --unsafe-fixes",
                     "summary-mismatch": None}
    assert sum(1 for m in said if m) == 4
