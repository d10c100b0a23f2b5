"""Politeness gates: a global limit on requests in flight, a per-host limit and a minimum delay
between two request starts to one host. Thread-safe; it must not fetch or know about HTTP."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class HostGate:
    """`with gate.slot(host): ...` holds one global and one per-host slot for one request."""

    def __init__(self, concurrency: int, per_host_concurrency: int, per_host_delay_s: float,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self._global = threading.BoundedSemaphore(max(1, concurrency))
        self._per_host = max(1, per_host_concurrency)
        self._delay = max(0.0, per_host_delay_s)
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._host_sems: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}

    def _host_sem(self, host: str) -> threading.BoundedSemaphore:
        with self._lock:
            sem = self._host_sems.get(host)
            if sem is None:
                sem = self._host_sems[host] = threading.BoundedSemaphore(self._per_host)
            return sem

    def _reserve_start(self, host: str) -> float:
        """The earliest start for the next request to `host`, booked under the lock."""
        with self._lock:
            now = self._clock()
            start = max(now, self._next_start.get(host, now))
            self._next_start[host] = start + self._delay
            return start - now

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        host_sem = self._host_sem(host)
        with host_sem:
            wait = self._reserve_start(host) if self._delay else 0.0
            if wait > 0:
                self._sleep(wait)
            with self._global:
                yield


class HostScheduler:
    """Picks which queued request to start next, like Scrapy's downloader slots: at most
    `per_host` in flight to one host and `concurrency` overall, hosts served in turn, so that a
    batch of one site's URLs never holds every worker waiting on that site's limit."""

    def __init__(self, concurrency: int, per_host: int):
        self._concurrency = max(1, concurrency)
        self._per_host = max(1, per_host)
        self._queues: dict[str, deque] = {}
        self._active: dict[str, int] = {}
        self._in_flight = 0
        self._queued = 0

    def add(self, host: str, item) -> None:
        self._queues.setdefault(host, deque()).append(item)
        self._queued += 1

    def __len__(self) -> int:
        """Requests queued and not started."""
        return self._queued

    @property
    def in_flight(self) -> int:
        return self._in_flight

    def start_ready(self) -> Iterator[tuple[str, object]]:
        """(host, item) for every request that may start now; each counts as in flight."""
        progress = True
        while progress and self._in_flight < self._concurrency:
            progress = False
            for host in list(self._queues):
                queue = self._queues[host]
                if not queue or self._active.get(host, 0) >= self._per_host:
                    continue
                if self._in_flight >= self._concurrency:
                    return
                item = queue.popleft()
                if not queue:
                    del self._queues[host]
                self._active[host] = self._active.get(host, 0) + 1
                self._in_flight += 1
                self._queued -= 1
                progress = True
                yield host, item

    def finished(self, host: str) -> None:
        self._active[host] -= 1
        self._in_flight -= 1
