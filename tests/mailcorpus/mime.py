"""A small MIME writer for the corpus: exact control of charsets, encodings and line endings."""

from __future__ import annotations

import base64
import quopri
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime


def encode_words(value: str, charset: str = "utf-8") -> str:
    """RFC 2047 B-encoding of a non-ASCII header value, in chunks that stay under 75 chars."""
    if value.isascii():
        return value
    words, chunk = [], ""
    for char in value:
        if len((chunk + char).encode(charset)) > 42:
            words.append(chunk)
            chunk = ""
        chunk += char
    words.append(chunk)
    return " ".join(
        f"=?{charset}?B?{base64.b64encode(w.encode(charset)).decode('ascii')}?=" for w in words
    )


def format_address(name: str, address: str, charset: str = "utf-8") -> str:
    if not name:
        return f"<{address}>"
    if not name.isascii():
        return f"{encode_words(name, charset)} <{address}>"
    if any(c in name for c in ',.;:@"()'):
        return '"{}" <{}>'.format(name.replace('"', '\\"'), address)
    return f"{name} <{address}>"


@dataclass(slots=True)
class Part:
    content_type: str
    body: bytes
    charset: str | None = None
    encoding: str = "7bit"
    filename: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def render(self) -> bytes:
        ctype = self.content_type + (f'; charset="{self.charset}"' if self.charset else "")
        if self.filename:
            ctype += f'; name="{self.filename}"'
        lines = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {self.encoding}"]
        if self.filename:
            lines.append(f'Content-Disposition: attachment; filename="{self.filename}"')
        lines += [f"{k}: {v}" for k, v in self.extra.items()]
        return ("\n".join(lines) + "\n\n").encode("ascii") + self.body


def text_part(text: str, subtype: str, charset: str, encoding: str) -> Part:
    data = text.encode(charset, errors="replace")
    if encoding == "base64":
        body = base64.encodebytes(data)
    elif encoding == "quoted-printable":
        body = quopri.encodestring(data)
    else:
        body = data if data.endswith(b"\n") else data + b"\n"
        encoding = "8bit" if not data.isascii() else "7bit"
    return Part(f"text/{subtype}", body, charset, encoding)


def binary_part(content_type: str, data: bytes, filename: str) -> Part:
    return Part(content_type, base64.encodebytes(data), None, "base64", filename)


def multipart(subtype: str, parts: Sequence[Part | bytes], boundary: str, extra: str = "") -> Part:
    chunks = [b"This is a multi-part message in MIME format.\n"]
    for part in parts:
        chunks.append(f"\n--{boundary}\n".encode("ascii"))
        chunks.append(part.render() if isinstance(part, Part) else part)
    chunks.append(f"\n--{boundary}--\n".encode("ascii"))
    ctype = f'multipart/{subtype}; boundary="{boundary}"' + extra
    return Part(ctype, b"".join(chunks), None, "7bit")


def render_message(headers: list[tuple[str, str]], root: Part, *, crlf: bool = False) -> bytes:
    lines = [f"{name}: {value}" for name, value in headers]
    lines.append("MIME-Version: 1.0")
    raw = ("\n".join(lines) + "\n").encode("utf-8") + root.render()
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def date_header(when: datetime) -> str:
    return format_datetime(when)
