"""Pipeline-level network config: conditional GET across runs, politeness limits, retries=0,
allow_private, and config values that would become paths, each through the real `akhbar run`.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml

from tests.faults.server import (
    FaultServer,
    Resp,
    page,
    read_dataset,
    rss,
    run_akhbar,
    write_config,
)

FEED_TYPE = "application/rss+xml"


def _conditional_feed(body: bytes, etag: str, modified: str):
    def route(h):
        if h.headers.get("If-None-Match") == etag or h.headers.get("If-Modified-Since") == modified:
            return Resp(304, b"", {"ETag": etag}, content_type=None)
        return Resp(body=body, headers={"ETag": etag, "Last-Modified": modified},
                    content_type=FEED_TYPE)
    return route


@pytest.fixture(scope="module")
def conditional(tmp_path_factory):
    base = tmp_path_factory.mktemp("conditional")
    srv = FaultServer("127.0.0.1")
    links = [srv.url(f"/c/{i}.html") for i in range(3)]
    for i in range(3):
        srv.routes[f"/c/{i}.html"] = page(f"conditional-{i}")
    etag, modified = '"v1-abc"', "Mon, 10 Mar 2025 08:00:00 GMT"
    srv.routes["/c/feed.xml"] = _conditional_feed(rss([{"link": u} for u in links]), etag,
                                                  modified)
    config = write_config(base / "c.yaml", [{"id": "cond", "url": srv.url("/c/feed.xml"),
                                             "name": "c"}])
    lake = base / "lake"
    first = run_akhbar(config, lake)
    first_hits = list(srv.hits)
    srv.reset()
    second = run_akhbar(config, lake)
    second_hits = list(srv.hits)
    srv.stop()
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    return {"first": first_hits, "second": second_hits, "lake": lake, "etag": etag,
            "modified": modified, "stdout": second.stdout}


def test_second_run_sends_validators_and_gets_304(conditional):
    feed_hits = [h for h in conditional["second"] if h.path == "/c/feed.xml"]
    assert len(feed_hits) == 1
    assert feed_hits[0].headers.get("if-none-match") == conditional["etag"]
    assert feed_hits[0].headers.get("if-modified-since") == conditional["modified"]
    assert not [h for h in conditional["first"] if "if-none-match" in h.headers]


def test_second_run_fetches_nothing_else(conditional):
    assert [h.path for h in conditional["second"]] == ["/c/feed.xml"]
    assert len([h for h in conditional["first"] if h.path.endswith(".html")]) == 3
    assert len(read_dataset(conditional["lake"], "articles")) == 3
    assert "feeds unchanged (304)" in conditional["stdout"]


@pytest.fixture(scope="module")
def polite(tmp_path_factory):
    base = tmp_path_factory.mktemp("polite")
    hosts = [FaultServer("127.0.0.4"), FaultServer("127.0.0.5")]
    feeds = []
    for n, srv in enumerate(hosts):
        links = [srv.url(f"/p/{i}.html") for i in range(6)]
        for i in range(6):
            srv.routes[f"/p/{i}.html"] = page(f"polite-{n}-{i}", delay_s=0.3)
        srv.routes["/p/503.html"] = Resp(503, b"busy")
        srv.routes["/p/feed.xml"] = Resp(body=rss([{"link": u} for u in links]
                                                  + [{"link": srv.url("/p/503.html")}]),
                                         content_type=FEED_TYPE)
        feeds.append({"id": f"polite-{n}", "url": srv.url("/p/feed.xml"), "name": f"p{n}"})
    config = write_config(base / "p.yaml", feeds, concurrency=3, per_host_concurrency=2,
                          per_host_delay_s=0.25, retries=0)
    proc = run_akhbar(config, base / "lake")
    for srv in hosts:
        srv.stop()
    assert proc.returncode == 0, proc.stderr
    return {"hosts": hosts, "lake": base / "lake"}


def _peak(intervals) -> int:
    events = sorted([(s, 1) for s, _ in intervals] + [(e, -1) for _, e in intervals])
    peak = now = 0
    for _, d in events:
        now += d
        peak = max(peak, now)
    return peak


def test_per_host_concurrency_is_respected(polite):
    for srv in polite["hosts"]:
        pages = [(h.start, h.end) for h in srv.hits if h.path.endswith(".html")]
        assert len(pages) == 7
        assert _peak(pages) <= 2


def test_global_concurrency_is_respected(polite):
    pages = [(h.start, h.end) for srv in polite["hosts"] for h in srv.hits
             if h.path.endswith(".html")]
    assert _peak(pages) <= 3


def test_per_host_delay_between_request_starts(polite):
    for srv in polite["hosts"]:
        starts = sorted(h.start for h in srv.hits if h.path.startswith("/p/")
                        and h.path.endswith(".html"))
        gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
        # The server sees each start a little late on a busy machine (one late start shortens
        # the next gap), so: no two requests back to back, and the whole run of requests
        # spaced by the delay on average.
        assert min(gaps) >= 0.25 / 2, gaps
        assert starts[-1] - starts[0] >= 0.24 * len(gaps), gaps


def test_retries_zero_means_one_request(polite):
    for srv in polite["hosts"]:
        assert srv.counts["/p/503.html"] == 1
    rejects = read_dataset(polite["lake"], "rejects")
    assert sorted((r["stage"], r["error"]) for r in rejects) == [("fetch", "http_status")] * 2
    assert len(read_dataset(polite["lake"], "articles")) == 12


def test_allow_private_is_exact(tmp_path):
    """Allowing 127.0.0.1/32 lets that host through and refuses 127.0.0.2 (a feed and an item)
    before connecting: loopback is private unless network.allow_private lists it."""
    ok, other = FaultServer("127.0.0.1"), FaultServer("127.0.0.2")
    ok.routes["/a.html"] = page("allow-a")
    other.routes["/b.html"] = page("allow-b")
    ok.routes["/f.xml"] = Resp(body=rss([{"link": ok.url("/a.html")},
                                         {"link": other.url("/b.html")}]),
                               content_type=FEED_TYPE)
    other.routes["/g.xml"] = Resp(body=rss([{"link": other.url("/b.html")}]),
                                  content_type=FEED_TYPE)
    feeds = [{"id": "x", "url": ok.url("/f.xml"), "name": "x"},
             {"id": "y", "url": other.url("/g.xml"), "name": "y"}]
    config = write_config(tmp_path / "c.yaml", feeds, allow_private=["127.0.0.1/32"])
    proc = run_akhbar(config, tmp_path / "lake")
    ok.stop()
    other.stop()
    assert proc.returncode == 0, proc.stderr
    assert other.hits == []
    assert [a["url"] for a in read_dataset(tmp_path / "lake", "articles")] == [ok.url("/a.html")]
    rows = read_dataset(tmp_path / "lake", "rejects")
    assert sorted((r["stage"], r["error"], r["url"] or "") for r in rows) == [
        ("feed", "blocked_address", ""), ("fetch", "blocked_address", other.url("/b.html"))]


def _bad_id_config(tmp_path, feed_id):
    config = tmp_path / "c.yaml"
    config.write_text(yaml.safe_dump({"feeds": [
        {"id": "ok", "url": "http://127.0.0.1:9/f.xml", "name": "ok"},
        {"id": feed_id, "url": "http://127.0.0.1:9/g.xml", "name": "bad"}]}), encoding="utf-8")
    return config


def test_dot_dot_feed_id_is_refused_by_the_cli(tmp_path):
    config = _bad_id_config(tmp_path, "../../etc")
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "run", "--config", str(config),
                           "--output", str(tmp_path / "out" / "lake")], capture_output=True,
                          text=True, timeout=60, cwd=tmp_path)
    assert proc.returncode == 2
    lines = [x for x in proc.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "feeds[1].id" in lines[0], proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.yaml"]  # nothing written at all


@pytest.mark.parametrize("feed_id", ["..", "a/b", "/abs", "a\\b", "A", "x" * 65, "", "é"])
def test_path_like_feed_id_is_refused(tmp_path, capsys, feed_id):
    from pipeline.cli import main

    config = _bad_id_config(tmp_path, feed_id)
    assert main(["run", "--config", str(config), "--output", str(tmp_path / "lake")]) == 2
    lines = [x for x in capsys.readouterr().err.splitlines() if x.strip()]
    assert len(lines) == 1 and "feeds[1].id" in lines[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.yaml"]


@pytest.mark.parametrize("key,value", [
    ("timeout_s", -1), ("retries", "two"), ("max_bytes", 1.5), ("max_redirects", -2),
    ("concurrency", True), ("per_host_concurrency", None), ("per_host_delay_s", -0.1),
    ("user_agent", ""), ("allow_private", ["not-a-cidr"]), ("backoff_s", "fast"),
])
def test_network_keys_are_validated(tmp_path, capsys, key, value):
    from pipeline.cli import main

    config = tmp_path / "c.yaml"
    config.write_text(yaml.safe_dump({"network": {key: value}}), encoding="utf-8")
    assert main(["run", "--config", str(config), "--output", str(tmp_path / "lake")]) == 2
    err = [x for x in capsys.readouterr().err.splitlines() if x.strip()]
    assert len(err) == 1 and f"network.{key}" in err[0]
    assert not (tmp_path / "lake").exists()
