"""The stream's poll schedule and the feed items it has seen recently, as plain Python values.

Pure logic (no Beam, no I/O): the stream's poll source and its new-item filter hold these.
"""

from __future__ import annotations

from collections.abc import Sequence

# --- poll schedule ------------------------------------------------------------------------


def tick_seconds(intervals: Sequence[float]) -> float:
    """The scheduler's tick: the shortest poll interval (every feed polls on a multiple of it)."""
    if not intervals:
        raise ValueError("no feeds to poll")
    tick = min(intervals)
    if tick <= 0:
        raise ValueError("poll intervals must be positive")
    return tick


def every_n_ticks(interval: float, tick: float) -> int:
    """A feed with this interval polls every n-th tick (its interval rounded to whole ticks)."""
    return max(1, round(interval / tick))


def due_feeds(feeds: Sequence[dict], round_no: int, tick: float, default_interval: float):
    """The feeds polled in round `round_no` (round 0 polls every feed)."""
    return [f for f in feeds
            if round_no % every_n_ticks(f.get("poll_interval_s") or default_interval, tick) == 0]


# --- seen keys ----------------------------------------------------------------------------


class ExpiringKeys:
    """Keys with the time they were last seen; a key not seen for `ttl_s` seconds is forgotten.

    Used for feed items: an item still listed by its feed is refreshed on every poll and so is
    never forgotten while the feed shows it; the state holds at most the items of the last ttl.
    """

    def __init__(self, ttl_s: float):
        self.ttl_s = ttl_s
        self.last_seen: dict[str, float] = {}
        self.next_sweep = 0.0

    def __len__(self) -> int:
        return len(self.last_seen)

    def seen(self, key: str, now: float) -> bool:
        """True when `key` was seen within the ttl; marks it seen at `now` either way."""
        self.maybe_sweep(now)
        last = self.last_seen.get(key)
        self.last_seen[key] = now
        return last is not None and now - last <= self.ttl_s

    def maybe_sweep(self, now: float) -> int:
        """Drop expired keys at most once per 1/24 of the ttl (amortised); returns how many."""
        if now < self.next_sweep:
            return 0
        self.next_sweep = now + self.ttl_s / 24
        cutoff = now - self.ttl_s
        old = [k for k, t in self.last_seen.items() if t < cutoff]
        for k in old:
            del self.last_seen[k]
        return len(old)
