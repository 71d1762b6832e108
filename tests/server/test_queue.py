"""The server's queue on the real PostgreSQL: sealed mail passwords, two workers syncing each
Dovecot mailbox once per period, a worker killed mid-send never delivering twice (aiosmtpd),
and retriable failures tried again with a growing wait."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from tests.conftest import PG_URL
from tests.outboxfixtures.races import delivered
from tests.outboxfixtures.smtpserver import Behaviour, smtp_server
from tests.server.conftest import ServerDb
from unghost.bootstrap import Context, build_context
from unghost.errors import StorageError

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

TODAY = "2026-10-13"  # a Tuesday, a business day for the employer (US-CA)
KEY = "q3lQb0qQ1oS7Kk8n7x1b0X0b9uVdZ2Yp4c6m8s0t2w4="  # 32 bytes, base64
OTHER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="
IMAP_PASSWORD = "imap-secret"  # tests/dovecot.py's user
SMTP_PASSWORD = "smtp-pass-7f3a9c"
CST = timezone(timedelta(hours=8))
STUDENTS = 4


def _doc(n: int) -> dict:
    return {"format": "unghost/v1", "applications": [{
        "ref": "acme-analyst",
        "company": {"name": "Acme", "domain": "acme.example", "country": "US", "subdivision": "CA"},
        "role": {"title": "Data Analyst"}, "applied_on": "2026-09-01",
        "candidate": {"email": f"s{n}@uni.example"},
        "contacts": [{"name": "Li Wei", "email": "li.wei@acme.example", "role": "recruiter"}],
    }]}  # fmt: skip


def _mail(n: int, i: int) -> bytes:
    m = EmailMessage()
    m["From"], m["To"] = "Li Wei <li.wei@acme.example>", f"Student {n} <s{n}@uni.example>"
    m["Subject"] = f"Your application for Data Analyst ({i})"
    m["Date"] = format_datetime(datetime(2026, 10, 1 + i, 9, tzinfo=CST))
    m["Message-ID"] = f"<q{n}-{i}-{time.monotonic_ns()}@acme.example>"
    m.set_content("Dear candidate,\n\nThank you for your interest in the Data Analyst role. We "
                  "would like to invite you to an interview next week.\n\nBest regards,\nLi Wei")  # fmt: skip
    return bytes(m)


@dataclass
class Queue:
    db: ServerDb
    owner: Context  # the owner role: migrations and admin commands
    app: Context  # the app role, as the workers connect
    students: dict[str, int]  # email -> user id


def _superuser_rows(db: ServerDb, sql: str) -> list[tuple]:
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(PG_URL).set(database=make_url(db.owner_url).database)
    with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as conn:
        cursor = conn.execute(sql)  # type: ignore[arg-type]
        return cursor.fetchall() if cursor.description else []


@pytest.fixture(scope="module")
def queue(server_db: ServerDb, tmp_path_factory) -> Iterator[Queue]:
    from unghost.server.service import add_server_user, init_server
    from unghost.services.transfer import import_file

    os.environ["UNGHOST_SERVER_KEY"] = KEY
    owner = build_context({"db": server_db.owner_url, "today": TODAY})
    init_server(owner, admin_email="admin@uni.example", admin_password="a long passphrase 1",
                institution="Career Centre", app_role=server_db.app_role)  # fmt: skip
    students = {}
    for n in range(STUDENTS):
        user = add_server_user(owner, email=f"s{n}@uni.example", role="student")
        students[user["email"]] = int(user["id"])
    app = build_context({"db": server_db.app_url, "today": TODAY})
    folder = tmp_path_factory.mktemp("docs")
    for n, (_email, uid) in enumerate(students.items()):
        path = folder / f"s{n}.json"
        path.write_text(json.dumps(_doc(n)), encoding="utf-8")
        import_file(replace(app, owner_id=uid), path)
    try:
        yield Queue(server_db, owner, app, students)
    finally:
        os.environ.pop("UNGHOST_SERVER_KEY", None)
        app.close()
        owner.close()


def _schedule(tmp_path: Path, jobs: str, *, retry: str = "", stalled_after_s: int = 60) -> Path:
    path = tmp_path / "schedule.toml"
    path.write_text(jobs + (retry or "[retry]\nretries = 2\nwait = 1\nexponential_wait = 1\n")
                    + f"[stalled]\ncron = \"* * * * * */1\"\nseconds_since_heartbeat = "
                    f"{stalled_after_s}\nworker_heartbeat = 1\n", encoding="utf-8")  # fmt: skip
    return path


def _worker(q: Queue, schedule: Path, home: Path, *, concurrency: int = 2,
            key: str | None = KEY) -> subprocess.Popen:  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith("UNGHOST_")}
    env.update(UNGHOST_DB=q.db.app_url, UNGHOST_TODAY=TODAY, UNGHOST_HOME=str(home))
    if key:
        env["UNGHOST_SERVER_KEY"] = key
    return subprocess.Popen(
        [sys.executable, "-m", "unghost", "server", "worker", "--concurrency", str(concurrency),
         "--schedule", str(schedule)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip


def _stop(proc: subprocess.Popen) -> str:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        _out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
    return err


def _jobs(q: Queue, task: str) -> list[tuple]:
    return _superuser_rows(q.db, "SELECT id, args->>'user_id', status, attempts, worker_id "
                           f"FROM procrastinate_jobs WHERE task_name = '{task}' ORDER BY id")  # fmt: skip


def test_mail_passwords_are_sealed_and_open_only_for_their_owner(queue: Queue):
    from unghost.server.keys import ServerKeys
    from unghost.server.mailboxes import set_mail_account, user_context

    email = "s0@uni.example"
    done = set_mail_account(queue.owner, email,
                            imap_url="imap+plain://jane%40example.com:" + IMAP_PASSWORD
                            + "@127.0.0.1:1/INBOX",
                            smtp_url=f"smtp+plain://s0:{SMTP_PASSWORD}@127.0.0.1:2",
                            sender="Student Zero <s0@uni.example>")  # fmt: skip
    assert done["passwords"] == ["imap", "smtp"]
    from unghost.server.service import list_server_audit

    (entry, *_) = list_server_audit(queue.owner, user=email)
    assert entry["action"] == "mail_account.set" and entry["detail"] == "imap, smtp"
    assert IMAP_PASSWORD not in done["imap_url"] and SMTP_PASSWORD not in done["smtp_url"]
    dump = repr(_superuser_rows(queue.db, "SELECT * FROM mail_accounts")) + repr(
        [(r[0], bytes(r[1]), bytes(r[2])) for r in
         _superuser_rows(queue.db, "SELECT key_id, nonce, ciphertext FROM mail_secrets")]
    )  # fmt: skip
    for secret in (IMAP_PASSWORD, SMTP_PASSWORD):
        assert secret not in dump and secret.encode() not in dump.encode()
    key_ids = {r[0] for r in _superuser_rows(queue.db, "SELECT key_id FROM mail_secrets")}
    assert key_ids == {ServerKeys.from_text(KEY).current}

    uid = queue.students[email]
    ctx = user_context(queue.app, ServerKeys.from_text(KEY), uid)
    from unghost.services.outbox import imap_account, smtp_account

    assert imap_account(ctx).password == IMAP_PASSWORD
    assert smtp_account(ctx).password == SMTP_PASSWORD
    assert ctx.settings.get("from") == "Student Zero <s0@uni.example>"
    # another student's Context has none of it: row-level security shows only their own rows
    other = user_context(queue.app, ServerKeys.from_text(KEY), queue.students["s1@uni.example"])
    assert other.settings.get("imap_url") is None and other.credentials.passwords == {}
    # a key that is not the one that sealed it opens nothing
    with pytest.raises(StorageError):
        user_context(queue.app, ServerKeys.from_text(OTHER_KEY), uid)
    # a sealed value moved to another person does not open (bound to owner and purpose)
    _superuser_rows(queue.db, "INSERT INTO mail_accounts (owner_id, imap_url, updated_at) "
                    f"VALUES ({queue.students['s3@uni.example']}, '{done['imap_url']}', now())")  # fmt: skip
    _superuser_rows(queue.db, "INSERT INTO mail_secrets (owner_id, purpose, key_id, nonce, "
                    "ciphertext, updated_at) SELECT "
                    f"{queue.students['s3@uni.example']}, purpose, key_id, nonce, ciphertext, now() "
                    f"FROM mail_secrets WHERE owner_id = {uid} AND purpose = 'imap'")  # fmt: skip
    with pytest.raises(StorageError, match="does not open"):
        user_context(queue.app, ServerKeys.from_text(KEY), queue.students["s3@uni.example"])
    _superuser_rows(queue.db, "DELETE FROM mail_secrets WHERE owner_id = "
                    f"{queue.students['s3@uni.example']}")  # fmt: skip
    _superuser_rows(queue.db, "DELETE FROM mail_accounts WHERE owner_id = "
                    f"{queue.students['s3@uni.example']}")  # fmt: skip
    # rotation: a new key first, `rekey` seals again, then the old key may go
    from unghost.server.mailboxes import rekey

    rotated = replace(queue.owner, settings=replace(
        queue.owner.settings, values={**queue.owner.settings.values,
                                      "server_key": f"{OTHER_KEY},{KEY}"}))  # fmt: skip
    assert rekey(rotated, list(queue.students.values())) == 2
    ctx = user_context(queue.app, ServerKeys.from_text(OTHER_KEY), uid)
    assert imap_account(ctx).password == IMAP_PASSWORD
    back = replace(rotated, settings=replace(rotated.settings, values={
        **rotated.settings.values, "server_key": f"{KEY},{OTHER_KEY}"}))  # fmt: skip
    assert rekey(back, list(queue.students.values())) == 2
    set_mail_account(queue.owner, email, imap_url="", smtp_url="", sender="")


def test_the_worker_refuses_to_start_without_a_server_key(queue: Queue, tmp_path):
    proc = _worker(queue, _schedule(tmp_path, ""), tmp_path, key=None)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1 and "UNGHOST_SERVER_KEY" in err, err


def test_two_workers_sync_each_mailbox_exactly_once_per_period(queue: Queue, dovecot, tmp_path):
    from unghost.server.mailboxes import set_mail_account
    from unghost.services.mail import list_mail

    per_box = 3
    for n, email in enumerate(queue.students):
        folder = dovecot.new_folder()
        for i in range(per_box):
            dovecot.append(_mail(n, i), folder)
        set_mail_account(queue.owner, email, imap_url=dovecot.url(folder), smtp_url=None,
                         sender=f"Student {n} <{email}>")  # fmt: skip
    period_s = 6  # a sync takes well under a second; the period leaves room on a loaded machine
    schedule = _schedule(tmp_path, f'[jobs.mail]\ncron = "* * * * * */{period_s}"\n'
                         'owners = "mailbox"\n')  # fmt: skip
    workers = [_worker(queue, schedule, tmp_path / f"w{i}") for i in range(2)]
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # stop between two ticks, once three have run
        done = [t for t in _jobs(queue, "unghost.schedule_mail") if t[2] == "succeeded"]
        busy = [s for s in _jobs(queue, "unghost.mail") if s[2] in ("todo", "doing")]
        if len(done) >= 3 and not busy:
            break
        time.sleep(0.2)
    errors = [_stop(w) for w in workers]
    ticks = [t for t in _jobs(queue, "unghost.schedule_mail") if t[2] == "succeeded"]
    syncs = _jobs(queue, "unghost.mail")
    assert len(ticks) >= 3, errors
    # one tick per period among both workers: Procrastinate defers each periodic tick once
    stamps = _superuser_rows(queue.db, "SELECT args->>'timestamp' FROM procrastinate_jobs "
                             "WHERE task_name = 'unghost.schedule_mail' AND status = 'succeeded'")  # fmt: skip
    assert len({s[0] for s in stamps}) == len(stamps) == len(ticks)
    gaps = [
        int(b[0]) - int(a[0])
        for a, b in itertools.pairwise(sorted(stamps, key=lambda s: int(s[0])))
    ]
    assert all(g == period_s for g in gaps), (gaps, _jobs(queue, "unghost.schedule_mail"), errors)
    per_user = Counter(int(s[1]) for s in syncs)
    ran = Counter(int(s[1]) for s in syncs if s[2] == "succeeded")
    assert set(per_user) == set(queue.students.values()), (syncs, errors)
    # each tick saw to each mailbox exactly once: it deferred a sync, or (the machine slower
    # than the period) found the mailbox's last one still waiting, which then reads the new
    # mail too; never dropped, never a second one waiting (the queueing lock)
    waiting = Counter(int(line.split(" of user ", 1)[1].split(":")[0]) for err in errors
                      for line in err.splitlines() if "one waits in the queue already" in line)  # fmt: skip
    assert all(per_user[u] + waiting[u] == len(ticks) for u in per_user), (
        per_user, waiting, len(ticks))  # fmt: skip
    # at most one sync per mailbox was left waiting when the workers stopped, none running
    assert all(ran[u] >= per_user[u] - 1 for u in per_user), (ran, per_user)
    assert {s[2] for s in syncs} <= {"succeeded", "todo"}, syncs
    # both workers took part: each says which syncs it did, and together they did them all
    done_by = [Counter(line.rsplit(" of user ", 1)[1].split()[0] for line in err.splitlines()
                       if " mail of user " in line and line.endswith(" done")) for err in errors]  # fmt: skip
    assert all(sum(c.values()) > 0 for c in done_by), errors
    assert sum(done_by, Counter()) == Counter({str(u): n for u, n in ran.items()})
    # never two syncs of one mailbox at once: no overlapping doing spans per user
    spans = _superuser_rows(queue.db, """
        SELECT j.args->>'user_id', min(e.at) FILTER (WHERE e.type = 'started'),
               max(e.at) FILTER (WHERE e.type IN ('succeeded', 'failed'))
        FROM procrastinate_jobs j JOIN procrastinate_events e ON e.job_id = j.id
        WHERE j.task_name = 'unghost.mail' GROUP BY j.id, j.args->>'user_id'""")  # fmt: skip
    by_user: dict[str, list[tuple]] = {}
    for user, start, end in spans:
        by_user.setdefault(user, []).append((start, end))
    for runs in by_user.values():
        runs.sort()
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(runs)), runs
    # and each message was stored once, in its owner's workspace alone
    for email, uid in queue.students.items():
        mails = list_mail(replace(queue.app, owner_id=uid))
        assert len(mails) == per_box, (email, mails)
    for email in queue.students:
        set_mail_account(queue.owner, email, imap_url="", smtp_url="", sender="")


def test_a_worker_killed_mid_send_never_causes_a_second_delivery(queue: Queue, tmp_path):
    from unghost.domain.outbox import OutboxState
    from unghost.server.keys import ServerKeys
    from unghost.server.mailboxes import set_mail_account, user_context
    from unghost.services.outbox import list_outbox, make_draft, schedule

    email = "s2@uni.example"
    uid = queue.students[email]
    sched = _schedule(tmp_path, '[jobs.sending]\ncron = "* * * * * */1"\nowners = "outbox"\n',
                      stalled_after_s=3)  # fmt: skip
    finals: Counter[str] = Counter()
    with smtp_server(Behaviour(stall_after_data=True)) as server:
        set_mail_account(queue.owner, email, imap_url=None,
                         smtp_url=f"smtp+plain://127.0.0.1:{server.port}",
                         sender="Student Two <s2@uni.example>")  # fmt: skip
        ctx = user_context(queue.app, ServerKeys.from_text(KEY), uid)  # as the jobs see it
        for trial in range(2):
            entry = make_draft(ctx, "acme-analyst", "follow-up", "en")
            schedule(ctx, str(entry.id), date.fromisoformat(TODAY))
            server.handler.data_seen.clear()
            first = _worker(queue, sched, tmp_path / f"a{trial}")
            assert server.handler.data_seen.wait(timeout=60), _stop(first)
            # the server has the whole message and has not answered: the worst moment
            os.kill(first.pid, signal.SIGKILL)
            first.wait(timeout=20)
            first.stdout.close()  # type: ignore[union-attr]
            first.stderr.close()  # type: ignore[union-attr]
            (left,) = [e for e in list_outbox(ctx) if e.id == entry.id]
            assert left.state is OutboxState.SENDING
            # a second worker takes over: the stalled job runs again, finds `sending` from a
            # sender that is provably gone, and marks it unknown; it never sends it again
            second = _worker(queue, sched, tmp_path / f"b{trial}")
            deadline = time.monotonic() + 60
            final = left
            while time.monotonic() < deadline:
                (final,) = [e for e in list_outbox(ctx) if e.id == entry.id]
                if final.state is not OutboxState.SENDING:
                    break
                time.sleep(0.5)
            time.sleep(3)  # more passes of the schedule: still nothing sent again
            err = _stop(second)
            (final,) = [e for e in list_outbox(ctx) if e.id == entry.id]
            assert final.state is OutboxState.UNKNOWN, (final, err[-3000:])
            assert delivered(server)[entry.message_id] == 1
            finals[final.state.value] += 1
    assert finals == {"unknown": 2}
    set_mail_account(queue.owner, email, imap_url="", smtp_url="", sender="")


def test_retriable_failures_are_tried_again_with_a_growing_wait(queue: Queue, tmp_path):
    import socket

    from unghost.server.mailboxes import set_mail_account

    with socket.socket() as s:  # a port nobody listens on: the mail server is away
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    email = "s1@uni.example"
    uid = queue.students[email]
    set_mail_account(queue.owner, email, imap_url=f"imap+plain://jane%40example.com:x@127.0.0.1:{port}/INBOX",
                     smtp_url=None, sender=None)  # fmt: skip
    before = {j[0] for j in _jobs(queue, "unghost.mail")}
    sched = _schedule(tmp_path, '[jobs.mail]\ncron = "0 0 1 1 *"\nowners = "mailbox"\n',
                      retry="[retry]\nretries = 2\nwait = 1\nexponential_wait = 2\n")  # fmt: skip
    worker = _worker(queue, sched, tmp_path / "r")
    try:
        from unghost.worker.queue import lock_of, queue_app

        app = queue_app(queue.db.app_url)
        with app.open():
            app.configure_task("unghost.mail", lock=lock_of("mail", uid),
                               queueing_lock=lock_of("mail", uid)).defer(user_id=uid)  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            jobs = [j for j in _jobs(queue, "unghost.mail") if j[0] not in before]
            if jobs and jobs[0][2] == "failed":
                break
            time.sleep(0.5)
    finally:
        _stop(worker)
    (job,) = [j for j in _jobs(queue, "unghost.mail") if j[0] not in before]
    assert job[2] == "failed" and job[3] == 3, job  # the first run and two retries, then no more
    starts = [r[0] for r in _superuser_rows(queue.db, "SELECT at FROM procrastinate_events "
                                            f"WHERE job_id = {job[0]} AND type = 'started' "
                                            "ORDER BY at")]  # fmt: skip
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(starts)]
    # wait + exponential_wait ** (retries so far + 1): 1 + 2 ** 1 = 3 s, then 1 + 2 ** 2 = 5 s
    assert len(gaps) == 2 and gaps[0] >= 2.9 and gaps[1] >= 4.9 and gaps[1] > gaps[0], gaps
    set_mail_account(queue.owner, email, imap_url="", smtp_url="", sender="")


def test_each_person_has_their_own_calendar_feed(queue: Queue, tmp_path, monkeypatch):
    from unghost.server.keys import ServerKeys
    from unghost.server.mailboxes import user_context
    from unghost.worker import run_job

    monkeypatch.setenv("UNGHOST_HOME", str(tmp_path))
    paths = set()
    for uid in list(queue.students.values())[:2]:
        ctx = user_context(queue.app, ServerKeys.from_text(KEY), uid)
        result = run_job(ctx, "calendar feed", survive=False)
        assert result.feed is not None and Path(result.feed).read_text(encoding="utf-8")
        assert Path(result.feed).name == f"user-{uid}.ics"
        paths.add(result.feed)
    assert len(paths) == 2
