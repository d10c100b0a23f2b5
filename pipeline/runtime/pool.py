"""The extraction pool: single-threaded worker processes forked from a warmed fork server.

Workers import only Beam-free modules (pipeline.articles.jobs, pipeline.lake.store): the fork server
preloads them (pipeline.runtime.pool_server) and can be started before the main process has even
imported Beam (warm_up_pool_server). A worker exits as soon as the process owning its pool dies.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor

from pipeline.runtime.runners import runs_in_process

# Libraries whose log levels the pool processes take over from the launching process.
_LOGGERS = ("trafilatura", "htmldate", "justext", "readability", "charset_normalizer", "lxml")


def _preload(levels: dict[str, int], parent_alive=None) -> None:
    """Runs once in each pool process: the parent's log levels, the extraction stack loaded,
    and a watch on the launching process (see _exit_with_parent)."""
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)
    if parent_alive is not None:
        _exit_with_parent(parent_alive)
    import pipeline.articles.jobs  # noqa: F401
    import pipeline.text.extract  # noqa: F401  (jobs imports it with the first page)


def _exit_with_parent(parent_alive) -> None:
    """Exit this pool process as soon as the process that owns the pool is gone. Pool
    processes hold both ends of the pool's queues, so after a SIGKILLed run they would wait
    on each other forever (and keep the fork server alive with them); the owner holds the
    only write end of `parent_alive`, which reads EOF once it dies."""
    def watch():
        try:
            parent_alive.recv_bytes()
        except (EOFError, OSError):
            pass
        os._exit(1)

    threading.Thread(target=watch, name="akhbar-parent-watch", daemon=True).start()


def pool_size(config_value: int, runner: str | None, running_mode: str | None) -> int:
    """Extraction processes per worker: the configured number, or with 0 (auto) one per core
    when the pipeline runs in this single process (Beam's own workers use the cores else)."""
    if config_value:
        return config_value
    in_process = runs_in_process(runner) and running_mode != "multi_processing"
    return (os.cpu_count() or 1) if in_process else 0


# multiprocessing's fork server listens on a Unix socket at <temp dir>/pymp-XXXXXXXX/listener-
# XXXXXXXX (32 bytes past the temporary directory), and a socket path holds at most 107 bytes
SOCKET_PATH_MAX = 107
SOCKET_SUFFIX = 32


def forkserver_fits(temp_dir: str | None = None) -> bool:
    """Whether the fork server's socket path fits under the temporary directory (TMPDIR): a
    long one would fail the run with "AF_UNIX path too long"."""
    import tempfile

    path = os.fsencode(temp_dir if temp_dir is not None else tempfile.gettempdir())
    return len(path) + SOCKET_SUFFIX <= SOCKET_PATH_MAX


def pool_context():
    """forkserver where the platform has it (it preloads and warms the extraction stack once,
    see pipeline.runtime.pool_server, and not the caller's __main__, which may not be importable)
    and its socket path fits under the temporary directory, else spawn (slower to warm up,
    same results)."""
    if "forkserver" in multiprocessing.get_all_start_methods() and forkserver_fits():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["pipeline.runtime.pool_server"])
        return context
    return multiprocessing.get_context("spawn")


def warm_up_pool_server() -> None:
    """Start the fork server now, so that its imports overlap with the pipeline's start."""
    if pool_context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def make_pool(processes: int) -> ProcessPoolExecutor:
    """A pool of single-threaded extraction processes (lxml is not safe to share across
    threads; a process that crashes on a hostile page takes only itself down)."""
    levels = {name: logging.getLogger(name).getEffectiveLevel() for name in _LOGGERS}
    context = pool_context()
    alive_r, alive_w = context.Pipe(duplex=False)
    pool = ProcessPoolExecutor(max_workers=processes, mp_context=context,
                               initializer=_preload, initargs=(levels, alive_r))
    pool.akhbar_parent_alive = alive_w  # open for as long as this pool object lives
    return pool
