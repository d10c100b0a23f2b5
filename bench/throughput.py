"""Throughput: `akhbar run` end to end vs a bare trafilatura loop, on the shared real pages.

In one run: (a) a single-process loop calling trafilatura.extract on the HTML already in memory;
(b) `akhbar run` with default settings on the same pages served with RSS feeds from a loopback
server in its own process; (c) newspaper4k and news-please on the same pages when installed
(`pip install -e .[bench]`). Prints pages/s and the ratios as a table and as JSON. With
--repeat N, (a) and (b) run N times, each akhbar run next to its own bare loop; the medians and
the median of the N ratios are reported (both vary by several percent between runs on a busy
or throttled machine).

    python bench/throughput.py [--repeat 3] [--feeds 10] [--peer-pages 200] [-- akhbar options]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import (  # noqa: E402
    corpus_pages,
    cpu_info,
    report,
    run_akhbar,
    served_corpus,
    write_config,
)


def bare_trafilatura(pages: list[tuple[str, bytes]]) -> float:
    import trafilatura

    start = time.perf_counter()
    for _, html in pages:
        trafilatura.extract(html)
    return time.perf_counter() - start


def _timed(pages, limit, extract_one) -> tuple[float, int]:
    """Seconds for `extract_one` over the first `limit` pages, and how many raised."""
    failures = 0
    start = time.perf_counter()
    for name, html in pages[:limit]:
        try:
            extract_one(f"http://127.0.0.1/{name}", html.decode("utf-8", "replace"))
        except Exception:  # a peer failing on a page is counted, not fatal
            failures += 1
    return time.perf_counter() - start, failures


def newspaper4k(pages, limit):
    from newspaper import Article

    def one(url, html):
        art = Article(url, fetch_images=False)  # images would be fetched over the network
        art.download(input_html=html)
        art.parse()

    return _timed(pages, limit, one)


def news_please(pages, limit):
    from newsplease import NewsPlease

    return _timed(pages, limit, lambda url, html: NewsPlease.from_html(
        html, url=url, fetch_images=False))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=10)
    parser.add_argument("--peer-pages", type=int, default=200,
                        help="pages the slow peers are timed on (their pages/s is reported)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of (a) and (b); medians are reported")
    parser.add_argument("extra", nargs="*", help="options passed to akhbar run")
    args = parser.parse_args()

    pages = corpus_pages()
    n = len(pages)
    print(f"{n} pages, {sum(len(h) for _, h in pages) / 1e6:.0f} MB, {cpu_info()}", flush=True)

    runs = []  # (akhbar result, bare loop seconds)
    # The pages are served by a process of their own (as in bench/cpu.py), and the run's
    # memory is sampled 4 times a second: a server in this process's threads, behind a
    # sampler walking the process table 20 times a second, took 1-2 s of CPU from the run's
    # two cores, which the bare loop, timed alone, never paid.
    server, _, feeds = served_corpus(pages, args.feeds)
    with server, tempfile.TemporaryDirectory() as tmp:
        config = write_config(Path(tmp) / "bench.yaml", feeds)
        for i in range(max(1, args.repeat)):
            akhbar = run_akhbar(["run", "--config", str(config),
                                 "--output", str(Path(tmp) / f"lake{i}"), *args.extra],
                                sample_s=0.25)
            if akhbar["returncode"] != 0:
                print(akhbar["stderr"], file=sys.stderr)
                return 1
            if i == 0:
                print(akhbar["stdout"])
            runs.append((akhbar, bare_trafilatura(pages)))

    akhbar_s = statistics.median(a["seconds"] for a, _ in runs)
    bare_s = statistics.median(b for _, b in runs)
    ratios = [b / a["seconds"] for a, b in runs]
    ratio = statistics.median(ratios)
    peak = max(a["peak_rss_mb"] for a, _ in runs)
    akhbar_pps = n / akhbar_s
    bare_pps = n / bare_s
    several = len(runs) > 1
    med = f"median of {len(runs)}, " if several else ""
    rows = [("pages", str(n)),
            ("(a) bare trafilatura.extract loop", f"{bare_pps:.1f} pages/s ({med}{bare_s:.1f} s)"),
            ("(b) akhbar run end to end", f"{akhbar_pps:.1f} pages/s ({med}{akhbar_s:.1f} s,"
                                          f" peak RSS {peak:.0f} MB)"),
            ("ratio (b)/(a)", f"{ratio:.2f}  (target ≥ 1.5)"
                              + (f"; runs: {', '.join(f'{r:.2f}' for r in ratios)}"
                                 if several else ""))]
    data = {"pages": n, "runs": len(runs), "akhbar_seconds": round(akhbar_s, 2),
            "bare_seconds": round(bare_s, 2), "akhbar_pages_per_s": round(akhbar_pps, 2),
            "bare_pages_per_s": round(bare_pps, 2), "ratio": round(ratio, 3),
            "ratios": [round(r, 3) for r in ratios], "akhbar_peak_rss_mb": peak}
    for name, fn in (("newspaper4k", newspaper4k), ("news-please", news_please)):
        if args.peer_pages <= 0:
            break
        try:
            seconds, failures = fn(pages, args.peer_pages)
        except ImportError:
            rows.append((name, "not installed (pip install -e .[bench])"))
            continue
        pps = min(args.peer_pages, n) / seconds
        rows.append((f"{name} ({min(args.peer_pages, n)} pages, {failures} failed)",
                     f"{pps:.1f} pages/s; akhbar/{name} = {akhbar_pps / pps:.1f}x"))
        data[f"{name}_pages_per_s"] = round(pps, 2)
        data[f"akhbar_over_{name}"] = round(akhbar_pps / pps, 2)
    report("Throughput: akhbar run vs a bare extraction loop", rows, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
