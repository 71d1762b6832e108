"""An SMTP server (aiosmtpd) that takes AUTH XOAUTH2 and asks the stub provider's introspection
endpoint whether the bearer token is active, as a real submission server would."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx2
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import AuthResult

from tests.outboxfixtures.smtpserver import Behaviour, Handler, RunningServer, _LoopbackController


class OAuthHandler(Handler):
    def __init__(self, introspection_url: str) -> None:
        super().__init__(Behaviour())
        self.introspection_url = introspection_url
        self.logins: list[str] = []

    def _active_user(self, token: str) -> str | None:
        reply = httpx2.post(self.introspection_url, data={"token": token}, timeout=10)
        data = reply.json()
        return str(data["username"]) if data.get("active") else None

    async def auth_XOAUTH2(self, server: SMTPServer, args: list[str]) -> AuthResult:
        if len(args) > 1:
            blob = base64.b64decode(args[1])
        else:
            answer = await server.challenge_auth("")
            blob = answer if isinstance(answer, bytes) else b""
        fields = dict(part.split("=", 1) for part in blob.decode().split("\x01") if "=" in part)
        user, auth = fields.get("user", ""), fields.get("auth", "")
        token = auth.removeprefix("Bearer ").strip()
        active = self._active_user(token) if token else None
        if active is not None and active == user:
            self.logins.append(user)
            return AuthResult(success=True, auth_data=user)
        # Gmail's way: a JSON status as a challenge, an empty answer, then 535
        error = {"status": "401", "schemes": "Bearer", "scope": "https://mail.google.com/"}
        await server.challenge_auth(json.dumps(error))
        await server.push("535 5.7.8 Username and Password not accepted (invalid token)")
        return AuthResult(success=False, handled=True)


@contextmanager
def oauth_smtp_server(introspection_url: str) -> Iterator[RunningServer]:
    handler = OAuthHandler(introspection_url)
    kwargs: dict[str, Any] = {"authenticator": lambda *a: AuthResult(success=False),
                              "auth_required": True, "auth_require_tls": False,
                              "auth_exclude_mechanism": ["PLAIN", "LOGIN"]}  # fmt: skip
    controller = _LoopbackController(handler, hostname="127.0.0.1", port=0, **kwargs)
    controller.start()
    try:
        yield RunningServer(controller.port, handler)
    finally:
        controller.stop()
