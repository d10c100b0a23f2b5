"""Unbounded Beam source of the stream: a splittable DoFn that emits the feeds due in each round.

It sleeps (in short naps, so a stop request is seen quickly) until the next round is due instead
of busy-polling, and ends its restriction after `max_polls` rounds or when the stop file exists.
It does no HTTP: polling the feeds is pipeline.ingest.poll's job.
"""

from __future__ import annotations

import os
import time

import apache_beam as beam
from apache_beam.io.restriction_trackers import OffsetRange, OffsetRestrictionTracker
from apache_beam.io.watermark_estimators import ManualWatermarkEstimator
from apache_beam.transforms.window import TimestampedValue
from apache_beam.utils.timestamp import Timestamp

from pipeline.ingest.schedule import due_feeds

UNLIMITED = 2**62
NAP_S = 0.25  # longest sleep between two looks at the stop file


def schedule(feeds: list[dict], tick_s: float, default_interval_s: float,
             max_polls: int | None, stop_file: str | None, start: float | None = None) -> dict:
    """The source's one input element: what to poll, how often, until when."""
    return {"feeds": feeds, "tick": tick_s, "default_interval": default_interval_s,
            "max_polls": max_polls, "stop_file": stop_file,
            "start": time.time() if start is None else start}


class _RoundsProvider(beam.transforms.core.RestrictionProvider):
    def initial_restriction(self, element):
        return OffsetRange(0, element["max_polls"] or UNLIMITED)

    def create_tracker(self, restriction):
        return OffsetRestrictionTracker(restriction)

    def restriction_size(self, element, restriction):
        return 0 if element["max_polls"] is None else restriction.size()

    def truncate(self, element, restriction):
        return None  # on drain: poll no more


def stop_requested(stop_file: str | None) -> bool:
    return bool(stop_file) and os.path.exists(stop_file)


class PollRoundsFn(beam.DoFn):
    """schedule dict → (round, feed dict) for each feed due in each round, at the round's time."""

    @beam.DoFn.unbounded_per_element()
    def process(self, element,
                tracker=beam.DoFn.RestrictionParam(_RoundsProvider()),
                watermark=beam.DoFn.WatermarkEstimatorParam(
                    ManualWatermarkEstimator.default_provider())):
        restriction = tracker.current_restriction()
        round_no = restriction.start
        if round_no >= restriction.stop:
            return
        due = element["start"] + element["tick"] * round_no
        stop_file = element["stop_file"]
        while time.time() < due and not stop_requested(stop_file):
            time.sleep(min(NAP_S, due - time.time()))
        if stop_requested(stop_file):
            # Claim the last position: the restriction is done, nothing more is polled.
            tracker.try_claim(restriction.stop - 1)
            return
        if not tracker.try_claim(round_no):
            return
        now = Timestamp.of(max(due, time.time()))
        watermark.set_watermark(now)
        for feed in due_feeds(element["feeds"], round_no, element["tick"],
                              element["default_interval"]):
            yield TimestampedValue((round_no, feed), now)
        if round_no + 1 < restriction.stop:
            # One bundle per round: what this round found is written when the bundle ends.
            tracker.defer_remainder()
