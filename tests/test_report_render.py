"""Tests of the report's HTML/SVG rendering and of the `akhbar report` CLI functions."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from pipeline.report import build as report
from pipeline.report.demo_lake import write_demo_lake
from pipeline.report.render import highlight
from pipeline.report.svg import nice_ticks, text

NOW = dt.datetime(2024, 5, 22, 6, tzinfo=dt.UTC)
# a resource the browser would fetch: src/href of script, link, img, source, iframe, or CSS url()
EXTERNAL_RESOURCE = re.compile(
    r"""<(?:script|link|img|source|iframe|embed|object|video|audio)\b[^>]*"""
    r"""(?:src|href|data|srcset)\s*=\s*["']?\s*(?:https?:)?//"""
    r"""|url\(\s*["']?\s*(?:https?:)?//|@import""", re.I)


def run_cli(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    report.add_arguments(parser)
    return report.run(parser.parse_args(list(argv)))


@pytest.fixture(scope="module")
def demo_lake(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo") / "lake"
    write_demo_lake(root, articles=400, events=600, rejects=60, days=10,
                    end=dt.date(2024, 5, 21))
    return root


def test_svg_text_marks_arabic_rtl_and_flips_anchor() -> None:
    ar = text(10, 20, "وزير الخارجية", "left")
    assert 'direction="rtl"' in ar and 'text-anchor="end"' in ar and "وزير الخارجية" in ar
    en = text(10, 20, "MEET", "left")
    assert "direction" not in en and 'text-anchor="start"' in en
    assert 'text-anchor="start"' in text(0, 0, "مصراوي", "right")


def test_highlight_marks_trigger_and_escapes() -> None:
    assert highlight("قال <b> إن الوزير استقبل نظيره", "استقبل") == (
        "قال &lt;b&gt; إن الوزير <mark>استقبل</mark> نظيره")
    assert highlight("لا شيء", "زار") == "لا شيء"


@pytest.mark.parametrize("top,expected_last", [(7, 8), (95, 100), (1234, 1500), (0, 1)])
def test_nice_ticks(top: float, expected_last: float) -> None:
    ticks = nice_ticks(top)
    assert ticks[0] == 0 and ticks[-1] == expected_last and ticks[-1] >= top


def test_report_html_is_self_contained_and_arabic(demo_lake: Path) -> None:
    html = report.build(str(demo_lake), now=NOW)
    assert not EXTERNAL_RESOURCE.search(html)
    assert EXTERNAL_RESOURCE.search('<img src="https://cdn.example/x.png">')  # the check bites
    for section in ("overview", "articles", "freshness", "rejects", "syndication", "events"):
        assert f'<section id="{section}">' in html
    assert 'dir="rtl" lang="ar"' in html and 'direction="rtl"' in html
    assert "الأهرام" in html and "<mark>" in html
    assert '<span class="badge failing">failing</span>' in html
    assert "<svg" in html and "<script" not in html


def test_cli_writes_report_with_range(demo_lake: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "sub" / "r.html"
    assert run_cli("--lake", str(demo_lake), "--out", str(out), "--since", "2024-05-20",
                   "--until", "2024-05-21") == 0
    html = out.read_text(encoding="utf-8")
    assert "<code>2024-05-20</code> → <code>2024-05-21</code>" in html
    assert "2024-05-20 → 2024-05-21" in html  # the overview's date range follows the filter
    assert "wrote" in capsys.readouterr().out


@pytest.mark.parametrize("kind", ["missing", "file"])
def test_cli_not_a_lake_is_one_line_exit_2(tmp_path: Path, capsys, kind: str) -> None:
    path = tmp_path / "nope"
    if kind == "file":
        path.write_text("x")
    out = tmp_path / "r.html"
    assert run_cli("--lake", str(path), "--out", str(out)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err and "Traceback" not in err
    assert not out.exists()


def test_cli_since_after_until_is_exit_2(demo_lake: Path, tmp_path: Path) -> None:
    assert run_cli("--lake", str(demo_lake), "--out", str(tmp_path / "r.html"),
                   "--since", "2024-05-21", "--until", "2024-05-01") == 2


def test_empty_lake_and_only_rejects_say_so(tmp_path: Path, demo_lake: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    html = report.build(str(empty), now=NOW)
    assert "This lake is empty" in html and '<section id="articles">' not in html
    only = tmp_path / "only"
    shutil.copytree(demo_lake / "rejects", only / "rejects")
    html = report.build(str(only), now=NOW)
    assert "holds only rejects" in html and '<section id="rejects">' in html
    assert '<section id="events">' not in html


def test_reference_time_is_end_of_until() -> None:
    assert report.reference_time(dt.date(2024, 5, 1), NOW) == dt.datetime(
        2024, 5, 2, tzinfo=dt.UTC)
    assert report.reference_time(None, NOW) == NOW


def test_report_file_gets_the_usual_permissions(tmp_path):
    import os
    import stat

    from pipeline.report.build import write_atomic

    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "r.html", "<html></html>")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "r.html").stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"]
