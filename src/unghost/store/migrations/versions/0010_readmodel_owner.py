"""The read model has owners too: each person's rows, observations and reply history.

The read model is derived data, so its rows are emptied here and computed again by the next
read (an application without a row is stale). On PostgreSQL the owner defaults to the
transaction's `app.user_id` and row-level security (enabled and forced) shows only that user's
rows, as for every other table of a workspace (0008_server).

Revision ID: 0010_readmodel_owner
Revises: 0009_polish
"""

import sqlalchemy as sa
from alembic import op

from unghost.store.rowsecurity import no_owner_rows, owner_rows

revision = "0010_readmodel_owner"
down_revision = "0009_polish"
branch_labels = None
depends_on = None

TABLES = ("readmodel_rows", "readmodel_observations", "readmodel_meta")
LOCAL_OWNER_ID = 1


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in TABLES:
        op.execute(f"DELETE FROM {table}")  # derived: the next read computes it again
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("owner_id", sa.Integer(), nullable=False,
                                       server_default=str(LOCAL_OWNER_ID)))  # fmt: skip
            batch.create_foreign_key(
                f"fk_{table}_owner_id_users", "users", ["owner_id"], ["id"], ondelete="CASCADE"
            )
            batch.create_index(f"ix_{table}_owner_id", ["owner_id"])
            if table == "readmodel_meta":  # one reply history per person
                batch.drop_constraint("pk_readmodel_meta", type_="primary")
                batch.create_primary_key("pk_readmodel_meta", ["owner_id", "name"])
        if postgres:
            for statement in owner_rows(table):
                op.execute(statement)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in reversed(TABLES):
        op.execute(f"DELETE FROM {table}")
        if postgres:
            for statement in no_owner_rows(table):
                op.execute(statement)
        with op.batch_alter_table(table) as batch:
            if table == "readmodel_meta":
                batch.drop_constraint("pk_readmodel_meta", type_="primary")
                batch.create_primary_key("pk_readmodel_meta", ["name"])
            batch.drop_index(f"ix_{table}_owner_id")
            batch.drop_constraint(f"fk_{table}_owner_id_users", type_="foreignkey")
            batch.drop_column("owner_id")
