"""URL checks before fetching (absolute http(s), a host, no credentials, bounded length); redirects.

Pure string work; it must not resolve names or connect.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from urllib3.exceptions import LocationParseError
from urllib3.util import parse_url

from connectors.errors import FetchError

DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class Target:
    url: str          # normalised absolute URL (no fragment)
    scheme: str       # "http" | "https"
    host: str         # IDNA-encoded, lower case, IPv6 without brackets
    port: int
    request_target: str   # path + query, percent-encoded
    host_header: str  # what goes into Host: (with port when not the default)

    @property
    def origin(self) -> str:
        return f"{self.scheme}://{self.host_header}"


def check_url(url: str, max_length: int) -> Target:
    """Pure: validate `url` for fetching; raise FetchError("bad_url" | "url_too_long")."""
    if not isinstance(url, str) or not url.strip():
        raise FetchError("bad_url", "empty URL", str(url))
    url = url.strip()
    if max_length and len(url) > max_length:
        raise FetchError("url_too_long", f"URL has {len(url)} characters (max {max_length})",
                         url[:200])
    if any(ord(c) < 0x20 or c == "\x7f" for c in url):
        raise FetchError("bad_url", "URL contains control characters", url)
    try:
        parts = parse_url(url)
    except (LocationParseError, ValueError) as exc:
        raise FetchError("bad_url", f"cannot parse URL: {exc}", url) from None
    scheme = (parts.scheme or "").lower()
    if scheme not in DEFAULT_PORTS:
        raise FetchError("bad_url", f"only http(s) URLs are fetched, not {scheme or 'none'!r}", url)
    if parts.auth:
        raise FetchError("bad_url", "URLs with credentials are not fetched", url)
    host = (parts.host or "").strip("[]").rstrip(".").lower()
    if not host:
        raise FetchError("bad_url", "URL has no host", url)
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        raise FetchError("bad_url", "host name is not valid IDNA", url) from None
    port = parts.port or DEFAULT_PORTS[scheme]
    if not 0 < port < 65536:
        raise FetchError("bad_url", f"bad port {port}", url)
    bracketed = f"[{host}]" if ":" in host else host
    host_header = bracketed if port == DEFAULT_PORTS[scheme] else f"{bracketed}:{port}"
    path = parts.path or "/"
    request_target = path + (f"?{parts.query}" if parts.query is not None else "")
    normalised = f"{scheme}://{host_header}{request_target}"
    if max_length and len(normalised) > max_length:
        raise FetchError("url_too_long", f"URL has {len(normalised)} characters once encoded "
                         f"(max {max_length})", url[:200])
    return Target(normalised, scheme, host, port, request_target, host_header)


def redirect_url(base: str, location: str | None) -> str | None:
    """Absolute URL of a Location header relative to `base` (None when there is none)."""
    if not location or not location.strip():
        return None
    return urljoin(base, location.strip()).split("#", 1)[0]
