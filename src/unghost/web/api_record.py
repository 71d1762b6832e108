"""The JSON API for recording and following up: interviews, contacts, messages, notes, drafts, mail."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response
from pydantic import BaseModel, Field

from unghost.domain.records import Application
from unghost.web.api import Day
from unghost.web.deps import Ctx, require_token
from unghost.web.openapi import ERROR_RESPONSES

router = APIRouter(prefix="/api/v1", dependencies=[Depends(require_token)], tags=["api"],
                   responses=ERROR_RESPONSES)  # fmt: skip
Expect = Annotated[str | None, Query(max_length=64, description=(
    "The line's `key` as listed: refused (409) when the line changed since, so a stale "
    "client never edits or deletes the wrong one."))]  # fmt: skip


class InterviewIn(BaseModel):
    date: Day
    time: str | None = Field(default=None, description="HH:MM, 24-hour; 09:00 when left out",
                             max_length=5)  # fmt: skip
    zone: str | None = Field(default=None, max_length=60,
                             description="IANA name (Asia/Shanghai) or offset (+08:00); yours by default")  # fmt: skip
    stage: str | None = Field(default=None, max_length=60)
    format: Literal["video", "phone", "on-site"] | None = None
    interviewers: list[str] = Field(default_factory=list, max_length=20)
    decision_on: Day | None = Field(default=None, description="The decision date they gave.")
    candidates_remaining: int | None = Field(default=None, ge=0, le=1000)
    notes: str | None = Field(default=None, max_length=5000)


class ContactIn(BaseModel):
    name: str | None = Field(default=None, max_length=200)
    role: str | None = Field(default=None, max_length=60)
    email: str | None = Field(default=None, max_length=320)
    phone: str | None = Field(default=None, max_length=50)
    linkedin: str | None = Field(default=None, max_length=500,
                                 description="A LinkedIn profile: linkedin.com/in/NAME")  # fmt: skip


class MessageIn(BaseModel):
    direction: Literal["sent", "received"]
    kind: str | None = Field(default=None, description="sent: thank-you, follow-up, other; "
                             "received: a mail label; left out with `raw`, the classifier decides")  # fmt: skip
    on: Day | None = Field(default=None, description="The day; today when left out with `raw`.")
    subject: str | None = Field(default=None, max_length=998)
    counterpart: str | None = Field(default=None, max_length=320)
    return_on: Day | None = None
    raw: str | None = Field(default=None, max_length=200_000,
                            description="received only: the mail as pasted (text or with headers)")  # fmt: skip


class NotesIn(BaseModel):
    notes: str | None = Field(default=None, max_length=20_000)


class NoteIn(BaseModel):
    note: str = Field(max_length=5000)
    on: Day | None = None


class OpenDraftIn(BaseModel):
    ref: str
    kind: Literal["thank-you", "follow-up", "check-in", "close-the-loop", "contact-update"]
    lang: Literal["en", "zh"] | None = None


class SentIn(BaseModel):
    on: Day | None = Field(default=None, description="The day you sent it; today by default.")


def _strings(body: BaseModel) -> dict[str, str]:
    """The API body as the form fields the one validator reads."""
    out: dict[str, str] = {}
    for key, value in body.model_dump().items():
        if value is None:
            continue
        out[key] = ", ".join(value) if isinstance(value, list) else str(value)
    return out


def _interviews(app: Application) -> list[dict[str, Any]]:
    from unghost.interchange.v1 import render_application
    from unghost.services.records import item_key

    rows = render_application(app)["interviews"]
    return [{"index": n, "key": item_key(i), **row}
            for n, (row, i) in enumerate(zip(rows, app.interviews, strict=True))]  # fmt: skip


def _contacts(app: Application) -> list[dict[str, Any]]:
    from unghost.interchange.v1 import render_application
    from unghost.services.records import item_key

    rows = render_application(app)["contacts"]
    return [{"index": n, "key": item_key(c), **row}
            for n, (row, c) in enumerate(zip(rows, app.contacts, strict=True))]  # fmt: skip


def _messages(app: Application) -> list[dict[str, Any]]:
    from unghost.interchange.v1 import render_application
    from unghost.services.records import item_key

    rows = render_application(app)["messages"]
    return [{"index": n, "key": item_key(m), **row}
            for n, (row, m) in enumerate(zip(rows, app.messages, strict=True))]  # fmt: skip


def _get(ctx: Any, ref: str) -> Application:
    from unghost.services.applications import get_application

    return get_application(ctx, ref)


# -- interviews ---------------------------------------------------------------------------------
@router.get("/applications/{ref}/interviews")
def list_interviews(ref: str, ctx: Ctx) -> dict[str, Any]:
    return {"ok": True, "interviews": _interviews(_get(ctx, ref))}


@router.post("/applications/{ref}/interviews", status_code=201)
def add_interview(ref: str, body: InterviewIn, ctx: Ctx) -> dict[str, Any]:
    from unghost.services.recordparse import parse_interview
    from unghost.services.records import add_interview as add

    app = add(ctx, ref, parse_interview(_strings(body), ctx.zone))
    return {"ok": True, "interviews": _interviews(app), "status": app.status.value}


@router.put("/applications/{ref}/interviews/{index}")
def edit_interview(ref: str, index: int, body: InterviewIn, ctx: Ctx,
                   expect: Expect = None) -> dict[str, Any]:  # fmt: skip
    from unghost.services.recordparse import parse_interview
    from unghost.services.records import edit_interview as edit

    app = edit(ctx, ref, index, parse_interview(_strings(body), ctx.zone), expect)
    return {"ok": True, "interviews": _interviews(app)}


@router.delete("/applications/{ref}/interviews/{index}")
def delete_interview(ref: str, index: int, ctx: Ctx, expect: Expect = None) -> dict[str, Any]:
    from unghost.services.records import delete_interview as delete

    return {"ok": True, "interviews": _interviews(delete(ctx, ref, index, expect))}


# -- contacts -----------------------------------------------------------------------------------
@router.get("/contacts")
def search_contacts(ctx: Ctx, q: Annotated[str, Query(max_length=200)] = "") -> dict[str, Any]:
    from unghost.services.records import list_contacts

    return {"ok": True, "contacts": [line.to_dict() for line in list_contacts(ctx, q)]}


@router.get("/applications/{ref}/contacts")
def list_contacts(ref: str, ctx: Ctx) -> dict[str, Any]:
    return {"ok": True, "contacts": _contacts(_get(ctx, ref))}


@router.post("/applications/{ref}/contacts", status_code=201)
def add_contact(ref: str, body: ContactIn, ctx: Ctx) -> dict[str, Any]:
    from unghost.services.recordparse import parse_contact
    from unghost.services.records import add_contact as add

    contact = parse_contact(_strings(body), _get(ctx, ref).company.country or ctx.settings.country)
    return {"ok": True, "contacts": _contacts(add(ctx, ref, contact))}


@router.put("/applications/{ref}/contacts/{index}")
def edit_contact(ref: str, index: int, body: ContactIn, ctx: Ctx,
                 expect: Expect = None) -> dict[str, Any]:  # fmt: skip
    from unghost.services.recordparse import parse_contact
    from unghost.services.records import edit_contact as edit

    contact = parse_contact(_strings(body), _get(ctx, ref).company.country or ctx.settings.country)
    return {"ok": True, "contacts": _contacts(edit(ctx, ref, index, contact, expect))}


@router.delete("/applications/{ref}/contacts/{index}")
def delete_contact(ref: str, index: int, ctx: Ctx, expect: Expect = None) -> dict[str, Any]:
    from unghost.services.records import delete_contact as delete

    return {"ok": True, "contacts": _contacts(delete(ctx, ref, index, expect))}


# -- messages -----------------------------------------------------------------------------------
@router.get("/applications/{ref}/messages")
def list_messages(ref: str, ctx: Ctx) -> dict[str, Any]:
    return {"ok": True, "messages": _messages(_get(ctx, ref))}


@router.post("/applications/{ref}/messages", status_code=201)
def record_message(ref: str, body: MessageIn, ctx: Ctx) -> dict[str, Any]:
    """A message sent or received outside unghost; a pasted reply is labelled by the classifier."""
    from unghost.errors import InvalidInputError
    from unghost.services.mailread import parse_reply
    from unghost.services.recordparse import parse_received, parse_sent
    from unghost.services.records import record_message as record

    fields = _strings(body)
    if body.raw is not None and body.direction == "sent":
        raise InvalidInputError("raw: only a received message can be pasted")
    if body.raw is not None:
        message = parse_reply(body.raw, fields, today=ctx.today, zone=ctx.zone)
    elif body.direction == "sent":
        message = parse_sent(fields, ctx.today, ctx.zone)
    else:
        message = parse_received(fields, ctx.today, ctx.zone)
    app = record(ctx, ref, message)
    return {"ok": True, "messages": _messages(app), "status": app.status.value,
            "recorded": {"kind": message.kind.value, "at": message.at.isoformat()}}  # fmt: skip


@router.delete("/applications/{ref}/messages/{index}")
def delete_message(ref: str, index: int, ctx: Ctx, expect: Expect = None) -> dict[str, Any]:
    from unghost.services.records import delete_message as delete

    return {"ok": True, "messages": _messages(delete(ctx, ref, index, expect))}


# -- notes --------------------------------------------------------------------------------------
@router.put("/applications/{ref}/notes")
def set_notes(ref: str, body: NotesIn, ctx: Ctx) -> dict[str, Any]:
    from unghost.services.records import set_notes as save

    return {"ok": True, "notes": save(ctx, ref, body.notes).notes}


def _history(app: Application) -> list[dict[str, Any]]:
    from unghost.services.records import item_key

    return [{"index": n, "key": item_key(e), "on": e.on.isoformat(), "kind": e.kind.value,
             "status": e.status.value if e.status else None, "note": e.note}
            for n, e in enumerate(app.events)]  # fmt: skip


@router.get("/applications/{ref}/history")
def history(ref: str, ctx: Ctx) -> dict[str, Any]:
    return {"ok": True, "history": _history(_get(ctx, ref))}


@router.patch("/applications/{ref}/history/{index}")
def edit_note(ref: str, index: int, body: NoteIn, ctx: Ctx,
              expect: Expect = None) -> dict[str, Any]:  # fmt: skip
    from unghost.services.records import edit_note as edit

    return {"ok": True, "history": _history(edit(ctx, ref, index, body.note, body.on, expect))}


@router.delete("/applications/{ref}/history/{index}")
def delete_note(ref: str, index: int, ctx: Ctx, expect: Expect = None) -> dict[str, Any]:
    from unghost.services.records import delete_note as delete

    return {"ok": True, "history": _history(delete(ctx, ref, index, expect))}


# -- follow-ups without a mail server -----------------------------------------------------------
@router.post("/outbox/open")
def open_draft(body: OpenDraftIn, ctx: Ctx) -> dict[str, Any]:
    """The unsent draft of this kind for the application, or a new one (`created`)."""
    from unghost.services.followup import open_draft as reopen

    entry, created = reopen(ctx, body.ref, body.kind, body.lang)
    return {"ok": True, "created": created, "message": entry.to_dict()}


@router.get("/outbox/lines")
def outbox_lines(ctx: Ctx) -> dict[str, Any]:
    """The outbox newest first, each message with its company and job title."""
    from unghost.services.followup import list_outbox_lines

    return {"ok": True, "outbox": [line.to_dict() for line in list_outbox_lines(ctx)]}


@router.post("/outbox/{entry_id}/sent")
def mark_sent(entry_id: int, body: SentIn, ctx: Ctx) -> dict[str, Any]:
    from unghost.services.followup import mark_sent as mark

    return {"ok": True, "message": mark(ctx, entry_id, body.on).to_dict()}


@router.get("/outbox/{entry_id}/eml", response_class=Response)
def eml(entry_id: int, ctx: Ctx) -> Response:
    from unghost.services.followup import eml_bytes
    from unghost.services.outbox import find_entry

    data = eml_bytes(ctx, find_entry(ctx, str(entry_id)))
    return Response(data, media_type="message/rfc822",
                    headers={"Content-Disposition": f'attachment; filename="message-{entry_id}.eml"'})  # fmt: skip


@router.get("/outbox/{entry_id}/mailto")
def mailto(entry_id: int, ctx: Ctx) -> dict[str, Any]:
    from unghost.services.followup import mailto_url
    from unghost.services.outbox import find_entry

    return {"ok": True, "mailto": mailto_url(find_entry(ctx, str(entry_id)))}


@router.delete("/outbox/{entry_id:int}")
def delete_draft(entry_id: int, ctx: Ctx) -> dict[str, Any]:
    from unghost.services.followup import delete_draft as delete

    return {"ok": True, "removed": delete(ctx, entry_id).id}


# -- stored mail --------------------------------------------------------------------------------
@router.get("/mail")
def list_mail(ctx: Ctx, q: Annotated[str, Query(max_length=200)] = "",
              limit: Annotated[int, Query(ge=1, le=500)] = 50,
              offset: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:  # fmt: skip
    """Stored messages newest first, with their text, HTML (unsanitized: sanitize before
    showing it) and attachment names."""
    from unghost.services.mailread import list_all_mail

    mail, total = list_all_mail(ctx, query=q, limit=limit, offset=offset)
    return {"ok": True, "total": total, "mail": mail}


@router.get("/mail/{mail_id}")
def get_mail(mail_id: int, ctx: Ctx) -> dict[str, Any]:
    from unghost.services.mailread import get_mail as get

    return {"ok": True, "mail": get(ctx, mail_id)}
