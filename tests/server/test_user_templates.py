"""Each server user's own follow-up templates (English and Chinese): edited on
/account/templates, used by their drafts, checked before saving, and nobody else's to see or
change (the pages and row-level security on raw SQL; real PostgreSQL)."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace

import pytest

from tests.server.clients import PASSWORD, post_form, signed_in
from unghost.server import accounts
from unghost.server.service import utc_now

pytestmark = pytest.mark.postgres
MINE = "Subject: Still keen on {{ role }} at {{ company }}\n\nDear {{ recipient.name }},\n\nAnn's own words.\n"
MINE_ZH = "Subject: 关于{{ company }}{{ role }}职位的跟进\n\n{{ recipient.name }}您好：\n\n这是我自己的模板。\n"


@pytest.fixture(scope="module")
def server(migrated, tmp_path_factory):
    from unghost.services.transfer import import_file
    from unghost.web.app import create_app

    app = create_app({"db": migrated.app_url, "today": "2026-11-25"}, server=True)
    web = app.state.web
    with web.context().transaction() as s:
        place = accounts.find_institution(s) or accounts.add_institution(s, "C", now=utc_now())
        users = [accounts.add_user(s, email=f"tpl-{uuid.uuid4().hex[:6]}@example.edu",
                                   role="student", institution_id=place.id, password=PASSWORD,
                                   now=utc_now()) for _ in range(2)]  # fmt: skip
        people = [(u.id, u.email) for u in users]
    folder = tmp_path_factory.mktemp("docs")
    for user_id, email in people:
        doc = {"format": "unghost/v1", "applications": [{
            "ref": "acme-analyst", "company": {"name": "Acme", "domain": "acme.example"},
            "role": {"title": "Data Analyst"}, "applied_on": "2026-09-01",
            "candidate": {"email": email},
            "contacts": [{"name": "Li Wei", "email": "li.wei@acme.example", "role": "recruiter"}],
        }]}  # fmt: skip
        path = folder / f"{user_id}.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        import_file(replace(web.context(), owner_id=user_id), path)
    yield app, people
    web.close()


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


def test_a_student_saves_templates_in_both_languages_and_their_drafts_use_them(server):
    from unghost.services.outbox import make_draft

    app, ((ann_id, ann), (bo_id, _bo)) = server
    client = signed_in(app, ann)
    listing = client.get("/account/templates")
    assert listing.status_code == 200 and "/account/templates/zh/follow-up" in listing.text
    saved = post_form(client, "/account/templates/en/follow-up", text=MINE, action="save")
    assert saved.status_code == 303 and saved.headers["location"].endswith("?saved=1")
    assert post_form(client, "/account/templates/zh/follow-up", text=MINE_ZH,
                 action="save").status_code == 303  # fmt: skip
    page = client.get("/account/templates/en/follow-up")
    assert 'data-testid="template-origin"' in page.text and "Ann&#39;s own words." in page.text
    assert post_form(client, "/account/preferences", **{"from": "Ann Lee <ann@example.edu>"}
                 ).status_code == 303  # fmt: skip

    ann_ctx = _context_of(app, ann_id)
    en = make_draft(ann_ctx, "acme-analyst", "follow-up", "en")
    zh = make_draft(ann_ctx, "acme-analyst", "follow-up", "zh")
    assert en.subject == "Still keen on Data Analyst at Acme" and "Ann's own words." in en.body
    assert "这是我自己的模板。" in zh.body
    # a kind Ann never edited, and Bo's drafts, come from the shipped templates
    from unghost.services.outbox import templates_for

    assert templates_for(ann_ctx).get_source("thank-you", "en").origin == "built-in"
    assert templates_for(_context_of(app, bo_id)).get_source("follow-up", "en").origin == "built-in"


def test_back_to_the_built_in_template(server):
    from unghost.services.outbox import templates_for

    app, (_, (bo_id, bo)) = server
    client = signed_in(app, bo)
    assert post_form(client, "/account/templates/en/check-in", text=MINE, action="save"
                 ).status_code == 303  # fmt: skip
    assert templates_for(_context_of(app, bo_id)).get_source("check-in", "en").origin == "user"
    assert post_form(client, "/account/templates/en/check-in", action="reset").status_code == 303
    assert templates_for(_context_of(app, bo_id)).get_source("check-in", "en").origin == "built-in"


@pytest.mark.parametrize(("text", "says"), [
    ("Subject: Hi {{ salary }}\n\nbody\n", "undefined"),
    ("no subject line\n\nbody\n", "Subject"),
    ("Subject: x\n\n{% include 'other.j2' %}\n", "include"),
    ("Subject: x\n\n" + "a" * 20001, "longer than 20000"),
])  # fmt: skip
def test_a_template_that_cannot_draft_is_refused_and_not_saved(server, text, says):
    from unghost.services.outbox import templates_for

    app, (_, (bo_id, bo)) = server
    client = signed_in(app, bo)
    refused = post_form(client, "/account/templates/en/close-the-loop", text=text, action="save")
    assert refused.status_code == 422 and 'data-testid="error-text"' in refused.text
    assert says.lower() in refused.text.lower()
    origin = templates_for(_context_of(app, bo_id)).get_source("close-the-loop", "en").origin
    assert origin == "built-in"


def test_hostile_html_in_a_template_is_escaped_on_the_page(server):
    app, (_, (_bo_id, bo)) = server
    client = signed_in(app, bo)
    hostile = 'Subject: <img src=x onerror=alert(1)>\n\n<script>alert("x")</script>\n'
    assert post_form(client, "/account/templates/en/thank-you", text=hostile, action="save"
                 ).status_code == 303  # fmt: skip
    page = client.get("/account/templates/en/thank-you").text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert" in page and "&lt;img src=x onerror=alert(1)&gt;" in page


def test_only_the_shipped_kinds_and_languages_exist(server):
    app, ((_, ann), _) = server
    client = signed_in(app, ann)
    assert client.get("/account/templates/fr/follow-up").status_code == 404
    assert client.get("/account/templates/en/my-own-kind").status_code == 404
    assert post_form(client, "/account/templates").status_code == 405
    assert client.get("/templates").status_code == 404  # the laptop's folder pages stay off


def test_nobody_sees_or_changes_another_students_templates(server, migrated):
    import psycopg

    from unghost.store.user_templates import UserTemplateRow

    app, ((ann_id, ann), (bo_id, bo)) = server
    ann_client, bo_client = signed_in(app, ann), signed_in(app, bo)
    assert post_form(ann_client, "/account/templates/en/contact-update", text=MINE, action="save"
                 ).status_code == 303  # fmt: skip
    assert "Ann&#39;s own words." not in bo_client.get("/account/templates/en/contact-update").text
    # Bo's reset removes Bo's row only
    assert post_form(bo_client, "/account/templates/en/contact-update", action="reset"
                 ).status_code == 303  # fmt: skip
    assert "Ann&#39;s own words." in ann_client.get("/account/templates/en/contact-update").text

    def rows(user_id, sql, *args):
        with psycopg.connect(migrated.app_url.replace("postgresql+psycopg", "postgresql")) as c:
            c.execute("SELECT set_config('app.user_id', %s, true)", (str(user_id),))
            return c.execute(sql, args).fetchall()

    table = UserTemplateRow.__tablename__
    assert {r[0] for r in rows(bo_id, f"SELECT owner_id FROM {table}")} <= {bo_id}
    assert ann_id in {r[0] for r in rows(ann_id, f"SELECT owner_id FROM {table}")}
    assert rows(bo_id, f"UPDATE {table} SET text = 'x' WHERE owner_id = %s RETURNING id",
                ann_id) == []  # fmt: skip
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        rows(bo_id, f"INSERT INTO {table} (owner_id, lang, kind, text, updated_at) "
                    "VALUES (%s, 'en', 'thank-you', 'x', now())", ann_id)  # fmt: skip
