"""Settings → Connect without a browser: the partial, the status, the errors, the redirect URI."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from fastapi.testclient import TestClient

from tests.api.conftest import csrf_of
from unghost.web.app import create_app


def client(tmp_path: Path, **flags: str) -> TestClient:
    app = create_app({"db": str(tmp_path / "u.db"), "token_dir": str(tmp_path / "cfg"),
                      "today": "2026-10-20", **flags})  # fmt: skip
    return TestClient(app, base_url="http://127.0.0.1:8765")


def test_settings_include_the_connect_card_and_its_status(tmp_path: Path) -> None:
    page = client(tmp_path)
    html = page.get("/settings").text
    assert 'data-testid="mail-connect-card"' in html and 'hx-get="/settings/mail/status"' in html
    status = page.get("/settings/mail/status").text
    assert 'data-status="no-address"' in status
    page = client(tmp_path, **{"from": "Li Wei <li@hotmail.com>"})
    status = page.get("/settings/mail/status").text
    assert 'data-status="not-connected"' in status and "No OAuth app" in status
    page.cookies.set("unghost_lang", "zh")
    zh = page.get("/settings/mail/status").text
    assert "尚未连接" in zh


def test_connect_without_an_app_explains_and_with_one_goes_to_microsoft(tmp_path: Path) -> None:
    page = client(tmp_path, **{"from": "Li Wei <li@hotmail.com>"})
    token = csrf_of(page.get("/settings/mail").text)
    r = page.post("/settings/mail/connect", data={"csrf_token": token, "provider": "microsoft"},
                  follow_redirects=False)  # fmt: skip
    assert r.status_code == 303 and "error=config" in r.headers["location"]
    shown = page.get(r.headers["location"]).text
    assert 'data-kind="config"' in shown and "borrows no other application" in shown
    r = page.post("/settings/mail/connect", data={"csrf_token": token, "provider": "microsoft",
                                                  "client_id": "my-entra-app"})  # fmt: skip
    assert r.status_code == 200 and 'http-equiv="refresh"' in r.text
    target = r.text.split('data-testid="mail-connect-continue"')[0].rsplit('href="', 1)[1]
    query = parse_qs(urlsplit(target.split('"')[0].replace("&amp;", "&")).query)
    assert target.startswith("https://login.microsoftonline.com/common/oauth2/v2.0/authorize")
    assert query["client_id"] == ["my-entra-app"] and query["login_hint"] == ["li@hotmail.com"]
    assert query["redirect_uri"] == ["http://localhost:8765/oauth/callback"]
    assert "offline_access" in query["scope"][0] and query["code_challenge_method"] == ["S256"]
    # the id went to the config file; a stale or forged answer is refused
    assert "my-entra-app" in (tmp_path / "xdg-config/unghost/config.toml").read_text()
    r = page.get("/oauth/callback?state=forged&code=x", follow_redirects=False)
    assert "error=expired" in r.headers["location"]


def test_connect_without_csrf_is_refused(tmp_path: Path) -> None:
    page = client(tmp_path)
    r = page.post("/settings/mail/connect", data={"provider": "gmail"})
    assert r.status_code == 403
