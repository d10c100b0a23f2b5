"""The lake under adversity, through the real `akhbar run`: other processes' temporary files and
symbolic links (cleanup touches only akhbar's own staging), two runs at once (the lake's lock),
duplicate rows left by an older version (kept once), damaged files (quarantined, named in one
line by the run, `show` and `report`), and a full disk (one line, no stray file, rerun done)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.faults.server import (
    REPO,
    FaultServer,
    Resp,
    akhbar_cmd,
    page,
    read_dataset,
    rss,
    run_akhbar,
    write_config,
)

EXIT_IO, EXIT_BUSY = 3, 4
OWN_TEMP = ".tmp-" + "a" * 32 + "-part-20250101T000000Z-abcdef-" + "0" * 16 + ".parquet"


def _site(n: int, prefix: str, delay_s: float = 0.0, events: bool = False):
    srv = FaultServer("127.0.0.1")
    links = []
    for i in range(n):
        path = f"/{prefix}/{i}.html"
        srv.routes[path] = page(f"{prefix}-{i}", delay_s=delay_s)
        links.append(srv.url(path))
    srv.routes[f"/{prefix}/feed.xml"] = Resp(body=rss([{"link": u} for u in links]),
                                             content_type="application/rss+xml")
    return srv, links


def _config(tmp_path: Path, srv: FaultServer, prefix: str, **kw) -> Path:
    return write_config(tmp_path / f"{prefix}.yaml",
                        [{"id": prefix, "url": srv.url(f"/{prefix}/feed.xml"), "name": prefix}],
                        **kw)


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


# --- case 4: temporary files ---------------------------------------------------------------


def test_cleanup_removes_only_akhbars_own_staged_files(tmp_path):
    srv, links = _site(2, "tmpf")
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "articles" / "date=2025-01-01").mkdir(parents=True)
    real = tmp_path / "real-lake"
    part = real / "articles" / "date=2025-01-01"
    part.mkdir(parents=True)
    lake = tmp_path / "lake-link"
    lake.symlink_to(real, target_is_directory=True)  # --output is a symbolic link
    planted = [
        real / ".tmp-someone-elses.txt",  # not in a dataset folder, not akhbar's pattern
        part / ".tmp-other-tool.parquet",  # in a dataset folder, another program's name
        real / "notes" / OWN_TEMP,  # akhbar's pattern outside its dataset folders
        elsewhere / "articles" / "date=2025-01-01" / OWN_TEMP,  # reached only via a link
    ]
    (real / "notes").mkdir()
    (real / "signatures").mkdir()
    (real / "signatures" / "date=2025-01-01").symlink_to(  # a partition that is a link
        elsewhere / "articles" / "date=2025-01-01", target_is_directory=True)
    (real / "rejects").symlink_to(elsewhere / "articles", target_is_directory=True)
    own = part / OWN_TEMP  # a killed run's staging: removed
    an_hour_ago = time.time() - 3600
    for path in [*planted, own]:
        path.write_bytes(b"x")
        os.utime(path, (an_hour_ago, an_hour_ago))
    proc = run_akhbar(_config(tmp_path, srv, "tmpf"), lake)
    srv.stop()
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert not own.exists()
    for path in planted:
        assert path.exists(), path
    assert sorted(a["url"] for a in read_dataset(real, "articles")) == sorted(links)
    assert not [p for p in real.rglob(".tmp-*") if p not in planted]


def test_cleanup_of_a_lake_that_is_a_link_to_the_root_walks_nothing(tmp_path):
    """--output a symbolic link to /: only <root>/<dataset>/date=…/ folders are looked at."""
    from pipeline.lake.repair import remove_temp_files

    link = tmp_path / "root-link"
    link.symlink_to("/", target_is_directory=True)
    started = time.monotonic()
    assert remove_temp_files(str(link)) == 0
    assert time.monotonic() - started < 2.0


# --- case 6: the lake's lock ---------------------------------------------------------------


def test_two_runs_on_one_lake_never_duplicate(tmp_path):
    # the pages wait behind a gate opened only once the second run has ended, so the first run
    # is still fetching (and holds the lake) however slowly the second one starts: with a fixed
    # delay per page the first run could end first on a loaded machine, and the second then ran
    srv, links = _site(100, "lock")
    gate = threading.Event()

    def held(resp):
        def send(_handler):
            gate.wait(150)
            return resp
        return send

    for path in [p for p in srv.routes if p.endswith(".html")]:
        srv.routes[path] = held(srv.routes[path])
    config = _config(tmp_path, srv, "lock", per_host_concurrency=4, timeout_s=60.0)
    lake = tmp_path / "lake"
    first = subprocess.Popen(akhbar_cmd(config, lake), cwd=REPO, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not srv.hits_for("/lock/feed.xml"):
            time.sleep(0.02)
        assert srv.hits_for("/lock/feed.xml"), "the first run never polled"
        second = run_akhbar(config, lake)
    finally:
        gate.set()
    out, err = first.communicate(timeout=180)
    srv.stop()
    assert first.returncode == 0, err[-3000:]
    assert second.returncode == EXIT_BUSY, second.stderr[-3000:]
    lines = _lines(second.stderr)
    assert len(lines) == 1 and "in use by another akhbar run" in lines[0]
    assert f"pid {first.pid}" in lines[0]
    assert len(srv.hits_for("/lock/feed.xml")) == 1  # the second run polled nothing
    arts = read_dataset(lake, "articles")
    assert sorted(a["url"] for a in arts) == sorted(links)
    sigs = read_dataset(lake, "signatures")
    assert len(sigs) == len({s["article_id"] for s in sigs}) == 100


def test_a_killed_holder_does_not_block_the_next_run(tmp_path):
    srv, links = _site(6, "held", delay_s=0.3)
    config = _config(tmp_path, srv, "held", per_host_concurrency=1)
    lake = tmp_path / "lake"
    proc = subprocess.Popen(akhbar_cmd(config, lake), cwd=REPO, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not srv.hits_for("/held/0.html"):
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    again = run_akhbar(config, lake)
    srv.stop()
    assert again.returncode == 0, again.stderr[-3000:]
    assert sorted(a["url"] for a in read_dataset(lake, "articles")) == sorted(links)


def test_duplicate_rows_from_an_older_version_are_kept_once(tmp_path):
    srv, links = _site(4, "dup")
    config = write_config(tmp_path / "dup.yaml", [
        {"id": "dup", "url": srv.url("/dup/feed.xml"), "name": "dup"}])
    lake = tmp_path / "lake"
    assert run_akhbar(config, lake).returncode == 0
    # an older akhbar without a lock: a second run wrote the same rows under its own run id
    for dataset in ("articles", "signatures"):
        for path in sorted((lake / dataset).rglob("part-*.parquet")):
            copy = path.with_name(path.name.replace("part-", "part-29991231T000000Z-ffffff-"))
            shutil.copy(path, copy)
    assert len(read_dataset(lake, "articles")) == 8
    report = tmp_path / "r.html"
    rep = subprocess.run([sys.executable, "-m", "pipeline.cli", "report", "--lake", str(lake),
                          "--out", str(report)], capture_output=True, text=True, timeout=120,
                         cwd=REPO)
    assert rep.returncode == 0, rep.stderr
    from pipeline.report import queries

    opened = queries.open_lake(str(lake))
    assert opened.one("SELECT count(*) FROM articles")[0] == 4  # readers count each id once
    opened.con.close()
    again = run_akhbar(config, lake)  # the next run keeps one row per id
    srv.stop()
    assert again.returncode == 0, again.stderr[-3000:]
    arts = read_dataset(lake, "articles")
    assert sorted(a["url"] for a in arts) == sorted(links)
    sigs = read_dataset(lake, "signatures")
    assert len(sigs) == len({s["article_id"] for s in sigs}) == 4


def test_object_store_lock_lets_one_run_in(tmp_path, monkeypatch):
    """Two runs race for an S3 lake (moto's server on 127.0.0.1): exactly one holds it; after
    it lets go, the next one gets it; a dead run's lock (no heartbeat) is taken over."""
    import threading

    from moto import server as moto_server

    from pipeline.lake import lock as lakelock
    from tests.e2e.test_object_store import KEYS, free_port

    for k, v in KEYS.items():
        monkeypatch.setenv(k, v)
    port = free_port()
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        import pyarrow.fs as pafs

        fs = pafs.S3FileSystem(access_key="testing", secret_key="testing", region="us-east-1",
                               endpoint_override=f"127.0.0.1:{port}", scheme="http",
                               allow_bucket_creation=True)
        fs.create_dir("locks")
        uri = (f"s3://locks/lake?endpoint_override=127.0.0.1:{port}&scheme=http"
               "&region=us-east-1")
        monkeypatch.setattr(lakelock, "SETTLE_S", 1.1)
        results = {}

        def take(name):
            try:
                results[name] = lakelock.LakeLock(uri, f"20250101T00000{name}Z-abcdef").acquire()
            except lakelock.LakeBusyError as exc:
                results[name] = exc

        threads = [threading.Thread(target=take, args=(str(i),)) for i in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        held = [v for v in results.values() if isinstance(v, lakelock.LakeLock)]
        busy = [v for v in results.values() if isinstance(v, lakelock.LakeBusyError)]
        assert len(held) == 1 and len(busy) == 2, results
        assert "in use by another akhbar run" in str(busy[0])
        with pytest.raises(lakelock.LakeBusyError):
            lakelock.LakeLock(uri, "20250101T000009Z-abcdef").acquire()
        held[0].release()
        again = lakelock.LakeLock(uri, "20250101T000010Z-abcdef").acquire()
        # a holder that died: its heartbeat stops; past STALE_S its lock is removed
        again._object._stop.set()
        monkeypatch.setattr(lakelock, "STALE_S", 0.5)
        time.sleep(1.5)
        taker = lakelock.LakeLock(uri, "20250101T000011Z-abcdef").acquire()
        taker.release()
    finally:
        server.stop()


# --- case 9: damaged files -----------------------------------------------------------------


DAMAGE = {
    "zero": lambda good: b"",
    "truncated": lambda good: good[: len(good) // 2],
    "junk": lambda good: b"<html>not parquet at all</html>" * 20,
}


DATASETS = ["articles", "events", "signatures", "rejects", "state/feeds", "state/runs"]


def _parquet_bytes(tmp_path: Path) -> bytes:
    import pyarrow as pa

    path = tmp_path / "good.parquet"
    pq.write_table(pa.table({"x": list(range(1000))}), path)
    return path.read_bytes()


def test_damaged_files_are_quarantined_and_the_run_goes_on(tmp_path):
    """A zero-byte, a truncated and a junk file in every dataset: one run moves all 18 under
    _quarantine/, logs one line each, counts them, and ingests as if they were not there."""
    srv, links = _site(3, "dmg")
    srv.routes["/dmg/gone.html"] = Resp(404, b"")
    body = rss([{"link": u} for u in [*links, srv.url("/dmg/gone.html")]])
    srv.routes["/dmg/feed.xml"] = Resp(body=body, content_type="application/rss+xml")
    config = _config(tmp_path, srv, "dmg")
    lake = tmp_path / "lake"
    good = _parquet_bytes(tmp_path)
    planted = []
    for dataset in DATASETS:
        for kind, make in DAMAGE.items():
            path = lake / dataset / "date=2025-03-10" / f"part-{kind}.parquet"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(make(good))
            planted.append(path)
    proc = run_akhbar(config, lake)
    srv.stop()
    assert proc.returncode == 0, proc.stderr[-3000:]
    logged = [line for line in _lines(proc.stderr) if "quarantined" in line]
    assert len(logged) == len(planted) == 18, proc.stderr
    for path in planted:
        assert not path.exists()
        rel = path.relative_to(lake)
        assert (lake / "_quarantine" / rel).exists()
        assert sum(str(rel) in line for line in logged) == 1
    assert "damaged files quarantined" in proc.stdout
    assert proc.stdout.split("damaged files quarantined")[1].split()[0] == "18"
    assert sorted(a["url"] for a in read_dataset(lake, "articles")) == sorted(links)
    assert [r["url"] for r in read_dataset(lake, "rejects")] == [srv.url("/dmg/gone.html")]
    assert len(read_dataset(lake, "state/runs")) == 1


def test_show_and_report_name_the_damaged_file_in_one_line(tmp_path):
    srv, links = _site(2, "shw")
    lake = tmp_path / "lake"
    assert run_akhbar(_config(tmp_path, srv, "shw"), lake).returncode == 0
    srv.stop()
    article = read_dataset(lake, "articles")[0]
    bad = lake / "articles" / "date=2025-03-10" / "part-junk.parquet"
    bad.write_bytes(b"PAR1 definitely not parquet")
    for args in (["show", article["article_id"], "--lake", str(lake)],
                 ["report", "--lake", str(lake), "--out", str(tmp_path / "r.html")]):
        proc = subprocess.run([sys.executable, "-m", "pipeline.cli", *args],
                              capture_output=True, text=True, timeout=120, cwd=REPO)
        assert proc.returncode == 0, proc.stderr[-3000:]
        lines = _lines(proc.stderr)
        assert len(lines) == 1 and "part-junk.parquet" in lines[0] and "Traceback" not in \
            proc.stderr, proc.stderr
    assert bad.exists()  # readers name it; only a run moves it


# --- case 10: disk full --------------------------------------------------------------------


def _in_small_disk(script: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run a shell script in a private mount namespace where $DISK is a small tmpfs."""
    if shutil.which("unshare") is None:
        pytest.fail("the disk-full test needs unshare(1) to mount a small tmpfs")
    return subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True,
                          text=True, timeout=timeout, cwd=REPO)


def test_disk_full_is_one_line_no_stray_file_and_the_rerun_completes(tmp_path):
    srv, links = _site(30, "full")
    for i in range(30):  # big pages: the lake outgrows the disk part-way
        srv.routes[f"/full/{i}.html"] = Resp(body=_big_page(f"full-{i}").encode())
    config = _config(tmp_path, srv, "full", batch_size=4)
    disk = tmp_path / "disk"
    keep = tmp_path / "kept"
    disk.mkdir()
    cmd = " ".join(f"'{c}'" for c in akhbar_cmd(config, disk / "lake"))
    script = (
        f"mount -t tmpfs -o size=160k tmpfs '{disk}' || exit 90\n"
        f"{cmd} > '{tmp_path}/out1' 2> '{tmp_path}/err1'; echo $? > '{tmp_path}/rc1'\n"
        f"find '{disk}' -name '.*' > '{tmp_path}/hidden1'\n"
        f"mount -o remount,size=64m '{disk}'\n"
        f"{cmd} > '{tmp_path}/out2' 2> '{tmp_path}/err2'; echo $? > '{tmp_path}/rc2'\n"
        f"cp -a '{disk}/lake' '{keep}'\n")
    proc = _in_small_disk(script)
    srv.stop()
    assert proc.returncode == 0, proc.stderr
    rc1 = int((tmp_path / "rc1").read_text())
    err1 = (tmp_path / "err1").read_text()
    lines = _lines(err1)
    assert rc1 == EXIT_IO, err1[-3000:]
    assert len(lines) == 1 and "Traceback" not in err1, err1[-3000:]
    assert "disk full writing" in lines[0] and "free space is needed" in lines[0]
    assert any(f"writing {d} " in lines[0] for d in ("articles", "events", "signatures",
                                                       "rejects", "state/feeds", "state/runs"))
    assert (tmp_path / "hidden1").read_text().split() == [], "stray hidden files"
    assert int((tmp_path / "rc2").read_text()) == 0, (tmp_path / "err2").read_text()[-3000:]
    assert sorted(a["url"] for a in read_dataset(keep, "articles")) == sorted(links)
    assert not [p for p in keep.rglob(".*")]
    for path in keep.rglob("part-*.parquet"):
        pq.read_table(path)


def _big_page(key: str) -> str:
    from tests.faults.server import arabic_text

    paras = "".join(f"<p>{arabic_text(f'{key}-{i}', 12)}</p>\n" for i in range(12))
    return (f'<html lang="ar"><head><meta charset="utf-8"><title>{key}</title></head><body>'
            f"<article><h1>خبر {key}</h1>{paras}</article></body></html>")
