"""Separates what the sender wrote from quoted earlier messages, signatures and legal footers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import quotequail

from unghost.mail.lexicon import compile_any, load_table

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_QUOTE_HINT = re.compile(r"[:：]\s*$|^\W*[\w-]{1,20}\s*[:：]\s|^-{3,}|^_{5,}", re.MULTILINE)


@dataclass(slots=True)
class ReplyParts:
    """A message body split into the new text and what was stripped from it."""

    body: str
    quoted: str = ""
    signature: str = ""
    footers: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Patterns:
    reply_line: re.Pattern[str]
    wrapped: re.Pattern[str]
    block_first: re.Pattern[str]
    block_others: tuple[re.Pattern[str], ...]
    block_window: int
    block_needed: int
    separator: re.Pattern[str]
    signature: re.Pattern[str]
    device: re.Pattern[str]
    valediction: re.Pattern[str]
    max_signature_lines: int
    max_signature_line_chars: int
    footer: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    table = load_table("mail_quotes")
    block = table["header_block"]
    valedictions = table["valedictions"]
    return _Patterns(
        reply_line=compile_any(table["reply_header_lines"]["value"]),
        wrapped=compile_any(table["wrapped_reply_header"]["value"], flags=re.I | re.S),
        block_first=re.compile(block["first"], re.I),
        block_others=tuple(re.compile(p, re.I) for p in block["others"]),
        block_window=block["window"],
        block_needed=block["needed"],
        separator=compile_any(table["separator_lines"]["value"]),
        signature=compile_any(table["signature_delimiters"]["value"], flags=0),
        device=compile_any(table["device_footers"]["value"]),
        valediction=compile_any(valedictions["value"]),
        max_signature_lines=valedictions["max_signature_lines"],
        max_signature_line_chars=valedictions["max_signature_line_chars"],
        footer=compile_any(table["footers"]["value"]),
    )


def _is_header_block(lines: list[str], start: int, pats: _Patterns) -> bool:
    if not pats.block_first.match(lines[start]):
        return False
    window = lines[start + 1 : start + 1 + pats.block_window]
    found = {i for i, pat in enumerate(pats.block_others) for line in window if pat.match(line)}
    return len(found) >= pats.block_needed


def _find_cut(lines: list[str], pats: _Patterns) -> int | None:
    """Index of the first line of the quoted earlier message, if any."""
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if pats.reply_line.match(line) or _is_header_block(lines, i, pats):
            if i > 0 and pats.separator.match(lines[i - 1]):
                return i - 1
            return i
        if (
            pats.separator.match(line)
            and i + 1 < len(lines)
            and _is_header_block(lines, i + 1, pats)
        ):
            return i
        for end in (2, 3):
            candidate = " ".join(part.strip() for part in lines[i : i + end])
            if candidate != line.strip() and pats.wrapped.match(candidate):
                return i
    return None


def _quotequail_cut(text: str) -> int | None:
    """Character offset where quotequail sees the quoted part start, if it sees one."""
    if not _QUOTE_HINT.search(text):
        return None  # quotequail only cuts at a line ending in ':' or at a header line
    try:
        chunks = quotequail.quote(text, quote_intro_line=True)
    except (ValueError, IndexError, RecursionError):
        return None
    offset = 0
    for shown, chunk in chunks:
        if not shown:
            return offset
        offset += len(chunk)
    return None


def _drop_quote_marks(lines: list[str]) -> tuple[list[str], list[str]]:
    """Remove `>`-quoted lines (and an attribution line ending in ':' just before them)."""
    kept: list[str] = []
    quoted: list[str] = []
    for line in lines:
        if line.lstrip().startswith(">") or line.lstrip().startswith("＞"):
            if kept and kept[-1].rstrip().endswith((":", "：")) and not quoted:
                quoted.append(kept.pop())
            quoted.append(line)
        else:
            kept.append(line)
    return kept, quoted


def _split_signature(lines: list[str], pats: _Patterns) -> tuple[list[str], list[str]]:
    for i, line in enumerate(lines):
        if pats.signature.match(line):
            return lines[:i], lines[i:]
    kept = [line for line in lines if not pats.device.match(line)]
    content = [i for i, line in enumerate(kept) if line.strip()]
    if len(content) < 2:
        return kept, []
    lowest = max(1, len(content) - pats.max_signature_lines - 1)
    for position in range(len(content) - 1, lowest - 1, -1):
        i = content[position]
        if not pats.valediction.match(kept[i]):
            continue
        tail = [line for line in kept[i + 1 :] if line.strip()]
        if len(tail) <= pats.max_signature_lines and all(
            len(line.strip()) <= pats.max_signature_line_chars for line in tail
        ):
            while position > 1 and pats.valediction.match(kept[content[position - 1]]):
                position -= 1  # "此致" above "敬礼", "Thanks," above "Best,"
            i = content[position]
            return kept[:i], kept[i:]
        break
    return kept, []


_GREETING = re.compile(
    r"^\s*((hi|hello|dear|hey|good (morning|afternoon|evening))\b[^\n]{0,30}|[^\n]{1,30}[,，:：]"
    r"|[^\n]{0,20}(您好|你好)[!！]?)\s*$",
    re.IGNORECASE,
)


def _split_footers(body: str, pats: _Patterns) -> tuple[str, list[str]]:
    """Strip trailing boilerplate paragraphs; the first paragraph always stays."""
    paragraphs = [p for p in _PARAGRAPH_BREAK.split(body) if p.strip()]
    footers: list[str] = []
    # "Hi Sam," alone is no message: the paragraph after a greeting stays too, whatever it ends on.
    keep = 2 if paragraphs and _GREETING.match(paragraphs[0]) else 1
    while len(paragraphs) > keep and pats.footer.search(paragraphs[-1]):
        footers.insert(0, paragraphs.pop().strip())
    # An ATS notification may run its footer on from the text with no blank line between: the
    # last lines of the last paragraph are boilerplate too, while one line of text stays.
    lines = paragraphs[-1].rstrip("\n").split("\n") if paragraphs else []
    while len(lines) > 1 and pats.footer.search(lines[-1]):
        footers.insert(0, lines.pop().strip())
    if paragraphs:
        paragraphs[-1] = "\n".join(lines)
    return "\n\n".join(p.strip("\n") for p in paragraphs), footers


def split_reply(text: str) -> ReplyParts:
    """Split a plain-text body into the sender's new text, the quote, signature and footers."""
    pats = _patterns()
    clean = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = clean.split("\n")
    cut = _find_cut(lines, pats)
    head = "\n".join(lines[:cut]) if cut is not None else clean
    quoted = "\n".join(lines[cut:]) if cut is not None else ""
    quail = _quotequail_cut(head)
    if quail is not None and head[:quail].strip():
        quoted = head[quail:] + ("\n" + quoted if quoted else "")
        head = head[:quail]
    kept, marked = _drop_quote_marks(head.split("\n"))
    if marked:
        quoted = "\n".join(marked) + ("\n" + quoted if quoted else "")
    kept, signature = _split_signature(kept, pats)
    body, footers = _split_footers("\n".join(kept).strip(), pats)
    return ReplyParts(
        body=body.strip(),
        quoted=quoted.strip(),
        signature="\n".join(signature).strip(),
        footers=footers,
    )


def strip_quotes(text: str) -> str:
    """Only what the sender wrote: no quoted messages, signature or footers."""
    return split_reply(text).body
