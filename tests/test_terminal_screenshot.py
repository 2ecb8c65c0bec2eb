"""The README's picture of `pmlint check` on a terminal (docs/check-seed-003.png): the
coloured output drawn by chromium. PMLINT_UPDATE_SCREENSHOTS=1 rewrites it; otherwise the
drawing is checked to fit a terminal's width. Skipped without chromium, except under CI."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from ansi_html import to_html
from click.testing import CliRunner

from pmlint.cli import main

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "docs" / "check-seed-003.png"
SEED = "fixtures/seeds/003_1eee0c03998c6125.txt"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def coloured_output(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("COLUMNS", "100")
    result = CliRunner().invoke(main, ["check", "--color", "always", SEED], color=True)
    assert result.exit_code == 1
    return result.stdout


def test_the_coloured_output_converts_completely(monkeypatch: pytest.MonkeyPatch) -> None:
    page = to_html(coloured_output(monkeypatch), f"pmlint check {SEED}")
    assert page.count("color:#ff6b6b") >= 6  # three errors: label and span each
    assert "\x1b" not in page


def test_the_screenshot(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("CI"):
            raise
        pytest.skip("playwright is not installed")
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("CI must draw the screenshot: install chromium")
        pytest.skip("chromium is not installed")
    page_file = tmp_path / "terminal.html"
    page_file.write_text(to_html(coloured_output(monkeypatch), f"pmlint check {SEED}"),
                         encoding="utf-8")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1000, "height": 600}, device_scale_factor=1)
        page.goto(page_file.as_uri())
        box = page.locator("#term").bounding_box()
        assert box is not None and box["width"] <= 1000  # 100 columns fit the picture
        if os.environ.get("PMLINT_UPDATE_SCREENSHOTS"):
            page.locator("#term").screenshot(path=str(SCREENSHOT))
        browser.close()
    assert SCREENSHOT.exists()
