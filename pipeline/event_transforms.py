"""Beam composite ExtractEvents: article rows in, EVENTS_SCHEMA rows out.

Only wires pure functions from pipeline.events (rows_for_article); no extraction logic here.
"""

from __future__ import annotations

from datetime import date, datetime

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipeline.events import EVENT_TYPES, event_id, extract_events
from schemas.events import EVENTS_SCHEMA
from schemas.version import SCHEMA_VERSION

COLUMNS = tuple(EVENTS_SCHEMA.names)


def _pub_date(value) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return None


def rows_for_article(article: dict) -> list[dict]:
    """EVENTS_SCHEMA rows for one article row (body, then each read-also text)."""
    published = _pub_date(article.get("published_at"))
    parts = [("body", article.get("body") or "")]
    for item in article.get("read_also") or []:
        text = "\n".join(x for x in ((item or {}).get("title"), (item or {}).get("text")) if x)
        parts.append(("read_also", text))
    rows, seen = [], set()
    for part, text in parts:
        if not text.strip():
            continue
        for ev in extract_events(text, published, part=part):
            row = {c: ev.get(c) for c in COLUMNS}
            row["event_id"] = event_id(article.get("article_id") or "", part, ev)
            if row["event_id"] in seen:
                continue
            seen.add(row["event_id"])
            row["article_id"] = article.get("article_id")
            row["source"] = article.get("source")
            row["event_cluster_id"] = None
            row["run_id"] = article.get("run_id")
            row["schema_version"] = SCHEMA_VERSION
            rows.append(row)
    return rows


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
