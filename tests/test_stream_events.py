"""The stream's events branch: the shared per-article stage (Arabic filter, partition), the event
cluster index (same ids as the batch clustering, bounded expiry), StreamClusterEvents on
TestStream (BundleBasedDirectRunner --streaming) and seeded from a lake (restart safety)."""

import dataclasses
import random
from datetime import UTC, date, datetime, timedelta

import apache_beam as beam
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.runners.portability.fn_api_runner import FnApiRunner
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.test_stream import TestStream
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms.window import TimestampedValue
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.config import EventsConfig
from pipeline.events import clusters as ec
from pipeline.events.cluster_transforms import StreamClusterEvents, seed_event_index
from pipeline.events.rows import INGESTED, PARTITION, event_rows_for_article
from pipeline.events.stream_index import EventClusterIndex
from pipeline.lake.store import write_rows
from schemas.articles import ARTICLES_SCHEMA
from schemas.events import EVENTS_SCHEMA
from tests.support.rows import ev

CFG = EventsConfig()
MARCH = datetime(2025, 3, 1, 9, tzinfo=UTC)
CALL = ("اتصل وزير الخارجية السعودي الأمير فيصل بن فرحان هاتفيا اليوم بنظيره الفرنسي وبحث "
        "الجانبان العلاقات الثنائية وسبل تعزيزها والمستجدات الإقليمية")




# --- the shared per-article stage --------------------------------------------------------


def test_event_rows_for_article_filters_non_arabic_and_sets_the_partition():
    fetched = datetime(2025, 3, 12, 8, tzinfo=UTC)
    article = {"article_id": "a1", "source": "s", "run_id": "r", "body": CALL,
               "published_at": datetime(2025, 3, 11, 23, tzinfo=UTC), "fetched_at": fetched}
    rows = event_rows_for_article(article)
    assert rows and all(r["article_id"] == "a1" and r["event_cluster_id"] is None
                        for r in rows)
    for r in rows:
        want = r["event_date"].isoformat() if r["event_date"] else "2025-03-11"
        assert r[PARTITION] == want and r[INGESTED] == fetched
    english = {**article, "body": "The Saudi foreign minister called his French counterpart "
                                  "today to discuss bilateral relations. " + CALL[:40]}
    assert event_rows_for_article(english) == []


# --- the index against the batch's clustering ----------------------------------------------


def stream_ids(pairs, index=None):
    """Cluster ids the index gives, one event at a time in the batch's ingestion order."""
    index = index or EventClusterIndex(CFG.lookback_days, CFG.date_tolerance_days,
                                       CFG.published_tolerance_days)
    cands = sorted((ec.candidate(r, p) for r, p in pairs), key=lambda c: c.order)
    out = {}
    for c in cands:
        out[c.event_id] = index.assign(c)
        index.add(dataclasses.replace(c, cluster_id=out[c.event_id]), date(2025, 3, 12))
    return out


def test_index_gives_the_batch_ids_on_chains_and_hard_negatives():
    pairs = [
        ev("e1", day=10, pub_day=10),
        ev("e2", day=None, pub_day=11),  # publication day, wider tolerance: joins e1
        ev("e3", day=12, pub_day=12),  # matches e2 but not e1 (complete linkage): new
        ev("e4", day=3, pub_day=3),  # same ministers a week earlier
        ev("e5", etype="MEET", day=10, pub_day=10),
        ev("e6", etype="CALL", day=10, pub_day=10, status="cancelled"),
    ]
    batch = ec.cluster_events([ec.candidate(r, p) for r, p in pairs])
    assert batch["e2"] == "e1" and batch["e3"] == "e3"
    assert stream_ids(pairs) == batch


PARTIES = [("SAU", "foreign_minister"), ("FRA", "foreign_minister"), ("QAT", "emir"),
           ("USA", "president")]


@st.composite
def event_sets(draw):
    n = draw(st.integers(2, 14))
    pairs = []
    for i in range(n):
        a, b = draw(st.sampled_from([(0, 1), (1, 0), (0, 2), (2, 3)]))
        day = draw(st.one_of(st.none(), st.integers(1, 20)))
        pub = draw(st.integers(1, 21))
        pairs.append(ev(f"e{i:02d}", etype=draw(st.sampled_from(["CALL", "MEET", "VISIT",
                                                                    "NEGOTIATE"])),
                        day=day, pub_day=pub, a=PARTIES[a], b=PARTIES[b],
                        status=draw(st.sampled_from(["reported", "planned", "cancelled"]))))
    return pairs


@settings(max_examples=150, deadline=None)
@given(event_sets())
def test_index_equals_batch_clustering_on_any_event_set(pairs):
    assert stream_ids(pairs) == ec.cluster_events([ec.candidate(r, p) for r, p in pairs])


def test_index_joins_seeded_clusters_like_a_later_batch_run():
    old = [ev("o1", day=9, pub_day=9, cluster="o0"), ev("o2", day=9, pub_day=9, cluster="o0")]
    new = [ev("n1", day=9, pub_day=10), ev("n2", day=2, pub_day=2)]
    cands = [ec.candidate(r, p, old=True) for r, p in old]
    index = EventClusterIndex(CFG.lookback_days)
    for c in cands:
        index.add(c, date(2025, 3, 10), seeded=True)
    batch = ec.cluster_events(cands + [ec.candidate(r, p) for r, p in new])
    assert batch == {"n1": "o0", "n2": "n2"}
    assert stream_ids(new, index) == batch


def test_index_expires_by_day_once_the_lookback_since_ingestion_has_passed():
    index = EventClusterIndex(lookback_days=7, date_tolerance_days=1, published_tolerance_days=3)
    old_event = ec.candidate(*ev("a", day=1, pub_day=1))
    index.add(dataclasses.replace(old_event, cluster_id="a"), date(2025, 3, 20))  # late report
    seeded = ec.candidate(*ev("s", day=1, pub_day=1, cluster="s"), old=True)
    index.add(seeded, date(2025, 3, 20), seeded=True)
    recent = ec.candidate(*ev("r", day=19, pub_day=19))
    index.add(dataclasses.replace(recent, cluster_id="r"), date(2025, 3, 19))
    assert index.expire(date(2025, 3, 20)) == 1  # the seeded one: out of the window by day
    assert set(index.entries) == {"a", "r"}
    assert index.expire(date(2025, 3, 27)) == 0  # "a" ingested 7 days ago: still held
    assert index.expire(date(2025, 3, 28)) == 1 and set(index.entries) == {"r"}
    # "r": day 19 within 7 + 4 days (the look-back and a trip's span, clusters.match_reach)
    assert index.expire(date(2025, 3, 30)) == 0
    assert index.expire(date(2025, 3, 31)) == 1
    assert len(index) == 0 and index.buckets == {} and index.clusters == {}


def test_index_stays_small_over_a_long_stream():
    index = EventClusterIndex(lookback_days=7)
    rng = random.Random(7)
    start = date(2025, 1, 1)
    biggest = 0
    for n in range(600):
        today = start + timedelta(days=n // 10)
        index.expire(today)
        row, pub = ev(f"e{n}", day=None, pub_day=1, a=PARTIES[rng.randrange(4)],
                      b=PARTIES[rng.randrange(4)])
        cand = ec.candidate(row, datetime.combine(today, datetime.min.time(), UTC))
        index.add(dataclasses.replace(cand, cluster_id=index.assign(cand)), today)
        biggest = max(biggest, len(index))
    # 60 days streamed, at most the window's ~12 days held (look-back 7, a trip's span 4, today)
    assert biggest <= 12 * 10


# --- Beam: TestStream on the streaming runner ------------------------------------------------


def streaming_pipeline():
    options = PipelineOptions(["--runner=BundleBasedDirectRunner"])
    options.view_as(StandardOptions).streaming = True
    return TestPipeline(options=options)


def at(pair):
    return TimestampedValue(pair, pair[0][INGESTED].timestamp())


def test_stream_cluster_state_joins_across_bundles_and_expires():
    events = (
        TestStream()
        .add_elements([at(ev("e2", day=None, pub_day=11)), at(ev("e1", day=10, pub_day=10)),
                       at(ev("e4", day=3, pub_day=3, ingested_day=10))])
        .advance_watermark_to(MARCH.timestamp() + 12 * 86400)
        # a later bundle: another report of the day-10 call joins e1's cluster
        .add_elements([at(ev("e3", day=10, pub_day=12, ingested_day=12))])
        .advance_watermark_to(MARCH.timestamp() + 30 * 86400)
        # 20 days on, a (late) report of the same call: e1's cluster has expired
        .add_elements([at(ev("e5", day=10, pub_day=11, ingested_day=30))])
        .advance_watermark_to_infinity()
    )
    with streaming_pipeline() as p:
        out = (p | events | StreamClusterEvents(CFG, None)
               | beam.Map(lambda r: (r["event_id"], r["event_cluster_id"])))
        # e1 is ingested after e2 in the bundle but comes first in ingestion order
        assert_that(out, equal_to([("e1", "e1"), ("e2", "e1"), ("e4", "e4"), ("e3", "e1"),
                                   ("e5", "e5")]))


# --- seeded from a lake: restart safety ------------------------------------------------------


def write_lake(lake):
    old = ev("o1", day=9, pub_day=9, cluster="o0")[0]
    orphan = ev("x1", etype="MEET", day=9, pub_day=9, cluster="x1")[0]  # article not written
    write_rows(lake, "events", "2025-03-09", [old, orphan], EVENTS_SCHEMA, "part-a.parquet")
    article = {c: None for c in ARTICLES_SCHEMA.names}
    article.update(article_id="art-o1", url="https://x/1", source="s",
                   fetched_at=MARCH, published_at=MARCH.replace(day=9))
    write_rows(lake, "articles", "2025-03-09", [article], ARTICLES_SCHEMA, "part-a.parquet")


def test_restarted_stream_skips_stored_events_and_joins_their_clusters(tmp_path):
    lake = str(tmp_path / "lake")
    write_lake(lake)
    index = seed_event_index(CFG, lake, date(2025, 3, 10))
    assert set(index.entries) == {"o1", "x1"} and index.cluster_of("o1") == "o0"
    pairs = [ev("x1", etype="MEET", day=9, pub_day=9), ev("n1", day=9, pub_day=10),
             ev("o1", day=9, pub_day=9), ev("n2", etype="MEET", day=2, pub_day=2)]
    p = TestPipeline(runner=FnApiRunner())
    out = (p | beam.Create(pairs, reshuffle=False) | StreamClusterEvents(CFG, lake)
           | beam.Map(lambda r: (r["event_id"], r["event_cluster_id"])))
    assert_that(out, equal_to([("n1", "o0"), ("n2", "n2")]))
    result = p.run()
    result.wait_until_finish()
    counters = {c.key.metric.name: c.committed
                for c in result.metrics().query(MetricsFilter())["counters"]}
    assert counters["event_clusters_new"] == 1
    assert counters["event_clusters_joined"] == 1
    assert counters["events_known"] == 2


def test_orphan_events_outside_the_window_are_skipped_too(tmp_path):
    lake = str(tmp_path / "lake")
    write_lake(lake)
    index = seed_event_index(CFG, lake, date(2025, 6, 1))  # the window is past March
    assert len(index) == 0
    assert index.stored == {"x1"} and index.is_known("x1") and not index.is_known("o1")
