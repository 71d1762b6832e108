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
