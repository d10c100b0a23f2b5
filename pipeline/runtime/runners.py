"""Which Beam runner a run uses, and what akhbar's graph may ask of it.

- Beam's in-process FnApiRunner is the default (Beam's DirectRunner would first try to download
  the Prism runner binary); akhbar builds it itself.
- Beam's DaskRunner (batch only) is named `DaskRunner` on akhbar's command line; Beam itself
  only knows it by its module path. Its translation (apache_beam/runners/dask/, Beam 2.77) runs
  Create, single-output ParDo, GroupByKey and Flatten, but: it computes only the last transform
  applied (every other sink is silently skipped); all outputs of a multi-output ParDo land in
  one bag, so each tagged output receives every element; elements a DoFn emits in
  finish_bundle are dropped (BatchElements loses its last batch); a side input recomputes its
  whole upstream inside the consuming task (pages fetched twice); windows are ignored; metrics
  are not collected. akhbar therefore gives it a graph made of the parts that work
  (pipeline.batch_basic) instead of the default one.
- Every other --runner is resolved by Beam and gets the default graph with inline execution.
Nothing here imports Beam at module level (the extraction pool's processes import it).
"""

from __future__ import annotations

IN_PROCESS_RUNNERS = ("fnapirunner", "fnapi")
DASK_RUNNER = "apache_beam.runners.dask.dask_runner.DaskRunner"
DASK_RUNNERS = ("daskrunner", DASK_RUNNER.lower())


class RunnerUnavailable(Exception):
    """--runner names a runner whose package is not installed (one line for the user)."""


def runs_in_process(runner: str | None) -> bool:
    """Whether --runner (None: not given) means Beam's in-process runner."""
    return runner is None or runner.lower() in IN_PROCESS_RUNNERS


def is_dask(runner: str | None) -> bool:
    return runner is not None and runner.lower() in DASK_RUNNERS


def basic_translation(runner: str | None) -> bool:
    """Whether the runner needs akhbar's basic graph (one sink, no tagged outputs, no side
    inputs, nothing emitted at bundle end)."""
    return is_dask(runner)


def batch_only(runner: str | None) -> bool:
    return is_dask(runner)


def make_runner(runner: str | None):
    """The runner object for --runner, or None when Beam resolves the name itself."""
    if runs_in_process(runner):
        from apache_beam.runners.portability.fn_api_runner import fn_runner

        return fn_runner.FnApiRunner()
    if is_dask(runner):
        try:
            from apache_beam.runners.dask.dask_runner import DaskRunner
        except ImportError as exc:  # dask is an extra: pip install -e '.[dask]'
            raise RunnerUnavailable("--runner DaskRunner needs dask.distributed: "
                                    "pip install -e '.[dask]'") from exc
        return DaskRunner()
    return None
