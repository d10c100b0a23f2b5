"""Politeness gates: a global limit on requests in flight, a per-host limit and a minimum delay
between two request starts to one host. Thread-safe; it must not fetch or know about HTTP."""

from __future__ import annotations

import threading
import time
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
