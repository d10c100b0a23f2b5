"""Unit tests of pipeline.dedup.stories: keys, MinHash, LSH parameters, bucket checks, stories."""

import hashlib
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from datasketch import MinHash

from pipeline.config import DedupConfig
from pipeline.dedup import stories as dedup

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
CFG = DedupConfig()


def seed_body(n: int) -> str:
    """The main article of a seed page (before its المصدر line)."""
    path = next(SEEDS.glob(f"{n:03d}_*.txt"))
    text = path.read_text(encoding="utf-8")
    return text.split("المصدر")[0]


def sig(aid, body, published=None, fetched=None, threshold=CFG.threshold):
    return dedup.sign(aid, body, published, fetched, threshold, CFG.num_perm, CFG.shingle_size)


def test_exact_key_ignores_marks_and_spacing():
    a = dedup.exact_key(dedup.tokens("بحث وزير الخارجيّة  القطري،\nمع نظيره"))
    b = dedup.exact_key(dedup.tokens("بحث وزير الخارجية القطرى مع نظيرِه"))
    assert a == b and len(a) == 16
    assert dedup.exact_key(dedup.tokens("بحث وزير")) != a
    assert dedup.exact_key([]) is None


def test_shingles_are_distinct_word_ngrams():
    words = "ا ب ج ا ب ج".split()
    assert dedup.shingles(words, 3) == [b.encode() for b in ["ا ب ج", "ب ج ا", "ج ا ب"]]
    assert dedup.shingles(["ا"], 3) == ["ا".encode()]
    assert dedup.shingles([], 3) == []


def test_minhash_is_deterministic_compact_and_estimates_jaccard():
    a, b = dedup.tokens(seed_body(1)), dedup.tokens(seed_body(1) + " " + seed_body(2))
    mha = dedup.minhash(a, 128, 3)
    assert mha == dedup.minhash(a, 128, 3)
    assert isinstance(mha, bytes) and len(mha) == 128 * 4
    est = dedup.estimated_jaccard(mha, dedup.minhash(b, 128, 3))
    assert est == pytest.approx(dedup.exact_jaccard(a, b, 3), abs=0.15)
    assert dedup.minhash(a[:5], 128, 3) is None  # too short for near matching


# Signatures stored in the lake by earlier versions are compared with new ones: these must never
# change (sha1 of the MinHash bytes, exact key) for a given body.
@pytest.mark.parametrize(("n", "minhash_sha1", "exact"), [
    (1, "a7c5014d686194fa", "8eec01aecd48152c"),
    (2, "2082153b9d71b656", "d8f37ca0bce461fc"),
    (3, "9dc3bc78df049bd7", "f4ab414f7a8385cf"),
])
def test_signatures_are_stable_across_versions(n, minhash_sha1, exact):
    key, mh, _, _ = dedup.text_signature(seed_body(n), 128, 3)
    assert (hashlib.sha1(mh).hexdigest()[:16], key) == (minhash_sha1, exact)


@pytest.mark.parametrize(("num_perm", "size"), [(128, 3), (64, 5), (16, 1), (32, 400)])
def test_minhash_equals_datasketch_update_batch(num_perm, size):
    words = dedup.tokens(seed_body(2) + " " + seed_body(2))  # repeated shingles too
    mh = MinHash(num_perm=num_perm, seed=dedup.MINHASH_SEED, scheme=dedup.MINHASH_SCHEME)
    mh.update_batch(dedup.shingles(words, size))
    assert dedup.minhash(words, num_perm, size) == mh.hashvalues.astype("<u4").tobytes()
    assert dedup.text_signature(" ".join(words), num_perm, size)[:2] == (
        dedup.exact_key(words), dedup.minhash(words, num_perm, size))


@pytest.mark.parametrize("num_perm", [1, 16, 128, 256])
def test_permutations_are_datasketchs(num_perm):
    mine = dedup._permutations(num_perm)
    theirs = MinHash(num_perm=num_perm, seed=dedup.MINHASH_SEED,
                     scheme=dedup.MINHASH_SCHEME).permutations
    assert mine.dtype == theirs.dtype and mine.shape == theirs.shape == (2, num_perm)
    assert (mine == theirs).all()


def test_signing_does_not_load_datasketch():
    probe = ("import sys; from pipeline.dedup.stories import text_signature; "
             "text_signature(' '.join(f'w{i}' for i in range(50)), 128, 3); "
             "print('datasketch' in sys.modules, 'scipy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False"]


def test_lsh_params_reach_target_at_threshold():
    for threshold in (0.3, 0.4, 0.6, 0.8):
        bands, rows = dedup.lsh_params(threshold, 128)
        assert bands * rows <= 128
        assert dedup.candidate_probability(threshold, bands, rows) >= dedup.LSH_TARGET_RECALL
        # one band fewer would miss the target
        assert (dedup.candidate_probability(threshold, bands - 1, rows)
                < dedup.LSH_TARGET_RECALL)
        # one more row per band would miss the target: the choice is the most selective one
        assert (dedup.candidate_probability(threshold, 128 // (rows + 1), rows + 1)
                < dedup.LSH_TARGET_RECALL)


def test_sort_key_orders_published_then_fetched_then_id():
    t1 = datetime(2024, 7, 24, 8, tzinfo=timezone.utc)
    t2 = datetime(2024, 7, 24, 9, tzinfo=timezone.utc)
    assert dedup.sort_key(t1, t2, "b") < dedup.sort_key(t2, t1, "a")
    assert dedup.sort_key(t1, t1, "a") < dedup.sort_key(t1, t2, "a")
    assert dedup.sort_key(t1, t1, "a") < dedup.sort_key(t1, t1, "b")
    assert dedup.sort_key(None, t1, "z") < dedup.sort_key(t2, t2, "a")  # fetched stands in


@pytest.mark.parametrize(("i", "j"), [(1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)])
def test_seed_hard_negatives_are_not_duplicates(i, j):
    assert dedup.duplicate_decision(sig("a", seed_body(i)), sig("b", seed_body(j)),
                                    CFG.threshold) is None


def test_syndicated_copy_is_near_and_identical_copy_exact():
    body = seed_body(1)
    lines = body.split("\n")
    copy = "\n".join(["الدوحة - وكالات:"] + lines[2:] + ["تابعونا على منصات التواصل."])
    assert dedup.duplicate_decision(sig("a", body), sig("b", copy), CFG.threshold) == "near"
    assert dedup.duplicate_decision(sig("a", body), sig("c", body.replace("غزة", "غزّة")),
                                    CFG.threshold) == "exact"


def _node(aid, key, exact=None, old=None, head=None):
    return dedup.Node(aid, key, exact, old, head)


def test_verify_bucket_links_verified_pairs_only():
    a, b, c = sig("a", seed_body(1)), sig("b", seed_body(1) + " ختام"), sig("c", seed_body(2))
    members = [(s.node, s.minhash) for s in (c, b, a)]
    edges = dedup.verify_bucket(members, False, CFG.threshold)
    assert {(x.article_id, y.article_id, k) for x, y, k in edges} == {("a", "b", "near")}


def test_verify_bucket_skips_pairs_of_earlier_runs():
    old1, old2 = _node("o1", "1", "e", "o1", "1"), _node("o2", "2", "e", "o1", "1")
    assert dedup.verify_bucket([(old1, None), (old2, None)], True, 0.5) == []
    new = _node("n", "3", "e")
    edges = dedup.verify_bucket([(new, None), (old2, None), (old1, None)], True, 0.5)
    # every edge touches the new article (o1-o2 was settled by its run), and n joins o1's story
    assert edges and all("n" in (x.article_id, y.article_id) for x, y, _ in edges)
    assert dedup.assign_stories(edges)["n"] == dedup.Assignment("o1", "o1", "exact", "1")


def test_bucket_pairs_are_capped_ordered_and_skip_settled_pairs():
    members = [(f"{i:03d}", False) for i in range(200)][::-1]
    pairs = dedup.bucket_pairs(members, exact_bucket=False)
    assert all(a < b for a, b in pairs) and len(set(pairs)) == len(pairs)
    # each member is paired with at most BUCKET_CAP earlier ones: linear, not quadratic
    assert len(pairs) == sum(min(j, dedup.BUCKET_CAP) for j in range(200))
    assert ("000", "199") in pairs and ("100", "199") not in pairs
    assert dedup.bucket_pairs(members, exact_bucket=True) == [
        ("000", f"{i:03d}") for i in range(1, 200)]
    # two settled (earlier-run) members are never paired again
    assert dedup.bucket_pairs([("c", False), ("b", True), ("a", True)], False) == [
        ("a", "c"), ("b", "c")]
    assert dedup.bucket_pairs([("a", True), ("b", True), ("c", False)], True) == [("a", "c")]
    assert dedup.bucket_pairs([("s1", True), ("s2", True)], exact_bucket=False) == []
    assert dedup.bucket_pairs([("a", False), ("a", False)], exact_bucket=False) == []


def test_assign_stories_earliest_member_is_head_independent_of_edge_order():
    a, b, c, d = (_node("a", "2", "x"), _node("b", "1", "y"), _node("c", "3", "x"),
                  _node("d", "4", "z"))
    edges = [(a, c, "exact"), (b, a, "near"), (c, d, "near")]
    for order in (edges, edges[::-1]):
        got = dedup.assign_stories(order)
        assert got["b"] == dedup.Assignment("b", None, None, "1")
        assert got["a"] == dedup.Assignment("b", "b", "near", "1")
        assert got["c"] == dedup.Assignment("b", "b", "exact", "1")  # same text as a, earlier
        assert got["d"] == dedup.Assignment("b", "b", "near", "1")


def test_assign_stories_continues_earlier_story_without_renaming_it():
    old_a = _node("oa", "5", "x", "s1", "5")
    old_b = _node("ob", "3", "y", "s0", "0")  # another stored story, started earlier
    new = _node("n", "1", "x")  # even an earlier new article joins the stored story
    got = dedup.assign_stories([(old_a, new, "exact"), (new, old_b, "near")])
    assert set(got) == {"n"}
    assert got["n"] == dedup.Assignment("s0", "s0", "exact", "0")
