"""Wire the unbounded stream: poll rounds → new items → pages → articles → dedup → events → lake.

Composes the batch's DoFns and composites (PollFeedFn, FetchBatchFn, ExtractArticles, dedup's
FinalizeStoryFn, the events' rows and cluster index) in a chain with no GroupByKey, so every round
reaches the lake, per bundle; state lives in pipeline.ingest.schedule, pipeline.dedup.stream_index
and pipeline.events.stream_index objects held in Beam state. An article's signature, events and
row come out of one stateful step (StreamDeriveFn) and go to one writer, which publishes them in
that order. `run_stream` runs it until
--max-polls or SIGINT/SIGTERM. No parsing, matching or lake-format logic here.
"""

from __future__ import annotations

import dataclasses
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
from apache_beam.utils.windowed_value import WindowedValue

from pipeline.articles.transforms import ExtractArticles
from pipeline.batch import (
    collect_counters,
    count_reject,
    make_options,
    make_runner,
    record_run,
)
from pipeline.context import RunContext
from pipeline.dedup import stories as dedup
from pipeline.dedup.stream_index import StoryIndex
from pipeline.dedup.transforms import (
    FinalizeStoryFn,
    lookback_dates,
    read_signature_rows,
    stored_entry,
)
from pipeline.events import clusters as event_clusters
from pipeline.events.cluster_transforms import seed_event_index
from pipeline.events.rows import (
    ARABIC_KEY,
    INGESTED,
    PARTITION,
    PRECOMPUTED_KEY,
    event_rows_for_article,
    is_event_source,
)
from pipeline.ingest.fetch import FetchBatchFn
from pipeline.ingest.new_items import (
    DONE,
    RetryPolicy,
    is_held,
    known_article_ids,
    known_item_keys,
)
from pipeline.ingest.poll import FEED_STATE, ITEMS, REJECTS, PollFeedFn
from pipeline.ingest.schedule import ExpiringKeys, tick_seconds
from pipeline.ingest.sitemaps import ReadSitemapsFn, is_sitemap_feed
from pipeline.ingest.stream_source import PollRoundsFn, schedule
from pipeline.lake.partitions import article_partition, reject_partition, signature_partition
from pipeline.lake.rejects import reject_key
from pipeline.lake.session import LakeSession
from pipeline.lake.sinks import WriteDatasetPerBundle, WriteDatasetsPerBundle
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


class StreamReadSitemapsFn(ReadSitemapsFn):
    """ReadSitemapsFn that remembers each sitemap's validators and read time between rounds:
    an unchanged sitemap is a 304, an index's children and a urlset's entries older than the
    previous round's read are not taken again (the lake's state is read once, at start). A
    round's reads count from the next round on: within a round they would hide what it lists."""

    def process(self, element):
        _round, feed = element
        read = {}
        for out in super().process(feed):
            if isinstance(out, beam.pvalue.TaggedOutput) and out.tag == FEED_STATE:
                read[out.value["feed_url"]] = out.value
            yield out
        self._states.update(read)


class StreamPollFn(beam.DoFn):
    """One round's entry → its items, rejects and state: feeds through StreamPollFeedFn,
    sitemaps and sites through StreamReadSitemapsFn. One step, not a branch per kind: a
    branch after the rounds' source makes the in-process runner hold the rounds back."""

    def __init__(self, ctx: RunContext):
        self._feeds = StreamPollFeedFn(ctx)
        self._sitemaps = StreamReadSitemapsFn(ctx)
        self._sitemaps_ready = False

    def setup(self):
        self._feeds.setup()

    def teardown(self):
        self._feeds.teardown()
        if self._sitemaps_ready:
            self._sitemaps.teardown()

    def process(self, element):
        if not is_sitemap_feed(element[1]):
            yield from self._feeds.process(element)
            return
        if not self._sitemaps_ready:
            self._sitemaps.setup()
            self._sitemaps_ready = True
        yield from self._sitemaps.process(element)


class KeepNewItemsFn(beam.DoFn):
    """(key, item) → the item when its URL is neither in the lake nor seen within the ttl, and
    the lake's rejects do not hold back this exact item of this feed.

    State: an ExpiringKeys of url keys, seeded from the lake on first use (so a restarted stream
    resumes where the lake is); an item listed by its feed is refreshed on every poll.
    """

    SEEN = ReadModifyWriteStateSpec("seen_items", PickleCoder())

    def __init__(self, lake: str | None, ttl_s: float, policy: RetryPolicy | None = None):
        self._lake = lake
        self._ttl_s = ttl_s
        self._policy = policy or RetryPolicy()
        self.new = Metrics.counter("akhbar", "entries_new")
        self.known = Metrics.counter("akhbar", "entries_known")

    def process(self, element, seen=beam.DoFn.StateParam(SEEN),
                timestamp=beam.DoFn.TimestampParam):
        _key, item = element
        now = float(timestamp)
        keys = seen.read()
        if keys is None:
            keys = ExpiringKeys(self._ttl_s)
            keys.held = set()
            verdicts = (known_item_keys(self._lake, self._policy, datetime.fromtimestamp(
                now, UTC)) if self._lake else ())
            for key, marker in verdicts:
                if marker == DONE:
                    keys.last_seen[key] = now
                else:
                    keys.held.add(marker)
        if keys.seen(item["url_key"], now) or is_held(item, getattr(keys, "held", ())):
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
    SIGNATURES = FinalizeStoryFn.SIGNATURES

    def __init__(self, config, lake: str | None, run_id: str):
        self._config = config
        self._lake = lake
        self._finalize = FinalizeStoryFn(config, run_id)
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
            node, minhash, keys, assignment = stored_entry(row, bands, rows)
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


def ingestion_order(article: dict) -> str:
    """The batch's ingestion order of an article (its publication day, then its id), which the
    order of its events' clustering follows (pipeline.events.clusters.candidate's order)."""
    published = article.get("published_at")
    day = published.date().isoformat() if published else "9999-99-99"
    return f"{day}|{article.get('article_id') or ''}"


class ArticlesInIngestionOrder(beam.DoFn):
    """A bundle's article rows, re-emitted when it ends in ingestion order, so that a poll
    round's events are clustered in the order a batch run over the same articles takes."""

    def start_bundle(self):
        self._held = []

    def process(self, article, timestamp=beam.DoFn.TimestampParam,
                window=beam.DoFn.WindowParam):
        self._held.append((ingestion_order(article), article, timestamp, window))

    def finish_bundle(self):
        held, self._held = sorted(self._held, key=lambda h: h[0]), []
        for _order, article, timestamp, window in held:
            yield WindowedValue(article, timestamp, [window])


class StreamDeriveFn(beam.DoFn):
    """(key, article row) → ("signatures", row), ("events", row)…, ("articles", row): the
    article's story columns and signature (StreamDedupFn's index) and its clustered events (an
    EventClusterIndex seeded from the lake, the same matching as the batch), all from one call,
    so that one writer downstream publishes them in its bundle's order. Articles already in the
    lake are dropped; events already in the lake are skipped (a restart after a stop between
    two writes derives only what is missing). `events` None: no events."""

    STORIES = StreamDedupFn.INDEX
    EVENTS = ReadModifyWriteStateSpec("event_index", PickleCoder())

    def __init__(self, dedup_config, events_config, lake: str | None, run_id: str):
        self._dedup = StreamDedupFn(dedup_config, lake, run_id)
        self._events = events_config
        self._lake = lake
        self.new = Metrics.counter("akhbar", "event_clusters_new")
        self.joined = Metrics.counter("akhbar", "event_clusters_joined")
        self.known = Metrics.counter("akhbar", "events_known")
        self.expired = Metrics.counter("akhbar", "event_clusters_expired")

    def process(self, element, stories=beam.DoFn.StateParam(STORIES),
                events=beam.DoFn.StateParam(EVENTS)):
        for out in self._dedup.process(element, stories):
            if isinstance(out, beam.pvalue.TaggedOutput):
                yield "signatures", out.value
                continue
            if self._events is not None:
                for row in self._clustered(out, events):
                    yield "events", row
            yield "articles", out

    def _clustered(self, article: dict, state) -> list[dict]:
        rows = article.get(PRECOMPUTED_KEY)
        arabic = article.get(ARABIC_KEY)
        if arabic is None:
            arabic = is_event_source(article)
        if not arabic:
            return []
        if rows is None:
            rows = event_rows_for_article(article, arabic)
        if not rows:
            return []
        published = article.get("published_at")
        pairs = sorted(((event_clusters.candidate(r, published), r) for r in rows),
                       key=lambda cr: cr[0].order)
        today = rows[0][INGESTED].astimezone(UTC).date()
        index = state.read()
        if index is None:
            index = seed_event_index(self._events, self._lake, today)
        self.expired.inc(index.expire(today))
        out = []
        for cand, row in pairs:
            if index.is_known(cand.event_id):
                self.known.inc()
                continue
            cid = index.assign(cand)
            (self.new if cid == cand.event_id else self.joined).inc()
            index.add(dataclasses.replace(cand, cluster_id=cid), today)
            out.append({**row, "event_cluster_id": cid})
        state.write(index)
        return out


def build_stream(p: beam.Pipeline, ctx: RunContext, poll_interval_s: float,
                 max_polls: int | None, stop_file: str | None) -> dict:
    """Add the unbounded graph to `p` (one fused chain: nothing waits for a GroupByKey)."""
    cfg = ctx.config
    feeds = [asdict(f) for f in cfg.feeds]
    tick = tick_seconds([f["poll_interval_s"] or poll_interval_s for f in feeds])
    ttl = cfg.dedup.lookback_days * DAY_S
    batch = cfg.output.batch_size
    rounds = (
        p
        | "Schedule" >> beam.Create([schedule(feeds, tick, poll_interval_s, max_polls,
                                              stop_file)])
        | "PollRounds" >> beam.ParDo(PollRoundsFn())
    )
    polled = rounds | "PollFeeds" >> beam.ParDo(StreamPollFn(ctx)).with_outputs(
        REJECTS, FEED_STATE, main=ITEMS)
    items = polled[ITEMS]
    new_items = (
        items
        | "KeyItems" >> beam.Map(lambda item: (ONE_KEY, item))
        | "NewItems" >> beam.ParDo(KeepNewItemsFn(ctx.lake, ttl, RetryPolicy(
            cfg.network.retry_runs, cfg.network.retry_runs_backoff_s)))
    )
    fetched = (
        new_items
        | "Batch" >> beam.BatchElements(min_batch_size=1, max_batch_size=64)
        | "FetchPages" >> beam.ParDo(FetchBatchFn(ctx)).with_outputs(REJECTS, main="pages")
    )
    extracted = fetched.pages | "ExtractArticles" >> ExtractArticles(ctx)
    derived = (
        extracted.articles
        | "InIngestionOrder" >> beam.ParDo(ArticlesInIngestionOrder())
        | "KeyArticles" >> beam.Map(lambda a: (ONE_KEY, a))
        | "Derive" >> beam.ParDo(StreamDeriveFn(
            cfg.dedup, cfg.events if cfg.events.enabled else None, ctx.lake, ctx.run_id))
    )
    # One writer for what an article gives: per bundle its signatures, then its events, then
    # the article itself, which marks the item done. A stream killed at any moment leaves
    # nothing derived missing behind an article in the lake; what a restart finds missing
    # (articles, and the events or signature of an article not written) it fetches and
    # derives again, skipping what is already there.
    derived | "WriteLake" >> WriteDatasetsPerBundle(ctx.lake, [
        ("signatures", SIGNATURES_SCHEMA, signature_partition, lambda r: r["article_id"]),
        ("events", EVENTS_SCHEMA, lambda r: r[PARTITION], lambda r: r["event_id"]),
        ("articles", ARTICLES_SCHEMA, article_partition, lambda r: r["article_id"]),
    ], ctx.run_id, batch)
    articles = derived | "Articles" >> beam.FlatMap(
        lambda pair: [pair[1]] if pair[0] == "articles" else [])
    rejects = (
        (polled[REJECTS], fetched[REJECTS], extracted.rejects)
        | "AllRejects" >> beam.Flatten()
        | "CountRejects" >> beam.Map(count_reject)
    )
    rejects | "WriteRejects" >> WriteDatasetPerBundle(
        ctx.lake, "rejects", REJECTS_SCHEMA, reject_partition,
        reject_key, ctx.run_id, batch)
    return {"rounds": rounds, "items": items, "new_items": new_items,
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
    if not ctx.config.feeds:
        raise ValueError("no feeds configured")
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
        with (LakeSession(ctx.lake, ctx.run_id, "stream", scan_duplicates=True) as session,
              _StopOnSignal(stop_file)):
            p = beam.Pipeline(runner=runner, options=options)
            build_stream(p, ctx, poll_interval_s, max_polls, stop_file)
            result = p.run()
            result.wait_until_finish()
            elapsed = time.monotonic() - start
            counters = {**collect_counters(result), **session.nonzero_counters()}
            record_run(ctx, "stream", counters, elapsed)
    finally:
        if own_dir:
            shutil.rmtree(own_dir, ignore_errors=True)
    return RunSummary(run_id=ctx.run_id, counters=counters, elapsed_s=elapsed, lake=ctx.lake)
