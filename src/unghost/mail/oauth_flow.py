"""Signing in: the authorization-code flow with PKCE on a loopback redirect, and the device flow."""

from __future__ import annotations

import html
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

from unghost.mail.oauth import (
    OAuthClient,
    OAuthError,
    Provider,
    authorization_url,
    new_pkce,
    new_state,
    oauth_setting,
)
from unghost.mail.oauth_http import TokenResponse, exchange_code, provider_error

_DONE_PAGE = """<!doctype html><meta charset="utf-8"><title>unghost</title>
<body style="font-family:sans-serif;max-width:36em;margin:4em auto">
<h1>{title}</h1><p>{text}</p></body>"""
_TEXTS = {
    True: ("Connected", "unghost has your mailbox. You can close this window. "
           "已连接：unghost 可以读取你的邮箱了，可以关闭此窗口。"),
    False: ("Not connected", "{why} Go back to unghost to see what to do. "
            "未连接：请回到 unghost 查看下一步。"),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class PendingSignIn:
    """A sign-in the browser is doing: what the redirect must carry back, and the verifier."""

    provider: Provider
    client: OAuthClient
    redirect_uri: str
    state: str
    verifier: str = field(repr=False)
    url: str
    username: str | None = None
    started_at: float = 0.0


def begin_sign_in(provider: Provider, client: OAuthClient, redirect_uri: str,
                  username: str | None) -> PendingSignIn:  # fmt: skip
    verifier, challenge = new_pkce()
    state = new_state()
    url = authorization_url(provider, client, redirect_uri=redirect_uri, state=state,
                            challenge=challenge, login_hint=username)  # fmt: skip
    return PendingSignIn(provider, client, redirect_uri, state, verifier, url, username,
                         time.time())  # fmt: skip


def finish_sign_in(pending: PendingSignIn, params: Mapping[str, str]) -> TokenResponse:
    """The tokens for the code the provider sent back; raises OAuthError with what to do."""
    if params.get("state") != pending.state:
        raise OAuthError("failed", "the sign-in answer does not belong to this sign-in",
                         hint="Start connecting again from unghost, in one browser tab.")  # fmt: skip
    if params.get("error") or not params.get("code"):
        data = {"error": params.get("error") or "access_denied",
                "error_description": params.get("error_description") or "", "_status": 400}  # fmt: skip
        raise provider_error(data, provider=pending.provider.name, username=pending.username)
    return exchange_code(pending.provider, pending.client, code=params["code"],
                         redirect_uri=pending.redirect_uri, verifier=pending.verifier,
                         username=pending.username)  # fmt: skip


class _Catcher(HTTPServer):
    params: dict[str, str] | None = None
    state: str = ""
    outcome: Callable[[dict[str, str]], tuple[bool, str]] | None = None
    done: threading.Event


class _Handler(BaseHTTPRequestHandler):
    server: _Catcher

    def do_GET(self) -> None:
        query = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
        if query.get("state") != self.server.state:
            self.send_error(404)  # a favicon, a stray tab: not the provider's answer
            return
        ok, why = True, ""
        if self.server.outcome is not None:
            ok, why = self.server.outcome(query)
        title, text = _TEXTS[ok]
        body = _DONE_PAGE.format(title=title, text=html.escape(text.format(why=why))).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.server.params = query
        self.server.done.set()

    def log_message(self, format: str, *args: object) -> None:  # the query holds the code
        return


def sign_in_with_browser(
    provider: Provider,
    client: OAuthClient,
    *,
    username: str | None,
    open_browser: Callable[[str], object],
    timeout_s: float | None = None,
) -> TokenResponse:
    """Listen on 127.0.0.1 (a free port), send the browser to the provider, take the code it
    brings back and trade it for tokens (RFC 8252 7.3 loopback redirect, RFC 7636 PKCE)."""
    server = _Catcher(("127.0.0.1", 0), _Handler)
    server.done = threading.Event()
    port = server.server_address[1]
    redirect_uri = f"http://{provider.loopback_host}:{port}/"
    pending = begin_sign_in(provider, client, redirect_uri, username)
    server.state = pending.state
    result: dict[str, TokenResponse | OAuthError] = {}

    def outcome(params: dict[str, str]) -> tuple[bool, str]:
        try:
            result["token"] = finish_sign_in(pending, params)
        except OAuthError as exc:
            result["error"] = exc
            return False, exc.message
        return True, ""

    server.outcome = outcome
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                              daemon=True)  # fmt: skip
    thread.start()
    try:
        open_browser(pending.url)
        limit = timeout_s or float(oauth_setting("flow_timeout_s"))
        if not server.done.wait(limit):
            raise OAuthError("consent-refused", f"nobody finished signing in within {limit:g} s",
                             hint=f"Run `unghost account connect {provider.name}` again.")  # fmt: skip
    finally:
        server.shutdown()
        server.server_close()
    failure = result.get("error")
    if isinstance(failure, OAuthError):
        raise failure
    token = result["token"]
    assert isinstance(token, TokenResponse)
    return token
