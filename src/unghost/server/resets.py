"""Password reset: a single-use, expiring token mailed over SMTP; kept as its SHA-256."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from unghost.errors import AuthenticationError, MailError
from unghost.server.accounts import set_password
from unghost.server.audit import record
from unghost.server.policy import auth_value
from unghost.server.sessions import digest, new_secret
from unghost.store.people import PasswordResetRow, UserRow

if TYPE_CHECKING:
    from unghost.mail.accounts import MailAccount

RESET_PATH = "/reset"
UNUSABLE = "this reset link was used already, has expired or is unknown"


def request_reset(session: Session, email: str, *, now: datetime) -> tuple[UserRow, str] | None:
    """A reset token for the user of `email`; None for an unknown or disabled one (the page
    says the same either way, so it tells nobody who has an account)."""
    user = session.scalar(select(UserRow).where(UserRow.email == email.strip().lower()))
    if user is None or user.disabled or user.role == "local":
        return None
    token = new_secret(auth_value("reset", "token_bytes"))
    lifetime = timedelta(seconds=auth_value("reset", "lifetime_s"))
    session.add(PasswordResetRow(token_hash=digest(token), user_id=user.id, created_at=now,
                                 expires_at=now + lifetime))  # fmt: skip
    record(session, actor_id=None, subject_id=user.id, action="password.reset-requested", now=now)
    session.flush()
    return user, token


def complete_reset(session: Session, token: str, password: str, *, now: datetime) -> UserRow:
    """Set the new password; the token and every other of the user's tokens are spent, and
    every session ends."""
    row = session.get(PasswordResetRow, digest(token)) if token and len(token) < 200 else None
    if row is None or row.used_at is not None or row.expires_at <= now:
        raise AuthenticationError(UNUSABLE, hint="ask for a new link on the sign-in page")
    user = session.get(UserRow, row.user_id)
    if user is None or user.disabled:
        raise AuthenticationError(UNUSABLE, hint="ask for a new link on the sign-in page")
    set_password(session, user, password, now=now)
    session.execute(
        update(PasswordResetRow)
        .where(PasswordResetRow.user_id == user.id, PasswordResetRow.used_at.is_(None))
        .values(used_at=now)
    )
    record(session, actor_id=user.id, subject_id=user.id, action="password.reset", now=now)
    session.flush()
    return user


def reset_message(
    user: UserRow, token: str, *, base_url: str, sender: str, now: datetime
) -> EmailMessage:
    """The reset mail in the user's language."""
    from unghost.web.i18n import translate

    link = f"{base_url.rstrip('/')}{RESET_PATH}?token={token}"
    minutes = auth_value("reset", "lifetime_s") // 60
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = user.email
    msg["Subject"] = translate(user.lang, "server.reset_mail.subject")
    msg["Date"] = format_datetime(now.replace(tzinfo=UTC))
    msg["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[-1].strip("> "))
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(translate(user.lang, "server.reset_mail.body", link=link, minutes=minutes))
    return msg


def send_reset(msg: EmailMessage, account: MailAccount) -> None:
    """Send the reset mail once; MailError when it did not go."""
    from unghost.domain.outbox import OutboxState
    from unghost.mail.smtp import send_message

    result = send_message(msg, account)
    if result.outcome is not OutboxState.SENT:
        raise MailError(f"the reset mail did not go: {result.message}")
