"""One owner's background work, as four jobs: send what is due, read new mail, re-check
postings once a day, refresh the calendar feed.

On the laptop `run_pass` runs the four in turn every few minutes (`unghost worker`, or the web
app's background thread); on the server each is a queue task run for one owner at a time
(`unghost.worker.queue`). Each job's failure is reported and the next job still runs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from unghost.bootstrap import Context
from unghost.errors import UnghostError

POSTING_CHECK_EVERY = timedelta(hours=20)  # about daily, without drifting later each day


@dataclass
class WorkerPass:
    sent: list[dict[str, Any]] = field(default_factory=list)
    recovered: list[dict[str, Any]] = field(default_factory=list)
    mail: dict[str, Any] | None = None
    postings: list[dict[str, Any]] = field(default_factory=list)
    feed: str | None = None
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"sent": self.sent, "recovered": self.recovered, "mail": self.mail,
                "postings": self.postings, "feed": self.feed, "errors": self.errors}  # fmt: skip


def send_due(ctx: Context, result: WorkerPass, log: Callable[[str], None]) -> None:
    """Settle sends whose sender is gone, then send what is due (at most once: the outbox)."""
    from unghost.services.outbox import run_due

    run = run_due(ctx, log)
    result.sent = [e.to_dict() for e in run.sent]
    result.recovered = [e.to_dict() for e in run.recovered]


def sync_mail(ctx: Context, result: WorkerPass, log: Callable[[str], None]) -> None:
    """Read the new messages of the owner's mailbox, when they have one."""
    if not ctx.settings.get("imap_url"):
        return
    from unghost.services.mail import sync_imap

    try:
        report = sync_imap(ctx)
    except UnghostError as exc:
        _keep_sync_error(ctx, f"mail sync: {exc}")
        raise
    _keep_sync_error(ctx, None)
    result.mail = report.to_dict()
    if report.stored:
        log(f"mail: {report.stored} new job messages, {report.proposals} to review")


def _keep_sync_error(ctx: Context, error: str | None) -> None:
    """On the server, the mail account page's last error: a failed sync's reason, cleared by
    the next sync that works (an error of the page's connection test is left alone)."""
    from unghost.store import LOCAL_OWNER_ID

    if ctx.owner_id == LOCAL_OWNER_ID:
        return
    from unghost.store.mailaccounts import find_account

    with ctx.transaction() as session:
        row = find_account(session)
        if row is None:
            return
        if error is not None:
            row.last_error = " ".join(error.split())
        elif row.last_error and row.last_error.startswith("mail sync: "):
            row.last_error = None


def check_postings(ctx: Context, result: WorkerPass, log: Callable[[str], None]) -> None:
    """Re-check the postings of open applications not looked at in the last day."""
    for outcome in _check_stale_postings(ctx):
        result.postings.append(outcome.to_dict())
        if outcome.check.changed:
            log(f"posting of {outcome.ref}: {outcome.check.state.value}")


def refresh_feed(ctx: Context, result: WorkerPass, log: Callable[[str], None]) -> None:
    """Write the owner's calendar feed again."""
    from unghost.services.diagnosis import export_calendar

    result.feed = str(feed_path(ctx))
    export_calendar(ctx, feed_path(ctx))


Job = Callable[[Context, WorkerPass, Callable[[str], None]], None]
# name (as errors and the queue's tasks say it), the job, the errors it reports and survives
JOBS: tuple[tuple[str, Job, tuple[type[BaseException], ...]], ...] = (
    ("sending", send_due, (UnghostError,)),
    ("mail", sync_mail, (UnghostError,)),
    ("postings", check_postings, (UnghostError,)),
    ("calendar feed", refresh_feed, (UnghostError, OSError)),
)


def run_job(ctx: Context, name: str, log: Callable[[str], None] = lambda _line: None,
            *, survive: bool = True) -> WorkerPass:  # fmt: skip
    """One job of one owner's pass; with `survive`, its expected failure becomes an error line
    (the laptop pass), else it propagates (the queue retries what may succeed later)."""
    result = WorkerPass()
    for job_name, job, expected in JOBS:
        if job_name != name:
            continue
        try:
            job(ctx, result, log)
        except expected as exc:
            if not survive:
                raise
            result.errors.append(f"{name}: {exc}")
        return result
    raise KeyError(name)


def run_pass(ctx: Context, log: Callable[[str], None] = lambda _line: None) -> WorkerPass:
    """The laptop's pass: every job in turn for the one owner of `ctx`."""
    result = WorkerPass()
    for name, job, expected in JOBS:
        try:
            job(ctx, result, log)
        except expected as exc:
            result.errors.append(f"{name}: {exc}")
    for error in result.errors:
        log(error)
    return result


def feed_path(ctx: Context) -> Any:
    """The calendar feed the worker keeps fresh, next to the database (subscribe to it); on
    the server, one per person in the data directory's feeds/ folder."""
    from pathlib import Path

    from unghost.settings import data_dir, private_dir
    from unghost.store.people import LOCAL_OWNER_ID

    if ctx.owner_id != LOCAL_OWNER_ID:
        return private_dir(data_dir() / "feeds") / f"user-{ctx.owner_id}.ics"
    target = ctx.settings.db
    folder = Path(target).expanduser().resolve().parent if "://" not in target else data_dir()
    return private_dir(folder) / "unghost.ics"


def _check_stale_postings(ctx: Context) -> list[Any]:
    """Re-check the postings of open applications not looked at in the last day."""
    from sqlalchemy import func, select

    from unghost.domain.records import Status
    from unghost.services.postings import check_postings
    from unghost.store.models import ApplicationRow, PostingCheckRow

    closed = [s.value for s in Status if s.is_closed]
    cutoff = (datetime.now(UTC) - POSTING_CHECK_EVERY).replace(tzinfo=None)
    with ctx.transaction() as session:
        last = (
            select(PostingCheckRow.application_id, func.max(PostingCheckRow.checked_at).label("at"))
            .group_by(PostingCheckRow.application_id)
            .subquery()
        )
        refs = session.scalars(
            select(ApplicationRow.ref)
            .outerjoin(last, last.c.application_id == ApplicationRow.id)
            .where(ApplicationRow.posting_url.is_not(None), ApplicationRow.status.not_in(closed))
            .where((last.c.at.is_(None)) | (last.c.at < cutoff))
        ).all()
    outcomes = []
    for ref in refs:
        outcomes.extend(check_postings(ctx, ref))
    return outcomes
