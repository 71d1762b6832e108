"""Calibration of p_hear_back on a population simulated from the model's own priors.

Employers are drawn as the model describes them: a share `cure` never answers, the others answer
after a log-normal number of effective business days (holidays, slow periods and busy seasons of
the employer's calendar stretch it). Each case is looked at on a random later day while still
silent, and the odds shown then are compared with whether an answer came after all."""

from __future__ import annotations

import math
import random
from datetime import date, datetime, timedelta, timezone

from unghost.domain.diagnosis import assess
from unghost.domain.parameters import Parameters
from unghost.domain.records import (
    Application,
    Company,
    Direction,
    Interview,
    Message,
    MessageKind,
    Role,
    Status,
)

PLACES = [("US", -5), ("CN", 8), ("JP", 9), ("FR", 1), ("GB", 0), ("DE", 1), ("IN", 5.5)]
STAGES = [None, "phone-screen", "onsite", "final"]
BINS = 10


def _case(rng: random.Random, start: date) -> Application:
    country, offset = rng.choice(PLACES)
    zone = timezone(timedelta(hours=offset))
    applied = start + timedelta(days=rng.randint(0, 400))
    interviews, messages, status = [], [], Status.APPLIED
    stage = rng.choice(STAGES)
    if stage is not None:
        status = Status.INTERVIEWING
        at = datetime.combine(applied + timedelta(days=rng.randint(5, 20)), datetime.min.time())
        at = at.replace(hour=10, tzinfo=zone)
        interviews.append(Interview(at=at, stage=stage))
        messages.append(Message(at + timedelta(hours=6), Direction.SENT, MessageKind.THANK_YOU))
    return Application(
        ref=f"sim-{rng.random():.12f}",
        company=Company(name="Sim", country=country, industry=rng.choice([None, "Retail"])),
        role=Role(title="Analyst"),
        status=status,
        applied_on=applied,
        interviews=interviews,
        messages=messages,
    )


def simulate(params: Parameters, n: int, seed: int = 11) -> list[tuple[float, bool]]:
    """(p_hear_back shown, answered later) for `n` silent cases drawn from the priors."""
    rng = random.Random(seed)
    out: list[tuple[float, bool]] = []
    while len(out) < n:
        app = _case(rng, date(2025, 1, 6))
        anchor_day = app.interviews[0].at.date() if app.interviews else app.applied_on
        assert anchor_day is not None
        first = assess(app, anchor_day, params)
        wait = first.wait
        if wait is None:
            continue
        capacity = first.employer.capacity
        never = rng.random() < wait.cure
        answer_on = None
        if not never:
            t = math.exp(wait.mu + wait.sigma * rng.gauss(0.0, 1.0))
            answer_on = wait.date_of(capacity, t)
            if answer_on is None:  # beyond the calendar: it never came within the horizon
                never = True
        look = anchor_day + timedelta(days=rng.randint(1, 120))
        if answer_on is not None and answer_on <= look:
            continue  # already answered: nobody asks for the odds of a silence that ended
        p = assess(app, look, params, full_plan=False).p_hear_back
        if p is not None:
            out.append((p, not never))
    return out


def calibration_rows(params: Parameters, n: int = 20_000) -> list[dict]:
    cases = simulate(params, n)
    rows = []
    for b in range(BINS):
        lo, hi = b / BINS, (b + 1) / BINS
        inside = [(p, a) for p, a in cases if lo <= p < hi or (b == BINS - 1 and p == 1.0)]
        shown = sum(p for p, _ in inside) / len(inside) if inside else float("nan")
        answered = sum(a for _, a in inside) / len(inside) if inside else float("nan")
        rows.append(
            {
                "name": f"calibration: shown {lo:.0%}–{hi:.0%}",
                "value": answered * 100,
                "unit": "% answered",
                "baseline": "",
                "ratio": None,
                "goal": f"≈ {shown * 100:.0f}% (mean shown)" if inside else "",
                "note": f"{len(inside)} silent cases of {len(cases)} simulated from the priors"
                if inside
                else "no case: the odds never start above 1 - cure (75% after an interview)",
            }
        )
    return rows
