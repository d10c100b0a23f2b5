"""Fixtures for connector tests: pytest-httpserver on 127.0.0.1 and a raw socket server.

They must never listen beyond loopback nor reach the network.
"""

from __future__ import annotations

import dataclasses
import socket
import threading
import time
from collections.abc import Callable

import pytest

from pipeline.config import NetworkConfig

LOOPBACK = ("127.0.0.0/8",)


def make_network(**overrides) -> NetworkConfig:
    """Fast test defaults: loopback allowed, short timeouts, no robots unless asked."""
    base = NetworkConfig(timeout_s=2.0, retries=0, backoff_s=0.01, retry_after_cap_s=2.0,
                         allow_private=LOOPBACK, respect_robots=False)
    return dataclasses.replace(base, **overrides)


@pytest.fixture(scope="session")
def httpserver_listen_address():
    return ("127.0.0.1", 0)


class RawServer:
    """A threaded TCP server on 127.0.0.1 whose handler writes whatever bytes a test wants.

    handler(conn, request_head: bytes) is called per connection after the request head is read.
    Records request heads, and the peak number of connections handled at once.
    """

    def __init__(self, handler: Callable[[socket.socket, bytes], None], host: str = "127.0.0.1"):
        self.handler = handler
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, 0))
        self.sock.listen(64)
        self.host, self.port = self.sock.getsockname()[:2]
        self.requests: list[bytes] = []
        self.starts: list[float] = []
        self.active = 0
        self.peak = 0
        self._lock = threading.Lock()
        self._local = threading.local()  # per handler thread: has the request been answered?
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path}"

    def _serve(self) -> None:
        self.sock.settimeout(0.2)
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(10)
            head = b""
            try:
                while b"\r\n\r\n" not in head:
                    data = conn.recv(65536)
                    if not data:
                        return
                    head += data
            except OSError:
                return
            with self._lock:
                self.requests.append(head)
                self.starts.append(time.monotonic())
                self.active += 1
                self.peak = max(self.peak, self.active)
            self._local.answered = False
            try:
                self.handler(conn, head)
            except OSError:
                pass
            finally:
                self.answering()

    def answering(self) -> None:
        """A handler calls this just before it sends its response: from then on the request no
        longer counts as in progress (the client may start its next one before this thread
        runs again, which would otherwise inflate the peak)."""
        if not getattr(self._local, "answered", True):
            self._local.answered = True
            with self._lock:
                self.active -= 1

    def close(self) -> None:
        self._stop = True
        self.sock.close()
        self._thread.join(timeout=2)


@pytest.fixture
def raw_server():
    servers: list[RawServer] = []

    def start(handler, host: str = "127.0.0.1") -> RawServer:
        server = RawServer(handler, host)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


def http_response(body: bytes, status: str = "200 OK", content_type: str = "text/html",
                  extra: str = "", length: int | None = None) -> bytes:
    length = len(body) if length is None else length
    head = (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {length}\r\n"
            f"Connection: close\r\n{extra}\r\n")
    return head.encode("latin-1") + body


def fetch_error(fetcher, url: str, **kwargs):
    """The FetchError that fetcher.fetch(url) raises (fails the test when it returns)."""
    with pytest.raises(Exception) as info:
        fetcher.fetch(url, **kwargs)
    from connectors.errors import FetchError

    assert isinstance(info.value, FetchError), repr(info.value)
    return info.value
