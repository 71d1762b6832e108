"""The server's two PostgreSQL roles: the owner migrates, the app role (no BYPASSRLS) serves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from unghost.errors import InvalidInputError, StorageError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine


def require_postgresql(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        raise InvalidInputError(
            "the server needs PostgreSQL",
            hint="give a postgresql:// URL (--db or UNGHOST_DB); SQLite is for the laptop",
        )


def require_postgresql_url(target: str) -> None:
    """InvalidInputError unless the database setting names a PostgreSQL server."""
    scheme = target.split("://", 1)[0] if "://" in target else ""
    if not scheme.startswith(("postgresql", "postgres")):
        raise InvalidInputError(
            "the server needs PostgreSQL",
            hint="give a postgresql:// URL (--db or UNGHOST_DB); SQLite is for the laptop",
        )


def role_powers(engine: Engine, role: str) -> tuple[bool, bool] | None:
    """(superuser, bypasses RLS) of a role; None when there is no such role."""
    from sqlalchemy import text

    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = :role"),
            {"role": role},
        ).first()
    return None if row is None else (bool(row[0]), bool(row[1]))


def grant_app_role(engine: Engine, role: str) -> None:
    """Let `role` read and write the rows (row-level security still applies to it) and read
    the schema version; it owns nothing, so it can change no table."""
    from sqlalchemy import text

    powers = role_powers(engine, role)
    if powers is None:
        raise InvalidInputError(
            f"there is no PostgreSQL role {role!r}",
            hint=f"create it first: CREATE ROLE {role} LOGIN PASSWORD '...' NOBYPASSRLS",
        )
    if any(powers):
        raise InvalidInputError(
            f"the role {role!r} is a superuser or bypasses row-level security",
            hint="the app needs a role of its own: CREATE ROLE ... LOGIN NOBYPASSRLS",
        )
    quoted = engine.dialect.identifier_preparer.quote(role)
    with engine.begin() as conn:
        schema = conn.execute(text("SELECT current_schema()")).scalar_one()
        where = engine.dialect.identifier_preparer.quote(schema)
        conn.execute(text(f"GRANT USAGE ON SCHEMA {where} TO {quoted}"))
        conn.execute(text(
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {where} TO {quoted}"
        ))  # fmt: skip
        conn.execute(text(f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {quoted}"))
        conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {where} TO {quoted}"))


def check_app_engine(engine: Engine) -> None:
    """Refuse to serve through a role that row-level security would not hold, or on a schema
    that `unghost server init` has not brought to this version."""
    from sqlalchemy import text

    from unghost.store.engine import HEAD, current_revision

    require_postgresql(engine)
    with engine.connect() as conn:
        user = conn.execute(text("SELECT current_user")).scalar_one()
        owns = conn.execute(
            text("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                 "AND tableowner = current_user AND tablename = 'applications'")
        ).scalar_one()  # fmt: skip
    powers = role_powers(engine, user)
    if powers is not None and any(powers):
        raise StorageError(
            f"the server connects as {user!r}, a superuser or a role that bypasses row-level "
            "security", hint="connect as the app role `unghost server init --app-role` named",
        )  # fmt: skip
    if owns:
        raise StorageError(
            f"the server connects as {user!r}, the owner of the tables",
            hint="migrations run as the owner; the server connects as the app role",
        )
    revision = current_revision(engine)
    if revision != HEAD:
        raise StorageError(
            f"the database is at revision {revision or 'none'}, this unghost needs {HEAD}",
            hint="run `unghost server init` (or upgrade) as the owner role first",
        )
