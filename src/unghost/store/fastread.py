"""The stored read model read with the database's own driver (stdlib sqlite3, psycopg), for the
CLI's fast path (cli/fast.py): no SQLAlchemy, no ORM. Every reader answers None when the
stored rows are not current for today (or the schema is another, or the driver refuses), and
the caller takes the full path, which computes and stores them."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

# Every row current: none missing, none of another day or basis (the applications and their
# rows, counted with the owner's indexes), and no waiting row computed with another history.
_APPS_SQL = "SELECT COUNT(*) FROM applications WHERE owner_id = %s"
_CURRENT_SQL = (
    "SELECT COUNT(*) FROM readmodel_rows WHERE owner_id = %s AND as_of = %s AND basis = %s"
)
_HISTORY_SQL = "SELECT value FROM readmodel_meta WHERE owner_id = %s AND name = 'history'"
_WAITING_SQL = """
SELECT COUNT(*) FROM readmodel_rows
WHERE owner_id = %s AND state = 'waiting' AND history_key != %s
"""
# The agenda's days come as ISO text from either engine ({day} is the engine's conversion).
AGENDA_SQL = """
SELECT a.ref, c.name, a.title, r.agenda_kind, {on}, r.action_then, r.action_why_en,
       r.action_why_zh, r.overdue_business_days, {due}
FROM readmodel_rows r
JOIN applications a ON a.id = r.application_id
JOIN companies c ON c.id = a.company_id
WHERE a.owner_id = %s AND r.agenda_kind IS NOT NULL AND r.action_on <= %s AND a.archived = %s
"""
_DAY_TEXT = {True: "substr({}, 1, 10)", False: "to_char({}, 'YYYY-MM-DD')"}  # by Reader.sqlite
_TEXT_SQL = (
    "SELECT id, notes FROM applications WHERE owner_id = %s",
    "SELECT application_id, name, email, role FROM contacts WHERE owner_id = %s",
    "SELECT application_id, note FROM events WHERE owner_id = %s AND note IS NOT NULL",
)


class Reader:
    """One read-only snapshot of a workspace through the driver: `%s` parameters on both."""

    def __init__(self, conn: Any, sqlite: bool) -> None:
        self.conn = conn
        self.sqlite = sqlite

    def rows(self, sql: str, *values: Any, few: bool = False) -> list[Any]:
        """The rows of `sql`. `few`: a handful at most (a count, one application's children),
        read value by value in one round trip where the client library would otherwise ask
        for the columns' types first (store/libpq.py)."""
        if self.sqlite:
            sql = sql.replace("%s", "?")
            values = tuple(v.isoformat() if isinstance(v, date) else v for v in values)
            return list(self.conn.execute(sql, values).fetchall())
        if few and hasattr(self.conn, "execute_few"):
            return self.conn.execute_few(sql, values).fetchall()  # type: ignore[no-any-return]
        return list(self.conn.execute(sql, values).fetchall())

    def one(self, sql: str, *values: Any) -> Any:
        found = self.rows(sql, *values, few=True)
        return found[0] if found else None

    def current(self, owner_id: int, today: date, basis: str) -> bool:
        """Whether every one of the owner's rows answers for `today` under `basis`."""
        apps = self.one(_APPS_SQL, owner_id)[0]
        if self.one(_CURRENT_SQL, owner_id, today, basis)[0] != apps:
            return False
        value = self.history(owner_id)
        return value is not None and not self.one(_WAITING_SQL, owner_id, value["key"])[0]

    def history(self, owner_id: int) -> dict[str, Any] | None:
        """The reply history the read model keeps (its meta row), or None when there is none."""
        meta = self.one(_HISTORY_SQL, owner_id)
        if meta is None:
            return None
        return json.loads(meta[0]) if isinstance(meta[0], str | bytes) else meta[0]


def read(target: str, head: str, owner_id: int, work: Callable[[Reader], T | None]) -> T | None:
    """`work` of one snapshot of the workspace at `target` (a SQLite path or a PostgreSQL
    URL) whose schema is `head`; None when it does not apply (see the module)."""
    opener = _postgres if "://" in target else _sqlite
    try:
        with opener(target, owner_id) as reader:
            if reader is None:
                return None
            version = reader.one("SELECT version_num FROM alembic_version")
            if not version or version[0] != head:
                return None
            return work(reader)
    except _driver_errors(target):
        return None


def _driver_errors(target: str) -> tuple[type[BaseException], ...]:
    import sqlite3

    if "://" not in target:
        return (sqlite3.Error,)
    from unghost.store import libpq

    if libpq.available():
        return (libpq.Error,)
    import psycopg

    return (psycopg.Error,)


@contextmanager
def _sqlite(target: str, _owner_id: int) -> Iterator[Reader | None]:
    import sqlite3

    path = Path(target).expanduser()
    if target == ":memory:" or not path.is_file():
        yield None
        return
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5, isolation_level=None)
    try:
        conn.execute("BEGIN")  # one snapshot for the checks and the rows
        yield Reader(conn, sqlite=True)
    finally:
        conn.close()


@contextmanager
def _postgres(target: str, owner_id: int) -> Iterator[Reader | None]:
    scheme, sep, rest = target.partition("://")
    if scheme not in ("postgresql", "postgres", "postgresql+psycopg"):
        yield None  # another driver named in the URL: the full path knows it
        return
    from unghost.store import libpq

    url = f"postgresql{sep}{rest}"
    conn: Any
    if libpq.available():
        conn = libpq.Connection(url)
        conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")  # one snapshot
    else:
        import psycopg

        conn = psycopg.connect(url, connect_timeout=5)
        conn.read_only = True
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    try:
        # row-level security sees the transaction's user, as the store's sessions set it
        conn.execute("SELECT set_config('app.user_id', %s, true)", (str(owner_id),))
        yield Reader(conn, sqlite=False)
    finally:
        conn.close()


def agenda_rows(reader: Reader, owner_id: int, horizon: date) -> list[tuple[Any, ...]]:
    """The stored agenda's rows due by `horizon`, dates as ISO text."""
    day = _DAY_TEXT[reader.sqlite]
    sql = AGENDA_SQL.format(on=day.format("r.action_on"), due=day.format("r.due_now_on"))
    return reader.rows(sql, owner_id, horizon, False)


def search_texts(reader: Reader, owner_id: int) -> dict[int, str]:
    """What services/listing.search_texts reads: notes, contacts and the history's notes."""
    parts: dict[int, list[str]] = {}
    apps, contacts, events = _TEXT_SQL
    for id_, text in reader.rows(apps, owner_id):
        parts[id_] = [text] if text else []
    for id_, *values in reader.rows(contacts, owner_id):
        parts.setdefault(id_, []).extend(v for v in values if v)
    for id_, note in reader.rows(events, owner_id):
        parts.setdefault(id_, []).append(note or "")
    return {id_: " ".join(words).casefold() for id_, words in parts.items()}
