"""Database exceptions as unghost errors: busy (try again), changed meanwhile, refused."""

from __future__ import annotations

from unghost.errors import BusyError, ChangedMeanwhileError, StorageError, UnghostError

BUSY_MESSAGE = "the database is busy with another change; nothing was saved, try again"
BUSY_HINT = "another unghost (an import, the worker, the web app) is writing; it takes seconds"
CHANGED_MESSAGE = "this application changed meanwhile (another window or process saved it)"
CHANGED_HINT = "reload it and make your change again"


def is_busy(exc: BaseException) -> bool:
    """SQLite's "database is locked"/"busy", or a PostgreSQL lock timeout or serialization clash."""
    text = str(getattr(exc, "orig", exc)).lower()
    if (
        "database is locked" in text
        or "database is busy" in text
        or "database table is locked" in text
    ):
        return True
    code = getattr(getattr(exc, "orig", None), "sqlstate", None)
    return code in ("40001", "40P01", "55P03")  # serialization, deadlock, lock not available


def storage_error(exc: BaseException) -> UnghostError | None:
    """The unghost error for a database exception, or None for anything else."""
    from sqlalchemy.exc import SQLAlchemyError
    from sqlalchemy.orm.exc import StaleDataError

    if isinstance(exc, StaleDataError):
        return ChangedMeanwhileError(CHANGED_MESSAGE, hint=CHANGED_HINT)
    if not isinstance(exc, SQLAlchemyError):
        return None
    if is_busy(exc):
        return BusyError(BUSY_MESSAGE, hint=BUSY_HINT)
    return StorageError(f"the database refused the change: {str(exc).splitlines()[0]}")
