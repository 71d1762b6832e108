"""Part e of the independent corpus: its own generator, written apart from the labeller's rules.

Written and frozen (tests/unit/test_mail_independent.py::test_part_e_is_frozen) before its
figures were measured; nothing was tuned on it. Its own senders (senders_e.py), phrasings
(phrases_e.py), date styles, bounce reports of eight MTAs, HTML layout and MIME boundaries (set
from the seed, so the bytes are the same on every run). Dates fall in 2026-2027.
"""

from __future__ import annotations

import html
import random
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

from tests.heldout_mail import phrases_e as P
from tests.heldout_mail import senders_e as S
from tests.heldout_mail.builder import Case, Knowledge

SEED = 20270114
EMPLOYER_LABELS = ("rejection", "interview-invite", "offer", "acknowledgement", "info-request",
                   "still-deciding", "position-closed")  # fmt: skip
COUNTS = {**dict.fromkeys(EMPLOYER_LABELS, 42), "out-of-office": 42, "bounce": 36,
          "unrelated": 196}  # fmt: skip
ZH_SHARE = 0.4
# How often a label comes from an ATS or scheduling tool rather than a person.
MACHINE_SHARE = {"rejection": 0.4, "interview-invite": 0.3, "offer": 0.15, "acknowledgement": 0.65,
                 "info-request": 0.2, "still-deciding": 0.1, "position-closed": 0.3}  # fmt: skip
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fmt: skip
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ZH_DAYS = "一二三四五六日"
LIST_KINDS = {"job-alert", "review-digest", "newsletter", "university", "webinar", "service"}
UNRELATED_SUBJECTS_EN = {
    "job-alert": ["New jobs matching your search", "{n} new roles for you", "Jobs you might like"],
    "review-digest": ["Your weekly digest", "Popular this week", "New interview reviews"],
    "newsletter": ["Issue #{n}: offers, interviews and more", "The weekly brief", "Hiring market update"],
    "university": ["Careers newsletter", "Careers fair - book now", "This week at the Careers Service"],
    "webinar": ["You're invited", "Reminder: starts tomorrow", "RSVP now"],
    "agency": ["Opportunity you might like", "Quick question", "Senior role - open to a chat?"],
    "personal": ["!!", "how did it go", "news", "Re: interview", "saw this"],
    "service": ["Your order", "A special offer for you", "Statement ready"],
    "colleague": ["Interview panel Thursday", "Reminder", "Quick favour"],
    "marketing": ["News from {c}", "{c} this month", "We're hiring!"],
    "ats-outreach": ["{o} is hiring - let's talk", "Your profile caught our eye"],
}  # fmt: skip
UNRELATED_SUBJECTS_ZH = {
    "job-alert": ["职位推荐", "为您推荐{n}个新职位", "新职位提醒"],
    "review-digest": ["本周热帖", "面经精选", "你关注的话题有更新"],
    "newsletter": ["第{n}期周刊", "本期内容"], "university": ["就业简报", "双选会通知", "讲座预告"],
    "webinar": ["直播邀请", "活动报名"], "agency": ["职位机会", "您好，打扰了", "高端岗位推荐"],
    "personal": ["面试", "在吗", "好消息", "周末回家吗"], "service": ["订单通知", "账单提醒", "限时优惠"],
    "colleague": ["面试官安排", "通知"], "marketing": ["{c}月刊", "{c}热招岗位"],
    "ats-outreach": ["{o}诚邀您了解新机会"],
}  # fmt: skip
OTHER_FIRMS = [("Arcwell Robotics", "arcwell.io"), ("Lindenbaum AG", "lindenbaum.de"),
               ("青岚数科", "qinglan-tech.cn"), ("Foxglove Pay", "foxglovepay.com")]  # fmt: skip


# --- dates -------------------------------------------------------------------------------------


def _sent(rng: random.Random) -> datetime:
    day = date(2026, 12, 1) + timedelta(days=rng.randrange(0, 210))
    while day.weekday() > 4:
        day -= timedelta(days=1)
    zone = timezone(timedelta(hours=rng.choice([-8, -5, 0, 1, 8, 8])))
    return datetime(day.year, day.month, day.day, rng.randrange(7, 20), rng.randrange(60),
                    rng.randrange(60), tzinfo=zone)  # fmt: skip


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def spell(rng: random.Random, day: date, style: str, *, year: bool) -> str:
    """A day the way a writer of this style puts it; the year when asked or by chance."""
    year = year or rng.random() < 0.25
    if style == "zh":
        form = rng.randrange(5)
        if form == 0:
            return f"{day.year}/{day.month}/{day.day}" if year else f"{day.month}月{day.day}日"
        if form == 1:
            return f"{day.month}月{day.day}号" + (
                f"（星期{ZH_DAYS[day.weekday()]}）" if rng.random() < 0.5 else ""
            )
        text = f"{day.month}月{day.day}日"
        text = f"{day.year}年{text}" if year else text
        return text + (f"（周{ZH_DAYS[day.weekday()]}）" if form == 2 else "")
    weekday, month = DAYS[day.weekday()], MONTHS[day.month - 1]
    if style == "iso" or rng.random() < 0.1:
        return day.isoformat()
    if style == "de" and rng.random() < 0.6:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    form = rng.randrange(4)
    if style == "us":
        text = [f"{month} {day.day}", f"{weekday}, {month} {day.day}", f"{month[:3]} {_ordinal(day.day)}",
                f"{weekday[:3]} {month[:3]} {day.day}"][form]  # fmt: skip
    else:
        text = [f"{day.day} {month}", f"{weekday} {day.day} {month}", f"{_ordinal(day.day)} {month[:3]}",
                f"{weekday} the {_ordinal(day.day)} of {month}"][form]  # fmt: skip
    return (
        f"{text}, {day.year}"
        if year and style == "us"
        else (f"{text} {day.year}" if year else text)
    )


# --- rendering ---------------------------------------------------------------------------------


def _html(paragraphs: list[str], lang: str, rng: random.Random) -> str:
    hidden = html.escape(paragraphs[0][:60]) if paragraphs else ""
    body = "".join(
        f'<div class="p">{html.escape(p).replace(chr(10), "<br/>")}</div>' for p in paragraphs
    )
    foot = "此邮件由系统发送" if lang == "zh" else "Sent with care"
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<style>.p{margin-bottom:14px;font:14px/1.5 Helvetica}</style></head><body>"
        f'<span style="display:none;max-height:0">{hidden}</span>'
        f'<center><div style="max-width:600px;text-align:left">{body}'
        f'<hr/><small style="color:#999">{foot} &middot; {rng.randrange(10**6)}</small>'
        "</div></center></body></html>"
    )


def _message(rng: random.Random, *, sender: tuple[str, str], to: tuple[str, str], subject: str,
             sent: datetime, text: str, shape: str, lang: str, in_reply_to: str | None = None,
             headers: tuple[tuple[str, str], ...] = ()) -> EmailMessage:  # fmt: skip
    msg = EmailMessage(policy=SMTP)
    msg["From"] = formataddr(sender)
    msg["To"] = formataddr(to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = _mid(rng, sender[1].split("@")[1])
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for name, value in headers:
        msg[name] = value
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if shape == "html":
        msg.set_content(_html(paragraphs, lang, rng), subtype="html")
    else:
        msg.set_content(text)
        if shape == "both":
            msg.add_alternative(_html(paragraphs, lang, rng), subtype="html")
            msg.set_boundary(f"----=_Part_{rng.randrange(10**9)}_{rng.randrange(10**6)}")
    return msg


def _mid(rng: random.Random, host: str) -> str:
    return f"<{rng.randrange(36**10):x}-{rng.randrange(10**4):04d}@{host}>"


def _shape(rng: random.Random) -> str:
    return rng.choices(["text", "html", "both"], weights=[3, 3, 4])[0]


# --- employer mail -----------------------------------------------------------------------------


def _people(
    rng: random.Random, lang: str
) -> tuple[S.Firm, tuple[str, str], tuple[str, str, str], str]:
    firm = rng.choice([f for f in S.FIRMS if f.lang == lang])
    person = rng.choice(S.PEOPLE_ZH if lang == "zh" else S.PEOPLE_EN)
    seeker = rng.choice([s for s in S.SEEKERS if s[0].isascii() == (lang == "en")])
    role = rng.choice(S.ROLES_ZH if lang == "zh" else S.ROLES_EN)
    return firm, person, seeker, role


def _address(rng: random.Random, firm: S.Firm, person: tuple[str, str], lang: str) -> str:
    if lang == "zh":
        local = rng.choice(["hr", "talent", "zhaopin", "campus", "hr.bj", "recruiting"])
    else:
        first, *rest = person[0].lower().split()
        local = rng.choice([f"{first}.{rest[-1]}", f"{first}", f"{first[0]}.{rest[-1]}"])
    return f"{local}@{firm.domain}"


def _fields(rng: random.Random, firm: S.Firm, person: tuple[str, str], seeker: tuple[str, str, str],
            role: str, sent: datetime) -> dict[str, str]:  # fmt: skip
    day = sent.date() + timedelta(days=rng.randrange(2, 12))
    start = sent.date() + timedelta(days=rng.randrange(20, 60))
    slug = firm.domain.split(".")[0]
    sal = (f"{rng.randrange(18, 60)}K" if firm.lang == "zh"
           else rng.choice(["$142,000", "£68,500", "€74,000", "$118k"]))  # fmt: skip
    return {"first": seeker[2], "c": firm.name, "role": role, "p": person[0].split()[0],
            "day": spell(rng, day, firm.style, year=day.year != sent.year),
            "day2": spell(rng, start, firm.style, year=start.year != sent.year),
            "link": f"https://{slug}.example-portal.com/c/{rng.randrange(16**8):08x}",
            "sal": sal, "ref": f"R-{rng.randrange(10**5):05d}"}  # fmt: skip


def _greet(rng: random.Random, seeker: tuple[str, str, str], lang: str, machine: bool) -> str:
    if lang == "zh":
        return rng.choice([f"{seeker[2]}，你好！", f"亲爱的{seeker[0]}：", f"{seeker[0]}同学，您好：",
                           "您好，", ""] if not machine else [f"尊敬的{seeker[0]}：", "您好："])  # fmt: skip
    if machine:
        return rng.choice([f"Dear {seeker[0]},", f"Hi {seeker[2]},"])
    return rng.choice(
        [f"Hi {seeker[2]},", f"Dear {seeker[2]},", f"Hey {seeker[2]}!", f"{seeker[2]},", ""]
    )


def _sign(
    rng: random.Random, firm: S.Firm, person: tuple[str, str], lang: str, machine: bool
) -> str:
    if machine:
        return f"{firm.name}人才招聘团队" if lang == "zh" else f"The {firm.name} Talent Team"
    name, title = person
    if lang == "zh":
        return rng.choice([f"{name}\n{firm.name} · {title}", f"此致\n敬礼\n{name}", f"—— {name}"])
    return rng.choice([f"Warm regards,\n{name}", f"{name.split()[0]}",
                       f"All the best,\n{name} | {title}\n{firm.name}", f"Thanks!\n{name}"])  # fmt: skip


def _quote(
    rng: random.Random, seeker: tuple[str, str, str], when: datetime, text: str, lang: str
) -> str:
    style = rng.randrange(3)
    if style == 0:
        head = f"On {when:%d %b %Y, at %H:%M}, {seeker[0]} <{seeker[1]}> wrote:"
        return head + "\n" + "\n".join(f"> {line}" for line in text.splitlines())
    if style == 1 and lang == "zh":
        return (f"在 {when:%Y年%m月%d日 %H:%M}，\"{seeker[0]}\" <{seeker[1]}> 写道：\n"
                + "\n".join(f"> {line}" for line in text.splitlines()))  # fmt: skip
    return ("-----Original Message-----\n" f"From: {seeker[0]} <{seeker[1]}>\n"
            f"Sent: {when:%a %d/%m/%Y %H:%M}\n\n{text}")  # fmt: skip


def build_employer(rng: random.Random, label: str, lang: str) -> Case:
    firm, person, seeker, role = _people(rng, lang)
    sent = _sent(rng)
    f = _fields(rng, firm, person, seeker, role, sent)
    machine = (rng.random() < MACHINE_SHARE[label] and firm.size == "corp") or (
        label == "acknowledgement" and rng.random() < 0.3
    )
    slug = firm.domain.split(".")[0].replace("-", "")
    headers: list[tuple[str, str]] = []
    person_address = _address(rng, firm, person, lang)
    scheduler = label == "interview-invite" and not machine and rng.random() < 0.25
    if machine:
        display, address = rng.choice(S.ATS_ZH if lang == "zh" else S.ATS_EN)
        sender = (display.format(c=firm.name), address.format(s=slug))
        if rng.random() < 0.5:
            headers.append(("Auto-Submitted", "auto-generated"))
        headers.append(("Reply-To", formataddr((firm.name, person_address))))
    elif scheduler:
        display, address = rng.choice(S.SCHEDULERS_ZH if lang == "zh" else S.SCHEDULERS)
        sender = (display.format(c=firm.name, p=person[0]), address)
    elif firm.size == "startup" and rng.random() < 0.3:
        host = rng.choice(S.PERSONAL_HOSTS_ZH if lang == "zh" else S.PERSONAL_HOSTS_EN)
        local = person[0].split()[0].lower() if lang == "en" else f"ceo{rng.randrange(1, 999)}"
        sender = (person[0], f"{local}{rng.randrange(1, 99)}@{host}")
    else:
        sender = (person[0], person_address)
    cores = (P.CORES_ZH if lang == "zh" else P.CORES_EN)[label]
    core = rng.choice(cores).format(**f)
    opener = rng.choice(P.OPENERS_ZH if lang == "zh" else P.OPENERS_EN).format(**f)
    closer = rng.choice(P.CLOSERS_ZH if lang == "zh" else P.CLOSERS_EN)
    parts = [_greet(rng, seeker, lang, machine), opener if rng.random() < 0.6 else "", core,
             closer, _sign(rng, firm, person, lang, machine)]  # fmt: skip
    text = "\n\n".join(p for p in parts if p)
    our_id = None
    subject = rng.choice((P.SUBJECTS_ZH if lang == "zh" else P.SUBJECTS_EN)[label]).format(**f)
    if not machine and not scheduler and rng.random() < 0.45:
        our_id = _mid(rng, seeker[1].split("@")[1])
        ours = rng.choice(P.OUR_ZH if lang == "zh" else P.OUR_EN).format(**f)
        subject = ("回复：" if lang == "zh" and rng.random() < 0.6 else "Re: ") + (
            f"{role}" if rng.random() < 0.5 else subject
        )
        if rng.random() < 0.65:
            text += "\n\n" + _quote(
                rng, seeker, sent - timedelta(days=rng.randrange(1, 9)), ours, lang
            )
    msg = _message(rng, sender=sender, to=seeker[:2], subject=subject, sent=sent, text=text,
                   shape=_shape(rng), lang=lang, in_reply_to=our_id, headers=tuple(headers))  # fmt: skip
    contacts = (person_address,) if sender[1] == person_address and rng.random() < 0.5 else ()
    know = Knowledge((firm.domain,), contacts, (our_id,) if our_id else (), seeker[1])
    kind = f"{label}:{'machine' if machine else 'scheduler' if scheduler else 'person'}"
    return Case(msg.as_bytes(), label, lang, kind, "generated:e", know)


# --- out-of-office -----------------------------------------------------------------------------


def build_out_of_office(rng: random.Random, lang: str) -> Case:
    firm, person, seeker, role = _people(rng, lang)
    sent = _sent(rng)
    first_off = sent.date() - timedelta(days=rng.randrange(0, 4))
    back = sent.date() + timedelta(days=rng.randrange(1, 24))
    while back.weekday() > 4:
        back += timedelta(days=1)
    last = back - timedelta(days=1)
    cross = back.year != sent.year
    address = _address(rng, firm, person, lang)
    deputy = f"{rng.choice(['recruiting', 'people', 'hr-team', 'office'])}@{firm.domain}"
    template = rng.choice(P.OOO_ZH if lang == "zh" else P.OOO_EN)
    body = template.format(back=spell(rng, back, firm.style, year=cross),
                           last=spell(rng, last, firm.style, year=cross),
                           first_off=spell(rng, first_off, firm.style, year=False), deputy=deputy)  # fmt: skip
    sign = person[0] if rng.random() < 0.7 else f"{person[0]}\n{person[1]}, {firm.name}"
    text = f"{body}\n\n{sign}"
    our_subject = rng.choice([f"Application: {role}", "Following up", "Thank you"] if lang == "en"
                             else [f"应聘{role}", "面试跟进"])  # fmt: skip
    prefix = rng.choice(["自动回复：", "自动回复: ", "【自动回复】", "Auto Reply: "] if lang == "zh"
                        else ["Automatic reply: ", "Out of Office: ", "Autoreply: ", "OOO - ", ""])  # fmt: skip
    headers: list[tuple[str, str]] = []
    if rng.random() < 0.55:
        headers.append(("Auto-Submitted", "auto-replied"))
    if rng.random() < 0.2:
        headers.append(("X-Autoreply", "yes"))
    if rng.random() < 0.3:
        headers.append(("X-Auto-Response-Suppress", "All"))
    if not headers and not prefix:  # a reader still needs a sign that this is an auto-reply
        headers.append(("Precedence", "auto_reply"))
    our_id = _mid(rng, seeker[1].split("@")[1]) if rng.random() < 0.85 else None
    msg = _message(rng, sender=(person[0], address), to=seeker[:2], subject=prefix + our_subject,
                   sent=sent, text=text, shape=rng.choice(["text", "text", "html", "both"]),
                   lang=lang, in_reply_to=our_id, headers=tuple(headers))  # fmt: skip
    know = Knowledge((firm.domain,), (address,), (our_id,) if our_id else (), seeker[1])
    return Case(msg.as_bytes(), "out-of-office", lang, "out-of-office", "generated:e", know,
                return_date=back)  # fmt: skip


# --- bounces -----------------------------------------------------------------------------------

MTAS = ("postfix", "gmail", "exchange", "exim", "qmail", "netease", "sendmail", "postfix-full")


def _original(seeker: tuple[str, str, str], failed: str, subject: str, sent: datetime,
              our_id: str, cc: str | None) -> str:  # fmt: skip
    lines = [f"From: {formataddr(seeker[:2])}", f"To: {failed}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines += [
        f"Subject: {Header(subject, 'utf-8').encode()}",
        f"Date: {format_datetime(sent)}",
        f"Message-ID: {our_id}",
    ]
    return "\n".join(lines)


def build_bounce(rng: random.Random, lang: str, index: int) -> Case:
    firm, person, seeker, role = _people(rng, lang)
    sent = _sent(rng)
    failed = (_address(rng, firm, person, lang) if rng.random() < 0.6
              else f"{rng.choice(['jobs', 'careers', 'hiring', 'zhaopin'])}@{firm.domain}")  # fmt: skip
    cc = f"{rng.choice(['talent', 'team'])}@{firm.domain}" if rng.random() < 0.25 else None
    our_id = _mid(rng, seeker[1].split("@")[1])
    ours = rng.choice(P.OUR_ZH if lang == "zh" else P.OUR_EN).format(role=role)
    our_subject = f"应聘{role}" if lang == "zh" else f"Application for {role}"
    original = _original(seeker, failed, our_subject, sent - timedelta(minutes=2), our_id, cc)
    mta = MTAS[index % len(MTAS)]  # every MTA equally often
    host = seeker[1].split("@")[1]
    when = sent + timedelta(minutes=rng.randrange(1, 30))
    msg = EmailMessage(policy=SMTP)
    msg["Date"] = format_datetime(when)
    msg["To"] = seeker[1]
    msg["Message-ID"] = _mid(rng, f"mx{rng.randrange(1, 9)}.{host}")
    if rng.random() < 0.5:
        msg["Auto-Submitted"] = "auto-replied"
    remote = f"mx{rng.randrange(1, 4)}.{firm.domain}"
    if mta in ("postfix", "postfix-full"):
        full = mta == "postfix-full"
        msg["From"] = f"MAILER-DAEMON@smtp{rng.randrange(1, 9)}.{host} (Mail Delivery System)"
        msg["Subject"] = "Undelivered Mail Returned to Sender"
        code, status = ("552 5.2.2 Mailbox full, quota exceeded", "5.2.2") if full else (
            f"550 5.1.1 <{failed}>: Recipient address rejected: User unknown in virtual mailbox table",
            "5.1.1")  # fmt: skip
        msg.set_content(
            f"This is the mail system at host smtp.{host}.\n\nI'm sorry to have to inform you that "
            "your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
            f"<{failed}>: host {remote}[203.0.113.{rng.randrange(2, 250)}] said: {code} "
            "(in reply to RCPT TO command)\n"
        )
        boundary = f"{rng.randrange(16**10):010X}.{rng.randrange(10**9)}/smtp.{host}"
        status_block = (
            f"Reporting-MTA: dns; smtp.{host}\nArrival-Date: {format_datetime(sent)}\n\n"
            f"Final-Recipient: rfc822; {failed}\nOriginal-Recipient: rfc822;{failed}\n"
            f"Action: failed\nStatus: {status}\nRemote-MTA: dns; {remote}\n"
            f"Diagnostic-Code: smtp; {code}\n"
        )
        readable = msg.get_content()
        del msg["Content-Type"], msg["Content-Transfer-Encoding"], msg["MIME-Version"]
        head = "".join(f"{name}: {value}\r\n" for name, value in msg.items())
        raw = (
            f"{head}MIME-Version: 1.0\r\nContent-Type: multipart/report; "
            f'report-type=delivery-status;\r\n boundary="{boundary}"\r\n\r\n'
            f"This is a MIME-encapsulated message.\n\n--{boundary}\n"
            "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
            f"{readable}\n--{boundary}\nContent-Description: Delivery report\n"
            f"Content-Type: message/delivery-status\n\n{status_block}\n--{boundary}\n"
            "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
            f"{original}\n\n--{boundary}--\n"
        )
        know = Knowledge((firm.domain,), (), (our_id,), seeker[1])
        return Case(raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii"), "bounce",
                    lang, f"bounce:{mta}", "generated:e", know, failed_recipient=failed)  # fmt: skip
    elif mta == "gmail":
        msg["From"] = formataddr(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"))
        msg["Subject"] = "Delivery Status Notification (Failure)"
        msg["X-Failed-Recipients"] = failed
        msg.set_content(
            "** Address not found **\n\nYour message wasn't delivered to "
            f"{failed} because the address couldn't be found, or is unable to receive mail.\n\n"
            "Learn more at https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\n"
            f"The email account that you tried to reach does not exist. 550 5.1.1\n\n{original}\n\n{ours}\n"
        )
    elif mta == "exchange":
        msg["From"] = formataddr(("Microsoft Outlook", f"postmaster@{host}"))
        msg["Subject"] = f"Undeliverable: {our_subject}"
        body = (f"Your message to {failed} couldn't be delivered.\n\n{failed.split('@')[0]} wasn't "
                f"found at {firm.domain}.\n\nAction Required: Recipient\nUnknown To address\n\n"
                "How to Fix It\nThe address may be misspelled or may not exist.\n\n"
                f"Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
                f"{failed} not found by SMTP address lookup'\n\nOriginal message headers:\n\n{original}")  # fmt: skip
        msg.set_content(_html(body.split("\n\n"), "en", rng), subtype="html")
    elif mta == "exim":
        msg["From"] = formataddr(("Mail Delivery System", f"Mailer-Daemon@{host}"))
        msg["Subject"] = "Mail delivery failed: returning message to sender"
        msg["X-Failed-Recipients"] = failed
        msg.set_content(
            "This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\nrecipients. "
            "This is a permanent error. The following address(es) failed:\n\n"
            f"  {failed}\n    host {remote} [198.51.100.{rng.randrange(2, 250)}]\n"
            f"    SMTP error from remote mail server after RCPT TO:<{failed}>:\n"
            "    550 No such user here\n\n------ This is a copy of the message, including all the "
            f"headers. ------\n\n{original}\n\n{ours}\n"
        )
    elif mta == "qmail":
        msg["From"] = f"MAILER-DAEMON@{host}"
        msg["Subject"] = "failure notice"
        msg.set_content(
            f"Hi. This is the qmail-send program at {host}.\nI'm afraid I wasn't able to deliver "
            "your message to the following addresses.\nThis is a permanent error; I've given up. "
            f"Sorry it didn't work out.\n\n<{failed}>:\n{remote} does not like recipient.\n"
            "Remote host said: 550 5.1.1 mailbox unavailable\nGiving up on "
            f"{remote}.\n\n--- Below this line is a copy of the message.\n\n{original}\n\n{ours}\n"
        )
    elif mta == "netease":
        msg["From"] = formataddr(("系统退信", f"postmaster@{host}"))
        msg["Subject"] = rng.choice(
            ["系统退信", "退信通知：您的邮件未能送达", "Undelivered Mail Returned to Sender"]
        )
        msg.set_content(
            "很抱歉，您发送的邮件被退回。\n\n"
            f"收件人：{failed}\n发送时间：{sent:%Y-%m-%d %H:%M:%S}\n主题：{our_subject}\n\n"
            "退信原因：收件人邮箱地址不存在，或该邮箱已被停用。\n"
            f"错误信息：550 User not found: {failed}\n\n建议：请核对收件人地址后重新发送。\n"
        )
    else:  # sendmail
        msg["From"] = formataddr(("Mail Delivery Subsystem", f"MAILER-DAEMON@relay.{host}"))
        msg["Subject"] = "Returned mail: see transcript for details"
        msg.set_content(
            "The original message was received at "
            f"{format_datetime(sent)}\nfrom localhost [127.0.0.1]\n\n"
            "   ----- The following addresses had permanent fatal errors -----\n"
            f"<{failed}>\n    (reason: 550 5.1.1 <{failed}>... User unknown)\n\n"
            f"   ----- Transcript of session follows -----\n... while talking to {remote}.:\n"
            f">>> RCPT To:<{failed}>\n<<< 550 5.1.1 <{failed}>... User unknown\n\n{original}\n"
        )
    know = Knowledge((firm.domain,), (), (our_id,), seeker[1])
    return Case(msg.as_bytes(), "bounce", lang, f"bounce:{mta}", "generated:e", know,
                failed_recipient=failed)  # fmt: skip


# --- unrelated mail ----------------------------------------------------------------------------

KINDS = ("job-alert", "review-digest", "newsletter", "university", "webinar", "agency", "personal",
         "service", "colleague", "marketing", "ats-outreach")  # fmt: skip
KIND_WEIGHTS = (3, 2, 3, 2, 2, 3, 4, 1, 1, 1, 1)


def build_unrelated(rng: random.Random, lang: str) -> Case:
    firm, _person, seeker, _role = _people(rng, lang)
    sent = _sent(rng)
    kind = rng.choices(KINDS, weights=KIND_WEIGHTS)[0]
    applied = tuple(sorted({f.domain for f in rng.sample(S.FIRMS, 3)} | {firm.domain}))
    senders = S.UNRELATED_SENDERS_ZH if lang == "zh" else S.UNRELATED_SENDERS_EN
    pool = P.UNRELATED_ZH if lang == "zh" else P.UNRELATED_EN
    other = rng.choice(OTHER_FIRMS)
    fields = {"c": firm.name, "o": other[0], "n": str(rng.randrange(20, 180))}
    headers: list[tuple[str, str]] = []
    in_reply_to = None
    greeting = ""
    if kind == "personal":
        name, local = rng.choice(S.KIN_ZH if lang == "zh" else S.KIN_EN)
        host = rng.choice(S.PERSONAL_HOSTS_ZH if lang == "zh" else S.PERSONAL_HOSTS_EN)
        sender = (name, f"{local}@{host}")
        body = rng.choice(pool["personal"])
        if rng.random() < 0.35:  # a reply to something we wrote to them
            in_reply_to = _mid(rng, seeker[1].split("@")[1])
    elif kind == "marketing":  # the company the user applied to, writing to everyone
        sender = (firm.name, f"{rng.choice(['news', 'hello', 'careers-news'])}@{firm.domain}")
        body = (f"{firm.name}本月动态：新品发布、员工故事、热招岗位一览，欢迎推荐朋友投递，内推成功有奖！"
                if lang == "zh" else
                f"Inside this month's {firm.name} update: our new office, a customer story, and "
                "20+ open roles. Know someone who'd ace the interview? Refer them today.")  # fmt: skip
        headers.append(("List-Unsubscribe", f"<https://{firm.domain}/email/unsubscribe>"))
    elif kind == "ats-outreach":  # another company's recruiter through an ATS's sourcing mail
        sender = (f"{other[0]} Recruiting", "no-reply@hire.lever.co")
        body = (f"我是{other[0]}的招聘负责人，看到您的公开资料，想邀请您了解我们的新岗位，"
                "如有兴趣可以约个时间聊聊。" if lang == "zh" else
                f"I lead recruiting at {other[0]} and came across your profile. We're not a "
                "company you've applied to, but we're growing fast and I'd love to set up an "
                "intro chat if you're open to hearing about a new role.")  # fmt: skip
    else:
        sender = rng.choice(senders[kind])
        body = rng.choice(pool[kind])
    if kind in ("agency", "personal", "colleague", "ats-outreach"):
        greeting = rng.choice([f"Hi {seeker[2]},", f"{seeker[2]}!", "Hello,"] if lang == "en"
                              else [f"{seeker[2]}，", "你好，", f"{seeker[0]}您好，"])  # fmt: skip
    listy = (kind in LIST_KINDS and rng.random() < 0.8) or kind == "marketing"
    host = sender[1].split("@")[1]
    if listy:
        if kind != "marketing":
            headers.append(("List-Unsubscribe", f"<mailto:leave-{rng.randrange(10**6)}@{host}>, "
                                                f"<https://{host}/u/{rng.randrange(16**8):x}>"))  # fmt: skip
        if rng.random() < 0.6:
            headers.append(("List-Id", f"<{kind}.{host}>"))
        if rng.random() < 0.4:
            headers.append(("Precedence", "bulk"))
        if rng.random() < 0.3:
            headers.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    footer = (P.FOOTER_LIST_ZH if lang == "zh" else P.FOOTER_LIST_EN) if listy else ""
    text = "\n\n".join(p for p in (greeting, body, footer) if p)
    subject = rng.choice((UNRELATED_SUBJECTS_ZH if lang == "zh" else UNRELATED_SUBJECTS_EN)[kind])
    shape = (
        rng.choice(["html", "html", "both"])
        if listy
        else rng.choice(["text", "text", "both", "html"])
    )
    msg = _message(rng, sender=sender, to=seeker[:2], subject=subject.format(**fields), sent=sent,
                   text=text, shape=shape, lang=lang, in_reply_to=in_reply_to, headers=tuple(headers))  # fmt: skip
    return Case(msg.as_bytes(), "unrelated", lang, kind, "generated:e",
                Knowledge(applied, (), (), seeker[1]))  # fmt: skip


def build_part_e(*, seed: int = SEED) -> list[Case]:
    """Part e's cases, in a fixed order; the same seed gives the same bytes."""
    cases: list[Case] = []
    for label, count in COUNTS.items():
        for i in range(count):
            rng = random.Random(f"{seed}/{label}/{i}")
            lang = "zh" if rng.random() < ZH_SHARE else "en"
            if label == "out-of-office":
                cases.append(build_out_of_office(rng, lang))
            elif label == "bounce":
                cases.append(build_bounce(rng, lang, i))
            elif label == "unrelated":
                cases.append(build_unrelated(rng, lang))
            else:
                cases.append(build_employer(rng, label, lang))
    return cases
