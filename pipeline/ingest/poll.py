"""Beam transform: poll every configured feed and emit its items, rejects and feed state.

Uses connectors.feeds for the HTTP and parsing work and the lake's `state/feeds` for
conditional GET; it does not fetch article pages.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

import apache_beam as beam
from apache_beam.metrics import Metrics

from connectors.errors import FetchError
from connectors.feeds import poll_feed
from connectors.http import Fetcher
from pipeline.context import RunContext
from pipeline.ingest.new_items import item_key
from pipeline.lake.rejects import make_reject
from pipeline.lake.store import read_columns

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


def settle_feed_state(row: dict, transient_feeds, *_written) -> dict:
    """A feed-state row as it is written at the end of a run: its validators (ETag,
    Last-Modified) are kept only when none of its items must be fetched again (its feed_url
    is not among `transient_feeds`), or a 304 would hide them from the next run."""
    if row["feed_url"] in transient_feeds:
        row = {**row, "etag": None, "last_modified": None}
    return row


def item_record(item, feed: dict, named=str) -> dict:
    """A feed item as the plain dict the rest of the pipeline carries (`named`: its link as
    the lake records it, see RunContext.named)."""
    url = named(item.url)
    return {
        "url": url,
        "url_key": item_key(url),
        "feed_url": feed["url"],
        "source": feed["id"],
        "source_name": feed["name"],
        "language": feed.get("language") or "ar",
        "country": feed.get("country"),
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

    def poll(self, feed: dict) -> list:
        """The outputs of polling one feed (thread-safe: it counts nothing)."""
        ctx = self._ctx
        now = datetime.now(timezone.utc)
        previous = self._states.get(feed["url"], {})
        try:
            poll = poll_feed(
                self._fetcher, ctx.reach(feed["url"]),
                etag=previous.get("etag"), last_modified=previous.get("last_modified"),
            )
        except FetchError as err:
            return [beam.pvalue.TaggedOutput(REJECTS, make_reject(
                url=None, feed_url=feed["url"], source=feed["id"], stage="feed",
                error=err.kind, message=ctx.named(str(err)), at=now, run_id=ctx.run_id,
            ))]
        outputs: list = [beam.pvalue.TaggedOutput(FEED_STATE, {
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
        })]
        for url, kind, message in poll.rejects:
            outputs.append(beam.pvalue.TaggedOutput(REJECTS, make_reject(
                url=url and ctx.named(url), feed_url=feed["url"], source=feed["id"],
                stage="feed", error=kind, message=ctx.named(message), at=now,
                run_id=ctx.run_id,
            )))
        outputs.extend(item_record(item, feed, ctx.named) for item in poll.items)
        return outputs

    def counted(self, outputs: list):
        """Count one feed's outputs (in the DoFn's own thread: Beam's metrics are per thread)."""
        self.feeds_polled.inc()
        for out in outputs:
            if not isinstance(out, beam.pvalue.TaggedOutput):
                self.entries_seen.inc()
            elif out.tag == FEED_STATE and out.value["not_modified"]:
                self.feeds_not_modified.inc()
            yield out

    def process(self, feed: dict):
        yield from self.counted(self.poll(feed))


class PollFeedBatchFn(PollFeedFn):
    """A batch of feed configs, polled concurrently (the fetcher keeps the per-host limits)."""

    def process(self, feeds: list[dict]):
        workers = max(1, min(len(feeds), self._ctx.config.network.concurrency))
        with ThreadPoolExecutor(workers, thread_name_prefix="akhbar-poll") as pool:
            for outputs in pool.map(self.poll, feeds):
                yield from self.counted(outputs)


class PollFeeds(beam.PTransform):
    """PCollection of feed config dicts → tagged outputs items, rejects, feed_state."""

    def __init__(self, ctx: RunContext):
        super().__init__()
        self._ctx = ctx

    def expand(self, feeds):
        return (
            feeds
            | "Spread" >> beam.Reshuffle()
            | "Batch" >> beam.BatchElements(min_batch_size=64, max_batch_size=64)
            | "Poll" >> beam.ParDo(PollFeedBatchFn(self._ctx)).with_outputs(
                REJECTS, FEED_STATE, main=ITEMS
            )
        )
