"""Signing in with the institution's OpenID Connect provider (a stub on loopback), on the real
PostgreSQL: the code flow with PKCE, state and nonce, and each way an answer is refused."""

from __future__ import annotations

import logging
import re
import uuid
from urllib.parse import parse_qs, urlsplit

import httpx2
import pytest
from fastapi.testclient import TestClient

from tests.oidcstub import CLIENT_ID, CLIENT_SECRET, running_oidc_stub
from unghost.server import accounts
from unghost.server.service import utc_now
from unghost.store.people import AuditRow, UserRow

pytestmark = pytest.mark.postgres
PASSWORD = "correct horse battery staple"
COOKIE = "__Host-unghost-session"
SERVER_URL = "https://careers.example.edu"


@pytest.fixture(scope="module")
def stub():
    with running_oidc_stub() as running:
        yield running


def _app(migrated, stub, **more):
    from unghost.web.app import create_app

    return create_app({"db": migrated.app_url, "today": "2026-11-25", "server_url": SERVER_URL,
                       "server_oidc_issuer": stub.base, "server_oidc_client_id": CLIENT_ID,
                       "server_oidc_client_secret": CLIENT_SECRET, **more}, server=True)  # fmt: skip


def _add(app, role: str = "student") -> str:
    with app.state.web.context().transaction() as s:
        place = accounts.find_institution(s) or accounts.add_institution(s, "C", now=utc_now())
        return accounts.add_user(s, email=f"{role}-{uuid.uuid4().hex[:6]}@example.edu",
                                 role=role, institution_id=place.id, password=PASSWORD,
                                 now=utc_now()).email  # fmt: skip


@pytest.fixture(scope="module")
def server(migrated, stub):
    app = _app(migrated, stub)
    yield app
    app.state.web.close()


@pytest.fixture
def person(server, stub):
    """A fresh student the provider signs in; the stub's person reset for each test."""
    from tests.oidcstub import Person

    email = _add(server)
    stub.person = Person(email=email)
    return email


def _client(app) -> TestClient:
    return TestClient(app, base_url="https://127.0.0.1", follow_redirects=False)


def _to_provider(client: TestClient, stub, next: str = "/board") -> str:
    start = client.get(f"/login/oidc?next={next}")
    assert start.status_code == 303, start.text
    location = start.headers["location"]
    assert location.startswith(stub.base + "/authorize?")
    with httpx2.Client(follow_redirects=False) as http:
        back = http.get(location)
    assert back.status_code == 302
    target = urlsplit(back.headers["location"])
    assert f"{target.scheme}://{target.netloc}" == SERVER_URL
    return f"{target.path}?{target.query}"


def _session_cookie(response) -> str | None:
    for key, value in response.headers.multi_items():
        if key == "set-cookie" and value.startswith(COOKIE + "=") and "Max-Age=0" not in value:
            return value.split(";")[0].split("=", 1)[1]
    return None


def test_the_login_page_offers_the_provider(server):
    page = _client(server).get("/login")
    assert 'data-testid="login-oidc"' in page.text and "/login/oidc?next=" in page.text


def test_signing_in_through_the_provider_uses_pkce_state_and_nonce(server, stub, person):
    client = _client(server)
    callback = _to_provider(client, stub)
    asked = stub.authorize_requests[-1]
    assert asked["client_id"] == CLIENT_ID and asked["response_type"] == "code"
    assert asked["redirect_uri"] == SERVER_URL + "/login/oidc/callback"
    assert asked["code_challenge_method"] == "S256" and len(asked["code_challenge"]) == 43
    assert len(asked["state"]) >= 32 and len(asked["nonce"]) >= 32
    assert "openid" in asked["scope"].split() and "email" in asked["scope"].split()
    done = client.get(callback)
    assert done.status_code == 303 and done.headers["location"] == "/board", done.text
    token = _session_cookie(done)
    assert token and len(token) >= 43
    assert len(stub.token_requests[-1]["code_verifier"]) >= 43  # RFC 7636 §4.1
    assert client.get("/board").status_code == 200
    with server.state.web.context().reading() as s:
        user = accounts.find_user(s, person)
        assert s.query(AuditRow).filter_by(actor_id=user.id, action="login.oidc").count() == 1


def test_a_code_is_used_once(server, stub, person):
    client = _client(server)
    callback = _to_provider(client, stub)
    assert client.get(callback).status_code == 303
    again = _client(server)
    again.cookies.update(client.cookies)
    assert again.get(callback).status_code == 401  # the stub refuses the spent code


def test_the_session_id_a_browser_had_before_is_ended(server, stub, person):
    client = _client(server)
    csrf = re.search(r'name="csrf_token" value="([0-9a-f]+)"', client.get("/login").text)[1]
    before = _session_cookie(client.post("/login", data={"email": person, "password": PASSWORD,
                                                         "csrf_token": csrf}))  # fmt: skip
    assert before
    callback = _to_provider(client, stub)
    after = _session_cookie(client.get(callback))
    assert after and after != before
    old = _client(server)
    old.cookies.set(COOKIE, before)
    assert old.get("/board").status_code == 303  # back to the sign-in page


def _refused(server, stub, caplog, callback_edit=None, client=None) -> str:
    client = client or _client(server)
    callback = _to_provider(client, stub)
    if callback_edit:
        callback = callback_edit(callback)
    with caplog.at_level(logging.WARNING, logger="unghost.server"):
        caplog.clear()
        done = client.get(callback)
    assert done.status_code == 401, done.text
    assert _session_cookie(done) is None
    assert 'data-testid="login-refused"' in done.text
    assert client.get("/board").status_code == 303
    return caplog.text


def test_a_wrong_state_is_refused(server, stub, person, caplog):
    def tamper(callback: str) -> str:
        query = {k: v[0] for k, v in parse_qs(urlsplit(callback).query).items()}
        return f"/login/oidc/callback?code={query['code']}&state=forged{query['state'][6:]}"

    assert "state does not match" in _refused(server, stub, caplog, tamper)
    assert not stub.codes or all(q["state"] for q in stub.codes.values())


def test_a_callback_in_another_browser_is_refused(server, stub, person, caplog):
    client = _client(server)
    callback = _to_provider(client, stub)
    other = _client(server)
    with caplog.at_level(logging.WARNING, logger="unghost.server"):
        done = other.get(callback)
    assert done.status_code == 401 and _session_cookie(done) is None
    assert "no sign-in was started" in caplog.text


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"nonce": "a-nonce-of-another-attempt"}, "nonce"),
        ({"audience": "another-client"}, "aud"),
        ({"lifetime_s": -600}, "expired"),
        ({"issuer": "http://127.0.0.1:1"}, "iss"),
        ({"foreign_key": True}, "signature"),
        ({"email_verified": False}, "did not vouch"),
    ],
)
def test_a_bad_id_token_is_refused(server, stub, person, caplog, change, reason):
    for key, value in change.items():
        setattr(stub.person, key, value)
    assert reason in _refused(server, stub, caplog)


def test_a_disabled_user_is_refused(server, stub, person, caplog):
    with server.state.web.context().transaction() as s:
        accounts.set_disabled(s, accounts.find_user(s, person), disabled=True, actor_id=None,
                              now=utc_now())  # fmt: skip
    assert "disabled" in _refused(server, stub, caplog)


def test_an_unknown_address_gets_no_account_unless_the_admin_allows(migrated, server, stub,
                                                                    caplog):  # fmt: skip
    from tests.oidcstub import Person

    email = f"new-{uuid.uuid4().hex[:6]}@example.edu"
    stub.person = Person(email=email)
    assert "no account" in _refused(server, stub, caplog)
    with server.state.web.context().reading() as s:
        assert accounts.find_user(s, email) is None
    allowing = _app(migrated, stub, server_oidc_create_users="true")
    try:
        client = _client(allowing)
        done = client.get(_to_provider(client, stub))
        assert done.status_code == 303 and _session_cookie(done)
        with allowing.state.web.context().reading() as s:
            user = s.query(UserRow).filter_by(email=email).one()
            assert user.role == "student" and user.password_hash is None
            assert user.name == "Stub Student"
    finally:
        allowing.state.web.close()


def test_without_settings_there_is_no_provider_sign_in(migrated):
    from unghost.web.app import create_app

    app = create_app({"db": migrated.app_url, "today": "2026-11-25"}, server=True)
    try:
        client = _client(app)
        assert "login-oidc" not in client.get("/login").text
        assert client.get("/login/oidc").headers["location"] == "/login"
    finally:
        app.state.web.close()


def test_an_unreachable_provider_leaves_the_password_sign_in(migrated):
    import socket

    from unghost.web.app import create_app

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    app = create_app({"db": migrated.app_url, "today": "2026-11-25", "server_url": SERVER_URL,
                      "server_oidc_issuer": f"http://127.0.0.1:{closed}",
                      "server_oidc_client_id": CLIENT_ID}, server=True)  # fmt: skip
    try:
        page = _client(app).get("/login/oidc")
        assert page.status_code == 502 and 'name="password"' in page.text
        assert 'data-testid="login-refused"' in page.text
    finally:
        app.state.web.close()
