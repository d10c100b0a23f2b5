"""The pieces behind sitemaps, backfill, windows and progress, tested directly: feed kinds and
page_urls in the config, which outlet a page belongs to, the spool's windows, lake lookups of
a batch of keys, and the progress line."""

import io
import os
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime

import pytest

from pipeline.config import ConfigError, parse_config
from pipeline.ingest.new_items import held_items
from pipeline.ingest.spool import UNDATED, Spool
from pipeline.ingest.warc import Outlets
from pipeline.lake.keys import FILES_PER_SCAN, held_keys
from pipeline.lake.rejects import make_reject
from pipeline.lake.store import read_columns, write_rows
from pipeline.progress import Progress, ProgressDisplay, log_line
from schemas.articles import ARTICLES_SCHEMA
from schemas.rejects import REJECTS_SCHEMA

T0 = datetime(2024, 7, 24, tzinfo=UTC)


def feed(**extra) -> dict:
    return {"feeds": [{"id": "x", "name": "X", "url": "https://x.example/rss", **extra}]}


def test_feed_kinds_and_page_urls_are_validated_naming_the_key():
    config = parse_config(feed(kind="site", page_urls=["www.x.example/ar"]))
    assert config.feeds[0].kind == "site"
    assert config.feeds[0].page_urls == ("www.x.example/ar",)
    assert parse_config(feed()).feeds[0].kind == "feed"
    with pytest.raises(ConfigError, match=r"feeds\[0\]\.kind"):
        parse_config(feed(kind="atom"))
    with pytest.raises(ConfigError, match=r"feeds\[0\]\.page_urls"):
        parse_config(feed(page_urls=[""]))
    with pytest.raises(ConfigError, match=r"performance\.window_pages"):
        parse_config({"performance": {"window_pages": 0}})


def test_pages_belong_to_the_outlet_of_their_host_or_page_urls():
    outlets = Outlets([
        {"id": "bbc", "name": "BBC", "url": "https://feeds.bbci.co.uk/arabic/rss.xml",
         "page_urls": ("www.bbc.com/arabic",)},
        {"id": "cnn", "name": "CNN", "url": "https://arabic.cnn.com/rss.xml"},
    ])
    assert outlets("https://www.bbc.com/arabic/articles/c1")["source"] == "bbc"
    assert outlets("https://m.bbc.com/arabic")["source"] == "bbc"
    assert outlets("https://www.bbc.com/news/world-1") is None
    assert outlets("https://www.bbc.com/arabicnews/1") is None
    assert outlets("https://arabic.cnn.com/world/a")["source"] == "cnn"
    assert outlets("https://edition.cnn.com/world/a") is None


def test_the_spool_gives_windows_of_bounded_size_in_day_order(tmp_path):
    spool = Spool(str(tmp_path))
    spool.write("items", "2024-03-02", [{"n": i} for i in range(3)])
    spool.write("items", UNDATED, [{"n": 9}])
    spool.write("items", "2024-03-01", [{"n": i} for i in range(10, 15)])
    spool.write("other", "2024-03-01", [1])
    windows = list(spool.windows("items", 4))
    assert [len(w) for w in windows] == [4, 4, 1]
    assert [r["n"] for w in windows for r in w] == [10, 11, 12, 13, 14, 0, 1, 2, 9]
    assert list(spool.records("other")) == [1]
    spool.remove()
    assert not tmp_path.exists()


def _article(i: int, url: str, canonical: str | None = None) -> dict:
    row = {name: None for name in ARTICLES_SCHEMA.names}
    row.update(article_id=f"id{i}", url=url, canonical_url=canonical or url, fetched_at=T0,
               tags=[], read_also=[], related_titles=[], authors=[])
    return row


def test_lookups_find_a_batch_of_keys_across_many_files(tmp_path):
    lake = str(tmp_path / "lake")
    for f in range(FILES_PER_SCAN + 3):  # more files than one scan slice
        write_rows(lake, "articles", f"2024-07-{1 + f % 28:02d}",
                   [_article(f, f"https://x.example/{f}")], ARTICLES_SCHEMA, f"part-{f}.parquet")
    wanted = {"id0", f"id{FILES_PER_SCAN + 2}", "id-missing"}
    assert held_keys(lake, "articles", ["article_id"], wanted) == wanted - {"id-missing"}
    assert held_keys(lake, "nothing", ["article_id"], wanted) == set()


def test_an_item_is_done_when_its_link_or_canonical_url_is_stored_or_rejected_for_good(
        tmp_path):
    lake = str(tmp_path / "lake")
    write_rows(lake, "articles", "2024-07-24", [
        _article(1, "https://x.example/a?from=rss", "https://x.example/a"),
        _article(2, "https://x.example/b", "https://x.example/story-b")], ARTICLES_SCHEMA,
        "part-a.parquet")
    write_rows(lake, "rejects", "2024-07-24", [
        make_reject(url=u, feed_url="f", source="x", stage="fetch", error=e, message=m, at=T0,
                    run_id="r") for u, e, m in (
            ("https://x.example/gone", "http_status", "HTTP 404"),
            ("https://x.example/busy", "http_status", "HTTP 503"))], REJECTS_SCHEMA,
        "part-r.parquet")
    items = [{"url": u, "url_key": k, "feed_url": "f"} for u, k in (
        ("https://x.example/a?utm_source=x", "https://x.example/a"),  # canonical stored
        ("https://x.example/b", "https://x.example/b"),  # link stored
        ("https://x.example/gone", "https://x.example/gone"),  # 404 for good
        ("https://x.example/busy", "https://x.example/busy"),  # 503: tried again
        ("https://x.example/new", "https://x.example/new"))]
    done, held, duplicated = held_items(lake, items)
    assert done == {"https://x.example/a", "https://x.example/b"}
    # the 404 holds back that item of that feed for good; the 503 is due for a retry
    assert held == {("held", "f", "https://x.example/gone")}
    assert duplicated == 0


def test_the_progress_line_says_done_known_rate_articles_rejects_and_eta():
    line = log_line({"pages_known": 1000, "pages_done": 250, "articles_written": 200,
                     "rejects": 3}, 50.0)
    assert line == ("akhbar: 250/1000 pages, 5.0 pages/s, 200 articles written, 3 rejects, "
                    "ETA 2:30")
    assert "ETA ?" in log_line(dict.fromkeys(
        ("pages_known", "pages_done", "articles_written", "rejects"), 0), 0.0)


def _within(seconds, condition):
    """Whether CONDITION holds within SECONDS (polled: a busy machine schedules the display
    thread late, so a fixed sleep would make the test depend on load)."""
    import time

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_progress_lines_go_out_while_the_run_lasts_and_quiet_shows_nothing():
    out = io.StringIO()
    progress = Progress()
    with ProgressDisplay("log", out, progress, log_every_s=0.05):
        progress.add("pages_known", 10)
        progress.add("pages_done", 4)
        assert _within(30, lambda: "4/10 pages" in out.getvalue())  # lines go out meanwhile
    assert ProgressDisplay.mode_for(out, quiet=True) == "off"
    assert ProgressDisplay.mode_for(out, quiet=False) == "log"  # not a terminal
    quiet = io.StringIO()
    with ProgressDisplay("off", quiet, progress):
        progress.add("pages_done")
    assert quiet.getvalue() == ""


def test_on_a_terminal_the_line_is_live():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    screen = Terminal()
    progress = Progress()
    mode = ProgressDisplay.mode_for(screen, quiet=False)
    assert mode == "live"
    with ProgressDisplay(mode, screen, progress):
        progress.add("pages_known", 40)
        progress.add("pages_done", 10)
        progress.add("articles_written", 7)
        assert _within(30, lambda: "7 articles, 0 rejects" in screen.getvalue())
    shown = screen.getvalue()
    assert "10/40 pages" in shown and "7 articles, 0 rejects" in shown and "\r" in shown


def test_only_articles_that_name_another_canonical_url_are_looked_up_by_id(tmp_path):
    from pipeline.ingest.new_items import held_article_ids
    from pipeline.text.urls import article_id

    lake = str(tmp_path / "lake")
    stored = _article(0, "https://x.example/a?from=home", "https://x.example/a")
    stored["article_id"] = article_id("https://x.example/a")
    write_rows(lake, "articles", "2024-07-24", [stored], ARTICLES_SCHEMA, "part-a.parquet")
    via_other_link = {"url": "https://x.example/print/a", "article_id": stored["article_id"]}
    # its own link's canonical id: KeepNewItems already looked for it, by canonical_url
    own = {"url": "https://x.example/a", "article_id": stored["article_id"]}
    assert held_article_ids(lake, [via_other_link])[0] == {stored["article_id"]}
    assert held_article_ids(lake, [own])[0] == set()



def test_a_stored_event_is_looked_for_in_its_own_partition_only(tmp_path):
    from pipeline.ingest.new_items import held_event_ids
    from schemas.events import EVENTS_SCHEMA

    lake = str(tmp_path / "lake")
    for day, event_id in (("2024-07-24", "e1"), ("2024-07-25", "e2")):
        row = {name: None for name in EVENTS_SCHEMA.names}
        row.update(event_id=event_id, article_id="a")
        write_rows(lake, "events", day, [row], EVENTS_SCHEMA, f"part-{event_id}.parquet")
    rows = [{"event_id": "e1", "_partition": "2024-07-24"},
            {"event_id": "e2", "_partition": "2024-07-24"},  # stored, but under another day
            {"event_id": "e3", "_partition": "2024-07-26"}]
    assert held_event_ids(lake, rows)[0] == {"e1"}


def test_a_new_spool_removes_only_spools_of_runs_that_no_longer_run(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead = int(gone.stdout)
    abandoned = tmp_path / f"akhbar-spool-{dead}-abc123"
    (abandoned / "sub").mkdir(parents=True)
    (abandoned / "sub" / "items~2024-01-01~00.pkl").write_bytes(b"x")
    live = tmp_path / f"akhbar-spool-{os.getpid()}-def456"
    live.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("keep")
    link = tmp_path / f"akhbar-spool-{dead}-link99"
    link.symlink_to(elsewhere, target_is_directory=True)
    other = tmp_path / f"akhbar-stream-{dead}-zzz"
    other.mkdir()

    spool = Spool()

    assert not abandoned.exists()
    assert live.exists() and other.exists()
    assert link.is_symlink() and (elsewhere / "keep.txt").read_text() == "keep"
    assert os.path.dirname(spool.directory) == str(tmp_path)
    assert os.path.basename(spool.directory).startswith(f"akhbar-spool-{os.getpid()}-")
    spool.remove()


def test_lake_reads_are_bounded_by_partition_dates_on_both_sides(tmp_path):
    lake = str(tmp_path / "lake")
    for day in ("2024-07-01", "2024-07-10", "2024-07-20"):
        write_rows(lake, "articles", day, [_article(int(day[-2:]), f"https://x.example/{day}")],
                   ARTICLES_SCHEMA, "part-a.parquet")

    def ids(**bounds):
        return sorted(r["article_id"] for r in read_columns(lake, "articles", ["article_id"],
                                                            **bounds))

    assert ids() == ["id1", "id10", "id20"]
    assert ids(since=date(2024, 7, 10)) == ["id10", "id20"]
    assert ids(since=date(2024, 7, 2), until=date(2024, 7, 10)) == ["id10"]
    assert ids(until=date(2024, 7, 9)) == ["id1"]
