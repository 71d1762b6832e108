"""An ICS calendar of planned follow-ups and interviews, stable enough to subscribe to."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from icalendar import TRANSP, Alarm, Calendar, Event

from unghost.domain.actions import DECIDE, REPLY, NextAction
from unghost.domain.followup import FOLLOW_UP, MOVE_ON, THANK_YOU, Step
from unghost.domain.records import Application
from unghost.domain.wording import say

PRODID = "-//unghost//unghost follow-ups//EN"
_UID_DOMAIN = "unghost"
_UNSAFE = re.compile(r"[^A-Za-z0-9._~-]")
_INTERVIEW_LENGTH = timedelta(hours=1)  # shown length when the record has no end time
_REFRESH = timedelta(hours=6)  # how often a subscribed client should fetch the feed again
_NAMESPACE = uuid.UUID("6f1f6a43-5b5f-4f0e-9d5c-9b8f3c2a1d10")  # unghost's own UUID namespace


def _uid(ref: str, *parts: object) -> str:
    """A UID that stays the same for the same application and step, so clients update in place."""
    safe = _UNSAFE.sub(lambda m: f"%{ord(m.group()):X}", ref)
    return ".".join([safe, *(str(p) for p in parts)]) + f"@{_UID_DOMAIN}"


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _alarm(description: str, trigger: timedelta, *, related_to_start: bool = True) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", description)
    alarm.add("trigger", trigger, parameters={"RELATED": "START"} if related_to_start else {})
    return alarm


def _step_summary(app: Application, step: Step, total: int, language: str) -> str:
    return say(
        f"ics.{step.kind}",
        language,
        company=app.company.name,
        role=app.role.title,
        n=step.number,
        total=total,
    )


def _step_event(
    app: Application,
    step: Step,
    total: int,
    stamp: datetime,
    reminder: timedelta,
    language: str,
) -> Event:
    assert step.on is not None
    window = step.on.isoformat()
    if step.due_by is not None and step.due_by != step.on:
        to = "至" if language == "zh" else " to "
        window = f"{step.on.isoformat()}{to}{step.due_by.isoformat()}"
    summary = _step_summary(app, step, total, language)
    event = Event.new(
        summary=summary,
        start=step.on,
        end=step.on + timedelta(days=1),
        uid=_uid(app.ref, step.kind, step.number),
        stamp=stamp,
        description=say("ics.window", language, summary=summary, window=window, ref=app.ref),
        categories=["unghost", step.kind],
        transparency=TRANSP.TRANSPARENT,
    )
    event.add_component(_alarm(summary, reminder))
    return event


def _interview_event(app: Application, index: int, stamp: datetime, language: str) -> Event:
    interview = app.interviews[index]
    start = _utc(interview.at)
    stage = (interview.stage or "").replace("-", " ")
    if language == "zh":
        shown = f"{stage} " if stage else ""
    else:
        shown = f"{stage.capitalize()} i" if stage else "I"
    summary = say(
        "ics.interview", language, stage=shown, company=app.company.name, role=app.role.title
    )
    lines = [say("ics.application", language, ref=app.ref)]
    if interview.interviewers:
        comma = "、" if language == "zh" else ", "
        lines.append(say("ics.with", language, names=comma.join(interview.interviewers)))
    event = Event.new(
        summary=summary,
        start=start,
        end=start + _INTERVIEW_LENGTH,
        uid=_uid(app.ref, "interview", index),
        stamp=stamp,
        description=("" if language == "zh" else " ").join(lines),
        categories=["unghost", "interview"],
    )
    event.add_component(_alarm(say("ics.tomorrow", language, summary=summary), -timedelta(days=1)))
    return event


def _reply_event(
    app: Application, action: NextAction, stamp: datetime, reminder: timedelta, language: str
) -> Event:
    """They asked you something or made an offer: the day to answer, as an all-day event."""
    assert action.on is not None
    key = "ics.decide" if action.label == DECIDE else "ics.reply"
    summary = say(key, language, company=app.company.name, role=app.role.title)
    event = Event.new(
        summary=summary,
        start=action.on,
        end=action.on + timedelta(days=1),
        uid=_uid(app.ref, "reply", action.then or "reply"),
        stamp=stamp,
        description=f"{action.why_in(language)} {say('ics.application', language, ref=app.ref)}",
        categories=["unghost", "reply"],
        transparency=TRANSP.TRANSPARENT,
    )
    event.add_component(_alarm(summary, reminder))
    return event


def build_ics(
    plans: Sequence[
        tuple[Application, Sequence[Step]] | tuple[Application, Sequence[Step], NextAction]
    ],
    *,
    generated_at: datetime,
    name: str = "unghost follow-ups",
    reminder_hour: int = 9,
    language: str = "en",
) -> bytes:
    """The calendar of every pending step and every interview of the given applications.

    Same input, same bytes: DTSTAMP is `generated_at`, UIDs derive from the application ref and
    the step, and events are sorted. Done steps are left out; a step without a day is skipped.
    Reminders (VALARM) fire at `reminder_hour` on a step's day and a day before an interview;
    note that subscribed feeds in Google Calendar and Outlook ignore them. `language` (`en` or
    `zh`) is the language of summaries and descriptions. When a plan carries the next action
    and it is a reply (an invitation, a request, an offer to decide on), that day is an event too.
    """
    stamp = _utc(generated_at)
    reminder = timedelta(hours=reminder_hour)
    events: list[tuple[str, str, Event]] = []
    for plan in plans:
        app, steps = plan[0], plan[1]
        action = plan[2] if len(plan) > 2 else None  # type: ignore[misc]  # 2- or 3-tuples
        if action is not None and action.kind == REPLY and action.on is not None:
            event = _reply_event(app, action, stamp, reminder, language)
            events.append((action.on.isoformat(), str(event["UID"]), event))
        total = sum(1 for s in steps if s.kind == FOLLOW_UP)
        for step in steps:
            if (
                step.done_on is None
                and step.on is not None
                and step.kind
                in (
                    THANK_YOU,
                    FOLLOW_UP,
                    MOVE_ON,
                )
            ):
                event = _step_event(app, step, total, stamp, reminder, language)
                events.append((step.on.isoformat(), str(event["UID"]), event))
        order = sorted(range(len(app.interviews)), key=lambda i: _utc(app.interviews[i].at))
        for index in order:
            event = _interview_event(app, index, stamp, language)
            events.append((_utc(app.interviews[index].at).isoformat(), str(event["UID"]), event))
    calendar = Calendar.new(
        prodid=PRODID,
        name=name,
        uid=str(uuid.uuid5(_NAMESPACE, name)),
        refresh_interval=_REFRESH,
    )
    for _, _, event in sorted(events, key=lambda e: (e[0], e[1])):
        calendar.add_component(event)
    return calendar.to_ical()
