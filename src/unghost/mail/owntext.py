"""What the sender wrote in a message: its own text without quoted mail, signature or footers,
and a message forwarded below a short note counted as the sender's own words (with the header
lines of the forwarded block, which the classifier reads to tell whose mail it was)."""

from __future__ import annotations

import re
from functools import cache

from unghost.mail.html import html_to_text
from unghost.mail.lexicon import compile_any, load_table
from unghost.mail.parse import ParsedMail
from unghost.mail.quotes import split_reply

# Cheap substrings of the forward separators: HTML without one is not converted twice.
_FORWARD_HINTS = ("forward", "weitergeleitet", "transf", "转发", "轉寄")
# A header line of a forwarded block: "From: ...", "Date: ...", "发件人：...".
_HEADER_LINE = re.compile(r"^\s*[\w\u4e00-\u9fff][\w\u4e00-\u9fff -]{0,24}\s*[:：]\s*\S")


@cache
def _forward_table() -> tuple[re.Pattern[str], int, int]:
    table = load_table("mail_quotes")["forwarded"]
    separator = compile_any(table["value"], flags=re.IGNORECASE | re.MULTILINE)
    return separator, table["max_note_chars"], table["max_header_lines"]


def _forwarded(body: str, quoted: str) -> tuple[str, list[str]]:
    """The own text of a message forwarded below a short note and the header lines above it,
    or ("", []) when there is none."""
    separator, max_note, max_headers = _forward_table()
    found = separator.match(quoted)
    if found is None or len(body) > max_note:
        return "", []
    lines = quoted[found.end() :].lstrip("\n").split("\n")
    # The forwarded headers (From:, Date:, Subject:...) end at the first blank line, or, where
    # HTML lost the blank line, at the first line that is not a "Name: value" header.
    end = next(
        (i for i, line in enumerate(lines[: max_headers + 1])
         if not line.strip() or not _HEADER_LINE.match(line)),
        0,
    )  # fmt: skip
    return split_reply("\n".join(lines[end:])).body, lines[:end]


def own_text(mail: ParsedMail) -> str:
    """What the sender wrote in this message: no quoted mail, signature or footers; a message
    forwarded below a short note counts as the sender's own words."""
    return own_parts(mail)[0]


def own_parts(mail: ParsedMail) -> tuple[str, list[str]]:
    """own_text, and the header lines of the message forwarded in it (none when there is none)."""
    text = mail.text
    if mail.text_from_html and mail.html:
        text = html_to_text(mail.html, drop_quotes=True)
        hint = mail.html.lower()
        if len(text) <= _forward_table()[1] and any(w in hint for w in _FORWARD_HINTS):
            whole = html_to_text(mail.html, drop_quotes=False)
            text = whole if _forward_table()[0].search(whole) else text
    parts = split_reply(text)
    forwarded, headers = _forwarded(parts.body, parts.quoted) if parts.quoted else ("", [])
    return (f"{parts.body}\n\n{forwarded}", headers) if forwarded else (parts.body, [])
