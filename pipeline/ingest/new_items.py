"""Beam transforms that keep only what the lake does not hold yet: new feed items, new articles.

The lake is the state: an item is done when its URL is in `articles/` or it was rejected for a
reason a later run cannot fix. Reading happens inside the pipeline (a DoFn over the lake URI),
so it works on remote runners too. Nothing here fetches or writes.
"""

from __future__ import annotations

from functools import partial

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipeline.lake.rejects import is_transient
from pipeline.lake.store import read_columns
from pipeline.text.urls import canonicalize_url

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


class _KeepUnknown(beam.PTransform):
    """Records whose key the lake does not know, one per key."""

    def __init__(self, lake: str, key_field: str, known_fn, counter_prefix: str):
        super().__init__()
        self._lake = lake
        self._key = key_field
        self._known_fn = known_fn
        self._prefix = counter_prefix

    def expand(self, records):
        key = self._key
        new_counter = Metrics.counter("akhbar", f"{self._prefix}_new")
        known_counter = Metrics.counter("akhbar", f"{self._prefix}_known")
        repeat_counter = Metrics.counter("akhbar", f"{self._prefix}_repeated_in_run")
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
            if not candidates:
                return
            if list(grouped["known"]):
                known_counter.inc(len(candidates))
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
    """Feed item records (with `url_key`) → those not ingested before, one per URL."""

    def __init__(self, lake: str):
        super().__init__(lake, "url_key", known_item_keys, "entries")


class KeepNewArticles(_KeepUnknown):
    """Article rows → those whose article_id is not in the lake yet, one per article_id."""

    def __init__(self, lake: str):
        super().__init__(lake, "article_id", known_article_ids, "articles")


class KeepNewEvents(_KeepUnknown):
    """Event rows → those whose event_id is not in the lake yet (a run that died after
    writing its events but before its articles redoes those articles)."""

    def __init__(self, lake: str):
        super().__init__(lake, "event_id", known_event_ids, "events")
