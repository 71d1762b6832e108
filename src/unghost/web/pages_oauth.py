"""Settings → Connect: sign in to the mail provider with OAuth2 in this browser, come back here."""

from __future__ import annotations

import threading
import time
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from unghost.errors import UnghostError
from unghost.web.deps import Ctx, require_csrf, web_state
from unghost.web.rendering import render

router = APIRouter(dependencies=[Depends(require_csrf)], include_in_schema=False)
CALLBACK = "/oauth/callback"
_lock = threading.Lock()


def _pending(request: Request) -> dict[str, Any]:
    """Sign-ins under way, by their `state`; forgotten once used or too old."""
    from unghost.mail.oauth import oauth_setting

    app_state = request.app.state
    with _lock:
        if not hasattr(app_state, "oauth_pending"):
            app_state.oauth_pending = {}
        pending: dict[str, Any] = app_state.oauth_pending
        limit = time.time() - float(oauth_setting("flow_timeout_s")) * 2
        for key in [k for k, v in pending.items() if v.started_at < limit]:
            pending.pop(key, None)
        return pending


def _back(**query: str) -> RedirectResponse:
    from urllib.parse import urlencode

    return RedirectResponse("/settings/mail" + ("?" + urlencode(query) if query else ""), 303)


def _status(ctx: Any) -> dict[str, Any]:
    from unghost.services.mail_accounts import connection_status

    configured = ctx.settings.get("oauth_client_id") or ""
    try:
        info = connection_status(ctx)
    except UnghostError as exc:
        return {"status": "no-address", "detail": exc.message, "configured": configured}
    return {**info, "configured": configured}


def _redirect_uri(request: Request, provider: str) -> str:
    """Back to this app; on this computer by the host the provider registers (localhost for
    Microsoft), which the browser reaches just the same."""
    from unghost.mail.accounts import is_loopback
    from unghost.mail.oauth import PROVIDERS, load_provider

    base = request.base_url
    if provider in PROVIDERS and is_loopback(base.hostname or ""):
        host = load_provider(provider).loopback_host if provider != "imap" else base.hostname
        base = base.replace(hostname=host)
    return str(base).rstrip("/") + CALLBACK


@router.get("/settings/mail")
def mail_connect_page(request: Request, ctx: Ctx, connected: str = "", error: str = "",
                      detail: str = "", disconnected: str = "") -> Response:  # fmt: skip
    values = {"connect": _status(ctx), "connected": connected, "error": error,
              "detail": detail[:300], "disconnected": bool(disconnected),
              "client_id": ctx.settings.get("oauth_client_id") or ""}  # fmt: skip
    return render(request, "mail_connect.html", values)


@router.get("/settings/mail/status")
def mail_connect_status(request: Request, ctx: Ctx) -> Response:
    return render(request, "_mail_connect_status.html", {"connect": _status(ctx)})


@router.post("/settings/mail/connect")
async def start_connect(request: Request) -> Response:
    from unghost.services.mail_accounts import begin_connect
    from unghost.web.configfile import config_path, save_config

    web = web_state(request)
    form = await request.form()
    provider = str(form.get("provider") or "")
    email = str(form.get("email") or "").strip() or None
    client_id = str(form.get("client_id") or "").strip()
    secret = str(form.get("client_secret") or "").strip()
    changes = {}
    if client_id and client_id != web.settings.get("oauth_client_id"):
        changes["oauth_client_id"] = client_id
    if secret:
        changes["oauth_client_secret"] = secret
    if changes:  # the app's id is configuration: it goes to the config file like the rest
        await run_in_threadpool(save_config, config_path(web.flags), changes)
        await run_in_threadpool(web.reload_settings)
    try:
        pending = await run_in_threadpool(begin_connect, web.context(), provider,
                                          _redirect_uri(request, provider), email)  # fmt: skip
    except UnghostError as exc:
        return _back(error=getattr(exc, "kind", "config"), detail=exc.message)
    _pending(request)[pending.state] = pending
    return render(request, "mail_connect_go.html",
                  {"url": pending.url, "provider": pending.provider.label})  # fmt: skip


@router.get(CALLBACK)
async def finish_connect_page(request: Request) -> Response:
    from unghost.services.mail_accounts import finish_connect

    params = {k: v for k, v in request.query_params.items()}
    pending = _pending(request).pop(params.get("state", ""), None)
    if pending is None:
        return _back(error="expired")
    try:
        done = await run_in_threadpool(finish_connect, web_state(request).context(), pending,
                                       params)  # fmt: skip
    except UnghostError as exc:
        return _back(error=getattr(exc, "kind", "failed"), detail=exc.message)
    if done.new_settings:  # the provider's servers, so sync and sending just work
        from unghost.web.configfile import config_path, save_config

        web = web_state(request)
        await run_in_threadpool(save_config, config_path(web.flags), done.new_settings)
        await run_in_threadpool(web.reload_settings)
    return _back(connected=done.username)


@router.post("/settings/mail/disconnect")
async def disconnect_page(request: Request) -> Response:
    from unghost.services.mail_accounts import disconnect

    try:
        await run_in_threadpool(disconnect, web_state(request).context())
    except UnghostError as exc:
        return _back(error="failed", detail=exc.message)
    return _back(disconnected="1")
