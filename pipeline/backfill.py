"""Wire `akhbar backfill`: WARC files → the HTML pages they hold → the stages fetched pages go
through (decode, extract, split, dedup against the lake and within the run, events) → lake.

The first pass scans the files (one per worker, streamed) and keeps the pages the lake does not
hold yet. On the default runner it spools them (pipeline.ingest.spool) and later passes read
and process a window each, in the order of the days they were fetched; on other runners one
graph does both. No parsing or business logic here.
"""

from __future__ import annotations

import datetime as dt
import time

import apache_beam as beam

from pipeline.batch import (
    SPOOL_ITEMS,
    add_counters,
    build_window,
    count_reject,
    make_options,
    page_stages,
    record_run,
    run_executor,
    run_pipeline,
    windowed,
)
from pipeline.context import RunContext
from pipeline.ingest.new_items import KeepNewItems
from pipeline.ingest.spool import Spool, SpoolRecords
from pipeline.ingest.warc import ReadWarcPages, ScanWarcFiles, item_day
from pipeline.lake.partitions import reject_partition
from pipeline.lake.session import LakeSession
from pipeline.lake.sinks import WriteDataset
from pipeline.runtime.executor import Executor
from pipeline.summary import RunSummary
from schemas.rejects import REJECTS_SCHEMA


def build_backfill(p: beam.Pipeline, ctx: RunContext, paths: list[str], configured: bool,
                   executor: Executor | None = None, spool: Spool | None = None) -> dict:
    """The scan pass (with a spool: it ends there) or the whole backfill graph (without)."""
    scanned = (p | "WarcFiles" >> beam.Create(paths)
               | "ScanWarc" >> ScanWarcFiles(ctx, configured))
    new_items = scanned.items | "NewItems" >> KeepNewItems(ctx.lake)
    if spool is None:
        today = ctx.started_at.date()
        first = ctx.since.date() if ctx.since else today
        last = (ctx.until - dt.timedelta(microseconds=1)).date() if ctx.until else today
        return page_stages(ctx, new_items, ReadWarcPages(ctx), executor,
                           [scanned.rejects], (min(first, last), max(first, last)))
    new_items | "SpoolItems" >> SpoolRecords(spool, SPOOL_ITEMS, item_day)
    rejects = scanned.rejects | "CountRejects" >> beam.Map(count_reject)
    rejects | "WriteRejects" >> WriteDataset(
        ctx.lake, "rejects", REJECTS_SCHEMA, reject_partition,
        lambda r: f"{r['stage']}|{r['feed_url']}|{r['url']}|{r['error']}|{r['message']}",
        ctx.run_id, ctx.config.output.batch_size,
    )
    return {"items": new_items, "rejects": rejects}


def run_backfill(ctx: RunContext, paths: list[str], beam_args: list[str] | None = None,
                 configured: bool = True) -> RunSummary:
    """Backfill the lake from the WARC files at `paths` and return the run's summary."""
    options = make_options(beam_args or [])
    start = time.monotonic()
    # the lake's lock is held for the whole run, as for `akhbar run`
    with LakeSession(ctx.lake, ctx.run_id, "backfill") as session:
        executor = run_executor(ctx.config.performance.extract_processes, options)
        spool = Spool() if windowed(options) else None
        try:
            counters = run_pipeline(options, lambda p: build_backfill(
                p, ctx, paths, configured, executor, spool), spool is not None)
            if spool is not None:
                window = ctx.config.performance.window_pages
                for items in spool.windows(SPOOL_ITEMS, window):
                    add_counters(counters, run_pipeline(
                        options, lambda p, items=items: build_window(
                            p, ctx, items, executor, spool, ReadWarcPages(ctx)), True))
        finally:
            if spool is not None:
                spool.remove()
        session.repair_duplicates(counters)
        counters.update(session.nonzero_counters())
        elapsed = time.monotonic() - start
        record_run(ctx, "backfill", counters, elapsed)
    return RunSummary(run_id=ctx.run_id, counters=counters, elapsed_s=elapsed, lake=ctx.lake)
