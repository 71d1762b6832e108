"""Bounces: RFC 3464 reports and mailer-daemon texts name the failed recipient and the kind."""

from __future__ import annotations

import pytest

from tests.mailcorpus import build_sample
from unghost.mail.bounce import find_bounce
from unghost.mail.parse import parse_mail


@pytest.mark.parametrize("index", range(40))
def test_generated_bounces_name_recipient_and_permanence(index: int) -> None:
    sample = build_sample("bounce", "heldout" if index % 2 else "train", index)
    bounce = find_bounce(parse_mail(sample.raw))
    assert bounce is not None, sample.template
    assert bounce.failed_recipients[0] == sample.failed_recipient
    assert bounce.permanent == sample.permanent
    if sample.template != "bounce:chinese":
        assert bounce.original_message_id == sample.message_id


def test_dsn_fields_win_over_the_human_text() -> None:
    raw = (
        b"From: Mail Delivery System <MAILER-DAEMON@mx.example>\nTo: me@example.org\n"
        b"Subject: Delayed Mail (still being retried)\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n'
        b"--b\nContent-Type: text/plain\n\n<li.wei@acme.example>: temporary failure, will retry\n"
        b"--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n"
        b"Final-Recipient: rfc822; li.wei@acme.example\nAction: delayed\nStatus: 4.4.1\n"
        b"--b\nContent-Type: text/rfc822-headers\n\nMessage-ID: <fu1@example.org>\nTo: li.wei@acme.example\n"
        b"Subject: Following up\n--b--\n"
    )
    bounce = find_bounce(parse_mail(raw))
    assert bounce is not None
    assert (bounce.failed_recipients, bounce.permanent, bounce.status) == (
        ["li.wei@acme.example"],
        False,
        "4.4.1",
    )
    assert (bounce.original_message_id, bounce.original_subject) == (
        "fu1@example.org",
        "Following up",
    )


def test_plain_mailer_daemon_text_without_report() -> None:
    raw = (
        b"From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: me@gmail.com\n"
        b"X-Failed-Recipients: hr@acme.exmaple\nSubject: Delivery Status Notification (Failure)\n\n"
        b"Delivery to the following recipient failed permanently:\n\n     hr@acme.exmaple\n\n"
        b"Technical details of permanent failure:\nDNS Error: Domain name not found\n\n"
        b"----- Original message -----\n\nMessage-ID: <orig@mail.gmail.com>\nSubject: Thank you\n"
        b"To: hr@acme.exmaple\n\nThanks for the interview!\n"
    )
    bounce = find_bounce(parse_mail(raw))
    assert bounce is not None
    assert bounce.failed_recipients == ["hr@acme.exmaple"] and bounce.permanent
    assert (bounce.original_message_id, bounce.original_subject) == (
        "orig@mail.gmail.com",
        "Thank you",
    )


def test_chinese_provider_bounce() -> None:
    body = (
        "很抱歉您发送的邮件被退回，以下是该邮件的相关信息：\n\n收件人：zhang.min@example.cn\n"
        "退信原因：收件人地址不存在\n错误代码：550 5.1.1 User unknown\n"
    ).encode()
    raw = (
        b"From: =?utf-8?B?57O757uf6YCA5L+h?= <postmaster@qq.com>\nTo: me@qq.com\n"
        b"Subject: =?utf-8?B?57O757uf6YCA5L+h?=\nContent-Type: text/plain; charset=utf-8\n\n" + body
    )
    bounce = find_bounce(parse_mail(raw))
    assert bounce is not None
    assert bounce.failed_recipients == ["zhang.min@example.cn"]
    assert bounce.permanent and bounce.status == "5.1.1"


def test_mail_that_merely_mentions_delivery_is_not_a_bounce() -> None:
    question = (
        b"From: postmaster@acme.example\nSubject: Question about your mailbox\n\nCan you call me?\n"
    )
    assert find_bounce(parse_mail(question)) is None
    employer = (
        b"From: hr@acme.example\nSubject: Interview\n\nThe parcel could not be delivered, sorry!\n"
    )
    assert find_bounce(parse_mail(employer)) is None


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Microsoft Outlook <MicrosoftExchange1f2e@acme.example>",
            "Undeliverable: hello",
            "Delivery has failed to these recipients or groups:\n\nli.wei@acme.example\n"
            "The email address you entered couldn't be found.",
        ),
        (
            "Mail Delivery Subsystem <MAILER-DAEMON@smtp.example.org>",
            "Returned mail: see transcript for details",
            "   ----- The following addresses had permanent fatal errors -----\n"
            "<li.wei@acme.example>\n    (reason: 550 5.1.1 User unknown)",
        ),
    ],
)
def test_exchange_and_sendmail_texts_name_the_recipient(
    sender: str, subject: str, body: str
) -> None:
    raw = f"From: {sender}\nTo: me@example.org\nSubject: {subject}\n\n{body}\n".encode()
    bounce = find_bounce(parse_mail(raw))
    assert bounce is not None
    assert bounce.failed_recipients == ["li.wei@acme.example"]
