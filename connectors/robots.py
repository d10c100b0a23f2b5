"""robots.txt: the RFC 9309 policy of a fetched robots.txt; a per-run cache, one fetch per origin.

Parsing is Protego's (Scrapy's RFC 9309 parser); this module must not open sockets itself: the
cache is handed a `fetch_robots(origin)` callable (http.Fetcher passes its own safe fetch).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from protego import Protego

# RFC 9309 §2.5: parsers must read at least 500 KiB; more is ignored.
ROBOTS_MAX_BYTES = 500 * 1024


@dataclass(frozen=True)
class RobotsPolicy:
    """What robots.txt allows for one origin. `rules` is None for allow-all / disallow-all."""

    allow_all: bool
    rules: Protego | None = None
    reason: str = ""

    def allows(self, url: str, user_agent: str) -> bool:
        if self.rules is not None:
            return bool(self.rules.can_fetch(url, user_agent))
        return self.allow_all


ALLOW_ALL = RobotsPolicy(True, None, "no robots.txt rules")


def robots_policy(status: int | None, body: bytes | None) -> RobotsPolicy:
    """Pure, RFC 9309 §2.3.1: 2xx → parse the rules; 4xx ("unavailable") → allow all;
    5xx, 429 or no answer (None: network error) ("unreachable") → disallow all."""
    if status is None:
        return RobotsPolicy(False, None, "robots.txt unreachable")
    if 200 <= status < 300:
        text = (body or b"")[:ROBOTS_MAX_BYTES].decode("utf-8", errors="replace")
        return RobotsPolicy(True, Protego.parse(text), "robots.txt rules")
    if status == 429 or status >= 500:
        return RobotsPolicy(False, None, f"robots.txt answered HTTP {status}")
    if 400 <= status < 500:
        return RobotsPolicy(True, None, f"robots.txt answered HTTP {status}")
    return RobotsPolicy(False, None, f"robots.txt answered HTTP {status}")


class RobotsCache:
    """One RobotsPolicy per origin ("https://host:port"), fetched once per run, thread-safe.

    `fetch_robots(origin)` returns (status or None, body or None); it must not raise.
    """

    def __init__(self, fetch_robots: Callable[[str], tuple[int | None, bytes | None]]):
        self._fetch = fetch_robots
        self._lock = threading.Lock()
        self._policies: dict[str, RobotsPolicy] = {}
        self._origin_locks: dict[str, threading.Lock] = {}
        self.fetches = 0

    def policy(self, origin: str,
               fetch: Callable[[str], tuple[int | None, bytes | None]] | None = None
               ) -> RobotsPolicy:
        """The origin's policy; `fetch` (default: the cache's own) fetches it on first use."""
        with self._lock:
            if origin in self._policies:
                return self._policies[origin]
            origin_lock = self._origin_locks.setdefault(origin, threading.Lock())
        with origin_lock:  # concurrent first requests to one host wait for a single fetch
            with self._lock:
                if origin in self._policies:
                    return self._policies[origin]
            status, body = (fetch or self._fetch)(origin)
            policy = robots_policy(status, body)
            with self._lock:
                self._policies[origin] = policy
                self.fetches += 1
            return policy

    def allows(self, origin: str, url: str, user_agent: str,
               fetch: Callable[[str], tuple[int | None, bytes | None]] | None = None
               ) -> tuple[bool, str]:
        policy = self.policy(origin, fetch)
        return policy.allows(url, user_agent), policy.reason
