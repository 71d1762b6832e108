"""The evidence rows of applications: contact checks, posting looks and mail signals read
together, and an application's contact check replaced (the last check is the evidence).

The rows come back as plain tuples, the shape store/fastrecord.py reads with the driver, so
services/evidence.py turns either into the domain's evidence the same way."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from unghost.store.ids import in_chunks
from unghost.store.models import ContactCheckRow, MailMessageRow, PostingCheckRow

Checks = list[tuple[int, Any, datetime]]  # application id, findings, checked at
Looks = list[tuple[int, datetime, str, bool]]  # application id, checked at, state, confirmed
Mail = list[tuple[int, datetime | None, Any]]  # application id, sent at, signals


def load_evidence_rows(session: Session, app_ids: Sequence[int]) -> tuple[Checks, Looks, Mail]:
    """The contact checks, posting looks (in time order) and mail of `app_ids`."""
    checks: Checks = []
    looks: Looks = []
    mail: Mail = []
    for chunk in in_chunks(app_ids):  # each application's rows come from one chunk
        c = select(ContactCheckRow).where(ContactCheckRow.application_id.in_(chunk))
        checks.extend((r.application_id, r.findings, r.checked_at) for r in session.scalars(c))
        p = PostingCheckRow
        looks.extend(
            (a, at, state, confirmed)
            for a, at, state, confirmed in session.execute(
                select(p.application_id, p.checked_at, p.state, p.confirmed)
                .where(p.application_id.in_(chunk))
                .order_by(p.checked_at)
            )
        )
        m = MailMessageRow
        mail.extend(
            (a, sent_at, signals)
            for a, sent_at, signals in session.execute(
                select(m.application_id, m.sent_at, m.signals).where(m.application_id.in_(chunk))
            )
        )
    return checks, looks, mail


def find_last_contact_check_row(session: Session, application_id: int) -> ContactCheckRow | None:
    """The application's last contact check, or None if it was never checked."""
    return session.scalars(
        select(ContactCheckRow)
        .where(ContactCheckRow.application_id == application_id)
        .order_by(ContactCheckRow.checked_at.desc())
        .limit(1)
    ).first()


def replace_contact_check(
    session: Session, application_id: int | None, findings: list[dict[str, Any]], at: datetime
) -> None:
    """Keep this check of the application's contact details in place of the one before."""
    session.execute(delete(ContactCheckRow).where(ContactCheckRow.application_id == application_id))
    session.add(ContactCheckRow(application_id=application_id, findings=findings, checked_at=at))
