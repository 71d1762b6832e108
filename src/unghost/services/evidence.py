"""The evidence the diagnosis reads beside an application, and the model's parameters.

Contact problems, posting looks, mail signals and the user's own reply history are gathered
here from the store (store/evidence.py), so the domain stays pure. Diagnosis, the assessment
and the read model all read them here."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from unghost.bootstrap import Context
from unghost.domain.records import Application

if TYPE_CHECKING:
    from unghost.domain.evidence import ContactProblem, MailSignal, PostingEvent
    from unghost.domain.history import ReplyHistory
    from unghost.domain.parameters import Parameters
    from unghost.store.checkcache import Kept, RecordCheck


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
    """The evidence of `apps`, read in `session` (store/evidence.py)."""
    from unghost.store.evidence import load_evidence_rows

    ids = [app.id for app in apps if app.id is not None]
    return evidence_from(ctx, apps, *load_evidence_rows(session, ids))


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
    from unghost.domain.evidence import (
        SIGNAL_KINDS,
        ContactProblem,
        MailSignal,
        PostingEvent,
        is_contact_evidence,
    )

    evidence = Evidence()
    refs = {app.id: app.ref for app in apps if app.id is not None}
    for app_id, findings, checked_at in checks:
        for f in findings or []:
            if f.get("severity", "problem") == "problem" and is_contact_evidence(
                f["code"], f.get("document")
            ):
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


# What checks the candidate's details on record: the check itself, or a copy of its answers a
# command line keeps on disk (store/checkcache.py, installed by cli.keep_caches).
_RECORD_CHECK: list[RecordCheck] = []


def use_record_check(check: RecordCheck | None) -> None:
    """Answer the record check through `check` (None: the check itself again)."""
    _RECORD_CHECK[:] = [] if check is None else [check]


def record_findings(email: str | None, phone: str | None, region: str) -> list[Kept]:
    """The problems of the candidate's details on record, offline (typos, invalid numbers), as
    (code, value, English message, Chinese message)."""
    from unghost.documents import check_candidate
    from unghost.domain.records import Candidate

    return [
        (str(f.code), f.value, f.message, f.words("zh")[0])
        for f in check_candidate(Candidate(email=email, phone=phone), region)
        if str(f.severity) == "problem"
    ]


def _record_problems(app: Application, region: str) -> list[ContactProblem]:
    """The candidate's own contact details on record, checked offline (typos, invalid); a
    detail the record leaves blank is not evidence (domain.evidence.is_contact_evidence)."""
    if not (app.candidate.email or app.candidate.phone):
        return []
    from unghost.domain.evidence import ContactProblem, is_contact_evidence

    check = _RECORD_CHECK[0] if _RECORD_CHECK else record_findings
    return [
        ContactProblem(code=code, value=value, message=_bilingual(message, {"zh": zh}))
        for code, value, message, zh in check(app.candidate.email, app.candidate.phone, region)
        if is_contact_evidence(code, "record")
    ]


def _bilingual(message: str, translations: Any) -> Any:
    """A finding's message with its Chinese (kept by the check) so Today reads in one language."""
    from unghost.domain.wording import Words

    zh = (translations or {}).get("zh") if isinstance(translations, dict) else None
    if isinstance(zh, list | tuple):
        zh = zh[0] if zh else None
    return Words(message, zh) if isinstance(zh, str) and zh and zh != message else message


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


def load_all(ctx: Context) -> tuple[list[Application], Evidence]:
    """Every application (without its long texts) and their evidence."""
    from unghost.store.repository import ApplicationRepository

    with ctx.reading() as session:
        apps = ApplicationRepository(session).load_all(texts=False)
        return apps, gather_evidence(ctx, session, apps)
