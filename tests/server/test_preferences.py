"""Each server user's own preferences: from the user_preferences row, never the process's
environment or config file, edited on /account/preferences (real PostgreSQL)."""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient

from tests.server.clients import PASSWORD, post_form, signed_in
from unghost.server import accounts
from unghost.server.service import utc_now

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def server(migrated):
    from unghost.web.app import create_app

    mp = pytest.MonkeyPatch()
    mp.setenv("UNGHOST_FROM", "Process Owner <owner@process.example>")  # must reach nobody
    mp.setenv("UNGHOST_COUNTRY", "DE")
    app = create_app({"db": migrated.app_url, "today": "2026-11-25"}, server=True)
    with app.state.web.context().transaction() as s:
        place = accounts.find_institution(s) or accounts.add_institution(s, "C", now=utc_now())
        users = [accounts.add_user(s, email=f"pref-{uuid.uuid4().hex[:6]}@example.edu",
                                   role="student", institution_id=place.id, password=PASSWORD,
                                   now=utc_now()) for _ in range(2)]  # fmt: skip
        people = [(u.id, u.email) for u in users]
    yield app, people
    app.state.web.close()
    mp.undo()


def _save(client: TestClient, **values: str):
    return post_form(client, "/account/preferences", **values)


def _context_of(app, user_id: int):
    from unghost.store.preferences import load_preferences
    from unghost.web.state import ACTING_PREFERENCES, ACTING_USER

    web = app.state.web
    with web.context().reading() as s:
        prefs = load_preferences(s, user_id)
    a, b = ACTING_USER.set(user_id), ACTING_PREFERENCES.set(prefs)
    try:
        return web.context()
    finally:
        ACTING_PREFERENCES.reset(b)
        ACTING_USER.reset(a)


def test_two_users_see_their_own_preferences(server):
    app, ((ann_id, ann), (bo_id, bo)) = server
    ann_client, bo_client = signed_in(app, ann), signed_in(app, bo)
    done = _save(ann_client, **{"from": "Ann Lee <ANN@example.edu>", "lang": "en",
                                "country": "us", "timezone": "America/New_York"})  # fmt: skip
    assert done.status_code == 303
    assert _save(bo_client, **{"from": "", "lang": "zh", "country": "CN",
                               "timezone": "Asia/Shanghai"}).status_code == 303  # fmt: skip
    ann_ctx, bo_ctx = _context_of(app, ann_id), _context_of(app, bo_id)
    assert ann_ctx.settings.get("from") == "Ann Lee <ann@example.edu>"
    assert ann_ctx.settings.get("country") == "US" and ann_ctx.settings.lang == "en"
    assert str(ann_ctx.zone) == "America/New_York" and ann_ctx.owner_id == ann_id
    assert bo_ctx.settings.get("from") is None  # not the process's UNGHOST_FROM
    assert bo_ctx.settings.get("country") == "CN" and bo_ctx.settings.lang == "zh"
    assert str(bo_ctx.zone) == "Asia/Shanghai"
    page = bo_client.get("/account/preferences")
    assert "个人偏好" in page.text and 'value="CN"' in page.text and "ann@" not in page.text
    page = ann_client.get("/account/preferences")
    assert "Your preferences" in page.text and "ann@example.edu" in page.text


def test_unset_preferences_are_defaults_not_the_process_environment(server, migrated):
    app, _ = server
    with app.state.web.context().transaction() as s:
        place = accounts.find_institution(s)
        fresh = accounts.add_user(s, email=f"pref-{uuid.uuid4().hex[:6]}@example.edu",
                                  role="student", institution_id=place.id, now=utc_now())  # fmt: skip
        fresh_id = fresh.id
    ctx = _context_of(app, fresh_id)
    assert app.state.web.settings.get("from") == "Process Owner <owner@process.example>"
    assert ctx.settings.get("from") is None
    assert ctx.settings.get("country") == "US"  # the setting's default, not UNGHOST_COUNTRY
    assert ctx.settings.model == {}


@pytest.mark.parametrize(
    "bad",
    [{"lang": "fr"}, {"country": "USA"}, {"timezone": "Mars/Olympus"}, {"from": "not an address"}],
)
def test_unusable_preferences_are_refused(server, bad):
    app, ((_, ann), _) = server
    client = signed_in(app, ann)
    done = _save(client, **bad)
    assert done.status_code == 400 and 'data-testid="preferences-error"' in done.text


def test_model_overrides_are_each_users_own(server):
    import json
    from html import unescape

    from unghost.params import load_parameters

    app, ((ann_id, ann), (bo_id, bo)) = server
    ann_client = signed_in(app, ann)
    override = {"hearback": {"phase": {"interview": {"cure_fraction": 0.4}}}}
    done = _save(ann_client, model=json.dumps(override))
    assert done.status_code == 303
    assert _context_of(app, ann_id).settings.model == override
    assert _context_of(app, bo_id).settings.model == {}
    assert load_parameters(override) != load_parameters(None)
    assert '"cure_fraction": 0.4' in unescape(ann_client.get("/account/preferences").text)
    assert '"cure_fraction": 0.4' not in unescape(
        signed_in(app, bo).get("/account/preferences").text
    )
    for bad in ('{"nosuchfile": {}}', "[1, 2]", "{not json"):
        refused = _save(ann_client, model=bad)
        assert refused.status_code == 400, bad
    assert _context_of(app, ann_id).settings.model == override  # the refused ones changed nothing
    assert _save(ann_client, model="").status_code == 303
    assert _context_of(app, ann_id).settings.model == {}


def test_a_server_user_never_gets_the_install_wide_templates_folder(monkeypatch, tmp_path):
    from datetime import date
    from zoneinfo import ZoneInfo

    from unghost.bootstrap import Context
    from unghost.services.outbox import templates_for
    from unghost.settings import load_settings

    monkeypatch.setenv("UNGHOST_HOME", str(tmp_path))
    folder = tmp_path / "templates" / "en"
    folder.mkdir(parents=True)
    (folder / "follow-up.j2").write_text("Subject: the operator's\n\nNot yours.\n", "utf-8")
    settings = load_settings({})
    laptop = Context(settings=settings, today=date(2026, 11, 25), zone=ZoneInfo("UTC"))
    server_user = Context(settings=settings, today=laptop.today, zone=laptop.zone, owner_id=7)
    assert templates_for(laptop).get_source("follow-up", "en").origin == "user"
    assert templates_for(server_user).user_dir is None
    assert "operator" not in templates_for(server_user).get_source("follow-up", "en").text
