"""RFC 5322 messages from outbox entries: checked and encoded headers, Message-ID, threading, .eml."""

from __future__ import annotations

import html
import os
import re
import tempfile
import unicodedata
from datetime import datetime
from email import policy
from email.headerregistry import Address, HeaderRegistry
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from unghost.domain.outbox import OutboxEntry
from unghost.drafting.tables import load_drafting_tables
from unghost.errors import InvalidInputError, MailError

_MESSAGE_ID = re.compile(r"^<[^<>\s@]+@[^<>\s@]+>$")
_LINE_BREAKS = frozenset("\x85\u2028\u2029")  # str.splitlines() breaks on these too
_PARAGRAPHS = re.compile(r"\n[ \t]*\n+")
_REGISTRY = HeaderRegistry()
# CRLF line ends as RFC 5322 2.1 requires; mail clients open such .eml files everywhere.
_WIRE = policy.default.clone(linesep="\r\n")


def check_header_value(field: str, value: str) -> str:
    """The value, or InvalidInputError when it could break out of its header line."""
    for ch in value:
        if ch in _LINE_BREAKS or (unicodedata.category(ch) == "Cc" and ch != "\t"):
            shown = {"\r": "CR", "\n": "LF", "\0": "NUL"}.get(ch, f"U+{ord(ch):04X}")
            raise InvalidInputError(
                f"the {field} contains a control character ({shown}); refusing to build the mail",
                hint="Remove line breaks and control characters from names, addresses and subjects.",
            )
    return value


def _ascii_domain(domain: str, field: str, text: str) -> str:
    try:
        return domain.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise InvalidInputError(f"the {field} {text!r} has an invalid domain") from None


def parse_address(text: str, field: str = "address") -> Address:
    """One mailbox (`Name <addr>` or `addr`) with its domain in ASCII; raises on bad input."""
    check_header_value(field, text)
    header = _REGISTRY("to", text)
    addresses: tuple[Address, ...] = tuple(getattr(header, "addresses", ()))
    if len(addresses) != 1:
        raise InvalidInputError(f"the {field} {text!r} is not one email address")
    found = addresses[0]
    if not found.username or not found.domain or "." not in found.domain.strip("."):
        raise InvalidInputError(f"the {field} {text!r} is not a complete email address")
    domain = _ascii_domain(found.domain, field, text)
    return Address(display_name=found.display_name, username=found.username, domain=domain)


def make_message_id(sender: str) -> str:
    """A new Message-ID on the sender's domain (never this computer's host name)."""
    return make_msgid(domain=parse_address(sender, "sender").domain)


def _check_message_id(field: str, value: str) -> str:
    check_header_value(field, value)
    if not _MESSAGE_ID.match(value.strip()):
        raise InvalidInputError(f"the {field} {value!r} is not a Message-ID like <id@domain>")
    return value.strip()


def _html_body(text: str, lang: str) -> str:
    paragraphs = [p for p in _PARAGRAPHS.split(text.strip()) if p.strip()]
    inner = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>"
        for p in paragraphs
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{html.escape(lang)}">\n<head><meta charset="utf-8"></head>\n'
        f"<body>\n{inner}\n</body>\n</html>\n"
    )


def compose_message(
    entry: OutboxEntry, *, sender: str, date: datetime, html_part: bool = True
) -> EmailMessage:
    """The message to send or save: every header checked, non-ASCII text RFC 2047-encoded.

    Uses `entry.message_id` (record it before sending, see `make_message_id`); a draft
    without one gets a fresh Message-ID, which the caller should keep if it sends it.
    """
    if date.tzinfo is None:
        raise ValueError("the Date of a message must carry its time zone")
    subject = check_header_value("subject", entry.subject).strip()
    if not subject:
        raise InvalidInputError("the subject is empty")
    from_address = parse_address(sender, "sender")
    to = parse_address(entry.to, "recipient")
    cc = [parse_address(c, "copy recipient") for c in entry.cc]
    message_id = _check_message_id("Message-ID", entry.message_id or make_message_id(sender))
    msg = EmailMessage(policy=policy.default)
    msg["From"] = from_address
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id
    if entry.in_reply_to:
        msg["In-Reply-To"] = _check_message_id("In-Reply-To", entry.in_reply_to)
    references = [_check_message_id("References", r) for r in entry.references]
    if entry.in_reply_to and entry.in_reply_to.strip() not in references:
        references.append(entry.in_reply_to.strip())
    if references:
        msg["References"] = " ".join(references)
    language = check_header_value(
        "language", load_drafting_tables().content_language.get(entry.lang, entry.lang)
    )
    body = entry.body.replace("\r\n", "\n").replace("\r", "\n")
    if "\0" in body:
        raise InvalidInputError("the body contains a NUL character")
    body = body if body.endswith("\n") else body + "\n"
    msg.set_content(body, charset="utf-8", cte=_transfer_encoding(body))
    if html_part:
        page = _html_body(body, language)
        msg.add_alternative(page, subtype="html", charset="utf-8", cte=_transfer_encoding(page))
    msg["Content-Language"] = language  # after the parts: set_content clears Content-* headers
    return msg


def _transfer_encoding(text: str) -> str:
    """7-bit safe for any server: base64 for mostly non-Latin text, else quoted-printable."""
    if text.isascii() and all(len(line) <= 78 for line in text.split("\n")):
        return "7bit"
    non_ascii = sum(not ch.isascii() for ch in text)
    return "base64" if non_ascii * 3 > len(text) else "quoted-printable"


def _needs_utf8(msg: EmailMessage) -> bool:
    """Whether an address has a non-ASCII local part (RFC 6532: SMTPUTF8 and raw UTF-8)."""
    fields = ("From", "To", "Cc")
    return any(not a.username.isascii() for f in fields for a in getattr(msg[f], "addresses", ()))


def message_bytes(msg: EmailMessage) -> bytes:
    """The message as it goes on the wire and into an .eml file (CRLF line ends)."""
    try:
        return msg.as_bytes(policy=_WIRE.clone(utf8=_needs_utf8(msg)))
    except (ValueError, UnicodeError) as exc:
        raise MailError(f"the message cannot be written: {exc}") from exc


def save_eml(msg: EmailMessage, path: Path) -> None:
    """Write the message to `path` as an .eml file any mail client opens (atomically)."""
    data = message_bytes(msg)
    path = Path(path)
    fd, temp = tempfile.mkstemp(prefix=".unghost-", suffix=".eml", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise MailError(f"cannot write {path}: {exc.strerror}") from exc
