"""The stored caseload counts (0016_caseload_counts) on the real PostgreSQL, through the app
role: after any mix of writes, by any student, on any day, they equal the same counts summed
from every application and read-model row, stale or not."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.integration.test_readmodel import OPS, TODAY, _write

pytestmark = pytest.mark.postgres
MORE = ("refresh", "tomorrow", "forget")  # the read model's own writes


@pytest.fixture(scope="module")
def caseload(migrated, tmp_path_factory):
    """A counsellor with three students: two with a realistic pipeline, one with nothing."""
    import json

    from tests.factories import realistic_document
    from unghost.server import accounts
    from unghost.server.service import utc_now
    from unghost.services.transfer import import_file
    from unghost.web.app import create_app

    app = create_app({"db": migrated.app_url, "today": TODAY.isoformat()}, server=True)
    web = app.state.web
    tag = uuid.uuid4().hex[:6]
    with web.context().transaction() as s:
        place = accounts.find_institution(s) or accounts.add_institution(s, "C", now=utc_now())
        coach = accounts.add_user(s, email=f"coach-{tag}@example.edu", role="counsellor",
                                  institution_id=place.id, now=utc_now())  # fmt: skip
        students = [accounts.add_user(s, email=f"s{i}-{tag}@example.edu", role="student",
                                      institution_id=place.id, now=utc_now())
                    for i in range(3)]  # fmt: skip
        for student in students:
            accounts.assign(s, coach, student, actor_id=None, now=utc_now())
        ids = (coach.id, [st.id for st in students])
    folder = tmp_path_factory.mktemp("caseload-counts")
    for n, student_id in enumerate(ids[1][:2]):
        path = folder / f"seed-{n}.json"
        path.write_text(json.dumps(realistic_document(10, seed=n), ensure_ascii=False), "utf-8")
        import_file(_acting(web, student_id), path)
    yield web, ids[0], ids[1], folder
    web.close()


def _acting(web: Any, user_id: int) -> Any:
    ctx = web.context()
    ctx.owner_id = user_id
    return ctx


def _both(web: Any, coach: int) -> tuple[Any, Any]:
    """The stored counts and the full recount, in one transaction acting as the counsellor."""
    from unghost.server.counsel import flag_rules, long_silence_days
    from unghost.server.service import utc_now
    from unghost.services.readmodel import basis_of
    from unghost.store import caseload as store

    ctx = _acting(web, coach)
    params: dict[str, Any] = {"today": TODAY, "basis": basis_of(ctx),
                              "overdue_days": flag_rules().overdue_business_days,
                              "long_silence": long_silence_days()}  # fmt: skip
    with ctx.transaction() as session:
        assert store.open_caseload(session, coach) == ("counsellor", False)
        stored = store.read_caseload(session, coach, **params, now=utc_now())
        full = store.read_caseload(session, coach, **params, from_rows=True)
    return stored, full


def _write_more(web: Any, op: str, student: int, pick: int) -> None:
    from unghost.services.readmodel import ensure_current
    from unghost.store.readmodel_tables import ReadModelRow

    if op == "refresh":
        ensure_current(_acting(web, student), rows=False)
    elif op == "tomorrow":  # the rows of another day: stale for today's look
        from unghost.bootstrap import build_context

        day = TODAY + timedelta(days=1 + pick % 3)
        later = build_context({"db": web.settings.db, "today": day.isoformat()})
        later.owner_id = student
        try:
            ensure_current(later, rows=False)
        finally:
            later.close()
    elif op == "forget":  # some rows dropped (a write too big to compute in place)
        from sqlalchemy import delete, select

        with _acting(web, student).transaction() as session:
            ids = sorted(session.scalars(select(ReadModelRow.application_id)))[: pick % 4]
            session.execute(delete(ReadModelRow).where(ReadModelRow.application_id.in_(ids)))


def test_a_student_no_write_has_counted_is_counted_by_the_first_look(caseload):
    from unghost.server.counsel import caseload as look

    web, coach, students, _ = caseload
    entries = {e.student["id"]: e for e in look(web.context(), coach)}
    assert set(entries) == set(students)
    assert entries[students[2]].counts.applications == 0
    stored, full = _both(web, coach)
    assert stored.counts == full.counts and stored.stale == full.stale == []


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(st.lists(st.tuples(st.sampled_from(OPS + MORE), st.integers(0, 2), st.integers(0, 200)),
                min_size=1, max_size=6))  # fmt: skip
def test_the_stored_counts_equal_a_full_recount_after_any_writes(caseload, writes):
    web, coach, students, folder = caseload
    for n, (op, who, pick) in enumerate(writes):
        student = students[who]
        if op in MORE:
            _write_more(web, op, student, pick)
        else:
            _write(_acting(web, student), op, pick, Path(folder), n + pick * 100)
        stored, full = _both(web, coach)
        assert stored.counts == full.counts, (op, who)
        assert stored.stale == full.stale, (op, who)
        assert stored.people == full.people


def test_row_level_security_holds_the_stored_counts(caseload, migrated):
    import psycopg

    _, coach, students, _ = caseload

    def count(user: int, opt_in: bool) -> int:
        with psycopg.connect(migrated.app_url) as conn, conn.transaction():
            conn.execute("SELECT set_config('app.user_id', %s, true)", (str(user),))
            if opt_in:
                conn.execute("SELECT set_config('app.caseload', 'on', true)")
            row = conn.execute("SELECT count(*) FROM caseload_counts").fetchone()
            assert row is not None
            return int(row[0])

    assert count(coach, opt_in=True) == 3  # the assigned students' rows, read only
    assert count(coach, opt_in=False) == 0
    assert count(students[0], opt_in=True) == 1  # a student: their own row, no one else's
    with psycopg.connect(migrated.app_url) as conn, conn.transaction():
        conn.execute("SELECT set_config('app.user_id', %s, true)", (str(coach),))
        conn.execute("SELECT set_config('app.caseload', 'on', true)")
        changed = conn.execute("WITH u AS (UPDATE caseload_counts SET offers = 99 "
                               "RETURNING 1) SELECT count(*) FROM u").fetchone()  # fmt: skip
    assert changed == (0,)
    refused = pytest.raises(psycopg.errors.InsufficientPrivilege)  # nor a recount of another
    with refused, psycopg.connect(migrated.app_url) as conn, conn.transaction():
        conn.execute("SELECT set_config('app.user_id', %s, true)", (str(students[0]),))
        conn.execute("SELECT caseload_recount(%s)", (students[1],))


def test_a_look_is_two_statements_and_writes_only_its_audit_entries(caseload):
    from sqlalchemy import event

    from unghost.server.counsel import caseload as look

    web, coach, students, _ = caseload
    ctx = web.context()
    look(ctx, coach)  # the day's rows stored
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(ctx.engine, "before_cursor_execute", record)
    try:
        entries = look(ctx, coach)
    finally:
        event.remove(ctx.engine, "before_cursor_execute", record)
    assert len(entries) == len(students)
    # the acting user goes with the BEGIN (store/tenancy.py begin_as, no statement of its
    # own); check them and opt in; counts, audit and marks in one statement
    assert len(seen) == 2, seen
    assert not [s for s in seen if "app.user_id" in s]
    assert sum("INSERT INTO audit_log" in s for s in seen) == 1
    assert not [s for s in seen if s.split()[0].upper() in ("INSERT", "UPDATE", "DELETE")]


def test_two_writers_of_one_student_leave_both_changes_counted(caseload, migrated):
    """Both commits wait for the student's row (held here); the second to get it counts with
    the first's change committed, so neither change is lost."""
    import threading

    import psycopg

    _, _, students, _ = caseload
    student = students[1]

    def acting(conn: psycopg.Connection) -> None:
        conn.execute("SELECT set_config('app.user_id', %s, true)", (str(student),))

    holder = psycopg.connect(migrated.app_url)
    writers = [psycopg.connect(migrated.app_url) for _ in range(2)]
    try:
        acting(holder)
        ids = [r[0] for r in holder.execute(
            "SELECT id FROM applications WHERE NOT archived AND status <> 'offer' ORDER BY id"
        ).fetchall()[:2]]  # fmt: skip
        assert len(ids) == 2
        holder.execute("SELECT 1 FROM caseload_counts WHERE owner_id = %s FOR UPDATE", (student,))
        for conn, app_id in zip(writers, ids, strict=True):
            acting(conn)
            conn.execute("UPDATE applications SET status = 'offer' WHERE id = %s", (app_id,))
        done = [threading.Thread(target=conn.commit) for conn in writers]
        for thread in done:
            thread.start()
        for thread in done:
            thread.join(0.5)
        assert all(t.is_alive() for t in done)  # each commit waits in its recount
        holder.commit()
        for thread in done:
            thread.join(30)
        acting(holder)
        stored, full = holder.execute(
            "SELECT c.offers, (SELECT count(*) FROM applications a WHERE NOT a.archived "
            "AND a.status = 'offer') FROM caseload_counts c WHERE c.owner_id = %s", (student,)
        ).fetchone()  # fmt: skip
        holder.rollback()
    finally:
        for conn in (holder, *writers):
            conn.close()
    assert stored == full and full >= 2
