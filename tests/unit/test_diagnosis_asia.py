"""Diagnosis scenarios in China and Japan: holiday blocks, make-up workdays, campus and fiscal years."""

from __future__ import annotations

from datetime import date

from tests.unit.timeline import Story, evidence, late_ranks, probability, ranks
from unghost.domain.records import MessageKind


def test_china_golden_week_inside_the_wait_makes_holiday_the_top_reason() -> None:
    d = (
        Story("CN")
        .applied("2025-09-10")
        .interview("2025-09-26")
        .thank_you("2025-09-26")
        .follow_up("2025-10-10")
        .diagnose("2025-10-13")
    )
    assert ranks(d)[0] == "holiday"
    assert (
        "The National Day Golden Week and Mid-Autumn Festival (1–8 Oct) fell inside the "
        "7 business days after your interview." in evidence(d, "holiday")
    )


def test_china_golden_week_leaves_more_hope_than_the_same_gap_in_november() -> None:
    golden = Story("CN").applied("2025-09-10").interview("2025-09-26").thank_you("2025-09-26")
    plain = Story("CN").applied("2025-11-01").interview("2025-11-14").thank_you("2025-11-14")
    # Both: a Friday interview and 17 calendar days of silence.
    assert golden.diagnose("2025-10-13").p_hear_back > plain.diagnose("2025-12-01").p_hear_back


def test_china_spring_festival_and_the_weeks_around_it_explain_the_silence() -> None:
    d = Story("CN").applied("2026-01-20").interview("2026-02-10").thank_you("2026-02-10")
    result = d.diagnose("2026-03-02")
    assert late_ranks(result)[0] == "holiday"  # the likeliest reason an answer is late
    lines = evidence(result, "holiday")
    assert any(line.startswith("The Spring Festival holiday (16–23 Feb)") for line in lines)
    assert any("weeks around Spring Festival" in line for line in lines)


def test_china_out_of_office_over_the_holiday_pushes_the_follow_up_past_the_return() -> None:
    d = (
        Story("CN")
        .applied("2025-09-01")
        .interview("2025-09-24")
        .thank_you("2025-09-24")
        .out_of_office("2025-09-30", "2025-10-09", who="李伟")
        .diagnose("2025-10-06")
    )
    assert ranks(d)[0] == "holiday"
    assert probability(d, "holiday") > 0.5
    assert "李伟 is out of the office and back on 9 Oct (auto-reply of 30 Sep)." in evidence(
        d, "holiday"
    )
    assert d.next_action.kind == "wait" and d.next_action.on == date(2025, 10, 10)


def test_china_campus_role_waits_longer_outside_the_campus_season() -> None:
    campus = (
        Story("CN", title="2026届校招 数据分析师").applied("2026-05-20").interview("2026-06-05")
    )
    experienced = Story("CN", title="高级数据分析师").applied("2026-05-20").interview("2026-06-05")
    assert (
        campus.diagnose("2026-06-19").p_hear_back > experienced.diagnose("2026-06-19").p_hear_back
    )


def test_china_unpublished_holiday_year_is_flagged_provisional() -> None:
    d = Story("CN").applied("2026-12-01").interview("2026-12-18").diagnose("2027-01-08")
    assert d.notes == ("the 2027 public holidays of China are provisional",)
    assert (
        "The 2027 public holidays of China are not officially published yet; the dates used "
        "are provisional." in evidence(d, "holiday")
    )
    assert Story("CN").applied("2026-06-01").diagnose("2026-06-20").notes == ()


def test_china_position_closed_mail_ends_it_with_position_gone() -> None:
    d = (
        Story("CN")
        .applied("2026-03-01")
        .interview("2026-03-10")
        .thank_you("2026-03-10")
        .received(MessageKind.POSITION_CLOSED, "2026-03-25")
        .diagnose("2026-03-27")
    )
    assert d.state.code == "closed" and d.reasons == ()  # they said it: nothing to explain
    assert d.p_hear_back is None and d.p50 is None and d.p80 is None
    assert d.next_action.kind == "move-on"
    assert d.next_action.why == "They wrote on 25 Mar that the position is closed; move on."


def test_china_spring_hiring_peak_makes_recruiters_busy() -> None:
    peak = Story("CN").applied("2026-03-02").interview("2026-03-20").diagnose("2026-04-01")
    summer = Story("CN").applied("2026-06-22").interview("2026-07-10").diagnose("2026-07-22")
    assert probability(peak, "busy") > 1.5 * probability(summer, "busy")


def test_japan_obon_slows_the_answer_compared_with_july() -> None:
    obon = Story("JP").applied("2026-07-20").interview("2026-08-07").thank_you("2026-08-07")
    july = Story("JP").applied("2026-06-20").interview("2026-07-03").thank_you("2026-07-03")
    d_obon, d_july = obon.diagnose("2026-08-21"), july.diagnose("2026-07-17")
    assert probability(d_obon, "holiday") > 1.5 * probability(d_july, "holiday")
    assert d_obon.p_hear_back > d_july.p_hear_back
    assert any(line.startswith("Obon (13–16 Aug)") for line in evidence(d_obon, "holiday"))


def test_japan_golden_week_is_named_and_tops_the_reasons() -> None:
    d = Story("JP").applied("2026-04-01").interview("2026-04-24").thank_you("2026-04-24")
    result = d.diagnose("2026-05-12")
    assert ranks(result)[0] == "holiday"
    assert (
        "Golden Week (3–6 May) fell inside the 8 business days after your interview."
        in evidence(result, "holiday")
    )


def test_japan_fiscal_year_starting_in_april_raises_budget_in_march() -> None:
    march = Story("JP").applied("2026-02-20").interview("2026-03-05").diagnose("2026-03-19")
    june = Story("JP").applied("2026-05-20").interview("2026-06-04").diagnose("2026-06-18")
    assert probability(march, "budget") > 1.5 * probability(june, "budget")
    assert any("fiscal year on 1 Apr" in line for line in evidence(march, "budget"))


def test_japan_accounting_firm_in_tax_season_is_busy() -> None:
    firm = Story("JP", industry="Accounting").applied("2026-02-01").interview("2026-02-20")
    other = Story("JP", industry="Software").applied("2026-02-01").interview("2026-02-20")
    d = firm.diagnose("2026-03-06")
    assert probability(d, "busy") > 1.5 * probability(other.diagnose("2026-03-06"), "busy")
    assert any("income-tax filing season" in line for line in evidence(d, "busy"))


def test_japan_after_a_rejection_there_is_nothing_left_to_do() -> None:
    d = (
        Story("JP")
        .applied("2026-02-01")
        .interview("2026-02-20")
        .received(MessageKind.REJECTION, "2026-03-02")
        .diagnose("2026-03-06")
    )
    assert d.state.code == "closed" and d.p_hear_back is None and d.reasons == ()
    assert d.next_action.kind == "move-on"
    assert d.follow_up_plan == ()
