"""Bounded state of the stream, as plain Python values: poll schedule, seen keys, story index,
event cluster index.

Pure logic (no Beam, no I/O): the stream's stateful DoFns hold these objects in Beam state and
call them; matching itself is pipeline.dedup's (verify_bucket, assign_stories) and
pipeline.event_clusters' (block_keys, bucket_edges, assign_clusters), never redone here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple

from pipeline import dedup, event_clusters

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


# --- story index --------------------------------------------------------------------------


class Entry(NamedTuple):
    node: dedup.Node  # old_story_id / old_story_head_key set: it is settled
    minhash: bytes | None
    keys: tuple[bytes, ...]
    assignment: dedup.Assignment
    at: float  # ingestion time (fetched_at), epoch seconds: drives expiry
    stored: bool  # its article row is in the lake (False: only its signature is)


def ingested_at(sort_key: str) -> float:
    """Epoch seconds of the fetched_at stamp inside a dedup sort key (else its first stamp)."""
    first, fetched, _ = sort_key.split("|", 2)
    stamp = first if fetched == dedup._FAR_FUTURE else fetched
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).timestamp()


class StoryIndex:
    """The signatures of the look-back window, indexed by LSH band key, for one-at-a-time
    matching of new articles with pipeline.dedup's own functions. Bounded: entries ingested
    more than `lookback_s` ago are dropped by `expire` (the batch's look-back, per article)."""

    def __init__(self, threshold: float, lookback_s: float):
        self.threshold = threshold
        self.lookback_s = lookback_s
        self.entries: dict[str, Entry] = {}
        self.buckets: dict[bytes, list[str]] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, article_id: str) -> Entry | None:
        return self.entries.get(article_id)

    def add(self, node: dedup.Node, minhash: bytes | None, keys: Iterable[bytes],
            assignment: dedup.Assignment, stored: bool = True) -> None:
        """Record a settled article (its assignment becomes its old story)."""
        settled = node._replace(old_story_id=assignment.story_id,
                                old_story_head_key=assignment.story_head_key)
        keys = tuple(keys)
        if node.article_id in self.entries:
            self._unlink(node.article_id)
        self.entries[node.article_id] = Entry(settled, minhash, keys, assignment,
                                              ingested_at(node.sort_key), stored)
        for key in keys:
            self.buckets.setdefault(key, []).append(node.article_id)

    def mark_stored(self, article_id: str) -> None:
        entry = self.entries.get(article_id)
        if entry is not None and not entry.stored:
            self.entries[article_id] = entry._replace(stored=True)

    def assign(self, sig: dedup.Signature) -> dedup.Assignment:
        """The story of a new article against the index (the index is not changed)."""
        edges = []
        for key in sig.keys:
            ids = self.buckets.get(key)
            if not ids:
                continue
            members = [(self.entries[i].node, self.entries[i].minhash) for i in ids]
            members.append((sig.node, sig.minhash))
            edges.extend(dedup.verify_bucket(members, key[0] == dedup.EXACT_BAND,
                                             self.threshold))
        found = dedup.assign_stories(edges).get(sig.node.article_id)
        return found or dedup.Assignment(sig.node.article_id, None, None, sig.node.sort_key)

    def expire(self, now: float) -> int:
        """Forget entries ingested before now - look-back; returns how many."""
        cutoff = now - self.lookback_s
        old = [aid for aid, e in self.entries.items() if e.at < cutoff]
        for aid in old:
            self._unlink(aid)
            del self.entries[aid]
        return len(old)

    def _unlink(self, article_id: str) -> None:
        for key in self.entries[article_id].keys:
            ids = self.buckets.get(key)
            if ids is None:
                continue
            ids[:] = [i for i in ids if i != article_id]
            if not ids:
                del self.buckets[key]


# --- event cluster index ------------------------------------------------------------------


class EventClusterIndex:
    """The events of the look-back window with their cluster ids, keyed by the batch's block
    keys, for one-at-a-time clustering of new events with pipeline.event_clusters' own functions
    (block_keys, bucket_edges, assign_clusters): the same rules as the batch ClusterEvents.
    Bounded: `expire` drops events whose day (event date, else publication day) is older than
    the window the batch reads back (look-back plus the widest date tolerance) once they were
    ingested more than the look-back ago (a batch run clusters the events it ingests together,
    whatever their dates; later runs read back only the window).

    `stored` holds event ids that are in the lake but not in the index (written before a stop
    whose article was not): a restarted stream skips them, as the batch's KeepNewEvents does.
    """

    def __init__(self, lookback_days: int, date_tolerance_days: int = 1,
                 published_tolerance_days: int = 3):
        self.date_tolerance_days = date_tolerance_days
        self.published_tolerance_days = published_tolerance_days
        self.lookback_days = lookback_days
        self.reach_days = lookback_days + max(date_tolerance_days, published_tolerance_days)
        self.entries: dict[str, EventEntry] = {}
        self.buckets: dict[tuple, list[tuple[str, bool]]] = {}
        self.clusters: dict[str, list[str]] = {}
        self.stored: set[str] = set()

    def __len__(self) -> int:
        return len(self.entries)

    def is_known(self, event_id: str) -> bool:
        """Whether the event is in the lake (or was emitted) already."""
        return event_id in self.entries or event_id in self.stored

    def cluster_of(self, event_id: str) -> str | None:
        entry = self.entries.get(event_id)
        return entry.candidate.cluster_id if entry else None

    def add(self, cand: event_clusters.Candidate, today: date, seeded: bool = False) -> None:
        """Record an event whose cluster is settled (cand.cluster_id set), ingested `today`
        (`seeded`: read back from the lake, it expires by its day alone, as in the batch)."""
        if cand.cluster_id is None:
            raise ValueError(f"event {cand.event_id} has no cluster id")
        if cand.event_id in self.entries:
            self._unlink(cand.event_id)
        keys = tuple(event_clusters.block_keys(cand, self.date_tolerance_days,
                                               self.published_tolerance_days))
        day = cand.event_date or cand.published or today
        self.entries[cand.event_id] = EventEntry(cand, keys, day,
                                                 date.min if seeded else today)
        for key, home in keys:
            self.buckets.setdefault(key, []).append((cand.event_id, home))
        self.clusters.setdefault(cand.cluster_id, []).append(cand.event_id)
        self.stored.discard(cand.event_id)

    def assign(self, cand: event_clusters.Candidate) -> str:
        """The cluster id of a new event against the index (the index is not changed): the
        id of the cluster whose every member it matches (the earliest such), else its own."""
        edges = []
        for key, home in event_clusters.block_keys(cand, self.date_tolerance_days,
                                                   self.published_tolerance_days):
            ids = self.buckets.get(key)
            if not ids:
                continue
            members = [(self.entries[i].candidate, h) for i, h in ids]
            members.append((cand, home))
            edges.extend(event_clusters.bucket_edges(members, self.date_tolerance_days,
                                                     self.published_tolerance_days))
        if not edges:
            return cand.event_id
        near = {n.cluster_id for edge in edges for n in edge if n.cluster_id}
        earlier = {eid: cid for cid in near for eid in self.clusters.get(cid, ())}
        return event_clusters.assign_clusters(edges, earlier).get(cand.event_id, cand.event_id)

    def expire(self, today: date) -> int:
        """Forget events dated before today - (look-back + tolerance) and ingested before
        today - look-back; returns how many."""
        cutoff = today - timedelta(days=self.reach_days)
        ingested_cutoff = today - timedelta(days=self.lookback_days)
        old = [eid for eid, e in self.entries.items()
               if e.day < cutoff and e.ingested < ingested_cutoff]
        for eid in old:
            self._unlink(eid)
            del self.entries[eid]
        return len(old)

    def _unlink(self, event_id: str) -> None:
        entry = self.entries[event_id]
        for key, _home in entry.keys:
            ids = self.buckets.get(key)
            if ids is None:
                continue
            ids[:] = [m for m in ids if m[0] != event_id]
            if not ids:
                del self.buckets[key]
        cid = entry.candidate.cluster_id
        members = self.clusters.get(cid)
        if members is not None:
            members[:] = [m for m in members if m != event_id]
            if not members:
                del self.clusters[cid]


class EventEntry(NamedTuple):
    candidate: event_clusters.Candidate  # cluster_id set
    keys: tuple  # ((block key, home?), ...)
    day: date  # event date, else publication day: drives expiry
    ingested: date  # the day its article was ingested (date.min when read from the lake)
