"""The server's queue: mail-sync jobs per minute against Dovecot, one worker and two, and the
CPU seconds each process spends on a job.

Setup makes a server database of its own on the local PostgreSQL (an owner role that
migrates, an app role the workers connect as) with MAILBOXES students, each with an
application and a mailbox: a Dovecot user of their own with MESSAGES job messages in INBOX,
the password sealed. That database is the template of every round: each round runs on a
fresh copy (CREATE DATABASE ... TEMPLATE), so every round syncs the same mailboxes from the
same state and every sync reads, classifies and stores its messages.

A round starts real `unghost server worker` processes (concurrency 1 each), warms them up
with WARMUP jobs (imports, first connections), then defers one mail-sync job per remaining
mailbox at once; the rate is jobs / (last job's end - the defer). Rounds alternate one worker,
two workers, ROUNDS times each; the rows give the medians. Around each measured batch the
bench reads the CPU seconds (/proc) of the workers, of the round database's PostgreSQL
backends, of Dovecot's processes (its ended imap and login processes included) and of the
whole machine: what is left is the other work on the machine. Run alone with
`python bench/bench_queue.py [WORKDIR]`; `--profile` instead runs the jobs in this process
under cProfile and prints where the worker's time goes.
"""

from __future__ import annotations

import json
import os
import signal
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[1]
PG_URL = os.environ.get("UNGHOST_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
MAILBOXES = int(os.environ.get("UNGHOST_BENCH_QUEUE_STUDENTS", "150"))  # measured per round
ROUNDS = int(os.environ.get("UNGHOST_BENCH_QUEUE_ROUNDS", "4"))  # per worker count
WARMUP = 4  # jobs before each measured batch, on mailboxes of their own
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


def _psql(url: str, sql: str, params: tuple = ()) -> list[tuple]:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        cursor = conn.execute(sql, params)  # type: ignore[arg-type]
        return cursor.fetchall() if cursor.description else []


class Server(NamedTuple):  # not a dataclass: bench/run.py loads this file as no module
    base: Any  # sqlalchemy URL of the cluster
    owner: str
    approle: str
    template: str
    key: str
    users: list[int]
    dovecot_pid: int

    def url(self, database: str, user: str | None = None) -> str:
        url = self.base.set(database=database)
        return (url.set(username=user) if user else url).render_as_string(hide_password=False)


@contextmanager
def _server(workdir: Path, count: int) -> Iterator[Server]:
    """The template database with `count` students and their Dovecot mailboxes."""
    import psycopg
    from sqlalchemy.engine import make_url
    from tests.dovecot import running_dovecot

    from unghost.bootstrap import build_context
    from unghost.server.keys import new_key_text
    from unghost.server.mailboxes import set_mail_account
    from unghost.server.service import add_server_user, init_server
    from unghost.services.transfer import import_file

    workdir.mkdir(parents=True, exist_ok=True)
    tag = uuid.uuid4().hex[:10]
    owner, approle, template = f"bq_own_{tag}", f"bq_app_{tag}", f"bq_srv_{tag}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{owner}" LOGIN NOSUPERUSER NOBYPASSRLS')
        conn.execute(f'CREATE ROLE "{approle}" LOGIN NOSUPERUSER NOBYPASSRLS')
        conn.execute(f'CREATE DATABASE "{template}" OWNER "{owner}"')
    base = make_url(PG_URL)
    key = new_key_text()
    os.environ["UNGHOST_SERVER_KEY"] = key
    try:
        with running_dovecot() as dovecot:
            owner_url = base.set(database=template, username=owner).render_as_string(False)
            app_url = base.set(database=template, username=approle).render_as_string(False)
            octx = build_context({"db": owner_url})
            init_server(octx, admin_email="admin@uni.example", admin_password="a long passphrase 1",
                        institution="Bench", app_role=approle)  # fmt: skip
            actx = build_context({"db": app_url})
            assert actx.engine is not None  # made now: the copies below share it
            # each student is a Dovecot user of their own, as each has their own account
            # elsewhere (one shared user would make every sync wait on that user's locks)
            with (dovecot.root / "users").open("a", encoding="utf-8") as users_file:
                for n in range(count):
                    users_file.write(f"s{n}@uni.example:{{PLAIN}}pw-{n}-{tag}\n")
            time.sleep(1.5)  # Dovecot reads the passwd-file again when its mtime moves on
            users = []
            for n in range(count):
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
            # a template copies only without sessions: end any a helper left open
            _psql(PG_URL, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                  "datname = %s AND pid <> pg_backend_pid()", (template,))  # fmt: skip
            master = int((dovecot.root / "run" / "master.pid").read_text().split()[0])
            yield Server(base, owner, approle, template, key, users, master)
    finally:
        os.environ.pop("UNGHOST_SERVER_KEY", None)
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            for (name,) in conn.execute("SELECT datname FROM pg_database WHERE datname LIKE %s",
                                        (f"bq_%_{tag}%",)).fetchall():  # fmt: skip
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'DROP ROLE IF EXISTS "{approle}"')
            conn.execute(f'DROP ROLE IF EXISTS "{owner}"')


class Round(NamedTuple):
    workers: int
    jobs: int
    rate: float  # jobs per minute
    cpu_ms: dict[str, float]  # per job: worker, postgres, dovecot, bench, others, machine
    busy: float  # the machine's busy share of all its cores while the batch ran
    others_cores: float  # cores the other work on the machine kept busy meanwhile
    job_ms: float  # median time from a job's start to its end
    in_job: list[float]  # per worker, the share of the batch's time it spent in a job
    lock_waits: float  # share of the samples in which a backend of the round waited on a lock
    connections: int  # database connections opened while the batch ran (none: pooled)
    load: float

    @property
    def ours_ms(self) -> float:
        return sum(self.cpu_ms[k] for k in ("worker", "postgres", "dovecot"))

    def line(self) -> str:
        return (f"{self.workers} worker(s) {self.rate:.0f} jobs/min, machine {self.busy:.0%} "
                f"busy, other work {self.others_cores:.1f} cores, a job {self.job_ms:.0f} ms, "
                f"workers in a job {'/'.join(f'{x:.0%}' for x in self.in_job)}, lock waits "
                f"{self.lock_waits:.0%}, {self.connections} new connections; per job "
                + ", ".join(f"{k} {v:.1f}" for k, v in self.cpu_ms.items()) + " ms")  # fmt: skip


def _snapshot(admin: Any, database: str, procs: list[subprocess.Popen], dovecot: int) -> dict:
    from bench.cputime import cpu_s, machine_busy_s, tree

    backends = [r[0] for r in admin.execute(
        "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
        (database,)).fetchall()]  # fmt: skip
    busy, _total = machine_busy_s()
    return {"worker": cpu_s(p.pid for p in procs),
            "postgres": {pid: cpu_s([pid]) for pid in backends},
            "dovecot": cpu_s(tree(dovecot), reaped=True),
            "bench": sum(os.times()[:2]), "machine": busy, "wall": time.monotonic()}  # fmt: skip


def _round(server: Server, workdir: Path, workers: int, index: int) -> Round:
    """One round on a fresh copy of the template: warm-up, then one job per mailbox."""
    import psycopg

    from unghost.worker.queue import lock_of, queue_app

    database = f"{server.template}_r{index}"
    _psql(server.url("postgres"), f'CREATE DATABASE "{database}" TEMPLATE "{server.template}" '
          f'OWNER "{server.owner}"')  # fmt: skip
    app_url = server.url(database, server.approle)
    schedule = workdir / "schedule.toml"
    schedule.write_text('[stalled]\ncron = "0 0 1 1 *"\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("UNGHOST_")}
    env.update(UNGHOST_DB=app_url, UNGHOST_SERVER_KEY=server.key,
               UNGHOST_HOME=str(workdir / "home"), PYTHONPATH=str(ROOT / "src"))  # fmt: skip
    procs = [subprocess.Popen([sys.executable, "-m", "unghost", "server", "worker",
                               "--concurrency", "1", "--schedule", str(schedule)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for _ in range(workers)]  # fmt: skip
    app = queue_app(app_url)
    try:
        with psycopg.connect(server.url(database), autocommit=True) as admin, app.open():
            deadline = time.monotonic() + 60
            while (
                admin.execute("SELECT count(*) FROM procrastinate_workers").fetchone()[0] < workers
            ):  # type: ignore[index]
                if time.monotonic() > deadline:
                    raise RuntimeError("the workers did not start")
                time.sleep(0.2)

            def defer_and_wait(batch: list[int]) -> Any:
                (started,) = admin.execute("SELECT now()").fetchone()  # type: ignore[misc]
                for uid in batch:
                    lock = lock_of("mail", uid)
                    app.configure_task("unghost.mail", lock=lock, queueing_lock=lock).defer(
                        user_id=uid
                    )
                deadline = time.monotonic() + 1200
                while True:
                    # a backend of the round waiting on a lock (a row, the queue's table)
                    waits.append(admin.execute(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND "
                        "wait_event_type = 'Lock'", (database,)).fetchone()[0])  # type: ignore[index]  # fmt: skip
                    counts = dict(admin.execute(
                        "SELECT status, count(*) FROM procrastinate_jobs WHERE task_name = "
                        "'unghost.mail' AND (args->>'user_id')::int = ANY(%s) GROUP BY status",
                        (batch,)).fetchall())  # fmt: skip
                    if counts.get("failed"):
                        procs[0].send_signal(signal.SIGTERM)
                        err = procs[0].communicate(timeout=30)[1].decode(errors="replace")
                        raise RuntimeError(f"{counts['failed']} sync jobs failed: {err[-1500:]}")
                    if counts.get("succeeded", 0) >= len(batch):
                        return started
                    if time.monotonic() > deadline:
                        raise RuntimeError(f"the jobs did not finish: {counts}")
                    time.sleep(0.2)

            waits: list[int] = []
            defer_and_wait(server.users[:WARMUP])
            measured = server.users[WARMUP:]
            waits.clear()
            load = os.getloadavg()[0]
            before = _snapshot(admin, database, procs, server.dovecot_pid)
            started = defer_and_wait(measured)
            after = _snapshot(admin, database, procs, server.dovecot_pid)
            (end,) = admin.execute(
                "SELECT max(e.at) FROM procrastinate_events e JOIN procrastinate_jobs j ON "
                "j.id = e.job_id WHERE e.type = 'succeeded' AND j.task_name = 'unghost.mail' "
                "AND (j.args->>'user_id')::int = ANY(%s)", (measured,)).fetchone()  # type: ignore[misc]  # fmt: skip
            # how long each job ran, and how much of the batch's time each worker was in one
            spans = admin.execute(
                "SELECT j.worker_id, extract(epoch FROM e.at - s.at) FROM procrastinate_jobs j "
                "JOIN procrastinate_events s ON s.job_id = j.id AND s.type = 'started' "
                "JOIN procrastinate_events e ON e.job_id = j.id AND e.type = 'succeeded' "
                "WHERE j.task_name = 'unghost.mail' AND (j.args->>'user_id')::int = ANY(%s)",
                (measured,)).fetchall()  # fmt: skip
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
        _psql(server.url("postgres"), f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    n = len(measured)
    spent = {k: after[k] - before[k] for k in ("worker", "dovecot", "bench", "machine")}
    spent["postgres"] = sum(cpu - before["postgres"].get(pid, 0.0)
                            for pid, cpu in after["postgres"].items())  # fmt: skip
    spent["others"] = spent["machine"] - sum(
        spent[k] for k in ("worker", "postgres", "dovecot", "bench")
    )
    wall = after["wall"] - before["wall"]
    batch_s = (end - started).total_seconds()
    durations = [float(d) for _w, d in spans]
    in_job = {w: sum(float(d) for v, d in spans if v == w) / batch_s for w, _d in spans}
    return Round(workers, n, n / batch_s * 60, {k: v / n * 1000 for k, v in spent.items()},
                 spent["machine"] / (wall * (os.cpu_count() or 1)), spent["others"] / wall,
                 statistics.median(durations) * 1000, sorted(in_job.values()),
                 sum(1 for w in waits if w) / max(len(waits), 1),
                 len(set(after["postgres"]) - set(before["postgres"])), load)  # fmt: skip


def _median(rounds: list[Round], workers: int) -> tuple[float, dict[str, float], list[Round]]:
    mine = [r for r in rounds if r.workers == workers]
    cpu = {k: statistics.median(r.cpu_ms[k] for r in mine) for k in mine[0].cpu_ms}
    return statistics.median(r.rate for r in mine), cpu, mine


def _rows(rounds: list[Round]) -> list[dict]:
    cores = os.cpu_count() or 1
    loads = [r.load for r in rounds]
    one, cpu1, ones = _median(rounds, 1)
    two, cpu2, twos = _median(rounds, 2)
    # each two-worker round against the one-worker round just before it: the other work on
    # the machine changes from minute to minute, less between neighbours
    pairs = [b.rate / a.rate for a, b in zip(ones, twos, strict=True)]
    # and what the design allows: jobs in flight, were each job as quick as with one worker
    # (a worker idle between jobs, waiting on a lock or on the queue, lowers its share)
    in_flight = [sum(b.in_job) / sum(a.in_job) for a, b in zip(ones, twos, strict=True)]
    common = (f"{ones[0].jobs} mailboxes (a Dovecot user each) of {MESSAGES} job messages, "
              f"passwords sealed, each round on a fresh copy of one database after {WARMUP} "
              f"warm-up jobs; median of {len(ones)} rounds each, alternating; {cores} cores "
              f"shared with PostgreSQL, Dovecot and other work, load average "
              f"{min(loads):.1f}-{max(loads):.1f}")  # fmt: skip

    def cpu_note(cpu: dict[str, float], mine: list[Round]) -> str:
        job_ms = statistics.median(r.job_ms for r in mine)
        in_job = statistics.median(x for r in mine for x in r.in_job)
        waits = max(r.lock_waits for r in mine)
        return (f"CPU per job: worker {cpu['worker']:.0f} + PostgreSQL {cpu['postgres']:.0f} + "
                f"Dovecot {cpu['dovecot']:.0f} ms; a job runs {job_ms:.0f} ms, each worker is in "
                f"a job {in_job:.0%} of the time, lock waits in {waits:.0%} of the samples; "
                "rounds (jobs/min, cores the other work took): "
                + ", ".join(f"{r.rate:.0f} ({r.others_cores:.1f})" for r in mine))  # fmt: skip

    ours1 = sum(cpu1[k] for k in ("worker", "postgres", "dovecot"))
    ours2 = sum(cpu2[k] for k in ("worker", "postgres", "dovecot"))
    ceiling = cores * 60_000 / ours2  # jobs/min if our processes had every core
    return [
        {"name": "queue: mail-sync jobs, one worker", "value": round(one, 1), "unit": "jobs/min",
         "baseline": "", "ratio": "", "goal": f">= {GOAL_PER_MIN:g}/min",
         "note": f"{common}; {cpu_note(cpu1, ones)}"},
        {"name": "queue: mail-sync jobs, two workers", "value": round(two, 1), "unit": "jobs/min",
         "baseline": "queue: mail-sync jobs, one worker", "ratio": round(two / one, 2),
         "goal": "nearly 2x one worker",
         "note": f"the same rounds; {cpu_note(cpu2, twos)}; the medians' ratio mixes minutes of "
                 "different other load: the next row pairs neighbouring rounds"},
        {"name": "queue: two workers against one, neighbouring rounds", "value":
         round(statistics.median(pairs), 2), "unit": "x", "baseline": "", "ratio": "",
         "goal": "nearly 2x", "note": "median of each two-worker round's rate over the "
         "one-worker round's just before it: " + ", ".join(f"{p:.2f}x" for p in pairs)},
        {"name": "queue: jobs in flight, two workers against one", "value":
         round(statistics.median(in_flight), 2), "unit": "x", "baseline": "", "ratio": "",
         "goal": "2x (no wait in the design)", "note": "the workers' summed share of time in a "
         "job, two-worker round over the one-worker round before it: the rate two would have "
         "were each job as quick as with one; a lock, a queue or a connection that serialised "
         "them would lower it"},
        {"name": "queue: CPU per mail-sync job, one worker", "value": round(ours1, 1), "unit": "ms",
         "baseline": "", "ratio": "", "goal": "",
         "note": "worker + PostgreSQL backends + Dovecot processes, per job (median)"},
        {"name": "queue: CPU per mail-sync job, two workers", "value": round(ours2, 1),
         "unit": "ms", "baseline": "queue: CPU per mail-sync job, one worker",
         "ratio": round(ours2 / ours1, 2), "goal": "about 1x (no cost of sharing)",
         "note": f"at this cost {cores} cores of our own would allow about {ceiling:.0f} jobs/min"},
    ]  # fmt: skip


def run(workdir: Path) -> list[dict]:
    _ensure_path()
    from tests.dovecot import available

    if not available():
        return [{"name": "queue: mail sync", "value": float("nan"), "unit": "jobs/min",
                 "baseline": "", "ratio": "", "goal": "", "note": "Dovecot is not installed"}]  # fmt: skip
    rounds = []
    with _server(workdir, MAILBOXES + WARMUP) as server:
        for index in range(2 * ROUNDS):
            rounds.append(_round(server, workdir, 1 + index % 2, index))
            print(f"round {index}: {rounds[-1].line()}", file=sys.stderr, flush=True)
    return _rows(rounds)


def profile(workdir: Path, count: int = 60) -> None:
    """The jobs of `count` mailboxes run in this process under cProfile, as a worker runs
    them (the task's own function): where a job's worker time goes."""
    import cProfile
    import pstats

    _ensure_path()
    from unghost.server.keys import ServerKeys
    from unghost.server.mailboxes import user_context
    from unghost.worker.passes import run_job
    from unghost.worker.queue import worker_context

    with _server(workdir, count) as server:
        database = f"{server.template}_p"
        _psql(server.url("postgres"), f'CREATE DATABASE "{database}" TEMPLATE "{server.template}" '
              f'OWNER "{server.owner}"')  # fmt: skip
        os.environ["UNGHOST_HOME"] = str(workdir / "home")
        base = worker_context(server.url(database, server.approle))
        keys = ServerKeys.from_text(server.key)

        def job(uid: int) -> None:
            run_job(user_context(base, keys, uid), "mail", survive=False)

        for uid in server.users[:WARMUP]:
            job(uid)
        from sqlalchemy import event

        statements: list[str] = []
        event.listen(base.engine, "before_cursor_execute",
                     lambda _c, _cur, sql, *_a: statements.append(sql.split()[0]))  # fmt: skip
        started, cpu = time.perf_counter(), time.process_time()
        # CPU time, not wall time: on a shared machine the waits say more about the others
        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        for uid in server.users[WARMUP:]:
            job(uid)
        profiler.disable()
        n = len(server.users) - WARMUP
        print(
            f"{n} jobs: {(time.perf_counter() - started) / n * 1000:.1f} ms wall, "
            f"{(time.process_time() - cpu) / n * 1000:.1f} ms CPU a job (under cProfile)"
        )
        from collections import Counter

        print(
            f"statements a job: {len(statements) / n:.1f}",
            {k: round(v / n, 1) for k, v in Counter(statements).most_common()},
        )
        pstats.Stats(profiler).sort_stats(
            sys.argv[-1] if sys.argv[-1] in ("tottime", "cumulative") else "cumulative"
        ).print_stats(60)
        base.close()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = Path(args[0]) if args else Path("/tmp/unghost-bench-queue")
    if "--profile" in sys.argv:
        profile(folder)
    else:
        for row in run(folder):
            print(row)
