"""Progress people can see while a long run works: pages done / known, pages per second,
articles written, rejects and an estimate of the time left.

The stages count into this process's `Progress` as they go (Beam's own counters are read only
when a pipeline ends); a display thread shows it: on a terminal a live line (tqdm), elsewhere
(cron, Airflow) a plain line every LOG_EVERY_S seconds. Only the default in-process runner
counts here: on remote runners the work happens in other processes and only the final summary
is shown. It counts nothing itself and decides nothing about the run.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

LOG_EVERY_S = 30.0
REFRESH_S = 0.5
NAMES = ("pages_known", "pages_done", "articles_written", "rejects")


class Progress:
    """Thread-safe running totals of one process."""

    def __init__(self):
        self._lock = threading.Lock()
        self._counts = dict.fromkeys(NAMES, 0)

    def add(self, name: str, n: int = 1) -> None:
        with self._lock:
            self._counts[name] += n

    def snapshot(self) -> dict[str, int]:
        with self._lock:
            return dict(self._counts)

    def reset(self) -> None:
        with self._lock:
            self._counts = dict.fromkeys(NAMES, 0)


PROGRESS = Progress()


def add(name: str, n: int = 1) -> None:
    """Count into this process's progress (what the stages call)."""
    PROGRESS.add(name, n)


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def log_line(counts: dict[str, int], elapsed_s: float) -> str:
    """The plain progress line: pages done/known, pages/s, articles, rejects, ETA."""
    done, known = counts["pages_done"], counts["pages_known"]
    rate = done / elapsed_s if elapsed_s > 0 else 0.0
    eta = (known - done) / rate if rate > 0 and known >= done else None
    return (f"akhbar: {done}/{known} pages, {rate:.1f} pages/s, "
            f"{counts['articles_written']} articles written, {counts['rejects']} rejects, "
            f"ETA {_duration(eta)}")


class ProgressDisplay:
    """Shows PROGRESS while the `with` block runs: mode "live" (a tqdm line), "log" (a line
    every LOG_EVERY_S seconds) or "off"."""

    def __init__(self, mode: str, stream: TextIO | None = None, progress: Progress = PROGRESS,
                 log_every_s: float = LOG_EVERY_S):
        self.mode = mode
        self._stream = stream or sys.stderr
        self._progress = progress
        self._log_every = log_every_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @staticmethod
    def mode_for(stream: TextIO, quiet: bool) -> str:
        if quiet:
            return "off"
        isatty = getattr(stream, "isatty", None)
        return "live" if isatty is not None and isatty() else "log"

    def __enter__(self) -> ProgressDisplay:
        self._progress.reset()
        self._start = time.monotonic()
        if self.mode != "off":
            target = self._live if self.mode == "live" else self._log
            self._thread = threading.Thread(target=target, name="akhbar-progress", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _log(self) -> None:
        while not self._stop.wait(self._log_every):
            print(log_line(self._progress.snapshot(), time.monotonic() - self._start),
                  file=self._stream, flush=True)

    def _live(self) -> None:
        from tqdm import tqdm

        bar = tqdm(total=0, unit="page", file=self._stream, leave=False, dynamic_ncols=True,
                   desc="akhbar", smoothing=0.1,
                   bar_format="{desc} {n_fmt}/{total_fmt} pages |{bar}| {rate_fmt} "
                              "{postfix} ETA {remaining}")
        try:
            while not self._stop.wait(REFRESH_S):
                counts = self._progress.snapshot()
                bar.total = max(counts["pages_known"], counts["pages_done"])
                bar.update(counts["pages_done"] - bar.n)
                bar.set_postfix_str(f"{counts['articles_written']} articles, "
                                    f"{counts['rejects']} rejects", refresh=False)
                bar.refresh()
        finally:
            bar.close()
