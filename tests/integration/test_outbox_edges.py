"""The outbox's edges on both engines: retryable failures of scheduled sends retried with
backoff up to the limit, and a message stuck in `sending` explained, left to a live sender,
and settled (by a worker pass or `--mark`) only once its sender is provably gone."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from tests.outboxfixtures.smtpserver import Behaviour, smtp_server
from unghost.bootstrap import Context, build_context
from unghost.domain.outbox import OutboxState
from unghost.drafting.tables import load_retry_policy
from unghost.errors import ConflictError
from unghost.services.applications import get_application
from unghost.services.outbox import find_entry, make_draft, mark, run_due, schedule, send_now
from unghost.services.transfer import import_file
from unghost.store.models import OutboxRow

TODAY = "2026-10-13"
DOC = {"format": "unghost/v1", "applications": [{
    "ref": "acme-analyst",
    "company": {"name": "Acme", "domain": "acme.example", "country": "US", "subdivision": "CA"},
    "role": {"title": "Data Analyst"}, "applied_on": "2026-09-01",
    "contacts": [{"name": "Li Wei", "email": "li.wei@acme.example", "role": "recruiter"}],
}]}  # fmt: skip


def _context(db_url: str, port: int) -> Context:
    return build_context({"db": db_url, "today": TODAY, "from": "Jane Doe <jane@example.com>",
                          "smtp_url": f"smtp+plain://127.0.0.1:{port}"})  # fmt: skip


@pytest.fixture
def imported(db_url: str, tmp_path: Path) -> str:
    path = tmp_path / "apps.json"
    path.write_text(json.dumps(DOC), encoding="utf-8")
    ctx = build_context({"db": db_url, "today": TODAY})
    import_file(ctx, path)
    ctx.close()
    return db_url


def _queued(ctx: Context) -> int:
    entry = make_draft(ctx, "acme-analyst", "follow-up", "en")
    assert entry.id is not None
    schedule(ctx, str(entry.id), date.fromisoformat(TODAY))
    return entry.id


def _set(ctx: Context, entry_id: int, **values: object) -> None:
    with ctx.transaction() as session:
        session.execute(update(OutboxRow).where(OutboxRow.id == entry_id).values(**values))


def _time_passes(ctx: Context, entry_id: int) -> None:
    """The backoff's wait is over (the clock is not the test's to move)."""
    _set(ctx, entry_id, retry_at=datetime(2000, 1, 1))


def test_a_greylisted_scheduled_send_waits_then_goes_out_once(imported):
    with smtp_server(Behaviour(refuse_data="451 4.7.1 Greylisted, try again later")) as server:
        ctx = _context(imported, server.port)
        entry_id = _queued(ctx)
        run_due(ctx)
        entry = find_entry(ctx, str(entry_id))
        assert entry.state is OutboxState.QUEUED and entry.attempts == 1
        assert entry.retry_at is not None and entry.retry_at > datetime.now(UTC)
        assert "451" in (entry.last_error or "") and "attempt 1 of" in (entry.last_error or "")
        assert run_due(ctx).sent == []  # not before its time
        server.handler.behaviour.refuse_data = None
        _time_passes(ctx, entry_id)
        (done,) = run_due(ctx).sent
        assert done.state is OutboxState.SENT and find_entry(ctx, str(entry_id)).attempts == 2
        ids = [m.message_id for m in get_application(ctx, "acme-analyst").messages]
        assert ids.count(done.message_id) == 1
        ctx.close()


def test_connection_refused_is_retried_up_to_the_limit_then_failed(imported):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    ctx = _context(imported, port)
    entry_id = _queued(ctx)
    limit = load_retry_policy().max_attempts
    for attempt in range(1, limit + 1):
        run_due(ctx)
        entry = find_entry(ctx, str(entry_id))
        assert entry.attempts == attempt
        if attempt < limit:
            assert entry.state is OutboxState.QUEUED and "connection refused" in entry.last_error
            _time_passes(ctx, entry_id)
    assert entry.state is OutboxState.FAILED
    assert f"gave up after {limit} attempts" in (entry.last_error or "")
    run_due(ctx)
    assert find_entry(ctx, str(entry_id)).attempts == limit  # failed: the worker leaves it
    ctx.close()


def test_a_person_sending_by_hand_gets_the_failure_at_once(imported):
    with smtp_server(Behaviour(refuse_data="451 4.3.0 try later")) as server:
        ctx = _context(imported, server.port)
        entry = make_draft(ctx, "acme-analyst", "follow-up", "en")
        result = send_now(ctx, str(entry.id))
        assert result.state is OutboxState.FAILED and result.retry_at is None
        ctx.close()


def _claimed_by(ctx: Context, entry_id: int, owner: str, *, seconds_ago: float = 0) -> None:
    beat = (datetime.now(UTC) - timedelta(seconds=seconds_ago)).replace(tzinfo=None)
    _set(ctx, entry_id, state="sending", owner=owner, heartbeat_at=beat)


def test_a_live_sender_is_left_alone_and_its_message_explained(imported):
    with smtp_server() as server:
        ctx = _context(imported, server.port)
        entry_id = _queued(ctx)
        sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        try:
            _claimed_by(ctx, entry_id, f"{socket.gethostname()}:{sleeper.pid}:abc")
            with pytest.raises(
                ConflictError, match=f"being sent right now by process {sleeper.pid}"
            ) as e:
                send_now(ctx, str(entry_id))
            assert "worker" in (e.value.hint or "") and "--mark" in (e.value.hint or "")
            with pytest.raises(ConflictError, match="being sent"):
                mark(ctx, entry_id, OutboxState.SENT)
            assert run_due(ctx).recovered == []
            assert find_entry(ctx, str(entry_id)).state is OutboxState.SENDING
        finally:
            sleeper.kill()
            sleeper.wait()
        # its owner is gone now: a worker pass settles it as unknown, never resends it
        (recovered,) = run_due(ctx).recovered
        assert recovered.id == entry_id and recovered.state is OutboxState.UNKNOWN
        assert server.received == []
        ctx.close()


def test_mark_works_on_a_sending_message_whose_sender_is_gone(imported):
    with smtp_server() as server:
        ctx = _context(imported, server.port)
        entry_id = _queued(ctx)
        dead = subprocess.Popen([sys.executable, "-c", "pass"])
        dead.wait()
        _claimed_by(ctx, entry_id, f"{socket.gethostname()}:{dead.pid}:abc")
        marked = mark(ctx, entry_id, OutboxState.SENT)
        assert marked.state is OutboxState.SENT
        ids = [m.message_id for m in get_application(ctx, "acme-analyst").messages]
        assert ids.count(marked.message_id) == 1
        ctx.close()


def test_a_sender_on_another_machine_is_gone_only_when_its_lease_runs_out(imported):
    with smtp_server() as server:
        ctx = _context(imported, server.port)
        fresh, stale = _queued(ctx), _queued(ctx)
        _claimed_by(ctx, fresh, "other-host:4242:abc", seconds_ago=5)
        _claimed_by(ctx, stale, "other-host:4243:def", seconds_ago=3600)
        assert [e.id for e in run_due(ctx).recovered] == [stale]
        assert find_entry(ctx, str(fresh)).state is OutboxState.SENDING
        ctx.close()


def test_the_outbox_list_says_what_settles_a_stuck_send(imported):
    from tests.cli.test_cli import run

    if "://" in imported:
        pytest.skip("the CLI round is run once, on SQLite")
    ctx = _context(imported, 25)
    entry_id = _queued(ctx)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    _claimed_by(ctx, entry_id, f"{socket.gethostname()}:{dead.pid}:abc")
    ctx.close()
    listed = run(["outbox"], Path(imported))
    assert listed.returncode == 0, listed.stderr
    assert f"process {dead.pid}" in listed.stdout and "which stopped" in listed.stdout
    assert "unghost worker --once" in listed.stdout and f"--mark {entry_id} sent" in listed.stdout
    sent = run(["send", str(entry_id)], Path(imported))
    assert sent.returncode == 1 and sent.stderr.startswith("Error: outbox message")
    assert "Hint: a worker pass" in sent.stderr
