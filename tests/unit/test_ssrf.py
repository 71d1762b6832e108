"""SSRF: every way a pasted URL could reach this machine or a private network is refused.

Each vector is refused by default before any packet leaves for a non-loopback address:
`socket.create_connection` and `socket.getaddrinfo` are replaced by spies that fail the test
on any attempt, and names are answered by a fake resolver.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import pytest

from tests.postingfixtures.server import FixtureServer, Reply, serving
from unghost.errors import InvalidInputError
from unghost.postings.addresses import (
    AllowList,
    FetchRefusedError,
    check_host_name,
    find_address_problem,
    parse_allow_list,
)
from unghost.postings.fetch import PostingClient
from unghost.postings.tables import load_fetch_limits
from unghost.postings.transport import GuardedBackend


class FakeDNS:
    """Answers names from a table and remembers every question."""

    def __init__(self, table: dict[str, Sequence[str] | Callable[[], Sequence[str]]]) -> None:
        self.table = table
        self.questions: list[str] = []

    def __call__(self, host: str, port: int) -> Sequence[str]:
        self.questions.append(host)
        answer = self.table.get(host)
        if answer is None:
            raise socket.gaierror(socket.EAI_NONAME, "unknown name")
        return answer() if callable(answer) else answer


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Every TCP connection attempted; only loopback ones are really made."""
    made: list[tuple[str, int]] = []
    real_connect = socket.create_connection
    real_getaddrinfo = socket.getaddrinfo

    def spy_connect(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        made.append((address[0], address[1]))
        if not ipaddress.ip_address(address[0]).is_loopback:
            raise ConnectionRefusedError("test spy: a packet would have left this machine")
        return real_connect(address, *args, **kwargs)

    def spy_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            ipaddress.ip_address(str(host).strip("[]"))
        except ValueError:
            raise AssertionError(f"a real DNS lookup of {host!r} was attempted") from None
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", spy_connect)
    monkeypatch.setattr(socket, "getaddrinfo", spy_getaddrinfo)
    return made


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with serving() as running:
        running.routes["/robots.txt"] = Reply(status=404)
        yield running


DNS = FakeDNS(
    {
        "jobs.example.com": ["10.0.0.1"],
        "metadata.example.com": ["169.254.169.254"],
        "mixed.example.com": ["93.184.216.34", "192.168.1.20"],
        "mapped.example.com": ["::ffff:10.0.0.1"],
        "cgnat.example.com": ["100.64.12.1"],
        "v6local.example.com": ["fd00::1"],
        "garbage.example.com": ["not-an-address"],
        "public.example.com": ["93.184.216.34"],
    }
)


def make_client(
    resolver: Callable[[str, int], Sequence[str]] = DNS, **kwargs: Any
) -> PostingClient:
    return PostingClient(resolver=resolver, **kwargs)


REFUSED_URLS = [
    "http://127.0.0.1/",
    "http://127.0.0.2:80/",
    "http://localhost/",
    "http://LOCALHOST./",
    "http://app.localhost/",
    "http://printer.local/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://0x7f000001/",
    "http://2130706433/",
    "http://017700000001/",
    "http://127.1/",
    "http://0x7f.1/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://[0:0:0:0:0:ffff:a00:1]/",
    "http://10.0.0.1/",
    "http://172.16.5.4/",
    "http://192.168.1.1/",
    "http://169.254.169.254/latest/meta-data/",
    "http://100.64.0.1/",
    "http://224.0.0.251/",
    "http://0.0.0.0/",
    "http://240.0.0.1/",
    "http://255.255.255.255/",
    "http://192.0.0.8/",
    "http://198.18.0.1/",
    "http://[fe80::1]/",
    "http://[fc00::1]/",
    "http://[ff02::1]/",
    "http://[::]/",
    "http://[2002:7f00:1::]/",
    "http://[2002:a00:1::]/",
    "http://[64:ff9b::7f00:1]/",
    "http://[64:ff9b::a9fe:a9fe]/",
    "http://[64:ff9b:1::1]/",
    "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/",
    "http://jobs.example.com/posting/1",
    "http://metadata.example.com/latest/meta-data/",
    "http://mixed.example.com/",
    "http://mapped.example.com/",
    "http://cgnat.example.com/",
    "http://v6local.example.com/",
    "http://garbage.example.com/",
    "http://public.example.com:22/",
    "http://public.example.com:6379/",
    "http://user:pw@public.example.com/",
    "http://exa%6dple.com/",
]


@pytest.mark.parametrize("url", REFUSED_URLS)
def test_each_vector_is_refused_without_any_packet(url: str, attempts: list[Any]) -> None:
    with make_client() as client, pytest.raises(FetchRefusedError):
        client.get(url)
    assert attempts == []


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://public.example.com/",
        "gopher://public.example.com/",
        "dict://127.0.0.1:11211/",
        "javascript:alert(1)",
    ],
)
def test_only_http_and_https_are_fetched(url: str, attempts: list[Any]) -> None:
    with make_client() as client, pytest.raises((FetchRefusedError, InvalidInputError)):
        client.get(url)
    assert attempts == []


def test_the_guard_in_the_transport_refuses_even_without_the_url_check(
    attempts: list[Any],
) -> None:
    backend = GuardedBackend(
        allow=AllowList(), ports=frozenset({80, 443}), resolver=DNS, resolve_timeout_s=1.0
    )
    for host in ("10.0.0.1", "::1", "metadata.example.com", "mixed.example.com", "0x7f000001"):
        with pytest.raises(FetchRefusedError):
            backend.connect_tcp(host, 80, timeout=1.0)
    with pytest.raises(FetchRefusedError):
        backend.connect_unix_socket("/var/run/docker.sock")
    assert attempts == []


def test_the_checked_address_is_the_one_connected_to(attempts: list[Any]) -> None:
    """DNS rebinding: a second answer pointing home is never asked for, let alone used."""
    answers = iter([["93.184.216.34"], ["127.0.0.1"]])
    dns = FakeDNS({"rebind.example.com": lambda: next(answers)})
    with make_client(dns) as client:
        result = client.get("http://rebind.example.com/job", robots=False)
    assert result.error == "network"
    assert dns.questions == ["rebind.example.com"]
    assert attempts == [("93.184.216.34", 80)]


def test_loopback_servers_are_refused_by_default(
    server: FixtureServer, attempts: list[Any]
) -> None:
    server.routes["/job"] = Reply(body="<h1>Job</h1>")
    with make_client() as client, pytest.raises(FetchRefusedError):
        client.get(server.url("/job"))
    assert server.requests == [] and attempts == []


def test_an_allow_entry_for_another_port_does_not_open_this_one(
    server: FixtureServer, attempts: list[Any]
) -> None:
    allow = parse_allow_list(f"127.0.0.1:{server.port + 1}")
    with make_client(allow=allow) as client, pytest.raises(FetchRefusedError):
        client.get(server.url("/job"))
    assert server.requests == []


def test_an_allowed_loopback_server_is_fetched(server: FixtureServer, attempts: list[Any]) -> None:
    server.routes["/job"] = Reply(body="<h1>Job</h1>")
    with make_client(allow=parse_allow_list(server.allow_entry)) as client:
        result = client.get(server.url("/job"))
    assert result.ok and b"Job" in result.body
    assert {host for host, _ in attempts} == {"127.0.0.1"}


@pytest.mark.parametrize(
    "target",
    [
        "http://10.0.0.1/",
        "http://169.254.169.254/latest/meta-data/iam/",
        "http://metadata.example.com/",
        "http://[::ffff:169.254.169.254]/",
        "http://localhost:{port}/job",
        "http://[::1]:{port}/job",
        "http://0x7f000001:{port}/job",
        "file:///etc/passwd",
    ],
)
def test_a_redirect_from_an_allowed_server_to_a_forbidden_address_is_refused(
    server: FixtureServer, attempts: list[Any], target: str
) -> None:
    location = target.format(port=server.port)
    server.routes["/job"] = Reply(status=302, headers={"Location": location})
    allow = parse_allow_list(server.allow_entry)
    with make_client(allow=allow) as client, pytest.raises((FetchRefusedError, InvalidInputError)):
        client.get(server.url("/job"))
    assert "/job" in server.paths_requested()
    assert {host for host, _ in attempts} <= {"127.0.0.1"}


def test_proxy_settings_in_the_environment_are_ignored(
    server: FixtureServer, attempts: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.setenv(name, "http://10.9.9.9:3128")
    server.routes["/job"] = Reply(body="<h1>Job</h1>")
    with make_client(allow=parse_allow_list(server.allow_entry)) as client:
        assert client.get(server.url("/job")).ok
    assert {host for host, _ in attempts} == {"127.0.0.1"}


def test_allow_list_parsing() -> None:
    allow = parse_allow_list(" 127.0.0.1:8000, [::1]:9000 ,Jobs.Corp.Example, ")
    assert allow.allows("127.0.0.1", 8000) and not allow.allows("127.0.0.1", 8001)
    assert allow.allows("[::1]", 9000) and allow.allows("::1", 9000)
    assert allow.allows("jobs.corp.example.", 443) and allow.allows("JOBS.corp.example", 8443)
    assert not parse_allow_list(None) and not parse_allow_list("")
    for bad in ("127.0.0.1:0", "host:99999", "a:b:c", "[::1"):
        with pytest.raises(InvalidInputError):
            parse_allow_list(bad)


@pytest.mark.parametrize(
    "host",
    [
        "0x7f000001",
        "2130706433",
        "017700000001",
        "127.1",
        "1.2.3.0x4",
        "foo.123",
        "localhost",
        "x.localhost",
        "nas.local",
        "db.internal",
        "router.home.arpa",
        "exa%6dple.com",
    ],
)
def test_hostile_host_spellings_are_refused_by_name(host: str) -> None:
    with pytest.raises(FetchRefusedError):
        check_host_name(host)


def test_ordinary_host_names_pass_the_name_check() -> None:
    for host in ("boards.greenhouse.io", "jobs.lever.co", "xn--fsqu00a.xn--0zwm56d", "a-b_c.de"):
        check_host_name(host)


def test_public_addresses_are_allowed_and_embedded_private_ones_are_not() -> None:
    public = ["93.184.216.34", "2606:4700::1111", "::ffff:93.184.216.34", "64:ff9b::5db8:d822"]
    for text in public:
        assert find_address_problem(ipaddress.ip_address(text)) is None, text
    assert "embedded" in (find_address_problem(ipaddress.ip_address("2002:a00:1::")) or "")


def test_the_default_ports_are_the_web_ports() -> None:
    assert load_fetch_limits().ports == frozenset({80, 443})
