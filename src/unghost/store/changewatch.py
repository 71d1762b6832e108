"""The web's cheap change watch: on a SQLite file one kept read-only connection whose
`PRAGMA data_version` moves with every other connection's commit (web/state.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine


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
