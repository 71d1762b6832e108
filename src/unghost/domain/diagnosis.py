"""`diagnose`: why HR is silent on one application, the odds of an answer, and what to do."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, NamedTuple

from unghost.domain.actions import NextAction, plan_next_action, stage_words
from unghost.domain.country_names import country_name
from unghost.domain.employer import Employer, describe_employer
from unghost.domain.evidence import ContactProblem, MailSignal, PostingEvent
from unghost.domain.followup import FollowUpPlan, Step, plan_follow_ups
from unghost.domain.hearback import Wait, plan_wait
from unghost.domain.history import ReplyHistory
from unghost.domain.parameters import FollowUpParams, Parameters
from unghost.domain.reasons import ReasonScore
from unghost.domain.records import Application, Status
from unghost.domain.states import INTERVIEW, WAITING, YOUR_MOVE, State, read_state
from unghost.domain.timeline import APPLICATION, Timeline, read_timeline
from unghost.domain.weighing import weigh_reasons
from unghost.domain.wording import Phrase, Words, phrase, render

_WEEK = timedelta(days=7)
_NO_PLAN = FollowUpPlan((), 0)
_SIX_DAYS = timedelta(days=6)
_P50, _P80 = 0.5, 0.8
_MOVED = 0.005  # the history moved the odds when it changed them by half a point or more


@dataclass(frozen=True, slots=True)
class HistoryEffect:
    """How the user's own past waits moved this application's odds."""

    observations: int  # informative waits of this phase (answered, or unanswered and not young)
    answered: int
    weight: float  # of the user's curve against the published prior
    p_without: float  # the odds from the published prior alone
    p_with: float

    @property
    def sentence(self) -> Phrase:
        key = "history.lowers" if self.p_with < self.p_without else "history.raises"
        if key == "history.lowers" and 2 * self.answered > self.observations:
            key = "history.lowers_fast"  # most were answered: it is the wait that is long
        return phrase(
            key, k=self.answered, n=self.observations,
            p_without=_percent(self.p_without), p=_percent(self.p_with),
        )  # fmt: skip

    def to_dict(self, language: str, year: int) -> dict[str, Any]:
        return {
            "observations": self.observations,
            "answered": self.answered,
            "weight": round(self.weight, 4),
            "p_without": round(self.p_without, 4),
            "evidence": render(self.sentence, year, language),
        }


class CurvePoint(NamedTuple):
    on: date
    p_hear_back: float
    holidays: tuple[str, ...]  # public holidays in the week starting `on`

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.on.isoformat(),
            "p_hear_back": round(self.p_hear_back, 4),
            "holidays": list(self.holidays),
        }


@dataclass(slots=True)
class Diagnosis:
    """The answer for one application; a read-only result (not frozen: cheaper to build)."""

    as_of: date
    status: Status
    state: State
    p_hear_back: float | None  # None unless waiting (with a date to count from)
    p50: date | None
    p80: date | None
    reasons: tuple[ReasonScore, ...]
    next_action: NextAction
    silent_since: date | None
    silence_business_days: int | None  # None unless waiting; never negative
    country: str | None
    subdivision: str | None
    notes: tuple[str, ...]  # about the calendar used (fallbacks, provisional years)
    history: HistoryEffect | None = None  # when the user's own history moved the odds
    curve_source: tuple[Wait, Employer, int] | None = field(
        default=None, repr=False, compare=False
    )  # what `curve` is drawn from: (wait, employer, weeks); None once the wait is over
    plan_source: tuple[Timeline, Employer, FollowUpParams] | None = field(
        default=None, repr=False, compare=False
    )  # what `follow_up_plan` is planned from

    @property
    def follow_up_plan(self) -> tuple[Step, ...]:
        """Every step of the follow-up policy, planned on demand (the action needs only one)."""
        if self.plan_source is None:
            return ()
        return plan_follow_ups(*self.plan_source).steps

    @property
    def curve(self) -> tuple[CurvePoint, ...]:
        """Weekly p_hear_back from today, drawn on demand (it is for charts, not decisions)."""
        if self.curve_source is None:
            return ()
        wait, employer, weeks = self.curve_source
        return _curve(wait, employer, self.as_of, weeks)

    def to_dict(self, language: str = "en") -> dict[str, Any]:
        """The `unghost why REF --json` contract of DESIGN.md, plus plan, curve and calendar.

        `language` (`en` or `zh`) puts the sentences into words; keys and codes never change.
        """
        year = self.as_of.year
        return {
            "as_of": self.as_of.isoformat(),
            "status": self.status.value,
            "state": self.state.code,
            "p_hear_back": None if self.p_hear_back is None else round(self.p_hear_back, 4),
            "expected_reply": None
            if self.p_hear_back is None
            else {
                "p50": self.p50.isoformat() if self.p50 else None,
                "p80": self.p80.isoformat() if self.p80 else None,
            },
            "reasons": [r.to_dict(language) for r in self.reasons],
            "history": self.history.to_dict(language, year) if self.history else None,
            "next_action": self.next_action.to_dict(language),
            "follow_up_plan": [s.to_dict() for s in self.follow_up_plan],
            "curve": [p.to_dict() for p in self.curve],
            "silence": {
                "since": self.silent_since.isoformat() if self.silent_since else None,
                "business_days": self.silence_business_days,
            },
            "calendar": {
                "country": self.country,
                "subdivision": self.subdivision,
                "notes": list(self.notes),
            },
        }


@dataclass(slots=True)
class Assessment:
    """The cheap part of a diagnosis, shared by every page and command: no reasons, no curve.

    One definition of silence (business days since the event that put the ball in the
    employer's court) and one computation of the odds, both only while waiting.
    """

    timeline: Timeline
    employer: Employer
    state: State
    wait: Wait | None
    silence: float  # effective business days of silence (the model's clock)
    silence_business_days: int | None  # what pages show; None unless waiting
    p_hear_back: float | None
    history: HistoryEffect | None
    plan: FollowUpPlan
    next_action: NextAction

    @property
    def silent_since(self) -> date | None:
        return self.timeline.anchor if self.silence_business_days is not None else None


def assess(
    app: Application,
    today: date,
    params: Parameters,
    *,
    default_country: str = "US",
    contact_findings: Sequence[ContactProblem] = (),
    posting_events: Sequence[PostingEvent] = (),
    mail_signals: Sequence[MailSignal] = (),
    history: ReplyHistory | None = None,
    full_plan: bool = True,
) -> Assessment:
    """State, timeline, wait model, odds, follow-up plan and next action for one application.

    Without `full_plan` the plan stops at its first pending step (enough for the action).
    """
    timeline = read_timeline(
        app,
        today,
        params.hearback,
        contact_problems=contact_findings,
        posting_events=posting_events,
        mail_signals=mail_signals,
    )
    state = read_state(timeline)
    anchor = timeline.anchor
    first_year = min(anchor.year if anchor else today.year, today.year - 1)
    employer = describe_employer(
        app.company,
        app.role,
        params,
        default_country=default_country,
        years=(first_year, max(today.year, anchor.year if anchor else today.year) + 2),
    )
    wait: Wait | None = None
    silence, p, shown, effect = 0.0, None, None, None
    plan = _NO_PLAN
    if state.code == WAITING and anchor is not None:
        wait = plan_wait(timeline, employer, params.hearback, history=history)
        silence = wait.silence(employer.capacity, today)
        p = wait.p_hear_back(silence)
        shown = max(0, employer.capacity.calendar.count_business_days(anchor, today))
        if wait.curve is not None:
            without = wait.without_history().p_hear_back(silence)
            if abs(without - p) >= _MOVED:
                curve = wait.curve
                effect = HistoryEffect(curve.observations, curve.events, wait.weight, without, p)
    if p is not None or (state.by == INTERVIEW and state.code == YOUR_MOVE):
        # An interview ahead is the candidate's move, but its thank-you and follow-ups are planned
        plan = plan_follow_ups(timeline, employer, params.followup, through_pending=not full_plan)
    action = plan_next_action(timeline, state, plan, employer, p, params.followup)
    return Assessment(timeline, employer, state, wait, silence, shown, p, effect, plan, action)


def diagnose(
    app: Application,
    today: date,
    params: Parameters,
    *,
    default_country: str = "US",
    contact_findings: Sequence[ContactProblem] = (),
    posting_events: Sequence[PostingEvent] = (),
    mail_signals: Sequence[MailSignal] = (),
    history: ReplyHistory | None = None,
) -> Diagnosis:
    """Why the employer is silent, the chance and window of an answer, and the next action."""
    a = assess(
        app,
        today,
        params,
        default_country=default_country,
        contact_findings=contact_findings,
        posting_events=posting_events,
        mail_signals=mail_signals,
        history=history,
        full_plan=False,
    )
    timeline, employer, wait = a.timeline, a.employer, a.wait
    capacity = employer.capacity
    calendar = capacity.calendar
    p50 = p80 = None
    curve_source = None
    reasons: tuple[ReasonScore, ...] = ()
    if wait is not None and timeline.anchor is not None and a.p_hear_back is not None:
        if a.p_hear_back > 0.0:
            p50, p80 = _reply_dates(wait, employer, a.silence, today, params)
        expected_on = wait.date_of(capacity, wait.expected)
        stage = stage_words(timeline.stage) if timeline.phase != APPLICATION else Words("")
        reasons = weigh_reasons(
            timeline,
            employer,
            wait,
            a.silence,
            a.plan,
            params,
            stage=stage,
            window_end=_window_end(timeline.anchor, today, expected_on, timeline),
            p_hear_back=a.p_hear_back,
            history_note=a.history.sentence if a.history is not None else None,
        )
        curve_source = (wait, employer, params.hearback.curve_weeks)
    notes = []
    if employer.region.note:
        notes.append(employer.region.note)
    first = (timeline.anchor or today).year
    last = max(today, p80 or today).year
    for year in sorted(calendar.provisional_years):
        if first <= year <= last:
            name = country_name(employer.region.country)
            notes.append(f"the {year} public holidays of {name} are provisional")
    return Diagnosis(
        as_of=today,
        status=app.status,
        state=a.state,
        p_hear_back=a.p_hear_back,
        p50=p50,
        p80=p80,
        reasons=reasons,
        next_action=a.next_action,
        silent_since=a.silent_since,
        silence_business_days=a.silence_business_days,
        country=employer.region.country,
        subdivision=employer.region.subdivision,
        notes=tuple(notes),
        history=a.history,
        curve_source=curve_source,
        plan_source=(timeline, employer, params.followup) if a.plan.steps else None,
    )


def _window_end(anchor: date, today: date, expected_on: date | None, timeline: Timeline) -> date:
    end = today if expected_on is None else max(today, expected_on)
    if timeline.closing is not None and timeline.closing.on is not None:
        end = min(end, max(timeline.closing.on, anchor))
    return max(end, anchor + timedelta(days=1))


def _reply_dates(
    wait: Wait, employer: Employer, silence: float, today: date, params: Parameters
) -> tuple[date | None, date | None]:
    """(p50, p80): the days by which half and 80% of the answers still to come have come."""
    capacity = employer.capacity
    soonest = capacity.calendar.next_business_day(today)
    limit = capacity.calendar.add_business_days(today, params.hearback.horizon_business_days)
    found: list[date | None] = []
    for share in (_P50, _P80):
        amount = wait.remaining(silence, share)
        day = wait.date_of(capacity, amount) if amount is not None else None
        if day is not None and soonest is not None and day < soonest:
            day = soonest
        found.append(day if day is not None and limit is not None and day <= limit else None)
    p50, p80 = found
    if p50 is not None and p80 is not None and p80 <= p50:
        # Both fell on the soonest day: 80% of the answers need at least one more business day.
        p80 = capacity.calendar.next_business_day(p50 + timedelta(days=1))
        if p80 is not None and limit is not None and p80 > limit:
            p80 = None
    return p50, p80


def _curve(wait: Wait, employer: Employer, today: date, weeks: int) -> tuple[CurvePoint, ...]:
    """Weekly points of p_hear_back from today, each with the holidays of its week."""
    capacity = employer.capacity
    calendar = capacity.calendar
    last = min(today + weeks * _WEEK + _SIX_DAYS, calendar.last)
    by_week: dict[int, list[str]] = {}
    for day, name in calendar.list_holidays(today, last):
        by_week.setdefault((day - today).days // 7, []).append(name)
    points = []
    for week in range(weeks + 1):
        day = today + week * _WEEK
        if day + _SIX_DAYS > last:
            break
        p = wait.p_hear_back(wait.silence(capacity, day))
        points.append(CurvePoint(day, p, tuple(by_week.get(week, ()))))
    return tuple(points)


def _percent(p: float) -> str:
    return f"{p * 100:.0f}"
