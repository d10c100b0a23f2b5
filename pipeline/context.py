"""The values every transform of one run shares: run id, clock, lake location and config.

A frozen, picklable record passed into transform constructors (no globals), so the same code
runs in-process, in worker processes and on remote runners.
"""

from __future__ import annotations

import os
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
    # (origin the URLs name, origin that serves it in this run): the embedded sample's URLs
    # keep one origin, its identity, while each run serves it on a port chosen at run time.
    served_at: tuple[tuple[str, str], ...] = ()
    # --since / --until: what a sitemap or backfill run takes, by date (UTC, [since, until))
    since: datetime | None = None
    until: datetime | None = None

    @classmethod
    def new(cls, lake: str, config: RunConfig, now: datetime | None = None,
            served_at: tuple[tuple[str, str], ...] = (), since: datetime | None = None,
            until: datetime | None = None) -> RunContext:
        now = now or datetime.now(timezone.utc)
        if "://" not in lake:  # workers elsewhere (other processes, a cluster) have another cwd
            lake = os.path.abspath(lake)
        run_id = now.strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)
        return cls(run_id=run_id, started_at=now, lake=lake, config=config, served_at=served_at,
                   since=since, until=until)

    def reach(self, url: str) -> str:
        """Where this run fetches `url`: the URL with its origin swapped for the one that
        serves it (unchanged for every site not in `served_at`)."""
        for named, served in self.served_at:
            if url == named or url.startswith(named + "/"):
                return served + url[len(named):]
        return url

    def named(self, text: str) -> str:
        """A fetched URL (or a message quoting one) with served origins put back to the ones
        URLs name: what the lake records, the same whichever port served it."""
        for named, served in self.served_at:
            text = text.replace(served, named)
        return text

    def in_dates(self, when: datetime | None) -> bool:
        """Whether a date is inside --since/--until (an unknown date always is)."""
        if when is None:
            return True
        return ((self.since is None or when >= self.since)
                and (self.until is None or when < self.until))
