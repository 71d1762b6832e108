"""The hear-back model: the published curve, evidence, decision dates, away days and history."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.timeline import Story, params
from unghost.domain.hearback import Wait, survival, time_at_survival
from unghost.domain.history import ReplyHistory, ReplyObservation
from unghost.domain.records import MessageKind


def default_wait(cure: float = 0.25, median: float = 7.0, sigma: float = 0.8) -> Wait:
    return Wait(
        anchor=date(2026, 3, 2),
        cure=cure,
        mu=math.log(median),
        sigma=sigma,
        expected=median,
        away=None,
    )


@pytest.mark.parametrize(
    ("business_days", "published"),
    # research B1: P(will still hear back | silent so far) at 14, 21, 28 and 42 calendar days.
    [(10, 0.50), (15, 0.35), (20, 0.23), (30, 0.10)],
)
def test_default_interview_model_reproduces_the_published_curve(
    business_days: int, published: float
) -> None:
    hearback = params().hearback
    median = hearback.interview.median_business_days["middle"]
    wait = default_wait(hearback.interview.cure_fraction, median, hearback.interview.sigma)
    assert wait.p_hear_back(business_days) == pytest.approx(published, abs=0.025)


def test_before_any_silence_the_chance_is_everyone_who_ever_answers() -> None:
    assert default_wait(cure=0.25).p_hear_back(0.0) == pytest.approx(0.75)


@settings(max_examples=300, deadline=None)
@given(
    cure=st.floats(min_value=0.0, max_value=0.99),
    median=st.floats(min_value=1.0, max_value=60.0),
    sigma=st.floats(min_value=0.2, max_value=2.0),
    t=st.floats(min_value=0.0, max_value=300.0),
    more=st.floats(min_value=0.0, max_value=100.0),
)
def test_p_hear_back_stays_in_range_and_never_rises_with_silence(
    cure: float, median: float, sigma: float, t: float, more: float
) -> None:
    wait = default_wait(cure, median, sigma)
    now, later = wait.p_hear_back(t), wait.p_hear_back(t + more)
    assert 0.0 <= later <= now + 1e-12 <= 1.0 + 1e-12


@settings(max_examples=200, deadline=None)
@given(
    median=st.floats(min_value=1.0, max_value=60.0),
    sigma=st.floats(min_value=0.2, max_value=2.0),
    share=st.floats(min_value=0.001, max_value=0.999),
)
def test_time_at_survival_inverts_survival(median: float, sigma: float, share: float) -> None:
    mu = math.log(median)
    assert survival(time_at_survival(share, mu, sigma), mu, sigma) == pytest.approx(share, rel=1e-6)


@settings(max_examples=200, deadline=None)
@given(t=st.floats(min_value=0.0, max_value=60.0))
def test_the_80th_percentile_of_the_remaining_wait_is_after_the_median(t: float) -> None:
    wait = default_wait()
    p50, p80 = wait.remaining(t, 0.5), wait.remaining(t, 0.8)
    assert p50 is not None and p80 is not None
    assert t <= p50 < p80
    # Among answers still to come, half have come by p50.
    left = survival(t, wait.mu, wait.sigma)
    assert survival(p50, wait.mu, wait.sigma) == pytest.approx(left / 2, rel=1e-6)


def test_unanswered_follow_ups_lower_the_chance_and_a_still_deciding_note_raises_it() -> None:
    base = Story("US").applied("2026-03-02").interview("2026-03-10").thank_you("2026-03-10")
    quiet = base.diagnose("2026-03-27").p_hear_back
    chased = (
        Story("US")
        .applied("2026-03-02")
        .interview("2026-03-10")
        .thank_you("2026-03-10")
        .follow_up("2026-03-17")
        .diagnose("2026-03-27")
    )
    assert chased.p_hear_back < quiet
    updated = (
        Story("US")
        .applied("2026-03-02")
        .interview("2026-03-10")
        .thank_you("2026-03-10")
        .received(MessageKind.STILL_DECIDING, "2026-03-20")
        .diagnose("2026-03-27")
    )
    assert updated.p_hear_back > quiet
    assert updated.silent_since == date(2026, 3, 20)  # the silence restarts at their note


def test_a_decision_date_centres_the_expected_reply_on_it() -> None:
    story = Story("US").applied("2026-03-02").interview("2026-03-03", decide_by="2026-03-31")
    d = story.thank_you("2026-03-03").diagnose("2026-03-05")
    assert d.p50 is not None and d.p80 is not None
    # Median a business day past the date given (slip 1), p80 later still.
    assert date(2026, 3, 31) <= d.p50 <= date(2026, 4, 3)
    assert d.p80 > d.p50
    # Without the date the published median (7 business days) applies: a much earlier p50.
    plain = Story("US").applied("2026-03-02").interview("2026-03-03").diagnose("2026-03-05")
    assert plain.p50 is not None and plain.p50 < date(2026, 3, 20)


def test_days_a_contact_is_away_do_not_count_as_silence() -> None:
    here = Story("DE").applied("2026-05-01").interview("2026-05-12").thank_you("2026-05-12")
    away = Story("DE").applied("2026-05-01").interview("2026-05-12").thank_you("2026-05-12")
    away.out_of_office("2026-05-15", "2026-06-01")
    p_here = here.diagnose("2026-05-29").p_hear_back
    p_away = away.diagnose("2026-05-29").p_hear_back
    assert p_away > p_here
    # Silence does not grow while they are away.
    assert away.diagnose("2026-05-20").p_hear_back == pytest.approx(
        away.diagnose("2026-05-29").p_hear_back
    )
    # Their answer is not expected before they are back.
    p50 = away.diagnose("2026-05-20").p50
    assert p50 is not None and p50 >= date(2026, 6, 1)


def test_country_and_industry_stretch_the_wait() -> None:
    us = Story("US").applied("2026-03-02").interview("2026-03-10").diagnose("2026-03-24")
    fr = Story("FR").applied("2026-03-02").interview("2026-03-10").diagnose("2026-03-24")
    gov = (
        Story("US", industry="Government")
        .applied("2026-03-02")
        .interview("2026-03-10")
        .diagnose("2026-03-24")
    )
    # Glassdoor 2017: France 38.9 days and US government 53.8 days against 23.8 for the US.
    assert fr.p_hear_back > us.p_hear_back
    assert gov.p_hear_back > fr.p_hear_back


def test_final_rounds_take_longer_than_screens() -> None:
    screen = Story("GB").applied("2026-03-02").interview("2026-03-10", stage="phone-screen")
    final = Story("GB").applied("2026-03-02").interview("2026-03-10", stage="final")
    assert final.diagnose("2026-03-20").p_hear_back > screen.diagnose("2026-03-20").p_hear_back


def history(days: list[float], replied: list[bool]) -> ReplyHistory:
    return ReplyHistory.from_observations(
        ReplyObservation(d, r, "interview") for d, r in zip(days, replied, strict=True)
    )


def test_a_fast_replying_history_makes_late_silence_worse_news() -> None:
    fast = history([1, 2, 2, 3, 3, 4, 2, 1, 3, 2, 4, 3], [True] * 12)
    prior = default_wait()
    informed = Wait(**{**_fields(prior), "curve": fast.interview, "weight": 12 / 22})
    assert informed.p_hear_back(10.0) < prior.p_hear_back(10.0)
    assert informed.p_hear_back(1.0) > informed.p_hear_back(5.0) >= informed.p_hear_back(20.0)


def test_a_slow_replying_history_leaves_more_hope() -> None:
    slow = history([20, 25, 30, 22, 28, 35, 40, 26, 24, 33], [True] * 10)
    prior = default_wait()
    informed = Wait(**{**_fields(prior), "curve": slow.interview, "weight": 10 / 20})
    assert informed.p_hear_back(10.0) > prior.p_hear_back(10.0)
    p50, prior_p50 = informed.remaining(10.0, 0.5), prior.remaining(10.0, 0.5)
    assert p50 is not None and prior_p50 is not None and p50 > prior_p50


@settings(max_examples=100, deadline=None)
@given(
    observations=st.lists(
        st.tuples(st.floats(min_value=0.0, max_value=60.0), st.booleans()), min_size=3, max_size=30
    ),
    t=st.floats(min_value=0.0, max_value=80.0),
    more=st.floats(min_value=0.0, max_value=40.0),
)
def test_with_history_p_hear_back_still_never_rises_with_silence(
    observations: list[tuple[float, bool]], t: float, more: float
) -> None:
    curve = history([o[0] for o in observations], [o[1] for o in observations]).interview
    assert curve is not None
    weight = curve.size / (curve.size + 10)
    wait = Wait(**{**_fields(default_wait()), "curve": curve, "weight": weight})
    now, later = wait.p_hear_back(t), wait.p_hear_back(t + more)
    assert 0.0 <= later <= now + 1e-12 <= 1.0 + 1e-12
    p50, p80 = wait.remaining(t, 0.5), wait.remaining(t, 0.8)
    if p50 is not None and p80 is not None:
        assert t <= p50 <= p80 + 1e-9


def _fields(wait: Wait) -> dict[str, object]:
    return {name: getattr(wait, name) for name in wait.__dataclass_fields__}


def test_expected_dates_are_business_days_of_the_employer() -> None:
    d = Story("CN").applied("2025-09-10").interview("2025-09-26").diagnose("2025-09-29")
    assert d.p50 is not None and d.p80 is not None
    golden_week = {date(2025, 10, 1) + timedelta(days=i) for i in range(8)}
    assert d.p50 not in golden_week and d.p80 not in golden_week
    assert d.p50.weekday() < 5 or d.p50 in {date(2025, 9, 28), date(2025, 10, 11)}
