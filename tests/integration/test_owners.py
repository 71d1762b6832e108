"""Every row has an owner: refs and mail keys unique per owner, each owner's reads scoped."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import func, select

from unghost.domain.records import Application, Company, Role
from unghost.services.applications import add_application, get_application, list_applications
from unghost.store.models import ApplicationRow, Base, ContactRow, Owned
from unghost.store.people import LOCAL_OWNER_ID, UserRow


def _second_owner(ctx) -> object:
    with ctx.transaction() as session:
        user = UserRow(email="student@example.edu", role="student", lang="en",
                       disabled=False, failed_logins=0, created_at=datetime.now(UTC))  # fmt: skip
        session.add(user)
        session.flush()
        user_id = user.id
    return replace(ctx, owner_id=user_id)


def _app(ref: str, company: str) -> Application:
    return Application(ref=ref, company=Company(company), role=Role("Analyst"))


def test_the_local_owner_owns_what_the_laptop_writes(ctx):
    add_application(ctx, _app("acme-1", "Acme"))
    with ctx.reading() as session:
        owners = set(session.scalars(select(ApplicationRow.owner_id)))
        local = session.get(UserRow, LOCAL_OWNER_ID)
    assert owners == {LOCAL_OWNER_ID}
    assert local is not None and local.role == "local" and local.password_hash is None


def test_two_owners_keep_the_same_ref_and_see_only_their_own(ctx):
    other = _second_owner(ctx)
    add_application(ctx, _app("acme-1", "Acme"))
    add_application(other, _app("acme-1", "Acme Ltd"))
    add_application(other, _app("globex-1", "Globex"))
    assert get_application(ctx, "acme-1").company.name == "Acme"
    assert get_application(other, "acme-1").company.name == "Acme Ltd"
    assert [s.ref for s in list_applications(ctx)] == ["acme-1"]
    assert sorted(s.ref for s in list_applications(other)) == ["acme-1", "globex-1"]
    with ctx.reading() as session:
        assert session.scalar(select(func.count()).select_from(ApplicationRow)) == 1
        # a join and a relationship load are scoped too: the contacts of others never show
        assert session.scalar(select(func.count(ContactRow.id))) == 0


def test_an_id_of_someone_else_is_not_found(ctx):
    import pytest

    from unghost.errors import NotFoundError

    other = _second_owner(ctx)
    theirs = add_application(other, _app("globex-1", "Globex"))
    with pytest.raises(NotFoundError):
        get_application(ctx, str(theirs.id))


def test_every_table_of_a_workspace_has_an_owner():
    people = {"users", "institutions", "assignments", "auth_sessions", "api_tokens",
              "password_resets", "login_attempts", "audit_log", "user_preferences"}  # fmt: skip
    # between two people (row-level security by party, tests/server/test_caseload.py)
    people |= {"counsellor_notes", "attention_marks", "shares", "outcomes"}
    for table in Base.metadata.sorted_tables:
        if table.name in people:
            continue
        assert "owner_id" in table.c, f"{table.name} has no owner: derive its model from Owned"
    owned = {m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, Owned)}
    assert owned == {t.name for t in Base.metadata.sorted_tables} - people
    # the caseload's stored counts are a student's own derived row, like the read model's
    assert "caseload_counts" in owned
    for table in Base.metadata.sorted_tables:  # every owner's rows found by an index
        if table.name in owned:
            assert f"ix_{table.name}_owner_id" in {i.name for i in table.indexes}, table.name


def test_an_older_database_is_the_local_owners_after_the_upgrade(db_url):
    """0008 rebuilds tables on SQLite: no child row may be lost to a cascade meanwhile."""
    from sqlalchemy import text

    from unghost.store.engine import HEAD, current_revision, open_engine, upgrade

    engine = open_engine(db_url, migrate=False)
    try:
        upgrade(engine, "0006_record")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO companies (id, name, name_key, funding_pending, hiring_freeze) "
                    "VALUES (1, 'Acme', 'acme', false, false)"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO applications (id, ref, company_id, title, title_key, status, extra,"
                    " created_at, updated_at, version, tags, archived) VALUES (1, 'acme-1', 1, 'A',"
                    " 'a', 'applied', '{}', '2026-01-01', '2026-01-01', 1, '[]', false)"
                )
            )
            conn.execute(
                text("INSERT INTO contacts (application_id, position, name) VALUES (1, 0, 'Ann')")
            )
            conn.execute(
                text(
                    "INSERT INTO mail_messages (id, source_key, content_hash, to_addrs, in_reply_to,"
                    ' "references", label, confidence, signals, attachments, imported_at,'
                    " utc_offset_min, application_id) VALUES (1, 'k', 'h', '[]', '[]', '[]',"
                    " 'other', 0, '[]', '[]', '2026-01-01', 0, 1)"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO proposals (application_id, mail_message_id, kind, summary, state,"
                    " created_at) VALUES (1, 1, 'status', 's', 'pending', '2026-01-01')"
                )
            )
        upgrade(engine)
        assert current_revision(engine) == HEAD
        with engine.connect() as conn:
            for table in ("companies", "applications", "contacts", "mail_messages", "proposals"):
                owners = conn.execute(text(f"SELECT owner_id FROM {table}")).scalars().all()
                assert owners == [LOCAL_OWNER_ID], table
    finally:
        engine.dispose()


def test_bulk_updates_and_deletes_touch_only_the_acting_users_rows(ctx):
    from sqlalchemy import delete, update

    from unghost.store.models import CompanyRow

    other = _second_owner(ctx)
    add_application(ctx, _app("acme-1", "Acme"))
    add_application(other, _app("globex-1", "Globex"))
    with other.transaction() as session:
        session.execute(update(CompanyRow).values(industry="tech"))
        session.execute(delete(ContactRow))
    with ctx.transaction() as session:
        assert session.execute(update(CompanyRow).values(industry="retail")).rowcount == 1
    with other.reading() as session:
        assert set(session.scalars(select(CompanyRow.industry))) == {"tech"}
    with ctx.reading() as session:
        assert set(session.scalars(select(CompanyRow.industry))) == {"retail"}


def test_each_owner_keeps_their_own_template_of_the_same_kind(ctx):
    from unghost.services.outbox import templates_for
    from unghost.store.user_templates import delete_template, load_templates, save_template

    other = _second_owner(ctx)
    now = datetime.now(UTC)
    text = "Subject: {{ role }}\n\nTheirs.\n"
    with other.transaction() as session:
        save_template(session, "en", "follow-up", text, now=now)
    with ctx.transaction() as session:  # the same language and kind: unique per owner only
        save_template(session, "en", "follow-up", "Subject: x\n\nMine.\n", now=now)
    with other.reading() as session:
        assert load_templates(session) == {("en", "follow-up"): text}
    assert templates_for(other).get_source("follow-up", "en").text == text
    with ctx.transaction() as session:
        assert delete_template(session, "en", "follow-up")
    with other.reading() as session:
        assert load_templates(session) == {("en", "follow-up"): text}  # theirs is kept


def test_each_owner_keeps_their_own_wait_entries(ctx):
    """The read model's wait entries are kept in buckets named alike for every owner: one
    owner's write rewrites their own buckets and never another's."""
    from datetime import date

    from unghost.services.applications import LogEntry, log_event
    from unghost.services.readmodel import ensure_current
    from unghost.store.readmodel_rows import load_waits

    other = _second_owner(ctx)
    for owner, refs in ((ctx, ("acme-1", "acme-2")), (other, ("globex-1",))):
        for ref in refs:
            app = _app(ref, ref.split("-")[0].title())
            add_application(owner, replace(app, applied_on=date(2026, 11, 2)))
        ensure_current(owner)

    def waits(owner: object) -> set[int]:
        with owner.reading() as session:  # type: ignore[attr-defined]
            return set(load_waits(session))

    mine, theirs = waits(ctx), waits(other)
    assert len(mine) == 2 and len(theirs) == 1 and not mine & theirs
    log_event(ctx, "acme-1", LogEntry(note="called them"))
    log_event(other, "globex-1", LogEntry(note="wrote to them"))
    assert waits(ctx) == mine and waits(other) == theirs
