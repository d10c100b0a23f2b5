"""Beam transform: poll every configured feed and emit its items, rejects and feed state.

Uses connectors.feeds for the HTTP and parsing work and the lake's `state/feeds` for
conditional GET; it does not fetch article pages.
"""

from __future__ import annotations

from datetime import datetime, timezone

import apache_beam as beam
from apache_beam.metrics import Metrics

from connectors.errors import FetchError
from connectors.feeds import poll_feed
from connectors.http import Fetcher
from pipeline.context import RunContext
from pipeline.lake import read_columns
from pipeline.rejects import make_reject
from pipeline.urls import canonicalize_url

ITEMS, REJECTS, FEED_STATE = "items", "rejects", "feed_state"
FEED_STATE_DATASET = "state/feeds"


def latest_feed_states(rows) -> dict[str, dict]:
    """feed_url → the newest state row (etag, last_modified) among `rows`."""
    latest: dict[str, dict] = {}
    for row in rows:
        url = row.get("feed_url")
        if url and (url not in latest or (row["polled_at"] or 0) > (latest[url]["polled_at"] or 0)):
            latest[url] = row
    return latest


def item_record(item, feed: dict) -> dict:
    """A feed item as the plain dict the rest of the pipeline carries."""
    return {
        "url": item.url,
        "url_key": canonicalize_url(item.url),
        "feed_url": feed["url"],
        "source": feed["id"],
        "source_name": feed["name"],
        "language": feed.get("language") or "ar",
        "title": item.title,
        "published": item.published,
    }


class PollFeedFn(beam.DoFn):
    """Feed config dict → item records (main), reject rows and feed-state rows (tagged)."""

    def __init__(self, ctx: RunContext):
        self._ctx = ctx
        self.feeds_polled = Metrics.counter("akhbar", "feeds_polled")
        self.feeds_not_modified = Metrics.counter("akhbar", "feeds_not_modified")
        self.entries_seen = Metrics.counter("akhbar", "entries_seen")

    def setup(self):
        self._fetcher = Fetcher(self._ctx.config.network, robots_scope=self._ctx.run_id)
        columns = ["feed_url", "etag", "last_modified", "polled_at"]
        self._states = latest_feed_states(
            read_columns(self._ctx.lake, FEED_STATE_DATASET, columns)
        )

    def teardown(self):
        fetcher = getattr(self, "_fetcher", None)
        if fetcher is not None:
            fetcher.close()

    def process(self, feed: dict):
        ctx = self._ctx
        now = datetime.now(timezone.utc)
        previous = self._states.get(feed["url"], {})
        self.feeds_polled.inc()
        try:
            poll = poll_feed(
                self._fetcher, feed["url"],
                etag=previous.get("etag"), last_modified=previous.get("last_modified"),
            )
        except FetchError as err:
            yield beam.pvalue.TaggedOutput(REJECTS, make_reject(
                url=None, feed_url=feed["url"], source=feed["id"], stage="feed",
                error=err.kind, message=str(err), at=now, run_id=ctx.run_id,
            ))
            return
        if poll.not_modified:
            self.feeds_not_modified.inc()
        yield beam.pvalue.TaggedOutput(FEED_STATE, {
            "feed_id": feed["id"],
            "feed_url": feed["url"],
            "etag": poll.etag or previous.get("etag"),
            "last_modified": poll.last_modified or previous.get("last_modified"),
            "polled_at": now,
            "not_modified": poll.not_modified,
            "items": len(poll.items),
            "bozo": poll.bozo,
            "bozo_message": poll.bozo_message,
            "run_id": ctx.run_id,
        })
        for url, kind, message in poll.rejects:
            yield beam.pvalue.TaggedOutput(REJECTS, make_reject(
                url=url, feed_url=feed["url"], source=feed["id"], stage="feed",
                error=kind, message=message, at=now, run_id=ctx.run_id,
            ))
        for item in poll.items:
            self.entries_seen.inc()
            yield item_record(item, feed)


class PollFeeds(beam.PTransform):
    """PCollection of feed config dicts → tagged outputs items, rejects, feed_state."""

    def __init__(self, ctx: RunContext):
        super().__init__()
        self._ctx = ctx

    def expand(self, feeds):
        return (
            feeds
            | "Spread" >> beam.Reshuffle()
            | "Poll" >> beam.ParDo(PollFeedFn(self._ctx)).with_outputs(
                REJECTS, FEED_STATE, main=ITEMS
            )
        )
