"""Concurrency: a version on applications, a lease (owner, heartbeat) and a retry time on the outbox.

Revision ID: 0005_concurrency
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_concurrency"
down_revision = "0004_manage"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("applications") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("owner", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("heartbeat_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("retry_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("retry_at")
        batch.drop_column("heartbeat_at")
        batch.drop_column("owner")
    with op.batch_alter_table("applications") as batch:
        batch.drop_column("version")
