"""The server in headless Chromium, on the real PostgreSQL as the app role: an admin signs in,
adds a counsellor and two students and assigns them; a student signs in and adds an
application to their own workspace."""

from __future__ import annotations

import socket
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from unghost.server import accounts
from unghost.server.service import utc_now

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
PASSWORD = "correct horse battery staple"


@pytest.fixture
def live(migrated) -> Iterator[tuple[str, Any, str]]:
    import uvicorn

    from unghost.web.app import create_app

    app = create_app({"db": migrated.app_url, "today": "2026-11-25"}, server=True)
    with app.state.web.context().transaction() as s:
        place = accounts.find_institution(s) or accounts.add_institution(s, "C", now=utc_now())
        admin = accounts.add_user(s, email=f"admin-{uuid.uuid4().hex[:6]}@example.edu",
                                  role="admin", institution_id=place.id, password=PASSWORD,
                                  now=utc_now()).email  # fmt: skip
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    while not srv.started:
        threading.Event().wait(0.05)
    yield f"http://127.0.0.1:{port}", app, admin
    srv.should_exit = True
    thread.join(10)
    app.state.web.close()


def _sign_in(page: Any, base: str, email: str) -> None:
    page.goto(base + "/login")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.get_by_test_id("login").click()
    page.wait_for_url(lambda url: "/login" not in url)


def test_admin_builds_a_caseload_and_a_student_adds_an_application(browser, live):
    base, app, admin = live
    tag = uuid.uuid4().hex[:6]
    counsellor = f"coach-{tag}@example.edu"
    students = [f"stu1-{tag}@example.edu", f"stu2-{tag}@example.edu"]
    browser.clear_cookies()
    page = browser.new_page()
    page.set_default_timeout(15000)
    try:
        _sign_in(page, base, admin)
        page.goto(base + "/admin")
        for email, role in [(counsellor, "counsellor"), *[(s, "student") for s in students]]:
            page.fill("#nu-email", email)
            page.select_option("#nu-role", role)
            page.fill("#nu-password", PASSWORD)
            page.get_by_test_id("create-user").click()
            page.get_by_test_id("admin-created").wait_for()
            assert email in page.get_by_test_id("admin-created").inner_text()
        for student in students:
            page.goto(base + "/admin")
            page.select_option("#as-counsellor", label=counsellor)
            page.select_option("#as-student", label=student)
            page.get_by_test_id("assign-student").click()
            page.wait_for_url(base + "/admin")
            row = page.get_by_test_id(f"person-{student}")
            assert counsellor in row.get_by_test_id("counsellors-of").inner_text()
        assert "added to a caseload" in page.get_by_test_id("audit").inner_text()
        page.goto(base + "/account")
        page.get_by_test_id("logout").click()
        page.wait_for_url("**/login")

        _sign_in(page, base, students[0])
        assert page.goto(base + "/admin").status == 403
        page.goto(base + "/applications/new")
        page.fill("#f-company", "Acme China")
        page.fill("#f-title", "Data Analyst")
        page.fill("#f-applied_on", "2026-10-28")
        page.fill("#f-country", "CN")
        page.get_by_test_id("save").click()
        page.wait_for_url("**/applications/acme-china-data-analyst")
        assert page.get_by_test_id("p-hear-back").inner_text().endswith("%")
        page.goto(base + "/account")
        page.get_by_test_id("logout").click()
        page.wait_for_url("**/login")
        _sign_in(page, base, students[1])  # the other student's workspace is their own
        page.goto(base + "/applications")
        assert "Acme China" not in page.content()
        assert page.goto(base + "/applications/acme-china-data-analyst").status == 404
    finally:
        page.close()
    with app.state.web.context().reading() as s:
        coach = accounts.find_user(s, counsellor)
        assert [u.email for u in accounts.caseload(s, coach.id)] == students
