"""Request dependencies: the use-case context, the API token and the page CSRF token."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from unghost.bootstrap import Context
from unghost.web.security import CSRF_FIELD, CSRF_HEADER, SESSION_COOKIE, check_csrf
from unghost.web.state import WebState


def web_state(request: Request) -> WebState:
    return request.app.state.web  # type: ignore[no-any-return]


def context(request: Request) -> Context:
    return web_state(request).context()


def require_token(request: Request) -> None:
    """Every /api/v1 call carries `Authorization: Bearer TOKEN` (the token in Settings)."""
    if request.scope.get("unghost.user") is not None:
        return  # server mode: the sign-in gate checked the user's own token
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    expected = web_state(request).api_token
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip(), expected):
        raise HTTPException(401, "an API token is required: Authorization: Bearer TOKEN")


async def require_csrf(request: Request) -> None:
    """State-changing page requests carry the session's token (form field or htmx header)."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    token = request.headers.get(CSRF_HEADER)
    if token is None:
        kind = request.headers.get("content-type", "")
        if kind.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()
            value = form.get(CSRF_FIELD)
            token = value if isinstance(value, str) else None
    if not check_csrf(web_state(request).secret, request.cookies.get(SESSION_COOKIE), token):
        raise HTTPException(403, "the form expired or came from elsewhere: reload the page")


Ctx = Annotated[Context, Depends(context)]
