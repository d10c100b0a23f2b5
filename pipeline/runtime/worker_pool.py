"""The extraction pool, lent to later steps of the same process.

The extraction step owns a pool of processes forked from a warmed fork server; once the pages
are extracted those processes sit idle while the single-threaded tail of a batch run encodes
Parquet files. The owner lends its pool here and takes it back when it shuts it down; a
borrower uses it when there is one and falls back to its own thread when there is none, or
when it broke (see BORROW_ERRORS).
"""

from __future__ import annotations

import threading
from concurrent.futures import Executor
from concurrent.futures.process import BrokenProcessPool

# What submitting to (or waiting on) a lent pool raises once it broke or was shut down.
BORROW_ERRORS = (BrokenProcessPool, RuntimeError)

_lock = threading.Lock()
_lent: list[Executor] = []


def lend(pool: Executor) -> None:
    with _lock:
        _lent.append(pool)


def take_back(pool: Executor) -> None:
    with _lock:
        if pool in _lent:
            _lent.remove(pool)


def borrow() -> Executor | None:
    """The most recently lent pool of this process, or None."""
    with _lock:
        return _lent[-1] if _lent else None
