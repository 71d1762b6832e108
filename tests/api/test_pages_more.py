"""Settings that write the config file, templates, postings on the application page, mail."""

from __future__ import annotations

import io
import re
import tomllib
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import TODAY, csrf_of
from tests.postingfixtures.pages import closed_page, jsonld_page, make_job
from tests.postingfixtures.server import FixtureServer, Reply, serving
from unghost.settings import config_dir
from unghost.web.app import create_app

CST = timezone(timedelta(hours=8))


def _demo(page: TestClient) -> str:
    token = csrf_of(page.get("/today").text)
    assert page.post("/demo", data={"csrf_token": token}).status_code == 200
    return token


def _settings_form(token: str, **values: str) -> dict[str, str]:
    base = {"csrf_token": token, "country": "", "lang": "", "timezone": "", "from": "",
            "smtp_url": "", "imap_url": "", "smtp_password": "", "imap_password": ""}  # fmt: skip
    return {**base, **values}


# -- settings ----------------------------------------------------------------------------------
def test_settings_refuse_bad_values_next_to_their_fields(page: TestClient) -> None:
    token = csrf_of(page.get("/settings").text)
    r = page.post("/settings", data=_settings_form(
        token, country="China", timezone="Mars/Olympus", **{"from": "me at home"},
        smtp_url="smtps://me:secret@smtp.example.com", imap_url="ftp://x",
        imap_password="pw"))  # fmt: skip
    assert r.status_code == 422
    for name in ("country", "timezone", "from", "smtp_url", "imap_url"):
        assert f'data-testid="error-{name}"' in r.text, name
    assert "Leave the password out of the address" in r.text
    assert "me:secret@" not in r.text and 'value="CHINA"' in r.text  # what was typed is kept
    assert not (config_dir() / "config.toml").exists()
    r = page.post("/settings", data=_settings_form(token, imap_password="pw"))
    assert r.status_code == 422 and 'data-testid="error-imap_password"' in r.text


def test_settings_write_the_config_file_keeping_other_keys(page: TestClient, app) -> None:  # type: ignore[no-untyped-def]
    path = config_dir() / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('country = "US"\nfetch_allow = "127.0.0.1:9"\n\n[model]\nprior = 0.25\n'
                    'names = ["a", "b"]\n', encoding="utf-8")  # fmt: skip
    token = csrf_of(page.get("/settings").text)
    r = page.post("/settings", data=_settings_form(
        token, country="cn", lang="zh", timezone="Asia/Shanghai",
        **{"from": "Li Wei <li.wei@example.com>"},
        smtp_url="smtps://li.wei@example.com@smtp.example.com",
        imap_url="imaps://li.wei@example.com@imap.example.com/INBOX"),
        follow_redirects=False)  # fmt: skip
    assert r.status_code == 303 and r.headers["location"] == "/settings?saved=1"
    assert r.cookies.get("unghost_lang") == "zh"
    saved = tomllib.loads(path.read_text(encoding="utf-8"))
    assert saved == {"country": "CN", "lang": "zh", "timezone": "Asia/Shanghai",
                     "from": "Li Wei <li.wei@example.com>", "fetch_allow": "127.0.0.1:9",
                     "smtp_url": "smtps://li.wei@example.com@smtp.example.com",
                     "imap_url": "imaps://li.wei@example.com@imap.example.com/INBOX",
                     "model": {"prior": 0.25, "names": ["a", "b"]}}  # fmt: skip
    assert app.state.web.settings.country == "CN"  # the running app uses the new values
    shown = page.get("/settings?saved=1").text
    assert 'data-testid="settings-saved"' in shown and 'value="CN"' in shown
    assert "优先于配置文件" in shown  # UNGHOST_TZ (set by the test environment) wins: it says so
    # an emptied field is removed from the file; the rest stay
    page.post("/settings", data=_settings_form(token, country="CN", lang="zh"))
    saved = tomllib.loads(path.read_text(encoding="utf-8"))
    assert "timezone" not in saved and "from" not in saved and saved["model"]["prior"] == 0.25


def test_passwords_go_to_the_credential_store_never_the_file_or_db(
    page: TestClient,
    app,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    from unghost.mail.accounts import parse_smtp_url
    from unghost.mail.credentials import open_credential_store

    token = csrf_of(page.get("/settings").text)
    url = "smtps://li.wei@example.com@smtp.example.com"
    r = page.post("/settings", data=_settings_form(token, smtp_url=url,
                                                   smtp_password="s3cret-Pa55"),
                  follow_redirects=False)  # fmt: skip
    assert r.status_code == 303 and r.headers["location"] == "/settings?saved=smtp"
    assert "keyring" in page.get(r.headers["location"]).text
    store = open_credential_store(config_dir())
    assert store.find_password(parse_smtp_url(url).credential_key) == "s3cret-Pa55"
    assert "s3cret" not in (config_dir() / "config.toml").read_text(encoding="utf-8")
    db = Path(app.state.web.settings.db)
    assert b"s3cret" not in db.read_bytes()
    assert "s3cret" not in page.get("/settings").text


# -- templates ---------------------------------------------------------------------------------
def test_templates_list_preview_edit_and_reset(page: TestClient) -> None:
    html = page.get("/templates").text
    assert 'href="/templates/en/follow-up"' in html and 'href="/templates/zh/thank-you"' in html
    r = page.get("/templates/en/follow-up")
    assert r.status_code == 200 and 'data-testid="template-preview"' in r.text
    assert '<pre class="mail-body">' in r.text  # the sample preview
    token = csrf_of(r.text)
    bad = page.post("/templates/en/follow-up", data={"csrf_token": token, "action": "save",
                                                      "text": "Subject: Hi {{ nope.x }}\n\nBody"})  # fmt: skip
    assert bad.status_code == 422 and 'data-testid="error-text"' in bad.text
    assert "nope" in bad.text
    no_subject = page.post("/templates/en/follow-up", data={
        "csrf_token": token, "action": "preview", "text": "Hello"})  # fmt: skip
    assert no_subject.status_code == 422 and "Subject" in no_subject.text
    text = 'Subject: Checking in on {{ role }}\n\nDear {{ recipient.name or "team" }},\n\nStill keen.\n'
    preview = page.post("/templates/en/follow-up", data={"csrf_token": token,
                                                          "action": "preview", "text": text})  # fmt: skip
    assert preview.status_code == 200 and "Still keen." in preview.text
    assert not (config_dir() / "templates" / "en" / "follow-up.j2").exists()
    saved = page.post("/templates/en/follow-up", data={"csrf_token": token, "action": "save",
                                                        "text": text}, follow_redirects=False)  # fmt: skip
    assert saved.status_code == 303
    assert (config_dir() / "templates" / "en" / "follow-up.j2").read_text() == text
    shown = page.get(saved.headers["location"]).text
    assert 'data-testid="template-saved"' in shown and "Still keen." in shown
    assert "yours" in page.get("/templates").text
    page.post("/templates/en/follow-up", data={"csrf_token": token, "action": "reset"})
    assert not (config_dir() / "templates" / "en" / "follow-up.j2").exists()
    assert page.get("/templates/xx/follow-up").status_code == 404
    page.cookies.set("unghost_lang", "zh")
    assert "邮件模板" in page.get("/templates").text


# -- postings ----------------------------------------------------------------------------------
@pytest.fixture
def posting_server() -> Iterator[FixtureServer]:
    with serving() as running:
        yield running


def test_attach_posting_and_check_again(tmp_path: Path, posting_server: FixtureServer) -> None:
    app = create_app({"db": str(tmp_path / "p.db"), "token_dir": str(tmp_path / "cfg"),
                      "today": TODAY, "fetch_allow": posting_server.allow_entry})  # fmt: skip
    page = TestClient(app, base_url="http://127.0.0.1")
    token = _demo(page)
    job = make_job(3)
    posting_server.routes["/jobs/1"] = Reply(body=jsonld_page(job))
    ref = "globex-software-engineer"
    bad = page.post(f"/applications/{ref}/posting", data={"csrf_token": token, "url": "ftp://x"})
    assert bad.status_code == 400
    r = page.post(f"/applications/{ref}/posting",
                  data={"csrf_token": token, "url": posting_server.url("/jobs/1")},
                  follow_redirects=False)  # fmt: skip
    assert r.status_code == 303 and r.headers["location"].endswith("#postings")
    html = page.get(f"/applications/{ref}").text
    assert 'data-testid="posting-history"' in html and ">Open<" in html
    posting_server.routes["/jobs/1"] = Reply(body=closed_page(job, "This position has been filled"))
    r = page.post(f"/applications/{ref}/posting/check", data={"csrf_token": token})
    assert r.status_code == 200
    history = page.get(f"/applications/{ref}").text.split('data-testid="posting-history"')[1]
    assert history.count("<li>") == 2 and ">Open<" in history


# -- mail --------------------------------------------------------------------------------------
def _mail(frm: str, subject: str, body: str, msgid: str) -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = frm, "Alex Chen <alex@example.com>", subject
    m["Date"], m["Message-ID"] = format_datetime(datetime(2026, 10, 15, 10, tzinfo=CST)), msgid
    m.set_content(body)
    return bytes(m)


REJECTION = ("Dear Alex,\n\nThank you for your interest in the Analyst role. After careful "
             "consideration, we have decided not to move forward with your application. We wish "
             "you the best in your search.\n\nBest regards,\nZorgfield Talent")  # fmt: skip


def test_mail_import_unmatched_and_attach(page: TestClient) -> None:
    token = _demo(page)
    html = page.get("/mail").text
    assert 'action="/mail/import"' in html and 'data-testid="sync-mail"' in html
    eml = _mail("Zorgfield Talent <talent@zorgfield.example>", "Your application at Zorgfield",
                REJECTION, "<rej-9@zorgfield.example>")  # fmt: skip
    mbox = b"From x@y Mon Oct  5 10:00:00 2026\n" + eml.replace(b"\r\n", b"\n") + b"\n"
    files = [("files", ("reject.eml", io.BytesIO(eml), "message/rfc822")),
             ("files", ("All mail.mbox", io.BytesIO(mbox), "application/mbox"))]  # fmt: skip
    r = page.post("/mail/import", data={"csrf_token": token}, files=files)
    assert r.status_code == 200 and 'data-testid="mail-report"' in r.text
    assert 'data-testid="r-read">2<' in r.text and 'data-testid="r-duplicates">1<' in r.text
    assert 'data-testid="unmatched"' in r.text and "Your application at Zorgfield" in r.text
    found = re.search(r'action="/mail/(\d+)/attach"', r.text)
    assert found
    mail_id = int(found.group(1))
    r = page.post(f"/mail/{mail_id}/attach", data={"csrf_token": token,
                                                    "ref": "globex-software-engineer"},
                  follow_redirects=False)  # fmt: skip
    assert r.status_code == 303
    after = page.get(r.headers["location"]).text
    assert 'data-testid="mail-attached"' in after and 'data-testid="no-unmatched"' in after
    app_html = page.get("/applications/globex-software-engineer").text
    assert "Your application at Zorgfield" in app_html
    none = page.post("/mail/import", data={"csrf_token": token})
    assert none.status_code == 400


def test_mail_sync_without_account_explains(page: TestClient) -> None:
    token = csrf_of(page.get("/mail").text)
    r = page.post("/mail/sync", data={"csrf_token": token})
    assert r.status_code == 502 and 'data-testid="mail-error"' in r.text
    assert "UNGHOST_IMAP_URL" in r.text


def test_new_pages_refuse_writes_without_csrf(page: TestClient) -> None:
    for path in (
        "/settings",
        "/templates/en/follow-up",
        "/mail/import",
        "/mail/sync",
        "/mail/1/attach",
        "/applications/x/posting",
        "/applications/x/posting/check",
    ):
        assert page.post(path, data={}).status_code == 403, path


# -- the cheap data fingerprint ----------------------------------------------------------------
def test_pages_see_writes_from_another_process(page: TestClient, app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from unghost.bootstrap import build_context
    from unghost.services.applications import add_application, new_application

    _demo(page)
    assert "zorgfield-analyst" not in page.get("/board").text
    web = app.state.web
    before = web.change_watch(web.context()).version()
    other = build_context({"db": str(tmp_path / "u.db"), "today": TODAY})  # as the CLI would
    try:
        add_application(other, new_application("Zorgfield", "Analyst", applied_on=None))
    finally:
        other.close()
    assert web.change_watch(web.context()).version() != before
    assert "zorgfield-analyst" in page.get("/board").text
