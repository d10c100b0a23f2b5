"""The stream's bounded story index: signatures of the look-back window, matched one article at
a time with pipeline.dedup.stories' own functions (verify_bucket, assign_stories), never redone.

Pure logic (no Beam, no I/O): the stream's stateful dedup DoFn holds one in Beam state.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import NamedTuple

from pipeline.dedup import stories as dedup

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
    stamp = first if fetched == dedup.FAR_FUTURE else fetched
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).timestamp()


class StoryIndex:
    """The signatures of the look-back window, indexed by LSH band key, for one-at-a-time
    matching of new articles with pipeline.dedup.stories's own functions. Bounded: entries ingested
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
