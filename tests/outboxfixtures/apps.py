"""Generators of applications to draft follow-ups for: English and Chinese, several countries."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone

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
)
from unghost.drafting.context import Sender


@dataclass(frozen=True)
class Place:
    country: str
    offset_hours: float
    companies: tuple[str, ...]
    roles: tuple[str, ...]
    people: tuple[str, ...]
    lang: str


PLACES = (
    Place(
        "CN",
        8,
        ("星河数据科技", "字节跳动", "美团", "Acme China"),
        ("数据分析师", "产品经理", "后端开发工程师"),
        ("李伟", "王芳", "张敏", "刘洋", "陈静", "欧阳娜娜"),
        "zh",
    ),
    Place(
        "US",
        -5,
        ("Globex", "Initech", "Umbrella Health", "Acme Corp"),
        ("Data Analyst", "Software Engineer", "Product Manager"),
        ("Jordan Lee", "Priya Shah", "Mary-Ann O'Neil", "José García"),
        "en",
    ),
    Place(
        "GB",
        0,
        ("Tesco Labs", "Northwind Analytics"),
        ("Graduate Analyst", "Data Scientist"),
        ("Sam Patel", "Olivia Brown", "Siobhán Murphy"),
        "en",
    ),
    Place(
        "DE",
        1,
        ("Müller & Söhne GmbH", "Bayern Auto AG"),
        ("Softwareentwickler", "Werkstudent Data"),
        ("Jürgen Weiß", "Anna Schmidt", "Lukas Becker"),
        "en",
    ),
    Place(
        "SG",
        8,
        ("Lion City Bank", "Merlion Tech"),
        ("Risk Analyst", "数据工程师"),
        ("Tan Wei Ming", "陈美玲", "Nur Aisyah"),
        "zh",
    ),
)
STAGES = ("phone-screen", "technical", "onsite", "final", "终面", "一面", "二面", "panel", None)
NOTES_EN = (
    "We discussed the new customer churn dashboard",
    "Talked about: migrating the ETL jobs to Airflow. Manager seemed keen.",
    "- the team's on-call rotation\n- salary band",
    "Python and SQL take-home review",
)
NOTES_ZH = (
    "聊了用户流失看板的改版",
    "讨论了数据仓库的迁移。面试官很友好。",
    "话题：团队的值班安排",
)


def _email(name: str, domain: str, rng: random.Random) -> str:
    ascii_part = "".join(ch for ch in name.lower() if ch.isascii() and ch.isalnum())
    return f"{ascii_part or 'hr' + str(rng.randint(1, 99))}@{domain}"


def make_application(
    seed: int,
    *,
    today: date = date(2026, 10, 14),
    interviews: int = 1,
    place: Place | None = None,
) -> Application:
    """An application with a recruiter, interviewers and (if asked) interviews before today."""
    rng = random.Random(seed)
    place = place or PLACES[seed % len(PLACES)]
    zone = timezone(timedelta(hours=place.offset_hours))
    domain = f"company{seed}.example"
    recruiter, interviewer, manager = rng.sample(place.people, 3)
    contacts = [
        Contact(name=recruiter, email=_email(recruiter, domain, rng), role="recruiter"),
        Contact(name=manager, email=_email(manager, domain, rng), role="hiring-manager"),
        Contact(name=interviewer, email=None, role=None),  # known by name only
    ]
    rng.shuffle(contacts)
    applied = today - timedelta(days=rng.randint(30, 60))
    held: list[Interview] = []
    for n in range(interviews):
        day = applied + timedelta(days=10 + 7 * n)
        notes = rng.choice(NOTES_ZH if place.lang == "zh" else (*NOTES_EN, None))
        held.append(
            Interview(
                at=datetime.combine(day, time(10, 30), zone),
                stage=rng.choice(STAGES),
                interviewers=[interviewer],
                decision_expected_on=day + timedelta(days=rng.choice([5, 10, 30]))
                if rng.random() < 0.7
                else None,
                notes=notes,
            )
        )
    return Application(
        ref=f"app-{seed}",
        company=Company(name=rng.choice(place.companies), domain=domain, country=place.country),
        role=Role(title=rng.choice(place.roles)),
        status=Status.INTERVIEWING if held else Status.APPLIED,
        applied_on=applied,
        candidate=Candidate(email="me@example.com", phone="+8613800138001"),
        contacts=contacts,
        interviews=held,
    )


def add_thread(app: Application, subject: str, message_id: str) -> Application:
    """The application with a sent thank-you that later messages should answer."""
    at = app.interviews[-1].at + timedelta(hours=6)
    app.messages.append(
        Message(
            at=at,
            direction=Direction.SENT,
            kind=MessageKind.THANK_YOU,
            subject=subject,
            message_id=message_id,
        )
    )
    return app


def make_sender(lang: str) -> Sender:
    if lang == "zh":
        return Sender(name="王小明", email="xiaoming.wang@example.com", phone="+86 138 0013 8000")
    return Sender(name="Alex Morgan", email="alex.morgan@example.com", phone="+44 20 7946 0958")


TODAY = date(2026, 10, 14)
UTC = UTC
