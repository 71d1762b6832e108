"""The counsellor side on the real PostgreSQL: caseloads, flags, pipelines, sharing, notes,
outcomes, a student's export and deletion; each person only what is theirs to see."""

from __future__ import annotations

import json
import re
import uuid
from datetime import date

import psycopg
import pytest
from fastapi.testclient import TestClient

from unghost.server import accounts
from unghost.server.service import utc_now

pytestmark = pytest.mark.postgres
PASSWORD = "correct horse battery staple"
TODAY = "2026-11-25"


def _client(app) -> TestClient:
    return TestClient(app, base_url="https://127.0.0.1", follow_redirects=False)


def _csrf(html: str) -> str:
    return re.search(r'name="csrf_token" value="([0-9a-f]+)"', html).group(1)


def _signed_in(app, email: str) -> TestClient:
    client = _client(app)
    csrf = _csrf(client.get("/login").text)
    done = client.post("/login", data={"email": email, "password": PASSWORD, "next": "/account",
                                       "csrf_token": csrf})  # fmt: skip
    assert done.status_code == 303, done.text
    client.headers["X-CSRF-Token"] = _csrf(client.get("/account").text)
    return client


def _api(app, email: str) -> TestClient:
    client = _signed_in(app, email)
    page = client.post("/account/tokens", data={"name": "script"})
    secret = re.search(r'data-testid="new-token">([^<]+)<', page.text).group(1)
    api = _client(app)
    api.headers["Authorization"] = f"Bearer {secret}"
    return api


def _add(app, owner_id: int, ref: str, company: str, **fields) -> None:
    from unghost.domain.records import Application, Company, Role
    from unghost.services.applications import add_application

    ctx = app.state.web.context()
    ctx.owner_id = owner_id
    add_application(ctx, Application(ref=ref, company=Company(company), role=Role("Analyst"),
                                     **fields))  # fmt: skip


@pytest.fixture(scope="module")
def school(migrated):
    """Counsellor `coach` with students `ann` (two applications, one an offer) and `bo`
    (none); counsellor `other` with student `cy`; an admin."""
    from unghost.domain.records import Status
    from unghost.web.app import create_app

    app = create_app({"db": migrated.app_url, "today": TODAY}, server=True)
    tag = uuid.uuid4().hex[:6]
    people = {}
    with app.state.web.context().transaction() as s:
        place = accounts.find_institution(s) or accounts.add_institution(s, "C", now=utc_now())
        for name, role in (
            ("coach", "counsellor"),
            ("other", "counsellor"),
            ("ann", "student"),
            ("bo", "student"),
            ("cy", "student"),
            ("boss", "admin"),
        ):
            user = accounts.add_user(
                s,
                email=f"{name}-{tag}@example.edu",
                role=role,
                institution_id=place.id,
                password=PASSWORD,
                now=utc_now(),
            )
            people[name] = (user.id, user.email)
        get = lambda n: accounts.get_user(s, people[n][0])  # noqa: E731
        for coach, student in (("coach", "ann"), ("coach", "bo"), ("other", "cy")):
            accounts.assign(s, get(coach), get(student), actor_id=None, now=utc_now())
    _add(
        app,
        people["ann"][0],
        "acme-1",
        "Acme Secret",
        status=Status.APPLIED,
        applied_on=date(2026, 9, 1),
        notes="private thoughts of ann",
    )
    _add(
        app,
        people["ann"][0],
        "globex-1",
        "Globex",
        status=Status.OFFER,
        applied_on=date(2026, 10, 1),
    )
    _add(
        app,
        people["cy"][0],
        "initech-1",
        "Initech Hidden",
        status=Status.APPLIED,
        applied_on=date(2026, 11, 1),
    )
    yield app, people
    app.state.web.close()


def _audit(migrated, subject: int, actor: int) -> list[tuple[str, str]]:
    with psycopg.connect(migrated.app_url) as conn:
        return conn.execute("SELECT action, detail FROM audit_log WHERE subject_id = %s "
                            "AND actor_id = %s ORDER BY id", (subject, actor)).fetchall()  # fmt: skip


def test_the_caseload_lists_only_assigned_students_in_counts_and_audits_each(school, migrated):
    app, p = school
    body = _api(app, p["coach"][1]).get("/api/v1/caseload")
    assert body.status_code == 200, body.text
    students = {s["student"]["email"]: s for s in body.json()["students"]}
    assert set(students) == {p["ann"][1], p["bo"][1]}
    ann = students[p["ann"][1]]
    assert (ann["applications"], ann["offers"], ann["waiting"]) == (2, 1, 1)
    assert "offer_awaiting_decision" in {f["flag"] for f in ann["flags"]}
    assert "Acme" not in body.text and "private thoughts" not in body.text
    assert ("read", "caseload") in _audit(migrated, p["ann"][0], p["coach"][0])
    assert ("read", "caseload") in _audit(migrated, p["bo"][0], p["coach"][0])
    page = _signed_in(app, p["coach"][1]).get("/caseload")
    assert page.status_code == 200 and p["ann"][1] in page.text and p["cy"][1] not in page.text
    zh = _signed_in(app, p["coach"][1])
    zh.cookies.set("unghost_lang", "zh")
    assert "您负责的学生" in zh.get("/caseload").text


def test_the_caseload_is_one_query_however_many_students(school):
    from sqlalchemy import event

    from unghost.server.counsel import caseload

    app, p = school
    ctx = app.state.web.context()
    caseload(ctx, p["coach"][0])  # rows of today now stored
    seen: list[str] = []
    engine = ctx.engine

    def count(_conn, _cursor, statement, *_args) -> None:
        if "applications" in statement:
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        entries = caseload(ctx, p["coach"][0])
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(seen) == 1, seen
    assert sorted(e.counts.applications for e in entries) == [0, 2]


def test_needs_attention_says_why_and_a_person_marks_it(school, migrated):
    app, p = school
    coach = _signed_in(app, p["coach"][1])
    page = coach.get("/caseload/attention")
    assert page.status_code == 200 and "1 offer awaiting a decision" in page.text
    done = coach.post(f"/caseload/students/{p['ann'][0]}/flags/offer_awaiting_decision",
                      data={"action": "contacted", "note": "called about the deadline"})  # fmt: skip
    assert done.status_code == 303
    page = coach.get("/caseload/attention")
    assert "Marked contacted" in page.text and "called about the deadline" in page.text
    assert "1 offer awaiting a decision" in page.text  # marked, not decided away
    other = _signed_in(app, p["other"][1])
    refused = other.post(f"/caseload/students/{p['ann'][0]}/flags/offer_awaiting_decision",
                         data={"action": "seen", "note": ""})  # fmt: skip
    assert refused.status_code == 403
    assert ("flag.contacted", "offer_awaiting_decision") in _audit(migrated, p["ann"][0],
                                                                   p["coach"][0])  # fmt: skip


def test_a_pipeline_shows_metadata_and_what_is_shared_only(school, migrated):
    app, p = school
    coach, ann = _api(app, p["coach"][1]), _api(app, p["ann"][1])
    view = coach.get(f"/api/v1/caseload/students/{p['ann'][0]}")
    assert view.status_code == 200, view.text
    apps = {a["ref"]: a for a in view.json()["applications"]}
    assert set(apps) == {"acme-1", "globex-1"} and "notes" not in apps["acme-1"]
    assert apps["acme-1"]["state"] == "waiting" and apps["acme-1"]["silence_business_days"] > 20
    assert "private thoughts" not in view.text
    assert coach.get(f"/api/v1/caseload/students/{p['ann'][0]}/mail").status_code == 403
    assert ("read", "pipeline") in _audit(migrated, p["ann"][0], p["coach"][0])
    assert ann.post("/api/v1/privacy/shares", json={"what": "notes", "on": True}).status_code == 200
    shared = coach.get(f"/api/v1/caseload/students/{p['ann'][0]}")
    assert "private thoughts of ann" in shared.text
    assert ann.post("/api/v1/privacy/shares", json={"what": "mail", "on": True}).status_code == 200
    assert coach.get(f"/api/v1/caseload/students/{p['ann'][0]}/mail").status_code == 200
    for what in ("notes", "mail"):
        ann.post("/api/v1/privacy/shares", json={"what": what, "on": False})
    assert "private thoughts" not in coach.get(f"/api/v1/caseload/students/{p['ann'][0]}").text
    privacy = _signed_in(app, p["ann"][1]).get("/privacy")
    assert privacy.status_code == 200 and p["coach"][1] in privacy.text
    assert "pipeline" in privacy.text and p["other"][1] not in privacy.text


def test_notes_to_a_student_reach_them_and_no_one_else(school):
    app, p = school
    coach = _signed_in(app, p["coach"][1])
    done = coach.post(f"/caseload/students/{p['ann'][0]}/notes",
                      data={"body": "Well done on the offer"})  # fmt: skip
    assert done.status_code == 303
    assert "Well done on the offer" in _signed_in(app, p["ann"][1]).get("/privacy").text
    assert "Well done on the offer" not in _signed_in(app, p["bo"][1]).get("/privacy").text
    refused = _signed_in(app, p["other"][1]).post(f"/caseload/students/{p['ann'][0]}/notes",
                                                 data={"body": "hello"})  # fmt: skip
    assert refused.status_code == 403


def test_outcomes_give_the_rates_per_class_and_a_csv(school):
    app, p = school
    coach = _api(app, p["coach"][1])
    for who, category in (("ann", "employed-full-time"), ("bo", None)):
        done = coach.post(f"/api/v1/caseload/students/{p[who][0]}/outcome",
                          json={"cohort": "2026", "category": category})  # fmt: skip
        assert done.status_code == 200, done.text
    bad = coach.post(f"/api/v1/caseload/students/{p['ann'][0]}/outcome",
                     json={"cohort": "2026", "category": "astronaut"})  # fmt: skip
    assert bad.status_code == 400
    cohorts = coach.get("/api/v1/caseload/outcomes").json()["cohorts"]
    assert [(c["cohort"], c["graduates"], c["known"], c["knowledge_rate"],
             c["career_outcomes_rate"]) for c in cohorts] == [("2026", 2, 1, 0.5, 1.0)]  # fmt: skip
    csv = _signed_in(app, p["coach"][1]).get("/caseload/outcomes.csv")
    assert csv.status_code == 200 and csv.text.splitlines()[1].startswith("2026,2,1,0.5000,1,")
    assert _api(app, p["other"][1]).get("/api/v1/caseload/outcomes").json()["cohorts"] == []
    assert _api(app, p["boss"][1]).get("/api/v1/caseload/outcomes").json()["cohorts"]
    assert _api(app, p["cy"][1]).get("/api/v1/caseload/outcomes").status_code == 403


def test_no_new_route_reaches_a_student_for_another_caseload_or_another_student(school):
    """Every route of the counsellor side naming a student, tried by the counsellor of another
    caseload and by another student: never a success, never a word of the student's data."""
    from fastapi.routing import APIRoute

    from unghost.server.counsel_pages import api_router, router

    app, p = school
    routes = [r for r in (*router.routes, *api_router.routes) if isinstance(r, APIRoute)]
    tried = 0
    for who in ("other", "cy"):
        page, api = _signed_in(app, p[who][1]), _api(app, p[who][1])
        for route in routes:
            if "{student_id}" not in route.path:
                continue
            path = route.path.replace("{student_id}", str(p["ann"][0]))
            path = path.replace("{flag}", "offer_awaiting_decision")
            client = api if path.startswith("/api/") else page
            for method in route.methods - {"HEAD"}:
                kwargs = {}
                if method == "POST":
                    kwargs = ({"json": {"body": "x", "cohort": "2026", "action": "seen"}}
                              if path.startswith("/api/") else
                              {"data": {"body": "x", "cohort": "2026", "action": "seen"}})  # fmt: skip
                answer = client.request(method, path, **kwargs)
                tried += 1
                assert answer.status_code in (403, 404), (who, method, path, answer.status_code)
                assert "Acme" not in answer.text and "Globex" not in answer.text
        for path in ("/caseload", "/caseload/attention", "/api/v1/caseload"):
            client = api if path.startswith("/api/") else page
            answer = client.get(path)
            if who == "cy":
                assert answer.status_code == 403, path
            assert "Acme" not in answer.text and p["ann"][1] not in answer.text
    assert tried >= 16


def test_row_level_security_holds_the_caseload_read_and_the_new_tables(school, migrated):
    _, p = school
    sql = "SELECT a.ref FROM applications a ORDER BY a.ref"

    def rows(user: int, statement: str, caseload: bool = True) -> list[tuple]:
        with psycopg.connect(migrated.app_url) as conn, conn.transaction():
            conn.execute("SELECT set_config('app.user_id', %s, true)", (str(user),))
            if caseload:
                conn.execute("SELECT set_config('app.caseload', 'on', true)")
            return conn.execute(statement).fetchall()

    assert rows(p["coach"][0], sql) == [("acme-1",), ("globex-1",)]
    assert rows(p["coach"][0], sql, caseload=False) == []
    assert rows(p["other"][0], sql) == [("initech-1",)]
    assert rows(p["bo"][0], sql) == []  # a student opting in sees no one
    assert rows(p["coach"][0], "SELECT count(*) FROM readmodel_rows")[0][0] >= 2
    assert rows(p["other"][0], "SELECT count(*) FROM counsellor_notes")[0][0] == 0
    assert rows(p["bo"][0], "SELECT count(*) FROM counsellor_notes WHERE student_id = "
                f"{p['ann'][0]}")[0][0] == 0  # fmt: skip
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        rows(p["other"][0], "INSERT INTO counsellor_notes (counsellor_id, student_id, body, "
             f"created_at) VALUES ({p['other'][0]}, {p['ann'][0]}, 'x', now())")  # fmt: skip
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        rows(p["coach"][0], "INSERT INTO shares (student_id, what, created_at) "
             f"VALUES ({p['ann'][0]}, 'mail', now())")  # fmt: skip
    # the opt-in reads, never writes: a counsellor's update of a student's rows changes none
    changed = rows(p["coach"][0], "WITH u AS (UPDATE applications SET notes = 'x' WHERE "
                   f"owner_id = {p['ann'][0]} RETURNING 1) SELECT count(*) FROM u")  # fmt: skip
    assert changed == [(0,)]


def test_a_student_exports_everything_and_deletes_their_account(school):
    app, p = school
    api = _api(app, p["cy"][1])
    export = api.get("/api/v1/privacy/export")
    assert export.status_code == 200
    document = json.loads(export.text)
    assert document["format"].startswith("unghost/")
    assert [a["ref"] for a in document["applications"]] == ["initech-1"]
    assert "server" in document
    page = _signed_in(app, p["cy"][1])
    wrong = page.post("/privacy/delete", data={"password": "not it at all"})
    assert wrong.status_code == 400
    done = page.post("/privacy/delete", data={"password": PASSWORD})
    assert done.status_code == 303
    with app.state.web.context().reading() as s:
        from unghost.store.people import UserRow

        assert s.get(UserRow, p["cy"][0]) is None
    other = _api(app, p["other"][1]).get("/api/v1/caseload").json()["students"]
    assert other == []


def test_the_counsellor_pages_render_in_both_languages(school):
    app, p = school
    coach = _signed_in(app, p["coach"][1])
    student = coach.get(f"/caseload/students/{p['ann'][0]}")
    assert student.status_code == 200 and "Globex" in student.text
    assert "private thoughts" not in student.text and 'data-testid="pipeline"' in student.text
    assert coach.get(f"/caseload/students/{p['ann'][0]}/mail").status_code == 403
    outcomes = coach.get("/caseload/outcomes")
    assert outcomes.status_code == 200 and "NACE" in outcomes.text
    coach.cookies.set("unghost_lang", "zh")
    assert "阶段" in coach.get(f"/caseload/students/{p['ann'][0]}").text
    assert "知情率" in coach.get("/caseload/outcomes").text
    assert "需要关注" in coach.get("/caseload/attention").text
    ann = _signed_in(app, p["ann"][1])
    ann.cookies.set("unghost_lang", "zh")
    assert "谁能看到我的数据" in ann.get("/privacy").text


def test_retention_deletes_long_disabled_students_with_their_data_and_old_entries(school):
    from datetime import timedelta

    from unghost.server.retention import apply_retention, defaults
    from unghost.store.people import AuditRow, UserRow

    app, _ = school
    web = app.state.web
    with web.context().transaction() as s:
        place = accounts.find_institution(s)
        gone = accounts.add_user(s, email=f"gone-{uuid.uuid4().hex[:6]}@example.edu",
                                 role="student", institution_id=place.id, now=utc_now())  # fmt: skip
        gone_id = gone.id
    _add(app, gone_id, "old-1", "Old Corp")
    later = utc_now() + timedelta(days=defaults()["disabled_account_days"] + 1)
    with web.context().transaction() as s:
        accounts.set_disabled(s, accounts.get_user(s, gone_id), disabled=True, actor_id=None,
                              now=utc_now())  # fmt: skip
        s.add(AuditRow(at=utc_now() - timedelta(days=defaults()["audit_log_days"] + 1),
                       actor_id=None, subject_id=None, action="read", detail="ancient"))  # fmt: skip
    with web.context().transaction() as s:
        counted = apply_retention(s, now=later, apply=False)
    assert counted["disabled_accounts"] >= 1 and counted["audit_entries"] >= 1
    with web.context().transaction() as s:
        assert s.get(UserRow, gone_id) is not None  # counting deletes nothing
        apply_retention(s, now=utc_now(), days={"disabled_account_days": 1}, apply=True)
        assert s.get(UserRow, gone_id) is not None  # disabled today: kept
        apply_retention(s, now=later, apply=True)
    with web.context().reading() as s:
        assert s.get(UserRow, gone_id) is None
        assert not s.query(AuditRow).filter(AuditRow.detail == "ancient").count()
    with psycopg.connect(_superuser_url(app)) as conn:
        assert conn.execute("SELECT count(*) FROM applications WHERE owner_id = %s",
                            (gone_id,)).fetchone()[0] == 0  # fmt: skip


def _superuser_url(app) -> str:
    """The test database as the superuser (row-level security does not hold it)."""
    from sqlalchemy.engine import make_url

    from tests.conftest import PG_URL

    name = make_url(str(app.state.web.engine.url)).database
    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
