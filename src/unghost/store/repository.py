"""The applications repository: find, load, save and list, on a session the service owns."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import UTC, date, datetime

from sqlalchemy import Select, func, select, text
from sqlalchemy.orm import Session, selectinload

from unghost.domain.records import Application, Message, Status
from unghost.domain.refs import name_key, parse_id, url_key
from unghost.errors import ChangedMeanwhileError, NotFoundError
from unghost.store import LOCAL_OWNER_ID
from unghost.store.errors import CHANGED_HINT, CHANGED_MESSAGE
from unghost.store.mapping import (
    application_record,
    company_values,
    fill_application_row,
)
from unghost.store.models import (
    ApplicationRow,
    CompanyRow,
)
from unghost.store.readmodel import Summary, summary_query, to_summary
from unghost.store.rowdiff import update_application_row

_FULL = (
    selectinload(ApplicationRow.contacts),
    selectinload(ApplicationRow.interviews),
    selectinload(ApplicationRow.messages),
    selectinload(ApplicationRow.events),
    selectinload(ApplicationRow.documents),
)


class ApplicationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._companies: dict[tuple[object, ...], CompanyRow] = {}

    # -- reading ---------------------------------------------------------------------------
    def _full(self) -> Select[ApplicationRow]:
        """An application with its child rows; in a write transaction, locked until it ends
        (PostgreSQL; SQLite's writer already holds the database), so two writers of one
        application take turns instead of both saving what they read."""
        query = select(ApplicationRow).options(*_FULL)
        if self.session.info.get("write"):
            query = query.with_for_update(of=ApplicationRow)
        return query

    def find_row(self, ref_or_id: str) -> ApplicationRow | None:
        query = self._full()
        number = parse_id(ref_or_id)  # `²` is a digit to str.isdigit, and ids have a range
        if number is not None:
            row = self.session.scalar(query.where(ApplicationRow.id == number))
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

    def get_rows(self, ids: list[int]) -> dict[int, ApplicationRow]:
        """Many applications by id in one go (for batch work)."""
        if not ids:
            return {}
        rows = self.session.scalars(
            self._full().where(ApplicationRow.id.in_(set(ids))).order_by(ApplicationRow.id)
        )
        return {row.id: row for row in rows}

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

    def list_choices(self, limit: int = 1000) -> list[tuple[str, str, str]]:
        """(ref, company, title) of the `limit` most recently touched applications."""
        rows = self.session.execute(
            select(ApplicationRow.ref, CompanyRow.name, ApplicationRow.title)
            .join(CompanyRow, ApplicationRow.company_id == CompanyRow.id)
            .order_by(ApplicationRow.updated_at.desc(), ApplicationRow.id.desc())
            .limit(limit)
        ).all()
        return [(ref, company, title) for ref, company, title in rows]

    def load_all(
        self, *, texts: bool = True, ids: Collection[int] | None = None
    ) -> list[Application]:
        """Every application (or those with `ids`) at once, ordered by id, for work over the
        whole pipeline (plain queries, store/bulkread.py: fast, read-only)."""
        from unghost.store.bulkread import load_applications

        return load_applications(self.session, texts=texts, ids=ids)

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

    def list_summaries(
        self, status: Status | None = None, ids: Collection[int] | None = None
    ) -> list[Summary]:
        """The owner's summaries (with `ids`, of those applications only), by id."""
        from unghost.store.ids import in_chunks

        owner = self.session.info.get("owner_id", LOCAL_OWNER_ID)
        found: list[Summary] = []
        for chunk in [None] if ids is None else in_chunks(ids):
            sql, params = summary_query(status, owner, chunk)
            found.extend(to_summary(row) for row in self.session.execute(text(sql), params))
        return found

    # -- writing ---------------------------------------------------------------------------
    def save(
        self, app: Application, row: ApplicationRow | None = None, *,
        expected_version: int | None = None,
    ) -> ApplicationRow:  # fmt: skip
        """Insert `app`, or bring `row` to it changing only what differs: the columns that
        changed, and child rows added, updated or removed one by one (the rows nobody touched
        stay as they are). With `expected_version`, a row saved meanwhile by someone else is a
        ConflictError. The caller's transaction commits."""
        now = datetime.now(UTC).replace(tzinfo=None)
        with self.session.no_autoflush:
            company = self._company_row(app)
            if row is None:
                row = ApplicationRow(created_at=now, extra={})
                self.session.add(row)
                fill_application_row(row, app, company)
            else:
                self.check_version(row, expected_version)
                update_application_row(row, app, company)
        row.updated_at = now
        self.session.flush()
        app.version = row.version
        return row

    def add_message(self, row: ApplicationRow, message: Message) -> bool:
        """Add one message to the application unless one with its Message-ID is there."""
        from unghost.store.mapping import message_values
        from unghost.store.models import MessageRow

        if message.message_id and any(m.message_id == message.message_id for m in row.messages):
            return False
        row.messages.append(MessageRow(**message_values(message)))
        row.updated_at = datetime.now(UTC).replace(tzinfo=None)
        self.session.flush()
        return True

    def check_version(self, row: ApplicationRow, expected: int | None) -> None:
        """ConflictError when `row` was saved since the caller read version `expected`."""
        if expected is not None and row.version != expected:
            raise ChangedMeanwhileError(f"{row.ref}: {CHANGED_MESSAGE}", hint=CHANGED_HINT)

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
