"""Import digests: what each application looked like in the file that last imported it, so a
re-import of the same file compares digests instead of merging every application (issue 17).

Each row has an owner like every other table of a workspace; on PostgreSQL the owner defaults
to the transaction's `app.user_id` and row-level security (enabled and forced) shows only that
user's rows (0008_server, 0010_readmodel_owner).

Revision ID: 0012_import_digests
Revises: 0010_readmodel_owner
"""

import sqlalchemy as sa
from alembic import op

from unghost.store.rowsecurity import ACTING_USER_VALUE, owner_rows

revision = "0012_import_digests"
down_revision = "0010_readmodel_owner"
branch_labels = None
depends_on = None

LOCAL_OWNER_ID = 1


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "import_digests",
        sa.Column("owner_id", sa.Integer(), nullable=False,
                  server_default=sa.text(ACTING_USER_VALUE) if postgres else str(LOCAL_OWNER_ID)),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"], ondelete="CASCADE",
                                name="fk_import_digests_application_id_applications"),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], ondelete="CASCADE",
                                name="fk_import_digests_owner_id_users"),
        sa.PrimaryKeyConstraint("application_id", "digest", name="pk_import_digests"),
    )  # fmt: skip
    op.create_index("ix_import_digests_owner_id", "import_digests", ["owner_id"])
    if postgres:
        for statement in owner_rows("import_digests", default=False):
            op.execute(statement)


def downgrade() -> None:
    op.drop_index("ix_import_digests_owner_id", table_name="import_digests")
    op.drop_table("import_digests")
