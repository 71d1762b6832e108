"""Linking mail to applications: thread, contact, company domain, ATS sender, names."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.mailcorpus import build_sample
from tests.mailcorpus.people import COMPANIES
from unghost.domain.records import (
    Application,
    Company,
    Contact,
    Direction,
    Message,
    MessageKind,
    Role,
    Status,
)
from unghost.mail.match import index_applications, match_mail, normalize_company
from unghost.mail.parse import parse_mail

ME = "me@gmail.com"


def _app(
    ref: str, name: str, domain: str | None, title: str = "Data Analyst", **extra: object
) -> Application:
    return Application(ref=ref, company=Company(name, domain), role=Role(title), **extra)


def _mail(headers: str, body: str = "Hello") -> bytes:
    return (headers.strip() + "\n\n" + body + "\n").encode()


def test_thread_reply_matches_the_application_that_sent_the_message() -> None:
    sent = Message(
        datetime(2026, 10, 1, tzinfo=UTC),
        Direction.SENT,
        MessageKind.FOLLOW_UP,
        message_id="<fu@gmail.com>",
    )
    apps = [_app("a", "Acme", "acme.example"), _app("b", "Bravo", "bravo.example", messages=[sent])]
    mail = parse_mail(
        _mail("From: x@unrelated.example\nIn-Reply-To: <fu@gmail.com>\nSubject: Re: hi")
    )
    found = match_mail(mail, apps)
    assert found is not None and (found.application.ref, found.method) == ("b", "thread")
    assert found.confidence == 0.99


def test_bounce_of_a_sent_message_matches_by_its_original_message_id() -> None:
    sent = Message(
        datetime(2026, 10, 1, tzinfo=UTC),
        Direction.SENT,
        MessageKind.THANK_YOU,
        message_id="orig@gmail.com",
    )
    apps = [_app("a", "Acme", "acme.example", messages=[sent])]
    raw = (
        b"From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nX-Failed-Recipients: lee@acme.exmaple\n"
        b"Subject: Delivery Status Notification (Failure)\n\nDelivery to the following recipient failed "
        b"permanently:\n\n     lee@acme.exmaple\n\n----- Original message -----\n\nMessage-ID: <orig@gmail.com>\n"
    )
    found = match_mail(parse_mail(raw), apps, own_addresses=[ME])
    assert found is not None and found.method == "thread"


def test_contact_address_beats_a_shared_domain() -> None:
    apps = [
        _app(
            "a",
            "Acme",
            "acme.example",
            "Analyst",
            contacts=[Contact("Li Wei", "Li.Wei@acme.example")],
        ),
        _app("b", "Acme", "acme.example", "Engineer"),
    ]
    found = match_mail(parse_mail(_mail("From: Li Wei <li.wei@acme.example>")), apps)
    assert found is not None and (found.application.ref, found.method) == ("a", "contact")


def test_company_domain_and_subdomains_and_two_label_suffixes() -> None:
    apps = [_app("uk", "Harbor & Pike", "harborpike.co.uk"), _app("us", "Acme", "acme.com")]
    found = match_mail(parse_mail(_mail("From: talent@careers.acme.com")), apps)
    assert found is not None and (found.application.ref, found.method) == ("us", "company-domain")
    found = match_mail(parse_mail(_mail("From: jo@mail.harborpike.co.uk")), apps)
    assert found is not None and found.application.ref == "uk"
    assert match_mail(parse_mail(_mail("From: jo@pike.co.uk")), apps) is None


def test_free_mail_domains_are_not_company_domains() -> None:
    apps = [_app("a", "Tiny Startup", "gmail.com", contacts=[Contact(email="founder@gmail.com")])]
    assert match_mail(parse_mail(_mail("From: friend@gmail.com\nSubject: dinner?")), apps) is None
    found = match_mail(parse_mail(_mail("From: founder@gmail.com")), apps)
    assert found is not None and found.method == "contact"


@pytest.mark.parametrize(
    ("sender", "ref"),
    [
        ("Acme Analytics Recruiting <no-reply@greenhouse.io>", "acme"),
        ("Northwind Hiring Team <no-reply@us.greenhouse-mail.io>", "north"),
        ("Workday <acmeanalytics@myworkday.com>", "acme"),
        ("Careers <no-reply@northwind.wd5.myworkdayjobs.com>", "north"),
        ("=?utf-8?B?6JOd6bK456eR5oqA5oub6IGY?= <no-reply@mokahr.com>", "lanjing"),
    ],
)
def test_ats_senders_name_the_company(sender: str, ref: str) -> None:
    apps = [
        _app("acme", "Acme Analytics Inc.", "acme-analytics.example"),
        _app("north", "Northwind", "northwind.example"),
        _app("lanjing", "蓝鲸科技有限公司", "lanjing.example"),
    ]
    found = match_mail(parse_mail(_mail(f"From: {sender}\nSubject: Your application")), apps)
    assert found is not None and (found.application.ref, found.method) == (ref, "ats")


def test_company_and_role_named_in_the_body() -> None:
    apps = [
        _app("a", "Kestrel Labs", None, "QA Engineer"),
        _app("b", "星河数据", None, "数据分析师"),
    ]
    mail = parse_mail(
        _mail(
            "From: someone@agency.example\nSubject: Update",
            "Your QA Engineer application at Kestrel Labs",
        )
    )
    found = match_mail(mail, apps)
    assert found is not None and (found.application.ref, found.method) == ("a", "names")
    assert found.confidence == pytest.approx(0.7)
    zh = parse_mail(_mail("From: hr@agency.example", "关于星河数据数据分析师岗位的通知"))
    found = match_mail(zh, apps)
    assert found is not None and found.application.ref == "b"


def test_ambiguous_company_prefers_the_named_role_then_open_and_recent() -> None:
    apps = [
        _app(
            "old",
            "Acme",
            "acme.example",
            "Engineer",
            status=Status.REJECTED,
            applied_on=date(2026, 1, 1),
        ),
        _app("new", "Acme", "acme.example", "Analyst", applied_on=date(2026, 9, 1)),
    ]
    plain = match_mail(parse_mail(_mail("From: hr@acme.example\nSubject: Update")), apps)
    assert plain is not None and plain.application.ref == "new"
    assert plain.alternatives == ("old",) and plain.confidence == pytest.approx(0.7)
    named = match_mail(
        parse_mail(_mail("From: hr@acme.example\nSubject: Your Engineer interview")), apps
    )
    assert (
        named is not None
        and named.application.ref == "old"
        and named.confidence == pytest.approx(0.85)
    )


def test_sent_mail_matches_by_recipient() -> None:
    apps = [_app("a", "Acme", "acme.example")]
    mail = parse_mail(_mail(f"From: {ME}\nTo: Lee <lee@acme.example>\nSubject: Thank you"))
    found = match_mail(mail, apps, own_addresses=[ME])
    assert found is not None and found.method == "company-domain"


def test_unknown_sender_without_names_matches_nothing() -> None:
    apps = [_app("a", "Acme", "acme.example")]
    assert match_mail(parse_mail(_mail("From: news@shop.example\nSubject: Sale")), apps) is None
    assert match_mail(parse_mail(_mail("From: x@y.example")), []) is None


def test_company_names_are_normalised() -> None:
    assert normalize_company("Acme Analytics, Inc.") == "acme analytics"
    assert normalize_company("Tessellate GmbH") == "tessellate"
    assert normalize_company("蓝鲸科技有限公司") == "蓝鲸科技"


@pytest.mark.parametrize(
    "label", ["rejection", "interview-invite", "out-of-office", "bounce", "acknowledgement"]
)
def test_generated_employer_mail_matches_its_company(label: str) -> None:
    apps = [_app(f"app{i}", c.name, c.domain) for i, c in enumerate(COMPANIES)]
    for index in range(25):
        sample = build_sample(label, "heldout", index)
        found = match_mail(parse_mail(sample.raw), apps, own_addresses=[sample.candidate])
        assert found is not None, sample.template
        assert found.application.company.name == sample.company


def test_an_index_serves_many_messages_and_feeds_the_relevance_filter() -> None:
    sent = Message(
        datetime(2026, 10, 1, tzinfo=UTC),
        Direction.SENT,
        MessageKind.FOLLOW_UP,
        message_id="fu@gmail.com",
    )
    contact = Contact(email="Li@Partner.example")
    apps = [_app("a", "Acme", "careers.acme.co.uk", contacts=[contact], messages=[sent])]
    index = index_applications(apps)
    assert index.known_domains == {"acme.co.uk", "partner.example"}
    assert index.known_addresses == {"li@partner.example"}
    assert index.known_message_ids == {"fu@gmail.com"}
    found = match_mail(parse_mail(_mail("From: x@acme.co.uk")), index)
    assert found is not None and found.application.ref == "a"
