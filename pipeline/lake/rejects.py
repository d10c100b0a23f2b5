"""Build reject rows (schemas/rejects.py) and tell transient failures from permanent ones.

A reject is data, not a log line: every failed feed or item becomes exactly one row. This
module only shapes rows; the transforms decide when something failed.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from schemas.version import SCHEMA_VERSION

# URLs are stored (and shown) at most this long: a longer one keeps its first characters and
# a digest of the whole, so it still compares equal to itself and to nothing else.
MAX_STORED_URL = 2048
_KEEP = MAX_STORED_URL - 64

# Error kinds worth trying again on a later run (the item is not marked as done).
TRANSIENT_KINDS = frozenset({"timeout", "connection", "dns", "tls", "truncated"})
TRANSIENT_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


def bounded_url(url: str | None) -> str | None:
    """`url` when at most MAX_STORED_URL characters, else a prefix, its length and a digest."""
    if url is None or len(url) <= MAX_STORED_URL:
        return url
    digest = hashlib.sha1(url.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{url[:_KEEP]}…[{len(url)} chars, sha1 {digest}]"


def make_reject(
    *,
    url: str | None,
    feed_url: str | None,
    source: str | None,
    stage: str,
    error: str,
    message: str,
    at: datetime,
    run_id: str,
) -> dict:
    """One row of the rejects dataset."""
    return {
        "url": bounded_url(url),
        "feed_url": bounded_url(feed_url),
        "source": source,
        "stage": stage,
        "error": error,
        "message": " ".join(str(message).split())[:2000],
        "at": at,
        "run_id": run_id,
        "schema_version": SCHEMA_VERSION,
    }


def is_transient(error: str, message: str = "") -> bool:
    """True when a later run may succeed where this one failed."""
    if error in TRANSIENT_KINDS:
        return True
    if error == "http_status":
        return any(f"HTTP {code}" in message for code in TRANSIENT_STATUSES)
    return False


def reject_key(row: dict) -> str:
    """What makes a reject row one row (its files are named after these keys)."""
    return f"{row['stage']}|{row['feed_url']}|{row['url']}|{row['error']}"
