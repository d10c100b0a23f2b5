"""Retry policy: which failures are retried, and how long to wait (exponential backoff, jitter,
Retry-After up to a cap). Pure; it must not sleep or fetch (http.py does)."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
RETRY_KINDS = frozenset({"connection", "timeout", "truncated"})


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After (delta-seconds or HTTP-date) → seconds to wait (>= 0), None if absent/invalid."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    return max(0.0, (when - now).total_seconds())


def retry_delay(attempt: int, *, retries: int, backoff_s: float, retry_after_cap_s: float,
                status: int | None = None, error_kind: str | None = None,
                retry_after: str | None = None, rng: random.Random | None = None,
                now: datetime | None = None) -> float | None:
    """Seconds to wait before attempt `attempt + 1`, or None when there must be no retry.

    `attempt` counts from 0 (the first try). Retried: connection errors, timeouts, truncated
    bodies, 5xx gateway/server errors and 429. Delay = backoff_s * 2**attempt * U(0.5, 1.5),
    or the server's Retry-After when longer; a Retry-After above the cap means give up now.
    """
    if attempt >= retries:
        return None
    if status is not None:
        if status not in RETRY_STATUSES:
            return None
    elif error_kind not in RETRY_KINDS:
        return None
    rng = rng or random
    delay = backoff_s * (2 ** attempt) * rng.uniform(0.5, 1.5)
    wait = parse_retry_after(retry_after, now) if status in (429, 503) else None
    if wait is not None:
        if wait > retry_after_cap_s:
            return None
        delay = max(delay, wait)
    return delay
