"""TLS to the checked address: SNI and certificate verification use the URL's host name.

Makes a throwaway CA with the openssl CLI; the server listens on 127.0.0.1 only.
"""

from __future__ import annotations

import shutil
import ssl
import subprocess

import pytest
from pytest_httpserver import HTTPServer

from connectors.http import Fetcher
from tests.connectors.conftest import fetch_error, make_network

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl CLI")


def _openssl(*args: str, cwd) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=30)


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    d = tmp_path_factory.mktemp("pki")
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out",
             "ca.pem", "-days", "2", "-subj", "/CN=akhbar test CA", cwd=d)
    (d / "ext.cnf").write_text("subjectAltName=DNS:news.example\n")
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "leaf.key", "-out", "leaf.csr",
             "-subj", "/CN=news.example", cwd=d)
    _openssl("x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
             "-CAcreateserial", "-out", "leaf.pem", "-days", "2", "-extfile", "ext.cnf", cwd=d)
    return d


@pytest.fixture
def tls_server(pki):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(pki / "leaf.pem", pki / "leaf.key")
    seen_sni: list[str | None] = []
    ctx.sni_callback = lambda sock, name, _ctx: seen_sni.append(name)
    server = HTTPServer(host="127.0.0.1", port=0, ssl_context=ctx)
    server.seen_sni = seen_sni
    server.start()
    server.expect_request("/secure").respond_with_data("<p>آمن</p>", content_type="text/html")
    yield server
    server.clear()
    server.stop()


def _resolver(host, port):
    return ["127.0.0.1"]


def test_https_to_checked_address_verifies_the_host_name(tls_server, pki):
    with Fetcher(make_network(), resolver=_resolver, ca_certs=str(pki / "ca.pem")) as fetcher:
        result = fetcher.fetch(f"https://news.example:{tls_server.port}/secure")
    assert result.text == "<p>آمن</p>"
    assert tls_server.seen_sni == ["news.example"]
    assert tls_server.log[0][0].headers["Host"] == f"news.example:{tls_server.port}"


def test_certificate_for_another_name_is_tls_error(tls_server, pki):
    with Fetcher(make_network(), resolver=_resolver, ca_certs=str(pki / "ca.pem")) as fetcher:
        err = fetch_error(fetcher, f"https://other.example:{tls_server.port}/secure")
    assert err.kind == "tls"


def test_untrusted_ca_is_tls_error(tls_server):
    with Fetcher(make_network(), resolver=_resolver) as fetcher:  # system CAs only
        err = fetch_error(fetcher, f"https://news.example:{tls_server.port}/secure")
    assert err.kind == "tls"
