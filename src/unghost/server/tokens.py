"""Personal API tokens: shown once, kept as their SHA-256, revocable."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from unghost.errors import NotFoundError
from unghost.server.policy import auth_value
from unghost.server.sessions import digest, new_secret
from unghost.store.people import ApiTokenRow, UserRow


def create_token(
    session: Session, user: UserRow, name: str, *, now: datetime
) -> tuple[ApiTokenRow, str]:
    """A new token for `user`: the row, and the secret (never stored, shown this once)."""
    secret = auth_value("api_token", "prefix") + new_secret(auth_value("api_token", "token_bytes"))
    row = ApiTokenRow(user_id=user.id, name=name.strip()[:100] or "token",
                      token_hash=digest(secret), created_at=now)  # fmt: skip
    session.add(row)
    session.flush()
    return row, secret


def resolve_token(session: Session, secret: str | None, *, now: datetime) -> UserRow | None:
    if not secret or len(secret) > 200:
        return None
    row = session.scalar(select(ApiTokenRow).where(ApiTokenRow.token_hash == digest(secret)))
    if row is None or row.revoked_at is not None:
        return None
    user = session.get(UserRow, row.user_id)
    if user is None or user.disabled:
        return None
    row.last_used_at = now
    return user


def list_tokens(session: Session, user_id: int) -> list[ApiTokenRow]:
    return list(session.scalars(
        select(ApiTokenRow).where(ApiTokenRow.user_id == user_id).order_by(ApiTokenRow.id)
    ))  # fmt: skip


def revoke_token(session: Session, user_id: int, token_id: int, *, now: datetime) -> None:
    row = session.get(ApiTokenRow, token_id)
    if row is None or row.user_id != user_id:  # another's token is not found, not forbidden
        raise NotFoundError(f"no API token {token_id}")
    if row.revoked_at is None:
        row.revoked_at = now


def revoke_all(session: Session, user_id: int, *, now: datetime) -> None:
    session.execute(
        update(ApiTokenRow)
        .where(ApiTokenRow.user_id == user_id, ApiTokenRow.revoked_at.is_(None))
        .values(revoked_at=now)
    )
