"""The lake's schema version, shared by every dataset.

Bump it whenever a column is added, removed or changes meaning; readers check it.
"""

SCHEMA_VERSION = 1
