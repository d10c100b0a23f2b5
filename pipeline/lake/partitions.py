"""The `date=` partition of each dataset's rows: one rule, the UTC day of a timestamp.

articles: the publication day, else the fetch day; signatures: the fetch day (later runs look
signatures back by ingestion day); rejects: the day of the failure; state/feeds: the poll day;
state/runs: the day the run finished. Events take their event day, else their article's
partition (pipeline.events.rows.event_partition).
"""

from __future__ import annotations

from datetime import datetime, timezone


def partition_date(published_at: datetime | None, fallback: datetime) -> str:
    """The `date=` partition value: the UTC day of `published_at`, else of `fallback` (naive
    timestamps are taken as UTC)."""
    when = published_at or fallback
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc)
    return when.strftime("%Y-%m-%d")


def article_partition(row: dict) -> str:
    return partition_date(row["published_at"], row["fetched_at"])


def signature_partition(row: dict) -> str:
    return partition_date(None, row["fetched_at"])


def reject_partition(row: dict) -> str:
    return partition_date(None, row["at"])


def feed_state_partition(row: dict) -> str:
    return partition_date(None, row["polled_at"])
