"""Builds labelled samples: employer replies, out-of-office notes and unrelated mail."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from types import ModuleType

from tests.mailcorpus import dates, mime, texts_en, texts_zh
from tests.mailcorpus.compose import Draft, earlier_time, message_id, render
from tests.mailcorpus.people import (
    CANDIDATES,
    COMPANIES,
    EN_ATS,
    EN_FIRST,
    EN_LAST,
    EN_ROLES,
    ZH_ATS,
    ZH_NAMES,
    ZH_PINYIN,
    ZH_ROLES,
    Company,
)

EN_QUOTE_STYLES = ["gmail", "gmail-wrapped", "apple", "outlook", "outlook-original"]
ZH_QUOTE_STYLES = ["qq", "netease", "foxmail", "outlook-zh", "gmail"]
ATS_SHARE = {
    "rejection": 0.6,
    "acknowledgement": 0.7,
    "interview-invite": 0.25,
    "offer": 0.15,
    "info-request": 0.2,
    "still-deciding": 0.1,
    "position-closed": 0.3,
}


@dataclass(frozen=True, slots=True)
class Sample:
    """One generated message and what a correct reader must find in it."""

    raw: bytes
    label: str
    lang: str
    part: str
    template: str
    company: str
    company_domain: str
    role: str
    sender: str
    candidate: str
    sent: datetime
    message_id: str
    replied_to: str | None = None
    return_date: date | None = None
    decision_date: date | None = None
    signals: frozenset[str] = field(default_factory=frozenset)
    failed_recipient: str | None = None
    permanent: bool | None = None
    html: bool = False


@dataclass(slots=True)
class _Context:
    rng: random.Random
    lang: str
    company: Company
    role: str
    candidate_name: str
    candidate: str
    first: str
    recruiter_name: str
    recruiter: str
    sent: datetime

    @property
    def texts(self) -> ModuleType:
        """The English or the Chinese text module."""
        return texts_zh if self.lang == "zh" else texts_en


def _context(rng: random.Random) -> _Context:
    lang = "zh" if rng.random() < 0.4 else "en"
    company = rng.choice([c for c in COMPANIES if c.lang == lang])
    name, address = rng.choice(CANDIDATES)
    if lang == "zh":
        recruiter_name = rng.choice(ZH_NAMES)
        local = ZH_PINYIN[recruiter_name] if rng.random() < 0.7 else "hr"
        role = rng.choice(ZH_ROLES)
        first = name if not name.isascii() else name.split()[0]
    else:
        recruiter_name = f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"
        local = recruiter_name.lower().replace(" ", ".")
        role = rng.choice(EN_ROLES)
        first = name.split()[0] if name.isascii() else name
    return _Context(
        rng,
        lang,
        company,
        role,
        name,
        address,
        first,
        recruiter_name,
        f"{local}@{company.domain}",
        dates.sent_at(rng, company.country),
    )


def _pool(templates: list[str], fresh: list[str], part: str) -> list[tuple[str, str]]:
    """(id, template) pairs of a part: every third template, plus the fresh ones, are held out."""
    pool = [(str(i), t) for i, t in enumerate(templates) if (i % 3 == 2) == (part == "heldout")]
    if part == "heldout":
        pool += [(f"fresh{i}", t) for i, t in enumerate(fresh)]
    return pool


def _pick_core(ctx: _Context, label: str, part: str) -> tuple[str, str]:
    templates = ctx.texts.CORE[label] + ctx.texts.MORE[label]
    pool = _pool(templates, ctx.texts.FRESH[label], part)
    if part == "train":
        pool += [(f"extra{i}", t) for i, t in enumerate(ctx.texts.EXTRA[label])]
    return ctx.rng.choice(pool)


def _fill(ctx: _Context, template: str, slots: dict[str, str]) -> str:
    values = {
        "company": ctx.company.name,
        "role": ctx.role,
        "first": ctx.first,
        "recruiter": ctx.recruiter_name,
    }
    values.update(slots)
    return template.format(**values)


def _when(ctx: _Context) -> tuple[str, date | None, str, date]:
    """A decision-date phrase and the date it means; an explicit date written out, and its date."""
    rng, sent = ctx.rng, ctx.sent.date()
    phrases = texts_zh.WHEN_ZH if ctx.lang == "zh" else texts_en.WHEN_EN
    text, kind = rng.choice(phrases)
    explicit = sent + timedelta(days=rng.randrange(5, 25))
    month_day = (
        f"{dates.MONTHS_EN[explicit.month - 1]} {explicit.day}"
        if ctx.company.country in dates.MONTH_FIRST
        else f"{explicit.day} {dates.MONTHS_EN[explicit.month - 1]}"
    )
    text = text.format(month_day=month_day, month_day_zh=f"{explicit.month}月{explicit.day}日")
    expected = dates.resolve(kind, sent, explicit)
    return text, expected, f"{explicit:%B} {explicit.day}", explicit


def _signature(ctx: _Context, ats: bool) -> list[str]:
    rng = ctx.rng
    if ats:
        return [
            f"{ctx.company.name} 招聘团队"
            if ctx.lang == "zh"
            else f"The {ctx.company.name} Talent Team"
        ]
    title = rng.choice(ctx.texts.SIGNATURE_TITLES)
    lines = [ctx.recruiter_name, title, ctx.company.name]
    if rng.random() < 0.6:
        lines.append(
            f"电话：021-{rng.randrange(10**7, 10**8)}"
            if ctx.lang == "zh"
            else f"Tel: +1 415 555 {rng.randrange(1000, 9999)}"
        )
    if rng.random() < 0.4:
        lines.append(f"www.{ctx.company.domain}")
    return lines


def _subject(ctx: _Context, label: str, ats: bool, earlier_subject: str | None) -> str:
    rng, role, company = ctx.rng, ctx.role, ctx.company.name
    if earlier_subject and rng.random() < 0.8:
        return ("回复：" if ctx.lang == "zh" and rng.random() < 0.5 else "Re: ") + earlier_subject
    if ctx.lang == "zh":
        generic = [f"关于您应聘{role}岗位的通知", f"{company}招聘进度通知", f"{role}岗位"]
        specific = {
            "interview-invite": [f"面试邀请 - {role}", "面试安排确认"],
            "offer": ["录用通知", f"{company} Offer"],
            "acknowledgement": ["简历投递成功"],
            "info-request": ["请补充应聘材料"],
            "position-closed": [f"关于{role}岗位的说明"],
        }
    else:
        generic = [
            f"Your application to {company}",
            f"Update on your application for {role}",
            f"{company} | {role}",
            "Application status update",
            "Thank you for your application",
        ]
        specific = {
            "interview-invite": [f"Interview invitation: {role}", f"Next steps with {company}"],
            "offer": ["Offer of employment", f"Your offer from {company}"],
            "acknowledgement": ["We received your application", f"Application received: {role}"],
            "info-request": ["Action required: additional information"],
            "position-closed": [f"Update regarding the {role} position"],
        }
    options = generic + specific.get(label, []) * 2
    return rng.choice(options)


def _earlier(ctx: _Context) -> tuple[str, str]:
    """The candidate's earlier message (text, subject) that an employer reply quotes."""
    rng = ctx.rng
    text = _fill(ctx, rng.choice(ctx.texts.CANDIDATE_EARLIER), {})
    if ctx.lang == "zh":
        subject = rng.choice(
            [f"关于{ctx.role}面试结果的询问", f"跟进：{ctx.role}岗位申请", "面试感谢信"]
        )
    else:
        subject = rng.choice(
            [
                f"Following up on my {ctx.role} interview",
                f"Thank you - {ctx.role} interview",
                "Question about my application",
                "Checking in: I have another offer",
            ]
        )
    return text, subject


def build_employer_reply(rng: random.Random, label: str, part: str, index: int) -> Sample:
    ctx = _context(rng)
    idx, core = _pick_core(ctx, label, part)
    slots: dict[str, str] = {}
    signals: set[str] = set()
    decision: date | None = None
    if "{when" in core:
        slots["when"], decision, slots["when_date"], explicit = _when(ctx)
        if "{when}" not in core:
            decision = explicit
        if decision is not None:
            signals.add("decision-date")
    if "{signal}" in core:
        text, kind = rng.choice(texts_zh.SIGNALS_ZH if ctx.lang == "zh" else texts_en.SIGNALS_EN)
        slots["signal"] = text
        signals.add(kind)
    if "{day}" in core:
        day = ctx.sent.date() + timedelta(days=rng.randrange(2, 9))
        slots["day"] = (
            dates.render_zh(rng, day)
            if ctx.lang == "zh"
            else dates.render_en(rng, day, ctx.company.country)
        )
    ats = rng.random() < ATS_SHARE.get(label, 0.0)
    human_reply = not ats and rng.random() < 0.6
    earlier_text, earlier_subject = _earlier(ctx) if human_reply else (None, None)
    paragraphs = [_fill(ctx, rng.choice(ctx.texts.GREETINGS), {})]
    if rng.random() < 0.7:
        paragraphs.append(_fill(ctx, rng.choice(ctx.texts.OPENERS), slots))
    paragraphs.append(_fill(ctx, core, slots))
    closing = rng.choice(ctx.texts.CLOSINGS)
    signature = [closing, *_signature(ctx, ats)]
    footer = _fill(ctx, rng.choice(ctx.texts.FOOTERS), {}) if rng.random() < 0.4 else None
    draft = Draft(
        lang=ctx.lang,
        sender_name=(
            rng.choice(ZH_ATS if ctx.lang == "zh" else EN_ATS)[0].format(company=ctx.company.name)
            if ats
            else ctx.recruiter_name
        ),
        sender=ctx.recruiter,
        to_name=ctx.candidate_name,
        to=ctx.candidate,
        subject=_subject(ctx, label, ats, earlier_subject),
        sent=ctx.sent,
        paragraphs=[p for p in paragraphs if p],
        signature=signature,
        footer=footer,
        message_id=message_id(rng, "mail." + ctx.company.domain),
    )
    if ats:
        display, address = rng.choice(ZH_ATS if ctx.lang == "zh" else EN_ATS)
        slug = ctx.company.domain.split(".")[0]
        draft.sender_name = display.format(company=ctx.company.name)
        draft.sender = address.format(slug=slug)
        draft.message_id = message_id(rng, address.split("@")[1].format(slug=slug))
        if rng.random() < 0.4:
            draft.headers.append(("Auto-Submitted", "auto-generated"))
        if rng.random() < 0.3:
            draft.headers.append(("Reply-To", f"<{ctx.recruiter}>"))
    if earlier_text is not None:
        draft.in_reply_to = message_id(rng, ctx.candidate.split("@")[1])
        if rng.random() < 0.75:
            styles = ZH_QUOTE_STYLES if ctx.lang == "zh" else EN_QUOTE_STYLES
            draft.quote = (
                rng.choice(styles),
                ctx.candidate_name,
                ctx.candidate,
                earlier_time(ctx.sent, rng),
                earlier_text,
            )
    if label == "interview-invite" and rng.random() < 0.25:
        start = ctx.sent + timedelta(days=3)
        draft.calendar = (
            "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            f"DTSTART:{start:%Y%m%dT%H%M%S}\nSUMMARY:Interview: {ctx.role}\nEND:VEVENT\nEND:VCALENDAR\n"
        )
    if label == "offer" and rng.random() < 0.3:
        name = "录用通知书.pdf" if ctx.lang == "zh" else "Offer_Letter.pdf"
        draft.attachments.append(
            mime.binary_part("application/pdf", b"%PDF-1.4 offer", mime.encode_words(name))
        )
    raw, is_html = render(draft, rng, ctx.company)
    return Sample(
        raw,
        label,
        ctx.lang,
        part,
        f"{ctx.lang}:{label}:{idx}",
        ctx.company.name,
        ctx.company.domain,
        ctx.role,
        draft.sender,
        ctx.candidate,
        ctx.sent,
        draft.message_id,
        draft.in_reply_to,
        decision_date=decision,
        signals=frozenset(signals),
        html=is_html,
    )


def build_out_of_office(rng: random.Random, part: str, index: int) -> Sample:
    ctx = _context(rng)
    pool = ctx.texts.OOO_ZH if ctx.lang == "zh" else ctx.texts.OOO_EN
    idx, template = rng.choice(_pool(pool, ctx.texts.OOO_FRESH, part))
    sent = ctx.sent
    back = sent.date() + timedelta(days=rng.randrange(2, 20))
    start = sent.date() + timedelta(days=rng.randrange(0, 2))
    start = min(start, back - timedelta(days=1))
    end = back - timedelta(days=1)
    country = ctx.company.country
    if "{back_rel}" in template:
        weekday = rng.randrange(0, 5)
        back = dates.next_weekday(sent.date(), weekday)
        rel = (
            f"on {dates.WEEKDAYS_EN[weekday]}"
            if rng.random() < 0.5
            else f"next {dates.WEEKDAYS_EN[weekday]}"
        )
        if weekday > sent.weekday() and rel.startswith("next"):
            rel = f"on {dates.WEEKDAYS_EN[weekday]}"
        slots = {"back_rel": rel}
    else:
        year = back.year != sent.year or None
        slots = {
            "back": dates.render_en(rng, back, country, with_year=year),
            "start": dates.render_en(rng, start, country, with_year=False),
            "end": dates.render_en(rng, end, country, with_year=year),
            "back_zh": dates.render_zh(rng, back),
            "start_zh": f"{start.month}月{start.day}日",
            "end_zh": f"{end.month}月{end.day}日",
            "domain": ctx.company.domain,
        }
    body = template.format(**slots)
    earlier_text, earlier_subject = _earlier(ctx)
    subject_marker = rng.choice(["Automatic reply: ", "Out of Office: ", "Auto: ", "", "Re: "])
    if ctx.lang == "zh":
        subject_marker = rng.choice(["自动回复：", "自动回复: ", "Automatic reply: ", "", "回复："])
    headers: list[tuple[str, str]] = []
    if rng.random() < 0.6:
        headers.append(("Auto-Submitted", "auto-replied"))
    if rng.random() < 0.3:
        headers.append(("X-Auto-Response-Suppress", "All"))
    if rng.random() < 0.15:
        headers.append(("X-Autoreply", "yes"))
    draft = Draft(
        lang=ctx.lang,
        sender_name=ctx.recruiter_name,
        sender=ctx.recruiter,
        to_name=ctx.candidate_name,
        to=ctx.candidate,
        subject=subject_marker + earlier_subject,
        sent=sent,
        paragraphs=[body],
        signature=[ctx.recruiter_name] if rng.random() < 0.5 else [],
        headers=headers,
        message_id=message_id(rng, ctx.company.domain),
        in_reply_to=message_id(rng, ctx.candidate.split("@")[1]),
    )
    if rng.random() < 0.15:
        draft.quote = (
            rng.choice(ZH_QUOTE_STYLES if ctx.lang == "zh" else EN_QUOTE_STYLES),
            ctx.candidate_name,
            ctx.candidate,
            earlier_time(sent, rng),
            earlier_text,
        )
    raw, is_html = render(draft, rng, ctx.company)
    return Sample(
        raw,
        "out-of-office",
        ctx.lang,
        part,
        f"{ctx.lang}:ooo:{idx}",
        ctx.company.name,
        ctx.company.domain,
        ctx.role,
        ctx.recruiter,
        ctx.candidate,
        sent,
        draft.message_id,
        draft.in_reply_to,
        return_date=back,
        html=is_html,
    )


UNRELATED_SENDERS_EN = [
    ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
    ("Indeed", "alert@indeed.com"),
    ("Shop Team", "orders@shop.example.com"),
    ("Riley", "riley.friend@gmail.com"),
    ("Recruiter", "talent@staffing-partners.example"),
    ("Bank", "no-reply@bank.example"),
    ("Events", "news@webinars.example"),
]
UNRELATED_SENDERS_ZH = [
    ("智联招聘", "service@zhaopin.com"),
    ("BOSS直聘", "notice@zhipin.com"),
    ("京东", "jd@jd.example.cn"),
    ("小张", "xiaozhang@qq.com"),
    ("猎头顾问", "hunter@headhunt.example.cn"),
    ("银行", "bill@bank.example.cn"),
]


def build_unrelated(rng: random.Random, part: str, index: int) -> Sample:
    ctx = _context(rng)
    idx, core = _pick_core(ctx, "unrelated", part)
    name, address = rng.choice(UNRELATED_SENDERS_ZH if ctx.lang == "zh" else UNRELATED_SENDERS_EN)
    body = _fill(ctx, core, {})
    subject = body.split("。")[0].split(".")[0].split("！")[0][:60]
    headers = []
    if rng.random() < 0.5:
        headers += [
            ("List-Unsubscribe", f"<mailto:unsubscribe@{address.split('@')[1]}>"),
            ("Precedence", "bulk"),
        ]
    paragraphs = [_fill(ctx, rng.choice(ctx.texts.GREETINGS), {}), body]
    draft = Draft(
        lang=ctx.lang,
        sender_name=name,
        sender=address,
        to_name=ctx.candidate_name,
        to=ctx.candidate,
        subject=subject,
        sent=ctx.sent,
        paragraphs=[p for p in paragraphs if p],
        footer=rng.choice([f for f in ctx.texts.FOOTERS if "{company}" not in f])
        if rng.random() < 0.3
        else None,
        headers=headers,
        message_id=message_id(rng, address.split("@")[1]),
    )
    raw, is_html = render(draft, rng, None)
    return Sample(
        raw,
        "unrelated",
        ctx.lang,
        part,
        f"{ctx.lang}:unrelated:{idx}",
        ctx.company.name,
        ctx.company.domain,
        ctx.role,
        address,
        ctx.candidate,
        ctx.sent,
        draft.message_id,
        html=is_html,
    )
