"""Pure stream state: poll schedule, expiring seen keys, the story index (matching and expiry)."""

from datetime import UTC, datetime, timedelta

import pytest

from pipeline.dedup import stories as dedup
from pipeline.dedup.stream_index import StoryIndex, ingested_at
from pipeline.ingest.schedule import ExpiringKeys, due_feeds, every_n_ticks, tick_seconds
from tests.support.rows import BODY, OTHER

T0 = datetime(2025, 6, 1, 12, tzinfo=UTC)


def sign(aid, body, fetched):
    return dedup.sign(aid, body, None, fetched, 0.6, 128, 3)


def test_schedule_polls_each_feed_on_its_own_multiple_of_the_tick():
    feeds = [{"id": "a", "poll_interval_s": 2.0}, {"id": "b", "poll_interval_s": 6.0},
             {"id": "c", "poll_interval_s": None}]
    tick = tick_seconds([2.0, 6.0, 4.0])
    assert tick == 2.0
    assert every_n_ticks(6.0, tick) == 3 and every_n_ticks(1.0, tick) == 1
    polled = [[f["id"] for f in due_feeds(feeds, r, tick, default_interval=4.0)]
              for r in range(7)]
    assert polled == [["a", "b", "c"], ["a"], ["a", "c"], ["a", "b"], ["a", "c"], ["a"],
                      ["a", "b", "c"]]
    with pytest.raises(ValueError):
        tick_seconds([])


def test_expiring_keys_forget_what_was_not_seen_for_the_ttl():
    keys = ExpiringKeys(ttl_s=100)
    assert keys.seen("a", 0) is False
    assert keys.seen("b", 0) is False
    assert keys.seen("a", 90) is True  # refreshed: still listed by its feed
    assert keys.seen("a", 180) is True
    assert keys.seen("b", 180) is False  # not seen for 180 s > ttl: new again
    keys.next_sweep = 0
    assert keys.maybe_sweep(400) == 2 and len(keys) == 0


def test_story_index_matches_with_the_batch_functions_and_expires():
    index = StoryIndex(threshold=0.6, lookback_s=86400)
    first = sign("a1", BODY, T0)
    a1 = index.assign(first)
    assert a1 == dedup.Assignment("a1", None, None, first.node.sort_key)
    index.add(first.node, first.minhash, first.keys, a1)
    copy = sign("a2", BODY, T0 + timedelta(hours=1))
    a2 = index.assign(copy)
    assert (a2.story_id, a2.duplicate_of, a2.dup_kind) == ("a1", "a1", "exact")
    near = sign("a3", BODY.replace("المقبلة", "القادمة"), T0 + timedelta(hours=2))
    a3 = index.assign(near)
    assert (a3.story_id, a3.dup_kind) == ("a1", "near")
    unrelated = sign("b1", OTHER, T0 + timedelta(hours=2))
    assert index.assign(unrelated).story_id == "b1"
    index.add(copy.node, copy.minhash, copy.keys, a2)
    assert len(index) == 2
    # a day and a bit later both are past the look-back: forgotten, buckets emptied
    assert index.expire((T0 + timedelta(hours=26)).timestamp()) == 2
    assert len(index) == 0 and index.buckets == {}
    late = sign("a4", BODY, T0 + timedelta(hours=26))
    assert index.assign(late).story_id == "a4"


def test_ingested_at_reads_the_fetch_stamp_of_a_sort_key():
    published = datetime(2020, 1, 1, tzinfo=UTC)
    key = dedup.sort_key(published, T0, "x")
    assert ingested_at(key) == T0.timestamp()
    assert ingested_at(dedup.sort_key(published, None, "x")) == published.timestamp()
