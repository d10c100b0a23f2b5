"""Portability: the batch run in-process and in two worker processes (every DoFn pickled and
rebuilt there) gives identical lakes; the stream runs in worker processes too; the default runner
is the in-process FnApiRunner (Beam's DirectRunner would try to download Prism)."""

import subprocess
import time
from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.internal import pickler
from apache_beam.runners.portability.fn_api_runner import fn_runner

from pipeline.batch import build_pipeline, make_options, make_runner
from pipeline.config import load_config
from pipeline.context import RunContext
from pipeline.stream import build_stream
from tests.support.runs import akhbar, lake_rows

MULTI = ["--direct_running_mode=multi_processing", "--direct_num_workers=2"]


def timed_akhbar(*args: str) -> tuple[subprocess.CompletedProcess, float]:
    start = time.monotonic()
    proc = akhbar(*args, "-v")
    return proc, time.monotonic() - start


@pytest.fixture(scope="module")
def lakes(tmp_path_factory, request):
    two = tmp_path_factory.mktemp("multiprocess")
    second, t_multi = timed_akhbar("run", "--output", str(two), *MULTI)
    # the in-process side is the session's shared first run (conftest.py; verbose too), asked
    # for after the multi-process run so another worker can make it meanwhile
    first = request.getfixturevalue("sample_runs")
    t_in = first.first.seconds
    print(f"batch on the sample: in-process {t_in:.1f}s, multi_processing x2 {t_multi:.1f}s")
    return {"in": first.first_lake, "multi": two, "logs": first.first.stderr + second.stderr}


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
    proc, elapsed = timed_akhbar("stream", "--output", str(lake), "--poll-interval", "1",
                           "--max-polls", "2", *MULTI)
    batch = lake_rows(tmp_path / "lake", "articles", "article_id")
    assert len(batch) >= 20
    assert len({r["article_id"] for r in batch}) == len(batch)
    assert Path(lake).is_dir() and elapsed < 300
