"""SSRF guard: address classes, allow-list, the resolved address checked on every hop, no re-lookup.

Only 127.0.0.x is ever connected to (a spy on urllib3's connect asserts it).
"""

from __future__ import annotations

import pytest
import urllib3.util.connection

from connectors.http import Fetcher
from connectors.ssrf import block_reason, checked_address, parse_allow
from tests.connectors.conftest import fetch_error, http_response, make_network

BLOCKED = [
    "127.0.0.1", "127.8.9.10", "10.0.0.5", "172.16.3.4", "192.168.1.1", "169.254.169.254",
    "169.254.0.1", "100.64.0.1", "0.0.0.0", "224.0.0.1", "239.255.255.250", "240.0.0.1",
    "255.255.255.255", "198.18.0.1", "192.0.2.1", "::1", "::", "fe80::1", "fc00::1", "fd12::1",
    "ff02::1", "2001:db8::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254",
    "64:ff9b::a9fe:a9fe", "64:ff9b::7f00:1", "64:ff9b:1::1", "2002:a00:1::1", "2002:7f00:1::",
    "2001::1", "::127.0.0.1", "fe80::1%eth0",
]
PUBLIC = ["8.8.8.8", "1.1.1.1", "93.184.216.34", "2606:4700:4700::1111", "::ffff:8.8.8.8",
          "64:ff9b::808:808", "2a00:1450:4001:80b::200e"]


@pytest.mark.parametrize("address", BLOCKED)
def test_non_public_addresses_are_blocked(address):
    assert block_reason(address) is not None


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_pass(address):
    assert block_reason(address) is None


def test_allow_list_opens_only_its_cidr():
    allow = parse_allow(["10.1.0.0/16"])
    assert block_reason("10.1.2.3", allow) is None
    assert block_reason("::ffff:10.1.2.3", allow) is None
    assert block_reason("10.2.0.1", allow) is not None
    assert block_reason("169.254.169.254", allow) is not None


def test_any_blocked_answer_blocks_the_host():
    def resolver(host, port):
        return ["93.184.216.34", "10.0.0.1"]

    with pytest.raises(Exception) as info:
        checked_address("mixed.example", 80, "http://mixed.example/", (), resolver)
    assert info.value.kind == "blocked_address"


def test_unresolvable_host_is_dns_error():
    def resolver(host, port):
        raise OSError("Name or service not known")

    with pytest.raises(Exception) as info:
        checked_address("nx.example", 80, "http://nx.example/", (), resolver)
    assert info.value.kind == "dns"


class ConnectSpy:
    """Records every address urllib3 connects to (and lets loopback through)."""

    def __init__(self, monkeypatch):
        self.addresses: list[tuple[str, int]] = []
        real = urllib3.util.connection.create_connection

        def spy(address, *args, **kwargs):
            self.addresses.append(address)
            assert address[0].startswith("127."), f"test tried to connect to {address}"
            return real(address, *args, **kwargs)

        monkeypatch.setattr(urllib3.util.connection, "create_connection", spy)


@pytest.mark.parametrize("location", [
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.7/admin",
    "http://[::ffff:169.254.169.254]/",
    "http://internal.example/",  # a name that resolves to a private address
])
def test_redirect_to_private_address_blocked_before_connecting(httpserver, monkeypatch, location):
    spy = ConnectSpy(monkeypatch)
    httpserver.expect_request("/go").respond_with_data(
        "", status=302, headers={"Location": location})

    def resolver(host, port):
        return {"internal.example": ["10.9.9.9"]}.get(host, ["127.0.0.1"])

    with Fetcher(make_network(), resolver=resolver) as fetcher:
        err = fetch_error(fetcher, httpserver.url_for("/go"))
    assert err.kind == "blocked_address"
    assert {a[0] for a in spy.addresses} == {"127.0.0.1"}  # only the first hop was contacted


def test_private_address_blocked_when_not_allow_listed(httpserver, monkeypatch):
    spy = ConnectSpy(monkeypatch)
    httpserver.expect_request("/").respond_with_data("<p>x</p>", content_type="text/html")
    with Fetcher(make_network(allow_private=())) as fetcher:
        err = fetch_error(fetcher, httpserver.url_for("/"))
    assert err.kind == "blocked_address"
    assert spy.addresses == []
    assert len(httpserver.log) == 0


def test_dns_rebinding_connection_uses_first_checked_address(raw_server, monkeypatch):
    """The resolver answers loopback first and a private address afterwards: the fetch must
    resolve once per hop and connect to the address it checked, with the host name in Host:."""
    calls: list[str] = []
    server = raw_server(lambda conn, head: conn.sendall(http_response(b"<p>ok</p>")))

    def rebinding_resolver(host, port):
        calls.append(host)
        return ["127.0.0.1"] if len(calls) == 1 else ["10.0.0.1"]

    spy = ConnectSpy(monkeypatch)
    with Fetcher(make_network(allow_private=("127.0.0.1/32",)),
                 resolver=rebinding_resolver) as fetcher:
        result = fetcher.fetch(f"http://rebind.example:{server.port}/page")
    assert result.text == "<p>ok</p>"
    assert calls == ["rebind.example"]
    assert spy.addresses == [("127.0.0.1", server.port)]
    assert f"Host: rebind.example:{server.port}".encode() in server.requests[0]


def test_retries_reuse_the_checked_address(raw_server, monkeypatch):
    calls: list[str] = []
    count = {"n": 0}

    def handler(conn, head):
        count["n"] += 1
        if count["n"] == 1:
            conn.sendall(http_response(b"busy", status="503 Service Unavailable"))
        else:
            conn.sendall(http_response(b"<p>ok</p>"))

    server = raw_server(handler)

    def rebinding_resolver(host, port):
        calls.append(host)
        return ["127.0.0.1"] if len(calls) == 1 else ["10.0.0.1"]

    spy = ConnectSpy(monkeypatch)
    with Fetcher(make_network(retries=1), resolver=rebinding_resolver) as fetcher:
        result = fetcher.fetch(f"http://rebind.example:{server.port}/")
    assert result.status == 200
    assert calls == ["rebind.example"]
    assert {a[0] for a in spy.addresses} == {"127.0.0.1"}
