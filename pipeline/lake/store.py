"""Read and write the Hive-partitioned Parquet lake through pyarrow.fs (local paths, s3://, gs://).

Writes publish atomically: a file is written under a dot-prefixed temporary name that readers
skip, then renamed to its final name (object stores publish a whole object on close). It does
not decide what goes in a row: that is the transforms' job.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import date

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from pipeline.lake.errors import LakeError, LakeFullError

PARTITION_SCHEMA = pa.schema([("date", pa.string())])
# A column with at least this many bytes in a file is zstd-compressed (Arabic text shrinks well);
# smaller ones get snappy: zstd's per-column set-up costs more than it saves on a handful of
# rows, and most files of a run spread over many days hold a few rows (1.5 ms → 0.7 ms a file).
ZSTD_MIN_BYTES = 16 * 1024
# A text or binary column whose values average this many bytes or more is written without a
# dictionary: such values (bodies, URLs, titles, MinHashes) hardly ever repeat, and building a
# dictionary for them before falling back cost a quarter of a file's write time and most of
# its memory.
DICTIONARY_MAX_AVG_BYTES = 32


def filesystem(lake: str) -> tuple[pafs.FileSystem, str]:
    """(filesystem, path inside it) for a local directory or an s3:// / gs:// URI."""
    if "://" in lake:
        return pafs.FileSystem.from_uri(lake)
    return pafs.LocalFileSystem(), os.path.abspath(lake)


def file_name(run_id: str, keys: Sequence[str]) -> str:
    """A deterministic file name for a batch of rows: a retried write replaces, never adds."""
    digest = hashlib.sha1("\n".join(sorted(keys)).encode()).hexdigest()[:16]
    return f"part-{run_id}-{digest}.parquet"


def _leaf_paths(name: str, typ: pa.DataType) -> list[str]:
    """Parquet column paths under one Arrow field (how pyarrow names nested leaves)."""
    if pa.types.is_map(typ):
        return (_leaf_paths(f"{name}.key_value.key", typ.key_type)
                + _leaf_paths(f"{name}.key_value.value", typ.item_type))
    if pa.types.is_list(typ) or pa.types.is_large_list(typ):
        return _leaf_paths(f"{name}.list.element", typ.value_type)
    if pa.types.is_struct(typ):
        return [p for f in typ for p in _leaf_paths(f"{name}.{f.name}", f.type)]
    return [name]


def _column_sizes(table: pa.Table) -> list[int]:
    return [table.column(i).nbytes for i in range(table.num_columns)]


def compression_for(table: pa.Table, sizes: list[int] | None = None) -> dict[str, str]:
    """Codec per Parquet column path: zstd where a column holds ZSTD_MIN_BYTES, else snappy."""
    sizes = _column_sizes(table) if sizes is None else sizes
    codecs = {}
    for field, size in zip(table.schema, sizes, strict=True):
        codec = "zstd" if size >= ZSTD_MIN_BYTES else "snappy"
        codecs.update(dict.fromkeys(_leaf_paths(field.name, field.type), codec))
    return codecs


def dictionary_columns(table: pa.Table, sizes: list[int] | None = None) -> list[str]:
    """Parquet column paths worth dictionary-encoding: all but long text/binary values."""
    sizes = _column_sizes(table) if sizes is None else sizes
    paths = []
    for i, (field, size) in enumerate(zip(table.schema, sizes, strict=True)):
        if (pa.types.is_string(field.type) or pa.types.is_binary(field.type)
                or pa.types.is_large_string(field.type) or pa.types.is_large_binary(field.type)):
            present = table.num_rows - table.column(i).null_count
            if present and size / present >= DICTIONARY_MAX_AVG_BYTES:
                continue
        paths.extend(_leaf_paths(field.name, field.type))
    return paths


def _write_options(table: pa.Table) -> dict:
    """write_table's codec and dictionary options for this table. A table too small for any
    column to reach ZSTD_MIN_BYTES (most files of a run spread over many days) is snappy
    throughout and has no dictionaries: a handful of rows gains nothing from them, and
    per-column options cost more than writing such a file."""
    if table.nbytes < ZSTD_MIN_BYTES:
        return {"compression": "snappy", "use_dictionary": False}
    sizes = _column_sizes(table)
    return {"compression": compression_for(table, sizes),
            "use_dictionary": dictionary_columns(table, sizes)}


_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
_FULL_TEXTS = ("No space left on device", "Disk quota exceeded", "File too large")


def _megabytes(n: int) -> str:
    return f"{n / 1e6:,.1f} MB"


def write_error(exc: BaseException, dataset: str, directory: str, needed: int) -> LakeError:
    """A one-line LakeError for a failed write of `needed` bytes under `directory`: disk full
    (with the free space needed) or another OS error."""
    if isinstance(exc, LakeError):
        return exc
    text = str(exc)
    if getattr(exc, "errno", None) in _FULL_ERRNOS or any(t in text for t in _FULL_TEXTS):
        probe = directory
        while probe and not os.path.isdir(probe):
            probe = os.path.dirname(probe)
        try:
            free = shutil.disk_usage(probe or "/").free
        except OSError:
            free = 0
        return LakeFullError(f"disk full writing {dataset} in {directory}: at least "
                             f"{_megabytes(max(needed, 1))} more free space is needed "
                             f"({_megabytes(free)} free)")
    reason = getattr(exc, "strerror", None) or (text.splitlines()[0] if text else
                                                type(exc).__name__)
    return LakeError(f"cannot write {dataset} in {directory}: {reason}")


class StagedFile:
    """A Parquet file written under a hidden temporary name; `publish()` makes it durable and
    visible under its final name (object stores: written in place, nothing left to do)."""

    def __init__(self, fs: pafs.FileSystem, temp: str | None, final: str, dataset: str = "",
                 size: int = 0):
        self.fs, self.temp, self.final = fs, temp, final
        self.dataset, self.size = dataset, size

    def publish(self) -> str:
        if self.temp is not None:
            try:
                with open(self.temp, "rb") as fh:  # durable before it becomes visible
                    os.fsync(fh.fileno())
                self.fs.move(self.temp, self.final)
            except OSError as exc:
                raise write_error(exc, self.dataset, os.path.dirname(self.final),
                                  self.size) from None
            finally:
                self.discard()
        return self.final

    def discard(self) -> None:
        """Remove the temporary file (a write that will not be published)."""
        if self.temp is not None and os.path.exists(self.temp):
            os.unlink(self.temp)


def stage_rows(
    lake: str,
    dataset: str,
    partition: str,
    rows: Sequence[dict],
    schema: pa.Schema,
    name: str,
    finish_row: Callable[[dict], dict] | None = None,
) -> StagedFile:
    """Write rows as the Parquet file `<lake>/<dataset>/date=<partition>/<name>`, still hidden
    (see StagedFile); `finish_row(row)` first, when given, turns each row into schema columns.
    Writing is CPU work; publishing waits on the disk, so callers may hand publishing to
    threads."""
    if finish_row is not None:
        rows = [finish_row(r) for r in rows]
    if not rows:
        raise ValueError("no rows to write")
    if not _safe_component(partition) or not _safe_component(name):
        raise ValueError(f"unsafe path component: {partition!r} / {name!r}")
    fs, root = filesystem(lake)
    directory = f"{root}/{dataset}/date={partition}"
    final = f"{directory}/{name}"
    table = pa.Table.from_pylist(list(rows), schema=schema)
    if not isinstance(fs, pafs.LocalFileSystem):
        try:
            pq.write_table(table, final, filesystem=fs, **_write_options(table))
        except OSError as exc:
            raise write_error(exc, dataset, directory, table.nbytes) from None
        return StagedFile(fs, None, final, dataset, table.nbytes)
    temp = f"{directory}/.tmp-{uuid.uuid4().hex}-{name}"
    try:
        fs.create_dir(directory, recursive=True)
        pq.write_table(table, temp, filesystem=fs, **_write_options(table))
    except BaseException as exc:
        if os.path.exists(temp):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise write_error(exc, dataset, directory, table.nbytes) from None
        raise
    return StagedFile(fs, temp, final, dataset, table.nbytes)


def stage_files(lake: str, dataset: str, schema: pa.Schema,
                finish_row: Callable[[dict], dict] | None,
                files: Sequence[tuple[str, Sequence[dict], str]]) -> list[StagedFile]:
    """stage_rows for several (partition, rows, name) of one dataset: one call, so that a
    worker process can be handed many small files at once."""
    return [stage_rows(lake, dataset, partition, rows, schema, name, finish_row)
            for partition, rows, name in files]


def write_rows(
    lake: str,
    dataset: str,
    partition: str,
    rows: Sequence[dict],
    schema: pa.Schema,
    name: str,
) -> str:
    """Write rows as one Parquet file `<lake>/<dataset>/date=<partition>/<name>`; return it."""
    return stage_rows(lake, dataset, partition, rows, schema, name).publish()


def _safe_component(value: str) -> bool:
    return bool(value) and "/" not in value and "\\" not in value and value not in (".", "..")


def dataset_exists(lake: str, dataset: str) -> bool:
    fs, root = filesystem(lake)
    return fs.get_file_info(f"{root}/{dataset}").type == pafs.FileType.Directory


def open_dataset(lake: str, dataset: str) -> ds.Dataset | None:
    """The dataset as a pyarrow Dataset (hive `date` as string), or None when absent or when
    no file is published yet: a writer creates a partition's directory before its file (which
    stays hidden under a temporary name until complete), and a dataset found with no file has
    no columns but `date`."""
    if not dataset_exists(lake, dataset):
        return None
    fs, root = filesystem(lake)
    data = ds.dataset(
        f"{root}/{dataset}",
        filesystem=fs,
        format="parquet",
        partitioning=ds.partitioning(PARTITION_SCHEMA, flavor="hive"),
        ignore_prefixes=[".", "_"],
    )
    return data if data.files else None


def read_columns(
    lake: str,
    dataset: str,
    columns: Sequence[str],
    since: date | None = None,
    until: date | None = None,
) -> Iterable[dict]:
    """Rows of some columns of a dataset, batch by batch (partitions on or after `since` and on
    or before `until`)."""
    data = open_dataset(lake, dataset)
    if data is None:
        return
    present = set(data.schema.names)
    wanted = [c for c in columns if c in present]
    filt = ds.field("date") >= since.isoformat() if since else None
    if until is not None:
        upper = ds.field("date") <= until.isoformat()
        filt = upper if filt is None else filt & upper
    for batch in data.to_batches(columns=wanted, filter=filt):
        for row in batch.to_pylist():
            for c in columns:
                row.setdefault(c, None)
            yield row
