"""The one place that wires settings, the clock and the store into a context the services use."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import date, tzinfo
from typing import TYPE_CHECKING, Any

from unghost.clock import get_today, local_zone
from unghost.settings import Settings, load_settings

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session


@dataclass
class Context:
    """What every use case needs: settings, today's date, the user's zone and the database."""

    settings: Settings
    today: date
    zone: tzinfo
    _engine: Engine | None = field(default=None, repr=False)
    # the acting user: the laptop's local owner (1), or who signed in to the server
    owner_id: int = 1
    # where a mail password left out of a URL comes from: None is the laptop's keyring or
    # credentials file; on the server, the acting user's sealed secrets (server/mailboxes.py)
    credentials: Any = field(default=None, repr=False)

    @property
    def has_engine(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from unghost.store.engine import open_engine

            self._engine = open_engine(self.settings.db)
        return self._engine

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back on any error.

        A write transaction holds the database's write lock from its first statement on
        SQLite (BEGIN IMMEDIATE) and row locks where the store takes them on PostgreSQL, so
        what it read is still true when it writes. `reading()` never blocks a writer."""
        from unghost.store.engine import WRITE_OPTION
        from unghost.store.errors import storage_error
        from unghost.store.tenancy import open_session

        session = open_session(self.engine, self.owner_id, expire_on_commit=False)
        session.info["write"] = write
        try:
            if write:
                begin_write(session, WRITE_OPTION)
                # the read model follows every write, in the write's own transaction
                from unghost.services.readmodel import refresh_touched
                from unghost.store.readsync import track

                track(session, lambda s: refresh_touched(s, self))
            yield session
            session.commit()
        except Exception as exc:
            session.rollback()
            mapped = storage_error(exc)
            if mapped is None:
                raise
            raise mapped from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def reading(self) -> AbstractContextManager[Session]:
        """A read-only session: one consistent snapshot, no lock, never waits for a writer."""
        return self.transaction(write=False)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def begin_write(session: Session, option: str) -> None:
    """Start the session's transaction as a writer (waits for the lock, retried while busy)."""
    import time

    from sqlalchemy.exc import OperationalError

    from unghost.store.errors import is_busy

    for pause_s in (0.05, 0.2, 1.0, None):
        try:
            session.connection(execution_options={option: True})
            return
        except OperationalError as exc:
            # nothing was done yet, so starting again is safe: the one retry that always is
            if not is_busy(exc) or pause_s is None:
                raise
            session.rollback()
            time.sleep(pause_s)


def build_context(flags: dict[str, Any] | None = None) -> Context:
    settings = load_settings(flags)
    zone = local_zone(settings.get("timezone"))
    return Context(settings=settings, today=get_today(settings.get("today"), zone), zone=zone)
