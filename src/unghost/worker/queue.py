"""The server's queue: Procrastinate on the server's own PostgreSQL, one task per job of a
pass (unghost.worker.passes), each run for one owner, in that owner's Context.

A periodic task per job lists the owners with work of that kind and defers one job for each,
with a lock and a queueing lock per owner and job: a mailbox is never synced by two workers
at once, and at most one sync of it waits in the queue however many workers run the
schedule (Procrastinate also defers each periodic tick once among all workers). Retriable
failures are tried again with a backoff; sending stays at most once through the outbox (a
job that finds a message in `sending` leaves it to its sender, or marks it unknown when that
sender is provably gone: it never sends it again)."""

from __future__ import annotations

import asyncio
import logging
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unghost.bootstrap import Context
from unghost.errors import BusyError, InvalidInputError, MailError, NetworkError

if TYPE_CHECKING:
    import procrastinate

    from unghost.server.keys import ServerKeys

log = logging.getLogger("unghost.worker")
TASK_PREFIX = "unghost."
# failures that may pass by themselves: a mail server or the network away, the database busy
RETRIABLE: tuple[type[Exception], ...] = (MailError, NetworkError, BusyError, OSError)
OWNER_KINDS = ("mailbox", "outbox", "postings", "everyone")


@dataclass(frozen=True)
class Schedule:
    jobs: dict[str, tuple[str, str]]  # job name -> (cron, owners)
    retries: int  # after the first run
    wait_s: int
    exponential_wait_s: int
    stalled_cron: str
    stalled_after_s: int
    heartbeat_s: float  # how often a worker says it is alive


def load_schedule(path: Path | None = None) -> Schedule:
    """The queue's schedule: data/server_queue.toml, or a file like it."""
    from unghost.worker.passes import JOBS

    try:
        text = (path.read_text(encoding="utf-8") if path is not None else
                resources.files("unghost.data").joinpath("server_queue.toml").read_text("utf-8"))  # fmt: skip
        data = tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InvalidInputError(f"cannot read the queue's schedule {path}: {exc}") from None
    known = {name for name, _job, _errors in JOBS}
    jobs = {}
    for name, job in data.get("jobs", {}).items():
        if name not in known or job.get("owners") not in OWNER_KINDS:
            raise InvalidInputError(
                f"the schedule's job {name!r} is not one of {sorted(known)} with owners one "
                f"of {list(OWNER_KINDS)}"
            )
        jobs[name] = (str(job["cron"]), str(job["owners"]))
    retry, stalled = data.get("retry", {}), data.get("stalled", {})
    return Schedule(jobs=jobs, retries=int(retry.get("retries", 4)),
                    wait_s=int(retry.get("wait", 10)),
                    exponential_wait_s=int(retry.get("exponential_wait", 2)),
                    stalled_cron=str(stalled.get("cron", "* * * * *")),
                    stalled_after_s=int(stalled.get("seconds_since_heartbeat", 60)),
                    heartbeat_s=float(stalled.get("worker_heartbeat", 10)))  # fmt: skip


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def lock_of(name: str, user_id: int) -> str:
    """The lock of one owner's job: `mail:42` is user 42's mailbox."""
    return f"{slug(name)}:{user_id}"


def conninfo(db: str) -> str:
    """libpq's form of the database setting (a SQLAlchemy URL)."""
    from sqlalchemy.engine import make_url

    from unghost.store.engine import database_url

    return (
        make_url(database_url(db))
        .set(drivername="postgresql")
        .render_as_string(hide_password=False)
    )


def queue_app(db: str) -> procrastinate.App:
    """A Procrastinate app on the server's database, without tasks (schema, deferring)."""
    import procrastinate

    return procrastinate.App(connector=procrastinate.PsycopgConnector(conninfo=conninfo(db)))


def apply_queue_schema(db: str) -> bool:
    """Procrastinate's tables and functions, made once (as the owner role); False when they
    were there already (an upgrade of Procrastinate applies its migrations: docs/server.md)."""
    import psycopg

    with psycopg.connect(conninfo(db), autocommit=True) as conn:
        there = conn.execute("SELECT to_regclass('procrastinate_jobs') IS NOT NULL").fetchone()
        if there and there[0]:
            return False
    app = queue_app(db)
    with app.open():
        app.schema_manager.apply_schema()
    return True


def enabled_users(ctx: Context) -> list[int]:
    from sqlalchemy import select

    from unghost.store.people import UserRow

    with ctx.engine.connect() as conn:
        return list(conn.scalars(select(UserRow.id).where(UserRow.disabled.is_(False))
                                 .order_by(UserRow.id)))  # fmt: skip


def owners_of(ctx: Context, kind: str) -> list[int]:
    """The enabled users with work of `kind` (the scheduler's only cross-owner read)."""
    from unghost.store.mailaccounts import owners_with

    users = enabled_users(ctx)
    if kind == "everyone":
        return users
    with ctx.engine.begin() as conn:
        return owners_with(conn, users, kind)


def build_queue(base: Context, keys: ServerKeys, schedule: Schedule,
                on_job: Callable[[str, int, dict[str, Any]], None] | None = None,
                ) -> procrastinate.App:  # fmt: skip
    """The app with a task per job and its periodic scheduler, and the stalled-job sweeper."""
    import procrastinate
    from procrastinate.exceptions import AlreadyEnqueued

    from unghost.clock import get_today
    from unghost.server.mailboxes import user_context
    from unghost.worker.passes import JOBS, run_job

    app = queue_app(base.settings.db)
    retry = procrastinate.RetryStrategy(
        max_attempts=schedule.retries, wait=schedule.wait_s,  # max_attempts counts retries
        exponential_wait=schedule.exponential_wait_s, retry_exceptions=RETRIABLE,
    )  # fmt: skip

    def add_job(name: str, when: tuple[str, str] | None) -> None:
        @app.task(name=f"{TASK_PREFIX}{slug(name)}", retry=retry)
        def work(user_id: int) -> None:
            today = get_today(base.settings.get("today"), base.zone)
            ctx = user_context(replace(base, today=today), keys, user_id)
            result = run_job(ctx, name, lambda line: log.info("user %s: %s", user_id, line),
                             survive=False)  # fmt: skip
            log.info("%s of user %s done", name, user_id)
            if on_job is not None:
                on_job(name, user_id, result.to_dict())

        if when is None:
            return  # not on this schedule: it still runs when deferred by hand
        cron, owners = when

        # each tick is deferred once among all workers (procrastinate_periodic_defers); no
        # queueing lock here: a tick still waiting must not make the next one be dropped
        @app.periodic(cron=cron, periodic_id=slug(name))
        @app.task(name=f"{TASK_PREFIX}schedule_{slug(name)}")
        async def schedule_job(timestamp: int) -> None:
            for user_id in await asyncio.to_thread(owners_of, base, owners):
                lock = lock_of(name, user_id)
                try:
                    await work.configure(lock=lock, queueing_lock=lock).defer_async(user_id=user_id)
                except AlreadyEnqueued:
                    log.info("%s of user %s: one waits in the queue already", name, user_id)

    for name, _job, _errors in JOBS:
        add_job(name, schedule.jobs.get(name))

    @app.periodic(cron=schedule.stalled_cron, periodic_id="stalled")
    @app.task(name=f"{TASK_PREFIX}stalled", queueing_lock="stalled", pass_context=True)
    async def end_stalled(context: procrastinate.JobContext, timestamp: int) -> None:
        """End the jobs of workers that stopped sending heartbeats, as failed: their lock is
        free again, and the next tick of their schedule does the owner's work (each job is a
        whole pass, safe to run again: the outbox never sends a message in `sending` twice)."""
        from procrastinate.jobs import Status

        manager = context.app.job_manager
        for job in await manager.get_stalled_jobs(seconds_since_heartbeat=schedule.stalled_after_s):
            if job.task_name.startswith(TASK_PREFIX) and job.id != context.job.id:
                log.warning("job %s (%s) was left by a stopped worker: ended", job.id,
                            job.task_name)  # fmt: skip
                await manager.finish_job(job, status=Status.FAILED, delete_job=False)

    return app


def worker_context(db: str) -> Context:
    """The workers' shared Context: the app role's engine, checked as the web's is."""
    from unghost.bootstrap import build_context
    from unghost.server.database import check_app_engine, require_postgresql_url
    from unghost.store.engine import open_engine

    require_postgresql_url(db)
    ctx = build_context({"db": db})
    engine = open_engine(db, migrate=False)
    check_app_engine(engine)
    ctx._engine = engine
    return ctx


def run_worker(db: str, *, concurrency: int = 1, schedule_path: Path | None = None) -> None:
    """`unghost server worker`: refuse without a server key, then work until stopped."""
    from unghost.server.keys import ServerKeys
    from unghost.settings import load_settings

    keys = ServerKeys.from_text(load_settings({"db": db}).get("server_key"))
    if not log.handlers:  # one line per job on stderr; Procrastinate says its warnings itself
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s worker %(process)d: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    schedule = load_schedule(schedule_path)
    ctx = worker_context(db)
    app = build_queue(ctx, keys, schedule)
    try:
        app.run_worker(concurrency=concurrency, update_heartbeat_interval=schedule.heartbeat_s,
                       stalled_worker_timeout=schedule.stalled_after_s)  # fmt: skip
    finally:
        ctx.close()
