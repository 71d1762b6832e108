"""The counsellor side: notes to students, marks on flags, shares, outcomes; caseload reads.

The four new tables are between people, not one person's workspace, so they have no owner;
on PostgreSQL row-level security (enabled and forced) shows a row only to the people it is
between. A counsellor's caseload dashboard reads its students' applications and read-model
rows in one query: a second, read-only policy on those two tables lets a transaction that
opts in (`set_config('app.caseload', 'on', true)`, transaction-local like `app.user_id`) see
the rows of the students assigned to its user, and nobody else's. Every other transaction is
held to its own user's rows as before.

Revision ID: 0013_caseload
Revises: 0012_import_digests
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_caseload"
down_revision = "0012_import_digests"
branch_labels = None
depends_on = None

ACTING_USER = "(SELECT nullif(current_setting('app.user_id', true), '')::integer)"
ASSIGNED = f"(SELECT a.student_id FROM assignments a WHERE a.counsellor_id = {ACTING_USER})"
ADMIN = (f"EXISTS (SELECT 1 FROM users u WHERE u.id = {ACTING_USER} AND u.role = 'admin'"
         " AND NOT u.disabled)")  # fmt: skip
OPTED_IN = "(SELECT current_setting('app.caseload', true)) = 'on'"  # once per statement
CASELOAD_READ = ("applications", "readmodel_rows")
# table -> (who may read, who may write)
POLICIES = {
    "counsellor_notes": (
        f"student_id = {ACTING_USER} OR counsellor_id = {ACTING_USER}",
        f"counsellor_id = {ACTING_USER} AND student_id IN {ASSIGNED}",
    ),
    "attention_marks": (
        f"student_id = {ACTING_USER} OR counsellor_id = {ACTING_USER}",
        f"counsellor_id = {ACTING_USER} AND student_id IN {ASSIGNED}",
    ),
    "shares": (
        f"student_id = {ACTING_USER} OR student_id IN {ASSIGNED} OR {ADMIN}",
        f"student_id = {ACTING_USER}",
    ),
    "outcomes": (
        f"student_id = {ACTING_USER} OR student_id IN {ASSIGNED} OR {ADMIN}",
        f"student_id = {ACTING_USER} OR student_id IN {ASSIGNED} OR {ADMIN}",
    ),
}


def _user_fk(table: str, column: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ["users.id"], ondelete=ondelete,
                                   name=op.f(f"fk_{table}_{column}_users"))  # fmt: skip


def upgrade() -> None:
    for table in ("counsellor_notes", "attention_marks"):
        extra = ([sa.Column("flag", sa.String(40), nullable=False),
                  sa.Column("action", sa.String(20), nullable=False),
                  sa.Column("note", sa.Text())] if table == "attention_marks"
                 else [sa.Column("body", sa.Text(), nullable=False)])  # fmt: skip
        op.create_table(
            table,
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("counsellor_id", sa.Integer()),
            sa.Column("student_id", sa.Integer(), nullable=False),
            *extra,
            sa.Column("created_at", sa.DateTime(), nullable=False),
            _user_fk(table, "counsellor_id", "SET NULL"),
            _user_fk(table, "student_id", "CASCADE"),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        )  # fmt: skip
        for column in ("counsellor_id", "student_id"):
            op.create_index(op.f(f"ix_{table}_{column}"), table, [column])
    op.create_table(
        "shares",
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("what", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _user_fk("shares", "student_id", "CASCADE"),
        sa.PrimaryKeyConstraint("student_id", "what", name=op.f("pk_shares")),
    )
    op.create_table(
        "outcomes",
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("cohort", sa.String(60), nullable=False),
        sa.Column("category", sa.String(40)),
        sa.Column("recorded_by", sa.Integer()),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        _user_fk("outcomes", "student_id", "CASCADE"),
        _user_fk("outcomes", "recorded_by", "SET NULL"),
        sa.PrimaryKeyConstraint("student_id", name=op.f("pk_outcomes")),
    )
    op.create_index(op.f("ix_outcomes_cohort"), "outcomes", ["cohort"])
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, (read, write) in POLICIES.items():
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY party_read ON {table} FOR SELECT USING ({read})")
        for verb in ("INSERT", "UPDATE", "DELETE"):
            check = "" if verb == "DELETE" else f" WITH CHECK ({write})"
            using = "" if verb == "INSERT" else f" USING ({write})"
            op.execute(f"CREATE POLICY party_{verb.lower()} ON {table} FOR {verb}{using}{check}")
    for table in CASELOAD_READ:
        op.execute(f"CREATE POLICY caseload_read ON {table} FOR SELECT "
                   f"USING ({OPTED_IN} AND owner_id IN {ASSIGNED})")  # fmt: skip


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in CASELOAD_READ:
            op.execute(f"DROP POLICY caseload_read ON {table}")
    for table in ("outcomes", "shares", "attention_marks", "counsellor_notes"):
        op.drop_table(table)
