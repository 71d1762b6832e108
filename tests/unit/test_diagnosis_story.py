"""The diagnosis tells one true story: whose move it is, odds and reasons that agree (en, zh)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings

from tests.unit.test_reasons import stories
from tests.unit.timeline import Story, params, probability, ranks
from unghost.domain.diagnosis import diagnose
from unghost.domain.history import ReplyHistory, ReplyObservation
from unghost.domain.reasons import NO_ANSWER_CODES
from unghost.domain.records import MessageKind, Status

TOLERANCE = 0.05


def onsite() -> Story:
    return Story("US").applied("2026-03-02").interview("2026-03-10").thank_you("2026-03-10")


def test_an_offer_is_yours_to_decide_with_no_silence_and_no_reasons() -> None:
    d = onsite().received(MessageKind.OFFER, "2026-03-18").diagnose("2026-04-02")
    out, zh = d.to_dict(), d.to_dict("zh")
    assert out["state"] == "your-move" and out["reasons"] == [] and out["p_hear_back"] is None
    assert out["silence"] == {"since": None, "business_days": None}
    assert out["next_action"]["kind"] == "reply" and out["next_action"]["reply_to"] == "decide"
    assert out["next_action"]["why"] == (
        "They made you an offer on 18 Mar: decide, and give them your answer."
    )
    assert zh["next_action"]["why"] == "对方已向你发出录用通知（3月18日）：请做出决定并答复对方。"


def test_an_invitation_asking_for_availability_is_yours_to_answer_today() -> None:
    d = onsite().received(MessageKind.INTERVIEW_INVITE, "2026-03-18").diagnose("2026-03-19")
    assert d.state.code == "your-move" and d.reasons == () and d.silence_business_days is None
    assert (d.next_action.kind, d.next_action.on) == ("reply", date(2026, 3, 19))
    assert (
        d.next_action.why
        == "They invited you to interview on 18 Mar: reply with your availability."
    )
    assert d.next_action.why_in("zh") == "对方在3月18日邀请你参加面试：请回复你方便的时间。"
    on_saturday = onsite().received(MessageKind.INFO_REQUEST, "2026-03-20").diagnose("2026-03-21")
    assert on_saturday.next_action.on == date(2026, 3, 23)  # the next business day
    assert on_saturday.next_action.why_in("zh") == "对方在3月20日向你索要材料或信息：请发给他们。"


def test_once_you_reply_the_silence_counts_from_your_reply() -> None:
    story = onsite().received(MessageKind.INTERVIEW_INVITE, "2026-03-18")
    d = story.sent(MessageKind.OTHER, "2026-03-19").diagnose("2026-03-26")
    assert d.state.code == "waiting" and d.silent_since == date(2026, 3, 19)
    assert d.silence_business_days == 5
    assert any(
        "since your reply on 19 Mar" in e
        for e in d.reasons[0].evidence + tuple(e for r in d.reasons for e in r.evidence)
    )


def test_a_rejection_closes_it_and_explains_nothing() -> None:
    d = onsite().became(Status.REJECTED, "2026-03-20").diagnose("2026-04-10")
    assert d.to_dict()["state"] == "closed" and d.reasons == () and d.p_hear_back is None
    assert d.next_action.why == "They answered: the application was rejected on 20 Mar."
    assert d.next_action.why_in("zh") == "对方已答复：申请未通过（3月20日）。"


def test_a_saved_job_and_a_future_application_date_are_not_applied_and_never_negative() -> None:
    saved = Story("US", status=Status.SAVED).diagnose("2026-03-10")
    later = Story("US").applied("2026-06-01").diagnose("2026-03-10")
    for d in (saved, later):
        assert d.state.code == "not-applied" and d.reasons == () and d.p_hear_back is None
        assert d.silence_business_days is None
    assert later.next_action.why == "You plan to apply on 1 Jun; nothing to wait for yet."
    assert later.next_action.why_in("zh") == "你计划在6月1日投递申请，现在还没有需要等待的答复。"


def test_four_months_after_an_onsite_with_two_follow_ups_silent_rejection_carries_the_odds() -> (
    None
):
    d = onsite().follow_up("2026-03-18").follow_up("2026-03-30").diagnose("2026-07-10")
    assert d.p_hear_back is not None and d.p_hear_back < 0.1
    assert ranks(d)[0] == "silent-rejection"
    assert probability(d, "silent-rejection") == pytest.approx(
        (1 - d.p_hear_back)
        * next(r.if_no_answer for r in d.reasons if r.code == "silent-rejection")
    )


def test_the_day_after_a_final_with_a_thank_you_silent_rejection_is_small() -> None:
    d = (
        Story("US").applied("2026-03-02").interview("2026-03-10", stage="final")
        .thank_you("2026-03-10").diagnose("2026-03-11")
    )  # fmt: skip
    assert d.p_hear_back is not None and d.p_hear_back > 0.7
    assert probability(d, "silent-rejection") <= 0.3


def test_we_went_with_another_candidate_reaches_offer_elsewhere() -> None:
    story = onsite().signal("position-filled", "2026-03-20")
    d = story.diagnose("2026-04-20")
    plain = onsite().diagnose("2026-04-20")
    assert ranks(d)[0] == "offer-elsewhere"
    assert d.p_hear_back is not None and plain.p_hear_back is not None
    assert d.p_hear_back < plain.p_hear_back
    assert "They wrote on 20 Mar that the position went to someone else." in next(
        r.evidence for r in d.reasons if r.code == "offer-elsewhere"
    )
    zh = next(r for r in d.to_dict("zh")["reasons"] if r["code"] == "offer-elsewhere")
    assert "对方在3月20日来信说该职位已由其他人选填补。" in zh["evidence"]


def test_other_candidates_and_a_new_position_slow_them_down() -> None:
    d = onsite().signal("other-candidates", "2026-03-12").signal("new-position", "2026-03-12")
    lines = next(r.evidence for r in d.diagnose("2026-03-20").reasons if r.code == "no-hurry")
    assert "They wrote on 12 Mar that they are still seeing other candidates." in lines
    assert "They wrote on 12 Mar that this is a new position." in lines


def test_your_own_history_moves_the_odds_and_says_so() -> None:
    app = Story("US").applied("2026-03-02").interview("2026-03-10", stage="phone-screen").build()
    rarely = ReplyHistory.from_observations(
        [ReplyObservation(3.0, True)] * 2 + [ReplyObservation(40.0, False)] * 7, young=10.0
    )
    d = diagnose(app, date(2026, 3, 11), params(), history=rarely)
    out = d.to_dict()
    assert out["history"]["observations"] == 9 and out["history"]["answered"] == 2
    assert out["history"]["p_without"] > out["p_hear_back"]
    assert out["history"]["evidence"].startswith(
        "Your own applications were answered 2 out of 9; that lowers the odds from 75% to"
    )
    assert d.to_dict("zh")["history"]["evidence"].startswith("你自己的申请中有2次得到答复（共9次）")
    sr = next(r for r in out["reasons"] if r["code"] == "silent-rejection")
    assert out["history"]["evidence"] in sr["evidence"]


def test_fresh_imports_are_young_waits_that_never_lower_the_odds() -> None:
    app = onsite().build()
    old = [ReplyObservation(float(t), True) for t in (4, 6, 8, 12)] + [
        ReplyObservation(30.0, False)
    ]
    fresh = [ReplyObservation(float(t % 5), False) for t in range(30)]
    today = date(2026, 3, 20)
    before = diagnose(app, today, params(), history=ReplyHistory.from_observations(old, 10.0))
    after = diagnose(
        app, today, params(), history=ReplyHistory.from_observations(old + fresh, 10.0)
    )
    assert before.p_hear_back is not None and after.p_hear_back is not None
    assert after.p_hear_back >= before.p_hear_back - 0.01


def test_p80_comes_after_p50() -> None:
    d = onsite().diagnose("2026-04-30")
    assert d.p50 is not None and d.p80 is not None and d.p80 > d.p50


@settings(max_examples=200, deadline=None)
@given(case=stories())
def test_the_reasons_carry_the_odds(case: tuple[Story, date]) -> None:
    story, today = case
    d = story.diagnose(today.isoformat())
    assert d.silence_business_days is None or d.silence_business_days >= 0
    if d.p50 is not None and d.p80 is not None:
        assert d.p80 > d.p50
    if d.state.code != "waiting" or d.p_hear_back is None:
        assert d.reasons == () and d.p_hear_back is None and d.silence_business_days is None
        return
    p = d.p_hear_back
    silent = probability(d, "silent-rejection")
    no_answer = sum(probability(d, code) for code in NO_ANSWER_CODES)
    assert silent <= 1 - p + TOLERANCE
    assert no_answer >= 1 - p - TOLERANCE
    closure = {"position-filled", "requisition-cancelled", "hiring-freeze", "reorganisation"}
    closed_posting = any(e.state in ("closed", "reposted") for e in story.posting_events)
    if p < 0.1 and not closure & {s.kind for s in story.mail_signals} and not closed_posting:
        assert not story.hiring_freeze or ranks(d)[0] in ("silent-rejection", "position-gone")
        if not story.hiring_freeze:
            assert ranks(d)[0] == "silent-rejection"


@settings(max_examples=100, deadline=None)
@given(case=stories())
def test_odds_never_rise_and_silence_never_shrinks_with_time_alone(
    case: tuple[Story, date],
) -> None:
    story, today = case
    later = today + timedelta(days=30)
    now, after = story.diagnose(today.isoformat()), story.diagnose(later.isoformat())
    if now.p_hear_back is not None and after.p_hear_back is not None:
        assert after.p_hear_back <= now.p_hear_back + 1e-12
        assert (after.silence_business_days or 0) >= (now.silence_business_days or 0)


def test_when_your_employers_answer_fast_a_long_wait_is_the_bad_news() -> None:
    app = onsite().build()
    fast = ReplyHistory.from_observations(
        [ReplyObservation(float(t), True) for t in (1, 2, 2, 3)]
        + [ReplyObservation(30.0, False)] * 2,
        young=10.0,
    )
    d = diagnose(app, date(2026, 3, 27), params(), history=fast).to_dict("en")
    assert d["history"]["evidence"].startswith(
        "Your own employers answered 4 of your 6 waits, and sooner than this"
    )
    zh = diagnose(app, date(2026, 3, 27), params(), history=fast).to_dict("zh")
    assert zh["history"]["evidence"].startswith("你自己的6次等待中有4次得到答复，而且比这次更快")
