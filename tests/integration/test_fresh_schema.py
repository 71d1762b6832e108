"""A new SQLite workspace built from the schema snapshot is the one the migrations build."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

from unghost.store import freshschema
from unghost.store.engine import HEAD, current_revision, open_engine, upgrade

_CLOCK = re.compile(r"'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}'")  # the local owner's created_at


def _dump(path: Path) -> list[str]:
    """The statements in one order, the local owner's clock aside, a table's constraints in one
    order: the migrations themselves write a rebuilt table's foreign keys and indexes in a
    varying order (from one run of them to the next)."""
    out = []
    for statement in freshschema.dump_statements(path):
        lines = [line.rstrip(", ") for line in _CLOCK.sub("'(clock)'", statement).split("\n")]
        kept = [line for line in lines if not line.lstrip().startswith("CONSTRAINT ")]
        out.append("\n".join(kept + sorted(set(lines) - set(kept))))
    return sorted(out)


def test_the_snapshot_builds_what_the_migrations_build(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.db"
    engine = open_engine(str(migrated), migrate=False)
    upgrade(engine)
    engine.dispose()
    loaded = tmp_path / "loaded.db"
    engine = open_engine(str(loaded))
    assert current_revision(engine) == HEAD
    engine.dispose()
    assert _dump(loaded) == _dump(migrated), (
        "the schema snapshot is stale: run python -m unghost.store.freshschema"
    )
    with closing(sqlite3.connect(loaded)) as conn:
        stamped = conn.execute("SELECT created_at FROM users WHERE id = 1").fetchone()[0]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert stamped[:4] >= "2026"  # dated when the workspace was made, not when it was generated


def test_only_an_empty_database_of_the_snapshots_revision_is_built_from_it(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)")
        conn.commit()
    engine = open_engine(str(path), migrate=False)
    try:
        assert not freshschema.load_snapshot(engine, HEAD)  # has a table: migrated instead
        empty = open_engine(str(tmp_path / "empty.db"), migrate=False)
        assert not freshschema.load_snapshot(empty, "0099_not_yet_written")
        assert current_revision(empty) is None
        empty.dispose()
        upgrade(engine)
        assert current_revision(engine) == HEAD
    finally:
        engine.dispose()
    with closing(sqlite3.connect(path)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"notes", "applications"} <= tables
