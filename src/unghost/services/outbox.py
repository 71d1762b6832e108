"""Follow-up use cases: draft, schedule, send at most once, list the outbox, run what is due."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unghost.bootstrap import Context
from unghost.errors import ConflictError, InvalidInputError, MailError, SetupNeededError

if TYPE_CHECKING:
    from unghost.domain.outbox import OutboxEntry, OutboxState
    from unghost.drafting.context import Sender
    from unghost.drafting.templates import Templates
    from unghost.mail.accounts import MailAccount


def templates_for(ctx: Context) -> Templates:
    """The laptop owner's templates folder and the built-in ones; a server user gets the
    templates they saved on their templates page (store/user_templates.py) and the built-in
    ones, never an install-wide folder."""
    from unghost.drafting.templates import Templates
    from unghost.settings import config_dir
    from unghost.store import LOCAL_OWNER_ID

    if ctx.owner_id != LOCAL_OWNER_ID:
        from unghost.store.user_templates import load_templates

        with ctx.reading() as session:
            return Templates(None, stored=load_templates(session))
    return Templates(config_dir() / "templates")


def sender_for(ctx: Context) -> Sender:
    """Who signs and sends: UNGHOST_FROM (`Name <address>`), else an explanation."""
    from unghost.drafting.context import Sender
    from unghost.mail.accounts import parse_from

    text = ctx.settings.get("from")
    if not text:
        raise SetupNeededError(
            "unghost does not know your name and address yet",
            hint='set UNGHOST_FROM="Your Name <you@example.com>" or `from` in the config file',
        )
    mailbox = parse_from(text)
    return Sender(name=mailbox.name or mailbox.address, email=mailbox.address)


def _with_stored_password(ctx: Context, account: MailAccount) -> MailAccount:
    """A password left out of the URL comes from the keyring or the credentials file; an
    account connected with OAuth2 (`unghost account connect`) logs in with its tokens. On the
    server, from the acting user's sealed secrets (`ctx.credentials`), and nowhere else."""
    from unghost.mail.credentials import open_credential_store
    from unghost.services.mail_accounts import with_connection
    from unghost.settings import config_dir

    if ctx.credentials is not None:
        password = ctx.credentials.find_password(account.credential_key)
        return account.with_password(password) if password and not account.password else account
    connected = with_connection(account)
    if connected is not None:
        return connected
    if account.username and not account.password:
        password = open_credential_store(config_dir()).find_password(account.credential_key)
        if password:
            return account.with_password(password)
    return account


def imap_account(ctx: Context) -> MailAccount:
    from unghost.mail.accounts import parse_imap_url

    url = ctx.settings.get("imap_url")
    if not url:
        raise MailError("no mailbox to use", hint="set UNGHOST_IMAP_URL (imaps://you@host/INBOX)")
    return _with_stored_password(ctx, parse_imap_url(url))


def save_password(ctx: Context, which: str, password: str) -> str:
    """Keep an account's password in the OS keyring (or the user-only file); never the DB."""
    from unghost.mail.accounts import parse_imap_url, parse_smtp_url
    from unghost.mail.credentials import open_credential_store
    from unghost.settings import config_dir

    url = ctx.settings.get(f"{which}_url")
    if not url:
        raise SetupNeededError(f"set UNGHOST_{which.upper()}_URL first (without the password)")
    account = parse_smtp_url(url) if which == "smtp" else parse_imap_url(url)
    store = open_credential_store(config_dir())
    store.save_password(account.credential_key, password)
    return f"{store.kind}: {store.where}"


def save_draft_to_mailbox(ctx: Context, entry: OutboxEntry) -> str:
    """Put the draft in the IMAP Drafts folder, to send it from your own mail client."""
    from unghost.mail.compose import compose_message, message_bytes
    from unghost.mail.imap_drafts import save_to_drafts

    sender = sender_for(ctx)
    msg = compose_message(entry, sender=_formatted(sender), date=datetime.now(UTC))
    return save_to_drafts(message_bytes(msg), imap_account(ctx), at=datetime.now(UTC))


def smtp_account(ctx: Context) -> MailAccount:
    """The SMTP account from UNGHOST_SMTP_URL; a password missing from it comes from the
    OS keyring or the user-only credentials file."""
    from unghost.mail.accounts import parse_smtp_url

    url = ctx.settings.get("smtp_url")
    if not url:
        raise MailError(
            "no mail account to send with",
            hint="set UNGHOST_SMTP_URL (smtp://user@host:587, smtps://..., or a preset such "
            "as smtp://you@gmail.com) or save a draft with --eml and send it yourself",
        )
    return _with_stored_password(ctx, parse_smtp_url(url))


def make_draft(
    ctx: Context,
    ref: str,
    kind: str,
    lang: str | None = None,
    *,
    to: str | None = None,
    decision_on: date | None = None,
) -> OutboxEntry:
    """A personal draft for an application, saved in the outbox as a draft."""
    from unghost.drafting.draft import make_draft as draft_for
    from unghost.mail.compose import make_message_id
    from unghost.services.applications import get_application
    from unghost.store.outbox import OutboxRepository

    app = get_application(ctx, ref)
    sender = sender_for(ctx)
    draft = draft_for(app, kind, lang or ctx.settings.lang, sender, ctx.today, templates_for(ctx),
                      to=to, decision_on=decision_on)  # fmt: skip
    entry = draft.to_entry(created_at=datetime.now(UTC))
    entry.message_id = make_message_id(sender.email)
    with ctx.transaction() as session:
        return OutboxRepository(session).save(entry, from_addr=sender.email)


def update_text(ctx: Context, entry_id: int, subject: str, body: str) -> OutboxEntry:
    """The user edited a draft: keep their words (header injection is refused on compose)."""
    from unghost.mail.compose import check_header_value
    from unghost.store.outbox import OutboxRepository

    check_header_value("subject", subject)
    with ctx.transaction() as session:
        repo = OutboxRepository(session)
        entry = repo.get(entry_id)
        if entry.state.value not in ("draft", "failed", "queued"):
            raise InvalidInputError(
                f"message {entry_id} is {entry.state.value}: it can no longer change"
            )
        return repo.save(replace(entry, subject=subject, body=body))


def write_eml(ctx: Context, entry: OutboxEntry, path: Path) -> Path:
    from unghost.mail.compose import compose_message, save_eml

    sender = sender_for(ctx)
    msg = compose_message(entry, sender=_formatted(sender), date=datetime.now(UTC))
    save_eml(msg, path)
    return path


def _formatted(sender: Sender) -> str:
    from email.utils import formataddr

    return formataddr((sender.name, sender.email)) if sender.name != sender.email else sender.email


def find_entry(ctx: Context, target: str) -> OutboxEntry:
    """An outbox message by id, or the newest unsent one of an application REF."""
    from unghost.domain.refs import parse_id
    from unghost.errors import NotFoundError
    from unghost.store.outbox import OutboxRepository

    with ctx.reading() as session:
        repo = OutboxRepository(session)
        number = parse_id(target)
        if number is not None:
            return repo.get(number)
        entry = repo.latest_for(target)
    if entry is None:
        raise NotFoundError(
            f"no unsent draft for {target!r}", hint=f"`unghost draft {target}` writes one"
        )
    return entry


def schedule(ctx: Context, target: str, on: date) -> OutboxEntry:
    """Queue a message for a day; it goes out then if that day is a business day for the
    employer, else on the next one (the worker sends it)."""
    from unghost.domain.outbox import queue
    from unghost.store.outbox import OutboxRepository

    entry = find_entry(ctx, target)
    if on < ctx.today:
        raise InvalidInputError(f"--at {on.isoformat()} is in the past")
    assert entry.id is not None
    with ctx.transaction() as session:
        repo = OutboxRepository(session)  # read again under the lock: it may be sending now
        return repo.save(queue(repo.get(entry.id), on))


def send_now(ctx: Context, target: str, *, force: bool = False) -> OutboxEntry:
    entry = find_entry(ctx, target)
    return _send(ctx, entry, automatic=False, force=force)


def _send(ctx: Context, entry: OutboxEntry, *, automatic: bool, force: bool = False) -> OutboxEntry:
    """Send one entry at most once among any number of senders.

    A compare-and-set moves it into `sending` under this process's lease before the first
    byte leaves (the loser of a race is told who sends it, and sends nothing); the lease is
    renewed while the server works; the outcome and, when sent, the message in its
    application are committed together, so `sent` never lacks its history entry."""
    from unghost.domain.outbox import after_failure, begin_send, finish_send
    from unghost.drafting.tables import load_retry_policy
    from unghost.mail.compose import compose_message
    from unghost.mail.smtp import send_message
    from unghost.services.sending import (
        claim_or_explain,
        lease_owner,
        renewing,
        sending_conflict,
    )

    if entry.state.value == "sending":
        raise sending_conflict(entry)  # first: no account setting would change that
    account = smtp_account(ctx)
    sender = sender_for(ctx)
    entry = begin_send(entry, automatic=automatic, force=force)  # the reason, before the race
    assert entry.id is not None
    msg = compose_message(entry, sender=_formatted(sender), date=datetime.now(UTC))
    with lease_owner() as owner:
        claim_or_explain(ctx, entry, owner, automatic=automatic, force=force)
        with renewing(ctx, entry.id, owner):
            result = send_message(msg, account)
        now = datetime.now(UTC)
        if result.outcome.value == "failed":
            entry = after_failure(entry, result.message, retryable=result.retryable,
                                  automatic=automatic, now=now, policy=load_retry_policy())  # fmt: skip
        else:
            error = None if result.outcome.value == "sent" else result.message
            entry = finish_send(entry, result.outcome, at=now, error=error)
        _settle(ctx, entry, owner, msg["To"])
    return entry


def _settle(ctx: Context, entry: OutboxEntry, owner: str, to: str | None) -> None:
    from unghost.services.sending import record_in_application
    from unghost.store.outbox import OutboxRepository

    with ctx.transaction() as session:
        if not OutboxRepository(session).settle(entry, owner):
            # someone marked it by hand meanwhile: what they said stands, the outcome is logged
            entry.last_error = f"{entry.state.value} here, but it was changed meanwhile"
            return
        if entry.state.value == "sent":
            record_in_application(session, entry, to, ctx.zone)


def list_outbox(
    ctx: Context, states: list[OutboxState] | None = None, application_id: int | None = None
) -> list[OutboxEntry]:
    """The outbox; with `application_id`, one application's messages (filtered in SQL)."""
    from unghost.store.outbox import OutboxRepository

    with ctx.reading() as session:
        return OutboxRepository(session).list(states, application_id)


def outbox_stamp(ctx: Context, application_id: int) -> tuple[Any, ...]:
    """A cheap token of what the application's outbox holds (ids, subjects, states)."""
    from unghost.store.outbox import OutboxRepository

    with ctx.reading() as session:
        return OutboxRepository(session).stamp(application_id)


def mark(ctx: Context, entry_id: int, state: OutboxState) -> OutboxEntry:
    """The user says what happened to an `unknown` message (they checked their Sent folder),
    or moves a draft back and forth. A `sending` one whose sender stopped counts as unknown;
    one still being sent is left to its sender."""
    from unghost.domain.outbox import move, owner_gone, recover_interrupted
    from unghost.drafting.tables import load_lease_policy
    from unghost.services.sending import (
        alive_here,
        record_in_application,
        sending_conflict,
    )
    from unghost.store.outbox import OutboxRepository

    with ctx.transaction() as session:
        repo = OutboxRepository(session)
        entry = repo.get(entry_id)
        now = datetime.now(UTC)
        if entry.state.value == "sending":
            if not owner_gone(entry, now=now, policy=load_lease_policy(), alive_here=alive_here):
                raise sending_conflict(entry)
            entry = recover_interrupted(entry, note=_INTERRUPTED)
        entry = move(entry, state)
        if state.value == "sent" and entry.sent_at is None:
            entry = replace(entry, sent_at=now)
        repo.save(entry)
        if state.value == "sent":
            record_in_application(session, entry, entry.to, ctx.zone)
    return entry


_INTERRUPTED = "the process sending it stopped before the server's answer was recorded"


@dataclass(frozen=True, slots=True)
class WorkerRun:
    recovered: list[OutboxEntry]
    sent: list[OutboxEntry]

    def to_dict(self) -> dict[str, Any]:
        return {"recovered": [e.to_dict() for e in self.recovered],
                "sent": [e.to_dict() for e in self.sent]}  # fmt: skip


def run_due(ctx: Context, log: Callable[[str], None] = lambda _line: None) -> WorkerRun:
    """One pass of the scheduler: settle sends whose sender is gone, then send what is due.

    Any number of passes may run at once (serve's worker and a cron job): each due message is
    claimed by exactly one of them, and a send still in flight is never touched."""
    from unghost.domain.outbox import OutboxState, list_due, owner_gone, recover_interrupted
    from unghost.drafting.tables import load_lease_policy, load_send_policy
    from unghost.services.sending import alive_here, describe_owner
    from unghost.store.outbox import OutboxRepository

    recovered = []
    now = datetime.now(UTC)
    with ctx.transaction() as session:
        repo = OutboxRepository(session)
        for entry in repo.list([OutboxState.SENDING]):
            if not owner_gone(entry, now=now, policy=load_lease_policy(), alive_here=alive_here):
                log(f"message {entry.id} is being sent by {describe_owner(entry, now)}: left alone")
                continue
            if repo.recover(entry, note=_INTERRUPTED):
                recovered.append(recover_interrupted(entry, note=_INTERRUPTED))
                log(f"message {entry.id}: its sender stopped mid-send; marked unknown "
                    f"(check your Sent folder, then `unghost outbox --mark {entry.id} sent`)")  # fmt: skip
    with ctx.reading() as session:
        queued = OutboxRepository(session).list([OutboxState.QUEUED])
    due = list_due(queued, lambda e: _business_day_test(ctx, e.application_ref), ctx.today,
                   load_send_policy(), now=now)  # fmt: skip
    sent = []
    for entry in due:
        try:
            done = _send(ctx, entry, automatic=True)
        except ConflictError as exc:
            log(f"message {entry.id}: {exc}")  # another pass or a person took it: not ours
            continue
        log(f"message {done.id} to {done.to}: {done.state.value}")
        sent.append(done)
    return WorkerRun(recovered, sent)


def _business_day_test(ctx: Context, ref: str) -> Callable[[date], bool]:
    """Whether a day is a working day for this application's employer."""
    from unghost.services.diagnosis import employer_calendar

    return employer_calendar(ctx, ref).is_business_day
