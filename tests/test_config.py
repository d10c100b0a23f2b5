import textwrap
from dataclasses import asdict

import pytest
import yaml

from pipeline.config import (
    DEFAULTS_PATH,
    ConfigError,
    RunConfig,
    load_config,
    parse_config,
)

FEED = {"id": "aljazeera", "url": "https://www.aljazeera.net/rss", "name": "الجزيرة"}


def test_sample_config_loads_and_allows_loopback():
    config = load_config()
    assert len(config.feeds) >= 3
    assert "127.0.0.0/8" in config.network.allow_private


def test_defaults_file_documents_exactly_the_dataclass_defaults():
    documented = yaml.safe_load(DEFAULTS_PATH.read_text(encoding="utf-8"))
    built = asdict(RunConfig())
    for section, values in documented.items():
        if section == "feeds":
            assert values == []
            continue
        expected = {k: (list(v) if isinstance(v, tuple) else v) for k, v in built[section].items()}
        assert values == expected, section


def test_real_feeds_config_is_valid_and_has_twelve_outlets():
    config = load_config(DEFAULTS_PATH.parent / "feeds.yaml")
    assert len({f.id for f in config.feeds}) >= 12
    assert all(f.url.startswith("https://") for f in config.feeds)


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ({"feedz": []}, "feedz"),
        ({"network": {"timeout": 3}}, "network.timeout"),
        ({"network": {"timeout_s": "fast"}}, "network.timeout_s"),
        ({"network": {"retries": -1}}, "network.retries"),
        ({"network": {"allow_private": ["not-a-cidr"]}}, "network.allow_private[0]"),
        ({"network": {"allow_private": "127.0.0.0/8"}}, "network.allow_private"),
        ({"feeds": [{"id": "x", "url": "https://a.example/rss"}]}, "feeds[0].name"),
        ({"feeds": [{**FEED, "colour": "red"}]}, "feeds[0].colour"),
        ({"feeds": [{**FEED, "id": "../../etc"}]}, "feeds[0].id"),
        ({"feeds": [{**FEED, "url": "file:///etc/passwd"}]}, "feeds[0].url"),
        ({"feeds": [FEED, FEED]}, "feeds[1].id"),
        ({"feeds": [{**FEED, "poll_interval_s": 0}]}, "feeds[0].poll_interval_s"),
        ({"dedup": {"threshold": 1.5}}, "dedup.threshold"),
        ({"feeds": {"id": "x"}}, "feeds"),
    ],
)
def test_config_errors_name_the_key_in_one_line(raw, key):
    with pytest.raises(ConfigError) as info:
        parse_config(raw)
    message = str(info.value)
    assert key in message
    assert "\n" not in message


def test_invalid_yaml_and_missing_file_are_config_errors(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("feeds: [\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid YAML"):
        load_config(bad)
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "missing.yaml")


def test_overrides_are_typed(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text(textwrap.dedent("""
        feeds:
          - {id: a, url: "http://127.0.0.1:1/rss", name: A, poll_interval_s: 5}
        network: {timeout_s: 3, allow_private: ["127.0.0.0/8"]}
    """), encoding="utf-8")
    config = load_config(path)
    assert config.network.timeout_s == 3.0
    assert config.network.retries == 2  # default kept
    assert config.feeds[0].poll_interval_s == 5.0
    assert config.network.allow_private == ("127.0.0.0/8",)


def test_feed_country_is_an_alpha3_code():
    from pipeline.config import ConfigError, parse_config

    cfg = parse_config({"feeds": [{"id": "x", "name": "X", "url": "https://x.example/rss",
                                   "country": "TUN"}]})
    assert cfg.feeds[0].country == "TUN"
    with pytest.raises(ConfigError, match=r"^config key feeds\[0\]\.country: "):
        parse_config({"feeds": [{"id": "x", "name": "X", "url": "https://x.example/rss",
                                 "country": "Tunisia"}]})
