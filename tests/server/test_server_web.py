"""The server's web app on the real PostgreSQL: sign-in required, each person their own data."""

from __future__ import annotations

import re
import uuid

import pytest
from fastapi.testclient import TestClient

from unghost.server import accounts
from unghost.server.service import utc_now

pytestmark = pytest.mark.postgres
PASSWORD = "correct horse battery staple"
COOKIE = "__Host-unghost-session"


@pytest.fixture(scope="module")
def server(migrated):
    from unghost.web.app import create_app

    app = create_app({"db": migrated.app_url, "today": "2026-11-25"}, server=True)
    with app.state.web.context().transaction() as s:
        place = accounts.find_institution(s) or accounts.add_institution(s, "C", now=utc_now())
        emails = []
        for role in ("student", "student", "counsellor"):
            user = accounts.add_user(s, email=f"{role}-{uuid.uuid4().hex[:6]}@example.edu",
                                     role=role, institution_id=place.id, password=PASSWORD,
                                     now=utc_now())  # fmt: skip
            emails.append(user.email)
    yield app, emails
    app.state.web.close()


def _client(app) -> TestClient:
    return TestClient(app, base_url="https://127.0.0.1", follow_redirects=False)


def _csrf(html: str) -> str:
    return re.search(r'name="csrf_token" value="([0-9a-f]+)"', html).group(1)


def _signed_in(app, email: str) -> TestClient:
    client = _client(app)
    csrf = _csrf(client.get("/login").text)
    done = client.post("/login", data={"email": email, "password": PASSWORD, "next": "/board",
                                       "csrf_token": csrf})  # fmt: skip
    assert done.status_code == 303 and done.headers["location"] == "/board", done.text
    return client


def test_nothing_is_served_without_signing_in(server):
    app, _ = server
    client = _client(app)
    page = client.get("/applications")
    assert page.status_code == 303 and page.headers["location"] == "/login?next=/applications"
    api = client.get("/api/v1/applications")
    assert api.status_code == 401 and api.json()["ok"] is False
    bad = client.get("/api/v1/applications", headers={"Authorization": "Bearer ugt_nope"})
    assert bad.status_code == 401
    assert client.get("/login").status_code == 200


def test_the_session_cookie_is_host_prefixed_httponly_secure_and_samesite(server):
    app, (ann, *_) = server
    client = _client(app)
    csrf = _csrf(client.get("/login").text)
    done = client.post("/login", data={"email": ann, "password": PASSWORD, "csrf_token": csrf})
    header = next(v for k, v in done.headers.multi_items()
                  if k == "set-cookie" and v.startswith(COOKIE))  # fmt: skip
    parts = {p.strip().split("=")[0].lower() for p in header.split(";")}
    assert {"httponly", "secure", "path", "samesite"} <= parts and "domain" not in parts
    assert "samesite=lax" in header.lower() and "path=/" in header.lower()
    assert len(header.split(";")[0].split("=", 1)[1]) >= 43


def test_a_wrong_password_is_refused_with_one_message(server):
    app, (ann, *_) = server
    client = _client(app)
    csrf = _csrf(client.get("/login").text)
    refused = client.post("/login", data={"email": ann, "password": "not the password at all",
                                          "csrf_token": csrf})  # fmt: skip
    assert refused.status_code == 401 and 'data-testid="login-refused"' in refused.text
    no_csrf = client.post("/login", data={"email": ann, "password": PASSWORD})
    assert no_csrf.status_code == 403 and COOKIE not in no_csrf.headers.get("set-cookie", "")


def _api(app, email: str) -> TestClient:
    """A client with the user's own API token, made on their account page."""
    client = _signed_in(app, email)
    page = client.post("/account/tokens", data={"name": "script",
                                                "csrf_token": _csrf(client.get("/account").text)})  # fmt: skip
    secret = re.search(r'data-testid="new-token">([^<]+)<', page.text).group(1)
    api = _client(app)
    api.headers["Authorization"] = f"Bearer {secret}"
    return api


def test_each_student_sees_only_their_own_applications(server):
    app, (ann, bo, _) = server
    ann_api, bo_api = _api(app, ann), _api(app, bo)
    made = ann_api.post("/api/v1/applications",
                        json={"company": "Acme", "title": "Analyst", "ref": "acme-1"})  # fmt: skip
    assert made.status_code == 201, made.text
    same_ref = bo_api.post("/api/v1/applications",
                           json={"company": "Globex", "title": "Analyst", "ref": "acme-1"})  # fmt: skip
    assert same_ref.status_code == 201, same_ref.text
    mine = ann_api.get("/api/v1/applications").json()["applications"]
    assert [(a["ref"], a["company"]) for a in mine] == [("acme-1", "Acme")]
    theirs = bo_api.get("/api/v1/applications/acme-1").json()["application"]
    assert theirs["company"]["name"] == "Globex"
    only_ann = ann_api.post("/api/v1/applications",
                            json={"company": "Initech", "title": "Analyst", "ref": "initech-1"})  # fmt: skip
    assert only_ann.status_code == 201
    assert bo_api.get("/api/v1/applications/initech-1").status_code == 404
    board = _signed_in(app, bo).get("/board")
    assert board.status_code == 200 and "Globex" in board.text and "Acme" not in board.text
    page = _signed_in(app, bo).get("/applications/initech-1")
    assert page.status_code == 404


def test_api_tokens_act_for_their_user_and_logout_ends_the_session(server):
    app, (_, bo, _) = server
    client = _signed_in(app, bo)
    csrf = _csrf(client.get("/account").text)
    page = client.post("/account/tokens", data={"name": "script", "csrf_token": csrf})
    secret = re.search(r'data-testid="new-token">([^<]+)<', page.text).group(1)
    api = _client(app)
    listed = api.get("/api/v1/applications", headers={"Authorization": f"Bearer {secret}"})
    assert listed.status_code == 200
    assert all(a["company"] != "Acme" for a in listed.json()["applications"])
    out = client.post("/logout", data={"csrf_token": csrf})
    assert out.status_code == 303
    client.cookies.clear()
    assert client.get("/board").status_code == 303


def test_what_still_reads_one_installs_files_is_not_offered(server):
    app, (ann, *_) = server
    client = _signed_in(app, ann)
    for path in ("/settings", "/settings/mail", "/templates", "/api/v1/settings", "/check"):
        assert client.get(path).status_code == 404, path


def test_users_see_and_end_their_own_sessions_in_the_account_page(server):
    app, (ann, *_) = server
    first, second = _signed_in(app, ann), _signed_in(app, ann)
    page = first.get("/account")
    handles = re.findall(r'data-handle="([0-9a-f]{16})"', page.text)
    assert len(handles) >= 2 and "Sign out there" in page.text
    csrf = _csrf(page.text)
    assert first.post("/account/sessions/end-others", data={"csrf_token": csrf}).status_code == 303
    assert second.get("/board").status_code == 303  # signed out there
    assert first.get("/board").status_code == 200


def test_the_menu_offers_the_account_not_the_install_wide_pages(server):
    app, (ann, *_) = server
    client = _signed_in(app, ann)
    board = client.get("/board").text
    assert 'href="/account"' in board and 'href="/settings"' not in board
    assert 'href="/check"' not in board
    csrf = _csrf(board)
    switched = client.post("/settings/language", data={"lang": "zh", "back": "/account",
                                                       "csrf_token": csrf})  # fmt: skip
    assert switched.status_code == 303
    assert "您的账户" in client.get("/account").text
    visitor = _client(app)
    visitor.cookies.set("unghost_lang", "zh")
    assert "忘记密码" in visitor.get("/login").text


def test_the_apps_cache_of_slow_reads_is_kept_per_user(server):
    from unghost.web.state import ACTING_USER, CACHE_ENTRIES

    app, _ = server
    web = app.state.web
    same_fingerprint = ("2026-11-25", "0", "None")
    for user_id, value in ((2, "ann's board"), (3, "bo's board")):
        token = ACTING_USER.set(user_id)
        try:
            assert web.cached("board", same_fingerprint, lambda v=value: v) == value
        finally:
            ACTING_USER.reset(token)
    token = ACTING_USER.set(2)
    try:
        assert web.cached("board", same_fingerprint, lambda: "recomputed") == "ann's board"
        for n in range(CACHE_ENTRIES + 5):
            web.cached(f"k{n}", same_fingerprint, lambda: 0)
        assert len(web._cache) <= CACHE_ENTRIES
    finally:
        ACTING_USER.reset(token)


def test_a_student_sees_who_else_can_see_their_pipeline(server):
    app, (ann, bo, coach) = server
    with app.state.web.context().transaction() as s:
        accounts.assign(s, accounts.get_user(s, coach), accounts.get_user(s, bo), actor_id=None,
                        now=utc_now())  # fmt: skip
    assert coach in _signed_in(app, bo).get("/account").text
    assert coach not in _signed_in(app, ann).get("/account").text


def test_no_route_with_a_ref_reaches_another_students_application(server):
    """Every page and API route that takes an application's ref, tried by another student:
    never a success, never a word of it, and the application is as it was."""
    import importlib

    from fastapi.routing import APIRoute

    app, (ann, bo, _) = server
    modules = ("api", "api_record", "pages_contacts", "pages_followup", "pages_list",
               "pages_mail", "pages_main", "pages_record", "pages_tools")  # fmt: skip
    routes = [r for m in modules for r in importlib.import_module(f"unghost.web.{m}").router.routes]
    ref = f"secret-{uuid.uuid4().hex[:8]}"
    ann_api = _api(app, ann)
    made = ann_api.post("/api/v1/applications", json={
        "company": "SecretCo", "title": "Quant", "ref": ref,
        "contacts": [{"name": "Hidden Recruiter", "email": "hidden@secretco.example"}],
    })  # fmt: skip
    assert made.status_code == 201, made.text
    before = ann_api.get(f"/api/v1/applications/{ref}").json()
    bo_page, bo_api = _signed_in(app, bo), _api(app, bo)
    csrf = _csrf(bo_page.get("/account").text)
    tried = 0
    for route in routes:
        if not isinstance(route, APIRoute) or "{ref}" not in route.path:
            continue
        path = re.sub(r"\{index[^}]*\}", "0", route.path.replace("{ref}", ref))
        client = bo_api if path.startswith("/api/") else bo_page
        for method in route.methods - {"HEAD"}:
            kwargs = {} if method == "GET" else {"headers": {"X-CSRF-Token": csrf}}
            if method in ("POST", "PUT", "PATCH") and path.startswith("/api/"):
                kwargs["json"] = {}
            answer = client.request(method, path, **kwargs)
            tried += 1
            assert answer.status_code >= 400, (method, path, answer.status_code)
            assert "SecretCo" not in answer.text and "Hidden Recruiter" not in answer.text
    assert tried >= 30
    assert ann_api.get(f"/api/v1/applications/{ref}").json() == before


def test_a_cached_page_is_never_served_to_another_user(server):
    """Two students with an application of the same ref: each sees their own page, Board and
    Today, however the cache was filled, and one's write leaves the other's pages right."""
    app, (ann, bo, _) = server
    ref = f"same-{uuid.uuid4().hex[:6]}"
    ann_api, bo_api = _api(app, ann), _api(app, bo)
    for api, company in ((ann_api, "Ann Corp"), (bo_api, "Bo Industries")):
        made = api.post("/api/v1/applications", json={"company": company, "title": "Analyst",
                                                      "ref": ref, "applied_on": "2026-11-02"})  # fmt: skip
        assert made.status_code == 201, made.text
    ann_web, bo_web = _signed_in(app, ann), _signed_in(app, bo)
    for _ in range(2):  # the second round is served from the cache
        for client, mine, theirs in ((ann_web, "Ann Corp", "Bo Industries"),
                                     (bo_web, "Bo Industries", "Ann Corp")):  # fmt: skip
            for path in (f"/applications/{ref}", "/board", "/today"):
                page = client.get(path)
                assert page.status_code == 200, (path, page.text[:200])
                assert mine in page.text and theirs not in page.text, path
    noted = ann_api.post(f"/api/v1/applications/{ref}/events", json={"note": "ann-only-note"})
    assert noted.status_code == 201, noted.text
    assert "ann-only-note" in ann_web.get(f"/applications/{ref}").text
    bo_page = bo_web.get(f"/applications/{ref}").text
    assert "Bo Industries" in bo_page and "ann-only-note" not in bo_page
