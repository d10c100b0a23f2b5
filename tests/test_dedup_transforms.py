"""DeduplicateStories on TestPipeline: exact and near copies, seed hard negatives, re-runs and
matching against a temporary lake of earlier signatures written with pyarrow."""

import datetime as dt
from datetime import datetime, timezone
from pathlib import Path

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.runners.portability.fn_api_runner import FnApiRunner
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipeline.config import DedupConfig
from pipeline.dedup import stories as dedup
from pipeline.dedup.transforms import DeduplicateStories, lookback_dates, read_signature_rows
from pipeline.lake.partitions import signature_partition
from schemas.signatures import SIGNATURES_SCHEMA

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
CFG = DedupConfig()
RUN_DATE = dt.date(2024, 7, 26)


def seed_body(n: int) -> str:
    text = next(SEEDS.glob(f"{n:03d}_*.txt")).read_text(encoding="utf-8")
    return text.split("المصدر")[0]


def at(day: int, hour: int) -> datetime:
    return datetime(2024, 7, day, hour, tzinfo=timezone.utc)


def article(aid, body, published, source="s", fetched=None):
    return {"article_id": aid, "canonical_url": f"https://{source}.example/{aid}",
            "source": source, "body": body, "published_at": published,
            "fetched_at": fetched or at(26, 12), "story_id": None, "duplicate_of": None,
            "dup_kind": None, "run_id": "r1"}


def syndicated(body: str) -> str:
    lines = [ln for ln in body.split("\n") if ln.strip()]
    return "\n".join(["كتب: محرر الشؤون العربية", "الدوحة - وكالات:"] + lines[1:-1])


def story_columns(rows):
    return rows | beam.Map(lambda r: (r["article_id"], r["story_id"], r["duplicate_of"],
                                      r["dup_kind"]))


def run(articles, lake=None, check_articles=None, check_signatures=None):
    with TestPipeline(runner=FnApiRunner()) as p:
        out = p | beam.Create(articles) | DeduplicateStories(CFG, lake, RUN_DATE)
        if check_articles is not None:
            assert_that(story_columns(out["articles"]), equal_to(check_articles),
                        label="articles")
        if check_signatures is not None:
            assert_that(out["signatures"] | beam.Map(check_signatures[0]),
                        equal_to(check_signatures[1]), label="signatures")


BATCH = [
    article("s1", seed_body(1), at(24, 8), "agency"),
    article("s1copy", seed_body(1).replace("\n", "\n\n"), at(24, 10), "outlet1"),
    article("s1synd", syndicated(seed_body(1)), at(24, 9), "outlet2"),
    article("s2", seed_body(2), at(13, 8)),
    article("s3", seed_body(3), at(25, 8)),
    article("s4", seed_body(4), None, fetched=at(26, 1)),
    article("empty", "", at(24, 8)),
    article("empty2", "  ", at(24, 9)),
]


def test_exact_near_and_hard_negatives_within_a_run():
    run(BATCH, check_articles=[
        ("s1", "s1", None, None),
        ("s1synd", "s1", "s1", "near"),
        ("s1copy", "s1", "s1", "exact"),
        ("s2", "s2", None, None),  # seeds 001-004: four events, never duplicates
        ("s3", "s3", None, None),
        ("s4", "s4", None, None),
        ("empty", "empty", None, None),  # empty bodies are not one story
        ("empty2", "empty2", None, None),
    ])


def test_story_head_does_not_depend_on_input_order():
    # the three s1 rows in another order: the head is still the earliest published
    run([BATCH[2], BATCH[1], BATCH[0]], check_articles=[
        ("s1", "s1", None, None), ("s1synd", "s1", "s1", "near"),
        ("s1copy", "s1", "s1", "exact"),
    ])


def test_signature_rows_are_compact_and_partitioned():
    def shape(r):  # signatures are filed under the day they were fetched (26 July)
        return (r["article_id"], signature_partition(r), len(r["minhash"] or b""),
                r["story_id"], set(r) == set(SIGNATURES_SCHEMA.names))

    run(BATCH[:3] + [BATCH[5], BATCH[6]], check_signatures=(shape, [
        ("s1", "2024-07-26", 512, "s1", True),
        ("s1copy", "2024-07-26", 512, "s1", True),
        ("s1synd", "2024-07-26", 512, "s1", True),
        ("s4", "2024-07-26", 512, "s4", True),
        ("empty", "2024-07-26", 0, "empty", True),
    ]))


def write_lake(root: Path, articles, assignments, day="2024-07-22", name="part-0.parquet"):
    """Earlier runs' signatures, made with the same pure functions the pipeline uses."""
    rows = []
    version = dedup.signature_version(CFG.num_perm, CFG.shingle_size)
    for a in articles:
        s = dedup.sign(a["article_id"], a["body"], a["published_at"], a["fetched_at"],
                       CFG.threshold, CFG.num_perm, CFG.shingle_size)
        story, dup_of, kind = assignments[a["article_id"]]
        rows.append({
            "article_id": a["article_id"], "source": a["source"],
            "published_at": a["published_at"], "fetched_at": a["fetched_at"],
            "sort_key": s.node.sort_key, "exact_key": s.node.exact_key, "minhash": s.minhash,
            "signature_version": version, "story_id": story, "duplicate_of": dup_of,
            "dup_kind": kind, "story_head_key": s.node.sort_key, "run_id": "r0",
            "schema_version": 1,
        })
    folder = root / "signatures" / f"date={day}"
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=SIGNATURES_SCHEMA), folder / name)


def test_matches_earlier_runs_within_lookback(tmp_path):
    old = article("old1", seed_body(1), at(22, 8), "agency", fetched=at(22, 9))
    write_lake(tmp_path, [old], {"old1": ("old1", None, None)})
    too_old = article("ancient", seed_body(3), datetime(2024, 7, 1, tzinfo=timezone.utc))
    write_lake(tmp_path, [too_old], {"ancient": ("ancient", None, None)}, day="2024-07-01")
    # files a writer has not published yet are ignored
    write_lake(tmp_path, [article("tmp", seed_body(2), at(22, 1))], {"tmp": ("tmp", None, None)},
               name=".part-1.parquet.tmp.parquet")
    run([article("new", syndicated(seed_body(1)), at(26, 8), "outlet"),
         article("new3", seed_body(3), at(26, 8)),
         article("new2", seed_body(2), at(26, 8))],
        lake=str(tmp_path),
        check_articles=[("new", "old1", "old1", "near"),
                        ("new3", "new3", None, None),  # its copy is older than 7 days
                        ("new2", "new2", None, None)])  # the dot-file was skipped


def test_rerun_keeps_earlier_assignment_and_writes_no_new_signature(tmp_path):
    a = article("x", seed_body(1), at(24, 8))
    b = article("y", syndicated(seed_body(1)), at(24, 9))
    write_lake(tmp_path, [a, b], {"x": ("x", None, None), "y": ("x", "x", "near")},
               day="2024-07-24")
    run([b, a, article("z", seed_body(1), at(26, 8))], lake=str(tmp_path),
        check_articles=[("y", "x", "x", "near"), ("x", "x", None, None),
                        ("z", "x", "x", "exact")],
        check_signatures=(lambda r: (r["article_id"], r["story_id"], r["dup_kind"]),
                          [("z", "x", "exact")]))


def test_read_signature_rows_filters_version_and_dates(tmp_path):
    write_lake(tmp_path, [article("k", seed_body(1), at(22, 8))], {"k": ("k", None, None)})
    version = dedup.signature_version(CFG.num_perm, CFG.shingle_size)
    days = lookback_dates(RUN_DATE, 7)
    assert days[0] == "2024-07-19" and days[-1] == "2024-07-27"
    assert [r["article_id"] for r in read_signature_rows(str(tmp_path), days, version)] == ["k"]
    assert list(read_signature_rows(str(tmp_path), days, "other-version")) == []
    assert list(read_signature_rows(str(tmp_path), ["2024-07-23"], version)) == []
    assert list(read_signature_rows(str(tmp_path / "missing"), days, version)) == []


def test_band_groups_give_the_pairs_of_every_lsh_bucket():
    """_BandGroupsFn + _candidate_pairs (buckets gathered in band groups, a bundle at a time)
    give exactly the candidate pairs of grouping by each band key alone."""
    import random

    from apache_beam.transforms.window import GlobalWindow

    from pipeline.dedup.transforms import _BandGroupsFn, _candidate_pairs

    rng = random.Random(7)
    bands, rows = dedup.lsh_params(0.4, 128)
    base = [rng.randbytes(512) for _ in range(5)]
    members = []
    for i in range(300):  # near copies of five texts, exact copies, settled earlier ones
        sig = bytearray(base[i % 5])
        for _ in range(rng.randrange(0, 300)):
            sig[rng.randrange(512)] = rng.randrange(256)
        exact = f"{i % 7:02x}" * 8 if i % 3 == 0 else None
        node = dedup.Node(f"{i:04d}", f"k{i}", exact, "s" if i % 11 == 0 else None)
        members.append((node.article_id, (node, bytes(sig))))
    expected = set()
    by_key: dict = {}
    for aid, (node, mh) in members:
        for key in dedup.band_keys(mh, node.exact_key, bands, rows):
            by_key.setdefault(key, []).append((aid, node.old_story_id is not None))
    for key, bucket in by_key.items():
        expected.update(dedup.bucket_pairs(bucket, key[0] == dedup.EXACT_BAND))
    assert len(expected) > 100
    fn = _BandGroupsFn(bands, rows)
    grouped: dict = {}
    for bundle in (members[:120], members[120:]):  # two bundles: partial groups merge
        fn.start_bundle()
        for member in bundle:
            fn.process(member, GlobalWindow())
        for wv in fn.finish_bundle():
            group, entries = wv.value
            grouped.setdefault(group, []).append(entries)
    assert len(grouped) <= (bands + 1) * _BandGroupsFn.GROUPS_PER_BAND
    pairs = [p for item in grouped.items() for p in _candidate_pairs(item)]
    assert set(pairs) == expected
