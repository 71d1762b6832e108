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
from unghost.domain.records import Application

if TYPE_CHECKING:
    from unghost.mail.match import ApplicationIndex
    from unghost.mail.parse import ParsedMail
    from unghost.mail.sources import RawMail

from unghost.services.mailrecords import add_message_once, message_of_row
from unghost.services.mailstore import (  # noqa: F401  # one import place
    STATUS_OF_LABEL,
    Incoming,
    bracketed,
    kind_of_label,
    store_batch,
)

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
    from unghost.mail.imap_sync import FolderState, open_imap, sync_folder
    from unghost.services.outbox import imap_account
    from unghost.store.mailstate import find_folder_state, save_folder_state

    account = imap_account(ctx)
    name = f"{account.username or ''}@{account.host}:{account.port}"
    report = MailReport()
    client = open_imap(account)
    try:
        for folder in account.folders or ("INBOX",):
            # one read per folder: where it stopped, the workspace and the stored messages'
            # keys (read again per folder: mail stored from one folder adds threads the next
            # may continue)
            with ctx.reading() as session:
                stopped = find_folder_state(session, name, folder)
                previous = FolderState(*stopped) if stopped else None
                workspace = _workspace(ctx, session)
            result, messages = sync_folder(client, folder, previous, workspace.wanted)
            _ingest(ctx, messages, report, progress, workspace)
            with ctx.transaction() as session:
                save_folder_state(session, name, folder, uidvalidity=result.uidvalidity,
                                  last_uid=result.last_uid,
                                  now=datetime.now(UTC).replace(tzinfo=None))  # fmt: skip
            report.folders.append({"folder": folder, "uidvalidity": result.uidvalidity,
                                   "last_uid": result.last_uid, "new": result.seen})  # fmt: skip
    finally:
        with contextlib.suppress(Exception):  # the sync is done; a failing LOGOUT changes nothing
            client.logout()
    return report


@dataclass(frozen=True)
class _Workspace:
    """What reading mail compares messages with: the owner's applications, indexed."""

    index: ApplicationIndex
    own: set[str]  # the owner's own addresses
    known: set[str]  # the stored messages' keys

    @property
    def relevance(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        index = self.index
        return index.known_domains, index.known_addresses, index.known_message_ids

    def wanted(self, headers: Any) -> bool:
        from unghost.mail.relevance import is_candidate_relevant

        domains, addresses, ids = self.relevance
        return is_candidate_relevant(headers, domains, addresses, known_message_ids=ids)


def _workspace(ctx: Context, session: Any) -> _Workspace:
    from unghost.mail.match import index_applications
    from unghost.store.mailimport import list_source_keys
    from unghost.store.repository import ApplicationRepository

    apps = ApplicationRepository(session).load_all(texts=False)
    known = list_source_keys(session)
    return _Workspace(index_applications(apps), _own_addresses(ctx, apps), known)


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
    workspace: _Workspace | None = None,
) -> None:
    import gc

    if workspace is None:
        with ctx.reading() as session:
            workspace = _workspace(ctx, session)
    # The workspace stays loaded for the whole import: keep the collector from walking it again
    # and again while each message makes its short-lived garbage.
    gc.freeze()
    try:
        _read_all(ctx, raws, report, progress, workspace.index, workspace.own, workspace.known,
                  workspace.relevance)  # fmt: skip
    finally:
        gc.unfreeze()


def _read_all(
    ctx: Context,
    raws: Iterator[RawMail],
    report: MailReport,
    progress: Callable[[int], None] | None,
    index: ApplicationIndex,
    own: set[str],
    known: set[str],
    relevance: tuple[frozenset[str], frozenset[str], frozenset[str]],
) -> None:
    from unghost.mail.classify import classify_mail
    from unghost.mail.match import match_mail
    from unghost.mail.parse import parse_mail
    from unghost.mail.relevance import is_candidate_relevant, read_headers

    domains, addresses, ids = relevance
    batch: list[Incoming] = []
    for raw in raws:
        report.read += 1
        if progress is not None:
            progress(report.read)
        if raw.defects and not raw.raw:
            report.findings.append({"where": raw.location, "problem": "; ".join(raw.defects)})
            continue
        try:
            headers = read_headers(raw.raw)
            if not is_candidate_relevant(headers, domains, addresses, known_message_ids=ids):
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
        batch.append(Incoming(mail, match, result, key, raw.location))
        if len(batch) >= _COMMIT_EVERY:
            store_batch(ctx, batch, own, report)
            batch = []
    store_batch(ctx, batch, own, report)


def _key(mail: ParsedMail, raw: bytes) -> str:
    """Message-ID + a hash of the content with line endings evened out, so the same message
    from an mbox (LF) and from IMAP (CRLF) is one message."""
    import hashlib

    content = hashlib.sha256(raw.replace(b"\r\n", b"\n").rstrip()).hexdigest()
    return f"{bracketed(mail.message_id) or ''}|{content}"


# -- listing -----------------------------------------------------------------------------------
def list_mail(
    ctx: Context, ref: str | None = None, *, unmatched: bool = False
) -> list[dict[str, Any]]:
    from unghost.store.mailrows import list_in_order
    from unghost.store.mapping import join_aware
    from unghost.store.repository import ApplicationRepository

    with ctx.transaction() as session:
        app_id = ApplicationRepository(session).get_row(ref).id if ref is not None else None
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
            for m, app_ref in list_in_order(session, application_id=app_id, unmatched=unmatched)
        ]  # fmt: skip


def attach_mail(ctx: Context, mail_id: int, ref: str) -> dict[str, Any]:
    """Link an unmatched job message to an application the user names."""
    from unghost.errors import NotFoundError
    from unghost.store.mailrows import find, link_by_hand
    from unghost.store.repository import ApplicationRepository

    with ctx.transaction() as session:
        mail = find(session, mail_id)
        if mail is None:
            raise NotFoundError(
                f"no message {mail_id}", hint="`unghost mail list --unmatched` lists them"
            )
        repo = ApplicationRepository(session)
        row = repo.get_row(ref)
        link_by_hand(mail, row.id)
        app = repo.get(str(row.id))
        if add_message_once(app, message_of_row(mail)):
            repo.save(app, row)
        return {"id": mail_id, "application": row.ref, "label": mail.label}
