"""End to end: `akhbar run` on a site found through robots.txt → sitemap index → gzipped urlset
with Google News tags, served on 127.0.0.1; a second run fetches no page."""

import gzip
import re
import subprocess
from datetime import datetime, timezone

import pytest

from tests.faults.server import (
    REPO,
    FaultServer,
    Resp,
    akhbar_cmd,
    article_html,
    read_dataset,
    run_akhbar,
    write_config,
)

NEWS_DATES = {1: "2024-03-01T09:30:00+03:00", 2: "2024-03-02T10:00:00Z", 3: "2024-03-03"}


def summary_value(stdout: str, label: str) -> int:
    m = re.search(rf"^\s+{re.escape(label)}\s+(\d+)$", stdout, re.M)
    assert m, f"{label!r} missing from the summary:\n{stdout}"
    return int(m.group(1))


def undated_page(key: str) -> bytes:
    """An article page that gives no date of its own: the sitemap's date must be used."""
    html = article_html(key).replace(
        '<meta property="article:published_time" content="2025-03-10T08:00:00+00:00">', "")
    assert "published_time" not in html
    return html.encode()


def urlset(base: str) -> bytes:
    urls = "".join(
        f"<url><loc>{base}/a/{i}.html</loc><lastmod>2024-03-0{i}</lastmod>"
        "<news:news><news:publication><news:name>موقع</news:name>"
        "<news:language>ar</news:language></news:publication>"
        f"<news:publication_date>{NEWS_DATES[i]}</news:publication_date>"
        f"<news:title>عنوان {i}</news:title></news:news></url>"
        for i in NEWS_DATES)
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
            f"{urls}</urlset>").encode()


@pytest.fixture
def site():
    server = FaultServer()
    base = server.url("").rstrip("/")
    server.routes.update({
        "/robots.txt": Resp(body=f"User-agent: *\nAllow: /\nSitemap: {base}/sitemap_index.xml\n"
                            .encode(), content_type="text/plain"),
        "/sitemap_index.xml": Resp(body=(
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{base}/news/sitemap-1.xml.gz</loc>"
            "<lastmod>2024-03-03T12:00:00Z</lastmod></sitemap></sitemapindex>").encode(),
            content_type="application/xml"),
        "/news/sitemap-1.xml.gz": Resp(body=gzip.compress(urlset(base)),
                                       content_type="application/x-gzip"),
        **{f"/a/{i}.html": Resp(body=undated_page(f"s{i}")) for i in NEWS_DATES},
    })
    yield server
    server.stop()


@pytest.mark.parametrize("window", [2000, 2], ids=["one-pass", "windows-of-2"])
def test_site_sitemaps_land_with_their_news_dates_and_a_rerun_fetches_nothing(
        site, tmp_path, window):
    config = write_config(tmp_path / "site.yaml", [
        {"id": "site", "name": "موقع", "url": site.url("/"), "kind": "site"}],
        respect_robots=True)
    config.write_text(config.read_text(encoding="utf-8")
                      + f"performance:\n  window_pages: {window}\n", encoding="utf-8")
    lake = tmp_path / "lake"
    first = run_akhbar(config, lake)
    assert first.returncode == 0, first.stderr
    rows = {r["url"].rsplit("/", 1)[1]: r for r in read_dataset(lake, "articles")}
    assert sorted(rows) == ["1.html", "2.html", "3.html"]
    for i, when in NEWS_DATES.items():
        expected = datetime.fromisoformat(when)
        if expected.tzinfo is None:
            expected = expected.replace(tzinfo=timezone.utc)
        assert rows[f"{i}.html"]["published_at"] == expected
        assert rows[f"{i}.html"]["source"] == "site"
        assert rows[f"{i}.html"]["feed_url"] == site.url("/")
    assert {r["date"] for r in read_dataset(lake, "articles")} == {
        "2024-03-01", "2024-03-02", "2024-03-03"}
    assert len(site.hits_for("/news/sitemap-1.xml.gz")) == 1

    site.reset()
    second = run_akhbar(config, lake)
    assert second.returncode == 0, second.stderr
    assert not [h.path for h in site.hits if h.path.startswith("/a/")]
    assert len(read_dataset(lake, "articles")) == 3
    assert summary_value(second.stdout, "pages fetched") == 0
    assert summary_value(second.stdout, "articles written") == 0
    # the child was read in full last time and its <lastmod> is older: not even fetched
    assert not site.hits_for("/news/sitemap-1.xml.gz")


def test_since_and_until_bound_what_a_sitemap_run_takes_and_it_records_no_read(site, tmp_path):
    config = write_config(tmp_path / "site.yaml", [
        {"id": "site", "name": "موقع", "url": site.url("/"), "kind": "site"}])
    lake = tmp_path / "lake"
    dated = subprocess.run(
        [*akhbar_cmd(config, lake), "--since", "2024-03-02", "--until", "2024-03-02"],
        capture_output=True, text=True, timeout=300, cwd=REPO)
    assert dated.returncode == 0, dated.stderr
    assert [r["url"].rsplit("/", 1)[1] for r in read_dataset(lake, "articles")] == ["2.html"]
    assert not read_dataset(lake, "state/feeds")  # what it left out must not look read
    site.reset()
    full = run_akhbar(config, lake)
    assert full.returncode == 0, full.stderr
    assert sorted(r["url"].rsplit("/", 1)[1] for r in read_dataset(lake, "articles")) == [
        "1.html", "2.html", "3.html"]
    assert not site.hits_for("/a/2.html")  # already in the lake


def test_stream_reads_a_site_s_sitemaps_each_round_and_takes_each_page_once(site, tmp_path):
    config = write_config(tmp_path / "site.yaml", [
        {"id": "site", "name": "موقع", "url": site.url("/"), "kind": "site"}],
        respect_robots=True)
    lake = tmp_path / "lake"
    cmd = [*akhbar_cmd(config, lake), "--max-polls", "2", "--poll-interval", "0.5"]
    cmd[cmd.index("run")] = "stream"
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=REPO)
    assert done.returncode == 0, done.stderr
    rows = {r["url"].rsplit("/", 1)[1]: r for r in read_dataset(lake, "articles")}
    assert sorted(rows) == ["1.html", "2.html", "3.html"]
    assert rows["2.html"]["published_at"] == datetime(2024, 3, 2, 10, 0, tzinfo=timezone.utc)
    assert {r["source"] for r in rows.values()} == {"site"}
    # two rounds read the index; the second took neither the child (older than the first
    # round's read) nor any page again
    assert len(site.hits_for("/sitemap_index.xml")) == 2
    assert len(site.hits_for("/news/sitemap-1.xml.gz")) == 1
    assert all(len(site.hits_for(f"/a/{i}.html")) == 1 for i in NEWS_DATES)
