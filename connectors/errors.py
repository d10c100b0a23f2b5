"""FetchError: the one exception type the connectors raise, with a short stable `kind`.

Holds the list of kinds (the pipeline writes them to reject rows); it must not import other modules.
"""

from __future__ import annotations

# Every kind a connector may raise; the pipeline's reject rows carry these strings verbatim.
KINDS = {
    "bad_url": "not an absolute http(s) URL, or it has credentials or no host",
    "url_too_long": "URL longer than network.max_url_length",
    "dns": "the host name does not resolve",
    "blocked_address": "the host resolves to a loopback/private/link-local/reserved... address",
    "robots_disallowed": "robots.txt forbids the URL for our User-Agent, or is unreachable",
    "connection": "connection refused/reset/closed before a response",
    "tls": "TLS handshake or certificate verification failed",
    "timeout": "connect or read timeout, or the per-request total deadline passed",
    "http_status": "a final status that is not 2xx/304 (see .status)",
    "too_many_redirects": "more than network.max_redirects redirects",
    "redirect_loop": "a redirect went back to a URL already visited in the chain",
    "unsupported_type": "the Content-Type is not one accepted for this kind of fetch",
    "too_large": "body (raw or decompressed) larger than network.max_bytes",
    "truncated": "the connection closed before the announced Content-Length / last chunk",
    "decompression": "the body is not valid gzip/deflate/brotli/zstd as its Content-Encoding says",
    "no_content": "the response body is empty",
    "feed_parse": "the body is not an RSS/Atom/RDF/JSON feed",
    "sitemap_parse": "not a sitemap index or urlset, or it has a DOCTYPE, or it breaks off",
    "warc_record": "a WARC record that cannot be read (corrupt or truncated)",
    "internal": "an unexpected error (a bug); only Fetcher.fetch_many reports it, per URL",
}


class FetchError(Exception):
    """A fetch or feed failure. `.kind` is one of KINDS, `str(err)` a one-line message."""

    def __init__(self, kind: str, message: str, url: str, status: int | None = None):
        self.kind = kind
        self.message = " ".join(str(message).split())
        self.url = url
        self.status = status
        super().__init__(kind, self.message, url, status)

    def __str__(self) -> str:
        status = f" (HTTP {self.status})" if self.status is not None else ""
        return f"{self.kind}{status}: {self.message} [{self.url}]"

    def __repr__(self) -> str:
        return f"FetchError({self.kind!r}, {self.message!r}, {self.url!r}, status={self.status!r})"

    def __reduce__(self):  # picklable across Beam workers
        return (FetchError, (self.kind, self.message, self.url, self.status))
