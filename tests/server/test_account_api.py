"""/api/v1/account: a person's own templates and mail account through a personal API token,
with the checks of the pages (a template that would not draft is refused, a password is sealed
and never given back) and nobody else's to read or change (real PostgreSQL, Dovecot, aiosmtpd)."""

from __future__ import annotations

import pytest

from tests.outboxfixtures.smtpserver import PASSWORD as SMTP_PASSWORD
from tests.outboxfixtures.smtpserver import USER as SMTP_USER
from tests.outboxfixtures.smtpserver import smtp_server
from tests.server.clients import add_students, api_client, server_app

pytestmark = pytest.mark.postgres
MINE = "Subject: Still keen on {{ role }}\n\nDear {{ recipient.name }},\n\nAnn's own words.\n"


@pytest.fixture(scope="module")
def server(migrated):
    with server_app(migrated.app_url) as app:
        yield app, [api_client(app, email) for _, email in add_students(app, "api")]


def test_a_template_is_kept_read_back_and_reset_through_the_api(server):
    _, (ann, bo) = server
    listed = ann.get("/api/v1/account/templates").json()
    assert {"lang": "zh", "kind": "follow-up", "origin": "built-in", "problem": None} in listed[
        "templates"
    ]
    put = ann.put("/api/v1/account/templates/en/follow-up", json={"text": MINE})
    assert put.status_code == 200, put.text
    assert put.json() == {"ok": True, "lang": "en", "kind": "follow-up", "origin": "user",
                          "text": MINE}  # fmt: skip
    assert ann.get("/api/v1/account/templates/en/follow-up").json()["origin"] == "user"
    theirs = bo.get("/api/v1/account/templates/en/follow-up").json()
    assert theirs["origin"] == "built-in" and "Ann's own words." not in theirs["text"]
    reset = ann.delete("/api/v1/account/templates/en/follow-up")
    assert reset.status_code == 200 and reset.json()["origin"] == "built-in"


@pytest.mark.parametrize(("body", "status", "says"), [
    ({"text": "Dear {{ recipient.name }}, no subject line\n"}, 400, "Subject"),
    ({"text": "Subject: x\n\n{{ nonsense_field }}\n"}, 400, "nonsense_field"),
    ({"words": "Subject: x"}, 400, '{"text"'),
])  # fmt: skip
def test_a_template_that_would_not_draft_is_refused_and_not_kept(server, body, status, says):
    _, (ann, _) = server
    refused = ann.put("/api/v1/account/templates/en/check-in", json=body)
    assert refused.status_code == status and refused.json()["ok"] is False
    assert says in refused.json()["error"]
    assert ann.get("/api/v1/account/templates/en/check-in").json()["origin"] == "built-in"


def test_only_the_shipped_kinds_and_a_token_are_accepted(server):
    app, (ann, _) = server
    assert ann.get("/api/v1/account/templates/en/love-letter").status_code == 404
    assert ann.put("/api/v1/account/templates/fr/follow-up", json={"text": MINE}).status_code == 404
    from starlette.testclient import TestClient

    anonymous = TestClient(app, base_url="https://127.0.0.1", follow_redirects=False)
    assert anonymous.get("/api/v1/account/mail").status_code == 401


def _account(dovecot, smtp_port: int, imap_password: str) -> dict:
    return {"imap": {"host": "127.0.0.1", "port": dovecot.port, "security": "plain",
                     "user": dovecot.user, "password": imap_password},
            "smtp": {"host": "127.0.0.1", "port": smtp_port, "security": "plain",
                     "user": SMTP_USER, "password": SMTP_PASSWORD}}  # fmt: skip


def test_a_mail_account_is_connected_tested_and_removed_through_the_api(server, dovecot):
    _, (ann, bo) = server
    with smtp_server(auth=True) as smtp:
        put = ann.put("/api/v1/account/mail", json=_account(dovecot, smtp.port, dovecot.password))
        assert put.status_code == 200, put.text
        shown = put.json()
        assert shown["connected"] and shown["accounts"]["imap"]["password"] is True
        assert dovecot.password not in put.text and SMTP_PASSWORD not in put.text
        tested = ann.post("/api/v1/account/mail/test").json()
        assert tested["works"] is True and tested["error"] is None
    assert bo.get("/api/v1/account/mail").json()["connected"] is False  # not Ann's
    assert bo.delete("/api/v1/account/mail").json() == {"ok": True, "removed": False}
    assert ann.get("/api/v1/account/mail").json()["connected"] is True
    with smtp_server(auth=True) as smtp:
        wrong = _account(dovecot, smtp.port, "not-the-password")
        assert ann.put("/api/v1/account/mail", json=wrong).status_code == 200
        failed = ann.post("/api/v1/account/mail/test").json()
    assert failed["works"] is False and "IMAP:" in failed["error"] and "\n" not in failed["error"]
    assert failed["last_error"] == failed["error"] and "not-the-password" not in failed["error"]
    assert ann.delete("/api/v1/account/mail").json() == {"ok": True, "removed": True}
    assert ann.get("/api/v1/account/mail").json()["connected"] is False


@pytest.mark.parametrize(("body", "says"), [
    ({"imap": {"host": "imap.example.edu", "port": 99999}}, "is not 1 to 65535"),
    ({"imap": {"host": "evil.example/path"}}, "is not a server name"),
    ({"imap": {"host": "imap.example.edu", "colour": "red"}}, "give an object of"),
    ({}, "at least an IMAP or an SMTP server"),
])  # fmt: skip
def test_an_account_that_cannot_be_used_is_refused(server, body, says):
    _, (ann, _) = server
    refused = ann.put("/api/v1/account/mail", json=body)
    assert refused.status_code == 400 and says in refused.json()["error"]
