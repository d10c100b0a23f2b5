"""The run's waiting room on the default runner: what a first pass found, kept on local disk
until later passes take it a window at a time (pipeline.batch runs them).

Beam's in-process runner holds each stage's whole output in memory, so a run does not push
10,000 pages through one pass: the first pass writes the new items (small records: a URL and
its feed, or where a page sits in a WARC file) here, in files of at most FILE_RECORDS,
grouped by day, and each later pass reads the next `window` of them in day order. Records are
pickled (the run's own process writes and reads them, nothing else). It holds no pipeline
logic.
"""

from __future__ import annotations

import os
import pickle
import re
import shutil
import stat
import tempfile
import uuid
from collections.abc import Callable, Iterator

import apache_beam as beam

FILE_RECORDS = 1000
UNDATED = "undated"
_NAME_RE = re.compile(r"^(?P<kind>[a-z_]+)~(?P<bucket>[0-9a-z-]+)~[0-9a-f]+\.pkl$")
PREFIX = "akhbar-spool-"
# a spool directory is named after the process that owns it: akhbar-spool-<pid>-<random>
_DIR_RE = re.compile(rf"^{PREFIX}(?P<pid>[0-9]+)-[A-Za-z0-9_]+$")


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def remove_abandoned(directory: str | None = None) -> int:
    """Remove the spools of runs that were killed before they could (SIGKILL, a power cut):
    directories in the temporary directory named after a process that no longer runs, owned by
    this user. Never follows a symlink, never touches another name. Returns how many."""
    directory = directory or tempfile.gettempdir()
    removed = 0
    try:
        names = os.listdir(directory)
    except OSError:
        return 0
    for name in names:
        m = _DIR_RE.match(name)
        if not m or _running(int(m["pid"])):
            continue
        path = os.path.join(directory, name)
        try:
            st = os.lstat(path)
        except OSError:
            continue
        if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid():
            continue
        shutil.rmtree(path, ignore_errors=True)
        removed += 1
    return removed


class Spool:
    """A local directory of spooled records (picklable: DoFns carry it)."""

    def __init__(self, directory: str | None = None):
        if directory is None:
            remove_abandoned()
            directory = tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-")
        self.directory = directory

    def write(self, kind: str, bucket: str, records: list) -> None:
        """One file of `records` (written whole, then renamed: readers never see it half)."""
        name = f"{kind}~{bucket or UNDATED}~{uuid.uuid4().hex}.pkl"
        temp = os.path.join(self.directory, "." + name)
        with open(temp, "wb") as fh:
            pickle.dump(records, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, os.path.join(self.directory, name))

    def _files(self, kind: str) -> list[tuple[str, str]]:
        out = []
        for name in os.listdir(self.directory):
            m = _NAME_RE.match(name)
            if m and m["kind"] == kind:
                out.append((m["bucket"], name))
        return sorted(out)

    def count_files(self, kind: str) -> int:
        return len(self._files(kind))

    def records(self, kind: str) -> Iterator:
        """Every record of a kind, bucket by bucket (days in order, undated last)."""
        for _, name in sorted(self._files(kind), key=lambda f: (f[0] == UNDATED, f)):
            with open(os.path.join(self.directory, name), "rb") as fh:
                yield from pickle.load(fh)

    def windows(self, kind: str, size: int) -> Iterator[list]:
        """The records of a kind in lists of at most `size`, in bucket order."""
        window: list = []
        for record in self.records(kind):
            window.append(record)
            if len(window) >= size:
                yield window
                window = []
        if window:
            yield window

    def remove(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)


class _SpoolFn(beam.DoFn):
    """Records → files of the spool, grouped by bucket_fn(record); emits nothing."""

    def __init__(self, spool: Spool, kind: str, bucket_fn: Callable[[object], str] | None):
        self._spool = spool
        self._kind = kind
        self._bucket_fn = bucket_fn

    def start_bundle(self):
        self._held: dict[str, list] = {}

    def process(self, record):
        bucket = self._bucket_fn(record) if self._bucket_fn else UNDATED
        held = self._held.setdefault(bucket, [])
        held.append(record)
        if len(held) >= FILE_RECORDS:
            self._spool.write(self._kind, bucket, held)
            self._held[bucket] = []

    def finish_bundle(self):
        for bucket, held in self._held.items():
            if held:
                self._spool.write(self._kind, bucket, held)
        self._held = {}


class SpoolRecords(beam.PTransform):
    """Write a PCollection's records to the spool under `kind` (bucketed by `bucket_fn`, a
    day as YYYY-MM-DD or UNDATED)."""

    def __init__(self, spool: Spool, kind: str, bucket_fn: Callable[[object], str] | None = None):
        super().__init__()
        self._spool = spool
        self._kind = kind
        self._bucket_fn = bucket_fn

    def expand(self, records):
        return records | "Spool" >> beam.ParDo(_SpoolFn(self._spool, self._kind,
                                                         self._bucket_fn))
