"""Recording on the application page: interviews, contacts, messages and notes, each with its form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from unghost.bootstrap import Context
from unghost.errors import InvalidInputError
from unghost.services.recordparse import FieldProblems
from unghost.web.appview import application_page
from unghost.web.deps import Ctx, require_csrf
from unghost.web.rendering import language, render

router = APIRouter(dependencies=[Depends(require_csrf)], include_in_schema=False)
MAX_REPLY_BYTES = 5 * 1024 * 1024


def _back(ref: str, part: str) -> RedirectResponse:
    return RedirectResponse(f"/applications/{ref}#{part}", status_code=303)


def _values(form: Any) -> dict[str, str]:
    return {k: v for k, v in form.items() if isinstance(v, str) and k != "csrf_token"}


async def _refused(request: Request, ctx: Context, ref: str, which: str, values: dict[str, str],
                   problems: FieldProblems) -> Response:  # fmt: skip
    """The page again, with the refused form open, what was typed kept, each problem by its field."""
    from unghost.web.appview import outbox_of

    page = await run_in_threadpool(application_page, ctx, ref, language(request))
    page.update(await run_in_threadpool(outbox_of, ctx, page["app"].id))
    page["rec"] = {"form": which, "typed": values, "errors": problems.fields,
                   "details": problems.details}  # fmt: skip
    return render(request, "application.html", page, status_code=422)


async def _expect(request: Request) -> str | None:
    """The fingerprint of the line the page showed (records.item_key), if the form sent it."""
    value = (await request.form()).get("expect")
    return value if isinstance(value, str) and value else None


def _region(ctx: Context, ref: str) -> str | None:
    from unghost.services.applications import get_application

    return get_application(ctx, ref).company.country or ctx.settings.country


# -- interviews ---------------------------------------------------------------------------------
@router.post("/applications/{ref}/interviews")
async def add_interview(request: Request, ref: str, ctx: Ctx) -> Response:
    return await _save_interview(request, ref, ctx, None)


@router.post("/applications/{ref}/interviews/{index}")
async def edit_interview(request: Request, ref: str, index: int, ctx: Ctx) -> Response:
    return await _save_interview(request, ref, ctx, index)


async def _save_interview(request: Request, ref: str, ctx: Context, index: int | None) -> Response:
    from unghost.services import records
    from unghost.services.recordparse import parse_interview

    return await _save_line(request, ref, ctx, index, what="interview", anchor="interviews",
                            parse=lambda values: parse_interview(values, ctx.zone),
                            add=records.add_interview, edit=records.edit_interview)  # fmt: skip


async def _save_line(request: Request, ref: str, ctx: Context, index: int | None, *, what: str,
                     anchor: str, parse: Callable[[dict[str, str]], Any],
                     add: Callable[..., Any], edit: Callable[..., Any]) -> Response:  # fmt: skip
    """Add a line (`index` None) or edit line `index` from its form; a refused form comes back
    open with what was typed, each problem by its field."""
    values = _values(await request.form())
    which = what if index is None else f"{what}-{index}"
    try:
        item = await run_in_threadpool(parse, values)
        if index is None:
            await run_in_threadpool(add, ctx, ref, item)
        else:
            await run_in_threadpool(edit, ctx, ref, index, item, values.get("expect"))
    except FieldProblems as problems:
        return await _refused(request, ctx, ref, which, values, problems)
    except InvalidInputError as exc:
        if not exc.message.startswith("email:"):  # a contact whose address is already there
            raise
        return await _refused(request, ctx, ref, which, values, FieldProblems({"email": "taken"}))
    return _back(ref, anchor)


@router.post("/applications/{ref}/interviews/{index}/delete")
async def delete_interview(request: Request, ref: str, index: int, ctx: Ctx) -> Response:
    from unghost.services.records import delete_interview as delete

    await run_in_threadpool(delete, ctx, ref, index, await _expect(request))
    return _back(ref, "interviews")


# -- contacts -----------------------------------------------------------------------------------
@router.post("/applications/{ref}/contacts")
async def add_contact(request: Request, ref: str, ctx: Ctx) -> Response:
    return await _save_contact(request, ref, ctx, None)


@router.post("/applications/{ref}/contacts/{index}")
async def edit_contact(request: Request, ref: str, index: int, ctx: Ctx) -> Response:
    return await _save_contact(request, ref, ctx, index)


async def _save_contact(request: Request, ref: str, ctx: Context, index: int | None) -> Response:
    from unghost.services import records
    from unghost.services.recordparse import parse_contact

    return await _save_line(request, ref, ctx, index, what="contact", anchor="contacts-list",
                            parse=lambda values: parse_contact(values, _region(ctx, ref)),
                            add=records.add_contact, edit=records.edit_contact)  # fmt: skip


@router.post("/applications/{ref}/contacts/{index}/delete")
async def delete_contact(request: Request, ref: str, index: int, ctx: Ctx) -> Response:
    from unghost.services.records import delete_contact as delete

    await run_in_threadpool(delete, ctx, ref, index, await _expect(request))
    return _back(ref, "contacts-list")


# -- messages -----------------------------------------------------------------------------------
@router.post("/applications/{ref}/messages/sent")
async def record_sent(request: Request, ref: str, ctx: Ctx) -> Response:
    from unghost.services.recordparse import parse_sent
    from unghost.services.records import record_message

    values = _values(await request.form())
    try:
        message = parse_sent(values, ctx.today, ctx.zone)
    except FieldProblems as problems:
        return await _refused(request, ctx, ref, "sent", values, problems)
    await run_in_threadpool(record_message, ctx, ref, message)
    return _back(ref, "messages")


@router.post("/applications/{ref}/messages/received")
async def record_received(request: Request, ref: str, ctx: Ctx) -> Response:
    """Their reply: a pasted or uploaded mail (the classifier reads it), or a kind and a date."""
    from unghost.services.mailread import parse_reply
    from unghost.services.recordparse import parse_received
    from unghost.services.records import record_message

    form = await request.form(max_files=1)
    values = _values(form)
    upload = form.get("file")
    data: bytes | str | None = None
    if isinstance(upload, UploadFile) and (upload.filename or upload.size):
        data = await upload.read(MAX_REPLY_BYTES + 1)
        if len(data) > MAX_REPLY_BYTES:
            return await _refused(request, ctx, ref, "received", values,
                                  FieldProblems({"file": "too_big"}))  # fmt: skip
    elif values.get("paste", "").strip():
        data = values["paste"]
    try:
        if data is not None:
            reply = data
            message = await run_in_threadpool(
                lambda: parse_reply(reply, values, today=ctx.today, zone=ctx.zone)
            )
        else:
            message = parse_received(values, ctx.today, ctx.zone)
        await run_in_threadpool(record_message, ctx, ref, message)
    except FieldProblems as problems:
        return await _refused(request, ctx, ref, "received", values, problems)
    except InvalidInputError as exc:
        if "already recorded" not in exc.message:
            raise
        return await _refused(request, ctx, ref, "received", values,
                              FieldProblems({"paste": "duplicate"}))  # fmt: skip
    return _back(ref, "messages")


@router.post("/applications/{ref}/messages/{index}/delete")
async def delete_message(request: Request, ref: str, index: int, ctx: Ctx) -> Response:
    from unghost.services.records import delete_message as delete

    await run_in_threadpool(delete, ctx, ref, index, await _expect(request))
    return _back(ref, "messages")


# -- notes --------------------------------------------------------------------------------------
@router.post("/applications/{ref}/notes")
async def save_notes(request: Request, ref: str, ctx: Ctx) -> Response:
    from unghost.services.records import set_notes

    form = await request.form()
    await run_in_threadpool(set_notes, ctx, ref, str(form.get("notes") or ""))
    return _back(ref, "notes")


@router.post("/applications/{ref}/history/{index}")
async def edit_note(request: Request, ref: str, index: int, ctx: Ctx) -> Response:
    from unghost.services.records import edit_note as edit

    form = await request.form()
    expect = str(form.get("expect") or "") or None
    await run_in_threadpool(edit, ctx, ref, index, str(form.get("note") or ""), None, expect)
    return _back(ref, "timeline")


@router.post("/applications/{ref}/history/{index}/delete")
async def delete_note(request: Request, ref: str, index: int, ctx: Ctx) -> Response:
    from unghost.services.records import delete_note as delete

    await run_in_threadpool(delete, ctx, ref, index, await _expect(request))
    return _back(ref, "timeline")
