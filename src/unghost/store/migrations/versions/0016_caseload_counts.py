"""Caseload counts: each student's pipeline summed once per write, not once per look (issue 18).

The caseload page summed every assigned student's applications and read-model rows on each
look: 5,000 rows for 100 students, read past row-level security's OR of two policies. Now
`caseload_counts` holds one row per student: how many applications, waiting, offers, the
newest application date, every overdue and silence value (thresholds are applied by the read,
so data/caseload.toml stays the one place of them), and the bounds of the read-model rows'
`as_of` and `basis` (a read compares them with today's; a missing row or an application
without a read-model row is stale, as before).

On PostgreSQL a deferred constraint trigger on `applications` and `readmodel_rows` recounts
the student at commit, in the transaction that changed them, whatever the write (an edit,
an import, mail, the read model's refresh): `caseload_recount(student)` locks the student's
row first, then sums with a fresh snapshot, so two writers of one student cannot leave the
row without the other's change. Once per student per transaction (`app.caseload_counted`).
A user's deletion cascades to the row; a recount of a user deleted meanwhile does nothing.

The row has an owner like every other table of a workspace: row-level security (enabled and
forced) shows it to the student, and, through the read-only `caseload_read` policy of
0013_caseload, to a transaction of an assigned counsellor that opts in. The laptop (SQLite)
creates the table and never fills it: the caseload is the server's.

Revision ID: 0016_caseload_counts
Revises: 0015_server_identity
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from unghost.store.rowsecurity import ACTING_USER, ACTING_USER_VALUE, owner_rows

revision = "0016_caseload_counts"
down_revision = "0015_server_identity"
branch_labels = None
depends_on = None

ASSIGNED = f"(SELECT a.student_id FROM assignments a WHERE a.counsellor_id = {ACTING_USER})"
OPTED_IN = "(SELECT current_setting('app.caseload', true)) = 'on'"
WATCHED = ("applications", "readmodel_rows")

RECOUNT = """
CREATE FUNCTION caseload_recount(student integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM users WHERE id = student) THEN
        RETURN;  -- deleted in this transaction: its row goes with it
    END IF;
    INSERT INTO caseload_counts (owner_id, applications, waiting, offers, overdue_days,
                                 silences, unread)
    VALUES (student, 0, 0, 0, '{}', '{}', 0) ON CONFLICT (owner_id) DO NOTHING;
    -- one recount of a student at a time; the sum below then sees every committed write
    PERFORM 1 FROM caseload_counts WHERE owner_id = student FOR UPDATE;
    UPDATE caseload_counts c
    SET (applications, waiting, offers, last_applied, most_overdue, overdue_days, silences,
         unread, first_as_of, last_as_of, first_basis, last_basis) = (
        SELECT count(*),
               count(*) FILTER (WHERE r.state = 'waiting'),
               count(*) FILTER (WHERE a.status = 'offer'),
               max(a.applied_on),
               max(r.overdue_business_days),
               coalesce(array_agg(r.overdue_business_days ORDER BY r.overdue_business_days)
                        FILTER (WHERE r.application_id IS NOT NULL), '{}'),
               coalesce(array_agg(r.silence_business_days ORDER BY r.silence_business_days)
                        FILTER (WHERE r.state = 'waiting'
                                AND r.silence_business_days IS NOT NULL), '{}'),
               count(*) FILTER (WHERE r.application_id IS NULL),
               min(r.as_of), max(r.as_of), min(r.basis), max(r.basis)
        FROM applications a
        LEFT JOIN readmodel_rows r ON r.application_id = a.id AND r.owner_id = a.owner_id
        WHERE a.owner_id = student AND NOT a.archived)
    WHERE c.owner_id = student;
END $$
"""
TOUCHED = """
CREATE FUNCTION caseload_counts_touched() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    done text := coalesce(current_setting('app.caseload_counted', true), '');
    who integer;
BEGIN
    FOR who IN SELECT DISTINCT x FROM unnest(ARRAY[
            CASE WHEN TG_OP <> 'INSERT' THEN OLD.owner_id END,
            CASE WHEN TG_OP <> 'DELETE' THEN NEW.owner_id END]) AS x
        WHERE x IS NOT NULL LOOP
        -- deferred: every write of the transaction is done, so one recount per student
        IF position(',' || who || ',' IN done) = 0 THEN
            PERFORM caseload_recount(who);
            done := done || ',' || who || ',';
            PERFORM set_config('app.caseload_counted', done, true);
        END IF;
    END LOOP;
    RETURN NULL;
END $$
"""


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    ints = postgresql.ARRAY(sa.Integer()) if postgres else sa.JSON()
    op.create_table(
        "caseload_counts",
        sa.Column("owner_id", sa.Integer(), nullable=False,
                  server_default=sa.text(ACTING_USER_VALUE) if postgres else "1"),
        sa.Column("applications", sa.Integer(), nullable=False),
        sa.Column("waiting", sa.Integer(), nullable=False),
        sa.Column("offers", sa.Integer(), nullable=False),
        sa.Column("last_applied", sa.Date(), nullable=True),
        sa.Column("most_overdue", sa.Integer(), nullable=True),
        sa.Column("overdue_days", ints, nullable=False),
        sa.Column("silences", ints, nullable=False),
        sa.Column("unread", sa.Integer(), nullable=False),
        sa.Column("first_as_of", sa.Date(), nullable=True),
        sa.Column("last_as_of", sa.Date(), nullable=True),
        sa.Column("first_basis", sa.String(length=64), nullable=True),
        sa.Column("last_basis", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], ondelete="CASCADE",
                                name="fk_caseload_counts_owner_id_users"),
        sa.PrimaryKeyConstraint("owner_id", name="pk_caseload_counts"),
    )  # fmt: skip
    op.create_index("ix_caseload_counts_owner_id", "caseload_counts", ["owner_id"])
    if not postgres:
        return
    for statement in owner_rows("caseload_counts", default=False):
        op.execute(statement)
    op.execute("CREATE POLICY caseload_read ON caseload_counts FOR SELECT "
               f"USING ({OPTED_IN} AND owner_id IN {ASSIGNED})")  # fmt: skip
    op.execute(RECOUNT)
    op.execute(TOUCHED)
    for table in WATCHED:
        op.execute(
            f"CREATE CONSTRAINT TRIGGER caseload_counts AFTER INSERT OR UPDATE OR DELETE ON "
            f"{table} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
            f"EXECUTE FUNCTION caseload_counts_touched()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in WATCHED:
            op.execute(f"DROP TRIGGER caseload_counts ON {table}")
        op.execute("DROP FUNCTION caseload_counts_touched()")
        op.execute("DROP FUNCTION caseload_recount(integer)")
    op.drop_index("ix_caseload_counts_owner_id", table_name="caseload_counts")
    op.drop_table("caseload_counts")
