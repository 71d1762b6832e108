"""Decodes header values: unfolding, 8-bit bytes, RFC 2047 words, addresses, Message-IDs, dates."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from unghost.mail.charsets import decode_bytes
from unghost.mail.lexicon import get_value

_FOLD = re.compile(r"\r?\n(?=[ \t])")
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
_Q_ESCAPE = re.compile(rb"=([0-9A-Fa-f]{2})")
_MESSAGE_ID = re.compile(r"<\s*([^<>\s][^<>]*?)\s*>")
_COMMENT = re.compile(r"\(([^()]*)\)")


@dataclass(frozen=True, slots=True)
class Address:
    """One mailbox: a display name (maybe empty) and the address, lower-cased."""

    name: str
    address: str

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2]


def _undo_8bit(value: str, defects: list[str], name: str) -> str:
    """Header bytes outside ASCII arrive as surrogate escapes; decode them as text."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        pass
    raw = value.encode("utf-8", "surrogateescape")
    defects.append(f"8bit-header:{name}")
    return decode_bytes(raw, None, defects, f"header:{name}")


def _decode_word(charset: str, encoding: str, text: str) -> bytes:
    if encoding in "bB":
        padded = text + "=" * (-len(text) % 4)
        try:
            return base64.b64decode(padded, validate=True)
        except binascii.Error:
            lenient = base64.b64decode(padded, validate=False)
            if not lenient:
                raise
            return lenient
    data = text.replace("_", " ").encode("ascii", "replace")
    return _Q_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), data)


def decode_encoded_words(value: str, defects: list[str], name: str) -> str:
    """Decode RFC 2047 encoded words; adjacent words of one charset are joined before decoding."""
    if "=?" not in value:
        return value
    out: list[str] = []
    pending: bytes = b""
    pending_charset: str | None = None
    pos = 0

    def flush() -> None:
        nonlocal pending, pending_charset
        if pending_charset is not None:
            out.append(decode_bytes(pending, pending_charset, defects, f"header:{name}"))
        pending, pending_charset = b"", None

    previous_was_word = False
    for match in _ENCODED_WORD.finditer(value):
        between = value[pos : match.start()]
        charset = match.group(1).split("*", 1)[0]
        if not (previous_was_word and not between.strip()):
            flush()
            out.append(between)
        elif pending_charset != charset:
            flush()
        try:
            chunk = _decode_word(charset, match.group(2), match.group(3))
        except (binascii.Error, ValueError):
            flush()
            defects.append(f"bad-encoded-word:{name}")
            out.append(match.group(0))
            previous_was_word = False
        else:
            pending += chunk
            pending_charset = charset
            previous_was_word = True
        pos = match.end()
    flush()
    out.append(value[pos:])
    return "".join(out)


def decode_header_value(raw: str, defects: list[str], name: str) -> str:
    """A header's display text: unfolded, 8-bit bytes and encoded words decoded, trimmed."""
    value = _FOLD.sub("", raw)
    value = _undo_8bit(value, defects, name)
    value = decode_encoded_words(value, defects, name)
    return " ".join(value.split())


def split_outside(value: str, sep: str) -> list[str]:
    """Split on `sep` outside quoted strings, <angle> addresses and (comments)."""
    parts: list[str] = []
    depth_angle = depth_paren = 0
    quoted = escaped = False
    start = 0
    for i, char in enumerate(value):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif quoted:
            quoted = char != '"'
        elif char == '"':
            quoted = True
        elif char == "(":
            depth_paren += 1
        elif char == ")" and depth_paren:
            depth_paren -= 1
        elif char == "<":
            depth_angle += 1
        elif char == ">" and depth_angle:
            depth_angle -= 1
        elif char == sep and not depth_angle and not depth_paren:
            parts.append(value[start:i])
            start = i + 1
    parts.append(value[start:])
    return parts


def _unquote(name: str) -> str:
    name = name.strip()
    if len(name) >= 2 and name[0] == name[-1] == '"':
        name = name[1:-1]
    return name.replace('\\"', '"').replace("\\\\", "\\").strip()


def _parse_one(piece: str, defects: list[str], name: str) -> Address | None:
    piece = piece.strip().rstrip(";").strip()
    group = re.match(r'^[^"<>@(]*:(?!//)', piece)
    if group:
        piece = piece[group.end() :].strip()
    if not piece:
        return None
    angle = piece.rfind("<")
    if angle >= 0 and ">" in piece[angle:]:
        address = piece[angle + 1 : piece.index(">", angle)]
        display = piece[:angle]
        comments = _COMMENT.findall(display)
        display = _COMMENT.sub(" ", display).strip()
        if not display and comments:
            display = comments[0]
    else:
        comments = _COMMENT.findall(piece)
        address = _COMMENT.sub(" ", piece)
        display = comments[0] if comments else ""
    address = address.strip().strip("'\"")
    address = re.sub(r"^mailto:", "", address, flags=re.IGNORECASE)
    address = "".join(address.split()).lower()
    display = decode_encoded_words(_unquote(display), defects, name)
    display = " ".join(display.split())
    if not any(c.isalnum() for c in address):
        defects.append(f"address-without-mailbox:{name}")
        return None
    if "@" not in address:
        defects.append(f"address-without-domain:{name}")
    return Address(name=display, address=address)


def parse_addresses(raw: str, defects: list[str], name: str) -> list[Address]:
    """Every mailbox of an address header; a bad piece is a defect, never an exception."""
    value = _undo_8bit(_FOLD.sub("", raw), defects, name)
    out: list[Address] = []
    for piece in split_outside(value, ","):
        address = _parse_one(piece, defects, name)
        if address is not None:
            out.append(address)
    return out


def normalize_message_id(value: str) -> str:
    """A Message-ID as stored and compared: without angle brackets or blanks."""
    return "".join(value.strip().strip("<>").split())


def parse_message_ids(raw: str | None) -> list[str]:
    """The Message-IDs of a Message-ID, In-Reply-To or References header, in order."""
    if not raw:
        return []
    value = _FOLD.sub("", raw)
    found = [normalize_message_id(m) for m in _MESSAGE_ID.findall(value)]
    if not found:
        found = [normalize_message_id(t) for t in value.split() if "@" in t]
    return [m for m in found if m]


def parse_mail_date(raw: str | None, defects: list[str]) -> datetime | None:
    """An aware datetime from a Date header; None (with a defect) when missing or implausible."""
    if raw is None or not raw.strip():
        defects.append("date-missing")
        return None
    value = " ".join(raw.split())
    try:
        parsed: datetime | None = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        parsed = None
    if parsed is None:
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            defects.append("date-invalid")
            return None
    if parsed.tzinfo is None:
        defects.append("date-without-zone")
        parsed = parsed.replace(tzinfo=UTC)
    low, high = get_value("mail_formats", "min_year"), get_value("mail_formats", "max_year")
    if not low <= parsed.year <= high:
        defects.append("date-implausible")
        return None
    return parsed
