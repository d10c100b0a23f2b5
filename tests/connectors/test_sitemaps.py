"""Sitemaps: parsing (index, urlset, gzip, Google News tags), the safety limits, fetching through
the Fetcher (SSRF guard) and discovery from robots.txt, on pytest-httpserver (127.0.0.1)."""

import gzip
from datetime import UTC, datetime, timedelta

import pytest

from connectors.errors import FetchError
from connectors.http import Fetcher
from connectors.sitemaps import (
    MAX_DECOMPRESSED_BYTES,
    parse_sitemap,
    read_sitemap,
    site_sitemaps,
)
from pipeline.ingest.sitemaps import WATERMARK_MARGIN, skipped_by_watermark
from tests.connectors.conftest import make_network

NS = ('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
      'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" '
      'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"')

URLSET = f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset {NS}>
 <url><loc>https://news.example/a/1</loc><lastmod>2024-07-24T10:00:00+03:00</lastmod>
  <news:news><news:publication><news:name>موقع</news:name><news:language>AR</news:language>
  </news:publication><news:publication_date>2024-07-23T08:00:00Z</news:publication_date>
  <news:title>عنوان الخبر</news:title></news:news>
  <image:image><image:loc>https://news.example/i.jpg</image:loc><image:title>صورة</image:title>
  </image:image></url>
 <url><loc>/a/2</loc></url>
 <url><loc>javascript:alert(1)</loc></url>
 <url><lastmod>2024-01-01</lastmod></url>
</urlset>""".encode()


def test_urlset_reads_loc_lastmod_and_the_news_tags():
    sitemap = parse_sitemap(URLSET, "https://news.example/sitemap.xml")
    assert sitemap.kind == "urlset"
    first, second = sitemap.entries
    assert first.url == "https://news.example/a/1"
    assert first.lastmod == datetime(2024, 7, 24, 7, 0, tzinfo=UTC)
    assert first.published == datetime(2024, 7, 23, 8, 0, tzinfo=UTC)
    assert first.title == "عنوان الخبر"  # not the image's title
    assert first.language == "ar"
    assert second.url == "https://news.example/a/2"  # relative loc resolved
    assert (second.lastmod, second.published, second.title) == (None, None, None)
    assert [kind for _, kind, _ in sitemap.rejects] == ["bad_url", "no_link"]


def test_gzipped_index_lists_its_children_with_lastmod():
    index = (f'<sitemapindex {NS}><sitemap><loc>https://news.example/s/1.xml.gz</loc>'
             "<lastmod>2024-07-24</lastmod></sitemap>"
             "<sitemap><loc>https://news.example/s/2.xml</loc></sitemap></sitemapindex>")
    sitemap = parse_sitemap(gzip.compress(index.encode()), "https://news.example/index.xml")
    assert sitemap.kind == "index" and not sitemap.entries
    assert [(c.url, c.lastmod) for c in sitemap.children] == [
        ("https://news.example/s/1.xml.gz", datetime(2024, 7, 24, tzinfo=UTC)),
        ("https://news.example/s/2.xml", None)]


def test_entities_and_doctypes_are_refused_never_expanded():
    laughs = ('<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY a "aaaaaaaaaa">'
              + "".join(f'<!ENTITY a{i} "{"&a;" * 10}">' for i in range(1))
              + "".join(f'<!ENTITY a{i + 1} "{f"&a{i};" * 10}">' for i in range(8))
              + ']><urlset><url><loc>https://x.example/&a8;</loc></url></urlset>')
    with pytest.raises(FetchError) as err:
        parse_sitemap(laughs.encode(), "https://x.example/s.xml")
    assert err.value.kind == "sitemap_parse"
    xxe = ('<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           "<urlset><url><loc>https://x.example/&x;</loc></url></urlset>")
    with pytest.raises(FetchError) as err:
        parse_sitemap(xxe.encode(), "https://x.example/s.xml")
    assert err.value.kind == "sitemap_parse"


def test_what_is_not_a_sitemap_is_one_reject():
    for body in (b"<html><body>Not found</body></html>", b"not xml at all", b"  "):
        with pytest.raises(FetchError) as err:
            parse_sitemap(body, "https://x.example/s.xml")
        assert err.value.kind == "sitemap_parse"


def test_a_gzip_bomb_stops_at_the_decompressed_cap():
    padding = (b"<p/>" + b" " * 1_000_000) * (MAX_DECOMPRESSED_BYTES // 1_000_000 + 1)
    body = b"<urlset><url><loc>https://x.example/a</loc></url>" + padding + b"</urlset>"
    assert len(body) > MAX_DECOMPRESSED_BYTES
    bomb = gzip.compress(body)
    assert len(bomb) < 1_000_000
    with pytest.raises(FetchError) as err:
        parse_sitemap(bomb, "https://x.example/s.xml.gz")
    assert err.value.kind == "too_large"


def test_at_most_max_urls_entries_and_one_reject_for_the_rest():
    body = "<urlset>" + "".join(
        f"<url><loc>https://x.example/a/{i}</loc></url>" for i in range(120)) + "</urlset>"
    sitemap = parse_sitemap(body.encode(), "https://x.example/s.xml", max_urls=100)
    assert len(sitemap.entries) == 100
    assert [(u, k) for u, k, _ in sitemap.rejects] == [("https://x.example/s.xml", "too_large")]


def test_a_sitemap_that_breaks_off_keeps_what_came_before_with_one_reject():
    sitemap = parse_sitemap(gzip.compress(URLSET)[:-40], "https://news.example/s.xml.gz")
    assert [e.url for e in sitemap.entries][:1] == ["https://news.example/a/1"]
    assert sitemap.rejects[-1][1] == "sitemap_parse"


def test_read_through_the_fetcher_with_a_gzip_content_type(httpserver):
    httpserver.expect_request("/s.xml.gz").respond_with_data(
        gzip.compress(URLSET), content_type="application/x-gzip")
    with Fetcher(make_network()) as fetcher:
        sitemap = read_sitemap(fetcher, httpserver.url_for("/s.xml.gz"))
    assert len(sitemap.entries) == 2


def test_the_ssrf_guard_applies_to_sitemaps(httpserver):
    httpserver.expect_request("/s.xml").respond_with_data(URLSET, content_type="text/xml")
    with Fetcher(make_network(allow_private=())) as fetcher, pytest.raises(FetchError) as err:
        read_sitemap(fetcher, httpserver.url_for("/s.xml"))
    assert err.value.kind == "blocked_address"


def test_compressed_bytes_are_capped_by_max_bytes(httpserver):
    httpserver.expect_request("/s.xml.gz").respond_with_data(
        gzip.compress(URLSET * 50), content_type="application/gzip")
    with Fetcher(make_network(max_bytes=500)) as fetcher, pytest.raises(FetchError) as err:
        read_sitemap(fetcher, httpserver.url_for("/s.xml.gz"))
    assert err.value.kind == "too_large"


def test_site_sitemaps_come_from_robots_txt_else_sitemap_xml(httpserver):
    base = httpserver.url_for("/").rstrip("/")
    httpserver.expect_request("/robots.txt").respond_with_data(
        f"User-agent: *\nDisallow: /private\nSitemap: {base}/news.xml\n"
        f"Sitemap: {base}/archive/index.xml.gz\n", content_type="text/plain")
    with Fetcher(make_network()) as fetcher:
        assert site_sitemaps(fetcher, base + "/ar/") == [
            f"{base}/news.xml", f"{base}/archive/index.xml.gz"]
    httpserver.clear()
    httpserver.expect_request("/robots.txt").respond_with_data("nope", status=404)
    with Fetcher(make_network()) as fetcher:
        assert site_sitemaps(fetcher, base) == [f"{base}/sitemap.xml"]


def test_the_watermark_skips_only_what_the_previous_read_saw_well_before():
    read_at = datetime(2024, 7, 24, 12, tzinfo=UTC)
    assert skipped_by_watermark(read_at - WATERMARK_MARGIN - timedelta(seconds=1), read_at)
    assert not skipped_by_watermark(read_at - timedelta(hours=2), read_at)  # may be late-listed
    assert not skipped_by_watermark(None, read_at)
    assert not skipped_by_watermark(read_at - timedelta(days=30), None)  # never read
