"""Primary keys handed out before a bulk insert, so a batch is one executemany (no RETURNING,
which SQLite runs one row at a time) and the caller knows each new row's id."""

from __future__ import annotations

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session


def reserve_ids(session: Session, table: Table, count: int) -> list[int]:
    """`count` fresh ids for `table`'s integer primary key `id`.

    PostgreSQL: taken from the column's sequence (safe beside concurrent writers). SQLite: the
    ids after the largest one; the caller's transaction holds the write lock (BEGIN IMMEDIATE),
    so nobody else inserts before it does."""
    if count <= 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(
            text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                 "FROM generate_series(1, :count)"),
            {"table": table.name, "count": count},
        )  # fmt: skip
        return sorted(int(r[0]) for r in rows)
    top = session.execute(select(func.max(table.c.id))).scalar() or 0
    return list(range(top + 1, top + 1 + count))
