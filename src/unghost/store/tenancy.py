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
        conn.execute(_SET_USER, {"user_id": str(session.info[OWNER_KEY])})


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
