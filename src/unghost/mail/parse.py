"""Parses raw mail bytes into a ParsedMail; a malformed message gets defects, never an error."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from email import message_from_bytes, policy
from email.message import Message
from email.parser import BytesHeaderParser

from unghost.mail.charsets import decode_bytes
from unghost.mail.headers import (
    Address,
    decode_header_value,
    parse_addresses,
    parse_mail_date,
    parse_message_ids,
    split_outside,
)
from unghost.mail.html import html_to_text
from unghost.mail.lexicon import get_value

_LEADING_BLANK_LINES = re.compile(rb"\A(?:[ \t]*\r?\n)+")
_DSN_FIELD = re.compile(r"^([A-Za-z0-9-]+)\s*:\s*(.*)$")


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    content_type: str
    size: int


@dataclass(slots=True)
class ParsedMail:
    """One message as unghost needs it: decoded headers, body text and what was odd about it."""

    message_id: str | None = None
    in_reply_to: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    from_: Address | None = None
    to: list[Address] = field(default_factory=list)
    cc: list[Address] = field(default_factory=list)
    reply_to: list[Address] = field(default_factory=list)
    date: datetime | None = None
    subject: str = ""
    text: str = ""
    html: str | None = None
    text_from_html: bool = False
    content_type: str = "text/plain"
    headers: dict[str, str] = field(default_factory=dict)
    gmail_labels: list[str] = field(default_factory=list)
    delivery_status: list[dict[str, str]] = field(default_factory=list)
    enclosed_headers: list[dict[str, str]] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    calendar: str | None = None
    defects: list[str] = field(default_factory=list)
    sha256: str = ""
    size: int = 0

    @property
    def thread_ids(self) -> list[str]:
        """Message-IDs this message answers: In-Reply-To first, then References newest first."""
        seen: dict[str, None] = dict.fromkeys(self.in_reply_to)
        seen.update(dict.fromkeys(reversed(self.references)))
        return list(seen)


@dataclass(slots=True)
class _Walk:
    plains: list[str] = field(default_factory=list)
    htmls: list[str] = field(default_factory=list)
    parts: int = 0


def _header_map(msg: Message, defects: list[str]) -> dict[str, str]:
    """First value of every header, decoded, by lower-case name."""
    out: dict[str, str] = {}
    for name, value in msg.raw_items():
        key = name.strip().lower()
        if key not in out:
            out[key] = decode_header_value(str(value), defects, key)
    return out


def _raw_header(msg: Message, name: str) -> str | None:
    for key, value in msg.raw_items():
        if key.strip().lower() == name:
            return str(value)
    return None


def _dsn_blocks_from_text(text: str) -> list[dict[str, str]]:
    blocks: list[dict[str, str]] = []
    for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        block: dict[str, str] = {}
        last = ""
        for line in chunk.split("\n"):
            if line[:1] in (" ", "\t") and last:
                block[last] += " " + line.strip()
                continue
            found = _DSN_FIELD.match(line)
            if found:
                last = found.group(1).lower()
                block.setdefault(last, found.group(2).strip())
        if block:
            blocks.append(block)
    return blocks


def _payload_bytes(part: Message, mail: ParsedMail) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except (ValueError, TypeError, LookupError, AssertionError):
        mail.defects.append("undecodable-payload")
        return b""
    return data if isinstance(data, bytes) else b""


def _part_text(part: Message, mail: ParsedMail, where: str) -> str:
    data = _payload_bytes(part, mail)
    try:
        charset = part.get_content_charset()
    except (ValueError, LookupError):
        charset = None
    if charset is None and where == "html":
        meta = re.search(rb"<meta[^>]+charset=[\"']?([\w.:-]+)", data[:4096], re.IGNORECASE)
        charset = meta.group(1).decode("ascii") if meta else None
    return decode_bytes(data, charset, mail.defects, where)


def _filename(part: Message, mail: ParsedMail) -> str | None:
    try:
        name = part.get_filename()
    except (ValueError, IndexError, TypeError, LookupError):
        mail.defects.append("bad-filename-parameter")
        return None
    return decode_header_value(name, mail.defects, "filename") if name else None


def _record_defects(part: Message, mail: ParsedMail) -> None:
    for defect in getattr(part, "defects", []):
        name = type(defect).__name__
        if name not in mail.defects:
            mail.defects.append(name)


def _walk(part: Message, mail: ParsedMail, state: _Walk, depth: int) -> None:
    state.parts += 1
    if state.parts > get_value("mail_formats", "max_mime_parts"):
        if "too-many-parts" not in mail.defects:
            mail.defects.append("too-many-parts")
        return
    if depth > get_value("mail_formats", "max_mime_depth"):
        if "too-deep" not in mail.defects:
            mail.defects.append("too-deep")
        return
    _record_defects(part, mail)
    ctype = part.get_content_type()
    disposition = str(part.get("Content-Disposition", "")).split(";", 1)[0].strip().lower()
    filename = _filename(part, mail)
    payload = part.get_payload()
    if ctype in ("message/rfc822", "message/global"):
        inner = payload[0] if isinstance(payload, list) and payload else None
        if isinstance(inner, Message):
            mail.enclosed_headers.append(_header_map(inner, mail.defects))
        return
    if ctype in ("text/rfc822-headers", "message/rfc822-headers"):
        text = _part_text(part, mail, "rfc822-headers")
        mail.enclosed_headers.append(_header_map(message_from_bytes(text.encode()), mail.defects))
        return
    if ctype in ("message/delivery-status", "message/global-delivery-status"):
        if isinstance(payload, list):
            for block in payload:
                if isinstance(block, Message):
                    fields = {k: " ".join(v.split()) for k, v in _header_map(block, []).items()}
                    mail.delivery_status.append(fields)
        else:
            mail.delivery_status.extend(_dsn_blocks_from_text(_part_text(part, mail, "dsn")))
        return
    if part.is_multipart() and isinstance(payload, list):
        for sub in payload:
            if isinstance(sub, Message):
                _walk(sub, mail, state, depth + 1)
        return
    if ctype.startswith("multipart/"):
        mail.defects.append("multipart-without-parts")
        ctype = "text/plain"
    if ctype in ("text/calendar", "application/ics"):
        text = _part_text(part, mail, "calendar")
        if mail.calendar is None:
            mail.calendar = text[: get_value("mail_formats", "max_calendar_chars")]
        if filename:
            mail.attachments.append(Attachment(filename, ctype, len(text)))
        return
    if disposition == "attachment" or (filename and not ctype.startswith("text/")):
        size = len(_payload_bytes(part, mail))
        mail.attachments.append(Attachment(filename or "", ctype, size))
        return
    if ctype == "text/html":
        state.htmls.append(_part_text(part, mail, "html"))
    elif ctype.startswith("text/") or (ctype == "application/octet-stream" and not filename):
        state.plains.append(_part_text(part, mail, "text"))


def _choose_text(mail: ParsedMail, state: _Walk) -> None:
    limit = get_value("mail_formats", "max_text_chars")
    plain = "\n\n".join(p.strip() for p in state.plains if p.strip())
    plain = plain.replace("\r\n", "\n").replace("\r", "\n")
    mail.html = "\n".join(state.htmls) if state.htmls else None
    # Converting HTML costs more than the rest of the parse: only when the plain part is a stub.
    if mail.html is not None and len(plain) < get_value("mail_formats", "plain_stub_chars"):
        html_plain = html_to_text(mail.html)
        if not plain or len(plain) < get_value("mail_formats", "plain_vs_html_ratio") * len(
            html_plain
        ):
            mail.text = html_plain[:limit]
            mail.text_from_html = True
            return
    mail.text = plain[:limit]


def _gmail_labels(raw: str | None, defects: list[str]) -> list[str]:
    if not raw:
        return []
    value = decode_header_value(raw, defects, "x-gmail-labels")
    labels = (p.strip().strip('"').strip() for p in split_outside(value, ","))
    return [label for label in labels if label]


def _fill_headers(msg: Message, mail: ParsedMail) -> None:
    d = mail.defects
    kept = get_value("mail_formats", "kept_headers")
    raw = {k: v for k, v in ((n.strip().lower(), str(v)) for n, v in msg.raw_items())}
    ids = parse_message_ids(raw.get("message-id"))
    mail.message_id = ids[0] if ids else None
    mail.in_reply_to = parse_message_ids(raw.get("in-reply-to"))
    mail.references = parse_message_ids(raw.get("references"))
    senders = parse_addresses(raw["from"], d, "from") if "from" in raw else []
    mail.from_ = senders[0] if senders else None
    for name, target in (("to", mail.to), ("cc", mail.cc), ("reply-to", mail.reply_to)):
        for value in (str(v) for n, v in msg.raw_items() if n.strip().lower() == name):
            target.extend(parse_addresses(value, d, name))
    mail.subject = decode_header_value(raw.get("subject", ""), d, "subject")
    mail.date = parse_mail_date(raw.get("date"), d)
    mail.headers = {k: decode_header_value(raw[k], d, k) for k in kept if k in raw}
    mail.gmail_labels = _gmail_labels(raw.get("x-gmail-labels"), d)
    try:
        mail.content_type = msg.get_content_type()
    except (ValueError, IndexError, TypeError):
        d.append("bad-content-type")


def _headers_only(raw: bytes, mail: ParsedMail) -> None:
    """Salvage the headers of a message whose body the parser could not walk."""
    try:
        _fill_headers(BytesHeaderParser(policy=policy.compat32).parsebytes(raw), mail)
    except Exception:  # nothing more can be read from this message
        mail.defects.append("unparseable-headers")


def parse_mail(raw: bytes, *, fallback_date: datetime | None = None) -> ParsedMail:
    """Parse one message. Never raises: what could not be read is listed in `defects`.

    `fallback_date` (an mbox postmark or IMAP INTERNALDATE) stands in for a missing or
    unreadable Date header, with the defect kept so the date is known to be uncertain.
    """
    mail = ParsedMail(sha256=hashlib.sha256(raw).hexdigest(), size=len(raw))
    stripped = _LEADING_BLANK_LINES.sub(b"", raw, count=1)
    if len(stripped) != len(raw):
        mail.defects.append("leading-blank-lines")
    try:
        msg = message_from_bytes(stripped, policy=policy.compat32)
        _fill_headers(msg, mail)
        state = _Walk()
        _walk(msg, mail, state, 0)
        _choose_text(mail, state)
    except Exception as exc:  # one bad message must never stop an import
        mail.defects.append(f"unparseable:{type(exc).__name__}")
        if not mail.subject and mail.from_ is None:
            _headers_only(stripped, mail)
    if "\x00" in mail.text or "\x00" in mail.subject:
        # NUL cannot be stored in PostgreSQL text and is never meaningful in mail text.
        mail.text, mail.subject = mail.text.replace("\x00", ""), mail.subject.replace("\x00", "")
        mail.defects.append("nul-characters")
    if mail.date is None and fallback_date is not None:
        mail.date = fallback_date
    return mail
