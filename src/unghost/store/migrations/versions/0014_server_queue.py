"""Per-user mail accounts for the server's queue workers, their passwords sealed.

`mail_accounts`: a person's IMAP and SMTP URLs (never with a password) and From address.
`mail_secrets`: each password AES-GCM-sealed with the server key, with that key's id so keys
rotate. Both are rows of a workspace: an owner, row-level security on PostgreSQL. The queue's
own tables (Procrastinate) are made by `unghost server init`, not here: SQLite has no queue.

Revision ID: 0014_server_queue
Revises: 0013_caseload
"""

import sqlalchemy as sa
from alembic import op

from unghost.store.rowsecurity import owner_rows

revision = "0014_server_queue"
down_revision = "0013_caseload"
branch_labels = None
depends_on = None

TABLES = ("mail_accounts", "mail_secrets")


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    owner = sa.Column("owner_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE",
                      name="fk_mail_accounts_owner_id_users"), nullable=False)  # fmt: skip
    op.create_table(
        "mail_accounts",
        sa.Column("id", sa.Integer(), primary_key=True),
        owner,
        sa.Column("imap_url", sa.Text(), nullable=True),
        sa.Column("smtp_url", sa.Text(), nullable=True),
        sa.Column("sender", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("owner_id", name="uq_mail_accounts_owner_id"),
    )
    op.create_table(
        "mail_secrets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "owner_id",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="CASCADE", name="fk_mail_secrets_owner_id_users"),
            nullable=False,
        ),
        sa.Column("purpose", sa.String(16), nullable=False),  # imap or smtp
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("nonce", sa.LargeBinary(), nullable=False),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("owner_id", "purpose", name="uq_mail_secrets_owner_id_purpose"),
    )
    for table in TABLES:
        op.create_index(f"ix_{table}_owner_id", table, ["owner_id"])  # as every owned table
    if postgres:
        for table in TABLES:
            for statement in owner_rows(table):
                op.execute(statement)


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
