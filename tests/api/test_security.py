"""The guard: Host allow-list, cross-site refusals, CSRF tokens, upload cap, CSP, token file."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import csrf_of
from unghost.web.security import CSP
from unghost.web.state import load_api_token


@pytest.mark.parametrize("host", ["127.0.0.1:8765", "localhost", "[::1]:8000"])
def test_allowed_hosts(page: TestClient, host: str) -> None:
    assert page.get("/today", headers={"Host": host}).status_code == 200


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8765", "127.0.0.1.nip.io"])
def test_other_hosts_refused(page: TestClient, api: TestClient, host: str) -> None:
    assert page.get("/today", headers={"Host": host}).status_code == 421
    r = api.get("/api/v1/applications", headers={"Host": host})
    assert r.status_code == 421 and r.json()["ok"] is False and r.json()["status"] == 421


def test_cross_site_posts_refused(page: TestClient, api: TestClient) -> None:
    token = csrf_of(page.get("/today").text)
    for headers in ({"Origin": "http://evil.example"}, {"Sec-Fetch-Site": "cross-site"},
                    {"Origin": "null"}, {"Sec-Fetch-Site": "same-site"},
                    {"Origin": "http://127.0.0.1", "Sec-Fetch-Site": "cross-site"}):  # fmt: skip
        assert page.post("/demo", data={"csrf_token": token}, headers=headers).status_code == 403
        r = api.post("/api/v1/demo", headers=headers)
        assert r.status_code == 403 and r.json()["error"]
    assert api.get("/api/v1/applications").json()["applications"] == []
    same = {"Origin": "http://127.0.0.1", "Sec-Fetch-Site": "same-origin"}
    assert page.post("/demo", data={"csrf_token": token}, headers=same).status_code == 200


def test_csrf_token_required_on_pages(page: TestClient) -> None:
    token = csrf_of(page.get("/today").text)
    assert page.post("/demo").status_code == 403
    assert page.post("/demo", data={"csrf_token": "0" * 64}).status_code == 403
    assert page.post("/board/move", headers={"X-CSRF-Token": "bad"},
                     data={"ref": "x", "status": "offer"}).status_code == 403  # fmt: skip
    other = TestClient(page.app, base_url="http://127.0.0.1")  # another session
    assert other.post("/demo", data={"csrf_token": token}).status_code == 403
    assert page.post("/demo", headers={"X-CSRF-Token": token}).status_code == 200


def test_security_headers(page: TestClient) -> None:
    r = page.get("/today")
    assert r.headers["content-security-policy"] == CSP
    assert "'unsafe-inline'" not in CSP and "script-src 'self'" in CSP
    assert r.headers["x-frame-options"] == "DENY"
    assert "<script>" not in r.text.replace('<script src="', "")
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie


def test_upload_cap(api: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from unghost.web import security

    big = io.BytesIO(b"x" * (security.MAX_BODY_BYTES + 1024))
    r = api.post("/api/v1/documents/check", files={"resume": ("r.txt", big)})
    assert r.status_code == 413 and r.json()["status"] == 413


def test_streamed_upload_cap_without_length(app) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    from unghost.web.security import Guard

    sent: list[dict] = []

    async def inner(scope, receive, send):  # type: ignore[no-untyped-def]
        while (await receive()).get("more_body"):
            pass

    guard = Guard(inner, hosts=frozenset({"127.0.0.1"}), max_body=10)
    chunks = iter([{"type": "http.request", "body": b"x" * 8, "more_body": True}] * 3)

    async def receive():  # type: ignore[no-untyped-def]
        return next(chunks)

    async def send(message):  # type: ignore[no-untyped-def]
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/api/v1/import",
             "headers": [(b"host", b"127.0.0.1")]}  # fmt: skip
    import threading  # a thread of its own: a browser test may own this thread's event loop

    runner = threading.Thread(target=asyncio.run, args=(guard(scope, receive, send),))
    runner.start()
    runner.join()
    assert sent[0]["status"] == 413


def test_api_token_file_is_private(tmp_path: Path) -> None:
    token = load_api_token(tmp_path / "cfg")
    path = tmp_path / "cfg" / "api-token"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(token) >= 32 and load_api_token(tmp_path / "cfg") == token


def test_settings_page_shows_token(app, page: TestClient) -> None:  # type: ignore[no-untyped-def]
    assert app.state.web.api_token in page.get("/settings").text
