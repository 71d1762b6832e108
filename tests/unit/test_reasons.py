"""The nine reasons: the published base rates, how silence moves them, and their arithmetic."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.timeline import Story, params, probability
from unghost.domain.evidence import PATTERN_SIGNAL_KINDS
from unghost.domain.reasons import REASON_CODES, Tally, prior_weights
from unghost.domain.records import MessageKind, Status


def shares(excess: float, *, application: bool = False) -> dict[str, float]:
    """Both sides of the silence together: the published prior, decayed by the silence."""
    late, never = prior_weights(params(), application, excess)
    weights = [a + b for a, b in zip(late, never, strict=True)]
    total = sum(weights)
    return {code: w / total for code, w in zip(REASON_CODES, weights, strict=True)}


def test_there_are_nine_reasons_and_the_priors_sum_to_one() -> None:
    assert REASON_CODES == (
        "no-follow-up",
        "contact-info",
        "no-hurry",
        "holiday",
        "budget",
        "busy",
        "offer-elsewhere",
        "position-gone",
        "silent-rejection",
    )
    bases = params().reasons.bases
    assert sum(b.prior_interview for b in bases) == pytest.approx(1.0)
    assert sum(b.prior_application for b in bases) == pytest.approx(1.0)


def test_at_the_expected_date_the_reasons_are_the_published_priors() -> None:
    at_day_10 = shares(0.0)
    # research B3, day 10: r3 no-hurry .27, r9 silent rejection .18, r6/r7 .12 ...
    assert at_day_10["no-hurry"] == pytest.approx(0.27)
    assert at_day_10["silent-rejection"] == pytest.approx(0.18)
    assert at_day_10["offer-elsewhere"] == pytest.approx(0.12)


@pytest.mark.parametrize(
    ("excess", "silent", "no_hurry"),
    # research B3 posteriors at day 28 and day 42 (calendar), i.e. 13 and 23 business days past
    # the expected day 10 (7 business days): silent rejection .29/.35, no-hurry .17/.11.
    [(13.0, 0.29, 0.17), (23.0, 0.35, 0.11)],
)
def test_silence_past_the_expected_date_moves_weight_as_published(
    excess: float, silent: float, no_hurry: float
) -> None:
    later = shares(excess)
    assert later["silent-rejection"] == pytest.approx(silent, abs=0.04)
    assert later["no-hurry"] == pytest.approx(no_hurry, abs=0.04)


@settings(max_examples=200, deadline=None)
@given(
    excess=st.floats(min_value=0.0, max_value=200.0),
    more=st.floats(min_value=0.0, max_value=100.0),
    application=st.booleans(),
)
def test_silent_rejection_grows_with_silence(excess: float, more: float, application: bool) -> None:
    now = shares(excess, application=application)["silent-rejection"]
    later = shares(excess + more, application=application)["silent-rejection"]
    assert later >= now - 1e-12


@settings(max_examples=200, deadline=None)
@given(
    weights=st.lists(st.floats(min_value=0.0, max_value=1e6), min_size=9, max_size=9),
)
def test_scores_are_probabilities_that_sum_to_one_in_descending_order(
    weights: list[float],
) -> None:
    tally = Tally(list(weights), list(reversed(weights)))
    scores = tally.scores(2026, 0.4)
    assert sorted(s.code for s in scores) == sorted(REASON_CODES)
    assert all(0.0 <= s.probability <= 1.0 for s in scores)
    assert sum(s.probability for s in scores) == pytest.approx(1.0)
    assert [s.probability for s in scores] == sorted((s.probability for s in scores), reverse=True)


def test_ties_keep_the_order_of_the_reason_list() -> None:
    scores = Tally([1.0] * 9).scores(2026, 1.0)
    assert [s.code for s in scores] == list(REASON_CODES)


STORY_DAYS = st.dates(min_value=date(2025, 2, 1), max_value=date(2026, 10, 31))


@st.composite
def stories(draw: st.DrawFn) -> tuple[Story, date]:
    country = draw(st.sampled_from(["US", "CN", "JP", "FR", "GB", "DE"]))
    industry = draw(st.sampled_from([None, "retail", "accounting", "software", "government"]))
    story = Story(
        country,
        industry=industry,
        new_position=draw(st.sampled_from([None, True, False])),
        hiring_freeze=draw(st.booleans()),
        funding_pending=draw(st.booleans()),
        fiscal_year_end_month=draw(st.sampled_from([None, 3, 6, 12])),
    )
    applied = draw(STORY_DAYS)
    story.applied(applied.isoformat())
    cursor = applied
    if draw(st.booleans()):
        cursor += timedelta(days=draw(st.integers(1, 30)))
        decide = cursor + timedelta(days=draw(st.integers(1, 20))) if draw(st.booleans()) else None
        story.interview(
            cursor.isoformat(),
            stage=draw(st.sampled_from(["phone-screen", "onsite", "final"])),
            decide_by=decide.isoformat() if decide else None,
            remaining=draw(st.sampled_from([None, 0, 1, 4])),
        )
        if draw(st.booleans()):
            story.thank_you(cursor.isoformat())
    for _ in range(draw(st.integers(0, 3))):
        cursor += timedelta(days=draw(st.integers(1, 12)))
        kind = draw(
            st.sampled_from(
                [
                    MessageKind.FOLLOW_UP,
                    MessageKind.STILL_DECIDING,
                    MessageKind.OUT_OF_OFFICE,
                    MessageKind.BOUNCE,
                    MessageKind.ACKNOWLEDGEMENT,
                    MessageKind.INTERVIEW_INVITE,
                    MessageKind.INFO_REQUEST,
                    MessageKind.OTHER,
                ]
            )
        )
        if kind is MessageKind.FOLLOW_UP:
            story.follow_up(cursor.isoformat())
        elif kind is MessageKind.OTHER:
            story.sent(kind, cursor.isoformat())  # e.g. the reply to their invitation
        elif kind is MessageKind.OUT_OF_OFFICE:
            back = cursor + timedelta(days=draw(st.integers(1, 15)))
            story.out_of_office(cursor.isoformat(), back.isoformat())
        else:
            story.received(kind, cursor.isoformat())
    if draw(st.booleans()):
        story.posting(
            draw(st.sampled_from(["open", "closed", "reposted", "unreachable"])),
            (cursor + timedelta(days=1)).isoformat(),
        )
    if draw(st.booleans()):
        story.signal(
            draw(st.sampled_from(sorted(PATTERN_SIGNAL_KINDS))),
            cursor.isoformat(),
        )
    if draw(st.booleans()):
        story.problem("email-typo", "me@gmial.com", "Your email looks mistyped.")
    if draw(st.integers(0, 5)) == 0:
        story.became(
            draw(st.sampled_from([Status.REJECTED, Status.GHOSTED, Status.OFFER])),
            cursor.isoformat(),
        )
    today = cursor + timedelta(days=draw(st.integers(0, 90)))
    return story, today


@settings(max_examples=120, deadline=None)
@given(case=stories())
def test_any_timeline_gives_nine_probabilities_summing_to_one(case: tuple[Story, date]) -> None:
    story, today = case
    d = story.diagnose(today.isoformat())
    if d.state.code != "waiting":
        assert d.reasons == () and d.p_hear_back is None
        return
    assert sorted(r.code for r in d.reasons) == sorted(REASON_CODES)
    assert all(0.0 <= r.probability <= 1.0 for r in d.reasons)
    assert sum(r.probability for r in d.reasons) == pytest.approx(1.0)
    assert d.p_hear_back is not None and 0.0 <= d.p_hear_back <= 1.0
    assert all(r.advice for r in d.reasons)


def test_evidence_only_ever_names_the_reason_it_moves() -> None:
    d = (
        Story("US", hiring_freeze=True)
        .applied("2026-03-02")
        .interview("2026-03-10")
        .diagnose("2026-03-24")
    )
    assert any(
        "hiring freeze" in e for r in d.reasons if r.code == "position-gone" for e in r.evidence
    )
    assert probability(d, "position-gone") > shares(0.0)["position-gone"]
