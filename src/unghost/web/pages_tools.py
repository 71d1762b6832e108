"""Pages around the tracker: check documents, follow-up composer and outbox, import/export,
insights, settings, and the review of proposals from the mailbox."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from unghost.errors import InvalidInputError
from unghost.web import views
from unghost.web.charts import bar_chart, histogram
from unghost.web.deps import Ctx, require_csrf, web_state
from unghost.web.i18n import LANG_COOKIE, LANGUAGES
from unghost.web.rendering import language, render

router = APIRouter(dependencies=[Depends(require_csrf)], include_in_schema=False)
DRAFT_KINDS = ("thank-you", "follow-up", "check-in", "close-the-loop", "contact-update")
REPLY_DAY_EDGES = (0, 3, 7, 14, 21, 30, 45, 60)


def see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


@router.get("/check")
def check_page(request: Request) -> Response:
    return render(request, "check.html", {"result": None})


@router.post("/check")
async def check_upload(request: Request) -> Response:
    from unghost.web.uploads import check_uploaded

    form = await request.form(max_files=2)
    result = await check_uploaded(request, form)
    return render(request, "check.html", {"result": result.to_dict(language(request))})


@router.post("/applications/{ref}/check")
def check_application(ref: str, ctx: Ctx) -> Response:
    from unghost.services.contacts import check_application as check

    check(ctx, ref, region=None, online=False, open_documents=False)
    return see_other(f"/applications/{ref}#contacts")


@router.get("/outbox")
def outbox(request: Request, ctx: Ctx) -> Response:
    from unghost.services.outbox import list_outbox

    return render(request, "outbox.html", {"entries": list_outbox(ctx)})


@router.get("/compose")
def compose(request: Request, ctx: Ctx, ref: str = "") -> Response:
    from unghost.services.applications import list_applications

    apps = list_applications(ctx)
    return render(request, "compose.html", {"apps": apps, "ref": ref, "kinds": DRAFT_KINDS,
                                            "error": None})  # fmt: skip


@router.post("/compose")
async def make_draft(request: Request, ctx: Ctx) -> Response:
    from unghost.services.outbox import make_draft as draft

    form = await request.form()
    ref, kind = str(form.get("ref") or ""), str(form.get("kind") or "follow-up")
    lang = str(form.get("lang") or "") or None
    if kind not in DRAFT_KINDS:
        raise InvalidInputError(f"kind: {kind!r} is not a template")
    entry = await run_in_threadpool(draft, ctx, ref, kind, lang if lang in LANGUAGES else None)
    return see_other(f"/outbox/{entry.id}")


@router.get("/outbox/{entry_id}")
def entry_page(request: Request, entry_id: int, ctx: Ctx) -> Response:
    from unghost.services.outbox import find_entry

    entry = find_entry(ctx, str(entry_id))
    return render(request, "draft.html", {"entry": entry, "today": ctx.today})


@router.post("/outbox/{entry_id}")
async def save_text(request: Request, entry_id: int, ctx: Ctx) -> Response:
    from unghost.services.outbox import schedule, send_now, update_text

    form = await request.form()
    action = str(form.get("action") or "save")
    subject, body = str(form.get("subject") or ""), str(form.get("body") or "")
    await run_in_threadpool(update_text, ctx, entry_id, subject, body)
    if action == "send":
        await run_in_threadpool(send_now, ctx, str(entry_id))
    elif action == "schedule":
        on = str(form.get("on") or "")
        try:
            day = date.fromisoformat(on)
        except ValueError:
            raise InvalidInputError(f"on: {on!r} is not a date (YYYY-MM-DD)") from None
        await run_in_threadpool(schedule, ctx, str(entry_id), day)
    return see_other(f"/outbox/{entry_id}")


@router.get("/transfer")
def transfer(request: Request) -> Response:
    return render(request, "transfer.html", {"report": None})


@router.post("/import")
async def import_upload(request: Request, ctx: Ctx) -> Response:
    from unghost.web.uploads import import_uploaded

    form = await request.form(max_files=1)
    report = await import_uploaded(request, ctx, form)
    return render(request, "transfer.html", {"report": report.to_dict()})


@router.get("/export.{fmt}")
def export(fmt: str, ctx: Ctx) -> Response:
    if fmt not in ("json", "csv"):
        raise InvalidInputError(f"{fmt!r}: export as json or csv")
    return views.export_response(ctx, fmt)


@router.get("/insights")
def insights(request: Request, ctx: Ctx) -> Response:
    data = views.cached_insights(web_state(request), ctx)
    charts = {
        "funnel": bar_chart([(s, float(n)) for s, n in data.funnel]),
        "replies": bar_chart(histogram(data.reply_days, REPLY_DAY_EDGES))
        if data.reply_days else None,
        "months": bar_chart([(m, float(a)) for m, a, _r in data.months[-12:]]),
    }  # fmt: skip
    return render(request, "insights.html", {"data": data, "charts": charts})


@router.post("/settings/language")
async def set_language(request: Request) -> Response:
    form = await request.form()
    lang = str(form.get("lang") or "")
    if lang not in LANGUAGES:
        raise InvalidInputError(f"lang: choose one of {', '.join(LANGUAGES)}")
    back = str(form.get("back") or "/settings")
    response = see_other(back if back.startswith("/") and not back.startswith("//") else "/")
    response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, samesite="strict", path="/")
    return response


@router.post("/proposals/{proposal_id}/{decision}")
def decide(proposal_id: int, decision: str, ctx: Ctx) -> Response:
    from unghost.services.mail import decide as decide_proposal

    if decision not in ("accept", "reject"):
        raise InvalidInputError("decide with accept or reject")
    decide_proposal(ctx, proposal_id, accept=decision == "accept")
    return see_other("/today")
