"""Beam transforms that keep only what the lake does not hold yet: new feed items, new articles.

The lake is the state: an item is done when its link or canonical URL is in `articles/`. A
reject holds back only the exact URL of the feed that earned it (another outlet's copy of the
same story is fetched on its own): for good when it was permanent, and after a transient failure
until the next retry is due (RetryPolicy: a growing delay across runs, a bounded number of runs,
then for good). Items due for such a retry are fed back in from the rejects (RetryItems), so a
feed that answers 304 forgets nothing. Lookups happen inside the pipeline, a batch of keys per
scan of the lake's key columns (pipeline.lake.keys), so they work on remote runners too and
never hold the lake's keys (`known_item_keys` / `known_ids` list them all, for the stream's
in-memory index). Nothing here fetches or writes.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipeline.events.rows import PARTITION as EVENT_PARTITION
from pipeline.lake.keys import matching_rows
from pipeline.lake.rejects import bounded_url, is_transient
from pipeline.lake.store import read_columns
from pipeline.progress import add as add_progress
from pipeline.text.urls import article_id, canonicalize_url

DONE = "done"
HELD = "held"  # marker ("held", feed_url, url): that exact item of that feed is not fetched
MAX_RETRY_DELAY = timedelta(days=365)


def item_key(url: str) -> str:
    """The key items are matched on: the canonical form of the URL as the lake stores it."""
    return canonicalize_url(bounded_url(url))


@dataclass(frozen=True)
class RetryPolicy:
    """Retries across runs of an item that failed transiently: at most `runs` more runs, the
    first `backoff_s` after the failure, each later one twice as long after the last."""

    runs: int = 5
    backoff_s: float = 900.0

    def verdict(self, failures: int, last: datetime, now: datetime) -> str:
        """"retry" (due now), "wait" (due later) or "give_up" after `failures` transient
        failures, the last at `last`."""
        if failures > self.runs:
            return "give_up"
        seconds = self.backoff_s * 2.0 ** min(failures - 1, 60)
        delay = timedelta(seconds=min(seconds, MAX_RETRY_DELAY.total_seconds()))
        return "retry" if now >= last + delay else "wait"


@dataclass(frozen=True)
class ItemFailures:
    """What the rejects say about one (feed_url, url) item."""

    permanent: bool = False
    transient: int = 0  # runs that failed it transiently
    last: datetime | None = None
    source: str | None = None


REJECT_COLUMNS = ["url", "feed_url", "source", "stage", "error", "message", "at"]


def item_failures(lake: str, rows: Iterable[dict] | None = None
                  ) -> dict[tuple[str, str], ItemFailures]:
    """(feed_url, url) → ItemFailures, from the item rejects of the lake (or from `rows` of
    it; feed-level rejects and rows without a URL left out)."""
    out: dict[tuple[str, str], ItemFailures] = {}
    if rows is None:
        rows = read_columns(lake, "rejects", REJECT_COLUMNS)
    for row in rows:
        if not row["url"] or row["stage"] == "feed":
            continue
        key = (row["feed_url"] or "", row["url"])
        seen = out.get(key, ItemFailures(source=row["source"]))
        if is_transient(row["error"], row["message"] or ""):
            at = row["at"]
            last = max(seen.last, at) if seen.last and at else (at or seen.last)
            seen = ItemFailures(seen.permanent, seen.transient + 1, last, seen.source)
        else:
            seen = ItemFailures(True, seen.transient, seen.last, seen.source)
        out[key] = seen
    return out


def known_item_keys(lake: str, policy: RetryPolicy | None = None,
                    now: datetime | None = None):
    """(url_key, marker) for what the lake says about items: DONE for a URL it holds an
    article for; ("held", feed_url, url) for an item of one feed that is not to be fetched now
    (a permanent reject, a transient one whose retry is not due, or one retried too often)."""
    policy = policy or RetryPolicy()
    now = now or datetime.now(UTC)
    for row in read_columns(lake, "articles", ["url"]):
        if row["url"]:
            yield item_key(row["url"]), DONE
    for (feed_url, url), failures in item_failures(lake).items():
        if failures.permanent or (failures.transient and failures.last is not None and
                                  policy.verdict(failures.transient, failures.last, now)
                                  != "retry"):
            yield item_key(url), (HELD, feed_url, url)


def retry_items(lake: str, feeds: Iterable[dict], policy: RetryPolicy,
                now: datetime) -> Iterable[dict]:
    """Item records of transient failures whose retry is due, for the feeds still configured
    (whether or not the feed lists them again: a feed answering 304 forgets nothing)."""
    by_url = {f["url"]: f for f in feeds}
    for (feed_url, url), failures in item_failures(lake).items():
        feed = by_url.get(feed_url)
        if (feed is None or failures.permanent or not failures.transient
                or failures.last is None
                or policy.verdict(failures.transient, failures.last, now) != "retry"):
            continue
        yield {"url": url, "url_key": item_key(url), "feed_url": feed_url,
               "source": feed["id"], "source_name": feed["name"],
               "language": feed.get("language") or "ar", "title": None, "published": None}


def is_held(record: dict, markers: Iterable) -> bool:
    """Whether one of the markers holds back this exact item of this feed."""
    mine = (HELD, record.get("feed_url"), bounded_url(record.get("url") or ""))
    return any(m == mine for m in markers)


def known_ids(lake: str, *, dataset: str, column: str):
    """(id, DONE) for every non-null value of `column` already in a dataset of the lake."""
    for row in read_columns(lake, dataset, [column]):
        if row[column]:
            yield row[column], DONE


known_article_ids = partial(known_ids, dataset="articles", column="article_id")
known_event_ids = partial(known_ids, dataset="events", column="event_id")


def pick_first(records: list[dict]) -> dict:
    """One record out of several with the same key, independent of arrival order (a feed's
    own item, with its title, before a retry read back from the rejects)."""
    return min(records, key=lambda r: (r.get("source") or "", r.get("url") or "",
                                       r.get("title") is None, r.get("feed_url") or ""))



def held_items(lake: str, items: list[dict], policy: RetryPolicy | None = None,
               now: datetime | None = None) -> tuple[set[str], set[tuple], int]:
    """What the lake says about a batch of items, from one scan per dataset: the url_keys it is
    done with (an article whose link or canonical URL is the item's link or its canonical
    form), the (HELD, feed_url, url) markers of items held back (is_held), and how many of
    their articles it holds more than once."""
    policy = policy or RetryPolicy()
    now = now or datetime.now(UTC)
    wanted = {v for item in items for v in (item["url"], item["url_key"])}
    found: set[str] = set()
    rows_per_url: dict[str, int] = {}
    for row in matching_rows(lake, "articles", ["url", "canonical_url"], wanted):
        found.update(v for v in (row["url"], row["canonical_url"]) if v in wanted)
        rows_per_url[row["url"]] = rows_per_url.get(row["url"], 0) + 1
    done = {item["url_key"] for item in items
            if item["url"] in found or item["url_key"] in found}
    urls = {bounded_url(item["url"]) for item in items}
    rows = matching_rows(lake, "rejects", ["url"], urls, REJECT_COLUMNS)
    held = {(HELD, feed_url, url) for (feed_url, url), f in item_failures(lake, rows).items()
            if f.permanent or (f.transient and f.last is not None
                               and policy.verdict(f.transient, f.last, now) != "retry")}
    # an article stored twice (runs of an older akhbar without the lake's lock): the run
    # repairs the lake after its pipeline (pipeline.lake.session)
    return done, held, sum(1 for n in rows_per_url.values() if n > 1)


def held_ids(lake: str, records: list[dict], *, dataset: str, column: str,
             partitions: set[str] | None = None) -> tuple[set[str], set, int]:
    """The values of `column` among `records` that the dataset holds, and how many of them it
    holds more than once (the run then repairs the lake after its pipeline)."""
    keys = {r[column] for r in records}
    seen: dict[str, int] = {}
    for row in matching_rows(lake, dataset, [column], keys, partitions=partitions):
        seen[row[column]] = seen.get(row[column], 0) + 1
    return set(seen), set(), sum(1 for n in seen.values() if n > 1)


def held_article_ids(lake: str, rows: list[dict]) -> tuple[set[str], set, int]:
    """held_ids for article rows. A row whose id is that of its own link's canonical form needs
    no look: KeepNewItems found no article with that canonical URL (and an article's id is its
    canonical URL's). Only the others (the page named another canonical URL, or a redirect
    did) are looked up."""
    unsure = [r for r in rows if r["article_id"] != article_id(canonicalize_url(r["url"]))]
    return held_ids(lake, unsure, dataset="articles", column="article_id")


def _records_of_key(_key, records) -> list[dict]:
    return list(records)


class _DropHeldFn(beam.DoFn):
    """A batch of (the records of one key) → one record per key the lake does not hold: one
    scan of the lake per batch (pipeline.lake.keys), never its whole key set."""

    def __init__(self, lake: str, key: str, held_fn, prefix: str):
        self._lake = lake
        self._key = key
        self._held_fn = held_fn
        self._pages = prefix == "entries"  # new items are the pages a run has to do
        self.new = Metrics.counter("akhbar", f"{prefix}_new")
        self.known = Metrics.counter("akhbar", f"{prefix}_known")
        self.repeated = Metrics.counter("akhbar", f"{prefix}_repeated_in_run")
        # ids the lake holds more than once (the run repairs the lake after its pipeline)
        self.duplicated = Metrics.counter("akhbar", f"lake_duplicate_{prefix}")

    def process(self, batch: list[list[dict]]):
        done, held, duplicated = set(), set(), 0
        if self._lake:
            found = self._held_fn(self._lake, [r for records in batch for r in records])
            done, held = found[0], found[1]
            duplicated = found[2] if len(found) > 2 else 0
        if duplicated:
            self.duplicated.inc(duplicated)
        for records in batch:
            if records[0][self._key] in done:
                self.known.inc(len(records))
                continue
            free = [r for r in records if not is_held(r, held)]
            if len(free) < len(records):
                self.known.inc(len(records) - len(free))
            if not free:
                continue
            if len(free) > 1:
                self.repeated.inc(len(free) - 1)
            self.new.inc()
            if self._pages:
                add_progress("pages_known")
            yield pick_first(free)


class _KeepUnknown(beam.PTransform):
    """Records whose key the lake does not know, one per key: grouped by key, then looked up
    in the lake a batch of keys at a time. `grouped_batches`: batches formed by a GroupByKey
    over a hash of the key instead of BatchElements, for runners that drop what a DoFn emits
    when its bundle ends (Beam's Dask translation: see pipeline/batch_basic.py)."""

    BATCH = 20_000  # keys per lake scan
    BUCKETS = 16  # batches of grouped_batches

    def __init__(self, lake: str, key_field: str, held_fn, counter_prefix: str,
                 grouped_batches: bool = False):
        super().__init__()
        self._lake = lake
        self._key = key_field
        self._held_fn = held_fn
        self._prefix = counter_prefix
        self._grouped = grouped_batches

    def expand(self, records):
        key = self._key
        per_key = (
            records
            | "KeyBy" >> beam.Map(lambda r: (r[key], r))
            | "Group" >> beam.GroupByKey()
            | "Records" >> beam.MapTuple(_records_of_key)
        )
        if self._grouped:
            buckets = self.BUCKETS
            batches = (
                per_key
                | "Bucket" >> beam.Map(lambda rs: (zlib.crc32(rs[0][key].encode()) % buckets,
                                                   rs))
                | "GroupBuckets" >> beam.GroupByKey()
                | "Batches" >> beam.MapTuple(lambda _bucket, batch: list(batch))
            )
        else:
            batches = per_key | "Batch" >> beam.BatchElements(min_batch_size=self.BATCH,
                                                              max_batch_size=self.BATCH)
        return batches | "DropHeld" >> beam.ParDo(_DropHeldFn(self._lake, key, self._held_fn,
                                                              self._prefix))


class KeepNewItems(_KeepUnknown):
    """Feed item records (with `url_key`) → those not ingested before and not held back by a
    reject of that exact item of that feed, one per URL."""

    def __init__(self, lake: str, policy: RetryPolicy | None = None,
                 now: datetime | None = None, grouped_batches: bool = False):
        super().__init__(lake, "url_key",
                         partial(held_items, policy=policy or RetryPolicy(), now=now),
                         "entries", grouped_batches)


class RetryItems(beam.PTransform):
    """The lake → item records of transient failures due for a retry (see retry_items)."""

    def __init__(self, lake: str, feeds: list[dict], policy: RetryPolicy, now: datetime):
        super().__init__()
        self._lake, self._feeds, self._policy, self._now = lake, feeds, policy, now

    def expand(self, pbegin):
        retried = Metrics.counter("akhbar", "entries_retried")
        feeds, policy, now = self._feeds, self._policy, self._now

        def read(lake):
            for record in retry_items(lake, feeds, policy, now):
                retried.inc()
                yield record

        return (pbegin
                | "Lake" >> beam.Create([self._lake])
                | "ReadRetries" >> beam.FlatMap(read))


class KeepNewArticles(_KeepUnknown):
    """Article rows → those whose article_id is not in the lake yet, one per article_id."""

    def __init__(self, lake: str, grouped_batches: bool = False):
        super().__init__(lake, "article_id", held_article_ids, "articles", grouped_batches)


def held_event_ids(lake: str, rows: list[dict]) -> tuple[set[str], set, int]:
    """held_ids for event rows. Only the rows' own partitions are read: an event row is a
    function of its article, so one a died run stored lies where it lies now."""
    return held_ids(lake, rows, dataset="events", column="event_id",
                    partitions={r[EVENT_PARTITION] for r in rows})


class KeepNewEvents(_KeepUnknown):
    """Event rows → those whose event_id is not in the lake yet (a run that died after
    writing its events but before its articles redoes those articles)."""

    def __init__(self, lake: str):
        super().__init__(lake, "event_id", held_event_ids, "events")
