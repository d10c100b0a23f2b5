"""One writer per lake: check --output, then hold the lake's lock for the whole run.

Local lakes: `<lake>/_akhbar.lock` holds the holder's pid, run id and start time under an
exclusive flock, which the kernel releases when the holder dies (even on SIGKILL), so a killed
run never leaves a stale lock. Object stores (s3://, gs://) have no such primitive; the lock is
an object under `<lake>/_lock/` written once per run, with a heartbeat object refreshed while
the run lives. After writing its object a run waits SETTLE_S and lists the live lock objects:
the oldest (by the store's own timestamps, then by name) holds the lake, the others remove
theirs and stop. Every run that wrote before another listed is seen by it, and one that wrote
later carries a later timestamp, so two runs never both win. A lock whose heartbeat is older
than STALE_S belonged to a run that died and is removed.

Every step that talks to a remote store is bounded in time (PROBE_TIMEOUT_S): an unreachable
endpoint or missing credentials give one line, not a hang. Failures are LakeErrors.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import threading
import time
from datetime import UTC, datetime

import pyarrow.fs as pafs

from pipeline.lake.errors import LakeBusyError, LakeError, LakeUsageError
from pipeline.lake.store import filesystem

LOCK_FILE = "_akhbar.lock"
LOCK_DIR = "_lock"
SUPPORTED_SCHEMES = ("s3", "gs", "gcs", "file")
PROBE_TIMEOUT_S = 4.0  # longest wait for a remote store to answer one step
SETTLE_S = 2.0  # wait between writing a lock object and listing the others (1 s timestamps)
HEARTBEAT_S = 60.0
STALE_S = 300.0  # an object lock whose heartbeat is older than this is a dead run's


def _strerror(exc: BaseException) -> str:
    """A short reason: the OS error's text, else the first line of the message."""
    lines = str(exc).strip().splitlines()
    return getattr(exc, "strerror", None) or (lines[0] if lines else type(exc).__name__)


_stuck: list[threading.Thread] = []  # probes that did not return in time


def probes_stuck() -> bool:
    """Whether a remote call is still blocked in a thread (the process should then exit
    without running exit handlers: pyarrow's S3 finaliser would wait for it)."""
    return any(t.is_alive() for t in _stuck)


def bounded(fn, timeout_s: float, what: str):
    """fn() in a daemon thread; its result, its exception, or a LakeError after `timeout_s`."""
    box: dict = {}

    def call():
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            box["error"] = exc

    thread = threading.Thread(target=call, name="akhbar-lake-probe", daemon=True)
    thread.start()
    thread.join(timeout_s)
    if thread.is_alive():
        _stuck.append(thread)
        raise LakeError(f"{what}: no answer within {timeout_s:g} s (credentials, endpoint or "
                        "network?)")
    if "error" in box:
        raise box["error"]
    return box.get("value")


def check_output(lake: str) -> None:
    """Refuse an --output that cannot be a lake before anything is fetched: empty, a scheme
    other than a directory / file:// / s3:// / gs://, an existing non-directory, a directory
    that cannot be created or written, a store that does not answer within PROBE_TIMEOUT_S."""
    if not lake or not lake.strip():
        raise LakeUsageError("--output is empty: give a directory, s3://BUCKET/PATH or "
                             "gs://BUCKET/PATH")
    if "://" in lake:
        scheme = lake.split("://", 1)[0].lower()
        if scheme not in SUPPORTED_SCHEMES:
            raise LakeUsageError(f"--output {lake}: {scheme}:// is not supported (use a "
                                 "directory, s3:// or gs://)")
    try:
        fs, root, info = bounded(lambda: _open(lake), PROBE_TIMEOUT_S, f"--output {lake}")
    except LakeError:
        raise
    except Exception as exc:  # noqa: BLE001 - pyarrow's errors (URI, credentials, endpoint)
        raise LakeError(f"--output {lake}: cannot open it ({_strerror(exc)})") from None
    if info.type == pafs.FileType.File or (info.type != pafs.FileType.NotFound
                                           and info.type != pafs.FileType.Directory):
        raise LakeError(f"--output {lake}: exists and is not a directory")
    if not isinstance(fs, pafs.LocalFileSystem):
        return
    probe = os.path.join(root, f".akhbar-probe-{os.getpid()}")
    try:
        os.makedirs(root, exist_ok=True)
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise LakeError(f"--output {lake}: cannot write there ({_strerror(exc)})") from None


def _open(lake: str) -> tuple[pafs.FileSystem, str, pafs.FileInfo]:
    fs, root = filesystem(lake)
    return fs, root, fs.get_file_info(root)


def _holder(mode: str, run_id: str) -> dict:
    return {"pid": os.getpid(), "host": socket.gethostname(), "run_id": run_id, "mode": mode,
            "since": datetime.now(UTC).isoformat(timespec="seconds")}


def _describe(info: dict) -> str:
    return (f"pid {info.get('pid', '?')} on {info.get('host', '?')}, {info.get('mode', 'run')} "
            f"{info.get('run_id', '?')} since {info.get('since', '?')}")


class LakeLock:
    """The lake's lock for one run: `acquire()` or LakeBusyError / LakeError; `release()`."""

    def __init__(self, lake: str, run_id: str, mode: str = "run"):
        self.lake = lake
        self.run_id = run_id
        self.mode = mode
        self._fd: int | None = None
        self._object: _ObjectLock | None = None

    def acquire(self) -> LakeLock:
        fs, root = filesystem(self.lake)
        if isinstance(fs, pafs.LocalFileSystem):
            self._fd = _lock_local(self.lake, root, _holder(self.mode, self.run_id))
        else:
            self._object = _ObjectLock(self.lake, fs, root, _holder(self.mode, self.run_id))
            self._object.acquire()
        return self

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, 0)
            os.close(self._fd)  # closing the descriptor releases the flock
            self._fd = None
        if self._object is not None:
            self._object.release()
            self._object = None

    def __enter__(self) -> LakeLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def _lock_local(lake: str, root: str, info: dict) -> int:
    import fcntl

    path = os.path.join(root, LOCK_FILE)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        raise LakeError(f"--output {lake}: cannot write there ({_strerror(exc)})") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        try:
            holder = json.loads(os.pread(fd, 4096, 0).decode("utf-8") or "{}")
        except (OSError, ValueError):
            holder = {}
        os.close(fd)
        raise LakeBusyError(f"lake {lake} is in use by another akhbar run ({_describe(holder)}); "
                            "run again when it has finished") from None
    except OSError as exc:
        os.close(fd)
        raise LakeError(f"--output {lake}: cannot lock {path} ({_strerror(exc)})") from None
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode("utf-8"), 0)
    except OSError as exc:
        os.close(fd)
        raise LakeError(f"--output {lake}: cannot write there ({_strerror(exc)})") from None
    return fd


class _ObjectLock:
    """The object-store lock protocol (see the module docstring)."""

    def __init__(self, lake: str, fs: pafs.FileSystem, root: str, info: dict):
        self.lake, self.fs, self.info = lake, fs, info
        self.dir = f"{root.rstrip('/')}/{LOCK_DIR}"
        self.name = f"{info['run_id']}.json"
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _step(self, fn, what: str):
        try:
            return bounded(fn, PROBE_TIMEOUT_S, f"--output {self.lake}: {what}")
        except LakeError:
            raise
        except Exception as exc:  # noqa: BLE001 - pyarrow/AWS/GCS errors become one line
            raise LakeError(f"--output {self.lake}: {what} failed ({_strerror(exc)})") from None

    def _write(self, path: str, data: bytes) -> None:
        with self.fs.open_output_stream(path) as out:
            out.write(data)

    def _list(self) -> list[pafs.FileInfo]:
        return self.fs.get_file_info(pafs.FileSelector(self.dir, allow_not_found=True))

    def acquire(self) -> None:
        mine = f"{self.dir}/{self.name}"
        self._step(lambda: self._write(mine, json.dumps(self.info).encode()), "writing the lock")
        time.sleep(SETTLE_S)
        infos = self._step(self._list, "listing the locks")
        beats = {i.base_name.removesuffix(".alive"): i.mtime for i in infos
                 if i.base_name.endswith(".alive") and i.mtime}
        locks = [i for i in infos if i.base_name.endswith(".json") and i.mtime]
        own = next((i for i in locks if i.base_name == self.name), None)
        if own is None:
            raise LakeError(f"--output {self.lake}: the lock object written is not listed")
        live = []
        for i in locks:
            stem = i.base_name.removesuffix(".json")
            last = max(i.mtime, beats.get(stem, i.mtime))
            if (own.mtime - last).total_seconds() > STALE_S:
                for path in (i.path, f"{self.dir}/{stem}.alive"):
                    with contextlib.suppress(Exception):
                        self.fs.delete_file(path)
                continue
            live.append((i.mtime, i.base_name, i.path))
        first = min(live)
        if first[1] != self.name:
            with contextlib.suppress(Exception):
                self.fs.delete_file(mine)
            holder = {}
            with contextlib.suppress(Exception):
                with self.fs.open_input_stream(first[2]) as fh:
                    holder = json.loads(fh.read(4096).decode("utf-8"))
            raise LakeBusyError(f"lake {self.lake} is in use by another akhbar run "
                                f"({_describe(holder)}); run again when it has finished")
        self._beat()
        self._thread = threading.Thread(target=self._heartbeat, name="akhbar-lock-heartbeat",
                                        daemon=True)
        self._thread.start()

    def _beat(self) -> None:
        stem = self.name.removesuffix(".json")
        with contextlib.suppress(Exception):
            bounded(lambda: self._write(f"{self.dir}/{stem}.alive", b"1"), PROBE_TIMEOUT_S,
                    "heartbeat")

    def _heartbeat(self) -> None:
        while not self._stop.wait(HEARTBEAT_S):
            self._beat()

    def release(self) -> None:
        self._stop.set()
        stem = self.name.removesuffix(".json")
        for path in (f"{self.dir}/{self.name}", f"{self.dir}/{stem}.alive"):
            with contextlib.suppress(Exception):
                bounded(lambda p=path: self.fs.delete_file(p), PROBE_TIMEOUT_S, "unlock")
