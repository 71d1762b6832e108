"""The Context a queue job runs in is the person's as their pages see it: the From of their
preferences (which the drafts use) also sends, and their time zone gives their today (real
PostgreSQL)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.server.clients import SERVER_KEY, add_students, server_app
from unghost.server import accounts
from unghost.server.service import utc_now

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def people(migrated):
    # the process's own From must reach nobody
    with server_app(migrated.app_url, UNGHOST_FROM="The Server <noreply@server.example>") as app:
        yield app, [user_id for user_id, _ in add_students(app, "job")]


def _job_context(app, user_id: int):
    from unghost.server.keys import ServerKeys
    from unghost.server.mailboxes import user_context

    return user_context(app.state.web.context(), ServerKeys.from_text(SERVER_KEY), user_id)


def test_a_job_sends_from_the_address_the_person_chose_and_lives_in_their_zone(people):
    from unghost.server.mailboxes import set_mail_account
    from unghost.store.preferences import save_preferences

    app, (ann, bo) = people
    base = app.state.web.context()
    for user_id in (ann, bo):
        set_mail_account(base, _email(app, user_id), imap_url=None,
                         smtp_url="smtp://u@127.0.0.1:2",
                         sender=f"Kept <user{user_id}@example.edu>")  # fmt: skip
    with base.transaction() as s:
        save_preferences(s, ann, {"from": "Ann Lee <ann@example.edu>", "lang": "zh",
                                  "timezone": "Pacific/Kiritimati"}, now=utc_now())  # fmt: skip
    mine = _job_context(app, ann)
    assert mine.settings.get("from") == "Ann Lee <ann@example.edu>"  # as her drafts say
    assert mine.settings.get("lang") == "zh" and mine.owner_id == ann
    assert str(mine.zone) == "Pacific/Kiritimati" and mine.today == date(2026, 11, 25)
    theirs = _job_context(app, bo)  # no preference: the sender kept with the account
    assert theirs.settings.get("from") == f"Kept <user{bo}@example.edu>"
    assert "server.example" not in repr(theirs.settings.values)


def _email(app, user_id: int) -> str:
    with app.state.web.context().reading() as s:
        return accounts.get_user(s, user_id).email
