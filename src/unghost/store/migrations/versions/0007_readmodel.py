"""The stored read model: each application's assessment and reply observations, kept on write.

Revision ID: 0007_readmodel
Revises: 0006_record
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0007_readmodel"
down_revision = "0006_record"
branch_labels = None
depends_on = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.create_table(
        "readmodel_rows",
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("basis", sa.String(length=64), nullable=False),
        sa.Column("history_key", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("anchor", sa.Date(), nullable=True),
        sa.Column("silence", sa.Float(), nullable=False),
        sa.Column("silence_business_days", sa.Integer(), nullable=True),
        sa.Column("silent_since", sa.Date(), nullable=True),
        sa.Column("p_hear_back", sa.Float(), nullable=True),
        sa.Column("action_kind", sa.String(length=24), nullable=False),
        sa.Column("action_on", sa.Date(), nullable=True),
        sa.Column("action_then", sa.String(length=24), nullable=True),
        sa.Column("action_why_en", sa.Text(), nullable=False),
        sa.Column("action_why_zh", sa.Text(), nullable=False),
        sa.Column("agenda_kind", sa.String(length=24), nullable=True),
        sa.Column("due_now_on", sa.Date(), nullable=True),
        sa.Column("overdue_business_days", sa.Integer(), nullable=False),
        sa.Column("profile_key", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_readmodel_rows_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("application_id", name=op.f("pk_readmodel_rows")),
    )
    op.create_index(
        "ix_readmodel_rows_agenda", "readmodel_rows", ["agenda_kind", "action_on"], unique=False
    )
    op.create_table(
        "readmodel_observations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("phase", sa.String(length=16), nullable=False),
        sa.Column("business_days", sa.Float(), nullable=False),
        sa.Column("replied", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_readmodel_observations_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_readmodel_observations")),
    )
    op.create_index(
        op.f("ix_readmodel_observations_application_id"),
        "readmodel_observations", ["application_id"], unique=False,
    )  # fmt: skip

    op.create_table(
        "readmodel_meta",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("value", _JSON, nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_readmodel_meta")),
    )


def downgrade() -> None:
    op.drop_table("readmodel_meta")
    op.drop_index(
        op.f("ix_readmodel_observations_application_id"), table_name="readmodel_observations"
    )
    op.drop_table("readmodel_observations")
    op.drop_index("ix_readmodel_rows_agenda", table_name="readmodel_rows")
    op.drop_table("readmodel_rows")
