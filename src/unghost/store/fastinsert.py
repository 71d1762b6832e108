"""Many rows into one table, below the ORM: the values go through the same SQLAlchemy bind
processors as a Core INSERT (the stored text is identical), without the per-row statement
bookkeeping that costs more than the insert itself on a 10k-row import.

SQLite (and any other driver) takes the rows with the driver's executemany (a loop in C, no round trips). PostgreSQL
takes them as multi-row INSERTs: psycopg's executemany sends one statement per row, and its
per-row work (about 6 s of a 10k import, profiled) dwarfed the server's."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Table, insert
from sqlalchemy.orm import Session

from unghost.store import readsync

_MARKERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}
# PostgreSQL's protocol numbers a statement's parameters with 16 bits
_MAX_PARAMETERS = 65_535
_MAX_ROWS = 1_000  # rows per statement: past a few hundred, bigger statements gain nothing


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
    values = _converted(table, columns, rows, dialect)
    quote = dialect.identifier_preparer.quote
    head = f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) VALUES "
    with readsync.announced(session, table.name, rows):
        if dialect.name == "postgresql" and dialect.driver == "psycopg":
            _insert_postgresql(connection, head, len(columns), values)
        else:
            connection.exec_driver_sql(
                head + "(" + ", ".join([marker] * len(columns)) + ")", values
            )


def _insert_postgresql(
    connection: Any, head: str, width: int, values: list[tuple[Any, ...]]
) -> None:
    """Multi-row INSERTs with PostgreSQL's own $n placeholders on a raw cursor, in the
    transaction SQLAlchemy began: psycopg's %s placeholders are found by a Python tokenizer
    that took longer over a 10,000-parameter statement than the server took to run it."""
    from psycopg import RawCursor

    per_statement = max(1, min(_MAX_ROWS, _MAX_PARAMETERS // width))
    texts: dict[int, str] = {}
    with RawCursor(connection.connection.dbapi_connection) as cursor:
        for start in range(0, len(values), per_statement):
            chunk = values[start : start + per_statement]
            sql = texts.get(len(chunk))
            if sql is None:
                sql = texts[len(chunk)] = head + ", ".join(
                    "(" + ", ".join(f"${n * width + k}" for k in range(1, width + 1)) + ")"
                    for n in range(len(chunk))
                )
            cursor.execute(sql, tuple(chain.from_iterable(chunk)))


def _converted(
    table: Table, columns: list[str], rows: Sequence[dict[str, Any]], dialect: Any
) -> list[tuple[Any, ...]]:
    """The rows as tuples in `columns` order, each value through its column's bind processor
    (a column at a time: the loops run in C, only the processors in Python)."""
    if len(columns) == 1:
        (name,) = columns
        fn = _processor(table, name, dialect)
        cells = [row[name] for row in rows]
        return [(v,) for v in (cells if fn is None else map(fn, cells))]
    by_column: list[Any] = list(zip(*map(itemgetter(*columns), rows), strict=True))
    for n, name in enumerate(columns):
        fn = _processor(table, name, dialect)
        if fn is not None:
            if isinstance(table.c[name].type, JSON):
                fn = _empties_once(fn)
            by_column[n] = list(map(fn, by_column[n]))
    return list(zip(*by_column, strict=True))


def _empties_once(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A JSON column's processor that serialises an empty object or list once: most rows'
    unknown fields, interviewers and tags are empty (75,000 json.dumps calls of a 10k import)."""
    empty_object, empty_list = fn({}), fn([])

    def process(value: Any) -> Any:
        if not value and type(value) in (dict, list):
            return empty_object if type(value) is dict else empty_list
        return fn(value)

    return process


def _processor(table: Table, name: str, dialect: Any) -> Callable[[Any], Any] | None:
    column = table.c[name]
    return column.type.dialect_impl(dialect).bind_processor(dialect)
