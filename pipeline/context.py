"""The values every transform of one run shares: run id, clock, lake location and config.

A frozen, picklable record passed into transform constructors (no globals), so the same code
runs in-process, in worker processes and on remote runners.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from pipeline.config import RunConfig


@dataclass(frozen=True)
class RunContext:
    run_id: str
    started_at: datetime  # UTC; the run's clock for fallback partition dates
    lake: str  # local directory or s3:// / gs:// URI
    config: RunConfig
    # --since / --until: what a sitemap or backfill run takes, by date (UTC, [since, until))
    since: datetime | None = None
    until: datetime | None = None

    @classmethod
    def new(cls, lake: str, config: RunConfig, now: datetime | None = None,
            since: datetime | None = None, until: datetime | None = None) -> RunContext:
        now = now or datetime.now(timezone.utc)
        run_id = now.strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)
        return cls(run_id=run_id, started_at=now, lake=lake, config=config, since=since,
                   until=until)

    def in_dates(self, when: datetime | None) -> bool:
        """Whether a date is inside --since/--until (an unknown date always is)."""
        if when is None:
            return True
        return ((self.since is None or when >= self.since)
                and (self.until is None or when < self.until))
