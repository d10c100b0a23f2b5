"""The batch stages as Beam composites, run with TestPipeline and checked with assert_that."""

from datetime import datetime, timezone

import apache_beam as beam
import pyarrow.parquet as pq
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to, is_not_empty

from configs import CONFIG_DIR
from connectors.sample_server import SAMPLE_ORIGIN, SampleServer
from pipeline.articles.transforms import ExtractArticles
from pipeline.config import load_config
from pipeline.context import RunContext
from pipeline.ingest.new_items import KeepNewArticles, KeepNewItems
from pipeline.ingest.poll import PollFeeds
from pipeline.lake.rejects import make_reject
from pipeline.lake.sinks import WriteDataset, shard_of
from pipeline.lake.store import open_dataset, write_rows
from pipeline.text.urls import canonicalize_url
from schemas.articles import ARTICLES_SCHEMA
from schemas.rejects import REJECTS_SCHEMA

T0 = datetime(2024, 7, 24, 10, 0, tzinfo=timezone.utc)
SEED_PAGE = CONFIG_DIR / "sample" / "arabkhabar" / "news" / "5843019.html"


def article(article_id: str, url: str, **extra) -> dict:
    row = {name: None for name in ARTICLES_SCHEMA.names}
    row.update(article_id=article_id, url=url, canonical_url=url, source="s", body="نص",
               fetched_at=T0, published_at=T0, tags=[], read_also=[], related_titles=[],
               authors=[], schema_version=1, run_id="r0")
    row.update(extra)
    return row


def item(url: str, source: str = "s") -> dict:
    return {"url": url, "url_key": canonicalize_url(url), "feed_url": "http://f/rss",
            "source": source, "source_name": "S", "language": "ar", "title": None,
            "published": None}


@pytest.fixture
def lake(tmp_path):
    path = str(tmp_path / "lake")
    write_rows(path, "articles", "2024-07-24",
               [article("a1", "http://news.example/a/1")], ARTICLES_SCHEMA, "part-0.parquet")
    rejects = [
        make_reject(url=u, feed_url="http://f/rss", source="s", stage="fetch", error=e,
                    message=m, at=T0, run_id="r0")
        for u, e, m in [
            ("http://news.example/gone", "http_status", "http_status (HTTP 404): gone"),
            ("http://news.example/flaky", "http_status", "http_status (HTTP 503): busy"),
            ("http://news.example/slow", "timeout", "read timed out"),
        ]
    ]
    write_rows(path, "rejects", "2024-07-24", rejects, REJECTS_SCHEMA, "part-0.parquet")
    return path


def test_keep_new_items_drops_what_the_lake_holds_and_repeats(lake):
    urls = [
        "http://news.example/a/1?utm_source=rss",  # ingested (tracking parameters aside)
        "http://news.example/gone",  # permanent reject: not tried again
        "http://news.example/flaky",  # 503: tried again
        "http://news.example/slow",  # timeout: tried again
        "http://news.example/new",
        "http://news.example/new#comments",  # the same item twice in one run
    ]
    with TestPipeline() as p:
        out = p | beam.Create([item(u) for u in urls]) | KeepNewItems(lake)
        assert_that(out | beam.Map(lambda r: r["url_key"]), equal_to([
            "http://news.example/flaky", "http://news.example/slow", "http://news.example/new",
        ]))


def test_keep_new_articles_keeps_one_row_per_new_id(lake):
    rows = [article("a1", "http://x/1"), article("b2", "http://x/2"),
            article("b2", "http://x/2?ref=feed2", source="t"), article("c3", "http://x/3")]
    with TestPipeline() as p:
        out = p | beam.Create(rows) | KeepNewArticles(lake)
        assert_that(out | beam.Map(lambda r: (r["article_id"], r["source"])),
                    equal_to([("b2", "s"), ("c3", "s")]))


# Beam's DirectRunner counts a partition's rows and spreads them over shards; the in-process
# FnApiRunner (the command's default) groups a partition whole (sinks.groups_in_memory)
WRITE_RUNNERS = [None, "in_memory"]


def _write_pipeline(runner: str | None) -> beam.Pipeline:
    if runner == "in_memory":
        from apache_beam.runners.portability.fn_api_runner import fn_runner

        return TestPipeline(runner=fn_runner.FnApiRunner())
    return TestPipeline()


@pytest.mark.parametrize("runner", WRITE_RUNNERS)
def test_write_dataset_partitions_and_names_files_deterministically(tmp_path, runner):
    lake = str(tmp_path / "lake")
    rows = [article(f"id{i}", f"http://x/{i}",
                    published_at=datetime(2024, 7, 20 + i % 2, tzinfo=timezone.utc))
            for i in range(5)]

    def write():
        with _write_pipeline(runner) as p:
            paths = p | beam.Create(rows) | WriteDataset(
                lake, "articles", ARTICLES_SCHEMA,
                lambda r: r["published_at"].strftime("%Y-%m-%d"), lambda r: r["article_id"],
                "run1", batch_size=2)
            assert_that(paths, is_not_empty())

    write()
    files = sorted(p.relative_to(tmp_path) for p in (tmp_path / "lake").rglob("*.parquet"))
    assert [f.parent.name for f in files].count("date=2024-07-20") == 2  # 3 rows, 2 per file
    assert [f.parent.name for f in files].count("date=2024-07-21") == 1
    write()  # the same run written again replaces its files
    again = sorted(p.relative_to(tmp_path) for p in (tmp_path / "lake").rglob("*.parquet"))
    assert again == files
    table = open_dataset(lake, "articles").to_table()
    assert sorted(table.column("article_id").to_pylist()) == [f"id{i}" for i in range(5)]
    assert not list((tmp_path / "lake").rglob(".tmp-*"))


def _page(html: str, url: str) -> dict:
    return {**item(url), "final_url": url, "html": html, "fetched_at": T0,
            "source": "arabkhabar", "source_name": "عرب خبر"}


def test_extract_articles_splits_the_page_and_rejects_empty_ones():
    ctx = RunContext.new("/tmp/unused", load_config(), now=T0)
    url = "http://127.0.0.1:18461/arabkhabar/news/5843019.html"
    pages = [_page(SEED_PAGE.read_text(encoding="utf-8"), url),
             _page("<html><body><nav>الرئيسية</nav></body></html>", url + "?x=1"),
             _page("", url + "?x=2")]
    with TestPipeline() as p:
        out = p | beam.Create(pages) | ExtractArticles(ctx)
        assert_that(out.articles | beam.Map(
            lambda r: (r["title"], r["origin_source"], r["published_at"].date().isoformat(),
                       len(r["read_also"]))),
            equal_to([("وزير خارجية قطر يبحث مع بلينكن جهود وقف حرب غزة",
                       "وكالة سوا الإخبارية", "2024-07-24", 1)]), label="articles")
        assert_that(out.rejects | beam.Map(lambda r: (r["stage"], r["error"])),
                    equal_to([("extract", "no_content"), ("extract", "no_content")]),
                    label="rejects")


def test_poll_feeds_reads_every_sample_feed_over_http(tmp_path):
    config = load_config()
    feeds = [{"id": f.id, "name": f.name, "language": "ar", "url": f.url} for f in config.feeds]
    with SampleServer() as server, TestPipeline() as p:
        ctx = RunContext.new(str(tmp_path / "lake"), config, now=T0,
                             served_at=server.served_at)
        out = p | beam.Create(feeds) | PollFeeds(ctx)
        assert_that(out.items | beam.Map(lambda r: r["source"]) | beam.Distinct(),
                    equal_to([f["id"] for f in feeds]), label="sources")
        assert_that(out.rejects | beam.Map(lambda r: (r["stage"], r["error"])),
                    equal_to([("feed", "no_link")]), label="rejects")
        assert_that(out.feed_state | beam.Map(lambda r: r["not_modified"]),
                    equal_to([False] * len(feeds)), label="state")
        assert_that(out.items | beam.Map(lambda r: r["url"].startswith(SAMPLE_ORIGIN + "/"))
                    | "Origins" >> beam.Distinct(), equal_to([True]), label="origin")


def _sample_pages() -> list[dict]:
    pages = []
    for path in sorted((CONFIG_DIR / "sample" / "arabkhabar" / "news").glob("*.html")):
        url = f"http://127.0.0.1:18461/arabkhabar/news/{path.name}"
        pages.append(_page(path.read_text(encoding="utf-8"), url))
    return pages


def _extract(pages, articles, rejects, fn_class, processes):
    from pipeline.runtime.executor import Executor

    ctx = RunContext.new("/tmp/unused", load_config(), now=T0)
    fn = fn_class(ctx, Executor.warm_pool(processes))
    with TestPipeline() as p:
        out = p | beam.Create(pages) | beam.ParDo(fn).with_outputs("rejects", main="articles")
        assert_that(out.articles | beam.Map(lambda r: (r["article_id"], r["content_sha256"])),
                    equal_to(articles), label="articles")
        assert_that(out.rejects | beam.Map(lambda r: (r["url"], r["error"])),
                    equal_to(rejects), label="rejects")


def _inline(pages) -> list:
    from pipeline.articles.jobs import extract_job

    return [(r["article_id"], r["content_sha256"])
            for tag, r in (extract_job(p, "r") for p in pages) if tag == "articles"]


def test_extraction_pool_gives_the_same_rows_as_inline_extraction():
    from pipeline.articles.transforms import ExtractArticleFn

    pages = _sample_pages()
    expected = _inline(pages)
    assert len(expected) == len(pages) >= 8
    _extract(pages, expected, [], ExtractArticleFn, processes=2)


def test_a_page_that_kills_its_worker_is_a_reject_and_the_rest_survive():
    from pipeline.articles.transforms import ExtractArticleFn
    from tests.support.crashing_jobs import CRASH_MARKER, crashing_jobs

    class CrashingFn(ExtractArticleFn):
        JOBS = staticmethod(crashing_jobs)

    pages = _sample_pages()
    bad = {**pages[3], "url": pages[3]["url"] + "?bad",
           "html": pages[3]["html"] + CRASH_MARKER}
    _extract(pages[:3] + [bad] + pages[3:], _inline(pages), [(bad["url"], "crash")],
             CrashingFn, processes=2)


def test_shard_of_spreads_a_partition_over_about_one_group_per_file():
    keys = [f"article-{i}" for i in range(5000)]
    shards = [shard_of(k, len(keys), 500) for k in keys]
    assert set(shards) == set(range(10))  # ceil(5000 / 500) groups, all used
    assert max(shards.count(s) for s in range(10)) < 650  # none near the whole partition
    assert shard_of("x", 1, 500) == 0 and shard_of("x", 0, 500) == 0
    assert shard_of("article-7", 5000, 500) == shards[7]  # stable: reruns name files alike


@pytest.mark.parametrize("runner", WRITE_RUNNERS)
def test_write_dataset_files_hold_at_most_batch_size_rows(tmp_path, runner):
    lake = str(tmp_path / "lake")
    rows = [article(f"id{i}", f"http://x/{i}",
                    published_at=datetime(2024, 7, 20, tzinfo=timezone.utc)) for i in range(23)]
    with _write_pipeline(runner) as p:
        _ = p | beam.Create(rows) | WriteDataset(
            lake, "articles", ARTICLES_SCHEMA, lambda r: "2024-07-20", lambda r: r["article_id"],
            "run1", batch_size=4)
    files = list((tmp_path / "lake").rglob("*.parquet"))
    sizes = [pq.read_metadata(f).num_rows for f in files]
    assert sum(sizes) == 23 and max(sizes) <= 4
    ids = sorted(i for f in files for i in pq.read_table(f).column("article_id").to_pylist())
    assert ids == sorted(f"id{i}" for i in range(23))
    if runner == "in_memory":  # one group cut in key order: 4, 4, 4, 4, 4, 3 rows
        assert sorted(sizes) == [3, 4, 4, 4, 4, 4]


def test_write_dataset_counts_partitions_only_where_groups_are_not_held_in_memory(tmp_path):
    from apache_beam.runners.portability.fn_api_runner import fn_runner

    from pipeline.lake.sinks import groups_in_memory

    def labels(pipeline):
        _ = pipeline | beam.Create([article("a", "http://x/a")]) | "W" >> WriteDataset(
            str(tmp_path), "articles", ARTICLES_SCHEMA, lambda r: "2024-07-20",
            lambda r: r["article_id"], "run1")
        return {t.unique_name for t in pipeline.to_runner_api().components.transforms.values()}

    in_memory = beam.Pipeline(runner=fn_runner.FnApiRunner())
    direct = TestPipeline()
    assert groups_in_memory(in_memory) and not groups_in_memory(direct)
    assert not any("CountPerPartition" in label for label in labels(in_memory))
    assert any("W/CountPerPartition" in label for label in labels(direct))


def test_write_dataset_keeps_carried_keys_until_the_writer_finishes_the_row(tmp_path):
    from pipeline.articles.jobs import PACKED_BODY_KEY, pack_body, unpack_body

    lake = str(tmp_path / "lake")
    rows = [pack_body(article(f"id{i}", f"http://x/{i}", body=f"نص الخبر رقم {i}"))
            for i in range(6)]
    assert all(r["body"] is None for r in rows)
    with TestPipeline() as p:
        _ = p | beam.Create(rows) | WriteDataset(
            lake, "articles", ARTICLES_SCHEMA, lambda r: "2024-07-24", lambda r: r["article_id"],
            "run1", batch_size=4, carry=(PACKED_BODY_KEY,), finish_row=unpack_body)
    table = open_dataset(lake, "articles").to_table()
    assert PACKED_BODY_KEY not in table.column_names
    assert sorted(zip(table.column("article_id").to_pylist(), table.column("body").to_pylist(),
                      strict=True)) == [(f"id{i}", f"نص الخبر رقم {i}") for i in range(6)]


def test_the_writer_writes_each_group_at_once_and_publishes_files_in_parallel(
        tmp_path, monkeypatch):
    import threading
    import time

    from apache_beam.transforms.window import GlobalWindow
    from apache_beam.utils.timestamp import MIN_TIMESTAMP

    from pipeline.lake import sinks
    from pipeline.lake import store as lake_module

    state = {"staged": 0, "publishing": 0, "max_publishing": 0}
    lock = threading.Lock()
    publish = lake_module.StagedFile.publish
    stage = sinks.stage_rows

    def counting_stage(*args):
        state["staged"] += 1
        return stage(*args)

    def slow_publish(self):
        with lock:
            state["publishing"] += 1
            state["max_publishing"] = max(state["max_publishing"], state["publishing"])
        time.sleep(0.05)  # a slow disk
        try:
            return publish(self)
        finally:
            with lock:
                state["publishing"] -= 1

    monkeypatch.setattr(sinks, "stage_rows", counting_stage)
    monkeypatch.setattr(lake_module.StagedFile, "publish", slow_publish)
    fn = sinks._WriteGroupFn(str(tmp_path), "articles", ARTICLES_SCHEMA,
                             lambda r: r["article_id"], "run1", batch_size=10)
    groups = [((f"2024-06-{day + 1:02d}", 0), [article(f"d{day}-{i}", "u") for i in range(3)])
              for day in range(12)]
    fn.setup()
    fn.start_bundle()
    for n, group in enumerate(groups, 1):
        fn.process(group, MIN_TIMESTAMP, GlobalWindow())
        assert state["staged"] == n  # written before the next group: no rows wait in a queue
    paths = [wv.value for wv in fn.finish_bundle()]
    fn.teardown()
    assert len(paths) == 12 and all(p.endswith(".parquet") for p in paths)
    assert state["max_publishing"] > 1  # fsync and rename overlap across files
    assert sorted(open_dataset(str(tmp_path), "articles").to_table().column(
        "article_id").to_pylist()) == sorted(f"d{d}-{i}" for d in range(12) for i in range(3))
    assert not list(tmp_path.rglob(".tmp-*"))


def test_packed_rows_carry_the_same_article_and_their_precomputed_parts():
    from pipeline.articles.jobs import PACKED_BODY_KEY, extract_job, unpack_body
    from pipeline.dedup.stories import PRECOMPUTED_KEY
    from pipeline.events.rows import ARABIC_KEY
    from pipeline.events.rows import PRECOMPUTED_KEY as EVENTS_KEY

    dedup = load_config().dedup
    for page in _sample_pages():
        _, plain = extract_job(page, "r", dedup, True)
        _, packed = extract_job(page, "r", dedup, True, pack=True)
        assert packed["body"] is None and len(packed[PACKED_BODY_KEY]) < len(plain["body"])
        assert packed[ARABIC_KEY] is True and packed[EVENTS_KEY] == plain[EVENTS_KEY]
        assert packed[PRECOMPUTED_KEY][0] == plain[PRECOMPUTED_KEY][0]
        restored = unpack_body(packed)
        assert PACKED_BODY_KEY not in restored
        assert {k: v for k, v in restored.items() if k != PRECOMPUTED_KEY} == {
            k: v for k, v in plain.items() if k != PRECOMPUTED_KEY}
    _, inline = extract_job(_sample_pages()[0], "r", pack=True)  # nothing precomputed: kept
    assert inline["body"] and unpack_body(inline) is inline


def test_bound_native_memory_fixes_glibc_and_arrow_allocators():
    import pyarrow as pa

    from pipeline.runtime.allocator import _glibc, bound_native_memory

    applied = bound_native_memory()
    assert applied == (_glibc() is not None)
    if applied:
        assert pa.default_memory_pool().backend_name == "system"
        assert bound_native_memory() is True  # idempotent


def test_the_pool_server_module_ends_its_process_without_teardown():
    import subprocess
    import sys

    from pipeline.runtime.pool import pool_context

    # Only the fork server preloads it (where a teardown would only cost time)...
    if pool_context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        assert "pipeline.runtime.pool_server" in forkserver._forkserver._preload_modules
    # ...and there, exit handlers registered before it do not run.
    code = ("import atexit; atexit.register(print, 'teardown ran'); "
            "import pipeline.runtime.pool_server; print('loaded')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0 and out.stdout.split() == ["loaded"], out


@pytest.mark.parametrize("pool_state", ["working", "shut down"])
def test_the_writer_shares_the_extraction_processes_and_falls_back_without_them(
        tmp_path, pool_state, monkeypatch):
    from apache_beam.transforms.window import GlobalWindow
    from apache_beam.utils.timestamp import MIN_TIMESTAMP

    from pipeline.articles.jobs import pack_body, unpack_body
    from pipeline.lake import sinks
    from pipeline.runtime.executor import Executor

    executor = Executor.warm_pool(2)
    extraction = executor.acquire()  # the extraction step holds the pool...
    if pool_state == "shut down":
        extraction._pool.shutdown()  # ...which broke
    else:  # every file is written by the worker processes, none in this one
        def not_here(*_):
            raise AssertionError("written in the main process")
        monkeypatch.setattr(sinks, "stage_rows", not_here)
    try:
        fn = sinks._WriteGroupFn(str(tmp_path), "articles", ARTICLES_SCHEMA,
                                 lambda r: r["article_id"], "run1", batch_size=50,
                                 finish_row=unpack_body, executor=executor)
        groups = [((f"2024-06-{day + 1:02d}", 0),
                   [pack_body(article(f"d{day}-{i}", "u", body=f"نص {day} {i}"))
                    for i in range(day % 4 + 1)])
                  for day in range(25)]  # 25 small files, many per hand-off
        groups.append((("2024-07-24", 0), [pack_body(article(f"big-{i}", "u", body=f"نص {i}"))
                                           for i in range(120)]))  # 3 files of <= 50 rows
        fn.setup()
        assert fn._jobs is extraction  # one pool per process and executor
        fn.start_bundle()
        for group in groups:
            fn.process(group, MIN_TIMESTAMP, GlobalWindow())
        paths = [wv.value for wv in fn.finish_bundle()]
        fn.teardown()
        assert not extraction.closed  # the extraction step still holds it
    finally:
        Executor.release(extraction)
    assert len(paths) == len(set(paths)) == 25 + 3
    table = open_dataset(str(tmp_path), "articles").to_table()
    bodies = dict(zip(table.column("article_id").to_pylist(), table.column("body").to_pylist(),
                      strict=True))
    assert len(bodies) == sum(day % 4 + 1 for day in range(25)) + 120
    assert bodies["d7-3"] == "نص 7 3" and bodies["big-119"] == "نص 119"
    assert extraction.closed  # closed by its last user
    assert not list(tmp_path.rglob(".tmp-*"))
