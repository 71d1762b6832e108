"""The guarded HTTP transport: resolve once, check every address, connect to the one checked."""

from __future__ import annotations

import socket
import ssl
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from typing import Any

import httpcore2
import httpx2

from unghost.postings.addresses import (
    AllowList,
    FetchRefusedError,
    IPAddress,
    check_connect_target,
    check_host_name,
    parse_ip_literal,
)

Resolver = Callable[[str, int], Sequence[str]]

# The wall-clock deadline (time.monotonic) of the fetch running in this context. Every
# connect, read and write is cut to what is left, so a server that trickles bytes cannot
# stretch a fetch past its total time.
_deadline: ContextVar[float | None] = ContextVar("unghost_fetch_deadline", default=None)
_resolver_pool: ThreadPoolExecutor | None = None


def resolve_system(host: str, port: int) -> list[str]:
    """The operating system's answers for host (A and AAAA), in its order."""
    answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in answers))


@contextmanager
def deadline_scope(seconds: float) -> Iterator[None]:
    token = _deadline.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


def _cut(timeout: float | None) -> float | None:
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore2.ReadTimeout("the fetch ran out of time")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore2.NetworkStream):
    def __init__(self, inner: httpcore2.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _cut(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _cut(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore2.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _cut(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore2.NetworkBackend):
    """A network backend that refuses private, local and odd addresses before any packet."""

    def __init__(
        self,
        *,
        allow: AllowList,
        ports: frozenset[int],
        resolver: Resolver = resolve_system,
        resolve_timeout_s: float,
    ) -> None:
        self._allow = allow
        self._ports = ports
        self._resolver = resolver
        self._resolve_timeout_s = resolve_timeout_s
        self._plain = httpcore2.SyncBackend()

    def resolve(self, host: str, port: int) -> list[IPAddress]:
        literal = parse_ip_literal(host)
        if literal is not None:
            return [literal]
        global _resolver_pool
        if _resolver_pool is None:
            _resolver_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="unghost-dns")
        future = _resolver_pool.submit(self._resolver, host, port)
        try:
            answers = future.result(timeout=_cut(self._resolve_timeout_s))
        except FutureTimeout:
            raise httpcore2.ConnectTimeout(f"resolving {host} took too long") from None
        except OSError as exc:
            raise httpcore2.ConnectError(f"cannot resolve {host}: {exc}") from None
        found: list[IPAddress] = []
        for answer in answers:
            address = parse_ip_literal(answer)
            if address is None:
                raise FetchRefusedError(f"{host} resolved to something that is not an address")
            found.append(address)
        return found

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.NetworkStream:
        if not self._allow.allows(host, port):
            check_host_name(host)  # before the resolver ever sees a hostile spelling
        addresses = self.resolve(host, port)
        check_connect_target(host, port, addresses, allow=self._allow, ports=self._ports)
        last_error: Exception | None = None
        for address in addresses:
            try:
                stream = self._plain.connect_tcp(
                    str(address), port, _cut(timeout), local_address, socket_options
                )
            except (httpcore2.ConnectError, httpcore2.ConnectTimeout) as exc:
                last_error = exc
                continue
            return _DeadlineStream(stream)
        assert last_error is not None
        raise last_error

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.NetworkStream:
        raise FetchRefusedError("unghost does not fetch over local sockets")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


@cache
def _ssl_context() -> ssl.SSLContext:
    """One verifying context for every client (building one reads the CA store)."""
    return httpx2.create_ssl_context(trust_env=False)


class GuardedTransport(httpx2.HTTPTransport):
    """httpx2's transport with the guarded backend; never uses proxies from the environment."""

    def __init__(self, backend: GuardedBackend, *, max_connections: int = 20) -> None:
        # HTTPTransport.__init__ only builds `_pool`; we build it ourselves with the guarded
        # backend (httpcore2's documented hook). `_pool` is private in httpx2, so the version
        # is pinned and tests/unit/test_ssrf.py covers the wiring.
        self._pool = httpcore2.ConnectionPool(
            ssl_context=_ssl_context(),
            max_connections=max_connections,
            max_keepalive_connections=max_connections,
            network_backend=backend,
        )
