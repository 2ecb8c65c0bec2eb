"""The report in a real browser (Debian's chromium, headless, driven by playwright): every
finding and entry is on the page, the drawing marks each phase the incident has, the page
makes no network request and logs no console error, and the UTC switch works.

One browser session serves every page. Without chromium or playwright these tests are
skipped, except under CI (CI=true), where a missing browser is a failure.

PMLINT_UPDATE_SCREENSHOTS=1 rewrites docs/report-seed-003.png, the README's screenshot.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pmlint.cli import main
from pmlint.timeline.document import read_timeline
from pmlint.timeline.incident import analyse

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
OWN = sorted((ROOT / "fixtures" / "report").glob("*.md"))
SCREENSHOT = ROOT / "docs" / "report-seed-003.png"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason}: CI must run the browser tests (.ci/run installs chromium)")
    pytest.skip(reason)


@dataclass
class Visit:
    """What one page load did: requests beyond the page itself, console errors, dialogs."""

    page: Any
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed")
    if not Path(CHROMIUM).exists():
        _unavailable("Debian's chromium is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def context(browser: Any) -> Iterator[Any]:
    profile = browser.new_context(viewport={"width": 1200, "height": 900},
                                  device_scale_factor=1)
    yield profile
    profile.close()


def visit(context: Any, path: Path) -> Visit:
    page = context.new_page()
    url = path.resolve().as_uri()
    seen = Visit(page, url)
    page.on("request", lambda r: r.url != url and seen.requests.append(r.url))
    page.on("console", lambda m: m.type in ("error", "warning") and seen.errors.append(m.text))
    page.on("pageerror", lambda e: seen.errors.append(str(e)))
    page.on("dialog", lambda d: (seen.errors.append(f"dialog: {d.message}"), d.dismiss()))
    page.goto(url, wait_until="load")
    return seen


def write_report(paths: list[Path], out: Path) -> None:
    result = CliRunner().invoke(main, ["report", *map(str, paths), "-o", str(out)])
    assert result.exit_code in (0, 1), result.output


def check_document(page: Any, doc_id: str, path: Path) -> None:
    """Every finding of `check` and every timestamp of `timeline`, in document `doc_id`'s
    section; a phase marker in its drawing for each anchor the incident has."""
    runner = CliRunner()
    findings = json.loads(runner.invoke(main, ["check", "--format", "json", str(path)])
                          .output)["files"][0]["findings"]
    events = json.loads(runner.invoke(main, ["timeline", "--format", "json", str(path)])
                        .output)["events"]
    section = page.locator(f"#{doc_id}")
    shown = section.locator("li.finding")
    assert shown.count() == len(findings)
    texts = [" ".join(t.split()) for t in shown.all_inner_texts()]
    for finding in findings:
        message = " ".join(finding["message"].split())
        assert any(message in t and f"line {finding['line']}, column {finding['column']}" in t
                   for t in texts), message
    rows = section.locator("table.entries tbody tr")
    assert rows.count() == len(events)
    for n, event in enumerate(events):
        row = section.locator(f"#{doc_id}-e{n}")
        assert row.is_visible()
        text = row.inner_text()
        assert f"{event['line']}:{event['column']}" in text
        assert " ".join(event["written"].split()) in " ".join(text.split())
    phases = set(analyse(read_timeline(str(path))).anchors)
    figure = section.locator("svg.plot")
    if phases:
        assert figure.count() == 1 and figure.is_visible()
        box = figure.bounding_box()
        assert box is not None and box["width"] > 600 and box["height"] > 80
    for phase in phases:
        marker = section.locator(f'svg.plot g.marker[data-phase="{phase}"]')
        assert marker.count() == 1, phase
        assert marker.locator("use").bounding_box() is not None, phase


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_each_seed_in_a_browser(context: Any, tmp_path: Path, seed: Path) -> None:
    out = tmp_path / "report.html"
    write_report([seed], out)
    seen = visit(context, out)
    try:
        check_document(seen.page, "d1", seed)
        assert seen.requests == []
        assert seen.errors == []
    finally:
        seen.page.close()


def test_a_folder_of_ten_documents_in_a_browser(context: Any, tmp_path: Path) -> None:
    folder = tmp_path / "postmortems"
    folder.mkdir()
    documents = [*SEEDS, *OWN]
    assert len(documents) == 10
    for doc in documents:
        shutil.copy(doc, folder / doc.name)
    out = tmp_path / "report.html"
    write_report([folder], out)
    seen = visit(context, out)
    page = seen.page
    try:
        ordered = sorted(folder.iterdir())
        assert page.locator("table.index tbody tr").count() == 10
        for n, doc in enumerate(ordered, start=1):
            check_document(page, f"d{n}", doc)
            link = page.locator(f'table.index a[href="#d{n}"]')
            assert link.count() == 1
        assert page.locator("figure.chart[data-metric]").count() == 5
        assert page.locator('figure.chart[data-chart="trend"] rect.bar').count() >= 2
        assert page.title() == "10 incidents · pmlint report"  # a <script> in a doc did nothing
        assert seen.requests == []
        assert seen.errors == []
    finally:
        page.close()


CORPUS = ROOT.parent / "shared" / "corpus" / "docs"
# Ten public postmortems of the corpus, none of the held-out ones (bench/blind): read in
# place, never copied into the project.
CORPUS_TEN = ("001", "012", "027", "043", "058", "074", "096", "118", "137", "150")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus beside the project")
def test_a_folder_of_ten_corpus_documents_in_a_browser(context: Any, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in CORPUS_TEN:
        (folder / f"{name}.md").symlink_to(CORPUS / f"{name}.md")
    out = tmp_path / "report.html"
    write_report([folder], out)
    seen = visit(context, out)
    page = seen.page
    try:
        assert page.locator("table.index tbody tr").count() == 10
        for n, doc in enumerate(sorted(folder.iterdir()), start=1):
            check_document(page, f"d{n}", doc)
        assert seen.requests == []
        assert seen.errors == []
    finally:
        page.close()


def test_the_utc_switch_shows_every_time_in_utc(context: Any, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    write_report([ROOT / "fixtures" / "seeds" / "003_1eee0c03998c6125.txt"], out)
    seen = visit(context, out)
    page = seen.page
    try:
        start = page.locator(".facts time").first
        assert start.inner_text() == "2023-05-10 21:45 EST"
        page.locator('label[for="utc-switch"]').click()
        assert page.locator("#utc-switch").is_checked()
        assert start.inner_text() == "2023-05-11 02:45 UTC"
        shown = ("els => els.filter(e => getComputedStyle(e).display !== 'none')"
                 ".map(e => e.textContent)")
        ticks = page.locator("svg.plot text.tick-label").evaluate_all(shown)
        assert "03:00" in ticks and "22:00" not in ticks
        page.locator('label[for="utc-switch"]').click()
        ticks = page.locator("svg.plot text.tick-label").evaluate_all(shown)
        assert "22:00" in ticks and "03:00" not in ticks
        assert seen.errors == []
    finally:
        page.close()


def test_the_readme_screenshot_of_seed_003(context: Any, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Rewritten with PMLINT_UPDATE_SCREENSHOTS=1; otherwise the page must render the same
    parts the screenshot shows: header, cards and the drawing, on one screen's width."""
    out = tmp_path / "report.html"
    monkeypatch.chdir(ROOT)  # the page shows the path as the README's command gives it
    write_report([Path("fixtures/seeds/003_1eee0c03998c6125.txt")], out)
    seen = visit(context, out)
    page = seen.page
    try:
        page.set_viewport_size({"width": 1200, "height": 1500})
        figure = page.locator("figure.timeline").bounding_box()
        cards = page.locator(".cards").bounding_box()
        assert figure is not None and cards is not None
        assert cards["y"] < figure["y"] and figure["y"] + figure["height"] < 1500
        shot = page.screenshot(clip={"x": 0, "y": 0, "width": 1200,
                                     "height": figure["y"] + figure["height"] + 24})
        assert shot[:8] == b"\x89PNG\r\n\x1a\n" and len(shot) > 50_000
        if os.environ.get("PMLINT_UPDATE_SCREENSHOTS") == "1":
            SCREENSHOT.parent.mkdir(exist_ok=True)
            SCREENSHOT.write_bytes(shot)
        assert SCREENSHOT.exists(), "run with PMLINT_UPDATE_SCREENSHOTS=1 to make it"
    finally:
        page.close()
