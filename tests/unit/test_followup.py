"""The follow-up policy: thank-you, follow-ups by business days, at most three, then move on."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings

from tests.unit.test_reasons import stories
from tests.unit.timeline import Story
from unghost.domain.calendar import find_region, get_calendar
from unghost.domain.diagnosis import Diagnosis
from unghost.domain.followup import Step
from unghost.domain.records import MessageKind, Status


def steps(d: Diagnosis, kind: str) -> list[Step]:
    return [s for s in d.follow_up_plan if s.kind == kind]


def follow_up_days(d: Diagnosis) -> list[date | None]:
    return [s.on for s in steps(d, "follow-up")]


def test_thank_you_is_due_the_day_of_the_interview() -> None:
    d = Story("US").applied("2026-03-02").interview("2026-03-10").diagnose("2026-03-10")
    assert d.next_action.kind == "send-thank-you"
    assert d.next_action.on == date(2026, 3, 10)
    assert "24 hours" in d.next_action.why
    thank_you = steps(d, "thank-you")[0]
    assert (thank_you.on, thank_you.due_by) == (date(2026, 3, 10), date(2026, 3, 11))


def test_a_late_thank_you_is_still_proposed_the_next_morning() -> None:
    d = Story("US").applied("2026-03-02").interview("2026-03-10").diagnose("2026-03-11")
    assert (d.next_action.kind, d.next_action.on) == ("send-thank-you", date(2026, 3, 11))


def test_a_thank_you_too_late_to_send_gives_way_to_the_follow_up_plan() -> None:
    d = Story("US").applied("2026-03-02").interview("2026-03-10").diagnose("2026-03-16")
    assert steps(d, "thank-you") == []
    assert d.next_action.kind == "wait"
    assert d.next_action.on == date(2026, 3, 17)


def test_first_follow_up_comes_five_to_seven_business_days_after_the_interview() -> None:
    d = (
        Story("US")
        .applied("2026-03-02")
        .interview("2026-03-10")
        .thank_you("2026-03-10")
        .diagnose("2026-03-12")
    )
    first = steps(d, "follow-up")[0]
    assert (first.on, first.due_by) == (date(2026, 3, 17), date(2026, 3, 19))
    assert d.next_action.kind == "wait" and d.next_action.on == date(2026, 3, 17)
    assert "5 business days after your interview on 10 Mar" in d.next_action.why


def test_with_a_decision_date_the_first_follow_up_is_one_to_two_business_days_after_it() -> None:
    d = (
        Story("GB")
        .applied("2026-03-02")
        .interview("2026-03-10", decide_by="2026-03-20")  # a Friday
        .thank_you("2026-03-10")
        .diagnose("2026-03-12")
    )
    first = steps(d, "follow-up")[0]
    assert (first.on, first.due_by) == (date(2026, 3, 23), date(2026, 3, 24))
    assert first.basis == "decision"


def test_later_follow_ups_count_seven_to_ten_business_days_from_the_last_one_sent() -> None:
    story = (
        Story("DE")
        .applied("2026-03-02")
        .interview("2026-03-10")
        .thank_you("2026-03-10")
        .follow_up("2026-03-18")
    )
    d = story.diagnose("2026-03-19")
    cal = get_calendar(find_region("DE", None, default_country="US"), 2025, 2028, False)
    second = steps(d, "follow-up")[1]
    assert second.basis == "previous" and second.basis_on == date(2026, 3, 18)
    assert second.on is not None and second.due_by is not None
    assert cal.count_business_days(date(2026, 3, 18), second.on) == 7
    assert cal.count_business_days(date(2026, 3, 18), second.due_by) == 10


def test_at_most_three_follow_ups_then_move_on() -> None:
    story = (
        Story("US")
        .applied("2026-03-02")
        .interview("2026-03-10")
        .thank_you("2026-03-10")
        .follow_up("2026-03-17")
        .follow_up("2026-03-27")
        .follow_up("2026-04-08")
    )
    d = story.diagnose("2026-04-09")
    assert len(steps(d, "follow-up")) == 3
    move_on = steps(d, "move-on")[0]
    assert move_on.on is not None and move_on.on > date(2026, 4, 8)
    assert d.next_action.kind == "wait" and d.next_action.on == move_on.on
    later = story.diagnose(move_on.on.isoformat())
    assert later.next_action.kind == "move-on"
    assert "followed up 3 times" in later.next_action.why


def test_follow_ups_skip_public_holidays() -> None:
    d = (
        Story("US")
        .applied("2026-11-02")
        .interview("2026-11-20")
        .thank_you("2026-11-20")
        .diagnose("2026-11-23")
    )
    # 23, 24, 25, (26 Thanksgiving), 27, 30 Nov: the fifth business day is 30 Nov.
    assert follow_up_days(d)[0] == date(2026, 11, 30)


def test_follow_ups_pause_over_the_christmas_break() -> None:
    d = (
        Story("US")
        .applied("2026-12-01")
        .interview("2026-12-17")
        .thank_you("2026-12-17")
        .diagnose("2026-12-18")
    )
    # 18 Dec counts; 21 Dec-3 Jan is paused (hazard 0.3) with 1 Jan off; then 4-7 Jan.
    assert follow_up_days(d)[0] == date(2027, 1, 7)


def test_follow_ups_skip_golden_week_in_china() -> None:
    d = (
        Story("CN")
        .applied("2025-09-10")
        .interview("2025-09-26")
        .thank_you("2025-09-26")
        .diagnose("2025-09-29")
    )
    first = follow_up_days(d)[0]
    assert first is not None and first > date(2025, 10, 8)
    assert first == date(2025, 10, 10)  # 28 Sep (a make-up Sunday), 29, 30 Sep, 9, 10 Oct


def test_never_before_an_out_of_office_return_date() -> None:
    d = (
        Story("FR")
        .applied("2026-03-02")
        .interview("2026-03-10")
        .thank_you("2026-03-10")
        .out_of_office("2026-03-13", "2026-03-30", who="Claire Martin")
        .diagnose("2026-03-18")
    )
    first = follow_up_days(d)[0]
    assert first == date(2026, 3, 31)  # the business day after she is back
    assert d.next_action.kind == "wait" and d.next_action.on == date(2026, 3, 31)
    assert "back on 30 Mar" in d.next_action.why


def test_nothing_is_planned_after_a_rejection_or_an_offer() -> None:
    base = Story("JP").applied("2026-03-02").interview("2026-03-10").thank_you("2026-03-10")
    rejected = base.received(MessageKind.REJECTION, "2026-03-18").diagnose("2026-03-24")
    assert rejected.follow_up_plan == ()
    assert rejected.next_action.kind == "move-on"
    assert rejected.p_hear_back is None
    offer = (
        Story("JP")
        .applied("2026-03-02")
        .interview("2026-03-10")
        .received(MessageKind.OFFER, "2026-03-18")
        .diagnose("2026-03-24")
    )
    assert offer.follow_up_plan == ()
    assert (offer.next_action.kind, offer.next_action.on) == ("reply", date(2026, 3, 24))
    assert offer.next_action.label == "decide"
    for status in (Status.REJECTED, Status.WITHDRAWN, Status.ACCEPTED):
        closed = (
            Story("JP")
            .applied("2026-03-02")
            .interview("2026-03-10")
            .became(status, "2026-03-20")
            .diagnose("2026-03-24")
        )
        assert closed.follow_up_plan == ()
        assert closed.next_action.kind == "none" and closed.next_action.on is None
        assert closed.p_hear_back is None and closed.p50 is None


def test_after_applying_two_follow_ups_from_the_application_date() -> None:
    d = Story("GB").applied("2026-05-05").diagnose("2026-05-06")
    days = follow_up_days(d)
    assert len(days) == 2
    assert days[0] == date(2026, 5, 12)  # 5 business days after Tue 5 May
    assert steps(d, "thank-you") == []


def test_a_follow_up_due_is_the_next_action_on_the_next_business_day() -> None:
    d = (
        Story("US")
        .applied("2026-03-02")
        .interview("2026-03-10")
        .thank_you("2026-03-10")
        .diagnose("2026-03-21")  # a Saturday
    )
    assert d.next_action.kind == "follow-up"
    assert d.next_action.on == date(2026, 3, 23)
    assert d.next_action.why.startswith("Send follow-up 1 of 3")


@settings(max_examples=150, deadline=None)
@given(case=stories())
def test_every_proposed_day_is_a_working_day_in_order_and_after_any_absence(
    case: tuple[Story, date],
) -> None:
    story, today = case
    d = story.diagnose(today.isoformat())
    region = find_region(story.country, None, default_country="US")
    cal = get_calendar(region, 2024, 2029, region.country == "CN")
    planned = [s.on for s in d.follow_up_plan if s.on is not None and s.done_on is None]
    for day in planned:
        assert cal.is_business_day(day), day
        assert cal.find_holiday(day) is None
    proposed = [s.on for s in d.follow_up_plan if s.kind != "thank-you" and s.on is not None]
    assert proposed == sorted(proposed)
    action = d.next_action
    if action.kind == "none":
        assert action.on is None
    else:
        assert action.on is not None and cal.is_business_day(action.on)
        assert action.on >= today or action.kind == "send-thank-you"
    away = [m for m in story.messages if m.kind is MessageKind.OUT_OF_OFFICE and m.return_date]
    for message in away:
        assert message.return_date is not None
        if message.at.date() <= today and message.return_date > today:
            for step in d.follow_up_plan:
                if step.kind == "follow-up" and step.done_on is None and step.on is not None:
                    assert step.on > message.return_date


def test_a_still_deciding_note_after_the_decision_date_restarts_the_wait() -> None:
    d = (
        Story("US")
        .applied("2026-03-02")
        .interview("2026-03-10", decide_by="2026-03-17")
        .thank_you("2026-03-10")
        .received(MessageKind.STILL_DECIDING, "2026-03-20")
        .diagnose("2026-03-23")
    )
    first = steps(d, "follow-up")[0]
    assert (first.basis, first.basis_on, first.on) == (
        "received",
        date(2026, 3, 20),
        date(2026, 3, 27),
    )
    assert d.next_action.kind == "wait"
    assert "after their message of 20 Mar" in d.next_action.why


def test_an_early_follow_up_does_not_pull_the_next_one_forward() -> None:
    d = (
        Story("US")
        .applied("2026-03-02")
        .interview("2026-03-10", decide_by="2026-03-20")
        .thank_you("2026-03-10")
        .follow_up("2026-03-12")  # before the decision date
        .diagnose("2026-03-13")
    )
    first, second = steps(d, "follow-up")[:2]
    assert first.on == date(2026, 3, 23) and first.done_on == date(2026, 3, 12)
    assert second.basis == "schedule" and second.basis_on == date(2026, 3, 23)
    assert second.on is not None and second.on > first.on
