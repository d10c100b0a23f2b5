"""An article row → its event rows (EVENTS_SCHEMA, plus the lake partition), without Beam.

Pure per-article logic shared by the Beam step (pipeline.events.transforms) and the
extraction pool's processes, which compute an article's event rows where its text is.
"""

from __future__ import annotations

from pipeline.lake.partitions import partition_date
from pipeline.text.clean import is_arabic
from pipeline.text.dates import as_date
from schemas.events import EVENTS_SCHEMA
from schemas.version import SCHEMA_VERSION

COLUMNS = tuple(EVENTS_SCHEMA.names)


HOME_KEY = "source_country"  # transient key: the feed's configured country, not stored


def rows_for_article(article: dict) -> list[dict]:
    """EVENTS_SCHEMA rows for one article row (body, then each read-also text); the row's
    HOME_KEY, when set, is the outlet's country (a bare title refers to it)."""
    from pipeline.events.extract import event_id, extract_events  # loaded where text is read

    published = as_date(article.get("published_at"))
    parts = [("body", article.get("body") or "")]
    for item in article.get("read_also") or []:
        text = "\n".join(x for x in ((item or {}).get("title"), (item or {}).get("text")) if x)
        parts.append(("read_also", text))
    rows, seen = [], set()
    for part, text in parts:
        if not text.strip():
            continue
        for ev in extract_events(text, published, part=part, home=article.get(HOME_KEY)):
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


ARABIC_MIN_SHARE = 0.5  # events are extracted from articles at least half Arabic letters
PARTITION = "_partition"  # the lake partition of an event row (not a schema column)
INGESTED = "_ingested_at"  # its article's fetched_at: the stream's clock (not a schema column)
PRECOMPUTED_KEY = "_event_rows"  # an article row's event rows, when extraction computed them
ARABIC_KEY = "_is_arabic"  # whether the article passed the Arabic filter, computed with them


def is_event_source(article: dict) -> bool:
    """Whether events are read from this article (its body is Arabic enough)."""
    return is_arabic(article.get("body"), ARABIC_MIN_SHARE)


def event_partition(row: dict, article: dict) -> str:
    """`date=` of an event row: its event date, else its article's partition (published_at,
    else fetched_at), as the articles dataset files the article."""
    if row.get("event_date"):
        return row["event_date"].isoformat()
    return partition_date(article.get("published_at"), article["fetched_at"])


def event_rows_for_article(article: dict, arabic: bool | None = None) -> list[dict]:
    """EVENTS_SCHEMA rows (plus PARTITION and INGESTED) of one article row; none unless the
    article is Arabic (`arabic`: is_event_source(article), when the caller already knows it).
    event_cluster_id stays None: clustering fills it."""
    if not (is_event_source(article) if arabic is None else arabic):
        return []
    return [{**row, PARTITION: event_partition(row, article),
             INGESTED: article.get("fetched_at")}
            for row in rows_for_article(article)]


def article_event_pairs(article: dict) -> list[tuple[dict, object]] | None:
    """(event row, the article's published_at) for each event of an article row, the input of
    event clustering; the rows extraction precomputed when it did; None when the article is
    not an event source (not Arabic enough)."""
    arabic = article.get(ARABIC_KEY)
    if arabic is None:
        arabic = is_event_source(article)
    if not arabic:
        return None
    rows = article.get(PRECOMPUTED_KEY)
    if rows is None:
        rows = event_rows_for_article(article, arabic)
    published = article.get("published_at")
    return [(row, published) for row in rows]
