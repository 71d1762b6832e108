"""The `unghost why REF --json` contract of DESIGN.md, status semantics and reproducibility."""

from __future__ import annotations

import json
from datetime import date
from string import Formatter

import pytest

from tests.unit.timeline import Story, params, ranks
from unghost.domain.actions import ACTION_KINDS
from unghost.domain.calendar import find_region, get_calendar
from unghost.domain.diagnosis import diagnose
from unghost.domain.reasons import REASON_CODES
from unghost.domain.records import Application, Company, MessageKind, Role, Status
from unghost.domain.wording import EN, say

CONTRACT_KEYS = {
    "as_of", "status", "state", "p_hear_back", "expected_reply", "reasons", "history",
    "next_action",
}  # fmt: skip
EXTRA_KEYS = {"follow_up_plan", "curve", "silence", "calendar"}


def acme() -> Story:
    return (
        Story("CN", industry="retail", new_position=True, posted_on="2026-09-01")
        .applied("2026-09-05")
        .interview("2026-09-28", decide_by="2026-10-09", remaining=3)
        .thank_you("2026-09-28", hour=20)
        .out_of_office("2026-10-09", "2026-10-12")
    )


def test_the_json_has_the_contract_keys_and_the_documented_extras() -> None:
    result = acme().diagnose("2026-10-14").to_dict()
    assert set(result) == CONTRACT_KEYS | EXTRA_KEYS
    assert result["as_of"] == "2026-10-14"
    assert result["status"] == "interviewing"
    assert set(result["expected_reply"]) == {"p50", "p80"}
    assert set(result["next_action"]) == {"kind", "on", "why"}
    assert result["state"] == "waiting" and result["history"] is None
    assert [set(r) for r in result["reasons"]] == [
        {"code", "probability", "if_answer", "if_no_answer", "evidence", "advice"}
    ] * 9
    json.dumps(result, ensure_ascii=False)  # plain JSON types only


def test_reasons_are_all_nine_sorted_by_probability() -> None:
    result = acme().diagnose("2026-10-14").to_dict()
    codes = [r["code"] for r in result["reasons"]]
    assert sorted(codes) == sorted(REASON_CODES)
    probabilities = [r["probability"] for r in result["reasons"]]
    assert probabilities == sorted(probabilities, reverse=True)
    assert sum(probabilities) == pytest.approx(1.0, abs=1e-3)
    assert all(isinstance(line, str) and line for r in result["reasons"] for line in r["evidence"])


def test_dates_are_iso_and_the_action_day_is_a_business_day_of_the_employer() -> None:
    result = acme().diagnose("2026-10-14").to_dict()
    p50 = date.fromisoformat(result["expected_reply"]["p50"])
    p80 = date.fromisoformat(result["expected_reply"]["p80"])
    assert date(2026, 10, 14) <= p50 <= p80
    action = result["next_action"]
    assert action["kind"] in ACTION_KINDS
    calendar = get_calendar(find_region("CN", None, default_country="US"), 2026, 2027, True)
    assert calendar.is_business_day(date.fromisoformat(action["on"]))
    assert 0.0 <= result["p_hear_back"] <= 1.0


def test_the_extras_describe_the_plan_the_silence_and_the_calendar() -> None:
    result = acme().diagnose("2026-10-14").to_dict()
    assert result["silence"] == {"since": "2026-09-28", "business_days": 8}
    assert result["calendar"] == {"country": "CN", "subdivision": None, "notes": []}
    kinds = [s["kind"] for s in result["follow_up_plan"]]
    assert kinds == ["thank-you", "follow-up", "follow-up", "follow-up", "move-on"]
    assert result["follow_up_plan"][0]["done_on"] == "2026-09-28"
    curve = result["curve"]
    assert len(curve) == params().hearback.curve_weeks + 1
    values = [point["p_hear_back"] for point in curve]
    assert values == sorted(values, reverse=True)
    assert curve[0]["p_hear_back"] == result["p_hear_back"]


def test_the_curve_flags_holidays_week_by_week() -> None:
    d = Story("US").applied("2026-11-02").interview("2026-11-13").diagnose("2026-11-20")
    weeks = {point.on: point.holidays for point in d.curve}
    assert weeks[date(2026, 11, 20)] == ("Thanksgiving Day",)
    assert weeks[date(2026, 12, 25)] == ("Christmas Day",)
    assert weeks[date(2026, 12, 4)] == ()


def test_the_same_input_gives_the_same_answer() -> None:
    first = acme().diagnose("2026-10-14").to_dict()
    again = acme().diagnose("2026-10-14").to_dict()
    assert first == again


def test_anything_dated_after_today_is_ignored() -> None:
    before = acme().diagnose("2026-10-14")
    later_news = acme().received(MessageKind.REJECTION, "2026-10-20")
    later_news.posting("closed", "2026-10-21")
    assert later_news.diagnose("2026-10-14").to_dict() == before.to_dict()
    assert later_news.diagnose("2026-10-20").next_action.kind == "move-on"


@pytest.mark.parametrize(
    ("status", "why"),
    [
        (Status.REJECTED, "They answered: the application was rejected on 20 Oct."),
        (Status.WITHDRAWN, "You withdrew from this application."),
        (Status.ACCEPTED, "You accepted their offer."),
    ],
)
def test_a_closed_application_has_nothing_to_wait_for(status: Status, why: str) -> None:
    d = acme().became(status, "2026-10-20").diagnose("2026-10-22")
    assert d.status is status and d.state.code == "closed"
    assert d.p_hear_back is None
    assert (d.p50, d.p80) == (None, None)
    result = d.to_dict()
    assert result["next_action"] == {"kind": "none", "on": None, "why": why}
    assert result["expected_reply"] is None and result["reasons"] == []
    assert result["silence"] == {"since": None, "business_days": None}
    assert d.follow_up_plan == () and d.curve == ()


def test_an_offer_is_the_candidates_move_to_decide() -> None:
    d = acme().became(Status.OFFER, "2026-10-20").diagnose("2026-10-22")
    result = d.to_dict()
    assert result["state"] == "your-move" and result["p_hear_back"] is None
    assert result["next_action"] == {
        "kind": "reply", "on": "2026-10-22", "reply_to": "decide",
        "why": "They made you an offer on 20 Oct: decide, and give them your answer.",
    }  # fmt: skip
    assert d.next_action.label == "decide"
    assert result["reasons"] == [] and d.follow_up_plan == ()


def test_a_ghosted_application_keeps_its_odds_but_asks_nothing() -> None:
    open_ = acme().diagnose("2026-11-20")
    ghosted = acme().became(Status.GHOSTED, "2026-11-10").diagnose("2026-11-20")
    assert ghosted.state.code == "waiting"  # nobody answered: the silence is still explained
    assert ghosted.p_hear_back == pytest.approx(open_.p_hear_back)
    assert ghosted.next_action.kind == "none"
    assert ranks(ghosted) == ranks(open_)


def test_an_application_not_yet_sent_has_no_diagnosis_to_make() -> None:
    app = Application(ref="later", company=Company(name="Acme"), role=Role(title="Analyst"))
    d = diagnose(app, date(2026, 10, 14), params())
    assert d.status is Status.SAVED and d.state.code == "not-applied"
    assert d.p_hear_back is None
    assert d.to_dict()["next_action"] == {
        "kind": "none",
        "on": None,
        "why": "You have not applied yet.",
    }
    assert d.reasons == () and d.curve == ()


def test_an_employer_with_no_country_uses_the_default_country() -> None:
    story = Story(None).applied("2026-11-02").interview("2026-11-20")
    in_us = story.diagnose("2026-12-01", default_country="US")
    in_fr = story.diagnose("2026-12-01", default_country="FR")
    assert (in_us.country, in_fr.country) == ("US", "FR")
    assert any("Thanksgiving" in e for r in in_us.reasons for e in r.evidence)
    assert not any("Thanksgiving" in e for r in in_fr.reasons for e in r.evidence)


def test_an_unknown_country_falls_back_and_says_so() -> None:
    d = Story("ZZ").applied("2026-03-02").interview("2026-03-10").diagnose("2026-03-20")
    assert d.country == "US"
    assert d.notes == ("no holiday calendar for 'ZZ'; used US's",)


def test_every_sentence_template_fills_and_counts_read_naturally() -> None:
    for key, template in EN.items():
        fields = {f for _, f, _, _ in Formatter().parse(template) if f}
        text = say(key, **{f: 2 for f in fields})
        assert "{" not in text and text.strip(), key
    assert say("silence", bd=1, event="you applied", day="2 Mar") == (
        "It has been 1 business day since you applied on 2 Mar without an answer."
    )
    assert say("why.move_on", times=1) == "You followed up once with no answer; time to move on."
