"""Ids in bulk: primary keys handed out before a bulk insert, so a batch is one executemany (no
RETURNING, which SQLite runs one row at a time) and the caller knows each new row's id; and ids
taken a chunk at a time into IN (...)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Table, delete, func, select, text
from sqlalchemy.orm import Session

IN_CHUNK = 500  # ids in one IN (...), well under SQLite's limit of bound parameters


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


def in_chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    """`ids` sorted, IN_CHUNK at a time."""
    ordered = sorted(ids)
    for start in range(0, len(ordered), IN_CHUNK):
        yield ordered[start : start + IN_CHUNK]


def delete_for_applications(session: Session, table: Any, ids: Iterable[int]) -> None:
    """Delete the rows of `table` whose `application_id` is one of `ids`."""
    for chunk in in_chunks(ids):
        session.connection().execute(delete(table).where(table.c.application_id.in_(chunk)))
