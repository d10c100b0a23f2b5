"""A run's hold on its lake: check --output, take the lake's lock, tidy the lake, and on the
way out remove what this run staged and let go of the lock.

Used by the batch and the stream alike, before their pipeline is built (so a bad --output or a
busy lake stops the run before any feed is polled). Counters it gathers go to the run summary.
"""

from __future__ import annotations

import logging

from pipeline.lake.lock import LakeLock, check_output
from pipeline.lake.repair import drop_duplicate_rows, quarantine_damaged, remove_temp_files

LOG = logging.getLogger("akhbar")


class LakeSession:
    """`with LakeSession(lake, run_id, mode) as session:` … `session.counters`."""

    def __init__(self, lake: str, run_id: str, mode: str = "run",
                 scan_duplicates: bool = False):
        """`scan_duplicates`: look for duplicate ids in every file now (the stream, which
        does not read the lake the way a batch run does; see repair_duplicates)."""
        self.lake = lake
        self.run_id = run_id
        self._scan_duplicates = scan_duplicates
        self._lock = LakeLock(lake, run_id, mode)
        self.counters: dict[str, int] = {}

    def __enter__(self) -> LakeSession:
        check_output(self.lake)
        self._lock.acquire()
        try:
            temp = remove_temp_files(self.lake)  # the lock holder's: any dead run's staging
            damaged = quarantine_damaged(self.lake)
            duplicates = drop_duplicate_rows(self.lake) if self._scan_duplicates else 0
        except BaseException:
            self._lock.release()
            raise
        self.counters = {"lake_temp_files_removed": temp,
                         "lake_files_quarantined": len(damaged),
                         "lake_duplicate_rows_removed": duplicates}
        return self

    def repair_duplicates(self, pipeline_counters: dict[str, int]) -> None:
        """Keep one row per id when the run's own reading of the lake met an id twice
        (counters lake_duplicate_articles / lake_duplicate_events): a scan of every file's
        ids is paid only then."""
        if any(v for k, v in pipeline_counters.items() if k.startswith("lake_duplicate_")
               and k != "lake_duplicate_rows_removed"):
            self.counters["lake_duplicate_rows_removed"] += drop_duplicate_rows(self.lake)

    def nonzero_counters(self) -> dict[str, int]:
        return {k: v for k, v in self.counters.items() if v}

    def __exit__(self, *exc) -> None:
        try:
            remove_temp_files(self.lake, self.run_id)
        finally:
            self._lock.release()
