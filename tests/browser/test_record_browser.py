"""Recording and following up in headless Chromium, as a user would (issue 13, first two parts).

Each journey runs in English and in Chinese; screenshots land in the test's folder, and every
page visited is checked for horizontal overflow at 1280 and 390 px."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

TODAY = "2026-10-20"
WIDTHS = (1280, 390)
TEXT = {
    "en": {"interviewing": "Interviewing", "thank_you": "Thank-you", "sent": "Sent",
           "send_thank_you": "Thank-you note",
           "copied": "Copied", "bad_phone": "country code", "rejection": "Rejection"},
    "zh": {"interviewing": "面试中", "thank_you": "感谢信", "sent": "已发送",
           "send_thank_you": "发感谢信",
           "copied": "已复制", "bad_phone": "国家代码", "rejection": "拒信"},
}  # fmt: skip


@contextmanager
def serve(tmp_path: Path, **flags: Any) -> Iterator[str]:
    """The real app under uvicorn on a free loopback port (as tests/browser/conftest.py)."""
    import uvicorn

    from unghost.web.app import create_app

    app = create_app({"db": str(tmp_path / "u.db"), "token_dir": str(tmp_path / "cfg"),
                      "today": TODAY, **flags})  # fmt: skip
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    while not srv.started:
        threading.Event().wait(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(10)


@pytest.fixture
def chromium(browser: Any) -> Any:
    """The session's Chromium (tests/browser/conftest.py): one Playwright per process."""
    return browser


@contextmanager
def user(context: Any, base: str, lang: str) -> Iterator[Any]:
    context.clear_cookies()
    context.add_cookies([{"name": "unghost_lang", "value": lang, "url": base}])
    page = context.new_page()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.set_default_timeout(30000)  # the shared test machine can be slow
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.base = base
    page.console_errors = errors
    try:
        yield page
    finally:
        page.close()


def look(page: Any, tmp_path: Path, name: str) -> None:
    """Screenshots at both widths, and no page wider than the window at either."""
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        wide = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert wide <= 0, f"{name} overflows by {wide}px at {width}px"
        folder = tmp_path / "screens"
        folder.mkdir(exist_ok=True)
        page.screenshot(path=str(folder / f"{name}-{width}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def add_application_with_interview(page: Any, company: str, on: str = "2026-10-02") -> str:
    page.goto(page.base + "/applications/new")
    page.fill("#f-company", company)
    page.fill("#f-title", "Data Analyst")
    page.fill("#f-applied_on", "2026-09-20")
    page.fill("#f-country", "CN")
    page.fill("#f-notes", "Referred by Sam; salary band 30-40k")
    page.get_by_test_id("add-first-interview").click()
    page.fill("#iv-date", on)
    page.fill("#iv-time", "14:30")
    page.fill("#iv-zone", "Asia/Shanghai")
    page.fill("#iv-stage", "onsite")
    page.select_option("#iv-format", "on-site")
    page.fill("#iv-interviewers", "Li Wei, Zhang San")
    page.fill("#iv-decision_on", "2026-10-16")
    page.fill("#iv-candidates_remaining", "2")
    page.get_by_test_id("save").click()
    page.wait_for_url("**/applications/*")
    return str(page.url.rsplit("/", 1)[1])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_record_interview_thank_you_contact_and_reply(chromium: Any, tmp_path: Path,
                                                      lang: str) -> None:  # fmt: skip
    words = TEXT[lang]
    with serve(tmp_path, **{"from": "Alex Chen <alex@example.com>"}) as base, \
            user(chromium, base, lang) as page:  # fmt: skip
        # the interview was yesterday: the Add form takes it, with its time zone
        ref = add_application_with_interview(page, "Acme China" if lang == "en" else "阿里巴巴",
                                             on="2026-10-19")  # fmt: skip
        interviews = page.get_by_test_id("interviews")
        assert "2026-10-19 14:30" in interviews.inner_text()
        assert "Li Wei, Zhang San" in interviews.inner_text()
        # the note typed in the Add form is on the page, and can be edited
        assert "Referred by Sam" in page.get_by_test_id("app-notes").input_value()
        # the stage history is dated by the interview, not by today
        timeline = page.locator("#timeline .timeline").inner_text()
        assert "2026-10-19" in timeline and words["interviewing"] in timeline
        assert "2026-10-20" not in timeline
        # the next step is the thank-you; once recorded, the plan moves on
        assert page.locator(".next .tag").inner_text() == words["send_thank_you"]
        page.get_by_test_id("record-sent").click()
        page.fill("#sent-on", "2026-10-19")
        page.get_by_test_id("save-sent").click()
        page.wait_for_url("**#messages")
        assert words["thank_you"] in page.get_by_test_id("messages").inner_text()
        assert page.locator(".next .tag").inner_text() != words["send_thank_you"]
        # a contact: a bad phone is refused next to its field, what was typed is kept
        page.get_by_test_id("add-contact").click()
        page.fill("#contact-name", "Li Wei")
        page.fill("#contact-role", "recruiter")
        page.fill("#contact-email", "li.wei@acme.example")
        page.fill("#contact-phone", "12")
        page.get_by_test_id("save-contact").click()
        error = page.get_by_test_id("rec-error-phone")
        error.wait_for()
        assert words["bad_phone"] in error.inner_text()
        assert page.locator("#contact-email").input_value() == "li.wei@acme.example"
        page.console_errors.clear()  # the browser logs the 422 of the refused form
        page.fill("#contact-phone", "+86 138 0013 8000")
        page.fill("#contact-linkedin", "linkedin.com/in/liwei")
        page.get_by_test_id("save-contact").click()
        page.wait_for_url("**#contacts-list")
        contacts = page.get_by_test_id("contacts").inner_text()
        assert "Li Wei" in contacts and "li.wei@acme.example" in contacts
        # their reply, pasted: the classifier reads it and the stage follows on its day
        page.get_by_test_id("record-received").click()
        page.fill("#received-paste", "Dear Alex,\n\nThank you for your time. After careful "
                  "consideration we have decided not to move forward with your application.\n\n"
                  "Best regards,\nAcme Recruiting")  # fmt: skip
        page.fill("#received-on", "2026-10-15")
        page.get_by_test_id("save-received").click()
        page.wait_for_url("**#messages")
        assert words["rejection"] in page.get_by_test_id("messages").inner_text()
        look(page, tmp_path, f"application-{lang}")
        # the Contacts page finds them across applications
        page.goto(page.base + "/contacts")
        page.fill("#contacts-q", "li wei")
        page.get_by_test_id("contacts-search").click()
        page.wait_for_url("**/contacts?q=*")
        assert "li.wei@acme.example" in page.get_by_test_id("contacts-table").inner_text()
        look(page, tmp_path, f"contacts-{lang}")
        page.goto(page.base + f"/applications/{ref}")
        assert not page.console_errors, page.console_errors


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_follow_up_without_smtp_and_first_time_setup(chromium: Any, tmp_path: Path,
                                                     lang: str) -> None:  # fmt: skip
    words = TEXT[lang]
    with serve(tmp_path) as base, \
            user(chromium, base, lang) as page:  # fmt: skip
        ref = add_application_with_interview(page, "Globex")
        page.get_by_test_id("add-contact").click()
        page.fill("#contact-name", "Megan Ross")
        page.fill("#contact-email", "megan@globex.example")
        page.get_by_test_id("save-contact").click()
        page.wait_for_url("**#contacts-list")
        # Today's "Open a draft" for the follow-up
        page.goto(page.base + "/today")
        link = page.locator(f'a[href^="/compose?ref={ref}"]').first
        link.click()
        page.wait_for_url("**/compose?*")
        # no name and address yet: asked in place, never an environment-variable error
        page.get_by_test_id("ask-sender").wait_for()
        look(page, tmp_path, f"compose-setup-{lang}")
        page.get_by_test_id("make-draft").click()
        page.get_by_test_id("error-my_name").wait_for()
        page.console_errors.clear()
        page.fill("#c-my_name", "Alex Chen")
        page.fill("#c-my_email", "alex@example.com")
        page.get_by_test_id("make-draft").click()
        page.wait_for_url("**/outbox/*")
        draft_url = page.url
        assert "Alex Chen" in page.locator("#body").input_value()
        # opening it again from Today reopens the same draft, never a second copy
        page.goto(page.base + "/today")
        page.locator(f'a[href^="/compose?ref={ref}"]').first.click()
        page.wait_for_url("**/outbox/*")
        assert page.url == draft_url
        # "Send now" without a mail account explains on the page
        page.get_by_test_id("send-now").click()
        notice = page.get_by_test_id("no-account")
        notice.wait_for()
        assert page.locator('a[href$="#s-smtp_url"]').count() >= 1
        page.console_errors.clear()  # the 409 of the refused send
        # use it without a server: copy, mail app, .eml
        page.get_by_test_id("copy-draft").click()
        page.locator("#copy-status:not(:empty)").wait_for(state="attached")  # CSP: no polled eval
        assert page.get_by_test_id("copy-draft").inner_text() == words["copied"]
        mailto = page.get_by_test_id("mailto").get_attribute("href")
        assert mailto.startswith("mailto:megan@globex.example?subject=") and "&body=" in mailto
        with page.expect_download() as download:
            page.get_by_test_id("download-eml").click()
        eml = Path(download.value.path()).read_bytes()
        assert b"megan@globex.example" in eml and b"Alex Chen" in eml
        look(page, tmp_path, f"draft-{lang}")
        page.get_by_test_id("mark-sent").click()
        page.get_by_test_id("draft-done").wait_for()
        assert page.get_by_test_id("draft-state").inner_text() == words["sent"]
        # the outbox lists Company · Title, kind, dates and state
        page.goto(page.base + "/outbox")
        table = page.get_by_test_id("outbox-table").inner_text()
        assert "Globex · Data Analyst" in table and "2026" in table and words["sent"] in table
        look(page, tmp_path, f"outbox-{lang}")
        # the plan moved on: the application has the follow-up on record
        page.goto(page.base + f"/applications/{ref}")
        assert page.get_by_test_id("messages").locator("[data-testid^=message-]").count() == 1
        assert not page.console_errors, page.console_errors


MAIL = (b"From: Li Wei <li.wei@acme.example>\r\nTo: alex@example.com\r\n"
        b"Subject: Second interview at Acme\r\nDate: Mon, 12 Oct 2026 10:00:00 +0800\r\n"
        b"Message-ID: <second@acme.example>\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n<p>We would like to invite you to a "
        b"<b>second interview</b> next week.</p><img src=\"https://tracker.example/p.gif\">"
        b"<script>alert(1)</script>\r\n--XX\r\nContent-Type: application/pdf\r\n"
        b"Content-Disposition: attachment; filename=\"schedule.pdf\"\r\n\r\nJVBERi0=\r\n--XX--\r\n")  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_read_imported_mail(chromium: Any, tmp_path: Path, lang: str) -> None:
    with serve(tmp_path, **{"from": "Alex Chen <alex@example.com>"}) as base, \
            user(chromium, base, lang) as page:  # fmt: skip
        ref = add_application_with_interview(page, "Acme")
        page.get_by_test_id("add-contact").click()
        page.fill("#contact-email", "li.wei@acme.example")
        page.get_by_test_id("save-contact").click()
        page.wait_for_url("**#contacts-list")
        eml = tmp_path / "second.eml"
        eml.write_bytes(MAIL)
        page.goto(page.base + "/mail")
        page.set_input_files("#m-files", str(eml))
        page.get_by_test_id("import-mail").click()
        page.get_by_test_id("mail-report").wait_for()
        recent = page.get_by_test_id("recent-mail")
        recent.locator("summary").first.click()
        body = recent.locator("[data-testid^=mail-body-]").first
        assert "second interview" in body.inner_text()
        assert page.locator("script:has-text('alert')").count() == 0
        assert page.locator("img[src^='https://tracker']").count() == 0
        assert "schedule.pdf" in recent.inner_text()
        look(page, tmp_path, f"mail-{lang}")
        page.goto(page.base + f"/applications/{ref}")
        stored = page.locator(".mail-read").first
        stored.locator("summary").click()
        assert "second interview" in stored.inner_text() and "schedule.pdf" in stored.inner_text()
        # the message on the timeline opens the mail itself
        page.locator("[data-testid^=message-mail-]").first.click()
        page.wait_for_url("**/mail/*")
        assert "second interview" in page.locator("main").inner_text()
        look(page, tmp_path, f"mail-one-{lang}")
        look(page, tmp_path, f"application-mail-{lang}")
