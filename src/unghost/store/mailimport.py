"""What the mail import writes: a batch's mailbox rows, the messages it records on applications
(once by Message-ID, one version bump per touched application) and its proposals; and the keys
of the messages stored already, so a message is stored once whatever the source.

The batch is a few multi-row statements, not a load and re-save of each application through
the ORM; services/mailstore.py decides what each message changes and calls these."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from unghost.domain.records import Message
from unghost.store.fastinsert import insert_rows
from unghost.store.ids import reserve_ids
from unghost.store.mapping import message_values
from unghost.store.models import ApplicationRow, MailMessageRow, MessageRow, ProposalRow

_MAIL_TABLE: Any = MailMessageRow.__table__


def list_source_keys(session: Session) -> set[str]:
    """The identity (Message-ID + content hash) of every stored mailbox message."""
    return set(session.scalars(select(MailMessageRow.source_key)))


def reserve_mail_ids(session: Session, count: int) -> list[int]:
    """`count` fresh mailbox row ids, so a batch is one executemany, not a RETURNING per row."""
    return reserve_ids(session, _MAIL_TABLE, count)


def insert_mail_rows(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Insert mailbox rows: dicts of column values with the same keys, their ids included."""
    insert_rows(session, _MAIL_TABLE, rows)


def insert_proposals(session: Session, proposals: list[dict[str, Any]]) -> None:
    """Insert the proposals (column values) a batch leaves for review."""
    if proposals:
        session.execute(insert(ProposalRow), proposals)


def record_messages(session: Session, wanted: list[tuple[int, Message]], now: datetime) -> None:
    """Add each message to its application once (by Message-ID), and bump those applications.

    The version bump comes first: on PostgreSQL it locks the applications' rows, so a writer
    that read one meanwhile conflicts, and the check for Message-IDs already there sees theirs.
    """
    if not wanted:
        return
    touched = sorted({app_id for app_id, _ in wanted})
    session.execute(
        update(ApplicationRow)
        .where(ApplicationRow.id.in_(touched))
        .values(version=ApplicationRow.version + 1, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    ids = sorted({m.message_id for _, m in wanted if m.message_id})
    present: set[tuple[int, str | None]] = set()
    if ids:
        present = {
            (app_id, message_id)
            for app_id, message_id in session.execute(
                select(MessageRow.application_id, MessageRow.message_id).where(
                    MessageRow.application_id.in_(touched), MessageRow.message_id.in_(ids)
                )
            )
        }
    rows = []
    for app_id, message in wanted:
        if message.message_id:
            if (app_id, message.message_id) in present:
                continue
            present.add((app_id, message.message_id))
        rows.append({"application_id": app_id, **message_values(message)})
    if rows:
        session.execute(insert(MessageRow), rows)
