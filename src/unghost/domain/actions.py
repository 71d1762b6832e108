"""The one next action for an application: what to do, on which business day, and why."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from unghost.domain.calendar import BusinessCalendar
from unghost.domain.employer import Employer
from unghost.domain.evidence import is_urgent
from unghost.domain.followup import FOLLOW_UP, MOVE_ON, THANK_YOU, FollowUpPlan, Step
from unghost.domain.parameters import FollowUpParams
from unghost.domain.records import Status
from unghost.domain.states import INTERVIEW, INVITE, NOT_APPLIED, OFFER, YOUR_MOVE, State
from unghost.domain.timeline import EARLY, FINAL, Timeline
from unghost.domain.wording import Phrase, Words, phrase, render

SEND_THANK_YOU, FIX_CONTACT, FOLLOW, REPLY, WAIT, LET_GO, NOTHING = (
    "send-thank-you",
    "fix-contact-info",
    "follow-up",
    "reply",
    "wait",
    "move-on",
    "none",
)
ACTION_KINDS = (SEND_THANK_YOU, FIX_CONTACT, FOLLOW, REPLY, WAIT, LET_GO, NOTHING)
DECIDE = "decide"  # NextAction.then of a reply to an offer: the web shows it as "decide"


@dataclass(slots=True)
class NextAction:
    kind: str  # one of ACTION_KINDS
    on: date | None  # a business day of the employer; None only when kind is none
    explain: Callable[[str], str] = field(repr=False, compare=False)  # language -> sentence
    then: str | None = None  # wait: what follows (follow-up, move-on, interview); reply: to what

    @property
    def label(self) -> str:
        """The word a page shows for the action: `decide` for a reply to an offer."""
        return DECIDE if self.kind == REPLY and self.then == DECIDE else self.kind

    @property
    def why(self) -> str:
        return self.explain("en")

    def why_in(self, language: str = "en") -> str:
        """The reason for the action in `language` (`en` or `zh`), put into words on demand."""
        return self.explain(language)

    def to_dict(self, language: str = "en") -> dict[str, Any]:
        data = {
            "kind": self.kind,
            "on": self.on.isoformat() if self.on else None,
            "why": self.explain(language),
        }
        if self.kind == REPLY:
            data["reply_to"] = self.then  # offer (decide) | interview-invite | info-request
        return data


_STAGE_WORDS = {FINAL: Words("final ", "最终"), EARLY: Words("first ", "初次")}
_NO_STAGE = Words("")


def stage_words(stage: str) -> Words:
    """`final ` / `first ` / `` to put before the word interview (`最终` / `初次` in Chinese)."""
    return _STAGE_WORDS.get(stage, _NO_STAGE)


def _lazy(
    year: int, make: Callable[..., Phrase], *args: Any, **values: Any
) -> Callable[[str], str]:
    """The sentence `make(*args, **values)` in a language, built only when it is read."""

    def explain(language: str) -> str:
        return render(make(*args, **values), year, language)

    return explain


def _said(year: int, key: str, **values: Any) -> Callable[[str], str]:
    return _lazy(year, phrase, key, **values)


def _basis(step: Step, calendar: BusinessCalendar) -> Phrase:
    assert step.on is not None
    waited = calendar.count_business_days(step.basis_on, step.on)
    return phrase(f"basis.{step.basis}", bd=waited, day=step.basis_on)


def plan_next_action(
    timeline: Timeline,
    state: State,
    plan: FollowUpPlan,
    employer: Employer,
    p_hear_back: float | None,
    policy: FollowUpParams,
) -> NextAction:
    """The single most useful thing to do next (pure); it follows the state first."""
    today = timeline.today
    year = today.year
    calendar = employer.capacity.calendar
    now = calendar.next_business_day(today) or today
    if not state.waiting:
        return _settled(timeline, state, now, calendar)
    if timeline.anchor is None or p_hear_back is None:
        return NextAction(NOTHING, None, _said(year, "why.no_date"))
    if timeline.status is Status.GHOSTED:  # still silent, but the user stopped waiting
        return NextAction(NOTHING, None, _said(year, "why.ghosted"))
    if timeline.contact_trouble:
        return NextAction(FIX_CONTACT, now, _lazy(year, _fix_contact, timeline))
    step = plan.pending()
    if step is None or step.on is None:
        return low_odds_action(now, year, p_hear_back)
    if step.kind == THANK_YOU:
        why = _said(
            year,
            "why.thank_you",
            stage=stage_words(timeline.stage),
            day=step.basis_on,
            hours=policy.thank_you_within_hours,
        )
        return NextAction(SEND_THANK_YOU, max(step.on, now), why)
    if step.kind == MOVE_ON and step.on <= today:
        sent = sum(1 for s in plan.steps if s.kind == FOLLOW_UP and s.done_on is not None)
        return NextAction(LET_GO, now, _said(year, "why.move_on", times=sent))
    if p_hear_back < policy.move_on_below:
        return low_odds_action(now, year, p_hear_back)
    if step.kind == FOLLOW_UP:
        if step.on <= today:
            on = max(step.on, employer.capacity.next_plannable_day(today) or now)
            return NextAction(FOLLOW, on, _lazy(year, _follow_up, step, plan.total, calendar))
        return NextAction(
            WAIT,
            step.on,
            _lazy(year, _wait_follow_up, step, plan.total, timeline, calendar),
            then=FOLLOW,
        )
    return NextAction(WAIT, step.on, _said(year, "why.wait_move_on", due=step.on), then=LET_GO)


# How a waiting application's next action reads its odds (odds_gate): not at all, always (a
# move-on whose reason says the odds), or through the move-on threshold.
FIXED, LOW, THRESHOLD = "fixed", "low", "threshold"


def odds_gate(timeline: Timeline, state: State, plan: FollowUpPlan) -> str:
    """How plan_next_action's answer depends on the odds, following its branches in order:
    FIXED (not at all), LOW (always the low-odds move-on, its reason saying the odds), or
    THRESHOLD (the low-odds move-on below `move_on_below`, else what does not read them).
    Lets the stored read model price a waiting application again under a new reply history
    without planning it again."""
    if not state.waiting or timeline.anchor is None or timeline.status is Status.GHOSTED:
        return FIXED
    if timeline.contact_trouble:  # plan_next_action's fix-contact branch
        return FIXED
    step = plan.pending()
    if step is None or step.on is None:
        return LOW
    if step.kind == THANK_YOU or (step.kind == MOVE_ON and step.on <= timeline.today):
        return FIXED
    return THRESHOLD


def low_odds_action(now: date, year: int, p_hear_back: float | None) -> NextAction:
    """Let go now: the odds of an answer are too low (the reason says them)."""
    percent = _percent(p_hear_back)
    return NextAction(LET_GO, now, lambda language: _low_odds_words(year, percent, language))


@lru_cache(maxsize=4096)
def _low_odds_words(year: int, percent: str, language: str) -> str:
    """The low-odds reason: one sentence per shown percent (thousands of rows share few)."""
    return render(phrase("why.low_odds", percent=percent), year, language)


def _settled(timeline: Timeline, state: State, now: date, calendar: BusinessCalendar) -> NextAction:
    """The move when nobody is waiting for the employer: reply, decide, or nothing to do."""
    year = timeline.today.year
    when = phrase("on_day", day=state.on) if state.on else ""
    if state.code == NOT_APPLIED:
        if state.on is not None:
            return NextAction(NOTHING, None, _said(year, "why.applies_later", day=state.on))
        return NextAction(NOTHING, None, _said(year, "why.not_applied"))
    if state.code == YOUR_MOVE:
        if state.by == INTERVIEW:
            day = calendar.next_business_day(timeline.anchor or now) or now
            why = _said(year, "why.interview", stage=stage_words(timeline.stage), day=day)
            return NextAction(WAIT, day, why, then="interview")
        if state.by == OFFER:
            return NextAction(REPLY, now, _said(year, "why.offer", on=when), then=DECIDE)
        key = "why.invited" if state.by == INVITE else "why.asked"
        return NextAction(REPLY, now, _said(year, key, day=state.on or now), then=state.by)
    closing = timeline.closing
    if closing is not None and closing.from_message:
        key = "why.rejection_message" if closing.by == "rejection" else "why.position_closed"
        return NextAction(LET_GO, now, _said(year, key, day=closing.on or ""))
    return NextAction(NOTHING, None, _said(year, f"why.{state.by}", on=when))


def _fix_contact(timeline: Timeline) -> Phrase:
    problem: str | Words | Phrase
    urgent = [p for p in timeline.contact_problems if is_urgent(p)]
    if urgent:
        problem = urgent[0].message
    else:
        problem = phrase("bounce", day=timeline.bounce_on or timeline.today)
    return phrase("why.fix_contact", problem=problem)


def _follow_up(step: Step, total: int, calendar: BusinessCalendar) -> Phrase:
    basis = _basis(step, calendar)
    return phrase("why.follow_up", n=step.number, total=total, basis=basis)


def _wait_follow_up(
    step: Step, total: int, timeline: Timeline, calendar: BusinessCalendar
) -> Phrase:
    assert step.on is not None
    if timeline.away is not None and timeline.away[1] > timeline.today:
        return phrase("why.wait_ooo", day=timeline.away[1], due=step.on)
    basis = _basis(step, calendar)
    return phrase("why.wait", n=step.number, total=total, due=step.on, basis=basis)


def _percent(p: float | None) -> str:
    p = p or 0.0
    return f"{p * 100:.0f}" if p >= 0.01 else f"{p * 100:.1f}"
