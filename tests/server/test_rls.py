"""Row-level security on the real PostgreSQL: the app role sees only the acting user's rows."""

from __future__ import annotations

from datetime import UTC, datetime

import psycopg
import pytest

from unghost.domain.records import Application, Company, Contact, Role

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def two_students(migrated):
    """Two students of the app role's database, each with an application `acme-1`."""
    from unghost.bootstrap import build_context
    from unghost.services.applications import add_application
    from unghost.store.people import UserRow

    base = build_context({"db": migrated.app_url, "today": "2026-11-25"})
    ids = []
    with base.transaction() as session:  # users are not rows of a workspace: no RLS
        for email in ("ann@example.edu", "bo@example.edu"):
            user = UserRow(email=email, role="student", lang="en", disabled=False,
                           failed_logins=0, created_at=datetime.now(UTC))  # fmt: skip
            session.add(user)
            session.flush()
            ids.append(user.id)
    for user_id, company in zip(ids, ("Acme", "Acme Ltd"), strict=True):
        ctx = build_context({"db": migrated.app_url, "today": "2026-11-25"})
        ctx.owner_id = user_id
        app = Application(ref="acme-1", company=Company(company), role=Role("Analyst"),
                          contacts=[Contact(name=f"HR of {company}")])  # fmt: skip
        add_application(ctx, app)
        ctx.close()
    base.close()
    return ids


def _rows(url: str, user_id: int | None, sql: str) -> list[tuple]:
    with psycopg.connect(url) as conn, conn.transaction():
        if user_id is not None:
            conn.execute("SELECT set_config('app.user_id', %s, true)", (str(user_id),))
        return conn.execute(sql).fetchall()


def test_raw_sql_through_the_app_role_returns_only_the_acting_users_rows(migrated, two_students):
    ann, bo = two_students
    sql = "SELECT a.ref, c.name FROM applications a JOIN companies c ON c.id = a.company_id"
    assert _rows(migrated.app_url, ann, sql) == [("acme-1", "Acme")]
    assert _rows(migrated.app_url, bo, sql) == [("acme-1", "Acme Ltd")]
    assert _rows(migrated.app_url, ann, "SELECT name FROM contacts") == [("HR of Acme",)]
    for table in ("applications", "companies", "contacts"):  # no user set: nothing at all
        assert _rows(migrated.app_url, None, f"SELECT * FROM {table}") == []


def test_the_owner_role_is_held_too_force(migrated, two_students):
    assert _rows(migrated.owner_url, None, "SELECT * FROM applications") == []


def test_a_row_for_someone_else_is_refused(migrated, two_students):
    ann, bo = two_students
    with psycopg.connect(migrated.app_url) as conn:
        conn.execute("SELECT set_config('app.user_id', %s, true)", (str(ann),))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO companies (name, name_key, funding_pending, hiring_freeze, owner_id)"
                " VALUES ('X', 'x', false, false, %s)", (bo,),
            )  # fmt: skip
    with psycopg.connect(migrated.app_url) as conn:  # nor can a row be given away
        conn.execute("SELECT set_config('app.user_id', %s, true)", (str(ann),))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE applications SET owner_id = %s", (bo,))


def test_the_user_is_set_per_transaction_never_on_the_pooled_connection(migrated, two_students):
    ann, _ = two_students
    with psycopg.connect(migrated.app_url) as conn:
        with conn.transaction():
            conn.execute("SELECT set_config('app.user_id', %s, true)", (str(ann),))
            assert conn.execute("SELECT count(*) FROM applications").fetchone() == (1,)
        # the next transaction on the same connection starts as nobody
        assert conn.execute("SELECT count(*) FROM applications").fetchone() == (0,)


def test_the_app_role_cannot_change_the_schema_or_its_version(migrated, two_students):
    refused = pytest.raises(psycopg.errors.InsufficientPrivilege)
    with psycopg.connect(migrated.app_url) as conn, refused:
        conn.execute("ALTER TABLE applications DISABLE ROW LEVEL SECURITY")
    refused = pytest.raises(psycopg.errors.InsufficientPrivilege)
    with psycopg.connect(migrated.app_url) as conn, refused:
        conn.execute("UPDATE alembic_version SET version_num = 'x'")


def test_the_server_refuses_a_role_rls_would_not_hold(migrated, two_students):
    from unghost.errors import StorageError
    from unghost.server.database import check_app_engine
    from unghost.store.engine import open_engine

    app = open_engine(migrated.app_url, migrate=False)
    owner = open_engine(migrated.owner_url, migrate=False)
    try:
        check_app_engine(app)
        with pytest.raises(StorageError, match="owner of the tables"):
            check_app_engine(owner)
    finally:
        app.dispose()
        owner.dispose()


def test_every_workspace_table_is_forced_with_a_policy(migrated, two_students):
    from unghost.store.models import Base, Owned

    owned = {m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, Owned)}
    rows = _rows(
        migrated.owner_url, None,
        "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, count(p.polname)"
        " FROM pg_class c LEFT JOIN pg_policy p ON p.polrelid = c.oid"
        " WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace"
        " GROUP BY c.relname, c.relrowsecurity, c.relforcerowsecurity",
    )  # fmt: skip
    secured = {name for name, enabled, forced, policies in rows if enabled and forced and policies}
    between = {"counsellor_notes", "attention_marks", "shares", "outcomes"}
    assert owned | between <= secured, (owned | between) - secured


def test_the_laptop_on_postgresql_as_the_tables_owner_still_works(migrated, tmp_path):
    """A laptop user with UNGHOST_DB on their own PostgreSQL owns the tables: FORCE holds
    them too, and every transaction acting for the local owner still sees their rows,
    bulk imports (Core inserts) included."""
    import io
    import json

    from tests.factories import realistic_document
    from unghost.bootstrap import build_context
    from unghost.services.applications import add_application, get_application, list_applications
    from unghost.services.transfer import export_applications, import_file

    ctx = build_context({"db": migrated.owner_url, "today": "2026-11-25"})
    try:
        add_application(ctx, Application(ref="laptop-1", company=Company("Umbrella"),
                                          role=Role("Analyst")))  # fmt: skip
        path = tmp_path / "apps.json"
        path.write_text(json.dumps(realistic_document(5), ensure_ascii=False), encoding="utf-8")
        import_file(ctx, path)
        refs = {s.ref for s in list_applications(ctx)}
        assert "laptop-1" in refs and len(refs) == 6
        assert get_application(ctx, "laptop-1").company.name == "Umbrella"
        out = io.StringIO()
        export_applications(ctx, out)
        assert len(json.loads(out.getvalue())["applications"]) == 6
    finally:
        ctx.close()
    assert _rows(migrated.owner_url, 1, "SELECT count(*) FROM applications") == [(6,)]
