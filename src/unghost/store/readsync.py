"""Which applications a write transaction touched: the read model is refreshed for exactly
those before the transaction commits, whatever use case wrote (ORM flushes and Core DML)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import Insert, UpdateBase

from unghost.store.models import (
    ApplicationRow,
    CompanyRow,
    ContactCheckRow,
    ContactRow,
    EventRow,
    InterviewRow,
    MailMessageRow,
    MessageRow,
    PostingCheckRow,
)

# Tables an assessment reads, each with the column naming its application.
TRACKED = {
    "applications": "id",
    "contacts": "application_id",
    "interviews": "application_id",
    "messages": "application_id",
    "events": "application_id",
    "posting_checks": "application_id",
    "mail_messages": "application_id",
    "contact_checks": "application_id",
    "companies": None,  # shared by applications: a change touches every one of them
}
_CHILDREN = (ContactRow, InterviewRow, MessageRow, EventRow, PostingCheckRow, MailMessageRow,
             ContactCheckRow)  # fmt: skip
TOUCHED_KEY = "unghost_touched"


@dataclass
class Touched:
    """What one write transaction changed: application ids, companies, or (unknown) all."""

    ids: set[int] = field(default_factory=set)
    companies: set[int] = field(default_factory=set)
    everything: bool = False
    flushing: bool = False  # also set while a caller names its rows itself (`announced`)

    def __bool__(self) -> bool:
        return bool(self.ids or self.companies or self.everything)


def track(session: Session, before_commit: Callable[[Session], None]) -> Touched:
    """Start recording what `session` writes (call once its transaction has begun);
    `before_commit` runs before each commit, a use case's own batch commits included."""
    touched = Touched()
    session.info[TOUCHED_KEY] = touched
    watched: set[int] = set()

    def before_flush(*_: Any) -> None:
        touched.flushing = True

    def after_flush(s: Session, _context: Any) -> None:
        for obj in (*s.new, *s.dirty, *s.deleted):
            _collect(obj, touched)

    def after_flush_postexec(*_: Any) -> None:
        touched.flushing = False

    def before_execute(_conn: Any, clause: Any, multiparams: Any, params: Any, _o: Any) -> None:
        if touched.flushing:
            return  # the flush events name the rows
        if isinstance(clause, UpdateBase):
            _collect_dml(clause, multiparams, params, touched)
        elif isinstance(clause, str) or hasattr(clause, "text"):
            words = str(getattr(clause, "text", clause)).lower()
            if any(w in words for w in ("insert", "update", "delete")) and any(
                t in words for t in TRACKED
            ):
                touched.everything = True

    def watch(connection: Any) -> None:
        if id(connection) not in watched:
            watched.add(id(connection))
            event.listen(connection, "before_execute", before_execute)

    event.listen(session, "before_flush", before_flush)
    event.listen(session, "after_flush", after_flush)
    event.listen(session, "after_flush_postexec", after_flush_postexec)
    event.listen(session, "after_begin", lambda _s, _t, connection: watch(connection))
    event.listen(session, "before_commit", before_commit)
    watch(session.connection())
    return touched


@contextmanager
def announced(session: Session, table: str, rows: Sequence[dict[str, Any]]) -> Iterator[None]:
    """A driver-level statement writing `rows` into `table`: the rows name what it touched
    (as a Core statement's parameters would), so its SQL text is not read as touching all."""
    touched: Touched | None = session.info.get(TOUCHED_KEY)
    if touched is None:
        yield
        return
    if table in TRACKED:
        _collect_rows(table, rows, touched, inserted=True)
    was = touched.flushing
    touched.flushing = True
    try:
        yield
    finally:
        touched.flushing = was


def _collect(obj: Any, touched: Touched) -> None:
    if isinstance(obj, ApplicationRow):
        if obj.id is not None:
            touched.ids.add(obj.id)
    elif isinstance(obj, CompanyRow):
        if obj.id is not None:
            touched.companies.add(obj.id)
    elif isinstance(obj, _CHILDREN):
        if obj.application_id is not None:
            touched.ids.add(obj.application_id)
        # a row moved from one application to another changes both
        state: Any = inspect(obj)
        for old in state.attrs.application_id.history.deleted or ():
            if old is not None:
                touched.ids.add(old)


def _collect_dml(clause: UpdateBase, multiparams: Any, params: Any, touched: Touched) -> None:
    table = getattr(clause, "table", None)
    name = getattr(table, "name", None)
    if name not in TRACKED:
        return
    rows = [p for p in (multiparams or ()) if isinstance(p, dict)] or [params or {}]
    _collect_rows(name, rows, touched, inserted=isinstance(clause, Insert))


def _collect_rows(
    name: str, rows: Sequence[dict[str, Any]], touched: Touched, *, inserted: bool
) -> None:
    """What a statement's parameter rows on table `name` touched (for an INSERT: the rows)."""
    if inserted and name == "companies":
        return  # a new company has no application yet
    column = TRACKED[name]
    found = [r.get(column) for r in rows] if column else []
    named = all(column in r for r in rows) if column else False  # given as parameters
    if inserted and named and column != "id":
        found = [v for v in found if v is not None]  # a row of no application touches none
        if all(isinstance(v, int) for v in found):
            touched.ids.update(found)  # type: ignore[arg-type]  # all ints, checked above
            return
    if column and found and all(isinstance(v, int) for v in found):
        touched.ids.update(found)  # type: ignore[arg-type]  # all ints, checked above
    else:
        touched.everything = True  # ids only known to the database: refresh all
