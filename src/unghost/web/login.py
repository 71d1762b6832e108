"""The login of the local app: one password (UNGHOST_WEB_PASSWORD), required off loopback."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from unghost.errors import InvalidInputError
from unghost.web.deps import require_csrf, web_state
from unghost.web.rendering import render
from unghost.web.security import ASGIApp, Receive, Scope, Send

LOGIN_COOKIE = "unghost_login"
OPEN_PATHS = ("/login", "/static/", "/api/")  # the API has its own token, shown after login
FAILED_LOGIN_DELAY_S = 1.0  # slows guessing without holding up anyone else

router = APIRouter(dependencies=[Depends(require_csrf)], include_in_schema=False)


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost: only this machine can connect."""
    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_exposure(host: str, password: str | None) -> None:
    """Refuse to serve every page to a network without a password."""
    if not is_loopback(host) and not password:
        raise InvalidInputError(
            f"serving on {host} would show your data, the API token and the export to anyone "
            "who can reach this machine",
            hint="Set UNGHOST_WEB_PASSWORD (a login page then guards every page), or keep "
            "--host 127.0.0.1 and reach it through an SSH tunnel.",
        )


def login_mark(secret: bytes, password: str) -> str:
    """The cookie a logged-in browser carries: changes when the password or the app does."""
    return hmac.new(secret, b"login:" + password.encode(), hashlib.sha256).hexdigest()


class LoginGate:
    """Pure ASGI middleware: with a password set, pages need the login cookie."""

    def __init__(self, app: ASGIApp, *, state: object) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        password = self.state.settings.get("web_password")  # type: ignore[attr-defined]
        path = scope.get("path", "")
        if scope["type"] != "http" or not password or path.startswith(OPEN_PATHS):
            await self.app(scope, receive, send)
            return
        cookies = _cookies(scope)
        expected = login_mark(self.state.secret, password)  # type: ignore[attr-defined]
        if hmac.compare_digest(cookies.get(LOGIN_COOKIE, ""), expected):
            await self.app(scope, receive, send)
            return
        target = "/login?next=" + quote(path or "/", safe="/")
        await send({"type": "http.response.start", "status": 303,
                    "headers": [(b"location", target.encode()), (b"content-length", b"0")]})  # fmt: skip
        await send({"type": "http.response.body", "body": b""})


def _cookies(scope: Scope) -> dict[str, str]:
    found: dict[str, str] = {}
    for key, value in scope.get("headers", []):
        if key == b"cookie":
            for part in value.decode("latin-1").split(";"):
                name, _, val = part.strip().partition("=")
                found[name] = val
    return found


def _safe_next(target: str) -> str:
    return target if target.startswith("/") and not target.startswith(("//", "/\\")) else "/"


@router.get("/login")
def login_page(request: Request, next: str = "/") -> Response:
    return render(request, "login.html", {"next": _safe_next(next), "failed": False})


@router.post("/login")
async def login(request: Request) -> Response:
    web = web_state(request)
    form = await request.form()
    given, target = str(form.get("password") or ""), _safe_next(str(form.get("next") or "/"))
    password = web.settings.get("web_password")
    if not password:
        return RedirectResponse(target, status_code=303)
    if not hmac.compare_digest(given.encode(), password.encode()):
        await asyncio.sleep(FAILED_LOGIN_DELAY_S)
        return render(request, "login.html", {"next": target, "failed": True}, status_code=401)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(LOGIN_COOKIE, login_mark(web.secret, password), httponly=True,
                        samesite="strict", path="/")  # fmt: skip
    return response


@router.post("/logout")
def logout() -> Response:
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(LOGIN_COOKIE, path="/")
    return response
