"""Pages around the tracker: check documents, import/export, insights, the language switch,
and the review of proposals from the mailbox (follow-ups are in pages_followup)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from unghost.errors import InvalidInputError
from unghost.web import views
from unghost.web.charts import bar_chart, histogram
from unghost.web.deps import Ctx, require_csrf, web_state
from unghost.web.i18n import LANG_COOKIE, LANGUAGES
from unghost.web.rendering import language, render

router = APIRouter(dependencies=[Depends(require_csrf)], include_in_schema=False)
REPLY_DAY_EDGES = (0, 3, 7, 14, 21, 30, 45, 60)


def see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


@router.get("/check")
def check_page(request: Request) -> Response:
    region = web_state(request).settings.country
    return render(request, "check.html", {"result": None, "default_region": region})


@router.post("/check")
async def check_upload(request: Request) -> Response:
    from unghost.web.uploads import check_uploaded

    form = await request.form(max_files=2)
    result = await check_uploaded(request, form)
    return render(request, "check.html", {"result": result.to_dict(language(request)),
                                          "default_region": web_state(request).settings.country,
                                          "region": str(form.get("region") or "")})  # fmt: skip


@router.post("/applications/{ref}/check")
def check_application(ref: str, ctx: Ctx) -> Response:
    from unghost.services.contacts import check_application as check

    check(ctx, ref, region=None, online=False, open_documents=False)
    return see_other(f"/applications/{ref}#contacts")


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
    from unghost.web.i18n import translate

    data = views.cached_insights(web_state(request), ctx)
    lang = language(request)
    charts = {
        "funnel": bar_chart([(translate(lang, f"status.{s}"), float(n)) for s, n in data.funnel]),
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
    from unghost.services.review import decide as decide_proposal

    if decision not in ("accept", "reject"):
        raise InvalidInputError("decide with accept or reject")
    decide_proposal(ctx, proposal_id, accept=decision == "accept")
    return see_other("/today")
