"""Opening the database from a path or URL, with SQLite tuned and the schema migrated to head."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from unghost.errors import StorageError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

HEAD = "0017_user_templates"  # keep equal to the newest revision in migrations/versions
# A writer waits this long for the lock: longer than a 10k-application import holds it
# (9-16 s measured in issue 15), so ordinary load never sees "database is locked".
BUSY_TIMEOUT_S = 60
_SQLITE_PRAGMAS = ("journal_mode=WAL", "foreign_keys=ON", "synchronous=NORMAL")
# The execution option a session sets to say it will write (BEGIN IMMEDIATE on SQLite).
WRITE_OPTION = "unghost_write"


def database_url(target: str) -> str:
    """A SQLAlchemy URL from UNGHOST_DB, which may be a plain file path."""
    if "://" in target:
        if target.startswith("postgres://"):
            return "postgresql://" + target[len("postgres://") :]
        return target
    from unghost.settings import private_file

    path = Path(target).expanduser()
    try:
        if path != Path(":memory:"):
            private_file(path)  # 0600: SQLite gives its -wal and -shm files the same mode
    except OSError as exc:
        raise StorageError(f"cannot create the folder for the database {path}: {exc}") from None
    return f"sqlite:///{path.resolve()}"


def open_engine(target: str, *, migrate: bool = True) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.exc import SQLAlchemyError

    url = database_url(target)
    kwargs: dict[str, Any] = {}
    if url.startswith("sqlite"):
        # pysqlite's own transaction handling starts a transaction only at the first write, so
        # what a use case read before it was not protected; unghost emits BEGIN itself.
        kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_S, "isolation_level": None}
    try:
        engine = create_engine(url, **kwargs)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StorageError(f"cannot use the database {target!r}: {exc}") from None
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cursor = dbapi_conn.cursor()
            for pragma in (*_SQLITE_PRAGMAS, f"busy_timeout={int(BUSY_TIMEOUT_S * 1000)}"):
                cursor.execute("PRAGMA " + pragma)
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            # A writer takes the lock up front: its reads and writes see one state, and two
            # writers queue (busy_timeout) instead of failing when the second one upgrades.
            write = conn.get_execution_options().get(WRITE_OPTION, False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    if engine.dialect.name == "postgresql":

        @event.listens_for(engine, "connect")
        def _lock_wait(dbapi_conn: Any, _record: Any) -> None:
            # a writer waiting on a row lock gives up as SQLite's does: a clear "busy", not a hang
            with dbapi_conn.cursor() as cursor:
                cursor.execute(f"SET lock_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            dbapi_conn.commit()

    if migrate:
        ensure_schema(engine)
    return engine


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError, ProgrammingError

    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, ProgrammingError):
        return None


def ensure_schema(engine: Engine) -> None:
    """Bring the schema to head; cheap when it already is (one query, Alembic not imported)."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        revision = current_revision(engine)
        if revision == HEAD:
            return
        from unghost.store.freshschema import load_snapshot

        if revision is None and load_snapshot(engine, HEAD):
            return  # a new SQLite workspace: the migrations' result, without running them
        upgrade(engine)
    except SQLAlchemyError as exc:
        raise StorageError(
            f"cannot open the database {engine.url.render_as_string(hide_password=True)}: "
            f"{exc.__class__.__name__}: {str(exc).splitlines()[0]}"
        ) from None


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    # the write lock first: two processes opening an old database migrate it one after the other
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # a revision that rebuilds a table drops the old one, which would cascade to the
            # rows that reference it; the pragma is a no-op inside a transaction, so before
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.execution_options(**{WRITE_OPTION: True}).begin():
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise StorageError("the migration left rows pointing at missing rows")
        finally:
            if sqlite:
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
