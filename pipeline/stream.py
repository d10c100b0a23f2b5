"""Wire the unbounded stream: poll rounds → new items → pages → articles → dedup → events → lake.

Composes the batch's DoFns and composites (PollFeedFn, FetchBatchFn, ExtractArticles, dedup's
_Finalize, the shared events branch pipeline.events.transforms.ArticleEvents, StreamClusterEvents)
in one fused chain with no GroupByKey, so every round reaches the lake, per bundle;
state lives in pipeline.ingest.schedule, pipeline.dedup.stream_index and
pipeline.events.stream_index objects held in Beam state. `run_stream` runs it until
--max-polls or SIGINT/SIGTERM. No parsing, matching or lake-format logic here.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import tempfile
import threading
import time
from dataclasses import asdict
from datetime import UTC, datetime

import apache_beam as beam
from apache_beam.coders import PickleCoder
from apache_beam.metrics import Metrics
from apache_beam.options.pipeline_options import StandardOptions
from apache_beam.transforms.userstate import ReadModifyWriteStateSpec

from pipeline.articles.transforms import ExtractArticles
from pipeline.batch import (
    _article_partition,
    _count_reject,
    _ingest_partition,
    _reject_partition,
    collect_counters,
    make_options,
    make_runner,
    record_run,
)
from pipeline.context import RunContext
from pipeline.dedup import stories as dedup
from pipeline.dedup.stream_index import StoryIndex
from pipeline.dedup.transforms import (
    _Finalize,
    _old_entry,
    lookback_dates,
    read_signature_rows,
)
from pipeline.events.cluster_transforms import StreamClusterEvents
from pipeline.events.rows import PARTITION
from pipeline.events.transforms import ArticleEvents
from pipeline.ingest.fetch import FetchBatchFn
from pipeline.ingest.new_items import known_article_ids, known_item_keys
from pipeline.ingest.poll import FEED_STATE, ITEMS, REJECTS, PollFeedFn
from pipeline.ingest.schedule import ExpiringKeys, tick_seconds
from pipeline.ingest.stream_source import PollRoundsFn, schedule
from pipeline.lake.sinks import WriteDatasetPerBundle
from pipeline.summary import RunSummary
from schemas.articles import ARTICLES_SCHEMA
from schemas.events import EVENTS_SCHEMA
from schemas.rejects import REJECTS_SCHEMA
from schemas.signatures import SIGNATURES_SCHEMA

LOG = logging.getLogger("akhbar")
DAY_S = 86400.0
ONE_KEY = "all"  # the stream's state is one index (matching needs every signature)


class StreamPollFeedFn(PollFeedFn):
    """PollFeedFn that remembers each feed's validators between rounds (conditional GET)."""

    def process(self, element):
        _round, feed = element
        for out in super().process(feed):
            if isinstance(out, beam.pvalue.TaggedOutput) and out.tag == FEED_STATE:
                self._states[feed["url"]] = out.value
            yield out


class KeepNewItemsFn(beam.DoFn):
    """(key, item) → the item when its URL is neither in the lake nor seen within the ttl.

    State: an ExpiringKeys of url keys, seeded from the lake on first use (so a restarted stream
    resumes where the lake is); an item listed by its feed is refreshed on every poll.
    """

    SEEN = ReadModifyWriteStateSpec("seen_items", PickleCoder())

    def __init__(self, lake: str | None, ttl_s: float):
        self._lake = lake
        self._ttl_s = ttl_s
        self.new = Metrics.counter("akhbar", "entries_new")
        self.known = Metrics.counter("akhbar", "entries_known")

    def process(self, element, seen=beam.DoFn.StateParam(SEEN),
                timestamp=beam.DoFn.TimestampParam):
        _key, item = element
        now = float(timestamp)
        keys = seen.read()
        if keys is None:
            keys = ExpiringKeys(self._ttl_s)
            for key, _done in (known_item_keys(self._lake) if self._lake else ()):
                keys.last_seen[key] = now
        if keys.seen(item["url_key"], now):
            self.known.inc()
        else:
            self.new.inc()
            yield item
        seen.write(keys)


class StreamDedupFn(beam.DoFn):
    """(key, article row) → the row with its story columns (main) and its signature row
    (tagged "signatures"), matched one at a time against a StoryIndex of the look-back window.
    Articles already in the lake are dropped. The index is seeded from the lake's signatures."""

    INDEX = ReadModifyWriteStateSpec("story_index", PickleCoder())
    SIGNATURES = _Finalize.SIGNATURES

    def __init__(self, config, lake: str | None, run_id: str):
        self._config = config
        self._lake = lake
        self._finalize = _Finalize(config, run_id)
        self.known = Metrics.counter("akhbar", "articles_known")
        self.expired = Metrics.counter("dedup", "signatures_expired")

    def _seed(self, now: float) -> StoryIndex:
        cfg = self._config
        index = StoryIndex(cfg.threshold, cfg.lookback_days * DAY_S)
        if not self._lake:
            return index
        stored = {aid for aid, _ in known_article_ids(self._lake)}
        version = dedup.signature_version(cfg.num_perm, cfg.shingle_size)
        bands, rows = dedup.lsh_params(cfg.threshold, cfg.num_perm)
        today = datetime.fromtimestamp(now, UTC).date()
        for row in read_signature_rows(self._lake, lookback_dates(today, cfg.lookback_days),
                                       version):
            node, minhash, keys, assignment = _old_entry(row, bands, rows)
            index.add(node, minhash, keys, assignment, stored=node.article_id in stored)
        return index

    def process(self, element, state=beam.DoFn.StateParam(INDEX)):
        _key, row = element
        now = row["fetched_at"].timestamp()  # the clock of the article's ingestion
        index = state.read()
        if index is None:
            index = self._seed(now)
        self.expired.inc(index.expire(now))
        cfg = self._config
        sig = dedup.sign(row["article_id"], row.get("body"), row.get("published_at"),
                         row.get("fetched_at"), cfg.threshold, cfg.num_perm, cfg.shingle_size)
        aid = sig.node.article_id
        entry = index.get(aid)
        if entry is not None and entry.stored:
            self.known.inc()
            state.write(index)
            return
        if entry is not None:  # signature stored, article not (a stop between two writes)
            yield from self._finalize.process((row, sig), {}, {aid: entry.assignment})
            index.mark_stored(aid)
        else:
            assignment = index.assign(sig)
            yield from self._finalize.process((row, sig), {aid: assignment}, {})
            index.add(sig.node, sig.minhash, sig.keys, assignment)
        state.write(index)


def build_stream(p: beam.Pipeline, ctx: RunContext, poll_interval_s: float,
                 max_polls: int | None, stop_file: str | None) -> dict:
    """Add the unbounded graph to `p` (one fused chain: nothing waits for a GroupByKey)."""
    cfg = ctx.config
    # sitemaps and sites are read by batch runs (`akhbar run`), which follow them in full
    feeds = [asdict(f) for f in cfg.feeds if f.kind == "feed"]
    tick = tick_seconds([f["poll_interval_s"] or poll_interval_s for f in feeds])
    ttl = cfg.dedup.lookback_days * DAY_S
    batch = cfg.output.batch_size
    rounds = (
        p
        | "Schedule" >> beam.Create([schedule(feeds, tick, poll_interval_s, max_polls,
                                              stop_file)])
        | "PollRounds" >> beam.ParDo(PollRoundsFn())
    )
    polled = rounds | "PollFeeds" >> beam.ParDo(StreamPollFeedFn(ctx)).with_outputs(
        REJECTS, FEED_STATE, main=ITEMS)
    new_items = (
        polled[ITEMS]
        | "KeyItems" >> beam.Map(lambda item: (ONE_KEY, item))
        | "NewItems" >> beam.ParDo(KeepNewItemsFn(ctx.lake, ttl))
    )
    fetched = (
        new_items
        | "Batch" >> beam.BatchElements(min_batch_size=1, max_batch_size=64)
        | "FetchPages" >> beam.ParDo(FetchBatchFn(ctx)).with_outputs(REJECTS, main="pages")
    )
    extracted = fetched.pages | "ExtractArticles" >> ExtractArticles(ctx)
    deduped = (
        extracted.articles
        | "KeyArticles" >> beam.Map(lambda a: (ONE_KEY, a))
        | "Dedup" >> beam.ParDo(StreamDedupFn(cfg.dedup, ctx.lake, ctx.run_id)).with_outputs(
            StreamDedupFn.SIGNATURES, main="articles")
    )
    articles = deduped.articles
    rejects = (
        (polled[REJECTS], fetched[REJECTS], extracted.rejects)
        | "AllRejects" >> beam.Flatten()
        | "CountRejects" >> beam.Map(_count_reject)
    )
    # Signatures before articles: a stop between the two leaves a signature whose article
    # the restarted stream fetches again (never an article the index does not know).
    deduped[StreamDedupFn.SIGNATURES] | "WriteSignatures" >> WriteDatasetPerBundle(
        ctx.lake, "signatures", SIGNATURES_SCHEMA, _ingest_partition,
        lambda r: r["article_id"], ctx.run_id, batch)
    articles | "WriteArticles" >> WriteDatasetPerBundle(
        ctx.lake, "articles", ARTICLES_SCHEMA, _article_partition,
        lambda r: r["article_id"], ctx.run_id, batch)
    if cfg.events.enabled:
        (articles
         | "ArticleEvents" >> ArticleEvents()
         | "ClusterEvents" >> StreamClusterEvents(cfg.events, ctx.lake)
         | "WriteEvents" >> WriteDatasetPerBundle(
             ctx.lake, "events", EVENTS_SCHEMA, lambda r: r[PARTITION],
             lambda r: r["event_id"], ctx.run_id, batch))
    rejects | "WriteRejects" >> WriteDatasetPerBundle(
        ctx.lake, "rejects", REJECTS_SCHEMA, _reject_partition,
        lambda r: f"{r['stage']}|{r['feed_url']}|{r['url']}|{r['error']}", ctx.run_id, batch)
    return {"rounds": rounds, "items": polled[ITEMS], "new_items": new_items,
            "articles": articles, "rejects": rejects}


class _StopOnSignal:
    """While active, SIGINT/SIGTERM create the stop file instead of killing the process."""

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self, stop_file: str):
        self._stop_file = stop_file
        self._previous: dict = {}

    def _handle(self, signum, _frame):
        LOG.warning("signal %s: stopping after the current round", signum)
        with open(self._stop_file, "w") as fh:
            fh.write(str(signum))

    def __enter__(self):
        if threading.current_thread() is threading.main_thread():
            for sig in self.SIGNALS:
                self._previous[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc):
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)


def run_stream(ctx: RunContext, beam_args: list[str] | None = None,
               poll_interval_s: float = 300.0, max_polls: int | None = None,
               stop_file: str | None = None) -> RunSummary:
    """Run the stream until `max_polls` rounds are done or a stop is requested (SIGINT,
    SIGTERM or `stop_file` appearing); everything in flight is written before it returns."""
    if not any(f.kind == "feed" for f in ctx.config.feeds):
        raise ValueError("no feeds configured (sitemaps and sites are read by `akhbar run`)")
    options = make_options(beam_args or [])
    runner = make_runner(options)
    if runner is None:  # a real streaming runner (Dataflow, Flink): declare the job unbounded
        options.view_as(StandardOptions).streaming = True
    own_dir = None
    if stop_file is None:
        own_dir = tempfile.mkdtemp(prefix="akhbar-stream-")
        stop_file = os.path.join(own_dir, "stop")
    start = time.monotonic()
    try:
        with _StopOnSignal(stop_file):
            p = beam.Pipeline(runner=runner, options=options)
            build_stream(p, ctx, poll_interval_s, max_polls, stop_file)
            result = p.run()
            result.wait_until_finish()
    finally:
        if own_dir:
            shutil.rmtree(own_dir, ignore_errors=True)
    elapsed = time.monotonic() - start
    counters = collect_counters(result)
    record_run(ctx, "stream", counters, elapsed)
    return RunSummary(run_id=ctx.run_id, counters=counters, elapsed_s=elapsed, lake=ctx.lake)
