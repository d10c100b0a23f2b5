"""Per-page extraction jobs: a fetched page → an article row (or a reject row), and the
compressed body that rows carry between stages. Pure functions without Beam, run inline or in
the extraction pool's processes (pipeline.runtime.pool), which import only this side.

The extraction stack (pipeline.text.extract: trafilatura, lxml, htmldate, justext, about 0.15 s
to import) is imported by the first page extracted: the pool's fork server loads it with its
warm-up, and the main process, which only hands pages to the pool, never needs it.
"""

from __future__ import annotations

import hashlib
import zlib

from connectors.charset import decode_html
from pipeline.config import DedupConfig
from pipeline.dedup.stories import PRECOMPUTED_KEY, text_signature
from pipeline.events.rows import ARABIC_KEY, HOME_KEY, event_rows_for_article, is_event_source
from pipeline.events.rows import PRECOMPUTED_KEY as EVENTS_KEY
from pipeline.lake.rejects import make_reject
from pipeline.text.urls import article_id, canonicalize_url
from schemas.version import SCHEMA_VERSION

ARTICLES, REJECTS = "articles", "rejects"
PACKED_BODY_KEY = "_body_zlib"  # the body, compressed, while the row travels between stages


def pack_body(row: dict) -> dict:
    """Carry the body compressed (Arabic text shrinks about 3x): every stage between extraction
    and the articles writer encodes, buffers and decodes the row, and the body is most of it.
    Only for rows whose body-derived values (dedup signature, event rows) are computed."""
    body = row.get("body")
    if body is not None:
        row[PACKED_BODY_KEY] = zlib.compress(body.encode("utf-8"), 1)
        row["body"] = None
    return row


def unpack_body(row: dict) -> dict:
    """The row with its body back (rows that were never packed pass unchanged)."""
    packed = row.get(PACKED_BODY_KEY)
    if packed is None:
        return row
    row = dict(row)
    row["body"] = zlib.decompress(row.pop(PACKED_BODY_KEY)).decode("utf-8")
    return row


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
        HOME_KEY: page.get("country"),  # not a column: the events stage reads it
    }


def extract_job(page: dict, run_id: str, dedup: DedupConfig | None = None,
                events: bool = False, pack: bool = False) -> tuple[str, dict]:
    """Extract one fetched page: ("article", row) or ("reject", row). Pure and picklable, so
    it runs inline or in a worker process of the extraction pool. With `dedup` and `events`,
    the text's dedup signature and event rows are computed here too, where the text is; with
    `pack` as well, the body then travels compressed (see pack_body)."""
    from pipeline.text.extract import ExtractError, extract_page  # loaded once (see above)

    html = page.get("html")
    if html is None:  # raw bytes from the fetcher: decode here, off the fetching process
        html = decode_html(page.get("content") or b"", page.get("content_type"))[0]
    try:
        fields = extract_page(
            html, page.get("final_url") or page["url"],
            site_name=page.get("source_name"), feed_published=page.get("published"),
        )
    except ExtractError as err:
        return REJECTS, extract_reject(page, err.kind, str(err), run_id)
    row = article_row(page, fields, run_id)
    if dedup is not None:
        row[PRECOMPUTED_KEY] = text_signature(row["body"], dedup.num_perm, dedup.shingle_size)
    if events:
        row[ARABIC_KEY] = is_event_source(row)
        row[EVENTS_KEY] = event_rows_for_article(row, row[ARABIC_KEY])
    if pack and dedup is not None and events:
        pack_body(row)
    return ARTICLES, row


def extract_jobs(pages: list[dict], run_id: str, dedup: DedupConfig | None = None,
                 events: bool = False, pack: bool = False) -> list[tuple[str, dict]]:
    """`extract_job` over a chunk of pages (one hand-off to a pool process per chunk)."""
    return [extract_job(page, run_id, dedup, events, pack) for page in pages]


def extract_reject(page: dict, kind: str, message: str, run_id: str) -> dict:
    """The reject row of a page that did not extract."""
    return make_reject(
        url=page["url"], feed_url=page["feed_url"], source=page["source"], stage="extract",
        error=kind, message=message, at=page["fetched_at"], run_id=run_id,
    )
