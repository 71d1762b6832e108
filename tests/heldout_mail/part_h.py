"""Part h of the independent corpus: 500 messages sent in 2028, about 45% in Chinese.

Written by an author who read neither the labeller's rules nor parts a-g; frozen by
test_part_h_is_frozen before its first measurement. Every random choice, MIME boundaries
included, comes from a string-seeded generator, so the bytes do not depend on PYTHONHASHSEED.
"""

from __future__ import annotations

import html
import random
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

from tests.heldout_mail.builder import Case, Knowledge
from tests.heldout_mail.phrases_h import EN, OOO_EN, OOO_ZH, UNRELATED_EN, UNRELATED_ZH, ZH
from tests.heldout_mail.senders_h import (
    ATS_EN,
    ATS_ZH,
    CANDIDATES_EN,
    CANDIDATES_ZH,
    FREEMAIL,
    ORGS,
    OTHER_ROLES_EN,
    OTHER_ROLES_ZH,
    PEOPLE_EN,
    PEOPLE_ZH,
    ROLES_EN,
    ROLES_ZH,
    UNRELATED_SENDERS,
    VOICE_PEOPLE,
    VOICE_ROLES,
    Org,
)

EMPLOYER = ("rejection", "interview-invite", "offer", "acknowledgement", "info-request",
            "still-deciding", "position-closed")  # fmt: skip
COUNTS = {**dict.fromkeys(EMPLOYER, 36), "out-of-office": 36, "bounce": 36, "unrelated": 176}
ZH_SHARE = 0.45
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ZH_DAYS = "一二三四五六日"
ZONES = {"CN": 8, "US": -5, "IN": 5.5, "DE": 1, "GB": 0, "SG": 8}
# Which writer a template's words point to: a lab writes about RAs, a 国企 about 资格审查.
VOICE_HINTS = (
    (("internal", "内部"), ("internal",)),
    (("dear candidate", "Dear candidate", "sincerely invite"), ("translated",)),
    (("RA ", "research assistant", "postdoc", "lab", "grant", "科研助理", "课题组", "郑老师"),
     ("lab",)),
    (("群面", "校园招聘", "网申", "同学", "秋招", "春招", "三方协议"), ("campus",)),
    (("资格审查", "政审", "拟录用", "编制", "报名", "笔试和", "准考证"), ("soe",)),
    (("client", "客户", "requirement"), ("headhunter", "agency")),
    (("nursing", "occupational health"), ("hospital",)),
    (("partner", "合伙人", "所里"), ("firm",)),
    (("IST", "LOI", "PAN card", "candidature", "shortlisted for the"), ("itsvc",)),
    (("works council", "Travel costs", "two copies", "further professional", "hiring freeze",
      "access data", "Our department"), ("mittelstand",)),
    (("founder", "joel", "ravi", "funding round", "board meeting", "docusign", "融资", "老板"),
     ("startup",)),
)  # fmt: skip
DISCLAIMER_EN = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be "
    "privileged. If you are not the intended recipient, please notify the sender and delete it. "
    "Any unauthorised use or disclosure is prohibited."
)
DISCLAIMER_DE = (
    "{org} | Sitz der Gesellschaft: Ulm | Registergericht Ulm HRB 7214 | Geschäftsführer: "
    "K. Brenner\nThis e-mail may contain confidential information. If you received it in error, "
    "please inform us and delete it."
)
DISCLAIMER_ZH = "本邮件及其附件含有保密信息，仅限于发送给上述收件人。如果您错收了本邮件，请立即电话或邮件通知发件人并删除本邮件。"


def _sent(rng: random.Random, org: Org, *, weekdays: str = "01234") -> datetime:
    while True:
        day = date(2028, 1, 4) + timedelta(days=rng.randrange(0, 330))
        if str(day.weekday()) in weekdays:
            break
    hours = ZONES[org.country]
    zone = timezone(timedelta(hours=hours))
    return datetime(day.year, day.month, day.day, rng.randrange(7, 22), rng.randrange(60),
                    rng.randrange(60), tzinfo=zone)  # fmt: skip


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def write_day(rng: random.Random, day: date, org: Org, *, year: bool = False) -> str:
    if org.lang == "zh":
        text = f"{day.month}月{day.day}日"
        if year or rng.random() < 0.25:
            text = f"{day.year}年{text}"
        if rng.random() < 0.4:
            text += rng.choice(["（周{}）", "(星期{})", " 周{}"]).format(ZH_DAYS[day.weekday()])
        return text
    name, month = DAYS[day.weekday()], MONTHS[day.month - 1]
    if org.country == "DE":
        return rng.choice([f"{day.day:02d}.{day.month:02d}.{day.year}",
                           f"{name}, {day.day}. {month} {day.year}"])  # fmt: skip
    if org.country == "US":
        text = rng.choice([f"{month} {day.day}", f"{name}, {month} {day.day}",
                           f"{name[:3]} {month[:3]} {day.day}"])  # fmt: skip
    else:
        text = rng.choice([f"{day.day} {month}", f"{name} {day.day} {month}",
                           f"{name} {_ordinal(day.day)} {month}"])  # fmt: skip
    return (
        f"{text}, {day.year}"
        if year and org.country == "US"
        else (f"{text} {day.year}" if year else text)
    )


def _mid(rng: random.Random, host: str) -> str:
    stamp = rng.randrange(16**10)
    return rng.choice([f"<{stamp:010x}.{rng.randrange(10**5)}@{host}>",
                       f"<CA+{stamp:x}{rng.randrange(10**8)}=mail@{host}>",
                       f"<tencent_{stamp:X}{rng.randrange(10**4)}@{host}>"])  # fmt: skip


def _html(text: str, rng: random.Random) -> str:
    blocks = text.split("\n\n")
    style = rng.randrange(3)
    if style == 0:
        inner = "".join(f"<p>{html.escape(b).replace(chr(10), '<br/>')}</p>" for b in blocks)
        return f"<html><body>{inner}</body></html>"
    if style == 1:
        inner = "".join(
            f'<div style="font-family:Calibri,sans-serif;font-size:11pt">'
            f"{html.escape(b).replace(chr(10), '<br>')}</div><div><br></div>"
            for b in blocks
        )
        return (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv='
            '"Content-Type" content="text/html; charset=utf-8"><style><!-- p.MsoNormal{margin:0}'
            f' --></style></head><body lang="EN-US">{inner}</body></html>'
        )
    rows = "".join(
        f'<tr><td style="padding:8px 24px;color:#333">{html.escape(b).replace(chr(10), "<br>")}'
        "</td></tr>"
        for b in blocks
    )
    return (
        '<!doctype html><html><body style="background:#f4f4f4"><table role="presentation" '
        f'width="600" align="center" bgcolor="#ffffff">{rows}</table></body></html>'
    )


def render(
    rng: random.Random,
    *,
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    body: str,
    sent: datetime,
    host: str,
    shape: str,
    headers: tuple[tuple[str, str], ...] = (),
    in_reply_to: str | None = None,
    charset: str = "utf-8",
) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = formataddr(sender)
    msg["To"] = formataddr(to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = _mid(rng, host)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for name, value in headers:
        msg[name] = value
    cte = rng.choice(["base64", "quoted-printable", "8bit"]) if charset != "utf-8" else None
    if shape == "html":
        msg.set_content(_html(body, rng), subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(body, charset=charset, cte=cte)
        if shape == "both":
            msg.add_alternative(_html(body, rng), subtype="html", charset=charset)
            msg.set_boundary(f"----=_Part_{rng.randrange(10**6)}_{rng.randrange(10**9)}")
    return msg.as_bytes()


def _voice_orgs(text: str, lang: str) -> list[Org]:
    for words, voices in VOICE_HINTS:
        if any(w in text for w in words):
            found = [o for o in ORGS if o.lang == lang and o.voice in voices]
            if found:
                return found
    special = ("lab", "headhunter", "agency", "internal", "translated")
    return [o for o in ORGS if o.lang == lang and o.voice not in special]


def _person(rng: random.Random, org: Org) -> tuple[str, str, str]:
    people = PEOPLE_ZH if org.lang == "zh" else PEOPLE_EN
    fitting = [p for p in people if p[0] in VOICE_PEOPLE.get(org.voice, ())]
    name, title = rng.choice(fitting or list(people))
    if org.lang == "zh":
        local = rng.choice(["hr", "zhaopin", "rlzy", f"hr{rng.randrange(1, 30)}", "hrzp"])
    else:
        first, last = name.lower().split()[0], name.lower().split()[-1]
        local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", first, f"{last}.{first[0]}"])
    return name, title, f"{local}@{org.domain}"


def _greeting(rng: random.Random, lang: str, candidate: tuple[str, str, str]) -> str:
    full, _, first = candidate
    if lang == "zh":
        return rng.choice([f"{full}同学：", f"{first}，您好！", "您好：", f"尊敬的{full}先生/女士：",
                           f"{first}你好，", ""])  # fmt: skip
    return rng.choice([f"Dear {full},", f"Hi {first},", f"Hello {first}", f"Dear Mr./Ms. "
                       f"{full.split()[-1]},", f"{first},", "Dear Candidate,"])  # fmt: skip


def _signoff(rng: random.Random, org: Org, person: tuple[str, str, str]) -> str:
    name, title, _ = person
    if org.lang == "zh":
        sign = rng.choice([f"祝好！\n{name}", f"{org.name} {title}\n{name}\n电话：0571-8{rng.randrange(10**6, 10**7)}",
                           f"此致\n敬礼！\n\n{org.name}人力资源部\n2028年", f"{name}｜{title}"])  # fmt: skip
        if org.voice in ("soe", "firm", "campus") and rng.random() < 0.5:
            sign += "\n\n" + DISCLAIMER_ZH
        return sign
    sign = rng.choice([f"Best regards,\n{name}\n{title}\n{org.name}", f"Thanks,\n{name.split()[0]}",
                       f"Warm regards,\n{name} | {title}", f"Kind regards,\n{name}" if org.country != "DE" else f"Mit freundlichen Grüßen / Kind regards\n{name}",
                       f"Regards,\n{name}\n{title} | {org.name}\nM: +1 555 01{rng.randrange(10, 99)}"])  # fmt: skip
    if org.voice == "mittelstand" and rng.random() < 0.7:
        sign += "\n\n" + DISCLAIMER_DE.format(org=org.name)
    elif org.voice in ("firm", "itsvc", "hospital") and rng.random() < 0.6:
        sign += "\n\n" + DISCLAIMER_EN
    return sign


def _quote(rng: random.Random, lang: str, candidate: tuple[str, str, str], when: datetime,
           subject: str, text: str) -> str:  # fmt: skip
    full, address, _ = candidate
    style = rng.choice(["gt", "outlook"] if lang == "en" else ["qq", "gt", "netease"])
    if style == "gt":
        return (f"On {when:%a, %b %d, %Y at %I:%M %p} {full} <{address}> wrote:\n"
                + "\n".join("> " + line for line in text.splitlines()))  # fmt: skip
    if style == "outlook":
        return (f"From: {full} <{address}>\nSent: {when:%A, %d %B %Y %H:%M}\nTo: HR\nSubject: "
                f"{subject}\n\n{text}")  # fmt: skip
    if style == "qq":
        return (f"------------------ 原始邮件 ------------------\n发件人: \"{full}\"<{address}>;\n"
                f"发送时间: {when:%Y年%m月%d日}(星期{ZH_DAYS[when.weekday()]}) {when:%H:%M}\n主题: {subject}\n\n{text}")  # fmt: skip
    return (f"-----原始邮件-----\n发件人：{full} <{address}>\n发送时间：{when:%Y-%m-%d %H:%M}\n"
            f"主题：{subject}\n\n{text}")  # fmt: skip


def _earlier(rng: random.Random, lang: str, role: str) -> tuple[str, str]:
    if lang == "zh":
        return rng.choice([(f"应聘{role}-{{name}}", "您好，附件是我的简历，应聘贵司岗位，盼复。"),
                           ("面试结果咨询", "老师您好，想问一下上周面试的结果出来了吗？谢谢！"),
                           ("感谢面试机会", "今天的面试收获很多，感谢您的时间！")])  # fmt: skip
    return rng.choice([(f"Application - {role}", "Hello, please find attached my CV and cover "
                        "letter for the role. Looking forward to hearing from you."),
                       ("Following up", "Hi, just following up on my application - is there any "
                        "update you can share?"),
                       ("Thank you!", "Thank you for speaking with me yesterday, I really enjoyed "
                        "the conversation.")])  # fmt: skip


def _fill(rng: random.Random, text: str, org: Org, role: str, person: str,
          candidate: tuple[str, str, str], sent: datetime, link_host: str = "") -> str:  # fmt: skip
    day = sent.date() + timedelta(days=rng.randrange(3, 12))
    while day.weekday() > 4:
        day += timedelta(days=1)
    times = ["10:00", "14:30", "上午10点", "下午2:30", "15:00"] if org.lang == "zh" else [
        "10:00", "14:30", "9:30 AM", "3 PM", "11:00 am"]  # fmt: skip
    time = rng.choice(times)
    others = OTHER_ROLES_ZH if org.lang == "zh" else OTHER_ROLES_EN
    slug = link_host or org.domain.split(".")[0] + ".example"
    return text.format(first=candidate[2], company=org.name, role=role, person=person,
                       day=write_day(rng, day, org), time=time, other=rng.choice(others),
                       link=f"https://{slug}/c/{rng.randrange(16**8):08x}",
                       ref=f"{rng.choice(['R', 'JR', 'REQ-', 'ZP', ''])}{rng.randrange(10**4, 10**7)}")  # fmt: skip


def _role(rng: random.Random, org: Org) -> str:
    roles = ROLES_ZH if org.lang == "zh" else ROLES_EN
    fitting = [r for r in roles if r in VOICE_ROLES.get(org.voice, ())]
    return rng.choice(fitting or list(roles))


def _candidate(rng: random.Random, lang: str) -> tuple[str, str, str]:
    return rng.choice(CANDIDATES_ZH if lang == "zh" else CANDIDATES_EN)


def build_employer(rng: random.Random, label: str, lang: str) -> Case:
    subject, body = rng.choice((ZH if lang == "zh" else EN)[label])
    org = rng.choice(_voice_orgs(subject + body, lang))
    person = _person(rng, org)
    candidate = _candidate(rng, lang)
    sent = _sent(rng, org)
    role = _role(rng, org)
    bare = body.startswith("!")
    text = _fill(rng, body.lstrip("!"), org, role, person[0], candidate, sent)
    subject = _fill(rng, subject, org, role, person[0], candidate, sent)
    systemish = bare and any(w in text for w in ("do not reply", "请勿", "system", "系统", "自动"))
    slug = org.domain.split(".")[0].replace("-", "")
    headers: list[tuple[str, str]] = []
    domains: tuple[str, ...] = (org.domain,)
    ats = systemish or (label == "acknowledgement" and rng.random() < 0.4)
    if ats:
        display, address = rng.choice(ATS_ZH if lang == "zh" else ATS_EN)
        sender = (display.format(org=org.name), address.format(slug=slug, domain=org.domain))
        if rng.random() < 0.6:
            headers.append(("Auto-Submitted", "auto-generated"))
        if rng.random() < 0.3:
            headers.append(("X-Mailer", rng.choice(["Workday", "Moka", "SuccessFactors"])))
    elif org.voice == "startup" and rng.random() < 0.4:
        first = person[0].split()[0].lower() if lang == "en" else f"sun{rng.randrange(80, 99)}"
        sender = (person[0], f"{first}{rng.randrange(1, 9)}@{rng.choice(FREEMAIL)}")
    else:
        sender = (person[0] if rng.random() < 0.8 else f"{person[0]} ({org.name})", person[2])
    if not bare:
        text = "\n\n".join(p for p in (_greeting(rng, lang, candidate), text,
                                       _signoff(rng, org, person)) if p)  # fmt: skip
    our_id = None
    if not ats and rng.random() < 0.5:
        earlier_subject, earlier = _earlier(rng, lang, role)
        earlier_subject = earlier_subject.replace("{name}", candidate[0])
        our_id = _mid(rng, candidate[1].split("@")[1])
        subject = rng.choice(["Re: ", "RE: ", "回复：" if lang == "zh" else "Re: "]) + (
            earlier_subject if rng.random() < 0.7 else subject
        )
        if rng.random() < 0.65:
            text += "\n\n" + _quote(rng, lang, candidate, sent - timedelta(days=rng.randrange(2, 15)),
                                    earlier_subject, earlier)  # fmt: skip
    if rng.random() < 0.06:
        subject = subject.upper()
    roll = rng.random()
    if roll < 0.1:
        domains = ()  # an application the user never recorded
    elif roll < 0.2 and sender[1].endswith(org.domain):
        sender = (sender[0], sender[1].split("@")[0] + "@" + rng.choice(
            [f"{slug}-group.com", f"mail.{slug}.net", f"{slug}hr.example"]))  # fmt: skip
    contacts = (sender[1],) if sender[1].endswith(org.domain) and rng.random() < 0.5 else ()
    shape = rng.choices(["text", "html", "both"], weights=[4, 2, 4])[0]
    charset = "gb18030" if lang == "zh" and rng.random() < 0.2 else "utf-8"
    raw = render(rng, sender=sender, to=candidate[:2], subject=subject, body=text, sent=sent,
                 host=sender[1].split("@")[1], shape=shape, headers=tuple(headers),
                 in_reply_to=our_id, charset=charset)  # fmt: skip
    know = Knowledge(domains, contacts, (our_id,) if our_id else (), candidate[1])
    return Case(raw, label, lang, f"{label}:{org.voice}", "generated:h", know)


def _next_weekday(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() > 4:
        day += timedelta(days=1)
    return day


def build_out_of_office(rng: random.Random, lang: str) -> Case:
    notes = OOO_ZH if lang == "zh" else OOO_EN
    # Every way of writing the date comes up; a plain full date, the commonest, more often.
    modes = sorted({m for m, _ in notes}) + (["zh-full"] if lang == "zh" else ["full", "full"])
    mode = rng.choice(modes)
    template = rng.choice([t for m, t in notes if m == mode])
    pool = [o for o in ORGS if o.lang == lang and (mode != "numeric" or o.country == "US")]
    org = rng.choice(pool)
    person = _person(rng, org)
    candidate = _candidate(rng, lang)
    sent = _sent(rng, org, weekdays="0123")
    today = sent.date()
    start = today
    end: date
    if mode == "weekday":
        back = today + timedelta(days=rng.randrange(1, 5))
        while back.weekday() > 4:
            back += timedelta(days=1)
        written = rng.choice([f"on {DAYS[back.weekday()]}", DAYS[back.weekday()],
                              f"next {DAYS[back.weekday()]}" if back - today > timedelta(days=6)
                              else f"on {DAYS[back.weekday()]}"])  # fmt: skip
        end = back - timedelta(days=1)
    elif mode == "ordinal":
        back = today + timedelta(days=rng.randrange(4, 20))
        while back.weekday() > 4:
            back += timedelta(days=1)
        written, end = _ordinal(back.day), back - timedelta(days=1)
    elif mode == "through":
        end = today + timedelta(days=(4 - today.weekday()) % 7 or 7)
        back = end + timedelta(days=3)
        written = ""
    elif mode == "tomorrow":
        back, written, end = today + timedelta(days=1), "", today
    elif mode == "numeric":
        back = _next_weekday(today + timedelta(days=rng.randrange(3, 14)))
        written, end = f"{back.month}/{back.day}", back - timedelta(days=1)
    elif mode == "zh-nextweek":
        monday = today + timedelta(days=7 - today.weekday())
        back = monday + timedelta(days=rng.randrange(0, 3))
        written, end = f"下周{ZH_DAYS[back.weekday()]}", back - timedelta(days=1)
    else:  # full, zh-full, zh-range
        back = _next_weekday(today + timedelta(days=rng.randrange(3, 21)))
        written = write_day(rng, back, org, year=rng.random() < 0.4)
        end = back - timedelta(days=1)
        while end.weekday() > 4:
            end -= timedelta(days=1)
    if mode == "through":
        end_text = rng.choice(["Friday", f"Friday {write_day(rng, end, org)}".replace(
            "Friday Friday", "Friday").replace("Friday Fri", "Fri")])  # fmt: skip
    else:
        end_text = write_day(rng, end, org)
    deputy = f"{rng.choice(['talent', 'hr', 'recruiting', 'zhaopin'])}@{org.domain}"
    body = template.format(back=written, end=end_text, start=write_day(rng, start, org),
                           deputy=deputy)  # fmt: skip
    if rng.random() < 0.3:
        body = rng.choice(["", "Automatic reply\n\n", "[自动回复] "] if lang == "zh" else
                          ["", "*** Auto-reply ***\n\n"]) + body  # fmt: skip
    if lang == "en" and rng.random() < 0.3:
        body += f"\n\n{person[0]}\n{person[1]}, {org.name}"
    earlier_subject, _ = _earlier(rng, lang, rng.choice(ROLES_ZH if lang == "zh" else ROLES_EN))
    earlier_subject = earlier_subject.replace("{name}", candidate[0])
    prefix = rng.choice(["自动回复: ", "自动回复：", "Automatic reply: ", "【自动回复】", "Re: "]
                        if lang == "zh" else ["Automatic reply: ", "Out of Office: ",
                                              "Abwesenheitsnotiz: ", "AUTO: ", "Re: ", ""])  # fmt: skip
    headers = []
    if rng.random() < 0.55:
        headers.append(("Auto-Submitted", "auto-replied"))
    if rng.random() < 0.3:
        headers.append(("X-Auto-Response-Suppress", "All"))
    our_id = _mid(rng, candidate[1].split("@")[1])
    raw = render(rng, sender=(person[0], person[2]), to=candidate[:2],
                 subject=prefix + earlier_subject, body=body, sent=sent, host=org.domain,
                 shape=rng.choice(["text", "text", "both", "html"]), headers=tuple(headers),
                 in_reply_to=our_id if rng.random() < 0.8 else None)  # fmt: skip
    know = Knowledge((org.domain,), (person[2],) if rng.random() < 0.6 else (), (our_id,),
                     candidate[1])  # fmt: skip
    return Case(raw, "out-of-office", lang, f"ooo:{mode}", "generated:h", know, return_date=back)


BOUNCE_SHAPES_EN = ("postfix-dsn", "exim", "exchange", "sendmail", "gmailish", "full-mailbox",
                    "no-domain")  # fmt: skip
BOUNCE_SHAPES_ZH = ("qq", "netease", "aliyun", "postfix-dsn", "exchange")


def _bounce_text(rng: random.Random, shape: str, failed: str, host: str) -> tuple[str, str, str]:
    """(subject, human-readable part, diagnostic) for one MTA's way of saying it."""
    domain = failed.split("@")[1]
    mx = f"mx{rng.randrange(1, 4)}.{domain}"
    ip = f"203.0.113.{rng.randrange(2, 250)}"
    if shape == "postfix-dsn":
        diag = f"550 5.1.1 <{failed}>: Recipient address rejected: User unknown in virtual mailbox table"
        return ("Undelivered Mail Returned to Sender",
                f"This is the mail system at host {host}.\n\nI'm sorry to have to inform you "
                "that your message could not\nbe delivered to one or more recipients. It's "
                "attached below.\n\n                   The mail system\n\n"
                f"<{failed}>: host {mx}[{ip}] said: {diag} (in reply to RCPT TO command)",
                diag)  # fmt: skip
    if shape == "exim":
        diag = "550 5.1.1 No such user here"
        return ("Mail delivery failed: returning message to sender",
                "This message was created automatically by mail delivery software.\n\nA message "
                "that you sent could not be delivered to one or more of its\nrecipients. This is "
                f"a permanent error. The following address(es) failed:\n\n  {failed}\n    host "
                f"{mx} [{ip}]\n    SMTP error from remote mail server after RCPT TO:<{failed}>:\n"
                f"    {diag}", diag)  # fmt: skip
    if shape == "exchange":
        diag = (
            "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
        )
        return ("Undeliverable: " + rng.choice(["Application", "Follow up", "应聘"]),
                f"Delivery has failed to these recipients or groups:\n\n{failed}\nThe e-mail "
                "address you entered couldn't be found. Please check the recipient's e-mail "
                "address and try to resend the message.\n\nDiagnostic information for "
                f"administrators:\n\nGenerating server: {host}\n\n{failed}\nRemote Server "
                f"returned '{diag}'", diag)  # fmt: skip
    if shape == "sendmail":
        diag = f"550 5.1.1 <{failed}>... User unknown"
        return ("Returned mail: see transcript for details",
                "The original message was received at "
                f"{rng.choice(['Mon', 'Tue', 'Wed'])}, 3 Jul 2028 from localhost\n\n   ----- "
                f"The following addresses had permanent fatal errors -----\n<{failed}>\n    "
                f"(reason: 550 5.1.1 User unknown)\n\n   ----- Transcript of session follows "
                f"-----\n... while talking to {mx}.:\n>>> RCPT To:<{failed}>\n<<< {diag}",
                diag)  # fmt: skip
    if shape == "gmailish":
        diag = f"550 5.1.1 The email account that you tried to reach does not exist. {rng.randrange(10**6)} - gsmtp"
        return ("Delivery Status Notification (Failure)",
                f"** Address not found **\n\nYour message wasn't delivered to {failed} because "
                "the address couldn't be found, or is unable to receive mail.\n\nThe response "
                f"from the remote server was:\n{diag}", diag)  # fmt: skip
    if shape == "full-mailbox":
        diag = "552 5.2.2 Mailbox full: user is over quota"
        return ("Delivery failure: mailbox full",
                f"Your message to {failed} could not be delivered.\n\nThe recipient's mailbox is "
                f"full and cannot accept messages now.\n\nRemote server said: {diag}", diag)  # fmt: skip
    if shape == "no-domain":
        diag = f"Host or domain name not found. Name service error for name={domain} type=MX: Host not found"
        return ("Undelivered Mail Returned to Sender",
                f"This is the mail system at host {host}.\n\nYour message could not be "
                f"delivered to one or more recipients.\n\n<{failed}>: {diag}, try again "
                "later", diag)  # fmt: skip
    if shape == "qq":
        diag = "550 Mailbox not found or access denied"
        return ("退信",
                f"很抱歉您的邮件没有发送成功。\n\n收件人：{failed}\n退信原因：收件人邮箱地址不存在，"
                f"请核实后重新发送。\n\n对方服务器返回：{diag}", diag)  # fmt: skip
    if shape == "netease":
        diag = "552 Requested mail action aborted: exceeded mailsize limit or mailbox full"
        return ("系统退信",
                f"您好！\n\n您发送到 {failed} 的邮件被对方服务器退回。\n\n退信原因：对方邮箱已满，"
                f"暂时无法接收新邮件。\n服务器返回信息：{diag}\n\n（网易邮箱系统）", diag)  # fmt: skip
    diag = f"DNS lookup failed: {domain} 域名不存在"
    return ("邮件投递失败通知",
            f"您的邮件未能投递至以下地址：\n\n{failed}\n\n原因：收件人域名不存在或无法解析（{diag}）"
            "。\n\n此邮件由系统自动生成，请勿回复。", diag)  # fmt: skip


def build_bounce(rng: random.Random, lang: str) -> Case:
    org = rng.choice([o for o in ORGS if o.lang == lang])
    person = _person(rng, org)
    candidate = _candidate(rng, lang)
    sent = _sent(rng, org)
    shape = rng.choice(BOUNCE_SHAPES_ZH if lang == "zh" else BOUNCE_SHAPES_EN)
    failed = rng.choice([person[2], person[2], f"careers@{org.domain}", f"hr@{org.domain}"])
    if shape == "no-domain":
        failed = failed.replace(org.domain, org.domain.replace(".", "-", 1) + ".co")
    if rng.random() < 0.15:
        failed = failed.split("@")[0].title() + "@" + failed.split("@")[1]  # as typed
    cand_host = candidate[1].split("@")[1]
    host = f"mail.{cand_host}"
    subject, human, diag = _bounce_text(rng, shape, failed, host)
    our_id = _mid(rng, cand_host)
    role = rng.choice(ROLES_ZH if lang == "zh" else ROLES_EN)
    original = (
        f"From: {formataddr(candidate[:2])}\nTo: {failed}\nSubject: "
        f"{_earlier(rng, lang, role)[0].replace('{name}', candidate[0])}\n"
        f"Date: {format_datetime(sent - timedelta(minutes=rng.randrange(1, 30)))}\n"
        f"Message-ID: {our_id}\n"
    )
    daemon = {"qq": ("PostMaster", "postmaster@qq.example"),
              "netease": ("Mail Delivery Subsystem", "postmaster@163.example"),
              "exchange": ("Microsoft Outlook", f"postmaster@{cand_host}")}.get(
        shape, ("Mail Delivery System", f"MAILER-DAEMON@{host}"))  # fmt: skip
    head = EmailMessage(policy=SMTP)
    head["From"] = formataddr(daemon)
    head["To"] = formataddr(candidate[:2])
    head["Subject"] = subject
    head["Date"] = format_datetime(sent)
    head["Message-ID"] = _mid(rng, host)
    if rng.random() < 0.6:
        head["Auto-Submitted"] = "auto-replied"
    if shape in ("postfix-dsn", "exchange", "gmailish", "no-domain") or rng.random() < 0.3:
        code = diag.split()[1] if diag[:3].isdigit() else ""
        status = code if code.count(".") == 2 else "5.0.0"
        dsn = (f"Reporting-MTA: dns; {host}\r\nArrival-Date: {format_datetime(sent)}\r\n\r\n"
               f"Final-Recipient: rfc822; {failed}\r\nOriginal-Recipient: rfc822;{failed}\r\n"
               f"Action: failed\r\nStatus: {status}\r\nRemote-MTA: dns; {failed.split('@')[1]}"
               f"\r\nDiagnostic-Code: smtp; {diag}\r\n")  # fmt: skip
        boundary = f"{rng.randrange(16**8):08X}.{rng.randrange(10**9)}/{host}"
        text_part = EmailMessage(policy=SMTP)
        text_part.set_content(human)
        parts = [text_part.as_string(),
                 "Content-Description: Delivery report\r\nContent-Type: message/delivery-status"
                 "\r\n\r\n" + dsn,
                 "Content-Description: Undelivered Message Headers\r\nContent-Type: "
                 "text/rfc822-headers\r\n\r\n" + original.replace("\n", "\r\n")]  # fmt: skip
        kind = f'multipart/report; report-type=delivery-status;\r\n\tboundary="{boundary}"'
        body = "This is a MIME-encapsulated message.\r\n\r\n" + "".join(
            f"--{boundary}\r\n{p}\r\n" for p in parts) + f"--{boundary}--\r\n"  # fmt: skip
        top = head.as_bytes().rstrip(b"\r\n") + b"\r\nMIME-Version: 1.0\r\nContent-Type: "
        raw = top + f"{kind}\r\n\r\n{body}".encode()
    else:
        head.set_content(human + "\n\n------ This is a copy of the message's headers. ------\n\n"
                         + original)  # fmt: skip
        raw = head.as_bytes()
    know = Knowledge((org.domain,), (), (our_id,), candidate[1])
    return Case(raw, "bounce", lang, f"bounce:{shape}", "generated:h", know,
                failed_recipient=failed)  # fmt: skip


def build_unrelated(rng: random.Random, lang: str) -> Case:
    pool = UNRELATED_ZH if lang == "zh" else UNRELATED_EN
    kind = rng.choice(sorted(pool))
    index = rng.randrange(len(pool[kind]))
    subject, body = pool[kind][index]
    candidate = _candidate(rng, lang)
    org = rng.choice([o for o in ORGS if o.lang == lang])
    sent = _sent(rng, org, weekdays="0123456")
    role = rng.choice(ROLES_ZH if lang == "zh" else ROLES_EN)
    person = _person(rng, org)
    applied = tuple(o.domain for o in rng.sample(ORGS, 3))
    key = kind + ("-zh" if lang == "zh" and kind != "job-alert" else "")
    key = "job-alert-zh" if lang == "zh" and kind == "job-alert" else key
    headers: list[tuple[str, str]] = []
    if kind == "own-team":
        # The reader's own colleagues, at the reader's employer (not an application).
        mine = rng.choice([o for o in ORGS if o.lang == lang and o.voice in ("hr", "startup")])
        sender = (person[0], person[2].replace(org.domain, mine.domain))
        org = mine
        applied = tuple(d for d in applied if d != mine.domain)
    elif kind in ("headhunter-pitch",):
        hunter = rng.choice(
            [o for o in ORGS if o.lang == lang and o.voice in ("headhunter", "agency")]
        )
        sender = (person[0], person[2].replace(org.domain, hunter.domain))
        org = hunter
        if rng.random() < 0.4:
            applied = (*applied, hunter.domain)  # the user once applied through this firm
    elif kind == "campus-notice":
        sender = ("学生就业指导中心", "jyzx@career.linchuan-u.example")
        headers.append(("Precedence", "bulk"))
    elif kind in ("newsletter", "service"):  # each of these writes its own kind of mail
        senders = UNRELATED_SENDERS[key]
        sender = senders[index % len(senders)]
    else:
        sender = rng.choice(UNRELATED_SENDERS[key])
    if kind in ("job-alert", "newsletter", "course", "service") and rng.random() < 0.8:
        host = sender[1].split("@")[1]
        headers.append(("List-Unsubscribe", f"<https://{host}/u/{rng.randrange(10**9)}>"))
        if rng.random() < 0.5:
            headers.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
        if rng.random() < 0.4:
            headers.append(("Precedence", "bulk"))
    link_host = sender[1].split("@")[1]
    text = _fill(rng, body.lstrip("!"), org, role, person[0], candidate, sent, link_host)
    subject = _fill(rng, subject, org, role, person[0], candidate, sent, link_host)
    if not body.startswith("!"):
        text = "\n\n".join(p for p in (_greeting(rng, lang, candidate), text,
                                       _signoff(rng, org, (sender[0], "", sender[1]))) if p)  # fmt: skip
    if kind == "friend" and rng.random() < 0.3:
        subject = subject.upper()
    listy = any(h[0] == "List-Unsubscribe" for h in headers)
    shape = rng.choice(["html", "both", "both"] if listy else ["text", "text", "both", "html"])
    raw = render(rng, sender=sender, to=candidate[:2], subject=subject, body=text, sent=sent,
                 host=sender[1].split("@")[1], shape=shape, headers=tuple(headers))  # fmt: skip
    return Case(raw, "unrelated", lang, kind, "generated:h",
                Knowledge(applied, (), (), candidate[1]))  # fmt: skip


def build_part_h() -> list[Case]:
    cases: list[Case] = []
    for label, count in COUNTS.items():
        for i in range(count):
            rng = random.Random(f"part-h:2028:{label}:{i}")
            lang = "zh" if rng.random() < ZH_SHARE else "en"
            if label == "out-of-office":
                cases.append(build_out_of_office(rng, lang))
            elif label == "bounce":
                cases.append(build_bounce(rng, lang))
            elif label == "unrelated":
                cases.append(build_unrelated(rng, lang))
            else:
                cases.append(build_employer(rng, label, lang))
    return cases
