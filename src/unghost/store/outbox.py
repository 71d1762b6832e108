"""The outbox repository: OutboxEntry records in and out of the outbox table."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from unghost.domain.outbox import OutboxEntry, OutboxState
from unghost.errors import NotFoundError
from unghost.store.mapping import naive_utc
from unghost.store.models import ApplicationRow, OutboxRow


def _naive_utc(moment: datetime | None) -> datetime | None:
    return naive_utc(moment) if moment is not None else None


def _aware(moment: datetime | None) -> datetime | None:
    return moment.replace(tzinfo=UTC) if moment is not None else None


class OutboxRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _entry(self, row: OutboxRow, ref: str) -> OutboxEntry:
        return OutboxEntry(
            id=row.id,
            application_ref=ref,
            kind=row.kind,
            lang=row.lang,
            to=row.to_addrs[0] if row.to_addrs else "",
            cc=list(row.cc_addrs or []),
            subject=row.subject,
            body=row.body,
            message_id=row.message_id,
            state=OutboxState(row.state),
            scheduled_on=row.scheduled_on,
            attempts=row.attempts,
            last_error=row.last_error,
            created_at=_aware(row.created_at) or datetime.now(UTC),
            sent_at=_aware(row.sent_at),
            in_reply_to=row.in_reply_to,
            references=[row.in_reply_to] if row.in_reply_to else [],
        )

    def get(self, entry_id: int) -> OutboxEntry:
        found = self.session.execute(
            select(OutboxRow, ApplicationRow.ref)
            .outerjoin(ApplicationRow, OutboxRow.application_id == ApplicationRow.id)
            .where(OutboxRow.id == entry_id)
        ).first()
        if found is None:
            raise NotFoundError(f"no outbox message {entry_id}", hint="`unghost outbox` lists them")
        return self._entry(found[0], found[1] or "")

    def list(self, states: list[OutboxState] | None = None) -> list[OutboxEntry]:
        query = (
            select(OutboxRow, ApplicationRow.ref)
            .outerjoin(ApplicationRow, OutboxRow.application_id == ApplicationRow.id)
            .order_by(OutboxRow.id)
        )
        if states:
            query = query.where(OutboxRow.state.in_([s.value for s in states]))
        return [self._entry(row, ref or "") for row, ref in self.session.execute(query)]

    def latest_for(self, ref: str) -> OutboxEntry | None:
        """The newest unsent message of an application (for `unghost send REF`)."""
        found = self.session.execute(
            select(OutboxRow, ApplicationRow.ref)
            .join(ApplicationRow, OutboxRow.application_id == ApplicationRow.id)
            .where(
                ApplicationRow.ref == ref,
                OutboxRow.state.in_([OutboxState.DRAFT.value, OutboxState.FAILED.value,
                                     OutboxState.QUEUED.value]),
            )
            .order_by(OutboxRow.id.desc())
            .limit(1)
        ).first()  # fmt: skip
        return self._entry(found[0], found[1]) if found else None

    def save(self, entry: OutboxEntry, *, from_addr: str | None = None) -> OutboxEntry:
        """Insert or update; returns the entry with its id."""
        now = datetime.now(UTC).replace(tzinfo=None)
        row = self.session.get(OutboxRow, entry.id) if entry.id is not None else None
        if row is None:
            app_id = self.session.scalar(
                select(ApplicationRow.id).where(ApplicationRow.ref == entry.application_ref)
            )
            row = OutboxRow(application_id=app_id, created_at=_naive_utc(entry.created_at) or now)
            self.session.add(row)
        row.kind = entry.kind
        row.lang = entry.lang
        row.to_addrs = [entry.to]
        row.cc_addrs = list(entry.cc)
        if from_addr is not None:
            row.from_addr = from_addr
        row.subject = entry.subject
        row.body = entry.body
        if not entry.message_id:
            raise ValueError("an outbox entry gets its Message-ID before it is stored")
        row.message_id = entry.message_id
        row.in_reply_to = entry.in_reply_to
        row.state = entry.state.value
        row.scheduled_on = entry.scheduled_on
        row.attempts = entry.attempts
        row.last_error = entry.last_error
        row.sent_at = _naive_utc(entry.sent_at)
        row.updated_at = now
        self.session.flush()
        entry.id = row.id
        return entry

    def find_open(self, ref: str, kind: str) -> OutboxEntry | None:
        """The newest unsent message of one kind for an application (reopened, never doubled)."""
        found = self.session.execute(
            select(OutboxRow, ApplicationRow.ref)
            .join(ApplicationRow, OutboxRow.application_id == ApplicationRow.id)
            .where(
                ApplicationRow.ref == ref,
                OutboxRow.kind == kind,
                OutboxRow.state.in_([OutboxState.DRAFT.value, OutboxState.FAILED.value,
                                     OutboxState.QUEUED.value]),
            )
            .order_by(OutboxRow.id.desc())
            .limit(1)
        ).first()  # fmt: skip
        return self._entry(found[0], found[1]) if found else None

    def delete(self, entry_id: int) -> None:
        row = self.session.get(OutboxRow, entry_id)
        if row is None:
            raise NotFoundError(f"no outbox message {entry_id}", hint="`unghost outbox` lists them")
        self.session.delete(row)
        self.session.flush()
