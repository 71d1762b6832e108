"""Turning `unghost log` options into one LogEntry, with each bad value named."""

from typing import Any

from unghost.bootstrap import Context
from unghost.domain.records import (
    RECEIVED_KINDS,
    SENT_KINDS,
    Direction,
    Interview,
    Message,
    MessageKind,
)
from unghost.errors import InvalidInputError
from unghost.interchange.fields import parse_date, parse_datetime, parse_status
from unghost.services.applications import LogEntry


def build_entry(ctx: Context, **o: Any) -> LogEntry:
    """A bad value raises FieldError, an InvalidInputError: the command's edge reports it."""
    interview = message = None
    if o["interview"]:
        interview = Interview(
            at=parse_datetime(o["interview"], ctx.zone),
            stage=o["stage"],
            interviewers=list(o["interviewers"]),
            decision_expected_on=parse_date(o["decision_on"]) if o["decision_on"] else None,
            candidates_remaining=o["remaining"],
        )
    kind_text = o["sent"] or o["received"]
    if kind_text:
        direction = Direction.SENT if o["sent"] else Direction.RECEIVED
        allowed = SENT_KINDS if direction is Direction.SENT else RECEIVED_KINDS
        try:
            kind = MessageKind(kind_text.strip().lower())
        except ValueError:
            kind = None
        if kind not in allowed:
            names = ", ".join(sorted(k.value for k in allowed))
            raise InvalidInputError(f"{kind_text!r} is not a kind of {direction.value} message "
                                    f"(known: {names})")  # fmt: skip
        message = Message(
            at=parse_datetime(o["at"], ctx.zone) if o["at"] else _now(ctx),
            direction=direction,
            kind=kind,
            subject=o["subject"],
            counterpart=o["counterpart"],
            return_date=parse_date(o["return_date"]) if o["return_date"] else None,
        )
    return LogEntry(
        interview=interview,
        message=message,
        status=parse_status(o["status"]) if o["status"] else None,
        note=o["note"],
        on=parse_date(o["on"]) if o["on"] else None,
    )


def _now(ctx: Context) -> Any:
    """A message logged without --at happened today; at noon unless today is the real day."""
    from datetime import datetime, time

    now = datetime.now(ctx.zone)
    if now.date() == ctx.today:
        return now.replace(microsecond=0)
    return datetime.combine(ctx.today, time(12), tzinfo=ctx.zone)
