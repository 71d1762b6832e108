"""Checking what the recording forms and the API send, field by field; mailto and pasted replies."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from unghost.domain.outbox import OutboxEntry
from unghost.services.followup import mailto_url
from unghost.services.mailread import read_reply
from unghost.services.recordparse import (
    FieldProblems,
    linkedin_url,
    parse_contact,
    parse_interview,
    parse_received,
    parse_sent,
    zone_label,
)

TODAY = date(2026, 10, 20)


def test_interview_time_is_kept_in_its_own_zone_with_daylight_saving() -> None:
    summer = parse_interview({"date": "2026-07-01", "time": "10:00", "zone": "Europe/Paris"}, UTC)
    winter = parse_interview({"date": "2026-12-01", "time": "10:00", "zone": "Europe/Paris"}, UTC)
    assert summer.at.utcoffset() == timedelta(hours=2) and zone_label(summer.at) == "+02:00"
    assert winter.at.utcoffset() == timedelta(hours=1)
    fixed = parse_interview({"date": "2026-10-02", "time": "9:05", "zone": "UTC-5:30"}, UTC)
    assert fixed.at == datetime(2026, 10, 2, 9, 5, tzinfo=timezone(-timedelta(hours=5, minutes=30)))


def test_interview_defaults_and_lists() -> None:
    iv = parse_interview({"date": "2026-10-02", "interviewers": "Li Wei，王芳; Sam\nAna",
                          "candidates_remaining": "3", "format": "video"},
                         ZoneInfo("Asia/Shanghai"))  # fmt: skip
    assert iv.at.hour == 9 and zone_label(iv.at) == "+08:00"
    assert iv.interviewers == ["Li Wei", "王芳", "Sam", "Ana"]
    assert iv.candidates_remaining == 3 and iv.format == "video"


@pytest.mark.parametrize(("values", "field", "code"), [
    ({}, "date", "required"),
    ({"date": "2026-02-30"}, "date", "bad_date"),
    ({"date": "2026-10-02", "time": "24:00"}, "time", "bad_time"),
    ({"date": "2026-10-02", "zone": "Asia/Atlantis"}, "zone", "bad_zone"),
    ({"date": "2026-10-02", "zone": "+15:00"}, "zone", "bad_zone"),
    ({"date": "2026-10-02", "format": "telepathy"}, "format", "bad_choice"),
    ({"date": "2026-10-02", "candidates_remaining": "-2"}, "candidates_remaining", "bad_number"),
    ({"date": "2026-10-02", "decision_on": "next week"}, "decision_on", "bad_date"),
    ({"date": "2026-10-02", "stage": "x" * 61}, "stage", "too_long"),
])  # fmt: skip
def test_interview_refusals(values: dict[str, str], field: str, code: str) -> None:
    with pytest.raises(FieldProblems) as caught:
        parse_interview(values, UTC)
    assert caught.value.fields[field] == code
    assert caught.value.message.startswith(f"{field}: ")


def test_contact_checks_email_phone_and_linkedin() -> None:
    c = parse_contact({"name": "Li Wei", "email": "li.wei@acme.cn", "phone": "138 0013 8000",
                       "linkedin": "https://cn.linkedin.com/in/li-wei-123/?trk=x"}, "CN")  # fmt: skip
    assert c.phone == "138 0013 8000" and c.linkedin == "https://www.linkedin.com/in/li-wei-123"
    with pytest.raises(FieldProblems) as caught:
        parse_contact({"email": "li.wei@acme", "phone": "123", "linkedin": "github.com/x"}, "CN")
    assert caught.value.fields == {"email": "bad_email", "phone": "bad_phone",
                                   "linkedin": "bad_linkedin"}  # fmt: skip
    with pytest.raises(FieldProblems) as caught:
        parse_contact({"role": "recruiter"}, None)
    assert caught.value.fields == {"name": "empty_contact"}
    with pytest.raises(FieldProblems):  # without a region a national number cannot be checked
        parse_contact({"phone": "138 0013 8000"}, None)
    assert linkedin_url("@liwei") == "https://www.linkedin.com/in/liwei"


def test_messages_refuse_the_future_and_other_directions_kinds() -> None:
    sent = parse_sent({"kind": "thank-you", "on": "2026-10-02"}, TODAY, UTC)
    assert sent.at.date() == date(2026, 10, 2) and sent.kind.value == "thank-you"
    with pytest.raises(FieldProblems) as caught:
        parse_sent({"kind": "offer", "on": "2026-10-21"}, TODAY, UTC)
    assert caught.value.fields == {"kind": "bad_choice", "on": "future"}
    got = parse_received({"kind": "out-of-office", "on": "2026-10-19", "return_on": "2026-10-26"},
                         TODAY, UTC)  # fmt: skip
    assert got.return_date == date(2026, 10, 26)
    with pytest.raises(FieldProblems):
        parse_received({"kind": "thank-you", "on": "2026-10-19"}, TODAY, UTC)


def test_a_pasted_reply_with_headers_keeps_its_date_sender_and_id() -> None:
    raw = ("From: Li Wei <li.wei@acme.example>\nTo: alex@example.com\nSubject: Update\n"
           "Date: Thu, 15 Oct 2026 09:30:00 +0800\nMessage-ID: <u1@acme.example>\n\n"
           "Hi Alex, we are still deciding and will get back to you next week.\n")  # fmt: skip
    m = read_reply(raw, today=TODAY, zone=UTC)
    assert m.counterpart == "li.wei@acme.example" and m.message_id == "<u1@acme.example>"
    assert m.at == datetime(2026, 10, 15, 9, 30, tzinfo=timezone(timedelta(hours=8)))
    assert m.subject == "Update" and m.direction.value == "received"


def test_a_pasted_body_only_takes_the_day_given() -> None:
    m = read_reply("您好，我目前不在办公室，将于10月26日返回。", today=TODAY, zone=UTC,
                   on=date(2026, 10, 19))  # fmt: skip
    assert m.at.date() == date(2026, 10, 19) and m.kind.value == "out-of-office"
    assert m.return_date == date(2026, 10, 26)


def test_mailto_carries_subject_and_body_encoded() -> None:
    entry = OutboxEntry(application_ref="a", kind="follow-up", lang="zh", subject="跟进 & 问候",
                        to="Li Wei <li.wei@acme.example>", body="您好\n谢谢",
                        created_at=datetime(2026, 10, 20, tzinfo=UTC))  # fmt: skip
    url = mailto_url(entry)
    assert url.startswith("mailto:li.wei@acme.example?subject=%E8%B7%9F%E8%BF%9B%20%26%20")
    assert "&body=%E6%82%A8%E5%A5%BD%0D%0A%E8%B0%A2%E8%B0%A2" in url


def test_the_kind_the_user_picks_wins_over_the_classifier() -> None:
    from unghost.services.mailread import parse_reply

    text = "Thank you for your time. We have decided not to move forward with your application."
    read = parse_reply(text, {"on": "2026-10-15"}, today=TODAY, zone=UTC)
    assert read.kind.value == "rejection" and read.at.date() == date(2026, 10, 15)
    picked = parse_reply(
        text, {"on": "2026-10-15", "kind": "still-deciding"}, today=TODAY, zone=UTC
    )
    assert picked.kind.value == "still-deciding"
    with pytest.raises(FieldProblems):
        parse_reply(text, {"on": "2026-10-25"}, today=TODAY, zone=UTC)
