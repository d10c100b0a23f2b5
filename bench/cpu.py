"""CPU per page: where `akhbar run` spends its CPU, by process role, vs a bare trafilatura loop.

In one run: the shared corpus is served with RSS feeds by a page server in its own process;
`akhbar run` runs over it while its process tree is sampled (psutil, every 20 ms) and each
process's CPU (user + system) is attributed to a role: the main process (Beam, fetching,
writing; its rusage at exit, exact), the extraction pool's processes (children of the fork
server, which reaps them: its children's times count those that exited between samples), the
fork server itself (its imports and warm-up), other helpers. The page server's CPU is
measured apart and is in none of the roles. Then, in the same run, a bare
`trafilatura.extract` loop over the same HTML (`time.process_time()`), and `extract_job` (what
a pool process does per page: decode, extract, signature, event rows, compress) in-process.
With --repeat N the medians are reported.

--profile adds cProfile's top functions by self time per role: the main process (a run under
a wrapper that profiles every thread), a pool process's work (`extract_job` over the pages
in-process), and the fork server's warm-up (its imports in a fresh process).

    python bench/cpu.py [--repeat 3] [--feeds 10] [--profile] [--top 15] [-- akhbar options]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import REPO, corpus_pages, cpu_info, report, served_corpus, write_config  # noqa: E402

ROLES = ("main", "pool", "forkserver", "other")


def _role(proc, main_pid: int, forkserver: set[int]) -> str:
    try:
        if proc.pid == main_pid:
            return "main"
        cmd = " ".join(proc.cmdline())
        ppid = proc.ppid()
    except Exception:
        return "other"
    if ppid in forkserver:
        return "pool"
    if "forkserver" in cmd and ppid == main_pid:
        forkserver.add(proc.pid)
        return "forkserver"
    return "other"


def run_tree(args: list[str], timeout: float = 1800) -> dict:
    """Run `akhbar ARGS` in a child; CPU seconds (user + system) per role of its process tree.

    Pool processes are children of the fork server, which reaps them: the ones that exited are
    in its `children_*` times, so the pool's figure is the larger of that and the sum of its
    processes' latest samples. The fork server outlives the main process by a moment; it is
    sampled until it is gone."""
    import psutil

    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    out: dict[str, str] = {}
    readers = [threading.Thread(target=lambda n=n, s=s: out.__setitem__(n, s.read()))
               for n, s in (("stdout", proc.stdout), ("stderr", proc.stderr))]
    for r in readers:
        r.start()
    last: dict[int, tuple[str, float]] = {}  # pid -> (role, latest user + system seconds)
    reaped: dict[int, float] = {}  # fork server pid -> CPU of the pool processes it reaped
    forkserver: set[int] = set()
    known: dict[int, psutil.Process] = {}
    root = psutil.Process(proc.pid)
    rusage = None
    main_done = None
    while True:
        procs = []
        if rusage is None:
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                pass
        else:  # the main process is gone: the fork server and its children
            for pid in forkserver:
                try:
                    fs = psutil.Process(pid)
                    procs += [fs, *fs.children(recursive=True)]
                except psutil.NoSuchProcess:
                    pass
        for p in procs:
            p = known.setdefault(p.pid, p)
            try:
                t = p.cpu_times()
            except psutil.Error:
                continue
            role = last[p.pid][0] if p.pid in last else _role(p, proc.pid, forkserver)
            last[p.pid] = (role, t.user + t.system)
            if role == "forkserver":
                reaped[p.pid] = t.children_user + t.children_system
        if rusage is None:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)  # rusage at the main's exit
            if pid:
                rusage = usage
                proc.returncode = os.waitstatus_to_exitcode(status)
                main_done = time.perf_counter()
        elif not procs or time.perf_counter() - main_done > 5:
            break
        if time.perf_counter() - start > timeout:
            proc.kill()
        time.sleep(0.02)
    seconds = main_done - start
    for r in readers:
        r.join()
    roles = dict.fromkeys(ROLES, 0.0)
    for role, cpu in last.values():
        roles[role] += cpu
    roles["pool"] = max(roles["pool"], sum(reaped.values()))
    # exact for the main process and whatever it waited for (its rusage at exit)
    roles["main"] = max(roles["main"], rusage.ru_utime + rusage.ru_stime
                        - sum(c for r, c in last.values() if r == "other"))
    return {"seconds": seconds, "returncode": proc.returncode, "stdout": out.get("stdout", ""),
            "stderr": out.get("stderr", ""), "roles": roles, "total": sum(roles.values()),
            "processes": len(last)}


def fetched_pages(pages, base: str) -> list[dict]:
    """The pages as the fetcher hands them to extraction (raw bytes, a content type)."""
    now = datetime.now(timezone.utc)
    return [{"url": f"{base}/p/{i}.html", "feed_url": f"{base}/feed0.xml", "source": "feed0",
             "source_name": "feed0", "fetched_at": now, "published": now, "content": html,
             "content_type": "text/html"} for i, (_, html) in enumerate(pages)]


def bare_loop_cpu(pages) -> float:
    import trafilatura

    trafilatura.extract(pages[0][1])  # lazy imports out of the timing
    start = time.process_time()
    for _, html in pages:
        trafilatura.extract(html)
    return time.process_time() - start


def extract_job_cpu(fetched: list[dict]) -> float:
    """What one pool process does per page, in this process (no hand-over, no Beam)."""
    from pipeline.articles.jobs import extract_job
    from pipeline.config import DedupConfig

    dedup = DedupConfig()
    extract_job(fetched[0], "bench", dedup, True, True)
    start = time.process_time()
    for page in fetched:
        extract_job(page, "bench", dedup, True, True)
    return time.process_time() - start


# The main process under cProfile, every thread included (Beam's bundles, fetching, writing),
# each thread timed by its own CPU time (time.thread_time): threads mostly wait on each other,
# and wall-clock self times would rank those waits first.
MAIN_PROFILE = r"""
import cProfile, os, pstats, sys, threading, time
sys.argv = ["akhbar", *sys.argv[1:]]
out = os.environ["AKHBAR_BENCH_PROFILE"]
profiles = []
_run = threading.Thread.run
def run(self):
    p = cProfile.Profile(time.thread_time)
    profiles.append(p)
    p.enable()
    try:
        _run(self)
    finally:
        p.disable()
threading.Thread.run = run
from pipeline.cli import main
from pipeline.runtime.process import exit_without_teardown
p = cProfile.Profile(time.thread_time)
p.enable()
code = main(sys.argv[1:])
p.disable()
stats = pstats.Stats(p)
for q in profiles:
    try:
        stats.add(q)
    except TypeError:  # a thread still running has no stats yet
        pass
stats.dump_stats(out)
exit_without_teardown(code)
"""

FORKSERVER_PROFILE = r"""
import cProfile, pstats, sys
p = cProfile.Profile()
p.enable()
import pipeline.lake.store, pipeline.runtime.pool_warmup
p.disable()
pstats.Stats(p).dump_stats(sys.argv[1])
"""


def top(stats_path_or_profile, n: int) -> list[str]:
    """The top `n` functions by self time: 'self s  cumulative s  calls  function'."""
    import pstats

    stats = pstats.Stats(stats_path_or_profile)
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:n]
    lines = []
    for (file, line, func), (_cc, calls, tt, ct, _callers) in rows:
        where = f"{Path(file).name}:{line}" if file != "~" else ""
        lines.append(f"{tt:8.2f} {ct:8.2f} {calls:>9}  {func} {where}")
    return lines


def print_profile(title: str, lines: list[str]) -> None:
    print(f"\n{title}\n{'-' * len(title)}\n  self s    cum s     calls  function")
    for line in lines:
        print(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=1, help="runs; medians are reported")
    parser.add_argument("--profile", action="store_true",
                        help="also profile each role (cProfile, top functions by self time)")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("extra", nargs="*", help="options passed to akhbar run")
    args = parser.parse_args()

    pages = corpus_pages()
    n = len(pages)
    print(f"{n} pages, {sum(len(h) for _, h in pages) / 1e6:.0f} MB, {cpu_info()}", flush=True)
    runs = []
    server, base, feeds = served_corpus(pages, args.feeds)
    fetched = fetched_pages(pages, base)
    with server, tempfile.TemporaryDirectory() as tmp:
        config = write_config(Path(tmp) / "bench.yaml", feeds)
        for i in range(max(1, args.repeat)):
            served_before = server.cpu()
            run = run_tree(["run", "--config", str(config), "--output",
                            str(Path(tmp) / f"lake{i}"), *args.extra])
            served = server.cpu() - served_before
            if run["returncode"] != 0:
                print(run["stderr"], file=sys.stderr)
                return 1
            if i == 0:
                print(run["stdout"])
            run["server"] = served
            run["bare"] = bare_loop_cpu(pages)
            run["job"] = extract_job_cpu(fetched)
            runs.append(run)
            print(f"run {i + 1}: {run['seconds']:.1f} s, tree CPU {run['total']:.1f} s, "
                  f"bare loop {run['bare']:.1f} s", flush=True)
        if args.profile:
            prof = Path(tmp) / "main.prof"
            env = {**os.environ, "AKHBAR_BENCH_PROFILE": str(prof)}
            proc = subprocess.run(
                [sys.executable, "-c", MAIN_PROFILE, "run", "--config",
                 str(config), "--output", str(Path(tmp) / "lake-profile"), *args.extra],
                cwd=REPO, env=env, capture_output=True, text=True)
            if proc.returncode != 0:
                print(proc.stderr, file=sys.stderr)
                return 1
            main_top = top(str(prof), args.top)
            fs = Path(tmp) / "forkserver.prof"
            subprocess.run([sys.executable, "-c", FORKSERVER_PROFILE, str(fs)], cwd=REPO,
                           check=True)
            fs_top = top(str(fs), args.top)
            import cProfile

            from pipeline.articles.jobs import extract_job
            from pipeline.config import DedupConfig

            dedup = DedupConfig()
            extract_job(fetched[0], "bench", dedup, True, True)
            job_prof = cProfile.Profile()
            job_prof.enable()
            for page in fetched:
                extract_job(page, "bench", dedup, True, True)
            job_prof.disable()
            job_top = top(job_prof, args.top)

    def med(key):
        return statistics.median(r[key] for r in runs)

    def med_role(role):
        return statistics.median(r["roles"][role] for r in runs)

    total = med("total")
    bare = med("bare")
    ratios = [r["total"] / r["bare"] for r in runs]
    ms = 1000 / n
    several = len(runs) > 1
    rows = [("pages", str(n))]
    data = {"pages": n, "runs": len(runs)}
    for role, label in (("main", "main process (Beam, fetch, write)"),
                        ("pool", "extraction pool processes"),
                        ("forkserver", "fork server (imports, warm-up)"),
                        ("other", "other helpers")):
        cpu = med_role(role)
        rows.append((label, f"{cpu:.2f} s  {cpu * ms:.1f} ms/page"))
        data[f"{role}_ms_per_page"] = round(cpu * ms, 2)
    rows += [
        ("akhbar run, all its processes", f"{total:.2f} s  {total * ms:.1f} ms/page"
                                          f"  (wall {med('seconds'):.1f} s)"),
        ("page server (apart, not in the above)", f"{med('server'):.2f} s"
                                                  f"  {med('server') * ms:.1f} ms/page"),
        ("bare trafilatura.extract loop", f"{bare:.2f} s  {bare * ms:.1f} ms/page"),
        ("extract_job loop in-process", f"{med('job'):.2f} s  {med('job') * ms:.1f} ms/page"
                                        f"  ({med('job') / bare:.2f}x bare)"),
        ("ratio akhbar / bare", f"{statistics.median(ratios):.2f}  (target ≤ 1.2)"
                                + (f"; runs: {', '.join(f'{r:.2f}' for r in ratios)}"
                                   if several else "")),
    ]
    data.update({"akhbar_ms_per_page": round(total * ms, 2), "bare_ms_per_page":
                 round(bare * ms, 2), "extract_job_ms_per_page": round(med("job") * ms, 2),
                 "server_ms_per_page": round(med("server") * ms, 2),
                 "ratio": round(statistics.median(ratios), 3),
                 "ratios": [round(r, 3) for r in ratios],
                 "wall_seconds": round(med("seconds"), 2)})
    if args.profile:
        print_profile("main process (all threads; under cProfile, so slower)", main_top)
        print_profile("pool process work (extract_job over the pages, in-process)", job_top)
        print_profile("fork server (its imports and warm-up)", fs_top)
    report("CPU per page: akhbar run by role vs a bare extraction loop"
           + (f" (median of {len(runs)})" if several else ""), rows, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
