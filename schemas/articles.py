"""Arrow schema of the `articles/` dataset: one row per fetched article.

Column names are a public contract (tools outside the project read them); change them only
with a SCHEMA_VERSION bump.
"""

import pyarrow as pa

from schemas.version import SCHEMA_VERSION

READ_ALSO_TYPE = pa.list_(pa.struct([("title", pa.string()), ("text", pa.string())]))

ARTICLES_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),  # sha1 of the canonical URL, 16 hex chars
        ("url", pa.string()),  # the URL the feed gave
        ("canonical_url", pa.string()),
        ("feed_url", pa.string()),
        ("source", pa.string()),  # outlet id from the config
        ("source_name", pa.string()),
        ("title", pa.string()),
        ("published_at", pa.timestamp("us", tz="UTC")),
        ("body", pa.string()),  # main text, paragraphs separated by "\n"
        ("origin_source", pa.string()),  # the المصدر value
        ("tags", pa.list_(pa.string())),  # كلمات دلالية
        ("read_also", READ_ALSO_TYPE),  # إقرأ أيضاً
        ("related_titles", pa.list_(pa.string())),  # مقالات مشابهة
        ("authors", pa.list_(pa.string())),
        ("language", pa.string()),
        ("fetched_at", pa.timestamp("us", tz="UTC")),
        ("content_sha256", pa.string()),  # sha256 of the body text as stored
        ("story_id", pa.string()),  # article_id of the story's first article
        ("duplicate_of", pa.string()),  # null for a story's first article
        ("dup_kind", pa.string()),  # null, "exact" or "near"
        ("run_id", pa.string()),
        ("schema_version", pa.int32()),
    ],
    metadata={"akhbar.dataset": "articles", "akhbar.schema_version": str(SCHEMA_VERSION)},
)
