"""Builds part D of the independent corpus: its own layouts, senders, dates, bounces and MIME.

Employer mail is composed of pieces (opening, decisive sentence, logistics, closing, footer) in
five layouts: a plain letter, a padded corporate one, a founder's one-liner, a recruiter's note
above a forwarded message, and an ATS notification. Invitations may carry a calendar file and
offers a PDF; some mail is HTML only. Nothing here imports tests/mailcorpus.
"""

from __future__ import annotations

import html
import random
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

from tests.heldout_mail import phrases_d as P
from tests.heldout_mail.builder import EMPLOYER_LABELS, Case, Knowledge
from tests.heldout_mail.senders_d import (
    ATS_EN_D,
    ATS_ZH_D,
    CANDIDATES_D,
    EMPLOYERS_D,
    LISTS_EN_D,
    LISTS_ZH_D,
    PEOPLE_EN,
    PEOPLE_ZH,
    ROLES_EN_D,
    ROLES_ZH_D,
    SCHEDULERS_D,
)  # fmt: skip

COUNTS = {"unrelated": 150, "bounce": 30, "out-of-office": 36}
DEFAULT_COUNT = 36
MONTHS = "January February March April May June July August September October November December"
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ZH_DAYS = "一二三四五六日"
ATS_SHARE = {"rejection": 0.35, "acknowledgement": 0.55, "interview-invite": 0.2, "offer": 0.15,
             "info-request": 0.15, "still-deciding": 0.3, "position-closed": 0.3}  # fmt: skip
SUBJECTS_EN = {
    "rejection": ["Your application", "{role} at {company}", "Update on your application"],
    "interview-invite": ["Interview - {role}", "Next steps", "Invitation: {role}", "Chat?"],
    "offer": ["Offer - {role}", "Welcome aboard?", "Your offer from {company}", "Good news"],
    "acknowledgement": ["We received your application", "{role}: application received"],
    "info-request": ["A couple of questions", "{role} - info needed", "Before the next step"],
    "still-deciding": ["Where we are", "{role} update", "Quick update"],
    "position-closed": ["About the {role} vacancy", "{role} - update", "Update from {company}"],
}
SUBJECTS_ZH = {
    "rejection": ["{company}应聘反馈", "关于{role}岗位"], "interview-invite": ["面试邀请", "{role}面试"],
    "offer": ["{company}录用通知", "Offer"], "acknowledgement": ["简历已收到", "投递反馈"],
    "info-request": ["补充材料", "几个问题"], "still-deciding": ["进度同步", "{role}进展"],
    "position-closed": ["{role}岗位说明", "招聘变动通知"],
}  # fmt: skip
UNRELATED_SUBJECTS = {
    "en": ["{role} jobs near you", "This week's digest", "Issue 112", "Careers bulletin",
           "Webinar invite", "Opportunity", "quick one", "hey", "Your account", "Save the date"],
    "zh": ["职位推荐", "本周精选", "活动通知", "打扰了", "在吗", "账户通知", "校园招聘资讯"],
}  # fmt: skip


def write_day(rng: random.Random, day: date, country: str, *, year: bool = False) -> str:
    """A day in one of the ways people write it in `country` (never ambiguous)."""
    if country == "CN":
        text = f"{day.month}月{day.day}日"
        text = f"{day.year}年{text}" if year or rng.random() < 0.15 else text
        return text + (f"（星期{ZH_DAYS[day.weekday()]}）" if rng.random() < 0.4 else "")
    month = MONTHS.split()[day.month - 1]
    style = rng.randrange(5)
    if style == 0:
        return day.isoformat()
    if style == 1 and country in ("GB", "AU", "DE", "PT", "SE"):
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
        return f"{DAYS[day.weekday()]} {day.day}{suffix.get(day.day, 'th')} {month}" + (
            f" {day.year}" if year else ""
        )
    if style == 2:
        text = f"{DAYS[day.weekday()][:3]}, {month[:3]} {day.day}"
    elif country in ("US", "CA"):
        text = f"{month} {day.day}"
    else:
        text = f"{day.day} {month}"
    return f"{text}, {day.year}" if year else text


def _sent(rng: random.Random) -> datetime:
    day = date(2026, 11, 2) + timedelta(days=rng.randrange(0, 55))
    zone = timezone(timedelta(hours=rng.choice([-8, -4, 0, 2, 8])))
    return datetime(day.year, day.month, day.day, rng.randrange(7, 21), rng.randrange(60),
                    tzinfo=zone)  # fmt: skip


def _han(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _mid(rng: random.Random, host: str) -> str:
    return f"<{rng.randrange(10**10)}.{rng.randrange(16**6):06x}@{host}>"


class _Scene:
    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng, self.lang = rng, lang
        self.employer = rng.choice([e for e in EMPLOYERS_D if e.lang == lang])
        self.person = rng.choice(PEOPLE_ZH if lang == "zh" else PEOPLE_EN)
        self.role = rng.choice(ROLES_ZH_D if lang == "zh" else ROLES_EN_D)
        self.candidate = rng.choice([c for c in CANDIDATES_D if _han(c[0]) == (lang == "zh")])
        self.sent = _sent(rng)
        if lang == "zh":
            local = rng.choice(["talent", "hr-recruit", f"zp{rng.randrange(100)}", "campus"])
        else:
            first, last = self.person[0].lower().split(" ", 1)
            local = rng.choice(
                [f"{first}.{last.replace(' ', '')}", f"{first}", f"{first[0]}.{last}"]
            )
        self.address = f"{local}@{self.employer.domain}"
        self.slug = self.employer.domain.split(".")[0].replace("-", "")

    def fill(self, text: str) -> str:
        day = self.sent.date() + timedelta(days=self.rng.randrange(2, 12))
        return text.format(
            first=self.candidate[2], company=self.employer.name, role=self.role,
            person=self.person[0], day=write_day(self.rng, day, self.employer.country),
            link=f"https://{self.slug}.example.net/c/{self.rng.randrange(16**8):08x}",
        )  # fmt: skip


def _pick(rng: random.Random, pool: list[str], share: float) -> list[str]:
    return [rng.choice(pool)] if rng.random() < share else []


def _employer_text(sc: _Scene, label: str, layout: str) -> str:
    rng, zh = sc.rng, sc.lang == "zh"
    core = sc.fill(rng.choice((P.ZH if zh else P.EN)[label]))
    first = sc.candidate[2]
    greet = rng.choice([f"{first}，您好：", "您好，", f"{sc.candidate[0]}同学：", f"Hi {first}"]
                       if zh else [f"Hi {first},", f"Dear {sc.candidate[0]},", f"{first},",
                                   "Hello,", f"Good morning {first},"])  # fmt: skip
    name, title = sc.person
    sign = rng.choice([f"{name}\n{title}", f"此致\n{name}", f"{name[-2:]}"] if zh else
                      [f"Warm regards,\n{name}\n{title} | {sc.employer.name}",
                       f"Thanks,\n{name.split()[0]}", f"— {name}", f"Best wishes\n{name}"])  # fmt: skip
    if layout == "oneliner":
        return core if rng.random() < 0.6 else f"{core}\n\n{name.split()[0] if not zh else name}"
    if layout == "ats":
        head = (f"职位：{sc.role}\n编号：ZP-{rng.randrange(10**5)}" if zh
                else f"Job: {sc.role}\nRequisition ID: R{rng.randrange(10**5)}")  # fmt: skip
        foot = ("此邮件由系统自动发送，请勿直接回复。" if zh else
                "This is an automated message; replies to this address are not monitored.")  # fmt: skip
        return sc.fill("\n\n".join([greet, head, core, f"{sc.employer.name} {'招聘团队' if zh else 'Talent Team'}",
                            foot, *_pick(rng, P.FOOTERS_ZH if zh else P.FOOTERS_EN, 0.5)]))  # fmt: skip
    pieces = [greet]
    if layout == "padded":
        pieces += _pick(rng, P.OPENERS_ZH if zh else P.OPENERS_EN, 0.9)
    pieces.append(core)
    if layout == "padded":
        pieces += _pick(rng, P.CLOSERS_ZH if zh else P.CLOSERS_EN, 0.8)
    pieces.append(sign)
    if layout == "padded":
        pieces += _pick(rng, P.FOOTERS_ZH if zh else P.FOOTERS_EN, 0.6)
    text = "\n\n".join(sc.fill(p) for p in pieces if p)
    if layout == "forward":
        who = f"{name} <{sc.address}>"
        head = (f"---------- 转发的邮件 ----------\n发件人：{who}\n主题：{sc.role}\n\n" if zh else
                f"---------- Forwarded message ---------\nFrom: {who}\n"
                f"Date: {sc.sent - timedelta(hours=3):%a, %b %d, %Y at %I:%M %p}\n"
                f"Subject: {sc.role}\n\n")  # fmt: skip
        note = sc.fill(rng.choice(P.FORWARD_NOTES_ZH if zh else P.FORWARD_NOTES_EN))
        return f"{note}\n\n{head}{text}"
    return text


def _our_mail(sc: _Scene) -> tuple[str, str]:
    if sc.lang == "zh":
        return sc.rng.choice([("跟进一下面试结果", "您好，想问一下上周面试的结果，谢谢。"),
                              (f"{sc.role}应聘", "您好，附上我的简历，请查收。")])  # fmt: skip
    return sc.rng.choice([("Following up", "Hi, just checking whether there is any update on "
                           "my application. Thanks!"),
                          (f"{sc.role} application", "Hello, I'd like to apply; my CV is attached."),
                          ("Thanks for today", "Thank you for the conversation this afternoon.")])  # fmt: skip


def _quote(sc: _Scene, text: str) -> str:
    name, address = sc.candidate[:2]
    when = sc.sent - timedelta(days=sc.rng.randrange(1, 6))
    if sc.lang == "zh":
        return f"在 {when:%Y年%m月%d日} {when:%H:%M}，{name} <{address}> 写道：\n" + "\n".join(
            "> " + line for line in text.splitlines()
        )
    if sc.rng.random() < 0.5:
        return f"-----Original Message-----\nFrom: {name} [mailto:{address}]\nSent: {when:%d %B %Y %H:%M}\n\n{text}"
    return f"On {when:%d/%m/%Y %H:%M}, {name} wrote:\n" + "\n".join(
        "> " + ln for ln in text.splitlines()
    )


def _html(text: str, banner: str) -> str:
    blocks = "".join(f"<div style=\"padding:4px 0\">{html.escape(p).replace(chr(10), '<br/>')}</div>"
                     for p in text.split("\n\n"))  # fmt: skip
    return (f"<html><body style=\"background:#f4f4f4\"><center><div style=\"max-width:600px\">"
            f"<div class=\"banner\"><b>{html.escape(banner)}</b></div>{blocks}"
            f"</div></center></body></html>")  # fmt: skip


def _message(sender: tuple[str, str], to: tuple[str, str], subject: str, when: datetime,
             mid: str, headers: list[tuple[str, str]], text: str, shape: str, banner: str,
             reply_to: str | None = None) -> EmailMessage:  # fmt: skip
    msg = EmailMessage(policy=SMTP)
    msg["From"], msg["To"], msg["Subject"] = formataddr(sender), formataddr(to), subject
    msg["Date"], msg["Message-ID"] = format_datetime(when), mid
    if reply_to:
        msg["In-Reply-To"], msg["References"] = reply_to, reply_to
    for name, value in headers:
        msg[name] = value
    if shape == "html":
        msg.set_content(_html(text, banner), subtype="html")
    else:
        msg.set_content(text)
        if shape == "both":
            msg.add_alternative(_html(text, banner), subtype="html")
    return msg


def _ics(sc: _Scene, start: datetime) -> bytes:
    stamp = f"{start:%Y%m%dT%H%M%S}Z"
    return (f"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:-//part-d//EN\r\nVERSION:2.0\r\n"
            f"BEGIN:VEVENT\r\nDTSTART:{stamp}\r\nDTEND:{stamp}\r\nSUMMARY:{sc.role} interview\r\n"
            f"ORGANIZER:mailto:{sc.address}\r\nUID:{sc.rng.randrange(10**9)}@{sc.employer.domain}\r\n"
            f"END:VEVENT\r\nEND:VCALENDAR\r\n").encode()  # fmt: skip


def build_employer_d(rng: random.Random, label: str, lang: str) -> Case:
    sc = _Scene(rng, lang)
    ats = rng.random() < ATS_SHARE[label]
    layout = "ats" if ats else rng.choices(["plain", "padded", "oneliner", "forward"],
                                           weights=[4, 4, 2, 1])[0]  # fmt: skip
    text = _employer_text(sc, label, layout)
    headers: list[tuple[str, str]] = []
    if ats:
        display, address = rng.choice(ATS_ZH_D if lang == "zh" else ATS_EN_D)
        sender = (display.format(company=sc.employer.name), address.format(slug=sc.slug))
        if rng.random() < 0.4:
            headers.append(("Auto-Submitted", "auto-generated"))
        if rng.random() < 0.2:  # some ATS vendors add list headers to transactional mail
            headers.append(
                (
                    "List-Unsubscribe",
                    f"<https://{sender[1].split('@')[1]}/u/{rng.randrange(10**6)}>",
                )
            )
    elif label == "interview-invite" and rng.random() < 0.2:
        display, address = rng.choice(SCHEDULERS_D)
        sender = (display.format(company=sc.employer.name, person=sc.person[0]), address)
    elif layout == "oneliner" and rng.random() < 0.5:
        sender = (sc.person[0], rng.choice(["", "the."]) + sc.address.split("@")[0].replace(".", "")
                  + "@" + rng.choice(["gmail.com", "icloud.com", "163.com"]))  # fmt: skip
    else:
        sender = (sc.person[0], sc.address)
    reply_to = None
    subject = sc.fill(rng.choice((SUBJECTS_ZH if lang == "zh" else SUBJECTS_EN)[label]))
    if not ats and rng.random() < 0.45:
        earlier_subject, earlier = _our_mail(sc)
        reply_to = _mid(rng, sc.candidate[1].split("@")[1])
        subject = ("回复: " if lang == "zh" else rng.choice(["Re: ", "RE: "])) + earlier_subject
        if rng.random() < 0.7:
            text = f"{text}\n\n{_quote(sc, earlier)}"
    shape = rng.choices(["text", "html", "both"], weights=[3, 3, 4])[0]
    msg = _message(sender, sc.candidate[:2], subject, sc.sent, _mid(rng, sender[1].split("@")[1]),
                   headers, text, shape, sc.employer.name, reply_to)  # fmt: skip
    if label == "interview-invite" and rng.random() < 0.25:
        msg.add_attachment(_ics(sc, sc.sent + timedelta(days=3)), maintype="text",
                           subtype="calendar", filename="invite.ics")  # fmt: skip
    if label == "offer" and not ats and rng.random() < 0.4:
        msg.add_attachment(b"%PDF-1.4\n% offer letter\n", maintype="application", subtype="pdf",
                           filename="录用通知书.pdf" if lang == "zh" else "Offer_Letter.pdf")  # fmt: skip
    contacts = (sc.address,) if sender[1] == sc.address and rng.random() < 0.5 else ()
    know = Knowledge(
        (sc.employer.domain,), contacts, (reply_to,) if reply_to else (), sc.candidate[1]
    )
    return Case(msg.as_bytes(), label, lang, f"{label}:{layout}", "generated:d", know)


def build_out_of_office_d(rng: random.Random, lang: str) -> Case:
    sc = _Scene(rng, lang)
    start = sc.sent.date()
    back = start + timedelta(days=rng.randrange(4, 22))
    end = back - timedelta(days=1)
    year = back.year != start.year or rng.random() < 0.2
    country = sc.employer.country
    body = rng.choice(P.OOO_ZH if lang == "zh" else P.OOO_EN).format(
        back=write_day(rng, back, country, year=year), start=write_day(rng, start, country),
        end=write_day(rng, end, country, year=year), deputy=f"recruiting@{sc.employer.domain}",
    )  # fmt: skip
    subject, _ = _our_mail(sc)
    prefix = rng.choice(["自动回复：", "【自动回复】", ""] if lang == "zh" else
                        ["Automatic reply: ", "Out of office: ", "[Auto-Reply] ", ""])  # fmt: skip
    headers = [("Auto-Submitted", "auto-replied")] if rng.random() < 0.5 else []
    if rng.random() < 0.25:
        headers.append(("X-Auto-Response-Suppress", "All"))
    our_id = _mid(rng, sc.candidate[1].split("@")[1])
    msg = _message((sc.person[0], sc.address), sc.candidate[:2], prefix + subject, sc.sent,
                   _mid(rng, sc.employer.domain), headers, body,
                   rng.choice(["text", "text", "html", "both"]), sc.employer.name,
                   our_id if rng.random() < 0.7 else None)  # fmt: skip
    know = Knowledge((sc.employer.domain,), (sc.address,), (our_id,), sc.candidate[1])
    return Case(msg.as_bytes(), "out-of-office", lang, "out-of-office", "generated:d", know,
                return_date=back)  # fmt: skip


BOUNCE_SHAPES = ("qmail", "o365", "sendmail", "exmail", "ses-dsn", "yahoo")


def build_bounce_d(rng: random.Random, lang: str) -> Case:
    sc = _Scene(rng, lang)
    failed = rng.choice([sc.address, f"jobs@{sc.employer.domain}"])
    host = failed.split("@")[1]
    shape = rng.choice(BOUNCE_SHAPES)
    me = sc.candidate[1]
    our_id = _mid(rng, me.split("@")[1])
    original = (f"From: {me}\r\nTo: {failed}\r\nSubject: {sc.role}\r\nMessage-ID: {our_id}\r\n\r\n"
                "Hello, I am writing about the opening on your team.")  # fmt: skip
    msg = EmailMessage(policy=SMTP)
    msg["To"], msg["Date"] = me, format_datetime(sc.sent)
    msg["Message-ID"] = _mid(rng, "bounce." + me.split("@")[1])
    if shape == "qmail":
        msg["From"], msg["Subject"] = "MAILER-DAEMON@mail.relayhub.net", "failure notice"
        msg.set_content(f"Hi. This is the qmail-send program at mail.relayhub.net.\nI'm afraid I "
                        "wasn't able to deliver your message to the following addresses.\nThis is "
                        f"a permanent error; I've given up. Sorry it didn't work out.\n\n<{failed}>:\n"
                        f"Remote host said: 550 5.1.1 <{failed}>... User unknown\n\n--- Below this "
                        f"line is a copy of the message.\n\n{original}")  # fmt: skip
    elif shape == "o365":
        msg["From"] = (
            "Microsoft 365 <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@" + host + ">"
        )
        msg["Subject"] = f"Undeliverable: {sc.role}"
        msg.set_content(f"Delivery has failed to these recipients or groups:\n\n{failed}\nThe email "
                        "address you entered couldn't be found. Please check the recipient's email "
                        "address and try to resend the message.\n\nDiagnostic information for "
                        f"administrators:\nRemote Server returned '550 5.1.10 RESOLVER.ADR."
                        f"RecipientNotFound; Recipient {failed} not found by SMTP address lookup'")  # fmt: skip
    elif shape == "sendmail":
        msg["From"] = f"Mail Delivery Subsystem <MAILER-DAEMON@smtp.{me.split('@')[1]}>"
        msg["Subject"] = "Returned mail: see transcript for details"
        msg.set_content(f"The original message was received at {format_datetime(sc.sent)}\n\n"
                        f"   ----- The following addresses had permanent fatal errors -----\n<{failed}>\n"
                        f"    (reason: 550 5.1.1 User unknown)\n\n   ----- Transcript of session follows "
                        f"-----\n... while talking to mx.{host}.:\n>>> RCPT To:<{failed}>\n<<< 550 5.1.1 "
                        f"User unknown\n")  # fmt: skip
    elif shape == "exmail":
        msg["From"] = "postmaster@exmail.qq.com"
        msg["Subject"] = "退信通知：您的邮件未能送达"
        msg.set_content(f"很抱歉您的邮件没有投递成功。\n\n收件人：{failed}\n退信原因：对方邮箱地址不存在，"
                        "请核对后重新发送。\n\n错误代码：550 Mailbox not found.")  # fmt: skip
    elif shape == "yahoo":
        msg["From"] = "MAILER-DAEMON@yahoo.com"
        msg["Subject"] = "Failure Notice"
        msg.set_content(f"Sorry, we were unable to deliver your message to the following address."
                        f"\n\n<{failed}>:\n554: delivery error: dd This user doesn't have a "
                        f"{host} account ({failed}) [0] - mta.example\n\n--- Below this line is a copy "
                        f"of the message.\n\n{original}")  # fmt: skip
    else:
        cut = "=_ses_" + f"{rng.randrange(16**8):08x}"
        head = "".join(f"{k}: {v}\r\n" for k, v in msg.items())
        parts = [
            "Content-Type: text/plain; charset=UTF-8\r\n\r\nAn error occurred while trying to "
            f"deliver the mail to the following recipients:\r\n{failed}\r\n",
            "Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; "
            f"a27-1.smtp-out.amazonses.com\r\n\r\nFinal-Recipient: rfc822; {failed}\r\n"
            "Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n",
            f"Content-Type: message/rfc822\r\n\r\n{original}\r\n",
        ]  # fmt: skip
        raw = (f"{head}From: MAILER-DAEMON@amazonses.com\r\nSubject: Delivery Status Notification "
               f"(Failure)\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; "
               f'report-type=delivery-status; boundary="{cut}"\r\n\r\n'
               + "".join(f"--{cut}\r\n{part}\r\n" for part in parts) + f"--{cut}--\r\n")  # fmt: skip
        know = Knowledge((sc.employer.domain,), (), (our_id,), me)
        return Case(raw.encode(), "bounce", lang, f"bounce:{shape}", "generated:d", know,
                    failed_recipient=failed)  # fmt: skip
    know = Knowledge((sc.employer.domain,), (), (our_id,), me)
    return Case(msg.as_bytes(), "bounce", lang, f"bounce:{shape}", "generated:d", know,
                failed_recipient=failed)  # fmt: skip


LISTY = {"job-alert", "review-digest", "newsletter", "university", "webinar", "practice",
         "ats-marketing"}  # fmt: skip


def build_unrelated_d(rng: random.Random, lang: str) -> Case:
    sc = _Scene(rng, lang)
    pool = P.UNRELATED_ZH if lang == "zh" else P.UNRELATED_EN
    kind = rng.choice(sorted(pool))
    sender = rng.choice((LISTS_ZH_D if lang == "zh" else LISTS_EN_D)[kind])
    text = sc.fill(rng.choice(pool[kind]))
    if kind in ("agency", "personal"):
        hello = rng.choice([f"{sc.candidate[2]}，", "你好，"] if lang == "zh" else
                           [f"Hi {sc.candidate[2]},", f"{sc.candidate[2]}!", ""])  # fmt: skip
        text = f"{hello}\n\n{text}" if hello else text
    host = sender[1].split("@")[1]
    headers: list[tuple[str, str]] = []
    if kind in LISTY and rng.random() < 0.7:
        headers.append(("List-Unsubscribe", f"<https://{host}/unsub/{rng.randrange(10**7)}>"))
        if rng.random() < 0.5:
            headers.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
        if rng.random() < 0.4:
            headers.append(("Precedence", "bulk"))
    elif kind == "service" and rng.random() < 0.5:
        headers.append(("Auto-Submitted", "auto-generated"))
    shape = rng.choice(
        ["html", "html", "both"] if kind in LISTY else ["text", "text", "both", "html"]
    )
    subject = sc.fill(rng.choice(UNRELATED_SUBJECTS[lang]))
    msg = _message(sender, sc.candidate[:2], subject, sc.sent, _mid(rng, host), headers, text,
                   shape, sender[0])  # fmt: skip
    applied = tuple(e.domain for e in rng.sample(EMPLOYERS_D, 5))
    return Case(msg.as_bytes(), "unrelated", lang, kind, "generated:d",
                Knowledge(applied, (), (), sc.candidate[1]))  # fmt: skip


def build_part_d(seed: int = 90417) -> list[Case]:
    cases: list[Case] = []
    for label in (*EMPLOYER_LABELS, "out-of-office", "bounce", "unrelated"):
        for i in range(COUNTS.get(label, DEFAULT_COUNT)):
            rng = random.Random(f"d:{seed}:{label}:{i}")
            lang = "zh" if rng.random() < 0.38 else "en"
            if label == "out-of-office":
                cases.append(build_out_of_office_d(rng, lang))
            elif label == "bounce":
                cases.append(build_bounce_d(rng, lang))
            elif label == "unrelated":
                cases.append(build_unrelated_d(rng, lang))
            else:
                cases.append(build_employer_d(rng, label, lang))
    return cases
