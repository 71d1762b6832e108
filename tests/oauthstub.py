"""A stub OAuth2/OpenID Connect provider on loopback: PKCE codes, device codes, access and
refresh tokens, revocation and introspection (RFC 6749, 7636, 8628, 7009, 7662).

Every token it issues starts with a canary prefix, so a test can grep for them anywhere."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

CLIENT_ID = "unghost-test-client"
CANARY = "cnry"
INTROSPECT_USER, INTROSPECT_PASSWORD = "dovecot", "introspect-secret"


@dataclass
class Grant:
    username: str
    scope: str
    refresh_token: str
    revoked: bool = False


@dataclass
class Behaviour:
    """What the provider does; a test sets what it needs."""

    access_lifetime_s: int = 3600
    admin_consent_required: bool = False
    grant_scope: str | None = None  # the scope granted, when not everything asked for
    require_secret: str | None = None  # the client secret the token endpoint wants
    date_offset_s: float = 0.0  # the Date header's lie about the provider's clock
    issue_refresh: bool = True
    rotate_refresh: bool = False  # each refresh returns a new refresh token, the old one dies


@dataclass
class Stub:
    base: str
    behaviour: Behaviour = field(default_factory=Behaviour)
    username: str = "jane@example.com"
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    pending: dict[str, dict[str, Any]] = field(default_factory=dict)
    devices: dict[str, dict[str, Any]] = field(default_factory=dict)
    access: dict[str, tuple[Grant, float]] = field(default_factory=dict)
    grants: dict[str, Grant] = field(default_factory=dict)  # by refresh token
    issued: list[str] = field(default_factory=list)  # every token, for the canary test
    grant_types: list[str] = field(default_factory=list)
    introspections: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def issuer(self) -> str:
        return self.base

    @property
    def introspection_url(self) -> str:
        host = self.base.removeprefix("http://")
        return f"http://{INTROSPECT_USER}:{INTROSPECT_PASSWORD}@{host}/introspect"

    def _token(self, kind: str) -> str:
        token = f"{CANARY}_{kind}_{secrets.token_hex(16)}"
        self.issued.append(token)
        return token

    def issue(self, grant: Grant) -> dict[str, Any]:
        access = self._token("at")
        self.access[access] = (grant, time.time() + self.behaviour.access_lifetime_s)
        answer: dict[str, Any] = {"access_token": access, "token_type": "Bearer",
                                  "expires_in": self.behaviour.access_lifetime_s,
                                  "scope": grant.scope}  # fmt: skip
        if self.behaviour.issue_refresh:
            answer["refresh_token"] = grant.refresh_token
        return answer

    def new_grant(self, scope: str) -> Grant:
        granted = self.behaviour.grant_scope if self.behaviour.grant_scope is not None else scope
        grant = Grant(self.username, granted, self._token("rt"))
        self.grants[grant.refresh_token] = grant
        return grant

    def expire_access_tokens(self) -> None:
        """Every access token issued so far dies now (the refresh tokens live on)."""
        with self.lock:
            self.access = {t: (g, 0.0) for t, (g, _) in self.access.items()}

    def revoke_all(self) -> None:
        """As the user does on the provider's security page: every grant is withdrawn."""
        with self.lock:
            for grant in self.grants.values():
                grant.revoked = True

    def active(self, token: str) -> Grant | None:
        with self.lock:
            found = self.access.get(token)
        if found is None or found[1] < time.time() or found[0].revoked:
            return None
        return found[0]


def _s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


_PAGE = """<!doctype html><meta charset="utf-8"><title>Stub sign-in</title>
<h1>Sign in to the stub provider</h1><p>{user} — {client} asks for: <code>{scope}</code></p>
<form method="post" action="{action}"><input type="hidden" name="id" value="{rid}">
<button name="decision" value="consent" data-testid="consent">Consent</button>
<button name="decision" value="refuse" data-testid="refuse">Refuse</button></form>"""


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    @property
    def stub(self) -> Stub:
        return self.server.stub

    def log_message(self, format: str, *args: object) -> None:
        return

    def _send(
        self, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def send_header(self, keyword: str, value: str) -> None:
        if keyword == "Date" and self.stub.behaviour.date_offset_s and "GMT" in value:
            value = self.date_time_string(time.time() + self.stub.behaviour.date_offset_s)
        super().send_header(keyword, value)

    def _json(self, status: int, data: dict[str, Any]) -> None:
        self._send(status, json.dumps(data).encode(), "application/json")

    def _error(self, error: str, description: str = "", status: int = 400) -> None:
        self._json(status, {"error": error, "error_description": description})

    def _form(self) -> dict[str, str]:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode()
        return {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if parts.path == "/.well-known/openid-configuration":
            b = self.stub.base
            self._json(200, {"issuer": b, "authorization_endpoint": f"{b}/authorize",
                             "token_endpoint": f"{b}/token", "revocation_endpoint": f"{b}/revoke",
                             "device_authorization_endpoint": f"{b}/devicecode",
                             "introspection_endpoint": f"{b}/introspect",
                             "code_challenge_methods_supported": ["S256"]})  # fmt: skip
        elif parts.path == "/authorize":
            self._authorize(query)
        elif parts.path == "/device":
            page = (
                '<!doctype html><form method="post" action="/device"><input name="user_code" '
                'data-testid="user-code"><button data-testid="consent">Consent</button></form>'
            )
            self._send(200, page.encode(), "text/html; charset=utf-8")
        else:
            self._send(404, b"not found", "text/plain")

    def _authorize(self, q: dict[str, str]) -> None:
        redirect = q.get("redirect_uri", "")
        host = urlsplit(redirect).hostname
        if q.get("client_id") != CLIENT_ID or host not in ("127.0.0.1", "localhost"):
            self._send(400, b"unknown client or redirect", "text/plain")
            return
        if q.get("code_challenge_method") != "S256" or not q.get("code_challenge"):
            self._send(400, b"PKCE S256 is required", "text/plain")
            return
        rid = secrets.token_hex(8)
        self.stub.pending[rid] = q
        page = _PAGE.format(user=html.escape(q.get("login_hint", self.stub.username)),
                            client=html.escape(CLIENT_ID), scope=html.escape(q.get("scope", "")),
                            action="/authorize/decide", rid=rid)  # fmt: skip
        self._send(200, page.encode(), "text/html; charset=utf-8")

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        form = self._form()
        routes = {"/authorize/decide": self._decide, "/token": self._token,
                  "/devicecode": self._devicecode, "/device": self._device_consent,
                  "/revoke": self._revoke, "/introspect": self._introspect}  # fmt: skip
        handler = routes.get(path)
        if handler is None:
            self._send(404, b"not found", "text/plain")
        else:
            handler(form)

    def _decide(self, form: dict[str, str]) -> None:
        q = self.stub.pending.pop(form.get("id", ""), None)
        if q is None:
            self._send(400, b"no such request", "text/plain")
            return
        params: dict[str, str] = {"state": q.get("state", "")}
        if form.get("decision") != "consent":
            params.update(error="access_denied", error_description="The user refused consent.")
        elif self.stub.behaviour.admin_consent_required:
            params.update(error="access_denied", error_description="AADSTS90094: Admin consent "
                          "is required for the permissions requested by this application.")  # fmt: skip
        else:
            code = secrets.token_hex(12)
            self.stub.codes[code] = q
            params["code"] = code
        sep = "&" if "?" in q["redirect_uri"] else "?"
        self._send(
            302, b"", "text/plain", {"Location": q["redirect_uri"] + sep + urlencode(params)}
        )

    def _client_ok(self, form: dict[str, str]) -> bool:
        wanted = self.stub.behaviour.require_secret
        return form.get("client_id") == CLIENT_ID and (
            not wanted or form.get("client_secret") == wanted
        )

    def _token(self, form: dict[str, str]) -> None:
        stub = self.stub
        if not self._client_ok(form):
            self._error("invalid_client", "unknown client or wrong secret", 401)
            return
        kind = form.get("grant_type", "")
        stub.grant_types.append(kind)
        if kind == "authorization_code":
            q = stub.codes.pop(form.get("code", ""), None)
            if q is None or q["redirect_uri"] != form.get("redirect_uri"):
                self._error("invalid_grant", "unknown code or redirect_uri")
            elif _s256(form.get("code_verifier", "")) != q["code_challenge"]:
                self._error("invalid_grant", "PKCE verification failed")
            else:
                self._json(200, stub.issue(stub.new_grant(q.get("scope", ""))))
        elif kind == "refresh_token":
            grant = stub.grants.get(form.get("refresh_token", ""))
            if grant is None or grant.revoked:
                self._error("invalid_grant", "Token has been expired or revoked.")
                return
            if stub.behaviour.rotate_refresh:
                stub.grants.pop(grant.refresh_token)
                grant.refresh_token = stub._token("rt")
                stub.grants[grant.refresh_token] = grant
            self._json(200, stub.issue(grant))
        elif kind == "urn:ietf:params:oauth:grant-type:device_code":
            device = stub.devices.get(form.get("device_code", ""))
            if device is None:
                self._error("expired_token")
            elif not device["approved"]:
                self._error("authorization_pending")
            else:
                stub.devices.pop(form["device_code"])
                self._json(200, stub.issue(stub.new_grant(device["scope"])))
        else:
            self._error("unsupported_grant_type")

    def _devicecode(self, form: dict[str, str]) -> None:
        if not self._client_ok(form):
            self._error("invalid_client", status=401)
            return
        code, user_code = secrets.token_hex(16), secrets.token_hex(3).upper()
        self.stub.devices[code] = {"user_code": user_code, "scope": form.get("scope", ""),
                                   "approved": False}  # fmt: skip
        self._json(200, {"device_code": code, "user_code": user_code,
                         "verification_uri": f"{self.stub.base}/device", "expires_in": 600,
                         "interval": 1})  # fmt: skip

    def _device_consent(self, form: dict[str, str]) -> None:
        for device in self.stub.devices.values():
            if device["user_code"] == form.get("user_code", "").strip().upper():
                device["approved"] = True
                self._send(200, b"<p>Device connected.</p>", "text/html")
                return
        self._send(400, b"<p>Unknown code.</p>", "text/html")

    def _revoke(self, form: dict[str, str]) -> None:
        token = form.get("token", "")
        grant = self.stub.grants.get(token) or (self.stub.access.get(token) or (None,))[0]
        if grant is not None:
            grant.revoked = True
        self._send(200, b"", "text/plain")

    def _introspect(self, form: dict[str, str]) -> None:
        wanted = base64.b64encode(f"{INTROSPECT_USER}:{INTROSPECT_PASSWORD}".encode()).decode()
        if self.headers.get("Authorization") != f"Basic {wanted}":
            self._error("invalid_client", "introspection needs the resource server's login", 401)
            return
        self.stub.introspections += 1
        grant = self.stub.active(form.get("token", ""))
        if grant is None:
            self._json(200, {"active": False})
            return
        self._json(200, {"active": True, "username": grant.username, "scope": grant.scope,
                         "client_id": CLIENT_ID, "token_type": "Bearer"})  # fmt: skip


class _Server(ThreadingHTTPServer):
    stub: Stub
    daemon_threads = True


@contextmanager
def running_stub(username: str = "jane@example.com") -> Iterator[Stub]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.stub = Stub(base=f"http://127.0.0.1:{server.server_address[1]}", username=username)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                              daemon=True)  # fmt: skip
    thread.start()
    try:
        yield server.stub
    finally:
        server.shutdown()
        server.server_close()
