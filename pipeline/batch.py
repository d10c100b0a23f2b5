"""Wire one batch run: feeds → new items → pages → articles → lake, and report what happened.

`build_pipeline` only composes the stage transforms (each in its own module); `run_batch` picks
the runner, runs it and writes the run's bookkeeping. No parsing or business logic here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import logging
import time
from dataclasses import asdict
from datetime import datetime, timezone

import apache_beam as beam
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import (
    DirectOptions,
    PipelineOptions,
    StandardOptions,
    TypeOptions,
)

from pipeline.articles.jobs import PACKED_BODY_KEY, unpack_body
from pipeline.articles.transforms import ExtractArticles
from pipeline.context import RunContext
from pipeline.dedup.transforms import DeduplicateStories
from pipeline.events.cluster_transforms import ClusterEvents
from pipeline.events.rows import PARTITION as EVENT_PARTITION
from pipeline.events.transforms import ArticleEvents
from pipeline.ingest.fetch import FetchPages
from pipeline.ingest.new_items import (
    KeepNewArticles,
    KeepNewEvents,
    KeepNewItems,
    RetryItems,
    RetryPolicy,
)
from pipeline.ingest.poll import FEED_STATE_DATASET, PollFeeds
from pipeline.ingest.sitemaps import ROOT_KEY as SITEMAP_ROOT_KEY
from pipeline.ingest.sitemaps import ReadSitemaps, is_sitemap_feed
from pipeline.ingest.spool import UNDATED, Spool, SpoolRecords
from pipeline.lake.keys import release_freed_memory
from pipeline.lake.partitions import (
    article_partition,
    feed_state_partition,
    partition_date,
    reject_partition,
    signature_partition,
)
from pipeline.lake.rejects import is_transient, reject_key
from pipeline.lake.session import LakeSession
from pipeline.lake.sinks import WriteDataset
from pipeline.lake.store import file_name, write_rows
from pipeline.progress import add as add_progress
from pipeline.runtime.executor import Executor, executor_for
from pipeline.runtime.runners import basic_translation, runs_in_process
from pipeline.runtime.runners import make_runner as runtime_runner
from pipeline.summary import RunSummary
from schemas.articles import ARTICLES_SCHEMA
from schemas.events import EVENTS_SCHEMA
from schemas.rejects import REJECTS_SCHEMA
from schemas.signatures import SIGNATURES_SCHEMA
from schemas.state import FEED_STATE_SCHEMA, RUNS_SCHEMA
from schemas.version import SCHEMA_VERSION

LOG = logging.getLogger("akhbar")
# What a spooled run keeps for its later passes (pipeline.ingest.spool)
SPOOL_ITEMS, SPOOL_FEED_STATE, SPOOL_TRANSIENT = "items", "feed_state", "transient"


def count_reject(row: dict) -> dict:
    beam.metrics.Metrics.counter("akhbar.rejects", f"{row['stage']}.{row['error']}").inc()
    add_progress("rejects")
    return row


def _to_write(article: dict, *_derived_files) -> dict:
    """An article whose signature and events are written: it goes to the writer now."""
    add_progress("articles_written")
    return article


def _settle_feed_state(row: dict, transient_feeds: dict, *_written) -> list[dict]:
    """A feed's state row as it is written once the run's articles and rejects are: its
    validators are kept (items that failed transiently come back through RetryItems). A
    sitemap's row is its watermark as well (pipeline.ingest.sitemaps): it is dropped when one of
    its items failed transiently."""
    root = row.get(SITEMAP_ROOT_KEY)
    if root is not None:
        return [] if root in transient_feeds else [row]
    return [row]


def discover(p: beam.Pipeline, ctx: RunContext):
    """(items, rejects, feed state rows) of polling the feeds and reading the sitemaps."""
    entries = [asdict(f) for f in ctx.config.feeds]
    # no reshuffle in Create: PollFeeds and ReadSitemaps spread their input themselves
    feeds = p | "Feeds" >> beam.Create([f for f in entries if not is_sitemap_feed(f)],
                                       reshuffle=False)
    polled = feeds | "PollFeeds" >> PollFeeds(ctx)
    items, rejects, state = polled.items, polled.rejects, polled.feed_state
    sitemap_entries = [f for f in entries if is_sitemap_feed(f)]
    if sitemap_entries:
        read = (p | "SitemapEntries" >> beam.Create(sitemap_entries, reshuffle=False)
                | "ReadSitemaps" >> ReadSitemaps(ctx))
        items = (items, read.items) | "AllItems" >> beam.Flatten()
        rejects = (rejects, read.rejects) | "AllPollRejects" >> beam.Flatten()
        state = (state, read.feed_state) | "AllFeedState" >> beam.Flatten()
    return items, rejects, state


def page_stages(ctx: RunContext, new_items, read_pages: beam.PTransform,
                executor: Executor | None = None, upstream_rejects=(),
                dates: tuple[dt.date, dt.date] | None = None) -> dict:
    """New items → pages (`read_pages`: fetched, or read from WARC files) → articles, dedup,
    events → the lake. `dates`: the first and last day the items were fetched (dedup looks
    back from each; default the run's day). Event clustering looks back from the run's day
    and reads every stored event from there on; for an archive's window (days before the
    run's) it looks back from the window's first day and reads up to a look-back after its
    last, so that reports of one event in different windows join. Returns the articles,
    rejects, written files and the feeds with transient rejects."""
    cfg = ctx.config
    today = ctx.started_at.date()
    first, last = dates or (today, today)
    cluster_from, cluster_to = (first, last) if last < today else (today, None)
    dedup = dataclasses.replace(cfg.dedup, lookback_days=cfg.dedup.lookback_days
                                + max(0, (last - first).days))
    fetched = new_items | "FetchPages" >> read_pages
    extracted = fetched.pages | "ExtractArticles" >> ExtractArticles(ctx, executor, pack=True)
    new_articles = extracted.articles | "NewArticles" >> KeepNewArticles(ctx.lake)
    deduped = new_articles | "Dedup" >> DeduplicateStories(dedup, ctx.lake, last, ctx.run_id)
    articles = deduped["articles"]

    rejects = (
        (*upstream_rejects, fetched.rejects, extracted.rejects)
        | "AllRejects" >> beam.Flatten()
        | "CountRejects" >> beam.Map(count_reject)
    )
    batch = cfg.output.batch_size
    signature_files = deduped["signatures"] | "WriteSignatures" >> WriteDataset(
        ctx.lake, "signatures", SIGNATURES_SCHEMA, signature_partition,
        lambda r: r["article_id"], ctx.run_id, batch,
    )
    derived_files = [signature_files]
    if cfg.events.enabled:
        events = (
            articles
            | "ArticleEvents" >> ArticleEvents()  # Arabic filter, extraction, partition
            | "ClusterEvents" >> ClusterEvents(cfg.events, ctx.lake, cluster_from,
                                                    cluster_to)
            | "NewEvents" >> KeepNewEvents(ctx.lake)
        )
        derived_files.append(events | "WriteEvents" >> WriteDataset(
            ctx.lake, "events", EVENTS_SCHEMA, lambda r: r[EVENT_PARTITION],
            lambda r: r["event_id"], ctx.run_id, batch,
        ))
    # Articles are published after their signatures and events: an article in the lake is
    # the mark that an item is done, so a run killed midway redoes everything derived from it.
    # Bodies stay compressed until the writing thread (see pipeline.articles.transforms.pack_body).
    article_files = (
        articles
        | "AfterDerived" >> beam.Map(_to_write,
                                     *[beam.pvalue.AsList(f) for f in derived_files])
        | "WriteArticles" >> WriteDataset(
            ctx.lake, "articles", ARTICLES_SCHEMA, article_partition,
            lambda r: r["article_id"], ctx.run_id, batch,
            carry=(PACKED_BODY_KEY,), finish_row=unpack_body, executor=executor,
        )
    )
    reject_files = rejects | "WriteRejects" >> WriteDataset(
        ctx.lake, "rejects", REJECTS_SCHEMA, reject_partition,
        reject_key, ctx.run_id, batch,
    )
    transient_feeds = (
        rejects
        | "Transient" >> beam.Filter(lambda r: is_transient(r["error"], r["message"]))
        | "TransientFeed" >> beam.Map(lambda r: (r["feed_url"], 1))
        | "PerFeed" >> beam.CombinePerKey(sum)
    )
    return {"articles": articles, "rejects": rejects, "article_files": article_files,
            "reject_files": reject_files, "transient_feeds": transient_feeds}


def build_pipeline(p: beam.Pipeline, ctx: RunContext, executor: Executor | None = None,
                   spool: Spool | None = None, window: int | None = None) -> dict:
    """Add the batch graph to `p`; returns the main PCollections (for tests and extensions).
    `executor` runs the extraction and the articles' Parquet encoding (default: inline).

    With a `spool`, a run that finds more than `window` new items only discovers them here:
    they (and the feeds' state) go to the spool for later passes (build_window) and the rest
    of this graph sees none."""
    cfg = ctx.config
    items, poll_rejects, poll_state = discover(p, ctx)
    retry = RetryPolicy(cfg.network.retry_runs, cfg.network.retry_runs_backoff_s)
    # items that failed transiently in earlier runs and are due again: fed back from the
    # rejects, so that a feed answering 304 (its validators are always kept) forgets nothing
    retried = p | "RetryItems" >> RetryItems(ctx.lake, [asdict(f) for f in cfg.feeds], retry,
                                              ctx.started_at)
    new_items = ((items, retried) | "WithRetries" >> beam.Flatten()
                 | "NewItems" >> KeepNewItems(ctx.lake, retry, ctx.started_at))
    fits = None
    if spool is not None:
        fits = beam.pvalue.AsSingleton(
            new_items
            | "CountNew" >> beam.combiners.Count.Globally()
            | "FitsOnePass" >> beam.Map(lambda n, limit: n <= limit, window))
        (new_items
         | "Later" >> beam.Filter(lambda _, one_pass: not one_pass, fits)
         | "SpoolItems" >> SpoolRecords(spool, SPOOL_ITEMS, _item_day))
        new_items = new_items | "Now" >> beam.Filter(lambda _, one_pass: one_pass, fits)
    out = page_stages(ctx, new_items, FetchPages(ctx, cfg.performance.fetch_batch_size),
                      executor, [poll_rejects])
    # Feed validators are written last, once every article and reject is in the lake, so a
    # run that dies never leaves a 304 standing in front of items it did not ingest.
    feed_state = poll_state | "Settle" >> beam.FlatMap(
        _settle_feed_state,
        beam.pvalue.AsDict(out["transient_feeds"]),
        beam.pvalue.AsList(out["reject_files"]),
        beam.pvalue.AsList(out["article_files"]),
    )
    if fits is not None:  # spooled: settled and written after the last pass (finish_spooled)
        (poll_state | "StateLater" >> beam.Filter(lambda _, one_pass: not one_pass, fits)
         | "SpoolState" >> SpoolRecords(spool, SPOOL_FEED_STATE))
        (out["transient_feeds"]
         | "TransientLater" >> beam.Filter(lambda _, one_pass: not one_pass, fits)
         | "SpoolTransient" >> SpoolRecords(spool, SPOOL_TRANSIENT))
        feed_state = feed_state | "StateNow" >> beam.Filter(lambda _, one_pass: one_pass, fits)
    feed_state | "WriteFeedState" >> WriteDataset(
        ctx.lake, FEED_STATE_DATASET, FEED_STATE_SCHEMA, feed_state_partition,
        lambda r: r["feed_url"], ctx.run_id, cfg.output.batch_size,
    )
    return {"items": items, "new_items": new_items, "articles": out["articles"],
            "rejects": out["rejects"]}


def window_days(items: list[dict], today: dt.date) -> tuple[dt.date, dt.date]:
    """(first, last) day a window's items were or will be fetched: WARC items carry their fetch
    time, others are fetched today."""
    fetched = [i["fetched_at"].date() for i in items if i.get("fetched_at")] or [today]
    return min(fetched), max(fetched)


def build_window(p: beam.Pipeline, ctx: RunContext, items: list[dict],
                 executor: Executor | None, spool: Spool, read_pages: beam.PTransform) -> dict:
    """One later pass: a window of spooled items → pages → … → the lake; the feeds with
    transient rejects go to the spool (for finish_spooled)."""
    dates = window_days(items, ctx.started_at.date())
    new_items = p | "Window" >> beam.Create(items, reshuffle=False)
    out = page_stages(ctx, new_items, read_pages, executor, (), dates)
    out["transient_feeds"] | "SpoolTransient" >> SpoolRecords(spool, SPOOL_TRANSIENT)
    return out


def finish_spooled(ctx: RunContext, spool: Spool) -> int:
    """Settle and write the feed state rows a spooled run kept back (after its last pass)."""
    transient = dict(spool.records(SPOOL_TRANSIENT))
    rows = [r for row in spool.records(SPOOL_FEED_STATE) for r in _settle_feed_state(
        row, transient)]
    by_day: dict[str, list[dict]] = {}
    for row in rows:
        by_day.setdefault(feed_state_partition(row), []).append(
            {k: row.get(k) for k in FEED_STATE_SCHEMA.names})
    for day, day_rows in sorted(by_day.items()):
        write_rows(ctx.lake, FEED_STATE_DATASET, day, day_rows, FEED_STATE_SCHEMA,
                   file_name(ctx.run_id, [r["feed_url"] for r in day_rows]))
    return len(rows)


def _item_day(item: dict) -> str:
    """Spool bucket of a feed or sitemap item: its publication day when known."""
    published = item.get("published")
    return partition_date(None, published) if published else UNDATED


def make_options(beam_args: list[str]) -> PipelineOptions:
    """Beam options from the command line's Beam flags. Construction-time type checking is off
    unless asked for (--pipeline_type_check): akhbar's transforms declare no type hints to
    check, and inferring them costs about 0.15 s of every run's start."""
    options = PipelineOptions(beam_args)
    options.view_as(beam.options.pipeline_options.SetupOptions).save_main_session = False
    if "--pipeline_type_check" not in beam_args:
        options.view_as(TypeOptions).pipeline_type_check = False
    return options


def run_executor(config_value: int, options: PipelineOptions) -> Executor:
    """Where the extraction and the articles' encoding run for these options
    (pipeline.runtime.executor.executor_for)."""
    return executor_for(config_value, options.view_as(StandardOptions).runner,
                        options.view_as(DirectOptions).direct_running_mode)


def make_runner(options: PipelineOptions):
    """The runner for --runner (pipeline.runtime.runners.make_runner)."""
    return runtime_runner(options.view_as(StandardOptions).runner)


def collect_counters(result) -> dict[str, int]:
    counters: dict[str, int] = {}
    for c in result.metrics().query(MetricsFilter())["counters"]:
        name = c.key.metric.name
        if c.key.metric.namespace == "akhbar.rejects":
            name = "rejected." + name
        value = c.committed if c.committed is not None else c.attempted
        counters[name] = counters.get(name, 0) + int(value or 0)
    return counters


def windowed(options: PipelineOptions) -> bool:
    """Whether runs go through windows: on the in-process runner, which holds every stage's
    output in memory (other runners spill their groupings to disk)."""
    return runs_in_process(options.view_as(StandardOptions).runner)


def run_pipeline(options: PipelineOptions, build, more_to_come: bool = False) -> dict[str, int]:
    """Build one pipeline with `build(p)`, run it to the end, return its counters. When other
    passes follow, what this one left is collected and its freed heap given back first."""
    p = beam.Pipeline(runner=make_runner(options), options=options)
    build(p)
    result = p.run()
    result.wait_until_finish()
    counters = collect_counters(result)
    if more_to_come:
        del p, result
        gc.collect()
        release_freed_memory()
    return counters


def add_counters(total: dict[str, int], more: dict[str, int]) -> dict[str, int]:
    for name, value in more.items():
        total[name] = total.get(name, 0) + value
    return total


def run_batch(ctx: RunContext, beam_args: list[str] | None = None) -> RunSummary:
    """Run one batch pass to completion (in windows of new items on the default runner: see
    build_pipeline) and return its summary."""
    options = make_options(beam_args or [])
    start = time.monotonic()
    # The lake's lock is held for the whole run; a bad --output or a busy lake stops it here.
    with LakeSession(ctx.lake, ctx.run_id, "batch") as session:
        if basic_translation(options.view_as(StandardOptions).runner):
            from pipeline.batch_basic import build_basic_pipeline, lake_counters

            # the Dask runner collects no metrics: the summary is counted from the lake
            p = beam.Pipeline(runner=make_runner(options), options=options)
            build_basic_pipeline(p, ctx)
            p.run().wait_until_finish()
            counters = lake_counters(ctx)
        else:
            executor = run_executor(ctx.config.performance.extract_processes, options)
            counters = run_windowed(options, ctx, executor, lambda p, spool, window:
                                    build_pipeline(p, ctx, executor, spool, window))
        session.repair_duplicates(counters)
        counters.update(session.nonzero_counters())
        elapsed = time.monotonic() - start
        record_run(ctx, "batch", counters, elapsed)
    return RunSummary(run_id=ctx.run_id, counters=counters, elapsed_s=elapsed, lake=ctx.lake)


def run_windowed(options: PipelineOptions, ctx: RunContext, executor: Executor | None,
                 build_first) -> dict[str, int]:
    """Run `build_first(p, spool, window)`, then, on the default runner, one pass per window
    of the items it spooled (build_window), then settle the spooled feed state."""
    window = ctx.config.performance.window_pages
    spool = Spool() if windowed(options) else None
    try:
        counters = run_pipeline(options, lambda p: build_first(p, spool, window),
                                spool is not None)
        if spool is not None and spool.count_files(SPOOL_FEED_STATE) + spool.count_files(
                SPOOL_ITEMS):
            batch = ctx.config.performance.fetch_batch_size
            for items in spool.windows(SPOOL_ITEMS, window):
                add_counters(counters, run_pipeline(options, lambda p, items=items: build_window(
                    p, ctx, items, executor, spool, FetchPages(ctx, batch)), True))
            finish_spooled(ctx, spool)
    finally:
        if spool is not None:
            spool.remove()
    return counters


def record_run(ctx: RunContext, mode: str, counters: dict[str, int], elapsed: float) -> None:
    """Append the run's row to `state/runs` (read by `akhbar report`)."""
    finished = datetime.now(timezone.utc)
    row = {
        "run_id": ctx.run_id, "mode": mode, "started_at": ctx.started_at,
        "finished_at": finished, "elapsed_s": round(elapsed, 3),
        "counters": sorted(counters.items()), "config_path": ctx.config.path,
        "schema_version": SCHEMA_VERSION,
    }
    write_rows(ctx.lake, "state/runs", partition_date(None, finished), [row], RUNS_SCHEMA,
               file_name(ctx.run_id, [ctx.run_id]))
