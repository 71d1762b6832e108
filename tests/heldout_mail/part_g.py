"""Part g of the independent corpus: its own generator, senders (senders_g.py) and wordings
(phrases_g.py), written by an author who never read the labeller, frozen by a hash before its
first measurement.

What it varies: employers in Canada, France, the Netherlands, Japan, Hong Kong, Brazil,
Singapore, the UAE and mainland tier-2 cities; replies quoting the candidate's own message,
forwarded chains (inline and attached), HTML-only ATS mail with tables and buttons,
multipart/alternative, calendar invitations, mobile signatures, bilingual letters, one-line
decisions, legal footers, agency recruiters about the candidate's own application, auto-replies
with return dates written many ways, bounces of several mail servers, and unrelated mail that
talks about interviews and offers. Every random choice comes from a seeded Random, MIME
boundaries included, so the bytes are the same on every run. Sent dates fall in 2027-2028.
"""

from __future__ import annotations

import html
import random
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

from tests.heldout_mail import phrases_g as P
from tests.heldout_mail import senders_g as S
from tests.heldout_mail.builder import Case, Knowledge

EMPLOYER_LABELS = (
    "rejection", "interview-invite", "offer", "acknowledgement", "info-request",
    "still-deciding", "position-closed",
)  # fmt: skip
COUNTS = {**dict.fromkeys(EMPLOYER_LABELS, 38), "out-of-office": 36, "bounce": 36,
          "unrelated": 182}  # fmt: skip
SEED = "part-g:2027"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ZH_DAYS = "一二三四五六日"
FIRST_DAY, SPAN = date(2027, 1, 4), 700


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _when(rng: random.Random, firm: S.Firm) -> datetime:
    day = FIRST_DAY + timedelta(days=rng.randrange(SPAN))
    while day.weekday() > 4:
        day += timedelta(days=1)
    return datetime(day.year, day.month, day.day, rng.randrange(7, 20), rng.randrange(60),
                    rng.randrange(60), tzinfo=timezone(timedelta(hours=firm.hours)))  # fmt: skip


def _day_text(rng: random.Random, day: date, firm: S.Firm, *, year: bool = False) -> str:
    """A date as a writer in this firm's country might put it (never an ambiguous d/m)."""
    if firm.lang != "en":
        text = f"{day.month}月{day.day}日"
        if year or rng.random() < 0.15:
            text = f"{day.year}年{text}"
        if rng.random() < 0.15:
            return day.isoformat()
        return text + (f"（周{ZH_DAYS[day.weekday()]}）" if rng.random() < 0.5 else "")
    weekday, month = DAYS[day.weekday()], MONTHS[day.month - 1]
    roll = rng.random()
    if firm.country == "JP" and roll < 0.3:
        return f"{day.year}/{day.month:02d}/{day.day:02d}"
    if firm.country in ("FR", "NL", "BR", "AE", "SG", "HK") and roll < 0.2 and day.day > 12:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if roll > 0.9:
        return day.isoformat()
    if firm.country in ("CA", "JP"):
        text = f"{month} {day.day}"
        text = f"{weekday}, {text}" if rng.random() < 0.5 else text
    else:
        text = f"{_ordinal(day.day)} {month}" if rng.random() < 0.3 else f"{day.day} {month}"
        text = f"{weekday} {text}" if rng.random() < 0.5 else text
    return (
        f"{text}, {day.year}"
        if year and firm.country in ("CA", "JP")
        else (f"{text} {day.year}" if year else text)
    )


def _mid(rng: random.Random, host: str) -> str:
    return f"<{rng.randrange(16**10):010x}.{rng.randrange(10**5):05d}@{host}>"


def _fix_boundaries(rng: random.Random, msg: EmailMessage) -> None:
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{rng.randrange(10**6)}_{rng.randrange(10**9)}.g")


def _html(text: str, *, button: tuple[str, str] | None = None, footer: str = "") -> str:
    rows = "".join(
        f'<tr><td style="padding:6px 24px;font:14px Helvetica">'
        f"{html.escape(p).replace(chr(10), '<br>')}</td></tr>"
        for p in text.split("\n\n")
    )
    if button:
        rows += (f'<tr><td align="center" style="padding:16px"><a href="{button[1]}" '
                 f'style="background:#1a73e8;color:#fff;padding:10px 22px;border-radius:4px;'
                 f'text-decoration:none">{html.escape(button[0])}</a></td></tr>')  # fmt: skip
    if footer:
        rows += (f'<tr><td style="padding:12px 24px;color:#888;font-size:11px">'
                 f"{html.escape(footer)}</td></tr>")  # fmt: skip
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        f'<tr><td><table width="600" align="center">{rows}</table></td></tr></table></body></html>'
    )


def _compose(
    rng: random.Random,
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    sent: datetime,
    text: str,
    *,
    shape: str,
    headers: tuple[tuple[str, str], ...] = (),
    reply_to_id: str | None = None,
    html_text: str | None = None,
    calendar: str | None = None,
    attached: EmailMessage | None = None,
) -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = formataddr(sender)
    msg["To"] = formataddr(to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = _mid(rng, sender[1].split("@")[1])
    if reply_to_id:
        msg["In-Reply-To"] = reply_to_id
        msg["References"] = reply_to_id
    msg["MIME-Version"] = "1.0"
    for name, value in headers:
        msg[name] = value
    page = html_text if html_text is not None else _html(text)
    if shape == "html":
        msg.set_content(page, subtype="html")
    else:
        msg.set_content(text)
        if shape == "both":
            msg.add_alternative(page, subtype="html")
    if calendar is not None:
        if not msg.is_multipart():
            msg.make_alternative()
        msg.add_alternative(calendar, subtype="calendar", params={"method": "REQUEST"})
    if attached is not None:
        msg.add_attachment(attached)
    _fix_boundaries(rng, msg)
    return msg


class _Scene:
    """One employer, one person there, one candidate, one role, one moment."""

    def __init__(self, rng: random.Random, lang: str, *, mixed: bool = False) -> None:
        self.rng = rng
        wanted = "mixed" if mixed else lang
        self.firm = rng.choice([f for f in S.FIRMS if f.lang == wanted])
        zh = lang == "zh"
        self.zh = zh
        self.person = rng.choice(S.PEOPLE_ZH if zh else S.PEOPLE_EN)
        others = [p for p in (S.PEOPLE_ZH if zh else S.PEOPLE_EN) if p != self.person]
        self.manager = rng.choice(others)  # the hiring manager the letters speak of
        self.candidate = rng.choice(S.CANDIDATES_ZH if zh else S.CANDIDATES_EN)
        self.role = rng.choice(S.ROLES_ZH if zh else S.ROLES_EN)
        self.sent = _when(rng, self.firm)
        if zh:
            local = rng.choice(["hr", "zhaopin", "campus", f"hr{rng.randrange(10, 99)}", "talent"])
        else:
            given, *rest = self.person[0].lower().replace("'", "").split()
            family = rest[-1] if rest else given
            local = rng.choice([f"{given}.{family}", f"{given[0]}{family}", given])
            local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode()
        self.address = f"{local}@{self.firm.domain}"
        self.ref = f"{rng.randrange(10**4, 10**6)}"

    def day(self, lo: int = 2, hi: int = 9, *, weekday: bool = True) -> date:
        day = self.sent.date() + timedelta(days=self.rng.randrange(lo, hi))
        while weekday and day.weekday() > 4:
            day += timedelta(days=1)
        return day

    def fill(self, text: str, **extra: str) -> str:
        rng = self.rng
        time = (rng.choice(["上午10:00", "下午2:30", "14:00", "上午9点半"]) if self.zh
                else rng.choice(["10:00", "2:30 pm", "11am", "15:30", "9.30 am"]))  # fmt: skip
        values = dict(
            first=self.candidate[2], company=self.firm.name, role=self.role,
            person=self.manager[0], day=_day_text(rng, self.day(), self.firm), time=time,
            link=f"https://careers.{self.firm.domain}/c/{rng.randrange(16**8):08x}",
            city=self.firm.city, ref=self.ref, agency="", ats="",
        )  # fmt: skip
        values.update(extra)
        return text.format(**values)

    def greeting(self) -> str:
        first, full = self.candidate[2], self.candidate[0]
        if self.zh:
            return self.rng.choice(
                [f"{first}，你好：", f"{full}您好！", "您好，", f"亲爱的{first}：", ""]
            )
        return self.rng.choice([f"Hi {first},", f"Dear {full},", f"Hello {first},",
                                f"Dear {first},", f"{first},", ""])  # fmt: skip

    def signoff(self) -> str:
        name, title = self.person
        if self.zh:
            return self.rng.choice([f"祝好！\n{name}\n{self.firm.name} {title}",
                                    f"{name}\n{title}\n电话：0{self.rng.randrange(10, 99)}-"
                                    f"{self.rng.randrange(10**7, 10**8)}", f"谢谢\n{name}"])  # fmt: skip
        return self.rng.choice([
            f"Best regards,\n{name}\n{title} | {self.firm.name} | {self.firm.city}",
            f"Thanks,\n{name.split()[0]}",
            f"Kind regards,\n\n{name}\n{title}\n{self.firm.name}\nT +{self.rng.randrange(10**9, 10**10)}",
            f"Cheers,\n{name}",
        ])  # fmt: skip


def _quote(rng: random.Random, scene: _Scene, when: datetime, text: str) -> str:
    name, address = scene.candidate[0], scene.candidate[1]
    if scene.zh:
        style = rng.choice(["qq", "feishu", "gt"])
        if style == "qq":
            return ("------------------&nbsp;原始邮件&nbsp;------------------".replace("&nbsp;", " ")
                    + f'\n发件人: "{name}"<{address}>;\n发送时间: {when:%Y年%m月%d日}'
                    f"(星期{ZH_DAYS[when.weekday()]}) 晚上{when:%H:%M}\n"
                    f'收件人: "{scene.person[0]}"<{scene.address}>;\n主题: 面试跟进\n\n{text}')  # fmt: skip
        if style == "feishu":
            return (
                f"在 {when.year}年{when.month}月{when.day}日 {when:%H:%M}，{name} 写道：\n"
                + "\n".join("> " + line for line in text.splitlines())
            )
    style = rng.choice(["gt", "outlook", "apple"])
    if style == "outlook":
        return (f"From: {name} <{address}>\nSent: {when:%A, %d %B %Y %H:%M}\n"
                f"To: {scene.person[0]} <{scene.address}>\nSubject: Interview follow-up\n\n{text}")  # fmt: skip
    if style == "apple":
        return f"> On {when:%d %b %Y}, at {when:%H:%M}, {name} <{address}> wrote:\n>\n" + "\n".join(
            "> " + line for line in text.splitlines()
        )
    head = f"On {when:%a, %b %d, %Y at %I:%M %p} {name} <{address}> wrote:"
    return head + "\n" + "\n".join("> " + line for line in text.splitlines())


SUBJECTS_EN = {
    "rejection": ["Your application", "{role} - update", "Update from {company}", "Re: {role}"],
    "interview-invite": [
        "Interview - {role}",
        "Next steps",
        "Invitation: interview with {company}",
    ],
    "offer": ["Offer of employment", "{company} - good news", "Your offer", "Update"],
    "acknowledgement": ["Application received", "Thank you for your application", "{role}"],
    "info-request": ["Next steps - a few things we need", "References", "{role}: assessment"],
    "still-deciding": ["Update on your application", "Quick update", "{role} - timeline"],
    "position-closed": ["Update regarding the {role} vacancy", "{role}", "Important update"],
}
SUBJECTS_ZH = {
    "rejection": ["面试结果通知", "关于您的应聘", "{company}-{role}"],
    "interview-invite": ["面试邀请", "{company}面试通知", "【面试】{role}"],
    "offer": ["录用通知", "Offer Letter - {company}", "好消息"],
    "acknowledgement": ["简历投递成功", "感谢您的投递", "应聘确认"],
    "info-request": ["请补充材料", "笔试通知", "背景调查"],
    "still-deciding": ["面试进展", "结果通知延期", "关于面试结果"],
    "position-closed": ["岗位变动通知", "{role}招聘暂停", "招聘进展"],
}
LEGAL_EN = (
    "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the "
    "intended recipient(s) and may contain confidential information. Any unauthorised review, "
    "use or distribution is prohibited. If you are not the intended recipient, please contact "
    "the sender by reply e-mail and destroy all copies of the original message."
)
LEGAL_ZH = "本邮件及其附件含有保密信息，仅限于发送给上述收件人。如果您错收了本邮件，请立即电话或邮件通知发件人并删除本邮件。"


def _calendar(scene: _Scene, start: datetime, summary: str) -> str:
    stamp = start.astimezone(UTC)
    end = stamp + timedelta(minutes=45)
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Example Calendar//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"DTSTART:{stamp:%Y%m%dT%H%M%SZ}", f"DTEND:{end:%Y%m%dT%H%M%SZ}",
        f"DTSTAMP:{scene.sent.astimezone(UTC):%Y%m%dT%H%M%SZ}",
        f"ORGANIZER;CN={scene.person[0]}:mailto:{scene.address}",
        f"ATTENDEE;CN={scene.candidate[0]};RSVP=TRUE:mailto:{scene.candidate[1]}",
        f"UID:{scene.ref}-{stamp:%Y%m%d}@{scene.firm.domain}", f"SUMMARY:{summary}",
        f"LOCATION:{scene.firm.city}", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", "",
    ])  # fmt: skip


def _employer(rng: random.Random, label: str, lang: str) -> Case:
    zh = lang == "zh"
    mixed = zh and label in P.MIXED and rng.random() < 0.18
    scene = _Scene(rng, lang, mixed=mixed)
    options = ["person", "person", "person", "reply"]
    if label in (P.ATS_ZH if zh else P.ATS_EN):
        options += ["ats"] * (3 if label == "acknowledgement" else 1)
    if label in (P.AGENCY_OWN_ZH if zh else P.AGENCY_OWN_EN):
        options.append("agency")
    if label in (P.FORWARD_ZH if zh else P.FORWARD_EN):
        options.append("forward")
    if label == "interview-invite":
        options.append("calendar")
    way = "mixed" if mixed else rng.choice(options)
    sender = (scene.person[0], scene.address)
    domains = [scene.firm.domain]
    contacts: list[str] = []
    headers: list[tuple[str, str]] = []
    our_id = None
    quoted = None
    html_text = None
    calendar = None
    attached = None
    shape = rng.choice(["text", "both", "both", "html"])
    subject = rng.choice((SUBJECTS_ZH if zh else SUBJECTS_EN)[label]).format(
        role=scene.role, company=scene.firm.name
    )
    if way == "ats":
        ats = rng.randrange(len(S.ATS_ZH if zh else S.ATS_EN))
        display, address = (S.ATS_ZH if zh else S.ATS_EN)[ats]
        slug = scene.firm.domain.split(".")[0].replace("-", "")
        sender = (display.format(company=scene.firm.name), address.format(slug=slug))
        name = (S.ATS_NAMES_ZH if zh else S.ATS_NAMES_EN)[ats]
        text = scene.fill(rng.choice((P.ATS_ZH if zh else P.ATS_EN)[label]), ats=name)
        footer = ("如不希望再收到此类邮件，请点击退订。隐私政策 | 帮助中心" if zh else
                  f"You received this email because you applied to {scene.firm.name}. "
                  "Privacy policy | Unsubscribe from marketing emails")  # fmt: skip
        button = None
        if "{link}" in text or label == "acknowledgement":
            button = (("查看申请进度" if zh else "View application"),
                      f"https://{sender[1].split('@')[1]}/c/{scene.ref}")  # fmt: skip
        html_text = _html(text, button=button, footer=footer)
        text = f"{text}\n\n{footer}"
        shape = rng.choice(["html", "html", "both"])
        if rng.random() < 0.6:
            headers.append(("Auto-Submitted", "auto-generated"))
        if rng.random() < 0.4:
            headers.append(("Reply-To", f"recruiting@{scene.firm.domain}"))
    elif way == "agency":
        agency = rng.choice(S.AGENCIES_ZH if zh else S.AGENCIES_EN)
        agent = rng.choice(S.AGENT_PEOPLE_ZH if zh else S.AGENT_PEOPLE_EN)
        local = "consultant" + str(rng.randrange(10, 99)) if zh else agent.split()[0].lower()
        sender = (f"{agent} | {agency[0]}", f"{local}@{agency[1]}")
        body = scene.fill((P.AGENCY_OWN_ZH if zh else P.AGENCY_OWN_EN)[label])
        sign = f"{agent}\n{agency[0]}" if zh else f"Best,\n{agent}\nSenior Consultant, {agency[0]}"
        text = "\n\n".join(p for p in (scene.greeting() if not zh else "", body, sign) if p)
        if rng.random() < 0.6:
            domains.append(agency[1])
        if rng.random() < 0.5:
            contacts.append(sender[1])
        subject = (f"{scene.firm.name} - {scene.role}" if rng.random() < 0.5 else
                   ("更新" if zh else f"Re: {scene.role} at {scene.firm.name}"))  # fmt: skip
    elif way == "forward":
        note, inner = (P.FORWARD_ZH if zh else P.FORWARD_EN)[label]
        note, inner = scene.fill(note), scene.fill(inner)
        boss = scene.manager[0]
        boss_local = unicodedata.normalize("NFKD", boss.split()[0].lower()).encode(
            "ascii", "ignore"
        )
        boss_address = f"{'manager' if zh else boss_local.decode()}@{scene.firm.domain}"
        when = scene.sent - timedelta(hours=rng.randrange(2, 40))
        text = "\n\n".join(p for p in (scene.greeting(), note, scene.signoff()) if p)
        if rng.random() < 0.3 and not zh:
            attached = EmailMessage(policy=SMTP)
            attached["From"] = formataddr((boss, boss_address))
            attached["To"] = scene.address
            attached["Subject"] = f"{scene.role} candidate"
            attached["Date"] = format_datetime(when)
            attached.set_content(inner)
            shape = "text"
        elif zh:
            text += (f"\n\n-------- 转发邮件信息 --------\n发件人：{boss} <{boss_address}>\n"
                     f"发送日期：{when:%Y-%m-%d %H:%M}\n收件人：{scene.address}\n主题：{scene.role}候选人\n\n{inner}")  # fmt: skip
        else:
            text += (f"\n\n---------- Forwarded message ---------\nFrom: {boss} <{boss_address}>\n"
                     f"Date: {when:%a, %b %d, %Y at %I:%M %p}\nSubject: {scene.role} candidate\n"
                     f"To: {scene.person[0]} <{scene.address}>\n\n{inner}")  # fmt: skip
        subject = ("转发：" if zh else "Fwd: ") + subject
    elif way == "mixed":
        en_text, zh_text = P.MIXED[label]
        body = f"Dear {scene.candidate[0]},\n\n{scene.fill(en_text)}\n\n{scene.candidate[0]}您好，\n\n{scene.fill(zh_text)}"
        text = f"{body}\n\nRegards 此致\n{scene.person[0]}\n{scene.firm.name}"
    else:
        pool = (P.ZH if zh else P.EN)[label]
        if way == "calendar":
            start = datetime.combine(scene.day(3, 10), datetime.min.time(), scene.sent.tzinfo)
            start = start.replace(hour=rng.choice([9, 10, 14, 16]))
            pool = list(P.CALENDAR_ZH if zh else P.CALENDAR_EN)
            body = scene.fill(rng.choice(pool), day=_day_text(rng, start.date(), scene.firm),
                              time=f"{start:%H:%M}")  # fmt: skip
        else:
            body = scene.fill(rng.choice(pool))
        short = len(body) < 90
        parts = (
            [body] if short and rng.random() < 0.6 else [scene.greeting(), body, scene.signoff()]
        )
        if rng.random() < 0.2 or (short and rng.random() < 0.5):
            parts.append(rng.choice(S_MOBILE_ZH if zh else S_MOBILE_EN))
        if rng.random() < 0.15 and not short:
            parts.append(LEGAL_ZH if zh else LEGAL_EN)
        text = "\n\n".join(p for p in parts if p)
        if way == "reply" or rng.random() < 0.25:
            our_id = _mid(rng, scene.candidate[1].split("@")[1])
            earlier = rng.choice(P.EARLIER_ZH if zh else P.EARLIER_EN)
            if label == "acknowledgement":
                earlier = scene.fill(P.EARLIER_APPLY_ZH if zh else P.EARLIER_APPLY_EN)
            if way == "reply" or rng.random() < 0.5:
                quoted = _quote(
                    rng, scene, scene.sent - timedelta(days=rng.randrange(2, 12)), earlier
                )
                text = f"{text}\n\n{quoted}"
            subject = ("回复：" if zh and rng.random() < 0.5 else "Re: ") + (
                "面试跟进" if zh else rng.choice(["Interview follow-up", f"{scene.role} interview"])
            )
        if way == "calendar":
            summary = (
                f"面试：{scene.candidate[0]} / {scene.firm.name}"
                if zh
                else (f"Interview: {scene.candidate[0]} / {scene.firm.name}")
            )
            calendar = _calendar(scene, start, summary)
            shape = rng.choice(["text", "both"])
            subject = (
                ("邀请：" if zh else "Invitation: ") + summary + (f" @ {start:%Y-%m-%d %H:%M}")
            )
    if way in ("person", "reply", "calendar", "mixed") and rng.random() < 0.1:
        # A founder or manager writing from a mailbox the store does not know.
        free = rng.choice(["gmail.com", "outlook.com"] if not zh else ["qq.com", "163.com"])
        sender = (
            scene.person[0],
            f"{sender[1].split('@')[0].split('.')[0]}{rng.randrange(10, 99)}@{free}",
        )
    elif way in ("person", "reply", "forward") and scene.firm.alias and rng.random() < 0.35:
        sender = (sender[0], sender[1].split("@")[0] + "@" + scene.firm.alias)  # the group domain
    if sender[1] == scene.address and rng.random() < 0.55:
        contacts.append(scene.address)
    msg = _compose(rng, sender, (scene.candidate[0], scene.candidate[1]), subject, scene.sent,
                   text, shape=shape, headers=tuple(headers), reply_to_id=our_id,
                   html_text=html_text, calendar=calendar, attached=attached)  # fmt: skip
    know = Knowledge(
        tuple(domains), tuple(contacts), (our_id,) if our_id else (), scene.candidate[1]
    )
    return Case(msg.as_bytes(), label, lang, f"{label}:{way}", "generated:g", know)


S_MOBILE_EN = P.SIGN_MOBILE_EN
S_MOBILE_ZH = P.SIGN_MOBILE_ZH


def _return_text(rng: random.Random, scene: _Scene, back: date, template: str) -> tuple[str, str]:
    """The return day written as {back}, and the day before as {last}."""
    firm = scene.firm
    across = back.year != scene.sent.year
    last = back - timedelta(days=1)
    gap = (back - scene.sent.date()).days
    if scene.zh:
        if gap < 7 and back.isocalendar()[1] != scene.sent.isocalendar()[1] and rng.random() < 0.3:
            return f"下周{ZH_DAYS[back.weekday()]}", _day_text(rng, last, firm, year=across)
        return _day_text(rng, back, firm, year=across), _day_text(rng, last, firm, year=across)
    roll = rng.random()
    if "on {back}" in template and roll < 0.2 and not across and gap < 25:
        return f"the {_ordinal(back.day)}", _day_text(rng, last, firm)
    if gap < 7 and roll > 0.8 and "until {back}" not in template:
        return DAYS[back.weekday()], DAYS[last.weekday()]
    return _day_text(rng, back, firm, year=across), _day_text(rng, last, firm, year=across)


def _out_of_office(rng: random.Random, lang: str) -> Case:
    zh = lang == "zh"
    scene = _Scene(rng, lang)
    pool = P.OOO_ZH if zh else P.OOO_EN
    template = rng.choice([t for t in pool if "春节" not in t or scene.sent.month in (1, 2)])
    start = scene.sent.date()
    back = start + timedelta(days=rng.randrange(3, 19))
    while back.weekday() > 4 or ("{last}" in template and back.weekday() == 0):
        back += timedelta(days=1)  # the day before a return written as a last day is a weekday
    back_text, last_text = _return_text(rng, scene, back, template)
    deputy = f"{rng.choice(['talent', 'recruitment', 'hr', 'people'])}@{scene.firm.domain}"
    body = template.format(back=back_text, last=last_text, deputy=deputy, city=scene.firm.city,
                           start=_day_text(rng, start, scene.firm))  # fmt: skip
    if not zh and rng.random() < 0.3:
        body = f"{body}\n\n{scene.person[0]}\n{scene.person[1]}, {scene.firm.name}"
    headers: list[tuple[str, str]] = []
    flavour = rng.random()
    if flavour < 0.45:
        headers.append(("Auto-Submitted", "auto-replied"))
    elif flavour < 0.65:
        headers += [
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", scene.address),
        ]
    elif flavour < 0.75:
        headers.append(("Precedence", "auto_reply"))
    our_id = _mid(rng, scene.candidate[1].split("@")[1])
    topic = rng.choice(
        ["面试跟进", f"应聘{scene.role}"]
        if zh
        else ["Interview follow-up", f"{scene.role} application"]
    )
    marker = rng.choice(["自动回复：", "自动回复: ", "Re: ", ""] if zh else
                        ["Automatic reply: ", "Out of Office: ", "Autoreply: ", "Re: ", ""])  # fmt: skip
    msg = _compose(rng, (scene.person[0], scene.address), (scene.candidate[0], scene.candidate[1]),
                   marker + topic, scene.sent, body, shape=rng.choice(["text", "text", "both", "html"]),
                   headers=tuple(headers), reply_to_id=our_id if rng.random() < 0.75 else None)  # fmt: skip
    know = Knowledge((scene.firm.domain,), (scene.address,) if rng.random() < 0.6 else (), (our_id,),
                     scene.candidate[1])  # fmt: skip
    return Case(msg.as_bytes(), "out-of-office", lang, "out-of-office", "generated:g", know,
                return_date=back)  # fmt: skip


TLD_TYPOS = {"com": "con", "cn": "cm", "ca": "co", "nl": "nk", "jp": "jo", "hk": "hj",
             "br": "bt", "sg": "sh", "ae": "ea", "fr": "ft"}  # fmt: skip
BOUNCE_SHAPES = ("exchange", "postfix", "gmail", "exim", "dsn-only", "qq", "netease")


def _bounce(rng: random.Random, lang: str) -> Case:
    zh = lang == "zh"
    scene = _Scene(rng, lang)
    shapes = list(BOUNCE_SHAPES) if zh else [s for s in BOUNCE_SHAPES if s not in ("qq", "netease")]
    shape = rng.choice(shapes)
    me_name, me = scene.candidate[0], scene.candidate[1]
    if shape == "qq":
        me = me.split("@")[0] + "@qq.com"
    elif shape == "netease":
        me = me.split("@")[0] + "@163.com"
    elif shape == "gmail":
        me = me.split("@")[0].replace("_", ".") + "@gmail.com"
    roll = rng.random()
    if roll < 0.55:
        failed = scene.address
    elif roll < 0.8:
        failed = f"{rng.choice(['careers', 'jobs', 'hr', 'recruit'])}@{scene.firm.domain}"
    else:  # the address with a mistyped top-level domain
        stem, _, tld = scene.address.rpartition(".")
        failed = f"{stem}.{TLD_TYPOS[tld]}"
    if rng.random() < 0.15:
        failed = failed[0].upper() + failed[1:]
    our_id = _mid(rng, me.split("@")[1])
    when = scene.sent
    subject = f"应聘{scene.role}-{me_name}" if zh else f"Following up on my {scene.role} interview"
    original_text = rng.choice(P.EARLIER_ZH if zh else P.EARLIER_EN)
    original = EmailMessage(policy=SMTP)
    original["From"] = formataddr((me_name, me))
    original["To"] = failed
    if rng.random() < 0.3:
        original["Cc"] = f"talent@{scene.firm.domain}"
    original["Subject"] = subject
    original["Date"] = format_datetime(when - timedelta(minutes=1))
    original["Message-ID"] = our_id
    original.set_content(original_text)
    host = f"mx{rng.randrange(1, 4)}.{scene.firm.domain}"
    code = rng.choice(["550 5.1.1", "550 5.1.10", "554 5.4.4", "552 5.2.2"])
    reason = {"550 5.1.1": "User unknown", "550 5.1.10": "RecipientNotFound",
              "554 5.4.4": "Host not found", "552 5.2.2": "Mailbox full"}[code]  # fmt: skip
    bounce = EmailMessage(policy=SMTP)
    status = code.split()[1]
    human: str
    if shape == "exchange":
        sender = ("Microsoft Outlook", f"postmaster@{me.split('@')[1]}")
        subj = "Undeliverable: " + subject
        human = (f"Your message to {failed} couldn't be delivered.\n\n{failed.split('@')[0]} wasn't "
                 f"found at {failed.split('@')[1]}.\n\n{me_name}   Office 365   {failed.split('@')[0]}\n"
                 "Action Required\n\nHow to Fix It\nThe address may be misspelled or may not exist. "
                 f"\n\nDiagnostic information for administrators:\nGenerating server: {host}\n"
                 f"{failed}\nRemote Server returned '{code} {reason}'")  # fmt: skip
    elif shape == "postfix":
        sender = ("Mail Delivery System", f"MAILER-DAEMON@smtp.{me.split('@')[1]}")
        subj = "Undelivered Mail Returned to Sender"
        human = (f"This is the mail system at host smtp.{me.split('@')[1]}.\n\nI'm sorry to have to "
                 "inform you that your message could not\nbe delivered to one or more recipients. "
                 "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
                 "                   The mail system\n\n"
                 f"<{failed}>: host {host}[203.0.113.{rng.randrange(2, 250)}] said: {code}\n"
                 f"    <{failed}>: Recipient address rejected: {reason} (in reply to RCPT TO command)")  # fmt: skip
    elif shape == "gmail":
        sender = ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")
        subj = "Delivery Status Notification (Failure)"
        human = (f"** Address not found **\n\nYour message wasn't delivered to {failed} because the "
                 "address couldn't be found, or is unable to receive mail.\n\nThe response from the "
                 f"remote server was:\n{code} The email account that you tried to reach does not exist.")  # fmt: skip
    elif shape == "exim":
        sender = ("Mail Delivery System", f"Mailer-Daemon@relay.{me.split('@')[1]}")
        subj = "Mail delivery failed: returning message to sender"
        human = ("This message was created automatically by mail delivery software.\n\nA message "
                 "that you sent could not be delivered to one or more of its\nrecipients. This is a "
                 f"permanent error. The following address(es) failed:\n\n  {failed}\n    host {host}\n"
                 f"    SMTP error from remote mail server after RCPT TO:<{failed}>:\n    {code} {reason}")  # fmt: skip
    elif shape == "dsn-only":
        sender = ("Postmaster", f"postmaster@{me.split('@')[1]}")
        subj = "Returned mail: see transcript for details"
        human = "The original message was not delivered. Technical details are attached."
    elif shape == "qq":
        sender = ("QQ邮箱系统退信", "PostMaster@qq.com")
        subj = "退信：" + subject
        human = (f"很抱歉您的邮件没有发送成功。\n\n收件人：{failed}\n退信原因：收件人邮箱地址不存在，"
                 f"请核实后重新发送。\n\n建议：检查收件人地址是否填写正确。\n\n原邮件主题：{subject}")  # fmt: skip
    else:
        sender = ("网易邮件中心", "Postmaster@163.com")
        subj = "系统退信"
        human = (f"抱歉，您的邮件被退回来了……\n\n原邮件信息：\n时  间：{when:%Y-%m-%d %H:%M:%S}\n"
                 f"主  题：{subject}\n收件人：{failed}\n\n退信原因：\n对方服务器响应：{code} {reason}")  # fmt: skip
    bounce["From"] = formataddr(sender)
    bounce["To"] = formataddr((me_name, me))
    bounce["Subject"] = subj
    bounce["Date"] = format_datetime(when + timedelta(seconds=rng.randrange(5, 300)))
    bounce["Message-ID"] = _mid(rng, sender[1].split("@")[1])
    bounce["Auto-Submitted"] = "auto-replied"
    with_report = shape == "dsn-only" or (shape not in ("qq", "netease") and rng.random() < 0.75)
    if not with_report:
        bounce.set_content(human)
        if shape not in ("qq", "netease") or rng.random() < 0.5:
            bounce.add_attachment(original)
    else:
        bounce["Content-Type"] = "multipart/report; report-type=delivery-status"
        text_part = EmailMessage(policy=SMTP)
        text_part.set_content(human)
        bounce.attach(text_part)
        status_part = EmailMessage(policy=SMTP)
        status_part["Content-Type"] = "message/delivery-status"
        per_message, per_recipient = EmailMessage(policy=SMTP), EmailMessage(policy=SMTP)
        per_message["Reporting-MTA"] = f"dns; {sender[1].split('@')[1]}"
        per_recipient["Final-Recipient"] = f"rfc822; {failed}"
        per_recipient["Action"] = "failed"
        per_recipient["Status"] = status
        per_recipient["Remote-MTA"] = f"dns; {host}"
        per_recipient["Diagnostic-Code"] = f"smtp; {code} {reason}"
        status_part.set_payload([per_message, per_recipient])
        bounce.attach(status_part)
        returned = EmailMessage(policy=SMTP)
        if rng.random() < 0.5:
            returned["Content-Type"] = "text/rfc822-headers"
            returned.set_payload(original.as_bytes().split(b"\r\n\r\n")[0].decode("ascii") + "\r\n")
        else:
            returned.set_content(original)
        bounce.attach(returned)
    _fix_boundaries(rng, bounce)
    know = Knowledge((scene.firm.domain,), (), (our_id,), me)
    return Case(bounce.as_bytes(), "bounce", lang, f"bounce:{shape}", "generated:g", know,
                failed_recipient=failed)  # fmt: skip


UNRELATED_SUBJECTS_EN = {
    "job-alert": ['New jobs for "{role}"', "Jobs picked for you", "{company} has new openings"],
    "digest": ["Your weekly digest", "Top interview stories this week"],
    "newsletter": ["Issue #142: ghosting, offers and AI screening", "The Sunday letter"],
    "webinar": ["Invitation: Cracking the technical interview", "Last call to register"],
    "alumni": ["Careers fair - book your slot", "Mock interviews open"],
    "bank": ["Your pre-approved offer", "An exclusive offer for you"],
    "shop": ["Your order has shipped", "Our best offer of the season"],
    "friend": ["ugh", "!!!!", "re: interview", "news"],
    "colleague": ["Debrief tomorrow", "Interview panel - {role}", "Scorecards"],
    "agency": ["{role} opportunity - {city}", "Quick chat?", "Confidential role"],
    "personal": ["Sunday", "Membership"],
}
UNRELATED_SUBJECTS_ZH = {
    "job-alert": ["职位推荐", "您有新的职位匹配"], "digest": ["本周热门面经", "你关注的公司有新动态"],
    "newsletter": ["职场周刊 第88期"], "webinar": ["活动邀请"], "alumni": ["双选会通知", "就业简报"],
    "bank": ["专属优惠"], "shop": ["发货通知"], "friend": ["面试", "好消息！", "在吗"],
    "colleague": ["帮忙面试", "候选人面评"], "agency": ["职位机会", "猎头推荐"], "personal": ["周末"],
}  # fmt: skip
LIST_KINDS = ("job-alert", "digest", "newsletter", "webinar", "alumni", "bank", "shop")


def _unrelated(rng: random.Random, lang: str) -> Case:
    zh = lang == "zh"
    scene = _Scene(rng, lang)
    applied = tuple(f.domain for f in rng.sample(S.FIRMS, 4))
    pool = P.UNRELATED_ZH if zh else P.UNRELATED_EN
    kinds = [*sorted(pool), "employer-news", "friend-forward", "colleague-calendar"]
    kind = rng.choice(kinds)
    headers: list[tuple[str, str]] = []
    to = (scene.candidate[0], scene.candidate[1])
    calendar = None
    attached = None
    shape = rng.choice(["text", "both"])
    if kind == "employer-news":
        text = scene.fill(P.EMPLOYER_NEWS_ZH if zh else P.EMPLOYER_NEWS_EN)
        sender = (scene.firm.name, f"newsletter@{scene.firm.domain}")
        applied = (*applied, scene.firm.domain)
        subject = f"{scene.firm.name}月刊" if zh else f"The {scene.firm.name} quarterly"
        listy = True
    elif kind == "friend-forward":
        friend = rng.choice(S.FRIENDS_ZH if zh else S.FRIENDS_EN)
        sender = friend
        inner = scene.fill(rng.choice(P.ZH["rejection"] if zh else P.EN["rejection"]))
        note = (
            "你看这封拒信，写得也太客气了吧哈哈"
            if zh
            else "lol look at this one, the politest no ever"
        )
        fwd = "-------- 转发邮件信息 --------" if zh else "---------- Forwarded message ---------"
        text = f"{note}\n\n{fwd}\nFrom: {scene.person[0]} <{scene.address}>\nTo: {friend[1]}\n\n{inner}"
        subject = ("转发：" if zh else "Fwd: ") + scene.role
        listy = False
        applied = tuple(d for d in applied if d != scene.firm.domain)
    elif kind == "colleague-calendar":
        _, host = S.OWN_EMPLOYER_ZH if zh else S.OWN_EMPLOYER_EN
        colleague = rng.choice(S.COLLEAGUES_ZH if zh else S.COLLEAGUES_EN)
        sender = (
            colleague,
            f"{'user' + str(rng.randrange(100, 999)) if zh else colleague.split()[0].lower()}@{host}",
        )
        local = scene.candidate[1].split("@")[0]
        to = (scene.candidate[0], f"{local}@{host}")
        start = datetime.combine(scene.day(1, 6), datetime.min.time(), scene.sent.tzinfo).replace(
            hour=15
        )
        summary = (
            f"{scene.role}候选人面试（你是面试官）"
            if zh
            else f"Interview panel: {scene.role} candidate (you are interviewer)"
        )
        text = (f"候选人简历见附件，请面试后填写面评。\n{summary}" if zh else
                f"Candidate CV attached in the ATS. Please submit your scorecard after the interview.\n{summary}")  # fmt: skip
        calendar = (
            _calendar(scene, start, summary)
            .replace(scene.candidate[1], to[1])
            .replace(scene.address, sender[1])
        )
        subject = ("邀请：" if zh else "Invitation: ") + summary
        listy = False
    else:
        body = scene.fill(rng.choice(pool[kind]), ref=str(rng.randrange(10**8, 10**9)))
        subject = rng.choice((UNRELATED_SUBJECTS_ZH if zh else UNRELATED_SUBJECTS_EN)[kind]).format(
            role=scene.role, company=scene.firm.name, city=scene.firm.city
        )
        listy = kind in LIST_KINDS
        if kind in ("friend", "personal"):
            sender = rng.choice(S.FRIENDS_ZH if zh else S.FRIENDS_EN)
            text = body
        elif kind == "colleague":
            _, host = S.OWN_EMPLOYER_ZH if zh else S.OWN_EMPLOYER_EN
            colleague = rng.choice(S.COLLEAGUES_ZH if zh else S.COLLEAGUES_EN)
            sender = (
                colleague,
                f"{'user' + str(rng.randrange(100, 999)) if zh else colleague.split()[0].lower()}@{host}",
            )
            to = (scene.candidate[0], f"{scene.candidate[1].split('@')[0]}@{host}")
            text = f"{body}\n\n{colleague}"
        elif kind == "agency":
            agency = rng.choice(S.AGENCIES_ZH if zh else S.AGENCIES_EN)
            agent = rng.choice(S.AGENT_PEOPLE_ZH if zh else S.AGENT_PEOPLE_EN)
            local = "hunter" + str(rng.randrange(10, 99)) if zh else agent.split()[0].lower()
            sender = (agent, f"{local}@{agency[1]}")
            text = "\n\n".join(p for p in (scene.greeting(), body, f"{agent}\n{agency[0]}") if p)
        else:
            sender = rng.choice((S.LIST_SENDERS_ZH if zh else S.LIST_SENDERS_EN)[kind])
            text = body
    host = sender[1].split("@")[1]
    if listy:
        headers.append(("List-Unsubscribe", f"<https://{host}/u/{rng.randrange(10**9)}>"))
        if rng.random() < 0.5:
            headers.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
        if rng.random() < 0.4:
            headers.append(("Precedence", "bulk"))
        shape = rng.choice(["html", "both", "both"])
    html_text = None
    if listy:
        footer = "退订 | 隐私政策" if zh else "Unsubscribe | Manage preferences | Privacy"
        html_text = _html(text, button=(("立即查看" if zh else "See more"), f"https://{host}/go"),
                          footer=footer)  # fmt: skip
    msg = _compose(rng, sender, to, subject, scene.sent, text, shape=shape, headers=tuple(headers),
                   html_text=html_text, calendar=calendar, attached=attached)  # fmt: skip
    return Case(msg.as_bytes(), "unrelated", lang, kind, "generated:g",
                Knowledge(applied, (), (), scene.candidate[1]))  # fmt: skip


def build_part_g() -> list[Case]:
    """Part g's 520 cases; the same bytes on every run."""
    cases: list[Case] = []
    for label, count in COUNTS.items():
        for i in range(count):
            rng = random.Random(f"{SEED}:{label}:{i}")
            lang = "zh" if rng.random() < 0.4 else "en"
            if label == "out-of-office":
                cases.append(_out_of_office(rng, lang))
            elif label == "bounce":
                cases.append(_bounce(rng, lang))
            elif label == "unrelated":
                cases.append(_unrelated(rng, lang))
            else:
                cases.append(_employer(rng, label, lang))
    return cases
