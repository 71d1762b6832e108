"""Builds the independent corpus's cases: employer mail, auto-replies, bounces, unrelated mail."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from types import ModuleType

from tests.heldout_mail import bounces
from tests.heldout_mail.render import Letter, quote_block, render
from tests.heldout_mail.senders import (
    ATS_EN,
    ATS_ZH,
    CANDIDATES,
    EMPLOYERS,
    EN_PEOPLE,
    LISTS_EN,
    LISTS_ZH,
    ROLES_EN,
    ROLES_ZH,
    SCHEDULERS,
    ZH_PEOPLE,
    Employer,
)

EMPLOYER_LABELS = (
    "rejection", "interview-invite", "offer", "acknowledgement", "info-request",
    "still-deciding", "position-closed",
)  # fmt: skip
# How often each label comes from an ATS notifier rather than a person.
ATS_SHARE = {"rejection": 0.4, "acknowledgement": 0.6, "interview-invite": 0.2, "offer": 0.1,
             "info-request": 0.2, "still-deciding": 0.15, "position-closed": 0.25}  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ZH_WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True, slots=True)
class Knowledge:
    """What the user's store knows when this message arrives: the import adds it, a file lacks it."""

    company_domains: tuple[str, ...] = ()
    contacts: tuple[str, ...] = ()
    sent_ids: tuple[str, ...] = ()
    candidate: str = ""


@dataclass(frozen=True, slots=True)
class Case:
    raw: bytes
    label: str
    lang: str
    kind: str  # what sort of mail: the label, or the unrelated kind (job-alert, personal...)
    source: str  # "generated:a", "generated:b", or the public sample's name
    knowledge: Knowledge = field(default_factory=Knowledge)
    return_date: date | None = None
    failed_recipient: str | None = None


def _sent(rng: random.Random) -> datetime:
    day = date(2026, 10, 5) + timedelta(days=rng.randrange(0, 70))
    while day.weekday() > 4:
        day += timedelta(days=1)
    zone = timezone(timedelta(hours=rng.choice([-5, 0, 1, 8])))
    return datetime(
        day.year, day.month, day.day, rng.randrange(8, 19), rng.randrange(60), tzinfo=zone
    )


def write_day(rng: random.Random, day: date, employer: Employer, *, year: bool = False) -> str:
    """A day as this employer's country writes it."""
    if employer.lang == "zh":
        text = f"{day.month}月{day.day}日"
        text = f"{day.year}年{text}" if year or rng.random() < 0.2 else text
        return text + (f"（周{ZH_WEEKDAYS[day.weekday()]}）" if rng.random() < 0.5 else "")
    weekday = WEEKDAYS[day.weekday()]
    if employer.country == "DE" and rng.random() < 0.5:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if rng.random() < 0.15:
        return day.isoformat()
    if employer.country in ("US", "CA"):
        text = f"{MONTHS[day.month - 1]} {day.day}"
        text = f"{weekday}, {text}" if rng.random() < 0.5 else text
    else:
        text = f"{day.day} {MONTHS[day.month - 1]}"
        text = f"{weekday} {text}" if rng.random() < 0.5 else text
    return f"{text}, {day.year}" if year else text


def _mid(rng: random.Random, host: str) -> str:
    return f"<{rng.randrange(16**12):012x}.{rng.randrange(10**6)}@{host}>"


@dataclass(slots=True)
class _Setting:
    rng: random.Random
    employer: Employer
    role: str
    person: tuple[str, str]
    person_address: str
    candidate: tuple[str, str, str]
    sent: datetime

    @property
    def lang(self) -> str:
        return self.employer.lang


def _setting(rng: random.Random, lang: str) -> _Setting:
    employer = rng.choice([e for e in EMPLOYERS if e.lang == lang])
    person = rng.choice(ZH_PEOPLE if lang == "zh" else EN_PEOPLE)
    if lang == "zh":
        local = rng.choice(["hr", "zhaopin", "recruit", f"hr{rng.randrange(10, 99)}"])
    else:
        first, last = person[0].lower().split()
        local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", first])
    candidate = rng.choice([c for c in CANDIDATES if (c[0].isascii()) == (lang == "en")])
    return _Setting(rng, employer, rng.choice(ROLES_ZH if lang == "zh" else ROLES_EN), person,
                    f"{local}@{employer.domain}", candidate, _sent(rng))  # fmt: skip


def _greeting(s: _Setting) -> str:
    first = s.candidate[2]
    options = (
        [f"{first}，你好：", f"{first}您好，", "您好！", f"尊敬的{s.candidate[0]}："]
        if s.lang == "zh"
        else [f"Hi {first},", f"Dear {s.candidate[0]},", f"Hello {first},", f"{first} -", ""]
    )
    return s.rng.choice(options)


def _signoff(s: _Setting, ats: bool) -> str:
    if ats:
        return f"{s.employer.name}招聘团队" if s.lang == "zh" else f"{s.employer.name} Recruiting"
    name, title = s.person
    if s.lang == "zh":
        return s.rng.choice(
            [f"祝好\n{name}", f"{name}\n{title} | {s.employer.name}", f"谢谢！\n{name}"]
        )
    return s.rng.choice([f"Best,\n{name}", f"Kind regards,\n{name}\n{title}, {s.employer.name}",
                         f"Cheers,\n{name.split()[0]}", f"Thanks,\n{name}\n{title}"])  # fmt: skip


def _fill(s: _Setting, text: str) -> str:
    day = s.sent.date() + timedelta(days=s.rng.randrange(2, 9))
    return text.format(first=s.candidate[2], company=s.employer.name, role=s.role,
                       person=s.person[0], day=write_day(s.rng, day, s.employer),
                       link=f"https://{s.employer.domain.split('.')[0]}.example/schedule/{s.rng.randrange(10**5)}")  # fmt: skip


def _subject(s: _Setting, label: str, reply_to: str | None) -> str:
    if reply_to is not None:
        return ("回复：" if s.lang == "zh" else "Re: ") + reply_to
    if s.lang == "zh":
        options = {"rejection": [f"{s.employer.name}面试结果通知", "关于您的应聘"],
                   "interview-invite": ["面试安排", f"{s.role}岗位面试邀约"],
                   "offer": ["录用通知书", "好消息"], "acknowledgement": ["应聘确认", "投递成功通知"],
                   "info-request": ["需要您补充的信息", "关于您的简历"],
                   "still-deciding": ["面试进展", "关于面试结果"],
                   "position-closed": [f"{s.role}岗位通知", "招聘进展说明"]}  # fmt: skip
    else:
        options = {"rejection": [f"Your application to {s.employer.name}", f"{s.role} - update"],
                   "interview-invite": ["Let's talk", f"{s.role} interview", "Next steps"],
                   "offer": [f"{s.employer.name} - offer", "Great news", "Your offer"],
                   "acknowledgement": ["Application received", f"Thanks for applying to {s.employer.name}"],
                   "info-request": ["A few details", "Quick question", "Documents needed"],
                   "still-deciding": ["Status update", f"{s.role} - where things stand"],
                   "position-closed": [f"Update on the {s.role} role", "Important update"]}  # fmt: skip
    return s.rng.choice(options[label] + [f"{s.role} / {s.employer.name}"])


def _earlier(s: _Setting) -> tuple[str, str]:
    if s.lang == "zh":
        return s.rng.choice([("面试跟进", "您好，想了解一下上次面试的结果，谢谢！"),
                             (f"应聘{s.role}", "您好，附件是我的简历，期待您的回复。")])  # fmt: skip
    return s.rng.choice([
        ("Checking in", "Hi, I wanted to follow up on my interview last week. Any news?"),
        (f"Application for {s.role}", "Please find my CV attached. I'd love to be considered."),
        ("Thank you", "Thanks again for the interview today, I enjoyed meeting the team."),
    ])  # fmt: skip


def build_employer(rng: random.Random, texts: ModuleType, label: str, lang: str, part: str) -> Case:
    s = _setting(rng, lang)
    body = _fill(s, rng.choice((texts.ZH if lang == "zh" else texts.EN)[label]))
    ats = rng.random() < ATS_SHARE[label]
    slug = s.employer.domain.split(".")[0].replace("-", "")
    headers: list[tuple[str, str]] = []
    if ats:
        display, address = rng.choice(ATS_ZH if lang == "zh" else ATS_EN)
        sender = (display.format(company=s.employer.name), address.format(slug=slug))
        if rng.random() < 0.5:
            headers.append(("Auto-Submitted", "auto-generated"))
    elif label == "interview-invite" and rng.random() < 0.2 and "{link}" not in body:
        display, address = rng.choice(SCHEDULERS)
        sender = (display.format(company=s.employer.name, person=s.person[0]), address)
    elif rng.random() < 0.12:  # a founder or manager writing from a personal mailbox
        local = s.person[0].split()[0].lower() if lang == "en" else f"boss{rng.randrange(100)}"
        sender = (
            s.person[0],
            f"{local}{rng.randrange(10, 99)}@" + rng.choice(["gmail.com", "qq.com", "outlook.com"]),
        )
    else:
        sender = (s.person[0], s.person_address)
    our_id = reply = quoted = None
    if not ats and rng.random() < 0.5:
        reply, earlier = _earlier(s)
        our_id = _mid(rng, s.candidate[1].split("@")[1])
        if rng.random() < 0.6:
            quoted = quote_block(rng, lang, s.candidate[:2], s.sent - timedelta(days=3), earlier)
    text = "\n\n".join(p for p in (_greeting(s), body, _signoff(s, ats)) if p)
    shape = rng.choices(["text", "html", "both"], weights=[4, 2, 4])[0]
    letter = Letter(sender, s.candidate[:2], _subject(s, label, reply), text, s.sent,
                    _mid(rng, sender[1].split("@")[1]), headers, our_id, quoted, shape)  # fmt: skip
    contacts = (s.person_address,) if sender[1] == s.person_address and rng.random() < 0.6 else ()
    know = Knowledge((s.employer.domain,), contacts, (our_id,) if our_id else (), s.candidate[1])
    return Case(render(letter), label, lang, label, f"generated:{part}", know)


def build_out_of_office(rng: random.Random, texts: ModuleType, lang: str, part: str) -> Case:
    s = _setting(rng, lang)
    template = rng.choice(texts.OOO_ZH if lang == "zh" else texts.OOO_EN)
    start = s.sent.date() + timedelta(days=rng.randrange(0, 2))
    back = start + timedelta(days=rng.randrange(3, 18))
    end = back - timedelta(days=1)
    across_year = back.year != s.sent.year
    deputy = f"{rng.choice(['talent', 'careers', 'hr'])}@{s.employer.domain}"
    body = template.format(back=write_day(rng, back, s.employer, year=across_year),
                           start=write_day(rng, start, s.employer), deputy=deputy,
                           end=write_day(rng, end, s.employer, year=across_year), domain=s.employer.domain)  # fmt: skip
    expected = back
    reply, _ = _earlier(s)
    our_id = _mid(rng, s.candidate[1].split("@")[1])
    marker = rng.choice(["自动回复: ", "自动回复：", "Automatic reply: ", ""] if lang == "zh"
                        else ["Automatic reply: ", "Out of Office: ", "Auto: ", "Re: ", ""])  # fmt: skip
    headers = []
    if rng.random() < 0.6:
        headers.append(("Auto-Submitted", "auto-replied"))
    if rng.random() < 0.2:
        headers.append(("X-Autoreply", "yes"))
    letter = Letter((s.person[0], s.person_address), s.candidate[:2], marker + reply, body, s.sent,
                    _mid(rng, s.employer.domain), headers, our_id if rng.random() < 0.8 else None,
                    None, rng.choice(["text", "text", "both", "html"]))  # fmt: skip
    know = Knowledge((s.employer.domain,), (s.person_address,), (our_id,), s.candidate[1])
    return Case(
        render(letter),
        "out-of-office",
        lang,
        "out-of-office",
        f"generated:{part}",
        know,
        return_date=expected,
    )


def build_bounce(rng: random.Random, lang: str, part: str) -> Case:
    s = _setting(rng, lang)
    shape = rng.choice(bounces.SHAPES)
    failed = s.person_address if rng.random() < 0.7 else f"careers@{s.employer.domain}"
    our_id = _mid(rng, s.candidate[1].split("@")[1])
    raw = bounces.build_bounce(rng, shape, s.candidate[1], failed, s.sent, our_id)
    know = Knowledge((s.employer.domain,), (), (our_id,), s.candidate[1])
    return Case(
        raw, "bounce", lang, f"bounce:{shape}", f"generated:{part}", know, failed_recipient=failed
    )


LIST_KINDS = ("job-alert", "review-digest", "newsletter", "university", "community")
UNRELATED_SUBJECTS_EN = {
    "job-alert": ["New jobs for you", "Jobs you may be interested in", "Your job alert"],
    "review-digest": [
        "Your weekly digest",
        "Trending this week",
        "New reviews for companies you follow",
    ],
    "newsletter": ["This week in hiring", "Issue #87: interviews and offers", "The Friday brief"],
    "university": ["Careers newsletter", "Career fair this week!", "Interview skills workshop"],
    "community": [
        "You're invited: hiring panel & mock interviews",
        "RSVP: community meetup",
        "Invitation",
    ],
    "agency": [
        "Exciting opportunity",
        "Senior role - interested?",
        "Quick chat?",
        "Interview opportunity",
    ],
    "personal": ["!!!", "how did it go?", "news", "interview??", "re: job stuff"],
    "service": ["Your order has shipped", "Account notice", "Receipt"],
}
UNRELATED_SUBJECTS_ZH = {
    "job-alert": ["职位推荐", "您有新的职位匹配", "新职位提醒"], "review-digest": ["本周热帖", "面经精选"],
    "newsletter": ["职场周刊", "本期内容"], "university": ["就业简报", "招聘会通知"],
    "community": ["邀请函", "活动预告"], "agency": ["职位机会", "高薪岗位推荐", "您好，打扰一下"],
    "personal": ["面试", "好消息", "在吗", "周末"], "service": ["通知", "账单提醒", "订单消息"],
}  # fmt: skip
EMPLOYER_MARKETING_EN = [
    "We're hiring across engineering, design and sales! Explore 40+ open roles and refer a "
    "friend. Plus: meet our new CTO and read our product update.",
    "The {company} quarterly newsletter: customer stories, our new office, and why we were named "
    "a top employer. Interested in joining? See open positions on our careers page.",
]
EMPLOYER_MARKETING_ZH = [
    "{company}品牌月刊：新产品发布、员工故事，以及热招岗位一览，欢迎推荐好友投递简历！"
]


def build_unrelated(rng: random.Random, texts: ModuleType, lang: str, part: str) -> Case:
    s = _setting(rng, lang)
    pool = texts.UNRELATED_ZH if lang == "zh" else texts.UNRELATED_EN
    lists = LISTS_ZH if lang == "zh" else LISTS_EN
    applied = tuple(e.domain for e in rng.sample(EMPLOYERS, 4))
    if rng.random() < 0.08:  # marketing mail from a company the user applied to
        kind = "employer-marketing"
        body = _fill(
            s, rng.choice(EMPLOYER_MARKETING_ZH if lang == "zh" else EMPLOYER_MARKETING_EN)
        )
        sender = (s.employer.name, f"news@{s.employer.domain}")
        applied = (*applied, s.employer.domain)
        subject = f"{s.employer.name} 月刊" if lang == "zh" else f"News from {s.employer.name}"
        listy = True
    else:
        kind = rng.choice(sorted(pool))
        body = _fill(s, rng.choice(pool[kind]))
        sender = rng.choice(lists[kind])
        subject = rng.choice(
            (UNRELATED_SUBJECTS_ZH if lang == "zh" else UNRELATED_SUBJECTS_EN)[kind]
        )
        listy = (kind in LIST_KINDS and rng.random() < 0.75) or (
            kind == "service" and rng.random() < 0.4
        )
    headers: list[tuple[str, str]] = []
    host = sender[1].split("@")[1]
    if listy:
        headers += [
            (
                "List-Unsubscribe",
                f"<https://{host}/unsubscribe?u={rng.randrange(10**8)}>, <mailto:unsub@{host}>",
            )
        ]
        if rng.random() < 0.6:
            headers.append(("List-Id", f"{kind} <{kind}.{host}>"))
        if rng.random() < 0.5:
            headers.append(("Precedence", "bulk"))
    greeting = _greeting(s) if kind in ("agency", "personal") or rng.random() < 0.3 else ""
    text = "\n\n".join(p for p in (greeting, body) if p)
    shape = rng.choice(["html", "both", "both", "text"] if listy else ["text", "text", "both"])
    letter = Letter(sender, s.candidate[:2], subject, text, s.sent, _mid(rng, host), headers,
                    shape=shape)  # fmt: skip
    return Case(
        render(letter),
        "unrelated",
        lang,
        kind,
        f"generated:{part}",
        Knowledge(applied, (), (), s.candidate[1]),
    )
