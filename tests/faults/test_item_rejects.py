"""What a reject holds back, through the real `akhbar run`: only the exact URL of the feed that
earned it (a credentials link is refused before canonicalisation and suppresses nobody), a
transient failure comes back on later runs from the lake's rejects while the feed's validators
are kept (bounded runs, growing delay, then permanent), and a huge rejected URL is stored and
reported as a bounded prefix."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta

from tests.faults.server import (
    REPO,
    FaultServer,
    Resp,
    page,
    read_dataset,
    rss,
    run_akhbar,
    write_config,
)

FEED_TYPE = "application/rss+xml"


def _feed(srv: FaultServer, path: str, links: list[str], etag: str | None = None):
    body = rss([{"link": u} for u in links])
    if etag is None:
        srv.routes[path] = Resp(body=body, content_type=FEED_TYPE)
        return

    def route(h):
        if h.headers.get("If-None-Match") == etag:
            return Resp(304, b"", {"ETag": etag}, content_type=None)
        return Resp(body=body, headers={"ETag": etag}, content_type=FEED_TYPE)
    srv.routes[path] = route


# --- case 5 -----------------------------------------------------------------------------------


def test_a_hostile_link_does_not_suppress_another_outlets_article(tmp_path):
    srv = FaultServer("127.0.0.1")
    host = srv.url("/").split("//", 1)[1].rstrip("/")
    srv.routes["/a/1.html"] = page("outlet-b-article")
    _feed(srv, "/fa.xml", [f"http://user@{host}/a/1.html"])  # feed A: a credentials link
    _feed(srv, "/fb.xml", [f"http://{host}/a/1.html"])  # feed B: the plain article
    config = write_config(tmp_path / "c.yaml", [
        {"id": "feed-a", "url": srv.url("/fa.xml"), "name": "A"},
        {"id": "feed-b", "url": srv.url("/fb.xml"), "name": "B"}])
    lake = tmp_path / "lake"
    for _ in range(2):  # and again: the lake's reject holds back nothing of feed B
        proc = run_akhbar(config, lake)
        assert proc.returncode == 0, proc.stderr[-3000:]
    srv.stop()
    arts = read_dataset(lake, "articles")
    assert [(a["source"], a["url"]) for a in arts] == [("feed-b", f"http://{host}/a/1.html")]
    rejects = [r for r in read_dataset(lake, "rejects") if r["source"] == "feed-a"]
    assert {(r["stage"], r["error"]) for r in rejects} == {("feed", "bad_url")}
    assert all("user" not in (r["url"] or "") for r in rejects)  # no credentials stored
    assert srv.counts.get("/a/1.html") == 1


def test_a_permanent_reject_holds_back_only_its_own_feed_and_url(tmp_path):
    """Feed A's item 404s (permanent) on run 1; on run 2 feed B lists the same URL: B's item is
    fetched (it has its own chance and its own reject row), A's is not tried again."""
    srv = FaultServer("127.0.0.1")
    srv.routes["/gone.html"] = Resp(404, b"")
    _feed(srv, "/fa.xml", [srv.url("/gone.html")])
    _feed(srv, "/fb.xml", [])
    feeds = [{"id": "feed-a", "url": srv.url("/fa.xml"), "name": "A"},
             {"id": "feed-b", "url": srv.url("/fb.xml"), "name": "B"}]
    config = write_config(tmp_path / "c.yaml", feeds, retries=0)
    lake = tmp_path / "lake"
    assert run_akhbar(config, lake).returncode == 0
    _feed(srv, "/fb.xml", [srv.url("/gone.html")])
    assert run_akhbar(config, lake).returncode == 0
    srv.stop()
    assert srv.counts["/gone.html"] == 2
    rows = read_dataset(lake, "rejects")
    assert sorted(r["source"] for r in rows) == ["feed-a", "feed-b"]


# --- case 8 -----------------------------------------------------------------------------------


def test_validators_are_kept_and_transient_failures_come_back_from_the_rejects(tmp_path):
    srv = FaultServer("127.0.0.1")
    srv.routes["/ok.html"] = page("retry-ok")
    answers = iter([Resp(503, b"busy")])
    srv.routes["/flaky.html"] = lambda h: next(answers, page("retry-flaky"))
    srv.routes["/down.html"] = Resp(503, b"down")  # never comes back
    _feed(srv, "/f.xml", [srv.url(p) for p in ("/ok.html", "/flaky.html", "/down.html")],
          etag='"v1"')
    config = write_config(tmp_path / "c.yaml", [{"id": "f", "url": srv.url("/f.xml"),
                                                  "name": "f"}],
                          retries=0, retry_runs=2, retry_runs_backoff_s=0)
    lake = tmp_path / "lake"
    hits = []
    for _ in range(4):
        srv.reset()
        proc = run_akhbar(config, lake)
        assert proc.returncode == 0, proc.stderr[-3000:]
        hits.append(dict(srv.counts))
        feed_hits = srv.hits_for("/f.xml")
        assert len(feed_hits) == 1
    srv.stop()
    # run 1 stored the ETag although two items failed; every later poll was a 304
    state = read_dataset(lake, "state/feeds")
    assert all(s["etag"] == '"v1"' for s in state) and len(state) == 4
    assert [s["not_modified"] for s in sorted(state, key=lambda s: s["polled_at"])] == [
        False, True, True, True]
    # flaky: failed in run 1, came back in run 2 (through the rejects) and was ingested
    assert [h.get("/flaky.html", 0) for h in hits] == [1, 1, 0, 0]
    # down: run 1 + retry_runs (2) more runs, then permanent
    assert [h.get("/down.html", 0) for h in hits] == [1, 1, 1, 0]
    assert sorted(a["url"] for a in read_dataset(lake, "articles")) == sorted(
        [srv.url("/ok.html"), srv.url("/flaky.html")])


def test_retry_delay_grows_across_runs_and_ends():
    from pipeline.ingest.new_items import RetryPolicy

    policy = RetryPolicy(runs=3, backoff_s=600)
    t0 = datetime(2025, 1, 1, tzinfo=UTC)
    assert policy.verdict(1, t0, t0 + timedelta(seconds=599)) == "wait"
    assert policy.verdict(1, t0, t0 + timedelta(seconds=600)) == "retry"
    assert policy.verdict(2, t0, t0 + timedelta(seconds=1199)) == "wait"
    assert policy.verdict(2, t0, t0 + timedelta(seconds=1200)) == "retry"
    assert policy.verdict(3, t0, t0 + timedelta(seconds=2400)) == "retry"
    assert policy.verdict(4, t0, t0 + timedelta(days=3650)) == "give_up"
    huge = RetryPolicy(runs=100, backoff_s=30 * 86400)
    assert huge.verdict(100, t0, t0 + timedelta(days=366)) == "retry"  # capped, no overflow


# --- case 13 ----------------------------------------------------------------------------------


def test_a_huge_rejected_url_is_stored_and_reported_as_a_bounded_prefix(tmp_path):
    srv = FaultServer("127.0.0.1")
    huge = srv.url("/long/" + "a" * 1_000_000 + ".html")
    _feed(srv, "/f.xml", [huge, srv.url("/ok.html")])
    srv.routes["/ok.html"] = page("long-ok")
    config = write_config(tmp_path / "c.yaml", [{"id": "f", "url": srv.url("/f.xml"),
                                                  "name": "f"}], max_bytes=20_000_000)
    lake = tmp_path / "lake"
    for _ in range(2):
        proc = run_akhbar(config, lake)
        assert proc.returncode == 0, proc.stderr[-3000:]
    srv.stop()
    rows = read_dataset(lake, "rejects")
    assert len(rows) == 1, "the second run held the same item back"
    assert rows[0]["error"] == "url_too_long"
    assert len(rows[0]["url"]) <= 2048 and rows[0]["url"].startswith(huge[:1000])
    assert len(rows[0]["message"]) <= 2000
    report = tmp_path / "r.html"
    rep = subprocess.run([sys.executable, "-m", "pipeline.cli", "report", "--lake", str(lake),
                          "--out", str(report)], capture_output=True, text=True, timeout=120,
                         cwd=REPO)
    assert rep.returncode == 0, rep.stderr[-2000:]
    assert report.stat().st_size < 200_000
    assert "a" * 5000 not in report.read_text(encoding="utf-8")
