"""Portability: the batch run in-process and in two worker processes (every DoFn pickled and
rebuilt there) gives identical lakes; the stream runs in worker processes too; the default runner
is the in-process FnApiRunner (Beam's DirectRunner would try to download Prism)."""

import socket
import subprocess
import sys
import time
from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.internal import pickler
from apache_beam.runners.portability.fn_api_runner import fn_runner

from pipeline.batch import build_pipeline, make_options, make_runner
from pipeline.config import load_config
from pipeline.context import RunContext
from pipeline.lake.store import open_dataset
from pipeline.stream import build_stream

MULTI = ["--direct_running_mode=multi_processing", "--direct_num_workers=2"]
# Columns that differ between two runs by design (the run's id and clock; dedup sort keys
# embed fetched_at).
VOLATILE = {"run_id", "fetched_at", "at", "sort_key", "story_head_key"}
SAMPLE_PORT = 18461


def wait_for_sample_port(timeout: float = 120) -> None:
    """The embedded sample listens on a fixed port: wait while another run holds it."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", SAMPLE_PORT)) != 0:
                return
        time.sleep(1)
    pytest.fail("port 18461 stayed busy (another akhbar run on the embedded sample)")


def akhbar(*args: str) -> tuple[subprocess.CompletedProcess, float]:
    wait_for_sample_port()
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", *args, "-v"],
                          capture_output=True, text=True, timeout=300)
    elapsed = time.monotonic() - start
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc, elapsed


def lake_rows(lake: Path, dataset: str, key: str) -> list[dict]:
    data = open_dataset(str(lake), dataset)
    assert data is not None, f"{dataset} missing from {lake}"
    rows = [{k: v for k, v in r.items() if k not in VOLATILE}
            for r in data.to_table().to_pylist()]
    return sorted(rows, key=lambda r: (r[key] or "", repr(sorted(r.items()))))


@pytest.fixture(scope="module")
def lakes(tmp_path_factory):
    one = tmp_path_factory.mktemp("inprocess")
    two = tmp_path_factory.mktemp("multiprocess")
    first, t_in = akhbar("run", "--output", str(one))
    second, t_multi = akhbar("run", "--output", str(two), *MULTI)
    print(f"batch on the sample: in-process {t_in:.1f}s, multi_processing x2 {t_multi:.1f}s")
    return {"in": one, "multi": two, "logs": first.stderr + second.stderr}


@pytest.mark.parametrize("dataset,key", [
    ("articles", "article_id"), ("signatures", "article_id"), ("events", "event_id"),
    ("rejects", "url"),
])
def test_in_process_and_multi_process_lakes_are_identical(lakes, dataset, key):
    rows_in = lake_rows(lakes["in"], dataset, key)
    rows_multi = lake_rows(lakes["multi"], dataset, key)
    assert rows_in, f"no {dataset} written"
    assert [r[key] for r in rows_in] == [r[key] for r in rows_multi]
    assert len({repr(sorted(r.items())) for r in rows_in}) == len(rows_in)
    assert rows_in == rows_multi


def test_the_default_runner_is_in_process_and_downloads_nothing(lakes):
    assert isinstance(make_runner(make_options([])), fn_runner.FnApiRunner)
    assert isinstance(make_runner(make_options(MULTI)), fn_runner.FnApiRunner)
    assert "prism" not in lakes["logs"].lower()


class _CollectDoFns(beam.pipeline.PipelineVisitor):
    def __init__(self):
        self.fns = []

    def visit_transform(self, node):
        fn = getattr(node.transform, "fn", None)
        if isinstance(fn, beam.DoFn):
            self.fns.append(fn)


def test_every_dofn_of_both_graphs_pickles_without_clients(tmp_path):
    ctx = RunContext.new(str(tmp_path / "lake"), load_config(None))
    for build in (lambda p: build_pipeline(p, ctx),
                  lambda p: build_stream(p, ctx, 2.0, 1, str(tmp_path / "stop"))):
        p = beam.Pipeline(runner=fn_runner.FnApiRunner())
        build(p)
        visitor = _CollectDoFns()
        p.visit(visitor)
        assert len(visitor.fns) > 8
        for fn in visitor.fns:
            clone = pickler.loads(pickler.dumps(fn))
            assert type(clone) is type(fn)
            # clients are built in setup(), never carried in the pickled DoFn
            assert not any(type(v).__name__ == "Fetcher" for v in vars(clone).values())


def test_stream_runs_in_worker_processes(tmp_path):
    lake = tmp_path / "lake"
    proc, elapsed = akhbar("stream", "--output", str(lake), "--poll-interval", "1",
                           "--max-polls", "2", *MULTI)
    batch = lake_rows(tmp_path / "lake", "articles", "article_id")
    assert len(batch) >= 20
    assert len({r["article_id"] for r in batch}) == len(batch)
    assert Path(lake).is_dir() and elapsed < 300
