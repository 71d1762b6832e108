"""Storing imported mail: the message rows, and only what each message changes on its application.

A batch is written with a few multi-row statements (the mailbox rows, the messages recorded on
applications, the proposals, one version bump per touched application: store/mailimport.py)
instead of loading and re-saving each application through the ORM. Should the database refuse anything in a batch, the
batch is stored again one message per savepoint, so the refused message is a finding and the
others are kept, exactly as before."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from unghost.domain.records import Application, Direction, Message, MessageKind, Status

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from unghost.bootstrap import Context
    from unghost.mail.classify import MailClassification
    from unghost.mail.match import MailMatch
    from unghost.mail.parse import ParsedMail
    from unghost.services.mail import MailReport

# What a received label proposes for the application's status; the rest are recorded as is.
STATUS_OF_LABEL = {
    "rejection": Status.REJECTED,
    "offer": Status.OFFER,
    "interview-invite": Status.INTERVIEWING,
}


@dataclass(slots=True)
class Incoming:
    """One parsed, matched and classified message on its way to the store."""

    mail: ParsedMail
    match: MailMatch | None
    result: MailClassification
    key: str  # Message-ID + content hash: the message's identity in the store
    where: str  # for findings: the file, mbox offset or IMAP UID it came from


@dataclass(slots=True)
class _Effects:
    """What a batch writes besides the mailbox rows."""

    messages: list[tuple[int, Message]]  # (application id, message to record once)
    proposals: list[dict[str, Any]]
    proposed: list[int]  # per message: 1 when it proposes something


def bracketed(message_id: str | None) -> str | None:
    """Message-IDs as RFC 5322 writes them, `<id@host>`, so sent and read copies compare equal."""
    if not message_id:
        return None
    text = message_id.strip()
    return text if text.startswith("<") else f"<{text}>"


def store_batch(ctx: Context, batch: list[Incoming], own: set[str], report: MailReport) -> None:
    """Store a batch in one transaction: all at once, or one savepoint per message on refusal."""
    if not batch:
        return
    now = datetime.now(UTC).replace(tzinfo=None)
    with ctx.transaction() as session:
        try:
            with session.begin_nested():
                proposed = _write(session, batch, own, now)
        except Exception:  # some message is refused: find which one, keep the others
            proposed = []
            kept = []
            for item in batch:
                try:
                    with session.begin_nested():
                        proposed += _write(session, [item], own, now)
                except Exception as exc:  # one bad message never stops the import
                    problem = " ".join(str(exc).split())[:300]
                    report.findings.append({"where": item.where, "problem": f"cannot be stored: "
                                            f"{type(exc).__name__}: {problem}"})  # fmt: skip
                    continue
                kept.append(item)
            batch = kept
    for item, count in zip(batch, proposed, strict=True):
        report.stored += 1
        if item.match is None:
            report.unmatched += int(item.result.label != "unrelated")
            continue
        report.matched += 1
        report.proposals += count


def _write(session: Session, batch: list[Incoming], own: set[str], now: datetime) -> list[int]:
    """Insert the batch's rows; per message, 1 when it proposes something, else 0."""
    from unghost.store.mailimport import (
        insert_mail_rows,
        insert_proposals,
        record_messages,
        reserve_mail_ids,
    )

    ids = reserve_mail_ids(session, len(batch))
    rows = [{**_mail_values(item, now), "id": id_} for item, id_ in zip(batch, ids, strict=True)]
    insert_mail_rows(session, rows)
    effects = _Effects([], [], [])
    for item, mail_id in zip(batch, ids, strict=True):
        effects.proposed.append(_effect(item, mail_id, own, now, effects))
    record_messages(session, effects.messages, now)
    insert_proposals(session, effects.proposals)
    return effects.proposed


def _effect(item: Incoming, mail_id: int, own: set[str], now: datetime, out: _Effects) -> int:
    """What one stored message changes: a message recorded, or a proposal for the review."""
    mail, match, result = item.mail, item.match, item.result
    if match is None:
        return 0
    app = match.application
    assert app.id is not None  # matched against stored applications
    sender = (mail.from_.address or "") if mail.from_ else None  # kept as written
    if sender is not None and sender.lower() in own:  # compared ignoring case
        out.messages.append((app.id, _sent_message(mail, app)))
        return 0
    status = STATUS_OF_LABEL.get(result.label)
    subject = mail.subject or "(no subject)"
    if result.needs_review:
        # unsure: shown with its two best labels; accepting records it, changes no stage
        guesses = " or ".join(f"{label} ({p:.0%})" for label, p in result.alternatives)
        out.proposals.append({
            "application_id": app.id, "mail_message_id": mail_id, "kind": "review",
            "status": None, "state": "pending", "created_at": now,
            "summary": f"unsure: {guesses} from {sender or 'the employer'}: "
                       f"{subject} — record it for {app.ref}?",
        })  # fmt: skip
        return 1
    if status is not None and status.rank > app.status.rank:
        out.proposals.append({
            "application_id": app.id, "mail_message_id": mail_id, "kind": "status",
            "status": status.value, "state": "pending", "created_at": now,
            "summary": f"{result.label} from {sender or 'the employer'}: "
                       f"{subject} — set {app.ref} to {status.value}?",
        })  # fmt: skip
        return 1
    out.messages.append((app.id, _received_message(mail, result)))
    return 0


def _mail_values(item: Incoming, now: datetime) -> dict[str, Any]:
    from unghost.store.mapping import split_aware

    mail, match, result = item.mail, item.match, item.result
    sent_at, offset = split_aware(mail.date) if mail.date else (None, 0)
    return {
        "source_key": item.key, "message_id": bracketed(mail.message_id),
        "content_hash": mail.sha256, "from_addr": (mail.from_.address or "") if mail.from_ else None,
        "from_name": mail.from_.name if mail.from_ else None,
        "to_addrs": [a.address for a in mail.to], "subject": mail.subject[:998] or None,
        "sent_at": sent_at, "utc_offset_min": offset, "in_reply_to": list(mail.in_reply_to),
        "references": list(mail.references), "label": result.label,
        "confidence": float(result.confidence), "return_date": result.return_date,
        "failed_recipient": _failed_recipient(result),
        "signals": [_signal(s) for s in result.signals], "body": (result.text or "")[:100_000],
        "html": (mail.html or "")[:200_000] or None, "attachments": _attachments(mail),
        "application_id": match.application.id if match else None,
        "match_method": match.method if match else None,
        "match_confidence": match.confidence if match else None, "imported_at": now,
    }  # fmt: skip


def _failed_recipient(result: MailClassification) -> str | None:
    failed = result.bounce.failed_recipients if result.bounce else None
    return failed[0] if failed else None


def _attachments(mail: ParsedMail) -> list[dict[str, Any]]:
    """What came attached, listed on the message's page (the files themselves are not kept)."""
    return [{"filename": a.filename, "content_type": a.content_type, "size": a.size}
            for a in mail.attachments]  # fmt: skip


def kind_of_label(label: str) -> MessageKind:
    return MessageKind(label) if label in MessageKind._value2member_map_ else MessageKind.OTHER


def _signal(signal: Any) -> dict[str, Any]:
    return {
        "kind": signal.kind,
        "text": signal.text,
        "on": signal.on.isoformat() if signal.on else None,
    }


def _received_message(mail: ParsedMail, result: MailClassification) -> Message:
    return Message(
        at=mail.date or datetime.now(UTC), direction=Direction.RECEIVED,
        kind=kind_of_label(result.label), subject=mail.subject or None,
        counterpart=mail.from_.address if mail.from_ else None,
        message_id=bracketed(mail.message_id), return_date=result.return_date,
    )  # fmt: skip


def _sent_message(mail: ParsedMail, app: Application) -> Message:
    after_interview = any(i.at <= (mail.date or i.at) for i in app.interviews)
    return Message(
        at=mail.date or datetime.now(UTC), direction=Direction.SENT,
        kind=MessageKind.FOLLOW_UP if after_interview else MessageKind.OTHER,
        subject=mail.subject or None,
        counterpart=", ".join(a.address for a in mail.to) or None,
        message_id=bracketed(mail.message_id),
    )  # fmt: skip
