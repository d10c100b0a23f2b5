"""End to end: `akhbar run` on the embedded sample, then `akhbar report`, then a real browser."""

from __future__ import annotations

from pathlib import Path

import pyarrow.dataset as ds
import pytest

from tests.e2e.test_report_browser import CHROMIUM, LAUNCH_ARGS, _need_browser
from tests.support.runs import akhbar
from tests.test_report_render import EXTERNAL_RESOURCE


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory: pytest.TempPathFactory, sample_runs) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("sample")
    # the lake of one run: the session's shared first run (conftest.py), made in a child
    # process like this report: the command tunes Beam's coders for its own process (see
    # tests/conftest.py), which this test process, running other pipelines, must not keep
    lake, out = sample_runs.first_lake, tmp / "report.html"
    akhbar("report", "--lake", str(lake), "--out", str(out))
    return lake, out


def test_sample_report_has_titles_and_no_external_resources(sample_report) -> None:
    lake, out = sample_report
    html = out.read_text(encoding="utf-8")
    titles = ds.dataset(lake / "articles", format="parquet", partitioning="hive",
                        exclude_invalid_files=True).to_table(columns=["title"]).column(0)
    titles = [t for t in titles.to_pylist() if t]
    assert len(titles) >= 5
    for title in titles:
        assert title in html, title
    assert not EXTERNAL_RESOURCE.search(html)
    assert '<section id="articles">' in html and '<section id="rejects">' in html


def test_sample_report_opens_in_chromium(sample_report, tmp_path: Path) -> None:
    sync_playwright = _need_browser()
    _, out = sample_report
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(out.as_uri(), wait_until="load")
            assert page.locator("section#articles td.ar").count() > 0
            page.screenshot(path=str(tmp_path / "sample.png"), full_page=True)
        finally:
            browser.close()
    assert errors == []
    assert (tmp_path / "sample.png").stat().st_size > 10_000
