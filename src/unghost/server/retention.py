"""Data retention: audit entries, disabled accounts (with everything of theirs) and failed
sign-ins older than data/server_retention.toml says (or the admin's own numbers)."""

from __future__ import annotations

import tomllib
from datetime import datetime, timedelta
from functools import cache
from importlib import resources

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from unghost.errors import InvalidInputError
from unghost.server.audit import record
from unghost.store.people import AuditRow, LoginAttemptRow, UserRow

KINDS = ("audit_log_days", "disabled_account_days", "login_attempts_days")


@cache
def defaults() -> dict[str, int]:
    text = resources.files("unghost.data").joinpath("server_retention.toml").read_text("utf-8")
    table = tomllib.loads(text)
    return {k: int(table[k]["value"]) for k in KINDS}


def apply_retention(
    session: Session, *, now: datetime, days: dict[str, int] | None = None, apply: bool = False
) -> dict[str, int]:
    """How many rows each rule reaches; with `apply`, deleted (and the purge logged)."""
    limits = {**defaults(), **(days or {})}
    if any(v < 1 for v in limits.values()):
        raise InvalidInputError("retention periods are at least one day")
    audit_before = now - timedelta(days=limits["audit_log_days"])
    users_before = now - timedelta(days=limits["disabled_account_days"])
    attempts_before = now - timedelta(days=limits["login_attempts_days"])
    # a disabled account's last change is its newest audit entry (user.disable)
    last_change = (select(AuditRow.subject_id, func.max(AuditRow.at).label("at"))
                   .group_by(AuditRow.subject_id).subquery())  # fmt: skip
    stale_users = list(session.scalars(
        select(UserRow.id).outerjoin(last_change, last_change.c.subject_id == UserRow.id)
        .where(UserRow.disabled.is_(True), UserRow.role == "student",
               func.coalesce(last_change.c.at, UserRow.created_at) < users_before)
    ))  # fmt: skip
    counts = {
        "audit_entries": int(session.scalar(
            select(func.count()).select_from(AuditRow).where(AuditRow.at < audit_before)) or 0),
        "disabled_accounts": len(stale_users),
        "login_attempts": int(session.scalar(
            select(func.count()).select_from(LoginAttemptRow)
            .where(LoginAttemptRow.at < attempts_before)) or 0),
    }  # fmt: skip
    if apply:
        session.execute(delete(AuditRow).where(AuditRow.at < audit_before))
        session.execute(delete(LoginAttemptRow).where(LoginAttemptRow.at < attempts_before))
        if stale_users:  # every owned row goes with its user (ON DELETE CASCADE)
            session.execute(delete(UserRow).where(UserRow.id.in_(stale_users)))
        record(session, actor_id=None, subject_id=None, action="retention.apply", now=now,
               detail=", ".join(f"{k} {v}" for k, v in counts.items()))  # fmt: skip
    return counts
