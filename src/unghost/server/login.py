"""Signing in: one answer for every refusal, a lockout per account, a limit per address.

`sign_in` returns its outcome instead of raising, so the caller commits the failure counts
before it reports the refusal (an exception would roll them back with the transaction)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from unghost.server.passwords import hash_password, needs_rehash, verify_password
from unghost.server.policy import auth_value
from unghost.server.sessions import start_session
from unghost.store.people import LoginAttemptRow, UserRow

REFUSED = "wrong email or password, or the account is locked for a while"
THROTTLED = "too many failed sign-ins from your network; wait a few minutes"


@dataclass(frozen=True, slots=True)
class SignIn:
    user: UserRow | None  # None: refused
    token: str | None  # the new session's id, for the cookie
    refusal: str | None = None  # the one message a refused person sees
    minutes: int = 0  # how long to wait before trying again, when it is known


def sign_in(
    session: Session, email: str, password: str, *, now: datetime,
    address: str | None = None, user_agent: str | None = None, replacing: str | None = None,
) -> SignIn:  # fmt: skip
    key = email.strip().lower()[:320]
    window = timedelta(seconds=auth_value("lockout", "address_window_s"))
    if address and _failures_from(session, address, now - window) >= auth_value(
        "lockout", "address_failures"
    ):
        return SignIn(None, None, THROTTLED, int(window.total_seconds() // 60))
    user = session.scalar(select(UserRow).where(UserRow.email == key))
    if user is not None and user.locked_until is not None and user.locked_until > now:
        verify_password(None, password)  # the same time as any other refusal
        _failed(session, key, address, now)
        return SignIn(None, None, REFUSED)
    usable = user is not None and not user.disabled and user.role != "local"
    if not verify_password(user.password_hash if usable and user else None, password):
        _failed(session, key, address, now)
        if usable and user is not None:
            user.failed_logins += 1
            if user.failed_logins >= auth_value("lockout", "max_failures"):
                user.locked_until = now + timedelta(seconds=auth_value("lockout", "lock_s"))
                user.failed_logins = 0
        return SignIn(None, None, REFUSED)
    assert user is not None and user.password_hash is not None
    user.failed_logins = 0
    user.locked_until = None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    token = start_session(session, user, now=now, user_agent=user_agent, address=address,
                          replacing=replacing)  # fmt: skip
    return SignIn(user, token)


def _failures_from(session: Session, address: str, since: datetime) -> int:
    return session.scalar(
        select(func.count(LoginAttemptRow.id))
        .where(LoginAttemptRow.address == address, LoginAttemptRow.at > since)
    ) or 0  # fmt: skip


def _failed(session: Session, email: str, address: str | None, now: datetime) -> None:
    session.add(LoginAttemptRow(email=email, address=(address or "")[:64] or None, at=now))
    # the table keeps only what a limit can still count
    horizon = now - timedelta(seconds=auth_value("lockout", "address_window_s"))
    session.execute(delete(LoginAttemptRow).where(LoginAttemptRow.at < horizon))
    session.flush()
