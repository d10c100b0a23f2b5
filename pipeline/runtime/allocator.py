"""Keep the main process's native memory proportional to what it holds, not to the run's size.

Measured with bench/memory.py: most of what the main process gained from 1,000 to 5,000 pages
was not Python objects (tracemalloc saw under 50 MB live at every stage) but native memory
left behind by big buffers. glibc raises its mmap threshold each time a large block is freed
(up to 32 MB), so later large buffers (Beam's encoded bundles, page bodies, Parquet pages) come
from the heap, whose freed middle is never given back; Arrow's jemalloc pool keeps its own
freed pages. Fixing glibc's threshold and routing Arrow through the system allocator returns
such buffers to the OS when they are freed.

`bound_native_memory()` is called once at the start of a run; it does nothing where the C
library is not glibc (macOS, musl), where the defaults are kept.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging

LOG = logging.getLogger(__name__)

M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter number (malloc.h)
MMAP_THRESHOLD_BYTES = 128 * 1024  # glibc's own starting value, kept fixed from now on

_done = False


def _glibc():
    name = ctypes.util.find_library("c")
    if not name:
        return None
    try:
        libc = ctypes.CDLL(name)
        libc.gnu_get_libc_version  # noqa: B018 (only glibc has it)
    except (OSError, AttributeError):
        return None
    return libc


def bound_native_memory() -> bool:
    """Fix glibc's mmap threshold and use the system allocator for Arrow (once per process).
    Returns whether the glibc setting was applied."""
    global _done
    if _done:
        return True
    import pyarrow as pa

    applied = False
    libc = _glibc()
    if libc is not None:
        applied = bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))
        if applied:
            pa.set_memory_pool(pa.system_memory_pool())
    if not applied:
        LOG.debug("not glibc: allocator defaults kept")
    _done = applied
    return applied
