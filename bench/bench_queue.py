"""The server's queue: mail-sync jobs per minute against Dovecot, one worker and two.

A server database of its own on the local PostgreSQL (an owner role that migrates, an app
role the workers connect as), STUDENTS students each with an application and a mailbox (a
Dovecot user of their own with MESSAGES job messages in INBOX), the passwords sealed. The workers are real
`unghost server worker` processes (concurrency 1 each); once they are up, one mail-sync job
per student is deferred at once, and the rate is jobs / (last job's end - the defer). The
two-worker round uses other students (fresh mailboxes: every sync reads its messages).
Run alone with `python bench/bench_queue.py [WORKDIR]`.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PG_URL = os.environ.get("UNGHOST_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
STUDENTS = int(os.environ.get("UNGHOST_BENCH_QUEUE_STUDENTS", "150"))  # per round
MESSAGES = 3  # per mailbox
GOAL_PER_MIN = 50.0
CST = timezone(timedelta(hours=8))


def _ensure_path() -> None:
    for entry in (str(ROOT), str(ROOT / "src")):
        if entry not in sys.path:
            sys.path.insert(0, entry)


def _mail(n: int, i: int) -> bytes:
    m = EmailMessage()
    m["From"], m["To"] = "Li Wei <li.wei@acme.example>", f"Student {n} <s{n}@uni.example>"
    m["Subject"] = f"Your application for Data Analyst ({i})"
    m["Date"] = format_datetime(datetime(2026, 10, 1 + i, 9, tzinfo=CST))
    m["Message-ID"] = f"<b{n}-{i}@acme.example>"
    m.set_content("Dear candidate,\n\nThank you for your interest in the Data Analyst role. We "
                  "would like to invite you to an interview next week.\n\nBest regards,\nLi Wei")  # fmt: skip
    return bytes(m)


def _doc(n: int) -> dict:
    return {"format": "unghost/v1", "applications": [{
        "ref": "acme-analyst", "company": {"name": "Acme", "domain": "acme.example", "country": "US"},
        "role": {"title": "Data Analyst"}, "applied_on": "2026-09-01",
        "candidate": {"email": f"s{n}@uni.example"},
        "contacts": [{"name": "Li Wei", "email": "li.wei@acme.example", "role": "recruiter"}],
    }]}  # fmt: skip


def _psql(url: str, sql: str) -> list[tuple]:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        cursor = conn.execute(sql)  # type: ignore[arg-type]
        return cursor.fetchall() if cursor.description else []


def _round(app_url: str, db_admin: str, key: str, workdir: Path, users: list[int],
           workers: int) -> float:  # fmt: skip
    """Jobs per minute of `workers` worker processes syncing the mailboxes of `users`."""
    from unghost.worker.queue import lock_of, queue_app

    schedule = workdir / "schedule.toml"
    schedule.write_text('[stalled]\ncron = "0 0 1 1 *"\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("UNGHOST_")}
    env.update(UNGHOST_DB=app_url, UNGHOST_SERVER_KEY=key, UNGHOST_HOME=str(workdir / "home"),
               PYTHONPATH=str(ROOT / "src"))  # fmt: skip
    before = _psql(db_admin, "SELECT count(*) FROM procrastinate_workers")[0][0]
    procs = [subprocess.Popen([sys.executable, "-m", "unghost", "server", "worker",
                               "--concurrency", "1", "--schedule", str(schedule)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for _ in range(workers)]  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while (
            _psql(db_admin, "SELECT count(*) FROM procrastinate_workers")[0][0] < before + workers
        ):
            if time.monotonic() > deadline:
                raise RuntimeError("the workers did not start")
            time.sleep(0.2)
        app = queue_app(app_url)

        def defer_and_wait(batch: list[int]) -> tuple[object, dict]:
            started = _psql(db_admin, "SELECT now()")[0][0]
            with app.open():
                for uid in batch:
                    app.configure_task("unghost.mail", lock=lock_of("mail", uid),
                                       queueing_lock=lock_of("mail", uid)).defer(user_id=uid)  # fmt: skip
            ids = ",".join(str(u) for u in batch)
            deadline = time.monotonic() + 1200
            while True:
                rows = _psql(db_admin, "SELECT status, count(*) FROM procrastinate_jobs WHERE "
                             f"task_name = 'unghost.mail' AND (args->>'user_id')::int IN ({ids}) "
                             "GROUP BY status")  # fmt: skip
                counts = dict(rows)
                if counts.get("succeeded", 0) + counts.get("failed", 0) >= len(batch):
                    return started, counts
                if time.monotonic() > deadline:
                    raise RuntimeError(f"the jobs did not finish: {counts}")
                time.sleep(0.1)

        # warm-up: one job per worker first, so the lazy imports and the first connections
        # of each process are not in the measurement
        defer_and_wait(users[:workers])
        users = users[workers:]
        ids = ",".join(str(u) for u in users)
        started, counts = defer_and_wait(users)
        if counts.get("failed"):
            procs[0].send_signal(signal.SIGTERM)
            err = procs[0].communicate(timeout=30)[1].decode(errors="replace")
            raise RuntimeError(f"{counts['failed']} sync jobs failed: {err[-1500:]}")
        (end,) = _psql(db_admin, "SELECT max(e.at) FROM procrastinate_events e JOIN "
                       "procrastinate_jobs j ON j.id = e.job_id WHERE e.type = 'succeeded' AND "
                       f"j.task_name = 'unghost.mail' AND (j.args->>'user_id')::int IN ({ids})")[0]  # fmt: skip
        return len(users) / (end - started).total_seconds() * 60
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()


def run(workdir: Path) -> list[dict]:
    _ensure_path()
    import psycopg
    from sqlalchemy.engine import make_url
    from tests.dovecot import available, running_dovecot

    from unghost.bootstrap import build_context
    from unghost.server.keys import new_key_text
    from unghost.server.mailboxes import set_mail_account
    from unghost.server.service import add_server_user, init_server
    from unghost.services.transfer import import_file

    if not available():
        return [{"name": "queue: mail sync", "value": float("nan"), "unit": "jobs/min",
                 "baseline": "", "ratio": "", "goal": "", "note": "Dovecot is not installed"}]  # fmt: skip
    workdir.mkdir(parents=True, exist_ok=True)
    tag = uuid.uuid4().hex[:10]
    owner, approle, database = f"bq_own_{tag}", f"bq_app_{tag}", f"bq_srv_{tag}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{owner}" LOGIN NOSUPERUSER NOBYPASSRLS')
        conn.execute(f'CREATE ROLE "{approle}" LOGIN NOSUPERUSER NOBYPASSRLS')
        conn.execute(f'CREATE DATABASE "{database}" OWNER "{owner}"')
    base = make_url(PG_URL).set(database=database)
    owner_url = base.set(username=owner).render_as_string(hide_password=False)
    app_url = base.set(username=approle).render_as_string(hide_password=False)
    db_admin = base.render_as_string(hide_password=False)
    key = new_key_text()
    os.environ["UNGHOST_SERVER_KEY"] = key
    try:
        with running_dovecot() as dovecot:
            octx = build_context({"db": owner_url})
            init_server(octx, admin_email="admin@uni.example", admin_password="a long passphrase 1",
                        institution="Bench", app_role=approle)  # fmt: skip
            actx = build_context({"db": app_url})
            users = []
            total = 2 * (STUDENTS + 2)  # two warm-up mailboxes per round
            # each student is a Dovecot user of their own, as each has their own account
            # elsewhere (one shared user would make every sync wait on that user's locks)
            with (dovecot.root / "users").open("a", encoding="utf-8") as users_file:
                for n in range(total):
                    users_file.write(f"s{n}@uni.example:{{PLAIN}}pw-{n}-{tag}\n")
            time.sleep(1.5)  # Dovecot reads the passwd-file again when its mtime moves on
            for n in range(total):  # two warm-up mailboxes per round
                email = f"s{n}@uni.example"
                uid = int(add_server_user(octx, email=email, role="student")["id"])
                path = workdir / "doc.json"
                path.write_text(json.dumps(_doc(n)), encoding="utf-8")
                import_file(replace(actx, owner_id=uid), path)
                box = replace(dovecot, user=email, password=f"pw-{n}-{tag}")
                conn = box.client()
                for i in range(MESSAGES):
                    conn.append("INBOX", None, None, _mail(n, i))
                conn.logout()
                set_mail_account(octx, email, imap_url=box.url("INBOX"), smtp_url=None,
                                 sender=f"Student {n} <{email}>")  # fmt: skip
                users.append(uid)
            actx.close()
            octx.close()
            half = len(users) // 2
            one = _round(app_url, db_admin, key, workdir, users[:half], 1)
            two = _round(app_url, db_admin, key, workdir, users[half:], 2)
    finally:
        os.environ.pop("UNGHOST_SERVER_KEY", None)
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            conn.execute(f'DROP ROLE IF EXISTS "{approle}"')
            conn.execute(f'DROP ROLE IF EXISTS "{owner}"')
    load = os.getloadavg()[0]
    note = (f"{STUDENTS} mailboxes of {MESSAGES} job messages each, Dovecot on loopback (a user each), "
            f"passwords sealed, after one warm-up job per worker; {os.cpu_count()} cores shared "
            f"with PostgreSQL and Dovecot, load average {load:.1f} at the end")  # fmt: skip
    return [
        {"name": "queue: mail-sync jobs, one worker", "value": round(one, 1), "unit": "jobs/min",
         "baseline": "", "ratio": "", "goal": f">= {GOAL_PER_MIN:g}/min", "note": note},
        {"name": "queue: mail-sync jobs, two workers", "value": round(two, 1), "unit": "jobs/min",
         "baseline": "queue: mail-sync jobs, one worker", "ratio": round(two / one, 2),
         "goal": "nearly 2x one worker", "note": note},
    ]  # fmt: skip


if __name__ == "__main__":
    for row in run(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/unghost-bench-queue")):
        print(row)
