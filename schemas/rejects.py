"""Arrow schema of the `rejects/` dataset: one row per feed or item that failed.

`stage` and `error` are short stable kinds, `message` is for humans.
"""

import pyarrow as pa

from schemas.version import SCHEMA_VERSION

STAGES = ("feed", "fetch", "extract", "parse", "write")

REJECTS_SCHEMA = pa.schema(
    [
        ("url", pa.string()),
        ("feed_url", pa.string()),
        ("source", pa.string()),
        ("stage", pa.string()),
        ("error", pa.string()),
        ("message", pa.string()),
        ("at", pa.timestamp("us", tz="UTC")),
        ("run_id", pa.string()),
        ("schema_version", pa.int32()),
    ],
    metadata={"akhbar.dataset": "rejects", "akhbar.schema_version": str(SCHEMA_VERSION)},
)
