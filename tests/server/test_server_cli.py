"""`unghost server init|user add|disable|assign|list` on the real PostgreSQL, --json included."""

from __future__ import annotations

import json
import re
from pathlib import Path

import psycopg
import pytest

from tests.cli.test_cli import run

pytestmark = pytest.mark.postgres
PASSWORD = "a long admin passphrase"


def _json(result) -> dict:
    assert result.stdout, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def initialised(server_db):
    result = run(["server", "init", "--admin-email", "Admin@Careers.example.edu", "--app-role",
                  server_db.app_role, "--institution", "Careers", "--json"],
                 server_db.owner_url, env={"UNGHOST_ADMIN_PASSWORD": PASSWORD})  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    return server_db, _json(result)


def test_init_creates_the_schema_the_institution_and_the_admin(initialised):
    server_db, done = initialised
    assert done["ok"] and done["institution"]["name"] == "Careers"
    assert done["admin"]["email"] == "admin@careers.example.edu"
    assert done["admin"]["role"] == "admin" and done["admin"]["can_sign_in"]
    with psycopg.connect(server_db.owner_url) as conn:
        stored = conn.execute("SELECT password_hash FROM users WHERE role = 'admin'").fetchone()
    assert stored[0].startswith("$argon2id$") and PASSWORD not in stored[0]


def test_init_twice_is_refused_in_json(initialised):
    server_db, _ = initialised
    again = run(["server", "init", "--admin-email", "other@careers.example.edu", "--json"],
                server_db.owner_url, env={"UNGHOST_ADMIN_PASSWORD": PASSWORD})  # fmt: skip
    assert again.returncode == 1
    body = _json(again)
    assert body["ok"] is False and "set up already" in body["error"] and body["hint"]


def test_init_refuses_sqlite_and_a_short_password(tmp_path: Path):
    sqlite = run(["server", "init", "--admin-email", "a@example.edu", "--json"],
                 tmp_path / "laptop.db", env={"UNGHOST_ADMIN_PASSWORD": PASSWORD})  # fmt: skip
    assert sqlite.returncode == 1 and "needs PostgreSQL" in _json(sqlite)["error"]
    assert not (tmp_path / "laptop.db").exists()  # nothing was created
    short = run(["server", "init", "--admin-email", "a@example.edu", "--json"],
                tmp_path / "laptop.db", env={"UNGHOST_ADMIN_PASSWORD": "short"})  # fmt: skip
    assert short.returncode == 1 and "shorter than 12" in _json(short)["error"]
    missing = run(["server", "init", "--admin-email", "a@example.edu", "--json"],
                  tmp_path / "laptop.db")  # fmt: skip
    assert missing.returncode == 2 and "UNGHOST_ADMIN_PASSWORD" in _json(missing)["error"]


def test_users_are_added_assigned_disabled_and_listed_through_the_app_role(initialised):
    server_db, _ = initialised
    db = server_db.app_url
    added = _json(run(["server", "user", "add", "ann@example.edu", "--json",
                       "--password-link", "https://careers.example.edu"], db))  # fmt: skip
    assert added["user"]["role"] == "student" and not added["user"]["can_sign_in"]
    assert added["user"]["password_link"].startswith("https://careers.example.edu/reset?token=")
    coach = run(["server", "user", "add", "coach@example.edu", "--role", "counsellor",
                 "--lang", "zh", "--json"], db)  # fmt: skip
    assert coach.returncode == 0, coach.stdout
    assigned = _json(run(["server", "user", "assign", "coach@example.edu", "ann@example.edu",
                          "--json"], db))  # fmt: skip
    assert assigned["changed"] and assigned["caseload"] == ["ann@example.edu"]
    wrong = run(["server", "user", "assign", "ann@example.edu", "coach@example.edu", "--json"],
                db)  # fmt: skip
    assert wrong.returncode == 1 and "not a counsellor" in _json(wrong)["error"]
    nobody = run(["server", "user", "disable", "nobody@example.edu", "--json"], db)
    assert nobody.returncode == 3 and _json(nobody)["ok"] is False
    off = _json(run(["server", "user", "disable", "ann@example.edu", "--json"], db))
    assert off["user"]["disabled"] is True
    twice = run(["server", "user", "add", "ANN@example.edu", "--json"], db)
    assert twice.returncode == 1 and "already" in _json(twice)["error"]
    listed = _json(run(["server", "user", "list", "--json"], db))["users"]
    assert [(u["email"], u["role"], u["disabled"]) for u in listed] == [
        ("admin@careers.example.edu", "admin", False),
        ("ann@example.edu", "student", True),
        ("coach@example.edu", "counsellor", False),
    ]
    log = _json(run(["server", "audit", "--user", "ann@example.edu", "--json"], db))["entries"]
    assert [e["action"] for e in log] == [
        "user.disable",
        "assignment.add",
        "password.reset-requested",
    ]
    assert log[1]["detail"] == "coach@example.edu" and log[0]["subject"] == "ann@example.edu"
    people = run(["server", "user", "list"], db)
    assert "coach@example.edu" in people.stdout and "(disabled)" in people.stdout


def test_run_refuses_the_owner_role(initialised):
    server_db, _ = initialised
    refused = run(["server", "run", "--json"], server_db.owner_url)
    assert refused.returncode == 1 and "owner of the tables" in refused.stdout


def test_run_serves_the_sign_in_page_with_several_workers(initialised, tmp_path: Path):
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time

    import httpx2

    server_db, _ = initialised
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "UNGHOST_DB": server_db.app_url, "UNGHOST_TZ": "UTC"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "unghost", "server", "run", "--port", str(port), "--workers", "2"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        pages = []
        while time.monotonic() < deadline and len(pages) < 4:
            try:
                pages.append(httpx2.get(f"http://127.0.0.1:{port}/login", timeout=5))
            except httpx2.TransportError:
                time.sleep(0.5)
        assert len(pages) == 4, proc.stderr.read1().decode() if proc.poll() else "no answer"
        assert all(p.status_code == 200 and 'name="email"' in p.text for p in pages)
        for _ in range(4):  # the form's token from one worker is good at the other
            with httpx2.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
                form = client.get("/login").text
                csrf = re.search(r'name="csrf_token" value="([0-9a-f]+)"', form).group(1)
                done = client.post("/login", data={"email": "admin@careers.example.edu",
                                                   "password": PASSWORD, "csrf_token": csrf})  # fmt: skip
                assert done.status_code == 303, done.text
        closed = httpx2.get(f"http://127.0.0.1:{port}/board", timeout=5)
        assert closed.status_code == 303 and closed.headers["location"].startswith("/login")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def test_key_user_mail_and_rekey_through_the_cli(initialised):
    server_db, _ = initialised
    assert run(["server", "user", "add", "mailer@careers.example.edu", "--json"],
               server_db.app_url).returncode == 0  # fmt: skip
    old = _json(run(["server", "key", "--json"], server_db.app_url))["key"]
    new = _json(run(["server", "key", "--json"], server_db.app_url))["key"]
    assert old != new
    imap = "imaps://mailer%40careers.example.edu:s3cret-imap@imap.careers.example.edu/INBOX"
    done = run(["server", "user", "mail", "mailer@careers.example.edu", "--imap-url", imap,
                "--from", "Mailer <mailer@careers.example.edu>", "--json"], server_db.app_url,
               env={"UNGHOST_SERVER_KEY": old})  # fmt: skip
    assert done.returncode == 0, done.stderr
    body = _json(done)["mail"]
    assert body["passwords"] == ["imap"] and "s3cret" not in body["imap_url"]
    with psycopg.connect(server_db.owner_url) as conn:
        conn.execute("SELECT set_config('app.user_id', (SELECT id::text FROM users WHERE email "
                     "= 'mailer@careers.example.edu'), false)")  # fmt: skip
        rows = conn.execute("SELECT imap_url FROM mail_accounts").fetchall()
    assert rows and all("s3cret" not in r[0] for r in rows)
    refused = run(["server", "user", "mail", "mailer@careers.example.edu", "--imap-url", imap],
                  server_db.app_url, env={"UNGHOST_SERVER_KEY": ""})  # fmt: skip
    assert refused.returncode == 1 and "UNGHOST_SERVER_KEY" in refused.stderr
    rekeyed = run(["server", "rekey", "--json"], server_db.app_url,
                  env={"UNGHOST_SERVER_KEY": f"{new},{old}"})  # fmt: skip
    assert rekeyed.returncode == 0 and _json(rekeyed)["resealed"] == 1
    again = run(["server", "rekey", "--json"], server_db.app_url, env={"UNGHOST_SERVER_KEY": new})
    assert again.returncode == 0 and _json(again)["resealed"] == 0
