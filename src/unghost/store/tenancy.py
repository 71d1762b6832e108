"""The one session factory: every ORM read scoped to the acting user, every new row theirs.

Two locks on one door. In the application, each ORM statement gets `with_loader_criteria` on
`Owned.owner_id`, relationship loads included. In PostgreSQL, row-level security sees only the
rows of the transaction's `app.user_id`, set with `set_config(..., true)` (transaction-local:
a pooled connection never carries one user's id into the next one's transaction) at the start
of every transaction; raw SQL is covered by that second lock only.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, with_loader_criteria

from unghost.store.models import Owned
from unghost.store.people import LOCAL_OWNER_ID

OWNER_KEY = "owner_id"  # in Session.info
_SET_USER = text("SELECT set_config('app.user_id', :user_id, true)")


class OwnedSession(Session):
    """A session acting for one user (`info["owner_id"]`)."""

    @property
    def owner_id(self) -> int:
        return int(self.info[OWNER_KEY])


def open_session(engine: Engine, owner_id: int = LOCAL_OWNER_ID, **kwargs: Any) -> OwnedSession:
    session = OwnedSession(engine, **kwargs)
    session.info[OWNER_KEY] = int(owner_id)
    return session


@event.listens_for(OwnedSession, "after_begin")
def _set_user(session: Session, transaction: SessionTransaction, conn: Connection) -> None:
    # a savepoint is inside a transaction that set it already (set_config is transaction-wide)
    if conn.dialect.name == "postgresql" and not transaction.nested:
        owner_id = int(session.info[OWNER_KEY])
        if not begin_as(conn.connection.dbapi_connection, owner_id):
            conn.execute(_SET_USER, {"user_id": str(owner_id)})


def begin_as(dbapi_conn: Any, owner_id: int) -> bool:
    """Start the transaction and set its acting user in one round trip to PostgreSQL: one
    simple-protocol message `BEGIN; SELECT set_config('app.user_id', ..., true)` (a BEGIN
    in a message holds the transaction open past its end). psycopg sends its own BEGIN on
    a transaction's first statement otherwise, then this set_config: two round trips, on
    every transaction of every request. False when the connection is not a plain psycopg
    one about to start a transaction of the default kind: the caller sets the user itself."""
    try:
        from psycopg import Connection as Psycopg
        from psycopg import pq
    except ImportError:  # pragma: no cover - the PostgreSQL driver is a dependency
        return False
    if not isinstance(dbapi_conn, Psycopg) or dbapi_conn.autocommit:
        return False
    if (dbapi_conn.isolation_level, dbapi_conn.read_only, dbapi_conn.deferrable) != (None,) * 3:
        return False  # psycopg's own BEGIN would name these: let it send it
    pgconn = dbapi_conn.pgconn
    if pgconn.transaction_status != pq.TransactionStatus.IDLE:
        return False
    # an int: nothing to quote; the message is all the driver sends, as psycopg's BEGIN is
    result = pgconn.exec_(b"BEGIN; SELECT set_config('app.user_id', '%d', true)" % owner_id)
    # otherwise (the connection failed, the transaction aborted) the caller's set_config
    # raises the driver's error through SQLAlchemy, or begins as psycopg would
    return bool(result.status == pq.ExecStatus.TUPLES_OK)


@event.listens_for(OwnedSession, "do_orm_execute")
def _scope(state: ORMExecuteState) -> None:
    if not (state.is_select or state.is_update or state.is_delete):
        return
    if state.is_column_load or state.is_relationship_load:
        return  # the criteria of the statement that loaded the parent propagate
    state.statement = state.statement.options(_criteria(int(state.session.info[OWNER_KEY])))


@lru_cache(maxsize=1024)
def _criteria(owner_id: int) -> Any:
    """One option object per owner: building it analyses the lambda, which costs more than
    the query it scopes on SQLite; reused, the statement cache keeps hitting."""
    return with_loader_criteria(Owned, lambda cls: cls.owner_id == owner_id, include_aliases=True)


@event.listens_for(OwnedSession, "before_flush")
def _own_new_rows(session: Session, _context: Any, _instances: Any) -> None:
    owner_id = int(session.info[OWNER_KEY])
    for row in session.new:
        if isinstance(row, Owned) and getattr(row, "owner_id", None) is None:
            row.owner_id = owner_id
