"""`unghost account connect|status|disconnect` as a user runs them: the browser (a script standing
in for it, through $BROWSER) consents on the stub provider; errors are one line with a hint."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from tests.cli.test_cli import run
from tests.oauthstub import CANARY, CLIENT_ID, running_stub

BROWSER = """
import re, sys, httpx2
url = sys.argv[1]
with httpx2.Client(follow_redirects=False, timeout=10) as http:
    page = http.get(url)
    rid = re.search(r'name="id" value="([0-9a-f]+)"', page.text).group(1)
    back = http.post(url.split("/authorize")[0] + "/authorize/decide",
                     data={"id": rid, "decision": sys.argv[2]})
    print(http.get(back.headers["location"]).text, file=sys.stderr)
"""


def env_for(tmp_path: Path, stub_base: str, decision: str = "consent") -> dict[str, str]:
    script = tmp_path / "browser.py"
    script.write_text(BROWSER, encoding="utf-8")
    return {"UNGHOST_OAUTH_CLIENT_ID": CLIENT_ID, "UNGHOST_OAUTH_ISSUER": stub_base,
            "UNGHOST_FROM": "Jane Doe <jane@example.com>",
            "BROWSER": f"{sys.executable} {script} %s {decision}",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}  # fmt: skip


def test_connect_status_disconnect(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    with running_stub() as stub:
        env = env_for(tmp_path, stub.base)
        r = run(["account", "connect", "imap", "--json"], db, env=env)
        assert r.returncode == 0, r.stderr
        out = json.loads(r.stdout)
        assert out["status"] == "connected" and out["username"] == "jane@example.com"
        assert out["stored_in"].startswith("file: ")
        assert "Sign in in your browser" in r.stderr and "请在浏览器中登录" in r.stderr
        status = json.loads(run(["account", "status", "--json"], db, env=env).stdout)
        assert status["status"] == "connected" and status["provider"] == "imap"
        r = run(["account", "disconnect", "--json"], db, env=env)
        assert json.loads(r.stdout)["disconnected"] is True
        assert all(g.revoked for g in stub.grants.values())  # told the provider, too
        status = json.loads(run(["account", "status", "--json"], db, env=env).stdout)
        assert status["status"] == "not-connected"
        for text in (r.stdout, r.stderr):
            assert CANARY not in text


def test_refused_consent_is_one_line_and_a_hint(tmp_path: Path) -> None:
    with running_stub() as stub:
        r = run(["account", "connect", "imap"], tmp_path / "cli.db",
                env=env_for(tmp_path, stub.base, "refuse"))  # fmt: skip
    assert r.returncode == 1
    errors = [line for line in r.stderr.splitlines() if line.startswith(("Error:", "Hint:"))]
    assert errors[0].startswith("Error: the sign-in for jane@example.com was cancelled")
    assert errors[1].startswith("Hint: Run `unghost account connect imap` again")


def test_no_client_id_and_no_device_flow_for_gmail(tmp_path: Path) -> None:
    env = {
        "UNGHOST_FROM": "me@gmail.com",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    r = run(["account", "connect", "gmail"], tmp_path / "cli.db", env=env)
    assert r.returncode == 1 and "borrows no other application's client id" in r.stderr
    assert "UNGHOST_OAUTH_CLIENT_ID" in r.stderr
    env["UNGHOST_OAUTH_CLIENT_ID"] = "mine.apps.googleusercontent.com"
    r = run(["account", "connect", "gmail", "--device"], tmp_path / "cli.db", env=env)
    assert r.returncode == 1 and "device code" in r.stderr and "without --device" in r.stderr
    assert not (Path(os.environ["XDG_CONFIG_HOME"]) / "unghost" / "credentials.json").exists()


def test_connecting_microsoft_saves_its_servers_for_sync_and_send(tmp_path: Path) -> None:
    import tomllib

    with running_stub() as stub:
        env = env_for(tmp_path, stub.base)  # oauth_issuer stands in for Microsoft's cloud
        r = run(["account", "connect", "microsoft", "--email", "jane@example.com"],
                tmp_path / "cli.db", env=env)  # fmt: skip
        assert r.returncode == 0, r.stderr
    config = Path(os.environ["XDG_CONFIG_HOME"]) / "unghost" / "config.toml"
    saved = tomllib.loads(config.read_text(encoding="utf-8"))
    assert saved["imap_url"] == "imaps://jane%40example.com@office365/INBOX"
    assert saved["smtp_url"] == "smtp://jane%40example.com@office365"
    assert "saved in the config file" in r.stdout and CANARY not in config.read_text()
