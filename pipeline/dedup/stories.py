"""Story deduplication logic: exact keys, MinHash signatures, LSH band keys, verification, clusters.

Pure functions over plain values (strings, bytes, tuples); no Beam, no I/O. Matching uses
`normalize_arabic` keys only: the stored body is never changed here.

MinHash is datasketch's (scheme affine32, SHA-1 of each word shingle), with the permutations built
once per process; its update_batch is redone here in numpy over all shingles at once (the same
values, a test holds them equal: it hashed shingle by shingle in Python). LSH banding is done
here (band keys are what the Beam transform groups by), since datasketch's MinHashLSH is an
in-memory index and cannot be spread over workers.

MIN_NEAR_TOKENS and BUCKET_CAP are constants, not config keys, on purpose. MIN_NEAR_TOKENS (20
normalised words) is a property of the measure, not a taste: with ~18 word 3-shingles one
changed word moves the Jaccard from 1.0 to ~0.7, and two one-line briefs on one topic share half
their shingles; it also decides which stored signatures have a MinHash, so changing it per run would
make stored and new signatures disagree. BUCKET_CAP (64 earlier members per member) only bounds
work in oversized LSH buckets (boilerplate); it does not change results a user can see: a pair at
the threshold 0.4 shares on average 31 * 0.4**2 ≈ 5 of its 31 bands (rows=2), so a pair cut in
one oversized bucket is found in another. The tuning knobs are DedupConfig's (threshold,
shingle_size, num_perm, lookback_days).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from pipeline.text.normalize import normalize_arabic
from schemas.version import SCHEMA_VERSION

MINHASH_SCHEME = "affine32"
MINHASH_SEED = 1
# Bodies shorter than this (normalised words) take part in exact matching only: a handful of
# shingles gives a meaningless Jaccard estimate (two one-line briefs share half their words).
MIN_NEAR_TOKENS = 20
# In an LSH bucket larger than this, each member is verified against the first BUCKET_CAP members
# only (in story order), so a boilerplate-heavy bucket cannot make the work quadratic.
BUCKET_CAP = 64
# The chance an LSH band scheme must give a pair exactly at the threshold of becoming a candidate.
LSH_TARGET_RECALL = 0.995
EXACT_BAND = 255  # band index byte reserved for the exact-key bucket
FAR_FUTURE = "9999-12-31T23:59:59.999999Z"


class Node(NamedTuple):
    """One article as the clustering sees it (plain tuple: cheap to pickle between workers)."""

    article_id: str
    sort_key: str  # orders a story's members; the smallest is the story head
    exact_key: str | None
    old_story_id: str | None = None  # set for signatures of earlier runs
    old_story_head_key: str | None = None


class Assignment(NamedTuple):
    story_id: str
    duplicate_of: str | None
    dup_kind: str | None  # None, "exact" or "near"
    story_head_key: str  # sort_key of the story's head


def signature_version(num_perm: int, shingle_size: int) -> str:
    """Identifies how a stored MinHash was made; signatures made otherwise are not comparable."""
    return f"datasketch-{MINHASH_SCHEME}-sha1-seed{MINHASH_SEED}-p{num_perm}-w{shingle_size}"


def tokens(body: str | None) -> list[str]:
    return normalize_arabic(body or "").split()


def exact_key(words: Sequence[str]) -> str | None:
    """16 hex chars of the SHA-1 of the normalised body; None for an empty body."""
    if not words:
        return None
    return _exact_key(" ".join(words).encode("utf-8"))


def _exact_key(joined: bytes) -> str:
    return hashlib.sha1(joined).hexdigest()[:16]


def shingles(words: Sequence[str], size: int) -> list[bytes]:
    """The distinct word `size`-grams of `words`, UTF-8 encoded (order kept, duplicates removed)."""
    if len(words) < size:
        return [" ".join(words).encode("utf-8")] if words else []
    grams = (" ".join(words[i : i + size]) for i in range(len(words) - size + 1))
    return [g.encode("utf-8") for g in dict.fromkeys(grams)]


def _shingle_set(joined: bytes, size: int) -> set[bytes]:
    """The set of `shingles(words, size)`, sliced out of `joined` = the words joined by single
    spaces, UTF-8 (no word holds a space): one slice per shingle, no joins or encodes."""
    spaces = np.flatnonzero(np.frombuffer(joined, dtype=np.uint8) == 0x20)
    if len(spaces) + 1 < size:
        return {joined}
    starts = [0, *(spaces + 1).tolist()]
    ends = [*spaces.tolist(), len(joined)]
    return {joined[a:b] for a, b in zip(starts, ends[size - 1 :], strict=False)}  # n-size+1


@lru_cache(maxsize=8)
def _permutations(num_perm: int) -> np.ndarray:
    """datasketch's (a, b) permutation parameters for MINHASH_SEED, shape (2, num_perm) uint32:
    what MinHash(num_perm, seed=MINHASH_SEED, scheme="affine32").permutations holds, drawn the
    way datasketch 2.x draws them (numpy's legacy RandomState, whose stream numpy keeps
    stable; a test holds them equal to datasketch's). datasketch itself is not imported:
    importing it loads scipy, 0.4-0.6 s of CPU in the extraction pool's fork server, for
    two arrays."""
    gen = np.random.RandomState(MINHASH_SEED)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return np.array([a, b])


_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
_ROWS_PER_BLOCK = 2048  # shingles permuted at once: bounds the (rows, num_perm) temporary


def _minhash_values(grams: Iterable[bytes], num_perm: int) -> np.ndarray:
    """What datasketch's MinHash(scheme=affine32, hashfunc=sha1_hash32).update_batch(grams)
    leaves in `hashvalues`, computed on all shingles at once: SHA-1's first 4 bytes read as
    little-endian uint32, the MurmurHash3 32-bit finalizer, then min over a*h + b mod 2**32."""
    sha1 = hashlib.sha1
    digests = b"".join([sha1(g).digest() for g in grams])
    hv = np.frombuffer(digests, dtype="<u4")[::5].astype(np.uint32)  # 20-byte digests
    s1, m1, s2, m2, s3 = _FMIX
    hv ^= hv >> s1
    hv *= m1
    hv ^= hv >> s2
    hv *= m2
    hv ^= hv >> s3
    a, b = _permutations(num_perm)
    values = np.full(num_perm, np.uint32(0xFFFFFFFF), dtype=np.uint32)
    for start in range(0, len(hv), _ROWS_PER_BLOCK):
        block = hv[start : start + _ROWS_PER_BLOCK, None] * a
        block += b
        np.minimum(values, block.min(axis=0), out=values)
    return values


def minhash(words: Sequence[str], num_perm: int, shingle_size: int) -> bytes | None:
    """The MinHash of the body's word shingles as num_perm little-endian uint32 (None if short)."""
    if len(words) < MIN_NEAR_TOKENS:
        return None
    return _minhash(" ".join(words).encode("utf-8"), num_perm, shingle_size)


def _minhash(joined: bytes, num_perm: int, shingle_size: int) -> bytes:
    """`minhash(words, ...)` from `joined` = the words (of `tokens`) joined by single spaces."""
    values = _minhash_values(_shingle_set(joined, shingle_size), num_perm)
    return values.astype("<u4", copy=False).tobytes()


def estimated_jaccard(a: bytes, b: bytes) -> float:
    """The share of equal MinHash values: an unbiased estimate of the shingle Jaccard."""
    va, vb = np.frombuffer(a, dtype="<u4"), np.frombuffer(b, dtype="<u4")
    if va.shape != vb.shape:
        raise ValueError("MinHash signatures of different sizes")
    return float(np.count_nonzero(va == vb)) / len(va)


def exact_jaccard(words_a: Sequence[str], words_b: Sequence[str], shingle_size: int) -> float:
    """The Jaccard similarity of two bodies' shingle sets (for evaluation and tests)."""
    sa, sb = set(shingles(words_a, shingle_size)), set(shingles(words_b, shingle_size))
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


def candidate_probability(similarity: float, bands: int, rows: int) -> float:
    return 1.0 - (1.0 - similarity**rows) ** bands


@lru_cache(maxsize=32)
def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows): the most rows per band, then the fewest bands, that still make a pair at
    the threshold a candidate with probability >= LSH_TARGET_RECALL. Every band is one grouped
    element per article and every false candidate one check, so fewer is cheaper."""
    best = (num_perm, 1)
    for rows in range(1, num_perm + 1):
        if candidate_probability(threshold, num_perm // rows, rows) < LSH_TARGET_RECALL:
            break
        bands = next(b for b in range(1, num_perm // rows + 1)
                     if candidate_probability(threshold, b, rows) >= LSH_TARGET_RECALL)
        best = (bands, rows)
    return best


def band_keys(signature: bytes | None, exact: str | None, bands: int, rows: int) -> list[bytes]:
    """The LSH bucket keys of one article: one per band, plus one for its exact key."""
    keys = []
    if exact is not None:
        keys.append(bytes([EXACT_BAND]) + bytes.fromhex(exact))
    if signature is not None:
        width = rows * 4
        for band in range(bands):
            keys.append(bytes([band]) + signature[band * width : (band + 1) * width])
    return keys


def _iso(ts: datetime | None) -> str | None:
    if ts is None:
        return None
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=UTC)
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def sort_key(published_at: datetime | None, fetched_at: datetime | None, article_id: str) -> str:
    """Story order as one comparable string: published_at (fetched_at when unknown), then
    fetched_at, then article_id. The smallest member of a story is its head."""
    fetched = _iso(fetched_at) or FAR_FUTURE
    first = _iso(published_at) or fetched
    return f"{first}|{fetched}|{article_id}"


def verify_pair(a: Node, sig_a: bytes | None, b: Node, sig_b: bytes | None,
                threshold: float) -> str | None:
    """The duplicate decision for one candidate pair: "exact" (same normalised body), "near"
    (estimated Jaccard of the MinHashes at or above the threshold) or None."""
    if a.exact_key is not None and a.exact_key == b.exact_key:
        return "exact"
    if sig_a is None or sig_b is None:
        return None
    return "near" if estimated_jaccard(sig_a, sig_b) >= threshold else None


def bucket_pairs(members: Iterable[tuple[str, bool]], exact_bucket: bool) -> list[tuple[str, str]]:
    """Candidate pairs (a, b), a < b, of one LSH bucket of (article_id, settled) members.

    Members are taken in article_id order (deterministic, independent of bundle order). Pairs
    of two settled (earlier-run) members are skipped: their runs decided them. An exact bucket
    pairs every member with its first one only (a star spans the story); any other bucket pairs
    each member with the first BUCKET_CAP members before it, so a boilerplate-heavy bucket costs
    at most BUCKET_CAP pairs per member.
    """
    settled: dict[str, bool] = {}
    for aid, old in members:
        settled[aid] = settled.get(aid, True) and old
    ordered = sorted(settled.items())
    if len(ordered) < 2 or all(old for _, old in ordered):
        return []
    if exact_bucket:
        (head, head_old), rest = ordered[0], ordered[1:]
        return [(head, aid) for aid, old in rest if not (head_old and old)]
    pairs = []
    for j, (b, b_old) in enumerate(ordered):
        for a, a_old in ordered[: min(j, BUCKET_CAP)]:
            if not (a_old and b_old):
                pairs.append((a, b))
    return pairs


def verify_bucket(
    members: Iterable[tuple[Node, bytes | None]], exact_bucket: bool, threshold: float
) -> list[tuple[Node, Node, str]]:
    """Edges (a, b, kind) proved inside one LSH bucket held in memory (the streaming index):
    the candidate pairs of `bucket_pairs`, each checked with `verify_pair`."""
    nodes: dict[str, tuple[Node, bytes | None]] = {}
    for node, sig in members:
        nodes.setdefault(node.article_id, (node, sig))
    pairs = bucket_pairs(((aid, n.old_story_id is not None) for aid, (n, _) in nodes.items()),
                         exact_bucket)
    edges = []
    for a, b in pairs:
        (node_a, sig_a), (node_b, sig_b) = nodes[a], nodes[b]
        kind = "exact" if exact_bucket else verify_pair(node_a, sig_a, node_b, sig_b, threshold)
        if kind:
            edges.append((node_a, node_b, kind))
    return edges


def assign_stories(edges: Iterable[tuple[Node, Node, str]]) -> dict[str, Assignment]:
    """Connected components of the duplicate edges → the story of each new article in them.

    A component that holds earlier-run articles continues their story (the one whose head is
    earliest, so stored rows are never renamed); otherwise its earliest member is the head.
    A member is an `exact` duplicate when a stored or earlier member of its story has the same
    normalised body, else `near`. Articles in no edge are heads of their own story (not listed).
    """
    parent: dict[str, str] = {}
    nodes: dict[str, Node] = {}

    def find(x: str) -> str:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for a, b, _kind in edges:
        for n in (a, b):
            if n.article_id not in parent:
                parent[n.article_id] = n.article_id
                nodes[n.article_id] = n
            elif n.old_story_id is not None:
                nodes[n.article_id] = n  # an earlier run's record of an id wins
        ra, rb = find(a.article_id), find(b.article_id)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    components: dict[str, list[Node]] = defaultdict(list)
    for aid in parent:
        components[find(aid)].append(nodes[aid])

    out: dict[str, Assignment] = {}
    for members in components.values():
        members.sort(key=lambda n: n.sort_key)
        old = [n for n in members if n.old_story_id is not None]
        if old:
            head = min(old, key=lambda n: (n.old_story_head_key or n.sort_key, n.old_story_id))
            story, head_id = head.old_story_id, None
            head_key = head.old_story_head_key or head.sort_key
        else:
            story = head_id = members[0].article_id
            head_key = members[0].sort_key
        # stored members come first: a new copy of a stored text is an exact duplicate
        seen_exact = {n.exact_key for n in old if n.exact_key is not None}
        for n in members:
            if n.old_story_id is None:
                if n.article_id == head_id:
                    out[n.article_id] = Assignment(story, None, None, head_key)
                else:
                    kind = "exact" if n.exact_key in seen_exact else "near"
                    out[n.article_id] = Assignment(story, story, kind, head_key)
            if n.exact_key is not None:
                seen_exact.add(n.exact_key)
    return out


class Signature(NamedTuple):
    """What the dedup stage computes once per article."""

    node: Node
    minhash: bytes | None
    keys: list[bytes]


# Row key under which extraction leaves `text_signature(...)` for the dedup stage (not stored).
PRECOMPUTED_KEY = "_text_signature"


def text_signature(body: str | None, num_perm: int, shingle_size: int) -> tuple:
    """(exact key, MinHash, num_perm, shingle_size) of a body: the costly, per-text part of
    `sign`, which can run wherever the text is (the extraction workers do it)."""
    words = tokens(body)
    if not words:
        return None, None, num_perm, shingle_size
    joined = " ".join(words).encode("utf-8")  # shared by the exact key and the shingles
    mh = _minhash(joined, num_perm, shingle_size) if len(words) >= MIN_NEAR_TOKENS else None
    return _exact_key(joined), mh, num_perm, shingle_size


def sign(
    article_id: str,
    body: str | None,
    published_at: datetime | None,
    fetched_at: datetime | None,
    threshold: float,
    num_perm: int,
    shingle_size: int,
    precomputed: tuple | None = None,
) -> Signature:
    """The article's dedup signature; `precomputed` is `text_signature(body, num_perm,
    shingle_size)` when it was already computed elsewhere (e.g. beside extraction)."""
    if precomputed is not None and precomputed[2:] == (num_perm, shingle_size):
        exact, mh = precomputed[0], precomputed[1]
    else:
        exact, mh = text_signature(body, num_perm, shingle_size)[:2]
    bands, rows = lsh_params(threshold, num_perm)
    node = Node(article_id, sort_key(published_at, fetched_at, article_id), exact)
    return Signature(node, mh, band_keys(mh, exact, bands, rows))


def duplicate_decision(a: Signature, b: Signature, threshold: float) -> str | None:
    """The pairwise decision the pipeline makes for two articles: "exact", "near" or None.

    Same as the transform: same exact key, or a shared LSH bucket and an estimated Jaccard at
    or above the threshold. Used by the evaluation.
    """
    if a.node.exact_key is not None and a.node.exact_key == b.node.exact_key:
        return "exact"
    if not set(a.keys) & set(b.keys):
        return None
    return verify_pair(a.node, a.minhash, b.node, b.minhash, threshold)


def signed_row(row: dict, threshold: float, num_perm: int, shingle_size: int
               ) -> tuple[dict, Signature]:
    """An article row's Signature (from the text signature extraction left under
    PRECOMPUTED_KEY, else computed now), and the row without that key."""
    sig = sign(row["article_id"], row.get("body"), row.get("published_at"),
               row.get("fetched_at"), threshold, num_perm, shingle_size,
               precomputed=row.get(PRECOMPUTED_KEY))
    if PRECOMPUTED_KEY in row:  # used up: the row travels on without it
        row = {k: v for k, v in row.items() if k != PRECOMPUTED_KEY}
    return row, sig


def settle_id(new: Sequence[tuple[Node, bytes | None]],
              old: Sequence[tuple[Node, bytes | None, Assignment]]):
    """The one member of an article id that takes part in matching, ((node, minhash), stored
    Assignment or None), from its new signatures and its signatures stored by earlier runs;
    None when it has neither. The stored record wins (of several runs' records: the earliest
    story's), and a new article that already has one keeps its stored Assignment (a re-run)."""
    if old:
        node, minhash, assignment = min(
            old, key=lambda o: (o[0].old_story_head_key or o[0].sort_key, o[0].sort_key,
                                o[0].old_story_id or ""))
        return (node, minhash), (assignment if new else None)
    if new:
        return min(new, key=lambda m: m[0].sort_key), None
    return None


def story_rows(row: dict, sig: Signature, assignments: dict, known: dict, version: str,
               run_id: str | None) -> tuple[dict, dict | None, str]:
    """An article row with its story columns, its signature row (None when the lake holds it:
    a re-run, `known`), and its kind: head, exact, near or rerun."""
    aid = sig.node.article_id
    if aid in known:
        assignment, kind = known[aid], "rerun"
    else:
        assignment = assignments.get(aid) or Assignment(aid, None, None, sig.node.sort_key)
        kind = assignment.dup_kind or "head"
    out = {**row, "story_id": assignment.story_id, "duplicate_of": assignment.duplicate_of,
           "dup_kind": assignment.dup_kind}
    if aid in known:
        return out, None, kind
    return out, {
        "article_id": aid,
        "source": row.get("source"),
        "published_at": row.get("published_at"),
        "fetched_at": row.get("fetched_at"),
        "sort_key": sig.node.sort_key,
        "exact_key": sig.node.exact_key,
        "minhash": sig.minhash,
        "signature_version": version,
        "story_id": assignment.story_id,
        "duplicate_of": assignment.duplicate_of,
        "dup_kind": assignment.dup_kind,
        "story_head_key": assignment.story_head_key,
        "run_id": row.get("run_id", run_id),
        "schema_version": SCHEMA_VERSION,
    }, kind


def match_stories(signed: Iterable[Signature],
                  earlier: Iterable[tuple[Node, bytes | None, Sequence[bytes], Assignment]],
                  threshold: float, bands: int, rows: int
                  ) -> tuple[dict[str, Assignment], dict[str, Assignment]]:
    """(assignments, known) for a run's signatures and the stored ones of its look-back window,
    in memory: what the batch composite (pipeline.dedup.transforms.DeduplicateStories) computes
    with groupings, step for step (settle ids, LSH buckets, candidate pairs, verification,
    connected components), for runners whose translation cannot run that composite."""
    new_by_id: dict[str, list] = defaultdict(list)
    for sig in signed:
        new_by_id[sig.node.article_id].append((sig.node, sig.minhash))
    old_by_id: dict[str, list] = defaultdict(list)
    for node, minhash, _keys, assignment in earlier:
        old_by_id[node.article_id].append((node, minhash, assignment))
    members: dict[str, tuple[Node, bytes | None]] = {}
    known: dict[str, Assignment] = {}
    for aid in sorted(set(new_by_id) | set(old_by_id)):
        member, stored = settle_id(new_by_id.get(aid, []), old_by_id.get(aid, []))
        members[aid] = member
        if stored is not None:
            known[aid] = stored
    buckets: dict[bytes, list[tuple[str, bool]]] = defaultdict(list)
    for aid, (node, minhash) in members.items():
        for key in band_keys(minhash, node.exact_key, bands, rows):
            buckets[key].append((aid, node.old_story_id is not None))
    pairs = {pair for key, ms in buckets.items() for pair in bucket_pairs(ms, key[0] == EXACT_BAND)}
    edges = []
    for a, b in sorted(pairs):
        (node_a, minhash_a), (node_b, minhash_b) = members[a], members[b]
        kind = verify_pair(node_a, minhash_a, node_b, minhash_b, threshold)
        if kind:
            edges.append((node_a, node_b, kind))
    return assign_stories(edges), known
