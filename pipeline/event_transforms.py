"""Beam composite ExtractEvents: article rows in, EVENTS_SCHEMA rows out.

Only wires pure functions (pipeline.event_rows.rows_for_article); no extraction logic here.
"""

from __future__ import annotations

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipeline.event_rows import rows_for_article  # noqa: F401  (re-exported)
from pipeline.events import EVENT_TYPES


class _ExtractFn(beam.DoFn):
    def __init__(self):
        self.articles = Metrics.counter("events", "articles")
        self.by_type = {t: Metrics.counter("events", f"events_{t}") for t in EVENT_TYPES}

    def process(self, article):
        self.articles.inc()
        for row in rows_for_article(article):
            self.by_type[row["event_type"]].inc()
            yield row


class ExtractEvents(beam.PTransform):
    """PCollection of article row dicts -> PCollection of event row dicts (EVENTS_SCHEMA)."""

    def expand(self, articles):
        return articles | "ExtractEventRows" >> beam.ParDo(_ExtractFn())
