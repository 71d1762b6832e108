"""A server database of its own on the real PostgreSQL: an owner role that migrates, an app
role without BYPASSRLS that serves; both dropped afterwards (nothing others made is touched)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tests.conftest import _PG, PG_URL


@dataclass(frozen=True)
class ServerDb:
    owner_url: str
    app_url: str
    app_role: str
    owner_role: str


def _admin() -> object:
    import psycopg

    return psycopg.connect(PG_URL, autocommit=True)


@pytest.fixture(scope="module")
def server_db() -> Iterator[ServerDb]:
    if not _PG:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is not reachable at {PG_URL}")
        pytest.skip("PostgreSQL is not reachable")
    from sqlalchemy.engine import make_url

    tag = uuid.uuid4().hex[:10]
    owner, app, database = f"i18_own_{tag}", f"i18_app_{tag}", f"i18_srv_{tag}"
    with _admin() as conn:  # type: ignore[attr-defined]
        conn.execute(f'CREATE ROLE "{owner}" LOGIN NOSUPERUSER NOBYPASSRLS')
        conn.execute(f'CREATE ROLE "{app}" LOGIN NOSUPERUSER NOBYPASSRLS')
        conn.execute(f'CREATE DATABASE "{database}" OWNER "{owner}"')
    base = make_url(PG_URL).set(database=database)
    try:
        yield ServerDb(
            owner_url=base.set(username=owner).render_as_string(hide_password=False),
            app_url=base.set(username=app).render_as_string(hide_password=False),
            app_role=app,
            owner_role=owner,
        )
    finally:
        with _admin() as conn:  # type: ignore[attr-defined]
            conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            conn.execute(f'DROP ROLE IF EXISTS "{app}"')
            conn.execute(f'DROP ROLE IF EXISTS "{owner}"')


@pytest.fixture(scope="module")
def migrated(server_db: ServerDb) -> ServerDb:
    """The schema at head, made by the owner role; the app role granted its rows."""
    from unghost.server.database import grant_app_role
    from unghost.store.engine import open_engine

    engine = open_engine(server_db.owner_url)
    try:
        grant_app_role(engine, server_db.app_role)
    finally:
        engine.dispose()
    return server_db
