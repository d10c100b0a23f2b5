"""Safe HTTP GET for pages and feeds: SSRF guard, robots.txt, politeness, limits, retries, decoding.

The only module that opens sockets. It composes the pure units (urls, ssrf, robots, retry,
content_types, charset, politeness) and must hold no feed or extraction logic.

Error kinds (FetchError.kind, stable strings; see connectors.errors.KINDS):
  bad_url, url_too_long, dns, blocked_address, robots_disallowed, connection, tls, timeout,
  http_status (.status set), too_many_redirects, redirect_loop, unsupported_type, too_large,
  truncated, decompression, no_content, internal (a bug, reported by fetch_many only);
  feeds.py adds feed_parse.
"""

from __future__ import annotations

import contextlib
import heapq
import os
import socket
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.exceptions import (
    ConnectTimeoutError,
    DecodeError,
    HTTPError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
    SSLError,
)

from connectors import content_types
from connectors.charset import decode_html
from connectors.errors import KINDS, FetchError
from connectors.politeness import HostGate, HostScheduler
from connectors.retry import retry_delay
from connectors.robots import ROBOTS_MAX_BYTES, RobotsCache
from connectors.ssrf import Resolver, checked_address, parse_allow, system_resolver
from connectors.urls import Target, check_url, redirect_url

if TYPE_CHECKING:
    from pipeline.config import NetworkConfig

__all__ = ["KINDS", "FetchError", "FetchResult", "Fetcher"]

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
CHUNK_BYTES = 64 * 1024
DEADLINE_FACTOR = 3  # total deadline of one attempt = DEADLINE_FACTOR * network.timeout_s
MAX_POOLS = 256  # connection pools kept (one per scheme/address/port/host name), LRU
ACCEPT_ENCODING = "gzip, deflate, br"
MAX_ROBOTS_SCOPES = 8  # shared robots.txt caches kept per process (one per run), LRU

_robots_scopes: OrderedDict[tuple, RobotsCache] = OrderedDict()
_robots_scopes_lock = threading.Lock()


def _shared_robots(scope: tuple) -> RobotsCache:
    """The process's robots.txt cache for `scope` (a run): Fetchers of one run share it, so
    robots.txt is fetched once per origin per run, not once per Fetcher."""
    with _robots_scopes_lock:
        cache = _robots_scopes.get(scope)
        if cache is None:
            cache = _robots_scopes[scope] = RobotsCache(lambda origin: (None, None))
            while len(_robots_scopes) > MAX_ROBOTS_SCOPES:
                _robots_scopes.popitem(last=False)
        _robots_scopes.move_to_end(scope)
        return cache


@dataclass(frozen=True)
class FetchResult:
    url: str                 # requested URL
    final_url: str           # after redirects
    status: int              # 200, or 304 when not_modified
    headers: dict[str, str]  # lower-cased names
    content: bytes           # decompressed body (b"" for 304)
    text: str | None         # decoded text (for kind="page"; None for feeds)
    encoding: str | None     # the charset used to decode text
    not_modified: bool = False


@dataclass
class _Response:
    status: int
    headers: dict[str, str]
    content: bytes = b""
    address: str = ""  # the IP address connected to
    extra: dict[str, Any] = field(default_factory=dict)


def _header_dict(headers: Any) -> dict[str, str]:
    return {str(k).lower(): str(headers[k]) for k in headers}


def _product_token(user_agent: str) -> str:
    """'akhbar/0.1 (+https://...)' → 'akhbar': the name robots.txt groups are matched against."""
    return (user_agent.split("/", 1)[0].split() or [user_agent])[0]


class _AttemptDeadline:
    """The total deadline of one attempt (connect, headers and body): when it passes, every
    socket the attempt uses is shut down, so a server that drips bytes (each read within
    `timeout_s`) cannot keep it going; `expired` then tells a cut read from a finished one.
    One watcher thread per process fires the deadlines (_DeadlineWatcher), not a thread per
    attempt."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.at = time.monotonic() + seconds
        self.expired = False
        self.cancelled = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        _DeadlineWatcher.get().add(self)

    def watch(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            if not self.expired:
                if not self.cancelled:
                    self._sockets.append(sock)
                return
        _shut(sock)

    def passed(self) -> bool:
        return self.expired or time.monotonic() > self.at

    def fire(self) -> None:
        with self._lock:
            if self.cancelled:
                return
            self.expired = True
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            _shut(sock)

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            self._sockets = []
        _DeadlineWatcher.get().cancelled()


class _DeadlineWatcher:
    """Fires the attempt deadlines of this process from one daemon thread: a heap by time,
    woken when a deadline earlier than every pending one is added; it sleeps until the first
    deadline not cancelled yet. Cancelled deadlines leave the heap when they reach its head,
    or all at once when they are most of it. (A timer thread per attempt cost a thread start
    and its wake-ups for every page, about 0.1 ms of CPU.)"""

    _instance: _DeadlineWatcher | None = None
    _instance_lock = threading.Lock()

    def __init__(self):
        self._pid = os.getpid()
        self._cond = threading.Condition(threading.Lock())
        self._heap: list[tuple[float, int, _AttemptDeadline]] = []
        self._seq = 0
        self._cancelled = 0
        threading.Thread(target=self._run, name="akhbar-deadlines", daemon=True).start()

    @classmethod
    def get(cls) -> _DeadlineWatcher:
        watcher = cls._instance
        if watcher is not None and watcher._pid == os.getpid():
            return watcher
        with cls._instance_lock:  # first use, or first use in a forked child
            if cls._instance is None or cls._instance._pid != os.getpid():
                cls._instance = cls()
            return cls._instance

    def add(self, deadline: _AttemptDeadline) -> None:
        with self._cond:
            self._seq += 1
            heapq.heappush(self._heap, (deadline.at, self._seq, deadline))
            if self._heap[0][2] is deadline:
                self._cond.notify()

    def cancelled(self) -> None:
        """One more deadline was cancelled: drop the cancelled ones from the heap once they are
        most of it (they leave it anyway when they reach its head)."""
        with self._cond:
            self._cancelled += 1
            if self._cancelled > 256 and self._cancelled * 2 > len(self._heap):
                self._heap = [e for e in self._heap if not e[2].cancelled]
                heapq.heapify(self._heap)
                self._cancelled = 0

    def _run(self) -> None:
        while True:
            with self._cond:
                while True:
                    while self._heap and self._heap[0][2].cancelled:
                        heapq.heappop(self._heap)
                    if not self._heap:
                        self._cond.wait()
                        continue
                    wait = self._heap[0][0] - time.monotonic()
                    if wait <= 0:
                        break
                    self._cond.wait(wait)
                now = time.monotonic()
                due = []
                while self._heap and self._heap[0][0] <= now:
                    due.append(heapq.heappop(self._heap)[2])
            for deadline in due:
                deadline.fire()


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sock.shutdown(socket.SHUT_RDWR)


_attempt_state = threading.local()  # .deadline: the running attempt's _AttemptDeadline


def _watch_socket(sock) -> None:
    deadline = getattr(_attempt_state, "deadline", None)
    if deadline is not None:
        deadline.watch(sock)


class _WatchedHTTPConnection(HTTPConnection):
    """An urllib3 connection whose socket the running attempt's deadline can shut down."""

    def _new_conn(self):
        sock = super()._new_conn()
        _watch_socket(sock)
        return sock

    def request(self, *args, **kwargs):
        _watch_socket(self.sock)  # a kept-alive connection's socket
        return super().request(*args, **kwargs)


class _WatchedHTTPSConnection(HTTPSConnection):
    def _new_conn(self):
        sock = super()._new_conn()
        _watch_socket(sock)  # also bounds the TLS handshake
        return sock

    def request(self, *args, **kwargs):
        _watch_socket(self.sock)
        return super().request(*args, **kwargs)


class Fetcher:
    """Fetches under one NetworkConfig; thread-safe; use one per worker process and close() it.

    `resolver` (host, port) → addresses is the one DNS lookup per hop (tests patch it);
    `ca_certs` is a CA bundle path for TLS (None: the system store);
    `robots_scope` (e.g. the run id): Fetchers given the same scope share one robots.txt cache.
    """

    def __init__(self, network: NetworkConfig, *, resolver: Resolver | None = None,
                 ca_certs: str | None = None, sleep=time.sleep,
                 robots_scope: str | None = None, decode_pages: bool = True):
        self.network = network
        self._decode_pages = decode_pages  # False: callers decode `content` themselves
        self._allow = parse_allow(network.allow_private)
        self._resolver = resolver or system_resolver
        self._ca_certs = ca_certs
        self._sleep = sleep
        self._timeout = urllib3.Timeout(connect=network.timeout_s, read=network.timeout_s)
        self._deadline_s = DEADLINE_FACTOR * network.timeout_s
        self._gate = HostGate(network.concurrency, network.per_host_concurrency,
                              network.per_host_delay_s)
        self._robots_agent = _product_token(network.user_agent)
        self._robots = (RobotsCache(self._fetch_robots) if robots_scope is None else
                        _shared_robots((robots_scope, self._robots_agent)))
        self._pools: OrderedDict[tuple, urllib3.HTTPConnectionPool] = OrderedDict()
        self._pools_lock = threading.Lock()
        self._closed = False

    # --- public API ----------------------------------------------------------------------------
    def fetch(self, url: str, *, kind: str = "page", etag: str | None = None,
              last_modified: str | None = None) -> FetchResult:
        """GET `url` (kind "page", "feed" or "sitemap"); raises FetchError. 304 → not_modified
        result."""
        if kind not in ("page", "feed", "sitemap"):
            raise ValueError(f"kind must be 'page', 'feed' or 'sitemap', not {kind!r}")
        return self._fetch(url, kind, etag=etag, last_modified=last_modified,
                           check_robots=self.network.respect_robots)

    def fetch_many(self, requests: Iterable[tuple[Any, str, str]]
                   ) -> Iterator[tuple[Any, FetchResult | FetchError]]:
        """requests: (key, url, kind) triples; fetched concurrently under the global and per-host
        limits; yields (key, result-or-error) as each completes. Never raises for a single URL.

        Requests wait in per-host queues (a bounded look-ahead of the input) and start when
        their host has a free slot, so one slow or busy site does not idle the others."""
        net = self.network
        workers = max(1, net.concurrency)
        lookahead = 16 * workers  # requests read ahead of the input; keeps memory flat
        scheduler = HostScheduler(workers, net.per_host_concurrency)
        pending: dict[Future, tuple[Any, str]] = {}
        source = iter(requests)
        exhausted = False
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="akhbar-fetch") as pool:
            while True:
                while not exhausted and len(scheduler) < lookahead:
                    try:
                        key, url, kind = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    scheduler.add(_host_key(url), (key, url, kind))
                for host, (key, url, kind) in scheduler.start_ready():
                    pending[pool.submit(self._fetch_safely, url, kind)] = (key, host)
                if not pending:
                    return
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    key, host = pending.pop(fut)
                    scheduler.finished(host)
                    yield key, fut.result()

    def close(self) -> None:
        with self._pools_lock:
            self._closed = True
            for pool in self._pools.values():
                pool.close()
            self._pools.clear()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def robots_sitemaps(self, origin: str) -> list[str]:
        """The `Sitemap:` URLs of origin's robots.txt (read once per run, like its rules)."""
        policy = self._robots.policy(origin, self._fetch_robots)
        return list(policy.rules.sitemaps) if policy.rules is not None else []

    @property
    def robots_fetches(self) -> int:
        """How many robots.txt files were fetched (one per origin per Fetcher)."""
        return self._robots.fetches

    # --- the chain -------------------------------------------------------------------------------
    def _fetch_safely(self, url: str, kind: str) -> FetchResult | FetchError:
        try:
            return self.fetch(url, kind=kind)
        except FetchError as err:
            return err
        except Exception as exc:  # noqa: BLE001 - a bug must not take the batch down: per URL
            return FetchError("internal", f"{type(exc).__name__}: {exc}", str(url))

    def _fetch(self, url: str, kind: str, *, etag: str | None = None,
               last_modified: str | None = None, check_robots: bool = True) -> FetchResult:
        net = self.network
        target = check_url(url, net.max_url_length)
        visited = {target.url}
        conditional = {}
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified:
            conditional["If-Modified-Since"] = last_modified
        redirects = 0
        while True:
            # One DNS lookup per hop, checked before anything is sent; every attempt on this hop
            # connects to exactly this address (no second lookup: DNS rebinding cannot switch it).
            address = checked_address(target.host, target.port, url, self._allow, self._resolver)
            if check_robots:
                allowed, why = self._robots.allows(target.origin, target.url, self._robots_agent,
                                                   self._fetch_robots)
                if not allowed:
                    raise FetchError("robots_disallowed", f"robots.txt forbids it ({why})", url)
            resp = self._with_retries(target, address, kind, conditional, url)
            location = resp.headers.get("location") if resp.status in REDIRECT_STATUSES else None
            if location:
                nxt = redirect_url(target.url, location)
                redirects += 1
                if redirects > net.max_redirects:
                    raise FetchError("too_many_redirects",
                                     f"more than {net.max_redirects} redirects", url)
                target = check_url(nxt, net.max_url_length)
                if target.url in visited:
                    raise FetchError("redirect_loop", f"redirect back to {target.url}", url)
                visited.add(target.url)
                continue
            if resp.status == 304 and conditional:
                return FetchResult(url, target.url, 304, resp.headers, b"", None, None, True)
            if not 200 <= resp.status < 300:
                raise FetchError("http_status", f"HTTP {resp.status}", url, status=resp.status)
            if not resp.content and kind != "robots":
                raise FetchError("no_content", f"empty body (HTTP {resp.status})", url,
                                 status=resp.status)
            text = encoding = None
            if kind == "page" and self._decode_pages:
                text, encoding = decode_html(resp.content, resp.headers.get("content-type"))
            return FetchResult(url, target.url, resp.status, resp.headers, resp.content, text,
                               encoding)

    def _with_retries(self, target: Target, address: str, kind: str,
                      conditional: dict[str, str], url: str) -> _Response:
        net = self.network
        attempt = 0
        while True:
            try:
                resp = self._attempt(target, address, kind, conditional, url)
            except FetchError as err:
                delay = retry_delay(attempt, retries=net.retries, backoff_s=net.backoff_s,
                                    retry_after_cap_s=net.retry_after_cap_s, error_kind=err.kind)
                if delay is None:
                    raise
            else:
                delay = retry_delay(attempt, retries=net.retries, backoff_s=net.backoff_s,
                                    retry_after_cap_s=net.retry_after_cap_s, status=resp.status,
                                    retry_after=resp.headers.get("retry-after"))
                if delay is None:
                    return resp
            self._sleep(delay)
            attempt += 1

    def _pool(self, target: Target, address: str) -> urllib3.HTTPConnectionPool:
        key = (target.scheme, address, target.port, target.host)
        with self._pools_lock:
            if self._closed:
                raise FetchError("connection", "fetcher is closed", target.url)
            pool = self._pools.get(key)
            if pool is not None:
                self._pools.move_to_end(key)
                return pool
            common = {"port": target.port, "maxsize": max(1, self.network.per_host_concurrency),
                          "block": False, "timeout": self._timeout, "retries": False}
            if target.scheme == "https":
                # Connect to the checked address; SNI and certificate checks use the host name.
                pool = urllib3.HTTPSConnectionPool(
                    address, server_hostname=target.host, assert_hostname=target.host,
                    cert_reqs="CERT_REQUIRED", ca_certs=self._ca_certs, **common)
                pool.ConnectionCls = _WatchedHTTPSConnection
            else:
                pool = urllib3.HTTPConnectionPool(address, **common)
                pool.ConnectionCls = _WatchedHTTPConnection
            self._pools[key] = pool
            while len(self._pools) > MAX_POOLS:
                _, old = self._pools.popitem(last=False)
                old.close()
            return pool

    def _attempt(self, target: Target, address: str, kind: str, conditional: dict[str, str],
                 url: str) -> _Response:
        """One request to one hop, to the already checked `address`, body read bounded."""
        pool = self._pool(target, address)
        headers = {
            "Host": target.host_header,
            "User-Agent": self.network.user_agent,
            "Accept": content_types.ACCEPT[kind],
            "Accept-Encoding": ACCEPT_ENCODING,
            **conditional,
        }
        with self._gate.slot(target.host):
            deadline = _AttemptDeadline(self._deadline_s)
            _attempt_state.deadline = deadline
            try:
                try:
                    resp = pool.urlopen("GET", target.request_target, headers=headers,
                                        redirect=False, retries=False, preload_content=False,
                                        decode_content=True, assert_same_host=False,
                                        timeout=self._timeout)
                except HTTPError as exc:
                    if deadline.passed():
                        raise self._deadline_error(url) from None
                    raise _map_error(exc, url) from None
                except OSError as exc:
                    if deadline.passed():
                        raise self._deadline_error(url) from None
                    raise FetchError("connection", f"{type(exc).__name__}: {exc}",
                                     url) from None
                try:
                    return self._read(resp, target, kind, url, address, deadline)
                finally:
                    resp.release_conn()
            finally:
                deadline.cancel()
                _attempt_state.deadline = None

    def _deadline_error(self, url: str) -> FetchError:
        return FetchError("timeout", f"total deadline {self._deadline_s:g}s passed (connect, "
                          "headers and body of one attempt)", url)

    def _read(self, resp: urllib3.BaseHTTPResponse, target: Target, kind: str, url: str,
              address: str, deadline: _AttemptDeadline) -> _Response:
        status = resp.status
        headers = _header_dict(resp.headers)
        if not 200 <= status < 300 or status == 204:
            resp.close()  # bodies of errors/redirects are not read (no unbounded drain)
            return _Response(status, headers, b"", address)
        if not content_types.accepted(kind, headers.get("content-type")):
            resp.close()
            raise FetchError("unsupported_type",
                             f"Content-Type {headers.get('content-type')!r} for a {kind}", url,
                             status=status)
        limit = ROBOTS_MAX_BYTES if kind == "robots" else self.network.max_bytes
        length = headers.get("content-length", "").strip()
        if length.isdigit() and int(length) > limit and kind != "robots":
            resp.close()
            raise FetchError("too_large", f"Content-Length {length} > max_bytes {limit}", url,
                             status=status)
        chunks: list[bytes] = []
        size = 0
        try:
            while True:
                if deadline.passed():
                    raise self._deadline_error(url)
                chunk = resp.read1(CHUNK_BYTES)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit or resp.tell() > limit:
                    if kind == "robots":  # RFC 9309: read the first 500 KiB, ignore the rest
                        chunks.append(chunk)
                        break
                    decoded = " after decompression" if headers.get("content-encoding") else ""
                    raise FetchError("too_large", f"body larger than max_bytes {limit}{decoded}",
                                     url, status=status)
                chunks.append(chunk)
            if deadline.passed():  # the end came from the deadline's shutdown: a cut body
                raise self._deadline_error(url)
        except FetchError:
            resp.close()
            raise
        except (HTTPError, OSError) as exc:
            resp.close()
            if deadline.passed():
                raise self._deadline_error(url) from None
            raise _map_error(exc, url, reading=True) from None
        body = b"".join(chunks)
        if kind == "robots":
            body = body[:limit]
        return _Response(status, headers, body, address)

    def _fetch_robots(self, origin: str) -> tuple[int | None, bytes | None]:
        """(status, body) of origin/robots.txt; (None, None) when unreachable. Never raises."""
        try:
            result = self._fetch(origin + "/robots.txt", "robots", check_robots=False)
        except FetchError as err:
            if err.kind == "http_status":
                return err.status, None
            return None, None
        return result.status, result.content


def _host_key(url: str) -> str:
    """The host a URL is queued under (its lower-cased netloc; "" when it has none)."""
    try:
        return (urlsplit(url).netloc or "").lower()
    except ValueError:
        return ""


def _map_error(exc: BaseException, url: str, reading: bool = False) -> FetchError:
    """urllib3/socket exception → FetchError with a stable kind."""
    text = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, NewConnectionError) and not isinstance(exc, NameResolutionError):
        # urllib3 derives NewConnectionError from ConnectTimeoutError: refused is not a timeout
        if "timed out" not in str(exc):
            return FetchError("connection", text, url)
    if isinstance(exc, (ConnectTimeoutError, ReadTimeoutError, TimeoutError)):
        return FetchError("timeout", text, url)
    if isinstance(exc, SSLError):
        return FetchError("tls", text, url)
    if isinstance(exc, DecodeError):
        return FetchError("decompression", text, url)
    reason = getattr(exc, "reason", None)
    if isinstance(reason, (ConnectTimeoutError, ReadTimeoutError, TimeoutError)):
        return FetchError("timeout", text, url)
    if isinstance(reason, SSLError):
        return FetchError("tls", text, url)
    if isinstance(exc, ProtocolError) and reading:
        return FetchError("truncated", f"connection closed mid-body: {text}", url)
    if isinstance(exc, (NewConnectionError, ProtocolError, OSError, HTTPError)):
        return FetchError("connection", text, url)
    return FetchError("connection", text, url)
