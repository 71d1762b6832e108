"""The user's own reply times: Kaplan-Meier with censoring, and blending it into the prior."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.timeline import Story, params
from unghost.domain.diagnosis import diagnose
from unghost.domain.history import (
    ReplyHistory,
    ReplyObservation,
    estimate_survival,
    list_reply_observations,
)
from unghost.domain.records import MessageKind, Status

# The 6-MP arm of Freireich et al. (1963), the textbook Kaplan-Meier example: weeks of remission,
# False where the patient was still in remission when last seen.
SIX_MP = [
    (6, True), (6, True), (6, True), (6, False), (7, True), (9, False), (10, True), (10, False),
    (11, False), (13, True), (16, True), (17, False), (19, False), (20, False), (22, True),
    (23, True), (25, False), (32, False), (32, False), (34, False), (35, False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("t", "expected"),
    [(5, 1.0), (6, 0.857), (7, 0.807), (10, 0.753), (13, 0.690), (16, 0.627), (22, 0.538),
     (23, 0.448), (35, 0.448)],
)  # fmt: skip
def test_kaplan_meier_matches_the_textbook_example(t: float, expected: float) -> None:
    curve = estimate_survival((float(w), r) for w, r in SIX_MP)
    assert curve.at(t) == pytest.approx(expected, abs=0.001)
    assert (curve.size, curve.events, curve.last_time) == (21, 9, 35.0)


def test_answers_are_counted_before_censored_waits_at_the_same_time() -> None:
    curve = estimate_survival([(5.0, False), (5.0, True)])
    assert curve.at(5.0) == pytest.approx(0.5)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.floats(min_value=0.0, max_value=100.0), st.booleans()), min_size=1, max_size=40
    )
)
def test_the_estimate_is_a_non_increasing_share(observations: list[tuple[float, bool]]) -> None:
    curve = estimate_survival(observations)
    values = [curve.at(t) for t in sorted({o[0] for o in observations} | {0.0, 200.0})]
    assert all(0.0 <= v <= 1.0 for v in values)
    assert values == sorted(values, reverse=True)
    if all(replied for _, replied in observations):
        assert curve.at(max(o[0] for o in observations)) == pytest.approx(0.0)
    if not any(replied for _, replied in observations):
        assert values == [1.0] * len(values)


def test_history_keeps_one_curve_per_phase() -> None:
    history = ReplyHistory.from_observations(
        [ReplyObservation(3.0, True, "interview"), ReplyObservation(9.0, False, "application")]
    )
    interview = history.curve("interview")
    assert interview is not None and interview.events == 1
    assert history.curve("application") is not None
    assert ReplyHistory.from_observations([]).curve("interview") is None


def test_past_applications_become_answered_and_censored_waits() -> None:
    answered = (
        Story("US")
        .applied("2026-03-02")
        .interview("2026-03-10")
        .received(MessageKind.REJECTION, "2026-03-17")
        .became(Status.REJECTED, "2026-03-17")
        .build("answered")
    )
    silent = Story("US").applied("2026-03-02").build("silent")
    invited = (
        Story("US")
        .applied("2026-03-02")
        .received(MessageKind.INTERVIEW_INVITE, "2026-03-05")
        .interview("2026-03-12")
        .build("invited")
    )
    observations = list_reply_observations([answered, silent, invited], date(2026, 3, 20), params())
    by_phase = sorted((o.phase, o.business_days, o.replied) for o in observations)
    assert by_phase == [
        ("application", 3.0, True),  # 2 Mar -> invitation on 5 Mar
        ("application", 6.0, True),  # 2 Mar -> interviewed on 10 Mar: invited by then
        ("application", 14.0, False),  # 2 Mar -> still silent on 20 Mar
        ("interview", 5.0, True),  # 10 Mar -> rejection on 17 Mar
        ("interview", 6.0, False),  # 12 Mar -> still silent on 20 Mar
    ]


def test_a_user_whose_employers_answer_fast_hears_worse_news_from_a_long_silence() -> None:
    story = Story("US").applied("2026-03-02").interview("2026-03-10").thank_you("2026-03-10")
    app = story.build()
    fast = ReplyHistory.from_observations(
        ReplyObservation(float(days), True, "interview") for days in [1, 2, 2, 3, 3, 2, 4, 1, 3, 2]
    )
    slow = ReplyHistory.from_observations(
        ReplyObservation(float(days), True, "interview") for days in [15, 20, 25, 18, 30, 22]
    )
    today = date(2026, 3, 24)
    prior = diagnose(app, today, params()).p_hear_back
    assert diagnose(app, today, params(), history=fast).p_hear_back < prior
    assert diagnose(app, today, params(), history=slow).p_hear_back > prior


def test_too_little_history_leaves_the_prior_alone() -> None:
    app = Story("US").applied("2026-03-02").interview("2026-03-10").build()
    tiny = ReplyHistory.from_observations([ReplyObservation(1.0, True, "interview")] * 2)
    today = date(2026, 3, 24)
    assert diagnose(app, today, params(), history=tiny).p_hear_back == pytest.approx(
        diagnose(app, today, params()).p_hear_back
    )
