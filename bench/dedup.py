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


TOPIC_SIZE = 25  # articles per topic: outlets covering different events of one story
TOPIC_SENTENCES = 20  # a topic's own sentence variants, which its articles recombine
TOPIC_REWRITE = 0.5  # share of a pool sentence's words a topic swaps for other real words
ARTICLE_REWRITE = 0.1  # and each article swaps again


def _rewrite(sentence: str, rate: float, vocab: list[str], rng: random.Random) -> str:
    return " ".join(w if rng.random() >= rate else rng.choice(vocab) for w in sentence.split())


def synthetic_articles(n: int, copy_rate: float, seed: int = 7) -> tuple[list[dict], int]:
    """n article rows in topics of TOPIC_SIZE: a topic rewrites TOPIC_SENTENCES real sentences
    (TOPIC_REWRITE of their words swapped for other real words, so topics do not overlap by
    accident however large n is: the real pool has only ~180 sentences) and each of its articles
    recombines 4-8 of them, rewritten again (same vocabulary, different events, like the seeds);
    copy_rate of the articles are syndicated copies (dateline, trimmed ending, outlet footer)
    of an earlier article."""
    rng = random.Random(seed)
    pool = sentence_pool()
    vocab = sorted({w for s in pool for w in s.split()})
    base = dt.datetime(2024, 7, 26, tzinfo=dt.timezone.utc)
    rows, copies, topic = [], 0, []
    for i in range(n):
        if i % TOPIC_SIZE == 0:
            topic = [_rewrite(s, TOPIC_REWRITE, vocab, rng)
                     for s in rng.sample(pool, TOPIC_SENTENCES)]
        if rows and rng.random() < copy_rate:
            src = rows[rng.randrange(len(rows))]["body"].split("\n")
            keep = src[: max(2, len(src) - 1)]
            body = "\n".join(["عمّان - وكالات:"] + keep + ["تابعونا على منصات التواصل."])
            copies += 1
        else:
            body = "\n".join(_rewrite(s, ARTICLE_REWRITE, vocab, rng)
                             for s in rng.sample(topic, rng.randint(4, 8)))
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
    from pipeline.dedup.transforms import DeduplicateStories

    rows, copies = synthetic_articles(n, copy_rate)
    cpu0 = time.process_time()
    start = time.perf_counter()
    p = beam.Pipeline(runner=FnApiRunner())
    _ = p | beam.Create(rows, reshuffle=False) | DeduplicateStories(DedupConfig(), None, RUN_DATE)
    result = p.run()
    result.wait_until_finish()
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu0  # this process's CPU: less noisy on a shared box
    counts = {
        c.key.metric.name.removeprefix("articles_"): c.committed
        for c in result.metrics().query(MetricsFilter().with_namespace("dedup"))["counters"]
    }
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"n": n, "seconds": round(seconds, 2), "cpu_seconds": round(cpu_seconds, 2),
            "articles_per_s": round(n / seconds, 1),
            "peak_rss_mb": round(peak_mb, 1), "injected_copies": copies,
            "marked_duplicates": counts.get("near", 0) + counts.get("exact", 0),
            "candidate_pairs": counts.get("candidate_pairs", 0),
            "verified_pairs": counts.get("verified_pairs", 0)}


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
        r["cpu_vs_linear"] = round((r["cpu_seconds"] / first["cpu_seconds"])
                                   / (r["n"] / first["n"]), 2)
        r["peak_mb_per_1k"] = round(r["peak_rss_mb"] / (r["n"] / 1000), 1)
    print(f"{'N':>8} {'seconds':>8} {'cpu s':>8} {'art/s':>8} {'peak MB':>8} {'copies':>7} "
          f"{'marked':>7} {'cand.':>8} {'t/lin':>6} {'cpu/lin':>7}")
    for r in results:
        print(f"{r['n']:>8} {r['seconds']:>8} {r['cpu_seconds']:>8} {r['articles_per_s']:>8} "
              f"{r['peak_rss_mb']:>8} {r['injected_copies']:>7} {r['marked_duplicates']:>7} "
              f"{r['candidate_pairs']:>8} {r['time_vs_linear']:>6} {r['cpu_vs_linear']:>7}")
    print(json.dumps({"runner": "FnApiRunner", "results": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
