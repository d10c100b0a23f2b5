"""The DoFns that extract and write are safe on a multi-threaded worker (Dask's, Flink's and
Dataflow's Python workers run several bundles at once in one process, each with its own DoFn
instance but the same modules): 8 threads at once give exactly what one thread gives."""

from __future__ import annotations

import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

from apache_beam.transforms.window import GlobalWindow
from apache_beam.utils.timestamp import MIN_TIMESTAMP

from configs import CONFIG_DIR
from connectors.sample_server import SAMPLE_ORIGIN
from pipeline.articles.transforms import ExtractArticleFn
from pipeline.batch_basic import finish_run
from pipeline.config import load_config
from pipeline.context import RunContext
from pipeline.lake import sinks
from pipeline.lake.partitions import article_partition
from pipeline.runtime.executor import Executor
from schemas.articles import ARTICLES_SCHEMA
from tests.support.runs import lake_rows

THREADS = 8
T0 = datetime(2025, 6, 1, 9, 0, tzinfo=timezone.utc)
SAMPLE = CONFIG_DIR / "sample"


def sample_pages() -> list[dict]:
    """Every page of the embedded sample, as the fetch step hands it to extraction."""
    pages = []
    for path in sorted(SAMPLE.rglob("*.html")):
        source = path.relative_to(SAMPLE).parts[0]
        url = f"{SAMPLE_ORIGIN}/{path.relative_to(SAMPLE)}"
        pages.append({"url": url, "url_key": url, "final_url": url, "feed_url": "",
                      "source": source, "source_name": source, "language": "ar",
                      "title": None, "published": None, "fetched_at": T0,
                      "content": path.read_bytes(), "content_type": "text/html"})
    return pages


def on_threads(work, inputs: list, threads: int) -> list:
    """work(input) for every input, `threads` at a time, all started together, with the
    interpreter switching threads every few microseconds (instead of every 5 ms), so that
    a race on shared state shows up in a test run rather than once in a while in production."""
    barrier = threading.Barrier(min(threads, len(inputs)))

    def go(one):
        barrier.wait(timeout=60)
        return work(one)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        with ThreadPoolExecutor(threads) as pool:
            return list(pool.map(go, inputs))
    finally:
        sys.setswitchinterval(interval)


def extract_all(ctx: RunContext, pages: list[dict]) -> list:
    """One DoFn instance (as a runner gives each bundle) extracting `pages` inline."""
    fn = ExtractArticleFn(ctx, Executor.inline())
    fn.setup()
    fn.start_bundle()
    out = [o for page in pages for o in fn.process(page)]
    assert not list(fn.finish_bundle() or ())
    fn.teardown()
    return [(getattr(o, "tag", "articles"), getattr(o, "value", o)) for o in out]


def test_extraction_with_signatures_and_events_is_the_same_on_8_threads(tmp_path):
    ctx = RunContext.new(str(tmp_path / "lake"), load_config(), now=T0)
    pages = sample_pages()
    alone = extract_all(ctx, pages)
    assert len(alone) == len(pages) >= 25
    assert sum(len(row.get("_event_rows") or ()) for _, row in alone) > 20  # events computed
    # every thread extracts every page, in its own order
    orders = [pages[i:] + pages[:i] for i in range(0, THREADS * 3, 3)]
    together = on_threads(lambda order: extract_all(ctx, order), orders, THREADS)
    key = {page["url"]: i for i, page in enumerate(pages)}
    for order, results in zip(orders, together, strict=True):
        by_url = sorted(zip((key[p["url"]] for p in order), results, strict=True),
                        key=lambda x: x[0])
        assert [r for _, r in by_url] == alone


def write_groups(lake: Path, groups: list) -> None:
    fn = sinks._WriteGroupFn(str(lake), "articles", ARTICLES_SCHEMA,
                             lambda r: r["article_id"], "run1", batch_size=3)
    fn.setup()
    fn.start_bundle()
    for group in groups:
        fn.process(group, MIN_TIMESTAMP, GlobalWindow())
    assert len(list(fn.finish_bundle())) >= len(groups)
    fn.teardown()


def test_the_writer_writes_the_same_files_from_8_threads(tmp_path):
    ctx = RunContext.new(str(tmp_path / "unused"), load_config(), now=T0)
    rows = [{**row, "story_id": row["article_id"]} for tag, row in extract_all(
        ctx, sample_pages()) if tag == "articles"]
    groups = {}
    for row in rows:
        groups.setdefault((article_partition(row), 0), []).append(row)
    groups = sorted(groups.items())
    write_groups(tmp_path / "alone", groups)
    # the groups spread over 8 threads, one DoFn each, writing into one lake at once
    on_threads(lambda part: write_groups(tmp_path / "together", part),
               [groups[i::THREADS] for i in range(THREADS)], THREADS)
    alone = sorted(p.relative_to(tmp_path / "alone")
                   for p in (tmp_path / "alone").rglob("*.parquet"))
    together = sorted(p.relative_to(tmp_path / "together")
                      for p in (tmp_path / "together").rglob("*.parquet"))
    assert alone and alone == together  # same files, same deterministic names
    assert (lake_rows(tmp_path / "alone", "articles", "article_id")
            == lake_rows(tmp_path / "together", "articles", "article_id"))


def test_the_last_step_of_the_basic_graph_is_the_same_on_8_threads(tmp_path):
    config = load_config()
    extracted = extract_all(RunContext.new(str(tmp_path / "unused"), config, now=T0),
                            sample_pages())
    articles = [row for tag, row in extracted if tag == "articles"]
    rejects = [row for tag, row in extracted if tag == "rejects"]

    def finish(name: str) -> Path:
        ctx = RunContext.new(str(tmp_path / name), config, now=T0)
        paths = finish_run(ctx, [dict(a) for a in articles], list(rejects), [])
        assert paths
        return tmp_path / name

    alone = finish("alone")
    lakes = on_threads(finish, [f"lake{i}" for i in range(THREADS)], THREADS)
    for dataset, key in (("articles", "article_id"), ("signatures", "article_id"),
                         ("events", "event_id")):
        expected = lake_rows(alone, dataset, key)
        assert expected
        for lake in lakes:
            assert lake_rows(lake, dataset, key) == expected, (dataset, lake)
