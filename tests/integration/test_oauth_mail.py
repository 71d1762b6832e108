"""OAuth2 end to end, offline: the stub provider signs in (PKCE), Dovecot checks the tokens by
introspection, aiosmtpd takes XOAUTH2; sync, expiry and refresh, revocation, and the canaries."""

from __future__ import annotations

import io
import json
import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx2
import pytest

from tests.integration.test_mail_service import DOC, OOO, REJECT
from tests.oauthstub import CANARY, CLIENT_ID, Stub

USER = "jane@example.com"


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[Stub, Any]]:
    from tests.dovecot_oauth import oauth_world

    with oauth_world(USER) as (stub, dov):
        conn = dov.client()
        conn.create("Drafts")
        conn.logout()
        yield stub, dov


@pytest.fixture
def stub(world: tuple[Stub, Any]) -> Stub:
    from tests.oauthstub import Behaviour

    world[0].behaviour = Behaviour()
    return world[0]


def consent(url: str, decision: str = "consent") -> None:
    """What the user does in the browser: open the provider's page, press a button, come back."""
    with httpx2.Client(follow_redirects=False, timeout=10) as http:
        page = http.get(url)
        assert page.status_code == 200, page.text
        rid = re.search(r'name="id" value="([0-9a-f]+)"', page.text)
        assert rid is not None
        action = url.split("/authorize")[0] + "/authorize/decide"
        back = http.post(action, data={"id": rid.group(1), "decision": decision})
        assert back.status_code == 302
        http.get(back.headers["location"])  # the loopback redirect to unghost


@pytest.fixture
def octx(world: tuple[Stub, Any], stub: Stub, tmp_path: Path) -> Iterator[Any]:
    from unghost.bootstrap import build_context
    from unghost.services.transfer import import_file

    dov = world[1]
    folder = dov.new_folder()
    path = tmp_path / "apps.json"
    path.write_text(json.dumps(DOC, ensure_ascii=False), encoding="utf-8")
    ctx = build_context({
        "db": str(tmp_path / "unghost.db"), "today": "2026-10-21", "from": f"Jane Doe <{USER}>",
        "oauth_client_id": CLIENT_ID, "oauth_issuer": stub.base, "oauth_scopes": "openid offline_access mail",
        "imap_url": f"imap+plain://{quote(USER, safe='')}@127.0.0.1:{dov.port}/{folder}",
    })  # fmt: skip
    import_file(ctx, path)
    ctx.folder = folder  # type: ignore[attr-defined]
    yield ctx
    ctx.close()


def connect(ctx: Any) -> Any:
    from unghost.services.mail_accounts import connect_with_browser

    return connect_with_browser(ctx, "imap", None, consent)


def test_connect_sync_expire_refresh_and_revoke(world, stub, octx):
    from unghost.mail import oauth_tokens
    from unghost.mail.oauth import OAuthError
    from unghost.services.mail import sync_imap
    from unghost.services.mail_accounts import connection_status

    dov = world[1]
    dov.append(OOO, octx.folder)
    connected = connect(octx)
    assert connected.username == USER and connected.stored_in.startswith("file: ")
    assert stub.grant_types == ["authorization_code"]
    first = sync_imap(octx)
    assert first.stored == 1 and first.matched == 1

    # the access token expires: unghost sees it coming and refreshes before logging in
    stub.expire_access_tokens()
    later = oauth_tokens.now() + 7200
    dov.append(REJECT, octx.folder)
    saved_now = oauth_tokens.now
    oauth_tokens.now = lambda: later  # type: ignore[assignment]
    try:
        second = sync_imap(octx)
    finally:
        oauth_tokens.now = saved_now  # type: ignore[assignment]
    assert second.stored == 1
    assert stub.grant_types == ["authorization_code", "refresh_token"]

    # the server refuses a token unghost thought was valid: refresh once, and go on
    stub.expire_access_tokens()
    assert sync_imap(octx).stored == 0
    assert stub.grant_types[-1] == "refresh_token" and len(stub.grant_types) == 3

    # the user withdraws access at the provider: unghost says "re-connect"
    stub.revoke_all()
    stub.expire_access_tokens()
    with pytest.raises(OAuthError) as caught:
        sync_imap(octx)
    assert caught.value.kind == "revoked"
    assert "unghost account connect imap" in (caught.value.hint or "")
    assert connection_status(octx)["status"] == "re-connect"
    # and connecting again mends it
    connect(octx)
    assert connection_status(octx)["status"] == "connected"
    assert sync_imap(octx).stored == 0


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_sending_uses_xoauth2_and_drafts_land_in_the_mailbox(world, stub, octx, tmp_path):
    from tests.oauth_smtp import oauth_smtp_server
    from unghost.bootstrap import build_context
    from unghost.services.outbox import make_draft, save_draft_to_mailbox, send_now

    dov = world[1]
    connect(octx)
    with oauth_smtp_server(stub.introspection_url) as smtp:
        flags = {k: octx.settings.get(k) for k in ("db", "today", "from", "oauth_client_id", "oauth_scopes",
                                                   "oauth_issuer", "imap_url")}  # fmt: skip
        flags["smtp_url"] = f"smtp+plain://{quote(USER, safe='')}@127.0.0.1:{smtp.port}"
        ctx = build_context(flags)
        entry = make_draft(ctx, "acme-analyst", "follow-up")
        stub.expire_access_tokens()  # refused at AUTH, refreshed, then accepted
        sent = send_now(ctx, str(entry.id))
        assert sent.state.value == "sent", sent.last_error
        assert smtp.handler.logins == [USER] and len(smtp.received) == 1
        assert stub.grant_types[-1] == "refresh_token"
        folder = save_draft_to_mailbox(ctx, make_draft(ctx, "acme-analyst", "check-in"))
        conn = dov.client()
        try:
            conn.select(folder)
            assert conn.search(None, "DRAFT")[1][0].split()
        finally:
            conn.logout()
        # a revoked grant: nothing is sent, the outbox says why and what to do
        stub.revoke_all()
        stub.expire_access_tokens()
        failed = send_now(ctx, str(make_draft(ctx, "acme-analyst", "follow-up").id))
        assert failed.state.value == "failed"
        assert "revoked" in (failed.last_error or "") and "connect imap" in (
            failed.last_error or ""
        )
        assert len(smtp.received) == 1
        ctx.close()


def test_oauthbearer_when_the_provider_is_generic(world, stub, octx, monkeypatch):
    from unghost.mail import oauth_sasl
    from unghost.services.mail import sync_imap

    connect(octx)
    used: list[str] = []
    real = oauth_sasl.pick_mechanism
    monkeypatch.setattr(oauth_sasl, "pick_mechanism",
                        lambda wanted, offered: used.append(real("oauthbearer", offered))
                        or used[-1])  # fmt: skip
    world[1].append(OOO, octx.folder)
    assert sync_imap(octx).stored == 1
    assert used == ["oauthbearer"]


def test_device_flow(world, stub, octx):
    from unghost.services.mail import sync_imap
    from unghost.services.mail_accounts import connect_with_device

    shown: list[Any] = []

    def show(device: Any) -> None:
        shown.append(device)
        with httpx2.Client(timeout=10) as http:  # the user types the code on their phone
            assert (
                http.post(device.verification_uri, data={"user_code": device.user_code}).status_code
                == 200
            )

    result = connect_with_device(octx, "imap", None, show, sleep=lambda s: None)
    assert result.username == USER and shown and "device_code" in stub.grant_types[-1]
    world[1].append(OOO, octx.folder)
    assert sync_imap(octx).stored == 1


@pytest.mark.parametrize(
    ("behaviour", "decision", "kind"),
    [({}, "refuse", "consent-refused"),
     ({"admin_consent_required": True}, "consent", "admin-consent"),
     ({"grant_scope": "openid"}, "consent", "scope-missing"),
     ({"issue_refresh": False}, "consent", "scope-missing")],
)  # fmt: skip
def test_sign_in_problems_say_what_to_do(stub, octx, behaviour, decision, kind):
    from unghost.mail.oauth import OAuthError
    from unghost.services.mail_accounts import connect_with_browser, connection_status

    for name, value in behaviour.items():
        setattr(stub.behaviour, name, value)
    with pytest.raises(OAuthError) as caught:
        connect_with_browser(octx, "imap", None, lambda url: consent(url, decision))
    assert caught.value.kind == kind and caught.value.hint
    assert connection_status(octx)["status"] == "not-connected"


def test_a_skewed_clock_is_named(stub, octx, monkeypatch):
    from unghost.mail.oauth import OAuthError
    from unghost.services.mail import sync_imap

    connect(octx)
    stub.behaviour.date_offset_s = 3600
    stub.revoke_all()  # the provider refuses the refresh with a plain error
    stub.grants.clear()
    monkeypatch.setattr("tests.oauthstub._Handler._error",
                        lambda self, error, description="", status=400:
                        self._json(status, {"error": "invalid_request"}))  # fmt: skip
    stub.expire_access_tokens()
    with pytest.raises(OAuthError) as caught:
        sync_imap(octx)
    assert caught.value.kind == "clock-skew" and "60 minutes" in caught.value.message


def test_canary_tokens_never_reach_disk_database_exports_or_logs(
    world, stub, octx, tmp_path, caplog
):
    from unghost.mail.redaction import install_log_redaction
    from unghost.services.mail import sync_imap
    from unghost.services.mail_accounts import disconnect
    from unghost.services.transfer import export_applications

    install_log_redaction()
    caplog.set_level(logging.DEBUG)
    connect(octx)
    world[1].append(OOO, octx.folder)
    sync_imap(octx)
    stub.expire_access_tokens()
    sync_imap(octx)
    buffer = io.StringIO()
    export_applications(octx, buffer)
    logging.getLogger("unghost.test").warning("token seen: %s", stub.issued[-1])
    try:
        raise RuntimeError(f"refresh failed for {stub.issued[-1]}")
    except RuntimeError:
        logging.getLogger("unghost.test").exception("while syncing")
    secrets_ = [t for t in stub.issued if t.startswith(CANARY)]
    assert len(secrets_) >= 3
    credentials = Path(os.environ["XDG_CONFIG_HOME"]) / "unghost" / "credentials.json"
    assert credentials.stat().st_mode & 0o077 == 0
    places = {"export": buffer.getvalue(), "log": caplog.text}
    for path in tmp_path.rglob("*"):
        if path.is_file() and path != credentials:
            places[str(path)] = path.read_bytes().decode("latin-1")
    for where, text in places.items():
        for token in secrets_:
            assert token not in text, f"a token leaked into {where}"
    assert "token seen: ***" in caplog.text and "refresh failed for ***" in caplog.text
    assert disconnect(octx) and not credentials.read_text().count(CANARY)


def test_microsoft_device_flow_and_rotating_refresh_tokens_shared_by_two_processes(
    world, stub, octx
):
    from dataclasses import replace

    from unghost.bootstrap import build_context
    from unghost.mail.oauth_tokens import TokenSource
    from unghost.services.mail import sync_imap
    from unghost.services.mail_accounts import (
        connect_with_device,
        credential_store,
        find_connection,
    )

    ctx = build_context({**{k: octx.settings.get(k) for k in ("db", "today", "from",
                        "oauth_client_id", "oauth_issuer", "imap_url")}})  # fmt: skip
    stub.behaviour.rotate_refresh = True

    def show(device: Any) -> None:
        with httpx2.Client(timeout=10) as http:
            http.post(device.verification_uri, data={"user_code": device.user_code})

    result = connect_with_device(ctx, "microsoft", None, show, sleep=lambda s: None)
    assert result.provider == "microsoft"
    assert result.smtp_url == "smtp://jane%40example.com@office365"  # the preset to send with
    stale = find_connection(ctx)
    assert stale is not None and stale.provider == "microsoft"
    # the worker refreshes (the provider rotates the refresh token) ...
    worker = TokenSource(credential_store(), USER, scope_on_refresh=True)
    worker.access_token(force_refresh=True)
    # ... while the web app still holds the old one: it must not conclude "revoked"
    web = TokenSource(credential_store(), USER, scope_on_refresh=True)
    fresh = web._refresh(replace(stale))
    assert fresh.refresh_token != stale.refresh_token and not fresh.needs_reconnect
    world[1].append(OOO, octx.folder)
    assert sync_imap(ctx).stored == 1
    ctx.close()


def test_a_mail_server_wanting_a_scope_the_grant_lacks_is_named(stub, octx, tmp_path):
    from tests.dovecot_oauth import running_oauth_dovecot
    from unghost.bootstrap import build_context
    from unghost.mail.oauth import OAuthError
    from unghost.services.mail import sync_imap
    from unghost.services.mail_accounts import connection_status

    # Dovecot 2.3 names the scope "mail" in its error; here it also requires it
    with running_oauth_dovecot(stub.introspection_url, USER, scope="mail") as strict:
        flags = {k: octx.settings.get(k) for k in ("db", "today", "from", "oauth_client_id",
                                                   "oauth_issuer")}  # fmt: skip
        flags["oauth_scopes"] = "openid offline_access"  # the user left the mail scope out
        flags["imap_url"] = f"imap+plain://{quote(USER, safe='')}@127.0.0.1:{strict.port}/INBOX"
        ctx = build_context(flags)
        connect(ctx)
        with pytest.raises(OAuthError) as caught:
            sync_imap(ctx)
        assert caught.value.kind == "scope-missing" and "scope mail" in caught.value.message
        assert "oauth_scopes" in (caught.value.hint or "")
        assert connection_status(ctx)["status"] == "connected"  # the grant itself is fine
        ctx.close()
