"""Where an IMAP sync stopped: per account and folder, the UIDVALIDITY and the last UID seen."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from unghost.store.models import MailboxStateRow


def _find(session: Session, account: str, folder: str) -> MailboxStateRow | None:
    return session.scalar(
        select(MailboxStateRow).where(
            MailboxStateRow.account == account, MailboxStateRow.folder == folder
        )
    )


def find_folder_state(session: Session, account: str, folder: str) -> tuple[int, int] | None:
    """(UIDVALIDITY, last UID) the folder's last sync stopped at, or None if never synced."""
    row = _find(session, account, folder)
    return (row.uidvalidity, row.last_uid) if row else None


def save_folder_state(
    session: Session, account: str, folder: str, *, uidvalidity: int, last_uid: int, now: datetime
) -> None:
    """Keep where the folder's sync stopped, and when (the row is made on the first sync)."""
    row = _find(session, account, folder)
    if row is None:
        row = MailboxStateRow(account=account, folder=folder, synced_at=now,
                              uidvalidity=uidvalidity, last_uid=0)  # fmt: skip
        session.add(row)
    row.uidvalidity, row.last_uid, row.synced_at = uidvalidity, last_uid, now
