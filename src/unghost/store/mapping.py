"""Turning stored rows into domain records and records into rows."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from unghost.domain.records import (
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
    WorkMode,
)
from unghost.domain.refs import name_key, url_key
from unghost.store.mapping_values import join_aware, salary_record
from unghost.store.models import (
    ApplicationRow,
    CompanyRow,
    ContactRow,
    DocumentRow,
    EventRow,
    InterviewRow,
    MessageRow,
)


def naive_utc(moment: datetime) -> datetime:
    """How the tables store a moment: UTC without a zone (a naive value is taken as UTC)."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def split_aware(at: datetime) -> tuple[datetime, int]:
    """An aware datetime as (naive UTC, offset in minutes), so both engines keep the zone."""
    offset = at.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    return naive_utc(at), minutes


def company_record(row: CompanyRow) -> Company:
    return Company(
        name=row.name,
        domain=row.domain,
        country=row.country,
        subdivision=row.subdivision,
        industry=row.industry,
        fiscal_year_end_month=row.fiscal_year_end_month,
        funding_pending=row.funding_pending,
        hiring_freeze=row.hiring_freeze,
    )


def company_values(company: Company) -> dict[str, object]:
    return {
        "name": company.name,
        "name_key": name_key(company.name),
        "domain": company.domain,
        "country": company.country,
        "subdivision": company.subdivision,
        "industry": company.industry,
        "fiscal_year_end_month": company.fiscal_year_end_month,
        "funding_pending": company.funding_pending,
        "hiring_freeze": company.hiring_freeze,
    }


def application_record(row: ApplicationRow) -> Application:
    return Application(
        id=row.id,
        ref=row.ref,
        company=company_record(row.company),
        role=Role(
            title=row.title,
            posting_url=row.posting_url,
            posted_on=row.posted_on,
            new_position=row.new_position,
            closed_on=row.closed_on,
            location=row.location,
            description=row.description,
            salary=salary_record(
                row.salary_min, row.salary_max, row.salary_currency, row.salary_period
            ),
            work_mode=WorkMode(row.work_mode) if row.work_mode else None,
        ),
        status=Status(row.status),
        applied_on=row.applied_on,
        candidate=Candidate(email=row.candidate_email, phone=row.candidate_phone),
        contacts=[
            Contact(
                name=c.name,
                email=c.email,
                phone=c.phone,
                role=c.role,
                linkedin=c.linkedin,
                extra=dict(c.extra or {}),
            )
            for c in row.contacts
        ],
        interviews=[
            Interview(
                at=join_aware(i.at_utc, i.utc_offset_min),
                stage=i.stage,
                interviewers=list(i.interviewers or []),
                decision_expected_on=i.decision_expected_on,
                candidates_remaining=i.candidates_remaining,
                notes=i.notes,
                format=i.format,
                extra=dict(i.extra or {}),
            )
            for i in row.interviews
        ],
        messages=[
            Message(
                at=join_aware(m.at_utc, m.utc_offset_min),
                direction=Direction(m.direction),
                kind=MessageKind(m.kind),
                subject=m.subject,
                counterpart=m.counterpart,
                message_id=m.message_id,
                return_date=m.return_date,
                body=m.body,
                extra=dict(m.extra or {}),
            )
            for m in row.messages
        ],
        events=[
            Event(
                on=e.on,
                kind=EventKind(e.kind),
                status=Status(e.status) if e.status else None,
                note=e.note,
                extra=dict(e.extra or {}),
            )
            for e in row.events
        ],
        documents=[
            Document(path=d.path, kind=d.kind, extra=dict(d.extra or {})) for d in row.documents
        ],
        notes=row.notes,
        source=row.source,
        extra=dict(row.extra or {}),
        version=row.version,
        tags=list(row.tags or []),
        rating=row.rating,
        archived=bool(row.archived),
    )


def application_values(app: Application) -> dict[str, Any]:
    """The applications-table columns of `app` (without ids and timestamps)."""
    pay = app.role.salary or Salary()
    return {
        "ref": app.ref,
        "title": app.role.title,
        "title_key": name_key(app.role.title),
        "posting_url": app.role.posting_url,
        "url_key": url_key(app.role.posting_url),
        "posted_on": app.role.posted_on,
        "new_position": app.role.new_position,
        "closed_on": app.role.closed_on,
        "location": app.role.location,
        "description": app.role.description,
        "status": app.status.value,
        "applied_on": app.applied_on,
        "candidate_email": app.candidate.email,
        "candidate_phone": app.candidate.phone,
        "notes": app.notes,
        "source": app.source,
        "extra": dict(app.extra),
        "tags": list(app.tags),
        "rating": app.rating,
        "salary_min": pay.min,
        "salary_max": pay.max,
        "salary_currency": pay.currency,
        "salary_period": pay.period.value if pay.period else None,
        "work_mode": app.role.work_mode.value if app.role.work_mode else None,
        "archived": app.archived,
    }


def child_values(app: Application) -> dict[str, list[dict[str, Any]]]:
    """The rows of each child table of `app`, keyed by table name (without application_id)."""
    interviews = []
    for i in app.interviews:
        at_utc, offset = split_aware(i.at)
        interviews.append({
            "at_utc": at_utc, "utc_offset_min": offset, "stage": i.stage,
            "interviewers": list(i.interviewers), "decision_expected_on": i.decision_expected_on,
            "candidates_remaining": i.candidates_remaining, "notes": i.notes,
            "format": i.format, "extra": dict(i.extra),
        })  # fmt: skip
    messages = [message_values(m) for m in app.messages]
    return {
        "contacts": [
            {
                "position": n,
                "name": c.name,
                "email": c.email,
                "phone": c.phone,
                "role": c.role,
                "linkedin": c.linkedin,
                "extra": dict(c.extra),
            }
            for n, c in enumerate(app.contacts)
        ],
        "interviews": interviews,
        "messages": messages,
        "events": [
            {
                "on": e.on,
                "position": n,
                "kind": e.kind.value,
                "status": e.status.value if e.status else None,
                "note": e.note,
                "extra": dict(e.extra),
            }
            for n, e in enumerate(app.events)
        ],
        "documents": [
            {"position": n, "path": d.path, "kind": d.kind, "extra": dict(d.extra)}
            for n, d in enumerate(app.documents)
        ],
    }


def message_values(m: Message) -> dict[str, Any]:
    """The messages-table columns of one message (without application_id)."""
    at_utc, offset = split_aware(m.at)
    return {
        "at_utc": at_utc, "utc_offset_min": offset, "direction": m.direction.value,
        "kind": m.kind.value, "subject": m.subject, "counterpart": m.counterpart,
        "message_id": m.message_id, "return_date": m.return_date, "body": m.body,
        "extra": dict(m.extra),
    }  # fmt: skip


CHILD_ROWS = {
    "contacts": ContactRow,
    "interviews": InterviewRow,
    "messages": MessageRow,
    "events": EventRow,
    "documents": DocumentRow,
}


def fill_application_row(row: ApplicationRow, app: Application, company: CompanyRow) -> None:
    """Write every field of `app` onto `row`, replacing its child rows."""
    for column, value in application_values(app).items():
        setattr(row, column, value)
    row.company = company
    for table, rows in child_values(app).items():
        setattr(row, table, [CHILD_ROWS[table](**values) for values in rows])
