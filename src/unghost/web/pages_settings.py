"""Settings that write the config file (passwords to the keyring), and the mail templates."""

from __future__ import annotations

import os
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from unghost.errors import InvalidInputError, NotFoundError, UnghostError
from unghost.web.configfile import EDITABLE, config_path, save_config, validate
from unghost.web.deps import Ctx, require_csrf, web_state
from unghost.web.i18n import LANG_COOKIE, LANGUAGES
from unghost.web.rendering import render

router = APIRouter(dependencies=[Depends(require_csrf)], include_in_schema=False)
ACCOUNTS = ("smtp", "imap")


def see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _settings_values(request: Request, values: dict[str, str] | None = None,
                     errors: dict[str, str] | None = None, **extra: Any) -> dict[str, Any]:  # fmt: skip
    from unghost.settings import SETTINGS

    web = web_state(request)
    current = values or {name: web.settings.get(name) or "" for name in EDITABLE}
    from_env = [s.name for s in SETTINGS
                if s.name in EDITABLE and (os.environ.get(s.env) or web.flags.get(s.name))]  # fmt: skip
    return {"token": web.api_token, "values": current, "errors": errors or {},
            "from_env": from_env, "db": web.settings.db,
            "config": str(config_path(web.flags)), **extra}  # fmt: skip


def local_path(back: str) -> str:
    """A page of this app to come back to (a draft), never another site."""
    return back if back.startswith("/") and not back.startswith(("//", "/\\")) else ""


@router.get("/settings")
def settings_page(request: Request, saved: str = "", back: str = "") -> Response:
    stored = [a for a in saved.split(",") if a in ACCOUNTS]
    return render(request, "settings.html",
                  _settings_values(request, saved=bool(saved), stored=stored,
                                   back=local_path(back)))  # fmt: skip


@router.post("/settings")
async def save_settings(request: Request) -> Response:
    from unghost.services.outbox import save_password

    web = web_state(request)
    form = await request.form()
    values, errors = validate({name: str(form.get(name) or "") for name in EDITABLE})
    passwords = {a: str(form.get(f"{a}_password") or "") for a in ACCOUNTS}
    for account, password in passwords.items():
        if password and not values[f"{account}_url"]:
            errors[f"{account}_password"] = "settings.password_needs_url"
    if errors:
        return render(request, "settings.html", _settings_values(
            request, values, errors, back=local_path(str(form.get("back") or ""))),
                      status_code=422)  # fmt: skip
    await run_in_threadpool(save_config, config_path(web.flags), values)
    await run_in_threadpool(web.reload_settings)
    stored = []
    for account, password in passwords.items():
        if not password:
            continue
        try:
            await run_in_threadpool(save_password, web.context(), account, password)
        except UnghostError as exc:
            errors[f"{account}_password"] = exc.message
        else:
            stored.append(account)
    if errors:
        return render(request, "settings.html", _settings_values(
            request, values, errors, back=local_path(str(form.get("back") or ""))),
                      status_code=422)  # fmt: skip
    back = local_path(str(form.get("back") or ""))  # asked from a draft: go back to it
    response = see_other(back or "/settings?saved=" + (",".join(stored) or "1"))
    if values["lang"] in LANGUAGES:
        response.set_cookie(LANG_COOKIE, values["lang"], max_age=365 * 86400,
                            samesite="strict", path="/")  # fmt: skip
    return response


# -- templates -------------------------------------------------------------------------------
@router.get("/templates")
def templates_page(request: Request, ctx: Ctx) -> Response:
    from unghost.services.outbox import templates_for

    infos = templates_for(ctx).list_templates()
    return render(request, "templates.html", {"templates": infos})


def _template_values(ctx: Any, kind: str, lang: str, text: str | None = None,
                     error: str | None = None) -> dict[str, Any]:  # fmt: skip
    from unghost.web.template_preview import template_values

    return template_values(ctx, kind, lang, text, error)


@router.get("/templates/{lang}/{kind}")
def template_page(request: Request, lang: str, kind: str, ctx: Ctx, saved: str = "") -> Response:
    if lang not in LANGUAGES:
        raise NotFoundError(f"no {lang!r} templates")
    values = _template_values(ctx, kind, lang)
    values["saved"] = bool(saved)
    return render(request, "template.html", values)


@router.post("/templates/{lang}/{kind}")
async def save_template(request: Request, lang: str, kind: str, ctx: Ctx) -> Response:
    from unghost.services.outbox import templates_for

    if lang not in LANGUAGES:
        raise NotFoundError(f"no {lang!r} templates")
    form = await request.form()
    action = str(form.get("action") or "preview")
    text = str(form.get("text") or "").replace("\r\n", "\n")
    templates = templates_for(ctx)
    if action == "reset":
        path = templates.user_path(kind, lang)
        if path is not None:
            path.unlink(missing_ok=True)
        return see_other(f"/templates/{lang}/{kind}")
    if action == "save":
        try:
            await run_in_threadpool(templates.save_user_template, kind, lang, text, ctx.today)
        except InvalidInputError as exc:
            values = _template_values(ctx, kind, lang, text, exc.message)
            return render(request, "template.html", values, status_code=422)
        return see_other(f"/templates/{lang}/{kind}?saved=1")
    # A preview renders the user's template: never on the event loop (it may take its 2 s).
    values = await run_in_threadpool(_template_values, ctx, kind, lang, text)
    return render(request, "template.html", values,
                  status_code=422 if values["error"] else 200)  # fmt: skip
