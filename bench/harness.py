"""Shared pieces of the benchmarks: a loopback site server, feeds, running `akhbar run`, output.

Serves pages from memory on 127.0.0.x (never anything else), writes RSS feeds that list them,
runs the CLI in a child process while sampling the whole process tree's memory, and prints a
table plus JSON. Benchmarks only: tests do not import it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"


class SiteServer:
    """Serve {path: (body bytes, content type)} on host:port (ephemeral port by default)."""

    def __init__(self, pages: dict[str, tuple[bytes, str]], host: str = "127.0.0.1",
                 port: int = 0, delay_s: float = 0.0):
        if not host.startswith("127."):
            raise ValueError("benchmarks serve on loopback only")
        routes = pages
        counter = {"requests": 0}
        lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body leave at once (no 40 ms ACK wait)

            def do_GET(self):  # noqa: N802 (http.server's naming)
                with lock:
                    counter["requests"] += 1
                if delay_s:
                    time.sleep(delay_s)
                entry = routes.get(self.path.split("?")[0])
                if entry is None:
                    body, ctype, status = b"not found", "text/plain", 404
                else:
                    (body, ctype), status = entry, 200
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        class Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address):
                # a client closing a kept-alive connection at exit is not an error to print
                if not isinstance(sys.exc_info()[1], ConnectionError):
                    super().handle_error(request, client_address)

        self.counter = counter
        self._server = Server((host, port), Handler)
        self._server.daemon_threads = True
        self._server.request_queue_size = 256
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> SiteServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


def _serve(routes, port, ready, stop) -> None:
    """The page server's process: serve until `stop` is set."""
    with SiteServer(routes, port=port) as server:
        ready.send(server.base)
        stop.wait()


class PageServer:
    """SiteServer in a process of its own, on 127.0.0.1:`port` (choose a free one first, e.g.
    `free_port()`, so that feeds listing the pages can be written before it starts): its CPU is
    apart from the benchmark's and it does not wait on the benchmark's own threads."""

    def __init__(self, routes: dict, port: int):
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        self._recv, send = ctx.Pipe(duplex=False)
        self._stop = ctx.Event()
        self._proc = ctx.Process(target=_serve, args=(routes, port, send, self._stop), daemon=True)

    def __enter__(self) -> PageServer:
        self._proc.start()
        self.base = self._recv.recv()
        return self

    def cpu(self) -> float:
        """CPU seconds (user + system) the server process has used."""
        import psutil

        t = psutil.Process(self._proc.pid).cpu_times()
        return t.user + t.system

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._proc.join(5)


def served_corpus(pages: list[tuple[str, bytes]], n_feeds: int
                  ) -> tuple[PageServer, str, list[tuple[str, str]]]:
    """The pages at /p/<i>.html and `n_feeds` RSS feeds listing them round-robin, on a
    PageServer (not started yet) at a port free now: (server, base URL, [(feed id, URL)])."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    routes = {f"/p/{i}.html": (html, "text/html") for i, (_, html) in enumerate(pages)}
    links = [f"{base}/p/{i}.html" for i in range(len(pages))]
    feeds = []
    for f in range(n_feeds):
        path = f"/feed{f}.xml"
        routes[path] = (rss(f"feed {f}", links[f::n_feeds]), "application/rss+xml")
        feeds.append((f"feed{f}", base + path))
    return PageServer(routes, port), base, feeds


def free_port(host: str = "127.0.0.1") -> int:
    """A port free on `host` now (chosen by the OS)."""
    import socket

    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def rss(title: str, links: list[str], start: datetime | None = None) -> bytes:
    """An RSS 2.0 feed listing `links`, one item each, newest first."""
    start = start or datetime(2025, 1, 1, tzinfo=timezone.utc)
    items = []
    for i, link in enumerate(links):
        when = format_datetime(start - timedelta(minutes=i))
        items.append(f"<item><title>item {i}</title><link>{escape(link)}</link>"
                     f"<guid>{escape(link)}</guid><pubDate>{when}</pubDate></item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{escape(title)}</title><link>http://127.0.0.1/</link>"
            f"{''.join(items)}</channel></rss>").encode()


def write_config(path: Path, feeds: list[tuple[str, str]], extra: str = "") -> Path:
    lines = ["feeds:"]
    lines += [f'  - {{id: {fid}, url: "{url}", name: "{fid}"}}' for fid, url in feeds]
    lines += ["network:", '  allow_private: ["127.0.0.0/8"]']
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return path


def sample_tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, bytes (0 when it is gone)."""
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def run_akhbar(args: list[str], timeout: float = 1800, sample_s: float = 0.05) -> dict:
    """Run `akhbar ARGS` in a child process; wall time, exit code, output, peak tree RSS
    (sampled every `sample_s` seconds: each sample walks the machine's process table, so a
    benchmark timing the run samples less often)."""
    cmd = [sys.executable, "-m", "pipeline.cli", *args]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=REPO)
    peak = 0
    out: dict[str, str] = {}

    def drain(name, stream):
        out[name] = stream.read()

    readers = [threading.Thread(target=drain, args=(n, s)) for n, s in
               (("stdout", proc.stdout), ("stderr", proc.stderr))]
    for r in readers:
        r.start()
    while proc.poll() is None:
        peak = max(peak, sample_tree_rss(proc.pid))
        if time.perf_counter() - start > timeout:
            proc.kill()
            break
        time.sleep(sample_s)
    for r in readers:
        r.join()
    return {"seconds": time.perf_counter() - start, "returncode": proc.returncode,
            "stdout": out.get("stdout", ""), "stderr": out.get("stderr", ""),
            "peak_rss_mb": round(peak / 1e6, 1)}


def corpus_pages() -> list[tuple[str, bytes]]:
    """(name, html bytes) of the shared web pages and Arabic pages, unpacked to a temp dir."""
    target = Path(tempfile.gettempdir()) / "akhbar-bench-corpus"
    pages_dir = target / "web_pages" / "pages"
    if not pages_dir.is_dir():
        target.mkdir(parents=True, exist_ok=True)
        with tarfile.open(CORPUS / "web_pages.tar.gz") as tar:
            tar.extractall(target, filter="data")
    pages = [(p.name, p.read_bytes()) for p in sorted(pages_dir.iterdir()) if p.is_file()]
    arabic = CORPUS / "arabic_pages"
    pages += [(f"ar-{p.name}", p.read_bytes()) for p in sorted(arabic.glob("*.html"))]
    return pages


def report(title: str, rows: list[tuple[str, str]], data: dict) -> None:
    """Print a two-column table and the same figures as one JSON line."""
    width = max(len(k) for k, _ in rows)
    print(f"\n{title}\n" + "-" * len(title))
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    print("JSON " + json.dumps(data, ensure_ascii=False, sort_keys=True))


def cpu_info() -> str:
    return f"{os.cpu_count()} cores, Python {sys.version.split()[0]}"
