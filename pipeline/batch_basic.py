"""The batch graph for runners with a basic translation (Beam's DaskRunner; see
pipeline.runtime.runners for what its translation can and cannot run).

Same stages and the same lake as pipeline.batch, wired from the parts such a runner runs
correctly: Create, ParDo with one output emitted from process(), GroupByKey, CoGroupByKey and
Flatten, ending in one sink.
- The stages' multi-output DoFns run wrapped (AsPairs): each output becomes a (tag, value)
  pair, and every consumer keeps the pairs of its tag (`only`).
- Fetch batches are groups of a GroupByKey (BatchElements emits its last batch at bundle end).
- Extraction, with its dedup signature and event rows, runs inline on the runner's threads.
- One last step (FinishRunFn) gets the run's new articles, rejects and feed states under one
  key and does the rest in memory with the batch composites' own pure functions: story dedup
  (pipeline.dedup.stories.match_stories), event clustering (pipeline.events.clusters
  .cluster_run), then the writes in the batch's order and with its file names: signatures and
  events, articles, rejects, feed validators last. A run's new articles must therefore fit in
  one worker's memory (they do in the default runner's single process as well).
"""

from __future__ import annotations

import zlib
from dataclasses import asdict

import apache_beam as beam

from pipeline.articles.jobs import ARTICLES
from pipeline.articles.transforms import ExtractArticleFn
from pipeline.context import RunContext
from pipeline.dedup import stories as dedup
from pipeline.dedup.transforms import lookback_dates, read_signature_rows, stored_entry
from pipeline.events import clusters as ec
from pipeline.events.cluster_transforms import read_earlier_candidates
from pipeline.events.rows import PARTITION as EVENT_PARTITION
from pipeline.events.rows import article_event_pairs
from pipeline.ingest.fetch import PAGES, FetchBatchFn
from pipeline.ingest.new_items import KeepNewArticles, KeepNewItems, known_event_ids
from pipeline.ingest.poll import (
    FEED_STATE,
    FEED_STATE_DATASET,
    ITEMS,
    REJECTS,
    PollFeedFn,
    settle_feed_state,
)
from pipeline.lake.partitions import (
    article_partition,
    feed_state_partition,
    reject_partition,
    signature_partition,
)
from pipeline.lake.rejects import is_transient, reject_key
from pipeline.lake.sinks import group_files
from pipeline.lake.store import read_columns, stage_rows
from pipeline.runtime.executor import Executor
from schemas.articles import ARTICLES_SCHEMA
from schemas.events import EVENTS_SCHEMA
from schemas.rejects import REJECTS_SCHEMA
from schemas.signatures import SIGNATURES_SCHEMA
from schemas.state import FEED_STATE_SCHEMA

RUN_KEY = "run"  # the one key of the last step
FETCH_GROUPS = 16  # groups the new items are fetched in (each one fetches concurrently)


class AsPairs(beam.DoFn):
    """Runs a DoFn that emits tagged outputs from process() and emits (tag, value) pairs, its
    main output under `main`. The wrapped DoFn must emit nothing at bundle end."""

    def __init__(self, fn: beam.DoFn, main: str):
        self._fn = fn
        self._main = main

    def setup(self):
        self._fn.setup()

    def start_bundle(self):
        self._fn.start_bundle()

    def process(self, element):
        for out in self._fn.process(element) or ():
            if isinstance(out, beam.pvalue.TaggedOutput):
                yield out.tag, out.value
            else:
                yield self._main, out

    def finish_bundle(self):
        if list(self._fn.finish_bundle() or ()):
            raise RuntimeError(f"{type(self._fn).__name__} emitted at bundle end")

    def teardown(self):
        self._fn.teardown()


def only(pairs, tag: str, label: str):
    """The values of one tag of an AsPairs output."""
    return pairs | label >> beam.FlatMap(lambda kv, t: [kv[1]] if kv[0] == t else [], tag)


def _fetch_group(item: dict) -> tuple[int, dict]:
    return zlib.crc32(item["url_key"].encode("utf-8")) % FETCH_GROUPS, item


def build_basic_pipeline(p: beam.Pipeline, ctx: RunContext) -> None:
    """Add the batch graph for a basic runner to `p` (one sink: FinishRunFn)."""
    cfg = ctx.config
    polled = (p
              | "Feeds" >> beam.Create([asdict(f) for f in cfg.feeds])
              | "PollFeeds" >> beam.ParDo(AsPairs(PollFeedFn(ctx), ITEMS)))
    fetched = (only(polled, ITEMS, "Items")
               | "NewItems" >> KeepNewItems(ctx.lake, grouped_batches=True)
               | "FetchGroup" >> beam.Map(_fetch_group)
               | "GroupFetches" >> beam.GroupByKey()
               | "FetchBatch" >> beam.MapTuple(lambda _group, items: list(items))
               | "FetchPages" >> beam.ParDo(AsPairs(FetchBatchFn(ctx), PAGES)))
    extracted = (only(fetched, PAGES, "Pages")
                 | "ExtractArticles" >> beam.ParDo(
                     AsPairs(ExtractArticleFn(ctx, Executor.inline()), ARTICLES)))
    articles = (only(extracted, ARTICLES, "Articles")
                | "NewArticles" >> KeepNewArticles(ctx.lake, grouped_batches=True))
    parts = [articles | "ArticleParts" >> beam.Map(lambda a: (ARTICLES, a)),
             only(polled, FEED_STATE, "FeedStates") | "FeedStateParts" >> beam.Map(
                 lambda s: (FEED_STATE, s))]
    for name, pairs in (("Poll", polled), ("Fetch", fetched), ("Extract", extracted)):
        parts.append(only(pairs, REJECTS, f"{name}Rejects")
                     | f"{name}RejectParts" >> beam.Map(lambda r: (REJECTS, r)))
    (parts
     | "RunParts" >> beam.Flatten()
     | "OneKey" >> beam.Map(lambda part: (RUN_KEY, part))
     | "GatherRun" >> beam.GroupByKey()
     | "FinishRun" >> beam.ParDo(FinishRunFn(ctx)))


class FinishRunFn(beam.DoFn):
    """(RUN_KEY, [(kind, row)]) → the run's files, written by finish_run; emits their paths."""

    def __init__(self, ctx: RunContext):
        self._ctx = ctx

    def process(self, element):
        _key, parts = element
        by_kind: dict[str, list[dict]] = {ARTICLES: [], REJECTS: [], FEED_STATE: []}
        for kind, row in parts:
            by_kind[kind].append(row)
        yield from finish_run(self._ctx, by_kind[ARTICLES], by_kind[REJECTS],
                              by_kind[FEED_STATE])


def story_columns(ctx: RunContext, articles: list[dict]) -> tuple[list[dict], list[dict]]:
    """The new articles with their story columns, and their signature rows (in memory)."""
    cfg = ctx.config.dedup
    signed = [dedup.signed_row(a, cfg.threshold, cfg.num_perm, cfg.shingle_size)
              for a in articles]
    bands, rows = dedup.lsh_params(cfg.threshold, cfg.num_perm)
    version = dedup.signature_version(cfg.num_perm, cfg.shingle_size)
    earlier = [stored_entry(row, bands, rows) for row in read_signature_rows(
        ctx.lake, lookback_dates(ctx.started_at.date(), cfg.lookback_days), version)]
    assignments, known = dedup.match_stories([sig for _, sig in signed], earlier,
                                             cfg.threshold, bands, rows)
    out, signatures = [], []
    for row, sig in signed:
        article, signature, _kind = dedup.story_rows(row, sig, assignments, known, version,
                                                     ctx.run_id)
        out.append(article)
        if signature is not None:
            signatures.append(signature)
    return out, signatures


def clustered_events(ctx: RunContext, articles: list[dict]) -> list[dict]:
    """The event rows of the articles with their cluster ids, less those already in the lake."""
    cfg = ctx.config.events
    pairs = [pair for a in articles for pair in (article_event_pairs(a) or ())]
    candidates = [(row, ec.candidate(row, published)) for row, published in pairs]
    earlier = read_earlier_candidates(ctx.lake, cfg, ctx.started_at.date())
    ids = ec.cluster_run([c for _, c in candidates], earlier, cfg.date_tolerance_days,
                         cfg.published_tolerance_days)
    stored = {event_id for event_id, _ in known_event_ids(ctx.lake)}
    return [{**row, "event_cluster_id": ids[cand.event_id]} for row, cand in candidates
            if row["event_id"] not in stored]


def write(ctx: RunContext, dataset: str, schema, rows: list[dict], partition_fn, key_fn
          ) -> list[str]:
    """Write rows as WriteDataset would (same groups and file names); return the paths."""
    return [stage_rows(ctx.lake, dataset, partition, chunk, schema, name).publish()
            for partition, chunk, name in group_files(
                rows, partition_fn, key_fn, ctx.run_id, ctx.config.output.batch_size)]


def finish_run(ctx: RunContext, articles: list[dict], rejects: list[dict],
               feed_states: list[dict]) -> list[str]:
    """Dedup, events and every write of a run, in the batch's order; returns the paths."""
    articles, signatures = story_columns(ctx, articles)
    paths = write(ctx, "signatures", SIGNATURES_SCHEMA, signatures, signature_partition,
                  lambda r: r["article_id"])
    if ctx.config.events.enabled:
        paths += write(ctx, "events", EVENTS_SCHEMA, clustered_events(ctx, articles),
                       lambda r: r[EVENT_PARTITION], lambda r: r["event_id"])
    paths += write(ctx, "articles", ARTICLES_SCHEMA, articles, article_partition,
                   lambda r: r["article_id"])
    paths += write(ctx, "rejects", REJECTS_SCHEMA, rejects, reject_partition,
                   reject_key)
    transient = {r["feed_url"] for r in rejects if is_transient(r["error"], r["message"])}
    paths += write(ctx, FEED_STATE_DATASET, FEED_STATE_SCHEMA,
                   [settle_feed_state(s, transient) for s in feed_states],
                   feed_state_partition, lambda r: r["feed_url"])
    return paths


def lake_counters(ctx: RunContext) -> dict[str, int]:
    """The run summary's counters, counted from what the run wrote (a basic runner collects
    no metrics). Pages fetched and new entries are counted from their outcomes (an article or
    a reject), so pages whose article the lake already held are not among them."""
    def rows(dataset, columns):
        return [r for r in read_columns(ctx.lake, dataset, ["run_id", *columns])
                if r["run_id"] == ctx.run_id]

    counters: dict[str, int] = {}
    feeds = rows(FEED_STATE_DATASET, ["not_modified", "items"])
    articles = rows("articles", ["dup_kind"])
    events = rows("events", ["event_id", "event_cluster_id"])
    rejects = rows("rejects", ["stage", "error"])
    extract_rejects = sum(r["stage"] == "extract" for r in rejects)
    fetch_rejects = sum(r["stage"] == "fetch" for r in rejects)
    counters.update({
        "feeds_polled": len(feeds),
        "feeds_not_modified": sum(bool(r["not_modified"]) for r in feeds),
        "entries_seen": sum(r["items"] or 0 for r in feeds),
        "entries_new": len(articles) + extract_rejects + fetch_rejects,
        "pages_fetched": len(articles) + extract_rejects,
        "articles_written": len(articles),
        "articles_exact": sum(r["dup_kind"] == "exact" for r in articles),
        "articles_near": sum(r["dup_kind"] == "near" for r in articles),
        "events_written": len(events),
        "event_clusters_new": sum(r["event_id"] == r["event_cluster_id"] for r in events),
        "event_clusters_joined": sum(r["event_id"] != r["event_cluster_id"] for r in events),
        "rejects_written": len(rejects),
    })
    for r in rejects:
        name = f"rejected.{r['stage']}.{r['error']}"
        counters[name] = counters.get(name, 0) + 1
    return counters
