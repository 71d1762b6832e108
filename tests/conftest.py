"""Shared fixtures: an isolated environment, and a database on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_URL = os.environ.get("UNGHOST_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def _pg_reachable() -> bool:
    try:
        import psycopg

        with psycopg.connect(
            PG_URL.replace("postgresql://", "postgresql://", 1), connect_timeout=3
        ):
            return True
    except Exception:
        return False


_PG = _pg_reachable()


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the developer's settings, config file or database."""
    for name in list(os.environ):
        if name.startswith("UNGHOST_") and name != "UNGHOST_TEST_PG":
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("UNGHOST_TZ", "UTC")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database on each engine: a file for SQLite, a schema for PostgreSQL."""
    if request.param == "sqlite":
        yield str(tmp_path / "unghost.db")
        return
    if not _PG:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is not reachable at {PG_URL}")
        pytest.skip("PostgreSQL is not reachable")
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def ctx(db_url: str) -> Iterator[object]:
    from unghost.bootstrap import build_context

    context = build_context({"db": db_url, "today": "2026-11-25"})
    yield context
    context.close()


@pytest.fixture(scope="session")
def dovecot() -> Iterator[object]:
    """A real IMAP server (Dovecot) on loopback for the whole session."""
    from tests.dovecot import available, running_dovecot

    if not available():
        if os.environ.get("CI"):
            pytest.fail("Dovecot is not installed (scripts/test.sh installs dovecot-imapd)")
        pytest.skip("Dovecot is not installed")
    with running_dovecot() as server:
        yield server
