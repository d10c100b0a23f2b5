"""Fetch throughput: 600 article pages on 10 loopback hosts, every response delayed 100 ms.

Measures, with the default politeness settings (global and per-host concurrency, robots.txt
on), (a) the fetcher alone (`connectors.http.Fetcher.fetch_many`) and (b) `akhbar run` end to
end on the same pages (feeds → fetch → extract → dedup → events → Parquet), against a
sequential fetcher as the baseline. Prints a table and JSON.

    python bench/fetch.py [--pages 600] [--hosts 10] [--delay 0.1]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import SiteServer, cpu_info, report, rss, run_akhbar, write_config  # noqa: E402

from connectors.http import Fetcher  # noqa: E402
from pipeline.config import parse_config  # noqa: E402

PARAGRAPHS = [
    "التقى وزير الخارجية نظيره في العاصمة لبحث العلاقات الثنائية وسبل تطويرها في مختلف المجالات.",
    "وأكد الجانبان أهمية مواصلة التنسيق والتشاور إزاء القضايا الإقليمية والدولية.",
    "وتناول اللقاء آخر التطورات في المنطقة والجهود المبذولة لخفض التصعيد وحماية المدنيين.",
    "وأشار البيان إلى أن الطرفين اتفقا على عقد جولة جديدة من المشاورات خلال الأسابيع المقبلة.",
]


def article_html(i: int) -> bytes:
    """A distinct article per i (its sentences' words shuffled), so dedup sees 600 stories."""
    rng = random.Random(i)
    words = " ".join(PARAGRAPHS).split()
    body = "".join(f"<p>{' '.join(rng.sample(words, 18))}.</p>" for _ in range(6))
    return (f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            f"<title>خبر {i}</title></head><body><nav>الرئيسية</nav><article>"
            f"<h1>خبر رقم {i}</h1>{body}</article><footer>حقوق النشر</footer></body></html>"
            ).encode()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--hosts", type=int, default=10)
    parser.add_argument("--delay", type=float, default=0.1, help="seconds per response")
    args = parser.parse_args()
    print(f"{args.pages} pages on {args.hosts} hosts, {args.delay * 1000:.0f} ms per response,"
          f" {cpu_info()}", flush=True)

    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        servers, urls, feeds = [], [], []
        for h in range(args.hosts):
            routes = {}
            server = stack.enter_context(
                SiteServer(routes, host=f"127.0.0.{h + 1}", delay_s=args.delay))
            mine = [f"{server.base}/news/{i}.html" for i in range(h, args.pages, args.hosts)]
            for url in mine:
                routes[url.removeprefix(server.base)] = (article_html(int(url.split("/")[-1][:-5])),
                                                         "text/html; charset=utf-8")
            routes["/rss.xml"] = (rss(f"host {h}", mine), "application/rss+xml")
            servers.append(server)
            urls += mine
            feeds.append((f"host{h}", f"{server.base}/rss.xml"))
        config = parse_config({"network": {"allow_private": ["127.0.0.0/8"]}})

        with Fetcher(config.network) as fetcher:  # (a) the fetcher, default politeness
            start = time.perf_counter()
            ok = sum(not isinstance(r, Exception)
                     for _, r in fetcher.fetch_many((u, u, "page") for u in urls))
            fetch_s = time.perf_counter() - start

        with Fetcher(config.network) as fetcher:  # baseline: one request at a time
            sample = urls[:30]
            start = time.perf_counter()
            for url in sample:
                fetcher.fetch(url)
            sequential_pps = len(sample) / (time.perf_counter() - start)

        path = write_config(Path(tmp) / "fetch.yaml", feeds)  # (b) akhbar run end to end
        run = run_akhbar(["run", "--config", str(path), "--output", str(Path(tmp) / "lake")])
        if run["returncode"] != 0:
            print(run["stderr"], file=sys.stderr)
            return 1

    fetch_pps = ok / fetch_s
    run_pps = args.pages / run["seconds"]
    rows = [
        ("pages fetched (fetcher alone)", f"{ok} / {len(urls)}"),
        ("(a) fetcher, default politeness", f"{fetch_pps:.0f} pages/s ({fetch_s:.1f} s)"),
        ("(b) akhbar run end to end", f"{run_pps:.0f} pages/s ({run['seconds']:.1f} s, "
                                      f"peak RSS {run['peak_rss_mb']:.0f} MB)"),
        ("sequential fetcher (baseline)", f"{sequential_pps:.1f} pages/s"),
        ("speed-up of (a) over sequential", f"{fetch_pps / sequential_pps:.1f}x"),
        ("target", "≥ 150 pages/s"),
    ]
    report("Fetch throughput", rows, {
        "pages": args.pages, "hosts": args.hosts, "delay_s": args.delay,
        "fetcher_pages_per_s": round(fetch_pps, 1), "run_pages_per_s": round(run_pps, 1),
        "run_seconds": round(run["seconds"], 2), "sequential_pages_per_s": round(sequential_pps, 1),
        "run_peak_rss_mb": run["peak_rss_mb"],
    })
    return 0


if __name__ == "__main__":
    sys.exit(main())
