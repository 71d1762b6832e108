"""The recording and follow-up pages without a browser: refusals keep what was typed, setup in place."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import csrf_of
from unghost.web.app import create_app

REF = "acme-data-analyst"


@pytest.fixture
def page(tmp_path: Path) -> TestClient:
    app = create_app({"db": str(tmp_path / "u.db"), "token_dir": str(tmp_path / "cfg"),
                      "today": "2026-10-20"})  # fmt: skip
    client = TestClient(app, base_url="http://127.0.0.1")
    token = csrf_of(client.get("/applications/new").text)
    r = client.post("/applications", data={"csrf_token": token, "company": "Acme",
                                           "title": "Data Analyst", "applied_on": "2026-09-20",
                                           "iv_date": "2026-10-02", "iv_time": "10:00",
                                           "iv_zone": "Europe/Paris"})  # fmt: skip
    assert r.status_code == 200 and r.url.path == f"/applications/{REF}"
    client.headers["X-CSRF-Token"] = token
    return client


def test_add_form_interview_dates_the_history(page: TestClient) -> None:
    html = page.get(f"/applications/{REF}").text
    assert "2026-10-02 10:00" in html and "UTC+02:00" in html
    timeline = html.split('<ol class="timeline">', 1)[1].split("</ol>", 1)[0]
    assert "2026-10-02" in timeline and "2026-10-20" not in timeline  # not the day it was saved


def test_add_form_refuses_a_bad_interview_and_keeps_the_application_form(page: TestClient) -> None:
    r = page.post("/applications", data={"company": "Beta", "title": "Analyst",
                                         "iv_date": "2026-10-40", "iv_time": "9h"})  # fmt: skip
    assert r.status_code == 422
    assert 'data-testid="error-iv_date"' in r.text and 'data-testid="error-iv_time"' in r.text
    assert 'value="Beta"' in r.text and 'value="9h"' in r.text


def test_refused_contact_keeps_what_was_typed_in_both_languages(page: TestClient) -> None:
    for lang, word in (("en", "country code"), ("zh", "国家代码")):
        page.cookies.set("unghost_lang", lang)
        r = page.post(f"/applications/{REF}/contacts",
                      data={"name": "Li Wei", "email": "li.wei@acme.example", "phone": "12"})  # fmt: skip
        assert r.status_code == 422 and word in r.text
        assert 'value="li.wei@acme.example"' in r.text


def test_interview_edit_and_delete_from_the_page(page: TestClient) -> None:
    r = page.post(f"/applications/{REF}/interviews/0",
                  data={"date": "2026-10-05", "time": "15:00", "zone": "+08:00",
                        "stage": "final", "format": "video"})  # fmt: skip
    assert r.status_code == 200 and "2026-10-05 15:00" in r.text
    r = page.post(f"/applications/{REF}/interviews/0", data={"date": "", "format": "hologram"})
    assert r.status_code == 422 and 'data-testid="rec-error-date"' in r.text
    assert page.post(f"/applications/{REF}/interviews/0/delete").status_code == 200
    assert page.post(f"/applications/{REF}/interviews/0/delete").status_code == 404


def test_notes_edit_on_the_page(page: TestClient) -> None:
    page.post(f"/applications/{REF}/notes", data={"notes": "Sam referred me"})
    assert "Sam referred me" in page.get(f"/applications/{REF}").text
    page.post(f"/applications/{REF}/log", data={"note": "called HR"})
    html = page.get(f"/applications/{REF}").text
    assert 'data-testid="note-' in html


def test_compose_asks_for_the_sender_in_place_and_saves_it(
    page: TestClient, tmp_path: Path
) -> None:
    page.post(f"/applications/{REF}/contacts", data={"email": "li@acme.example"})
    html = page.get(f"/compose?ref={REF}&kind=follow-up").text
    assert 'data-testid="ask-sender"' in html and "UNGHOST_FROM" not in html
    r = page.post("/compose", data={"ref": REF, "kind": "follow-up", "my_name": "Alex",
                                    "my_email": "nope"})  # fmt: skip
    assert r.status_code == 422 and 'data-testid="error-my_email"' in r.text
    r = page.post("/compose", data={"ref": REF, "kind": "follow-up", "my_name": "Alex Chen",
                                    "my_email": "alex@example.com"})  # fmt: skip
    assert r.status_code == 200 and r.url.path.startswith("/outbox/")
    config = next((tmp_path / "xdg-config").rglob("config.toml")).read_text("utf-8")
    assert "Alex Chen <alex@example.com>" in config
    # reopened, not doubled; Send now without SMTP explains on the page (not a 502)
    again = page.get(f"/compose?ref={REF}&kind=follow-up", follow_redirects=False)
    assert again.status_code == 303 and again.headers["location"] == r.url.path
    sent = page.post(r.url.path, data={"action": "send", "subject": "Hello", "body": "Hi"})
    assert sent.status_code == 409 and 'data-testid="no-account"' in sent.text
    link = f'href="/settings?back=%2Foutbox%2F{r.url.path.rsplit("/", 1)[1]}#s-smtp_url"'
    assert link in sent.text or link.replace("%2F", "/") in sent.text
    entry = r.url.path.rsplit("/", 1)[1]
    assert page.post(f"/outbox/{entry}/delete").url.path == "/outbox"
    assert "Data Analyst" not in page.get("/outbox").text.split("<main", 1)[1]


def test_compose_explains_a_draft_it_cannot_write(page: TestClient) -> None:
    page.app.state.web.flags["from"] = "Alex <alex@example.com>"  # type: ignore[attr-defined]
    page.app.state.web.reload_settings()  # type: ignore[attr-defined]
    r = page.post("/compose", data={"ref": REF, "kind": "follow-up"})  # no contact to write to
    assert r.status_code == 422 and 'data-testid="compose-error"' in r.text
    assert f'href="/applications/{REF}#contacts-list"' in r.text


def test_contacts_and_mail_pages_render_in_both_languages(page: TestClient) -> None:
    page.post(f"/applications/{REF}/contacts", data={"name": "Li Wei", "role": "recruiter"})
    for lang, word in (("en", "Recruiter"), ("zh", "招聘专员")):
        page.cookies.set("unghost_lang", lang)
        assert word in page.get("/contacts?q=li").text
        assert page.get("/mail/all").status_code == 200
        assert page.get("/mail").status_code == 200
    assert page.get("/mail/12345").status_code == 404


def test_settings_asked_from_a_draft_come_back_to_it(page: TestClient) -> None:
    html = page.get("/settings?back=/outbox/7").text
    assert 'data-testid="settings-back"' in html and 'name="back" value="/outbox/7"' in html
    r = page.post("/settings", data={"from": "Alex Chen <alex@example.com>", "back": "/outbox/7"},
                  follow_redirects=False)  # fmt: skip
    assert r.status_code == 303 and r.headers["location"] == "/outbox/7"
    for evil in ("//evil.example/x", "https://evil.example", "/\\evil.example"):
        r = page.post("/settings", data={"back": evil}, follow_redirects=False)
        assert r.headers["location"].startswith("/settings?saved")


def test_a_reply_to_review_shows_the_message_itself(page: TestClient, tmp_path: Path) -> None:
    from unghost.services.mail import import_mail_files

    page.post(f"/applications/{REF}/contacts", data={"email": "hr@acme.example"})
    mail = tmp_path / "offer.eml"
    mail.write_bytes(
        b"From: Acme HR <hr@acme.example>\r\nTo: alex@example.com\r\nSubject: Your offer\r\n"
        b"Date: Fri, 16 Oct 2026 09:00:00 +0800\r\nMessage-ID: <offer@acme.example>\r\n\r\n"
        b"Dear Alex,\r\n\r\nWe are delighted to offer you the position of Data Analyst. "
        b"Please find the offer letter attached and let us know by Friday.\r\n"
    )
    report = import_mail_files(page.app.state.web.context(), [mail])  # type: ignore[attr-defined]
    assert report.proposals == 1
    html = page.get("/today").text
    assert 'data-testid="proposal-mail-' in html and "delighted to offer you" in html


def test_an_uploaded_reply_is_read_by_the_classifier(page: TestClient) -> None:
    eml = (b"From: Acme HR <hr@acme.example>\r\nTo: alex@example.com\r\nSubject: Out of office\r\n"
           b"Date: Mon, 19 Oct 2026 09:00:00 +0200\r\nMessage-ID: <ooo@acme.example>\r\n"
           b"Auto-Submitted: auto-replied\r\n\r\nI am out of the office until 26 October 2026 "
           b"with limited access to email. I will reply when I am back.\r\n")  # fmt: skip
    r = page.post(f"/applications/{REF}/messages/received",
                  files={"file": ("reply.eml", eml, "message/rfc822")})  # fmt: skip
    assert r.status_code == 200 and r.url.fragment == "messages"
    html = r.text
    assert "Out of office" in html and "Back on 2026-10-26." in html
    again = page.post(f"/applications/{REF}/messages/received",
                      files={"file": ("reply.eml", eml, "message/rfc822")})  # fmt: skip
    assert again.status_code == 422 and 'data-testid="rec-error-paste"' in again.text
