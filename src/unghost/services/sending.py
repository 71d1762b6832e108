"""Sending one outbox message at most once among many senders: a lease, a heartbeat, and
compare-and-set steps, with the sent message recorded in its application in the same commit.

Any number of processes (the CLI, the worker, the web app and its API) may try to send the same
entry: the one whose `claim` changes the row sends; the others are told who does. A sender's
lease is `host:pid:token`; a worker pass settles a `sending` entry only when its owner is
provably gone (the process is dead on this machine, or the lease stopped being renewed)."""

from __future__ import annotations

import os
import socket
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING

from unghost.bootstrap import Context
from unghost.errors import ConflictError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from unghost.domain.outbox import OutboxEntry

_HOST = socket.gethostname()
_LIVE: set[str] = set()  # the leases this process holds now (its other threads may be senders)
_LIVE_LOCK = threading.Lock()


@contextmanager
def lease_owner() -> Iterator[str]:
    """A new lease name, known as live in this process from before its claim to after its
    settle, so a worker pass in another thread never takes it for a stopped sender."""
    owner = f"{_HOST}:{os.getpid()}:{uuid.uuid4().hex[:12]}"
    with _LIVE_LOCK:
        _LIVE.add(owner)
    try:
        yield owner
    finally:
        with _LIVE_LOCK:
            _LIVE.discard(owner)


def alive_here(owner: str) -> bool | None:
    """Whether the sender `owner` still runs, when it is on this machine (None: elsewhere)."""
    host, _, rest = owner.partition(":")
    pid_text, _, _token = rest.partition(":")
    if host != _HOST or not pid_text.isdigit():
        return None
    pid = int(pid_text)
    if pid == os.getpid():
        with _LIVE_LOCK:
            return owner in _LIVE
    return _pid_running(pid)


def _pid_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process with that id: not provably ours, not gone
    try:  # a killed process nobody has reaped yet is a zombie: it will never send again
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            return stat.read().rpartition(")")[2].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def describe_owner(entry: OutboxEntry, now: datetime) -> str:
    """`process 123 on host-a, alive 4 s ago` for messages about a send in flight."""
    if entry.owner is None:
        return "an earlier unghost"
    host, _, rest = entry.owner.partition(":")
    pid = rest.partition(":")[0]
    seen = ""
    if entry.heartbeat_at is not None:
        seen = f", last heard from {max(0, int((now - entry.heartbeat_at).total_seconds()))} s ago"
    return f"process {pid} on {host}{seen}"


@contextmanager
def renewing(ctx: Context, entry_id: int, owner: str) -> Iterator[None]:
    """While the body sends, renew `owner`'s lease every heartbeat_s from a thread."""
    from unghost.drafting.tables import load_lease_policy
    from unghost.store.outbox import OutboxRepository

    stop = threading.Event()
    interval = load_lease_policy().heartbeat_s

    def renew() -> None:
        while not stop.wait(interval):
            try:
                with ctx.transaction() as session:
                    if not OutboxRepository(session).renew(entry_id, owner, now=_now()):
                        return
            except Exception:
                continue

    beat = threading.Thread(target=renew, name=f"unghost-lease-{entry_id}", daemon=True)
    beat.start()
    try:
        yield
    finally:
        stop.set()
        beat.join()


def sending_conflict(entry: OutboxEntry) -> ConflictError:
    """Why a message in `sending` cannot be sent now, and what settles it."""
    from unghost.domain.outbox import owner_gone
    from unghost.drafting.tables import load_lease_policy

    now = _now()
    who = describe_owner(entry, now)
    if owner_gone(entry, now=now, policy=load_lease_policy(), alive_here=alive_here):
        return ConflictError(
            f"outbox message {entry.id} was being sent by {who}, which stopped before the "
            "server's answer was recorded; it may or may not have arrived",
            hint=f"a worker pass (`unghost worker --once`) marks it unknown; check your Sent "
            f"folder, then `unghost outbox --mark {entry.id} sent` (or failed), or "
            f"`unghost send {entry.id} --force` if it is not there",
        )
    return ConflictError(
        f"outbox message {entry.id} is being sent right now by {who}",
        hint="its result is recorded when that send ends; if that process stops, the next "
        f"worker pass (`unghost worker --once`) settles it, and `unghost outbox --mark "
        f"{entry.id} sent` (or failed) records what your Sent folder shows",
    )


def status_note(entry: OutboxEntry) -> str | None:
    """One line for the outbox list: who is sending it and what settles it, when it is
    retried, or why it failed."""
    if entry.state.value == "sending":
        conflict = sending_conflict(entry)
        return f"{conflict.message}; {conflict.hint}"
    if entry.state.value in ("queued", "failed", "unknown") and entry.last_error:
        return entry.last_error
    return None


def claim_or_explain(ctx: Context, entry: OutboxEntry, owner: str, *, automatic: bool,
                     force: bool) -> None:  # fmt: skip
    """Take the entry for this send in one compare-and-set, or raise why not (it changed
    since it was read: another sender has it, or it went out meanwhile)."""
    from unghost.domain.outbox import begin_send, sendable_states
    from unghost.store.outbox import OutboxRepository

    assert entry.id is not None
    states = sendable_states(automatic=automatic, force=force)
    with ctx.transaction() as session:
        repo = OutboxRepository(session)
        if repo.claim(entry.id, states, owner, now=_now(), due_only=automatic):
            return
        current = repo.get(entry.id)
    if current.state.value == "sending":
        raise sending_conflict(current)
    begin_send(current, automatic=automatic, force=force)  # raises the reason for this state
    raise ConflictError(f"outbox message {entry.id} is not due yet (it waits to be retried)")


def record_in_application(session: Session, entry: OutboxEntry, to: str | None,
                          zone: tzinfo) -> None:  # fmt: skip
    """The sent message joins its application, in the caller's transaction (with `sent`)."""
    from unghost.domain.records import Direction, Message, MessageKind
    from unghost.drafting.tables import load_drafting_tables
    from unghost.store.repository import ApplicationRepository

    if not entry.application_ref:
        return
    repo = ApplicationRepository(session)
    row = repo.find_row(entry.application_ref)
    if row is None:
        return  # the application was removed meanwhile: the outbox keeps the record
    kind = load_drafting_tables().kind_rule(entry.kind).message_kind
    at = entry.sent_at or _now()
    message = Message(at=at.astimezone(zone), direction=Direction.SENT, kind=MessageKind(kind), subject=entry.subject,
                      counterpart=to, message_id=entry.message_id)  # fmt: skip
    repo.add_message(row, message)


def _now() -> datetime:
    return datetime.now(UTC)
