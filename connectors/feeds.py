"""Feeds: bytes of an RSS/Atom/RDF/JSON feed → FeedPoll of absolute, deduplicated items; polling.

Parsing is feedparser's (bytes only, never a path or URL); entity declarations are stripped first.
It must not fetch anything except through http.Fetcher, nor extract article bodies.
"""

from __future__ import annotations

import codecs
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from connectors.charset import (
    check_arabic_label,
    choose_encoding,
    header_charset,
    repair_mojibake,
)
from connectors.errors import FetchError
from connectors.http import Fetcher

_DOCTYPE_RE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
# Tokens that matter inside a DOCTYPE: quoted strings and comments are skipped whole.
_DTD_TOKEN_RE = re.compile(rb"\"[^\"]*\"|'[^']*'|<!--.*?-->|\[|\]|>", re.DOTALL)
_PROLOGUE_SCAN_BYTES = 1_000_000
_XML_DECL_RE = re.compile(rb"""^(\s*<\?xml[^>]*?\bencoding\s*=\s*)(["'])([A-Za-z0-9._:\-]+)\2""")
# Labels servers send by default whatever the bytes are (text/xml's old ISO-8859-1 default):
# they neither override the XML declaration nor the bytes.
_WEAK_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii",
                          "cp1252", "windows-1252"})
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))


@dataclass(frozen=True)
class FeedItem:
    url: str                         # absolute link, resolved against the feed URL
    guid: str | None
    title: str | None
    published: datetime | None       # UTC-aware; None when absent or unparseable
    summary: str | None
    published_raw: str | None = None  # the feed's own date string (e.g. an Arabic pubDate)


@dataclass(frozen=True)
class FeedPoll:
    feed_url: str
    items: tuple[FeedItem, ...]      # deduplicated within the feed
    rejects: tuple[tuple[str | None, str, str], ...]   # (item url or None, error kind, message)
    etag: str | None
    last_modified: str | None
    not_modified: bool               # the server answered 304
    bozo: bool                       # feedparser's bozo flag (recorded, not fatal)
    bozo_message: str | None


def strip_internal_dtd(content: bytes, feed_url: str = "") -> bytes:
    """Pure: remove a DOCTYPE that has an internal subset (entity declarations: billion laughs,
    XXE, quadratic blow-up) so no parser ever expands them; other bytes are unchanged.

    A DOCTYPE whose end cannot be found is refused with FetchError("feed_parse").
    """
    head = content[:_PROLOGUE_SCAN_BYTES]
    m = _DOCTYPE_RE.search(head)
    if m is None:
        return content
    first_element = re.search(rb"<[A-Za-z_]", head)
    if first_element is not None and first_element.start() < m.start():
        return content  # "<!DOCTYPE" inside the document, not a declaration
    depth = 0
    has_subset = False
    for tok in _DTD_TOKEN_RE.finditer(content, m.end()):
        t = tok.group(0)
        if t == b"[":
            depth += 1
            has_subset = True
        elif t == b"]":
            depth = max(0, depth - 1)
        elif t == b">" and depth == 0:
            if not has_subset:
                return content
            return content[: m.start()] + content[tok.end():]
    raise FetchError("feed_parse", "unterminated DOCTYPE declaration", feed_url)


def _lookup(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None


def feed_encoding(content: bytes, content_type: str | None) -> str | None:
    """Pure: the codec of a feed's bytes, or None when they are ASCII (nothing to decide).

    The rule pages follow, with the XML declaration in the place of <meta>: a BOM; bytes that
    are valid UTF-8; a Content-Type charset that is not a server default (ISO-8859-1 and
    friends, sent whatever the bytes are); the XML declaration; else detection as for pages
    (a server default only when it finds nothing better). A declared single-byte Arabic label
    (windows-1256, ISO-8859-6, cp720) is checked against the bytes (check_arabic_label)."""
    for bom, name in _BOMS:
        if content.startswith(bom):
            return name
    if content.isascii():
        return None
    try:
        content.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    header = header_charset(content_type)
    m = _XML_DECL_RE.match(content[:1024])
    declared = m.group(3).decode("ascii") if m else None
    weak = header is not None and header.strip().strip("\"'").lower() in _WEAK_LABELS
    for label in ((header if not weak else None), declared):
        codec = _lookup(label)
        if codec is not None and codec != "utf-8":
            return check_arabic_label(content, codec)
    # no label to go by (or only a server default): what the bytes look like, as for pages
    return check_arabic_label(content, choose_encoding(content, content_type))


def to_utf8(content: bytes, content_type: str | None) -> tuple[bytes, str | None]:
    """(the feed as UTF-8 bytes with its XML declaration saying so, the codec it was read
    with); ASCII and UTF-8 feeds come back unchanged."""
    codec = feed_encoding(content, content_type)
    if codec is None or codec == "utf-8":
        return content, codec
    text = content.decode(codec, errors="replace").removeprefix("\ufeff")
    data = text.encode("utf-8")
    m = _XML_DECL_RE.match(data[:1024])
    if m:
        data = data[:m.start(3)] + b"utf-8" + data[m.end(3):]
    return data, codec


def _utc(parsed: Any) -> datetime | None:
    if not parsed:
        return None
    try:
        return datetime(*parsed[:6], tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def _clean(text: Any) -> str | None:
    if not isinstance(text, str):
        return None
    text = repair_mojibake(text).strip()
    return text or None


def _entry_link(entry: Mapping[str, Any]) -> str | None:
    link = entry.get("link")
    if isinstance(link, str) and link.strip():
        return link.strip()
    for alt in entry.get("links") or ():
        href = alt.get("href") if isinstance(alt, Mapping) else None
        if href and alt.get("rel", "alternate") == "alternate":
            return str(href).strip()
    guid = entry.get("id")
    if isinstance(guid, str) and guid.strip().lower().startswith(("http://", "https://")):
        return guid.strip()
    return None


def _items(entries: list[Mapping[str, Any]], base_url: str):
    items: list[FeedItem] = []
    rejects: list[tuple[str | None, str, str]] = []
    seen_urls: set[str] = set()
    seen_guids: set[str] = set()
    for entry in entries:
        guid = entry.get("id") if isinstance(entry.get("id"), str) else None
        guid = guid.strip() or None if guid else None
        title = _clean(entry.get("title"))
        link = _entry_link(entry)
        if link is None:
            rejects.append((None, "no_link", f"item without link (title {title!r}, guid {guid!r})"))
            continue
        url = urljoin(base_url, link).split("#", 1)[0]
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
            rejects.append((url, "bad_url", "item link is not an http(s) URL"))
            continue
        if "@" in parts.netloc:  # refused before anything canonicalises (drops) the credentials
            hidden = parts._replace(netloc="…@" + parts.netloc.rsplit("@", 1)[1]).geturl()
            rejects.append((hidden, "bad_url", "item link has credentials (user@host)"))
            continue
        if url in seen_urls or (guid is not None and guid in seen_guids):
            continue  # the same item twice in one feed counts once
        seen_urls.add(url)
        if guid is not None:
            seen_guids.add(guid)
        # dict.get: FeedParserDict maps updated* to published* with a DeprecationWarning
        raw_date = dict.get(entry, "published") or dict.get(entry, "updated")
        items.append(FeedItem(
            url=url,
            guid=guid,
            title=title,
            published=_utc(dict.get(entry, "published_parsed")
                           or dict.get(entry, "updated_parsed")),
            summary=_clean(entry.get("summary")),
            published_raw=raw_date.strip() if isinstance(raw_date, str) else None,
        ))
    return tuple(items), rejects


def _parse_datetime(value: Any) -> datetime | None:
    """RFC 3339 (JSON Feed dates) → UTC datetime, None when unparseable."""
    if not isinstance(value, str):
        return None
    try:
        dt = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return dt.astimezone(UTC) if dt.tzinfo else dt.replace(tzinfo=UTC)


def _json_feed(content: bytes, feed_url: str) -> list[dict[str, Any]] | None:
    """JSON Feed (jsonfeed.org, 1.0/1.1) → feedparser-like entries, None when not one."""
    stripped = content.lstrip()
    if not stripped.startswith(b"{"):
        return None
    try:
        doc = json.loads(stripped.decode("utf-8", errors="replace"))
    except (ValueError, RecursionError):
        return None
    if not isinstance(doc, dict) or "jsonfeed.org" not in str(doc.get("version", "")):
        return None
    items = doc.get("items")
    if not isinstance(items, list):
        raise FetchError("feed_parse", "JSON Feed without an items list", feed_url)
    entries = []
    for item in items:
        if not isinstance(item, dict):
            continue
        date = _parse_datetime(item.get("date_published") or item.get("date_modified"))
        entries.append({
            "id": str(item["id"]) if item.get("id") is not None else None,
            "link": item.get("url") if isinstance(item.get("url"), str) else None,
            "title": item.get("title"),
            "summary": item.get("summary") or item.get("content_text"),
            "published": item.get("date_published") or item.get("date_modified"),
            "published_parsed": date.timetuple() if date else None,
        })
    return entries


def parse_feed(content: bytes, feed_url: str, headers: Mapping[str, str] | None = None, *,
               base_url: str | None = None) -> FeedPoll:
    """Pure: bytes of a feed → FeedPoll. Raises FetchError(kind="feed_parse") when it is not a
    feed at all. Item links resolve against `base_url` (the URL after redirects) or feed_url."""
    headers = {str(k).lower(): str(v) for k, v in (headers or {}).items()}
    base = base_url or feed_url
    etag = headers.get("etag")
    last_modified = headers.get("last-modified")
    if not content or not content.strip():
        raise FetchError("feed_parse", "empty feed body", feed_url)
    json_entries = _json_feed(content, feed_url)
    if json_entries is not None:
        items, rejects = _items(json_entries, base)
        return FeedPoll(feed_url, items, tuple(rejects), etag, last_modified, False, False, None)
    content, codec = to_utf8(content, headers.get("content-type"))
    safe = strip_internal_dtd(content, feed_url)
    # No Content-Type (a file, a test) reads as XML: feedparser would set bozo for its absence.
    media = (headers.get("content-type") or "application/xml").split(";", 1)[0].strip()
    response_headers = {"content-type": f"{media}; charset=utf-8" if codec else media}
    response_headers["content-location"] = base
    # A BytesIO, never bytes: feedparser opens a bytes *path* or fetches a URL given as a string.
    parsed = feedparser.parse(io.BytesIO(safe), response_headers=response_headers,
                              resolve_relative_uris=True, sanitize_html=True)
    if not parsed.get("version") and not parsed.get("entries"):
        why = parsed.get("bozo_exception")
        raise FetchError("feed_parse", f"not an RSS/Atom/RDF feed ({why or 'no feed element'})",
                         feed_url)
    items, rejects = _items(parsed.entries, base)
    bozo = bool(parsed.get("bozo"))
    bozo_message = str(parsed.get("bozo_exception")) if bozo else None
    return FeedPoll(feed_url, items, tuple(rejects), etag, last_modified, False, bozo,
                    bozo_message)


def poll_feed(fetcher: Fetcher, feed_url: str, *, etag: str | None = None,
              last_modified: str | None = None) -> FeedPoll:
    """Conditional GET (ETag / Last-Modified) + parse_feed. Raises FetchError on fetch failure.

    On 304 the poll has no items and keeps the validators it was given (or the server's new ones).
    """
    result = fetcher.fetch(feed_url, kind="feed", etag=etag, last_modified=last_modified)
    if result.not_modified:
        return FeedPoll(feed_url, (), (), result.headers.get("etag") or etag,
                        result.headers.get("last-modified") or last_modified, True, False, None)
    return parse_feed(result.content, feed_url, result.headers, base_url=result.final_url)
