"""Issue 16, finding 2: off loopback the local app needs a password, and a login guards it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from unghost.errors import InvalidInputError
from unghost.web.app import create_app


def flags(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {"db": str(tmp_path / "u.db"), "token_dir": str(tmp_path / "cfg"),
            "today": "2026-10-20", **extra}  # fmt: skip


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "::", "example.lan"])
def test_the_app_refuses_to_serve_a_network_without_a_password(tmp_path: Path, host: str) -> None:
    with pytest.raises(InvalidInputError, match=f"serving on {re.escape(host)}") as caught:
        create_app(flags(tmp_path, host=host))
    assert caught.value.hint and "UNGHOST_WEB_PASSWORD" in caught.value.hint


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
def test_loopback_needs_no_password(tmp_path: Path, host: str) -> None:
    assert create_app(flags(tmp_path, host=host)) is not None


def test_unghost_serve_off_loopback_says_so_in_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("UNGHOST_")}
    env |= {"UNGHOST_HOME": str(tmp_path / "h")}
    r = subprocess.run([sys.executable, "-m", "unghost", "serve", "--host", "0.0.0.0",
                        "--no-browser", "--no-worker"],
                       capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    assert r.returncode == 1
    assert r.stderr.splitlines()[0].startswith("Error: serving on 0.0.0.0 would show your data")
    assert "Traceback" not in r.stderr and "UNGHOST_WEB_PASSWORD" in r.stderr


def test_with_a_password_every_page_needs_the_login(tmp_path: Path) -> None:
    app = create_app(flags(tmp_path, host="192.168.1.5", web_password="correct horse"))
    client = TestClient(app, base_url="http://192.168.1.5")
    for path in ("/settings", "/export.json", "/", "/applications/x"):
        r = client.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/login?next=/"), path
    token = app.state.web.api_token
    assert token not in client.get("/settings").text  # the login page, not the settings
    form = client.get("/login?next=/settings")
    csrf = re.search(r'name="csrf_token" value="([0-9a-f]+)"', form.text)
    assert form.status_code == 200 and csrf
    wrong = client.post("/login", data={"csrf_token": csrf.group(1), "password": "nope",
                                        "next": "/settings"})  # fmt: skip
    assert wrong.status_code == 401 and 'data-testid="login-failed"' in wrong.text
    right = client.post("/login", data={"csrf_token": csrf.group(1), "password": "correct horse",
                                        "next": "//evil.example/"}, follow_redirects=False)  # fmt: skip
    assert right.status_code == 303 and right.headers["location"] == "/"
    page = client.get("/settings")
    assert page.status_code == 200 and token in page.text and 'data-testid="logout"' in page.text
    csrf2 = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page.text)
    assert csrf2
    client.post("/logout", data={"csrf_token": csrf2.group(1)})
    assert client.get("/settings", follow_redirects=False).status_code == 303


def test_the_api_keeps_its_token_and_needs_no_login(tmp_path: Path) -> None:
    app = create_app(flags(tmp_path, host="192.168.1.5", web_password="pw"))
    client = TestClient(app, base_url="http://192.168.1.5")
    assert client.get("/api/v1/applications").status_code == 401
    client.headers["Authorization"] = f"Bearer {app.state.web.api_token}"
    assert client.get("/api/v1/applications").status_code == 200


def test_on_every_interface_the_machine_s_own_name_is_an_allowed_host() -> None:
    import socket

    from unghost.web.security import allowed_hosts

    hosts = allowed_hosts("0.0.0.0")
    assert socket.gethostname().lower() in hosts and "127.0.0.1" in hosts
    assert "evil.example" not in hosts
