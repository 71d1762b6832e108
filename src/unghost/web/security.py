"""The guard in front of every request: Host allow-list, cross-site refusal, upload cap, CSP."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
SESSION_COOKIE = "unghost_session"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
MAX_BODY_BYTES = 20 * 1024 * 1024  # a resume and a cover letter fit many times over
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
    "base-uri 'none'; object-src 'none'"
)
# Pages no browser or proxy may keep a copy of: the API token, the whole database, API data
NO_STORE_PREFIXES = ("/settings", "/export.", "/api/v1/", "/login")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


def allowed_hosts(configured: str) -> frozenset[str]:
    names = {"127.0.0.1", "localhost", "[::1]", "::1"}
    if configured in ("0.0.0.0", "::"):  # every interface: the names others reach it by
        names.update(_machine_names())
    elif configured:
        names.add(configured.lower())
        if ":" in configured and not configured.startswith("["):
            names.add(f"[{configured.lower()}]")
    return frozenset(names)


def _machine_names() -> set[str]:
    import socket

    host = socket.gethostname().lower()
    names = {host, f"{host}.local"}
    try:
        for *_, address in socket.getaddrinfo(host, None):
            ip = str(address[0]).lower()
            names.add(f"[{ip}]" if ":" in ip else ip)
    except OSError:  # no resolver for the machine's own name: its name still works
        pass
    return names


def split_host(value: str) -> str:
    """`localhost:8000` → `localhost`; `[::1]:8000` → `[::1]`."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[: value.find("]") + 1] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def csrf_token(secret: bytes, session: str) -> str:
    return hmac.new(secret, session.encode(), hashlib.sha256).hexdigest()


def check_csrf(secret: bytes, session: str | None, token: str | None) -> bool:
    if not session or not token:
        return False
    return hmac.compare_digest(csrf_token(secret, session), token)


def new_session_id() -> str:
    return secrets.token_urlsafe(24)


class Guard:
    """Pure ASGI middleware (cheaper than BaseHTTPMiddleware on every request)."""

    def __init__(self, app: ASGIApp, *, hosts: frozenset[str], max_body: int = MAX_BODY_BYTES):
        self.app = app
        self.hosts = hosts
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "")
        if split_host(host) not in self.hosts:
            await _refuse(scope, send, 421, "this address is not allowed (Host header)")
            return
        if scope["method"] not in SAFE_METHODS and _cross_site(headers, host):
            await _refuse(scope, send, 403, "cross-site requests are refused")
            return
        length = headers.get("content-length")
        if length and length.isdigit() and int(length) > self.max_body:
            await _refuse(scope, send, 413, "the upload is too large (20 MB at most)")
            return
        received = 0
        too_large = False

        async def capped_receive() -> Message:
            nonlocal received, too_large
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    too_large = True
                    raise UploadTooLarge
            return message

        no_store = scope.get("path", "").startswith(NO_STORE_PREFIXES)

        async def secured_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = [(b"cache-control", b"no-store")] if no_store else []
                message["headers"] = [*message.get("headers", []), *HEADERS, *extra]
            await send(message)

        try:
            await self.app(scope, capped_receive, secured_send)
        except UploadTooLarge:
            if too_large:
                await _refuse(scope, send, 413, "the upload is too large (20 MB at most)")


class UploadTooLarge(Exception):
    """Raised inside the body stream to stop reading an upload past the cap."""


def _cross_site(headers: dict[str, str], host: str) -> bool:
    site = headers.get("sec-fetch-site")
    if site is not None:  # modern browsers say it themselves (Origin may be `null` then)
        return site not in ("same-origin", "none")
    origin = headers.get("origin")
    if origin is None:
        return False
    if origin == "null":
        return True
    return urlsplit(origin).netloc.lower() != host.lower()


async def _refuse(scope: Scope, send: Send, status: int, message: str) -> None:
    api = scope.get("path", "").startswith("/api")
    if api:
        body = json.dumps(
            {"ok": False, "error": message, "errors": [message], "status": status}
        ).encode()
        kind = b"application/json"
    else:
        body = f"<!doctype html><title>{status}</title><p>{message}</p>".encode()
        kind = b"text/html; charset=utf-8"
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode()),
                            *HEADERS]})  # fmt: skip
    await send({"type": "http.response.body", "body": body})
