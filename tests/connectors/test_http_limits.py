"""Fetcher limits: size, decompression bombs, types, redirects, URL length, truncation, empty body.

Against local servers only; bombs are built in memory-flat chunks.
"""

from __future__ import annotations

import gzip
import time
import tracemalloc
import zlib

import brotli
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from werkzeug import Response

from connectors.errors import FetchError
from connectors.http import Fetcher
from connectors.urls import check_url
from tests.connectors.conftest import fetch_error, http_response, make_network

MB = 1024 * 1024


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """200 MB of zeros, gzip-compressed to ~200 KB, built without holding 200 MB."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = b"\0" * MB
    return b"".join(comp.compress(zeros) for _ in range(200)) + comp.flush()


@pytest.fixture(scope="module")
def brotli_bomb() -> bytes:
    comp = brotli.Compressor(quality=5)
    zeros = b"\0" * MB
    return b"".join(comp.process(zeros) for _ in range(200)) + comp.finish()


def _serve_encoded(httpserver, body: bytes, encoding: str) -> str:
    httpserver.expect_request("/bomb").respond_with_response(Response(
        body, headers={"Content-Encoding": encoding, "Content-Type": "text/html"}))
    return httpserver.url_for("/bomb")


@pytest.mark.parametrize("encoding", ["gzip", "br"])
def test_decompression_bomb_stops_at_max_bytes(httpserver, gzip_bomb, brotli_bomb, encoding):
    body = gzip_bomb if encoding == "gzip" else brotli_bomb
    assert len(body) < 2 * MB
    url = _serve_encoded(httpserver, body, encoding)
    with Fetcher(make_network(max_bytes=5 * MB)) as fetcher:
        tracemalloc.start()
        try:
            err = fetch_error(fetcher, url)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert err.kind == "too_large"
    assert "decompression" in str(err)
    assert peak < 40 * MB, f"peak {peak / MB:.1f} MB"


def test_small_gzip_page_is_decompressed(httpserver):
    page = "<p>خبر عاجل</p>".encode() * 100
    url = _serve_encoded(httpserver, gzip.compress(page), "gzip")
    with Fetcher(make_network()) as fetcher:
        result = fetcher.fetch(url)
    assert result.content == page
    assert result.text.count("خبر عاجل") == 100


def test_corrupt_gzip_is_decompression_error(httpserver):
    url = _serve_encoded(httpserver, b"\x1f\x8b\x08\x00garbage-not-deflate" * 10, "gzip")
    with Fetcher(make_network()) as fetcher:
        assert fetch_error(fetcher, url).kind == "decompression"


def _stream_huge(total: int):
    def handler(conn, head):
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                     b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
        chunk = b"<p>" + b"a" * (64 * 1024 - 3)
        sent = 0
        while sent < total:
            conn.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            sent += len(chunk)
        conn.sendall(b"0\r\n\r\n")
    return handler


def test_huge_streamed_page_is_cut_while_streaming(raw_server):
    """50 MB chunked page (no Content-Length): refused once max_bytes is passed, memory flat."""
    server = raw_server(_stream_huge(50 * MB))
    with Fetcher(make_network(max_bytes=5 * MB)) as fetcher:
        tracemalloc.start()
        try:
            err = fetch_error(fetcher, server.url("/huge"))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert err.kind == "too_large"
    assert peak < 30 * MB, f"peak {peak / MB:.1f} MB"


def test_page_under_the_cap_is_read_whole(raw_server):
    server = raw_server(_stream_huge(2 * MB))
    with Fetcher(make_network(max_bytes=5 * MB)) as fetcher:
        result = fetcher.fetch(server.url("/big"))
    assert len(result.content) >= 2 * MB


def test_huge_content_length_refused_before_reading(raw_server):
    def handler(conn, head):
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                     b"Content-Length: 1000000000000\r\n\r\n<p>")
        time.sleep(20)  # would hang a reader that waited for the body

    server = raw_server(handler)
    started = time.monotonic()
    with Fetcher(make_network()) as fetcher:
        err = fetch_error(fetcher, server.url("/"))
    assert err.kind == "too_large"
    assert time.monotonic() - started < 15  # refused, not read (the body never ends)


@pytest.mark.parametrize(("kind", "ctype"), [
    ("page", "application/pdf"), ("page", "image/png"), ("page", "application/rss+xml"),
    ("feed", "image/png"), ("feed", "application/zip"),
])
def test_wrong_content_type(httpserver, kind, ctype):
    httpserver.expect_request("/x").respond_with_data(b"%PDF-1.4", content_type=ctype)
    with Fetcher(make_network()) as fetcher:
        err = fetch_error(fetcher, httpserver.url_for("/x"), kind=kind)
    assert err.kind == "unsupported_type"


@pytest.mark.parametrize("ctype", ["text/xml", "application/xml", "text/plain",
                                   "application/atom+xml; charset=utf-8"])
def test_lenient_feed_types_are_read(httpserver, ctype):
    httpserver.expect_request("/f").respond_with_data(b"<rss/>", content_type=ctype)
    with Fetcher(make_network()) as fetcher:
        assert fetcher.fetch(httpserver.url_for("/f"), kind="feed").content == b"<rss/>"


def test_xhtml_page_is_accepted(httpserver):
    httpserver.expect_request("/x").respond_with_data(
        b"<html><p>x</p></html>", content_type="application/xhtml+xml")
    with Fetcher(make_network()) as fetcher:
        assert fetcher.fetch(httpserver.url_for("/x")).text == "<html><p>x</p></html>"


def test_redirects_are_followed_to_final_url(httpserver):
    httpserver.expect_request("/old").respond_with_data(
        "", status=301, headers={"Location": "/mid"})
    httpserver.expect_request("/mid").respond_with_data(
        "", status=307, headers={"Location": "new?x=1"})
    httpserver.expect_request("/new").respond_with_data("<p>here</p>", content_type="text/html")
    with Fetcher(make_network()) as fetcher:
        result = fetcher.fetch(httpserver.url_for("/old"))
    assert result.final_url == httpserver.url_for("/new?x=1")
    assert result.url == httpserver.url_for("/old")
    assert result.text == "<p>here</p>"


def test_redirect_limit(httpserver):
    for i in range(10):
        httpserver.expect_request(f"/r{i}").respond_with_data(
            "", status=302, headers={"Location": f"/r{i + 1}"})
    with Fetcher(make_network(max_redirects=3)) as fetcher:
        err = fetch_error(fetcher, httpserver.url_for("/r0"))
    assert err.kind == "too_many_redirects"
    assert len(httpserver.log) == 4  # the first request + 3 redirects followed


def test_redirect_loop(httpserver):
    httpserver.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    with Fetcher(make_network(max_redirects=10)) as fetcher:
        err = fetch_error(fetcher, httpserver.url_for("/a"))
    assert err.kind == "redirect_loop"
    assert len(httpserver.log) == 2


def test_redirect_to_other_scheme_is_bad_url(httpserver):
    httpserver.expect_request("/a").respond_with_data(
        "", status=302, headers={"Location": "file:///etc/passwd"})
    with Fetcher(make_network()) as fetcher:
        assert fetch_error(fetcher, httpserver.url_for("/a")).kind == "bad_url"


@pytest.mark.parametrize("url", ["ftp://example.com/x", "file:///etc/passwd", "gopher://x/",
                                 "http://user:pw@example.com/", "http:///nohost", "not a url",
                                 "javascript:alert(1)", ""])
def test_bad_urls(url):
    with Fetcher(make_network()) as fetcher:
        assert fetch_error(fetcher, url).kind == "bad_url"


def test_url_length_limit(httpserver):
    with Fetcher(make_network(max_url_length=100)) as fetcher:
        err = fetch_error(fetcher, httpserver.url_for("/" + "a" * 200))
    assert err.kind == "url_too_long"
    assert len(httpserver.log) == 0


@pytest.mark.parametrize("chunked", [False, True])
def test_truncated_body_is_an_error_not_partial_data(raw_server, chunked):
    def handler(conn, head):
        if chunked:
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                         b"Transfer-Encoding: chunked\r\n\r\n400\r\n" + b"a" * 300)
        else:
            conn.sendall(http_response(b"a" * 500, length=1000))
        conn.shutdown(2)

    server = raw_server(handler)
    with Fetcher(make_network()) as fetcher:
        err = fetch_error(fetcher, server.url("/t"))
    assert err.kind == "truncated"


def test_truncated_is_retried(raw_server):
    count = {"n": 0}

    def handler(conn, head):
        count["n"] += 1
        if count["n"] == 1:
            conn.sendall(http_response(b"a" * 10, length=100))
            conn.shutdown(2)
        else:
            conn.sendall(http_response(b"<p>whole</p>"))

    server = raw_server(handler)
    with Fetcher(make_network(retries=1)) as fetcher:
        assert fetcher.fetch(server.url("/t")).text == "<p>whole</p>"


@pytest.mark.parametrize("status", [200, 204])
def test_empty_body_is_no_content(httpserver, status):
    httpserver.expect_request("/e").respond_with_data(b"", status=status,
                                                      content_type="text/html")
    with Fetcher(make_network()) as fetcher:
        err = fetch_error(fetcher, httpserver.url_for("/e"))
    assert err.kind == "no_content"
    assert err.status == status


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_check_url_fuzz_only_raises_fetch_error(text):
    for candidate in (text, "http://" + text, "https://example.com/" + text):
        try:
            target = check_url(candidate, 2048)
        except FetchError as err:
            assert err.kind in ("bad_url", "url_too_long")
        else:
            assert target.scheme in ("http", "https") and target.host
            assert target.url.isascii() and len(target.url) <= 2048
