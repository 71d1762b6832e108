"""Diagnosis use cases: why one application is silent, the agenda, and the calendar feed.

Evidence the domain needs (contact problems, posting looks, mail signals, the user's own reply
history) is gathered here from the store, so the domain stays pure."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unghost.bootstrap import Context
from unghost.domain.records import Application

if TYPE_CHECKING:
    from unghost.domain.agenda import Agenda
    from unghost.domain.calendar import BusinessCalendar
    from unghost.domain.diagnosis import Diagnosis
    from unghost.domain.evidence import ContactProblem, MailSignal, PostingEvent
    from unghost.domain.history import ReplyHistory
    from unghost.domain.parameters import Parameters


def parameters(ctx: Context) -> Parameters:
    """The model's parameters: the shipped data files with the user's [model] overrides."""
    from unghost.params import load_parameters

    return load_parameters(ctx.settings.model or None)


class Evidence:
    """Per-application evidence read from the store, keyed by ref."""

    def __init__(self) -> None:
        self.contacts: dict[str, list[ContactProblem]] = defaultdict(list)
        self.postings: dict[str, list[PostingEvent]] = defaultdict(list)
        self.signals: dict[str, list[MailSignal]] = defaultdict(list)


def gather_evidence(ctx: Context, session: Any, apps: Sequence[Application]) -> Evidence:
    from sqlalchemy import select

    from unghost.store.models import ContactCheckRow, MailMessageRow, PostingCheckRow

    refs = {app.id: app.ref for app in apps if app.id is not None}
    checks: list[tuple[int, Any, datetime]] = []
    looks: list[tuple[int, datetime, str, bool]] = []
    mail: list[tuple[int, datetime | None, Any]] = []
    for chunk in _chunks(list(refs)):
        for row in session.scalars(
            select(ContactCheckRow).where(ContactCheckRow.application_id.in_(chunk))
        ):
            checks.append((row.application_id, row.findings, row.checked_at))
        looks.extend(session.execute(
            select(PostingCheckRow.application_id, PostingCheckRow.checked_at, PostingCheckRow.state,
                   PostingCheckRow.confirmed)
            .where(PostingCheckRow.application_id.in_(chunk))
            .order_by(PostingCheckRow.checked_at)
        ))  # fmt: skip
    for chunk in _chunks(list(refs)):
        mail.extend(session.execute(
            select(MailMessageRow.application_id, MailMessageRow.sent_at, MailMessageRow.signals)
            .where(MailMessageRow.application_id.in_(chunk))
        ))  # fmt: skip
    return evidence_from(ctx, apps, checks, looks, mail)


def evidence_from(
    ctx: Context,
    apps: Sequence[Application],
    checks: Sequence[tuple[int, Any, datetime]],
    looks: Sequence[tuple[int, datetime, str, bool]],
    mail: Sequence[tuple[int, datetime | None, Any]],
) -> Evidence:
    """The evidence of `apps` from the stored rows read for them: contact checks (application,
    findings, checked at), posting looks (application, checked at, state, confirmed; in time
    order) and mail (application, sent at, signals); whichever driver read them."""
    from unghost.domain.evidence import SIGNAL_KINDS, ContactProblem, MailSignal, PostingEvent

    evidence = Evidence()
    refs = {app.id: app.ref for app in apps if app.id is not None}
    for app_id, findings, checked_at in checks:
        for f in findings or []:
            if f.get("severity", "problem") == "problem":
                evidence.contacts[refs[app_id]].append(
                    ContactProblem(
                        code=f["code"],
                        value=f.get("value"),
                        message=_bilingual(f["message"], f.get("translations")),
                        on=checked_at.date(),
                    )
                )
    for app_id, at, state, confirmed in looks:
        if confirmed or state in ("open", "reposted"):
            evidence.postings[refs[app_id]].append(PostingEvent(on=at.date(), state=state))
    # signals the mail classifier found in matched employer mail (budget, holiday, ...)
    for app_id, sent_at, signals in mail:
        for signal in signals or []:
            kind = signal.get("kind")
            if kind not in SIGNAL_KINDS or sent_at is None:
                continue
            named = signal.get("on")
            evidence.signals[refs[app_id]].append(MailSignal(
                on=sent_at.date(), kind=kind,
                date=datetime.fromisoformat(named).date() if named else None,
                text=signal.get("text"),
            ))  # fmt: skip
    checked: dict[tuple[str | None, str | None, str], list[ContactProblem]] = {}
    for app in apps:
        region = app.company.country or ctx.settings.country
        key = (app.candidate.email, app.candidate.phone, region)
        if key not in checked:  # most applications share the candidate's details: check once
            checked[key] = _record_problems(app, region)
        evidence.contacts[app.ref].extend(checked[key])
    return evidence


def _record_problems(app: Application, region: str) -> list[ContactProblem]:
    """The candidate's own contact details on record, checked offline (typos, invalid)."""
    if not (app.candidate.email or app.candidate.phone):
        return []
    from unghost.documents import check_candidate
    from unghost.domain.evidence import ContactProblem

    return [
        ContactProblem(
            code=str(f.code), value=f.value, message=_bilingual(f.message, {"zh": f.words("zh")[0]})
        )
        for f in check_candidate(app.candidate, region)
        if str(f.severity) == "problem"
    ]


def _bilingual(message: str, translations: Any) -> Any:
    """A finding's message with its Chinese (kept by the check) so Today reads in one language."""
    from unghost.domain.wording import Words

    zh = (translations or {}).get("zh") if isinstance(translations, dict) else None
    if isinstance(zh, list | tuple):
        zh = zh[0] if zh else None
    return Words(message, zh) if isinstance(zh, str) and zh and zh != message else message


def _chunks(ids: list[int], size: int = 900) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)] or [[]]


def reply_history(
    ctx: Context, apps: Sequence[Application], params: Parameters
) -> ReplyHistory | None:
    """The user's own reply times from past applications, when there are any."""
    from unghost.domain.history import ReplyHistory, list_reply_observations

    observations = list_reply_observations(
        apps, ctx.today, params, default_country=ctx.settings.country
    )
    young = params.hearback.history_young_business_days
    return ReplyHistory.from_observations(observations, young) if observations else None


def _load_all(ctx: Context) -> tuple[list[Application], Evidence]:
    from unghost.store.repository import ApplicationRepository

    with ctx.reading() as session:
        apps = ApplicationRepository(session).load_all(texts=False)
        return apps, gather_evidence(ctx, session, apps)


def diagnose_application(ctx: Context, ref: str, app: Application | None = None) -> Diagnosis:
    """One application's diagnosis, with the reply history every other page reads: the
    stored observations (services/readmodel.py), not a reading of every application.
    `app`: the application, when the caller has it loaded already."""
    from unghost.domain.diagnosis import diagnose
    from unghost.services.readmodel import current_history, ensure_current
    from unghost.store.mapping import application_record
    from unghost.store.repository import ApplicationRepository

    params = parameters(ctx)
    ensure_current(ctx, rows=False)  # the observations as of today
    with ctx.reading() as session:
        if app is None:
            app = application_record(ApplicationRepository(session).get_row(ref))
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
