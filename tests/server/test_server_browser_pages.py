"""The student's own templates and mail account pages in headless Chromium, in English and
Chinese, on the real PostgreSQL, Dovecot and aiosmtpd: a template saved and refused, a mail
account connected and tested. Screenshots go to the test's folder (SCREENSHOTS_DIR, when
set, keeps them for a person to look at)."""

from __future__ import annotations

import os
import socket
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.outboxfixtures.smtpserver import PASSWORD as SMTP_PASSWORD
from tests.outboxfixtures.smtpserver import USER as SMTP_USER
from tests.outboxfixtures.smtpserver import smtp_server
from unghost.server import accounts
from unghost.server.service import utc_now

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
PASSWORD = "correct horse battery staple"
KEY = "q3lQb0qQ1oS7Kk8n7x1b0X0b9uVdZ2Yp4c6m8s0t2w4="  # tests only


@pytest.fixture
def live(migrated, monkeypatch) -> Iterator[tuple[str, str]]:
    import uvicorn

    from unghost.web.app import create_app

    monkeypatch.setenv("UNGHOST_SERVER_KEY", KEY)
    app = create_app({"db": migrated.app_url, "today": "2026-11-25"}, server=True)
    with app.state.web.context().transaction() as s:
        place = accounts.find_institution(s) or accounts.add_institution(s, "C", now=utc_now())
        student = accounts.add_user(s, email=f"pages-{uuid.uuid4().hex[:6]}@example.edu",
                                    role="student", institution_id=place.id, password=PASSWORD,
                                    now=utc_now()).email  # fmt: skip
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    while not srv.started:
        threading.Event().wait(0.05)
    yield f"http://127.0.0.1:{port}", student
    srv.should_exit = True
    thread.join(10)
    app.state.web.close()


def _shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SCREENSHOTS_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _no_overflow(page: Any) -> None:
    """Nothing wider than the window: no sideways scrolling, no field cut off."""
    wide = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")
    assert not wide


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_templates_and_mail_pages_in_both_languages(browser, live, dovecot, tmp_path, lang):
    base, student = live
    shots = _shots(tmp_path)
    browser.clear_cookies()
    browser.add_cookies([{"name": "unghost_lang", "value": lang, "url": base}])
    page = browser.new_page()
    page.set_default_timeout(15000)
    try:
        page.goto(base + "/login")
        page.fill("#email", student)
        page.fill("#password", PASSWORD)
        page.get_by_test_id("login").click()
        page.wait_for_url(lambda url: "/login" not in url)

        page.goto(base + "/account")
        page.get_by_test_id("templates-link").click()
        page.wait_for_url(base + "/account/templates")
        assert page.get_by_test_id("template-list").locator("tr").count() == 11  # 5 x 2 + head
        page.screenshot(path=str(shots / f"templates-list-{lang}.png"), full_page=True)
        page.goto(base + f"/account/templates/{lang}/follow-up")
        page.fill("#t-text", "Subject: {{ role }}: {{ nope }}\n\nHi\n")
        page.get_by_test_id("save-template").click()
        assert "nope" in page.get_by_test_id("error-text").inner_text()
        own = ("Subject: About {{ role }}\n\nDear {{ recipient.name }},\n\n<b>mine</b>\n"
               if lang == "en" else "Subject: 关于{{ role }}\n\n{{ recipient.name }}您好：\n\n<b>我的</b>\n")  # fmt: skip
        page.fill("#t-text", own)
        page.get_by_test_id("save-template").click()
        page.get_by_test_id("template-saved").wait_for()
        preview = page.get_by_test_id("template-preview").inner_text()
        assert "<b>" in preview  # shown as text, never as markup
        assert page.locator("[data-testid=template-preview] b").count() == 0
        _no_overflow(page)
        page.screenshot(path=str(shots / f"template-edit-{lang}.png"), full_page=True)

        page.goto(base + "/account")
        page.get_by_test_id("mail-link").click()
        page.wait_for_url(base + "/account/mail")
        page.screenshot(path=str(shots / f"mail-empty-{lang}.png"), full_page=True)
        with smtp_server(auth=True) as smtp:
            for p, port, user, pw in (("imap", dovecot.port, dovecot.user, dovecot.password),
                                      ("smtp", smtp.port, SMTP_USER, SMTP_PASSWORD)):  # fmt: skip
                page.fill(f"#{p}_host", "127.0.0.1")
                page.fill(f"#{p}_port", str(port))
                page.select_option(f"#{p}_security", "plain")
                page.fill(f"#{p}_user", user)
                page.fill(f"#{p}_password", pw)
            page.get_by_test_id("mail-save").click()
            page.get_by_test_id("mail-saved").wait_for()
            assert page.locator("#imap_password").input_value() == ""  # never shown back
            page.get_by_test_id("mail-test").click()
            page.get_by_test_id("mail-test-ok").wait_for()
        html = page.content()
        assert dovecot.password not in html and SMTP_PASSWORD not in html
        _no_overflow(page)
        page.screenshot(path=str(shots / f"mail-connected-{lang}.png"), full_page=True)
        page.fill("#imap_port", "99999")
        page.get_by_test_id("mail-save").click()
        error = page.get_by_test_id("mail-error").inner_text()
        assert ("端口" in error) if lang == "zh" else ("is not 1 to 65535" in error)
        page.screenshot(path=str(shots / f"mail-error-{lang}.png"), full_page=True)
        page.get_by_test_id("mail-disconnect").click()
        page.get_by_test_id("mail-removed").wait_for()
    finally:
        page.close()
