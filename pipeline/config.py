"""Load and validate a run's YAML config, laid over `configs/defaults.yaml`.

Validation happens once, here; a bad config raises ConfigError whose message names the key.
Nothing else in the project reads YAML configs.
"""

from __future__ import annotations

import ipaddress
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
FEED_OPTIONAL = {"language": str, "poll_interval_s": (int, float), "kind": str,
                 "page_urls": list}
# feed: RSS/Atom/JSON Feed; sitemap: a sitemap index or urlset; site: a home page whose
# sitemaps robots.txt lists (else /sitemap.xml)
FEED_KINDS = ("feed", "sitemap", "site")


class ConfigError(ValueError):
    """A config problem; str() is one line naming the key."""


@dataclass(frozen=True)
class FeedConfig:
    id: str
    url: str
    name: str
    language: str = "ar"
    poll_interval_s: float | None = None
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


def _load_yaml(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ConfigError(f"config {path}: invalid YAML{where}") from None


def _check_type(key: str, value: Any, default: Any) -> Any:
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"config key {key}: expected true or false, got {value!r}")
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"config key {key}: expected an integer, got {value!r}")
        if value < 0:
            raise ConfigError(f"config key {key}: must not be negative, got {value!r}")
        return value
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"config key {key}: expected a number, got {value!r}")
        if value < 0:
            raise ConfigError(f"config key {key}: must not be negative, got {value!r}")
        return float(value)
    if isinstance(default, str):
        if not isinstance(value, str) or not value:
            raise ConfigError(f"config key {key}: expected a non-empty string, got {value!r}")
        return value
    if isinstance(default, (list, tuple)):
        if not isinstance(value, list):
            raise ConfigError(f"config key {key}: expected a list, got {value!r}")
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
    if not re.match(r"^https?://", raw["url"], re.I):
        raise ConfigError(f"config key {where}.url: only http(s) URLs, got {raw['url']!r}")
    values = {k: raw[k] for k in FEED_REQUIRED}
    for key, typ in FEED_OPTIONAL.items():
        if key in raw:
            value = raw[key]
            if isinstance(value, bool) or not isinstance(value, typ):
                raise ConfigError(f"config key {where}.{key}: wrong type {value!r}")
            if key == "poll_interval_s" and value <= 0:
                raise ConfigError(f"config key {where}.{key}: must be positive")
            if key == "kind" and value not in FEED_KINDS:
                raise ConfigError(f"config key {where}.kind: {value!r} is not one of "
                                  f"{', '.join(FEED_KINDS)}")
            if key == "page_urls":
                if not value or not all(isinstance(v, str) and v.strip() for v in value):
                    raise ConfigError(f"config key {where}.page_urls: expected a list of "
                                      "URL prefixes")
                value = tuple(v.strip() for v in value)
            values[key] = float(value) if key == "poll_interval_s" else value
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
    if not 0 < sections["dedup"].threshold <= 1:
        raise ConfigError("config key dedup.threshold: must be in (0, 1]")
    if sections["output"].batch_size < 1:
        raise ConfigError("config key output.batch_size: must be at least 1")
    if sections["performance"].fetch_batch_size < 1:
        raise ConfigError("config key performance.fetch_batch_size: must be at least 1")
    if sections["performance"].window_pages < 1:
        raise ConfigError("config key performance.window_pages: must be at least 1")
    return RunConfig(feeds=feeds, path=path, **sections)


def load_config(path: str | Path | None = None) -> RunConfig:
    """Read a YAML config file (the embedded sample's when path is None)."""
    path = Path(path) if path is not None else SAMPLE_CONFIG_PATH
    return parse_config(_load_yaml(path), str(path))
