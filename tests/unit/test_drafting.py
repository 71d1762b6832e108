"""Drafts from applications: the recipient, natural dates and stages, threading, corrections."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.outboxfixtures.apps import PLACES, TODAY, UTC, add_thread, make_application, make_sender
from unghost.domain.outbox import OutboxState
from unghost.domain.records import Contact, Interview, MessageKind
from unghost.drafting.context import Correction, choose_recipient, find_interview
from unghost.drafting.draft import make_draft, parse_recipient
from unghost.drafting.tables import load_drafting_tables
from unghost.drafting.templates import Templates
from unghost.drafting.wording import describe_stage, format_date, parse_lang, pick_note
from unghost.errors import InvalidInputError
from unghost.mail.compose import compose_message

TABLES = load_drafting_tables()
TEMPLATES = Templates()
KINDS = ["thank-you", "follow-up", "check-in", "close-the-loop", "contact-update"]


# -- wording ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("day", "lang", "expected"),
    [
        (date(2026, 9, 28), "en", "Monday 28 September"),
        (date(2026, 9, 28), "zh", "9月28日（周一）"),
        (date(2027, 1, 3), "en", "Sunday 3 January 2027"),
        (date(2027, 1, 3), "zh", "2027年1月3日（周日）"),
    ],
)
def test_dates_are_written_naturally(day: date, lang: str, expected: str) -> None:
    assert format_date(day, lang, date(2026, 10, 1), TABLES) == expected


@pytest.mark.parametrize(
    ("stage", "en", "zh"),
    [
        ("onsite", "on-site interview", "现场面试"),
        ("Phone Screen", "phone screen", "电话初筛"),
        ("final_round", "final interview", "终面"),
        ("终面", "final interview", "终面"),
        ("二面", "second-round interview", "二面"),
        ("culture-fit", "culture fit interview", "面试"),
        ("case interview", "case interview", "面试"),
        ("群面", "interview", "群面"),
        (None, "interview", "面试"),
    ],
)
def test_stages_read_as_noun_phrases(stage: str | None, en: str, zh: str) -> None:
    assert describe_stage(stage, "en", TABLES) == en
    assert describe_stage(stage, "zh", TABLES) == zh


@pytest.mark.parametrize(
    ("notes", "lang", "expected"),
    [
        ("We discussed the new churn dashboard. Manager keen.", "en", "the new churn dashboard"),
        ("Talked about: Airflow migration", "en", "Airflow migration"),
        ("- The on-call rotation\n- salary", "en", "the on-call rotation"),
        ("\n\n  Python take-home review!!", "en", "Python take-home review"),
        ("Node.js and v2.0 of the API. Then lunch.", "en", "Node.js and v2.0 of the API"),
        ("聊了用户流失看板的改版。面试官很友好。", "zh", "用户流失看板的改版"),
        ("话题：数据仓库迁移", "zh", "数据仓库迁移"),
        ("", "en", None),
        (None, "zh", None),
    ],
)
def test_a_note_line_fits_the_sentence(notes: str | None, lang: str, expected: str | None) -> None:
    assert pick_note(notes, lang, TABLES) == expected


def test_a_long_note_is_cut_at_a_word() -> None:
    note = pick_note("the " + "data platform " * 40, "en", TABLES)
    assert note is not None and len(note) <= TABLES.note_chars and note.endswith("platform")


@pytest.mark.parametrize(
    ("typed", "lang"), [("en", "en"), ("EN-us", "en"), ("zh_CN", "zh"), ("zh-Hans", "zh")]
)
def test_languages_as_people_type_them(typed: str, lang: str) -> None:
    assert parse_lang(typed, TABLES) == lang


# -- recipients -------------------------------------------------------------------------------
def app_with(contacts: list[Contact], interviewers: list[str]):  # type: ignore[no-untyped-def]
    app = make_application(1)
    app.contacts = contacts
    app.interviews[0].interviewers = interviewers
    return app


def test_a_thank_you_goes_to_the_interviewer_when_their_address_is_known() -> None:
    app = app_with(
        [
            Contact(name="Jordan Lee", email="jordan@acme.example", role="Talent Acquisition"),
            Contact(name="SAM  patel", email="sam@acme.example", role="Engineering Manager"),
        ],
        ["Sam Patel"],
    )
    interview = find_interview(app, TODAY)
    assert choose_recipient(app, "thank-you", interview, TABLES).email == "sam@acme.example"
    assert choose_recipient(app, "follow-up", interview, TABLES).email == "jordan@acme.example"


def test_roles_in_chinese_pick_the_recruiter() -> None:
    app = app_with(
        [
            Contact(name="张敏", email="zhang.min@acme.example", role="部门经理"),
            Contact(name="李伟", email="li.wei@acme.example", role="招聘专员"),
        ],
        [],
    )
    chosen = choose_recipient(app, "follow-up", None, TABLES)
    assert (chosen.name, chosen.group) == ("李伟", "recruiter")
    assert chosen.formatted == "李伟 <li.wei@acme.example>"


def test_any_contact_with_an_email_is_better_than_none() -> None:
    app = app_with([Contact(name=None, email="jobs@acme.example", role="careers inbox")], [])
    chosen = choose_recipient(app, "thank-you", None, TABLES)
    assert (chosen.email, chosen.formatted, chosen.group) == (
        "jobs@acme.example",
        "jobs@acme.example",
        "other",
    )


def test_no_contact_with_an_email_is_a_clear_error() -> None:
    app = app_with([Contact(name="Jordan Lee", email="not-an-address", role="recruiter")], [])
    with pytest.raises(InvalidInputError, match="no contact with an email address") as caught:
        make_draft(app, "follow-up", "en", make_sender("en"), TODAY, TEMPLATES)
    assert caught.value.hint and "contacts" in caught.value.hint


def test_the_user_may_name_the_recipient_and_copies() -> None:
    app = make_application(2)
    draft = make_draft(
        app,
        "follow-up",
        "en",
        make_sender("en"),
        TODAY,
        TEMPLATES,
        to='"Lee, Jordan" <jordan@acme.example>',
        cc=["boss@acme.example"],
    )
    assert draft.to == '"Lee, Jordan" <jordan@acme.example>' and draft.cc == ("boss@acme.example",)
    assert "Dear Lee, Jordan," in draft.body
    with pytest.raises(InvalidInputError, match="line break"):
        parse_recipient("a@b.example\r\nBcc: x@y.example")
    with pytest.raises(InvalidInputError, match="not an email address"):
        parse_recipient("Jordan")


# -- drafts -----------------------------------------------------------------------------------
def test_a_thank_you_needs_an_interview_already_held() -> None:
    app = make_application(3, interviews=0)
    with pytest.raises(InvalidInputError, match="no interview"):
        make_draft(app, "thank-you", "en", make_sender("en"), TODAY, TEMPLATES)
    future = make_application(3)
    future.interviews[0].at = datetime.combine(TODAY + timedelta(days=2), time(10), UTC)
    assert find_interview(future, TODAY) is None
    draft = make_draft(future, "follow-up", "en", make_sender("en"), TODAY, TEMPLATES)
    assert "my application for the" in draft.body


def test_the_latest_interview_held_is_the_one_written_about() -> None:
    app = make_application(4, interviews=3, place=PLACES[1])
    app.interviews[1].stage, app.interviews[2].stage = "technical", "final"
    app.interviews[2].at = datetime.combine(TODAY + timedelta(days=1), time(9), UTC)
    draft = make_draft(app, "thank-you", "en", make_sender("en"), TODAY, TEMPLATES)
    assert "technical interview" in draft.body and "final interview" not in draft.body


def test_a_follow_up_answers_the_thread_of_the_thank_you() -> None:
    app = add_thread(
        make_application(5, place=PLACES[0]), "回复：Re: 感谢面试机会", "<t1@example.com>"
    )
    draft = make_draft(app, "follow-up", "zh", make_sender("zh"), TODAY, TEMPLATES)
    assert draft.in_reply_to == "<t1@example.com>" and draft.references == ("<t1@example.com>",)
    assert draft.subject == "Re: 感谢面试机会"
    assert draft.message_kind is MessageKind.FOLLOW_UP
    fresh = make_draft(app, "contact-update", "zh", make_sender("zh"), TODAY, TEMPLATES)
    assert fresh.in_reply_to is None and "联系方式更正" in fresh.subject


def test_a_passed_decision_date_is_asked_about() -> None:
    app = make_application(6, place=PLACES[1])
    app.interviews[0].decision_expected_on = TODAY - timedelta(days=3)
    body = make_draft(app, "follow-up", "en", make_sender("en"), TODAY, TEMPLATES).body
    assert "You mentioned that you hoped to reach a decision by Sunday 11 October" in body
    body = make_draft(
        app,
        "follow-up",
        "en",
        make_sender("en"),
        TODAY,
        TEMPLATES,
        decision_on=TODAY + timedelta(days=2),
    ).body
    assert "I know you hoped to reach a decision by Friday 16 October" in body


def test_contact_update_finds_what_the_employer_has_wrong() -> None:
    app = make_application(7, place=PLACES[0])
    sender = make_sender("zh")
    draft = make_draft(app, "contact-update", "zh", sender, TODAY, TEMPLATES)
    assert "电话号码：+86 138 0013 8000（而非 +8613800138001）" in draft.body
    assert "邮箱地址" in draft.body  # me@example.com was given, the sender's is different
    assert draft.message_kind is MessageKind.OTHER


def test_contact_update_with_nothing_to_correct_or_given_corrections() -> None:
    app = make_application(8, place=PLACES[1])
    app.candidate.email, app.candidate.phone = "alex.morgan@example.com", "+442079460958"
    sender = make_sender("en")
    with pytest.raises(InvalidInputError, match="nothing to correct"):
        make_draft(app, "contact-update", "en", sender, TODAY, TEMPLATES)
    fix = Correction(
        "link", "https://www.linkedin.com/in/alex-morgan", "linkedin.com/in/alexmorgan"
    )
    body = make_draft(app, "contact-update", "en", sender, TODAY, TEMPLATES, corrections=[fix]).body
    assert (
        "- Profile link: https://www.linkedin.com/in/alex-morgan (not linkedin.com/in/alexmorgan)"
        in body
    )
    with pytest.raises(InvalidInputError, match="cannot correct 'address'"):
        make_draft(
            app,
            "contact-update",
            "en",
            sender,
            TODAY,
            TEMPLATES,
            corrections=[Correction("address", "x")],
        )


def test_a_draft_becomes_an_outbox_entry() -> None:
    draft = make_draft(make_application(9), "check-in", "en", make_sender("en"), TODAY, TEMPLATES)
    now = datetime(2026, 10, 14, 8, tzinfo=UTC)
    entry = draft.to_entry(created_at=now)
    assert (entry.state, entry.message_id, entry.id) == (OutboxState.DRAFT, None, None)
    assert (entry.to, entry.subject, entry.body, entry.kind) == (
        draft.to,
        draft.subject,
        draft.body,
        "check-in",
    )
    assert draft.to_dict()["message_kind"] == "follow-up"


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    kind=st.sampled_from(KINDS),
    lang=st.sampled_from(["en", "zh"]),
    interviews=st.integers(1, 3),
)
def test_any_application_drafts_a_message_that_composes(
    seed: int, kind: str, lang: str, interviews: int
) -> None:
    app = make_application(seed, interviews=interviews)
    sender = make_sender(lang)
    draft = make_draft(app, kind, lang, sender, TODAY, TEMPLATES)
    assert draft.to.endswith(f"@company{seed}.example>")
    assert draft.subject and "\n" not in draft.subject
    assert app.role.title in draft.subject + draft.body
    assert sender.name in draft.body
    entry = draft.to_entry(created_at=datetime(2026, 10, 14, tzinfo=UTC))
    msg = compose_message(entry, sender=f"{sender.name} <{sender.email}>", date=entry.created_at)
    assert msg["Subject"] == draft.subject


def test_an_interview_without_interviewers_still_drafts() -> None:
    app = make_application(10)
    app.interviews = [
        Interview(at=datetime(2026, 10, 12, 9, tzinfo=UTC), stage="video", interviewers=[])
    ]
    body = make_draft(app, "thank-you", "en", make_sender("en"), TODAY, TEMPLATES).body
    assert "video interview on Monday 12 October" in body and "pass on my thanks" not in body
