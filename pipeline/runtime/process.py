"""What the `akhbar` command does to its own process: quiet logs, and a quick exit.

Each is a workaround for a library's behaviour, applied by the command only (importing akhbar
changes nothing in the importing program):
- `quiet`: Beam, trafilatura and friends log and warn about things a user cannot act on
  (Beam's import logs "apitools not found" on the root logger in every process that imports
  it; trafilatura warns per odd page). Without -v only errors are shown, and Python warnings
  are silenced for the command's process, so the run's summary is what the user sees.
- `skip_beam_mongodb`: importing Beam loads the MongoDB client library (pymongo, and through
  its OCSP support much of `cryptography`) for Beam's MongoDB connector, which akhbar never
  uses: 0.15–0.3 s of CPU in every command. The command tells Python that pymongo is absent
  before Beam is imported; Beam then leaves that one connector out (a case it handles).
- `skip_beam_cloud_io`: importing Beam also loads, where their client libraries are installed,
  its S3 and Azure file systems (boto3: about 0.2 s of CPU) and its BigQuery, Pub/Sub and GCS
  connectors. `akhbar run` and `akhbar stream` on the in-process runner use none of them: the
  lake is read and written through pyarrow.fs (local, s3://, gs://), and only `akhbar
  backfill` opens files through Beam's FileSystems (WARC archives on s3:// or gs://). For
  those two commands on that runner Beam's modules are marked absent before Beam is imported;
  Beam's own imports of them are guarded and leave them out. Other runners may stage files or
  read options through them, so nothing is skipped there.
- `freeze_imported`: Python's cyclic garbage collector walks every tracked object at each
  full collection, and after the imports most of them are the libraries' own (Beam, pyarrow,
  the extraction stack): a run's main process spent about 0.3 s of CPU in collections, the
  extraction processes about 0.2 ms a page. Once the command's modules are loaded they are
  moved out of the collector's sight (`gc.freeze`): they live as long as the process anyway.
  Objects made later (each pass's graph, rows) are collected as before. In the extraction
  pool's fork server this also spares the pool processes copying the pages the collector
  would touch.
- `exit_without_teardown`: once every file is written and closed, unloading Beam, pyarrow and
  the extraction stack took about 0.2 s of every run for nothing (measured with
  bench/startup.py); exit handlers (logging, multiprocessing's temporary files) still run.
"""

from __future__ import annotations

import atexit
import gc
import logging
import os
import sys
import warnings

NOISY_LOGGERS = ("apache_beam", "trafilatura", "htmldate", "urllib3", "charset_normalizer")


class _DropBeamImportNoise(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("apitools not found")


def quiet(verbose: bool) -> None:
    """Logging for the command: INFO with `verbose`, else errors of the noisy libraries only."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger().addFilter(_DropBeamImportNoise())
    if not verbose:
        for name in NOISY_LOGGERS:
            logging.getLogger(name).setLevel(logging.ERROR)
        # Beam logs a failed step's traceback at ERROR; the command reports it in one line
        logging.getLogger("apache_beam").setLevel(logging.CRITICAL)
        warnings.filterwarnings("ignore")


def skip_beam_mongodb() -> None:
    """Have Beam's import skip its MongoDB connector (see the module docstring). Only before
    Beam is imported, and only when nothing loaded pymongo already."""
    if "apache_beam" in sys.modules or "pymongo" in sys.modules:
        return
    sys.modules["pymongo"] = None  # `import pymongo` raises ImportError from now on
    # Beam warns that it found no usable bson package when its connector is left out
    logging.getLogger("apache_beam.io.mongodbio").setLevel(logging.ERROR)


# Beam's optional cloud I/O modules `skip_beam_cloud_io` leaves out (its `apache_beam.io` and
# `apache_beam.io.filesystems` import each inside try/except ImportError)
BEAM_CLOUD_IO = (
    "apache_beam.io.aws.s3filesystem",
    "apache_beam.io.azure.blobstoragefilesystem",
    "apache_beam.io.gcp.bigquery",
)


def skip_beam_cloud_io(command: str | None, runner: str | None) -> bool:
    """Have Beam's import leave out its cloud I/O modules (see the module docstring) for `akhbar
    run` and `akhbar stream` on the in-process runner; only before Beam is imported. Returns
    whether they were left out."""
    from pipeline.runtime.runners import runs_in_process

    if command not in ("run", "stream") or not runs_in_process(runner):
        return False
    if "apache_beam" in sys.modules:
        return False
    for name in BEAM_CLOUD_IO:
        sys.modules.setdefault(name, None)  # `import name` raises ImportError from now on
    return True


_FROZEN: list[bool] = []


def freeze_imported() -> None:
    """Exclude every object that exists now (the loaded modules) from later garbage
    collections (see the module docstring). Once per process: a program that runs several
    commands in one process freezes only what its first one found."""
    if not _FROZEN:
        _FROZEN.append(True)
        gc.freeze()


def exit_without_teardown(code: int) -> None:
    """Run the exit handlers, flush, and end the process without unloading its modules. When a
    lake lock probe is stuck on an object store, the exit handlers (pyarrow's S3 finaliser)
    would wait for it, so they are skipped (pipeline.lake.lock, looked up, never imported)."""
    sys.stdout.flush()
    sys.stderr.flush()
    lock = sys.modules.get("pipeline.lake.lock")
    if lock is not None and lock.probes_stuck():
        os._exit(code)
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
