"""Start-up: `akhbar run` on a config with one empty feed (the fixed cost of a run).

Serves one RSS feed with no items on 127.0.0.1 and times the whole command (interpreter
start, imports, pipeline construction, the run, the summary) a few times with default
settings. Prints each time, the median and the target (under 5 s), as a table and JSON.

    python bench/startup.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import SiteServer, cpu_info, report, rss, run_akhbar, write_config  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(cpu_info(), flush=True)
    routes = {"/rss.xml": (rss("empty", []), "application/rss+xml")}
    times = []
    with SiteServer(routes) as server, tempfile.TemporaryDirectory() as tmp:
        config = write_config(Path(tmp) / "empty.yaml", [("empty", f"{server.base}/rss.xml")])
        for i in range(args.repeat):
            run = run_akhbar(["run", "--config", str(config), "--output", f"{tmp}/lake{i}"])
            if run["returncode"] != 0:
                print(run["stderr"], file=sys.stderr)
                return 1
            times.append(run["seconds"])
    median = statistics.median(times)
    report("Start-up: akhbar run on one empty feed", [
        ("runs (s)", ", ".join(f"{t:.2f}" for t in times)),
        ("median", f"{median:.2f} s  (target < 5 s)"),
    ], {"seconds": [round(t, 2) for t in times], "median_s": round(median, 2)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
