"""The JSON API under /api/v1: the same services the pages call, behind the API token."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema

from unghost.domain.links import MAX_URL_CHARS, POSTING_URL_PATTERN
from unghost.domain.records import Status
from unghost.domain.refs import MAX_ID
from unghost.web import views
from unghost.web.deps import Ctx, require_token, web_state
from unghost.web.openapi import ERROR_RESPONSES, EXPORT_RESPONSES, SEND_RESPONSES, upload_body

router = APIRouter(prefix="/api/v1", dependencies=[Depends(require_token)], tags=["api"],
                   responses=ERROR_RESPONSES)  # fmt: skip
DbId = Annotated[int, Path(ge=1, le=MAX_ID, description="An id (a 32-bit integer).")]


# a company or a title: one character that is not space to Python's str.strip (spelt out: \S
# differs between the schema's ECMA regex and the validator's)
NAME = "[^\t\n\x0b\x0c\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
# no space, slash, ?, #, % or control character, not only digits (domain/refs.py)
REF = r"^([^\s/\\?#%\x00-\x1f\x7f]*[^\s/\\?#%\x00-\x1f\x7f0-9][^\s/\\?#%\x00-\x1f\x7f]*)?$"
COUNTRY = r"^[A-Za-z]{2}$"
URL_CHARS = MAX_URL_CHARS - len("https://")  # a bare `host/path` gets the scheme added


def _iso_day(value: Any) -> Any:
    """A date as the schema says (YYYY-MM-DD): no number, no date-time read as a day."""
    if isinstance(value, date) or (isinstance(value, str) and ISO_DAY.fullmatch(value)):
        return value
    raise ValueError("expected a date as YYYY-MM-DD")


ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _kept_day(value: date) -> date:
    from unghost.interchange.fields import bounded_day

    return bounded_day(value)  # a FieldError is a ValueError: the answer is a 422


def _years_pattern(first: int, last: int) -> str:
    """An ECMA-262 alternation of the years first..last, whole decades as `197[0-9]`."""
    parts, year = [], first
    while year <= last:
        if year % 10 == 0 and year + 9 <= last:
            parts.append(f"{year // 10}[0-9]")
            year += 10
        else:
            parts.append(str(year))
            year += 1
    return "|".join(parts)


def _day_schema() -> dict[str, Any]:
    from unghost.interchange.fields import day_bounds

    low, high = day_bounds()  # whole years (data/recording.toml `days`)
    return {"type": "string", "format": "date",
            "pattern": f"^(?:{_years_pattern(low.year, high.year)})-[0-9]{{2}}-[0-9]{{2}}$",
            "description": f"YYYY-MM-DD, from {low.isoformat()} to {high.isoformat()}"}  # fmt: skip


# The schema says the kept years, so a client (and schemathesis) knows them before it asks
Day = Annotated[
    date, BeforeValidator(_iso_day), AfterValidator(_kept_day), WithJsonSchema(_day_schema())
]


def _unset(schema: dict[str, Any]) -> None:
    schema.pop("default", None)  # an optional field that may not be null: no default to show


def _optional(**kwargs: Any) -> Any:
    return Field(default=None, json_schema_extra=_unset, **kwargs)


class NewApplication(BaseModel):
    company: str = Field(min_length=1, max_length=200, pattern=NAME)
    title: str = Field(min_length=1, max_length=200, pattern=NAME)
    ref: str = Field(default="", max_length=120, pattern=REF)
    status: Status | None = None
    applied_on: Day | None = None
    url: str | None = Field(default=None, max_length=URL_CHARS, pattern=POSTING_URL_PATTERN)
    country: str | None = Field(default=None, pattern=COUNTRY)
    email: str | None = None
    phone: str | None = None


class SalaryIn(BaseModel):
    """A salary as unghost/v1 writes it (`min` at most `max`)."""

    model_config = ConfigDict(extra="forbid")

    min: float | None = Field(default=None, ge=0, le=1e12)
    max: float | None = Field(default=None, ge=0, le=1e12)
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    period: Literal["hour", "day", "week", "month", "year"] | None = None


class ApplicationChanges(BaseModel):
    """PATCH /applications/{ref}: the fields to change; a field sent as null is cleared."""

    model_config = ConfigDict(extra="forbid")

    ref: str = _optional(min_length=1, max_length=120, pattern=REF)
    status: Status = _optional()
    company: str = _optional(min_length=1, max_length=200, pattern=NAME)
    title: str = _optional(min_length=1, max_length=200, pattern=NAME)
    applied_on: Day | None = None
    notes: str | None = Field(default=None, max_length=100_000)
    domain: str | None = Field(default=None, max_length=200)
    country: str | None = Field(default=None, pattern=COUNTRY)
    subdivision: str | None = Field(default=None, max_length=10)
    industry: str | None = Field(default=None, max_length=100)
    fiscal_year_end_month: int | None = Field(default=None, ge=1, le=12)
    funding_pending: bool = _optional()
    hiring_freeze: bool = _optional()
    url: str | None = Field(default=None, max_length=URL_CHARS, pattern=POSTING_URL_PATTERN)
    posted_on: Day | None = None
    closed_on: Day | None = None
    new_position: bool | None = None
    location: str | None = Field(default=None, max_length=200)
    description: str | None = Field(default=None, max_length=1_000_000)
    email: str | None = Field(default=None, max_length=320)
    phone: str | None = Field(default=None, max_length=40)
    # find and manage: tags (a list, or text separated by commas), interest, pay, work mode
    tags: list[str] | str | None = None
    add_tags: list[str] | str | None = None
    remove_tags: list[str] | str | None = None
    rating: int | None = Field(default=None, ge=1, le=5)
    work_mode: Literal["remote", "hybrid", "on-site"] | None = None
    archived: bool = _optional()
    salary: SalaryIn | None = None
    version: int = _optional(ge=1, description="The version read: a save since is a 409.")


class LogEntryIn(BaseModel):
    # a status, a note or both: said in the schema too, so clients see it before they send
    model_config = ConfigDict(json_schema_extra={"anyOf": [
        {"required": ["status"], "properties": {"status": {"type": "string"}}},
        {"required": ["note"], "properties": {"note": {"type": "string", "pattern": r"\S"}}},
    ]})  # fmt: skip

    status: Status | None = None
    note: str | None = Field(default=None, max_length=5000)
    on: Day | None = None


class DraftIn(BaseModel):
    ref: str
    kind: str = Field(default="follow-up", pattern=r"^[a-z0-9][a-z0-9-]{0,39}$")
    lang: Literal["en", "zh"] | None = None
    to: str | None = None


class TextIn(BaseModel):
    # one header line (mail/compose.py): no control character but tab, no line separator
    subject: str = Field(max_length=500, pattern="^[^\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]*$")
    body: str = Field(max_length=50_000)


class ScheduleIn(BaseModel):
    on: Day


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
    ref: str, body: ApplicationChanges, ctx: Ctx,
    if_match: Annotated[str | None, Header(description="The version read (or `version` in the body): a save since is a 409.")] = None,
) -> dict[str, Any]:  # fmt: skip
    from unghost.services.applications import edit_application as edit

    changes = body.model_dump(exclude_unset=True, exclude_none=False)
    if changes.get("salary") is not None:  # the v1 object, without the keys left out
        changes["salary"] = {k: v for k, v in changes["salary"].items() if v is not None}
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

    if body.status is None and not (body.note or "").strip():
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
    from unghost.services.review import list_proposals

    return {"ok": True, "proposals": [p.to_dict() for p in list_proposals(ctx)]}


@router.post("/proposals/{proposal_id}/{decision}")
def decide(proposal_id: DbId, decision: Literal["accept", "reject"], ctx: Ctx) -> dict[str, Any]:
    from unghost.services.review import decide as decide_proposal

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


@router.patch("/outbox/{entry_id:int}")
def edit_draft(entry_id: DbId, body: TextIn, ctx: Ctx) -> dict[str, Any]:
    from unghost.services.outbox import update_text

    return {"ok": True, "message": update_text(ctx, entry_id, body.subject, body.body).to_dict()}


@router.post("/outbox/{entry_id}/send", responses=SEND_RESPONSES)
def send(entry_id: DbId, ctx: Ctx) -> Any:
    from unghost.services.outbox import send_now
    from unghost.web.failures import error_body

    entry = send_now(ctx, str(entry_id))
    if entry.state.value == "sent":
        return {"ok": True, "message": entry.to_dict()}
    # failed (the server refused) or unknown (cut off after the data went out): not ok
    error = entry.last_error or f"the message was not sent ({entry.state.value})"
    return JSONResponse({**error_body(502, error), "message": entry.to_dict()}, status_code=502)


@router.post("/outbox/{entry_id}/schedule")
def schedule(entry_id: DbId, body: ScheduleIn, ctx: Ctx) -> dict[str, Any]:
    from unghost.services.outbox import schedule as schedule_entry

    return {"ok": True, "message": schedule_entry(ctx, str(entry_id), body.on).to_dict()}


@router.post(
    "/documents/check",
    openapi_extra=upload_body(
        {"resume": "binary", "cover_letter": "binary", "region": "region"}, required=["resume"]
    ),
)
async def check_documents(request: Request, lang: Lang = "en") -> dict[str, Any]:
    from unghost.web.uploads import check_uploaded

    result = await check_uploaded(request)
    return {"ok": True, "check": result.to_dict(lang)}


@router.post(
    "/import", openapi_extra=upload_body({"file": "binary", "partial": "flag"}, required=["file"])
)
async def import_file(request: Request, ctx: Ctx) -> dict[str, Any]:
    from unghost.web.uploads import import_uploaded

    report = await import_uploaded(request, ctx)
    return {"ok": True, "report": report.to_dict()}


@router.get("/export", responses=EXPORT_RESPONSES)
def export(ctx: Ctx, format: Literal["json", "csv"] = "json") -> Response:
    return views.export_response(ctx, format)


@router.post("/demo", status_code=201)
def demo(ctx: Ctx) -> dict[str, Any]:
    from unghost.web.demo import load_demo

    return {"ok": True, "created": load_demo(ctx)}
