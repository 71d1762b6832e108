"""The outbox state machine: at-most-once automatic sending, and when a queued message is due."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unghost.domain.calendar import BusinessCalendar, Region, get_calendar
from unghost.domain.outbox import (
    OutboxEntry,
    OutboxState,
    SendPolicy,
    begin_send,
    finish_send,
    list_due,
    move,
    plan_send,
    queue,
    recover_interrupted,
)
from unghost.drafting.tables import load_send_policy
from unghost.errors import ConflictError, InvalidInputError

S = OutboxState
NOW = datetime(2026, 10, 14, 9, 0, tzinfo=UTC)
POLICY = load_send_policy()


def entry(state: OutboxState = S.DRAFT, **changes: object) -> OutboxEntry:
    values: dict[str, object] = {
        "id": 7,
        "application_ref": "acme-analyst",
        "kind": "follow-up",
        "lang": "en",
        "to": "Li Wei <li.wei@acme.example>",
        "subject": "Following up",
        "body": "Hello\n",
        "message_id": "<1.2.3@example.com>",
        "state": state,
        "created_at": NOW,
    }
    values.update(changes)
    return OutboxEntry(**values)  # type: ignore[arg-type]


def weekdays(day: date) -> bool:
    return day.weekday() < 5


def china(first: int = 2025, last: int = 2027) -> BusinessCalendar:
    return get_calendar(Region("CN", None), first, last, True)


# -- transitions ------------------------------------------------------------------------------
def test_a_message_goes_draft_queued_sending_sent() -> None:
    e = queue(entry(), date(2026, 10, 15))
    assert (e.state, e.scheduled_on) == (S.QUEUED, date(2026, 10, 15))
    e = begin_send(e, automatic=True)
    assert (e.state, e.attempts) == (S.SENDING, 1)
    e = finish_send(e, S.SENT, at=NOW)
    assert (e.state, e.sent_at, e.last_error) == (S.SENT, NOW, None)


@pytest.mark.parametrize("state", [S.SENT, S.UNKNOWN])
def test_sent_or_unknown_are_never_resent_automatically(state: OutboxState) -> None:
    e = entry(state)
    with pytest.raises(ConflictError):
        begin_send(e, automatic=True)
    with pytest.raises(ConflictError):
        begin_send(e, automatic=True, force=True)  # force is for people, not schedulers
    with pytest.raises(ConflictError) as refused:
        begin_send(e, automatic=False)
    assert refused.value.hint and "--force" in refused.value.hint
    assert begin_send(e, automatic=False, force=True).state is S.SENDING


@pytest.mark.parametrize("state", [S.DRAFT, S.FAILED])
def test_the_scheduler_sends_only_queued_messages(state: OutboxState) -> None:
    with pytest.raises(ConflictError, match="only queued"):
        begin_send(entry(state), automatic=True)
    assert begin_send(entry(state), automatic=False).state is S.SENDING


def test_a_failed_message_may_be_sent_again_and_counts_attempts() -> None:
    e = finish_send(begin_send(entry(), automatic=False), S.FAILED, at=NOW, error="550 no")
    assert (e.state, e.last_error, e.sent_at) == (S.FAILED, "550 no", None)
    e = finish_send(begin_send(e, automatic=False), S.SENT, at=NOW)
    assert (e.attempts, e.state) == (2, S.SENT)


def test_no_send_without_a_recorded_message_id() -> None:
    with pytest.raises(ConflictError, match="Message-ID"):
        begin_send(entry(message_id=None), automatic=False)


def test_a_message_being_sent_cannot_be_sent_or_moved_twice() -> None:
    e = begin_send(entry(S.QUEUED), automatic=True)
    with pytest.raises(ConflictError):
        begin_send(e, automatic=False, force=True)
    for target in (S.DRAFT, S.SENT, S.FAILED, S.QUEUED):
        with pytest.raises(ConflictError):
            move(e, target)


def test_the_user_settles_an_unknown_message_by_hand() -> None:
    assert move(entry(S.UNKNOWN), S.SENT).state is S.SENT
    assert move(entry(S.UNKNOWN), S.FAILED).state is S.FAILED
    with pytest.raises(ConflictError):
        move(entry(S.UNKNOWN), S.QUEUED)
    with pytest.raises(ConflictError):
        move(entry(S.SENT), S.DRAFT)


def test_finish_send_only_ends_a_send_with_an_outcome() -> None:
    with pytest.raises(ConflictError):
        finish_send(entry(S.QUEUED), S.SENT, at=NOW)
    with pytest.raises(ConflictError):
        finish_send(begin_send(entry(), automatic=False), S.DRAFT, at=NOW)


def test_a_crash_while_sending_leaves_the_message_unknown() -> None:
    crashed = begin_send(entry(S.QUEUED), automatic=True)
    recovered = recover_interrupted(crashed, note="unghost stopped while sending")
    assert (recovered.state, recovered.last_error) == (S.UNKNOWN, "unghost stopped while sending")
    with pytest.raises(ConflictError):
        begin_send(recovered, automatic=True)
    assert recover_interrupted(entry(S.SENT), note="x").state is S.SENT


ACTIONS = st.sampled_from(
    ["queue", "send-auto", "send-manual", "send-force", "sent", "failed", "unknown", "draft"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(ACTIONS, max_size=25))
def test_no_sequence_of_actions_makes_the_scheduler_resend(actions: list[str]) -> None:
    """The scheduler starts a send only from `queued`, and never after an outcome that may
    have delivered the message, unless a person has since said that it did not arrive."""
    e = entry()
    maybe_delivered = False
    for action in actions:
        try:
            if action == "queue":
                e = queue(e, None)
            elif action.startswith("send"):
                before = e.state
                e = begin_send(e, automatic=action == "send-auto", force=action == "send-force")
                if action == "send-auto":
                    assert before is S.QUEUED and not maybe_delivered
            elif action in ("sent", "unknown", "failed") and e.state is S.SENDING:
                e = finish_send(e, S(action), at=NOW)
                maybe_delivered = action != "failed"
            elif action in ("sent", "failed", "unknown"):
                e = move(e, S(action))
                maybe_delivered = action == "sent"  # a person says what happened
            else:
                e = move(e, S.DRAFT)
        except ConflictError:
            assert e.state in set(S)
            continue


def test_entries_round_trip_through_dicts() -> None:
    e = finish_send(
        begin_send(entry(cc=["a@b.example"], references=["<x@y>"]), automatic=False), S.SENT, at=NOW
    )
    data = e.to_dict()
    assert data["state"] == "sent" and data["sent_at"] == NOW.isoformat()
    assert OutboxEntry.from_dict(data) == e
    with pytest.raises(InvalidInputError):
        OutboxEntry.from_dict({"kind": "x"})


# -- when a queued message is due -------------------------------------------------------------
def test_a_message_scheduled_for_a_weekend_goes_out_on_monday() -> None:
    saturday = date(2026, 10, 17)
    assert plan_send(saturday, weekdays, saturday, POLICY).due is False
    plan = plan_send(saturday, weekdays, date(2026, 10, 19), POLICY)
    assert (plan.due, plan.send_on) == (True, date(2026, 10, 19))


def test_not_before_its_day() -> None:
    plan = plan_send(date(2026, 10, 16), weekdays, date(2026, 10, 15), POLICY)
    assert (plan.due, plan.send_on, plan.stale) == (False, date(2026, 10, 16), False)
    assert "scheduled for 2026-10-16" in plan.why


def test_china_national_day_week_and_its_make_up_workday() -> None:
    cn = china()
    plan = plan_send(date(2026, 10, 1), cn.is_business_day, date(2026, 10, 1), POLICY)
    assert plan.due is False and plan.send_on is not None and plan.send_on > date(2026, 10, 7)
    assert plan_send(date(2026, 10, 1), cn.is_business_day, plan.send_on, POLICY).due


def test_a_missed_day_waits_for_a_business_day_then_goes_unless_stale() -> None:
    friday, saturday, monday = date(2026, 10, 16), date(2026, 10, 17), date(2026, 10, 19)
    assert plan_send(friday, weekdays, saturday, POLICY).due is False
    assert plan_send(friday, weekdays, monday, POLICY).due is True
    late = friday + timedelta(days=14)
    plan = plan_send(friday, weekdays, late, POLICY)
    assert (plan.due, plan.stale) == (False, True)
    assert "by hand" in plan.why


def test_no_business_day_in_sight_is_not_due() -> None:
    plan = plan_send(date(2026, 10, 14), lambda d: False, date(2026, 10, 14), POLICY)
    assert (plan.due, plan.send_on) == (False, None)


@settings(max_examples=200, deadline=None)
@given(
    st.dates(date(2026, 1, 1), date(2026, 12, 20)),
    st.integers(0, 40),
    st.integers(1, 10),
)
def test_a_due_message_goes_out_on_a_business_day_not_before_its_date(
    scheduled: date, days_later: int, stale_after: int
) -> None:
    cn = china()
    policy = SendPolicy(lookahead_days=POLICY.lookahead_days, stale_after_business_days=stale_after)
    today = scheduled + timedelta(days=days_later)
    plan = plan_send(scheduled, cn.is_business_day, today, policy)
    if plan.due:
        assert cn.is_business_day(today) and plan.send_on is not None
        assert scheduled <= plan.send_on <= today
        assert cn.count_business_days(plan.send_on, today) <= stale_after
    if plan.send_on is not None:
        assert cn.is_business_day(plan.send_on)


def test_list_due_picks_queued_messages_by_their_employers_calendar() -> None:
    thursday = date(2026, 10, 1)  # China's National Day; an ordinary Thursday elsewhere
    cn = china()
    entries = [
        entry(S.QUEUED, id=1, application_ref="cn", scheduled_on=thursday),
        entry(S.QUEUED, id=2, application_ref="us", scheduled_on=thursday),
        entry(S.DRAFT, id=3, application_ref="us", scheduled_on=thursday),
        entry(S.UNKNOWN, id=4, application_ref="us", scheduled_on=thursday),
    ]

    def calendar_for(e: OutboxEntry):  # type: ignore[no-untyped-def]
        return cn.is_business_day if e.application_ref == "cn" else weekdays

    assert [e.id for e in list_due(entries, calendar_for, thursday, POLICY)] == [2]
