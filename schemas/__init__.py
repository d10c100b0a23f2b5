"""Arrow schemas and record types of the akhbar lake (one place for column names)."""

from schemas.articles import ARTICLES_SCHEMA
from schemas.events import EVENTS_SCHEMA
from schemas.rejects import REJECTS_SCHEMA
from schemas.version import SCHEMA_VERSION

__all__ = ["ARTICLES_SCHEMA", "EVENTS_SCHEMA", "REJECTS_SCHEMA", "SCHEMA_VERSION"]
