"""Turning stored rows into domain records and records into rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

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
    Status,
)
from unghost.domain.refs import name_key, url_key
from unghost.store.models import (
    ApplicationRow,
    CompanyRow,
    ContactRow,
    DocumentRow,
    EventRow,
    InterviewRow,
    MessageRow,
)


def split_aware(at: datetime) -> tuple[datetime, int]:
    """An aware datetime as (naive UTC, offset in minutes), so both engines keep the zone."""
    offset = at.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    return at.astimezone(UTC).replace(tzinfo=None), minutes


def join_aware(at_utc: datetime, offset_min: int) -> datetime:
    zone = UTC if offset_min == 0 else timezone(timedelta(minutes=offset_min))
    return at_utc.replace(tzinfo=UTC).astimezone(zone)


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
        ),
        status=Status(row.status),
        applied_on=row.applied_on,
        candidate=Candidate(email=row.candidate_email, phone=row.candidate_phone),
        contacts=[
            Contact(name=c.name, email=c.email, phone=c.phone, role=c.role) for c in row.contacts
        ],
        interviews=[
            Interview(
                at=join_aware(i.at_utc, i.utc_offset_min),
                stage=i.stage,
                interviewers=list(i.interviewers or []),
                decision_expected_on=i.decision_expected_on,
                candidates_remaining=i.candidates_remaining,
                notes=i.notes,
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
            )
            for m in row.messages
        ],
        events=[
            Event(
                on=e.on,
                kind=EventKind(e.kind),
                status=Status(e.status) if e.status else None,
                note=e.note,
            )
            for e in row.events
        ],
        documents=[Document(path=d.path, kind=d.kind) for d in row.documents],
        notes=row.notes,
        source=row.source,
        extra=dict(row.extra or {}),
    )


def fill_application_row(row: ApplicationRow, app: Application, company: CompanyRow) -> None:
    """Write every field of `app` onto `row`, replacing its child rows."""
    row.ref = app.ref
    row.company = company
    row.title = app.role.title
    row.title_key = name_key(app.role.title)
    row.posting_url = app.role.posting_url
    row.url_key = url_key(app.role.posting_url)
    row.posted_on = app.role.posted_on
    row.new_position = app.role.new_position
    row.closed_on = app.role.closed_on
    row.location = app.role.location
    row.description = app.role.description
    row.status = app.status.value
    row.applied_on = app.applied_on
    row.candidate_email = app.candidate.email
    row.candidate_phone = app.candidate.phone
    row.notes = app.notes
    row.source = app.source
    row.extra = dict(app.extra)
    row.contacts = [
        ContactRow(position=n, name=c.name, email=c.email, phone=c.phone, role=c.role)
        for n, c in enumerate(app.contacts)
    ]
    row.interviews = [_interview_row(i) for i in app.interviews]
    row.messages = [_message_row(m) for m in app.messages]
    row.events = [
        EventRow(
            on=e.on,
            position=n,
            kind=e.kind.value,
            status=e.status.value if e.status else None,
            note=e.note,
        )
        for n, e in enumerate(app.events)
    ]
    row.documents = [
        DocumentRow(position=n, path=d.path, kind=d.kind) for n, d in enumerate(app.documents)
    ]


def _interview_row(i: Interview) -> InterviewRow:
    at_utc, offset = split_aware(i.at)
    return InterviewRow(
        at_utc=at_utc,
        utc_offset_min=offset,
        stage=i.stage,
        interviewers=list(i.interviewers),
        decision_expected_on=i.decision_expected_on,
        candidates_remaining=i.candidates_remaining,
        notes=i.notes,
    )


def _message_row(m: Message) -> MessageRow:
    at_utc, offset = split_aware(m.at)
    return MessageRow(
        at_utc=at_utc,
        utc_offset_min=offset,
        direction=m.direction.value,
        kind=m.kind.value,
        subject=m.subject,
        counterpart=m.counterpart,
        message_id=m.message_id,
        return_date=m.return_date,
        body=m.body,
    )
