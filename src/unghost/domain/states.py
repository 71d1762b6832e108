"""Where an application stands: whose move it is, read before any odds or reasons."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from unghost.domain.records import MessageKind, Status
from unghost.domain.timeline import NONE, Timeline

WAITING, YOUR_MOVE, CLOSED, NOT_APPLIED = "waiting", "your-move", "closed", "not-applied"
STATES = (WAITING, YOUR_MOVE, CLOSED, NOT_APPLIED)

# What put the move on the candidate's side (State.by when the state is your-move).
OFFER, INVITE, INFO_REQUEST, INTERVIEW = "offer", "interview-invite", "info-request", "interview"
_ASKED = {MessageKind.INTERVIEW_INVITE: INVITE, MessageKind.INFO_REQUEST: INFO_REQUEST}


@dataclass(frozen=True, slots=True)
class State:
    """`code` is one of STATES; `by` says what decided it, `on` since when (if known)."""

    code: str
    by: str  # a status, a message kind, interview, saved or applies-later
    on: date | None = None

    @property
    def waiting(self) -> bool:
        return self.code == WAITING


def read_state(timeline: Timeline) -> State:
    """Waiting only while the employer owes an answer; every other case names what happened."""
    closing = timeline.closing
    if closing is not None:
        if closing.by == "offer":
            return State(YOUR_MOVE, OFFER, closing.on)
        return State(CLOSED, closing.by, closing.on)
    if timeline.phase == NONE:
        if timeline.applies_on is not None:
            return State(NOT_APPLIED, "applies-later", timeline.applies_on)
        return State(NOT_APPLIED, Status.SAVED.value)
    if timeline.upcoming is not None:
        return State(YOUR_MOVE, INTERVIEW, timeline.interview_on)
    asked = _ASKED.get(timeline.last_received_kind) if timeline.last_received_kind else None
    if asked is not None and timeline.replied_on is None:
        return State(YOUR_MOVE, asked, timeline.last_received_on)
    return State(WAITING, timeline.anchor_event, timeline.anchor)
