"""SSRF guard: resolve a host name once and refuse addresses that are not public unicast.

Pure address checks plus one DNS lookup; it must not open connections (http.py connects to the
address this module returned, so the checked address is the one used: no second lookup).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable, Sequence

from connectors.errors import FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Sequence[str]]

# Blocked outright, on top of what `ipaddress` calls non-global (private, loopback, link-local,
# reserved, unspecified, multicast, shared 100.64/10, documentation, benchmarking...).
_EXTRA_BLOCKED = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",  # "this network"
        "100.64.0.0/10",  # carrier-grade NAT
        "169.254.0.0/16",  # link-local, incl. 169.254.169.254 cloud metadata
        "192.0.0.0/24",  # IETF protocol assignments
        "198.18.0.0/15",  # benchmarking
        "224.0.0.0/4",  # multicast
        "240.0.0.0/4",  # reserved, incl. 255.255.255.255
        "::/96",  # IPv4-compatible (deprecated)
        "64:ff9b:1::/48",  # local-use NAT64
        "100::/64",  # discard-only
        "2001::/23",  # IETF protocol assignments (Teredo 2001::/32 included)
        "2001:db8::/32",  # documentation
        "fc00::/7",  # unique local
        "fe80::/10",  # link-local
        "fec0::/10",  # site-local (deprecated)
        "ff00::/8",  # multicast
    )
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_SIX_TO_FOUR = ipaddress.ip_network("2002::/16")


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, NAT64, 6to4), else None."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.sixtofour is not None:
        return ip.sixtofour
    return None


def _allowed(ip: IPAddress, allow: Sequence[ipaddress._BaseNetwork]) -> bool:
    return any(ip.version == net.version and ip in net for net in allow)


def parse_allow(cidrs: Iterable[str]) -> tuple[ipaddress._BaseNetwork, ...]:
    """network.allow_private strings → networks (the config already validated them)."""
    return tuple(ipaddress.ip_network(str(c), strict=False) for c in cidrs)


def block_reason(address: str | IPAddress,
                 allow: Sequence[ipaddress._BaseNetwork] = ()) -> str | None:
    """Pure: why `address` must not be contacted, or None when it is public (or allow-listed)."""
    ip = address if not isinstance(address, str) else ipaddress.ip_address(address.split("%")[0])
    if _allowed(ip, allow):
        return None
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_ipv4(ip)
        if inner is not None:
            why = block_reason(inner, allow)
            return f"embeds {inner}: {why}" if why else None
    for net in _EXTRA_BLOCKED:
        if ip.version == net.version and ip in net:
            return f"{ip} is in reserved range {net}"
    for attr in ("is_loopback", "is_private", "is_link_local", "is_multicast", "is_reserved",
                 "is_unspecified"):
        if getattr(ip, attr):
            return f"{ip} {attr.replace('is_', 'is ').replace('_', '-')}"
    if not ip.is_global:
        return f"{ip} is not a global address"
    return None


def system_resolver(host: str, port: int) -> list[str]:
    """All addresses of `host` (A and AAAA), in the order the system returns them."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    out: list[str] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        if sockaddr[0] not in out:
            out.append(sockaddr[0])
    return out


def checked_address(host: str, port: int, url: str, allow: Sequence[ipaddress._BaseNetwork] = (),
                    resolver: Resolver = system_resolver) -> str:
    """Resolve `host` ONCE and return the address to connect to.

    Every resolved address must pass (an attacker's DNS could mix a public and a private answer);
    raises FetchError("dns") when nothing resolves, FetchError("blocked_address") otherwise.
    """
    try:
        literal = ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        literal = None
    if literal is not None:
        addresses = [str(literal)]
    else:
        try:
            addresses = list(resolver(host, port))
        except (OSError, UnicodeError) as exc:
            raise FetchError("dns", f"cannot resolve {host}: {exc}", url) from None
        if not addresses:
            raise FetchError("dns", f"{host} has no address", url)
    for address in addresses:
        try:
            why = block_reason(address, allow)
        except ValueError:
            why = f"resolver returned a non-address {address!r}"
        if why:
            raise FetchError("blocked_address", f"{host} → {why}", url)
    return addresses[0].split("%", 1)[0]
