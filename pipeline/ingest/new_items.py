"""Beam transforms that keep only what the lake does not hold yet: new feed items, new articles.

The lake is the state: an item is done when its link or canonical URL is in `articles/` or it
was rejected for a reason a later run cannot fix. Lookups happen inside the pipeline, a batch
of keys per scan of the lake's key columns (pipeline.lake.keys), so they work on remote runners
too and never hold the lake's keys. (`known_item_keys` / `known_ids` list them all, for the
stream's in-memory index.) Nothing here fetches or writes.
"""

from __future__ import annotations

from functools import partial

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipeline.events.rows import PARTITION as EVENT_PARTITION
from pipeline.lake.keys import held_keys, matching_rows
from pipeline.lake.rejects import is_transient
from pipeline.lake.store import read_columns
from pipeline.progress import add as add_progress
from pipeline.text.urls import article_id, canonicalize_url

DONE = "done"


def known_item_keys(lake: str):
    """(url_key, DONE) for every item URL the lake holds an article or a permanent reject for."""
    for row in read_columns(lake, "articles", ["url"]):
        if row["url"]:
            yield canonicalize_url(row["url"]), DONE
    for row in read_columns(lake, "rejects", ["url", "stage", "error", "message"]):
        if row["url"] and row["stage"] != "feed" and not is_transient(row["error"], row["message"]):
            yield canonicalize_url(row["url"]), DONE


def known_ids(lake: str, *, dataset: str, column: str):
    """(id, DONE) for every non-null value of `column` already in a dataset of the lake."""
    for row in read_columns(lake, dataset, [column]):
        if row[column]:
            yield row[column], DONE


known_article_ids = partial(known_ids, dataset="articles", column="article_id")
known_event_ids = partial(known_ids, dataset="events", column="event_id")


def pick_first(records: list[dict]) -> dict:
    """One record out of several with the same key, independent of arrival order."""
    return min(records, key=lambda r: (r.get("source") or "", r.get("url") or ""))


def _first_of_key(_key, records) -> tuple[dict, int]:
    """(the record kept for a key, how many the run had)."""
    records = list(records)
    return pick_first(records), len(records)


def held_item_keys(lake: str, items: list[dict]) -> set[str]:
    """The url_keys of `items` that the lake is done with: an article whose link or canonical
    URL is the item's link or its canonical form, or a permanent reject of either."""
    wanted = {v for item in items for v in (item["url"], item["url_key"])}
    done = held_keys(lake, "articles", ["url", "canonical_url"], wanted)
    for row in matching_rows(lake, "rejects", ["url"], wanted, ["stage", "error", "message"]):
        if row["stage"] != "feed" and not is_transient(row["error"], row["message"]):
            done.add(row["url"])
    return {item["url_key"] for item in items
            if item["url"] in done or item["url_key"] in done}


def held_ids(lake: str, records: list[dict], *, dataset: str, column: str) -> set[str]:
    """The values of `column` among `records` that the dataset already holds."""
    return held_keys(lake, dataset, [column], {r[column] for r in records})


def held_article_ids(lake: str, rows: list[dict]) -> set[str]:
    """The article_ids among `rows` that the lake already holds. A row whose id is that of its
    own link's canonical form needs no look: KeepNewItems found no article with that canonical
    URL (and an article's id is its canonical URL's). Only the others (the page named another
    canonical URL, or a redirect did) are looked up."""
    unsure = {r["article_id"] for r in rows
              if r["article_id"] != article_id(canonicalize_url(r["url"]))}
    return held_keys(lake, "articles", ["article_id"], unsure)


class _DropHeldFn(beam.DoFn):
    """A batch of (first record, records with its key) → the records whose key the lake does not
    hold: one scan of the lake per batch (pipeline.lake.keys), never its whole key set."""

    def __init__(self, lake: str, key: str, held_fn, prefix: str):
        self._lake = lake
        self._key = key
        self._held_fn = held_fn
        self._pages = prefix == "entries"  # new items are the pages a run has to do
        self.new = Metrics.counter("akhbar", f"{prefix}_new")
        self.known = Metrics.counter("akhbar", f"{prefix}_known")
        self.repeated = Metrics.counter("akhbar", f"{prefix}_repeated_in_run")

    def process(self, batch: list[tuple[dict, int]]):
        held = self._held_fn(self._lake, [first for first, _ in batch]) if self._lake else set()
        for first, count in batch:
            if first[self._key] in held:
                self.known.inc(count)
                continue
            if count > 1:
                self.repeated.inc(count - 1)
            self.new.inc()
            if self._pages:
                add_progress("pages_known")
            yield first


class _KeepUnknown(beam.PTransform):
    """Records whose key the lake does not know, one per key: grouped by key (only the first
    record of each key goes on), then looked up in the lake a batch at a time."""

    BATCH = 20_000  # keys per lake scan

    def __init__(self, lake: str, key_field: str, held_fn, counter_prefix: str):
        super().__init__()
        self._lake = lake
        self._key = key_field
        self._held_fn = held_fn
        self._prefix = counter_prefix

    def expand(self, records):
        key = self._key
        return (
            records
            | "KeyBy" >> beam.Map(lambda r: (r[key], r))
            | "Group" >> beam.GroupByKey()
            | "First" >> beam.MapTuple(_first_of_key)
            | "Batch" >> beam.BatchElements(min_batch_size=self.BATCH,
                                            max_batch_size=self.BATCH)
            | "DropHeld" >> beam.ParDo(_DropHeldFn(self._lake, key, self._held_fn,
                                                   self._prefix))
        )


class KeepNewItems(_KeepUnknown):
    """Feed item records (with `url_key`) → those not ingested before, one per URL."""

    def __init__(self, lake: str):
        super().__init__(lake, "url_key", held_item_keys, "entries")


class KeepNewArticles(_KeepUnknown):
    """Article rows → those whose article_id is not in the lake yet, one per article_id."""

    def __init__(self, lake: str):
        super().__init__(lake, "article_id", held_article_ids, "articles")


def held_event_ids(lake: str, rows: list[dict]) -> set[str]:
    """The event_ids among `rows` already stored. Only the rows' own partitions are read: an
    event row is a function of its article, so one a died run stored lies where it lies now."""
    return held_keys(lake, "events", ["event_id"], {r["event_id"] for r in rows},
                     partitions={r[EVENT_PARTITION] for r in rows})


class KeepNewEvents(_KeepUnknown):
    """Event rows → those whose event_id is not in the lake yet (a run that died after
    writing its events but before its articles redoes those articles)."""

    def __init__(self, lake: str):
        super().__init__(lake, "event_id", held_event_ids, "events")
