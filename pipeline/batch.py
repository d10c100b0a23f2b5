"""Wire one batch run: feeds → new items → pages → articles → lake, and report what happened.

`build_pipeline` only composes the stage transforms (each in its own module); `run_batch` picks
the runner, runs it and writes the run's bookkeeping. No parsing or business logic here.
"""

from __future__ import annotations

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
from pipeline.lake.partitions import (
    article_partition,
    feed_state_partition,
    partition_date,
    reject_partition,
    signature_partition,
)
from pipeline.lake.rejects import reject_key
from pipeline.lake.session import LakeSession
from pipeline.lake.sinks import WriteDataset
from pipeline.lake.store import file_name, write_rows
from pipeline.runtime.executor import Executor, executor_for
from pipeline.runtime.runners import basic_translation
from pipeline.runtime.runners import make_runner as runtime_runner
from pipeline.summary import RunSummary
from schemas.articles import ARTICLES_SCHEMA
from schemas.events import EVENTS_SCHEMA
from schemas.rejects import REJECTS_SCHEMA
from schemas.signatures import SIGNATURES_SCHEMA
from schemas.state import FEED_STATE_SCHEMA, RUNS_SCHEMA
from schemas.version import SCHEMA_VERSION

LOG = logging.getLogger("akhbar")


def count_reject(row: dict) -> dict:
    beam.metrics.Metrics.counter("akhbar.rejects", f"{row['stage']}.{row['error']}").inc()
    return row


def _after_lake_writes(row: dict, *_written) -> dict:
    """A feed's state row, once the run's articles and rejects are written (side inputs)."""
    return row


def build_pipeline(p: beam.Pipeline, ctx: RunContext, executor: Executor | None = None) -> dict:
    """Add the batch graph to `p`; returns the main PCollections (for tests and extensions).
    `executor` runs the extraction and the articles' Parquet encoding (default: inline)."""
    cfg = ctx.config
    feed_dicts = [asdict(f) for f in cfg.feeds]
    feeds = p | "Feeds" >> beam.Create(feed_dicts)
    polled = feeds | "PollFeeds" >> PollFeeds(ctx)
    retry = RetryPolicy(cfg.network.retry_runs, cfg.network.retry_runs_backoff_s)
    # items that failed transiently in earlier runs and are due again: fed back from the
    # rejects, so that a feed answering 304 (its validators are always kept) forgets nothing
    retried = p | "RetryItems" >> RetryItems(ctx.lake, feed_dicts, retry, ctx.started_at)
    new_items = ((polled.items, retried) | "AllItems" >> beam.Flatten()
                 | "NewItems" >> KeepNewItems(ctx.lake, retry, ctx.started_at))
    fetched = new_items | "FetchPages" >> FetchPages(ctx, cfg.performance.fetch_batch_size)
    extracted = fetched.pages | "ExtractArticles" >> ExtractArticles(ctx, executor, pack=True)
    new_articles = extracted.articles | "NewArticles" >> KeepNewArticles(ctx.lake)
    deduped = new_articles | "Dedup" >> DeduplicateStories(
        cfg.dedup, ctx.lake, ctx.started_at.date(), ctx.run_id
    )
    articles = deduped["articles"]

    rejects = (
        (polled.rejects, fetched.rejects, extracted.rejects)
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
            | "ClusterEvents" >> ClusterEvents(cfg.events, ctx.lake, ctx.started_at.date())
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
        | "AfterDerived" >> beam.Map(lambda a, *_: a,
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
    # Feed validators are written last, once every article and reject is in the lake, so a
    # run that dies never leaves a 304 standing in front of items it did not ingest. They are
    # kept even when some items failed transiently: those come back through RetryItems.
    feed_state = polled.feed_state | "Settle" >> beam.Map(
        _after_lake_writes,
        beam.pvalue.AsList(reject_files),
        beam.pvalue.AsList(article_files),
    )
    feed_state | "WriteFeedState" >> WriteDataset(
        ctx.lake, FEED_STATE_DATASET, FEED_STATE_SCHEMA, feed_state_partition,
        lambda r: r["feed_url"], ctx.run_id, batch,
    )
    return {"items": polled.items, "new_items": new_items, "articles": articles,
            "rejects": rejects}


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


def run_batch(ctx: RunContext, beam_args: list[str] | None = None) -> RunSummary:
    """Run one batch pass to completion and return its summary."""
    options = make_options(beam_args or [])
    start = time.monotonic()
    # The lake's lock is held for the whole run; a bad --output or a busy lake stops it here.
    with LakeSession(ctx.lake, ctx.run_id, "batch") as session:
        runner = make_runner(options)
        p = beam.Pipeline(runner=runner, options=options)
        basic = basic_translation(options.view_as(StandardOptions).runner)
        if basic:
            from pipeline.batch_basic import build_basic_pipeline, lake_counters

            build_basic_pipeline(p, ctx)
        else:
            build_pipeline(p, ctx,
                           run_executor(ctx.config.performance.extract_processes, options))
        result = p.run()
        result.wait_until_finish()
        elapsed = time.monotonic() - start
        counters = lake_counters(ctx) if basic else collect_counters(result)
        session.repair_duplicates(counters)
        counters.update(session.nonzero_counters())
        record_run(ctx, "batch", counters, elapsed)
    return RunSummary(run_id=ctx.run_id, counters=counters, elapsed_s=elapsed, lake=ctx.lake)


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
