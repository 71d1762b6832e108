"""The store on SQLite and PostgreSQL: schema at head, records kept exactly, round trip by property."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unghost.domain.records import Application, Company, Direction, Message, MessageKind, Role
from unghost.services.applications import (
    add_application,
    get_application,
    list_applications,
    remove_application,
)
from unghost.services.transfer import export_applications


def test_schema_is_migrated_to_head_and_sqlite_is_tuned(ctx):
    from sqlalchemy import text

    from unghost.store.engine import BUSY_TIMEOUT_S, HEAD, current_revision

    assert current_revision(ctx.engine) == HEAD
    if ctx.engine.dialect.name == "sqlite":
        with ctx.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_S * 1000


def test_time_zones_and_unicode_are_kept(ctx):
    at = datetime(2026, 10, 9, 9, 0, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
    app = Application(
        ref="",
        company=Company("Société Générale", country="FR"),
        role=Role("Ingénieur 数据"),
        messages=[
            Message(
                at=at,
                direction=Direction.RECEIVED,
                kind=MessageKind.OUT_OF_OFFICE,
                return_date=date(2026, 10, 12),
                message_id="<a@b>",
            )
        ],
    )
    added = add_application(ctx, app)
    back = get_application(ctx, added.ref)
    assert back.messages[0].at == at and back.messages[0].at.utcoffset() == at.utcoffset()
    assert back.role.title == "Ingénieur 数据"
    assert get_application(ctx, str(added.id)).ref == added.ref


def test_delete_cascades(ctx):
    added = add_application(ctx, Application(ref="x", company=Company("A"), role=Role("B")))
    remove_application(ctx, added.ref)
    assert list_applications(ctx) == []


_text = (
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30)
    .map(str.strip)
    .filter(bool)
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(_text, _text, st.dates(date(2000, 1, 1), date(2030, 12, 31)), st.booleans()),
        min_size=1,
        max_size=5,
    )
)
def test_import_then_export_is_the_identity(ctx, tmp_path_factory, rows):
    from unghost.bootstrap import build_context
    from unghost.services.transfer import import_file

    docs = {
        "format": "unghost/v1",
        "applications": [
            {
                "ref": f"p{n}",
                "company": {"name": company, "hiring_freeze": flag},
                "role": {"title": title},
                "applied_on": applied.isoformat(),
            }
            for n, (company, title, applied, flag) in enumerate(rows)
        ],
    }
    folder = tmp_path_factory.mktemp("prop")
    first_ctx = build_context({"db": str(folder / "a.db"), "today": "2026-11-25"})
    path = folder / "in.json"
    path.write_text(json.dumps(docs), encoding="utf-8")
    import_file(first_ctx, path)
    out1 = io.StringIO()
    export_applications(first_ctx, out1)
    second = build_context({"db": str(folder / "b.db"), "today": "2027-01-01"})
    path.write_text(out1.getvalue(), encoding="utf-8")
    import_file(second, path)
    out2 = io.StringIO()
    export_applications(second, out2)
    assert out1.getvalue() == out2.getvalue()
    exported = json.loads(out1.getvalue())["applications"]
    assert [a["company"]["name"] for a in exported] == [r[0] for r in rows]
    first_ctx.close()
    second.close()


def test_migrations_build_exactly_the_models(ctx):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from unghost.store.models import Base

    with ctx.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_the_bulk_loader_reads_exactly_what_the_orm_reads(ctx, tmp_path):
    from tests.factories import realistic_document
    from unghost.services.transfer import import_file
    from unghost.store.repository import ApplicationRepository

    path = tmp_path / "apps.json"
    path.write_text(json.dumps(realistic_document(30), ensure_ascii=False), encoding="utf-8")
    import_file(ctx, path)
    with ctx.transaction() as session:
        repo = ApplicationRepository(session)
        fast = repo.load_all()
        orm = sorted(repo.iter_all(), key=lambda a: a.id)
    assert len(fast) == 30 and fast == orm
