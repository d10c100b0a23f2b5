"""Timeouts, total deadline and retries (backoff, jitter, Retry-After cap) of Fetcher; retry policy.

Servers are local and slow on purpose; every test is bounded by short configured timeouts.
"""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime

from connectors.http import Fetcher
from connectors.retry import parse_retry_after, retry_delay
from tests.connectors.conftest import fetch_error, http_response, make_network


def _sequence(*replies):
    """Handler answering the n-th request with replies[n] (the last one repeats)."""
    count = {"n": 0}

    def handler(conn, head):
        reply = replies[min(count["n"], len(replies) - 1)]
        count["n"] += 1
        if callable(reply):
            reply(conn)
        else:
            conn.sendall(reply)

    return handler


OK = http_response(b"<p>ok</p>")
E503 = http_response(b"busy", status="503 Service Unavailable")
E500 = http_response(b"oops", status="500 Internal Server Error")


def test_slow_server_times_out(raw_server):
    server = raw_server(lambda conn, head: (time.sleep(2), conn.sendall(OK)))
    with Fetcher(make_network(timeout_s=0.3)) as fetcher:
        err = fetch_error(fetcher, server.url("/slow"))
    assert err.kind == "timeout"  # the answer came after 2 s: it was not waited for
    assert len(server.requests) == 1


def test_slow_drip_body_hits_total_deadline(raw_server):
    """One byte every 0.1 s never trips the read timeout; the total deadline (3 x) stops it."""
    def drip(conn, head):
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                     b"Content-Length: 100000\r\n\r\n")
        for _ in range(100):
            conn.sendall(b"a")
            time.sleep(0.1)

    server = raw_server(drip)
    started = time.monotonic()
    with Fetcher(make_network(timeout_s=0.3)) as fetcher:
        err = fetch_error(fetcher, server.url("/drip"))
    elapsed = time.monotonic() - started
    assert err.kind == "timeout"
    assert 0.8 < elapsed < 8.0, elapsed  # the drip lasts 10 s; the deadline is 0.9 s


def test_connection_refused_is_connection_error():
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    with Fetcher(make_network()) as fetcher:
        assert fetch_error(fetcher, f"http://127.0.0.1:{port}/").kind == "connection"


def test_retries_then_success(raw_server):
    server = raw_server(_sequence(E503, E500, OK))
    with Fetcher(make_network(retries=2, backoff_s=0.01)) as fetcher:
        result = fetcher.fetch(server.url("/flaky"))
    assert result.text == "<p>ok</p>"
    assert len(server.requests) == 3


def test_retries_exhausted(raw_server):
    server = raw_server(_sequence(E503))
    with Fetcher(make_network(retries=2, backoff_s=0.01)) as fetcher:
        err = fetch_error(fetcher, server.url("/down"))
    assert (err.kind, err.status) == ("http_status", 503)
    assert len(server.requests) == 3


def test_500_is_retried_then_reported(raw_server):
    server = raw_server(_sequence(E500))
    with Fetcher(make_network(retries=1, backoff_s=0.01)) as fetcher:
        err = fetch_error(fetcher, server.url("/err"))
    assert (err.kind, err.status) == ("http_status", 500)
    assert len(server.requests) == 2


def test_404_is_not_retried(raw_server):
    server = raw_server(_sequence(http_response(b"no", status="404 Not Found")))
    with Fetcher(make_network(retries=3, backoff_s=0.01)) as fetcher:
        err = fetch_error(fetcher, server.url("/missing"))
    assert (err.kind, err.status) == ("http_status", 404)
    assert len(server.requests) == 1


def test_timeout_is_retried(raw_server):
    server = raw_server(_sequence(lambda conn: time.sleep(1), OK))
    with Fetcher(make_network(timeout_s=0.3, retries=1, backoff_s=0.01)) as fetcher:
        assert fetcher.fetch(server.url("/")).status == 200
    assert len(server.requests) == 2


def test_429_retry_after_is_honoured(raw_server):
    too_many = http_response(b"slow down", status="429 Too Many Requests",
                             extra="Retry-After: 1\r\n")
    server = raw_server(_sequence(too_many, OK))
    with Fetcher(make_network(retries=1, backoff_s=0.01, retry_after_cap_s=5)) as fetcher:
        result = fetcher.fetch(server.url("/"))
    assert result.status == 200
    assert server.starts[1] - server.starts[0] >= 0.95


def test_retry_after_above_cap_gives_up_at_once(raw_server):
    too_many = http_response(b"come back tomorrow", status="429 Too Many Requests",
                             extra="Retry-After: 86400\r\n")
    server = raw_server(_sequence(too_many, OK))
    with Fetcher(make_network(retries=3, retry_after_cap_s=2)) as fetcher:
        err = fetch_error(fetcher, server.url("/"))
    assert (err.kind, err.status) == ("http_status", 429)
    assert len(server.requests) == 1  # no retry, and no wait before giving up


# --- the pure policy --------------------------------------------------------------------------
def test_backoff_doubles_with_bounded_jitter():
    rng = random.Random(7)
    delays = [retry_delay(a, retries=5, backoff_s=1.0, retry_after_cap_s=30, status=503, rng=rng)
              for a in range(4)]
    for attempt, delay in enumerate(delays):
        assert 0.5 * 2 ** attempt <= delay <= 1.5 * 2 ** attempt
    assert len({round(d / 2 ** a, 6) for a, d in enumerate(delays)}) > 1  # jitter varies


def test_no_retry_past_the_budget_or_for_client_errors():
    kw = {"retries": 2, "backoff_s": 0.1, "retry_after_cap_s": 30}
    assert retry_delay(2, status=503, **kw) is None
    assert retry_delay(0, status=404, **kw) is None
    assert retry_delay(0, error_kind="blocked_address", **kw) is None
    assert retry_delay(0, error_kind="too_large", **kw) is None
    assert retry_delay(0, error_kind="connection", **kw) is not None


def test_retry_after_forms():
    now = datetime(2024, 7, 24, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("120") == 120
    assert parse_retry_after("Wed, 24 Jul 2024 12:00:30 GMT", now) == 30
    assert parse_retry_after("Wed, 24 Jul 2024 11:00:00 GMT", now) == 0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
    delay = retry_delay(0, retries=1, backoff_s=0.01, retry_after_cap_s=60, status=429,
                        retry_after="Wed, 24 Jul 2024 12:00:30 GMT", now=now)
    assert delay == 30
