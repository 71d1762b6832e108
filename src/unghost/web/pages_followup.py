"""Follow-up pages: compose (asking for what is missing in place), the draft, and the outbox."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from unghost.bootstrap import Context
from unghost.errors import InvalidInputError, SetupNeededError, UnghostError
from unghost.web.deps import Ctx, require_csrf, web_state
from unghost.web.i18n import LANGUAGES
from unghost.web.rendering import render

router = APIRouter(dependencies=[Depends(require_csrf)], include_in_schema=False)
DRAFT_KINDS = ("thank-you", "follow-up", "check-in", "close-the-loop", "contact-update")


def see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _compose_values(ctx: Context, ref: str, kind: str, **extra: Any) -> dict[str, Any]:
    from unghost.services.applications import list_applications
    from unghost.services.followup import missing_setup

    return {"apps": list_applications(ctx), "ref": ref, "kind": kind, "kinds": DRAFT_KINDS,
            "missing": missing_setup(ctx), "error": None, "errors": {}, "values": {},
            **extra}  # fmt: skip


@router.get("/compose")
def compose(request: Request, ctx: Ctx, ref: str = "", kind: str = "") -> Response:
    """Today's "Open a draft" lands here: an unsent draft of that kind reopens, never doubles."""
    from unghost.services.followup import find_open_draft

    if ref and kind in DRAFT_KINDS:
        found = find_open_draft(ctx, ref, kind)
        if found is not None:
            return see_other(f"/outbox/{found.id}")
    return render(request, "compose.html", _compose_values(ctx, ref, kind or "follow-up"))


@router.post("/compose")
async def make_draft(request: Request, ctx: Ctx) -> Response:
    from unghost.services.followup import missing_setup, open_draft

    form = await request.form()
    ref, kind = str(form.get("ref") or ""), str(form.get("kind") or "follow-up")
    lang = str(form.get("lang") or "")
    if kind not in DRAFT_KINDS:
        raise InvalidInputError(f"kind: {kind!r} is not a template")
    if missing_setup(ctx):
        errors = await _save_sender(request, str(form.get("my_name") or ""),
                                    str(form.get("my_email") or ""))  # fmt: skip
        if errors:
            values = {"my_name": str(form.get("my_name") or ""),
                      "my_email": str(form.get("my_email") or "")}  # fmt: skip
            page = _compose_values(ctx, ref, kind, errors=errors, values=values)
            return render(request, "compose.html", page, status_code=422)
        ctx = web_state(request).context()
    try:
        entry, _created = await run_in_threadpool(open_draft, ctx, ref, kind,
                                                  lang if lang in LANGUAGES else None)  # fmt: skip
    except (InvalidInputError, SetupNeededError) as exc:
        page = _compose_values(ctx, ref, kind, error=exc.message, hint=exc.hint)
        return render(request, "compose.html", page, status_code=422)
    return see_other(f"/outbox/{entry.id}")


async def _save_sender(request: Request, name: str, email: str) -> dict[str, str]:
    """Keep the name and address the compose page asked for in the config file, as Settings does."""
    from unghost.web.configfile import config_path, save_config, validate

    name, email = name.strip(), email.strip()
    errors: dict[str, str] = {}
    if not name:
        errors["my_name"] = "rec.err.required"
    if not email:
        errors["my_email"] = "rec.err.required"
    if errors:
        return errors
    if any(ch in name for ch in '<>"\r\n'):
        return {"my_name": "rec.err.bad_name"}
    values, problems = validate({"from": f"{name} <{email}>"})
    if problems:
        return {"my_email": "rec.err.bad_email"}
    web = web_state(request)
    await run_in_threadpool(save_config, config_path(web.flags), {"from": values["from"]})
    await run_in_threadpool(web.reload_settings)
    return {}


def _draft_values(ctx: Context, entry: Any, **extra: Any) -> dict[str, Any]:
    from unghost.services.followup import mailto_url, missing_setup

    return {"entry": entry, "today": ctx.today, "mailto": mailto_url(entry),
            "missing_send": missing_setup(ctx, send=True), "notice": None, **extra}  # fmt: skip


@router.get("/outbox")
def outbox(request: Request, ctx: Ctx, deleted: str = "") -> Response:
    from unghost.services.followup import list_outbox_lines

    return render(request, "outbox.html", {"lines": list_outbox_lines(ctx), "deleted": deleted})


@router.get("/outbox/{entry_id}")
def entry_page(request: Request, entry_id: int, ctx: Ctx, done: str = "") -> Response:
    from unghost.services.outbox import find_entry

    entry = find_entry(ctx, str(entry_id))
    return render(request, "draft.html", _draft_values(ctx, entry, done=done))


@router.get("/outbox/{entry_id}/eml")
def download_eml(entry_id: int, ctx: Ctx) -> Response:
    from unghost.services.followup import eml_bytes
    from unghost.services.outbox import find_entry

    entry = find_entry(ctx, str(entry_id))
    name = f"{entry.application_ref or 'message'}-{entry.kind}-{entry_id}.eml"
    return Response(eml_bytes(ctx, entry), media_type="message/rfc822",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})  # fmt: skip


@router.post("/outbox/{entry_id}")
async def save_text(request: Request, entry_id: int, ctx: Ctx) -> Response:
    from unghost.services.followup import missing_setup
    from unghost.services.outbox import find_entry, schedule, send_now, update_text

    form = await request.form()
    action = str(form.get("action") or "save")
    subject, body = str(form.get("subject") or ""), str(form.get("body") or "")
    await run_in_threadpool(update_text, ctx, entry_id, subject, body)
    if action == "send":
        if missing_setup(ctx, send=True):  # explained on the page, with what to do instead
            entry = await run_in_threadpool(find_entry, ctx, str(entry_id))
            return render(request, "draft.html", _draft_values(ctx, entry, notice="no-account"),
                          status_code=409)  # fmt: skip
        try:
            await run_in_threadpool(send_now, ctx, str(entry_id))
        except UnghostError as exc:
            entry = await run_in_threadpool(find_entry, ctx, str(entry_id))
            values = _draft_values(ctx, entry, notice="send-failed", problem=exc.message,
                                   hint=exc.hint)  # fmt: skip
            return render(request, "draft.html", values, status_code=409)
        return see_other(f"/outbox/{entry_id}?done=sent")
    if action == "schedule":
        on = str(form.get("on") or "")
        try:
            day = date.fromisoformat(on)
        except ValueError:
            raise InvalidInputError(f"on: {on!r} is not a date (YYYY-MM-DD)") from None
        await run_in_threadpool(schedule, ctx, str(entry_id), day)
        return see_other(f"/outbox/{entry_id}?done=scheduled")
    return see_other(f"/outbox/{entry_id}?done=saved")


@router.post("/outbox/{entry_id}/sent")
async def mark_sent(request: Request, entry_id: int, ctx: Ctx) -> Response:
    from unghost.services.followup import mark_sent as mark

    form = await request.form()
    on = str(form.get("on") or "")
    try:
        day = date.fromisoformat(on) if on else None
    except ValueError:
        raise InvalidInputError(f"on: {on!r} is not a date (YYYY-MM-DD)") from None
    await run_in_threadpool(mark, ctx, entry_id, day)
    return see_other(f"/outbox/{entry_id}?done=marked")


@router.post("/outbox/{entry_id}/delete")
async def delete(entry_id: int, ctx: Ctx) -> Response:
    from unghost.services.followup import delete_draft

    entry = await run_in_threadpool(delete_draft, ctx, entry_id)
    return see_other(f"/outbox?deleted={entry.id}")
