"""Opening the database from a path or URL, with SQLite tuned and the schema migrated to head."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from unghost.errors import StorageError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

HEAD = "0006_record"  # keep equal to the newest revision in migrations/versions
_SQLITE_PRAGMAS = ("journal_mode=WAL", "foreign_keys=ON", "busy_timeout=5000", "synchronous=NORMAL")


def database_url(target: str) -> str:
    """A SQLAlchemy URL from UNGHOST_DB, which may be a plain file path."""
    if "://" in target:
        if target.startswith("postgres://"):
            return "postgresql://" + target[len("postgres://") :]
        return target
    path = Path(target).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"cannot create the folder for the database {path}: {exc}") from None
    return f"sqlite:///{path.resolve()}"


def open_engine(target: str, *, migrate: bool = True) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.exc import SQLAlchemyError

    url = database_url(target)
    kwargs: dict[str, Any] = {}
    if url.startswith("sqlite"):
        kwargs["connect_args"] = {"timeout": 5}
    try:
        engine = create_engine(url, **kwargs)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StorageError(f"cannot use the database {target!r}: {exc}") from None
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cursor = dbapi_conn.cursor()
            for pragma in _SQLITE_PRAGMAS:
                cursor.execute("PRAGMA " + pragma)
            cursor.close()

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
        if current_revision(engine) == HEAD:
            return
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
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
