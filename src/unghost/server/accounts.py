"""People of a server: institutions, users and their roles, caseloads, passwords."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from unghost.errors import ConflictError, InvalidInputError, NotFoundError
from unghost.server.audit import record
from unghost.server.passwords import hash_password
from unghost.store.people import AssignmentRow, InstitutionRow, UserRow

SERVER_ROLES = ("admin", "counsellor", "student")  # `local` is the laptop's owner only
LANGS = ("en", "zh")


def normalise_email(email: str) -> str:
    from email_validator import EmailNotValidError, validate_email

    try:
        checked = validate_email(email.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        raise InvalidInputError(f"{email!r} is not an email address: {exc}") from None
    return checked.normalized.lower()


def add_institution(session: Session, name: str, *, now: datetime) -> InstitutionRow:
    row = InstitutionRow(name=name.strip() or "unghost", created_at=now)
    session.add(row)
    session.flush()
    return row


def find_institution(session: Session) -> InstitutionRow | None:
    """The server's institution (one per database for now: the first)."""
    return session.scalar(select(InstitutionRow).order_by(InstitutionRow.id).limit(1))


def add_user(
    session: Session, *, email: str, role: str, institution_id: int | None, now: datetime,
    name: str | None = None, lang: str = "en", password: str | None = None,
) -> UserRow:  # fmt: skip
    """A new user; without a password they sign in after a reset mail (or not at all)."""
    if role not in SERVER_ROLES:
        raise InvalidInputError(f"no role {role!r}", hint=f"one of {', '.join(SERVER_ROLES)}")
    if lang not in LANGS:
        raise InvalidInputError(f"no language {lang!r}", hint="en or zh")
    address = normalise_email(email)
    if find_user(session, address) is not None:
        raise ConflictError(f"there is already a user {address}")
    row = UserRow(
        email=address, role=role, institution_id=institution_id, name=name, lang=lang,
        password_hash=hash_password(password) if password is not None else None,
        password_changed_at=now if password is not None else None,
        disabled=False, failed_logins=0, created_at=now,
    )  # fmt: skip
    session.add(row)
    session.flush()
    return row


def find_user(session: Session, email: str) -> UserRow | None:
    return session.scalar(select(UserRow).where(UserRow.email == email.strip().lower()))


def get_user(session: Session, email_or_id: str | int) -> UserRow:
    row: UserRow | None
    if isinstance(email_or_id, int) or str(email_or_id).isdecimal():
        row = session.get(UserRow, int(email_or_id))
    else:
        row = find_user(session, str(email_or_id))
    if row is None or row.role == "local":
        raise NotFoundError(f"no user {email_or_id!r}", hint="`unghost server user list`")
    return row


def list_users(session: Session) -> list[UserRow]:
    return list(session.scalars(
        select(UserRow).where(UserRow.role != "local").order_by(UserRow.id)
    ))  # fmt: skip


def set_password(session: Session, user: UserRow, password: str, *, now: datetime) -> None:
    """A new password ends every session of the user (ASVS 5.0 V7.4.3)."""
    from unghost.server.sessions import end_sessions

    user.password_hash = hash_password(password)
    user.password_changed_at = now
    user.failed_logins = 0
    user.locked_until = None
    end_sessions(session, user.id)
    session.flush()


def set_disabled(
    session: Session, user: UserRow, *, disabled: bool, actor_id: int | None, now: datetime
) -> None:
    """A disabled user is signed out everywhere and their API tokens stop working."""
    from unghost.server.sessions import end_sessions
    from unghost.server.tokens import revoke_all

    user.disabled = disabled
    if disabled:
        end_sessions(session, user.id)
        revoke_all(session, user.id, now=now)
    record(session, actor_id=actor_id, subject_id=user.id, now=now,
           action="user.disable" if disabled else "user.enable")  # fmt: skip
    session.flush()


def assign(
    session: Session, counsellor: UserRow, student: UserRow, *, actor_id: int | None,
    now: datetime,
) -> bool:  # fmt: skip
    """Put `student` on `counsellor`'s caseload; False when already there."""
    if counsellor.role != "counsellor":
        raise InvalidInputError(f"{counsellor.email} is not a counsellor ({counsellor.role})")
    if student.role != "student":
        raise InvalidInputError(f"{student.email} is not a student ({student.role})")
    if counsellor.institution_id != student.institution_id:
        raise InvalidInputError("the counsellor and the student are of different institutions")
    if session.get(AssignmentRow, (counsellor.id, student.id)) is not None:
        return False
    session.add(AssignmentRow(counsellor_id=counsellor.id, student_id=student.id, created_at=now))
    record(session, actor_id=actor_id, subject_id=student.id, action="assignment.add",
           detail=counsellor.email, now=now)  # fmt: skip
    session.flush()
    return True


def unassign(
    session: Session, counsellor: UserRow, student: UserRow, *, actor_id: int | None,
    now: datetime,
) -> bool:  # fmt: skip
    gone = session.execute(
        delete(AssignmentRow).where(
            AssignmentRow.counsellor_id == counsellor.id, AssignmentRow.student_id == student.id
        )
    ).rowcount  # type: ignore[attr-defined]
    if gone:
        record(session, actor_id=actor_id, subject_id=student.id, action="assignment.remove",
               detail=counsellor.email, now=now)  # fmt: skip
    return bool(gone)


def caseload(session: Session, counsellor_id: int) -> list[UserRow]:
    return list(session.scalars(
        select(UserRow).join(AssignmentRow, AssignmentRow.student_id == UserRow.id)
        .where(AssignmentRow.counsellor_id == counsellor_id).order_by(UserRow.id)
    ))  # fmt: skip


def user_dict(user: UserRow) -> dict[str, object]:
    return {"id": user.id, "email": user.email, "name": user.name, "role": user.role,
            "lang": user.lang, "disabled": user.disabled,
            "can_sign_in": user.password_hash is not None and not user.disabled}  # fmt: skip
