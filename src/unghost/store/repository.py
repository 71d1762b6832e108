"""The applications repository: find, load, save and list, on a session the service owns."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from unghost.domain.records import Application, Status
from unghost.domain.refs import name_key, url_key
from unghost.errors import NotFoundError
from unghost.store.mapping import application_record, company_values, fill_application_row
from unghost.store.models import (
    ApplicationRow,
    CompanyRow,
    EventRow,
    InterviewRow,
    MessageRow,
)

_FULL = (
    selectinload(ApplicationRow.contacts),
    selectinload(ApplicationRow.interviews),
    selectinload(ApplicationRow.messages),
    selectinload(ApplicationRow.events),
    selectinload(ApplicationRow.documents),
)


@dataclass(frozen=True, slots=True)
class Summary:
    """One line of `unghost list`: enough to scan a pipeline without loading every record."""

    id: int
    ref: str
    company: str
    title: str
    status: Status
    applied_on: date | None
    last_activity: date | None
    country: str | None


class ApplicationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._companies: dict[tuple[object, ...], CompanyRow] = {}

    # -- reading ---------------------------------------------------------------------------
    def find_row(self, ref_or_id: str) -> ApplicationRow | None:
        query = select(ApplicationRow).options(*_FULL)
        if ref_or_id.isdigit():
            row = self.session.scalar(query.where(ApplicationRow.id == int(ref_or_id)))
            if row is not None:
                return row
        return self.session.scalar(query.where(ApplicationRow.ref == ref_or_id))

    def get_row(self, ref_or_id: str) -> ApplicationRow:
        row = self.find_row(ref_or_id)
        if row is None:
            raise NotFoundError(
                f"no application {ref_or_id!r}", hint="`unghost list` shows the references"
            )
        return row

    def get(self, ref_or_id: str) -> Application:
        return application_record(self.get_row(ref_or_id))

    def find_match(self, app: Application) -> ApplicationRow | None:
        """The stored application this one is a copy of: by ref when it has one, else by
        posting URL, else by company and title (two applications with their own refs for the
        same role are two applications: people apply again a year later)."""
        if app.ref:
            return self.session.scalar(
                select(ApplicationRow).options(*_FULL).where(ApplicationRow.ref == app.ref)
            )
        key = url_key(app.role.posting_url)
        if key:
            row = self.session.scalar(
                select(ApplicationRow).options(*_FULL).where(ApplicationRow.url_key == key)
            )
            if row is not None:
                return row
        return self.session.scalar(
            select(ApplicationRow)
            .options(*_FULL)
            .join(CompanyRow)
            .where(
                CompanyRow.name_key == name_key(app.company.name),
                ApplicationRow.title_key == name_key(app.role.title),
            )
            .limit(1)
        )

    def ref_taken(self, ref: str) -> bool:
        return (
            self.session.scalar(select(ApplicationRow.id).where(ApplicationRow.ref == ref))
            is not None
        )

    def count(self) -> int:
        return self.session.scalar(select(func.count(ApplicationRow.id))) or 0

    def iter_all(self, *, batch: int = 500) -> Iterator[Application]:
        """Every application in ref order, loaded in batches to bound memory."""
        last = ""
        while True:
            rows = self.session.scalars(
                select(ApplicationRow)
                .options(*_FULL)
                .where(ApplicationRow.ref > last)
                .order_by(ApplicationRow.ref)
                .limit(batch)
            ).all()
            if not rows:
                return
            for row in rows:
                yield application_record(row)
            last = rows[-1].ref
            self.session.expunge_all()

    def list_summaries(self, status: Status | None = None) -> list[Summary]:
        last_event = (
            select(EventRow.application_id, func.max(EventRow.on).label("on"))
            .group_by(EventRow.application_id)
            .subquery()
        )
        last_message = (
            select(MessageRow.application_id, func.max(MessageRow.at_utc).label("at"))
            .group_by(MessageRow.application_id)
            .subquery()
        )
        last_interview = (
            select(InterviewRow.application_id, func.max(InterviewRow.at_utc).label("at"))
            .group_by(InterviewRow.application_id)
            .subquery()
        )
        query = (
            select(
                ApplicationRow.id,
                ApplicationRow.ref,
                CompanyRow.name,
                ApplicationRow.title,
                ApplicationRow.status,
                ApplicationRow.applied_on,
                last_event.c.on,
                last_message.c.at,
                last_interview.c.at,
                CompanyRow.country,
            )
            .join(CompanyRow, ApplicationRow.company_id == CompanyRow.id)
            .outerjoin(last_event, last_event.c.application_id == ApplicationRow.id)
            .outerjoin(last_message, last_message.c.application_id == ApplicationRow.id)
            .outerjoin(last_interview, last_interview.c.application_id == ApplicationRow.id)
            .order_by(ApplicationRow.id)
        )
        if status is not None:
            query = query.where(ApplicationRow.status == status.value)
        out = []
        for r in self.session.execute(query):
            days = [r[5], r[6], _day(r[7]), _day(r[8])]
            known = [d for d in days if d is not None]
            out.append(
                Summary(
                    id=r[0],
                    ref=r[1],
                    company=r[2],
                    title=r[3],
                    status=Status(r[4]),
                    applied_on=r[5],
                    last_activity=max(known) if known else None,
                    country=r[9],
                )
            )
        return out

    # -- writing ---------------------------------------------------------------------------
    def save(self, app: Application, row: ApplicationRow | None = None) -> ApplicationRow:
        """Insert `app`, or overwrite `row` with it. The caller's transaction commits."""
        now = datetime.now(UTC).replace(tzinfo=None)
        with self.session.no_autoflush:
            company = self._company_row(app)
            if row is None:
                row = ApplicationRow(created_at=now, extra={})
                self.session.add(row)
            fill_application_row(row, app, company)
        row.updated_at = now
        self.session.flush()
        return row

    def delete(self, row: ApplicationRow) -> None:
        self.session.delete(row)
        self.session.flush()

    def _company_row(self, app: Application) -> CompanyRow:
        """The company row with exactly these details, shared by the applications that agree."""
        values = company_values(app.company)
        key = tuple(values.values())
        cached = self._companies.get(key)
        if cached is not None:
            return cached
        query = select(CompanyRow)
        for column, value in values.items():
            attr = getattr(CompanyRow, column)
            query = query.where(attr.is_(None) if value is None else attr == value)
        row = self.session.scalar(query.limit(1))
        if row is None:
            row = CompanyRow(**values)
            self.session.add(row)
        self._companies[key] = row
        return row


def _day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None
