"""Politeness as the server sees it: per-host concurrency, per-host delay, global concurrency.

Local servers only; host names are mapped to 127.0.0.1 by a test resolver.
"""

from __future__ import annotations

import time

from connectors.http import Fetcher, FetchError
from tests.connectors.conftest import http_response, make_network


def _slow_ok(server):
    def handler(conn, head):
        time.sleep(0.2)
        server().answering()
        conn.sendall(http_response(b"<p>ok</p>"))

    return handler


def _slow_server(raw_server):
    holder = []
    holder.append(raw_server(_slow_ok(lambda: holder[0])))
    return holder[0]


def test_per_host_concurrency_observed_by_server(raw_server):
    server = _slow_server(raw_server)
    net = make_network(concurrency=8, per_host_concurrency=2)
    with Fetcher(net) as fetcher:
        results = list(fetcher.fetch_many((i, server.url(f"/{i}"), "page") for i in range(8)))
    assert sorted(k for k, _ in results) == list(range(8))
    assert all(r.status == 200 for _, r in results)
    assert server.peak == 2


def test_global_concurrency_across_hosts(raw_server):
    server = _slow_server(raw_server)
    net = make_network(concurrency=3, per_host_concurrency=4)
    hosts = ["a.example", "b.example", "c.example"]
    with Fetcher(net, resolver=lambda host, port: ["127.0.0.1"]) as fetcher:
        requests = [(i, f"http://{hosts[i % 3]}:{server.port}/{i}", "page") for i in range(12)]
        results = dict(fetcher.fetch_many(requests))
    assert all(r.status == 200 for r in results.values())
    assert server.peak == 3


def test_per_host_delay_between_request_starts(raw_server):
    server = raw_server(lambda conn, head: conn.sendall(http_response(b"<p>ok</p>")))
    net = make_network(concurrency=4, per_host_concurrency=4, per_host_delay_s=0.2)
    with Fetcher(net) as fetcher:
        results = list(fetcher.fetch_many((i, server.url(f"/{i}"), "page") for i in range(4)))
    assert len(results) == 4
    # The server sees a start when its thread gets to it: on a loaded machine one start can be
    # seen late and the next one right after it. What the delay guarantees is that the k-th
    # request starts no earlier than k delays after the first.
    starts = sorted(server.starts)
    since_first = [s - starts[0] for s in starts]
    assert all(t >= 0.17 * k for k, t in enumerate(since_first)), since_first


def test_fetch_many_reports_errors_per_url(raw_server):
    server = raw_server(lambda conn, head: conn.sendall(http_response(b"<p>ok</p>")))
    with Fetcher(make_network()) as fetcher:
        results = dict(fetcher.fetch_many([
            ("good", server.url("/"), "page"),
            ("bad", "ftp://nowhere/", "page"),
            ("private", "http://10.0.0.1/", "page"),
        ]))
    assert results["good"].status == 200
    assert isinstance(results["bad"], FetchError) and results["bad"].kind == "bad_url"
    assert results["private"].kind == "blocked_address"


def test_user_agent_is_sent(raw_server):
    server = raw_server(lambda conn, head: conn.sendall(http_response(b"<p>ok</p>")))
    with Fetcher(make_network(user_agent="akhbar-test/9.9")) as fetcher:
        fetcher.fetch(server.url("/"))
    assert b"User-Agent: akhbar-test/9.9\r\n" in server.requests[0]
