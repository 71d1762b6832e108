"""The HTTP protocol `unghost server run` serves with: uvicorn's own (h11), with Nagle's
algorithm turned off on every connection it accepts.

With `--workers N` uvicorn binds the listening socket itself, with `proto` 0, and the
connections accepted from it report `proto` 0 too; asyncio turns TCP_NODELAY on only for a
socket reporting IPPROTO_TCP, so those connections kept Nagle's algorithm on. A response
goes out in two writes (the head, then the body): the body waited for the client to
acknowledge the head, and a client delays that acknowledgement by up to 40 ms (Linux). Each
keep-alive request after a connection's first paid those ~40 ms. Setting TCP_NODELAY on
the accepted socket (what asyncio does when it knows the socket is TCP) removes the wait,
whatever the listener was made with. (uvicorn issue 3149.)"""

from __future__ import annotations

import asyncio
import socket

from uvicorn.protocols.http.h11_impl import H11Protocol


def set_nodelay(transport: asyncio.BaseTransport) -> bool:
    """TCP_NODELAY on a transport's TCP socket; False for any other (a Unix socket, none)."""
    sock = transport.get_extra_info("socket")
    if sock is None or sock.family not in (socket.AF_INET, socket.AF_INET6):
        return False
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except OSError:  # the peer went away already: nothing is sent on it anyway
        return False
    return True


class NoDelayH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, on a connection with TCP_NODELAY set."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        set_nodelay(transport)
        super().connection_made(transport)


HTTP_PROTOCOL = f"{__name__}:{NoDelayH11Protocol.__name__}"  # uvicorn's `http` setting
