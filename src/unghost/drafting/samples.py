"""Made-up sample data (drafting.toml [sample]) to preview and check templates with."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from unghost.domain.records import Application, Candidate, Company, Contact, Interview, Role
from unghost.drafting.context import Correction, Sender, build_context, choose_recipient
from unghost.drafting.tables import DraftingTables


def sample_application(lang: str, today: date, tables: DraftingTables) -> Application:
    s = tables.samples[lang]
    held = today - timedelta(days=int(s["interview_days_ago"]))
    return Application(
        ref="sample",
        company=Company(name=s["company"], domain=s["domain"], country=s["country"]),
        role=Role(title=s["role"]),
        applied_on=today - timedelta(days=int(s["applied_days_ago"])),
        candidate=Candidate(email=s["sender_email"], phone=s["wrong"]),
        contacts=[Contact(name=s["recipient_name"], email=s["recipient_email"], role="recruiter")],
        interviews=[
            Interview(
                at=datetime.combine(held, time(10), UTC),
                stage=s["stage"],
                interviewers=[s["interviewer"]],
                decision_expected_on=today + timedelta(days=int(s["decision_in_days"])),
                notes=s["note"],
            )
        ],
    )


def sample_sender(lang: str, tables: DraftingTables) -> Sender:
    s = tables.samples[lang]
    return Sender(name=s["sender_name"], email=s["sender_email"], phone=s["sender_phone"])


def sample_context(kind: str, lang: str, today: date, tables: DraftingTables) -> dict[str, Any]:
    """The context a template sees, for the sample application in `lang`."""
    s = tables.samples[lang]
    app = sample_application(lang, today, tables)
    interview = app.interviews[0]
    fixes = [Correction(s["correction"], s["sender_phone"], s["wrong"])]
    return build_context(
        app,
        kind,
        lang,
        sample_sender(lang, tables),
        choose_recipient(app, kind, interview, tables),
        today,
        tables,
        corrections=fixes,
    )
