"""Reads bounces (RFC 3464 DSNs and mailer-daemon texts): who did not get the mail, and why."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from unghost.mail.domains import is_bounce_sender
from unghost.mail.headers import parse_message_ids
from unghost.mail.lexicon import compile_any, load_table
from unghost.mail.parse import ParsedMail

_ENHANCED_CODE = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")
_BASIC_CODE = re.compile(r"\b([45][0-5]\d)[ -]")
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_HEADER_IN_TEXT = re.compile(r"^(message-id|subject|to)\s*:\s*(.+)$", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Bounce:
    """A delivery failure report about a message the user sent."""

    failed_recipients: list[str]
    permanent: bool
    status: str | None = None
    diagnostic: str | None = None
    original_message_id: str | None = None
    original_subject: str | None = None
    original_to: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Patterns:
    subject: re.Pattern[str]
    body: re.Pattern[str]
    temporary: re.Pattern[str]
    permanent: re.Pattern[str]
    recipients: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    table = load_table("mail_patterns")["bounce"]
    return _Patterns(
        subject=compile_any(table["subjects"]),
        body=compile_any(table["body"]),
        temporary=compile_any(table["temporary"]),
        permanent=compile_any(table["permanent"]),
        recipients=compile_any(table["recipient_lines"], flags=re.IGNORECASE | re.MULTILINE),
    )


def _strip_type(value: str) -> str:
    """`rfc822; a@b.example` -> `a@b.example`."""
    return (
        value.partition(";")[2].strip().strip("<>").lower()
        if ";" in value
        else value.strip("<> ").lower()
    )


def _from_report(mail: ParsedMail) -> tuple[list[str], str | None, str | None, bool | None]:
    recipients: list[str] = []
    status = diagnostic = None
    permanent: bool | None = None
    for block in mail.delivery_status:
        recipient = block.get("final-recipient") or block.get("original-recipient")
        if not recipient:
            continue
        address = _strip_type(recipient)
        if address and address not in recipients:
            recipients.append(address)
        status = status or block.get("status")
        diagnostic = diagnostic or block.get("diagnostic-code")
        action = block.get("action", "").lower()
        if action.startswith("failed"):
            permanent = True
        elif action.startswith("delayed") and permanent is None:
            permanent = False
    return recipients, status, diagnostic, permanent


def _from_text(mail: ParsedMail, pats: _Patterns) -> list[str]:
    found: list[str] = []
    header = mail.headers.get("x-failed-recipients", "")
    found += [a.lower() for a in _ADDRESS.findall(header)]
    for match in pats.recipients.finditer(mail.text):
        address = next((g for g in match.groups() if g), None)
        if address and _ADDRESS.fullmatch(address) and address.lower() not in found:
            found.append(address.lower())
    return found


def _original(mail: ParsedMail) -> tuple[str | None, str | None, list[str]]:
    """Message-ID, subject and recipients of the returned message, from its headers or text."""
    to: list[str] = []
    if mail.enclosed_headers:
        headers = mail.enclosed_headers[0]
        ids = parse_message_ids(headers.get("message-id"))
        to = [a.lower() for a in _ADDRESS.findall(headers.get("to", ""))]
        return (ids[0] if ids else None), headers.get("subject"), to
    message_id: str | None = None
    subject: str | None = None
    for name, value in _HEADER_IN_TEXT.findall(mail.text):
        key = name.lower()
        if key == "message-id" and message_id is None:
            ids = parse_message_ids(value)
            message_id = ids[0] if ids else None
        elif key == "subject" and subject is None:
            subject = value.strip()
        elif key == "to" and not to:
            to = [a.lower() for a in _ADDRESS.findall(value)]
    return message_id, subject, to


def _looks_like_bounce(mail: ParsedMail, pats: _Patterns) -> bool:
    if mail.delivery_status or "x-failed-recipients" in mail.headers:
        return True
    if "x-ms-exchange-message-is-ndr" in mail.headers:
        return True
    sender = mail.from_.address if mail.from_ else ""
    by_daemon = bool(sender) and is_bounce_sender(sender)
    by_subject = bool(pats.subject.search(mail.subject))
    by_body = bool(pats.body.search(mail.text[:4000]))
    return (by_daemon and (by_subject or by_body)) or (by_subject and by_body)


def find_bounce(mail: ParsedMail) -> Bounce | None:
    """The bounce report in `mail`, or None when `mail` is not a bounce."""
    pats = _patterns()
    if not _looks_like_bounce(mail, pats):
        return None
    recipients, status, diagnostic, permanent = _from_report(mail)
    if not recipients:
        recipients = _from_text(mail, pats)
    message_id, subject, original_to = _original(mail)
    if not recipients:
        recipients = [a for a in original_to if not is_bounce_sender(a)]
    text = f"{mail.subject}\n{mail.text[:6000]}"
    if status is not None:
        code = _ENHANCED_CODE.search(status)
        status = code.group(0) if code else status.split()[0] if status.split() else None
    if status is None:
        code = _ENHANCED_CODE.search(text) or _BASIC_CODE.search(text)
        status = code.group(0).strip(" -") if code else None
    if permanent is None:
        if pats.permanent.search(text):
            permanent = True
        elif (status is not None and status[0] == "4") or pats.temporary.search(text):
            permanent = False
        else:
            permanent = True
    return Bounce(
        failed_recipients=recipients,
        permanent=permanent,
        status=status,
        diagnostic=diagnostic,
        original_message_id=message_id,
        original_subject=subject,
        original_to=original_to,
    )
