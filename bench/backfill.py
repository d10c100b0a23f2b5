"""Backfill: `akhbar backfill` over a WARC of the shared corpora vs `akhbar run` over the same
pages served with RSS feeds on 127.0.0.1.

Builds the WARC with warcio (bench/make_warc.py: CC-NEWS-like, request + response records,
a month of WARC-Dates), then, --repeat times, runs the feed path and the backfill into fresh
lakes and a second backfill into the backfill's lake. Prints articles written by each, their
times (medians), the rerun's new articles (must be 0) and the backfill's time per GB of
compressed WARC, as a table and JSON.

    python bench/backfill.py [--repeat 3] [--feeds 10]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import SiteServer, corpus_pages, cpu_info, report, rss, run_akhbar, write_config  # noqa: E402
from make_warc import write_warc  # noqa: E402


def summary_value(stdout: str, label: str) -> int:
    m = re.search(rf"^\s+{re.escape(label)}\s+(\d+)$", stdout, re.M)
    return int(m.group(1)) if m else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--feeds", type=int, default=10)
    args = parser.parse_args()
    pages = corpus_pages()
    print(f"{len(pages)} pages, {cpu_info()}", flush=True)
    routes = {f"/p/{i}.html": (html, "text/html") for i, (_, html) in enumerate(pages)}
    runs = []
    with SiteServer(routes) as server, tempfile.TemporaryDirectory() as tmp:
        links = [f"{server.base}/p/{i}.html" for i in range(len(pages))]
        warc = Path(tmp) / "corpus.warc.gz"
        write_warc(warc, [(link, html) for link, (_, html) in zip(links, pages, strict=True)])
        size_gb = warc.stat().st_size / 1e9
        feeds = []
        for f in range(args.feeds):
            path = f"/feed{f}.xml"
            routes[path] = (rss(f"feed {f}", links[f::args.feeds]), "application/rss+xml")
            feeds.append((f"feed{f}", server.base + path))
        config = write_config(Path(tmp) / "bench.yaml", feeds)
        for i in range(max(1, args.repeat)):
            feed = run_akhbar(["run", "--config", str(config), "--output", f"{tmp}/feed{i}",
                               "--quiet"])
            back = run_akhbar(["backfill", "--warc", str(warc), "--output", f"{tmp}/back{i}",
                               "--quiet"])
            again = run_akhbar(["backfill", "--warc", str(warc), "--output", f"{tmp}/back{i}",
                                "--quiet"])
            for run in (feed, back, again):
                if run["returncode"] != 0:
                    print(run["stderr"], file=sys.stderr)
                    return 1
            if i == 0:
                print(back["stdout"])
            runs.append((feed, back, again))
    feed_s = statistics.median(f["seconds"] for f, _, _ in runs)
    back_s = statistics.median(b["seconds"] for _, b, _ in runs)
    feed_n = summary_value(runs[0][0]["stdout"], "articles written")
    back_n = summary_value(runs[0][1]["stdout"], "articles written")
    again_n = max(summary_value(a["stdout"], "articles written") for _, _, a in runs)
    again_s = statistics.median(a["seconds"] for _, _, a in runs)
    peak = max(b["peak_rss_mb"] for _, b, _ in runs)
    med = f"median of {len(runs)}, " if len(runs) > 1 else ""
    report("Backfill from a WARC vs the feed path over the same pages", [
        ("pages", f"{len(pages)} ({size_gb * 1000:.1f} MB of .warc.gz)"),
        ("akhbar run (feeds, loopback)", f"{feed_n} articles, {med}{feed_s:.1f} s"),
        ("akhbar backfill", f"{back_n} articles, {med}{back_s:.1f} s, peak RSS {peak:.0f} MB"),
        ("backfill / run time", f"{back_s / feed_s:.2f}"),
        ("backfill again", f"{again_n} articles written, {again_s:.1f} s"),
        ("time per GB of .warc.gz", f"{back_s / size_gb / 60:.0f} min"),
    ], {"pages": len(pages), "warc_mb": round(size_gb * 1000, 1), "feed_articles": feed_n,
        "backfill_articles": back_n, "feed_seconds": round(feed_s, 2),
        "backfill_seconds": round(back_s, 2), "rerun_articles": again_n,
        "rerun_seconds": round(again_s, 2), "minutes_per_gb": round(back_s / size_gb / 60, 1),
        "backfill_peak_rss_mb": peak,
        "runs": [[round(f["seconds"], 2), round(b["seconds"], 2)] for f, b, _ in runs]})
    return 0


if __name__ == "__main__":
    sys.exit(main())
