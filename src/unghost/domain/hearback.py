"""The hear-back model: a mixture-cure log-normal wait in effective business days."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from unghost.domain.capacity import Capacity
from unghost.domain.employer import Employer
from unghost.domain.history import ReplyHistory, SurvivalCurve
from unghost.domain.parameters import HearBackParams
from unghost.domain.timeline import APPLICATION, DEFAULT, Timeline

_SQRT2 = math.sqrt(2.0)
_TINY = 1e-12
_BISECTIONS = 48


def survival(t: float, mu: float, sigma: float) -> float:
    """Share of log-normal waits (median e^mu) still running after t."""
    if t <= 0.0:
        return 1.0
    return 0.5 * math.erfc((math.log(t) - mu) / (sigma * _SQRT2))


def time_at_survival(share: float, mu: float, sigma: float) -> float:
    """The t at which `share` of log-normal waits are still running (0 < share < 1)."""
    from statistics import NormalDist  # on first use: its import (decimal, fractions) is slow

    return math.exp(mu - sigma * NormalDist().inv_cdf(share))


@dataclass(slots=True)
class Wait:
    """The wait for an answer, as the model sees it; times are effective business days."""

    anchor: date
    cure: float  # chance they never answer, after the evidence
    mu: float
    sigma: float
    expected: float  # median time to an answer among employers who answer
    away: tuple[date, date] | None  # days the contact is away: [from, back) do not count
    curve: SurvivalCurve | None = None  # the user's own reply times, when there are enough
    weight: float = 0.0  # weight of the user's curve against the prior

    def silence(self, capacity: Capacity, day: date) -> float:
        """Effective business days of silence from the anchor through `day`."""
        elapsed = capacity.elapsed(self.anchor, day)
        if self.away is not None:
            start, back = self.away
            lo = max(start, self.anchor)
            hi = min(back - timedelta(days=1), day)
            if hi > lo:
                elapsed -= capacity.elapsed(lo, hi)
        return elapsed

    def _prior_unconditional(self, t: float) -> float:
        return self.cure + (1.0 - self.cure) * survival(t, self.mu, self.sigma)

    def _blend(self, t: float) -> tuple[float, float]:
        """(share still silent at t, blended cure) with the user's history mixed in."""
        curve = self.curve
        if curve is None:
            return self._prior_unconditional(t), self.cure
        w = self.weight
        plateau = curve.at(curve.last_time)
        cure = w * plateau + (1.0 - w) * self.cure
        if t <= curve.last_time:
            return w * curve.at(t) + (1.0 - w) * self._prior_unconditional(t), cure
        at_last = w * plateau + (1.0 - w) * self._prior_unconditional(curve.last_time)
        ratio = survival(t, self.mu, self.sigma) / max(
            survival(curve.last_time, self.mu, self.sigma), _TINY
        )
        return cure + (at_last - cure) * ratio, cure

    def without_history(self) -> Wait:
        """The same wait as the published priors alone see it."""
        return Wait(self.anchor, self.cure, self.mu, self.sigma, self.expected, self.away)

    def p_hear_back(self, t: float) -> float:
        """Chance an answer still comes after t effective business days of silence."""
        if self.curve is None:
            waiting = (1.0 - self.cure) * survival(t, self.mu, self.sigma)
            total = self.cure + waiting
            return waiting / total if total > _TINY else 0.0
        silent, cure = self._blend(t)
        return max(0.0, 1.0 - cure / silent) if silent > _TINY else 0.0

    def remaining(self, t: float, share: float) -> float | None:
        """Effective time x >= t by which `share` of the answers still to come have come."""
        if self.curve is None:
            left = (1.0 - share) * survival(t, self.mu, self.sigma)
            if left <= _TINY:
                return None
            return max(time_at_survival(left, self.mu, self.sigma), t)
        silent, cure = self._blend(t)
        target = cure + (1.0 - share) * (silent - cure)
        if silent - cure <= _TINY:
            return None
        curve = self.curve
        if t <= curve.last_time and self._blend(curve.last_time)[0] <= target:
            lo, hi = t, curve.last_time
            for _ in range(_BISECTIONS):
                mid = (lo + hi) / 2
                lo, hi = (lo, mid) if self._blend(mid)[0] <= target else (mid, hi)
            return hi
        at_last = self._blend(curve.last_time)[0]
        left = survival(curve.last_time, self.mu, self.sigma) * (target - cure) / (at_last - cure)
        if left <= _TINY:
            return None
        return max(time_at_survival(min(left, 1.0 - _TINY), self.mu, self.sigma), t)

    def date_of(self, capacity: Capacity, amount: float) -> date | None:
        """The day on which `amount` effective business days of silence have passed."""
        day = capacity.date_after(self.anchor, amount)
        if day is None or self.away is None:
            return day
        start, back = self.away
        if day <= max(start, self.anchor):
            return day
        paused = capacity.elapsed(max(start, self.anchor), back - timedelta(days=1))
        later = capacity.date_after(self.anchor, amount + paused)
        return later if later is None or later >= back else back


def _odds_update(cure: float, ratio: float) -> float:
    odds = (1.0 - cure) / max(cure, _TINY) * ratio
    return 1.0 / (1.0 + odds)


def plan_wait(
    timeline: Timeline,
    employer: Employer,
    hearback: HearBackParams,
    *,
    history: ReplyHistory | None = None,
) -> Wait:
    """The wait model for this application, its cure fraction moved by the evidence."""
    assert timeline.anchor is not None
    phase_model = hearback.application if timeline.phase == APPLICATION else hearback.interview
    stage = DEFAULT if timeline.phase == APPLICATION else timeline.stage
    capacity = employer.capacity
    decided = timeline.decision_on
    if decided is not None and decided > timeline.anchor:
        expected = capacity.elapsed(timeline.anchor, decided) + hearback.decision_slip_business_days
        sigma = hearback.decision_sigma
    else:
        expected = phase_model.median_business_days[stage] * employer.pace
        sigma = phase_model.sigma
    expected = max(expected, 1.0)
    cure = phase_model.cure_fraction
    lr = hearback.likelihood_ratio
    window = hearback.answer_window_business_days
    today = timeline.today
    for sent in timeline.follow_ups:
        if sent < timeline.anchor:
            continue
        answered_by = capacity.calendar.add_business_days(sent, window)
        key = "follow_up_unanswered" if answered_by and answered_by <= today else "follow_up_sent"
        cure = _odds_update(cure, lr[key])
    for key, present in (
        ("still_deciding", timeline.still_deciding_on is not None),
        ("posting_closed", timeline.posting_closed_on is not None),
        ("posting_reposted", timeline.posting_reposted_on is not None),
        ("reorganisation", "reorganisation" in timeline.signals),
        ("position_filled", "position-filled" in timeline.signals),
        ("requisition_cancelled", "requisition-cancelled" in timeline.signals),
        ("contact_problem", timeline.contact_trouble),
    ):
        if present:
            cure = _odds_update(cure, lr[key])
    if employer_freeze(timeline, employer):
        cure = _odds_update(cure, lr["hiring_freeze"])
    away = (timeline.away[0], timeline.away[1]) if timeline.away else None
    curve, weight = history_curve(history, timeline.phase, hearback)
    return Wait(
        anchor=timeline.anchor,
        cure=cure,
        mu=math.log(expected),
        sigma=sigma,
        expected=expected,
        away=away,
        curve=curve,
        weight=weight,
    )


def history_curve(
    history: ReplyHistory | None, phase: str, hearback: HearBackParams
) -> tuple[SurvivalCurve | None, float]:
    """The user's own curve for `phase` and its weight against the prior ((None, 0) when
    there are too few informative waits)."""
    if history is None:
        return None, 0.0
    found = history.curve(phase)
    n = found.observations if found is not None else 0
    if found is None or n < hearback.history_min_observations:
        return None, 0.0
    return found, n / (n + hearback.history_prior_strength)


def employer_freeze(timeline: Timeline, employer: Employer) -> bool:
    """A hiring freeze known from the company record or from the employer's mail."""
    return "hiring-freeze" in timeline.signals or employer.hiring_freeze
