"""Beam's pickled transforms without bz2 on the in-process runner (applied by the `akhbar`
command only, on that runner in one process, like pipeline.runtime.beam_coders).

While a graph is built, Beam pickles every DoFn, CombineFn and transform payload and compresses
each pickle with bz2 at level 9 (to keep the pipeline's protocol-buffer description small for
runners that ship it to remote workers); every stage's bundle processor then decompresses and
unpickles them again. On the in-process runner the same process does both ends within a second,
and bz2 was about 0.12 s of a run's main process (343 pickles compressed, 562 decompressed, on
the shared pages' run), most of it before the first page is fetched.

Here Beam's pickler keeps the pickle as it is: its `bz2.compress` returns the bytes unchanged,
and its `bz2.decompress` passes through anything that is not a bz2 stream. A bz2 stream starts
with b"BZh", a pickle (protocol 2 or later) with 0x80, so either form reads back. Workers of
another process (the in-process runner's multi_processing mode, other runners) decode with
Beam's own pickler, so this is applied only where one process builds and runs the graph.
"""

from __future__ import annotations

import bz2

from pipeline.runtime.patching import replace_once

_BZ2_MAGIC = b"BZh"


class StoredPickles:
    """Stands in for the `bz2` module in Beam's pickler (only the two functions it calls)."""

    @staticmethod
    def compress(data: bytes, compresslevel: int = 9) -> bytes:
        return data

    @staticmethod
    def decompress(data: bytes) -> bytes:
        return bz2.decompress(data) if data[:3] == _BZ2_MAGIC else data


def store_pickles() -> None:
    """Have Beam's pickler (cloudpickle, its default) skip bz2 (see the module docstring).
    Idempotent; imports Beam. Only where one process builds and runs the graph."""
    from apache_beam.internal import cloudpickle_pickler

    replace_once(cloudpickle_pickler, "bz2", lambda _original: StoredPickles)
