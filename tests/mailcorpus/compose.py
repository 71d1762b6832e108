"""Composes one corpus message: headers, greeting, text, signature, footer, quote; plain or HTML."""

from __future__ import annotations

import html
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from tests.mailcorpus import mime
from tests.mailcorpus.people import Company


@dataclass(slots=True)
class Draft:
    """Everything a message needs before it is written out as bytes."""

    lang: str
    sender_name: str
    sender: str
    to_name: str
    to: str
    subject: str
    sent: datetime
    paragraphs: list[str]
    signature: list[str] = field(default_factory=list)
    footer: str | None = None
    quote: tuple[str, str, str, datetime, str] | None = None  # style, name, addr, when, text
    headers: list[tuple[str, str]] = field(default_factory=list)
    in_reply_to: str | None = None
    attachments: list[mime.Part] = field(default_factory=list)
    calendar: str | None = None
    message_id: str = ""


def message_id(rng: random.Random, domain: str) -> str:
    return f"{rng.getrandbits(64):016x}.{rng.getrandbits(24):06x}@{domain}"


def _quote_plain(style: str, name: str, addr: str, when: datetime, text: str, subject: str) -> str:
    stamp_en = when.strftime("%a, %b %d, %Y at %I:%M %p")
    stamp_zh = f"{when.year}年{when.month}月{when.day}日 {when:%H:%M}"
    quoted = "\n".join("> " + line for line in text.split("\n"))
    if style == "gmail":
        return f"On {stamp_en} {name} <{addr}> wrote:\n\n{quoted}"
    if style == "gmail-wrapped":
        return f"On {stamp_en} {name}\n<{addr}> wrote:\n\n{quoted}"
    if style == "apple":
        return f"On {when:%d %b %Y}, at {when:%H:%M}, {name} <{addr}> wrote:\n\n{quoted}"
    if style == "outlook":
        return (
            "________________________________\n"
            f"From: {name} <{addr}>\nSent: {when:%A, %B %d, %Y %I:%M %p}\n"
            f"To: Recruiting Team\nSubject: {subject}\n\n{text}"
        )
    if style == "outlook-original":
        return (
            "-----Original Message-----\n"
            f"From: {name} [mailto:{addr}]\nSent: {when:%A, %B %d, %Y %I:%M %p}\n"
            f"Subject: {subject}\n\n{text}"
        )
    if style == "qq":
        return (
            "------------------ 原始邮件 ------------------\n"
            f'发件人: "{name}"<{addr}>;\n发送时间: {stamp_zh}\n'
            f'收件人: "招聘组"<hr@example.cn>;\n主题: {subject}\n\n{text}'
        )
    if style == "netease":
        return f'在 {when:%Y-%m-%d %H:%M:%S}，"{name}" <{addr}> 写道：\n{quoted}'
    if style == "foxmail":
        return f"发件人：{name}\n发送时间：{stamp_zh}\n收件人：招聘组\n主题：{subject}\n\n{text}"
    if style == "outlook-zh":
        return (
            "-----原始邮件-----\n"
            f"发件人: {name} <{addr}>\n发送时间: {stamp_zh}\n收件人: HR\n主题: {subject}\n\n{text}"
        )
    raise ValueError(style)


def _quote_html(style: str, name: str, addr: str, when: datetime, text: str, subject: str) -> str:
    body = "<br>".join(html.escape(line) for line in text.split("\n"))
    if style in ("gmail", "gmail-wrapped", "apple", "netease"):
        attribution = html.escape(_quote_plain(style, name, addr, when, "", subject).split("\n")[0])
        return (
            f'<div class="gmail_quote"><div class="gmail_attr">{attribution}<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex">{body}</blockquote></div>'
        )
    if style in ("outlook", "outlook-original", "outlook-zh", "foxmail"):
        head = "<br>".join(
            html.escape(line)
            for line in _quote_plain(style, name, addr, when, "", subject).split("\n")
            if line.strip() and not line.startswith("_")
        )
        return (
            '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">'
            f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri">{head}</font></div>'
            f"<div>{body}</div>"
        )
    head = "<br>".join(
        html.escape(line) for line in _quote_plain(style, name, addr, when, "", subject).split("\n")
    )
    return f"<div>{head}<br>{body}</div>"


def _html(draft: Draft, quote_html: str | None, footer: str | None) -> str:
    paras = "".join(
        "<p>" + "<br>".join(html.escape(line) for line in p.split("\n")) + "</p>"
        for p in draft.paragraphs
    )
    sig = "<br>".join(html.escape(line) for line in draft.signature)
    foot = f'<p style="font-size:10px;color:#888">{html.escape(footer)}</p>' if footer else ""
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>p{margin:0}</style></head>'
        f'<body><table width="100%"><tr><td>{paras}<div class="sig">{sig}</div>{foot}</td></tr>'
        f"</table>{quote_html or ''}</body></html>"
    )


def _plain(draft: Draft, quote_text: str | None) -> str:
    blocks = list(draft.paragraphs)
    if draft.signature:
        blocks.append("\n".join(draft.signature))
    if draft.footer:
        blocks.append(draft.footer)
    text = "\n\n".join(b for b in blocks if b)
    if quote_text:
        text += "\n\n" + quote_text
    return text + "\n"


def render(draft: Draft, rng: random.Random, company: Company | None) -> tuple[bytes, bool]:
    """The message bytes, and whether the body went out as HTML only or alternative."""
    quote_text = quote_markup = None
    if draft.quote is not None:
        style, name, addr, when, text = draft.quote
        subject = draft.subject.removeprefix("Re: ").removeprefix("回复：")
        quote_text = _quote_plain(style, name, addr, when, text, subject)
        quote_markup = _quote_html(style, name, addr, when, text, subject)
    zh = draft.lang == "zh"
    charset = "gb2312" if zh and rng.random() < 0.3 else "utf-8"
    codec = "gb18030" if charset == "gb2312" else "utf-8"
    encoding = rng.choice(["base64", "base64", "quoted-printable", "8bit"])
    shape = rng.choices(["plain", "html", "alternative"], weights=[5, 2, 3])[0]
    plain = _plain(draft, quote_text)

    def text_part(text: str, subtype: str) -> mime.Part:
        part = mime.text_part(text, subtype, codec, encoding)
        part.charset = charset
        return part

    if shape == "plain":
        root = text_part(plain, "plain")
    else:
        markup = text_part(_html(draft, quote_markup, draft.footer), "html")
        if shape == "html":
            root = markup
        else:
            root = mime.multipart(
                "alternative", [text_part(plain, "plain"), markup], _boundary(rng)
            )
    if draft.calendar is not None:
        cal = mime.text_part(draft.calendar, "calendar", "utf-8", "7bit")
        cal.content_type = "text/calendar; method=REQUEST"
        root = mime.multipart("mixed", [root, cal], _boundary(rng))
    if draft.attachments:
        root = mime.multipart("mixed", [root, *draft.attachments], _boundary(rng))
    header_charset = "gb2312" if charset == "gb2312" else "utf-8"
    headers = [
        ("From", mime.format_address(draft.sender_name, draft.sender, header_charset)),
        ("To", mime.format_address(draft.to_name, draft.to, header_charset)),
        ("Subject", mime.encode_words(draft.subject, header_charset)),
        ("Date", mime.date_header(draft.sent)),
        ("Message-ID", f"<{draft.message_id}>"),
    ]
    if draft.in_reply_to:
        headers += [
            ("In-Reply-To", f"<{draft.in_reply_to}>"),
            ("References", f"<{draft.in_reply_to}>"),
        ]
    headers += draft.headers
    if company is not None and rng.random() < 0.3:
        headers.append(("Content-Language", "zh-CN" if zh else f"en-{company.country}"))
    raw = mime.render_message(headers, root, crlf=rng.random() < 0.2)
    return raw, shape != "plain"


def _boundary(rng: random.Random) -> str:
    return f"----=_Part_{rng.getrandbits(40):010x}"


def earlier_time(sent: datetime, rng: random.Random) -> datetime:
    return sent - timedelta(days=rng.randrange(1, 9), hours=rng.randrange(0, 6))
