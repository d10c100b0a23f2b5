"""Canonical article URLs and the article_id derived from them: pure functions over strings.

It must not fetch anything: the page's own canonical link is passed in by the caller.
"""

from __future__ import annotations

import hashlib
import posixpath
from functools import lru_cache
from urllib.parse import (
    parse_qsl,
    quote,
    unquote,
    urlencode,
    urljoin,
    urlsplit,
    urlunsplit,
)

from configs import CONFIG_DIR

TRACKING_PARAMS_PATH = CONFIG_DIR / "lexicons" / "tracking_params.txt"

DEFAULT_PORTS = {"http": 80, "https": 443}
# Host prefixes that name a variant of the same site (mobile, AMP) or the plain www alias.
VARIANT_HOST_PREFIXES = ("www.", "amp.", "m.", "mobile.", "mob.")
# Second-level labels under a country TLD that are not registrable themselves (com.eg, co.uk).
_GENERIC_SLDS = frozenset({"com", "co", "net", "org", "gov", "edu", "ac", "info", "news", "med"})
# Characters left unescaped in a path segment and in query keys/values (RFC 3986 sub-delims).
_PATH_SAFE = "!$&'()*+,;=:@-._~"
_QUERY_SAFE = "!$'()*,;:@-._~/?"


@lru_cache(maxsize=1)
def tracking_params() -> tuple[frozenset[str], tuple[str, ...]]:
    """(exact names, prefixes) read from configs/lexicons/tracking_params.txt, lower-case."""
    exact: set[str] = set()
    prefixes: list[str] = []
    for line in TRACKING_PARAMS_PATH.read_text(encoding="utf-8").splitlines():
        name = line.split("#", 1)[0].strip().lower()
        if not name:
            continue
        if name.endswith("*"):
            prefixes.append(name[:-1])
        else:
            exact.add(name)
    return frozenset(exact), tuple(prefixes)


def _is_tracking(name: str) -> bool:
    exact, prefixes = tracking_params()
    low = name.lower()
    return low in exact or low.startswith(prefixes)


def _host(hostname: str) -> str:
    host = hostname.lower().rstrip(".")
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        pass
    changed = True
    while changed:
        changed = False
        for prefix in VARIANT_HOST_PREFIXES:
            # keep a prefix that is the whole registrable name (m.tv stays m.tv)
            if host.startswith(prefix) and host.count(".") >= 2:
                host = host[len(prefix):]
                changed = True
    return host


def registrable_domain(host: str) -> str:
    """An approximation of the site a host belongs to: its last two labels, three under com.eg."""
    labels = _host(host).split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _GENERIC_SLDS:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _path(path: str) -> str:
    segments = [quote(unquote(seg), safe=_PATH_SAFE) for seg in path.split("/")]
    path = "/".join(segments)
    if path and not path.startswith("/"):
        path = "/" + path
    # resolve "." and ".." segments but keep the leading slash
    if "/." in path:
        path = posixpath.normpath(path)
    # AMP variants of the path: /amp/..., .../amp, .../amp.html, ....amp.html
    low = path.lower()
    if low.startswith("/amp/"):
        path = path[4:]
    elif low == "/amp":
        path = "/"
    low = path.lower()
    if low.endswith(("/amp", "/amp/")):
        path = path[: low.rfind("/amp")]
    elif low.endswith((".amp.html", ".amp.htm")):
        path = path[: low.rfind(".amp.")] + path[low.rfind(".amp.") + 4:]
    elif low.endswith("/amp.html"):
        path = path[: low.rfind("/amp.html")]
    path = path.rstrip("/")
    return path or "/"


def _query(query: str) -> str:
    pairs = [
        (k, v)
        for k, v in parse_qsl(query, keep_blank_values=True)
        if not _is_tracking(k)
    ]
    pairs.sort()
    return urlencode(pairs, quote_via=quote, safe=_QUERY_SAFE)


def _canonical(url: str) -> str:
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = _host(parts.hostname or "")
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host  # credentials are never part of an article's identity
    if port is not None and port != DEFAULT_PORTS.get(scheme):
        netloc = f"{host}:{port}"
    return urlunsplit((scheme, netloc, _path(parts.path), _query(parts.query), ""))


def _usable_page_canonical(url: str, page_canonical: str | None) -> str | None:
    if not page_canonical or not page_canonical.strip():
        return None
    candidate = urljoin(url, page_canonical.strip())
    cand, orig = urlsplit(candidate), urlsplit(url)
    if cand.scheme.lower() not in ("http", "https") or not cand.hostname:
        return None
    if orig.hostname and registrable_domain(cand.hostname) != registrable_domain(orig.hostname):
        return None  # another site: a syndication partner or a wrong tag, not this page
    if _path(cand.path) == "/" and _path(orig.path) != "/":
        return None  # a CMS that points every article at its home page
    return candidate


def canonicalize_url(url: str, page_canonical: str | None = None) -> str:
    """The canonical form of an article URL, used as its identity.

    Lower-cases scheme and host, drops default ports, credentials, fragments and tracking
    parameters (configs/lexicons/tracking_params.txt), folds AMP and mobile variants and the
    www alias onto the bare host, normalises percent-escapes, sorts the query and removes
    trailing slashes. When the page's own `<link rel=canonical>` or `og:url` (page_canonical,
    may be relative) is on the same site and is not just the home page, it wins.
    """
    chosen = _usable_page_canonical(url, page_canonical) or url
    return _canonical(chosen)


def article_id(canonical_url: str) -> str:
    """16 hex characters of the SHA-1 of the canonical URL (UTF-8)."""
    return hashlib.sha1(canonical_url.encode("utf-8")).hexdigest()[:16]
