"""Mailbox messages and proposals, IMAP sync state, the outbox, contact checks.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "mailbox_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(length=320), nullable=False),
        sa.Column("folder", sa.String(length=300), nullable=False),
        sa.Column("uidvalidity", sa.Integer(), nullable=False),
        sa.Column("last_uid", sa.Integer(), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mailbox_state")),
        sa.UniqueConstraint("account", "folder", name=op.f("uq_mailbox_state_account")),
    )
    op.create_table(
        "contact_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.Column(
            "findings",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_contact_checks_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_checks")),
    )
    with op.batch_alter_table("contact_checks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_checks_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "mail_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_key", sa.String(length=1200), nullable=False),
        sa.Column("message_id", sa.String(length=998), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("from_addr", sa.String(length=320), nullable=True),
        sa.Column("from_name", sa.String(length=300), nullable=True),
        sa.Column(
            "to_addrs",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("subject", sa.String(length=998), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("utc_offset_min", sa.Integer(), nullable=False),
        sa.Column(
            "in_reply_to",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "references",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("label", sa.String(length=30), nullable=False),
        sa.Column("confidence", sa.Double(), nullable=False),
        sa.Column("return_date", sa.Date(), nullable=True),
        sa.Column("failed_recipient", sa.String(length=320), nullable=True),
        sa.Column(
            "signals",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("match_method", sa.String(length=30), nullable=True),
        sa.Column("match_confidence", sa.Double(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_mail_messages_application_id_applications"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_messages")),
        sa.UniqueConstraint("source_key", name=op.f("uq_mail_messages_source_key")),
    )
    with op.batch_alter_table("mail_messages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mail_messages_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_mail_messages_from_addr"), ["from_addr"], unique=False)
        batch_op.create_index(batch_op.f("ix_mail_messages_label"), ["label"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_mail_messages_message_id"), ["message_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_mail_messages_sent_at"), ["sent_at"], unique=False)

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("lang", sa.String(length=10), nullable=False),
        sa.Column(
            "to_addrs",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "cc_addrs",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("from_addr", sa.String(length=320), nullable=True),
        sa.Column("subject", sa.String(length=998), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("message_id", sa.String(length=998), nullable=False),
        sa.Column("in_reply_to", sa.String(length=998), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("scheduled_on", sa.Date(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_outbox_application_id_applications"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("message_id", name=op.f("uq_outbox_message_id")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outbox_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_outbox_state"), ["state"], unique=False)

    op.create_table(
        "proposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("mail_message_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_proposals_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["mail_message_id"],
            ["mail_messages.id"],
            name=op.f("fk_proposals_mail_message_id_mail_messages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposals")),
    )
    with op.batch_alter_table("proposals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_proposals_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_proposals_mail_message_id"), ["mail_message_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_proposals_state"), ["state"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("proposals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_proposals_state"))
        batch_op.drop_index(batch_op.f("ix_proposals_mail_message_id"))
        batch_op.drop_index(batch_op.f("ix_proposals_application_id"))

    op.drop_table("proposals")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_state"))
        batch_op.drop_index(batch_op.f("ix_outbox_application_id"))

    op.drop_table("outbox")
    with op.batch_alter_table("mail_messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mail_messages_sent_at"))
        batch_op.drop_index(batch_op.f("ix_mail_messages_message_id"))
        batch_op.drop_index(batch_op.f("ix_mail_messages_label"))
        batch_op.drop_index(batch_op.f("ix_mail_messages_from_addr"))
        batch_op.drop_index(batch_op.f("ix_mail_messages_application_id"))

    op.drop_table("mail_messages")
    with op.batch_alter_table("contact_checks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_checks_application_id"))

    op.drop_table("contact_checks")
    op.drop_table("mailbox_state")
