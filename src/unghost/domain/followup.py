"""The follow-up policy: when to thank, when to follow up, and when to move on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from unghost.domain.employer import Employer
from unghost.domain.parameters import FollowUpParams, Window
from unghost.domain.timeline import APPLICATION, INTERVIEW, Timeline, thank_you_deadline

THANK_YOU, FOLLOW_UP, MOVE_ON = "thank-you", "follow-up", "move-on"


class Step(NamedTuple):
    """One planned message (or the decision to move on), with the day it is proposed for."""

    kind: str  # thank-you | follow-up | move-on
    number: int  # 1.. for follow-ups, 0 otherwise
    on: date | None  # proposed day: a plannable business day of the employer; None: too far
    due_by: date | None  # last day of the window; later is overdue
    done_on: date | None  # when it was sent
    basis: str  # counted from: interview | applied | decision | previous | schedule | received
    basis_on: date

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "number": self.number,
            "on": self.on.isoformat() if self.on else None,
            "due_by": self.due_by.isoformat() if self.due_by else None,
            "done_on": self.done_on.isoformat() if self.done_on else None,
        }


@dataclass(frozen=True, slots=True)
class FollowUpPlan:
    steps: tuple[Step, ...]
    total: int  # how many follow-ups the policy allows in this phase

    def pending(self) -> Step | None:
        """The first step not done yet (move-on is never done)."""
        for step in self.steps:
            if step.done_on is None:
                return step
        return None

    def first_follow_up(self) -> Step | None:
        return next((s for s in self.steps if s.kind == FOLLOW_UP), None)


_EMPTY = FollowUpPlan((), 0)


def _later(a: date | None, b: date | None) -> date | None:
    if a is None or b is None:
        return None
    return a if a >= b else b


def plan_follow_ups(
    timeline: Timeline,
    employer: Employer,
    policy: FollowUpParams,
    *,
    through_pending: bool = False,
) -> FollowUpPlan:
    """The thank-you, follow-ups and move-on day for an open application (pure).

    With `through_pending` the plan stops at the first step not yet done: all the next action
    needs, at a fraction of the cost (the agenda plans thousands of applications at once).
    """
    waiting = timeline.phase in (INTERVIEW, APPLICATION) and timeline.anchor is not None
    if timeline.closing is not None or not waiting:
        return _EMPTY
    capacity = employer.capacity
    calendar = capacity.calendar
    earliest: date | None = None
    if timeline.away is not None:
        back = timeline.away[1]
        earliest = capacity.add_plannable_days(back, policy.ooo_buffer_business_days)

    steps: list[Step] = []
    if timeline.phase == INTERVIEW:
        assert timeline.interview is not None and timeline.interview_on is not None
        start = timeline.interview_on
        deadline = thank_you_deadline(timeline.interview, policy.thank_you_within_hours)
        late_by = calendar.add_business_days(start, policy.thank_you_late_business_days)
        if timeline.thank_you_on is not None or (late_by is not None and timeline.today <= late_by):
            on = calendar.next_business_day(start)
            due = (
                deadline if calendar.covers(deadline) and calendar.is_business_day(deadline) else on
            )
            done = timeline.thank_you_on
            steps.append(Step(THANK_YOU, 0, on, _later(due, on), done, "interview", start))
            if done is None and through_pending:
                return FollowUpPlan(tuple(steps), policy.max_follow_ups)
        total = policy.max_follow_ups
        first: Window = policy.first_after_interview
        base: date = start
        basis = "interview"
        if timeline.decision_on is not None and timeline.decision_on >= start:
            first, basis, base = policy.first_after_decision_date, "decision", timeline.decision_on
        after, move_on = policy.next_after_previous, policy.move_on_after_last
    else:
        begun = timeline.applied_on or timeline.anchor
        assert begun is not None
        start = begun
        total = policy.application_max_follow_ups
        first, basis, base = policy.first_after_applying, "applied", start
        after, move_on = (
            policy.application_next_after_previous,
            policy.application_move_on_after_last,
        )
    received = timeline.last_received_on
    if received is not None and received > base:  # they wrote since: count from their note
        basis, base = "received", received
        first = policy.first_after_interview if timeline.phase == INTERVIEW else first

    window = first
    for number in range(1, total + 1):
        done = timeline.follow_ups[number - 1] if number <= len(timeline.follow_ups) else None
        on = capacity.add_plannable_days(base, window[0])
        if earliest is not None and on is not None and on < earliest:
            on = earliest
        due = _later(capacity.add_plannable_days(base, window[1]), on)
        steps.append(Step(FOLLOW_UP, number, on, due, done, basis, base))
        if done is None and through_pending:
            return FollowUpPlan(tuple(steps), total)
        if on is None and done is None:
            break
        # A follow-up sent early does not pull the schedule forward.
        if done is not None and (on is None or done >= on):
            basis, base = "previous", done
        elif on is not None:
            basis, base = ("schedule" if done is not None else "previous"), on
        window = after
        if received is not None and received > base:
            basis, base = "received", received
    if total == 0 or steps[-1].on is not None:
        on = capacity.add_plannable_days(base, move_on[0])
        due = _later(capacity.add_plannable_days(base, move_on[1]), on)
        steps.append(Step(MOVE_ON, 0, on, due, None, basis, base))
    return FollowUpPlan(tuple(steps), total)
