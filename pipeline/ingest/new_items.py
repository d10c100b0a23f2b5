"""Beam transforms that keep only what the lake does not hold yet: new feed items, new articles.

The lake is the state: an item is done when its URL is in `articles/`. A reject holds back only
the exact URL of the feed that earned it (another outlet's copy of the same story is fetched on
its own): for good when it was permanent, and after a transient failure until the next retry is
due (RetryPolicy: a growing delay across runs, a bounded number of runs, then for good). Items
due for such a retry are fed back in from the rejects (RetryItems), so a feed that answers 304
forgets nothing. Reading happens inside the pipeline (a DoFn over the lake URI), so it works on
remote runners too. Nothing here fetches or writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipeline.lake.rejects import bounded_url, is_transient
from pipeline.lake.store import read_columns
from pipeline.text.urls import canonicalize_url

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


def item_failures(lake: str) -> dict[tuple[str, str], ItemFailures]:
    """(feed_url, url) → ItemFailures, from the item rejects of the lake (feed-level rejects
    and rows without a URL left out)."""
    out: dict[tuple[str, str], ItemFailures] = {}
    for row in read_columns(lake, "rejects", ["url", "feed_url", "source", "stage", "error",
                                                "message", "at"]):
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


class _KeepUnknown(beam.PTransform):
    """Records whose key the lake does not know, one per key."""

    def __init__(self, lake: str, key_field: str, known_fn, counter_prefix: str,
                 count_duplicates: bool = False):
        super().__init__()
        self._lake = lake
        self._key = key_field
        self._known_fn = known_fn
        self._prefix = counter_prefix
        self._count_duplicates = count_duplicates

    def expand(self, records):
        key = self._key
        new_counter = Metrics.counter("akhbar", f"{self._prefix}_new")
        known_counter = Metrics.counter("akhbar", f"{self._prefix}_known")
        repeat_counter = Metrics.counter("akhbar", f"{self._prefix}_repeated_in_run")
        # ids the lake holds more than once (the run repairs the lake after its pipeline)
        duplicated = Metrics.counter("akhbar", f"lake_duplicate_{self._prefix}")
        count_duplicates = self._count_duplicates
        known_fn = self._known_fn
        keyed = records | "KeyBy" >> beam.Map(lambda r: (r[key], r))
        known = (
            records.pipeline
            | "Lake" >> beam.Create([self._lake])
            | "ReadKnown" >> beam.FlatMap(known_fn)
        )

        def keep(element):
            _, grouped = element
            candidates = list(grouped["new"])
            if count_duplicates and not candidates:
                if len(list(grouped["known"])) > 1:
                    duplicated.inc()
                return
            if not candidates:
                return
            known = list(grouped["known"])
            if count_duplicates and len(known) > 1:
                duplicated.inc()
            if DONE in known:
                known_counter.inc(len(candidates))
                return
            held = [c for c in candidates if is_held(c, known)]
            if held:
                known_counter.inc(len(held))
                candidates = [c for c in candidates if not is_held(c, known)]
                if not candidates:
                    return
            if len(candidates) > 1:
                repeat_counter.inc(len(candidates) - 1)
            new_counter.inc()
            yield pick_first(candidates)

        return (
            {"new": keyed, "known": known}
            | "Join" >> beam.CoGroupByKey()
            | "KeepNew" >> beam.FlatMap(keep)
        )


class KeepNewItems(_KeepUnknown):
    """Feed item records (with `url_key`) → those not ingested before, one per URL (items held
    back by their own feed's rejects left out)."""

    def __init__(self, lake: str, policy: RetryPolicy | None = None,
                 now: datetime | None = None):
        super().__init__(lake, "url_key",
                         partial(known_item_keys, policy=policy or RetryPolicy(), now=now),
                         "entries")


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

    def __init__(self, lake: str):
        super().__init__(lake, "article_id", known_article_ids, "articles",
                         count_duplicates=True)


class KeepNewEvents(_KeepUnknown):
    """Event rows → those whose event_id is not in the lake yet (a run that died after
    writing its events but before its articles redoes those articles)."""

    def __init__(self, lake: str):
        super().__init__(lake, "event_id", known_event_ids, "events", count_duplicates=True)
