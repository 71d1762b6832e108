"""Writing and checking the read model's tables (store/readmodel_tables.py) for
services/readmodel.py: rows and observations replaced per application, the kept reply
history, and which rows are stale for a day and basis.

Each statement runs as services/readmodel.py ran it: ORM reads carry the owner's criteria
(store/tenancy.py); the Core statements on the session's connection are scoped by PostgreSQL's
row-level security."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import Any

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.orm import Session

from unghost.store.ids import delete_for_applications, in_chunks
from unghost.store.models import ApplicationRow
from unghost.store.readmodel_tables import ReadMetaRow, ReadModelRow, ReadObservationRow

_ROWS: Any = ReadModelRow.__table__
_OBSERVATIONS: Any = ReadObservationRow.__table__
_META: Any = ReadMetaRow.__table__


def load_observations(session: Session) -> list[tuple[str, float, bool]]:
    """(phase, business days, replied) of every stored wait."""
    rows = session.connection().exec_driver_sql(
        "SELECT phase, business_days, replied FROM readmodel_observations"
    )
    return [(p, float(d), bool(r)) for p, d, r in rows.fetchall()]


def list_observations(session: Session, ids: Collection[int] | None) -> list[tuple[Any, ...]]:
    """(application, phase, business days, replied) of the waits of `ids` (None: all), sorted."""
    o = ReadObservationRow
    query = select(o.application_id, o.phase, o.business_days, o.replied)
    found: list[tuple[Any, ...]] = []
    for chunk in [None] if ids is None else in_chunks(ids):
        q = query if chunk is None else query.where(o.application_id.in_(chunk))
        found.extend((a, p, float(d), bool(r)) for a, p, d, r in session.connection().execute(q))
    return sorted(found)


def count_observations(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(ReadObservationRow)) or 0)


def find_meta(session: Session, name: str) -> Any:
    """The shared value kept under `name`, or None."""
    return session.scalar(select(ReadMetaRow.value).where(ReadMetaRow.name == name))


def save_meta(session: Session, name: str, value: dict[str, Any]) -> None:
    conn = session.connection()
    conn.execute(delete(_META).where(_META.c.name == name))
    conn.execute(insert(_META), [{"name": name, "value": value}])


def delete_meta(session: Session, name: str) -> None:
    session.connection().execute(delete(ReadMetaRow).where(ReadMetaRow.name == name))


def _delete(session: Session, table: Any, ids: Collection[int] | None) -> None:
    if ids is None:
        session.connection().execute(delete(table))
        return
    delete_for_applications(session, table, ids)


def replace_observations(
    session: Session, ids: Collection[int] | None, found: list[dict[str, Any]]
) -> None:
    """The waits of `ids` (None: everyone's) become `found`."""
    _delete(session, _OBSERVATIONS, ids)
    if found:
        session.connection().execute(insert(_OBSERVATIONS), found)


def replace_rows(session: Session, ids: Collection[int] | None, rows: list[dict[str, Any]]) -> None:
    """The rows of `ids` (None: every row) become `rows`."""
    _delete(session, _ROWS, ids)
    if rows:
        session.connection().execute(insert(_ROWS), rows)


def drop(session: Session, ids: Collection[int] | None) -> None:
    """Forget the rows and waits of `ids` (None: all): a later read computes them again."""
    for table in (_ROWS, _OBSERVATIONS):
        _delete(session, table, ids)
    replace_waits(session, ids, {})


def list_company_application_ids(session: Session, company_ids: Collection[int]) -> list[int]:
    query = select(ApplicationRow.id).where(ApplicationRow.company_id.in_(company_ids))
    return list(session.scalars(query))


def list_dated(
    session: Session, today: date, basis: str, ids: Collection[int] | None = None
) -> list[int]:
    """The applications with no row, or a row of another day or basis (among `ids`)."""
    a, r = ApplicationRow, ReadModelRow
    query = (
        select(a.id).outerjoin(r, r.application_id == a.id)
        .where(or_(r.application_id.is_(None), r.as_of != today, r.basis != basis))
    )  # fmt: skip
    if ids is not None:
        query = query.where(a.id.in_(sorted(ids)))
    return list(session.scalars(query))


def list_waiting_read_with_other_history(
    session: Session, key: str, ids: Collection[int] | None = None
) -> list[int]:
    """The waiting rows whose odds were computed with a reply history other than `key`."""
    r = ReadModelRow
    query = select(r.application_id).where(r.state == "waiting", r.history_key != key)
    if ids is not None:
        query = query.where(r.application_id.in_(sorted(ids)))
    return list(session.scalars(query))


# What a waiting row's odds are made of besides the reply history (services/readmodel.py,
# `reprice`), kept in `readmodel_meta` in buckets of WAIT_BUCKET applications by id: a write
# rewrites the buckets of its own applications, a move of the history reads them all.
WAIT_BUCKET = 256
_WAITS = "waits:"


def _bucket(app_id: int) -> str:
    return f"{_WAITS}{int(app_id) // WAIT_BUCKET}"


def _decoded(value: Any) -> dict[str, Any]:
    if isinstance(value, str):  # JSON text where the driver does not decode it
        import json

        value = json.loads(value)
    return value if isinstance(value, dict) else {}


def _owner(session: Session) -> int:
    from unghost.store import LOCAL_OWNER_ID

    return int(session.info.get("owner_id", LOCAL_OWNER_ID))


def load_waits(session: Session, ids: Collection[int] | None = None) -> dict[int, list[Any]]:
    """The owner's kept wait entries of `ids` (None: all), by application id."""
    m = _META.c
    query = select(m.name, m.value).where(m.owner_id == _owner(session))
    if ids is None:
        query = query.where(m.name.like(f"{_WAITS}%"))
    else:
        query = query.where(m.name.in_(sorted({_bucket(i) for i in ids})))
    found: dict[int, list[Any]] = {}
    for _name, value in session.connection().execute(query):
        found.update((int(k), v) for k, v in _decoded(value).items())
    if ids is not None:
        wanted = set(ids)
        found = {k: v for k, v in found.items() if k in wanted}
    return found


def replace_waits(
    session: Session, ids: Collection[int] | None, entries: dict[int, list[Any]]
) -> None:
    """The owner's wait entries of `ids` (None: all of theirs) become `entries` (the waiting
    ones). The owner is named in every statement: the buckets' names are every owner's."""
    conn = session.connection()
    m = _META.c
    owner = _owner(session)
    mine = m.owner_id == owner
    kept: dict[str, dict[str, Any]] = {}
    if ids is None:
        conn.execute(delete(_META).where(mine, m.name.like(f"{_WAITS}%")))
    else:
        names = sorted({_bucket(i) for i in ids} | {_bucket(i) for i in entries})
        gone = {str(int(i)) for i in ids}
        for name, value in conn.execute(select(m.name, m.value).where(mine, m.name.in_(names))):
            kept[name] = {k: v for k, v in _decoded(value).items() if k not in gone}
        conn.execute(delete(_META).where(mine, m.name.in_(names)))
    for app_id, entry in entries.items():
        kept.setdefault(_bucket(app_id), {})[str(int(app_id))] = entry
    values = [{"owner_id": owner, "name": name, "value": value}
              for name, value in sorted(kept.items()) if value]  # fmt: skip
    if values:
        conn.execute(insert(_META), values)


def list_waiting_rows(session: Session, key: str) -> list[tuple[Any, ...]]:
    """(application, as_of, p_hear_back, action_on, action_why_en) of the owner's waiting rows
    whose odds were computed with a reply history other than `key`; the days as the driver
    gives them (plain driver rows: thousands of them, read on a write)."""
    conn = session.connection()
    sql = (
        "SELECT application_id, as_of, p_hear_back, action_on, action_why_en FROM readmodel_rows"
        " WHERE owner_id = %s AND state = 'waiting' AND history_key != %s"
    )
    if conn.dialect.paramstyle == "qmark":
        sql = sql.replace("%s", "?")
    return [tuple(row) for row in conn.exec_driver_sql(sql, (_owner(session), key)).fetchall()]


def update_odds(session: Session, changes: list[dict[str, Any]]) -> None:
    """Each row's new odds and history key (and, where given, its reason's words), through
    the driver's executemany: thousands of rows on a write that moves the reply history."""
    conn = session.connection()
    plain = [(c["p"], c["key"], c["row_id"]) for c in changes if "action_why_en" not in c]
    worded = [(c["p"], c["key"], c["action_why_en"], c["action_why_zh"], c["row_id"])
              for c in changes if "action_why_en" in c]  # fmt: skip
    statements = (
        ("UPDATE readmodel_rows SET p_hear_back = %s, history_key = %s"
         " WHERE application_id = %s", plain),
        ("UPDATE readmodel_rows SET p_hear_back = %s, history_key = %s, action_why_en = %s,"
         " action_why_zh = %s WHERE application_id = %s", worded),
    )  # fmt: skip
    for sql, values in statements:
        if values:
            if conn.dialect.paramstyle == "qmark":
                sql = sql.replace("%s", "?")
            conn.exec_driver_sql(sql, values)  # type: ignore[arg-type]  # a list: executemany
