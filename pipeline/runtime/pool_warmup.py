"""Imported once by the extraction pool's fork server: load the whole extraction stack there.

The first page an extraction process handles costs about 0.6 s more than the next ones: lazy
imports inside trafilatura, justext and readability, the MinHash permutations, the event
gazetteer, lexicons and month names. Extracting one embedded sample page here, in the fork
server that every pool process is forked from, pays that once, while the main process is
still building the pipeline, instead of once per process when every core is busy.
Nothing here is required: if the sample page is missing or fails, processes warm up lazily.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from pipeline.articles.jobs import extract_job

LOG = logging.getLogger(__name__)
SAMPLE_PAGE = ("sample", "arabkhabar", "news")


def warm_up() -> bool:
    """Extract one sample page with signature and events; returns whether it worked."""
    from configs import CONFIG_DIR
    from pipeline.config import DedupConfig

    try:
        path = min(CONFIG_DIR.joinpath(*SAMPLE_PAGE).glob("*.html"))
        now = datetime.now(timezone.utc)
        page = {"url": f"http://127.0.0.1/{path.name}", "feed_url": "", "source": "",
                "source_name": None, "fetched_at": now, "published": now,
                "content": path.read_bytes(), "content_type": "text/html; charset=utf-8"}
        tag, _ = extract_job(page, "warm-up", DedupConfig(), events=True, pack=True)
        return tag == "articles"
    except Exception as exc:  # a warm-up is an optimisation, never a failure
        LOG.debug("extraction warm-up skipped: %s", exc)
        return False


warm_up()
