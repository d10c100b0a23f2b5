"""Memory: peak RSS of `akhbar run` (the whole process tree) over 1,000 and 5,000 pages.

Pages are distinct synthetic Arabic articles (~30 KB of realistic page chrome each) on four
loopback hosts, listed by RSS feeds; the run uses the default settings. Prints peak RSS per
size, its growth, and the targets (≤ 1.5 GB at 5,000 pages, < 25 % growth), as a table and
JSON.

    python bench/memory.py [--sizes 1000 5000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import SiteServer, cpu_info, report, rss, run_akhbar, write_config  # noqa: E402

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


def measure(n: int, hosts: int = 4) -> dict:
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        feeds = []
        for h in range(hosts):
            routes: dict = {}
            server = stack.enter_context(SiteServer(routes, host=f"127.0.0.{h + 1}"))
            mine = [f"{server.base}/news/{i}.html" for i in range(h, n, hosts)]
            for url in mine:
                routes[url.removeprefix(server.base)] = (
                    article_html(int(url.rsplit("/", 1)[1][:-5])), "text/html; charset=utf-8")
            routes["/rss.xml"] = (rss(f"host {h}", mine), "application/rss+xml")
            feeds.append((f"host{h}", f"{server.base}/rss.xml"))
        config = write_config(Path(tmp) / "memory.yaml", feeds)
        run = run_akhbar(["run", "--config", str(config), "--output", str(Path(tmp) / "lake")])
    if run["returncode"] != 0:
        raise SystemExit(run["stderr"])
    return {"pages": n, "seconds": round(run["seconds"], 1), "peak_rss_mb": run["peak_rss_mb"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    args = parser.parse_args()
    print(f"sizes {args.sizes}, {cpu_info()}", flush=True)
    results = [measure(n) for n in args.sizes]
    rows = [(f"{r['pages']} pages", f"peak RSS {r['peak_rss_mb']:.0f} MB, {r['seconds']} s, "
                                    f"{r['pages'] / r['seconds']:.0f} pages/s") for r in results]
    data = {"runs": results}
    if len(results) >= 2:
        growth = results[-1]["peak_rss_mb"] / results[0]["peak_rss_mb"] - 1
        rows.append((f"growth {results[0]['pages']} → {results[-1]['pages']}",
                     f"{growth * 100:.1f} %  (target < 25 %)"))
        data["growth"] = round(growth, 4)
    rows.append(("target at 5,000 pages", "≤ 1,500 MB (whole process tree)"))
    report("Memory: peak RSS of akhbar run", rows, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
