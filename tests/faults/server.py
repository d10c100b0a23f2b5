"""Fault-injection helpers: a threaded loopback HTTP server with per-path fault routes, Arabic
article pages and feeds, and a runner for the real `akhbar run` CLI with its lake read back.

Test support only: it listens on 127.0.0.x only and never contacts anything beyond loopback.
"""

from __future__ import annotations

import gzip
import json
import random
import resource
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import yaml

REPO = Path(__file__).resolve().parents[2]
PARTITION = ds.partitioning(pa.schema([("date", pa.string())]), flavor="hive")

WORDS = (
    "الحكومة الوزير الرئيس الاجتماع المفاوضات الاقتصاد السوق النفط الأسعار المدينة الشارع الجامعة "
    "الطلاب المدرسة المستشفى الأطباء المرضى الطريق الجسر الميناء السفينة البحر الصحراء "
    "المطر الرياح الزراعة القمح المياه النهر السد الكهرباء الطاقة الشمس المصنع "
    "العمال الرواتب البنك القروض "
    "التجارة الصادرات الواردات الحدود المعبر المسافرين المطار الرحلات الفندق السياحة المتحف الآثار "
    "الكتاب المعرض الثقافة المسرح الفيلم المهرجان الرياضة المنتخب المباراة الملعب البطولة الفريق "
    "المدرب اللاعبين البرلمان القانون المحكمة القاضي الشرطة الأمن الجيش السلام الاتفاق المؤتمر "
    "الصحافة الإذاعة التلفزيون الإنترنت الهاتف الشركة المدير الموظفين المشروع البناء المساكن"
).split()
VERBS = "أعلن قال أكد أوضح كشف ناقش بحث افتتح زار استقبل وقع رفض طالب دعا".split()


def arabic_text(seed: str, sentences: int = 6) -> str:
    """Deterministic, distinct Arabic prose (no two seeds share many 3-word shingles)."""
    rng = random.Random(seed)
    out = []
    for _ in range(sentences):
        words = [rng.choice(VERBS)] + [rng.choice(WORDS) for _ in range(rng.randint(9, 14))]
        out.append(" ".join(words) + ".")
    return " ".join(out)


def article_html(key: str, *, charset: str | None = "utf-8", meta_charset: bool = True) -> str:
    """A news page trafilatura extracts: <h1> title and three paragraphs of distinct text."""
    title = f"خبر {key}: " + arabic_text("t" + key, 1)[:60]
    paras = "".join(f"<p>{arabic_text(f'{key}-{i}', 3)}</p>\n" for i in range(3))
    meta = f'<meta charset="{charset}">' if charset and meta_charset else ""
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head>{meta}<title>{escape(title)}</title>'
        '<meta property="article:published_time" content="2025-03-10T08:00:00+00:00"></head>'
        f"<body><nav><a href='/'>الرئيسية</a></nav><article><h1>{escape(title)}</h1>\n{paras}"
        "</article><footer>جميع الحقوق محفوظة</footer></body></html>"
    )


def article_body_words(key: str) -> list[str]:
    """Words that must appear in the stored body of the page `article_html(key)`."""
    return arabic_text(f"{key}-0", 3).split()[:8]


def rss(items: list[dict], *, title: str = "أخبار", extra_head: str = "") -> bytes:
    """RSS 2.0 bytes; items: {link?, title?, guid?} (a missing link makes a link-less item)."""
    parts = []
    for it in items:
        link = f"<link>{escape(it['link'])}</link>" if it.get("link") is not None else ""
        guid = f"<guid>{escape(it['guid'])}</guid>" if it.get("guid") else ""
        parts.append(f"<item><title>{escape(it.get('title', 'عنوان'))}</title>{link}{guid}"
                     "<pubDate>Mon, 10 Mar 2025 08:00:00 +0000</pubDate></item>")
    return (f'<?xml version="1.0" encoding="utf-8"?>{extra_head}<rss version="2.0"><channel>'
            f"<title>{escape(title)}</title><link>http://example.invalid/</link>"
            f"{''.join(parts)}</channel></rss>").encode()


def gzip_bomb(size: int) -> bytes:
    """gzip of `size` zero bytes (about 1000:1)."""
    return gzip.compress(b"\0" * size, compresslevel=9)


@dataclass
class Resp:
    """A canned response. `delay_s` sleeps before the head; `body_delay_s` after the head."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = "text/html; charset=utf-8"
    delay_s: float = 0.0
    body_delay_s: float = 0.0


def page(key: str, **kw) -> Resp:
    return Resp(body=article_html(key).encode(), **kw)


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    start: float
    end: float = 0.0


# A route: a Resp, a list of Resps (one per request, the last repeats), or a callable
# (handler) -> Resp | None (None: the callable wrote the raw response itself).
Route = Resp | list | Callable


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FaultServer

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def do_GET(self):  # noqa: N802 - http.server's name
        srv = self.server
        hit = Hit(self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic())
        with srv.lock:
            srv.hits.append(hit)
            n = srv.counts[self.path] = srv.counts.get(self.path, 0) + 1
            srv.active += 1
            srv.peak = max(srv.peak, srv.active)
        try:
            route = srv.routes.get(self.path)
            if route is None:
                route = srv.routes.get(self.path.split("?", 1)[0], srv.default)
            if isinstance(route, list):
                route = route[min(n, len(route)) - 1]
            if callable(route) and not isinstance(route, Resp):
                route = route(self)
            if route is not None:
                self._send(route)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with srv.lock:
                srv.active -= 1
                hit.end = time.monotonic()

    def _send(self, r: Resp) -> None:
        if r.delay_s:
            time.sleep(r.delay_s)
        self.send_response(r.status)
        headers = dict(r.headers)
        if r.content_type is not None:
            headers.setdefault("Content-Type", r.content_type)
        headers.setdefault("Content-Length", str(len(r.body)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        if r.body_delay_s:
            self.wfile.flush()
            time.sleep(r.body_delay_s)
        self.wfile.write(r.body)


def truncated(body: bytes, announced: int) -> Callable:
    """A route that announces `announced` bytes, sends `body` and closes the connection."""
    def send(h: _Handler) -> None:
        h.close_connection = True
        h.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                      + f"Content-Length: {announced}\r\nConnection: close\r\n\r\n".encode()
                      + body)
        h.wfile.flush()
        h.connection.shutdown(socket.SHUT_RDWR)
    return send


def drip(head: bytes, body: bytes, every_s: float = 0.25, total_s: float = 15.0) -> Callable:
    """A route that sends `head` (raw status line and headers, possibly unfinished) and then
    `body` one byte every `every_s` seconds (for at most `total_s`), and closes."""
    def send(h: _Handler) -> None:
        h.close_connection = True
        h.wfile.write(head)
        h.wfile.flush()
        end = time.monotonic() + total_s
        for i in range(len(body)):
            if time.monotonic() > end:
                break
            h.wfile.write(body[i:i + 1])
            h.wfile.flush()
            time.sleep(every_s)
    return send


def hang_up(h: _Handler) -> None:
    """A route that closes the connection without any response."""
    h.close_connection = True
    h.connection.shutdown(socket.SHUT_RDWR)


def chunked(chunks: int, chunk: bytes) -> Callable:
    """A route streaming `chunks` chunks (Transfer-Encoding: chunked, no Content-Length)."""
    def send(h: _Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        try:
            for _ in range(chunks):
                h.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            h.wfile.write(b"0\r\n\r\n")
        except OSError:
            h.close_connection = True
    return send


class FaultServer(ThreadingHTTPServer):
    """A loopback server whose paths answer as the test says; records every request."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, host: str = "127.0.0.1"):
        if not host.startswith("127."):
            raise ValueError("fault servers listen on loopback only")
        super().__init__((host, 0), _Handler)
        self.routes: dict[str, Route] = {}
        self.default: Route = Resp(404, b"not found", content_type="text/plain")
        self.hits: list[Hit] = []
        self.counts: dict[str, int] = {}
        self.lock = threading.Lock()
        self.active = 0
        self.peak = 0
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()

    def handle_error(self, request, client_address):  # a client hanging up is expected here
        pass

    def url(self, path: str) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}{path}"

    def hits_for(self, path: str) -> list[Hit]:
        with self.lock:
            return [h for h in self.hits if h.path == path]

    def reset(self) -> None:
        with self.lock:
            self.hits.clear()
            self.counts.clear()
            self.peak = 0

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


def write_config(path: Path, feeds: list[dict], *, batch_size: int = 500, **network) -> Path:
    net = {"timeout_s": 1.0, "retries": 1, "backoff_s": 0.05, "retry_after_cap_s": 3.0,
           "allow_private": ["127.0.0.0/8"], "respect_robots": False, **network}
    cfg = {"feeds": feeds, "network": net, "events": {"enabled": False},
           "output": {"batch_size": batch_size}}
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    return path


def akhbar_cmd(config: Path, lake: Path) -> list[str]:
    return [sys.executable, "-m", "pipeline.cli", "run", "--config", str(config),
            "--output", str(lake)]


def run_akhbar(config: Path, lake: Path, *, timeout: float = 120,
               cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(akhbar_cmd(config, lake), capture_output=True, text=True,
                          timeout=timeout, cwd=cwd or REPO)


def run_measured(cmd: list[str], timeout: float = 300, cwd: Path | None = None) -> dict:
    """Run `cmd` in a child that reports its own getrusage(RUSAGE_CHILDREN), so only `cmd`
    counts: {"returncode", "seconds", "peak_rss_kib", "stdout", "stderr"}."""
    code = (
        "import json, resource, subprocess, sys, time\n"
        "t = time.monotonic()\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "print(json.dumps({'returncode': p.returncode, 'seconds': time.monotonic() - t,\n"
        "    'peak_rss_kib': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,\n"
        "    'stdout': p.stdout, 'stderr': p.stderr}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True, text=True,
                         timeout=timeout, cwd=cwd or REPO, check=True).stdout
    return json.loads(out)


def own_peak_rss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def data_files(lake: Path) -> list[Path]:
    return sorted(p for p in lake.rglob("*.parquet") if not p.name.startswith((".", "_")))


def read_dataset(lake: Path, name: str) -> list[dict]:
    if not (lake / name).is_dir():
        return []
    data = ds.dataset(lake / name, format="parquet", partitioning=PARTITION,
                      ignore_prefixes=[".", "_"])
    return data.to_table().to_pylist()


def read_every_file(lake: Path) -> int:
    """Read every Parquet file of the lake in full (raises on a torn file); returns rows."""
    return sum(pq.read_table(p).num_rows for p in data_files(lake))
