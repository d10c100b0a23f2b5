"""Benchmark DeduplicateStories: time, peak memory and throughput for N synthetic Arabic articles.

Articles recombine real sentences from ../shared/eval (read at run time, never stored), with
injected near-copies; each N runs in its own process on FnApiRunner. Prints a table and JSON.
Run: python bench/dedup.py [--sizes 10000 50000 100000] [--copy-rate 0.1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
RUN_DATE = dt.date(2024, 7, 26)


def sentence_pool() -> list[str]:
    pool = []
    for name in ("events_seeds.jsonl", "events_dev.jsonl"):
        with open(SHARED / "eval" / name, encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line)["text"]
                pool += [s.strip() for s in re.split(r"(?<=[.!?؟])\s+|\n+", text)
                         if len(s.split()) >= 6]
    return pool


def synthetic_articles(n: int, copy_rate: float, seed: int = 7) -> tuple[list[dict], int]:
    """n article rows: real sentences recombined and perturbed (a word in four swapped for
    another real word) so originals do not overlap by accident; copy_rate of them are
    syndicated copies (dateline, trimmed ending, outlet footer) of an earlier article."""
    rng = random.Random(seed)
    pool = sentence_pool()
    vocab = sorted({w for s in pool for w in s.split()})
    base = dt.datetime(2024, 7, 26, tzinfo=dt.timezone.utc)
    rows, copies = [], 0
    for i in range(n):
        if rows and rng.random() < copy_rate:
            src = rows[rng.randrange(len(rows))]["body"].split("\n")
            keep = src[: max(2, len(src) - 1)]
            body = "\n".join(["عمّان - وكالات:"] + keep + ["تابعونا على منصات التواصل."])
            copies += 1
        else:
            sentences = rng.sample(pool, rng.randint(4, 8))
            body = "\n".join(
                " ".join(w if rng.random() > 0.25 else rng.choice(vocab) for w in s.split())
                for s in sentences
            )
        rows.append({
            "article_id": f"{i:016x}", "canonical_url": f"https://x{i % 50}.example/{i}",
            "source": f"x{i % 50}", "body": body,
            "published_at": base - dt.timedelta(seconds=rng.randrange(86400)),
            "fetched_at": base, "story_id": None, "duplicate_of": None, "dup_kind": None,
        })
    return rows, copies


def run_one(n: int, copy_rate: float) -> dict:
    import apache_beam as beam
    from apache_beam.metrics.metric import MetricsFilter
    from apache_beam.runners.portability.fn_api_runner import FnApiRunner

    from pipeline.config import DedupConfig
    from pipeline.dedup_transforms import DeduplicateStories

    rows, copies = synthetic_articles(n, copy_rate)
    start = time.perf_counter()
    p = beam.Pipeline(runner=FnApiRunner())
    _ = p | beam.Create(rows, reshuffle=False) | DeduplicateStories(DedupConfig(), None, RUN_DATE)
    result = p.run()
    result.wait_until_finish()
    seconds = time.perf_counter() - start
    counts = {
        c.key.metric.name.removeprefix("articles_"): c.committed
        for c in result.metrics().query(MetricsFilter().with_namespace("dedup"))["counters"]
    }
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"n": n, "seconds": round(seconds, 2), "articles_per_s": round(n / seconds, 1),
            "peak_rss_mb": round(peak_mb, 1), "injected_copies": copies,
            "marked_duplicates": counts.get("near", 0) + counts.get("exact", 0)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    parser.add_argument("--copy-rate", type=float, default=0.1)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one, args.copy_rate)))
        return 0
    results = []
    for n in args.sizes:
        proc = subprocess.run(
            [sys.executable, __file__, "--one", str(n), "--copy-rate", str(args.copy_rate)],
            capture_output=True, text=True, check=True,
        )
        results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    first = results[0]
    for r in results:
        # time growth relative to linear from the smallest size: 1.0 means exactly linear
        r["time_vs_linear"] = round((r["seconds"] / first["seconds"]) / (r["n"] / first["n"]), 2)
    print(f"{'N':>8} {'seconds':>8} {'art/s':>8} {'peak MB':>8} {'copies':>7} {'marked':>7} "
          f"{'vs linear':>9}")
    for r in results:
        print(f"{r['n']:>8} {r['seconds']:>8} {r['articles_per_s']:>8} {r['peak_rss_mb']:>8} "
              f"{r['injected_copies']:>7} {r['marked_duplicates']:>7} {r['time_vs_linear']:>9}")
    print(json.dumps({"runner": "FnApiRunner", "results": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
