"""The lake's schema version, shared by every dataset.

Bump it whenever a column is added, removed or changes meaning; readers check it.
"""

# 2: events.event_cluster_id is filled on every row (event-level dedup, issue #9).
SCHEMA_VERSION = 2
