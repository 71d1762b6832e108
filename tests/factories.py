"""Generators of realistic test data: unghost/v1 documents and other trackers' CSV exports."""

from __future__ import annotations

import csv
import io
import random
from datetime import date, datetime, timedelta, timezone
from typing import Any

# (country, subdivision, UTC offset hours, companies, titles, industries, phone example)
_PLACES = [
    (
        "CN",
        None,
        8,
        ["字节跳动", "Acme China", "美团", "Ping An Tech"],
        ["数据分析师", "Data Analyst", "产品经理"],
        ["technology", "finance"],
    ),
    (
        "US",
        "CA",
        -8,
        ["Acme Corp", "Globex", "Initech", "Umbrella Health"],
        ["Data Analyst", "Software Engineer", "Product Manager"],
        ["technology", "healthcare", "retail"],
    ),
    (
        "US",
        "NY",
        -5,
        ["Stark Retail", "Wayne Finance"],
        ["Financial Analyst", "Buyer"],
        ["retail", "finance"],
    ),
    (
        "JP",
        None,
        9,
        ["Sakura Systems", "Kaiju Games"],
        ["バックエンドエンジニア", "QA Engineer"],
        ["technology", "games"],
    ),
    (
        "FR",
        None,
        1,
        ["Société Générale de Tests", "Boulangerie Numérique"],
        ["Ingénieur logiciel", "Chef de projet"],
        ["finance", "retail"],
    ),
    (
        "GB",
        None,
        0,
        ["Tesco Labs", "Acme UK"],
        ["Data Scientist", "Graduate Analyst"],
        ["retail", "technology"],
    ),
    (
        "DE",
        "BY",
        1,
        ["Müller & Söhne GmbH", "Bayern Auto AG"],
        ["Softwareentwickler", "Werkstudent Data"],
        ["automotive", "manufacturing"],
    ),
    ("IN", None, 5.5, ["Infotech Bharat"], ["SDE II"], ["technology"]),
]
_STAGES = ["phone-screen", "technical", "onsite", "final"]


def _tz(hours: float) -> timezone:
    return timezone(timedelta(minutes=int(hours * 60)))


def realistic_document(
    n: int = 24, seed: int = 7, today: date = date(2026, 11, 25)
) -> dict[str, Any]:
    """A unghost/v1 document of `n` applications across countries, every field exercised."""
    rng = random.Random(seed)
    apps = []
    for i in range(n):
        country, subdivision, offset, companies, titles, industries = _PLACES[i % len(_PLACES)]
        zone = _tz(offset)
        company = companies[(i // len(_PLACES)) % len(companies)]
        title = titles[i % len(titles)]
        applied = today - timedelta(days=rng.randint(20, 120))
        app: dict[str, Any] = {
            "ref": f"app-{i:03d}-{country.lower()}",
            "company": {
                "name": company,
                "domain": f"company{i}.example",
                "country": country,
                "subdivision": subdivision,
                "industry": rng.choice(industries),
                "fiscal_year_end_month": rng.choice([None, 3, 6, 12]),
                "funding_pending": rng.random() < 0.1,
                "hiring_freeze": rng.random() < 0.05,
            },
            "role": {
                "title": title,
                "posting_url": f"https://jobs.company{i}.example/postings/{1000 + i}"
                if i % 3
                else None,
                "posted_on": (applied - timedelta(days=rng.randint(1, 30))).isoformat(),
                "new_position": rng.choice([True, False, None]),
                "closed_on": None,
                "location": rng.choice(["Remote", "Shanghai", "London", "Berlin", None]),
                "description": "Analyse data.\nWork with teams. 负责数据分析。" if i % 2 else None,
            },
            "applied_on": applied.isoformat(),
            "candidate": {
                "email": "me@example.com",
                "phone": "+8613800138000" if country == "CN" else "+14155550100",
            },
            "contacts": [
                {
                    "name": f"Recruiter {i}",
                    "email": f"hr{i}@company{i}.example",
                    "phone": None,
                    "role": "recruiter",
                }
            ],
            "interviews": [],
            "messages": [],
            "notes": "Met at a career fair." if i % 5 == 0 else None,
        }
        if i % 5 != 4:  # most have had an interview
            at = datetime.combine(
                applied + timedelta(days=rng.randint(7, 20)), datetime.min.time(), zone
            ).replace(hour=10)
            app["interviews"].append(
                {
                    "at": at.isoformat(),
                    "stage": rng.choice(_STAGES),
                    "interviewers": [f"Interviewer {i}"],
                    "decision_expected_on": (at.date() + timedelta(days=10)).isoformat()
                    if i % 2
                    else None,
                    "candidates_remaining": rng.choice([None, 0, 2, 5]),
                    "notes": None,
                }
            )
            app["messages"].append(
                {
                    "at": (at + timedelta(hours=8)).isoformat(),
                    "direction": "sent",
                    "kind": "thank-you",
                }
            )
            if i % 6 == 1:
                app["messages"].append(
                    {
                        "at": (at + timedelta(days=11)).isoformat(),
                        "direction": "received",
                        "kind": "out-of-office",
                        "return_date": (at.date() + timedelta(days=16)).isoformat(),
                        "message_id": f"<ooo-{i}@company{i}.example>",
                    }
                )
            if i % 7 == 2:
                app["messages"].append(
                    {
                        "at": (at + timedelta(days=14)).isoformat(),
                        "direction": "received",
                        "kind": "rejection",
                        "subject": "Your application",
                    }
                )
        if i % 8 == 5:
            app["status"] = "offer"
        apps.append(app)
    return {"format": "unghost/v1", "applications": apps}


def huntr_csv() -> str:
    rows = [
        [
            "createdAt",
            "title",
            "salary",
            "location",
            "url",
            "rootDomain",
            "htmlDescription",
            "deadline",
            "lastMovedAt",
            "listName",
            "companyName",
            "companyDomain",
        ],
        [
            "2026-09-01T10:00:00.000Z",
            "Data Analyst",
            "",
            "Remote",
            "https://jobs.acme.example/1?utm_source=huntr",
            "acme.example",
            "<p>Analyse <b>data</b></p><ul><li>SQL</li></ul>",
            "",
            "2026-09-20T08:00:00.000Z",
            "Interview",
            "Acme",
            "acme.example",
        ],
        [
            "2026-09-02T10:00:00.000Z",
            "Engineer",
            "120k",
            "Berlin",
            "https://jobs.globex.example/2",
            "globex.example",
            "",
            "",
            "2026-09-03T08:00:00.000Z",
            "Applied",
            "Globex",
            "globex.example",
        ],
        [
            "2026-09-03T10:00:00.000Z",
            "Designer",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "Wishlist",
            "Initech",
            "",
        ],
    ]
    return _csv(rows)


def teal_csv() -> str:
    rows = [
        [
            "Company Name",
            "Job Title",
            "Status",
            "Job URL",
            "Location",
            "Salary",
            "Excitement",
            "Date Applied",
        ],
        [
            "Acme",
            "Data Analyst",
            "Interviewing",
            "https://jobs.acme.example/1",
            "Remote",
            "",
            "5",
            "09/05/2026",
        ],
        ["Umbrella", "Analyst", "No Response 🔕", "", "NYC", "", "3", "08/20/2026"],
        ["Globex", "Engineer", "Bookmarked", "", "", "", "2", ""],
    ]
    return _csv(rows)


def simplify_csv() -> str:
    rows = [
        [
            "Job Title",
            "Company Name",
            "Job URL",
            "Applied Date",
            "Status",
            "Status Date",
            "Archived",
            "Date Archived",
            "Notes",
        ],
        [
            "Data Analyst",
            "Acme",
            "https://jobs.acme.example/1",
            "2026-09-05",
            "Screen",
            "2026-09-15",
            "false",
            "",
            "recruiter call",
        ],
        [
            "Engineer",
            "Initech",
            "",
            "2026-09-10",
            "Rejected",
            "2026-10-01",
            "true",
            "2026-10-02",
            "",
        ],
    ]
    return _csv(rows)


def jobsync_csv() -> str:
    rows = [
        [
            "index",
            "createdAt",
            "applied",
            "appliedDate",
            "Company",
            "JobTitle",
            "jobType",
            "workplaceType",
            "Location",
            "JobSource",
            "Status",
        ],
        [
            "1",
            "2026-09-01",
            "true",
            "2026-09-05",
            "Acme",
            "Data Analyst",
            "FT",
            "remote",
            "Remote",
            "LinkedIn",
            "Interview",
        ],
        [
            "2",
            "2026-09-02",
            "false",
            "",
            "Globex",
            "Engineer",
            "FT",
            "onsite",
            "Berlin",
            "Indeed",
            "Draft",
        ],
    ]
    return _csv(rows)


def _csv(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()
