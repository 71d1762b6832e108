"""The API of a person's own account settings on the server: their follow-up templates and
their mail account, what /account/templates and /account/mail do in a browser, for a script
holding a personal API token. The same checks and the same seals: a template is test-rendered
before it is kept, a password is sealed with the server key and never given back."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from unghost.errors import InvalidInputError
from unghost.server.mail_pages import PROTOCOLS, SECURITIES, account_url, mail_status
from unghost.server.requests import json_body, signed_in_user
from unghost.server.templates_pages import check_template, checked_kind
from unghost.web.deps import require_token, web_state

router = APIRouter(prefix="/api/v1/account", dependencies=[Depends(require_token)],
                   tags=["account"])  # fmt: skip
MAIL_FIELDS = ("host", "port", "security", "user", "password")


def _template(ctx: Any, lang: str, kind: str) -> dict[str, Any]:
    from unghost.services.outbox import templates_for

    source = templates_for(ctx).get_source(kind, lang)
    return {"lang": lang, "kind": kind, "origin": source.origin, "text": source.text}


@router.get("/templates")
def list_templates_api(request: Request) -> JSONResponse:
    from unghost.services.outbox import templates_for

    infos = templates_for(web_state(request).context()).list_templates()
    return JSONResponse({"ok": True, "templates": [
        {"lang": i.lang, "kind": i.kind, "origin": i.origin, "problem": i.problem} for i in infos
    ]})  # fmt: skip


@router.get("/templates/{lang}/{kind}")
def get_template_api(request: Request, lang: str, kind: str) -> JSONResponse:
    checked_kind(lang, kind)
    return JSONResponse({"ok": True, **_template(web_state(request).context(), lang, kind)})


@router.put("/templates/{lang}/{kind}")
async def put_template_api(request: Request, lang: str, kind: str) -> JSONResponse:
    """Keep the person's own text for this kind (refused with its first problem when it
    would not draft); their drafts use it from now on."""
    from unghost.server.service import utc_now
    from unghost.store.user_templates import save_template

    checked_kind(lang, kind)
    text = (await json_body(request)).get("text")
    if not isinstance(text, str):
        raise InvalidInputError('give the template as {"text": "Subject: ...\\n\\n..."}')
    ctx = web_state(request).context()
    kept = await run_in_threadpool(check_template, ctx, lang, kind, text)  # may take its 2 s
    with ctx.transaction() as session:
        save_template(session, lang, kind, kept, now=utc_now())
    return JSONResponse({"ok": True, **_template(ctx, lang, kind)})


@router.delete("/templates/{lang}/{kind}")
def reset_template_api(request: Request, lang: str, kind: str) -> JSONResponse:
    """Back to the shipped template of this kind."""
    from unghost.store.user_templates import delete_template

    checked_kind(lang, kind)
    ctx = web_state(request).context()
    with ctx.transaction() as session:
        delete_template(session, lang, kind)
    return JSONResponse({"ok": True, **_template(ctx, lang, kind)})


def _status(ctx: Any) -> dict[str, Any]:
    status = mail_status(ctx)
    for key in ("last_sync", "checked_at"):
        if status[key] is not None:
            status[key] = status[key].isoformat()
    return {"ok": True, **status}


@router.get("/mail")
def get_mail_api(request: Request) -> JSONResponse:
    """The account without its passwords: only whether one is kept."""
    return JSONResponse(_status(web_state(request).context()))


@router.put("/mail")
async def put_mail_api(request: Request) -> JSONResponse:
    """Connect or change the account: {"imap": {"host", "port", "security", "user",
    "password"}, "smtp": {...}}; a protocol left out has no server, a password left out keeps
    the one kept."""
    from unghost.server.mailboxes import set_mail_account

    body = await json_body(request)
    fields: dict[str, str] = {}
    for protocol in PROTOCOLS:
        given = body.get(protocol) or {}
        if not isinstance(given, dict) or set(given) - set(MAIL_FIELDS):
            raise InvalidInputError(f"{protocol}: give an object of {', '.join(MAIL_FIELDS)}",
                                    hint=f"security is one of {', '.join(SECURITIES)}")  # fmt: skip
        fields.update({f"{protocol}_{k}": str(v) for k, v in given.items() if v is not None})
    urls = {p: account_url(p, fields) for p in PROTOCOLS}
    if not any(urls.values()):
        raise InvalidInputError("give at least an IMAP or an SMTP server")
    ctx = web_state(request).context()
    await run_in_threadpool(set_mail_account, ctx, signed_in_user(request)["email"],
                            imap_url=urls["imap"], smtp_url=urls["smtp"], sender=None)  # fmt: skip
    return JSONResponse(_status(ctx))


@router.post("/mail/test")
async def test_mail_api(request: Request) -> JSONResponse:
    """Log in to both servers (nothing read or sent); the failure, if any, on one line."""
    from unghost.server.mail_pages import try_connection

    ctx = web_state(request).context()
    error = await run_in_threadpool(try_connection, ctx, int(signed_in_user(request)["id"]))
    return JSONResponse({**_status(ctx), "works": error is None, "error": error})


@router.delete("/mail")
def delete_mail_api(request: Request) -> JSONResponse:
    from unghost.server.mail_pages import remove_account

    user_id = int(signed_in_user(request)["id"])
    ctx = replace(web_state(request).context(), owner_id=user_id)
    return JSONResponse({"ok": True, "removed": remove_account(ctx, user_id)})
