"""The one next action for an application: what to do, on which business day, and why."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any

from unghost.domain.calendar import BusinessCalendar
from unghost.domain.employer import Employer
from unghost.domain.followup import FOLLOW_UP, MOVE_ON, THANK_YOU, FollowUpPlan, Step
from unghost.domain.parameters import FollowUpParams
from unghost.domain.records import Status
from unghost.domain.timeline import EARLY, FINAL, NONE, Timeline
from unghost.domain.wording import format_day, say

SEND_THANK_YOU, FIX_CONTACT, FOLLOW, WAIT, LET_GO, NOTHING = (
    "send-thank-you",
    "fix-contact-info",
    "follow-up",
    "wait",
    "move-on",
    "none",
)
ACTION_KINDS = (SEND_THANK_YOU, FIX_CONTACT, FOLLOW, WAIT, LET_GO, NOTHING)


@dataclass(slots=True)
class NextAction:
    kind: str  # one of ACTION_KINDS
    on: date | None  # a business day of the employer; None only when kind is none
    explain: Callable[[], str] = field(repr=False, compare=False)  # the sentence, on demand
    then: str | None = None  # for wait: what follows (follow-up, move-on, interview, ...)

    @property
    def why(self) -> str:
        return self.explain()

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "on": self.on.isoformat() if self.on else None, "why": self.why}


def stage_words(stage: str) -> str:
    """`final ` / `early ` / `` to put before the word interview."""
    return {FINAL: "final ", EARLY: "first "}.get(stage, "")


def _basis(step: Step, calendar: BusinessCalendar, year: int) -> str:
    assert step.on is not None
    waited = calendar.count_business_days(step.basis_on, step.on)
    return say(f"basis.{step.basis}", bd=waited, day=format_day(step.basis_on, year))


def plan_next_action(
    timeline: Timeline,
    plan: FollowUpPlan,
    employer: Employer,
    p_hear_back: float,
    policy: FollowUpParams,
) -> NextAction:
    """The single most useful thing to do next (pure)."""
    today = timeline.today
    year = today.year
    calendar = employer.capacity.calendar
    now = calendar.next_business_day(today) or today
    closing = timeline.closing
    if timeline.phase == NONE or timeline.anchor is None:
        key = "why.not_applied" if timeline.status is Status.SAVED else "why.no_date"
        return NextAction(NOTHING, None, partial(say, key))
    if closing is not None:
        when = f" on {format_day(closing.on, year)}" if closing.on else ""
        if not closing.from_message or closing.by == "offer":
            return NextAction(NOTHING, None, partial(say, f"why.{closing.by}", on=when))
        said = format_day(closing.on, year) if closing.on else ""
        key = "why.rejection_message" if closing.by == "rejection" else "why.position_closed"
        return NextAction(LET_GO, now, partial(say, key, day=said))
    if timeline.status is Status.GHOSTED:
        return NextAction(NOTHING, None, partial(say, "why.ghosted"))
    if timeline.contact_problems or timeline.bounce_on is not None:
        return NextAction(FIX_CONTACT, now, partial(_fix_contact, timeline, year))
    if timeline.anchor > today and timeline.interview is not None:
        day = calendar.next_business_day(timeline.anchor) or timeline.anchor
        why = partial(
            say, "why.interview", stage=stage_words(timeline.stage), day=format_day(day, year)
        )
        return NextAction(WAIT, day, why, then="interview")
    step = plan.pending()
    if step is None or step.on is None:
        return NextAction(LET_GO, now, partial(_low_odds, p_hear_back))
    if step.kind == THANK_YOU:
        why = partial(
            say,
            "why.thank_you",
            stage=stage_words(timeline.stage),
            day=format_day(step.basis_on, year),
            hours=policy.thank_you_within_hours,
        )
        return NextAction(SEND_THANK_YOU, max(step.on, now), why)
    if step.kind == MOVE_ON and step.on <= today:
        sent = sum(1 for s in plan.steps if s.kind == FOLLOW_UP and s.done_on is not None)
        return NextAction(LET_GO, now, partial(say, "why.move_on", times=sent))
    if p_hear_back < policy.move_on_below:
        return NextAction(LET_GO, now, partial(_low_odds, p_hear_back))
    if step.kind == FOLLOW_UP:
        if step.on <= today:
            on = max(step.on, employer.capacity.next_plannable_day(today) or now)
            return NextAction(FOLLOW, on, partial(_follow_up, step, plan.total, calendar, year))
        return NextAction(
            WAIT,
            step.on,
            partial(_wait_follow_up, step, plan.total, timeline, calendar, year),
            then=FOLLOW,
        )
    why = partial(say, "why.wait_move_on", due=format_day(step.on, year))
    return NextAction(WAIT, step.on, why, then=LET_GO)


def _fix_contact(timeline: Timeline, year: int) -> str:
    if timeline.contact_problems:
        problem = timeline.contact_problems[0].message
    else:
        problem = say("bounce", day=format_day(timeline.bounce_on or timeline.today, year))
    return say("why.fix_contact", problem=problem)


def _low_odds(p_hear_back: float) -> str:
    return say("why.low_odds", percent=_percent(p_hear_back))


def _follow_up(step: Step, total: int, calendar: BusinessCalendar, year: int) -> str:
    basis = _basis(step, calendar, year)
    return say("why.follow_up", n=step.number, total=total, basis=basis)


def _wait_follow_up(
    step: Step, total: int, timeline: Timeline, calendar: BusinessCalendar, year: int
) -> str:
    assert step.on is not None
    due = format_day(step.on, year)
    if timeline.away is not None and timeline.away[1] > timeline.today:
        return say("why.wait_ooo", day=format_day(timeline.away[1], year), due=due)
    basis = _basis(step, calendar, year)
    return say("why.wait", n=step.number, total=total, due=due, basis=basis)


def _percent(p: float) -> str:
    return f"{p * 100:.0f}" if p >= 0.01 else f"{p * 100:.1f}"
