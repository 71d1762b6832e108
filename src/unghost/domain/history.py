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


# Stages that only an answer from the employer explains.
_ANSWERED_STAGES = frozenset(
    {Status.SCREENING, Status.INTERVIEWING, Status.OFFER, Status.ACCEPTED, Status.REJECTED}
)

_DECIDED = frozenset({Status.OFFER, Status.ACCEPTED, Status.REJECTED})  # after the last interview


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
    informative: int = -1  # answered waits plus unanswered ones past the young age; -1: size

    @property
    def observations(self) -> int:
        """The waits that say something about whether an answer comes (young ones do not)."""
        return self.size if self.informative < 0 else self.informative

    def at(self, t: float) -> float:
        index = bisect_right(self.times, t)
        return 1.0 if index == 0 else self.survival[index - 1]


def estimate_survival(
    observations: Iterable[tuple[float, bool]], young: float = 0.0
) -> SurvivalCurve:
    """Kaplan-Meier estimate; at tied times answers are counted before censored waits.

    An unanswered wait younger than `young` stays censored in the curve but is not counted
    among the informative observations (it says nothing yet about whether an answer comes).
    """
    ordered = sorted(observations, key=lambda o: (o[0], not o[1]))
    informative = sum(1 for t, replied in ordered if replied or t >= young)
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
    return SurvivalCurve(tuple(times), tuple(values), len(ordered), events, last, informative)


@dataclass(frozen=True, slots=True)
class ReplyHistory:
    """The user's reply-time curves, one per phase (None when there are no observations)."""

    interview: SurvivalCurve | None
    application: SurvivalCurve | None

    @classmethod
    def from_observations(
        cls, observations: Iterable[ReplyObservation], young: float = 0.0
    ) -> ReplyHistory:
        by_phase: dict[str, list[tuple[float, bool]]] = {"interview": [], "application": []}
        for o in observations:
            by_phase.setdefault(o.phase, []).append((max(o.business_days, 0.0), o.replied))
        interview, application = by_phase["interview"], by_phase["application"]
        return cls(
            interview=estimate_survival(interview, young) if interview else None,
            application=estimate_survival(application, young) if application else None,
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
    the first answer or invitation). An answer is a received answer, a stage change that only
    an answer explains, or a later interview (they must have invited you by then). A wait
    without a recorded answer is censored at today, or at the day the user withdrew or marked
    it ghosted; a wait that the status says was answered on an unknown day is left out.
    """
    observations: list[ReplyObservation] = []
    for app in applications:
        received = sorted(
            [
                m.at.date()
                for m in app.messages
                if m.direction is Direction.RECEIVED and m.kind in _ANSWERS and m.at.date() <= today
            ]
            + [e.on for e in app.events if e.status in _ANSWERED_STAGES and e.on <= today]
        )
        held = sorted(i.at.date() for i in app.interviews if i.at.date() <= today)
        starts = [("interview", day) for day in held]
        if app.applied_on is not None and app.applied_on <= today:
            starts.append(("application", app.applied_on))
        if not starts:
            continue
        stop = today
        if app.status in (Status.WITHDRAWN, Status.GHOSTED):
            stop = max((e.on for e in app.events if e.status is app.status), default=today)
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
            if later is not None and (answer is None or later < answer):
                answer = later  # the invitation to that interview came by then at the latest
            if answer is not None:
                waited = employer.capacity.elapsed(start, answer)
                observations.append(ReplyObservation(waited, True, phase))
            elif app.status not in (_ANSWERED_STAGES if phase == "application" else _DECIDED):
                waited = employer.capacity.elapsed(start, max(stop, start))
                observations.append(ReplyObservation(waited, False, phase))
    return observations
