"""The counsellor side's pages and API: caseload, needs attention, a student's pipeline,
notes, outcomes; and a student's privacy page (who sees my data, sharing, export, deletion)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from unghost.server import counsel
from unghost.server.requests import form_fields, json_body, signed_in_user
from unghost.web.deps import require_csrf, require_token, web_state
from unghost.web.rendering import render

router = APIRouter(dependencies=[Depends(require_csrf)], include_in_schema=False)
api_router = APIRouter(prefix="/api/v1", dependencies=[Depends(require_token)],
                       tags=["counsellor"])  # fmt: skip


def _ctx(request: Request) -> Any:
    return web_state(request).context()


# ---- pages -------------------------------------------------------------------------------


@router.get("/caseload")
def caseload_page(request: Request) -> Response:
    entries = counsel.caseload(_ctx(request), signed_in_user(request)["id"])
    return render(request, "counsel_caseload.html", {
        "entries": entries, "long_silence": counsel.long_silence_days(),
        "flagged": sum(1 for e in entries if e.flags),
    })  # fmt: skip


@router.get("/caseload/attention")
def attention_page(request: Request) -> Response:
    entries = counsel.caseload(_ctx(request), signed_in_user(request)["id"])
    return render(request, "counsel_attention.html", {
        "entries": [e for e in entries if e.flags],
        "actions": counsel.store.MARK_ACTIONS,
    })  # fmt: skip


@router.post("/caseload/students/{student_id}/flags/{flag}")
async def mark_page(request: Request, student_id: int, flag: str) -> Response:
    from starlette.concurrency import run_in_threadpool

    form = await form_fields(request)
    await run_in_threadpool(counsel.mark_flag, _ctx(request), signed_in_user(request)["id"], student_id,
                            flag, form.get("action", ""), form.get("note", ""))  # fmt: skip
    return RedirectResponse("/caseload/attention", status_code=303)


@router.get("/caseload/students/{student_id}")
def pipeline_page(request: Request, student_id: int) -> Response:
    user = signed_in_user(request)
    view = counsel.pipeline(_ctx(request), user["id"], student_id)
    return render(request, "counsel_student.html", {
        "view": view, "me": user, "categories": counsel.outcome_categories(),
        "actions": counsel.store.MARK_ACTIONS,
    })  # fmt: skip


@router.get("/caseload/students/{student_id}/mail")
def mail_page(request: Request, student_id: int) -> Response:
    view = counsel.pipeline(
        _ctx(request), signed_in_user(request)["id"], student_id, with_mail=True
    )
    return render(request, "counsel_mail.html", {"view": view})


@router.post("/caseload/students/{student_id}/notes")
async def note_page(request: Request, student_id: int) -> Response:
    from starlette.concurrency import run_in_threadpool

    form = await form_fields(request)
    await run_in_threadpool(counsel.add_note, _ctx(request), signed_in_user(request)["id"], student_id,
                            form.get("body", ""))  # fmt: skip
    return RedirectResponse(f"/caseload/students/{student_id}", status_code=303)


@router.post("/caseload/students/{student_id}/outcome")
async def outcome_page(request: Request, student_id: int) -> Response:
    from starlette.concurrency import run_in_threadpool

    form = await form_fields(request)
    await run_in_threadpool(counsel.set_outcome, _ctx(request), signed_in_user(request)["id"],
                            student_id, form.get("cohort", ""),
                            form.get("category") or None)  # fmt: skip
    return RedirectResponse(f"/caseload/students/{student_id}", status_code=303)


@router.get("/caseload/outcomes")
def outcomes_page(request: Request) -> Response:
    rates, lines = counsel.outcomes(_ctx(request), signed_in_user(request)["id"])
    return render(request, "counsel_outcomes.html", {
        "rates": rates, "lines": lines, "categories": counsel.outcome_categories(),
        "source": counsel.caseload_table()["outcomes"]["source"],
    })  # fmt: skip


@router.get("/caseload/outcomes.csv")
def outcomes_csv(request: Request) -> Response:
    rates, _ = counsel.outcomes(_ctx(request), signed_in_user(request)["id"])
    return Response(counsel.outcomes_csv(rates), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": 'attachment; filename="outcomes.csv"'})  # fmt: skip


@router.get("/privacy")
def privacy_page(request: Request) -> Response:
    user = signed_in_user(request)
    return render(request, "counsel_privacy.html", {
        "me": user, "view": counsel.privacy(_ctx(request), user["id"]),
        "shareable": counsel.store.SHAREABLE,
    })  # fmt: skip


@router.post("/privacy/share")
async def share_page(request: Request) -> Response:
    from starlette.concurrency import run_in_threadpool

    form = await form_fields(request)
    await run_in_threadpool(counsel.set_share, _ctx(request), signed_in_user(request)["id"],
                            form.get("what", ""), form.get("on") == "1")  # fmt: skip
    return RedirectResponse("/privacy", status_code=303)


@router.get("/privacy/export")
def export_page(request: Request) -> Response:
    body = counsel.export_everything(_ctx(request), signed_in_user(request)["id"])
    return Response(body, media_type="application/json",
                    headers={"content-disposition": 'attachment; filename="unghost-export.json"'})  # fmt: skip


@router.post("/privacy/delete")
async def delete_page(request: Request) -> Response:
    from starlette.concurrency import run_in_threadpool

    from unghost.server.web import session_cookie

    form = await form_fields(request)
    await run_in_threadpool(counsel.delete_account, _ctx(request), signed_in_user(request)["id"],
                            form.get("password", ""))  # fmt: skip
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(session_cookie(), path="/", secure=True, httponly=True)
    return response


# ---- API ---------------------------------------------------------------------------------


@api_router.get("/caseload")
def caseload_api(request: Request) -> JSONResponse:
    entries = counsel.caseload(_ctx(request), signed_in_user(request)["id"])
    return JSONResponse({"ok": True, "students": [e.as_json() for e in entries]})


@api_router.get("/caseload/students/{student_id}")
def pipeline_api(request: Request, student_id: int) -> JSONResponse:
    view = counsel.pipeline(_ctx(request), signed_in_user(request)["id"], student_id)
    return JSONResponse({"ok": True, **view.as_json()})


@api_router.get("/caseload/students/{student_id}/mail")
def mail_api(request: Request, student_id: int) -> JSONResponse:
    view = counsel.pipeline(
        _ctx(request), signed_in_user(request)["id"], student_id, with_mail=True
    )
    return JSONResponse({"ok": True, **view.as_json()})


@api_router.post("/caseload/students/{student_id}/flags/{flag}")
async def mark_api(request: Request, student_id: int, flag: str) -> JSONResponse:
    from starlette.concurrency import run_in_threadpool

    body = await json_body(request)
    await run_in_threadpool(counsel.mark_flag, _ctx(request), signed_in_user(request)["id"], student_id,
                            flag, str(body.get("action", "")), str(body.get("note") or ""))  # fmt: skip
    return JSONResponse({"ok": True}, status_code=201)


@api_router.post("/caseload/students/{student_id}/notes")
async def note_api(request: Request, student_id: int) -> JSONResponse:
    from starlette.concurrency import run_in_threadpool

    body = await json_body(request)
    await run_in_threadpool(counsel.add_note, _ctx(request), signed_in_user(request)["id"], student_id,
                            str(body.get("body") or ""))  # fmt: skip
    return JSONResponse({"ok": True}, status_code=201)


@api_router.post("/caseload/students/{student_id}/outcome")
async def outcome_api(request: Request, student_id: int) -> JSONResponse:
    from starlette.concurrency import run_in_threadpool

    body = await json_body(request)
    await run_in_threadpool(counsel.set_outcome, _ctx(request), signed_in_user(request)["id"],
                            student_id, str(body.get("cohort") or ""),
                            body.get("category") or None)  # fmt: skip
    return JSONResponse({"ok": True})


@api_router.get("/caseload/outcomes")
def outcomes_api(request: Request) -> JSONResponse:
    rates, lines = counsel.outcomes(_ctx(request), signed_in_user(request)["id"])
    return JSONResponse({"ok": True, "students": lines, "cohorts": [{
        "cohort": r.cohort, "graduates": r.graduates, "known": r.known, "positive": r.positive,
        "knowledge_rate": r.knowledge_rate, "career_outcomes_rate": r.career_outcomes_rate,
        "by_category": r.by_category} for r in rates]})  # fmt: skip


@api_router.get("/privacy")
def privacy_api(request: Request) -> JSONResponse:
    view = counsel.privacy(_ctx(request), signed_in_user(request)["id"])
    return JSONResponse({
        "ok": True, "shares": sorted(view.shares),
        "readers": [{"email": e, "role": r} for e, r in view.readers],
        "reads": [{"at": r.at.isoformat(), "by": r.email, "role": r.role, "what": r.detail}
                  for r in view.reads],
        "notes": [{"from": e, "body": b, "at": a.isoformat()} for e, b, a in view.notes],
    })  # fmt: skip


@api_router.post("/privacy/shares")
async def share_api(request: Request) -> JSONResponse:
    from starlette.concurrency import run_in_threadpool

    body = await json_body(request)
    await run_in_threadpool(counsel.set_share, _ctx(request), signed_in_user(request)["id"],
                            str(body.get("what", "")), bool(body.get("on")))  # fmt: skip
    return JSONResponse({"ok": True})


@api_router.get("/privacy/export")
def export_api(request: Request) -> Response:
    return Response(
        counsel.export_everything(_ctx(request), signed_in_user(request)["id"]),
        media_type="application/json",
    )
