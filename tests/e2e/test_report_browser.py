"""Open the report in a real headless Chromium: no console errors, no network, Arabic shaped.

Skips only when Chromium or Playwright is missing AND `CI` is unset; in CI that fails.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from pipeline.report import build as report
from pipeline.report.demo_lake import write_demo_lake

REPO = Path(__file__).resolve().parents[2]
# The README's screenshot is refreshed only on request (AKHBAR_UPDATE_SCREENSHOT=1): a test
# run must not change files of the checkout.
DOCS_SCREENSHOT = REPO / "docs" / "report.png"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
NOW = dt.datetime(2024, 5, 22, 6, tzinfo=dt.UTC)

# Width of an Arabic SVG label as drawn, and of the same letters kept apart by ZWNJ (U+200C,
# which forbids joining): shaping and joining make the two differ.
SHAPING_JS = """() => {
  const t = [...document.querySelectorAll('svg text.ar')]
    .sort((a, b) => b.textContent.length - a.textContent.length)[0];
  const svg = t.ownerSVGElement;
  const clone = t.cloneNode(false);
  clone.textContent = [...t.textContent].join('\\u200c');
  svg.appendChild(clone);
  const out = {text: t.textContent, dir: getComputedStyle(t).direction,
               joined: t.getComputedTextLength(), apart: clone.getComputedTextLength()};
  clone.remove();
  return out;
}"""


def _need_browser():
    try:
        from playwright.sync_api import sync_playwright  # noqa: PLC0415 - optional test dep
    except ImportError:
        sync_playwright = None
    if CHROMIUM and sync_playwright:
        return sync_playwright
    if os.environ.get("CI"):
        pytest.fail("CI needs chromium (apt-get install chromium) and playwright (pip)")
    pytest.skip("chromium or playwright not installed (not in CI)")


def test_report_renders_in_chromium(tmp_path: Path) -> None:
    sync_playwright = _need_browser()
    lake = tmp_path / "lake"
    write_demo_lake(lake, articles=2000, events=3000, rejects=150, days=21,
                    end=dt.date(2024, 5, 21))
    page_path = tmp_path / "report.html"
    page_path.write_text(report.build(str(lake), now=NOW), encoding="utf-8")
    screenshot = (DOCS_SCREENSHOT if os.environ.get("AKHBAR_UPDATE_SCREENSHOT")
                  else tmp_path / "report.png")
    errors: list[str] = []
    foreign: list[str] = []
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as pw:
        browser = pw.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS,
            viewport={"width": 1280, "height": 900})
        try:
            page = browser.new_page()
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: foreign.append(r.url)
                    if not r.url.startswith(("file:", "data:", "about:")) else None)
            page.goto(page_path.as_uri(), wait_until="load")
            assert page.title().startswith("akhbar lake report")
            assert page.locator("section").count() == 6
            assert page.locator("svg.chart").count() >= 5
            shaping = page.evaluate(SHAPING_JS)
            assert shaping["dir"] == "rtl"
            assert abs(shaping["joined"] - shaping["apart"]) > 0.05 * shaping["apart"], shaping
            assert page.locator("td.evidence mark").count() > 0
            screenshot.parent.mkdir(exist_ok=True)
            page.screenshot(path=str(screenshot), full_page=True)
        finally:
            browser.close()
    assert errors == []
    assert foreign == []
    assert screenshot.stat().st_size > 50_000


def test_console_errors_are_caught(tmp_path: Path) -> None:
    """The listeners above do see errors: a page that throws is reported."""
    sync_playwright = _need_browser()
    bad = tmp_path / "bad.html"
    bad.write_text("<html><body><script>console.error('boom'); null.x;</script></body></html>")
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        try:
            page = browser.new_page()
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(bad.as_uri(), wait_until="load")
        finally:
            browser.close()
    assert "boom" in errors and len(errors) == 2
