"""Beam transform: write rows to one Hive-partitioned Parquet dataset of the lake, atomically.

Rows are counted per partition, then grouped by (partition, shard) so that one group is about
one file of at most `batch_size` rows: no step holds a whole partition (a day's articles) at
once. On Beam's in-process runner, which holds every grouping in memory anyway, a partition is
one group and the writer cuts it into files (see `groups_in_memory`). Each group's file is
written as it arrives (no rows wait in a queue), or, for a dataset given a parallel Executor
(pipeline.runtime.executor), by its worker processes a few files at a time; it is published by
pipeline.lake.store (fsync, then rename from a hidden temporary name) in a few threads, since
that part waits on the disk. Rows may carry extra keys through the grouping (`carry`) that
`finish_row` turns into columns just before writing, e.g. a body kept compressed until then.
Files get deterministic names. It does not shape rows.
"""

from __future__ import annotations

import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor

import apache_beam as beam
import pyarrow as pa
from apache_beam.metrics import Metrics
from apache_beam.utils.windowed_value import WindowedValue

from pipeline.lake.store import file_name, stage_files, stage_rows
from pipeline.runtime.executor import POOL_ERRORS, Executor


def shard_of(key: str, rows_in_partition: int, batch_size: int) -> int:
    """The write group of a row: a stable hash of its key over ceil(rows / batch_size) shards."""
    shards = max(1, -(-rows_in_partition // batch_size))
    return zlib.crc32(key.encode("utf-8")) % shards


def group_files(rows: Iterable[dict], partition_fn, key_fn, run_id: str, batch_size: int
                ) -> Iterator[tuple[str, list[dict], str]]:
    """(partition, rows, file name) of every file WriteDataset writes for `rows`, in memory:
    rows grouped by (partition, shard_of), each group sorted by key and cut into files of at
    most `batch_size` rows with deterministic names."""
    by_partition: dict[str, list[dict]] = {}
    for row in rows:
        by_partition.setdefault(partition_fn(row), []).append(row)
    for partition in sorted(by_partition):
        members = by_partition[partition]
        groups: dict[int, list[dict]] = {}
        for row in members:
            groups.setdefault(shard_of(key_fn(row), len(members), batch_size), []).append(row)
        for shard in sorted(groups):
            for chunk, name in files_of(groups[shard], key_fn, run_id, batch_size):
                yield partition, chunk, name


def files_of(rows, key_fn, run_id: str, batch_size: int) -> Iterator[tuple[list[dict], str]]:
    """(rows of one file, its deterministic name) for one write group's rows."""
    rows = sorted(rows, key=key_fn)
    for start in range(0, len(rows), batch_size):
        chunk = rows[start:start + batch_size]
        yield chunk, file_name(run_id, [key_fn(r) for r in chunk])


class _WriteGroupFn(beam.DoFn):
    """((partition, shard), rows) → Parquet files. Each file is written in the calling thread
    (Parquet encoding holds the GIL: threads only contend for it), or in the processes of a
    parallel `executor`, and published by a few threads (fsync waits on the disk); a path is
    emitted once its file is published."""

    PUBLISHERS = 4
    TASKS = 4  # hand-offs to worker processes in flight (with at most 2 × batch_size rows)
    TASK_ROWS = 64  # a hand-off takes files until it holds this many rows (or TASK_FILES)
    TASK_FILES = 32

    def __init__(self, lake, dataset, schema, key_fn, run_id, batch_size, finish_row=None,
                 executor: Executor | None = None):
        self._lake = lake
        self._dataset = dataset
        self._schema = schema
        self._key_fn = key_fn
        self._run_id = run_id
        self._batch_size = batch_size
        self._finish_row = finish_row
        self._executor = executor or Executor.inline()
        self.rows = Metrics.counter("akhbar", f"{dataset.replace('/', '_')}_written")
        self.files = Metrics.counter("akhbar", f"{dataset.replace('/', '_')}_files")

    def setup(self):
        self._publishers = ThreadPoolExecutor(self.PUBLISHERS,
                                              thread_name_prefix="akhbar-publish")
        self._jobs = self._executor.acquire()

    def teardown(self):
        publishers = getattr(self, "_publishers", None)
        if publishers is not None:
            publishers.shutdown(wait=True)
        Executor.release(getattr(self, "_jobs", None))
        self._jobs = None

    def start_bundle(self):
        self._task: list = []  # files for the next hand-off: (partition, rows, name, ts, window)
        self._staging: deque = deque()  # (future [StagedFile] or None, task)
        self._pending = []  # (future path, rows, timestamp, window)

    def _files(self, rows):
        return files_of(rows, self._key_fn, self._run_id, self._batch_size)

    def _args(self, partition: str, chunk: list, name: str) -> tuple:
        return (self._lake, self._dataset, partition, chunk, self._schema, name,
                self._finish_row)

    def write_now(self, partition: str, rows) -> list[str]:
        """Write and publish a partition's rows in the calling thread (the per-bundle writer)."""
        paths = []
        for chunk, name in self._files(rows):
            paths.append(stage_rows(*self._args(partition, chunk, name)).publish())
            self.rows.inc(len(chunk))
            self.files.inc()
        return paths

    def process(self, element, timestamp=beam.DoFn.TimestampParam,
                window=beam.DoFn.WindowParam):
        (partition, _shard), rows = element
        for chunk, name in self._files(rows):
            if not self._jobs.parallel:
                staged = stage_rows(*self._args(partition, chunk, name))
                self._pending.append((self._publishers.submit(staged.publish), len(chunk),
                                      timestamp, window))
                continue
            self._task.append((partition, chunk, name, timestamp, window))
            if (len(self._task) >= self.TASK_FILES
                    or sum(len(f[1]) for f in self._task) >= self.TASK_ROWS):
                self._hand_off()

    def _hand_off(self) -> None:
        """Send the files gathered in self._task to a worker process in one task (when the
        pool refuses it, this thread writes them); keep at most TASKS tasks (and 2 ×
        batch_size rows) in flight."""
        task, self._task = self._task, []
        files = [(partition, chunk, name) for partition, chunk, name, _, _ in task]
        future = None
        try:
            future = self._jobs.submit(stage_files, self._lake, self._dataset, self._schema,
                                       self._finish_row, files)
        except POOL_ERRORS:  # gone or broken
            pass
        self._staging.append((future, task))
        while len(self._staging) > self.TASKS or (
                len(self._staging) > 1
                and sum(len(f[1]) for _, t in self._staging for f in t) > 2 * self._batch_size):
            self._publish_oldest_task()

    def _publish_oldest_task(self) -> None:
        future, task = self._staging.popleft()
        staged = None
        if future is not None:
            try:
                staged = future.result()
            except POOL_ERRORS:  # a worker died: write them here
                pass
        if staged is None:
            staged = [stage_rows(*self._args(partition, chunk, name))
                      for partition, chunk, name, _, _ in task]
        for one, (_, chunk, _, timestamp, window) in zip(staged, task, strict=True):
            self._pending.append((self._publishers.submit(one.publish), len(chunk),
                                  timestamp, window))

    def finish_bundle(self):
        if self._task:
            self._hand_off()
        while self._staging:
            self._publish_oldest_task()
        pending, self._pending = self._pending, []
        for future, n_rows, timestamp, window in pending:
            path = future.result()  # a failed write fails the bundle (and Beam retries it)
            self.rows.inc(n_rows)
            self.files.inc()
            yield WindowedValue(path, timestamp, [window])


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
        executor: Executor | None = None,
    ):
        """`carry`: keys outside the schema that rows keep until they are written, where
        `finish_row(row)` (a module-level function) gives the row its schema columns.
        `executor`: where files are encoded (default inline); the run's warm pool is worth it
        for a big dataset once extraction has finished with it (pickling rows costs more than
        it saves on small ones)."""
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
        self._executor = executor

    def expand(self, rows):
        partition_fn, key_fn, batch = self._partition_fn, self._key_fn, self._batch_size
        schema_names = self._schema.names + [k for k in self._carry
                                             if k not in self._schema.names]
        if groups_in_memory(rows.pipeline):
            # the runner holds each group's values in memory anyway: a partition is one group,
            # cut into files by the writer (no count, no side input: two stages fewer)
            sharded = rows | "ByPartition" >> beam.Map(
                lambda r: ((partition_fn(r), 0), {k: r.get(k) for k in schema_names}))
        else:
            keyed = rows | "ByPartition" >> beam.Map(
                lambda r: (partition_fn(r), {k: r.get(k) for k in schema_names})
            )
            counts = keyed | "CountPerPartition" >> beam.combiners.Count.PerKey()
            sharded = keyed | "ByShard" >> beam.Map(
                lambda kv, n: ((kv[0], shard_of(key_fn(kv[1]), n[kv[0]], batch)), kv[1]),
                beam.pvalue.AsDict(counts),
            )
        return (
            sharded
            | "Group" >> beam.GroupByKey()
            | "Write" >> beam.ParDo(_WriteGroupFn(
                self._lake, self._dataset, self._schema, self._key_fn, self._run_id,
                self._batch_size, self._finish_row, self._executor,
            ))
        )


def groups_in_memory(pipeline: beam.Pipeline) -> bool:
    """Whether `pipeline` runs on Beam's in-process runner (FnApiRunner), which keeps every
    grouping's values in its own memory: counting a partition's rows first to spread them over
    shards would bound nothing there."""
    from apache_beam.runners.portability.fn_api_runner import fn_runner

    return isinstance(pipeline.runner, fn_runner.FnApiRunner)


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


class _WriteDatasetsInOrderFn(beam.DoFn):
    """(dataset, row) pairs of a bundle → each dataset's files when the bundle ends, the
    datasets in the order given: one writer, so the order is the graph's, not the timing's."""

    def __init__(self, lake, specs, run_id, batch_size):
        self._order = [name for name, *_ in specs]
        self._writers = {name: _WriteBundleFn(lake, name, schema, partition_fn, key_fn, run_id,
                                              batch_size)
                         for name, schema, partition_fn, key_fn in specs}

    def start_bundle(self):
        for writer in self._writers.values():
            writer.start_bundle()

    def process(self, element):
        dataset, row = element
        self._writers[dataset].process(row)

    def finish_bundle(self):
        for name in self._order:
            self._writers[name].finish_bundle()


class WriteDatasetsPerBundle(beam.PTransform):
    """Like WriteDatasetPerBundle for several datasets from one PCollection of (dataset, row):
    each bundle's files are published dataset after dataset in the order of `specs`
    ((dataset, schema, partition_fn, key_fn), ...), each file whole. The stream uses it to put
    an article's signature and events in the lake before the article itself."""

    def __init__(self, lake: str, specs, run_id: str, batch_size: int = 500):
        super().__init__()
        self._lake, self._specs = lake, list(specs)
        self._run_id, self._batch_size = run_id, batch_size

    def expand(self, pairs):
        return pairs | "WriteInOrder" >> beam.ParDo(_WriteDatasetsInOrderFn(
            self._lake, self._specs, self._run_id, self._batch_size))
