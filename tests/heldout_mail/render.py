"""Turns a letter into RFC 5322 bytes with the stdlib EmailMessage (text, HTML-only, both)."""

from __future__ import annotations

import html
import random
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr


@dataclass(slots=True)
class Letter:
    sender: tuple[str, str]
    to: tuple[str, str]
    subject: str
    body: str
    sent: datetime
    message_id: str
    headers: list[tuple[str, str]] = field(default_factory=list)
    in_reply_to: str | None = None
    quoted: str | None = None  # the earlier message, rendered below the body as a quote
    shape: str = "text"  # text | html | both


def _html(text: str) -> str:
    paragraphs = "".join(
        f'<p style="margin:0 0 12px">{html.escape(p).replace(chr(10), "<br>")}</p>'
        for p in text.split("\n\n")
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>td{font-family:Arial}</style>'
        f'</head><body><table width="100%"><tr><td>{paragraphs}</td></tr></table></body></html>'
    )


def quote_block(
    rng: random.Random, lang: str, who: tuple[str, str], when: datetime, text: str
) -> str:
    """The earlier message as a mail client quotes it under a reply."""
    name, address = who
    style = rng.choice(["gt", "outlook"] if lang == "en" else ["zh-qq", "gt"])
    if style == "gt":
        head = f"On {when:%a, %d %b %Y at %H:%M}, {name} <{address}> wrote:"
        return head + "\n" + "\n".join("> " + line for line in text.splitlines())
    if style == "outlook":
        return (
            "________________________________\n"
            f"From: {name} <{address}>\nSent: {when:%A, %B %d, %Y %I:%M %p}\n"
            f"Subject: my application\n\n{text}"
        )
    return (
        "------------------ 原始邮件 ------------------\n"
        f'发件人: "{name}"<{address}>;\n发送时间: {when:%Y年%m月%d日 %H:%M}\n主题: 面试跟进\n\n{text}'
    )


def render(letter: Letter) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = formataddr(letter.sender)
    msg["To"] = formataddr(letter.to)
    msg["Subject"] = letter.subject
    msg["Date"] = format_datetime(letter.sent)
    msg["Message-ID"] = letter.message_id
    if letter.in_reply_to:
        msg["In-Reply-To"] = letter.in_reply_to
        msg["References"] = letter.in_reply_to
    for name, value in letter.headers:
        msg[name] = value
    text = letter.body if letter.quoted is None else f"{letter.body}\n\n{letter.quoted}"
    if letter.shape == "html":
        msg.set_content(_html(text), subtype="html")
    else:
        msg.set_content(text)
        if letter.shape == "both":
            msg.add_alternative(_html(text), subtype="html")
    return msg.as_bytes()
