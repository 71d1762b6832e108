"""A database another writer holds for longer than unghost waits: one clear line in the CLI,
503 with Retry-After from the API, nothing half-written; and the wait itself covers a writer
that lets go in time. SQLite (the engine with one writer at a time)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from unghost.bootstrap import build_context
from unghost.errors import BusyError
from unghost.services.applications import (
    LogEntry,
    add_application,
    get_application,
    log_event,
    new_application,
)
from unghost.store import engine as engine_module


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "u.db"
    ctx = build_context({"db": str(path), "today": "2026-11-25"})
    add_application(ctx, new_application("Acme", "Analyst", ref="acme-analyst"))
    ctx.close()
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_S", 0.2)  # the test's patience, not 60 s
    return path


def _hold_lock(path: Path) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another writer (an import, the worker) holds the file
    return other


def test_a_write_that_cannot_get_the_lock_is_busy_and_changes_nothing(db):
    holder = _hold_lock(db)
    ctx = build_context({"db": str(db), "today": "2026-11-25"})
    started = time.monotonic()
    with pytest.raises(BusyError, match="database is busy") as caught:
        log_event(ctx, "acme-analyst", LogEntry(note="while locked"))
    assert time.monotonic() - started < 10
    assert "try again" in caught.value.message and caught.value.hint
    # reads never wait for a writer (WAL snapshot)
    assert all(e.note != "while locked" for e in get_application(ctx, "acme-analyst").events)
    holder.rollback()
    holder.close()
    log_event(ctx, "acme-analyst", LogEntry(note="after"))
    assert get_application(ctx, "acme-analyst").events[-1].note == "after"
    ctx.close()


def test_a_writer_waits_for_one_that_lets_go_in_time(db, monkeypatch):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_S", 5)
    holder = _hold_lock(db)
    threading.Timer(0.5, holder.rollback).start()
    ctx = build_context({"db": str(db), "today": "2026-11-25"})
    log_event(ctx, "acme-analyst", LogEntry(note="waited"))
    assert get_application(ctx, "acme-analyst").events[-1].note == "waited"
    holder.close()
    ctx.close()


def test_the_api_answers_503_with_retry_after(db, tmp_path):
    from unghost.web.app import create_app

    app = create_app({"db": str(db), "today": "2026-11-25", "token_dir": str(tmp_path / "cfg")})
    api = TestClient(app, base_url="http://127.0.0.1")
    api.headers["Authorization"] = f"Bearer {app.state.web.api_token}"
    assert api.get("/api/v1/applications/acme-analyst").status_code == 200  # engine opened
    holder = _hold_lock(db)
    response = api.post("/api/v1/applications/acme-analyst/events", json={"note": "locked"})
    assert response.status_code == 503
    assert int(response.headers["Retry-After"]) > 0
    body = response.json()
    assert body["ok"] is False and body["status"] == 503 and "busy" in body["error"]
    assert api.get("/api/v1/applications/acme-analyst").status_code == 200  # reads go on
    holder.rollback()
    holder.close()
    assert (
        api.post("/api/v1/applications/acme-analyst/events", json={"note": "ok"}).status_code == 201
    )
    api.close()


_CLI = """
import sys
from unghost.store import engine
engine.BUSY_TIMEOUT_S = 0.2  # the test's patience, not 60 s
from unghost.cli import main
sys.argv = ["unghost", *sys.argv[1:]]
main()
"""


def test_the_cli_says_it_in_one_line_and_exits_1(db):
    holder = _hold_lock(db)
    args = ["--db", str(db), "log", "acme-analyst", "--note", "x"]
    result = subprocess.run([sys.executable, "-c", _CLI, *args], capture_output=True, text=True,
                            timeout=60, env={**os.environ, "UNGHOST_TZ": "UTC"})  # fmt: skip
    holder.rollback()
    holder.close()
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("Error: the database is busy") and "Traceback" not in result.stderr
    assert len(lines) == 2 and lines[1].startswith("Hint: ")


# -- an idempotent request is tried again before the 503 (web/busy.py) ------------------------
@pytest.fixture
def web(db, tmp_path, monkeypatch):
    """The app, and how many times `list_mail` (a GET that opens a write transaction) ran."""
    import unghost.services.mail as mail_service
    from unghost.web import busy
    from unghost.web.app import create_app

    monkeypatch.setattr(busy, "RETRY_PAUSES_S", (0.1, 0.2, 0.4))
    runs: list[float] = []
    real = mail_service.list_mail

    def counted(*args, **kwargs):
        runs.append(time.monotonic())
        if len(runs) == 2 and release:  # the writer lets go as the second try starts
            release.pop()()
        return real(*args, **kwargs)

    monkeypatch.setattr(mail_service, "list_mail", counted)
    app = create_app({"db": str(db), "today": "2026-11-25", "token_dir": str(tmp_path / "cfg")})
    client = TestClient(app, base_url="http://127.0.0.1")
    client.headers["Authorization"] = f"Bearer {app.state.web.api_token}"
    assert client.get("/api/v1/applications/acme-analyst").status_code == 200  # engine opened
    release: list[Any] = []
    yield client, runs, release
    client.close()


def test_a_get_tried_again_succeeds_when_the_writer_lets_go_meanwhile(web, db):
    client, runs, release = web
    holder = _hold_lock(db)
    release.append(holder.rollback)
    response = client.get("/api/v1/applications/acme-analyst/mail")
    holder.close()
    assert response.status_code == 200, response.text
    assert response.json() == {"ok": True, "mail": []}
    assert len(runs) == 2  # the first try was busy, the second answered


def test_a_get_that_stays_busy_answers_503_once_after_bounded_retries(web, db):
    client, runs, _release = web
    holder = _hold_lock(db)
    started = time.monotonic()
    response = client.get("/api/v1/applications/acme-analyst/mail")
    took_s = time.monotonic() - started
    holder.rollback()
    holder.close()
    assert response.status_code == 503
    assert int(response.headers["Retry-After"]) > 0
    assert response.json() == {
        "ok": False, "status": 503, "error": response.json()["error"],
        "errors": [response.json()["error"]], "hint": response.json()["hint"],
    }  # fmt: skip
    assert "database is busy" in response.json()["error"]
    assert len(runs) == 4  # the first try and three more (RETRY_PAUSES_S)
    assert took_s < 20


def test_no_try_starts_once_the_retry_budget_is_spent(web, db, monkeypatch):
    """A try that already waited out the lock is not repeated: the 503 comes at once."""
    from unghost.web import busy

    client, runs, _release = web
    monkeypatch.setattr(busy, "RETRY_BUDGET_S", 0.05)
    holder = _hold_lock(db)
    response = client.get("/api/v1/applications/acme-analyst/mail")
    holder.rollback()
    holder.close()
    assert response.status_code == 503 and "Retry-After" in response.headers
    assert "database is busy" in response.json()["error"]
    assert len(runs) == 1


def test_a_page_that_stays_busy_is_a_translated_page(web, db):
    client, _runs, _release = web
    holder = _hold_lock(db)
    response = client.get("/mail", headers={"Accept-Language": "zh-CN"})
    holder.rollback()
    holder.close()
    assert response.status_code == 503 and "Retry-After" in response.headers
    assert "数据库正忙" in response.text and "没有做任何更改" in response.text


def test_a_write_is_never_tried_again(web, db, monkeypatch):
    import unghost.services.applications as applications

    client, _runs, _release = web
    tries: list[int] = []
    real = applications.log_event
    monkeypatch.setattr(applications, "log_event", lambda *a, **k: tries.append(1) or real(*a, **k))
    holder = _hold_lock(db)
    response = client.post("/api/v1/applications/acme-analyst/events", json={"note": "once"})
    holder.rollback()
    holder.close()
    assert response.status_code == 503 and tries == [1]
    assert all(e.note != "once" for e in client.get(
        "/api/v1/applications/acme-analyst").json().get("history", []))  # fmt: skip
