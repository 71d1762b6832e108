"""Diagnosis scenarios in the United States: a timeline in, ranked reasons and odds out."""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.unit.timeline import Story, evidence, late_ranks, probability, ranks
from unghost.domain.records import MessageKind


def interviewed(**company: Any) -> Story:
    """Applied 2 Mar 2026, onsite interview Tue 10 Mar."""
    return Story("US", **company).applied("2026-03-02").interview("2026-03-10")


def test_no_thank_you_and_no_follow_up_makes_no_follow_up_the_top_reason() -> None:
    d = interviewed().diagnose("2026-03-20")
    assert late_ranks(d)[0] == "no-follow-up"  # the likeliest reason a coming answer is late
    assert "You have not sent a thank-you note for your interview on 10 Mar." in evidence(
        d, "no-follow-up"
    )
    assert "You have not followed up 8 business days after your interview." in evidence(
        d, "no-follow-up"
    )
    assert d.next_action.kind == "follow-up" and d.next_action.on == date(2026, 3, 20)


def test_once_thanked_and_followed_up_no_follow_up_is_unlikely() -> None:
    d = interviewed().thank_you("2026-03-10").follow_up("2026-03-17").diagnose("2026-03-20")
    assert probability(d, "no-follow-up") < 0.02
    assert ranks(d)[-3:].count("no-follow-up") == 1
    assert evidence(d, "no-follow-up") == ["You followed up on 17 Mar."]


def test_a_mistyped_email_on_record_puts_contact_info_first() -> None:
    message = "Your email on record, me@gmial.com, looks mistyped: did you mean me@gmail.com?"
    d = (
        interviewed()
        .thank_you("2026-03-10")
        .problem("email-typo", "me@gmial.com", message)
        .diagnose("2026-03-20")
    )
    assert late_ranks(d)[0] == "contact-info" and "contact-info" in ranks(d)[:2]
    assert evidence(d, "contact-info") == [message]
    assert d.next_action.kind == "fix-contact-info"
    assert message in d.next_action.why


def test_an_invalid_phone_number_puts_contact_info_first() -> None:
    d = (
        interviewed()
        .thank_you("2026-03-10")
        .follow_up("2026-03-17")
        .problem(
            "phone-invalid", "+1 555 0100", "The phone number on record, +1 555 0100, is not valid."
        )
        .diagnose("2026-04-06")
    )
    assert late_ranks(d)[0] == "contact-info"  # four weeks on, the odds are low: if they do
    assert d.next_action.kind == "fix-contact-info"  # answer, the wrong number is why it's late


def test_a_bounced_mail_puts_contact_info_first() -> None:
    d = (
        interviewed()
        .thank_you("2026-03-10")
        .received(MessageKind.BOUNCE, "2026-03-10", hour=18.5)
        .diagnose("2026-03-20")
    )
    assert late_ranks(d)[0] == "contact-info" and "contact-info" in ranks(d)[:2]
    assert "Your mail bounced on 10 Mar: it did not reach the employer." in evidence(
        d, "contact-info"
    )
    assert d.next_action.kind == "fix-contact-info"


def test_thanksgiving_inside_the_wait_raises_holiday_and_leaves_more_hope() -> None:
    # Same weekdays, same calendar gap: Fri 20 Nov -> Tue 1 Dec, and Fri 16 Oct -> Tue 27 Oct.
    around = Story("US").applied("2026-11-02").interview("2026-11-20").thank_you("2026-11-20")
    before = Story("US").applied("2026-10-01").interview("2026-10-16").thank_you("2026-10-16")
    a, b = around.diagnose("2026-12-01"), before.diagnose("2026-10-27")
    assert probability(a, "holiday") > 2 * probability(b, "holiday")
    assert a.p_hear_back > b.p_hear_back
    assert any("Thanksgiving Day (26 Nov)" in e for e in evidence(a, "holiday"))


def test_retail_in_its_holiday_season_is_busy() -> None:
    nov = Story("US", industry="Retail").applied("2026-11-02").interview("2026-11-10")
    mar = Story("US", industry="Retail").applied("2026-03-02").interview("2026-03-10")
    software = Story("US", industry="Software").applied("2026-11-02").interview("2026-11-10")
    d = nov.thank_you("2026-11-10").diagnose("2026-11-20")
    assert probability(d, "busy") > 1.5 * probability(mar.diagnose("2026-03-20"), "busy")
    assert probability(d, "busy") > 1.5 * probability(software.diagnose("2026-11-20"), "busy")
    assert any("holiday retail season" in e for e in evidence(d, "busy"))


def test_fiscal_year_end_funding_and_budget_mail_make_budget_the_top_reason() -> None:
    d = (
        Story("US", fiscal_year_end_month=6, funding_pending=True)
        .applied("2026-05-04")
        .interview("2026-05-20")
        .thank_you("2026-05-20")
        .signal("budget", "2026-05-28")
        .diagnose("2026-06-03")
    )
    assert ranks(d)[0] == "budget"
    assert evidence(d, "budget") == [
        "Your wait falls around the start of Acme's fiscal year on 1 Jul, when budgets for new "
        "hires are set.",
        "Acme's funding is pending.",
        "They mentioned the budget on 28 May.",
    ]


def test_each_budget_signal_alone_raises_budget() -> None:
    plain = interviewed().thank_you("2026-03-10").diagnose("2026-03-20")
    near_year_end = (
        Story("US", fiscal_year_end_month=3)
        .applied("2026-03-02")
        .interview("2026-03-10")
        .thank_you("2026-03-10")
        .diagnose("2026-03-20")
    )
    funding = interviewed(funding_pending=True).thank_you("2026-03-10").diagnose("2026-03-20")
    assert probability(near_year_end, "budget") > 1.5 * probability(plain, "budget")
    assert probability(funding, "budget") > 1.5 * probability(plain, "budget")


def test_decision_date_passed_and_posting_closed_without_rejection_means_offer_elsewhere() -> None:
    d = (
        Story("US")
        .applied("2026-03-02")
        .interview("2026-03-10", decide_by="2026-03-17")
        .thank_you("2026-03-10")
        .follow_up("2026-03-19")
        .posting("closed", "2026-03-20")
        .diagnose("2026-03-27")
    )
    assert ranks(d)[0] == "offer-elsewhere"
    assert "The posting was taken down on 20 Mar and no rejection arrived." in evidence(
        d, "offer-elsewhere"
    )
    assert any("decide by 17 Mar" in e for e in evidence(d, "offer-elsewhere"))


def test_hiring_freeze_and_a_cancelled_requisition_mean_the_position_is_gone() -> None:
    d = (
        interviewed(hiring_freeze=True)
        .thank_you("2026-03-10")
        .signal("requisition-cancelled", "2026-03-18")
        .diagnose("2026-03-20")
    )
    assert ranks(d)[0] == "position-gone"
    assert probability(d, "position-gone") > 0.5
    assert d.p_hear_back < interviewed().thank_you("2026-03-10").diagnose("2026-03-20").p_hear_back


def test_a_new_role_with_a_fresh_posting_and_candidates_to_see_is_no_hurry() -> None:
    d = (
        Story("US", new_position=True, posted_on="2026-02-25")
        .applied("2026-03-02")
        .interview("2026-03-05", remaining=4)
        .thank_you("2026-03-05")
        .diagnose("2026-03-09")
    )
    assert ranks(d)[0] == "no-hurry"
    assert evidence(d, "no-hurry") == [
        "This is a new position: there is no vacancy they must fill in a hurry.",
        "The posting went up on 25 Feb, 8 days before your interview.",
        "They still had 4 other candidates to see after you.",
    ]
    assert d.next_action.kind == "wait"


def test_long_silence_after_three_follow_ups_is_a_silent_rejection() -> None:
    d = (
        interviewed()
        .thank_you("2026-03-10")
        .follow_up("2026-03-17")
        .follow_up("2026-03-27")
        .follow_up("2026-04-08")
        .diagnose("2026-05-20")
    )
    assert ranks(d)[0] == "silent-rejection"
    assert probability(d, "silent-rejection") > 0.6
    assert d.p_hear_back < 0.05
    assert d.next_action.kind == "move-on"
    assert (
        "It has been 51 business days since your interview on 10 Mar without an answer."
        in evidence(d, "silent-rejection")
    )


def test_the_silence_after_applying_is_diagnosed_from_the_application_date() -> None:
    d = Story("US").applied("2026-05-01").diagnose("2026-05-20")
    assert d.silent_since == date(2026, 5, 1)
    assert d.silence_business_days == 13
    assert 0.1 < d.p_hear_back < 0.5
    assert d.next_action.kind == "follow-up"
    assert "after you applied on 1 May" in d.next_action.why


def test_before_a_coming_interview_there_is_nothing_to_chase() -> None:
    d = Story("US").applied("2026-05-01").interview("2026-05-26").diagnose("2026-05-20")
    assert d.state.code == "your-move"  # the interview is theirs to attend: nobody is silent
    assert d.next_action.kind == "wait" and d.next_action.on == date(2026, 5, 26)
    assert d.p_hear_back is None and d.reasons == ()
    assert d.silent_since is None and d.silence_business_days is None
    assert [s.kind for s in d.follow_up_plan][:2] == ["thank-you", "follow-up"]


def test_a_resume_without_a_phone_number_weighs_far_less_than_one_without_an_email() -> None:
    def with_missing(what: str):
        message = f"Your resume has no {'phone number' if what == 'phone' else 'email address'}."
        story = interviewed().thank_you("2026-03-10").follow_up("2026-03-17")
        return story.problem("contact-missing", what, message).diagnose("2026-03-20")

    no_phone, no_email = with_missing("phone"), with_missing("email")
    assert late_ranks(no_email)[0] == "contact-info"  # nobody can write to them
    assert late_ranks(no_phone)[0] != "contact-info"  # they can still write, as most do
    assert no_phone.next_action.kind != "fix-contact-info"
    assert "Your resume has no phone number." in evidence(no_phone, "contact-info")
    assert probability(no_phone, "contact-info") < probability(no_email, "contact-info") / 3


def test_the_stored_price_reads_the_odds_as_the_next_action_does() -> None:
    # odds_gate says how the read model may price a waiting row again under a new history; it
    # must follow plan_next_action: a missing phone number does not fix the action, a typo does
    from tests.unit.timeline import day, params
    from unghost.domain.actions import FIXED, odds_gate
    from unghost.domain.diagnosis import assess

    for code, value, fixed in (
        ("contact-missing", "phone", False),
        ("email-typo", "a@gmial.com", True),
    ):
        story = interviewed().thank_you("2026-03-10").follow_up("2026-03-17")
        story.problem(code, value, "a problem")
        a = assess(story.build(), day("2026-04-20"), params(),
                   contact_findings=story.contact_problems)  # fmt: skip
        assert (a.next_action.kind == "fix-contact-info") is fixed
        assert (odds_gate(a.timeline, a.state, a.plan) == FIXED) is fixed
