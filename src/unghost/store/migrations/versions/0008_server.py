"""Tenancy and accounts: users, institutions and sign-in tables; an owner on every owned row.

Every row of an existing database belongs to the local owner (user 1) this revision creates.
`ref`, `source_key` and the mailbox state are unique per owner. On PostgreSQL the owner of a new
row defaults to the transaction's `app.user_id`, and row-level security (enabled and forced)
shows and accepts only the rows of that user.

Revision ID: 0008_server
Revises: 0007_readmodel
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from unghost.store.rowsecurity import no_owner_rows, owner_rows

revision = "0008_server"
down_revision = "0007_readmodel"
branch_labels = None
depends_on = None

# frozen here: a later table with owners adds its own column and policy in its own revision
OWNED = (
    "companies", "applications", "contacts", "interviews", "messages", "events", "documents",
    "posting_checks", "mail_messages", "proposals", "mailbox_state", "outbox", "contact_checks",
)  # fmt: skip
# the unique constraints that become per owner: table -> (old name, old columns, new columns)
PER_OWNER = {
    "applications": ("uq_applications_ref", ["ref"], ["owner_id", "ref"]),
    "mail_messages": ("uq_mail_messages_source_key", ["source_key"], ["owner_id", "source_key"]),
    "mailbox_state": ("uq_mailbox_state_account", ["account", "folder"],
                      ["owner_id", "account", "folder"]),
}  # fmt: skip
LOCAL_OWNER_ID = 1


def _people_tables() -> None:
    op.create_table(
        "institutions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_institutions")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("institution_id", sa.Integer(), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("lang", sa.String(length=10), nullable=False),
        sa.Column("password_hash", sa.String(length=300), nullable=True),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("password_changed_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["institution_id"], ["institutions.id"], ondelete="CASCADE",
                                name=op.f("fk_users_institution_id_institutions")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("email", name=op.f("uq_users_email")),
    )  # fmt: skip
    op.create_index(op.f("ix_users_institution_id"), "users", ["institution_id"])
    op.create_table(
        "assignments",
        sa.Column("counsellor_id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["counsellor_id"], ["users.id"], ondelete="CASCADE",
                                name=op.f("fk_assignments_counsellor_id_users")),
        sa.ForeignKeyConstraint(["student_id"], ["users.id"], ondelete="CASCADE",
                                name=op.f("fk_assignments_student_id_users")),
        sa.PrimaryKeyConstraint("counsellor_id", "student_id", name=op.f("pk_assignments")),
    )  # fmt: skip
    op.create_index(op.f("ix_assignments_student_id"), "assignments", ["student_id"])
    op.create_table(
        "auth_sessions",
        sa.Column("id_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.Column("user_agent", sa.String(length=300), nullable=True),
        sa.Column("address", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE",
                                name=op.f("fk_auth_sessions_user_id_users")),
        sa.PrimaryKeyConstraint("id_hash", name=op.f("pk_auth_sessions")),
    )  # fmt: skip
    op.create_index(op.f("ix_auth_sessions_user_id"), "auth_sessions", ["user_id"])
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_used_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE",
                                name=op.f("fk_api_tokens_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_api_tokens_token_hash")),
    )  # fmt: skip
    op.create_index(op.f("ix_api_tokens_user_id"), "api_tokens", ["user_id"])
    op.create_table(
        "password_resets",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE",
                                name=op.f("fk_password_resets_user_id_users")),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_password_resets")),
    )  # fmt: skip
    op.create_index(op.f("ix_password_resets_user_id"), "password_resets", ["user_id"])
    op.create_table(
        "login_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("address", sa.String(length=64), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_attempts")),
    )
    for column in ("email", "address", "at"):
        op.create_index(op.f(f"ix_login_attempts_{column}"), "login_attempts", [column])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("subject_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["actor_id"], ["users.id"], ondelete="SET NULL",
                                name=op.f("fk_audit_log_actor_id_users")),
        sa.ForeignKeyConstraint(["subject_id"], ["users.id"], ondelete="SET NULL",
                                name=op.f("fk_audit_log_subject_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )  # fmt: skip
    for column in ("at", "actor_id", "subject_id"):
        op.create_index(op.f(f"ix_audit_log_{column}"), "audit_log", [column])


def upgrade() -> None:
    _people_tables()
    users = sa.table(
        "users", sa.column("id", sa.Integer), sa.column("email", sa.String),
        sa.column("name", sa.String), sa.column("role", sa.String), sa.column("lang", sa.String),
        sa.column("disabled", sa.Boolean), sa.column("failed_logins", sa.Integer),
        sa.column("created_at", sa.DateTime),
    )  # fmt: skip
    op.bulk_insert(users, [{
        "id": LOCAL_OWNER_ID, "email": "local@localhost", "name": None, "role": "local",
        "lang": "en", "disabled": False, "failed_logins": 0,
        "created_at": datetime.now(UTC).replace(tzinfo=None),
    }])  # fmt: skip
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        op.execute("SELECT setval(pg_get_serial_sequence('users', 'id'), 1)")
    for table in OWNED:
        # SQLite rebuilds the table (a foreign key, a changed unique constraint): engine.upgrade
        # turns its foreign keys off meanwhile, or dropping the old table would cascade
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("owner_id", sa.Integer(), nullable=False,
                                       server_default=str(LOCAL_OWNER_ID)))  # fmt: skip
            batch.create_foreign_key(
                f"fk_{table}_owner_id_users", "users", ["owner_id"], ["id"], ondelete="CASCADE"
            )
            batch.create_index(f"ix_{table}_owner_id", ["owner_id"])
            if table in PER_OWNER:
                old, _, columns = PER_OWNER[table]
                batch.drop_constraint(old, type_="unique")
                batch.create_unique_constraint(f"uq_{table}_owner_id", columns)
        if postgres:
            for statement in owner_rows(table):
                op.execute(statement)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in reversed(OWNED):
        if postgres:
            for statement in no_owner_rows(table):
                op.execute(statement)
        with op.batch_alter_table(table) as batch:
            if table in PER_OWNER:
                old, columns, _ = PER_OWNER[table]
                batch.drop_constraint(f"uq_{table}_owner_id", type_="unique")
                batch.create_unique_constraint(old, columns)
            batch.drop_index(f"ix_{table}_owner_id")
            batch.drop_constraint(f"fk_{table}_owner_id_users", type_="foreignkey")
            batch.drop_column("owner_id")
    for table in ("audit_log", "login_attempts", "password_resets", "api_tokens",
                  "auth_sessions", "assignments", "users", "institutions"):  # fmt: skip
        op.drop_table(table)
