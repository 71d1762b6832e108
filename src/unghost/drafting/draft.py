"""Making a draft: the recipient, the thread to answer, and the rendered subject and body."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parseaddr
from typing import Any

from unghost.domain.outbox import OutboxEntry, OutboxState
from unghost.domain.records import Application, Message, MessageKind
from unghost.drafting.context import (
    Correction,
    Recipient,
    Sender,
    build_context,
    choose_recipient,
    default_corrections,
    find_interview,
    is_email,
)
from unghost.drafting.tables import DraftingTables
from unghost.drafting.templates import Templates, parse_kind
from unghost.drafting.wording import parse_lang
from unghost.errors import InvalidInputError

# Received mail that is no conversation to answer.
_NOT_A_THREAD = frozenset({MessageKind.BOUNCE, MessageKind.OUT_OF_OFFICE, MessageKind.UNRELATED})


@dataclass(frozen=True, slots=True)
class Draft:
    application_ref: str
    kind: str
    lang: str
    to: str
    subject: str
    body: str
    message_kind: MessageKind  # how it counts in the tracker once sent
    cc: tuple[str, ...] = ()
    in_reply_to: str | None = None
    references: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "application_ref": self.application_ref,
            "kind": self.kind,
            "lang": self.lang,
            "to": self.to,
            "cc": list(self.cc),
            "subject": self.subject,
            "body": self.body,
            "message_kind": self.message_kind.value,
            "in_reply_to": self.in_reply_to,
            "references": list(self.references),
        }

    def to_entry(self, *, created_at: datetime) -> OutboxEntry:
        """A new outbox entry in `draft` (no id, no Message-ID yet)."""
        return OutboxEntry(
            application_ref=self.application_ref,
            kind=self.kind,
            lang=self.lang,
            to=self.to,
            cc=list(self.cc),
            subject=self.subject,
            body=self.body,
            state=OutboxState.DRAFT,
            created_at=created_at,
            in_reply_to=self.in_reply_to,
            references=list(self.references),
        )


def parse_recipient(text: str) -> Recipient:
    """`Li Wei <li.wei@acme.example>` or a bare address the user gave; raises on bad input."""
    if any(ch in text for ch in "\r\n\0"):
        raise InvalidInputError("a recipient cannot contain a line break")
    name, address = parseaddr(text.strip())
    if not is_email(address):
        raise InvalidInputError(f"{text!r} is not an email address")
    return Recipient(name.strip() or None, address, "given")


def _strip_reply_prefixes(subject: str, prefixes: Sequence[str]) -> str:
    subject = subject.strip()
    changed = True
    while changed:
        changed = False
        for prefix in prefixes:
            if subject.lower().startswith(prefix):
                subject = subject[len(prefix) :].lstrip()
                changed = True
    return subject


def find_thread(app: Application) -> Message | None:
    """The latest message of the conversation with the employer that has a Message-ID."""
    threads = [m for m in app.messages if m.message_id and m.kind not in _NOT_A_THREAD]
    return max(threads, key=lambda m: m.at) if threads else None


def make_draft(
    app: Application,
    kind: str,
    lang: str,
    sender: Sender,
    today: date,
    templates: Templates,
    *,
    to: str | None = None,
    cc: Sequence[str] = (),
    corrections: Sequence[Correction] = (),
    decision_on: date | None = None,
) -> Draft:
    """A personal draft of `kind` for the application, in `lang` (`en` or `zh`).

    Raises InvalidInputError when the application cannot take this kind of message: no
    contact with an email (and no `to`), no interview yet for a thank-you, or nothing to
    correct for a contact-update.
    """
    tables: DraftingTables = templates.tables
    kind, lang = parse_kind(kind), parse_lang(lang, tables)
    rule = tables.kind_rule(kind)
    interview = find_interview(app, today)
    if rule.needs_interview and interview is None:
        raise InvalidInputError(
            f"{app.ref} has no interview on or before {today.isoformat()} to thank them for",
            hint="Record the interview first, or choose another kind of message.",
        )
    fixes = list(corrections)
    if kind == "contact-update" and not fixes:
        fixes = default_corrections(app, sender)
        if not fixes:
            raise InvalidInputError(
                f"the contact details {app.ref} holds match yours; there is nothing to correct",
                hint="Give the wrong and the right detail to correct.",
            )
    recipient = parse_recipient(to) if to else choose_recipient(app, kind, interview, tables)
    copies = tuple(parse_recipient(c).formatted for c in cc)
    context = build_context(
        app,
        kind,
        lang,
        sender,
        recipient,
        today,
        tables,
        corrections=fixes,
        decision_on=decision_on,
    )
    subject, body = templates.render_template(kind, lang, context)
    thread = find_thread(app) if rule.thread else None
    in_reply_to: str | None = None
    if thread is not None:
        in_reply_to = thread.message_id
        if thread.subject and thread.subject.strip():
            base = _strip_reply_prefixes(thread.subject, tables.reply_prefixes)
            subject = f"{tables.reply_prefix}{base}" if base else subject
    return Draft(
        application_ref=app.ref,
        kind=kind,
        lang=lang,
        to=recipient.formatted,
        subject=subject,
        body=body,
        message_kind=MessageKind(rule.message_kind),
        cc=copies,
        in_reply_to=in_reply_to,
        references=(in_reply_to,) if in_reply_to else (),
    )
