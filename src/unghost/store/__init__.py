"""Persistence: SQLAlchemy tables, repositories and Alembic migrations (SQLite and PostgreSQL)."""

# The laptop's one person: every row of a local database is theirs (migration 0008 creates it).
LOCAL_OWNER_ID = 1
