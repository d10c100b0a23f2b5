"""Which of a batch of keys a dataset of the lake already holds, without loading its keys.

One streaming scan of the key columns per batch: Arrow compares every record batch with the
batch's keys (`is_in`) and only the matches reach Python, so memory is the batch of keys plus
a record batch or two, however large the lake. It does not decide what a match means (that is
pipeline.ingest.new_items's job).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import operator
from collections.abc import Iterable, Sequence

import pyarrow as pa
import pyarrow.dataset as ds

from pipeline.lake.store import open_dataset

# Record batches and files read ahead by a scan: enough to keep the disk busy, few enough that
# the scan's memory does not depend on the lake's size.
BATCH_READAHEAD = 2
FRAGMENT_READAHEAD = 2
# Files scanned as one Arrow dataset. A dataset keeps the Parquet footer of every file it has
# read until it is dropped (about 80 KB for a file of articles: 160 MB for a million rows in
# files of 500), so a big lake is scanned a slice of files at a time.
FILES_PER_SCAN = 256


def matching_rows(lake: str, dataset: str, columns: Sequence[str], keys: Iterable[str],
                  extra_columns: Sequence[str] = (),
                  partitions: Iterable[str] | None = None) -> Iterable[dict]:
    """Rows of `dataset` whose value in any of `columns` is one of `keys` (with those columns
    and `extra_columns`), in the given `partitions` only when given. Columns the dataset does
    not have are None."""
    values = sorted({k for k in keys if k is not None})
    data = open_dataset(lake, dataset) if values else None
    if data is None:
        return
    files = data.files
    if partitions is not None:
        wanted = ds.field("date").isin(pa.array(sorted(set(partitions)), pa.string()))
        files = [fragment.path for fragment in data.get_fragments(filter=wanted)]
    present = [c for c in columns if c in data.schema.names]
    if not present:
        return
    value_set = pa.array(values, pa.string())
    condition = functools.reduce(operator.or_, [ds.field(c).isin(value_set) for c in present])
    wanted = list(dict.fromkeys([*columns, *extra_columns]))
    readable = [c for c in wanted if c in data.schema.names]
    schema = pa.schema([data.schema.field(c) for c in readable])
    filesystem = data.filesystem
    del data
    try:
        for start in range(0, len(files), FILES_PER_SCAN):
            part = ds.dataset(files[start:start + FILES_PER_SCAN], schema=schema,
                              format="parquet", filesystem=filesystem)
            for batch in part.to_batches(columns=readable, filter=condition,
                                         batch_readahead=BATCH_READAHEAD,
                                         fragment_readahead=FRAGMENT_READAHEAD):
                for row in batch.to_pylist():
                    for c in wanted:
                        row.setdefault(c, None)
                    yield row
            del part
    finally:
        release_freed_memory()


def held_keys(lake: str, dataset: str, columns: Sequence[str], keys: Iterable[str],
              partitions: Iterable[str] | None = None) -> set[str]:
    """The members of `keys` found in any of `columns` of `dataset` (in `partitions` only)."""
    keys = set(keys)
    found: set[str] = set()
    for row in matching_rows(lake, dataset, columns, keys, partitions=partitions):
        found.update(row[c] for c in columns if row[c] in keys)
    return found


def release_freed_memory() -> None:
    """Give the heap's free pages back to the OS: glibc keeps what a scan (its footers) or
    a pass of a windowed run freed."""
    name = ctypes.util.find_library("c")
    try:
        trim = ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):  # not glibc: nothing to do
        return
    if trim is not None:
        trim(0)
