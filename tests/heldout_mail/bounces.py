"""Delivery failure reports in six real-world shapes, each naming the address that failed."""

from __future__ import annotations

import random
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime


def _original(sender: str, to: str, subject: str, sent: datetime, mid: str) -> str:
    return (
        f"From: {sender}\nTo: {to}\nSubject: {subject}\nDate: {format_datetime(sent)}\n"
        f"Message-ID: {mid}\n\nDear hiring team, I am following up on my application."
    )


def build_bounce(
    rng: random.Random, shape: str, sender: str, failed: str, sent: datetime, our_id: str
) -> bytes:
    """One bounce of `shape` for the message `our_id` the user sent to `failed`."""
    subject = rng.choice(
        ["Following up on my application", "Thank you for the interview", "跟进面试结果"]
    )
    original = _original(sender, failed, subject, sent, our_id)
    msg = EmailMessage(policy=SMTP)
    msg["To"] = sender
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<ndr.{rng.randrange(10**9)}@{failed.split('@')[1]}>"
    if shape == "postfix-dsn":
        return _report(
            msg,
            "Mail Delivery System <MAILER-DAEMON@mx1.mailhost.net>",
            "Undelivered Mail Returned to Sender",
            "This is the mail system at host mx1.mailhost.net.\n\nI'm sorry to have to inform "
            "you that your message could not\nbe delivered to one or more recipients.\n\n"
            f"<{failed}>: host mx.{failed.split('@')[1]} said: 550 5.1.1 <{failed}>: Recipient "
            "address rejected: User unknown in virtual mailbox table",
            f"Reporting-MTA: dns; mx1.mailhost.net\n\nFinal-Recipient: rfc822; {failed}\n"
            "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n",
            original,
        )
    if shape == "exchange":
        msg["From"] = "Microsoft Outlook <postmaster@outlook.com>"
        msg["Subject"] = f"Undeliverable: {subject}"
        msg["X-MS-Exchange-Message-Is-Ndr"] = ""
        msg.set_content(
            f"Your message to {failed} couldn't be delivered.\n\n{failed.split('@')[0]} wasn't "
            "found at " + failed.split("@")[1] + ".\n\nAction Required: Recipient\n"
            "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist."
        )
        return msg.as_bytes()
    if shape == "gmail":
        msg["From"] = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
        msg["Subject"] = "Delivery Status Notification (Failure)"
        msg["X-Failed-Recipients"] = failed
        msg.set_content(
            f"Address not found\n\nYour message wasn't delivered to {failed} because the address "
            "couldn't be found, or is unable to receive mail.\n\nThe response from the remote "
            "server was:\n550 5.1.1 The email account that you tried to reach does not exist.\n\n"
            f"----- Original message -----\n\n{original}"
        )
        return msg.as_bytes()
    if shape == "exim":
        msg["From"] = "Mail Delivery System <Mailer-Daemon@smtp.hostingco.de>"
        msg["Subject"] = "Mail delivery failed: returning message to sender"
        msg["X-Failed-Recipients"] = failed
        msg.set_content(
            "This message was created automatically by mail delivery software.\n\nA message that "
            "you sent could not be delivered to one or more of its\nrecipients. This is a "
            f"permanent error. The following address(es) failed:\n\n  {failed}\n    host "
            f"mx.{failed.split('@')[1]}\n    SMTP error from remote mail server after RCPT "
            f"TO:<{failed}>:\n    550 No such user here\n\n------ This is a copy of the "
            f"message, including all the headers. ------\n\n{original}"
        )
        return msg.as_bytes()
    if shape == "netease":
        msg["From"] = "postmaster@163.com"
        msg["Subject"] = "系统退信"
        msg.set_content(
            "很抱歉您发送的邮件被退回，以下是该邮件的相关信息：\n\n"
            f"收件人：{failed}\n发送时间：{sent:%Y-%m-%d %H:%M}\n主题：{subject}\n\n"
            "退信原因：收件人地址不存在（550 User not found）\n建议解决方案：请检查收件人地址是否正确。"
        )
        return msg.as_bytes()
    # delayed: a warning, not yet a failure
    return _report(
        msg,
        "Mail Delivery Subsystem <MAILER-DAEMON@relay.mailhost.net>",
        "Warning: message delayed 4 hours",
        "This is a warning message only. YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nYour message "
        f"could not be delivered for 4 hours to\n<{failed}>: 451 4.4.1 Connection timed out\n"
        "Delivery will be retried for 5 days.",
        f"Reporting-MTA: dns; relay.mailhost.net\n\nFinal-Recipient: rfc822; {failed}\n"
        "Action: delayed\nStatus: 4.4.1\n",
        original,
    )


def _report(
    msg: EmailMessage, sender: str, subject: str, human: str, status: str, original: str
) -> bytes:
    """An RFC 3464 multipart/report: the human part, the status fields, the returned headers."""
    boundary = "=_dsn_boundary_7341"
    head = (
        f"From: {sender}\nTo: {msg['To']}\nSubject: {subject}\nDate: {msg['Date']}\n"
        f"Message-ID: {msg['Message-ID']}\nMIME-Version: 1.0\nAuto-Submitted: auto-replied\n"
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"\n\n'
    )
    parts = [
        f"Content-Type: text/plain; charset=us-ascii\n\n{human}\n",
        f"Content-Type: message/delivery-status\n\n{status}",
        f"Content-Type: text/rfc822-headers\n\n{original.split(chr(10) + chr(10))[0]}\n",
    ]
    body = "".join(f"--{boundary}\n{part}\n" for part in parts) + f"--{boundary}--\n"
    return (head + body).replace("\n", "\r\n").encode("utf-8")


SHAPES = ("postfix-dsn", "exchange", "gmail", "exim", "netease", "delayed")
