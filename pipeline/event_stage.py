"""The events branch both modes share: an article row → its event rows (Arabic filter, extraction,
lake partition) paired with the article's published_at, ready for event clustering.

Pure per-article logic plus one small composite (ArticleEvents) used by the batch and the stream
pipelines alike; no matching (pipeline.event_clusters), no lake I/O, no extraction rules here.
"""

from __future__ import annotations

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipeline.clean import arabic_share
from pipeline.event_transforms import rows_for_article
from pipeline.events import EVENT_TYPES
from pipeline.lake import partition_date

ARABIC_MIN_SHARE = 0.5  # events are extracted from articles at least half Arabic letters
PARTITION = "_partition"  # the lake partition of an event row (not a schema column)
INGESTED = "_ingested_at"  # its article's fetched_at: the stream's clock (not a schema column)
PRECOMPUTED_KEY = "_event_rows"  # an article row's event rows, when extraction computed them
ARABIC_KEY = "_is_arabic"  # whether the article passed the Arabic filter, computed with them


def is_arabic(article: dict) -> bool:
    return arabic_share(article.get("body")) >= ARABIC_MIN_SHARE


def event_partition(row: dict, article: dict) -> str:
    """`date=` of an event row: its event date, else its article's partition (published_at,
    else fetched_at), as the articles dataset files the article."""
    if row.get("event_date"):
        return row["event_date"].isoformat()
    return partition_date(article.get("published_at"), article["fetched_at"])


def event_rows_for_article(article: dict, arabic: bool | None = None) -> list[dict]:
    """EVENTS_SCHEMA rows (plus PARTITION and INGESTED) of one article row; none unless the
    article is Arabic (`arabic`: is_arabic(article), when the caller already knows it).
    event_cluster_id stays None: clustering fills it."""
    if not (is_arabic(article) if arabic is None else arabic):
        return []
    return [{**row, PARTITION: event_partition(row, article),
             INGESTED: article.get("fetched_at")}
            for row in rows_for_article(article)]


class _ArticleEventsFn(beam.DoFn):
    def __init__(self):
        self.articles = Metrics.counter("events", "articles")
        self.not_arabic = Metrics.counter("events", "articles_not_arabic")
        self.by_type = {t: Metrics.counter("events", f"events_{t}") for t in EVENT_TYPES}

    def process(self, article):
        rows = article.get(PRECOMPUTED_KEY)
        arabic = article.get(ARABIC_KEY)
        if arabic is None:
            arabic = is_arabic(article)
        if not arabic:
            self.not_arabic.inc()
            return
        self.articles.inc()
        published = article.get("published_at")
        for row in event_rows_for_article(article, arabic) if rows is None else rows:
            self.by_type[row["event_type"]].inc()
            yield row, published


class ArticleEvents(beam.PTransform):
    """PCollection of article rows → PCollection of (event row, article published_at), the
    input of ClusterEvents (batch) and StreamClusterEvents (stream)."""

    def expand(self, articles):
        return articles | "ArticleEventRows" >> beam.ParDo(_ArticleEventsFn())
