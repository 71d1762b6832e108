"""The ICS feed: planned follow-ups and interviews with reminders, stable UIDs, same bytes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from icalendar import Calendar

from tests.unit.timeline import Story
from unghost.domain.followup import Step
from unghost.domain.records import Application, MessageKind, Status
from unghost.interchange.ics import PRODID, build_ics

GENERATED = datetime(2026, 3, 12, 7, 30, tzinfo=UTC)


def planned(
    story: Story, today: str, ref: str = "acme-analyst"
) -> tuple[Application, tuple[Step, ...]]:
    app = story.build(ref)
    return app, story.diagnose(today).follow_up_plan


def acme() -> Story:
    return (
        Story("US")
        .applied("2026-03-02")
        .interview("2026-03-10", stage="onsite", hour=14)
        .interview("2026-03-19", stage="final", hour=9.5)
        .thank_you("2026-03-10")
    )


def events(data: bytes) -> list[Any]:
    return [c for c in Calendar.from_ical(data).walk("VEVENT")]


def test_each_pending_step_is_an_all_day_event_with_a_morning_reminder() -> None:
    data = build_ics([planned(acme(), "2026-03-12")], generated_at=GENERATED)
    steps = [e for e in events(data) if "interview" not in str(e["UID"])]
    assert [str(e["UID"]) for e in steps] == [
        "acme-analyst.thank-you.0@unghost",  # for the final interview of 19 Mar
        "acme-analyst.follow-up.1@unghost",
        "acme-analyst.follow-up.2@unghost",
        "acme-analyst.follow-up.3@unghost",
        "acme-analyst.move-on.0@unghost",
    ]
    assert steps[0].decoded("DTSTART") == date(2026, 3, 19)
    first = steps[1]
    assert first.decoded("DTSTART") == date(2026, 3, 26)  # 5 business days after 19 Mar
    assert first.decoded("DTEND") == date(2026, 3, 27)
    assert str(first["SUMMARY"]) == "Follow up with Acme (Data Analyst), 1 of 3"
    alarms = first.walk("VALARM")
    assert len(alarms) == 1
    assert alarms[0].decoded("TRIGGER") == timedelta(hours=9)
    assert str(alarms[0]["ACTION"]) == "DISPLAY"


def test_done_steps_are_left_out() -> None:
    story = Story("US").applied("2026-03-02").interview("2026-03-10").thank_you("2026-03-10")
    data = build_ics([planned(story, "2026-03-12")], generated_at=GENERATED)
    uids = [str(e["UID"]) for e in events(data)]
    assert not any("thank-you" in uid for uid in uids)
    assert "acme-analyst.follow-up.1@unghost" in uids


def test_each_interview_has_a_reminder_the_day_before_in_utc() -> None:
    data = build_ics([planned(acme(), "2026-03-12")], generated_at=GENERATED)
    interviews = [e for e in events(data) if ".interview." in str(e["UID"])]
    assert [str(e["UID"]) for e in interviews] == [
        "acme-analyst.interview.0@unghost",
        "acme-analyst.interview.1@unghost",
    ]
    final = interviews[1]
    assert final.decoded("DTSTART") == datetime(2026, 3, 19, 14, 30, tzinfo=UTC)  # 9:30 at -5
    assert final.decoded("DTEND") - final.decoded("DTSTART") == timedelta(hours=1)
    assert str(final["SUMMARY"]) == "Final interview: Acme (Data Analyst)"
    assert final.walk("VALARM")[0].decoded("TRIGGER") == -timedelta(days=1)


def test_the_same_input_gives_the_same_bytes_and_dtstamp_is_the_given_time() -> None:
    first = build_ics([planned(acme(), "2026-03-12")], generated_at=GENERATED)
    again = build_ics([planned(acme(), "2026-03-12")], generated_at=GENERATED)
    assert first == again
    calendar = Calendar.from_ical(first)
    assert str(calendar["PRODID"]) == PRODID
    assert all(e.decoded("DTSTAMP") == GENERATED for e in calendar.walk("VEVENT"))


def test_uids_stay_the_same_when_the_plan_moves_so_subscribers_update_in_place() -> None:
    before = {
        str(e["UID"]): e
        for e in events(build_ics([planned(acme(), "2026-03-12")], generated_at=GENERATED))
    }
    moved = acme().thank_you("2026-03-19").follow_up("2026-03-31")  # sent late: plan moves
    after = {
        str(e["UID"]): e
        for e in events(build_ics([planned(moved, "2026-04-01")], generated_at=GENERATED))
    }
    assert "acme-analyst.follow-up.1@unghost" not in after  # sent: gone from the feed
    assert after["acme-analyst.follow-up.2@unghost"].decoded("DTSTART") != before[
        "acme-analyst.follow-up.2@unghost"
    ].decoded("DTSTART")


def test_references_with_spaces_and_slashes_make_valid_uids() -> None:
    data = build_ics(
        [planned(acme(), "2026-03-12", ref="acme analyst/2026")], generated_at=GENERATED
    )
    uids = {str(e["UID"]) for e in events(data)}
    assert "acme%20analyst%2F2026.follow-up.1@unghost" in uids


def test_several_applications_are_merged_in_date_order() -> None:
    other = Story("FR", company="Boulangerie").applied("2026-03-01").interview("2026-03-11")
    data = build_ics(
        [planned(acme(), "2026-03-12"), planned(other.thank_you("2026-03-11"), "2026-03-12", "b")],
        generated_at=GENERATED,
    )
    starts = []
    for e in events(data):
        start = e.decoded("DTSTART")
        starts.append(start.date() if isinstance(start, datetime) else start)
    assert starts == sorted(starts)
    assert any(str(e["UID"]).startswith("b.") for e in events(data))


def test_a_closed_application_contributes_only_its_interviews() -> None:
    closed = acme().became(Status.REJECTED, "2026-03-20")
    data = build_ics([planned(closed, "2026-03-23")], generated_at=GENERATED)
    assert {str(e["UID"]) for e in events(data)} == {
        "acme-analyst.interview.0@unghost",
        "acme-analyst.interview.1@unghost",
    }


def test_the_feed_in_chinese_has_the_same_events_in_chinese_words() -> None:
    plans = [planned(acme(), "2026-03-12")]
    english = events(build_ics(plans, generated_at=GENERATED))
    chinese = events(build_ics(plans, generated_at=GENERATED, language="zh"))
    assert [str(e["UID"]) for e in chinese] == [str(e["UID"]) for e in english]
    summaries = [str(e["SUMMARY"]) for e in chinese]
    assert any(s.startswith("跟进") and "第1次，共3次" in s for s in summaries)
    assert any(s.startswith("final 面试：") for s in summaries)
    assert all(str(e["DESCRIPTION"]).endswith("。") for e in chinese)


def test_an_invitation_to_answer_is_a_reply_event_and_follow_ups_wait() -> None:
    story = Story("US").applied("2026-03-02").received(MessageKind.INTERVIEW_INVITE, "2026-03-11")
    d = story.diagnose("2026-03-12")
    app = story.build("invited")
    data = build_ics([(app, d.follow_up_plan, d.next_action)], generated_at=GENERATED)
    found = events(data)
    assert [str(e["UID"]) for e in found] == ["invited.reply.interview-invite@unghost"]
    assert str(found[0]["SUMMARY"]) == "Reply to Acme (Data Analyst)"
    offer = Story("US").applied("2026-03-02").became(Status.OFFER, "2026-03-11")
    o = offer.diagnose("2026-03-12")
    zh = build_ics([(offer.build("o"), o.follow_up_plan, o.next_action)], generated_at=GENERATED,
                   language="zh")  # fmt: skip
    assert str(events(zh)[0]["SUMMARY"]) == "决定是否接受Acme（Data Analyst）的录用"
