"""Streaming logic with TestStream on BundleBasedDirectRunner --streaming (item state and its
expiry, story dedup state and its expiry, per-bundle lake writes) and the poll-round source on
FnApiRunner (the runner that runs splittable DoFns)."""

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import apache_beam as beam
import pyarrow as pa
import pytest
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.runners.portability.fn_api_runner import fn_runner
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.test_stream import TestStream
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms.window import TimestampedValue

from pipeline.config import DedupConfig
from pipeline.ingest.stream_source import PollRoundsFn, schedule
from pipeline.lake.sinks import WriteDatasetPerBundle
from pipeline.lake.store import open_dataset
from pipeline.stream import KeepNewItemsFn, StreamDedupFn
from tests.support.rows import BODY, OTHER

T0 = datetime(2025, 6, 1, 12, tzinfo=UTC)
DAY = 86400


def streaming_pipeline():
    options = PipelineOptions(["--runner=BundleBasedDirectRunner"])
    options.view_as(StandardOptions).streaming = True
    return TestPipeline(options=options)


def test_item_state_drops_repeats_and_forgets_after_the_ttl():
    def item(url, at):
        return TimestampedValue(("all", {"url_key": url}), at)

    events = (
        TestStream()
        .add_elements([item("a", 1000), item("b", 1000), item("a", 1000)])
        .advance_watermark_to(1500)
        .add_elements([item("a", 1500), item("c", 1500)])
        .advance_watermark_to(1650)
        # b last seen at 1000: 650 s > ttl 600 → new again; a refreshed at 1500 → still known
        .add_elements([item("a", 1650), item("b", 1650)])
        .advance_watermark_to_infinity()
    )
    with streaming_pipeline() as p:
        out = (p | events | beam.ParDo(KeepNewItemsFn(None, ttl_s=600))
               | beam.Map(lambda i: i["url_key"]))
        assert_that(out, equal_to(["a", "b", "c", "b"]))


def article(aid, body, fetched):
    return {"article_id": aid, "body": body, "published_at": None, "fetched_at": fetched,
            "source": "s", "run_id": "r"}


def test_story_state_matches_across_bundles_and_expires_after_the_lookback():
    def at(aid, body, fetched):
        return TimestampedValue(("all", article(aid, body, fetched)), fetched.timestamp())

    events = (
        TestStream()
        .add_elements([at("a1", BODY, T0), at("b1", OTHER, T0)])
        .advance_watermark_to(T0.timestamp() + 3600)
        .add_elements([at("a2", BODY, T0 + timedelta(hours=1)),
                       at("a1", BODY, T0 + timedelta(hours=1))])  # same article again: dropped
        .advance_watermark_to(T0.timestamp() + 2 * DAY)
        # two days later, a one-day look-back has forgotten a1/a2: a new story
        .add_elements([at("a3", BODY, T0 + timedelta(days=2))])
        .advance_watermark_to_infinity()
    )
    config = DedupConfig(lookback_days=1)
    with streaming_pipeline() as p:
        out = p | events | beam.ParDo(StreamDedupFn(config, None, "run")).with_outputs(
            StreamDedupFn.SIGNATURES, main="articles")
        stories = out.articles | beam.Map(
            lambda r: (r["article_id"], r["story_id"], r["duplicate_of"], r["dup_kind"]))
        assert_that(stories, equal_to([
            ("a1", "a1", None, None), ("b1", "b1", None, None),
            ("a2", "a1", "a1", "exact"), ("a3", "a3", None, None),
        ]), label="stories")
        sigs = out[StreamDedupFn.SIGNATURES] | beam.Map(lambda r: (r["article_id"],
                                                                   r["story_id"]))
        assert_that(sigs, equal_to([("a1", "a1"), ("b1", "b1"), ("a2", "a1"), ("a3", "a3")]),
                    label="signatures")


SCHEMA = pa.schema([("id", pa.string()), ("n", pa.int64())])


def test_per_bundle_writer_publishes_each_bundle_whole(tmp_path):
    lake = str(tmp_path / "lake")

    def row(i, day):
        return TimestampedValue({"id": f"r{i}", "n": i, "day": day}, 1000 + i)

    events = (
        TestStream()
        .add_elements([row(0, "2025-06-01"), row(1, "2025-06-02")])
        .advance_watermark_to(2000)
        .add_elements([row(2, "2025-06-01"), row(3, "2025-06-01"), row(4, "2025-06-01")])
        .advance_watermark_to_infinity()
    )
    with streaming_pipeline() as p:
        _ = p | events | WriteDatasetPerBundle(lake, "things", SCHEMA, lambda r: r["day"],
                                               lambda r: r["id"], "run", batch_size=2)
    table = open_dataset(lake, "things").to_table()
    rows = table.select(["id", "date"]).to_pylist()
    assert sorted((r["id"], r["date"]) for r in rows) == [
        ("r0", "2025-06-01"), ("r1", "2025-06-02"), ("r2", "2025-06-01"),
        ("r3", "2025-06-01"), ("r4", "2025-06-01")]
    files = sorted(p.name for p in Path(lake).rglob("*") if p.is_file())
    assert not [f for f in files if f.startswith(".")]
    # bundle 1: one file per partition; bundle 2: three rows cut into files of at most 2
    assert len(files) == 4


def run_rounds(element):
    with beam.Pipeline(runner=fn_runner.FnApiRunner()) as p:
        out = (p | beam.Create([element]) | beam.ParDo(PollRoundsFn())
               | beam.Map(lambda rf: (rf[0], rf[1]["id"])))
        assert_that(out, equal_to(element["expected"]))


def test_poll_rounds_follow_each_feeds_interval_then_end():
    feeds = [{"id": "fast", "poll_interval_s": 0.2}, {"id": "slow", "poll_interval_s": 0.4}]
    element = schedule(feeds, 0.2, 1.0, max_polls=4, stop_file=None)
    element["expected"] = [(0, "fast"), (0, "slow"), (1, "fast"), (2, "fast"), (2, "slow"),
                           (3, "fast")]
    start = time.monotonic()
    run_rounds(element)
    assert time.monotonic() - start >= 0.6  # round 3 is not due before 0.6 s


def _stop_after_round(round_feed, round_no, stop_file):
    if round_feed[0] == round_no:  # as a SIGTERM handler would, once this round is out
        Path(stop_file).touch()
    return round_feed


def test_poll_rounds_stop_when_the_stop_file_appears(tmp_path):
    stop = tmp_path / "stop"
    feeds = [{"id": "f", "poll_interval_s": 0.3}]
    element = schedule(feeds, 0.3, 1.0, max_polls=None, stop_file=str(stop))
    with beam.Pipeline(runner=fn_runner.FnApiRunner()) as p:
        out = (p | beam.Create([element]) | beam.ParDo(PollRoundsFn())
               | beam.Map(_stop_after_round, 2, str(stop))  # fused: runs as rounds come out
               | beam.Map(lambda rf: (rf[0], rf[1]["id"])))
        # the round in flight ends; no round starts after the stop file (without it: never)
        assert_that(out, equal_to([(0, "f"), (1, "f"), (2, "f")]))


@pytest.mark.parametrize("max_polls", [1])
def test_poll_rounds_single_round(max_polls):
    element = schedule([{"id": "f", "poll_interval_s": None}], 120.0, 120.0, max_polls, None)
    element["expected"] = [(0, "f")]
    start = time.monotonic()
    run_rounds(element)
    assert time.monotonic() - start < 60  # one round: no wait for a second one (120 s)
