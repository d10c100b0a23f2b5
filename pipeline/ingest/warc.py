"""Beam transforms of `akhbar backfill`: WARC files → the HTML pages they hold (as item records
that say where each page sits) → page records, the same ones FetchPages gives.

Files are opened through Beam's FileSystems (local paths, s3://, gs://), one file per worker,
and read front to back by connectors.warc; pages are read back one record at a time, so no
file is ever held in memory. With configured outlets only their pages are kept (on the host
of the outlet's URL, or under its `page_urls`, www./m./amp. variants folded); without, every
host is kept and its registered domain is the source. WARC-Date is when the page was fetched.
"""

from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache
from urllib.parse import urlsplit

import apache_beam as beam
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

from connectors.errors import FetchError
from connectors.warc import WarcPage, WarcProblem, read_page, scan_warc
from pipeline.context import RunContext
from pipeline.ingest.fetch import PAGES, REJECTS
from pipeline.ingest.poll import ITEMS
from pipeline.lake.keys import matching_rows
from pipeline.lake.partitions import partition_date
from pipeline.lake.rejects import make_reject
from pipeline.progress import add as add_progress
from pipeline.text.urls import canonicalize_url

WARC_ERROR = "warc_record"


@lru_cache(maxsize=1)
def _suffix_rules():
    """tldextract with the Public Suffix List snapshot it ships: it never fetches the list."""
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None,
                                 include_psl_private_domains=False)


@lru_cache(maxsize=65536)
def registered_domain(host: str) -> str:
    """The registrable domain of a host (youm7.com for www.youm7.com, bbc.co.uk for
    news.bbc.co.uk), the host itself when it has none (an IP address, localhost)."""
    host = (host or "").lower().rstrip(".")
    parts = _suffix_rules()(host)
    if parts.domain and parts.suffix:
        return f"{parts.domain}.{parts.suffix}"
    return host


def warc_files(patterns: list[str]) -> list[str]:
    """The files matching each path or glob (local, s3://, gs://), sorted, each once."""
    paths: set[str] = set()
    for result in FileSystems.match(list(patterns)):
        paths.update(m.path for m in result.metadata_list)
    return sorted(paths)


_VARIANT_HOSTS = ("www.", "m.", "amp.", "mobile.")


def _host_path(url_or_prefix: str) -> tuple[str, str]:
    """(host with www./m./amp. folded, path without a trailing slash) of a URL or of a
    scheme-less prefix such as www.bbc.com/arabic."""
    text = url_or_prefix.strip()
    if "://" not in text:
        text = "//" + text
    parts = urlsplit(text)
    host = (parts.hostname or "").rstrip(".")
    for prefix in _VARIANT_HOSTS:
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix):]
            break
    return host, parts.path.rstrip("/")


class Outlets:
    """Which configured outlet a page URL belongs to: the longest matching (host, path prefix)
    of every outlet's `page_urls`, else the host of its `url`."""

    def __init__(self, feeds: list[dict]):
        self._prefixes: dict[str, list[tuple[str, dict]]] = {}
        for feed in feeds:
            outlet = {"source": feed["id"], "source_name": feed["name"],
                      "language": feed.get("language")}
            for prefix in feed.get("page_urls") or (feed["url"],):
                host, path = _host_path(prefix)
                if not feed.get("page_urls"):
                    path = ""  # the feed's own URL says which host, not which pages
                self._prefixes.setdefault(host, []).append((path, outlet))
        for entries in self._prefixes.values():
            entries.sort(key=lambda e: -len(e[0]))

    def __call__(self, url: str) -> dict | None:
        host, path = _host_path(url)
        for prefix, outlet in self._prefixes.get(host, ()):
            if not prefix or path == prefix or path.startswith(prefix + "/"):
                return outlet
        return None


def page_item(page: WarcPage, path: str, outlet: dict, fallback: datetime) -> dict:
    """A WARC page as an item record (what later passes need to read it back)."""
    return {
        "url": page.url,
        "url_key": canonicalize_url(page.url),
        "feed_url": path,
        "source": outlet["source"],
        "source_name": outlet["source_name"],
        "language": outlet.get("language"),
        "title": None,
        "published": None,
        "fetched_at": page.date or fallback,
        "warc_offset": page.offset,
        "warc_length": page.length,
        "content_type": page.content_type,
    }


def item_day(item: dict) -> str:
    """The spool bucket of a WARC item: the day it was fetched."""
    return partition_date(None, item["fetched_at"])


class ScanWarcFn(beam.DoFn):
    """WARC path → item records of its HTML pages (main) and reject rows (tagged), streaming
    the file once. A damaged stretch is one reject (not written again by a rerun)."""

    def __init__(self, ctx: RunContext, configured: bool):
        self._ctx = ctx
        self._configured = configured
        self.files = Metrics.counter("akhbar", "warc_files_read")
        self.seen = Metrics.counter("akhbar", "entries_seen")
        self.other_hosts = Metrics.counter("akhbar", "warc_pages_other_hosts")
        self.out_of_dates = Metrics.counter("akhbar", "entries_out_of_dates")

    def setup(self):
        from dataclasses import asdict

        self._outlets = Outlets([asdict(f) for f in self._ctx.config.feeds])

    def _outlet(self, url: str) -> dict | None:
        if self._configured:
            return self._outlets(url)
        domain = registered_domain(urlsplit(url).hostname or "")
        return {"source": domain, "source_name": domain, "language": None}

    def _known_problems(self, path: str) -> set[str]:
        return {row["message"] for row in matching_rows(
            self._ctx.lake, "rejects", ["feed_url"], [path], ["error", "message"])
            if row["error"] == WARC_ERROR}

    def process(self, path: str):
        now = datetime.now(timezone.utc)
        known = self._known_problems(path)
        self.files.inc()
        try:
            handle = FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)
        except Exception as exc:  # noqa: BLE001 - a file that cannot be opened is a reject
            yield beam.pvalue.TaggedOutput(REJECTS, self._reject(
                path, None, f"cannot open: {type(exc).__name__}: {exc}", now))
            return
        with handle:
            for found in scan_warc(handle):
                if isinstance(found, WarcProblem):
                    reject = self._reject(path, found.url, found.message, now)
                    if reject["message"] not in known:
                        yield beam.pvalue.TaggedOutput(REJECTS, reject)
                    continue
                self.seen.inc()
                outlet = self._outlet(found.url)
                if outlet is None:
                    self.other_hosts.inc()
                elif not self._ctx.in_dates(found.date):
                    self.out_of_dates.inc()
                else:
                    yield page_item(found, path, outlet, now)

    def _reject(self, path: str, url: str | None, message: str, now: datetime) -> dict:
        source = self._outlet(url)["source"] if url and self._outlet(url) else None
        return make_reject(url=url, feed_url=path, source=source, stage="fetch",
                           error=WARC_ERROR, message=message, at=now, run_id=self._ctx.run_id)


class ScanWarcFiles(beam.PTransform):
    """WARC paths → tagged outputs items, rejects (one file per worker)."""

    def __init__(self, ctx: RunContext, configured: bool):
        super().__init__()
        self._ctx = ctx
        self._configured = configured

    def expand(self, paths):
        return (
            paths
            | "Spread" >> beam.Reshuffle()
            | "Scan" >> beam.ParDo(ScanWarcFn(self._ctx, self._configured)).with_outputs(
                REJECTS, main=ITEMS)
        )


class ReadWarcPagesFn(beam.DoFn):
    """A batch of WARC item records → page records (item + content, final_url) or rejects;
    each file is opened once per batch and read in offset order."""

    def __init__(self, ctx: RunContext):
        self._ctx = ctx
        self.read = Metrics.counter("akhbar", "pages_fetched")
        self.failed = Metrics.counter("akhbar", "pages_failed")

    def process(self, batch: list[dict]):
        max_bytes = self._ctx.config.network.max_bytes
        by_file: dict[str, list[dict]] = {}
        for item in batch:
            by_file.setdefault(item["feed_url"], []).append(item)
        for path in sorted(by_file):
            items = sorted(by_file[path], key=lambda i: i["warc_offset"])
            try:
                handle = FileSystems.open(path,
                                          compression_type=CompressionTypes.UNCOMPRESSED)
            except Exception as exc:  # noqa: BLE001 - gone since the scan: each page a reject
                for item in items:
                    yield self._failed(item, FetchError(WARC_ERROR, f"cannot open: {exc}",
                                                        item["url"]))
                continue
            with handle:
                for item in items:
                    add_progress("pages_done")
                    page = WarcPage(item["warc_offset"], item["warc_length"], item["url"],
                                    item["fetched_at"], item["content_type"])
                    try:
                        content = read_page(handle, page, max_bytes)
                    except FetchError as err:
                        yield self._failed(item, err)
                        continue
                    self.read.inc()
                    yield {**item, "final_url": item["url"], "content": content}

    def _failed(self, item: dict, err: FetchError):
        self.failed.inc()
        return beam.pvalue.TaggedOutput(REJECTS, make_reject(
            url=item["url"], feed_url=item["feed_url"], source=item["source"], stage="fetch",
            error=err.kind, message=str(err), at=datetime.now(timezone.utc),
            run_id=self._ctx.run_id))


class ReadWarcPages(beam.PTransform):
    """WARC item records → tagged outputs pages, rejects (as FetchPages)."""

    def __init__(self, ctx: RunContext, max_batch_size: int = 256):
        super().__init__()
        self._ctx = ctx
        self._max_batch = max_batch_size

    def expand(self, items):
        return (
            items
            | "Batch" >> beam.BatchElements(min_batch_size=self._max_batch,
                                            max_batch_size=self._max_batch)
            | "Read" >> beam.ParDo(ReadWarcPagesFn(self._ctx)).with_outputs(REJECTS, main=PAGES)
        )
