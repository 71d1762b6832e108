"""The web's cheap data fingerprints: on a SQLite file one kept read-only connection whose
`PRAGMA data_version` moves with every other connection's commit; elsewhere one query of the
tables' counts and last ids (services/web_queries.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session


class ChangeWatch:
    """One kept read-only SQLite connection: its `PRAGMA data_version` changes whenever any
    other connection (this app's pool, the CLI, the worker) commits. A cheap data fingerprint."""

    def __init__(self, path: str) -> None:
        import sqlite3
        import threading
        from pathlib import Path

        uri = Path(path).resolve().as_uri() + "?mode=ro"
        self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False,
                                     isolation_level=None)  # fmt: skip
        self._lock = threading.Lock()

    def version(self) -> int:
        with self._lock:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def open_change_watch(engine: Engine) -> ChangeWatch | None:
    """A ChangeWatch on the engine's SQLite file; None on PostgreSQL or an in-memory database."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    return ChangeWatch(database)


_COUNTS_SQL = (
    "SELECT (SELECT COUNT(*) FROM applications), (SELECT MAX(updated_at) FROM applications),"
    " (SELECT COUNT(*) FROM mail_messages), (SELECT MAX(id) FROM mail_messages),"
    " (SELECT COUNT(*) FROM posting_checks), (SELECT MAX(id) FROM posting_checks),"
    " (SELECT COUNT(*) FROM contact_checks), (SELECT MAX(id) FROM contact_checks),"
    " (SELECT COUNT(*) FROM proposals WHERE state = 'pending')"
)


def read_counts(session: Session) -> tuple[Any, ...]:
    """The counts and last ids (or times) of the tables a page shows: they move with any write."""
    from sqlalchemy import text

    return tuple(session.execute(text(_COUNTS_SQL)).one())
