"""The pipeline summary as one SQL query; on SQLite read with the stdlib driver so `unghost list`
does not pay for importing SQLAlchemy (a third of a second) on every run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from unghost.domain.records import Status
from unghost.store import LOCAL_OWNER_ID

T = TypeVar("T")

SUMMARY_SQL = """
SELECT a.id, a.ref, c.name, a.title, a.status, a.applied_on, c.country,
       e.last_on, m.last_at, i.last_at, a.tags, a.rating, a.archived
FROM applications a
JOIN companies c ON c.id = a.company_id
LEFT JOIN (SELECT application_id, MAX("on") AS last_on FROM events GROUP BY application_id) e
       ON e.application_id = a.id
LEFT JOIN (SELECT application_id, MAX(at_utc) AS last_at FROM messages GROUP BY application_id) m
       ON m.application_id = a.id
LEFT JOIN (SELECT application_id, MAX(at_utc) AS last_at FROM interviews GROUP BY application_id) i
       ON i.application_id = a.id
"""


SUMMARY_OF_SQL = """
SELECT a.id, a.ref, c.name, a.title, a.status, a.applied_on, c.country,
       (SELECT MAX("on") FROM events WHERE application_id = a.id),
       (SELECT MAX(at_utc) FROM messages WHERE application_id = a.id),
       (SELECT MAX(at_utc) FROM interviews WHERE application_id = a.id),
       a.tags, a.rating, a.archived
FROM applications a
JOIN companies c ON c.id = a.company_id
"""


@dataclass(frozen=True, slots=True)
class Summary:
    """One line of `unghost list`: enough to scan a pipeline without loading every record."""

    id: int
    ref: str
    company: str
    title: str
    status: Status
    applied_on: date | None
    last_activity: date | None
    country: str | None
    tags: tuple[str, ...] = ()
    rating: int | None = None
    archived: bool = False


def summary_query(
    status: Status | None, owner_id: int = LOCAL_OWNER_ID, ids: list[int] | None = None
) -> tuple[str, dict[str, Any]]:
    """The summaries of one owner (raw SQL is not scoped by the session: it says whose);
    with `ids`, of those applications only (at most IN_CHUNK of them)."""
    where = " WHERE a.owner_id = :owner_id" + (" AND a.status = :status" if status else "")
    params: dict[str, Any] = {"owner_id": owner_id}
    if status is not None:
        params["status"] = status.value
    if ids is not None:  # a few applications: each one's last dates looked up, not grouped
        listed = ", ".join(str(int(i)) for i in ids) or "NULL"
        return SUMMARY_OF_SQL + where + f" AND a.id IN ({listed}) ORDER BY a.id", params
    return SUMMARY_SQL + where + " ORDER BY a.id", params


def to_summary(row: Any) -> Summary:
    days = [_day(row[5]), _day(row[7]), _day(row[8]), _day(row[9])]
    known = [d for d in days if d is not None]
    return Summary(
        id=row[0], ref=row[1], company=row[2], title=row[3], status=Status(row[4]),
        applied_on=days[0], last_activity=max(known) if known else None, country=row[6],
        tags=_tags(row[10]), rating=row[11], archived=bool(row[12]),
    )  # fmt: skip


def _tags(value: Any) -> tuple[str, ...]:
    """The tags column: a list (PostgreSQL's JSONB) or its JSON text (the stdlib SQLite driver)."""
    if not value:
        return ()
    if isinstance(value, str):
        import json

        value = json.loads(value)
    return tuple(str(t) for t in value)


def _day(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value if type(value) is date else value.date()  # type: ignore[attr-defined]
    return date.fromisoformat(str(value)[:10])


def read_summaries_sqlite(
    path: Path, head: str, status: Status | None, owner_id: int = LOCAL_OWNER_ID
) -> list[Summary] | None:
    """Summaries straight from a SQLite file at schema `head`; None when the fast path does not
    apply (no file yet, another schema version) and the ORM path must run."""

    def read(conn: Any) -> list[Summary]:
        sql, params = summary_query(status, owner_id)
        return [to_summary(row) for row in conn.execute(sql, params)]

    return _read_at_head(path, head, read)


def _read_at_head(path: Path, head: str, read: Callable[[Any], T | None]) -> T | None:
    """`read` of a read-only stdlib connection to the SQLite file at schema `head`, in one
    snapshot; None when there is no such file, the schema is another, or SQLite refuses."""
    import sqlite3

    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return None
    try:
        conn.execute("BEGIN")  # one snapshot for the checks and the rows
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if not version or version[0] != head:
            return None
        return read(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


# The stored agenda (services/readmodel.py keeps it), read only when every row is current.
_STALE_SQL = """
SELECT COUNT(*) FROM applications a LEFT JOIN readmodel_rows r ON r.application_id = a.id
WHERE a.owner_id = ? AND (r.application_id IS NULL OR r.as_of != ? OR r.basis != ?)
"""
_HISTORY_SQL = "SELECT value FROM readmodel_meta WHERE owner_id = ? AND name = 'history'"
_WAITING_SQL = """
SELECT COUNT(*) FROM readmodel_rows
WHERE owner_id = ? AND state = 'waiting' AND history_key != ?
"""
AGENDA_SQLITE = """
SELECT a.ref, c.name, a.title, r.agenda_kind, r.action_on, r.action_then, r.action_why_en,
       r.action_why_zh, r.overdue_business_days, r.due_now_on
FROM readmodel_rows r
JOIN applications a ON a.id = r.application_id
JOIN companies c ON c.id = a.company_id
WHERE a.owner_id = ? AND r.agenda_kind IS NOT NULL AND r.action_on <= ? AND a.archived = 0
"""


def read_agenda_sqlite(
    path: Path,
    head: str,
    today: date,
    basis: str,
    horizon: date,
    owner_id: int = LOCAL_OWNER_ID,
) -> list[tuple[Any, ...]] | None:
    """The stored agenda's rows straight from a SQLite file; None when a row is not current
    for `today` and `basis` (or the schema is another), so the service computes them."""
    import json

    def read(conn: Any) -> list[tuple[Any, ...]] | None:
        if conn.execute(_STALE_SQL, (owner_id, today.isoformat(), basis)).fetchone()[0]:
            return None
        meta = conn.execute(_HISTORY_SQL, (owner_id,)).fetchone()
        if meta is None:
            return None
        if conn.execute(_WAITING_SQL, (owner_id, json.loads(meta[0])["key"])).fetchone()[0]:
            return None
        return list(conn.execute(AGENDA_SQLITE, (owner_id, horizon.isoformat())).fetchall())

    return _read_at_head(path, head, read)
