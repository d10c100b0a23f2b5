"""Sitemaps (sitemaps.org 0.9 with the Google News extension): bytes of a sitemap index or a
urlset, plain or gzip-compressed → Sitemap; fetching one; finding a site's sitemaps.

Parsing is lxml's incremental pull parser fed the body as it is decompressed: no entity
expansion, no DTD (a sitemap with a DOCTYPE is refused), no network, no huge-tree mode, at most
MAX_DECOMPRESSED_BYTES of XML and MAX_URLS entries per sitemap (the protocol's limits). Fetching
goes through http.Fetcher only (SSRF guard, robots.txt, size cap on the compressed body); this
module holds no pipeline logic (which URLs are new, date windows) and extracts no pages.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

from lxml import etree

from connectors.errors import FetchError
from connectors.http import Fetcher

NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
MAX_URLS = 50_000  # entries read from one sitemap (sitemaps.org: "no more than 50,000 URLs")
MAX_DECOMPRESSED_BYTES = 50 * 1024 * 1024  # sitemaps.org: "no larger than 50MB (52,428,800 bytes)"
MAX_CHILD_SITEMAPS = 1000  # sitemaps followed from one configured sitemap or site
_CHUNK = 64 * 1024
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class SitemapEntry:
    """One <url> of a urlset."""

    url: str                      # absolute, resolved against the sitemap URL
    lastmod: datetime | None      # UTC
    published: datetime | None    # news:publication_date, UTC
    title: str | None             # news:title
    language: str | None          # news:language


@dataclass(frozen=True)
class ChildSitemap:
    """One <sitemap> of a sitemap index."""

    url: str
    lastmod: datetime | None


@dataclass(frozen=True)
class Sitemap:
    url: str
    kind: str                                   # "urlset" or "index" ("" when not modified)
    entries: tuple[SitemapEntry, ...]
    children: tuple[ChildSitemap, ...]
    rejects: tuple[tuple[str | None, str, str], ...]  # (url or None, error kind, message)
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


def parse_datetime(value: str | None) -> datetime | None:
    """W3C Datetime (what sitemaps use: 2024-07-24, 2024-07-24T10:00Z, …+03:00) → UTC."""
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        try:
            from dateutil import parser as date_parser

            when = date_parser.isoparse(text)
        except (ValueError, OverflowError):
            return None
    return when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)


def _local(tag) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _namespace(tag) -> str:
    return etree.QName(tag).namespace or "" if isinstance(tag, str) else ""


def _decompressed(content: bytes, url: str):
    """The body's XML in chunks: gunzipped as it goes when it is gzip (whatever the URL or
    the Content-Type say), never more than MAX_DECOMPRESSED_BYTES."""
    if not content.startswith(_GZIP_MAGIC):
        if len(content) > MAX_DECOMPRESSED_BYTES:
            raise FetchError("too_large", f"sitemap larger than {MAX_DECOMPRESSED_BYTES} bytes",
                             url)
        for start in range(0, len(content), _CHUNK):
            yield content[start:start + _CHUNK]
        return
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    total = 0
    data = content
    while True:
        try:
            chunk = inflater.decompress(data, _CHUNK)
        except zlib.error as exc:
            raise FetchError("decompression", f"bad gzip sitemap: {exc}", url) from None
        data = inflater.unconsumed_tail
        total += len(chunk)
        if total > MAX_DECOMPRESSED_BYTES:
            raise FetchError("too_large", "sitemap larger than "
                             f"{MAX_DECOMPRESSED_BYTES} bytes after decompression", url)
        if chunk:
            yield chunk
        if inflater.eof:
            data = inflater.unused_data  # a further gzip member (concatenated files)
            if not data.startswith(_GZIP_MAGIC):
                break
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif not data and not chunk:
            break  # input used up: a truncated file ends here (the XML then breaks off)


class _Enough(Exception):
    """The sitemap holds more entries than are read: stop parsing."""


class _Reader:
    """State of one parse: the root kind, entries and children read, problems met."""

    def __init__(self, url: str, base: str, max_urls: int):
        self.url, self.base, self.max_urls = url, base, max_urls
        self.kind = ""
        self.entries: list[SitemapEntry] = []
        self.children: list[ChildSitemap] = []
        self.rejects: list[tuple[str | None, str, str]] = []
        self.skipped = 0  # entries past max_urls

    def _absolute(self, loc: str | None) -> str | None:
        if not loc or not loc.strip():
            self.rejects.append((None, "no_link", f"entry without <loc> in {self.url}"))
            return None
        absolute = urljoin(self.base, loc.strip()).split("#", 1)[0]
        parts = urlsplit(absolute)
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
            self.rejects.append((absolute, "bad_url", "sitemap <loc> is not an http(s) URL"))
            return None
        return absolute

    def start(self, element) -> None:
        if self.kind:
            return
        name = _local(element.tag)
        if name not in ("urlset", "sitemapindex"):
            raise FetchError("sitemap_parse", f"root element <{name}> is not <urlset> or "
                             "<sitemapindex>", self.url)
        if element.getroottree().docinfo.doctype:
            raise FetchError("sitemap_parse", "a sitemap may not have a DOCTYPE", self.url)
        self.kind = "urlset" if name == "urlset" else "index"

    def end(self, element) -> None:
        name = _local(element.tag)
        if name not in ("url", "sitemap") or element.getparent() is None:
            return
        if element.getparent().getparent() is not None:
            return  # an element named url/sitemap nested deeper (an extension's), not an entry
        if len(self.entries) + len(self.children) >= self.max_urls:
            self.skipped += 1
            raise _Enough
        if name == "url" and self.kind == "urlset":
            self._url(element)
        elif name == "sitemap" and self.kind == "index":
            loc = self._absolute(_child_text(element, "loc"))
            if loc:
                self.children.append(ChildSitemap(loc, parse_datetime(
                    _child_text(element, "lastmod"))))
        # the entry is read: free it and what came before it (memory stays flat)
        element.clear(keep_tail=False)
        parent = element.getparent()
        while element.getprevious() is not None:
            del parent[0]

    def _url(self, element) -> None:
        loc = self._absolute(_child_text(element, "loc"))
        if loc is None:
            return
        published = title = language = None
        for el in element.iter():
            if not isinstance(el.tag, str):
                continue
            name = _local(el.tag)
            in_news = _namespace(el.tag) == NEWS_NS or any(
                _local(a.tag) in ("news", "publication") for a in el.iterancestors()
                if a is not element)
            if not in_news:
                continue
            text = (el.text or "").strip()
            if name == "publication_date":
                published = parse_datetime(text)
            elif name == "title" and text:
                title = text
            elif name == "language" and text:
                language = text.lower()
        self.entries.append(SitemapEntry(loc, parse_datetime(_child_text(element, "lastmod")),
                                         published, title, language))


def _child_text(element, name: str) -> str | None:
    for child in element:
        if isinstance(child.tag, str) and _local(child.tag) == name:
            return child.text
    return None


def parse_sitemap(content: bytes, sitemap_url: str, *, base_url: str | None = None,
                  max_urls: int = MAX_URLS) -> Sitemap:
    """Pure: bytes of a sitemap index or urlset (plain or gzip) → Sitemap.

    Raises FetchError ("sitemap_parse", "too_large", "decompression") when nothing usable can
    be read. A sitemap that breaks off (malformed XML) keeps the entries read before the break
    and carries one "sitemap_parse" reject; one with more than `max_urls` entries keeps the
    first ones and carries one "too_large" reject."""
    if not content or not content.strip():
        raise FetchError("sitemap_parse", "empty sitemap", sitemap_url)
    reader = _Reader(sitemap_url, base_url or sitemap_url, max_urls)
    parser = etree.XMLPullParser(
        events=("start", "end"), resolve_entities=False, no_network=True, load_dtd=False,
        huge_tree=False, remove_comments=True, remove_pis=True,
    )
    broken = None
    try:
        for chunk in _decompressed(content, sitemap_url):
            parser.feed(chunk)
            _drain(parser, reader)
        parser.close()
        _drain(parser, reader)
    except etree.XMLSyntaxError as exc:
        broken = str(exc)
    except _Enough:
        pass
    if not reader.kind:
        raise FetchError("sitemap_parse", f"not a sitemap ({broken or 'no root element'})",
                         sitemap_url)
    rejects = list(reader.rejects)
    if broken is not None:
        rejects.append((sitemap_url, "sitemap_parse",
                        f"malformed sitemap, read up to the error: {broken}"))
    if reader.skipped:
        rejects.append((sitemap_url, "too_large",
                        f"more than {max_urls} entries: the rest are not read"))
    return Sitemap(sitemap_url, reader.kind, tuple(reader.entries), tuple(reader.children),
                   tuple(rejects))


def _drain(parser: etree.XMLPullParser, reader: _Reader) -> None:
    for event, element in parser.read_events():
        if event == "start":
            reader.start(element)
        elif reader.kind:
            reader.end(element)


def read_sitemap(fetcher: Fetcher, url: str, *, etag: str | None = None,
                 last_modified: str | None = None, max_urls: int = MAX_URLS) -> Sitemap:
    """Conditional GET of one sitemap + parse_sitemap. Raises FetchError on failure."""
    result = fetcher.fetch(url, kind="sitemap", etag=etag, last_modified=last_modified)
    if result.not_modified:
        return Sitemap(url, "", (), (), (), result.headers.get("etag") or etag,
                       result.headers.get("last-modified") or last_modified, True)
    parsed = parse_sitemap(result.content, url, base_url=result.final_url, max_urls=max_urls)
    return Sitemap(parsed.url, parsed.kind, parsed.entries, parsed.children, parsed.rejects,
                   result.headers.get("etag"), result.headers.get("last-modified"), False)


def site_sitemaps(fetcher: Fetcher, home_url: str) -> list[str]:
    """A site's sitemaps: the `Sitemap:` lines of its robots.txt, else /sitemap.xml."""
    parts = urlsplit(home_url)
    origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
    listed = list(dict.fromkeys(fetcher.robots_sitemaps(origin)))[:MAX_CHILD_SITEMAPS]
    return listed or [origin + "/sitemap.xml"]
