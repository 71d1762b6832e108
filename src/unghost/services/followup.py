"""Following up without a mail server: reopen a draft, mark it sent by hand, mailto and .eml."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from unghost.bootstrap import Context
from unghost.errors import ConflictError, InvalidInputError

if TYPE_CHECKING:
    from unghost.domain.outbox import OutboxEntry

UNSENT = ("draft", "failed", "queued")


def missing_setup(ctx: Context, *, send: bool = False) -> list[str]:
    """The settings a draft (`from`) or a send (`from`, `smtp_url`) still needs."""
    needed = ["from", "smtp_url"] if send else ["from"]
    return [name for name in needed if not ctx.settings.get(name)]


def find_open_draft(ctx: Context, ref: str, kind: str) -> OutboxEntry | None:
    """The newest unsent message of this kind for the application, if there is one."""
    from unghost.store.outbox import OutboxRepository

    with ctx.transaction() as session:
        return OutboxRepository(session).find_open(ref, kind)


def open_draft(
    ctx: Context, ref: str, kind: str, lang: str | None = None
) -> tuple[OutboxEntry, bool]:
    """The unsent draft of this kind for the application, else a new one; (entry, created)."""
    from unghost.services.outbox import make_draft

    found = find_open_draft(ctx, ref, kind)
    if found is not None:
        return found, False
    return make_draft(ctx, ref, kind, lang), True


def delete_draft(ctx: Context, entry_id: int) -> OutboxEntry:
    """Remove a message that never left; a sent or possibly sent one stays on record."""
    from unghost.store.outbox import OutboxRepository

    with ctx.transaction() as session:
        repo = OutboxRepository(session)
        entry = repo.get(entry_id)
        if entry.state.value not in UNSENT:
            raise ConflictError(f"message {entry_id} is {entry.state.value}: it stays on record")
        repo.delete(entry_id)
        return entry


def mark_sent(ctx: Context, entry_id: int, on: date | None = None) -> OutboxEntry:
    """The user sent it from their own mail (copy, mailto, .eml): recorded as sent on `on`,
    and the application counts it as a follow-up, so the plan moves on."""
    from unghost.domain.outbox import sent_by_hand
    from unghost.services.sending import record_in_application
    from unghost.store.outbox import OutboxRepository

    day = on or ctx.today
    if day > ctx.today:
        raise InvalidInputError(f"on: {day.isoformat()} is still ahead; mark it once it is sent")
    now = datetime.now(ctx.zone)  # the clock's time of day only when `day` is the clock's day
    at = now if now.date() == day else datetime.combine(day, time(12), ctx.zone)
    with ctx.transaction() as session:
        repo = OutboxRepository(session)
        entry = sent_by_hand(repo.get(entry_id), at=at)
        repo.save(entry)
        record_in_application(session, entry, entry.to, ctx.zone)  # with the send, in one commit
    return entry


def eml_bytes(ctx: Context, entry: OutboxEntry) -> bytes:
    """The draft as an .eml file a mail client opens, ready to send."""
    from unghost.mail.compose import compose_message, message_bytes
    from unghost.services.outbox import _formatted, sender_for

    msg = compose_message(entry, sender=_formatted(sender_for(ctx)), date=datetime.now(UTC))
    return message_bytes(msg)


def mailto_url(entry: OutboxEntry) -> str:
    """`mailto:` with subject and body (RFC 6068): the user's own mail app opens the draft."""
    from email.utils import parseaddr

    address = parseaddr(entry.to)[1] or entry.to
    body = entry.body.replace("\r\n", "\n").replace("\n", "\r\n")
    query = f"subject={quote(entry.subject, safe='')}&body={quote(body, safe='')}"
    if entry.cc:
        query += "&cc=" + quote(",".join(parseaddr(c)[1] or c for c in entry.cc), safe="@")
    return f"mailto:{quote(address, safe='@')}?{query}"


@dataclass(frozen=True, slots=True)
class OutboxLine:
    """One outbox row as the page lists it."""

    entry: OutboxEntry
    company: str
    title: str

    def to_dict(self) -> dict[str, Any]:
        return {**self.entry.to_dict(), "company": self.company, "title": self.title}


def list_outbox_lines(ctx: Context) -> list[OutboxLine]:
    """The outbox, newest first, each with the company and job title it is for."""
    from unghost.services.applications import list_applications
    from unghost.services.outbox import list_outbox

    names = {s.ref: (s.company, s.title) for s in list_applications(ctx)}
    lines = [OutboxLine(e, *names.get(e.application_ref, ("", ""))) for e in list_outbox(ctx)]
    lines.reverse()
    return lines
