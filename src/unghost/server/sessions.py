"""Server-side sessions: a random id in the cookie, its SHA-256 in PostgreSQL, two timeouts."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from unghost.server.policy import auth_value
from unghost.store.people import PreferencesRow, SessionRow, UserRow

HANDLE_CHARS = 16  # a session is named to its user by the start of its hash, never its id


def new_secret(nbytes: int) -> str:
    return secrets.token_urlsafe(nbytes)


def digest(secret: str) -> str:
    """What is stored of a secret: a leaked table gives no one a session, a token or a reset."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class SessionInfo:
    handle: str
    created_at: datetime
    seen_at: datetime
    user_agent: str | None
    address: str | None
    current: bool

    def to_dict(self) -> dict[str, Any]:
        return {"handle": self.handle, "created_at": self.created_at.isoformat() + "Z",
                "seen_at": self.seen_at.isoformat() + "Z", "user_agent": self.user_agent,
                "address": self.address, "current": self.current}  # fmt: skip


def start_session(
    session: Session, user: UserRow, *, now: datetime, user_agent: str | None = None,
    address: str | None = None, replacing: str | None = None,
) -> str:  # fmt: skip
    """A new session id for `user` (a new one at every sign-in: the id a browser had before
    signing in is ended, ASVS 5.0 V7.2.4). Returns the id for the cookie."""
    if replacing:
        end_session(session, replacing)
    token = new_secret(auth_value("session", "id_bytes"))
    session.add(SessionRow(id_hash=digest(token), user_id=user.id, created_at=now, seen_at=now,
                           user_agent=(user_agent or "")[:300] or None,
                           address=(address or "")[:64] or None))  # fmt: skip
    session.flush()
    return token


def expired(row: SessionRow, now: datetime) -> bool:
    idle = timedelta(seconds=auth_value("session", "idle_timeout_s"))
    absolute = timedelta(seconds=auth_value("session", "absolute_timeout_s"))
    return now - row.seen_at > idle or now - row.created_at > absolute


def resolve_session(session: Session, token: str | None, *, now: datetime) -> UserRow | None:
    """The signed-in user of a cookie's id, or None (unknown, timed out, user disabled);
    a timed-out session is deleted. The idle clock is written at most once a minute."""
    found = signed_in(session, token, now=now)
    return found[0] if isinstance(found, tuple) else None


NEEDS_WRITE = "needs-write"  # signed_in's answer when only a write transaction can answer


def signed_in(
    session: Session, token: str | None, *, now: datetime, read_only: bool = False
) -> tuple[UserRow, PreferencesRow | None] | str | None:
    """resolve_session's user with their preferences row, read in one statement: every
    request of the server asks this first. With `read_only`, a session that must be deleted
    (timed out, user disabled) or touched (the idle clock) answers NEEDS_WRITE instead: the
    caller asks again in a write transaction, which most requests never need."""
    if not token or len(token) > 200:
        return None
    found = session.execute(
        select(SessionRow, UserRow, PreferencesRow)
        .join(UserRow, UserRow.id == SessionRow.user_id)
        .outerjoin(PreferencesRow, PreferencesRow.user_id == UserRow.id)
        .where(SessionRow.id_hash == digest(token))
    ).first()  # fmt: skip
    if found is None:
        return None
    row, user, preferences = found
    gone = expired(row, now) or user.disabled
    touch = now - row.seen_at > timedelta(seconds=auth_value("session", "touch_every_s"))
    if read_only and (gone or touch):
        return NEEDS_WRITE
    if gone:
        session.delete(row)
        session.flush()
        return None
    if touch:
        row.seen_at = now
    return user, preferences


def end_session(session: Session, token: str) -> bool:
    return bool(session.execute(
        delete(SessionRow).where(SessionRow.id_hash == digest(token))
    ).rowcount)  # type: ignore[attr-defined]  # fmt: skip


def end_sessions(session: Session, user_id: int, *, keep: str | None = None) -> int:
    """End every session of the user, but the one of `keep` (a cookie id) when given."""
    query = delete(SessionRow).where(SessionRow.user_id == user_id)
    if keep:
        query = query.where(SessionRow.id_hash != digest(keep))
    return int(session.execute(query).rowcount)  # type: ignore[attr-defined]


def list_sessions(
    session: Session, user_id: int, *, now: datetime, current: str | None = None
) -> list[SessionInfo]:
    """The user's live sessions, newest first (ASVS 5.0 V7.5.2)."""
    mine = digest(current) if current else None
    rows = session.scalars(
        select(SessionRow).where(SessionRow.user_id == user_id)
        .order_by(SessionRow.created_at.desc())
    )  # fmt: skip
    return [
        SessionInfo(
            row.id_hash[:HANDLE_CHARS],
            row.created_at,
            row.seen_at,
            row.user_agent,
            row.address,
            row.id_hash == mine,
        )
        for row in rows
        if not expired(row, now)
    ]


def end_session_by_handle(session: Session, user_id: int, handle: str) -> bool:
    """End one of the user's own sessions, named by its handle; another's is never found."""
    if len(handle) != HANDLE_CHARS or not all(c in "0123456789abcdef" for c in handle):
        return False
    return bool(session.execute(
        delete(SessionRow).where(SessionRow.user_id == user_id,
                                 SessionRow.id_hash.startswith(handle, autoescape=True))
    ).rowcount)  # type: ignore[attr-defined]  # fmt: skip
