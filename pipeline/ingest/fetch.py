"""Beam transform: download article pages of new feed items, many at a time, politely.

Batches items so one worker fetches concurrently (connectors.http enforces the global and
per-host limits); failures become reject rows. It does not parse pages.
"""

from __future__ import annotations

from datetime import datetime, timezone

import apache_beam as beam
from apache_beam.metrics import Metrics

from connectors.errors import FetchError
from connectors.http import Fetcher
from pipeline.context import RunContext
from pipeline.lake.rejects import make_reject
from pipeline.progress import add as add_progress

PAGES, REJECTS = "pages", "rejects"


class FetchBatchFn(beam.DoFn):
    """A batch of item records → page records (item + html, final_url, fetched_at) or rejects."""

    def __init__(self, ctx: RunContext):
        self._ctx = ctx
        self.fetched = Metrics.counter("akhbar", "pages_fetched")
        self.failed = Metrics.counter("akhbar", "pages_failed")

    def setup(self):
        # pages are decoded by the extraction step (in its worker processes when it has them)
        self._fetcher = Fetcher(self._ctx.config.network, robots_scope=self._ctx.run_id,
                                decode_pages=False)

    def teardown(self):
        fetcher = getattr(self, "_fetcher", None)
        if fetcher is not None:
            fetcher.close()

    def process(self, batch: list[dict]):
        ctx = self._ctx
        requests = [(i, ctx.reach(item["url"]), "page") for i, item in enumerate(batch)]
        for i, result in self._fetcher.fetch_many(requests):
            item = batch[i]
            now = datetime.now(timezone.utc)
            add_progress("pages_done")
            if isinstance(result, FetchError):
                self.failed.inc()
                yield beam.pvalue.TaggedOutput(REJECTS, make_reject(
                    url=item["url"], feed_url=item["feed_url"], source=item["source"],
                    stage="fetch", error=result.kind, message=ctx.named(str(result)), at=now,
                    run_id=ctx.run_id,
                ))
                continue
            self.fetched.inc()
            yield {**item, "final_url": ctx.named(result.final_url), "content": result.content,
                   "content_type": result.headers.get("content-type"), "fetched_at": now}


class FetchPages(beam.PTransform):
    """Item records → tagged outputs pages, rejects."""

    def __init__(self, ctx: RunContext, max_batch_size: int = 64):
        super().__init__()
        self._ctx = ctx
        self._max_batch = max_batch_size

    def expand(self, items):
        # No reshuffle here: the items come out of KeepNewItems' grouping, already spread.
        return (
            items
            | "Batch" >> beam.BatchElements(min_batch_size=self._max_batch,
                                            max_batch_size=self._max_batch)
            | "Fetch" >> beam.ParDo(FetchBatchFn(self._ctx)).with_outputs(REJECTS, main=PAGES)
        )
