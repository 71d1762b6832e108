"""Which hosts and addresses a pasted posting URL may reach: the SSRF policy, as pure checks."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass

from unghost.errors import InvalidInputError, NetworkError
from unghost.postings.tables import load_refused_networks

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Names that never point at the public internet (RFC 6761, RFC 6762, RFC 8375, common LAN
# suffixes). Refused by name so a hostile resolver answer is never even needed.
_LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})
_LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".home.arpa", ".lan", ".localdomain")
_HOST_CHARS = re.compile(r"^[a-z0-9_.-]+$")
_NUMERIC_LABEL = re.compile(r"^(0x[0-9a-f]*|[0-9]+)$")
_NAT64_WELL_KNOWN = ipaddress.ip_network("64:ff9b::/96")


class FetchRefusedError(NetworkError):
    """unghost will not fetch this URL: it points at a private or unusual address."""


@dataclass(frozen=True, slots=True)
class AllowList:
    """Hosts the user explicitly allows despite the policy (tests, self-hosted boards).

    Each entry is (host, port); a port of None allows every port of that host. Hosts are
    matched as written in the URL, never by what they resolve to, so a public name that
    resolves to an allowed address is still refused.
    """

    entries: frozenset[tuple[str, int | None]] = frozenset()

    def allows(self, host: str, port: int) -> bool:
        name = normalise_host(host)
        return (name, port) in self.entries or (name, None) in self.entries

    def __bool__(self) -> bool:
        return bool(self.entries)


def normalise_host(host: str) -> str:
    return host.strip().strip("[]").rstrip(".").lower()


def parse_allow_list(text: str | Iterable[str] | None) -> AllowList:
    """Parse `UNGHOST_FETCH_ALLOW` ("127.0.0.1:8000,[::1]:9000,jobs.corp.example")."""
    if text is None:
        return AllowList()
    items = text.split(",") if isinstance(text, str) else list(text)
    entries: set[tuple[str, int | None]] = set()
    for raw in items:
        item = raw.strip()
        if not item:
            continue
        match = re.fullmatch(r"\[([0-9a-fA-F:.]+)\](?::(\d+))?|([^:\[\]]+)(?::(\d+))?", item)
        if match is None:
            raise InvalidInputError(
                f"fetch allow-list entry {item!r} is not host:port",
                hint="write entries like 127.0.0.1:8000 or [::1]:8000, separated by commas",
            )
        host = match.group(1) or match.group(3)
        port_text = match.group(2) or match.group(4)
        port = int(port_text) if port_text else None
        if port is not None and not 0 < port < 65536:
            raise InvalidInputError(f"fetch allow-list entry {item!r} has an invalid port")
        entries.add((normalise_host(host), port))
    return AllowList(frozenset(entries))


def find_address_problem(address: IPAddress) -> str | None:
    """Why connecting to this address is refused, or None when it is a public unicast one."""
    embedded = _embedded_ipv4(address)
    if embedded is not None:
        problem = find_address_problem(embedded)
        return f"{problem} (embedded in {address})" if problem else None
    if isinstance(address, ipaddress.IPv6Address) and address.teredo is not None:
        return "a Teredo tunnel address"
    if address.is_unspecified:
        return "an unspecified address"
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address (cloud metadata lives there)"
    if address.is_multicast:
        return "a multicast address"
    if address.is_private:
        return "a private-network address"
    if address.is_reserved:
        return "a reserved address"
    if any(address in network for network in load_refused_networks()):
        return "a special-purpose address"
    if not address.is_global:
        # Shared address space (CGNAT 100.64/10) and other special-purpose blocks.
        return "a non-public address"
    return None


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64_WELL_KNOWN:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def parse_ip_literal(host: str) -> IPAddress | None:
    """The address when the host is written as a canonical IP literal, else None."""
    try:
        return ipaddress.ip_address(normalise_host(host).split("%")[0])
    except ValueError:
        return None


def check_host_name(host: str) -> None:
    """Refuse host spellings that hide an address or name a local network."""
    name = normalise_host(host)
    if not name:
        raise FetchRefusedError("the URL has no host name")
    if parse_ip_literal(name) is not None:
        return
    if not _HOST_CHARS.match(name):
        raise FetchRefusedError(f"the host name {host!r} has characters a public host cannot have")
    labels = name.split(".")
    if all(_NUMERIC_LABEL.match(label) for label in labels) or _NUMERIC_LABEL.match(labels[-1]):
        # 0x7f000001, 2130706433, 017700000001, 127.1: inet_aton spellings of an address.
        raise FetchRefusedError(f"the host {host!r} is an address in an unusual numeric spelling")
    if name in _LOCAL_NAMES or name.endswith(_LOCAL_SUFFIXES):
        raise FetchRefusedError(f"the host {host!r} names this machine or a local network")


def check_connect_target(
    host: str,
    port: int,
    addresses: Iterable[IPAddress],
    *,
    allow: AllowList,
    ports: frozenset[int],
) -> None:
    """Refuse the connection unless every resolved address is public and the port is allowed."""
    if allow.allows(host, port):
        return
    check_host_name(host)
    if port not in ports:
        raise FetchRefusedError(
            f"{host}:{port} uses a port unghost does not fetch from "
            f"(allowed: {', '.join(str(p) for p in sorted(ports))})"
        )
    found = list(addresses)
    if not found:
        raise FetchRefusedError(f"{host} did not resolve to any address")
    for address in found:
        problem = find_address_problem(address)
        if problem is not None:
            raise FetchRefusedError(
                f"{host} resolves to {address}, {problem}; unghost only fetches public pages",
                hint="to fetch from a self-hosted board, list it in UNGHOST_FETCH_ALLOW",
            )
