"""Which Content-Types a page fetch and a feed fetch accept, decided from the header alone.

Pure; it must not look at the body (feeds.parse_feed decides whether feed bytes are a feed).
"""

from __future__ import annotations

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Lenient on purpose: real feed servers send RSS as text/xml, application/xml, text/plain or
# even text/html; parse_feed rejects whatever is not a feed with FetchError("feed_parse").
FEED_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
    "text/xml", "application/feed+json", "application/json", "text/plain", "text/html",
    "application/x-rss+xml", "application/x-atom+xml", "text/rss+xml", "text/atom+xml",
    "application/octet-stream",
})
# Sitemaps: any XML type, and gzip files (`.xml.gz`) under the names servers give them.
SITEMAP_TYPES = FEED_TYPES | frozenset({
    "application/gzip", "application/x-gzip", "application/x-gunzip", "application/gzipped",
    "application/gzip-compressed", "gzip/document", "application/x-xml",
})
ACCEPT = {
    "page": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    "feed": ("application/rss+xml,application/atom+xml,application/feed+json,"
             "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1"),
    "robots": "text/plain,*/*;q=0.1",
    "sitemap": "application/xml,text/xml;q=0.9,application/gzip;q=0.9,*/*;q=0.1",
}
KINDS = ("page", "feed", "robots", "sitemap")


def media_type(content_type: str | None) -> str:
    """'Text/HTML; charset=utf-8' → 'text/html' ('' when absent)."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def accepted(kind: str, content_type: str | None) -> bool:
    """Pure: may a response with this Content-Type be read for a fetch of `kind`?

    A missing Content-Type is accepted (the body is checked later: HTML decoding / feed parsing).
    robots.txt is read whatever its type (RFC 9309 asks for text/plain but servers vary).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown fetch kind {kind!r}; expected one of {KINDS}")
    mt = media_type(content_type)
    if not mt or kind == "robots":
        return True
    if kind == "page":
        return mt in PAGE_TYPES
    if kind == "sitemap":
        return mt in SITEMAP_TYPES or mt.endswith("+xml")
    return mt in FEED_TYPES or mt.endswith(("+xml", "+json"))
