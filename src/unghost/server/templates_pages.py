"""The server's templates page: each person's own follow-up templates (English and Chinese),
kept in their workspace (store/user_templates.py) and used by their drafts; a kind they never
edited drafts from the built-in template. The laptop's /templates pages write files in one
install's config folder and stay off on the server (server/web.py NOT_ON_SERVER)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from unghost.bootstrap import Context
from unghost.errors import InvalidInputError, NotFoundError
from unghost.web.deps import require_csrf, web_state
from unghost.web.rendering import render

router = APIRouter(dependencies=[Depends(require_csrf)], include_in_schema=False)
BASE = "/account/templates"


def checked_kind(lang: str, kind: str) -> tuple[str, str]:
    """(lang, kind) when both name a built-in template; NotFoundError otherwise (a server
    user edits the shipped kinds, they do not add kinds of their own)."""
    from unghost.drafting.tables import load_drafting_tables

    tables = load_drafting_tables()
    if lang not in tables.languages or kind not in tables.builtin_kinds:
        raise NotFoundError(f"no {lang}/{kind} template")
    return lang, kind


def check_template(ctx: Context, lang: str, kind: str, text: str) -> str:
    """The text, with its line ends made \\n, when it drafts against the sample data: only
    known fields, a subject line, within the size and time limits; InvalidInputError
    otherwise."""
    from unghost.services.outbox import templates_for

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    problems = templates_for(ctx).check_text(kind, lang, text, ctx.today)
    if problems:
        raise InvalidInputError(problems[0], hint="The template was not saved.")
    return text


@router.get(BASE)
def templates_page(request: Request) -> Response:
    from unghost.services.outbox import templates_for

    infos = templates_for(web_state(request).context()).list_templates()
    return render(request, "templates.html", {"templates": infos, "base": BASE})


def _values(ctx: Context, lang: str, kind: str, text: str | None = None,
            error: str | None = None) -> dict[str, Any]:  # fmt: skip
    from unghost.web.template_preview import template_values

    return {**template_values(ctx, kind, lang, text, error), "base": BASE}


@router.get(BASE + "/{lang}/{kind}")
def template_page(request: Request, lang: str, kind: str, saved: str = "") -> Response:
    ctx = web_state(request).context()
    checked_kind(lang, kind)
    values = _values(ctx, lang, kind)
    values["saved"] = bool(saved)
    return render(request, "template.html", values)


@router.post(BASE + "/{lang}/{kind}")
async def save_template_page(request: Request, lang: str, kind: str) -> Response:
    from unghost.server.requests import form_fields
    from unghost.server.service import utc_now
    from unghost.store.user_templates import delete_template, save_template

    ctx = web_state(request).context()
    checked_kind(lang, kind)
    form = await form_fields(request)
    action = form.get("action") or "preview"
    text = form.get("text", "")
    if action == "reset":
        with ctx.transaction() as session:
            delete_template(session, lang, kind)
        return RedirectResponse(f"{BASE}/{lang}/{kind}", status_code=303)
    if action == "save":
        try:  # rendering a user's template may take its 2 s: never on the event loop
            checked = await run_in_threadpool(check_template, ctx, lang, kind, text)
        except InvalidInputError as exc:
            values = _values(ctx, lang, kind, text, exc.message)
            return render(request, "template.html", values, status_code=422)
        with ctx.transaction() as session:
            save_template(session, lang, kind, checked, now=utc_now())
        return RedirectResponse(f"{BASE}/{lang}/{kind}?saved=1", status_code=303)
    values = await run_in_threadpool(_values, ctx, lang, kind, text)
    return render(request, "template.html", values,
                  status_code=422 if values["error"] else 200)  # fmt: skip
