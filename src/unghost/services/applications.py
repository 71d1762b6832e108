"""Use cases of the tracker: add, list, show, edit, log, remove, and the pipeline overview."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from unghost.bootstrap import Context
from unghost.domain.links import parse_posting_url
from unghost.domain.merge import dedupe_documents
from unghost.domain.records import (
    Application,
    Candidate,
    Company,
    Contact,
    Document,
    Event,
    EventKind,
    Interview,
    Message,
    Role,
    Status,
)
from unghost.domain.refs import is_valid_ref, make_ref, slugify
from unghost.domain.stages import change_status, initial_history
from unghost.errors import ConflictError, InvalidInputError
from unghost.store.readmodel import Summary

EDITABLE = {
    "ref": "ref", "status": "status", "applied_on": "applied_on", "notes": "notes",
    "company": "company.name", "domain": "company.domain", "country": "company.country",
    "subdivision": "company.subdivision", "industry": "company.industry",
    "fiscal_year_end_month": "company.fiscal_year_end_month",
    "funding_pending": "company.funding_pending", "hiring_freeze": "company.hiring_freeze",
    "title": "role.title", "url": "role.posting_url", "posted_on": "role.posted_on",
    "closed_on": "role.closed_on", "new_position": "role.new_position",
    "location": "role.location", "description": "role.description",
    "email": "candidate.email", "phone": "candidate.phone",
    "tags": "tags", "rating": "rating", "archived": "archived", "salary": "role.salary",
    "work_mode": "role.work_mode",
}  # fmt: skip
TAG_CHANGES = ("add_tags", "remove_tags")  # edits relative to the stored tags


def _repository(session: Any) -> Any:
    from unghost.store.repository import ApplicationRepository

    return ApplicationRepository(session)


def add_application(ctx: Context, app: Application) -> Application:
    if not app.company.name.strip() or not app.role.title.strip():
        raise InvalidInputError("an application needs a company and a job title")
    app.role = replace(app.role, posting_url=parse_posting_url(app.role.posting_url))
    for key, value in (("company", app.company.name), ("title", app.role.title),
                       ("url", app.role.posting_url), ("email", app.candidate.email),
                       ("phone", app.candidate.phone), ("ref", app.ref)):  # fmt: skip
        _checked(key, value)
    with ctx.transaction() as session:
        repo = _repository(session)
        if app.ref:
            if not is_valid_ref(app.ref):
                raise InvalidInputError(
                    f"{app.ref!r} cannot be a reference: use letters, digits and dashes, not only "
                    f"digits (for example {slugify(app.ref) or 'acme-analyst'!r})"
                )
            if repo.ref_taken(app.ref):
                raise ConflictError(f"the reference {app.ref!r} is already used",
                                    hint="choose another with --ref")  # fmt: skip
        else:
            app.ref = make_ref(app.company.name, app.role.title, repo.ref_taken)
        if app.status is Status.SAVED and app.applied_on:
            app.status = Status.APPLIED
        app.events = initial_history(app, ctx.today)
        row = repo.save(app)
        app.id = row.id
    return app


def list_applications(ctx: Context, status: Status | None = None) -> list[Summary]:
    fast = _read_sqlite_summaries(ctx, status)
    if fast is not None:
        return fast
    with ctx.transaction() as session:
        return _repository(session).list_summaries(status)


def summaries_of(ctx: Context, ids: Collection[int] | None) -> dict[int, Summary]:
    """The summaries of `ids` (None: every application), by id (the web's kept tables)."""
    if ids is None:
        return {s.id: s for s in list_applications(ctx)}
    with ctx.reading() as session:
        return {s.id: s for s in _repository(session).list_summaries(ids=ids)}


def _read_sqlite_summaries(ctx: Context, status: Status | None) -> list[Summary] | None:
    from pathlib import Path

    from unghost.store.readmodel import read_summaries_sqlite

    target = ctx.settings.db
    if ctx.has_engine or "://" in target:
        return None
    from unghost.store.engine import HEAD

    return read_summaries_sqlite(Path(target).expanduser(), HEAD, status, ctx.owner_id)


def get_application(ctx: Context, ref: str) -> Application:
    with ctx.reading() as session:
        return _repository(session).get(ref)


def edit_application(
    ctx: Context,
    ref: str,
    changes: dict[str, Any],
    *,
    documents: Sequence[Document] = (),
    contacts: Sequence[Contact] = (),
    expected_version: int | None = None,
) -> Application:
    """Apply field changes (keys of EDITABLE), attach documents and contacts; a status change
    is recorded in the history. With `expected_version` (the version the user's form or
    client read), an application saved meanwhile is a ConflictError, not overwritten."""
    with ctx.transaction() as session:
        repo = _repository(session)
        row = repo.get_row(ref)
        repo.check_version(row, expected_version)
        app = repo.get(str(row.id))
        app.documents = dedupe_documents([*app.documents, *documents])
        for contact in contacts:
            same = [k for k in app.contacts if contact.email and k.email
                    and k.email.casefold() == contact.email.casefold()]  # fmt: skip
            if same:
                index = app.contacts.index(same[0])
                app.contacts[index] = merge_contact(same[0], contact)
            else:
                app.contacts.append(contact)
        for key, value in changes.items():
            if key in TAG_CHANGES:
                app.tags = _changed_tags(app.tags, key, value)
                continue
            if key not in EDITABLE:
                raise InvalidInputError(f"{key!r} cannot be edited")
            if key == "status":
                change_status(app, Status(value), ctx.today)
                continue
            if key == "ref":
                if not is_valid_ref(str(value)):
                    raise InvalidInputError(f"{value!r} cannot be a reference")
                if value != app.ref and repo.ref_taken(str(value)):
                    raise ConflictError(f"the reference {value!r} is already used")
            if key == "url":
                value = parse_posting_url(value)
            _set_path(app, EDITABLE[key], _checked(key, value))
        if not app.company.name or not app.role.title:
            raise InvalidInputError("an application needs a company and a job title")
        repo.save(app, row, expected_version=expected_version)
        return app


def _changed_tags(tags: list[str], key: str, value: Any) -> list[str]:
    from unghost.domain.listing import normal_tags, without_tags

    values = [value] if isinstance(value, str) else list(value or [])
    try:
        if key == "add_tags":
            return normal_tags([*tags, *values])
        return without_tags(tags, values)
    except ValueError as exc:
        raise InvalidInputError(f"tags: {exc}") from None


def _checked(key: str, value: Any) -> Any:
    """The limits the forms, the CLI and the imports share, enforced where every edit passes."""
    from unghost.domain.listing import normal_tags
    from unghost.domain.records import RATING_RANGE, Salary

    if key == "tags":
        try:
            return normal_tags([value] if isinstance(value, str) else list(value or []))
        except ValueError as exc:
            raise InvalidInputError(f"tags: {exc}") from None
    from unghost.interchange.fields import TEXT_LIMITS

    if key in TEXT_LIMITS and isinstance(value, str) and len(value) > TEXT_LIMITS[key]:
        raise InvalidInputError(
            f"{key}: {len(value)} characters is too long (at most {TEXT_LIMITS[key]})"
        )
    if key == "rating" and value is not None:
        low, high = RATING_RANGE
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise InvalidInputError(f"rating: {value!r} is not a whole number from {low} to {high}")
    if key == "archived":
        return bool(value)
    if key == "salary" and isinstance(value, Salary) and value.is_empty and not value.currency:
        return None
    return value


def merge_contact(stored: Contact, incoming: Contact) -> Contact:
    return Contact(
        name=incoming.name or stored.name,
        email=incoming.email or stored.email,
        phone=incoming.phone or stored.phone,
        role=incoming.role or stored.role,
    )


def _set_path(app: Application, path: str, value: Any) -> None:
    head, _, name = path.partition(".")
    if not name:
        setattr(app, head, value)
        return
    part = getattr(app, head)
    setattr(app, head, replace(part, **{name: value}))


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One thing that happened: exactly one of these is set."""

    interview: Interview | None = None
    message: Message | None = None
    status: Status | None = None
    note: str | None = None
    on: date | None = None


def log_event(ctx: Context, ref: str, entry: LogEntry) -> Application:
    with ctx.transaction() as session:
        repo = _repository(session)
        row = repo.get_row(ref)
        app = repo.get(str(row.id))
        on = entry.on or ctx.today
        if entry.interview is not None:
            app.interviews.append(entry.interview)
            app.interviews.sort(key=lambda i: i.at)
            if app.status.rank < Status.INTERVIEWING.rank:
                change_status(app, Status.INTERVIEWING, entry.interview.at.date())
        if entry.message is not None:
            if entry.message.message_id and any(
                m.message_id == entry.message.message_id for m in app.messages
            ):
                raise ConflictError(f"message {entry.message.message_id} is already recorded")
            app.messages.append(entry.message)
            app.messages.sort(key=lambda m: m.at)
        if entry.status is not None:
            change_status(app, entry.status, on, entry.note)
        elif entry.note:
            app.events.append(Event(on=on, kind=EventKind.NOTE, note=entry.note))
            app.events.sort(key=lambda e: e.on)
        repo.save(app, row)
        return app


def remove_application(ctx: Context, ref: str) -> Application:
    with ctx.transaction() as session:
        repo = _repository(session)
        row = repo.get_row(ref)
        app = repo.get(str(row.id))
        repo.delete(row)
        return app


@dataclass(frozen=True, slots=True)
class Overview:
    by_status: dict[str, int]
    total: int
    upcoming_interviews: list[tuple[str, str, str]]  # (ref, company, ISO time)
    silent: list[tuple[Summary, int]]  # open applications and their days without news


def overview(ctx: Context) -> Overview:
    """The pipeline at a glance: counts per stage, interviews ahead, the longest silences."""
    from unghost.store.application_parts import list_upcoming_interviews
    from unghost.store.mapping import join_aware

    with ctx.transaction() as session:
        summaries = _repository(session).list_summaries()
        upcoming = list_upcoming_interviews(session, ctx.today, limit=20)
    counts = Counter(s.status.value for s in summaries)
    silent = [
        (s, (ctx.today - s.last_activity).days)
        for s in summaries
        if not s.status.is_closed and s.status is not Status.SAVED and s.last_activity
    ]
    silent.sort(key=lambda pair: -pair[1])
    return Overview(
        by_status={s.value: counts.get(s.value, 0) for s in Status},
        total=len(summaries),
        upcoming_interviews=[(r, c, join_aware(at, off).isoformat()) for r, c, at, off in upcoming],
        silent=silent[:10],
    )


def new_application(
    company: str,
    title: str,
    *,
    ref: str = "",
    status: Status | None = None,
    applied_on: date | None = None,
    url: str | None = None,
    country: str | None = None,
    email: str | None = None,
    phone: str | None = None,
) -> Application:
    return Application(
        ref=ref,
        company=Company(name=company.strip(), country=country.upper() if country else None),
        role=Role(title=title.strip(), posting_url=url),
        status=status or (Status.APPLIED if applied_on else Status.SAVED),
        applied_on=applied_on,
        candidate=Candidate(email=email, phone=phone),
    )
