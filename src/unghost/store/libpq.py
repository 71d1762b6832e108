"""The few calls of PostgreSQL's client library the fast path needs (store/fastread.py), through
ctypes: importing psycopg costs more than the reads themselves (~0.1-0.2 s). Values come back
as text and are converted as psycopg converts them; when the library cannot be loaded, the
caller uses psycopg."""

from __future__ import annotations

import ctypes
import json
from datetime import date, datetime
from typing import Any

# The library's names on Linux and macOS, tried in order.
LIBRARIES = ("libpq.so.5", "libpq.so", "libpq.5.dylib", "libpq.dylib")
_OK = (1, 2)  # PGRES_COMMAND_OK, PGRES_TUPLES_OK
_CONNECTION_OK = 0
# Type ids (pg_type.oid) and how psycopg gives their text back.
_CONVERT: dict[int, Any] = {
    16: lambda v: v == "t",  # bool
    20: int, 21: int, 23: int, 26: int,  # int8, int2, int4, oid
    700: float, 701: float,  # float4, float8 (shortest exact text since PostgreSQL 12)
    114: json.loads, 3802: json.loads,  # json, jsonb
    1082: date.fromisoformat,  # date
    1114: datetime.fromisoformat,  # timestamp without time zone
}  # fmt: skip
_TEXT_TYPES = (25, 1043, 1042, 19)  # text, varchar, bpchar, name
# The same types inside json_build_array: numbers, booleans and JSON come back as themselves;
# a whole float8 is written as an integer (3), dates and timestamps as ISO text.
_FROM_JSON: dict[int, Any] = {
    700: float, 701: float, 1082: date.fromisoformat, 1114: datetime.fromisoformat,
}  # fmt: skip


class Error(Exception):
    """The server or the library refused."""


_LIB: list[Any] = []


def _library() -> Any:
    if not _LIB:
        for name in LIBRARIES:
            try:
                lib = ctypes.CDLL(name)
                break
            except OSError:
                continue
        else:
            _LIB.append(None)
            return None
        p, s, i = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
        for fn, res, args in (
            ("PQconnectdb", p, [s]), ("PQstatus", i, [p]), ("PQfinish", None, [p]),
            ("PQexecParams", p, [p, s, i, p, ctypes.POINTER(s), p, p, i]),
            ("PQresultStatus", i, [p]), ("PQclear", None, [p]), ("PQntuples", i, [p]),
            ("PQnfields", i, [p]), ("PQftype", ctypes.c_uint, [p, i]),
            ("PQgetvalue", s, [p, i, i]),
            ("PQgetisnull", i, [p, i, i]), ("PQerrorMessage", s, [p]),
            ("PQresultErrorMessage", s, [p]),
        ):  # fmt: skip
            f = getattr(lib, fn)
            f.restype, f.argtypes = res, args
        _LIB.append(lib)
    return _LIB[0]


def available() -> bool:
    return _library() is not None


class Connection:
    """One connection; `execute(sql, params)` with `%s` placeholders, like psycopg's."""

    def __init__(self, url: str) -> None:
        self.lib = _library()
        if self.lib is None:
            raise Error("libpq is not installed")
        self.conn = self.lib.PQconnectdb(url.encode())
        if self.lib.PQstatus(self.conn) != _CONNECTION_OK:
            message = (self.lib.PQerrorMessage(self.conn) or b"").decode(errors="replace")
            self.close()
            raise Error(message.strip())

    def close(self) -> None:
        if self.conn:
            self.lib.PQfinish(self.conn)
            self.conn = None

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> _Result:
        """The rows of `sql`. A query's rows come back as one JSON text (the columns' types
        read first), converted per column: one call into the library, not one per value."""
        if not sql.lstrip().upper().startswith("SELECT"):
            return self._run(sql, params)
        shape = self._run(f"SELECT * FROM ({sql}) AS q LIMIT 0", params, types_only=True)
        names = ", ".join(f"c{i}" for i in range(len(shape.types)))
        values = ", ".join(f"q.c{i}" for i in range(len(shape.types)))
        blob = self._run(
            f"SELECT json_agg(json_build_array({values})) FROM ({sql}) AS q({names})", params
        ).rows[0][0]
        # only the columns JSON does not give back as themselves are converted, per column
        todo = [(i, c) for i, c in enumerate(_FROM_JSON.get(oid) for oid in shape.types) if c]
        rows = blob or ()
        for col, convert in todo:
            for row in rows:
                value = row[col]
                if value is not None:
                    row[col] = convert(value)
        return _Result([tuple(row) for row in rows])

    def execute_few(self, sql: str, params: tuple[Any, ...] = ()) -> _Result:
        """The rows of `sql`, each value read from the result in one round trip: for a query
        of a few rows, where execute's second round trip (the types first) costs more than
        the calls into the library."""
        return self._run(sql, params)

    def _run(self, sql: str, params: tuple[Any, ...], *, types_only: bool = False) -> _Result:
        text = sql
        for n in range(len(params)):
            text = text.replace("%s", f"${n + 1}", 1)
        values = (ctypes.c_char_p * max(len(params), 1))(*(_param(v) for v in params))
        res = self.lib.PQexecParams(self.conn, text.encode(), len(params), None, values, None,
                                    None, 0)  # fmt: skip
        if not res:
            raise Error((self.lib.PQerrorMessage(self.conn) or b"").decode(errors="replace"))
        try:
            if self.lib.PQresultStatus(res) not in _OK:
                message = self.lib.PQresultErrorMessage(res) or b""
                raise Error(message.decode(errors="replace").strip())
            if types_only:
                width = self.lib.PQnfields(res)
                types = [self.lib.PQftype(res, col) for col in range(width)]
                if any(oid not in _CONVERT and oid not in _TEXT_TYPES for oid in types):
                    raise Error(f"no conversion for the types {types}")
                return _Result([], types)
            return _Result(self._rows(res))
        finally:
            self.lib.PQclear(res)

    def _rows(self, res: Any) -> list[tuple[Any, ...]]:
        lib = self.lib
        width = lib.PQnfields(res)
        converters = []
        for col in range(width):
            oid = lib.PQftype(res, col)
            if oid not in _CONVERT and oid not in _TEXT_TYPES:
                raise Error(f"no conversion for the type {oid}")
            converters.append(_CONVERT.get(oid))
        value_at, is_null = lib.PQgetvalue, lib.PQgetisnull
        rows = []
        for r in range(lib.PQntuples(res)):
            row: list[Any] = []
            for col, convert in enumerate(converters):
                raw = value_at(res, r, col)  # text: NUL-terminated, "" for NULL too
                if not raw and is_null(res, r, col):
                    row.append(None)
                    continue
                value = raw.decode()
                row.append(value if convert is None else convert(value))
            rows.append(tuple(row))
        return rows


class _Result:
    def __init__(self, rows: list[tuple[Any, ...]], types: list[int] | None = None) -> None:
        self.rows = rows
        self.types = types or []

    def fetchall(self) -> list[tuple[Any, ...]]:
        return self.rows


def _param(value: Any) -> bytes | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return b"true" if value else b"false"
    if isinstance(value, date):
        return value.isoformat().encode()
    return str(value).encode()
