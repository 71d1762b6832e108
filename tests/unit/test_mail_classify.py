"""Classifying employer mail: held-out accuracy per label, and the traps it must not fall into."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from tests.mailcorpus import LABELS, build_corpus
from tests.mailcorpus.people import COMPANIES
from tests.mailcorpus.train import MODEL_PATH, build_payload
from unghost.domain.records import RECEIVED_KINDS, Application, Company, MessageKind, Role
from unghost.errors import NotFoundError
from unghost.mail.classify import classify_mail
from unghost.mail.classify_record import classify_file
from unghost.mail.match import match_mail
from unghost.mail.parse import parse_mail

HELD_OUT_PER_LABEL = 100
GOAL_OVERALL = 0.95
GOAL_PER_LABEL = 0.90


def _mail(headers: str, body: str) -> bytes:
    return (headers.strip() + "\nDate: Wed, 07 Oct 2026 10:00:00 +0000\n\n" + body + "\n").encode()


@pytest.fixture(scope="module")
def held_out_results() -> list[tuple[str, str, str]]:
    """(expected, predicted, template) for the held-out part, matched as the import would."""
    apps = [
        Application(f"app{i}", Company(c.name, c.domain), Role("any"))
        for i, c in enumerate(COMPANIES)
    ]
    results = []
    for sample in build_corpus("heldout", per_label=HELD_OUT_PER_LABEL):
        mail = parse_mail(sample.raw)
        matched = match_mail(mail, apps, own_addresses=[sample.candidate]) is not None
        result = classify_mail(mail, job_related=True if matched else None)
        results.append((sample.label, result.label, sample.template))
    return results


def test_held_out_accuracy_meets_the_goal(held_out_results: list[tuple[str, str, str]]) -> None:
    total = Counter(expected for expected, _, _ in held_out_results)
    right = Counter(
        expected for expected, predicted, _ in held_out_results if expected == predicted
    )
    per_label = {label: right[label] / total[label] for label in LABELS}
    overall = sum(right.values()) / sum(total.values())
    assert overall >= GOAL_OVERALL, per_label
    assert min(per_label.values()) >= GOAL_PER_LABEL, per_label


def test_held_out_templates_were_not_used_for_training() -> None:
    train = {s.template for s in build_corpus("train", per_label=60)}
    held_out = {s.template for s in build_corpus("heldout", per_label=60)}
    assert not (train & held_out - {t for t in held_out if t.startswith("bounce:")})


def test_the_candidates_own_offer_in_a_quote_does_not_make_an_offer() -> None:
    raw = _mail(
        "From: Jane <jane@acme.example>\nSubject: Re: I have another offer",
        "Hi Sam,\n\nUnfortunately we have decided to move forward with other candidates.\n\n"
        "Best,\nJane\nOffer Management Specialist\n\n"
        "On Mon, Oct 5, 2026 at 9:00 AM Sam <sam@gmail.com> wrote:\n"
        "> I have received an offer from another company and would love an interview update.\n",
    )
    assert classify_mail(parse_mail(raw)).label == "rejection"


def test_negated_offer_and_conditional_rejection() -> None:
    unable = _mail(
        "From: hr@acme.example\nSubject: Your application",
        "We are unable to offer you the position.",
    )
    assert classify_mail(parse_mail(unable)).label == "rejection"
    ack = _mail(
        "From: no-reply@greenhouse.io\nSubject: Thank you for applying",
        "We have received your application. If you are not selected, we will keep your resume on file.",
    )
    assert classify_mail(parse_mail(ack)).label == "acknowledgement"


def test_an_offer_that_also_asks_a_question_is_an_offer() -> None:
    raw = _mail(
        "From: hr@acme.example\nSubject: Great news",
        "We'd like to offer you the job. Could you confirm by Friday?",
    )
    assert classify_mail(parse_mail(raw)).label == "offer"


def test_out_of_office_by_headers_and_text_with_return_date() -> None:
    raw = _mail(
        "From: Li Wei <li.wei@acme.example>\nAuto-Submitted: auto-replied\nSubject: Automatic reply: Follow-up",
        "I am out of the office until Monday 12 October with limited access to email.",
    )
    result = classify_mail(parse_mail(raw))
    assert (result.label, result.return_date) == ("out-of-office", date(2026, 10, 12))
    assert "holiday" in {s.kind for s in result.signals}
    zh = _mail(
        "From: hr@acme.cn\nSubject: =?utf-8?B?6Ieq5Yqo5Zue5aSN?=",
        "您好，我正在休假，将于10月8日返回。",
    )
    result = classify_mail(parse_mail(zh))
    assert (result.label, result.return_date) == ("out-of-office", date(2026, 10, 8))


def test_an_automatic_acknowledgement_is_not_an_out_of_office() -> None:
    raw = _mail(
        "From: careers@acme.example\nAuto-Submitted: auto-generated\nSubject: Application received",
        "Thank you for applying. Your application has been received.",
    )
    assert classify_mail(parse_mail(raw)).label == "acknowledgement"


def test_chinese_labels() -> None:
    cases = {
        "很遗憾地通知您，您未能通过本轮面试。": "rejection",
        "诚邀您参加下周二的视频面试，请回复确认。": "interview-invite",
        "恭喜您被正式录用，录用通知书请见附件。": "offer",
        "我们已收到您的简历，会尽快筛选。": "acknowledgement",
        "请提供学历证明和离职证明。": "info-request",
        "目前还在评估候选人，下周五前给您答复。": "still-deciding",
        "由于组织架构调整，该岗位招聘计划已取消。": "position-closed",
    }
    for body, label in cases.items():
        result = classify_mail(
            parse_mail(_mail("From: hr@acme.cn\nSubject: =?utf-8?B?6YCa55+l?=", body))
        )
        assert result.label == label, body


def test_mail_without_any_job_context_is_unrelated() -> None:
    friend = _mail("From: pal@gmail.com\nSubject: Saturday", "Are you free on Saturday for dinner?")
    assert classify_mail(parse_mail(friend)).label == "unrelated"
    assert classify_mail(parse_mail(friend), job_related=False).label == "unrelated"
    alert = _mail(
        "From: jobalerts-noreply@linkedin.com\nSubject: Job alert",
        "25 new jobs match your saved search.",
    )
    assert classify_mail(parse_mail(alert)).label == "unrelated"


def test_bounces_are_labelled_bounce() -> None:
    raw = (
        b"From: MAILER-DAEMON@mx.example\nSubject: Undelivered Mail Returned to Sender\n\n"
        b"<hr@acme.example>: host mx.acme.example said: 550 5.1.1 User unknown\n"
    )
    result = classify_mail(parse_mail(raw))
    assert result.label == "bounce" and result.bounce is not None
    assert result.bounce.failed_recipients == ["hr@acme.example"]


def test_classify_file_gives_the_cli_contract(tmp_path: Path) -> None:
    path = tmp_path / "ooo.eml"
    path.write_bytes(
        _mail(
            "From: Li Wei <li.wei@acme.example>\nMessage-ID: <x1@acme.example>\nSubject: Out of Office",
            "I'm on leave, back on 12 October. We expect to make a decision by 16 October.",
        )
    )
    record = classify_file(path)
    assert {
        "file",
        "label",
        "return_date",
        "confidence",
        "message_id",
        "from",
        "subject",
        "signals",
        "failed_recipient",
    } <= set(record)
    assert record["label"] == "out-of-office" and record["return_date"] == "2026-10-12"
    assert record["message_id"] == "x1@acme.example" and record["from"] == "li.wei@acme.example"
    assert 0 < record["confidence"] <= 1 and record["failed_recipient"] is None
    assert json.loads(json.dumps(record)) == record
    with pytest.raises(NotFoundError):
        classify_file(tmp_path / "missing.eml")


@pytest.mark.slow
def test_shipped_model_matches_a_fresh_training_run() -> None:
    """Regenerate with `python -m tests.mailcorpus.train` after changing the corpus or features."""
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    fresh = json.loads(json.dumps(build_payload()))
    assert shipped["docs"] == fresh["docs"]
    assert shipped["counts"] == fresh["counts"]


def test_labels_are_the_received_message_kinds() -> None:
    assert set(LABELS) == {kind.value for kind in RECEIVED_KINDS} - {MessageKind.OTHER.value}


def test_a_negated_offer_said_to_you_is_a_rejection_but_a_postponed_one_is_not() -> None:
    no = _mail(
        "From: Ann Lee <ann@acme.example>\nSubject: Your application",
        "Thanks for the chats. I'm afraid we won't be extending an offer to you this time.",
    )
    assert classify_mail(parse_mail(no)).label == "rejection"
    curly = _mail(
        "From: Ann Lee <ann@acme.example>\nSubject: Your application",
        "The panel decided not to invite you to interview for this role.",
    )
    assert classify_mail(parse_mail(curly)).label == "rejection"
    later = _mail(
        "From: Ann Lee <ann@acme.example>\nSubject: Timing",
        "We can't schedule your next interview until the manager is back; no decision yet.",
    )
    assert classify_mail(parse_mail(later)).label != "rejection"


def test_contractions_with_curly_apostrophes_count() -> None:
    raw = _mail(
        "From: Ann Lee <ann@acme.example>\nSubject: Update",
        "Sorry, we won\u2019t be moving forward with your application.",
    )
    assert classify_mail(parse_mail(raw)).label == "rejection"


def test_a_decision_forwarded_below_a_short_note_is_read() -> None:
    raw = _mail(
        "From: Ann Lee <ann@acme.example>\nSubject: Fwd: candidate",
        "Passing this on.\n\n---------- Forwarded message ---------\n"
        "From: Bob Ray <bob@acme.example>\nSubject: candidate\n\n"
        "We have decided not to move ahead with the candidate after the panel.\n\nBob",
    )
    assert classify_mail(parse_mail(raw)).label == "rejection"


def test_an_interview_that_depends_on_a_match_is_an_acknowledgement() -> None:
    raw = _mail(
        "From: no-reply@acme.example\nSubject: Thanks for applying",
        "We have your application, and a recruiter will contact you to arrange an interview "
        "should your profile match the role.",
    )
    assert classify_mail(parse_mail(raw)).label == "acknowledgement"


def test_an_agency_call_about_its_client_is_unrelated() -> None:
    raw = _mail(
        "From: Tim <tim@redline-talent.example>\nSubject: Head of Data",
        "Hi, I'm a consultant at Redline Talent. I have a client looking for a Head of Data; "
        "could we set up a quick call this week?",
    )
    assert classify_mail(parse_mail(raw)).label == "unrelated"


def test_an_away_notice_that_says_mail_was_received_is_an_out_of_office() -> None:
    raw = _mail(
        "From: hr@acme.example\nSubject: Re: 面试跟进",
        "您的邮件已收到。本人目前休假中，2026年10月19日返岗后处理。",
    )
    result = classify_mail(parse_mail(raw))
    assert (result.label, result.return_date) == ("out-of-office", date(2026, 10, 19))
    receipt = _mail(
        "From: hr@acme.example\nSubject: 投递成功",
        "您的简历已收到，我们会尽快查看。",
    )
    assert classify_mail(parse_mail(receipt)).label == "acknowledgement"


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("Unfortunately we couldn't deliver your parcel today. Reschedule here.", "unrelated"),
        ("Book a mock interview with a careers adviser this week.", "unrelated"),
        ("No update yet - the hiring manager is on leave until next week.", "still-deciding"),
        ("We've decided to go with someone else for this one, but let's stay in touch.", "rejection"),
        ("Quick update: the team decided not to backfill this role, so we've closed it.",
         "position-closed"),
        ("这个岗位公司决定先不招了，HC收回了，抱歉。", "position-closed"),
        ("很可惜，这次没能给你带来好消息，团队最终选择了经验更匹配的候选人。", "rejection"),
    ],
)  # fmt: skip
def test_phrasings_of_every_day(body: str, label: str) -> None:
    raw = _mail("From: Ann Lee <ann@acme.example>\nSubject: Hello", body)
    assert classify_mail(parse_mail(raw)).label == label
