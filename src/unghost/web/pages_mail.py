"""Postings on the application page, and the mail page: import files, sync IMAP, attach."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from unghost.bootstrap import Context
from unghost.errors import InvalidInputError, UnghostError
from unghost.web.deps import Ctx, require_csrf
from unghost.web.rendering import render

router = APIRouter(dependencies=[Depends(require_csrf)], include_in_schema=False)
MAX_MAIL_FILES = 20


def see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


# -- postings ----------------------------------------------------------------------------------
@router.post("/applications/{ref}/posting")
async def attach_posting(request: Request, ref: str, ctx: Ctx) -> Response:
    from unghost.services.postings import attach_posting as attach

    form = await request.form()
    url = str(form.get("url") or "").strip()
    if not url.startswith(("http://", "https://")) or len(url) > 2000:
        raise InvalidInputError("url: give the posting's web address (http:// or https://)")
    await run_in_threadpool(attach, ctx, ref, url)
    return see_other(f"/applications/{ref}#postings")


@router.post("/applications/{ref}/posting/check")
async def recheck_posting(ref: str, ctx: Ctx) -> Response:
    from unghost.services.postings import check_postings

    outcomes = await run_in_threadpool(check_postings, ctx, ref)
    if not outcomes:
        raise InvalidInputError("this application has no posting to check: attach its URL first")
    return see_other(f"/applications/{ref}#postings")


# -- mail --------------------------------------------------------------------------------------
def _mail_values(ctx: Context, **extra: Any) -> dict[str, Any]:
    from unghost.services.mail import list_mail
    from unghost.services.mailread import list_all_mail
    from unghost.services.web_queries import application_choices
    from unghost.web.recordview import shown_mail

    recent, total = list_all_mail(ctx, limit=10)
    return {"unmatched": list_mail(ctx, unmatched=True), "choices": application_choices(ctx),
            "recent": [shown_mail(m) for m in recent], "mail_total": total,
            "imap": bool(ctx.settings.get("imap_url")), "report": None, "error": None,
            **extra}  # fmt: skip


@router.get("/mail")
def mail_page(request: Request, ctx: Ctx, attached: str = "") -> Response:
    return render(request, "mail.html", _mail_values(ctx, attached=attached))


@router.post("/mail/import")
async def import_mail(request: Request, ctx: Ctx) -> Response:
    from starlette.datastructures import UploadFile

    from unghost.services.mail import import_mail_files
    from unghost.web.uploads import UNSAFE, save_upload, scratch

    form = await request.form(max_files=MAX_MAIL_FILES)
    uploads = [f for f in form.getlist("files")
               if isinstance(f, UploadFile) and (f.filename or f.size)]  # fmt: skip
    if not uploads:
        raise InvalidInputError("files: choose .eml or .mbox files to import")
    with scratch() as folder:
        paths = []
        for n, upload in enumerate(uploads):  # read by content: .eml, mbox, any name
            stem = Path(UNSAFE.sub("_", upload.filename or "mail")).stem[:60] or "mail"
            paths.append(await save_upload(upload, folder, f"{n:02d}-{stem}"))
        try:
            report = await run_in_threadpool(import_mail_files, ctx, paths)
        except UnghostError as exc:
            return render(request, "mail.html", _mail_values(ctx, error=exc.message),
                          status_code=400)  # fmt: skip
    values = await run_in_threadpool(_mail_values, ctx, report=report.to_dict())
    return render(request, "mail.html", values)


@router.post("/mail/sync")
async def sync_mail(request: Request, ctx: Ctx) -> Response:
    from unghost.services.mail import sync_imap

    try:
        report = await run_in_threadpool(sync_imap, ctx)
    except UnghostError as exc:
        message = f"{exc.message} ({exc.hint})" if exc.hint else exc.message
        values = await run_in_threadpool(_mail_values, ctx, error=message)
        return render(request, "mail.html", values, status_code=502)
    values = await run_in_threadpool(_mail_values, ctx, report=report.to_dict())
    return render(request, "mail.html", values)


@router.post("/mail/{mail_id}/attach")
async def attach(request: Request, mail_id: int, ctx: Ctx) -> Response:
    from unghost.services.mail import attach_mail

    form = await request.form()
    ref = str(form.get("ref") or "")
    if not ref:
        raise InvalidInputError("ref: choose the application this message belongs to")
    result = await run_in_threadpool(attach_mail, ctx, mail_id, ref)
    return see_other(f"/mail?attached={result['application']}")
