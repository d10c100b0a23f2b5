"""Kill `akhbar stream` at the moment one of its files appears, restart it, and compare the lake
with a clean batch run: articles, events and signatures must be there exactly once.

A loopback feed (127.0.0.1, ephemeral port) publishes a few new items before each cycle; each
article reports two diplomatic contacts (two event rows) and every fifth item is a 404 (a reject
row). A cycle starts the stream, watches the lake for a new published file of one dataset and
SIGKILLs the stream's whole process group as soon as it appears. After all cycles the stream
runs once more to its end (--max-polls), then `akhbar run` ingests the same feed into a fresh
lake, and the two lakes are compared by id.

The same cycles with `--mode run` kill `akhbar run` instead (the batch's publish order).

Run: python bench/stream_kill.py [--cycles 10] [--datasets articles events signatures rejects]
     [--mode stream|run]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parents[1]
DATASETS = ("articles", "events", "signatures", "rejects")
ID_COLUMNS = {"articles": "article_id", "events": "event_id", "signatures": "article_id"}
ADJECTIVES = ("السعودي", "الفرنسي", "القطري", "المصري", "الأردني", "التركي", "الإماراتي",
              "الكويتي", "العماني", "البريطاني", "الألماني", "الإيطالي")
FILLER = ("الحكومة الوزير الاجتماع الاقتصاد السوق النفط الأسعار المدينة الشارع الجامعة الطلاب "
          "المدرسة المستشفى الطريق الجسر الميناء البحر المطر الزراعة القمح المياه النهر السد "
          "الكهرباء الطاقة المصنع العمال البنك التجارة الصادرات الحدود المطار الفندق").split()


def article_html(i: int) -> str:
    """Item i: three paragraphs of its own words and two contacts between two countries."""
    rng = random.Random(i)
    a, b = rng.sample(ADJECTIVES, 2)
    events = (f"اتصل وزير الخارجية {a} هاتفيا اليوم بنظيره {b} وبحث الجانبان العلاقات "
              f"الثنائية. واستقبل الرئيس {b} في القصر الرئاسي رئيس الوزراء {a} وبحثا سبل "
              "التعاون.")
    paras = "".join("<p>" + " ".join(rng.choice(FILLER) for _ in range(60)) + f" رقم {i}.</p>"
                    for _ in range(3))
    return (f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            f"<title>خبر {i}</title>"
            f'<meta property="article:published_time" content="2025-06-0{1 + i % 5}T10:00:00Z">'
            f"</head><body><article><h1>خبر رقم {i}</h1><p>{events}</p>{paras}</article>"
            "</body></html>")


class Feed:
    """RSS on 127.0.0.1 whose items the caller publishes; item i is a 404 when i % 5 == 4."""

    def __init__(self):
        self.lock = threading.Lock()
        self.count = 0
        feed = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                if self.path == "/feed.xml":
                    with feed.lock:
                        n = feed.count
                    items = "".join(f"<item><title>خبر {i}</title><link>{escape(feed.item(i))}"
                                    f"</link></item>" for i in range(n))
                    body = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0">'
                            f"<channel><title>f</title><link>{feed.base}/</link>{items}"
                            "</channel></rss>").encode()
                    return self._send(200, "application/rss+xml; charset=utf-8", body)
                try:
                    i = int(self.path.removeprefix("/news/").removesuffix(".html"))
                except ValueError:
                    i = -1
                with feed.lock:
                    known = 0 <= i < feed.count
                if known and i % 5 != 4:
                    return self._send(200, "text/html; charset=utf-8", article_html(i).encode())
                self._send(404, "text/plain", b"not found")

            def _send(self, status, ctype, body):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def item(self, i: int) -> str:
        return f"{self.base}/news/{i}.html"

    def publish(self, n: int) -> None:
        with self.lock:
            self.count += n

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def write_config(path: Path, feed_url: str) -> Path:
    path.write_text(
        f'feeds:\n  - {{id: kill, url: "{feed_url}", name: "kill"}}\n'
        'network: {allow_private: ["127.0.0.0/8"], retries: 0, respect_robots: false}\n'
        "output: {batch_size: 2}\n", encoding="utf-8")
    return path


def akhbar(*args: str) -> list[str]:
    return [sys.executable, "-m", "pipeline.cli", *args]


def published(lake: Path, dataset: str) -> set[Path]:
    base = lake / dataset
    if not base.is_dir():
        return set()
    return {p for p in base.glob("date=*/*.parquet") if not p.name.startswith((".", "_"))}


def command(mode: str, config: Path, lake: Path, polls: int = 4) -> list[str]:
    """`akhbar stream` (a few rounds) or `akhbar run` on the kill feed."""
    if mode == "stream":
        return akhbar("stream", "--config", str(config), "--output", str(lake),
                      "--poll-interval", "1", "--max-polls", str(polls))
    return akhbar("run", "--config", str(config), "--output", str(lake))


def kill_at_first_file(config: Path, lake: Path, dataset: str, limit_s: float = 90.0,
                       mode: str = "stream") -> dict:
    """Start the command; SIGKILL its process group when a new `dataset` file appears."""
    before = published(lake, dataset)
    started = time.monotonic()
    proc = subprocess.Popen(command(mode, config, lake), cwd=REPO, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    killed = False
    while time.monotonic() - started < limit_s and proc.poll() is None:
        if published(lake, dataset) - before:
            os.killpg(proc.pid, signal.SIGKILL)
            killed = True
            break
        time.sleep(0.001)
    if not killed and proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    with_group_gone(proc.pid)
    return {"dataset": dataset, "killed": killed, "returncode": proc.returncode,
            "seconds": round(time.monotonic() - started, 2), "stderr": err[-2000:]}


def with_group_gone(pgid: int, limit_s: float = 20.0) -> None:
    """Wait until no process of the killed group is left (the lake lock is then free)."""
    end = time.monotonic() + limit_s
    while time.monotonic() < end:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)


def ids(lake: Path, dataset: str) -> Counter:
    import pyarrow as pa
    import pyarrow.dataset as ds

    if not (lake / dataset).is_dir():
        return Counter()
    data = ds.dataset(lake / dataset, format="parquet", ignore_prefixes=[".", "_"],
                      partitioning=ds.partitioning(pa.schema([("date", pa.string())]),
                                                   flavor="hive"))
    return Counter(data.to_table(columns=[ID_COLUMNS[dataset]]).column(0).to_pylist())


def compare(stream_lake: Path, batch_lake: Path) -> dict:
    out = {}
    for dataset in ID_COLUMNS:
        got, want = ids(stream_lake, dataset), ids(batch_lake, dataset)
        out[dataset] = {"expected": len(want), "rows": sum(got.values()),
                        "lost": len(set(want) - set(got)),
                        "duplicated": sum(n - 1 for n in got.values() if n > 1),
                        "unexpected": len(set(got) - set(want))}
    return out


def run(work: Path, datasets: list[str], cycles: int, per_cycle: int = 5,
        mode: str = "stream") -> dict:
    feed = Feed()
    try:
        config = write_config(work / "kill.yaml", f"{feed.base}/feed.xml")
        lake = work / "stream-lake"
        kills = []
        for dataset in datasets:
            for _ in range(cycles):
                feed.publish(per_cycle)
                kills.append(kill_at_first_file(config, lake, dataset, mode=mode))
        final = subprocess.run(command(mode, config, lake, polls=2), cwd=REPO,
                               capture_output=True, text=True, timeout=600)
        batch_lake = work / "batch-lake"
        batch = subprocess.run(akhbar("run", "--config", str(config), "--output",
                                      str(batch_lake)),
                               cwd=REPO, capture_output=True, text=True, timeout=600)
        return {"items": feed.count, "kills": kills,
                "killed": sum(k["killed"] for k in kills),
                "final_returncode": final.returncode, "final_stderr": final.stderr[-2000:],
                "batch_returncode": batch.returncode, "batch_stderr": batch.stderr[-2000:],
                "compare": compare(lake, batch_lake)}
    finally:
        feed.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=10)
    parser.add_argument("--datasets", nargs="+", default=list(DATASETS), choices=DATASETS)
    parser.add_argument("--mode", choices=("stream", "run"), default="stream",
                        help="kill `akhbar stream` (default) or `akhbar run`")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="akhbar-stream-kill-") as tmp:
        started = time.monotonic()
        result = run(Path(tmp), args.datasets, args.cycles, mode=args.mode)
        result["seconds"] = round(time.monotonic() - started, 1)
    print(f"{'dataset':<12}{'expected':>10}{'rows':>8}{'lost':>8}{'duplicated':>12}")
    for dataset, c in result["compare"].items():
        print(f"{dataset:<12}{c['expected']:>10}{c['rows']:>8}{c['lost']:>8}"
              f"{c['duplicated']:>12}")
    by = Counter(k["dataset"] for k in result["kills"] if k["killed"])
    print(f"akhbar {args.mode} killed at the first new file: {dict(by)} of {args.cycles} "
          "cycles each; "
          f"items {result['items']}; {result['seconds']} s")
    print(json.dumps({k: v for k, v in result.items() if k != "kills"}))
    ok = (result["final_returncode"] == 0 and result["batch_returncode"] == 0
          and all(c["lost"] == 0 and c["duplicated"] == 0 and c["unexpected"] == 0
                  for c in result["compare"].values()))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
