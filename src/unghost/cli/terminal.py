"""What reaches the terminal: untrusted text (mail, imports, postings) without control codes."""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 (U+009B is a one-character CSI), and the bidi
# overrides that make a line read differently from what it holds
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_BREAKS = re.compile("[\t\n]")
_C1 = re.compile("[\x7f-\x9f]")


def printable(text: str, *, one_line: bool = False) -> str:
    """`text` safe to print: no escape sequence can move the cursor, clear or retitle the
    screen; with `one_line`, tabs and line breaks become spaces (a table cell)."""
    if text.isprintable():
        return text
    cleaned = _CONTROL.sub("", text)
    return _BREAKS.sub(" ", cleaned) if one_line else cleaned


def escape_c1(json_text: str) -> str:
    """JSON with DEL and C1 controls written as \\u escapes (json.dumps keeps them raw)."""
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """`1 application`, `2 applications`; irregular plurals are given."""
    return f"{number} {singular if number == 1 else plural or singular + 's'}"
