"""The planner's statistics after a bulk write. PostgreSQL plans from per-table statistics that
autovacuum refreshes only after a while (and never when it is off): right after a first import
of 10,000 applications the planner still believes the tables empty and joins them row by row
(an agenda query took 120 ms instead of 40). A bulk write therefore analyses what it wrote,
as PostgreSQL's manual advises after loading data ("Populating a Database", 14.4.9). SQLite's
planner needs no statistics for these indexed queries, so this is PostgreSQL's alone."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

# Rows written below this are left to autovacuum: the statistics of a table with a few hundred
# rows more or less change no plan the app makes.
BULK_ROWS = 500
# What an import of applications writes, and the read model computed from them.
APPLICATION_TABLES = ("companies", "applications", "contacts", "interviews", "messages",
                      "events", "import_digests", "readmodel_rows", "readmodel_observations")  # fmt: skip


def analyse_after_bulk(session: Session, rows: int, tables: Iterable[str]) -> bool:
    """ANALYZE `tables` when `rows` rows were written on PostgreSQL; True when it ran. A role
    that does not own the tables (the server's app role) is told so by a warning, not an
    error: the owner's autovacuum keeps them then."""
    if rows < BULK_ROWS or session.get_bind().dialect.name != "postgresql":
        return False
    session.execute(text("ANALYZE " + ", ".join(f'"{t}"' for t in tables)))
    return True
