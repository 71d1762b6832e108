"""Delivery failures in the shapes the big mail systems write them, each naming the address
that failed in its own words (Gmail's "wasn't delivered to X because", NetEase's "收件人 X 的邮件
服务器拒收", Tencent Exmail's "无法发送到 X"), written here from the systems' public formats."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from unghost.mail.classify import classify_mail
from unghost.mail.parse import parse_mail

ME = "Sam Lee <sam.lee@outlook.com>"


def plain(sender: str, subject: str, body: str) -> bytes:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = ME
    m["Subject"] = subject
    m["Date"] = "Tue, 08 Dec 2026 10:00:00 +0000"
    m["Message-ID"] = "<b1@x>"
    m.set_content(body)
    return m.as_bytes()


CASES = {
    "yahoo": (
        plain(
            "MAILER-DAEMON@yahoo.com",
            "Failure Notice",
            "Sorry, we were unable to deliver your message to the following address.\n\n<j.doe@acme-corp.com>:\n550: 5.1.1 <j.doe@acme-corp.com>: Recipient address rejected: User unknown in virtual mailbox table\n\n--- Below this line is a copy of the message.\n",
        ),
        "j.doe@acme-corp.com",
    ),
    "exim": (
        plain(
            "Mail Delivery System <Mailer-Daemon@mx.hostco.net>",
            "Mail delivery failed: returning message to sender",
            "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  hiring@brightloom.io\n    host mx.brightloom.io [203.0.113.5]\n    SMTP error from remote mail server after RCPT TO:<hiring@brightloom.io>:\n    550 5.1.1 User unknown\n",
        ),
        "hiring@brightloom.io",
    ),
    "sendmail": (
        plain(
            "Mail Delivery Subsystem <MAILER-DAEMON@mail.acme.org>",
            "Returned mail: see transcript for details",
            "The original message was received at Tue, 8 Dec 2026 10:00:00 GMT\nfrom mail.outlook.com [198.51.100.2]\n\n   ----- The following addresses had permanent fatal errors -----\n<recruiting@acme.org>\n    (reason: 550 5.1.1 <recruiting@acme.org>... User unknown)\n",
        ),
        "recruiting@acme.org",
    ),
    "gmail_full": (
        plain(
            "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
            "Delivery Status Notification (Failure)",
            "Address not found\n\nYour message wasn't delivered to anna.k@nordwind.de because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.\n",
        ),
        "anna.k@nordwind.de",
    ),
    "gmail_quota": (
        plain(
            "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
            "Delivery Status Notification (Failure)",
            "Message not delivered\n\nYour message couldn't be delivered to talent@harbourfreight.com.au because the recipient's inbox is full.\n\nThe response was:\n552 5.2.2 The recipient's inbox is out of storage space.\n",
        ),
        "talent@harbourfreight.com.au",
    ),
    "o365": (
        plain(
            "Microsoft Outlook <postmaster@contoso.onmicrosoft.com>",
            "Undeliverable: Follow-up on my interview",
            "Your message to m.garcia@contoso.com couldn't be delivered.\nm.garcia wasn't found at contoso.com.\n\nsam.lee   Office 365   m.garcia\nAction Required  Recipient\n\nUnknown To address\n\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n",
        ),
        "m.garcia@contoso.com",
    ),
    "qq": (
        plain(
            "Postmaster <PostMaster@qq.com>",
            "退信：关于面试的跟进",
            "很抱歉您发送的邮件被退回，以下是该邮件的相关信息：\n\n被退回的邮件：关于面试的跟进\n收件人：hr@xinghe-tech.cn\n退信原因：收件人邮箱地址不存在。\n",
        ),
        "hr@xinghe-tech.cn",
    ),
    "163": (
        plain(
            "Postmaster@163.com",
            "系统退信",
            "您好！由于网络问题或其他原因，您的邮件未能成功投递。\n\n收件人 zhaopin@huaxia-bank.com 的邮件服务器拒收：550 Mailbox not found\n\n原邮件主题：面试感谢信\n",
        ),
        "zhaopin@huaxia-bank.com",
    ),
    "aliyun": (
        plain(
            "MAILER-DAEMON <postmaster@aliyun.com>",
            "系统退信/Undelivered Mail Returned to Sender",
            "抱歉，您的邮件被退回来了……\n\n原邮件信息：\n时　间：2026-12-08 10:00:00\n主　题：跟进：数据分析师面试\n收件人：wang.li@longmen-data.cn\n\n退信原因：\nwang.li@longmen-data.cn: 550 User not found\n",
        ),
        "wang.li@longmen-data.cn",
    ),
    "exmail": (
        plain(
            "Mail Delivery System <PostMaster@exmail.qq.com>",
            "Undelivered Mail Returned to Sender",
            "此邮件是系统自动发出的退信通知。\n\n无法发送到 campus@yunfan-games.com\n\n退信原因：收件人账号不存在\n",
        ),
        "campus@yunfan-games.com",
    ),
    "postfix_plain": (
        plain(
            "MAILER-DAEMON@mail.example.net (Mail Delivery System)",
            "Undelivered Mail Returned to Sender",
            "This is the mail system at host mail.example.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n<p.schmidt@bergmann-ag.de>: host mx01.bergmann-ag.de[192.0.2.7] said: 550 5.1.1\n    <p.schmidt@bergmann-ag.de>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n",
        ),
        "p.schmidt@bergmann-ag.de",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_shape_names_the_address_that_failed(name: str) -> None:
    raw, failed = CASES[name]
    result = classify_mail(parse_mail(raw))
    assert result.label == "bounce" and result.bounce is not None
    assert result.bounce.failed_recipients == [failed]
    assert result.bounce.permanent
