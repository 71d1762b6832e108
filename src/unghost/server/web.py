"""The server's web app: the laptop's pages and API behind a sign-in, each request acting for
the person signed in (a session cookie, or a personal API token on /api/)."""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any
from urllib.parse import quote, urlsplit

from anyio import to_thread
from fastapi import FastAPI

from unghost.server.policy import auth_value
from unghost.web.security import ASGIApp, Receive, Scope, Send
from unghost.web.state import ACTING_PREFERENCES, ACTING_USER, WebState

OPEN_PATHS = ("/login", "/forgot", "/reset", "/static/", "/settings/language")  # cookie only
# What reads or writes one install's files or accounts: the server offers each person their
# own preferences, templates and mail account under /account/ instead.
NOT_ON_SERVER = re.compile(
    r"^(?:/api/v1)?(?:/settings(?:/(?!language$).*)?|/templates(?:/.*)?|/oauth/.*|/mail/sync"
    r"|/outbox/\d+/(?:send|schedule)|/check|/applications/[^/]+/check)$"
)


def session_cookie() -> str:
    return str(auth_value("session", "cookie"))


def create_server_app() -> FastAPI:
    """The factory uvicorn's workers call (`unghost server run`): settings from the
    environment, and a refusal to serve through a role row-level security would not hold."""
    from unghost.server.database import check_app_engine
    from unghost.web.app import create_app

    app = create_app({}, server=True)
    check_app_engine(app.state.web.engine)
    settle_heap()
    return app


def settle_heap() -> None:
    """What a worker built to serve (modules, the app, templates, caches) lives as long as
    it does: move it out of the garbage collector's reach. A full collection otherwise
    walks those ~135,000 objects again each time (measured 5-6 of them per 400 caseload
    looks over 4 workers, up to 0.7 s each on a loaded machine), and every request of that
    worker waits meanwhile; frozen, the same looks spent a third of that time collecting."""
    import gc

    gc.collect()
    gc.freeze()


def install_server(app: FastAPI, web: WebState, hosts: frozenset[str]) -> frozenset[str]:
    """Add the sign-in gate and pages; the host names the server answers to."""
    from unghost.server.account_api import router as account_api
    from unghost.server.admin import router as admin_router
    from unghost.server.counsel_pages import api_router as counsel_api
    from unghost.server.counsel_pages import router as counsel_pages
    from unghost.server.mail_pages import router as mail_router
    from unghost.server.pages import router
    from unghost.server.preferences_pages import router as preferences_router
    from unghost.server.templates_pages import router as templates_router

    secret = web.settings.get("server_secret")
    if secret:  # every web process signs form tokens with the same key
        web.secret = hashlib.sha256(b"unghost-forms:" + secret.encode()).digest()
    app.add_middleware(ServerGate, state=web)
    app.include_router(router)
    app.include_router(preferences_router)
    app.include_router(templates_router)
    app.include_router(mail_router)
    app.include_router(account_api)
    app.include_router(counsel_pages)
    app.include_router(counsel_api)
    app.include_router(admin_router)
    names = set(hosts)
    url = web.settings.get("server_url")
    if url and urlsplit(url).hostname:
        names.add(str(urlsplit(url).hostname).lower())
    names.update(h.strip().lower() for h in (web.settings.get("server_hosts") or "").split(",")
                 if h.strip())  # fmt: skip
    return frozenset(names)


class ServerGate:
    """Pure ASGI middleware: no page or API call without a signed-in, enabled user."""

    def __init__(self, app: ASGIApp, *, state: WebState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        if NOT_ON_SERVER.match(path):
            await _answer(scope, send, 404, "not available on the server")
            return
        if path.startswith(OPEN_PATHS):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        api = path.startswith("/api/")
        user = await to_thread.run_sync(self._resolve, headers, api)
        if user is None:
            if api:
                await _answer(scope, send, 401, "sign in: Authorization: Bearer YOUR_API_TOKEN")
            else:
                target = "/login?next=" + quote(path or "/", safe="/")
                await send({"type": "http.response.start", "status": 303,
                            "headers": [(b"location", target.encode()),
                                        (b"content-length", b"0")]})  # fmt: skip
                await send({"type": "http.response.body", "body": b""})
            return
        preferences = user.pop("preferences")
        scope["unghost.user"] = user
        token = ACTING_USER.set(int(user["id"]))
        mine = ACTING_PREFERENCES.set(preferences)
        try:
            await self.app(scope, receive, send)
        finally:
            ACTING_PREFERENCES.reset(mine)
            ACTING_USER.reset(token)

    def _resolve(self, headers: dict[str, str], api: bool) -> dict[str, Any] | None:
        from unghost.server.accounts import user_dict
        from unghost.server.service import utc_now
        from unghost.server.sessions import signed_in
        from unghost.server.tokens import resolve_token
        from unghost.store.preferences import load_preferences, preferences_of

        ctx = self.state.context()
        if api:
            with ctx.transaction() as session:
                scheme, _, secret = headers.get("authorization", "").partition(" ")
                user = (resolve_token(session, secret.strip(), now=utc_now())
                        if scheme.lower() == "bearer" else None)  # fmt: skip
                if user is None:
                    return None
                return {**user_dict(user), "preferences": load_preferences(session, user.id)}
        # a page: the session, its user and their preferences in one statement, read only;
        # a write only when the session must be ended or its idle clock moved (once a minute)
        cookie = cookie_of(headers, session_cookie())
        for write in (False, True):
            with ctx.transaction(write=write) as session:
                found = signed_in(session, cookie, now=utc_now(), read_only=not write)
                if isinstance(found, tuple):
                    return {**user_dict(found[0]), "preferences": preferences_of(found[1])}
                if found is None:
                    return None
        return None


def cookie_of(headers: dict[str, str], name: str) -> str | None:
    for part in headers.get("cookie", "").split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None


async def _answer(scope: Scope, send: Send, status: int, message: str) -> None:
    if scope.get("path", "").startswith("/api/"):
        body = json.dumps({"ok": False, "error": message, "errors": [message],
                           "status": status}).encode()  # fmt: skip
        kind = b"application/json"
    else:
        body = f"<!doctype html><title>{status}</title><p>{message}</p>".encode()
        kind = b"text/html; charset=utf-8"
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", kind),
                            (b"content-length", str(len(body)).encode())]})  # fmt: skip
    await send({"type": "http.response.body", "body": body})
