"""Benchmark `akhbar report` on a synthetic lake: 100,000 articles and 200,000 events.

Prints wall time and peak RSS of the report run (a child process) as a table and JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S, TARGET_MB = 15.0, 1024.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--rejects", type=int, default=5_000)
    parser.add_argument("--days", type=int, default=60)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        lake, out = Path(tmp) / "lake", Path(tmp) / "report.html"
        t0 = time.perf_counter()
        # generated in a child so this process stays small: a forked child's peak RSS counts
        # the parent's pages it starts with
        subprocess.run([sys.executable, "-m", "pipeline.report.demo_lake", str(lake), "--articles",
                        str(args.articles), "--events", str(args.events), "--rejects",
                        str(args.rejects), "--days", str(args.days)], check=True)
        gen_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "pipeline.report.build", "--lake", str(lake),
                                 "--out", str(out)], stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        if os.waitstatus_to_exitcode(status) != 0:
            return 1
        peak_mb = usage.ru_maxrss / 1024  # KiB on Linux
        lake_mb = sum(p.stat().st_size for p in lake.rglob("*") if p.is_file()) / 2**20
        result = {"articles": args.articles, "events": args.events, "rejects": args.rejects,
                  "days": args.days, "lake_mb": round(lake_mb, 1),
                  "generate_s": round(gen_s, 2), "report_s": round(wall, 2),
                  "report_peak_rss_mb": round(peak_mb, 1), "html_kb": out.stat().st_size // 1024,
                  "ok": wall < TARGET_S and peak_mb < TARGET_MB}
    print(f"{'metric':<22}{'value':>12}{'target':>10}")
    print(f"{'report wall time (s)':<22}{result['report_s']:>12}{TARGET_S:>10}")
    print(f"{'report peak RSS (MB)':<22}{result['report_peak_rss_mb']:>12}{TARGET_MB:>10}")
    print(json.dumps(result))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
