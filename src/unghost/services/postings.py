"""Posting use cases: read a posting, attach it to an application, re-check the open ones."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from unghost.bootstrap import Context
from unghost.domain.records import Application, Status

if TYPE_CHECKING:
    from unghost.postings.fetch import PostingClient
    from unghost.postings.model import PostingCheck, PostingSnapshot


@contextmanager
def posting_client(ctx: Context) -> Iterator[PostingClient]:
    """The one safe HTTP client of a batch; loopback hosts only when UNGHOST_FETCH_ALLOW says."""
    from unghost.postings.addresses import parse_allow_list
    from unghost.postings.fetch import PostingClient

    client = PostingClient(allow=parse_allow_list(ctx.settings.get("fetch_allow")))
    with client:
        yield client


def fetch_posting_url(ctx: Context, url: str) -> PostingSnapshot:
    """Read a posting without storing anything (`unghost posting fetch URL`)."""
    from unghost.postings.watch import fetch_posting

    with posting_client(ctx) as client:
        return fetch_posting(url, client=client, today=ctx.today)


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    ref: str
    check: PostingCheck
    # True when a look at the same posting was already stored in that minute: this one was
    # not stored again (a double click, two tabs, a retried request)
    repeated: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"ref": self.ref, **self.check.to_dict(), "repeated": self.repeated}


def attach_posting(ctx: Context, ref: str, url: str) -> CheckOutcome:
    """Set an application's posting URL, read it, fill what the posting says, record the look."""
    from unghost.domain.links import parse_posting_url
    from unghost.postings.watch import check_posting
    from unghost.store.repository import ApplicationRepository

    with ctx.transaction() as session:
        repo = ApplicationRepository(session)
        row = repo.get_row(ref)
        app = repo.get(str(row.id))
    url = parse_posting_url(url) or ""
    with posting_client(ctx) as client:
        check = check_posting(url, None, client=client, today=ctx.today)
    app.role = replace(app.role, posting_url=url)
    return _record(ctx, app, check)


def check_postings(
    ctx: Context, ref: str | None = None, progress: Callable[[int, int], None] | None = None
) -> list[CheckOutcome]:
    """Re-check the posting of one application, or of every open one that has a posting."""
    from unghost.postings.watch import check_posting

    targets = _targets(ctx, ref)
    outcomes = []
    with posting_client(ctx) as client:
        for n, (app, previous) in enumerate(targets, 1):
            url = app.role.posting_url or ""
            check = check_posting(url, previous, client=client, today=ctx.today)
            outcomes.append(_record(ctx, app, check))
            if progress is not None:
                progress(n, len(targets))
    return outcomes


def _targets(ctx: Context, ref: str | None) -> list[tuple[Application, PostingSnapshot | None]]:
    from unghost.store.postingchecks import PostingCheckRepository
    from unghost.store.repository import ApplicationRepository

    with ctx.transaction() as session:
        repo = ApplicationRepository(session)
        checks = PostingCheckRepository(session)
        if ref is not None:
            rows = [repo.get_row(ref)]
        else:
            closed = [s.value for s in Status if s.is_closed]
            rows = list(repo.get_rows(checks.list_watched_ids(closed)).values())
        out = []
        for row in rows:
            app = repo.get(str(row.id))
            if app.role.posting_url:
                out.append((app, _snapshot_of(checks.find_last(row.id), app)))
        return out


def _snapshot_of(row: Any, app: Application) -> PostingSnapshot | None:
    """The snapshot a stored look took (None without a look)."""
    from unghost.postings.model import PostingSnapshot, PostingSource, PostingState

    if row is None:
        return None
    return PostingSnapshot(
        url=row.url,
        state=PostingState(row.state),
        source=PostingSource(row.source) if row.source else None,
        fetched_at=row.checked_at.replace(tzinfo=UTC),
        http_status=row.http_status,
        title=row.title,
        company=row.company,
        location=row.location,
        date_posted=row.date_posted,
        valid_through=row.valid_through,
        employment_type=row.employment_type,
        description=app.role.description,  # kept on the application, not per look
        posting_id=row.posting_id,
        final_url=row.final_url,
        etag=row.etag,
        last_modified=row.last_modified,
        content_hash=row.content_hash,
    )


def _record(ctx: Context, app: Application, check: PostingCheck) -> CheckOutcome:
    """Store the look and bring the application's role up to date with what the posting says."""
    from unghost.store.mapping import naive_utc
    from unghost.store.models import PostingCheckRow
    from unghost.store.postingchecks import PostingCheckRepository
    from unghost.store.repository import ApplicationRepository

    snap = check.snapshot
    role = app.role
    updates: dict[str, Any] = {}
    if snap.title and not role.title:
        updates["title"] = snap.title
    if snap.date_posted and role.posted_on != snap.date_posted and not role.posted_on:
        updates["posted_on"] = snap.date_posted
    if snap.location and not role.location:
        updates["location"] = snap.location
    if snap.description:
        updates["description"] = snap.description
    if check.state.value == "closed" and check.confirmed and role.closed_on is None:
        updates["closed_on"] = ctx.today
    if check.state.value in ("open", "reposted") and role.closed_on is not None:
        updates["closed_on"] = None
    app.role = replace(role, **updates)
    checked_at = naive_utc(snap.fetched_at)
    with ctx.transaction() as session:
        repo = ApplicationRepository(session)
        checks = PostingCheckRepository(session)
        row = repo.get_row(str(app.id))  # the write lock: two looks at once take turns here
        look = PostingCheckRow(
            application_id=row.id,
            checked_at=checked_at,
            state=check.state.value,
            confirmed=check.confirmed,
            reason=check.reason,
            url=snap.url,
            final_url=snap.final_url,
            new_url=check.new_url,
            source=snap.source.value if snap.source else None,
            http_status=snap.http_status,
            title=snap.title,
            company=snap.company,
            location=snap.location,
            date_posted=snap.date_posted,
            valid_through=snap.valid_through,
            employment_type=snap.employment_type,
            posting_id=snap.posting_id,
            etag=snap.etag,
            last_modified=snap.last_modified,
            content_hash=snap.content_hash,
        )
        # the same look stored in that minute says nothing new (a look that finds the posting
        # changed differs in state or content, so it is always stored)
        if checks.has_look_in_minute(look):
            return CheckOutcome(ref=app.ref, check=check, repeated=True)
        repo.save(app, row)
        checks.add(look)
    return CheckOutcome(ref=app.ref, check=check)


@dataclass(frozen=True, slots=True)
class PostingLook:
    """One stored look at a posting, for the history and the diagnosis."""

    checked_at: datetime
    state: str
    confirmed: bool
    reason: str | None


def list_posting_history(ctx: Context, ref: str, app_id: int | None = None) -> list[PostingLook]:
    from unghost.store.postingchecks import PostingCheckRepository
    from unghost.store.repository import ApplicationRepository

    with ctx.transaction() as session:
        if app_id is None:
            app_id = ApplicationRepository(session).get_row(ref).id
        looks = PostingCheckRepository(session).list_for(app_id)
        return [
            PostingLook(r.checked_at.replace(tzinfo=UTC), r.state, r.confirmed, r.reason)
            for r in looks
        ]
