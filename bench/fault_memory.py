"""Peak memory (max RSS) and wall time of a whole `akhbar run` against hostile responses.

Serves each scenario on 127.0.0.1 (tests/faults/server.py) and runs the real CLI in a child;
it measures only and must not contact anything beyond loopback.

    /work/venv/bin/python bench/fault_memory.py [--scenarios baseline,gzip-bomb,...]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.faults.server import (  # noqa: E402
    FaultServer,
    Resp,
    akhbar_cmd,
    chunked,
    gzip_bomb,
    page,
    read_dataset,
    rss,
    run_measured,
    write_config,
)

MB = 1_000_000
LOL = ('<!DOCTYPE rss [<!ENTITY lol "lol">'
       + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 or "")) * 10}">' for i in range(1, 10))
       + "]>")


def _big_page(size: int) -> bytes:
    para = ("<p>" + "كلمة عربية في فقرة طويلة من نص الصفحة الكبيرة " * 20 + "</p>\n").encode()
    head = b'<html lang="ar"><head><meta charset="utf-8"></head><body><article><h1>t</h1>'
    return head + para * (size // len(para)) + b"</article></body></html>"


SCENARIOS = {
    # name: (description, route builder, extra network config)
    "baseline": ("one ordinary article page", lambda: page("baseline"), {}),
    "gzip-bomb": ("gzip of 50 MB of zeros (49 KB on the wire), default max_bytes 10 MB",
                  lambda: Resp(body=gzip_bomb(50 * MB), headers={"Content-Encoding": "gzip"}),
                  {}),
    "gzip-bomb-1g": ("gzip of 1 GB of zeros (~1 MB on the wire), default max_bytes 10 MB",
                     lambda: Resp(body=gzip_bomb(1000 * MB), headers={"Content-Encoding": "gzip"}),
                     {}),
    "page-50mb-chunked": ("50 MB HTML page, chunked (no Content-Length), default max_bytes",
                          lambda: chunked(50, _big_page(MB)[:MB]), {}),
    "page-10mb-read": ("9.9 MB Arabic HTML page read and extracted (default max_bytes 10 MB)",
                       lambda: Resp(body=_big_page(9_900_000)), {}),
    "page-50mb-read": ("50 MB Arabic HTML page read and extracted (max_bytes 64 MB)",
                       lambda: Resp(body=_big_page(50 * MB)), {"max_bytes": 64 * MB}),
    "billion-laughs": ("feed with a 10^9-expansion entity DOCTYPE", None, {}),
}


def measure(name: str) -> dict:
    desc, build, network = SCENARIOS[name]
    srv = FaultServer("127.0.0.1")
    try:
        links = [{"link": srv.url("/item.html")}]
        if build is not None:
            srv.routes["/item.html"] = build()
            body = rss(links)
        else:
            srv.routes["/item.html"] = page("laughs")
            body = rss([{"link": srv.url("/item.html"), "title": "&lol9;"}], extra_head=LOL)
        srv.routes["/feed.xml"] = Resp(body=body, content_type="application/rss+xml")
        with tempfile.TemporaryDirectory() as tmp:
            config = write_config(Path(tmp) / "c.yaml", [{"id": "m", "url": srv.url("/feed.xml"),
                                                          "name": "m"}], timeout_s=30.0,
                                  **network)
            m = run_measured(akhbar_cmd(config, Path(tmp) / "lake"))
            code, seconds, rss_kib = m["returncode"], m["seconds"], m["peak_rss_kib"]
            rejects = [f"{r['stage']}/{r['error']}" for r in read_dataset(Path(tmp) / "lake",
                                                                           "rejects")]
            articles = len(read_dataset(Path(tmp) / "lake", "articles"))
    finally:
        srv.stop()
    return {"scenario": name, "what": desc, "exit": code, "seconds": round(seconds, 1),
            "peak_rss_mb": round(rss_kib / 1024, 1), "articles": articles, "rejects": rejects}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenarios", default=",".join(SCENARIOS))
    args = parser.parse_args()
    print(f"{'scenario':<18} {'exit':>4} {'sec':>6} {'peak MB':>8} {'art':>4}  rejects / what")
    for name in args.scenarios.split(","):
        r = measure(name)
        print(f"{r['scenario']:<18} {r['exit']:>4} {r['seconds']:>6} {r['peak_rss_mb']:>8} "
              f"{r['articles']:>4}  {','.join(r['rejects']) or '-'} / {r['what']}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
