"""Memory: peak RSS (the whole process tree) of batch, sitemap and backfill runs of 2,000 and
10,000 pages.

Pages are distinct synthetic Arabic articles (~30 KB of realistic page chrome each) on four
loopback hosts. `batch`: `akhbar run` on RSS feeds listing them; `sitemap`: `akhbar run` on
one `kind: sitemap` entry per host (an index pointing to gzipped urlsets with Google News
tags); `backfill`: `akhbar backfill` on a WARC of the same pages (warcio). Default settings.
Prints peak RSS per mode and size, its growth, and the targets (≤ 1.5 GB, < 15 % growth from
the smallest to the largest size), as a table and JSON.

    python bench/memory.py [--sizes 2000 10000] [--modes batch sitemap backfill]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import SiteServer, cpu_info, report, rss, run_akhbar, write_config  # noqa: E402
from make_warc import write_warc  # noqa: E402

MODES = ("batch", "sitemap", "backfill")
URLS_PER_SITEMAP = 1000

WORDS = (
    "التقى وزير الخارجية نظيره في العاصمة لبحث العلاقات الثنائية وسبل تطويرها في مختلف "
    "المجالات وأكد الجانبان أهمية مواصلة التنسيق والتشاور إزاء القضايا الإقليمية والدولية "
    "وتناول اللقاء آخر التطورات في المنطقة والجهود المبذولة لخفض التصعيد وحماية المدنيين "
    "وأشار البيان إلى أن الطرفين اتفقا على عقد جولة جديدة من المشاورات خلال الأسابيع المقبلة "
    "الاقتصاد النفط الأسعار السوق البنك المركزي الاستثمار الطاقة المتجددة الموانئ التجارة"
).split()
CHROME = ("<nav>" + "".join(f"<a href='/s/{i}'>قسم {i}</a>" for i in range(60)) + "</nav>"
          + "<aside><h3>الأكثر قراءة</h3><ul>"
          + "".join(f"<li><a href='/a/{i}'>عنوان خبر آخر رقم {i}</a></li>" for i in range(80))
          + "</ul></aside><script>" + "var x=1;" * 1500 + "</script>")


def article_html(i: int) -> bytes:
    rng = random.Random(i)
    body = "".join(f"<p>{' '.join(rng.choices(WORDS, k=40))}.</p>" for _ in range(8))
    return (f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            f"<title>خبر {i}</title></head><body>{CHROME}<article><h1>خبر رقم {i}</h1>"
            f"{body}</article><footer>حقوق النشر محفوظة</footer></body></html>").encode()


def sitemap_routes(routes: dict, base: str, urls: list[str]) -> str:
    """An index and gzipped urlsets (news tags) listing `urls` on one host; the index path."""
    children = []
    for c, first in enumerate(range(0, len(urls), URLS_PER_SITEMAP)):
        entries = "".join(
            f"<url><loc>{u}</loc><news:news><news:publication><news:name>x</news:name>"
            "<news:language>ar</news:language></news:publication>"
            f"<news:publication_date>2025-01-{1 + (first + j) % 28:02d}</news:publication_date>"
            f"<news:title>t</news:title></news:news></url>"
            for j, u in enumerate(urls[first:first + URLS_PER_SITEMAP]))
        body = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/'
                'schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/'
                f'0.9">{entries}</urlset>').encode()
        routes[f"/sitemaps/{c}.xml.gz"] = (gzip.compress(body), "application/x-gzip")
        children.append(f"<sitemap><loc>{base}/sitemaps/{c}.xml.gz</loc></sitemap>")
    routes["/sitemap_index.xml"] = (
        ('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/'
         f'0.9">{"".join(children)}</sitemapindex>').encode(), "application/xml")
    return f"{base}/sitemap_index.xml"


def measure(mode: str, n: int, hosts: int = 4) -> dict:
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        feeds = []
        all_pages = []
        for h in range(hosts):
            routes: dict = {}
            server = stack.enter_context(SiteServer(routes, host=f"127.0.0.{h + 1}"))
            mine = [f"{server.base}/news/{i}.html" for i in range(h, n, hosts)]
            for url in mine:
                html = article_html(int(url.rsplit("/", 1)[1][:-5]))
                routes[url.removeprefix(server.base)] = (html, "text/html; charset=utf-8")
                all_pages.append((url, html))
            if mode == "sitemap":
                feeds.append((f"host{h}", sitemap_routes(routes, server.base, mine)))
            else:
                routes["/rss.xml"] = (rss(f"host {h}", mine), "application/rss+xml")
                feeds.append((f"host{h}", f"{server.base}/rss.xml"))
        config = write_config(Path(tmp) / "memory.yaml", feeds)
        if mode == "sitemap":
            text = config.read_text(encoding="utf-8")
            config.write_text(text.replace('name: "host', 'kind: sitemap, name: "host'),
                              encoding="utf-8")
        lake = str(Path(tmp) / "lake")
        if mode == "backfill":
            warc = Path(tmp) / "pages.warc.gz"
            write_warc(warc, all_pages, noise_every=0)
            run = run_akhbar(["backfill", "--warc", str(warc), "--config", str(config),
                              "--output", lake, "--quiet"])
        else:
            run = run_akhbar(["run", "--config", str(config), "--output", lake, "--quiet"])
    if run["returncode"] != 0:
        raise SystemExit(run["stderr"])
    written = re.search(r"articles written\s+(\d+)", run["stdout"])
    return {"mode": mode, "pages": n, "seconds": round(run["seconds"], 1),
            "peak_rss_mb": run["peak_rss_mb"], "articles": int(written.group(1))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    args = parser.parse_args()
    print(f"sizes {args.sizes}, modes {args.modes}, {cpu_info()}", flush=True)
    rows, data = [], {"runs": [], "growth": {}}
    for mode in args.modes:
        results = []
        for n in args.sizes:
            r = measure(mode, n)
            results.append(r)
            print(json.dumps(r), flush=True)
            rows.append((f"{mode} {n} pages", f"peak RSS {r['peak_rss_mb']:.0f} MB, "
                         f"{r['seconds']} s, {r['pages'] / r['seconds']:.0f} pages/s, "
                         f"{r['articles']} articles"))
        data["runs"] += results
        if len(results) >= 2:
            growth = results[-1]["peak_rss_mb"] / results[0]["peak_rss_mb"] - 1
            rows.append((f"{mode} growth {results[0]['pages']} → {results[-1]['pages']}",
                         f"{growth * 100:.1f} %  (target < 15 %)"))
            data["growth"][mode] = round(growth, 4)
    rows.append(("target", "≤ 1,500 MB (whole process tree), growth < 15 %"))
    report("Memory: peak RSS of batch, sitemap and backfill runs", rows, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
