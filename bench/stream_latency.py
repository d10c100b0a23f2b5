"""Measure `akhbar stream`: item-to-lake latency against a feed that publishes between polls, and
the CPU an idle stream uses. Also home of PublishingFeed, the loopback feed the e2e tests use.

The feed (RSS with ETag/304) and its article pages are generated here on 127.0.0.1 (ephemeral
port); nothing leaves the machine. Each stream runs as its own `akhbar stream` process.
Run: python bench/stream_latency.py [--poll-interval 2] [--polls 8] [--idle-seconds 60]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parents[1]
WORDS = ("قال وزير الخارجية إن المحادثات مع الوفد الزائر تناولت سبل تعزيز التعاون الاقتصادي "
         "والتجاري بين البلدين وتطوير العلاقات في مجالات الطاقة والتعليم والصحة والنقل وأكد "
         "المتحدث الرسمي أن الجانبين اتفقا على مواصلة التشاور خلال الأسابيع المقبلة").split()


def article_html(i: int) -> str:
    """A distinct Arabic news page for item i (its own words, so no two items are one story)."""
    rnd = random.Random(i)
    paras = "".join(
        "<p>" + " ".join(rnd.choice(WORDS) for _ in range(40)) + f" رقم {i}.</p>"
        for _ in range(5)
    )
    return (f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            f"<title>خبر رقم {i}</title>"
            f'<meta property="article:published_time" content="2025-06-01T10:{i % 60:02d}:00Z">'
            f"</head><body><article><h1>خبر رقم {i}</h1>{paras}</article></body></html>")


class PublishingFeed:
    """An RSS feed on 127.0.0.1 whose items the caller publishes while a stream polls it.

    Answers If-None-Match with 304 while nothing was published; counts feed requests."""

    def __init__(self, host: str = "127.0.0.1"):
        self.lock = threading.Lock()
        self.items: list[tuple[int, float]] = []  # (item number, wall time it was published)
        self.feed_requests = 0
        self.request_times: list[float] = []  # when each feed request arrived
        self.not_modified = 0
        self.first_poll_at: float | None = None
        self._scheduled: dict[int, list[int]] = {}  # request number → items to publish after it
        self.poll_event = threading.Condition(self.lock)
        feed = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                if self.path == "/feed.xml":
                    return feed._serve_feed(self)
                if self.path.startswith("/news/") and self.path.endswith(".html"):
                    try:
                        i = int(self.path[len("/news/"):-len(".html")])
                    except ValueError:
                        i = -1
                    with feed.lock:
                        known = any(n == i for n, _ in feed.items)
                    if known:
                        return _send(self, 200, "text/html; charset=utf-8",
                                     article_html(i).encode())
                _send(self, 404, "text/plain", b"not found")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.url = f"http://{host}:{self.server.server_address[1]}"
        self.feed_url = f"{self.url}/feed.xml"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def item_url(self, i: int) -> str:
        return f"{self.url}/news/{i}.html"

    def publish(self, i: int) -> str:
        with self.lock:
            self.items.append((i, time.time()))
        return self.item_url(i)

    def published(self) -> dict[str, float]:
        """url → when a poller could first see it: its publication, or the first poll for
        items published before the stream started."""
        with self.lock:
            first = self.first_poll_at or 0.0
            return {self.item_url(i): max(t, first) for i, t in self.items}

    def wait_for_requests(self, n: int, timeout: float) -> bool:
        with self.poll_event:
            return self.poll_event.wait_for(lambda: self.feed_requests >= n, timeout)

    def publish_after_request(self, n: int, i: int) -> None:
        """Publish item i as soon as the n-th feed request has been answered: it is new to the
        next poll, whatever the load on the machine (no sleeping caller to wake up late)."""
        with self.lock:
            self._scheduled.setdefault(n, []).append(i)

    def _serve_feed(self, handler):
        try:
            self._answer_feed(handler)
        finally:
            with self.lock:
                due = self._scheduled.pop(len(self.request_times), [])
                self.items.extend((i, time.time()) for i in due)

    def _answer_feed(self, handler):
        with self.lock:
            self.feed_requests += 1
            self.request_times.append(time.time())
            if self.first_poll_at is None:
                self.first_poll_at = time.time()
            items = list(self.items)
            etag = f'"v{len(items)}"'
            fresh = handler.headers.get("If-None-Match") == etag
            if fresh:
                self.not_modified += 1
            self.poll_event.notify_all()
        if fresh:
            handler.send_response(304)
            handler.send_header("ETag", etag)
            handler.end_headers()
            return
        entries = "".join(
            f"<item><title>خبر رقم {i}</title><link>{escape(self.item_url(i))}</link>"
            f"<guid>{escape(self.item_url(i))}</guid></item>"
            for i, _ in reversed(items)
        )
        body = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                f"<title>feed</title><link>{self.url}/</link>{entries}</channel></rss>")
        _send(handler, 200, "application/rss+xml; charset=utf-8", body.encode(), etag)


def _send(handler, status: int, ctype: str, body: bytes, etag: str | None = None) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", ctype)
    handler.send_header("Content-Length", str(len(body)))
    if etag:
        handler.send_header("ETag", etag)
    handler.end_headers()
    handler.wfile.write(body)


def write_config(path: Path, feed_url: str, poll_interval_s: float | None = None) -> Path:
    extra = f", poll_interval_s: {poll_interval_s}" if poll_interval_s else ""
    path.write_text(
        f'feeds:\n  - {{id: publisher, url: "{feed_url}", name: "ناشر"{extra}}}\n'
        'network:\n  allow_private: ["127.0.0.0/8"]\n  retries: 0\n', encoding="utf-8")
    return path


class LakeWatcher:
    """Reads the lake's article URLs every `every` seconds (as a reader would, with pyarrow)
    and records when each URL first became visible, and any read error."""

    def __init__(self, lake: str, every: float = 0.1):
        self.lake = lake
        self.every = every
        self.first_seen: dict[str, float] = {}
        self.errors: list[str] = []
        self.reads = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.read_once()

    def _loop(self):
        while not self._stop.wait(self.every):
            self.read_once()

    def read_once(self):
        from pipeline.lake.store import open_dataset

        try:
            data = open_dataset(self.lake, "articles")
            urls = data.to_table(columns=["url"]).column("url").to_pylist() if data else []
        except Exception as exc:  # a partial file would land here
            self.errors.append(f"{type(exc).__name__}: {exc}")
            return
        now = time.time()
        self.reads += 1
        for url in urls:
            self.first_seen.setdefault(url, now)


def stream_command(config: Path, lake: str, poll_interval: float,
                   max_polls: int | None) -> list[str]:
    cmd = [sys.executable, "-m", "pipeline.cli", "stream", "--config", str(config),
           "--output", lake, "--poll-interval", str(poll_interval)]
    if max_polls is not None:
        cmd += ["--max-polls", str(max_polls)]
    return cmd


def measure_latency(workdir: Path, poll_interval: float, polls: int,
                    initial_items: int = 2, publish_rounds: int | None = None) -> dict:
    """Run `akhbar stream --max-polls polls` against a PublishingFeed that publishes one new
    item right after each of the first `publish_rounds` polls is answered (default: all but the
    last); return latencies and counts."""
    publish_rounds = polls - 1 if publish_rounds is None else publish_rounds
    lake = str(workdir / "lake")
    with PublishingFeed() as feed:
        for i in range(initial_items):
            feed.publish(i)
        config = write_config(workdir / "stream.yaml", feed.feed_url)
        with LakeWatcher(lake) as watcher:
            for k in range(1, publish_rounds + 1):
                feed.publish_after_request(k, initial_items + k - 1)
            proc = subprocess.Popen(stream_command(config, lake, poll_interval, polls),
                                    cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    text=True)
            out, err = proc.communicate(timeout=300)
        published = feed.published()
        latencies = {url: watcher.first_seen[url] - t
                     for url, t in published.items() if url in watcher.first_seen}
        # the same latency counted in polls: the feed requests that began between an item's
        # publication and its first sighting in the lake (1: the first poll that could see it)
        polls_to_lake = {url: sum(1 for r in feed.request_times
                                  if t <= r <= watcher.first_seen[url])
                         for url, t in published.items() if url in watcher.first_seen}
        return {"returncode": proc.returncode, "stdout": out, "stderr": err,
                "published": published, "latencies": latencies,
                "polls_to_lake": polls_to_lake,
                "feed_requests": feed.feed_requests, "not_modified": feed.not_modified,
                "reader_errors": watcher.errors, "reads": watcher.reads, "lake": lake}


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process and its waited-for children, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return sum(int(fields[i]) for i in (11, 12, 13, 14)) / ticks


def measure_idle_cpu(workdir: Path, poll_interval: float, seconds: float) -> dict:
    """CPU share of one core used by a stream whose feed never changes, over `seconds`."""
    lake = str(workdir / "idle-lake")
    with PublishingFeed() as feed:
        feed.publish(0)
        config = write_config(workdir / "idle.yaml", feed.feed_url)
        proc = subprocess.Popen(stream_command(config, lake, poll_interval, None), cwd=REPO,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            feed.wait_for_requests(2, timeout=120)  # started, first article written
            c0, t0, r0 = cpu_seconds(proc.pid), time.monotonic(), feed.feed_requests
            time.sleep(seconds)
            c1, t1, r1 = cpu_seconds(proc.pid), time.monotonic(), feed.feed_requests
        finally:
            proc.terminate()
            proc.communicate(timeout=120)
        return {"cpu_share": (c1 - c0) / (t1 - t0), "seconds": t1 - t0, "polls": r1 - r0,
                "not_modified": feed.not_modified, "exit_code_after_sigterm": proc.returncode}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--poll-interval", type=float, default=2.0)
    parser.add_argument("--polls", type=int, default=8)
    parser.add_argument("--idle-seconds", type=float, default=60.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        lat = measure_latency(Path(tmp), args.poll_interval, args.polls)
        values = sorted(lat["latencies"].values())
        idle = measure_idle_cpu(Path(tmp), args.poll_interval, args.idle_seconds)
    result = {
        "poll_interval_s": args.poll_interval, "polls": args.polls,
        "items_published": len(lat["published"]), "items_in_lake": len(values),
        "latency_median_s": round(statistics.median(values), 3) if values else None,
        "latency_max_s": round(max(values), 3) if values else None,
        "polls_to_lake_max": max(lat["polls_to_lake"].values(), default=None),
        "reader_errors": len(lat["reader_errors"]), "lake_reads": lat["reads"],
        "idle_cpu_share_of_core": round(idle["cpu_share"], 4),
        "idle_seconds": round(idle["seconds"], 1), "idle_polls": idle["polls"],
        "idle_exit_code_after_sigterm": idle["exit_code_after_sigterm"],
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
