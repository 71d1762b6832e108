"""Reading one part of every application at once: interviews ahead, contacts, searchable words.

The overview, the contacts page and the list's text search read these across the whole
pipeline without loading whole applications (store/repository.py loads those)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from unghost.store.models import ApplicationRow, CompanyRow, ContactRow, EventRow, InterviewRow


def list_upcoming_interviews(
    session: Session, since: date, limit: int
) -> list[tuple[str, str, datetime, int]]:
    """(ref, company, UTC time, offset in minutes) of the next `limit` interviews from `since`."""
    query = (
        select(
            ApplicationRow.ref, CompanyRow.name, InterviewRow.at_utc, InterviewRow.utc_offset_min
        )
        .join(ApplicationRow, InterviewRow.application_id == ApplicationRow.id)
        .join(CompanyRow, ApplicationRow.company_id == CompanyRow.id)
        .where(InterviewRow.at_utc >= since)
        .order_by(InterviewRow.at_utc)
        .limit(limit)
    )
    return [(ref, company, at, offset) for ref, company, at, offset in session.execute(query)]


def list_contact_rows(session: Session) -> list[tuple[ContactRow, str, str, str]]:
    """Every contact row with its application's ref, company and title, in record order."""
    query = (
        select(ContactRow, ApplicationRow.ref, CompanyRow.name, ApplicationRow.title)
        .join(ApplicationRow, ContactRow.application_id == ApplicationRow.id)
        .join(CompanyRow, ApplicationRow.company_id == CompanyRow.id)
        .order_by(ContactRow.application_id, ContactRow.position)
    )
    return [(row, ref, company, title) for row, ref, company, title in session.execute(query)]


def list_search_words(session: Session) -> dict[int, list[str]]:
    """Each application's words beyond company and title, by id: its notes, its contacts'
    names, emails and roles, and the notes of its history."""
    conn = session.connection()
    parts: dict[int, list[str]] = {}
    for id_, text in conn.execute(select(ApplicationRow.id, ApplicationRow.notes)):
        parts[id_] = [text] if text else []
    contacts = select(ContactRow.application_id, ContactRow.name, ContactRow.email, ContactRow.role)
    for id_, *values in conn.execute(contacts):
        parts.setdefault(id_, []).extend(v for v in values if v)
    history = select(EventRow.application_id, EventRow.note).where(EventRow.note.is_not(None))
    for id_, note in conn.execute(history):
        parts.setdefault(id_, []).append(note or "")
    return parts
