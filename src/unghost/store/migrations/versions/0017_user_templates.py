"""Per-user follow-up templates on the server, and the status of a person's mail account.

`user_templates`: a server user's own text for a built-in kind in one language (the laptop
keeps its templates as files in its config folder instead); a row of a workspace, with an
owner and row-level security on PostgreSQL like every other one.
`mail_accounts.checked_at`, `mail_accounts.last_error`: when the account page last tested the
connection, and the one-line error it met (NULL when it worked).

Revision ID: 0017_user_templates
Revises: 0016_caseload_counts
"""

import sqlalchemy as sa
from alembic import op

from unghost.store.rowsecurity import owner_rows

revision = "0017_user_templates"
down_revision = "0016_caseload_counts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "user_templates",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "owner_id",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="CASCADE", name="fk_user_templates_owner_id_users"),
            nullable=False,
        ),
        sa.Column("lang", sa.String(10), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("owner_id", "lang", "kind", name="uq_user_templates_owner_id_lang"),
    )
    op.create_index("ix_user_templates_owner_id", "user_templates", ["owner_id"])
    with op.batch_alter_table("mail_accounts") as batch:
        batch.add_column(sa.Column("checked_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("last_error", sa.Text(), nullable=True))
    if postgres:
        table = "user_templates"
        for statement in owner_rows(table):
            op.execute(statement)


def downgrade() -> None:
    with op.batch_alter_table("mail_accounts") as batch:
        batch.drop_column("last_error")
        batch.drop_column("checked_at")
    op.drop_table("user_templates")
