"""Arrow schemas of the lake's bookkeeping under `state/`: feed polls and runs.

`state/feeds` keeps each feed's ETag and Last-Modified for conditional GET; `state/runs` one
row per finished run with its counters. Both live with the lake, so moving it moves the state.
"""

import pyarrow as pa

from schemas.version import SCHEMA_VERSION

FEED_STATE_SCHEMA = pa.schema(
    [
        ("feed_id", pa.string()),
        ("feed_url", pa.string()),
        ("etag", pa.string()),
        ("last_modified", pa.string()),
        ("polled_at", pa.timestamp("us", tz="UTC")),
        ("not_modified", pa.bool_()),
        ("items", pa.int32()),
        ("bozo", pa.bool_()),
        ("bozo_message", pa.string()),
        ("run_id", pa.string()),
    ],
    metadata={"akhbar.dataset": "state/feeds", "akhbar.schema_version": str(SCHEMA_VERSION)},
)

RUNS_SCHEMA = pa.schema(
    [
        ("run_id", pa.string()),
        ("mode", pa.string()),  # batch or stream
        ("started_at", pa.timestamp("us", tz="UTC")),
        ("finished_at", pa.timestamp("us", tz="UTC")),
        ("elapsed_s", pa.float64()),
        ("counters", pa.map_(pa.string(), pa.int64())),
        ("config_path", pa.string()),
        ("schema_version", pa.int32()),
    ],
    metadata={"akhbar.dataset": "state/runs", "akhbar.schema_version": str(SCHEMA_VERSION)},
)
