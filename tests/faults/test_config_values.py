"""Hostile config values: every one is exit code 2 and one line naming the key (or the file when
there is no key), never a traceback, and nothing is polled or written. The bounds are the ones
configs/defaults.yaml documents."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import yaml

from pipeline.cli import main
from pipeline.config import DEFAULTS_PATH
from tests.faults.server import REPO

FEED = '{id: a, url: "http://127.0.0.1:9/f.xml", name: A}'


def _config(tmp_path, text: str | bytes):
    path = tmp_path / "c.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _run(tmp_path, capsys, config, command="run") -> list[str]:
    lake = tmp_path / "lake"
    code = main([command, "--config", str(config), "--output", str(lake)])
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert code == 2, err
    assert len(err) == 1, err
    assert "Traceback" not in err[0]
    assert not lake.exists(), "nothing may be written for a bad config"
    return err


CASES = [
    ("timeout_inf", f"feeds: [{FEED}]\nnetwork: {{timeout_s: .inf}}\n", "network.timeout_s"),
    ("timeout_nan", f"feeds: [{FEED}]\nnetwork: {{timeout_s: .nan}}\n", "network.timeout_s"),
    ("timeout_zero", f"feeds: [{FEED}]\nnetwork: {{timeout_s: 0}}\n", "network.timeout_s"),
    ("backoff_inf", f"feeds: [{FEED}]\nnetwork: {{backoff_s: .inf}}\n", "network.backoff_s"),
    ("num_perm_0", f"feeds: [{FEED}]\ndedup: {{num_perm: 0}}\n", "dedup.num_perm"),
    ("num_perm_4096", f"feeds: [{FEED}]\ndedup: {{num_perm: 4096}}\n", "dedup.num_perm"),
    ("threshold_tiny", f"feeds: [{FEED}]\ndedup: {{threshold: 0.001}}\n", "dedup.threshold"),
    ("lookback_huge", f"feeds: [{FEED}]\ndedup: {{lookback_days: 1000000000000}}\n",
     "dedup.lookback_days"),
    ("events_lookback_huge", f"feeds: [{FEED}]\nevents: {{lookback_days: 1000000000000}}\n",
     "events.lookback_days"),
    ("user_agent_crlf", f'feeds: [{FEED}]\nnetwork: {{user_agent: "akhbar\\r\\nX-Evil: 1"}}\n',
     "network.user_agent"),
    ("url_space", 'feeds: [{id: a, url: "http://exa mple.com/f.xml", name: A}]\n',
     "feeds[0].url"),
    ("url_no_host", 'feeds: [{id: a, url: "http:///f.xml", name: A}]\n', "feeds[0].url"),
    ("url_credentials", 'feeds: [{id: a, url: "http://user:pw@example.com/f.xml", name: A}]\n',
     "feeds[0].url"),
    ("duplicate_key", f"feeds: [{FEED}]\nnetwork:\n  timeout_s: 5\n  timeout_s: 50\n",
     "network.timeout_s"),
    ("duplicate_section", f"feeds: [{FEED}]\nnetwork: {{}}\nnetwork: {{}}\n", "network"),
    ("poll_interval_nan", 'feeds: [{id: a, url: "http://e.com/f", name: A, '
     "poll_interval_s: .nan}]\n", "feeds[0].poll_interval_s"),
    ("no_feeds", "feeds: []\n", "feeds"),
]


@pytest.mark.parametrize("name,text,key", CASES, ids=[c[0] for c in CASES])
def test_bad_value_is_one_line_naming_the_key(tmp_path, capsys, name, text, key):
    err = _run(tmp_path, capsys, _config(tmp_path, text))
    assert re.search(rf"config key {re.escape(key)}\b", err[0]), err


def test_non_utf8_config_is_one_line(tmp_path, capsys):
    text = b"feeds: []\nnetwork: {user_agent: \"\xff\xfe\"}\n"
    err = _run(tmp_path, capsys, _config(tmp_path, text))
    assert "UTF-8" in err[0] and "line 2" in err[0]


def test_empty_config_is_refused(tmp_path, capsys):
    err = _run(tmp_path, capsys, _config(tmp_path, "   \n"))
    assert "empty" in err[0]


def test_deeply_nested_yaml_is_one_line(tmp_path):
    """20,000 levels: a subprocess, as a traceback or a crash would show there."""
    config = _config(tmp_path, "feeds: " + "[" * 20000 + "]" * 20000 + "\n")
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "run", "--config", str(config),
                           "--output", str(tmp_path / "lake")], capture_output=True, text=True,
                          timeout=60, cwd=REPO)
    err = [line for line in proc.stderr.splitlines() if line.strip()]
    assert proc.returncode == 2 and len(err) == 1, proc.stderr[-2000:]
    assert "nested deeper" in err[0]


def test_stream_with_no_feeds_is_one_line(tmp_path, capsys):
    err = _run(tmp_path, capsys, _config(tmp_path, "feeds: []\n"), command="stream")
    assert "config key feeds" in err[0]


@pytest.mark.parametrize("value", ["nan", "inf", "0", "-1"])
def test_stream_poll_interval_must_be_a_positive_number(tmp_path, capsys, value):
    config = _config(tmp_path, f"feeds: [{FEED}]\n")
    code = main(["stream", "--config", str(config), "--output", str(tmp_path / "lake"),
                 "--poll-interval", value])
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert code == 2 and len(err) == 1 and "--poll-interval" in err[0]


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def test_every_bound_is_documented_in_the_defaults_file():
    """Each bounded key's line in configs/defaults.yaml shows its bounds as [low, high] or
    (low, high]; the loaded defaults are within them."""
    from pipeline.config import BOUNDS, MIN_EXCLUSIVE

    lines = DEFAULTS_PATH.read_text(encoding="utf-8").splitlines()
    defaults = yaml.safe_load("\n".join(lines))
    for key, (low, high) in BOUNDS.items():
        section, name = key.split(".", 1)
        opener = "(" if key in MIN_EXCLUSIVE else "["
        want = f"{opener}{_num(low)}, {_num(high)}]"
        if section == "feeds[]":
            assert any(name in line and want in line for line in lines), key
            continue
        line = next(line for line in lines if line.strip().startswith(f"{name}:")
                    and lines.index(line) > lines.index(f"{section}:"))
        assert want in line, (key, line)
        value = defaults[section][name]
        assert low <= value <= high, key
