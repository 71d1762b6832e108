"""The agenda's and the list's rows read from the stored read model (store/readmodel_tables.py)
for services/readviews.py: one indexed query over the rows current for today, run with the
driver's own parameter style and no ORM value processing (it costs more than the query here)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_AGENDA_SQL = """
SELECT a.id, a.ref, c.name, a.title, r.agenda_kind, r.action_on, r.action_kind, r.action_then,
       r.action_why_en, r.action_why_zh, r.overdue_business_days, r.due_now_on
FROM readmodel_rows r
JOIN applications a ON a.id = r.application_id
JOIN companies c ON c.id = a.company_id
WHERE r.agenda_kind IS NOT NULL AND r.action_on <= %s AND a.archived = %s
"""
_FACTS_SQL = """
SELECT a.id, a.ref, r.state, r.p_hear_back, r.silence_business_days, r.silent_since, r.action_kind,
       r.action_on, r.action_then, r.action_why_en, r.action_why_zh
FROM readmodel_rows r JOIN applications a ON a.id = r.application_id
"""


def _only(sql: str, ids: Collection[int] | None) -> list[str]:
    """`sql` for every row (None), or once per chunk of `ids` (ints, written in the text)."""
    from unghost.store.ids import in_chunks

    if ids is None:
        return [sql]
    joiner = " AND " if "WHERE" in sql else " WHERE "
    return [sql.rstrip() + joiner + "a.id IN (" + ", ".join(str(int(i)) for i in chunk) + ")"
            for chunk in in_chunks(ids)]  # fmt: skip


def _rows(session: Session, sql: str, *values: Any) -> list[Any]:
    """Plain driver rows of `sql` (written with %s) on the session's connection."""
    conn = session.connection()
    style = conn.dialect.paramstyle  # qmark on SQLite, pyformat / format on PostgreSQL
    text = sql.replace("%s", "?") if style == "qmark" else sql
    return list(conn.exec_driver_sql(text, tuple(values)).fetchall())


def list_agenda_rows(
    session: Session, horizon: date, ids: Collection[int] | None = None
) -> list[Any]:
    """(id, ref, company, role, agenda kind, on, action kind, then, why en, why zh, overdue
    business days, due now on) of the unarchived applications of `ids` (None: all) whose
    agenda action falls on or before `horizon`."""
    found: list[Any] = []
    for sql in _only(_AGENDA_SQL, ids):
        sqlite = session.connection().dialect.name == "sqlite"
        found.extend(_rows(session, sql, horizon.isoformat() if sqlite else horizon, False))
    return found


def list_facts_rows(session: Session, ids: Collection[int] | None = None) -> list[Any]:
    """(id, ref, state, p hear back, silence business days, silent since, action kind, on,
    then, why en, why zh) of `ids` (None: every application with a stored row)."""
    found: list[Any] = []
    for sql in _only(_FACTS_SQL, ids):
        found.extend(_rows(session, sql))
    return found
