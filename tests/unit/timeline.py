"""Terse builders of application timelines for the diagnosis tests: a story in, a record out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from functools import cache

from unghost.domain.diagnosis import Diagnosis, diagnose
from unghost.domain.evidence import ContactProblem, MailSignal, PostingEvent
from unghost.domain.parameters import Parameters
from unghost.domain.records import (
    Application,
    Candidate,
    Company,
    Direction,
    Event,
    EventKind,
    Interview,
    Message,
    MessageKind,
    Role,
    Status,
)
from unghost.params import load_parameters

# A representative UTC offset per country, so times read like local office hours.
_OFFSETS = {"US": -5, "CN": 8, "JP": 9, "FR": 1, "GB": 0, "DE": 1, "IN": 5.5}


@cache
def params() -> Parameters:
    return load_parameters()


def day(text: str | date) -> date:
    return text if isinstance(text, date) else date.fromisoformat(text)


@dataclass
class Story:
    """An application told in order: `Story("CN").applied(...).interview(...).build()`."""

    country: str | None = "US"
    company: str = "Acme"
    subdivision: str | None = None
    industry: str | None = None
    title: str = "Data Analyst"
    fiscal_year_end_month: int | None = None
    funding_pending: bool = False
    hiring_freeze: bool = False
    new_position: bool | None = None
    posted_on: str | None = None
    closed_on: str | None = None
    email: str | None = "me@example.com"
    status: Status = Status.APPLIED
    applied_on: date | None = None
    interviews: list[Interview] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    contact_problems: list[ContactProblem] = field(default_factory=list)
    posting_events: list[PostingEvent] = field(default_factory=list)
    mail_signals: list[MailSignal] = field(default_factory=list)

    @property
    def zone(self) -> timezone:
        return timezone(timedelta(hours=_OFFSETS.get(self.country or "US", 0)))

    def at(self, when: str | date, hour: float) -> datetime:
        whole = int(hour)
        minutes = round((hour - whole) * 60)
        return datetime.combine(day(when), time(whole, minutes), tzinfo=self.zone)

    def applied(self, when: str) -> Story:
        self.applied_on = day(when)
        return self

    def interview(
        self,
        when: str,
        *,
        stage: str = "onsite",
        hour: float = 10,
        decide_by: str | None = None,
        remaining: int | None = None,
    ) -> Story:
        self.status = Status.INTERVIEWING
        self.interviews.append(
            Interview(
                at=self.at(when, hour),
                stage=stage,
                decision_expected_on=day(decide_by) if decide_by else None,
                candidates_remaining=remaining,
            )
        )
        return self

    def sent(self, kind: MessageKind, when: str, hour: float = 18) -> Story:
        self.messages.append(Message(at=self.at(when, hour), direction=Direction.SENT, kind=kind))
        return self

    def thank_you(self, when: str, hour: float = 18) -> Story:
        return self.sent(MessageKind.THANK_YOU, when, hour)

    def follow_up(self, when: str, hour: float = 10) -> Story:
        return self.sent(MessageKind.FOLLOW_UP, when, hour)

    def received(
        self,
        kind: MessageKind,
        when: str,
        *,
        back_on: str | None = None,
        hour: float = 11,
        who: str | None = None,
    ) -> Story:
        self.messages.append(
            Message(
                at=self.at(when, hour),
                direction=Direction.RECEIVED,
                kind=kind,
                return_date=day(back_on) if back_on else None,
                counterpart=who,
            )
        )
        return self

    def out_of_office(self, when: str, back_on: str, who: str | None = None) -> Story:
        return self.received(MessageKind.OUT_OF_OFFICE, when, back_on=back_on, who=who)

    def became(self, status: Status, when: str) -> Story:
        self.status = status
        self.events.append(Event(on=day(when), kind=EventKind.STATUS, status=status))
        return self

    def problem(self, code: str, value: str, message: str) -> Story:
        self.contact_problems.append(ContactProblem(code=code, value=value, message=message))
        return self

    def posting(self, state: str, when: str) -> Story:
        self.posting_events.append(PostingEvent(on=day(when), state=state))
        return self

    def signal(self, kind: str, when: str, named: str | None = None) -> Story:
        self.mail_signals.append(
            MailSignal(on=day(when), kind=kind, date=day(named) if named else None)
        )
        return self

    def build(self, ref: str = "app-1") -> Application:
        return Application(
            ref=ref,
            company=Company(
                name=self.company,
                country=self.country,
                subdivision=self.subdivision,
                industry=self.industry,
                fiscal_year_end_month=self.fiscal_year_end_month,
                funding_pending=self.funding_pending,
                hiring_freeze=self.hiring_freeze,
            ),
            role=Role(
                title=self.title,
                posted_on=day(self.posted_on) if self.posted_on else None,
                new_position=self.new_position,
                closed_on=day(self.closed_on) if self.closed_on else None,
            ),
            status=self.status,
            applied_on=self.applied_on,
            candidate=Candidate(email=self.email),
            interviews=list(self.interviews),
            messages=list(self.messages),
            events=list(self.events),
        )

    def diagnose(self, today: str, *, default_country: str = "US") -> Diagnosis:
        return diagnose(
            self.build(),
            day(today),
            params(),
            default_country=default_country,
            contact_findings=self.contact_problems,
            posting_events=self.posting_events,
            mail_signals=self.mail_signals,
        )


def ranks(diagnosis: Diagnosis) -> list[str]:
    """Reason codes, most likely first."""
    return [r.code for r in diagnosis.reasons]


def probability(diagnosis: Diagnosis, code: str) -> float:
    return next(r.probability for r in diagnosis.reasons if r.code == code)


def evidence(diagnosis: Diagnosis, code: str) -> list[str]:
    return list(next(r.evidence for r in diagnosis.reasons if r.code == code))


def late_ranks(diagnosis: Diagnosis) -> list[str]:
    """Reason codes by their share of the explanations of a late answer, most likely first."""
    return [r.code for r in sorted(diagnosis.reasons, key=lambda r: -r.if_answer)]


def if_answer(diagnosis: Diagnosis, code: str) -> float:
    return next(r.if_answer for r in diagnosis.reasons if r.code == code)
