"""Keep the lake readable and idempotent: what a run does to it before (and after) its pipeline.

- Temporary files: only akhbar's own staged files (TEMP_RE: `.tmp-<32 hex>-part-<run id>-<16
  hex>.parquet`) directly inside its own dataset folders (`<dataset>/date=YYYY-MM-DD/`), never
  through a symbolic link, are removed: those of one run, or, by the holder of the lake's lock,
  those of any run (no other run can be writing then).
- Damaged files (zero bytes, truncated, not Parquet, unreadable footer) are moved under
  `<lake>/_quarantine/` with their relative path (readers never look there), one log line each.
- Duplicate ids (two runs that wrote the same articles before the lake had a lock, a copied
  file): one row per id is kept (the one in the earliest file by name, i.e. the earliest run)
  and the files holding the others are rewritten without them, atomically.

It does not decide what a row holds; the writers and readers live in pipeline.lake.store.
"""

from __future__ import annotations

import logging
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from pipeline.lake.store import PARTITION_SCHEMA, filesystem, stage_rows

LOG = logging.getLogger("akhbar")

DATASETS = ("articles", "events", "signatures", "rejects", "state/feeds", "state/runs")
ID_COLUMNS = {"articles": "article_id", "events": "event_id", "signatures": "article_id"}
QUARANTINE = "_quarantine"
RUN_ID = r"\d{8}T\d{6}Z-[0-9a-f]{6}"
TEMP_RE = re.compile(rf"^\.tmp-[0-9a-f]{{32}}-part-(?P<run>{RUN_ID})-[0-9a-f]{{16}}\.parquet$")
PARTITION_RE = re.compile(r"^date=\d{4}-\d{2}-\d{2}$")
MAGIC = b"PAR1"


@dataclass(frozen=True)
class Damaged:
    path: str  # as found
    relative: str  # inside the lake, e.g. articles/date=2025-03-10/part-….parquet
    reason: str
    moved_to: str | None = None


def _local_root(lake: str) -> str | None:
    fs, root = filesystem(lake)
    return root if isinstance(fs, pafs.LocalFileSystem) else None


def _own_dirs(root: str) -> Iterable[tuple[str, str]]:
    """(dataset, partition directory) of the lake's own partition folders: real directories
    (no symbolic link at any step below the lake root) whose real path is inside the lake."""
    real_root = os.path.realpath(root)
    for dataset in DATASETS:
        base = os.path.join(root, *dataset.split("/"))
        parts = dataset.split("/")
        steps = [os.path.join(root, *parts[:i + 1]) for i in range(len(parts))]
        if not all(_is_real_dir(step) for step in steps):
            continue
        with os.scandir(base) as entries:
            for entry in entries:
                if not PARTITION_RE.match(entry.name) or not entry.is_dir(follow_symlinks=False):
                    continue
                if os.path.commonpath([real_root, os.path.realpath(entry.path)]) != real_root:
                    continue
                yield dataset, entry.path


def _is_real_dir(path: str) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def remove_temp_files(lake: str, run_id: str | None = None) -> int:
    """Delete akhbar's staged temporary files in the lake's own partition folders: those of
    `run_id`, or of any run when None (only the holder of the lake's lock may ask for that).
    Local lakes only (object stores stage nothing). Returns how many were removed."""
    root = _local_root(lake)
    if root is None or not os.path.isdir(root):
        return 0
    removed = 0
    for _dataset, directory in _own_dirs(root):
        with os.scandir(directory) as entries:
            for entry in entries:
                m = TEMP_RE.match(entry.name)
                if not m or (run_id is not None and m.group("run") != run_id):
                    continue
                if not entry.is_file(follow_symlinks=False):
                    continue
                try:
                    os.unlink(entry.path)
                    removed += 1
                except FileNotFoundError:
                    pass
    return removed


def _data_files(lake: str, dataset: str) -> tuple[pafs.FileSystem, str, list[pafs.FileInfo]]:
    fs, root = filesystem(lake)
    base = f"{root.rstrip('/')}/{dataset}"
    infos = fs.get_file_info(pafs.FileSelector(base, recursive=True, allow_not_found=True))
    files = [i for i in infos if i.type == pafs.FileType.File
             and not any(p.startswith((".", "_")) for p in i.path[len(base):].split("/") if p)]
    return fs, root, files


def damage(fs: pafs.FileSystem, info: pafs.FileInfo) -> str | None:
    """Why a lake file cannot be read (None when it looks whole): zero bytes, truncated (no
    Parquet footer, or a footer longer than the file), not Parquet. Local files are checked by
    their first and last bytes (two reads, no parsing: cheap enough for every run); on an
    object store, where each read is a request, only an empty object is caught here."""
    size = info.size or 0
    if size == 0:
        return "zero bytes"
    if not isinstance(fs, pafs.LocalFileSystem):
        return None
    if size < 12:
        return f"truncated ({size} bytes)"
    try:
        fd = os.open(info.path, os.O_RDONLY)
        try:
            head, tail = os.pread(fd, 4, 0), os.pread(fd, 8, size - 8)
        finally:
            os.close(fd)
    except OSError as exc:
        return f"unreadable ({exc.strerror or exc})"
    if head != MAGIC:
        return "not a Parquet file"
    if tail[4:] != MAGIC or int.from_bytes(tail[:4], "little") > size - 12:
        return "truncated (no Parquet footer)"
    return None


def find_damaged(lake: str, datasets: Iterable[str] = DATASETS) -> list[Damaged]:
    """Every damaged data file of the datasets (see `damage`), without moving anything."""
    found = []
    for dataset in datasets:
        fs, root, files = _data_files(lake, dataset)
        for info in files:
            reason = damage(fs, info)
            if reason:
                found.append(Damaged(info.path, info.path[len(root.rstrip('/')) + 1:], reason))
    return found


def quarantine_damaged(lake: str, datasets: Iterable[str] = DATASETS) -> list[Damaged]:
    """Move every damaged data file under <lake>/_quarantine/ (same relative path), logging one
    line each; returns what was moved."""
    fs, root = filesystem(lake)
    moved = []
    for bad in find_damaged(lake, datasets):
        target = f"{root.rstrip('/')}/{QUARANTINE}/{bad.relative}"
        n = 1
        while fs.get_file_info(target).type != pafs.FileType.NotFound:
            n += 1
            target = f"{root.rstrip('/')}/{QUARANTINE}/{bad.relative}.{n}"
        fs.create_dir(target.rsplit("/", 1)[0], recursive=True)
        fs.move(bad.path, target)
        LOG.warning("quarantined damaged lake file %s (%s) → %s/%s", bad.relative,
                    bad.reason, QUARANTINE, target.rsplit(f"/{QUARANTINE}/", 1)[1])
        moved.append(Damaged(bad.path, bad.relative, bad.reason, target))
    return moved


def _id_locations(lake: str, dataset: str, column: str) -> dict[str, list[str]]:
    """id → the files (sorted) holding a row with it, once per row."""
    fs, _root, files = _data_files(lake, dataset)
    where: dict[str, list[str]] = {}
    for info in sorted(files, key=lambda i: i.path):
        try:
            ids = pq.read_table(info.path, columns=[column], filesystem=fs).column(0)
        except (OSError, pa.ArrowException, KeyError):
            continue  # damaged (quarantined first) or written by another schema: left alone
        for value in ids.to_pylist():
            if value is not None:
                where.setdefault(value, []).append(info.path)
    return where


def _has_duplicates(lake: str, dataset: str, column: str) -> bool:
    """One scan of the id column (all files at once): is any id there twice?"""
    import pyarrow.compute as pc

    fs, _root, files = _data_files(lake, dataset)
    if len(files) < 2:
        return bool(files) and _file_has_duplicates(fs, files[0].path, column)
    try:
        ids = ds.dataset([f.path for f in files], filesystem=fs, format="parquet").to_table(
            columns=[column]).column(0)
    except (OSError, pa.ArrowException, KeyError):
        return True  # let the per-file pass sort it out
    ids = ids.drop_null()
    return pc.count_distinct(ids).as_py() < len(ids)


def _file_has_duplicates(fs, path: str, column: str) -> bool:
    try:
        ids = pq.read_table(path, columns=[column], filesystem=fs).column(0).drop_null()
    except (OSError, pa.ArrowException, KeyError):
        return False
    return len(set(ids.to_pylist())) < len(ids)


def drop_duplicate_rows(lake: str) -> int:
    """Keep one row per id in articles, events and signatures (the first row in the earliest
    file by name); rewrite each file that holds another one without it. Returns rows dropped."""
    dropped = 0
    fs, root = filesystem(lake)
    for dataset, column in ID_COLUMNS.items():
        if not _has_duplicates(lake, dataset, column):
            continue
        where = _id_locations(lake, dataset, column)
        extra: dict[str, set[str]] = {}  # file → ids to drop from it (all but a kept first row)
        for value, paths in where.items():
            if len(paths) > 1:
                for path in paths[1:]:
                    extra.setdefault(path, set()).add(value)
        for path, ids in sorted(extra.items()):
            dropped += _rewrite_without(lake, fs, root, dataset, path, column, ids, where)
    return dropped


def _rewrite_without(lake: str, fs, root: str, dataset: str, path: str, column: str,
                     ids: set[str], where: dict[str, list[str]]) -> int:
    """Rewrite `path` keeping, for each id in `ids`, only a row this file is first to hold."""
    table = pq.read_table(path, filesystem=fs)
    keep, seen = [], set()
    for value in table.column(column).to_pylist():
        first_here = value in ids and where[value][0] == path and value not in seen
        keep.append(value not in ids or first_here)
        seen.add(value)
    dropped = keep.count(False)
    if not dropped:
        return 0
    kept = table.filter(pa.array(keep))
    partition = path.rsplit("/", 2)[-2].removeprefix("date=")
    name = path.rsplit("/", 1)[-1]
    relative = path[len(root.rstrip("/")) + 1:]
    if kept.num_rows == 0:
        fs.delete_file(path)
    else:
        stage_rows(lake, dataset, partition, kept.to_pylist(), kept.schema, name).publish()
    LOG.warning("removed %d duplicate row(s) from %s", dropped, relative)
    return dropped


def open_readable(lake: str, dataset: str) -> tuple[ds.Dataset | None, list[Damaged]]:
    """(dataset without its damaged files, the damaged files) for readers that must not move
    anything (`akhbar show`, `akhbar report`)."""
    fs, root, files = _data_files(lake, dataset)
    good, bad = [], []
    for info in files:
        reason = damage(fs, info)
        if reason:
            bad.append(Damaged(info.path, info.path[len(root.rstrip('/')) + 1:], reason))
        else:
            good.append(info.path)
    if not good:
        return None, bad
    data = ds.dataset(good, filesystem=fs, format="parquet",
                      partitioning=ds.partitioning(PARTITION_SCHEMA, flavor="hive"),
                      partition_base_dir=f"{root.rstrip('/')}/{dataset}")
    return data, bad
