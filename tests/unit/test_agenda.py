"""The agenda: what to do today and this week across applications, most urgent first."""

from __future__ import annotations

from datetime import date

from tests.unit.timeline import Story, params
from unghost.domain.agenda import Agenda, plan_agenda
from unghost.domain.evidence import ContactProblem, MailSignal
from unghost.domain.records import MessageKind, Status

TODAY = date(2026, 3, 20)  # a Friday


def board() -> dict[str, Story]:
    return {
        # Interviewed yesterday, no thank-you yet.
        "thank-you": Story("US", company="Initech").applied("2026-03-02").interview("2026-03-19"),
        # First follow-up was due on Tue 17 Mar, window ended Thu 19 Mar.
        "overdue": Story("US", company="Globex")
        .applied("2026-02-20")
        .interview("2026-03-10")
        .thank_you("2026-03-10"),
        # First follow-up due today.
        "due-today": Story("GB", company="Tesco Labs")
        .applied("2026-03-02")
        .interview("2026-03-13")
        .thank_you("2026-03-13"),
        # First follow-up due next Wednesday.
        "next-week": Story("DE", company="Umbrella")
        .applied("2026-03-02")
        .interview("2026-03-18")
        .thank_you("2026-03-18"),
        # Followed up three times, long ago: let it go.
        "let-go": Story("FR", company="Boulangerie")
        .applied("2026-01-05")
        .interview("2026-01-13")
        .thank_you("2026-01-13")
        .follow_up("2026-01-20")
        .follow_up("2026-01-30")
        .follow_up("2026-02-11"),
        # Contact details wrong.
        "fix": Story("US", company="Stark").applied("2026-03-02").interview("2026-03-16"),
        # Closed ones stay off the agenda.
        "rejected": Story("US", company="Wayne")
        .applied("2026-03-02")
        .became(Status.REJECTED, "2026-03-12"),
        # An interview next week: nothing to chase.
        "coming": Story("JP", company="Sakura").applied("2026-03-02").interview("2026-03-24"),
    }


def agenda_for(stories: dict[str, Story]) -> Agenda:
    apps = [story.build(ref) for ref, story in stories.items()]
    return plan_agenda(
        apps,
        TODAY,
        params(),
        contact_findings={
            "fix": [ContactProblem("email-typo", "me@gmial.com", "Your email looks mistyped.")]
        },
    )


def test_today_lists_thank_yous_then_follow_ups_then_contact_fixes_then_letting_go() -> None:
    agenda = agenda_for(board())
    assert [(i.ref, i.kind) for i in agenda.today] == [
        ("thank-you", "send-thank-you"),
        ("overdue", "follow-up"),
        ("due-today", "follow-up"),
        ("fix", "fix-contact-info"),
        ("let-go", "move-on"),
    ]
    overdue = agenda.today[1]
    assert overdue.overdue_business_days == 1
    assert overdue.on == TODAY
    assert all(item.on == TODAY for item in agenda.today)


def test_this_week_shows_what_falls_due_in_the_next_seven_days() -> None:
    agenda = agenda_for(board())
    assert [(i.ref, i.kind, i.on) for i in agenda.this_week] == [
        ("next-week", "follow-up", date(2026, 3, 25)),
    ]
    assert agenda.this_week[0].why.startswith("Wait: follow-up 1 of 3 is due on 25 Mar")


def test_closed_applications_and_coming_interviews_are_not_on_the_agenda() -> None:
    agenda = agenda_for(board())
    refs = {i.ref for i in agenda.today + agenda.this_week}
    assert "rejected" not in refs and "coming" not in refs


def test_a_rejection_mail_the_status_does_not_show_yet_becomes_a_move_on() -> None:
    stories = {
        "told": Story("US", company="Hooli")
        .applied("2026-03-02")
        .interview("2026-03-10")
        .received(MessageKind.REJECTION, "2026-03-18")
    }
    agenda = agenda_for(stories)
    assert [(i.ref, i.kind) for i in agenda.today] == [("told", "move-on")]
    assert "rejection on 18 Mar" in agenda.today[0].why


def test_the_agenda_json_lists_both_groups() -> None:
    result = agenda_for(board()).to_dict()
    assert result["as_of"] == "2026-03-20"
    assert [i["ref"] for i in result["today"]] == [
        "thank-you",
        "overdue",
        "due-today",
        "fix",
        "let-go",
    ]
    first = result["today"][0]
    assert set(first) == {"ref", "company", "role", "kind", "on", "why", "overdue_business_days"}
    assert first["company"] == "Initech" and first["on"] == "2026-03-20"


def test_evidence_is_matched_to_applications_by_reference() -> None:
    story = Story("US", company="Vandelay").applied("2026-03-02").interview("2026-03-10")
    apps = [story.thank_you("2026-03-10").build("vandelay")]
    plain = plan_agenda(apps, TODAY, params())
    away = plan_agenda(
        apps,
        TODAY,
        params(),
        mail_signals={"vandelay": [MailSignal(date(2026, 3, 18), "holiday", date(2026, 3, 30))]},
    )
    elsewhere = plan_agenda(
        apps,
        TODAY,
        params(),
        mail_signals={"other": [MailSignal(date(2026, 3, 18), "holiday", date(2026, 3, 30))]},
    )
    assert [i.kind for i in plain.today] == ["follow-up"]
    assert away.today == () and away.this_week == ()  # they are away until 30 Mar
    assert [i.kind for i in elsewhere.today] == ["follow-up"]
    assert plan_agenda([], TODAY, params()).to_dict() == {
        "as_of": "2026-03-20",
        "today": [],
        "this_week": [],
    }
