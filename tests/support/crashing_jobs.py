"""Extraction jobs for tests that kill their worker process on a marked page (a stand-in for
a page that segfaults lxml). Importable by the extraction pool's worker processes."""

import os

from pipeline.articles.jobs import extract_jobs

CRASH_MARKER = "<!-- crash-the-worker -->"


def crashing_jobs(pages, run_id, *options):
    if any(CRASH_MARKER in (p.get("html") or "") for p in pages):
        os._exit(3)  # dies like a segfault would: no exception, no cleanup
    return extract_jobs(pages, run_id, *options)
