"""Part f of the independent mail corpus: written by its own author, apart from the labeller.

Nothing here was derived from the labeller's rules, data or the other parts' wording. It reads
mailboxes in the US, UK, Germany, India, China, Singapore and Australia: big employers writing
through their ATS, small firms and founders writing from their own (sometimes personal)
mailboxes, agencies, scheduling tools; out-of-office replies with the return day written many
ways; bounces from several MTAs; and, about a third of it, mail about jobs that is not an
employer's word on an application. Every message is made from its own seeded generator (MIME
boundaries too), so the bytes are the same on every run. Sent dates fall in 2027.
"""

from __future__ import annotations

import html
import random
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

from tests.heldout_mail import phrases_f as P
from tests.heldout_mail import senders_f as S
from tests.heldout_mail.builder import Case, Knowledge

SEED = "part-f-2027"
COUNTS = {
    "rejection": 40, "interview-invite": 40, "offer": 30, "acknowledgement": 30,
    "info-request": 30, "still-deciding": 30, "position-closed": 30, "out-of-office": 36,
    "bounce": 26, "unrelated": 172,
}  # fmt: skip
ZH_SHARE = 0.4
SOURCE = "generated:f"
# Which employer labels tend to come from a machine (ATS) when the firm has one.
ATS_CHANCE = {"rejection": 0.5, "acknowledgement": 0.7, "interview-invite": 0.25, "offer": 0.15,
              "info-request": 0.2, "still-deciding": 0.2, "position-closed": 0.3}  # fmt: skip
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ZH_DAYS = "一二三四五六日"
ZONES = {"US": -5, "UK": 0, "DE": 1, "IN": 5.5, "CN": 8, "SG": 8, "AU": 10}


def _sent(rng: random.Random, country: str) -> datetime:
    day = date(2027, 1, 11) + timedelta(days=rng.randrange(0, 330))
    while day.weekday() > 4:
        day += timedelta(days=1)
    zone = timezone(timedelta(hours=ZONES[country]))
    return datetime(day.year, day.month, day.day, rng.randrange(7, 20), rng.randrange(60),
                    rng.randrange(60), tzinfo=zone)  # fmt: skip


def _nth(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def spell(rng: random.Random, day: date, country: str, lang: str, *, year: bool = False) -> str:
    """A day as someone in `country` writes it; never ambiguous (no 3/4-style dates)."""
    if lang == "zh":
        style = rng.choice(["md", "md-week", "ymd", "hao", "iso", "dot-year"])
        if style == "md":
            return (
                f"{day.month}月{day.day}日" if not year else f"{day.year}年{day.month}月{day.day}日"
            )
        if style == "md-week":
            head = f"{day.year}年" if year else ""
            return f"{head}{day.month}月{day.day}日（星期{ZH_DAYS[day.weekday()]}）"
        if style == "ymd":
            return f"{day.year}年{day.month}月{day.day}日"
        if style == "hao":
            return (
                f"{day.month}月{day.day}号" if not year else f"{day.year}年{day.month}月{day.day}号"
            )
        if style == "iso":
            return day.isoformat()
        return f"{day.year}.{day.month}.{day.day}"
    weekday, month = DAYS[day.weekday()], MONTHS[day.month - 1]
    tail = f", {day.year}" if year else ""
    styles = {
        "US": ["{W}, {M} {d}{y}", "{M} {d}{y}", "{M} {o}{y}", "{w} {m} {d}{y}"],
        "UK": ["{W} {d} {M}{y2}", "{d} {M}{y2}", "{W} {o} {M}{y2}", "the {o} of {M}{y2}"],
        "DE": ["{dd}.{mm}.{yyyy}", "{W}, {dd}.{mm}.{yyyy}", "{d} {M}{y2}"],
        "IN": ["{o} {M}{y2}", "{W}, {o} {M}{y2}", "{dd}-{m}-{yyyy}"],
        "SG": ["{d} {M}{y2}", "{W}, {d} {m}{y2}", "{iso}"],
        "AU": ["{W} {d} {M}{y2}", "{d} {M}{y2}", "{w} {o} {M}{y2}"],
    }[country if country in ("US", "UK", "DE", "IN", "SG", "AU") else "UK"]
    text = rng.choice(styles)
    return text.format(W=weekday, w=weekday[:3], M=month, m=month[:3], d=day.day, o=_nth(day.day),
                       y=tail, y2=f" {day.year}" if year else "", dd=f"{day.day:02d}",
                       mm=f"{day.month:02d}", yyyy=day.year, iso=day.isoformat())  # fmt: skip


def _html(paragraphs: list[str], rng: random.Random) -> str:
    font = rng.choice(["Helvetica,Arial,sans-serif", "'Segoe UI',sans-serif", "微软雅黑,SimSun"])
    body = "".join(
        f'<div style="font-family:{font};font-size:14px">{html.escape(p).replace(chr(10), "<br/>")}'
        "</div><div><br/></div>"
        for p in paragraphs
    )
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>{body}</body></html>'


def _boundary(rng: random.Random) -> str:
    return f"----=_Part_{rng.randrange(10**6)}_{rng.randrange(16**10):010x}"


def _message(rng: random.Random, *, sender: tuple[str, str], to: tuple[str, str], subject: str,
             sent: datetime, host: str, paragraphs: list[str], shape: str,
             headers: tuple[tuple[str, str], ...] = (), reply_to: str | None = None) -> tuple[bytes, str]:  # fmt: skip
    msg = EmailMessage(policy=SMTP)
    msg["From"] = formataddr(sender)
    msg["To"] = formataddr(to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    mid = f"<{rng.randrange(16**16):016x}.{rng.randrange(10**5)}@{host}>"
    msg["Message-ID"] = mid
    if reply_to:
        msg["In-Reply-To"] = reply_to
        msg["References"] = reply_to
    for name, value in headers:
        msg[name] = value
    msg["MIME-Version"] = "1.0"
    text = "\n\n".join(paragraphs)
    if shape == "html":
        msg.set_content(_html(paragraphs, rng), subtype="html")
    else:
        msg.set_content(text)
        if shape == "both":
            msg.add_alternative(_html(paragraphs, rng), subtype="html")
            msg.set_boundary(_boundary(rng))
    return msg.as_bytes(), mid


def _shape(rng: random.Random) -> str:
    return rng.choices(["text", "html", "both"], weights=[4, 3, 4])[0]


def _seeker(rng: random.Random, lang: str) -> tuple[str, str, str]:
    return rng.choice(S.SEEKERS_ZH if lang == "zh" else S.SEEKERS_EN)


def _our_mid(rng: random.Random, seeker: tuple[str, str, str]) -> str:
    return f"<CA+{rng.randrange(16**20):020x}@{seeker[1].split('@')[1]}>"


def _greet(rng: random.Random, seeker: tuple[str, str, str], lang: str, machine: bool) -> str:
    if lang == "zh":
        options = (
            ["尊敬的候选人：", f"{seeker[0]}您好："]
            if machine
            else [f"{seeker[2]}，你好！", f"{seeker[0]}同学，您好：", "你好，", f"Hi {seeker[2]}，"]
        )
    else:
        options = ["Dear Candidate,", f"Dear {seeker[0]},"] if machine else [
            f"Hi {seeker[2]},", f"Hey {seeker[2]}!", f"Dear {seeker[2]},", f"{seeker[2]},",
            "Hello,", ""]  # fmt: skip
    return rng.choice(options)


def _sign(
    rng: random.Random, firm: S.Firm, person: tuple[str, str], lang: str, machine: bool
) -> str:
    if machine:
        if lang == "zh":
            return rng.choice(
                [
                    f"{firm.name}人力资源部",
                    f"{firm.name}招聘团队\n（本邮件由系统自动发送，请勿直接回复）",
                ]
            )
        return rng.choice([f"The {firm.name} Talent Team",
                           f"{firm.name} Recruiting\n\nThis is an automated message; please do not reply."])  # fmt: skip
    name, title = person
    if lang == "zh":
        return rng.choice(
            [f"{name}\n{firm.name} | {title}", f"祝好！\n{name}", f"{name}\n发自我的iPhone"]
        )
    return rng.choice([f"Best regards,\n{name}\n{title} | {firm.name}", f"Cheers,\n{name.split()[0]}",
                       f"Thanks,\n{name}", f"Warmly,\n{name}\n{title}\n{firm.domain}",
                       f"{name.split()[0]}\n\nSent from my phone"])  # fmt: skip


def _quote(
    rng: random.Random,
    seeker: tuple[str, str, str],
    when: datetime,
    lang: str,
    firm: S.Firm,
    role: str,
) -> str:
    if lang == "zh":
        words = rng.choice(
            [f"您好，我想了解一下{role}岗位面试的进展，谢谢！", "您好，附件是我的简历，请查收。"]
        )
        return (
            f"在 {when:%Y年%m月%d日} {when:%H:%M}，{seeker[0]} <{seeker[1]}> 写道：\n"
            + "\n".join("> " + line for line in words.splitlines())
        )
    words = rng.choice(
        [
            f"Hi, just following up on my application for {role}. Thanks!",
            f"Thank you for taking the time to talk today about the {role} role.",
            f"Please find attached my CV for the {role} position at {firm.name}.",
        ]
    )
    if rng.random() < 0.5:
        return f"On {when:%a, %b %d, %Y at %I:%M %p} {seeker[0]} <{seeker[1]}> wrote:\n> {words}"
    return (
        f"-----Original Message-----\nFrom: {seeker[0]} <{seeker[1]}>\n"
        f"Sent: {when:%d %B %Y %H:%M}\nTo: {firm.domain}\nSubject: {role}\n\n{words}"
    )


SUBJECTS_EN = {
    "rejection": [
        "Your application: {role}",
        "Update from {company}",
        "{role} at {company}",
        "Regarding your candidacy",
        "Application status update",
    ],
    "interview-invite": [
        "Interview invitation: {role}",
        "Next steps with {company}",
        "Chat?",
        "Your {company} assessment",
        "Invitation: Interview @ {company}",
    ],
    "offer": ["Offer of employment - {role}", "Welcome to {company}!", "Good news", "{role} offer"],
    "acknowledgement": [
        "We received your application",
        "Thank you for applying to {company}",
        "{role} - application confirmation",
        "Re: CV",
    ],
    "info-request": [
        "A couple of questions",
        "Documents for your application",
        "Information needed: {role}",
        "References",
    ],
    "still-deciding": ["Quick update", "{role}: timeline", "Where things stand", "Update"],
    "position-closed": [
        "Update on the {role} vacancy",
        "{role} position",
        "An update from {company}",
    ],
}
SUBJECTS_ZH = {
    "rejection": ["{company}招聘结果通知", "关于您的{role}申请", "面试结果"],
    "interview-invite": ["【{company}】面试邀请", "{role}面试安排", "笔试通知", "约个时间聊聊"],
    "offer": ["【{company}】录用通知", "Offer Letter - {role}", "好消息！"],
    "acknowledgement": ["简历投递成功", "{company}已收到您的申请", "申请确认"],
    "info-request": ["请补充材料", "背景调查相关", "入职材料准备"],
    "still-deciding": ["面试进展更新", "关于面试结果的说明", "进度同步"],
    "position-closed": ["{role}岗位招聘状态更新", "关于{role}职位", "招聘通知"],
}


def build_employer(rng: random.Random, label: str, lang: str) -> Case:
    firm = rng.choice([f for f in S.FIRMS if f.lang == lang])
    person = rng.choice(S.ZH_STAFF if lang == "zh" else S.EN_STAFF)
    seeker = _seeker(rng, lang)
    role = rng.choice(S.ROLES_ZH if lang == "zh" else S.ROLES_EN)
    sent = _sent(rng, firm.country)
    slug = firm.domain.split(".")[0].replace("-", "")
    machine = firm.size == "big" and rng.random() < ATS_CHANCE[label]
    headers: list[tuple[str, str]] = []
    if machine:
        display, address = rng.choice(S.ATS_ZH if lang == "zh" else S.ATS_EN)
        sender = (display.format(company=firm.name), address.format(slug=slug))
        if rng.random() < 0.4:
            headers.append(("Auto-Submitted", "auto-generated"))
        if rng.random() < 0.3:
            headers.append(("Reply-To", f"careers@{firm.domain}"))
    elif label == "interview-invite" and rng.random() < 0.25:
        display, address = rng.choice(
            [t for t in S.SCHEDULERS if ("feishu" in t[1]) <= (lang == "zh")]
        )
        sender = (display.format(company=firm.name, person=person[0]), address)
    elif firm.size == "small" and rng.random() < 0.3:
        local = (
            (person[0].split()[0].lower() + str(rng.randrange(1, 99)))
            if lang == "en"
            else (f"{rng.randrange(10**8, 10**9)}")
        )
        sender = (
            person[0],
            f"{local}@" + ("qq.com" if lang == "zh" else rng.choice(["gmail.com", "outlook.com"])),
        )
    else:
        if lang == "zh":
            local = rng.choice(["hr", "zhaopin", "talent", f"hr{rng.randrange(1, 9)}"])
        else:
            first, last = person[0].lower().replace("'", "").split()
            local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", first])
        sender = (person[0], f"{local}@{firm.domain}")
    day = sent.date() + timedelta(days=rng.randrange(2, 10))
    text = rng.choice((P.ZH if lang == "zh" else P.EN)[label]).format(
        first=seeker[2], company=firm.name, role=role, person=person[0],
        day=spell(rng, day, firm.country, lang), ref=f"R-{rng.randrange(10**5, 10**6)}",
        link=f"https://{slug}.example.com/c/{rng.randrange(16**8):08x}")  # fmt: skip
    paragraphs = [p for p in (_greet(rng, seeker, lang, machine), text,
                              _sign(rng, firm, person, lang, machine)) if p]  # fmt: skip
    our = None
    subject = rng.choice((SUBJECTS_ZH if lang == "zh" else SUBJECTS_EN)[label]).format(
        company=firm.name, role=role
    )
    if not machine and rng.random() < 0.45:
        our = _our_mid(rng, seeker)
        subject = ("回复：" if lang == "zh" else "RE: " if rng.random() < 0.3 else "Re: ") + subject
        if rng.random() < 0.7:
            paragraphs.append(
                _quote(rng, seeker, sent - timedelta(days=rng.randrange(1, 6)), lang, firm, role)
            )
    raw, _ = _message(rng, sender=sender, to=seeker[:2], subject=subject, sent=sent,
                      host=sender[1].split("@")[1], paragraphs=paragraphs, shape=_shape(rng),
                      headers=tuple(headers), reply_to=our)  # fmt: skip
    contacts = (
        (sender[1],)
        if not machine and sender[1].endswith(firm.domain) and rng.random() < 0.5
        else ()
    )
    know = Knowledge((firm.domain,), contacts, (our,) if our else (), seeker[1])
    return Case(raw, label, lang, label, SOURCE, know)


def build_out_of_office(rng: random.Random, lang: str) -> Case:
    firm = rng.choice([f for f in S.FIRMS if f.lang == lang])
    person = rng.choice(S.ZH_STAFF if lang == "zh" else S.EN_STAFF)
    seeker = _seeker(rng, lang)
    role = rng.choice(S.ROLES_ZH if lang == "zh" else S.ROLES_EN)
    sent = _sent(rng, firm.country)
    template, kind = rng.choice(P.OOO_ZH if lang == "zh" else P.OOO_EN)
    start = sent.date() + timedelta(days=rng.randrange(0, 2))
    if kind == "next-monday":
        back = sent.date() + timedelta(days=7 - sent.weekday())
    else:
        back = start + timedelta(days=rng.randrange(3, 20))
        if kind == "back":
            while back.weekday() > 4:
                back += timedelta(days=1)
    end = back - timedelta(days=1)
    if kind == "back" and "{end}" in template:
        while end.weekday() > 4:  # the last working day away
            end -= timedelta(days=1)
    cross = back.year != sent.year
    # The German template is written in English by a German office.
    country = "DE" if "Ich bin" in template else firm.country
    first, *rest = person[0].split()
    deputy = f"{rng.choice(['recruiting', 'talent', 'hr', 'careers'])}@{firm.domain}"
    body = template.format(back=spell(rng, back, country, lang, year=cross),
                           end=spell(rng, end, country, lang, year=cross),
                           start=spell(rng, start, country, lang), deputy=deputy)  # fmt: skip
    address = (
        f"{(first + '.' + rest[0]).lower().replace(chr(39), '')}@{firm.domain}"
        if lang == "en"
        else f"hr@{firm.domain}"
    )
    headers: list[tuple[str, str]] = []
    mark = rng.random()
    if mark < 0.5:
        headers.append(("Auto-Submitted", "auto-replied"))
    elif mark < 0.7:
        headers += [("X-Auto-Response-Suppress", "All"), ("X-Autoreply", "yes")]
    elif mark < 0.85:
        headers.append(("Precedence", "auto_reply"))
    our = _our_mid(rng, seeker)
    prefix = rng.choice(["自动回复：", "自动回复: ", "Auto Reply: ", "答复: "] if lang == "zh"
                        else ["Automatic reply: ", "Out of Office: ", "Autoreply: ", "Abwesend: ", ""])  # fmt: skip
    subject = prefix + (f"{role}岗位申请" if lang == "zh" else f"Application for {role}")
    raw, _ = _message(rng, sender=(person[0], address), to=seeker[:2], subject=subject, sent=sent,
                      host=firm.domain, paragraphs=[body], shape=rng.choice(["text", "text", "html", "both"]),
                      headers=tuple(headers), reply_to=our if rng.random() < 0.85 else None)  # fmt: skip
    know = Knowledge((firm.domain,), (address,), (our,), seeker[1])
    return Case(raw, "out-of-office", lang, f"out-of-office:{kind}", SOURCE, know, return_date=back)


def _original_headers(
    seeker: tuple[str, str, str], failed: str, subject: str, sent: datetime, mid: str
) -> str:
    subject = subject if subject.isascii() else Header(subject, "utf-8").encode()
    return (
        f"From: {formataddr(seeker[:2])}\r\nTo: {failed}\r\nSubject: {subject}\r\n"
        f"Date: {format_datetime(sent)}\r\nMessage-ID: {mid}\r\n"
    )


BOUNCE_SHAPES = ("postfix-dsn", "gmail", "exchange", "exim", "netease", "qq", "ses-dsn")
# Which report the reader's own mail provider sends back (a remote MTA's DSN fits everyone).
MTA_HOSTS = {"gmail": ("gmail.com",), "netease": ("163.com", "126.com"),
             "qq": ("qq.com", "foxmail.com")}  # fmt: skip


def _mta_fits(shape: str, host: str) -> bool:
    if shape in MTA_HOSTS:
        return host in MTA_HOSTS[shape]
    return not host.endswith(("163.com", "qq.com")) or shape in ("postfix-dsn", "exchange")


def build_bounce(rng: random.Random, lang: str, index: int) -> Case:
    firm = rng.choice([f for f in S.FIRMS if f.lang == lang])
    person = rng.choice(S.ZH_STAFF if lang == "zh" else S.EN_STAFF)
    seeker = _seeker(rng, lang)
    sent = _sent(rng, firm.country)
    host = seeker[1].split("@")[1]
    shapes = [b for b in BOUNCE_SHAPES if _mta_fits(b, host)]
    shape = shapes[(index + rng.randrange(len(shapes))) % len(shapes)]
    if lang == "en":
        first, last = person[0].lower().replace("'", "").split()
        failed = rng.choice(
            [f"{first}.{last}@{firm.domain}", f"jobs@{firm.domain}", f"{first}@{firm.domain}"]
        )
    else:
        failed = rng.choice(
            [
                f"hr@{firm.domain}",
                f"zhaopin@{firm.domain}",
                f"talent{rng.randrange(1, 9)}@{firm.domain}",
            ]
        )
    our = _our_mid(rng, seeker)
    subject = (
        "应聘" + rng.choice(S.ROLES_ZH)
        if lang == "zh"
        else "Application: " + rng.choice(S.ROLES_EN)
    )
    when = sent + timedelta(seconds=rng.randrange(5, 400))
    original = _original_headers(seeker, failed, subject, sent, our)
    msg = EmailMessage(policy=SMTP)
    msg["Date"] = format_datetime(when)
    msg["To"] = seeker[1]
    msg["Message-ID"] = f"<{rng.randrange(16**12):012x}@{host}>"
    if shape in ("postfix-dsn", "ses-dsn"):
        msg["From"] = (
            ("MAILER-DAEMON@" + host) if shape == "postfix-dsn" else "MAILER-DAEMON@amazonses.com"
        )
        msg["Subject"] = (
            "Undelivered Mail Returned to Sender"
            if shape == "postfix-dsn"
            else ("Delivery Status Notification (Failure)")
        )
        msg["Auto-Submitted"] = "auto-replied"
        code = rng.choice(["5.1.1", "5.1.10", "5.2.1"])
        human = (
            (
                "This is the mail system at host " + host + ".\n\nI'm sorry to have to inform you "
                "that your message could not be delivered to one or more recipients. It's "
                "attached below.\n\n<"
                + failed
                + ">: host mx."
                + firm.domain
                + " said: 550 "
                + code
                + " Recipient address rejected: User unknown"
            )
            if shape == "postfix-dsn"
            else (
                "An error occurred while trying to deliver the mail to the following recipients:\n"
                + failed
            )
        )
        msg.set_content(human)
        msg.make_mixed()
        per_message, per_recipient = EmailMessage(policy=SMTP), EmailMessage(policy=SMTP)
        per_message["Reporting-MTA"] = f"dns; {host}"
        per_message["Arrival-Date"] = format_datetime(sent)
        per_recipient["Final-Recipient"] = f"rfc822; {failed}"
        per_recipient["Original-Recipient"] = f"rfc822;{failed}"
        per_recipient["Action"] = "failed"
        per_recipient["Status"] = code
        per_recipient["Diagnostic-Code"] = f"smtp; 550 {code} user unknown"
        dsn = EmailMessage(policy=SMTP)
        dsn["Content-Type"] = "message/delivery-status"
        dsn.set_payload([per_message, per_recipient])
        headers_part = EmailMessage(policy=SMTP)
        headers_part["Content-Type"] = "text/rfc822-headers"
        headers_part.set_payload(original)
        msg.attach(dsn)
        msg.attach(headers_part)
        msg.replace_header("Content-Type", "multipart/report")
        msg.set_param("report-type", "delivery-status")
        msg.set_boundary(_boundary(rng))
    else:
        texts = {
            "gmail": (
                "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
                "Delivery Status Notification (Failure)",
                f"** Address not found **\n\nYour message wasn't delivered to {failed} because the address "
                "couldn't be found, or is unable to receive mail.\n\nLearn more at "
                "https://support.google.com/mail/?p=NoSuchUser\n\nThe response from the remote server was:\n"
                f"550 5.1.1 The email account that you tried to reach does not exist.",
            ),
            "exchange": (
                f"Microsoft Outlook <postmaster@{host}>",
                f"Undeliverable: {subject}",
                f"Delivery has failed to these recipients or groups:\n\n{failed}\nThe email address you "
                "entered couldn't be found. Please check the recipient's email address and try to "
                "resend the message.\n\nDiagnostic information for administrators:\n\nGenerating "
                f"server: {host.upper()}\n\n{failed}\nRemote Server returned '550 5.1.10 "
                "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
            ),
            "exim": (
                f"Mail Delivery System <Mailer-Daemon@{host}>",
                "Mail delivery failed: returning message to sender",
                "This message was created automatically by mail delivery software.\n\nA message that you "
                "sent could not be delivered to one or more of its recipients. This is a permanent "
                f"error. The following address(es) failed:\n\n  {failed}\n    host mx1.{firm.domain} "
                "[203.0.113.7]\n    SMTP error from remote mail server after RCPT TO:<"
                + failed
                + ">:\n"
                "    550 No such user here",
            ),
            "netease": (
                f"postmaster@{host}",
                "系统退信",
                f"抱歉，您的邮件被退回来了……\n\n原邮件信息：\n时　间： {sent:%Y-%m-%d %H:%M:%S}\n主　题： "
                f"{subject}\n收件人： {failed}\n\n退信原因：\n收件人邮箱地址不存在，请核对后重新发送。\n"
                f"建议解决方案：请检查收件人地址 {failed} 是否正确。",
            ),
            "qq": (
                f'"QQ邮箱" <MAILER-DAEMON@{host}>',
                "退信：" + subject,
                f"很抱歉您发送的邮件被退回，以下是该邮件的相关信息：\n被退回的邮件：{subject}\n"
                f"收件人：{failed}\n退信原因：对方服务器拒收（550 Mailbox not found），该邮箱不存在或已停用。",
            ),
        }
        sender, subj, body = texts[shape]
        msg["From"] = sender
        msg["Subject"] = subj
        if rng.random() < 0.6:
            msg["Auto-Submitted"] = "auto-replied"
        body = body + "\n\n------ Original message ------\n\n" + original.replace("\r\n", "\n")
        if shape == "exchange" and rng.random() < 0.5:
            msg.set_content(_html(body.split("\n\n"), rng), subtype="html")
        else:
            msg.set_content(body)
    know = Knowledge((firm.domain,), (), (our,), seeker[1])
    return Case(
        msg.as_bytes(), "bounce", lang, f"bounce:{shape}", SOURCE, know, failed_recipient=failed
    )


UNRELATED_SUBJECTS_EN = {
    "job-alert": ["12 new jobs for you", "Jobs you might like", "Your daily job alert"],
    "review-digest": ["Interview reviews you may have missed", "Your weekly digest"],
    "newsletter": ["Issue 142: offers, interviews and the job market", "The hiring brief"],
    "university": ["Careers Service weekly", "Mock interviews now bookable"],
    "community": ["Webinar invitation: interview prep", "You're invited!"],
    "agency": ["Exciting opportunity", "Interview next week?", "Role that fits your profile"],
    "colleague": ["Interview panel Thursday", "Candidate feedback", "Offer approval"],
    "personal": ["how'd it go??", "news!", "interview", "Sunday lunch"],
    "current-hr": ["Your payslip is ready", "Benefits enrolment closes Friday"],
    "service": ["A special offer just for you", "Your exclusive offer inside"],
}
UNRELATED_SUBJECTS_ZH = {
    "job-alert": ["为您推荐的职位", "新职位提醒"], "review-digest": ["面经精选", "本周热帖"],
    "newsletter": ["职场周刊 第58期", "本期推送"], "university": ["就业简报", "模拟面试报名"],
    "community": ["活动邀请", "线上分享会报名"], "agency": ["高薪职位推荐", "打扰一下，有个机会"],
    "colleague": ["明天面试安排", "候选人反馈"], "personal": ["面试咋样", "在吗", "周末回家吗"],
    "current-hr": ["工资条通知", "福利提醒"], "service": ["专属优惠", "保单到期提醒"],
}  # fmt: skip
LIST_KINDS = ("job-alert", "review-digest", "newsletter", "university", "community")
# Who sends each kind of list mail (display names in senders_f.LISTS_*).
LIST_SENDERS = {
    "job-alert": (
        "LinkedIn Job Alerts",
        "Indeed",
        "Seek",
        "Naukri",
        "StepStone",
        "BOSS直聘",
        "智联招聘",
        "猎聘",
    ),
    "review-digest": ("Glassdoor Community", "牛客网", "脉脉"),
    "newsletter": ("The Pragmatic Hiring Letter", "StepStone", "脉脉", "InfoQ 极客活动"),
    "university": ("UCL Careers", "NUS Career Centre", "清华大学学生职业发展指导中心"),
    "community": ("Meetup", "Hopin Events", "InfoQ 极客活动", "牛客网"),
}


def build_unrelated(rng: random.Random, lang: str) -> Case:
    seeker = _seeker(rng, lang)
    kind = rng.choice(sorted(P.UNRELATED_ZH if lang == "zh" else P.UNRELATED_EN))
    text = rng.choice((P.UNRELATED_ZH if lang == "zh" else P.UNRELATED_EN)[kind])
    country = rng.choice(["US", "UK", "DE", "IN", "SG", "AU"] if lang == "en" else ["CN", "SG"])
    sent = _sent(rng, country)
    headers: list[tuple[str, str]] = []
    greet = ""
    sign = ""
    if kind in LIST_KINDS:
        display, address, list_id = rng.choice(
            [t for t in (S.LISTS_ZH if lang == "zh" else S.LISTS_EN) if t[0] in LIST_SENDERS[kind]]
        )
        sender = (display, address)
        host = address.split("@")[1]
        if rng.random() < 0.85:
            headers.append(("List-Id", f"{display} {list_id}" if lang == "en" else list_id))
        if rng.random() < 0.85:
            headers.append(("List-Unsubscribe", f"<https://{host}/unsub?u={rng.randrange(10**9)}>"))
            headers.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
        if rng.random() < 0.5:
            headers.append(("Precedence", "bulk"))
        sign = (
            "退订请点击此处。"
            if lang == "zh"
            else "You are receiving this because you signed up. Unsubscribe | Manage preferences"
        )
    elif kind == "agency":
        sender = rng.choice(S.HUNTERS_ZH if lang == "zh" else S.HUNTERS_EN)
        greet = f"{seeker[2]}您好，" if lang == "zh" else f"Hi {seeker[2]},"
        sign = sender[0]
    elif kind == "colleague":
        cname, domain = S.CURRENT_ZH if lang == "zh" else S.CURRENT_EN
        display, local = rng.choice(S.COLLEAGUES_ZH[:2] if lang == "zh" else S.COLLEAGUES_EN[:2])
        sender = (display, f"{local}@{domain}")
        greet = f"{seeker[2]}，" if lang == "zh" else f"Hi {seeker[2]},"
        sign = display.split()[0]
    elif kind == "current-hr":
        cname, domain = S.CURRENT_ZH if lang == "zh" else S.CURRENT_EN
        display, local = rng.choice(S.COLLEAGUES_ZH[2:] if lang == "zh" else S.COLLEAGUES_EN[2:])
        sender = (f"{cname} {display}", f"{local}@{domain}")
        sign = f"{cname} {display}"
    elif kind == "personal":
        sender = rng.choice(S.FRIENDS_ZH if lang == "zh" else S.FRIENDS_EN)
        sign = rng.choice(["", "x", "😊"])
    else:  # service: banks, insurers, shops
        sender = rng.choice(S.SERVICES_ZH if lang == "zh" else S.SERVICES_EN)
        headers.append(("List-Unsubscribe", f"<mailto:unsubscribe@{sender[1].split('@')[1]}>"))
        if rng.random() < 0.5:
            headers.append(("Precedence", "bulk"))
    subject = rng.choice((UNRELATED_SUBJECTS_ZH if lang == "zh" else UNRELATED_SUBJECTS_EN)[kind])
    paragraphs = [p for p in (greet, text, sign) if p]
    shape = "html" if kind in (*LIST_KINDS, "service") and rng.random() < 0.6 else _shape(rng)
    raw, _ = _message(rng, sender=sender, to=seeker[:2], subject=subject, sent=sent,
                      host=sender[1].split("@")[1], paragraphs=paragraphs, shape=shape,
                      headers=tuple(headers))  # fmt: skip
    applied = tuple(f.domain for f in rng.sample(S.FIRMS, 5))
    return Case(raw, "unrelated", lang, kind, SOURCE, Knowledge(applied, (), (), seeker[1]))


def build_part_f(*, seed: str = SEED) -> list[Case]:
    """Part f's cases, in a fixed order; the same seed gives the same bytes."""
    cases: list[Case] = []
    for label, count in COUNTS.items():
        for i in range(count):
            rng = random.Random(f"{seed}|{label}|{i}")
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
