"""A person's mail account on the server: URLs without passwords, passwords sealed apart."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import LargeBinary, String, Text, UniqueConstraint, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, Session, mapped_column

from unghost.store.models import Base, Owned

PURPOSES = ("imap", "smtp")  # the secrets a mail account may have


class MailAccountRow(Owned, Base):
    __tablename__ = "mail_accounts"
    __table_args__ = (UniqueConstraint("owner_id", name="uq_mail_accounts_owner_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    imap_url: Mapped[str | None] = mapped_column(Text)
    smtp_url: Mapped[str | None] = mapped_column(Text)
    sender: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime]
    checked_at: Mapped[datetime | None]  # the account page's last connection test
    last_error: Mapped[str | None] = mapped_column(Text)  # what it met; None when it worked


class MailSecretRow(Owned, Base):
    __tablename__ = "mail_secrets"
    __table_args__ = (
        UniqueConstraint("owner_id", "purpose", name="uq_mail_secrets_owner_id_purpose"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    purpose: Mapped[str] = mapped_column(String(16))
    key_id: Mapped[str] = mapped_column(String(16))
    nonce: Mapped[bytes] = mapped_column(LargeBinary)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime]


def find_account(session: Session) -> MailAccountRow | None:
    """The acting user's mail account (the session is scoped to them)."""
    return session.scalar(select(MailAccountRow))


def record_check(session: Session, *, error: str | None, now: datetime) -> None:
    """Keep the outcome of a connection test on the acting user's account."""
    row = find_account(session)
    if row is not None:
        row.checked_at, row.last_error = now, error


def last_sync(session: Session) -> datetime | None:
    """When the acting user's mailbox was last read (any folder), or None."""
    from sqlalchemy import func

    from unghost.store.models import MailboxStateRow

    return session.scalar(select(func.max(MailboxStateRow.synced_at)))


def delete_account(session: Session) -> bool:
    """Remove the acting user's mail account and its sealed passwords; whether there was one."""
    row = find_account(session)
    for secret in find_secrets(session).values():
        session.delete(secret)
    if row is None:
        return False
    session.delete(row)
    return True


def find_secrets(session: Session) -> dict[str, MailSecretRow]:
    return {row.purpose: row for row in session.scalars(select(MailSecretRow))}


def save_account(session: Session, *, imap_url: str | None, smtp_url: str | None,
                 sender: str | None, now: datetime) -> MailAccountRow:  # fmt: skip
    row = find_account(session)
    if row is None:
        row = MailAccountRow(updated_at=now)
        session.add(row)
    row.imap_url, row.smtp_url, row.sender, row.updated_at = imap_url, smtp_url, sender, now
    return row


def save_secret(session: Session, purpose: str, *, key_id: str, nonce: bytes, ciphertext: bytes,
                now: datetime) -> None:  # fmt: skip
    row = find_secrets(session).get(purpose)
    if row is None:
        row = MailSecretRow(purpose=purpose, key_id=key_id, nonce=nonce, ciphertext=ciphertext,
                            updated_at=now)  # fmt: skip
        session.add(row)
        return
    row.key_id, row.nonce, row.ciphertext, row.updated_at = key_id, nonce, ciphertext, now


def delete_secret(session: Session, purpose: str) -> None:
    row = find_secrets(session).get(purpose)
    if row is not None:
        session.delete(row)


def owners_with(conn: Connection, user_ids: list[int], what: str) -> list[int]:
    """Of `user_ids`, those whose workspace has `what` to do ("mailbox": a mail account with
    IMAP; "outbox": a queued message, or one in `sending` that a pass may have to settle; "postings": an open application with a posting URL).

    One transaction, the acting user switched per person (row-level security shows each only
    their own rows), so the scheduler never needs a role that sees everyone's."""
    from sqlalchemy import exists, text

    from unghost.domain.records import Status
    from unghost.store.models import ApplicationRow, OutboxRow

    closed = [s.value for s in Status if s.is_closed]
    probes: dict[str, tuple[Any, tuple[Any, ...]]] = {
        "mailbox": (MailAccountRow, (MailAccountRow.imap_url.is_not(None),)),
        "outbox": (OutboxRow, (OutboxRow.state.in_(("queued", "sending")),)),
        "postings": (
            ApplicationRow,
            (ApplicationRow.posting_url.is_not(None), ApplicationRow.status.not_in(closed)),
        ),
    }
    model, conditions = probes[what]
    postgres = conn.dialect.name == "postgresql"
    found = []
    for user_id in user_ids:
        if postgres:
            conn.execute(text("SELECT set_config('app.user_id', :u, true)"), {"u": str(user_id)})
        if conn.scalar(select(exists().where(model.owner_id == user_id, *conditions))):
            found.append(user_id)
    return found
