"""Beam transform: fetched pages → article rows of schemas/articles.py (or reject rows).

Calls pipeline.extract for the page and pipeline.urls for identity; adds provenance columns.
Dedup columns stay empty here (pipeline.dedup_transforms fills them).
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import threading
import zlib
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.utils.windowed_value import WindowedValue

from connectors.charset import decode_html
from pipeline import worker_pool
from pipeline.config import DedupConfig
from pipeline.context import RunContext
from pipeline.dedup import PRECOMPUTED_KEY, text_signature
from pipeline.event_stage import ARABIC_KEY, event_rows_for_article, is_arabic
from pipeline.event_stage import PRECOMPUTED_KEY as EVENTS_KEY
from pipeline.extract import ExtractError, extract_page
from pipeline.rejects import make_reject
from pipeline.urls import article_id, canonicalize_url
from schemas.version import SCHEMA_VERSION

ARTICLES, REJECTS = "articles", "rejects"
LOG = logging.getLogger(__name__)
PACKED_BODY_KEY = "_body_zlib"  # the body, compressed, while the row travels between stages


def pack_body(row: dict) -> dict:
    """Carry the body compressed (Arabic text shrinks about 3x): every stage between extraction
    and the articles writer encodes, buffers and decodes the row, and the body is most of it.
    Only for rows whose body-derived values (dedup signature, event rows) are computed."""
    body = row.get("body")
    if body is not None:
        row[PACKED_BODY_KEY] = zlib.compress(body.encode("utf-8"), 1)
        row["body"] = None
    return row


def unpack_body(row: dict) -> dict:
    """The row with its body back (rows that were never packed pass unchanged)."""
    packed = row.get(PACKED_BODY_KEY)
    if packed is None:
        return row
    row = dict(row)
    row["body"] = zlib.decompress(row.pop(PACKED_BODY_KEY)).decode("utf-8")
    return row


def article_row(page: dict, fields: dict, run_id: str) -> dict:
    """Combine a page record and its extracted fields into one articles row."""
    canonical = canonicalize_url(page.get("final_url") or page["url"], fields["page_canonical"])
    body = fields["body"]
    return {
        "article_id": article_id(canonical),
        "url": page["url"],
        "canonical_url": canonical,
        "feed_url": page["feed_url"],
        "source": page["source"],
        "source_name": page["source_name"],
        "title": fields["title"],
        "published_at": fields["published_at"],
        "body": body,
        "origin_source": fields["origin_source"],
        "tags": fields["tags"],
        "read_also": fields["read_also"],
        "related_titles": fields["related_titles"],
        "authors": fields["authors"],
        "language": fields["language"] or page.get("language"),
        "fetched_at": page["fetched_at"],
        "content_sha256": hashlib.sha256(body.encode("utf-8")).hexdigest(),
        "story_id": None,
        "duplicate_of": None,
        "dup_kind": None,
        "run_id": run_id,
        "schema_version": SCHEMA_VERSION,
    }


def extract_job(page: dict, run_id: str, dedup: DedupConfig | None = None,
                events: bool = False, pack: bool = False) -> tuple[str, dict]:
    """Extract one fetched page: ("article", row) or ("reject", row). Pure and picklable, so
    it runs inline or in a worker process of the extraction pool. With `dedup` and `events`,
    the text's dedup signature and event rows are computed here too, where the text is; with
    `pack` as well, the body then travels compressed (see pack_body)."""
    html = page.get("html")
    if html is None:  # raw bytes from the fetcher: decode here, off the fetching process
        html = decode_html(page.get("content") or b"", page.get("content_type"))[0]
    try:
        fields = extract_page(
            html, page.get("final_url") or page["url"],
            site_name=page.get("source_name"), feed_published=page.get("published"),
        )
    except ExtractError as err:
        return REJECTS, _reject(page, err.kind, str(err), run_id)
    row = article_row(page, fields, run_id)
    if dedup is not None:
        row[PRECOMPUTED_KEY] = text_signature(row["body"], dedup.num_perm, dedup.shingle_size)
    if events:
        row[ARABIC_KEY] = is_arabic(row)
        row[EVENTS_KEY] = event_rows_for_article(row, row[ARABIC_KEY])
    if pack and dedup is not None and events:
        pack_body(row)
    return ARTICLES, row


def extract_jobs(pages: list[dict], run_id: str, dedup: DedupConfig | None = None,
                 events: bool = False, pack: bool = False) -> list[tuple[str, dict]]:
    """`extract_job` over a chunk of pages (one hand-off to a pool process per chunk)."""
    return [extract_job(page, run_id, dedup, events, pack) for page in pages]


def _reject(page: dict, kind: str, message: str, run_id: str) -> dict:
    return make_reject(
        url=page["url"], feed_url=page["feed_url"], source=page["source"], stage="extract",
        error=kind, message=message, at=page["fetched_at"], run_id=run_id,
    )


# Libraries whose log levels the pool processes take over from the launching process.
_LOGGERS = ("trafilatura", "htmldate", "justext", "readability", "charset_normalizer", "lxml")


def _preload(levels: dict[str, int], parent_alive=None) -> None:
    """Runs once in each pool process: the parent's log levels, the extraction stack loaded,
    and a watch on the launching process (see _exit_with_parent)."""
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)
    if parent_alive is not None:
        _exit_with_parent(parent_alive)
    import pipeline.extract  # noqa: F401


def _exit_with_parent(parent_alive) -> None:
    """Exit this pool process as soon as the process that owns the pool is gone. Pool
    processes hold both ends of the pool's queues, so after a SIGKILLed run they would wait
    on each other forever (and keep the fork server alive with them); the owner holds the
    only write end of `parent_alive`, which reads EOF once it dies."""
    def watch():
        try:
            parent_alive.recv_bytes()
        except (EOFError, OSError):
            pass
        os._exit(1)

    threading.Thread(target=watch, name="akhbar-parent-watch", daemon=True).start()


def pool_context():
    """forkserver where the platform has it (it preloads and warms the extraction stack once,
    see pipeline.pool_server, and not the caller's __main__, which may not be importable),
    else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["pipeline.articles", "pipeline.pool_server"])
        return context
    return multiprocessing.get_context("spawn")


def warm_up_pool_server() -> None:
    """Start the fork server now, so that its imports overlap with the pipeline's start."""
    if pool_context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def make_pool(processes: int) -> ProcessPoolExecutor:
    """A pool of single-threaded extraction processes (lxml is not safe to share across
    threads; a process that crashes on a hostile page takes only itself down)."""
    levels = {name: logging.getLogger(name).getEffectiveLevel() for name in _LOGGERS}
    context = pool_context()
    alive_r, alive_w = context.Pipe(duplex=False)
    pool = ProcessPoolExecutor(max_workers=processes, mp_context=context,
                               initializer=_preload, initargs=(levels, alive_r))
    pool.akhbar_parent_alive = alive_w  # open for as long as this pool object lives
    return pool


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
        return REJECTS, _reject(page, "crash", "extraction crashed its process", self._ctx.run_id)

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
