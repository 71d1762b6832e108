"""The outbox repository: OutboxEntry records in and out of the outbox table."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
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
            owner=row.owner,
            heartbeat_at=_aware(row.heartbeat_at),
            retry_at=_aware(row.retry_at),
        )

    def _select(self) -> Any:
        query = select(OutboxRow, ApplicationRow.ref).outerjoin(
            ApplicationRow, OutboxRow.application_id == ApplicationRow.id
        )
        if self.session.info.get("write"):
            # read, check and write under one lock (PostgreSQL; SQLite's writer holds the file)
            query = query.with_for_update(of=OutboxRow)
        return query

    def get(self, entry_id: int) -> OutboxEntry:
        found = self.session.execute(self._select().where(OutboxRow.id == entry_id)).first()
        if found is None:
            raise NotFoundError(f"no outbox message {entry_id}", hint="`unghost outbox` lists them")
        return self._entry(found[0], found[1] or "")

    def list(
        self, states: list[OutboxState] | None = None, application_id: int | None = None
    ) -> list[OutboxEntry]:
        """The outbox (with `application_id`, that application's messages only), oldest first."""
        query = (
            select(OutboxRow, ApplicationRow.ref)
            .outerjoin(ApplicationRow, OutboxRow.application_id == ApplicationRow.id)
            .order_by(OutboxRow.id)
        )
        if application_id is not None:
            query = query.where(OutboxRow.application_id == application_id)
        if states:
            query = query.where(OutboxRow.state.in_([s.value for s in states]))
        return [self._entry(row, ref or "") for row, ref in self.session.execute(query)]

    def stamp(self, application_id: int) -> tuple[Any, ...]:
        """What the application page shows of its outbox (ids, subjects, states), in one
        small query: the cached page is drawn again when it changes."""
        rows = self.session.execute(
            select(OutboxRow.id, OutboxRow.subject, OutboxRow.state, OutboxRow.updated_at)
            .where(OutboxRow.application_id == application_id)
            .order_by(OutboxRow.id)
        ).all()
        return tuple(tuple(r) for r in rows)

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
        row.retry_at = _naive_utc(entry.retry_at)
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

    # -- the send's compare-and-set steps: one statement each, its row count is the answer --
    def claim(
        self, entry_id: int, states: Iterable[OutboxState], owner: str, *, now: datetime,
        due_only: bool = False,
    ) -> bool:  # fmt: skip
        """Move the entry into `sending` under `owner`'s lease if it is still in `states`
        (and, with `due_only`, its retry time has come). False: someone else got there."""
        at = naive_utc(now)
        query = (
            update(OutboxRow)
            .where(OutboxRow.id == entry_id, OutboxRow.state.in_([s.value for s in states]))
            .values(state=OutboxState.SENDING.value, owner=owner, heartbeat_at=at,
                    attempts=OutboxRow.attempts + 1, last_error=None, retry_at=None,
                    updated_at=at)
        )  # fmt: skip
        if due_only:
            query = query.where((OutboxRow.retry_at.is_(None)) | (OutboxRow.retry_at <= at))
        return _count(self.session.execute(query)) == 1

    def renew(self, entry_id: int, owner: str, *, now: datetime) -> bool:
        """The sender says it is alive; False when the entry is no longer its own."""
        result = self.session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == entry_id, OutboxRow.owner == owner,
                   OutboxRow.state == OutboxState.SENDING.value)
            .values(heartbeat_at=naive_utc(now))
        )  # fmt: skip
        return _count(result) == 1

    def settle(self, entry: OutboxEntry, owner: str) -> bool:
        """Record the end of `owner`'s send (sent, failed, queued again or unknown). It also
        settles an entry a worker marked unknown meanwhile, since the owner knows better."""
        now = datetime.now(UTC).replace(tzinfo=None)
        result = self.session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == entry.id, OutboxRow.owner == owner,
                   OutboxRow.state.in_([OutboxState.SENDING.value, OutboxState.UNKNOWN.value]))
            .values(state=entry.state.value, last_error=entry.last_error,
                    sent_at=_naive_utc(entry.sent_at), retry_at=_naive_utc(entry.retry_at),
                    heartbeat_at=None, updated_at=now)
        )  # fmt: skip
        return _count(result) == 1

    def recover(self, entry: OutboxEntry, *, note: str) -> bool:
        """`sending` to `unknown` for a send whose owner is gone, only if the lease is still the
        one that was judged gone (the same owner, not renewed since)."""
        heartbeat = _naive_utc(entry.heartbeat_at)
        query = update(OutboxRow).where(
            OutboxRow.id == entry.id, OutboxRow.state == OutboxState.SENDING.value
        )
        query = query.where(
            OutboxRow.owner.is_(None) if entry.owner is None else OutboxRow.owner == entry.owner,
            OutboxRow.heartbeat_at.is_(None) if heartbeat is None
            else OutboxRow.heartbeat_at == heartbeat,
        )  # fmt: skip
        now = datetime.now(UTC).replace(tzinfo=None)
        result = self.session.execute(
            query.values(state=OutboxState.UNKNOWN.value, last_error=note, updated_at=now)
        )
        return _count(result) == 1


def _count(result: Any) -> int:
    return int(result.rowcount)
