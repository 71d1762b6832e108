"""Diagnosis use cases: why one application is silent, the agenda, and the calendar feed.

The evidence they read beside an application is gathered in services/evidence.py."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from unghost.bootstrap import Context

# evidence_from is re-exported: cli/fast.py (the measured fast path) imports it from here
from unghost.services.evidence import evidence_from, gather_evidence, parameters  # noqa: F401

if TYPE_CHECKING:
    from unghost.domain.agenda import Agenda
    from unghost.domain.calendar import BusinessCalendar
    from unghost.domain.diagnosis import Diagnosis
    from unghost.domain.records import Application


def diagnose_application(ctx: Context, ref: str, app: Application | None = None) -> Diagnosis:
    """One application's diagnosis, with the reply history every other page reads: the
    stored observations (services/readmodel.py), not a reading of every application.
    `app`: the application, when the caller has it loaded already."""
    from unghost.domain.diagnosis import diagnose
    from unghost.services.readmodel import current_history, ensure_current
    from unghost.store.repository import ApplicationRepository

    params = parameters(ctx)
    ensure_current(ctx, rows=False)  # the observations as of today
    with ctx.reading() as session:
        if app is None:
            app = ApplicationRepository(session).get(ref)
        evidence = gather_evidence(ctx, session, [app])  # this one's evidence, not everyone's
        history, _ = current_history(session, params)
    return diagnose(
        app, ctx.today, params, default_country=ctx.settings.country,
        contact_findings=evidence.contacts.get(app.ref, ()),
        posting_events=evidence.postings.get(app.ref, ()),
        mail_signals=evidence.signals.get(app.ref, ()),
        history=history,
    )  # fmt: skip


def plan_today(ctx: Context, days_ahead: int = 7) -> Agenda:
    """The agenda, read from the stored assessment every other page reads."""
    from unghost.services.readviews import read_agenda

    return read_agenda(ctx, days_ahead)


def export_calendar(ctx: Context, path: Path, language: str | None = None) -> int:
    """Write the ICS feed of planned follow-ups and interviews; returns the number of events.

    `language` (`en` or `zh`) defaults to the `lang` setting.
    """
    import os
    import tempfile

    data = calendar_bytes(ctx, language)
    directory = path.resolve().parent
    fd, tmp = tempfile.mkstemp(prefix=".unghost-ics-", dir=directory)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.replace(tmp, path)
    return data.count(b"BEGIN:VEVENT") + data.count(b"BEGIN:VTODO")


def calendar_bytes(ctx: Context, language: str | None = None) -> bytes:
    from unghost.domain.wording import find_language
    from unghost.interchange.ics import build_ics
    from unghost.services.assessment import assess_all

    space, assessed = assess_all(ctx, full_plan=True, stored=True)
    plans = []
    for app in space.apps:
        a = assessed[app.ref]
        if app.archived or (a.state.code == "closed" and not app.interviews):
            continue
        plans.append((app, a.plan.steps, a.next_action))
    stamp = datetime.combine(ctx.today, datetime.min.time(), UTC)
    shown = find_language(language or ctx.settings.lang) or "en"
    return build_ics(plans, generated_at=stamp, language=shown)


def employer_calendar(ctx: Context, ref: str) -> BusinessCalendar:
    """The business-day calendar of an application's employer (for scheduling sends)."""
    from unghost.domain.employer import describe_employer
    from unghost.services.applications import get_application

    app = get_application(ctx, ref)
    employer = describe_employer(
        app.company, app.role, parameters(ctx), default_country=ctx.settings.country,
        years=(ctx.today.year - 1, ctx.today.year + 2),
    )  # fmt: skip
    return employer.capacity.calendar
