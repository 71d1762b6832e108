"""The audit log: every read of another person's data, and every change to an account."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from unghost.errors import ForbiddenError
from unghost.store.people import AssignmentRow, AuditRow, UserRow

# Every action the log records (`AuditRow.action`); the pages show each in words
# (`code.audit_action` in the locale files) and a test keeps the three in step.
ACTIONS = (
    "read", "user.add", "user.add.oidc", "user.disable", "user.enable", "user.delete",
    "assignment.add", "assignment.remove", "password.reset-requested", "password.reset",
    "login.oidc", "note.add", "outcome.set", "share.on", "share.off", "flag.seen",
    "flag.contacted", "mail_account.set", "mail_account.removed", "retention.apply",
)  # fmt: skip


def record(
    session: Session, *, actor_id: int | None, subject_id: int | None, action: str,
    now: datetime, detail: str | None = None,
) -> None:  # fmt: skip
    session.add(AuditRow(at=now, actor_id=actor_id, subject_id=subject_id, action=action,
                         detail=detail))  # fmt: skip


def may_read(session: Session, actor: UserRow, subject_id: int) -> bool:
    """The actor themself; an admin of the subject's institution; an assigned counsellor."""
    if actor.disabled:
        return False
    if actor.id == subject_id:
        return True
    subject = session.get(UserRow, subject_id)
    if subject is None or subject.institution_id != actor.institution_id:
        return False
    if actor.role == "admin":
        return True
    return actor.role == "counsellor" and (
        session.get(AssignmentRow, (actor.id, subject_id)) is not None
    )


def check_read(
    session: Session, actor: UserRow, subject_id: int, *, what: str, now: datetime
) -> None:
    """ForbiddenError unless the actor may read the subject's data; a read of another
    person's data is logged before anything is read."""
    if not may_read(session, actor, subject_id):
        raise ForbiddenError("you may not see this person's data")
    if actor.id != subject_id:
        record(session, actor_id=actor.id, subject_id=subject_id, action="read", detail=what,
               now=now)  # fmt: skip


def list_audit(session: Session, *, user_id: int | None = None, limit: int = 200) -> list[AuditRow]:
    """The newest entries first; with `user_id`, those by or about that user."""
    query = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
    if user_id is not None:
        query = query.where(or_(AuditRow.actor_id == user_id, AuditRow.subject_id == user_id))
    return list(session.scalars(query))


def readers_of(session: Session, student_id: int) -> list[UserRow]:
    """Who else can see the student's data: their counsellors and the institution's admins."""
    student = session.get(UserRow, student_id)
    if student is None:
        return []
    counsellors = select(AssignmentRow.counsellor_id).where(AssignmentRow.student_id == student_id)
    return list(session.scalars(
        select(UserRow).where(
            UserRow.institution_id == student.institution_id, UserRow.disabled.is_(False),
            or_(UserRow.role == "admin", UserRow.id.in_(counsellors)),
        ).order_by(UserRow.id)
    ))  # fmt: skip
