"""Beam transform: fetched pages → article rows of schemas/articles.py (or reject rows).

Calls pipeline.extract for the page and pipeline.urls for identity; adds provenance columns.
Dedup columns stay empty here (pipeline.dedup_transforms fills them).
"""

from __future__ import annotations

import hashlib

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipeline.context import RunContext
from pipeline.extract import ExtractError, extract_page
from pipeline.rejects import make_reject
from pipeline.urls import article_id, canonicalize_url
from schemas.version import SCHEMA_VERSION

ARTICLES, REJECTS = "articles", "rejects"


def article_row(page: dict, fields: dict, run_id: str) -> dict:
    """Combine a page record and its extracted fields into one articles row."""
    canonical = canonicalize_url(page.get("final_url") or page["url"], fields["page_canonical"])
    body = fields["body"]
    return {
        "article_id": article_id(canonical),
        "url": page["url"],
        "canonical_url": canonical,
        "feed_url": page["feed_url"],
        "source": page["source"],
        "source_name": page["source_name"],
        "title": fields["title"],
        "published_at": fields["published_at"],
        "body": body,
        "origin_source": fields["origin_source"],
        "tags": fields["tags"],
        "read_also": fields["read_also"],
        "related_titles": fields["related_titles"],
        "authors": fields["authors"],
        "language": fields["language"] or page.get("language"),
        "fetched_at": page["fetched_at"],
        "content_sha256": hashlib.sha256(body.encode("utf-8")).hexdigest(),
        "story_id": None,
        "duplicate_of": None,
        "dup_kind": None,
        "run_id": run_id,
        "schema_version": SCHEMA_VERSION,
    }


class ExtractArticleFn(beam.DoFn):
    def __init__(self, ctx: RunContext):
        self._ctx = ctx
        self.extracted = Metrics.counter("akhbar", "articles_extracted")
        self.failed = Metrics.counter("akhbar", "extract_failed")

    def process(self, page: dict):
        try:
            fields = extract_page(
                page["html"], page.get("final_url") or page["url"],
                site_name=page.get("source_name"), feed_published=page.get("published"),
            )
        except ExtractError as err:
            self.failed.inc()
            yield beam.pvalue.TaggedOutput(REJECTS, make_reject(
                url=page["url"], feed_url=page["feed_url"], source=page["source"],
                stage="extract", error=err.kind, message=str(err), at=page["fetched_at"],
                run_id=self._ctx.run_id,
            ))
            return
        self.extracted.inc()
        yield article_row(page, fields, self._ctx.run_id)


class ExtractArticles(beam.PTransform):
    """Page records → tagged outputs articles, rejects."""

    def __init__(self, ctx: RunContext):
        super().__init__()
        self._ctx = ctx

    def expand(self, pages):
        return pages | "Extract" >> beam.ParDo(ExtractArticleFn(self._ctx)).with_outputs(
            REJECTS, main=ARTICLES
        )
