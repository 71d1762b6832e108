"""The outbox state machine: which sends are allowed, and when a queued message is due."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from unghost.errors import ConflictError, InvalidInputError


class OutboxState(StrEnum):
    DRAFT = "draft"
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"  # refused before the DATA phase: the message was never delivered
    UNKNOWN = "unknown"  # interrupted after DATA began: it may or may not have arrived


_S = OutboxState
# Every move a person may make. `sending` is entered only through `begin_send`.
_TRANSITIONS: dict[OutboxState, frozenset[OutboxState]] = {
    _S.DRAFT: frozenset({_S.QUEUED, _S.SENDING}),
    _S.QUEUED: frozenset({_S.DRAFT, _S.SENDING}),
    _S.SENDING: frozenset({_S.SENT, _S.FAILED, _S.UNKNOWN}),
    _S.FAILED: frozenset({_S.DRAFT, _S.QUEUED, _S.SENDING}),
    # The user checked their Sent folder and says what happened, or resends by hand (--force).
    _S.UNKNOWN: frozenset({_S.SENT, _S.FAILED, _S.SENDING}),
    _S.SENT: frozenset({_S.SENDING}),
}
# Leaving these for `sending` may deliver the message twice: only a person, asked twice, may.
_NEEDS_FORCE = frozenset({_S.UNKNOWN, _S.SENT})
_OUTCOMES = frozenset({_S.SENT, _S.FAILED, _S.UNKNOWN})


@dataclass(slots=True, kw_only=True)
class OutboxEntry:
    """One message on its way out, from draft to its final state."""

    id: int | None = None
    application_ref: str
    kind: str  # thank-you, follow-up, check-in, close-the-loop, contact-update, or a user kind
    lang: str
    to: str  # one address as written in the To header: `Li Wei <li.wei@acme.example>`
    cc: list[str] = field(default_factory=list)
    subject: str
    body: str
    message_id: str | None = None  # set before the first send and kept for every retry
    state: OutboxState = OutboxState.DRAFT
    scheduled_on: date | None = None
    attempts: int = 0
    last_error: str | None = None
    created_at: datetime
    sent_at: datetime | None = None
    in_reply_to: str | None = None  # the message this one answers, for threading
    references: list[str] = field(default_factory=list)
    owner: str | None = None  # `host:pid:token` of the process sending it (its lease)
    heartbeat_at: datetime | None = None  # when that process last said it is alive
    retry_at: datetime | None = None  # a retryable failure: not sent again before this

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "application_ref": self.application_ref,
            "kind": self.kind,
            "lang": self.lang,
            "to": self.to,
            "cc": list(self.cc),
            "subject": self.subject,
            "body": self.body,
            "message_id": self.message_id,
            "state": self.state.value,
            "scheduled_on": self.scheduled_on.isoformat() if self.scheduled_on else None,
            "attempts": self.attempts,
            "last_error": self.last_error,
            "created_at": self.created_at.isoformat(),
            "sent_at": self.sent_at.isoformat() if self.sent_at else None,
            "in_reply_to": self.in_reply_to,
            "references": list(self.references),
            "owner": self.owner,
            "heartbeat_at": self.heartbeat_at.isoformat() if self.heartbeat_at else None,
            "retry_at": self.retry_at.isoformat() if self.retry_at else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OutboxEntry:
        """The entry `to_dict` wrote; raises InvalidInputError on a field it cannot read."""
        try:
            return cls(
                id=data.get("id"),
                application_ref=str(data["application_ref"]),
                kind=str(data["kind"]),
                lang=str(data["lang"]),
                to=str(data["to"]),
                cc=[str(a) for a in data.get("cc") or []],
                subject=str(data["subject"]),
                body=str(data["body"]),
                message_id=data.get("message_id"),
                state=OutboxState(data.get("state", "draft")),
                scheduled_on=_date(data.get("scheduled_on")),
                attempts=int(data.get("attempts") or 0),
                last_error=data.get("last_error"),
                created_at=datetime.fromisoformat(data["created_at"]),
                sent_at=_datetime(data.get("sent_at")),
                in_reply_to=data.get("in_reply_to"),
                references=[str(r) for r in data.get("references") or []],
                owner=data.get("owner"),
                heartbeat_at=_datetime(data.get("heartbeat_at")),
                retry_at=_datetime(data.get("retry_at")),
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise InvalidInputError(f"outbox entry is not readable: {exc}") from exc


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _label(entry: OutboxEntry) -> str:
    return f"outbox message {entry.id}" if entry.id is not None else "this message"


def can_move(current: OutboxState, target: OutboxState) -> bool:
    """Whether a person may move an entry from `current` to `target` (force aside)."""
    return target in _TRANSITIONS[current]


def move(entry: OutboxEntry, target: OutboxState) -> OutboxEntry:
    """The entry moved by hand to draft, queued, sent or failed; never into `sending`."""
    if target is OutboxState.SENDING:
        raise ConflictError("use begin_send to send a message")
    if entry.state is OutboxState.SENDING:
        raise ConflictError(f"{_label(entry)} is being sent; its result is recorded when it ends")
    if not can_move(entry.state, target):
        raise ConflictError(f"{_label(entry)} is {entry.state.value}; it cannot become {target}")
    scheduled = entry.scheduled_on if target is OutboxState.QUEUED else None
    return dataclasses.replace(entry, state=target, scheduled_on=scheduled)


def queue(entry: OutboxEntry, on: date | None) -> OutboxEntry:
    """The entry scheduled for `on` (None: the next business day the worker sees)."""
    if entry.state is not OutboxState.QUEUED and not can_move(entry.state, OutboxState.QUEUED):
        raise ConflictError(f"{_label(entry)} is {entry.state.value}; it cannot be scheduled")
    return dataclasses.replace(entry, state=OutboxState.QUEUED, scheduled_on=on, retry_at=None)


def sendable_states(*, automatic: bool, force: bool = False) -> frozenset[OutboxState]:
    """The states a send may start from: what `begin_send` allows, for a compare-and-set."""
    if automatic:
        return frozenset({_S.QUEUED})
    manual = frozenset(s for s in _TRANSITIONS if _S.SENDING in _TRANSITIONS[s])
    return manual if force else manual - _NEEDS_FORCE


def begin_send(entry: OutboxEntry, *, automatic: bool, force: bool = False) -> OutboxEntry:
    """The entry in `sending`, to be saved before the first byte goes to the server.

    At-most-once automatic sending: a scheduler (`automatic=True`) only ever sends a `queued`
    entry. A person may send a draft, a queued or a failed entry; an `unknown` or `sent` one
    only with `force=True`, because it may already be in the recipient's inbox.
    """
    label = _label(entry)
    if not entry.message_id:
        raise ConflictError(f"{label} has no Message-ID yet; record one before sending it")
    if entry.state is OutboxState.SENDING:
        raise ConflictError(
            f"{label} is already being sent",
            hint="if the process sending it stopped, the next worker pass (`unghost worker "
            "--once`) marks it unknown; then check your Sent folder and use `unghost outbox "
            f"--mark {entry.id} sent` (or failed)",
        )
    if automatic and entry.state is not OutboxState.QUEUED:
        raise ConflictError(
            f"{label} is {entry.state.value}; only queued messages go out by themselves"
        )
    if entry.state in _NEEDS_FORCE and not (force and not automatic):
        was = "was sent" if entry.state is OutboxState.SENT else "may already have been sent"
        raise ConflictError(
            f"{label} {was}; unghost does not send it again by itself",
            hint="Check your Sent folder; send it again with --force only if it is not there.",
        )
    return dataclasses.replace(
        entry, state=OutboxState.SENDING, attempts=entry.attempts + 1, last_error=None,
        retry_at=None,
    )  # fmt: skip


def finish_send(
    entry: OutboxEntry, outcome: OutboxState, *, at: datetime, error: str | None = None
) -> OutboxEntry:
    """The entry after the server's answer: `sent`, `failed` or `unknown`."""
    if entry.state is not OutboxState.SENDING:
        raise ConflictError(f"{_label(entry)} is {entry.state.value}, not being sent")
    if outcome not in _OUTCOMES:
        raise ConflictError(f"a send ends sent, failed or unknown, not {outcome}")
    return dataclasses.replace(
        entry,
        state=outcome,
        sent_at=at if outcome is OutboxState.SENT else entry.sent_at,
        last_error=None if outcome is OutboxState.SENT else error,
    )


def sent_by_hand(entry: OutboxEntry, *, at: datetime) -> OutboxEntry:
    """The user sent it themselves (copied it, opened it in their mail app, the .eml): it is
    `sent` at `at` and never goes out from unghost."""
    if entry.state not in (_S.DRAFT, _S.QUEUED, _S.FAILED, _S.UNKNOWN):
        raise ConflictError(f"{_label(entry)} is {entry.state.value}; it cannot be marked sent")
    return dataclasses.replace(entry, state=OutboxState.SENT, sent_at=at, scheduled_on=None,
                               last_error=None)  # fmt: skip


def recover_interrupted(entry: OutboxEntry, *, note: str) -> OutboxEntry:
    """An entry left in `sending` by a process that stopped: `unknown`, never resent by itself.

    Call it only for entries whose sender is provably gone (its lease: `owner_gone`).
    """
    if entry.state is not OutboxState.SENDING:
        return entry
    return dataclasses.replace(entry, state=OutboxState.UNKNOWN, last_error=note)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How a scheduled send that failed for a passing reason is tried again (outbox.toml)."""

    max_attempts: int  # sends in all, the first included
    backoff_minutes: tuple[int, ...]  # the wait after the 1st, 2nd... failure (last repeats)


@dataclass(frozen=True, slots=True)
class LeasePolicy:
    """How a sender proves it is alive (outbox.toml)."""

    heartbeat_s: float  # how often a sender renews its lease while it sends
    stale_after_s: float  # a lease not renewed for this long belongs to a stopped process


def after_failure(
    entry: OutboxEntry, error: str, *, retryable: bool, automatic: bool, now: datetime,
    policy: RetryPolicy,
) -> OutboxEntry:  # fmt: skip
    """A `failed` send's next state: back in the queue with a wait when the failure passes
    (4xx, connection refused) and attempts remain, else `failed` with the reason."""
    failed = finish_send(entry, OutboxState.FAILED, at=now, error=error)
    if not (automatic and retryable) or entry.attempts >= policy.max_attempts:
        if automatic and retryable:
            failed.last_error = f"{error} (gave up after {entry.attempts} attempts)"
        return failed
    step = min(entry.attempts, len(policy.backoff_minutes)) - 1
    retry_at = now + timedelta(minutes=policy.backoff_minutes[max(step, 0)])
    note = f"{error} (attempt {entry.attempts} of {policy.max_attempts}; next {retry_at:%Y-%m-%d %H:%M} UTC)"
    return dataclasses.replace(failed, state=OutboxState.QUEUED, retry_at=retry_at,
                               last_error=note)  # fmt: skip


def owner_gone(
    entry: OutboxEntry, *, now: datetime, policy: LeasePolicy,
    alive_here: Callable[[str], bool | None],
) -> bool:  # fmt: skip
    """Whether the process that was sending `entry` has provably stopped.

    `alive_here(owner)` answers for a sender on this machine (None: not on this machine). A
    sender elsewhere is gone only when its lease has not been renewed for `stale_after_s`.
    """
    if entry.state is not OutboxState.SENDING:
        return False
    if entry.owner is None or entry.heartbeat_at is None:
        return True  # left by an unghost from before the lease existed
    alive = alive_here(entry.owner)
    if alive is not None and not alive:
        return True
    return (now - entry.heartbeat_at).total_seconds() > policy.stale_after_s


@dataclass(frozen=True, slots=True)
class SendPolicy:
    """When a scheduled message goes out; read from data/outbox.toml."""

    lookahead_days: int  # how far to look for the next business day
    stale_after_business_days: int  # a missed day older than this waits for the user


@dataclass(frozen=True, slots=True)
class SendPlan:
    due: bool
    send_on: date | None  # the business day it goes out (the scheduled day, moved forward)
    stale: bool  # its day passed long ago: the user decides
    why: str

    def to_dict(self) -> dict[str, Any]:
        on = self.send_on.isoformat() if self.send_on else None
        return {"due": self.due, "send_on": on, "stale": self.stale, "why": self.why}


def _next_business_day(
    day: date, is_business_day: Callable[[date], bool], lookahead_days: int
) -> date | None:
    for step in range(lookahead_days + 1):
        candidate = day + timedelta(days=step)
        if is_business_day(candidate):
            return candidate
    return None


def _business_days_after(
    start: date, end: date, is_business_day: Callable[[date], bool], stop_at: int
) -> int:
    """Business days in (start, end], counting no further than `stop_at`."""
    count, day = 0, start
    while day < end and count < stop_at:
        day += timedelta(days=1)
        count += is_business_day(day)
    return count


def plan_send(
    scheduled_on: date | None,
    is_business_day: Callable[[date], bool],
    today: date,
    policy: SendPolicy,
) -> SendPlan:
    """Whether a queued message goes out today, in the employer's business days.

    A day that is not a business day moves to the next one; a message that missed its day
    (the worker was off) goes out on the next business day, unless it is stale.
    """
    wanted = scheduled_on or today
    send_on = _next_business_day(wanted, is_business_day, policy.lookahead_days)
    if send_on is None:
        return SendPlan(
            False,
            None,
            False,
            f"no business day within {policy.lookahead_days} days of {wanted.isoformat()}",
        )
    if today < send_on:
        return SendPlan(False, send_on, False, f"scheduled for {send_on.isoformat()}")
    late = _business_days_after(
        send_on, today, is_business_day, policy.stale_after_business_days + 1
    )
    if late > policy.stale_after_business_days:
        return SendPlan(
            False,
            send_on,
            True,
            f"missed its day {send_on.isoformat()} by more than "
            f"{policy.stale_after_business_days} business days; send it by hand or reschedule",
        )
    if not is_business_day(today):
        return SendPlan(False, send_on, False, f"{today.isoformat()} is not a business day")
    why = "due today" if today == send_on else f"due since {send_on.isoformat()}"
    return SendPlan(True, send_on, False, why)


def list_due(
    entries: Iterable[OutboxEntry],
    calendar_for: Callable[[OutboxEntry], Callable[[date], bool]],
    today: date,
    policy: SendPolicy,
    *,
    now: datetime | None = None,
) -> list[OutboxEntry]:
    """The queued entries that go out today, oldest first (a retry waits for its time)."""
    due = [
        e
        for e in entries
        if e.state is OutboxState.QUEUED
        and (e.retry_at is None or now is None or e.retry_at <= now)
        and plan_send(e.scheduled_on, calendar_for(e), today, policy).due
    ]
    return sorted(due, key=lambda e: (e.scheduled_on or today, e.created_at))
