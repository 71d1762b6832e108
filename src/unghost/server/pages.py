"""The server's own pages: sign in and out, forgotten password, and one's account (sessions,
password, API tokens)."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from unghost.errors import AuthenticationError, InvalidInputError, UnghostError
from unghost.server.requests import form_fields, signed_in_user
from unghost.server.web import cookie_of, session_cookie
from unghost.web.deps import require_csrf, web_state
from unghost.web.rendering import render

log = logging.getLogger("unghost.server")
router = APIRouter(dependencies=[Depends(require_csrf)], include_in_schema=False)


def _safe_next(target: str) -> str:
    return target if target.startswith("/") and not target.startswith(("//", "/\\")) else "/"


def _address(request: Request) -> str | None:
    return request.client.host if request.client else None


def _set_cookie(response: Response, token: str) -> None:
    from unghost.server.policy import auth_value

    # __Host-: Secure, Path=/, no Domain; no Max-Age: the server's timeouts decide
    response.set_cookie(session_cookie(), token, httponly=True, secure=True, path="/",
                        samesite=auth_value("session", "same_site"))  # fmt: skip


def _current(request: Request) -> str | None:
    return cookie_of({"cookie": request.headers.get("cookie", "")}, session_cookie())


@router.get("/login")
def login_page(request: Request, next: str = "/") -> Response:
    return render(request, "server_login.html", {"next": _safe_next(next), "refusal": None,
                  "oidc": _oidc(request) is not None})  # fmt: skip


@router.post("/login")
async def login(request: Request) -> Response:
    from unghost.server.login import sign_in
    from unghost.server.service import utc_now

    form = await form_fields(request)
    target = _safe_next(form.get("next", "/"))
    ctx = web_state(request).context()

    def attempt() -> Any:
        with ctx.transaction() as session:
            return sign_in(session, form.get("email", ""), form.get("password", ""),
                           now=utc_now(), address=_address(request),
                           user_agent=request.headers.get("user-agent"),
                           replacing=_current(request))  # fmt: skip

    done = await run_in_threadpool(attempt)
    if done.user is None:
        key = "server.login.throttled" if done.minutes else "server.login.refused"
        return render(request, "server_login.html", {"next": target, "refusal": key,
                      "email": form.get("email", ""), "oidc": _oidc(request) is not None},
                      status_code=401)  # fmt: skip
    response = RedirectResponse(target, status_code=303)
    _set_cookie(response, done.token)
    return response


def _oidc(request: Request) -> Any:
    from unghost.server.oidc import oidc_config

    return oidc_config(web_state(request).settings)


@router.get("/login/oidc")
def oidc_start(request: Request, next: str = "/") -> Response:
    """Leave for the institution's provider, with this browser's state, nonce and verifier."""
    import time

    from unghost.server.oidc import PENDING_COOKIE, OidcRefused, begin, metadata, seal
    from unghost.server.policy import auth_value

    config = _oidc(request)
    if config is None:
        return RedirectResponse("/login", status_code=303)
    try:
        url, pending = begin(config, metadata(config), next=_safe_next(next), now=time.time())
    except OidcRefused as exc:
        log.warning("OIDC sign-in could not start: %s", exc.reason)
        return render(request, "server_login.html", {"next": _safe_next(next),
                      "refusal": "server.oidc.unavailable", "oidc": True},
                      status_code=502)  # fmt: skip
    response = RedirectResponse(url, status_code=303)
    response.set_cookie(PENDING_COOKIE, seal(pending, web_state(request).secret), httponly=True,
                        secure=True, path="/", samesite="lax",
                        max_age=int(auth_value("oidc", "attempt_s")))  # fmt: skip
    return response


@router.get("/login/oidc/callback")
async def oidc_callback(request: Request) -> Response:
    """Back from the provider: the code exchanged, the id_token checked, the account found;
    a new session id, as with a password."""
    import time

    from unghost.server.oidc import PENDING_COOKIE, OidcRefused, complete, match_user, unseal
    from unghost.server.service import utc_now
    from unghost.server.sessions import start_session

    config = _oidc(request)
    if config is None:
        return RedirectResponse("/login", status_code=303)
    web = web_state(request)
    query = dict(request.query_params)
    next_page = "/"

    def finish() -> str:
        nonlocal next_page
        pending = unseal(request.cookies.get(PENDING_COOKIE), web.secret, now=time.time())
        next_page = pending.next
        claims = complete(config, pending, query, now=time.time())
        with web.context().transaction() as session:
            user = match_user(session, config, claims, now=utc_now())
            return start_session(session, user, now=utc_now(), address=_address(request),
                                 user_agent=request.headers.get("user-agent"),
                                 replacing=_current(request))  # fmt: skip

    try:
        token = await run_in_threadpool(finish)
    except OidcRefused as exc:
        log.warning("OIDC sign-in refused: %s", exc.reason)
        refused = render(request, "server_login.html", {"next": next_page, "oidc": True,
                         "refusal": "server.oidc.refused"}, status_code=401)  # fmt: skip
        refused.delete_cookie(PENDING_COOKIE, path="/", secure=True, httponly=True)
        return refused
    response = RedirectResponse(_safe_next(next_page), status_code=303)
    response.delete_cookie(PENDING_COOKIE, path="/", secure=True, httponly=True)
    _set_cookie(response, token)
    return response


@router.post("/logout")
def logout(request: Request) -> Response:
    from unghost.server.sessions import end_session

    token = _current(request)
    if token:
        with web_state(request).context().transaction() as session:
            end_session(session, token)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(session_cookie(), path="/", secure=True, httponly=True)
    return response


@router.get("/forgot")
def forgot_page(request: Request) -> Response:
    return render(request, "server_forgot.html", {"sent": False})


@router.post("/forgot")
async def forgot(request: Request) -> Response:
    form = await form_fields(request)
    await run_in_threadpool(_mail_reset, web_state(request), form.get("email", ""))
    return render(request, "server_forgot.html", {"sent": True})  # the same for everyone


def _mail_reset(web: Any, email: str) -> None:
    import logging

    from unghost.mail.accounts import parse_smtp_url
    from unghost.server.resets import request_reset, reset_message, send_reset
    from unghost.server.service import utc_now

    settings = web.settings
    smtp, sender = settings.get("server_smtp_url"), settings.get("server_from")
    base = settings.get("server_url")
    if not (smtp and sender and base):
        logging.getLogger("unghost.server").warning(
            "a password reset was asked for, but UNGHOST_SERVER_SMTP_URL, UNGHOST_SERVER_FROM "
            "and UNGHOST_SERVER_URL are not all set: no mail was sent"
        )
        return
    now = utc_now()
    with web.context().transaction() as session:
        issued = request_reset(session, email, now=now)
        if issued is None:
            return
        user, token = issued
        msg = reset_message(user, token, base_url=base, sender=sender, now=now)
    try:
        send_reset(msg, parse_smtp_url(smtp))
    except UnghostError as exc:
        logging.getLogger("unghost.server").warning("reset mail: %s", exc)


@router.get("/reset")
def reset_page(request: Request, token: str = "") -> Response:
    return render(request, "server_reset.html", {"token": token, "error": None})


@router.post("/reset")
async def reset(request: Request) -> Response:
    from unghost.server.resets import complete_reset
    from unghost.server.service import utc_now

    form = await form_fields(request)
    ctx = web_state(request).context()

    def complete() -> None:
        with ctx.transaction() as session:
            complete_reset(session, form.get("token", ""), form.get("password", ""),
                           now=utc_now())  # fmt: skip

    try:
        await run_in_threadpool(complete)
    except (AuthenticationError, InvalidInputError) as exc:
        return render(request, "server_reset.html", {"token": form.get("token", ""),
                      "error": str(exc)}, status_code=400)  # fmt: skip
    return RedirectResponse("/login", status_code=303)


@router.get("/account")
def account_page(request: Request) -> Response:
    return _account(request, {})


def _account(request: Request, values: dict[str, Any], status_code: int = 200) -> Response:
    from unghost.server.audit import readers_of
    from unghost.server.service import utc_now
    from unghost.server.sessions import list_sessions
    from unghost.server.tokens import list_tokens

    user = signed_in_user(request)
    with web_state(request).context().reading() as session:
        sessions = list_sessions(session, user["id"], now=utc_now(), current=_current(request))
        tokens = [t for t in list_tokens(session, user["id"]) if t.revoked_at is None]
        readers = [(r.email, r.role) for r in readers_of(session, user["id"])
                   if r.id != user["id"]]  # fmt: skip
    return render(request, "server_account.html", {"user": user, "sessions": sessions,
                  "tokens": tokens, "readers": readers, **values},
                  status_code=status_code)  # fmt: skip


@router.post("/account/sessions/{handle}/end")
def end_one(request: Request, handle: str) -> Response:
    from unghost.server.sessions import end_session_by_handle

    with web_state(request).context().transaction() as session:
        end_session_by_handle(session, signed_in_user(request)["id"], handle)
    return RedirectResponse("/account", status_code=303)


@router.post("/account/sessions/end-others")
def end_others(request: Request) -> Response:
    from unghost.server.sessions import end_sessions

    with web_state(request).context().transaction() as session:
        end_sessions(session, signed_in_user(request)["id"], keep=_current(request))
    return RedirectResponse("/account", status_code=303)


@router.post("/account/password")
async def change_password(request: Request) -> Response:
    """Needs the current password; every session ends, this browser gets a new one."""
    from unghost.server.accounts import set_password
    from unghost.server.passwords import verify_password
    from unghost.server.service import utc_now
    from unghost.server.sessions import start_session
    from unghost.store.people import UserRow

    form = await form_fields(request)
    user_id = signed_in_user(request)["id"]
    ctx = web_state(request).context()

    def change() -> str | None:
        with ctx.transaction() as session:
            row = session.get(UserRow, user_id)
            if row is None or not verify_password(row.password_hash, form.get("current", "")):
                return None
            set_password(session, row, form.get("password", ""), now=utc_now())
            return start_session(session, row, now=utc_now(), address=_address(request),
                                 user_agent=request.headers.get("user-agent"))  # fmt: skip

    try:
        token = await run_in_threadpool(change)
    except InvalidInputError as exc:
        return _account(request, {"password_error": str(exc)}, 400)
    if token is None:
        return _account(request, {"password_error_key": "server.account.wrong_current"}, 400)
    response = RedirectResponse("/account?changed=1", status_code=303)
    _set_cookie(response, token)
    return response


@router.post("/account/tokens")
async def new_token(request: Request) -> Response:
    from unghost.server.service import utc_now
    from unghost.server.tokens import create_token
    from unghost.store.people import UserRow

    form = await form_fields(request)
    with web_state(request).context().transaction() as session:
        row = session.get(UserRow, signed_in_user(request)["id"])
        assert row is not None
        _, secret = create_token(session, row, form.get("name", ""), now=utc_now())
    return _account(request, {"new_token": secret})


@router.post("/account/tokens/{token_id}/revoke")
def revoke(request: Request, token_id: int) -> Response:
    from unghost.server.service import utc_now
    from unghost.server.tokens import revoke_token

    with web_state(request).context().transaction() as session:
        revoke_token(session, signed_in_user(request)["id"], token_id, now=utc_now())
    return RedirectResponse("/account", status_code=303)
