"""Beam transform: read the configured sitemaps (`kind: sitemap`) and sites (`kind: site`) and
emit their page URLs as feed items, with rejects and one state row per sitemap read.

connectors.sitemaps does the HTTP and the parsing. This side decides what to follow and what
to skip: child sitemaps and entries whose <lastmod> is older than the previous complete read
of their sitemap (`state/feeds`, less WATERMARK_MARGIN), and, with --since/--until, what lies
outside the dates. It does not fetch article pages.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

import apache_beam as beam
from apache_beam.metrics import Metrics

from connectors.errors import FetchError
from connectors.http import Fetcher
from connectors.sitemaps import (
    MAX_CHILD_SITEMAPS,
    ChildSitemap,
    Sitemap,
    SitemapEntry,
    read_sitemap,
    site_sitemaps,
)
from pipeline.context import RunContext
from pipeline.ingest.poll import FEED_STATE, FEED_STATE_DATASET, ITEMS, REJECTS, latest_feed_states
from pipeline.lake.rejects import make_reject
from pipeline.lake.store import read_columns
from pipeline.text.urls import canonicalize_url

SITEMAP_KINDS = ("sitemap", "site")
# State rows of sitemaps carry the configured entry's URL under this key until they are
# written (it is not a column): a transient failure anywhere under that entry drops them all.
ROOT_KEY = "root_feed_url"
# An entry added to a sitemap some time after its <lastmod> must still be read once: only
# what is older than the previous read by this much is skipped without a look.
WATERMARK_MARGIN = timedelta(days=1)
MAX_DEPTH = 3  # index → index → urlset at most (the protocol allows index → urlset only)
ROUND = 8  # sitemaps fetched at once for one configured entry (entries are held per round)


def sitemap_item(entry: SitemapEntry, feed: dict, sitemap_url: str) -> dict:
    """A sitemap entry as the item record feeds give (plus where it was listed)."""
    return {
        "url": entry.url,
        "url_key": canonicalize_url(entry.url),
        "feed_url": feed["url"],
        "source": feed["id"],
        "source_name": feed["name"],
        "language": entry.language or feed.get("language") or "ar",
        "title": entry.title,
        "published": entry.published,  # the page's own date wins (pipeline.text.extract)
        "lastmod": entry.lastmod,
        "sitemap_url": sitemap_url,
    }


def skipped_by_watermark(lastmod: datetime | None, watermark: datetime | None) -> bool:
    """Whether an entry or child listed with `lastmod` was there at the previous complete read
    of its sitemap (watermark: that read's time)."""
    return lastmod is not None and watermark is not None and (
        lastmod <= watermark - WATERMARK_MARGIN)


class ReadSitemapsFn(beam.DoFn):
    """Configured entry (kind sitemap or site) → item records (main), rejects and state rows
    (tagged): sitemap indexes are followed to their urlsets, a few sitemaps at a time."""

    def __init__(self, ctx: RunContext):
        self._ctx = ctx
        self.read = Metrics.counter("akhbar", "sitemaps_read")
        self.unchanged = Metrics.counter("akhbar", "sitemaps_unchanged")
        self.entries_seen = Metrics.counter("akhbar", "entries_seen")
        self.entries_known = Metrics.counter("akhbar", "entries_known")
        self.out_of_dates = Metrics.counter("akhbar", "entries_out_of_dates")

    def setup(self):
        self._fetcher = Fetcher(self._ctx.config.network, robots_scope=self._ctx.run_id)
        columns = ["feed_url", "etag", "last_modified", "polled_at"]
        self._states = latest_feed_states(
            read_columns(self._ctx.lake, FEED_STATE_DATASET, columns))

    def teardown(self):
        fetcher = getattr(self, "_fetcher", None)
        if fetcher is not None:
            fetcher.close()

    @property
    def _dated(self) -> bool:
        """A run limited by --since/--until reads everything afresh and records nothing: what
        it leaves out must not look read to a later run."""
        return self._ctx.since is not None or self._ctx.until is not None

    def _previous(self, url: str) -> dict:
        return {} if self._dated else self._states.get(url, {})

    def _read(self, url: str) -> Sitemap | FetchError:
        previous = self._previous(url)
        try:
            return read_sitemap(self._fetcher, url, etag=previous.get("etag"),
                                last_modified=previous.get("last_modified"))
        except FetchError as err:
            return err
        except Exception as exc:  # noqa: BLE001 - one bad sitemap must not stop the others
            return FetchError("internal", f"{type(exc).__name__}: {exc}", url)

    def _reject(self, feed: dict, url: str | None, kind: str, message: str, now: datetime):
        return beam.pvalue.TaggedOutput(REJECTS, make_reject(
            url=url, feed_url=feed["url"], source=feed["id"], stage="feed", error=kind,
            message=message, at=now, run_id=self._ctx.run_id))

    def process(self, feed: dict):
        now = datetime.now(timezone.utc)
        if feed.get("kind") == "site":
            roots = site_sitemaps(self._fetcher, feed["url"])
        else:
            roots = [feed["url"]]
        queue = [(url, 0) for url in roots]
        seen = set(roots)
        followed = len(roots)
        workers = max(1, min(ROUND, self._ctx.config.network.concurrency))
        with ThreadPoolExecutor(workers, thread_name_prefix="akhbar-sitemap") as pool:
            while queue:
                batch, queue = queue[:ROUND], queue[ROUND:]
                for (url, depth), result in zip(
                        batch, pool.map(self._read, [u for u, _ in batch]), strict=True):
                    if isinstance(result, FetchError):
                        yield self._reject(feed, url, result.kind, str(result), now)
                        continue
                    yield from self._outputs(feed, result, now)
                    for child in self._children(result, depth):
                        if child.url in seen:
                            continue
                        seen.add(child.url)
                        if followed >= MAX_CHILD_SITEMAPS:
                            yield self._reject(feed, child.url, "too_large",
                                               f"more than {MAX_CHILD_SITEMAPS} sitemaps under "
                                               f"{feed['url']}: the rest are not read", now)
                            queue = []
                            break
                        followed += 1
                        queue.append((child.url, depth + 1))

    def _outputs(self, feed: dict, sitemap: Sitemap, now: datetime):
        """State row, rejects and new items of one sitemap read."""
        self.read.inc()
        if sitemap.not_modified:
            self.unchanged.inc()
        if not self._dated:
            yield beam.pvalue.TaggedOutput(FEED_STATE, {
                "feed_id": feed["id"], "feed_url": sitemap.url, ROOT_KEY: feed["url"],
                "etag": sitemap.etag, "last_modified": sitemap.last_modified,
                "polled_at": now, "not_modified": sitemap.not_modified,
                "items": len(sitemap.entries), "bozo": bool(sitemap.rejects),
                "bozo_message": sitemap.rejects[-1][2] if sitemap.rejects else None,
                "run_id": self._ctx.run_id,
            })
        for url, kind, message in sitemap.rejects:
            yield self._reject(feed, url, kind, message, now)
        watermark = self._previous(sitemap.url).get("polled_at")
        for entry in sitemap.entries:
            self.entries_seen.inc()
            if not self._ctx.in_dates(entry.published or entry.lastmod):
                self.out_of_dates.inc()
            elif skipped_by_watermark(entry.lastmod, watermark):
                self.entries_known.inc()
            else:
                yield sitemap_item(entry, feed, sitemap.url)

    def _children(self, sitemap: Sitemap, depth: int) -> list[ChildSitemap]:
        """The child sitemaps of an index worth reading."""
        if not sitemap.children:
            return []
        if depth + 1 > MAX_DEPTH:
            return []
        since = self._ctx.since
        out = []
        for child in sitemap.children:
            if since is not None and child.lastmod is not None and child.lastmod < since:
                continue  # its newest entry is older than --since
            previous = self._previous(child.url).get("polled_at")
            if skipped_by_watermark(child.lastmod, previous):
                self.unchanged.inc()
                continue
            out.append(child)
        return out


def is_sitemap_feed(feed: dict) -> bool:
    return feed.get("kind", "feed") in SITEMAP_KINDS


class ReadSitemaps(beam.PTransform):
    """Configured entries of kind sitemap/site → tagged outputs items, rejects, feed_state."""

    def __init__(self, ctx: RunContext):
        super().__init__()
        self._ctx = ctx

    def expand(self, feeds):
        return (
            feeds
            | "Spread" >> beam.Reshuffle()
            | "Read" >> beam.ParDo(ReadSitemapsFn(self._ctx)).with_outputs(
                REJECTS, FEED_STATE, main=ITEMS)
        )
