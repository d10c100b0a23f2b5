"""A large lake: what a run costs at start against 1,000,000 stored articles.

Writes a synthetic lake in akhbar's own layout (articles over `--days` days, files of at most
500 rows, signatures of the last 30 days, one event per three articles, some rejects), then
runs `akhbar run` on the same number of new pages (RSS feeds on 127.0.0.1) against that lake
and against an empty one. Prints both runs' time and peak RSS (the whole process tree) and the
differences, with the targets (under 10 s and 300 MB more), as a table and JSON.

    python bench/big_lake.py [--articles 1000000] [--days 1000] [--pages 200] [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sys
import tempfile
import time
from contextlib import ExitStack
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from harness import SiteServer, cpu_info, report, rss, run_akhbar, write_config  # noqa: E402
from memory import article_html  # noqa: E402

from schemas.articles import ARTICLES_SCHEMA  # noqa: E402
from schemas.events import EVENTS_SCHEMA  # noqa: E402
from schemas.rejects import REJECTS_SCHEMA  # noqa: E402
from schemas.signatures import SIGNATURES_SCHEMA  # noqa: E402

FILE_ROWS = 500
HOSTS = [f"www.outlet{i}.example" for i in range(14)]
BODY = ("التقى وزير الخارجية نظيره في العاصمة لبحث العلاقات الثنائية وسبل تطويرها " * 6).strip()


def _null_columns(schema: pa.Schema, n: int, given: dict) -> pa.Table:
    columns = []
    for field in schema:
        value = given.get(field.name)
        columns.append(pa.array(value, field.type) if value is not None
                       else pa.nulls(n, field.type))
    return pa.Table.from_arrays(columns, schema=schema)


def write_big_lake(root: Path, articles: int, days: int) -> dict:
    """The synthetic lake under `root`; returns what was written."""
    start = time.perf_counter()
    end_day = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
    per_day = max(1, articles // days)
    rng = random.Random(7)
    written = {"articles": 0, "signatures": 0, "events": 0, "rejects": 0, "files": 0}
    n = 0
    day = 0
    while n < articles:
        when = end_day - timedelta(days=days - 1 - day)
        date = when.strftime("%Y-%m-%d")
        count = min(per_day, articles - n) if day < days - 1 else articles - n
        for first in range(0, count, FILE_ROWS):
            rows = min(FILE_ROWS, count - first)
            ids = [n + first + i for i in range(rows)]
            urls = [f"https://{HOSTS[i % len(HOSTS)]}/news/{date}/{i}-{rng.getrandbits(32):08x}"
                    for i in ids]
            aids = [hashlib.sha1(u.encode()).hexdigest()[:16] for u in urls]
            stamps = [when + timedelta(seconds=i % 86400) for i in ids]
            table = _null_columns(ARTICLES_SCHEMA, rows, {
                "article_id": aids, "url": urls, "canonical_url": urls,
                "feed_url": [f"https://{HOSTS[i % len(HOSTS)]}/rss" for i in ids],
                "source": [f"outlet{i % len(HOSTS)}" for i in ids],
                "title": [f"خبر {i}" for i in ids], "published_at": stamps,
                "body": [f"{BODY} {i}" for i in ids], "fetched_at": stamps,
                "story_id": aids, "run_id": ["bench"] * rows, "schema_version": [2] * rows,
                "tags": [[] for _ in ids], "read_also": [[] for _ in ids],
                "related_titles": [[] for _ in ids], "authors": [[] for _ in ids],
            })
            name = f"part-bench-{n + first:08d}.parquet"
            _write(root / "articles" / f"date={date}" / name, table)
            written["articles"] += rows
            written["files"] += 1
            if day >= days - 30:
                sig = _null_columns(SIGNATURES_SCHEMA, rows, {
                    "article_id": aids, "published_at": stamps, "fetched_at": stamps,
                    "sort_key": [f"{s.isoformat()}|{a}" for s, a in zip(stamps, aids,
                                                                        strict=True)],
                    "exact_key": [a[::-1] for a in aids],
                    "minhash": [rng.randbytes(512) for _ in ids],
                    "signature_version": ["bench"] * rows, "story_id": aids,
                    "run_id": ["bench"] * rows, "schema_version": [2] * rows,
                })
                _write(root / "signatures" / f"date={date}" / name, sig)
                written["signatures"] += rows
            events = [i for i in range(rows) if (ids[i] % 3) == 0]
            if events:
                ev = _null_columns(EVENTS_SCHEMA, len(events), {
                    "event_id": [hashlib.sha1(aids[i].encode()).hexdigest()[:16]
                                 for i in events],
                    "article_id": [aids[i] for i in events],
                    "event_type": ["MEET"] * len(events), "status": ["reported"] * len(events),
                    "event_date": [stamps[i].date() for i in events],
                    "actor1_country": ["QAT"] * len(events),
                    "actor2_country": ["USA"] * len(events),
                    "event_cluster_id": [hashlib.sha1(aids[i].encode()).hexdigest()[:16]
                                         for i in events],
                    "run_id": ["bench"] * len(events), "schema_version": [2] * len(events),
                })
                _write(root / "events" / f"date={date}" / name, ev)
                written["events"] += len(events)
        if day % 10 == 0:
            rejects = _null_columns(REJECTS_SCHEMA, 50, {
                "url": [f"https://{HOSTS[0]}/gone/{date}/{i}" for i in range(50)],
                "feed_url": [f"https://{HOSTS[0]}/rss"] * 50, "source": ["outlet0"] * 50,
                "stage": ["fetch"] * 50, "error": ["http_status"] * 50,
                "message": ["http_status (HTTP 404): gone"] * 50, "at": [when] * 50,
                "run_id": ["bench"] * 50, "schema_version": [2] * 50,
            })
            _write(root / "rejects" / f"date={date}" / "part-bench-rejects.parquet", rejects)
            written["rejects"] += 50
        n += count
        day += 1
    written["seconds"] = round(time.perf_counter() - start, 1)
    return written


def _write(path: Path, table: pa.Table) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, compression="zstd")


def run_on(lake: Path, pages: int, nonce: str) -> dict:
    """`akhbar run` on `pages` new pages (4 loopback hosts, RSS) into `lake`."""
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        feeds = []
        for h in range(4):
            routes: dict = {}
            server = stack.enter_context(SiteServer(routes, host=f"127.0.0.{h + 1}"))
            mine = [f"{server.base}/{nonce}/{i}.html" for i in range(h, pages, 4)]
            for i, url in zip(range(h, pages, 4), mine, strict=True):
                routes[url.removeprefix(server.base)] = (article_html(i),
                                                         "text/html; charset=utf-8")
            routes["/rss.xml"] = (rss(f"host {h}", mine), "application/rss+xml")
            feeds.append((f"host{h}", f"{server.base}/rss.xml"))
        config = write_config(Path(tmp) / "big.yaml", feeds)
        run = run_akhbar(["run", "--config", str(config), "--output", str(lake)])
    if run["returncode"] != 0:
        raise SystemExit(run["stderr"])
    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=1000)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--keep", help="write (or reuse) the big lake here and keep it")
    args = parser.parse_args()
    print(cpu_info(), flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(args.keep) if args.keep else Path(tmp) / "big"
        if not (big / "articles").is_dir():
            made = write_big_lake(big, args.articles, args.days)
            print(f"wrote {made}", flush=True)
        empty = Path(tmp) / "empty"
        nonce = f"n{int(time.time())}"
        base = run_on(empty, args.pages, nonce + "e")
        loaded = run_on(big, args.pages, nonce + "b")
        shutil.rmtree(empty, ignore_errors=True)
    extra_s = loaded["seconds"] - base["seconds"]
    extra_mb = loaded["peak_rss_mb"] - base["peak_rss_mb"]
    report(f"A run of {args.pages} new pages against {args.articles:,} stored articles", [
        ("empty lake", f"{base['seconds']:.1f} s, peak RSS {base['peak_rss_mb']:.0f} MB"),
        ("big lake", f"{loaded['seconds']:.1f} s, peak RSS {loaded['peak_rss_mb']:.0f} MB"),
        ("difference", f"{extra_s:+.1f} s (target < 10 s), {extra_mb:+.0f} MB "
                       "(target < 300 MB)"),
    ], {"articles": args.articles, "pages": args.pages,
        "empty": {"seconds": round(base["seconds"], 2), "peak_rss_mb": base["peak_rss_mb"]},
        "big": {"seconds": round(loaded["seconds"], 2), "peak_rss_mb": loaded["peak_rss_mb"]},
        "extra_seconds": round(extra_s, 2), "extra_mb": round(extra_mb, 1)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
