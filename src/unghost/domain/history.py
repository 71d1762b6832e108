"""The user's own reply times: Kaplan-Meier with censoring, to blend into the model's prior."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from unghost.domain.employer import describe_employer
from unghost.domain.parameters import Parameters
from unghost.domain.records import Application, Direction, MessageKind, Status

_ANSWERS = frozenset(
    {
        MessageKind.REJECTION,
        MessageKind.OFFER,
        MessageKind.POSITION_CLOSED,
        MessageKind.STILL_DECIDING,
        MessageKind.INFO_REQUEST,
        MessageKind.INTERVIEW_INVITE,
    }
)


@dataclass(frozen=True, slots=True)
class ReplyObservation:
    """One wait of the user's: how long it lasted and whether it ended with an answer."""

    business_days: float  # effective business days from the start of the wait
    replied: bool  # False: still silent when last seen (right-censored)
    phase: str = "interview"  # interview | application


@dataclass(frozen=True, slots=True)
class SurvivalCurve:
    """A Kaplan-Meier step function: share of waits still silent after each event time."""

    times: tuple[float, ...]
    survival: tuple[float, ...]
    size: int
    events: int
    last_time: float  # the longest wait observed, answered or not

    def at(self, t: float) -> float:
        index = bisect_right(self.times, t)
        return 1.0 if index == 0 else self.survival[index - 1]


def estimate_survival(observations: Iterable[tuple[float, bool]]) -> SurvivalCurve:
    """Kaplan-Meier estimate; at tied times answers are counted before censored waits."""
    ordered = sorted(observations, key=lambda o: (o[0], not o[1]))
    at_risk = len(ordered)
    share = 1.0
    times: list[float] = []
    values: list[float] = []
    events = 0
    index = 0
    while index < len(ordered):
        t = ordered[index][0]
        answered = leaving = 0
        while index < len(ordered) and ordered[index][0] == t:
            answered += ordered[index][1]
            leaving += 1
            index += 1
        if answered:
            share *= 1.0 - answered / at_risk
            times.append(t)
            values.append(share)
            events += answered
        at_risk -= leaving
    last = ordered[-1][0] if ordered else 0.0
    return SurvivalCurve(tuple(times), tuple(values), len(ordered), events, last)


@dataclass(frozen=True, slots=True)
class ReplyHistory:
    """The user's reply-time curves, one per phase (None when there are no observations)."""

    interview: SurvivalCurve | None
    application: SurvivalCurve | None

    @classmethod
    def from_observations(cls, observations: Iterable[ReplyObservation]) -> ReplyHistory:
        by_phase: dict[str, list[tuple[float, bool]]] = {"interview": [], "application": []}
        for o in observations:
            by_phase.setdefault(o.phase, []).append((max(o.business_days, 0.0), o.replied))
        return cls(
            interview=estimate_survival(by_phase["interview"]) if by_phase["interview"] else None,
            application=(
                estimate_survival(by_phase["application"]) if by_phase["application"] else None
            ),
        )

    def curve(self, phase: str) -> SurvivalCurve | None:
        return self.interview if phase == "interview" else self.application


def list_reply_observations(
    applications: Sequence[Application],
    today: date,
    params: Parameters,
    *,
    default_country: str = "US",
) -> list[ReplyObservation]:
    """The waits in the user's past applications, in each employer's business days.

    One wait per interview (until the first answer after it) and one per application (until
    the first answer or invitation). A wait without a recorded answer is censored at today, or
    at the day the user withdrew; a wait whose answer date is unknown is left out.
    """
    observations: list[ReplyObservation] = []
    for app in applications:
        received = sorted(
            m.at.date()
            for m in app.messages
            if m.direction is Direction.RECEIVED and m.kind in _ANSWERS and m.at.date() <= today
        )
        held = sorted(i.at.date() for i in app.interviews if i.at.date() <= today)
        starts = [("interview", day) for day in held]
        if app.applied_on is not None and app.applied_on <= today:
            starts.append(("application", app.applied_on))
        if not starts:
            continue
        stop = today
        if app.status is Status.WITHDRAWN:
            stop = max((e.on for e in app.events if e.status is Status.WITHDRAWN), default=today)
        first_year = min(day.year for _, day in starts)
        employer = describe_employer(
            app.company,
            app.role,
            params,
            default_country=default_country,
            years=(min(first_year, today.year - 1), today.year + 1),
        )
        for phase, start in starts:
            answer = next((day for day in received if day > start), None)
            later = next((day for day in held if day > start), None)
            if answer is not None and (later is None or answer <= later):
                waited = employer.capacity.elapsed(start, answer)
                observations.append(ReplyObservation(waited, True, phase))
            elif later is None:
                waited = employer.capacity.elapsed(start, max(stop, start))
                observations.append(ReplyObservation(waited, False, phase))
    return observations
