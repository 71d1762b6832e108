"""The use cases in `unghost.services` write no SQL: their queries live in `unghost.store`.

Read from the source with `ast`: a run-time import of SQLAlchemy or of a database driver, a
statement run on a session or connection (`execute`, `scalar`, `scalars`, `query`, a cursor...)
or a row found, added or deleted on a session (`session.get(...)`, `session.add(...)`) is SQL
in a service. Imports under `if TYPE_CHECKING:` do not count: a `Session` in a signature is no
query. Transaction control stays with the services (`ctx.transaction()`, `begin_nested`,
`commit`, `rollback`, `flush`). Every services module is checked: none is let off (issue 18
moved the last ones' queries, the web's read paths, to store/changewatch.py,
store/readview_rows.py, store/evidence.py and store/repository.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import unghost.services

SERVICES = Path(unghost.services.__file__).parent

_DRIVERS = ("sqlalchemy", "sqlite3", "psycopg", "psycopg2")
_STATEMENTS = frozenset({"execute", "executemany", "executescript", "exec_driver_sql", "scalar",
                         "scalars", "query", "cursor"})  # fmt: skip
_ROW_CALLS = frozenset({"get", "add", "add_all", "delete", "merge"})


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _is_driver(module: str) -> bool:
    return any(module == d or module.startswith(f"{d}.") for d in _DRIVERS)


def _receiver_is_session(node: ast.expr) -> bool:
    name = node.id if isinstance(node, ast.Name) else getattr(node, "attr", "")
    return name == "session" or name.endswith("_session")


def sql_in(source: str) -> list[str]:
    """Where `source` writes SQL: one `line: what` per finding."""
    found: list[str] = []
    stack = list(ast.iter_child_nodes(ast.parse(source)))
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.ImportFrom) and node.module and _is_driver(node.module):
            names = ", ".join(a.name for a in node.names)
            found.append(f"{node.lineno}: from {node.module} import {names}")
        elif isinstance(node, ast.Import):
            found += [f"{node.lineno}: import {a.name}" for a in node.names if _is_driver(a.name)]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            attr = node.func.attr
            if attr in _STATEMENTS or (
                attr in _ROW_CALLS and _receiver_is_session(node.func.value)
            ):
                found.append(f"{node.lineno}: .{attr}(...)")
        stack.extend(ast.iter_child_nodes(node))
    return sorted(found, key=lambda f: int(f.split(":")[0]))


def test_the_finder_sees_sql_and_leaves_the_rest():
    sql = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from sqlalchemy.orm import Session\n"
        "def f(ctx):\n"
        "    from sqlalchemy import select\n"
        "    with ctx.transaction() as session:\n"
        "        session.execute(select(1))\n"
        "        row = session.get(Row, 1)\n"
        "        session.add(row)\n"
        "        n = session.scalar(q)\n"
        "        session.begin_nested()\n"
        "        settings.get('from')\n"
        "        known.add('key')\n"
        "def g():\n    import sqlite3\n    sqlite3.connect(':memory:').cursor()\n"
    )
    assert sql_in(sql) == [
        "5: from sqlalchemy import select", "7: .execute(...)", "8: .get(...)", "9: .add(...)",
        "10: .scalar(...)", "15: import sqlite3", "16: .cursor(...)",
    ]  # fmt: skip
    clean = (
        "def f(ctx):\n"
        "    from unghost.store.mailrows import find\n"
        "    with ctx.transaction() as session:\n"
        "        mail = find(session, 1)\n"
        "        repo.get(ref)\n"
        "        session.flush()\n"
    )
    assert sql_in(clean) == []


def test_services_write_no_sql():
    found = {
        path.name: sql_in(path.read_text(encoding="utf-8"))
        for path in sorted(SERVICES.glob("*.py"))
    }
    assert {name: where for name, where in found.items() if where} == {}
