"""Tests for the events branch: rows_for_article and the ArticleEvents composite (TestPipeline)."""

from datetime import datetime, timezone

import apache_beam as beam
import pyarrow as pa
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipeline.events.rows import rows_for_article
from pipeline.events.transforms import ArticleEvents
from schemas.events import EVENTS_SCHEMA

ARTICLE = {
    "article_id": "abc123",
    "source": "test",
    "body": "التقى وزير الخارجية الأمريكي أنتوني بلينكن أمس في الدوحة أمير قطر الشيخ تميم بن حمد.",
    "read_also": [{"title": "عنوان", "text": "أجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا "
                   "بالرئيس الإيراني مسعود بزشكيان."}],
    "published_at": datetime(2024, 6, 5, 9, tzinfo=timezone.utc),
    "fetched_at": datetime(2024, 6, 5, 10, tzinfo=timezone.utc),
    "run_id": "run-1",
}


def test_rows_match_schema_and_mark_parts():
    rows = rows_for_article(ARTICLE)
    table = pa.Table.from_pylist(rows, schema=EVENTS_SCHEMA)  # raises on a type mismatch
    assert table.num_rows == 2
    by_part = {r["part"]: r for r in rows}
    assert by_part["body"]["event_type"] == "MEET"
    assert str(by_part["body"]["event_date"]) == "2024-06-04"
    assert by_part["read_also"]["event_type"] == "CALL"
    assert by_part["read_also"]["actor2_country"] == "IRN"
    assert all(r["run_id"] == "run-1" and r["event_cluster_id"] is None for r in rows)


def test_article_events_transform():
    expected = [(r["event_id"], r["event_type"], r["part"], ARTICLE["published_at"])
                for r in rows_for_article(ARTICLE)]
    english = dict(ARTICLE, article_id="en", body="The ministers met in Doha.", read_also=[])
    with TestPipeline() as p:
        out = (p | beam.Create([ARTICLE, dict(ARTICLE, article_id="x", body="", read_also=[]),
                                english])
               | ArticleEvents()
               | beam.Map(lambda rp: (rp[0]["event_id"], rp[0]["event_type"], rp[0]["part"],
                                      rp[1])))
        assert_that(out, equal_to(expected))


def test_outlet_country_names_a_bare_title():
    from pipeline.events.rows import HOME_KEY

    article = dict(ARTICLE, body="استقبل رئيس الجمهورية بقصر قرطاج وزير الخارجية الإيطالي.",
                   read_also=[])
    assert not any(r["actor1_country"] == "TUN" or r["actor2_country"] == "TUN"
                   for r in rows_for_article(article))
    rows = rows_for_article(dict(article, **{HOME_KEY: "TUN"}))
    assert {(r["actor1_country"], r["actor2_country"]) for r in rows} & {("TUN", "ITA"),
                                                                        ("ITA", "TUN")}
