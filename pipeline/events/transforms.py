"""The events branch both modes share: an article row → its event rows (Arabic filter, extraction,
lake partition) paired with the article's published_at, ready for event clustering.

Pure per-article logic plus one small composite (ArticleEvents) used by the batch and the stream
pipelines alike; no matching (pipeline.events.clusters), no lake I/O, no extraction rules here.
"""

from __future__ import annotations

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipeline.events.rows import article_event_pairs
from pipeline.events.types import EVENT_TYPES


class _ArticleEventsFn(beam.DoFn):
    def __init__(self):
        self.articles = Metrics.counter("events", "articles")
        self.not_arabic = Metrics.counter("events", "articles_not_arabic")
        self.by_type = {t: Metrics.counter("events", f"events_{t}") for t in EVENT_TYPES}

    def process(self, article):
        pairs = article_event_pairs(article)
        if pairs is None:
            self.not_arabic.inc()
            return
        self.articles.inc()
        for pair in pairs:
            self.by_type[pair[0]["event_type"]].inc()
            yield pair


class ArticleEvents(beam.PTransform):
    """PCollection of article rows → PCollection of (event row, article published_at), the
    input of ClusterEvents (batch) and StreamClusterEvents (stream)."""

    def expand(self, articles):
        return articles | "ArticleEventRows" >> beam.ParDo(_ArticleEventsFn())
