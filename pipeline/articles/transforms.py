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
    extract_jobs,
    extract_reject,
)
from pipeline.context import RunContext
from pipeline.runtime.executor import POOL_ERRORS, Executor

LOG = logging.getLogger(__name__)


class ExtractArticleFn(beam.DoFn):
    """Page record → article row (main) or reject row (tagged), on the given Executor.

    Inline, each page is extracted as it comes. On the warm process pool, pages go out in
    chunks, overlapping with the fetches upstream in the same bundle and using every core of
    a single-process runner; results keep their input's timestamp and window. A page that
    crashes its process becomes a `crash` reject, not a dead run.
    """

    JOBS = staticmethod(extract_jobs)  # what a worker process runs on a chunk of pages
    CHUNK = 8  # pages per hand-off: one page (~20 ms) is too little to hide the hand-off

    def __init__(self, ctx: RunContext, executor: Executor | None = None, pack: bool = False):
        self._ctx = ctx
        self._executor = executor or Executor.inline()
        self._pack = pack
        self.extracted = Metrics.counter("akhbar", "articles_extracted")
        self.failed = Metrics.counter("akhbar", "extract_failed")

    def setup(self):
        self._jobs = self._executor.acquire()

    def teardown(self):
        Executor.release(getattr(self, "_jobs", None))
        self._jobs = None

    def start_bundle(self):
        self._chunk: list = []  # (page, timestamp, window) not yet handed to the pool
        self._pending: deque = deque()  # (future, chunk)

    def _job_args(self, pages: list[dict]) -> tuple:
        cfg = self._ctx.config
        return (pages, self._ctx.run_id, cfg.dedup, cfg.events.enabled, self._pack)

    def _emit(self, result: tuple[str, dict], windowed=None):
        tag, row = result
        (self.extracted if tag == ARTICLES else self.failed).inc()
        value = row if windowed is None else WindowedValue(row, *windowed)
        return value if tag == ARTICLES else beam.pvalue.TaggedOutput(REJECTS, value)

    def _submit(self) -> None:
        chunk, self._chunk = self._chunk, []
        pages = [page for page, _, _ in chunk]
        try:
            future = self._jobs.submit(self.JOBS, *self._job_args(pages))
        except POOL_ERRORS:  # an earlier chunk broke the pool: its future says which
            future = Future()
            future.set_exception(BrokenProcessPool("pool broken before submission"))
        self._pending.append((future, chunk))

    def _results(self, future, chunk) -> list[tuple[str, dict]]:
        try:
            return future.result()
        except BrokenProcessPool:
            # A page crashed its worker (or was in flight when another one did): extract the
            # chunk again page by page in a fresh pool; a page that crashes it again becomes
            # a reject, not a dead run.
            return [self._alone(page) for page, _, _ in chunk]

    def _alone(self, page: dict) -> tuple[str, dict]:
        for _ in range(2):
            try:
                return self._jobs.submit(self.JOBS, *self._job_args([page])).result()[0]
            except POOL_ERRORS:
                self._jobs.replace()
        return REJECTS, extract_reject(page, "crash", "extraction crashed its process",
                                       self._ctx.run_id)

    def _drain(self, keep: int):
        while self._pending and (len(self._pending) > keep or self._pending[0][0].done()):
            future, chunk = self._pending.popleft()
            results = self._results(future, chunk)
            for result, (_, timestamp, window) in zip(results, chunk, strict=True):
                yield self._emit(result, (timestamp, [window]))

    def process(self, page: dict, timestamp=beam.DoFn.TimestampParam,
                window=beam.DoFn.WindowParam):
        if not self._jobs.parallel:  # inline (or processes given up on): emit as it comes
            yield from self._drain(keep=0)
            yield self._emit(self.JOBS(*self._job_args([page]))[0])
            return
        self._chunk.append((page, timestamp, window))
        if len(self._chunk) >= self.CHUNK:
            self._submit()
        yield from self._drain(keep=2 * self._jobs.processes)

    def finish_bundle(self):
        if self._chunk:
            self._submit()
        yield from self._drain(keep=0)


class ExtractArticles(beam.PTransform):
    """Page records → tagged outputs articles, rejects, extracted on `executor` (default:
    inline).

    With `pack`, article rows whose signature and event rows the pool computed carry their
    body compressed (pack_body); whoever writes them calls unpack_body first."""

    def __init__(self, ctx: RunContext, executor: Executor | None = None, pack: bool = False):
        super().__init__()
        self._ctx = ctx
        self._executor = executor
        self._pack = pack

    def expand(self, pages):
        fn = ExtractArticleFn(self._ctx, self._executor, self._pack)
        return pages | "Extract" >> beam.ParDo(fn).with_outputs(REJECTS, main=ARTICLES)
