"""Settings → Connect in Chromium: the stub provider's consent page, back to unghost, mail
synced from Dovecot with the token, expiry refreshed, and a revoked grant shown as re-connect."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from tests.browser.test_browser import shot
from tests.integration.test_mail_service import DOC, OOO, REJECT
from tests.oauthstub import CANARY, CLIENT_ID, Stub

USER = "jane@example.com"


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[Stub, Any]]:
    from tests.dovecot_oauth import oauth_world

    with oauth_world(USER) as (stub, dov):
        yield stub, dov


@pytest.fixture
def flags(world: tuple[Stub, Any], tmp_path: Path) -> dict[str, str]:
    stub, dov = world
    return {"db": str(tmp_path / "u.db"), "token_dir": str(tmp_path / "cfg"),
            "today": "2026-10-21", "from": f"Jane Doe <{USER}>",
            "oauth_issuer": stub.base, "oauth_scopes": "openid offline_access mail",
            "imap_url": f"imap+plain://{quote(USER, safe='')}@127.0.0.1:{dov.port}/{dov.new_folder()}"}  # fmt: skip


@pytest.fixture
def oauth_page(browser: Any, flags: dict[str, str]) -> Iterator[Any]:
    import uvicorn

    from unghost.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app({**flags, "port": port})
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    while not srv.started:
        threading.Event().wait(0.05)
    page = browser.new_page()
    page.set_default_timeout(15000)
    browser.clear_cookies()
    page.base = f"http://127.0.0.1:{port}"  # type: ignore[attr-defined]
    yield page
    page.close()
    srv.should_exit = True
    thread.join(10)


def test_connect_in_the_browser_then_sync_refresh_and_reconnect(
    world: tuple[Stub, Any], flags: dict[str, str], oauth_page: Any, tmp_path: Path
) -> None:
    from unghost.bootstrap import build_context
    from unghost.mail.oauth import OAuthError
    from unghost.services.mail import sync_imap
    from unghost.services.transfer import import_file

    stub, dov = world
    page = oauth_page
    page.goto(page.base + "/settings")
    card = page.get_by_test_id("mail-connect-card")
    assert (
        card.get_by_test_id("mail-connect-status").get_attribute("data-status") == "not-connected"
    )
    page.select_option("#mc-provider", "imap")
    page.fill("#mc-client-id", CLIENT_ID)
    page.get_by_test_id("mail-connect").click()
    page.wait_for_url(stub.base + "/authorize**")  # the provider's own page
    shot(page, tmp_path, "stub-consent")
    page.get_by_test_id("consent").click()
    page.get_by_test_id("mail-connected").wait_for()
    assert USER in page.get_by_test_id("mail-connected").inner_text()
    status = page.get_by_test_id("mail-connect-status")
    assert status.get_attribute("data-status") == "connected"
    shot(page, tmp_path, "mail-connected")

    # the client id went to the config file; the tokens did not
    ctx = build_context({**flags, "oauth_client_id": None})  # read back from the config file
    assert ctx.settings.get("oauth_client_id") == CLIENT_ID
    apps = tmp_path / "apps.json"
    apps.write_text(json.dumps(DOC), encoding="utf-8")
    import_file(ctx, apps)
    folder = flags["imap_url"].rsplit("/", 1)[1]
    dov.append(OOO, folder)
    assert sync_imap(ctx).stored == 1
    stub.expire_access_tokens()
    dov.append(REJECT, folder)
    assert sync_imap(ctx).stored == 1  # refused, refreshed, read
    assert stub.grant_types == ["authorization_code", "refresh_token"]

    stub.revoke_all()
    stub.expire_access_tokens()
    with pytest.raises(OAuthError):
        sync_imap(ctx)
    page.goto(page.base + "/settings")
    assert page.get_by_test_id("mail-connect-status").get_attribute("data-status") == "re-connect"
    shot(page, tmp_path, "mail-reconnect")
    page.get_by_test_id("mail-reconnect").click()  # one click: same provider, same address
    page.get_by_test_id("consent").click()
    page.get_by_test_id("mail-connected").wait_for()
    assert page.get_by_test_id("mail-connect-status").get_attribute("data-status") == "connected"
    assert sync_imap(ctx).stored == 0
    ctx.close()
    for path in tmp_path.rglob("*"):  # the credentials file is the one place tokens belong
        if path.is_file() and path.suffix != ".png" and path.name != "credentials.json":
            text = path.read_bytes().decode("latin-1")
            assert not [t for t in stub.issued if t.startswith(CANARY) and t in text], path


def test_refused_consent_is_explained_in_both_languages(
    world: tuple[Stub, Any], oauth_page: Any
) -> None:
    page = oauth_page
    page.goto(page.base + "/settings/mail")
    page.select_option("#mc-provider", "imap")
    page.fill("#mc-client-id", CLIENT_ID)
    page.get_by_test_id("mail-connect").click()
    page.get_by_test_id("refuse").click()
    error = page.get_by_test_id("mail-connect-error")
    error.wait_for()
    assert error.get_attribute("data-kind") == "consent-refused"
    assert "Allow" in error.inner_text()
    page.context.add_cookies([{"name": "unghost_lang", "value": "zh", "url": page.base}])
    page.reload()
    assert "允许" in page.get_by_test_id("mail-connect-error").inner_text()
