"""Many rows into one table with the driver's executemany: the values go through the same
SQLAlchemy bind processors as a Core INSERT (the stored text is identical), without the
per-row statement bookkeeping that costs more than the insert itself on a 10k-row import."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from unghost.store import readsync

_MARKERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT `rows` (dicts with the same keys, primary keys included) into `table`.

    The write is announced to the read model (store/readsync.py) by the rows' application ids,
    as a Core INSERT would be."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    columns = list(rows[0])
    marker = _MARKERS.get(dialect.paramstyle)
    if marker is None or any(len(row) != len(columns) for row in rows):
        session.execute(insert(table), list(rows))  # an unusual driver or ragged rows
        return
    convert = [_processor(table, name, dialect) for name in columns]
    values = [
        tuple(
            value if fn is None else fn(value)
            for fn, value in zip(convert, row.values(), strict=True)
        )
        for row in rows
    ]
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join([marker] * len(columns))})"
    )
    with readsync.announced(session, table.name, rows):
        connection.exec_driver_sql(sql, values)


def _processor(table: Table, name: str, dialect: Any) -> Callable[[Any], Any] | None:
    column = table.c[name]
    return column.type.dialect_impl(dialect).bind_processor(dialect)
