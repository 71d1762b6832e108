"""Each student's own mail account on /account/mail: connected with host, port, security,
user and password, tested against the real Dovecot and aiosmtpd, its status shown, and
disconnected; the password sealed with the server key and never shown back, and nobody else's
account to see or change (pages and row-level security; real PostgreSQL)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from tests.outboxfixtures.smtpserver import PASSWORD as SMTP_PASSWORD
from tests.outboxfixtures.smtpserver import USER as SMTP_USER
from tests.outboxfixtures.smtpserver import smtp_server
from tests.server.clients import SERVER_KEY, add_students, post_form, server_app, signed_in

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def server(migrated):
    # the process's own IMAP URL must reach nobody
    with server_app(migrated.app_url, UNGHOST_IMAP_URL="imap+plain://process@127.0.0.1:1") as app:
        yield app, add_students(app, "mail")


def _post(client: TestClient, path: str, **values: str):
    return post_form(client, path, "/account/mail", **values)


def _form(dovecot, smtp_port: int, *, imap_password: str, smtp_password: str) -> dict[str, str]:
    return {"imap_host": "127.0.0.1", "imap_port": str(dovecot.port), "imap_security": "plain",
            "imap_user": dovecot.user, "imap_password": imap_password,
            "smtp_host": "127.0.0.1", "smtp_port": str(smtp_port), "smtp_security": "plain",
            "smtp_user": SMTP_USER, "smtp_password": smtp_password}  # fmt: skip


def _raw(migrated, user_id: int, sql: str, *args):
    import psycopg

    with psycopg.connect(migrated.app_url.replace("postgresql+psycopg", "postgresql")) as c:
        c.execute("SELECT set_config('app.user_id', %s, true)", (str(user_id),))
        return c.execute(sql, args).fetchall()


def test_a_student_connects_tests_and_disconnects_their_own_account(server, dovecot, migrated):
    app, ((ann_id, ann), _) = server
    client = signed_in(app, ann)
    assert 'data-testid="mail-test"' not in client.get("/account/mail").text  # nothing yet
    with smtp_server(auth=True) as smtp:
        form = _form(dovecot, smtp.port, imap_password=dovecot.password,
                     smtp_password=SMTP_PASSWORD)  # fmt: skip
        saved = _post(client, "/account/mail", **form)
        assert saved.status_code == 303, saved.text
        page = client.get("/account/mail").text
        assert dovecot.password not in page and SMTP_PASSWORD not in page
        assert page.count("password kept, sealed") == 2 and f"127.0.0.1:{dovecot.port}" in page
        tested = _post(client, "/account/mail/test")
        assert tested.status_code == 200 and 'data-testid="mail-test-ok"' in tested.text
    stored = _raw(migrated, ann_id, "SELECT imap_url, smtp_url, last_error FROM mail_accounts")
    assert stored == [(f"imap+plain://{dovecot.user.replace('@', '%40')}@127.0.0.1:"
                       f"{dovecot.port}", f"smtp+plain://{SMTP_USER.replace('@', '%40')}@"
                       f"127.0.0.1:{smtp.port}", None)]  # fmt: skip
    sealed = _raw(migrated, ann_id, "SELECT purpose, ciphertext FROM mail_secrets")
    assert sorted(p for p, _ in sealed) == ["imap", "smtp"]
    assert all(dovecot.password.encode() not in bytes(c) and
               SMTP_PASSWORD.encode() not in bytes(c) for _, c in sealed)  # fmt: skip

    # when the queue's job last read the mailbox shows as its last sync
    from dataclasses import replace
    from datetime import datetime

    from unghost.store.models import MailboxStateRow

    with replace(app.state.web.context(), owner_id=ann_id).transaction() as s:
        s.add(MailboxStateRow(account="imap", folder="INBOX", uidvalidity=1, last_uid=3,
                              synced_at=datetime(2026, 11, 25, 8, 30)))  # fmt: skip
    shown = client.get("/account/mail").text
    assert re.search(r'data-testid="mail-last-sync">2026-11-25 08:30 UTC<', shown)

    gone = _post(client, "/account/mail/disconnect")
    assert gone.status_code == 303 and gone.headers["location"] == "/account/mail?removed=1"
    assert _raw(migrated, ann_id, "SELECT id FROM mail_accounts") == []
    assert _raw(migrated, ann_id, "SELECT id FROM mail_secrets") == []
    assert "not connected" in client.get("/account/mail").text


def test_a_wrong_password_fails_the_test_with_one_line_kept_as_the_last_error(server, dovecot):
    app, (_, (_bo_id, bo)) = server
    client = signed_in(app, bo)
    with smtp_server(auth=True) as smtp:
        form = _form(dovecot, smtp.port, imap_password="not-the-imap-password",
                     smtp_password="not-the-smtp-password")  # fmt: skip
        assert _post(client, "/account/mail", **form).status_code == 303
        tested = _post(client, "/account/mail/test")
    failed = re.search(r'data-testid="mail-test-failed">([^<]*)<', tested.text).group(1)
    assert "b'" not in failed.replace("&#39;", "'")  # no Python bytes repr
    assert "\n" not in failed.strip() and "IMAP:" in failed and "SMTP:" in failed
    assert "refused the user name or password" in failed
    assert "not-the-imap-password" not in tested.text and "not-the-smtp-password" not in tested.text
    last = client.get("/account/mail").text
    assert re.search(r'data-testid="mail-last-error">[^<]*SMTP:', last)
    # a password left empty keeps the kept one; a right one fixes it
    with smtp_server(auth=True) as smtp:
        fixed = _form(dovecot, smtp.port, imap_password=dovecot.password, smtp_password="")
        fixed["smtp_host"] = ""  # and no SMTP server at all: only IMAP is tested
        assert _post(client, "/account/mail", **fixed).status_code == 303
        assert 'data-testid="mail-test-ok"' in _post(client, "/account/mail/test").text
    _post(client, "/account/mail/disconnect")


@pytest.mark.parametrize(("field", "value", "says"), [
    ("imap_port", "99999", "is not 1 to 65535"),
    ("imap_host", "evil.example/path", "is not a server name"),
    ("imap_security", "none", "no security"),
    ("smtp_security", "plain", "only for a test server on this computer"),
])  # fmt: skip
def test_an_account_that_cannot_be_used_is_refused(server, field, value, says):
    app, ((_, ann), _) = server
    client = signed_in(app, ann)
    form = {"imap_host": "imap.example.edu", "imap_security": "tls", "imap_user": "ann",
            "imap_password": "app-password-123", "smtp_host": "smtp.example.edu",
            "smtp_security": "tls", "smtp_user": "ann", "smtp_password": "app-password-123",
            field: value}  # fmt: skip
    refused = _post(client, "/account/mail", **form)
    assert refused.status_code == 400 and says in refused.text
    assert "app-password-123" not in refused.text


def test_nobody_sees_tests_or_removes_another_students_account(server, dovecot, migrated):
    app, ((ann_id, ann), (bo_id, bo)) = server
    ann_client, bo_client = signed_in(app, ann), signed_in(app, bo)
    with smtp_server(auth=True) as smtp:
        form = _form(dovecot, smtp.port, imap_password=dovecot.password,
                     smtp_password=SMTP_PASSWORD)  # fmt: skip
        assert _post(ann_client, "/account/mail", **form).status_code == 303
    bo_page = bo_client.get("/account/mail").text
    assert "not connected" in bo_page and str(dovecot.port) not in bo_page
    assert _post(bo_client, "/account/mail/test").status_code == 400  # Bo has none to test
    assert _post(bo_client, "/account/mail/disconnect").status_code == 303
    assert len(_raw(migrated, ann_id, "SELECT id FROM mail_accounts")) == 1  # Ann's is kept
    assert _raw(migrated, bo_id, "SELECT id FROM mail_accounts WHERE owner_id = %s", ann_id) == []
    assert _raw(migrated, bo_id, "SELECT id FROM mail_secrets WHERE owner_id = %s", ann_id) == []
    assert _raw(migrated, bo_id, "DELETE FROM mail_secrets WHERE owner_id = %s RETURNING id",
                ann_id) == []  # fmt: skip
    assert len(_raw(migrated, ann_id, "SELECT id FROM mail_secrets")) == 2
    # the laptop's mail settings stay off on the server
    for path in ("/settings", "/settings/mail", "/oauth/start", "/mail/sync"):
        assert ann_client.get(path).status_code == 404, path
    _post(ann_client, "/account/mail/disconnect")


def test_a_failed_mailbox_sync_shows_as_the_last_error_until_one_works(server, dovecot):
    from unghost.server.keys import ServerKeys
    from unghost.server.mailboxes import user_context
    from unghost.worker.passes import run_job

    app, ((ann_id, ann), _) = server
    client = signed_in(app, ann)
    form = {"imap_host": "127.0.0.1", "imap_port": str(dovecot.port), "imap_security": "plain",
            "imap_user": dovecot.user, "imap_password": "wrong-imap-password"}  # fmt: skip
    assert _post(client, "/account/mail", **form).status_code == 303
    ctx = user_context(app.state.web.context(), ServerKeys.from_text(SERVER_KEY), ann_id)
    assert run_job(ctx, "mail").errors  # as the queue's job runs it, the failure reported
    shown = client.get("/account/mail").text
    assert re.search(r'data-testid="mail-last-error">mail sync: [^<]*AUTHENTICATIONFAILED', shown)
    assert "wrong-imap-password" not in shown
    form["imap_password"] = dovecot.password
    assert _post(client, "/account/mail", **form).status_code == 303
    ctx = user_context(app.state.web.context(), ServerKeys.from_text(SERVER_KEY), ann_id)
    assert not run_job(ctx, "mail").errors
    shown = client.get("/account/mail").text
    assert 'data-testid="mail-last-error">—<' in shown
    assert not re.search(r'data-testid="mail-last-sync">never<', shown)
    _post(client, "/account/mail/disconnect")
