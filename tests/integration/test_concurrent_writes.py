"""Many writers on one application, on both engines: threads and processes logging notes and
messages and editing the record at once; every acknowledged write is there exactly once."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
from collections import Counter
from datetime import UTC, datetime

import pytest

from unghost.bootstrap import Context, build_context
from unghost.domain.records import Direction, EventKind, Message, MessageKind
from unghost.errors import ChangedMeanwhileError
from unghost.services.applications import (
    LogEntry,
    add_application,
    edit_application,
    get_application,
    log_event,
    new_application,
)

THREADS, OPS_PER_THREAD = 4, 12
PROCESSES, OPS_PER_PROCESS = 3, 8
REF = "acme-analyst"

# One writer process: logs notes and messages, edits the record, prints what was acknowledged.
_PROCESS = textwrap.dedent("""
    import json, sys
    from datetime import UTC, datetime
    from unghost.bootstrap import build_context
    from unghost.domain.records import Direction, Message, MessageKind
    from unghost.services.applications import LogEntry, edit_application, log_event
    db, who, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    ctx = build_context({"db": db, "today": "2026-11-25"})
    for n in range(count):
        tag = f"{who}-{n}"
        if n % 4 == 3:
            edit_application(ctx, "acme-analyst", {"notes": f"edited by {tag}"})
            print(json.dumps(["edit", tag]), flush=True)
        elif n % 4 == 2:
            message = Message(at=datetime.now(UTC), direction=Direction.RECEIVED,
                              kind=MessageKind.ACKNOWLEDGEMENT, message_id=f"<{tag}@test>")
            log_event(ctx, "acme-analyst", LogEntry(message=message))
            print(json.dumps(["message", tag]), flush=True)
        else:
            log_event(ctx, "acme-analyst", LogEntry(note=f"note {tag}"))
            print(json.dumps(["note", tag]), flush=True)
    ctx.close()
""")


def _write(ctx: Context, who: str, n: int) -> tuple[str, str]:
    tag = f"{who}-{n}"
    if n % 4 == 3:
        edit_application(ctx, REF, {"notes": f"edited by {tag}"})
        return "edit", tag
    if n % 4 == 2:
        message = Message(at=datetime.now(UTC), direction=Direction.RECEIVED,
                          kind=MessageKind.ACKNOWLEDGEMENT, message_id=f"<{tag}@test>")  # fmt: skip
        log_event(ctx, REF, LogEntry(message=message))
        return "message", tag
    log_event(ctx, REF, LogEntry(note=f"note {tag}"))
    return "note", tag


def _seed(db_url: str) -> Context:
    ctx = build_context({"db": db_url, "today": "2026-11-25"})
    add_application(ctx, new_application("Acme", "Data Analyst", ref=REF, applied_on=None))
    return ctx


def test_threads_and_processes_writing_one_application_lose_and_duplicate_nothing(db_url):
    ctx = _seed(db_url)
    before = get_application(ctx, REF)
    acknowledged: list[tuple[str, str]] = []
    failures: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(THREADS)

    def writer(who: str) -> None:
        # a context per thread over one engine, as the web app's requests have
        own = Context(settings=ctx.settings, today=ctx.today, zone=ctx.zone, _engine=ctx.engine)
        start.wait()
        for n in range(OPS_PER_THREAD):
            try:
                done = _write(own, who, n)
            except BaseException as exc:  # reported by the assertion below
                with lock:
                    failures.append(exc)
                continue
            with lock:
                acknowledged.append(done)

    procs = [
        subprocess.Popen([sys.executable, "-c", _PROCESS, db_url, f"p{k}", str(OPS_PER_PROCESS)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for k in range(PROCESSES)
    ]  # fmt: skip
    threads = [threading.Thread(target=writer, args=(f"t{k}",)) for k in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=90)
    for proc in procs:
        out, err = proc.communicate(timeout=90)
        assert proc.returncode == 0, err
        acknowledged.extend(tuple(json.loads(line)) for line in out.splitlines())
    assert failures == []

    after = get_application(ctx, REF)
    total = THREADS * OPS_PER_THREAD + PROCESSES * OPS_PER_PROCESS
    assert len(acknowledged) == total
    notes = Counter(e.note for e in after.events if e.kind is EventKind.NOTE)
    wanted_notes = Counter(f"note {tag}" for kind, tag in acknowledged if kind == "note")
    assert notes == wanted_notes and set(notes.values()) == {1}
    assert len(after.events) == len(before.events) + sum(wanted_notes.values())
    ids = Counter(m.message_id for m in after.messages)
    wanted_ids = Counter(f"<{tag}@test>" for kind, tag in acknowledged if kind == "message")
    assert ids == wanted_ids and set(ids.values()) == {1}
    edits = {f"edited by {tag}" for kind, tag in acknowledged if kind == "edit"}
    assert after.notes in edits
    # every acknowledged write is one saved version: none was folded into another
    assert after.version == (before.version or 0) + total
    _assert_no_orphans(ctx)
    ctx.close()


def _assert_no_orphans(ctx: Context) -> None:
    from sqlalchemy import func, select

    from unghost.store.models import ApplicationRow, EventRow, MessageRow

    with ctx.reading() as session:
        apps = session.scalar(select(func.count(ApplicationRow.id)))
        for table in (EventRow, MessageRow):
            stray = session.scalar(
                select(func.count(table.id)).where(table.application_id.not_in(
                    select(ApplicationRow.id)))
            )  # fmt: skip
            assert stray == 0
    assert apps == 1


def test_an_edit_of_a_record_read_before_a_change_is_refused(db_url):
    ctx = _seed(db_url)
    seen = get_application(ctx, REF).version
    log_event(ctx, REF, LogEntry(note="meanwhile, elsewhere"))
    with pytest.raises(ChangedMeanwhileError, match="changed meanwhile"):
        edit_application(ctx, REF, {"notes": "from a stale form"}, expected_version=seen)
    after = get_application(ctx, REF)
    assert after.notes is None and after.events[-1].note == "meanwhile, elsewhere"
    edited = edit_application(ctx, REF, {"notes": "reloaded"}, expected_version=after.version)
    assert edited.notes == "reloaded" and edited.version == (after.version or 0) + 1
    ctx.close()


def test_a_save_that_changes_nothing_of_a_child_keeps_its_row(db_url):
    """Writes change only what they change: the ids of untouched rows stay."""
    from sqlalchemy import select

    from unghost.store.models import EventRow

    ctx = _seed(db_url)
    log_event(ctx, REF, LogEntry(note="first"))
    with ctx.reading() as session:
        ids_before = set(session.scalars(select(EventRow.id)))
    log_event(ctx, REF, LogEntry(note="second"))
    edit_application(ctx, REF, {"notes": "an edit"})
    with ctx.reading() as session:
        ids_after = set(session.scalars(select(EventRow.id)))
    assert ids_before < ids_after and len(ids_after - ids_before) == 1
    ctx.close()


def test_the_api_refuses_an_edit_of_a_stale_version_with_409(tmp_path):
    from fastapi.testclient import TestClient

    from unghost.web.app import create_app

    app = create_app({"db": str(tmp_path / "u.db"), "today": "2026-11-25",
                      "token_dir": str(tmp_path / "cfg")})  # fmt: skip
    api = TestClient(app, base_url="http://127.0.0.1")
    api.headers["Authorization"] = f"Bearer {app.state.web.api_token}"
    created = api.post("/api/v1/applications", json={"company": "Acme", "title": "Analyst",
                                                     "ref": REF}).json()["application"]  # fmt: skip
    seen = created["version"]
    assert (
        api.post(f"/api/v1/applications/{REF}/events", json={"note": "elsewhere"}).status_code
        == 201
    )
    stale = api.patch(f"/api/v1/applications/{REF}", json={"notes": "mine"},
                      headers={"If-Match": f'"{seen}"'})  # fmt: skip
    assert stale.status_code == 409 and "changed meanwhile" in stale.json()["error"]
    assert "reload" in stale.json()["hint"]
    current = api.get(f"/api/v1/applications/{REF}").json()["application"]
    assert current["notes"] is None and current["version"] == seen + 1
    fresh = api.patch(
        f"/api/v1/applications/{REF}", json={"notes": "mine", "version": current["version"]}
    )
    assert fresh.status_code == 200 and fresh.json()["application"]["version"] == seen + 2
    api.close()


def test_the_edit_page_refuses_a_form_read_before_a_change_with_409(tmp_path):
    import re

    from fastapi.testclient import TestClient

    from unghost.web.app import create_app

    app = create_app({"db": str(tmp_path / "u.db"), "today": "2026-11-25",
                      "token_dir": str(tmp_path / "cfg")})  # fmt: skip
    page = TestClient(app, base_url="http://127.0.0.1")
    ctx = build_context({"db": str(tmp_path / "u.db"), "today": "2026-11-25"})
    add_application(ctx, new_application("Acme", "Analyst", ref=REF))
    form = page.get(f"/applications/{REF}/edit").text
    token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', form)
    version = re.search(r'name="version" value="(\d+)"', form)
    assert token and version
    fields = {"csrf_token": token.group(1), "version": version.group(1), "company": "Acme",
              "title": "Analyst", "status": "saved", "notes": "typed in the form"}  # fmt: skip
    log_event(ctx, REF, LogEntry(note="saved elsewhere meanwhile"))
    stale = page.post(f"/applications/{REF}/edit", data=fields, follow_redirects=False)
    assert stale.status_code == 409 and "changed meanwhile" in stale.text
    assert get_application(ctx, REF).notes is None
    fields["version"] = str(get_application(ctx, REF).version)
    fresh = page.post(f"/applications/{REF}/edit", data=fields, follow_redirects=False)
    assert fresh.status_code == 303 and get_application(ctx, REF).notes == "typed in the form"
    page.close()
    ctx.close()
