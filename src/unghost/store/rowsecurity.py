"""The row-level security every owned table has on PostgreSQL, as the migrations write it: the
owner column defaults to the acting user (`app.user_id`, set per transaction), RLS is enabled
and forced (the tables' owner role is held too), and one policy `owner_rows` lets a user see
and write their own rows only.

Migrations call these, so what they produce must never change: a new shape of policy is a new
function here, used by a new migration."""

from __future__ import annotations

# The acting user of the transaction (store/tenancy.py sets it with set_config(..., true)).
ACTING_USER_VALUE = "nullif(current_setting('app.user_id', true), '')::integer"
# in a policy, a sub-select is evaluated once per statement, not once per row
ACTING_USER = f"(SELECT {ACTING_USER_VALUE})"


def owner_rows(table: str, *, default: bool = True) -> tuple[str, ...]:
    """The statements that put `table` under its owners' row-level security (with `default`,
    a new row's owner is the acting user unless given)."""
    return (
        *((f"ALTER TABLE {table} ALTER COLUMN owner_id SET DEFAULT {ACTING_USER_VALUE}",)
          if default else ()),
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
        f"CREATE POLICY owner_rows ON {table} USING (owner_id = {ACTING_USER}) "
        f"WITH CHECK (owner_id = {ACTING_USER})",
    )  # fmt: skip


def no_owner_rows(table: str) -> tuple[str, ...]:
    """What owner_rows did, undone (the default stays: its column may be dropped next)."""
    return (
        f"DROP POLICY owner_rows ON {table}",
        f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY",
        f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY",
    )
