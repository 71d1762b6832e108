"""The `unghost/v1` JSON format: one application object in, one out (DESIGN.md contract)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import tzinfo
from typing import Any, TypeVar

from unghost.domain.records import (
    RECEIVED_KINDS,
    SENT_KINDS,
    Application,
    Candidate,
    Company,
    Contact,
    Direction,
    Document,
    Event,
    EventKind,
    Interview,
    Message,
    MessageKind,
    Role,
    Salary,
    Status,
)
from unghost.interchange.extras import (
    ITEM_KEYS,
    application_extra,
    split_application_extra,
    unknown_fields,
)
from unghost.interchange.fields import (
    FieldError,
    parse_bool,
    parse_country,
    parse_date,
    parse_datetime,
    parse_enum,
    parse_int,
    parse_limited,
    parse_status,
    parse_text,
    parse_url,
)
from unghost.interchange.manage import (
    parse_amount,
    parse_currency,
    parse_period,
    parse_rating,
    parse_salary,
    parse_tags,
    parse_work_mode,
    render_salary,
)

FORMAT = "unghost/v1"
T = TypeVar("T")


@dataclass(slots=True)
class Problem:
    """One thing wrong in an import file, with where it is."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(slots=True)
class _Reader:
    """Reads the fields of one application, collecting problems instead of stopping."""

    where: str
    zone: tzinfo
    problems: list[Problem] = field(default_factory=list)

    def get(self, obj: Any, key: str, parse: Callable[[Any], T | None], path: str) -> T | None:
        if not isinstance(obj, dict):
            return None
        value = obj.get(key)
        if value is None or value == "":
            return None
        try:
            return parse(value)
        except FieldError as exc:
            self.problems.append(Problem(f"{self.where}.{path}{key}", str(exc)))
            return None

    def items(self, obj: dict[str, Any], key: str) -> list[tuple[str, dict[str, Any]]]:
        value = obj.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.problems.append(Problem(f"{self.where}.{key}", "expected a list"))
            return []
        out = []
        for n, item in enumerate(value):
            if isinstance(item, dict):
                out.append((f"{key}[{n}].", item))
            else:
                self.problems.append(Problem(f"{self.where}.{key}[{n}]", "expected an object"))
        return out

    def fail(self, path: str, message: str) -> None:
        self.problems.append(Problem(f"{self.where}.{path}", message))


def parse_application(
    obj: Any, where: str, zone: tzinfo
) -> tuple[Application | None, list[Problem]]:
    """One application object of the file, or None with the problems that stop it."""
    r = _Reader(where, zone)
    if not isinstance(obj, dict):
        return None, [Problem(where, "expected an object")]
    company_obj = obj.get("company")
    if isinstance(company_obj, str):
        company_obj = {"name": company_obj}
    role_obj = obj.get("role")
    if isinstance(role_obj, str):
        role_obj = {"title": role_obj}
    company_obj = company_obj if isinstance(company_obj, dict) else {}
    role_obj = role_obj if isinstance(role_obj, dict) else {}
    name = r.get(company_obj, "name", parse_limited("company"), "company.")
    title = r.get(role_obj, "title", parse_limited("title"), "role.")
    if not name and not any(p.where.endswith("company.name") for p in r.problems):
        r.fail("company.name", "missing: every application needs a company name")
    if not title and not any(p.where.endswith("role.title") for p in r.problems):
        r.fail("role.title", "missing: every application needs a job title")
    company = Company(
        name=name or "",
        domain=r.get(company_obj, "domain", parse_text, "company."),
        country=r.get(company_obj, "country", parse_country, "company."),
        subdivision=r.get(company_obj, "subdivision", parse_text, "company."),
        industry=r.get(company_obj, "industry", parse_text, "company."),
        fiscal_year_end_month=r.get(
            company_obj,
            "fiscal_year_end_month",
            lambda v: parse_int(v, low=1, high=12),
            "company.",
        ),
        funding_pending=r.get(company_obj, "funding_pending", parse_bool, "company.") or False,
        hiring_freeze=r.get(company_obj, "hiring_freeze", parse_bool, "company.") or False,
    )
    role = Role(
        title=title or "",
        posting_url=r.get(role_obj, "posting_url", parse_url, "role."),
        posted_on=r.get(role_obj, "posted_on", parse_date, "role."),
        new_position=r.get(role_obj, "new_position", parse_bool, "role."),
        closed_on=r.get(role_obj, "closed_on", parse_date, "role."),
        location=r.get(role_obj, "location", parse_text, "role."),
        description=r.get(
            role_obj, "description", lambda v: parse_text(v, limit=1_000_000), "role."
        ),
        salary=_salary(r, role_obj.get("salary")),
        work_mode=r.get(role_obj, "work_mode", parse_work_mode, "role."),
    )
    cand: dict[str, Any] = obj["candidate"] if isinstance(obj.get("candidate"), dict) else {}
    salary_obj: dict[str, Any] = (
        role_obj["salary"] if isinstance(role_obj.get("salary"), dict) else {}
    )
    app = Application(
        ref=r.get(obj, "ref", parse_text, "") or "",
        company=company,
        role=role,
        applied_on=r.get(obj, "applied_on", parse_date, ""),
        candidate=Candidate(
            email=r.get(cand, "email", parse_text, "candidate."),
            phone=r.get(cand, "phone", parse_text, "candidate."),
        ),
        notes=r.get(obj, "notes", parse_text, ""),
        source=r.get(obj, "source", parse_text, ""),
        tags=r.get(obj, "tags", parse_tags, "") or [],
        rating=r.get(obj, "rating", parse_rating, ""),
        archived=r.get(obj, "archived", parse_bool, "") or False,
    )
    app.contacts = [_contact(r, item, path) for path, item in r.items(obj, "contacts")]
    app.interviews = [
        i for path, item in r.items(obj, "interviews") if (i := _interview(r, item, path))
    ]
    app.messages = [m for path, item in r.items(obj, "messages") if (m := _message(r, item, path))]
    app.events = [e for path, item in r.items(obj, "history") if (e := _event(r, item, path))]
    app.documents = _documents(r, obj.get("documents"))
    app.interviews.sort(key=lambda i: i.at)
    app.messages.sort(key=lambda m: m.at)
    app.events.sort(key=lambda e: e.on)
    status = r.get(obj, "status", parse_status, "")
    app.status = status or infer_status(app)
    objects = {"company": company_obj, "role": role_obj, "salary": salary_obj, "candidate": cand}
    app.extra = application_extra(obj, objects)
    if r.problems:
        return None, r.problems
    return app, []


def _salary(r: _Reader, value: Any) -> Salary | None:
    """`role.salary`: an object {min, max, currency, period}, or salary text."""
    if value is None or value == "":
        return None
    if not isinstance(value, dict):
        return r.get({"salary": value}, "salary", parse_salary, "role.")
    path = "role.salary."
    salary = Salary(
        min=r.get(value, "min", parse_amount, path),
        max=r.get(value, "max", parse_amount, path),
        currency=r.get(value, "currency", parse_currency, path),
        period=r.get(value, "period", parse_period, path),
    )
    if salary.min is not None and salary.max is not None and salary.min > salary.max:
        r.fail(f"{path}min", "the minimum is above the maximum")
    return None if salary.is_empty and not salary.currency else salary


def infer_status(app: Application) -> Status:
    """The status a file implies when it gives none: the latest decisive thing that happened."""
    for message in reversed(app.messages):
        if message.kind is MessageKind.REJECTION:
            return Status.REJECTED
        if message.kind is MessageKind.OFFER:
            return Status.OFFER
    if app.interviews:
        return Status.INTERVIEWING
    return Status.APPLIED if app.applied_on else Status.SAVED


def _contact(r: _Reader, item: dict[str, Any], path: str) -> Contact:
    return Contact(
        name=r.get(item, "name", parse_text, path),
        email=r.get(item, "email", parse_text, path),
        phone=r.get(item, "phone", parse_text, path),
        role=r.get(item, "role", parse_text, path),
        linkedin=r.get(item, "linkedin", parse_text, path),
        extra=unknown_fields(item, ITEM_KEYS["contacts"]),
    )


def _interview(r: _Reader, item: dict[str, Any], path: str) -> Interview | None:
    at = r.get(item, "at", lambda v: parse_datetime(v, r.zone), path)
    if at is None:
        if "at" not in item:
            r.fail(f"{path}at", "missing: when was the interview?")
        return None
    names = item.get("interviewers") or []
    if isinstance(names, str):
        names = [names]
    return Interview(
        at=at,
        stage=r.get(item, "stage", parse_text, path),
        interviewers=[str(n).strip() for n in names if str(n).strip()],
        decision_expected_on=r.get(item, "decision_expected_on", parse_date, path),
        candidates_remaining=r.get(
            item, "candidates_remaining", lambda v: parse_int(v, low=0, high=100_000), path
        ),
        notes=r.get(item, "notes", parse_text, path),
        format=r.get(item, "format", parse_text, path),
        extra=unknown_fields(item, ITEM_KEYS["interviews"]),
    )


def _message(r: _Reader, item: dict[str, Any], path: str) -> Message | None:
    at = r.get(item, "at", lambda v: parse_datetime(v, r.zone), path)
    direction = r.get(item, "direction", parse_enum(Direction), path)
    kind = r.get(item, "kind", parse_enum(MessageKind), path)
    for key, value in (("at", at), ("direction", direction), ("kind", kind)):
        if value is None and key not in item:
            r.fail(f"{path}{key}", "missing")
    if at is None or direction is None or kind is None:
        return None
    allowed = SENT_KINDS if direction is Direction.SENT else RECEIVED_KINDS
    if kind not in allowed:
        r.fail(f"{path}kind", f"{kind.value!r} is not a kind of {direction.value} message")
        return None
    return Message(
        at=at,
        direction=direction,
        kind=kind,
        subject=r.get(item, "subject", parse_text, path),
        counterpart=r.get(item, "counterpart", parse_text, path),
        message_id=r.get(item, "message_id", parse_text, path),
        return_date=r.get(item, "return_date", parse_date, path),
        body=r.get(item, "body", lambda v: parse_text(v, limit=1_000_000), path),
        extra=unknown_fields(item, ITEM_KEYS["messages"]),
    )


def _event(r: _Reader, item: dict[str, Any], path: str) -> Event | None:
    on = r.get(item, "on", parse_date, path)
    status = r.get(item, "status", parse_status, path)
    note = r.get(item, "note", parse_text, path)
    if on is None:
        if "on" not in item:
            r.fail(f"{path}on", "missing: the date of this step")
        return None
    if status is None and note is None:
        r.fail(path.rstrip("."), "a history entry needs a status or a note")
        return None
    return Event(on=on, kind=EventKind.STATUS if status else EventKind.NOTE, status=status,
                 note=note, extra=unknown_fields(item, ITEM_KEYS["history"]))  # fmt: skip


def _documents(r: _Reader, value: Any) -> list[Document]:
    if value is None:
        return []
    if not isinstance(value, list):
        r.fail("documents", "expected a list")
        return []
    docs = []
    for item in value:
        if isinstance(item, str) and item.strip():
            docs.append(Document(path=item.strip()))
        elif isinstance(item, dict) and isinstance(item.get("path"), str):
            docs.append(Document(path=item["path"], kind=str(item.get("kind") or "resume"),
                                 extra=unknown_fields(item, ITEM_KEYS["documents"])))  # fmt: skip
    return docs


def render_application(app: Application) -> dict[str, Any]:
    """The export form: every field, in a fixed order, so export → import → export is the identity."""
    top_extra, nested_extra = split_application_extra(app.extra)
    c, role = app.company, app.role
    out: dict[str, Any] = {
        "ref": app.ref,
        "status": app.status.value,
        "company": {
            "name": c.name, "domain": c.domain, "country": c.country,
            "subdivision": c.subdivision, "industry": c.industry,
            "fiscal_year_end_month": c.fiscal_year_end_month,
            "funding_pending": c.funding_pending, "hiring_freeze": c.hiring_freeze,
            **nested_extra["company"],
        },
        "role": {
            "title": role.title, "posting_url": role.posting_url,
            "posted_on": _iso(role.posted_on), "new_position": role.new_position,
            "closed_on": _iso(role.closed_on), "location": role.location,
            "description": role.description, "salary": _salary_out(role.salary, nested_extra["salary"]),
            "work_mode": role.work_mode.value if role.work_mode else None,
            **nested_extra["role"],
        },
        "applied_on": _iso(app.applied_on),
        "candidate": {"email": app.candidate.email, "phone": app.candidate.phone,
                      **nested_extra["candidate"]},
        "contacts": [
            {"name": k.name, "email": k.email, "phone": k.phone, "role": k.role,
             **({"linkedin": k.linkedin} if k.linkedin else {}),  # only when set: older files stay as they were
             **k.extra}
            for k in app.contacts
        ],
        "interviews": [
            {
                "at": i.at.isoformat(), "stage": i.stage, "interviewers": list(i.interviewers),
                "decision_expected_on": _iso(i.decision_expected_on),
                "candidates_remaining": i.candidates_remaining, "notes": i.notes,
                **({"format": i.format} if i.format else {}), **i.extra,
            }
            for i in app.interviews
        ],
        "messages": [
            {
                "at": m.at.isoformat(), "direction": m.direction.value, "kind": m.kind.value,
                "subject": m.subject, "counterpart": m.counterpart, "message_id": m.message_id,
                "return_date": _iso(m.return_date), "body": m.body, **m.extra,
            }
            for m in app.messages
        ],
        "history": [
            {"on": e.on.isoformat(), "status": e.status.value if e.status else None,
             "note": e.note, **e.extra}
            for e in app.events
        ],
        "documents": [{"path": d.path, "kind": d.kind, **d.extra} for d in app.documents],
        "notes": app.notes,
        "source": app.source,
        "tags": list(app.tags),
        "rating": app.rating,
        "archived": app.archived,
    }  # fmt: skip
    out.update(top_extra)
    return out


def _salary_out(salary: Salary | None, extra: dict[str, Any]) -> dict[str, Any] | None:
    """`role.salary` with its unknown fields (a salary of unknown fields alone is kept too)."""
    out = render_salary(salary)
    if not extra:
        return out
    return {**(out or {"min": None, "max": None, "currency": None, "period": None}), **extra}


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None
