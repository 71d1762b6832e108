"""The data version: a number the store bumps in the transaction of every write that touched an
application's records, with a short log of what each write touched. A reader that saw version
`n` learns from the log which applications changed since (issue 17: the web's page cache drops
only those entries and the pages that aggregate them).

Both are rows of `readmodel_meta` (one per owner): `version` {"n"} is read on every page, the
longer `changes` {"log": [[n, ids or null, history moved], ...]} only when `n` moved."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

VERSION = "version"
CHANGES = "changes"
# Writes remembered: a reader further behind than this drops everything it kept.
LOG_ENTRIES = 64
# More ids than this in one write are logged as "everything" (a bulk import or company edit).
LOG_IDS = 500


@dataclass(frozen=True, slots=True)
class Change:
    """One write: the applications it touched (None: any or all) and whether the user's
    reply history moved (then every waiting application's odds did)."""

    version: int
    ids: frozenset[int] | None
    history_moved: bool


def _owner(session: Session) -> int:
    from unghost.store import LOCAL_OWNER_ID

    return int(session.info.get("owner_id", LOCAL_OWNER_ID))


def _value(session: Session, name: str, *, lock: bool = False) -> dict[str, Any] | None:
    from sqlalchemy import select

    from unghost.store.readmodel_tables import ReadMetaRow

    table: Any = ReadMetaRow.__table__
    query = select(table.c.value).where(table.c.owner_id == _owner(session),
                                        table.c.name == name)  # fmt: skip
    if lock:
        query = query.with_for_update()
    value = session.connection().execute(query).scalar()
    if isinstance(value, str):  # JSON text where the driver does not decode it
        import json

        value = json.loads(value)
    return value if isinstance(value, dict) else None


def _put(session: Session, name: str, value: dict[str, Any], exists: bool) -> None:
    from sqlalchemy import insert, update

    from unghost.store.readmodel_tables import ReadMetaRow

    table: Any = ReadMetaRow.__table__
    conn = session.connection()
    owner = _owner(session)
    if exists:
        conn.execute(update(table).where(table.c.owner_id == owner, table.c.name == name)
                     .values(value=value))  # fmt: skip
    else:
        conn.execute(insert(table), [{"owner_id": owner, "name": name, "value": value}])


def bump(session: Session, ids: Collection[int] | None, *, history_moved: bool) -> int:
    """In the write's transaction: the next version, logged with what the write touched."""
    current = _value(session, VERSION, lock=True)  # a row lock: concurrent writers queue
    n = int(current["n"]) + 1 if current else 1
    _put(session, VERSION, {"n": n}, current is not None)
    changes = _value(session, CHANGES)
    log = list((changes or {}).get("log") or [])
    logged = None if ids is None or len(ids) > LOG_IDS else sorted(ids)
    log.append([n, logged, bool(history_moved)])
    _put(session, CHANGES, {"log": log[-LOG_ENTRIES:]}, changes is not None)
    return n


def read_version(session: Session) -> int:
    """The owner's data version (0 before the first write)."""
    value = _value(session, VERSION)
    return int(value["n"]) if value else 0


def changes_since(session: Session, seen: int) -> list[Change] | None:
    """The writes after version `seen`, oldest first; None when the log no longer reaches
    back that far (the reader must take everything as changed)."""
    value = _value(session, CHANGES)
    log = [Change(int(n), None if ids is None else frozenset(ids), bool(moved))
           for n, ids, moved in (value or {}).get("log") or []]  # fmt: skip
    newer = [c for c in log if c.version > seen]
    if not newer:
        return []
    if newer[0].version != seen + 1:
        return None
    return newer
