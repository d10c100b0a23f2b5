"""Serve the embedded sample (configs/sample/) over HTTP on 127.0.0.1, as the real sites would.

`akhbar run` with no --config starts it so that the production path (HTTP feed poll, HTTP
page fetch, extraction) runs offline. It serves static files only and never listens beyond
loopback, on a port the system picks free at run time: two runs, or any other program, never
compete for one. Every URL inside the sample (configs/sample.yaml, feeds, pages) names one fixed
origin, SAMPLE_ORIGIN, which is the sample's identity (article ids derive from it, so every run
and every lake agree); a run fetches from the served origin instead (RunContext.served_at).
"""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Self

from configs import CONFIG_DIR

SAMPLE_DIR = CONFIG_DIR / "sample"
SAMPLE_HOST = "127.0.0.1"
SAMPLE_ORIGIN = "http://127.0.0.1:18461"  # what the sample's URLs name; nothing listens there

CONTENT_TYPES = {
    ".html": "text/html",
    ".xml": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".json": "application/json",
    ".txt": "text/plain",
}


class _Handler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, **CONTENT_TYPES}

    def guess_type(self, path):
        name = Path(str(path)).name
        if name.startswith("atom") and name.endswith(".xml"):
            return "application/atom+xml"
        return super().guess_type(path)

    def list_directory(self, path):  # no directory listings: a site would answer 404
        self.send_error(404, "Not Found")

    def log_message(self, format, *args):  # keep run output for the run summary
        pass


class SampleServer:
    """A loopback static server over a directory; use as a context manager."""

    def __init__(self, root: Path = SAMPLE_DIR, host: str = SAMPLE_HOST, port: int = 0):
        if not host.startswith("127."):
            raise ValueError("the sample server listens on loopback only")
        handler = functools.partial(_Handler, directory=str(root))
        self._server = ThreadingHTTPServer((host, port), handler)  # port 0: a free one
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def origin(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def base_url(self) -> str:
        return self.origin + "/"

    @property
    def served_at(self) -> tuple[tuple[str, str], ...]:
        """For RunContext.served_at: the sample's URLs are fetched from this server."""
        return ((SAMPLE_ORIGIN, self.origin),)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
