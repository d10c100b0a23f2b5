"""Shared test helpers: run the `akhbar` command, read a lake back, start a dask.distributed
cluster. Everything listens on 127.0.0.1 on ports the system picks at run time, so tests can
run side by side (pytest -n 2) and beside any other akhbar run."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from pipeline.lake.store import open_dataset

REPO = Path(__file__).resolve().parents[2]
# Columns that differ between two runs by design (the run's id and clock; dedup sort keys
# embed fetched_at).
VOLATILE = frozenset({"run_id", "fetched_at", "at", "polled_at", "sort_key", "story_head_key"})


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def akhbar(*args: str, check: bool = True, env: dict | None = None, timeout: float = 300
           ) -> subprocess.CompletedProcess:
    """Run `akhbar ARGS` in a child process (as a user would) and return it."""
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True,
                          text=True, timeout=timeout, cwd=REPO,
                          env=None if env is None else {**os.environ, **env})
    if check and proc.returncode != 0:
        raise AssertionError(f"akhbar {args} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return proc


def summary_value(stdout: str, label: str) -> int:
    m = re.search(rf"^\s+{re.escape(label)}\s+(\d+)$", stdout, re.M)
    assert m, f"{label!r} missing from the summary:\n{stdout}"
    return int(m.group(1))


def data_files(lake: Path) -> list[Path]:
    return sorted(p for p in lake.rglob("*.parquet") if not p.name.startswith((".", "_")))


def lake_rows(lake: Path | str, dataset: str, key: str, volatile=VOLATILE) -> list[dict]:
    """A dataset's rows without the columns that differ between runs, in a stable order."""
    data = open_dataset(str(lake), dataset)
    assert data is not None, f"{dataset} missing from {lake}"
    rows = [{k: v for k, v in r.items() if k not in volatile}
            for r in data.to_table().to_pylist()]
    return sorted(rows, key=lambda r: (r[key] or "", repr(sorted(r.items()))))


@dataclass(frozen=True)
class SampleRun:
    """One `akhbar run` on the embedded sample: what it printed and how long it took."""
    stdout: str
    stderr: str
    seconds: float


@dataclass(frozen=True)
class SampleRuns:
    """`akhbar run -v --output LAKE` on the embedded sample, then `akhbar run --output LAKE`
    again (tests/conftest.py: sample_runs). `first_lake` is a copy of LAKE taken between the
    two runs (what one run writes); `lake` is LAKE after both; `files_after_first` are the
    articles' and rejects' data files of LAKE after the first run."""
    root: Path
    first: SampleRun
    second: SampleRun
    first_lake: Path
    lake: Path
    files_after_first: list[Path]

    @classmethod
    def load(cls, root: Path) -> SampleRuns:
        saved = json.loads((root / "runs.json").read_text(encoding="utf-8"))
        lake = root / "lake"
        return cls(root=root, first=SampleRun(**saved["first"]),
                   second=SampleRun(**saved["second"]), first_lake=root / "first-lake",
                   lake=lake, files_after_first=[lake / f for f in saved["files_after_first"]])

    def fingerprint(self) -> list[tuple[str, int, int]]:
        """Every file of both lakes with its size and modification time."""
        return sorted((str(p.relative_to(self.root)), p.stat().st_size, p.stat().st_mtime_ns)
                      for lake in (self.first_lake, self.lake) for p in lake.rglob("*")
                      if p.is_file())


def _timed_sample_run(lake: Path, *args: str) -> SampleRun:
    start = time.monotonic()
    proc = akhbar("run", "--output", str(lake), *args)
    return SampleRun(proc.stdout, proc.stderr, time.monotonic() - start)


def shared_sample_runs(root: Path) -> SampleRuns:
    """The sample's two runs in `root`, made by the first process that asks (the others wait
    on `root/lock`, then read `root/runs.json`, written last)."""
    root.mkdir(parents=True, exist_ok=True)
    with open(root / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not (root / "runs.json").exists():
                for leftover in ("lake", "first-lake"):  # of a process whose runs failed
                    shutil.rmtree(root / leftover, ignore_errors=True)
                lake = root / "lake"
                first = _timed_sample_run(lake, "-v")
                files_after_first = data_files(lake / "articles") + data_files(lake / "rejects")
                shutil.copytree(lake, root / "first-lake")
                second = _timed_sample_run(lake)
                saved = {"first": vars(first), "second": vars(second),
                         "files_after_first": [str(p.relative_to(lake))
                                               for p in files_after_first]}
                (root / "runs.json").write_text(json.dumps(saved), encoding="utf-8")
            return SampleRuns.load(root)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _wait_for_port(port: int, procs: list[subprocess.Popen], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for proc in procs:
            if proc.poll() is not None:
                raise AssertionError(f"{proc.args} exited with {proc.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise AssertionError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")


def _workers_ready(address: str, count: int, timeout: float) -> None:
    from distributed import Client

    with Client(address, timeout=timeout) as client:
        client.wait_for_workers(count, timeout=timeout)


@contextlib.contextmanager
def dask_cluster(workers: int = 2, threads: int = 2, timeout: float = 120):
    """A dask.distributed scheduler and `workers` worker processes of `threads` threads each,
    started with the `dask` command as a user would, on free ports of 127.0.0.1; yields the
    scheduler's address. The processes start in / (a worker's directory is not the run's)."""
    dask = str(Path(sys.executable).with_name("dask"))
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "cwd": "/"}
    procs = []
    try:
        procs.append(subprocess.Popen(
            [dask, "scheduler", "--host", "127.0.0.1", "--port", str(port),
             "--dashboard-address", ":0"], **quiet))
        _wait_for_port(port, procs, timeout)
        for _ in range(workers):
            procs.append(subprocess.Popen(
                [dask, "worker", address, "--nthreads", str(threads), "--host", "127.0.0.1",
                 "--dashboard-address", ":0"], **quiet))
        _workers_ready(address, workers, timeout)
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in reversed(procs):
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
