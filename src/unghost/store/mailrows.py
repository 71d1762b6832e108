"""The stored mailbox messages as the mail pages and commands read them: each with the ref of
the application it is linked to (or None), and the link the user makes by hand."""

from __future__ import annotations

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from unghost.store.models import ApplicationRow, MailMessageRow, ProposalRow

MailWithRef = tuple[MailMessageRow, str | None]


def _with_ref() -> Select[MailMessageRow, str]:
    return select(MailMessageRow, ApplicationRow.ref).outerjoin(
        ApplicationRow, MailMessageRow.application_id == ApplicationRow.id
    )


def list_in_order(
    session: Session, *, application_id: int | None = None, unmatched: bool = False
) -> list[MailWithRef]:
    """Messages by the time they were sent (then id): of one application, or those linked to
    none that are not `unrelated` (`unmatched`), or all."""
    query = _with_ref().order_by(MailMessageRow.sent_at, MailMessageRow.id)
    if application_id is not None:
        query = query.where(MailMessageRow.application_id == application_id)
    if unmatched:
        query = query.where(
            MailMessageRow.application_id.is_(None), MailMessageRow.label != "unrelated"
        )
    return [(m, ref) for m, ref in session.execute(query)]


def find_page(
    session: Session, *, application_id: int | None, words: list[str], limit: int, offset: int
) -> tuple[list[MailWithRef], int]:
    """One page of messages, newest first, and the count of all that match: of one application
    if given, each word found (ignoring case) in the subject, sender address or sender name."""
    m = MailMessageRow
    where = []
    if application_id is not None:
        where.append(m.application_id == application_id)
    for word in words:
        pattern = f"%{word.lower()}%"
        where.append(or_(func.lower(m.subject).like(pattern), m.from_addr.like(pattern),
                         func.lower(m.from_name).like(pattern)))  # fmt: skip
    total = session.scalar(select(func.count()).select_from(m).where(*where)) or 0
    rows = session.execute(
        _with_ref()
        .where(*where)
        .order_by(m.sent_at.desc(), m.id.desc())
        .limit(limit)
        .offset(offset)
    ).all()
    return [(row, ref) for row, ref in rows], int(total)


def find_with_ref(session: Session, mail_id: int) -> MailWithRef | None:
    found = session.execute(_with_ref().where(MailMessageRow.id == mail_id)).first()
    return (found[0], found[1]) if found is not None else None


def find_for_proposals(
    session: Session, proposal_ids: list[int]
) -> list[tuple[int, MailMessageRow, str | None]]:
    """(proposal id, its stored message, that message's application ref) for each proposal
    that came from a message still stored."""
    rows = session.execute(
        select(ProposalRow.id, MailMessageRow, ApplicationRow.ref)
        .join(MailMessageRow, ProposalRow.mail_message_id == MailMessageRow.id)
        .outerjoin(ApplicationRow, MailMessageRow.application_id == ApplicationRow.id)
        .where(ProposalRow.id.in_(proposal_ids))
    ).all()
    return [(pid, m, ref) for pid, m, ref in rows]


def find(session: Session, mail_id: int) -> MailMessageRow | None:
    return session.get(MailMessageRow, mail_id)


def link_by_hand(mail: MailMessageRow, application_id: int) -> None:
    """Link the message to the application the user named: sure, and said by the user."""
    mail.application_id, mail.match_method, mail.match_confidence = application_id, "user", 1.0
