"""A new SQLite workspace gets the head schema from a snapshot of what the migrations build,
instead of running them: the 17 revisions (tables rebuilt by batch operations, Alembic and
its imports) took about a third of a second of a first 10k import, on every new workspace.

The snapshot (`migrations/sqlite_head.json`) is the migrated empty database as SQL statements
(sqlite3's iterdump) with the revision it stands for. It is used only for that revision and
only on a database without a single table; any other database is migrated as before. A test
builds both and compares their dumps; after a new revision, regenerate it with
`python -m unghost.store.freshschema`."""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

SNAPSHOT = Path(__file__).parent / "migrations" / "sqlite_head.json"
LOCAL_OWNER_ID = 1  # its row is written by the migrations with their clock: see _stamp
_SKIPPED = ("BEGIN TRANSACTION;", "COMMIT;", "PRAGMA ")


def load_snapshot(engine: Engine, head: str) -> bool:
    """Build the schema of `head` into `engine`'s SQLite database when it has no table yet;
    True when it did (False: the caller migrates)."""
    if engine.dialect.name != "sqlite":
        return False
    snapshot = _read(head)
    if snapshot is None:
        return False
    with engine.connect() as conn:
        raw: Any = conn.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys=OFF")  # rows are written table by table, by name
        try:
            raw.execute("BEGIN IMMEDIATE")  # the write lock: a second opener waits, then migrates
            try:
                if raw.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                    raw.execute("ROLLBACK")
                    return False  # not empty: another process was first, or an old database
                for statement in snapshot:
                    raw.execute(statement)
                _stamp(raw)
                if raw.execute("PRAGMA foreign_key_check").fetchone():
                    raise RuntimeError("the schema snapshot has rows pointing at missing rows")
                raw.execute("COMMIT")
            except BaseException:
                if raw.in_transaction:
                    raw.execute("ROLLBACK")
                raise
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return True


def _read(head: str) -> list[str] | None:
    try:
        data = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # no snapshot: migrating works as ever
    if data.get("revision") != head:
        return None  # made for another revision: it would build another schema
    return list(data["statements"])


def _stamp(raw: Any) -> None:
    """The local owner's row is dated when its workspace was made, as the migration dates it."""
    now = datetime.now(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    raw.execute("UPDATE users SET created_at = ? WHERE id = ?", (now, LOCAL_OWNER_ID))


def dump_statements(path: Path) -> list[str]:
    """The statements that rebuild the SQLite database at `path`, schema and rows."""
    with closing(sqlite3.connect(path)) as conn:
        return [s for s in conn.iterdump() if not s.startswith(_SKIPPED)]


def write_snapshot() -> Path:
    """Migrate an empty database to head and keep it as the snapshot."""
    from unghost.store.engine import HEAD, upgrade
    from unghost.store.engine import open_engine as open_

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "head.db"
        engine = open_(str(path), migrate=False)
        try:
            upgrade(engine)
        finally:
            engine.dispose()
        statements = dump_statements(path)
    SNAPSHOT.write_text(
        json.dumps({"revision": HEAD, "statements": statements}, indent=0) + "\n",
        encoding="utf-8",
    )
    return SNAPSHOT


if __name__ == "__main__":
    print(write_snapshot(), file=sys.stderr)
