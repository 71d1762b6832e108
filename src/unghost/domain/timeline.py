"""Reading an application's history into the facts the diagnosis reasons about, as of a date."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from operator import attrgetter

from unghost.domain.evidence import ContactProblem, MailSignal, PostingEvent, is_urgent
from unghost.domain.parameters import HearBackParams
from unghost.domain.records import (
    Application,
    Direction,
    Interview,
    Message,
    MessageKind,
    Status,
)

NONE, APPLICATION, INTERVIEW = "none", "application", "interview"
_AT = attrgetter("at")
EARLY, MIDDLE, FINAL, DEFAULT = "early", "middle", "final", "default"

# Received kinds that are a human answer: the silence restarts from them.
_SUBSTANTIVE = frozenset(
    {MessageKind.STILL_DECIDING, MessageKind.INFO_REQUEST, MessageKind.INTERVIEW_INVITE}
)
# Received kinds that ask the candidate something: until they answer, the move is theirs.
_ASKING = frozenset({MessageKind.INFO_REQUEST, MessageKind.INTERVIEW_INVITE})
_DECISIVE = frozenset({MessageKind.REJECTION, MessageKind.OFFER, MessageKind.POSITION_CLOSED})
_ANSWERED_STATUSES = {
    Status.REJECTED: "rejected",
    Status.WITHDRAWN: "withdrawn",
    Status.ACCEPTED: "accepted",
    Status.OFFER: "offer",
}


@dataclass(frozen=True, slots=True)
class Closing:
    """The application ended, or the employer gave its final word."""

    on: date | None
    by: str  # rejected | withdrawn | accepted | offer (status) or a decisive message kind
    from_message: bool  # True when only a message says so and the status is still open


@dataclass(slots=True)
class Timeline:
    """The facts of one application as of `today`; a read-only record (not frozen for speed)."""

    today: date
    status: Status
    phase: str  # none | application | interview
    applied_on: date | None
    interview: Interview | None  # the coming interview, else the last one held
    interview_on: date | None
    stage: str  # early | middle | final | default
    upcoming: Interview | None  # the next interview after today
    decision_on: date | None
    candidates_remaining: int | None
    anchor: date | None  # start of the current silence: the ball went to the employer then
    anchor_event: str  # interview | applied | received | replied
    thank_you_on: date | None
    follow_ups: tuple[date, ...]  # sent after the last interview (or the application)
    last_received_on: date | None  # last substantive message after the interview/application
    last_received_kind: MessageKind | None
    replied_on: date | None  # the candidate's first message after their invitation or request
    applies_on: date | None  # an application date still in the future
    still_deciding_on: date | None
    acknowledged_on: date | None
    away: tuple[date, date, str | None] | None  # (from, back on, who) for an out-of-office
    bounce_on: date | None
    closing: Closing | None
    posting_closed_on: date | None
    posting_reposted_on: date | None
    posting_open_on: date | None
    signals: dict[str, MailSignal]  # latest signal per kind
    contact_problems: tuple[ContactProblem, ...]
    new_position: bool | None
    posted_on: date | None
    company: str

    @property
    def contact_trouble(self) -> bool:
        """A contact problem worth fixing first (evidence.is_urgent) or a bounce of the
        candidate's own mail: it comes before the follow-ups and lowers the odds."""
        return any(map(is_urgent, self.contact_problems)) or self.bounce_on is not None


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _in_order(messages: list[Message]) -> list[Message]:
    if len(messages) < 2:
        return messages
    try:
        return sorted(messages, key=_AT)
    except TypeError:  # a naive time among aware ones: read naive as UTC
        return sorted(messages, key=lambda m: _aware(m.at))


def classify_stage(stage: str | None, hearback: HearBackParams) -> str:
    if not stage:
        return MIDDLE
    text = stage.casefold().strip()
    if text in hearback.final_stages:
        return FINAL
    if text in hearback.early_stages:
        return EARLY
    return MIDDLE


def read_timeline(
    app: Application,
    today: date,
    hearback: HearBackParams,
    *,
    contact_problems: Sequence[ContactProblem] = (),
    posting_events: Sequence[PostingEvent] = (),
    mail_signals: Sequence[MailSignal] = (),
) -> Timeline:
    """What was known on `today`: anything dated later is ignored, so answers replay exactly."""
    last: Interview | None = None
    upcoming: Interview | None = None
    for interview in app.interviews:
        moment = _aware(interview.at)
        if interview.at.date() <= today:
            if last is None or moment > _aware(last.at):
                last = interview
        elif upcoming is None or moment < _aware(upcoming.at):
            upcoming = interview
    held_at = _aware(last.at) if last is not None else None
    if upcoming is not None:
        last = upcoming  # an interview is coming: the wait that matters starts after it
    applied_on = applies_on = app.applied_on
    if applied_on is not None and applied_on > today:
        applied_on = None
    else:
        applies_on = None
    start: date | None
    if last is not None:
        phase, start = INTERVIEW, last.at.date()
    elif app.status is not Status.SAVED and applies_on is None:
        phase, start = APPLICATION, applied_on or _recorded_on(app, today)
    else:
        phase, start = NONE, None  # saved, or the application is still to be sent
    start_at = _aware(last.at) if last is not None else None

    thank_you_on = None
    follow_ups: list[date] = []
    last_received: tuple[date, MessageKind] | None = None
    last_received_at: datetime | None = None
    replied_on: date | None = None
    still_deciding_on = acknowledged_on = bounce_on = None
    away: tuple[date, date, str | None] | None = None
    closing_message: tuple[date, MessageKind] | None = None
    for message in _in_order(app.messages):
        on = message.at.date()
        if on > today:
            continue  # not known yet (local dates need not follow the order of instants)
        kind = message.kind
        after_start = start is not None and (
            _aware(message.at) >= start_at if start_at is not None else on >= start
        )
        if message.direction is Direction.SENT:
            if not after_start:
                continue
            if (
                replied_on is None
                and last_received is not None
                and last_received[1] in _ASKING
                and last_received_at is not None
                and _aware(message.at) > last_received_at
            ):
                replied_on = on  # their question is answered: the ball is theirs again
            if kind is MessageKind.THANK_YOU and phase == INTERVIEW:
                thank_you_on = thank_you_on or on
            elif kind is MessageKind.FOLLOW_UP or kind is MessageKind.THANK_YOU:
                follow_ups.append(on)
            continue
        if kind in _DECISIVE:
            # An answer that a later interview overtook does not end the application.
            if held_at is None or _aware(message.at) >= held_at:
                closing_message = closing_message or (on, kind)
        elif kind is MessageKind.BOUNCE:
            bounce_on = on
        elif kind is MessageKind.OUT_OF_OFFICE:
            back = message.return_date
            # Several auto-replies: keep the latest return date (never follow up before it).
            if back is not None and back > on and (away is None or back >= away[1]):
                away = (away[0] if away and away[1] >= on else on, back, message.counterpart)
        elif kind is MessageKind.ACKNOWLEDGEMENT:
            acknowledged_on = on
        elif kind in _SUBSTANTIVE and after_start:
            last_received = (on, kind)
            last_received_at, replied_on = _aware(message.at), None
            bounce_on = None  # a human answer shows mail gets through
            if kind is MessageKind.STILL_DECIDING:
                still_deciding_on = on

    signals: dict[str, MailSignal] = {}
    for signal in mail_signals:
        if signal.on <= today and (
            signal.kind not in signals or signals[signal.kind].on <= signal.on
        ):
            signals[signal.kind] = signal
    decision_on = last.decision_expected_on if last is not None else None
    named = signals.get("decision-date")
    if named is not None and named.date is not None and (start is None or named.on >= start):
        decision_on = named.date
    holiday = signals.get("holiday")
    if (
        holiday is not None
        and holiday.date is not None
        and holiday.date > holiday.on
        and (away is None or away[1] < holiday.date)
    ):
        away = (holiday.on, holiday.date, None)

    anchor, anchor_event = start, (INTERVIEW if phase == INTERVIEW else "applied")
    if last_received is not None and start is not None and last_received[0] >= start:
        if replied_on is not None:
            anchor, anchor_event = replied_on, "replied"
        elif last_received[0] > start or last_received[1] in _ASKING:
            anchor, anchor_event = last_received[0], "received"
    if away is not None and anchor is not None and away[1] <= anchor:
        away = None

    posting_closed_on = posting_reposted_on = posting_open_on = None
    for event in sorted(posting_events, key=lambda e: e.on):
        if event.on > today:
            break
        if event.state == "closed":
            posting_closed_on = posting_closed_on or event.on
        elif event.state == "reposted":
            posting_reposted_on, posting_closed_on = event.on, None
        elif event.state == "open":
            posting_open_on, posting_closed_on = event.on, None
    if app.role.closed_on is not None and app.role.closed_on <= today:
        posting_closed_on = posting_closed_on or app.role.closed_on

    return Timeline(
        today=today,
        status=app.status,
        phase=phase,
        applied_on=applied_on,
        interview=last,
        interview_on=last.at.date() if last is not None else None,
        stage=classify_stage(last.stage, hearback) if last is not None else DEFAULT,
        upcoming=upcoming,
        decision_on=decision_on,
        candidates_remaining=last.candidates_remaining if last is not None else None,
        anchor=anchor,
        anchor_event=anchor_event,
        thank_you_on=thank_you_on,
        follow_ups=tuple(follow_ups),
        last_received_on=last_received[0] if last_received else None,
        last_received_kind=last_received[1] if last_received else None,
        replied_on=replied_on,
        applies_on=applies_on,
        still_deciding_on=still_deciding_on,
        acknowledged_on=acknowledged_on,
        away=away,
        bounce_on=bounce_on,
        closing=_closing(app, today, closing_message),
        posting_closed_on=posting_closed_on,
        posting_reposted_on=posting_reposted_on,
        posting_open_on=posting_open_on,
        signals=signals,
        contact_problems=tuple(contact_problems),
        new_position=app.role.new_position,
        posted_on=app.role.posted_on,
        company=app.company.name,
    )


def _recorded_on(app: Application, today: date) -> date | None:
    """When an application without a date was recorded as sent: its first dated stage change."""
    return min(
        (e.on for e in app.events if e.status is not None and e.status is not Status.SAVED
         and e.on <= today),
        default=None,
    )  # fmt: skip


def _closing(
    app: Application, today: date, message: tuple[date, MessageKind] | None
) -> Closing | None:
    by = _ANSWERED_STATUSES.get(app.status)
    if by is not None:
        on = None
        for event in app.events:
            if event.status is app.status and event.on <= today:
                on = event.on
        if on is None and message is not None:
            on = message[0]
        return Closing(on, by, from_message=False)
    if message is not None:
        return Closing(message[0], message[1].value, from_message=True)
    return None


def thank_you_deadline(interview: Interview, hours: int) -> date:
    """The calendar day by which a thank-you sent within `hours` of the interview arrives."""
    return (interview.at + timedelta(hours=hours)).date()
