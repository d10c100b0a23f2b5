"""Load and validate a run's YAML config, laid over `configs/defaults.yaml`.

Validation happens once, here; a bad config raises ConfigError whose message names the key.
Nothing else in the project reads YAML configs.
"""

from __future__ import annotations

import ipaddress
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from configs import CONFIG_DIR

DEFAULTS_PATH = CONFIG_DIR / "defaults.yaml"
SAMPLE_CONFIG_PATH = CONFIG_DIR / "sample.yaml"

FEED_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
FEED_REQUIRED = ("id", "url", "name")
FEED_OPTIONAL = {"language": str, "poll_interval_s": (int, float), "country": str,
                 "kind": str, "page_urls": list}
# feed: RSS/Atom/JSON Feed; sitemap: a sitemap index or urlset; site: a home page whose
# sitemaps robots.txt lists (else /sitemap.xml)
FEED_KINDS = ("feed", "sitemap", "site")
COUNTRY_RE = re.compile(r"^[A-Z]{3}$")
MAX_CONFIG_BYTES = 10_000_000
MAX_NESTING = 32  # a config needs 4 levels; deeper YAML is refused before it is built
# Inclusive bounds of every number a user may set (documented in configs/defaults.yaml); a
# lower bound in MIN_EXCLUSIVE must be exceeded, not reached. Numbers must also be finite.
BOUNDS: dict[str, tuple[float, float]] = {
    "network.timeout_s": (0, 600),
    "network.retries": (0, 10),
    "network.backoff_s": (0, 600),
    "network.retry_after_cap_s": (0, 3600),
    "network.retry_runs": (0, 100),
    "network.retry_runs_backoff_s": (0, 30 * 86400),
    "network.max_bytes": (1024, 1_000_000_000),
    "network.max_redirects": (0, 30),
    "network.max_url_length": (64, 65536),
    "network.concurrency": (1, 1024),
    "network.per_host_concurrency": (1, 256),
    "network.per_host_delay_s": (0, 3600),
    "dedup.threshold": (0.05, 1),
    "dedup.shingle_size": (1, 10),
    "dedup.num_perm": (16, 512),  # with threshold >= 0.05: at most 250 LSH bands (max 254)
    "dedup.lookback_days": (0, 3650),
    "events.lookback_days": (0, 3650),
    "events.date_tolerance_days": (0, 365),
    "events.published_tolerance_days": (0, 365),
    "output.batch_size": (1, 1_000_000),
    "performance.extract_processes": (0, 256),
    "performance.fetch_batch_size": (1, 100_000),
    "performance.window_pages": (1, 10_000_000),
    "feeds[].poll_interval_s": (0, 30 * 86400),
}
MIN_EXCLUSIVE = {"network.timeout_s", "feeds[].poll_interval_s"}
MAX_USER_AGENT = 512


class ConfigError(ValueError):
    """A config problem; str() is one line naming the key."""


@dataclass(frozen=True)
class FeedConfig:
    id: str
    url: str
    name: str
    language: str = "ar"
    poll_interval_s: float | None = None
    country: str | None = None  # ISO alpha-3 of the outlet: a bare title («رئيس الحكومة») names it
    kind: str = "feed"
    # where the outlet's pages are, for `akhbar backfill` (host, or host/path prefix); default
    # the host of `url`
    page_urls: tuple[str, ...] = ()


@dataclass(frozen=True)
class NetworkConfig:
    timeout_s: float = 20.0
    retries: int = 2
    backoff_s: float = 0.5
    retry_after_cap_s: float = 30.0
    retry_runs: int = 5
    retry_runs_backoff_s: float = 900.0
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    max_url_length: int = 2048
    concurrency: int = 32
    per_host_concurrency: int = 4
    per_host_delay_s: float = 0.0
    user_agent: str = "akhbar/0.1 (+https://github.com/akhbar/akhbar)"
    respect_robots: bool = True
    allow_private: tuple[str, ...] = ()


@dataclass(frozen=True)
class DedupConfig:
    threshold: float = 0.4
    shingle_size: int = 3
    num_perm: int = 128
    lookback_days: int = 7


@dataclass(frozen=True)
class EventsConfig:
    enabled: bool = True
    lookback_days: int = 7
    date_tolerance_days: int = 1
    published_tolerance_days: int = 3


@dataclass(frozen=True)
class OutputConfig:
    batch_size: int = 500


@dataclass(frozen=True)
class PerformanceConfig:
    extract_processes: int = 0  # 0 = one per core on the local in-process runner, else inline
    fetch_batch_size: int = 256
    window_pages: int = 2000  # pages one pass of the default runner holds (pipeline.windows)


@dataclass(frozen=True)
class RunConfig:
    feeds: tuple[FeedConfig, ...] = ()
    network: NetworkConfig = field(default_factory=NetworkConfig)
    dedup: DedupConfig = field(default_factory=DedupConfig)
    events: EventsConfig = field(default_factory=EventsConfig)
    output: OutputConfig = field(default_factory=OutputConfig)
    performance: PerformanceConfig = field(default_factory=PerformanceConfig)
    path: str | None = None  # the file it was read from


SECTIONS = {
    "network": NetworkConfig,
    "dedup": DedupConfig,
    "events": EventsConfig,
    "output": OutputConfig,
    "performance": PerformanceConfig,
}


def _read_text(path: Path) -> str:
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except OSError as exc:
        raise ConfigError(f"config {path}: cannot read it ({exc.strerror or exc})") from None
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(f"config {path}: larger than {MAX_CONFIG_BYTES} bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise ConfigError(f"config {path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at line "
                          f"{line})") from None


def _check_nodes(root: yaml.Node | None) -> None:
    """Refuse duplicate mapping keys (YAML would keep the last one silently) and nesting deeper
    than MAX_NESTING, naming the key; iterative, so no depth makes it recurse."""
    stack = [(root, "", 0)] if root is not None else []
    while stack:
        node, where, depth = stack.pop()
        if depth > MAX_NESTING:
            raise ConfigError(f"config key {where or '(top)'}: nested deeper than {MAX_NESTING} "
                              "levels")
        if isinstance(node, yaml.MappingNode):
            seen = set()
            for key_node, value_node in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else "?"
                name = f"{where}.{key}" if where else str(key)
                if key in seen:
                    raise ConfigError(f"config key {name}: duplicate key (line "
                                      f"{key_node.start_mark.line + 1})")
                seen.add(key)
                stack.append((value_node, name, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                stack.append((item, f"{where}[{i}]", depth + 1))


def _load_yaml(path: Path) -> Any:
    text = _read_text(path)
    if not text.strip():
        raise ConfigError(f"config {path}: the file is empty (expected a mapping with feeds:)")
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        _check_nodes(root)
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ConfigError(f"config {path}: invalid YAML{where}") from None
    except RecursionError:
        raise ConfigError(f"config {path}: nested deeper than {MAX_NESTING} levels") from None


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _check_bounds(key: str, value: float, bounds_key: str | None = None) -> None:
    """`value` is finite and within BOUNDS[bounds_key or key] (when the key has bounds)."""
    bounds_key = bounds_key or key
    if not math.isfinite(value):
        raise ConfigError(f"config key {key}: must be a finite number, got {_short(value)}")
    if bounds_key not in BOUNDS:
        if value < 0:
            raise ConfigError(f"config key {key}: must not be negative, got {_short(value)}")
        return
    low, high = BOUNDS[bounds_key]
    exclusive = bounds_key in MIN_EXCLUSIVE
    if value < low or (exclusive and value == low) or value > high:
        lower = f"above {_num(low)}" if exclusive else f"at least {_num(low)}"
        raise ConfigError(f"config key {key}: must be {lower} and at most {_num(high)}, "
                          f"got {_short(value)}")


def _check_type(key: str, value: Any, default: Any) -> Any:
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"config key {key}: expected true or false, got {_short(value)}")
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"config key {key}: expected an integer, got {_short(value)}")
        _check_bounds(key, value)
        return value
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"config key {key}: expected a number, got {_short(value)}")
        _check_bounds(key, float(value))
        return float(value)
    if isinstance(default, str):
        if not isinstance(value, str) or not value:
            raise ConfigError(f"config key {key}: expected a non-empty string, got "
                              f"{_short(value)}")
        return value
    if isinstance(default, (list, tuple)):
        if not isinstance(value, list):
            raise ConfigError(f"config key {key}: expected a list, got {_short(value)}")
        return tuple(value)
    return value


def _section(name: str, cls: type, raw: Any) -> Any:
    if raw is None:
        return cls()
    if not isinstance(raw, dict):
        raise ConfigError(f"config key {name}: expected a mapping, got {type(raw).__name__}")
    defaults = cls()
    values = {}
    for key, value in raw.items():
        if not hasattr(defaults, str(key)):
            raise ConfigError(f"config key {name}.{key}: unknown key")
        values[key] = _check_type(f"{name}.{key}", value, getattr(defaults, key))
    return cls(**values)


def _validate_cidrs(cidrs: tuple[str, ...]) -> None:
    for i, cidr in enumerate(cidrs):
        try:
            ipaddress.ip_network(str(cidr), strict=False)
        except ValueError:
            raise ConfigError(
                f"config key network.allow_private[{i}]: not a CIDR: {cidr!r}"
            ) from None


def _check_feed_url(key: str, url: str) -> None:
    """An absolute http(s) URL with a host, no credentials, no spaces or control characters."""
    from urllib.parse import urlsplit

    if len(url) > BOUNDS["network.max_url_length"][1]:
        raise ConfigError(f"config key {key}: longer than "
                          f"{_num(BOUNDS['network.max_url_length'][1])} characters")
    if any(c.isspace() or ord(c) < 0x20 or ord(c) == 0x7F for c in url):
        raise ConfigError(f"config key {key}: contains a space or a control character")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise ConfigError(f"config key {key}: not a valid URL ({exc})") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise ConfigError(f"config key {key}: only http(s) URLs, got {_short(url)}")
    if "@" in parts.netloc:
        raise ConfigError(f"config key {key}: URLs with credentials are not allowed")
    if not parts.hostname:
        raise ConfigError(f"config key {key}: the URL has no host")
    if port == 0:
        raise ConfigError(f"config key {key}: bad port 0")


def _check_user_agent(value: str) -> None:
    if len(value) > MAX_USER_AGENT:
        raise ConfigError(f"config key network.user_agent: longer than {MAX_USER_AGENT} "
                          "characters")
    if not all(0x20 <= ord(c) < 0x7F for c in value):
        raise ConfigError("config key network.user_agent: only printable ASCII is allowed "
                          "(no line breaks or control characters)")


def _feed(i: int, raw: Any) -> FeedConfig:
    where = f"feeds[{i}]"
    if not isinstance(raw, dict):
        raise ConfigError(f"config key {where}: expected a mapping with id, url, name")
    for key in raw:
        if key not in FEED_REQUIRED and key not in FEED_OPTIONAL:
            raise ConfigError(f"config key {where}.{key}: unknown key")
    for key in FEED_REQUIRED:
        if key not in raw:
            raise ConfigError(f"config key {where}.{key}: missing")
        if not isinstance(raw[key], str) or not raw[key].strip():
            raise ConfigError(f"config key {where}.{key}: expected a non-empty string")
    if not FEED_ID_RE.match(raw["id"]):
        raise ConfigError(
            f"config key {where}.id: {raw['id']!r} must match [a-z0-9][a-z0-9_-]{{0,63}}"
        )
    _check_feed_url(f"{where}.url", raw["url"])
    values = {k: raw[k] for k in FEED_REQUIRED}
    for key, typ in FEED_OPTIONAL.items():
        if key in raw:
            value = raw[key]
            if isinstance(value, bool) or not isinstance(value, typ):
                raise ConfigError(f"config key {where}.{key}: wrong type {_short(value)}")
            if key == "poll_interval_s":
                _check_bounds(f"{where}.{key}", float(value), "feeds[].poll_interval_s")
                value = float(value)
            if key == "country" and not COUNTRY_RE.match(value):
                raise ConfigError(f"config key {where}.{key}: an ISO 3166 alpha-3 code such "
                                  f"as TUN, got {_short(value)}")
            if key == "kind" and value not in FEED_KINDS:
                raise ConfigError(f"config key {where}.kind: {_short(value)} is not one of "
                                  f"{', '.join(FEED_KINDS)}")
            if key == "page_urls":
                if not value or not all(isinstance(v, str) and v.strip() for v in value):
                    raise ConfigError(f"config key {where}.page_urls: expected a list of "
                                      "URL prefixes")
                value = tuple(v.strip() for v in value)
            values[key] = value
    return FeedConfig(**values)


def parse_config(raw: Any, path: str | None = None) -> RunConfig:
    """Validate a config mapping (as read from YAML) into a RunConfig."""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError("config: the top level must be a mapping")
    known = set(SECTIONS) | {"feeds"}
    for key in raw:
        if key not in known:
            raise ConfigError(f"config key {key}: unknown key")
    feeds_raw = raw.get("feeds") or []
    if not isinstance(feeds_raw, list):
        raise ConfigError("config key feeds: expected a list")
    feeds = tuple(_feed(i, f) for i, f in enumerate(feeds_raw))
    seen: set[str] = set()
    for i, feed in enumerate(feeds):
        if feed.id in seen:
            raise ConfigError(f"config key feeds[{i}].id: duplicate id {feed.id!r}")
        seen.add(feed.id)
    sections = {name: _section(name, cls, raw.get(name)) for name, cls in SECTIONS.items()}
    _validate_cidrs(sections["network"].allow_private)
    _check_user_agent(sections["network"].user_agent)
    return RunConfig(feeds=feeds, path=path, **sections)


def load_config(path: str | Path | None = None) -> RunConfig:
    """Read a YAML config file (the embedded sample's when path is None)."""
    path = Path(path) if path is not None else SAMPLE_CONFIG_PATH
    return parse_config(_load_yaml(path), str(path))
