"""Server mode in Chromium: the admin adds a counsellor and students and builds a caseload,
each sets a password from their link, a student works, the counsellor sees the caseload and
the pipeline but cannot open the student's mail or notes."""

from __future__ import annotations

import json
import re
import socket
import threading
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from tests.cli.test_cli import run
from tests.server.conftest import migrated, server_db  # noqa: F401  (fixtures)

pytestmark = pytest.mark.postgres
PASSWORD = "correct horse battery staple"


@pytest.fixture
def school(server_db) -> Iterator[tuple[str, dict[str, str], Any]]:  # noqa: F811
    import uvicorn

    from unghost.web.app import create_app

    init = run(["server", "init", "--admin-email", "boss@careers.example.edu", "--app-role",
                server_db.app_role, "--json"], server_db.owner_url,
               env={"UNGHOST_ADMIN_PASSWORD": PASSWORD})  # fmt: skip
    assert init.returncode == 0, init.stdout + init.stderr
    app = create_app({"db": server_db.app_url, "today": "2026-11-25"}, server=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    links = {}
    for email, role in (("coach@careers.example.edu", "counsellor"),
                        ("ann@careers.example.edu", "student"),
                        ("bo@careers.example.edu", "student")):  # fmt: skip
        added = run(["server", "user", "add", email, "--role", role, "--password-link", base,
                     "--json"], server_db.app_url)  # fmt: skip
        assert added.returncode == 0, added.stdout + added.stderr
        links[email] = json.loads(added.stdout)["user"]["password_link"]
    done = run(["server", "user", "assign", "coach@careers.example.edu",
                "ann@careers.example.edu"], server_db.app_url)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    while not srv.started:
        threading.Event().wait(0.05)
    yield base, links, app
    srv.should_exit = True
    thread.join(10)
    app.state.web.close()


def _become(page: Any, link: str, email: str) -> None:
    page.context.clear_cookies()
    page.goto(link)
    page.fill("#password", PASSWORD)
    page.locator("form button").last.click()
    page.wait_for_url(re.compile(r"/login"))
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button").last.click()
    page.wait_for_load_state()


def test_a_counsellor_sees_the_caseload_and_cannot_open_mail(browser, school):
    from unghost.domain.records import Application, Company, Role, Status
    from unghost.services.applications import add_application
    from unghost.store.people import UserRow

    base, links, app = school
    page = browser.new_page()
    page.set_default_timeout(15000)
    _become(page, links["ann@careers.example.edu"], "ann@careers.example.edu")
    page.goto(base + "/privacy")
    assert "coach@careers.example.edu" in page.inner_text("[data-testid=readers]")
    with app.state.web.context().reading() as s:
        ann = s.query(UserRow).filter_by(email="ann@careers.example.edu").one().id
    ctx = app.state.web.context()
    ctx.owner_id = ann
    add_application(ctx, Application(ref="acme-1", company=Company("Acme"), role=Role("Analyst"),
                                     status=Status.OFFER, applied_on=date(2026, 11, 2),
                                     notes="my secret plan"))  # fmt: skip
    page.goto(base + "/board")
    assert "Acme" in page.content()

    _become(page, links["coach@careers.example.edu"], "coach@careers.example.edu")
    page.click("[data-testid=nav-caseload]")
    table = page.inner_text("[data-testid=caseload]")
    assert "ann@careers.example.edu" in table and "bo@careers.example.edu" not in table
    page.click("[data-testid=attention-link]")
    assert "1 offer awaiting a decision" in page.inner_text("[data-testid=attention]")
    page.click("text=ann@careers.example.edu")
    pipeline = page.inner_text("[data-testid=pipeline]")
    assert "Acme" in pipeline and "my secret plan" not in page.content()
    mail = page.goto(base + f"/caseload/students/{ann}/mail")
    assert mail.status == 403
    other = page.goto(base + "/applications/acme-1")
    assert other.status == 404  # the counsellor's own workspace has no such application
    page.close()
