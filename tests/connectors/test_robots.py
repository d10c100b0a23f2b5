"""robots.txt: RFC 9309 status handling, matching for our User-Agent, one fetch per origin per run.

Local servers only.
"""

from __future__ import annotations

import pytest

from connectors.http import Fetcher
from connectors.robots import robots_policy
from tests.connectors.conftest import fetch_error, http_response, make_network

ROBOTS = b"""User-agent: *
Disallow: /private

User-agent: akhbar
Disallow: /no-akhbar
Allow: /no-akhbar/but-this
"""


def _site(httpserver, robots_status=200, robots_body=ROBOTS):
    httpserver.expect_request("/robots.txt").respond_with_data(
        robots_body, status=robots_status, content_type="text/plain")
    for path in ("/news/1", "/private", "/no-akhbar/x", "/no-akhbar/but-this"):
        httpserver.expect_request(path).respond_with_data("<p>page</p>", content_type="text/html")


def test_robots_disallow_for_our_agent(httpserver):
    _site(httpserver)
    with Fetcher(make_network(respect_robots=True)) as fetcher:
        assert fetcher.fetch(httpserver.url_for("/news/1")).status == 200
        assert fetcher.fetch(httpserver.url_for("/private")).status == 200  # our group allows it
        err = fetch_error(fetcher, httpserver.url_for("/no-akhbar/x"))
        assert err.kind == "robots_disallowed"
        assert fetcher.fetch(httpserver.url_for("/no-akhbar/but-this")).status == 200
        assert fetcher.robots_fetches == 1
    paths = [req.path for req, _ in httpserver.log]
    assert paths.count("/robots.txt") == 1
    assert "/no-akhbar/x" not in paths


def test_robots_fetched_once_under_concurrency(httpserver):
    _site(httpserver)
    with Fetcher(make_network(respect_robots=True, concurrency=8)) as fetcher:
        results = list(fetcher.fetch_many(
            (i, httpserver.url_for("/news/1"), "page") for i in range(16)))
    assert len(results) == 16
    assert all(r.status == 200 for _, r in results)
    assert [req.path for req, _ in httpserver.log].count("/robots.txt") == 1


@pytest.mark.parametrize("status", [500, 503])
def test_robots_5xx_disallows_everything(httpserver, status):
    _site(httpserver, robots_status=status, robots_body=b"")
    with Fetcher(make_network(respect_robots=True)) as fetcher:
        err = fetch_error(fetcher, httpserver.url_for("/news/1"))
    assert err.kind == "robots_disallowed"
    assert "/news/1" not in [req.path for req, _ in httpserver.log]


@pytest.mark.parametrize("status", [401, 403, 404, 410])
def test_robots_4xx_allows_everything(httpserver, status):
    _site(httpserver, robots_status=status, robots_body=b"User-agent: *\nDisallow: /\n")
    with Fetcher(make_network(respect_robots=True)) as fetcher:
        assert fetcher.fetch(httpserver.url_for("/private")).status == 200


def test_robots_unreachable_disallows(raw_server):
    def handler(conn, head):
        if b"GET /robots.txt" in head:
            conn.shutdown(2)  # closes without an answer
        else:
            conn.sendall(http_response(b"<p>x</p>"))

    server = raw_server(handler)
    with Fetcher(make_network(respect_robots=True)) as fetcher:
        err = fetch_error(fetcher, server.url("/news"))
    assert err.kind == "robots_disallowed"
    assert not any(b"GET /news" in r for r in server.requests)


def test_respect_robots_false_skips_robots(httpserver):
    _site(httpserver, robots_body=b"User-agent: *\nDisallow: /\n")
    with Fetcher(make_network(respect_robots=False)) as fetcher:
        assert fetcher.fetch(httpserver.url_for("/news/1")).status == 200
    assert "/robots.txt" not in [req.path for req, _ in httpserver.log]


def test_robots_policy_pure():
    assert robots_policy(None, None).allows("http://x/a", "akhbar") is False
    assert robots_policy(429, None).allows("http://x/a", "akhbar") is False
    assert robots_policy(404, None).allows("http://x/a", "akhbar") is True
    policy = robots_policy(200, b"User-agent: *\nDisallow: /*.pdf$\nAllow: /\n")
    assert policy.allows("http://x/a.html", "akhbar") is True
    assert policy.allows("http://x/doc.pdf", "akhbar") is False
    assert robots_policy(200, b"").allows("http://x/anything", "akhbar") is True
