"""Arrow schema of the `events/` dataset: one row per extracted diplomatic event.

Column names are a public contract; change them only with a SCHEMA_VERSION bump.
"""

import pyarrow as pa

from schemas.version import SCHEMA_VERSION

ACTOR_FIELDS = ("name", "country", "org", "role", "text")

EVENTS_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),  # sha1(article_id, part, sentence, type, actors)[:16]
        ("article_id", pa.string()),
        ("source", pa.string()),
        ("event_type", pa.string()),  # MEET CALL VISIT NEGOTIATE MEDIATE PRESS_CONFERENCE
        ("status", pa.string()),  # reported planned cancelled
        ("event_date", pa.date32()),
        ("date_precision", pa.string()),  # day, month or null
        *[(f"actor1_{f}", pa.string()) for f in ACTOR_FIELDS],
        *[(f"actor2_{f}", pa.string()) for f in ACTOR_FIELDS],
        ("location_name", pa.string()),  # English name from the gazetteer
        ("location_country", pa.string()),  # ISO 3166 alpha-3
        ("trigger", pa.string()),
        ("evidence", pa.string()),  # the sentence, as published
        ("part", pa.string()),  # body or read_also
        ("confidence", pa.float32()),
        ("extractor_version", pa.string()),
        # The real-world event this row reports: the event_id of the first report akhbar
        # ingested (pipeline/events/clusters.py, issue #9). Every report keeps its own row, so
        # COUNT(DISTINCT event_cluster_id) counts events and GROUP BY it lists the outlets.
        # Set on every row since schema version 2 (null only in rows written before).
        ("event_cluster_id", pa.string()),
        ("run_id", pa.string()),
        ("schema_version", pa.int32()),
    ],
    metadata={"akhbar.dataset": "events", "akhbar.schema_version": str(SCHEMA_VERSION)},
)
