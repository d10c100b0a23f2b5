"""Preloaded by the extraction pool's fork server, and by nothing else (see
pipeline.runtime.pool.pool_context): warm the extraction stack there
(pipeline.runtime.pool_warmup), and let the server exit without tearing its interpreter down.

The fork server has nothing to clean up at exit, yet unloading the extraction stack took about
0.25 s after every run, while the server still held the run's stdout and stderr: whoever reads
them (a scheduler, a pipe) waited for it. Imported in any other process, this module would make
that process skip its own clean-up at exit. The loaded stack is frozen out of garbage
collection (pipeline.runtime.process.freeze_imported) before the pool processes are forked.
"""

from __future__ import annotations

import atexit
import os

import pipeline.lake.store  # noqa: F401  (Parquet writing, for the steps that borrow the pool)
import pipeline.runtime.pool_warmup  # noqa: F401  (imported for its warm-up)
from pipeline.runtime.process import freeze_imported

freeze_imported()  # what the pool processes inherit is never collected (pipeline.runtime.process)

atexit.register(os._exit, 0)  # registered last, so it runs first and ends the process
