"""Beam transform: fetched pages → article rows of schemas/articles.py (or reject rows).

Calls pipeline.text.extract for the page and pipeline.text.urls for identity; adds provenance
columns.
Dedup columns stay empty here (pipeline.dedup.transforms fills them).
"""

from __future__ import annotations

import logging
from collections import deque
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.utils.windowed_value import WindowedValue

from pipeline.articles.jobs import (
    ARTICLES,
    REJECTS,
    extract_job,
    extract_jobs,
    extract_reject,
)
from pipeline.context import RunContext
from pipeline.runtime import worker_pool
from pipeline.runtime.pool import (
    make_pool,
)

LOG = logging.getLogger(__name__)


class ExtractArticleFn(beam.DoFn):
    """Page record → article row (main) or reject row (tagged).

    With `processes` > 1 the pages go to a process pool, overlapping with the fetches
    upstream in the same bundle and using every core of a single-process runner; results
    keep their input's timestamp and window.
    """

    JOBS = staticmethod(extract_jobs)  # what a pool process runs on a chunk of pages
    CHUNK = 8  # pages per hand-off: one page (~20 ms) is too little to hide the hand-off
    MAX_POOL_FAILURES = 3

    def __init__(self, ctx: RunContext, processes: int = 0, pack: bool = False):
        self._ctx = ctx
        self._processes = processes
        self._pack = pack
        self.extracted = Metrics.counter("akhbar", "articles_extracted")
        self.failed = Metrics.counter("akhbar", "extract_failed")

    def setup(self):
        self._pool = None
        self._set_pool(make_pool(self._processes) if self._processes > 1 else None)
        self._pool_failures = 0

    def _set_pool(self, pool) -> None:
        """Use `pool` from now on, and lend it to the steps after extraction (worker_pool)."""
        if self._pool is not None:
            worker_pool.take_back(self._pool)
        self._pool = pool
        if pool is not None:
            worker_pool.lend(pool)

    def teardown(self):
        pool = getattr(self, "_pool", None)
        if pool is not None:
            worker_pool.take_back(pool)
            pool.shutdown(wait=True, cancel_futures=True)

    def start_bundle(self):
        self._chunk: list = []  # (page, timestamp, window) not yet handed to the pool
        self._pending: deque = deque()  # (future, chunk)

    def _emit(self, result: tuple[str, dict], windowed=None):
        tag, row = result
        (self.extracted if tag == ARTICLES else self.failed).inc()
        value = row if windowed is None else WindowedValue(row, *windowed)
        return value if tag == ARTICLES else beam.pvalue.TaggedOutput(REJECTS, value)

    def _submit(self) -> None:
        chunk, self._chunk = self._chunk, []
        pages = [page for page, _, _ in chunk]
        future = Future()
        if self._pool is None:
            future.set_result(self.JOBS(pages, self._ctx.run_id))
        else:
            try:
                future = self._pool.submit(self.JOBS, pages, self._ctx.run_id,
                                           self._ctx.config.dedup,
                                           self._ctx.config.events.enabled, self._pack)
            except BrokenProcessPool:  # an earlier chunk crashed it: its future says which
                future.set_exception(BrokenProcessPool("pool broken before submission"))
        self._pending.append((future, chunk))

    def _results(self, future, chunk) -> list[tuple[str, dict]]:
        try:
            results = future.result()
        except BrokenProcessPool:
            # A page crashed its worker (or was in flight when another one did): extract the
            # chunk again page by page in a fresh pool; a page that crashes it again becomes
            # a reject, not a dead run.
            return [self._alone(page) for page, _, _ in chunk]
        self._pool_failures = 0
        return results

    def _alone(self, page: dict) -> tuple[str, dict]:
        for _ in range(2):
            if self._pool is None:  # the pool cannot run here at all: extract inline
                return extract_job(page, self._ctx.run_id)
            try:
                result = self._pool.submit(self.JOBS, [page], self._ctx.run_id,
                                           self._ctx.config.dedup,
                                           self._ctx.config.events.enabled,
                                           self._pack).result()[0]
                self._pool_failures = 0
                return result
            except BrokenProcessPool:
                self._replace_pool()
        return REJECTS, extract_reject(page, "crash", "extraction crashed its process",
                                       self._ctx.run_id)

    def _replace_pool(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool_failures += 1
        if self._pool_failures >= self.MAX_POOL_FAILURES:
            # Workers die even on pages that extract fine inline, e.g. because the embedding
            # program's __main__ cannot be imported by a child: stop using processes.
            LOG.warning("extraction processes keep dying; extracting in this process instead")
            self._set_pool(None)
        else:
            self._set_pool(make_pool(self._processes))

    def _drain(self, keep: int):
        while self._pending and (len(self._pending) > keep or self._pending[0][0].done()):
            future, chunk = self._pending.popleft()
            results = self._results(future, chunk)
            for result, (_, timestamp, window) in zip(results, chunk, strict=True):
                yield self._emit(result, (timestamp, [window]))

    def process(self, page: dict, timestamp=beam.DoFn.TimestampParam,
                window=beam.DoFn.WindowParam):
        if self._pool is None:  # processes given up on (see _replace_pool)
            yield from self._drain(keep=0)
            yield self._emit(extract_job(page, self._ctx.run_id))
            return
        self._chunk.append((page, timestamp, window))
        if len(self._chunk) >= self.CHUNK:
            self._submit()
        yield from self._drain(keep=2 * self._processes)

    def finish_bundle(self):
        if self._chunk:
            self._submit()
        yield from self._drain(keep=0)


class ExtractArticles(beam.PTransform):
    """Page records → tagged outputs articles, rejects (`processes` > 1: a process pool).

    With `pack`, article rows whose signature and event rows the pool computed carry their
    body compressed (pack_body); whoever writes them calls unpack_body first."""

    def __init__(self, ctx: RunContext, processes: int = 0, pack: bool = False):
        super().__init__()
        self._ctx = ctx
        self._processes = processes
        self._pack = pack

    def expand(self, pages):
        fn = ExtractArticleFn(self._ctx, self._processes, self._pack)
        return pages | "Extract" >> beam.ParDo(fn).with_outputs(REJECTS, main=ARTICLES)
