"""On PostgreSQL every session transaction starts with its acting user in one round trip
(store/tenancy.py begin_as): `BEGIN; SELECT set_config('app.user_id', ..., true)` in one
message, instead of psycopg's BEGIN and then the set_config. Transaction-local as before."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, event, text

from tests.conftest import _PG, PG_URL
from unghost.store.tenancy import begin_as, open_session


@pytest.fixture
def engine() -> Iterator[Any]:
    if not _PG:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is not reachable at {PG_URL}")
        pytest.skip("PostgreSQL is not reachable")
    url = PG_URL.replace("postgresql://", "postgresql+psycopg://", 1)
    made = create_engine(url, pool_size=1, max_overflow=0)
    yield made
    made.dispose()


def _statements(engine: Any) -> list[str]:
    """Every statement SQLAlchemy hands the driver from here on."""
    sent: list[str] = []
    event.listen(engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_a: sent.append(statement))  # fmt: skip
    return sent


def _setting(session: Any) -> str | None:
    return session.execute(text("SELECT current_setting('app.user_id', true)")).scalar_one()


def test_the_user_is_set_with_the_begin_in_one_message(engine: Any) -> None:
    from psycopg import pq

    sent = _statements(engine)
    with open_session(engine, 42) as session:
        conn = session.connection()  # begun: the after_begin hook has run, nothing else
        status = conn.connection.dbapi_connection.pgconn.transaction_status
        assert status == pq.TransactionStatus.INTRANS  # so psycopg sends no BEGIN of its own
        assert sent == []  # and no separate set_config went through the driver
        assert _setting(session) == "42"
        session.commit()
    with open_session(engine, 7) as session:  # the pooled connection carries nothing over
        assert _setting(session) == "7"
        session.rollback()
    with engine.connect() as conn:  # and a plain transaction on it has no user at all
        assert conn.execute(text("SELECT current_setting('app.user_id', true)")).scalar() in (
            None,
            "",
        )


def test_a_rolled_back_transaction_and_the_next_one(engine: Any) -> None:
    with open_session(engine, 5) as session:
        session.execute(text("CREATE TEMP TABLE begin_as_probe (n int)"))
        session.rollback()  # the BEGIN of the message opened this transaction: it is undone
        assert _setting(session) == "5"  # a new transaction, begun and set the same way
        missing = session.execute(text("SELECT to_regclass('pg_temp.begin_as_probe')")).scalar()
        assert missing is None


def test_a_transaction_of_another_kind_falls_back_to_the_drivers_begin(engine: Any) -> None:
    from psycopg import IsolationLevel

    @event.listens_for(engine, "connect")
    def _serializable(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = IsolationLevel.SERIALIZABLE

    engine.dispose()
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert begin_as(raw, 9) is False  # its BEGIN names the level: psycopg sends it
    with open_session(engine, 9) as session:
        assert _setting(session) == "9"
        level = session.execute(text("SHOW transaction_isolation")).scalar_one()
        assert level == "serializable"
