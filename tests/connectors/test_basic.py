"""Smoke tests of the public connector API: page fetch, feed poll, SSRF refusal, error kinds.

Local servers only.
"""

from __future__ import annotations

from connectors.feeds import poll_feed
from connectors.http import Fetcher
from tests.connectors.conftest import fetch_error, make_network


def test_page_fetch_decodes_declared_cp1256(httpserver):
    body = '<html><meta charset="windows-1256"><p>مرحبا بكم</p></html>'.encode("cp1256")
    httpserver.expect_request("/a").respond_with_data(body, content_type="text/html")
    with Fetcher(make_network()) as fetcher:
        result = fetcher.fetch(httpserver.url_for("/a"))
    assert result.status == 200
    assert result.encoding == "cp1256"
    assert "مرحبا بكم" in result.text
    assert result.content == body
    assert result.final_url == result.url == httpserver.url_for("/a")


def test_feed_poll_resolves_links_and_rejects_linkless(httpserver):
    rss = ('<rss version="2.0"><channel><title>t</title>'
           "<item><title>خبر</title><link>/news/1</link></item>"
           "<item><title>بلا رابط</title></item></channel></rss>")
    httpserver.expect_request("/feed").respond_with_data(
        rss, content_type="application/rss+xml", headers={"ETag": '"v1"'})
    with Fetcher(make_network()) as fetcher:
        poll = poll_feed(fetcher, httpserver.url_for("/feed"))
    assert [i.url for i in poll.items] == [httpserver.url_for("/news/1")]
    assert poll.items[0].title == "خبر"
    assert [r[1] for r in poll.rejects] == ["no_link"]
    assert poll.etag == '"v1"'


def test_metadata_address_is_blocked_without_connecting():
    with Fetcher(make_network(allow_private=())) as fetcher:
        err = fetch_error(fetcher, "http://169.254.169.254/latest/meta-data/")
    assert err.kind == "blocked_address"


def test_404_is_http_status(httpserver):
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    with Fetcher(make_network()) as fetcher:
        err = fetch_error(fetcher, httpserver.url_for("/gone"))
    assert (err.kind, err.status) == ("http_status", 404)
