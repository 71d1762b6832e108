"""Diagnosis scenarios in France, the United Kingdom and Germany."""

from __future__ import annotations

from datetime import date

from tests.unit.timeline import Story, evidence, late_ranks, probability, ranks
from unghost.domain.records import MessageKind


def test_france_august_is_a_slow_period_that_keeps_hope_up() -> None:
    august = Story("FR").applied("2026-07-10").interview("2026-07-24").thank_you("2026-07-24")
    june = Story("FR").applied("2026-05-22").interview("2026-06-05").thank_you("2026-06-05")
    d_aug, d_jun = august.diagnose("2026-08-14"), june.diagnose("2026-06-26")
    assert late_ranks(d_aug)[0] == "holiday"  # if they answer, August is why it is late
    assert d_aug.p_hear_back > d_jun.p_hear_back
    assert (
        "The August holidays (1–31 Aug), a slow period for employers, fell inside your wait."
        in evidence(d_aug, "holiday")
    )


def test_france_before_the_decision_date_they_are_in_no_hurry() -> None:
    d = (
        Story("FR")
        .applied("2026-05-20")
        .interview("2026-06-05", decide_by="2026-06-30")
        .thank_you("2026-06-05")
        .diagnose("2026-06-16")
    )
    assert ranks(d)[0] == "no-hurry"
    assert "They said they would decide by 30 Jun; that date has not come yet." in evidence(
        d, "no-hurry"
    )
    assert d.next_action.kind == "wait" and d.next_action.on == date(2026, 7, 1)


def test_france_waits_longer_than_the_us_for_the_same_silence() -> None:
    fr = Story("FR").applied("2026-03-02").interview("2026-03-10").diagnose("2026-03-31")
    us = Story("US").applied("2026-03-02").interview("2026-03-10").diagnose("2026-03-31")
    assert fr.p_hear_back > us.p_hear_back  # Glassdoor 2017: 38.9 days against 23.8


def test_uk_accountancy_in_the_self_assessment_rush_is_busy() -> None:
    january = Story("GB", industry="Accountancy").applied("2026-01-05").interview("2026-01-13")
    june = Story("GB", industry="Accountancy").applied("2026-06-01").interview("2026-06-09")
    d = january.thank_you("2026-01-13").diagnose("2026-01-23")
    assert probability(d, "busy") > 1.5 * probability(june.diagnose("2026-06-19"), "busy")


def test_uk_easter_bank_holidays_are_named() -> None:
    d = Story("GB").applied("2026-03-20").interview("2026-03-31").thank_you("2026-03-31")
    result = d.diagnose("2026-04-10")
    assert late_ranks(result)[0] == "holiday"
    assert (
        "Good Friday and Easter Monday (3–6 Apr) fell inside the 6 business days after your "
        "interview." in evidence(result, "holiday")
    )


def test_uk_an_acknowledged_application_rules_out_lost_contact_details() -> None:
    acknowledged = (
        Story("GB")
        .applied("2026-03-02")
        .received(MessageKind.ACKNOWLEDGEMENT, "2026-03-02")
        .diagnose("2026-03-20")
    )
    silent = Story("GB").applied("2026-03-02").diagnose("2026-03-20")
    assert probability(acknowledged, "contact-info") < 0.5 * probability(silent, "contact-info")
    assert ranks(acknowledged)[-1] == "contact-info"


def test_uk_application_silence_grows_into_a_silent_rejection() -> None:
    early = Story("GB").applied("2026-03-02").diagnose("2026-03-09")
    late = Story("GB").applied("2026-03-02").diagnose("2026-05-29")
    assert probability(late, "silent-rejection") > probability(early, "silent-rejection")
    assert late.p_hear_back < early.p_hear_back
    assert late.next_action.kind == "move-on"


def test_germany_reorganisation_mail_raises_position_gone() -> None:
    d = (
        Story("DE")
        .applied("2026-03-02")
        .interview("2026-03-10")
        .thank_you("2026-03-10")
        .signal("reorganisation", "2026-03-18")
        .diagnose("2026-03-24")
    )
    assert ranks(d)[0] == "position-gone"
    assert evidence(d, "position-gone") == ["They mentioned a reorganisation on 18 Mar."]


def test_germany_a_removed_posting_raises_position_gone_and_offer_elsewhere() -> None:
    plain = Story("DE").applied("2026-03-02").interview("2026-03-10").diagnose("2026-03-24")
    removed = (
        Story("DE")
        .applied("2026-03-02")
        .interview("2026-03-10")
        .posting("open", "2026-03-12")
        .posting("closed", "2026-03-19")
        .diagnose("2026-03-24")
    )
    assert probability(removed, "position-gone") > 1.5 * probability(plain, "position-gone")
    assert probability(removed, "offer-elsewhere") > 1.5 * probability(plain, "offer-elsewhere")
    assert removed.p_hear_back < plain.p_hear_back


def test_germany_still_deciding_means_no_hurry_rather_than_rejection() -> None:
    plain = Story("DE").applied("2026-03-02").interview("2026-03-10").thank_you("2026-03-10")
    update = Story("DE").applied("2026-03-02").interview("2026-03-10").thank_you("2026-03-10")
    update.received(MessageKind.STILL_DECIDING, "2026-03-18")
    d_plain, d_update = plain.diagnose("2026-03-24"), update.diagnose("2026-03-24")
    assert ranks(d_update)[0] == "no-hurry"
    assert probability(d_update, "silent-rejection") < probability(d_plain, "silent-rejection")
    assert d_update.next_action.on == date(2026, 3, 25)  # 5 business days after their note


def test_germany_regional_holidays_follow_the_state() -> None:
    bavaria = Story("DE", subdivision="BY").applied("2026-05-20").interview("2026-06-01")
    berlin = Story("DE", subdivision="BE").applied("2026-05-20").interview("2026-06-01")
    d_by, d_be = bavaria.diagnose("2026-06-10"), berlin.diagnose("2026-06-10")
    assert any("Corpus Christi (4 Jun)" in line for line in evidence(d_by, "holiday"))
    assert not any("Corpus Christi" in line for line in evidence(d_be, "holiday"))
    assert d_by.silence_business_days == d_be.silence_business_days - 1
    assert d_by.p_hear_back > d_be.p_hear_back


def test_germany_pentecost_ahead_is_part_of_the_expected_wait() -> None:
    d = Story("DE").applied("2026-05-01").interview("2026-05-12").diagnose("2026-05-14")
    assert "Pentecost Monday (25 May) falls inside the expected wait." in evidence(d, "holiday")
