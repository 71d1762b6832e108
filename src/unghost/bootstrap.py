"""The one place that wires settings, the clock and the store into a context the services use."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
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
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back on any error."""
        from sqlalchemy.exc import SQLAlchemyError
        from sqlalchemy.orm import Session

        from unghost.errors import StorageError

        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
            session.commit()
        except SQLAlchemyError as exc:
            session.rollback()
            raise StorageError(
                f"the database refused the change: {str(exc).splitlines()[0]}"
            ) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def build_context(flags: dict[str, Any] | None = None) -> Context:
    settings = load_settings(flags)
    zone = local_zone(settings.get("timezone"))
    return Context(settings=settings, today=get_today(settings.get("today"), zone), zone=zone)
