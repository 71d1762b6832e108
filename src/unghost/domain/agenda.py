"""The agenda across applications: what to do today and in the coming week, most urgent first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from unghost.domain.actions import (
    REPLY,
    WAIT,
    NextAction,
)
from unghost.domain.diagnosis import Assessment, assess
from unghost.domain.evidence import ContactProblem, MailSignal, PostingEvent
from unghost.domain.history import ReplyHistory
from unghost.domain.parameters import Parameters
from unghost.domain.records import Application
from unghost.domain.urgency import URGENCY

_NO_FINDINGS: Mapping[str, Sequence[Any]] = {}


@dataclass(slots=True)
class AgendaItem:
    ref: str
    company: str
    role: str
    kind: str  # reply | send-thank-you | follow-up | fix-contact-info | move-on
    on: date  # the day to do it: a business day of the employer
    action: NextAction
    overdue_business_days: int  # past the end of the step's window; 0 when on time

    @property
    def why(self) -> str:
        return self.action.why

    @property
    def label(self) -> str:
        """The word pages show: `decide` for a reply to an offer, else the kind."""
        return self.action.label if self.kind == REPLY else self.kind

    def why_in(self, language: str = "en") -> str:
        return self.action.why_in(language)

    def to_dict(self, language: str = "en") -> dict[str, Any]:
        return {
            "ref": self.ref,
            "company": self.company,
            "role": self.role,
            "kind": self.kind,
            "on": self.on.isoformat(),
            "why": self.action.why_in(language),
            **({"reply_to": self.action.then} if self.kind == REPLY else {}),
            "overdue_business_days": self.overdue_business_days,
        }


@dataclass(frozen=True, slots=True)
class Agenda:
    as_of: date
    today: tuple[AgendaItem, ...]  # due now: on or before the employer's next business day
    this_week: tuple[AgendaItem, ...]  # coming up in the next `days_ahead` days

    def to_dict(self, language: str = "en") -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "today": [item.to_dict(language) for item in self.today],
            "this_week": [item.to_dict(language) for item in self.this_week],
        }


def _urgency(item: AgendaItem) -> tuple[int, int, date, str]:
    return (URGENCY[item.kind], -item.overdue_business_days, item.on, item.ref)


def plan_agenda(
    applications: Sequence[Application],
    today: date,
    params: Parameters,
    *,
    default_country: str = "US",
    days_ahead: int = 7,
    contact_findings: Mapping[str, Sequence[ContactProblem]] = _NO_FINDINGS,
    posting_events: Mapping[str, Sequence[PostingEvent]] = _NO_FINDINGS,
    mail_signals: Mapping[str, Sequence[MailSignal]] = _NO_FINDINGS,
    history: ReplyHistory | None = None,
) -> Agenda:
    """Every application's next action that is due now or within `days_ahead` days (pure).

    The evidence mappings are keyed by application ref. Waiting that ends within the window
    shows as the action that follows it (a follow-up or letting go) on the day it becomes due.
    """
    assessed = [
        (
            app,
            assess(
                app,
                today,
                params,
                default_country=default_country,
                contact_findings=contact_findings.get(app.ref, ()),
                posting_events=posting_events.get(app.ref, ()),
                mail_signals=mail_signals.get(app.ref, ()),
                history=history,
                full_plan=False,
            ),
        )
        for app in applications
    ]
    return agenda_from(assessed, today, days_ahead)


def agenda_from(
    assessed: Sequence[tuple[Application, Assessment]], today: date, days_ahead: int = 7
) -> Agenda:
    """The agenda of already assessed applications (the services assess once for every page)."""
    horizon = today + timedelta(days=days_ahead)
    now_items: list[AgendaItem] = []
    week_items: list[AgendaItem] = []
    for app, a in assessed:
        action = a.next_action
        kind = action.then if action.kind == WAIT else action.kind
        if kind not in URGENCY or action.on is None or action.on > horizon:
            continue
        calendar = a.employer.capacity.calendar
        step = a.plan.pending()
        overdue = 0
        if action.kind not in (WAIT, REPLY) and step is not None and step.due_by is not None:
            overdue = calendar.count_business_days(step.due_by, today)
        item = AgendaItem(
            ref=app.ref,
            company=app.company.name,
            role=app.role.title,
            kind=kind,
            on=action.on,
            action=action,
            overdue_business_days=overdue,
        )
        due_now = calendar.next_business_day(today) or today
        (now_items if action.on <= due_now else week_items).append(item)
    return Agenda(as_of=today, today=sort_items(now_items), this_week=sort_items(week_items))


def urgency_key(item: AgendaItem) -> tuple[int, int, date, str]:
    """The order sort_items gives (for a caller that keeps the items sorted as they change)."""
    return _urgency(item)


def sort_items(items: Sequence[AgendaItem]) -> tuple[AgendaItem, ...]:
    """Most urgent first: the kind, then the longest overdue, the day, the ref."""
    return tuple(sorted(items, key=_urgency))
