"""Builds bounces of the candidate's own mail: DSN reports and the plain texts big providers send."""

from __future__ import annotations

import random
from datetime import timedelta

from tests.mailcorpus import mime
from tests.mailcorpus.builder import Sample, _context
from tests.mailcorpus.compose import message_id

PROVIDER_DAEMON = {
    "gmail.com": ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    "outlook.com": ("Microsoft Outlook", "postmaster@outlook.com"),
    "yahoo.com": ("Mail Delivery Subsystem", "MAILER-DAEMON@yahoo.com"),
    "qq.com": ("系统退信", "postmaster@qq.com"),
    "163.com": ("Postmaster", "postmaster@163.com"),
}
PERMANENT = [
    (
        "5.1.1",
        "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table",
    ),
    (
        "5.1.10",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    ),
    ("5.2.1", "550 5.2.1 The email account that you tried to reach is disabled"),
    ("5.4.4", "550 5.4.4 Host or domain name not found"),
]
TEMPORARY = [
    ("4.4.1", "451 4.4.1 No answer from host"),
    ("4.2.2", "452 4.2.2 Mailbox full"),
    ("4.4.7", "421 4.4.7 Message delayed"),
]


def _typo(address: str, rng: random.Random) -> str:
    local, _, domain = address.partition("@")
    if rng.random() < 0.5:
        return f"{local}@{domain.replace('.', '', 1) if domain.count('.') > 1 else domain + 'm'}"
    return f"{local[:-1] or local}x@{domain}"


def build_bounce(rng: random.Random, part: str, index: int) -> Sample:
    ctx = _context(rng)
    provider = ctx.candidate.split("@")[1]
    daemon_name, daemon = PROVIDER_DAEMON[provider]
    rcpt = _typo(ctx.recruiter, rng) if rng.random() < 0.6 else ctx.recruiter
    permanent = rng.random() < 0.75
    status, diagnostic = rng.choice(PERMANENT if permanent else TEMPORARY)
    diagnostic = diagnostic.format(rcpt=rcpt)
    sent = ctx.sent
    original_id = message_id(rng, provider)
    original_subject = rng.choice(["Following up on my interview", "Thank you!", "跟进面试结果"])
    original_headers = (
        f"From: {ctx.candidate}\nTo: {rcpt}\nSubject: {mime.encode_words(original_subject)}\n"
        f"Date: {mime.date_header(sent - timedelta(minutes=2))}\nMessage-ID: <{original_id}>\n"
    )
    style = rng.choice(["postfix", "gmail", "exchange", "chinese"])
    if provider in ("qq.com", "163.com"):
        style = "chinese" if rng.random() < 0.7 else "postfix"
    headers = [
        ("From", mime.format_address(daemon_name, daemon)),
        ("To", ctx.candidate),
        ("Date", mime.date_header(sent)),
        ("Message-ID", f"<{message_id(rng, 'mx.' + provider)}>"),
    ]
    if style == "gmail":
        verdict = "failed permanently" if permanent else "has been delayed"
        text = (
            f"Delivery to the following recipient {verdict}:\n\n     {rcpt}\n\n"
            f"Technical details of {'permanent' if permanent else 'temporary'} failure:\n"
            f"The error that the other server returned was:\n{diagnostic}\n\n"
            f"----- Original message -----\n\n{original_headers}\nHello, following up.\n"
        )
        subject = (
            "Delivery Status Notification (Failure)"
            if permanent
            else "Delivery Status Notification (Delay)"
        )
        headers += [
            ("Subject", subject),
            ("X-Failed-Recipients", rcpt),
            ("Auto-Submitted", "auto-replied"),
        ]
        root = mime.text_part(text, "plain", "utf-8", "7bit")
    elif style == "chinese":
        text = (
            f"很抱歉您发送的邮件被退回，以下是该邮件的相关信息：\n\n收件人：{rcpt}\n"
            f"退信原因：{'收件人地址不存在' if permanent else '对方服务器暂时无法连接，系统将继续尝试投递'}\n"
            f"错误代码：{diagnostic}\n\n---------- 原始邮件 ----------\n{original_headers}\n您好，想跟进一下面试结果。\n"
        )
        headers.append(
            ("Subject", mime.encode_words("系统退信" if permanent else "邮件延迟投递通知"))
        )
        root = mime.text_part(text, "plain", "utf-8", "base64")
    else:
        if style == "postfix":
            human = (
                "This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you that "
                "your message could not be delivered to one or more recipients.\n\n"
                f"<{rcpt}>: host mx.{rcpt.split('@')[1]} said: {diagnostic}\n"
            )
            subject = (
                "Undelivered Mail Returned to Sender"
                if permanent
                else "Delayed Mail (still being retried)"
            )
        else:
            human = (
                f"Your message to {rcpt} couldn't be delivered.\n\n{rcpt.split('@')[0]} wasn't found at "
                f"{rcpt.split('@')[1]}.\n\nRemote server returned '{diagnostic}'\n"
            )
            subject = f"Undeliverable: {original_subject}"
        action = "failed" if permanent else "delayed"
        report = (
            f"Reporting-MTA: dns; mx.{provider}\nArrival-Date: {mime.date_header(sent)}\n\n"
            f"Final-Recipient: rfc822; {rcpt}\nAction: {action}\nStatus: {status}\n"
            f"Diagnostic-Code: smtp; {diagnostic}\n"
        )
        parts = [
            mime.text_part(human, "plain", "utf-8", "7bit"),
            mime.Part("message/delivery-status", report.encode("ascii")),
            mime.Part("text/rfc822-headers", original_headers.encode("utf-8")),
        ]
        root = mime.multipart(
            "report", parts, f"bnd{rng.getrandbits(32):08x}", extra="; report-type=delivery-status"
        )
        headers += [("Subject", mime.encode_words(subject)), ("Auto-Submitted", "auto-replied")]
    raw = mime.render_message(headers, root, crlf=rng.random() < 0.2)
    return Sample(
        raw,
        "bounce",
        ctx.lang,
        part,
        f"bounce:{style}",
        ctx.company.name,
        ctx.company.domain,
        ctx.role,
        daemon,
        ctx.candidate,
        sent,
        original_id,
        original_id,
        failed_recipient=rcpt,
        permanent=permanent,
    )
