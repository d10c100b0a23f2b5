"""akhbar's pipeline: Beam transforms over pure functions, the runnable pipelines and the CLI."""

import logging


class _DropBeamImportNoise(logging.Filter):
    """Importing Beam logs a harmless warning about optional GCP clients (apitools) on the root
    logger, in every process that imports it (the CLI and its extraction workers)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("apitools not found")


logging.getLogger().addFilter(_DropBeamImportNoise())
