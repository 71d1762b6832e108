"""The admin's pages on the real PostgreSQL: people, caseloads and the audit log; nobody else
may open them."""

from __future__ import annotations

import re
import uuid

import pytest

from tests.server.clients import PASSWORD, csrf_of, signed_in
from unghost.server import accounts
from unghost.server.service import utc_now
from unghost.store.people import AssignmentRow, AuditRow

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def server(migrated):
    from unghost.web.app import create_app

    app = create_app({"db": migrated.app_url, "today": "2026-11-25",
                      "server_url": "https://careers.example.edu"}, server=True)  # fmt: skip
    with app.state.web.context().transaction() as s:
        place = accounts.find_institution(s) or accounts.add_institution(s, "C", now=utc_now())
        people = {role: accounts.add_user(s, email=f"{role}-{uuid.uuid4().hex[:6]}@example.edu",
                                          role=role, institution_id=place.id, password=PASSWORD,
                                          now=utc_now()).email
                  for role in ("admin", "counsellor", "student")}  # fmt: skip
    yield app, people
    app.state.web.close()


def test_only_an_admin_opens_the_admin_pages(server):
    app, people = server
    for role in ("counsellor", "student"):
        client = signed_in(app, people[role])
        assert client.get("/admin").status_code == 403
        csrf = csrf_of(client.get("/account").text)
        made = client.post("/admin/users", data={"email": "x@example.edu", "role": "admin",
                                                 "csrf_token": csrf})  # fmt: skip
        assert made.status_code == 403
    with app.state.web.context().reading() as s:
        assert accounts.find_user(s, "x@example.edu") is None


def test_an_admin_adds_people_assigns_and_disables_and_it_is_all_audited(server):
    app, people = server
    admin = signed_in(app, people["admin"])
    page = admin.get("/admin")
    assert page.status_code == 200 and people["student"] in page.text
    new = f"new-{uuid.uuid4().hex[:6]}@example.edu"
    made = admin.post("/admin/users", data={"email": new, "role": "student", "name": "Ning",
                                            "csrf_token": csrf_of(page.text)})  # fmt: skip
    assert made.status_code == 200 and 'data-testid="admin-created"' in made.text
    link = re.search(r'data-testid="password-link">([^<]+)<', made.text)[1]
    assert link.startswith("https://careers.example.edu/reset?token=")
    again = admin.post("/admin/users", data={"email": new, "role": "student",
                                             "csrf_token": csrf_of(made.text)})  # fmt: skip
    assert again.status_code == 400 and "already" in again.text
    with app.state.web.context().reading() as s:
        counsellor, student = (
            accounts.find_user(s, people["counsellor"]),
            accounts.find_user(s, new),
        )
        ids = counsellor.id, student.id
    done = admin.post("/admin/assignments", data={"counsellor": ids[0], "student": ids[1],
                                                  "csrf_token": csrf_of(made.text)})  # fmt: skip
    assert done.status_code == 303
    wrong = admin.post("/admin/assignments", data={"counsellor": ids[1], "student": ids[0],
                                                   "csrf_token": csrf_of(made.text)})  # fmt: skip
    assert wrong.status_code == 400
    off = admin.post(f"/admin/users/{ids[1]}/disable", data={"csrf_token": csrf_of(made.text)})
    assert off.status_code == 303
    page = admin.get("/admin").text
    assert "user.add" in page and "assignment.add" in page and "user.disable" in page
    with app.state.web.context().reading() as s:
        assert s.get(AssignmentRow, ids) is not None
        assert accounts.find_user(s, new).disabled
        actions = {a.action for a in s.query(AuditRow).filter_by(subject_id=ids[1])}
        assert {"user.add", "assignment.add", "user.disable"} <= actions


def test_an_admin_cannot_disable_themself(server):
    app, people = server
    admin = signed_in(app, people["admin"])
    with app.state.web.context().reading() as s:
        me = accounts.find_user(s, people["admin"]).id
    done = admin.post(
        f"/admin/users/{me}/disable", data={"csrf_token": csrf_of(admin.get("/admin").text)}
    )
    assert done.status_code == 400
    assert admin.get("/admin").status_code == 200
