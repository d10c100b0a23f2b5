"""Crash safety: SIGKILL `akhbar run` at a random moment mid-run, run it again: every good article
is in the lake exactly once and every published Parquet file reads back; the killed run leaves
no process of its own behind (extraction pool, fork server).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.faults.server import (
    REPO,
    FaultServer,
    Resp,
    akhbar_cmd,
    article_body_words,
    data_files,
    page,
    read_dataset,
    read_every_file,
    rss,
    run_akhbar,
    write_config,
)

PAGES = 40


@pytest.fixture(scope="module")
def site():
    srv = FaultServer("127.0.0.1")
    links = []
    for feed in range(2):
        items = []
        for i in range(PAGES // 2):
            path = f"/crash/{feed}/{i}.html"
            srv.routes[path] = page(f"crash-{feed}-{i}", delay_s=0.1)
            items.append({"link": srv.url(path)})
            links.append((srv.url(path), f"crash-{feed}-{i}"))
        if feed == 0:
            items.append({"link": srv.url("/crash/0/gone.html")})
        srv.routes[f"/crash/{feed}/feed.xml"] = Resp(
            body=rss(items), content_type="application/rss+xml",
            headers={"ETag": f'"crash-{feed}"'})
    srv.routes["/crash/0/gone.html"] = Resp(404, b"")
    yield srv, links
    srv.stop()


def _descendants(pid: int) -> set[int]:
    """Live descendants of `pid`, from /proc (Linux)."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z":
            parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _kill_when(proc, ready, limit_s: float = 60.0) -> set[int] | None:
    """SIGKILL `proc` as soon as `ready()` holds and return the processes it had started;
    None when it ended first."""
    end = time.monotonic() + limit_s
    while time.monotonic() < end and proc.poll() is None:
        if ready():
            children = _descendants(proc.pid)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            return children
        time.sleep(0.005)
    proc.kill()
    proc.wait(timeout=30)
    return None


# (seed, moment): mid-fetch (after a random number of page requests) or mid-write (after a
# random number of Parquet files were published, with 4 rows per file: many small files).
@pytest.mark.parametrize("seed,moment", [(1, "fetch"), (2, "write"), (3, "write")])
def test_sigkill_mid_run_then_rerun_ingests_everything_once(tmp_path, site, seed, moment):
    srv, links = site
    feeds = [{"id": f"crash-{f}", "url": srv.url(f"/crash/{f}/feed.xml"), "name": f"c{f}"}
             for f in range(2)]
    config = write_config(tmp_path / "c.yaml", feeds, per_host_concurrency=2, retries=0,
                          batch_size=4)
    lake = tmp_path / "lake"
    rng = random.Random(seed)
    srv.reset()
    proc = subprocess.Popen(akhbar_cmd(config, lake), cwd=REPO, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    if moment == "fetch":
        n = rng.randint(1, PAGES - 1)
        killed = _kill_when(proc, lambda: sum(1 for h in list(srv.hits)
                                              if h.path.endswith(".html")) >= n)
    else:
        n = rng.randint(1, 8)
        killed = _kill_when(proc, lambda: len(list(lake.rglob("*.parquet"))) >= n)
    assert killed is not None, f"the run ended before the kill ({moment}, n={n})"
    if moment == "write":  # by then the extraction pool and its fork server were running
        assert len(killed) >= 3, killed
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(p) for p in killed):
        time.sleep(0.1)
    left = [p for p in killed if _alive(p)]
    for p in left:
        os.kill(p, signal.SIGKILL)
    assert not left, "the killed run's processes outlived it"
    final = run_akhbar(config, lake)
    assert final.returncode == 0, final.stderr
    arts = read_dataset(lake, "articles")
    urls = [a["url"] for a in arts]
    assert sorted(urls) == sorted(u for u, _ in links)  # every good article exactly once
    for a in arts:
        key = next(k for u, k in links if u == a["url"])
        assert article_body_words(key)[0] in a["body"]
    rejects = read_dataset(lake, "rejects")
    assert [(r["url"], r["error"]) for r in rejects] == [(srv.url("/crash/0/gone.html"),
                                                          "http_status")]
    assert read_every_file(lake) >= len(links)  # every published file is whole
    for path in data_files(lake):
        assert path.stat().st_size > 0
    if seed == 1:
        again = run_akhbar(config, lake)  # and a further run adds nothing
        assert again.returncode == 0
        assert len(read_dataset(lake, "articles")) == len(links)
        assert len(read_dataset(lake, "rejects")) == 1
