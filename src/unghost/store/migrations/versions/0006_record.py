"""Recording from the web: contact LinkedIn, interview format, mail HTML and attachments.

Revision ID: 0006_record
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0006_record"
down_revision = "0005_concurrency"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("linkedin", sa.String(length=500), nullable=True))
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.add_column(sa.Column("format", sa.String(length=20), nullable=True))
    with op.batch_alter_table("mail_messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("html", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "attachments",
                sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
                nullable=False,
                server_default="[]",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("mail_messages", schema=None) as batch_op:
        batch_op.drop_column("attachments")
        batch_op.drop_column("html")
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.drop_column("format")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_column("linkedin")
