"""Arrow schema of the `signatures/` dataset: one row per article's dedup signature.

Written under signatures/date=YYYY-MM-DD/, the UTC day the article was fetched (see
pipeline/lake/partitions.py), and read back by later runs for look-back matching; column names
are a contract like articles'.
"""

import pyarrow as pa

from schemas.version import SCHEMA_VERSION

SIGNATURE_PARTITION_KEY = "date"  # the partition folder key: UTC day of fetched_at

SIGNATURES_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("source", pa.string()),
        ("published_at", pa.timestamp("us", tz="UTC")),
        ("fetched_at", pa.timestamp("us", tz="UTC")),
        ("sort_key", pa.string()),  # story order: published|fetched|article_id
        ("exact_key", pa.string()),  # sha1 of the normalised body, 16 hex chars
        ("minhash", pa.binary()),  # num_perm little-endian uint32, null for short bodies
        ("signature_version", pa.string()),  # how minhash was made; others are not compared
        ("story_id", pa.string()),
        ("duplicate_of", pa.string()),
        ("dup_kind", pa.string()),
        ("story_head_key", pa.string()),  # sort_key of the story's head, to pick between stories
        ("run_id", pa.string()),
        ("schema_version", pa.int32()),
    ],
    metadata={"akhbar.dataset": "signatures", "akhbar.schema_version": str(SCHEMA_VERSION)},
)
