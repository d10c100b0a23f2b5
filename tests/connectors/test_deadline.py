"""One attempt's total deadline (3 × timeout_s) covers connect, headers and body together: a
server that drips its headers or its body a byte at a time (each read well within timeout_s)
is cut at the deadline, and a body cut that way is a `timeout` (transient), never content.
Servers are raw sockets on 127.0.0.1; every drip ends by itself after DRIP_S."""

from __future__ import annotations

import threading
import time

import pytest

from connectors.errors import FetchError
from connectors.http import Fetcher
from pipeline.lake.rejects import is_transient
from tests.connectors.conftest import make_network

TIMEOUT_S = 0.5  # deadline 1.5 s
DEADLINE_S = 3 * TIMEOUT_S
SLACK_S = 4.0  # the drip's next byte, thread wake-ups on a busy machine (still far below DRIP_S)
DRIP_S = 20.0  # how long a dripping handler goes on at most (the old code waited for it)
ARTICLE = ("<html><body><article><p>" + "قال وزير الخارجية إن المحادثات تناولت التعاون. " * 20
           + "</p></article></body></html>").encode()


def _drip(conn, data: bytes, every_s: float) -> None:
    end = time.monotonic() + DRIP_S
    for i in range(len(data)):
        if time.monotonic() > end:
            return
        conn.sendall(data[i:i + 1])
        time.sleep(every_s)


def _header_drip(conn, _head):
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    _drip(conn, b"X-Slow: " + b"a" * 1000 + b"\r\n", 0.1)


def _header_lines(conn, _head):
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n")
    end = time.monotonic() + DRIP_S
    n = 0
    while time.monotonic() < end:
        conn.sendall(f"X-Line-{n}: {n}\r\n".encode())
        n += 1
        time.sleep(0.2)


def _body_after_60_percent(conn, _head):
    cut = int(len(ARTICLE) * 0.6)
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                 b"Connection: close\r\n\r\n" + ARTICLE[:cut])
    _drip(conn, ARTICLE[cut:], 0.1)


def _body_drip(conn, _head):
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                 b"Connection: close\r\n\r\n")
    _drip(conn, ARTICLE, 0.1)


def _chunked_drip(conn, _head):
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                 b"Transfer-Encoding: chunked\r\n\r\n")
    end = time.monotonic() + DRIP_S
    while time.monotonic() < end:
        conn.sendall(b"1\r\nx\r\n")
        time.sleep(0.1)


@pytest.mark.parametrize("handler", [_header_drip, _header_lines, _body_after_60_percent,
                                     _body_drip, _chunked_drip],
                         ids=["header-bytes", "header-lines", "body-after-60pc", "body-drip",
                              "chunked-drip"])
@pytest.mark.parametrize("kind", ["page", "feed"])
def test_a_dripping_server_is_cut_at_the_deadline_as_a_timeout(raw_server, handler, kind):
    server = raw_server(handler)
    with Fetcher(make_network(timeout_s=TIMEOUT_S)) as fetcher:
        started = time.monotonic()
        with pytest.raises(FetchError) as info:
            fetcher.fetch(server.url("/x"), kind=kind)
        elapsed = time.monotonic() - started
    assert info.value.kind == "timeout", info.value
    assert is_transient(info.value.kind)
    assert DEADLINE_S - 0.1 <= elapsed <= DEADLINE_S + SLACK_S, elapsed


def test_every_retry_gets_its_own_deadline_and_no_more(raw_server):
    server = raw_server(_header_lines)
    with Fetcher(make_network(timeout_s=TIMEOUT_S, retries=1, backoff_s=0.01)) as fetcher:
        started = time.monotonic()
        with pytest.raises(FetchError) as info:
            fetcher.fetch(server.url("/x"))
        elapsed = time.monotonic() - started
    assert info.value.kind == "timeout"
    assert len(server.requests) == 2
    assert elapsed <= 2 * DEADLINE_S + 2 * SLACK_S, elapsed


def test_a_slow_but_complete_page_within_the_deadline_is_content(raw_server):
    def handler(conn, _head):
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                     + f"Content-Length: {len(ARTICLE)}\r\n\r\n".encode())
        half = len(ARTICLE) // 2
        conn.sendall(ARTICLE[:half])
        time.sleep(0.3)
        conn.sendall(ARTICLE[half:])

    server = raw_server(handler)
    with Fetcher(make_network(timeout_s=TIMEOUT_S)) as fetcher:
        result = fetcher.fetch(server.url("/x"))
    assert result.content == ARTICLE


def test_deadlines_share_one_watcher_thread_and_cancelled_ones_never_fire():
    from connectors.http import _AttemptDeadline, _DeadlineWatcher

    _AttemptDeadline(0.01).cancel()  # the watcher exists
    threads = threading.active_count()
    # the first deadline is a second away: on a loaded two-core machine, making 600 deadlines
    # and cancelling half of them has taken more than 50 ms, so a cancel came after its time
    deadlines = [_AttemptDeadline(1.0 + i * 1e-4) for i in range(600)]
    for d in deadlines[::2]:
        d.cancel()
    later = _AttemptDeadline(30.0)  # behind every other one in the heap
    assert time.monotonic() < deadlines[0].at, "the cancels came after the first deadline"
    assert threading.active_count() == threads
    time.sleep(max(0.0, deadlines[-1].at - time.monotonic()) + 0.4)
    assert all(d.expired and d.passed() for d in deadlines[1::2])
    assert not any(d.expired for d in deadlines[::2])
    assert not later.expired and not later.passed()
    later.cancel()
    # nothing but cancelled deadlines is left for the watcher to hold
    assert all(e[2].cancelled for e in _DeadlineWatcher.get()._heap)
