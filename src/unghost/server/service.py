"""Use cases of server administration: set the server up, add, disable and assign users."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from unghost.bootstrap import Context
from unghost.errors import ConflictError, InvalidInputError
from unghost.server import accounts


def utc_now() -> datetime:
    """The clock of sign-in and audit: naive UTC, as the tables keep it."""
    return datetime.now(UTC).replace(tzinfo=None)


def init_server(
    ctx: Context, *, admin_email: str, admin_password: str, institution: str,
    app_role: str | None = None,
) -> dict[str, Any]:  # fmt: skip
    """The schema at head (run as the owner role), the app role granted its rows, the
    institution and its first admin."""
    from unghost.server.database import grant_app_role, require_postgresql_url
    from unghost.server.passwords import check_password_rules
    from unghost.store.engine import HEAD

    check_password_rules(admin_password)  # before anything changes
    require_postgresql_url(ctx.settings.db)
    engine = ctx.engine  # opening it migrates to head, as the role it connects as (the owner)
    from unghost.worker.queue import apply_queue_schema

    queue_made = apply_queue_schema(ctx.settings.db)  # before the grants, which cover its tables
    if app_role:
        grant_app_role(engine, app_role)
    now = utc_now()
    with ctx.transaction() as session:
        if accounts.find_institution(session) is not None:
            raise ConflictError(
                "this server is set up already: the schema is at head and the app role's "
                "grants are renewed, but no admin was added",
                hint="add more admins with `unghost server user add EMAIL --role admin`",
            )
        place = accounts.add_institution(session, institution, now=now)
        admin = accounts.add_user(session, email=admin_email, role="admin",
                                  institution_id=place.id, password=admin_password, now=now)  # fmt: skip
        return {"revision": HEAD, "institution": {"id": place.id, "name": place.name},
                "admin": accounts.user_dict(admin), "app_role": app_role,
                "queue_schema": "made" if queue_made else "there"}  # fmt: skip


def add_server_user(
    ctx: Context, *, email: str, role: str, name: str | None = None, lang: str = "en",
    password: str | None = None, reset_url: str | None = None,
) -> dict[str, Any]:  # fmt: skip
    """A new user of the server's institution; with `reset_url`, the one-time link with which
    they choose their password (for an admin to hand over when no mail is set up)."""
    from unghost.server.resets import RESET_PATH, request_reset

    now = utc_now()
    with ctx.transaction() as session:
        place = _institution(session)
        user = accounts.add_user(session, email=email, role=role, institution_id=place.id,
                                 name=name, lang=lang, password=password, now=now)  # fmt: skip
        out = accounts.user_dict(user)
        if reset_url is not None:
            issued = request_reset(session, user.email, now=now)
            assert issued is not None
            out["password_link"] = f"{reset_url.rstrip('/')}{RESET_PATH}?token={issued[1]}"
        return out


def disable_server_user(ctx: Context, email: str, *, enable: bool = False) -> dict[str, Any]:
    with ctx.transaction() as session:
        user = accounts.get_user(session, email)
        accounts.set_disabled(session, user, disabled=not enable, actor_id=None, now=utc_now())
        return accounts.user_dict(user)


def assign_student(
    ctx: Context, counsellor_email: str, student_email: str, *, remove: bool = False
) -> dict[str, Any]:
    with ctx.transaction() as session:
        counsellor = accounts.get_user(session, counsellor_email)
        student = accounts.get_user(session, student_email)
        if remove:
            changed = accounts.unassign(session, counsellor, student, actor_id=None,
                                        now=utc_now())  # fmt: skip
        else:
            changed = accounts.assign(session, counsellor, student, actor_id=None, now=utc_now())
        return {"counsellor": counsellor.email, "student": student.email,
                "assigned": not remove, "changed": changed,
                "caseload": [u.email for u in accounts.caseload(session, counsellor.id)]}  # fmt: skip


def list_server_users(ctx: Context) -> list[dict[str, Any]]:
    with ctx.reading() as session:
        return [accounts.user_dict(u) for u in accounts.list_users(session)]


def list_server_audit(
    ctx: Context, *, user: str | None = None, limit: int = 200
) -> list[dict[str, Any]]:
    """The audit log, newest first; with `user`, the entries by or about them."""
    from unghost.server.audit import list_audit
    from unghost.store.people import UserRow

    with ctx.reading() as session:
        user_id = accounts.get_user(session, user).id if user else None
        entries = list_audit(session, user_id=user_id, limit=limit)
        ids = {i for e in entries for i in (e.actor_id, e.subject_id) if i is not None}
        emails = {u.id: u.email for u in session.query(UserRow).filter(UserRow.id.in_(ids))}
        return [{"at": e.at.isoformat() + "Z", "actor": emails.get(e.actor_id or 0),
                 "subject": emails.get(e.subject_id or 0), "action": e.action,
                 "detail": e.detail} for e in entries]  # fmt: skip


def _institution(session: Any) -> Any:
    place = accounts.find_institution(session)
    if place is None:
        raise InvalidInputError(
            "this server is not set up yet", hint="run `unghost server init --admin-email ...`"
        )
    return place
