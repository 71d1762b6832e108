"""Part i of the independent corpus: 2029 mail from employers far from the obvious ones.

Australian freight and airlines, Indian fintech and NGOs, German rail and shipping, Mexican
retail, British councils, universities hiring staff, Chinese private firms, banks, internet
companies and public institutions, Hong Kong and Taiwan companies writing Simplified Chinese.
Written by its own author from docs/mail-labels.md's table and the corpus plumbing alone
(builder.Case / Knowledge); its MIME is built here, every boundary and random choice is seeded
from strings, so the bytes never depend on PYTHONHASHSEED.
"""

from __future__ import annotations

import html
import random
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

from tests.heldout_mail import phrases_i as P
from tests.heldout_mail import senders_i as S
from tests.heldout_mail.builder import Case, Knowledge

PART = "i"
EMPLOYER_LABELS = (
    "rejection",
    "interview-invite",
    "offer",
    "acknowledgement",
    "info-request",
    "still-deciding",
    "position-closed",
)
COUNTS = {**dict.fromkeys(EMPLOYER_LABELS, 36), "out-of-office": 36, "bounce": 30, "unrelated": 176}
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS_ES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ZH_DAYS = "一二三四五六日"


def _is_zh(index: int) -> bool:
    """Five in every twelve messages are Chinese (41.7%), spread evenly."""
    return (index * 5) % 12 < 5


def _sent(
    rng: random.Random, org: S.Org, *, earliest: date = date(2029, 1, 8), span: int = 320
) -> datetime:
    day = earliest + timedelta(days=rng.randrange(span))
    while day.weekday() > 4:
        day += timedelta(days=1)
    zone = timezone(timedelta(hours=org.utc_offset))
    return datetime(
        day.year,
        day.month,
        day.day,
        rng.randrange(7, 19),
        rng.randrange(60),
        rng.randrange(60),
        tzinfo=zone,
    )


def _ascii(name: str) -> str:
    """A name as it appears in an address: lower case, no accents or apostrophes."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return plain.lower().replace("'", "")


def _mid(rng: random.Random, host: str) -> str:
    return f"<{rng.randrange(16**10):010x}.{rng.randrange(10**7):07d}@{host}>"


# -- dates as people write them ---------------------------------------------------------------


def say_day(rng: random.Random, day: date, org: S.Org, sent: date, *, year: bool = False) -> str:
    """`day` written the way someone at `org` would, never ambiguous for that country."""
    year = year or day.year != sent.year
    if org.lang == "zh":
        style = rng.randrange(6)
        if style == 0:
            return f"{day.year}年{day.month}月{day.day}日"
        if style == 1:
            return f"{day.month}月{day.day}日（星期{ZH_DAYS[day.weekday()]}）"
        if style == 2:
            return f"{day.year}/{day.month}/{day.day}" if year else f"{day.month}月{day.day}号"
        if style == 3:
            return f"{day.year}-{day.month:02d}-{day.day:02d}"
        if style == 4:
            return f"{day.month}月{day.day}日周{ZH_DAYS[day.weekday()]}"
        return f"{day.year}年{day.month}月{day.day}日" if year else f"{day.month}月{day.day}日"
    weekday, month = DAYS[day.weekday()], MONTHS[day.month - 1]
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day.day, "th")
    tail = f" {day.year}" if year else ""
    style = rng.randrange(6)
    if org.country == "US":
        return [
            f"{weekday}, {month} {day.day}" + ("," + tail if year else ""),
            f"{month} {day.day}{suffix}" + tail,
            f"{month} {day.day}" + tail,
            f"{day.isoformat()}",
            f"{weekday[:3]}, {month[:3]} {day.day}" + tail,
            f"{weekday} {month} {day.day}" + tail,
        ][style]
    if org.country == "DE" and style < 3:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return [
        f"{weekday} {day.day} {month}" + tail,
        f"{day.day}{suffix} {month}" + tail,
        f"{day.day:02d}/{day.month:02d}/{day.year}",
        f"{day.day}-{month[:3]}-{day.year}",
        f"{weekday[:3]} {day.day} {month[:3]}" + tail,
        f"{weekday}, {day.day} {month}" + tail,
    ][style]


def _say_time(rng: random.Random, org: S.Org) -> str:
    if org.lang == "zh":
        return rng.choice(["上午10:00", "下午2点", "14:30", "下午3点半", "上午9:30"])
    zone = {
        "AU": "AEST",
        "IN": "IST",
        "DE": "CET",
        "MX": "CST",
        "UK": "GMT",
        "IE": "GMT",
        "NZ": "NZDT",
        "US": "PT",
        "SG": "SGT",
    }[org.country]
    return rng.choice(["10:00", "2pm", "11.30am", "15:00", "9:15am"]) + f" {zone}"


# -- one employer's setting -------------------------------------------------------------------


class _World:
    """The people and places of one message, all drawn from its own seeded generator."""

    def __init__(
        self,
        rng: random.Random,
        lang: str,
        *,
        org: S.Org | None = None,
        earliest: date = date(2029, 1, 8),
        span: int = 320,
    ) -> None:
        self.rng = rng
        self.lang = lang
        self.org = org or rng.choice(S.EMPLOYERS_ZH if lang == "zh" else S.EMPLOYERS_EN)
        people = S.PEOPLE_ZH if lang == "zh" else S.PEOPLE_EN
        self.person, self.title = rng.choice(people)
        self.colleague = rng.choice([p[0] for p in people if p[0] != self.person])
        self.candidate = rng.choice(S.CANDIDATES_ZH if lang == "zh" else S.CANDIDATES)
        self.role = rng.choice((S.ROLES_ZH if lang == "zh" else S.ROLES_EN)[self.org.sector])
        self.sent = _sent(rng, self.org, earliest=earliest, span=span)
        self.slug = self.org.domain.split(".")[0].replace("-", "")
        if lang == "zh":
            local = rng.choice(["hr", "zhaopin", "campus", "talent", f"hr.{rng.randrange(10, 99)}"])
        else:
            names = _ascii(self.person).split()
            first, last = names[0], names[-1]
            local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}", "careers"])
        self.address = f"{local}@{self.org.domain}"

    def fill(self, text: str) -> str:
        later = self.sent.date() + timedelta(days=self.rng.randrange(2, 10))
        while later.weekday() > 4:
            later += timedelta(days=1)
        return text.format(
            first=self.candidate[2],
            co=self.org.name,
            role=self.role,
            person=self.person,
            colleague=self.colleague,
            day=say_day(self.rng, later, self.org, self.sent.date()),
            time=_say_time(self.rng, self.org),
            ref=f"{self.rng.randrange(10**5, 10**6)}",
            link=f"https://careers.{self.org.domain}/candidate/{self.rng.randrange(16**8):08x}",
        )


# -- rendering --------------------------------------------------------------------------------


def _html(text: str, org_name: str, quote: str | None = None) -> str:
    paras = []
    for block in text.split("\n\n"):
        paras.append(f"<p>{html.escape(block).replace(chr(10), '<br/>')}</p>")
    quoted = ""
    if quote:
        quoted = (
            '<blockquote style="border-left:2px solid #ccc;padding-left:8px">'
            f"{html.escape(quote).replace(chr(10), '<br/>')}</blockquote>"
        )
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<style>body{font:14px Helvetica,sans-serif;color:#222}.hdr{background:#0b3d5c;"
        "color:#fff;padding:10px}</style></head><body>"
        f'<div class="hdr">{html.escape(org_name)}</div><div class="content">{"".join(paras)}'
        f"{quoted}</div></body></html>"
    )


def _html_ats(text: str, org_name: str, quote: str | None = None) -> str:
    """An applicant-tracking notification: a centred card, a button, a vendor footer."""
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in text)
    rows = "".join(
        f'<tr><td style="padding:0 32px 16px;font-size:15px;line-height:22px">'
        f"{html.escape(block).replace(chr(10), '<br>')}</td></tr>"
        for block in text.split("\n\n")
    )
    button = "查看申请详情" if zh else "View your application"
    footer = "本邮件由招聘系统自动发送" if zh else "Sent on behalf of " + html.escape(org_name)
    return (
        '<!doctype html><html><body style="margin:0;background:#f4f5f7">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td align="center"><table role="presentation" width="600" style="background:#ffffff;'
        'border-radius:6px"><tr><td style="padding:24px 32px;font-size:20px;font-weight:bold">'
        f"{html.escape(org_name)}</td></tr>{rows}"
        '<tr><td style="padding:8px 32px 28px"><a href="#" style="background:#1f6feb;color:#fff;'
        f'padding:10px 18px;border-radius:4px;text-decoration:none">{button}</a></td></tr>'
        "</table>"
        f'<p style="color:#8a8f98;font-size:12px">{footer}</p></td></tr></table></body></html>'
    )


def _seal(msg: EmailMessage, rng: random.Random) -> bytes:
    """Fixed boundaries for every multipart, then the bytes."""
    for n, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{n}_{rng.randrange(16**12):012x}")
    return msg.as_bytes()


def _pdf(title: str) -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
        b"/Count 0>>endobj\n% " + title.encode("utf-8") + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )


def _ics(w: _World, start: datetime, uid: str) -> str:
    utc = start.astimezone(UTC)
    end = utc + timedelta(hours=1)
    summary = f"面试：{w.role}" if w.lang == "zh" else f"Interview: {w.role} ({w.org.name})"
    place = "腾讯会议" if w.lang == "zh" else "Microsoft Teams"
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
        "VERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        f"ORGANIZER;CN={w.person}:mailto:{w.address}\r\n"
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN={w.candidate[0]}:mailto:{w.candidate[1]}\r\n"
        f"DTSTART:{utc:%Y%m%dT%H%M%SZ}\r\nDTEND:{end:%Y%m%dT%H%M%SZ}\r\n"
        f"DTSTAMP:{w.sent.astimezone(UTC):%Y%m%dT%H%M%SZ}\r\nUID:{uid}\r\n"
        f"SUMMARY:{summary}\r\nLOCATION:{place}\r\nSTATUS:CONFIRMED\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def _quote(w: _World, earlier_text: str, when: datetime) -> str:
    name, address = w.candidate[0], w.candidate[1]
    style = w.rng.choice(["gmail-zh", "qq", "gt"] if w.lang == "zh" else ["gt", "outlook", "apple"])
    if style == "gt":
        head = f"On {when:%a, %d %b %Y at %H:%M}, {name} <{address}> wrote:"
        return head + "\n" + "\n".join("> " + line for line in earlier_text.splitlines())
    if style == "apple":
        head = f"> On {when.day} {MONTHS[when.month - 1][:3]} {when.year}, at {when:%H:%M}, {name} <{address}> wrote:"
        return head + "\n> \n" + "\n".join("> " + line for line in earlier_text.splitlines())
    if style == "outlook":
        return (
            f"From: {name} <{address}>\nSent: {DAYS[when.weekday()]}, {when.day} "
            f"{MONTHS[when.month - 1]} {when.year} {when:%H:%M}\nTo: {w.person} "
            f"<{w.address}>\nSubject: {w.role}\n\n{earlier_text}"
        )
    if style == "qq":
        return (
            "------------------&nbsp;原始邮件&nbsp;------------------".replace("&nbsp;", " ")
            + f'\n发件人: "{name}" <{address}>;\n发送时间: {when:%Y年%m月%d日}(星期'
            f'{ZH_DAYS[when.weekday()]}) {when:%H:%M}\n收件人: "{w.person}" <{w.address}>;\n'
            f"主题: {w.role}\n\n{earlier_text}"
        )
    return (
        f"{name} <{address}> 于{when.year}年{when.month}月{when.day}日周"
        f"{ZH_DAYS[when.weekday()]} {when:%H:%M}写道：\n"
        + "\n".join("> " + line for line in earlier_text.splitlines())
    )


EARLIER_EN = (
    (
        "Application for {role}",
        "Hello,\nPlease find attached my CV and cover letter for the "
        "{role} position. I look forward to hearing from you.\nKind regards,\n{cand}",
    ),
    (
        "Following up",
        "Hi {person},\nI hope you're well. I wanted to check whether there is any "
        "update on my application for {role}.\nThanks,\n{cand}",
    ),
    (
        "Thank you",
        "Dear {person},\nThank you for your time on the call today. I really enjoyed "
        "learning about the team.\nBest wishes,\n{cand}",
    ),
)
EARLIER_ZH = (
    ("应聘{role}", "您好！\n附件是我的简历，应聘贵公司{role}岗位，期待您的回复。\n{cand}"),
    ("面试结果咨询", "{person}您好，\n冒昧打扰，想了解一下上周面试的进展，谢谢！\n{cand}"),
    ("感谢面试机会", "您好，感谢今天的面试安排，和团队的交流让我收获很多。\n{cand}"),
)


PHONE_CODES = {
    "AU": 61,
    "IN": 91,
    "DE": 49,
    "MX": 52,
    "UK": 44,
    "IE": 353,
    "NZ": 64,
    "US": 1,
    "SG": 65,
}


def _signature(w: _World, formal: bool) -> str:
    o = w.org
    if w.lang == "zh":
        sign = w.rng.choice(
            [
                f"祝好！\n\n{w.person}\n{w.title}\n{o.name}",
                f"{w.person} | {w.title}\n{o.name}\n电话：0{w.rng.randrange(10, 99)}-{w.rng.randrange(10**7, 10**8)}",
                f"此致\n敬礼！\n\n{o.name}\n{w.sent.year}年{w.sent.month}月{w.sent.day}日",
                f"谢谢\n{w.person}",
            ]
        )
        if o.country == "HK":  # bilingual signatures are the norm there
            closing = w.rng.choice(["祝好！", "谢谢！", "Best regards,"])
            sign = f"{closing}\n{w.person}\n{w.title} | Talent Acquisition\n{o.name} | Hong Kong"
    elif formal:
        sign = f"Yours sincerely,\n\n{w.person}\n{w.title}\n{o.name}"
    else:
        sign = w.rng.choice(
            [
                f"Kind regards,\n{w.person}\n{w.title} | {o.name}",
                f"Cheers,\n{w.person.split()[0]}",
                f"Best,\n{w.person}",
                f"Many thanks\n\n{w.person}\n{w.title}\n{o.name}\nM: +{PHONE_CODES[o.country]} "
                f"{w.rng.randrange(100, 999)} {w.rng.randrange(100, 999)} {w.rng.randrange(1000, 9999)}",
                f"Saludos,\n{w.person}",
            ]
        )
    if o.legal and w.rng.random() < 0.7:
        sign += "\n\n" + ("—" * 20 if w.lang == "zh" else "-" * 40) + "\n" + o.legal
    return sign


def _greeting(w: _World, formal: bool) -> str:
    full, _, first = w.candidate
    if w.lang == "zh":
        return w.rng.choice(
            [f"{first}，你好！", f"尊敬的{full}：", f"{full}同学：", "您好，", f"Hi {first}，"]
        )
    if formal:
        return f"Dear {full},"
    return w.rng.choice(
        [
            f"Hi {first},",
            f"Dear {first},",
            f"Hello {first},",
            f"{first},",
            f"Good morning {first},",
            {"NZ": f"Kia ora {first},", "MX": f"Hola {first},", "AU": f"G'day {first},"}.get(
                w.org.country, f"Hi {first} -"
            ),
            "",
        ]
    )


def _base(sender: tuple[str, str], w: _World, subject: str, mid: str) -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = formataddr(sender)
    msg["To"] = formataddr((w.candidate[0], w.candidate[1]))
    msg["Subject"] = subject
    msg["Date"] = format_datetime(w.sent)
    msg["Message-ID"] = mid
    return msg


def _knowledge(w: _World, sender_address: str, sent_id: str | None) -> Knowledge:
    """About half the employer mail comes with what the store knows; the rest is alone."""
    r = w.rng.random()
    if r < 0.5:
        return Knowledge(candidate=w.candidate[1])
    own = sender_address.endswith("@" + w.org.domain) or sender_address.split("@")[1] in (
        "gmail.com",
        "outlook.com",
        "qq.com",
        "163.com",
    )
    domains = (w.org.domain,) if (r < 0.85 or not own) else ()
    contacts = (sender_address,) if own and (r >= 0.7 or not domains) else ()
    return Knowledge(domains, contacts, (sent_id,) if sent_id else (), w.candidate[1])


# -- employer mail ----------------------------------------------------------------------------


def _employer(label: str, index: int, lang: str, template: str) -> Case:
    rng = random.Random(f"part-i:{label}:{index}")
    system = template.startswith("§")
    template = template.lstrip("§")
    orgs = S.EMPLOYERS_ZH if lang == "zh" else S.EMPLOYERS_EN
    if template.startswith("["):  # written by employers of one country or sector only
        key, template = template[1:].split("]", 1)
        orgs = tuple(o for o in orgs if key in (o.country, o.sector))
    w = _World(rng, lang, org=rng.choice(orgs))
    body = w.fill(template)
    formal = w.org.sector in ("public", "university") and lang == "en" and not system
    kind = label
    headers: list[tuple[str, str]] = []
    attachments: list[tuple[bytes, str, str, str]] = []
    calendar = None

    # who sends it
    if system or (label in ("acknowledgement", "rejection") and rng.random() < 0.3):
        display, address = rng.choice(S.ATS_ZH if lang == "zh" else S.ATS_EN)
        sender = (display.format(co=w.org.name), address.format(slug=w.slug))
        headers.append(("Auto-Submitted", "auto-generated"))
        if rng.random() < 0.5:
            headers.append(("X-Auto-Response-Suppress", "All"))
        if rng.random() < 0.4:
            host = sender[1].split("@")[1]
            headers.append(("List-Unsubscribe", f"<https://{host}/prefs/{rng.randrange(10**8)}>"))
        kind = f"{label}:ats"
        text = body if rng.random() < 0.5 else "\n\n".join([_greeting(w, False), body])
        text += "\n\n" + (f"{w.org.name}招聘团队" if lang == "zh" else f"The {w.org.name} team")
        if lang == "en" and rng.random() < 0.5:
            text += "\n\nYou are receiving this email because you applied for a job. Privacy Policy"
    elif (
        label == "interview-invite" and "{link}" in template and rng.random() < 0.5 and lang == "en"
    ):
        display, address = rng.choice(S.SCHEDULERS)
        sender = (display.format(co=w.org.name, person=w.person), address)
        headers.append(("Auto-Submitted", "auto-generated"))
        kind = f"{label}:scheduler"
        text = "\n\n".join([_greeting(w, False), body, w.person])
    else:
        sender = (w.person, w.address)
        if lang == "en" and w.org.sector == "ngo" and rng.random() < 0.35:
            first = _ascii(w.person.split()[0])
            sender = (w.person, f"{first}.{w.slug[:5]}@gmail.com")  # a volunteer coordinator
            kind = f"{label}:personal-mailbox"
        greeting = _greeting(w, formal)
        if body.startswith((w.candidate[2], "Hi ", "Hola ", "你好", "您好")):  # greets by itself
            greeting = ""
        if formal:
            ref = f"Re: {w.role} (Vacancy No. {w.sent.year}/{rng.randrange(100, 999)})"
            greeting = f"{greeting}\n\n{ref}"
        text = "\n\n".join(p for p in (greeting, body, _signature(w, formal)) if p)

    # forwarded decisions: a short note above an internal one
    forwarded = label in P.FORWARDED_EN and not system and rng.random() < 0.18
    if forwarded and sender[1] == w.address:
        fwd = (P.FORWARDED_ZH if lang == "zh" else P.FORWARDED_EN)[label]
        note = w.fill(rng.choice(P.FORWARD_NOTE_ZH if lang == "zh" else P.FORWARD_NOTE_EN))
        manager = w.colleague  # the note above names them
        local = "manager" if lang == "zh" else _ascii(manager.split()[-1])
        m_addr = f"{local}@{w.org.domain}"
        when = w.sent - timedelta(hours=rng.randrange(2, 40))
        inner = w.fill(fwd)
        if lang == "zh":
            block = (
                f"-------- 转发邮件信息 --------\n发件人：{manager} <{m_addr}>\n发送时间："
                f"{when:%Y年%m月%d日 %H:%M}\n收件人：{w.person} <{w.address}>\n主题：{w.role}"
                f"候选人{w.candidate[0]}\n\n{w.person}：\n{inner}\n\n{manager}"
            )
        else:
            block = (
                f"---------- Forwarded message ---------\nFrom: {manager} <{m_addr}>\n"
                f"Date: {when:%a, %d %b %Y at %H:%M}\nSubject: {w.role} - "
                f"{w.candidate[0]}\nTo: {w.person} <{w.address}>\n\n"
                f"Hi {w.person.split()[0]},\n\n{inner}\n\n{manager.split()[0]}"
            )
        text = "\n\n".join(p for p in (_greeting(w, False), note, _signature(w, False), block) if p)
        kind = f"{label}:forwarded"

    # a reply in the candidate's thread
    our_id = None
    quoted = None
    subject = w.fill(rng.choice((P.SUBJECTS_ZH if lang == "zh" else P.SUBJECTS_EN)[label]))
    if not system and kind in (label, f"{label}:personal-mailbox") and rng.random() < 0.45:
        e_subject, e_text = rng.choice(EARLIER_ZH if lang == "zh" else EARLIER_EN)
        e_subject = e_subject.format(role=w.role)
        e_text = e_text.format(role=w.role, person=w.person, cand=w.candidate[0])
        our_id = _mid(rng, w.candidate[1].split("@")[1])
        subject = ("回复：" if lang == "zh" and rng.random() < 0.6 else "Re: ") + e_subject
        if rng.random() < 0.7:
            quoted = _quote(w, e_text, w.sent - timedelta(days=rng.randrange(1, 9), hours=3))
        headers += [("In-Reply-To", our_id), ("References", our_id)]
        kind += ":reply"

    # attachments and invitations
    if label == "offer" and ("attach" in template or "附件" in template):
        name = rng.choice(
            [
                f"Letter_of_Offer_{w.candidate[0].replace(' ', '_')}.pdf",
                f"{w.slug}_offer_{w.sent.year}.pdf",
                "Employment Contract.pdf",
            ]
            if lang == "en"
            else [f"录用通知书_{w.candidate[0]}.pdf", f"{w.org.name}-Offer Letter.pdf"]
        )
        attachments.append((_pdf(name), "application", "pdf", name))
    if label == "info-request" and ("attach" in template or "附件" in template):
        name = "BGV_Consent_Form.pdf" if lang == "en" else "应聘人员登记表.pdf"
        attachments.append((_pdf(name), "application", "pdf", name))
    if label == "interview-invite" and (
        "calendar" in template or "日历" in template or (not system and rng.random() < 0.25)
    ):
        start = (w.sent + timedelta(days=rng.randrange(2, 8))).replace(hour=10, minute=0, second=0)
        calendar = _ics(w, start, f"{rng.randrange(16**16):016x}@{w.org.domain}")
        kind += ":calendar"
    if label == "interview-invite" and "attached dataset" in template:
        name = "replenishment_case_data.xlsx"
        attachments.append(
            (
                b"PK\x03\x04 case data",
                "application",
                "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                name,
            )
        )

    mid = _mid(rng, sender[1].split("@")[1])
    msg = _base(sender, w, subject, mid)
    for name, value in headers:
        msg[name] = value
    shape = rng.choices(["text", "html", "both"], weights=[5, 2, 4])[0]
    page = _html_ats if kind.startswith(f"{label}:ats") else _html
    plain = text if quoted is None else f"{text}\n\n{quoted}"
    if shape == "html":
        msg.set_content(page(text, w.org.name, quoted), subtype="html")
    else:
        msg.set_content(plain)
        if shape == "both":
            msg.add_alternative(page(text, w.org.name, quoted), subtype="html")
    if calendar is not None:
        if not msg.is_multipart():
            msg.make_alternative()
        msg.add_alternative(calendar, subtype="calendar", params={"method": "REQUEST"})
    for data, maintype, subtype, filename in attachments:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    know = _knowledge(w, sender[1], our_id)
    return Case(_seal(msg, rng), label, lang, kind, f"generated:{PART}", know)


def _agency(label: str, index: int, lang: str) -> Case:
    """A recruiter at an agency writing about the application the candidate made through them."""
    rng = random.Random(f"part-i:{label}:agency:{index}")
    w = _World(rng, lang)
    name, domain = rng.choice(S.AGENCIES_ZH if lang == "zh" else S.AGENCIES_EN)
    recruiter = rng.choice(S.PEOPLE_ZH if lang == "zh" else S.PEOPLE_EN)[0]
    local = "consultant" if lang == "zh" else _ascii(recruiter.split()[0])
    address = f"{local}.{rng.randrange(10, 99)}@{domain}"
    body = w.fill((P.AGENCY_ZH if lang == "zh" else P.AGENCY_EN)[label])
    greeting = "" if body.startswith(w.candidate[2]) else _greeting(w, False)
    sign = (
        f"{recruiter}\n高级招聘顾问 | {name}"
        if lang == "zh"
        else f"Speak soon,\n{recruiter}\nSenior Consultant | {name}"
    )
    text = "\n\n".join(p for p in (greeting, body, sign) if p)
    subject = (
        f"{w.role} @ {w.org.name}"
        if rng.random() < 0.5
        else (f"关于{w.org.name}的进展" if lang == "zh" else f"Update from {w.org.name}")
    )
    our_id = None
    msg = _base((f"{recruiter} ({name})", address), w, subject, _mid(rng, domain))
    if rng.random() < 0.4:
        our_id = _mid(rng, w.candidate[1].split("@")[1])
        msg.replace_header("Subject", "Re: " + subject)
        msg["In-Reply-To"] = our_id
        msg["References"] = our_id
    msg.set_content(text)
    if rng.random() < 0.4:
        msg.add_alternative(_html(text, name), subtype="html")
    know = Knowledge(candidate=w.candidate[1])
    if rng.random() < 0.5:
        know = Knowledge((), (address,), (our_id,) if our_id else (), w.candidate[1])
    return Case(_seal(msg, rng), label, lang, f"{label}:agency", f"generated:{PART}", know)


# -- out-of-office ----------------------------------------------------------------------------


def _ooo(index: int, lang: str, slot: int) -> Case:
    rng = random.Random(f"part-i:ooo:{index}")
    templates = P.OOO_ZH if lang == "zh" else P.OOO_EN
    unknown = P.OOO_ZH_UNKNOWN if lang == "zh" else P.OOO_EN_UNKNOWN
    n_known = len(templates)
    if slot % (n_known + 1) == n_known:  # one in every few has no return to know
        template, back = unknown[(slot // (n_known + 1)) % len(unknown)], None
    else:
        template, back = templates[slot % (n_known + 1)], date.min
    holiday = "国庆" in template or "春节" in template
    if "国庆" in template:
        w = _World(rng, lang, earliest=date(2029, 9, 24), span=4)
        start, last, back = date(2029, 10, 1), date(2029, 10, 7), date(2029, 10, 8)
    elif "春节" in template:
        w = _World(rng, lang, earliest=date(2029, 2, 5), span=4)
        start, last, back = date(2029, 2, 12), date(2029, 2, 18), date(2029, 2, 19)
    else:
        country = "MX" if "Regreso" in template else "DE" if "Ich bin" in template else ""
        orgs = [o for o in S.EMPLOYERS_EN if o.country == country] or None
        w = _World(rng, lang, org=rng.choice(orgs) if orgs else None, span=355)
        start = w.sent.date() + timedelta(days=rng.randrange(0, 3))
        back = start + timedelta(days=rng.randrange(3, 16)) if back is not None else None
        if back is not None:
            while back.weekday() > 4 or (back.month, back.day) in ((12, 25), (12, 26), (1, 1)):
                back += timedelta(days=1)
            last = back - timedelta(days=1)
            if "next working day" in template:  # away through a Friday, back on the Monday
                last = back - timedelta(days=3) if back.weekday() == 0 else last
        else:
            last = start
    sent_day = w.sent.date()
    if not holiday and back is not None and (back - sent_day).days <= 6 and rng.random() < 0.4:
        if lang == "zh":  # 本周四 / 下周一
            same_week = back.isocalendar()[1] == sent_day.isocalendar()[1]
            back_text = ("本周" if same_week else "下周") + ZH_DAYS[back.weekday()]
        else:
            back_text = DAYS[back.weekday()]
    elif back is not None:
        back_text = say_day(rng, back, w.org, sent_day)
    else:
        back_text = ""
    if holiday:
        start_text = f"{start.month}月{start.day}日"
        last_text = f"{last.month}月{last.day}日"
        back_text = f"{back.month}月{back.day}日" if back else ""
    else:
        start_text = say_day(rng, start, w.org, sent_day)
        last_text = say_day(rng, last, w.org, sent_day)
        if "Ich bin" in template:  # a German sentence keeps the German date form
            last_text = f"{last.day:02d}.{last.month:02d}.{last.year}"
    deputy = f"{rng.choice(['recruitment', 'careers', 'hr', 'talent'])}@{w.org.domain}"
    back_es = f"{back.day} de {MONTHS_ES[back.month - 1]}" if back else ""
    body = template.format(
        back=back_text,
        last=last_text,
        start=start_text,
        deputy=deputy,
        co=w.org.name,
        back_es=back_es,
    )
    e_subject, _ = rng.choice(EARLIER_ZH if lang == "zh" else EARLIER_EN)
    e_subject = e_subject.format(role=w.role)
    marker = rng.choice(
        ["自动回复：", "自动回复: ", "【自动回复】", "Automatic reply: "]
        if lang == "zh"
        else ["Automatic reply: ", "Out of Office: ", "Away: ", "AutoReply: "]
    )
    marker = (
        {"DE": "Abwesenheitsnotiz: ", "MX": "Respuesta automática: "}.get(w.org.country, marker)
        if rng.random() < 0.6
        else marker
    )
    our_id = _mid(rng, w.candidate[1].split("@")[1])
    msg = _base((w.person, w.address), w, marker + e_subject, _mid(rng, w.org.domain))
    mark = rng.randrange(4)
    if mark < 2:
        msg["Auto-Submitted"] = "auto-replied"
    elif mark == 2:
        msg["X-Autoreply"] = "yes"
        msg["Precedence"] = "auto_reply"
    if rng.random() < 0.5:
        msg["In-Reply-To"] = our_id
        msg["References"] = our_id
    if rng.random() < 0.5:
        msg["X-Auto-Response-Suppress"] = "All"
    shape = rng.choice(["text", "text", "both", "html"])
    text = body if rng.random() < 0.5 else f"{body}\n\n{w.person}\n{w.org.name}"
    if shape == "html":
        msg.set_content(_html(text, w.org.name), subtype="html")
    else:
        msg.set_content(text)
        if shape == "both":
            msg.add_alternative(_html(text, w.org.name), subtype="html")
    know = _knowledge(w, w.address, our_id if msg["In-Reply-To"] else None)
    kind = "out-of-office" if back is not None else "out-of-office:no-date"
    return Case(
        _seal(msg, rng), "out-of-office", lang, kind, f"generated:{PART}", know, return_date=back
    )


# -- bounces ----------------------------------------------------------------------------------


def _original(w: _World, failed: str, our_id: str, subject: str) -> str:
    text = (
        "您好，我想跟进一下我的申请进展，谢谢！"
        if w.lang == "zh"
        else "Hello, I'm writing to follow up on my application. Kind regards."
    )
    return (
        f"From: {w.candidate[0]} <{w.candidate[1]}>\r\nTo: {failed}\r\nSubject: {subject}\r\n"
        f"Date: {format_datetime(w.sent - timedelta(minutes=2))}\r\nMessage-ID: {our_id}\r\n"
        f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: 8bit\r\n\r\n{text}\r\n"
    )


def _report(
    head: list[tuple[str, str]],
    human: str,
    status: str,
    original: str,
    boundary: str,
    *,
    headers_only: bool,
    human_type: str = "text/plain",
) -> bytes:
    lines = "".join(f"{k}: {v}\r\n" for k, v in head)
    lines += (
        "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status;"
        f'\r\n\tboundary="{boundary}"\r\n\r\nThis is a MIME-encapsulated message.\r\n\r\n'
    )
    ret = (
        ("Content-Type: text/rfc822-headers\r\n\r\n" + original.split("\r\n\r\n")[0] + "\r\n")
        if headers_only
        else ("Content-Type: message/rfc822\r\n\r\n" + original)
    )
    parts = [
        f"Content-Type: {human_type}; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + human.replace("\n", "\r\n")
        + "\r\n",
        "Content-Type: message/delivery-status\r\n\r\n" + status.replace("\n", "\r\n"),
        ret,
    ]
    body = "".join(f"--{boundary}\r\n{p}\r\n" for p in parts) + f"--{boundary}--\r\n"
    return (lines + body).encode("utf-8")


BOUNCE_SHAPES_EN = (
    "postfix-dsn",
    "o365",
    "gmail",
    "gmail-full",
    "yahoo",
    "exim",
    "sendmail",
    "postfix-plain",
)
BOUNCE_SHAPES_ZH = ("qq", "netease", "aliyun", "exmail-dsn", "o365", "gmail")
BOUNCE_HOSTS = {
    "gmail": ("gmail.com",),
    "gmail-full": ("gmail.com",),
    "o365": ("outlook.com",),
    "yahoo": ("yahoo.com",),
    "qq": ("qq.com", "foxmail.com"),
    "exmail-dsn": ("qq.com", "foxmail.com"),
    "netease": ("163.com",),
    "aliyun": ("aliyun.com",),
}


def _bounce(index: int, lang: str, slot: int) -> Case:
    rng = random.Random(f"part-i:bounce:{index}")
    w = _World(rng, lang)
    shapes = BOUNCE_SHAPES_ZH if lang == "zh" else BOUNCE_SHAPES_EN
    shape = shapes[slot % len(shapes)]
    # the report comes from the candidate's own mail provider
    hosts = BOUNCE_HOSTS.get(shape, ("posteo.de", "fastmail.example", "proton.me"))
    mine = [c for c in S.CANDIDATES + S.CANDIDATES_ZH if c[1].split("@")[1] in hosts]
    w.candidate = rng.choice([c for c in mine if (c in S.CANDIDATES_ZH) == (lang == "zh")] or mine)
    failed = (
        w.address
        if rng.random() < 0.65
        else f"{rng.choice(['jobs', 'careers', 'hr', 'recruit'])}@{w.org.domain}"
    )
    domain = failed.split("@")[1]
    our_id = _mid(rng, w.candidate[1].split("@")[1])
    subject = rng.choice(
        ["跟进：应聘" + w.role, "感谢面试机会"]
        if lang == "zh"
        else [f"Following up: {w.role}", "Thank you for your time", "My application"]
    )
    original = _original(w, failed, our_id, subject)
    date_h = format_datetime(w.sent)
    boundary = f"{rng.randrange(16**8):08X}.{rng.randrange(10**9)}/mx"
    me = w.candidate[1]
    my_host = me.split("@")[1]
    nid = f"<{rng.randrange(16**14):014x}@{my_host}>"
    if shape == "postfix-dsn":
        mta = f"smtp{rng.randrange(1, 9)}.{my_host}"
        head = [
            ("From", f"MAILER-DAEMON@{mta} (Mail Delivery System)"),
            ("To", me),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("Date", date_h),
            ("Message-ID", nid),
            ("Auto-Submitted", "auto-replied"),
        ]
        human = (
            f"This is the mail system at host {mta}.\n\nI'm sorry to have to inform you that "
            "your message could not\nbe delivered to one or more recipients. It's attached "
            "below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do "
            "so, please include this problem report. You can\ndelete your own text from the "
            "attached returned message.\n\n                   The mail system\n\n"
            f"<{failed}>: host mx1.{domain}[203.0.113.{rng.randrange(2, 250)}] said: 550\n"
            f"    5.1.1 <{failed}>: Recipient address rejected: User unknown in\n"
            "    local recipient table (in reply to RCPT TO command)"
        )
        status = (
            f"Reporting-MTA: dns; {mta}\nX-Postfix-Queue-ID: {rng.randrange(16**10):010X}\n"
            f"Arrival-Date: {date_h}\n\nFinal-Recipient: rfc822; {failed}\n"
            f"Original-Recipient: rfc822;{failed}\nAction: failed\nStatus: 5.1.1\n"
            f"Remote-MTA: dns; mx1.{domain}\nDiagnostic-Code: smtp; 550 5.1.1 <{failed}>:\n"
            "    Recipient address rejected: User unknown in local recipient table\n"
        )
        raw = _report(head, human, status, original, boundary, headers_only=False)
    elif shape == "exmail-dsn":
        head = [
            ("From", "PostMaster <postmaster@exmail.qq.com>"),
            ("To", me),
            ("Subject", f"退信：{subject}"),
            ("Date", date_h),
            ("Message-ID", nid),
            ("Auto-Submitted", "auto-replied"),
        ]
        human = (
            f"您发送给 {failed} 的邮件未能送达。\n\n退信原因：收件人邮箱不存在（550 Mailbox not "
            "found）。\n建议：请核实收件人地址后重新发送。\n\n此为系统邮件，请勿直接回复。"
        )
        status = (
            f"Reporting-MTA: dns; mx3.qq.com\n\nFinal-Recipient: rfc822; {failed}\n"
            "Action: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 Mailbox not found\n"
        )
        raw = _report(head, human, status, original, boundary, headers_only=True)
    elif shape == "o365":
        head = [
            ("From", "Microsoft Outlook <postmaster@outlook.com>"),
            ("To", me),
            ("Subject", f"Undeliverable: {subject}"),
            ("Date", date_h),
            ("Message-ID", nid),
            ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Auto-Submitted", "auto-replied"),
            ("Content-Language", "en-US"),
        ]
        human = (
            f'<html><body><p><b><font color="#000000" size="3">Your message to {failed} '
            "couldn't be delivered.</font></b></p><p>"
            + html.escape(failed.split("@")[0])
            + f" wasn't found at {domain}.</p><p>Action Required</p><p>Recipient: Unknown To "
            "address</p><p><b>How to Fix It</b><br>The address may be misspelled or may not "
            "exist. Try one or more of the following: retype the recipient's address, then "
            "resend the message.</p><p>Diagnostic information for administrators:<br>"
            f"Generating server: {w.slug[:6].upper()}P123MB0456.namprd04.prod.outlook.com<br>"
            f"{failed}<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
            "Recipient not found by SMTP address lookup'</p></body></html>"
        )
        status = (
            f"Reporting-MTA: dns;{w.slug[:6].upper()}P123MB0456.namprd04.prod.outlook.com\n"
            f"Received-From-MTA: dns;{my_host}\nArrival-Date: {date_h}\n\n"
            f"Original-Recipient: rfc822;{failed}\nFinal-Recipient: rfc822;{failed}\n"
            "Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 "
            "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
        )
        raw = _report(
            head, human, status, original, boundary, headers_only=True, human_type="text/html"
        )
    else:
        msg = EmailMessage(policy=SMTP)
        msg["To"] = me
        msg["Date"] = date_h
        msg["Message-ID"] = nid
        if shape in ("gmail", "gmail-full"):
            msg["From"] = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
            msg["Subject"] = "Delivery Status Notification (Failure)"
            msg["X-Failed-Recipients"] = failed
            msg["Auto-Submitted"] = "auto-replied"
            if shape == "gmail":
                text = (
                    f"** Address not found **\n\nYour message wasn't delivered to {failed} "
                    "because the address couldn't be found, or is unable to receive mail.\n\n"
                    "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\nThe "
                    "response was:\n\n550 5.1.1 The email account that you tried to reach does "
                    "not exist. Please try double-checking the recipient's email address for "
                    "typos or unnecessary spaces."
                )
            else:
                text = (
                    f"** Message not delivered **\n\nYour message couldn't be delivered to "
                    f"{failed} because the remote server is misconfigured. See technical "
                    "details below for more information.\n\nThe response from the remote "
                    f"server was:\n552 5.2.2 <{failed}>: Mailbox full, quota exceeded"
                )
            msg.set_content(text)
            msg.add_alternative(_html(text, "Gmail"), subtype="html")
        elif shape == "yahoo":
            msg["From"] = "MAILER-DAEMON@yahoo.com"
            msg["Subject"] = "Failure Notice"
            msg.set_content(
                f"Sorry, we were unable to deliver your message to the following address.\n\n"
                f"<{failed}>:\nRemote host said: 550 5.1.1 <{failed}>: Recipient address rejected: "
                "User unknown [RCPT_TO]\n\n--- Below this line is a copy of the message.\n\n"
                + original.replace("\r\n", "\n")
            )
        elif shape == "exim":
            msg["From"] = (
                f"Mail Delivery System <Mailer-Daemon@srv{rng.randrange(10, 99)}.{my_host}>"
            )
            msg["Subject"] = "Mail delivery failed: returning message to sender"
            msg["X-Failed-Recipients"] = failed
            msg["Auto-Submitted"] = "auto-replied"
            msg.set_content(
                "This message was created automatically by mail delivery software.\n\nA message "
                "that you sent could not be delivered to one or more of its\nrecipients. This is a "
                f"permanent error. The following address(es) failed:\n\n  {failed}\n    "
                f"Unrouteable address\n    all relevant MX records point to non-existent hosts\n\n"
                "------ This is a copy of the message, including all the headers. ------\n\n"
                + original.replace("\r\n", "\n")
            )
        elif shape == "sendmail":
            msg["From"] = f"Mail Delivery Subsystem <MAILER-DAEMON@mail.{my_host}>"
            msg["Subject"] = "Returned mail: see transcript for details"
            msg["Auto-Submitted"] = "auto-generated (failure)"
            msg.set_content(
                "The original message was received at " + date_h + f"\nfrom localhost [127.0.0.1]"
                "\n\n   ----- The following addresses had permanent fatal errors -----\n"
                f"<{failed}>\n    (reason: 550 5.1.1 <{failed}>... User unknown)\n\n   ----- "
                f"Transcript of session follows -----\n... while talking to mx.{domain}.:\n>>> "
                f"RCPT To:<{failed}>\n<<< 550 5.1.1 <{failed}>... User unknown\n550 5.1.1 "
                f"<{failed}>... User unknown"
            )
        elif shape == "postfix-plain":
            msg["From"] = f"Mail Delivery System <MAILER-DAEMON@relay.{my_host}>"
            msg["Subject"] = "Undelivered Mail Returned to Sender"
            msg.set_content(
                f"This is the mail system at host relay.{my_host}.\n\nI'm sorry to have to inform "
                "you that your message could not\nbe delivered to one or more recipients.\n\n"
                f"<{failed}>: mailbox unavailable: host mx.{domain} said: 550 5.2.1 Mailbox\n    "
                "disabled for this recipient (in reply to RCPT TO command)"
            )
        elif shape == "qq":
            msg["From"] = '"QQ邮箱" <PostMaster@qq.com>'
            msg["Subject"] = f"退信：{subject}"
            msg.set_content(
                f"很抱歉，您的邮件没能成功发送给以下收件人：\n\n{failed}\n\n原因：收件人邮箱地址不存在。"
                "（错误代码：550）\n\n您可以检查收件人地址的拼写后重新发送。\n\n"
                f"------------------ 原始邮件 ------------------\n发件人：{w.candidate[0]} <{me}>\n"
                f"主题：{subject}"
            )
        elif shape == "netease":
            msg["From"] = f"Mail Delivery Subsystem <postmaster@{my_host}>"
            msg["Subject"] = "系统退信"
            msg.set_content(
                f"您好，您于{w.sent:%Y-%m-%d %H:%M}发送的邮件投递失败。\n\n收件人：{failed}\n"
                "失败原因：对方服务器拒绝接收（550 User not found: 用户不存在）\n\n"
                "如需帮助，请访问邮箱帮助中心。"
            )
            msg.add_alternative(_html(msg.get_content(), "网易邮箱"), subtype="html")
        else:  # aliyun
            msg["From"] = "MAILER-DAEMON <mailer-daemon@aliyun.com>"
            msg["Subject"] = "退信通知 / Delivery Status Notification (Failure)"
            msg["X-Failed-Recipients"] = failed
            msg.set_content(
                f"您好，您发送的邮件未能投递到以下收件人 / Your mail could not be delivered to:\n\n"
                f"  {failed}\n\n退信原因 / Reason: 550 Mailbox not found or access denied\n\n"
                f"原邮件主题 / Original subject: {subject}"
            )
        raw = _seal(msg, rng)
    r = rng.random()
    know = (
        Knowledge(candidate=me)
        if r < 0.4
        else Knowledge((w.org.domain,) if r < 0.8 else (), (), (our_id,), me)
    )
    return Case(
        raw, "bounce", lang, f"bounce:{shape}", f"generated:{PART}", know, failed_recipient=failed
    )


# -- unrelated --------------------------------------------------------------------------------

UNRELATED_KINDS = (
    "job-alert",
    "network",
    "newsletter",
    "event",
    "course",
    "university",
    "agency",
    "personal",
    "colleague",
    "service",
    "employer-marketing",
)
LIST_KINDS = (
    "job-alert",
    "network",
    "newsletter",
    "event",
    "course",
    "university",
    "service",
    "employer-marketing",
)
SUBJECTS_UNRELATED_EN = {
    "job-alert": [
        "12 new jobs for 'supply chain planner'",
        "Jobs picked for you",
        "Neue Jobs für Sie",
    ],
    "network": [
        "Someone viewed your profile",
        "Congratulate Tom on his new role",
        "You appeared in 23 searches",
        "Priya sent you a message",
    ],
    "newsletter": [
        "The exploding-offer problem",
        "Issue 212: offers, interviews and salary",
        "We read 2,000 rejection emails",
    ],
    "event": [
        "You're invited: Supply Chain Careers Expo",
        "Webinar: negotiating your offer",
        "RSVP: mentoring evening",
    ],
    "course": ["Keep going: Module 4", "Book your mock interview", "Your certificate is ready"],
    "university": ["Careers & Employability update", "Career Service: Bewerbungstraining"],
    "agency": [
        "Head of Warehousing - Brisbane",
        "Multiple openings - leading bank",
        "Interview opportunity",
    ],
    "personal": ["how'd it go??", "guess what!!!", "saw this", "referral?", "favour?"],
    "colleague": [
        "Interview panel Thursday",
        "Offer going out",
        "Feedback due today",
        "Team update",
        "offer letter template",
    ],
    "service": [
        "Your flight is confirmed",
        "A special offer for you",
        "Versandbestätigung",
        "Your Thursday trip",
        "Your booking is confirmed",
    ],
    "employer-marketing": [
        "Winter sale fares from $89",
        "Harbourline quarterly",
        "Join our talent community",
    ],
}
SUBJECTS_UNRELATED_ZH = {
    "job-alert": ["为您推荐职位", "关注公司有新职位", "本周热招"],
    "network": ["谁看过我", "好友动态"],
    "newsletter": ["今日推送", "本期职场周刊", "面经合集", "国考面试真题解析"],
    "event": ["招聘会邀请函", "直播预告"],
    "course": ["课程更新提醒", "模拟面试特惠"],
    "university": ["关于举办面试技巧讲座的通知", "【就业信息】本周宣讲会", "就业协议书签订通知"],
    "agency": ["职位机会", "打扰一下"],
    "personal": ["面试咋样", "好消息！", "转给你", "内推", "帮个忙"],
    "colleague": ["周四面试", "同步", "面试评估表", "面试官培训"],
    "service": ["账单提醒", "发货通知", "出票成功", "话费提醒"],
    "employer-marketing": ["会员日", "新游公测"],
}


def _unrelated(index: int, lang: str, slot: int) -> Case:
    rng = random.Random(f"part-i:unrelated:{index}")
    w = _World(rng, lang)
    kind = UNRELATED_KINDS[slot % len(UNRELATED_KINDS)]
    pool = (P.UNRELATED_ZH if lang == "zh" else P.UNRELATED_EN)[kind]
    j = (slot // len(UNRELATED_KINDS)) % len(pool)
    body = w.fill(pool[j])
    subjects = (SUBJECTS_UNRELATED_ZH if lang == "zh" else SUBJECTS_UNRELATED_EN)[kind]
    subject = subjects[j % len(subjects)]  # each subject belongs to the text at its place
    lists = S.LISTS_ZH if lang == "zh" else S.LISTS_EN
    applied: tuple[str, ...] = ()
    if rng.random() < 0.5:
        applied = tuple(o.domain for o in rng.sample(S.EMPLOYERS, 3))
    first = w.candidate[2]
    if kind in lists:
        sender = lists[kind][j % len(lists[kind])]
        text = body
        if rng.random() < 0.4:
            text = (f"{first}，你好：\n\n" if lang == "zh" else f"Hi {first},\n\n") + text
    elif kind == "employer-marketing":
        org = next(o for o in S.EMPLOYERS if o.name.split()[0] in body or o.name in body)
        sender = (org.name, rng.choice(["news", "hello", "marketing"]) + f"@{org.domain}")
        applied = (*applied, org.domain)  # the user applied there, and still this is marketing
        text = body
    elif kind == "agency":
        agencies = S.AGENCIES_ZH if lang == "zh" else S.AGENCIES_EN
        name, domain = agencies[j % len(agencies)]  # the agency the text names
        recruiter = rng.choice(S.PEOPLE_ZH if lang == "zh" else S.PEOPLE_EN)[0]
        sender = (f"{recruiter} | {name}", f"consultant{rng.randrange(1, 40)}@{domain}")
        sign = f"{recruiter}\n{name}" if lang == "zh" else f"Best regards,\n{recruiter}\n{name}"
        text = f"{body}\n\n{sign}"
    elif kind == "personal":
        friends = S.FRIENDS_ZH if lang == "zh" else S.FRIENDS_EN
        sender = friends[j % len(friends)]  # who would write this text
        text = body + ("\n\n" + sender[0] if rng.random() < 0.5 else "")
    else:  # colleague at the candidate's current job
        co, domain = S.CURRENT_JOB_ZH if lang == "zh" else S.CURRENT_JOB_EN
        name, title = rng.choice(S.COLLEAGUES_ZH if lang == "zh" else S.COLLEAGUES_EN)
        local = "dept" if lang == "zh" else _ascii(name.split()[0])
        sender = (name, f"{local}{rng.randrange(1, 9)}@{domain}")
        text = f"{body}\n\n{name}\n{title}, {co}"
    msg = _base(sender, w, subject, _mid(rng, sender[1].split("@")[1]))
    host = sender[1].split("@")[1]
    if kind in LIST_KINDS:
        roll = rng.random()
        if roll < 0.8:
            msg["List-Unsubscribe"] = f"<https://{host}/u/{rng.randrange(16**10):010x}>"
        if roll < 0.4:
            msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        if 0.2 < roll < 0.6:
            msg["Precedence"] = "bulk"
        if roll < 0.3:
            msg["List-Id"] = f"<{kind}.{host}>"
        if kind in ("job-alert", "network", "service") and rng.random() < 0.5:
            msg["Auto-Submitted"] = "auto-generated"
        footer = (
            "\n\n退订 | 隐私政策 | 联系我们"
            if lang == "zh"
            else "\n\nUnsubscribe · Manage preferences · Privacy"
        )
        text += footer
        shape = rng.choice(["html", "html", "both", "text"])
    else:
        shape = rng.choice(["text", "text", "both"])
    if kind == "personal" and rng.random() < 0.3:  # a friend replying to the user's own mail
        our_id = _mid(rng, w.candidate[1].split("@")[1])
        msg["In-Reply-To"] = our_id
        msg.replace_header("Subject", "Re: " + subject)
    if shape == "html":
        msg.set_content(_html(text, sender[0]), subtype="html")
    else:
        msg.set_content(text)
        if shape == "both":
            msg.add_alternative(_html(text, sender[0]), subtype="html")
    if kind == "event" and rng.random() < 0.5:  # an event invitation with its calendar entry
        start = (w.sent + timedelta(days=9)).replace(hour=18, minute=0, second=0)
        utc = start.astimezone(UTC)
        ics = (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//events//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:{rng.randrange(16**12):012x}@{host}\r\nDTSTART:{utc:%Y%m%dT%H%M%SZ}\r\n"
            f"SUMMARY:{subject}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        msg.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="event.ics")
    know = Knowledge(applied, (), (), w.candidate[1])
    return Case(_seal(msg, rng), "unrelated", lang, kind, f"generated:{PART}", know)


# -- the part ---------------------------------------------------------------------------------


def build_part_i() -> list[Case]:
    """Part i's cases, always the same bytes."""
    cases: list[Case] = []
    for label in EMPLOYER_LABELS:
        seen = {"en": 0, "zh": 0}
        for i in range(COUNTS[label]):
            lang = "zh" if _is_zh(i) else "en"
            if i % 9 == 4:  # four in every label come through an agency
                cases.append(_agency(label, i, lang))
                continue
            pool = (P.ZH if lang == "zh" else P.EN)[label]
            cases.append(_employer(label, i, lang, pool[seen[lang] % len(pool)]))
            seen[lang] += 1
    for make, label in ((_ooo, "out-of-office"), (_bounce, "bounce"), (_unrelated, "unrelated")):
        seen = {"en": 0, "zh": 0}
        for i in range(COUNTS[label]):
            lang = "zh" if _is_zh(i) else "en"
            cases.append(make(i, lang, seen[lang]))
            seen[lang] += 1
    return cases
