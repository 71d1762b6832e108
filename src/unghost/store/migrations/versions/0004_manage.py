"""Find and manage: tags, excitement rating, salary, work mode and the archive flag.

Revision ID: 0004_manage
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0004_manage"
down_revision = "0003"
branch_labels = None
depends_on = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("applications") as batch:
        batch.add_column(sa.Column("tags", _JSON, nullable=False, server_default="[]"))
        batch.add_column(sa.Column("rating", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("salary_min", sa.Float(), nullable=True))
        batch.add_column(sa.Column("salary_max", sa.Float(), nullable=True))
        batch.add_column(sa.Column("salary_currency", sa.String(length=3), nullable=True))
        batch.add_column(sa.Column("salary_period", sa.String(length=10), nullable=True))
        batch.add_column(sa.Column("work_mode", sa.String(length=10), nullable=True))
        batch.add_column(
            sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    # the defaults only filled the existing rows; the models give new rows their values
    with op.batch_alter_table("applications") as batch:
        batch.alter_column("tags", server_default=None)
        batch.alter_column("archived", server_default=None)
    op.create_index(op.f("ix_applications_archived"), "applications", ["archived"])


def downgrade() -> None:
    op.drop_index(op.f("ix_applications_archived"), table_name="applications")
    with op.batch_alter_table("applications") as batch:
        for column in ("archived", "work_mode", "salary_period", "salary_currency",
                       "salary_max", "salary_min", "rating", "tags"):  # fmt: skip
            batch.drop_column(column)
