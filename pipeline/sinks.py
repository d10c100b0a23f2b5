"""Beam transform: write rows to one Hive-partitioned Parquet dataset of the lake, atomically.

Rows are counted per partition, then grouped by (partition, shard) so that one group is about
one file of at most `batch_size` rows: no step holds a whole partition (a day's articles) at
once, and the writer keeps a bounded number of files in flight. Rows may carry extra keys
through the grouping (`carry`) that `finish_row` turns into columns in the writing thread, e.g.
a body kept compressed until then. Files get deterministic names and are published by
pipeline.lake (temp file + rename). It does not shape rows.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import apache_beam as beam
import pyarrow as pa
from apache_beam.metrics import Metrics
from apache_beam.utils.windowed_value import WindowedValue

from pipeline.lake import file_name, write_rows


def _write_file(lake, dataset, partition, rows, schema, name, finish_row) -> str:
    if finish_row is not None:
        rows = [finish_row(r) for r in rows]
    return write_rows(lake, dataset, partition, rows, schema, name)


def shard_of(key: str, rows_in_partition: int, batch_size: int) -> int:
    """The write group of a row: a stable hash of its key over ceil(rows / batch_size) shards."""
    shards = max(1, -(-rows_in_partition // batch_size))
    return zlib.crc32(key.encode("utf-8")) % shards


class _WriteGroupFn(beam.DoFn):
    """((partition, shard), rows) → Parquet files. Files of one bundle are written by a few
    threads at once (pyarrow, zlib and fsync release the GIL); a path is emitted once its file
    is published."""

    WRITERS = 4

    def __init__(self, lake, dataset, schema, key_fn, run_id, batch_size, finish_row=None):
        self._lake = lake
        self._dataset = dataset
        self._schema = schema
        self._key_fn = key_fn
        self._run_id = run_id
        self._batch_size = batch_size
        self._finish_row = finish_row
        self.rows = Metrics.counter("akhbar", f"{dataset.replace('/', '_')}_written")
        self.files = Metrics.counter("akhbar", f"{dataset.replace('/', '_')}_files")

    def setup(self):
        self._executor = ThreadPoolExecutor(self.WRITERS, thread_name_prefix="akhbar-write")

    def teardown(self):
        executor = getattr(self, "_executor", None)
        if executor is not None:
            executor.shutdown(wait=True)

    def start_bundle(self):
        self._pending = []
        self._oldest = 0  # _pending before this index are done

    def _files(self, rows):
        """(rows of one file, its deterministic name) for a partition's rows."""
        rows = sorted(rows, key=self._key_fn)
        for start in range(0, len(rows), self._batch_size):
            chunk = rows[start:start + self._batch_size]
            yield chunk, file_name(self._run_id, [self._key_fn(r) for r in chunk])

    def write_now(self, partition: str, rows) -> list[str]:
        """Write a partition's rows in the calling thread (used by the per-bundle writer)."""
        paths = []
        for chunk, name in self._files(rows):
            paths.append(_write_file(self._lake, self._dataset, partition, chunk, self._schema,
                                     name, self._finish_row))
            self.rows.inc(len(chunk))
            self.files.inc()
        return paths

    def process(self, element, timestamp=beam.DoFn.TimestampParam,
                window=beam.DoFn.WindowParam):
        (partition, _shard), rows = element
        for chunk, name in self._files(rows):
            future = self._executor.submit(
                _write_file, self._lake, self._dataset, partition, chunk, self._schema, name,
                self._finish_row)
            self._pending.append((future, len(chunk), timestamp, window))
            self._wait_for_room()

    def _wait_for_room(self):
        """Keep at most WRITERS files and 2 × batch_size rows in flight: a bundle holding a
        whole dataset (the batch runner's) must not have all its rows waiting in the queue at
        once, yet the many small files of a run spread over many days still go out in
        parallel. Files finish in about the order they were queued, so the oldest unfinished
        one is waited for."""
        while True:
            while (self._oldest < len(self._pending)
                   and self._pending[self._oldest][0].done()):
                self._oldest += 1
            in_flight = self._pending[self._oldest:]
            if len(in_flight) <= 1 or (len(in_flight) <= self.WRITERS and sum(
                    p[1] for p in in_flight) <= 2 * self._batch_size):
                return
            self._pending[self._oldest][0].result()
            self._oldest += 1

    def finish_bundle(self):
        for future, n_rows, timestamp, window in self._pending:
            path = future.result()  # a failed write fails the bundle (and Beam retries it)
            self.rows.inc(n_rows)
            self.files.inc()
            yield WindowedValue(path, timestamp, [window])
        self._pending = []
        self._oldest = 0


class WriteDataset(beam.PTransform):
    """Rows → Parquet files under `<lake>/<dataset>/date=<partition_fn(row)>/`; emits file paths."""

    def __init__(
        self,
        lake: str,
        dataset: str,
        schema: pa.Schema,
        partition_fn: Callable[[dict], str],
        key_fn: Callable[[dict], str],
        run_id: str,
        batch_size: int = 500,
        carry: tuple[str, ...] = (),
        finish_row: Callable[[dict], dict] | None = None,
    ):
        """`carry`: keys outside the schema that rows keep until they are written, where
        `finish_row(row)` gives the row its schema columns (in the writing thread)."""
        super().__init__()
        self._lake = lake
        self._dataset = dataset
        self._schema = schema
        self._partition_fn = partition_fn
        self._key_fn = key_fn
        self._run_id = run_id
        self._batch_size = batch_size
        self._carry = tuple(carry)
        self._finish_row = finish_row

    def expand(self, rows):
        partition_fn, key_fn, batch = self._partition_fn, self._key_fn, self._batch_size
        schema_names = self._schema.names + [k for k in self._carry
                                             if k not in self._schema.names]
        keyed = rows | "ByPartition" >> beam.Map(
            lambda r: (partition_fn(r), {k: r.get(k) for k in schema_names})
        )
        counts = keyed | "CountPerPartition" >> beam.combiners.Count.PerKey()
        return (
            keyed
            | "ByShard" >> beam.Map(
                lambda kv, n: ((kv[0], shard_of(key_fn(kv[1]), n[kv[0]], batch)), kv[1]),
                beam.pvalue.AsDict(counts),
            )
            | "Group" >> beam.GroupByKey()
            | "Write" >> beam.ParDo(_WriteGroupFn(
                self._lake, self._dataset, self._schema, self._key_fn, self._run_id,
                self._batch_size, self._finish_row,
            ))
        )


class _WriteBundleFn(beam.DoFn):
    """Buffers a bundle's rows by partition and writes them when the bundle ends (streaming)."""

    def __init__(self, lake, dataset, schema, partition_fn, key_fn, run_id, batch_size):
        self._partition_fn = partition_fn
        self._names = schema.names
        self._writer = _WriteGroupFn(lake, dataset, schema, key_fn, run_id, batch_size)

    def start_bundle(self):
        self._rows: dict[str, list[dict]] = {}

    def process(self, row):
        self._rows.setdefault(self._partition_fn(row), []).append(
            {k: row.get(k) for k in self._names})

    def finish_bundle(self):
        rows, self._rows = self._rows, {}
        for partition in sorted(rows):
            self._writer.write_now(partition, rows[partition])


class WriteDatasetPerBundle(WriteDataset):
    """Like WriteDataset, without a GroupByKey: each bundle's rows are written when the bundle
    ends (for the unbounded stream, where nothing after a GroupByKey would ever run). Emits
    nothing."""

    def expand(self, rows):
        return rows | "WriteBundle" >> beam.ParDo(_WriteBundleFn(
            self._lake, self._dataset, self._schema, self._partition_fn, self._key_fn,
            self._run_id, self._batch_size,
        ))
