"""--output that cannot be a lake: one line each, the documented exit code, before any feed is
polled (the feed's loopback server sees no request), and bounded in time (no hang on a store
that never answers). Remote stores are simulated on 127.0.0.1 only: a port nobody listens on,
and a socket that accepts and never answers (standing in for GCE's metadata server)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.faults.server import REPO, FaultServer, Resp, rss, write_config

EXIT_USAGE, EXIT_IO = 2, 3
BOUND_S = 15.0  # the probe gives up after 4 s; the rest is the command's start on a busy machine


@pytest.fixture(scope="module")
def feed(tmp_path_factory):
    srv = FaultServer("127.0.0.1")
    srv.routes["/f.xml"] = Resp(body=rss([{"link": srv.url("/a.html")}]),
                                content_type="application/rss+xml")
    config = write_config(tmp_path_factory.mktemp("out") / "c.yaml",
                          [{"id": "f", "url": srv.url("/f.xml"), "name": "f"}])
    yield srv, config
    srv.stop()


@pytest.fixture(scope="module")
def silent_port():
    """A 127.0.0.1 port that accepts connections and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    yield sock.getsockname()[1]
    sock.close()


def dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(silent: int) -> dict:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("AWS_", "GOOGLE_", "GCE_", "CLOUDSDK_"))}
    env.update({"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                "AWS_DEFAULT_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true",
                # no credentials anywhere; every Google endpoint is a loopback socket that hangs
                "GCE_METADATA_HOST": f"127.0.0.1:{silent}",
                "GCE_METADATA_ROOT": f"127.0.0.1:{silent}",
                "GCE_METADATA_IP": f"127.0.0.1:{silent}",
                "CLOUD_STORAGE_EMULATOR_ENDPOINT": f"http://127.0.0.1:{silent}"})
    return env


def _run(cmd: list[str], env: dict | None = None, wrap: list[str] | None = None):
    started = time.monotonic()
    proc = subprocess.run((wrap or []) + cmd, capture_output=True, text=True, timeout=120,
                          cwd=REPO, env=env)
    return proc, time.monotonic() - started


def _check(proc, elapsed, srv, code):
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert proc.returncode == code, proc.stderr[-2000:]
    assert len(lines) == 1 and lines[0].startswith("akhbar: "), proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    assert elapsed < BOUND_S, elapsed
    assert srv.hits_for("/f.xml") == [], "a feed was polled"
    return lines[0]


def _cmd(config: Path, output: str) -> list[str]:
    return [sys.executable, "-m", "pipeline.cli", "run", "--config", str(config),
            "--output", output]


def test_existing_regular_file(tmp_path, feed):
    srv, config = feed
    target = tmp_path / "lake"
    target.write_text("not a lake")
    line = _check(*_run(_cmd(config, str(target))), srv, EXIT_IO)
    assert str(target) in line and "not a directory" in line
    assert target.read_text() == "not a lake"


def test_read_only_directory(tmp_path, feed):
    srv, config = feed
    lake = tmp_path / "ro"
    lake.mkdir()
    wrap = None
    if os.geteuid() == 0:  # root writes through permissions: make it a read-only mount
        if shutil.which("unshare") is None:
            pytest.fail("running as root needs unshare(1) for a read-only directory")
        cmd = " ".join(f"'{c}'" for c in _cmd(config, str(lake)))
        wrap = ["unshare", "-rm", "sh", "-c",
                f"mount --bind '{lake}' '{lake}' && mount -o remount,bind,ro '{lake}' && "
                f"exec {cmd}"]
        proc, elapsed = _run([], wrap=wrap)
    else:
        lake.chmod(0o555)
        proc, elapsed = _run(_cmd(config, str(lake)))
    line = _check(proc, elapsed, srv, EXIT_IO)
    assert "cannot write" in line and str(lake) in line
    assert list(lake.iterdir()) == []


@pytest.mark.parametrize("output", ["ftp://127.0.0.1/lake", "hdfs://127.0.0.1:8020/lake", ""])
def test_unsupported_or_empty_output_is_a_usage_error(tmp_path, feed, output):
    srv, config = feed
    line = _check(*_run(_cmd(config, output)), srv, EXIT_USAGE)
    assert "--output" in line


def test_gs_without_credentials_does_not_hang(feed, silent_port):
    srv, config = feed
    line = _check(*_run(_cmd(config, "gs://akhbar-test-bucket/lake"), env=_env(silent_port)),
                  srv, EXIT_IO)
    assert "gs://akhbar-test-bucket/lake" in line


@pytest.mark.parametrize("kind", ["refused", "silent"])
def test_s3_dead_endpoint_is_one_line(feed, silent_port, kind):
    srv, config = feed
    port = dead_port() if kind == "refused" else silent_port
    uri = f"s3://bucket/lake?endpoint_override=127.0.0.1:{port}&scheme=http"
    line = _check(*_run(_cmd(config, uri), env=_env(silent_port)), srv, EXIT_IO)
    assert "s3://bucket/lake" in line
