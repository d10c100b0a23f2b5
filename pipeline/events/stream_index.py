"""The stream's bounded event-cluster index: candidates of the look-back window, matched one at a
time with pipeline.events.clusters' own functions (block_keys, bucket_edges, assign_clusters).

Pure logic (no Beam, no I/O): the stream's stateful event-cluster DoFn holds one in Beam state.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from pipeline.events import clusters as event_clusters

# --- event cluster index ------------------------------------------------------------------


class EventClusterIndex:
    """The events of the look-back window with their cluster ids, keyed by the batch's block
    keys, for one-at-a-time clustering of new events with pipeline.events.clusters' own functions
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
        self.reach_days = lookback_days + event_clusters.match_reach(
            date_tolerance_days, published_tolerance_days)
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
        id of a cluster whose every member it matches (chosen as assign_clusters does), else
        its own."""
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
        near = {n.cluster_id for edge in edges for n in (edge.a, edge.b) if n.cluster_id}
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
