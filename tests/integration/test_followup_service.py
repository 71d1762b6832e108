"""Follow-ups end to end on both engines: draft, send through a real loopback SMTP server,
schedule for the worker, and never send twice."""

from __future__ import annotations

import json
from datetime import date
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.outboxfixtures.smtpserver import Behaviour, smtp_server
from unghost.bootstrap import build_context
from unghost.domain.outbox import OutboxState
from unghost.errors import ConflictError
from unghost.services.applications import get_application
from unghost.services.outbox import list_outbox, make_draft, run_due, schedule, send_now
from unghost.services.transfer import import_file

DOC = {"format": "unghost/v1", "applications": [{
    "ref": "acme-analyst",
    "company": {"name": "Acme", "domain": "acme.example", "country": "US", "subdivision": "CA"},
    "role": {"title": "Data Analyst"},
    "applied_on": "2026-09-01",
    "candidate": {"email": "jane@example.com", "phone": "+14155550100"},
    "contacts": [{"name": "Li Wei", "email": "li.wei@acme.example", "role": "recruiter"}],
    "interviews": [{"at": "2026-09-28T10:00:00-07:00", "stage": "onsite", "interviewers": ["Maria Lopez"],
                    "decision_expected_on": "2026-10-09"}],
    "messages": [{"at": "2026-09-28T18:00:00-07:00", "direction": "sent", "kind": "thank-you"}],
}]}  # fmt: skip


def _context(db_url: str, port: int | None, today: str) -> object:
    flags = {"db": db_url, "today": today, "from": "Jane Doe <jane@example.com>"}
    if port is not None:
        flags["smtp_url"] = f"smtp+plain://127.0.0.1:{port}"
    return build_context(flags)


@pytest.fixture
def imported(db_url, tmp_path):
    path = tmp_path / "apps.json"
    path.write_text(json.dumps(DOC), encoding="utf-8")
    ctx = _context(db_url, None, "2026-10-12")
    import_file(ctx, path)
    ctx.close()
    return db_url


def test_draft_send_records_a_follow_up_once(imported):
    with smtp_server() as server:
        ctx = _context(imported, server.port, "2026-10-12")
        entry = make_draft(ctx, "acme-analyst", "follow-up", "en")
        assert entry.state is OutboxState.DRAFT and entry.to.endswith("<li.wei@acme.example>")
        assert entry.message_id.endswith("@example.com>")  # the sender's domain, never the host
        sent = send_now(ctx, str(entry.id))
        assert sent.state is OutboxState.SENT
        (received,) = server.received
        msg = message_from_bytes(received.data, policy=policy.default)
        assert msg["Message-ID"] == entry.message_id and received.rcpt_tos == [
            "li.wei@acme.example"
        ]
        app = get_application(ctx, "acme-analyst")
        assert [m.kind.value for m in app.messages] == ["thank-you", "follow-up"]
        assert app.messages[-1].message_id == entry.message_id
        with pytest.raises(ConflictError):
            send_now(ctx, str(entry.id))  # sent: only --force sends it again
        assert len(server.received) == 1
        ctx.close()


def test_refused_recipient_is_failed_and_not_recorded(imported):
    with smtp_server(Behaviour(refuse_rcpt="550 5.1.1 No such user")) as server:
        ctx = _context(imported, server.port, "2026-10-12")
        entry = make_draft(ctx, "acme-analyst", "follow-up", "zh")
        result = send_now(ctx, "acme-analyst")
        assert result.id == entry.id and result.state is OutboxState.FAILED
        assert "550" in (result.last_error or "")
        assert [m.kind.value for m in get_application(ctx, "acme-analyst").messages] == [
            "thank-you"
        ]
        ctx.close()


def test_crash_after_data_is_unknown_and_never_resent_by_the_worker(imported):
    with smtp_server(Behaviour(drop_after_data=True)) as server:
        ctx = _context(imported, server.port, "2026-10-12")
        entry = make_draft(ctx, "acme-analyst", "follow-up")
        assert send_now(ctx, str(entry.id)).state is OutboxState.UNKNOWN
        run_due(ctx)
        assert len(server.received) == 1
        assert list_outbox(ctx)[0].state is OutboxState.UNKNOWN
        ctx.close()


def test_scheduled_message_goes_out_on_its_business_day(imported):
    with smtp_server() as server:
        ctx = _context(imported, server.port, "2026-10-09")
        entry = make_draft(ctx, "acme-analyst", "follow-up")
        queued = schedule(ctx, str(entry.id), date(2026, 10, 13))
        assert queued.state is OutboxState.QUEUED
        assert run_due(ctx).sent == [] and server.received == []
        ctx.close()
        later = _context(imported, server.port, "2026-10-13")
        run = run_due(later)
        assert [e.state for e in run.sent] == [OutboxState.SENT] and len(server.received) == 1
        assert run_due(later).sent == []  # a second pass sends nothing
        later.close()


def test_cli_draft_json_eml_and_send(imported, tmp_path):
    if "://" in imported:
        pytest.skip("the CLI round is run once, on SQLite")
    eml = tmp_path / "draft.eml"
    env = {"UNGHOST_FROM": "Jane Doe <jane@example.com>", "UNGHOST_TODAY": "2026-10-12"}
    r = run(
        [
            "draft",
            "acme-analyst",
            "--kind",
            "follow-up",
            "--lang",
            "zh",
            "--eml",
            str(eml),
            "--json",
        ],
        imported,
        env=env,
    )
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert {"id", "to", "subject", "body", "lang"} <= set(data) and data["lang"] == "zh"
    assert message_from_bytes(eml.read_bytes(), policy=policy.default)["Subject"] == data["subject"]
    with smtp_server() as server:
        r = run(
            ["send", str(data["id"]), "--json"],
            imported,
            env={**env, "UNGHOST_SMTP_URL": f"smtp+plain://127.0.0.1:{server.port}"},
        )
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout)["state"] == "sent"
    r = run(["outbox", "--json"], imported, env=env)
    assert [e["state"] for e in json.loads(r.stdout)["outbox"]] == ["sent"]
    r = run(["send", str(data["id"])], imported, env=env)
    assert r.returncode == 1 and "Error:" in r.stderr


def test_account_password_goes_to_the_user_only_file_not_the_database(imported, tmp_path):
    if "://" in imported:
        pytest.skip("the CLI round is run once, on SQLite")
    import os
    import stat

    env = {
        "UNGHOST_SMTP_URL": "smtp://jane@127.0.0.1:2525",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    r = run(
        ["account", "smtp", "--password-stdin", "--json"], imported, env=env, stdin="s3cret-pw\n"
    )
    assert r.returncode == 0, r.stderr
    where = json.loads(r.stdout)["stored_in"]
    assert where.startswith("file: ")
    path = where.removeprefix("file: ")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert b"s3cret-pw" not in Path(imported).read_bytes()


def test_draft_into_the_imap_drafts_folder(imported):
    from tests.outboxfixtures.imapserver import Mailbox, imap_server
    from unghost.services.outbox import save_draft_to_mailbox

    mailbox = Mailbox(user="jane", password="pw", folders={"INBOX": (), "Drafts": ("\\Drafts",)})
    with imap_server(mailbox) as port:
        flags = {"db": imported, "today": "2026-10-12", "from": "Jane Doe <jane@example.com>",
                 "imap_url": f"imap+plain://jane:pw@127.0.0.1:{port}/INBOX"}  # fmt: skip
        ctx = build_context(flags)
        entry = make_draft(ctx, "acme-analyst", "follow-up")
        assert save_draft_to_mailbox(ctx, entry) == "Drafts"
        ctx.close()
    ((folder, marks, _when, data),) = mailbox.appended
    assert (folder, marks) == ("Drafts", ("\\Draft",))
    assert entry.message_id.encode() in data


def test_serve_runs_the_worker_in_the_background(imported, tmp_path):
    if "://" in imported:
        pytest.skip("the server round is run once, on SQLite")
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with smtp_server() as server:
        ctx = _context(imported, server.port, "2026-10-13")
        entry = make_draft(ctx, "acme-analyst", "follow-up")
        schedule(ctx, str(entry.id), date(2026, 10, 13))
        ctx.close()
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        env = {**os.environ, "UNGHOST_DB": imported, "UNGHOST_TODAY": "2026-10-13",
               "UNGHOST_FROM": "Jane Doe <jane@example.com>", "UNGHOST_TZ": "UTC",
               "UNGHOST_SMTP_URL": f"smtp+plain://127.0.0.1:{server.port}",
               "UNGHOST_CONFIG": str(tmp_path / "none.toml")}  # fmt: skip
        (tmp_path / "none.toml").write_text("", encoding="utf-8")
        proc = subprocess.Popen([sys.executable, "-m", "unghost", "serve", "--no-browser", "--port",
                                 str(port)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        try:
            deadline = time.monotonic() + 30
            while not server.received and time.monotonic() < deadline:
                time.sleep(0.2)
            assert len(server.received) == 1
            page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10).read()
            assert b"unghost" in page
        finally:
            proc.terminate()
            proc.wait(timeout=10)
