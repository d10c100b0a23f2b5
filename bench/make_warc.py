"""Build a WARC file of HTML pages with warcio, shaped like Common Crawl's CC-NEWS: a `request`
and a `response` record per page, WARC-Dates spread over a month, a few non-HTML and non-200
responses among them.

    python bench/make_warc.py OUT.warc.gz [--pages N]   # the shared corpora's pages

Used by bench/backfill.py and bench/memory.py (write_warc, corpus_warc).
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import corpus_pages  # noqa: E402

START = datetime(2024, 3, 1, tzinfo=timezone.utc)


def write_warc(path: Path, pages: Iterable[tuple[str, bytes]], *, days: int = 30,
               noise_every: int = 50) -> int:
    """Write (url, html) pages as a WARC (gzip per record when the name ends in .gz); every
    `noise_every`-th page also gets an image and a 404 response. Returns the pages written."""
    count = 0
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=str(path).endswith(".gz"))
        for i, (url, html) in enumerate(pages):
            when = (START + timedelta(days=i % days, seconds=i)).strftime("%Y-%m-%dT%H:%M:%SZ")
            _record(writer, url, "request", when)
            _record(writer, url, "response", when, html, "200 OK", "text/html")
            if noise_every and i % noise_every == 0:
                _record(writer, url + ".png", "response", when, b"\x89PNG...", "200 OK",
                        "image/png")
                _record(writer, url + "/gone", "response", when, b"<html>gone</html>",
                        "404 Not Found", "text/html")
            count += 1
    return count


def _record(writer: WARCWriter, url: str, kind: str, when: str, body: bytes = b"",
            status: str = "200 OK", ctype: str = "text/html") -> None:
    headers = {"WARC-Date": when}
    if kind == "request":
        http = StatusAndHeaders(f"GET {url} HTTP/1.1", [("User-Agent", "bench")],
                                is_http_request=True)
        record = writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                           http_headers=http, warc_headers_dict=headers)
    else:
        http = StatusAndHeaders(status, [("Content-Type", ctype),
                                         ("Content-Length", str(len(body)))],
                                protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                           http_headers=http, warc_headers_dict=headers)
    writer.write_record(record)


def corpus_urls(base: str = "http://127.0.0.1") -> list[tuple[str, bytes]]:
    """The shared corpora's pages under the URLs bench/throughput.py serves them at."""
    return [(f"{base}/p/{i}.html", html) for i, (_, html) in enumerate(corpus_pages())]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--pages", type=int, default=0, help="first N pages only (0: all)")
    args = parser.parse_args()
    pages = corpus_urls()
    if args.pages:
        pages = pages[:args.pages]
    n = write_warc(Path(args.out), pages)
    print(f"{n} pages → {args.out} ({Path(args.out).stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
