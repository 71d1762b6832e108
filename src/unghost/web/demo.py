"""Demo data for a first look: a realistic job search across several countries, dated from today."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from unghost.bootstrap import Context
from unghost.domain.records import (
    Application,
    Candidate,
    Company,
    Contact,
    Direction,
    Interview,
    Message,
    MessageKind,
    Role,
    Status,
)  # fmt: skip

# (company, domain, country, subdivision, UTC offset h, industry, title, recruiter, phone)
PLACES = (
    ("字节跳动", "bytedance.example", "CN", None, 8, "technology", "数据分析师", "王芳",
     "+86 138 0013 8000"),
    ("美团", "meituan.example", "CN", None, 8, "technology", "产品经理", "李娜", "+86 139 1234 5678"),
    ("Ping An Technology", "pingan.example", "CN", None, 8, "finance", "Risk Analyst", "Zhang Wei",
     "+86 137 0000 1111"),
    ("Globex", "globex.example", "US", "CA", -8, "technology", "Software Engineer",
     "Megan Brooks", "+1 415 555 0142"),
    ("Umbrella Health", "umbrella.example", "US", "NY", -5, "healthcare", "Data Analyst",
     "Carlos Diaz", "+1 212 555 0187"),
    ("Initech", "initech.example", "US", "TX", -6, "technology", "Product Manager",
     "Ashley Kim", "+1 512 555 0110"),
    ("Siemens Energy", "siemens.example", "DE", "BY", 1, "energy", "Controller",
     "Julia Becker", "+49 89 12345678"),
    ("Monzo", "monzo.example", "GB", None, 0, "finance", "Backend Engineer", "Olivia Hughes",
     "+44 20 7946 0321"),
    ("Rakuten", "rakuten.example", "JP", None, 9, "retail", "UX Researcher", "Sato Yuki",
     "+81 3 1234 5678"),
    ("Grab", "grab.example", "SG", None, 8, "technology", "Operations Analyst", "Tan Mei Ling",
     "+65 6123 4567"),
    ("Infosys", "infosys.example", "IN", "KA", 5.5, "technology", "Business Analyst",
     "Priya Sharma", "+91 80 2852 0261"),
    ("Doctolib", "doctolib.example", "FR", None, 1, "healthcare", "Data Engineer",
     "Camille Martin", "+33 1 23 45 67 89"),
    ("Atlassian", "atlassian.example", "AU", "NSW", 10, "technology", "Site Reliability Engineer",
     "Jack Wilson", "+61 2 9876 5432"),
    ("Shopify", "shopify.example", "CA", "ON", -5, "retail", "Data Scientist",
     "Emma Tremblay", "+1 416 555 0199"),
)  # fmt: skip
# (status, days since applied, interview days ago or None, what came back)
STORIES = (
    (Status.INTERVIEWING, 24, 9, None),
    (Status.INTERVIEWING, 30, 16, "still-deciding"),
    (Status.APPLIED, 12, None, "acknowledgement"),
    (Status.INTERVIEWING, 20, 3, None),
    (Status.SCREENING, 18, 11, "out-of-office"),
    (Status.APPLIED, 40, None, None),
    (Status.INTERVIEWING, 35, 21, None),
    (Status.OFFER, 45, 20, "offer"),
    (Status.REJECTED, 50, 30, "rejection"),
    (Status.SCREENING, 9, None, "interview-invite"),  # asks for your availability
    (Status.SAVED, 0, None, None),
    (Status.INTERVIEWING, 28, 7, None),
    (Status.GHOSTED, 80, 60, None),
    (Status.APPLIED, 60, None, "rejection"),
)
CANDIDATE = Candidate(email="alex.chen@gmail.com", phone="+1 415 555 0100")
# One application went out with a mistyped address: the check and the agenda find it there.
MISTYPED = Candidate(email="alex.chen@gmial.com", phone="+1 415 555 0100")


def plan_demo(today: date, seed: int = 7) -> list[Application]:
    """Pure: the demo applications as of `today`, the same for the same day and seed."""
    rng = random.Random(seed)
    apps = []
    for n, (place, story) in enumerate(zip(PLACES, STORIES, strict=True)):
        name, domain, country, sub, offset, industry, title, recruiter, phone = place
        status, applied_ago, interview_ago, reply = story
        zone = timezone(timedelta(hours=offset))
        workday = _workdays(country, sub, today)
        app = Application(
            ref="", company=Company(name, domain=domain, country=country, subdivision=sub,
                                    industry=industry),
            role=Role(title, posting_url=f"https://jobs.{domain}/{rng.randint(1000, 9999)}"),
            status=Status.APPLIED if status is not Status.SAVED else Status.SAVED,
            applied_on=workday(today - timedelta(days=applied_ago))
            if status is not Status.SAVED else None,
            candidate=MISTYPED if n == 1 else CANDIDATE,
            contacts=[Contact(name=recruiter, email=f"talent@{domain}", phone=phone,
                              role="recruiter")],
        )  # fmt: skip
        app.extra["demo.target"] = status.value
        if interview_ago is not None:
            at = datetime.combine(workday(today - timedelta(days=interview_ago)),
                                  time(10 + rng.randint(0, 5)), zone)  # fmt: skip
            app.interviews.append(Interview(at=at, stage=rng.choice(("phone-screen", "technical",
                                                                     "onsite", "final")),
                                            interviewers=[recruiter],
                                            decision_expected_on=at.date() + timedelta(days=7)))  # fmt: skip
            if rng.random() < 0.6:
                app.messages.append(Message(at + timedelta(hours=6), Direction.SENT,
                                            MessageKind.THANK_YOU, subject=f"Thank you — {title}",
                                            counterpart=f"talent@{domain}"))  # fmt: skip
        if reply is not None:
            back = workday(today - timedelta(days=max(1, (interview_ago or applied_ago) // 2)))
            moment = datetime.combine(back, time(15), zone)
            kind = MessageKind(reply)
            app.messages.append(Message(moment, Direction.RECEIVED, kind,
                                        subject=_subject(kind, title), counterpart=f"talent@{domain}",
                                        body=_body(kind, title, recruiter),
                                        return_date=back + timedelta(days=10)
                                        if kind is MessageKind.OUT_OF_OFFICE else None))  # fmt: skip
        apps.append(app)
    return apps


def _workdays(country: str, subdivision: str | None, today: date) -> Any:
    """Moves a demo date back to the employer's last business day on or before it: people
    apply and employers interview and write on working days."""
    from unghost.domain.calendar import find_region, get_calendar

    region = find_region(country, subdivision, default_country=country or "US")
    calendar = get_calendar(region, today.year - 2, today.year, decreed=True)

    def workday(day: date) -> date:
        while calendar.covers(day) and not calendar.is_business_day(day):
            day -= timedelta(days=1)
        return day

    return workday


def _subject(kind: MessageKind, title: str) -> str:
    return {"acknowledgement": f"We received your application: {title}",
            "still-deciding": f"Update on your application — {title}",
            "out-of-office": "Automatic reply: out of office",
            "offer": f"Offer — {title}", "rejection": f"Your application for {title}",
            "interview-invite": f"Interview invitation — {title}"}[kind.value]  # fmt: skip


def _body(kind: MessageKind, title: str, name: str) -> str:
    lines = {
        "acknowledgement": f"<p>Thank you for applying for <b>{title}</b>. Our team reviews "
        "every application and will be in touch.</p><img src='https://tracker.example/p.gif'>",
        "still-deciding": "<p>The team is still meeting candidates; we expect a decision in "
        "the next two weeks.</p>",
        "out-of-office": "I am out of the office with limited access to email.",
        "offer": f"<p>We are delighted to offer you the position of {title}.</p>",
        "interview-invite": f"<p>We would like to invite you to an interview for {title}. "
        "Could you let us know your availability next week?</p>",
        "rejection": "<p>After careful consideration we have decided to move forward with "
        "other candidates.</p><script>alert(1)</script>",
    }[kind.value]
    return f"{lines}\n\n{name}" if not lines.startswith("<") else f"{lines}<p>{name}</p>"


def load_demo(ctx: Context) -> int:
    """Add the demo applications through the use cases; returns how many were added."""
    from unghost.services.applications import LogEntry, add_application, edit_application, log_event

    added = 0
    for app in plan_demo(ctx.today):
        target = Status(app.extra.pop("demo.target"))
        interviews, messages, contacts = app.interviews, app.messages, app.contacts
        app.interviews, app.messages, app.contacts = [], [], []
        stored = add_application(ctx, app)
        edit_application(ctx, stored.ref, {}, contacts=contacts)
        for interview in interviews:
            log_event(ctx, stored.ref, LogEntry(interview=interview))
        for message in messages:
            log_event(ctx, stored.ref, LogEntry(message=message))
        if target.rank > Status.APPLIED.rank or target.is_closed:
            current = target if target is not Status.INTERVIEWING or not interviews else None
            if current is not None and current.value != "interviewing":
                workday = _workdays(app.company.country or "US", app.company.subdivision,
                                    ctx.today)  # fmt: skip
                on = workday(ctx.today - timedelta(days=1))
                log_event(ctx, stored.ref, LogEntry(status=current, on=on))
        added += 1
    return added
