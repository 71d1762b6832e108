"""Mailbox use cases: import files, sync IMAP, match and classify, propose what changes.

Idempotent: a message is stored once, keyed by Message-ID and content hash, whatever the
source; an IMAP folder resumes after its UIDVALIDITY + last UID. One bad message is a finding,
never the end of an import. Status changes wait in `unghost review` for the user to accept."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unghost.bootstrap import Context
from unghost.domain.records import Application, Direction, Message, MessageKind, Status

if TYPE_CHECKING:
    from unghost.mail.parse import ParsedMail
    from unghost.mail.sources import RawMail

from unghost.services.review import Proposal, decide, list_proposals  # noqa: F401  # one import place

# What a received label proposes for the application's status; the rest are recorded as is.
STATUS_OF_LABEL = {
    "rejection": Status.REJECTED,
    "offer": Status.OFFER,
    "interview-invite": Status.INTERVIEWING,
}
_COMMIT_EVERY = 500


@dataclass
class MailReport:
    read: int = 0
    skipped: int = 0  # not job mail, by the cheap header test
    stored: int = 0
    duplicates: int = 0
    matched: int = 0
    unmatched: int = 0
    proposals: int = 0
    findings: list[dict[str, str]] = field(default_factory=list)
    folders: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read, "skipped": self.skipped, "stored": self.stored,
            "duplicates": self.duplicates, "matched": self.matched, "unmatched": self.unmatched,
            "proposals": self.proposals, "findings": self.findings, "folders": self.folders,
        }  # fmt: skip


def import_mail_files(
    ctx: Context, paths: Iterable[Path], progress: Callable[[int], None] | None = None
) -> MailReport:
    from unghost.errors import InvalidInputError
    from unghost.mail.sources import iter_mail

    paths = list(paths)
    for path in paths:
        if not path.exists():
            raise InvalidInputError(f"{path}: no such file or folder")
    report = MailReport()
    _ingest(ctx, iter_mail(paths), report, progress)
    return report


def sync_imap(ctx: Context, progress: Callable[[int], None] | None = None) -> MailReport:
    """Read the new messages of each folder named in UNGHOST_IMAP_URL (default INBOX)."""
    from sqlalchemy import select

    from unghost.mail.imap_sync import FolderState, open_imap, sync_folder
    from unghost.services.outbox import imap_account
    from unghost.store.models import MailboxStateRow

    account = imap_account(ctx)
    name = f"{account.username or ''}@{account.host}:{account.port}"

    def state_row(session: Any, folder: str) -> MailboxStateRow | None:
        return session.scalar(
            select(MailboxStateRow).where(
                MailboxStateRow.account == name, MailboxStateRow.folder == folder
            )
        )

    report = MailReport()
    client = open_imap(account)
    try:
        for folder in account.folders or ("INBOX",):
            with ctx.transaction() as session:
                row = state_row(session, folder)
                previous = FolderState(row.uidvalidity, row.last_uid) if row else None
            # rebuilt per folder: mail stored from one folder adds threads the next may continue
            result, messages = sync_folder(client, folder, previous, _relevance(ctx))
            _ingest(ctx, messages, report, progress)
            with ctx.transaction() as session:
                row = state_row(session, folder)
                now = datetime.now(UTC).replace(tzinfo=None)
                if row is None:
                    row = MailboxStateRow(account=name, folder=folder, synced_at=now,
                                          uidvalidity=result.uidvalidity, last_uid=0)  # fmt: skip
                    session.add(row)
                row.uidvalidity, row.last_uid, row.synced_at = (
                    result.uidvalidity,
                    result.last_uid,
                    now,
                )
            report.folders.append({"folder": folder, "uidvalidity": result.uidvalidity,
                                   "last_uid": result.last_uid, "new": result.seen})  # fmt: skip
    finally:
        with contextlib.suppress(Exception):  # the sync is done; a failing LOGOUT changes nothing
            client.logout()
    return report


def _relevance(ctx: Context) -> Callable[[Any], bool]:
    from unghost.mail.match import index_applications
    from unghost.mail.sources import is_candidate_relevant

    index = index_applications(_applications(ctx))
    domains, addresses, ids = index.known_domains, index.known_addresses, index.known_message_ids
    return lambda headers: is_candidate_relevant(headers, domains, addresses, known_message_ids=ids)


def _applications(ctx: Context) -> list[Application]:
    from unghost.store.repository import ApplicationRepository

    with ctx.transaction() as session:
        return ApplicationRepository(session).load_all(texts=False)


def _own_addresses(ctx: Context, apps: list[Application]) -> set[str]:
    own = {a.candidate.email.strip().lower() for a in apps if a.candidate.email}
    sender = ctx.settings.get("from")
    if sender:
        from email.utils import parseaddr

        own.add(parseaddr(sender)[1].strip().lower())
    return own


def _ingest(
    ctx: Context,
    raws: Iterator[RawMail],
    report: MailReport,
    progress: Callable[[int], None] | None,
) -> None:
    from sqlalchemy import select

    from unghost.mail.classify import classify_mail
    from unghost.mail.match import index_applications, match_mail
    from unghost.mail.parse import parse_mail
    from unghost.mail.sources import is_candidate_relevant, read_headers
    from unghost.store.models import MailMessageRow

    apps = _applications(ctx)
    index = index_applications(apps)
    own = _own_addresses(ctx, apps)
    with ctx.transaction() as session:
        known = set(session.scalars(select(MailMessageRow.source_key)))
    batch: list[tuple[ParsedMail, Any, Any, str, str]] = []
    for raw in raws:
        report.read += 1
        if progress is not None:
            progress(report.read)
        if raw.defects and not raw.raw:
            report.findings.append({"where": raw.location, "problem": "; ".join(raw.defects)})
            continue
        try:
            headers = read_headers(raw.raw)
            if not is_candidate_relevant(headers, index.known_domains, index.known_addresses,
                                         known_message_ids=index.known_message_ids):  # fmt: skip
                report.skipped += 1
                continue
            mail = parse_mail(raw.raw)
            key = _key(mail, raw.raw)
            if key in known:
                report.duplicates += 1
                continue
            known.add(key)
            match = match_mail(mail, index, own_addresses=own)
            # the store's link (thread, contact, company domain...) is evidence of the sender
            result = classify_mail(
                mail, today=ctx.today, store_link=match.method if match else None
            )
        except Exception as exc:  # one bad message never stops the import
            report.findings.append(
                {"where": raw.location, "problem": f"{type(exc).__name__}: {exc}"}
            )
            continue
        batch.append((mail, match, result, key, raw.location))
        if len(batch) >= _COMMIT_EVERY:
            _store(ctx, batch, own, report)
            batch = []
    _store(ctx, batch, own, report)


def bracketed(message_id: str | None) -> str | None:
    """Message-IDs as RFC 5322 writes them, `<id@host>`, so sent and read copies compare equal."""
    if not message_id:
        return None
    text = message_id.strip()
    return text if text.startswith("<") else f"<{text}>"


def _key(mail: ParsedMail, raw: bytes) -> str:
    """Message-ID + a hash of the content with line endings evened out, so the same message
    from an mbox (LF) and from IMAP (CRLF) is one message."""
    import hashlib

    content = hashlib.sha256(raw.replace(b"\r\n", b"\n").rstrip()).hexdigest()
    return f"{bracketed(mail.message_id) or ''}|{content}"


def _store(
    ctx: Context, batch: list[tuple[Any, Any, Any, str, str]], own: set[str], report: MailReport
) -> None:
    """Store a batch; each message in its own savepoint, so one that the database refuses
    (a 0xFF byte in its Message-ID) is a finding and the other messages are kept."""
    if not batch:
        return
    from unghost.store.repository import ApplicationRepository

    now = datetime.now(UTC).replace(tzinfo=None)
    with ctx.transaction() as session:
        repo = ApplicationRepository(session)
        for mail, match, result, key, where in batch:
            try:
                with session.begin_nested():
                    proposed = _store_one(session, repo, mail, match, result, key, own, now)
            except Exception as exc:  # one bad message never stops the import
                problem = " ".join(str(exc).split())[:300]
                report.findings.append({"where": where, "problem": f"cannot be stored: "
                                        f"{type(exc).__name__}: {problem}"})  # fmt: skip
                continue
            report.stored += 1
            if match is None:
                report.unmatched += int(result.label != "unrelated")
                continue
            report.matched += 1
            report.proposals += proposed


def _store_one(session: Any, repo: Any, mail: Any, match: Any, result: Any, key: str,
               own: set[str], now: datetime) -> int:  # fmt: skip
    """Store one message and record it on its application; 1 when it proposes something."""
    from unghost.store.mapping import split_aware
    from unghost.store.models import MailMessageRow, ProposalRow

    sent_at, offset = split_aware(mail.date) if mail.date else (None, 0)
    sender = (mail.from_.address or "") if mail.from_ else None  # kept as written
    row = MailMessageRow(
        source_key=key, message_id=bracketed(mail.message_id), content_hash=mail.sha256,
        from_addr=sender, from_name=mail.from_.name if mail.from_ else None,
        to_addrs=[a.address for a in mail.to], subject=mail.subject[:998] or None,
        sent_at=sent_at, utc_offset_min=offset, in_reply_to=list(mail.in_reply_to),
        references=list(mail.references), label=result.label,
        confidence=float(result.confidence), return_date=result.return_date,
        failed_recipient=(result.bounce.failed_recipients or [None])[0] if result.bounce else None,
        signals=[_signal(s) for s in result.signals], body=(result.text or "")[:100_000],
        html=(mail.html or "")[:200_000] or None, attachments=_attachments(mail),
        application_id=match.application.id if match else None,
        match_method=match.method if match else None,
        match_confidence=match.confidence if match else None, imported_at=now,
    )  # fmt: skip
    session.add(row)
    session.flush()
    if match is None:
        return 0
    app = match.application
    if sender is not None and sender.lower() in own:  # compared ignoring case
        _record(repo, app, _sent_message(mail, app))
        return 0
    message = _received_message(mail, result)
    status = STATUS_OF_LABEL.get(result.label)
    if result.needs_review:
        # unsure: shown with its two best labels; accepting records it, changes no stage
        guesses = " or ".join(f"{label} ({p:.0%})" for label, p in result.alternatives)
        session.add(ProposalRow(
            application_id=app.id, mail_message_id=row.id, kind="review", status=None,
            state="pending", created_at=now,
            summary=f"unsure: {guesses} from {sender or 'the employer'}: "
                    f"{mail.subject or '(no subject)'} — record it for {app.ref}?",
        ))  # fmt: skip
        session.flush()
        return 1
    if status is not None and status.rank > app.status.rank:
        session.add(ProposalRow(
            application_id=app.id, mail_message_id=row.id, kind="status",
            status=status.value, state="pending", created_at=now,
            summary=f"{result.label} from {sender or 'the employer'}: "
                    f"{mail.subject or '(no subject)'} — set {app.ref} to {status.value}?",
        ))  # fmt: skip
        session.flush()
        return 1
    _record(repo, app, message)
    return 0


def _attachments(mail: ParsedMail) -> list[dict[str, Any]]:
    """What came attached, listed on the message's page (the files themselves are not kept)."""
    return [{"filename": a.filename, "content_type": a.content_type, "size": a.size}
            for a in mail.attachments]  # fmt: skip


def _kind(label: str) -> MessageKind:
    return MessageKind(label) if label in MessageKind._value2member_map_ else MessageKind.OTHER


def message_of_row(mail: Any) -> Message:
    """The application's record of a stored mailbox message."""
    from unghost.store.mapping import join_aware

    at = join_aware(mail.sent_at, mail.utc_offset_min) if mail.sent_at else datetime.now(UTC)
    return Message(at=at, direction=Direction.RECEIVED, kind=_kind(mail.label),
                   subject=mail.subject, counterpart=mail.from_addr, message_id=mail.message_id,
                   return_date=mail.return_date)  # fmt: skip


def add_message_once(app: Application, message: Message) -> bool:
    """Add `message` unless the application has it already (by Message-ID); True if added."""
    if message.message_id and any(m.message_id == message.message_id for m in app.messages):
        return False
    app.messages.append(message)
    app.messages.sort(key=lambda m: m.at)
    return True


def _signal(signal: Any) -> dict[str, Any]:
    return {
        "kind": signal.kind,
        "text": signal.text,
        "on": signal.on.isoformat() if signal.on else None,
    }


def _received_message(mail: Any, result: Any) -> Message:
    kind = _kind(result.label)
    return Message(
        at=mail.date or datetime.now(UTC), direction=Direction.RECEIVED, kind=kind,
        subject=mail.subject or None, counterpart=mail.from_.address if mail.from_ else None,
        message_id=bracketed(mail.message_id), return_date=result.return_date,
    )  # fmt: skip


def _sent_message(mail: Any, app: Application) -> Message:
    after_interview = any(i.at <= (mail.date or i.at) for i in app.interviews)
    return Message(
        at=mail.date or datetime.now(UTC), direction=Direction.SENT,
        kind=MessageKind.FOLLOW_UP if after_interview else MessageKind.OTHER,
        subject=mail.subject or None,
        counterpart=", ".join(a.address for a in mail.to) or None,
        message_id=bracketed(mail.message_id),
    )  # fmt: skip


def _record(repo: Any, app: Application, message: Message) -> None:
    """Add a message to the application once (by Message-ID)."""
    row = repo.get_row(str(app.id))
    current = repo.get(str(app.id))
    if add_message_once(current, message):
        repo.save(current, row)
    app.messages[:] = current.messages


# -- listing -----------------------------------------------------------------------------------
def list_mail(
    ctx: Context, ref: str | None = None, *, unmatched: bool = False
) -> list[dict[str, Any]]:
    from sqlalchemy import select

    from unghost.store.mapping import join_aware
    from unghost.store.models import ApplicationRow, MailMessageRow
    from unghost.store.repository import ApplicationRepository

    with ctx.transaction() as session:
        query = (
            select(MailMessageRow, ApplicationRow.ref)
            .outerjoin(ApplicationRow, MailMessageRow.application_id == ApplicationRow.id)
            .order_by(MailMessageRow.sent_at, MailMessageRow.id)
        )
        if ref is not None:
            app_id = ApplicationRepository(session).get_row(ref).id
            query = query.where(MailMessageRow.application_id == app_id)
        if unmatched:
            query = query.where(
                MailMessageRow.application_id.is_(None), MailMessageRow.label != "unrelated"
            )
        return [
            {
                "id": m.id,
                "date": join_aware(m.sent_at, m.utc_offset_min).isoformat() if m.sent_at else None,
                "from": m.from_addr, "subject": m.subject, "label": m.label,
                "confidence": round(m.confidence, 3),
                "return_date": m.return_date.isoformat() if m.return_date else None,
                "failed_recipient": m.failed_recipient, "application": app_ref,
                "match": m.match_method, "message_id": m.message_id,
            }
            for m, app_ref in session.execute(query)
        ]  # fmt: skip


def attach_mail(ctx: Context, mail_id: int, ref: str) -> dict[str, Any]:
    """Link an unmatched job message to an application the user names."""
    from unghost.errors import NotFoundError
    from unghost.store.models import MailMessageRow
    from unghost.store.repository import ApplicationRepository

    with ctx.transaction() as session:
        mail = session.get(MailMessageRow, mail_id)
        if mail is None:
            raise NotFoundError(
                f"no message {mail_id}", hint="`unghost mail list --unmatched` lists them"
            )
        repo = ApplicationRepository(session)
        row = repo.get_row(ref)
        mail.application_id, mail.match_method, mail.match_confidence = row.id, "user", 1.0
        app = repo.get(str(row.id))
        if add_message_once(app, message_of_row(mail)):
            repo.save(app, row)
        return {"id": mail_id, "application": row.ref, "label": mail.label}
