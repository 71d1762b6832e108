"""The JSON API under /api/v1: the same services the pages call, behind the API token."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from unghost.domain.records import Status
from unghost.web import views
from unghost.web.deps import Ctx, require_token, web_state

router = APIRouter(prefix="/api/v1", dependencies=[Depends(require_token)], tags=["api"])


class NewApplication(BaseModel):
    company: str = Field(min_length=1, max_length=200)
    title: str = Field(min_length=1, max_length=200)
    ref: str = ""
    status: Status | None = None
    applied_on: date | None = None
    url: str | None = None
    country: str | None = Field(default=None, min_length=2, max_length=2)
    email: str | None = None
    phone: str | None = None


class LogEntryIn(BaseModel):
    status: Status | None = None
    note: str | None = Field(default=None, max_length=5000)
    on: date | None = None


class DraftIn(BaseModel):
    ref: str
    kind: str = "follow-up"
    lang: Literal["en", "zh"] | None = None
    to: str | None = None


class TextIn(BaseModel):
    subject: str = Field(max_length=500)
    body: str = Field(max_length=50_000)


class ScheduleIn(BaseModel):
    on: date


@router.get("/applications")
def list_applications(request: Request, ctx: Ctx, status: Status | None = None) -> dict[str, Any]:
    from unghost.services.applications import list_applications as list_all

    rows = list_all(ctx, status)
    facts = views.cached_facts(web_state(request), ctx)
    return {"ok": True, "applications": [views.summary_dict(s, facts.get(s.ref)) for s in rows]}


@router.post("/applications", status_code=201)
def add_application(body: NewApplication, ctx: Ctx) -> dict[str, Any]:
    from unghost.services.applications import add_application as add
    from unghost.services.applications import new_application

    app = add(ctx, new_application(**body.model_dump()))
    return {"ok": True, "application": views.application_dict(app)}


@router.get("/applications/{ref}")
def get_application(ref: str, ctx: Ctx) -> dict[str, Any]:
    from unghost.services.applications import get_application as get

    return {"ok": True, "application": views.application_dict(get(ctx, ref))}


@router.patch("/applications/{ref}")
def edit_application(
    ref: str, changes: dict[str, Any], ctx: Ctx,
    if_match: Annotated[str | None, Header(description="The version read (or `version` in the body): a save since is a 409.")] = None,
) -> dict[str, Any]:  # fmt: skip
    from unghost.services.applications import edit_application as edit

    version = views.parse_version(changes.pop("version", None) or if_match)
    app = edit(ctx, ref, views.parse_changes(changes), expected_version=version)
    return {"ok": True, "application": views.application_dict(app)}


@router.delete("/applications/{ref}")
def remove_application(ref: str, ctx: Ctx) -> dict[str, Any]:
    from unghost.services.applications import remove_application as remove

    return {"ok": True, "removed": remove(ctx, ref).ref}


@router.post("/applications/{ref}/events", status_code=201)
def log_event(ref: str, body: LogEntryIn, ctx: Ctx) -> dict[str, Any]:
    from unghost.errors import InvalidInputError
    from unghost.services.applications import LogEntry
    from unghost.services.applications import log_event as log

    if body.status is None and not body.note:
        raise InvalidInputError("log a status, a note, or both")
    app = log(ctx, ref, LogEntry(status=body.status, note=body.note, on=body.on))
    return {"ok": True, "application": views.application_dict(app)}


Lang = Annotated[str, Query(pattern="^(en|zh)$", description="Language of the sentences.")]


@router.get("/applications/{ref}/diagnosis")
def diagnosis(ref: str, ctx: Ctx, lang: Lang = "en") -> dict[str, Any]:
    from unghost.services.diagnosis import diagnose_application

    return {"ok": True, "diagnosis": diagnose_application(ctx, ref).to_dict(lang)}


@router.get("/applications/{ref}/postings")
def posting_history(ref: str, ctx: Ctx) -> dict[str, Any]:
    from unghost.services.postings import list_posting_history

    looks = list_posting_history(ctx, ref)
    return {"ok": True, "postings": [views.look_dict(look) for look in looks]}


@router.get("/applications/{ref}/mail")
def application_mail(ref: str, ctx: Ctx) -> dict[str, Any]:
    from unghost.services.mail import list_mail

    return {"ok": True, "mail": list_mail(ctx, ref)}


@router.post("/applications/{ref}/check")
def check_application(ref: str, ctx: Ctx, lang: Lang = "en") -> dict[str, Any]:
    from unghost.services.contacts import check_application as check

    result = check(ctx, ref, region=None, online=False, open_documents=False)
    return {"ok": True, "check": result.to_dict(lang)}


@router.get("/agenda")
def agenda(request: Request, ctx: Ctx, lang: Lang = "en") -> dict[str, Any]:
    return {"ok": True, "agenda": views.cached_agenda(web_state(request), ctx).to_dict(lang)}


@router.get("/board")
def board(
    request: Request,
    ctx: Ctx,
    per_column: Annotated[int, Query(ge=1, le=1000)] = 50,
) -> dict[str, Any]:
    columns = views.board_columns(web_state(request), ctx, per_column)
    return {"ok": True, "columns": [c.to_dict() for c in columns]}


@router.get("/insights")
def insights(request: Request, ctx: Ctx) -> dict[str, Any]:
    return {"ok": True, "insights": views.cached_insights(web_state(request), ctx).to_dict()}


@router.get("/proposals")
def proposals(ctx: Ctx) -> dict[str, Any]:
    from unghost.services.mail import list_proposals

    return {"ok": True, "proposals": [p.to_dict() for p in list_proposals(ctx)]}


@router.post("/proposals/{proposal_id}/{decision}")
def decide(proposal_id: int, decision: Literal["accept", "reject"], ctx: Ctx) -> dict[str, Any]:
    from unghost.services.mail import decide as decide_proposal

    result = decide_proposal(ctx, proposal_id, accept=decision == "accept")
    return {"ok": True, "proposal": result.to_dict()}


@router.get("/outbox")
def outbox(ctx: Ctx) -> dict[str, Any]:
    from unghost.services.outbox import list_outbox

    return {"ok": True, "outbox": [e.to_dict() for e in list_outbox(ctx)]}


@router.post("/outbox", status_code=201)
def draft(body: DraftIn, ctx: Ctx) -> dict[str, Any]:
    from unghost.services.outbox import make_draft

    entry = make_draft(ctx, body.ref, body.kind, body.lang, to=body.to)
    return {"ok": True, "message": entry.to_dict()}


@router.patch("/outbox/{entry_id}")
def edit_draft(entry_id: int, body: TextIn, ctx: Ctx) -> dict[str, Any]:
    from unghost.services.outbox import update_text

    return {"ok": True, "message": update_text(ctx, entry_id, body.subject, body.body).to_dict()}


@router.post("/outbox/{entry_id}/send")
def send(entry_id: int, ctx: Ctx) -> dict[str, Any]:
    from unghost.services.outbox import send_now

    return {"ok": True, "message": send_now(ctx, str(entry_id)).to_dict()}


@router.post("/outbox/{entry_id}/schedule")
def schedule(entry_id: int, body: ScheduleIn, ctx: Ctx) -> dict[str, Any]:
    from unghost.services.outbox import schedule as schedule_entry

    return {"ok": True, "message": schedule_entry(ctx, str(entry_id), body.on).to_dict()}


@router.post("/documents/check")
async def check_documents(request: Request, lang: Lang = "en") -> dict[str, Any]:
    from unghost.web.uploads import check_uploaded

    result = await check_uploaded(request)
    return {"ok": True, "check": result.to_dict(lang)}


@router.post("/import")
async def import_file(request: Request, ctx: Ctx) -> dict[str, Any]:
    from unghost.web.uploads import import_uploaded

    report = await import_uploaded(request, ctx)
    return {"ok": True, "report": report.to_dict()}


@router.get("/export")
def export(ctx: Ctx, format: Literal["json", "csv"] = "json") -> Response:
    return views.export_response(ctx, format)


@router.post("/demo", status_code=201)
def demo(ctx: Ctx) -> dict[str, Any]:
    from unghost.web.demo import load_demo

    return {"ok": True, "created": load_demo(ctx)}
