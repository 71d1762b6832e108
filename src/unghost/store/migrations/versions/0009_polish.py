"""Unknown fields of an import kept at every level, as written: a column for those of each
nested item (contacts, interviews, messages, history, documents), and PostgreSQL's `json`
instead of `jsonb` for the application's (jsonb rewrites numbers: 1e+20 came back as an
integer no 64-bit reader takes, and it refuses NUL).

Revision ID: 0009_polish
Revises: 0008_server
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0009_polish"
down_revision = "0008_server"
branch_labels = None
depends_on = None

TABLES = ("contacts", "interviews", "messages", "events", "documents")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("extra", sa.JSON(), nullable=False, server_default="{}"))
    if op.get_context().dialect.name == "postgresql":
        op.alter_column("applications", "extra", type_=sa.JSON(),
                        postgresql_using="extra::json")  # fmt: skip


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.alter_column("applications", "extra", type_=postgresql.JSONB(),
                        postgresql_using="extra::jsonb")  # fmt: skip
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("extra")
