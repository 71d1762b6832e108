"""Per-user preferences of a server's people: from-address, language, country, time zone and
diagnosis-model overrides (the laptop keeps them in its settings; a server never reads them
from the process environment or a config file).

A people table, like users: no row policy (the sign-in gate reads it with the user).

Revision ID: 0015_server_identity
Revises: 0014_server_queue
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_server_identity"
down_revision = "0014_server_queue"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "user_preferences",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("from_address", sa.String(length=400), nullable=True),
        sa.Column("lang", sa.String(length=10), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("timezone", sa.String(length=64), nullable=True),
        sa.Column("model_json", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            ondelete="CASCADE",
            name=op.f("fk_user_preferences_user_id_users"),
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_user_preferences")),
    )


def downgrade() -> None:
    op.drop_table("user_preferences")
