"""The admin's pages: the institution's people (create, disable, enable), caseloads (assign a
student to a counsellor) and the audit log. Every change is in the audit log, by the admin."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from unghost.errors import ConflictError, ForbiddenError, InvalidInputError
from unghost.server.requests import form_fields
from unghost.web.deps import require_csrf, web_state
from unghost.web.rendering import render

router = APIRouter(dependencies=[Depends(require_csrf)], include_in_schema=False)
AUDIT_SHOWN = 200  # the newest entries on the page; `unghost server audit` reads further


def _admin(request: Request) -> dict[str, Any]:
    user = request.scope.get("unghost.user")
    if user is None or user.get("role") != "admin":
        raise ForbiddenError("only an admin may manage people")
    return dict(user)


@router.get("/admin")
def admin_page(request: Request) -> Response:
    return _page(request, {})


def _page(request: Request, values: dict[str, Any], status_code: int = 200) -> Response:
    from unghost.server import accounts
    from unghost.server.accounts import SERVER_ROLES
    from unghost.server.audit import list_audit
    from unghost.store.people import AssignmentRow

    admin = _admin(request)
    with web_state(request).context().reading() as session:
        users = accounts.list_users(session)
        emails = {u.id: u.email for u in users}
        counsellors_of: dict[int, list[str]] = {}
        for row in session.query(AssignmentRow).order_by(AssignmentRow.counsellor_id):
            counsellors_of.setdefault(row.student_id, []).append(emails.get(row.counsellor_id, "?"))
        people = [{**accounts.user_dict(u), "counsellors": counsellors_of.get(u.id, [])}
                  for u in users]  # fmt: skip
        audit = [{"at": e.at, "actor": emails.get(e.actor_id or 0, ""),
                  "subject": emails.get(e.subject_id or 0, ""), "action": e.action,
                  "detail": e.detail or ""} for e in list_audit(session, limit=AUDIT_SHOWN)]  # fmt: skip
    return render(request, "server_admin.html", {
        "admin": admin, "people": people, "roles": SERVER_ROLES, "audit": audit,
        "counsellors": [p for p in people if p["role"] == "counsellor" and not p["disabled"]],
        "students": [p for p in people if p["role"] == "student" and not p["disabled"]],
        **values}, status_code=status_code)  # fmt: skip


@router.post("/admin/users")
async def create_user(request: Request) -> Response:
    """A new counsellor, student or admin; without a password, a one-time link to choose one."""
    from unghost.server import accounts
    from unghost.server.audit import record
    from unghost.server.resets import RESET_PATH, request_reset
    from unghost.server.service import utc_now

    admin = _admin(request)
    form = await form_fields(request)
    ctx = web_state(request).context()
    base = web_state(request).settings.get("server_url") or str(request.base_url)

    def create() -> tuple[str, str | None]:
        now = utc_now()
        with ctx.transaction() as session:
            place = accounts.find_institution(session)
            if place is None:
                raise InvalidInputError("this server is not set up yet")
            user = accounts.add_user(session, email=form.get("email", ""),
                                     role=form.get("role", "student"), institution_id=place.id,
                                     name=form.get("name", "").strip() or None,
                                     password=form.get("password") or None, now=now)  # fmt: skip
            record(session, actor_id=admin["id"], subject_id=user.id, action="user.add",
                   detail=user.role, now=now)  # fmt: skip
            link = None
            if user.password_hash is None:
                issued = request_reset(session, user.email, now=now)
                assert issued is not None
                link = f"{base.rstrip('/')}{RESET_PATH}?token={issued[1]}"
            return user.email, link

    try:
        email, link = await run_in_threadpool(create)
    except (InvalidInputError, ConflictError) as exc:
        return _page(request, {"error": str(exc), "form": form}, 400)
    return _page(request, {"created": email, "password_link": link})


@router.post("/admin/users/{user_id}/disable")
def disable_user(request: Request, user_id: int) -> Response:
    return _set_disabled(request, user_id, disabled=True)


@router.post("/admin/users/{user_id}/enable")
def enable_user(request: Request, user_id: int) -> Response:
    return _set_disabled(request, user_id, disabled=False)


def _set_disabled(request: Request, user_id: int, *, disabled: bool) -> Response:
    from unghost.server import accounts
    from unghost.server.service import utc_now

    admin = _admin(request)
    if user_id == admin["id"] and disabled:
        return _page(request, {"error_key": "server.admin.not_yourself"}, 400)
    with web_state(request).context().transaction() as session:
        user = accounts.get_user(session, user_id)
        accounts.set_disabled(session, user, disabled=disabled, actor_id=admin["id"],
                              now=utc_now())  # fmt: skip
    return RedirectResponse("/admin", status_code=303)


@router.post("/admin/assignments")
async def assign_student(request: Request) -> Response:
    from unghost.server import accounts
    from unghost.server.service import utc_now

    admin = _admin(request)
    form = await form_fields(request)
    remove = form.get("remove") == "1"
    try:
        with web_state(request).context().transaction() as session:
            counsellor = accounts.get_user(session, form.get("counsellor", ""))
            student = accounts.get_user(session, form.get("student", ""))
            change = accounts.unassign if remove else accounts.assign
            change(session, counsellor, student, actor_id=admin["id"], now=utc_now())
    except InvalidInputError as exc:
        return _page(request, {"error": str(exc)}, 400)
    return RedirectResponse("/admin", status_code=303)
