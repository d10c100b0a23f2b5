"""How the DoFns that extract and write run their jobs: the Executor they are given.

An Executor is a small picklable value chosen once per run (`executor_for`) and passed to the
DoFns at graph construction; each DoFn turns it into Jobs in setup() and gives them back in
teardown(). Two kinds:

- inline (every runner but Beam's in-process one: Dataflow, Flink, Dask, multi-process): a job
  runs at once in the calling thread, and the runner's own workers use the cores;
- warm pool (Beam's in-process FnApiRunner, one Python process): jobs go to a pool of
  single-threaded processes forked from a warmed fork server (pipeline.runtime.pool). Every
  DoFn given the same Executor in one process shares one pool (Beam's `Shared` handle, passed
  explicitly; no module state): the extraction step fills it, the articles writer uses it once
  extraction is done. The pool closes when its last user gives it back.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from pipeline.runtime.pool import make_pool, pool_size, warm_up_pool_server

LOG = logging.getLogger(__name__)

# What submitting to (or waiting on) pool jobs raises once the pool broke or was shut down.
POOL_ERRORS = (BrokenProcessPool, RuntimeError)


class InlineJobs:
    """Runs each job at once in the calling thread."""

    parallel = False
    processes = 0

    def submit(self, fn, /, *args) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args))
        except BaseException as exc:  # handed to whoever reads the future, as a pool would
            future.set_exception(exc)
        return future

    def replace(self) -> None:
        """Nothing to replace: a job that fails here fails in the caller."""


class PoolJobs:
    """A warm process pool shared by the DoFns of one process that were given one Executor.

    `replace()` swaps a pool that a crashing job broke for a fresh one; after MAX_FAILURES
    replacements in a row with no success in between (processes die even on good input, e.g.
    because the embedding program's __main__ cannot be imported by a child), it gives up and
    runs jobs inline from then on (`parallel` turns False)."""

    MAX_FAILURES = 3

    def __init__(self, processes: int):
        self.processes = processes
        self._lock = threading.Lock()
        self._pool = make_pool(processes)
        self._users = 0
        self._failures = 0
        self.closed = False

    @property
    def parallel(self) -> bool:
        return self._pool is not None

    def submit(self, fn, /, *args) -> Future:
        pool = self._pool
        if pool is None:
            return InlineJobs().submit(fn, *args)
        future = pool.submit(fn, *args)
        future.add_done_callback(self._succeeded)
        return future

    def _succeeded(self, future: Future) -> None:
        if not future.cancelled() and future.exception() is None:
            self._failures = 0

    def replace(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=False, cancel_futures=True)
            self._failures += 1
            if self._failures >= self.MAX_FAILURES:
                LOG.warning("worker processes keep dying; running jobs in this process instead")
                self._pool = None
            else:
                self._pool = make_pool(self.processes)

    def enter(self) -> bool:
        """Count one more user; False when the pool was closed already."""
        with self._lock:
            if self.closed:
                return False
            self._users += 1
            return True

    def leave(self) -> None:
        with self._lock:
            self._users -= 1
            if self._users > 0 or self.closed:
                return
            self.closed = True
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


class _PoolSlot:
    """The pool of one process for one Executor (held by Beam's Shared): opened by its first
    user, closed by its last; a later user opens a new one."""

    def __init__(self):
        self._lock = threading.Lock()
        self._jobs: PoolJobs | None = None

    def enter(self, processes: int) -> PoolJobs:
        with self._lock:
            if self._jobs is None or not self._jobs.enter():
                self._jobs = PoolJobs(processes)
                self._jobs.enter()
            return self._jobs


@dataclass(frozen=True)
class Executor:
    """What a DoFn runs its jobs on (see the module docstring). Picklable."""

    processes: int = 0  # worker processes of the warm pool; 0: inline
    shared: object = None  # apache_beam.utils.shared.Shared: one pool per process and Executor

    @classmethod
    def inline(cls) -> Executor:
        return cls()

    @classmethod
    def warm_pool(cls, processes: int) -> Executor:
        """A pool of `processes` processes; starts the fork server now, so that its imports
        and warm-up overlap with building the pipeline."""
        from apache_beam.utils.shared import Shared

        warm_up_pool_server()
        return cls(processes, Shared())

    @property
    def parallel(self) -> bool:
        return self.processes > 1

    def acquire(self) -> InlineJobs | PoolJobs:
        """The jobs of this process for this Executor (in setup(); give them back in teardown)."""
        if not self.parallel:
            return InlineJobs()
        return self.shared.acquire(_PoolSlot).enter(self.processes)

    @staticmethod
    def release(jobs: InlineJobs | PoolJobs | None) -> None:
        if isinstance(jobs, PoolJobs):
            jobs.leave()


def executor_for(config_value: int, runner: str | None, running_mode: str | None) -> Executor:
    """The run's Executor: the warm pool on Beam's in-process runner with more than one core
    (or `performance.extract_processes` > 1), inline everywhere else."""
    processes = pool_size(config_value, runner, running_mode)
    return Executor.warm_pool(processes) if processes > 1 else Executor.inline()
